# The year or period a sentence ties an amount to, or none.
set -x
tabel-amounts fixtures/amounts/years.txt
