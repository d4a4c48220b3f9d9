#!/bin/sh
# demo.sh - the main job on the bundled corpus: raw Korean documents and a
# small KorQuAD-style file in, clean text and self-supervised fine-tuning
# tasks out (the KoCommercial recipe, summary tasks, multi-question reading).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$top/bin:$PATH
export PATH
ex=$top/examples
out=${DEMO_OUT:-$top/build/demo}
mkdir -p "$out"
count() { sed -n 's/.*"task":"\([^"]*\)".*/\1/p' "$1" | sort | uniq -c | sed 's/^/   /'; }

echo "== 1. normalise and drop duplicates: ko-norm --max-repeat 3 examples/corpus.jsonl | ko-dedup > clean.jsonl"
rm -f "$out/dups.jsonl" # --rejects appends
# (the pipelines a step shows go through files here: sh has no pipefail,
# and a failed stage before a pipe would go unnoticed)
ko-norm --max-repeat 3 "$ex/corpus.jsonl" >"$out/norm.jsonl"
ko-dedup --rejects "$out/dups.jsonl" "$out/norm.jsonl" >"$out/clean.jsonl"
[ -f "$out/dups.jsonl" ] || : >"$out/dups.jsonl"
echo "   $(wc -l <"$out/clean.jsonl") documents; $(wc -l <"$out/dups.jsonl") duplicate(s) dropped:"
sed -n 's/.*"id": *"\([^"]*\)".*"dup_of": *"\([^"]*\)".*/   \1 repeats \2/p' "$out/dups.jsonl"

echo "== 2. sentences: ko-split clean.jsonl > sentences.jsonl"
ko-split "$out/clean.jsonl" >"$out/sentences.jsonl"
echo "   the first document, one record per sentence (ko-split --explode):"
head -n 1 "$out/clean.jsonl" | ko-split --explode |
	sed -n 's/.*"text": *"\(\([^"\\]\|\\.\)*\)".*"sentence_index":\([0-9]*\).*/   [\3] \1/p' |
	sed 's/\\"/"/g' | head -n 5

echo "== 3. the KoCommercial recipe (normalise, clean, chunk by section, generate), commercial licences only:"
echo "   examples/kocommercial.sh --licenses commercial < clean.jsonl > tasks.jsonl"
bash "$ex/kocommercial.sh" --licenses commercial <"$out/clean.jsonl" >"$out/tasks.jsonl"
echo "   $(wc -l <"$out/tasks.jsonl") task records:"
count "$out/tasks.jsonl"

echo "== 4. summary and title tasks: ko-pii -f text -f summary -f title clean.jsonl | ko-summary --task summary:2,title-summary:1,expand:1,title:1"
ko-pii -f text -f summary -f title "$out/clean.jsonl" >"$out/pii.jsonl"
ko-summary --task summary:2,title-summary:1,expand:1,title:1 "$out/pii.jsonl" >"$out/summary-tasks.jsonl"
count "$out/summary-tasks.jsonl"

echo "== 5. reading tasks: ko-import squad --license MIT examples/squad-sample.json | ko-qgroup --unanswerable 0.2 --licenses commercial"
ko-import squad --license MIT "$ex/squad-sample.json" >"$out/qa.jsonl"
ko-qgroup --unanswerable 0.2 --licenses commercial "$out/qa.jsonl" >"$out/qa-tasks.jsonl"
echo "   $(wc -l <"$out/qa-tasks.jsonl") multi-question tasks; the first one, as a trainer reads it (ko-format --to text):"
head -n 1 "$out/qa-tasks.jsonl" | ko-format --to text |
	sed 's/^{"text":"//; s/","task":.*//; s/\\"/"/g; s/\\n/\n/g' | sed 's/^/   /'

cat "$out/tasks.jsonl" "$out/summary-tasks.jsonl" "$out/qa-tasks.jsonl" >"$out/all-tasks.jsonl"
echo "== $(wc -l <"$out/all-tasks.jsonl") training records in $out/all-tasks.jsonl; their licences (ko-stats):"
ko-stats "$out/all-tasks.jsonl" 2>/dev/null | sed -n '/^Licences/,/^$/p' | sed '/^$/d; s/^/   /' || :
echo "== 6. training files: ko-mix shuffles with the seed, keeps commercial licences and what a"
echo "   trainer will not cut, and splits by document; ko-format writes what the trainer reads:"
echo "   ko-mix --split train:0.9,val:0.1 --group-by id --group-cut '#/' --licenses commercial \\"
echo "       --max-chars 4000 -o 'tasks-{split}.jsonl' all-tasks.jsonl"
echo "   ko-format --to messages -o train.jsonl tasks-train.jsonl   (and val)"
rm -f "$out/mix-stats.jsonl"
ko-mix --split train:0.9,val:0.1 --group-by id --group-cut '#/' --licenses commercial \
	--max-chars 4000 --stats "$out/mix-stats.jsonl" -o "$out/tasks-{split}.jsonl" "$out/all-tasks.jsonl"
for s in train val; do
	ko-format --to messages --max-chars 4000 -o "$out/$s.jsonl" "$out/tasks-$s.jsonl"
done
echo "   $(wc -l <"$out/train.jsonl") records in $out/train.jsonl, $(wc -l <"$out/val.jsonl") in val.jsonl; no document in both"
div=$(sed -n 's/.*"diversity":{"task_records":[0-9]*,"distinct_instructions":\([0-9]*\),"top_instruction_share":\([0-9.]*\).*/\1 distinct instructions, the most common one \2 of the tasks/p' "$out/mix-stats.jsonl")
echo "   wordings: $div"
echo "   (examples/kocommercial-train.sh does the dedup of step 1, and steps 3 and 6, from documents in one go)"
