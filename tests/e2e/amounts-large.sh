# tabel-amounts leaves the lines of tables out of its prose: it asks the
# table readers (common/scan/tabregion), which hold one table at a time
# within tablehold's limits. An 800000-row table is left out as a table
# too large to hold, and the amounts in the prose around it are found,
# under a bound of 200 MB of address space (tests/bounded.sh).
top=$PWD
cd "$T" && ln -s "$top/tests/bounded.sh" bounded || exit 2
awk 'BEGIN { print "In 2021 ging er 20,7 miljoen euro naar de regio."
	print ""; print "Tabel 1: Groot (in euro) "; print ""
	print "Regio 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 "
	for (i = 0; i < 800000; i++) print "Regio " i " 1 2 3 4 5 6 7 8 9 "
	print ""
	print "Daarna kwam er nog 1.250.000 euro bij voor de scholen." }' |
    gzip >big.txt.gz
BOUNDED_KB=200000 sh bounded tabel-amounts big.txt.gz
echo "exit $?"
