# tabel on the seeds writes the workbook of make demo, byte for byte, with
# or without -d and -j; without -d it leaves no temporary file behind. The
# oracle: the six programs run by hand on each seed, the way tabel(7)
# shows, give the same tables, amounts and workbook.
bin=$(dirname "$(command -v tabel-extract)")
sh tests/demo.sh "$bin" "$T/demo" 0 >"$T/out"
echo "demo: exit $?"
sed "s|$T|\$T|g" "$T/out"
mkdir "$T/tmp"
TMPDIR=$T/tmp tabel fixtures/seeds/*.txt -o "$T/book.xlsx" >"$T/out"
echo "tabel: exit $?"
sed "s|$T|\$T|g" "$T/out"
cmp "$T/demo/tabel.xlsx" "$T/book.xlsx" && echo "same workbook as make demo"
echo "left in TMPDIR: $(ls "$T/tmp" | wc -l)"
tabel -j 2 -d "$T/j2" fixtures/seeds/*.txt >/dev/null
echo "tabel -j 2: exit $?"
cmp "$T/demo/tabel.xlsx" "$T/j2/tabel.xlsx" && echo "same workbook with -j 2"
diff -r "$T/demo" "$T/j2" && echo "same CSVs and logs with -j 2"

# By hand: per seed its tables, normalised, and amounts; one index.
h=$T/hand
mkdir -p "$h"
echo "source,line,raw,value_eur,year,context,kind,per,value,currency" >"$h/Bedragen.csv"
echo "document,table,row_label,col_header,stated,computed,difference,kind,"\
"line" >"$h/Controle.csv"
for doc in fixtures/seeds/*.txt; do
	name=$(basename "$doc" .txt)
	tabel-extract -o "$h/$name" "$doc" 2>/dev/null
	mkdir "$h/$name/norm"
	for t in "$h/$name"/tabel-*.csv; do
		[ -f "$t" ] || continue
		tabel-norm --keep-scale -o "$h/$name/norm/${t##*/}" "$t" \
		    2>/dev/null
		cmp "$t" "$T/demo/$name/${t##*/}" || echo "$t differs"
		cmp "$h/$name/norm/${t##*/}" "$T/demo/$name/norm/${t##*/}" ||
		    echo "$t normalised differs"
		tabel-check -i "$h/$name/index.csv" "$t" 2>/dev/null |
		    tail -n +2 |
		    sed "s/^/$name,/" >>"$h/Controle.csv"
	done
	tabel-amounts "$doc" 2>/dev/null | tail -n +2 >>"$h/Bedragen.csv"
	[ -f "$h/index.csv" ] || head -n 1 "$h/$name/index.csv" >"$h/index.csv"
	tail -n +2 "$h/$name/index.csv" >>"$h/index.csv"
done
cmp "$h/index.csv" "$T/demo/index.csv" && echo "same index by hand"
cmp "$h/Bedragen.csv" "$T/demo/Bedragen.csv" && echo "same amounts by hand"
cmp "$h/Controle.csv" "$T/demo/Controle.csv" && echo "same totals by hand"
tabel-xlsx --chart -o "$h/book.xlsx" "$h"/*/index.csv "$h"/*/tabel-*.csv \
    "$h/Bedragen.csv" 2>/dev/null
cmp "$h/book.xlsx" "$T/book.xlsx" && echo "same workbook by hand"
