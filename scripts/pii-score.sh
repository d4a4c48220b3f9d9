#!/bin/sh
# pii-score.sh [SET [FLOOR]] - recall and precision of ko-pii on a marked
# test set (default tests/pii/set.txt): each line a text with its personal
# data marked [[KIND|value]]; lines starting with # are comments. The marks
# are stripped, ko-pii --annotate runs on the texts, and a found span
# counts when its kind, start and end are those of a mark. Prints the
# counts by kind, every miss and false find, and exits 1 when recall or
# precision is below FLOOR (default 0.95).
top=$(cd "$(dirname "$0")/.." && pwd)
set_file=${1:-$top/tests/pii/set.txt}
floor=${2:-0.95}
PATH=$top/bin:$PATH
LC_ALL=C
export PATH LC_ALL
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# Texts to $tmp/in, marks to $tmp/gold as "LINE KIND START END" (offsets in
# characters, as --annotate gives them).
awk -v gold="$tmp/gold" '
function chars(s) { gsub(/[\200-\277]/, "", s); return length(s) }
/^#/ || /^[ \t]*$/ { next }
{
	n++; out = ""; rest = $0
	while ((i = index(rest, "[[")) > 0) {
		out = out substr(rest, 1, i - 1)
		rest = substr(rest, i + 2)
		bar = index(rest, "|"); end = index(rest, "]]")
		kind = substr(rest, 1, bar - 1); val = substr(rest, bar + 1, end - bar - 1)
		s = chars(out)
		print n, kind, s, s + chars(val) > gold
		out = out val
		rest = substr(rest, end + 2)
	}
	print out rest
}' "$set_file" >"$tmp/in" || exit 1

ko-pii --text --annotate <"$tmp/in" >"$tmp/out" || exit 1

# Found spans as "LINE KIND START END".
awk '{
	s = $0
	while (match(s, /"type":"[A-Z]+","start":[0-9]+,"end":[0-9]+/)) {
		m = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH)
		gsub(/"type":"|"|start":|end":/, "", m); gsub(/,/, " ", m)
		print NR, m
	}
}' "$tmp/out" >"$tmp/found"

awk -v texts="$tmp/in" -v miss="$tmp/miss" -v floor="$floor" '
BEGIN { while ((getline l < texts) > 0) text[++nt] = l }
FNR == 1 { f++ }
f == 1 { gold[$0] = 1; ng[$2]++; kinds[$2] = 1; next }
{ found[$0] = 1; nf[$2]++; kinds[$2] = 1 }
END {
	for (k in gold) if (k in found) { split(k, a, " "); tp[a[2]]++; TP++ }
	for (k in kinds) { G += ng[k]; F += nf[k] }
	printf "%-9s %5s %5s %5s %7s %9s\n", "kind", "gold", "found", "right", "recall", "precision"
	nk = 0
	for (k in kinds) order[++nk] = k
	for (i = 1; i <= nk; i++) for (j = i + 1; j <= nk; j++) if (order[j] < order[i]) { t = order[i]; order[i] = order[j]; order[j] = t }
	for (i = 1; i <= nk; i++) {
		k = order[i]
		printf "%-9s %5d %5d %5d %7.3f %9.3f\n", k, ng[k], nf[k], tp[k], ng[k] ? tp[k] / ng[k] : 1, nf[k] ? tp[k] / nf[k] : 1
	}
	r = G ? TP / G : 1; p = F ? TP / F : 1
	printf "%-9s %5d %5d %5d %7.3f %9.3f\n", "all", G, F, TP, r, p
	for (k in gold) if (!(k in found)) { split(k, a, " "); printf "%d missed %s %d-%d: %s\n", a[1], a[2], a[3], a[4], text[a[1]] > miss }
	for (k in found) if (!(k in gold)) { split(k, a, " "); printf "%d false %s %d-%d: %s\n", a[1], a[2], a[3], a[4], text[a[1]] > miss }
	close(miss)
	exit r < floor + 0 || p < floor + 0
}' "$tmp/gold" "$tmp/found"
st=$?
[ -s "$tmp/miss" ] && sort -n -k1,1 -k4,4 "$tmp/miss" | sed 's/^/line /'
[ $st = 0 ] || echo "below $floor"
exit $st
