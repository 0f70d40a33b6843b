# tabel-find and tabel-extract on an unseen annex whose tables follow each
# other without a blank line: a caption right after a total row (one that
# wraps, one of a text table), a header of other years with the same
# label column right after a total (the next table, uncaptioned), a
# header of years without a label right after a row, twice; a header
# of years without a label right after the rows of a text table.
# Every table as wide CSV; the expected files are read by hand.
sh tests/unseen.sh fixtures/extract/unseen/aaneen.txt
