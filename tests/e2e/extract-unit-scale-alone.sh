# A caption that states a scale with no currency word is the table's
# unit: "(in miljoen)", "(x 1.000)", "(in duizenden)", "(mln)",
# "(x 1000)", "in thousands", "(in miljard)" scale the values through
# tabel-norm, with no currency (never labelled euro, as --unit miljoen);
# "(x 10.000)", no power of a thousand, is reported with its line and
# left unscaled (exit 1); "projecten boven 1 miljoen", a scale word in
# the caption's running text, is no unit. The workbook shows each scale
# without a currency sign.
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures && ln -s "$OLDPWD/tests/xlsx" tx ||
	exit 2
set -x
tabel-extract --long fixtures/units/scale-alone.txt >long.csv
echo "exit $?"
tabel-norm -o cells.csv long.csv
echo "exit $?"
cat cells.csv
tabel-extract -o w fixtures/units/scale-alone.txt
echo "exit $?"
tabel-xlsx -i w/index.csv -o book.xlsx w/tabel-*.csv
echo "exit $?"
set +x
/usr/bin/python3 tx/dump.py book.xlsx | grep "^sheet\| B6 \|Eenheid"
