# bad-extract: tabel-extract --long on every hostile input of
# docs/limits.md (it takes one input file).
. tests/hostile.sh
MATRIX_ONE_INPUT=1
matrix_text tabel-extract --long
