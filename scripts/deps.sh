#!/bin/sh
# deps.sh WHAT - install the Debian packages that WHAT (build, check, bench,
# lint, cluster, fuzz)
# needs and that are missing, saying what it does. Used by make; safe to
# run again.
set -eu
what=${1:-build}
need=""

have_header() {
	printf '#include <%s>\n' "$1" | ${CC:-cc} -E -x c - >/dev/null 2>&1
}

command -v cc >/dev/null 2>&1 || need="$need gcc libc6-dev"
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
have_header utf8proc.h || need="$need libutf8proc-dev"
have_header jsmn.h || need="$need libjsmn-dev"
have_header libdeflate.h || need="$need libdeflate-dev"
case $what in
check)
	# a few golden cases read their records back with jq; tests/shards.sh
	# runs the tools under GNU parallel --pipe (skipped without it)
	command -v jq >/dev/null 2>&1 || need="$need jq"
	command -v parallel >/dev/null 2>&1 || need="$need parallel"
	;;
bench)
	command -v jq >/dev/null 2>&1 || need="$need jq"
	[ -x /usr/bin/time ] || need="$need time"
	command -v python3 >/dev/null 2>&1 || need="$need python3"
	;;
cluster)
	# The engines of tests/cluster-*.sh. Not part of check: openssh-server
	# and slurm-wlm are daemons whose packages may start services, which a
	# newcomer's make check should not do behind their back; those tests
	# skip without them. make check-cluster (and CI) installs them.
	command -v jq >/dev/null 2>&1 || need="$need jq"
	[ -x /usr/sbin/sshd ] || need="$need openssh-server"
	command -v parallel >/dev/null 2>&1 || need="$need parallel"
	command -v rsync >/dev/null 2>&1 || need="$need rsync"
	[ -x /usr/sbin/munged ] || need="$need munge"
	[ -x /usr/sbin/slurmctld ] && [ -x /usr/sbin/slurmd ] || need="$need slurm-wlm"
	;;
fuzz)
	# libFuzzer ships with clang in Debian (-fsanitize=fuzzer)
	command -v clang >/dev/null 2>&1 || need="$need clang"
	;;
lint)
	command -v mandoc >/dev/null 2>&1 || need="$need mandoc"
	command -v cppcheck >/dev/null 2>&1 || need="$need cppcheck"
	;;
esac
[ -z "$need" ] && exit 0

echo "kopipe: missing Debian packages:$need" >&2
if ! command -v apt-get >/dev/null 2>&1; then
	echo "kopipe: no apt-get here; install the equivalents of:$need" >&2
	exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
	command -v sudo >/dev/null 2>&1 || {
		echo "kopipe: not root and no sudo; run as root: apt-get install$need" >&2
		exit 1
	}
	sudo=sudo
fi
echo "kopipe: running: $sudo apt-get update && $sudo apt-get install -y --no-install-recommends$need" >&2
$sudo apt-get update -qq >&2
# shellcheck disable=SC2086
# --no-install-recommends: GNU parallel's recommends would bring cron and
# systemd services onto a machine that asked for a test tool.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >&2
