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
# An operand ko-norm cannot read is said before anything runs (exit 1, as
# the tools).
for f in "$@"; do
	if [ "$f" != - ] && { [ ! -r "$f" ] || [ -d "$f" ]; }; then
		echo "quality: $f: cannot read it" >&2
		exit 1
	fi
done
# sh has no pipefail: a pipeline's status is ko-quality's, so ko-norm's
# is noted in a file, and a ko-norm that stops on a bad record mid-file
# fails the script (exit 1, naming the stage), not just ends the input.
# (A ko-norm killed by SIGPIPE, 141, is only the sign that ko-quality
# stopped first.)
st=$(mktemp)
trap 'rm -f "$st"' EXIT
trap 'exit 1' HUP INT TERM
rc=0
# shellcheck disable=SC2086
{ ko-norm "$@" || echo $? >"$st"; } |
	ko-quality ${QUALITY_OPTS:-} --rejects "${QUALITY_REJECTS:-quality-rejects.jsonl}" || rc=$?
if [ $rc != 0 ]; then
	echo "quality: stage ko-quality failed" >&2
	exit $rc
fi
if [ -s "$st" ]; then
	echo "quality: stage ko-norm failed (status $(cat "$st")): the documents after its message are not in the output" >&2
	exit 1
fi
