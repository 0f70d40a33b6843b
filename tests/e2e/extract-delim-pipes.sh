# Pipe tables: markdown (outer pipes, an alignment row under the header,
# **bold** totals kept as written), psql output (a +-border under the
# header, no outer pipes, "(5 rows)" after it) and a MySQL box (+----+
# borders above, under the header and below): border lines are no rows,
# the rows above the first border are the header.
md=fixtures/delim/markdown.txt
psql=fixtures/delim/psql.txt
set -x
tabel-find "$md" "$psql"
tabel-extract -t 2 "$md"
tabel-extract -t L2 "$psql"
tabel-extract --long "$psql"
