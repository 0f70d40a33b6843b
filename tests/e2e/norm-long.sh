# tabel-norm on long input: the unit column scales, value, year, period
# and phase are added, nothing is dropped.
set -x
tabel-norm fixtures/norm/long.csv
tabel-norm --keep-scale --locale auto fixtures/norm/long.csv
tabel-norm --unit k€ fixtures/norm/long.csv
cp fixtures/norm/long.csv $T/
cd $T
tabel-norm long.csv >once.csv
tabel-norm once.csv >twice.csv
cmp once.csv twice.csv && echo "idempotent"
