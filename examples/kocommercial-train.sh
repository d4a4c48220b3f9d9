#!/bin/bash
# kocommercial-train.sh [-o DIR] [--val FRACTION] [--to FORMAT] [--max-chars N]
#     [--licenses RULE] [--ratio TASK:SHARE,...] [--also TASKS.jsonl]... [--no-dedup]
#     [--group-cut CHARS] [--max-per-doc N] [RECIPE OPTIONS] [DOCS.jsonl...]
# (documents from the files given, - for stdin, or from stdin)
# The KoCommercial recipe (kocommercial.sh, which gets RECIPE OPTIONS) made
# into files a trainer reads: its tasks, and any task files given with
# --also (ko-summary's, ko-qgroup's), go through ko-mix and ko-format:
#
# 0-license. ko-mix --no-shuffle --licenses RULE keeps only the documents
#    the rule allows, before dedup: else dedup could keep an NC copy of a
#    text and drop its CC-BY-SA copy, which the rule would keep, and what
#    survives would hang on the order of the input files. Its --stats
#    line (DIR/license-stats.jsonl) counts the documents refused.
# 0. ko-dedup drops documents that repeat an earlier one, exactly or
#    nearly (first one kept; --no-dedup leaves it out; it gets the
#    recipe options -f and --on-error): a copy under
#    another id would otherwise put the same text in train and in val.
#    (The recipe's own dedup is then left out: --no-dedup is given to it.)
# 1. ko-mix keeps the records whose licence --licenses allows (default
#    commercial: no NC, no ND, no unknown licence) and that a trainer
#    will not cut (--max-chars, default 4000 characters of what it
#    concatenates); with --ratio it draws each task kind to its share;
#    it shuffles with the seed and splits train/val by document (the id up
#    to its first '#' or '/': the chunks of one document and the tasks of
#    one passage never straddle the split; --group-cut CHARS gives the
#    characters the document's part of an id ends at instead), --val of them
#    (default 0.02) for validation; --max-per-doc N keeps at most N tasks
#    of one document (ko-mix --max-per id=N, counted by the same cut), so
#    that a few long documents do not set the style of the set. KorQuAD's ids are NUMBER-PARAGRAPH-
#    QUESTION (6548850-19-0), the number shared by an article's questions
#    from one writer, and ko-qgroup's tasks keep them
#    (6548850-19-0#2/qgroup): give --group-cut '#/-' with such tasks, or
#    the paragraphs of one article fall on both sides (14 of 16 articles
#    in val on the dev set). Give ko-qgroup --unanswerable the same
#    --group-cut: its negatives are questions of other passages, and a
#    val task would otherwise hold questions that train tasks ask (275 of
#    1,302 negatives on the dev set). Its --stats line (DIR/mix-stats.jsonl) holds
#    the achieved shares and the diversity of the wordings. A val split
#    left empty (fewer documents than 1/FRACTION) is said on stderr.
# 2. ko-format writes DIR/train.jsonl and DIR/val.jsonl in --to FORMAT
#    (default messages, for TRL's SFTTrainer; alpaca, sharegpt,
#    prompt-completion, text), checking every record.
#
# The split is stable when documents are added: a document's tasks stay in
# their split. Run it again with another -s for another shuffle. An input
# that cannot be read is named before anything runs (exit 1), as is an
# option ko-mix or ko-format refuses (--to chatml: exit 2); a run that
# leaves no task for the train split (every record refused for its
# licence, say) or a --ratio task no record has fails (exit 1). If a stage
# fails, the script names it and exits with its status. The files are
# made in a temporary folder in DIR and moved into DIR only when every
# stage has succeeded, so a failed run leaves no partial or empty output
# (and no DIR, if it made it).
set -eu -o pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -x "$here/../bin/ko-mix" ]; then PATH=$here/../bin:$PATH; export PATH; fi
recipe=$here/kocommercial.sh
[ -f "$recipe" ] || recipe=$(command -v kopipe-kocommercial)

