# A page that mixes a delimited table with tables of another look, no
# form feed between: flow tables (one space between cells) before and
# after a tab-separated one, and a markdown table above a column-aligned
# one. The delimited reader takes its tables' lines, the rest of the page
# goes to the reader it calls for (flow, columns), and the tables leave
# in page order (tabel-find, index.csv); --layout delimited reads the
# delimited ones alone.
tf=fixtures/delim/mixed-tabs-flow.txt
pc=fixtures/delim/mixed-pipes-columns.txt
tabel-extract -o "$T/out" "$tf"
echo "exit $?"
cat "$T/out/index.csv"
set -x
tabel-find "$tf" "$pc"
tabel-extract -t 1 "$tf"
tabel-extract -t 2 "$tf"
tabel-extract -t 3 "$tf"
tabel-extract -t 4 "$pc"
tabel-extract -t 5 "$pc"
tabel-find -q --layout delimited "$tf" "$pc"
