# Units from the source to the workbook, on an invented report
# (fixtures/units/rapport.txt): a caption unit (Tabel 1, "bedragen in
# duizenden euro": 4.602 is 4602000 euro), a header unit (Tabel 2,
# "Steun (x € 1.000)") and a percent column ("Aandeel (%)"), units in
# the cells (Tabel 3: "25.000 euro", "50%"), a dollar table (Tabel 4,
# "in miljoen USD": scaled, in USD, never euro) and dollars in prose.
# Through extract, norm (long and wide), check, amounts and xlsx: in the
# workbook a share is a percent (0.625 shown 62,5%), euro shows as euro,
# dollars and values in a scale never do. Tabel 1 read raw holds only
# amounts like 4.602 that add up both ways: a note says how it is read.
top=$PWD
cd "$T" && ln -s "$top/fixtures/units" fx && ln -s "$top/tests/xlsx" tx ||
	exit 2
set -x
tabel-extract --long fx/rapport.txt >long.csv
echo "exit $?"
tabel-norm long.csv >cells.csv
echo "exit $?"
cat cells.csv
tabel-extract -o w fx/rapport.txt
echo "exit $?"
tabel-check w/tabel-*.csv
echo "exit $?"
tabel-amounts fx/rapport.txt
echo "exit $?"
tabel-norm --keep-scale -o n2.csv w/tabel-02.csv
echo "exit $?"
cat n2.csv
tabel-xlsx -o u.xlsx w/tabel-01.csv n2.csv w/tabel-03.csv w/tabel-04.csv
echo "exit $?"
tabel-xlsx -o c.xlsx cells.csv
echo "exit $?"
set +x
/usr/bin/python3 tx/dump.py u.xlsx | grep "^sheet\| number "
echo "== the long form's value column (K)"
/usr/bin/python3 tx/dump.py c.xlsx | grep " K[0-9]* "
echo "== with the index: a table in miljoen USD shows mln \$, never €"
tabel-xlsx -i w/index.csv -o i.xlsx w/tabel-04.csv 2>/dev/null
echo "exit $?"
/usr/bin/python3 tx/dump.py i.xlsx | sed -n "/^sheet 'Tabel 4'/,/^sheet /p" |
    grep " number "
