/* ko-shuffle-sent - order tasks: a run of consecutive sentences of a
 * paragraph, or the words of one sentence, shuffled (never left in order);
 * the answer is the sentences in order, or the words, joined by spaces,
 * each as the input shows it. Also
 * concept-to-sentence tasks from word lists. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ko.h"
#include "shuffle-sent-words.h"

enum { T_SENT, T_WORD, T_CONCEPT };
static const struct ko_task tasks[] = {
	{"sentence-order", NULL, "items answer count", "{items}", "{answer}"},
	{"word-order", NULL, "items answer count", "{items}", "{answer}"},
	{"concept-sentence", NULL, "items answer count", "{items}", "{answer}"},
};

/* What the tool knows of one sentence of the record, kept while a run
 * may hold it (pick_run's window). */
struct sent {
	short year0;        /* the year it opens with (1953년 ...: 3 or 4 digits), or 0 */
	signed link : 12;   /* its first word points back at the sentence before:
	                     * that link word's index + 1, 0 if none, or -1 until
	                     * read (read_links) */
	signed usable : 2;  /* it ends as a full sentence does (read_ending) */
	signed ok : 2;      /* its brackets close and it has no markup (run_ok), or -1
	                     * until asked */
	signed out : 2;     /* it points outside itself past its first word
	                     * (points_out), or -1 until asked */
	short ylast, yfirst; /* the latest and the first year it names, or 0;
	                      * -1 until asked */
	short ydated;       /* the latest year that dates it (time_year), or 0;
	                     * -1 until asked */
	int stems_read;     /* stem[0..nstem) are its stems (stems()) */
	size_t nstem, capstem;
	uint64_t sig;       /* its stems' bits (stem_bit): a stem whose bit is
	                     * clear is none of them */
	int prev_read;      /* prev is read (noun_tie) */
	uint64_t prev;      /* which of its first 64 stems, a bit each, are no
	                     * link word and stems of the sentence before */
	uint64_t *stem;
};

#define ADJ_BUCKET(v) ((uint32_t)((v) * 2654435761u) >> 27)

/* A sentence that fits a word-order task: its index, its number of words
 * and whether a gloss joins words of it (next_word). */
struct fit {
	size_t i, w;
	int glossed;
};

struct conf {
	int by_word, by_paragraph;
	size_t range_min, range_max; /* 0: the unit's default */
	size_t min_links;
	const char *words_field;
	size_t words_asked, words_missing; /* records read for it, those without it */
	struct ko_gen gen;
	/* The units of the record: spans into items.p, and their order. */
	struct ko_buf items;
	struct ko_span *unit;
	size_t *order;
	size_t nunit, capunit;
	/* sentence order: sentence x of the record is sent[x & smask] while
	 * a run may hold it, a window of a run's longest (pick_run), read as
	 * the runs reach it: a text of millions of sentences keeps a few
	 * (nsent of them read) */
	struct sent *sent;
	size_t capsent, smask, nsent;
	/* the stems of the record's title (as stems()), its topic: a noun
	 * that ties no sentence to another (topic_stem) */
	uint64_t tstem[8];
	size_t ntstem;
	/* pair_tie's answers (not strict) for the run run_swaps tries the
	 * swaps of, by x and y less its first: -1 until asked */
	signed char pairtie[64 * 64];
	/* word order: the sentences that fit (shuffle_sent) */
	struct fit *fit;
	size_t capfit;
	/* word order: the white space of the text, a bit a byte (blank_bits) */
	uint64_t *blank;
	size_t capblank;
	/* link_words by a hash of their bytes: index + 1, or 0 */
	uint16_t linkh[512];
	/* by link word index + 1: 1 if it is in parallel_words, 2 if it is one
	 * of its determiners (counted with the word after it), 3 if it is in
	 * parallel_subjects, else 0 */
	unsigned char linkpar[256];
	/* by link word index + 1: the index + 1 of its pair of pronoun_pairs,
	 * or 0 */
	unsigned char linkref[256];
	/* by link word index + 1: 1 if it is in additive_words, or 0 */
	unsigned char linkadd[256];
	/* by link word index + 1: 1 if it is in free_links, or 0 */
	unsigned char linkfree[256];
	/* the first syllables of link_words, a bit each */
	unsigned char linkfirst[(KO_SYL_LAST - KO_SYL_FIRST) / 8 + 1];
	/* the stems (first six bytes) of link_words of six bytes or more, a
	 * bit each at bits 52 to 63 of their product with STEM_MUL: a word
	 * whose stem's bit is clear is no link word (read_stems) */
	uint64_t linkstem[64];
	/* by Hangul syllable: 1 if it is in final_formal, else 2 if in
	 * final_informal, else 0 (ends_init) */
	unsigned char ends[KO_SYL_LAST - KO_SYL_FIRST + 1];
	size_t linkmax; /* the longest link word in bytes */
	unsigned char linklen[256]; /* the length of each link word */
	/* scrambles: the length of each order_adverbs and their first
	 * syllables, a bit each (order_init) */
	unsigned char adv_len[sizeof order_adverbs / sizeof *order_adverbs];
	/* order_adverbs by their first syllable (ADJ_BUCKET): index + 1 of the
	 * first, and of the next in the same bucket, or 0 */
	unsigned char adv_head[32], adv_next[sizeof order_adverbs / sizeof *order_adverbs];
	unsigned char advfirst[(KO_SYL_LAST - KO_SYL_FIRST) / 8 + 1];
	unsigned char sylset[KO_SYL_LAST - KO_SYL_FIRST + 1]; /* S_* bits (order_init) */
	unsigned char eunstem[(KO_SYL_LAST - KO_SYL_FIRST) / 8 + 1]; /* order_eun_stems */
	/* the endings of end_lists by their last syllable: tailix[v] is 0, or
	 * the index + 1 of a row of tailmask, whose bit i of list k is set if
	 * entry i of list k ends in v (ends_list) */
	unsigned char tailix[KO_SYL_LAST - KO_SYL_FIRST + 1];
	uint32_t tailmask[64][4];
	size_t ntail;
	/* word_lists: a filter of 256 bits a list, on the length and the
	 * first and last bytes of its words (words_in) */
	uint64_t wbloom[16][4];
	int popcnt;     /* the processor has the popcnt instruction (span_words) */
	struct ko_buf list, num, answer;
	int hidden; /* a sentence of the record was refused for a word its
	             * source hid (ko_placeholder_hidden) */
};

/* Sentence x of the window (struct conf's sent). */
static inline struct sent *sent_at(const struct conf *c, size_t x)
{
	return &c->sent[x & c->smask];
}

enum { OPT_UNIT = 0x100, OPT_RANGE, OPT_WORDS_FIELD, OPT_WITHIN, OPT_LINKS };

static const struct option longopts[] = {
	{"unit", required_argument, NULL, OPT_UNIT},
	{"range", required_argument, NULL, OPT_RANGE},
	{"within", required_argument, NULL, OPT_WITHIN},
	{"links", required_argument, NULL, OPT_LINKS},
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
	case OPT_WITHIN:
		if (!strcmp(arg, "paragraph"))
			c->by_paragraph = 1;
		else if (!strcmp(arg, "section"))
			c->by_paragraph = 0;
		else
			ko_usage("--within: expected paragraph or section, not '%s'", arg);
		break;
	case OPT_LINKS:
		errno = 0;
		c->min_links = strtoul(arg, &e1, 10);
		if (errno || e1 == arg || *e1 || *arg == '-' || c->min_links > 100)
			ko_usage("--links: expected a number from 0 to 100, not '%s'", arg);
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

/* The code point at p[i] (U+FFFD for a bad byte); its length in *k. */
static inline uint32_t cp_at(const char *p, size_t n, size_t i, int *k)
{
	uint32_t cp = (unsigned char)p[i];
	*k = 1;
	if (cp >= 0x80 && (*k = ko_utf8_decode(p + i, n - i, &cp)) < 0)
		*k = 1, cp = 0xFFFD;
	return cp;
}

/* The code point that ends p[0..n) and its start in *at. */
static inline uint32_t cp_before(const char *p, size_t n, size_t *at)
{
	size_t i = n;
	int k;
	while (i > 0 && ((unsigned char)p[i - 1] & 0xC0) == 0x80 && n - i < 3)
		i--;
	if (i > 0)
		i--;
	*at = i;
	return n ? cp_at(p, n, i, &k) : 0;
}

/* A letter or digit of any script, as opposed to punctuation and symbols
 * (~, ·, →): a word needs one to be a word. */
static int wordish(uint32_t c)
{
	if (c < 0x80)
		return ko_is_ascii_alnum(c);
	return !ko_is_punct(c) && c != 0xFFFD &&
	       (ko_is_hangul_syllable(c) || ko_is_compat_jamo(c) || (c >= 0xC0 && c < 0x2000) ||
	        (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF));
}


static const uint32_t openers[] = {'(', '[', '{', 0x201C, 0x3008, 0x300A, 0x300C, 0x300E,
                                   0x3010, 0x3014, 0xFF08, 0xFF3B};
static const uint32_t closers[] = {')', ']', '}', 0x201D, 0x3009, 0x300B, 0x300D, 0x300F,
                                   0x3011, 0x3015, 0xFF09, 0xFF3D};

static inline int bracket_index(const uint32_t *t, uint32_t c)
{
	/* most characters are no bracket: tell them at once */
	if (c < 0x80 ? !(c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}')
	             : c < 0x201C || (c > 0x201D && c < 0x3008) || (c > 0x3015 && c < 0xFF08) ||
	                   c > 0xFF3D)
		return -1;
	for (int i = 0; i < (int)(sizeof openers / sizeof *openers); i++)
		if (t[i] == c)
			return i;
	return -1;
}

static void ends_add(struct conf *cf, const char *w, unsigned char kind)
{
	uint32_t c;
	if (strlen(w) == 3 && ko_utf8_decode(w, 3, &c) == 3 && ko_is_hangul_syllable(c))
		cf->ends[c - KO_SYL_FIRST] = kind;
}

/* 1 if the sentence p ends as a sentence does: ? or ! after a predicate
 * (ko_task_predicate_end: 되나?, 가자!, not 나중에 꼭!!), or a
 * final ending (shuffle-sent-words.h) before its full stop or,
 * unpunctuated, at its very end; 2 if it does so with an informal ending,
 * which counts in a sentence of four words or more; 0 if not. Closing
 * quotes and brackets after the end are looked through. A colon, a comma
 * or a noun before the stop is a heading, a list intro or a fragment. */
static int full_ending(const struct conf *cf, const char *p, size_t n)
{
	size_t at, n0 = n;
	uint32_t c;
	int asks = 0, stops = 0;
	/* the most common end, a syllable and a full stop (했다.), at once */
	const unsigned char *u = (const unsigned char *)p;
	if (n >= 4 && u[n - 1] == '.' && u[n - 4] - 0xEAu <= 3 && (u[n - 3] & 0xC0) == 0x80 &&
	    (u[n - 2] & 0xC0) == 0x80) {
		c = (uint32_t)(u[n - 4] & 0x0F) << 12 | (uint32_t)(u[n - 3] & 0x3F) << 6 |
		    (u[n - 2] & 0x3F);
		if (ko_is_hangul_syllable(c))
			return cf->ends[c - KO_SYL_FIRST];
	}
	while (n && (c = cp_before(p, n, &at)) && bracket_index(closers, c) >= 0)
		n = at;
	while (n && (c = cp_before(p, n, &at)) &&
	       (c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x3002 || c == 0xFF1F ||
	        c == 0xFF01)) {
		asks |= c == '?' || c == '!' || c == 0xFF1F || c == 0xFF01;
		stops = 1;
		n = at;
	}
	if (!n)
		return 0;
	c = cp_before(p, n, &at);
	if (asks)
		return ko_task_predicate_end(p, n0);
	(void)stops;
	if (!ko_is_hangul_syllable(c))
		return 0;
	return cf->ends[c - KO_SYL_FIRST];
}

/* 1 if the sentence p[0, n) ends in a sentence end, a full stop, a
 * question or exclamation mark or an ellipsis (fullwidth forms too),
 * but closing quotes and brackets: a sentence of a run needs one, as a
 * sentence of ko-lastsent's does, since one without ("즉 그건 사람이다")
 * is a fragment or a remark run on that a reader cannot place. (Nor is
 * a sentence of one word one: "있다." is the end of one the splitter cut.) */
static int stop_end(const char *p, size_t n)
{
	size_t at;
	uint32_t c;
	while (n && (c = cp_before(p, n, &at)) && (bracket_index(closers, c) >= 0 || c == '"' ||
	                                           c == '\'' || c == 0x2019))
		n = at;
	if (!n)
		return 0;
	c = cp_before(p, n, &at);
	return c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x3002 || c == 0xFF1F ||
	       c == 0xFF01 || c == 0xFF0E;
}

/* conf.ends: the lists hold single syllables, and a word of more never
 * equals the one syllable it is asked about. */
static void ends_init(struct conf *cf)
{
	for (size_t k = sizeof final_informal / sizeof *final_informal; k-- > 0;)
		ends_add(cf, final_informal[k], 2);
	for (size_t k = sizeof final_formal / sizeof *final_formal; k-- > 0;)
		ends_add(cf, final_formal[k], 1);
}

/* 1 if the sentence p of nwords words ends as a sentence does. */
static int full_sentence(const struct conf *c, const char *p, size_t n, size_t nwords)
{
	int e = full_ending(c, p, n);
	return e == 1 || (e == 2 && nwords >= 4);
}

/* A year written as 1953년 starting at p[i], or 0. */
static int year_at(const char *p, size_t n, size_t i)
{
	int y = 0;
	size_t d = 0;
	while (i + d < n && d < 5 && p[i + d] >= '0' && p[i + d] <= '9')
		y = y * 10 + (p[i + d++] - '0');
	if (d < 3 || d > 4 || (i && p[i - 1] >= '0' && p[i - 1] <= '9'))
		return 0;
	return i + d + 3 <= n && !memcmp(p + i + d, "년", 3) ? y : 0;
}

/* The latest year sentence p names, or 0. */
/* The first offset from i on of an ASCII digit, or n. */
static size_t next_digit(const char *p, size_t i, size_t n)
{
#ifdef __SSE2__
	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i t = _mm_sub_epi8(x, _mm_set1_epi8('0'));
		int bits = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(9)), t));
		if (bits)
			return i + (size_t)__builtin_ctz((unsigned)bits);
	}
#endif
	while (i < n && (p[i] < '0' || p[i] > '9'))
		i++;
	return i;
}

/* 1 if the year at p[i] (year_at), written in d digits, dates the
 * sentence: it opens the sentence, or it is an adjunct of time (1953년에,
 * 1990년대부터, 1953년 3월, 1953년,), not a year inside a noun phrase
 * (2017년 인터뷰에서, 2002년 월드컵의), which orders no events. */
static int time_year(const char *p, size_t n, size_t i, size_t d)
{
	if (!i)
		return 1;
	size_t q = i + d + 3;
	if (q + 3 <= n && !memcmp(p + q, "대", 3))
		q += 3;
	if (q < n && p[q] == ',')
		return 1;
	static const char *const after[] = {"에", "부터", "까지", "이후", "이전", "말", "초"};
	for (size_t k = 0; k < sizeof after / sizeof *after; k++) {
		size_t m = strlen(after[k]);
		if (q + m <= n && !memcmp(p + q, after[k], m))
			return 1;
	}
	if (q < n && p[q] == ' ') {
		size_t j = q + 1;
		while (j < n && (unsigned)(p[j] - '0') <= 9u)
			j++;
		return j > q + 1 && j + 3 <= n && !memcmp(p + j, "월", 3);
	}
	return 0;
}

/* (year_at takes only the first digit of a number; with dated set, a
 * year counts only where it dates the sentence: time_year) */
static int latest_year(const char *p, size_t n, int dated)
{
	int ymax = 0;
	for (size_t i = next_digit(p, 0, n); i < n; i = next_digit(p, i, n)) {
		int y = year_at(p, n, i);
		if (y && dated && !time_year(p, n, i, y >= 1000 ? 4 : 3))
			y = 0;
		if (y > ymax)
			ymax = y;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
	}
	return ymax;
}

/* The first year sentence p names (1832년, 861년, or four digits in
 * brackets: (1832)), or 0. */
static int first_year(const char *p, size_t n)
{
	for (size_t i = next_digit(p, 0, n); i < n; i = next_digit(p, i, n)) {
		int y = year_at(p, n, i);
		if (!y && i > 0 && p[i - 1] == '(' && i + 5 <= n && p[i + 4] == ')' &&
		    (unsigned)(p[i + 1] - '0') <= 9u && (unsigned)(p[i + 2] - '0') <= 9u &&
		    (unsigned)(p[i + 3] - '0') <= 9u)
			y = (p[i] - '0') * 1000 + (p[i + 1] - '0') * 100 + (p[i + 2] - '0') * 10 +
			    (p[i + 3] - '0');
		if (y)
			return y;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
	}
	return 0;
}

/* The six bytes at p as a number (two syllables: a stem), read as two
 * loads: six bytes copied into a zeroed word are stored in two pieces
 * and read back whole, a load the processor cannot forward from them,
 * which stalls it at every word. */
static inline uint64_t load6(const char *p)
{
	uint32_t lo;
	uint16_t hi;
	memcpy(&lo, p, 4);
	memcpy(&hi, p + 4, 2);
	return lo | (uint64_t)hi << 32;
}

/* The two bytes at u as one number, the first the high byte (one load). */
static inline unsigned be16(const unsigned char *u)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint16_t t;
	memcpy(&t, u, 2);
	return (unsigned)(uint16_t)(t << 8 | t >> 8);
#else
	return (unsigned)u[0] << 8 | u[1];
#endif
}

/* The multiplier of a stem's hash (stem_bit, conf's linkstem) */
#define STEM_MUL 0x9E3779B97F4A7C15u

/* Link words in a hash table made once (conf.linkh), hashed on their
 * length and their first and last four bytes (n >= 1): one
 * multiplication, not one a byte, as read_stems asks it of many words. */
static size_t link_hash(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	uint32_t a, b;
	if (n >= 4) {
		memcpy(&a, p, 4);
		memcpy(&b, p + n - 4, 4);
	} else {
		a = u[0] | (uint32_t)u[n / 2] << 8 | (uint32_t)u[n - 1] << 16;
		b = 0;
	}
	return (size_t)((((uint64_t)a << 32 | b) ^ n) * 0x9E3779B97F4A7C15u >> 55);
}

static inline int is_link(const struct conf *c, const char *p, size_t n);

static void links_init(struct conf *c)
{
	size_t nl = sizeof link_words / sizeof *link_words;
	if (nl >= 255)
		ko_fatal(2, "link_words: too many for struct sent's link");
	for (size_t k = 0; k < nl; k++) {
		size_t m = strlen(link_words[k]), h = link_hash(link_words[k], m);
		while (c->linkh[h])
			h = (h + 1) & 511;
		c->linkh[h] = (uint16_t)(k + 1);
		c->linklen[k] = (unsigned char)m;
		uint32_t v = ko_syllable_at((const unsigned char *)link_words[k], m);
		if (!v || m > 255)
			ko_fatal(2, "link_words: '%s' does not start with a syllable", link_words[k]);
		c->linkfirst[(v - KO_SYL_FIRST) / 8] |= (unsigned char)(1u << (v - KO_SYL_FIRST) % 8);
		if (m >= 6) {
			uint64_t sh = load6(link_words[k]) * STEM_MUL;
			c->linkstem[sh >> 58] |= (uint64_t)1 << (sh >> 52 & 63);
		}
		if (m > c->linkmax)
			c->linkmax = m;
	}
	for (size_t k = 0; k < sizeof parallel_words / sizeof *parallel_words; k++) {
		size_t m = strlen(parallel_words[k]), t = is_link(c, parallel_words[k], m);
		if (!t)
			ko_fatal(2, "parallel_words: '%s' is no link word", parallel_words[k]);
		c->linkpar[t] = k < 8 ? 2 : 1;
	}
	for (size_t k = 0; k < sizeof parallel_subjects / sizeof *parallel_subjects; k++) {
		size_t m = strlen(parallel_subjects[k]), t = is_link(c, parallel_subjects[k], m);
		if (!t)
			ko_fatal(2, "parallel_subjects: '%s' is no link word", parallel_subjects[k]);
		c->linkpar[t] = 3;
	}
	for (size_t k = 0; k < sizeof additive_words / sizeof *additive_words; k++) {
		size_t t = is_link(c, additive_words[k], strlen(additive_words[k]));
		if (!t)
			ko_fatal(2, "additive_words: '%s' is no link word", additive_words[k]);
		c->linkadd[t] = 1;
	}
	for (size_t k = 0; k < sizeof free_links / sizeof *free_links; k++) {
		size_t t = is_link(c, free_links[k], strlen(free_links[k]));
		if (!t)
			ko_fatal(2, "free_links: '%s' is no link word", free_links[k]);
		c->linkfree[t] = 1;
	}
	for (size_t k = 0; k < sizeof pronoun_pairs / sizeof *pronoun_pairs; k++)
		for (int h = 0; h < 2; h++) {
			const char *w = pronoun_pairs[k][h];
			size_t t = is_link(c, w, strlen(w));
			if (!t)
				ko_fatal(2, "pronoun_pairs: '%s' is no link word", w);
			c->linkref[t] = (unsigned char)(k + 1);
		}
}

/* The index + 1 of link word p, or 0. */
static inline int is_link(const struct conf *c, const char *p, size_t n)
{
	if (!n || n > c->linkmax)
		return 0;
	for (size_t h = link_hash(p, n); c->linkh[h]; h = (h + 1) & 511)
		if (c->linklen[c->linkh[h] - 1] == n && !memcmp(link_words[c->linkh[h] - 1], p, n))
			return c->linkh[h];
	return 0;
}

/* The bytes sound() stops at: those that may start a bracket or a quote
 * (as in balanced()). */
