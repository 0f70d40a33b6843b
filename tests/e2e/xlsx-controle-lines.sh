# Each finding of the Controle sheet names the source line of its row,
# from index.csv's row_lines: read back with openpyxl, line L of the
# source text begins with the row's label (a label-less total: holds its
# value), the linked cell is on that row, and L is tabel-check's line for
# the same finding. Flow text (002: labels that begin above their values,
# a label-less total), column-aligned text, and a table whose labels wrap
# over two lines.
top=$PWD
cd "$T" && ln -s "$top/fixtures" fixtures && ln -s "$top/tests/xlsx" tx ||
	exit 2
n=0
for doc in fixtures/seeds/002_*.txt fixtures/layout/captioned.txt \
    fixtures/extract/wrapped.txt; do
	n=$((n + 1))
	tabel-extract -o "d$n" "$doc" 2>/dev/null
	tabel-check -i "d$n/index.csv" "d$n"/tabel-*.csv >"d$n/check.csv" \
	    2>/dev/null
done
head -n 1 d1/check.csv >check.csv
for f in d*/check.csv; do tail -n +2 "$f" >>check.csv; done
set -x
tabel-xlsx -o book.xlsx d*/index.csv d*/tabel-*.csv 2>/dev/null
echo "exit $?"
/usr/bin/python3 tx/controle_lines.py book.xlsx check.csv
echo "exit $?"
# The check catches a line one off: the same table with its row lines
# shifted by one.
mkdir shifted && cp d3/tabel-05.csv shifted/ &&
    sed 's/"4,6,11-12,17,19-20,22"$/"5,7,12-13,18,20-21,23"/' d3/index.csv \
    >shifted/index.csv
tabel-check -i shifted/index.csv shifted/tabel-05.csv >shifted.csv
tabel-xlsx -o shifted.xlsx shifted/index.csv shifted/tabel-05.csv
/usr/bin/python3 tx/controle_lines.py shifted.xlsx shifted.csv
echo "exit $?"
# A table edited since its index (a row taken out): a note, and Regel
# falls back to the table's lines.
mkdir edited && cp d3/index.csv edited/ && sed 3d d3/tabel-05.csv \
    >edited/tabel-05.csv
tabel-xlsx -o edited.xlsx edited/index.csv edited/tabel-05.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py edited.xlsx >edited.txt
grep -e "^sheet 'Controle'" -e "^  J" edited.txt
# An index whose row_lines is no list of a line per row: reported with
# the index's line (exit 1), not used.
mkdir bad && cp d3/tabel-05.csv bad/ &&
    sed 's/"4,6,11-12,17,19-20,22"$/"4,6,11-12,17,x"/' d3/index.csv \
    >bad/index.csv
tabel-xlsx -o bad.xlsx bad/index.csv bad/tabel-05.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py bad.xlsx >bad.txt
grep -e "^sheet 'Controle'" -e "^  J" bad.txt
