# tabel -j 2 where GNU parallel is not installed: a note on standard
# error, the documents one by one, the same workbook as with parallel.
mkdir "$T/nopar"
for p in sh dirname mktemp rm mkdir cat grep sed wc date tail cp awk mv \
    rmdir; do
	ln -s "$(command -v $p)" "$T/nopar/$p"
done
echo "+ tabel -j 2 (no parallel on PATH)" >&2
PATH=$(dirname "$(command -v tabel)"):$T/nopar tabel -j 2 -d "$T/serial" \
    fixtures/seeds/*.txt >"$T/out"
echo "exit $?"
sed "s|$T|\$T|g" "$T/out"
tabel -j 2 -d "$T/parallel" fixtures/seeds/*.txt >/dev/null
echo "with parallel: exit $?"
diff -r "$T/serial" "$T/parallel" && echo "same CSVs, logs and workbook"
