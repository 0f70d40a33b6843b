# The totals of all twenty tables of 002 (as written by hand in
# fixtures/check/tabel-NN.csv): the real discrepancies of the source and
# its rounding, exactly fixtures/check/FINDINGS.csv; the same from
# tabel-extract --long on the source itself.
top=$(pwd) && cd "$T" && ln -s "$top/fixtures" fixtures || exit 2
set -x
tabel-check fixtures/check/tabel-*.csv >"findings.csv"
echo "exit $?"
cmp "findings.csv" fixtures/check/FINDINGS.csv && echo "same as FINDINGS.csv"
tabel-check -t 16 <fixtures/check/tabel-16.csv
tabel-extract --long fixtures/seeds/002_*.txt >long.csv 2>/dev/null
tabel-check long.csv >chain.csv
echo "exit $?"
cmp chain.csv fixtures/check/FINDINGS.csv && echo "extract | check: same as FINDINGS.csv"
