/* task.c - templates, the task record, rejects and the --share slice
 * shared by the task generators. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "ko.h"
#include "task_words.h"

/* One usable template of a task. input and output are NULL when the
 * template gives only the instruction. */
/* A piece of an instruction made ready (ko_task_init): bytes written as
 * they stand, then a placeholder's value, quoted (var NULL: none). */
struct piece {
	size_t lit, litn; /* in the tmpl's lit */
	const char *var;
	size_t varn;
};

struct tmpl {
	const char *instruction, *input, *output;
	char *owned[3]; /* what a --template file allocated, freed by ko_task_free */
	/* the instruction as expand(..., quoted) reads it, read once: its
	 * text between placeholders quoted in lit, the pieces in order (a
	 * task record is written a few thousand instructions, the
	 * instruction's scan and quoting were a third of them) */
	struct ko_buf lit;
	struct piece *pieces;
	size_t npieces;
};
static void ready_pieces(struct tmpl *t);

struct task_tmpls {
	const struct ko_task *task;
	struct tmpl *t;
	size_t n;
	const char **sys; /* --system auto: the task's system prompts */
	char **sysown;    /* those a --template file allocated */
	size_t nsys;
};

/* A bad option value: the message goes to g->err, the caller makes it a
 * usage error (g->errcode 2; a --template file's content sets 1). */
static int bad(struct ko_gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int bad(struct ko_gen *g, const char *fmt, ...)
{
	va_list ap;
	g->errcode = 2;
	va_start(ap, fmt);
	vsnprintf(g->err, sizeof g->err, fmt, ap);
	va_end(ap);
	return -1;
}

static int parse_frac(const char *s, const char *end, double *v)
{
	char *e;
	errno = 0;
	*v = strtod(s, &e);
	return errno || e != end || e == s || !(*v >= 0 && *v <= 1) ? -1 : 0;
}

static int parse_count(const char *s, const char *end, size_t *v)
{
	char *e;
	errno = 0;
	unsigned long long x = strtoull(s, &e, 10);
	*v = (size_t)x;
	return errno || e != end || e == s || *s == '-' ? -1 : 0;
}

int ko_task_option(struct ko_gen *g, int c, const char *arg)
{
	const char *colon;
	struct ko_task_rule *ru = &g->rule[g->lastrule];
	switch (c) {
	case KO_OPT_TEMPLATE: g->template_file = arg; return 1;
	case KO_OPT_SYSTEM:
		g->system_auto = !strcmp(arg, "auto");
		g->system_text = g->system_auto ? NULL : arg;
		return 1;
	case KO_OPT_UNUSED:
		if (!strcmp(arg, "pass"))
			g->pass_unused = 1;
		else if (!strcmp(arg, "reject"))
			g->pass_unused = 0;
		else
			return bad(g, "--unused: expected reject or pass, not '%s'", arg);
		return 1;
	case KO_OPT_LICENSES:
		return ko_license_rule(&g->licenses, arg, g->err, sizeof g->err) < 0 ? -1 : 1;
	case KO_OPT_KEEP: g->keep_fields = 1; return 1;
	case KO_OPT_CONTEXT_IN:
		if (!strcmp(arg, "instruction"))
			g->context_in_instruction = 1, g->context_in_input = 0;
		else if (!strcmp(arg, "input"))
			g->context_in_instruction = 0, g->context_in_input = 1;
		else
			return bad(g, "--context-in: expected instruction or input, not '%s'", arg);
		return 1;
	case KO_OPT_OTHERS:
		if (!strcmp(arg, "drop"))
			g->drop_others = 1;
		else if (!strcmp(arg, "pass"))
			g->drop_others = 0;
		else
			return bad(g, "--others: expected pass or drop, not '%s'", arg);
		return 1;
	case KO_OPT_SHARE:
		if (!(colon = strchr(arg, ':')) || parse_frac(arg, colon, &ru->share_from) < 0 ||
		    parse_frac(colon + 1, arg + strlen(arg), &ru->share_to) < 0)
			return bad(g, "--share: expected FROM:TO, fractions from 0 to 1, not '%s'",
			           arg);
		if (ru->share_from > ru->share_to)
			return bad(g, "--share: FROM is above TO in '%s'", arg);
		ru->have_share = 1;
		return 1;
	case KO_OPT_OR:
		if (!ru->have_share && !ru->have_if)
			return bad(g, "--or: the rule before it has no --share nor --if-sentences");
		if (g->lastrule + 1 == KO_TASK_MAX_RULES)
			return bad(g, "--or: at most %d rules", KO_TASK_MAX_RULES);
		g->lastrule++;
		return 1;
	case KO_OPT_LINES: g->split_flags |= KO_SPLIT_NEWLINE_HARD; return 1;
	case KO_OPT_IF_SENT:
		if (!(colon = strchr(arg, ':')) || parse_count(arg, colon, &ru->if_min) < 0 ||
		    parse_count(colon + 1, arg + strlen(arg), &ru->if_max) < 0)
			return bad(g, "--if-sentences: expected MIN:MAX, not '%s'", arg);
		if (ru->if_min > ru->if_max)
			return bad(g, "--if-sentences: MIN is above MAX in '%s'", arg);
		ru->have_if = 1;
		return 1;
	}
	return 0;
}

/* ---- templates ---- */

static int known_task(const char *name, size_t n)
{
	if (n > 7 && !memcmp(name + n - 7, ":system", 7))
		n -= 7;
	for (size_t i = 0; i < ko_ntemplates; i++)
		if (strlen(ko_templates[i].task) == n && !memcmp(ko_templates[i].task, name, n))
			return 1;
	for (size_t i = 0; ko_other_tasks[i]; i++)
		if (strlen(ko_other_tasks[i]) == n && !memcmp(ko_other_tasks[i], name, n))
			return 1;
	return 0;
}

static int has_var(const struct ko_task *t, const char *name, size_t n)
{
	const char *v = t->vars;
	while (*v) {
		size_t k = strcspn(v, " ");
		if (k == n && !memcmp(v, name, n))
			return 1;
		v += k;
		while (*v == ' ')
			v++;
	}
	return 0;
}

/* The first placeholder of s that t does not fill, as "{name}" in bad, or
 * a complaint about an unclosed brace; returns 0 when all is well. */
static int check_vars(const struct ko_task *t, const char *s, char *bad, size_t badn)
{
	for (const char *p = s; p && *p; p++) {
		if (*p == '{' && p[1] == '{') {
			p++;
			continue;
		}
		if (*p == '}' && p[1] == '}') {
			p++;
			continue;
		}
		if (*p != '{')
			continue;
		const char *e = strchr(p, '}');
		if (!e) {
			snprintf(bad, badn, "unclosed '{'");
			return -1;
		}
		if (!has_var(t, p + 1, (size_t)(e - p - 1))) {
			snprintf(bad, badn, "task %s has no placeholder {%.*s}", t->name,
			         (int)(e - p - 1), p + 1);
			return -1;
		}
		p = e;
	}
	return 0;
}

/* 1 when a or b (either may be NULL) shows one of the placeholders of
 * src, or src has none: a --template line must show what the task's
 * default INPUT (the passage) and OUTPUT (the answer) hold, else every
 * task asks about a text the model never sees, or teaches one fixed
 * answer. */
static int shows_any(const char *src, const char *a, const char *b)
{
	int any = 0;
	for (const char *p = src; p && *p; p++) {
		if ((*p == '{' && p[1] == '{') || (*p == '}' && p[1] == '}')) {
			p++;
			continue;
		}
		const char *e;
		if (*p != '{' || !(e = strchr(p, '}')))
			continue;
		any = 1;
		size_t k = (size_t)(e - p + 1);
		for (int i = 0; i < 2; i++) {
			const char *s = i ? b : a;
			for (const char *q = s ? strstr(s, "{") : NULL; q; q = strstr(q + 1, "{"))
				if (!strncmp(q, p, k) && (q == s || q[-1] != '{'))
					return 1;
		}
		p = e;
	}
	return !any;
}

static void add_sys(struct task_tmpls *tt, const char *text, char *owned)
{
	tt->sys = ko_xrealloc(tt->sys, (tt->nsys + 1) * sizeof *tt->sys);
	tt->sysown = ko_xrealloc(tt->sysown, (tt->nsys + 1) * sizeof *tt->sysown);
	tt->sys[tt->nsys] = text;
	tt->sysown[tt->nsys++] = owned;
}

static void add_tmpl(struct task_tmpls *tt, const char *ins, const char *in, const char *out)
{
	tt->t = ko_xrealloc(tt->t, (tt->n + 1) * sizeof *tt->t);
	tt->t[tt->n++] = (struct tmpl){ins, in, out, {NULL, NULL, NULL}, {0}, NULL, 0};
}

/* Undo the \n, \t and \\ escapes of a template file column. */
static char *unescape_col(const char *p, size_t n)
{
	char *s = ko_xmalloc(n + 1), *o = s;
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '\\' && i + 1 < n) {
			char c = p[i + 1];
			if (c == 'n' || c == 't' || c == '\\') {
				*o++ = c == 'n' ? '\n' : c == 't' ? '\t' : '\\';
				i++;
				continue;
			}
		}
		*o++ = p[i];
	}
	*o = 0;
	return s;
}

static int load_templates(struct ko_gen *g, const char *path)
{
	struct task_tmpls *tasks = g->tasks;
	int ntasks = g->ntasks;
	FILE *f = ko_xfopen(path, "r");
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	int replaced[64] = {0}, replaced_sys[64] = {0};
	while ((len = getline(&line, &cap, f)) > 0) {
		lineno++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		if (lineno == 1 && len >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3))
			memmove(line, line + 3, (size_t)(len -= 3) + 1);
		if (!len || line[0] == '#')
			continue;
		const char *col[4];
		size_t coln[4];
		int ncol = 0;
		for (char *p = line;; ncol++) {
			char *tab = strchr(p, '\t');
			if (ncol == 4)
				goto bad_cols;
			col[ncol] = p;
			coln[ncol] = tab ? (size_t)(tab - p) : strlen(p);
			if (!tab) {
				ncol++;
				break;
			}
			p = tab + 1;
		}
		if (ncol < 2) {
		bad_cols:
			bad(g, "%s:%zu: expected TASK<TAB>INSTRUCTION[<TAB>INPUT[<TAB>OUTPUT]]",
			    path, lineno);
			goto fail;
		}
		if (!known_task(col[0], coln[0])) {
			bad(g, "%s:%zu: unknown task '%.*s'", path, lineno, (int)coln[0], col[0]);
			goto fail;
		}
		int sys = coln[0] > 7 && !memcmp(col[0] + coln[0] - 7, ":system", 7);
		if (sys && ncol != 2) {
			bad(g, "%s:%zu: expected TASK:system<TAB>TEXT", path, lineno);
			goto fail;
		}
		for (int i = 0; i < ntasks; i++) {
			const struct ko_task *t = tasks[i].task;
			const char *key = t->templates ? t->templates : t->name;
			if (strlen(key) != coln[0] - (sys ? 7 : 0) || memcmp(key, col[0], strlen(key)))
				continue;
			if (sys) {
				/* The file's system prompts replace the built-in ones. */
				if (!replaced_sys[i]) {
					for (size_t k = 0; k < tasks[i].nsys; k++)
						free(tasks[i].sysown[k]);
					tasks[i].nsys = 0;
					replaced_sys[i] = 1;
				}
				char *text = unescape_col(col[1], coln[1]);
				add_sys(&tasks[i], text, text);
				continue;
			}
			char *c[3] = {NULL, NULL, NULL};
			char why[200];
			for (int k = 1; k < ncol; k++) {
				c[k - 1] = unescape_col(col[k], coln[k]);
				if (check_vars(t, c[k - 1], why, sizeof why) < 0) {
					bad(g, "%s:%zu: %s", path, lineno, why);
					for (int m = 0; m < k; m++)
						free(c[m]);
					goto fail;
				}
			}
			/* (question answering may leave the passage out: closed-book
			 * QA is a task of its own; not the questions) */
			const char *prompt = has_var(t, "questions", 9) ? "{questions}"
			                     : has_var(t, "question", 8) ? "{question}"
			                                                 : t->input;
			if (!shows_any(prompt, c[0], ncol > 2 ? c[1] : t->input)) {
				bad(g, "%s:%zu: %s: neither the instruction nor the input shows %s: "
				    "%.*s would be missing from every task", path, lineno, t->name, prompt,
				    prompt == t->input ? 11 : (int)strlen(prompt) - 2,
				    prompt == t->input ? "the passage" : prompt + 1);
				goto fail_cols;
			}
			if (ncol > 3 && !shows_any(t->output, c[2], NULL)) {
				bad(g, "%s:%zu: %s: the output does not show %s: every task would have "
				    "the same answer", path, lineno, t->name, t->output);
				goto fail_cols;
			}
			/* The file's wordings replace the built-in ones of the task. */
			if (!replaced[i]) {
				tasks[i].n = 0;
				replaced[i] = 1;
			}
			add_tmpl(&tasks[i], c[0], c[1], c[2]);
			memcpy(tasks[i].t[tasks[i].n - 1].owned, c, sizeof c);
			continue;
		fail_cols:
			for (int m = 0; m < 3; m++)
				free(c[m]);
			goto fail;
		}
	}
	if (ferror(f)) {
		bad(g, "%s: %s", path, strerror(errno));
		goto fail;
	}
	free(line);
	fclose(f);
	return 0;
