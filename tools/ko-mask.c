/* ko-mask - mask-prediction tasks: one occurrence of a word (or --count
 * words) replaced by a mask token, the words are the answer. */
#include <stdlib.h>
#include <string.h>

#include "ko.h"
#include "ko-mask-words.h"

static const struct ko_task tasks[] = {
	{"mask", NULL, "text mask answer count", "{text}", "{answer}"},
	{"mask", "mask-multi", "text mask answer count", "{text}", "{answer}"},
};


struct conf {
	const char *mask;
	size_t mask_len, min_len, min_chars, count;
	int eojeol, any_word;
	struct ko_gen gen;
	/* The record's candidates and work buffers, reused: cand in text
	 * order, pool the ones that may be masked, best first, and the picks. */
	struct ko_span *cand, *pool, *pick;
	size_t ncand, capcand;
	unsigned char *clue;
	uint32_t *stems; /* a hash table of stems: candidate + 1, or 0 */
	size_t stemcap;
	uint16_t freq[1024]; /* mask_words by hash: its index + 1, or 0 */
	size_t *at;
	struct ko_buf text, answer, num;
};

enum { OPT_EOJEOL = 0x100, OPT_MIN_LEN, OPT_MIN_CHARS, OPT_COUNT, OPT_MASK, OPT_ANY_WORD };

static const struct option longopts[] = {
	{"eojeol", no_argument, NULL, OPT_EOJEOL},
	{"min-len", required_argument, NULL, OPT_MIN_LEN},
	{"min-chars", required_argument, NULL, OPT_MIN_CHARS},
	{"any-word", no_argument, NULL, OPT_ANY_WORD},
	{"count", required_argument, NULL, OPT_COUNT},
	{"mask", required_argument, NULL, OPT_MASK},
	KO_TASK_LONGOPTS,
	KO_TASK_SENT_LONGOPTS,
	{0},
};

static void option(struct conf *c, int code, const char *arg)
{
	switch (code) {
	case OPT_EOJEOL: c->eojeol = 1; break;
	case OPT_MIN_LEN: c->min_len = ko_opt_u64("--min-len", arg, 1, 1000); break;
	case OPT_MIN_CHARS: c->min_chars = ko_opt_u64("--min-chars", arg, 0, 100000); break;
	case OPT_ANY_WORD: c->any_word = 1; break;
	case OPT_COUNT: c->count = ko_opt_u64("--count", arg, 1, 100); break;
	case OPT_MASK:
		if (!*arg || ko_utf8_check(arg, strlen(arg)) != strlen(arg))
			ko_usage("--mask: expected a non-empty UTF-8 token");
		c->mask = arg;
		c->mask_len = strlen(arg);
		break;
	default:
		if (ko_task_option(&c->gen, code, arg) < 0)
			ko_usage("%s", c->gen.err);
	}
}

static void add_cand(struct conf *c, size_t b, size_t e)
{
	if (c->ncand == c->capcand) {
		c->capcand = c->capcand ? 2 * c->capcand : 256;
		c->cand = ko_xrealloc(c->cand, c->capcand * sizeof *c->cand);
		c->pool = ko_xrealloc(c->pool, c->capcand * sizeof *c->pool);
		c->clue = ko_xrealloc(c->clue, c->capcand);
	}
	c->cand[c->ncand].b = b;
	c->cand[c->ncand++].e = e;
}

static int syllable_at(const unsigned char *u, size_t i, size_t n)
{
	return i < n && ko_syllable_bytes(u + i, n - i);
}

/* Maximal runs of at least min_len Hangul syllables. */
static void hangul_runs(struct conf *c, const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0;
	while (i < n) {
		if (!syllable_at(u, i, n)) {
			i++;
			continue;
		}
		size_t b = i, k = 0;
		while (syllable_at(u, i, n))
			i += 3, k++;
		if (k >= c->min_len)
			add_cand(c, b, i);
	}
}

/* Eojeol (words between white space, U+00A0 and U+3000 included) with
 * punctuation at either end cut off, holding a Hangul syllable and at
 * least min_len characters. */
