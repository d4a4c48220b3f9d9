#!/usr/bin/env python3
"""ethics-threshold.py BIN MODEL=SET.jsonl... - choose ko-filter-ethics's threshold.

Each SET (JSONL lines with "text" and "label", as written by
scripts/ethics-data.py) is scored with its MODEL under the default policy
(a lexicon hit, or the classifier's score at or above the threshold).
Prints the threshold, from 0.30 to 0.90 by 0.01, that flags the least
clean text while its mean F1 over the sets that have unsafe texts stays
within 0.005 of the best, among the thresholds that flag at most 1% of
each clean set (label 0 only). Mean F1 is flat over a wide range of
thresholds; the tolerance keeps the choice from landing, by noise, at the
low end of that range, where casual clean text pays for it.

scripts/ethics-fit.sh passes each unsafe set scored by a model trained
without it (the sets label different things unsafe, and a set nobody has
is what the threshold must serve), and the clean sets' validation fifth
scored by a model trained on the rest. No set given here may be one a
reported test number comes from. Deterministic; the table of every
threshold goes to stderr.
"""
import json
import subprocess
import sys

MAX_CLEAN = 0.005
TOLERANCE = 0.005


def scores(binary, model, path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    inp = "".join(json.dumps({"text": r["text"]}, ensure_ascii=False) + "\n" for r in rows)
    out = {}
    for pol in ("classifier", "lexicon"):
        p = subprocess.run([binary, "--model", model, "--policy", pol, "--print-score"],
                           input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True)
        out[pol] = [l.split("\t") for l in p.stdout.decode("utf-8").splitlines()]
    # ('-' where a record had no text to judge: it scores as safe here)
    return [(r["label"], float(c[0]) if c[0] != "-" else 0.0, l[1] == "1")
            for r, c, l in zip(rows, out["classifier"], out["lexicon"])]


def f1(rows, t):
    tp = fp = fn = 0
    for y, s, lex in rows:
        p = lex or s >= t
        tp += y and p
        fp += (not y) and p
        fn += y and not p
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main():
    if len(sys.argv) < 3 or not all("=" in a for a in sys.argv[2:]):
        sys.exit("usage: ethics-threshold.py BIN MODEL=SET.jsonl...")
    binary = sys.argv[1]
    sets = [scores(binary, *a.split("=", 1)) for a in sys.argv[2:]]
    table = []
    for k in range(30, 91):
        t = k / 100
        f1s = [f1(rows, t) for rows in sets if any(y for y, _, _ in rows)]
        clean = [sum(1 for y, s, lex in rows if lex or s >= t) / len(rows)
                 for rows in sets if not any(y for y, _, _ in rows)]
        mean = sum(f1s) / len(f1s) if f1s else 0.0
        ok = all(c <= MAX_CLEAN for c in clean)
        sys.stderr.write("%.2f F1 %s mean %.4f clean max %.4f%s\n" % (
            t, " ".join("%.3f" % x for x in f1s), mean, max(clean, default=0),
            "" if ok else " (too many)"))
        if ok:
            table.append((t, mean))
    if not table:
        print("0.90")
        return
    top = max(mean for _, mean in table)
    print("%.2f" % max(t for t, mean in table if mean >= top - TOLERANCE))


if __name__ == "__main__":
    main()
