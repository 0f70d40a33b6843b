# A table whose rows are set apart by blank lines, as a word processor
# prints cells with padding: a label wraps over and under its line of
# values, in capitals too ("Ondernemingen (KMO)") and after a bracket
# left open ("(fase" over "2)"); each block between blank lines is one row.
src=fixtures/layout/loose.txt
set -x
tabel-find "$src"
tabel-extract -t L3 "$src"
