# tabel-find and tabel-extract on an unseen document: a captioned table with
# a hyphenated label, prose after the total, then an uncaptioned table headed
# by words and years
# Every table as wide CSV; the expected files are read by hand.
src=fixtures/extract/unseen/provincies.txt
tabel-find -q "$src"
tabel-extract -o "$T/o" "$src" 2>/dev/null
for f in "$T"/o/*.csv; do
	echo "== ${f##*/}"
	cat "$f"
done
