# tabel-norm: every amount form of DESIGN.md §1 and issue 4, with and
# without a table unit, notation only, percentages as fractions.
f=fixtures/norm/forms.csv
set -x
tabel-norm $f
tabel-norm --unit 'miljoen euro' $f
tabel-norm --unit 'miljoen euro' --keep-scale $f
tabel-norm --percent fraction -c bedrag $f
