#!/bin/sh
# bench-norm: tabel-norm on a 1,000,000-row CSV of Dutch numbers, next to
# libcsv alone on the same file: parsing only (tests/bench/csvcount.c),
# and parsing and writing every field back (tests/bench/csvcat.c).
# Prints rows/s, the ratios and tabel-norm's peak memory. CPU time (user
# + system) is the measure: on a shared machine wall time wanders.
# Usage: sh tests/bench-norm.sh [BIN_DIR]   (from the top directory;
# ROWS=N for another size). The corpus is kept in bench-data/.
set -eu
bin=${1:-bin}
rows=${ROWS:-1000000}
dir=bench-data
mkdir -p "$dir"
csv=$dir/norm-$rows.csv
if ! [ -x /usr/bin/time ]; then
	if [ "$(id -u)" = 0 ]; then
		apt-get install -y -qq time >/dev/null 2>&1
	else
		echo "bench-norm: /usr/bin/time missing: apt-get install time" >&2
		exit 2
	fi
fi
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

# Run "$@" under /usr/bin/time REPEAT times (default 3); keep the run
# with the least cpu (user + system s), its wall time and peak kb.
measure() {
	cpu=
	i=0
	while [ $i -lt "${REPEAT:-3}" ]; do
		i=$((i + 1))
		/usr/bin/time -f '%U %S %e %M' -o "$dir/time.out" "$@" \
		    >/dev/null
		read -r user sys w k <"$dir/time.out"
		c=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
		if [ -z "$cpu" ] || awk -v a="$c" -v b="$cpu" \
		    'BEGIN { exit !(a < b) }'; then
			cpu=$c wall=$w kb=$k
		fi
	done
}
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
measure "$dir/csvcount" "$csv"
base=$cpu
report "libcsv parse (baseline)"
measure "$dir/csvcat" "$csv"
report "libcsv parse + write"
measure "$bin/tabel-norm" -c 1 "$csv"
report "tabel-norm -c 1 (csvio)"
measure "$bin/tabel-norm" --unit 'miljoen euro' "$csv"
report "tabel-norm --unit"
if command -v mlr >/dev/null; then
	measure mlr --csv put -S 'for (k, v in $*) { $[k] = gsub(gsub(v, "\.", ""), ",", ".") }' "$csv"
	report "mlr (cruder rewrite)"
fi
