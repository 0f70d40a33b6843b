# bad-find: tabel-find on every hostile input of docs/limits.md.
. tests/hostile.sh
matrix_text tabel-find
