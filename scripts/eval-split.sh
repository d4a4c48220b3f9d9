#!/bin/sh
# eval-split.sh - ko-split against the kss/Kiwi sentence-splitting test sets
# in $KOPIPE_SHARED/data/split, scored by split_eval.py in stream mode (all
# paragraphs in one run, separated by blank lines), then against the
# project's own gold splits of informal text in tests/split (blog, review,
# chat, dialect; issue 15; held out), and the development set of those
# rules in tests/split-dev. Prints the EM/F1/NF1 tables; targets (issue
# 3): average NF1 >= 0.90, no set below 0.85 on the kss sets.
top=$(cd "$(dirname "$0")/.." && pwd)
sets=$KOPIPE_SHARED/data/split
ev=$KOPIPE_SHARED/bench/split_eval.py
if [ ! -d "$sets" ] || [ ! -f "$ev" ]; then
	echo "eval-split: skipped: $sets or $ev not found"
	exit 0
fi
command -v ko-split >/dev/null 2>&1 || { echo "eval-split: ko-split not built"; exit 1; }
python3 "$ev" --testset-dir "$sets" --mode stream --cmd 'ko-split --text' --throughput 20 || exit 1
echo
echo "informal text written for kopipe (tests/split, held out):"
python3 "$ev" --testset-dir "$top/tests/split" --mode stream --cmd 'ko-split --text' || exit 1
echo
echo "development set the informal rules were written against (tests/split-dev):"
python3 "$ev" --testset-dir "$top/tests/split-dev" --mode stream --cmd 'ko-split --text'
