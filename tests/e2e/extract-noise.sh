# Not tables: prose with amounts and references to tables, bullet lists,
# the loose numbers a chart leaves behind.
for f in prose chart; do
	tabel-find "fixtures/extract/$f.txt"
	echo "exit $?"
done