fail:
	/* what is wrong is the file's content: a data error */
	g->errcode = 1;
	free(line);
	fclose(f);
	return -1;
}

int ko_task_init(struct ko_gen *g, const struct ko_task *t, int n)
{
	if (n > 64)
		return bad(g, "too many tasks");
	if (g->lastrule && !g->rule[g->lastrule].have_share && !g->rule[g->lastrule].have_if)
		return bad(g, "--or: the rule after it has no --share nor --if-sentences");
	struct task_tmpls *tasks = g->tasks = ko_xcalloc((size_t)n, sizeof *tasks);
	g->ntasks = n;
	for (int i = 0; i < n; i++) {
		tasks[i].task = &t[i];
		char why[200];
		if (check_vars(&t[i], t[i].input, why, sizeof why) < 0 ||
		    check_vars(&t[i], t[i].output, why, sizeof why) < 0)
			return bad(g, "built-in task %s: %s", t[i].name, why);
		const char *key = t[i].templates ? t[i].templates : t[i].name;
		for (size_t k = 0; k < ko_ntemplates; k++)
			if (!strcmp(ko_templates[k].task, key)) {
				if (check_vars(&t[i], ko_templates[k].instruction, why, sizeof why) < 0)
					return bad(g, "built-in template: %s", why);
				if (ko_templates[k].input &&
				    check_vars(&t[i], ko_templates[k].input, why, sizeof why) < 0)
					return bad(g, "built-in template: %s", why);
				add_tmpl(&tasks[i], ko_templates[k].instruction, ko_templates[k].input,
				         NULL);
			}
		for (size_t k = 0; k < ko_nsystems; k++)
			if (!strcmp(ko_systems[k].task, key))
				add_sys(&tasks[i], ko_systems[k].instruction, NULL);
	}
	if (g->template_file && load_templates(g, g->template_file) < 0)
		return -1;
	for (int i = 0; i < n; i++)
		if (!tasks[i].n)
			return bad(g, "task %s has no template", t[i].name);
	for (int i = 0; i < n; i++)
		for (size_t k = 0; k < tasks[i].n; k++)
			ready_pieces(&tasks[i].t[k]);
	return 0;
}

/* Append template s with the placeholders filled; with quoted, as the
 * contents of a JSON string (ko_json_quote_more): the instruction is
 * written into the task record so, not built first and quoted after, for
 * a text's context in it may be most of a long record. */
static void add(struct ko_buf *out, const char *p, size_t n, int quoted)
{
	if (quoted)
		ko_json_quote_more(out, p, n);
	else
		ko_buf_add(out, p, n);
}

static void expand(struct ko_buf *out, const char *s, const struct ko_task_val *v, int nv,
                   int quoted)
{
	while (*s) {
		const char *b = strpbrk(s, "{}");
		if (!b) {
			add(out, s, strlen(s), quoted);
			return;
		}
		add(out, s, (size_t)(b - s), quoted);
		if (b[0] == b[1]) {
			ko_buf_addc(out, b[0]);
			s = b + 2;
			continue;
		}
		const char *e = b[0] == '{' ? strchr(b, '}') : NULL;
		if (!e) {
			ko_buf_addc(out, b[0]);
			s = b + 1;
			continue;
		}
		size_t k = (size_t)(e - b - 1);
		for (int i = 0; i < nv; i++)
			if (strlen(v[i].name) == k && !memcmp(v[i].name, b + 1, k)) {
				add(out, v[i].p, v[i].n, quoted);
				break;
			}
		s = e + 1;
	}
}

/* The pieces of t's instruction, read as expand reads it. */
static void ready_pieces(struct tmpl *t)
{
	const char *s = t->instruction;
	size_t from = 0;
	for (;;) {
		const char *b = *s ? strpbrk(s, "{}") : NULL, *e = NULL;
		if (!b) {
			ko_json_quote_more(&t->lit, s, strlen(s));
		} else {
			ko_json_quote_more(&t->lit, s, (size_t)(b - s));
			if (b[0] == b[1] || !(e = b[0] == '{' ? strchr(b, '}') : NULL)) {
				ko_buf_addc(&t->lit, b[0]);
				s = b + (b[0] == b[1] ? 2 : 1);
				continue;
			}
		}
		t->pieces = ko_xrealloc(t->pieces, (t->npieces + 1) * sizeof *t->pieces);
		t->pieces[t->npieces++] = (struct piece){from, t->lit.n - from, e ? b + 1 : NULL,
		                                         e ? (size_t)(e - b - 1) : 0};
		from = t->lit.n;
		if (!e)
			return;
		s = e + 1;
	}
}

/* expand(out, t->instruction, v, nv, 1) from its pieces. */
static void expand_pieces(struct ko_buf *out, const struct tmpl *t, const struct ko_task_val *v,
                          int nv)
{
	for (size_t k = 0; k < t->npieces; k++) {
		const struct piece *pc = &t->pieces[k];
		ko_buf_add(out, t->lit.p + pc->lit, pc->litn);
		for (int i = 0; pc->var && i < nv; i++)
			if (strlen(v[i].name) == pc->varn && !memcmp(v[i].name, pc->var, pc->varn)) {
				ko_json_quote_more(out, v[i].p, v[i].n);
				break;
			}
	}
}

/* Template s filled: a template that is one placeholder alone is its
 * value, read in place (the context of a long text is not copied once
 * more before it is quoted); any other is expanded into out. */
static void fill(struct ko_buf *out, const char *s, const struct ko_task_val *v, int nv,
                 const char **p, size_t *n)
{
	size_t len = strlen(s);
	if (len > 2 && s[0] == '{' && s[len - 1] == '}' && !memchr(s + 1, '}', len - 2) &&
	    !memchr(s + 1, '{', len - 2))
		for (int i = 0; i < nv; i++)
			if (strlen(v[i].name) == len - 2 && !memcmp(v[i].name, s + 1, len - 2)) {
				*p = v[i].p ? v[i].p : "";
				*n = v[i].n;
				return;
			}
	expand(out, s, v, nv, 0);
	*p = out->p ? out->p : "";
	*n = out->n;
}

/* ---- routing ---- */

double ko_task_share_hash(struct ko_rec *r)
{
	uint64_t h = ko_mix64(ko_rec_seed(r), 0x7368617265ULL /* "share" */);
	return (double)(h >> 11) * (1.0 / 9007199254740992.0);
}

static int is_task(const struct ko_rec *r)
{
	return r->is_json && r->parsed && ko_json_get(&r->json, "instruction") >= 0;
}

int ko_task_mine(struct ko_gen *g, struct ko_rec *r)
{
	g->cur = r;
	/* (a text of the last record may lie at the same address) */
	ko_markup_index_set(&g->mx, NULL, 0);
	g->cur_line = r->line;
	g->cur_lineno = r->lineno;
	g->cur_task = is_task(r);
	if (g->cur_task)
		return 0;
	/* The share hash, once, and only if a rule asks for it. */
	double u = -1;
	g->took = 0;
	for (int i = 0; i <= g->lastrule; i++) {
		const struct ko_task_rule *ru = &g->rule[i];
		if (ru->have_share && u < 0)
			u = ko_task_share_hash(r);
		if (!ru->have_share || (u >= ru->share_from && u < ru->share_to))
			g->took |= 1u << i;
	}
	return g->took != 0;
}

/* Under --if-sentences a count above MAX is all the caller needs to know:
 * the split stops at MAX + 1 (the largest MAX of the rules that took the
 * record). */
static size_t split_most(const struct ko_gen *g)
{
	size_t most = g->took ? 0 : SIZE_MAX;
	for (int i = 0; g->took && i <= g->lastrule; i++) {
		const struct ko_task_rule *ru = &g->rule[i];
		if (!(g->took >> i & 1))
			continue;
		if (!ru->have_if || ru->if_max == SIZE_MAX)
			return SIZE_MAX;
		if (ru->if_max + 1 > most)
			most = ru->if_max + 1;
	}
	return most;
}

static void grow_spans(struct ko_gen *g)
{
	g->spancap = g->spancap ? 2 * g->spancap : 64;
	g->spans = ko_xrealloc(g->spans, g->spancap * sizeof *g->spans);
	g->mk = ko_xrealloc(g->mk, g->spancap * sizeof *g->mk);
}

/* 1 if the record holds the sentences of p[0..n) (ko-split --chunk wrote
 * them), read into g->spans (their b and e; the split steps fill in the
 * rest) and counted in g->ngiven. */
static int given_spans(struct ko_gen *g, const char *p, size_t n)
{
	const struct ko_rec *r = g->cur;
	if (!r || !r->is_json || !r->parsed)
		return 0;
	int k = ko_json_get(&r->json, KO_SPANS_FIELD);
	if (k < 0 || r->json.tok[k].type != KO_JSON_STRING)
		return 0;
	const struct ko_json_tok *t = &r->json.tok[k];
	struct ko_spans in;
	if (!ko_spans_open(&in, r->json.s + t->start, (size_t)(t->end - t->start), p, n,
	                   g->split_flags))
		return 0;
	/* all of them read (and checked) at once, into the array the split
	 * steps fill in */
	size_t k2 = 0, b, e;
	int st;
	while ((st = ko_spans_next(&in, &b, &e)) > 0) {
		if (k2 == g->spancap)
			grow_spans(g);
		g->spans[k2].b = (uint32_t)b;
		g->spans[k2++].e = (uint32_t)e;
	}
	g->ngiven = k2;
	return st == 0;
}

