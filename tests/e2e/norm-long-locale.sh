# tabel-norm --locale auto on long input: each table's columns vote on
# their own, so "1.234" is 1.234 in an English table and 1234 in a Dutch
# one; a column without evidence ("2,000") follows its table. By default
# (Dutch) the English table is said, with its first English cell's line.
set -x
tabel-norm --locale auto fixtures/norm/long-locale.csv
tabel-norm fixtures/norm/long-locale.csv
