# The same input gives the same bytes: fixed document times, whatever
# the clock, the locale (libxlsxwriter would write "1,5" under a Dutch
# LC_NUMERIC: tabel-xlsx never sets a locale) or the output route.
top=$PWD
cd "$T" && ln -s "$top/fixtures/xlsx" fx || exit 2
set -x
tabel-xlsx --chart --index fx/index.csv -o a.xlsx fx/tabel-08.csv \
    fx/tabel-16.csv fx/L1234.csv 2>/dev/null
sleep 1
tabel-xlsx --chart --index fx/index.csv -o b.xlsx fx/tabel-08.csv \
    fx/tabel-16.csv fx/L1234.csv 2>/dev/null
cmp a.xlsx b.xlsx && echo same
LC_ALL=nl_BE.UTF-8 tabel-xlsx --chart --index fx/index.csv fx/tabel-08.csv \
    fx/tabel-16.csv fx/L1234.csv 2>/dev/null >c.xlsx
cmp a.xlsx c.xlsx && echo same
/usr/bin/python3 -c 'import re, sys, zipfile
book = zipfile.ZipFile(sys.argv[1])
core = book.read("docProps/core.xml").decode()
print(re.findall("<dcterms:(\w+)[^>]*>([^<]*)<", core))
sheet = book.read("xl/worksheets/sheet2.xml").decode()
print(re.findall("<v>[^<]*</v>", sheet)[:6])' a.xlsx