static const unsigned char mark_byte[256] = {
	['('] = 1, [')'] = 1, ['['] = 1, [']'] = 1, ['{'] = 1, ['}'] = 1, ['"'] = 1,
	[0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

#ifdef KO_AVX2
/* next_mark on a processor with AVX2 (n >= 32): 32 bytes at a time, the
 * last block moved back to end at n (its bits before i not taken). */
__attribute__((target("avx2"))) static size_t next_mark32(const char *p, size_t i, size_t n)
{
	const __m256i one = _mm256_set1_epi8(1), df = _mm256_set1_epi8((char)0xDF);
	while (i < n) {
		size_t j = i + 32 <= n ? i : n - 32;
		__m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(p + j));
		__m256i x1 = _mm256_or_si256(x, one), xd = _mm256_and_si256(x, df);
		/* " ( ) [ { ] } E2 E3 EF */
		__m256i m = _mm256_or_si256(
		    _mm256_or_si256(
		        _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('"')),
		                        _mm256_cmpeq_epi8(x1, _mm256_set1_epi8(')'))),
		        _mm256_or_si256(_mm256_cmpeq_epi8(xd, _mm256_set1_epi8('[')),
		                        _mm256_cmpeq_epi8(xd, _mm256_set1_epi8(']')))),
		    _mm256_or_si256(_mm256_cmpeq_epi8(x1, _mm256_set1_epi8((char)0xE3)),
		                    _mm256_cmpeq_epi8(x, _mm256_set1_epi8((char)0xEF))));
		uint32_t bits = (uint32_t)_mm256_movemask_epi8(m) & (~(uint32_t)0 << (i - j));
		if (bits)
			return j + (size_t)__builtin_ctz(bits);
		i = j + 32;
	}
	return n;
}
#endif

/* The first offset from i on of a mark_byte, or n. */
static size_t next_mark(const char *p, size_t i, size_t n)
{
#ifdef KO_AVX2
	if (n >= 32 && ko_have_avx2())
		return next_mark32(p, i, n);
#endif
#ifdef __SSE2__
	const __m128i one = _mm_set1_epi8(1), df = _mm_set1_epi8((char)0xDF),
	              quot = _mm_set1_epi8('"'), paren = _mm_set1_epi8(')'),
	              sq = _mm_set1_epi8('['), sqc = _mm_set1_epi8(']'),
	              e3 = _mm_set1_epi8((char)0xE3), ef = _mm_set1_epi8((char)0xEF);
	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i x1 = _mm_or_si128(x, one), xd = _mm_and_si128(x, df);
		/* " ( ) [ { ] } E2 E3 EF */
		__m128i m = _mm_or_si128(
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quot), _mm_cmpeq_epi8(x1, paren)),
			             _mm_or_si128(_mm_cmpeq_epi8(xd, sq), _mm_cmpeq_epi8(xd, sqc))),
			_mm_or_si128(_mm_cmpeq_epi8(x1, e3), _mm_cmpeq_epi8(x, ef)));
		int bits = _mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz((unsigned)bits);
	}
#endif
	while (i < n && !mark_byte[(unsigned char)p[i]])
		i++;
	return i;
}


/* 1 if every bracket and double quote of p opens and closes within it, in
 * order, around at least one letter or digit. A sentence that fails was
 * cut inside a parenthesis or quotation, or keeps the empty () and (, )
 * that extraction leaves where a template was: either way a fragment.
 * (A list's lead-in, which needs the list after it, is told with the
 * markup: ko_task_sent_markup.) One pass that looks only at the bytes of
 * mark_byte while no bracket waits for its first letter.
 */
static int sound(const char *p, size_t n)
{
	int stack[32], filled[32], depth = 0, quote = 0;
	size_t i = 0;
	for (;;) {
		if (!depth || filled[depth - 1]) {
			i = next_mark(p, i, n);
			if (i == n)
				break;
		} else if (i == n) {
			break;
		}
		int k, b;
		uint32_t c = cp_at(p, n, i, &k);
		i += (size_t)k;
		if (c == '"') {
			quote = !quote;
		} else if ((b = bracket_index(openers, c)) >= 0) {
			if (depth == 32)
				return 0;
			stack[depth] = b;
			filled[depth++] = 0;
		} else if ((b = bracket_index(closers, c)) >= 0) {
			if (!depth || stack[depth - 1] != b || !filled[depth - 1])
				return 0;
			depth--;
		} else if (depth && wordish(c)) {
			for (int d = 0; d < depth; d++)
				filled[d] = 1;
		}
	}
	return !depth && !quote;
}

/* 1 if p ends in a colon (closing brackets and spaces after it looked
 * through): it announces a list (see ko_lead_in). */
static int colon_end(const char *p, size_t n)
{
	size_t at;
	uint32_t c;
	/* (most sentences end in an ASCII mark that closes nothing: at once) */
	unsigned char b = n ? (unsigned char)p[n - 1] : 0;
	if (b && b < 0x80 && b != ' ' && b != ')' && b != ']' && b != '}')
		return b == ':';
	while (n && (c = cp_before(p, n, &at)) && (bracket_index(closers, c) >= 0 || c == ' '))
		n = at;
	return n && p[n - 1] == ':';
}

/* The bytes that may start white space (ko_space_len): the ASCII blanks
 * and the lead bytes of the wider spaces. */
static const unsigned char may_space[256] = {
	['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
	[0xC2] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1,
};

/* The bytes that may start white space (ko_space_len) among the 16 at q,
 * a bit each: ASCII blanks and the lead bytes C2, E1, E2, E3. */
#ifdef __SSE2__
static inline unsigned may_space16(const char *q)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)q);
	__m128i t = _mm_sub_epi8(x, _mm_set1_epi8('\t')); /* \t to \r: 0 to 4 */
	__m128i e = _mm_sub_epi8(x, _mm_set1_epi8((char)0xE1)); /* E1 to E3: 0 to 2 */
	__m128i m = _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')),
	                 _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(4)), t)),
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC2)),
	                 _mm_cmpeq_epi8(_mm_min_epu8(e, _mm_set1_epi8(2)), e)));
	return (unsigned)_mm_movemask_epi8(m);
}
#endif

#ifdef __SSE2__
/* The spaces ' ' among the 16 bytes at q with no byte after them that may
 * start white space (q[16] readable), a bit each: what add_sentence
 * writes as it reads. */
static inline unsigned lone_spaces16(const char *q)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)q);
	unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
	return sp & ~may_space16(q + 1);
}
#endif

/* A sentence as one line: runs of white space (U+3000 and the like too)
 * become one space. */
static void add_sentence(struct conf *c, const char *p, size_t n)
{
	struct ko_buf *items = &c->items;
	size_t b = items->n, l, i = 0;
	/* (the line is no longer than the sentence; 16 bytes more for the
	 * blocks stored whole) */
	ko_buf_reserve(items, n + 16);
	char *o = items->p + items->n;
	while (i < n) {
#ifdef __SSE2__
		/* 16 bytes stored at a time, and o moved past those up to the
		 * first that may start white space other than a space alone
		 * (most of it, which the line keeps as it is) */
		unsigned m = 0;
		while (i + 17 <= n) {
			_mm_storeu_si128((__m128i *)(void *)o,
			                 _mm_loadu_si128((const __m128i *)(const void *)(p + i)));
			if ((m = may_space16(p + i) & ~lone_spaces16(p + i)))
				break;
			i += 16, o += 16;
		}
		if (m) {
			unsigned t = (unsigned)__builtin_ctz(m);
			i += t, o += t;
		} else if (i >= n) {
			break;
		}
#endif
		if (!may_space[(unsigned char)p[i]] || !(l = ko_space_len(p + i, n - i))) {
			*o++ = p[i++];
			continue;
		}
		do
			i += l;
		while (i < n && (l = ko_space_len(p + i, n - i)));
		*o++ = ' ';
	}
	items->n = (size_t)(o - items->p);
	items->p[items->n] = 0;
	add_unit(c, b, items->n);
}

/* has_letter past its first byte */
static int has_letter_slow(const char *p, size_t n, size_t i)
{
	int k;
	while (i < n && !ko_space_len(p + i, n - i)) {
		if (wordish(cp_at(p, n, i, &k)))
			return 1;
		i += (size_t)k;
	}
	return 0;
}

/* 1 if the word at p[i] (up to white space) has a letter or digit. */
static inline int has_letter(const char *p, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)p;
	if (u[i] < 0x80 ? ko_is_ascii_alnum(u[i]) : ko_syllable_bytes(u + i, n - i))
		return 1; /* wordish, told on its bytes */
	return has_letter_slow(p, n, i);
}

#ifdef KO_AVX2
/* The white space of p[0, 32) (ko_space_len: ASCII blanks, and the bytes of
 * U+0085, U+00A0, U+1680, U+2000..200A, U+2028, U+2029, U+202F, U+205F and
 * U+3000, told by their exact bytes; p[32, 34) readable), one bit a byte;
 * bits 32 and 33: the last bytes of a space that starts in it and ends
 * after it. */
__attribute__((target("avx2"))) static inline uint64_t blanks32(const unsigned char *p)
{
	__m256i x = _mm256_loadu_si256((const __m256i *)(const void *)p);
	__m256i t = _mm256_sub_epi8(x, _mm256_set1_epi8('\t')); /* \t to \r: 0 to 4 */
	uint64_t bl = (uint32_t)_mm256_movemask_epi8(
	    _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8(' ')),
	                    _mm256_cmpeq_epi8(_mm256_min_epu8(t, _mm256_set1_epi8(4)), t)));
	/* the lead bytes of the wider spaces: C2, E1, E2, E3 */
	__m256i c2 = _mm256_cmpeq_epi8(x, _mm256_set1_epi8((char)0xC2));
	__m256i e1 = _mm256_cmpeq_epi8(x, _mm256_set1_epi8((char)0xE1));
	__m256i e2 = _mm256_cmpeq_epi8(x, _mm256_set1_epi8((char)0xE2));
	__m256i e3 = _mm256_cmpeq_epi8(x, _mm256_set1_epi8((char)0xE3));
	if (!_mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(c2, e1), _mm256_or_si256(e2, e3))))
		return bl;
	__m256i x1 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 1));
	__m256i x2 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 2));
#define EQ(v, c) _mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)(c)))
	__m256i two = _mm256_and_si256(c2, _mm256_or_si256(EQ(x1, 0x85), EQ(x1, 0xA0)));
	__m256i g = _mm256_sub_epi8(x2, _mm256_set1_epi8((char)0x80)); /* 80..8A: 0 to 10 */
	__m256i e280 = _mm256_or_si256(
	    _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(g, _mm256_set1_epi8(10)), g),
	                    EQ(x2, 0xA8)),
	    _mm256_or_si256(EQ(x2, 0xA9), EQ(x2, 0xAF)));
	__m256i three = _mm256_or_si256(
	    _mm256_or_si256(_mm256_and_si256(e1, _mm256_and_si256(EQ(x1, 0x9A), EQ(x2, 0x80))),
	                    _mm256_and_si256(e3, _mm256_and_si256(EQ(x1, 0x80), EQ(x2, 0x80)))),
	    _mm256_and_si256(e2, _mm256_or_si256(_mm256_and_si256(EQ(x1, 0x80), e280),
	                                         _mm256_and_si256(EQ(x1, 0x81), EQ(x2, 0x9F)))));
#undef EQ
	uint64_t l2 = (uint32_t)_mm256_movemask_epi8(two), l3 = (uint32_t)_mm256_movemask_epi8(three);
	return bl | l2 | l2 << 1 | l3 | l3 << 1 | l3 << 2;
}

/* count_words' loop on 32 bytes at a time, while 34 are left, then on the
 * rest but the last two or three bytes: its state (*pi, *pwords, *pgap)
 * on from where it stops. */
__attribute__((target("avx2,popcnt"))) static void count_words32(const char *p, size_t n,
                                                                 size_t limit, int letters,
                                                                 int *bad, size_t *pi,
                                                                 size_t *pwords, unsigned *pgap)
{
	size_t i = *pi, words = *pwords;
	uint32_t gap = *pgap, carry = 0;
	for (; i + 34 <= n && words < limit; i += 32) {
		uint64_t bl = blanks32((const unsigned char *)p + i);
		uint32_t sm = (uint32_t)bl | carry;
		carry = (uint32_t)(bl >> 32);
		uint32_t starts = ~sm & ((sm << 1) | gap);
		gap = sm >> 31;
		if (letters) {
			for (uint32_t b = starts; b && words < limit; b &= b - 1, words++)
				if (!has_letter(p, n, i + (size_t)__builtin_ctz(b)))
					*bad = 1;
		} else {
			words += (size_t)__builtin_popcount(starts);
		}
	}
	/* (a space that ends after the last block: its last bytes) */
	if (carry)
		i += carry & 2 ? 2 : 1, gap = 1;
	/* The rest but two bytes: one more block, moved back over bytes read
	 * already (three at least, so that a space that ends at i starts in
	 * it), whose bits before i are not counted. */
	if (words < limit && i >= 3 && n >= 35) {
		size_t j = n - 34 < i - 3 ? n - 34 : i - 3;
		if (i - j < 32) {
			uint64_t bl = blanks32((const unsigned char *)p + j);
			uint32_t sm = (uint32_t)bl;
			uint32_t starts = ~sm & (sm << 1) & (~(uint32_t)0 << (i - j));
			if (letters) {
				for (uint32_t b = starts; b && words < limit; b &= b - 1, words++)
					if (!has_letter(p, n, j + (size_t)__builtin_ctz(b)))
						*bad = 1;
			} else {
				words += (size_t)__builtin_popcount(starts);
			}
			i = j + 32;
			gap = sm >> 31;
			if ((carry = (uint32_t)(bl >> 32)))
				i += carry & 2 ? 2 : 1, gap = 1;
		}
	}
	*pi = i;
	*pwords = words;
	*pgap = gap;
}
#endif

#ifdef __SSE2__
static unsigned popcount16(unsigned x)
{
	x = x - (x >> 1 & 0x5555);
	x = (x & 0x3333) + (x >> 2 & 0x3333);
	x = (x + (x >> 4)) & 0x0F0F;
	return (x + (x >> 8)) & 0x1F;
}
#endif

/* The number of words of p (runs of anything but white space), counted up
 * to limit. With letters set, *bad becomes 1 if one of the words counted
 * has no letter or digit (a lone dash, bracket or tilde is no eojeol). A
 * block of 16 bytes without a lead byte of a wider space is read on its
 * bitmask of ASCII blanks; the others byte by byte. */
static size_t count_words(const char *p, size_t n, size_t limit, int letters, int *bad)
{
	size_t words = 0, i = 0, l;
	unsigned gap = 1; /* the byte before i is white space (or i is 0) */
#ifdef KO_AVX2
	if (n >= 34 && ko_have_avx2() && __builtin_cpu_supports("popcnt"))
		count_words32(p, n, limit, letters, bad, &i, &words, &gap);
#endif
	while (i < n && words < limit) {
#ifdef __SSE2__
		const __m128i tab = _mm_set1_epi8('\t'), four = _mm_set1_epi8(4),
		              sp = _mm_set1_epi8(' '), c2 = _mm_set1_epi8((char)0xC2),
		              e1 = _mm_set1_epi8((char)0xE1), e3 = _mm_set1_epi8((char)0xE3),
		              one = _mm_set1_epi8(1);
		for (; i + 16 <= n && words < limit; i += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
			__m128i wide = _mm_or_si128(_mm_cmpeq_epi8(x, c2),
			                            _mm_or_si128(_mm_cmpeq_epi8(x, e1),
			                                         _mm_cmpeq_epi8(_mm_or_si128(x, one), e3)));
			if (_mm_movemask_epi8(wide))
				break;
			__m128i t = _mm_sub_epi8(x, tab); /* \t to \r: 0 to 4 */
			__m128i blank = _mm_or_si128(_mm_cmpeq_epi8(x, sp),
			                             _mm_cmpeq_epi8(_mm_min_epu8(t, four), t));
			unsigned sm = (unsigned)_mm_movemask_epi8(blank);
			unsigned starts = ~sm & ((sm << 1) | gap) & 0xFFFF;
			gap = sm >> 15 & 1;
			if (letters) {
				for (unsigned b = starts; b && words < limit; b &= b - 1, words++)
					if (!has_letter(p, n, i + (size_t)__builtin_ctz(b)))
						*bad = 1;
			} else {
				words += popcount16(starts);
			}
		}
		if (i >= n || words >= limit)
			break;
#endif
		/* a block with a lead byte of a wider space, or the tail */
		size_t end = i + 16 < n ? i + 16 : n;
		while (i < end) {
			if ((l = ko_space_len(p + i, n - i))) {
				i += l;
				gap = 1;
				continue;
			}
			if (gap && words < limit) {
				if (letters && !has_letter(p, n, i))
					*bad = 1;
				words++;
			}
			gap = 0;
			i++;
		}
	}
	return words < limit ? words : limit;
}

/* ko_space_len(p + j, n - j) where p[j] is C2, E1, E2 or E3, on the
 * bytes: U+0085, U+00A0 (C2 85, C2 A0), U+1680 (E1 9A 80), U+2000..200A,
 * U+2028, U+2029, U+202F (E2 80 ..), U+205F (E2 81 9F), U+3000 (E3 80 80). */
static inline size_t wide_space_len(const char *p, size_t j, size_t n)
{
	const unsigned char *u = (const unsigned char *)p + j;
	if (u[0] == 0xC2)
		return n - j >= 2 && (u[1] == 0x85 || u[1] == 0xA0) ? 2 : 0;
	if (n - j < 3)
		return 0;
	switch (u[0]) {
	case 0xE1: return u[1] == 0x9A && u[2] == 0x80 ? 3 : 0;
	case 0xE3: return u[1] == 0x80 && u[2] == 0x80 ? 3 : 0;
	default:
		return (u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xA8 ||
		                         u[2] == 0xA9 || u[2] == 0xAF)) ||
		               (u[1] == 0x81 && u[2] == 0x9F)
		           ? 3
		           : 0;
	}
}

#ifdef KO_AVX2
/* The white space of the 32 bytes at p[i] (i + 32 <= n) into the bits b
 * of p[0, n): the ASCII blanks on their bitmask, and at each lead byte of
 * a wider space (C2, E1, E2, E3: few in Korean text, and most of them
 * punctuation) wide_space_len. Bits already set stay set, so blocks may
 * overlap. */
__attribute__((target("avx2"), always_inline)) static inline void blank_block32(const char *p, size_t i,
                                                                 size_t n, uint64_t *b)
{
	__m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
	__m256i t = _mm256_sub_epi8(x, _mm256_set1_epi8('\t')); /* \t to \r: 0 to 4 */
	uint64_t bl = (uint32_t)_mm256_movemask_epi8(
	    _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8(' ')),
	                    _mm256_cmpeq_epi8(_mm256_min_epu8(t, _mm256_set1_epi8(4)), t)));
	/* C2 and E1 to E3 */
	__m256i e = _mm256_sub_epi8(x, _mm256_set1_epi8((char)0xE1));
	uint32_t wide = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(
	    _mm256_cmpeq_epi8(x, _mm256_set1_epi8((char)0xC2)),
	    _mm256_cmpeq_epi8(_mm256_min_epu8(e, _mm256_set1_epi8(2)), e)));
	b[i / 64] |= bl << (i & 63);
	if ((i & 63) > 32)
		b[i / 64 + 1] |= bl >> (64 - (i & 63));
	for (; wide; wide &= wide - 1) {
		size_t j = i + (size_t)__builtin_ctz(wide), l = wide_space_len(p, j, n);
		for (size_t k = j; k < j + l; k++)
			b[k / 64] |= (uint64_t)1 << (k & 63);
	}
}

/* blank_bits on 32 bytes at a time, the last block moved back to end at
 * n; a text shorter than 32 bytes read from a copy padded with NULs
 * (no white space). */
__attribute__((target("avx2"))) static void blank_bits32(const char *p, size_t n, uint64_t *b)
{
	size_t i = 0;
	if (n < 32) {
		char pad[32] = {0};
		memcpy(pad, p, n);
		blank_block32(pad, 0, n, b);
		return;
	}
	for (; i + 32 <= n; i += 32)
		blank_block32(p, i, n, b);
	if (i < n)
		blank_block32(p, n - 32, n, b);
}
#endif

/* The white space of p[0, n) into b, zeroed, of n / 64 + 2 words: bit j
 * set if p[j] is a byte of white space (ko_space_len). */
static void blanks_of(uint64_t *b, const char *p, size_t n)
{
#ifdef KO_AVX2
	if (ko_have_avx2()) {
		blank_bits32(p, n, b);
		return;
	}
#endif
	for (size_t i = 0; i < n;) {
		size_t l = ko_space_len(p + i, n - i);
		if (!l)
			l = 1;
		else
			for (size_t k = i; k < i + l; k++)
				b[k / 64] |= (uint64_t)1 << (k & 63);
		i += l;
	}
}

/* c->blank for the text p[0, n): bit j set if p[j] is a byte of white
 * space (ko_space_len, as count_words reads it), made once for the text so
 * that word order counts the words of each of its sentences on the bits
 * (span_words) instead of reading every sentence again. */
__attribute__((noinline)) static void blank_bits(struct conf *c, const char *p, size_t n)
{
	blanks_of(ko_bits_zeroed(&c->blank, &c->capblank, n / 64 + 2), p, n);
}

/* count_words(p + b, e - b, limit, 0, NULL) on the bits of blank_bits:
 * the bytes of [b, e) that are no white space and start it or follow
 * white space. (A space never crosses b or e, which are character
 * boundaries.) */
