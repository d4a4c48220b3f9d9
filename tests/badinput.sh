#!/bin/sh
# badinput.sh - every tool against bad input: invalid UTF-8 of every kind,
# lone surrogate escapes, NUL bytes, lines that are not objects, deep
# nesting, wrong types, a 100 MB line, empty input, no final newline,
# truncated and corrupt gzip, gzip followed by plain text.
#
# Under --on-error fail: status 1 at the first bad record, named
# "ko-x: FILE:LINE: reason"; status 0, or 1 with such a message, on odd
# input; status 1 and "ko-x: FILE: reason" for each broken gzip file.
# Under --on-error skip: status 0 (1 only for broken gzip), each bad line
# in --rejects with its line number, and the accounting of --stats holds:
# records_in = records_out + rejected, as many lines in --rejects as
# rejected. Always: no sanitizer report, no status above 1, every stderr
# line starts with the tool's name, output UTF-8, rejects JSON.
#
# Run by tests/run.sh; ends with "N passed, N failed". KOPIPE_BIG_MB sets
# the size of the long line (default 100).
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$top/bin:$PATH
LC_ALL=C
export PATH LC_ALL
pass=0
fail=0
s=$(mktemp -d)
trap 'rm -rf "$s"' EXIT
c=$s/cases
mkdir -p "$c"

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: badinput: $*"; }

# A record every tool can work on: text, a task, a question.
G='{"id":"g","text":"첫째 문장은 이렇게 시작한다. 둘째 문장으로 글이 끝난다.","instruction":"요약하라.","input":"","output":"짧은 글이다.","context":"등대는 섬 끝에 있다.","question":"등대는 어디에 있나?","answer":"섬 끝","summary":"두 문장.","title":"제목","article_original":["첫째 문장."],"abstractive":"첫째."}'

# bad: a good record, then each bad record followed by a good one. Every bad
# line must be reported (fail: the run stops at line 2) or rejected with its
# line number (skip). The UTF-8 kinds come first: a table layout (ko-import
# tsv) reads the JSON ones as plain text.
: >"$s/badlines"
n=1
echo "$G" >"$c/bad"
add() { # kind, line (printf format), json (1 if bad only as JSON)
	printf "$2\n" >>"$c/bad"
	echo "$G" >>"$c/bad"
	n=$((n + 1))
	echo "$n $1 $3" >>"$s/badlines"
	n=$((n + 1))
}
add overlong '{"id":2,"text":"가\300\257나"}' 0
add overlong-3 '{"id":2,"text":"가\340\200\257나"}' 0
add overlong-text '가\301\201나 다.' 0
add surrogate-utf8 '{"id":2,"text":"가\355\240\200나"}' 0
add surrogate-utf8-text '가\355\277\277나' 0
add truncated '{"id":2,"text":"가\352\260"}' 0
add truncated-4 '{"id":2,"text":"가\360\237\230"}' 0
add truncated-eol '가나\352\260' 0
add above-max '{"id":2,"text":"가\364\220\200\200"}' 0
add above-max-5 '{"id":2,"text":"\370\210\200\200\200"}' 0
add above-max-byte '가\377나' 0
add stray-continuation '{"id":2,"text":"가\200나"}' 0
add stray-continuation-text '\277가나' 0
add stray-in-key '{"id":2,"te\200xt":"가"}' 0
add lone-surrogate '{"id":2,"text":"a\\ud800b"}' 1
add lone-low-surrogate '{"id":2,"text":"\\udc00"}' 1
add reversed-surrogates '{"id":2,"text":"\\udc00\\ud800"}' 1
add surrogate-other-field '{"id":"\\ud83d","text":"가."}' 1
add nul-json '{"id":2,"text":"가\000나"}' 1
add malformed '{"id":2,"text":"가"' 1
add not-object-brace '{]' 1
add deep-nesting "{\"a\":$(i=0; while [ $i -lt 200 ]; do printf '[[[[[[[[[[[[[[[[[[[['; i=$((i + 1)); done)1}" 1

