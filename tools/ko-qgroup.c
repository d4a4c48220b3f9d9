/* ko-qgroup - multi-question reading tasks and retrieval QA from QA records. */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ko.h"
#include "task.h"

enum { OPT_MAX = 0x100, OPT_MIN, OPT_WINDOW, OPT_SHUFFLE, OPT_UNANS, OPT_SINGLE };

static const struct option longopts[] = {
	{"max-questions", required_argument, NULL, OPT_MAX},
	{"min-questions", required_argument, NULL, OPT_MIN},
	{"window", required_argument, NULL, OPT_WINDOW},
	{"shuffle", no_argument, NULL, OPT_SHUFFLE},
	{"unanswerable", required_argument, NULL, OPT_UNANS},
	{"single", no_argument, NULL, OPT_SINGLE},
	/* The task module's options, but not its --share routing: that slices
	 * the stream per record and would cut groups apart. */
	{"template", required_argument, NULL, KO_OPT_TEMPLATE},
	{"system", required_argument, NULL, KO_OPT_SYSTEM},
	{"context-in", required_argument, NULL, KO_OPT_CONTEXT_IN},
	{"keep-fields", no_argument, NULL, KO_OPT_KEEP},
	{0},
};

static size_t max_q, min_q = 1, window;
static int shuffle, single;
static double unans_rate;

static size_t parse_count(const char *opt, const char *arg, size_t lo)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(arg, &end, 10);
	if (errno || end == arg || *end || *arg == '-' || v < lo || v > 1000000)
		ko_usage_error("%s: expected %zu to 1000000, not '%s'", opt, lo, arg);
	return v;
}

