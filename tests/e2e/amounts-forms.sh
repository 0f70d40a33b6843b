# The written forms of DESIGN.md §1, per-unit amounts, and what is not
# money: shares, counts, years, names with digits, web addresses.
set -x
tabel-amounts fixtures/amounts/forms.txt fixtures/amounts/per.txt
