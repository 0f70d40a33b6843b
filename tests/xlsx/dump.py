"""Describe an XLSX workbook as openpyxl reads it, one fact a line, so an
end-to-end test can pin it: sheets, frozen panes, autofilter, column
widths, every non-empty cell with its type, value, number format and
boldness, its quote prefix, hyperlinks and charts. Usage: dump.py BOOK.xlsx [--no-cells]"""
import sys

import openpyxl


def chart_lines(ws):
    for chart in ws._charts:
        kind = type(chart).__name__
        anchor = chart.anchor._from
        title = None
        if chart.title is not None and chart.title.tx.rich is not None:
            title = "".join(r.t for p in chart.title.tx.rich.p
                            for r in (p.r or []))
        yield "chart %s at %s%d title %r" % (
            kind, openpyxl.utils.get_column_letter(anchor.col + 1),
            anchor.row + 1, title)
        for s in chart.series:
            name = s.tx.strRef.f if s.tx and s.tx.strRef else None
            cats = s.cat.strRef or s.cat.numRef if s.cat else None
            yield "  series name=%s cat=%s val=%s" % (
                name, cats.f if cats else None, s.val.numRef.f)


def cell_line(c):
    kind = {"n": "number", "s": "text"}.get(c.data_type, c.data_type)
    fmt = "" if c.number_format == "General" else " fmt=%s" % c.number_format
    bold = " bold" if c.font.b else ""
    quote = " quote" if c.quotePrefix else ""
    link = " link=%s" % c.hyperlink.location if c.hyperlink else ""
    return "  %s %s %r%s%s%s%s" % (c.coordinate, kind, c.value, fmt, bold,
                                   quote, link)


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    cells = "--no-cells" not in sys.argv
    print("sheets: %s" % " | ".join(book.sheetnames))
    for ws in book:
        print("sheet %r: %s rows, freeze %s, filter %s" % (
            ws.title, ws.max_row, ws.freeze_panes, ws.auto_filter.ref))
        widths = [(k, round(d.width)) for k, d in
                  sorted(ws.column_dimensions.items())]
        print("  widths %s" % " ".join("%s=%d" % w for w in widths))
        for line in chart_lines(ws):
            print(line)
        if not cells:
            continue
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    print(cell_line(c))


main()
