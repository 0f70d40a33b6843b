# tabel-find and tabel-extract on an unseen document: a caption wrapped onto
# "(in VTE)", "/" for no value, an empty first cell after a wrapped label, a
# page break with page number and repeated header, a second captioned table
# right after the total, prose right after the last row, a prose reference to
# a table
# Every table as wide CSV; the expected files are read by hand.
src=fixtures/extract/unseen/personeel.txt
tabel-find -q "$src"
tabel-extract -o "$T/o" "$src" 2>/dev/null
for f in "$T"/o/*.csv; do
	echo "== ${f##*/}"
	cat "$f"
done
