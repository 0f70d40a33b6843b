"""Write a random CSV table for seed SEED into DIR/rSEED.csv: a header
row, then rows of cells drawn from amounts, codes, years, formulas-to-be
and characters from all planes (with --hostile also C0 controls and the
noncharacters U+FFFE/U+FFFF), some rows one cell short or long.
Deterministic: the same seed gives the same bytes everywhere.
Usage: random_csv.py DIR FIRST LAST [--hostile]"""
import csv
import random
import sys

PIECES = ["1.039.200", "20,7 miljoen euro", "€ 8.473.038,00", "2018BA",
          "-", "/", "0033", "1e308", "12345678901234567890", "=SUM(A1:A9)",
          "+31", "@x", "50%", "n.v.t.", "Totaal", " ", "\u00a0", "\u2028",
          "\U0001F600", "caf\u00e9", "\u20ac"]
HOSTILE = ["\x01", "\x1b", "\x7f", "\ufffe", "\uffff", "\r", "\n\n"]


def cell(r, hostile):
    pool = PIECES + (HOSTILE if hostile else [])
    out = ""
    for _ in range(r.randint(0, 4)):
        if r.random() < 0.5:
            out += r.choice(pool)
        else:
            out += chr(r.choice([r.randint(0x20, 0x7e), r.randint(0xa0, 0x2fff),
                                 r.randint(0x10000, 0x1fffe)]))
    return out


def table(seed, hostile):
    r = random.Random(seed)
    ncol = r.randint(1, 9)
    rows = [["Label"] + ["%d" % (2015 + i) for i in range(ncol - 1)]]
    for _ in range(r.randint(1, 40)):
        width = ncol + (r.choice([-1, 1]) if r.random() < 0.1 else 0)
        rows.append([cell(r, hostile) for _ in range(max(width, 1))])
    return rows


def main():
    hostile = "--hostile" in sys.argv
    for seed in range(int(sys.argv[2]), int(sys.argv[3]) + 1):
        with open("%s/r%03d.csv" % (sys.argv[1], seed), "w", newline="",
                  encoding="utf-8", errors="surrogatepass") as f:
            csv.writer(f).writerows(table(seed, hostile))


main()
