# A caption whose title goes on in the next line, years and all; group
# labels in pdftotext -raw text: a line of text before a row, both
# starting a phrase, is a row of its own without values ("Sailing boats"
# over "Dinghies 120 132"); a label that runs on ("Houseboats on the
# old" / "canal 12 14") stays one label.
src=fixtures/raw/groups.txt
set -x
tabel-find "$src"
tabel-extract -t 4 "$src"