static void eojeols(struct conf *c, const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0, l;
	while (i < n) {
		while (i < n && (l = ko_space_len(p + i, n - i)))
			i += l;
		size_t b = i;
		while (i < n && !ko_space_len(p + i, n - i))
			i++;
		size_t e = i;
		uint32_t cp;
		int k;
		while (b < e && (k = ko_utf8_decode(p + b, e - b, &cp)) > 0 && ko_is_punct(cp))
			b += (size_t)k;
		while (e > b) {
			size_t s = e - 1;
			while (s > b && (u[s] & 0xC0) == 0x80)
				s--;
			if (ko_utf8_decode(p + s, e - s, &cp) <= 0 || !ko_is_punct(cp))
				break;
			e = s;
		}
		if (b >= e)
			continue;
		int hangul = 0;
		for (size_t j = b; j < e && !hangul; j++)
			hangul = syllable_at(u, j, e);
		if (hangul && ko_utf8_count(p + b, e - b) >= c->min_len)
			add_cand(c, b, e);
	}
}

static const char *find(const char *s, size_t n, const char *w, size_t wn)
{
	for (size_t i = 0; i + wn <= n; i++) {
		const char *h = memchr(s + i, w[0], n - i - wn + 1);
		if (!h)
			return NULL;
		if (!memcmp(h, w, wn))
			return h;
		i = (size_t)(h - s);
	}
	return NULL;
}

/* Where the token occurs in s, left to right without overlap: must be
 * exactly at the places we put it for the answers to be restorable. */
static int restorable(const struct conf *c, const char *s, size_t n, const size_t *at,
                      size_t nat)
{
	const char *mask = c->mask;
	size_t mask_len = c->mask_len, found = 0, i = 0;
	while (i + mask_len <= n) {
		const char *h = memchr(s + i, mask[0], n - i - mask_len + 1);
		if (!h)
			break;
		i = (size_t)(h - s);
		if (memcmp(h, mask, mask_len)) {
			i++;
			continue;
		}
		if (found == nat || at[found] != i)
			return 0;
		found++;
		i += mask_len;
	}
	return found == nat;
}

static int cmp_span(const void *a, const void *b)
{
	const struct ko_span *x = a, *y = b;
	return x->b < y->b ? -1 : x->b > y->b;
}

/* One of the most frequent forms of the language (ko-mask-words.h): 있다,
 * 다른, 다음과 are guessed from grammar alone and teach nothing. Looked up
 * in a small hash table made once. */
#define NFREQ (sizeof ((struct conf *)0)->freq / sizeof *((struct conf *)0)->freq)
static void freq_init(struct conf *c)
{
	_Static_assert(sizeof mask_words / sizeof *mask_words < NFREQ / 2, "table too small");
	for (size_t k = 0; k < sizeof mask_words / sizeof *mask_words; k++) {
		const char *f = mask_words[k].form;
		size_t h = ko_hash64(f, strlen(f), 0) & (NFREQ - 1);
		while (c->freq[h])
			h = (h + 1) & (NFREQ - 1);
		c->freq[h] = (uint16_t)(k + 1);
	}
}

static int frequent(const struct conf *c, const char *w, size_t n)
{
	for (size_t h = ko_hash64(w, n, 0) & (NFREQ - 1); c->freq[h]; h = (h + 1) & (NFREQ - 1)) {
		const char *f = mask_words[c->freq[h] - 1].form;
		if (!strncmp(f, w, n) && !f[n])
			return 1;
	}
	return 0;
}

/* A word right next to a markup character ([[분류:...]], <ref>, {{...}},
 * formula_3, &lt;) is residue of extraction, not language to guess. */
static int by_markup(const char *p, size_t n, const struct ko_span *s)
{
	static const char marks[] = "[]{}<>|=_&";
	return (s->b > 0 && memchr(marks, p[s->b - 1], sizeof marks - 1)) ||
	       (s->e < n && memchr(marks, p[s->e], sizeof marks - 1));
}

/* The stem a clue is matched on: the first two syllables of a word that
 * starts with two (6 bytes), else nothing. */
static int stem2(const char *p, const struct ko_span *s)
{
	const unsigned char *u = (const unsigned char *)p;
	return s->e - s->b >= 6 && syllable_at(u, s->b, s->e) && syllable_at(u, s->b + 3, s->e);
}

/* A word the passage gives a clue for: another word starts with the same
 * two syllables (the word again, its stem with another ending, a compound
 * of it: 지리통계학은 and 지리통계학이다, 사용하여 and 사용되는). A name
 * that occurs once has none, and only its surroundings can tell it. A hash
 * table of the first two syllables finds the words sharing them. */
static uint64_t stem_key(const char *p, const struct ko_span *s)
{
	uint64_t key = 0; /* the six bytes of two syllables */
	for (int j = 0; j < 6; j++)
		key = key << 8 | (unsigned char)p[s->b + j];
	return key;
}

