# The totals of all twenty tables of 002 (as written by hand in
# fixtures/check/tabel-NN.csv, their rows' source lines in
# fixtures/check/index.csv): the real discrepancies of the source and its
# rounding, each with the line of its row, exactly
# fixtures/check/FINDINGS.csv; the same findings from tabel-extract --long
# on the source itself, whose lines are the cells' (a row whose label
# begins above its values has its values' line there).
top=$(pwd) && cd "$T" && ln -s "$top/fixtures" fixtures || exit 2
set -x
tabel-check -i fixtures/check/index.csv fixtures/check/tabel-*.csv \
    >"findings.csv"
echo "exit $?"
cmp "findings.csv" fixtures/check/FINDINGS.csv && echo "same as FINDINGS.csv"
tabel-check -t 16 <fixtures/check/tabel-16.csv
tabel-extract --long fixtures/seeds/002_*.txt >long.csv 2>/dev/null
tabel-check long.csv >chain.csv
echo "exit $?"
sed 's/,[0-9]*$//' chain.csv >chain-findings.csv
sed 's/,[0-9]*$//' fixtures/check/FINDINGS.csv >gold-findings.csv
cmp chain-findings.csv gold-findings.csv &&
    echo "extract | check: the findings of FINDINGS.csv"
diff fixtures/check/FINDINGS.csv chain.csv
echo "diff exit $?"
