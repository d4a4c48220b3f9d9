#!/bin/bash
# slurm.sh [--shards N] [--wait] WORKDIR DOCS [RECIPE OPTIONS] - documents
# deduplicated and made into KoCommercial tasks by Slurm job arrays, one
# shard per array task, the stages of ko-dedup as jobs that depend on each
# other (--dependency=afterok), results merged in WORKDIR:
#
#   WORKDIR/kept.jsonl    the documents ko-dedup keeps (the same bytes as
#                         'ko-dedup DOCS'; with --licenses RULE among the
#                         recipe options, as 'ko-mix --no-shuffle
#                         --licenses RULE DOCS | ko-dedup')
#   WORKDIR/tasks.jsonl   the tasks ('kocommercial.sh < kept.jsonl', shard
#                         by shard)
#   WORKDIR/rejects.jsonl every record a stage dropped, with its reason
#   WORKDIR/stats.jsonl   the --stats lines of every stage of every shard
#   WORKDIR/totals.txt    their totals by stage (ko-stats --runs), which
#                         add up to those of one process
#
# The jobs, each a script in WORKDIR/jobs/ that reads its shard from
# WORKDIR/shards.list by $SLURM_ARRAY_TASK_ID:
#   lines   array: ko-dedup --stage lines, per shard; with --licenses
#                  RULE among the recipe options, ko-mix --no-shuffle
#                  --licenses RULE first, into WORKDIR/lic/SHARD, which the
#                  later stages read instead of the shard: the rule must
#                  come before dedup, else dedup could keep an NC copy of a
#                  text and drop its CC-BY-SA copy, and the recipe would
#                  then refuse the NC one. The recipe is given the options
#                  without --licenses (its documents are allowed already,
#                  and its own licence stage would count them twice).
#   boilers one:   sort | ko-dedup --stage linecount
#   sig     array: ko-dedup --stage sig --boilers, per shard
#   drops   one:   sort | --stage pairs | sort -u | --stage cluster
#   tasks   array: ko-dedup --stage filter --drops, then the recipe
#                  (examples/kocommercial.sh, or kopipe-kocommercial where
#                  installed), per shard, into WORKDIR/out/SHARD/
#   merge   one:   the merged files and totals.txt
# Each waits for the one before it (afterok) and is cancelled when that
# fails (--kill-on-invalid-dep=yes). WORKDIR must be on a file system that
# every node sees, and kopipe installed at the same path on every node;
# the jobs run the ko-* beside this script's, or the ones on PATH here.
# sbatch's own SBATCH_* variables (SBATCH_PARTITION, SBATCH_ACCOUNT,
# SBATCH_TIMELIMIT, ...) choose where the jobs run; options for every
# ko-dedup stage come from $KO_DEDUP_OPTS.
#
# Prints the job ids; with --wait waits for the merge job and prints the
# totals, exiting 1 if a job failed.
set -eu -o pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -x "$here/../../bin/ko-dedup" ]; then PATH=$here/../../bin:$PATH; export PATH; fi
. "$here/recipe-opts.sh"
die() { echo "slurm: $*" >&2; exit 2; }
usage="usage: slurm.sh [--shards N] [--wait] WORKDIR DOCS [RECIPE OPTIONS]"

shards=8
wait=0
while [ $# -gt 0 ]; do
	case $1 in
	--shards) [ $# -ge 2 ] || die "--shards needs a number"; shards=$2; shift ;;
	--wait) wait=1 ;;
	--) shift; break ;;
	-*) die "unknown option '$1'; $usage" ;;
	*) break ;;
	esac
	shift
done
[ $# -ge 2 ] || die "$usage"
case $shards in '' | *[!0-9]* | 0) die "--shards: expected a number from 1, not '$shards'" ;; esac
command -v sbatch >/dev/null || die "sbatch is not installed"
mkdir -p "$1"
work=$(cd "$1" && pwd)
docs=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
[ -f "$docs" ] || die "$docs: not a file"
# split -n l/N cuts lines of plain text; in gzip data it would cut the
# compressed bytes, and every job would fail on them.
[ "$(od -An -tx1 -N2 "$docs" | tr -d ' ')" != 1f8b ] ||
	die "$docs: gzip data, which split cuts anywhere: uncompress it first (zcat $docs >docs.jsonl)"
shift 2
# (the documents are deduplicated across shards first: the recipe's own
# dedup, which sees one shard, is left out)
# (--licenses goes to a stage of its own before dedup, in the lines job)
recipe_opts "$@"

bin=$(cd "$(dirname "$(command -v ko-dedup)")" && pwd)
recipe=$(command -v kopipe-kocommercial || echo "$here/../kocommercial.sh")
dedup="ko-dedup ${KO_DEDUP_OPTS:-}"

cd "$work"
rm -rf shards jobs logs lic lines sig out shards.list boilers drops \
	kept.jsonl tasks.jsonl rejects.jsonl stats.jsonl totals.txt
