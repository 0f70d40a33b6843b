#!/usr/bin/env python3
"""renderings: how much of a table survives the way a word processor prints
it. Each hand-checked table of fixtures/tables-002 is set as an HTML table
under its caption, between two sentences, printed to PDF by LibreOffice
Writer (cells padded, labels wrapped, a long table over pages without its
header repeated), turned into text by pdftotext -layout and -raw, and read
by tabel-extract. Prints, per rendering, the share of the tables' body
rows that come out exactly (cells as printed, spaces squeezed) and the
tables with at least one table found. A measure, not a test: no figure
is pinned.

Usage: renderings.py BIN_DIR WORK_DIR"""
import csv
import glob
import html
import os
import re
import subprocess
import sys


def squeeze(cell):
    return re.sub(r'\s+', ' ', cell).strip()


def caption(meta):
    with open(meta, encoding='utf-8') as f:
        for line in f:
            if line.startswith('caption: '):
                return line[len('caption: '):].rstrip('\n')
    return ''


def page(rows, title):
    cells = []
    for i, row in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        cells.append('<tr>' + ''.join(
            '<%s%s><font size="1">%s</font></%s>' % (
                tag, '' if i == 0 or j == 0 else ' align="right"',
                html.escape(c), tag)
            for j, c in enumerate(row)) + '</tr>')
    return '\n'.join([
        '<html><head><meta charset="utf-8"></head><body>',
        '<p>Dit hoofdstuk geeft een overzicht van de middelen.</p>',
        '<p>%s</p>' % html.escape(title),
        '<table border="1" cellspacing="0" width="100%">'] + cells + [
        '</table><p>Bron: eigen berekeningen.</p></body></html>'])


def extracted_rows(bin_dir, text, out):
    subprocess.run([os.path.join(bin_dir, 'tabel-extract'), '-o', out, text],
                   stderr=subprocess.DEVNULL, check=False)
    rows, tables = set(), 0
    for f in glob.glob(os.path.join(out, '*.csv')):
        if os.path.basename(f) == 'index.csv':
            continue
        tables += 1
        with open(f, encoding='utf-8') as fp:
            rows.update(tuple(squeeze(c) for c in r) for r in csv.reader(fp))
    return rows, tables


def main():
    bin_dir, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    tables = sorted(glob.glob('fixtures/tables-002/tabel-*.csv'))
    for t in tables:
        name = os.path.basename(t)[:-4]
        with open(t, encoding='utf-8') as f:
            rows = list(csv.reader(f))
        with open(os.path.join(work, name + '.html'), 'w',
                  encoding='utf-8') as f:
            f.write(page(rows, caption(t[:-4] + '.meta')))
    subprocess.run(['soffice', '--headless', '--convert-to',
                    'pdf:writer_pdf_Export', '--outdir', work] +
                   [os.path.join(work, os.path.basename(t)[:-4] + '.html')
                    for t in tables],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    for option in ('-layout', '-raw'):
        exact = total = found = 0
        for t in tables:
            name = os.path.basename(t)[:-4]
            pdf = os.path.join(work, name + '.pdf')
            text = os.path.join(work, name + option + '.txt')
            subprocess.run(['pdftotext', option, pdf, text], check=True)
            got, n = extracted_rows(bin_dir, text,
                                    os.path.join(work, name + option))
            with open(t, encoding='utf-8') as f:
                body = [tuple(squeeze(c) for c in r)
                        for r in list(csv.reader(f))[1:]]
            exact += sum(r in got for r in body)
            total += len(body)
            found += n > 0
        print('pdftotext %-8s %3d of %3d rows exact (%.2f), a table found '
              'in %d of %d' % (option, exact, total, exact / total, found,
                               len(tables)))


main()
