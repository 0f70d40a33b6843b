"""Does each finding of the Controle sheet name the source line of its
row? For every finding: its line L is a number; the linked cell's row on
the table sheet has the finding's row label; line L of the document the
finding names (its path as written, from the current directory) begins
with that label (its first three words, runs of spaces as one), or, for a
row without label, holds the stated value as printed; and L is tabel-check's
line for the same finding (CHECK.csv, of tabel-check -i). Prints one line
per finding, then a count; exit 1 on a disagreement (the test of the
script itself: a row line one off is one).
Usage: controle_lines.py BOOK.xlsx CHECK.csv"""
import csv
import sys
from decimal import Decimal, InvalidOperation

import openpyxl

KINDS = {"verschil": "mismatch", "afronding": "rounding"}


def amounts(text):
    """The amounts a line prints, read in Dutch and in English notation."""
    for token in text.replace("\u20ac", " ").split():
        for dot, comma in ((".", ","), (",", ".")):
            try:
                yield Decimal(token.replace(dot, "").replace(comma, "."))
            except InvalidOperation:
                pass


def words(text, n):
    return " ".join(text.split()[:n])


def linked_label(book, link):
    """Column A of the row of the cell 'Sheet'!B12 links to."""
    sheet, cell = link.rsplit("!", 1)
    ws = book[sheet.strip("'").replace("''", "'")]
    return ws.cell(row=ws[cell].row, column=1).value or ""


def check(book, row, link, lines, findings):
    table, label, column, stated = row[0], row[1] or "", row[2], row[3]
    kind, document, line = KINDS.get(row[7], row[7]), row[8], row[9]
    what = "table %s %r %s line %r" % (table, words(label, 3), column, line)
    if not isinstance(line, int):
        return "DISAGREE %s: no line number" % what
    if linked_label(book, link) != label:
        return "DISAGREE %s: the linked cell is on another row" % what
    key = (str(table), label, column, kind, str(line))
    if key not in findings:
        return "DISAGREE %s: tabel-check says otherwise" % what
    findings.remove(key)
    if document not in lines:
        with open(document, encoding="utf-8", errors="replace") as f:
            lines[document] = f.read().split("\n")
    if not 0 < line <= len(lines[document]):
        return "DISAGREE %s: %s has no such line" % (what, document)
    text = lines[document][line - 1]
    n = min(3, len(label.split()))
    if label and words(text, n) != words(label, n):
        return "DISAGREE %s: the line is %r" % (what, text.strip())
    if not label and Decimal(repr(stated)) not in amounts(text):
        return "DISAGREE %s: %r does not hold %s" % (what, text, stated)
    return "agree %s: %r" % (what, words(text, 5))


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        findings = [(r["table"], r["row_label"], r["col_header"], r["kind"],
                     r["line"]) for r in csv.DictReader(f)]
    ws = book["Controle"]
    rows = list(ws.iter_rows())
    while rows and rows[0][0].value != "Tabel":  # the link back, the header
        rows = rows[1:]
    bad, lines = 0, {}
    for cells in rows[1:]:
        said = check(book, [c.value for c in cells],
                     cells[10].hyperlink.location, lines, findings)
        bad += said.startswith("DISAGREE")
        print(said)
    print("%d findings, %d disagree, %d of tabel-check's not in Controle" %
          (len(rows) - 1, bad, len(findings)))
    return 1 if bad or findings else 0


if __name__ == "__main__":
    sys.exit(main())
