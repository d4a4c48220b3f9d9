/* ko-qgroup - multi-question reading tasks and retrieval QA from QA records. */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ko.h"
#include "qgroup-templates.h"

enum {
	OPT_MAX = 0x100, OPT_MIN, OPT_WINDOW, OPT_SHUFFLE, OPT_UNANS, OPT_SINGLE,
	OPT_TEMPLATE, OPT_SYSTEM, OPT_CONTEXT_IN, OPT_KEEP,
};

static const struct option longopts[] = {
	{"max-questions", required_argument, NULL, OPT_MAX},
	{"min-questions", required_argument, NULL, OPT_MIN},
	{"window", required_argument, NULL, OPT_WINDOW},
	{"shuffle", no_argument, NULL, OPT_SHUFFLE},
	{"unanswerable", required_argument, NULL, OPT_UNANS},
	{"single", no_argument, NULL, OPT_SINGLE},
	{"template", required_argument, NULL, OPT_TEMPLATE},
	{"system", required_argument, NULL, OPT_SYSTEM},
	{"context-in", required_argument, NULL, OPT_CONTEXT_IN},
	{"keep-fields", no_argument, NULL, OPT_KEEP},
	{0},
};

static size_t max_q, min_q = 1, window;
static int shuffle, single, keep_fields, ctx_in_instruction;
static double unans_rate;
static const char *template_file, *system_text;

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
	case OPT_TEMPLATE: template_file = arg; break;
	case OPT_SYSTEM: system_text = arg; break;
	case OPT_CONTEXT_IN:
		if (!strcmp(arg, "instruction"))
			ctx_in_instruction = 1;
		else if (strcmp(arg, "input"))
			ko_usage_error("--context-in: expected input or instruction, not '%s'", arg);
		break;
	case OPT_KEEP: keep_fields = 1; break;
	}
}

/* ---- templates ----
 * The layout of the generators' --template files (TASK<TAB>INSTRUCTION
 * [<TAB>INPUT[<TAB>OUTPUT]], \n \t \\ escapes, {name} placeholders, {{ }}
 * literal braces), kept apart from the grouping so that it can move into
 * the shared task module. */

enum { T_MULTI, T_SINGLE, T_UNKNOWN, NTASK };
static const char *const task_name[NTASK] = {"qgroup", "qgroup-single", "qgroup-unknown"};
static const char *const task_vars[NTASK] = {
	" context title questions answers count unknown ",
	" context title question answer unknown ",
	" ",
};
static const char *const task_input[NTASK] = {"{context}", "{context}", NULL};
static const char *const task_output[NTASK] = {"{answers}", "{answer}", NULL};

struct tpl {
	char *instruction, *input, *output; /* input, output: NULL for the default */
};
static struct tpl *tpls[NTASK];
static size_t ntpls[NTASK];

struct val {
	const char *name;
	const char *p;
	size_t n;
};

/* Check the placeholders of s against the task's names; NULL or a reason. */
static const char *check_tpl(const char *s, int task, char *err, size_t errn)
{
	for (const char *p = s; *p; p++) {
		if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}')) {
			p++;
			continue;
		}
		if (*p == '}') {
			snprintf(err, errn, "unmatched '}'");
			return err;
		}
		if (*p != '{')
			continue;
		const char *e = strchr(p, '}');
		if (!e) {
			snprintf(err, errn, "unclosed '{'");
			return err;
		}
		char name[64];
		size_t n = (size_t)(e - p - 1);
		if (n == 0 || n + 3 > sizeof name) {
			snprintf(err, errn, "bad placeholder");
			return err;
		}
		name[0] = ' ';
		memcpy(name + 1, p + 1, n);
		name[n + 1] = ' ';
		name[n + 2] = 0;
		if (!strstr(task_vars[task], name)) {
			snprintf(err, errn, "unknown placeholder {%.*s} for %s", (int)n, p + 1,
			         task_name[task]);
			return err;
		}
		p = e;
	}
	return NULL;
}

static void expand(struct ko_buf *out, const char *s, const struct val *v, int nv)
{
	while (*s) {
		const char *b = strpbrk(s, "{}");
		if (!b) {
			ko_buf_adds(out, s);
			return;
		}
		ko_buf_add(out, s, (size_t)(b - s));
		if (b[1] == *b) { /* {{ or }} */
			ko_buf_addc(out, *b);
			s = b + 2;
			continue;
		}
		const char *e = strchr(b, '}');
		size_t n = (size_t)(e - b - 1);
		for (int k = 0; k < nv; k++)
			if (strlen(v[k].name) == n && !memcmp(v[k].name, b + 1, n)) {
				ko_buf_add(out, v[k].p, v[k].n);
				break;
			}
		s = e + 1;
	}
}

