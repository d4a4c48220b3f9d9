#!/bin/sh
# cluster-stream.sh - the tools under the Hadoop Streaming contract of
# kopipe(7), run by tests/stream-driver.sh (input splits, map, partition
# and sort by key, reduce, counters from stderr, a failed task fails the
# job):
# 1. ko-norm as a map-only job: the same records as one process, and the
#    counters (KOPIPE_COUNTERS=1) equal to its --stats;
# 2. a task that stops on a bad record fails the job;
# 3. ko-dedup's stages as three jobs (lines -> linecount, sig -> pairs
#    with the key and position as the sort key, filter map-only) over an
#    input of two part files of one name in two folders, as -input run1/
#    -input run2/ gives, in folders named in Hangul: the kept records of
#    the splits in order are one
#    process's on the files concatenated, byte for byte, and the filter's
#    counters its --stats. Every file's first split starts at offset 0,
#    so a split named by its offset alone, or by its file's base name and
#    offset, would share its FILE:LINE names with the other file's: the
#    pairs job given such names fails, naming the position.
# Exit 0 when all hold, 1 when not; needs jq (installed by make check).
top=$(cd "$(dirname "$0")/.." && pwd)
command -v jq >/dev/null 2>&1 || { echo "cluster-stream: skipped: no jq"; exit 77; }
PATH=$top/bin:$PATH
LC_ALL=C
export PATH LC_ALL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
drive() { sh "$top/tests/stream-driver.sh" -splitsize 5000 "$@"; }
status=0
bad() { echo "cluster-stream: $*"; status=1; }
# The counters that --stats also has, from the stats line on stdin, as
# the driver writes them: TOOL,COUNTER<TAB>TOTAL.
stats_counters() {
	jq -r '. as $s | "\($s.tool),records_in\t\($s.records_in)",
		"\($s.tool),records_out\t\($s.records_out)",
		"\($s.tool),rejected\t\($s.rejected)",
		"\($s.tool),missing_field\t\($s.missing_field)",
		"\($s.tool),bytes_in\t\($s.bytes_in)",
		($s.reasons | to_entries[] | "\($s.tool),rejected: \(.key)\t\(.value)")' | sort
}

# 1. map-only ko-norm over the corpus and two bad lines.
in=$tmp/in.jsonl
{ cat "$top/examples/corpus.jsonl"; printf '{"id": "x", "text": \n\377\376 not UTF-8\n'; } >"$in"
ko-norm --on-error skip --stats "$tmp/one.stats" "$in" >"$tmp/one.out" 2>/dev/null
drive -input "$in" -output "$tmp/norm" -mapper 'ko-norm --on-error skip' \
	-cmdenv KOPIPE_COUNTERS=1 || bad "the ko-norm job failed"
[ "$(ls "$tmp"/norm/part-m-* | wc -l)" -ge 4 ] || bad "ko-norm ran in fewer than 4 splits"
cat "$tmp"/norm/part-m-* | sort >"$tmp/norm.out"
sort "$tmp/one.out" | cmp -s - "$tmp/norm.out" || bad "ko-norm under the driver: other records"
stats_counters <"$tmp/one.stats" >"$tmp/one.counters"
# (bad records counted by their reasons, as the rejects file gives them)
grep -q 'rejected: truncated JSON	1' "$tmp/one.counters" &&
	grep -q 'rejected: invalid UTF-8	1' "$tmp/one.counters" ||
	bad "one process saw no 2 bad records (truncated JSON, invalid UTF-8)"
cmp -s "$tmp/one.counters" "$tmp/norm/_counters" ||
	{ bad "ko-norm counters differ from --stats:"; diff "$tmp/one.counters" "$tmp/norm/_counters"; }

# 2. without --on-error skip the bad record stops its task, and the job.
if drive -input "$in" -output "$tmp/fail" -mapper ko-norm 2>"$tmp/fail.err"; then
	bad "a job whose task failed succeeded"
fi
grep -q 'task m-.* failed with status 1' "$tmp/fail.err" || bad "the failed task is not named"

