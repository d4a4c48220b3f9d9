/* ko-qgroup - multi-question reading tasks and retrieval QA from QA records.
 *
 * Hygiene of crowd-written QA: passages and answers are trimmed, questions
 * also have their runs of white space squeezed; a question that repeats an
 * earlier one of its group (the same answer and near-identical wording, or
 * the same wording whatever the answer) is dropped into the rejects, since
 * one task asking the same thing twice, worse with two answers, teaches
 * nothing right. Questions kept that share an answer, or whose answer
 * another states, go to separate tasks of their passage (keep_apart).
 * Negatives for --unanswerable come first from other
 * passages of the same article (the same title), which share its names
 * and topic and so are harder to tell from answerable questions; the task
 * records where each came from ("negatives").
 *
 * Markup: KorQuAD passages are clean but for the odd wiki error message
 * (1 of its 960 dev passages: 인용 오류: <ref> 태그를 닫는 </ref>...), and
 * its answers are spans of the passage, so a passage is not cut: the
 * questions of a passage with markup go to the rejects with its kind, and
 * so does a question or answer with markup. */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#include "ko.h"

/* The first occurrence of s[0, sn) in h[0, hn), h itself when sn is 0,
 * else NULL: memmem, which took a quarter of a run under --unanswerable
 * (its setup outweighs the search in a question or a passage). The last
 * byte of s is looked for with memchr: in Hangul, the last byte of a
 * syllable, one of 64 values. A long s, whose every hit could cost its
 * length, is left to memmem. */
static const char *find(const char *h, size_t hn, const char *s, size_t sn)
{
	if (!sn)
		return h;
	if (sn > hn)
		return NULL;
	if (sn > 64) /* (memchr's hits cost up to sn each) */
		return memmem(h, hn, s, sn);
	const char *e = h + sn - 1, *end = h + hn;
	while ((e = memchr(e, s[sn - 1], (size_t)(end - e)))) {
		/* (the byte before it, inline, sends most hits on) */
		if (sn == 1 || (e[-1] == s[sn - 2] && !memcmp(e - (sn - 1), s, sn - 2)))
			return e - (sn - 1);
		e++;
	}
	return NULL;
}

/* The tasks; their wordings are in common/templates.c. Negatives of
 * --single are a task of their own so that their ids (the id of the
 * question that drew them, plus /qgroup-single-neg) stay unique. */
enum { T_MULTI, T_SINGLE, T_NEG, T_UNKNOWN, NTASK };
static const struct ko_task tasks[NTASK] = {
	{"qgroup", NULL, "context title questions answers count unknown", "{context}", "{answers}"},
	{"qgroup-single", NULL, "context title question answer unknown", "{context}", "{answer}"},
	{"qgroup-single-neg", "qgroup-single", "context title question answer unknown", "{context}",
	 "{answer}"},
	{"qgroup-unknown", NULL, "", "", ""},
};

enum {
	OPT_MAX = 0x100,
	OPT_MIN,
	OPT_WINDOW,
	OPT_SHUFFLE,
	OPT_UNANS,
	OPT_CUT,
	OPT_SINGLE,
	OPT_NEAR
};

static const struct option longopts[] = {
	{"max-questions", required_argument, NULL, OPT_MAX},
	{"min-questions", required_argument, NULL, OPT_MIN},
	{"window", required_argument, NULL, OPT_WINDOW},
	{"shuffle", no_argument, NULL, OPT_SHUFFLE},
	{"unanswerable", required_argument, NULL, OPT_UNANS},
	{"group-cut", required_argument, NULL, OPT_CUT},
	{"single", no_argument, NULL, OPT_SINGLE},
	{"near-dup", required_argument, NULL, OPT_NEAR},
	/* The task module's options, but not its --share routing: that slices
	 * the stream per record and would cut groups apart. */
	{"template", required_argument, NULL, KO_OPT_TEMPLATE},
	{"system", required_argument, NULL, KO_OPT_SYSTEM},
	{"context-in", required_argument, NULL, KO_OPT_CONTEXT_IN},
	{"keep-fields", no_argument, NULL, KO_OPT_KEEP},
	{"licenses", required_argument, NULL, KO_OPT_LICENSES},
	{0},
};

struct conf {
	size_t max_q, min_q, window;
	int shuffle, single;
	double unans_rate;
	double near;  /* Jaccard threshold of near-duplicate questions */
	int near_off; /* --near-dup off: keep every question */
	const char *cut; /* --group-cut: borrow within the passage's split group only */
	/* Fields a task takes its text from, left out under --keep-fields;
	 * the passage field (-f) goes last. */
	const char *consumed[9];
	struct ko_gen gen;
};

/* ---- the state across records, owned by main ---- */

/* A question of a group, with its record: ids, seeds, --keep-fields and
 * rejects are the record's own. The record lives in storage of the slot,
 * kept for the next group that reuses the slot. */
struct qa {
	struct ko_rec rec;
	struct ko_buf line;  /* rec.line */
	struct ko_json_tok *tok; /* rec.json.tok */
	size_t ntokcap;
	size_t q, qn, a, an; /* question, answer in the group's buffer; an == 0: none */
	/* The answer's span in the passage, in characters (answer_start and
	 * its length), when the record gives one that holds the answer;
	 * span_e == 0: unknown. */
	size_t span_s, span_e;
};

struct group {
	/* passage, key, licence, source, title, questions, answers; offsets
	 * below. lic and src are the raw JSON of the records' license and
	 * source (empty when absent): records differing in either are
	 * separate groups, so a task's text is all under its one licence. */
	struct ko_buf b;
	size_t ctx, ctxn, key, keyn, lic, licn, src, srcn, title, titlen;
	uint64_t hash;
	int markup; /* the kind of the passage's first markup item, 0 if none */
	struct qa *qa;
	size_t n, cap;
};

/* Answerable questions of flushed groups, from which --unanswerable
 * borrows; a ring, so memory stays bounded. */
#define POOL 512
#define CLOSED 65536
#define NONE ((size_t)-1)
struct pooled {
	struct ko_buf q, a, title;
	struct ko_buf id; /* the record's id as raw JSON, empty if it has none */
	struct ko_buf lic, src; /* its group's license and source, as there */
	struct ko_buf doc; /* --group-cut: its tasks' group (doc_of) */
	int hasdoc;
	struct ko_buf keys; /* the question's word keys (stem_keys), uint64_t each */
	uint64_t hash;
	/* the answer (with numerals) and the question normalised, and the
	 * question's qwords, made at usable()'s first need: it asks them
	 * again at every draw */
	struct ko_buf na, nq, words;
	int normed;
	/* usable_here's answer for the task numbered task (0: none yet) */
	uint64_t task;
	int here;
};

/* An answer as given_in compares it with questions: made once for each
 * question of a group (keep_apart), which asks it of every other one and
 * usable() of every question it may borrow. */
struct answer {
	const char *a, *na; /* the answer, and normalised */
	size_t an, nan;
	size_t stem;        /* particle_stem(a, an) */
	int letters2;       /* na has two letters or more */
	size_t fn, fl;      /* the Hangul letters at its start: bytes, count */
	size_t fstem;       /* particle_stem(a, fn) */
};

/* A word of a question that may be an answer's short form (short_form_in):
 * at q + at, its Hangul letters without a final particle, sn bytes and sl
 * letters, three or more. */
struct qword {
	size_t at, sn, sl;
};

/* A question as given_in compares it with answers: its words (qwords)
 * found once, not for every answer. */
struct question {
	const char *q, *nq; /* the question, and normalised */
	size_t qn, nqn;
	const struct qword *w;
	size_t nw;
};

/* One question of a task: real (index into the group) or borrowed. */
struct item {
	const char *q, *a; /* a == NULL: the cannot-answer reply */
	size_t qn, an;
	long qa;           /* index in the group, -1 for borrowed */
	size_t from;       /* borrowed: the question that drew it */
	const struct pooled *src; /* borrowed: where from */
	int same;          /* borrowed: from the same article */
};

struct state {
	struct group **open, **idle; /* open: oldest first; idle: for reuse */
	size_t nopen, nidle;
	struct pooled pool[POOL];
	size_t npool, pool_next;
	size_t neg_added, neg_wanted, neg_same; /* neg_same: from the same article */
	size_t grouped; /* questions handed to tasks */
	/* Passages of closed groups (a hash each, by its low bits; 0 empty):
	 * one that comes back opens a second group, and its questions end up
	 * in two tasks; counted, with where it first happened. */
	uint64_t *closed;
	size_t reopened;
	struct ko_buf reopened_at;
	/* Near-duplicate questions of a group: character bigrams of each
	 * normalised question (sorted, unique) and normalised answers. */
	uint64_t *bg;
	size_t nbg, cbg, *bgat, cbgat;
	struct ko_buf na, nctx; /* nctx: the passage of the task, normalised */
	size_t *naat;
	char *drop;
	/* Questions kept apart: conflicts (n * n), each question's task in its
	 * group, and the tasks' sizes and room. */
	char *clash;
	size_t cclash, *task_of, *tsize, *troom, *order; /* room: cbgat */
	struct ko_buf nq; /* normalised questions, at nqat */
	size_t *nqat;
	int normed; /* na and nq hold the group's answers and questions */
	struct answer *ans; /* each question's answer (keep_apart); room: cbgat */
	/* the questions' qwords, question i's qwn[i] from qwat[i] on, made
	 * at gives_away's first need (qwn[i] == NONE: not yet) */
	struct ko_buf qw;
	size_t *qwat, *qwn;
	/* Questions borrowed by the tasks of the group so far: a passage split
	 * over tasks never gets one twice. */
	const struct pooled **lent;
	size_t nlent, clent;
	/* The passage's content words (passage_keys), sorted; and the pooled
	 * questions borrow() may choose among. */
	uint64_t *keys;
	size_t nkeys, ckeys;
	struct ko_buf *fill; /* where add_qkey puts a pooled question's keys */
	const struct pooled *cand[POOL];
	struct item *items; /* the task being built */
	size_t nitems, citems;
	struct ko_buf qs, as, neg; /* neg: the "negatives" member */
	int passage_ready; /* nctx, keys and doc are of the group being written */
	uint64_t task; /* the task being built, numbered from 1 */
	const char *cut; /* --group-cut */
	const char *doc; /* --group-cut: the group of the task being built */
	size_t docn;
	int hasdoc;
};

static void option(struct conf *c, int code, const char *arg)
{
	char *end;
	switch (code) {
	case OPT_MAX: c->max_q = ko_opt_u64("--max-questions", arg, 1, 1000000); break;
	case OPT_MIN: c->min_q = ko_opt_u64("--min-questions", arg, 1, 1000000); break;
	case OPT_WINDOW: c->window = ko_opt_u64("--window", arg, 1, 1000000); break;
	case OPT_SHUFFLE: c->shuffle = 1; break;
	case OPT_SINGLE: c->single = 1; break;
	case OPT_CUT:
		if (!*arg)
			ko_usage("--group-cut: expected the characters a document's part of an id ends at");
		c->cut = arg;
		break;
	case OPT_NEAR:
		c->near_off = !strcmp(arg, "off");
		if (c->near_off)
			break;
		c->near = strtod(arg, &end);
		if (end == arg || *end || !(c->near >= 0 && c->near <= 1))
			ko_usage("--near-dup: expected a similarity from 0 to 1 or off, not '%s'", arg);
		break;
	case OPT_UNANS:
		c->unans_rate = strtod(arg, &end);
		if (end == arg || *end || !(c->unans_rate >= 0 && c->unans_rate <= 1))
			ko_usage("--unanswerable: expected a rate from 0 to 1, not '%s'", arg);
		break;
	default:
		if (ko_task_option(&c->gen, code, arg) < 0)
			ko_usage("%s", c->gen.err);
	}
}

