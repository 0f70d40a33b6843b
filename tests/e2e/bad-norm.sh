# bad-norm: tabel-norm on every hostile input of docs/limits.md.
# Known wrong here, to be fixed in tools/tabel-norm.c (the expected file
# shows today's behaviour; ACCEPT=1 after the fix, and review the diff):
# - invalid UTF-8, Windows-1252, NUL, binary: passed through unreported
#   (exit 0); utf8_fix() each field and warn_at() its status.
# - -o with a missing input (exit 2): an empty -o file is left behind.
. tests/hostile.sh
matrix_csv tabel-norm
