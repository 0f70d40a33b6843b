# tabel-norm on long input: the unit column scales, value, year, period
# and phase are added, nothing is dropped.
set -x
tabel-norm fixtures/norm/long.csv
tabel-norm --keep-scale --locale auto fixtures/norm/long.csv