void ko_task_split_begin(struct ko_gen *g, const char *p, size_t n)
{
	ko_split_init(&g->split, p, n, g->split_flags | KO_SPLIT_HEADINGS);
	g->split_p = p;
	ko_task_markup_text(g, p, n);
	/* (a formula's hole is asked of the sentences of a text that has one;
	 * the text is read for it only when a sentence has one, which few
	 * do: a generator asks about few of its sentences, or none) */
	g->formula_p = p;
	g->formula_n = n;
	g->formula = -1;
	g->nsplit = g->split_heads = g->split_last = 0;
	g->split_most = split_most(g);
	g->given = 0;
	if (n > KO_SPAN_MAX) /* (struct ko_span holds 31-bit offsets) */
		g->split_most = 0;
	else
		g->given = given_spans(g, p, n);
}

/* ko_task_split_step, inlined into the loop of ko_task_split_lazy, which
 * takes a sentence of every few dozen bytes of a text */
static inline __attribute__((always_inline)) int split_step(struct ko_gen *g,
                                                           const struct ko_span **s)
{
	const char *p = g->split_p;
	size_t k = g->nsplit, b, e, last = g->split_last;
	*s = g->spans;
	if (k >= g->split_most)
		return 0;
	if (g->given) {
		if (k >= g->ngiven)
			return 0;
		b = g->spans[k].b, e = g->spans[k].e;
	} else if (!ko_split_next(&g->split, &b, &e)) {
		return 0;
	}
	if (k == g->spancap) {
		grow_spans(g);
		*s = g->spans;
	}
	int sec = 1, par = 1; /* (the text's start starts both) */
	if (k) {
		/* what lies between two sentences is blank, or headings; most
		 * often a space, and a line break only where one is */
		int nl = 0, blank = 0;
		size_t i = last;
		if (b - last < 16) {
			while (i < b && p[i] != '\n')
				i++;
		} else {
			const char *f = memchr(p + last, '\n', b - last);
			i = f ? (size_t)(f - p) : b;
		}
		int brk = i < b;
		for (; i < b; i++)
			if (p[i] == '\n') {
				if (nl)
					blank = 1;
				nl = 1;
			} else if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r') {
				nl = 0;
			}
		sec = blank || ko_split_headings(&g->split) != g->split_heads;
		par = sec || brk;
	}
	g->split_heads = ko_split_headings(&g->split);
	g->split_last = e;
	g->spans[k] = (struct ko_span){.b = (uint32_t)b, .new_section = (uint32_t)sec,
	                               .e = (uint32_t)e, .new_para = (uint32_t)par};
	g->mk[k] = KO_SPAN_UNCHECKED;
	g->nsplit = k + 1;
	return 1;
}

int ko_task_split_step(struct ko_gen *g, const struct ko_span **s)
{
	return split_step(g, s);
}

size_t ko_task_split_lazy(struct ko_gen *g, const char *p, size_t n, const struct ko_span **s)
{
	ko_task_split_begin(g, p, n);
	while (split_step(g, s))
		;
	return g->nsplit;
}

/* Whether p[0..n) opens with a list item's number or bullet and a space
 * (1. 2) (3) ① - • ·): an item of a list is no sentence of a paragraph,
 * and its number would be a word to reorder or guess. Not a year (2024.). */
static int list_item(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0;
	if (n >= 4 && u[0] == '(' && u[1] >= '0' && u[1] <= '9') {
		i = 2;
		if (u[i] >= '0' && u[i] <= '9')
			i++;
		return i + 1 < n && u[i] == ')' && (u[i + 1] == ' ' || (u[i + 1] >= 0xEA && u[i + 1] <= 0xED));
	}
	/* a list's letter glued to the item: 가.천동설 나)도시 ... 사. (not 아,
	 * an interjection), a)별들은 */
	static const char hangul_letters[] = "가나다라마바사";
	if (n >= 5 && u[0] >= 0xEA && u[0] <= 0xEB) {
		for (size_t k = 0; k + 3 <= sizeof hangul_letters - 1; k += 3)
			if (!memcmp(p, hangul_letters + k, 3) && (u[3] == '.' || u[3] == ')') &&
			    u[4] >= 0xEA && u[4] <= 0xED) /* glued only: 마. 바다에서 may be prose */
				return 1;
		return 0;
	}
	if (n >= 3 && u[0] >= 'a' && u[0] <= 'h' && u[1] == ')' &&
	    (u[2] == ' ' || (u[2] >= 0xEA && u[2] <= 0xED)))
		return 1;
	if (u[0] >= '0' && u[0] <= '9') {
		i = 1;
		if (i < n && u[i] >= '0' && u[i] <= '9')
			i++;
		/* or glued to the item's first word (1.천동설:, 3)미국정부는):
		 * a number of one or two digits, not a year's */
		return i + 1 < n && (u[i] == '.' || u[i] == ')') &&
		       (u[i + 1] == ' ' || (u[i + 1] >= 0xEA && u[i + 1] <= 0xED));
	}
	if (n >= 2 && (u[0] == '-' || u[0] == '*') && u[1] == ' ')
		return 1;
	if (n >= 4 && u[0] == 0xE2 && (u[3] == ' ' || (u[3] >= 0xEA && u[3] <= 0xED)) &&
	    ((u[1] == 0x91 && u[2] >= 0xA0 && u[2] <= 0xB3) || /* ① to ⑳ */
	     (u[1] == 0x80 && u[2] == 0xA2)))                  /* • */
		return 1;
	return n >= 3 && u[0] == 0xC2 && u[1] == 0xB7 && u[2] == ' '; /* · */
}

/* Whether the sentence p[0..n) holds a list or a heading the extractor
 * glued into it: a line inside it that opens with a list's number
 * (…이다.\n5.스케줄5:), or a heading written between hyphens as a word of
 * its own (처벌 대상 -미국- 1)미국정부는: -미국- is a section's title). */
static int line_item_at(const char *p, size_t n, size_t i)
{
	return i + 1 < n && list_item(p + i + 1, n - i - 1);
}

/* (the heading between hyphens whose first one is p[i]) */
static int hyphen_heading_at(const char *p, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t j = i + 1;
	if (i > 0 && u[i - 1] != ' ' && u[i - 1] != '\n')
		return 0;
	while (j + 3 <= n && ko_syllable_bytes(u + j, n - j))
		j += 3;
	return j > i + 1 && j - i - 1 <= 24 && j < n && u[j] == '-' && (j + 1 == n || u[j + 1] == ' ');
}

static int list_inside(const char *p, size_t n)
{
	for (const char *q = memchr(p, '\n', n); q; q = memchr(q + 1, '\n', n - (size_t)(q + 1 - p)))
		if (line_item_at(p, n, (size_t)(q - p)))
			return 1;
	for (const char *q = memchr(p, '-', n); q; q = memchr(q + 1, '-', n - (size_t)(q + 1 - p)))
		if (hyphen_heading_at(p, n, (size_t)(q - p)))
			return 1;
	return 0;
}

/* Whether p[0..n) holds a web address (http://, https://, www.): a
 * link's target, not language, and no word of it a reader could guess
 * or order. A bare domain that names a thing (OpenOffice.org,
 * Amazon.com) is left. */
static int url_colon_at(const char *p, size_t n, size_t i)
{
	return i > 0 && i + 3 <= n && p[i + 1] == '/' && p[i + 2] == '/' &&
	       ((p[i - 1] | 0x20) >= 'a' && (p[i - 1] | 0x20) <= 'z');
}

static int url_www_at(const char *p, size_t n, size_t i)
{
	return i + 4 < n && !memcmp(p + i, "www.", 4) &&
	       (i == 0 || !((p[i - 1] | 0x20) >= 'a' && (p[i - 1] | 0x20) <= 'z'));
}

static int url_in(const char *p, size_t n)
{
	for (const char *q = memchr(p, ':', n); q; q = memchr(q + 1, ':', n - (size_t)(q + 1 - p)))
		if (url_colon_at(p, n, (size_t)(q - p)))
			return 1;
	for (const char *q = memchr(p, 'w', n); q; q = memchr(q + 1, 'w', n - (size_t)(q + 1 - p)))
		if (url_www_at(p, n, (size_t)(q - p)))
			return 1;
	return 0;
}

/* Whether the round brackets of p[0..n) do not pair: a ) before its (,
 * or a ( left open. Such a text starts or ends inside a bracket (a
 * passage that opens with ")에 의해", a sentence cut before its
 * closing ")"), or the source lost one (겐지(源氏 (光源氏) 또는): either
 * way half an aside, which a reader cannot close. */
static int unpaired(const char *p, size_t n)
{
	const char *end = p + n, *o = memchr(p, '(', n), *c = memchr(p, ')', n);
	long depth = 0;
	while (o || c) {
		if (o && (!c || o < c)) {
			depth++;
			o = memchr(o + 1, '(', (size_t)(end - o - 1));
		} else {
			if (--depth < 0)
				return 1;
			c = memchr(c + 1, ')', (size_t)(end - c - 1));
		}
	}
	return depth != 0;
}

/* What the three checks above find (RARE_*) in p[b, e) of the text the
 * index x holds, from the index's bits (ko_markup_index_word), in one
 * visit, and ko_formula_hole too (RARE_FORMULA: at a double quote or the
 * seam of 라고 or 그림): a sentence without a bracket, a hyphen, a line
 * break, :, w or those costs them a look at its words of bits. */
enum { RARE_LIST = 1, RARE_URL = 2, RARE_PAREN = 4, RARE_FORMULA = 8 };
static unsigned rare_in(struct ko_markup_index *x, size_t b, size_t e)
{
	const char *p = x->p + b;
	size_t n = e - b, last = (e - 1) >> 6;
	unsigned found = 0;
	long depth = 0;
	if (!n)
		return 0;
	for (size_t w = b >> 6; w <= last; w++) {
		/* (position 0 has no bit) */
		uint64_t m = ko_markup_index_word_read(x, w, last) | (w == 0);
		if (w == b >> 6)
			m &= ~(uint64_t)0 << (b & 63);
		if (w == last)
			m &= ~(uint64_t)0 >> (63 - ((e - 1) & 63));
		for (; m; m &= m - 1) {
			size_t i = (w << 6 | (size_t)__builtin_ctzll(m)) - b;
			switch ((unsigned char)p[i]) {
			case '(':
				depth++;
				break;
			case ')':
				if (--depth < 0)
					found |= RARE_PAREN;
				break;
			case '\n':
				if (line_item_at(p, n, i))
					found |= RARE_LIST;
				break;
			case '-':
				if (hyphen_heading_at(p, n, i))
					found |= RARE_LIST;
				break;
			case ':':
				if (url_colon_at(p, n, i))
					found |= RARE_URL;
				break;
			case 'w':
				if (url_www_at(p, n, i))
					found |= RARE_URL;
				break;
			case '"': case 0xBC: case 0xB8:
				if (!(found & RARE_FORMULA) && ko_formula_hole_at(p, n, i))
					found |= RARE_FORMULA;
				break;
			}
		}
	}
	return depth ? found | RARE_PAREN : found;
}

/* rare_in of a text the index does not hold */
static unsigned rare_of(const char *p, size_t n)
{
	return (list_inside(p, n) ? RARE_LIST : 0) | (url_in(p, n) ? RARE_URL : 0) |
	       (unpaired(p, n) ? RARE_PAREN : 0);
}