# odd: not necessarily bad; a tool may pass, reject or fail them, but says so.
{ echo "$G"; printf '가\000나 다.\n[1,2]\n"str"\n42\nnull\n  \n'
  printf '{"text":5}\n{"text":["가"]}\n{"text":null}\n{"text":{"a":1}}\n{"id":[1,2],"text":"가."}\n'
  printf '{"context":5,"question":[],"answer":{}}\n{"instruction":1,"input":null,"output":true}\n'
  printf '{"conversations":"x","messages":{}}\n{"article_original":[1,null]}\n'
  printf '%s\r\n\357\273\277\n' "$G"; echo "$G"; } >"$c/odd"
: >"$c/empty"
printf '%s' "$G" >"$c/no-final-newline"

# Broken gzip: a file-level error, status 1 in both modes, and the files
# after it are still read.
i=0
while [ $i -lt 40 ]; do echo "$G"; i=$((i + 1)); done | gzip -c >"$s/gz"
n=$(wc -c <"$s/gz")
head -c $((n / 2)) "$s/gz" >"$c/gzip-truncated"
cp "$s/gz" "$c/gzip-corrupt"
printf '\377\000\377\000\377\000\377\000' | dd of="$c/gzip-corrupt" bs=1 seek=$((n / 2)) conv=notrunc 2>/dev/null
{ cat "$s/gz"; echo "plain text after the gzip data."; } >"$c/gzip-then-plain"

# One line of KOPIPE_BIG_MB MB (in a field no tool reads, so it is fast),
# then a good record.
mb=${KOPIPE_BIG_MB:-100}
{ printf '{"id":"big","text":"긴 줄의 글이다. 끝이다.","pad":"'
  head -c $((mb * 1000000)) /dev/zero | tr '\0' a; printf '"}\n'; echo "$G"; } >"$s/big-line"

SAN='AddressSanitizer|LeakSanitizer|runtime error:|UndefinedBehaviorSanitizer|stack-overflow'

# run MODE CASE FILE...: run $tool ($args) on the files, in the folder $w;
# sets st and why from the checks every run passes, and under skip from
# --stats.
run() {
	mode=$1 case=$2
	shift 2
	rm -f "$w/o" "$w/e" "$w/rej" "$w/st"
	out=$w/o
	[ "$case" = big-line ] && out=/dev/null
	# shellcheck disable=SC2086
	if [ "$mode" = skip ]; then
		"$tool" $args --on-error skip --rejects "$w/rej" --stats "$w/st" "$@" >"$out" 2>"$w/e"
	else
		"$tool" $args --on-error fail "$@" >"$out" 2>"$w/e"
	fi
	st=$?
	why=""
	if grep -Eq "$SAN" "$w/e"; then
		why="sanitizer report: $(grep -E "$SAN" "$w/e" | head -n 1)"
	elif [ $st -gt 2 ]; then
		why="status $st (signal or crash)"
	elif [ $st = 2 ]; then
		why="status 2 (usage error) on data: $(head -n 1 "$w/e" | cut -c1-100)"
	elif grep -v "^$tool: " "$w/e" | grep -q .; then
		why="stderr line not from $tool: $(grep -v "^$tool: " "$w/e" | head -n 1 | cut -c1-100)"
	elif [ "$out" != /dev/null ] && ! iconv -f UTF-8 -t UTF-8 "$w/o" >/dev/null 2>&1; then
		why="output not UTF-8"
	elif [ $st = 1 ] && ! grep -q "^$tool: $c/[a-z-]*:[0-9]*:* " "$w/e"; then
		why="status 1 without a '$tool: FILE:LINE: ' message"
	fi
	[ -z "$why" ] && [ "$mode" = skip ] && stats
}

