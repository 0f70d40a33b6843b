# tabel-norm --excel: ';', decimal comma, BOM, CRLF, formula guard that
# leaves negative numbers alone; the default stays RFC 4180.
f=fixtures/norm/excel.csv
set -x
tabel-norm --excel $f >$T/x.csv
od -An -c <$T/x.csv
tabel-norm $f
