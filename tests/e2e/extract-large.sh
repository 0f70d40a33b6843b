# tabel-find and tabel-extract hold one table at a time, of at most
# 262144 cells or 16 MiB (common/table/tablehold.h): a larger one is
# reported at the line where it passed the limits and left out, its rest
# read on without being kept, and the table after it is found. Under a
# bound of 200 MB of address space (tests/bounded.sh); before the limits
# these 800000 rows took some 290 MB.
top=$PWD
cd "$T" && ln -s "$top/tests/bounded.sh" bounded || exit 2
awk 'BEGIN { print "Tabel 1: Groot (in euro) "; print ""
	print "Regio 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 "
	for (i = 0; i < 800000; i++) print "Regio " i " 1 2 3 4 5 6 7 8 9 "
	print ""; print "Tabel 2: Klein (in euro) "; print ""
	print "Regio 2021 2022 "; print "A 1 2 "; print "B 3 4 "
	print "Totaal 4 6 " }' | gzip >big.txt.gz
# a column-aligned table that goes on page after page under its header
# (pdftotext -layout) passes the limits too: left out from that page on
awk 'BEGIN { printf "Tabel 1: Lang (in euro)\n\n"
	for (p = 0; p < 400; p++) { if (p) printf "\f"
		printf "%-12s%10s%10s%10s\n", "Regio", "2021", "2022", "2023"
		for (i = 0; i < 200; i++)
			printf "%-12s%10d%10d%10d\n", "Regio" i, i, i + 1, i + 2 }
	printf "\f\nTabel 2: Kort (in euro)\n\n"
	printf "%-12s%10s%10s\n", "Regio", "2021", "2022"
	printf "%-12s%10d%10d\n", "A", 1, 2
	printf "%-12s%10d%10d\n", "B", 3, 4
	printf "%-12s%10d%10d\n", "Totaal", 4, 6 }' >pages.txt
set -x
BOUNDED_KB=200000 sh bounded tabel-find big.txt.gz
echo "exit $?"
BOUNDED_KB=200000 sh bounded tabel-extract --long big.txt.gz
echo "exit $?"
BOUNDED_KB=200000 sh bounded tabel-find -q pages.txt
echo "exit $?"
