# Every message is one line that starts with the program's name. A cell
# or a file name quoted in it has its control characters escaped (\n,
# \t, \x1b), so a newline does not split it and a terminal escape does
# not reach the terminal; what libxlsxwriter prints itself is caught and
# said in our words; a temporary directory that cannot be written is
# named as such; a reader that went away with SIGPIPE ignored gets no
# message (exit 2).
top=$PWD
cd "$T" && ln -s "$top/fixtures/xlsx/tabel-09.csv" t9.csv || exit 2
printf 'Label,Bedrag\nA,"12\n34"\nB,"\033[31mrood\tx"\n' >cells.csv
tabel-norm --strict -c 2 cells.csv >/dev/null 2>err.txt
echo "tabel-norm --strict: exit $?, $(wc -l <err.txt) lines"
cat err.txt
grep -c "$(printf '\033')" err.txt
cp cells.csv "$(printf 'odd\nname.csv')"
tabel-norm --strict -c 2 odd* >/dev/null
echo "exit $?"
rm odd*
tabel-find "$(printf 'no\tsuch\033.txt')"
echo "exit $?"
# libxlsxwriter's own lines on a failed write, in our words, without
# the temporary file's name
(trap '' XFSZ; ulimit -f 4; tabel-xlsx -o book.xlsx t9.csv 2>err.txt)
echo "tabel-xlsx under a file size limit: exit $?"
cat err.txt
grep -c -v '^tabel-xlsx: book.xlsx: ' err.txt
grep -c '\[ERROR\]\|\.book\.xlsx\.' err.txt
TMPDIR=/nonexistent tabel-xlsx t9.csv >out.xlsx
echo "tabel-xlsx to stdout, TMPDIR missing: exit $?"
TMPDIR=/nonexistent tabel-xlsx -o book.xlsx t9.csv
echo "tabel-xlsx -o, TMPDIR missing: exit $?"
# a pipe whose reader is gone, SIGPIPE ignored (as python starts them)
closed() {
	/usr/bin/python3 -c 'import os, sys
r, w = os.pipe()
os.close(r)
os.dup2(w, 1)
os.execvp(sys.argv[1], sys.argv[1:])' "$@"
}
for cmd in "tabel-xlsx t9.csv" "tabel-norm t9.csv" "tabel-check t9.csv" \
    "tabel-find $top/fixtures/extract/twolevel.txt" \
    "tabel-extract --long $top/fixtures/extract/twolevel.txt" \
    "tabel-amounts $top/fixtures/extract/prose.txt" "tabel-norm --help"; do
	closed $cmd
	echo "${cmd%% *} into a closed pipe: exit $?"
done
ls -A | LC_ALL=C sort
