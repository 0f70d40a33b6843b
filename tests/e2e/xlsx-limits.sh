# Excel's limits: a cell longer than 32,767 characters is cut with a
# warning naming its line; a table longer than 1,048,576 rows goes on
# on a next sheet "Name (2)" under the same header; memory stays flat
# (constant-memory mode: the bench measures it).
top=$PWD
cd "$T" && ln -s "$top/fixtures/xlsx" fx && ln -s "$top/tests/xlsx" tx ||
	exit 2
awk 'BEGIN { print "Label,Tekst"; printf "kort,x\nlang,"
	for (i = 0; i < 33000; i++) printf "\xc3\xa9"; print "" }' >long.csv
awk 'BEGIN { print "Rij,Waarde"; for (i = 1; i <= 1048580; i++)
	printf "r%d,%d\n", i, i }' >rows.csv
set -x
tabel-xlsx -o long.xlsx long.csv
echo "exit $?"
/usr/bin/python3 -c 'import openpyxl, sys
c = openpyxl.load_workbook(sys.argv[1])["long"]["B3"]
print(len(c.value), c.value[:3], c.value[-1:])' long.xlsx
tabel-xlsx -o rows.xlsx rows.csv
echo "exit $?"
/usr/bin/python3 -c 'import openpyxl, sys
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
for ws in book:
    print(ws.title, ws.max_row, ws.max_column)
for row in book["rows (2)"].iter_rows(values_only=True):
    print(row)' rows.xlsx