# 3. ko-dedup in stages. A mapper reads its split from stdin, so it names
# it by its file's whole path and its byte offset: names of one length
# that sort in input order. The two files hold a duplicate of a record of
# the other (lines 26 and 30 of the corpus repeat lines 13 and 5).
# The folders are named in Hangul (뉴스 before 위키, as their bytes sort):
# the path with its signs made _ is one name for both, so the name holds
# those bytes too, in letters, cut into folders of 200 bytes (kopipe(7)).
name='p=$mapreduce_map_input_file; f=$(printf %s-%s-%015d "$(printf %s "$p" | tr -c "A-Za-z0-9._-" _)" "$(printf %s "$p" | tr -d "A-Za-z0-9._-" | od -An -v -tx1 | tr -d " \n" | tr 0-9a-f a-p)" "$mapreduce_map_input_start" | fold -b -w 200 | paste -s -d / -); mkdir -p "$(dirname "$f")" && cat >"$f" &&'
docs=$top/examples/corpus.jsonl
# Long Hangul folder names: each Hangul letter is 9 bytes of the name, so
# the name passes NAME_MAX (255) and is cut into folders of 200 bytes,
# which keep the order of the names.
long=정치_경제_사회_문화_국제_언론사별_수집본_이천이십사년
mkdir -p "$tmp/parts/뉴스_$long" "$tmp/parts/위키_$long"
head -n 20 "$docs" >"$tmp/parts/뉴스_$long/part-00000"
tail -n +21 "$docs" >"$tmp/parts/위키_$long/part-00000"
parts="-input $tmp/parts/뉴스_$long/part-00000 -input $tmp/parts/위키_$long/part-00000"
# The path with its signs made _ alone (the recipe of before) gives both
# files one name: the pairs job must fail as with base names.
trname='f=$(printf %s-%015d "$(printf %s "$mapreduce_map_input_file" | tr -c "A-Za-z0-9._-" _)" "$mapreduce_map_input_start"); cat >"$f" &&'
# shellcheck disable=SC2086
if drive $parts -output "$tmp/sigtr" -mapper "$trname ko-dedup --stage sig \"\$f\"" \
	-reducer 'ko-dedup --stage pairs' -numReduceTasks 3 -keyfields 2 2>"$tmp/sigtr.err"; then
	bad "splits named by their paths with signs made _ alone (Hangul folders): the pairs job succeeded"
fi
grep -q 'part-00000-000000000000000:0*[1-9][0-9]* comes from two inputs' "$tmp/sigtr.err" ||
	bad "splits named by their paths with signs made _ alone: no message naming the position"
# The base name alone (the recipe of before) gives both files' first
# splits one name: the pairs job must fail and name the position.
base='f=$(printf %s-%015d "$(basename "$mapreduce_map_input_file")" "$mapreduce_map_input_start"); cat >"$f" &&'
# shellcheck disable=SC2086
if drive $parts -output "$tmp/sigbase" -mapper "$base ko-dedup --stage sig \"\$f\"" \
	-reducer 'ko-dedup --stage pairs' -numReduceTasks 3 -keyfields 2 2>"$tmp/sigbase.err"; then
	bad "splits named by their files' base names: the pairs job succeeded"
fi
grep -q 'part-00000-000000000000000:0*[1-9][0-9]* comes from two inputs' "$tmp/sigbase.err" ||
	bad "splits named by their files' base names: no message naming the position"
ko-dedup --stats "$tmp/dedup.stats" "$docs" >"$tmp/dedup.one" 2>/dev/null
# shellcheck disable=SC2086
drive $parts -output "$tmp/lines" -mapper "$name ko-dedup --stage lines \"\$f\"" \
	-reducer 'ko-dedup --stage linecount' -numReduceTasks 2 || bad "the lines job failed"
[ "$(ls "$tmp"/lines/_tasks/map-*.out | wc -l)" -ge 4 ] || bad "ko-dedup ran in fewer than 4 splits"
cat "$tmp"/lines/part-r-* >"$tmp/boilers"
# shellcheck disable=SC2086
drive $parts -output "$tmp/sig" -file "$tmp/boilers" \
	-mapper "$name ko-dedup --stage sig --boilers boilers \"\$f\"" \
	-reducer 'ko-dedup --stage pairs' -numReduceTasks 3 -keyfields 2 || bad "the sig/pairs job failed"
cat "$tmp"/sig/part-r-* | sort -u | ko-dedup --stage cluster >"$tmp/drops" || bad "cluster failed"
[ -s "$tmp/drops" ] || bad "no duplicates found"
# shellcheck disable=SC2086
drive $parts -output "$tmp/filter" -file "$tmp/drops" -cmdenv KOPIPE_COUNTERS=1 \
	-mapper "$name ko-dedup --stage filter --drops drops \"\$f\"" || bad "the filter job failed"
cat "$tmp"/filter/part-m-* | cmp -s "$tmp/dedup.one" - || bad "ko-dedup stages under the driver keep other records"
stats_counters <"$tmp/dedup.stats" >"$tmp/dedup.counters"
cmp -s "$tmp/dedup.counters" "$tmp/filter/_counters" ||
	{ bad "ko-dedup counters differ from --stats:"; diff "$tmp/dedup.counters" "$tmp/filter/_counters"; }
exit $status
