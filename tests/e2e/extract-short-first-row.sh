# a first row with its last cell empty ("Noordkant 10 20" under three
# years, no extra space) does not set the column count: the header of
# years votes too, so the rows after it stay in the table, none dropped
set -x
tabel-extract -t 3 fixtures/extract/short-first-row.txt
echo "exit $?"
tabel-find fixtures/extract/short-first-row.txt
