#!/bin/sh
# make fuzz: run each libFuzzer target for SECONDS from a corpus seeded
# with the fixtures and tests/fuzz/corpus/NAME, in BUILD/fuzz-work
# (git-ignored). Prints one line per target with its executions; a
# finding leaves its input in BUILD/fuzz-work/artifacts/NAME/: copy it to
# tests/fuzz/corpus/NAME/ (so `make test` replays it) and fix the bug.
# Usage: tests/fuzz/run.sh BUILD SECONDS fuzz_NAME...
set -u
build=$1
secs=$2
shift 2
work=$build/fuzz-work
status=0

# seed NAME DIR: copy the fixtures that suit target NAME into DIR, text cut
# into pieces of about 4 KB at line ends (libFuzzer works on small inputs).
seed() {
	case $1 in
	csvio)
		for f in fixtures/peers/csv-spectrum/csvs/*.csv \
		    fixtures/*/*.csv; do
			[ -f "$f" ] && cp "$f" "$2/$(echo "$f" | tr / _)"
		done ;;
	*)
		for f in fixtures/seeds/*.txt; do
			split -C 4096 -a 3 "$f" "$2/$(basename "$f" .txt)-"
		done ;;
	esac
	gzip -c tests/fuzz/corpus/"$1"/"$(ls tests/fuzz/corpus/"$1" | head -n 1)" \
	    >"$2/seed.gz" 2>/dev/null
	cp tests/fuzz/corpus/"$1"/* "$2/" 2>/dev/null
}

for t in "$@"; do
	name=${t#fuzz_}
	corpus=$work/corpus/$name
	artifacts=$work/artifacts/$name
	log=$work/$name.log
	mkdir -p "$corpus" "$artifacts"
	seed "$name" "$corpus"
	"$build/tests/fuzz/$t" -max_total_time="$secs" -print_final_stats=1 \
	    -timeout=20 -rss_limit_mb=2048 -max_len=16384 \
	    -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	if [ $rc -eq 0 ]; then
		echo "fuzz $name: ${execs:-?} executions in ${secs}s, no finding"
	else
		echo "fuzz $name: FINDING after ${execs:-?} executions" \
		    "(exit $rc), see $log and $artifacts/"
		grep -m 3 'ERROR\|SUMMARY\|\.c:[0-9]*:' "$log"
		status=1
	fi
done
exit $status
