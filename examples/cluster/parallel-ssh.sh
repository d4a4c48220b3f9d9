#!/bin/bash
# parallel-ssh.sh [-S SSHLOGINS] [--shards N] [--block SIZE] WORKDIR DOCS
#     [RECIPE OPTIONS] - documents deduplicated and made into KoCommercial
# tasks on many hosts with GNU parallel over ssh, results merged in WORKDIR:
#
#   WORKDIR/kept.jsonl    the documents ko-dedup keeps (the same bytes as
#                         'ko-dedup DOCS'; with --licenses RULE among the
#                         recipe options, as 'ko-mix --no-shuffle
#                         --licenses RULE DOCS | ko-dedup')
#   WORKDIR/tasks.jsonl   the tasks (the records of 'kocommercial.sh <
#                         kept.jsonl', shard by shard)
#   WORKDIR/rejects.jsonl every record a stage dropped, with its reason
#   WORKDIR/stats.jsonl   the --stats lines of every stage of every shard
#
# and on stdout the totals of every stage (ko-stats --runs stats.jsonl),
# which add up to those of one process.
#
# How it runs:
# 1. DOCS is cut into N shards (split -n l/N: whole lines, names that sort
#    in input order), copied to the hosts for each job (--transferfile).
# 1-license. With --licenses RULE among the recipe options, ko-mix
#    --no-shuffle --licenses RULE runs per shard on the hosts first, and
#    the stages below read its output (WORKDIR/shards/NAME.lic): the rule
#    must come before dedup, else dedup could keep an NC copy of a text and
#    drop its CC-BY-SA copy, and the recipe would then refuse the NC one
#    (what survives would hang on the order of the input). The recipe is
#    then given the options without --licenses: its documents are allowed
#    already, and its own licence stage would count them a second time.
# 2. ko-dedup's stages (ko-dedup(1), STAGED MODE): lines and sig run per
#    shard on the hosts; sort does the shuffles here; pairs runs on the
#    hosts on groups of one key (--pipe --group-by); linecount and cluster
#    are small and run here; filter runs per shard on the hosts with the
#    drop list, and its kept records, rejects and stats come back
#    (--return) into WORKDIR/shards/NAME.d/.
# 3. The kept records, concatenated in shard order, are cut again into
#    blocks (--pipepart --block SIZE) and each block runs the recipe
#    (examples/kocommercial.sh, or kopipe-kocommercial where installed)
#    on a host; each block's tasks, rejects and stats come back into
#    WORKDIR/blocks/NUMBER/. The recipe is stateless, so any cut gives the
#    same tasks.
#
# -S takes GNU parallel's --sshlogin list (default ':', this machine
# alone, which ':' cannot join in a list); the ssh command comes from
# $PARALLEL_SSH as parallel reads it.
# kopipe must be installed at the same path on every host (an install or a
# shared file system): the jobs run the ko-* beside this script's, or the
# ones on PATH here. The hosts need rsync for the transfers. Options for
# every ko-dedup stage come from $KO_DEDUP_OPTS; RECIPE OPTIONS go to the
# recipe. Jobs that fail stop the run (--halt now,fail=1) with status 1.
set -eu -o pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -x "$here/../../bin/ko-dedup" ]; then PATH=$here/../../bin:$PATH; export PATH; fi
. "$here/recipe-opts.sh"
die() { echo "parallel-ssh: $*" >&2; exit 2; }

hosts=:
shards=8
block=1M
while [ $# -gt 0 ]; do
	case $1 in
	-S | --sshlogin) [ $# -ge 2 ] || die "$1 needs a list of hosts"; hosts=$2; shift ;;
	--shards) [ $# -ge 2 ] || die "--shards needs a number"; shards=$2; shift ;;
	--block) [ $# -ge 2 ] || die "--block needs a size"; block=$2; shift ;;
	--) shift; break ;;
	-*) die "unknown option '$1'; usage: parallel-ssh.sh [-S SSHLOGINS] [--shards N] [--block SIZE] WORKDIR DOCS [RECIPE OPTIONS]" ;;
	*) break ;;
	esac
	shift
done
[ $# -ge 2 ] || die "usage: parallel-ssh.sh [-S SSHLOGINS] [--shards N] [--block SIZE] WORKDIR DOCS [RECIPE OPTIONS]"
case $shards in '' | *[!0-9]* | 0) die "--shards: expected a number from 1, not '$shards'" ;; esac
work=$1
docs=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
shift 2
# (the documents are deduplicated across shards first: the recipe's own
# dedup, which sees one shard, is left out)
# (--licenses goes to a stage of its own before dedup: 1-license)
recipe_opts "$@"
[ -f "$docs" ] || die "$docs: not a file (--pipepart and split need one)"
# split -n l/N cuts lines of plain text; in gzip data it would cut the
# compressed bytes, and every job would fail on them.
[ "$(od -An -tx1 -N2 "$docs" | tr -d ' ')" != 1f8b ] ||
	die "$docs: gzip data, which split cuts anywhere: uncompress it first (zcat $docs >docs.jsonl)"
