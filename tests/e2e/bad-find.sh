# bad-find: tabel-find on every hostile input of docs/limits.md.
# Known wrong here (the expected file shows today's behaviour; after a fix
# in tools/tabel-find.c, ACCEPT=1 and review the diff):
# - invalid UTF-8, Windows-1252, NUL: passed through unreported (exit 0).
# - -o with a missing input (exit 2): the -o file is left behind.
. tests/hostile.sh
matrix_text tabel-find
