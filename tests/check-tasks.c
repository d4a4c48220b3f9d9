/* check-tasks.c - property checks of generated tasks against their sources.
 *
 *	ko-check-tasks [-m MASK] SOURCES.jsonl < TASKS.jsonl
 *
 * Sources are JSONL with "id" and "text"; each task is matched to its
 * source by the id before the last '/'. Checks, by task:
 *   mask            putting the answers back in place of the tokens, in
 *                   order, gives the source text byte for byte (or, in a
 *                   source with markup, a stretch of it);
 *   sentence-order  the output is a run of consecutive sentences of the
 *                   source (the shared splitter's), spaces folded, joined
 *                   by one space; the input lines are those sentences as
 *                   a multiset, not in their order;
 *   word-order      the output is one sentence of the source with its
 *                   white space folded to single spaces, and the input,
 *                   cut at " / ", is its words (the pieces of the output
 *                   between spaces, none empty) as a multiset, not in
 *                   their order: the answer is the words joined by spaces;
 *   last-sentence   input, white space, output is the source text (or
 *                   its end from a later point, where the generator left
 *                   out markup or an earlier section);
 *   next-sentence   the same, but more text may follow (a chunk's last
 *                   sentence may or may not end its document).
 * Prints one line per task kind ("mask 12 ok") and every failure; exit 1
 * if any check failed. Sources stay in memory: this is a test tool. */
#include <stdlib.h>
#include <string.h>

#include "ko.h"

struct src {
	char *id, *text;
	size_t n;
};
static struct src *srcs;
static size_t nsrc;
static const char *mask = "<MASK>";
static int bad;

static const char *kinds[] = {"mask", "sentence-order", "word-order", "last-sentence",
                              "next-sentence"};
static size_t ok[5];

static void fail(const char *id, const char *why)
{
	printf("FAIL %s: %s\n", id, why);
	bad = 1;
}

static int str_field(struct ko_json *j, const char *key, struct ko_buf *out)
{
	const char *why;
	int t = ko_json_get(j, key);
	ko_buf_clear(out);
	if (t < 0)
		return -1;
	if (j->tok[t].type == KO_JSON_PRIMITIVE) {
		ko_buf_add(out, j->s + j->tok[t].start, (size_t)(j->tok[t].end - j->tok[t].start));
		return 0;
	}
	return ko_json_str(j, t, out, &why);
}

/* Pieces of s: lines, or ", "-separated words. */
struct piece {
	const char *p;
	size_t n;
};
static size_t cut(const char *s, size_t n, const char *sep, struct piece *out, size_t max)
{
	size_t k = 0, sl = strlen(sep), b = 0;
	for (size_t i = 0; i + sl <= n && k < max; i++)
		if (!memcmp(s + i, sep, sl)) {
			out[k++] = (struct piece){s + b, i - b};
			b = i + sl;
			i += sl - 1;
		}
	if (k < max)
		out[k++] = (struct piece){s + b, n - b};
	return k;
}

