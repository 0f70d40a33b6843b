# Failures leave no workbook and no temporary file behind and exit 2;
# data problems are reported with their line, the workbook is written
# with what could be read, and the exit status is 1.
top=$PWD
cd "$T" && ln -s "$top/fixtures/xlsx" fx && ln -s "$top/tests/xlsx" tx ||
	exit 2
printf 'Label,Waarde\na,"1,5\nb,2\n' >unclosed.csv
: >empty.csv
printf 'Naam,Bedrag\nCaf\351,5\n\200 5,6\nnul\000byte,7\n' >latin1.csv
set -x
tabel-xlsx -o out.xlsx fx/tabel-09.csv missing.csv . fx/tabel-10.csv
echo "exit $?"
tabel-xlsx -o out.xlsx --index missing.csv fx/tabel-09.csv
echo "exit $?"
tabel-xlsx -o out.xlsx --index fx/tabel-09.csv fx/tabel-09.csv
echo "exit $?"
tabel-xlsx -o no/such/dir/out.xlsx fx/tabel-09.csv
echo "exit $?"
tabel-xlsx fx/tabel-09.csv >/dev/full
echo "exit $?"
tabel-xlsx -o out.xlsx --bogus
echo "exit $?"
tabel-xlsx -o
echo "exit $?"
ls -A
tabel-xlsx -o data.xlsx unclosed.csv empty.csv latin1.csv fx/tabel-09.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py data.xlsx
tabel-xlsx <fx/tabel-09.csv >stdout.xlsx
echo "exit $?"
tabel-xlsx -o tabel9.xlsx <fx/tabel-09.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py stdout.xlsx --no-cells
/usr/bin/python3 tx/dump.py tabel9.xlsx --no-cells
ls -A
