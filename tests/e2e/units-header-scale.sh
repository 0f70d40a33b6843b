# A column header's scale under the caption's currency: caption "(in
# euro)", header "Bedrag (x 1.000)". The long form's value is 4602000
# in EUR (the header's scale, the caption's currency), and the workbook
# shows 4602 as thousands of euro (k€), not as plain euro; the column
# "Premie" under the same caption stays in euro.
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures && ln -s "$OLDPWD/tests/xlsx" tx ||
	exit 2
set -x
tabel -d out -o book.xlsx fixtures/units/header-scale.txt
echo "exit $?"
cat out/header-scale/cells.csv
tabel-extract -t 1 -o wide.csv fixtures/units/header-scale.txt
echo "exit $?"
tabel-norm --unit euro wide.csv
echo "exit $?"
set +x
/usr/bin/python3 tx/dump.py book.xlsx | sed -n "/^sheet 'Tabel 1'/,/^sheet /p" |
    grep " number "
