# Blocks of labels and values printed side by side in pdftotext -raw text
# ("March 120 March 80 May 44"), one header line a block: each block
# comes out as a table of its own.
src=fixtures/raw/sides.txt
set -x
tabel-find "$src"
tabel-extract --long "$src"
