#!/bin/sh
# dedup-parallel.sh WORKDIR SHARD... - ko-dedup in stages over shards, with
# GNU parallel where it is installed and plain xargs/sort where it is not.
# Writes the kept records of all shards, in shard order, to stdout: the
# same bytes as 'cat SHARD... | ko-dedup'. Shard names must sort in input
# order and be of one length (split's xaa, xab, ...).
#
# Where it sits: documents are deduplicated before task generation, and the
# generated tasks again after it, against the benchmarks:
#   ko-dedup docs.jsonl | ko-split --chunk ... | ko-mask ... |
#   ko-dedup --mode none --against korquad-dev.jsonl --against kobest.jsonl
# Extra ko-dedup options (the same for every stage) come from $KO_DEDUP_OPTS,
# --annotate and --against FILE included; for rejects, run the filter stage
# by hand with one --rejects file per shard.
#
# Exit status as the tools': 2 for a usage error (no WORKDIR or no SHARD,
# shards not in name order, or an option in KO_DEDUP_OPTS that ko-dedup
# refuses),
# 1 when a shard cannot be read or is named twice, or when any job of a
# stage or any sort between them fails (its tool has said why), whatever
# count of failed jobs GNU parallel or xargs return.
set -e
if [ $# -lt 2 ]; then
	echo "usage: dedup-parallel.sh WORKDIR SHARD..." >&2
	exit 2
fi
work=$1
shift
for s in "$@"; do
	if [ ! -r "$s" ] || [ -d "$s" ]; then
		echo "dedup-parallel: $s: cannot read it" >&2
		exit 1
	fi
done
# A record is known by FILE:LINE, so a shard named twice gives two
# records under one name, which the filter stage could not tell apart
# (ko-dedup's pairs stage refuses them too; this says it sooner).
dup=$(printf '%s\n' "$@" | LC_ALL=C sort | uniq -d | head -n 1)
if [ -n "$dup" ]; then
	echo "dedup-parallel: $dup: named twice: give each shard once (for the" \
		"records of cat SHARD SHARD, cat them into one file first)" >&2
	exit 1
fi
# The stages know a record by its shard's name and order records by it,
# so shards given out of name order would keep other copies than
# 'cat SHARD... | ko-dedup' does: refuse them rather than differ silently.
bad=$(printf '%s\n' "$@" | LC_ALL=C awk 'NR > 1 && $0 < prev { print prev " and " $0; exit } { prev = $0 }')
if [ -n "$bad" ]; then
	echo "dedup-parallel: shards $bad are given out of name order: give" \
		"them in the order ls lists them, named to one length as split" \
		"names them (xaa, xab, ...)" >&2
	exit 2
fi
mkdir -p "$work"
rm -f "$work/failed"
# The stages and sorts form pipelines, whose status is their last
# command's (sh has no pipefail): each command that fails is noted in
# $work/failed with its status instead. The stage named is the first that
# did not merely die of SIGPIPE (status 141) because a later one stopped.
jobs_failed() {
	echo "$1 $2" >>"$work/failed"
}
check() {
	if [ -s "$work/failed" ]; then
		st=$(awk '$2 != 141 { print $1; exit }' "$work/failed")
		echo "dedup-parallel: stage ${st:-$(head -n 1 "$work/failed" | cut -d ' ' -f 1)} failed" >&2
		exit 1
	fi
}
opts=${KO_DEDUP_OPTS:-}
# Options ko-dedup refuses ($KO_DEDUP_OPTS) are said once, before any
# stage, with its status (2), not as the failure of a stage.
if ! msg=$(ko-dedup $opts --stage lines </dev/null 2>&1 >/dev/null); then
	printf '%s\n' "$msg" >&2
	exit 2
fi
LC_ALL=C
export LC_ALL
par=xargs
command -v parallel >/dev/null 2>&1 && par=parallel
# A job count of our own: GNU parallel then need not ask lscpu, which
# fails (and says so on stderr) where /sys is not mounted (a chroot).
jobs=${KO_JOBS:-$(nproc 2>/dev/null || echo 2)}
# The shell GNU parallel starts reads the folder from the environment, so
# that a name with blanks or quotes stays one word (the shard names {} are
# quoted by parallel, and xargs -0 takes them whole).
KO_DP_WORK=$work
export KO_DP_WORK
# 0. boilerplate lines: line hashes per shard, summed after a sort;
# 1. signatures, one job per shard; 2. the shuffle: sort by key;
# 3. verified candidate pairs; 4. sort by the later record; 5. clusters.
{ if [ $par = parallel ]; then
	parallel --will-cite -j "$jobs" -k "ko-dedup $opts --stage lines {}" ::: "$@"
else
	printf '%s\0' "$@" | xargs -0 -n 1 ko-dedup $opts --stage lines
fi || jobs_failed lines $?; } | { sort -S 25% || jobs_failed sort $?; } |
	{ ko-dedup $opts --stage linecount >"$work/boilers" || jobs_failed linecount $?; }
check
{ if [ $par = parallel ]; then
	parallel --will-cite -j "$jobs" -k "ko-dedup $opts --stage sig --boilers \"\$KO_DP_WORK/boilers\" {}" ::: "$@"
else
	printf '%s\0' "$@" | xargs -0 -n 1 ko-dedup $opts --stage sig --boilers "$work/boilers"
fi || jobs_failed sig $?; } | { sort -S 25% || jobs_failed sort $?; } |
	{ ko-dedup $opts --stage pairs || jobs_failed pairs $?; } | { sort -u || jobs_failed 'sort -u' $?; } |
	{ ko-dedup $opts --stage cluster >"$work/drops" || jobs_failed cluster $?; }
check
# 6. filter each shard against the (small) drop list, in shard order.
if [ $par = parallel ]; then
	parallel --will-cite -j "$jobs" -k "ko-dedup $opts --stage filter --drops \"\$KO_DP_WORK/drops\" {}" ::: "$@"
else
	printf '%s\0' "$@" | xargs -0 -n 1 ko-dedup $opts --stage filter --drops "$work/drops"
fi || { echo "dedup-parallel: stage filter failed" >&2; exit 1; }
