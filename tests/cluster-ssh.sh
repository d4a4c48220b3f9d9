#!/bin/bash
# cluster-ssh.sh - examples/cluster/parallel-ssh.sh run for real: a local
# sshd on a free loopback port with a throwaway host key and user key
# serves as two "hosts" (two names for 127.0.0.1), GNU parallel runs the
# ko-dedup stages and the KoCommercial recipe on them, and the results
# must equal one process's: the kept documents byte for byte, the tasks
# and the rejects (less reject_file and reject_line, which name the shard)
# after sorting, and the --stats totals of every stage.
# Exit 0 when they do, 1 when not, 77 (skipped, with a message) when
# openssh-server, GNU parallel, rsync or jq is absent.
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/tests/lib-cluster.sh"
need=""
[ -x /usr/sbin/sshd ] || need="$need openssh-server"
for c in ssh ssh-keygen parallel rsync jq; do
	command -v $c >/dev/null 2>&1 || need="$need $c"
done
if [ -n "$need" ]; then
	echo "cluster-ssh: skipped: missing$need (make check-cluster installs them)"
	exit 77
fi
# sshd insists on its privilege separation folder, even for a test.
if [ ! -d /run/sshd ]; then
	if [ "$(id -u)" = 0 ]; then mkdir -p -m 755 /run/sshd; else
		echo "cluster-ssh: skipped: /run/sshd is missing and only root may make it"
		exit 77
	fi
fi

tmp=$(mktemp -d)
sshd_pid=""
cleanup() {
	[ -S "$tmp/cm" ] && ssh -F "$tmp/ssh_config" -O exit host1 >/dev/null 2>&1
	stop_pid "$sshd_pid"
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM
fail() { echo "cluster-ssh: $*"; exit 1; }

ssh-keygen -q -t ed25519 -N '' -f "$tmp/hostkey" || fail "ssh-keygen failed"
ssh-keygen -q -t ed25519 -N '' -f "$tmp/key" || fail "ssh-keygen failed"
cp "$tmp/key.pub" "$tmp/authorized_keys"
up=0
for try in 1 2 3 4 5; do
	port=$(free_port) || fail "no free port"
	cat >"$tmp/sshd_config" <<-EOF
	Port $port
	ListenAddress 127.0.0.1
	HostKey $tmp/hostkey
	AuthorizedKeysFile $tmp/authorized_keys
	PidFile none
	UsePAM no
	StrictModes no
	PasswordAuthentication no
	KbdInteractiveAuthentication no
	PermitRootLogin prohibit-password
	EOF
	cat >"$tmp/ssh_config" <<-EOF
	Host host1 host2
	  HostName 127.0.0.1
	  Port $port
	  IdentityFile $tmp/key
	  IdentitiesOnly yes
	  BatchMode yes
	  StrictHostKeyChecking no
	  UserKnownHostsFile /dev/null
	  LogLevel ERROR
	  ControlMaster auto
	  ControlPath $tmp/cm
	  ControlPersist 60
	EOF
	/usr/sbin/sshd -D -f "$tmp/sshd_config" -E "$tmp/sshd.log" &
	sshd_pid=$!
	if wait_for 10 ssh -F "$tmp/ssh_config" host1 true; then
		up=1
		break
	fi
	stop_pid "$sshd_pid"
	sshd_pid=""
done
[ $up = 1 ] || { tail -n 5 "$tmp/sshd.log"; fail "sshd did not come up"; }
PARALLEL_SSH="ssh -F $tmp/ssh_config"
PATH=$top/bin:$PATH
LC_ALL=C
export PARALLEL_SSH PATH LC_ALL

# The documents: the example corpus, whose copies (doc-013 and doc-026,
# doc-005 and doc-030) fall in different shards.
docs=$top/examples/corpus.jsonl
one_process "$docs" "$tmp/one" || fail "one process failed"
bash "$top/examples/cluster/parallel-ssh.sh" -S 1/host1,1/host2 --shards 3 --block 12k \
	"$tmp/work" "$docs" --seed 7 >"$tmp/totals" 2>"$tmp/err" ||
	{ tail -n 20 "$tmp/err"; fail "parallel-ssh.sh failed"; }
w=$tmp/work
status=0
[ "$(ls -d "$w"/shards/x*.d | wc -l)" = 3 ] || { echo "cluster-ssh: not 3 shards"; status=1; }
[ "$(ls "$w"/blocks | wc -l)" -ge 2 ] || { echo "cluster-ssh: the recipe ran as one block"; status=1; }
same_as_one cluster-ssh "$tmp/one" "$w" || status=1
grep -q 'ko-dedup --stage filter' "$tmp/totals" && grep -q 'in 36  out 34  rejected 2' "$tmp/totals" ||
	{ echo "cluster-ssh: the script printed no dedup totals"; status=1; }
# The same on this machine alone (-S :, no transfers).
if bash "$top/examples/cluster/parallel-ssh.sh" --shards 2 --block 12k "$tmp/local" "$docs" --seed 7 \
	>/dev/null 2>"$tmp/err"; then
	same_as_one "cluster-ssh (-S :)" "$tmp/one" "$tmp/local" || status=1
else
	tail -n 20 "$tmp/err"
	echo "cluster-ssh: parallel-ssh.sh -S : failed"
	status=1
fi
# --licenses: the rule runs per shard before dedup (on the hosts, its
# output brought back), so the NC copies that come first do not displace
# the SA ones (before: 0 tasks, exit 0).
licensed_docs "$docs" "$tmp/ncsa.jsonl"
if bash "$top/examples/cluster/parallel-ssh.sh" -S 1/host1,1/host2 --shards 3 --block 12k "$tmp/lic" \
	"$tmp/ncsa.jsonl" --licenses commercial --seed 7 >/dev/null 2>"$tmp/err"; then
	same_licensed "cluster-ssh" "$tmp/ncsa.jsonl" "$tmp/lic" || status=1
else
	tail -n 20 "$tmp/err"
	echo "cluster-ssh: parallel-ssh.sh --licenses commercial failed"
	status=1
fi
exit $status
