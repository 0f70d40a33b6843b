# Three decimals ("1.125") in a euro table, through the chain of the
# tabel script: tabel-extract --long into tabel-norm (cells.csv),
# tabel-check and tabel-xlsx on the wide tables read them alike, by the
# one rule of common/table/tally (tally_notation). Tabel 4 shows no
# notation and adds up only as decimals (1.125 + 4.875 = 6): 1.125
# everywhere, no mismatch in the Controle sheet. Tabel 5 adds up both
# ways (under 6.000): read in nl (1125), and each program says so with
# the line of its first such cell. Tabel 6 writes Dutch notation
# (1.125.000, a decimal comma): read as ever, without a word.
top=$PWD
cd "$T" && ln -s "$top/fixtures/norm" fx && ln -s "$top/tests/xlsx" tx ||
	exit 2
set -x
tabel-extract --long fx/three-decimals-euro.txt >long.csv
tabel-norm long.csv
echo "exit $?"
tabel-extract -o out fx/three-decimals-euro.txt
tabel-check -i out/index.csv out/tabel-04.csv out/tabel-05.csv \
    out/tabel-06.csv
echo "exit $?"
tabel-xlsx -o book.xlsx out/index.csv out/tabel-04.csv out/tabel-05.csv \
    out/tabel-06.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py book.xlsx
