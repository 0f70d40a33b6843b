# tabel-norm --locale auto on the long form: a table whose amounts read
# two ways a thousand apart ("1.125" in miljoen euro) and show no
# notation is settled by its totals, as for a wide table (Tabel 2:
# 1.125 + 4.875 = 6, so 1125000, not 1125000000); where both readings add
# up (Tabel 3) a note says which reading was taken
top=$PWD
cd "$T" && ln -s "$top/fixtures/norm" fx || exit 2
set -x
tabel-extract --long fx/three-decimals-long.txt >long.csv
tabel-norm --locale auto long.csv
echo "exit $?"
