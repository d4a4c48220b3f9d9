#!/bin/sh
# run.sh [--update] - every test of kopipe: the unit tests of common/, the
# generated tables, the golden cases in tests/cases/TOOL/NAME/ and CLI
# conformance of every tool.
# Ends with "N passed, N failed"; exit 1 if anything failed.
#
# A case folder holds cmd (a shell command line run in that folder, with
# stdin from "in" when present and $T a scratch folder), out (expected
# stdout), optionally err (expected stderr) and status (expected exit
# status, default 0). --update rewrites out, err and status from what the
# tools do now: review the diff before committing.
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$top/bin:$PATH
LC_ALL=C
export PATH LC_ALL
update=0
[ "${1:-}" = --update ] && update=1
pass=0
fail=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# Add the counts of a test program that reports its own (its last line is
# "N passed, N failed") and show its failures: counts NAME OUTPUT STATUS.
counts() {
	grep '^FAIL' "$2"
	line=$(tail -n 1 "$2")
	case $line in
	*" passed, "*" failed")
		pass=$((pass + ${line%% passed*}))
		f=${line#*passed, }
		fail=$((fail + ${f%% failed}))
		;;
	*) bad "$1 did not finish (status $3): $line" ;;
	esac
	[ "$3" -eq 0 ] || [ "$fail" -gt 0 ] || bad "$1 exit status $3"
}

# Unit tests report their own counts.
"$top/build/ko-unit" >"$scratch/unit" 2>&1
counts "unit tests" "$scratch/unit" $?

# Every tool against bad input, and the stateless tools over shards
# (skipped, status 77, without GNU parallel).
for t in badinput shards; do
	[ -f "$top/tests/$t.sh" ] || continue
	sh "$top/tests/$t.sh" >"$scratch/$t" 2>&1
	st=$?
	if [ $st = 77 ]; then cat "$scratch/$t"; else counts "tests/$t.sh" "$scratch/$t" $st; fi
done

# The floors of libko, checked on the objects (tests/floors.sh).
if sh "$top/tests/floors.sh" "$top/build" >"$scratch/floors" 2>&1; then
	ok
else
	cat "$scratch/floors"
	bad "libko floors"
fi

# The generated tables match the script that generates them.
sh "$top/tests/tables.sh" >"$scratch/tables" 2>&1
case $? in
0) ok ;;
77) cat "$scratch/tables" ;;
*) bad "generated tables"; cat "$scratch/tables" ;;
esac

# The ko-stats page renders in headless Chromium (tests/html.sh).
if [ -x "$top/bin/ko-stats" ]; then
	sh "$top/tests/html.sh" >"$scratch/html" 2>&1
	case $? in
	0) ok ;;
	77) cat "$scratch/html" ;;
	*) bad "ko-stats --html in chromium"; cat "$scratch/html" ;;
	esac
fi

# The cluster recipes in examples/cluster/ run for real where their engine
# can run on this machine (tests/cluster-*.sh; skipped with a message where
# it cannot).
for t in "$top"/tests/cluster-*.sh; do
	[ -f "$t" ] || continue
	n=$(basename "$t" .sh)
	bash "$t" >"$scratch/$n" 2>&1
	case $? in
	0) ok ;;
	77) cat "$scratch/$n" ;;
	*) bad "$n"; cat "$scratch/$n" ;;
	esac
done

for dir in "$top"/tests/cases/*/*/; do
	[ -f "$dir/cmd" ] || continue
	name=${dir#"$top"/tests/cases/}
	name=${name%/}
	T=$scratch/case
	rm -rf "$T" "$T".* # a case may write $T.x beside its folder: none is left for the next
	mkdir -p "$T"
	export T
	input=/dev/null
	[ -f "$dir/in" ] && input=$dir/in
	(cd "$dir" && sh -c "$(cat cmd)" <"$input" >"$T.out" 2>"$T.err")
	st=$?
	want=0
	[ -f "$dir/status" ] && want=$(cat "$dir/status")
	if [ $update = 1 ]; then
		cp "$T.out" "$dir/out"
		if [ -s "$T.err" ] || [ -f "$dir/err" ]; then cp "$T.err" "$dir/err"; fi
		if [ "$st" != 0 ]; then echo "$st" >"$dir/status"; else rm -f "$dir/status"; fi
		ok
		continue
	fi
	why=""
	[ "$st" = "$want" ] || why="status $st, expected $want"
	cmp -s "$T.out" "$dir/out" || why="$why${why:+; }stdout differs"
	if [ -f "$dir/err" ]; then
		cmp -s "$T.err" "$dir/err" || why="$why${why:+; }stderr differs"
	fi
	if [ -z "$why" ]; then
		ok
	else
		bad "$name: $why"
		diff "$dir/out" "$T.out" | head -n 10
		[ -f "$dir/err" ] && diff "$dir/err" "$T.err" | head -n 5
	fi
done

# CLI conformance: --help and --version on stdout with status 0, a bad
# option is one line on stderr with status 2, --help to a full disk fails.
for bin in "$top"/bin/ko-*; do
	t=$(basename "$bin")
	"$bin" --help >"$scratch/o" 2>"$scratch/e"
	if [ $? = 0 ] && [ -s "$scratch/o" ] && [ ! -s "$scratch/e" ] &&
	    head -n 1 "$scratch/o" | grep -q "^usage: $t "; then ok; else bad "$t --help"; fi
	"$bin" --version >"$scratch/o" 2>"$scratch/e"
	if [ $? = 0 ] && grep -q "^$t (kopipe) " "$scratch/o" && [ ! -s "$scratch/e" ]; then ok; else bad "$t --version"; fi
	"$bin" --no-such-option </dev/null >"$scratch/o" 2>"$scratch/e"
	if [ $? = 2 ] && [ ! -s "$scratch/o" ] && [ "$(wc -l <"$scratch/e")" = 1 ]; then ok; else bad "$t bad option"; fi
	if [ -w /dev/full ]; then
		"$bin" --help >/dev/full 2>/dev/null
		if [ $? != 0 ]; then ok; else bad "$t --help >/dev/full"; fi
	fi
	# ko-import takes its FORMAT operand before the files.
	pre=""
	[ "$t" = ko-import ] && pre=csv
	"$bin" $pre /no/such/file </dev/null >"$scratch/o" 2>"$scratch/e"
	if [ $? = 1 ] && grep -q "^$t: /no/such/file: " "$scratch/e"; then ok; else bad "$t missing file"; fi
	if [ -f "$top/man/$t.1" ]; then ok; else bad "$t has no man/$t.1"; fi
done

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
