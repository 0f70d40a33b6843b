#!/bin/sh
# bench-extract: throughput (MB/s) and peak memory of tabel-find and
# tabel-extract on a corpus of at least 200 MB made by repeating the seeds,
# next to `wc -l` and mawk splitting every line into fields on the same
# file. Usage: tests/bench-extract.sh [BIN_DIR]  (needs /usr/bin/time from
# Debian's `time` package, and mawk). BENCH_RUNS=N: the best of N runs
# (default 3).
set -eu
bin=${1:-bin}
bench_name=bench-extract
. tests/bench-lib.sh
bench_need mawk mawk
corpus=$bench_data/seeds-corpus.txt

bench_corpus "$corpus"
bytes=$(wc -c <"$corpus")
cat "$corpus" >/dev/null	# warm the page cache

# run NAME CMD...: throughput by wall-clock time and by CPU time (user +
# system: steadier when other jobs share the machine), peak RSS.
run() {
	name=$1
	shift
	bench_measure "$@"
	printf '%-26s %7s MB/s wall %7s MB/s cpu %7s KB peak RSS\n' \
	    "$name" "$(bench_mbs "$bytes" "$wall")" \
	    "$(bench_mbs "$bytes" "$cpu")" "$kb"
}

echo "corpus: $corpus, $bytes bytes ($(wc -l <"$corpus") lines)"
run "wc -l" wc -l "$corpus"
run "mawk '{n+=NF}'" mawk '{ n += NF } END { print n }' "$corpus"
run "tabel-find" "$bin/tabel-find" -q "$corpus"
run "tabel-extract --long" "$bin/tabel-extract" --long "$corpus"
run "tabel-extract -t (none)" "$bin/tabel-extract" -t 999 "$corpus"
