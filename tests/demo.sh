#!/bin/sh
# make demo: every text source in fixtures/seeds through tabel, the whole
# chain in one command (tools/tabel; see tabel(1)).
# Usage: tests/demo.sh BIN [OUT [JOBS]]  (JOBS > 1: under GNU parallel)
# Writes OUT/NAME/ per document (tables as extracted, normalised tables,
# tidy cells with euro values, amounts in prose, totals findings), then
# OUT/Bedragen.csv, OUT/Controle.csv, OUT/index.csv and OUT/tabel.xlsx.
# Exit 0 when done, findings in the documents included; 2 on failure.
set -u
bin=$(cd "$1" && pwd) || exit 2
out=${2:-out}
jobs=${3:-0}
[ "$jobs" -gt 0 ] || jobs=1
"$bin/tabel" -j "$jobs" -d "$out" fixtures/seeds/*.txt
[ $? -le 1 ] || exit 2
