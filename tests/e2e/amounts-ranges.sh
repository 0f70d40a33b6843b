# Ranges give two rows (range-low, range-high) and lend their unit to a
# bare bound; "respectievelijk" lends the unit without making a range.
set -x
tabel-amounts fixtures/amounts/ranges.txt
