# a percent sign set apart by a space ("12,5 %") belongs to its value, as
# a unit word does ("25.000 euro"): one cell, not a word that pushes the
# value into the row label; tabel-norm then reads it as a share
top=$PWD
cd "$T" && ln -s "$top/fixtures/extract" fx || exit 2
set -x
tabel-extract -t 5 fx/percent-space.txt >t5.csv
echo "exit $?"
cat t5.csv
tabel-norm t5.csv
