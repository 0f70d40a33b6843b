#!/bin/sh
# make bench: run every tests/bench-*.sh; each prints its own figures.
# Corpora are generated under bench-data/ (git-ignored), never committed.
set -u
bin=${1:-bin}
mkdir -p bench-data
status=0
for b in tests/bench-*.sh; do
	[ -f "$b" ] && [ "$b" != tests/bench-lib.sh ] || continue	# sourced
	echo "== $b"
	sh "$b" "$bin" || status=1
done
exit $status
