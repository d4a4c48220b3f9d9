# measure.sh - sourced by the bench scripts: time a command on a file.
# measure NAME FILE CMD runs CMD (a shell command reading stdin) $runs
# times on FILE and sets t (median seconds), rss (median peak KiB), rate
# (MB/s of FILE) and cpurate (MB/s of user + system time, which a busy
# shared machine disturbs less than the wall clock); returns 1, after
# saying why, if a run fails.
# Needs $runs. The runs' own files go to a private folder, removed at
# exit: the corpus folder may be shared by checkouts benching at once.
scratch=$(mktemp -d) || exit 1
trap 'rm -rf "$scratch"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

measure() {
	m_name=$1 m_file=$2 m_cmd=$3
	: >"$scratch/times"
	: >"$scratch/rss"
	: >"$scratch/cpu"
	i=0
	while [ $i -lt "$runs" ]; do
		/usr/bin/time -f '%e %M %U %S' -o "$scratch/t1" sh -c "$m_cmd" <"$m_file" >/dev/null 2>"$scratch/err" ||
			{ echo "bench: $m_name failed: $(head -c 300 "$scratch/err")"; return 1; }
		cut -d' ' -f1 "$scratch/t1" >>"$scratch/times"
		cut -d' ' -f2 "$scratch/t1" >>"$scratch/rss"
		awk '{print $3 + $4}' "$scratch/t1" >>"$scratch/cpu"
		i=$((i + 1))
	done
	t=$(median <"$scratch/times")
	rss=$(median <"$scratch/rss")
	cpu=$(median <"$scratch/cpu")
	rate=$(awk -v b="$(wc -c <"$m_file")" -v t="$t" 'BEGIN {printf "%.1f", (t > 0) ? b / 1e6 / t : 0}')
	cpurate=$(awk -v b="$(wc -c <"$m_file")" -v t="$cpu" 'BEGIN {if (t > 0) printf "%.1f", b / 1e6 / t; else print "-"}')
}
