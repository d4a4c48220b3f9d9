#!/bin/sh
# train-ethics.sh SHARED_DATA MODEL - train ko-filter-ethics's default model.
#
# Inputs (scripts/ethics-data.py turns them into labelled JSONL; their
# licences allow a derived model, see tools/ko-filter-ethics.model.txt):
#   hate/kocohub_beep_train.tsv, hate/kocohub_beep_dev.tsv   CC BY-SA 4.0
#   hate/kmhas_valid.txt                                     CC BY-SA 4.0
#   hate/curse_detection_dataset.txt                         MIT
#   prose/kowiki_wikiextractor_sample.txt.gz (4/5 of paragraphs) CC BY-SA
#   prose/klue-nli-v1.1_dev.json (premises)                  CC BY-SA 4.0
#   prose/kommongen_dev.jsonl (scenes)                       MIT
#   prose/klue-nli-v1.1_dev.json (hypotheses)                CC BY-SA 4.0
#   kobest/kobest_{COPA,WiC}_{train,dev,test}.tsv (sentences) CC BY-SA 4.0
#   instruct/songys_ChatbotData.csv (questions, answers)     MIT
#   kobest/kobest_SentiNeg_{train,dev,test}.tsv (reviews)    CC BY-SA 4.0
#   topics: sentences on the topics of abuse (crime, hate, gender,
#   politics, ...) of the Wikipedia paragraphs above and of
#   kobest/kobest_BoolQ_{train,dev,test}.tsv passages, and phrases cut
#   from them around the topic word                          CC BY-SA 4.0
#   mentions: single words of the hate/ comment sets above (the names and
#   topics the unsafe comments are about, chosen by counting), alone
#                                                 CC BY-SA 4.0 and MIT
# The threshold stored in the model is chosen on data its scoring model
# never saw (scripts/ethics-fit.sh). Deterministic: the same inputs give the same
# model bytes.
top=$(cd "$(dirname "$0")/.." && pwd)
data=${1:?usage: train-ethics.sh SHARED_DATA MODEL}
model=${2:?usage: train-ethics.sh SHARED_DATA MODEL}
if [ ! -d "$data/hate" ]; then
	echo "model: $data/hate not found (the shared data folder is absent)" >&2
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$top/scripts/ethics-data.py" "$data" "$tmp" || exit 1
sh "$top/scripts/ethics-fit.sh" "$model" \
	"$tmp/beep.jsonl" "$tmp/kmhas.jsonl" "$tmp/curse.jsonl" "$tmp/prose.jsonl" \
	"$tmp/everyday.jsonl" "$tmp/chat.jsonl" "$tmp/reviews.jsonl" "$tmp/topics.jsonl" || exit 1
echo "model: wrote $model ($(wc -c <"$model") bytes)"
