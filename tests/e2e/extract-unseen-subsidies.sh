# tabel-find and tabel-extract on an unseen document: amounts with €, empty
# cells at start, middle and end, a wrapped label, a page break with page
# number, footnote and repeated header, prose right after the total, a bullet
# list with numbers
# Every table as wide CSV; the expected files are read by hand.
src=fixtures/extract/unseen/subsidies.txt
tabel-find -q "$src"
tabel-extract -o "$T/o" "$src" 2>/dev/null
for f in "$T"/o/*.csv; do
	echo "== ${f##*/}"
	cat "$f"
done
