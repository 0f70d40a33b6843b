# bad-extract: tabel-extract --long on every hostile input of
# docs/limits.md (it takes one input file).
# Known wrong here (the expected file shows today's behaviour; after a fix
# in tools/tabel-extract.c, ACCEPT=1 and review the diff):
# - invalid UTF-8, Windows-1252: passed through unreported (exit 0).
# - NUL: the row label "Rij\0een" comes out as "Rij", unreported.
. tests/hostile.sh
MATRIX_ONE_INPUT=1
matrix_text tabel-extract --long
