# tabel-find and tabel-extract on an unseen document: an uncaptioned table
# across a page break (its header repeated: the same table), another header
# of years after the total (the next table), a captioned table with
# hyphenated labels and an empty count, a wrapped label whose first line ends
# in "enz."
# Every table as wide CSV; the expected files are read by hand.
sh tests/unseen.sh fixtures/extract/unseen/bijlage.txt
