# Hand-made inputs, one per layout rule: page break with footnote, page
# number and repeated header; empty cells at start, middle and end and a
# stray double space; wrapped labels, values alone, a group row; a
# two-level header; a balance sheet without caption.
for f in pagebreak empties wrapped twolevel uncaptioned; do
	echo "+ $f" >&2
	tabel-find -q "fixtures/extract/$f.txt"
	id=$(tabel-find -q "fixtures/extract/$f.txt" | sed -n 2p | cut -d, -f2)
	tabel-extract -t "$id" "fixtures/extract/$f.txt"
	echo "exit $?"
done