static size_t keep(struct group *g, const char *p, size_t n)
{
	size_t at = g->b.n;
	ko_buf_add(&g->b, p, n);
	return at;
}

/* Copy the record into the slot: the loop's record is gone at the next
 * one. Its tokens are spans of the line, so they hold for the copy too,
 * and are copied rather than made again (parsing the line twice was a
 * third of a run's instructions). A record the reader left unparsed, or
 * parsed from other bytes than its line, is parsed again. */
static void keep_record(struct qa *x, const struct ko_rec *r)
{
	ko_buf_clear(&x->line);
	ko_buf_add(&x->line, r->line, r->len);
	x->rec = (struct ko_rec){.line = x->line.p, .len = x->line.n, .file = r->file,
	                         .lineno = r->lineno, .is_json = 1, .parsed = 1, .run = r->run};
	struct ko_json j = {0};
	const struct ko_json *from = &r->json;
	const char *why;
	if (!(r->parsed && r->json.s == r->line && r->json.n == r->len)) {
		if (ko_json_parse(&j, x->line.p, x->line.n, &why) < 0)
			x->rec.parsed = 0;
		from = &j;
	}
	if ((size_t)from->ntok > x->ntokcap) {
		x->ntokcap = 2 * (size_t)from->ntok;
		x->tok = ko_xrealloc(x->tok, x->ntokcap * sizeof *x->tok);
	}
	if (from->ntok)
		memcpy(x->tok, from->tok, (size_t)from->ntok * sizeof *x->tok);
	x->rec.json = (struct ko_json){.s = x->line.p, .n = x->line.n, .tok = x->tok,
	                               .ntok = from->ntok};
	ko_json_free(&j);
}

static int each_key(struct state *st, const char *p, size_t n,
                    int (*f)(struct state *, uint64_t));
static int add_qkey(struct state *st, uint64_t k);

/* Under --group-cut CHARS, the group that a split by id cut at the first
 * of CHARS (ko-mix --group-by id --group-cut CHARS) puts the tasks of g
 * in: their id is the id of the passage's first question, '#', ..., so
 * its raw JSON up to the first of CHARS. 0 when that record has no
 * string id (its tasks' ids are then made otherwise: nothing is lent to
 * or from it). */
static int doc_of(const char *cut, const struct group *g, const char **p, size_t *n)
{
	size_t rn;
	const char *raw = ko_rec_raw(&g->qa[0].rec, "id", &rn);
	if (!raw || rn < 2 || raw[0] != '"')
		return 0;
	size_t i = 1;
	while (i < rn - 1 && !strchr(cut, raw[i]))
		i++;
	*p = raw, *n = i;
	return 1;
}

static void to_pool(struct state *st, const struct group *g)
{
	const char *doc = NULL;
	size_t docn = 0;
	int hasdoc = st->cut && g->n && doc_of(st->cut, g, &doc, &docn);
	for (size_t i = 0; i < g->n; i++) {
		const struct qa *x = &g->qa[i];
		if (!x->an)
			continue;
		struct pooled *p = &st->pool[st->pool_next];
		st->pool_next = (st->pool_next + 1) % POOL;
		if (st->npool < POOL)
			st->npool++;
		ko_buf_clear(&p->q);
		ko_buf_clear(&p->a);
		ko_buf_clear(&p->title);
		ko_buf_clear(&p->id);
		ko_buf_clear(&p->lic);
		ko_buf_clear(&p->src);
		ko_buf_add(&p->lic, g->b.p + g->lic, g->licn);
		ko_buf_add(&p->src, g->b.p + g->src, g->srcn);
		ko_buf_clear(&p->doc);
		ko_buf_add(&p->doc, doc, docn);
		p->hasdoc = hasdoc;
		size_t idn;
		const char *id = ko_rec_raw(&x->rec, "id", &idn);
		if (id)
			ko_buf_add(&p->id, id, idn);
		ko_buf_add(&p->q, g->b.p + x->q, x->qn);
		ko_buf_add(&p->a, g->b.p + x->a, x->an);
		ko_buf_add(&p->title, g->b.p + g->title, g->titlen);
		p->normed = 0;
		p->task = 0;
		ko_buf_clear(&p->keys);
		st->fill = &p->keys;
		each_key(st, p->q.p, p->q.n, add_qkey);
		p->hash = g->hash;
	}
}

static void add_item(struct state *st, const char *q, size_t qn, const char *a, size_t an,
                     long qa, size_t from, const struct pooled *src, int same)
{
	if (st->nitems == st->citems) {
		st->citems = st->citems ? st->citems * 2 : 32;
		st->items = ko_xrealloc(st->items, st->citems * sizeof *st->items);
	}
	st->items[st->nitems++] = (struct item){q, a, qn, an, qa, from, src, same};
}

static int has_question(const struct state *st, const char *q, size_t qn)
{
	for (size_t i = 0; i < st->nitems; i++)
		if (st->items[i].qn == qn && !memcmp(st->items[i].q, q, qn))
			return 1;
	return 0;
}

/* The value of the Korean numeral syllable c as a digit (일 to 구: 1 to
 * 9), a small unit (십 백 천: 10 to 1000) or a large one (만 억 조), else
 * 0. */
static unsigned long long numeral_value(uint32_t c, int *unit)
{
	static const struct { uint32_t c; unsigned long long v; int unit; } t[] = {
		{0xC77C, 1, 0}, {0xC774, 2, 0}, {0xC0BC, 3, 0}, {0xC0AC, 4, 0}, {0xC624, 5, 0},
		{0xC721, 6, 0}, {0xCE60, 7, 0}, {0xD314, 8, 0}, {0xAD6C, 9, 0},  /* 일 … 구 */
		{0xC2ED, 10, 1}, {0xBC31, 100, 1}, {0xCC9C, 1000, 1},           /* 십 백 천 */
		{0xB9CC, 10000ULL, 2}, {0xC5B5, 100000000ULL, 2},               /* 만 억 */
		{0xC870, 1000000000000ULL, 2},                                  /* 조 */
	};
	for (size_t k = 0; k < sizeof t / sizeof *t; k++)
		if (t[k].c == c) {
			*unit = t[k].unit;
			return t[k].v;
		}
	return 0;
}

/* Whether a counter or unit word (년, 명, 원, 개 ...) starts at p[i],
 * after at most one blank. */
static int counter_follows(const char *p, size_t n, size_t i)
{
	/* 년 명 원 개 권 번 세 일 회 배 대 층 곳 편 마(리) 달 */
	static const uint32_t t[] = {0xB144, 0xBA85, 0xC6D0, 0xAC1C, 0xAD8C, 0xBC88, 0xC138, 0xC77C,
	                             0xD68C, 0xBC30, 0xB300, 0xCE35, 0xACF3, 0xD3B8, 0xB9C8, 0xB2EC};
	uint32_t c;
	if (i < n && p[i] == ' ')
		i++;
	if (ko_utf8_decode(p + i, n - i, &c) <= 0)
		return 0;
	for (size_t k = 0; k < sizeof t / sizeof *t; k++)
		if (t[k] == c)
			return 1;
	return 0;
}

/* A number written with Korean units at p[i] (천만, 1000만, 1,000만, 3억
 * 5천만, 오백): its value in digits appended to out, and the bytes it
 * took returned; 0, nothing appended, where none starts (a syllable
 * inside a word, a unit word alone: 만 53세, 만약, 조선, 백제), so that
 * 약 천만 명 and 1000만 명 compare equal. Digits alone
 * (1000) are left as they are: they are already in the form made here. */
static size_t numeral(struct ko_buf *out, const char *p, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)p;
	/* (a digit may follow a syllable, 약1000만; a numeral syllable
	 * after one is inside a word) */
	if (!(u[i] >= '0' && u[i] <= '9') && i >= 3 && ko_syllable_bytes(u + i - 3, 3))
		return 0;
	/* nor a digit inside digits (the 5 of 2.5 or of 1.2.5억) */
	if (u[i] >= '0' && u[i] <= '9' && i >= 1 &&
	    ((u[i - 1] >= '0' && u[i - 1] <= '9') ||
	     (u[i - 1] == '.' && i >= 2 && u[i - 2] >= '0' && u[i - 2] <= '9')))
		return 0;
	unsigned long long total = 0, section = 0, digit = 0, scale = 1;
	int units = 0, tokens = 0, have_digit = 0;
	size_t j = i, end = i;
	const unsigned long long cap = 1ULL << 60;
	while (j < n) {
		uint32_t c;
		int l, unit;
		if (u[j] >= '0' && u[j] <= '9') {
			if (have_digit)
				break;
			unsigned long long v = 0;
			while (j < n && ((u[j] >= '0' && u[j] <= '9') ||
			                 (u[j] == ',' && j + 1 < n && u[j + 1] >= '0' && u[j + 1] <= '9'))) {
				if (u[j] != ',')
					v = v * 10 + (u[j] - '0');
				if (v > cap)
					return 0;
				j++;
			}
			if (j < n && u[j] == '.') {
				/* a decimal counts before a unit only (2.5억 is
				 * 2억 5천만; 1.5 alone is left alone) */
				int unit2;
				while (++j < n && u[j] >= '0' && u[j] <= '9') {
					if (scale >= 1000000)
						return 0;
					v = v * 10 + (u[j] - '0'), scale *= 10;
				}
				if (scale == 1 || ko_utf8_decode(p + j, n - j, &c) <= 0 ||
				    !numeral_value(c, &unit2) || !unit2)
					return 0;
			}
			digit = v, have_digit = 1, tokens++;
			end = j;
			continue;
		}
		if ((l = ko_utf8_decode(p + j, n - j, &c)) <= 0)
			break;
		unsigned long long v = numeral_value(c, &unit);
		if (!v)
			break;
		if (unit == 0) { /* a digit word counts only before a small unit */
			if (have_digit || j + (size_t)l >= n)
				break;
			uint32_t c2;
			int u2;
			if (ko_utf8_decode(p + j + l, n - j - (size_t)l, &c2) <= 0 ||
			    !numeral_value(c2, &u2) || u2 != 1)
				break;
			digit = v, have_digit = 1;
		} else if (unit == 1) {
			unsigned long long d = have_digit ? digit : 1;
			if (d > cap / v || d * v % scale)
				return 0;
			section += d * v / scale;
			digit = 0, have_digit = 0, scale = 1, units++;
		} else {
			unsigned long long s2 = section + digit;
			if (scale > 1 && section)
				return 0;
			s2 = s2 ? s2 : 1;
			if (s2 > cap / v || s2 * v % scale)
				return 0;
			total += s2 * v / scale;
			section = digit = 0, have_digit = 0, scale = 1, units++;
		}
		if (total > cap || section > cap)
			return 0;
		tokens++;
		j += (size_t)l;
		end = j;
		/* a blank inside the number (3억 5천만; not 만 53세) */
		if (tokens >= 2 && j + 1 < n && u[j] == ' ' && ((u[j + 1] >= '0' && u[j + 1] <= '9') ||
		                                 (ko_utf8_decode(p + j + 1, n - j - 1, &c) > 0 &&
		                                  numeral_value(c, &unit))))
			j++;
	}
	/* a unit word alone is more often a word (만 53세: full age; 만약,
	 * 조선, 백제) than a number, but not before a counter (백 년, 천 명,
	 * 만 원) */
	if (!units || (tokens < 2 && !(total + section <= 10000 && counter_follows(p, n, end))))
		return 0;
	char d[24];
	int m = snprintf(d, sizeof d, "%llu", total + section + digit);
	ko_buf_add(out, d, (size_t)m);
	return end - i;
}

