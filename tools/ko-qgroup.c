/* ko-qgroup - multi-question reading tasks and retrieval QA from QA records. */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#include "ko.h"

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

struct conf {
	size_t max_q, min_q, window;
	int shuffle, single;
	double unans_rate;
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
	size_t q, qn, a, an; /* question, answer in the group's buffer; an == 0: none */
};

struct group {
	struct ko_buf b; /* passage, key, title, questions, answers; offsets below */
	size_t ctx, ctxn, key, keyn, title, titlen;
	uint64_t hash;
	struct qa *qa;
	size_t n, cap;
};

/* Answerable questions of flushed groups, from which --unanswerable
 * borrows; a ring, so memory stays bounded. */
#define POOL 512
struct pooled {
	struct ko_buf q, a;
	uint64_t hash;
};

/* One question of a task: real (index into the group) or borrowed. */
struct item {
	const char *q, *a; /* a == NULL: the cannot-answer reply */
	size_t qn, an;
	long qa;           /* index in the group, -1 for borrowed */
	size_t from;       /* borrowed: the question that drew it */
};

struct state {
	struct group **open, **idle; /* open: oldest first; idle: for reuse */
	size_t nopen, nidle;
	struct pooled pool[POOL];
	size_t npool, pool_next;
	size_t neg_added, neg_wanted;
	struct item *items; /* the task being built */
	size_t nitems, citems;
	struct ko_buf qs, as;
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
 * one. It parsed and was checked when read, so it parses again. */
static void keep_record(struct qa *x, const struct ko_rec *r)
{
	const char *why;
	ko_buf_clear(&x->line);
	ko_buf_add(&x->line, r->line, r->len);
	struct ko_json j = x->rec.json; /* its token arrays are reused */
	x->rec = (struct ko_rec){.line = x->line.p, .len = x->line.n, .file = r->file,
	                         .lineno = r->lineno, .is_json = 1, .parsed = 1, .json = j,
	                         .run = r->run};
	if (ko_json_parse(&x->rec.json, x->line.p, x->line.n, &why) < 0)
		x->rec.parsed = 0;
}

static void to_pool(struct state *st, const struct group *g)
{
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
		ko_buf_add(&p->q, g->b.p + x->q, x->qn);
		ko_buf_add(&p->a, g->b.p + x->a, x->an);
		p->hash = g->hash;
	}
}

static void add_item(struct state *st, const char *q, size_t qn, const char *a, size_t an,
                     long qa, size_t from)
{
	if (st->nitems == st->citems) {
		st->citems = st->citems ? st->citems * 2 : 32;
		st->items = ko_xrealloc(st->items, st->citems * sizeof *st->items);
	}
	st->items[st->nitems++] = (struct item){q, a, qn, an, qa, from};
}

static int has_question(const struct state *st, const char *q, size_t qn)
{
	for (size_t i = 0; i < st->nitems; i++)
		if (st->items[i].qn == qn && !memcmp(st->items[i].q, q, qn))
			return 1;
	return 0;
}

