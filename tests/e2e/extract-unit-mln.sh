# a caption "(in mln euro)" states the scale million: the unit column says
# "mln euro" and tabel-norm writes 1500000 for "1,5" (the unit words of
# common/num/unit, one table for every program)
tabel-extract --long fixtures/extract/mlneuro.txt | tabel-norm
echo "exit $?"