/* The text as compared: spaces and punctuation dropped, ASCII letters in
 * lower case, so 갤럭시노트5의 기본색상은? and 갤럭시 노트5의 기본 색상은
 * read the same; with num, numbers with Korean units in digits
 * (numeral). Appended to out as UTF-8. */
static void normalise_num(struct ko_buf *out, const char *p, size_t n, int num)
{
	const unsigned char *u = (const unsigned char *)p;
	for (size_t i = 0; i < n;) {
		uint32_t c;
		size_t nl;
		int syl = ko_syllable_bytes(u + i, n - i);
		/* (a numeral starts with a digit or a Hangul syllable) */
		if (num && (syl || (u[i] >= '0' && u[i] <= '9')) && (nl = numeral(out, p, n, i))) {
			i += nl;
			continue;
		}
		if (syl) {
			/* Hangul syllables are kept, in one piece (no numeral
			 * starts inside a word: numeral) */
			size_t e = i + 3;
			while (e < n && ko_syllable_bytes(u + e, n - e))
				e += 3;
			ko_buf_add(out, p + i, e - i);
			i = e;
			continue;
		}
		int l = ko_utf8_decode(p + i, n - i, &c);
		if (l <= 0)
			l = 1, c = 0xFFFD;
		if (!ko_is_space(c) && !ko_is_punct(c)) {
			if (c >= 'A' && c <= 'Z')
				ko_buf_addc(out, (int)(c + 'a' - 'A'));
			else
				ko_buf_add(out, p + i, (size_t)l);
		}
		i += (size_t)l;
	}
}

static void normalise(struct ko_buf *out, const char *p, size_t n)
{
	normalise_num(out, p, n, 0);
}

static int given_in(const struct answer *x, const struct question *y);
static void short_words(struct ko_buf *out, const char *q, size_t qn);

/* usable()'s answer for what stays the same over a task: the licence,
 * source and group, the passage, the answers of the task's own questions. */
static int usable_here(struct state *st, const struct group *g, struct pooled *p)
{
	if (p->lic.n != g->licn || memcmp(p->lic.p, g->b.p + g->lic, g->licn) ||
	    p->src.n != g->srcn || memcmp(p->src.p, g->b.p + g->src, g->srcn))
		return 0;
	if (st->cut && !(st->hasdoc && p->hasdoc && p->doc.n == st->docn &&
	                 !memcmp(p->doc.p, st->doc, st->docn)))
		return 0;
	if (p->hash == g->hash || find(g->b.p + g->ctx, g->ctxn, p->a.p, p->a.n))
		return 0;
	/* nor written with other spacing or punctuation (1989년 2월15일) */
	if (!p->normed) {
		ko_buf_clear(&p->na);
		normalise_num(&p->na, p->a.p, p->a.n, 1);
		ko_buf_clear(&p->nq);
		normalise(&p->nq, p->q.p, p->q.n);
		ko_buf_clear(&p->words);
		short_words(&p->words, p->q.p, p->q.n);
		p->normed = 1;
	}
	struct question y = {p->q.p, p->nq.p, p->q.n, p->nq.n, (const struct qword *)p->words.p,
	                     p->words.n / sizeof(struct qword)};
	if (p->na.n && find(st->nctx.p, st->nctx.n, p->na.p, p->na.n))
		return 0;
	for (size_t i = 0; i < st->nitems; i++) {
		const struct item *it = &st->items[i];
		if (it->qa < 0 || !it->a)
			continue;
		if (given_in(&st->ans[it->qa], &y))
			return 0;
	}
	return 1;
}

/* 1 if the pooled question may be asked of this passage as one it cannot
 * answer: under the same license and source (the task carries its
 * passage's only, so a question from elsewhere would be text under a
 * licence and attribution it does not have), from another passage, not
 * asked already, its answer absent, and no answer of the task's own
 * questions given away in it (a question borrowed from the same article
 * often names one). What holds over the task (usable_here) is found once
 * a task: borrow() asks it of the whole pool at each draw. */
static int usable(struct state *st, const struct group *g, struct pooled *p)
{
	for (size_t i = 0; i < st->nlent; i++)
		if (st->lent[i] == p || (st->lent[i]->q.n == p->q.n &&
		                         !memcmp(st->lent[i]->q.p, p->q.p, p->q.n)))
			return 0;
	if (has_question(st, p->q.p, p->q.n))
		return 0;
	if (p->task != st->task) {
		p->task = st->task;
		p->here = usable_here(st, g, p);
	}
	return p->here;
}

/* Stems too common to tie a question to a passage: question words,
 * adverbs and postpositions written as words (함께, 대해, 각각, 통해),
 * and verbs, pronouns and nouns found in most passages (their first two
 * syllables, as passage_keys keeps them). */
static const char *const common_stems[] = {
	"무엇", "어떤", "누구", "누가", "언제", "어디", "얼마", "어느", "무슨", "가장",
	"하였", "있는", "있다", "있었", "있던", "없는", "없었", "하는", "되었", "되는",
	"되어", "했다", "한다", "했던", "하여", "하고", "받았", "받은", "받는", "그는",
	"그의", "그들", "이는", "이들", "이와", "것은", "것을", "것이", "위해", "때문",
	"대한", "대해", "통해", "따라", "의해", "함께", "각각", "서로", "다시", "매우",
	"많은", "많이", "여러", "모두", "또한", "그리", "이러", "그러", "에서", "으로",
	"사이", "가지", "당시", "이후", "이전", "이름", "시작", "시기", "사람", "경우",
	"사용", "하나", "자신", "처음", "최초", "다른", "같은", "모든", "주로", "현재",
	"않았", "않은", "않는", "않고", "알려", "두고", "받을", "대신", "본인", "일부",
	"있지", "있으", "없이",
};

/* What may follow a noun of two syllables in the same word (서울에서,
 * 조약의): its particles, the copula's forms. */
struct lit {
	const char *s;
	size_t n;
};
#define LIT(s) {s, sizeof s - 1}
static const struct lit particles[] = {
	LIT("은"), LIT("는"), LIT("이"), LIT("가"), LIT("을"), LIT("를"), LIT("의"), LIT("에"),
	LIT("와"), LIT("과"), LIT("도"), LIT("로"), LIT("만"),
	LIT("에서"), LIT("에게"), LIT("으로"), LIT("부터"), LIT("까지"), LIT("처럼"), LIT("보다"),
	LIT("에는"), LIT("에도"), LIT("과의"), LIT("와의"), LIT("이다"), LIT("이며"), LIT("이고"),
	LIT("이나"), LIT("라는"), LIT("이라는"), LIT("에서는"), LIT("으로는"), LIT("에서의"),
	LIT("으로서"), LIT("로서"),
};

/* Syllables that end a verb's or an adjective's stem or begin its ending
 * (이루어져, 구성되어, 발전시킨, 알려졌다, 사용했다): a word of three
 * syllables or more whose third is one is a predicate, whose first three
 * name nothing a question and a passage could both be about. (A noun of
 * three syllables ending in one, 고등어, is rare, and loses only its key.) */
static const char *const predicate_syllables[] = {
	"하", "한", "할", "함", "합", "해", "했", "되", "된", "될", "됨", "됩", "돼", "됐",
	"시", "어", "아", "았", "었", "였", "여", "져", "졌", "게", "지", "는", "은", "을",
	"며", "고", "던", "니", "다", "면", "서", "기",
};

/* The syllable at u[i] as a number under 11172 (a Hangul syllable's
 * three bytes, as each_key finds them). */
static uint64_t syl_index(const unsigned char *u, size_t i)
{
	uint32_t cp = (uint32_t)(u[i] & 0x0F) << 12 | (uint32_t)(u[i + 1] & 0x3F) << 6 |
	              (u[i + 2] & 0x3F);
	return cp - 0xAC00;
}

/* The syllables u[0, n) (n / 3 of them, at most three) as one number:
 * their count, then each one's syl_index. */
static uint64_t syl_code(const unsigned char *u, size_t n)
{
	uint64_t code = 0;
	for (size_t i = 0; i < n; i += 3)
		code = code * 11172 + syl_index(u, i);
	return (uint64_t)(n / 3) << 56 | code;
}

/* common_stems, predicate_syllables and particles as syl_code numbers,
 * sorted: stem_keys asks of every word of every passage, where comparing
 * bytes with each entry was a sixth of a run under --unanswerable. Made
 * at the first call. */
#define NCOMMON (sizeof common_stems / sizeof *common_stems)
#define NPRED (sizeof predicate_syllables / sizeof *predicate_syllables)
#define NPART (sizeof particles / sizeof *particles)
static uint64_t common_codes[NCOMMON], predicate_codes[NPRED], particle_codes[NPART];
static size_t particle_max; /* the longest particle's bytes */

static void make_codes(void)
{
	for (size_t k = 0; k < NCOMMON; k++)
		common_codes[k] = syl_code((const unsigned char *)common_stems[k], 6);
	for (size_t k = 0; k < NPRED; k++)
		predicate_codes[k] = syl_code((const unsigned char *)predicate_syllables[k], 3);
	for (size_t k = 0; k < NPART; k++) {
		particle_codes[k] = syl_code((const unsigned char *)particles[k].s, particles[k].n);
		if (particles[k].n > particle_max)
			particle_max = particles[k].n;
	}
	qsort(common_codes, NCOMMON, sizeof *common_codes, ko_cmp_u64);
	qsort(predicate_codes, NPRED, sizeof *predicate_codes, ko_cmp_u64);
	qsort(particle_codes, NPART, sizeof *particle_codes, ko_cmp_u64);
}

/* Whether sorted t[0, n) holds c. */
static int has_code(const uint64_t *t, size_t n, uint64_t c)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t[mid] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && t[lo] == c;
}

static int predicate_syllable(const unsigned char *u)
{
	return has_code(predicate_codes, NPRED, syl_code(u, 3));
}

/* Whether the Hangul syllables p[0, n) are one of the particles. */
static int is_particle(const unsigned char *p, size_t n)
{
	if (!n || n > particle_max)
		return 0;
	return has_code(particle_codes, NPART, syl_code(p, n));
}

/* The keys of the word at u[i] (a run of Hangul syllables, e its end),
 * none for a word of one syllable, one glued to a digit or a Latin
 * letter (2009년에, 19세기), a noun of one syllable with its particle,
 * or a word whose first two syllables are a common stem: key[0] its
 * first two syllables, when they are the whole word or are followed by a
 * particle only (조약, 조약의, 서울에서), else its first three, when it has
 * three and is no predicate (predicate_syllable) nor a modifier in -적.
 * A question and a passage share a word when they share a key: 사이언스
 * and 사이트, 받았나 and 받았다, 활동한 and 활동했다 share none, a
 * loanword's or a verb's first two syllables being no word. Returns how
 * many it set (0 or 1). */
