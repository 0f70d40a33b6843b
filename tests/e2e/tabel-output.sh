# tabel -o where no workbook can be written: said as tabel's own message,
# before any document is read (-d kept stays empty), exit 2; a workbook that fails at the end
# (a full disk) gets tabel's line after tabel-xlsx's message, exit 2. No
# file is left in either case, and no temporary directory behind.
cp fixtures/seeds/002_10242594fcc9f4a0.txt "$T/report.txt"
cd "$T" || exit 2
mkdir tmp dir
: >afile
export TMPDIR=$T/tmp
set -x
tabel report.txt -d kept -o missing/book.xlsx
echo "exit $?"
tabel report.txt -o afile/book.xlsx
echo "exit $?"
tabel report.txt -o dir
echo "exit $?"
tabel -o dir/ report.txt
echo "exit $?"
set +x
echo "+ tabel report.txt -o /dev/full" >&2
tabel report.txt -o /dev/full 2>"$T/err" >"$T/out"
echo "exit $?, $(wc -c <"$T/out") bytes on stdout"
grep '^tabel:' "$T/err"
echo "files: $(find . -type f ! -name err ! -name out | LC_ALL=C sort |
    tr '\n' ' ')"
