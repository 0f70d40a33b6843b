# tabel-norm on the hand-made gold tables: their units (a header cell's
# "MEUR" scales only its own column), missing values, euro signs.
set -x
tabel-norm fixtures/gold/tabel-09.csv fixtures/gold/tabel-10.csv
tabel-norm fixtures/gold/tabel-16.csv
tabel-norm --unit euro fixtures/gold/tabel-21.csv
