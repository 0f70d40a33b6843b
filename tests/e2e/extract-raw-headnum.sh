# Header cells with a number in them, one line a piece ("Ships of" /
# "the top" / "10"): lines of one value among the text over the first
# full row are the header's, and a number alone goes on with the line
# before it.
src=fixtures/raw/headnum.txt
set -x
tabel-extract -t 9 "$src"
