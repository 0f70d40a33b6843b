# The four gold tables of fixtures/gold, with their judgement calls.
src=fixtures/seeds/002_10242594fcc9f4a0.txt
for n in 09 10 16 21; do
	echo "+ tabel-extract -t ${n#0}" >&2
	tabel-extract -t "${n#0}" "$src" >"$T/$n.csv"
	echo "exit $?"
	cmp "$T/$n.csv" "fixtures/gold/tabel-$n.csv" && echo "tabel $n: same as gold"
done
