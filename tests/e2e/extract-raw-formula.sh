# What a statistical test leaves in pdftotext -raw text under a table: a
# number alone, a line of numbers without a word ("4.9, 2, 0.03") and the
# debris of its formula ("v p", "χ = = <"): no rows of the table above,
# no header of the table below; a table of two full rows under a header
# line is a table, and the title over that line no part of its header.
src=fixtures/raw/formula.txt
set -x
tabel-find "$src"
tabel-extract --long "$src"
