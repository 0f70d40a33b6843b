# Every line end reads alike in every program: the same flow-text report
# with prose amounts, a tab-separated web table and a CSV table, with LF,
# CRLF, lone CR (old Mac text, some exports) and the three mixed line
# ends, give tabel-find, tabel-extract, tabel-amounts, tabel-norm and
# tabel-check the same output and messages, byte for byte. Each variant
# sits in a directory of its own under the same file names.
top=$(pwd) && cd "$T" || exit 2
for f in fixtures/amounts/tables.txt fixtures/delim/budget-web.txt \
    fixtures/check/tabel-08.csv; do
	b=${f##*/}
	mkdir -p lf crlf cr mixed || exit 2
	cp "$top/$f" "lf/$b"
	sed 's/$/\r/' "$top/$f" >"crlf/$b"
	tr '\n' '\r' <"$top/$f" >"cr/$b"
	# LF, CR, CRLF in turn: a lone CR is never followed by a LF,
	# which would make it a CRLF (an empty line lost)
	awk '{ printf "%s%s", $0, NR % 3 == 1 ? "\n" : NR % 3 == 2 ? \
	    "\r" : "\r\n" }' "$top/$f" >"mixed/$b"
done
# Every program over the files of directory $1; all it says in $1.out.
run() {
	(
		cd "$1" || exit 2
		tabel-find tables.txt budget-web.txt; echo "find: exit $?"
		tabel-extract --long tables.txt; echo "extract: exit $?"
		tabel-extract --long budget-web.txt; echo "extract: exit $?"
		tabel-amounts tables.txt; echo "amounts: exit $?"
		tabel-norm tabel-08.csv; echo "norm: exit $?"
		tabel-check tabel-08.csv; echo "check: exit $?"
	) >"$1.out" 2>&1
}
for e in lf crlf cr mixed; do
	run "$e"
done
cat lf.out
for e in crlf cr mixed; do
	if cmp -s lf.out "$e.out"; then
		echo "$e: as lf"
	else
		echo "$e: differs from lf"
		diff lf.out "$e.out"
	fi
done
