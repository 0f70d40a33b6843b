#!/bin/sh
# bench-norm: tabel-norm on a 1,000,000-row CSV of Dutch numbers, next to
# libcsv alone on the same file: parsing only (tests/bench/csvcount.c),
# and parsing and writing every field back (tests/bench/csvcat.c).
# Prints rows/s, the ratios and tabel-norm's peak memory. CPU time (user
# + system) is the measure: on a shared machine wall time wanders.
# Usage: sh tests/bench-norm.sh [BIN_DIR]   (from the top directory;
# ROWS=N for another size, BENCH_RUNS=N for the best of N runs, default
# 3). The corpus is kept in bench-data/.
set -eu
bin=${1:-bin}
rows=${ROWS:-1000000}
bench_name=bench-norm
. tests/bench-lib.sh
dir=$bench_data
csv=$dir/norm-$rows.csv
if ! [ -s "$csv" ]; then
	# Deterministic: the same seed gives the same file everywhere.
	awk -v n="$rows" 'BEGIN {
		srand(4);
		print "Maatregel,2018BA,2019BO,2020BA,Totaal,Aandeel"
		for (i = 1; i <= n; i++) {
			a = int(rand() * 1000000); b = int(rand() * 100);
			c = int(rand() * 1000); d = int(rand() * 100000000);
			printf "Maatregel %d,\"%d,%02d\",%d.%03d,%s,", i, a, b,
			    int(a / 1000) + 1, c, i % 17 == 0 ? "/" : "-" c;
			printf "\"%d.%03d.%03d,%02d\",\"%d,%d %%\"\n",
			    int(d / 1000000) + 1, int(d / 1000) % 1000, d % 1000,
			    b, b, c % 10;
		}
	}' >"$csv"
fi
for b in csvcount csvcat; do
	cc -O2 -o "$dir/$b" "tests/bench/$b.c" -lcsv
done

report() {	# name
	awk -v name="$1" -v r="$rows" -v c="$cpu" -v w="$wall" -v kb="$kb" \
	    -v base="$base" 'BEGIN {
		if (c <= 0) c = 0.01
		printf "%-28s %6.2f s cpu %6.2f s wall %9.0f rows/s %5.1fx %6.1f MB\n",
		    name, c, w, r / c, c / base, kb / 1024
	}'
}
echo "bench-norm: $rows rows, $(wc -c <"$csv") bytes, $(nproc) cpus, load $(cut -d' ' -f1 /proc/loadavg)"
echo "                             cpu         wall           rows/s  ratio   peak"
bench_measure "$dir/csvcount" "$csv"
base=$cpu
report "libcsv parse (baseline)"
bench_measure "$dir/csvcat" "$csv"
report "libcsv parse + write"
bench_measure "$bin/tabel-norm" -c 1 "$csv"
report "tabel-norm -c 1 (csvio)"
bench_measure "$bin/tabel-norm" --unit 'miljoen euro' "$csv"
report "tabel-norm --unit"
if command -v mlr >/dev/null; then
	bench_measure mlr --csv put -S 'for (k, v in $*) { $[k] = gsub(gsub(v, "\.", ""), ",", ".") }' "$csv"
	report "mlr (cruder rewrite)"
fi
