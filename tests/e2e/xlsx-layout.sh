# tabel-xlsx on the gold tables with an index and charts, read back with
# openpyxl: sheet names, cell types and formats, bold header and totals,
# frozen panes, filters, column widths, captions, Index links, charts.
top=$PWD
cd "$T" && ln -s "$top/fixtures/xlsx" fx && ln -s "$top/tests/xlsx" tx ||
	exit 2
set -x
tabel-xlsx --chart --index fx/index.csv -o book.xlsx fx/tabel-08.csv \
    fx/tabel-09.csv fx/tabel-10.csv fx/tabel-16.csv fx/tabel-21.csv \
    fx/tabel-30.csv fx/L1234.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py book.xlsx
