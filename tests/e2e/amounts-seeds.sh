# Every money amount in the prose of the five seed documents, with its
# exact value, year and sentence; amounts inside tables are not listed.
set -x
tabel-amounts fixtures/seeds/000_*.txt fixtures/seeds/001_*.txt \
    fixtures/seeds/002_*.txt fixtures/seeds/003_*.txt fixtures/seeds/004_*.txt
