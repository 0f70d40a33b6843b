# bad-norm: tabel-norm on every hostile input of docs/limits.md.
. tests/hostile.sh
matrix_csv tabel-norm
