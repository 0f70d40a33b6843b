# Amounts inside a captioned table, a figure's data, a footnote and rows
# of numbers without a caption are left to tabel-extract.
set -x
tabel-amounts fixtures/amounts/tables.txt
