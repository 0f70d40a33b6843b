#!/bin/sh
# bench-amounts: throughput (MB/s) and peak memory of tabel-amounts on a
# corpus of at least 200 MB made by repeating the seeds, and of tabel-check
# on a long CSV of 20 000 tables (the 20 tables of 002, 1000 times), next to
# `wc -l` and `grep -c euro` on the same files. Usage:
# tests/bench-amounts.sh [BIN_DIR]  (needs /usr/bin/time from Debian's
# `time` package). BENCH_RUNS=N: the best of N runs (default 3).
set -eu
bin=${1:-bin}
bench_name=bench-amounts
. tests/bench-lib.sh
corpus=$bench_data/seeds-corpus.txt
long=$bench_data/check-long.csv

bench_corpus "$corpus"
if [ ! -f "$long" ]; then
	# each copy of 002's tables gets its own table ids: t1-8, t1-9, ...
	"$bin/tabel-extract" --long fixtures/seeds/002_*.txt 2>/dev/null |
	    tail -n +2 >"$bench_data/one.csv"
	head -n 1 fixtures/check/long.csv >"$long"
	awk 'BEGIN { FS = OFS = "," }
	    { line[NR] = $0 }
	    END { for (c = 1; c <= 1000; c++) for (i = 1; i <= NR; i++) {
		split(line[i], f, ","); sub(/^[^,]*,[^,]*,/, "", line[i]);
		print "s" c, "t" f[2], line[i]; line[i] = f[1] "," f[2] "," line[i] } }' \
	    "$bench_data/one.csv" >>"$long"
	rm -f "$bench_data/one.csv"
fi
cat "$corpus" "$long" >/dev/null	# warm the page cache

# run NAME FILE CMD...: best wall-clock time, throughput on FILE's size,
# peak RSS.
run() {
	name=$1
	bytes=$(wc -c <"$2")
	shift 2
	bench_measure "$@"
	printf '%-34s %8s MB/s %8s s %8s KB peak RSS\n' "$name" \
	    "$(bench_mbs "$bytes" "$wall")" "$wall" "$kb"
}

echo "corpus: $corpus, $(wc -c <"$corpus") bytes ($(wc -l <"$corpus") lines)"
run "wc -l" "$corpus" wc -l "$corpus"
# GNU grep stops at the first match when its output is /dev/null
run "grep -c euro" "$corpus" sh -c 'grep -c euro "$1" >"$2"' sh \
    "$corpus" "$bench_data/grep.out"
run "tabel-amounts" "$corpus" "$bin/tabel-amounts" "$corpus"
echo "long tables: $long, $(wc -c <"$long") bytes ($(wc -l <"$long") cells)"
run "wc -l" "$long" wc -l "$long"
run "tabel-check (long)" "$long" "$bin/tabel-check" "$long"