static inline __attribute__((always_inline)) size_t span_words_in(const struct conf *c,
                                                                    size_t b, size_t e,
                                                                    size_t limit, int hw)
{
	const uint64_t *bl = c->blank;
	if (b >= e)
		return 0;
	size_t words = !(bl[b / 64] >> (b & 63) & 1);
	if (e - b > 1) {
		size_t from = b + 1, last = (e - 1) / 64;
		for (size_t w = from / 64; w <= last; w++) {
			uint64_t m = ~bl[w] & (bl[w] << 1 | (w ? bl[w - 1] >> 63 : 0));
			if (w == from / 64)
				m &= ~(uint64_t)0 << (from & 63);
			if (w == last)
				m &= ~(uint64_t)0 >> (63 - ((e - 1) & 63));
			if (hw) {
				words += (size_t)__builtin_popcountll(m);
				continue;
			}
			/* (a popcount of bit tricks: no popcnt in the baseline
			 * instruction set, and libgcc's is a call) */
			m = m - (m >> 1 & 0x5555555555555555u);
			m = (m & 0x3333333333333333u) + (m >> 2 & 0x3333333333333333u);
			m = (m + (m >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
			words += (size_t)((m * 0x0101010101010101u) >> 56);
		}
	}
	return words < limit ? words : limit;
}

#if defined(__x86_64__) || defined(__i386__)
/* span_words with the popcnt instruction (c->popcnt: the processor has it) */
__attribute__((target("popcnt"))) static size_t span_words_popcnt(const struct conf *c, size_t b,
                                                                  size_t e, size_t limit)
{
	return span_words_in(c, b, e, limit, 1);
}
#endif

static size_t span_words(const struct conf *c, size_t b, size_t e, size_t limit)
{
#if defined(__x86_64__) || defined(__i386__)
	if (c->popcnt)
		return span_words_popcnt(c, b, e, limit);
#endif
	return span_words_in(c, b, e, limit, 0);
}

/* The starts of the words of [b, e) in word w of the bits of blank_bits
 * (last: the word of e - 1), as count_words finds them: the bytes of
 * [b, e) that are no white space and start it or follow white space. */
static inline uint64_t word_starts(const struct conf *c, size_t b, size_t e, size_t w,
                                   size_t last)
{
	const uint64_t *bl = c->blank;
	uint64_t m = ~bl[w] & (bl[w] << 1 | (w ? bl[w - 1] >> 63 : 0) |
	                       (w == b / 64 ? (uint64_t)1 << (b & 63) : 0));
	if (w == b / 64)
		m &= ~(uint64_t)0 << (b & 63);
	if (w == last)
		m &= ~(uint64_t)0 >> (63 - ((e - 1) & 63));
	return m;
}

/* 1 if a word of [b, e) (as count_words finds them, on the bits of
 * blank_bits) has no letter or digit (has_letter). Most words start with
 * an ASCII letter or digit or a Hangul syllable, told on their bytes: a
 * syllable is EA B0 80 (U+AC00) to ED 9E A3 (U+D7A3), its lead byte and
 * the next read as one number (the text is valid UTF-8, and [b, e) whole
 * characters). */
__attribute__((noinline)) static int span_letters(const struct conf *c, const char *p, size_t b,
                                                  size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	if (b >= e)
		return 0;
	for (size_t w = b / 64, last = (e - 1) / 64; w <= last; w++)
		for (uint64_t m = word_starts(c, b, e, w, last); m; m &= m - 1) {
			size_t j = w * 64 + (size_t)__builtin_ctzll(m);
			uint32_t v = u[j], y;
			if (v < 0x80 ? ko_is_ascii_alnum(v)
			             : (y = be16(u + j)) - 0xEAB0u <= 0xED9Du - 0xEAB0u ||
			                   (y == 0xED9E && u[j + 2] <= 0xA3))
				continue;
			if (!has_letter(p + b, e - b, j - b))
				return 1;
		}
	return 0;
}

/* What the tool needs to know of sentence p: see struct sent. Read in
 * stages, the cheap tests first, and each only when its answer is needed:
 * read_ending, of every sentence, whether it ends as a sentence does;
 * read_links how it opens; run_ok, of the sentences of a run that may be
 * drawn, whether their brackets close and they are free of markup. */
static void read_ending(const struct conf *c, struct sent *st, const char *p, size_t n)
{
	st->link = st->ok = st->out = -1;
	st->year0 = 0;
	st->ylast = st->yfirst = st->ydated = -1;
	st->stems_read = 0;
	int end = full_ending(c, p, n);
	st->usable = end && count_words(p, n, end == 2 ? 4 : 2, 0, NULL) >= (end == 2 ? 4u : 2u) &&
	             !colon_end(p, n) && stop_end(p, n);
}

/* 1 if the sentence p[0, n) points at something before it past its first
 * word (which read_links reads): a link word as its second or third word
 * (맥스웰은 이 책에서 ..., 1967년 그는 ..., 노벨은 또한 ...; not 두, 세:
 * a count, 그 대학은 두 개의 ...), or an ending of addition, -기도 하다
 * (... 옥중출마를 지원하기도 하였다: "also"). Such a sentence cannot open
 * a run: what it points at is outside it, and the run's sentences may
 * stand in another order after it (two that open on 이 책 ...). */
static int points_out(const struct conf *c, const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0, l, b, e;
	for (int w = 0; w < 3 && i < n; w++) {
		while (i < n && (l = ko_space_len(p + i, n - i)))
			i += l;
		b = i;
		while (i < n && !ko_space_len(p + i, n - i))
			i++;
		e = i > b && p[i - 1] == ',' ? i - 1 : i;
		uint32_t v = w ? ko_syllable_at(u + b, e - b) : 0;
		if (v && c->linkfirst[(v - KO_SYL_FIRST) / 8] >> ((v - KO_SYL_FIRST) % 8) & 1 &&
		    !(e - b == 3 && (v == 0xB450 || v == 0xC138)) && /* 두 세 */
		    is_link(c, p + b, e - b))
			return 1;
	}
	/* ... 기도 하였다. (the last word opens with 하, 했, 한 or 합; the
	 * word before it ends in 기도, one space between): read back from
	 * the end */
	e = n;
	while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n'))
		e--;
	b = e;
	while (b > 0 && p[b - 1] != ' ')
		b--;
	uint32_t v = ko_syllable_at(u + b, e - b);
	if (b < 10 || !(v == 0xD558 || v == 0xD588 || v == 0xD55C || v == 0xD569))
		return 0;
	/* (not 기도 alone, a prayer: 기도 했다) */
	return !memcmp(p + b - 7, "기도", 6) && p[b - 1] == ' ' && p[b - 8] != ' ';
}

static void read_links(const struct conf *c, struct sent *st, const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t fb = 0, fe, l;
	while (fb < n && (l = ko_space_len(p + fb, n - fb)))
		fb += l;
	st->year0 = (short)(fb < n && (unsigned)(u[fb] - '0') <= 9u ? year_at(p, n, fb) : 0);
	/* every link word starts with a syllable of linkfirst: most first
	 * words are told by it, and the others need be read only as far as
	 * the longest link word and a comma */
	uint32_t v = ko_syllable_at(u + fb, n - fb);
	st->link = 0;
	if (!v || !(c->linkfirst[(v - KO_SYL_FIRST) / 8] >> ((v - KO_SYL_FIRST) % 8) & 1))
		return;
	size_t end = n - fb > c->linkmax + 2 ? fb + c->linkmax + 2 : n;
	for (fe = fb + 3; fe < end && !(may_space[u[fe]] && ko_space_len(p + fe, n - fe));)
		fe++;
	if (fe > fb && p[fe - 1] == ',')
		fe--;
	st->link = (short)is_link(c, p + fb, fe - fb);
}

#ifdef KO_AVX2
/* first_open on a processor with AVX2 (n >= 32): 32 bytes at a time, the
 * last block moved back to end at n. */
__attribute__((target("avx2"))) static size_t first_open32(const char *p, size_t n)
{
	for (size_t i = 0;; i += 32) {
		if (i + 32 > n)
			i = n - 32;
		__m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
		uint32_t bits = (uint32_t)_mm256_movemask_epi8(
		    _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('(')),
		                    _mm256_cmpeq_epi8(x, _mm256_set1_epi8('['))));
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
		if (i + 32 == n)
			return n;
	}
}
#endif

/* The first offset of a '(' or '[' in p, or n: one pass for both, as
 * most sentences have neither. */
static size_t first_open(const char *p, size_t n)
{
	size_t i = 0;
#ifdef KO_AVX2
	if (n >= 32 && ko_have_avx2())
		return first_open32(p, n);
#endif
#ifdef __SSE2__
	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		int bits = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('(')),
		                                          _mm_cmpeq_epi8(x, _mm_set1_epi8('['))));
		if (bits)
			return i + (size_t)__builtin_ctz((unsigned)bits);
	}
#endif
	while (i < n && p[i] != '(' && p[i] != '[')
		i++;
	return i;
}

/* How many more words than --range allows a sentence may count at its
 * blanks and still fit once its glosses are joined (see bracket_gaps). */
#define SLACK 8

/* The gaps of p that lie inside round or square brackets (지석묘(統營
 * 鳳坪洞 支石墓)는: two), which join their words into one: a gloss is
 * read with the word it glosses, not shuffled apart from it. The
 * brackets close within p (sound() has said so). */
static size_t bracket_gaps(const char *p, size_t n)
{
	size_t gaps = 0, l, i = first_open(p, n);
	if (i == n) /* (most sentences: no bracket) */
		return 0;
	/* the first ( and [ from i on, each looked for again only once i
	 * has passed it */
	const char *o = memchr(p + i, '(', n - i), *sq = memchr(p + i, '[', n - i);
	for (;;) {
		/* to the next opening bracket, then through to its close */
		if (o && o < p + i)
			o = memchr(p + i, '(', n - i);
		if (sq && sq < p + i)
			sq = memchr(p + i, '[', n - i);
		const char *x = !o || (sq && sq < o) ? sq : o;
		if (!x)
			return gaps;
		i = (size_t)(x - p);
		int depth = 0, gap = 0;
		while (i < n) {
			if ((l = ko_space_len(p + i, n - i))) {
				gap = 1;
				i += l;
				continue;
			}
			if (gap && depth > 0)
				gaps++;
			gap = 0;
			if (p[i] == '(' || p[i] == '[')
				depth++;
			else if ((p[i] == ')' || p[i] == ']') && --depth == 0) {
				i++;
				break;
			}
			i++;
		}
		if (i >= n)
			return gaps;
	}
}

#ifdef __SSE2__
/* next_word's stops among the 16 bytes at q, a bit each: the bytes that
 * may start white space, and round and square brackets. */
static inline unsigned stop16(const char *q)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)q);
	__m128i m = _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('(')), _mm_cmpeq_epi8(x, _mm_set1_epi8(')'))),
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('[')), _mm_cmpeq_epi8(x, _mm_set1_epi8(']'))));
	return may_space16(q) | (unsigned)_mm_movemask_epi8(m);
}
#endif

/* The next word of p from *i: its start, with *i at its end, or n when
 * none is left. White space inside round or square brackets does not end
 * a word (see bracket_gaps): a gloss is one word with what it glosses. */
static size_t next_word(const char *p, size_t n, size_t *i)
{
	/* the bytes that may start white space (ko_space_len) or are a
	 * round or square bracket; next_word passes over the others */
	static const unsigned char stop[256] = {
		['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
		['('] = 1, [')'] = 1, ['['] = 1, [']'] = 1,
		[0xC2] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1,
	};
	size_t j = *i, l;
	int depth = 0;
	while (j < n && (l = ko_space_len(p + j, n - j)))
		j += l;
	size_t b = j;
	while (j < n) {
#ifdef __SSE2__
		/* 16 bytes at a time to the next that may stop it */
		if (j + 16 <= n) {
			unsigned m = stop16(p + j);
			if (!m) {
				j += 16;
				continue;
			}
			j += (size_t)__builtin_ctz(m);
		}
#endif
		if (!stop[(unsigned char)p[j]]) {
			j++;
			continue;
		}
		if ((l = ko_space_len(p + j, n - j))) {
			if (!depth)
				break;
			j += l;
			continue;
		}
		if (p[j] == '(' || p[j] == '[')
			depth++;
		else if ((p[j] == ')' || p[j] == ']') && depth > 0)
			depth--;
		j++;
	}
	*i = j;
	return b;
}

/* The words of a sentence: its eojeol as they are written, punctuation,
 * brackets, quotes and glosses attached (next_word), so that the answer is
 * exactly the words joined by spaces. Any other white space separates
 * words, so a no-break or ideographic space is a gap, not a letter. */
static void add_words(struct conf *c, const char *p, size_t n)
{
	size_t i = 0, b;
	while ((b = next_word(p, n, &i)) < n) {
		size_t o = c->items.n;
		ko_buf_add(&c->items, p + b, i - b);
		add_unit(c, o, c->items.n);
	}
}

/* 1 if a word of p, its glosses joined (next_word), has no letter or
 * digit: a lone dash or tilde between words is no word, but one inside a
 * gloss (김철수(1975년 ~ )는, 2000년 - 2010년) is part of the word it
 * glosses, and must not make the sentence unusable. */
static int lone_mark(const char *p, size_t n)
{
	size_t i = 0, b;
	int k;
	while ((b = next_word(p, n, &i)) < n) {
		int letter = 0;
		for (; b < i && !letter; b += (size_t)k)
			letter = wordish(cp_at(p, n, b, &k));
		if (!letter)
			return 1;
	}
	return 0;
}

/* 1 if two neighbouring words of p end in a comma: a list of three items
 * or more (아데닌, 구아닌, 티민이다), whose items read as well in any order,
 * so that a word-order task on it would have several right answers. Only
 * the commas are visited: a comma ends a word before a space (not in
 * 1,000), and the word before that one ends in a comma too. */
static int comma_list(const char *p, size_t n)
{
	for (const char *c = memchr(p, ',', n); c; c = memchr(c + 1, ',', (size_t)(p + n - c - 1))) {
		size_t j = (size_t)(c - p), b = j;
		if (j + 1 < n && p[j + 1] != ' ')
			continue;
		while (b > 0 && p[b - 1] != ' ')
			b--;
		if (b >= 2 && p[b - 2] == ',')
			return 1;
	}
	return 0;
}

/* 1 if the word p[b, e) is a phrase of time that Korean lets stand almost
 * anywhere before the verb: a number and 년, 월, 일, 세기 or 년대, bare or
 * with 에, 에는, 부터, 까지, 경, 말 or 초 (1998년부터, 2001년 11월, 19세기
 * 말에), or 당시, 현재, 최근, 이후, 오늘날 (with 에는 or 에); a comma after
 * it is looked through. Such a phrase is an adjunct (scrambles), with a
 * second order as natural as the first (1998년부터 2000년까지 발머가 ...
 * and 발머가 1998년부터 2000년까지 ...); 1998년의 or
 * 1998년이다 is bound to its neighbour and does not move. */
static int time_word(const char *p, size_t b, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t t = b;
	int ok = 0;
	if (e > b && p[e - 1] == ',')
		e--; /* 당시, */
	if (p[b] >= '0' && p[b] <= '9') {
		while (t < e && ((p[t] >= '0' && p[t] <= '9') || p[t] == ','))
			t++;
		switch (ko_syllable_at(u + t, e - t)) {
		case 0xB144: /* 년, 년대 */
			t += ko_syllable_at(u + t + 3, e - t - 3) == 0xB300 ? 6 : 3, ok = 1;
			break;
		case 0xC6D4: case 0xC77C: /* 월 일 */
			t += 3, ok = 1;
			break;
		case 0xC138: /* 세기 */
			ok = ko_syllable_at(u + t + 3, e - t - 3) == 0xAE30, t += 6;
			break;
		}
	} else {
		uint32_t v = ko_syllable_at(u + b, e - b), w = v ? ko_syllable_at(u + b + 3, e - b - 3) : 0;
		ok = (v == 0xB2F9 && w == 0xC2DC) || /* 당시 */
		     (v == 0xD604 && w == 0xC7AC) || /* 현재 */
		     (v == 0xCD5C && w == 0xADFC) || /* 최근 */
		     (v == 0xC774 && w == 0xD6C4) || /* 이후 */
		     (v == 0xC624 && w == 0xB298 && ko_syllable_at(u + b + 6, e - b - 6) == 0xB0A0); /* 오늘날 */
		t = b + (v == 0xC624 ? 9 : 6);
	}
	/* bare, or a particle of time after it */
	if (ok && t <= e) {
		static const char *const tail[] = {"", "에", "에는", "부터", "까지", "경", "경에", "말",
		                                   "말에", "초", "초에", "에도"};
		for (size_t k = 0; k < sizeof tail / sizeof *tail; k++)
			if (e - t == strlen(tail[k]) && !memcmp(p + t, tail[k], e - t))
				return 1;
	}
	return 0;
}

/* The first offset from j on (j < e) of a byte of white space on the bits
 * of blank_bits, or e. */
static size_t next_blank(const struct conf *c, size_t j, size_t e)
{
	size_t w = j / 64;
	uint64_t m = c->blank[w] & ~(uint64_t)0 << (j & 63);
	while (!m) {
		if (++w * 64 >= e)
			return e;
		m = c->blank[w];
	}
	j = w * 64 + (size_t)__builtin_ctzll(m);
	return j < e ? j : e;
}

/* The kinds of eojeol scrambles tells apart. */
enum {
	P_BOUND, /* bound to the word after it: a modifier (의, 이, 새), a noun of
	          * a compound, a verb before its auxiliary, a clause in 기 or
	          * quoted (다고), a connective opening the sentence */
	P_TOPIC, /* a topic: 은, 는, 도 (it hangs on the verb that ends its
	          * conjunct) */
	P_SUBJ,  /* a subject: 이, 가, 께서 */
	P_OBJ,   /* an object: 을, 를 */
	P_COMP,  /* a complement: order_comp_ends */
	P_FREE,  /* an adjunct: order_free_ends, a phrase of time, an adverb */
	P_SUB,   /* the verb of an adverbial clause: order_sub_ends */
	P_ADN,   /* the verb of a relative clause (위치한, 있는, 많은) */
	P_CONJ,  /* the end of a conjunct: order_conj_ends, a comma */
	P_PRED,
	P_NOUN   /* no particle or ending read: a bare noun or adverb (본방,
	          * 진짜), bound to the word after it as P_BOUND is, unless
	          * particles were dropped (scrambles) */
};

/* 1 if the bytes [b, e) of p end with the word w and something comes
 * before it in [from, e). */
static int ends_with(const char *p, size_t from, size_t e, const char *w)
{
	size_t m = strlen(w);
	return e - from > m && !memcmp(p + e - m, w, m);
}

/* The lists of endings of phrase_kind, by the index ends_list takes. */
enum { E_SUB, E_FREE, E_COMP, E_CONJ, E_LISTS };
static const struct {
	const struct oword *w;
	size_t n;
} end_lists[E_LISTS] = {
	{order_sub_ends, sizeof order_sub_ends / sizeof *order_sub_ends},
	{order_free_ends, sizeof order_free_ends / sizeof *order_free_ends},
	{order_comp_ends, sizeof order_comp_ends / sizeof *order_comp_ends},
	{order_conj_ends, sizeof order_conj_ends / sizeof *order_conj_ends},
};

/* 1 if p[b, e), whose last syllable is last, ends with one of the words
 * of end_lists[k], after something: only those that end in last are
 * compared (conf.tailmask). */
static int ends_list(const struct conf *c, int k, const char *p, size_t b, size_t e, uint32_t last)
{
	unsigned t = last - KO_SYL_FIRST <= KO_SYL_LAST - KO_SYL_FIRST ? c->tailix[last - KO_SYL_FIRST] : 0;
	if (!t)
		return 0;
	for (uint32_t m = c->tailmask[t - 1][k]; m; m &= m - 1) {
		const struct oword *w = &end_lists[k].w[__builtin_ctz(m)];
		if (e - b > w->n && !memcmp(p + e - w->n, w->s, w->n))
			return 1;
	}
	return 0;
}

/* The lists of whole words of scrambles, by the index words_in takes. */
enum {
	W_ANCHORS, W_QUANTITY, W_NEUN_VERBS, W_DETERMINERS, W_NUMERALS, W_ALTERNATIVES,
	W_SPLIT_COPULAS, W_GE_NOUNS, W_TIME_NOUNS, W_DEGREE, W_SPEECH_OPENERS,
	W_TIME_ADVERBS, W_INTENSIFIERS, W_PRONOUNS, W_LISTS
};
#define WL(list) {list, sizeof list / sizeof *list}
static const struct {
	const struct oword *w;
	size_t n;
} word_lists[W_LISTS] = {
	WL(order_anchors), WL(order_quantity), WL(order_neun_verbs), WL(order_determiners),
	WL(order_numerals), WL(order_alternatives), WL(order_split_copulas), WL(order_ge_nouns),
	WL(order_time_nouns), WL(order_degree), WL(order_speech_openers),
	WL(order_time_adverbs), WL(order_intensifiers), WL(order_pronouns),
};
#undef WL

/* The bit of the word p[0, n) (n >= 3) in the filters of words_in. */
static inline unsigned word_bloom_bit(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	uint32_t x = (uint32_t)n | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[n - 1] << 24;
	return (x * 2654435761u) >> 24;
}

/* 1 if p[b, e) is one of the words of word_lists[k]. Most words asked
 * are none, told by the list's filter (conf.wbloom). */
static int words_in(const struct conf *c, int k, const char *p, size_t b, size_t e)
{
	if (e - b < 3) /* (no word of the lists is shorter: order_init) */
		return 0;
	unsigned h = word_bloom_bit(p + b, e - b);
	if (!(c->wbloom[k][h >> 6] >> (h & 63) & 1))
		return 0;
	const struct oword *list = word_lists[k].w;
	for (size_t i = 0; i < word_lists[k].n; i++)
		if (list[i].n == e - b && !memcmp(list[i].s, p + b, e - b))
			return 1;
	return 0;
}

/* The syllable sets of scrambles, a bit each in conf.sylset. */
enum {
	S_AUX_BEFORE = 1, S_AUX_FIRST = 2, S_ADN = 4, S_NEUN = 8, S_IF = 16, S_EXIST = 32,
	S_TAIL = 64, /* the last syllable of an ending of the lists of phrase_kind */
	S_VERB = 128, /* order_verb_last */
};

/* 1 if v is a syllable of the set bit (order_init). */
static inline int syl_in(const struct conf *c, uint32_t v, unsigned bit)
{
	return v >= KO_SYL_FIRST && v <= KO_SYL_LAST && c->sylset[v - KO_SYL_FIRST] & bit;
}


/* conf's tables of order_adverbs, order_eun_stems and the syllable sets
 * of scrambles (sylset) */
static void order_init(struct conf *c)
{
	static const struct {
		const char *set;
		unsigned bit;
	} sets[] = {
		{order_aux_before, S_AUX_BEFORE}, {order_aux_first, S_AUX_FIRST}, {order_adn_last, S_ADN},
		{order_neun_stems, S_NEUN}, {order_if_stems, S_IF}, {order_exist_first, S_EXIST},
		{order_verb_last, S_VERB},
	};
	for (size_t k = 0; k < sizeof sets / sizeof *sets; k++)
		for (const char *s = sets[k].set; *s; s += 3) {
			uint32_t v = ko_syllable_at((const unsigned char *)s, 3);
			if (!v)
				ko_fatal(2, "scrambles: a syllable set of not all syllables");
			c->sylset[v - KO_SYL_FIRST] |= (unsigned char)sets[k].bit;
		}
	for (size_t k = 0; k < E_LISTS; k++)
		for (size_t i = 0; i < end_lists[k].n; i++) {
			const struct oword *w = &end_lists[k].w[i];
			uint32_t v = w->n >= 3 ? ko_syllable_at((const unsigned char *)w->s + w->n - 3, 3) : 0;
			if (!v)
				ko_fatal(2, "scrambles: '%s' does not end with a syllable", w->s);
			if (i >= 32)
				ko_fatal(2, "scrambles: a list of endings of more than 32");
			c->sylset[v - KO_SYL_FIRST] |= S_TAIL;
			unsigned char *t = &c->tailix[v - KO_SYL_FIRST];
			if (!*t) {
				if (c->ntail == sizeof c->tailmask / sizeof *c->tailmask)
					ko_fatal(2, "scrambles: too many last syllables of endings");
				*t = (unsigned char)++c->ntail;
			}
			c->tailmask[*t - 1][k] |= (uint32_t)1 << i;
		}
	for (size_t k = 0; k < W_LISTS; k++)
		for (size_t i = 0; i < word_lists[k].n; i++) {
			const struct oword *w = &word_lists[k].w[i];
			if (w->n < 3)
				ko_fatal(2, "scrambles: '%s' is shorter than a syllable", w->s);
			unsigned h = word_bloom_bit(w->s, w->n);
			c->wbloom[k][h >> 6] |= (uint64_t)1 << (h & 63);
		}
	for (const char *s = order_eun_stems; *s; s += 3) {
		uint32_t v = ko_syllable_at((const unsigned char *)s, 3);
		if (!v)
			ko_fatal(2, "order_eun_stems: not all syllables");
		c->eunstem[(v - KO_SYL_FIRST) / 8] |= (unsigned char)(1u << (v - KO_SYL_FIRST) % 8);
	}
	for (size_t k = 0; k < sizeof order_adverbs / sizeof *order_adverbs; k++) {
		size_t m = strlen(order_adverbs[k]);
		uint32_t v = ko_syllable_at((const unsigned char *)order_adverbs[k], m);
		if (!v || m > 255)
			ko_fatal(2, "order_adverbs: '%s' does not start with a syllable", order_adverbs[k]);
		c->adv_len[k] = (unsigned char)m;
		unsigned char *at = &c->adv_head[ADJ_BUCKET(v)];
		while (*at)
			at = &c->adv_next[*at - 1];
		*at = (unsigned char)(k + 1);
		c->advfirst[(v - KO_SYL_FIRST) / 8] |= (unsigned char)(1u << (v - KO_SYL_FIRST) % 8);
	}
}

/* 1 if p[b, e), whose first syllable is first, is one of order_adverbs
 * (those in first's bucket). */
static int order_adverb(const struct conf *c, const char *p, size_t b, size_t e, uint32_t first)
{
	for (size_t k1 = c->adv_head[ADJ_BUCKET(first)]; k1; k1 = c->adv_next[k1 - 1])
		if (c->adv_len[k1 - 1] == e - b && !memcmp(order_adverbs[k1 - 1], p + b, e - b))
			return 1;
	return 0;
}

/* The end of the word p[b, e) without the marks after it (most words end
 * in a syllable); *comma set if one of them is a comma. */
static size_t word_core(const char *p, size_t b, size_t e, int *comma)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t te = e, at;
	uint32_t c;
	*comma = 0;
	while (te > b && !(te - b >= 3 && ko_syllable_at(u + te - 3, 3)) &&
	       !ko_is_hangul_syllable(c = cp_before(p + b, te - b, &at)) &&
	       !(c < 0x80 && ko_is_ascii_alnum(c))) {
		*comma |= c == ',';
		te = b + at;
	}
	return te;
}

