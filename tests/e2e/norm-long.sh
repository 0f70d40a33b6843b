# tabel-norm on long input: the unit column scales, value, year, period
# and phase are added, nothing is dropped.
set -x
tabel-norm fixtures/norm/long.csv
tabel-norm --keep-scale --locale auto fixtures/norm/long.csv
tabel-norm --unit k€ fixtures/norm/long.csv
{ set +x; } 2>/dev/null
# Read again, its own output gives the same bytes.
tabel-norm fixtures/norm/long.csv >"$T/once.csv"
tabel-norm "$T/once.csv" >"$T/twice.csv"
cmp "$T/once.csv" "$T/twice.csv" && echo "long output read again: same bytes"
