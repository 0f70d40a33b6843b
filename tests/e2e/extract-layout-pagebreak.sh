# A table going on after a form feed under its repeated header is one
# table; the running head and the repeated header are recorded as lines
# skipped on purpose (row 0 in --long).
src=fixtures/layout/pagebreak.txt
set -x
tabel-find "$src"
tabel-extract -t 4 "$src"
tabel-extract --long "$src" >"$T/long" 2>/dev/null
set +x
echo "cells: $(grep -c ',4,' "$T/long")"
grep ',0,0,' "$T/long"
