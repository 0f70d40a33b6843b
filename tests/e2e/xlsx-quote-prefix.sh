# Text that starts with "=", "+", "-" or "@" gets Excel's quote prefix,
# so editing it keeps it text: quotePrefix="1" on its cell format,
# written into xl/styles.xml after libxlsxwriter 1.1.4 (which cannot) by
# copying the finished workbook (common/xlsx/xlzip). Such cells come back
# as text with the prefix (and the text format), a bold total's too; no
# other cell has it. The copy is a sound zip (zipfile's testzip), the
# same bytes by -o and by standard output and from run to run, no
# temporary file is left, a full disk says so, and LibreOffice reads the
# text back as written.
top=$PWD
cd "$T" && mkdir out || exit 2
export HOME="$T/home"
cat >cells.csv <<'EOF'
Label,Tekst,Bedrag
formule,=SUM(A1),1
telefoon,+32 2 123,2
min,-abc,-3
apenstaart,@home,4
gewoon,tekst,"-15,5"
Totaal,-x,"8,5"
EOF
set -x
tabel-xlsx -o out/book.xlsx cells.csv
echo "exit $?"
ls -A out
tabel-xlsx cells.csv >stdout.xlsx
cmp out/book.xlsx stdout.xlsx && echo same
tabel-xlsx -o again.xlsx cells.csv
cmp out/book.xlsx again.xlsx && echo same
/usr/bin/python3 -c 'import sys, zipfile, openpyxl
book = zipfile.ZipFile(sys.argv[1])
print("testzip:", book.testzip())
print("quotePrefix in styles:",
      book.read("xl/styles.xml").decode().count("quotePrefix=\"1\""))
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
for row in ws.iter_rows():
    for c in row:
        print(c.coordinate, c.data_type, repr(c.value), c.number_format,
              "bold" if c.font.b else "-", "quote" if c.quotePrefix else "-")
' out/book.xlsx
tabel-xlsx cells.csv >/dev/full
echo "exit $?"
LC_ALL=C.UTF-8 soffice --headless --convert-to \
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir lo out/book.xlsx >/dev/null 2>&1
echo "soffice exit $?"
cat lo/book-cells.csv
