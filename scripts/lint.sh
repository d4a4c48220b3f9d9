#!/bin/sh
# lint.sh - man pages through mandoc -Tlint (warnings and worse), C sources
# through cppcheck, and every C file compiled as a machine without SSE2
# (arm64) would: the SIMD paths are #ifdef'd and the plain ones must build
# without warnings too. Exit 1 if any complains.
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
# (no warnings as on CI: -Werror; the SIMD macros undefined)
noasm="-U__SSE2__ -U__SSE4_2__ -U__SSSE3__ -U__AVX2__"
for f in common/*.c tools/*.c tools/import/*.c; do
	${CC:-cc} -std=c11 -O2 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter \
		-Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Icommon -Ibuild $noasm \
		-fsyntax-only "$f" || status=1
done
[ $status = 0 ] && echo "lint: clean"
exit $status
