/* ko-quality - heuristic quality filtering with Korean defaults.
 *
 * Each text is measured once (characters, eojeol, letter and symbol
 * shares, lines, paragraphs, repeated eojeol n-grams) and the rules of
 * ko-quality-table.h are tried in order: the first that fails is the
 * reject reason, or with --annotate every measure and every failed rule is
 * written into the record instead. The fields a record is judged by (-f,
 * repeatable) are joined as paragraphs of one text, but repetition is
 * counted within each field, and the n-gram and line rules judge each
 * field long enough to be a text (measure_lines, measure_ngrams). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ko.h"
#include "ko-quality-table.h"

/* A set of 64-bit hashes with counts, emptied per text: one word a
 * slot, the hash's upper 39 bits beside a 25-bit field that holds the
 * generation of the slot (7 bits) and its count (18 bits: a table takes
 * at most 2 MAX_LINES keys a text), so that a table of a long
 * text stays in the cache. A slot of another generation is empty: the
 * set is emptied by counting its generation up, and cleared only when the
 * generations run out. */
struct counts {
	uint64_t *s;
	size_t cap, alloc;
	uint64_t gen; /* 1 .. GEN_MAX, at its place in the slot */
	size_t dirty; /* slots written since the last clearing */
};

/* Memory bounds: repeated n-grams are counted over the first MAX_WORDS
 * eojeol of a text, repeated lines and paragraphs over its first MAX_LINES
 * lines, so that a text of any length is judged in a few megabytes. */
#define MAX_WORDS 65536
#define MAX_LINES 65536
/* Fields judged apart; more are judged with the last (-f allows
 * KO_MAX_FIELDS, the default fields are fewer). */
#define MAX_FIELDS (2 * KO_MAX_FIELDS)

struct conf {
	double limit[NRULES]; /* RULE_OFF: the rule is off */
	int annotate;
	int ngrams;   /* some n-gram rule is on */
	int spam;     /* the spam rule is on, or --annotate */
	struct ko_spam spam_rule;
	struct ko_buf text, out, ann;
	size_t ann_max; /* annotation_max() */
	size_t mlen[M_N], rlen[NRULES]; /* lengths of the measures' and rules' names */
	uint64_t *wh;  /* eojeol hashes */
	uint32_t *wl;  /* eojeol lengths in characters */
	uint64_t *gh;  /* n-gram hashes before the last mix, by start */
	uint32_t *gl;  /* n-gram lengths in characters, by start */
	uint32_t *at;  /* the starts an n-gram pass counts */
	uint32_t *slot; /* the table slot of the n-gram at a start */
	size_t nw, wcap;
	size_t nwords; /* eojeol of the text; nw of them are kept */
	size_t *nl;    /* where the text's newlines are */
	size_t *nlw;   /* the eojeol before each of them */
	size_t *nlc;   /* the characters before each of them */
	size_t nnl, nlcap;
	size_t nchars; /* the text's characters, blanks too */
	/* The fields judged, joined by blank lines: where each starts in
	 * the text, and (measure_lines) its first eojeol; fw[nf] is the
	 * number of eojeol. */
	size_t fstart[MAX_FIELDS], fw[MAX_FIELDS + 1];
	size_t nf;
	/* small tables and large ones apart, so that emptying a small one
	 * when its generations run out clears no large one */
	struct counts set[2];
	struct counts *cur; /* the table of the line pass */
	/* The first two characters of the WHERE_ANY phrases (blanks
	 * skipped, ASCII in lower case; 0: none), so that the character pass
	 * tries a phrase only where one may begin. */
	uint32_t first[NPHRASES], second[NPHRASES];
	int single; /* some phrase is one character */
	/* the phrases by a hash of their first two characters, in order:
	 * chain[k] is the next one after k with the same hash, plus 1 */
	uint16_t bucket[256], chain[NPHRASES];
	/* the same first characters for the WHERE_START phrases */
	uint32_t start_first[NPHRASES];
	/* the distinct ones (죄 and i), to pass over most lines at once */
	uint32_t start_cps[NPHRASES];
	size_t nstart_cps;
	uint32_t bullet_min, bullet_max; /* the least and the greatest of the bullets */
	unsigned char starts_hangul[KO_SYL_LAST - KO_SYL_FIRST + 1];
	unsigned char starts_ascii[128];
};

/* What one text measured. */
struct measure {
	double v[M_N];
	const char *phrase; /* the machine phrase found */
	size_t lines;       /* non-blank lines */
	size_t field_lines; /* those of the longest field the line rules judge */
	size_t ell_lines;   /* lines ending in an ellipsis, where the share is */
};

enum { OPT_ANNOTATE = 0x100, OPT_RULE, OPT_OFF, OPT_LIST };

static const struct option longopts[] = {
	{"annotate", no_argument, NULL, OPT_ANNOTATE},
	{"rule", required_argument, NULL, OPT_RULE},
	{"off", required_argument, NULL, OPT_OFF},
	{"list-rules", no_argument, NULL, OPT_LIST},
	{0},
};

/* The rule named name[0..n), or exit 2 naming the option. */
static size_t rule_index(const char *opt, const char *name, size_t n)
{
	for (size_t i = 0; i < NRULES; i++)
		if (strlen(rules[i].name) == n && !memcmp(rules[i].name, name, n))
			return i;
	ko_usage("%s: no rule '%.*s' (see --list-rules)", opt, (int)n, name);
}

static _Noreturn void list_rules(const struct conf *c)
{
	struct ko_buf b = {0};
	for (size_t i = 0; i < NRULES; i++) {
		ko_buf_addf(&b, "%-20s", rules[i].name);
		if (c->limit[i] == RULE_OFF)
			ko_buf_addf(&b, "%-8s", "off");
		else if (rules[i].measure <= M_LEAD_IN)
			ko_buf_addf(&b, "%-8s", "on");
		else
			ko_buf_addf(&b, "%-8g", c->limit[i]);
		ko_buf_addf(&b, "%s\n", rules[i].help);
	}
	ko_print_exit(b.p);
}

static void option(struct conf *c, int code, const char *arg)
{
	const char *eq, *s;
	size_t i;
	switch (code) {
	case OPT_ANNOTATE: c->annotate = 1; break;
	case OPT_LIST: list_rules(c);
	case OPT_RULE:
		i = strcspn(arg, "=");
		if (!arg[i])
			ko_usage("--rule: expected NAME=VALUE, not '%s'", arg);
		eq = arg + i;
		i = rule_index("--rule", arg, i);
		if (!strcmp(eq + 1, "off")) {
			c->limit[i] = RULE_OFF;
		} else if (rules[i].measure <= M_LEAD_IN) {
			if (strcmp(eq + 1, "on"))
				ko_usage("--rule: %s is on or off, not '%s'", rules[i].name, eq + 1);
			c->limit[i] = 0;
		} else {
			char *end;
			double v = strtod(eq + 1, &end);
			if (end == eq + 1 || *end || !(v >= 0) || v > 1e15)
				ko_usage("--rule: %s: expected a number or off, not '%s'", rules[i].name, eq + 1);
			/* a share written as a percentage (min-hangul=60) would
			 * refuse everything, or turn a ceiling off */
			if (v > 1 && (rules[i].measure == M_FFFD ||
			              (rules[i].measure >= M_HANGUL && rules[i].measure <= M_DUP_10GRAM)))
				ko_usage("--rule: %s is a share from 0 to 1, not '%s' (60%% is 0.6)",
				         rules[i].name, eq + 1);
			c->limit[i] = v;
		}
		break;
	case OPT_OFF:
		for (s = arg;; s++) {
			const char *e = strchr(s, ',');
			size_t n = e ? (size_t)(e - s) : strlen(s);
			c->limit[rule_index("--off", s, n)] = RULE_OFF;
			if (!e)
				break;
			s = e;
		}
		break;
	}
}

