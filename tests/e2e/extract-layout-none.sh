# No table: a table of contents (titles, dot leaders, page numbers) and a
# chart's loose numbers under a "Figure N" caption.
set -x
tabel-find fixtures/layout/toc.txt fixtures/layout/chart.txt
tabel-find --layout columns fixtures/layout/toc.txt fixtures/layout/chart.txt
