"""Compare the CSV LibreOffice made of each sheet with the source CSV:
every amount the oracle knows (oracle.py) must read as that number, an
amount it cannot read may be any number, every other cell reads as
written (percentages excepted: LibreOffice shows them its own way). The table starts at SKIP rows down (caption lines).
Usage: check_lo.py SKIP LO.csv [n:]SOURCE.csv [LO.csv SOURCE.csv ...]"""
import csv
import sys
from decimal import Decimal

from oracle import expected, sources


KIND_HEADERS = ("Soort rij", "Row kind")


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def number(s):
    try:
        return Decimal(s)
    except ArithmeticError:
        return None


def same(got, raw, normalised):
    want = expected(raw, normalised)
    if isinstance(want, Decimal):
        return number(got) == want
    if want is None and number(got) is not None:
        return True     # an amount the oracle cannot read ("20 miljoen")
    return got == raw or raw.endswith("%")


def main():
    skip, args = int(sys.argv[1]), sys.argv[2:]
    bad = checked = 0
    for lo, (src, normalised) in zip(args[0::2], sources(args[1::2])):
        got, want = read(lo)[skip:], read(src)
        if got and got[0] and got[0][-1] in KIND_HEADERS:
            got = [g[:-1] for g in got]     # the row-kind column
        if want and any(" | " in h for h in want[0]):
            got = got[1:]       # two header rows: compare the lower
            want[0] = [h.split(" | ")[-1] for h in want[0]]
        if len(got) != len(want):
            print("%s: %d rows, %s has %d" % (lo, len(got), src, len(want)))
            bad += 1
        for g, w in zip(got, want):
            for a, b in zip(g, w):
                checked += 1
                if not same(a, b, normalised):
                    print("%s: %r, source %r" % (lo, a, b))
                    bad += 1
    print("ok %d cells" % checked if bad == 0 else "%d bad" % bad)
    sys.exit(1 if bad else 0)


main()
