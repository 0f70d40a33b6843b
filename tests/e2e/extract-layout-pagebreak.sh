# A table going on after a form feed under its repeated header is one
# table; the running head and the repeated header are recorded as lines
# skipped on purpose (row 0 in --long).
src=fixtures/layout/pagebreak.txt
set -x
tabel-find "$src"
tabel-extract -t 4 "$src"
tabel-extract --long "$src" | grep -c ',4,'
tabel-extract --long "$src" | grep ',0,0,'
