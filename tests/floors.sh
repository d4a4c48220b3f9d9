#!/bin/sh
# floors.sh BUILD_DIR - check the floors of libko (DESIGN.md, "common/
# (libko)") on the compiled objects, so the check sees what the code really
# calls, not what a grep guesses:
#   - a module calls only modules below it in the order below (no circles);
#   - only msg holds mutable state at file scope or in function statics;
#   - only msg calls exit or writes to stderr.
# Prints one line per violation; exit 1 if there is any.
build=${1:-build}
order="msg util utf8 chars contact spam placeholder markup license unicode rand io json opt rec split spans templates task"
status=0
# Which module defines each libko symbol: one nm per object, read once.
defs=$(mktemp)
trap 'rm -f "$defs"' EXIT
for d in "$build"/*.o; do
	case $(basename "$d") in tool-* | import-*) continue ;; esac
	nm --defined-only "$d" | awk -v m="$(basename "$d" .o)" '$3 ~ /^ko_/ {print $3, m}'
done >"$defs"
rank() { # module -> its position in $order, or empty
	i=0
	for m in $order; do
		i=$((i + 1))
		[ "$m" = "$1" ] && { echo $i; return; }
	done
}
for o in "$build"/*.o; do
	m=$(basename "$o" .o)
	case $m in tool-* | import-*) continue ;; esac
	r=$(rank "$m")
	if [ -z "$r" ]; then
		echo "floors: common/$m.c is not in the floor order of tests/floors.sh"
		status=1
		continue
	fi
	# Who defines each libko symbol this module uses?
	for sym in $(nm -u "$o" | awk '{print $2}' | grep '^ko_'); do
		dm=$(awk -v s="$sym" '$1 == s {print $2; exit}' "$defs")
		[ -n "$dm" ] || continue
		dr=$(rank "$dm")
		if [ -n "$dr" ] && [ "$dr" -ge "$r" ]; then
			echo "floors: $m calls $sym of $dm, which is not below it"
			status=1
		fi
	done
	[ "$m" = msg ] && continue
	# Mutable state: objects in .data or .bss (not the read-only .data.rel.ro).
	objdump -t "$o" | awk '$2 ~ /^[lg]$/ && $3 == "O" && $4 ~ /^\.(data|bss)/ && $4 !~ /^\.data\.rel\.ro/ {print $NF}' |
		grep -v '^__' | # the sanitizers' own bookkeeping
		while read -r v; do echo "floors: $m has mutable state: $v"; done | grep . && status=1
	for f in exit fprintf fputs vfprintf perror; do
		if nm -u "$o" | awk '{print $2}' | grep -qx "$f"; then
			if [ $f = exit ] || nm -u "$o" | awk '{print $2}' | grep -qx stderr; then
				echo "floors: $m calls $f (only msg prints or exits)"
				status=1
			fi
		fi
	done
done
exit $status
