# A web table copied one cell a line where an empty cell is an empty line
# (or a line of "-", "–" or "/"): the rows repeat every four lines all
# the same, a caption and a header above, the last row's empty cell then
# the total; a table without header whose last row ends at two blank
# lines; a header above a blank line. Then a table where only the blank
# lines make three cells a row (no header, one row without a blank line,
# and the lines without them fit rows of two): read, the judgement call
# said with its line. Prose with blank lines, short lines and numbers is
# no table under auto nor --layout lines; --layout flow does not read
# the stacks.
sub=fixtures/delim/subsidies-lines.txt
rooms=fixtures/delim/rooms-unsure.txt
prose=fixtures/delim/prose-blanks.txt
set -x
tabel-find "$sub" "$rooms" "$prose"
tabel-extract -t 7 "$sub"
tabel-extract --long "$sub"
tabel-extract -t 8 "$sub"
tabel-extract --long "$rooms"
tabel-find -q --layout lines "$sub" "$rooms" "$prose"
tabel-find -q --layout flow "$rooms" "$prose"
