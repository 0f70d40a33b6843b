# bad-long-order: long input whose columns stand in another order. Both
# programs read it through common/table/tableread, which finds the long
# form's columns by name: tabel-check checks the table; tabel-norm, which
# writes long rows by column place, says so and reads it as wide.
cat >"$T/long.csv" <<'CSV'
raw,row_label,col_header,row,col,table,source
"1,50",Innovatiesteun,2019,1,1,1,t.txt
"10,00",Groeisteun,2019,2,1,1,t.txt
"11,60",Totaal,2019,3,1,1,t.txt
CSV
cd "$T" || exit 2
tabel-check long.csv
echo "exit $?"
tabel-norm long.csv
echo "exit $?"
