# A table going on after a form feed without its header repeated (as a
# word processor prints it), rows set apart by blank lines: one table,
# the first row of the next page (a label over its values) a row, the
# last row of the first page keeping the label line under its values.
# The table at the top of the third page has its own header and other
# columns: a table of its own.
src=fixtures/layout/pagebreak-noheader.txt
set -x
tabel-find "$src"
tabel-extract -t 6 "$src"
tabel-extract -t L37 "$src"
