#!/bin/sh
# equiv-quality.sh - check that ko-quality and ko-stats write byte for byte
# what reference binaries write, on real and stress inputs: a speed change
# must not change a verdict, a measure or a report.
#
#   sh scripts/equiv-quality.sh REFDIR [NEWDIR]
#
# REFDIR holds ko-quality and ko-stats built from the commit compared to
# (e.g. cp /work/main/bin/ko-quality /work/main/bin/ko-stats REFDIR);
# NEWDIR defaults to this worktree's bin. Inputs: ../bench-data/wiki.jsonl
# (or $WIKI), the data in ../shared/data (or $SHARED) turned into records,
# the golden cases' inputs, and a generated stress corpus (repeated lines
# and paragraphs, long lines, punctuation runs, jamo, U+FFFD, invalid
# bytes, empty texts, task records). Compared: stdout, stderr, exit status,
# --rejects and --stats files (the seconds masked). Prints one line per
# difference and exits 1 if there was any.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:?usage: equiv-quality.sh REFDIR [NEWDIR]}
new=${2:-$top/bin}
shared=${SHARED:-$top/../shared/data}
wiki=${WIKI:-$top/../bench-data/wiki.jsonl}
[ -f "$wiki" ] || wiki=$top/bench-data/wiki.jsonl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
in=$tmp/in
mkdir -p "$in" "$tmp/a" "$tmp/b"

# ---- inputs ----
[ -f "$wiki" ] && ln -s "$wiki" "$in/wiki.jsonl"
if [ -d "$shared" ]; then
	q=$shared/korquad/KorQuAD_v1.0_dev.json
	[ -f "$q" ] && jq -c '.data[].paragraphs[] | {text: .context}' "$q" >"$in/korquad.jsonl" &&
		jq -c '.data[].paragraphs[].qas[] | {instruction: .question, output: .answers[0].text}' \
			"$q" >"$in/korquad-tasks.jsonl"
	c=$shared/instruct/songys_ChatbotData.csv
	[ -f "$c" ] && cp "$c" "$in/chatbot.txt"
	w=$shared/prose/kowiki_wikiextractor_sample.txt.gz
	if [ -f "$w" ]; then
		zcat "$w" >"$in/kowiki.txt"
		# one record a document, its lines joined: multi-line texts
		zcat "$w" | jq -Rsc 'split("</doc>\n")[] | select(length > 0) | {text: .}' >"$in/kowiki-docs.jsonl"
	fi
	h=$shared/hate/kocohub_unlabeled_comments_5.txt.gz
	[ -f "$h" ] && zcat "$h" >"$in/comments.txt"
	for f in hate/kocohub_beep_train.tsv hate/curse_detection_dataset.txt hate/kmhas_valid.txt \
		split/sample.txt split/blogs_lee.txt split/tweets.txt kobest/kobest_BoolQ_train.tsv; do
		[ -f "$shared/$f" ] && cp "$shared/$f" "$in/$(basename "$f" | tr . _).txt"
	done
	[ -f "$shared/split/blogs_lee.txt" ] &&
		jq -Rsc 'split("\n\n")[] | {text: .}' "$shared/split/blogs_lee.txt" >"$in/blogs-paras.jsonl"
	k=$shared/prose/kommongen_dev.jsonl
	[ -f "$k" ] && jq -c '{text: .scene, source: "kommongen"}' "$k" >"$in/kommongen.jsonl"
	n=$shared/prose/klue-nli-v1.1_dev.json
	[ -f "$n" ] && jq -c '.[] | {text: (.premise + "\n" + .hypothesis), task: .gold_label}' "$n" >"$in/nli.jsonl"
fi
for d in "$top"/tests/cases/ko-quality/* "$top"/tests/cases/ko-stats/*; do
	for f in "$d"/*; do
		case $f in */cmd | */out | */err | */status) continue ;; esac
		[ -f "$f" ] && cp "$f" "$in/case-$(basename "$d")-$(basename "$f")"
	done
done
python3 - "$in" <<'EOF'
import json, random, sys
random.seed(12)
d = sys.argv[1]
words = ["한국어", "문장을", "나눈다.", "그리고", "있었다", "것이다.", "사람", "AI", "언어", "모델로서",
         "저는", "죄송하지만", "삭제", "1,234", "ㅋㅋㅋ", "ㅠㅠ", "\u1100\u1161", "\ufffd", "…", "...",
         "!!", "?!", "★", "$5", "e-mail", "Hello", "world.", "\u00a0", "\u3000", "가나다", "다음과",
         "같다.", "•", "- 항목", "·", "「인용」", "(괄호)", "12.5%", "\u200b", "é", "ﾊﾝ", "\U0001F600",
         "다음", "뜻으로", "쓰인다.", "아래", "표는", "I'm", "sorry,", "but", "I", "n/a", "[deleted]"]
seps = [" ", " ", " ", " ", "  ", "\n", "\n\n", "\t", " \n ", "\r\n"]
def text(nw):
    return "".join(random.choice(words) + random.choice(seps) for _ in range(nw)).strip(" ")
