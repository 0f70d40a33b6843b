# -o DIR: every table to its own file plus index.csv; each file equals
# what -t prints. A caption number met twice (two documents concatenated)
# gets a suffix, and -t N means the first.
src=fixtures/seeds/002_10242594fcc9f4a0.txt
tabel-extract -o "$T/out" "$src" 2>/dev/null
echo "exit $?"
ls "$T/out" | LC_ALL=C sort
cat "$T/out/index.csv"
for f in "$T"/out/tabel-*.csv; do
	n=$(basename "$f" .csv | sed 's/^tabel-0*//')
	tabel-extract -t "$n" "$src" 2>/dev/null | cmp -s - "$f" ||
	    echo "$f differs from -t $n"
done
cat fixtures/extract/pagebreak.txt fixtures/extract/empties.txt \
    fixtures/extract/pagebreak.txt >"$T/two.txt"
(cd "$T" && tabel-extract -o two two.txt 2>/dev/null)
ls "$T/two" | LC_ALL=C sort
cat "$T/two/index.csv"
tabel-extract -t 3 "$T/two.txt" 2>/dev/null | cmp - "$T/two/tabel-03.csv" &&
    echo "-t 3 is the first"
tabel-extract -t 3-2 "$T/two.txt" 2>/dev/null | cmp - "$T/two/tabel-03-2.csv" &&
    echo "-t 3-2 is the second"
# a table without caption is written as L<first line>.csv
(cd fixtures/extract && tabel-extract -o "$T/bal" balance.txt 2>/dev/null)
ls "$T/bal" | LC_ALL=C sort
cat "$T/bal/index.csv"