static void add_tpl(int task, const char *instr, const char *input, const char *output)
{
	tpls[task] = ko_xrealloc(tpls[task], (ntpls[task] + 1) * sizeof **tpls);
	struct tpl *t = &tpls[task][ntpls[task]++];
	t->instruction = ko_xstrdup(instr);
	t->input = input ? ko_xstrdup(input) : NULL;
	t->output = output ? ko_xstrdup(output) : NULL;
}

/* \n, \t and \\ in a template file. */
static void unescape_tpl(char *s)
{
	char *o = s;
	for (; *s; s++) {
		if (*s == '\\' && (s[1] == 'n' || s[1] == 't' || s[1] == '\\')) {
			s++;
			*o++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : '\\';
		} else {
			*o++ = *s;
		}
	}
	*o = 0;
}

static void load_templates(void)
{
	int from_file[NTASK] = {0};
	if (template_file) {
		FILE *f = fopen(template_file, "r");
		if (!f) {
			fprintf(stderr, "%s: %s: %s\n", ko_progname, template_file, strerror(errno));
			exit(2);
		}
		char *line = NULL;
		size_t cap = 0, lineno = 0;
		ssize_t len;
		while ((len = getline(&line, &cap, f)) > 0) {
			lineno++;
			while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
				line[--len] = 0;
			char *ln = line;
			if (lineno == 1 && len >= 3 && !memcmp(ln, "\xEF\xBB\xBF", 3))
				ln += 3;
			if (!*ln || ln[0] == '#')
				continue;
			char *col[5] = {ln, NULL, NULL, NULL, NULL};
			int nc = 1;
			for (char *p = ln; (p = strchr(p, '\t')) && nc < 5; nc++) {
				*p++ = 0;
				col[nc] = p;
			}
			int task = -1;
			for (int k = 0; k < NTASK; k++)
				if (!strcmp(col[0], task_name[k]))
					task = k;
			char err[160];
			const char *why = NULL;
			if (task < 0)
				why = "unknown task (qgroup, qgroup-single or qgroup-unknown)";
			else if (nc < 2 || nc > 4 || (task == T_UNKNOWN && nc > 2))
				why = task == T_UNKNOWN ? "expected qgroup-unknown<TAB>REPLY"
				                        : "expected TASK<TAB>INSTRUCTION";
			for (int k = 1; k < nc && !why; k++) {
				unescape_tpl(col[k]);
				why = check_tpl(col[k], task, err, sizeof err);
			}
			if (why) {
				fprintf(stderr, "%s: %s:%zu: %s\n", ko_progname, template_file, lineno, why);
				exit(2);
			}
			if (!from_file[task]++)
				ntpls[task] = 0;
			add_tpl(task, col[1], nc > 2 ? col[2] : NULL, nc > 3 ? col[3] : NULL);
		}
		free(line);
		fclose(f);
	}
	for (size_t k = 0; k < sizeof qg_builtin / sizeof qg_builtin[0]; k++)
		for (int task = 0; task < NTASK; task++)
			if (!from_file[task] && !strcmp(qg_builtin[k].task, task_name[task]))
				add_tpl(task, qg_builtin[k].text, NULL, NULL);
}

/* ---- groups ---- */

struct qa {
	size_t line, linen;   /* the record, for rejects and --keep-fields */
	size_t q, qn, a, an;  /* question, answer (an == 0: not answerable) */
	size_t id, idn;       /* raw JSON id, idn == 0 when none */
	size_t lineno;
};

struct group {
	struct ko_buf b; /* every byte of the group; the fields below are offsets */
	size_t ctx, ctxn, key, keyn, title, titlen, src, srcn;
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

/* Raw JSON of a top-level field, or NULL. */
static const char *raw_field(const struct ko_rec *r, const char *name, size_t *n)
{
	int t = ko_json_get(&r->json, name);
	if (t < 0)
		return NULL;
	const struct ko_json_tok *k = &r->json.tok[t];
	int lo = k->type == KO_JSON_STRING ? k->start - 1 : k->start;
	int hi = k->type == KO_JSON_STRING ? k->end + 1 : k->end;
	*n = (size_t)(hi - lo);
	return r->json.s + lo;
}

/* Answerable questions of flushed groups, from which --unanswerable
 * borrows; a ring, so memory stays bounded. */
#define POOL 512
static struct pooled {
	struct ko_buf q, a;
	uint64_t hash;
} pool[POOL];
static size_t npool, pool_next;
static size_t neg_added, neg_wanted, groups_out, tasks_out, small_dropped;

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
};
static struct item *items;
static size_t nitems, citems;

