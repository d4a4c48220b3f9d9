#!/bin/sh
# lint.sh - man pages through mandoc -Tlint (warnings and worse), C sources
# through cppcheck. Exit 1 if either complains.
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
status=0
for m in man/*.1 man/*.7; do
	[ -f "$m" ] || continue
	mandoc -Tlint -Wwarning "$m" || status=1
done
cppcheck --quiet --error-exitcode=1 --std=c11 --inline-suppr \
	--enable=warning,performance,portability \
	--suppress=missingIncludeSystem -Icommon common tools tests/unit.c || status=1
[ $status = 0 ] && echo "lint: clean"
exit $status
