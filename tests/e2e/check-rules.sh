# One rule per fixture: rounding vs mismatch, categories that end early,
# subtotals, a label-less total, a table without total, long input (with
# a line that fits no cell, skipped, and a bad row number, reported).
set -x
tabel-check fixtures/check/rounding.csv
echo "exit $?"
tabel-check fixtures/check/mismatch.csv
echo "exit $?"
tabel-check fixtures/check/categories.csv
echo "exit $?"
tabel-check fixtures/check/subtotals.csv
echo "exit $?"
tabel-check fixtures/check/unlabelled.csv
echo "exit $?"
tabel-check fixtures/check/nototal.csv
echo "exit $?"
tabel-check fixtures/check/long.csv
echo "exit $?"
tabel-check -t L20 fixtures/check/long.csv
