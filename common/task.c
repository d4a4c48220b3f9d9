/* task.c - templates, the task record, rejects and the --share slice
 * shared by the task generators. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ko.h"

/* One usable template of a task. input and output are NULL when the
 * template gives only the instruction. */
struct tmpl {
	const char *instruction, *input, *output;
};

struct task_tmpls {
	const struct ko_task *task;
	struct tmpl *t;
	size_t n;
};

static const char *template_file;
static const char *system_text;
static int context_in_instruction, keep_fields, drop_others;
static double share_from = 0, share_to = 1;
static int have_share;
static size_t if_min, if_max = (size_t)-1;
static int have_if, split_flags;

static struct task_tmpls *tasks;
static int ntasks;


static double parse_frac(const char *s, const char *end, const char *opt, const char *arg)
{
	char *e;
	errno = 0;
	double v = strtod(s, &e);
	if (errno || e != end || e == s || !(v >= 0 && v <= 1))
		ko_usage_error("%s: expected FROM:TO, fractions from 0 to 1, not '%s'", opt, arg);
	return v;
}

static size_t parse_count(const char *s, const char *end, const char *opt, const char *arg)
{
	char *e;
	errno = 0;
	unsigned long long v = strtoull(s, &e, 10);
	if (errno || e != end || e == s || *s == '-')
		ko_usage_error("%s: expected MIN:MAX, not '%s'", opt, arg);
	return (size_t)v;
}

int ko_task_option(int c, const char *arg)
{
	const char *colon;
	switch (c) {
	case KO_OPT_TEMPLATE: template_file = arg; return 1;
	case KO_OPT_SYSTEM: system_text = arg; return 1;
	case KO_OPT_KEEP: keep_fields = 1; return 1;
	case KO_OPT_CONTEXT_IN:
		if (!strcmp(arg, "instruction"))
			context_in_instruction = 1;
		else if (!strcmp(arg, "input"))
			context_in_instruction = 0;
		else
			ko_usage_error("--context-in: expected instruction or input, not '%s'", arg);
		return 1;
	case KO_OPT_OTHERS:
		if (!strcmp(arg, "drop"))
			drop_others = 1;
		else if (!strcmp(arg, "pass"))
			drop_others = 0;
		else
			ko_usage_error("--others: expected pass or drop, not '%s'", arg);
		return 1;
	case KO_OPT_SHARE:
		if (!(colon = strchr(arg, ':')))
			ko_usage_error("--share: expected FROM:TO, not '%s'", arg);
		share_from = parse_frac(arg, colon, "--share", arg);
		share_to = parse_frac(colon + 1, arg + strlen(arg), "--share", arg);
		if (share_from > share_to)
			ko_usage_error("--share: FROM is above TO in '%s'", arg);
		have_share = 1;
		return 1;
	case KO_OPT_LINES: split_flags |= KO_SPLIT_NEWLINE_HARD; return 1;
	case KO_OPT_IF_SENT:
		if (!(colon = strchr(arg, ':')))
			ko_usage_error("--if-sentences: expected MIN:MAX, not '%s'", arg);
		if_min = parse_count(arg, colon, "--if-sentences", arg);
		if_max = parse_count(colon + 1, arg + strlen(arg), "--if-sentences", arg);
		if (if_min > if_max)
			ko_usage_error("--if-sentences: MIN is above MAX in '%s'", arg);
		have_if = 1;
		return 1;
	}
	return 0;
}

/* ---- templates ---- */

