# Text tables of 002: the column split is a judgement, but every word of
# the region must land in some cell, in order (header and rows).
src=fixtures/seeds/002_10242594fcc9f4a0.txt
words() { tr ',"' '  ' | tr -s ' \n' '\n\n' | sed '/^$/d'; }
tabel-find -q "$src" | awk -F, '$(NF - 1) == "text" { print $2, $(NF - 5), $(NF - 4) }' |
while read -r n first last; do
	tabel-extract -t "$n" "$src" 2>/dev/null | words >"$T/got"
	sed -n "$((first + 1)),${last}p" "$src" | words >"$T/want"
	if cmp -s "$T/got" "$T/want"; then
		echo "tabel $n: all $(wc -l <"$T/want") words in order"
	else
		echo "tabel $n: words lost or moved"
		diff "$T/want" "$T/got" | head -5
	fi
done
