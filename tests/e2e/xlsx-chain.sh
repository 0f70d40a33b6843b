# The chain of DESIGN.md §2: tabel-norm's canonical output into tabel-xlsx
# gives the same numbers as the raw table; --normalised reads "4.207" as
# four point two in a file with nothing else to tell by.
top=$PWD
cd "$T" && ln -s "$top/fixtures/xlsx" fx && ln -s "$top/tests/xlsx" tx ||
	exit 2
printf 'Rente,2022,2023\nA,"1,125","2,375"\nB,"4,207","9,875"\n' >rates.csv
set -x
tabel-norm fx/tabel-08.csv >norm-08.csv
tabel-norm rates.csv >norm-rates.csv
cat norm-rates.csv
tabel-xlsx -o chain.xlsx - fx/tabel-08.csv <norm-08.csv
echo "exit $?"
/usr/bin/python3 tx/check_cells.py chain.xlsx n:norm-08.csv fx/tabel-08.csv
/usr/bin/python3 tx/dump.py chain.xlsx --no-cells
tabel-xlsx --normalised -o rates.xlsx norm-rates.csv
echo "exit $?"
/usr/bin/python3 tx/check_cells.py rates.xlsx n:norm-rates.csv
/usr/bin/python3 tx/dump.py rates.xlsx
