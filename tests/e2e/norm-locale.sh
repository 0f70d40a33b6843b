# tabel-norm --locale: Dutch by default, English on request, and auto per
# column from the cells whose notation is unambiguous.
f=fixtures/norm/locale.csv
set -x
tabel-norm $f
tabel-norm --locale en $f
tabel-norm --locale auto $f
tabel-norm --locale auto --strict $f
echo "exit $?"
