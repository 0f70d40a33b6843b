# A table row of more cells than a table may have (16384 columns, the
# label counted: docs/limits.md) is reported and its table left out, in
# each of the three renderings; no value is folded into a row label, and
# the table after it is found
top=$PWD
cd "$T" || exit 2
awk 'BEGIN { print "Tabel 1: Breed (in euro) "; print ""
	for (r = 1; r <= 3; r++) { line = "Rij" r
		for (c = 1; c <= 17000; c++) line = line " " (r * c % 997 + 1)
		print line " " }
	print ""; print "Tabel 2: Smal (in euro) "; print ""
	print "Jaar 2021 2022 "; print "A 1 2 "; print "B 3 4 "
	print "Totaal 4 6 " }' >flow.txt
awk 'BEGIN { print "Tabel 1: Breed (in euro)"; print ""
	for (r = 1; r <= 3; r++) { line = sprintf("%-10s", "Rij" r)
		for (c = 1; c <= 17000; c++)
			line = line sprintf("%8d", r * c % 997 + 1)
		print line }
	print ""; print "Tabel 2: Smal (in euro)"; print ""
	printf "%-10s%8s%8s\n", "Jaar", "2021", "2022"
	printf "%-10s%8d%8d\n", "A", 1, 2; printf "%-10s%8d%8d\n", "B", 3, 4
	printf "%-10s%8d%8d\n", "Totaal", 4, 6 }' >columns.txt
set -x
tabel-find flow.txt
echo "exit $?"
tabel-extract --long flow.txt
echo "exit $?"
tabel-find --layout columns columns.txt
echo "exit $?"
tabel-extract --layout raw --long columns.txt
echo "exit $?"
