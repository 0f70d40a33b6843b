"""Check that every text cell of a CSV comes back from the workbook as
written: the workbook read with openpyxl (which gives the stored XML text)
and decoded as Excel decodes OOXML text ("_xHHHH_" is one character), the
first sheet's column B against the CSV's, with the length Excel counts
(UTF-16 units), the number format and the quote prefix. Prints one line
a cell.
Usage: text_back.py BOOK.xlsx CSV"""
import csv
import sys

import openpyxl
from openpyxl.utils.escape import unescape


def main():
    ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    for i, row in enumerate(rows[1:], start=2):
        stored = ws.cell(row=i, column=2).value or ""
        text = unescape(stored)
        units = len(text.encode("utf-16-le")) // 2
        if text == row[1]:
            verdict = "as written"
        elif row[1].startswith(text):
            verdict = "cut to %d of %d units" % (
                units, len(row[1].encode("utf-16-le")) // 2)
        else:
            verdict = "CHANGED to %r" % text[:40]
        cell = ws.cell(row=i, column=2)
        print("%s: %s (format %s%s)" % (
            row[0], verdict, cell.number_format,
            ", quote prefix" if cell.quotePrefix else ""))


main()