command -v parallel >/dev/null || die "GNU parallel is not installed"

bin=$(cd "$(dirname "$(command -v ko-dedup)")" && pwd)
recipe=$(command -v kopipe-kocommercial || echo "$here/../kocommercial.sh")
LC_ALL=C
export LC_ALL
dedup="ko-dedup ${KO_DEDUP_OPTS:-}"
q() { printf '%q' "$1"; }
# What every job runs first on its host.
env="PATH=$(q "$bin"):\$PATH LC_ALL=C; export PATH LC_ALL;"
# On hosts, each job in a folder of its own (--wd ...) that the transfers
# fill and --cleanup removes; on this machine alone (':'), in WORKDIR.
case ,$hosts, in
,:, | ,[0-9]*/:,) wd=() ;;
*,:,* | */:,*) die "-S: ':' (this machine) gets no transfers; name it as an ssh host (localhost) in a list" ;;
*) wd=(--wd ... --cleanup) ;;
esac
par() { parallel --will-cite --halt now,fail=1 -S "$hosts" ${wd[@]+"${wd[@]}"} "$@"; }

mkdir -p "$work"
cd "$work"
rm -rf shards blocks kept.jsonl tasks.jsonl rejects.jsonl stats.jsonl boilers drops
mkdir shards blocks
split -n "l/$shards" -a 3 "$docs" shards/x
# split -n l/N leaves a shard empty when N lines are fewer than N shards.
find shards -type f -empty -delete
set -- shards/x*
[ -f "$1" ] || set --
# From here on "$@" is the list of shards.

# 1-license: each shard's allowed documents into NAME.lic, its rejects and
# --stats line into NAME.lic.d/, the folder its filter job fills later.
if [ ${#lic[@]} -gt 0 ] && [ $# -gt 0 ]; then
	for s in "$@"; do mkdir -p "$s.lic.d"; done
	par --transferfile {} --return {}.lic --return {}.lic.d "$env mkdir -p {}.lic.d;
	ko-mix --no-shuffle $(printf '%q ' "${lic[@]}")--rejects {}.lic.d/license.jsonl \
		--stats {}.lic.d/license-stats.jsonl -o {}.lic {}" ::: "$@"
	for s in "$@"; do shift; set -- "$@" "$s.lic"; done
fi

# 2. dedup: lines -> linecount, sig -> sort -> pairs -> sort -> cluster.
if [ $# -gt 0 ]; then
	par --transferfile {} "$env $dedup --stage lines {}" ::: "$@"
fi | sort -S 25% | $dedup --stage linecount >boilers
if [ $# -gt 0 ]; then
	par --transferfile {} --transferfile boilers "$env $dedup --stage sig --boilers boilers {}" ::: "$@"
fi | sort -S 25% |
	par --pipe --group-by 1 --colsep '\t' --block "$block" "$env $dedup --stage pairs" |
	sort -u -S 25% | $dedup --stage cluster >drops
for s in "$@"; do mkdir -p "$s.d"; done
[ $# -eq 0 ] || par --transferfile {} --transferfile drops --return {}.d "$env mkdir -p {}.d;
	$dedup --stage filter --drops drops --rejects {}.d/rejects.jsonl --stats {}.d/stats.jsonl {} >{}.d/kept.jsonl" ::: "$@"
for s in "$@"; do cat "$s.d/kept.jsonl"; done >kept.jsonl

# 3. the recipe on blocks of the kept records.
if [ -s kept.jsonl ]; then
	par --pipepart -a kept.jsonl --block "$block" --return 'blocks/{#}' "$env mkdir -p blocks/{#}/rejects;
	KOCOMMERCIAL_REJECTS=blocks/{#}/rejects KOCOMMERCIAL_STATS=blocks/{#}/stats.jsonl bash $(q "$recipe") $ropts>blocks/{#}/tasks.jsonl"
fi
# Blocks in input order: their numbers sorted as numbers.
nums=$(ls blocks | sort -n)
for b in $nums; do cat "blocks/$b/tasks.jsonl"; done >tasks.jsonl
{
	for s in "$@"; do
		for f in "$s.d/license.jsonl" "$s.d/rejects.jsonl"; do [ ! -f "$f" ] || cat "$f"; done
	done
	for b in $nums; do for f in "blocks/$b"/rejects/*.jsonl; do [ ! -f "$f" ] || cat "$f"; done; done
} >rejects.jsonl
{
	for s in "$@"; do [ ! -f "$s.d/license-stats.jsonl" ] || cat "$s.d/license-stats.jsonl"; done
	for s in "$@"; do cat "$s.d/stats.jsonl"; done
	for b in $nums; do cat "blocks/$b/stats.jsonl"; done
} >stats.jsonl
ko-stats --runs stats.jsonl