/* ---- the set of counts ---- */

#define COUNT_BITS 25 /* generation and count */
#define COUNT_MASK ((1u << COUNT_BITS) - 1)
#define GEN_SHIFT 18
#define GEN_MAX ((1u << (COUNT_BITS - GEN_SHIFT)) - 1)
#define GEN_MASK ((uint64_t)GEN_MAX << GEN_SHIFT)
#define N_MASK ((1u << GEN_SHIFT) - 1)

/* Make the set empty with room for n keys at half load. */
static void counts_reset(struct counts *s, size_t n)
{
	size_t cap = 64;
	while (cap < 2 * n)
		cap *= 2;
	if (cap > s->alloc) {
		free(s->s);
		s->s = ko_xcalloc(cap, sizeof *s->s);
		s->alloc = cap;
		s->gen = 0;
		s->dirty = 0;
	}
	s->cap = cap;
	s->gen += (uint64_t)1 << GEN_SHIFT;
	if (s->gen > GEN_MASK) {
		/* the generations ran out: clear what they wrote */
		memset(s->s, 0, s->dirty * sizeof *s->s);
		s->gen = (uint64_t)1 << GEN_SHIFT;
		s->dirty = 0;
	}
	if (cap > s->dirty)
		s->dirty = cap;
}

/* An empty set for n keys: a small table or a large one. */
#define SMALL_SLOTS 4096
static struct counts *counts_for(struct conf *c, size_t n)
{
	struct counts *s = &c->set[2 * n > SMALL_SLOTS];
	counts_reset(s, n);
	return s;
}

/* Count hash k once more; returns its count, and its slot in *at. */
static inline uint32_t counts_add_at(struct counts *s, uint64_t k, uint32_t *at)
{
	uint64_t tag = k & ~(uint64_t)COUNT_MASK;
	size_t m = s->cap - 1, i = (size_t)(k >> 40) & m;
	for (;; i = (i + 1) & m) {
		uint64_t v = s->s[i];
		if ((v & GEN_MASK) != s->gen) {
			s->s[i] = tag | s->gen | 1;
			*at = (uint32_t)i;
			return 1;
		}
		if ((v & ~(uint64_t)COUNT_MASK) == tag) {
			/* the count cannot reach N_MASK; the test is a guard */
			v += (v & N_MASK) != N_MASK;
			s->s[i] = v;
			*at = (uint32_t)i;
			return (uint32_t)(v & N_MASK);
		}
	}
}

static inline uint32_t counts_add(struct counts *s, uint64_t k)
{
	uint32_t at;
	return counts_add_at(s, k, &at);
}

/* The count of the key that counts_add_at put in slot i. */
static inline uint32_t counts_seen(const struct counts *s, uint32_t i)
{
	return (uint32_t)(s->s[i] & N_MASK);
}

/* ---- characters ---- */

/* ASCII capitals to small letters, for comparing phrases */
static uint32_t fold(uint32_t cp)
{
	return cp | ((cp >= 'A' && cp <= 'Z') ? 32 : 0);
}


static int is_bullet(const struct conf *c, uint32_t cp)
{
	/* (most lines open with a Hangul syllable, above every bullet) */
	if (cp < c->bullet_min || cp > c->bullet_max)
		return 0;
	for (size_t i = 0; i < sizeof bullets / sizeof bullets[0]; i++)
		if (bullets[i] == cp)
			return 1;
	return 0;
}

/* The WHERE_START phrase that the line at p opens with, or NULL. */
static const char *machine_start(const struct conf *c, const char *p, size_t n)
{
	size_t i = 0;
	uint32_t cp = 0;
	while (i < n) {
		int k = ko_utf8_decode(p + i, n - i, &cp);
		if (k <= 0)
			return NULL; /* no phrase starts with an invalid byte */
		if (!(ko_is_space(cp) || cp == '"' || cp == '\'' || cp == 0x201C ||
		      cp == 0x2018 || cp == '>'))
			break;
		i += (size_t)k;
	}
	if (i == n || !cp)
		return NULL;
	/* the first characters must agree (ASCII in any case) before the
	 * rest is looked at */
	cp = fold(cp);
	size_t s = 0;
	while (s < c->nstart_cps && c->start_cps[s] != cp)
		s++;
	if (s == c->nstart_cps)
		return NULL;
	for (size_t k = 0; k < NPHRASES; k++)
		if (c->start_first[k] == cp && ko_loose_match(p + i, n - i, machine_phrases[k].s))
			return machine_phrases[k].s;
	return NULL;
}

/* 1 if the line (trimmed) ends in an ellipsis: …, ‥, ⋯ or two full stops
 * or more, closing quotes and brackets aside. */
static int ends_ellipsis(const char *p, size_t n)
{
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == ')' || p[n - 1] == '"' || p[n - 1] == '\''))
		n--;
	if (n >= 2 && p[n - 1] == '.' && p[n - 2] == '.')
		return 1;
	if (n >= 3 && (unsigned char)p[n - 3] == 0xE2 &&
	    (((unsigned char)p[n - 2] == 0x80 &&
	      ((unsigned char)p[n - 1] == 0xA6 || (unsigned char)p[n - 1] == 0xA5)) ||
	     ((unsigned char)p[n - 2] == 0x8B && (unsigned char)p[n - 1] == 0xAF)))
		return 1;
	return 0;
}

/* 1 if the text is one or two sentences and the last announces a list. */
static int lead_in_stub(const char *p, size_t n)
{
	struct ko_split sp;
	size_t b, e, lb = 0, le = 0, ns = 0;
	ko_split_init(&sp, p, n, KO_SPLIT_NEWLINE_HARD);
	while (ko_split_next(&sp, &b, &e)) {
		if (++ns > 2)
			return 0;
		lb = b;
		le = e;
	}
	return ns && ko_lead_in(p + lb, le - lb, 0);
}

/* 1 if the line opens a list item. */
static int starts_bullet(const struct conf *c, const char *p, size_t n)
{
	if (n >= 2 && (p[0] == '-' || p[0] == '*' || p[0] == '+') && p[1] == ' ')
		return 1;
	uint32_t cp;
	return n && ko_utf8_decode(p, n, &cp) > 0 && is_bullet(c, cp);
}


/* ---- the spam rule (spam.c) ---- */

