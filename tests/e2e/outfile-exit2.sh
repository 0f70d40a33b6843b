# An input that cannot be read is an input problem (common/sys/err.h):
# exit 1, and the -o file is kept with what the other inputs gave, for
# every program that writes a file. (Exit 2 leaves none: outfile-*.sh.)
printf 'Maatregel,2019\nA,"1,5"\n' >"$T/ok.csv"
printf 'Tabel 1 X \n\nMaatregel 2019 2020 \nA 1,5 2,5 \n' >"$T/ok.txt"
for prog in tabel-find tabel-amounts; do
	$prog -o "$T/out.csv" "$T/ok.txt" "$T/missing.txt" 2>/dev/null
	echo "$prog: exit $?; $(ls "$T" | grep -c out.csv) output files"
done
for prog in tabel-norm tabel-check; do
	$prog -o "$T/out.csv" "$T/ok.csv" "$T/missing.csv" 2>/dev/null
	echo "$prog: exit $?; $(ls "$T" | grep -c out.csv) output files"
done
tabel-xlsx -o "$T/out.xlsx" "$T/ok.csv" "$T/missing.csv" 2>/dev/null
echo "tabel-xlsx: exit $?; $(ls "$T" | grep -c out.xlsx) output files"
ls -A "$T"
