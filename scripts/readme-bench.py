#!/usr/bin/env python3
"""Copy the figures of a `make bench` log into README.md's two bench tables.

    python3 scripts/readme-bench.py BENCH.LOG [README.md]

Only rows inside the two tables are rewritten: the throughput table (the one
whose header starts `| command | MB/s | × jq |`) and the memory table (header
`| command | peak on a 100 MB record |`), each up to its first blank line.  A
row is matched by its first cell; a README row with no figures in the log is
left as it is and named on stderr, and so is a log line with no README row.
The prose around the tables (which quotes figures with their context) is the
writer's job.
"""
import re
import sys

# bench.list name -> the first cell of the README throughput row
THROUGHPUT = {
    "wc -l": "`wc -l` (read floor)",
    "jq -c .text": "`jq -c .text`",
    "ko-norm": "`ko-norm` (JSONL, already NFC)",
    "ko-norm text": "`ko-norm` (text lines)",
    "ko-norm nfkc": "`ko-norm --nfkc --max-repeat 3`",
    "ko-split text": "`ko-split` (text lines)",
    "ko-split jsonl": "`ko-split` (JSONL in and out)",
    "ko-mask": "`ko-mask`",
    "ko-shuffle-sent": "`ko-shuffle-sent`",
    "ko-shuffle-sent word": "`ko-shuffle-sent --unit word`",
    "ko-lastsent": "`ko-lastsent`",
    "ko-summary": "`ko-summary --task title`",
    "ko-pii": "`ko-pii`",
    "ko-pii annotate": "`ko-pii --annotate`",
    "ko-quality": "`ko-quality`",
    "ko-quality annotate": "`ko-quality --annotate`",
    "ko-stats": "`ko-stats`",
    "ko-stats json": "`ko-stats --json`",
    "ko-stats html": "`ko-stats --html /dev/null`",
    "ko-filter-ethics": "`ko-filter-ethics`",
    "ko-filter-ethics lexicon": "`ko-filter-ethics --policy lexicon`",
    "ko-dedup exact": "`ko-dedup --mode exact`",
    "ko-dedup near": "`ko-dedup` (exact + near)",
    "python ref minhash": "Python MinHash reference (`../shared/bench/dedup`)",
    "python ref recipe": "Python reference recipe (`../shared/bench/ref_recipe.py`)",
    "kocommercial gen": "`kocommercial gen` (ko-split, five generators)",
    "kocommercial.sh": "`kocommercial.sh --no-dedup` (with ko-norm, ko-quality, ko-pii, ko-filter-ethics)",
    "jq -c .": "`jq -c .` (for ko-mix)",
    "ko-mix": "`ko-mix` (shuffle in memory)",
    "ko-mix no-shuffle": "`ko-mix --no-shuffle --max-chars`",
    "ko-mix external 16M": "`ko-mix --memory 16M` (external shuffle)",
    "jq -c . tasks": "`jq -c .` on tasks (for ko-mix)",
    "ko-mix ratio tasks": "`ko-mix --by task --ratio ...` (tasks)",
    "jq -c .output tasks": "`jq -c .output` on tasks (for ko-format)",
    "ko-format messages": "`ko-format --to messages` (tasks)",
    "ko-format text": "`ko-format --to text --max-chars 4000`",
    "ko-format check": "`ko-format --check alpaca`",
}

THROUGHPUT_HEAD = "| command | MB/s | × jq |"
MEMORY_HEAD = "| command | peak on a 100 MB record |"


def read_log(path):
    """The throughput lines (name -> cells) and memory lines (command -> cells)."""
    speed, memory = {}, {}
    part = None
    num = re.compile(r"^-?[0-9.]+$|^-$")
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("tool ") and "x_jq" in line:
                part = "speed"
                continue
            if line.startswith("command ") and "x_line" in line:
                part = "memory"
                continue
            if line.startswith("tool ") or line.startswith("peak memory"):
                part = None
                continue
            if part is None or line.startswith(" "):
                continue
            cells = line.split()
            n = 6 if part == "speed" else 5
            if len(cells) <= n or not all(num.match(c) for c in cells[-n:]):
                continue
            name = " ".join(cells[:-n])
            (speed if part == "speed" else memory)[name] = cells[-n:]
    return speed, memory


def table_span(lines, head):
    for i, line in enumerate(lines):
        if line.startswith(head):
            j = i + 2
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            return i + 2, j
    sys.exit("readme-bench: README has no table headed %r" % head)


def first_cell(row):
    return row.split("|")[1].strip()


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: readme-bench.py BENCH.LOG [README.md]")
    readme = sys.argv[2] if len(sys.argv) == 3 else "README.md"
    speed, memory = read_log(sys.argv[1])
    if not speed:
        sys.exit("readme-bench: %s: no throughput lines" % sys.argv[1])
    with open(readme, encoding="utf-8") as f:
        lines = f.read().split("\n")
    label = {v: k for k, v in THROUGHPUT.items()}
    changed = 0

    a, b = table_span(lines, THROUGHPUT_HEAD)
    seen = set()
    for i in range(a, b):
        cell = first_cell(lines[i])
        name = label.get(cell)
        if name is None or name not in speed:
            print("readme-bench: no figures for row %s" % cell, file=sys.stderr)
            continue
        seen.add(name)
        mbs, xjq, _xwc, cpu, cpuxjq, peak = speed[name]
        row = "| %s | %s | %s | %s | %s | %s MB |" % (cell, mbs, xjq, cpu, cpuxjq, peak)
        if row != lines[i]:
            lines[i] = row
            changed += 1
    for name in speed:
        if name not in seen:
            print("readme-bench: log line %r has no README row" % name, file=sys.stderr)

    if memory:
        a, b = table_span(lines, MEMORY_HEAD)
        for i in range(a, b):
            cell = first_cell(lines[i])
            name = cell.strip("`")
            if name not in memory:
                print("readme-bench: no memory figures for row %s" % cell, file=sys.stderr)
                continue
            long_mb, x_line, _x_short, _x_rep, many = memory[name]
            row = "| %s | %s MB | %s | %s MB |" % (cell, long_mb, x_line, many)
            if row != lines[i]:
                lines[i] = row
                changed += 1

    with open(readme, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("readme-bench: %d rows changed" % changed, file=sys.stderr)


if __name__ == "__main__":
    main()
