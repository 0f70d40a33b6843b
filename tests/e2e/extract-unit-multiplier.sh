# A caption's multiplier stays with its currency in the unit column:
# "(x 1.000.000 euro)" scales by a million (4.602 is 4602000000), and
# "(x 10.000 euro)", no power of a thousand, is reported with its line
# and left unscaled (exit 1), never read as plain "euro" (a value ten
# thousand times too small, labelled euro, without a word)
top=$PWD
cd "$T" && ln -s "$top/fixtures/units" fx || exit 2
tabel-extract --long fx/multiplier.txt >long.csv
echo "exit $?"
tabel-norm long.csv
echo "exit $?"
