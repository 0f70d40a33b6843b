# A table of answers in pdftotext -raw text ("Upper Yes No 12"): the
# answer words are cells as values are, under header cells one a line,
# some of them wrapped.
src=fixtures/raw/answers.txt
set -x
tabel-find "$src"
tabel-extract -t 5 "$src"
