#!/bin/sh
# bench-extract: throughput (MB/s) and peak memory of tabel-find and
# tabel-extract on a corpus of at least 200 MB made by repeating the seeds,
# next to `wc -l` and mawk splitting every line into fields on the same
# file. Usage: tests/bench-extract.sh [BIN_DIR]  (needs /usr/bin/time from
# Debian's `time` package, and mawk).
set -eu
bin=${1:-bin}
data=bench-data
corpus=$data/extract-corpus.txt
min=$((200 * 1000 * 1000))

[ -x /usr/bin/time ] || { echo "bench-extract: install the 'time' package" >&2; exit 2; }
command -v mawk >/dev/null || { echo "bench-extract: install mawk" >&2; exit 2; }
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
bytes=$(wc -c <"$corpus")
cat "$corpus" >/dev/null	# warm the page cache

# run NAME CMD...: best of three runs, by wall-clock time and by CPU time
# (user + system: steadier when other jobs share the machine), and the
# peak resident memory.
run() {
	name=$1
	shift
	best=
	cpu=
	for i in 1 2 3; do
		/usr/bin/time -f '%e %U %S %M' -o "$data/time.out" "$@" \
		    >/dev/null 2>"$data/err.out" || [ $? -eq 1 ]
		line=$(tail -n 1 "$data/time.out")
		t=$(echo "$line" | cut -d' ' -f1)
		c=$(echo "$line" | awk '{ print $2 + $3 }')
		rss=$(echo "$line" | cut -d' ' -f4)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then
			best=$t
		fi
		if [ -z "$cpu" ] || [ "$(echo "$c < $cpu" | bc)" = 1 ]; then
			cpu=$c
		fi
	done
	mbs=$(echo "scale=1; $bytes / 1000000 / ($best + 0.001)" | bc)
	cmbs=$(echo "scale=1; $bytes / 1000000 / ($cpu + 0.001)" | bc)
	printf '%-26s %7s MB/s wall %7s MB/s cpu %7s KB peak RSS\n' \
	    "$name" "$mbs" "$cmbs" "$rss"
}

echo "corpus: $corpus, $bytes bytes ($(wc -l <"$corpus") lines)"
run "wc -l" wc -l "$corpus"
run "mawk '{n+=NF}'" mawk '{ n += NF } END { print n }' "$corpus"
run "tabel-find" "$bin/tabel-find" -q "$corpus"
run "tabel-extract --long" "$bin/tabel-extract" --long "$corpus"
run "tabel-extract -t (none)" "$bin/tabel-extract" -t 999 "$corpus"
