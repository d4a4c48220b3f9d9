#!/bin/bash
# kocommercial.sh [--html] [--chunk N] [--no-norm] [--no-dedup] [--no-clean] [--no-ethics | --ethics] [-f FIELD] [TASK OPTIONS] [FILE...]
# - the self-supervised recipe behind the KoCommercial-Dataset as one
# pipeline: JSONL documents as ko-import writes them (a "text" field, or the
# -f one), or text lines, one document a line, from the FILEs or stdin;
# task records on stdout, no temporary files.
#
# 1. ko-norm normalises the text (NFC, spaces, control characters) and
#    repairs the brackets an extractor left empty or broken (잠() 또는,
#    카터(, 1924년 ~ )는: --repair-brackets, else the generators drop the
#    sentence, often an article's first); with
#    --html, for documents that are HTML, it strips tags and decodes
#    entities first (not by default: it would also take <MASK> or a < b
#    for markup); --no-norm leaves it out, for text already normalised.
# 1-license. With --licenses RULE, ko-mix --no-shuffle --licenses RULE
#    keeps only the documents the rule allows (the others are rejected,
#    reason "license"), before dedup: else dedup could keep an NC copy of
#    a text and drop its CC-BY-SA copy, and the generators would then
#    refuse the NC one, so what survives would hang on the order of the
#    input files. The generators check the rule again.
# 1-dedup. ko-dedup drops documents that repeat an earlier one, exactly or
#    nearly (its default, --mode both; the first is kept): else a comment
#    posted twice becomes two tasks, or a mask in one and the answer of a
#    continuation in another (on 33,893 news comments, 10.8% of the tasks
#    repeated another without it). --no-dedup leaves it out, for documents
#    deduplicated already: across shards, as examples/cluster/ does (a
#    shard of this script can only drop the repeats within it, so run
#    sharded, dedup first and give --no-dedup), or with other settings.
# 2. ko-quality drops documents that make poor training text (stubs
#    whose list is gone, deletion notices, assistant-written text, spam
#    that sends the reader to a link or a cafe, ...)
#    and ko-pii masks personal data (<PHONE>, <RRN>, ...); --no-clean
#    leaves both out, for data already cleaned. Then ko-filter-ethics
#    drops unsafe documents (stage 2-ethics). It runs by default, as a
#    recipe that takes comments, reviews or community posts would otherwise
#    make their abuse into tasks, answers included (of 5,000 news comments
#    it drops 780); --no-ethics leaves it out, for text known to be clean,
#    such as an encyclopedia, where it drops almost nothing and is the
#    slowest stage. With --ethics, ko-filter-ethics also judges the tasks
#    after the generators (stage 9-ethics: instruction, input and output,
#    each field on its own): a document's sentences are judged already
#    (each alone in a text under 800 characters), so this stage doubles the
#    cost for little (9 more tasks dropped from those 5,000 comments).
#    With --no-norm, --no-dedup, --no-clean and --no-ethics what runs is the
#    generation recipe alone, as `make bench` measures it (the stages left
#    out are not run at all).
# 3. ko-split --soft-breaks --chunk N (default 14, at least 3) cuts each
#    document at its section boundaries (headings, blank lines) and then
#    into runs of at most N sentences; heading lines are never sentences,
#    and a document without a sentence (a redirect, an empty page) stops
#    here, counted. --soft-breaks: a single line break inside a document
#    is read as a space, as the generators read it, so that a sentence a
#    line break cuts (by a wrapped line, or a formula the extractor
#    removed) is not made two fragments; a text line stays a document of
#    its own (-p would join consecutive lines into one). Each chunk
#    carries its sentences (sentence_spans), and the generators take them
#    instead of splitting it again.
# 4. The generators share the chunks out by their number of sentences
#    (the shared splitter's) and a share hash h:
#      h < 0.40, 3 sentences or more:    continuation (ko-lastsent: a
#                                        context of two sentences at least);
#      0.40 <= h < 0.80, 3 or more:      sentence-order (ko-shuffle-sent
#                                        picks a run of 3 to 7 that holds
#                                        together);
#      0.80 <= h < 0.92:                 word-order (one sentence of the
#                                        chunk, ko-shuffle-sent --unit word);
#      any other one-sentence chunk:     word-order (one sentence is
#                                        little context for a mask: see 5.);
#      the rest:                         mask (ko-mask).
#    So a chunk of 3 sentences or more is 40% continuation, 40% sentence-
#    order, 12% word-order and 8% mask; one of 2 sentences 12% word-order
#    and 88% mask.
# 5. A chunk its generator can make no task from (too short, no sentence
#    that fits, no run that holds together) is not lost: the generators
#    run with --unused pass, so it goes on to the fallbacks, mask (two
#    sentences or more, or one sentence that word order has refused: a
#    sentence of more than 12 words, the whole of many a stub article,
#    holds the context two short ones do, and ko-mask still asks 60
#    characters of it and that it be a sentence, a predicate at its end
#    and no code or link in it; on the kowiki sample this made 348 tasks and
#    raised the documents that yield one from 88.0% to 89.9%), then
#    word-order, and only what neither can use is
#    rejected, by the last stage (word-order), with its reason. (A
#    continuation fallback between them made 7 tasks of 35,785 on 36 MB of
#    kowiki, for a sixth of the generators' work: a chunk that sentence
#    order and mask both refuse is one continuation refuses too.) Each
#    generator leaves out sentences that still carry markup. The shares
#    above are those of the chunks; what comes out is what the fallbacks
#    leave: on the kowiki sample (7,483 tasks) 28% continuation, 16%
#    sentence-order, 18% word-order and 37% mask, as sentence order
#    refuses many chunks whose sentences do not hold together as a run
#    and mask takes them, and one-sentence chunks make mostly word order.
# Each stage handles the records whose share hash (from --seed and the
# record's id, or its bytes) falls in its slice and sentence range and
# passes everything else on; chunk ids are ID#k, so the output does not
# depend on how the input is cut into shards. -f and --on-error (a bad
# record: fail, the default, or skip) are given to every stage,
# the other options (--seed, --system, --template, --keep-fields,
# --context-in) to the generators. With KOCOMMERCIAL_REJECTS=DIR each stage
# appends the records it could not use to DIR/N-STAGE.jsonl (appends of
# whole lines: shards running at once never lose each other's), and with
# KOCOMMERCIAL_STATS=FILE each stage appends its --stats line to FILE, so
# that ko-stats --runs adds the stages of many shards up.
#
# If any stage fails, the pipeline fails: the stage has printed its own
# message, this script names the first stage that failed (the later ones,
# listed, may have failed from it: a wrong -f fails them all) and exits
# with its status. (bash,
# for pipefail and PIPESTATUS; POSIX sh has neither.) Installed by `make
# install` as the command kopipe-kocommercial. Its tasks become train/val
# files for a trainer with kocommercial-train.sh (kopipe-kocommercial-train):
# ko-mix (licences, lengths, shares, seeded shuffle, split by document),
# then ko-format.
set -eu -o pipefail
# The script starts no process of its own but the stages (no $(...), no
# dirname): each fork of bash costs a few milliseconds, and `make bench`
# measures the recipe with them.
case $0 in
*/*) here=${0%/*} ;;
*) here=. ;;
esac
case $here in /*) ;; *) here=$PWD/$here ;; esac
if [ -x "$here/../bin/ko-mask" ]; then PATH=$here/../bin:$PATH; export PATH; fi
# Each stage's --rejects=DIR/STAGE.jsonl and --stats=FILE, as words of
# the pipeline below: ${rj:+"$rj/STAGE.jsonl"} ${stat[@]+"${stat[@]}"}.
rj=${KOCOMMERCIAL_REJECTS:+"--rejects=$KOCOMMERCIAL_REJECTS"}
stat=()
[ -z "${KOCOMMERCIAL_STATS:-}" ] || stat=("--stats=$KOCOMMERCIAL_STATS")

html=
ethics=1 ethics_tasks=0
norm=1
dedup=1
clean=1
chunk=14
field=()
common=()
gen=()
lic=()
sysf=()
files=()
# Messages name the script as it was called: kopipe-kocommercial once
# installed.
me=$(basename "$0")
while [ $# -gt 0 ]; do
	case $1 in
	--html) html=--html ;;
	--no-norm) norm=0 ;;
	--no-dedup) dedup=0 ;;
	--no-clean) clean=0 ;;
	--ethics) ethics=1 ethics_tasks=1 ;;
	--no-ethics) ethics=0 ethics_tasks=0 ;;
	--chunk) [ $# -ge 2 ] || { echo "$me: --chunk needs a number" >&2; exit 2; }
		chunk=$2; shift ;;
	--chunk=*) chunk=${1#--chunk=} ;;
	-f | --field) [ $# -ge 2 ] || { echo "$me: $1 needs a field name" >&2; exit 2; }
		field=(-f "$2"); shift ;;
	--field=*) field=(-f "${1#--field=}") ;;
	-f?*) field=(-f "${1#-f}") ;;
	--on-error) [ $# -ge 2 ] || { echo "$me: --on-error needs fail or skip" >&2; exit 2; }
		common=("--on-error=$2"); shift ;;
	--on-error=*) common=("$1") ;;
	--rejects | --rejects=* | --stats | --stats=*)
		echo "$me: ${1%%=*}: every stage has its own; set KOCOMMERCIAL_REJECTS=DIR or KOCOMMERCIAL_STATS=FILE" >&2
		exit 2 ;;
	-h | --help)
		pad=$(printf '%*s' ${#me} '')
		echo "usage: $me [--html] [--chunk N] [--no-norm] [--no-dedup] [--no-clean]"
		echo "       $pad [--no-ethics | --ethics]"
		echo "       $pad [-f FIELD]"
		echo "       $pad [--seed N] [--system ...] [--template ...] [--keep-fields]"
		echo "       $pad [--context-in ...] [--licenses RULE] [--on-error MODE]"
		echo "       $pad [FILE...] > tasks.jsonl"
		echo "Documents come from the FILEs (- is stdin) or from stdin."
		echo "The KoCommercial-Dataset recipe as one pipeline; the comment at the top of"
		echo "this script says what each stage does (it chunks by itself: give it documents)."
		echo "  --no-ethics    keep the documents ko-filter-ethics finds unsafe (it runs by"
		echo "                 default: the slowest stage, it drops next to nothing from"
		echo "                 encyclopedic text, but comments, reviews, web and community text"
		echo "                 would otherwise make their abuse into tasks, even their answers)"
		echo "  --ethics       judge the tasks too, each field on its own (twice the cost)"
		echo "  --html         strip HTML tags and entities first"
		echo "  --chunk N      at most N sentences a chunk (default 14)"
		echo "  --no-norm, --no-dedup, --no-clean"
		echo "                 leave out normalising, deduplication, quality and PII filtering"
		echo "                 (for data already done so)"
		echo "  -f FIELD       the text field (default text)"
		echo "The other options go to the generators (see ko-mask(1)); KOCOMMERCIAL_REJECTS=DIR"
		echo "and KOCOMMERCIAL_STATS=FILE keep each stage's rejects and --stats lines."
		exit 0 ;;
	# the generators' options, given to each of them
	-s | --seed | --system | --template | --context-in | --licenses)
		[ $# -ge 2 ] || { echo "$me: $1 needs a value" >&2; exit 2; }
		[ "$1" != --licenses ] || lic+=("$1" "$2")
		[ "$1" != --system ] || sysf=(-f system)
		gen+=("$1" "$2"); shift ;;
	-s?* | --seed=* | --system=* | --template=* | --context-in=* | --licenses=* | --keep-fields)
		case $1 in --licenses=*) lic+=("$1") ;; --system=*) sysf=(-f system) ;; esac
		gen+=("$1") ;;
	-) files+=("$1") ;;
	-*) echo "$me: unknown option '$1'; try '$me --help'" >&2; exit 2 ;;
	*) files+=("$1") ;;
	esac
	shift
done
for f in ${files[@]+"${files[@]}"}; do
	if [ "$f" != - ] && [ ! -r "$f" ]; then
		echo "$me: $f: cannot read it" >&2
		exit 1
	fi
done
# (every stage would fail on a missing folder, and the first be named)
if [ -n "${KOCOMMERCIAL_REJECTS:-}" ] && [ ! -d "$KOCOMMERCIAL_REJECTS" ]; then
	echo "$me: KOCOMMERCIAL_REJECTS=$KOCOMMERCIAL_REJECTS: no such folder (make it first)" >&2
	exit 2
fi
case $chunk in
'' | *[!0-9]* | ?????*) bad=1 ;;
*) [ "$chunk" -ge 3 ] && bad=0 || bad=1 ;;
esac
if [ $bad = 1 ]; then
	echo "$me: --chunk: expected a number of sentences from 3 to 9999, not '$chunk'" >&2
	exit 2
fi

# "${a[@]}" of an empty array is an unbound variable to bash before 4.4.
opts=(${field[@]+"${field[@]}"} ${common[@]+"${common[@]}"} ${gen[@]+"${gen[@]}"})
# The generators' options are checked once, before any stage starts, so
# that a wrong one is said once and not by every generator (none given:
# nothing to check, and three processes saved).
# (exit with the tool's status: 2 for a usage error, 1 for a --template
# file it cannot read)
for g in ${opts[@]+ko-lastsent ko-shuffle-sent ko-mask}; do
	st=0
	msg=$("$g" ${opts[@]+"${opts[@]}"} </dev/null 2>&1 >/dev/null) || st=$?
	if [ $st != 0 ]; then
		# said as the recipe's: the user gave the option to it
		printf '%s\n' "$msg" | sed -e "s|^$g: |$me: |" -e "s|try '$g --help'|try '$me --help'|" >&2
		exit $st
	fi
done

# Stage 1, normalisation and dedup, and stage 2, quality, PII and ethics; a stage
# left out (--no-norm, --no-dedup, --no-clean, --no-ethics) is not run at all, and the stages keep their
# numbers in the messages. Every stage is a command of one flat pipeline
# (no shell function, which would start its commands later): the shell
# starts them from left to right, so their process ids, in the --stats
# lines, give ko-stats --runs the order the data goes through them.
# (the first stage reads the FILEs)
norm_stage='ko-norm --repair-brackets $html ${field[@]+"${field[@]}"} ${common[@]+"${common[@]}"} ${rj:+"$rj/1-norm.jsonl"} ${stat[@]+"${stat[@]}"} ${files[@]+"${files[@]}"} | '
lic_stage='ko-mix --no-shuffle "${lic[@]}" ${field[@]+"${field[@]}"} ${common[@]+"${common[@]}"} ${rj:+"$rj/1-license.jsonl"} ${stat[@]+"${stat[@]}"} ${lfiles[@]+"${lfiles[@]}"} | '
dedup_stage='ko-dedup ${field[@]+"${field[@]}"} ${common[@]+"${common[@]}"} ${rj:+"$rj/1-dedup.jsonl"} ${stat[@]+"${stat[@]}"} ${dfiles[@]+"${dfiles[@]}"} | '
clean_stage='ko-quality ${field[@]+"${field[@]}"} ${common[@]+"${common[@]}"} ${rj:+"$rj/2-quality.jsonl"} ${stat[@]+"${stat[@]}"} ${cfiles[@]+"${cfiles[@]}"} |
ko-pii ${field[@]+"${field[@]}"} ${common[@]+"${common[@]}"} ${rj:+"$rj/2-pii.jsonl"} ${stat[@]+"${stat[@]}"} | '
ethics_stage='ko-filter-ethics ${field[@]+"${field[@]}"} ${common[@]+"${common[@]}"} ${rj:+"$rj/2-ethics.jsonl"} ${stat[@]+"${stat[@]}"} ${efiles[@]+"${efiles[@]}"} | '
# tasks are judged by the fields the generators write (instruction, input,
# output, and system with --system), named so that the two ethics stages
# differ in their --stats lines, which ko-stats --runs would otherwise add
# up as two shards of one stage, and so that no field is said to be missing
ethics_tasks_stage=' |
ko-filter-ethics -f instruction -f input -f output ${sysf[@]+"${sysf[@]}"} ${common[@]+"${common[@]}"} ${rj:+"$rj/9-ethics.jsonl"} ${stat[@]+"${stat[@]}"}'

# A generator's choices depend only on the record and its options, never
# on the stage, so a chunk one has failed on would fail there again: each
# generator is tried once per chunk, in the order of 4. and 5., and the
# stages are as few as that order allows (five generators; the last one
# also rejects what is left, with its reason). The pipeline is put
# together from the stages that run (eval, so that PIPESTATUS is its own).
gen='ko-split --soft-breaks --chunk "$chunk" ${field[@]+"${field[@]}"} ${common[@]+"${common[@]}"} ${rj:+"$rj/3-chunk.jsonl"} ${stat[@]+"${stat[@]}"} ${sfiles[@]+"${sfiles[@]}"} |
ko-lastsent     --if-sentences 3:$chunk --share 0:0.40    --unused pass ${rj:+"$rj/4-lastsent.jsonl"} ${stat[@]+"${stat[@]}"} ${opts[@]+"${opts[@]}"} |
ko-shuffle-sent --if-sentences 3:$chunk --share 0.40:0.80 --unused pass ${rj:+"$rj/5-sentence-order.jsonl"} ${stat[@]+"${stat[@]}"} ${opts[@]+"${opts[@]}"} |
ko-shuffle-sent --if-sentences 1:$chunk --share 0.80:0.92 --or --if-sentences 1:1 \
                --unused pass --unit word ${rj:+"$rj/6-word-order.jsonl"} ${stat[@]+"${stat[@]}"} ${opts[@]+"${opts[@]}"} |
ko-mask         --if-sentences 2:$chunk --or --if-sentences 1:1 --unused pass ${rj:+"$rj/7-mask.jsonl"} ${stat[@]+"${stat[@]}"} ${opts[@]+"${opts[@]}"} |
ko-shuffle-sent --if-sentences 1:$chunk --others drop --unit word ${rj:+"$rj/8-word-order.jsonl"} ${stat[@]+"${stat[@]}"} ${opts[@]+"${opts[@]}"}'
names=(3-chunk 4-lastsent 5-sentence-order 6-word-order 7-mask 8-word-order)
# The FILEs go to the first stage that runs.
licensed=0
[ ${#lic[@]} = 0 ] || licensed=1
lfiles=() dfiles=() cfiles=() efiles=() sfiles=()
[ $norm = 1 ] || lfiles=(${files[@]+"${files[@]}"})
[ $norm = 1 ] || [ $licensed = 1 ] || dfiles=(${files[@]+"${files[@]}"})
[ $norm = 1 ] || [ $licensed = 1 ] || [ $dedup = 1 ] || cfiles=(${files[@]+"${files[@]}"})
[ $norm = 1 ] || [ $licensed = 1 ] || [ $dedup = 1 ] || [ $clean = 1 ] || efiles=(${files[@]+"${files[@]}"})
[ $norm = 1 ] || [ $licensed = 1 ] || [ $dedup = 1 ] || [ $clean = 1 ] || [ $ethics = 1 ] ||
	sfiles=(${files[@]+"${files[@]}"})
first=
if [ $ethics = 1 ]; then first=$ethics_stage; names=(2-ethics "${names[@]}"); fi
if [ $ethics_tasks = 1 ]; then gen="$gen$ethics_tasks_stage"; names=("${names[@]}" 9-ethics); fi
if [ $clean = 1 ]; then first="$clean_stage$first"; names=(2-quality 2-pii "${names[@]}"); fi
if [ $dedup = 1 ]; then first="$dedup_stage$first"; names=(1-dedup "${names[@]}"); fi
if [ $licensed = 1 ]; then first="$lic_stage$first"; names=(1-license "${names[@]}"); fi
if [ $norm = 1 ]; then first="$norm_stage$first"; names=(1-norm "${names[@]}"); fi
# Every generator says how many of its tasks come from records without a
# licence (or with one that forbids derivatives or commercial use); the
# pipeline's messages go through licence_notes, which adds those up and
# says it once, at the end, for the whole recipe. Every other line passes
# as it comes.
licence_notes() {
	awk -v me="$me" '
	/^ko-[a-z-]+: [0-9]+ tasks? derived from records without a licence / { n += $2; next }
	/^ko-[a-z-]+: [0-9]+ tasks? derived from records whose licence forbids / {
		r += $2
		if (first == "" && match($0, /\(the first: [^)]*\)/)) first = substr($0, RSTART, RLENGTH)
		next
	}
	{ print; fflush() }
	END {
		if (r) printf "%s: %d task%s derived from records whose licence forbids derivatives or commercial use, or is not one it knows %s; --licenses commercial leaves them out\n", me, r, r == 1 ? "" : "s", first
		if (n) printf "%s: %d task%s derived from records without a licence (no \"license\" string in them; ko-import --license sets one): --licenses commercial would leave them out\n", me, n, n == 1 ? "" : "s"
	}'
}
st=()
eval "{ $first$gen"'
st=("${PIPESTATUS[@]}"); } 2> >(licence_notes >&2)' || :
wait $! 2>/dev/null || :
# The first (leftmost) failure is the cause: the stages before it only
# lost their reader (SIGPIPE, 141), and the stages after it may fail from
# what it did (a wrong -f fails every stage; a stage cut off mid-record
# leaves the next one a truncated line). If 141 is all, the reader of the
# script closed the pipe (| head): end quietly, as the tools do.
failed=0 first=-1 later=
for ((i = 0; i < ${#st[@]}; i++)); do
	if [ "${st[i]}" != 0 ] && [ "${st[i]}" != 141 ]; then
		if [ $first -lt 0 ]; then first=$i; else later="$later ${names[i]}"; fi
	fi
	[ "${st[i]}" = 0 ] || failed=1
done
if [ $first -ge 0 ]; then
	echo "$me: stage ${names[first]} failed (status ${st[first]})${later:+; later stages failed too:$later}" >&2
	exit "${st[first]}"
fi
[ $failed = 0 ] || exit 141
