# pdftotext -raw text: the unit said on a line of its own under the
# caption ("Bedragen in duizend euro.") is the table's; tabel-norm
# scales by it.
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures
src=fixtures/raw/unit-line.txt
set -x
tabel-extract --layout raw --long "$src" >long.csv
tabel-norm long.csv