/* 1 if p[b, e) is a bare noun of two syllables or more (all syllables:
 * no particle is told, nor any mark). */
static int bare_word(const char *p, size_t b, size_t e)
{
	if (e - b < 6 || (e - b) % 3)
		return 0;
	for (size_t i = b; i < e; i += 3)
		if (!ko_syllable_at((const unsigned char *)p + i, 3))
			return 0;
	return 1;
}

/* The last syllable of the word p[b, te) (its marks cut: word_core),
 * 0 if it ends otherwise. */
static uint32_t last_syl(const char *p, size_t b, size_t te)
{
	return te - b >= 3 ? ko_syllable_at((const unsigned char *)p + te - 3, 3) : 0;
}

/* 1 if the word p[b, te), which ends in 야, is a verb in -어야 (its
 * syllable before 야 ends in the vowel ㅏ, ㅐ, ㅓ, ㅘ, ㅙ or ㅝ, not 거 or
 * 뭐) and the word after it, [nb, ne), opens with none of 하 한 했 할 합
 * 해 되 된 됐 될 돼 됩. */
static int cond_ya(const char *p, size_t b, size_t te, size_t nb, size_t ne)
{
	static const uint32_t bound[] = {0xD558, 0xD55C, 0xD588, 0xD560, 0xD569, 0xD574,
	                                 0xB418, 0xB41C, 0xB410, 0xB420, 0xB3FC, 0xB429};
	if (te - b < 6 || !bare_word(p, b, te) || ne < nb + 3)
		return 0;
	uint32_t v = last_syl(p, b, te - 3);
	if (!v || (v - KO_SYL_FIRST) % 28 || v == 0xAC70 || v == 0xBB50) /* 거 뭐 */
		return 0;
	unsigned vowel = (v - KO_SYL_FIRST) / 28 % 21;
	if (vowel != 0 && vowel != 1 && vowel != 4 && vowel != 9 && vowel != 10 && vowel != 14)
		return 0;
	uint32_t w = ko_syllable_at((const unsigned char *)p + nb, ne - nb);
	for (size_t i = 0; i < sizeof bound / sizeof *bound; i++)
		if (w == bound[i])
			return 0;
	return 1;
}

/* The kind of the word p[b, e) of a sentence, not its last (see
 * scrambles); [nb, ne) is the word after it, first is 1 for the first
 * word. Read from the endings alone, without a parse. */
/* 1 if the word p[b, e) is a determiner that points (그, 이, 저: 그 해,
 * 이 때, 그 후). */
static int pointing_det(const char *p, size_t b, size_t e)
{
	return e - b == 3 && (!memcmp(p + b, "그", 3) || !memcmp(p + b, "이", 3) || !memcmp(p + b, "저", 3));
}

/* 1 if the word p[b, e) ends in a particle of a subject or topic (은,
 * 는, 이, 가): after 중 of a bare noun (기간 중 윤보선은, 학생 중
 * 철수가) it makes 중 a phrase of its own, of time or of a part, that
 * may as well follow the subject; not 중 하나이다. */
static int anchor_next(const char *p, size_t b, size_t e)
{
	while (e > b && (unsigned char)p[e - 1] < 0x80)
		e--;
	uint32_t v = e - b >= 6 ? last_syl(p, b, e) : 0;
	return v == 0xC740 || v == 0xB294 || v == 0xC774 || v == 0xAC00;
}

/* 1 if p[b, te) is a word of order_sub_ends of two syllables or more
 * standing alone (의해, 위해, 때문에). */
static int sub_word(const char *p, size_t b, size_t te)
{
	/* (the words of two or three syllables, told by their length and
	 * their first two bytes before they are compared) */
	if (te - b != 6 && te - b != 9)
		return 0;
	for (size_t i = 0; i < sizeof order_sub_ends / sizeof *order_sub_ends; i++)
		if (order_sub_ends[i].n == te - b && order_sub_ends[i].s[1] == p[b + 1] &&
		    order_sub_ends[i].s[2] == p[b + 2] && !memcmp(p + b, order_sub_ends[i].s, te - b))
			return 1;
	return 0;
}

static inline __attribute__((always_inline)) int phrase_kind(const struct conf *cf, const char *p, size_t b, size_t e, size_t nb,
                       size_t ne, int first_word)
{
	const unsigned char *u = (const unsigned char *)p;
	int comma, ncomma;
	size_t te = word_core(p, b, e, &comma);
	if (te == b)
		return P_BOUND;
	uint32_t first = ko_syllable_at(u + b, te - b);
	uint32_t last = te - b >= 3 ? ko_syllable_at(u + te - 3, 3) : 0;
	uint32_t prev = last && te - b >= 6 ? ko_syllable_at(u + te - 6, 3) : 0;
	/* a particle after a gloss or a quote: as after a noun that ends in
	 * a vowel (거) */
	if (last && !prev && te - b >= 6 && strchr(")]\"'", p[te - 4]))
		prev = 0xAC70;
	/* (and after a closing bracket or quote of any kind: 《전쟁》은,
	 * 「봄」을) */
	if (last && !prev && te - b >= 6) {
		size_t at0;
		uint32_t cb = cp_before(p + b, te - b - 3, &at0);
		if (bracket_index(closers, cb) >= 0 || cb == 0x2019)
			prev = last == 0xC740 ? 0xAC83 : 0xAC70;
	}
	/* a particle after a Latin word or a number (DTD를, HTML 5는, S8을,
	 * 블루투스5가) is a particle as after a noun: after one that ends
	 * in a consonant (것) before 은, after a vowel (거) else */
	if (last && !prev && te - b >= 4 && ko_is_ascii_alnum((unsigned char)p[te - 4]))
		prev = last == 0xC740 ? 0xAC83 : 0xAC70;
	if (first_word && words_in(cf, W_ANCHORS, p, b, te))
		return P_BOUND;
	if (first && cf->advfirst[(first - KO_SYL_FIRST) / 8] >> ((first - KO_SYL_FIRST) % 8) & 1 &&
	    order_adverb(cf, p, b, te, first))
		return P_FREE;
	if (ends_with(p, b, te, "적으로"))
		return P_FREE;
	/* (the first syllables of time_word's words: 당 현 최 이 오) */
	if (((unsigned)(u[b] - '0') <= 9u || first == 0xB2F9 || first == 0xD604 || first == 0xCD5C ||
	     first == 0xC774 || first == 0xC624) &&
	    time_word(p, b, te)) {
		/* a bare number of 년, 월, 일 before another such word or a
		 * number is one phrase with it (2011년 3월 12일부터) */
		size_t nte = ne > nb ? word_core(p, nb, ne, &ncomma) : nb;
		if (!comma && (unsigned)(u[b] - '0') <= 9u && nte > nb && (last == 0xB144 || last == 0xC6D4 ||
		    last == 0xC77C || last == 0xAE30 || last == 0xB300) &&
		    ((unsigned)(u[nb] - '0') <= 9u || time_word(p, nb, nte)))
			return P_BOUND;
		return comma ? P_CONJ : P_FREE;
	}
	if (!last || !prev) /* a one-syllable or Latin word: 이, 새, 한, KBO */
		return comma ? P_CONJ : P_BOUND;
	if (last == 0xC758 || last == 0xAE30 || (last == 0xB3C4 && prev == 0xAE30) || /* 의 기 기도 */
	    ends_with(p, b, te, "다고") || ends_with(p, b, te, "라고"))
		return P_BOUND;
	/* a clause of means, cause or purpose before a comma (이용해서,
	 * 위하여,) is an adjunct that moves as one, not the end of a conjunct */
	if (comma && syl_in(cf, last, S_TAIL) && ends_list(cf, E_SUB, p, b, te, last) &&
	    !ends_with(p, b, te, "에서"))
		return P_SUB;
	if (comma)
		return P_CONJ;
	/* (no ending of the lists below ends in 을, 를, 이 or 가) */
	if (last == 0xC744 || last == 0xB97C) /* 을 를 */
		return P_OBJ;
	if (last == 0xC774 || last == 0xAC00) /* 이 가 */
		return P_SUBJ;
	/* a verb before its auxiliary */
	if (ne >= nb + 3 && syl_in(cf, last, S_AUX_BEFORE)) {
		uint32_t v = ko_syllable_at(u + nb, ne - nb);
		if (v && syl_in(cf, v, S_AUX_FIRST))
			return P_BOUND;
	}
	/* a condition in -어야 (나와야, 알아야, 해야) is an adverbial clause,
	 * which moves past the topic (박나래도 전현무가 나와야 더 살아 / 전현무가
	 * 나와야 박나래도 ...); not before 하다 or 되다 (해야 한다, 가야 된다:
	 * the verb is bound to it), nor 거야, 뭐야 (것이야, 무엇이야) */
	if (last == 0xC57C && cond_ya(p, b, te, nb, ne))
		return P_SUB;
	/* (an adjective in 적인 or of quantity takes no phrase of its own:
	 * 자연적인 대응, 많은 수의) */
	if (ends_with(p, b, te, "적인") || words_in(cf, W_QUANTITY, p, b, te))
		return P_BOUND;
	/* the bound noun 줄 glued to an adnominal (그분인줄, 올줄, 하는줄):
	 * a clause that is one phrase of the verb after it (알다, 모르다) */
	if (last == 0xC904 && ((prev - KO_SYL_FIRST) % 28 == 4 || (prev - KO_SYL_FIRST) % 28 == 8))
		return P_SUB;
	if (ends_with(p, b, te, "다는") || ends_with(p, b, te, "라는") ||
	    syl_in(cf, last, S_ADN))
		return P_ADN;
	/* 는 after a stem that ends in a consonant, or of order_neun_stems */
	if (last == 0xB294 && ((prev - KO_SYL_FIRST) % 28 || syl_in(cf, prev, S_NEUN) ||
	                       words_in(cf, W_NEUN_VERBS, p, b, te)))
		return P_ADN;
	/* 은 after a vowel (나은, 지은: a noun there takes 는), or after a
	 * stem of order_eun_stems (많은, 같은) */
	if (last == 0xC740 && (!((prev - KO_SYL_FIRST) % 28) ||
	                       cf->eunstem[(prev - KO_SYL_FIRST) / 8] >> ((prev - KO_SYL_FIRST) % 8) & 1) &&
	    !(prev == 0xB4E4 && te - b >= 9)) /* (a plural, 학자들은: not 들은, heard) */
		return P_ADN;
	if (ends_with(p, b, te, "께서"))
		return P_SUBJ;
	if (last == 0xBA74 && syl_in(cf, prev, S_IF)) /* 면 */
		return P_SUB;
	/* (the lists are read only after a syllable that ends one of them) */
	int tail = syl_in(cf, last, S_TAIL);
	/* a verb of a postposition written as a word of its own (... 에
	 * 의해, 사실 때문에, 이를 통해): an adverbial clause as well */
	if (tail && sub_word(p, b, te))
		return P_SUB;
	if (tail && ends_list(cf, E_SUB, p, b, te, last) && !ends_with(p, b, te, "에서"))
		return P_SUB;
	if (tail && ends_list(cf, E_FREE, p, b, te, last))
		return P_FREE;
	if (tail && ends_list(cf, E_COMP, p, b, te, last))
		return P_COMP;
	if (last == 0xB294 || last == 0xC740 || last == 0xB3C4) /* 는 은 도 */
		return P_TOPIC;
	if (tail && ends_list(cf, E_CONJ, p, b, te, last))
		return P_CONJ;
	/* 만, "only", stands for the case of a subject or an object (사람들만
	 * 고생하네, 이상만 가지고): read as a subject, which keeps its place
	 * only before the other phrases of its verb */
	if (last == 0xB9CC)
		return P_SUBJ;
	return bare_word(p, b, te) && !syl_in(cf, last, S_VERB) &&
	       !words_in(cf, W_DETERMINERS, p, b, te) ? P_NOUN : P_BOUND;
}

/* 1 if the phrases kind[0..n) that hang on one verb stand in more than one
 * natural order: an adjunct with any other, an object with a complement,
 * two complements, or a subject and a complement where exist is set: of a
 * verb of existence (its place), or of any verb in informal text, where
 * speech puts a complement before its subject as readily (문해랑이
 * 홍화영보다 / 홍화영보다 문해랑이, 고모가 한번에 / 한번에 고모가). A
 * subject or topic before an object or a complement keeps its place in
 * edited prose: the other order is marked (one after them is read as it
 * comes, by scrambles). */
static int verb_scrambles(const unsigned char *kind, size_t n, int exist)
{
	size_t free = 0, obj = 0, comp = 0, subj = 0;
	for (size_t k = 0; k < n; k++)
		free += kind[k] == P_FREE, obj += kind[k] == P_OBJ, comp += kind[k] == P_COMP,
		subj += kind[k] == P_SUBJ;
	return n >= 2 && (free || (obj && comp) || comp >= 2 || (exist && subj && comp));
}

/* 1 if the word p[b, e) is a verb of existence (order_exist_first: 있다,
 * 없는, 존재한다, 소재하며, 위치해). */
static int exist_verb(const struct conf *c, const char *p, size_t b, size_t e)
{
	uint32_t v = ko_syllable_at((const unsigned char *)p + b, e - b);
	if (!v || !syl_in(c, v, S_EXIST))
		return 0;
	if (v == 0xC788 || v == 0xC5C6) /* 있 없 */
		return 1;
	uint32_t w = e - b >= 6 ? ko_syllable_at((const unsigned char *)p + b + 3, e - b - 3) : 0;
	return w == 0xC7AC || w == 0xCE58; /* 존재 소재, 위치 */
}

/* 1 if words a and b of p (their spans [wb, we)) are not the same. */
static int words_differ(const char *p, const size_t *wb, const size_t *we, size_t a, size_t b)
{
	return we[a] - wb[a] != we[b] - wb[b] || memcmp(p + wb[a], p + wb[b], we[a] - wb[a]);
}

/* 1 if word k of a sentence (its words [wb, we), their kinds kind[0..k])
 * and an earlier one are items that trade places: the word before it has
 * its kind (a phrase or a clause) and its last syllable (운도 복도,
 * 힘들때 기쁠때); an earlier word of its kind ends in the same three
 * syllables (보수주의를 ... 진보주의를), or, a bare noun, in the same two
 * (할아버지 ... 아버지), not in an ending of a verb (했다고 ... 된다고); or
 * two bare nouns stand before words that open alike (영화 배우이자 연극
 * 배우이다, 공산주의 국가도 ... 민주주의 국가니까). The same word twice trades
 * places unseen. */
static inline __attribute__((always_inline)) int items_alike(const struct conf *c, const char *p, const size_t *wb, const size_t *we,
                       const unsigned char *kind, size_t k)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t n = we[k] - wb[k];
	if (k >= 2 && kind[k - 1] == P_BOUND && bare_word(p, wb[k - 1], we[k - 1]) && n >= 6 &&
	    ko_syllable_at(u + wb[k], n) && ko_syllable_at(u + wb[k] + 3, n - 3))
		for (size_t j = 1; j + 1 < k; j++)
			if (kind[j - 1] == P_BOUND && we[j] - wb[j] >= 6 && !memcmp(p + wb[j], p + wb[k], 6) &&
			    bare_word(p, wb[j - 1], we[j - 1]) && words_differ(p, wb, we, j - 1, k - 1))
				return 1;
	if (n < 6 || !ko_syllable_at(u + we[k] - 3, 3))
		return 0;
	/* two neighbours of three syllables or more that end in the same two
	 * (억이던 백이던, 하든지 말든지): alternatives, whatever their kind */
	if (k > 0 && n >= 9 && we[k - 1] - wb[k - 1] >= 9 && !memcmp(p + we[k - 1] - 6, p + we[k] - 6, 6) &&
	    ko_syllable_at(u + we[k] - 6, 3) && bare_word(p, wb[k - 1], we[k - 1]) && bare_word(p, wb[k], we[k]) &&
	    words_differ(p, wb, we, k - 1, k))
		return 1;
	if (k > 0 && kind[k - 1] == kind[k] && kind[k] != P_BOUND && kind[k] != P_ADN &&
	    kind[k] != P_CONJ && we[k - 1] - wb[k - 1] >= 6 &&
	    !memcmp(p + we[k - 1] - 3, p + we[k] - 3, 3) && words_differ(p, wb, we, k - 1, k))
		return 1;
	/* the tail that two words of a kind share: three syllables, two of a
	 * bare noun */
	size_t tail = kind[k] == P_BOUND ? 6 : 9;
	if (n >= tail && ko_syllable_at(u + we[k] - tail, 3) &&
	    !(kind[k] == P_BOUND && syl_in(c, ko_syllable_at(u + we[k] - 3, 3), S_AUX_BEFORE)))
		for (size_t j = 0; j < k; j++)
			if (kind[j] == kind[k] && we[j] - wb[j] >= tail &&
			    !memcmp(p + we[j] - tail, p + we[k] - tail, tail) &&
			    ko_syllable_at(u + we[j] - tail, 3) && words_differ(p, wb, we, j, k))
				return 1;
	return 0;
}


/* 1 if the word p[b, te) ends in one of list (k of them) after a stem of
 * one to three syllables, all syllables. */
static int item_tail(const char *p, size_t b, size_t te, const struct oword *list, size_t k)
{
	for (size_t i = 0; i < k; i++) {
		size_t m = list[i].n;
		if (te - b > m && te - b - m <= 9 && !memcmp(p + te - m, list[i].s, m) &&
		    bare_word(p, b, te))
			return 1;
	}
	return 0;
}

