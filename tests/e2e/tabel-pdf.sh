# tabel on a PDF: LibreOffice writes one from a small report (prose and a
# table), tabel converts it with pdftotext -layout and finds the table;
# the text it read is kept as OUTDIR/NAME/NAME.txt, which the index and
# the messages name. A PDF that pdftotext cannot read is reported and
# skipped (exit 1); without pdftotext a PDF is a usage failure (exit 2).
cd "$T" || exit 2
export HOME="$T/home"
cat >rapport.txt <<'TXT'
In 2022 werden 20 steundossiers goedgekeurd voor een totaalbedrag van 20,7 miljoen euro, zie Tabel 9.

Tabel 9 Strategische Transformatiesteun volgens provinciale verdeling (2022)

Ondernemingsgrootte Aantal dossiers Steunbedrag in euro

GO 10 14.763.113

MO 4 2.301.962

KO 6 3.645.118

Totaal 20 20.710.193
TXT
LC_ALL=C.UTF-8 soffice --headless --convert-to pdf rapport.txt >/dev/null 2>&1
echo "soffice: exit $?"
mkdir in && mv rapport.pdf in/ && rm rapport.txt
set -x
tabel -d out -o rapport.xlsx in/rapport.pdf
echo "exit $?"
set +x
ls out/rapport
cat out/index.csv
cat out/rapport/tabel-09.csv out/Controle.csv
cut -d, -f1-5 out/Bedragen.csv
printf 'no PDF at all\n' >in/kapot.pdf
set -x
tabel -d out2 in/kapot.pdf in/rapport.pdf
echo "exit $?"
set +x
mkdir "$T/nopdf" && for p in sh dirname mktemp rm mkdir cat grep sed wc \
    date tail cp awk; do ln -s "$(command -v $p)" "$T/nopdf/$p"; done
echo "+ tabel in/rapport.pdf (no pdftotext on PATH)" >&2
PATH=$(dirname "$(command -v tabel)"):$T/nopdf tabel in/rapport.pdf
echo "exit $?"
