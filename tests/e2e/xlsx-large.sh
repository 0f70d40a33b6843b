# tabel-xlsx holds a table before it writes it, up to 262144 cells or
# 16 MiB (common/table/tablehold.h): within them tabel-check's arithmetic
# gives its row kinds and the Controle sheet, whatever its row count
# (once only tables of up to 1,000 rows); past them a note says its rows
# get their kinds from the labels alone, and it is written all the same,
# in memory bounded by the limits (tests/bounded.sh: 80 MB of address
# space; 700,000 cells in 1,000 rows once took 111 MB).
top=$PWD
cd "$T" && ln -s "$top/tests/bounded.sh" bounded || exit 2
awk 'BEGIN { print "Post,Bedrag"
	print "1. Categorie,30000"; for (i = 0; i < 10000; i++) print "a,3"
	print "2. Categorie,10005"; for (i = 0; i < 10000; i++) print "b,1"
	print "Totaal,40005" }' >long.csv
awk 'BEGIN { s = "Label"; for (c = 1; c <= 700; c++) s = s ",K" c; print s
	for (r = 0; r < 1000; r++) { s = "r" r
		for (c = 1; c <= 700; c++) s = s "," (r + c) % 97; print s } }' \
    >wide.csv
set -x
tabel-xlsx -o long.xlsx long.csv
echo "exit $?"
/usr/bin/python3 -c 'import collections, openpyxl, sys
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
kinds = collections.Counter(r[2] for r in book["long"].iter_rows(min_row=2, values_only=True))
print(sorted(kinds.items()))
for row in book["Controle"].iter_rows(values_only=True):
    print(row[:6])' long.xlsx
BOUNDED_KB=80000 sh bounded tabel-xlsx -o wide.xlsx wide.csv
echo "exit $?"
/usr/bin/python3 -c 'import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1], read_only=True)["wide"]
print(ws.max_row, ws.max_column)' wide.xlsx