static int known_task(const char *name, size_t n)
{
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

static void add_tmpl(struct task_tmpls *tt, const char *ins, const char *in, const char *out)
{
	tt->t = ko_xrealloc(tt->t, (tt->n + 1) * sizeof *tt->t);
	tt->t[tt->n++] = (struct tmpl){ins, in, out};
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

static void load_templates(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "%s: %s: %s\n", ko_progname, path, strerror(errno));
		exit(2);
	}
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	int replaced[64] = {0};
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
			fprintf(stderr, "%s: %s:%zu: expected TASK<TAB>INSTRUCTION[<TAB>INPUT"
			        "[<TAB>OUTPUT]]\n", ko_progname, path, lineno);
			exit(2);
		}
		if (!known_task(col[0], coln[0])) {
			fprintf(stderr, "%s: %s:%zu: unknown task '%.*s'\n", ko_progname, path,
			        lineno, (int)coln[0], col[0]);
			exit(2);
		}
		for (int i = 0; i < ntasks; i++) {
			const struct ko_task *t = tasks[i].task;
			const char *key = t->templates ? t->templates : t->name;
			if (strlen(key) != coln[0] || memcmp(key, col[0], coln[0]))
				continue;
			char *c[3] = {NULL, NULL, NULL};
			char bad[200];
			for (int k = 1; k < ncol; k++) {
				c[k - 1] = unescape_col(col[k], coln[k]);
				if (check_vars(t, c[k - 1], bad, sizeof bad) < 0) {
					fprintf(stderr, "%s: %s:%zu: %s\n", ko_progname, path, lineno, bad);
					exit(2);
				}
			}
			/* The file's wordings replace the built-in ones of the task. */
			if (!replaced[i]) {
				tasks[i].n = 0;
				replaced[i] = 1;
			}
			add_tmpl(&tasks[i], c[0], c[1], c[2]);
		}
	}
	if (ferror(f)) {
		fprintf(stderr, "%s: %s: %s\n", ko_progname, path, strerror(errno));
		exit(2);
	}
	free(line);
	fclose(f);
}

void ko_task_init(const struct ko_task *t, int n)
{
	if (n > 64)
		ko_die("too many tasks");
	tasks = ko_xcalloc((size_t)n, sizeof *tasks);
	ntasks = n;
	for (int i = 0; i < n; i++) {
		tasks[i].task = &t[i];
		char bad[200];
		if (check_vars(&t[i], t[i].input, bad, sizeof bad) < 0 ||
		    check_vars(&t[i], t[i].output, bad, sizeof bad) < 0)
			ko_die("built-in task %s: %s", t[i].name, bad);
		const char *key = t[i].templates ? t[i].templates : t[i].name;
		for (size_t k = 0; k < ko_ntemplates; k++)
			if (!strcmp(ko_templates[k].task, key)) {
				if (check_vars(&t[i], ko_templates[k].instruction, bad, sizeof bad) < 0)
					ko_die("built-in template: %s", bad);
				add_tmpl(&tasks[i], ko_templates[k].instruction, NULL, NULL);
			}
	}
	if (template_file)
		load_templates(template_file);
	for (int i = 0; i < n; i++)
		if (!tasks[i].n)
			ko_die("task %s has no template", t[i].name);
}

/* Append template s with the placeholders filled. */
static void expand(struct ko_buf *out, const char *s, const struct ko_task_val *v, int nv)
{
	while (*s) {
		const char *b = strpbrk(s, "{}");
		if (!b) {
			ko_buf_adds(out, s);
			return;
		}
		ko_buf_add(out, s, (size_t)(b - s));
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
				ko_buf_add(out, v[i].p, v[i].n);
				break;
			}
		s = e + 1;
	}
}

/* ---- routing ---- */

double ko_task_share_hash(const struct ko_rec *r)
{
	uint64_t h = ko_mix64(ko_rec_seed(r), 0x7368617265ULL /* "share" */);
	return (double)(h >> 11) * (1.0 / 9007199254740992.0);
}

static int is_task(const struct ko_rec *r)
{
	return r->is_json && ko_json_get(&r->json, "instruction") >= 0;
}

int ko_task_mine(struct ko_rec *r)
{
	if (is_task(r))
		return 0;
	if (!have_share)
		return 1;
	double u = ko_task_share_hash(r);
	return u >= share_from && u < share_to;
}

size_t ko_task_split(const char *p, size_t n, const struct ko_span **s)
{
	static struct ko_span *v;
	static size_t cap;
	struct ko_split sp;
	size_t k = 0, b, e;
	ko_split_init(&sp, p, n, split_flags);
	while (ko_split_next(&sp, &b, &e)) {
		if (k == cap) {
			cap = cap ? 2 * cap : 64;
			v = ko_xrealloc(v, cap * sizeof *v);
		}
		v[k].b = b;
		v[k++].e = e;
	}
	*s = v;
	return k;
}

int ko_task_routed_by_sentences(void)
{
	return have_if;
}

int ko_task_in_range(size_t nsent)
{
	return !have_if || (nsent >= if_min && nsent <= if_max);
}

int ko_task_pass(struct ko_rec *r)
{
	if (!drop_others || is_task(r))
		ko_emit(r->line, r->len);
	else
		ko_task_reject(r, "no task took it (outside --share or --if-sentences)");
	return 0;
}

