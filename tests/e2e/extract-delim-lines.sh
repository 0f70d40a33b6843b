# A web table copied one cell a line: a caption, the header cells each
# on a line (three: the column count, confirmed by the numbers that come
# back every three lines), then each row's cells; and the form where a
# label line is followed by its values, under no header, and in blocks
# with a blank line between, under a header block. Every cell keeps its
# own source line (--long). --layout lines reads the same; --layout flow
# does not.
bal=fixtures/delim/balance-lines.txt
lv=fixtures/delim/label-values.txt
lb=fixtures/delim/label-blocks.txt
set -x
tabel-find "$bal" "$lv" "$lb"
tabel-extract -t 4 "$bal"
tabel-extract --long "$bal"
tabel-extract --long "$lv"
tabel-extract -t 6 "$lb"
tabel-find -q --layout lines "$bal"
tabel-find -q --layout flow "$lv"
