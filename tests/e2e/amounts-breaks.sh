# "€ " at a line's end, an amount across a page break, hyphenated words;
# the same from gzip-compressed standard input.
top=$(pwd) && cd "$T" && ln -s "$top/fixtures" fixtures || exit 2
set -x
tabel-amounts fixtures/amounts/breaks.txt
gzip -c fixtures/amounts/breaks.txt >breaks.txt.gz
tabel-amounts -o out.csv - <breaks.txt.gz
cat "out.csv"