static int stem_keys(const unsigned char *u, size_t i, size_t e, uint64_t key[2])
{
	static int made;
	if (!made)
		make_codes(), made = 1;
	unsigned char b = i ? u[i - 1] : ' ';
	if (e - i < 6 || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))
		return 0;
	/* a noun of one syllable and its particle (위에, 등의, 밑에서) */
	if (is_particle(u + i + 3, e - i - 3))
		return 0;
	if (has_code(common_codes, NCOMMON, syl_code(u + i, 6)))
		return 0;
	uint64_t two = 1u << 30 | (syl_index(u, i) * 11172 + syl_index(u, i + 3));
	if (e - i == 6 || is_particle(u + i + 6, e - i - 6)) {
		key[0] = two;
		return 1;
	}
	/* a noun of two syllables and its particle gave its key above
	 * (지역으로: not 지역으); a predicate (predicate_syllable) and a
	 * modifier in -적 (일반적으로, 역사적인) give none */
	if (e - i < 9 || predicate_syllable(u + i + 6) ||
	    (e - i > 9 && !memcmp(u + i + 6, "적", 3)))
		return 0;
	key[0] = (uint64_t)2 << 60 | (two * 11172 + syl_index(u, i + 6));
	return 1;
}

/* Calls f(st, key) for each key of each word of p[0, n) (stem_keys);
 * stops at, and returns, the first nonzero result. */
static int each_key(struct state *st, const char *p, size_t n,
                    int (*f)(struct state *, uint64_t))
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0;
	while (i < n) {
		if (!ko_syllable_bytes(u + i, n - i)) {
			i++;
			continue;
		}
		size_t e = i;
		while (e < n && ko_syllable_bytes(u + e, n - e))
			e += 3;
		uint64_t k[2];
		for (int j = 0, nk = stem_keys(u, i, e, k); j < nk; j++) {
			int r = f(st, k[j]);
			if (r)
				return r;
		}
		i = e;
	}
	return 0;
}

static int add_key(struct state *st, uint64_t k)
{
	if (st->nkeys == st->ckeys) {
		st->ckeys = st->ckeys ? 2 * st->ckeys : 256;
		st->keys = ko_xrealloc(st->keys, st->ckeys * sizeof *st->keys);
	}
	st->keys[st->nkeys++] = k;
	return 0;
}

static int add_qkey(struct state *st, uint64_t k)
{
	ko_buf_add(st->fill, &k, sizeof k);
	return 0;
}

static int cmp_key(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

static int has_key(struct state *st, uint64_t k)
{
	return bsearch(&k, st->keys, st->nkeys, sizeof *st->keys, cmp_key) != NULL;
}

/* Whether the pooled question shares a key with the passage
 * (passage_keys): its keys are made once, when it is pooled, as borrow()
 * asks this of every question of the pool for every task. */
static int shares_key(struct state *st, const struct pooled *p)
{
	for (size_t i = 0; i + sizeof(uint64_t) <= p->keys.n; i += sizeof(uint64_t)) {
		uint64_t k;
		memcpy(&k, p->keys.p + i, sizeof k);
		if (has_key(st, k))
			return 1;
	}
	return 0;
}

/* The passage's content words, for borrow(): a question that shares one
 * with the passage asks of something it mentions (a name, a thing, an
 * event), and is harder to tell unanswerable than one about nothing in
 * it, which a model learns to refuse from the words alone. */
static void passage_keys(struct state *st, const char *p, size_t n)
{
	st->nkeys = 0;
	each_key(st, p, n, add_key);
	qsort(st->keys, st->nkeys, sizeof *st->keys, cmp_key);
}

/* A question from another passage whose answer is not in this one: of a
 * passage with a title, one from the same article (the same title), one
 * that shares a content word with the passage (passage_keys) first; of a
 * passage without one, one from any passage that shares such a word. A
 * question of another article is about something else (a chess
 * tournament asked of a passage on augmented reality), which a model
 * learns to refuse from its words alone. *same says whether it is from
 * the same article. */
static const struct pooled *borrow(struct state *st, const struct group *g,
                                   struct ko_rng *rng, int *same)
{
	size_t nsame = 0, nshare = 0;
	for (size_t i = 0; g->titlen && i < st->npool; i++) {
		struct pooled *p = &st->pool[i];
		if (p->title.n == g->titlen && !memcmp(p->title.p, g->b.p + g->title, g->titlen) &&
		    usable(st, g, p)) {
			/* the sharing ones first, the others after them */
			if (shares_key(st, p)) {
				st->cand[nsame] = st->cand[nshare];
				st->cand[nshare++] = p;
			} else {
				st->cand[nsame] = p;
			}
			nsame++;
		}
	}
	*same = nsame > 0;
	if (nsame)
		return st->cand[ko_rng_below(rng, nshare ? nshare : nsame)];
	if (g->titlen)
		return NULL;
	for (size_t i = 0; i < st->npool; i++) {
		struct pooled *p = &st->pool[i];
		if (shares_key(st, p) && usable(st, g, p))
			st->cand[nshare++] = p;
	}
	if (nshare)
		return st->cand[ko_rng_below(rng, nshare)];
	return NULL;
}

/* Add to the "negatives" member one borrowed question of the task: n, its
 * number in the task (1 under --single), and its source record's id,
 * title and license, and whether it is from the same article. */
static void add_negative(struct ko_buf *b, size_t n, const struct item *it)
{
	ko_buf_adds(b, b->n ? "," : ",\"negatives\":[");
	ko_buf_adds(b, "{\"n\":");
	ko_buf_add_dec(b, n);
	ko_buf_adds(b, ",\"id\":");
	if (it->src->id.n)
		ko_buf_add(b, it->src->id.p, it->src->id.n);
	else
		ko_buf_adds(b, "null");
	ko_buf_adds(b, ",\"title\":");
	if (it->src->title.n)
		ko_json_quote(b, it->src->title.p, it->src->title.n);
	else
		ko_buf_adds(b, "null");
	ko_buf_adds(b, ",\"license\":");
	if (it->src->lic.n)
		ko_buf_add(b, it->src->lic.p, it->src->lic.n);
	else
		ko_buf_adds(b, "null");
	ko_buf_adds(b, it->same ? ",\"same_article\":true}" : ",\"same_article\":false}");
}

/* A numbered list is one item per line: a line break inside a question or
 * answer (KorQuAD has one) becomes a space. */
static void add_line(struct ko_buf *b, const char *p, size_t n)
{
	size_t at = b->n;
	ko_buf_add(b, p, n);
	for (size_t i = at; i < b->n; i++)
		if (b->p[i] == '\n')
			b->p[i] = ' ';
}

/* Start item i of a numbered list: "1. ", "\n2. " (no printf: it was a
 * sixteenth of a default run). */
static void add_number(struct ko_buf *b, size_t i)
{
	if (i)
		ko_buf_addc(b, '\n');
	ko_buf_add_dec(b, i + 1);
	ko_buf_add(b, ". ", 2);
}

/* The tasks of one chunk of a group: len questions, their numbers in the
 * group in idx (ascending). */
static void chunk(struct conf *c, struct state *st, struct group *g, const size_t *idx,
                  size_t len)
{
	size_t s = idx[0];
	struct qa *first = &g->qa[s];
	struct ko_rng rng;
	ko_task_rng(&first->rec, &rng);
	st->nitems = 0;
	st->task++;
	for (size_t k = 0; k < len; k++) {
		size_t i = idx[k];
		const struct qa *x = &g->qa[i];
		add_item(st, g->b.p + x->q, x->qn, x->an ? g->b.p + x->a : NULL, x->an, (long)i, i,
		         NULL, 0);
	}
	size_t nreal = st->nitems;
	if (c->unans_rate > 0)
		for (size_t i = 0; i < nreal; i++) {
			if (ko_rng_unit(&rng) >= c->unans_rate)
				continue;
			st->neg_wanted++;
			if (!st->passage_ready) {
				/* what borrow() asks of the passage, for the tasks
				 * of the group that draw at all */
				st->hasdoc = c->cut && doc_of(c->cut, g, &st->doc, &st->docn);
				ko_buf_clear(&st->nctx);
				normalise_num(&st->nctx, g->b.p + g->ctx, g->ctxn, 1);
				passage_keys(st, g->b.p + g->ctx, g->ctxn);
				st->passage_ready = 1;
			}
			int same_article;
			const struct pooled *p = borrow(st, g, &rng, &same_article);
			if (!p)
				continue;
			st->neg_added++;
			st->neg_same += same_article;
			if (st->nlent == st->clent) {
				st->clent = st->clent ? 2 * st->clent : 16;
				st->lent = ko_xrealloc(st->lent, st->clent * sizeof *st->lent);
			}
			st->lent[st->nlent++] = p;
			add_item(st, p->q.p, p->q.n, NULL, 0, -1, idx[i], p, same_article);
			if (!c->shuffle && !c->single) {
				/* Put it among the real questions, not always last. */
				struct item *items = st->items;
				size_t n = st->nitems, at = ko_rng_below(&rng, n);
				struct item tmpi = items[n - 1];
				memmove(items + at + 1, items + at, (n - 1 - at) * sizeof *items);
				items[at] = tmpi;
			}
		}
	if (c->shuffle)
		ko_rng_shuffle(&rng, st->items, st->nitems, sizeof *st->items);
	const char *unk_t = ko_task_wording(&c->gen, &tasks[T_UNKNOWN], ko_rng_next(&rng));
	struct ko_task_val v[6] = {
		{"context", g->b.p + g->ctx, g->ctxn},
		{"title", g->titlen ? g->b.p + g->title : "", g->titlen},
		{"unknown", unk_t, strlen(unk_t)},
	};
	/* Every task of a passage has the id of its first question, '#', the
	 * number in the passage of the task's (first) question, then the task
	 * name: a split by document (cut at '#') keeps a passage on one side. */
	char infix[24] = "#";
	c->gen.id_as = &g->qa[0].rec;
	c->gen.id_infix = infix;
	if (c->single) {
		for (size_t i = 0; i < st->nitems; i++) {
			const struct item *it = &st->items[i];
			ko_put_dec(infix + 1, it->qa >= 0 ? (size_t)it->qa : it->from);
			v[3] = (struct ko_task_val){"question", it->q, it->qn};
			v[4] = (struct ko_task_val){"answer", it->a ? it->a : unk_t,
			                            it->a ? it->an : strlen(unk_t)};
			if (it->qa >= 0) {
				ko_task_emit(&c->gen, &g->qa[it->qa].rec, &tasks[T_SINGLE], v, 5,
				             c->consumed);
				continue;
			}
			ko_buf_clear(&st->neg);
			add_negative(&st->neg, 1, it);
			ko_buf_adds(&st->neg, "]");
			c->gen.extra = st->neg.p, c->gen.extran = st->neg.n;
			ko_task_emit(&c->gen, &g->qa[it->from].rec, &tasks[T_NEG], v, 5, c->consumed);
			c->gen.extra = NULL, c->gen.extran = 0;
		}
		c->gen.id_as = NULL, c->gen.id_infix = NULL;
		return;
	}
	ko_put_dec(infix + 1, s);
	/* A task that holds one question (its passage's others went to other
	 * tasks, or it had no other) is asked as one: the wording of
	 * qgroup-single, no number on the question or the answer. */
	if (st->nitems == 1 && st->items[0].qa >= 0) {
		const struct item *it = &st->items[0];
		v[3] = (struct ko_task_val){"question", it->q, it->qn};
		v[4] = (struct ko_task_val){"answer", it->a ? it->a : unk_t,
		                            it->a ? it->an : strlen(unk_t)};
		ko_task_emit(&c->gen, &first->rec, &tasks[T_SINGLE], v, 5, c->consumed);
		c->gen.id_as = NULL, c->gen.id_infix = NULL;
		return;
	}
	struct ko_buf *qs = &st->qs, *as = &st->as;
	ko_buf_clear(qs);
	ko_buf_clear(as);
	ko_buf_clear(&st->neg);
	for (size_t i = 0; i < st->nitems; i++) {
		const struct item *it = &st->items[i];
		if (it->src)
			add_negative(&st->neg, i + 1, it);
		add_number(qs, i);
		add_line(qs, it->q, it->qn);
		add_number(as, i);
		if (it->a)
			add_line(as, it->a, it->an);
		else
			ko_buf_adds(as, unk_t);
	}
	char cnt[24];
	ko_put_dec(cnt, st->nitems);
	v[3] = (struct ko_task_val){"questions", qs->p, qs->n};
	v[4] = (struct ko_task_val){"answers", as->p, as->n};
	v[5] = (struct ko_task_val){"count", cnt, strlen(cnt)};
	if (st->neg.n) {
		ko_buf_adds(&st->neg, "]");
		c->gen.extra = st->neg.p, c->gen.extran = st->neg.n;
	}
	ko_task_emit(&c->gen, &first->rec, &tasks[T_MULTI], v, 6, c->consumed);
	c->gen.extra = NULL, c->gen.extran = 0;
	c->gen.id_as = NULL, c->gen.id_infix = NULL;
}

/* ---- near-duplicate questions ---- */


/* Room in the per-question arrays for a group of n. */
static void grow(struct state *st, size_t n)
{
	if (st->cbgat >= n + 1)
		return;
	size_t m = st->cbgat = 2 * (n + 1);
	st->bgat = ko_xrealloc(st->bgat, m * sizeof *st->bgat);
	st->naat = ko_xrealloc(st->naat, m * sizeof *st->naat);
	st->nqat = ko_xrealloc(st->nqat, m * sizeof *st->nqat);
	st->task_of = ko_xrealloc(st->task_of, m * sizeof *st->task_of);
	st->tsize = ko_xrealloc(st->tsize, m * sizeof *st->tsize);
	st->troom = ko_xrealloc(st->troom, m * sizeof *st->troom);
	st->order = ko_xrealloc(st->order, m * sizeof *st->order);
	st->ans = ko_xrealloc(st->ans, m * sizeof *st->ans);
	st->qwat = ko_xrealloc(st->qwat, m * sizeof *st->qwat);
	st->qwn = ko_xrealloc(st->qwn, m * sizeof *st->qwn);
	st->drop = ko_xrealloc(st->drop, m);
}

/* Jaccard similarity of two sorted sets of bigrams. */
static double jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, both = 0;
	while (i < na && j < nb) {
		if (a[i] == b[j])
			both++, i++, j++;
		else if (a[i] < b[j])
			i++;
		else
			j++;
	}
	return na + nb - both ? (double)both / (double)(na + nb - both) : 1;
}

