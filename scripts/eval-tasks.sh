#!/bin/sh
# eval-tasks.sh - the task-quality audit of issue 9: the recipe
# (examples/kocommercial.sh, installed as kopipe-kocommercial) run as a user
# runs it, on the kowiki sample through ko-import wikiextractor and on
# examples/corpus.jsonl, and its output read by scripts/audit-tasks.py,
# whose rules (written at its top) share nothing with the generators'.
# Prints, per task kind, the share of tasks with a heading as a unit or
# answer, markup residue, word-order words not in the answer, short or
# unended continuation answers, stop-word masks, short mask passages and
# mask answers found as a whole word elsewhere in the passage, and
# the share of documents that yield a task. Targets: each share <= 2%
# (stop-word masks and short passages <= 5%, copyable mask answers <= 25%),
# yield >= 90%.
# AUDIT_EXAMPLES=N prints N flagged tasks per rule, AUDIT_SHOW=N N tasks of
# each kind. Skips when the shared data is absent.
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${KOPIPE_SHARED:-$top/../shared}
wiki=$shared/data/prose/kowiki_wikiextractor_sample.txt.gz
if [ ! -f "$wiki" ]; then
	echo "tasks: skipped: $wiki not found (the shared data folder is absent)"
	exit 0
fi
command -v python3 >/dev/null 2>&1 || { echo "tasks: skipped: no python3"; exit 0; }
PATH=$top/bin:$PATH
export PATH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
recipe="bash $top/examples/kocommercial.sh"
audit="python3 $top/scripts/audit-tasks.py --freq $wiki --examples ${AUDIT_EXAMPLES:-0} --show ${AUDIT_SHOW:-0}"
status=0

ko-import wikiextractor "$wiki" 2>"$tmp/import.err" | $recipe >"$tmp/wiki.jsonl" 2>"$tmp/wiki.err" ||
	{ cat "$tmp/import.err" "$tmp/wiki.err"; echo "tasks: the recipe failed on the kowiki sample"; exit 1; }
$audit --name "kowiki sample" --docs "$wiki" --docs-format wikiextractor --tasks "$tmp/wiki.jsonl" || status=1

$recipe <"$top/examples/corpus.jsonl" >"$tmp/corpus.jsonl" 2>"$tmp/corpus.err" ||
	{ cat "$tmp/corpus.err"; echo "tasks: the recipe failed on examples/corpus.jsonl"; exit 1; }
echo
$audit --name "examples/corpus.jsonl" --docs "$top/examples/corpus.jsonl" --tasks "$tmp/corpus.jsonl" || status=1
exit $status
