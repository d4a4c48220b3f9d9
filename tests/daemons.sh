# daemons.sh - sourced by the tests that start daemons of their own (sshd,
# munged, slurmctld, slurmd) on this machine's loopback: free ports, waits
# and the stop that the tests' traps call. POSIX sh.

# free_port: print a TCP port in 20000..59999 that nothing on this machine
# listens on or is connected from (read from /proc/net/tcp*). Another
# program can still take it before the daemon does: callers retry.
free_port() {
	for _i in 1 2 3 4 5 6 7 8 9 10; do
		_p=$(( ( $(od -An -N2 -tu2 /dev/urandom) % 40000 ) + 20000 ))
		_h=$(printf ':%04X ' "$_p")
		if ! cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | grep -q "$_h"; then
			echo "$_p"
			return 0
		fi
	done
	return 1
}

# wait_for SECONDS COMMAND...: run COMMAND every 0.2 s until it succeeds;
# status 1 when it never does within SECONDS.
wait_for() {
	_n=$(( $1 * 5 ))
	shift
	while [ "$_n" -gt 0 ]; do
		"$@" >/dev/null 2>&1 && return 0
		sleep 0.2
		_n=$((_n - 1))
	done
	return 1
}

# stop_pid PID...: TERM each process still running, then KILL what is
# left after two seconds. Only the pids given, never by name.
stop_pid() {
	for _p in "$@"; do
		[ -n "$_p" ] && kill "$_p" 2>/dev/null
	done
	for _i in 1 2 3 4 5 6 7 8 9 10; do
		_alive=0
		for _p in "$@"; do
			[ -n "$_p" ] && kill -0 "$_p" 2>/dev/null && _alive=1
		done
		[ $_alive = 0 ] && return 0
		sleep 0.2
	done
	for _p in "$@"; do
		[ -n "$_p" ] && kill -9 "$_p" 2>/dev/null
	done
	return 0
}
