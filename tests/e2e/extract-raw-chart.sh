# A chart in pdftotext -raw text: its axis numbers one a line, lines of
# years alone and its axis title with a number ("per 1,000 ships") make
# no table; the table under it is read.
src=fixtures/raw/chart.txt
set -x
tabel-find "$src"
tabel-extract -t 8 "$src"
