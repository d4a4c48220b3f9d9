#!/bin/sh
# pii.sh - personal data out before task generation: mask it in the text
# the generators will quote, and keep a list of where it was for review.
# Paste the lines you need; runs from anywhere after make (it reads the
# tree's examples/corpus.jsonl), and stops at the first command that fails.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$top/bin:$PATH
cd "$top"

# Mask, between normalisation and chunking (where the recipe would take it).
ko-norm < examples/corpus.jsonl | ko-pii | ko-split --chunk 14 | head -n 2

# Where the matches are, as character offsets, for a person to check.
ko-pii --annotate < examples/corpus.jsonl | grep -v '"pii":\[\]' | head -n 1

# Keep only records with no personal data at all; the others go aside.
ko-pii --drop --rejects /dev/null < examples/corpus.jsonl | wc -l

# Your own tags, and only some kinds.
echo '연락처 010-1234-5678, 메일 hong@example.com' | ko-pii --tag PHONE='[전화번호]' --kinds phone
