# Amounts in pdftotext -raw text with a currency sign as a word of its
# own ("1.482.300 €", "€ 2.250.000"): the sign is part of the cell, not
# the end of the label, so every row keeps its columns.
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures
src=fixtures/raw/currency.txt
set -x
tabel-find "$src"
tabel-extract -t 4 "$src"
tabel-extract --long -t 4 "$src" >long.csv
tabel-norm long.csv
