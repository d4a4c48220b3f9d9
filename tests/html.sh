#!/bin/sh
# html.sh - the page of ko-stats --html renders in a real browser: headless
# Chromium (Debian's chromium) takes a screenshot of a report on the test
# data, and the PNG must be a picture, not a blank page: larger than the
# screenshot of an empty page of the same size by a wide margin, and with
# the charts in the DOM Chromium built. Exit 0 when it does, 1 when not,
# 77 (skipped, with a message) when chromium is absent.
top=$(cd "$(dirname "$0")/.." && pwd)
chrome=$(command -v chromium || command -v chromium-browser)
if [ -z "$chrome" ]; then
	echo "html: skipped: no chromium to render the ko-stats page (apt-get install chromium)"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top/tests/cases/ko-stats" || exit 1
"$top/bin/ko-stats" --html "$tmp/report.html" --runs runs/in mixed/in ../../data/docs.jsonl \
	>/dev/null 2>&1
[ -s "$tmp/report.html" ] || { echo "html: ko-stats wrote no page"; exit 1; }
printf '<!DOCTYPE html><html><body></body></html>\n' >"$tmp/blank.html"
# shot NAME: render NAME.html to NAME.png (and NAME.dom), fresh profile each.
shot() {
	rm -rf "$tmp/profile"
	timeout 90 "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run \
		--user-data-dir="$tmp/profile" --hide-scrollbars --window-size=1280,2400 \
		--screenshot="$tmp/$1.png" "file://$tmp/$1.html" >"$tmp/$1.log" 2>&1
	timeout 90 "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run \
		--user-data-dir="$tmp/profile" --dump-dom "file://$tmp/$1.html" >"$tmp/$1.dom" 2>>"$tmp/$1.log"
}
shot blank
shot report
for f in blank report; do
	if [ ! -s "$tmp/$f.png" ] || [ "$(head -c 8 "$tmp/$f.png" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
		echo "html: chromium made no PNG of $f.html:"
		tail -n 5 "$tmp/$f.log"
		exit 1
	fi
done
blank=$(wc -c <"$tmp/blank.png")
report=$(wc -c <"$tmp/report.png")
# The width and height in the PNG header (bytes 17-24).
size=$(od -An -tu1 -j16 -N8 "$tmp/report.png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
svgs=$(grep -o '<svg' "$tmp/report.dom" | wc -l)
if [ "$size" != 1280x2400 ] || [ "$report" -lt $((blank * 5)) ] || [ "$report" -lt 60000 ] ||
	[ "$svgs" -lt 8 ]; then
	echo "html: the page did not render: ${size} PNG of $report bytes (blank page: $blank), $svgs SVG charts in the DOM"
	exit 1
fi
[ -n "${KOPIPE_KEEP_SHOT:-}" ] && cp "$tmp/report.png" "$KOPIPE_KEEP_SHOT"
exit 0