static void add_item(const char *q, size_t qn, const char *a, size_t an, long qa)
{
	if (nitems == citems) {
		citems = citems ? citems * 2 : 32;
		items = ko_xrealloc(items, citems * sizeof *items);
	}
	items[nitems++] = (struct item){q, a, qn, an, qa};
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

static struct ko_buf out, ins, inp, outp, qs, as, idb, tmp;

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
static struct ko_json kj;

/* The id of the task: the first question's id with a suffix. */
static void task_id(const struct group *g, const struct qa *x, const char *suffix)
{
	ko_buf_clear(&idb);
	if (!x || !x->idn)
		return;
	const char *p = g->b.p + x->id;
	const char *why;
	if (*p == '"')
		ko_json_unescape(&idb, p + 1, x->idn - 2, &why);
	else
		ko_buf_add(&idb, p, x->idn);
	ko_buf_adds(&idb, suffix);
}

static void emit(const struct group *g, const struct qa *first, int task, const struct val *v,
                 int nv, struct ko_rng *rng)
{
	const struct tpl *t = &tpls[task][ko_rng_below(rng, ntpls[task])];
	ko_buf_clear(&ins);
	ko_buf_clear(&inp);
	ko_buf_clear(&outp);
	expand(&ins, t->instruction, v, nv);
	expand(&inp, t->input ? t->input : task_input[task], v, nv);
	expand(&outp, t->output ? t->output : task_output[task], v, nv);
	if (ctx_in_instruction && !t->input && inp.n) {
		ko_buf_adds(&ins, "\n\n");
		ko_buf_add(&ins, inp.p, inp.n);
		ko_buf_clear(&inp);
	}
	ko_buf_clear(&out);
	ko_buf_adds(&out, "{\"instruction\":");
	ko_json_quote(&out, ins.p ? ins.p : "", ins.n);
	ko_buf_adds(&out, ",\"input\":");
	ko_json_quote(&out, inp.p ? inp.p : "", inp.n);
	ko_buf_adds(&out, ",\"output\":");
	ko_json_quote(&out, outp.p ? outp.p : "", outp.n);
	ko_buf_adds(&out, ",\"task\":");
	ko_json_quotes(&out, task_name[task]);
	if (idb.n) {
		ko_buf_adds(&out, ",\"id\":");
		ko_json_quote(&out, idb.p, idb.n);
	}
	if (g->srcn) {
		ko_buf_adds(&out, ",\"source\":");
		ko_buf_add(&out, g->b.p + g->src, g->srcn);
	}
	if (system_text) {
		ko_buf_adds(&out, ",\"system\":");
		ko_json_quotes(&out, system_text);
	}
	if (keep_fields && first) {
		/* The first record's other fields, as they are. */
		static const char *const used[] = {
			"instruction", "input", "output", "task", "id", "source", "system",
			"context", "context_id", "question", "answer", "answers", "answer_start",
			"is_impossible", NULL,
		};
		const char *why;
		if (ko_json_parse(&kj, g->b.p + first->line, first->linen, &why) == 0) {
			int i = 1;
			for (int m = 0; m < kj.tok[0].size; m++) {
				int k = i, val = i + 1;
				i = ko_json_skip(&kj, val);
				ko_buf_clear(&tmp);
				if (ko_json_str(&kj, k, &tmp, &why) < 0)
					continue;
				int skip = !strcmp(tmp.p, ctx_field);
				for (int u = 0; used[u] && !skip; u++)
					skip = !strcmp(tmp.p, used[u]);
				if (skip)
					continue;
				const struct ko_json_tok *kt = &kj.tok[k], *vt = &kj.tok[val];
				int hi = vt->type == KO_JSON_STRING ? vt->end + 1 : vt->end;
				ko_buf_addc(&out, ',');
				ko_buf_add(&out, kj.s + kt->start - 1, (size_t)(hi - (kt->start - 1)));
			}
		}
	}
	ko_buf_addc(&out, '}');
	ko_emit(out.p, out.n);
	tasks_out++;
}

/* Under --min-questions: the chunk's records go to --rejects. */
static void reject_chunk(const struct group *g, size_t s, size_t len)
{
	char reason[96];
	snprintf(reason, sizeof reason, "%zu question%s in the group, fewer than --min-questions %zu",
	         len, len == 1 ? "" : "s", min_q);
	for (size_t i = s; i < s + len; i++) {
		const struct qa *x = &g->qa[i];
		struct ko_rec r = {.line = g->b.p + x->line, .len = x->linen, .file = g->file,
		                   .lineno = x->lineno, .is_json = 1};
		const char *why;
		if (ko_json_parse(&r.json, r.line, r.len, &why) < 0)
			r.json.ntok = 0;
		ko_rec_reject(&r, reason);
		ko_json_free(&r.json);
	}
	small_dropped += len;
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
		ko_rng_seed(&rng, ko_mix64(ko_opt.seed,
		                           first->idn ? ko_hash64(g->b.p + first->id, first->idn, 0x6964)
		                                      : ko_hash64(g->b.p + first->line, first->linen, 0x6c6e)));
		nitems = 0;
		for (size_t i = s; i < s + len; i++) {
			const struct qa *x = &g->qa[i];
			add_item(g->b.p + x->q, x->qn, x->an ? g->b.p + x->a : NULL, x->an, (long)i);
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
				add_item(p->q.p, p->q.n, NULL, 0, -1);
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
		const char *unk_t = tpls[T_UNKNOWN][ko_rng_below(&rng, ntpls[T_UNKNOWN])].instruction;
		struct val v[6] = {
			{"context", g->b.p + g->ctx, g->ctxn},
			{"title", g->titlen ? g->b.p + g->title : "", g->titlen},
			{"unknown", unk_t, strlen(unk_t)},
		};
		if (single) {
			size_t nneg = 0;
			for (size_t i = 0; i < nitems; i++) {
				const struct item *it = &items[i];
				const struct qa *x = it->qa >= 0 ? &g->qa[it->qa] : NULL;
				char suf[48] = "/qgroup-single";
				if (!x)
					snprintf(suf, sizeof suf, "/qgroup-single-neg%zu", ++nneg);
				task_id(g, x ? x : first, suf);
				v[3] = (struct val){"question", it->q, it->qn};
				v[4] = (struct val){"answer", it->a ? it->a : unk_t, it->a ? it->an : strlen(unk_t)};
				emit(g, x ? x : first, T_SINGLE, v, 5, &rng);
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
			v[3] = (struct val){"questions", qs.p, qs.n};
			v[4] = (struct val){"answers", as.p, as.n};
			v[5] = (struct val){"count", cnt, strlen(cnt)};
			task_id(g, first, "/qgroup");
			emit(g, first, T_MULTI, v, 6, &rng);
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
	if (e)
		an = 0;
	size_t keyn = 0, idn = 0, srcn = 0;
	const char *key = raw_field(r, "context_id", &keyn);
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
		const char *src = raw_field(r, "source", &srcn);
		g->src = keep(g, src ? src : "", src ? srcn : 0), g->srcn = src ? srcn : 0;
	}
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 16;
		g->qa = ko_xrealloc(g->qa, g->cap * sizeof *g->qa);
	}
	struct qa *x = &g->qa[g->n++];
	const char *id = ko_rec_id_raw(r, &idn);
	x->lineno = r->lineno;
	x->line = keep(g, r->line, r->len), x->linen = r->len;
	x->q = keep(g, q, qn), x->qn = qn;
	x->a = keep(g, a, an), x->an = an;
	x->id = keep(g, id ? id : "", id ? idn : 0), x->idn = id ? idn : 0;
	return 0;
}

static void qgroup_finish(void)
{
	for (size_t i = 0; i < nopen; i++) {
		flush(open_g[i]);
		release(open_g[i]);
	}
	nopen = 0;
	if (small_dropped)
		ko_warn("%zu question%s in groups below --min-questions %zu dropped%s%s", small_dropped,
		        small_dropped == 1 ? "" : "s", min_q, ko_opt.rejects ? " into " : "",
		        ko_opt.rejects ? ko_opt.rejects : "");
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
	load_templates();
	return ko_run(&tool, argc, argv, first);
}
