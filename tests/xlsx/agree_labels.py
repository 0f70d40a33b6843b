"""Do tabel-check and tabel-xlsx read a table alike? For every row of
tabel-check's output (table,row_label,...), the workbook has a sheet
"Tabel TABLE" where that row label is bold (a total, a subtotal or a
numbered category: common/table/rowlabel.h); every bold label of that
sheet is printed too. Prints one line per fact; exit 1 on a disagreement.
Usage: agree_labels.py BOOK.xlsx CHECK.csv"""
import csv
import sys

import openpyxl


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    bad = 0
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        findings = list(csv.DictReader(f))
    for ws in book.worksheets:
        bold = [c.value for c in ws["A"][1:] if c.font.b and c.value]
        print("sheet %r bold: %s" % (ws.title, " | ".join(bold)))
    for row in findings:
        title = "Tabel %s" % row["table"]
        if title not in book.sheetnames:
            print("DISAGREE table %r: no sheet %r" % (row["table"], title))
            bad += 1
            continue
        ws = book[title]
        cells = [c for c in ws["A"][1:] if c.value == row["row_label"]]
        if not cells or not all(c.font.b for c in cells):
            print("DISAGREE table %s row %r: not bold in the workbook" %
                  (row["table"], row["row_label"]))
            bad += 1
        else:
            print("agree table %s row %r" % (row["table"], row["row_label"]))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
