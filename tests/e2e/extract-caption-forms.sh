# Captions numbered 'A.2' (below its table, in French), 'III' (a roman
# numeral) and '6.10' (German) name their tables; the ids read back
# from the file names tabel-extract -o writes (tabel-A.2.csv is table
# A.2 for tabel-check too).
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures
tabel-find fixtures/extract/caption-forms.txt
tabel-extract -o out fixtures/extract/caption-forms.txt
echo "exit $?"
ls out
tabel-extract -t A.2 fixtures/extract/caption-forms.txt
tabel-check out/tabel-III.csv out/tabel-6.10.csv
echo "exit $?"
# A German total ('Summe') is checked: set one off by 100.
sed 's/^Summe,2.180/Summe,2.280/' out/tabel-6.10.csv >off.csv
tabel-check off.csv
echo "exit $?"