/* 1 if answer s occurs in l where a word starts (at the start, or after a
 * space or punctuation): 아미 in 아미(ARMY), 1989년 in 1989년 2월 15일,
 * but not 600 mAh in 3600 mAh. */
/* 1 if a word starts at h in l: h is l's start, or white space or
 * punctuation is before it. */
static int word_starts(const char *l, const char *h)
{
	if (h == l)
		return 1;
	const char *b = h - 1;
	while (b > l && ((unsigned char)*b & 0xC0) == 0x80)
		b--;
	uint32_t c;
	return ko_utf8_decode(b, (size_t)(h - b), &c) > 0 && (ko_is_space(c) || ko_is_punct(c));
}

static int at_word_start(const char *s, size_t sn, const char *l, size_t ln)
{
	for (const char *h = l; sn && (h = find(h, ln - (size_t)(h - l), s, sn)); h++)
		if (word_starts(l, h))
			return 1;
	return 0;
}

/* 1 if two questions of a passage have the same answer: both none, the
 * same after normalising, or one a word-initial part of the other (the
 * same span marked wider or narrower: 약 250만 평방 킬로미터 and 250만
 * 평방 킬로미터). */
static int same_answer(const struct state *st, const struct group *g, size_t i, size_t j)
{
	const struct qa *x = &g->qa[i], *y = &g->qa[j];
	if (!x->an || !y->an)
		return !x->an && !y->an;
	size_t xi = st->naat[i], xn = st->naat[i + 1] - xi, yi = st->naat[j],
	       yn = st->naat[j + 1] - yi;
	if (xn == yn && !memcmp(st->na.p + xi, st->na.p + yi, xn))
		return 1;
	const char *a = g->b.p + x->a, *b = g->b.p + y->a;
	return x->an <= y->an ? at_word_start(a, x->an, b, y->an)
	                      : at_word_start(b, y->an, a, x->an);
}

/* 1 if the answers of two questions are spans of the passage that
 * share a character: 데레사여자고등학교를 and 부산 데레사여자고등학교,
 * 1905년 and 1905년 크리스마스. KorQuAD has several writers ask about one
 * passage, and their questions on one span ask for the same thing in
 * other words (27 of 37 sampled pairs on its dev set;
 * the others ask two things of one name: both 찰리 패튼), often with the
 * span cut differently. */
static int spans_meet(const struct qa *x, const struct qa *y)
{
	return x->span_e && y->span_e && x->span_s < y->span_e && y->span_s < x->span_e;
}

/* Drop the questions of the group that repeat an earlier kept one: the
 * same answer and bigram Jaccard of the normalised wording at least
 * --near-dup, or the same normalised wording whatever the answers (then
 * they conflict). Each dropped record goes to the rejects; the group keeps
 * the others in order. Compared with kept questions only, so a chain of
 * small rewordings never drops a question unlike every kept one. */
static void drop_near_dups(struct conf *c, struct state *st, struct group *g)
{
	size_t n = g->n;
	if (n < 2 || c->near_off)
		return;
	grow(st, n);
	st->nbg = 0;
	ko_buf_clear(&st->na);
	ko_buf_clear(&st->nq);
	for (size_t i = 0; i < n; i++) {
		const struct qa *x = &g->qa[i];
		st->nqat[i] = st->nq.n;
		normalise(&st->nq, g->b.p + x->q, x->qn);
		const char *nq = st->nq.p + st->nqat[i];
		size_t nqn = st->nq.n - st->nqat[i];
		size_t need = st->nbg + nqn + 1; /* bigrams < bytes */
		if (need > st->cbg) {
			st->cbg = 2 * need;
			st->bg = ko_xrealloc(st->bg, st->cbg * sizeof *st->bg);
		}
		st->bgat[i] = st->nbg;
		uint64_t *b = st->bg + st->nbg;
		size_t k = 0, nc = 0;
		uint32_t prev = 0, cp;
		for (size_t m = 0; m < nqn; nc++) {
			int l = ko_utf8_decode(nq + m, nqn - m, &cp);
			m += l > 0 ? (size_t)l : 1;
			if (nc)
				b[k++] = (uint64_t)prev << 32 | cp;
			prev = cp;
		}
		if (nc == 1) /* a one-letter question is its one letter */
			b[k++] = prev;
		ko_sort_u64(b, k);
		size_t u = 0;
		for (size_t m = 0; m < k; m++)
			if (!u || b[m] != b[u - 1])
				b[u++] = b[m];
		st->nbg += u;
		st->naat[i] = st->na.n;
		normalise(&st->na, g->b.p + x->a, x->an);
	}
	st->bgat[n] = st->nbg;
	st->naat[n] = st->na.n;
	st->nqat[n] = st->nq.n;
	for (size_t i = 0; i < n; i++) {
		st->drop[i] = 0;
		const uint64_t *bi = st->bg + st->bgat[i];
		size_t ni = st->bgat[i + 1] - st->bgat[i];
		for (size_t j = 0; j < i && !st->drop[i]; j++) {
			if (st->drop[j])
				continue;
			const uint64_t *bj = st->bg + st->bgat[j];
			size_t nj = st->bgat[j + 1] - st->bgat[j];
			int same_q = ni == nj && !memcmp(bi, bj, ni * sizeof *bi);
			if (same_q || (same_answer(st, g, i, j) && jaccard(bi, ni, bj, nj) >= c->near))
				st->drop[i] = 1;
			else if (spans_meet(&g->qa[i], &g->qa[j]))
				st->drop[i] = 2;
		}
		if (st->drop[i])
			ko_rec_reject(&g->qa[i].rec, st->drop[i] == 1 ? "near-duplicate question"
			                                              : "same answer span");
	}
	/* the normalised answers and questions of the kept ones move with
	 * them, for keep_apart (each piece forward: kept <= i) */
	size_t kept = 0, wa = 0, wq = 0;
	for (size_t i = 0; i < n; i++) {
		if (st->drop[i])
			continue;
		size_t la = st->naat[i + 1] - st->naat[i], lq = st->nqat[i + 1] - st->nqat[i];
		if (la) /* (an empty buffer has no pointer to give memmove) */
			memmove(st->na.p + wa, st->na.p + st->naat[i], la);
		if (lq)
			memmove(st->nq.p + wq, st->nq.p + st->nqat[i], lq);
		st->naat[kept] = wa, st->nqat[kept] = wq;
		wa += la, wq += lq;
		if (kept != i) { /* swap, so each slot keeps its own buffers */
			struct qa t = g->qa[kept];
			g->qa[kept] = g->qa[i];
			g->qa[i] = t;
		}
		kept++;
	}
	st->naat[kept] = st->na.n = wa;
	st->nqat[kept] = st->nq.n = wq;
	g->n = kept;
	st->normed = 1;
}

/* ---- questions that must not share a task ---- */

/* 1 if s occurs in l, where a word starts when word_start, and never
 * followed by a digit when s ends with one (1 in 100미터). */
static int occurs(const char *s, size_t sn, const char *l, size_t ln, int word_start)
{
	int digit = sn && s[sn - 1] >= '0' && s[sn - 1] <= '9';
	for (const char *h = l; sn && (h = find(h, ln - (size_t)(h - l), s, sn)); h++) {
		size_t end = (size_t)(h - l) + sn;
		if (digit && end < ln && l[end] >= '0' && l[end] <= '9')
			continue;
		if (!word_start || word_starts(l, h))
			return 1;
	}
	return 0;
}

/* Case particles that crowd-marked answers keep at their end
 * (데레사여자고등학교를, 마쉬는, 발랑시엔과의), longest first. */
