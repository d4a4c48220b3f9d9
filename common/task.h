/*
 * task.h - what every task generator shares: instruction templates, the
 * task record, rejects, and the --share slice that lets several generators
 * split one stream between them in a single pipeline.
 *
 * A generator describes each task it makes with a struct ko_task, adds
 * KO_TASK_LONGOPTS to its options, KO_TASK_HELP to its help and forwards
 * unknown option codes to ko_task_option(). Per record it asks
 * ko_task_mine() whether the record is its to handle (ko_task_pass() sends
 * it on otherwise), does its work, and ends with ko_task_emit() or
 * ko_rec_reject(), which the record loop reports at the end.
 *
 * Templates. Each task has several built-in instruction wordings
 * (common/templates.c, plain data); one is picked per record by a generator
 * seeded from the record, so the same record always gets the same wording
 * and a corpus gets them all. --template FILE replaces the built-in
 * wordings of the tasks it names. A template is one line:
 *
 *	TASK <TAB> INSTRUCTION [<TAB> INPUT [<TAB> OUTPUT]]
 *
 * Lines that are blank or start with '#' are ignored; \n, \t and \\ are
 * escapes; {name} is a placeholder and {{ and }} are literal braces. With
 * only INSTRUCTION, the task's default input (its passage) goes to the
 * input field, or after the instruction and a blank line under
 * --context-in instruction. An INPUT column is used as written (it may be
 * empty), so a template can put the passage anywhere, e.g. inside the
 * instruction with a persona line as input. OUTPUT replaces the default
 * answer. Each task lists the placeholders it fills; any other name is an
 * error when the file is loaded, not when a record meets it. Lines of tasks
 * the tool does not make are skipped, so one file serves a whole pipeline;
 * a task name no kopipe tool makes is an error.
 *
 * System prompts. --system TEXT gives every task the system field TEXT;
 * --system auto picks one per record (seeded like the wording) from the
 * task's set: the built-in ko_systems, or the lines TASK:system <TAB>
 * TEXT of a --template file, which replace them.
 */
#ifndef KO_TASK_H
#define KO_TASK_H

#include <stddef.h>
#include <stdint.h>

struct ko_rec;
struct ko_rng;
struct task_tmpls;

struct ko_task {
	const char *name;   /* "mask": the task field and the id suffix */
	const char *templates; /* template key, when not name ("mask-multi") */
	const char *vars;   /* placeholders it fills, space-separated: "text mask answer" */
	const char *input;  /* default input template, e.g. "{text}" */
	const char *output; /* default output template, e.g. "{answer}" */
};

/* A value for one placeholder. */
struct ko_task_val {
	const char *name;
	const char *p;
	size_t n;
};

/* A built-in instruction wording (templates.c). input, when not NULL,
 * replaces the task's default input as the INPUT column of a template
 * file does: "" with the passage placed in the instruction, before or
 * after the question. */
struct ko_template {
	const char *task;
	const char *instruction;
	const char *input;
};
extern const struct ko_template ko_templates[];
extern const size_t ko_ntemplates;
/* Built-in system prompts by template key, for --system auto. */
extern const struct ko_template ko_systems[];
extern const size_t ko_nsystems;
/* Task names of tools with their own wordings (NULL-ended): a template
 * file may hold their lines; the generators skip them. */
extern const char *const ko_other_tasks[];

/* The options every generator shares; option codes 0x2000 to 0x20ff are
 * reserved for them. */
enum {
	KO_OPT_TEMPLATE = 0x2000, KO_OPT_SYSTEM, KO_OPT_CONTEXT_IN, KO_OPT_KEEP,
	KO_OPT_SHARE, KO_OPT_OTHERS, KO_OPT_IF_SENT, KO_OPT_LINES, KO_OPT_LICENSES,
	KO_OPT_UNUSED, KO_OPT_OR,
};
#define KO_TASK_LONGOPTS \
	{"template", required_argument, NULL, KO_OPT_TEMPLATE}, \
	{"system", required_argument, NULL, KO_OPT_SYSTEM}, \
	{"context-in", required_argument, NULL, KO_OPT_CONTEXT_IN}, \
	{"keep-fields", no_argument, NULL, KO_OPT_KEEP}, \
	{"share", required_argument, NULL, KO_OPT_SHARE}, \
	{"others", required_argument, NULL, KO_OPT_OTHERS}, \
	{"licenses", required_argument, NULL, KO_OPT_LICENSES}, \
	{"unused", required_argument, NULL, KO_OPT_UNUSED}
