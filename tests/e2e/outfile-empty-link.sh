# -o '' (an unset variable) is a usage error in every program, before
# any input is read: standard input is a FIFO nobody writes, so a program
# that read first would wait for it (opened read-write: no writer is
# needed; timeout ends the wait). -o onto a symbolic link writes the link's
# target (beside it, renamed into place) and keeps the link; a link to
# nothing is refused (exit 2).
top=$PWD
cd "$T" && ln -s "$top/fixtures/xlsx/tabel-09.csv" t9.csv &&
    ln -s "$top/fixtures/extract/twolevel.txt" doc.txt && mkfifo fifo || exit 2
for prog in tabel-find tabel-extract tabel-norm tabel-amounts tabel-check \
    tabel-xlsx; do
	timeout 10 $prog -o '' 0<>fifo
	echo "$prog: exit $?"
done
tabel-xlsx --output= t9.csv
echo "tabel-xlsx --output=: exit $?"
tabel -o '' doc.txt
echo "tabel: exit $?"
tabel -d '' doc.txt
echo "tabel -d: exit $?"
ls -A
echo old >real.csv
ln -s real.csv link.csv
tabel-norm -o link.csv t9.csv
echo "tabel-norm onto a link: exit $?"
test -L link.csv && echo "link.csv is still a link"
cmp -s real.csv link.csv && head -n 2 real.csv
tabel-xlsx -o book.xlsx t9.csv && ln -s book.xlsx booklink.xlsx &&
    echo junk >book.xlsx
tabel-xlsx -o booklink.xlsx t9.csv
echo "tabel-xlsx onto a link: exit $?"
test -L booklink.xlsx && unzip -l book.xlsx | grep -c 'xl/worksheets/sheet'
ln -s nowhere.csv dangling.csv
tabel-norm -o dangling.csv t9.csv
echo "tabel-norm onto a dangling link: exit $?"
tabel-extract -o tables doc.txt && ln -s tables tlink
tabel-extract -o tlink doc.txt
echo "tabel-extract -o onto a link to a directory: exit $?"
test -L tlink && ls tables
ls -A | LC_ALL=C sort
