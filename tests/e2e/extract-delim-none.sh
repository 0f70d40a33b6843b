# What must not become a table under the delimited and one-cell-a-line
# readers: prose with semicolons, a list of items ending in ";", bullets
# with numbers among them, a table of contents one entry and one page
# number a line (and in blocks, a blank line between), and the seeds
# (their footnotes hold tabs, their prose semicolons), under auto and
# under each forced layout.
set -x
tabel-find fixtures/delim/prose-semicolons.txt fixtures/delim/contents.txt
tabel-find -q --layout delimited fixtures/delim/prose-semicolons.txt fixtures/delim/contents.txt
tabel-find -q --layout lines fixtures/delim/prose-semicolons.txt fixtures/delim/contents.txt
tabel-find -q --layout delimited fixtures/seeds/000_bc3f08ebc7aeb14e.txt fixtures/seeds/001_1720cf8ad556fb32.txt fixtures/seeds/002_10242594fcc9f4a0.txt fixtures/seeds/003_53c7c57561e3115d.txt fixtures/seeds/004_a9d8f22d569b5e9c.txt
tabel-find -q --layout lines fixtures/seeds/000_bc3f08ebc7aeb14e.txt fixtures/seeds/001_1720cf8ad556fb32.txt fixtures/seeds/002_10242594fcc9f4a0.txt fixtures/seeds/003_53c7c57561e3115d.txt fixtures/seeds/004_a9d8f22d569b5e9c.txt
