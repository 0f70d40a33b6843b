# A missing input is reported and the rest still read (exit 1, and the -o
# file is kept: common/sys/err.h); usage errors exit 2; --help goes to standard output; text that is
# not UTF-8 is read as Windows-1252 and reported.
top=$(pwd) && cd "$T" && ln -s "$top/fixtures" fixtures || exit 2
set -x
tabel-amounts fixtures/amounts/nonexistent.txt fixtures/amounts/per.txt
echo "exit $?"
tabel-amounts -x
echo "exit $?"
tabel-amounts -o
echo "exit $?"
tabel-amounts --help
echo "exit $?"
tabel-amounts -o no/such/dir/out.csv fixtures/amounts/per.txt
echo "exit $?"
tabel-amounts </dev/null
echo "exit $?"
tabel-amounts fixtures/amounts/latin1.txt
echo "exit $?"
tabel-amounts -o out.csv fixtures/amounts/nonexistent.txt
echo "exit $?"
test -e out.csv && echo "out.csv kept"
