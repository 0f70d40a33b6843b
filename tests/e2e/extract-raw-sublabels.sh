# Rows that cycle through sub-labels ("Count", "Percentage") with each
# group's label printed between them, as pdftotext -raw writes a label
# centred on its rows: the sub-labels become a column of their own and
# the group label (wrapped into the second row's too) the first row's;
# ".9%" is a value.
src=fixtures/raw/sublabels.txt
set -x
tabel-find "$src"
tabel-extract -t 7 "$src"
