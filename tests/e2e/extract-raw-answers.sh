# A table of answers in pdftotext -raw text ("Upper Yes No 12"): the
# answer words are cells as values are, under header cells one a line,
# some of them wrapped; a short row goes on in a text cell on the lines
# after it ("Sluice Yes" / "Being" / "rebuilt" / "5"; "Mill Yes No" /
# "Not" / "counted").
src=fixtures/raw/answers.txt
set -x
tabel-find "$src"
tabel-extract -t 5 "$src"
