# Tab-separated tables as a web page or a spreadsheet gives them when
# copied: a caption line above, an empty first header cell, empty cells,
# trailing tabs, amounts as written (1.234,5, € 8.473.038,00, -1.200), a
# total row; then a row of empty cells, a title row, a two-row header
# whose upper cells span the empty ones to their right, a row with more
# cells than the header (reported, kept whole), an empty row among the
# rows and no caption. --layout delimited reads the same; --layout flow
# does not see the tabs.
web=fixtures/delim/budget-web.txt
sheet=fixtures/delim/budget-sheet.txt
set -x
tabel-find "$web" "$sheet"
tabel-extract -t 3 "$web"
tabel-extract --long "$web"
tabel-extract -t L2 "$sheet"
tabel-extract --long "$sheet"
tabel-find -q --layout delimited "$web"
tabel-find -q --layout flow "$web"
