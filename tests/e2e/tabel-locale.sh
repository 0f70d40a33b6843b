# tabel --locale passes the notation of amounts to tabel-norm: a report
# in English notation gives 1234.5 and 12500 in cells.csv with --locale
# auto (and en), where the default Dutch reading says the table is in
# English notation and leaves '1,234.5' unread. tabel-check reads Dutch
# notation only, so each run exits 1 with its "no amount" findings. A bad
# locale is a usage error, before any document is read.
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures || exit 2
set -x
tabel -d def -o def.xlsx fixtures/norm/english-report.txt
echo "exit $?"
cat def/english-report/cells.log
tabel --locale auto -d auto -o auto.xlsx fixtures/norm/english-report.txt
echo "exit $?"
cat auto/english-report/cells.csv
tabel --locale=en -d en -o en.xlsx fixtures/norm/english-report.txt
echo "exit $?"
cmp auto/english-report/cells.csv en/english-report/cells.csv
tabel --locale fr fixtures/norm/english-report.txt
echo "exit $?"