dir=train-out
val=0.02
to=messages
max=4000
lic=commercial
ratio=()
also=()
seed=()
opts=()
dedup=1
cut='#/'
cap=()
files=()
# The recipe's options that take a value as the next argument; any other
# argument that does not start with '-' is an input file.
takes_value() {
	case $1 in -f | --field | --chunk | --system | --template | --context-in | --on-error) return 0 ;; esac
	return 1
}
# The text field and the error mode go to ko-dedup (stage 0) as well.
stage0=()
# Messages name the script as it was called (kopipe-kocommercial-train
# once installed).
me=$(basename "$0")
need() { [ $2 -ge 2 ] || { echo "$me: $1 needs a value" >&2; exit 2; }; }
while [ $# -gt 0 ]; do
	case $1 in
	-o) need "$1" $#; dir=$2; shift ;;
	--val) need "$1" $#; val=$2; shift ;;
	--to) need "$1" $#; to=$2; shift ;;
	--max-chars) need "$1" $#; max=$2; shift ;;
	--licenses) need "$1" $#; lic=$2; shift ;;
	--ratio) need "$1" $#; ratio=(--by task --ratio "$2"); shift ;;
	--also) need "$1" $#; also+=("$2"); shift ;;
	--no-dedup) dedup=0 ;;
	--group-cut) need "$1" $#; cut=$2; shift ;;
	--max-per-doc)
		need "$1" $#
		case $2 in
		'' | *[!0-9]* | 0 | 0*) echo "$me: --max-per-doc: expected a whole number above 0, not '$2'" >&2; exit 2 ;;
		esac
		cap=(--max-per "id=$2")
		shift ;;
	-s | --seed) need "$1" $#; seed=("$1" "$2"); opts+=("$1" "$2"); shift ;;
	-s?* | --seed=*) seed=("$1"); opts+=("$1") ;;
	-f | --field | --on-error) need "$1" $#; stage0+=("$1" "$2"); opts+=("$1" "$2"); shift ;;
	--field=* | --on-error=* | -f?*) stage0+=("$1"); opts+=("$1") ;;
	-h | --help)
		pad=$(printf '%*s' ${#me} '')
		echo "usage: $me [-o DIR] [--val FRACTION] [--to FORMAT] [--max-chars N]"
		echo "       $pad [--licenses RULE] [--ratio TASK:SHARE,...] [--also TASKS.jsonl]..."
		echo "       $pad [--no-dedup] [--group-cut CHARS] [--max-per-doc N] [RECIPE OPTIONS]"
		echo "       $pad [DOCS.jsonl...]"
		echo "Documents from the files (- is stdin) or stdin; DIR (default train-out) gets"
		echo "train.jsonl, val.jsonl, tasks-train.jsonl, tasks-val.jsonl, mix-stats.jsonl and"
		echo "license-stats.jsonl."
		echo "RECIPE OPTIONS go to the recipe, $(basename "$recipe") (see its --help); -f and --on-error also"
		echo "to ko-dedup. The comment at the top of this script says what each stage does."
		echo "Tasks split train/val by document, the id up to '#' or '/' (--group-cut CHARS:"
		echo "'#/-' for KorQuAD's ARTICLE-PARAGRAPH-QUESTION ids, to keep an article together);"
		echo "--max-per-doc N keeps at most N tasks of one document, counted the same way."
		exit 0 ;;
	-) files+=("$1") ;;
	-*) opts+=("$1") ;;
	*)
		if [ ${#opts[@]} -gt 0 ] && takes_value "${opts[${#opts[@]} - 1]}"; then
			opts+=("$1")
		else
			files+=("$1")
		fi
		;;
	esac
	shift
done
case $val in
0.[0-9]* | .[0-9]*) ;;
*) echo "$me: --val: expected a fraction below 1, not '$val'" >&2; exit 2 ;;
esac
train=$(awk -v v="$val" 'BEGIN { printf "%.6g", 1 - v }')
# ko-mix and ko-format would refuse a bad --to, --max-chars, --licenses,
# --ratio or -s only when they start, after ko-dedup and the recipe have
# run: they are asked first, on no input, and such a run stops here with
# their message and status (2).
ask() {
	local err st=0
	err=$("$@" </dev/null 2>&1 >/dev/null) || st=$?
	[ $st = 0 ] || { printf '%s\n' "$err" >&2; exit $st; }
}
ask ko-format --to "$to" --max-chars "$max"
ask ko-mix --licenses "$lic" --max-chars "$max" ${ratio[@]+"${ratio[@]}"} ${seed[@]+"${seed[@]}"} \
	${cap[@]+"${cap[@]}"}
