# An "Exhibit N" caption without a title of its own over a long title
# that wraps (its first line read as running text, the next going on
# after "by"), then header cells one a line with a count in brackets
# ("(n = 120)", no value): the title is the caption's, not the header's;
# a caption "Table B-2. |" has no title of its own either.
src=fixtures/raw/exhibit.txt
set -x
tabel-find "$src"
tabel-extract -t 7 "$src"
tabel-extract -t B-2 "$src"