/* 1 if p[0..e) ends in the word w (a blank or the start before it). */
static int ends_word(const char *p, size_t e, const char *w)
{
	size_t m = strlen(w);
	return e >= m && !memcmp(p + e - m, w, m) && (e == m || p[e - m - 1] == ' ');
}

/* Whether p[0..n) sends the reader to another article (…문서를 참고하라,
 * 자세한 내용은 삼투를 참조하십시오, 참고하기 바란다, 해당 항목을 보라):
 * an editor's pointer, not a sentence of the text, and no answer to learn.
 * A verb of looking up (참조, 참고; 보 only with 문서, 항목, 문단 or 단락 as
 * its object) in a form that tells the reader to (-하라, -하시오,
 * -하십시오, -하세요, -하기 바란다/바랍니다/바람, 참고 바람, -할 것), at the
 * end. */
/* Whether p[0..n) is a hatnote, the page speaking of itself (본 문서는
 * 영국의 교육에 관한 내용을 담고 있다, 이 문서는 대한민국의 교통에 대해
 * 서술한다): it opens with 이 or 본 and 문서 or 항목 as its topic, and
 * ends in a verb of what a page does (다룬다, 서술한다, 정리한다, 설명한다,
 * 담고 있다) or in 목록이다, 관한 것이다 and the like; 이 문서는 선조
 * 12년에 작성한 것으로, of an old document, is the text's. */
static int hatnote(const char *p, size_t n)
{
	static const char *const open[] = {
		"이 문서는 ", "본 문서는 ", "이 문서에서는 ", "본 문서에서는 ", "이 항목은 ", "본 항목은 ",
		"이 항목에서는 ", "본 항목에서는 ",
	};
	static const char *const end[] = {
		"다룬다", "서술한다", "정리한다", "설명한다", "내용을 담고 있다", "목록이다", "관한 것이다",
		"관한 내용이다", "관한 문서이다", "대한 것이다", "대한 내용이다", "대한 문서이다",
	};
	size_t k, e = n;
	/* 이 (EC 9D B4) or 본 (EB B3 B8), then a space: most sentences are
	 * told by their first four bytes */
	if (n < 12 || p[3] != ' ' ||
	    (memcmp(p, "\xEC\x9D\xB4", 3) && memcmp(p, "\xEB\xB3\xB8", 3)))
		return 0;
	for (k = 0; k < sizeof open / sizeof *open; k++)
		if (n > strlen(open[k]) && !memcmp(p, open[k], strlen(open[k])))
			break;
	if (k == sizeof open / sizeof *open)
		return 0;
	while (e && (p[e - 1] == ' ' || p[e - 1] == '.'))
		e--;
	for (k = 0; k < sizeof end / sizeof *end; k++)
		if (e >= strlen(end[k]) && !memcmp(p + e - strlen(end[k]), end[k], strlen(end[k])))
			return 1;
	return 0;
}

static int cross_reference(const char *p, size_t n)
{
	/* what follows 참조 or 참고 */
	static const char *const tell[] = {
		"하라", "하시오", "하십시오", "하세요", "하기 바란다", "하기 바랍니다",
		"하기 바람", "하길 바란다", "하길 바랍니다", " 바란다", " 바랍니다",
		" 바람", "할 것",
	};
	static const char *const imp[] = {"라", "시오", "십시오", "세요"};
	static const char *const obj[] = {"문서를", "항목을", "문단을", "단락을"};
	size_t e = n;
	while (e && (p[e - 1] == ' ' || p[e - 1] == '.' || p[e - 1] == '!' || p[e - 1] == ')' ||
	             p[e - 1] == '"' || p[e - 1] == '\''))
		e--;
	/* each form here ends in 라, 오, 요, 다, 람 or 것, and of the
	 * sentences in 다 only those in 란다 or 니다 are looked at: most are
	 * told apart by their last syllables alone */
	if (e < 9)
		return 0;
	/* (the last three bytes as one number: 라 오 요 람 것 다, 란 니) */
	const unsigned char *u = (const unsigned char *)p;
	uint32_t last = (uint32_t)u[e - 3] << 16 | (uint32_t)u[e - 2] << 8 | u[e - 1];
	if (last == 0xEB8BA4) { /* 다 */
		uint32_t before = (uint32_t)u[e - 6] << 16 | (uint32_t)u[e - 5] << 8 | u[e - 4];
		if (before != 0xEB9E80 && before != 0xEB8B88) /* 란 니 */
			return 0;
	} else if (last != 0xEB9DBC && last != 0xEC98A4 && last != 0xEC9A94 && last != 0xEB9E8C &&
	           last != 0xEAB283) { /* 라 오 요 람 것 */
		return 0;
	}
	for (size_t k = 0; k < sizeof tell / sizeof *tell; k++) {
		size_t m = strlen(tell[k]);
		if (e >= m + 6 && !memcmp(p + e - m, tell[k], m) &&
		    (!memcmp(p + e - m - 6, "참조", 6) || !memcmp(p + e - m - 6, "참고", 6)))
			return 1;
	}
	for (size_t k = 0; k < sizeof imp / sizeof *imp; k++) {
		size_t m = strlen(imp[k]);
		if (e < m + 3 || memcmp(p + e - m, imp[k], m))
			continue;
		size_t v = e - m; /* the verb's stem ends here */
		if (!memcmp(p + v - 3, "보", 3) && (v == 3 || p[v - 4] == ' '))
			for (size_t o = 0; o < sizeof obj / sizeof *obj; o++)
				if (v >= 4 && ends_word(p, v - 4, obj[o]))
					return 1;
	}
	return 0;
}

/* The last syllables of sentence-final endings: 1 formal (다, 요, 죠;
 * the questions 까, 니, 냐; 네, 군, 듯; the nominal -음, -임, -함, -됨),
 * 2 plain speech (어, 아, 야, 해, 지, 자, 라 ...), which many nouns end
 * in too. */
static int final_syllable(uint32_t c)
{
	switch (c) {
	case 0xB2E4: case 0xC694: case 0xC8E0: case 0xAE4C: case 0xB2C8: case 0xB0D0: /* 다 요 죠 까 니 냐 */
	case 0xB124: case 0xAD70: case 0xB4EF: case 0xC74C: case 0xC784: case 0xD568: /* 네 군 듯 음 임 함 */
	case 0xB428:                                                                   /* 됨 */
		return 1;
	case 0xC5B4: case 0xC544: case 0xC57C: case 0xD574: case 0xC9C0: case 0xC790: /* 어 아 야 해 지 자 */
	case 0xB77C: case 0xC624: case 0xC138: case 0xAC8C: case 0xB798: case 0xB300: /* 라 오 세 게 래 대 */
	case 0xB370: case 0xAC78: case 0xB3FC: case 0xC6CC: case 0xC918: case 0xBD10: /* 데 걸 돼 워 줘 봐 */
	case 0xC368: case 0xAC00:                                                     /* 써 가 */
		return 2;
	default:
		return 0;
	}
}

int ko_task_closer(uint32_t c)
{
	int cat = ko_category(c);
	return c == '"' || c == '\'' || cat == UTF8PROC_CATEGORY_PE || cat == UTF8PROC_CATEGORY_PF;
}

size_t ko_task_unmarked_end(const char *p, size_t n, int *asked)
{
	*asked = 0;
	while (n > 0) {
		size_t b = n - 1;
		while (b > 0 && ((unsigned char)p[b] & 0xC0) == 0x80)
			b--;
		uint32_t c;
		if (ko_utf8_decode(p + b, n - b, &c) <= 0)
			break;
		if (ko_end_mark(c))
			*asked |= c != '.' && c != 0x3002 && c != 0xFF0E;
		else if (!ko_task_closer(c) && c != ' ' && !(c < 0x80 && ko_is_punct(c)))
			break;
		n = b;
	}
	return n;
}

int ko_task_chat_predicate(const char *p, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	uint32_t c = e >= 3 ? ko_syllable_at(u + e - 3, 3) : 0;
	if (!c)
		return 0;
	if (ko_hangul_jong(c) == KO_JONG_MIEUM || ko_task_predicate_end(p, e))
		return 1;
	for (const char *t = chat_finals; *t; t += 3)
		if (!memcmp(t, p + e - 3, 3))
			return 1;
	if (e < 6)
		return 0;
	uint32_t d = ko_syllable_at(u + e - 6, 3);
	if (c == 0xACE0 || c == 0xBA70) /* 고 며 */
		return d == 0xB2E4 || d == 0xB77C || d == 0xB0D0 || d == 0xC790 || /* 다 라 냐 자 */
		       (c == 0xACE0 && d == 0xB824);                                /* 려고 */
	return c == 0xC11C && d == 0xBA74; /* 면서 */
}

int ko_task_predicate_end(const char *p, size_t n)
{
	size_t e = n, at;
	uint32_t c = 0;
	int stop = 0;
	while (e > 0) {
		at = e - 1;
		while (at > 0 && ((unsigned char)p[at] & 0xC0) == 0x80)
			at--;
		if (ko_utf8_decode(p + at, e - at, &c) <= 0)
			return 0;
		if (c == '.' || c == 0x3002 || c == 0xFF0E)
			stop = 1;
		else if (c == '?' || c == '!' || c == 0x2026 || c == 0x2025 || c == 0xFF1F ||
		         c == 0xFF01) {
			/* asked or exclaimed, not noted: a predicate before the
			 * marks, not a cry after a noun (나중에 꼭!!) */
			int asked;
			return ko_task_chat_predicate(p, ko_task_unmarked_end(p, n, &asked));
		}
		else if (c == ')' && stop) {
			/* an aside in brackets after the predicate (두었다(2남
			 * 3녀).): the predicate is before it */
			int depth = 0;
			while (at > 0 && !(p[at] == '(' && depth == 1)) {
				depth += p[at] == ')';
				depth -= p[at] == '(';
				at--;
			}
			if (p[at] != '(')
				return 0;
		} else if (!(c == ' ' || c == '"' || c == '\'' || c == ']' || c == 0x2019 ||
		             c == 0x201D || c == 0xFF09 ||
		             (c >= 0x3009 && c <= 0x3011 && (c & 1))))
			break;
		e = at;
	}
	if (!e)
		return 0;
	if (ko_split_line_ends(p, e))
		return 1;
	int f = ko_is_hangul_syllable(c) ? final_syllable(c) : 0;
	if (f != 2)
		return f;
	/* the particles 까지 and 에게 end in plain-speech syllables */
	if (e >= 6 && (!memcmp(p + e - 6, "까지", 6) || !memcmp(p + e - 6, "에게", 6)))
		return 0;
	size_t words = 1;
	for (size_t i = 0; i < e && words < 4; i++)
		words += p[i] == ' ' && i + 1 < e && p[i + 1] != ' ';
	return words >= 4;
}

/* Whether the text split last holds a formula's hole (ko_formula_hole),
 * read when first asked. */
static int text_formula(struct ko_gen *g)
{
	if (g->formula < 0)
		g->formula = ko_formula_hole(g->formula_p, g->formula_n) != 0;
	return g->formula;
}

/* Tails a sentence cut at a ?, ! or … inside it opens with (…알바썼나?
 * 할 정도로 …; (기계 뒤에 있는 사람?)이라고 칭했다): a quotative or a
 * particle of the clause before, or the end of a word whose head the cut
 * left behind (그런데 → 런데). Each followed by a space; their first
 * syllables are those cut_open switches on. */