# The accounting of a run under skip: records_in = records_out + rejected
# (ko-stats writes a report, not records), each rejected record in --rejects.
stats() {
	if [ ! -s "$w/st" ]; then
		why="no --stats line"
		return
	fi
	# awk, not jq: jq takes ten times longer to start, and this runs often
	set -- $(awk 'function num(k) {
		if (!match($0, "\"" k "\":[0-9]+")) return ""
		return substr($0, RSTART + length(k) + 3, RLENGTH - length(k) - 3)
	} { print num("records_in"), num("records_out"), num("rejected") }' "$w/st")
	nrej=0
	: >"$w/rl"
	if [ -s "$w/rej" ]; then
		nrej=$(wc -l <"$w/rej")
		jq -r '.reject_line' "$w/rej" >"$w/rl" 2>/dev/null || nrej=bad
	fi
	if [ "$nrej" = bad ]; then
		why="a --rejects line is not JSON"
	elif [ $# != 3 ]; then
		why="--stats line unreadable"
	elif [ "$tool" = ko-stats ] && [ "$3" -gt "$1" ]; then
		why="stats: rejected $3 > records_in $1"
	elif [ "$tool" != ko-stats ] && [ "$1" != $(($2 + $3)) ]; then
		why="stats: records_in $1 != records_out $2 + rejected $3"
	elif [ "$nrej" != "$3" ]; then
		why="stats: rejected $3 but $nrej lines in --rejects"
	fi
}

check() { # case, mode
	if [ -z "$why" ]; then ok; else bad "$label, case $1, --on-error $2: $why"; fi
}

# each_tool FUNCTION: FUNCTION for every tool, with tool, args and label
# set (ko-import once for a document, a JSON Lines and a table layout).
each_tool() {
	fn=$1
	for bin in "$top"/bin/ko-*; do
		tool=${bin##*/}
		if [ "$tool" = ko-import ]; then
			set -- json dacon-summary tsv
		else
			set -- ""
		fi
		for args; do
			label="$tool${args:+ $args}"
			"$fn"
		done
	done
}

# The long line takes most of the time: it runs beside the rest.
big_line() {
	run skip big-line "$s/big-line"
	[ -z "$why" ] && [ $st != 0 ] && why="status $st: $(head -n 1 "$w/e" | cut -c1-100)"
	check big-line skip
}
w=$s/big
mkdir -p "$w"
(each_tool big_line >"$s/big.out"; echo "$pass $fail" >"$s/big.counts") &
bigpid=$!

cases() {
	# bad: the run stops at line 2, or rejects every bad line.
	run fail bad "$c/bad"
	if [ -z "$why" ] && [ $st != 1 ]; then
		why="status $st, expected 1"
	elif [ -z "$why" ] && [ "$args" != json ] && ! grep -q "^$tool: $c/bad:2: " "$w/e"; then
		why="not stopped at line 2: $(head -n 1 "$w/e" | cut -c1-100)"
	fi
	check bad fail
	run skip bad "$c/bad"
	[ -z "$why" ] && [ $st != 0 ] && why="status $st"
	if [ -z "$why" ] && [ "$args" != json ]; then
		missed=$(awk -v tsv=$([ "$args" = tsv ] && echo 1) 'NR == FNR { seen[$1] = 1; next }
			!($1 in seen) && !(tsv && $3 == 1) { printf "%s%s (line %s)", n++ ? ", " : "", $2, $1 }
			' "$w/rl" "$s/badlines")
		[ -n "$missed" ] && why="not rejected: $missed"
	fi
	check bad skip

	# odd, empty, no final newline: status 0, or 1 with a message.
	for case in odd empty no-final-newline; do
		run fail $case "$c/$case"
		check $case fail
		run skip $case "$c/$case"
		[ -z "$why" ] && [ $st != 0 ] && why="status $st"
		check $case skip
	done

	# broken gzip: status 1 and a message for each file, in both modes.
	for mode in fail skip; do
		run $mode gzip "$c/gzip-truncated" "$c/gzip-corrupt" "$c/gzip-then-plain"
		[ -z "$why" ] && [ $st != 1 ] && why="status $st, expected 1"
		for f in gzip-truncated gzip-corrupt gzip-then-plain; do
			[ -z "$why" ] && ! grep -q "^$tool: $c/$f: " "$w/e" && why="no message naming $f"
		done
		check gzip $mode
	done
}
w=$s/main
mkdir -p "$w"
each_tool cases
wait $bigpid
cat "$s/big.out"
read -r p f <"$s/big.counts"
pass=$((pass + p))
fail=$((fail + f))
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
