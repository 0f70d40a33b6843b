#!/usr/bin/env python3
"""Fuzz the whole programs: mutate real inputs and run every program on
them as a user would, in a sanitizer build (`make fuzz-programs`).

The libFuzzer targets (tests/fuzz/fuzz_*.c) drive the readers inside one
process; this drives the programs themselves, so their option handling,
output files, exit paths and messages are fuzzed too. It is blind (no
coverage feedback): each round takes an input from the corpus, mutates
it (bytes flipped, inserted, deleted; lines repeated, swapped, spliced
from another input; separators and numbers planted) and runs every
recipe of its kind. A run fails when it

  - is killed by a signal, or reports ASan or UBSan,
  - runs past the time limit (a hang),
  - exits with a status other than 0 or 1 (2 is for usage only),
  - writes a message that does not start with the program's name, or
    one with a control character in it (a terminal would obey it),
  - leaves a half-written -o file behind an exit status of 2 or worse.

A failing input is kept in OUT/findings/KIND/ with a line in
OUT/findings.log; copy it to tests/fuzz/corpus/programs-KIND/ so that
`make test` (e2e fuzz-programs-replay) replays it for good.

Usage: programs.py BIN SECONDS OUT KIND...   (KIND: text or csv)
       programs.py BIN replay OUT KIND...    (the kept inputs, once)
"""
import os
import random
import shutil
import subprocess
import sys
import time
import zipfile

TIMEOUT = 20  # seconds per run: a sanitizer build on a 64 KB input

# Recipes: the programs and options a user runs on each kind of input.
# IN is the input file, OUT_DIR a fresh directory for -o.
RECIPES = {
    "text": [
        ["tabel-find", "IN"],
        ["tabel-find", "--layout", "flow", "IN"],
        ["tabel-find", "--layout", "columns", "IN"],
        ["tabel-find", "--layout", "raw", "IN"],
        ["tabel-extract", "--long", "IN"],
        ["tabel-extract", "-o", "OUT_DIR/tables", "IN"],
        ["tabel-extract", "-t", "1", "IN"],
        ["tabel-amounts", "IN"],
    ],
    "csv": [
        ["tabel-check", "IN"],
        ["tabel-norm", "IN"],
        ["tabel-norm", "--excel", "IN"],
        ["tabel-norm", "--strict", "IN"],
        ["tabel-xlsx", "-o", "OUT_DIR/t.xlsx", "IN"],
    ],
}

SEEDS = {
    "text": ["fixtures/seeds", "fixtures/extract", "fixtures/layout",
             "fixtures/raw", "fixtures/units", "fixtures/amounts",
             "tests/fuzz/corpus/programs-text"],
    "csv": ["fixtures/tables-002", "fixtures/check", "fixtures/norm",
            "fixtures/xlsx", "fixtures/totalrow", "fixtures/gold",
            "tests/fuzz/corpus/programs-csv"],
}

# Tokens that reach the rules: separators, amounts, years, captions,
# totals, furniture, encodings and line ends.
TOKENS = [b"\t", b"|", b";", b",", b'"', b"\r", b"\r\n", b"\f", b"\x00",
          b"  ", b"    ", b"1.039.200", b"20,7 miljoen euro",
          b"\xe2\x82\xac 8.473.038,00", b"2018BA", b"-1.200", b"(539)",
          b"12,5%", b"Tabel 3", b"Table 4.1", b"Totaal", b"TOTAAL",
          b"Subtotaal", b"IV.", b"(3)", b"1e308 euro", b"14 000",
          b"18.829\xc2\xb2", b"\xe2\x88\x92", b"\xef\xbb\xbf", b"\xff\xfe",
          b"=SUM(A1)", b"_x0041_", b"-----", b"+----+", b"....... 12",
          b"x" * 300, b"9" * 40, b"in mln euro", b"(in duizend euro)"]


def load(kind):
    """The seed inputs of KIND, cut to pieces of at most 16 KB."""
    out = []
    for d in SEEDS[kind]:
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            p = os.path.join(d, name)
            if not os.path.isfile(p):
                continue
            if kind == "csv" and not name.endswith(".csv") and \
                    not d.endswith("programs-csv"):
                continue
            data = open(p, "rb").read()
            for i in range(0, max(len(data), 1), 16384):
                out.append(data[i:i + 16384])
    return out


def mutate(rng, data, corpus):
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(9)
        if op == 0 and data:  # flip a byte
            i = rng.randrange(len(data))
            data = data[:i] + bytes([rng.randrange(256)]) + data[i + 1:]
        elif op == 1:  # plant a token
            i = rng.randrange(len(data) + 1)
            data = data[:i] + rng.choice(TOKENS) + data[i:]
        elif op == 2 and data:  # delete a run
            i = rng.randrange(len(data))
            data = data[:i] + data[i + rng.randint(1, 64):]
        elif op == 3 and len(lines) > 1:  # repeat a line many times
            i = rng.randrange(len(lines))
            lines[i:i] = [lines[i]] * rng.choice([2, 10, 200])
            data = b"\n".join(lines)
        elif op == 4 and len(lines) > 2:  # swap two lines
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            data = b"\n".join(lines)
        elif op == 5:  # splice from another input
            other = rng.choice(corpus)
            i = rng.randrange(len(data) + 1)
            j = rng.randrange(len(other) + 1)
            data = data[:i] + other[j:j + rng.randint(1, 2048)]
        elif op == 6 and lines:  # spaces to tabs or back, on one line
            i = rng.randrange(len(lines))
            a, b = rng.choice([(b"  ", b"\t"), (b" ", b"\t"), (b"\t", b" "),
                               (b",", b";"), (b" ", b"  ")])
            lines[i] = lines[i].replace(a, b)
            data = b"\n".join(lines)
        elif op == 7:  # line ends changed
            a, b = rng.choice([(b"\n", b"\r"), (b"\n", b"\r\n"),
                               (b"\n", b"\n\n")])
            data = data.replace(a, b)
        elif op == 8 and data:  # cut the input short
            data = data[:rng.randrange(len(data))]
        lines = data.split(b"\n")
    return data[:65536]


