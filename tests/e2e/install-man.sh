# The manual pages: each is clean under mandoc -T lint, renders with
# man -l without a warning, and names every option its program's --help
# names (--help and the page must agree).
bin=$(dirname "$(command -v tabel-extract)")
for page in docs/man/*.[17]; do
	mandoc -T lint "$page"
	echo "lint $page: exit $?"
	MANWIDTH=80 man -l "$page" 2>"$T/err" >"$T/out"
	echo "man -l $page: exit $?, $(sed -n 1p "$T/out" | tr -s ' ')"
	cat "$T/err"
done
# Every program built has its page: a new one without a page fails here.
for p in $(cd "$bin" && LC_ALL=C ls tabel*); do
	sed 's/\\-/-/g' "docs/man/$p.1" >"$T/page"
	n=0
	for opt in $("$bin/$p" --help |
	    grep -oE '(^|[] [,(])--?[a-zA-Z][-a-zA-Z]*' | sed 's/^[] [,(]//' |
	    sort -u); do
		n=$((n + 1))
		grep -qE -- "(^|[^-a-zA-Z])$opt([^-a-zA-Z]|\$)" "$T/page" ||
		    echo "$p: option $opt of --help is not in docs/man/$p.1"
	done
	echo "$p: $n options checked"
done