static const struct lit final_particles[] = {
	LIT("으로부터"), LIT("에서는"), LIT("으로는"), LIT("에게서"), LIT("으로서"), LIT("으로써"),
	LIT("에서"), LIT("에게"), LIT("으로"), LIT("까지"), LIT("부터"), LIT("처럼"), LIT("보다"),
	LIT("이나"), LIT("과의"), LIT("와의"), LIT("에는"), LIT("에의"), LIT("께서"), LIT("한테"),
	LIT("은"), LIT("는"), LIT("이"), LIT("가"), LIT("을"), LIT("를"), LIT("의"), LIT("에"),
	LIT("와"), LIT("과"), LIT("로"), LIT("도"), LIT("만")};

/* Of answer a cut at n (before a particle): 1 if its last character is
 * a Hangul syllable (the particle is on a word), and in *w where its last
 * word starts. */
static int hangul_before(const char *a, size_t n, const char **w)
{
	uint32_t c;
	const char *b = a + n - 1;
	while (b > a && ((unsigned char)*b & 0xC0) == 0x80)
		b--;
	*w = a + n;
	while (*w > a && (*w)[-1] != ' ')
		(*w)--;
	return ko_utf8_decode(b, (size_t)(a + n - b), &c) > 0 && ko_is_hangul_syllable(c);
}

/* The length of answer a without a final particle, when two letters or
 * more are left and they are Hangul (the particle is on a word); else an.
 * A noun that ends in what reads as a particle (법학과, 고양이) loses it
 * too: the stem of two letters still names most of it. */
static size_t particle_stem(const char *a, size_t an)
{
	for (size_t k = 0; k < sizeof final_particles / sizeof *final_particles; k++) {
		size_t l = final_particles[k].n;
		/* (the last byte first: it tells most of them apart) */
		if (l >= an || a[an - 1] != final_particles[k].s[l - 1] ||
		    memcmp(a + an - l, final_particles[k].s, l))
			continue;
		size_t n = an - l;
		const char *w; /* the last word: at least two letters */
		if (!hangul_before(a, n, &w))
			return an;
		return ko_utf8_count(w, (size_t)(a + n - w)) >= 2 ? n : an;
	}
	return an;
}

/* The length of the Hangul letters at the start of p (at most n bytes),
 * and their count in *letters. */
static size_t hangul_run(const char *p, size_t n, size_t *letters)
{
	size_t i = 0, k = 0;
	uint32_t c;
	int l;
	while (i < n && (l = ko_utf8_decode(p + i, n - i, &c)) > 0 && ko_is_hangul_syllable(c))
		i += (size_t)l, k++;
	*letters = k;
	return i;
}

/* Append to out the qwords of question q: the words that short_form_in
 * compares with answers. */
static void short_words(struct ko_buf *out, const char *q, size_t qn)
{
	for (size_t i = 0; i < qn;) {
		/* (a word that is no Hangul run is none: its start is not
		 * asked) */
		if (!ko_syllable_bytes((const unsigned char *)q + i, qn - i) ||
		    !word_starts(q, q + i)) {
			i++;
			continue;
		}
		size_t wl, wn = hangul_run(q + i, qn - i, &wl);
		if (!wn) {
			i++;
			continue;
		}
		size_t sn = particle_stem(q + i, wn), sl = sn == wn ? wl : ko_utf8_count(q + i, sn);
		if (sl >= 3) {
			struct qword w = {i, sn, sl};
			ko_buf_add(out, &w, sizeof w);
		}
		i += wn;
	}
}

/* 1 if a word of question y, without its final particle, is a short form
 * of answer x: three Hangul letters or more that begin the answer's first
 * word and are at least half of it (서울대 of 서울대학교, 광주제일고 of
 * 광주제일고등학교, 동대문 of 동대문아파트). On KorQuAD dev 24 of the 37
 * pairs this finds give the answer away and 13 name only something near
 * it (스튜어트 of 스튜어트홀, 대통령 of 대통령제), which costs a task, not
 * a question; two letters would add 32 pairs, near half of them another
 * word (마리 of 마리아, 게임 of 게임스팟). */
static int short_form_in(const struct answer *x, const struct question *y)
{
	if (x->fl < 4)
		return 0;
	for (size_t k = 0; k < y->nw; k++) {
		const struct qword *w = &y->w[k];
		if (w->sn < x->fn && 2 * w->sl >= x->fl && !memcmp(y->q + w->at, x->a, w->sn) &&
		    w->sn != x->fstem)
			return 1;
	}
	return 0;
}

/* 1 if answer x (and normalised) gives itself away in question y (and
 * normalised): it occurs there where a word starts (별 in 별이 몇 개), or,
 * when it has two letters or more, anywhere once spaces and punctuation
 * are gone (국무 장관 in 국무장관은, 63억 원 in 63억원에). One letter needs
 * the word start (3 in 13개 is no answer given), and a number is not part
 * of a longer one (1 in 100미터). */
static int given_in(const struct answer *x, const struct question *y)
{
	return occurs(x->a, x->an, y->q, y->qn, 1) ||
	       (x->letters2 && occurs(x->na, x->nan, y->nq, y->nqn, 0)) ||
	       (x->stem < x->an && occurs(x->a, x->stem, y->q, y->qn, 1)) || short_form_in(x, y);
}

/* The answer of question i of the group, its normalised form at
 * st->naat[i], as given_in takes it. */
static void make_answer(struct answer *x, const struct state *st, const struct group *g,
                        size_t i)
{
	const struct qa *y = &g->qa[i];
	*x = (struct answer){.a = g->b.p + y->a, .an = y->an, .na = st->na.p + st->naat[i],
	                     .nan = st->naat[i + 1] - st->naat[i]};
	if (!x->an)
		return;
	x->stem = particle_stem(x->a, x->an);
	x->letters2 = x->nan && ko_utf8_count(x->na, x->nan) >= 2;
	x->fn = hangul_run(x->a, x->an, &x->fl);
	x->fstem = particle_stem(x->a, x->fn);
}

/* 1 if a part of answer a that names the same thing occurs in question q
 * where a word starts: the answer without its gloss in brackets
 * (아카마쓰 마사히데(赤松政秀) in 아카마쓰 마사히데의 세력이), or without
 * its first or its last word when two words or more and four letters or
 * more are left (찰스 오스틴 of 미국의 찰스 오스틴, 알렉산더 메이그스
 * 헤이그 of 알렉산더 메이그스 헤이그 2세), or without a first word in 의
 * (김하늘 of 한국의 김하늘). */
static int part_given(const char *a, size_t an, const char *q, size_t qn)
{
	const char *br = memchr(a, '(', an);
	size_t n = an;
	if (br && br > a) {
		n = (size_t)(br - a);
		while (n && a[n - 1] == ' ')
			n--;
		if (n && n < an && ko_utf8_count(a, n) >= 2 && occurs(a, n, q, qn, 1))
			return 1;
	}
	const char *s1 = memchr(a, ' ', n), *s2 = NULL;
	for (const char *t = a; (t = memchr(t, ' ', n - (size_t)(t - a))); t++)
		s2 = t;
	if (!s1)
		return 0;
	size_t tail = n - (size_t)(s1 + 1 - a), head = (size_t)(s2 - a);
	/* what a determiner in 의 qualifies is the thing named, one word
	 * or more (김하늘 of 한국의 김하늘) */
	if (s1 - a >= 3 && !memcmp(s1 - 3, "의", 3) && ko_utf8_count(s1 + 1, tail) >= 2 &&
	    occurs(s1 + 1, tail, q, qn, 1))
		return 1;
	if (s1 == s2)
		return 0; /* two words: no part of two */
	return (ko_utf8_count(s1 + 1, tail) >= 5 && occurs(s1 + 1, tail, q, qn, 1)) ||
	       (ko_utf8_count(a, head) >= 5 && occurs(a, head, q, qn, 1));
}

/* given_in for answer i and question j of the group, or a part of the
 * answer that names the same thing (part_given). */
static int gives_away(struct state *st, const struct group *g, size_t i, size_t j)
{
	const struct qa *x = &g->qa[i], *y = &g->qa[j];
	struct question q = {g->b.p + y->q, st->nq.p + st->nqat[j], y->qn,
	                     st->nqat[j + 1] - st->nqat[j], NULL, 0};
	if (st->ans[i].fl >= 4) { /* (short_form_in's words) */
		if (st->qwn[j] == NONE) {
			st->qwat[j] = st->qw.n / sizeof(struct qword);
			short_words(&st->qw, q.q, q.qn);
			st->qwn[j] = st->qw.n / sizeof(struct qword) - st->qwat[j];
		}
		q.nw = st->qwn[j];
		if (q.nw)
			q.w = (const struct qword *)st->qw.p + st->qwat[j];
	}
	return given_in(&st->ans[i], &q) || part_given(g->b.p + x->a, x->an, g->b.p + y->q, y->qn);
}

/* Put the questions of a group into tasks so that no task holds two with
 * the same answer, or one whose answer another of its questions states:
 * a model learns nothing from reading an answer off the question beside
 * it, and two questions with one answer in one task tell it the answers
 * repeat. Each question, in order, goes to the task with the fewest
 * questions (the first of those) among the ones that have room and no
 * question it conflicts with, else to a new task: a greedy colouring that
 * keeps the tasks of a split passage near one size. Room:
 * under --max-questions the sizes of the even split of the group (so a
 * group without conflicts is cut as before), and --max-questions for a
 * task opened beyond those; otherwise no limit. Depends only on the
 * group's questions and their order. Leaves the tasks' questions in
 * st->order, task t at st->tsize before it; returns the number of tasks. */
static size_t keep_apart(const struct conf *c, struct state *st, const struct group *g)
{
	size_t n = g->n;
	grow(st, n);
	if (st->cclash < n * n) {
		st->cclash = 2 * n * n;
		st->clash = ko_xrealloc(st->clash, st->cclash);
	}
	if (!st->normed) { /* (else drop_near_dups made them) */
		ko_buf_clear(&st->na);
		ko_buf_clear(&st->nq);
		for (size_t i = 0; i < n; i++) {
			st->naat[i] = st->na.n, st->nqat[i] = st->nq.n;
			normalise(&st->na, g->b.p + g->qa[i].a, g->qa[i].an);
			normalise(&st->nq, g->b.p + g->qa[i].q, g->qa[i].qn);
		}
		st->naat[n] = st->na.n, st->nqat[n] = st->nq.n;
	}
	for (size_t i = 0; i < n; i++)
		make_answer(&st->ans[i], st, g, i);
	ko_buf_clear(&st->qw);
	for (size_t i = 0; i < n; i++)
		st->qwn[i] = NONE;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < i; j++) {
			int x = 0;
			/* two cannot-answer ones may share; --single asks one a task */
			if (!c->single && g->qa[i].an && g->qa[j].an)
				x = same_answer(st, g, i, j) || gives_away(st, g, i, j) ||
				    gives_away(st, g, j, i);
			st->clash[i * n + j] = st->clash[j * n + i] = (char)x;
		}
	size_t even = c->max_q && n > c->max_q ? (n + c->max_q - 1) / c->max_q : 1;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		size_t t = k;
		for (size_t u = 0; u < k; u++) {
			if (st->tsize[u] == st->troom[u] || (t < k && st->tsize[u] >= st->tsize[t]))
				continue;
			size_t j = 0;
			while (j < i && !(st->task_of[j] == u && st->clash[i * n + j]))
				j++;
			if (j == i)
				t = u;
		}
		if (t == k) {
			st->tsize[k] = 0;
			st->troom[k] = k < even ? n / even + (k < n % even)
			                        : c->max_q ? c->max_q : n;
			k++;
		}
		st->task_of[i] = t;
		st->tsize[t]++;
	}
	size_t at = 0;
	for (size_t t = 0; t < k; t++)
		for (size_t i = 0; i < n; i++)
			if (st->task_of[i] == t)
				st->order[at++] = i;
	return k;
}