/* 1 if the word p[b, te) joins two items of a list: 및, or a noun with 와
 * or 과 (two syllables or more), or with 이나 (three or more). */
static int list_joiner(const char *p, size_t b, size_t te)
{
	if (te - b == 3 && !memcmp(p + b, "및", 3))
		return 1;
	if (!bare_word(p, b, te))
		return 0;
	uint32_t v = last_syl(p, b, te);
	return v == 0xC640 || v == 0xACFC || (te - b >= 9 && ends_with(p, b, te, "이나"));
}

/* 1 if the word p[b, e) holds an equation or a sum (2+2=4, x=1): two
 * of them trade places, and one trades places with a word beside it. */
static int equation(const char *p, size_t b, size_t e)
{
	for (size_t i = b + 1; i + 1 < e; i++)
		if (p[i] == '=' || (p[i] == '+' && (unsigned)(p[i - 1] - '0') <= 9u &&
		                    (unsigned)(p[i + 1] - '0') <= 9u))
			return 1;
	return 0;
}

/* 1 if the word p[b, te) (its marks cut) is a term of address of
 * informal text: a name or title with 씨, 님 or another of order_vocatives
 * (보람씨야, 코커님, 영애동무), or, at the sentence's start or right after
 * its opener (first), a name with 야 after a vowel or 아 after a consonant
 * (민수야, 재현아; not a copula or a verb: 이거야, 해야, 그래야, 괜찮아).
 * A vocative stands first, after the opener or last as the writer likes
 * (그나저나 재현아 구혜선한테 ... / 재현아 그나저나 ...). */
static int vocative(const char *p, size_t b, size_t te, int first)
{
	if (!bare_word(p, b, te))
		return 0;
	for (size_t i = 0; i < sizeof order_vocatives / sizeof *order_vocatives; i++)
		if (ends_with(p, b, te, order_vocatives[i].s))
			return 1;
	uint32_t a = last_syl(p, b, te);
	if (!first || te - b < 9 || te - b > 12 || (a != 0xC57C && a != 0xC544)) /* 야 아 */
		return 0;
	uint32_t v = last_syl(p, b, te - 3);
	for (const char *t = a == 0xC57C ? order_not_vocative : order_not_vocative_a; *t; t += 3)
		if (ko_syllable_at((const unsigned char *)t, 3) == v)
			return 0;
	return a == 0xC57C ? !((v - KO_SYL_FIRST) % 28) : (v - KO_SYL_FIRST) % 28 != 0;
}

/* 1 if the word p[b, te) (its marks cut) is 등 of "and so on", alone or
 * with a particle (등, 등이, 등의, 등으로; not 등장, 등록). */
static int et_cetera(const char *p, size_t b, size_t te)
{
	static const char *const tails[] = {"", "이", "을", "의", "은", "에", "과", "도", "등", "으로", "에서",
	                                    "이다", "이며", "이고", "과의", "에는", "이나"};
	if (te - b < 3 || memcmp(p + b, "등", 3))
		return 0;
	for (size_t i = 0; i < sizeof tails / sizeof *tails; i++)
		if (te - b - 3 == strlen(tails[i]) && !memcmp(p + b + 3, tails[i], te - b - 3))
			return 1;
	return 0;
}

static int verb_form(const struct conf *c, const char *p, size_t b, size_t e, int kd);

/* 1 if word j of a sentence (its words [wb, we), kinds kind, bare nouns
 * on the bits of nouns) is a bare noun: P_NOUN, or one in 아, 어, 지 ...
 * read as a verb's connective (복숭아, 영어: verb_form). */
static int bare_item(const struct conf *c, const char *p, const size_t *wb, const size_t *we,
                     const unsigned char *kind, uint64_t nouns, size_t j)
{
	return (nouns >> j & 1) || verb_form(c, p, wb[j], we[j], kind[j]);
}

/* 1 if the word p[b, e) holds a run of marks (~ ! ? ^ ; . or a
 * fullwidth tilde) between two Hangul syllables: in informal text two
 * sentences or words run together (살아남고~안봤지만, 아니더냐~기부안하는),
 * no word a reader could place. */
static int glued_marks(const char *p, size_t b, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	for (size_t i = b + 3; i < e; i++) {
		size_t j = i;
		for (;;) {
			if (j < e && (u[j] == '~' || u[j] == '!' || u[j] == '?' || u[j] == '^' ||
			              u[j] == ';' || u[j] == '.'))
				j++;
			else if (e - j >= 3 && u[j] == 0xEF && u[j + 1] == 0xBD && u[j + 2] == 0x9E)
				j += 3;
			else
				break;
		}
		if (j > i && e - j >= 3 && ko_syllable_at(u + j, 3) && ko_syllable_at(u + i - 3, 3))
			return 1;
		i = j;
	}
	return 0;
}

/* 1 if word k of a sentence is the classifier of a count in 의 (두
 * 개의, 세 명의, 3개의, 10종의): a number before it, of its own or as a
 * word of order_numerals. An adjective beside it modifies the noun after
 * it on either side, as the count cannot take one (두 개의 작은 위성,
 * 작은 두 개의 위성); beside another N의 it would modify that noun (좁은
 * 부엌의 낡은 솥). */
static int count_gen(const struct conf *c, const char *p, const size_t *wb, const size_t *we, size_t k)
{
	int comma;
	size_t te = word_core(p, wb[k], we[k], &comma);
	if (comma || te - wb[k] < 6 || last_syl(p, wb[k], te) != 0xC758 || te - wb[k] > 12) /* 의 */
		return 0;
	if ((unsigned)(p[wb[k]] - '0') <= 9u)
		return 1;
	return k > 0 && bare_word(p, wb[k], te) && words_in(c, W_NUMERALS, p, wb[k - 1], we[k - 1]);
}

/* The stem of the word p[b, e): its first two syllables (six bytes) as
 * a number, or 0 if it does not open with two. Two words apart with one
 * stem are a noun under two particles or a predicate twice (쥘리아 집합은
 * ... 쥘리아 집합의, 이병헌이 될지 장동건이 될지). */
static uint64_t stem_of(const char *p, size_t b, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	if (e - b < 6 || !ko_syllable_at(u + b, 3) || !ko_syllable_at(u + b + 3, 3))
		return 0;
	return load6(p + b);
}

/* 1 if the words p[a, ae) and p[b, be), their marks cut, are not the
 * same but are once each run of ASCII digits in them is masked (20대 and
 * 30대, 5점 and 4점): two counts of one thing, which trade places
 * (20대 여자보다는 30대 누나들이; 5점 만점에 4점). Both hold a digit. */
static int digits_alike(const char *p, size_t a, size_t ae, size_t b, size_t be)
{
	int digit = 0;
	while (a < ae && b < be) {
		int da = (unsigned)(p[a] - '0') <= 9u, db = (unsigned)(p[b] - '0') <= 9u;
		if (da != db)
			return 0;
		if (da) {
			while (a < ae && (unsigned)(p[a] - '0') <= 9u)
				a++;
			while (b < be && (unsigned)(p[b] - '0') <= 9u)
				b++;
			digit = 1;
			continue;
		}
		if (p[a++] != p[b++])
			return 0;
	}
	return digit && a == ae && b == be;
}

/* The case of the word p[b, te) (its marks cut) for a pair of names that
 * trade places: 1 for 의, 2 for 와 or 과, after a host that is a Latin
 * token (MySQL의, PHP의) or has a bracketed gloss (밀러(Miller, S.)와,
 * 홀데인(Haldane)의); else 0. */
static int name_case(const char *p, size_t b, size_t te)
{
	uint32_t v = last_syl(p, b, te);
	int cs = v == 0xC758 ? 1 : v == 0xC640 || v == 0xACFC ? 2 : 0; /* 의 와 과 */
	if (!cs || te - b < 4)
		return 0;
	unsigned char h = (unsigned char)p[te - 4];
	if (h == ')') {
		const char *o = memchr(p + b, '(', te - 4 - b);
		return o && o > p + b ? cs : 0;
	}
	if (!ko_is_ascii_alnum(h))
		return 0;
	/* (a Latin host: letters and digits only, one letter at least) */
	int letter = 0;
	for (size_t i = b; i < te - 3; i++) {
		unsigned char x = (unsigned char)p[i];
		if (!ko_is_ascii_alnum(x))
			return 0;
		letter |= (unsigned)(x - '0') > 9u;
	}
	return letter ? cs : 0;
}

/* 1 if the word p[b, te) (its marks cut) is a verb of 하다 or 되다 in
 * the past or present (발표되었다, 출범했다, 제공한다, 사용된다): no
 * noun with the copula ends so. */
static int verb_of_ha(const char *p, size_t b, size_t te)
{
	static const char *const tails[] = {"되었다", "됐다", "하였다", "했다", "된다", "한다"};
	for (size_t i = 0; i < sizeof tails / sizeof *tails; i++)
		if (ends_with(p, b, te, tails[i]))
			return 1;
	return 0;
}

/* The end of the word p[b, e) without the marks after it (word_core). */
static size_t core_of(const char *p, size_t b, size_t e)
{
	int comma;
	return word_core(p, b, e, &comma);
}

static int adverb_form(const struct conf *c, const char *p, size_t b, size_t te, size_t nb,
                       size_t ne);

/* Why the words [wb, we) of a sentence, their kinds read (kind[0..nw)),
 * have a second order that scrambles' walk does not see, NULL if not.
 * In any text: two items of a list that each have a modifier (독일계
 * 아버지와 슬라브계 어머니: the modifiers trade places), a list of three
 * (시와 정, 촌으로), and a name with its organisation before its title
 * (김영호 성신여자대학교 정치외교학과 교수는: the name may follow them),
 * an adjective beside a count in 의 before their noun (두 개의 작은
 * 위성: the two modifiers trade places),
 * an equation (2+2=4), two counts of one thing (10점 만점에 8점:
 * digits_alike), two names in one case not side by side (MySQL의 ...
 * PHP의: name_case), and a word whose stem comes again after a
 * relative clause (쥘리아 집합은 충만한 쥘리아 집합의: the clause may
 * modify either). In informal text any stem that comes twice, not side by
 * side: the phrases on each occurrence trade places (이혼은 흠이 아니라해도,
 * 가정사는 100% 흠이다; 이병헌이 될지 장동건이 될지), and a vocative first
 * or last (보람씨야, 코커님), and a connective of speech first (근데,
 * 그래서: order_speech_openers). In informal text also: a bare word and an item after it (송중기
 * 송혜교도), two clauses in one connective ending (다니고 ... 해주고), two
 * adverbs side by side (열심히 성실하게), a particle split from its word
 * as a unit of its own (정 도), and a last word that
 * is no predicate (단이 엄마도 미모가!!!). Once a sentence, after the walk
 * (not inlined: scrambles, the walk, keeps phrase_kind inline). */
static __attribute__((noinline)) const char *order_items(const struct conf *cf, const char *p,
                                                         const size_t *wb, const size_t *we,
                                                         const unsigned char *kind, size_t nw,
                                                         uint64_t nouns, int informal)
{
	static const char list[] = "no sentence with one right order (items of a list)";
	static const char name[] = "no sentence with one right order (a name beside its title)";
	static const char loose[] = "no sentence with one right order (informal phrases)";
	static const char frag[] = "no sentence with one right order (no predicate or a split word)";
	static const char twin[] = "no sentence with one right order (parallel clauses)";
	static const char sym[] = "no sentence with one right order (a symmetric comparison)";
	static const char stack[] = "no sentence with one right order (two modifiers of a noun)";
	static const char eq[] = "no sentence with one right order (an equation)";
	static const char rep[] = "no sentence with one right order (a stem twice)";
	static const char voc[] = "no sentence with one right order (a vocative)";
	static const char cnt[] = "no sentence with one right order (two counts of one thing)";
	static const char names[] = "no sentence with one right order (two names in one case)";
	static const char opener[] = "no sentence with one right order (an opener that moves)";
	static const char glued[] = "no sentence with one right order (sentences run together)";
	size_t core[64];
	unsigned char ncase[64];
	uint64_t digits = 0, gen = 0;
	size_t joiners = 0, conj = 0, sudo = 0, gido = 0, with = 0, appos = 0;
	int comma;
	uint64_t stem[64];
	/* (an equation's marks are in few sentences: looked for in each
	 * word only when the sentence has one) */
	int marks = nw && (memchr(p + wb[0], '=', we[nw - 1] - wb[0]) ||
	                   memchr(p + wb[0], '+', we[nw - 1] - wb[0]));
	for (size_t k = 0; k < nw; k++) {
		if (marks && equation(p, wb[k], we[k]))
			return eq;
		size_t te = word_core(p, wb[k], we[k], &comma);
		stem[k] = 0;
		ncase[k] = 0;
		core[k] = te;
		if (te == wb[k])
			continue;
		uint32_t last = last_syl(p, wb[k], te);
		/* two counts of one thing, 20대 ... 30대 (digits_alike) */
		if (next_digit(p, wb[k], te) < te) {
			for (size_t j = 0; j < k; j++)
				if (digits >> j & 1 && digits_alike(p, wb[j], core[j], wb[k], te))
					return cnt;
			digits |= 1ull << k;
		}
		/* two names or Latin tokens in one case, not side by side
		 * (MySQL의 ... PHP의; 밀러(...)와 ... 오파린(...)과) */
		if ((ncase[k] = (unsigned char)name_case(p, wb[k], te)) != 0)
			for (size_t j = 0; j + 1 < k; j++)
				if (ncase[j] == ncase[k])
					return names;
		/* a genitive in Hangul after a genitive that a noun with the
		 * copula (언론사인, 위성인: three syllables or more, not 메인)
		 * follows within two words: two names that the relation may
		 * join either way round (대한민국의 대표적인 언론사인
		 * 조선미디어그룹의 조선일보사가) */
		if (last == 0xC758 && bare_word(p, wb[k], te)) { /* 의 */
			if (appos && appos <= k)
				return names;
			gen |= 1ull << k;
		} else if (!appos && last == 0xC778 && te - wb[k] >= 9 && bare_word(p, wb[k], te) && /* 인 */
		           !ends_with(p, wb[k], te, "적인") &&
		           (gen >> (k - 1) & 1 || (k > 1 && gen >> (k - 2) & 1))) {
			appos = k + 1;
		}
		/* a count in 의 and an adjective side by side before a noun,
		 * in either order (두 개의 작은 위성, 작은 두 개의 위성) */
		if (k + 2 < nw && !comma && kind[k + 1] == P_ADN && we[k + 1] - wb[k + 1] <= 9 &&
		    count_gen(cf, p, wb, we, k))
			return stack;
		if (k + 3 < nw && !comma && kind[k] == P_ADN && te - wb[k] <= 9 &&
		    words_in(cf, W_NUMERALS, p, wb[k + 1], we[k + 1]) && count_gen(cf, p, wb, we, k + 2))
			return stack;
		/* a stem twice, the words apart; or one word in 의 twice
		 * whose words after it differ but end alike (in one kind
		 * and syllable): these trade places (윤보선의 삼촌인 윤치영은
		 * 윤보선의 경쟁자인 박정희의) */
		if ((stem[k] = stem_of(p, wb[k], te)) != 0)
			for (size_t j = 0; j + 1 < k; j++)
				if (stem[j] == stem[k] &&
				    (informal || kind[k - 1] == P_ADN || (j > 0 && kind[j - 1] == P_ADN) ||
				     (k + 2 < nw && j + 1 < k - 1 && last == 0xC758 && /* 의 */
				      !words_differ(p, wb, we, j, k) && kind[j + 1] == kind[k + 1] &&
				      we[j + 1] - wb[j + 1] >= 3 && we[k + 1] - wb[k + 1] >= 3 &&
				      !memcmp(p + we[j + 1] - 3, p + we[k + 1] - 3, 3) &&
				      words_differ(p, wb, we, j + 1, k + 1))))
					return rep;
		/* (an opener: a connective or an adverb of the sentence,
		 * 그나저나, 근데, 진짜) */
		if (informal && (k == 0 || k + 1 == nw || (k == 1 && nw >= 4 && kind[0] != P_SUBJ &&
		                 kind[0] != P_OBJ && kind[0] != P_TOPIC && kind[0] != P_COMP)) &&
		    vocative(p, wb[k], te, k <= 1))
			return voc;
		/* a connective of speech first (order_speech_openers), which
		 * may follow the phrase after it as well */
		if (informal && k == 0 && nw >= 4 && words_in(cf, W_SPEECH_OPENERS, p, wb[k], te))
			return opener;
		/* two alternatives (X 또는 Y) trade places */
		if (k > 0 && k + 1 < nw && words_in(cf, W_ALTERNATIVES, p, wb[k], te))
			return list;
		/* a copula or particle as a word of its own (한국사 라고) */
		if (k > 0 && words_in(cf, W_SPLIT_COPULAS, p, wb[k], te))
			return frag;
		/* parallel clauses: -ㄹ 수도 있고 ... -ㄹ 수도 있다, -기도 하고 ...
		 * -기도 한다 */
		if ((te - wb[k] == 6 && !memcmp(p + wb[k], "수도", 6) && ++sudo >= 2) ||
		    (te - wb[k] >= 9 && ends_with(p, wb[k], te, "기도") && ++gido >= 2))
			return twin;
		/* A의 N은 B의 N과 같다: the two terms trade places (a noun in 와
		 * or 과, 와는 or 과는, and a symmetric predicate last) */
		if (k + 1 < nw && te - wb[k] >= 6 &&
		    (last == 0xC640 || last == 0xACFC || ends_with(p, wb[k], te, "와는") ||
		     ends_with(p, wb[k], te, "과는")))
			with++;
		if (k + 1 == nw && with) {
			for (size_t t = 0; t < sizeof order_symmetric / sizeof *order_symmetric; t++)
				if (te - wb[k] >= order_symmetric[t].n &&
				    !memcmp(p + wb[k], order_symmetric[t].s, order_symmetric[t].n))
					return sym;
		}
		if (k + 1 < nw && (list_joiner(p, wb[k], te) || (k > 0 && comma && (bare_word(p, wb[k], te) || (te - wb[k] == 3 && last))))) {
			/* (a modifier before the first item and one before the
			 * second: the word after the joiner is not the item) */
			int before = k > 0 && (kind[k - 1] == P_BOUND || kind[k - 1] == P_ADN) &&
			             ko_syllable_at((const unsigned char *)p + wb[k - 1], 3);
			int after = k + 2 < nw && (kind[k + 1] == P_BOUND || kind[k + 1] == P_ADN);
			if (++joiners >= 2 || (before && after))
				return list;
		}
		/* (a title that is the subject or topic: 교수는, not 교수이자;
		 * two bare words before it, not 한국의 대학) */
		if (k >= 2 && (kind[k] == P_TOPIC || kind[k] == P_SUBJ) && kind[k - 1] == P_BOUND &&
		    kind[k - 2] == P_BOUND && bare_word(p, wb[k - 1], we[k - 1]) &&
		    bare_word(p, wb[k - 2], we[k - 2]) && last_syl(p, wb[k - 2], we[k - 2]) != 0xC758) {
			for (size_t t = 0; t < sizeof order_titles / sizeof *order_titles; t++) {
				size_t m = order_titles[t].n;
				if (te - wb[k] >= m && !memcmp(p + wb[k], order_titles[t].s, m))
					return name;
			}
		}
		/* 이 after 등, a particle its word lost (신흥국 등 이 있는데);
		 * or after a bare noun and before a predicate of 하다 or
		 * 되다, which 이 as a determiner could not take (수정 사항 이
		 * 발표되었다; not 바로 이 시기였다) */
		if (k > 0 && te - wb[k] == 3 && !memcmp(p + wb[k], "이", 3) &&
		    ((we[k - 1] - wb[k - 1] == 3 && !memcmp(p + wb[k - 1], "등", 3)) ||
		     (k + 2 == nw && bare_word(p, wb[k - 1], we[k - 1]) &&
		      verb_of_ha(p, wb[k + 1], word_core(p, wb[k + 1], we[k + 1], &comma)))))
			return frag;
		/* three bare nouns before 등 (물결무늬 지그재그 톱니모양 등이):
		 * a list without commas, whose items trade places (two are as
		 * often a compound: 가우스 소거법 등) */
		if (k >= 3 && et_cetera(p, wb[k], te) && bare_item(cf, p, wb, we, kind, nouns, k - 1) &&
		    bare_item(cf, p, wb, we, kind, nouns, k - 2) && bare_item(cf, p, wb, we, kind, nouns, k - 3))
			return list;
		if (!informal)
			continue;
		if (glued_marks(p, wb[k], we[k]))
			return glued;
		if (k > 0 && kind[k - 1] == P_BOUND && bare_word(p, wb[k - 1], we[k - 1]) &&
		    item_tail(p, wb[k], te, order_item_tails,
		              sizeof order_item_tails / sizeof *order_item_tails))
			return loose;
		if (k > 0 && kind[k] == P_FREE && kind[k - 1] == P_FREE)
			return loose;
		/* 참 before a noun, away from the predicate, is an adverb of the
		 * sentence, which moves (참 사람볼때 잘 보고 / 사람볼때 참 잘 보고;
		 * 김다미 참 연기 ...); before an adverb or a verb it is one of
		 * degree, bound to it (참 맑게, 참 한심하다) */
		if (te - wb[k] == 3 && !memcmp(p + wb[k], "참", 3) && k + 2 < nw &&
		    (kind[k + 1] == P_SUBJ || kind[k + 1] == P_OBJ || kind[k + 1] == P_TOPIC ||
		     kind[k + 1] == P_COMP || (nouns >> (k + 1) & 1) ||
		     (kind[k + 1] == P_FREE && !adverb_form(cf, p, wb[k + 1], core_of(p, wb[k + 1], we[k + 1]),
		                                            wb[k + 2], we[k + 2]))))
			return opener;
		if ((last == 0xACE0 || last == 0xAD6C || last == 0xBA70) && /* 고 구 며 */
		    te - wb[k] >= 6 && !ends_with(p, wb[k], te, "라고") && !ends_with(p, wb[k], te, "다고") &&
		    ++conj >= 2)
			return loose;
		if (k > 0 && te - wb[k] == 3 && last)
			for (const char *o = order_split_particles; *o; o += 3)
				if (!memcmp(o, p + wb[k], 3))
					return frag;
		if (k + 1 == nw && last) {
			/* a case particle or a topic at the end: no predicate */
			uint32_t prev = te - wb[k] >= 6 ? last_syl(p, wb[k], te - 3) : 0;
			if (last == 0xC744 || last == 0xB97C || last == 0xC740 || last == 0xB294 ||
			    last == 0xC758 || last == 0xC5D0 || last == 0xB791 || /* 을 를 은 는 의 에 랑 */
			    (last == 0xAC00 && prev && prev != 0xB294 && prev != 0xC740 &&
			     prev != 0xC778 && prev != 0xB358 && prev != 0xB098)) /* 가, not -는가 */
				return frag;
		}
	}
	return NULL;
}

