#!/bin/sh
# bench-import.sh - throughput and peak memory of ko-import and ko-qgroup on
# inputs built from ../shared/data (KorQuAD dev with its articles repeated
# ten times, about 39 MB on one line; the chatbot CSV repeated 32 times,
# about 28 MB), next to jq doing a comparable extraction. Median of RUNS
# runs. Not a test: nothing here passes or fails.
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${KOPIPE_SHARED:-$top/../shared}
kq=$shared/data/korquad/KorQuAD_v1.0_dev.json
csv=$shared/data/instruct/songys_ChatbotData.csv
runs=${RUNS:-3}
data=$top/bench-data
if [ ! -f "$kq" ] || [ ! -f "$csv" ]; then
	echo "bench-import: skipped: $shared/data not found (the shared data folder is absent)"
	exit 0
fi
PATH=$top/bin:$PATH
export PATH
mkdir -p "$data"
if [ ! -s "$data/korquad10.json" ]; then
	python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["data"] = d["data"] * 10
open(sys.argv[2], "w").write(json.dumps(d))' "$kq" "$data/korquad10.json" || exit 1
fi
if [ ! -s "$data/chatbot32.csv" ]; then
	{ cat "$csv"; printf '\r\n'; i=1
	  while [ $i -lt 32 ]; do tail -n +2 "$csv"; printf '\r\n'; i=$((i + 1)); done; } >"$data/chatbot32.csv"
fi
[ -s "$data/korquad10.jsonl" ] || ko-import squad "$data/korquad10.json" >"$data/korquad10.jsonl"
# Dacon- and AI-Hub-paper-shaped files from KorQuAD's contexts, cut at ". "
# (about 40 MB each): layouts whose real files cannot be here.
if [ ! -s "$data/dacon.jsonl" ] || [ ! -s "$data/paper.json" ]; then
	python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
ctx = [p["context"] for a in d["data"] for p in a["paragraphs"]] * 30
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i, c in enumerate(ctx):
        s = [x + "." for x in c.split(". ") if x]
        f.write(json.dumps({"media": "신문", "id": str(i), "article_original": s,
                            "abstractive": s[0], "extractive": sorted({0, len(s) // 2, len(s) - 1})},
                           ensure_ascii=False) + "\n")
papers = [{"doc_id": "P%d" % i, "title": "논문 %d" % i,
           "summary_entire": [{"orginal_text": c, "summary_text": c.split(". ")[0]}],
           "summary_section": [{"orginal_text": x, "summary_text": x[:40]} for x in c.split(". ")[:3]]}
          for i, c in enumerate(ctx[: len(ctx) // 2])]
json.dump([{"data": papers[: len(papers) // 2]}, {"data": papers[len(papers) // 2:]}],
          open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
' "$kq" "$data/dacon.jsonl" "$data/paper.json" || exit 1
fi

. "$top/scripts/measure.sh"

# name, input file, command reading stdin
row() {
	name=$1 file=$2 cmd=$3
	command -v "${cmd%% *}" >/dev/null 2>&1 || { printf '%-28s %9s\n' "$name" "(no ${cmd%% *})"; return; }
	measure "$name" "$file" "$cmd" || return
	printf '%-28s %9.1f %9.1f %9.1f\n' "$name" "$rate" \
		"$(awk -v b="$(wc -c <"$file")" 'BEGIN {print b / 1e6}')" "$(awk -v k="$rss" 'BEGIN {print k / 1024}')"
}

printf '%-28s %9s %9s %9s\n' tool MB/s input_MB peak_MB
row "ko-import squad" "$data/korquad10.json" "ko-import squad"
row "jq squad extraction" "$data/korquad10.json" \
	"jq -c '.data[] | .title as \$t | .paragraphs[] | .context as \$c | .qas[] | {id, title: \$t, context: \$c, question, answer: .answers[0].text}'"
row "ko-import csv" "$data/chatbot32.csv" "ko-import csv"
row "jq -R csv split" "$data/chatbot32.csv" "jq -R -c 'split(\",\") | {Q: .[0], A: .[1], label: .[2]}'"
row "ko-import dacon-summary" "$data/dacon.jsonl" "ko-import dacon-summary"
row "jq dacon extraction" "$data/dacon.jsonl" \
	"jq -c '{id, source: \"stdin\", media_name: .media, text: (.article_original | join(\" \")), summary: .abstractive, extractive, extractive_summary: ([.extractive[] as \$i | .article_original[\$i]] | join(\" \"))}'"
row "ko-import aihub-paper" "$data/paper.json" "ko-import aihub-paper"
row "jq paper extraction" "$data/paper.json" \
	"jq -c '.[].data[] | {doc_id, title} as \$p | (.summary_entire | to_entries[] | {id: \"\\(\$p.doc_id)-e\\(.key + 1)\", doc_id: \$p.doc_id, title: \$p.title, part: \"entire\", text: .value.orginal_text, summary: .value.summary_text}), (.summary_section | to_entries[] | {id: \"\\(\$p.doc_id)-s\\(.key + 1)\", doc_id: \$p.doc_id, title: \$p.title, part: \"section\", text: .value.orginal_text, summary: .value.summary_text})'"
row "ko-qgroup" "$data/korquad10.jsonl" "ko-qgroup"
row "ko-qgroup --single" "$data/korquad10.jsonl" "ko-qgroup --single --unanswerable 0.2"
row "jq qa fields" "$data/korquad10.jsonl" "jq -c '{instruction: .question, input: .context, output: .answer}'"
