# tabel's command line: usage errors say what and exit 2 before any work;
# options may follow the documents; two documents of the same name (a
# report.txt in two folders) get report and report-2, none overwritten.
top=$PWD
mkdir -p "$T/a" "$T/b"
cp fixtures/seeds/002_10242594fcc9f4a0.txt "$T/a/report.txt"
sed -n 1,440p fixtures/seeds/002_10242594fcc9f4a0.txt | gzip >"$T/b/report.txt.gz"
cd "$T" && ln -s "$top/fixtures/seeds" seeds || exit 2
set -x
tabel
echo "exit $?"
tabel -q seeds/000_bc3f08ebc7aeb14e.txt
echo "exit $?"
tabel -j 0 seeds/000_bc3f08ebc7aeb14e.txt
echo "exit $?"
tabel -d
echo "exit $?"
tabel missing.txt
echo "exit $?"
set +x
tabel --help >help
echo "help: exit $?, $(sed -n 1p help)"
set -x
tabel a/report.txt b/report.txt.gz -d out -o book.xlsx
echo "exit $?"
set +x
ls out
cut -d, -f1 out/index.csv | uniq -c
ls out/report-2
/usr/bin/python3 -c 'import openpyxl, sys
book = openpyxl.load_workbook(sys.argv[1])
print(len(book.sheetnames), "sheets:", " ".join(book.sheetnames[:3]), "...",
    " ".join(book.sheetnames[-2:]))' book.xlsx
