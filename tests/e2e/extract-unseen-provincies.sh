# tabel-find and tabel-extract on an unseen document: a captioned table with
# a hyphenated label, prose after the total, then an uncaptioned table headed
# by words and years
# Every table as wide CSV; the expected files are read by hand.
sh tests/unseen.sh fixtures/extract/unseen/provincies.txt
