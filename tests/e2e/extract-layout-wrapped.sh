# Labels wrapped over lines: a line in lower case, after an open ending
# ("and,") or in brackets goes on with the label above; the values stay
# on the label's first line.
src=fixtures/layout/wrapped.txt
set -x
tabel-extract -t 5 "$src"
tabel-extract --long "$src"
