# Bad input is reported with FILE:LINE and the rest still checked; an
# empty input has nothing to check.
top=$(pwd) && cd "$T" && ln -s "$top/fixtures" fixtures || exit 2
set -x
tabel-check fixtures/check/ragged.csv
echo "exit $?"
tabel-check fixtures/check/unclosed.csv
echo "exit $?"
tabel-check fixtures/check/nonexistent.csv fixtures/check/tabel-09.csv
echo "exit $?"
tabel-check </dev/null
echo "exit $?"
gzip -c fixtures/check/tabel-19.csv >"tabel-19.csv.gz"
tabel-check -o "out.csv" "tabel-19.csv.gz"
echo "exit $?"
cat out.csv
tabel-check -t
echo "exit $?"
tabel-check --bogus
echo "exit $?"
tabel-check fixtures/check/latin1.csv