/* Only for generators that split sentences (with ko_task_split). */
#define KO_TASK_SENT_LONGOPTS \
	{"if-sentences", required_argument, NULL, KO_OPT_IF_SENT}, \
	{"or", no_argument, NULL, KO_OPT_OR}, \
	{"lines", no_argument, NULL, KO_OPT_LINES}
#define KO_TASK_HELP \
	"Task options:\n" \
	"      --template FILE   instruction templates: TASK<TAB>INSTRUCTION[<TAB>INPUT\n" \
	"                        [<TAB>OUTPUT]] lines with {placeholders}\n" \
	"      --system TEXT     add a system field with TEXT; auto: one of the task's\n" \
	"                        system prompts, picked per record\n" \
	"      --context-in WHERE  the passage goes in the input or after the\n" \
	"                        instruction (default: the input, but for a few\n" \
	"                        built-in wordings that put it in the instruction)\n" \
	"      --keep-fields     copy the source record's other fields\n" \
	"      --share FROM:TO   handle only records whose seeded hash is in [FROM,TO)\n" \
	"                        (fractions of 1); pass the others on\n" \
	"      --others MODE     records outside the share: pass (default) or drop\n" \
	"                        (into --rejects); records that are tasks always pass\n" \
	"      --licenses RULE   derive only from records whose license the rules\n" \
	"                        allow: commercial (no NC, ND or unknown licence),\n" \
	"                        allow:ID,..., deny:ID,...; repeatable; the others go\n" \
	"                        to --rejects with the reason license\n" \
	"      --unused MODE     a record of this tool's that makes no task: reject\n" \
	"                        (default, into --rejects with the reason) or pass it\n" \
	"                        on, for a later stage of a pipeline to try\n"
#define KO_TASK_SENT_HELP \
	"      --if-sentences MIN:MAX  handle only texts with MIN to MAX sentences;\n" \
	"                        pass the others on like --share does\n" \
	"      --or              start another --share/--if-sentences rule: a record\n" \
	"                        is handled if any rule takes it\n" \
	"      --lines           every line break ends a sentence\n"

/* A sentence: the span [b, e) of the text. new_section is set when a
 * section starts at it (the text's start, or a section break before it: a
 * heading line, or a blank line), new_para when a paragraph does (those
 * and any line break). The kind of the first markup item in it is
 * ko_task_sent_markup's, kept beside the spans in a byte (g->mk). */
struct ko_span { /* 8 bytes a sentence, not 40: a text of short
                  * sentences has as many spans as a fifteenth of its
                  * bytes, and a text over KO_SPAN_MAX is not split (JSON
                  * records stop at 1 GiB) */
	uint32_t b : 31, new_section : 1;
	uint32_t e : 31, new_para : 1;
};
#define KO_SPAN_MAX 0x7fffffffu

/* One rule of the records a generator takes: its --share slice and its
 * --if-sentences range (either may be absent); --or starts the next. */
struct ko_task_rule {
	double share_from, share_to;
	int have_share;
	size_t if_min, if_max;
	int have_if;
};
#define KO_TASK_MAX_RULES 16

/* What a generator's run shares: the task options, the loaded templates
 * and the buffers the task record is built in. Owned by the tool's main;
 * zero it before use, free it with ko_task_free. */
