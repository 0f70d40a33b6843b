# tests/bench-lib.sh: what every tests/bench-*.sh shares. Source it from
# the top directory after setting bench_name (it labels messages):
# `bench_name=bench-x; . tests/bench-lib.sh`. Corpora and scratch files
# live in bench-data/ (git-ignored).
bench_name=${bench_name:-bench}
bench_data=bench-data
mkdir -p "$bench_data" || exit 2

# bench_need COMMAND PACKAGE ...: exit 2 naming the Debian package of the
# first COMMAND that is missing.
bench_need() {
	while [ $# -ge 2 ]; do
		command -v "$1" >/dev/null || {
			echo "$bench_name: $1 missing: apt-get install $2" >&2
			exit 2
		}
		shift 2
	done
}
bench_need /usr/bin/time time

# bench_corpus FILE: FILE holds the seeds repeated to at least 200 MB; made
# once and kept between runs.
bench_corpus() {
	if [ -f "$1" ] && [ "$(wc -c <"$1")" -ge 200000000 ]; then
		return 0
	fi
	cat fixtures/seeds/*.txt >"$bench_data/seeds.txt" || exit 2
	: >"$1"
	while [ "$(wc -c <"$1")" -lt 200000000 ]; do
		for i in 1 2 3 4 5; do
			cat "$bench_data/seeds.txt"
		done >>"$1" || exit 2
	done
	rm -f "$bench_data/seeds.txt"
}

# bench_measure CMD ...: run CMD $BENCH_RUNS times (default 3) under
# /usr/bin/time, output discarded. Exit status 1 (data problems reported)
# still counts as a run; any other failure says so and returns 1. Sets
# wall (least wall-clock s), cpu (least user + system s: steadier when
# other jobs share the machine) and kb (largest peak resident set, KB).
bench_measure() {
	wall=x cpu=x kb=0
	bench_i=0
	while [ $bench_i -lt "${BENCH_RUNS:-3}" ]; do
		bench_i=$((bench_i + 1))
		if /usr/bin/time -f '%e %U %S %M' -o "$bench_data/time.out" \
		    "$@" >/dev/null 2>"$bench_data/err.out"; then
			:
		elif [ $? -ne 1 ]; then
			echo "$bench_name: $1 failed:" >&2
			tail -n 3 "$bench_data/err.out" >&2
			return 1
		fi
		eval "$(tail -n 1 "$bench_data/time.out" | awk -v w="$wall" \
		    -v c="$cpu" -v k="$kb" '{
			if (w == "x" || $1 < w + 0) w = $1
			if (c == "x" || $2 + $3 < c + 0) c = $2 + $3
			if ($4 > k + 0) k = $4
			printf "wall=%.2f cpu=%.2f kb=%d\n", w, c, k }')"
	done
}

# bench_mbs BYTES SECONDS: megabytes (10^6 bytes) per second, one decimal;
# a time under the clock's resolution counts as 1 ms.
bench_mbs() {
	awk -v b="$1" -v s="$2" \
	    'BEGIN { printf "%.1f", b / 1000000 / (s + 0.001) }'
}
