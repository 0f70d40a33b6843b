# tabel-norm's command line: help, version, usage errors, stdin, .gz,
# -o, a missing file, a full disk, a name in -c that no header has.
gzip -c fixtures/gold/tabel-09.csv >$T/t.csv.gz
cd $T
set -x
tabel-norm --help >help.txt
head -n 3 help.txt
tabel-norm --version
tabel-norm --locale fr t.csv.gz
echo "exit $?"
tabel-norm --unit aantal t.csv.gz
echo "exit $?"
tabel-norm --percent half t.csv.gz
echo "exit $?"
tabel-norm -c 2- t.csv.gz
echo "exit $?"
tabel-norm --bogus
echo "exit $?"
tabel-norm -c
echo "exit $?"
tabel-norm <t.csv.gz -
tabel-norm -o out.csv t.csv.gz && cat out.csv
tabel-norm missing.csv
echo "exit $?"
tabel-norm t.csv.gz >/dev/full
echo "exit $?"
tabel-norm -c Bedrag,2 t.csv.gz
echo "exit $?"
printf 'a,b\n"1,5' >bad.csv
tabel-norm <bad.csv
echo "exit $?"
: >empty.csv
tabel-norm empty.csv
echo "exit $?"
