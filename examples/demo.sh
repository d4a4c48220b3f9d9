#!/bin/sh
# demo.sh - the main job on the bundled corpus: raw Korean documents in,
# clean text and self-supervised fine-tuning tasks out. Each step uses a
# tool of this repository; a step whose tool is not part of this checkout
# yet says so instead of running.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$top/bin:$PATH
export PATH
ex=$top/examples
out=${DEMO_OUT:-$top/build/demo}
mkdir -p "$out"
have() { command -v "$1" >/dev/null 2>&1; }

echo "== 1. normalise: ko-norm examples/corpus.jsonl > $out/clean.jsonl"
ko-norm --max-repeat 3 "$ex/corpus.jsonl" >"$out/clean.jsonl"
echo "   $(wc -l <"$out/clean.jsonl") documents"

if have ko-split; then
	echo "== 2. sentences: ko-split > $out/sentences.jsonl"
	ko-split "$out/clean.jsonl" >"$out/sentences.jsonl"
	echo "   first document, one sentence a line:"
	head -n 1 "$out/clean.jsonl" | ko-split --explode | head -n 5 | sed 's/^/   /'
else
	echo "== 2. sentences: ko-split is not in this checkout yet"
fi

if [ -x "$ex/kocommercial.sh" ] && have ko-mask && have ko-shuffle-sent && have ko-lastsent; then
	echo "== 3. tasks: examples/kocommercial.sh < clean.jsonl > $out/tasks.jsonl"
	sh "$ex/kocommercial.sh" <"$out/clean.jsonl" >"$out/tasks.jsonl"
	echo "   $(wc -l <"$out/tasks.jsonl") task records; by task:"
	sed -n 's/.*"task":"\([^"]*\)".*/\1/p' "$out/tasks.jsonl" | sort | uniq -c | sed 's/^/   /'
	echo "   one of them:"
	head -n 1 "$out/tasks.jsonl" | cut -c 1-400 | sed 's/^/   /'
else
	echo "== 3. tasks: the task generators are not in this checkout yet"
fi

if have ko-import && have ko-qgroup; then
	echo "== 4. reading tasks: ko-import squad examples/squad-sample.json | ko-qgroup"
	ko-import squad "$ex/squad-sample.json" | ko-qgroup >"$out/qa-tasks.jsonl"
	echo "   $(wc -l <"$out/qa-tasks.jsonl") multi-question tasks"
else
	echo "== 4. reading tasks: ko-import and ko-qgroup are not in this checkout yet"
fi
echo "== outputs are in $out"
