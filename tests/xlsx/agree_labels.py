"""Do tabel-check and tabel-xlsx read a table alike? For every row of
tabel-check's output (table,row_label,...), the workbook has a sheet
"Tabel TABLE" where that row label is bold (a total, a subtotal or a
numbered category: common/table/rowlabel.h); every bold label of that
sheet is printed too. The workbook's Controle sheet holds the same findings (table, row,
column, kind) as tabel-check. Prints one line per fact; exit 1 on a
disagreement.
Usage: agree_labels.py BOOK.xlsx CHECK.csv"""
import csv
import sys

import openpyxl


KINDS = {"verschil": "mismatch", "afronding": "rounding"}


def controle(book, findings):
    """The findings of the Controle sheet against tabel-check's."""
    if "Controle" not in book.sheetnames:
        return 0 if not findings else 1
    rows = list(book["Controle"].iter_rows(values_only=True))
    while rows and rows[0][0] != "Tabel":   # the link back, the header
        rows = rows[1:]
    rows = rows[1:]
    got = sorted((str(r[0]), r[1], r[2], KINDS.get(r[7], r[7]))
                 for r in rows)
    want = sorted((f["table"], f["row_label"], f["col_header"], f["kind"])
                  for f in findings)
    print("Controle: %d findings, tabel-check %d: %s" % (
        len(got), len(want), "agree" if got == want else "DISAGREE"))
    return 0 if got == want else 1


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    bad = 0
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        findings = list(csv.DictReader(f))
    bad += controle(book, findings)
    for ws in book.worksheets:
        if ws.title == "Controle":
            continue
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