static const char *const cut_tails[] = {
	"이라고", "라고", "이라는", "라는", "이라며", "라며", "할 정도로", "정도로", "런데",
	"러나", "리고", "러므로",
};

/* 1 if the sentence p[0..n) (its blanks skipped) opens inside another:
 * with a closing bracket, or with one of cut_tails and a space after it. */
static int cut_open(const char *p, size_t n)
{
	if (n && (p[0] == ')' || p[0] == ']'))
		return 1;
	if (n < 7)
		return 0;
	switch (ko_syllable_at((const unsigned char *)p, 3)) {
	case 0xC774: case 0xB77C: case 0xD560: case 0xC815: /* 이 라 할 정 */
	case 0xB7F0: case 0xB7EC: case 0xB9AC:              /* 런 러 리 */
		break;
	default:
		return 0;
	}
	/* (each tail read along the sentence, not measured first) */
	for (size_t k = 0; k < sizeof cut_tails / sizeof *cut_tails; k++) {
		const char *t = cut_tails[k];
		size_t m = 0;
		while (m < n && t[m] && p[m] == t[m])
			m++;
		if (!t[m] && n > m && p[m] == ' ')
			return 1;
	}
	return 0;
}

/* Particles no word of prose stands as alone: one written after a
 * closing bracket and a blank is what a removed link or template left
 * behind (윤명사(尹明師) 가, 관측) 을). */
static const char lone_particles[] = "이가을를은는의에로";

/* 1 if the m bytes w are one of the syllables of set (m bytes each). */
static int one_of_syls(const char *set, const char *w, size_t m)
{
	for (; *set; set += m)
		if (!memcmp(set, w, m))
			return 1;
	return 0;
}

/* 1 if the sentence p[0..n) holds the slot of a removed link left empty
 * (X의 , Y: a comma after a blank; ", ,"; "( ,"), or a particle alone
 * (lone_particles) after it. Once per sentence asked, on its commas and
 * closing brackets (few). */
static int empty_slot(const char *p, size_t n)
{
	const char *q, *end = p + n;
	for (q = p; (q = memchr(q, ',', (size_t)(end - q))); q++)
		if (q > p && (q[-1] == ' ' || q[-1] == '('))
			return 1;
	for (q = p; (q = memchr(q, ')', (size_t)(end - q))); q++)
		if (end - q >= 5 && q[1] == ' ' && one_of_syls(lone_particles, q + 2, 3) &&
		    (end - q == 5 || q[5] == ' ' || q[5] == ',' || q[5] == '.'))
			return 1;
	return 0;
}

/* What an extractor's cut left in the sentence p[0..n), read in its
 * words rather than its marks: a comma opening it (KO_MARKUP_COMMA_FIRST)
 * ... or, as mismatch says (ko_particle_mismatch, asked with the other
 * checks of its words: ko_markup_words), a particle that does not fit
 * its word (KO_MARKUP_AGREEMENT); 0 if none. */
static int cut_sentence(const char *p, size_t n, int mismatch)
{
	size_t i = 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n'))
		i++;
	if (i < n && (p[i] == ',' || p[i] == ';'))
		return KO_MARKUP_COMMA_FIRST;
	if (cut_open(p + i, n - i))
		return KO_MARKUP_CUT_OPEN;
	if (empty_slot(p, n))
		return KO_MARKUP_EMPTY_SLOT;
	return mismatch ? KO_MARKUP_AGREEMENT : 0;
}

/* The markup kind of the sentence sp of p (ko_task_sent_markup). */
static int markup_of(struct ko_gen *g, const char *p, const struct ko_span *sp)
{
	int m;
	size_t at, len;
	/* a list's lead-in points at a list the extractor dropped, or
	 * one no task carries with it */
	if (p == g->mx.p) {
		m = ko_markup_sentence_in(&g->mx, sp->b, sp->e);
	} else {
		m = ko_markup_find(p + sp->b, sp->e - sp->b, &at, &len);
		if (!m && ko_lead_in(p + sp->b, sp->e - sp->b, 1))
			m = KO_MARKUP_LEAD_IN;
	}
	if (!m && list_item(p + sp->b, sp->e - sp->b))
		m = KO_MARKUP_LIST_ITEM;
	if (!m) {
		unsigned f = p == g->mx.p ? rare_in(&g->mx, sp->b, sp->e) :
		             rare_of(p + sp->b, sp->e - sp->b);
		m = f & RARE_LIST    ? KO_MARKUP_LIST_ITEM :
		             f & RARE_URL     ? KO_MARKUP_URL :
		             f & RARE_PAREN   ? KO_MARKUP_UNBALANCED : 0;
		/* (the formula's hole found by rare_in on an index that
		 * marks holes, or looked for) */
		if (!m && (p == g->mx.p && g->mx.holes ?
		                        (f & RARE_FORMULA) != 0 :
		                        ko_formula_hole(p + sp->b, sp->e - sp->b) != 0) &&
		    (p != g->formula_p || text_formula(g)))
			m = KO_MARKUP_FORMULA;
	}
	if (!m && cross_reference(p + sp->b, sp->e - sp->b))
		m = KO_MARKUP_CROSS_REF;
	if (!m && hatnote(p + sp->b, sp->e - sp->b))
		m = KO_MARKUP_HATNOTE;
	/* (the checks of its words, ko_copula_hole, ko_glued_gloss and
	 * ko_particle_mismatch, asked in one pass) */
	unsigned words = m ? 0 : ko_markup_words(p + sp->b, sp->e - sp->b);
	if (!m && (words & KO_WORDS_COPULA))
		m = KO_MARKUP_PARTICLE;
	/* a particle alone at its start as the full stop before it
	 * shows it (…유학했다. 와 커티스 음악학교에서: after prose, 와
	 * is no exclamation; 다. (과 사이의), which the sentence alone
	 * hides (for the others it shows more) */
	if (!m && sp->b >= 2 && p[sp->b - 2] == '.' &&
	    (p[sp->b] == '(' || (sp->e - sp->b >= 3 && (unsigned char)p[sp->b] == 0xEC &&
	                            !memcmp(p + sp->b, "와", 3))) &&
	    ko_markup_at(p, sp->e, sp->b, &len) == KO_MARKUP_PARTICLE)
		m = KO_MARKUP_PARTICLE;
	if (!m && (words & KO_WORDS_GLOSS))
		m = KO_MARKUP_GLOSS;
	if (!m)
		m = cut_sentence(p + sp->b, sp->e - sp->b, (words & KO_WORDS_AGREEMENT) != 0);
	return m;
}

int ko_task_sent_markup(struct ko_gen *g, const char *p, size_t i)
{
	if (g->mk[i] == KO_SPAN_UNCHECKED)
		g->mk[i] = (signed char)markup_of(g, p, &g->spans[i]);
	return g->mk[i];
}

int ko_task_text(struct ko_gen *g, struct ko_rec *r, const char *field, int slot,
                 const char **p, size_t *n)
{
	(void)g;
	int e = ko_rec_text(r, field, slot, p, n);
	if (e || !memchr(*p, '\r', *n))
		return e;
	struct ko_buf *b = &r->run->text[slot & 3];
	if (*p != b->p) { /* a text line read in place: a copy to rewrite */
		ko_buf_clear(b);
		ko_buf_add(b, *p, *n);
	}
	char *t = b->p;
	size_t o = 0;
	for (size_t i = 0; i < b->n; i++)
		if (t[i] != '\r')
			t[o++] = t[i];
		else if (i + 1 == b->n || t[i + 1] != '\n')
			t[o++] = ' ';
	b->n = o;
	t[o] = 0;
	*p = t;
	*n = o;
	return 0;
}

/* (a byte of a wider space is also one of a Hangul syllable's) */
static int ascii_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

size_t ko_task_flat(struct ko_gen *g, int slot, const char *p, size_t a, size_t e,
                    const struct ko_span *s, size_t ns, const char **q)
{
	struct ko_buf *out = &g->flat[slot & 1];
	const char *nl;
	size_t at = a, done = a, k = 0; /* searched from at; copied up to done */
	int copying = 0;
	*q = p + a;
	if (g->split_flags & KO_SPLIT_NEWLINE_HARD)
		return e - a;
	while (at < e && (nl = memchr(p + at, '\n', e - at))) {
		size_t i = (size_t)(nl - p);
		at = i + 1;
		while (k < ns && s[k].e <= i)
			k++;
		if (k == ns)
			break;
		if (s[k].b > i) /* between two sentences: as written */
			continue;
		/* the run of white space around it, within the sentence */
		size_t rb = i, re = i + 1;
		while (rb > s[k].b && rb > done && ascii_blank(p[rb - 1]))
			rb--;
		while (re < s[k].e && re < e && ascii_blank(p[re]))
			re++;
		if (!copying) {
			ko_buf_clear(out);
			ko_buf_reserve(out, e - a);
			copying = 1;
		}
		ko_buf_add(out, p + done, rb - done);
		ko_buf_addc(out, ' ');
		done = at = re;
	}
	if (!copying)
		return e - a;
	ko_buf_add(out, p + done, e - done);
	*q = out->p;
	return out->n;
}

size_t ko_task_split(struct ko_gen *g, const char *p, size_t n, const struct ko_span **s)
{
	size_t k = ko_task_split_lazy(g, p, n, s);
	/* Markup only for a text the caller will use: one that stopped at
	 * MAX + 1 is passed on. */
	for (size_t i = 0; k < split_most(g) && i < k; i++)
		ko_task_sent_markup(g, p, i);
	return k;
}

const char *ko_task_markup_reason(int kind)
{
	static const char *const reasons[KO_MARKUP_NKINDS] = {
		"no sentence", "sentence with markup (tag)", "sentence with markup (entity)",
		"sentence with markup (link)", "sentence with markup (template)",
		"sentence with markup (placeholder)", "sentence with markup (magic word)",
		"sentence with markup (emphasis)", "sentence with markup (empty bracket)",
		"sentence with markup (namespace)", "sentence with markup (particle alone)",
		"list lead-in without its list", "sentence with a list's number or bullet",
		"sentence that sends the reader to another article",
		"hatnote (the page speaking of itself)", "sentence with markup (emptied number)",
		"sentence with markup (glued gloss)", "sentence with a web address",
		"sentence with an unpaired bracket",
		"sentence with a removed formula or figure",
		"sentence with a particle that does not fit its word",
		"sentence that opens with a comma",
		"sentence with markup (empty link slot)",
		"sentence that opens inside another",
	};
	return kind > 0 && kind < KO_MARKUP_NKINDS ? reasons[kind] : "sentence with markup";
}

int ko_task_markup(const char *p, size_t n)
{
	size_t at, len, i = 0;
	/* (white space of spaces and tabs holds none: ko_task_markup_in) */
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (i == n)
		return KO_MARKUP_NONE;
	return ko_markup_find(p, n, &at, &len);
}

void ko_task_markup_text(struct ko_gen *g, const char *p, size_t n)
{
	if (p != g->mx.p || n != g->mx.n)
		ko_markup_index_set(&g->mx, p, n);
}

