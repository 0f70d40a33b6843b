# bad-agree: all six programs on the same unreadable or broken inputs
# (common/sys/err.h: an input problem is exit 1, and what came before the
# break is written, -o FILE too). Each program reads the same CSV table
# (the text programs see it as text), writes with -o, and a case prints
# one line when all six say the same ("PROG" for the program's name) and
# one line per program when they do not.
. tests/hostile.sh
hostile_csv
progs="tabel-find tabel-extract tabel-amounts tabel-norm tabel-check
tabel-xlsx"
agree() {
	label=$1
	file=$2
	: >"$T/agree.all"
	for p in $progs; do
		args=
		[ "$p" = tabel-extract ] && args=--long
		rm -f "$T/out/x"
		timeout 60 "$p" -o "$T/out/x" $args "$file" >/dev/null \
		    2>"$T/agree.err"
		status=$?
		kept=no
		[ -e "$T/out/x" ] && kept=yes
		msg=$(sed "s|$T|\$T|g; s|^$p: |PROG: |" "$T/agree.err")
		echo "exit $status, -o kept: $kept; $msg" >"$T/agree.$p"
		cmp -s "$T/agree.$p" "$T/agree.tabel-find" ||
		    echo differ >"$T/agree.all"
	done
	echo "== $label"
	if [ ! -s "$T/agree.all" ]; then
		echo "all six: $(cat "$T/agree.tabel-find")"
		return
	fi
	for p in $progs; do
		echo "$p: $(cat "$T/agree.$p")"
	done
}
agree "truncated gzip" "$T/cut.gz"
agree "corrupt gzip" "$T/corrupt.gz"
agree "junk after gzip" "$T/junk.gz"
agree "a directory" "$T/dir"
agree "a missing file" "$T/missing.csv"
