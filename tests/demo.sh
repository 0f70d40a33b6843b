#!/bin/sh
# make demo: run the tabel chain on every text source in fixtures/seeds.
set -eu
bin=$1
mkdir -p out
n=0
for f in fixtures/seeds/*.txt; do
	n=$((n + 1))
done
echo "tabel demo: $n documents in fixtures/seeds"
for tool in tabel-find tabel-extract tabel-norm tabel-check tabel-amounts tabel-xlsx; do
	[ -x "$bin/$tool" ] || echo "tabel demo: $tool not built yet"
done