recs = []
for i in range(3000):
    k = random.random()
    if k < 0.05:
        t = ""
    elif k < 0.1:
        t = random.choice(["삭제.", "(삭제)", " 삭제됨 ", "n/a", "없음\n없음", "비밀글입니다."])
    elif k < 0.3:
        line = text(random.randint(1, 12))
        t = "\n".join([line] * random.randint(2, 6) + [text(3)])
    elif k < 0.4:
        para = text(random.randint(5, 30)).replace("\n\n", "\n")
        t = "\n\n".join([para, text(8), para, para])
    elif k < 0.5:
        t = ("가나다 라마 " * random.randint(10, 400)) + text(20)
    elif k < 0.55:
        t = "".join(random.choice("….!?~ㅋㅠ ") for _ in range(random.randint(1, 300)))
    elif k < 0.6:
        t = " ".join(random.choice(words) for _ in range(random.randint(100, 3000)))
    else:
        t = text(random.randint(1, 200))
    r = {"text": t}
    if random.random() < 0.2:
        r["task"] = random.choice(["mask", "qa", "next-sentence"])
        r["source"] = random.choice(["a", "b"])
    if random.random() < 0.1:
        r = {"instruction": text(5), "input": random.choice(["", text(10)]), "output": t}
    recs.append(json.dumps(r, ensure_ascii=random.random() < 0.5))
# long texts: past MAX_WORDS eojeol and MAX_LINES lines
recs.append(json.dumps({"text": " ".join(random.choice(words) for _ in range(70000))}))
recs.append(json.dumps({"text": "\n".join(text(3) for _ in range(70000))}))
recs.append(json.dumps({"text": "\n".join(["같은 줄이다."] * 70000)}))
recs.append(json.dumps({"text": ("가 나 다 라 " * 20000)}))
recs.append("not json {")
recs.append('{"text": 5}')
recs.append('{"other": "x"}')
with open(d + "/stress.jsonl", "w") as f:
    f.write("\n".join(recs) + "\n")
with open(d + "/stress.txt", "wb") as f:
    for i in range(2000):
        t = text(random.randint(0, 40)).replace("\n", " ").encode()
        if random.random() < 0.05:
            t += random.choice([b"\xff", b"\xed\xa0\x80", b"\xea\xb0", b"\xc3", b"\x80\x80"])
        f.write(t + b"\n")
EOF

# ---- runs ----
fail=0
n=0
# run DIR TAG TOOL ARGS... < input: outputs into DIR/TAG.{out,err,status,rej,stats}
run() {
	dir=$1 tag=$2 tool=$3
	shift 3
	o=$tmp/$dir/$tag
	"${tool}" "$@" >"$o.out" 2>"$o.err"
	echo $? >"$o.status"
}
compare() {
	tag=$1
	for x in out err status rej stats html; do
		fa=$tmp/a/$tag.$x fb=$tmp/b/$tag.$x
		[ -f "$fa" ] || [ -f "$fb" ] || continue
		if [ "$x" = stats ]; then
			sed -i 's/"seconds":[0-9.]*/"seconds":S/' "$fa" "$fb"
		fi
		sed -i "s|$tmp/[ab]/|DIR/|g" "$fa" "$fb" 2>/dev/null
		if ! cmp -s "$fa" "$fb"; then
			echo "DIFF $tag.$x"
			fail=1
		fi
	done
	rm -f "$tmp"/a/"$tag".* "$tmp"/b/"$tag".*
	n=$((n + 1))
}
both() { # TAG INPUT TOOL ARGS...: run reference and new, compare
	tag=$1 input=$2 tool=$3
	shift 3
	for side in a b; do
		if [ $side = a ]; then bin=$ref; else bin=$new; fi
		args=$(printf '%s\n' "$@" | sed "s|@|$tmp/$side/$tag|g")
		# shellcheck disable=SC2086
		(IFS='
'; run $side "$tag" "$bin/$tool" $args <"$input")
	done
	compare "$tag"
}
for f in "$in"/*; do
	base=$(basename "$f")
	case $f in
	*.jsonl) mode= ;;
	*) mode=--text ;;
	esac
	set -- ${mode:+"$mode"}
	both "$base-q" "$f" ko-quality "$@" --rejects @.rej --stats @.stats
	both "$base-qa" "$f" ko-quality "$@" --annotate
	both "$base-qloose" "$f" ko-quality "$@" --rule min-chars=1 --rule max-top-2gram=0.05 --rule max-top-4gram=0.02 --off max-fffd,min-hangul
	both "$base-s" "$f" ko-stats "$@"
	both "$base-sj" "$f" ko-stats "$@" --json
	both "$base-sh" "$f" ko-stats "$@" --html @.html
	case $base in stress* | case-*) both "$base-sns" "$f" ko-stats "$@" --no-sentences --json ;; esac
done
both stress-fields "$in/stress.jsonl" ko-quality -f instruction -f output --annotate
both stress-sfields "$in/stress.jsonl" ko-stats -f instruction -f text --json
echo "equiv-quality: $n runs compared, $([ $fail = 0 ] && echo no differences || echo DIFFERENCES)"
exit $fail
