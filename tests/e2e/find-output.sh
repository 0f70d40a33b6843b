# tabel-find -o FILE, standard input, several files at once.
tabel-find -q -o "$T/index.csv" fixtures/extract/twolevel.txt
echo "exit $?"
cat "$T/index.csv"
tabel-find -q <fixtures/extract/empties.txt
echo "exit $?"
tabel-find -q fixtures/extract/judge.txt - <fixtures/extract/balance.txt
echo "exit $?"
tabel-find --version
tabel-find -h | head -n 1
