#!/bin/sh
# ethics-fit.sh MODEL FILE... - train a ko-filter-ethics model on labelled
# JSONL files (from scripts/ethics-data.py) with a threshold chosen on
# data the chosen threshold's model never saw: a first model is trained on
# folds 1-4 of every file, scripts/ethics-threshold.py picks the threshold
# on fold 0 (best mean F1 over the unsafe sets, at most 1% of each clean
# set flagged), and the model written is trained on all of the files with
# that threshold stored in it. Deterministic.
top=$(cd "$(dirname "$0")/.." && pwd)
model=${1:?usage: ethics-fit.sh MODEL FILE...}
shift
bin=$top/bin/ko-filter-ethics
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" "$@" <<'PY' || exit 1
import json, os, sys
out = sys.argv[1]
for i, path in enumerate(sys.argv[2:]):
    with open(path, encoding="utf-8") as f, \
         open(f"{out}/{i}.fit.jsonl", "w", encoding="utf-8") as fit, \
         open(f"{out}/{i}.val.jsonl", "w", encoding="utf-8") as val:
        for line in f:
            (val if json.loads(line)["fold"] == 0 else fit).write(line)
PY
"$bin" train -o "$tmp/fit.model" "$tmp"/*.fit.jsonl 2>/dev/null || exit 1
t=$(python3 "$top/scripts/ethics-threshold.py" "$bin" "$tmp/fit.model" "$tmp"/*.val.jsonl \
	2>"$tmp/sweep") || { cat "$tmp/sweep" >&2; exit 1; }
echo "ethics-fit: threshold $t (chosen on fold 0)" >&2
"$bin" train --threshold "$t" -o "$model" "$@"
