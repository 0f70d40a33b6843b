# tabel on the seeds writes the workbook of make demo, byte for byte, with
# or without -d and -j; without -d it leaves no temporary file behind.
bin=$(dirname "$(command -v tabel-extract)")
sh tests/demo.sh "$bin" "$T/demo" 0 >"$T/out"
echo "demo: exit $?"
sed "s|$T|\$T|g" "$T/out"
mkdir "$T/tmp"
TMPDIR=$T/tmp tabel fixtures/seeds/*.txt -o "$T/book.xlsx" >"$T/out"
echo "tabel: exit $?"
sed "s|$T|\$T|g" "$T/out"
cmp "$T/demo/tabel.xlsx" "$T/book.xlsx" && echo "same workbook as make demo"
echo "left in TMPDIR: $(ls "$T/tmp" | wc -l)"
tabel -j 2 -d "$T/j2" fixtures/seeds/*.txt >/dev/null
echo "tabel -j 2: exit $?"
cmp "$T/demo/tabel.xlsx" "$T/j2/tabel.xlsx" && echo "same workbook with -j 2"
diff -r "$T/demo" "$T/j2" && echo "same CSVs and logs with -j 2"
