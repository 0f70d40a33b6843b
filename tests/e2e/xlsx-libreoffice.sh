# LibreOffice reads the workbook back: every sheet converted to CSV holds
# the values of the source (numbers as numbers, text as written), checked
# by check_lo.py. soffice runs in the C locale, so its CSV does not depend
# on the suite's locale; its profile goes to $T.
top=$PWD
cd "$T" && ln -s "$top/fixtures/xlsx" fx && ln -s "$top/tests/xlsx" tx ||
	exit 2
export HOME="$T/home"
set -x
tabel-xlsx -o book.xlsx fx/tabel-08.csv fx/tabel-16.csv fx/L1234.csv \
    fx/norm-ratios.csv
echo "exit $?"
LC_ALL=C.UTF-8 soffice --headless --convert-to \
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir lo book.xlsx >/dev/null 2>&1
echo "soffice exit $?"
cat "lo/book-Tabel 8.csv"
/usr/bin/python3 tx/check_lo.py 0 "lo/book-Tabel 8.csv" fx/tabel-08.csv \
    "lo/book-Tabel 16.csv" fx/tabel-16.csv lo/book-L1234.csv fx/L1234.csv \
    lo/book-norm-ratios.csv n:fx/norm-ratios.csv
