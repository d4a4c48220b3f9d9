# measure.sh - sourced by the bench scripts: time a command on a file.
# measure NAME FILE CMD runs CMD (a shell command reading stdin) $runs
# times on FILE and sets t (median seconds), rss (median peak KiB), rate
# (MB/s of FILE) and cpurate (MB/s of user + system time, which a busy
# shared machine disturbs less than the wall clock); returns 1, after
# saying why, if a run fails.
# Needs $data (a scratch folder) and $runs.

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

measure() {
	m_name=$1 m_file=$2 m_cmd=$3
	: >"$data/times"
	: >"$data/rss"
	: >"$data/cpu"
	i=0
	while [ $i -lt "$runs" ]; do
		/usr/bin/time -f '%e %M %U %S' -o "$data/t1" sh -c "$m_cmd" <"$m_file" >/dev/null 2>"$data/err" ||
			{ echo "bench: $m_name failed: $(head -c 300 "$data/err")"; return 1; }
		cut -d' ' -f1 "$data/t1" >>"$data/times"
		cut -d' ' -f2 "$data/t1" >>"$data/rss"
		awk '{print $3 + $4}' "$data/t1" >>"$data/cpu"
		i=$((i + 1))
	done
	t=$(median <"$data/times")
	rss=$(median <"$data/rss")
	cpu=$(median <"$data/cpu")
	rate=$(awk -v b="$(wc -c <"$m_file")" -v t="$t" 'BEGIN {printf "%.1f", (t > 0) ? b / 1e6 / t : 0}')
	cpurate=$(awk -v b="$(wc -c <"$m_file")" -v t="$cpu" 'BEGIN {if (t > 0) printf "%.1f", b / 1e6 / t; else print "-"}')
}
