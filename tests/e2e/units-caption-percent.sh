# A caption that states its unit as a percent ("(in %)", "... in
# procent"): the long form's unit is "%", tabel-norm marks each cell a
# percent, and the workbook shows 10,9 as 10.9% (0.109, percent format);
# a percent in the caption's running text ("met 5 procent per jaar")
# states no unit. Percentages do not add up: tabel-check, on the long
# form and on the wide table with its index, checks no total of them.
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures && ln -s "$OLDPWD/tests/xlsx" tx ||
	exit 2
set -x
tabel -d out -o book.xlsx fixtures/units/caption-percent.txt
echo "exit $?"
cat out/caption-percent/cells.csv
tabel-extract --long fixtures/units/caption-percent.txt >long.csv
tabel-check long.csv
echo "exit $?"
tabel-check -i out/caption-percent/index.csv out/caption-percent/tabel-01.csv
echo "exit $?"
set +x
/usr/bin/python3 tx/dump.py book.xlsx | grep -E "^sheet 'Tabel|number"
