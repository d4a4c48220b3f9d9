#!/bin/sh
# bench.sh - throughput and peak memory of every tool next to wc -l and
# jq -c .text on the same ~100 MB Korean corpus, median of RUNS runs.
# Not a test: nothing here passes or fails.
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${KOPIPE_SHARED:-$top/../shared}
src=$shared/data/prose/kowiki_wikiextractor_sample.txt.gz
runs=${RUNS:-3}
mb=${BENCH_MB:-100}
data=$top/bench-data
if [ ! -f "$src" ]; then
	echo "bench: skipped: $src not found (the shared data folder is absent)"
	exit 0
fi
mkdir -p "$data"
if [ ! -s "$data/wiki.jsonl" ] || [ ! -s "$data/wiki.txt" ]; then
	echo "bench: building a ${mb} MB corpus in $data ..."
	python3 "$top/scripts/mkcorpus.py" "$src" "$data" "$mb" || exit 1
fi
PATH=$top/bin:$PATH
export PATH

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

jqrate=""
wcrate=""
printf '%-22s %9s %9s %8s %9s\n' tool MB/s x_jq x_wc peak_MB
grep -v '^#' "$top/scripts/bench.list" | grep -v '^[[:space:]]*$' |
while IFS='|' read -r name input cmd; do
	name=$(echo $name)
	input=$(echo $input)
	first=$(echo $cmd | cut -d' ' -f1)
	command -v "$first" >/dev/null 2>&1 || { printf '%-22s %9s\n' "$name" "(not built)"; continue; }
	case $input in
	jsonl) file=$data/wiki.jsonl ;;
	txt) file=$data/wiki.txt ;;
	*) file=$shared/data/$input ;;
	esac
	[ -f "$file" ] || { printf '%-22s %9s\n' "$name" "(no input)"; continue; }
	bytes=$(wc -c <"$file")
	: >"$data/times"
	: >"$data/rss"
	i=0
	while [ $i -lt "$runs" ]; do
		/usr/bin/time -f '%e %M' -o "$data/t1" sh -c "$cmd" <"$file" >/dev/null 2>"$data/err" ||
			{ echo "bench: $name failed: $(head -c 300 "$data/err")"; break; }
		cut -d' ' -f1 "$data/t1" >>"$data/times"
		cut -d' ' -f2 "$data/t1" >>"$data/rss"
		i=$((i + 1))
	done
	[ -s "$data/times" ] || continue
	t=$(median <"$data/times")
	rss=$(median <"$data/rss")
	rate=$(awk -v b="$bytes" -v t="$t" 'BEGIN {printf "%.1f", (t > 0) ? b / 1e6 / t : 0}')
	case $name in
	"jq -c .text") jqrate=$rate ;;
	"wc -l") wcrate=$rate ;;
	esac
	xjq=$(awk -v r="$rate" -v j="${jqrate:-0}" 'BEGIN {if (j > 0) printf "%.2f", r / j; else print "-"}')
	xwc=$(awk -v r="$rate" -v w="${wcrate:-0}" 'BEGIN {if (w > 0) printf "%.3f", r / w; else print "-"}')
	printf '%-22s %9s %9s %8s %9.1f\n' "$name" "$rate" "$xjq" "$xwc" "$(awk -v k="$rss" 'BEGIN {print k / 1024}')"
done