/* 1 if the word p[b, te) (its marks cut) is the adverb form of an
 * adjective or verb (이쁘게, 편하게, 조용히, 열심히): two syllables or more
 * in 게 or 히, not a noun in 게 (가게), and not before a verb that makes
 * it a complement (사용하게 되었다, 웃게 만들다, 알게 해): the word after
 * it, [nb, ne), opens with none of 되 돼 됐 된 될 하 해 했 한 할 만; nor
 * 게 after an adnominal (하는게, 좋은게: 것이). */
static int adverb_form(const struct conf *c, const char *p, size_t b, size_t te, size_t nb,
                       size_t ne)
{
	uint32_t last = last_syl(p, b, te);
	if (last == 0xC774) /* 이: 끊임없이 */
		return te - b >= 9 && ends_with(p, b, te, "없이") && bare_word(p, b, te);
	if ((last != 0xAC8C && last != 0xD788) || !bare_word(p, b, te) || /* 게 히 */
	    (last == 0xAC8C && words_in(c, W_GE_NOUNS, p, b, te)) ||
	    (te - b == 6 && !memcmp(p + b, "넘게", 6)) || ends_with(p, b, te, "가깝게"))
		return 0;
	/* 게 after an adnominal ending (하는게, 좋은게: -는 것이), whose
	 * syllable ends in ㄴ or ㄹ */
	uint32_t prev = last_syl(p, b, te - 3);
	if (last == 0xAC8C && ((prev - KO_SYL_FIRST) % 28 == 4 || (prev - KO_SYL_FIRST) % 28 == 8))
		return 0;
	/* (히 after 리 or 치 ends a name: 하인리히, 라이프치히) */
	if (last == 0xD788 && (prev == 0xB9AC || prev == 0xCE58))
		return 0;
	uint32_t v = ko_syllable_at((const unsigned char *)p + nb, ne - nb);
	static const uint32_t comp[] = {0xB418, 0xB3FC, 0xB410, 0xB41C, 0xB420, 0xD558,
	                                0xD574, 0xD588, 0xD55C, 0xD560, 0xB9CC};
	for (size_t i = 0; i < sizeof comp / sizeof *comp && last == 0xAC8C; i++)
		if (v == comp[i])
			return 0;
	return !syl_in(c, v, S_AUX_FIRST);
}

/* 1 if the word p[b, te) ends a clause of purpose (위해, 위하여, 하려고,
 * 알리고자), which shares its subject with the verb after it. */
static int purpose_clause(const char *p, size_t b, size_t te)
{
	return ends_with(p, b, te, "위해") || ends_with(p, b, te, "위하여") ||
	       (te - b == 6 && !memcmp(p + b, "위해", 6)) || (te - b == 9 && !memcmp(p + b, "위하여", 9)) ||
	       ends_with(p, b, te, "려고") || ends_with(p, b, te, "고자");
}

/* 1 if the word p[b, te) names what the noun after it is called: a
 * noun or a quote in 라는 or 이라는 (리눅스라는, "정의"라는), not a
 * command or a verb quoted (하라는, 가라는, 먹으라는, 했다는). */
static int naming_word(const char *p, size_t b, size_t te)
{
	if (!ends_with(p, b, te, "라는") || te - b < 9)
		return 0;
	uint32_t v = last_syl(p, b, te - 6);
	return v && v != 0xD558 && v != 0xC73C && v != 0xAC00 && v != 0xC624; /* 하 으 가 오 */
}

/* 1 if a relative clause ends between the words a and k (kind[a + 1..k)):
 * a phrase before it hangs on no verb of that clause. */
static int clause_between(const unsigned char *kind, size_t a, size_t k)
{
	for (size_t j = a + 1; j < k; j++)
		if (kind[j] == P_ADN)
			return 1;
	return 0;
}

/* 1 if the word p[b, te) (its particle included) is a clause made a noun
 * by -음 or -함 (없음을, 했음이, 필요함을, 사용됨에): the subject or object
 * right before it is that clause's, not the verb's after it (자기 홀극이
 * 없음을 뜻한다). */
static int nominal_clause(const char *p, size_t b, size_t te)
{
	uint32_t v = te - b >= 6 ? last_syl(p, b, te - 3) : 0;
	return v == 0xC74C || v == 0xD568 || v == 0xB428 || v == 0xC784 || v == 0xC9D0; /* 음 함 됨 임 짐 */
}

/* 1 if the conjunct ending in the word p[b, te) is one of concession or
 * background (-지만, -으나, -는데, -은데, -텐데: 비가 왔지만, 보는데), which stands
 * as one phrase of the verb after it and may follow that verb's subject
 * or topic as well (비가 왔지만 우리는 나갔다 / 우리는 비가 왔지만 나갔다);
 * not a conjunct in -고 or -며, which is coordinate. */
static int concessive(const char *p, size_t b, size_t te)
{
	return ends_with(p, b, te, "지만") || ends_with(p, b, te, "으나") ||
	       ends_with(p, b, te, "는데") || ends_with(p, b, te, "은데") || ends_with(p, b, te, "던데") ||
	       ends_with(p, b, te, "텐데");
}

/* The constituent count (the reviewer's test): of the phrases kind[0..n)
 * of one verb, how many could stand elsewhere, its first one left out
 * when it is a topic or a subject that opens the clause (anchor set): that
 * one keeps its place, and each other phrase, with the words that modify
 * it, is a constituent that moves past the others. */
static size_t movable(const unsigned char *kind, size_t n, int anchor)
{
	return n - (anchor && n && (kind[0] == P_TOPIC || kind[0] == P_SUBJ));
}

/* 1 if the word p[b, e) is a number of years, months or days with no
 * particle (1761년, 2017년, 4월): an adjunct of the sentence as much as of
 * a clause after it. */
static int bare_time(const char *p, size_t b, size_t e)
{
	if (e - b < 4 || (unsigned)(p[b] - '0') > 9u)
		return 0;
	uint32_t v = ko_syllable_at((const unsigned char *)p + e - 3, 3);
	return (v == 0xB144 || v == 0xC6D4 || v == 0xC77C) && /* 년 월 일 */
	       (unsigned)(p[e - 4] - '0') <= 9u;
}

/* 1 if the word p[b, e) is a determiner: one of order_determiners, or
 * 이, 그 or 저 (link words of one syllable). */
static __attribute__((noinline)) int determiner(const struct conf *c, const char *p, size_t b,
                                                size_t e)
{
	return words_in(c, W_DETERMINERS, p, b, e) || (e - b == 3 && is_link(c, p + b, 3));
}

/* 1 if the word p[b, e) is one of order_adverbs or order_time_adverbs
 * with 은, 는 or 도 after it (요즘은, 지금도, 앞으로도; a comma after it
 * looked through). */
static __attribute__((noinline)) int adverb_topic(const struct conf *c, const char *p, size_t b,
                                                  size_t e)
{
	int comma;
	size_t te = word_core(p, b, e, &comma);
	uint32_t first = ko_syllable_at((const unsigned char *)p + b, te - b);
	return te - b >= 6 && first &&
	       ((c->advfirst[(first - KO_SYL_FIRST) / 8] >> ((first - KO_SYL_FIRST) % 8) & 1 &&
	         order_adverb(c, p, b, te - 3, first)) ||
	        words_in(c, W_TIME_ADVERBS, p, b, te - 3));
}

/* 1 if the word p[b, e), of kind kd, is a verb that a bare word before
 * it cannot modify as a noun does the noun after it: the verb of a
 * clause or the predicate, or a bare word in a verb's connective ending
 * (order_verb_last: 그디어, 이쁘게), not an auxiliary (않다, 있다, 싶다:
 * order_aux_first). A bare word before one is a phrase with its particle
 * dropped. */
static int unmarked_before(const struct conf *c, const char *p, size_t b, size_t e, int kd)
{
	uint32_t v = ko_syllable_at((const unsigned char *)p + b, e - b);
	if (v && syl_in(c, v, S_AUX_FIRST))
		return 0;
	if (kd == P_ADN || kd == P_SUB || kd == P_CONJ || kd == P_PRED)
		return 1;
	if (kd != P_BOUND)
		return 0;
	int comma;
	size_t te = word_core(p, b, e, &comma);
	return bare_word(p, b, te) && syl_in(c, last_syl(p, b, te), S_VERB);
}

/* 1 if the word p[b, e), of kind kd, is a bare word read as bound for its
 * last syllable, one of a verb's connective (order_verb_last: 아버지,
 * 그디어, 보고싶어), not 야, 게 or 서, which are read otherwise (해야
 * 한다, 이쁘게, 와서). Before a verb that is no auxiliary it is a phrase of
 * that verb either way, a noun with its particle dropped or a clause in
 * -어, -지. */
static int verb_form(const struct conf *c, const char *p, size_t b, size_t e, int kd)
{
	if (kd != P_BOUND)
		return 0;
	int comma;
	size_t te = word_core(p, b, e, &comma);
	uint32_t v = last_syl(p, b, te);
	return !comma && bare_word(p, b, te) && syl_in(c, v, S_VERB) && v != 0xC57C && v != 0xAC8C &&
	       v != 0xC11C; /* 야 게 서 */
}

/* Why the words of the sentence [b, e) of the text p would have more than
 * one natural order, NULL if not (word-order tasks, graded by exact
 * match). Korean scrambles the phrases of one verb (arguments and
 * adjuncts marked by a particle or an ending) but not a modifier and its
 * noun, a verb and its auxiliary, or a phrase and the conjunct it ends
 * in. Each word's kind is read from its ending (phrase_kind); each
 * phrase hangs on the nearest verb after it (a topic on the verb that ends
 * its conjunct), and each verb's phrases are judged by verb_scrambles.
 * Two neighbouring phrases with one particle (운도 복도, 힘들때 기쁠때), or
 * two bare nouns ending alike (공산주의 ... 민주주의, 할아버지 ... 아버지),
 * are items that trade places, as are those that two commas part. A
 * sentence of more than 64 words is not
 * read (none is, at --range's most of 12 and glosses). */
static const char *scrambles(const struct conf *c, const char *p, size_t b, size_t e, int glossed,
                             int informal)
{
	static const char why[] = "no sentence with one right order (phrases that trade places)";
	static const char bare[] = "no sentence with one right order (bare words side by side)";
	static const char opener[] = "no sentence with one right order (an opener that moves)";
	static const char many[] = "no sentence with one right order (two phrases that move)";
	int noun = 0, unmarked = 0, bare_conj = 0, topic_kept = 0, coord_topic = 0, quote = -1;
	uint64_t nouns = 0; /* (the bare nouns, P_NOUN, a bit each) */
	size_t wb[64], we[64], nw = 0;
	if (glossed) {
		/* a gloss with a space in it is one word (next_word) */
		size_t i = 0, j;
		while ((j = next_word(p + b, e - b, &i)) < e - b && nw < 64)
			wb[nw] = b + j, we[nw++] = b + i;
	} else if (b < e) {
		/* the words on the bits of blank_bits */
		for (size_t w = b / 64, last = (e - 1) / 64; w <= last; w++)
			for (uint64_t m = word_starts(c, b, e, w, last); m && nw < 64; m &= m - 1) {
				size_t j = w * 64 + (size_t)__builtin_ctzll(m);
				wb[nw] = j, we[nw++] = next_blank(c, j, e);
			}
	}
	unsigned char pend[64], taken[64], kind[64], at[64];
	size_t np = 0, commas = 0;
	int comma;
	for (size_t k = 0; k < nw; k++) {
		int kd = k + 1 == nw ? P_PRED
		                     : phrase_kind(c, p, wb[k], we[k], wb[k + 1], we[k + 1], k == 0);
		/* a relative clause or a bare noun and a noun of time: an
		 * adjunct (갈등하던 중, 도착한 뒤에, 정주영 사후; not a
		 * noun and 중, of "among" as often: 문제 중 하나이다) */
		if ((kd == P_BOUND || kd == P_NOUN) && k > 0 &&
		    (kind[k - 1] == P_ADN || kind[k - 1] == P_BOUND) &&
		    words_in(c, W_TIME_NOUNS, p, wb[k], word_core(p, wb[k], we[k], &comma)) &&
		    (kind[k - 1] == P_ADN || (bare_word(p, wb[k - 1], we[k - 1]) &&
		                              (ko_syllable_at((const unsigned char *)p + wb[k], 3) != 0xC911 ||
		                               (k + 2 < nw && anchor_next(p, wb[k + 1], we[k + 1])))) ||
		     pointing_det(p, wb[k - 1], we[k - 1])))
			kd = P_FREE;
		/* a verb in -ㄹ before the bound noun 수 (할 수 있다, 볼 수도
		 * 없다) is the predicate's, no relative clause: the phrases
		 * before it hang on the predicate */
		if (kd == P_ADN && k + 1 < nw && we[k + 1] - wb[k + 1] >= 3 &&
		    !memcmp(p + wb[k + 1], "수", 3) && (we[k + 1] - wb[k + 1] == 3 || k + 2 < nw) &&
		    (last_syl(p, wb[k], we[k]) - KO_SYL_FIRST) % 28 == 8)
			kd = P_BOUND;
		/* a personal pronoun after bare words, which modify no
		 * pronoun: they are a phrase of their own (of time, of place)
		 * that may as well follow it */
		if ((kd == P_TOPIC || kd == P_SUBJ) && k > 0 && kind[k - 1] == P_BOUND &&
		    words_in(c, W_PRONOUNS, p, wb[k], word_core(p, wb[k], we[k], &comma)))
			return why;
		/* an adverb of an adjective (이쁘게, 조용히, 강하게, 끊임없이)
		 * stands anywhere before its verb, as the adverbs of the
		 * table do (그는 강하게 ...를 비난하고 / ...를 강하게 비난하고) */
		if ((kd == P_BOUND || kd == P_NOUN || kd == P_SUBJ) && k + 1 < nw &&
		    adverb_form(c, p, wb[k], word_core(p, wb[k], we[k], &comma), wb[k + 1], we[k + 1]) &&
		    !(k > 0 && words_in(c, W_DEGREE, p, wb[k - 1], word_core(p, wb[k - 1], we[k - 1], &comma))))
			kd = P_FREE;
		/* two bare words side by side: a compound (수원 화성), or, in
		 * text that drops its particles (본방 재방 봐도, 김다미 연기
		 * 잘하더라: ko_task_informal), two phrases that move freely; the
		 * words alone do not tell which, so in such text neither is
		 * taken (edited prose writes its particles: a compound) */
		/* in informal text an adverb of time with 은, 는 or 도
		 * (요즘은, 지금도, 앞으로도: adverb_topic) is an adjunct that
		 * moves, not a topic */
		if (informal && kd == P_TOPIC && adverb_topic(c, p, wb[k], we[k]))
			kd = P_FREE;
		/* in informal text a bare first word before a determiner
		 * (아무튼 우리 동네 ..., 진심 이 드라마는): no noun of that
		 * phrase, so an adverb of the sentence, or a subject that
		 * dropped its particle, which moves as such */
		if (k == 1 && informal && noun && determiner(c, p, wb[1], we[1]))
			return opener;
		/* in informal text a bare word before a verb (an ending of a
		 * clause or the predicate, or a verb's connective in 어, 게 ...)
		 * modifies no noun: it is a phrase whose particle was dropped
		 * (아버지 난리날듯, 드라마 그디어 끝났네), an adjunct that moves
		 * as one; not an adverb of degree, bound to the verb (제일
		 * 맛있어요) */
		if (informal && k > 0 && (noun || verb_form(c, p, wb[k - 1], we[k - 1], kind[k - 1])) &&
		    unmarked_before(c, p, wb[k], we[k], kd) &&
		    !words_in(c, W_DEGREE, p, wb[k - 1], word_core(p, wb[k - 1], we[k - 1], &comma)))
			kind[k - 1] = P_FREE, at[np] = (unsigned char)(k - 1), pend[np++] = P_FREE,
			unmarked |= k == 1;
		/* in informal text an intensifier right before the verb
		 * that ends a clause, or before an adverb of degree before
		 * it (연기를 정말 잘하더라, 둘이 참 잘 어울리던데), moves as an
		 * adverb: it goes with the whole clause */
		if (informal && k > 0 && (kd == P_PRED || kd == P_CONJ || kd == P_SUB)) {
			size_t a = k - 1;
			if (a > 0 && kind[a] == P_BOUND &&
			    words_in(c, W_DEGREE, p, wb[a], word_core(p, wb[a], we[a], &comma)) &&
			    !words_in(c, W_INTENSIFIERS, p, wb[a], word_core(p, wb[a], we[a], &comma)))
				a--;
			if (kind[a] == P_BOUND &&
			    words_in(c, W_INTENSIFIERS, p, wb[a], word_core(p, wb[a], we[a], &comma)))
				kind[a] = P_FREE, at[np] = (unsigned char)a, pend[np++] = P_FREE;
		}
		if (kd == P_NOUN) {
			if (noun && informal)
				return bare;
			noun = 1, kd = P_BOUND, nouns |= 1ull << k;
		} else
			noun = 0;
		kind[k] = (unsigned char)kd;
		/* two commas: items or clauses side by side, which trade
		 * places (제작은 A, 감독은 B, C 배급이다; a list whose items
		 * carry glosses, which comma_list does not see) */
		if (p[we[k] - 1] == ',' && ++commas >= 2)
			return why;
		if (items_alike(c, p, wb, we, kind, k))
			return why;
		/* a quotation ("내일은 밭에 나가자."라고) is one phrase of the
		 * verb it is said to: what it holds is its own */
		if (p[wb[k]] == '"' || p[wb[k]] == '\'' || (we[k] - wb[k] >= 3 && (unsigned char)p[wb[k]] == 0xE2 &&
		                                 (unsigned char)p[wb[k] + 1] == 0x80 &&
		                                 ((unsigned char)p[wb[k] + 2] == 0x9C || (unsigned char)p[wb[k] + 2] == 0x98)))
			quote = (int)np;
		if (quote >= 0 && (ends_with(p, wb[k], we[k], "라고") || ends_with(p, wb[k], we[k], "다고")))
			np = (size_t)quote, quote = -1;
		/* a clause made a noun (자기 홀극이 없음을): the subject or
		 * object right before it, and the phrases before that but
		 * the topic, are its own */
		if ((kd == P_OBJ || kd == P_SUBJ || kd == P_COMP) && np && (size_t)at[np - 1] + 1 == k &&
		    (pend[np - 1] == P_SUBJ || pend[np - 1] == P_OBJ) &&
		    nominal_clause(p, wb[k], word_core(p, wb[k], we[k], &comma)))
			while (np && pend[np - 1] != P_TOPIC)
				np--;
		switch (kd) {
		case P_TOPIC: case P_SUBJ:
			/* a topic after a conjunct that has none: the order
			 * with the topic first reads as well */
			if (bare_conj && kd == P_TOPIC)
				return why;
			/* after a phrase of a verb still to come: the order with
			 * the subject or topic first reads as well (이 일로 그는 /
			 * 그는 이 일로) */
			for (size_t t = 0; t < np; t++)
				if (pend[t] != P_TOPIC && pend[t] != P_SUBJ)
					return why;
			at[np] = (unsigned char)k, pend[np++] = (unsigned char)kd;
			break;
		case P_OBJ: case P_COMP: case P_FREE:
			at[np] = (unsigned char)k, pend[np++] = (unsigned char)kd;
			break;
		case P_ADN: case P_SUB: {
			/* (a conjunct before it is inside the clause:
			 * 차분하고 내성적이었던 송진우는) */
			bare_conj = 0;
			/* the phrases before it but the topics are its own, and
			 * of a relative clause an adjunct only right before it,
			 * not in informal text one that opens the sentence
			 * (인간적으로 조작된 멤버는 빼고: it hangs on the sentence
			 * as readily, and moves)
			 * (2017년에 공개된 영화; 현재까지도 ... 말할 수 있는
			 * 역사학자는 없다: the adjunct is the sentence's). An
			 * adjunct with words between it and the clause (사망 이후
			 * '... 정치 보복'이라는 말은), or a bare year after a topic
			 * (것은 1761년 요한 ... 람베르트가: a name read as a
			 * clause), is the sentence's too. A clause of purpose
			 * leaves the subject to the verb after it, whose subject
			 * it shares (푸리에가 ... 풀기 위하여 도입하였다: the
			 * clause may go first). */
			size_t nt = 0, keep = 0;
			int purpose = kd == P_SUB && purpose_clause(p, wb[k], word_core(p, wb[k], we[k], &comma));
			/* a name in 라는 (리눅스라는 이름) is no clause with
			 * phrases but its subject (X가 Y라는 것): the ones before it
			 * are the sentence's
			 * (미국에서 리눅스라는 이름은 ...; 강도를 클래스라는 개념으로
			 * 규정하고: the object and the complement trade places) */
			int naming = kd == P_ADN && naming_word(p, wb[k], word_core(p, wb[k], we[k], &comma));
			for (size_t t = 0; t < np; t++)
				if (pend[t] == P_TOPIC || (purpose && pend[t] == P_SUBJ) || (naming && pend[t] != P_SUBJ) ||
				    (kd == P_ADN && pend[t] == P_FREE &&
				     ((informal && at[t] == 0 && !unmarked) || naming || t + 1 < np || clause_between(kind, at[t], k) ||
				      (t > 0 && (pend[t - 1] == P_TOPIC || pend[t - 1] == P_SUBJ) &&
				       bare_time(p, wb[at[t]], we[at[t]])))))
					at[keep] = at[t], pend[keep++] = pend[t];
				else
					taken[nt++] = pend[t];
			np = keep;
			if (verb_scrambles(taken, nt, informal || exist_verb(c, p, wb[k], we[k])))
				return why;
			/* an adverbial clause is one constituent of the verb
			 * after it, and inside it no more than one phrase
			 * but its subject may move (in informal text not even
			 * the subject stays: 둘이 참 잘 어울리던데) */
			if (kd == P_SUB && movable(taken, nt, !informal) >= 2)
				return many;
			if (kd == P_SUB)
				at[np] = (unsigned char)k, pend[np++] = P_FREE;
			break;
		}
		case P_CONJ: case P_PRED: {
			if (verb_scrambles(pend, np, informal || exist_verb(c, p, wb[k], we[k])))
				return why;
			/* At most one phrase of a verb besides its predicate and
			 * the topic or subject that opens its clause may move:
			 * two constituents that could each stand elsewhere give
			 * the sentence two right orders (잘못은 장동건이 했는데:
			 * 장동건이 잘못은 ...). In informal text only the
			 * sentence's own topic keeps its place: a conjunct of
			 * concession or background has none that does. */
			int conc = kd == P_CONJ && concessive(p, wb[k], core_of(p, wb[k], we[k]));
			if (movable(pend, np, !informal || kd == P_PRED || !conc) >= 2)
				return many;
			int own_topic = 0, own_subj = 0;
			for (size_t t = 0; t < np; t++)
				own_topic |= pend[t] == P_TOPIC, own_subj |= pend[t] == P_SUBJ;
			/* a conjunct in -며 or -고 with no subject or topic, which
			 * shares the topic after it (전쟁을 거치며 인구는 ... / 인구는
			 * 전쟁을 거치며 ...; not one that ends in a comma, nor a
			 * subject in 이 or 가 after it: 악기를 연결하고 첫 테스트가
			 * ...). Edited prose only: in speech the topic after it
			 * is one of contrast, of its own conjunct (이상만 가지고
			 * 현실은 못보는) */
			if (kd == P_CONJ && !topic_kept && !own_topic && !own_subj && !informal && p[we[k] - 1] != ',') {
				uint32_t v = last_syl(p, wb[k], core_of(p, wb[k], we[k]));
				bare_conj = v == 0xBA70 || v == 0xACE0; /* 며 고 */
			}
			/* two coordinate clauses, each with a topic of its own
			 * (A는 ...하고 B는 ...한다): either may come first */
			if (coord_topic && own_topic)
				return why;
			if (kd == P_CONJ) {
				uint32_t v = last_syl(p, wb[k], core_of(p, wb[k], we[k]));
				coord_topic = own_topic && (v == 0xBA70 || v == 0xACE0); /* 며 고 */
			}
			topic_kept |= own_topic || own_subj;
			np = 0;
			/* a conjunct of concession or background with no topic
			 * of its own is one phrase of the verb after it, which
			 * may come after that verb's topic as well (비가 왔지만
			 * 우리는 / 우리는 비가 왔지만); one with a topic of its
			 * own contrasts with the next (A는 ...지만 B는 ...) */
			if (conc && !own_topic)
				at[np] = (unsigned char)k, pend[np++] = P_FREE;
			break;
		}
		}
	}
	return order_items(c, p, wb, we, kind, nw, nouns, informal);
}

