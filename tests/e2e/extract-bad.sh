# Bad input and usage: clear messages and exit statuses; .gz and stdin.
src=fixtures/seeds/002_10242594fcc9f4a0.txt
tabel-extract -t 8 no-such-file.txt; echo "exit $?"
tabel-extract -t 99 "$src"; echo "exit $?"
tabel-extract "$src"; echo "exit $?"
tabel-extract -t 8 "$src" "$src"; echo "exit $?"
tabel-extract -x "$src"; echo "exit $?"
tabel-find no-such-file.txt fixtures/extract/uncaptioned.txt; echo "exit $?"
gzip -c fixtures/extract/twolevel.txt >"$T/t.txt.gz"
tabel-extract -t 6 "$T/t.txt.gz"; echo "exit $?"
tabel-extract -t 6 <fixtures/extract/twolevel.txt; echo "exit $?"
tabel-extract -t 6 - <fixtures/extract/twolevel.txt >/dev/full; echo "exit $?"
