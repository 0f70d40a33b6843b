# A tab-separated table of 1200 rows (a spreadsheet's export) is one
# table: a page does not end inside a run of tab-separated rows, as it
# does after 400 lines elsewhere.
cd "$T" || exit 2
awk 'BEGIN { print "Tabel 9: Subsidies per vereniging (euro)";
    print "Vereniging\t2022\t2023";
    for (i = 1; i <= 1200; i++)
	printf "Vereniging %d\t%d.%03d\t%d,5\n", i, i % 97 + 1, i % 1000, i }' \
    >long.txt
set -x
tabel-find long.txt
tabel-extract -o out long.txt
wc -l out/tabel-09.csv
