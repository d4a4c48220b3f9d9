#!/bin/sh
# stream-driver.sh - a small stand-in for Hadoop Streaming, to run kopipe
# under the contract of kopipe(7), "Hadoop Streaming and Spark pipe", on
# one machine:
#
#   stream-driver.sh -input FILE [-input FILE]... -output DIR -mapper CMD [-reducer CMD]
#       [-numReduceTasks R] [-splitsize BYTES] [-keyfields N]
#       [-file PATH]... [-cmdenv NAME=VALUE]...
#
# 1. Each FILE, in the order given, is cut into input splits of about
#    BYTES (default 4096) at line ends; as in Hadoop, a split never spans
#    two files, so every file's first split starts at offset 0. Each map
#    task runs CMD with sh -c in a folder of its own, the split on stdin,
#    the -file paths linked into that folder, the -cmdenv variables set
#    and, as Hadoop sets them, mapreduce_map_input_file (the split's file,
#    an absolute path), mapreduce_map_input_start (the split's byte offset
#    in that file) and mapreduce_task_partition.
# 2. Without a reducer (or with -numReduceTasks 0) each map task's stdout
#    is DIR/part-m-NNNNN. Otherwise every map output line is a key and a
#    value: the key is the line up to its N-th tab (-keyfields, default
#    1; the whole line when it has fewer), and it goes to the reduce
#    task chosen by a hash of its first field, so that lines with one
#    first field meet in one reducer (KeyFieldBasedPartitioner -k1,1).
#    Each reducer gets its lines sorted by key (bytes; the order of
#    values under one key is not promised) and writes DIR/part-r-NNNNN.
# 3. A task that exits non-zero fails the job: the driver names it, shows
#    the end of its stderr and exits 1. Lines of stderr in the form
#    reporter:counter:GROUP,COUNTER,AMOUNT are counters: they are summed
#    over the tasks into DIR/_counters as GROUP,COUNTER<TAB>TOTAL lines;
#    other stderr lines are the task's log, DIR/_logs/TASK.
set -u
LC_ALL=C
export LC_ALL
inputs="" output="" mapper="" reducer="" nred=1 splitsize=4096 keyfields=1
files="" cmdenv=""
usage() { echo "stream-driver: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
	[ $# -ge 2 ] || usage "$1 needs a value"
	case $1 in
	-input)
		[ -f "$2" ] || usage "$2: no such file"
		case $2 in *[[:space:]]*) usage "$2: a name with a blank (the split index is space-separated)" ;; esac
		inputs="$inputs $(cd "$(dirname "$2")" && pwd)/$(basename "$2")" ;;
	-output) output=$2 ;;
	-mapper) mapper=$2 ;;
	-reducer) reducer=$2 ;;
	-numReduceTasks) nred=$2 ;;
	-splitsize) splitsize=$2 ;;
	-keyfields) keyfields=$2 ;;
	-file) files="$files $(cd "$(dirname "$2")" && pwd)/$(basename "$2")" ;;
	-cmdenv) cmdenv="$cmdenv $2" ;;
	*) usage "unknown option $1" ;;
	esac
	shift 2
done
[ -n "$inputs" ] && [ -n "$output" ] && [ -n "$mapper" ] || usage "-input, -output and -mapper are required"
[ -e "$output" ] && usage "$output exists (Hadoop refuses to overwrite an output folder too)"
[ -n "$reducer" ] || nred=0
mkdir -p "$output/_splits" "$output/_tasks" "$output/_logs"
out=$(cd "$output" && pwd)
tab=$(printf '\t')

# Splits at line ends, each within one file; _splits/index holds
# "NUMBER OFFSET FILE" lines.
# shellcheck disable=SC2086
awk -v size="$splitsize" -v dir="$out/_splits" '
	function open_split() { name = sprintf("%s/%05d", dir, n); printf "%05d %d %s\n", n, off, FILENAME > (dir "/index"); n++; len = 0 }
	FNR == 1 { if (n > 0) close(name); off = 0; open_split() }
	{ if (len > 0 && len + length($0) + 1 > size) { close(name); open_split() }
	  print > name; len += length($0) + 1; off += length($0) + 1 }
	END { if (n > 0) close(name) }' $inputs

# run_task NAME CMD INPUT OUTPUT [VAR=VALUE...]: one task in its folder.
run_task() {
	task=$1 cmd=$2 in=$3 res=$4
	shift 4
	dir=$out/_tasks/$task
	mkdir -p "$dir"
	for f in $files; do ln -s "$f" "$dir/$(basename "$f")"; done
	# shellcheck disable=SC2086
	(cd "$dir" && env $cmdenv "$@" sh -c "$cmd") <"$in" >"$res" 2>"$out/_logs/$task.err"
	st=$?
	grep '^reporter:counter:' "$out/_logs/$task.err" >>"$out/_logs/counters"
	grep -v '^reporter:counter:' "$out/_logs/$task.err" >"$out/_logs/$task"
	rm -f "$out/_logs/$task.err"
	if [ $st != 0 ]; then
		echo "stream-driver: task $task failed with status $st:" >&2
		tail -n 5 "$out/_logs/$task" >&2
		exit 1
	fi
}

: >"$out/_logs/counters"
touch "$out/_splits/index"
while read -r n off input; do
	split=$out/_splits/$n
	if [ "$nred" = 0 ]; then res=$out/part-m-$n; else res=$out/_tasks/map-$n.out; fi
	run_task "m-$n" "$mapper" "$split" "$res" \
		mapreduce_map_input_file="$input" mapreduce_map_input_start="$off" mapreduce_task_partition="$n"
done <"$out/_splits/index"

if [ "$nred" != 0 ]; then
	# The shuffle: partition by a hash of the first field, sort by key.
	cat "$out"/_tasks/map-*.out | awk -F "$tab" -v r="$nred" -v dir="$out/_tasks" '
		BEGIN { for (i = 32; i < 127; i++) code[sprintf("%c", i)] = i }
		{ h = 0; k = $1; for (i = 1; i <= length(k); i++) h = (h * 31 + code[substr(k, i, 1)]) % 1000003
		  print > sprintf("%s/part-%05d.in", dir, h % r) }'
	i=0
	while [ $i -lt "$nred" ]; do
		p=$(printf '%05d' $i)
		touch "$out/_tasks/part-$p.in"
		sort -s -t "$tab" -k "1,$keyfields" "$out/_tasks/part-$p.in" >"$out/_tasks/part-$p.sorted"
		run_task "r-$p" "$reducer" "$out/_tasks/part-$p.sorted" "$out/part-r-$p" mapreduce_task_partition="$i"
		i=$((i + 1))
	done
fi

awk '{ sub(/^reporter:counter:/, ""); i = match($0, /,[^,]*$/)
	sum[substr($0, 1, i - 1)] += substr($0, i + 1) }
	END { for (k in sum) print k "\t" sum[k] }' "$out/_logs/counters" | sort >"$out/_counters"