static void mark_clues(struct conf *c, const char *p)
{
	memset(c->clue, 0, c->ncand);
	size_t cap = 16;
	while (cap < 2 * c->ncand)
		cap *= 2;
	if (cap > c->stemcap) {
		c->stemcap = cap;
		c->stems = ko_xrealloc(c->stems, cap * sizeof *c->stems);
	}
	memset(c->stems, 0, cap * sizeof *c->stems);
	for (size_t k = 0; k < c->ncand; k++) {
		if (!stem2(p, &c->cand[k]))
			continue;
		uint64_t key = stem_key(p, &c->cand[k]);
		size_t h = ko_fmix64(key) & (cap - 1);
		while (c->stems[h] && stem_key(p, &c->cand[c->stems[h] - 1]) != key)
			h = (h + 1) & (cap - 1);
		if (c->stems[h])
			c->clue[k] = c->clue[c->stems[h] - 1] = 1;
		else
			c->stems[h] = (uint32_t)(k + 1);
	}
}

/* Put count picks at the front of pool: from the nclue words with a clue
 * while they last, then from the rest; uniform within each. */
static void draw(struct ko_span *pool, size_t npool, size_t nclue, size_t count,
                 struct ko_rng *rng)
{
	for (size_t k = 0; k < count; k++) {
		size_t lo = k, hi = k < nclue ? nclue : npool;
		size_t j = lo + (size_t)ko_rng_below(rng, hi - lo);
		struct ko_span t = pool[k];
		pool[k] = pool[j];
		pool[j] = t;
	}
}

/* The passage of a text that carries markup: the longest run (in bytes)
 * of its sentences with no markup in them nor in the white space between
 * them, from the start of the first to the end of the last. 0 if there is
 * none. */
static int clean_run(const char *p, const struct ko_span *s, size_t ns, const char **rp,
                     size_t *rn)
{
	size_t best = 0, bb = 0, be = 0, from = 0;
	int open = 0;
	for (size_t i = 0; i < ns; i++) {
		if (s[i].markup) {
			open = 0;
			continue;
		}
		if (!open || ko_task_markup(p + s[i - 1].e, s[i].b - s[i - 1].e))
			from = s[i].b;
		open = 1;
		if (s[i].e - from > best)
			best = s[i].e - from, bb = from, be = s[i].e;
	}
	/* an item that spans two sentences is in neither alone */
	if (!best || ko_task_markup(p + bb, be - bb))
		return 0;
	*rp = p + bb;
	*rn = be - bb;
	return 1;
}

