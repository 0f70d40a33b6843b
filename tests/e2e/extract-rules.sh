# Hand-made inputs, one per layout rule: page break with footnote, page
# number and repeated header; empty cells at start, middle and end and a
# stray double space; wrapped labels, values alone, a group row; a
# two-level header; balance sheets without caption (years, dates, a
# group row); header cells "Rekening 2021", negative amounts; a footnote
# between rows without a repeated header; a caption that wraps; years
# above "Aantal Bedrag" sub-headers without a leading space; counts that
# look like years under a header of years; the unit in parentheses on
# the line under the caption.
for f in pagebreak footnote empties wrapped twolevel uncaptioned balance \
    yearcells captionwrap yearspan yearvalues unitline; do
	echo "+ $f" >&2
	tabel-find -q "fixtures/extract/$f.txt"
	id=$(tabel-find -q "fixtures/extract/$f.txt" | sed -n 2p | cut -d, -f2)
	tabel-extract -t "$id" "fixtures/extract/$f.txt"
	echo "exit $?"
done