def run(bindir, recipe, inpath, work):
    outdir = os.path.join(work, "out")
    shutil.rmtree(outdir, ignore_errors=True)
    os.mkdir(outdir)
    argv = [a.replace("OUT_DIR", outdir) if "OUT_DIR" in a else
            (inpath if a == "IN" else a) for a in recipe]
    argv[0] = os.path.join(bindir, argv[0])
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0",
               UBSAN_OPTIONS="print_stacktrace=1", LC_ALL="C.UTF-8")
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=TIMEOUT, env=env, cwd=work)
    except subprocess.TimeoutExpired:
        return "hang: no exit after %d s" % TIMEOUT
    err = p.stderr.decode("utf-8", "replace")
    prog = recipe[0]
    if p.returncode < 0:
        return "killed by signal %d" % -p.returncode
    if "Sanitizer" in err or "runtime error:" in err:
        return "sanitizer: " + next(l for l in err.splitlines()
                                    if "Sanitizer" in l or "runtime error" in l)
    if p.returncode not in (0, 1):
        return "exit %d: %s" % (p.returncode, err.strip()[:200])
    lines = err.split("\n")
    if lines[-1] == "":
        lines.pop()
    for line in lines:
        if not line.startswith(prog + ":"):
            return "message without the program's name: " + repr(line[:200])
        if any(ord(c) < 32 or ord(c) == 127 for c in line):
            return "control character in a message: " + repr(line[:200])
    return half_written(outdir)


def half_written(outdir):
    """Whatever an -o left behind must be whole: a workbook a zip archive
    that opens, a table directory with its index."""
    for name in os.listdir(outdir):
        p = os.path.join(outdir, name)
        if name.endswith(".xlsx"):
            if not zipfile.is_zipfile(p):
                return "half-written workbook " + name
            with zipfile.ZipFile(p) as z:
                if z.testzip() is not None:
                    return "corrupt member in workbook " + name
        elif os.path.isdir(p) and \
                not os.path.exists(os.path.join(p, "index.csv")):
            return "table directory without index.csv"
    return None


def replay(bindir, kind, work):
    """Run every recipe once on each kept input of KIND; the count of
    failures."""
    d = "tests/fuzz/corpus/programs-" + kind
    failed = 0
    os.makedirs(work, exist_ok=True)
    for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
        inpath = os.path.join(work, "input.csv" if kind == "csv" else
                              "input.txt")
        shutil.copyfile(os.path.join(d, name), inpath)
        for recipe in RECIPES[kind]:
            why = run(bindir, recipe, inpath, work)
            if why is not None:
                print("%s/%s: %s: %s" % (d, name, " ".join(recipe), why))
                failed += 1
    print("programs-%s: %d inputs replayed, %d failures" %
          (kind, len(os.listdir(d)) if os.path.isdir(d) else 0, failed))
    return failed


def main():
    bindir, seconds, out = os.path.abspath(sys.argv[1]), sys.argv[2], \
        sys.argv[3]
    os.makedirs(out, exist_ok=True)
    if seconds == "replay":
        failed = sum(replay(bindir, kind, os.path.abspath(
            os.path.join(out, "replay-" + kind))) for kind in sys.argv[4:])
        sys.exit(1 if failed else 0)
    seconds = float(seconds)
    status = 0
    for kind in sys.argv[4:]:
        corpus = load(kind)
        if not corpus:
            print("programs-%s: no seed inputs" % kind)
            status = 1
            continue
        rng = random.Random(int(os.environ.get("FUZZ_SEED", "1")))
        work = os.path.abspath(os.path.join(out, "work-" + kind))
        findings = os.path.join(out, "findings", kind)
        os.makedirs(work, exist_ok=True)
        os.makedirs(findings, exist_ok=True)
        inpath = os.path.join(work, "input.csv" if kind == "csv" else
                              "input.txt")
        end = time.time() + seconds
        runs = inputs = found = 0
        while time.time() < end:
            data = mutate(rng, rng.choice(corpus), corpus)
            with open(inpath, "wb") as f:
                f.write(data)
            inputs += 1
            for recipe in RECIPES[kind]:
                runs += 1
                why = run(bindir, recipe, inpath, work)
                if why is None:
                    continue
                found += 1
                name = "%s-%d" % (recipe[0], found)
                with open(os.path.join(findings, name), "wb") as f:
                    f.write(data)
                with open(os.path.join(out, "findings.log"), "a") as f:
                    f.write("%s/%s: %s: %s\n" % (kind, name, " ".join(recipe),
                                                 why))
                print("programs-%s: %s: %s" % (kind, " ".join(recipe), why))
                corpus.append(data)  # a failing input is worth mutating
                break
        print("programs-%s: %d inputs, %d runs in %.0f s, %d findings" %
              (kind, inputs, runs, seconds, found))
        if found:
            status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()
