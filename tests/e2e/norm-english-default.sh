# By default tabel-norm reads Dutch notation. A wide table whose cells
# show English notation ("1,234.5", "13,734.7") is read so only when
# asked (--locale en or auto); by default it is said, with the line of
# its first English cell, so "12,500" is never 12.5 without a word. A
# Dutch table with one "0.200" among its cells is not said.
cd "$T" || exit 2
printf 'post,bedrag\nx,"1,234.5"\ny,0.200\nz,"12,500"\nt,"13,734.7"\n' >en.csv
printf 'post,bedrag\nx,"1.234,5"\ny,0.200\nz,"12,500"\n' >nl.csv
set -x
tabel-norm en.csv
echo "exit $?"
tabel-norm --locale auto en.csv
echo "exit $?"
tabel-norm nl.csv
echo "exit $?"
