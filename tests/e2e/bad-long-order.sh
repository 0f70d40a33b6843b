# bad-long-order: long input whose columns stand in another order, and
# long rows of another width than their header. Both programs read it
# through common/table/tableread, which finds the long form's columns by
# name and hands the rows out in the long form's order: tabel-check
# checks the table, tabel-norm writes it in that order with the columns
# it lacks empty. A row narrower or wider than the header is reported in
# one shape by both; one without a field for a column the long form
# needs (here raw) places no cell in tabel-check, and tabel-norm writes
# it with the fields it has.
cat >"$T/long.csv" <<'CSV'
raw,row_label,col_header,row,col,table,source
"1,50",Innovatiesteun,2019,1,1,1,t.txt
"10,00",Groeisteun,2019,2,1,1,t.txt
"11,60",Totaal,2019,3,1,1,t.txt
CSV
cat >"$T/short.csv" <<'CSV'
source,table,caption,unit,row,col,row_label,col_header,raw,line
t.txt,1,Steun,euro,1,1,Innovatiesteun,2019,"1,50",4
t.txt,1,Steun,euro,2,1,Groeisteun
t.txt,1,Steun,euro,3,1,Totaal,2019,"11,60",6,extra
CSV
cd "$T" || exit 2
tabel-check long.csv
echo "exit $?"
tabel-norm long.csv
echo "exit $?"
tabel-check short.csv
echo "exit $?"
tabel-norm short.csv
echo "exit $?"
