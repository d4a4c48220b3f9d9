#!/bin/sh
# eval-pii.sh - recall and precision of ko-pii on the project's marked
# test set (tests/pii/set.txt; make check runs the same score as a case).
# Public PII data with gold marks does not exist for Korean, so the set is
# our own; this prints the table next to the other evaluations.
top=$(cd "$(dirname "$0")/.." && pwd)
sh "$top/scripts/pii-score.sh" "$top/tests/pii/set.txt"
