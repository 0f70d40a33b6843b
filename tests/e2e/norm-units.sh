# Units and signs in tabel-norm, on invented tables. --unit takes every
# form of the unit table: 'in € 1.000' scales by a thousand (4.602 is
# 4602000), 'bedragen in duizenden euro' too; 'miljoen USD' scales and
# says the amounts stay in dollars; 'x 10.000' and 'lakh' are no unit of
# the table: a usage error, never a guess. Signs: trailing minus, (539),
# U+2212, '- 3.602.229', '+12,5'; -0 is 0. A cell in dollars in a euro
# column stays as written, reported. Headers: '(in lakh)' is reported
# and its column left unscaled, '(%)' makes shares (--percent fraction:
# 0.625), '(USD)' keeps dollars, "EUR '000" scales by a thousand. Long
# input: an unknown unit ('crore') is reported and left unscaled, pounds
# keep their code, a share says %.
set -x
tabel-norm --unit 'in € 1.000' fixtures/norm/units.csv
echo "exit $?"
tabel-norm -c 2 --unit 'bedragen in duizenden euro' fixtures/norm/units.csv
echo "exit $?"
tabel-norm -c 2 --unit 'miljoen USD' fixtures/norm/units.csv
echo "exit $?"
tabel-norm --unit 'x 10.000' fixtures/norm/units.csv
echo "exit $?"
tabel-norm --unit lakh fixtures/norm/units.csv
echo "exit $?"
tabel-norm fixtures/norm/units-header.csv
echo "exit $?"
tabel-norm --percent fraction fixtures/norm/units-header.csv
echo "exit $?"
tabel-norm fixtures/norm/units-long.csv
echo "exit $?"
# Three decimals under --locale auto, in tables that show no notation:
# the totals decide (1.125 + 4.875 = 6: decimals; 1,125 + 4,875 = 6000:
# thousands); when they add up both ways (6.000) a note says how it is
# read.
tabel-norm --locale auto fixtures/norm/three-decimals.csv
echo "exit $?"
tabel-norm --locale auto fixtures/norm/three-thousands.csv
echo "exit $?"
tabel-norm --locale auto fixtures/norm/three-both.csv
echo "exit $?"
tabel-xlsx fixtures/norm/three-both.csv >/dev/null
echo "exit $?"
# A caption unit not in the table ("in lakh roepies") is still found, so
# tabel-norm reports it instead of leaving the values unscaled unsaid.
tabel-extract --long fixtures/units/lakh.txt >"$T/lakh.csv"
tabel-norm <"$T/lakh.csv"
echo "exit $?"
