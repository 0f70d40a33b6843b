# tabel-find and tabel-extract on an unseen document: an uncaptioned table
# across a page break (its header repeated: the same table), another header
# of years after the total (the next table), a captioned table with
# hyphenated labels and an empty count, a wrapped label whose first line ends
# in "enz."
# Every table as wide CSV; the expected files are read by hand.
src=fixtures/extract/unseen/bijlage.txt
tabel-find -q "$src"
tabel-extract -o "$T/o" "$src" 2>/dev/null
for f in "$T"/o/*.csv; do
	echo "== ${f##*/}"
	cat "$f"
done
