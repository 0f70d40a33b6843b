# bad-check: tabel-check on every hostile input of docs/limits.md.
# Known wrong here (the expected file shows today's behaviour; after a fix
# in tools/tabel-check.c, ACCEPT=1 and review the diff):
# - invalid UTF-8, Windows-1252, NUL: unreported (exit 0).
. tests/hostile.sh
matrix_csv tabel-check
