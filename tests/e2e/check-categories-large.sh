# A numbered category whose rows do not add up to it ends early when a
# first part of them does and the rest splits into groups that add up on
# their own (common/table/tally_early.h). The search is linear in the
# table, whatever the length of a run: here 40 categories of 2500 rows
# (once only runs up to 1000 rows were searched, each in quadratic time).
# Odd categories end early after two rows, then groups of a head and two
# rows; even ones have a first row that adds up, then heads of 0 over a
# 0 whose last group does not add up: a mismatch, no early end.
top=$PWD
cd "$T" || exit 2
awk 'BEGIN { print "Post,Bedrag"
	for (c = 1; c <= 40; c++) {
		if (c % 2) {
			print c ". Categorie,3"; print "a,1"; print "b,2"
			for (g = 0; g < 832; g++) {
				print "Groep,5"; print "c,2"; print "d,3"
			}
		} else {
			print c ". Categorie,5"; print "a,5"
			for (g = 0; g < 1248; g++) { print "e,0"; print "f,0" }
			print "g,3"
		}
	}
	print "Totaal,83360" }' >cats.csv
set -x
tabel-check cats.csv
echo "exit $?"
