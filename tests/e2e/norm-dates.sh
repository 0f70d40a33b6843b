# tabel-norm --dates: dates, budget years and periods to ISO 8601; a day
# that does not exist is reported; --strict reports other text too.
f=fixtures/norm/dates.csv
set -x
tabel-norm --dates 2-4 $f
echo "exit $?"
tabel-norm --dates start,einde,periode --strict $f
echo "exit $?"
