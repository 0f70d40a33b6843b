# Inputs and sheet names: .gz read transparently, standard input among
# files, the same table twice, file names Excel would refuse as sheet
# names (forbidden characters, more than 31 characters, "History").
top=$PWD
cd "$T" && ln -s "$top/fixtures/xlsx" fx && ln -s "$top/tests/xlsx" tx ||
	exit 2
gzip -c fx/tabel-09.csv >tabel-09.csv.gz
cp fx/tabel-10.csv 'kosten [2022]: * of ? per a\b.csv'
cp fx/tabel-10.csv een-bestandsnaam-van-meer-dan-31-tekens.csv
cp fx/tabel-10.csv History.csv
set -x
tabel-xlsx -o names.xlsx tabel-09.csv.gz - fx/tabel-09.csv \
    'kosten [2022]: * of ? per a\b.csv' \
    een-bestandsnaam-van-meer-dan-31-tekens.csv History.csv <fx/tabel-21.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py names.xlsx --no-cells
