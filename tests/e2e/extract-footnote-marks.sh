# Footnote marks glued to numbers ('18.829²', '12.500*') and to a header
# year ('2020¹') are kept as written in the extracted cells, and do not
# stop the number or the year being read: tabel-norm reads 18829 and
# year 2020, and reports each mark. The caption on the page's first line
# is the table's caption, not a running head.
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures
tabel-find fixtures/extract/footnote-marks.txt
tabel-extract -t 4 fixtures/extract/footnote-marks.txt >wide.csv
cat wide.csv
tabel-norm wide.csv
echo "exit $?"
tabel-extract --long fixtures/extract/footnote-marks.txt >long.csv
tabel-norm long.csv | sed -n '1,4p'
tabel-check wide.csv
echo "exit $?"
