# tabel-find and tabel-extract on an unseen document: a caption wrapped onto
# "(in VTE)", "/" for no value, an empty first cell after a wrapped label, a
# page break with page number and repeated header, a second captioned table
# right after the total, prose right after the last row, a prose reference to
# a table
# Every table as wide CSV; the expected files are read by hand.
sh tests/unseen.sh fixtures/extract/unseen/personeel.txt
