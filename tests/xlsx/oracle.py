"""What a CSV cell must become in the workbook, by rules of the tests' own
(independent of common/num/num.c): a plain Dutch amount ("1.039.200",
"111,75") or, in a normalised file, a canonical one ("4.207") is that
number, unless it has more than 15 significant digits (Excel's
precision); a code with leading zeros ("0123"), and a plain integer in
a column with such codes, is text; for anything
else the oracle does not tell (None)."""
import re
from decimal import Decimal

# ASCII digits only: Python's \d and Decimal also take "౮" (Telugu 8).
DUTCH = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$",
                   re.ASCII)
CANONICAL = re.compile(r"^-?\d+(\.\d+)?$", re.ASCII)
CODE = re.compile(r"^-?0\d", re.ASCII)


def code_columns(rows):
    """The columns that hold a code with leading zeros: their plain
    integers are codes too ("1234" beside "0123")."""
    return {c for row in rows for c, raw in enumerate(row) if CODE.match(raw)}


def expected(raw, normalised, codes=False):
    """A Decimal, "text", or None; CODES: the column holds codes."""
    if CODE.match(raw) or (codes and re.match(r"^-?\d+$", raw, re.ASCII)):
        return "text"
    if (normalised or raw.lstrip("-").startswith("0.")) and \
            CANONICAL.match(raw):
        value = Decimal(raw)    # "0.200": a point where a comma belongs
    elif DUTCH.match(raw):
        value = Decimal(raw.replace(".", "").replace(",", "."))
    else:
        return None
    return "text" if len(value.normalize().as_tuple().digits) > 15 else value


def sources(args):
    """(path, normalised) for each argument; "n:" marks a normalised file."""
    return [(a[2:], True) if a.startswith("n:") else (a, False)
            for a in args]