/* 1 if the words of the sentence [b, e) of the text p (runs of anything
 * but white space, on the bits of blank_bits) are not all the same. */
static int words_varied(const struct conf *c, const char *p, size_t b, size_t e)
{
	size_t fb = e, fe = e;
	if (b >= e)
		return 0;
	for (size_t w = b / 64, last = (e - 1) / 64; w <= last; w++)
		for (uint64_t m = word_starts(c, b, e, w, last); m; m &= m - 1) {
			size_t j = w * 64 + (size_t)__builtin_ctzll(m), je = next_blank(c, j, e);
			if (fb == e)
				fb = j, fe = je;
			else if (je - j != fe - fb || memcmp(p + j, p + fb, fe - fb))
				return 1;
		}
	return 0;
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

/* The units in the order of c->order into out. */
static void join_into(struct conf *c, struct ko_buf *out, size_t k, const char *sep)
{
	/* the room for all of it at once, then plain copies */
	size_t sl = strlen(sep), total = k ? (k - 1) * sl : 0;
	for (size_t i = 0; i < k; i++)
		total += c->unit[c->order[i]].e - c->unit[c->order[i]].b;
	ko_buf_reserve(out, total);
	char *o = out->p + out->n;
	for (size_t i = 0; i < k; i++) {
		const struct ko_span *u = &c->unit[c->order[i]];
		if (i)
			memcpy(o, sep, sl), o += sl;
		memcpy(o, c->items.p + u->b, u->e - u->b);
		o += u->e - u->b;
	}
	out->n += total;
	out->p[out->n] = 0;
}

static void join(struct conf *c, size_t k, const char *sep)
{
	join_into(c, &c->list, k, sep);
}

static int emit(struct conf *c, struct ko_rec *r, int task, size_t k, const char *answer,
                size_t an, const char *field)
{
	ko_buf_clear(&c->num);
	ko_buf_add_dec(&c->num, k);
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
	if (t < 0) {
		c->words_missing++;
		return 0;
	}
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

static int varied_spans(const char *p, const struct ko_span *s, size_t from, size_t k)
{
	for (size_t i = from + 1; i < from + k; i++)
		if (s[i].e - s[i].b != s[from].e - s[from].b ||
		    memcmp(p + s[i].b, p + s[from].b, s[i].e - s[i].b))
			return 1;
	return 0;
}

/* 1 if a run may not go on from sentence i - 1 to sentence i: a section
 * starts there (after a heading or a blank line), or, under --within
 * paragraph, a paragraph (any line break). */
static int boundary(const struct conf *c, const struct ko_span *s, size_t i)
{
	return s[i].new_section || (c->by_paragraph && s[i].new_para);
}

/* The kind of markup in the last sentence that carries some, 0 if none
 * does: the reject reason when markup may have left too few sentences. */
static int last_markup(struct conf *c, const char *p, size_t ns)
{
	int m;
	for (size_t i = ns; i-- > 0;)
		if ((m = ko_task_sent_markup(&c->gen, p, i)))
			return m;
	return 0;
}

/* The second word of sentence i, in *w and its length: the word after a
 * determiner such as 이 or 그 (read_links found the first). */
static size_t second_word(const char *p, const struct ko_span *s, size_t i, const char **w)
{
	size_t j = s[i].b, e = s[i].e, l;
	int k = 0;
	for (;;) {
		while (j < e && (l = ko_space_len(p + j, e - j)))
			j += l;
		size_t b = j;
		while (j < e && !ko_space_len(p + j, e - j))
			j++;
		if (k++) {
			*w = p + b;
			return j - b;
		}
	}
}

/* 1 if sentences a and b open alike with a link word of parallel_words:
 * the same word (and a determiner with the same word after it, not one of
 * parallel_not_after), or the two of a pair of pronoun_pairs (그는 ... /
 * 그의 ...). */
static int parallel(const struct conf *c, const char *p, const struct ko_span *s, size_t a,
                    size_t b)
{
	int la = sent_at(c, a)->link, lb = sent_at(c, b)->link;
	if (la > 0 && lb > 0 && la != lb)
		return c->linkref[la] && c->linkref[la] == c->linkref[lb];
	if (la != lb || !la || !c->linkpar[la])
		return 0;
	if (c->linkpar[la] != 2)
		return 1;
	const char *wa, *wb;
	size_t na = second_word(p, s, a, &wa), nb = second_word(p, s, b, &wb);
	if (!na || na != nb || memcmp(wa, wb, na))
		return 0;
	for (size_t k = 0; k < sizeof parallel_not_after / sizeof *parallel_not_after; k++)
		if (strlen(parallel_not_after[k]) == na && !memcmp(parallel_not_after[k], wa, na))
			return 0;
	return 1;
}

/* Read the sentences up to x into the window, those that were not. */
static __attribute__((noinline)) void read_more(struct conf *c, const char *p,
                                                const struct ko_span *s, size_t x)
{
	for (; c->nsent <= x; c->nsent++)
		read_ending(c, sent_at(c, c->nsent), p + s[c->nsent].b, s[c->nsent].e - s[c->nsent].b);
}

/* (most calls find x read: asked inline) */
static inline void read_to(struct conf *c, const char *p, const struct ko_span *s, size_t x)
{
	if (c->nsent <= x)
		read_more(c, p, s, x);
}

/* The latest year sentence i names (read when first asked). */
static int year_last(struct conf *c, const char *p, const struct ko_span *s, size_t i)
{
	struct sent *st = sent_at(c, i);
	if (st->ylast < 0)
		st->ylast = (short)latest_year(p + s[i].b, s[i].e - s[i].b, 0);
	return st->ylast;
}

/* The latest year that dates sentence i (time_year; read when first
 * asked). */
static int year_dated(struct conf *c, const char *p, const struct ko_span *s, size_t i)
{
	struct sent *st = sent_at(c, i);
	if (st->ydated < 0)
		st->ydated = (short)latest_year(p + s[i].b, s[i].e - s[i].b, 1);
	return st->ydated;
}

/* The first year sentence i names (read when first asked). */
static int year_of(struct conf *c, const char *p, const struct ko_span *s, size_t i)
{
	struct sent *st = sent_at(c, i);
	if (st->yfirst < 0)
		st->yfirst = (short)first_year(p + s[i].b, s[i].e - s[i].b);
	return st->yfirst;
}

/* The bit of a stem (bit 63 clear) in a sentence's signature (struct
 * sent's sig). */
static inline uint64_t stem_bit(uint64_t v)
{
	return (uint64_t)1 << ((v * STEM_MUL) >> 58);
}

/* stems() reading sentence t into st, once: on the bits of its white
 * space, a word starts at a byte that is none after one that is (two
 * syllables are six bytes of no white space: the text is valid UTF-8),
 * and its end is looked for only when its stem may be a link word's
 * (linkstem). A stem is six bytes and a blank apart from the next, so a
 * sentence of n bytes has at most n / 7 + 1, and room is made for four
 * more (has_stem, stem_index32: zeroed, as those are read). */
static __attribute__((noinline)) void read_stems(struct conf *c, struct sent *st, const char *p,
                                                 const struct ko_span *s, size_t t)
{
	st->stems_read = 1;
	st->prev_read = 0;
	st->nstem = 0;
	st->sig = 0;
	const char *q = p + s[t].b;
	const unsigned char *u = (const unsigned char *)q;
	size_t n = s[t].e - s[t].b, nw = n / 64 + 2;
	if (n < 6)
		return;
	if (st->capstem < n / 7 + 5) {
		st->capstem = n / 7 + 16;
		free(st->stem);
		st->stem = ko_xcalloc(st->capstem, sizeof *st->stem);
	}
	uint64_t *bl = ko_bits_zeroed(&c->blank, &c->capblank, nw), gap = 1, sig = 0;
	uint64_t *out = st->stem;
	blanks_of(bl, q, n);
	/* (word starts at n - 6 at most: six bytes follow) */
	size_t lastw = (n - 6) / 64;
	for (size_t w = 0; w <= lastw; w++) {
		uint64_t m = ~bl[w] & (bl[w] << 1 | gap);
		gap = bl[w] >> 63;
		if (w == lastw)
			m &= ~(uint64_t)0 >> (63 - ((n - 6) & 63));
		for (; m; m &= m - 1) {
			size_t j = w * 64 + (size_t)__builtin_ctzll(m);
			/* (two syllables: a lead byte and the byte after it,
			 * read as one number, from EA B0 to ED 9D, or ED 9E
			 * before A3 at most, as the text is valid UTF-8) */
			unsigned y0 = be16(u + j), y1 = be16(u + j + 3);
			if ((y0 - 0xEAB0u > 0xED9Du - 0xEAB0u && !(y0 == 0xED9E && u[j + 2] <= 0xA3)) ||
			    (y1 - 0xEAB0u > 0xED9Du - 0xEAB0u && !(y1 == 0xED9E && u[j + 5] <= 0xA3)))
				continue;
			uint64_t v = load6(q + j), h = v * STEM_MUL;
			if (c->linkstem[h >> 58] >> (h >> 52 & 63) & 1) {
				size_t x = j / 64;
				uint64_t e = bl[x] & ~(uint64_t)0 << (j & 63);
				while (!e && ++x < nw)
					e = bl[x];
				size_t we = e ? x * 64 + (size_t)__builtin_ctzll(e) : n;
				if (is_link(c, q + j, (we < n ? we : n) - j))
					v |= (uint64_t)1 << 63;
			}
			*out++ = v;
			sig |= (uint64_t)1 << (h >> 58);
		}
	}
	st->nstem = (size_t)(out - st->stem);
	st->sig = sig;
}

/* The stems of sentence t, *k of them: the first six bytes of each word
 * whose first two characters are syllables (a noun's stem with its
 * particle left out: 수소의 and 수소폭탄은 both give 수소) as a number, bit 63
 * set for a link word. Read once, as the ties of every run and order ask
 * them again and again. */
static inline const uint64_t *stems(struct conf *c, const char *p, const struct ko_span *s,
                                    size_t t, size_t *k)
{
	struct sent *st = sent_at(c, t);
	if (!st->stems_read)
		read_stems(c, st, p, s, t);
	*k = st->nstem;
	return st->stem;
}

#ifdef KO_AVX2
/* The index of the first of a[] whose stem is v (bit 63 cleared), four
 * at a time: there is one (has_stem put v after the stems), and the
 * three words after it may be read (read_stems made room for them). */
__attribute__((target("avx2"), noinline)) static size_t stem_index32(const uint64_t *a, uint64_t v)
{
	const __m256i vv = _mm256_set1_epi64x((long long)v),
	              low = _mm256_set1_epi64x((long long)~((uint64_t)1 << 63));
	for (size_t i = 0;; i += 4) {
		__m256i x = _mm256_and_si256(_mm256_loadu_si256((const __m256i *)(const void *)(a + i)), low);
		unsigned bits = (unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(_mm256_cmpeq_epi64(x, vv)));
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
	}
}
#endif

/* 1 if sentence t holds a word whose stem is v (stems(), bit 63 clear).
 * (v is put after the stems, where read_stems left room, to end the
 * search there: one test a stem.) */
static inline int has_stem(struct conf *c, const char *p, const struct ko_span *s, size_t t,
                           uint64_t v)
{
	struct sent *st = sent_at(c, t);
	if (!st->stems_read)
		read_stems(c, st, p, s, t);
	if (!(st->sig & stem_bit(v)))
		return 0;
	uint64_t *a = st->stem;
	a[st->nstem] = v;
#ifdef KO_AVX2
	if (ko_have_avx2())
		return stem_index32(a, v) < st->nstem;
#endif
	size_t i = 0;
	while ((a[i] & ~((uint64_t)1 << 63)) != v)
		i++;
	return i < st->nstem;
}

/* 1 if v is a stem of the run's topic: of its first sentence from, or of
 * the record's title (c->tstem). A noun the whole text is about (노벨
 * 물리학상은 ... 첫 번째 노벨 물리학상은 ... 이 상은) stands in any sentence
 * of it, and ties none to a place. */
static int topic_stem(struct conf *c, const char *p, const struct ko_span *s, size_t from,
                      uint64_t v)
{
	for (size_t i = 0; i < c->ntstem; i++)
		if (c->tstem[i] == v)
			return 1;
	return has_stem(c, p, s, from, v);
}

/* The title's stems (c->tstem), read once a record: the words of two
 * syllables or more of the JSON record's title field, if it has one. */
static void title_stems(struct conf *c, struct ko_rec *r)
{
	const char *t;
	size_t tn, j = 0;
	c->ntstem = 0;
	if (!r->is_json || ko_task_text(NULL, r, "title", 3, &t, &tn))
		return;
	const unsigned char *u = (const unsigned char *)t;
	while (j < tn && c->ntstem < 8) {
		size_t b = j;
		while (j < tn && t[j] != ' ' && t[j] != '(')
			j++;
		if (j - b >= 6 && ko_syllable_at(u + b, 3) && ko_syllable_at(u + b + 3, 3)) {
			c->tstem[c->ntstem++] = load6(t + b);
		}
		while (j < tn && (t[j] == ' ' || t[j] == '('))
			j++;
	}
}

/* 1 if sentence b repeats the stem of a word of sentence b - 1 that no
 * sentence from..b - 2 has: a noun the two share and the run's earlier
 * sentences lack ties b to the one before it (a noun of the whole run, its
 * topic, ties no sentence to a place). Link words are not stems (이러한,
 * 그러나: read_links's). */
/* 1 if stem v, which sentences b - 1 and b share, is not the run's topic
 * and no sentence from..b - 2 has it. */
static int new_to_run(struct conf *c, const char *p, const struct ko_span *s, size_t from,
                      size_t b, uint64_t v)
{
	if (topic_stem(c, p, s, from, v))
		return 0;
	size_t t = from;
	while (t + 1 < b && !has_stem(c, p, s, t, v))
		t++;
	return t + 1 == b;
}

/* 1 if sentence b is tied to the one before it by its subject: a noun
 * (stems()) of the words that open b up to its first subject or topic
 * (a word in 은, 는, 이, 가, within its first four words) that sentence
 * b - 1 brought into the run (new_to_run: not the run's topic, nor named
 * before b - 1). A noun shared further on in b ties it to no place: the
 * sentence says more of something the run names, and may stand
 * elsewhere (실수 집합은 ... / 즉, ... 자연수 집합과 ... / 실수 집합의
 * 크기는 자연수 집합의 크기보다 크다: either order). */
static int noun_tie(struct conf *c, const char *p, const struct ko_span *s, size_t from, size_t b)
{
	const char *q = p + s[b].b;
	const unsigned char *u = (const unsigned char *)q;
	size_t n = s[b].e - s[b].b, i = 0;
	for (int w = 0; w < 4 && i < n; w++) {
		while (i < n && (u[i] == ' ' || u[i] == '\t'))
			i++;
		size_t j = i;
		while (j < n && !(u[j] == ' ' || u[j] == '\t'))
			j++;
		if (j - i >= 6 && ko_syllable_at(u + i, 3) && ko_syllable_at(u + i + 3, 3) &&
		    !is_link(c, q + i, j - i)) {
			uint64_t v = load6(q + i);
			if (has_stem(c, p, s, b - 1, v) && new_to_run(c, p, s, from, b, v))
				return 1;
		}
		/* (the subject or topic ends the opening) */
		size_t te = j;
		while (te > i && !((u[te - 1] & 0xC0) == 0x80 || u[te - 1] >= 0xE0))
			te--;
		uint32_t v = te - i >= 3 ? ko_syllable_at(u + te - 3, 3) : 0;
		if (v == 0xC740 || v == 0xB294 || v == 0xC774 || v == 0xAC00) /* 은 는 이 가 */
			break;
		i = j;
	}
	return 0;
}

/* 1 if sentences x and y of the run from..to share the stem of a word
 * (stems(), not a link word) that no other sentence of the run has: a
 * tie that holds them next to each other wherever they stand. With
 * strict, a stem of the run's topic (topic_stem) is no tie: the text's
 * own order must be tied by more than its topic, while another order
 * that its topic ties reads as well to a reader (the swap test). */
static int pair_tie(struct conf *c, const char *p, const struct ko_span *s, size_t from,
                    size_t to, size_t x, size_t y, int strict)
{
	size_t k;
	const uint64_t *a = stems(c, p, s, x, &k);
	for (size_t i = 0; i < k; i++) {
		uint64_t v = a[i];
		if (v >> 63 || !has_stem(c, p, s, y, v) || (strict && topic_stem(c, p, s, from, v)))
			continue;
		size_t t = from;
		while (t <= to && (t == x || t == y || !has_stem(c, p, s, t, v)))
			t++;
		if (t > to)
			return 1;
	}
	return 0;
}

/* 1 if sentence x opens with a link of addition and a pronoun subject
 * after it (또한 이들은: additive_words), which ties it after whichever
 * sentence it follows, not only after the one before it in the text. */
static int added_fact(const struct conf *c, const char *p, const struct ko_span *s, size_t x)
{
	if (!c->linkadd[sent_at(c, x)->link])
		return 0;
	const char *w;
	size_t n = second_word(p, s, x, &w);
	int t = is_link(c, w, n);
	return t && (c->linkpar[t] == 3 || c->linkref[t]);
}

/* 1 if sentence x opens with one of free_links and no other word that
 * points back after it (그러나 야당은 ..., not 그러나 이것은 ..., 하지만 당시
 * ..., 그리고 이듬해 ...: what those point at places the sentence). */
static int free_link(const struct conf *c, const char *p, const struct ko_span *s, size_t x)
{
	int l = sent_at(c, x)->link;
	if (l <= 0 || !c->linkfree[l])
		return 0;
	const char *w;
	size_t n = second_word(p, s, x, &w);
	return !is_link(c, w, n);
}

/* 1 if the run of sentences from..to read in the order ord[0..k) has a
 * tie at every place: its first sentence opens with no link word, and each
 * after it opens with one after the sentence it followed in the text (a
 * link points at what it follows), or, unless strict, with one of
 * free_links after any when free is set (the two sentences traded open
 * with one each: either contrast, 그러나 ... / 그러나 ..., reads after
 * either sentence; their dates must still go forward), or with an added
 * fact (added_fact), or
 * with a year no earlier than any before it, or shares a noun with the one
 * before it (pair_tie). */
static int tied_order(struct conf *c, const char *p, const struct ko_span *s, size_t from,
                      size_t to, const size_t *ord, size_t k, int strict, int free)
{
	if (sent_at(c, ord[0])->link)
		return 0;
	/* (two contrasts trade places only where their dates let them:
	 * 2003년 ... 하지만 / 그리고 2004년 ... keeps its order) */
	for (size_t t = 0, yl = 0; free && t < k; t++) {
		size_t yy = (size_t)year_of(c, p, s, ord[t]);
		if (yy && yl && yy < yl)
			return 0;
		if (yy)
			yl = yy;
	}
	int ymax = 0;
	for (size_t t = 0; t < k; t++) {
		size_t x = ord[t];
		const struct sent *st = sent_at(c, x);
		if (t &&
		    !(st->link && (ord[t - 1] + 1 == x ||
		                   (!strict && ((free && c->linkfree[st->link]) ||
		                                added_fact(c, p, s, x))))) &&
		    !(st->year0 && ymax && ymax <= st->year0)) {
			/* (every swap asks most pairs again: their answers
			 * are kept while run_swaps tries them) */
			signed char tie, *pt = &c->pairtie[(x - from) * 64 + (ord[t - 1] - from)];
			if (strict)
				tie = (signed char)pair_tie(c, p, s, from, to, x, ord[t - 1], 1);
			else if ((tie = *pt) < 0)
				tie = *pt = (signed char)pair_tie(c, p, s, from, to, x, ord[t - 1], 0);
			if (!tie)
				return 0;
		}
		int yl = year_last(c, p, s, x);
		if (yl > ymax)
			ymax = yl;
	}
	return 1;
}

/* 1 if two sentences of the run from..to (of at most 64) can trade places
 * with a tie still at every place (tied_order): the run then has a second
 * order its words argue for as well as the first (따라서 ... / 즉 ...,
 * either way round), and its task two right answers. */
static int run_swaps(struct conf *c, const char *p, const struct ko_span *s, size_t from,
                     size_t to)
{
	size_t ord[64], k = to - from + 1;
	if (k > 64)
		return 1;
	/* (the text's own order first: a noun the run's other sentences
	 * share too ties none of them; ord[0] set apart, as the loop sets
	 * it anyway, for a compiler at -O3 that cannot tell k >= 1) */
	ord[0] = from;
	for (size_t t = 0; t < k; t++)
		ord[t] = from + t;
	if (!tied_order(c, p, s, from, to, ord, k, 1, 0))
		return 1;
	for (size_t x = 0; x < k; x++)
		memset(c->pairtie + x * 64, -1, k);
	for (size_t a = 0; a < k; a++)
		for (size_t b = a + 1; b < k; b++) {
			for (size_t t = 0; t < k; t++)
				ord[t] = from + t;
			ord[a] = from + b, ord[b] = from + a;
			/* two sentences that open with free_links may each
			 * stand after whichever sentence comes before */
			int free = free_link(c, p, s, from + a) && free_link(c, p, s, from + b);
			if (tied_order(c, p, s, from, to, ord, k, 0, free))
				return 1;
		}
	return 0;
}

/* 1 if sentences from to to (their endings read) are all ok: sound() for
 * those not asked yet first, then the markup, the costliest question, of
 * those left; the answers are kept. */
static int run_ok(struct conf *c, const char *p, const struct ko_span *s, size_t from, size_t to)
{
	for (size_t t = from; t <= to; t++)
		if (!sent_at(c, t)->ok)
			return 0;
	for (size_t t = from; t <= to; t++)
		if (sent_at(c, t)->ok < 0 && !sound(p + s[t].b, s[t].e - s[t].b))
			return sent_at(c, t)->ok = 0;
	for (size_t t = from; t <= to; t++) {
		struct sent *st = sent_at(c, t);
		size_t at;
		if (st->ok >= 0)
			continue;
		st->ok = !ko_task_sent_markup(&c->gen, p, t);
		if (st->ok && ko_placeholder_hidden(p + s[t].b, s[t].e - s[t].b, &at))
			st->ok = 0, c->hidden = 1;
		if (!st->ok)
			return 0;
	}
	return 1;
}

/* The best score (pick_run's) that a run from sentence i through j or a
 * later one may reach, sentence j tied to the one before by no link word
 * nor year and tied counting the links of i..j - 1 and the opening: each
 * sentence after j adds at most one (two for a tie, less one for its
 * length), and only one that opens with a link word or a year may tie;
 * the run ends before a sentence that is no full sentence or starts a
 * paragraph (boundary), and two untied sentences or more, j among them,
 * cost 64 however long the run grows. */
static long best_after(struct conf *c, const char *p, const struct ko_span *s, size_t ns,
                       size_t i, size_t j, size_t hi, size_t links, size_t opens)
{
	long b = 2 * (long)(links + opens) - (long)(j - i);
	for (size_t x = j + 1; x < ns && x - i < hi; x++) {
		read_to(c, p, s, x);
		struct sent *sx = sent_at(c, x);
		if (!sx->usable || !sx->ok || boundary(c, s, x))
			break;
		if (sx->link < 0)
			read_links(c, sx, p + s[x].b, s[x].e - s[x].b);
		b += sx->link || sx->year0;
	}
	if (j - i - links >= 2)
		b -= 64;
	return b;
}

/* Sentence order: a run of lo to hi consecutive usable sentences, within a
 * section (or a paragraph), that does not open with a sentence pointing
 * back and has at least min_links sentences tied to the one before: by a
 * connective or anaphor at its start, or by opening with a year no earlier
 * than the run has named so far. Among the runs, those with the most ties
 * net of untied sentences win, one drawn at random: a run of loosely
 * ordered facts cannot be put back in order, one that tells a story can.
 * The first sentence of a paragraph counts as tied when it opens the run,
 * since a topic sentence shows its own place. Sets *first and *k, or
 * returns the reject reason.
 *
 * A sentence is usable when it ends as a sentence does, its brackets and
 * quotes close (sound()) and it has no markup. The last two, the costly
 * questions, are asked only of the sentences of a run whose answer can
 * change the draws (run_ok): each run is scored first as if its sentences
 * were usable, and one that scores below the best found so far is passed
 * over whether it is or not. Until a run is found, every run is asked (for
 * the reason, should none be found). The runs drawn from, and so the
 * draws, are those of asking every sentence. */
static const char *pick_run(struct conf *c, struct ko_rng *rng, const char *p, size_t n,
                            const struct ko_span *s, size_t ns, size_t lo, size_t hi,
                            size_t *first, size_t *k)
{
	/* the window: a run and the sentence after it (read_to) */
	size_t w = 1;
	while (w <= hi && w < ns)
		w *= 2;
	if (w > c->capsent) {
		c->sent = ko_xrealloc(c->sent, w * sizeof *c->sent);
		memset(c->sent + c->capsent, 0, (w - c->capsent) * sizeof *c->sent);
		c->capsent = w;
	}
	c->smask = w - 1;
	c->nsent = 0;
	long best = 0;
	size_t ties = 0;
	int unlinked = 0, alike = 0, backward = 0, swaps = 0, outside = 0, informal = -1;
	for (size_t i = 0; i < ns; i++) {
		read_to(c, p, s, i);
		struct sent *si = sent_at(c, i);
		if (!si->usable || !si->ok)
			continue;
		if (si->link < 0)
			read_links(c, si, p + s[i].b, s[i].e - s[i].b);
		/* with a run found, one opening with a link is no matter */
		if (ties && si->link)
			continue;
		size_t links = 0, opens = s[i].new_para;
		size_t okto = i; /* sentences i to okto - 1 are ok */
		/* ymax: the latest year of sentences i to y - 1, read only when
		 * a sentence opens with a year */
		int ymax = 0;
		size_t y = i;
		/* the first year of the last sentence of i to yto - 1 that
		 * names one, read only for a run that may be drawn */
		int ylast = 0;
		size_t yto = i;
		/* two sentences of i to j open alike (parallel()) */
		int par = 0;
		for (size_t j = i + 1; j < ns && j - i < hi; j++) {
			read_to(c, p, s, j);
			struct sent *sj = sent_at(c, j);
			if (!sj->usable || !sj->ok || boundary(c, s, j))
				break;
			if (sj->link < 0)
				read_links(c, sj, p + s[j].b, s[j].e - s[j].b);
			if (sj->year0)
				for (; y < j; y++) {
					int yl = year_last(c, p, s, y);
					if (yl > ymax)
						ymax = yl;
				}
			/* every sentence after the first is tied to the one
			 * before it, or the run, and any longer one from i, has
			 * one that could stand elsewhere */
			int tie = sj->link || (sj->year0 && ymax && ymax <= sj->year0);
			/* (informal text, chat and comments, runs its remarks
			 * in no order a noun they share could argue for: there
			 * only a connective, an anaphor or a date ties) */
			if (c->min_links && !tie && informal < 0)
				informal = ko_task_informal(p, n, s, ns);
			/* (with a run found, a noun tie that could only lead to
			 * runs scoring below the best is not asked) */
			if (c->min_links && !tie && !informal && ties &&
			    best_after(c, p, s, ns, i, j, hi, links, opens) < best)
				break;
			if (c->min_links && !tie && (informal || !noun_tie(c, p, s, i, j))) {
				unlinked |= !ties;
				break;
			}
			links += tie;
			if (!par && sj->link > 0 && c->linkpar[sj->link])
				for (size_t t = i + 1; t < j && !par; t++)
					par = parallel(c, p, s, t, j) &&
					      ((c->linkpar[sj->link] != 3 &&
					        sent_at(c, t)->link == sj->link) ||
					       (!year_dated(c, p, s, t) && !year_dated(c, p, s, j)));
			size_t len = j - i + 1;
			if (len < lo)
				continue;
			if (si->link || links < c->min_links) {
				/* (the flag counts only while no run is found) */
				if (!ties && !unlinked) {
					if (!run_ok(c, p, s, okto, j))
						break;
					okto = j + 1;
					unlinked = 1;
				}
				continue;
			}
			/* A run whose first sentence points outside it past its
			 * first word (points_out) has its anchor elsewhere. */
			if (c->min_links && si->out < 0)
				si->out = (signed)points_out(c, p + s[i].b, s[i].e - s[i].b);
			if (c->min_links && si->out) {
				outside = 1;
				continue;
			}
			/* A run that starts a paragraph or the text opens with its
			 * topic sentence: that place, too, can be argued for. */
			long score = 2 * (long)(links + opens) - (long)(len - 1);
			/* Two sentences or more tied to nothing before them can
			 * trade places (the reviewer's swap test): such a run is
			 * drawn only when no other is. */
			if (len - 1 - links >= 2)
				score -= 64;
			/* So can two that open alike (또한 ... / 또한 ...). */
			if (par) {
				if (c->min_links)
					continue;
				score -= 64;
			}
			if (ties && score < best)
				continue;
			/* back in time (1861년 ... 1832년): no reader can put it
			 * right, nor any longer run from i */
			for (; yto <= j; yto++) {
				int yy = year_of(c, p, s, yto);
				if (yy && ylast && yy < ylast)
					break;
				if (yy)
					ylast = yy;
			}
			if (yto <= j) {
				backward = 1;
				break;
			}
			if (!run_ok(c, p, s, okto, j))
				break;
			okto = j + 1;
			if (c->min_links && run_swaps(c, p, s, i, j)) {
				swaps = 1;
				continue;
			}
			if (!varied_spans(p, s, i, len)) {
				alike = 1;
				continue;
			}
			if (!ties || score > best)
				best = score, ties = 0;
			if (ko_rng_below(rng, ++ties) == 0)
				*first = i, *k = len;
		}
	}
	if (ties)
		return NULL;
	if (backward) /* (the run that went back was tied: said first) */
		return "no run whose dates go forward";
	if (swaps)
		return "no run with one right order (two sentences trade places)";
	if (outside)
		return "no run with one right order (its first sentence points outside it)";
	if (unlinked)
		return "no run of sentences tied by a connective, an anaphor or a date";
	if (alike)
		return "sentences all alike";
	/* Markup, or a word the source hid, may be what left too few: say
	 * so, as the other generators do. */
	int markup = last_markup(c, p, ns);
	return markup     ? ko_task_markup_reason(markup)
	       : c->hidden ? KO_TASK_HIDDEN
	                   : "too few consecutive full sentences";
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
	int e = ko_task_text(g, r, field, 0, &p, &n);
	if (e == KO_REJECT)
		return e;
	if (e)
		p = "", n = 0;
	const struct ko_span *s;
	size_t ns = ko_task_split_lazy(g, p, n, &s);
	if (!ko_task_in_range(g, ns))
		return ko_task_pass(g, r);
	if (ko_placeholder_text(p, n))
		return ko_task_unusable(g, r, KO_TASK_PLACEHOLDER);
	if (ns == 0)
		return ko_task_unusable(g, r, "no text");
	struct ko_rng rng;
	ko_task_rng(r, &rng);
	struct ko_buf *items = &c->items;
	ko_buf_clear(items);
	ko_buf_clear(&c->list);
	c->nunit = 0;
	c->hidden = 0;

	if (c->words_field) {
		c->words_asked++;
		c->words_missing += !r->is_json;
		if (!r->is_json || concepts(c, r) == KO_REJECT)
			return r->is_json ? KO_REJECT : ko_rec_reject(r, "no words");
		if (c->nunit == 0)
			return ko_rec_reject(r, "no words");
		/* the whole text is the answer, the words its clues */
		size_t at;
		int hid = ko_placeholder_hidden(p, n, &at) > 0;
		for (size_t i = 0; i < c->nunit && !hid; i++)
			hid = ko_placeholder_hidden(items->p + c->unit[i].b,
			                            c->unit[i].e - c->unit[i].b, &at) > 0;
		if (hid)
			return ko_task_unusable(g, r, KO_TASK_HIDDEN);
		shuffle(c, &rng, 0, c->nunit, 1);
		join(c, c->nunit, ", ");
		const char *a;
		size_t an = ko_task_flat(g, 0, p, s[0].b, s[ns - 1].e, s, ns, &a);
		return emit(c, r, T_CONCEPT, c->nunit, a, an, field);
	}

	size_t lo = c->range_min ? c->range_min : c->by_word ? 5 : 3;
	size_t hi = c->range_max ? c->range_max : c->by_word ? 12 : 7;
	if (!c->by_word) {
		size_t first = 0, k = 0;
		title_stems(c, r);
		const char *why = pick_run(c, &rng, p, n, s, ns, lo, hi, &first, &k);
		if (why)
			return ko_task_unusable(g, r, why);
		for (size_t i = first; i < first + k; i++)
			add_sentence(c, p + s[i].b, s[i].e - s[i].b);
		if (!varied(c, 0, k))
			return ko_task_unusable(g, r, "sentences all alike");
		/* The answer is the sentences as the input shows them, in order:
		 * the same text, a line break inside one aside. */
		ko_buf_clear(&c->answer);
		for (size_t i = 0; i < k; i++)
			c->order[i] = i;
		join_into(c, &c->answer, k, " ");
		shuffle(c, &rng, 0, k, 0);
		join(c, k, "\n");
		return emit(c, r, T_SENT, k, c->answer.p, c->answer.n, field);
	}

	/* Word order: one sentence, drawn among those that fit, in one pass
	 * (reservoir sampling) so only the chosen sentence's words are kept.
	 * It fits with lo to hi words, each a word (not a lone mark), as a full
	 * sentence whose brackets and quotes close within it. */
	size_t chosen = ns, k = 0, nfit = 0;
	int informal = -1; /* (asked of a record with a sentence that fits) */
	const char *why = "no sentence with a fitting number of words", *loose;
	blank_bits(c, p, n);
	for (size_t i = 0; i < ns; i++) {
		const char *q = p + s[i].b;
		size_t qn = s[i].e - s[i].b;
		/* the count on the blanks alone; whether every word has a
		 * letter is asked last, of a sentence that passed the rest */
		size_t w = span_words(c, s[i].b, s[i].e, hi + 1 + SLACK), gaps = 0;
		if (w < lo || w > hi + SLACK)
			continue;
		/* a gloss in brackets is one word with what it glosses */
		if ((gaps = bracket_gaps(q, qn)) && w == hi + 1 + SLACK)
			w = span_words(c, s[i].b, s[i].e, SIZE_MAX);
		if (w - gaps < lo || w - gaps > hi)
			continue;
		w -= gaps;
		/* (why is said only when no sentence has markup) */
		/* a "sentence" across a line break is lines the splitter
		 * joined (a list: 1901년 출생 / 1976년 사망), not one sentence */
		if (memchr(q, '\n', qn) || !full_sentence(c, q, qn, w) || !sound(q, qn) ||
		    (gaps ? lone_mark(q, qn) : span_letters(c, p, s[i].b, s[i].e))) {
			why = "no full sentence with a fitting number of words";
			continue;
		}
		if (comma_list(q, qn)) {
			why = "no sentence with one right order (a list of three or more)";
			continue;
		}
		if (!words_varied(c, p, s[i].b, s[i].e))
			continue;
		if (nfit == c->capfit) {
			c->capfit = c->capfit ? 2 * c->capfit : 16;
			c->fit = ko_xrealloc(c->fit, c->capfit * sizeof *c->fit);
		}
		c->fit[nfit++] = (struct fit){i, w, gaps > 0};
	}
	/* A sentence with markup, or whose words have more than one natural
	 * order, is refused (markup first, then scrambles, then
	 * ko_task_loose_order, the costlier, of the few left); the first of
	 * the others in a random order is drawn, so the sentences are read in
	 * that order (a Fisher-Yates shuffle done as far as needed) and only
	 * those read are asked the costly questions. (A sentence refused for
	 * markup makes the reason markup's, whatever why says: last_markup.) */
	for (size_t t = 0; t < nfit && chosen == ns; t++) {
		/* (no draw of one sentence: the shuffle's draws stay those
		 * of a record with one that fits) */
		size_t j = nfit == 1 ? t : t + (size_t)ko_rng_below(&rng, nfit - t);
		struct fit f = c->fit[j];
		c->fit[j] = c->fit[t];
		c->fit[t] = f;
		if (ko_task_sent_markup(g, p, f.i))
			continue;
		size_t at;
		if (ko_placeholder_hidden(p + s[f.i].b, s[f.i].e - s[f.i].b, &at)) {
			why = KO_TASK_HIDDEN;
			continue;
		}
		if (informal < 0)
			informal = ko_task_informal(p, n, s, ns);
		if ((loose = scrambles(c, p, s[f.i].b, s[f.i].e, f.glossed, informal)) ||
		    (loose = ko_task_loose_order(p + s[f.i].b, s[f.i].e - s[f.i].b)))
			why = loose;
		else
			chosen = f.i, k = f.w;
	}
	int markup;
	if (chosen == ns)
		return ko_task_unusable(g, r, (markup = last_markup(c, p, ns))
		                      ? ko_task_markup_reason(markup) : why);
	add_words(c, p + s[chosen].b, s[chosen].e - s[chosen].b);
	/* The answer is the words in their order, one space between them. */
	ko_buf_clear(&c->answer);
	for (size_t i = 0; i < k; i++)
		c->order[i] = i;
	join_into(c, &c->answer, k, " ");
	shuffle(c, &rng, 0, k, 0);
	join(c, k, " / ");
	return emit(c, r, T_WORD, k, c->answer.p, c->answer.n, field);
}

static const struct ko_tool tool = {
	.name = "ko-shuffle-sent",
	.usage = "[--unit sentence|word] [--range MIN:MAX] [--within paragraph|section]\n"
	         "                       [--links N] [--words-field F] [task options]\n"
	         "                       [shared options] [FILE...]",
	.help = "Make order tasks from the text (-f, default text): a run of consecutive full\n"
	        "sentences shuffled, one a line, with the run as written as the answer; or with\n"
	        "--unit word the words (eojeol, punctuation and brackets attached) of one full\n"
	        "sentence shuffled, separated by ' / ', with the words joined by spaces as the\n"
	        "answer; never in the original order. With --words-field, concept-to-sentence\n"
	        "tasks: the words of that field (a string of words or an array) and the text\n"
	        "as the answer.\n"
	        "\n"
	        "      --unit UNIT       sentence (default) or word\n"
	        "      --range MIN:MAX   sentences in a run (default 3:7) or words in a sentence\n"
	        "                        (default 5:12)\n"
	        "      --within SCOPE    a run stays within a paragraph (default) or a section\n"
	        "      --links N         a run needs N sentences tied to the one before by a\n"
	        "                        connective, an anaphor or a date (default 1)\n"
	        "      --words-field F   concept-to-sentence tasks from the word list in F\n"
	        "\n" KO_TASK_HELP KO_TASK_SENT_HELP,
	.longopts = longopts,
};

int main(int argc, char **argv)
{
	struct conf c = {.min_links = 1, .by_paragraph = 1};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (ko_task_init(&c.gen, tasks, 3) < 0)
		ko_fatal(c.gen.errcode, "%s", c.gen.err);
	c.gen.mx.holes = 1; /* (few sentences of a text are asked about) */
	links_init(&c);
	order_init(&c);
	ends_init(&c);
#if defined(__x86_64__) || defined(__i386__)
	c.popcnt = __builtin_cpu_supports("popcnt");
#endif
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		shuffle_sent(&c, r);
	/* a --words-field no record has (misspelt) made nothing of any: a
	 * data error, as a -f no record has is */
	if (c.words_missing && !run.stop) {
		if (c.words_missing == c.words_asked) {
			ko_warn("no record had the --words-field \"%s\" (%zu read): check --words-field",
			        c.words_field, c.words_asked);
			ko_fail();
		} else {
			ko_warn("%zu of %zu records had no --words-field \"%s\"", c.words_missing,
			        c.words_asked, c.words_field);
		}
	}
	ko_task_notes(&c.gen, &run);
	ko_task_free(&c.gen);
	ko_buf_free(&c.items);
	ko_buf_free(&c.list);
	ko_buf_free(&c.num);
	ko_buf_free(&c.answer);
	for (size_t i = 0; i < c.capsent; i++)
		free(c.sent[i].stem);
	free(c.sent);
	free(c.blank);
	free(c.fit);
	free(c.unit);
	free(c.order);
	return ko_close(&run);
}
