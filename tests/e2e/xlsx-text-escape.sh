# Text goes into the workbook as written and comes back so: "_x0041_"
# is escaped ("_x005F_x0041_"), since libxlsxwriter 1.1.4 writes it as
# it is and Excel would read "A" (tests/xlsx/text_back.py decodes as
# Excel does; LibreOffice reads it back too); a cell is cut at 32767
# UTF-16 units, as Excel counts (20,000 emoji are 40,000 units: cut and
# reported); a formula after tabs is guarded like one without them
# (text format in the workbook, a "'" in tabel-norm --excel; carriage
# returns: test_sheetcsv).
top=$PWD
cd "$T" && ln -s "$top/tests/xlsx" tx || exit 2
export HOME="$T/home"
/usr/bin/python3 -c '
import csv, sys
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["Label", "Tekst"])
w.writerow(["escape", "_x0041_"])
w.writerow(["two", "_x0041_x0042_ en _x00e9_ en _x00zz_ en _X0041_"])
w.writerow(["emoji", "\U0001F600" * 20000])
w.writerow(["bmp", "\u00e9" * 32767])
w.writerow(["bmp+1", "\u00e9" * 32768])
w.writerow(["tab", "\t=1+2"])
w.writerow(["tabs", "\t\t@SUM(A1)"])
w.writerow(["plain", "-15,5 tekst"])
' >cells.csv
tabel-xlsx -o book.xlsx cells.csv
echo "exit $?"
/usr/bin/python3 tx/text_back.py book.xlsx cells.csv
LC_ALL=C.UTF-8 soffice --headless --convert-to \
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir lo book.xlsx >/dev/null 2>&1
echo "soffice exit $?"
head -n 3 lo/book-cells.csv
tabel-norm --excel cells.csv | tail -n 3 | od -c | sed -n '1,4p'
