# A header of two levels: a cell over two columns that have cells of their
# own below it is their top: "TOP | SUB".
src=fixtures/layout/twolevel.txt
set -x
tabel-extract -t 7 "$src"