int ko_task_text_markup(struct ko_gen *g, const char *p, size_t n)
{
	size_t i = 0;
	ko_task_markup_text(g, p, n);
	/* (as ko_task_markup_in: no item in spaces and tabs alone, nor a
	 * lead-in) */
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (i == n)
		return KO_MARKUP_NONE;
	int k = ko_markup_text_in(&g->mx, 0, n);
	/* and what the sentences' checks find at a sentence's end or in a
	 * word (ko_task_sent_markup): a passage with it is cut to a clean
	 * stretch like one with any other markup (ko_copula_hole_in,
	 * ko_glued_gloss and ko_particle_mismatch in one pass) */
	unsigned words = k ? 0 : ko_markup_words_text(p, n);
	if (!k && (words & KO_WORDS_COPULA))
		k = KO_MARKUP_PARTICLE;
	if (!k && (words & KO_WORDS_GLOSS))
		k = KO_MARKUP_GLOSS;
	if (!k) {
		/* (a whole text: memchr of each byte, fewer looks than its bits,
		 * unless the bits mark the formula's holes too, which it
		 * then need not look for on its own) */
		unsigned f = g->mx.holes ? rare_in(&g->mx, 0, n) : rare_of(p, n);
		k = f & RARE_URL ? KO_MARKUP_URL : f & RARE_LIST ? KO_MARKUP_LIST_ITEM :
		    f & RARE_PAREN ? KO_MARKUP_UNBALANCED : 0;
		if (!k && (g->mx.holes ? (f & RARE_FORMULA) != 0 : ko_formula_hole(p, n) != 0))
			k = KO_MARKUP_FORMULA;
	}
	/* (a comma opening the text; one opening a later sentence is its
	 * sentence's, found when the text is cut to a clean stretch) */
	if (!k)
		k = cut_sentence(p, n, (words & KO_WORDS_AGREEMENT) != 0);
	return k;
}

int ko_task_markup_in(struct ko_gen *g, const char *p, size_t n)
{
	size_t at, len, i = 0;
	/* The white space between two sentences, most often one space, is
	 * asked for every pair: no item starts at a space or a tab, nor
	 * after one at either (a longer text stops at its first letter). */
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (i == n)
		return KO_MARKUP_NONE;
	uintptr_t t = (uintptr_t)g->mx.p, q = (uintptr_t)p;
	if (t && q >= t && n <= g->mx.n && q - t <= g->mx.n - n)
		return ko_markup_find_in(&g->mx, q - t, q - t + n, &at, &len);
	return ko_markup_find(p, n, &at, &len);
}

int ko_task_routed_by_sentences(const struct ko_gen *g)
{
	for (int i = 0; i <= g->lastrule; i++)
		if (g->rule[i].have_if)
			return 1;
	return 0;
}

int ko_task_in_range(const struct ko_gen *g, size_t nsent)
{
	for (int i = 0; i <= g->lastrule; i++) {
		const struct ko_task_rule *ru = &g->rule[i];
		if ((g->took >> i & 1) &&
		    (!ru->have_if || (nsent >= ru->if_min && nsent <= ru->if_max)))
			return 1;
	}
	return 0;
}

int ko_task_pass(const struct ko_gen *g, struct ko_rec *r)
{
	/* (a record ko_task_mine asked about is known: the lookup of a key
	 * costs a hundred instructions a record) */
	int task = g->cur == r && g->cur_line == r->line && g->cur_lineno == r->lineno ?
	               g->cur_task : is_task(r);
	if (!g->drop_others || task)
		ko_pass(r);
	else
		ko_rec_reject(r, "no task took it (outside --share or --if-sentences)");
	return 0;
}

int ko_task_unusable(const struct ko_gen *g, struct ko_rec *r, const char *reason)
{
	if (!g->pass_unused)
		return ko_rec_reject(r, reason);
	ko_pass(r);
	return 0;
}

void ko_task_seed_with(struct ko_rec *r, uint64_t h)
{
	uint64_t seed = r->run ? r->run->opt->seed : 1;
	r->seed = ko_mix64(seed, ko_mix64(h, 0x7061737361676555ULL /* "passage" */));
	r->seeded = 1;
}

void ko_task_rng(struct ko_rec *r, struct ko_rng *rng)
{
	const char *name = ko_progname();
	ko_rng_seed(rng, ko_mix64(ko_rec_seed(r), ko_hash64(name, strlen(name), 0)));
}

/* ---- the task record ---- */

static int skipped_key(const struct ko_json *j, int key, const char *const *skip)
{
	static const char *const own[] = {"instruction", "input", "output", "task", "id",
	                                   "source", "license", "system", KO_SPANS_FIELD, NULL};
	const struct ko_json_tok *k = &j->tok[key];
	size_t n = (size_t)(k->end - k->start);
	const char *p = j->s + k->start;
	for (int i = 0; own[i]; i++)
		if (strlen(own[i]) == n && !memcmp(own[i], p, n))
			return 1;
	for (int i = 0; skip && skip[i]; i++)
		if (strlen(skip[i]) == n && !memcmp(skip[i], p, n))
			return 1;
	return 0;
}

static const struct task_tmpls *tmpls_of(const struct ko_gen *g, const struct ko_task *t)
{
	for (int i = 0; i < g->ntasks; i++)
		if (g->tasks[i].task == t)
			return &g->tasks[i];
	/* A tool passed a task it never declared: a bug, not a data error. */
	ko_die("task %s was not given to ko_task_init", t->name);
}

/* The wording drawn by s; under an explicit --context-in input, one of the
 * built-in wordings that leave the passage to the input (a template file's
 * lines are used as written). */
static const struct tmpl *pick_tmpl(const struct ko_gen *g, const struct task_tmpls *tt,
                                    uint64_t s)
{
	const struct tmpl *tp = &tt->t[s % tt->n];
	if (!g->context_in_input || !tp->input || tp->owned[0])
		return tp;
	size_t m = 0;
	for (size_t k = 0; k < tt->n; k++)
		m += !tt->t[k].input;
	if (!m)
		return tp;
	for (size_t k = 0, want = s % m;; k++)
		if (!tt->t[k].input && !want--)
			return &tt->t[k];
}

int ko_task_chunk(const struct ko_rec *r, unsigned long long *index, unsigned long long *count)
{
	size_t n;
	char *end;
	const char *ix = ko_rec_raw(r, "chunk_index", &n);
	if (!ix)
		return 0;
	const char *cnt = ko_rec_raw(r, "chunk_count", &n);
	*index = strtoull(ix, &end, 10);
	*count = cnt ? strtoull(cnt, &end, 10) : 0;
	return 1;
}

int ko_task_licensed(struct ko_gen *g, struct ko_rec *r)
{
	/* The licence travels with the task, and is checked where the task
	 * is derived: a string field "license", else none. */
	size_t licn = 0;
	const char *licraw = ko_rec_raw(r, "license", &licn);
	const char *why;
	g->licraw = licraw, g->licrawn = licn;
	ko_buf_clear(&g->lic);
	if (licraw && licraw[0] == '"')
		ko_json_str(&r->json, ko_json_get(&r->json, "license"), &g->lic, &why);
	return ko_license_ok(&g->licenses, g->lic.p ? g->lic.p : "", g->lic.n);
}

/* A string literal appended, its length known when compiled (ko_buf_adds
 * counts it: a call and a strlen for each member name of every task). */
#define ADD_LIT(b, lit) ko_buf_add((b), (lit), sizeof(lit) - 1)

/* "infix/name" into d, cut to fit cap bytes with its NUL, as snprintf
 * would (which costs more than the rest of a task's id, once a task). */
static void id_suffix(char *d, size_t cap, const char *infix, const char *name)
{
	size_t k = 0;
	for (; *infix && k + 1 < cap; infix++)
		d[k++] = *infix;
	if (k + 1 < cap)
		d[k++] = '/';
	for (; *name && k + 1 < cap; name++)
		d[k++] = *name;
	d[k] = 0;
}

int ko_task_emit(struct ko_gen *g, struct ko_rec *r, const struct ko_task *t,
                 const struct ko_task_val *vals, int nvals, const char *const *skip)
{
	const struct task_tmpls *tt = tmpls_of(g, t);
	if (!ko_task_licensed(g, r))
		return ko_rec_reject(r, "license");
	/* (a text line has no fields to carry one) */
	g->unlicensed += !g->licenses.any && !g->lic.n && r->is_json;
	if (!g->licenses.any && g->lic.n && ko_license_restricted(g->lic.p, g->lic.n) &&
	    !g->restricted++)
		snprintf(g->restricted_first, sizeof g->restricted_first, "%.*s",
		         (int)(g->lic.n < 60 ? g->lic.n : 60), g->lic.p);
	uint64_t s = ko_mix64(ko_rec_seed(r), 0x746d706c /* "tmpl" */);
	const struct tmpl *tp = pick_tmpl(g, tt, s);
	struct ko_buf *in = &g->in, *out = &g->out, *rec = &g->rec;

	ko_buf_clear(in);
	ko_buf_clear(out);
	const char *inp, *outp;
	size_t inn, outn;
	fill(in, tp->input ? tp->input : t->input, vals, nvals, &inp, &inn);
	fill(out, tp->output ? tp->output : t->output, vals, nvals, &outp, &outn);

	ko_buf_clear(rec);
	ADD_LIT(rec, "{\"instruction\":\"");
	expand_pieces(rec, tp, vals, nvals);
	if (!tp->input && g->context_in_instruction && inn) {
		ko_json_quote_more(rec, "\n\n", 2);
		ko_json_quote_more(rec, inp, inn);
		inn = 0;
	}
	ADD_LIT(rec, "\",\"input\":");
	ko_json_quote(rec, inp, inn);
	ADD_LIT(rec, ",\"output\":");
	ko_json_quote(rec, outp, outn);
	ADD_LIT(rec, ",\"task\":");
	ko_json_quotes(rec, t->name);
	ADD_LIT(rec, ",\"id\":");
	char suffix[160]; /* the infix, "/" and the name, cut to fit */
	id_suffix(suffix, sizeof suffix, g->id_infix ? g->id_infix : "", t->name);
	const struct ko_rec *named = g->id_as ? g->id_as : r;
	if (!ko_rec_id_with(named, rec, suffix)) {
		/* A record without an id (a text line among them) is named by
		 * its bytes, as ko-split names its chunks ("h" and 16 hex
		 * digits): the task can be traced back, and the tasks of one
		 * document kept together by ko-mix --group-by id. */
		ko_buf_addf(rec, "\"h%016llx",
		            (unsigned long long)ko_hash64(named->line, named->len, 0x646f63 /* "doc" */));
		ko_json_quote_more(rec, suffix, strlen(suffix));
		ko_buf_addc(rec, '"');
	}
	size_t n;
	const char *src = ko_rec_raw(r, "source", &n);
	if (src) {
		ADD_LIT(rec, ",\"source\":");
		ko_buf_add(rec, src, n);
	}
	if (g->licraw) { /* (looked up by ko_task_licensed above) */
		ADD_LIT(rec, ",\"license\":");
		ko_buf_add(rec, g->licraw, g->licrawn);
	}
	if (g->extra)
		ko_buf_add(rec, g->extra, g->extran);
	if (g->system_text) {
		ADD_LIT(rec, ",\"system\":");
		ko_json_quotes(rec, g->system_text);
	} else if (g->system_auto && tt->nsys) {
		uint64_t sp = ko_mix64(ko_rec_seed(r), 0x73797374656d /* "system" */);
		ADD_LIT(rec, ",\"system\":");
		ko_json_quotes(rec, tt->sys[sp % tt->nsys]);
	}
	if (g->keep_fields && r->is_json && r->parsed) {
		const struct ko_json *j = &r->json;
		int i = 1;
		for (int c = 0; c < j->tok[0].size; c++) {
			int key = i, val = i + 1;
			i = ko_json_skip(j, val);
			if (skipped_key(j, key, skip))
				continue;
			const struct ko_json_tok *kt = &j->tok[key], *vt = &j->tok[val];
			int lo = vt->type == KO_JSON_STRING ? vt->start - 1 : vt->start;
			int hi = vt->type == KO_JSON_STRING ? vt->end + 1 : vt->end;
			ko_buf_addc(rec, ',');
			ko_buf_add(rec, j->s + kt->start - 1, (size_t)(kt->end - kt->start + 2));
			ko_buf_addc(rec, ':');
			ko_buf_add(rec, j->s + lo, (size_t)(hi - lo));
		}
	}
	ko_buf_addc(rec, '}');
	rec->p[rec->n] = 0;
	ko_emit(r->run, rec->p, rec->n);
	return 0;
}

