#!/bin/sh
# fuzz.sh SECONDS [TARGET...] - run the libFuzzer targets of tests/fuzz/targets
# (built by make fuzz-build into build/fuzz/) for SECONDS each, one after the
# other, and print executions and coverage per target. The corpus grows in
# build/fuzz/corpus/TARGET (kept between runs) from the seeds in
# tests/fuzz/seeds/; a crash is saved as build/fuzz/crash/TARGET-* with the
# command that reproduces it. Exit 1 if any target crashed.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-60}
[ $# -gt 0 ] && shift
only=" $* "
fz=$top/build/fuzz
mkdir -p "$fz/crash" "$fz/log"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
crashed=0
printf '%-26s %10s %8s %8s %7s %s\n' target execs exec/s edges of result
tab=$(printf '\t')
grep -v '^#' "$top/tests/fuzz/targets" | while IFS=$tab read -r name bin sets; do
	[ -n "$name" ] || continue
	[ "$only" = "  " ] || case $only in *" $name "*) ;; *) continue ;; esac
	corpus=$fz/corpus/$name
	mkdir -p "$corpus"
	seeds=$top/tests/fuzz/seeds/$name
	extra=""
	case $bin in ko-*) extra=$top/tests/fuzz/seeds/jsonl ;; esac
	case $name in import-*) extra="" ;; esac
	log=$fz/log/$name
	KO_FUZZ_ARGS=$sets KO_FUZZ_TOOL=$bin "$fz/$bin" -max_total_time="$secs" \
		-max_len=8192 -timeout=20 -rss_limit_mb=3072 -close_fd_mask=3 \
		-dict="$top/tests/fuzz/kopipe.dict" -print_final_stats=1 \
		-artifact_prefix="$fz/crash/$name-" \
		"$corpus" $( [ -d "$seeds" ] && echo "$seeds") $extra >"$log" 2>&1
	st=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | sed 's/cov: //')
	total=$(sed -n 's/.*Loaded [0-9]* modules *(\([0-9]*\) inline 8-bit counters).*/\1/p' "$log" | head -n 1)
	if [ $st = 0 ]; then
		res=ok
	else
		res="CRASH (status $st): $(grep -o 'artifact_prefix[^;]*\|Test unit written to [^ ]*' "$log" | tail -n 1)"
		echo "KO_FUZZ_ARGS='$sets' KO_FUZZ_TOOL=$bin $fz/$bin FILE" >"$fz/crash/$name.cmd"
		touch "$fz/crash/.failed"
	fi
	printf '%-26s %10s %8s %8s %7s %s\n' "$name" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${total:-?}" "$res"
done
if [ -f "$fz/crash/.failed" ]; then
	rm -f "$fz/crash/.failed"
	echo "fuzz: crashes above; logs in $fz/log, inputs in $fz/crash" >&2
	exit 1
fi
