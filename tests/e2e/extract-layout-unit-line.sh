# The unit of a table said on a line of its own: under a numbered
# caption, beside a formula line ("Bedragen in duizend euro."), and in
# the title over a table without a number; tabel-norm scales by it.
cd "$T" && ln -s "$OLDPWD/fixtures" fixtures
src=fixtures/layout/unit-line.txt
set -x
tabel-extract --long "$src" >long.csv
tabel-norm long.csv
