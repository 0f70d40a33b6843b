# An index.csv saved as Windows-1252 (edited in a spreadsheet) and a file
# name that is not UTF-8: the captions are converted and reported, the
# sheet name is converted too, and the workbook reads back.
top=$PWD
cd "$T" && ln -s "$top/tests/xlsx" tx || exit 2
printf 'source,table,caption,unit,first_line,last_line,rows,cols,kind,quality\n' >index.csv
printf 'nota.txt,8,Steun aan caf\351s \200,euro,10,13,2,2,numeric,1.00\n' >>index.csv
printf 'Maatregel,2019\nCaf\303\251s,"1,5"\n' >tabel-08.csv
cp tabel-08.csv "$(printf 'caf\351.csv')"
tabel-xlsx -o out.xlsx -i index.csv tabel-08.csv caf*.csv
echo "exit $?"
/usr/bin/python3 tx/dump.py out.xlsx
