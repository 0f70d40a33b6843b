# A captioned table printed in two blocks a blank line apart, the second
# under a header of its own (one more column): two tables, the second
# uncaptioned, not one table with the second header as a row.
tabel-find fixtures/layout/two-blocks.txt
tabel-extract -t 8 fixtures/layout/two-blocks.txt
tabel-extract -t L8 fixtures/layout/two-blocks.txt
