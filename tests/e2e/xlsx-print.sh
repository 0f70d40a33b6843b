# The demo workbook printed: LibreOffice renders tools/tabel's workbook of
# fixtures/seeds to PDF (soffice --headless --convert-to pdf). Pinned: the
# page count; every sheet renders (its name is in a page footer); every
# page of Tabel 8 holds its last column and its repeated header row, so
# the table prints one page wide with its header on each page.
top=$PWD
export HOME="$T/home"
tabel -d "$T/out" -o "$T/book.xlsx" fixtures/seeds/*.txt >/dev/null
echo "tabel exit $?"
cd "$T" || exit 2
LC_ALL=C.UTF-8 soffice --headless --convert-to pdf --outdir pdf book.xlsx \
    >/dev/null 2>&1
echo "soffice exit $?"
pages=$(pdfinfo pdf/book.pdf | sed -n 's/^Pages: *//p')
echo "pages $pages"
/usr/bin/python3 -c '
import openpyxl, sys
print("\n".join(openpyxl.load_workbook(sys.argv[1]).sheetnames))' book.xlsx \
    >sheets.txt
i=1
while [ "$i" -le "$pages" ]; do
	pdftotext -layout -f "$i" -l "$i" pdf/book.pdf "p$i.txt"
	i=$((i + 1))
done
while IFS= read -r s; do
	n=0 wide=0
	for p in p*.txt; do
		# The footer: document, sheet name, page number.
		grep -Eq " $s +Pagina [0-9]+ van" "$p" || continue
		n=$((n + 1))
		grep -q 2023BO "$p" && grep -q Maatregel "$p" && wide=$((wide + 1))
	done
	case $s in
	'Tabel 8') echo "$s: $n pages, $wide with the header and the last column" ;;
	*) [ "$n" -gt 0 ] || echo "$s: not rendered" ;;
	esac
done <sheets.txt
