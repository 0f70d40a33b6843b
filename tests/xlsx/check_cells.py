"""Check every cell of a tabel-xlsx workbook against its CSV (oracle.py):
an amount the oracle knows must be a number of that value; a number must
come from an amount, never from a code with leading zeros; other text
stays as written; empty stays empty; no cell is a formula. Prints "ok N cells" or each mismatch; exit 1 then.
Usage: check_cells.py BOOK.xlsx [n:]CSV... (one sheet per CSV, in order;
"n:" marks a normalised file)"""
import csv
import sys
from decimal import Decimal

import openpyxl

from oracle import code_columns, expected, sources


def check_cell(cell, raw, col, normalised, codes):
    if raw == "":
        return cell.value is None
    if cell.data_type == "f":
        return False
    if col == 0 or cell.data_type == "s":
        want = expected(raw, normalised, codes) if col > 0 else None
        return cell.value == raw and not isinstance(want, Decimal)
    want = expected(raw, normalised, codes)
    if want == "text":
        return False
    return want is None or Decimal(repr(cell.value)) == want


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    bad = checked = 0
    for ws, (path, normalised) in zip(book.worksheets, sources(sys.argv[2:])):
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        codes = code_columns(rows[1:])
        two = any(" | " in h for h in rows[0])   # two header rows
        for r, row in enumerate(rows[1:], start=3 if two else 2):
            for c, raw in enumerate(row):
                cell = ws.cell(row=r, column=c + 1)
                checked += 1
                if not check_cell(cell, raw, c, normalised, c in codes):
                    bad += 1
                    print("%s %s: %r became %r (%s)" % (
                        path, cell.coordinate, raw, cell.value,
                        cell.data_type))
    print("ok %d cells" % checked if bad == 0 else "%d bad" % bad)
    sys.exit(1 if bad else 0)


main()
