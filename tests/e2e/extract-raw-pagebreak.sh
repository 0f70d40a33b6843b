# A raw table at the foot of a page that goes on at the top of the next
# under the same header (after the page number) stays one table, as a
# column-aligned one does.
src=fixtures/raw/pagebreak.txt
set -x
tabel-find "$src"
tabel-extract -t 6 "$src"