/* 1 if template t, its placeholders read as wildcards, matches the start
 * of s[0..n); *lit is the length of its literal text. Pieces are found
 * leftmost, which is exact for wildcards that match anything. */
static int glob_prefix(const char *t, const char *s, size_t n, size_t *lit)
{
	size_t at = 0;
	int anchored = 1;
	char piece[512] = {0}; /* only the k bytes written are read */
	*lit = 0;
	while (*t) {
		if (*t == '{' && t[1] != '{') {
			const char *e = strchr(t, '}');
			if (!e)
				return 0;
			t = e + 1;
			anchored = 0;
			continue;
		}
		size_t k = 0;
		while (*t && !(*t == '{' && t[1] != '{')) {
			if ((*t == '{' || *t == '}') && t[1] == *t)
				t++;
			if (k < sizeof piece)
				piece[k++] = *t;
			t++;
		}
		if (anchored) {
			if (k > n - at || memcmp(s + at, piece, k))
				return 0;
			at += k;
		} else {
			size_t i = at;
			while (i + k <= n && memcmp(s + i, piece, k))
				i++;
			if (i + k > n)
				return 0;
			at = i + k;
		}
		*lit += k;
		anchored = 0;
	}
	return 1;
}

long ko_template_match(const char *task, const char *s, size_t n)
{
	long best = -1;
	size_t bestlit = 0, tl = strlen(task), lit;
	for (size_t i = 0; i < ko_ntemplates; i++) {
		const char *k = ko_templates[i].task;
		if (strncmp(k, task, tl) || (k[tl] && k[tl] != '-'))
			continue;
		if (glob_prefix(ko_templates[i].instruction, s, n, &lit) && (best < 0 || lit > bestlit))
			best = (long)i, bestlit = lit;
	}
	return best;
}

const char *ko_task_wording(const struct ko_gen *g, const struct ko_task *t, uint64_t pick)
{
	const struct task_tmpls *tt = tmpls_of(g, t);
	return tt->t[pick % tt->n].instruction;
}

void ko_task_notes(struct ko_gen *g, const struct ko_run *run)
{
	/* (the tasks are all written by now: what is still buffered goes
	 * out as it would at the close, so that a full disk shows first) */
	if (run->stop || ko_status() || ko_writer_flush(run->out))
		g->restricted = g->unlicensed = 0;
}

void ko_task_free(struct ko_gen *g)
{
	/* Deriving tasks is what ND forbids, and they are for training
	 * models that may be sold: say so once, where no policy was asked. */
	if (g->restricted)
		ko_warn("%zu task%s derived from records whose licence forbids derivatives or "
		        "commercial use, or is not one it knows (the first: %s); --licenses "
		        "commercial leaves them out",
		        g->restricted, g->restricted == 1 ? "" : "s", g->restricted_first);
	if (g->unlicensed)
		ko_warn("%zu task%s derived from records without a licence (no \"license\" string "
		        "in them; ko-import --license sets one): --licenses commercial would "
		        "leave them out", g->unlicensed, g->unlicensed == 1 ? "" : "s");
	for (int i = 0; i < g->ntasks; i++) {
		for (size_t k = 0; k < g->tasks[i].n; k++) {
			for (int m = 0; m < 3; m++)
				free(g->tasks[i].t[k].owned[m]);
			ko_buf_free(&g->tasks[i].t[k].lit);
			free(g->tasks[i].t[k].pieces);
		}
		free(g->tasks[i].t);
		for (size_t k = 0; k < g->tasks[i].nsys; k++)
			free(g->tasks[i].sysown[k]);
		free(g->tasks[i].sys);
		free(g->tasks[i].sysown);
	}
	free(g->tasks);
	free(g->spans);
	free(g->mk);
	ko_markup_index_free(&g->mx);
	ko_buf_free(&g->in);
	ko_buf_free(&g->out);
	ko_buf_free(&g->rec);
	ko_buf_free(&g->lic);
	ko_buf_free(&g->flat[0]);
	ko_buf_free(&g->flat[1]);
	g->tasks = NULL;
	g->spans = NULL;
	g->mk = NULL;
	g->ntasks = 0;
}

/* A Hangul syllable whose final is ㅆ or ㅅ (했, 겠, 엇: a past or future
 * stem, or its common misspelling, before a final ending). */
static int past_stem(uint32_t c)
{
	unsigned t = (c - KO_SYL_FIRST) % 28;
	return t == 20 || t == 19;
}

/* A Hangul syllable that ends a stem whose 다 is a sentence's end, not
 * part of a noun (짧다, 없다, 좋다, 않다, 같다; 싶다, 한다, 된다): a final
 * ㄼ ㅄ ㅎ ㄶ ㅌ, or 싶, 한 or 된 (not any ㅍ: 앞다투어). */
static int adj_stem(uint32_t c)
{
	unsigned t = (c - KO_SYL_FIRST) % 28;
	return t == 11 || t == 18 || t == 27 || t == 6 || t == 25 || c == 0xC2F6 || c == 0xD55C ||
	       c == 0xB41C;
}

/* 1 if the word w[0..n) holds a final ending with more of a word glued
 * after it (좋았겠냐작가, 이뻤나이효리, 보여주네요눈감고): two sentences
 * written without the space the splitter needs; with mid set (a word
 * before the sentence's last), also one that ends in it (해야지 에혀,
 * 감사합니다 하고). A quotation or a connective after the ending is one
 * word (했다고, 있다면, 했지만). */
static int glued_end(const char *w, size_t n, int mid)
{
	static const char after[] = "고는며가면니던든만더시라도요";
	uint32_t s[64];
	size_t k = 0;
	for (size_t i = 0; i + 3 <= n && k < 64; i += 3) {
		uint32_t c = ko_syllable_at((const unsigned char *)w + i, 3);
		if (!c)
			break;
		s[k++] = c;
	}
	for (size_t j = 1; j + (mid ? 0 : 2) < k; j++) {
		uint32_t c = s[j], b = s[j - 1];
		int end = ((c == 0xB2E4 || c == 0xB0D0 || c == 0xB098 || c == 0xB124 || c == 0xC9C0) &&
		           past_stem(b)) || /* 다 냐 나 네 지 after 했 겠 */
		          (c == 0xB2E4 && (b == 0xB2C8 || adj_stem(b))) || /* 니다, 짧다 없다 좋다 */
		          (c == 0xC694 && (b == 0xB124 || b == 0xC8E0 || b == 0xAE4C || b == 0xC5B4 ||
		                           b == 0xC544 || b == 0xD574 || b == 0xC138 || b == 0xC5D0 ||
		                           b == 0xC608 || b == 0xAC8C || b == 0xC6CC || b == 0xB3FC ||
		                           b == 0xC918 || b == 0xBD10));
		/* 요 after 네 죠 까 어 아 해, 세 에 예 게 워 돼 줘 봐 */
		if (!end)
			continue;
		if (j + 1 == k)
			return 1; /* a final ending before another word */
		int joint = 0;
		for (size_t a = 0; a + 3 <= sizeof after - 1; a += 3)
			if (ko_syllable_at((const unsigned char *)after + a, 3) == s[j + 1])
				joint = 1;
		if (!joint)
			return 1;
	}
	return 0;
}

int ko_task_glued_word(const char *w, size_t n)
{
	/* syllable pairs that end a word or a clause inside one: 는데, 는게,
	 * 는거, 다고, 해서, 해야, 하고, 고싶, 수있, 수없 */
	const unsigned char *u = (const unsigned char *)w;
	size_t k = n / 3;
	int final = 0; /* a syllable of a final ending inside (glued_end's) */
	if (k < 5 || n % 3)
		return 0;
	uint32_t b = ko_syllable_at(u, 3);
	if (!b)
		return 0;
	for (size_t j = 1; j < k; j++) {
		uint32_t c = ko_syllable_at(u + 3 * j, 3);
		if (!c)
			return 0;
		if (j >= 2 && j + 1 < k) {
			/* an object's particle with a verb of two syllables or
			 * more after it (결혼을해야합니다); not after one syllable,
			 * as in 가을, 마을 */
			if ((c == 0xC744 || c == 0xB97C) && j + 2 < k)
				return 1;
			if ((b == 0xB294 && (c == 0xB370 || c == 0xAC8C || c == 0xAC70)) ||
			    (b == 0xB2E4 && c == 0xACE0) || (b == 0xD574 && (c == 0xC11C || c == 0xC57C)) ||
			    (b == 0xD558 && c == 0xACE0) || (b == 0xACE0 && c == 0xC2F6) ||
			    (b == 0xC218 && (c == 0xC788 || c == 0xC5C6)))
				return 1;
		}
		final |= j + 1 < k && (c == 0xB2E4 || c == 0xB0D0 || c == 0xB098 || c == 0xB124 ||
		                       c == 0xC9C0 || c == 0xC694);
		b = c;
	}
	return final && glued_end(w, n, 0);
}

int ko_task_written_end(const char *p, struct ko_span s)
{
	size_t e = s.e;
	uint32_t c = 0;
	/* the last character but closing quotes and brackets */
	while (e > s.b) {
		size_t at = e - 1;
		while (at > s.b && ((unsigned char)p[at] & 0xC0) == 0x80)
			at--;
		if (ko_utf8_decode(p + at, e - at, &c) <= 0)
			break;
		if (c != '"' && c != '\'' && c != ')' && c != ']' && c != 0x201D && c != 0x2019 &&
		    c != 0x300D && c != 0x300F)
			break;
		e = at;
	}
	/* the written style's end: a stop after 다 (이다., 했다.) */
	return c == '.' && e - s.b >= 4 && ko_syllable_at((const unsigned char *)p + e - 4, 3) == 0xB2E4;
}

int ko_task_chat_jamo(const char *p, size_t n)
{
	/* (compatibility jamo are E3 84 B1 to E3 86 8E) */
	for (const char *q = p; (q = memchr(q, 0xE3, (size_t)(p + n - q))) != NULL; q++) {
		uint32_t c;
		if (ko_utf8_decode(q, (size_t)(p + n - q), &c) == 3 && ko_is_compat_jamo(c))
			return 1;
	}
	return 0;
}

int ko_task_bare_ends(const char *p, const struct ko_span *s, size_t ns)
{
	size_t bare = 0;
	/* (read only until the count decides: half of them bare, or too
	 * few left to make half) */
	for (size_t k = 0; k < ns && 2 * bare < ns && 2 * (bare + ns - k) >= ns; k++)
		bare += !ko_task_written_end(p, s[k]);
	return ns && 2 * bare >= ns;
}

int ko_task_informal(const char *p, size_t n, const struct ko_span *s, size_t ns)
{
	return ko_task_chat_jamo(p, n) || ko_task_bare_ends(p, s, ns);
}

