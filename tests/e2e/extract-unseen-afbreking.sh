# tabel-find and tabel-extract on an unseen answer with words broken at a
# line-final hyphen: in a caption, a header cell, row labels and text
# cells. A syllable break loses its hyphen ("onder-" "nemingen", the
# document writes "ondernemingen"; "Kinderop-" "vang...", no evidence);
# a real hyphen stays: before a capital ("Vlaams-" "Brabant"), written so
# in the document ("sociaal-economische"), vowels that would merge
# ("energie-" "efficiëntie"), and a left-out part ("werkgevers-" "en").
# Every table as wide CSV; the expected files are read by hand.
sh tests/unseen.sh fixtures/extract/unseen/afbreking.txt
