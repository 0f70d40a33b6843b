# tabel-extract's usage errors: a missing option argument and an unknown
# option (short, long, inside a cluster) each say what, exit 2.
set -x
tabel-extract -t
echo "exit $?"
tabel-extract --long -o
echo "exit $?"
tabel-extract -x fixtures/extract/twolevel.txt
echo "exit $?"
tabel-extract --bogus
echo "exit $?"
tabel-extract -xt 6
echo "exit $?"
tabel-extract --long -xq
echo "exit $?"
tabel-extract --long=yes
echo "exit $?"
tabel-extract -t 6 fixtures/extract/twolevel.txt -x
echo "exit $?"
