# Cells: Dutch and canonical amounts become numbers with their decimals,
# text stays text (formulas never come from data), codes keep their
# leading zeros, amounts too long for a double stay text with a warning.
# check_cells.py holds every cell against rules of its own.
top=$PWD
cd "$T" && ln -s "$top/fixtures/xlsx" fx && ln -s "$top/tests/xlsx" tx ||
	exit 2
set -x
tabel-xlsx -o cells.xlsx fx/L1234.csv fx/norm-ratios.csv fx/tabel-10.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py cells.xlsx
/usr/bin/python3 tx/check_cells.py cells.xlsx fx/L1234.csv \
    n:fx/norm-ratios.csv fx/tabel-10.csv