mkdir shards jobs logs lic lines sig out
split -n "l/$shards" -a 3 "$docs" shards/x
# split -n l/N leaves a shard empty when there are fewer lines than shards.
find shards -type f -empty -delete
ls shards >shards.list
n=$(wc -l <shards.list)
[ "$n" -gt 0 ] || : >shards/xaaa
[ "$n" -gt 0 ] || { echo xaaa >shards.list; n=1; }

# job NAME BODY: write jobs/NAME.sh, run in WORKDIR with $shard set in an
# array task.
job() {
	{
		echo '#!/bin/bash'
		echo "set -eu -o pipefail"
		echo "PATH=$(printf %q "$bin"):\$PATH LC_ALL=C"
		echo "export PATH LC_ALL"
		echo "cd $(printf %q "$work")"
		echo 'if [ -n "${SLURM_ARRAY_TASK_ID:-}" ]; then'
		echo '	shard=$(sed -n "$((SLURM_ARRAY_TASK_ID + 1))p" shards.list)'
		echo 'fi'
		echo "$2"
	} >"jobs/$1.sh"
}
# The documents the dedup stages read: the shard, or what the licence
# rule allows of it.
src=shards
licstage=
if [ ${#lic[@]} -gt 0 ]; then
	src=lic
	licstage="ko-mix --no-shuffle $(printf '%q ' "${lic[@]}")--rejects \"lic/\$shard.rejects.jsonl\" \\
	--stats \"lic/\$shard.stats.jsonl\" -o \"lic/\$shard\" \"shards/\$shard\"
"
fi
job lines "rm -f \"lic/\$shard.rejects.jsonl\" \"lic/\$shard.stats.jsonl\"
$licstage$dedup --stage lines \"$src/\$shard\" >\"lines/\$shard\""
job boilers "sort -S 25% lines/* | $dedup --stage linecount >boilers"
job sig "$dedup --stage sig --boilers boilers \"$src/\$shard\" >\"sig/\$shard\""
job drops "sort -S 25% sig/* | $dedup --stage pairs | sort -u -S 25% | $dedup --stage cluster >drops"
job tasks "o=out/\$shard
rm -rf \"\$o\"
mkdir -p \"\$o/rejects\"
$dedup --stage filter --drops drops --rejects \"\$o/rejects/dedup.jsonl\" --stats \"\$o/stats.jsonl\" \\
	\"$src/\$shard\" >\"\$o/kept.jsonl\"
KOCOMMERCIAL_REJECTS=\$o/rejects KOCOMMERCIAL_STATS=\$o/stats.jsonl \\
	bash $(printf %q "$recipe") $ropts<\"\$o/kept.jsonl\" >\"\$o/tasks.jsonl\""
job merge "list=\$(cat shards.list)
for s in \$list; do cat \"out/\$s/kept.jsonl\"; done >kept.jsonl
for s in \$list; do cat \"out/\$s/tasks.jsonl\"; done >tasks.jsonl
for s in \$list; do cat lic/\"\$s\".rejects.jsonl \"out/\$s\"/rejects/*.jsonl 2>/dev/null || :; done >rejects.jsonl
{ for s in \$list; do cat lic/\"\$s\".stats.jsonl 2>/dev/null || :; done
for s in \$list; do cat \"out/\$s/stats.jsonl\"; done; } >stats.jsonl
ko-stats --runs stats.jsonl >totals.txt"

# submit NAME [ARRAY] [AFTER]: print the job id.
submit() {
	log=logs/$1-%j.log
	[ -z "$2" ] || log=logs/$1-%A_%a.log
	sbatch --parsable --job-name="kopipe-$1" --chdir="$work" --output="$log" \
		${2:+--array="$2"} ${3:+--dependency="afterok:$3" --kill-on-invalid-dep=yes} \
		${4:+"$4"} "jobs/$1.sh" | cut -d';' -f1
}
last=$((n - 1))
a=$(submit lines "0-$last")
b=$(submit boilers "" "$a")
c=$(submit sig "0-$last" "$b")
d=$(submit drops "" "$c")
e=$(submit tasks "0-$last" "$d")
f=$(submit merge "" "$e")
echo "slurm: jobs lines $a, boilers $b, sig $c, drops $d, tasks $e, merge $f (writes $work/totals.txt)" >&2
[ $wait = 1 ] || exit 0
# Wait for the merge job to leave the queue (sbatch --wait polls ever more
# slowly, and exits 0 for a job cancelled because one before it failed):
# its totals.txt tells whether it ran.
while [ -n "$(squeue -h -j "$f" -o %i 2>/dev/null)" ]; do sleep 1; done
if [ ! -f totals.txt ]; then
	echo "slurm: a job failed or was cancelled; the logs are in $work/logs/" >&2
	exit 1
fi
cat totals.txt
