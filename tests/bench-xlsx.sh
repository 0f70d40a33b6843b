#!/bin/sh
# tests/bench-xlsx.sh BIN_DIR: rows/s and peak memory of tabel-xlsx on a
# 1,000,000-row table, next to xlsx_min (tests/bench/xlsx_min.c), the
# least a libxlsxwriter program does to write the same cells. The table
# comes twice with the same values: in Dutch notation ("1.234.567,89", as
# tabel-extract writes it) and canonical ("1234567.89", as tabel-norm
# writes it and xlsx_min reads it). Aim: within 1.3x of xlsx_min writing
# the same cells (values and number formats), peak memory under 64 MB.
# BENCH_RUNS=N keeps the best of N runs (default 3).
set -u
bin=${1:-bin}
rows=${BENCH_ROWS:-1000000}
runs=${BENCH_RUNS:-3}
bench_name=bench-xlsx
. tests/bench-lib.sh
dir=$bench_data
cc -O2 -o "$dir/xlsx_min" tests/bench/xlsx_min.c \
    $(pkg-config --cflags --libs xlsxwriter) || exit 2

# Label, a count, and amounts with 0 to 2 decimals up to hundreds of
# millions; NOTATION "nl" groups thousands with "." and quotes the field
# when it has a decimal comma.
gen() {
	awk -v rows="$rows" -v notation="$1" '
	function amount(n, dec,    s) {
		if (notation != "nl")
			return n (dec != "" ? "." dec : "")
		s = ""
		while (n >= 1000) {
			s = sprintf(".%03d", n % 1000) s
			n = int(n / 1000)
		}
		return dec != "" ? "\"" n s "," dec "\"" : n s
	}
	BEGIN {
		print "Maatregel,Aantal,2019,2020,2021,Totaal"
		for (i = 1; i <= rows; i++) {
			a = (i * 7919) % 1000000; b = (i * 104729) % 100000000
			c = (i * 31) % 1000; d = (i * 613) % 100
			printf "Project %d,%d,%s,%s,%s,%s\n", i, i % 9973,
			    amount(a, ""), amount(b, sprintf("%02d", d)),
			    amount(c, sprintf("%d", d % 10)),
			    amount(a + b, sprintf("%02d", d))
		}
	}' >"$2"
}
for n in nl canonical; do
	f="$dir/xlsx-$rows-$n.csv"
	[ -s "$f" ] || gen "$n" "$f" || exit 2
done

# "WALL CPU PEAK_KB" of the command, the best of RUNS runs.
measure() {
	bench_measure "$@" || exit 2
	echo "$wall $cpu $kb"
}
report() {	# NAME "WALL CPU KB"
	echo "$2" | awk -v name="$1" -v rows="$rows" '{
		printf "%-30s %6.2f s %8.0f rows/s  cpu %6.2f s %8.0f rows/s" \
		    "  %5.1f MB peak\n", name, $1, rows / $1, $2, rows / $2,
		    $3 / 1024 }'
}
csv="$dir/xlsx-$rows-canonical.csv"
min=$(measure "$dir/xlsx_min" "$dir/min.xlsx" "$csv")
minf=$(measure "$dir/xlsx_min" "$dir/minf.xlsx" "$csv" formats)
canon=$(measure "$bin/tabel-xlsx" -o "$dir/canonical.xlsx" "$csv")
dutch=$(measure "$bin/tabel-xlsx" -o "$dir/nl.xlsx" "$dir/xlsx-$rows-nl.csv")
[ -n "$min" ] && [ -n "$minf" ] && [ -n "$canon" ] && [ -n "$dutch" ] ||
	exit 2
echo "tabel-xlsx, $rows rows x 6 columns, best of $runs (wall clock, and"
echo "CPU time = user + sys, which other load on the machine does not skew)"
report "xlsx_min, values only" "$min"
report "xlsx_min, same formats" "$minf"
report "tabel-xlsx, canonical input" "$canon"
report "tabel-xlsx, Dutch input" "$dutch"
echo "$min $minf $canon $dutch" | awk '{
	printf "ratio to xlsx_min, values only:  cpu %.2f (canonical) %.2f" \
	    " (Dutch); wall %.2f %.2f\n", $8 / $2, $11 / $2, $7 / $1, $10 / $1
	printf "ratio to xlsx_min, same formats: cpu %.2f (canonical) %.2f" \
	    " (Dutch); wall %.2f %.2f\n", $8 / $5, $11 / $5, $7 / $4, $10 / $4
	small = ($9 < 65536) && ($12 < 65536)
	# The same cells: tabel-xlsx gives each number a format (grouping,
	# the decimals written), so the writer that does too is the yardstick.
	printf "aim: within 1.30 of xlsx_min with the same formats (cpu," \
	    " canonical): %s; peak memory under 64 MB: %s\n",
	    $8 / $5 <= 1.3 ? "yes" : "NO", small ? "yes" : "NO"
	exit !(($8 / $5 <= 1.3) && small) }'
