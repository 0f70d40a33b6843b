"""Print what a finance analyst sees in a tabel-xlsx workbook beyond its
cells, one fact a line, for an end-to-end test to pin: document
properties; per sheet the print setup (orientation, fit, repeated rows
and columns, page header and footer), merged ranges, comments, marked
cells, links, text kept text (text format, quote prefix); and per table
with a row-kind column the sum of its detail rows against its totals (what a
filter on the kind gives). Usage: facts.py BOOK.xlsx"""
import sys
from decimal import Decimal

import openpyxl

KIND = ("Soort rij", "Row kind")


def props(book):
    p = book.properties
    print("title %r" % p.title)
    print("subject %r" % p.subject)
    print("keywords %r creator %r" % (p.keywords, p.creator))


def print_setup(ws):
    s = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr
    print("  print %s paper %s fit %s wide %s tall %s rows %s cols %s" % (
        s.orientation, s.paperSize, fit.fitToPage if fit else None,
        s.fitToWidth, s.fitToHeight, ws.print_title_rows,
        ws.print_title_cols))
    print("  header %r" % ws.oddHeader.left.text)
    print("  footer %r | %r | %r" % (ws.oddFooter.left.text,
                                     ws.oddFooter.center.text,
                                     ws.oddFooter.right.text))


def header_row(ws):
    for row in ws.iter_rows(max_row=min(ws.max_row, 8)):
        for c in row:
            if c.value in KIND:
                return c.row, c.column
    return None, None


def sums(ws):
    """Detail rows against total rows, per numeric column."""
    hrow, kcol = header_row(ws)
    if hrow is None:
        return
    detail, total = {}, {}
    for row in ws.iter_rows(min_row=hrow + 1):
        kind = row[kcol - 1].value
        for c in row[1:kcol - 1]:
            if c.data_type != "n" or c.value is None or "%" in \
                    c.number_format:
                continue
            d = {"detail": detail, "totaal": total,
                 "total": total}.get(kind)
            if d is not None:
                d[c.column_letter] = d.get(c.column_letter, 0) + \
                    Decimal(repr(c.value))
    for col in sorted(total):
        print("  column %s: detail rows %s, totals %s" % (
            col, detail.get(col, 0), total[col]))


def cells(ws):
    for r in ws.merged_cells.ranges:
        print("  merged %s %r" % (r.coord, ws[r.coord.split(":")[0]].value))
    for row in ws.iter_rows():
        for c in row:
            if c.comment is not None:
                print("  comment %s %r" % (c.coordinate, c.comment.text))
            if c.fill is not None and c.fill.fgColor is not None and \
                    c.fill.fgColor.rgb not in ("00000000", None):
                print("  marked %s %r" % (c.coordinate, c.value))
            if c.hyperlink is not None and c.row <= 12:
                print("  link %s %r -> %s" % (c.coordinate, c.value,
                                            c.hyperlink.location))
            if c.data_type == "s" and (c.number_format == "@" or
                                       c.quotePrefix):
                print("  text-format %s %r%s" % (
                    c.coordinate, c.value,
                    " quote-prefix" if c.quotePrefix else ""))


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    props(book)
    for ws in book:
        print("sheet %r" % ws.title)
        print_setup(ws)
        cells(ws)
        sums(ws)


main()
