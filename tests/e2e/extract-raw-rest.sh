# pdftotext -raw may print a table's last rows after its notes (the
# reading order of the page): a region without caption after a captioned
# table's notes, with as many values a row, is the rest of that table,
# the notes no rows of it and the line over the rest ("Actual") a group
# label.
src=fixtures/raw/rest.txt
set -x
tabel-find "$src"
tabel-extract -t 12 "$src"