struct ko_gen {
	const char *template_file, *system_text;
	int context_in_instruction, keep_fields, drop_others, pass_unused;
	int context_in_input; /* --context-in input given: no built-in wording
	                       * that puts the passage in the instruction */
	int system_auto; /* --system auto */
	struct ko_task_rule rule[KO_TASK_MAX_RULES];
	int lastrule;  /* the rule options go to (rules: lastrule + 1) */
	uint32_t took; /* the rules whose share holds the record (ko_task_mine) */
	int split_flags;
	struct task_tmpls *tasks;
	int ntasks;
	struct ko_span *spans;
	signed char *mk; /* each span's markup kind (markup.h), 0 when it is
	                  * clean, KO_SPAN_UNCHECKED until asked: a byte a
	                  * sentence beside its span, not 4 in it */
	size_t spancap;
	/* the split under way (ko_task_split_begin); its sentences come from
	 * the record's KO_SPANS_FIELD when given is set (split.h) */
	const struct ko_rec *cur; /* the record of the last ko_task_mine */
	const char *cur_line;     /* its line (cur is reused for every record), */
	size_t cur_lineno;        /* line number, and whether it is a task */
	int cur_task;             /* already (asked once: ko_task_pass) */
	int given;     /* the spans' b and e are read from the record already */
	size_t ngiven; /* how many */
	struct ko_split split;
	const char *split_p;
	/* where markup may start in the record's text, read once for all the
	 * questions about its sentences and stretches (ko_task_sent_markup,
	 * ko_task_markup_in); forgotten at each ko_task_mine. A generator
	 * that asks about few of a text's sentences sets mx.holes (markup.h),
	 * one that reads most of them leaves it unset */
	struct ko_markup_index mx;
	const char *formula_p; /* the text split last, and whether it holds */
	size_t formula_n;      /* a formula's hole (ko_formula_hole) anywhere: */
	int formula;           /* -1 until a sentence of it has one */
	size_t nsplit, split_heads, split_last, split_most;
	struct ko_buf in, out, rec, lic;
	const char *licraw; /* the record's "license" as raw JSON, or NULL */
	size_t licrawn;     /* (ko_task_licensed, for ko_task_emit) */
	struct ko_buf flat[2]; /* ko_task_flat's copies */
	struct ko_license_policy licenses; /* --licenses */
	/* without --licenses: tasks derived from records under an NC, ND or
	 * unknown licence, and the first such licence (said by ko_task_free) */
	size_t restricted;
	size_t unlicensed; /* tasks of records with no licence, without a policy */
	char restricted_first[64];
	/* Set by a tool before ko_task_emit: raw JSON members (",\"k\":v")
	 * that the task record gets after source, license and system. */
	const char *extra;
	size_t extran;
	/* Set by a tool before ko_task_emit: the task's id is id_as's id
	 * (instead of the emitted record's), then id_infix (such as "#3"),
	 * then "/" and the task name; so the tasks of one passage share the
	 * prefix a split by document cuts at. */
	const struct ko_rec *id_as;
	const char *id_infix;
	char err[512]; /* why ko_task_option or ko_task_init failed */
	int errcode;   /* and the exit status it calls for: 2 a usage error,
	                  1 a --template file that is wrong (a data error) */
};

/* Handle one of the shared task options: 1 if c was one, 0 if not, -1 for
 * a bad value (the message in g->err; the tool makes it a usage error). */
int ko_task_option(struct ko_gen *g, int c, const char *arg);
/* After option parsing: load --template and check every placeholder it
 * uses against the tasks the tool makes. Returns 0, or -1 with the message
 * ("FILE:LINE: reason") in g->err; the tool exits 2. */
int ko_task_init(struct ko_gen *g, const struct ko_task *tasks, int ntasks);
void ko_task_free(struct ko_gen *g);
/* The notes on licences of the run's tasks (ko_task_free says them
 * otherwise), said only when the run has not failed so far: a bad record
 * under --on-error fail, or output that could not be written, made no
 * tasks to note. Call it before ko_task_free. */
void ko_task_notes(struct ko_gen *g, const struct ko_run *run);

/* 0 if the record is already a task (it has "instruction") or its share
 * hash is outside --share (of every rule, with --or): the tool must then
 * call ko_task_pass(). Remembers the rules that took it, for
 * ko_task_in_range and ko_task_split. */
int ko_task_mine(struct ko_gen *g, struct ko_rec *r);
/* Split p with the shared splitter (every newline a break under --lines)
 * into an array owned by g, reused by the next call; returns the number of
 * sentences and sets *s. Heading lines (KO_SPLIT_HEADINGS) are never
 * sentences: they only start a new section. A sentence that carries markup
 * has its kind checked (ko_task_sent_markup): a generator never uses it as a
 * unit or an answer, and when that leaves it nothing to make it rejects
 * the record with ko_task_markup_reason(kind). Under --if-sentences it
 * stops after MAX + 1 sentences: a count above MAX is all the caller
 * learns then, and it passes the record on. */
size_t ko_task_split(struct ko_gen *g, const char *p, size_t n, const struct ko_span **s);
/* ko_task_split without the markup check: every span's markup is
 * unchecked (KO_SPAN_UNCHECKED) until ko_task_sent_markup asks for it. For a generator
 * that uses a few of the sentences: checking a sentence costs as much as
 * splitting it. */
