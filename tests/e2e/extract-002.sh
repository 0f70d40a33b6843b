# tabel-extract -t N on seed 002 against the hand-checked tables of
# fixtures/extract/002: every numeric table, and the text table 26.
# Text tables 14 and 15 are judgement calls this extractor does not
# match yet (extract-text.sh checks that no word of them is lost).
src=fixtures/seeds/002_10242594fcc9f4a0.txt
for n in 8 9 10 11 12 13 16 17 18 19 20 21 22 23 24 25 26 27; do
	nn=$(printf '%02d' "$n")
	tabel-extract -t "$n" "$src" >"$T/$nn.csv" 2>/dev/null
	if cmp -s "$T/$nn.csv" "fixtures/extract/002/tabel-$nn.csv"; then
		echo "tabel $n: as expected"
	else
		echo "tabel $n: DIFFERS"
		diff "fixtures/extract/002/tabel-$nn.csv" "$T/$nn.csv"
	fi
done
