#!/bin/sh
# split-equiv.sh - byte-for-byte equivalence of the sentence splitter
# (common/split.c) between a reference build and this worktree's build.
# For changes to the splitter that must not change a single output byte
# (speed work): every tool that splits, in every mode, on real and random
# text, plus the splitter's raw answers on arbitrary bytes.
#
#   scripts/split-equiv.sh --build-ref REV DIR   build REV and keep its
#                                                binaries in DIR
#   scripts/split-equiv.sh DIR                   compare bin/ against DIR
#
# Build the reference at the branch's fork point, `git merge-base HEAD
# main`: against a main that has moved on, the tools changed there
# (generators, say) differ for reasons of their own.
#
# DIR holds ko-split ko-stats ko-mask ko-lastsent ko-shuffle-sent ko-quality
# and libko.a of the reference. Corpora: bench-data/wiki.{jsonl,txt}
# (`make bench` builds them; BENCH_DATA=dir to use others), KorQuAD dev
# through ko-import, the chatbot CSV and every Korean text file of
# ../shared/data (KOPIPE_SHARED), the gold splits of tests/split, and a
# random corpus from scripts/split-stress.py (STRESS_MB, default 8; SEED,
# default 1). QUICK=1 cuts the wiki files to 4 MB. Prints one line per
# comparison and exits 1 if any differs.
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${KOPIPE_SHARED:-$top/../shared}
data=${BENCH_DATA:-$top/bench-data}
tools="ko-split ko-stats ko-mask ko-lastsent ko-shuffle-sent ko-quality"

