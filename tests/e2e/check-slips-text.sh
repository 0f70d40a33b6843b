# An amount column is checked however many of its cells are no amount:
# 2023 holds a slip ("2.0OO") and a text cell ("abc") among its numbers,
# 2024 more slips ("1.5OO", "2.5OO", "2.0OO") than numbers ("1.000" and
# the total). Each such cell is reported with its line, a total that
# adds one up is reported unchecked (exit 1); the remarks column
# ("Toelichting": text, and a note with a digit) is no amount column.
set -x
tabel-check fixtures/check/slips-text.csv
echo "exit $?"
