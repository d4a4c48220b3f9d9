#!/bin/bash
# kocommercial.sh [TASK OPTIONS] - the self-supervised recipe behind the
# KoCommercial-Dataset as one pipeline: JSONL documents ("text" field) on
# stdin, task records on stdout, no temporary files.
#
# Per document, by its number of sentences (the shared splitter's):
#   2 to 14 sentences: 44% last-sentence, 44% sentence-order, 12% mask;
#   one sentence:      56% word-order, 44% mask;
#   none or over 14:   no task (counted on stderr by the last stage);
#                      cut long documents first with ko-split --chunk 14.
# Each stage handles the documents whose share hash (from --seed and the
# document's id, or its bytes) falls in its slice and sentence range and
# passes everything else on, so the output does not depend on how the input
# is cut into shards. Options (--seed, --system, --template, --keep-fields,
# --context-in, -f) are given to every stage. With KOCOMMERCIAL_REJECTS=DIR
# each stage appends the documents it could not use to DIR/N-STAGE.jsonl
# (appends of whole lines: shards running at once never lose each other's).
#
# If any stage fails, the pipeline fails: the stage has printed its own
# message, this script names the stage and exits with its status. (bash,
# for pipefail and PIPESTATUS; POSIX sh has neither.) Installed by `make
# install` as the command kopipe-kocommercial.
set -eu -o pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -x "$here/../bin/ko-mask" ]; then PATH=$here/../bin:$PATH; export PATH; fi
rej() { [ -n "${KOCOMMERCIAL_REJECTS:-}" ] && echo "--rejects=$KOCOMMERCIAL_REJECTS/$1.jsonl" || :; }

ko-lastsent     --if-sentences 2:14 --share 0:0.44    $(rej 1-lastsent) "$@" |
ko-shuffle-sent --if-sentences 2:14 --share 0.44:0.88 $(rej 2-sentence-order) "$@" |
ko-mask         --if-sentences 2:14 --share 0.88:1    $(rej 3-mask) "$@" |
ko-shuffle-sent --if-sentences 1:1  --share 0:0.56 --unit word $(rej 4-word-order) "$@" |
ko-mask         --if-sentences 1:1  --share 0.56:1 --others drop $(rej 5-mask) "$@" || {
	st=("${PIPESTATUS[@]}")
	names=(1-lastsent 2-sentence-order 3-mask 4-word-order 5-mask)
	# The rightmost failure is the cause: the stages before it only lost
	# their reader (SIGPIPE, 141).
	for ((i = ${#st[@]} - 1; i >= 0; i--)); do
		if [ "${st[i]}" != 0 ]; then
			echo "kocommercial: stage ${names[i]} failed (status ${st[i]})" >&2
			exit "${st[i]}"
		fi
	done
	exit 1
}
