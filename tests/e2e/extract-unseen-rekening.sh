# tabel-find and tabel-extract on an unseen document: two uncaptioned tables
# back to back (years; words and years), negative amounts, group rows, a
# hyphenated label
# Every table as wide CSV; the expected files are read by hand.
src=fixtures/extract/unseen/rekening.txt
tabel-find -q "$src"
tabel-extract -o "$T/o" "$src" 2>/dev/null
for f in "$T"/o/*.csv; do
	echo "== ${f##*/}"
	cat "$f"
done
