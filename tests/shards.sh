#!/bin/sh
# shards.sh - the stateless tools give the same records over shards as in
# one process (DESIGN.md, Scale): each runs under GNU parallel --pipe with
# 1, 2 and 7 shards on an input whose every shard starts with a bad line or
# a text line, and the multiset of output lines, and of rejects (without
# reject_line, which counts within a shard), must equal the one-process
# run's. Ends with "N passed, N failed"; exit 77 (skipped) without GNU
# parallel.
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$top/bin:$PATH
LC_ALL=C
export PATH LC_ALL
if ! parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
	echo "shards: GNU parallel is not installed (Debian: parallel); skipped"
	exit 77
fi
pass=0
fail=0
s=$(mktemp -d)
trap 'rm -rf "$s"' EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: shards: $*"; }

# 42 lines: 7 shards of 6 and 2 of 21 start at lines 1 7 13 19 25 31 37
# and 1 22; each of those is a bad record or a text line.
S1='아침에 비가 내렸다. 그래서 길이 젖어 있었다. 사람들은 우산을 들고 걸었다. 점심 무렵에는 해가 났다. 오후에는 바람이 불었다.'
S2='도서관은 아홉 시에 문을 연다. 열람실은 삼 층에 있다. 그러나 주말에는 두 시간 늦게 연다. 이용자는 회원증을 보여 주어야 한다.'
S3='연락처는 010-2345-6789 이다. 메일은 hong@example.kr 로 보내면 된다. 답장은 사흘 안에 온다.'
i=1
while [ $i -le 42 ]; do
	case $i in
	1) printf '{"id":"b1","text":"가\377나"}\n' ;;
	7) printf '바깥 줄은 텍스트다. 그래도 한 레코드다.\n' ;;
	13) printf '{"id":"b13","text":"\\ud800"}\n' ;;
	19) printf '{"id":"b19","text":\n' ;;
	22) printf '{"id":"b22","text":"a\300\257"}\n' ;;
	25) printf '   {"id":"s25","text":"앞에 빈칸이 있는 JSON 줄이다. 그래도 JSON이다."}\n' ;;
	31) printf '{]\n' ;;
	37) printf '\277 깨진 텍스트 줄\n' ;;
	*)
		case $((i % 4)) in
		0) t=$S1 ;;
		1) t=$S2 ;;
		2) t=$S3 ;;
		3) t="$S2 $S1" ;;
		esac
		if [ $((i % 5)) = 0 ]; then
			printf '{"id":"t%d","instruction":"다음 글을 요약하시오.","input":"%s","output":"짧은 요약 %d."}\n' $i "$t" $i
		else
			printf '{"id":"s%d","text":"%s","title":"제목 %d","summary":"요약 %d이다.","category":"생활","article_original":["%s"],"abstractive":"요약."}\n' $i "$t" $i $i "$t"
		fi
		;;
	esac
	i=$((i + 1))
done >"$s/in"

SAN='AddressSanitizer|LeakSanitizer|runtime error:|UndefinedBehaviorSanitizer'

# sorted outputs and rejects without reject_line: sorted PREFIX
sorted() {
	sort "$1.out" >"$1.sout"
	if [ -s "$1.rej" ]; then
		# a key, never inside a string: there its quotes would be escaped
		sed 's/,"reject_line":[0-9]*//' "$1.rej" | sort >"$1.srej"
	else
		: >"$1.srej"
	fi
}

# The stateless tools (ko-dedup, ko-stats and ko-qgroup remember across
# records; ko-import's table and wiki layouts across lines).
while IFS='|' read -r label cmd; do
	[ -n "$label" ] || continue
	rm -f "$s"/one.* "$s"/sh.*
	# shellcheck disable=SC2086
	$cmd --on-error skip --rejects "$s/one.rej" <"$s/in" >"$s/one.out" 2>"$s/one.err"
	st=$?
	if [ $st != 0 ] || grep -Eq "$SAN" "$s/one.err"; then
		bad "$label, one process: status $st: $(head -n 1 "$s/one.err")"
		continue
	fi
	sorted "$s/one"
	for k in 1 2 7; do
		n=$((42 / k))
		rm -f "$s"/sh.*
		# Each shard appends whole lines to the one rejects file.
		parallel --will-cite --pipe -N $n -j 4 \
			"$cmd --on-error skip --rejects $s/sh.rej" <"$s/in" >"$s/sh.out" 2>"$s/sh.err"
		st=$?
		why=""
		if [ $st != 0 ]; then
			why="status $st: $(head -n 1 "$s/sh.err")"
		elif grep -Eq "$SAN" "$s/sh.err"; then
			why="sanitizer report"
		else
			sorted "$s/sh"
			cmp -s "$s/one.sout" "$s/sh.sout" || why="output records differ"
			cmp -s "$s/one.srej" "$s/sh.srej" || why="$why${why:+; }rejects differ"
		fi
		if [ -z "$why" ]; then ok; else bad "$label, $k shards: $why"; fi
	done
done <<'EOF'
ko-norm|ko-norm
ko-split|ko-split
ko-split --explode|ko-split --explode --offsets
ko-mask|ko-mask --min-chars 0
ko-shuffle-sent|ko-shuffle-sent --range 2:4 --links 0
ko-shuffle-sent --unit word|ko-shuffle-sent --unit word
ko-lastsent|ko-lastsent --position random
ko-summary|ko-summary --task summary:1,title-summary:1,expand:1,title-category:1
ko-pii|ko-pii
ko-quality|ko-quality --annotate
ko-format|ko-format --to messages
ko-filter-ethics|ko-filter-ethics --annotate
ko-import dacon-summary|ko-import dacon-summary
EOF

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
