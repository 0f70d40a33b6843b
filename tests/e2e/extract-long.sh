# --long: one row per non-empty cell; lines of a region that fit no cell
# are kept as row 0, col 0 (here a footnote and a page number).
tabel-extract --long -t 16 fixtures/seeds/002_10242594fcc9f4a0.txt
echo "exit $?"
tabel-extract --long fixtures/extract/pagebreak.txt
echo "exit $?"
# units per column: counts have none; the header that contradicts the
# caption speaks for the columns that name no unit
tabel-extract --long -t 13 fixtures/seeds/002_10242594fcc9f4a0.txt |
    cut -d, -f4-8 | sed -n '1,6p'
