"""Do two workbooks hold the same cells (value and type) on their first
sheets? Prints "same N cells" or each difference. Usage: same_values.py
A.xlsx B.xlsx"""
import sys

import openpyxl


def cells(path):
    ws = openpyxl.load_workbook(path).worksheets[0]
    return {c.coordinate: (c.value, c.data_type)
            for row in ws.iter_rows() for c in row if c.value is not None}


a, b = cells(sys.argv[1]), cells(sys.argv[2])
bad = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
for k in bad:
    print("%s: %r against %r" % (k, a.get(k), b.get(k)))
print("same %d cells" % len(a) if not bad else "%d differ" % len(bad))
