# One rule for row labels and table ids (common/table/rowlabel.h,
# common/table/tableid.h): tabel-check calls tabel-08-2.csv table "8-2",
# as tabel-xlsx names its sheet "Tabel 8-2"; the numbered rows "I.",
# "IV. Overige", "(3) Derde" and "1.Vierde" close the rows below them in
# tabel-check ("IV. Overige" is 3 off in 2022, the other two 1) and are
# bold in the workbook, read back with openpyxl.
top=$PWD
cd "$T" && ln -s "$top/fixtures/labels" fx && ln -s "$top/tests/xlsx" tx ||
	exit 2
set -x
tabel-check -o check.csv fx/tabel-08-2.csv
echo "exit $?"
cat check.csv
tabel-xlsx -o labels.xlsx fx/tabel-08-2.csv
echo "exit $?"
/usr/bin/python3 tx/agree_labels.py labels.xlsx check.csv
echo "exit $?"
