# The demo chain serially and under GNU parallel -j2: identical results,
# byte for byte (CSVs, logs and the workbook).
bin=$(dirname "$(command -v tabel-extract)")
sh tests/demo.sh "$bin" "$T/serial" 0 >"$T/summary"
echo "serial: exit $?"
sed "s|$T|\$T|g" "$T/summary"
sh tests/demo.sh "$bin" "$T/parallel" 2 >/dev/null
echo "parallel: exit $?"
diff -r "$T/serial" "$T/parallel" && echo "serial and parallel runs identical"
cd "$T/parallel" && ls . 002_10242594fcc9f4a0 002_10242594fcc9f4a0/norm