static void option(int c, const char *arg)
{
	char *end;
	switch (c) {
	case OPT_MAX: max_q = parse_count("--max-questions", arg, 1); break;
	case OPT_MIN: min_q = parse_count("--min-questions", arg, 1); break;
	case OPT_WINDOW: window = parse_count("--window", arg, 1); break;
	case OPT_SHUFFLE: shuffle = 1; break;
	case OPT_SINGLE: single = 1; break;
	case OPT_UNANS:
		unans_rate = strtod(arg, &end);
		if (end == arg || *end || !(unans_rate >= 0 && unans_rate <= 1))
			ko_usage_error("--unanswerable: expected a rate from 0 to 1, not '%s'", arg);
		break;
	default: ko_task_option(c, arg);
	}
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

/* ---- groups ---- */

struct qa {
	size_t line, linen;   /* the record, for rejects and --keep-fields */
	size_t q, qn, a, an;  /* question, answer (an == 0: not answerable) */
	size_t lineno;
};

struct group {
	struct ko_buf b; /* every byte of the group; the fields below are offsets */
	size_t ctx, ctxn, key, keyn, title, titlen;
	uint64_t hash;
	const char *file;
	struct qa *qa;
	size_t n, cap;
};

static struct group **open_g, **free_g;
static size_t nopen, nfree;
static const char *ctx_field = "context";

static size_t keep(struct group *g, const char *p, size_t n)
{
	size_t at = g->b.n;
	ko_buf_add(&g->b, p, n);
	return at;
}

/* Answerable questions of flushed groups, from which --unanswerable
 * borrows; a ring, so memory stays bounded. */
#define POOL 512
static struct pooled {
	struct ko_buf q, a;
	uint64_t hash;
} pool[POOL];
static size_t npool, pool_next;
static size_t neg_added, neg_wanted, groups_out, tasks_out;

static void to_pool(const struct group *g)
{
	for (size_t i = 0; i < g->n; i++) {
		const struct qa *x = &g->qa[i];
		if (!x->an)
			continue;
		struct pooled *p = &pool[pool_next];
		pool_next = (pool_next + 1) % POOL;
		if (npool < POOL)
			npool++;
		ko_buf_clear(&p->q);
		ko_buf_clear(&p->a);
		ko_buf_add(&p->q, g->b.p + x->q, x->qn);
		ko_buf_add(&p->a, g->b.p + x->a, x->an);
		p->hash = g->hash;
	}
}

/* One question of a task: real (index into the group) or borrowed. */
struct item {
	const char *q, *a; /* a == NULL: the cannot-answer reply */
	size_t qn, an;
	long qa;           /* index in the group, -1 for borrowed */
	size_t from;       /* borrowed: the question that drew it */
};
static struct item *items;
static size_t nitems, citems;

static void add_item(const char *q, size_t qn, const char *a, size_t an, long qa, size_t from)
{
	if (nitems == citems) {
		citems = citems ? citems * 2 : 32;
		items = ko_xrealloc(items, citems * sizeof *items);
	}
	items[nitems++] = (struct item){q, a, qn, an, qa, from};
}

static int has_question(const char *q, size_t qn)
{
	for (size_t i = 0; i < nitems; i++)
		if (items[i].qn == qn && !memcmp(items[i].q, q, qn))
			return 1;
	return 0;
}

/* A question from another passage whose answer is not in this one. */
static const struct pooled *borrow(const struct group *g, struct ko_rng *rng)
{
	const char *ctx = g->b.p + g->ctx;
	for (int tries = 0; tries < 16 && npool; tries++) {
		const struct pooled *p = &pool[ko_rng_below(rng, npool)];
		if (p->hash == g->hash || has_question(p->q.p, p->q.n))
			continue;
		if (memmem(ctx, g->ctxn, p->a.p, p->a.n))
			continue;
		return p;
	}
	return NULL;
}

static struct ko_buf qs, as;

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

/* The record of question x, parsed again for the task module (its id,
 * source, seed and --keep-fields). */
static struct ko_rec rec;

static struct ko_rec *record_of(const struct group *g, const struct qa *x)
{
	const char *why;
	rec.line = g->b.p + x->line;
	rec.len = x->linen;
	rec.file = g->file;
	rec.lineno = x->lineno;
	rec.is_json = 1;
	if (ko_json_parse(&rec.json, rec.line, rec.len, &why) < 0)
		rec.json.ntok = 0; /* it parsed when read; cannot happen */
	return &rec;
}

static const char *consumed[] = {
	"context", "context_id", "question", "answer", "answers", "answer_start", "is_impossible",
	NULL, NULL,
};

static void emit(const struct group *g, const struct qa *x, int task, const struct ko_task_val *v,
                 int nv)
{
	ko_task_emit(record_of(g, x), &tasks[task], v, nv, consumed);
	tasks_out++;
}

/* Under --min-questions: the chunk's records go to --rejects. */
static void reject_chunk(const struct group *g, size_t s, size_t len)
{
	for (size_t i = s; i < s + len; i++)
		ko_task_reject(record_of(g, &g->qa[i]), "fewer questions than --min-questions");
}

static void flush(struct group *g)
{
	size_t n = g->n;
	size_t k = max_q && n > max_q ? (n + max_q - 1) / max_q : 1;
	size_t base = n / k, extra = n % k, s = 0;
	groups_out++;
	for (size_t c = 0; c < k; c++) {
		size_t len = base + (c < extra);
		const struct qa *first = &g->qa[s];
		if (len < min_q) {
			reject_chunk(g, s, len);
			s += len;
			continue;
		}
		struct ko_rng rng;
		ko_task_rng(record_of(g, first), &rng);
		nitems = 0;
		for (size_t i = s; i < s + len; i++) {
			const struct qa *x = &g->qa[i];
			add_item(g->b.p + x->q, x->qn, x->an ? g->b.p + x->a : NULL, x->an, (long)i, i);
		}
		size_t nreal = nitems;
		if (unans_rate > 0)
			for (size_t i = 0; i < nreal; i++) {
				if (ko_rng_unit(&rng) >= unans_rate)
					continue;
				neg_wanted++;
				const struct pooled *p = borrow(g, &rng);
				if (!p)
					continue;
				neg_added++;
				add_item(p->q.p, p->q.n, NULL, 0, -1, s + i);
				if (!shuffle && !single) {
					/* Put it among the real questions, not always last. */
					size_t at = ko_rng_below(&rng, nitems);
					struct item tmpi = items[nitems - 1];
					memmove(items + at + 1, items + at, (nitems - 1 - at) * sizeof *items);
					items[at] = tmpi;
				}
			}
		if (shuffle)
			ko_rng_shuffle(&rng, items, nitems, sizeof *items);
		const char *unk_t = ko_task_wording(&tasks[T_UNKNOWN], ko_rng_next(&rng));
		struct ko_task_val v[6] = {
			{"context", g->b.p + g->ctx, g->ctxn},
			{"title", g->titlen ? g->b.p + g->title : "", g->titlen},
			{"unknown", unk_t, strlen(unk_t)},
		};
		if (single) {
			for (size_t i = 0; i < nitems; i++) {
				const struct item *it = &items[i];
				v[3] = (struct ko_task_val){"question", it->q, it->qn};
				v[4] = (struct ko_task_val){"answer", it->a ? it->a : unk_t,
				                            it->a ? it->an : strlen(unk_t)};
				if (it->qa >= 0)
					emit(g, &g->qa[it->qa], T_SINGLE, v, 5);
				else
					emit(g, &g->qa[it->from], T_NEG, v, 5);
			}
		} else {
			ko_buf_clear(&qs);
			ko_buf_clear(&as);
			for (size_t i = 0; i < nitems; i++) {
				const struct item *it = &items[i];
				ko_buf_addf(&qs, "%s%zu. ", i ? "\n" : "", i + 1);
				add_line(&qs, it->q, it->qn);
				ko_buf_addf(&as, "%s%zu. ", i ? "\n" : "", i + 1);
				if (it->a)
					add_line(&as, it->a, it->an);
				else
					ko_buf_adds(&as, unk_t);
			}
			char cnt[24];
			snprintf(cnt, sizeof cnt, "%zu", nitems);
			v[3] = (struct ko_task_val){"questions", qs.p, qs.n};
			v[4] = (struct ko_task_val){"answers", as.p, as.n};
			v[5] = (struct ko_task_val){"count", cnt, strlen(cnt)};
			emit(g, first, T_MULTI, v, 6);
		}
		s += len;
	}
	to_pool(g);
}

static struct group *new_group(void)
{
	struct group *g = nfree ? free_g[--nfree] : ko_xcalloc(1, sizeof *g);
	ko_buf_clear(&g->b);
	g->n = 0;
	return g;
}

static void release(struct group *g)
{
	free_g = ko_xrealloc(free_g, (nfree + 1) * sizeof *free_g);
	free_g[nfree++] = g;
}

static int same(const struct group *g, uint64_t h, const char *key, size_t keyn,
                const char *ctx, size_t ctxn)
{
	return g->hash == h && g->keyn == keyn && g->ctxn == ctxn &&
	       !memcmp(g->b.p + g->key, key, keyn) && !memcmp(g->b.p + g->ctx, ctx, ctxn);
}

static int qgroup_record(struct ko_rec *r)
{
	if (!r->is_json)
		return ko_rec_fail(r, "not a JSON record (ko-qgroup reads QA records)");
	const char *ctx, *q, *a;
	size_t ctxn, qn, an = 0;
	int e = ko_rec_text(r, ctx_field, 0, &ctx, &ctxn);
	if (e)
		return e == 1 ? ko_rec_fail(r, "no \"%s\" string", ctx_field) : e;
	if ((e = ko_rec_text(r, "question", 1, &q, &qn)))
		return e == 1 ? ko_rec_fail(r, "no \"question\" string") : e;
	e = ko_rec_text(r, "answer", 2, &a, &an);
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
	size_t keyn = 0;
	const char *key = ko_rec_raw(r, "context_id", &keyn);
	if (!key)
		key = "", keyn = 0;
	uint64_t h = ko_hash64(ctx, ctxn, ko_hash64(key, keyn, 0));

	struct group *g = NULL;
	for (size_t i = nopen; i-- > 0;)
		if (same(open_g[i], h, key, keyn, ctx, ctxn)) {
			g = open_g[i];
			break;
		}
	if (!g) {
		size_t limit = window ? window : 1;
		if (nopen == limit) {
			flush(open_g[0]);
			release(open_g[0]);
			memmove(open_g, open_g + 1, (nopen - 1) * sizeof *open_g);
			nopen--;
		}
		g = new_group();
		open_g = ko_xrealloc(open_g, (nopen + 1) * sizeof *open_g);
		open_g[nopen++] = g;
		g->hash = h;
		g->file = r->file;
		g->ctx = keep(g, ctx, ctxn), g->ctxn = ctxn;
		g->key = keep(g, key, keyn), g->keyn = keyn;
		const char *t;
		size_t tn;
		g->titlen = 0;
		if (ko_rec_text(r, "title", 3, &t, &tn) == 0)
			g->title = keep(g, t, tn), g->titlen = tn;
	}
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 16;
		g->qa = ko_xrealloc(g->qa, g->cap * sizeof *g->qa);
	}
	struct qa *x = &g->qa[g->n++];
	x->lineno = r->lineno;
	x->line = keep(g, r->line, r->len), x->linen = r->len;
	x->q = keep(g, q, qn), x->qn = qn;
	x->a = keep(g, a, an), x->an = an;
	return 0;
}