if [ "$1" = --build-ref ]; then
	[ $# -eq 3 ] || { echo "usage: $0 --build-ref REV DIR" >&2; exit 2; }
	src=$(mktemp -d) || exit 1
	git -C "$top" archive "$2" | tar -x -C "$src" || exit 1
	make -C "$src" -j2 build >/dev/null || exit 1
	mkdir -p "$3" || exit 1
	for t in $tools; do cp "$src/bin/$t" "$3/" || exit 1; done
	cp "$src/build/libko.a" "$3/" || exit 1
	git -C "$top" rev-parse "$2" >"$3/REV"
	rm -rf "$src"
	echo "reference $2 built in $3"
	exit 0
fi
[ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: $0 REFDIR | --build-ref REV DIR" >&2; exit 2; }
ref=$(cd "$1" && pwd)
new=$top/bin
for t in $tools; do
	[ -x "$ref/$t" ] && [ -x "$new/$t" ] || { echo "split-equiv: $t missing" >&2; exit 2; }
done
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0 runs=0 bytes=0

# same NAME INPUT TOOL ARGS...: run both builds, compare stdout, stderr and
# the exit status
same() {
	name=$1 in=$2 tool=$3
	shift 3
	"$ref/$tool" "$@" <"$in" >"$tmp/o1" 2>"$tmp/e1"
	r1=$?
	"$new/$tool" "$@" <"$in" >"$tmp/o2" 2>"$tmp/e2"
	r2=$?
	sz=$(wc -c <"$tmp/o1")
	runs=$((runs + 1))
	bytes=$((bytes + sz))
	if [ $r1 -eq $r2 ] && cmp -s "$tmp/o1" "$tmp/o2" && cmp -s "$tmp/e1" "$tmp/e2"; then
		printf 'same  %-14s %-24s %s %s (%s bytes)\n' "$tool" "$name" "$*" "" "$sz"
	else
		printf 'DIFF  %-14s %-24s %s (status %s/%s)\n' "$tool" "$name" "$*" $r1 $r2
		cmp "$tmp/o1" "$tmp/o2" | head -1
		fails=$((fails + 1))
	fi
}

# ---- corpora ----
if [ -s "$data/wiki.jsonl" ] && [ -s "$data/wiki.txt" ]; then
	if [ -n "$QUICK" ]; then
		head -c 4000000 "$data/wiki.jsonl" | sed '$d' >"$tmp/wiki.jsonl"
		head -c 4000000 "$data/wiki.txt" | sed '$d' >"$tmp/wiki.txt"
	else
		ln -s "$data/wiki.jsonl" "$tmp/wiki.jsonl"
		ln -s "$data/wiki.txt" "$tmp/wiki.txt"
	fi
	head -c 3000000 "$data/wiki.txt" | sed '$d' >"$tmp/wiki3.txt"
	J="wiki.jsonl" T="wiki.txt" D="wiki3.txt"
else
	echo "split-equiv: no $data/wiki.jsonl (make bench BENCH_MB=20 builds it): wiki skipped"
	J="" T="" D=""
fi
if [ -d "$shared/data" ]; then
	d=$shared/data
	"$top/bin/ko-import" squad "$d/korquad/KorQuAD_v1.0_dev.json" >"$tmp/korquad.jsonl" 2>/dev/null
	cat "$d/instruct/songys_ChatbotData.csv" >"$tmp/chatbot.txt"
	cat "$d"/split/*.txt >"$tmp/kss.txt"
	{
		for f in "$d"/prose/* "$d"/hate/* "$d"/instruct/* "$d"/kobest/* "$d"/split/*; do
			case $f in
			*.gz) zcat "$f" ;;
			*.txt|*.tsv|*.csv|*.json|*.jsonl) cat "$f" ;;
			esac
			printf '\n'
		done
	} >"$tmp/shared.txt"
	J="$J korquad.jsonl" T="$T chatbot.txt kss.txt shared.txt" D="$D kss.txt shared.txt"
else
	echo "split-equiv: no $shared/data: the shared corpora are skipped"
fi
cat "$top"/tests/split/*.txt >"$tmp/gold.txt"
python3 "$top/scripts/split-stress.py" "${SEED:-1}" "${STRESS_MB:-8}" "$tmp/stress.txt" \
	"$tmp/stress.jsonl" "$tmp/stress.bytes" || exit 1
# the text corpora as JSONL too: up to 12 lines a record, so that fields
# hold line breaks and blank lines
for f in gold shared; do
	[ -s "$tmp/$f.txt" ] || continue
	python3 -c '
import json, sys
lines = open(sys.argv[1], "rb").read().decode("utf-8", "replace").split("\n")
with open(sys.argv[2], "w", encoding="utf-8") as o:
    for k in range(0, len(lines), 12):
        o.write(json.dumps({"id": k, "text": "\n".join(lines[k:k + 12])}, ensure_ascii=False) + "\n")
' "$tmp/$f.txt" "$tmp/$f.jsonl" || exit 1
	J="$J $f.jsonl"
done
T="$T gold.txt stress.txt" J="$J stress.jsonl" D="$D gold.txt stress.txt stress.bytes"

# ---- the splitter itself, on any bytes ----
for b in ref new; do
	if [ $b = ref ]; then lib=$ref/libko.a; else lib=$top/build/libko.a; fi
	cc -O1 -I"$top/common" -o "$tmp/drv-$b" "$top/tests/split-driver.c" "$lib" || exit 1
done
for f in $D; do
	"$tmp/drv-ref" "$tmp/$f" >"$tmp/d1"
	"$tmp/drv-new" "$tmp/$f" >"$tmp/d2"
	runs=$((runs + 1))
	bytes=$((bytes + $(wc -c <"$tmp/d1")))
	if cmp -s "$tmp/d1" "$tmp/d2"; then
		printf 'same  %-14s %-24s (%s bytes)\n' split-driver "$f" "$(wc -c <"$tmp/d1")"
	else
		printf 'DIFF  %-14s %-24s\n' split-driver "$f"
		diff "$tmp/d1" "$tmp/d2" | head -5
		fails=$((fails + 1))
	fi
done

# ---- the tools ----
for f in $T; do
	for m in "" "-p" "--offsets" "-p --offsets" "--drop-headings" "-p --drop-headings"; do
		# shellcheck disable=SC2086
		same "$f" "$tmp/$f" ko-split --text --on-error skip $m
	done
	same "$f" "$tmp/$f" ko-stats --text --on-error skip --json
	same "$f" "$tmp/$f" ko-quality --text --on-error skip --annotate
done
for f in $J; do
	fld=""
	[ "$f" = korquad.jsonl ] && fld="-f context"
	for m in "" "-p" "--offsets" "--explode" "--explode --offsets" "--chunk 14" \
		"--chunk 14 --offsets" "--chunk-chars 300" "--chunk 5 --chunk-chars 200" \
		"--drop-headings" "-p --drop-headings" "-p --chunk 14"; do
		# shellcheck disable=SC2086
		same "$f" "$tmp/$f" ko-split --on-error skip $fld $m
	done
	# shellcheck disable=SC2086
	{
		same "$f" "$tmp/$f" ko-stats --on-error skip $fld
		same "$f" "$tmp/$f" ko-stats --on-error skip --json $fld
		same "$f" "$tmp/$f" ko-quality --on-error skip --annotate $fld
		same "$f" "$tmp/$f" ko-mask --on-error skip $fld
		same "$f" "$tmp/$f" ko-lastsent --on-error skip $fld
		same "$f" "$tmp/$f" ko-lastsent --on-error skip --position 2 $fld
		same "$f" "$tmp/$f" ko-shuffle-sent --on-error skip $fld
		same "$f" "$tmp/$f" ko-shuffle-sent --on-error skip --unit word $fld
	}
done
echo "split-equiv: $runs comparisons, $bytes reference output bytes, $fails differ" \
	"(reference $(cat "$ref/REV" 2>/dev/null || echo "$ref"))"
[ $fails -eq 0 ]
