# The progress line: on a terminal (script(1) gives tabel one), each
# finished document updates one line on standard error, erased before the
# summary; without a terminal standard error stays empty.
SHELL=/bin/sh script -qec "tabel -o '$T/a.xlsx' fixtures/seeds/000_*.txt \
    fixtures/seeds/002_*.txt" /dev/null >"$T/tty"
echo "on a terminal: exit $?"
tr '\r' '\n' <"$T/tty" | sed -e "s|$T|\$T|g" -e 's/, [0-9]*s$/, Ns/' \
    -e 's/\x1b\[K/<erase>/'
tabel -o "$T/b.xlsx" fixtures/seeds/000_*.txt fixtures/seeds/002_*.txt \
    >"$T/out" 2>"$T/err"
echo "not on a terminal: exit $?, $(wc -c <"$T/err") bytes on stderr"
cmp "$T/a.xlsx" "$T/b.xlsx" && echo "same workbook"
