# pdftotext -raw text (one space between cells, none for an empty cell, no
# space at the line ends) goes to the raw reader under auto: header cells
# one a line fitted to the column count (the value runs' mode), a wrapped
# label joined to the values after its last line, a short row placed by
# column type, years over an uncaptioned table; --layout raw reads the
# same, --layout flow does not.
src=fixtures/raw/harbour.txt
set -x
tabel-find "$src"
tabel-extract -t 3 "$src"
tabel-extract --long "$src"
tabel-find -q --layout raw "$src"
tabel-find -q --layout flow "$src"
