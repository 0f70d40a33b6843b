#!/bin/sh
# One document through the chain, into OUT/NAME/: the stateless unit of work
# that `make demo` runs serially or under GNU parallel.
# Usage: tests/demo-doc.sh DOC.txt OUT
# Exit 0 when done (data findings included), 2 when a program failed.
set -u
doc=$1
name=$(basename "$doc" .txt)
name=${name%.gz}
d=$2/$name
rm -rf "$d"
mkdir -p "$d/norm"

# Exit status 1 means "done, with findings"; only 2 (or a crash) fails.
ok() { [ "$1" -le 1 ]; }

tabel-extract -o "$d" "$doc" 2>"$d/extract.log"; ok $? || exit 2
tabel-extract --long "$doc" 2>/dev/null | tabel-norm -o "$d/cells.csv"
ok $? || exit 2
tabel-amounts "$doc" >"$d/amounts.csv" 2>"$d/amounts.log"; ok $? || exit 2
: >"$d/controle.csv"
for t in "$d"/tabel-*.csv "$d"/L*.csv; do
	[ -f "$t" ] || continue
	base=$(basename "$t")
	tabel-norm --keep-scale -o "$d/norm/$base" "$t" 2>>"$d/norm.log"
	ok $? || exit 2
	# The document name goes in front: findings of many documents merge.
	tabel-check "$t" 2>>"$d/check.log" | tail -n +2 |
	    sed "s|^|$name,|" >>"$d/controle.csv"
done
cp "$d/index.csv" "$d/norm/index.csv"
exit 0
