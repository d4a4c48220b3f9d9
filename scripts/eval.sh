#!/bin/sh
# eval.sh - accuracy of the tools on real public data in ../shared/data,
# measured with the scripts in ../shared/bench. Runs every
# scripts/eval-*.sh; each one skips with a message when its data is absent.
top=$(cd "$(dirname "$0")/.." && pwd)
KOPIPE_SHARED=${KOPIPE_SHARED:-$top/../shared}
export KOPIPE_SHARED
PATH=$top/bin:$PATH
export PATH
if [ ! -d "$KOPIPE_SHARED/data" ]; then
	echo "eval: skipped: $KOPIPE_SHARED/data not found (the shared data folder is absent)"
	exit 0
fi
status=0
found=0
for e in "$top"/scripts/eval-*.sh; do
	[ -f "$e" ] || continue
	found=1
	echo "== $(basename "$e" .sh | sed 's/^eval-//')"
	sh "$e" || status=1
done
[ $found = 1 ] || echo "eval: no evaluations yet (ko-norm is covered by make check)"
exit $status
