# tabel-norm --locale auto holds a table back until its notation is
# settled, up to 262144 cells or 16 MiB (common/table/tablehold.h): a
# larger one is reported at the row where it passed the limits, settled
# by the rows before it, and the rest of it streams; no row is dropped.
# Wide and long input under a bound of 300 MB of address space
# (tests/bounded.sh); before the limits, 3 million cells took more.
# By default tabel-norm holds a table back only until a cell shows its
# notation, and one that shows none past the limits is read in nl from
# there, with a note when cells like "1.125" were held.
top=$PWD
cd "$T" && ln -s "$top/tests/bounded.sh" bounded || exit 2
awk 'BEGIN { print "Regio,2021,2022"
	for (i = 0; i < 1000000; i++) print "Regio,\"1,5\",2"
	print "Totaal,\"1.500.000,5\",2000000" }' | gzip >big.csv.gz
awk 'BEGIN { print "source,table,caption,unit,row,col,row_label,col_header,raw,line"
	for (r = 1; r <= 1100000; r++) printf "a.txt,1,,,%d,1,R,Steun,\"2,5\",%d\n", r, r
	print "a.txt,2,,miljoen euro,1,1,Regio,Steun,1.125,7" }' | gzip >long.csv.gz
awk 'BEGIN { print "Regio,2021,2022"
	for (i = 0; i < 300000; i++) print "Regio,\"1.500\",2" }' |
    gzip >plain.csv.gz
set -x
sh bounded tabel-norm --locale auto -o wide.csv big.csv.gz
echo "exit $?"
wc -l <wide.csv
tail -n 2 wide.csv
sh bounded tabel-norm --locale auto -o long.csv long.csv.gz
echo "exit $?"
wc -l <long.csv
tail -n 2 long.csv
sh bounded tabel-norm -o plain.csv plain.csv.gz
echo "exit $?"
wc -l <plain.csv
tail -n 1 plain.csv
sh bounded tabel-norm -o wide.csv big.csv.gz
echo "exit $?"
wc -l <wide.csv
