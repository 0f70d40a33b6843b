# A raw table whose first row is the page's first line: no header, no
# caption, nothing above it to read (the header tests look no further
# up than the page).
src=fixtures/raw/firstline.txt
set -x
tabel-find "$src"
tabel-extract --long "$src"
