/* ko-shuffle-sent - order tasks: the sentences of a text, or the words of
 * one sentence, shuffled (never left in order); the answer is the text as
 * it was. Also concept-to-sentence tasks from word lists. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ko.h"

enum { T_SENT, T_WORD, T_CONCEPT };
static const struct ko_task tasks[] = {
	{"sentence-order", NULL, "items answer count", "{items}", "{answer}"},
	{"word-order", NULL, "items answer count", "{items}", "{answer}"},
	{"concept-sentence", NULL, "items answer count", "{items}", "{answer}"},
};

struct conf {
	int by_word;
	size_t range_min, range_max; /* 0: the unit's default */
	const char *words_field;
	struct ko_gen gen;
	/* The units of the record: spans into items.p, and their order. */
	struct ko_buf items;
	struct ko_span *unit;
	size_t *order;
	size_t nunit, capunit;
	struct ko_buf list, num;
};

enum { OPT_UNIT = 0x100, OPT_RANGE, OPT_WORDS_FIELD };

static const struct option longopts[] = {
	{"unit", required_argument, NULL, OPT_UNIT},
	{"range", required_argument, NULL, OPT_RANGE},
	{"words-field", required_argument, NULL, OPT_WORDS_FIELD},
	KO_TASK_LONGOPTS,
	KO_TASK_SENT_LONGOPTS,
	{0},
};

static void option(struct conf *c, int code, const char *arg)
{
	char *e1, *e2;
	switch (code) {
	case OPT_UNIT:
		if (!strcmp(arg, "word"))
			c->by_word = 1;
		else if (!strcmp(arg, "sentence"))
			c->by_word = 0;
		else
			ko_usage("--unit: expected sentence or word, not '%s'", arg);
		break;
	case OPT_RANGE:
		errno = 0;
		c->range_min = strtoul(arg, &e1, 10);
		if (errno || e1 == arg || *e1 != ':' || *arg == '-')
			ko_usage("--range: expected MIN:MAX, not '%s'", arg);
		c->range_max = strtoul(e1 + 1, &e2, 10);
		if (errno || e2 == e1 + 1 || *e2 || e1[1] == '-' || c->range_min < 2 ||
		    c->range_max < c->range_min || c->range_max > 100000)
			ko_usage("--range: expected MIN:MAX with 2 <= MIN <= MAX, not '%s'", arg);
		break;
	case OPT_WORDS_FIELD: c->words_field = arg; break;
	default:
		if (ko_task_option(&c->gen, code, arg) < 0)
			ko_usage("%s", c->gen.err);
	}
}

static void add_unit(struct conf *c, size_t b, size_t e)
{
	if (c->nunit == c->capunit) {
		c->capunit = c->capunit ? 2 * c->capunit : 64;
		c->unit = ko_xrealloc(c->unit, c->capunit * sizeof *c->unit);
		c->order = ko_xrealloc(c->order, c->capunit * sizeof *c->order);
	}
	c->unit[c->nunit].b = b;
	c->unit[c->nunit++].e = e;
}

/* A sentence as one line: runs of white space (U+3000 and the like too)
 * become one space. */
static void add_sentence(struct conf *c, const char *p, size_t n)
{
	struct ko_buf *items = &c->items;
	size_t b = items->n, l;
	for (size_t i = 0; i < n;) {
		if (!(l = ko_space_len(p + i, n - i))) {
			ko_buf_addc(items, p[i++]);
			continue;
		}
		do
			i += l;
		while (i < n && (l = ko_space_len(p + i, n - i)));
		ko_buf_addc(items, ' ');
	}
	add_unit(c, b, items->n);
}

