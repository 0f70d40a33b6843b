#!/bin/sh
# make screenshots: the pictures of the README, made from the demo
# workbook: tabel on the bundled documents (tests/demo.sh), LibreOffice
# prints the workbook to PDF (its print setup: one page wide, caption,
# document and page in the margins), pdftoppm turns the first page of
# Tabel 8 and of Controle into PNG. Found by the sheet name in the page
# footer. Usage: tests/screenshots.sh BIN [OUTDIR]  (default docs/img)
# Exit 0 when done; 2 when a step failed.
set -u
bin=$1
dir=${2:-docs/img}
work=$(mktemp -d "${TMPDIR:-/tmp}/tabel-shots.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
sh tests/demo.sh "$bin" "$work/out" >/dev/null || exit 2
HOME=$work LC_ALL=C.UTF-8 soffice --headless --convert-to pdf \
    --outdir "$work" "$work/out/tabel.xlsx" >/dev/null 2>&1 ||
	{ echo "screenshots: soffice failed" >&2; exit 2; }
pages=$(pdfinfo "$work/tabel.pdf" | sed -n 's/^Pages: *//p')
mkdir -p "$dir" || exit 2
# shot SHEET FILE: the first page whose footer names SHEET, as FILE.png.
shot() {
	i=1
	while [ "$i" -le "$pages" ]; do
		if pdftotext -layout -f "$i" -l "$i" "$work/tabel.pdf" - |
		    grep -Eq " $1 +Pagina [0-9]+ van"; then
			pdftoppm -png -r 70 -f "$i" -l "$i" -singlefile \
			    "$work/tabel.pdf" "$dir/$2" || exit 2
			echo "screenshots: $dir/$2.png (page $i)"
			return
		fi
		i=$((i + 1))
	done
	echo "screenshots: no page of sheet '$1'" >&2
	exit 2
}
shot 'Tabel 8' tabel-8
shot Controle controle
