# tabel-norm --strict: a cell of an amount column that is no amount is
# reported as FILE:LINE:COL and the status is 1; the output is complete.
set -x
tabel-norm --strict fixtures/norm/forms.csv
echo "exit $?"
tabel-norm --strict -c 3 fixtures/gold/tabel-09.csv
echo "exit $?"
