# In the long form a percent cell says so: its unit is "%", not the
# table's ("10,9%" in a table in miljoen euro is no amount in miljoen
# euro). tabel-norm reads the unit "%" as a share (value 10.9, currency
# %, never scaled, no unknown unit), and tabel-xlsx shows it as a
# percentage.
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures && ln -s "$OLDPWD/tests/xlsx" tx ||
	exit 2
set -x
tabel-extract --long fixtures/units/percent.txt >long.csv
echo "exit $?"
cat long.csv
tabel-norm -o cells.csv long.csv
echo "exit $?"
cat cells.csv
tabel-xlsx -o book.xlsx cells.csv
echo "exit $?"
set +x
/usr/bin/python3 tx/dump.py book.xlsx | grep " K[0-9]* "