/* A question from another passage whose answer is not in this one. */
static const struct pooled *borrow(const struct state *st, const struct group *g,
                                   struct ko_rng *rng)
{
	const char *ctx = g->b.p + g->ctx;
	for (int tries = 0; tries < 16 && st->npool; tries++) {
		const struct pooled *p = &st->pool[ko_rng_below(rng, st->npool)];
		if (p->hash == g->hash || has_question(st, p->q.p, p->q.n))
			continue;
		if (memmem(ctx, g->ctxn, p->a.p, p->a.n))
			continue;
		return p;
	}
	return NULL;
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

/* The tasks of one chunk of a group: its questions from s on, len of them. */
static void chunk(struct conf *c, struct state *st, struct group *g, size_t s, size_t len)
{
	struct qa *first = &g->qa[s];
	struct ko_rng rng;
	ko_task_rng(&first->rec, &rng);
	st->nitems = 0;
	for (size_t i = s; i < s + len; i++) {
		const struct qa *x = &g->qa[i];
		add_item(st, g->b.p + x->q, x->qn, x->an ? g->b.p + x->a : NULL, x->an, (long)i, i);
	}
	size_t nreal = st->nitems;
	if (c->unans_rate > 0)
		for (size_t i = 0; i < nreal; i++) {
			if (ko_rng_unit(&rng) >= c->unans_rate)
				continue;
			st->neg_wanted++;
			const struct pooled *p = borrow(st, g, &rng);
			if (!p)
				continue;
			st->neg_added++;
			add_item(st, p->q.p, p->q.n, NULL, 0, -1, s + i);
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
	if (c->single) {
		for (size_t i = 0; i < st->nitems; i++) {
			const struct item *it = &st->items[i];
			v[3] = (struct ko_task_val){"question", it->q, it->qn};
			v[4] = (struct ko_task_val){"answer", it->a ? it->a : unk_t,
			                            it->a ? it->an : strlen(unk_t)};
			if (it->qa >= 0)
				ko_task_emit(&c->gen, &g->qa[it->qa].rec, &tasks[T_SINGLE], v, 5,
				             c->consumed);
			else
				ko_task_emit(&c->gen, &g->qa[it->from].rec, &tasks[T_NEG], v, 5,
				             c->consumed);
		}
		return;
	}
	struct ko_buf *qs = &st->qs, *as = &st->as;
	ko_buf_clear(qs);
	ko_buf_clear(as);
	for (size_t i = 0; i < st->nitems; i++) {
		const struct item *it = &st->items[i];
		ko_buf_addf(qs, "%s%zu. ", i ? "\n" : "", i + 1);
		add_line(qs, it->q, it->qn);
		ko_buf_addf(as, "%s%zu. ", i ? "\n" : "", i + 1);
		if (it->a)
			add_line(as, it->a, it->an);
		else
			ko_buf_adds(as, unk_t);
	}
	char cnt[24];
	snprintf(cnt, sizeof cnt, "%zu", st->nitems);
	v[3] = (struct ko_task_val){"questions", qs->p, qs->n};
	v[4] = (struct ko_task_val){"answers", as->p, as->n};
	v[5] = (struct ko_task_val){"count", cnt, strlen(cnt)};
	ko_task_emit(&c->gen, &first->rec, &tasks[T_MULTI], v, 6, c->consumed);
}

/* Write the tasks of a group, in chunks under --max-questions; a chunk
 * under --min-questions sends its records to --rejects. The group is then
 * idle, for reuse. */
static void flush(struct conf *c, struct state *st, struct group *g)
{
	size_t n = g->n;
	size_t k = c->max_q && n > c->max_q ? (n + c->max_q - 1) / c->max_q : 1;
	size_t base = n / k, extra = n % k, s = 0;
	for (size_t i = 0; i < k; i++) {
		size_t len = base + (i < extra);
		if (len >= c->min_q)
			chunk(c, st, g, s, len);
		else
			for (size_t q = s; q < s + len; q++)
				ko_rec_reject(&g->qa[q].rec, "fewer questions than --min-questions");
		s += len;
	}
	to_pool(st, g);
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

static int same(const struct group *g, uint64_t h, const char *key, size_t keyn,
                const char *ctx, size_t ctxn)
{
	return g->hash == h && g->keyn == keyn && g->ctxn == ctxn &&
	       !memcmp(g->b.p + g->key, key, keyn) && !memcmp(g->b.p + g->ctx, ctx, ctxn);
}

/* The open group of this passage; a new one when there is none, after
 * flushing the oldest if --window groups are open. */
static struct group *group_of(struct conf *c, struct state *st, struct ko_rec *r,
                              const char *ctx, size_t ctxn)
{
	size_t keyn = 0;
	const char *key = ko_rec_raw(r, "context_id", &keyn);
	if (!key)
		key = "", keyn = 0;
	uint64_t h = ko_hash64(ctx, ctxn, ko_hash64(key, keyn, 0));
	for (size_t i = st->nopen; i-- > 0;)
		if (same(st->open[i], h, key, keyn, ctx, ctxn))
			return st->open[i];
	if (st->nopen == (c->window ? c->window : 1)) {
		flush(c, st, st->open[0]);
		memmove(st->open, st->open + 1, (st->nopen - 1) * sizeof *st->open);
		st->nopen--;
	}
	struct group *g = new_group(st);
	g->hash = h;
	g->ctx = keep(g, ctx, ctxn), g->ctxn = ctxn;
	g->key = keep(g, key, keyn), g->keyn = keyn;
	const char *t;
	size_t tn;
	g->titlen = 0;
	if (ko_rec_text(r, "title", 3, &t, &tn) == 0)
		g->title = keep(g, t, tn), g->titlen = tn;
	return g;
}

/* One record: a question added to its passage's group, or a failure. */
static int qgroup(struct conf *c, struct state *st, struct ko_rec *r)
{
	if (!r->is_json)
		return ko_rec_fail(r, "not a JSON record (ko-qgroup reads QA records)");
	const char *field = r->run->opt->field, *ctx, *q, *a;
	size_t ctxn, qn, an = 0;
	int e = ko_rec_text(r, field, 0, &ctx, &ctxn);
	if (e)
		return e == 1 ? ko_rec_fail(r, "no \"%s\" string", field) : e;
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
	struct group *g = group_of(c, st, r, ctx, ctxn);
	if (g->n == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 16;
		g->qa = ko_xrealloc(g->qa, cap * sizeof *g->qa);
		memset(g->qa + g->cap, 0, (cap - g->cap) * sizeof *g->qa);
		g->cap = cap;
	}
	struct qa *x = &g->qa[g->n++];
	keep_record(x, r);
	x->q = keep(g, q, qn), x->qn = qn;
	x->a = keep(g, a, an), x->an = an;
	return 0;
}

/* At the end of the input: the groups still open. */
static void qgroup_end(struct conf *c, struct state *st)
{
	for (size_t i = 0; i < st->nopen; i++)
		flush(c, st, st->open[i]);
	st->nopen = 0;
	if (st->neg_wanted > st->neg_added)
		ko_warn("%zu of %zu unanswerable questions added (no question from another "
		        "passage with an absent answer for the rest)", st->neg_added, st->neg_wanted);
}

static void free_group(struct group *g)
{
	for (size_t i = 0; i < g->cap; i++) {
		ko_buf_free(&g->qa[i].line);
		ko_json_free(&g->qa[i].rec.json);
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
	for (size_t i = 0; i < POOL; i++) {
		ko_buf_free(&st->pool[i].q);
		ko_buf_free(&st->pool[i].a);
	}
	free(st->items);
	ko_buf_free(&st->qs);
	ko_buf_free(&st->as);
}

static const char *const default_fields[] = {"context", NULL};

static const struct ko_tool tool = {
	.name = "ko-qgroup",
	.json_only = 1,
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
	.default_fields = default_fields,
};

int main(int argc, char **argv)
{
	struct conf c = {.min_q = 1,
	                 .consumed = {"context", "context_id", "question", "answer", "answers",
	                              "answer_start", "is_impossible"}};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (c.min_q > 1 && c.max_q && c.min_q > c.max_q)
		ko_usage("--min-questions is larger than --max-questions");
	c.consumed[7] = o.field;
	if (ko_task_init(&c.gen, tasks, NTASK) < 0)
		ko_fatal(2, "%s", c.gen.err);
	struct ko_run run;
	ko_open(&run, &o);
	struct state st = {0};
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		qgroup(&c, &st, r);
	if (!run.stop)
		qgroup_end(&c, &st);
	free_state(&st);
	ko_task_free(&c.gen);
	return ko_close(&run);
}
