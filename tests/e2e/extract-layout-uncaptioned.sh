# A table without a caption in column-aligned text: a run of lines with
# one column structure and columns of numbers, id L<first line>; labels
# with words one space apart stay one cell. --long keeps the lines.
src=fixtures/layout/uncaptioned.txt
set -x
tabel-find "$src"
tabel-extract -t L4 "$src"
tabel-extract --long "$src"
