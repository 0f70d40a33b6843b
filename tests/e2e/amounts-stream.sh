# tabel-amounts streams: the lines it waits on while the table readers
# decide are dropped once handed on, so its memory follows the longest
# wait, not the file. A report repeated 400 times (68 MB) is read under
# a bound of 60 MB of address space (tests/bounded.sh); the lines it
# waited on were kept to the end and took more than the file.
top=$PWD
cd "$T" && ln -s "$top/tests/bounded.sh" bounded || exit 2
i=0
while [ $i -lt 400 ]; do
	cat "$top"/fixtures/seeds/002_*.txt
	i=$((i + 1))
done >big.txt
BOUNDED_KB=60000 sh bounded tabel-amounts big.txt >amounts.csv
echo "exit $?"
wc -l <amounts.csv
