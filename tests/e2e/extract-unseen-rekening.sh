# tabel-find and tabel-extract on an unseen document: two uncaptioned tables
# back to back (years; words and years), negative amounts, group rows, a
# hyphenated label
# Every table as wide CSV; the expected files are read by hand.
sh tests/unseen.sh fixtures/extract/unseen/rekening.txt
