#!/bin/sh
# tests/unseen.sh FILE: what tests/e2e/extract-unseen-*.sh pin for an
# unseen document: tabel-find's index, then every table as wide CSV
# (tabel-extract -o DIR), each after a "== NAME" line. Run with bin/ first
# on PATH and $T a scratch directory, as tests/run.sh does.
tabel-find -q "$1"
tabel-extract -o "$T/o" "$1" 2>/dev/null
for f in "$T"/o/*.csv; do
	echo "== ${f##*/}"
	cat "$f"
done
