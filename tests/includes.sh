#!/bin/sh
# Check the include graph of common/ and tools/ (docs/ARCHITECTURE.md):
# includes point one way only, sys <- text <- num <- table <- cells <-
# flow, columns, delim; columns <- raw; flow, columns, raw, delim <-
# scan <- tools;
# prose and xlsx on table, beside cells; and no module's includes lead
# back to it. A file named
# MOD_PART (num_lex, date_lex) is a part of module MOD and counts as it;
# it may use MOD's header. Prints each
# offence and exits 1; prints nothing and exits 0 when the graph is clean.
# Usage: tests/includes.sh [TOP_DIR]
cd "${1:-.}" || exit 2
# The folders each folder may include besides its own (docs/ARCHITECTURE.md).
may() {
	case $1 in
	sys) echo "" ;;
	text) echo "sys" ;;
	num) echo "sys text" ;;
	table) echo "sys text num" ;;
	cells|prose|xlsx) echo "sys text num table" ;;
	flow|columns|delim) echo "sys text num table cells" ;;
	raw) echo "sys text num table cells columns" ;;
	scan) echo "sys text num table cells flow columns raw delim" ;;
	tools) echo "sys text num table cells flow columns raw delim scan prose xlsx" ;;
	*) echo "?" ;;
	esac
}
module() {	# common/num/num_lex -> common/num/num when num.h exists
	base=${1##*/}
	case $base in
	*_*) [ -f "${1%/*}/${base%%_*}.h" ] && { echo "${1%/*}/${base%%_*}"; return; } ;;
	esac
	echo "$1"
}
status=0
edges=$(mktemp) || exit 2
trap 'rm -f "$edges"' EXIT
for f in common/*/*.[ch] tools/*.c; do
	dir=${f%/*}; dir=${dir#common/}
	from=$(module "${f%.[ch]}")
	sed -n 's/^#[ \t]*include[ \t]*"\(common\/[^"]*\)\.h".*/\1/p' "$f" |
	while read -r to; do
		tdir=${to#common/}; tdir=${tdir%%/*}
		allowed=" $(may "$dir") "
		if [ "$allowed" = " ? " ] || [ "$(may "$tdir")" = "?" ]; then
			echo "$f: includes $to.h outside the known folders"
			echo bad >>"$edges.bad"
		elif [ "$tdir" != "$dir" ] && [ "${allowed#* "$tdir" }" = "$allowed" ]; then
			echo "$f: includes $to.h against the folder direction"
			echo bad >>"$edges.bad"
		fi
		to=$(module "$to")
		[ "$to" != "$from" ] && echo "$from $to" >>"$edges"
	done
done
if [ -s "$edges.bad" ]; then
	status=1
fi
rm -f "$edges.bad"
if ! tsort "$edges" >/dev/null 2>"$edges.loop"; then
	echo "include cycle:"
	sed -n 's/^tsort: //p' "$edges.loop" | grep -v 'input contains a loop'
	status=1
fi
rm -f "$edges.loop"
exit $status
