# tabel-xlsx reports a column header whose unit is not in the unit table
# ("Bedrag (x 10.000)", no power of a thousand) with its line, as
# tabel-norm does (both ask num_unit_read), and shows the column without
# a unit (exit 1); "Steun (x 1.000)" beside it shows thousands.
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures && ln -s "$OLDPWD/tests/xlsx" tx ||
	exit 2
set -x
tabel-xlsx -o book.xlsx fixtures/units/header-unknown.csv
echo "exit $?"
tabel-norm fixtures/units/header-unknown.csv
echo "exit $?"
set +x
/usr/bin/python3 tx/dump.py book.xlsx | grep " number "