static void qgroup_finish(void)
{
	for (size_t i = 0; i < nopen; i++) {
		flush(open_g[i]);
		release(open_g[i]);
	}
	nopen = 0;
	if (neg_wanted > neg_added)
		ko_warn("%zu of %zu unanswerable questions added (no question from another "
		        "passage with an absent answer for the rest)", neg_added, neg_wanted);
}

static const struct ko_tool tool = {
	.name = "ko-qgroup",
	.usage = "[--max-questions N] [--min-questions N] [--window N] [--shuffle]\n"
	         "                 [--unanswerable RATE] [--single] [--template FILE]\n"
	         "                 [--system TEXT] [--context-in WHERE] [--keep-fields]\n"
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
	        "                        answered with the cannot-answer reply\n"
	        "      --single          one question per task (retrieval QA)\n"
	        "      --template FILE   TASK<TAB>INSTRUCTION[<TAB>INPUT[<TAB>OUTPUT]] lines for\n"
	        "                        qgroup, qgroup-single; qgroup-unknown<TAB>REPLY\n"
	        "      --system TEXT     add a system field with TEXT\n"
	        "      --context-in WHERE  the passage goes in the input (default) or after\n"
	        "                        the instruction\n"
	        "      --keep-fields     copy the first record's other fields\n"
	        "  -f, --field NAME      the passage field (default context)\n",
	.longopts = longopts,
	.option = option,
	.record = qgroup_record,
	.finish = qgroup_finish,
};

int main(int argc, char **argv)
{
	int first = ko_cli_parse(&tool, argc, argv);
	if (ko_opt.nfields > 1)
		ko_usage_error("only one -f field");
	if (ko_opt.nfields)
		ctx_field = ko_opt.fields[0];
	if (min_q > 1 && max_q && min_q > max_q)
		ko_usage_error("--min-questions is larger than --max-questions");
	consumed[7] = ctx_field;
	ko_task_init(tasks, NTASK);
	return ko_run(&tool, argc, argv, first);
}
