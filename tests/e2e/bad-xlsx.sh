# bad-xlsx: tabel-xlsx on every hostile input of docs/limits.md; each
# workbook is read back with openpyxl (sheets, size, first column).
. tests/hostile.sh
HOSTILE_XLSX=1
matrix_csv tabel-xlsx