/* Whether w[0..n) is one of the k words of list, a list in byte order
 * (task_words.h), by a binary search. Each probe compares the bytes in
 * place (a shorter word first where one is the other's start): words
 * of a few bytes that most often differ in the first three cost less so
 * than a strlen and a memcmp call. */
static int adverb_in(const char *const *list, size_t k, const char *w, size_t n)
{
	const unsigned char *v = (const unsigned char *)w;
	size_t lo = 0, hi = k;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, j = 0;
		const unsigned char *a = (const unsigned char *)list[mid];
		while (j < n && a[j] && a[j] == v[j])
			j++;
		int d = j < n ? (a[j] && a[j] > v[j] ? 1 : -1) : a[j] != 0;
		if (!d)
			return 1;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

const char *ko_task_loose_order(const char *p, size_t n)
{
	/* (ahead_b, ahead_e: the next word, when the adverb test read it) */
	size_t i = 0, l, ahead_b = SIZE_MAX, ahead_e = 0;
	while (i < n) {
		while (i < n && (l = ko_space_len(p + i, n - i)))
			i += l;
		if (i == n)
			break;
		size_t b = i, te;
		if (b == ahead_b)
			i = ahead_e;
		while (i < n && !ko_space_len(p + i, n - i))
			i++;
		size_t e = i, rest = e;
		while (rest < n && (l = ko_space_len(p + rest, n - rest)))
			rest += l;
		int last = rest == n;
		/* the word without the marks at its end */
		for (te = e; te > b; te--) {
			unsigned char u = (unsigned char)p[te - 1];
			if (!(u == '.' || u == ',' || u == '!' || u == '?' || u == '~' || u == ';'))
				break;
		}
		/* (the last word is the predicate: 이게 다.; every adverb is
		 * Hangul, one to five syllables) */
		unsigned char u0 = (unsigned char)p[b];
		if (!last && te > b && te - b <= 15 && (te - b) % 3 == 0 && u0 >= 0xEA && u0 <= 0xED) {
			size_t next = rest;
			while (next < n && !ko_space_len(p + next, n - next))
				next++;
			ahead_b = rest, ahead_e = next;
			while (next < n && (l = ko_space_len(p + next, n - next)))
				next += l;
			int before_last = next == n;
			if (adverb_in(free_adverbs, sizeof free_adverbs / sizeof *free_adverbs, p + b, te - b) ||
			    (!before_last &&
			     adverb_in(degree_adverbs, sizeof degree_adverbs / sizeof *degree_adverbs, p + b, te - b)))
				return "no sentence with one right order (an adverb that moves)";
		}
		uint32_t prev = 0;
		for (size_t j = b; j < e;) {
			uint32_t c;
			int m;
			/* (most characters are syllables) */
			if (j + 3 <= e && (c = ko_syllable_at((const unsigned char *)p + j, 3))) {
				prev = c;
				j += 3;
				continue;
			}
			m = ko_utf8_decode(p + j, e - j, &c);
			if (m <= 0)
				m = 1, c = 0xFFFD;
			if (ko_is_compat_jamo(c))
				return "no sentence with one right order (jamo such as ㅋㅋ)";
			/* a stop after a syllable, then more of the word, or
			 * before the last word: sentences run together */
			if (ko_is_hangul_syllable(prev) &&
			    (c == '.' || c == '?' || c == '!' || c == 0x2026 || c == ';' ||
			     (c == '~' && (j + 1 == e || p[j + 1] == '~')))) {
				size_t after = j + (size_t)m;
				uint32_t q = 0;
				while (after < e && strchr(".?!~;", p[after]))
					after++;
				/* a quotation closes after it ("나가자."라고) */
				if (after < e && ko_utf8_decode(p + after, e - after, &q) > 0 &&
				    (q == '"' || q == '\'' || q == 0x201D || q == 0x2019 || q == 0x300D ||
				     q == 0x300F))
					after = e, last = 1;
				if (!last || after < e)
					return "no sentence with one right order (sentences run together)";
			}
			prev = c;
			j += (size_t)m;
		}
		if (glued_end(p + b, te - b, !last))
			return "no sentence with one right order (sentences run together)";
	}
	return NULL;
}

/* The length of the placeholder (<URL>, <PHONE_2>: '<', an upper-case
 * letter, upper-case letters, digits or '_', '>') at p[i], or 0. */
static size_t placeholder_len(const char *p, size_t n, size_t i)
{
	size_t j = i + 1;
	if (p[i] != '<' || j >= n || p[j] < 'A' || p[j] > 'Z')
		return 0;
	while (j < n && ((p[j] >= 'A' && p[j] <= 'Z') || (p[j] >= '0' && p[j] <= '9') || p[j] == '_'))
		j++;
	return j < n && p[j] == '>' ? j + 1 - i : 0;
}

int ko_task_placeholder_answer(const char *p, size_t n)
{
	size_t i = 0, chars = 0, held = 0, l;
	int first = 1;
	if (!memchr(p, '<', n))
		return 0;
	while (i < n) {
		if ((l = ko_space_len(p + i, n - i))) {
			i += l;
			continue;
		}
		if ((l = placeholder_len(p, n, i))) {
			if (first)
				return 1;
			held += l, chars += l, i += l;
			continue;
		}
		uint32_t c;
		int m = ko_utf8_decode(p + i, n - i, &c);
		i += m > 0 ? (size_t)m : 1;
		chars++;
		if (!(c == '"' || c == '\'' || c == '(' || c == '['))
			first = 0;
	}
	return chars && 2 * held >= chars;
}

/* The kinds of specifics (ko_task_new_specific). */
enum { SPEC_NUMBER = 1, SPEC_LATIN, SPEC_HANJA };

static inline int digit_at(const char *p, size_t n, size_t i)
{
	return i < n && p[i] >= '0' && p[i] <= '9';
}

/* The code point at p[i] (i < n) and its length in *len (1 for a byte
 * that starts none). */
static uint32_t code_at(const char *p, size_t n, size_t i, size_t *len)
{
	uint32_t c;
	int l = ko_utf8_decode(p + i, n - i, &c);
	*len = l > 0 ? (size_t)l : 1;
	return l > 0 ? c : 0xFFFD;
}

/* Whether the character that ends at p[i], or the one at p[i] (i < n),
 * is a Latin letter. */
static int latin_before(const char *p, size_t i)
{
	size_t b = i, len;
	while (b > 0 && i - b < 4 && ((unsigned char)p[--b] & 0xC0) == 0x80)
		;
	return i > 0 && ko_is_latin_letter(code_at(p, i, b, &len));
}

static int latin_after(const char *p, size_t n, size_t i)
{
	size_t len;
	return i < n && ko_is_latin_letter(code_at(p, n, i, &len));
}

/* Whether c[0..cn) holds the specific s[0..sn) of the kind: a number or
 * a Latin word whole, with no digit (or digit after a ',' or '.') or no
 * Latin letter glued on either side, so that 15 is not found in 2015
 * nor Ham in Hamburg; a run of hanja anywhere (a name in hanja is
 * glossed in parts: 安益泰 then 益泰). */
static int holds(const char *c, size_t cn, const char *s, size_t sn, int kind)
{
	const char *q = c, *end = c + cn;
	/* (a first byte, then the rest: needles are a few bytes, the context
	 * a few sentences, too short for memmem's tables to pay) */
	while ((size_t)(end - q) >= sn && (q = memchr(q, s[0], (size_t)(end - q) - sn + 1))) {
		if (memcmp(q + 1, s + 1, sn - 1)) {
			q++;
			continue;
		}
		size_t b = (size_t)(q - c), e = b + sn;
		if (kind == SPEC_HANJA)
			return 1;
		if (kind == SPEC_NUMBER ? !(b > 0 && digit_at(c, cn, b - 1)) &&
		                              !(b > 1 && (c[b - 1] == ',' || c[b - 1] == '.') &&
		                                digit_at(c, cn, b - 2)) &&
		                              !digit_at(c, cn, e) &&
		                              !(e < cn && (c[e] == ',' || c[e] == '.') &&
		                                digit_at(c, cn, e + 1))
		                        : !latin_before(c, b) && !latin_after(c, cn, e))
			return 1;
		q++;
	}
	return 0;
}

/* Whether the byte b may start a specific or a placeholder: an ASCII
 * digit or letter, '<', or the lead byte of a Latin letter past ASCII (C3
 * to C9, E1) or of a hanja (E3 to E9, EF). Hangul syllables (EA to ED)
 * and the bytes that go on a character (80 to BF) never. */
static inline int spec_byte(unsigned char b)
{
	return (b >= '0' && b <= '9') || ((b | 32) >= 'a' && (b | 32) <= 'z') || b == '<' ||
	       (b >= 0xC3 && b <= 0xC9) || b == 0xE1 || (b >= 0xE3 && b <= 0xE9) || b == 0xEF;
}

/* The first offset from i on of a spec_byte in a[0..n), or n: most of an
 * answer is Hangul and spaces, passed 16 bytes at a time. */
static size_t spec_next(const char *a, size_t n, size_t i)
{
#ifdef __SSE2__
	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(a + i));
		__m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
		__m128i l = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(32)), _mm_set1_epi8('a'));
		__m128i c = _mm_sub_epi8(x, _mm_set1_epi8((char)0xC3));
		__m128i h = _mm_sub_epi8(x, _mm_set1_epi8((char)0xE3));
		__m128i m = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d),
		                 _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(25)), l)),
		    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(c, _mm_set1_epi8(6)), c),
		                              _mm_cmpeq_epi8(_mm_min_epu8(h, _mm_set1_epi8(6)), h)),
		                 _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('<')),
		                                           _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE1))),
		                              _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xEF)))));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
	}
#endif
	while (i < n && !spec_byte((unsigned char)a[i]))
		i++;
	return i;
}

size_t ko_task_new_specific(const char *a, size_t an, const char *c, size_t cn, size_t *at)
{
	size_t i = 0, j, len;
	while ((i = spec_next(a, an, i)) < an) {
		unsigned char b = (unsigned char)a[i];
		int kind;
		if (b >= '0' && b <= '9') {
			/* 2022, 75,000, 3.5: a ',' or '.' between two digits
			 * is inside the number */
			j = i + 1;
			for (;;) {
				while (digit_at(a, an, j))
					j++;
				if (j + 1 < an && (a[j] == ',' || a[j] == '.') && digit_at(a, an, j + 1))
					j += 2;
				else
					break;
			}
			kind = SPEC_NUMBER;
		} else if (b < 0x80 && !((b | 32) >= 'a' && (b | 32) <= 'z')) {
			/* (a placeholder, <PHONE>, is no word of the text's) */
			i += (len = placeholder_len(a, an, i)) ? len : 1;
			continue;
		} else {
			uint32_t u = code_at(a, an, i, &len);
			kind = ko_is_latin_letter(u) ? SPEC_LATIN : ko_is_hanja(u) ? SPEC_HANJA : 0;
			if (!kind) {
				i += len;
				continue;
			}
			for (j = i + len; j < an; j += len) {
				u = code_at(a, an, j, &len);
				if (kind == SPEC_LATIN ? !ko_is_latin_letter(u) : !ko_is_hanja(u))
					break;
			}
		}
		if (!holds(c, cn, a + i, j - i, kind)) {
			*at = i;
			return j - i;
		}
		i = j;
	}
	return 0;
}