#define KO_SPAN_UNCHECKED (-1)
size_t ko_task_split_lazy(struct ko_gen *g, const char *p, size_t n, const struct ko_span **s);
/* The same a sentence at a time, for a generator that may stop before the
 * end: ko_task_split_begin, then each ko_task_split_step adds the next
 * sentence to the array (*s, which may move) and returns 1, or returns 0
 * when there is none; g->nsplit counts them. */
void ko_task_split_begin(struct ko_gen *g, const char *p, size_t n);
int ko_task_split_step(struct ko_gen *g, const struct ko_span **s);
/* The markup kind of sentence i of the last split of p (ko_task_split_lazy),
 * checked on the first call and remembered. */
int ko_task_sent_markup(struct ko_gen *g, const char *p, size_t i);
/* 1 if the sentence p[0..n) ends in a predicate: a question, an
 * exclamation or an ellipsis after one (ko_task_chat_predicate: 되나?,
 * 거야!, 했다고?, not a cry or a fragment after a noun or an adverb,
 * 나중에 꼭!!, 정!!!!말 우우우!!, 누구?), or a full stop (closing quotes
 * and brackets looked through) after an eojeol whose ending the splitter takes for a
 * sentence end (ko_split_line_ends) or whose last syllable is a
 * sentence-final ending (했다., 마찬가지다., 필요함., 달라.; the plain
 * speech of 해., 가자. only in a sentence of four words or more, as many
 * nouns end in those syllables); 0 for a noun before the stop, a note or
 * a heading rather than a sentence (굵은 글씨로 표기., 통산 8승.). A
 * sentence without a stop is judged by its last eojeol alike. */
int ko_task_predicate_end(const char *p, size_t n);
/* The end of the sentence p[0..n) with its marks cut off: stops, closing
 * quotes and brackets, blanks, and what chat writes after them (~ ^^ ㅋㅋ,
 * a pictograph: ko_end_mark); *asked set when a question or exclamation
 * mark, an ellipsis or a chat mark was among them. */
size_t ko_task_unmarked_end(const char *p, size_t n, int *asked);
/* 1 if c may close a sentence after its end mark: closing brackets and
 * quotes (했다.") and the ASCII quotes, which are neither opening nor
 * closing. */
int ko_task_closer(uint32_t c);
/* 1 if p[0..e), its marks cut off (ko_task_unmarked_end), ends in what
 * chat ends a predicate with: ko_task_predicate_end's endings, a syllable
 * chat ends one with (되나, 아님, 거야, 가자, 하길: task_words.h), a
 * nominal ending in ㅁ (짜증남, 안바뀜), 고 or 며 after 다, 라, 냐 or 자
 * (한다고, 했다며), or the endings of a question that leaves its clause
 * open, 려고 and 면서 (덮으려고?, 보라면서?). */
int ko_task_chat_predicate(const char *p, size_t e);
/* Why the words of the sentence p[0..n) would not have one right order,
 * NULL if they would (word-order tasks, graded by exact match): a free
 * adverb that stands before or after the subject alike (왜, 진짜, 조금이라도,
 * 다시, 또한, 주로: task_words.h); jamo such as ㅋㅋ or ㅠㅠ, which stand
 * anywhere; or sentences run together that the splitter could not part,
 * a stop inside (짜증난다.진짜, 모르겠네... 왜), before the last word, or a
 * final ending glued to the next word (좋았겠냐작가, 보여주네요눈감고). On
 * comments and chat lines, one sentence a record, nothing else chooses among
 * sentences, and two of three such tasks had more than one right order. */
const char *ko_task_loose_order(const char *p, size_t n);
/* 1 if the word w[0..n), Hangul syllables only, is several words written
 * without their spaces (좋아하는데이수영은, 결혼을해야합니다,
 * 임영웅입니다물론): five syllables or more with an object's particle or
 * a clause's or sentence's ending inside, before more of a word. As a
 * mask's answer it asks the reader to guess a run of words no clue in
 * the text gives. A word with another character, or of fewer syllables,
 * is 0. */
