# tabel-check holds one table at a time, of at most 262144 cells or
# 16 MiB (common/table/tablehold.h): a larger one is reported at the row
# where it passed the limits and not checked, and the tables after it
# are (a wide file, then a long one). Under a bound of 300 MB of address
# space (tests/bounded.sh); before the limits, 3 million cells took more.
top=$PWD
cd "$T" && ln -s "$top/fixtures/check" fx && ln -s "$top/tests/bounded.sh" \
    bounded || exit 2
awk 'BEGIN { print "Regio,2021,2022"
	for (i = 0; i < 1000000; i++) print "Regio,1,2" }' | gzip >big.csv.gz
awk 'BEGIN { print "source,table,caption,unit,row,col,row_label,col_header,raw,line"
	for (r = 1; r <= 400000; r++)
		printf "a.txt,1,,,%d,1,R,K,1,%d\na.txt,1,,,%d,2,R,L,2,%d\n", r, r, r, r
	print "a.txt,2,,,1,1,Regio,K,5,7"
	print "a.txt,2,,,2,1,Totaal,K,6,8" }' | gzip >long.csv.gz
set -x
sh bounded tabel-check big.csv.gz fx/mismatch.csv
echo "exit $?"
sh bounded tabel-check long.csv.gz
echo "exit $?"
