# Total and subtotal labels as common/table/totalrow reads them, in the tools:
# "Tussentotaal:", "Sub-total" and "Eindtotaal" with a footnote mark close
# their rows in tabel-check (the subtotal "Sub-total" is 5 short in 2023);
# "Eindtotaal:" ends the table region of tabel-amounts, so the short
# sentence after it is prose again and its amount is found.
set -x
tabel-check fixtures/totalrow/check.csv
echo "exit $?"
tabel-amounts fixtures/totalrow/amounts.txt
echo "exit $?"
