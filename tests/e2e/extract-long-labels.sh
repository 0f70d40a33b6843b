# --long keeps every row -t keeps: the label column is col 0, raw empty,
# where no cell carries it: its header as row 0 (col_header), and each
# row without values (a group row, an empty subtotal) with its label. So
# tabel-check finds the same totals in the long form as in the wide one
# (an empty Subtotaal still closes the rows above it), and tabel-norm
# gives those rows no value.
top=$PWD
cd "$T" && ln -s "$top/fixtures/extract" fx || exit 2
set -x
tabel-extract -t 6 -o wide.csv fx/grouprows.txt
tabel-extract --long -o long.csv fx/grouprows.txt
echo "exit $?"
cat long.csv
tabel-check -t 6 wide.csv
tabel-check long.csv
echo "exit $?"
tabel-norm long.csv
echo "exit $?"