int ko_task_glued_word(const char *w, size_t n);
/* 1 if the text p[0..n), its sentences s[0..ns), reads as informal (chat,
 * comments): it has jamo (ㅋㅋ, ㅠㅠ), or half its sentences or more end
 * otherwise than the written style does, with a stop after 다 (no mark, a
 * question or exclamation mark, 좋았어요., 잘하더라.). Such text drops particles
 * (본방 재방 봐도) and runs sentences together, so that a word's role and a
 * sentence's end are not written in it; edited prose (an encyclopedia)
 * ends almost every sentence with a mark. */
int ko_task_informal(const char *p, size_t n, const struct ko_span *s, size_t ns);
/* ko_task_informal's two tests, for a caller that asks the first before
 * it splits the text (a text with jamo need not be split for the second):
 * whether p[0..n) has jamo, and whether half its sentences s[0..ns) or
 * more end otherwise than the written style does. */
int ko_task_chat_jamo(const char *p, size_t n);
int ko_task_bare_ends(const char *p, const struct ko_span *s, size_t ns);
/* 1 if the sentence s of p ends as the written style does (with a stop
 * after 다, closing quotes and brackets looked through): the sentences
 * ko_task_informal does not count as informal. */
int ko_task_written_end(const char *p, struct ko_span s);
/* 1 if the sentence p[0..n) opens with a placeholder (<URL>, <EMAIL>,
 * <PHONE>: what ko-pii or a source put in place of something) or is half
 * placeholders or more, counting each as its characters: no answer a model
 * should learn to write (<URL> 여기 복사해서 보세요..). */
int ko_task_placeholder_answer(const char *p, size_t n);
/* The first specific of the answer a[0..an) that its context c[0..cn)
 * does not hold: a number (ASCII digits, a ',' or '.' between two digits
 * inside it: 2022, 75,000, 3.5), a word in Latin letters (Tottenham, FC)
 * or a run of hanja (安益泰). A number or a Latin word is held when c has
 * it whole, with no digit or no Latin letter glued on either side (15 is
 * not in 2015), a run of hanja when c has it anywhere. Returns its length
 * with its offset in *at, or 0 when c holds every specific of a. A
 * continuation answer that brings one asks for a date, a figure or a name
 * that nothing before it gives, and a model trained on one gold answer
 * learns to state such things with confidence. */
size_t ko_task_new_specific(const char *a, size_t an, const char *c, size_t cn, size_t *at);
/* The reject reason for a record left without a clean sentence:
 * "sentence with markup (tag)". */
const char *ko_task_markup_reason(int kind);
/* The kind of the first markup item in p[0..n), 0 if none: for passages
 * and answers that are not single sentences. */
int ko_task_markup(const char *p, size_t n);
/* ko_task_markup of p[0..n) within the text last split (or given to
 * ko_task_markup_text) in this record, on the index of it that the
 * sentences' checks share: a text is read once however many of its
 * stretches are asked about. Any other p is checked on its own. */
int ko_task_markup_in(struct ko_gen *g, const char *p, size_t n);
/* The record's text, for ko_task_markup_in before it is split (the split
 * of the same text keeps what was read). */
void ko_task_markup_text(struct ko_gen *g, const char *p, size_t n);
/* ko_task_markup_text, then ko_task_markup_in of the whole text, or
 * KO_MARKUP_LEAD_IN if it has none but a lead-in phrase (ko_lead_in
 * without the colon): both asked in one visit of the text. */
int ko_task_text_markup(struct ko_gen *g, const char *p, size_t n);

/* The text of field (as ko_rec_text gives it, same slot and returns) as
 * a generator reads it: a line break written \r\n (a JSON string keeps
 * it when ko-norm did not run first) is \n, and a lone \r is a space,
 * as the reader takes CRLF line ends of text lines; so no \r reaches a
 * generated field. The text is rewritten in the slot's buffer (a string
 * with \r has escapes, so it is there already). */
int ko_task_text(struct ko_gen *g, struct ko_rec *r, const char *field, int slot,
                 const char **p, size_t *n);
/* The text p[a, e) as a generated field shows it: under the soft newline
 * rule (no --lines: a single line break is read as a space) a run of white
 * space that holds a line break inside one of the sentences s[0, ns) (in
 * order, offsets into p, like those of the last split) is one space, as the
 * splitter read it; the white space between two sentences (a paragraph's
 * line break) stays as written. Returns the length and sets *q: to p + a
 * when nothing changes, else to the copy in g->flat[slot] (0 or 1, valid
 * until the next call with that slot). */