/* Write the tasks of a group (see keep_apart); a task under
 * --min-questions sends its records to --rejects. The group is then idle,
 * for reuse. */
static void flush(struct conf *c, struct state *st, struct group *g)
{
	st->normed = 0;
	drop_near_dups(c, st, g);
	size_t n = g->n;
	if (g->markup) { /* its questions may still be asked of other passages */
		for (size_t q = 0; q < n; q++)
			ko_rec_reject(&g->qa[q].rec, ko_task_markup_reason(g->markup));
		n = 0;
	}
	size_t k = n ? keep_apart(c, st, g) : 0;
	st->nlent = 0;
	st->passage_ready = 0;
	for (size_t t = 0, s = 0; t < k; t++) {
		size_t len = st->tsize[t];
		if (len >= c->min_q)
			chunk(c, st, g, st->order + s, len), st->grouped += len;
		else
			for (size_t q = s; q < s + len; q++)
				ko_rec_reject(&g->qa[st->order[q]].rec,
				              "fewer questions than --min-questions");
		s += len;
	}
	if (c->unans_rate > 0) /* the pool is for borrow() only */
		to_pool(st, g);
	if (!st->closed)
		st->closed = ko_xcalloc(CLOSED, sizeof *st->closed);
	st->closed[g->hash & (CLOSED - 1)] = g->hash | 1;
	st->idle = ko_xrealloc(st->idle, (st->nidle + 1) * sizeof *st->idle);
	st->idle[st->nidle++] = g;
}

static struct group *new_group(struct state *st)
{
	struct group *g = st->nidle ? st->idle[--st->nidle] : ko_xcalloc(1, sizeof *g);
	ko_buf_clear(&g->b);
	g->n = 0;
	st->open = ko_xrealloc(st->open, (st->nopen + 1) * sizeof *st->open);
	st->open[st->nopen++] = g;
	return g;
}

/* A record's passage, context_id, license and source (raw JSON, empty
 * when absent): what makes its group. */
struct gkey {
	const char *ctx, *key, *lic, *src;
	size_t ctxn, keyn, licn, srcn;
};

/* (no hash compared: the bytes are, and hashing each record's passage
 * cost more than comparing it with the open groups') */
static int same(const struct group *g, const struct gkey *k)
{
	return g->keyn == k->keyn && g->ctxn == k->ctxn && g->licn == k->licn &&
	       g->srcn == k->srcn && !memcmp(g->b.p + g->key, k->key, k->keyn) &&
	       !memcmp(g->b.p + g->ctx, k->ctx, k->ctxn) &&
	       !memcmp(g->b.p + g->lic, k->lic, k->licn) &&
	       !memcmp(g->b.p + g->src, k->src, k->srcn);
}

static const char *raw_or_empty(const struct ko_rec *r, const char *name, size_t *n)
{
	const char *v = ko_rec_raw(r, name, n);
	if (!v)
		v = "", *n = 0;
	return v;
}

/* Whether the passage's last sentence announces a list, a table or a
 * quotation that is not there (시간 관리에 관한 자세한 규칙은 다음과 같다.,
 * … 다음과 같이 말했다., a closing colon): the extractor dropped what
 * followed, and a passage that points past its end is no reading text
 * (4 of KorQuAD dev's 960 passages). The last sentence is the shared
 * splitter's (ko_task_split_lazy), the one the generators read. */
static int ends_in_lead_in(struct ko_gen *g, const char *p, size_t n)
{
	/* (a passage with no lead-in phrase anywhere, nor a colon at its
	 * end, has none in its last sentence: only one that has is split) */
	if (!ko_lead_in(p, n, 1))
		return 0;
	const struct ko_span *s;
	size_t ns = ko_task_split_lazy(g, p, n, &s);
	return ns && ko_lead_in(p + s[ns - 1].b, s[ns - 1].e - s[ns - 1].b, 1);
}

/* The open group of this passage; a new one when there is none, after
 * flushing the oldest if --window groups are open. */
static struct group *group_of(struct conf *c, struct state *st, struct ko_rec *r,
                              const char *ctx, size_t ctxn)
{
	struct gkey k = {.ctx = ctx, .ctxn = ctxn};
	k.key = raw_or_empty(r, "context_id", &k.keyn);
	k.lic = raw_or_empty(r, "license", &k.licn);
	k.src = raw_or_empty(r, "source", &k.srcn);
	for (size_t i = st->nopen; i-- > 0;)
		if (same(st->open[i], &k))
			return st->open[i];
	uint64_t h = ko_hash64(ctx, ctxn, ko_hash64(k.key, k.keyn, 0));
	if (k.licn || k.srcn)
		h = ko_hash64(k.src, k.srcn, ko_hash64(k.lic, k.licn, h));
	if (st->nopen == (c->window ? c->window : 1)) {
		flush(c, st, st->open[0]);
		memmove(st->open, st->open + 1, (st->nopen - 1) * sizeof *st->open);
		st->nopen--;
	}
	if (st->closed && st->closed[h & (CLOSED - 1)] == (h | 1) && !st->reopened++)
		ko_buf_addf(&st->reopened_at, "%s:%zu", r->file, r->lineno);
	struct group *g = new_group(st);
	g->hash = h;
	g->ctx = keep(g, ctx, ctxn), g->ctxn = ctxn;
	g->key = keep(g, k.key, k.keyn), g->keyn = k.keyn;
	g->lic = keep(g, k.lic, k.licn), g->licn = k.licn;
	g->src = keep(g, k.src, k.srcn), g->srcn = k.srcn;
	g->markup = ko_task_markup(ctx, ctxn);
	if (!g->markup && ends_in_lead_in(&c->gen, ctx, ctxn))
		g->markup = KO_MARKUP_LEAD_IN;
	const char *t;
	size_t tn;
	g->titlen = 0;
	if (ko_task_text(NULL, r, "title", 3, &t, &tn) == 0)
		g->title = keep(g, t, tn), g->titlen = tn;
	return g;
}

/* Drop the white space around [*p, *p + *n). */
static void trim(const char **p, size_t *n)
{
	size_t l;
	while (*n && (l = ko_space_len(*p, *n)))
		*p += l, *n -= l;
	while (*n) {
		size_t b = *n - 1;
		while (b > 0 && ((unsigned char)(*p)[b] & 0xC0) == 0x80)
			b--;
		if (!ko_space_len(*p + b, *n - b))
			break;
		*n = b;
	}
}

/* Keep a question with each run of white space inside it as one space:
 * crowd-written questions carry doubled spaces and line breaks. */
static size_t keep_squeezed(struct group *g, const char *p, size_t n, size_t *len)
{
	size_t at = g->b.n, l;
	for (size_t i = 0; i < n;) {
		size_t e = ko_space_from(p, i, n); /* (the bytes up to it at once) */
		ko_buf_add(&g->b, p + i, e - i);
		if (e == n)
			break;
		for (i = e; i < n && (l = ko_space_len(p + i, n - i));)
			i += l;
		ko_buf_addc(&g->b, ' ');
	}
	*len = g->b.n - at;
	return at;
}

/* The end of the answer's span in the passage, in characters, with its
 * start in *start: from answer_start (a count of characters, as SQuAD
 * and KorQuAD give it) when the passage holds the answer there; 0 when
 * there is none or it does not (a span that is not the answer's says
 * nothing about which questions ask the same thing). */
static size_t answer_span(const struct ko_rec *r, const char *ctx, size_t ctxn, const char *a,
                          size_t an, size_t *start)
{
	size_t rn, s = 0;
	const char *raw = ko_rec_raw(r, "answer_start", &rn);
	if (!raw || !rn || rn > 9)
		return 0;
	for (size_t k = 0; k < rn; k++) {
		if (raw[k] < '0' || raw[k] > '9')
			return 0;
		s = s * 10 + (size_t)(raw[k] - '0');
	}
	size_t i = ko_utf8_offset(ctx, ctxn, s);
	if (i > ctxn || an > ctxn - i || memcmp(ctx + i, a, an))
		return 0;
	*start = s;
	return s + ko_utf8_count(a, an);
}

/* Particles a crowd-marked answer span keeps at its end (1. 대원군은,
 * 마쉬는, 공화당에서는, 2014년 7월 14일에, 발랑시엔과의) that no noun of two
 * syllables or more ends in, longest first: not 이, 가, 과, 와, 로, 도 or
 * 만, which end 고양이, 소설가, 법학과. */
static const struct lit span_particles[] = {
	LIT("으로부터"), LIT("에서는"), LIT("으로는"), LIT("에서의"), LIT("으로서"),
	LIT("에게서"), LIT("에서"), LIT("에게"), LIT("으로"), LIT("에는"), LIT("께서"),
	LIT("는"), LIT("를"),
	/* first_guarded: */ LIT("과의"), LIT("와의"), LIT("은"), LIT("을"), LIT("의"), LIT("에")};
static const size_t first_guarded = 13;

/* The length of answer a without a final particle (span_particles),
 * else an. The particle goes when what is left ends in a Hangul
 * syllable, and, for a particle that also ends nouns (from first_guarded
 * on), in a word of two letters or more that the passage has on its
 * own: followed by no Hangul, or by another particle
 * (대원군이, 대원군의 beside 대원군은), or a number's (14일, 1950년), whose
 * end is a word's end, or the question puts the particle on a word of
 * its own (어느 팀과의 … for 발랑시엔과의). A question that quotes the
 * answer whole asks for it as it is. What is left is still a span of the
 * passage. */
static size_t bare_answer(const char *ctx, size_t ctxn, const char *q, size_t qn, const char *a,
                          size_t an)
{
	for (size_t k = 0; k < sizeof span_particles / sizeof *span_particles; k++) {
		size_t l = span_particles[k].n;
		if (l >= an || memcmp(a + an - l, span_particles[k].s, l))
			continue;
		size_t n = an - l;
		uint32_t c;
		const char *w; /* the last word */
		if (!hangul_before(a, n, &w) ||
		    (k >= first_guarded && ko_utf8_count(w, (size_t)(a + n - w)) < 2) ||
		    find(q, qn, a, an))
			return an;
		/* (은, 을, 의, 에, 과의, 와의 also end nouns: 현정은, 한마을,
		 * 민주주의, 법학과의; the others none) */
		if ((*w >= '0' && *w <= '9') || k < first_guarded)
			return n;
		/* the question's own word with the particle, one of two
		 * syllables (어느 팀과의 경기: 발랑시엔과의): the particle is
		 * the question's frame (은, 의 alone are in most questions) */
		for (const char *h = q, *end = q + qn; l >= 6 && (h = find(h, (size_t)(end - h), a + n, l));
		     h++)
			if (h > q && (h + l == end || h[l] == ' ' || h[l] == '?') &&
			    ko_utf8_decode(h - 3 >= q ? h - 3 : q, 3, &c) == 3 && ko_is_hangul_syllable(c))
				return n;
		for (const char *h = ctx, *end = ctx + ctxn; (h = find(h, (size_t)(end - h), a, n));
		     h++) {
			const char *x = h + n, *y = x;
			while (y < end && ko_utf8_decode(y, (size_t)(end - y), &c) == 3 &&
			       ko_is_hangul_syllable(c))
				y += 3;
			if (y == x)
				return n;
			if ((size_t)(y - x) == l && !memcmp(x, span_particles[k].s, l))
				continue;
			for (size_t j = 0; j < sizeof final_particles / sizeof *final_particles; j++)
				if ((size_t)(y - x) == final_particles[j].n &&
				    !memcmp(x, final_particles[j].s, final_particles[j].n))
					return n;
		}
		return an;
	}
	return an;
}