void ko_task_rng(const struct ko_rec *r, struct ko_rng *rng)
{
	ko_rng_seed(rng, ko_mix64(ko_rec_seed(r), ko_hash64(ko_progname, strlen(ko_progname), 0)));
}

/* ---- the task record ---- */

static int skipped_key(const struct ko_json *j, int key, const char *const *skip)
{
	static const char *const own[] = {"instruction", "input", "output", "task", "id",
	                                   "source", "system", NULL};
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

static const struct task_tmpls *tmpls_of(const struct ko_task *t)
{
	for (int i = 0; i < ntasks; i++)
		if (tasks[i].task == t)
			return &tasks[i];
	ko_die("task %s was not given to ko_task_init", t->name);
}

int ko_task_emit(struct ko_rec *r, const struct ko_task *t, const struct ko_task_val *vals,
                 int nvals, const char *const *skip)
{
	static struct ko_buf ins, in, out, rec;
	const struct task_tmpls *tt = tmpls_of(t);
	uint64_t s = ko_mix64(ko_rec_seed(r), 0x746d706c /* "tmpl" */);
	const struct tmpl *tp = &tt->t[s % tt->n];

	ko_buf_clear(&ins);
	ko_buf_clear(&in);
	ko_buf_clear(&out);
	expand(&ins, tp->instruction, vals, nvals);
	expand(&in, tp->input ? tp->input : t->input, vals, nvals);
	expand(&out, tp->output ? tp->output : t->output, vals, nvals);
	if (!tp->input && context_in_instruction && in.n) {
		ko_buf_adds(&ins, "\n\n");
		ko_buf_add(&ins, in.p, in.n);
		ko_buf_clear(&in);
	}

	ko_buf_clear(&rec);
	ko_buf_adds(&rec, "{\"instruction\":");
	ko_json_quote(&rec, ins.p ? ins.p : "", ins.n);
	ko_buf_adds(&rec, ",\"input\":");
	ko_json_quote(&rec, in.p ? in.p : "", in.n);
	ko_buf_adds(&rec, ",\"output\":");
	ko_json_quote(&rec, out.p ? out.p : "", out.n);
	ko_buf_adds(&rec, ",\"task\":");
	ko_json_quotes(&rec, t->name);
	size_t idn;
	const char *id = ko_rec_id_raw(r, &idn);
	if (id) {
		ko_buf_adds(&rec, ",\"id\":");
		if (id[0] == '"') {
			/* Still escaped JSON: the ASCII suffix goes before the quote. */
			ko_buf_add(&rec, id, idn - 1);
			ko_buf_addc(&rec, '/');
			ko_buf_adds(&rec, t->name);
			ko_buf_addc(&rec, '"');
		} else {
			struct ko_buf tmp = {0};
			ko_buf_add(&tmp, id, idn);
			ko_buf_addc(&tmp, '/');
			ko_buf_adds(&tmp, t->name);
			ko_json_quote(&rec, tmp.p, tmp.n);
			ko_buf_free(&tmp);
		}
	}
	if (r->is_json) {
		int k = ko_json_get(&r->json, "source");
		if (k >= 0) {
			const struct ko_json_tok *v = &r->json.tok[k];
			int lo = v->type == KO_JSON_STRING ? v->start - 1 : v->start;
			int hi = v->type == KO_JSON_STRING ? v->end + 1 : v->end;
			ko_buf_adds(&rec, ",\"source\":");
			ko_buf_add(&rec, r->json.s + lo, (size_t)(hi - lo));
		}
	}
	if (system_text) {
		ko_buf_adds(&rec, ",\"system\":");
		ko_json_quotes(&rec, system_text);
	}
	if (keep_fields && r->is_json) {
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
			ko_buf_addc(&rec, ',');
			ko_buf_add(&rec, j->s + kt->start - 1, (size_t)(kt->end - kt->start + 2));
			ko_buf_addc(&rec, ':');
			ko_buf_add(&rec, j->s + lo, (size_t)(hi - lo));
		}
	}
	ko_buf_addc(&rec, '}');
	ko_emit(rec.p, rec.n);
	return 0;
}

const char *ko_task_wording(const struct ko_task *t, uint64_t pick)
{
	for (int i = 0; i < ntasks; i++)
		if (tasks[i].task == t)
			return tasks[i].t[pick % tasks[i].n].instruction;
	ko_die("task %s was not given to ko_task_init", t->name);
}

/* ---- rejects ---- */

int ko_task_reject(struct ko_rec *r, const char *reason)
{
	ko_rec_reject(r, reason);
	return 0;
}