/* 1 if some judged field of the text calls the reader elsewhere. A text
 * without a digit or a letter that is not Hangul (most comments) can hold
 * no pointer but a path (카페/이름/): the other pointers are not looked
 * for in it. */
static int spam(const struct conf *c, const char *p, size_t n, const struct measure *m)
{
	int alnum = !(m->v[M_DIGITS] == 0 && m->v[M_HANGUL] == 1);
	for (size_t f = 0; f < c->nf || f == 0; f++) {
		size_t b = f < c->nf ? c->fstart[f] : 0;
		size_t e = f + 1 < c->nf ? c->fstart[f + 1] - 2 : n;
		if (ko_spam_field(&c->spam_rule, p + b, e - b, alnum))
			return 1;
	}
	return 0;
}

/* ---- measuring a text ---- */

static size_t pair_slot(uint32_t a, uint32_t b)
{
	return (size_t)((a * 0x9E3779B1u ^ b * 0x85EBCA6Bu) >> 24);
}

static void index_phrases(struct conf *c)
{
	for (size_t k = 0; k < NPHRASES; k++) {
		const char *q = machine_phrases[k].s;
		uint32_t cp;
		int len;
		if (machine_phrases[k].where == WHERE_START) {
			while (*q == ' ')
				q++;
			if (*q && ko_utf8_decode(q, strlen(q), &cp) > 0)
				c->start_first[k] = fold(cp);
			size_t s = 0;
			while (s < c->nstart_cps && c->start_cps[s] != c->start_first[k])
				s++;
			if (s == c->nstart_cps && c->start_first[k])
				c->start_cps[c->nstart_cps++] = c->start_first[k];
			continue;
		}
		if ((len = ko_utf8_decode(q, strlen(q), &cp)) <= 0)
			continue;
		if (cp < 128) {
			cp = fold(cp);
			c->starts_ascii[cp] = 1;
			c->starts_ascii[cp >= 'a' && cp <= 'z' ? cp - 32 : cp] = 1;
		} else if (ko_is_hangul_syllable(cp)) {
			c->starts_hangul[cp - KO_SYL_FIRST] = 1;
		}
		c->first[k] = cp;
		const char *s2 = q + len;
		uint32_t cp2;
		while (*s2 == ' ')
			s2++;
		if (*s2 && ko_utf8_decode(s2, strlen(s2), &cp2) > 0)
			c->second[k] = fold(cp2);
		else
			c->single = 1;
	}
	c->bullet_min = c->bullet_max = bullets[0];
	for (size_t k = 1; k < sizeof bullets / sizeof bullets[0]; k++) {
		if (bullets[k] < c->bullet_min)
			c->bullet_min = bullets[k];
		if (bullets[k] > c->bullet_max)
			c->bullet_max = bullets[k];
	}
	for (size_t k = NPHRASES; k-- > 0;) {
		if (!c->first[k])
			continue;
		size_t h = pair_slot(c->first[k], c->second[k]);
		c->chain[k] = c->bucket[h];
		c->bucket[h] = (uint16_t)(k + 1);
	}
}

/* First-person words: a machine phrase is the writer speaking of itself
 * only with one of them, in the phrase or before it in its sentence. */
static const char *const first_person[] = {"저는", "저도", "제가", "저의", "저에게", "저를",
                                           "제 ", "I ", "I'm ", "my "};

static int word_at(const char *p, size_t n, size_t i, const char *w)
{
	size_t k = strlen(w);
	return i + k <= n && !memcmp(p + i, w, k) &&
	       (i == 0 || p[i - 1] == ' ' || p[i - 1] == '\n' || p[i - 1] == '"');
}

/* Whether the phrase q found at p[i] is the writer's own voice: not inside
 * quotation marks opened in its sentence (a report quoting a chatbot:
 * "저는 인공지능이기 때문에..." 라는 답변), and either a first-person
 * phrase or one whose sentence names no other subject before it (챗GPT는
 * 오픈AI가 개발한 AI 언어 모델로서 is said of another) unless the writer is
 * in it (죄송하지만 저는 AI 언어 모델로서). Looked at only once a phrase
 * matched. */
static int own_voice(const char *p, size_t i, const char *q)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t s = i;
	while (s > 0 && u[s - 1] != '.' && u[s - 1] != '?' && u[s - 1] != '!' && u[s - 1] != '\n')
		s--;
	int ascii_q = 0, open = 0;
	for (size_t k = s; k < i; k++) {
		if (u[k] == '"')
			ascii_q ^= 1;
		else if (u[k] == 0xE2 && u[k + 1] == 0x80 && (u[k + 2] == 0x9C || u[k + 2] == 0x98))
			open++; /* “ ‘ */
		else if (u[k] == 0xE2 && u[k + 1] == 0x80 && (u[k + 2] == 0x9D || u[k + 2] == 0x99))
			open -= open > 0; /* ” ’ */
		else if (u[k] == 0xE3 && u[k + 1] == 0x80 && (u[k + 2] == 0x8C || u[k + 2] == 0x8E))
			open++; /* 「 『 */
		else if (u[k] == 0xE3 && u[k + 1] == 0x80 && (u[k + 2] == 0x8D || u[k + 2] == 0x8F))
			open -= open > 0; /* 」 』 */
	}
	if (ascii_q || open)
		return 0;
	size_t ql = strlen(q);
	for (size_t f = 0; f < sizeof first_person / sizeof *first_person; f++) {
		if (word_at(q, ql, 0, first_person[f]))
			return 1;
		for (size_t k = 1; k + strlen(first_person[f]) <= ql; k++)
			if (word_at(q, ql, k, first_person[f]))
				return 1;
		for (size_t k = s; k < i; k++)
			if (word_at(p, i, k, first_person[f]))
				return 1;
	}
	/* another subject: a word ending in 은 는 이 가 before the phrase */
	for (size_t k = s; k + 3 < i; k++)
		if (u[k + 3] == ' ' && u[k] == 0xEC && u[k + 1] == 0x9D && (u[k + 2] == 0x80 || u[k + 2] == 0xB4))
			return 0; /* 은 이 */
		else if (u[k + 3] == ' ' && u[k] == 0xEB && u[k + 1] == 0x8A && u[k + 2] == 0x94)
			return 0; /* 는 */
		else if (u[k + 3] == ' ' && u[k] == 0xEA && u[k + 1] == 0xB0 && u[k + 2] == 0x80)
			return 0; /* 가 */
	return 1;
}

/* The WHERE_ANY phrase that starts at p[i], whose first character is cp,
 * or NULL. An ASCII phrase starts a word (not ai in said). */
