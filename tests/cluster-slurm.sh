#!/bin/bash
# cluster-slurm.sh - examples/cluster/slurm.sh run for real on a one-node
# Slurm cluster that the test brings up and takes down: munged with a
# throwaway key and its own socket, slurmctld and slurmd on free loopback
# ports with a generated slurm.conf, all in a temporary folder, stopped by
# their pids. The merged results must equal one process's (the kept
# documents byte for byte, tasks and rejects after sorting, the --stats
# totals of every stage).
# Exit 0 when they do, 1 when not, 77 (skipped, with a message) when
# slurm-wlm, munge or jq is absent, or when not run as root (slurmd runs
# jobs as their user, which takes root).
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/tests/lib-cluster.sh"
need=""
for c in munged munge slurmctld slurmd sbatch sinfo jq; do
	command -v $c >/dev/null 2>&1 || [ -x /usr/sbin/$c ] || need="$need $c"
done
if [ -n "$need" ]; then
	echo "cluster-slurm: skipped: missing$need (make check-cluster installs them)"
	exit 77
fi
if [ "$(id -u)" != 0 ]; then
	echo "cluster-slurm: skipped: a one-node Slurm cluster needs root (slurmd)"
	exit 77
fi
PATH=$top/bin:$PATH:/usr/sbin
LC_ALL=C
export PATH LC_ALL

tmp=$(mktemp -d)
chmod 755 "$tmp"
munge_pid="" ctld_pid="" slurmd_pid=""
cleanup() {
	# Jobs still queued or running go with the daemons.
	[ -n "$ctld_pid" ] && scancel --quiet --user=root >/dev/null 2>&1
	stop_pid "$slurmd_pid" "$ctld_pid"
	stop_pid "$munge_pid"
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM
fail() { echo "cluster-slurm: $*"; [ -f "$tmp/slurmctld.log" ] && tail -n 5 "$tmp"/slurm*.log; exit 1; }

mkdir -p "$tmp/munge" "$tmp/state" "$tmp/spool"
chmod 700 "$tmp/munge"
dd if=/dev/urandom of="$tmp/munge/munge.key" bs=1024 count=1 2>/dev/null
chmod 400 "$tmp/munge/munge.key"
munged -F --force --socket="$tmp/munge/socket" --key-file="$tmp/munge/munge.key" \
	--pid-file="$tmp/munge/pid" --log-file="$tmp/munge/log" --seed-file="$tmp/munge/seed" \
	>"$tmp/munge/out" 2>&1 &
munge_pid=$!
wait_for 10 sh -c "munge -S '$tmp/munge/socket' -n | unmunge -S '$tmp/munge/socket'" ||
	{ cat "$tmp/munge/out"; fail "munged did not come up"; }

node=$(hostname -s)
SLURM_CONF=$tmp/slurm.conf
export SLURM_CONF
up=0
for try in 1 2 3 4 5; do
	p1=$(free_port) && p2=$(free_port) || fail "no free port"
	[ "$p1" != "$p2" ] || continue
	cat >"$SLURM_CONF" <<-EOF
	ClusterName=kopipe-test
	SlurmctldHost=$node(127.0.0.1)
	SlurmctldPort=$p1
	SlurmdPort=$p2
	SlurmUser=root
	SlurmdUser=root
	AuthType=auth/munge
	CredType=cred/munge
	AuthInfo=socket=$tmp/munge/socket
	StateSaveLocation=$tmp/state
	SlurmdSpoolDir=$tmp/spool
	SlurmctldPidFile=$tmp/slurmctld.pid
	SlurmdPidFile=$tmp/slurmd.pid
	SlurmctldLogFile=$tmp/slurmctld.log
	SlurmdLogFile=$tmp/slurmd.log
	MailProg=/bin/true
	MpiDefault=none
	ProctrackType=proctrack/linuxproc
	TaskPlugin=task/none
	SelectType=select/cons_tres
	SelectTypeParameters=CR_CPU
	SchedulerType=sched/backfill
	JobAcctGatherType=jobacct_gather/none
	AccountingStorageType=accounting_storage/none
	JobCompType=jobcomp/none
	ReturnToService=2
	InactiveLimit=0
	KillWait=5
	MinJobAge=30
	NodeName=$node NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
	PartitionName=kopipe Nodes=ALL Default=YES MaxTime=10 State=UP
	EOF
	slurmctld -D -i -f "$SLURM_CONF" >"$tmp/slurmctld.out" 2>&1 &
	ctld_pid=$!
	slurmd -D -f "$SLURM_CONF" >"$tmp/slurmd.out" 2>&1 &
	slurmd_pid=$!
	if wait_for 20 sh -c 'sinfo -h -o %t | grep -qx idle'; then
		up=1
		break
	fi
	stop_pid "$slurmd_pid" "$ctld_pid"
	ctld_pid="" slurmd_pid=""
done
[ $up = 1 ] || fail "the one-node cluster did not come up"

docs=$top/examples/corpus.jsonl
one_process "$docs" "$tmp/one" || fail "one process failed"
# No job may run longer than the test allows.
SBATCH_TIMELIMIT=5
export SBATCH_TIMELIMIT
timeout 150 bash "$top/examples/cluster/slurm.sh" --shards 3 --wait "$tmp/work" "$docs" --seed 7 \
	>"$tmp/totals" 2>"$tmp/err" ||
	{ cat "$tmp/err"; tail -n 3 "$tmp"/work/logs/*; fail "slurm.sh failed"; }
w=$tmp/work
status=0
[ "$(ls "$w"/logs/tasks-*.log | wc -l)" = 3 ] || { echo "cluster-slurm: not 3 array tasks"; status=1; }
same_as_one cluster-slurm "$tmp/one" "$w" || status=1
cmp -s "$tmp/totals" "$w/totals.txt" && grep -q 'in 36  out 34  rejected 2' "$tmp/totals" ||
	{ echo "cluster-slurm: the script printed no totals"; status=1; }

# --licenses: the rule runs per shard before dedup, so the NC copies that
# come first do not displace the SA ones (before: 0 tasks, exit 0).
licensed_docs "$docs" "$tmp/ncsa.jsonl"
timeout 150 bash "$top/examples/cluster/slurm.sh" --shards 3 --wait "$tmp/lic" "$tmp/ncsa.jsonl" \
	--licenses commercial --seed 7 >/dev/null 2>"$tmp/err" ||
	{ cat "$tmp/err"; tail -n 3 "$tmp"/lic/logs/*; fail "slurm.sh --licenses commercial failed"; }
same_licensed cluster-slurm "$tmp/ncsa.jsonl" "$tmp/lic" || status=1

# A failing stage cancels the jobs after it, and the script says so.
printf '{"id": "bad", "text": \n' >"$tmp/bad.jsonl"
cat "$docs" >>"$tmp/bad.jsonl"
if timeout 150 bash "$top/examples/cluster/slurm.sh" --shards 2 --wait "$tmp/work2" "$tmp/bad.jsonl" \
	>/dev/null 2>"$tmp/err2"; then
	echo "cluster-slurm: a run with a bad record succeeded"
	status=1
fi
grep -q 'a job failed' "$tmp/err2" || { echo "cluster-slurm: no message for a failed job"; status=1; }
[ ! -f "$tmp/work2/totals.txt" ] || { echo "cluster-slurm: the merge ran after a failure"; status=1; }
exit $status
