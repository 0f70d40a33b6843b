# tabel-find's usage errors: a missing option argument and an unknown
# option (short, long, inside a cluster) each say what, exit 2.
set -x
tabel-find -o
echo "exit $?"
tabel-find -q -o
echo "exit $?"
tabel-find -x fixtures/extract/twolevel.txt
echo "exit $?"
tabel-find --bogus
echo "exit $?"
tabel-find -qx
echo "exit $?"
tabel-find -xq
echo "exit $?"
tabel-find --quiet -xq
echo "exit $?"
tabel-find --quiet=yes
echo "exit $?"
