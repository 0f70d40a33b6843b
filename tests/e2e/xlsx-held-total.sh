# A table too large to hold (common/table/tablehold.h) streams, its row
# kinds from the labels; its last row without a label is still a total
# only when it adds up (common/table/tally_run.h: running exact sums, the
# rule of tally_check), as in a table held whole. 140,000 rows of 1..N:
# a last row of their sum is the total, set in bold; one of a sum off by
# a thousand stays a plain row.
cd "$T" || exit 2
awk 'BEGIN { print "Rij,Waarde,Aantal"; for (i = 1; i <= 140000; i++)
	printf "r%d,%d,%d\n", i, i, 1; print ",9800070000,140000" }' >adds.csv
awk 'BEGIN { print "Rij,Waarde,Aantal"; for (i = 1; i <= 140000; i++)
	printf "r%d,%d,%d\n", i, i, 1; print ",9800069000,139000" }' >off.csv
set -x
tabel-xlsx -o adds.xlsx adds.csv
echo "exit $?"
tabel-xlsx -o off.xlsx off.csv
echo "exit $?"
/usr/bin/python3 -c 'import openpyxl, sys
for path in sys.argv[1:]:
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(ws.iter_rows(min_row=ws.max_row - 1))
    for row in rows:
        print(path, [(c.value, c.value is not None and c.font.b) for c in row])' adds.xlsx off.xlsx
