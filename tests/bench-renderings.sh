#!/bin/sh
# bench-renderings: the tables of seed 002 as a word processor prints them
# (LibreOffice Writer to PDF), read back through pdftotext -layout and
# -raw: the share of rows tabel-extract gets exactly (tests/bench/
# renderings.py says how). Needs soffice and pdftotext (make deps).
set -eu
bin=${1:-bin}
bench_name=bench-renderings
. tests/bench-lib.sh
bench_need soffice libreoffice-writer-nogui pdftotext poppler-utils
work=$bench_data/renderings
rm -rf "$work"
python3 tests/bench/renderings.py "$bin" "$work"
