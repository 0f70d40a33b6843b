# A table that pdftotext -raw printed column by column (a header line of
# years, the row labels one a line, one of them wrapped, then each
# column's values one a line): the count of values over the labels gives
# its shape, and the values go back into their rows.
src=fixtures/raw/stacked.txt
set -x
tabel-find "$src"
tabel-extract -t 2 "$src"