static int cmp_piece(const void *a, const void *b)
{
	const struct piece *x = a, *y = b;
	size_t m = x->n < y->n ? x->n : y->n;
	int c = memcmp(x->p, y->p, m);
	return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* Same multiset, and (unless identity is fine) not the same sequence. */
static const char *compare(struct piece *a, size_t na, struct piece *b, size_t nb)
{
	if (na != nb)
		return "not the same number of units";
	int same_order = 1;
	for (size_t i = 0; i < na; i++)
		if (cmp_piece(&a[i], &b[i]))
			same_order = 0;
	if (same_order)
		return "left in the original order";
	qsort(a, na, sizeof *a, cmp_piece);
	qsort(b, nb, sizeof *b, cmp_piece);
	for (size_t i = 0; i < na; i++)
		if (cmp_piece(&a[i], &b[i]))
			return "units differ from the source's";
	return NULL;
}

static struct ko_buf fold;

/* Where each sentence of the last sentences() call lies in its text. */
static size_t raw[4096][2];

/* The sentences of text as the generators get them from ko_task_split,
 * white space (ko_is_space) folded, into fold. */
static size_t sentences(const char *t, size_t n, struct piece *out, size_t max)
{
	static size_t off[4096][2];
	static struct ko_gen gen;
	const struct ko_span *sp;
	size_t ns = ko_task_split(&gen, t, n, &sp), k = 0;
	ko_buf_clear(&fold);
	for (; k < max && k < ns; k++) {
		size_t b = sp[k].b, e = sp[k].e;
		off[k][0] = fold.n;
		raw[k][0] = b;
		raw[k][1] = e;
		for (size_t i = b, l; i < e;) {
			if (!(l = ko_space_len(t + i, e - i))) {
				ko_buf_addc(&fold, t[i++]);
				continue;
			}
			do
				i += l;
			while (i < e && (l = ko_space_len(t + i, e - i)));
			ko_buf_addc(&fold, ' ');
		}
		off[k][1] = fold.n;
	}
	for (size_t i = 0; i < k; i++)
		out[i] = (struct piece){fold.p + off[i][0], off[i][1] - off[i][0]};
	return k;
}

static struct piece pa[4096], pb[4096];

/* 1 if t has markup and x occurs in t (a generator leaves out what
 * carries markup, so its passage may be a stretch of the source before or
 * after it); *at is where, when at is not NULL. */
static int after_markup(const char *t, size_t n, const char *x, size_t xn, size_t *at)
{
	size_t m, len;
	if (!ko_markup_find(t, n, &m, &len))
		return 0;
	for (size_t i = 0; i + xn <= n; i++)
		if (!memcmp(t + i, x, xn)) {
			if (at)
				*at = i;
			return 1;
		}
	return 0;
}

static void check(const char *id, const char *task, const struct src *s, const char *in,
                  size_t inn, const char *out, size_t outn)
{
	/* the source as the generators see it: from the first sentence to the
	 * end of the last */
	const char *t = s->text;
	size_t n = 0, b, e, first = 0, last = 0;
	struct ko_split sp;
	ko_split_init(&sp, s->text, s->n, 0);
	for (int k = 0; ko_split_next(&sp, &b, &e); k++) {
		if (!k)
			first = b;
		last = e;
	}
	t += first;
	n = last > first ? last - first : 0;
	const char *why = NULL;
	int kind = -1;
	for (int i = 0; i < 5; i++)
		if (!strcmp(task, kinds[i]))
			kind = i;
	if (kind == 0) {
		struct ko_buf r = {0};
		size_t na = 1, ml = strlen(mask), used = 0, i = 0;
		pa[0] = (struct piece){out, outn};
		if (memchr(out, '\n', outn) || (outn > 3 && !memcmp(out, "1. ", 3))) {
			na = cut(out, outn, "\n", pa, 4096);
			for (size_t k = 0; k < na; k++) {
				const char *dot = memchr(pa[k].p, '.', pa[k].n);
				if (!dot || dot + 2 > pa[k].p + pa[k].n || dot[1] != ' ') {
					why = "answers not numbered";
					break;
				}
				pa[k].n -= (size_t)(dot + 2 - pa[k].p);
				pa[k].p = dot + 2;
			}
		}
		while (!why && i < inn) {
			if (i + ml <= inn && !memcmp(in + i, mask, ml)) {
				if (used == na) {
					why = "more tokens than answers";
					break;
				}
				ko_buf_add(&r, pa[used].p, pa[used].n);
				used++;
				i += ml;
			} else {
				ko_buf_addc(&r, in[i++]);
			}
		}
		if (!why && used != na)
			why = "fewer tokens than answers";
		if (!why && (r.n != s->n || memcmp(r.p, s->text, s->n)) &&
		    !after_markup(s->text, s->n, r.p, r.n, NULL))
			why = "restored text differs from the source";
		ko_buf_free(&r);
	} else if (kind == 1) {
		size_t na = cut(in, inn, "\n", pa, 4096);
		size_t nb = sentences(t, n, pb, 4096), fs = nb, ls = nb;
		/* the output: consecutive sentences, spaces folded, joined by
		 * one space */
		for (size_t i = 0; i < nb && fs == nb; i++) {
			size_t at = 0;
			for (size_t j = i; j < nb; j++) {
				if (j > i && !(at < outn && out[at++] == ' '))
					break;
				if (outn - at < pb[j].n || memcmp(out + at, pb[j].p, pb[j].n))
					break;
				at += pb[j].n;
				if (at == outn) {
					fs = i, ls = j;
					break;
				}
			}
		}
		if (fs == nb)
			why = "output is not a run of sentences of the source";
		else
			why = compare(pa, na, pb + fs, ls - fs + 1);
	} else if (kind == 2) {
		size_t nb = sentences(t, n, pb, 4096);
		int found = 0;
		for (size_t i = 0; i < nb && !found; i++)
			found = pb[i].n == outn && !memcmp(pb[i].p, out, outn);
		if (!found)
			why = "output is not a sentence of the source, spaces folded";
		size_t na = cut(in, inn, " / ", pa, 4096);
		size_t nw = cut(out, outn, " ", pb, 4096);
		for (size_t i = 0; !why && i < na; i++)
			if (!pa[i].n)
				why = "an empty word";
		if (!why)
			why = compare(pa, na, pb, nw);
	} else if (kind == 3 || kind == 4) {
		/* The input starts the source, or, where the generator left out
		 * what came before (markup, an earlier section), a later point of
		 * it: then the first place the output follows it. */
		why = "source does not start with the input";
		for (size_t at = 0; at + inn <= n; at++) {
			if (memcmp(t + at, in, inn))
				continue;
			size_t i = at + inn, l;
			while (i < n && (l = ko_space_len(t + i, n - i)))
				i += l;
			/* The gap is the white space between the sentences, or
			 * nothing where the splitter cut inside a word. */
			if (n - i < outn || memcmp(t + i, out, outn))
				why = at ? why : "output does not follow the input in the source";
			else if (kind == 3 && i + outn != n)
				why = at ? why : "output is not the end of the source";
			else {
				why = NULL;
				break;
			}
		}
	} else {
		why = "unknown task";
	}
	if (why)
		fail(id, why);
	else
		ok[kind]++;
}

/* 1 if template t (its {mask} the mask token, other placeholders
 * wildcards) matches all of s[0..n). */
static int glob(const char *t, const char *s, size_t n)
{
	if (!*t)
		return n == 0;
	if (t[0] == '{' && t[1] != '{') {
		const char *e = strchr(t, '}');
		if (!e)
			return 0;
		if (e - t == 5 && !memcmp(t, "{mask}", 6)) {
			size_t k = strlen(mask);
			return n >= k && !memcmp(s, mask, k) && glob(e + 1, s + k, n - k);
		}
		for (size_t i = 0; i <= n; i++)
			if (glob(e + 1, s + i, n - i))
				return 1;
		return 0;
	}
	if ((t[0] == '{' || t[0] == '}') && t[1] == t[0])
		t++;
	return n && *s == *t && glob(t + 1, s + 1, n - 1);
}

/* A built-in wording with an empty input holds the passage ({text} or
 * {items}) in the instruction, before or after the question: find the
 * wording the instruction was made from, and the passage in it. */
static int passage_in(const char *task, const char *ins, size_t n, struct ko_buf *out)
{
	size_t tl = strlen(task);
	for (size_t i = 0; i < ko_ntemplates; i++) {
		const struct ko_template *t = &ko_templates[i];
		if (strncmp(t->task, task, tl) || (t->task[tl] && t->task[tl] != '-') ||
		    !t->input || *t->input)
			continue;
		const char *p = strstr(t->instruction, "{text}");
		if (!p)
			p = strstr(t->instruction, "{items}");
		if (!p)
			continue;
		size_t pl = (size_t)(p - t->instruction), vl = p[1] == 't' ? 6 : 7;
		char *pre = ko_xmalloc(pl + 1);
		memcpy(pre, t->instruction, pl);
		pre[pl] = 0;
		/* the passage: the longest middle that the two sides match */
		for (size_t b = 0; b <= n; b++) {
			if (!glob(pre, ins, b))
				continue;
			for (size_t e = n; e >= b && e + 1 > 0; e--) {
				if (glob(p + vl, ins + e, n - e)) {
					ko_buf_clear(out);
					ko_buf_add(out, ins + b, e - b);
					free(pre);
					return 0;
				}
				if (!e)
					break;
			}
		}
		free(pre);
	}
	return -1;
}

int main(int argc, char **argv)
{
	int a = 1;
	if (a + 1 < argc && !strcmp(argv[a], "-m")) {
		mask = argv[a + 1];
		a += 2;
	}
	if (a + 1 != argc) {
		fprintf(stderr, "usage: ko-check-tasks [-m MASK] SOURCES.jsonl < TASKS.jsonl\n");
		return 2;
	}
	FILE *f = fopen(argv[a], "r");
	if (!f) {
		perror(argv[a]);
		return 2;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	struct ko_json j = {0};
	struct ko_buf id = {0}, text = {0}, task = {0}, in = {0}, out = {0};
	const char *why;
	while ((len = getline(&line, &cap, f)) > 0) {
		size_t ln = (size_t)len - (line[len - 1] == '\n');
		if (ko_json_parse(&j, line, ln, &why) < 0)
			continue;
		if (str_field(&j, "text", &text) < 0)
			continue;
		if (str_field(&j, "id", &id) < 0 || !id.n) {
			/* a source without an id is named by its bytes, as the
			 * generators and ko-split name it */
			ko_buf_clear(&id);
			ko_buf_addf(&id, "h%016llx", (unsigned long long)ko_hash64(line, ln, 0x646f63));
		}
		srcs = ko_xrealloc(srcs, (nsrc + 1) * sizeof *srcs);
		srcs[nsrc].id = ko_xstrdup(id.p);
		srcs[nsrc].text = ko_xmalloc(text.n + 1);
		memcpy(srcs[nsrc].text, text.p, text.n + 1);
		srcs[nsrc++].n = text.n;
	}
	fclose(f);
	size_t ntask = 0;
	while ((len = getline(&line, &cap, stdin)) > 0) {
		if (ko_json_parse(&j, line, (size_t)len - (line[len - 1] == '\n'), &why) < 0 ||
		    str_field(&j, "task", &task) < 0 || str_field(&j, "input", &in) < 0 ||
		    str_field(&j, "output", &out) < 0 || str_field(&j, "instruction", &text) < 0) {
			fail("?", "not a task record");
			continue;
		}
		ntask++;
		if (str_field(&j, "id", &id) < 0)
			continue; /* no source to compare with */
		char *slash = strrchr(id.p, '/');
		if (!slash || strcmp(slash + 1, task.p)) {
			fail(id.p, "id does not end with /TASK");
			continue;
		}
		*slash = 0;
		struct src *s = NULL;
		for (size_t i = 0; i < nsrc && !s; i++)
			if (!strcmp(srcs[i].id, id.p))
				s = &srcs[i];
		if (!s) {
			fail(id.p, "no source with this id");
			continue;
		}
		if (!in.n && passage_in(task.p, text.p, text.n, &in) < 0) {
			fail(id.p, "empty input, and no built-in wording holds the passage");
			continue;
		}
		check(id.p, task.p, s, in.p ? in.p : "", in.n, out.p ? out.p : "", out.n);
	}
	free(line);
	ko_json_free(&j);
	ko_buf_free(&id), ko_buf_free(&text), ko_buf_free(&task);
	ko_buf_free(&in), ko_buf_free(&out);
	for (int i = 0; i < 5; i++)
		if (ok[i])
			printf("%s %zu ok\n", kinds[i], ok[i]);
	printf("%zu tasks\n", ntask);
	return bad;
}
