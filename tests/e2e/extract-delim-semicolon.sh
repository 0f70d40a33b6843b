# A semicolon export (CRLF line ends, a Dutch CSV with decimal commas): a
# table when every row has as many semicolons; a field in double quotes
# keeps its semicolon and loses its quotes.
src=fixtures/delim/semicolon.txt
set -x
tabel-find "$src"
tabel-extract -t 7 "$src"
tabel-extract --long "$src"
