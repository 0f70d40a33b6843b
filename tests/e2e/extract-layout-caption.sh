# Column-aligned text (pdftotext -layout): a table under a "Table N:"
# caption, its body ended by a "Source:" line; found by the default
# --layout auto, listed by tabel-find, written by -t and -o DIR.
src=fixtures/layout/captioned.txt
set -x
tabel-find "$src"
tabel-extract -t 2 "$src"
set +x
tabel-extract -o "$T/out" "$src"
echo "exit $?"
ls "$T/out"
cat "$T/out/index.csv"
