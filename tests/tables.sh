#!/bin/sh
# tables.sh - common/split_tables.h is what scripts/split-tables.py makes
# of its lists: regenerate into a scratch copy and compare, so that an edit
# of the header by hand (or of the script without regenerating) fails
# make check. Exit 0 when they agree, 1 with the diff when not, 77 when
# python3 is absent (it is not among the build dependencies).
top=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v python3 >/dev/null 2>&1; then
	echo "tables: skipped: no python3 to run scripts/split-tables.py"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$top/common/split_tables.h" "$tmp/split_tables.h"
python3 "$top/scripts/split-tables.py" "$tmp/split_tables.h" || exit 1
if ! cmp -s "$top/common/split_tables.h" "$tmp/split_tables.h"; then
	echo "common/split_tables.h differs from what scripts/split-tables.py generates;"
	echo "run: python3 scripts/split-tables.py"
	diff "$top/common/split_tables.h" "$tmp/split_tables.h" | head -n 20
	exit 1
fi
exit 0
