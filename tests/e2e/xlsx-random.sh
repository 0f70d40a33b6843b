# Random tables (tests/xlsx/random_csv.py, fixed seeds): every workbook
# opens in openpyxl, and every cell of the tables without control
# characters holds what check_cells.py expects. The hostile ones carry C0
# controls and U+FFFE/U+FFFF, which XML cannot hold: reported, replaced,
# and the workbook still opens.
top=$PWD
cd "$T" && ln -s "$top/tests/xlsx" tx && mkdir clean hostile || exit 2
/usr/bin/python3 tx/random_csv.py clean 1 40 || exit 2
/usr/bin/python3 tx/random_csv.py hostile 41 80 --hostile || exit 2
tabel-xlsx -o clean.xlsx clean/*.csv 2>clean.err
echo "clean: exit $?, $(grep -vc 'row has\|rows not as wide' clean.err) other messages"
/usr/bin/python3 tx/check_cells.py clean.xlsx clean/*.csv | tail -n 3
tabel-xlsx -o hostile.xlsx hostile/*.csv 2>hostile.err
echo "hostile: exit $?"
grep -c 'U+FFFE or U+FFFF replaced' hostile.err
/usr/bin/python3 - hostile.xlsx <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
cells = sum(1 for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None)
bad = sum(1 for ws in wb.worksheets for row in ws.iter_rows() for c in row
          if isinstance(c.value, str) and ("\ufffe" in c.value or
                                           "\uffff" in c.value))
print("%d sheets, %d cells, %d with a noncharacter" % (len(wb.worksheets),
                                                       cells, bad))
PY