/* One record: a task, a pass, a reject or a failure. */
static int mask(struct conf *c, struct ko_rec *r)
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
	const struct ko_span *sent = NULL;
	size_t ns = 0;
	if (ko_task_routed_by_sentences(g)) {
		ns = ko_task_split(g, p, n, &sent);
		if (!ko_task_in_range(g, ns))
			return ko_task_pass(g, r);
	}
	/* A text with markup gives its longest clean stretch as the passage. */
	int mk = ko_task_markup(p, n);
	if (mk) {
		if (!sent)
			ns = ko_task_split(g, p, n, &sent);
		/* (too short a stretch is the markup's fault, and said so) */
		if (!clean_run(p, sent, ns, &p, &n) || ko_utf8_count(p, n) < c->min_chars)
			return ko_task_unusable(g, r, ko_task_markup_reason(mk));
	}
	size_t i = 0, l;
	while (i < n && (l = ko_space_len(p + i, n - i)))
		i += l;
	if (i == n)
		return ko_task_unusable(g, r, "no text");
	if (find(p, n, c->mask, c->mask_len))
		return ko_task_unusable(g, r, "mask token already in the text");
	if (ko_utf8_count(p + i, n - i) < c->min_chars)
		return ko_task_unusable(g, r, "passage too short");
	c->ncand = 0;
	if (c->eojeol)
		eojeols(c, p, n);
	else
		hangul_runs(c, p, n);
	/* Keep something to read around the masks. */
	size_t count = c->count;
	if (c->ncand <= count)
		return ko_task_unusable(g, r, "too few maskable words");
	/* The pool: words with a clue first, then the other words that are
	 * not among the most frequent nor next to markup; under --any-word
	 * every candidate. */
	size_t nclue = 0, npool = 0;
	if (c->any_word) {
		memcpy(c->pool, c->cand, c->ncand * sizeof *c->pool);
		npool = c->ncand;
	} else {
		mark_clues(c, p);
		for (int pass = 1; pass >= 0; pass--) {
			for (size_t k = 0; k < c->ncand; k++) {
				const struct ko_span *s = &c->cand[k];
				if (c->clue[k] == pass && !frequent(c, p + s->b, s->e - s->b) &&
				    !by_markup(p, n, s))
					c->pool[npool++] = *s;
			}
			if (pass)
				nclue = npool;
		}
	}
	if (npool < count)
		return ko_task_unusable(g, r, "no word worth masking");
	struct ko_rng rng;
	ko_task_rng(r, &rng);
	c->at = ko_xrealloc(c->at, count * sizeof *c->at);
	c->pick = ko_xrealloc(c->pick, count * sizeof *c->pick);
	struct ko_span *pick = c->pick;
	/* A few draws, since a token that touches its neighbours can hide where
	 * it was put; then give up on the record. */
	const char *why = "mask cannot be restored";
	for (int tries = 0; tries < 8; tries++) {
		draw(c->pool, npool, nclue, count, &rng);
		memcpy(pick, c->pool, count * sizeof *pick);
		/* The answer lists the words in text order. */
		qsort(pick, count, sizeof *pick, cmp_span);
		ko_buf_clear(&c->text);
		ko_buf_clear(&c->answer);
		size_t last = 0;
		for (size_t k = 0; k < count; k++) {
			ko_buf_add(&c->text, p + last, pick[k].b - last);
			c->at[k] = c->text.n;
			ko_buf_add(&c->text, c->mask, c->mask_len);
			last = pick[k].e;
			if (count > 1)
				ko_buf_addf(&c->answer, "%s%zu. ", k ? "\n" : "", k + 1);
			ko_buf_add(&c->answer, p + pick[k].b, pick[k].e - pick[k].b);
		}
		ko_buf_add(&c->text, p + last, n - last);
		if (!restorable(c, c->text.p, c->text.n, c->at, count))
			continue;
		/* A long word masked can bring the passage under the floor. */
		if (ko_utf8_count(c->text.p + i, c->text.n - i) < c->min_chars) {
			why = "passage too short";
			continue;
		}
		ko_buf_clear(&c->num);
		ko_buf_addf(&c->num, "%zu", count);
		struct ko_task_val v[4] = {
			{"text", c->text.p, c->text.n}, {"mask", c->mask, c->mask_len},
			{"answer", c->answer.p, c->answer.n}, {"count", c->num.p, c->num.n},
		};
		const char *skip[2] = {field, NULL};
		return ko_task_emit(g, r, &tasks[count > 1], v, 4, skip);
	}
	return ko_task_unusable(g, r, why);
}

static const struct ko_tool tool = {
	.name = "ko-mask",
	.usage = "[--eojeol] [--min-len N] [--min-chars N] [--any-word] [--count N]\n"
	         "               [--mask TOKEN] [task options] [shared options] [FILE...]",
	.help = "Make mask-prediction tasks: one occurrence of a word of the text (-f,\n"
	        "default text) is replaced by the mask token; the word is the answer.\n"
	        "Words are runs of Hangul syllables by default. The most frequent words\n"
	        "of the language are never masked, and a word the text gives a clue for\n"
	        "(the same first two syllables elsewhere) is preferred.\n"
	        "\n"
	        "      --eojeol          mask whole space-separated words (with Hangul), their\n"
	        "                        leading and trailing punctuation left in place\n"
	        "      --min-len N       shortest word in characters (default 2)\n"
	        "      --min-chars N     reject texts shorter than N characters (default 60)\n"
	        "      --any-word        draw from every word, frequent or not, clue or not\n"
	        "      --count N         mask N words; the answer numbers them (default 1)\n"
	        "      --mask TOKEN      the mask token (default <MASK>)\n"
	        "\n" KO_TASK_HELP KO_TASK_SENT_HELP,
	.longopts = longopts,
};

int main(int argc, char **argv)
{
	struct conf c = {.mask = "<MASK>", .mask_len = 6, .min_len = 2, .min_chars = 60, .count = 1};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (ko_task_init(&c.gen, tasks, 2) < 0)
		ko_fatal(2, "%s", c.gen.err);
	freq_init(&c);
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		mask(&c, r);
	ko_task_free(&c.gen);
	free(c.cand);
	free(c.pool);
	free(c.pick);
	free(c.clue);
	free(c.stems);
	free(c.at);
	ko_buf_free(&c.text);
	ko_buf_free(&c.answer);
	ko_buf_free(&c.num);
	return ko_close(&run);
}
