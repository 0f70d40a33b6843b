# Not tables: prose with amounts and references to tables, bullet lists,
# the loose numbers a chart leaves behind, a caption whose table is an
# image (prose follows it).
for f in prose chart noimage; do
	tabel-find "fixtures/extract/$f.txt"
	echo "exit $?"
done
