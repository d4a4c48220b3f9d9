#!/bin/sh
# bench-memory.sh - peak memory of every line tool on one long record (a
# LINE_MB MB document, 100 by default, its paragraphs joined by \n escapes,
# as a JSONL record), on two records of as many MB of short sentences
# (12 to 20 bytes, a few quoted with \" or ending a line with \n: the most
# sentences a line holds, and the most per-sentence state; and one sentence
# repeated: the fewest distinct shingles) and on a million small records,
# the first and the last built from the bench corpus. The budget (DESIGN, issue 13): at most 3 x the longest
# line, and constant in the number of records. Not a test: nothing here
# passes or fails.
top=$(cd "$(dirname "$0")/.." && pwd)
data=$top/bench-data
mb=${LINE_MB:-100}
txt=$data/wiki.txt
if [ ! -s "$txt" ]; then
	echo "bench-memory: skipped: $txt not built (make bench builds it from ../shared)"
	exit 0
fi
PATH=$top/bin:$PATH
export PATH LC_ALL=C
long=$data/line$mb.jsonl
small=$data/small1m.jsonl
esc=$data/wiki.esc
short=$data/short$mb.jsonl
rep=$data/repeat$mb.jsonl
# JSON string bodies: backslash and quote escaped, tabs and other controls out
[ -s "$esc" ] || sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/[[:cntrl:]]//g' "$txt" >"$esc"
if [ ! -s "$long" ]; then
	# Whole paragraphs until the text reaches the size; the corpus is
	# read again from the top if it is shorter.
	awk -v want=$((mb * 1000000)) '
	BEGIN { printf "{\"id\":\"long\",\"text\":\"" }
	{ p[NR] = $0 }
	END {
		n = 0; i = 1
		while (n < want) { s = (n ? "\\n" : "") p[i]; printf "%s", s; n += length(s); i = i % NR + 1 }
		print "\"}"
	}' "$esc" >"$long"
fi
if [ ! -s "$small" ]; then
	# Paragraphs under 300 bytes, over and over: a million records.
	awk 'length($0) > 20 && length($0) < 300 { p[++k] = $0 }
	END { for (i = 0; i < 1000000; i++) printf "{\"id\":\"s%d\",\"text\":\"%s\"}\n", i, p[i % k + 1] }' \
		"$esc" >"$small"
fi
if [ ! -s "$short" ]; then
	awk -v want=$((mb * 1000000)) 'BEGIN {
		ns = split("비가 눈이 해가 달이 꽃이 새가 물이 길이 밤이 봄이 배가 차가 문이 불이 집이 산이", s, " ")
		nv = split("와 가 펴 떠 져 커 타 자 서 왔다 졌다 컸다 떴다 폈다 닫혔다 켜졌다 좋다", v, " ")
		ne = split(". . . ? ! .", e, " ")
		srand(13)
		printf "{\"id\":\"short\",\"text\":\""
		n = 0
		while (n < want) {
			x = s[int(rand() * ns) + 1] " " v[int(rand() * nv) + 1]
			r = rand()
			t = r < 0.1 ? "\\\"" x ".\\\"" : x e[int(rand() * ne) + 1]
			t = (n ? " " : "") t (r > 0.95 ? "\\n" : "")
			printf "%s", t
			n += length(t)
		}
		print "\"}"
	}' >"$short"
fi
if [ ! -s "$rep" ]; then
	awk -v want=$((mb * 1000000)) 'BEGIN {
		printf "{\"id\":\"repeat\",\"text\":\"오늘은 날씨가 좋다."
		for (n = 27; n < want; n += 28)
			printf " 오늘은 날씨가 좋다."
		print "\"}"
	}' >"$rep"
fi
lmb=$(awk -v b="$(wc -c <"$long")" 'BEGIN {printf "%.1f", b / 1e6}')
smb=$(awk -v b="$(wc -c <"$small")" 'BEGIN {printf "%.1f", b / 1e6}')
shmb=$(awk -v b="$(wc -c <"$short")" 'BEGIN {printf "%.1f", b / 1e6}')
rmb=$(awk -v b="$(wc -c <"$rep")" 'BEGIN {printf "%.1f", b / 1e6}')
echo "peak memory: one $lmb MB record; one of $shmb MB of short sentences and one of $rmb MB of one sentence repeated (x_line only); 1,000,000 records ($smb MB)"
printf '%-28s %12s %8s %8s %8s %14s\n' command "long_MB" "x_line" "x_short" "x_rep" "1M_records_MB"
# The runs' own files go to a private folder: bench-data may be shared by
# checkouts benching at once.
scratch=$(mktemp -d) || exit 1
trap 'rm -rf "$scratch"' EXIT
peak() {
	/usr/bin/time -f %M -o "$scratch/t1" sh -c "$1" <"$2" >/dev/null 2>"$scratch/err" ||
		{ echo "failed: $(head -c 200 "$scratch/err")" >&2; echo "-"; return; }
	awk '{printf "%.1f", $1 / 1024}' "$scratch/t1"
}
while IFS='|' read -r cmd; do
	[ -n "$cmd" ] || continue
	first=${cmd%% *}
	command -v "$first" >/dev/null 2>&1 || continue
	l=$(peak "$cmd" "$long")
	s=$(peak "$cmd" "$small")
	x=$(awk -v m="$l" -v b="$lmb" 'BEGIN {if (m + 0 > 0) printf "%.2f", m / b; else print "-"}')
	xs=$(awk -v m="$(peak "$cmd" "$short")" -v b="$shmb" 'BEGIN {if (m + 0 > 0) printf "%.2f", m / b; else print "-"}')
	xr=$(awk -v m="$(peak "$cmd" "$rep")" -v b="$rmb" 'BEGIN {if (m + 0 > 0) printf "%.2f", m / b; else print "-"}')
	printf '%-28s %12s %8s %8s %8s %14s\n' "$cmd" "$l" "$x" "$xs" "$xr" "$s"
done <<'EOF'
ko-norm
ko-norm --nfkc --max-repeat 3
ko-split
ko-split --chunk 14
ko-mask
ko-shuffle-sent
ko-shuffle-sent --unit word
ko-lastsent
ko-summary --summary-field text
ko-pii
ko-pii --annotate
ko-quality
ko-quality --annotate
ko-stats
ko-filter-ethics
ko-filter-ethics --annotate
ko-dedup --mode exact
ko-dedup
ko-mix --no-shuffle
EOF
