#!/bin/sh
# bench-amounts: throughput (MB/s) and peak memory of tabel-amounts on a
# corpus of at least 200 MB made by repeating the seeds, and of tabel-check
# on a long CSV of 20 000 tables (the 20 tables of 002, 1000 times), next to
# `wc -l` and `grep -c euro` on the same files. Usage:
# tests/bench-amounts.sh [BIN_DIR]  (needs /usr/bin/time from Debian's
# `time` package, and bc).
set -eu
bin=${1:-bin}
data=bench-data
corpus=$data/amounts-corpus.txt
long=$data/check-long.csv
min=$((200 * 1000 * 1000))

[ -x /usr/bin/time ] || { echo "bench-amounts: install the 'time' package" >&2; exit 2; }
command -v bc >/dev/null || { echo "bench-amounts: install bc" >&2; exit 2; }
mkdir -p "$data"
if [ ! -f "$corpus" ] || [ "$(wc -c <"$corpus")" -lt "$min" ]; then
	cat fixtures/seeds/*.txt >"$data/seeds.txt"
	: >"$corpus"
	while [ "$(wc -c <"$corpus")" -lt "$min" ]; do
		cat "$data/seeds.txt" "$data/seeds.txt" "$data/seeds.txt" \
		    "$data/seeds.txt" "$data/seeds.txt" >>"$corpus"
	done
	rm -f "$data/seeds.txt"
fi
if [ ! -f "$long" ]; then
	# each copy of 002's tables gets its own table ids: t1-8, t1-9, ...
	"$bin/tabel-extract" --long fixtures/seeds/002_*.txt 2>/dev/null |
	    tail -n +2 >"$data/one.csv"
	head -n 1 fixtures/check/long.csv >"$long"
	awk 'BEGIN { FS = OFS = "," }
	    { line[NR] = $0 }
	    END { for (c = 1; c <= 1000; c++) for (i = 1; i <= NR; i++) {
		split(line[i], f, ","); sub(/^[^,]*,[^,]*,/, "", line[i]);
		print "s" c, "t" f[2], line[i]; line[i] = f[1] "," f[2] "," line[i] } }' \
	    "$data/one.csv" >>"$long"
	rm -f "$data/one.csv"
fi
cat "$corpus" "$long" >/dev/null	# warm the page cache

# run NAME FILE CMD...: best of three wall-clock times, peak RSS of the
# last, throughput on FILE's size.
run() {
	name=$1
	bytes=$(wc -c <"$2")
	shift 2
	best=
	for i in 1 2 3; do
		/usr/bin/time -f '%e %M' -o "$data/time.out" "$@" \
		    >/dev/null 2>"$data/err.out" || [ $? -eq 1 ]
		t=$(tail -n 1 "$data/time.out" | cut -d' ' -f1)
		rss=$(tail -n 1 "$data/time.out" | cut -d' ' -f2)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then
			best=$t
		fi
	done
	mbs=$(echo "scale=1; $bytes / 1000000 / ($best + 0.001)" | bc)
	printf '%-34s %8s MB/s %8s s %8s KB peak RSS\n' "$name" "$mbs" \
	    "$best" "$rss"
}

echo "corpus: $corpus, $(wc -c <"$corpus") bytes ($(wc -l <"$corpus") lines)"
run "wc -l" "$corpus" wc -l "$corpus"
run "grep -c euro" "$corpus" grep -c euro "$corpus"
run "tabel-amounts" "$corpus" "$bin/tabel-amounts" "$corpus"
echo "long tables: $long, $(wc -c <"$long") bytes ($(wc -l <"$long") cells)"
run "wc -l" "$long" wc -l "$long"
run "tabel-check (long)" "$long" "$bin/tabel-check" "$long"
