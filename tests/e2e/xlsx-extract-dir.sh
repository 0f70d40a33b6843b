# The chain "tabel-extract -o out/ report.txt && tabel-xlsx -o report.xlsx
# out/*.csv": the index.csv among the inputs serves as the index (captions
# and the Index sheet), not as a sheet of its own; given with --index as
# well, the result is the same.
top=$PWD
cd "$T" && ln -s "$top/tests/xlsx" tx && mkdir out || exit 2
cp "$top"/fixtures/xlsx/index.csv "$top"/fixtures/xlsx/tabel-*.csv out/ ||
	exit 2
set -x
tabel-xlsx -o book.xlsx out/*.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py book.xlsx --no-cells
tabel-xlsx -i out/index.csv -o book2.xlsx out/*.csv
echo "exit $?"
cmp book.xlsx book2.xlsx && echo same