static const char *machine_at(const struct conf *c, const char *p, size_t n, size_t i, uint32_t cp)
{
	if (cp < 128) {
		if (i > 0 && ((p[i - 1] | 32) >= 'a' && (p[i - 1] | 32) <= 'z'))
			return NULL;
		cp = fold(cp);
	}
	if (c->single) { /* not with the compiled-in phrases */
		for (size_t k = 0; k < NPHRASES; k++)
			if (c->first[k] == cp && ko_loose_match(p + i, n - i, machine_phrases[k].s) &&
			    own_voice(p, i, machine_phrases[k].s))
				return machine_phrases[k].s;
		return NULL;
	}
	/* the text's next character, blanks skipped as loose_match skips
	 * them: only the phrases that begin with both are compared */
	size_t j = i + (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4), sp;
	while (j < n && (sp = ko_space_len(p + j, n - j)))
		j += sp;
	uint32_t cp2;
	if (j == n || ko_utf8_decode(p + j, n - j, &cp2) <= 0)
		return NULL;
	cp2 = fold(cp2);
	for (size_t k = c->bucket[pair_slot(cp, cp2)]; k; k = c->chain[k - 1])
		if (c->first[k - 1] == cp && c->second[k - 1] == cp2 &&
		    ko_loose_match(p + i, n - i, machine_phrases[k - 1].s) &&
		    own_voice(p, i, machine_phrases[k - 1].s))
			return machine_phrases[k - 1].s;
	return NULL;
}

/* How far ahead ngram_shares asks for the slot of a 2-gram. */
#define PREFETCH 16

/* Room for wcap eojeol and one more: the syllable run writes a slot
 * past the last before it knows whether a word ends there. */
static void grow_words(struct conf *c)
{
	c->wcap = c->wcap ? 2 * c->wcap : 1024;
	c->wh = ko_xrealloc(c->wh, (c->wcap + 1) * sizeof *c->wh);
	c->wl = ko_xrealloc(c->wl, (c->wcap + 1) * sizeof *c->wl);
	c->gh = ko_xrealloc(c->gh, (c->wcap + PREFETCH) * sizeof *c->gh);
	c->gl = ko_xrealloc(c->gl, c->wcap * sizeof *c->gl);
	c->at = ko_xrealloc(c->at, c->wcap * sizeof *c->at);
	c->slot = ko_xrealloc(c->slot, c->wcap * sizeof *c->slot);
}

/* One eojeol more: nw stays the lesser of nwords and MAX_WORDS. */
static inline void add_word(struct conf *c, uint64_t h, uint32_t chars)
{
	c->nwords++;
	if (c->nw == MAX_WORDS)
		return;
	if (c->nw == c->wcap)
		grow_words(c);
	c->wh[c->nw] = h ^ h >> 29;
	c->wl[c->nw++] = chars;
}

/* 0 if no WHERE_ANY phrase starts with syllable cp and the syllable at
 * u (the next character when it is one): machine_at need not look. */
static inline int phrase_may_start(const struct conf *c, const unsigned char *u, size_t n, uint32_t cp)
{
	uint32_t cp2;
	if (c->single || !(cp2 = ko_syllable_at(u, n)))
		return 1;
	return c->bucket[pair_slot(cp, cp2)] != 0;
}

/* Where measure_chars is in a run of Hangul syllables. */
struct syl_run {
	size_t i, nwords, wchars;
	uint64_t wh;
	uint32_t cp; /* the syllable at i */
};

/* measure_chars's run of Hangul syllables from r->i, up to byte lim.
 * The run goes on over single spaces between syllables, the most common
 * of boundaries, with one test a syllable whether it goes on: a word ends
 * there without a branch, its slot written whether or not one ends (room
 * made beforehand: a word of the run takes four bytes or more) and
 * counted only if one does. The words it ends add their characters to
 * chars after the run. bound: the run may reach MAX_WORDS, and the slots
 * stop there (a constant: the loop is made twice, and the one of most
 * runs has no bound to keep). */
static inline __attribute__((always_inline)) void
syllable_run(const struct conf *c, struct measure *m, const char *p, size_t n, size_t lim,
             struct syl_run *r, int bound)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = r->i, nwords = r->nwords, wchars = r->wchars;
	uint64_t wh = r->wh;
	uint32_t cp = r->cp;
	uint64_t *wha = c->wh;
	uint32_t *wla = c->wl;
	const unsigned char *starts = c->starts_hangul;
	for (;;) {
		wh = (wh ^ cp) * 0xff51afd7ed558ccdu;
		wchars++;
		if (starts[cp - KO_SYL_FIRST] && !m->phrase &&
		    phrase_may_start(c, u + i + 3, n - i - 3, cp))
			m->phrase = machine_at(c, p, n, i, cp);
		i += 3;
		if (i > lim)
			break; /* the last bytes: the general path */
		size_t sp = u[i] == ' ';
		const unsigned char *q = u + i + sp;
		if ((unsigned)(q[0] - 0xEA) > 3)
			break;
		cp = ((uint32_t)(q[0] & 0x0F) << 12) | ((uint32_t)(q[1] & 0x3F) << 6) |
		     (q[2] & 0x3F);
		if (cp - KO_SYL_FIRST > KO_SYL_LAST - KO_SYL_FIRST)
			break;
		size_t at = !bound || nwords < MAX_WORDS ? nwords : MAX_WORDS;
		wha[at] = wh ^ wh >> 29; /* as add_word */
		wla[at] = (uint32_t)wchars;
		nwords += sp;
		wchars &= sp - 1;
		wh = sp ? 0x9e3779b97f4a7c15u : wh;
		i += sp;
	}
	r->i = i, r->nwords = nwords, r->wchars = wchars, r->wh = wh;
}

/* The character pass: counts of characters, letters, Hangul, jamo,
 * symbols, digits, U+FFFD, and the eojeol. */
