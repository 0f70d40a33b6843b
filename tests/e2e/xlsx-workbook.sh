# The workbook a finance team uses as it comes (tabel-xlsx), read back
# with openpyxl: two documents that both have a table 8, each with its
# own index beside it, keep their own captions, units and sources; index
# files are indexes, never sheets; a document without tables is listed;
# a table of an index not given, given twice, or whose id several
# sources share is reported. Row kinds by tabel-check's arithmetic: the
# detail rows sum to the totals; the Controle sheet, mismatches first,
# links to the marked cell with its comment. Print setup, two-level
# headers, guarded text, Bedragen's columns, document properties, an
# English workbook, an empty input, and Excel's ';' CSV round-tripped.
top=$PWD
cd "$T" && ln -s "$top/tests/xlsx" tx && mkdir d1 d2 d3 x || exit 2
h=source,table,caption,unit,first_line,last_line,rows,cols,kind,quality
printf '%s\n%s\n' "$h" 'a.txt,8,Steun per maatregel in 2021 en 2022 (in miljoen euro),miljoen euro,10,20,8,4,numeric,0.93' >d1/index.csv
printf '%s\n%s\n%s\n' "$h" 'b.txt,8,Projecten en steun per cluster,,30,34,3,5,numeric,1.00' 'b.txt,9,Niet gegeven tabel,euro,40,44,2,2,numeric,1.00' >d2/index.csv
printf '%s\n' "$h" >d3/index.csv
cat >d1/tabel-08.csv <<'CSV'
Maatregel,2021,2022,Aandeel
1. Competitiviteit,"10,50","12,00",50%
Kmo-portefeuille,"6,25","7,00",30%
STS,"4,25","5,00",20%
2. Ondernemerschap,"9,00","8,00",50%
Starters,"5,00","4,00",
Groei,"4,00","3,00",
=SUM(A1),"1,00","1,00",/
TOTAAL,"19,50","21,00",100%
CSV
cat >d2/tabel-08.csv <<'CSV'
Cluster,2017 | # projecten,2017 | steun,2018 | # projecten,2018 | steun
Catalisti,4,"7,5",5,"8,0"
Flanders Food,6,"8,3",/,"9,1"
Totaal,10,"15,8",5,"17,1"
CSV
cat >Bedragen.csv <<'CSV'
source,line,raw,value_eur,year,context,kind,per
a.txt,1309,€ 200 miljoen,200000000,2022,Een fonds van € 200 miljoen voor de transformatie.,single,
CSV
{ echo "$h"; sed 1d d1/index.csv; sed 1d d2/index.csv; } >merged.csv
cp d1/tabel-08.csv x/
set -x
tabel-xlsx --chart -o book.xlsx d1/index.csv d1/tabel-08.csv d2/index.csv \
    d2/tabel-08.csv d3/index.csv Bedragen.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py book.xlsx
/usr/bin/python3 tx/facts.py book.xlsx
tabel-xlsx -o same.xlsx d1/index.csv d1/tabel-08.csv d2/index.csv \
    d2/tabel-08.csv d3/index.csv Bedragen.csv --chart
cmp book.xlsx same.xlsx && echo same
tabel-xlsx -i merged.csv -o shared.xlsx x/tabel-08.csv
echo "exit $?"
tabel-xlsx -o twice.xlsx d1/index.csv d1/tabel-08.csv d1/tabel-08.csv
echo "exit $?"
tabel-xlsx --lang en -o en.xlsx d1/index.csv d1/tabel-08.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py en.xlsx --no-cells
/usr/bin/python3 tx/facts.py en.xlsx
tabel-xlsx -o empty.xlsx </dev/null
echo "exit $?"
/usr/bin/python3 tx/dump.py empty.xlsx
tabel-norm --excel d1/tabel-08.csv >excel.csv
tabel-norm d1/tabel-08.csv >norm.csv
tabel-xlsx -o excel.xlsx excel.csv
echo "exit $?"
tabel-xlsx --sep ';' -o excel2.xlsx excel.csv
echo "exit $?"
tabel-xlsx -n -o norm.xlsx norm.csv
echo "exit $?"
/usr/bin/python3 tx/same_values.py excel.xlsx norm.xlsx
/usr/bin/python3 tx/same_values.py excel2.xlsx norm.xlsx
tabel-xlsx --sep : -o bad.xlsx excel.csv
echo "exit $?"
