# The line column of tabel-check: a wide table's rows' lines from the
# index.csv of -i (tabel-extract -o's row_lines), an index of before
# without them, one whose row_lines is bad (reported with the index's
# line, not used), a table not in the index or in it twice, a table
# edited since (another number of rows), an index that cannot be read
# (exit 2) and -i given twice (usage).
top=$(pwd) && cd "$T" && ln -s "$top/fixtures" fixtures || exit 2
cp fixtures/check/tabel-19.csv fixtures/check/tabel-16.csv . || exit 2
{ head -n 1 fixtures/check/index.csv
  grep -E '^[^,]*,(16|19),' fixtures/check/index.csv; } >index.csv
sed 's/,row_lines$//; s/,"[^"]*"$//' index.csv >old.csv
sed 's/1604,1606/1604,x/; s/1470-1475/1475-1470/' index.csv >bad.csv
{ cat index.csv; sed -n 3p index.csv; } >twice.csv
set -x
tabel-check -i index.csv tabel-16.csv tabel-19.csv
echo "exit $?"
tabel-check --index=old.csv tabel-16.csv tabel-19.csv
echo "exit $?"
tabel-check -i bad.csv tabel-16.csv tabel-19.csv
echo "exit $?"
tabel-check -i twice.csv tabel-19.csv
echo "exit $?"
tabel-check -i index.csv -t 8 <tabel-19.csv
echo "exit $?"
sed '$d' tabel-19.csv >tabel-19-edited.csv
tabel-check -i index.csv -t 19 tabel-19-edited.csv
echo "exit $?"
tabel-check -i nonexistent.csv tabel-19.csv
echo "exit $?"
tabel-check -i index.csv -i old.csv tabel-19.csv
echo "exit $?"
