# Two tables printed side by side under one header repeated come out as
# two tables, the second uncaptioned; a header repeated under column
# groups ('Vlaanderen', 'Wallonië') stays one table.
tabel-find fixtures/layout/side-by-side.txt
tabel-extract -t 7 fixtures/layout/side-by-side.txt
tabel-extract -t L3 fixtures/layout/side-by-side.txt
tabel-extract -t 9 fixtures/layout/side-by-side.txt
