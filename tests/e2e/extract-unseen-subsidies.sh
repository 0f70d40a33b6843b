# tabel-find and tabel-extract on an unseen document: amounts with €, empty
# cells at start, middle and end, a wrapped label, a page break with page
# number, footnote and repeated header, prose right after the total, a bullet
# list with numbers
# Every table as wide CSV; the expected files are read by hand.
sh tests/unseen.sh fixtures/extract/unseen/subsidies.txt
