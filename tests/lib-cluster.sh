# lib-cluster.sh - sourced by the tests of examples/cluster/ (bash): free
# loopback ports, waits and the stop that their traps call for the daemons
# they start (sshd, munged, slurmctld, slurmd), and the comparison of a
# cluster run's WORKDIR with one process.

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

# one_process DOCS DIR: what examples/cluster/*.sh must reproduce, made by
# one ko-dedup and one recipe: DIR/kept.jsonl, tasks.jsonl, rejects.jsonl
# and stats.jsonl.
one_process() {
	mkdir -p "$2/rejects" &&
	ko-dedup --rejects "$2/rejects/dedup.jsonl" --stats "$2/stats.jsonl" "$1" \
		>"$2/kept.jsonl" 2>/dev/null &&
	KOCOMMERCIAL_REJECTS=$2/rejects KOCOMMERCIAL_STATS=$2/stats.jsonl \
		bash "$top/examples/kocommercial.sh" --no-dedup --seed 7 <"$2/kept.jsonl" >"$2/tasks.jsonl" 2>/dev/null &&
	cat "$2"/rejects/*.jsonl >"$2/rejects.jsonl"
}

# The counts of every stage, as ko-stats adds them up, less what differs
# by design: runs, seconds, and the arguments of ko-dedup ('--stage filter
# --drops drops' on a cluster).
stage_totals() {
	ko-stats --json --runs "$1" | jq -c '.runs | map({tool,
		args: (if .tool == "ko-dedup" then [] else .args end),
		records_in, records_out, rejected, reasons, missing_field, bytes_in, failed})
		| sort_by(.tool, .args) | .[]'
}

# same_as_one NAME ONE WORK: WORK (a WORKDIR of examples/cluster/*.sh)
# holds what ONE (from one_process) holds: the kept documents byte for
# byte, the tasks and the rejects (less reject_file and reject_line, which
# name the shard) after sorting, and the same totals of all 11 stages.
same_as_one() {
	_st=0
	cmp -s "$2/kept.jsonl" "$3/kept.jsonl" ||
		{ echo "$1: kept documents differ from one ko-dedup"; _st=1; }
	[ -s "$3/tasks.jsonl" ] || { echo "$1: no tasks"; _st=1; }
	cmp -s <(sort "$2/tasks.jsonl") <(sort "$3/tasks.jsonl") ||
		{ echo "$1: tasks differ from one process"; _st=1; }
	cmp -s <(jq -c 'del(.reject_file, .reject_line)' "$2/rejects.jsonl" | sort) \
		<(jq -c 'del(.reject_file, .reject_line)' "$3/rejects.jsonl" | sort) ||
		{ echo "$1: rejects differ from one process"; _st=1; }
	stage_totals "$2/stats.jsonl" >"$2/totals.json"
	stage_totals "$3/stats.jsonl" >"$3/totals.json"
	[ "$(wc -l <"$2/totals.json")" = 11 ] || { echo "$1: not 11 stages in one process"; _st=1; }
	cmp -s "$2/totals.json" "$3/totals.json" ||
		{ echo "$1: --stats totals differ:"; diff "$2/totals.json" "$3/totals.json"; _st=1; }
	return $_st
}

# licensed_docs DOCS FILE: DOCS under CC BY-NC, then the same under CC
# BY-SA, into FILE: under --licenses commercial the NC copies must not
# displace the SA ones (review20b high 2), as they do when the licence
# rule runs after dedup.
licensed_docs() {
	{ sed 's/"license": *"[^"]*"/"license": "CC-BY-NC-4.0"/' "$1"
	  sed 's/"license": *"[^"]*"/"license": "CC-BY-SA-4.0"/' "$1"; } >"$2"
}

# same_licensed NAME DOCS WORK: WORK (of examples/cluster/*.sh run with
# --licenses commercial --seed 7 on DOCS from licensed_docs) holds the
# SA copies: the kept documents of 'ko-mix --no-shuffle --licenses
# commercial | ko-dedup' byte for byte, the tasks of the recipe run once
# with --licenses commercial, and the licence stage counted once.
same_licensed() {
	_st=0
	ko-mix --no-shuffle --licenses commercial "$2" 2>/dev/null | ko-dedup 2>/dev/null |
		cmp -s - "$3/kept.jsonl" || { echo "$1: --licenses: kept documents differ"; _st=1; }
	[ -s "$3/tasks.jsonl" ] || { echo "$1: --licenses: no tasks"; _st=1; }
	bash "$top/examples/kocommercial.sh" --licenses commercial --seed 7 "$2" 2>/dev/null | sort |
		cmp -s - <(sort "$3/tasks.jsonl") || { echo "$1: --licenses: tasks differ from one process"; _st=1; }
	_n=$(($(wc -l <"$2") / 2))
	ko-stats --json --runs "$3/stats.jsonl" | jq -c '[.runs[] | select(.tool == "ko-mix") |
		{records_in, records_out, reasons}]' | grep -qx "\[{\"records_in\":$((2 * _n)),\"records_out\":$_n,\"reasons\":{\"license\":$_n}}\]" ||
		{ echo "$1: --licenses: not one licence stage of $((2 * _n)) in, $_n out"; _st=1; }
	return $_st
}
