#!/bin/sh
# bench.sh - throughput and peak memory of every tool next to wc -l and
# jq -c .text on the same ~100 MB Korean corpus, median of RUNS runs.
# Not a test: nothing here passes or fails. BENCH_ONLY=REGEX (grep -E, on
# the names) runs only those lines and the yardsticks: wc -l, jq -c .text
# and the Python reference recipe.
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
KOPIPE_SHARED=$shared # the Python references of bench.list are read from there
export PATH KOPIPE_SHARED

. "$top/scripts/measure.sh"

jqrate=""
jqcpu=""
pyrate=""
pycpu=""
wcrate=""
printf '%-22s %9s %9s %8s %9s %9s %9s\n' tool MB/s x_jq x_wc cpu_MB/s cpu_x_jq peak_MB
grep -v '^#' "$top/scripts/bench.list" | grep -v '^[[:space:]]*$' |
while IFS='|' read -r name input cmd; do
	name=$(echo $name)
	if [ -n "${BENCH_ONLY:-}" ]; then
		case $name in
		"wc -l" | "jq -c .text" | "python ref recipe") ;;
		*) echo "$name" | grep -Eq -- "$BENCH_ONLY" || continue ;;
		esac
	fi
	input=$(echo $input)
	first=$(echo $cmd | cut -d' ' -f1)
	command -v "$first" >/dev/null 2>&1 || { printf '%-22s %9s\n' "$name" "(not built)"; continue; }
	case $input in
	jsonl) file=$data/wiki.jsonl ;;
	txt) file=$data/wiki.txt ;;
	tasks)
		# Task records, for the tools that finish them (ko-format): the
		# recipe's output on the corpus, made once and repeated to about
		# the corpus's size (alone it is ~7 MB, which the fastest of them
		# read in less than the timer's 10 ms).
		file=$data/tasks${mb}.jsonl
		if [ ! -s "$file" ]; then
			bash "$top/examples/kocommercial.sh" <"$data/wiki.jsonl" >"$file.one" 2>/dev/null && [ -s "$file.one" ] ||
				{ rm -f "$file.one"; printf '%-22s %9s\n' "$name" "(no tasks)"; continue; }
			n=$(awk -v m="$mb" -v b="$(wc -c <"$file.one")" 'BEGIN {n = int(m * 1e6 / b + 0.5); print n < 1 ? 1 : n}')
			i=0
			while [ $i -lt "$n" ]; do cat "$file.one"; i=$((i + 1)); done >"$file.tmp" && mv "$file.tmp" "$file"
			rm -f "$file.one"
		fi
		;;
	*) file=$shared/data/$input ;;
	esac
	[ -f "$file" ] || { printf '%-22s %9s\n' "$name" "(no input)"; continue; }
	measure "$name" "$file" "$cmd" || continue
	case $name in
	"jq -c .text") jqrate=$rate jqcpu=$cpurate ;;
	"wc -l") wcrate=$rate ;;
	"python ref recipe") pyrate=$rate pycpu=$cpurate ;;
	esac
	xjq=$(awk -v r="$rate" -v j="${jqrate:-0}" 'BEGIN {if (j > 0) printf "%.2f", r / j; else print "-"}')
	xwc=$(awk -v r="$rate" -v w="${wcrate:-0}" 'BEGIN {if (w > 0) printf "%.3f", r / w; else print "-"}')
	cxjq=$(awk -v r="$cpurate" -v j="${jqcpu:-0}" 'BEGIN {if (j > 0 && r > 0) printf "%.2f", r / j; else print "-"}')
	printf '%-22s %9s %9s %8s %9s %9s %9.1f\n' "$name" "$rate" "$xjq" "$xwc" "$cpurate" "$cxjq" "$(awk -v k="$rss" 'BEGIN {print k / 1024}')"
	case $name in
	kocommercial*)
		# The recipe's other yardstick: the Python reference, same run.
		[ -n "$pyrate" ] && awk -v r="$rate" -v p="$pyrate" -v c="$cpurate" -v q="$pycpu" \
			'BEGIN {if (p > 0 && q > 0) printf "%-22s %9s %9.2f %8s %9s %9.2f\n", "  x python ref", "", r / p, "", "", c / q}'
		;;
	esac
done
