# tabel-extract -o DIR is whole or nothing: the tables are written into a
# temporary directory beside DIR that takes DIR's place when complete.
# A write failure (a file size limit here) leaves the old DIR as it was
# and no temporary directory; a new run leaves no table of an old one
# beside its own; an input that breaks off (truncated gzip, exit 1)
# still gives a complete DIR with the tables before the break; a DIR
# holding files of anyone else is never replaced.
top=$PWD
cd "$T" && ln -s "$top/fixtures/seeds/002_10242594fcc9f4a0.txt" big.txt &&
    ln -s "$top/fixtures/extract/twolevel.txt" small.txt || exit 2
tabel-extract -o out small.txt
echo "small: exit $?"
ls out >before.txt
cat before.txt
# a table of the big one does not fit: the old DIR stays, nothing beside
(trap '' XFSZ; ulimit -f 4; tabel-extract -o out big.txt 2>&1 |
    grep -v ': table ')
ls out | cmp - before.txt && echo "out as it was"
ls -A
# the same with SIGXFSZ as it comes: killed, and still nothing beside
(ulimit -f 4; tabel-extract -o out big.txt 2>/dev/null)
echo "killed by SIGXFSZ: exit $?"
ls out | cmp - before.txt && echo "out as it was"
ls -A
tabel-extract -o out big.txt 2>/dev/null
echo "big: exit $?, $(ls out | wc -l) files"
# a truncated gzip: exit 1, the tables before the break
gzip -c big.txt | head -c 20000 >cut.txt.gz
tabel-extract -o out cut.txt.gz 2>err.txt
echo "truncated: exit $?"
grep -v ': table ' err.txt
ls out
tail -n +2 out/index.csv | cut -d, -f2 | tr '\n' ' '
echo
# files of anyone else: refused, untouched
echo mine >out/notes.txt
tabel-extract -o out small.txt
echo "a directory with notes.txt: exit $?"
ls out
ls -A
