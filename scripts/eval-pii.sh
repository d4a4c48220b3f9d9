#!/bin/sh
# eval-pii.sh - recall and precision of ko-pii on the project's marked
# test sets: tests/pii/set.txt, written with the code, and
# tests/pii/heldout.txt, written apart from it and kept as it was first
# scored (make check runs both: set.txt exactly, heldout.txt with a floor).
# Public PII data with gold marks does not exist for Korean, so the sets
# are our own; this prints the tables next to the other evaluations.
top=$(cd "$(dirname "$0")/.." && pwd)
echo "== tests/pii/set.txt"
sh "$top/scripts/pii-score.sh" "$top/tests/pii/set.txt"; st=$?
echo "== tests/pii/heldout.txt"
sh "$top/scripts/pii-score.sh" "$top/tests/pii/heldout.txt" || st=1
exit $st
