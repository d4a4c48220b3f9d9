#!/bin/sh
# bench-memory.sh - peak memory of every line tool on one long record (a
# LINE_MB MB document, 100 by default, its paragraphs joined by \n escapes,
# as a JSONL record) and on a million small records, both built from the
# bench corpus. The budget (DESIGN, issue 13): at most 3 x the longest
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
lmb=$(awk -v b="$(wc -c <"$long")" 'BEGIN {printf "%.1f", b / 1e6}')
smb=$(awk -v b="$(wc -c <"$small")" 'BEGIN {printf "%.1f", b / 1e6}')
echo "peak memory: one $lmb MB record; 1,000,000 records ($smb MB)"
printf '%-28s %12s %8s %14s\n' command "long_MB" "x_line" "1M_records_MB"
peak() {
	/usr/bin/time -f %M -o "$data/t1" sh -c "$1" <"$2" >/dev/null 2>"$data/err" ||
		{ echo "failed: $(head -c 200 "$data/err")" >&2; echo "-"; return; }
	awk '{printf "%.1f", $1 / 1024}' "$data/t1"
}
while IFS='|' read -r cmd; do
	[ -n "$cmd" ] || continue
	first=${cmd%% *}
	command -v "$first" >/dev/null 2>&1 || continue
	l=$(peak "$cmd" "$long")
	s=$(peak "$cmd" "$small")
	x=$(awk -v m="$l" -v b="$lmb" 'BEGIN {if (m + 0 > 0) printf "%.2f", m / b; else print "-"}')
	printf '%-28s %12s %8s %14s\n' "$cmd" "$l" "$x" "$s"
done <<'EOF'
ko-norm
ko-norm --nfkc --max-repeat 3
ko-split
ko-split --chunk 14
ko-mask
ko-shuffle-sent
ko-shuffle-sent --unit word
ko-lastsent
ko-summary
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