static void measure_chars(struct conf *c, const char *p, size_t n, struct measure *m)
{
	/* ASCII: 1 letter, 2 digit, 3 symbol (S*), 4 blank, 0 punctuation
	 * and controls */
	static const unsigned char ascii[128] = {
		['\t'] = 4, ['\n'] = 4, ['\v'] = 4, ['\f'] = 4, ['\r'] = 4, [' '] = 4,
		['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2, ['5'] = 2, ['6'] = 2,
		['7'] = 2, ['8'] = 2, ['9'] = 2, ['$'] = 3, ['+'] = 3, ['<'] = 3, ['='] = 3,
		['>'] = 3, ['^'] = 3, ['`'] = 3, ['|'] = 3, ['~'] = 3,
		['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
		['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
		['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
		['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
		['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
		['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
		['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
		['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
	};
	const unsigned char *u = (const unsigned char *)p;
	size_t chars = 0, letters = 0, hangul = 0, jamo = 0, symbols = 0, digits = 0, fffd = 0;
	size_t wchars = 0;
	size_t ncont = 0; /* continuation bytes before i: i - ncont characters */
	uint64_t wh = 0; /* the eojeol's hash, a multiply per character */
	int inword = 0;
	c->nw = c->nwords = c->nnl = 0;
	for (size_t i = 0; i < n;) {
		unsigned char b = u[i];
		uint32_t cp;
		int k, cls = 0;
		if ((cp = ko_syllable_at(u + i, n - i))) {
			/* a run of Hangul syllables, decided on the bytes: letters
			 * of a word, none of them a blank */
			if (!inword) {
				inword = 1;
				wchars = 0;
				wh = 0x9e3779b97f4a7c15u;
			}
			size_t nwords = c->nwords, i0 = i, nw0 = nwords, w0 = wchars;
			size_t lim = n >= 4 ? n - 4 : 0, need = nwords + (n - i) / 4 + 1;
			struct syl_run r = {i, nwords, wchars, wh, cp};
			/* (a run that cannot reach MAX_WORDS, the most of them,
			 * needs no bound on its slots) */
			int bound = need >= MAX_WORDS;
			if (need > MAX_WORDS)
				need = MAX_WORDS;
			while (need >= c->wcap && c->wcap < MAX_WORDS)
				grow_words(c);
			if (bound)
				syllable_run(c, m, p, n, lim, &r, 1);
			else
				syllable_run(c, m, p, n, lim, &r, 0);
			i = r.i, nwords = r.nwords, wchars = r.wchars, wh = r.wh;
			/* the run's bytes are its syllables and a space
			 * between each two of its words */
			size_t syl = (i - i0 - (nwords - nw0)) / 3;
			hangul += syl;
			ncont += 2 * syl;
			chars += syl + w0 - wchars;
			c->nwords = nwords;
			c->nw = nwords < MAX_WORDS ? nwords : MAX_WORDS;
			continue;
		}
		if (b < 0x80) {
			cp = b;
			k = 1;
			cls = ascii[b];
		} else if ((k = ko_utf8_decode(p + i, n - i, &cp)) <= 0) {
			cp = 0xFFFD;
			k = 1;
			ncont += (b & 0xC0) == 0x80;
		} else {
			ncont += (size_t)k - 1;
			if (ko_is_space(cp))
				cls = 4;
		}
		if (cls == 4) {
			if (inword) {
				chars += wchars;
				add_word(c, wh, (uint32_t)wchars);
			}
			if (b == '\n') {
				if (c->nnl == c->nlcap) {
					c->nlcap = c->nlcap ? 2 * c->nlcap : 256;
					c->nl = ko_xrealloc(c->nl, c->nlcap * sizeof *c->nl);
					c->nlw = ko_xrealloc(c->nlw, c->nlcap * sizeof *c->nlw);
					c->nlc = ko_xrealloc(c->nlc, c->nlcap * sizeof *c->nlc);
				}
				c->nlw[c->nnl] = c->nwords;
				c->nlc[c->nnl] = i - ncont;
				c->nl[c->nnl++] = i;
			}
			inword = 0;
			i += (size_t)k;
			continue;
		}
		if (!inword) {
			inword = 1;
			wchars = 0;
			wh = 0x9e3779b97f4a7c15u;
		}
		wh = (wh ^ cp) * 0xff51afd7ed558ccdu;
		wchars++;
		if (b < 0x80) {
			letters += cls == 1;
			digits += cls == 2;
			symbols += cls == 3;
			if (c->starts_ascii[b] && !m->phrase)
				m->phrase = machine_at(c, p, n, i, cp);
		} else if (ko_is_hangul_syllable(cp)) {
			hangul++; /* not reached for valid UTF-8 */
			if (c->starts_hangul[cp - KO_SYL_FIRST] &&
			    !m->phrase)
				m->phrase = machine_at(c, p, n, i, cp);
		} else if (ko_is_compat_jamo(cp) || ko_is_conjoining_jamo(cp) ||
		           ko_is_halfwidth_jamo(cp)) {
			hangul++;
			jamo++;
		} else if (cp == 0xFFFD) {
			fffd++;
		} else {
			switch (ko_category(cp)) {
			case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
			case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
			case UTF8PROC_CATEGORY_LO:
				letters++;
				break;
			case UTF8PROC_CATEGORY_ND:
				digits++;
				break;
			case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
			case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO:
				symbols++;
				break;
			}
		}
		i += (size_t)k;
	}
	if (inword) {
		chars += wchars;
		add_word(c, wh, (uint32_t)wchars);
	}
	c->nchars = n - ncont;
	letters += hangul; /* every Hangul letter, syllable or jamo */
	double ch = chars ? (double)chars : 1;
	m->v[M_CHARS] = (double)chars;
	m->v[M_WORDS] = (double)c->nwords;
	m->v[M_WORD_LEN] = c->nwords ? (double)chars / (double)c->nwords : 0;
	m->v[M_HANGUL] = letters ? (double)hangul / (double)letters : 0;
	m->v[M_JAMO] = hangul ? (double)jamo / (double)hangul : 0;
	m->v[M_SYMBOLS] = (double)symbols / ch;
	m->v[M_DIGITS] = (double)digits / ch;
	m->v[M_FFFD] = (double)fffd / ch;
}

/* Characters of p that are not blanks: the measure of repeated lines and
 * paragraphs, counted only for the repeated ones. */
static size_t nonblank_chars(const char *p, size_t n)
{
	size_t k = 0, sp;
	for (size_t i = 0; i < n; i++) {
		if ((sp = ko_space_len(p + i, n - i))) {
			i += sp - 1;
			continue;
		}
		k += ((unsigned char)p[i] & 0xC0) != 0x80;
	}
	return k;
}

/* Lines and paragraphs as the line pass counts them. */
struct tally {
	size_t lines, bul, ell, dupl, duplc, marks;
	size_t termc, linec; /* characters of the lines that end as sentences, of all
	                      * (blanks inside a line counted) */
	size_t paras, dupp, duppc;
	int one;          /* the text is one line */
	uint64_t ph;      /* hash of the paragraph being read */
	size_t pb, pe;    /* its span; pe == 0: none */
	/* the field being read: its index, salt and line counts */
	size_t f;
	uint64_t salt;
	size_t flines, fbul, fell, ftermc, flinec;
	/* the worst shares of the fields of LINES lines or more, and the
	 * lines ending in an ellipsis in the field of the worst */
	int judged;
	double term, bullets, ellipsis;
	size_t ell_lines;
};

static void end_paragraph(struct conf *c, struct tally *t, const char *p)
{
	if (!t->pe)
		return;
	t->paras++;
	if (!t->one && t->lines <= MAX_LINES &&
	    counts_add(c->cur, t->ph ^ 0x5555555555555555u) > 1) {
		t->dupp++;
		t->duppc += nonblank_chars(p + t->pb, t->pe - t->pb);
	}
	t->ph = 0;
	t->pe = 0;
}

/* The line shares of the field read so far, of nwords eojeol, if it is
 * judged by the line rules: each field is a text of its own, and of
 * several fields one is judged only as long as a document (NGRAM_WORDS
 * eojeol): a title, a word or a list of short answers is shaped by its
 * task, not written as a page. */
static void end_field(const struct conf *c, struct tally *t, struct measure *m, size_t nwords)
{
	if (c->nf < 2 || nwords >= NGRAM_WORDS) {
		if (t->flines > m->field_lines)
			m->field_lines = t->flines;
		if (t->flines >= LINES) {
			double nl = (double)t->flines;
			double term = t->flinec ? (double)t->ftermc / (double)t->flinec : 0;
			double bul = (double)t->fbul / nl, ell = (double)t->fell / nl;
			if (!t->judged || term < t->term)
				t->term = term;
			if (!t->judged || bul > t->bullets)
				t->bullets = bul;
			if (!t->judged || ell > t->ellipsis) {
				t->ellipsis = ell;
				t->ell_lines = t->fell;
			}
			t->judged = 1;
		}
	}
	t->flines = t->fbul = t->fell = t->ftermc = t->flinec = 0;
}

/* The line pass: sentence ends, bullets, ellipses, repeated lines and
 * paragraphs, placeholders and the openings of assistants' answers. Of
 * several fields, the line shares are those of the worst field that has
 * LINES lines, and a line or a paragraph repeats only one of its own
 * field: a sentence-order task holds its sentences in the input and
 * again in the output. */
static void measure_lines(struct conf *c, const char *p, size_t n, struct measure *m)
{
	struct tally t = {0};
	size_t nlines = c->nnl + 1;
	/* a line alone repeats no other, nor does its paragraph: no
	 * hashes then */
	t.one = nlines == 1;
	if (!t.one)
		c->cur = counts_for(c, 2 * (nlines < MAX_LINES ? nlines : MAX_LINES));
	c->fw[0] = 0;
	for (size_t i = 0, line = 0; line < nlines; line++) {
		/* the newlines the character pass found */
		size_t e = line < c->nnl ? c->nl[line] : n, b = i, k;
		size_t lb = b, le = e; /* the line before its blanks are cut */
		i = e + 1;
		while (t.f + 1 < c->nf && b >= c->fstart[t.f + 1]) {
			c->fw[t.f + 1] = line ? c->nlw[line - 1] : 0;
			end_field(c, &t, m, c->fw[t.f + 1] - c->fw[t.f]);
			t.f++;
			t.salt = ko_mix64(0x9e3779b97f4a7c15u, t.f);
		}
		while (b < e && (k = ko_space_len(p + b, e - b)))
			b += k;
		while (e > b) {
			size_t s = e - 1;
			while (s > b && ((unsigned char)p[s] & 0xC0) == 0x80)
				s--;
			if (ko_space_len(p + s, e - s) != e - s)
				break;
			e = s;
		}
		if (b == e) {
			end_paragraph(c, &t, p);
			continue;
		}
		uint64_t lh = t.one ? 0 : ko_hash64(p + b, e - b, 7) ^ t.salt;
		t.lines++;
		t.flines++;
		/* a sentence end weighs by its line's characters: a page
		 * of prose with a list after it is prose, a list page with
		 * a line of lead-in is a list */
		{
			size_t lc = 1;
			if (!t.one) { /* the characters the character pass counted */
				lc = (line < c->nnl ? c->nlc[line] : c->nchars) -
				     (line ? c->nlc[line - 1] + 1 : 0);
				if (b > lb)
					lc -= ko_utf8_count(p + lb, b - lb);
				if (le > e)
					lc -= ko_utf8_count(p + e, le - e);
			}
			size_t tc = ko_split_line_ends(p + b, e - b) ? lc : 0;
			t.linec += lc;
			t.termc += tc;
			t.flinec += lc;
			t.ftermc += tc;
		}
		{
			int bul = starts_bullet(c, p + b, e - b), ell = ends_ellipsis(p + b, e - b);
			t.bul += bul;
			t.ell += ell;
			t.fbul += bul;
			t.fell += ell;
		}
		/* a text is a placeholder only if every line is one */
		if (t.marks + 1 == t.lines)
			t.marks += ko_placeholder_line(p + b, e - b);
		if (!m->phrase)
			m->phrase = machine_start(c, p + b, e - b);
		if (!t.one && t.lines <= MAX_LINES && counts_add(c->cur, lh) > 1) {
			t.dupl++;
			t.duplc += nonblank_chars(p + b, e - b);
		}
		if (!t.pe)
			t.pb = b;
		t.pe = e;
		t.ph = ko_mix64(t.ph, lh);
	}
	end_paragraph(c, &t, p);
	while (t.f + 1 < c->nf)
		c->fw[++t.f] = c->nwords;
	c->fw[c->nf] = c->nwords;
	end_field(c, &t, m, c->nwords - c->fw[t.f]);
	double nl = t.lines ? (double)t.lines : 1, np = t.paras ? (double)t.paras : 1;
	double ch = m->v[M_CHARS] > 0 ? m->v[M_CHARS] : 1;
	if (t.judged) {
		m->v[M_TERMINAL] = t.term;
		m->v[M_BULLETS] = t.bullets;
		m->v[M_ELLIPSIS] = t.ellipsis;
		m->ell_lines = t.ell_lines;
	} else { /* no rule judges them: the shares of the whole */
		m->v[M_TERMINAL] = t.linec ? (double)t.termc / (double)t.linec : 0;
		m->v[M_BULLETS] = (double)t.bul / nl;
		m->v[M_ELLIPSIS] = (double)t.ell / nl;
	}
	m->v[M_DUP_LINES] = (double)t.dupl / nl;
	m->v[M_DUP_LINE_CHARS] = (double)t.duplc / ch;
	m->v[M_DUP_PARAS] = (double)t.dupp / np;
	m->v[M_DUP_PARA_CHARS] = (double)t.duppc / ch;
	m->v[M_PLACEHOLDER] = t.lines && t.marks == t.lines;
	m->lines = t.lines;
}

/* The hash of the eojeol 2-gram at i before its last mix. */
static inline uint64_t gram2(const uint64_t *w, size_t i)
{
	return (w[i] ^ w[i] >> 31) * 0xbf58476d1ce4e5b9u + w[i + 1];
}

/* Gopher's repetition measure: the share of eojeol characters covered by
 * the most frequent n-gram (its count times its characters), for n = 2, 3
 * and 4, one table each in turn. A (g+1)-gram repeats only where the
 * g-grams at i and at i+1 both repeat: each pass counts the n-grams of
 * those places only (in prose a few in a hundred after the 2-grams), and
 * the counts of every repeated n-gram are those of all n-grams. */
static void ngram_shares(struct conf *c, size_t w0, size_t nw, double total, double *share)
{
	const uint64_t *w = c->wh + w0;
	const uint32_t *l = c->wl + w0;
	uint64_t *gh = c->gh;
	uint32_t *gl = c->gl, *at = c->at, *slot = c->slot;
	size_t na = nw >= 2 ? nw - 1 : 0;
	for (int k = 0; k < NGRAM_MEASURES; k++)
		share[k] = 0;
	/* the g-gram at i is the (g-1)-gram at i, mixed, plus word i+g-1:
	 * each pass extends the last one's hashes and lengths (the 2-grams'
	 * are made again where the 3-grams need them); the passes for 5 to
	 * 10 count the characters inside repeated n-grams instead (Gopher's
	 * duplicate fraction), on the few places where the (n-1)-grams at i
	 * and i + 1 both repeat */
	for (size_t g = 2; g <= 10; g++) {
		double best = 0;
		struct counts *set = na ? counts_for(c, 2 * na) : NULL;
		if (g == 2) {
			/* the hashes first, so that the slot of the one PREFETCH
			 * ahead is on its way from memory while this one counts:
			 * the table of a long text is larger than the cache */
			for (size_t i = 0; i < na; i++) {
				uint64_t h = gram2(w, i);
				h ^= h >> 29;
				gh[i] = h * 0x94d049bb133111ebu;
			}
			/* (the last ones prefetch slot 0, without a test each) */
			if (na)
				memset(gh + na, 0, PREFETCH * sizeof *gh);
			size_t mask = set ? set->cap - 1 : 0;
			for (size_t i = 0; i < na; i++) {
				uint32_t n, len = l[i] + l[i + 1];
				__builtin_prefetch(&set->s[(size_t)(gh[i + PREFETCH] >> 40) & mask]);
				n = counts_add_at(set, gh[i], &slot[i]);
				if (n > 1 && (double)n * len > best)
					best = (double)n * len;
			}
		} else {
			for (size_t k = 0; k < na; k++) {
				size_t i = at[k];
				uint64_t h = g == 3 ? gram2(w, i) : gh[i];
				uint32_t n, len = (g == 3 ? l[i] + l[i + 1] : gl[i]) + l[i + g - 1];
				h = (h ^ h >> 31) * 0xbf58476d1ce4e5b9u + w[i + g - 1];
				gh[i] = h;
				gl[i] = len;
				h ^= h >> 29;
				n = counts_add_at(set, h * 0x94d049bb133111ebu, &slot[i]);
				if (n > 1 && (double)n * len > best)
					best = (double)n * len;
			}
		}
		if (g >= 5) {
			/* the characters of the words inside any repeated
			 * g-gram, each word once (the starts are in order) */
			size_t end = 0;
			best = 0;
			for (size_t k = 0; k < na; k++) {
				size_t i = at[k];
				if (counts_seen(set, slot[i]) < 2)
					continue;
				for (size_t j = i > end ? i : end; j < i + g; j++)
					best += l[j];
				end = i + g;
			}
		}
		/* overlapping occurrences (가나다 가나다 가나다) may count a
		 * character twice: the share stops at the whole */
		best = total > 0 ? best / total : 0;
		share[g - 2] = best < 1 ? best : 1;
		if (g == 10 || !na)
			break;
		/* the places of the next pass, in order: i where the n-grams at
		 * i and i + 1 were both counted (i + 1 is the next entry) and
		 * both repeat */
		size_t nb = 0, prev = g == 2 ? 0 : at[0];
		unsigned r = counts_seen(set, slot[prev]) > 1;
		if (g == 2) {
			/* (every start counted: each next to the one before) */
			for (size_t k = 1; k < na; k++) {
				unsigned r1 = counts_seen(set, slot[k]) > 1;
				at[nb] = (uint32_t)(k - 1);
				nb += r & r1;
				r = r1;
			}
		} else {
			for (size_t k = 1; k < na; k++) {
				size_t i = at[k];
				unsigned r1 = counts_seen(set, slot[i]) > 1;
				at[nb] = (uint32_t)prev;
				nb += r & r1 & (i == prev + 1);
				r = r1;
				prev = i;
			}
		}
		na = nb;
	}
}

/* The n-gram shares of the text, or of several fields the highest of a
 * field of NGRAM_WORDS eojeol or more: each field is a text of its own
 * (the output of a sentence-order task repeats its input, which is no
 * repetition within a text), judged from Gopher's floor. */
static void measure_ngrams(struct conf *c, struct measure *m)
{
	double *share = m->v + M_TOP_2GRAM;
	if (c->nf < 2) {
		/* the characters of the eojeol kept: all unless there are
		 * more than MAX_WORDS */
		double total = m->v[M_CHARS];
		if (c->nwords > c->nw) {
			size_t t = 0;
			for (size_t i = 0; i < c->nw; i++)
				t += c->wl[i];
			total = (double)t;
		}
		ngram_shares(c, 0, c->nw, total, share);
		return;
	}
	for (int g = 0; g < NGRAM_MEASURES; g++)
		share[g] = 0;
	for (size_t f = 0; f < c->nf; f++) {
		size_t w0 = c->fw[f], w1 = c->fw[f + 1], t = 0;
		double s[NGRAM_MEASURES] = {0};
		if (w1 - w0 < NGRAM_WORDS || w0 >= c->nw)
			continue;
		if (w1 > c->nw)
			w1 = c->nw;
		for (size_t i = w0; i < w1; i++)
			t += c->wl[i];
		ngram_shares(c, w0, w1 - w0, (double)t, s);
		for (int g = 0; g < NGRAM_MEASURES; g++)
			if (s[g] > share[g])
				share[g] = s[g];
	}
}

static void measure(struct conf *c, const char *p, size_t n, struct measure *m)
{
	memset(m, 0, sizeof *m);
	measure_chars(c, p, n, m);
	measure_lines(c, p, n, m);
	/* the n-gram rules judge long texts only: spare short ones the
	 * table; without --annotate they wait until a rule asks (quality) */
	if (c->annotate)
		measure_ngrams(c, m);
	m->v[M_MACHINE] = m->phrase != NULL;
	m->v[M_SPAM] = c->spam && spam(c, p, n, m);
	/* the splitter runs only on texts that may be stubs: few lines */
	m->v[M_LEAD_IN] = m->lines && m->lines <= 2 && lead_in_stub(p, n);
}

/* 1 if rule i fails on m. */
static int fails(const struct conf *c, size_t i, const struct measure *m)
{
	double lim = c->limit[i], v = m->v[rules[i].measure];
	if (lim == RULE_OFF || m->field_lines < (size_t)rules[i].min_lines ||
	    m->v[M_WORDS] < rules[i].min_words)
		return 0;
	/* a list of cut snippets has many: one or two lines that trail off
	 * are a style or a typo (정상 운행 중이다..) in a page of prose */
	if (rules[i].measure == M_ELLIPSIS && m->ell_lines < ELLIPSIS_LINES)
		return 0;
	return rules[i].is_min ? v < lim : v > lim;
}

/* A share or a count as JSON into out[32] (v >= 0 and below 2^53, as
 * every measure is): integers as they are, shares to 4 places with
 * trailing zeros dropped. Returns the length. */
static size_t num_into(char *out, double v)
{
	/* (an integer, most of them 0, without the fraction to cut) */
	if (v >= 0 && v < 9007199254740992.0 && v == (double)(uint64_t)v && !signbit(v))
		return ko_put_dec(out, (uint64_t)v);
	size_t k = ko_put_fixed4(out, v);
	if (v == (double)(long long)v) {
		k -= 5; /* the integer */
	} else {
		while (out[k - 1] == '0')
			k--;
		if (out[k - 1] == '.')
			k--;
	}
	return k;
}

/* What annotation writes at most, besides the phrase's quoting. */
static size_t annotation_max(void)
{
	size_t k = 16;
	for (int i = 0; i < M_N; i++)
		k += strlen(measure_names[i]) + 4 + 32;
	for (size_t i = 0; i < NRULES; i++)
		k += strlen(rules[i].name) + 3;
	return k;
}

static void annotation(struct conf *c, const struct measure *m)
{
	struct ko_buf *b = &c->ann;
	ko_buf_clear(b);
	/* written in place: a buffer call per piece cost more than the
	 * measures */
	ko_buf_reserve(b, c->ann_max);
	char *o = b->p;
	size_t k = 0;
	o[k++] = '{';
	for (int i = 0; i < M_N; i++) {
		size_t nl = c->mlen[i];
		if (i)
			o[k++] = ',';
		o[k++] = '"';
		memcpy(o + k, measure_names[i], nl);
		k += nl;
		o[k++] = '"';
		o[k++] = ':';
		double v = m->v[i];
		if ((i == M_MACHINE && m->phrase) || !(v >= 0 && v < 9007199254740992.0)) {
			/* the phrase, or a value no measure gives */
			b->n = k;
			if (i == M_MACHINE)
				ko_json_quotes(b, m->phrase);
			else if (v == (double)(long long)v)
				ko_buf_addf(b, "%lld", (long long)v);
			else
				ko_buf_addf(b, "%.4f", v);
			ko_buf_reserve(b, c->ann_max);
			o = b->p;
			k = b->n;
		} else if (i == M_MACHINE || i == M_PLACEHOLDER || i == M_SPAM || i == M_LEAD_IN) {
			memcpy(o + k, v ? "true" : "false", v ? 4 : 5);
			k += v ? 4 : 5;
		} else {
			k += num_into(o + k, v);
		}
	}
	memcpy(o + k, ",\"fail\":[", 9);
	k += 9;
	int first = 1;
	for (size_t i = 0; i < NRULES; i++)
		if (fails(c, i, m)) {
			size_t nl = c->rlen[i];
			if (!first)
				o[k++] = ',';
			o[k++] = '"';
			memcpy(o + k, rules[i].name, nl);
			k += nl;
			o[k++] = '"';
			first = 0;
		}
	o[k++] = ']';
	o[k++] = '}';
	o[k] = 0;
	b->n = k;
}

/* One record: passed, dropped with the first failed rule, or annotated. */
static int quality(struct conf *c, struct ko_rec *r)
{
	const char *p = NULL;
	size_t n = 0;
	int got = 0;
	ko_buf_clear(&c->text);
	const char *name;
	for (int f = 0; (f = ko_rec_judged(r, f, &name)) >= 0; f++) {
		const char *fp;
		size_t fn;
		/* the first text stays in slot 0 until the second is read */
		int e = ko_rec_text(r, name, got ? 1 : 0, &fp, &fn);
		if (e == KO_REJECT)
			return e;
		if (e)
			continue;
		if (got == 0) {
			p = fp;
			n = fn;
		} else {
			if (got == 1)
				ko_buf_add(&c->text, p, n);
			ko_buf_add(&c->text, "\n\n", 2);
			if (got < MAX_FIELDS)
				c->fstart[got] = c->text.n;
			ko_buf_add(&c->text, fp, fn);
		}
		got++;
	}
	c->nf = got < MAX_FIELDS ? (size_t)got : MAX_FIELDS;
	if (got > 1) {
		p = c->text.p;
		n = c->text.n;
	}
	if (!got) { /* no text to judge: it passes unchanged, even annotated */
		ko_pass(r);
		return 0;
	}
	struct measure m;
	measure(c, p ? p : "", n, &m);
	if (!c->annotate) {
		int ngrams = 0;
		for (size_t i = 0; i < NRULES; i++) {
			/* the n-gram measures only once an n-gram rule is
			 * reached, the text passing every rule before it */
			if (!ngrams && rules[i].measure >= M_TOP_2GRAM &&
			    rules[i].measure <= M_DUP_10GRAM && m.v[M_WORDS] >= NGRAM_WORDS &&
			    c->ngrams) {
				measure_ngrams(c, &m);
				ngrams = 1;
			}
			if (fails(c, i, &m))
				return ko_rec_reject(r, rules[i].name);
		}
		ko_pass(r);
		return 0;
	}
	annotation(c, &m);
	if (r->is_json) {
		/* straight into the writer: the record is not copied twice */
		struct ko_field fld = {"quality", c->ann.p, c->ann.n};
		ko_emit_rewrite(r, &fld, 1, 0);
		return 0;
	}
	ko_buf_clear(&c->out);
	ko_buf_adds(&c->out, "{\"text\":");
	ko_json_quote(&c->out, r->line, r->len);
	ko_buf_adds(&c->out, ",\"quality\":");
	ko_buf_add(&c->out, c->ann.p, c->ann.n);
	ko_buf_addc(&c->out, '}');
	ko_emit(r->run, c->out.p, c->out.n);
	return 0;
}


static const struct ko_tool tool = {
	.name = "ko-quality",
	.usage = "[--annotate] [--rule NAME=VALUE]... [--off NAME,...] [--list-rules]\n"
	         "                  [-f FIELD]... [shared options] [FILE...]",
	.help = "Drop texts that fail heuristic quality rules with Korean defaults: length,\n"
	        "Hangul share, lone jamo, symbols, digits, U+FFFD, sentence ends, bullets,\n"
	        "ellipses, repeated lines, paragraphs and eojeol n-grams, placeholder\n"
	        "markers (삭제.), chat assistants' phrases (AI 언어 모델로서) and spam, a call\n"
	        "to action towards an outside place (카페/... 읽어 보세요, a URL, 카톡 id). The -f\n"
	        "fields (repeatable; default text, or the fields of a task, the turns of\n"
	        "messages or conversations, or prompt and completion) are judged as one text;\n"
	        "the first failed rule is the reject reason.\n"
	        "\n"
	        "      --annotate        keep every record and add a quality field with the\n"
	        "                        measures and the failed rules (fail)\n"
	        "      --rule NAME=VALUE set a rule's threshold, or off (placeholder,\n"
	        "                        machine, spam and lead-in: on or off)\n"
	        "      --off NAME,...    switch rules off\n"
	        "      --list-rules      print the rules with their thresholds and exit\n",
	.longopts = longopts,
	.max_fields = KO_MAX_FIELDS,
	.judges_text = 1,
	.unused = KO_UNUSED_SEED,
};

int main(int argc, char **argv)
{
	struct conf c = {0};
	struct ko_opts o;
	int code;
	for (size_t i = 0; i < NRULES; i++)
		c.limit[i] = rules[i].def;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	index_phrases(&c);
	c.ann_max = annotation_max();
	for (int i = 0; i < M_N; i++)
		c.mlen[i] = strlen(measure_names[i]);
	for (size_t i = 0; i < NRULES; i++)
		c.rlen[i] = strlen(rules[i].name);
	for (size_t i = 0; i < NRULES; i++)
		if (rules[i].min_words == NGRAM_WORDS && c.limit[i] != RULE_OFF)
			c.ngrams = 1;
	ko_spam_init(&c.spam_rule);
	c.spam = c.annotate || c.limit[rule_index("spam", "spam", 4)] != RULE_OFF;
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		quality(&c, r);
	ko_buf_free(&c.text);
	ko_buf_free(&c.out);
	ko_buf_free(&c.ann);
	free(c.wh);
	free(c.wl);
	free(c.gh);
	free(c.gl);
	free(c.at);
	free(c.slot);
	free(c.nl);
	free(c.nlw);
	free(c.nlc);
	free(c.set[0].s);
	free(c.set[1].s);
	return ko_close(&run);
}
