# --layout flow|columns|auto: the seeds (one space between cells, a space
# at the end of each line) go to the flow reader under auto, table for
# table; column-aligned text goes to the columns reader; anything else is
# a usage error.
tabel-find -q fixtures/seeds/*.txt >"$T/auto" 2>&1
tabel-find -q --layout flow fixtures/seeds/*.txt >"$T/flow" 2>&1
cmp -s "$T/auto" "$T/flow" && echo "seeds: auto is flow"
set -x
tabel-find --layout flow fixtures/layout/captioned.txt
tabel-find --layout columns fixtures/layout/captioned.txt
tabel-extract --layout columns -t 2 fixtures/layout/captioned.txt
tabel-extract --layout rows -t 2 fixtures/layout/captioned.txt
echo "exit $?"
tabel-find --layout
echo "exit $?"
