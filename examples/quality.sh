#!/bin/sh
# quality.sh [FILE...] - clean documents before task generation: normalise
# them and drop what fails ko-quality's rules, keeping the dropped ones with
# their reason. JSONL documents (a "text" field, as ko-import writes them)
# from the files or stdin; kept documents on stdout; the number dropped by
# each rule on stderr.
#
#   ko-import wikiextractor wiki_00 | sh examples/quality.sh >kept.jsonl
#   jq -r .reject_reason quality-rejects.jsonl | sort | uniq -c
#
# QUALITY_REJECTS names the rejects file (default quality-rejects.jsonl,
# appended to). The rules and their thresholds: ko-quality --list-rules;
# tune them with QUALITY_OPTS, e.g.
# QUALITY_OPTS='--off min-terminal --rule min-chars=20'.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -x "$here/../bin/ko-quality" ]; then PATH=$here/../bin:$PATH; export PATH; fi
# sh has no pipefail: an operand ko-norm cannot read would end the run with
# ko-quality's status 0, so they are checked first (exit 1, as the tools).
for f in "$@"; do
	if [ "$f" != - ] && { [ ! -r "$f" ] || [ -d "$f" ]; }; then
		echo "quality: $f: cannot read it" >&2
		exit 1
	fi
done
# shellcheck disable=SC2086
ko-norm "$@" | ko-quality ${QUALITY_OPTS:-} --rejects "${QUALITY_REJECTS:-quality-rejects.jsonl}"