static int ascii_alnum(uint32_t c)
{
	return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* The words of a sentence without punctuation. Any white space separates
 * words, so a no-break or ideographic space is a gap, not a letter. A mark
 * between two ASCII letters or digits stays (3.5, 1,000, e-mail): it is
 * part of the word. */
static void add_words(struct conf *c, const char *p, size_t n)
{
	struct ko_buf *items = &c->items;
	size_t i = 0, l;
	while (i < n) {
		while (i < n && (l = ko_space_len(p + i, n - i)))
			i += l;
		size_t b = items->n;
		uint32_t prev = 0;
		while (i < n && !ko_space_len(p + i, n - i)) {
			uint32_t cp = (unsigned char)p[i];
			int k = 1;
			if (cp >= 0x80 && (k = ko_utf8_decode(p + i, n - i, &cp)) < 0)
				k = 1, cp = 0xFFFD;
			if (ko_is_punct(cp)) {
				uint32_t next = i + (size_t)k < n ? (unsigned char)p[i + (size_t)k] : 0;
				if (!(ascii_alnum(prev) && ascii_alnum(next))) {
					i += (size_t)k;
					prev = cp;
					continue;
				}
			}
			ko_buf_add(items, p + i, (size_t)k);
			prev = cp;
			i += (size_t)k;
		}
		if (items->n > b)
			add_unit(c, b, items->n);
	}
}

static int same_unit(const struct conf *c, size_t a, size_t b)
{
	const struct ko_span *u = c->unit;
	size_t la = u[a].e - u[a].b, lb = u[b].e - u[b].b;
	return la == lb && !memcmp(c->items.p + u[a].b, c->items.p + u[b].b, la);
}

/* Units [from, from + k): 1 if they are not all the same text. */
static int varied(const struct conf *c, size_t from, size_t k)
{
	for (size_t i = from + 1; i < from + k; i++)
		if (!same_unit(c, from, i))
			return 1;
	return 0;
}

/* order[0..k) becomes a permutation of from..from+k whose texts differ from
 * the original sequence; the units must be varied. */
static void shuffle(struct conf *c, struct ko_rng *rng, size_t from, size_t k,
                    int allow_identity)
{
	size_t *order = c->order;
	for (size_t i = 0; i < k; i++)
		order[i] = from + i;
	for (int tries = 0; tries < 100; tries++) {
		ko_rng_shuffle(rng, order, k, sizeof *order);
		if (allow_identity)
			return;
		for (size_t i = 0; i < k; i++)
			if (!same_unit(c, order[i], from + i))
				return;
	}
	/* A rotation by one differs from the original unless all units are alike. */
	for (size_t i = 0; i < k; i++)
		order[i] = from + (i + 1) % k;
}

/* The units in their shuffled order into c->list. */
static void join(struct conf *c, size_t k, const char *sep)
{
	for (size_t i = 0; i < k; i++) {
		const struct ko_span *u = &c->unit[c->order[i]];
		if (i)
			ko_buf_adds(&c->list, sep);
		ko_buf_add(&c->list, c->items.p + u->b, u->e - u->b);
	}
}

static int emit(struct conf *c, struct ko_rec *r, int task, size_t k, const char *answer,
                size_t an, const char *field)
{
	ko_buf_clear(&c->num);
	ko_buf_addf(&c->num, "%zu", k);
	struct ko_task_val v[3] = {
		{"items", c->list.p, c->list.n}, {"answer", answer, an}, {"count", c->num.p, c->num.n},
	};
	const char *skip[3] = {field, c->words_field, NULL};
	return ko_task_emit(&c->gen, r, &tasks[task], v, 3, skip);
}

/* Concept words from a string (split at spaces and commas) or an array. */
static int concepts(struct conf *c, struct ko_rec *r)
{
	int t = ko_json_get(&r->json, c->words_field);
	if (t < 0)
		return 0;
	const char *why;
	struct ko_buf w = {0};
	const struct ko_json_tok *k = &r->json.tok[t];
	if (k->type == KO_JSON_STRING) {
		if (ko_json_str(&r->json, t, &w, &why) < 0)
			goto bad;
		for (size_t i = 0, l; i < w.n;) {
			while (i < w.n && ((l = ko_space_len(w.p + i, w.n - i)) || w.p[i] == ','))
				i += l ? l : 1;
			size_t b = i;
			while (i < w.n && !ko_space_len(w.p + i, w.n - i) && w.p[i] != ',')
				i++;
			if (i > b) {
				size_t o = c->items.n;
				ko_buf_add(&c->items, w.p + b, i - b);
				add_unit(c, o, c->items.n);
			}
		}
	} else if (k->type == KO_JSON_ARRAY) {
		int j = t + 1;
		for (int m = 0; m < k->size; m++, j = ko_json_skip(&r->json, j)) {
			if (r->json.tok[j].type != KO_JSON_STRING)
				continue;
			ko_buf_clear(&w);
			if (ko_json_str(&r->json, j, &w, &why) < 0)
				goto bad;
			size_t b = 0, l;
			while (b < w.n && (l = ko_space_len(w.p + b, w.n - b)))
				b += l;
			size_t e = b; /* after the last byte that is no space */
			for (size_t i = b; i < w.n;)
				if ((l = ko_space_len(w.p + i, w.n - i)))
					i += l;
				else
					e = ++i;
			if (e > b) {
				size_t o = c->items.n;
				ko_buf_add(&c->items, w.p + b, e - b);
				add_unit(c, o, c->items.n);
			}
		}
	}
	ko_buf_free(&w);
	return 0;
bad:
	ko_buf_free(&w);
	return ko_rec_fail(r, "field \"%s\": %s", c->words_field, why);
}

/* One record: a task, a pass, a reject or a failure. */
static int shuffle_sent(struct conf *c, struct ko_rec *r)
{
	struct ko_gen *g = &c->gen;
	if (!ko_task_mine(g, r))
		return ko_task_pass(g, r);
	const char *field = r->run->opt->field;
	const char *p;
	size_t n;
	int e = ko_rec_text(r, field, 0, &p, &n);
	if (e == KO_REJECT)
		return e;
	if (e)
		p = "", n = 0;
	const struct ko_span *s;
	size_t ns = ko_task_split(g, p, n, &s);
	if (!ko_task_in_range(g, ns))
		return ko_task_pass(g, r);
	if (ns == 0)
		return ko_rec_reject(r, "no text");
	struct ko_rng rng;
	ko_task_rng(r, &rng);
	struct ko_buf *items = &c->items;
	ko_buf_clear(items);
	ko_buf_clear(&c->list);
	c->nunit = 0;

	if (c->words_field) {
		if (!r->is_json || concepts(c, r) == KO_REJECT)
			return r->is_json ? KO_REJECT : ko_rec_reject(r, "no words");
		if (c->nunit == 0)
			return ko_rec_reject(r, "no words");
		shuffle(c, &rng, 0, c->nunit, 1);
		join(c, c->nunit, ", ");
		return emit(c, r, T_CONCEPT, c->nunit, p + s[0].b, s[ns - 1].e - s[0].b, field);
	}

	size_t lo = c->range_min ? c->range_min : 2;
	size_t hi = c->range_max ? c->range_max : c->by_word ? 50 : 15;
	if (!c->by_word) {
		if (ns < lo)
			return ko_rec_reject(r, "too few sentences");
		if (ns > hi)
			return ko_rec_reject(r, "too many sentences");
		for (size_t i = 0; i < ns; i++)
			add_sentence(c, p + s[i].b, s[i].e - s[i].b);
		if (!varied(c, 0, ns))
			return ko_rec_reject(r, "sentences all alike");
		shuffle(c, &rng, 0, ns, 0);
		join(c, ns, "\n");
		return emit(c, r, T_SENT, ns, p + s[0].b, s[ns - 1].e - s[0].b, field);
	}

	/* Word order: one sentence, drawn among those that fit, in one pass
	 * (reservoir sampling) so only the chosen sentence's words are kept. */
	size_t chosen = ns, seen = 0, from = 0, k = 0;
	for (size_t i = 0; i < ns; i++) {
		size_t mark = items->n, m0 = c->nunit;
		add_words(c, p + s[i].b, s[i].e - s[i].b);
		size_t w = c->nunit - m0;
		if (w >= lo && w <= hi && varied(c, m0, w) && ko_rng_below(&rng, ++seen) == 0) {
			chosen = i;
			if (m0) {
				memmove(items->p, items->p + mark, items->n - mark);
				for (size_t j = 0; j < w; j++) {
					c->unit[j].b = c->unit[m0 + j].b - mark;
					c->unit[j].e = c->unit[m0 + j].e - mark;
				}
				items->n -= mark;
			}
			c->nunit = w;
			from = 0, k = w;
			continue;
		}
		items->n = mark;
		c->nunit = m0;
	}
	if (chosen == ns)
		return ko_rec_reject(r, "no sentence with a fitting number of words");
	shuffle(c, &rng, from, k, 0);
	join(c, k, ", ");
	return emit(c, r, T_WORD, k, p + s[chosen].b, s[chosen].e - s[chosen].b, field);
}

static const struct ko_tool tool = {
	.name = "ko-shuffle-sent",
	.usage = "[--unit sentence|word] [--range MIN:MAX] [--words-field F]\n"
	         "                       [task options] [shared options] [FILE...]",
	.help = "Make order tasks: the sentences of the text (-f, default text) shuffled, or\n"
	        "with --unit word the words of one of its sentences, punctuation removed and\n"
	        "repeated words kept; never in the original order. The answer is the text or\n"
	        "sentence as it was. With --words-field, concept-to-sentence tasks: the words\n"
	        "of that field (a string of words or an array) and the text as the answer.\n"
	        "\n"
	        "      --unit UNIT       sentence (default) or word\n"
	        "      --range MIN:MAX   how many units a task may have (default 2:15 sentences,\n"
	        "                        2:50 words); texts outside it are rejected\n"
	        "      --words-field F   concept-to-sentence tasks from the word list in F\n"
	        "\n" KO_TASK_HELP KO_TASK_SENT_HELP,
	.longopts = longopts,
};

int main(int argc, char **argv)
{
	struct conf c = {0};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (ko_task_init(&c.gen, tasks, 3) < 0)
		ko_fatal(2, "%s", c.gen.err);
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		shuffle_sent(&c, r);
	ko_task_free(&c.gen);
	ko_buf_free(&c.items);
	ko_buf_free(&c.list);
	ko_buf_free(&c.num);
	free(c.unit);
	free(c.order);
	return ko_close(&run);
}