/* One record: a question added to its passage's group, or a failure. */
static int qgroup(struct conf *c, struct state *st, struct ko_rec *r)
{
	const char *field = r->run->opt->field, *ctx, *q, *a;
	size_t ctxn, qn, an = 0;
	int e = ko_task_text(&c->gen, r, field, 0, &ctx, &ctxn);
	if (e)
		return e == 1 ? ko_rec_fail(r, "no \"%s\" string", field) : e;
	if ((e = ko_task_text(&c->gen, r, "question", 1, &q, &qn)))
		return e == 1 ? ko_rec_fail(r, "no \"question\" string") : e;
	e = ko_task_text(&c->gen, r, "answer", 2, &a, &an);
	if (e == KO_REJECT)
		return e;
	if (e) {
		/* Only an absent or null answer means unanswerable; an answer of
		 * another type is a mistake, not a cannot-answer reply. */
		size_t rn;
		const char *raw = ko_rec_raw(r, "answer", &rn);
		if (raw && !(rn == 4 && !memcmp(raw, "null", 4)))
			return ko_rec_fail(r, "\"answer\" is not a string");
		an = 0;
	}
	/* a question whose licence --licenses refuses is asked in no task */
	if (!ko_task_licensed(&c->gen, r))
		return ko_rec_reject(r, "license");
	size_t span_s = 0, span_e = an ? answer_span(r, ctx, ctxn, a, an, &span_s) : 0;
	trim(&ctx, &ctxn);
	trim(&q, &qn);
	if (an) {
		trim(&a, &an);
		size_t bare = bare_answer(ctx, ctxn, q, qn, a, an);
		if (span_e && bare < an)
			span_e -= ko_utf8_count(a + bare, an - bare);
		an = bare;
	}
	/* the tasks ask for the answer from the passage (some wordings: in
	 * its very words), and a borrowed question counts as unanswerable
	 * where its answer is absent: an answer the passage does not hold
	 * would teach a model to make one up */
	if (an && !find(ctx, ctxn, a, an))
		return ko_rec_fail(r, "answer not in the passage (as its bytes: ko-norm both fields alike)");
	int mk = ko_task_markup(q, qn);
	if (!mk)
		mk = ko_task_markup(a, an);
	if (mk)
		return ko_rec_reject(r, ko_task_markup_reason(mk));
	/* nor a word its source hid (??가, sera****) in the question or the
	 * answer; the passage may show one as its content (k2**** 형식) */
	size_t at;
	if (ko_placeholder_hidden(q, qn, &at) || (an && ko_placeholder_hidden(a, an, &at)))
		return ko_rec_reject(r, KO_TASK_HIDDEN);
	struct group *g = group_of(c, st, r, ctx, ctxn);
	if (g->n == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 16;
		g->qa = ko_xrealloc(g->qa, cap * sizeof *g->qa);
		memset(g->qa + g->cap, 0, (cap - g->cap) * sizeof *g->qa);
		g->cap = cap;
	}
	struct qa *x = &g->qa[g->n++];
	keep_record(x, r);
	x->q = keep_squeezed(g, q, qn, &x->qn);
	x->a = keep(g, a, an), x->an = an;
	x->span_s = span_s, x->span_e = span_e;
	return 0;
}

/* At the end of the input: the groups still open. */
static void qgroup_end(struct conf *c, struct state *st)
{
	for (size_t i = 0; i < st->nopen; i++)
		flush(c, st, st->open[i]);
	st->nopen = 0;
	/* The run's counts are of questions in and tasks out: say where the
	 * questions went that were neither rejected nor a task of their own. */
	if (!c->single && st->grouped)
		ko_warn("%zu question%s asked in the tasks", st->grouped, st->grouped == 1 ? "" : "s");
	if (st->reopened)
		ko_warn("%zu passage%s came back after %s group was closed (first at %s), so %s "
		        "questions are split over more tasks than needed: sort the input by passage, "
		        "or raise --window", st->reopened, st->reopened == 1 ? "" : "s",
		        st->reopened == 1 ? "its" : "their", st->reopened_at.p,
		        st->reopened == 1 ? "its" : "their");
	if (st->neg_wanted)
		ko_warn("unanswerable questions: %zu of %zu drawn were added, %zu from other passages "
		        "of the same article, %zu from untitled passages sharing a word%s",
		        st->neg_added, st->neg_wanted, st->neg_same, st->neg_added - st->neg_same,
		        st->neg_wanted > st->neg_added
		            ? "; for the rest no question of another passage of the same article (or, "
		              "untitled, sharing a word) had its answer absent"
		            : "");
}

static void free_group(struct group *g)
{
	for (size_t i = 0; i < g->cap; i++) {
		ko_buf_free(&g->qa[i].line);
		free(g->qa[i].tok);
	}
	free(g->qa);
	ko_buf_free(&g->b);
	free(g);
}

static void free_state(struct state *st)
{
	for (size_t i = 0; i < st->nopen; i++)
		free_group(st->open[i]);
	for (size_t i = 0; i < st->nidle; i++)
		free_group(st->idle[i]);
	free(st->open);
	free(st->idle);
	free(st->closed);
	ko_buf_free(&st->reopened_at);
	for (size_t i = 0; i < POOL; i++) {
		ko_buf_free(&st->pool[i].q);
		ko_buf_free(&st->pool[i].a);
		ko_buf_free(&st->pool[i].title);
		ko_buf_free(&st->pool[i].id);
		ko_buf_free(&st->pool[i].lic);
		ko_buf_free(&st->pool[i].src);
		ko_buf_free(&st->pool[i].doc);
		ko_buf_free(&st->pool[i].keys);
		ko_buf_free(&st->pool[i].na);
		ko_buf_free(&st->pool[i].nq);
		ko_buf_free(&st->pool[i].words);
	}
	free(st->items);
	free(st->lent);
	free(st->keys);
	free(st->bg);
	free(st->bgat);
	free(st->naat);
	free(st->drop);
	free(st->clash);
	free(st->task_of);
	free(st->tsize);
	free(st->troom);
	free(st->order);
	free(st->nqat);
	free(st->ans);
	free(st->qwat);
	free(st->qwn);
	ko_buf_free(&st->qw);
	ko_buf_free(&st->nq);
	ko_buf_free(&st->na);
	ko_buf_free(&st->nctx);
	ko_buf_free(&st->qs);
	ko_buf_free(&st->as);
	ko_buf_free(&st->neg);
}

static const char *const default_fields[] = {"context", NULL};

static const struct ko_tool tool = {
	.name = "ko-qgroup",
	.json_only = 1,
	.usage = "[--max-questions N] [--min-questions N] [--window N] [--shuffle]\n"
	         "                 [--unanswerable RATE [--group-cut CHARS]] [--single]\n"
	         "                 [--near-dup J|off]\n"
	         "                 [--template FILE] [--system TEXT|auto] [--context-in WHERE]\n"
	         "                 [--keep-fields] [--licenses RULE]\n"
	         "                 [-f FIELD] [shared options] [FILE...]",
	.help = "Group QA records (context, question, answer; as ko-import squad writes them)\n"
	        "by passage and write reading tasks: the passage, numbered questions and\n"
	        "numbered answers, or one question per task with --single.\n"
	        "\n"
	        "      --max-questions N split larger groups into tasks of at most N questions\n"
	        "      --min-questions N drop smaller groups into --rejects (default 1)\n"
	        "      --window N        keep N groups open, for inputs whose questions on one\n"
	        "                        passage are not adjacent (default: consecutive only)\n"
	        "      --shuffle         shuffle the questions of each task (seeded)\n"
	        "      --unanswerable RATE  per question, with this chance add a question from\n"
	        "                        another passage whose answer is absent from this one,\n"
	        "                        answered with the cannot-answer reply; from other\n"
	        "                        passages of the same article (title) only, or of an\n"
	        "                        untitled passage from one sharing a word with it;\n"
	        "                        under the same license and source only\n"
	        "      --group-cut CHARS borrow only from passages whose tasks a split by id\n"
	        "                        cut at the first of CHARS (ko-mix --group-cut)\n"
	        "                        puts in the group of this passage's tasks\n"
	        "      --single          one question per task (retrieval QA)\n"
	        "      --near-dup J|off  drop a question whose answer and wording repeat an\n"
	        "                        earlier one of its passage: the same answer and\n"
	        "                        bigram Jaccard of the wording at least J (default\n"
	        "                        0.3), or the same wording (into --rejects)\n"
	        "      --template FILE   TASK<TAB>INSTRUCTION[<TAB>INPUT[<TAB>OUTPUT]] lines for\n"
	        "                        qgroup, qgroup-single; qgroup-unknown<TAB>REPLY\n"
	        "      --system TEXT     add a system field with TEXT; auto: one of the task's\n"
	        "                        system prompts, picked per record\n"
	        "      --context-in WHERE  the passage goes in the input (default) or after\n"
	        "                        the instruction\n"
	        "      --keep-fields     copy the first record's other fields\n"
	        "      --licenses RULE   derive only from records whose license the rules\n"
	        "                        allow: commercial, allow:ID,..., deny:ID,...\n",
	.longopts = longopts,
	.default_fields = default_fields,
	.field_help = "the passage field (default context)",
};

int main(int argc, char **argv)
{
	struct conf c = {.min_q = 1,
	                 .near = 0.3,
	                 .consumed = {"context", "context_id", "question", "answer", "answers",
	                              "answer_start", "is_impossible"}};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (c.min_q > 1 && c.max_q && c.min_q > c.max_q)
		ko_usage("--min-questions is larger than --max-questions");
	/* (it says where negatives may be borrowed from: alone it would do
	 * nothing, and the user believe the split was kept apart) */
	if (c.cut && !(c.unans_rate > 0))
		ko_usage("--group-cut needs --unanswerable");
	c.consumed[7] = o.field;
	if (ko_task_init(&c.gen, tasks, NTASK) < 0)
		ko_fatal(c.gen.errcode, "%s", c.gen.err);
	struct ko_run run;
	ko_open(&run, &o);
	/* read for the span of --near-dup: a second value is a read key
	 * given twice */
	ko_run_reads_key(&run, "answer_start");
	struct state st = {.cut = c.cut};
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		qgroup(&c, &st, r);
	if (!run.stop)
		qgroup_end(&c, &st);
	free_state(&st);
	ko_task_notes(&c.gen, &run);
	ko_task_free(&c.gen);
	return ko_close(&run);
}
