#!/bin/sh
# make demo: every text source in fixtures/seeds through the whole chain.
# Usage: tests/demo.sh BIN [OUT [JOBS]]  (JOBS > 0: run under GNU parallel)
# Writes OUT/NAME/ per document (tables as extracted, normalised tables,
# tidy cells with euro values, amounts in prose, totals findings), then
# OUT/Bedragen.csv, OUT/Controle.csv, OUT/index.csv and OUT/tabel.xlsx.
set -u
bin=$(cd "$1" && pwd) || exit 2
out=${2:-out}
jobs=${3:-0}
PATH=$bin:$PATH
export PATH
docs=$(ls fixtures/seeds/*.txt)
mkdir -p "$out"
if [ "$jobs" -gt 0 ]; then
	parallel -j "$jobs" --halt now,fail=1 sh tests/demo-doc.sh {} "$out" \
	    ::: $docs || exit 2
else
	for doc in $docs; do
		sh tests/demo-doc.sh "$doc" "$out" || exit 2
	done
fi

# Merge the per-document results, in document order, each header once.
echo "source,line,raw,value_eur,year,context,kind,per" >"$out/Bedragen.csv"
echo "document,table,row_label,col_header,stated,computed,difference,kind" \
    >"$out/Controle.csv"
head -n 1 "$(ls "$out"/*/index.csv | head -n 1)" >"$out/index.csv"
sheets=""
for doc in $docs; do
	d=$out/$(basename "$doc" .txt)
	tail -n +2 "$d/amounts.csv" >>"$out/Bedragen.csv"
	cat "$d/controle.csv" >>"$out/Controle.csv"
	tail -n +2 "$d/index.csv" >>"$out/index.csv"
	for t in "$d"/norm/tabel-*.csv "$d"/norm/L*.csv; do
		[ -f "$t" ] && sheets="$sheets $t"
	done
done
tabel-xlsx --chart -i "$out/index.csv" -o "$out/tabel.xlsx" $sheets \
    "$out/Bedragen.csv" "$out/Controle.csv" 2>"$out/xlsx.log"
[ $? -le 1 ] || { cat "$out/xlsx.log" >&2; exit 2; }

count() { echo $(($(cat "$@" | wc -l) - $#)); }
cells=0
for doc in $docs; do
	d=$out/$(basename "$doc" .txt)
	cells=$((cells + $(count "$d/cells.csv")))
done
echo "tabel demo: $(echo $docs | wc -w) documents," \
    "$(count "$out/index.csv") tables, $cells cells," \
    "$(count "$out/Bedragen.csv") amounts in prose," \
    "$(count "$out/Controle.csv") totals findings"
echo "tabel demo: workbook $out/tabel.xlsx; CSVs under $out/"