size_t ko_task_flat(struct ko_gen *g, int slot, const char *p, size_t a, size_t e,
                    const struct ko_span *s, size_t ns, const char **q);

/* 1 if --if-sentences is set (in any rule): a tool that splits only for
 * it can skip splitting otherwise. */
int ko_task_routed_by_sentences(const struct ko_gen *g);
/* 0 if no rule that took the record (ko_task_mine) allows nsent
 * sentences. */
int ko_task_in_range(const struct ko_gen *g, size_t nsent);
/* Send a record that is not this tool's on: a task or, under --others pass,
 * any record is written unchanged; others are dropped into --rejects.
 * Returns 0. */
int ko_task_pass(const struct ko_gen *g, struct ko_rec *r);
/* The share hash of a record in [0, 1): the same in every tool for the same
 * record and --seed, independent of the tools' own random choices. */
double ko_task_share_hash(struct ko_rec *r);

/* The record is this tool's but makes no task (too short, no usable
 * sentence...): rejected with the reason, or under --unused pass written
 * on unchanged for a later stage. Returns 0. Not for records refused on
 * principle (a licence), which ko_rec_reject always drops. */
int ko_task_unusable(const struct ko_gen *g, struct ko_rec *r, const char *reason);

/* The reason of a generator that refuses a text that is only a notice of
 * deleted or hidden text (ko_placeholder_text: 삭제된 댓글입니다, the
 * Cleanbot notice), which ko-quality rejects as "placeholder": a user who
 * runs a generator alone gets no task of it either. */
#define KO_TASK_PLACEHOLDER "a notice of deleted or hidden text (placeholder)"
/* The reason of a generator left with no task for a word its source hid
 * (ko_placeholder_hidden: ??가, sera****, 김**) in what it would draw: the
 * sentences, words or answer of the task. Asked of what is drawn, not of
 * the record: an article about ids (k2**** 형식) or Brainf*** has such
 * marks as its content, and its other sentences make tasks. */
#define KO_TASK_HIDDEN "a word hidden by its source (placeholder)"

/* Seed the record's choices (ko_task_rng, and the wording and system
 * prompt ko_task_emit picks) from --seed and h, a hash of what the task
 * is made of, instead of the record's id or bytes: records that carry
 * the same passage (the questions of one KorQuAD paragraph) then make
 * the same task whichever of them makes it, so shards agree. Call it
 * after ko_task_mine, whose share hash stays the record's. */
void ko_task_seed_with(struct ko_rec *r, uint64_t h);
/* Seed rng for the tool's choices on this record (from --seed and the
 * record's id or content, never its position). */
void ko_task_rng(struct ko_rec *r, struct ko_rng *rng);

/* Whether the record is a chunk of ko-split --chunk (a chunk_index
 * field): 1 with *index and *count set (*count 0 when there is no
 * chunk_count), else 0. */
int ko_task_chunk(const struct ko_rec *r, unsigned long long *index, unsigned long long *count);

/* 1 if --licenses lets a task be derived from the record (its string field
 * "license", or none); ko_task_emit rejects the record as "license" when
 * not. A tool that gathers many records into one task asks it of each
 * before gathering. */
int ko_task_licensed(struct ko_gen *g, struct ko_rec *r);

/* Write the task record: a template of task t picked by the record's seed,
 * placeholders filled from vals, then
 * {"instruction","input","output","task","id","source","system",...kept}.
 * id is the source id with "/TASK" appended; source, and with
 * --keep-fields the other fields except the ones named in skip (the text
 * fields the task consumed; may be NULL), are copied as they are. Returns 0. */
int ko_task_emit(struct ko_gen *g, struct ko_rec *r, const struct ko_task *t,
                 const struct ko_task_val *vals, int nvals, const char *const *skip);

/* The built-in wording an instruction was made from: the index into
 * ko_templates of the template of task (or of a key TASK-...: mask-multi
 * for mask) whose placeholders, read as wildcards, match the start of
 * s[0..n), the longest such when several do; -1 when none does (a
 * --template wording). For reports of template usage (ko-mix --stats). */
long ko_template_match(const char *task, const char *s, size_t n);

/* The instruction of template pick % n of task t, after --template: for a
 * tool whose templates are pieces of a task rather than whole ones (the
 * cannot-answer replies of ko-qgroup). */
const char *ko_task_wording(const struct ko_gen *g, const struct ko_task *t, uint64_t pick);

#endif