for f in ${files[@]+"${files[@]}"} ${also[@]+"${also[@]}"}; do
	[ "$f" = - ] && continue
	why=
	if [ ! -e "$f" ]; then why="No such file or directory"
	elif [ -d "$f" ]; then why="Is a directory"
	elif [ ! -r "$f" ]; then why="Permission denied"
	fi
	[ -z "$why" ] || { echo "$me: $f: $why" >&2; exit 1; }
done
made=0
[ -d "$dir" ] || made=1
mkdir -p "$dir"
work=$(mktemp -d "$dir/.kocommercial-train.XXXXXX")
cleanup() {
	rm -rf "$work"
	if [ $made = 1 ]; then rmdir "$dir" 2>/dev/null || :; fi
}
trap cleanup EXIT

# (the first stage reads the files)
dedup() {
	if [ $dedup = 1 ]; then
		ko-dedup ${stage0[@]+"${stage0[@]}"}
	else
		cat
	fi
}
ko-mix --no-shuffle --licenses "$lic" ${stage0[@]+"${stage0[@]}"} --stats "$work/license-stats.jsonl" \
	${files[@]+"${files[@]}"} | dedup | bash "$recipe" --no-dedup ${opts[@]+"${opts[@]}"} |
ko-mix --split "train:$train,val:$val" --group-by id --group-cut "$cut" \
	--licenses "$lic" --max-chars "$max" ${ratio[@]+"${ratio[@]}"} ${seed[@]+"${seed[@]}"} \
	${cap[@]+"${cap[@]}"} --stats "$work/mix-stats.jsonl" -o "$work/tasks-{split}.jsonl" - ${also[@]+"${also[@]}"} || {
	st=("${PIPESTATUS[@]}")
	[ "${st[3]}" != 0 ] && { echo "$me: ko-mix failed (status ${st[3]})" >&2; exit "${st[3]}"; }
	[ "${st[2]}" != 0 ] && { echo "$me: the recipe failed (status ${st[2]})" >&2; exit "${st[2]}"; }
	[ "${st[1]}" != 0 ] && { echo "$me: ko-dedup failed (status ${st[1]})" >&2; exit "${st[1]}"; }
	echo "$me: the licence stage (ko-mix --licenses) failed (status ${st[0]})" >&2
	exit "${st[0]}"
}
# Nothing to train on is a failed run, not an empty file: most often every
# document was refused for its licence (a licence --licenses does not
# allow, or none: ko-import --license sets one), which stage 0-license
# counts.
if [ ! -s "$work/tasks-train.jsonl" ]; then
	lin=$(sed -n 's/.*"records_in":\([0-9]*\).*"records_out":\([0-9]*\),.*/\1 \2/p' "$work/license-stats.jsonl")
	if [ "${lin#* }" = 0 ] && [ "${lin% *}" != 0 ]; then
		echo "$me: no task left for the train split: --licenses $lic refused all ${lin% *} documents (a licence it does not allow, or none: give one with ko-import --license, or another --licenses)" >&2
	else
		echo "$me: no task left for the train split (the stages above say what they left out)" >&2
	fi
	exit 1
fi
# An empty val split is no failure (the train split is what a run is
# for), but a trainer given it has nothing to validate on: said, with
# what would give one.
if [ ! -s "$work/tasks-val.jsonl" ]; then
	echo "$me: the val split is empty: --val $val puts about one document in $(awk -v v="$val" 'BEGIN { printf "%.0f", 1 / v }') there, and none of these fell to it; give more documents or a larger --val (0.1: one in 10)" >&2
fi
for s in train val; do
	ko-format --to "$to" --max-chars "$max" -o "$work/$s.jsonl" "$work/tasks-$s.jsonl" || {
		st=$?
		echo "$me: ko-format failed on the $s split (status $st)" >&2
		exit $st
	}
done
# (the --stats line is appended, as ko-mix appends it, to the runs before)
cat "$work/mix-stats.jsonl" >>"$dir/mix-stats.jsonl"
cat "$work/license-stats.jsonl" >>"$dir/license-stats.jsonl"
for f in tasks-train tasks-val train val; do mv -f "$work/$f.jsonl" "$dir/$f.jsonl"; done
