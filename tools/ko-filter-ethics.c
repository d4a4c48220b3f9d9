/* ko-filter-ethics - keep unethical text out of fine-tuning data.
 *
 * Three judges, combinable: the labels a record carries (AI-Hub text
 * ethics: types, is_immoral, intensity), a lexicon matched on forms of the
 * text that undo the usual disguises (ㅅㅂ, 씨.발, 씨1발, 씨X, ㅆㅣ발, tlqkf
 * typed in the Latin layout, 씨 발), and a linear classifier over hashed
 * character n-grams. The lexicon is data (ko-filter-ethics-lexicon.h);
 * the default model is a file trained by `ko-filter-ethics train` and
 * compiled in (tools/ko-filter-ethics.model, its sources and licence in
 * tools/ko-filter-ethics.model.txt).
 *
 * A long text is judged in segments (lines, and sentences gathered up to
 * about a comment's length), because the model learnt from comments and
 * sentences: one abusive sentence in a long document must not be diluted
 * by the rest, and its score is the highest of its segments.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>
#include <wchar.h>

#include "ko.h"
#include "ko-filter-ethics-lexicon.h"
#include "ko-filter-ethics-claims.h"
#include "ethics-model.h" /* build/: eth_model_default[], from the .model file */

/* ---- matching forms ---- */

#define WILD 0x110001u /* a mask letter (씨X): stands for any one letter */
#define BOS 0x110002u  /* segment edges for the classifier's n-grams */
#define EOS 0x110003u
#define GEN_DA 0xB2E4u  /* 다, a generaliser glued to a wish (다죽었으면) */
#define YOUNG_1 0xC0C8u /* 새끼 */
#define YOUNG_2 0xB07Cu
#define NSYL (KO_SYL_LAST - KO_SYL_FIRST + 1)
#define NELEM(a) (sizeof(a) / sizeof *(a))

/* One token (a word between spaces) of the matching form. */
struct tok {
	size_t b, e;   /* its units */
	int has_digit; /* in the form with digits */
	int loose;     /* it has a loose jamo, a Latin letter or a mask */
	size_t cb, ce; /* its code points in the judge's text */
};

/* A matching form: letters (syllables, loose jamo, Latin, digits when
 * kept), punctuation and symbols dropped, words kept apart as tokens. */
struct form {
	uint32_t *u;
	size_t n, cap;
	struct tok *t;
	size_t nt, tcap;
	/* in the form of the words with a letter put in (insert_word): the
	 * units a left-out letter stood before */
	size_t *gap, ngap, gcap;
};

static void form_clear(struct form *f) { f->n = f->nt = f->ngap = 0; }

/* Room for n more units. */
static void form_reserve(struct form *f, size_t n)
{
	if (f->n + n > f->cap) {
		f->cap = 2 * (f->n + n) + 256;
		f->u = ko_xrealloc(f->u, f->cap * sizeof *f->u);
	}
}

/* The token of unit i (looked up only for lexicon hits, which are rare:
 * cheaper than a token number stored with every unit). */
static size_t tok_of(const struct form *f, size_t i)
{
	size_t lo = 0, hi = f->nt;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (f->t[mid].b <= i)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

static void form_free(struct form *f)
{
	free(f->u), free(f->t), free(f->gap);
}

/* Compatibility jamo U+3131..U+314E: leading and trailing indices (-1, 0:
 * none), in the order of that block. */
static const signed char cho_of[30] = {0, 1, -1, 2, -1, -1, 3, 4, 5, -1, -1, -1, -1, -1, -1,
                                       -1, 6, 7, 8, -1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18};
static const signed char jong_of[30] = {1, 2, 3, 4, 5, 6, 7, 0, 8, 9, 10, 11, 12, 13, 14,
                                        15, 16, 17, 0, 18, 19, 20, 21, 22, 0, 23, 24, 25, 26, 27};

static int is_cons(uint32_t c) { return c >= 0x3131 && c <= 0x314E; }
static int is_vowel(uint32_t c) { return c >= 0x314F && c <= 0x3163; }

/* Two vowels typed one after the other that make one (ㅗ ㅏ: ㅘ). */
static int vowel_pair(int a, int b)
{
	static const signed char p[][3] = {{8, 0, 9}, {8, 1, 10}, {8, 20, 11}, {13, 4, 14},
	                                   {13, 5, 15}, {13, 20, 16}, {18, 20, 19}};
	for (size_t i = 0; i < sizeof p / sizeof p[0]; i++)
		if (p[i][0] == a && p[i][1] == b)
			return p[i][2];
	return -1;
}

/* Two trailing consonants that make one (ㄹ ㄱ: ㄺ); b a compatibility jamo. */
static int jong_pair(int a, uint32_t b)
{
	static const struct { signed char a; unsigned short b; signed char t; } p[] = {
		{1, 0x3145, 3}, {4, 0x3148, 5}, {4, 0x314E, 6}, {8, 0x3131, 9},
		{8, 0x3141, 10}, {8, 0x3142, 11}, {8, 0x3145, 12}, {8, 0x314C, 13},
		{8, 0x314D, 14}, {8, 0x314E, 15}, {17, 0x3145, 18},
	};
	for (size_t i = 0; i < sizeof p / sizeof p[0]; i++)
		if (p[i].a == a && p[i].b == b)
			return p[i].t;
	return -1;
}

/* Compose a run of compatibility jamo into syllables in place, as a
 * two-set Korean keyboard does (a consonant before a vowel starts a new
 * syllable). Returns the new length; *all is 0 when a letter was left
 * loose. */
static size_t compose(uint32_t *j, size_t n, int *all)
{
	size_t i = 0, o = 0;
	*all = 1;
	while (i < n) {
		uint32_t c = j[i];
		if (is_cons(c) && cho_of[c - 0x3131] >= 0 && i + 1 < n && is_vowel(j[i + 1])) {
			int L = cho_of[c - 0x3131], V = (int)(j[i + 1] - 0x314F), T = 0, x;
			i += 2;
			if (i < n && is_vowel(j[i]) && (x = vowel_pair(V, (int)(j[i] - 0x314F))) >= 0)
				V = x, i++;
			if (i < n && is_cons(j[i]) && jong_of[j[i] - 0x3131] > 0 &&
			    !(i + 1 < n && is_vowel(j[i + 1]))) {
				T = jong_of[j[i] - 0x3131];
				i++;
				if (i < n && is_cons(j[i]) && (x = jong_pair(T, j[i])) > 0 &&
				    !(i + 1 < n && is_vowel(j[i + 1])))
					T = x, i++;
			}
			j[o++] = (uint32_t)ko_hangul_join(L, V, T);
		} else {
			j[o++] = c;
			i++;
			*all = 0;
		}
	}
	return o;
}

/* The two-set Korean keyboard: the jamo on each Latin key, lower case and
 * shifted (shift only changes ㅂㅈㄷㄱㅅㅐㅔ). */
static uint32_t key_jamo(uint32_t c)
{
	static const char *const low = "ㅁㅠㅊㅇㄷㄹㅎㅗㅑㅓㅏㅣㅡㅜㅐㅔㅂㄱㄴㅅㅕㅍㅈㅌㅛㅋ";
	switch (c) {
	case 'Q': return 0x3143; /* ㅃ */
	case 'W': return 0x3149; /* ㅉ */
	case 'E': return 0x3138; /* ㄸ */
	case 'R': return 0x3132; /* ㄲ */
	case 'T': return 0x3146; /* ㅆ */
	case 'O': return 0x3152; /* ㅒ */
	case 'P': return 0x3156; /* ㅖ */
	}
	if (c >= 'A' && c <= 'Z')
		c += 32;
	/* three bytes each, all well formed */
	const unsigned char *k = (const unsigned char *)low + 3 * (c - 'a');
	return (uint32_t)(k[0] & 0x0F) << 12 | (uint32_t)(k[1] & 0x3F) << 6 | (k[2] & 0x3F);
}

/* ko_tolower with the two common cases inline: ASCII and Hangul. */
static uint32_t lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (ko_is_hangul_syllable(c) || ko_is_compat_jamo(c))
		return c;
	return ko_tolower(c);
}

static int is_latin(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Shortest run of Latin letters read as Korean typed in the wrong layout:
 * shorter English words compose into syllables too often (to: 새). */
#define KEYBOARD_MIN 4

/* 1 if c may stand for a masked letter next to Hangul (씨X, 개**). */
static inline int is_mask(uint32_t c)
{
	return c == 'x' || c == 'X' || c == '*' || c == 0x25CB || c == 0x25CF || c == 0x25EF ||
	       c == 0xFF0A;
}


static int form_units(struct form *f, const uint32_t *w, size_t n, int digits);

/* Append one word in[0..n) (code points, NFKC, no spaces) to the form:
 * loose jamo and keyboard-typed Latin composed, masks next to Hangul made
 * WILD, punctuation and symbols dropped, letters case folded, digits kept
 * only when digits is set, a run of one unit capped at two. w is scratch
 * of n units, used only when there is something to compose. Returns 1
 * when the word has an ASCII digit. */
static int form_word(struct form *f, const uint32_t *in, uint32_t *w, size_t n, int digits)
{
	size_t o = 0;
	int all, plain = 1;
	for (size_t i = 0; i < n && plain; i++)
		plain = !ko_is_modern_compat_jamo(in[i]) && !is_latin(in[i]);
	if (plain)
		return form_units(f, in, n, digits);
	if (w != in)
		memcpy(w, in, n * sizeof *w);
	for (size_t i = 0; i < n;) {
		size_t k = i;
		if (ko_is_modern_compat_jamo(w[i])) {
			while (k < n && ko_is_modern_compat_jamo(w[k]))
				k++;
			size_t m = compose(w + i, k - i, &all);
			memmove(w + o, w + i, m * sizeof *w);
			o += m;
		} else if (is_latin(w[i])) {
			while (k < n && is_latin(w[k]))
				k++;
			size_t m = k - i;
			if (m >= KEYBOARD_MIN) {
				uint32_t tmp[64];
				if (m <= 64) {
					for (size_t q = 0; q < m; q++)
						tmp[q] = key_jamo(w[i + q]);
					size_t c = compose(tmp, m, &all);
					if (all) {
						memcpy(w + o, tmp, c * sizeof *w);
						o += c;
						i = k;
						continue;
					}
				}
			}
			memmove(w + o, w + i, m * sizeof *w);
			o += m;
		} else {
			w[o++] = w[i];
			k = i + 1;
		}
		i = k;
	}
	return form_units(f, w, o, digits);
}

/* The second half of form_word: units of a word whose jamo and keyboard
 * Latin are composed. */
static int form_units(struct form *f, const uint32_t *w, size_t n, int digits)
{
	struct tok t = {.b = f->n};
	form_reserve(f, n);
	for (size_t i = 0; i < n; i++) {
		uint32_t c = w[i], u;
		if (ko_is_hangul_syllable(c)) {
			u = c;
		} else if ((is_mask(c) && i > 0 &&
		            (ko_is_hangul_syllable(w[i - 1]) ||
		             (is_mask(w[i - 1]) && f->n && f->u[f->n - 1] == WILD))) ||
		           ((c | 0x20) == 'h' && i > 1 && w[i - 1] == '^' &&
		            ko_is_hangul_syllable(w[i - 2]))) {
			/* ^H, the caret notation of a backspace, after a
			 * syllable: a letter typed and erased (십^H퀴) */
			u = WILD;
			t.loose = 1;
		} else if (c >= '0' && c <= '9') {
			t.has_digit = 1;
			if (!digits)
				continue;
			u = c;
		} else if (ko_is_compat_jamo(c)) {
			u = c;
			t.loose = 1;
		} else if (c < 0x80) {
			if (!is_latin(c))
				continue; /* ASCII punctuation and symbols */
			u = c | 0x20;
			t.loose = 1;
		} else {
			int cat = ko_category(c);
			if (cat < UTF8PROC_CATEGORY_LU || cat > UTF8PROC_CATEGORY_NO)
				continue; /* punctuation, symbols, format and control */
			u = ko_tolower(c);
		}
		if (f->n - t.b >= 2 && f->u[f->n - 1] == u && f->u[f->n - 2] == u)
			continue;
		f->u[f->n++] = u;
	}
	t.e = f->n;
	if (t.e == t.b)
		return t.has_digit;
	if (f->nt == f->tcap) {
		f->tcap = f->tcap ? 2 * f->tcap : 64;
		f->t = ko_xrealloc(f->t, f->tcap * sizeof *f->t);
	}
	f->t[f->nt++] = t;
	return t.has_digit;
}

/* ---- the lexicon ---- */

struct entry {
	uint32_t *u;
	size_t n;
	int category; /* -1 for an exception */
	int flags;
	int digits; /* matched on the form with digits */
	/* how the entry is written here: as it is (0), a letter masked
	 * (VAR_MASK), or a letter as its leading consonant (VAR_CONS: the
	 * unit at sub) */
	int var;
	size_t sub;
	const char *text;
	size_t next; /* hash chain, +1 */
};

struct lexicon {
	struct entry *e;
	size_t n, cap;
	size_t *head; /* hash buckets, entry index + 1 */
	size_t mask;
	size_t maxlen;
	/* Filters before the hash lookups: a bit per first unit of every
	 * entry (and of 새끼, for quiet_young), per first unit of the
	 * one-letter entries, and per hash of the first two units of the
	 * others. A unit's low 16 bits stand for it. */
	unsigned char first[8192], one[8192], two[8192];
	unsigned char first_syl[NSYL]; /* first's bit of each syllable, a byte */
	char **owned;               /* strings of --lexicon files */
	size_t nowned;
};

static uint64_t unit_mix(uint64_t h, uint32_t u)
{
	return (h ^ u) * 0x100000001B3ull;
}

static uint32_t pair_bit(uint32_t a, uint32_t b)
{
	return (uint32_t)(((uint64_t)a * 0x9E3779B1u ^ b) * 0x85EBCA77u) >> 16 & 0xFFFF;
}

enum { VAR_PLAIN, VAR_MASK, VAR_CONS };

static void lex_add(struct lexicon *L, const uint32_t *u, size_t n, int cat, int flags,
                    int digits, const char *text, int var, size_t sub)
{
	if (L->n == L->cap) {
		L->cap = L->cap ? 2 * L->cap : 512;
		L->e = ko_xrealloc(L->e, L->cap * sizeof *L->e);
	}
	struct entry *e = &L->e[L->n++];
	e->u = ko_xmalloc(n * sizeof *u);
	memcpy(e->u, u, n * sizeof *u);
	e->n = n;
	e->category = cat;
	e->flags = flags;
	e->digits = digits;
	e->text = text;
	e->var = var;
	e->sub = sub;
	if (n > L->maxlen)
		L->maxlen = n;
}

/* The compatibility jamo of each leading consonant (the inverse of
 * cho_of). */
static const uint16_t cho_compat[KO_NCHO] = {
	0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
	0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
};

/* Put an entry in: its form, and (entries of two letters or more, unless
 * marked ETH_NOMASK) each form with one letter but the first masked, so
 * that 씨X finds 씨발, and, for an entry of syllables alone, each form
 * with one syllable but the first written as its leading consonant, so
 * that 씨ㅂ finds 씨발 and 성ㅁ매 성매매 (hit_ok says where). An entry
 * marked ETH_DISGUISED is put in as it is too, but hit_ok lets that
 * form match only in the form of the words with a letter put in
 * (build_forms: 성ㅋ매매). */
static int lex_word(struct lexicon *L, struct form *f, uint32_t **scratch, size_t *scap,
                    const char *text, int cat, int flags)
{
	size_t n = strlen(text), k = 0;
	if (n + 1 > *scap) {
		*scap = n + 1;
		*scratch = ko_xrealloc(*scratch, *scap * sizeof **scratch);
	}
	for (size_t i = 0; i < n;) {
		uint32_t c;
		int m = ko_utf8_decode(text + i, n - i, &c);
		if (m < 0)
			return -1;
		(*scratch)[k++] = c;
		i += (size_t)m;
	}
	form_clear(f);
	form_word(f, *scratch, *scratch, k, 1);
	if (!f->n)
		return -1;
	/* An entry written as words (우한 폐렴) matches them spaced too. */
	if (cat >= 0 && memchr(text, ' ', n))
		flags |= ETH_SPACED;
	int digits = f->nt && f->t[0].has_digit, syllables = 1;
	lex_add(L, f->u, f->n, cat, flags, digits, text, VAR_PLAIN, 0);
	for (size_t i = 0; i < f->n; i++)
		syllables &= ko_is_hangul_syllable(f->u[i]);
	if (cat >= 0 && f->n >= 2 && !(flags & ETH_NOMASK))
		for (size_t i = 1; i < f->n; i++) {
			uint32_t keep = f->u[i];
			if (keep == WILD)
				continue;
			f->u[i] = WILD;
			lex_add(L, f->u, f->n, cat, flags, digits, text, VAR_MASK, i);
			if (syllables) {
				f->u[i] = cho_compat[(keep - KO_SYL_FIRST) / (KO_NJUNG * KO_NJONG)];
				lex_add(L, f->u, f->n, cat, flags, digits, text, VAR_CONS, i);
			}
			f->u[i] = keep;
		}
	return 0;
}

static void lex_index(struct lexicon *L)
{
	size_t nb = 64;
	while (nb < 2 * L->n)
		nb *= 2;
	free(L->head);
	L->head = ko_xcalloc(nb, sizeof *L->head);
	L->mask = nb - 1;
	memset(L->first, 0, sizeof L->first);
	memset(L->one, 0, sizeof L->one);
	memset(L->two, 0, sizeof L->two);
	L->first[(YOUNG_1 & 0xFFFF) >> 3] |= (unsigned char)(1u << (YOUNG_1 & 7));
	for (size_t i = 0; i < L->n; i++) {
		struct entry *e = &L->e[i];
		uint64_t h = 0xCBF29CE484222325ull;
		for (size_t k = 0; k < e->n; k++)
			h = unit_mix(h, e->u[k]);
		h ^= e->n;
		e->next = L->head[h & L->mask];
		L->head[h & L->mask] = i + 1;
		uint32_t k = e->n == 1 ? e->u[0] & 0xFFFF : pair_bit(e->u[0], e->u[1]);
		(e->n == 1 ? L->one : L->two)[k >> 3] |= (unsigned char)(1u << (k & 7));
		k = e->u[0] & 0xFFFF;
		L->first[k >> 3] |= (unsigned char)(1u << (k & 7));
	}
	for (uint32_t c = KO_SYL_FIRST; c <= KO_SYL_LAST; c++)
		L->first_syl[c - KO_SYL_FIRST] = L->first[c >> 3] >> (c & 7) & 1;
}

static int category_of(const char *name)
{
	for (int i = 0; i < ETH_NCAT; i++)
		if (!strcasecmp(name, eth_category_names[i]))
			return i;
	return -2;
}

/* A --lexicon file: lines "CATEGORY WORD", "EXCEPT WORD", # comments. A
 * word may start with = (whole word) or ^ (word start). Read as every
 * input is (ko_reader), so a gzipped lexicon, a BOM and CRLF are fine. */
static void lex_file(struct lexicon *L, struct form *f, uint32_t **scratch, size_t *scap,
                     const char *path)
{
	char *name = (char *)path;
	struct ko_reader *rd = ko_reader_open(&name, 1);
	struct ko_buf b = {0};
	const char *line;
	size_t len, lineno = 0;
	int k, first;
	while ((k = ko_reader_next(rd, &line, &len, &first)) > 0) {
		lineno++;
		if (memchr(line, 0, len))
			ko_die("%s:%zu: a NUL byte", path, lineno);
		while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t' || line[len - 1] == '\r'))
			len--;
		ko_buf_clear(&b);
		ko_buf_add(&b, line, len);
		ko_buf_addc(&b, 0);
		char *p = b.p;
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p || *p == '#')
			continue;
		char *w = p + strcspn(p, " \t");
		if (!*w)
			ko_die("%s:%zu: expected CATEGORY WORD", path, lineno);
		*w++ = 0;
		while (*w == ' ' || *w == '\t')
			w++;
		int cat = !strcasecmp(p, "EXCEPT") ? -1 : category_of(p);
		if (cat == -2)
			ko_die("%s:%zu: unknown category '%s'", path, lineno, p);
		int flags = 0;
		if (*w == '=')
			flags = ETH_WORD, w++;
		else if (*w == '^')
			flags = ETH_START, w++;
		if (ko_utf8_check(w, strlen(w)) != strlen(w))
			ko_die("%s:%zu: not UTF-8", path, lineno);
		L->owned = ko_xrealloc(L->owned, (L->nowned + 1) * sizeof *L->owned);
		char *s = L->owned[L->nowned++] = ko_xstrdup(w);
		if (lex_word(L, f, scratch, scap, s, cat, flags) < 0)
			ko_die("%s:%zu: no letters in '%s'", path, lineno, w);
	}
	if (k < 0)
		ko_die("%s", ko_reader_error(rd));
	ko_buf_free(&b);
	ko_reader_close(rd);
}

/* The forms the lexicon reads (struct judge): the matching form, the
 * form with digits of the words that have one, and the form of the
 * words with a letter put in between two syllables, left out. */
enum { FORM_MAIN, FORM_DIGITS, FORM_INSERT };

/* A hit of an entry on [b, e) of a form. */
struct hit {
	size_t b, e;
	const struct entry *en;
};

/* 1 if the match [b, e) obeys its entry's rules: a match across spaces
 * is whole words, all but the last one letter long (씨 발, 개 새끼; not
 * 질병 신고 nor 시 발전), or any for an entry written as words (우한
 * 폐렴이; 1월5일.중국 바이러스, whose word has lost its full stop); W a
 * whole word; S a word start; a number in the entry is the whole number. */
static int hit_ok(const struct form *f, const struct entry *en, size_t b, size_t e, int kind)
{
	size_t tb = tok_of(f, b), te = tok_of(f, e - 1);
	int start = f->t[tb].b == b, end = f->t[te].e == e;
	/* An entry found only when disguised (성매매 is prose; 성ㅁ매, 성*매
	 * and 성ㅋ매매 hide it from a filter) */
	if ((en->flags & ETH_DISGUISED) && en->var == VAR_PLAIN) {
		size_t g = 0;
		if (kind != FORM_INSERT)
			return 0;
		while (g < f->ngap && f->gap[g] <= b)
			g++;
		if (g == f->ngap || f->gap[g] >= e) /* the letter put in elsewhere */
			return 0;
	}
	/* A consonant standing for a syllable (씨ㅂ, 씨ㅂ놈, 성ㅁ매) is
	 * inside a word, not a word of its own (야 ㄷ), and not the start
	 * of a run of one letter (야ㄷㄷ: a shiver, not 야동; 병ㅅㅋㅋ is
	 * 병ㅅ and a laugh). */
	if (en->var == VAR_CONS) {
		if (tb != te)
			return 0;
		if (b + en->sub + 1 == e && e < f->t[te].e && f->u[e] == f->u[e - 1])
			return 0;
	}
	if (tb != te && !(en->flags & ETH_SPACED)) {
		if (!start || !end)
			return 0;
		for (size_t t = tb; t < te; t++)
			if (f->t[t].e - f->t[t].b != 1)
				return 0;
	}
	if ((en->flags & ETH_WORD) && !(start && end))
		return 0;
	if ((en->flags & ETH_START) && !start)
		return 0;
	/* A mask standing for the second letter of a two-letter entry ends
	 * its word (씨X, 씨X 놈): inside a word (보*가) it is punctuation. */
	if (en->n == 2 && f->u[b + 1] == WILD && !end)
		return 0;
	if (en->digits) {
		if (en->u[0] <= '9' && en->u[0] >= '0' && b > f->t[tb].b && f->u[b - 1] <= '9' &&
		    f->u[b - 1] >= '0')
			return 0;
		if (en->u[en->n - 1] <= '9' && en->u[en->n - 1] >= '0' && e < f->t[te].e &&
		    f->u[e] <= '9' && f->u[e] >= '0')
			return 0;
	}
	return 1;
}

/* The matches of the lexicon that start at unit i of form f into hits
 * (lex_scan); two: the filter lets entries of two units and more
 * through. */
static __attribute__((noinline)) void lex_at(const struct lexicon *L, const struct form *f,
                                             size_t i, int kind, int two, struct hit **hits,
                                             size_t *nh, size_t *hcap)
{
	int digits = kind == FORM_DIGITS;
	uint64_t h = 0xCBF29CE484222325ull;
	for (size_t len = 1; len <= L->maxlen && i + len <= f->n; len++) {
		if (len == 2 && !two)
			break;
		h = unit_mix(h, f->u[i + len - 1]);
		uint64_t hh = h ^ len;
		for (size_t x = L->head[hh & L->mask]; x; x = L->e[x - 1].next) {
			const struct entry *en = &L->e[x - 1];
			if (en->n != len || en->digits != digits ||
			    memcmp(en->u, f->u + i, len * sizeof *en->u))
				continue;
			if (en->category >= 0 && !hit_ok(f, en, i, i + len, kind))
				continue;
			if (*nh == *hcap) {
				*hcap = *hcap ? 2 * *hcap : 16;
				*hits = ko_xrealloc(*hits, *hcap * sizeof **hits);
			}
			(*hits)[(*nh)++] = (struct hit){i, i + len, en};
		}
	}
}

/* The units of form f that may start an entry, into *cand: most units
 * start none, and one bit each tells. Gathered without a branch on each
 * unit: a quarter of the syllables of prose pass, a branch the processor
 * could not foretell. build_forms gathers those of J->f as it builds it.
 * Returns their number. */
static size_t lex_candidates(const struct lexicon *L, const struct form *f, size_t **cand,
                             size_t *ccap)
{
	const uint32_t *u = f->u;
	const unsigned char *first = L->first;
	size_t n = f->n, nc = 0;
	if (n > *ccap) {
		*ccap = n + 256;
		*cand = ko_xrealloc(*cand, *ccap * sizeof **cand);
	}
	size_t *c = *cand;
	for (size_t i = 0; i < n; i++) {
		uint32_t u0 = u[i] & 0xFFFF;
		c[nc] = i;
		nc += first[u0 >> 3] >> (u0 & 7) & 1;
	}
	return nc;
}

/* Every match of the lexicon in form f (of kind FORM_*: in the form with
 * digits only entries with digits are looked for) that starts at
 * one of its units cand[0..nc) (lex_candidates) into hits: entries, then
 * exceptions. *young (when not NULL) is set if f has 새끼, as a text that
 * has it does (quiet_young). */
static void lex_scan(const struct lexicon *L, const struct form *f, int kind,
                     const size_t *cand, size_t nc, struct hit **hits, size_t *nh, size_t *hcap,
                     int *young)
{
	const uint32_t *u = f->u;
	size_t n = f->n;
	for (size_t k = 0; k < nc; k++) {
		size_t i = cand[k];
		uint32_t u0 = u[i] & 0xFFFF;
		if (young && u[i] == YOUNG_1 && i + 1 < n && u[i + 1] == YOUNG_2)
			*young = 1;
		uint32_t u2 = i + 1 < n ? pair_bit(u[i], u[i + 1]) : 0;
		int one = L->one[u0 >> 3] >> (u0 & 7) & 1,
		    two = i + 1 < n && (L->two[u2 >> 3] >> (u2 & 7) & 1);
		if (one || two)
			lex_at(L, f, i, kind, two, hits, nh, hcap);
	}
}

/* ---- the classifier ---- */

/* A model file: MODEL_MAGIC, then little-endian 32-bit words: bits,
 * FEATURE_VERSION, bias (16.16 fixed point), threshold (times 10000),
 * weight scale (16.16), 0; then 2^bits signed bytes, weight times scale. Bytes
 * rather than 16-bit weights: half the cache the hot path reads from,
 * which measured 5-10% faster, and the rounding moves a score by about
 * 0.02 in logit. */
#define MODEL_MAGIC "KOETHIC1"
#define MODEL_HEAD 32
#define FEATURE_VERSION 4

struct model {
	int bits;
	double bias, threshold, scale;
	int8_t *q;    /* 2^bits quantised weights, when scoring */
	double *w;    /* while training */
	/* When scoring, the weights of the grams that depend on one syllable
	 * alone, looked up rather than hashed: the syllable as a 1-gram of the
	 * text, and its three jamo as a 3-gram when it has a final consonant;
	 * and each leading consonant and vowel pair as jamo units packed. */
	int8_t *syl1, *syl3;
	uint64_t lv[KO_NCHO * KO_NJUNG];
	/* And the grams of two syllables' jamo and of a syllable next to a
	 * space, small tables in the cache where the 2^bits weights are not:
	 * syl_sp and sp_syl the 2-grams syllable-space and space-syllable;
	 * jb the jamo 3-gram of a syllable's leading consonant after the two
	 * jamo that end the syllable before (its state, JAMO_STATES of them:
	 * vowel-final consonant, or leading consonant-vowel), ja the 3-gram
	 * of its leading consonant and vowel after the last jamo before
	 * (final consonant or vowel). */
	int8_t *syl_sp, *sp_syl, *ja, *jb, sp;
	struct jamo_next *next; /* by syllable: its rows in ja and jb */
};

/* A syllable in the jamo stream, for the lookups: its leading consonant
 * and vowel (ja's column), leading consonant (jb's), the weight of its
 * 3-gram with a final consonant (0 without one: syl3), and the rows of ja
 * and jb of the syllable after it. */
struct jamo_next {
	uint16_t lv, ta, tb;
	uint8_t l;
	int8_t w3;
};

/* The jamo that end a syllable, as the state of the jamo stream: a vowel
 * and final consonant (21 x 27), or a leading consonant and vowel (399). */
#define JAMO_STATES (KO_NJUNG * (KO_NJONG - 1) + KO_NCHO * KO_NJUNG)
/* The last jamo of a syllable: a vowel (21) or a final consonant (27). */
#define JAMO_LAST (KO_NJUNG + KO_NJONG - 1)

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put32(struct ko_buf *b, uint32_t v)
{
	unsigned char c[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
	                      (unsigned char)(v >> 24)};
	ko_buf_add(b, c, 4);
}

/* A gram is its code points packed 21 bits each (the last in the low
 * bits; none is 0, so 1-, 2- and 3-grams differ), JAMO_GRAM set for the
 * jamo stream: one multiply per feature rather than one per unit. */
#define UNIT_BITS 21
#define UNIT_MASK ((1ull << UNIT_BITS) - 1)
#define GRAM2_MASK ((1ull << 2 * UNIT_BITS) - 1)
#define GRAM3_MASK ((1ull << 3 * UNIT_BITS) - 1)
#define JAMO_GRAM (1ull << 63)

static inline size_t bucket(uint64_t h, int bits)
{
	h ^= h >> 29;
	return (size_t)((h * 0x9E3779B97F4A7C15ull) >> (64 - bits));
}

/* The jamo units of a syllable's leading consonant and vowel, packed as
 * in a gram. */
static uint64_t jamo_lv(int l, int v)
{
	return (uint64_t)(KO_CHO_BASE + (uint32_t)l) << UNIT_BITS | (KO_JUNG_BASE + (uint32_t)v);
}

/* The lookup tables of a model (struct model): lv for training and
 * scoring, syl1 and syl3 from the weights q when scoring. */
static void model_tables(struct model *m)
{
	for (int l = 0; l < KO_NCHO; l++)
		for (int v = 0; v < KO_NJUNG; v++)
			m->lv[l * KO_NJUNG + v] = jamo_lv(l, v);
	if (!m->q)
		return;
	m->syl1 = ko_xmalloc(NSYL), m->syl3 = ko_xmalloc(NSYL);
	m->syl_sp = ko_xmalloc(NSYL), m->sp_syl = ko_xmalloc(NSYL);
	for (uint32_t s = 0; s < NSYL; s++) {
		uint32_t t = s % KO_NJONG;
		uint64_t lv = m->lv[s / KO_NJONG], c = KO_SYL_FIRST + s;
		m->syl1[s] = m->q[bucket(c, m->bits)];
		m->syl3[s] = t ? m->q[bucket((lv << UNIT_BITS | (KO_JONG_BASE + t)) | JAMO_GRAM, m->bits)] : 0;
		m->syl_sp[s] = m->q[bucket(c << UNIT_BITS | ' ', m->bits)];
		m->sp_syl[s] = m->q[bucket((uint64_t)' ' << UNIT_BITS | c, m->bits)];
	}
	m->sp = m->q[bucket(' ', m->bits)];
	/* ja by last jamo and leading consonant-vowel, jb by state and
	 * leading consonant (jamo_state) */
	m->ja = ko_xmalloc(JAMO_LAST * KO_NCHO * KO_NJUNG), m->jb = ko_xmalloc(JAMO_STATES * KO_NCHO);
	for (uint32_t p = 0; p < JAMO_LAST; p++) {
		uint64_t p1 = p < KO_NJUNG ? KO_JUNG_BASE + p : KO_JONG_BASE + 1 + (p - KO_NJUNG);
		for (uint32_t lv = 0; lv < KO_NCHO * KO_NJUNG; lv++)
			m->ja[p * KO_NCHO * KO_NJUNG + lv] =
				m->q[bucket(p1 << 2 * UNIT_BITS | m->lv[lv] | JAMO_GRAM, m->bits)];
	}
	for (uint32_t st = 0; st < JAMO_STATES; st++) {
		uint64_t p21 = st < KO_NCHO * KO_NJUNG
		                       ? m->lv[st]
		                       : (uint64_t)(KO_JUNG_BASE + (st - KO_NCHO * KO_NJUNG) / (KO_NJONG - 1)) << UNIT_BITS |
		                                 (KO_JONG_BASE + 1 + (st - KO_NCHO * KO_NJUNG) % (KO_NJONG - 1));
		for (uint32_t l = 0; l < KO_NCHO; l++)
			m->jb[st * KO_NCHO + l] =
				m->q[bucket(p21 << UNIT_BITS | (KO_CHO_BASE + l) | JAMO_GRAM, m->bits)];
	}
	m->next = ko_xmalloc(NSYL * sizeof *m->next);
	for (uint32_t s = 0; s < NSYL; s++) {
		uint32_t lvi = s / KO_NJONG, t = s % KO_NJONG, v = lvi % KO_NJUNG;
		m->next[s] = (struct jamo_next){
			.lv = (uint16_t)lvi,
			.ta = (uint16_t)((t ? KO_NJUNG - 1 + t : v) * (KO_NCHO * KO_NJUNG)),
			.tb = (uint16_t)((t ? KO_NCHO * KO_NJUNG + v * (KO_NJONG - 1) + t - 1 : lvi) * KO_NCHO),
			.l = (uint8_t)(lvi / KO_NJUNG),
			.w3 = m->syl3[s],
		};
	}
}

/* Read a model from its bytes; NULL, or a reason. Without scoring set
 * only its header is kept (the threshold): the lexicon alone judges, and
 * the weights and their tables (a megabyte, some 3 million instructions)
 * would go unread. */
static const char *model_read(struct model *m, const unsigned char *p, size_t n, int scoring)
{
	if (n < MODEL_HEAD || memcmp(p, MODEL_MAGIC, 8))
		return "not a ko-filter-ethics model";
	uint32_t bits = get32(p + 8);
	if (get32(p + 12) != FEATURE_VERSION)
		return "model made for another version of the features";
	if (bits >= 10 && bits <= 24 && n > MODEL_HEAD + ((size_t)1 << bits))
		return "model file longer than its header says (bytes after the model) or damaged";
	if (bits < 10 || bits > 24 || n != MODEL_HEAD + ((size_t)1 << bits) || !get32(p + 24))
		return "model file truncated or damaged";
	m->bits = (int)bits;
	m->bias = (int32_t)get32(p + 16) / 65536.0;
	m->threshold = get32(p + 20) / 10000.0;
	m->scale = get32(p + 24) / 65536.0;
	if (!scoring)
		return NULL;
	size_t nw = (size_t)1 << bits;
	m->q = ko_xmalloc(nw * sizeof *m->q);
	memcpy(m->q, p + MODEL_HEAD, nw);
	model_tables(m);
	return NULL;
}

/* The features of one segment, as bucket indices (with repeats):
 * code point 1- to 3-grams of the text with its spaces, and 3-grams of the
 * jamo of the matching form (spaces and punctuation gone, loose jamo and
 * keyboard Latin composed: catching 씨X-like partial spellings, initials
 * and words broken by spaces or dots). Measured on held-out and cross-set
 * splits, 4-grams of the text, 2- and 4-grams of the jamo and features of
 * whole words added nothing (within 0.01 F1) and cost time. */
struct feats {
	uint32_t *x;
	size_t n, cap;
	/* When scoring, the weights: features are summed into sum as they
	 * come (n counts them) instead of being stored in x. */
	const int8_t *q;
	int64_t sum;
};

static double sigmoid(double z)
{
	if (z < -30)
		z = -30;
	if (z > 30)
		z = 30;
	return 1.0 / (1.0 + exp(-z));
}

static double model_z(const struct model *m, const struct feats *F)
{
	if (!F->n)
		return m->bias;
	double s = 0;
	if (F->q) {
		s = (double)F->sum / m->scale;
	} else {
		for (size_t i = 0; i < F->n; i++)
			s += m->w[F->x[i]];
	}
	return m->bias + s / sqrt((double)F->n);
}

/* ---- claims about groups: the tables ---- */

/* The tables of ko-filter-ethics-claims.h, each entry as code points.
 * Those before CT_SCANNED are told of a word (it starts with an entry,
 * or is one); those from it on are found anywhere in a sentence
 * (claim_find). */
enum {
	CT_GROUP, CT_HEAD, CT_TOPIC, CT_OBJECT, CT_PLURAL, CT_GEN, CT_GEN_SUFFIX,
	CT_SCANNED, CT_JUDGING = CT_SCANNED, CT_PAST, CT_COERCIVE, CT_MOOD, CT_PAST_MOOD,
	CT_REPORT, CT_DEATH, CT_SAYING, CT_DISEASE, CT_SPREAD, CT_LEWD, CT_BLAME, CT_COND,
	CT_OUTCOME, CT_NTABLES
};
/* CLAIM_HEAD; a wish of death (claim_death_roots); CLAIM_VICTIM; CLAIM_SEX */
enum { CE_HEAD = 1, CE_ROOT = 2, CE_VICTIM = 4, CE_SEX = 8 };
_Static_assert(CT_NTABLES - CT_SCANNED <= 16, "claims.scan_tables has a bit for each");

struct centry {
	const char *text;
	uint32_t off;          /* its code points, in claims.cp */
	unsigned char len, table, flags;
	unsigned short next;   /* the next entry whose first code point has the same hash, + 1 */
	/* a scanned entry: the next one with the same first syllable; a group:
	 * the next one with the same first two (+ 1) */
	unsigned short same;
};

/* A scanned entry found in a sentence: where, which. */
struct cmatch {
	size_t at;
	const struct centry *e;
};

/* What the entries that start with a syllable are (claims.cls). */
enum { CS_GEN = 1, CS_HEAD = 2, CS_PARTICLE = 4, CS_GEN_SUFFIX = 8 };
/* What the words that start with a pair of syllables may begin
 * (claims.pairs). */
enum { PK_GROUP = 1, PK_DISEASE = 2, PK_DEATH = 4 };

struct claims {
	struct centry *e;
	size_t ne;
	uint32_t *cp;
	unsigned short head[512]; /* chains by the hash of the first code point, + 1 */
	unsigned empty;           /* the tables with an empty entry: a bit each */
	unsigned char cls[NSYL]; /* CS_ of each syllable: what its entries are */
	/* of each syllable that starts a word that may begin a claim (a
	 * group, a disease, a wish of death), a bit for each syllable that
	 * follows it there, by its code point mod 32 (claim_start): 18 words
	 * of prose in 19 are told at once */
	uint32_t sig[NSYL];
	/* the first two code points of those words, a hash set, and their
	 * PK_ */
	uint64_t pairs[512];
	unsigned char pair_kind[512];
	unsigned short pair_group[512]; /* the first group with them, + 1 */
	unsigned short scan_first[NSYL]; /* the first scanned entry of each syllable, + 1 */
	uint16_t scan_tables[NSYL];      /* and the tables of those, a bit each from CT_SCANNED */
	/* a sentence's words (CLAIM_MAXTOK), and the slot in pairs of each */
	struct cword { uint32_t b, e; int slot; } w[128];
	size_t nw;
};

/* Whether a word whose first two units are a, b may begin a claim; when
 * it does not, 0 (most words of prose, told at once). */
static inline int claim_start(const struct claims *C, uint32_t a, uint32_t b)
{
	uint32_t s = a - KO_SYL_FIRST;
	return s < NSYL && (C->sig[s] >> (b & 31) & 1);
}

/* ---- one text ---- */

struct judge {
	struct lexicon lex;
	struct model model;
	struct form f, fd, fi; /* FORM_MAIN, FORM_DIGITS, FORM_INSERT */
	struct feats F;
	uint32_t *cp, *w;
	size_t cpcap, wcap;
	struct hit *hits;
	size_t nh, hcap;
	/* code points of innocent words (an exception that covers an
	 * entry's hit: 병신년 새해, 시발점), which the classifier skips */
	struct span {
		size_t b, e;
	} *quiet;
	size_t nquiet, qcap;
	int young; /* the segment's form has 새끼 */
	size_t *cand, ncand, ccap; /* lex_scan's: J->f's from build_forms */
	struct ko_buf nf;
	struct claims C;
	/* the code points where the words of J->f start that claims.sig says
	 * may begin a claim (build_forms); claim_worth tells which do */
	size_t *trig, ntrig;
	/* a segment as UTF-8 for the sentence splitter (segment_windows),
	 * and the code points where its sentences start and end */
	struct ko_buf utf;
	size_t *win, nwin, wincap;
	/* The score at which the classifier backs an ETH_BACKED hit (the
	 * threshold), or -1 when it does not run and such hits count alone;
	 * the segment's first such hit waiting for its score, and whether
	 * the segment tells a story (eth_story_words; -1 not yet read). */
	double backing;
	const struct entry *backed;
	int story;
	/* a bit for each syllable that starts a word of eth_praise_words, and
	 * the first code points of those that start with another letter */
	unsigned char praise_first[(NSYL + 7) / 8];
	uint32_t praise_other[4];
	int npraise_other;
	uint32_t praise_cp[NELEM(eth_praise_words)]; /* each word's first */
	unsigned char praise_len[NELEM(eth_praise_words)]; /* and its bytes */
};

/* What was found in a text. */
struct verdict {
	double score;      /* the classifier's, highest segment; -1 if not run */
	unsigned cats;     /* categories of lexicon hits or labels */
	const char *word;  /* the first lexicon entry hit */
	const char *trait; /* with word a group (ETH_GROUP), the word of contempt */
	int word_cat;
	const struct entry *entry; /* NULL with a claim (claim_segment) */
	int labelled, label_unsafe;
	int read; /* some text of the record was judged */
	unsigned hits;      /* lexicon hits counted */
	size_t segs, hit_segs; /* segments judged, and those with a hit */
	double hit_score;   /* the classifier's highest on a segment with a hit */
	int meta_kept;      /* over the threshold, kept as it names malicious comments */
	int praise_kept;    /* over the threshold, kept as praise (eth_praise_words) */
	int work_kept;      /* over the threshold, kept as criticism of a work (eth_work_words) */
	int contempt;       /* a word of contempt (ETH_TRAIT) without its group */
	size_t chars;       /* code points judged */
};

/* A text of this many segments or more is an article, a post or a
 * dialogue, not a comment: one word of the lexicon in one of its segments,
 * which the classifier does not back there (half the threshold), is a
 * mention (an encyclopedia quotes a slogan, names a film or a crime) and
 * does not make it unsafe; hits in two segments do. */
#define LONG_SEGS 8

static void grow32(uint32_t **p, size_t *cap, size_t n)
{
	if (n > *cap) {
		*cap = n + 256;
		*p = ko_xrealloc(*p, *cap * sizeof **p);
	}
}

/* Whether code points [b, e) of J->cp stand inside title brackets of the
 * words of form f (《지랄발광 17세》, 〈…〉): the title of a work named, not
 * a word said. */
static int in_title(const struct judge *J, const struct form *f, size_t b, size_t e)
{
	size_t lo = f->nt ? f->t[0].cb : b, hi = f->nt ? f->t[f->nt - 1].ce : e, ob = 0;
	const uint32_t *c = J->cp;
	while (b < e && (c[b] == 0x300A || c[b] == 0x3008)) /* the word's own 《 */
		b++;
	uint32_t open = 0;
	for (size_t i = lo; i < b; i++)
		if (c[i] == 0x300A || c[i] == 0x3008)
			open = c[i], ob = i;
		else if (c[i] == 0x300B || c[i] == 0x3009)
			open = 0;
	/* the brackets close after the word, round a title of more than the
	 * word (《지랄발광 17세》, not 《씨발》): a blank inside them */
	int more = 0;
	for (size_t i = ob + 1; open && i < hi; i++) {
		if (c[i] == 0x300A || c[i] == 0x3008)
			return 0;
		if (c[i] == 0x300B || c[i] == 0x3009)
			return i >= b && c[i] == open + 1 && more;
		more |= c[i] == ' ';
	}
	return 0;
}

/* Whether p[0..n) contains the bytes of s. */
static int contains(const char *p, size_t n, const char *s)
{
	size_t k = strlen(s);
	for (const char *q = p, *end = p + n; (size_t)(end - q) >= k;) {
		q = memchr(q, s[0], (size_t)(end - q) - k + 1);
		if (!q)
			return 0;
		if (!memcmp(q, s, k))
			return 1;
		q++;
	}
	return 0;
}

/* Whether one of the nl strings of list is in p[0..n). */
static int contains_any(const char *p, size_t n, const char *const *list, size_t nl)
{
	for (size_t i = 0; i < nl; i++)
		if (contains(p, n, list[i]))
			return 1;
	return 0;
}

/* Whether an ETH_STORY hit ending at unit e of form f tells a plot: the
 * segment of the form's words names a story (eth_story_words) and the
 * units after the hit are a past or a connective (eth_story_after), not
 * 고 before a wish (죽여버리고 싶다). */
static int story_told(struct judge *J, const struct form *f, size_t e)
{
	const uint32_t *u = f->u;
	size_t k = 0, after = 0;
	for (; k < NELEM(eth_story_after) && !after; k++) {
		const char *s = eth_story_after[k];
		size_t m = 0;
		while (*s && e + m < f->n) {
			uint32_t c;
			int len = ko_utf8_decode(s, strlen(s), &c);
			if (len <= 0 || u[e + m] != c)
				break;
			s += len, m++;
		}
		if (!*s)
			after = m;
	}
	if (!after || (e + after < f->n && u[e + after] == 0xC2F6u)) /* 싶 */
		return 0;
	if (J->story < 0) {
		struct ko_buf *b = &J->utf;
		ko_buf_clear(b);
		ko_buf_reserve(b, 4 * (f->t[f->nt - 1].ce - f->t[0].cb) + 1);
		for (size_t i = f->t[0].cb; i < f->t[f->nt - 1].ce; i++)
			b->n += (size_t)ko_utf8_encode(J->cp[i], b->p + b->n);
		J->story = contains_any(b->p, b->n, eth_story_words, NELEM(eth_story_words));
	}
	return J->story;
}

/* Lexicon hits of the current forms that no exception covers, into v
 * (NULL: none wanted); the words of the exceptions that cover one into
 * J->quiet. */
static void lexicon_segment(struct judge *J, struct verdict *v, unsigned types, int digits)
{
	/* a group of people and a word of contempt (ETH_GROUP, ETH_TRAIT):
	 * the first of each in the segment */
	const struct entry *group = NULL, *trait = NULL;
	J->nquiet = 0;
	J->young = 0;
	for (int d = FORM_MAIN; d <= FORM_INSERT; d++) {
		const struct form *f = d == FORM_MAIN ? &J->f : d == FORM_DIGITS ? &J->fd : &J->fi;
		if ((d == FORM_DIGITS && !digits) || (d == FORM_INSERT && !J->fi.nt))
			continue;
		J->nh = 0;
		if (d)
			J->ncand = lex_candidates(&J->lex, f, &J->cand, &J->ccap);
		lex_scan(&J->lex, f, d, J->cand, J->ncand, &J->hits, &J->nh, &J->hcap,
		         d ? NULL : &J->young);
		for (size_t i = 0; i < J->nh; i++) {
			const struct entry *en = J->hits[i].en;
			if (en->category < 0)
				continue;
			size_t k = 0;
			while (k < J->nh && !(J->hits[k].en->category < 0 && J->hits[k].b <= J->hits[i].b &&
			                      J->hits[k].e >= J->hits[i].e))
				k++;
			if (k < J->nh) {
				if (J->nquiet == J->qcap) {
					J->qcap = J->qcap ? 2 * J->qcap : 8;
					J->quiet = ko_xrealloc(J->quiet, J->qcap * sizeof *J->quiet);
				}
				J->quiet[J->nquiet++] = (struct span){f->t[tok_of(f, J->hits[k].b)].cb,
				                                      f->t[tok_of(f, J->hits[k].e - 1)].ce};
				continue;
			}
			if (!v || !(types & (1u << en->category)) ||
			    in_title(J, f, f->t[tok_of(f, J->hits[i].b)].cb,
			             f->t[tok_of(f, J->hits[i].e - 1)].ce))
				continue;
			if (en->flags & (ETH_GROUP | ETH_TRAIT)) {
				const struct entry **w = en->flags & ETH_GROUP ? &group : &trait;
				if (!*w || en < *w)
					*w = en;
				continue;
			}
			if (J->backing >= 0 &&
			    ((en->flags & ETH_BACKED) ||
			     ((en->flags & ETH_STORY) && story_told(J, f, J->hits[i].e)))) {
				if (!J->backed || en < J->backed)
					J->backed = en;
				continue;
			}
			/* The reason names the entry written first in the lexicon
			 * (씨발 rather than another masked 씨X). */
			if (!v->entry || en < v->entry)
				v->word = en->text, v->word_cat = en->category, v->entry = en,
				v->trait = NULL;
			v->cats |= 1u << en->category;
			v->hits++;
		}
	}
	if (trait && v)
		v->contempt = 1;
	if (group && trait) {
		if (!v->entry || group < v->entry)
			v->word = group->text, v->word_cat = group->category, v->entry = group,
			v->trait = trait->text;
		v->cats |= 1u << group->category;
		v->hits++;
	}
}

/* Segments: a line, or in a long line sentences gathered until SEG_MIN
 * characters, a cut at a space forced after SEG_MAX. */
#define SEG_MIN 100
#define SEG_MAX 300
/* A shorter line (a heading: 문재인 정부.) is read with the lines after
 * it: alone it looks like the terse comments of the training data. */
#define SEG_SHORT 20

static int sentence_end(uint32_t c)
{
	if (c < 0x80)
		return c == '.' || c == '?' || c == '!';
	return c == 0x3002 || c == 0x2026;
}

/* The four bytes at p as a little-endian number. */
static inline uint32_t load_le32(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint32_t w;
	memcpy(&w, p, 4);
	return w;
#else
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
#endif
}

/* Decode text p[0..n) into J->cp from index at on: NFKC (compatibility
 * jamo kept), format and control characters out, white space as ' ' and
 * line breaks as '\n'. Returns the new count; *digits is set when there
 * are ASCII digits. With nfkc set the text is put in NFKC first;
 * otherwise it is once a code point NFKC may change is met (the form is
 * stable), and *nfkc then says so: from the code point before that one
 * on, when that is one ASCII character or a syllable, as ko_normalize
 * copies what comes before it as it is; else from the start. */
static size_t decode_at(struct judge *J, size_t at, const char *p, size_t n, int *nfkc,
                        int *digits)
{
	int again = *nfkc;
	if (again) {
		ko_buf_clear(&J->nf);
		if (ko_normalize(&J->nf, p, n, KO_NFKC) < 0)
			ko_oom(n);
		p = J->nf.p ? J->nf.p : "", n = J->nf.n;
	}
	grow32(&J->cp, &J->cpcap, at + n + 1);
	uint32_t *cp = J->cp;
	const unsigned char *u = (const unsigned char *)p;
	size_t nc = at;
	int dig = 0, bad = 0;
	for (size_t i = 0; i < n;) {
		/* ASCII and Hangul syllables, most of the text, by their
		 * bytes */
		uint32_t c = u[i];
		if (c < 0x80) {
			i++;
			if (c > ' ' && c != 0x7F) {
				dig |= c - '0' <= 9;
				cp[nc++] = c;
			} else if (c == ' ' || c == '\n') {
				cp[nc++] = c;
			} else if (c >= '\t' && c <= '\r') {
				cp[nc++] = ' ';
			}
			continue;
		}
		/* a run of syllables and single spaces (words), four bytes
		 * read at once (the lead of a three-byte sequence and two
		 * continuation bytes) */
		size_t i0 = i, lim = n > 3 ? n - 3 : 0; /* four bytes from i on */
		uint32_t *o = cp + nc;
		while (i < lim) {
			uint32_t w = load_le32(u + i);
			if ((w & 0xC0C0F0) != 0x8080E0) {
				if ((w & 0xFF) != ' ' || (w & 0xC0C0F000) != 0x8080E000)
					break;
				*o++ = ' '; /* a space before a three-byte lead */
				i++;
				continue;
			}
			w = (w & 0x0F) << 12 | (w >> 2 & 0xFC0) | (w >> 16 & 0x3F);
			if (w - KO_SYL_FIRST >= NSYL)
				break;
			*o++ = w;
			i += 3;
		}
		if (i > i0) {
			nc = (size_t)(o - cp);
			continue;
		}
		uint32_t d; /* c would live in memory, slowing the quick paths */
		int k = ko_utf8_decode(p + i, n - i, &d);
		if (k < 0) {
			i++;
			bad = 1;
			continue;
		}
		i += (size_t)k;
		c = d;
		if (ko_is_hangul_syllable(c)) {
			cp[nc++] = c;
			continue;
		}
		if (c >= 0x300 && !again && !ko_nf_stable(c, KO_NFKC)) {
			/* the code point before, which gave one of J->cp
			 * (a character, a space, a syllable), and what came
			 * before it stand */
			size_t from = i - (size_t)k, nc0 = nc;
			if (!bad && from > 0) {
				uint32_t b = u[--from];
				if (b >= 0x80) {
					from = from >= 2 ? from - 2 : 0;
					if (ko_utf8_decode(p + from, 3, &b) != 3 || !ko_is_hangul_syllable(b))
						from = 0;
				} else if (!((b >= '\t' && b <= '\r') || (b >= ' ' && b != 0x7F))) {
					from = 0;
				}
				nc0 = nc - (from > 0);
			} else {
				from = 0;
			}
			if (!from)
				nc0 = at, dig = 0;
			ko_buf_clear(&J->nf);
			if (ko_normalize(&J->nf, p + from, n - from, KO_NFKC) < 0)
				ko_oom(n);
			p = J->nf.p, n = J->nf.n;
			u = (const unsigned char *)p;
			grow32(&J->cp, &J->cpcap, nc0 + n + 1);
			cp = J->cp;
			nc = nc0, i = 0, again = 1;
			continue;
		}
		if (c == '\n' || c == 0x2028 || c == 0x2029)
			c = '\n';
		else if (ko_is_space(c))
			c = ' ';
		else if (c < 0x20 || c == 0x7F || (c >= 0x80 && ko_category(c) == UTF8PROC_CATEGORY_CF))
			continue;
		cp[nc++] = c;
	}
	*digits = dig;
	*nfkc = again;
	return nc;
}

static size_t decode_text(struct judge *J, const char *p, size_t n, int *digits)
{
	int nfkc = 0;
	return decode_at(J, 0, p, n, &nfkc, digits);
}

/* One feature: its bucket stored (training) or its weight summed
 * (scoring); FEAT_W with the weight w looked up (w is q[bucket(g)]). */
#define FEAT(g)                                                                                   \
	do {                                                                                      \
		size_t b_ = bucket((g), bits);                                                    \
		if (store)                                                                        \
			x[nx++] = (uint32_t)b_;                                                   \
		else                                                                              \
			sum += q[b_];                                                             \
	} while (0)
#define FEAT_W(g, w)                                                                              \
	do {                                                                                      \
		if (store)                                                                        \
			x[nx++] = (uint32_t)bucket((g), bits);                                    \
		else                                                                              \
			sum += (w);                                                               \
	} while (0)
/* Unit c (s: c - KO_SYL_FIRST) onto the text stream k: its 1-, 2- and
 * 3-gram. */
#define TEXT_UNIT(c, s)                                                                           \
	do {                                                                                      \
		k = (k << UNIT_BITS | (c)) & GRAM3_MASK;                                          \
		if ((s) < NSYL)                                                                   \
			FEAT_W((c), syl1[(s)]);                                                   \
		else                                                                              \
			FEAT((c));                                                                \
		FEAT(k & GRAM2_MASK);                                                             \
		FEAT(k);                                                                          \
		m++;                                                                              \
	} while (0)

/* The jamo stream's units for the form unit c, in j: a syllable's leading
 * consonant, vowel and final consonant if it has one; any other unit
 * itself. Returns how many. */
static inline uint32_t unit_jamo(uint32_t c, uint32_t j[3])
{
	uint32_t s = c - KO_SYL_FIRST;
	if (s >= NSYL) {
		j[0] = c;
		return 1;
	}
	j[0] = KO_CHO_BASE + s / (KO_NJUNG * KO_NJONG);
	j[1] = KO_JUNG_BASE + s / KO_NJONG % KO_NJUNG;
	j[2] = KO_JONG_BASE + s % KO_NJONG;
	return s % KO_NJONG ? 3 : 2;
}

/* The last three units of the jamo stream of form units u[0..i), packed
 * as a gram (0 for units before the first). */
static __attribute__((noinline)) uint64_t jamo_tail(const uint32_t *u, size_t i)
{
	uint64_t k = 0;
	unsigned got = 0;
	while (i > 0 && got < 3) {
		uint32_t j[3], nj = unit_jamo(u[--i], j);
		while (nj > 0 && got < 3)
			k |= (uint64_t)j[--nj] << UNIT_BITS * got++;
	}
	return k;
}

/* ja's rows from here on are those of a syllable with a final consonant */
#define FINAL_ROWS (KO_NJUNG * KO_NCHO * KO_NJUNG)

/* The jamo features of form f when scoring: their weights
 * summed, *m counting the jamo. A syllable after a syllable has its two
 * grams across them looked up by the state the one before left (struct
 * jamo_next); k, the last three jamo, is made again only where a unit of
 * another kind comes. The first two jamo start no 3-gram. A function of
 * its own, so that its loop keeps its few values in registers. */
static __attribute__((noinline)) int64_t jamo_scored(const struct model *mo, struct form *f,
                                                     size_t *pm)
{
	form_reserve(f, 1);
	f->u[f->n] = 0; /* not a syllable: ends the runs of syllables */
	const uint32_t *u = f->u;
	size_t n = f->n;
	const int8_t *q = mo->q, *ja = mo->ja, *jb = mo->jb;
	const struct jamo_next *next = mo->next;
	int bits = mo->bits;
	int64_t sum = 0;
	uint64_t k = 0;
	size_t ta = 0, tb = 0, m = 0, i = 0;
	int have = 0;
	/* the first units one by one until two jamo are in */
	for (; i < n && m < 2; i++) {
		uint32_t j[3], nj = unit_jamo(u[i], j);
		for (uint32_t t = 0; t < nj; t++) {
			k = (k << UNIT_BITS | j[t]) & GRAM3_MASK;
			if (++m >= 3)
				sum += q[bucket(k | JAMO_GRAM, bits)];
		}
		if ((have = u[i] - KO_SYL_FIRST < NSYL))
			ta = next[u[i] - KO_SYL_FIRST].ta, tb = next[u[i] - KO_SYL_FIRST].tb;
	}
	while (i < n) {
		uint32_t c = u[i], s = c - KO_SYL_FIRST;
		if (s < NSYL && have) {
			/* a run of syllables after a syllable, most of the text:
			 * table lookups alone, in a loop of its own with few
			 * values, so that they stay in registers */
			int64_t rs = 0;
			size_t finals = 0, a = ta, b = tb, i0 = i;
			do {
				struct jamo_next y = next[s];
				rs += ja[a + y.lv] + jb[b + y.l] + y.w3; /* w3 0 without a final */
				finals += y.ta >= FINAL_ROWS;
				a = y.ta, b = y.tb;
			} while ((s = u[++i] - KO_SYL_FIRST) < NSYL); /* u[n] ends it */
			sum += rs, m += 2 * (i - i0) + finals, ta = a, tb = b;
			continue;
		}
		if (s < NSYL) {
			struct jamo_next y = next[s];
			uint64_t lv = mo->lv[y.lv];
			sum += q[bucket(((k << UNIT_BITS | lv >> UNIT_BITS) & GRAM3_MASK) | JAMO_GRAM, bits)];
			sum += q[bucket(((k << 2 * UNIT_BITS | lv) & GRAM3_MASK) | JAMO_GRAM, bits)];
			sum += y.w3;
			m += 2 + (y.ta >= FINAL_ROWS);
			have = 1;
			ta = y.ta, tb = y.tb;
		} else {
			if (have)
				k = jamo_tail(u, i), have = 0;
			k = (k << UNIT_BITS | c) & GRAM3_MASK;
			sum += q[bucket(k | JAMO_GRAM, bits)];
			m++;
		}
		i++;
	}
	*pm = m;
	return sum;
}

/* The text stream's features of J->cp[b, e): the text with single
 * spaces, lower case, a run of one character capped at three, between BOS
 * and EOS. Training stores the buckets in order in J->F.x (store set; nx
 * counts them); scoring sums their weights into J->F.sum, looking up
 * those that depend on one syllable (struct model). Returns the number of
 * units, BOS and EOS included: 3 m - 3 features. */
static inline __attribute__((always_inline)) size_t text_grams(struct judge *J, size_t b,
                                                               size_t e, int store, size_t *pnx)
{
	const uint32_t *cp = J->cp;
	const int8_t *q = J->F.q, *syl1 = J->model.syl1, *syl_sp = J->model.syl_sp,
		     *sp_syl = J->model.sp_syl;
	int64_t sp = J->model.sp;
	int bits = J->model.bits;
	uint32_t *x = J->F.x;
	size_t nx = 0, m = 1, i = b;
	int64_t sum = 0;
	uint64_t k = BOS;
	FEAT(BOS);
	/* In J->cp a code point up to ' ' is a space or a line break: none
	 * goes after BOS, nor before EOS, and a run of them is one. */
	while (i < e && cp[i] <= ' ')
		i++;
	if (i < e) { /* the first unit: no 3-gram */
		uint32_t c = cp[i++], s = c - KO_SYL_FIRST;
		if (s >= NSYL)
			c = lower(c);
		k = (k << UNIT_BITS | c) & GRAM3_MASK;
		if (s < NSYL)
			FEAT_W(c, syl1[s]);
		else
			FEAT(c);
		FEAT(k & GRAM2_MASK);
		m++;
	}
	int space = 0; /* a space held back */
	for (; i < e; i++) {
		uint32_t c = cp[i], s = c - KO_SYL_FIRST;
		if (!store && s < NSYL && !space) {
			/* a syllable after a unit, most of the text: told
			 * first, with the one test of a run that concerns it */
			if (c == (uint32_t)(k & UNIT_MASK) && (uint32_t)(k >> UNIT_BITS & UNIT_MASK) == c &&
			    (uint32_t)(k >> 2 * UNIT_BITS) == c)
				continue;
			k = (k << UNIT_BITS | c) & GRAM3_MASK;
			sum += syl1[s] + q[bucket(k & GRAM2_MASK, bits)] + q[bucket(k, bits)];
			m++;
			continue;
		}
		if (c <= ' ') {
			space = 1;
			continue;
		}
		if (s >= NSYL)
			c = lower(c);
		if (space) {
			space = 0;
			if (!store) {
				/* the space and the unit after it, the 2-grams of a
				 * syllable and a space looked up */
				uint32_t p = (uint32_t)(k & UNIT_MASK) - KO_SYL_FIRST;
				k = (k << UNIT_BITS | ' ') & GRAM3_MASK;
				sum += sp;
				if (p < NSYL)
					sum += syl_sp[p];
				else
					FEAT(k & GRAM2_MASK);
				FEAT(k);
				k = (k << UNIT_BITS | c) & GRAM3_MASK;
				if (s < NSYL) {
					sum += syl1[s] + sp_syl[s];
				} else {
					FEAT(c);
					FEAT(k & GRAM2_MASK);
				}
				FEAT(k);
				m += 2;
				continue;
			}
			TEXT_UNIT(' ', NSYL);
		}
		if (c == (uint32_t)(k & UNIT_MASK)) {
			if ((uint32_t)(k >> UNIT_BITS & UNIT_MASK) == c && (uint32_t)(k >> 2 * UNIT_BITS) == c)
				continue;
			/* A run of ASCII punctuation counts once: casual writing
			 * (그런데.....) is not abuse, and the comments the model
			 * learnt from use dots and bangs freely. */
			if (c < 0x80 && !is_latin(c) && !(c >= '0' && c <= '9'))
				continue;
		}
		TEXT_UNIT(c, s);
	}
	k = (k << UNIT_BITS | EOS) & GRAM3_MASK;
	FEAT(EOS);
	FEAT(k & GRAM2_MASK);
	if (m >= 2)
		FEAT(k);
	J->F.sum = sum;
	*pnx = nx;
	return m + 1;
}

/* text_grams when scoring, a function of its own for its registers */
static __attribute__((noinline)) size_t text_scored(struct judge *J, size_t b, size_t e)
{
	size_t nx;
	return text_grams(J, b, e, 0, &nx);
}

/* The classifier's features of J->cp[b, e) whose forms are built, for
 * training: the buckets in order in J->F.x, those of the text stream
 * (text_grams) and then the jamo 3-grams of the matching form. Scoring
 * sums the same features as it builds the forms (build_forms); the
 * features-check build (FEATURE_CHECK) compares the two on every segment
 * it scores. */
static void segment_features(struct judge *J, size_t b, size_t e)
{
	const struct form *f = &J->f;
	const uint32_t *u = f->u;
	const uint64_t *lvs = J->model.lv;
	int bits = J->model.bits;
	if (J->F.cap < 3 * (e - b + 2) + 3 * f->n) {
		J->F.cap = 3 * (e - b + 2) + 3 * f->n + 256;
		J->F.x = ko_xrealloc(J->F.x, J->F.cap * sizeof *J->F.x);
	}
	uint32_t *x = J->F.x;
	size_t nx;
	text_grams(J, b, e, 1, &nx);
	uint64_t k = 0;
	size_t m = 0;
	for (size_t i = 0; i < f->n; i++) {
		uint32_t c = u[i], s = c - KO_SYL_FIRST;
		if (s < NSYL && m >= 2) {
			uint32_t lvi = s / KO_NJONG, t = s - lvi * KO_NJONG;
			uint64_t lv = lvs[lvi];
			x[nx++] = (uint32_t)bucket(((k << UNIT_BITS | lv >> UNIT_BITS) & GRAM3_MASK) | JAMO_GRAM, bits);
			k = (k << 2 * UNIT_BITS | lv) & GRAM3_MASK;
			x[nx++] = (uint32_t)bucket(k | JAMO_GRAM, bits);
			if (t) {
				k = lv << UNIT_BITS | (KO_JONG_BASE + t);
				x[nx++] = (uint32_t)bucket(k | JAMO_GRAM, bits);
				m++;
			}
			m += 2;
		} else {
			/* a unit of another kind, or the first units one by
			 * one until two jamo are in */
			uint32_t j[3], nj = unit_jamo(c, j);
			for (uint32_t t = 0; t < nj; t++) {
				k = (k << UNIT_BITS | j[t]) & GRAM3_MASK;
				if (++m >= 3)
					x[nx++] = (uint32_t)bucket(k | JAMO_GRAM, bits);
			}
		}
	}
	J->F.n = nx;
}

/* Whether form unit c may be a letter put into a word to hide it from a
 * filter: a loose jamo, a Latin letter, a mask. */
static int inserted(uint32_t c)
{
	return ko_is_compat_jamo(c) || (c >= 'a' && c <= 'z') || c == WILD;
}

/* Letters put in at once between two syllables, left out by insert_word
 * (씨ab발; 십^H퀴, the caret of a backspace dropped as punctuation). */
#define INSERT_MAX 3

/* The number of units from u[q] on, up to INSERT_MAX, that were put into
 * the word u[n0, n) between two of its syllables; 0 if none. */
static size_t insert_run(const uint32_t *u, size_t n0, size_t n, size_t q)
{
	if (q <= n0 || !ko_is_hangul_syllable(u[q - 1]))
		return 0;
	size_t r = q;
	while (r < n && r - q < INSERT_MAX && inserted(u[r]))
		r++;
	return r > q && r < n && ko_is_hangul_syllable(u[r]) ? r - q : 0;
}

/* The word of J->f from unit n0 on (its code points [cb, ce)) into
 * J->fi when letters (up to INSERT_MAX) stand between two of its
 * syllables, left out there (성ㅋ매매, 씨a발, 씨ab발, 병ㅏ신: letters put
 * in; punctuation and digits are out of every form already). */
static void insert_word(struct judge *J, size_t n0, size_t cb, size_t ce)
{
	const struct form *f = &J->f;
	const uint32_t *u = f->u;
	size_t q = n0 + 1;
	while (q + 1 < f->n && !insert_run(u, n0, f->n, q))
		q++;
	if (q + 1 >= f->n)
		return;
	struct form *fi = &J->fi;
	form_reserve(fi, f->n - n0);
	struct tok t = {.b = fi->n, .cb = cb, .ce = ce};
	for (q = n0; q < f->n;) {
		size_t r = insert_run(u, n0, f->n, q);
		if (!r) {
			fi->u[fi->n++] = u[q++];
			continue;
		}
		if (fi->ngap == fi->gcap) {
			fi->gcap = fi->gcap ? 2 * fi->gcap : 16;
			fi->gap = ko_xrealloc(fi->gap, fi->gcap * sizeof *fi->gap);
		}
		fi->gap[fi->ngap++] = fi->n;
		q += r;
	}
	t.e = fi->n;
	if (fi->nt == fi->tcap) {
		fi->tcap = fi->tcap ? 2 * fi->tcap : 64;
		fi->t = ko_xrealloc(fi->t, fi->tcap * sizeof *fi->t);
	}
	fi->t[fi->nt++] = t;
}

/* The words glued after ASCII punctuation inside the word c[i, k) that
 * may begin a claim (사람들.흑인들은: claim_start), their code points
 * into trig from ntr on; returns the new count. */
static size_t glued_trig(const struct judge *J, const uint32_t *c, size_t i, size_t k,
                         size_t *trig, size_t ntr)
{
	for (size_t q = i; q + 2 < k; q++)
		if (c[q] < 0x80 && c[q] > ' ' && !is_latin(c[q]) && c[q] - '0' > 9 &&
		    claim_start(&J->C, c[q + 1], c[q + 2]))
			trig[ntr++] = q + 1;
	return ntr;
}

/* Build the matching forms of cps [b, e): words between spaces and
 * line breaks; and gather in J->cand the units of J->f that may start an
 * entry (lex_check: one bit each tells). With score set, the classifier's
 * features are summed at the same time (J->F.sum, J->F.n): the text
 * stream's (text_grams), and the jamo of each unit as it comes; a word
 * that leaves the quick path of syllables, digits and punctuation gives
 * its jamo back and has them again from form_word's units. */
static inline __attribute__((always_inline)) void build_forms_(struct judge *J, const uint32_t *c,
                                                               size_t b, size_t e, int digits,
                                                               int score)
{
	struct form *f = &J->f;
	const struct model *mo = &J->model;
	const unsigned char *first = J->lex.first, *first_syl = J->lex.first_syl;
	form_clear(f);
	form_clear(&J->fd);
	form_clear(&J->fi);
	grow32(&J->w, &J->wcap, e - b + 1);
	form_reserve(f, e - b + 1); /* a word has no more units than code points; one after */
	if (e - b > J->ccap) {
		J->ccap = e - b + 256;
		J->cand = ko_xrealloc(J->cand, J->ccap * sizeof *J->cand);
		J->trig = ko_xrealloc(J->trig, J->ccap * sizeof *J->trig);
	}
	size_t *cand = J->cand, nc = 0, *trig = J->trig, ntr = 0;
	for (size_t i = b; i < e;) {
		while (i < e && (c[i] == ' ' || c[i] == '\n'))
			i++;
		if (i == e)
			break;
		/* A word of syllables, ASCII punctuation and digits, most
		 * words: its units are its syllables, a run of one capped at
		 * two, as form_word makes them. */
		size_t k = i, o = f->n, nc0 = nc;
		uint32_t *u = f->u, p1 = 0, p2 = 0;
		int has_digit = 0;
		for (; k < e; k++) {
			uint32_t x = c[k];
			if (x - KO_SYL_FIRST < NSYL) {
				if (x == p1 && x == p2)
					continue;
				p2 = p1, p1 = x;
				cand[nc] = o;
				nc += first_syl[x - KO_SYL_FIRST];
				u[o++] = x;
			} else if (x - '0' <= 9) {
				has_digit = 1;
			} else if (x > 0x7F || x <= ' ' || (x | 0x20) - 'a' <= 'z' - 'a' || x == '*') {
				break; /* the end, or a letter or mask of another kind */
			}
		}
		if (k == e || c[k] == ' ' || c[k] == '\n') {
			if (o > f->n) {
				if (f->nt == f->tcap) {
					f->tcap = f->tcap ? 2 * f->tcap : 64;
					f->t = ko_xrealloc(f->t, f->tcap * sizeof *f->t);
				}
				f->t[f->nt++] = (struct tok){.b = f->n, .e = o, .has_digit = has_digit,
				                             .cb = i, .ce = k};
				/* a word that may begin a claim (claim_start; a
				 * word of one syllable is read with a 0 after it) */
				u[o] = 0;
				if ((J->C.sig[u[f->n] - KO_SYL_FIRST] >> (u[f->n + 1] & 31) & 1) ||
				    (u[f->n] == GEN_DA && o - f->n >= 3 &&
				     claim_start(&J->C, u[f->n + 1], u[f->n + 2])))
					trig[ntr++] = i;
				/* a word glued after punctuation (사람들.흑인들은),
				 * in a word of more code points than units; told
				 * here, not in the loop, which it slowed */
				if (k - i > o - f->n)
					ntr = glued_trig(J, c, i, k, trig, ntr);
				f->n = o;
			}
			if (has_digit && digits) {
				size_t ntd = J->fd.nt;
				form_word(&J->fd, c + i, J->w, k - i, 1);
				if (J->fd.nt > ntd)
					J->fd.t[ntd].cb = i, J->fd.t[ntd].ce = k;
			}
			i = k;
			continue;
		}
		nc = nc0;
		while (k < e && c[k] != ' ' && c[k] != '\n')
			k++;
		/* The form with digits holds only the words with one:
		 * entries with digits are matched inside a word. */
		size_t nt = f->nt, ntd = J->fd.nt, n0 = f->n;
		if (k > i && form_word(f, c + i, J->w, k - i, 0) && digits)
			form_word(&J->fd, c + i, J->w, k - i, 1);
		if (f->nt > nt) {
			f->t[nt].cb = i, f->t[nt].ce = k;
			if (f->n - n0 >= 2 && claim_start(&J->C, f->u[n0], f->u[n0 + 1]))
				trig[ntr++] = i;
			ntr = glued_trig(J, c, i, k, trig, ntr); /* ㅋㅋ.여자들은 */
		}
		if (J->fd.nt > ntd)
			J->fd.t[ntd].cb = i, J->fd.t[ntd].ce = k;
		if (f->nt > nt && f->t[nt].loose && f->n - n0 >= 3)
			insert_word(J, n0, i, k);
		for (size_t q = n0; q < f->n; q++) {
			uint32_t x = f->u[q] & 0xFFFF;
			cand[nc] = q;
			nc += first[x >> 3] >> (x & 7) & 1;
		}
		i = k;
	}
	J->ncand = nc;
	J->ntrig = ntr;
	if (score) {
		size_t mj, mt = text_scored(J, b, e);
		J->F.sum += jamo_scored(mo, f, &mj);
		J->F.n = 3 * mt - 3 + (mj >= 3 ? mj - 2 : 0);
	}
}

static void build_forms(struct judge *J, const uint32_t *c, size_t b, size_t e, int digits)
{
	build_forms_(J, c, b, e, digits, 0);
}

static void build_forms_scored(struct judge *J, const uint32_t *c, size_t b, size_t e, int digits)
{
	build_forms_(J, c, b, e, digits, 1);
}

/* Features of a whole text as one segment: how training sees an example. */
static void judge_features(struct judge *J, const char *p, size_t n)
{
	int digits;
	size_t nc = decode_text(J, p, n, &digits);
	for (size_t i = 0; i < nc; i++)
		if (J->cp[i] == '\n')
			J->cp[i] = ' ';
	build_forms(J, J->cp, 0, nc, 0);
	segment_features(J, 0, nc);
}

#ifdef FEATURE_CHECK
/* The features summed as the forms were built against those training
 * stores, on the same segment: a difference is a bug in one of the two. */
static void feature_check(struct judge *J, size_t b, size_t e)
{
	size_t n = J->F.n;
	int64_t sum = J->F.sum, want = 0;
	segment_features(J, b, e);
	for (size_t i = 0; i < J->F.n; i++)
		want += J->model.q[J->F.x[i]];
	if (J->F.n != n || want != sum)
		ko_die("features differ on code points %zu to %zu: %zu summing %lld as built, %zu "
		       "summing %lld stored", b, e, n, (long long)sum, J->F.n, (long long)want);
	J->F.n = n, J->F.sum = sum;
}
#endif

/* The first line break of c[e, lim), or lim: a segment's first hundred
 * code points are looked through for one alone, by wmemchr where a wide
 * character holds a code point (the C library's, 8 or 16 at a time). */
static size_t find_lf(const uint32_t *c, size_t e, size_t lim)
{
#if WCHAR_MAX >= 0x10FFFF && WCHAR_MAX <= 0xFFFFFFFF
	_Static_assert(sizeof(wchar_t) == sizeof(uint32_t), "wchar_t of 32 bits");
	const wchar_t *w = e < lim ? wmemchr((const wchar_t *)c + e, L'\n', lim - e) : NULL;
	return w ? (size_t)(w - (const wchar_t *)c) : lim;
#else
	while (e < lim && c[e] != '\n')
		e++;
	return e;
#endif
}

/* The end of the segment that starts at b in J->cp[0..nc): where it stops
 * (*next: where the next one starts), or 0 when the characters after nc,
 * not decoded yet, could still change it (more is 1). Segments: a line,
 * or in a long line sentences gathered until SEG_MIN characters, a cut at
 * a space forced after SEG_MAX. */
static int segment(const struct judge *J, size_t b, size_t nc, int more, size_t *end,
                   size_t *next)
{
	const uint32_t *cp = J->cp;
	/* the first SEG_SHORT characters go on over a line break, the next
	 * up to SEG_MIN end only at one */
	size_t e = b + SEG_SHORT < nc ? b + SEG_SHORT : nc,
	       lim = b + SEG_MIN - 1 < nc ? b + SEG_MIN - 1 : nc;
	e = find_lf(cp, e, lim);
	if (e == lim)
		for (; e < nc; e++) {
			uint32_t c = cp[e];
			if (c > 0x3002) /* (a syllable): no line break, end or space */
				continue;
			if (c == '\n')
				break;
			size_t len = e - b + 1;
			if ((len >= SEG_MIN && sentence_end(c) && e + 1 < nc && cp[e + 1] == ' ') ||
			    (len >= SEG_MAX && c == ' ')) {
				e++;
				break;
			}
		}
	if (more && e + 1 >= nc)
		return 0;
	*next = e < nc && cp[e] == '\n' ? e + 1 : e;
	while (e > b && cp[e - 1] == '\n')
		e--;
	*end = e;
	return 1;
}

/* The length in code points of UTF-8 s when c[0..n) starts with it, or
 * -1. */
static int cp_prefix(const uint32_t *c, size_t n, const char *s)
{
	size_t i = 0, len = strlen(s);
	for (size_t k = 0; k < len;) {
		uint32_t u;
		int m = ko_utf8_decode(s + k, len - k, &u);
		if (m < 0 || i >= n || c[i] != u)
			return -1;
		k += (size_t)m, i++;
	}
	return (int)i;
}

/* Whether Hangul c[0..n) is one of list (n_list entries) followed by
 * nothing or by one of eth_young_particles; or, with prefix, starts with
 * one of list. */
static int young_word(const uint32_t *c, size_t n, const char *const *list, size_t nl,
                      int prefix)
{
	for (size_t i = 0; i < nl; i++) {
		int k = cp_prefix(c, n, list[i]);
		if (k < 0)
			continue;
		if (prefix)
			return 1;
		for (size_t j = 0; j < sizeof eth_young_particles / sizeof *eth_young_particles; j++)
			if (cp_prefix(c + k, n - (size_t)k, eth_young_particles[j]) == (int)(n - (size_t)k))
				return 1;
	}
	return 0;
}

/* Blank, for the classifier, each 새끼 of J->cp[b, e) that is an animal's
 * young, a finger or rope (eth_young_of). 1 when one was. */
static int quiet_young(struct judge *J, size_t b, size_t e)
{
	uint32_t *c = J->cp;
	int any = 0;
	for (size_t i = b; i + 1 < e; i++) {
		if (c[i] != YOUNG_1 || c[i + 1] != YOUNG_2)
			continue;
		size_t k = i + 2, p = k;
		while (p < e && ko_is_hangul_syllable(c[p]))
			p++;
		/* c[k, p): what is glued to 새끼; the next word */
		size_t w = p;
		if (w < e && c[w] == ' ')
			w++;
		size_t we = w;
		while (we < e && ko_is_hangul_syllable(c[we]))
			we++;
		int young = 0;
		if (k == p || w == p) /* 새끼 고양이, 새끼고양이 */
			young = young_word(c + (w == p ? p : w), we - (w == p ? p : w), eth_young_of,
			                   sizeof eth_young_of / sizeof *eth_young_of, 0);
		if (!young && w > p && we > w &&
		    young_word(c + k, p - k, (const char *const[]){""}, 1, 0))
			young = young_word(c + w, we - w, eth_young_verbs,
			                   sizeof eth_young_verbs / sizeof *eth_young_verbs, 1);
		if (young) {
			c[i] = c[i + 1] = ' ';
			any = 1;
		}
		i++;
	}
	return any;
}

/* ---- claims about groups (ko-filter-ethics(1), CLAIMS ABOUT GROUPS) ---- */

#define CLAIM_MAXTOK 128 /* words of a sentence read at once; a longer one in parts */
#define CLAIM_WINDOW 16  /* words after the group in which its predicate is */
#define PLURAL_DEUL 0xB4E4u /* 들 */
#define IF_EU 0xC73Cu       /* 으, */
#define IF_MYEON 0xBA74u    /* 면: 으면 after a past (다녔으면) */


_Static_assert(CLAIM_MAXTOK == NELEM(((struct claims *)0)->w), "claims.w holds a part");

/* How a word names a group (group_word): as the topic or subject of its
 * sentence (흑인은, 여자들이, 전라도특징: CLAIM_TOPIC) or the object of a
 * demand (CLAIM_OBJECT), in the plural (CLAIM_PLURAL), with 특징 in it
 * (CLAIM_GEN); CLAIM_BARE the word alone (흑인, 중국: a topic only with a
 * person noun or a generaliser after it). */
enum { CLAIM_TOPIC = 1, CLAIM_PLURAL = 2, CLAIM_GEN = 4, CLAIM_BARE = 8, CLAIM_OBJECT = 16 };
/* a claim's categories */
#define CLAIM_TYPES (1u << ETH_HATE | 1u << ETH_VIOLENCE | 1u << ETH_SEXUAL)

/* A claim found: the group and the predicate, for the reason. */
struct claim {
	const char *group, *pred;
	int cat;
};

static unsigned claim_hash(uint32_t c) { return (uint32_t)(c * 0x9E3779B1u) >> 23; }

static unsigned pair_hash(uint32_t a, uint32_t b)
{
	return (uint32_t)(a * 0x9E3779B1u ^ b * 0x85EBCA77u) >> 23;
}

/* The slot in C->pairs of the words that start with code points a, b, or
 * -1. */
static int pair_slot(const struct claims *C, uint32_t a, uint32_t b)
{
	uint64_t key = (uint64_t)a << 32 | b;
	for (unsigned h = pair_hash(a, b); C->pairs[h]; h = (h + 1) % NELEM(C->pairs))
		if (C->pairs[h] == key)
			return (int)h;
	return -1;
}

/* Whether code point c is no part of a word: a blank or punctuation (ASCII
 * but digits and letters, and any other character but Hangul and Han:
 * ㆍ, …, 「). */
static inline int claim_sep(uint32_t c)
{
	if (c - KO_SYL_FIRST < NSYL)
		return 0;
	if (c < 0x80)
		return !(c - '0' <= 9) && !((c | 0x20) - 'a' <= 'z' - 'a');
	return !((c >= 0x3131 && c <= 0x318C) || (c >= 0x4E00 && c <= 0x9FFF));
}

/* Whether c[i] ends a sentence of c[..e): a line break, ? or !, a . before
 * a blank (not 1.이기주의: a numbered list goes on). */
static inline int claim_end(const uint32_t *c, size_t i, size_t e)
{
	uint32_t x = c[i];
	return x <= '?' && (x == '\n' || x == '?' || x == '!' ||
	                    (x == '.' && (i + 1 == e || c[i + 1] == ' ' || c[i + 1] == '\n')));
}

static void claim_add(struct claims *C, size_t *cap, const char *s, int table, int flags)
{
	if (!*s) {
		C->empty |= 1u << table;
		return;
	}
	if (C->ne == *cap) {
		*cap = *cap ? 2 * *cap : 512;
		C->e = ko_xrealloc(C->e, *cap * sizeof *C->e);
		C->cp = ko_xrealloc(C->cp, *cap * 16 * sizeof *C->cp);
	}
	struct centry *e = &C->e[C->ne];
	*e = (struct centry){.text = s, .off = (uint32_t)(C->ne * 16), .table = (unsigned char)table,
	                     .flags = (unsigned char)flags};
	for (size_t k = 0, n = strlen(s); k < n;) {
		uint32_t u;
		int m = ko_utf8_decode(s + k, n - k, &u);
		if (m < 1 || e->len == 16 || (e->len == 0 && !ko_is_hangul_syllable(u)))
			ko_die("internal: claims entry '%s': not a syllable first, or long", s);
		C->cp[e->off + e->len++] = u;
		k += (size_t)m;
	}
	C->ne++;
}

/* The entries of ko-filter-ethics-claims.h into C: chained by the hash of
 * their first code point in the order of the tables, their first
 * syllables' CS_, and the first two of the words that may begin a claim
 * (a group, a disease, a wish of death) in C->sig and C->pairs. */
static void claims_init(struct claims *C)
{
	static const struct {
		const char *const *list;
		size_t n;
		int table;
	} lists[] = {
		{claim_heads, NELEM(claim_heads), CT_HEAD},
		{claim_topic_particles, NELEM(claim_topic_particles), CT_TOPIC},
		{claim_object_particles, NELEM(claim_object_particles), CT_OBJECT},
		{claim_plural_particles, NELEM(claim_plural_particles), CT_PLURAL},
		{claim_generalisers, NELEM(claim_generalisers), CT_GEN},
		{claim_generaliser_suffixes, NELEM(claim_generaliser_suffixes), CT_GEN_SUFFIX},
		{claim_judging, NELEM(claim_judging), CT_JUDGING},
		{claim_past, NELEM(claim_past), CT_PAST},
		{claim_coercive, NELEM(claim_coercive), CT_COERCIVE},
		{claim_moods, NELEM(claim_moods), CT_MOOD},
		{claim_past_moods, NELEM(claim_past_moods), CT_PAST_MOOD},
		{claim_reports, NELEM(claim_reports), CT_REPORT},
		{claim_death_wishes, NELEM(claim_death_wishes), CT_DEATH},
		{claim_death_sayings, NELEM(claim_death_sayings), CT_SAYING},
		{claim_diseases, NELEM(claim_diseases), CT_DISEASE},
		{claim_spread_wishes, NELEM(claim_spread_wishes), CT_SPREAD},
		{claim_lewd, NELEM(claim_lewd), CT_LEWD},
		{claim_blames, NELEM(claim_blames), CT_BLAME},
		{claim_conditions, NELEM(claim_conditions), CT_COND},
		{claim_outcomes, NELEM(claim_outcomes), CT_OUTCOME},
	};
	size_t cap = 0, npairs = 0;
	for (size_t i = 0; i < NELEM(claim_groups); i++)
		claim_add(C, &cap, claim_groups[i].text, CT_GROUP,
		          (claim_groups[i].flags & CLAIM_HEAD ? CE_HEAD : 0) |
		                  (claim_groups[i].flags & CLAIM_VICTIM ? CE_VICTIM : 0) |
		                  (claim_groups[i].flags & CLAIM_SEX ? CE_SEX : 0));
	for (size_t l = 0; l < NELEM(lists); l++)
		for (size_t i = 0; i < lists[l].n; i++) {
			const char *s = lists[l].list[i];
			int root = 0;
			for (size_t r = 0; lists[l].table == CT_DEATH && r < NELEM(claim_death_roots); r++)
				root |= !strncmp(s, claim_death_roots[r], strlen(claim_death_roots[r]));
			claim_add(C, &cap, s, lists[l].table, root ? CE_ROOT : 0);
		}
	if (C->ne >= 0xFFFF)
		ko_die("internal: claims tables too long");
	for (size_t i = C->ne; i-- > 0;) {
		struct centry *e = &C->e[i];
		uint32_t c = C->cp[e->off];
		e->next = C->head[claim_hash(c)];
		C->head[claim_hash(c)] = (unsigned short)(i + 1);
		C->cls[c - KO_SYL_FIRST] |= e->table == CT_GEN           ? CS_GEN
		                            : e->table == CT_HEAD        ? CS_HEAD
		                            : e->table == CT_GEN_SUFFIX  ? CS_GEN_SUFFIX
		                            : e->table == CT_TOPIC || e->table == CT_OBJECT ? CS_PARTICLE
		                                                                             : 0;
		if (e->table >= CT_SCANNED) {
			e->same = C->scan_first[c - KO_SYL_FIRST];
			C->scan_first[c - KO_SYL_FIRST] = (unsigned short)(i + 1);
			C->scan_tables[c - KO_SYL_FIRST] |= (uint16_t)(1u << (e->table - CT_SCANNED));
		}
		unsigned kind = e->table == CT_GROUP ? PK_GROUP : e->table == CT_DISEASE ? PK_DISEASE
		                : e->table == CT_DEATH && (e->flags & CE_ROOT) ? PK_DEATH : 0;
		if (!kind)
			continue;
		if (e->len < 2 || ++npairs > NELEM(C->pairs) / 2)
			ko_die("internal: claims entry '%s' of one syllable, or too many", e->text);
		uint32_t c1 = C->cp[e->off + 1];
		unsigned h = pair_hash(c, c1);
		while (C->pairs[h] && C->pairs[h] != ((uint64_t)c << 32 | c1))
			h = (h + 1) % NELEM(C->pairs);
		C->pairs[h] = (uint64_t)c << 32 | c1;
		C->pair_kind[h] |= (unsigned char)kind;
		if (kind == PK_GROUP) {
			e->same = C->pair_group[h];
			C->pair_group[h] = (unsigned short)(i + 1);
		}
		C->sig[c - KO_SYL_FIRST] |= 1u << (c1 & 31);
	}
}

static void claims_free(struct claims *C)
{
	free(C->e), free(C->cp);
}

/* The CS_ of code point c (0 but for a syllable). */
static unsigned claim_cls(const struct claims *C, uint32_t c)
{
	uint32_t s = c - KO_SYL_FIRST;
	return s < NSYL ? C->cls[s] : 0;
}

static inline int cp_equal(const uint32_t *a, const uint32_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* The next entry of table t after the one *it (0: from the first) that
 * starts p[0..n), or (whole) is all of it; *it is set to it. NULL when
 * there is none. */
static const struct centry *claim_word(const struct claims *C, int t, const uint32_t *p, size_t n,
                                       int whole, unsigned *it)
{
	if (n == 0)
		return NULL;
	for (unsigned i = *it ? C->e[*it - 1].next : C->head[claim_hash(p[0])]; i;
	     i = C->e[i - 1].next) {
		const struct centry *x = &C->e[i - 1];
		if (x->table == t && (whole ? x->len == n : x->len <= n) &&
		    cp_equal(C->cp + x->off, p, x->len)) {
			*it = i;
			return x;
		}
	}
	return NULL;
}

/* Whether p[0..n) is an entry of table t (the empty word: t has one). */
static int claim_is(const struct claims *C, int t, const uint32_t *p, size_t n)
{
	unsigned it = 0;
	return n ? claim_word(C, t, p, n, 1, &it) != NULL : (int)(C->empty >> t & 1);
}

/* How the rest of a group's word after the group and its person noun,
 * r[0..m), makes it a topic or an object, with or without 들; 0 for
 * anything else (흑인의, 여성부). */
static int claim_role(const struct claims *C, const uint32_t *r, size_t m)
{
	int how = 0;
	if (m && r[0] == PLURAL_DEUL)
		r++, m--, how = CLAIM_PLURAL;
	if (m && !(claim_cls(C, r[0]) & CS_PARTICLE))
		return 0;
	if (claim_is(C, CT_TOPIC, r, m))
		return how | CLAIM_TOPIC;
	if (claim_is(C, CT_OBJECT, r, m))
		return how | CLAIM_OBJECT;
	return 0;
}

/* How the word t[0..n) names a group (CLAIM_*), the group's entry into
 * *g; 0 when it does not. slot: pair_slot of its first two (-1: none). */
static int group_word(const struct claims *C, const uint32_t *t, size_t n, int slot,
                      const struct centry **g)
{
	if (slot < 0)
		return 0;
	for (unsigned i = C->pair_group[slot]; i; i = C->e[i - 1].same) {
		const struct centry *x = &C->e[i - 1];
		if (x->len > n || !cp_equal(C->cp + x->off + 2, t + 2, x->len - 2u))
			continue;
		const uint32_t *r = t + x->len;
		size_t m = n - x->len;
		unsigned ih = 0;
		const struct centry *h =
			m && (claim_cls(C, r[0]) & CS_HEAD) ? claim_word(C, CT_HEAD, r, m, 0, &ih) : NULL;
		if (h)
			r += h->len, m -= h->len;
		unsigned is = 0;
		if (m && (claim_cls(C, r[0]) & CS_GEN_SUFFIX) && claim_word(C, CT_GEN_SUFFIX, r, m, 0, &is))
			return *g = x, CLAIM_TOPIC | CLAIM_GEN;
		if (!h && (m == 0 || (x->flags & CE_HEAD))) {
			if (m == 0)
				return *g = x, CLAIM_BARE;
			continue; /* 중국은: the country */
		}
		int how = claim_role(C, r, m);
		if (how)
			return *g = x, how;
	}
	return 0;
}

/* The role a word t[0..n) after a bare group word (흑인, 전라도) gives
 * it, as one of the three words after it: a person noun (전라도 사람들은,
 * 신천지 다니는 인간들을). */
static int head_word(const struct claims *C, const uint32_t *t, size_t n)
{
	unsigned it = 0;
	int how = 0;
	if (n && (claim_cls(C, t[0]) & CS_HEAD))
		for (const struct centry *h; !how && (h = claim_word(C, CT_HEAD, t, n, 0, &it));)
			how = claim_role(C, t + h->len, n - h->len);
	return how;
}

/* Whether t[0..n) is a generaliser (다, 모두, 원래). */
static int gen_word(const struct claims *C, const uint32_t *t, size_t n)
{
	return n && (claim_cls(C, t[0]) & CS_GEN) && claim_is(C, CT_GEN, t, n);
}

/* Whether t[0..n) is a plural of people with a topic particle or none
 * (악플러들, 기자들은): a word ending in 들 and such a particle. */
static int plural_word(const struct claims *C, const uint32_t *t, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (t[i] == PLURAL_DEUL && claim_is(C, CT_PLURAL, t + i + 1, n - i - 1))
			return 1;
	return 0;
}

/* The first entry of table t (scanned) found within p[from, to) (the
 * earliest; at one place, the first of the table) into *m; 0 if none. */
static int claim_find(const struct claims *C, int t, const uint32_t *p, size_t from, size_t to,
                      struct cmatch *m)
{
	for (size_t i = from; i < to; i++) {
		uint32_t s = p[i] - KO_SYL_FIRST;
		if (s >= NSYL || !(C->scan_tables[s] >> (t - CT_SCANNED) & 1))
			continue;
		for (unsigned k = C->scan_first[s]; k; k = C->e[k - 1].same) {
			const struct centry *x = &C->e[k - 1];
			if (x->table != t || x->len > to - i ||
			    !cp_equal(C->cp + x->off + 1, p + i + 1, x->len - 1u))
				continue;
			*m = (struct cmatch){i, x};
			return 1;
		}
	}
	return 0;
}

/* A condition contrary to the fact within p[from, to) (claim_conditions:
 * 다녔으면, a syllable with ㅆ under it before 으면, or 조심했더라면), the
 * first, into *m; 0 if none. */
static int claim_condition(const struct claims *C, const uint32_t *p, size_t from, size_t to,
                           struct cmatch *m)
{
	static const struct centry past_if = {.text = "었으면", .len = 2, .table = CT_COND};
	struct cmatch d;
	int listed = claim_find(C, CT_COND, p, from, to, &d);
	size_t lim = listed ? d.at : to;
	for (size_t i = from + 1; i + 1 < lim; i++)
		if (p[i] == IF_EU && p[i + 1] == IF_MYEON && ko_hangul_jong(p[i - 1]) == KO_JONG_SSANGSIOS) {
			*m = (struct cmatch){i, &past_if};
			return 1;
		}
	if (listed)
		*m = d;
	return listed;
}

/* A claim of a category in types in the sentence p[0..n), its words in
 * C->w; 1 if one, into *cl. */
static int claim_sentence(struct claims *C, const uint32_t *p, size_t n, unsigned types,
                          struct claim *cl)
{
	const struct cword *w = C->w;
	size_t nw = C->nw;
	int violence = types >> ETH_VIOLENCE & 1, hate = types >> ETH_HATE & 1,
	    sexual = types >> ETH_SEXUAL & 1, gen = 0;
	unsigned kinds = 0;
	struct cmatch d, s, at, x;
	for (size_t i = 0; i < nw; i++) {
		const uint32_t *t = p + w[i].b;
		size_t tn = w[i].e - w[i].b;
		gen |= gen_word(C, t, tn);
		C->w[i].slot = tn >= 2 && claim_start(C, t[0], t[1]) ? pair_slot(C, t[0], t[1]) : -1;
		kinds |= C->w[i].slot < 0 ? 0 : C->pair_kind[C->w[i].slot];
		/* 다 glued to a wish of death (다죽었으면): the generaliser
		 * and the wish */
		if (tn >= 3 && t[0] == GEN_DA && claim_start(C, t[1], t[2]) &&
		    (C->pair_kind[pair_slot(C, t[1], t[2])] & PK_DEATH))
			gen = 1, kinds |= PK_DEATH;
	}
	/* disease wished on people, whoever they are */
	if (violence && (kinds & PK_DISEASE) && claim_find(C, CT_DISEASE, p, 0, n, &d) &&
	    claim_find(C, CT_SPREAD, p, d.at, n, &s) && !claim_find(C, CT_REPORT, p, s.at, n, &x)) {
		*cl = (struct claim){d.e->text, s.e->text, ETH_VIOLENCE};
		return 1;
	}
	for (size_t i = 0; i < nw; i++) {
		const uint32_t *t = p + w[i].b;
		size_t tn = w[i].e - w[i].b, j = i;
		const struct centry *g = NULL;
		int how = group_word(C, t, tn, w[i].slot, &g);
		if (how & CLAIM_BARE) {
			/* 전라도 사람들은, 중국 놈들, 신천지 다니는 인간들을 (a person
			 * noun within three words); 흑인 다 */
			how = 0;
			for (size_t k = i + 1; k < nw && k <= i + 3 && !how; k++)
				if ((how = head_word(C, p + w[k].b, w[k].e - w[k].b)))
					j = k;
			if (!how && i + 1 < nw && !(g->flags & CE_HEAD) &&
			    gen_word(C, p + w[i + 1].b, w[i + 1].e - w[i + 1].b))
				how = CLAIM_TOPIC;
		}
		int plural_only = 0;
		if (!how) {
			if (!gen || !(kinds & PK_DEATH) || !plural_word(C, t, tn))
				continue;
			plural_only = 1; /* 악플러들 다: only a death wish */
		}
		size_t last = j + CLAIM_WINDOW < nw ? j + CLAIM_WINDOW : nw - 1;
		size_t a = w[j].e, z = w[last].e;
		if (a >= z)
			continue;
		if (violence && claim_find(C, CT_DEATH, p, a, z, &at) &&
		    !claim_find(C, CT_SAYING, p, a, z, &x) && (!plural_only || (at.e->flags & CE_ROOT))) {
			*cl = (struct claim){g ? g->text : "…들", at.e->text, ETH_VIOLENCE};
			return 1;
		}
		if (plural_only)
			continue;
		if (g && (g->flags & CE_VICTIM)) {
			/* victims blamed for the harm: what they chose or did
			 * (위안부는 자발적으로 간, 피해자가 조심했으면 안 당했을) */
			if (hate && (how & CLAIM_TOPIC) &&
			    (claim_find(C, CT_BLAME, p, a, z, &at) ||
			     (claim_condition(C, p, a, z, &at) &&
			      claim_find(C, CT_OUTCOME, p, at.at + at.e->len, n, &x))) &&
			    !claim_find(C, CT_REPORT, p, at.at, n, &x)) {
				*cl = (struct claim){g->text, at.e->text, ETH_HATE};
				return 1;
			}
			continue;
		}
		/* sexual use or promiscuity said of a group, a people's men or
		 * women (흑인 남자들이 …): as a judging predicate, the past
		 * alone is history */
		if (sexual && (how & CLAIM_TOPIC) &&
		    (!(g->flags & CE_SEX) || gen || (how & (CLAIM_GEN | CLAIM_PLURAL))) &&
		    claim_find(C, CT_LEWD, p, a, z, &at) &&
		    (gen || !claim_find(C, CT_PAST, p, at.at, n, &x)) &&
		    !claim_find(C, CT_REPORT, p, at.at, n, &x)) {
			*cl = (struct claim){g->text, at.e->text, ETH_SEXUAL};
			return 1;
		}
		if (!hate)
			continue;
		if ((how & CLAIM_TOPIC) && (gen || (how & (CLAIM_GEN | CLAIM_PLURAL))) &&
		    claim_find(C, CT_JUDGING, p, a, z, &at) &&
		    (gen || (how & CLAIM_GEN) || !claim_find(C, CT_PAST, p, at.at, n, &x)) &&
		    !claim_find(C, CT_REPORT, p, at.at, n, &x)) {
			/* a plural alone tells of the group, in the past (흑인들은
			 * 짐승 취급을 받았다: history), not what it is */
			*cl = (struct claim){g->text, at.e->text, ETH_HATE};
			return 1;
		}
		if (claim_find(C, CT_COERCIVE, p, a, z, &at) && claim_find(C, CT_MOOD, p, at.at, n, &x) &&
		    !claim_find(C, CT_PAST_MOOD, p, at.at, n, &x) &&
		    !claim_find(C, CT_REPORT, p, at.at, n, &x)) {
			*cl = (struct claim){g->text, at.e->text, ETH_HATE};
			return 1;
		}
	}
	return 0;
}

/* Whether the word at c[i..e) (after punctuation glued before it) may
 * begin a claim: it names a group as a topic, a subject or an object, or
 * bare with a person noun or a generaliser after it; or it starts with a
 * disease or a wish of death. Told before its sentence is read. */
static int claim_worth(const struct claims *C, const uint32_t *c, size_t i, size_t e)
{
	while (i < e && c[i] != ' ' && c[i] != '\n' && claim_sep(c[i]))
		i++;
	int slot = i + 1 < e && claim_start(C, c[i], c[i + 1]) ? pair_slot(C, c[i], c[i + 1]) : -1;
	if (slot < 0 && i + 2 < e && c[i] == GEN_DA && claim_start(C, c[i + 1], c[i + 2]) &&
	    (C->pair_kind[pair_slot(C, c[i + 1], c[i + 2])] & PK_DEATH))
		return 1; /* 다죽었으면 */
	if (slot < 0)
		return 0;
	if (C->pair_kind[slot] & (PK_DISEASE | PK_DEATH))
		return 1;
	size_t k = i;
	while (k < e && !claim_sep(c[k]))
		k++;
	const struct centry *g;
	int how = group_word(C, c + i, k - i, slot, &g);
	if (!(how & CLAIM_BARE))
		return how != 0;
	/* the three words after it, in its sentence */
	for (int n = 0; n < 3 && k < e; n++) {
		while (k < e && claim_sep(c[k]))
			if (claim_end(c, k++, e))
				return 0;
		size_t b = k;
		while (k < e && !claim_sep(c[k]))
			k++;
		if (head_word(C, c + b, k - b) ||
		    (n == 0 && !(g->flags & CE_HEAD) && gen_word(C, c + b, k - b)))
			return 1;
	}
	return 0;
}

/* A claim in the sentence of c[..e) that starts at sb, read in parts of
 * CLAIM_MAXTOK words; *se set to where it ends. */
static int claim_read(struct claims *C, const uint32_t *c, size_t sb, size_t e, size_t *se,
                      unsigned types, struct claim *cl)
{
	size_t base = sb, k = sb;
	C->nw = 0;
	while (k < e) {
		while (k < e && claim_sep(c[k]) && !claim_end(c, k, e))
			k++;
		if (k == e || claim_end(c, k, e))
			break;
		size_t b = k;
		while (k < e && !claim_sep(c[k]))
			k++;
		C->w[C->nw++] = (struct cword){(uint32_t)(b - base), (uint32_t)(k - base), -1};
		if (C->nw == CLAIM_MAXTOK) {
			if (claim_sentence(C, c + base, k - base, types, cl))
				return 1;
			C->nw = 0, base = k;
		}
	}
	*se = k;
	return C->nw && claim_sentence(C, c + base, k - base, types, cl);
}

/* A claim about a group in the segment J->cp[b, e) (ko-filter-ethics(1),
 * CLAIMS ABOUT GROUPS): only the sentences with a word that build_forms
 * found may begin one (J->trig) and claim_worth says does are read. 1 if
 * one, into *cl. */
static int claim_segment(struct judge *J, size_t b, size_t e, unsigned types, struct claim *cl)
{
	const uint32_t *c = J->cp;
	size_t from = b; /* where the sentence after those read starts */
	for (size_t k = 0; k < J->ntrig; k++) {
		size_t at = J->trig[k], sb = at, se;
		if (at < from || !claim_worth(&J->C, c, at, e))
			continue;
		while (sb > from && !claim_end(c, sb - 1, e))
			sb--;
		if (claim_read(&J->C, c, sb, e, &se, types, cl))
			return 1;
		from = se + 1;
	}
	return 0;
}

/* A text shorter than this, in code points (LONG_SEGS segments of
 * SEG_MIN): a comment, a post, a task's passage, is scored also by each
 * sentence alone (segment_windows). In an article the segments already
 * bound how much prose can dilute a sentence, and its sentences alone,
 * as many again to score, would halve the speed on prose. */
#define WIN_TEXT (LONG_SEGS * SEG_MIN)
/* A window the classifier scores alone has at least this many code
 * points: a shorter sentence (ㅋㅋ, 진짜입니다.) goes with the one after
 * it on its line, or the last with the one before; a short line alone (a
 * heading: 성격., 문재인 정부.) is no window, as it is no segment. */
#define WIN_MIN SEG_SHORT
/* A sentence scored alone counts this much less than its score: alone,
 * a few words are read with little context, and the model learnt short
 * texts mostly from the comments of the unsafe sets, so that a line of
 * praise about a person or a topic of abuse (문재인 정권 너무나도 수고가
 * 많습니다 0.81) reads as abuse. On the three unsafe sets, each scored by
 * a model trained without it (scripts/ethics-fit.sh), the texts flagged
 * by a sentence scoring from the threshold (0.74) to 0.04 above it were
 * unsafe about half as often as those the classifier flags by their whole
 * text (BEEP 21 of 34 against 0.92, K-MHaS 1 of 7 against 0.60, curse
 * 7 of 12 against 0.72), and those above as often (0.91, 0.35, 0.85). */
#define WIN_HANDICAP 0.04

/* The bytes of code point c in UTF-8. */
static inline size_t utf8_len(uint32_t c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

static size_t has_lf(const uint32_t *c, size_t b, size_t e)
{
	return find_lf(c, b, e) < e;
}

/* The sentences of segment J->cp[b, e), as ko-split finds them (a line
 * break ends one), into J->win as pairs of code point indices, short
 * ones joined or left out (WIN_MIN). Returns how many. */
static size_t segment_windows(struct judge *J, size_t b, size_t e)
{
	struct ko_buf *u = &J->utf;
	const uint32_t *c = J->cp;
	ko_buf_clear(u);
	ko_buf_reserve(u, 4 * (e - b) + 1);
	for (size_t i = b; i < e; i++) {
		if (c[i] < 0x80)
			u->p[u->n++] = (char)c[i];
		else
			u->n += (size_t)ko_utf8_encode(c[i], u->p + u->n);
	}
	struct ko_split sp;
	ko_split_init(&sp, u->p, u->n, KO_SPLIT_NEWLINE_HARD);
	size_t sb, se, at = b, pos = 0, nw = 0;
	while (ko_split_next(&sp, &sb, &se)) {
		if (2 * nw + 2 > J->wincap) {
			J->wincap = 2 * nw + 32;
			J->win = ko_xrealloc(J->win, J->wincap * sizeof *J->win);
		}
		/* bytes to code points, forward: spans come in order */
		size_t *w = J->win + 2 * nw, ends[2] = {sb, se};
		for (int k = 0; k < 2; k++) {
			while (pos < ends[k])
				pos += utf8_len(c[at++]);
			w[k] = at;
		}
		if (nw && w[-1] - w[-2] < WIN_MIN && !has_lf(c, w[-2], w[0]))
			w[-1] = w[1]; /* the short one before goes on */
		else
			nw++;
	}
	/* short ones left: the last on the line of the one before joins it,
	 * others (lines) go */
	size_t k = 0;
	for (size_t i = 0; i < nw; i++) {
		size_t wb = J->win[2 * i], we = J->win[2 * i + 1];
		if (we - wb >= WIN_MIN) {
			J->win[2 * k] = wb, J->win[2 * k + 1] = we, k++;
		} else if (k && i == nw - 1 && !has_lf(c, J->win[2 * k - 1], wb)) {
			J->win[2 * k - 1] = we;
		}
	}
	return J->nwin = k;
}

/* Judge the segments of J->cp[0..nc) from b on; the index of the first
 * one not judged (more: the text goes on after nc). */
static size_t judge_segments(struct judge *J, size_t b, size_t nc, int more, int digits,
                             int use_lex, int use_model, unsigned types, struct verdict *v,
                             int windows)
{
	size_t e, next;
	while (b < nc && segment(J, b, nc, more, &e, &next)) {
		if (use_model)
			build_forms_scored(J, J->cp, b, e, digits);
		else
			build_forms(J, J->cp, b, e, digits);
		/* the classifier, too, reads no innocent word */
		unsigned h0 = v->hits;
		J->backed = NULL, J->story = -1;
		lexicon_segment(J, use_lex ? v : NULL, types, digits);
		struct claim cl;
		if (J->ntrig && use_lex && !v->word && (types & CLAIM_TYPES) &&
		    claim_segment(J, b, e, types, &cl))
			v->word = cl.group, v->trait = cl.pred, v->word_cat = cl.cat, v->entry = NULL,
			v->cats |= 1u << cl.cat, v->hits++;
		int hit = v->hits > h0;
		v->segs++;
		if (use_model && (J->nquiet | (J->young && quiet_young(J, b, e)))) {
			/* the innocent words out, as spaces */
			for (size_t q = 0; q < J->nquiet; q++)
				for (size_t i = J->quiet[q].b; i < J->quiet[q].e; i++)
					J->cp[i] = ' ';
			build_forms_scored(J, J->cp, b, e, 0);
		}
		if (use_model && J->f.n) {
#ifdef FEATURE_CHECK
			feature_check(J, b, e);
#endif
			double s = sigmoid(model_z(&J->model, &J->F));
			/* and each of its sentences alone, when it has more than
			 * one: a segment is scored as a whole, and the few words
			 * of one abusive sentence in a long comment weigh little
			 * among the many of the others */
			size_t nw = windows ? segment_windows(J, b, e) : 0;
			for (size_t w = 0; nw >= 2 && w < nw; w++) {
				build_forms_scored(J, J->cp, J->win[2 * w], J->win[2 * w + 1], 0);
				if (!J->f.n)
					continue;
#ifdef FEATURE_CHECK
				feature_check(J, J->win[2 * w], J->win[2 * w + 1]);
#endif
				double ws = sigmoid(model_z(&J->model, &J->F)) - WIN_HANDICAP;
				if (ws > s)
					s = ws;
			}
			if (s > v->score)
				v->score = s;
			/* a hit that waits for the classifier's backing */
			const struct entry *en = J->backed;
			if (en && s >= J->backing) {
				if (!v->entry || en < v->entry)
					v->word = en->text, v->word_cat = en->category, v->entry = en,
					v->trait = NULL;
				v->cats |= 1u << en->category;
				v->hits++;
				hit = 1;
			}
			if (hit && s > v->hit_score)
				v->hit_score = s;
		}
		v->hit_segs += (size_t)hit;
		b = next;
	}
	return b;
}

/* A long text is decoded a window at a time, so that it is not held again
 * as code points. Windows end before a space: NFKC of the whole is NFKC
 * of each window (a space neither composes nor reorders), so the text is
 * read the same way. The first passes find what decode_text learns from
 * the whole text: whether it goes to NFKC, and whether it has digits. */
#ifndef LONG_TEXT /* smaller values test the windows on short texts */
#define LONG_TEXT (1 << 20)
#define WINDOW (1 << 16)
#endif

static size_t window_end(const char *p, size_t n, size_t i)
{
	if (n - i <= WINDOW)
		return n;
	const char *sp = memchr(p + i + WINDOW, ' ', n - i - WINDOW);
	return sp ? (size_t)(sp - p) : n;
}

static void judge_long(struct judge *J, const char *p, size_t n, int use_lex, int use_model,
                       unsigned types, struct verdict *v)
{
	int nfkc = 0, digits = 0, d;
	for (size_t i = 0, w; i < n && !nfkc; i = w) {
		w = window_end(p, n, i);
		decode_at(J, 0, p + i, w - i, &nfkc, &d);
	}
	for (size_t i = 0, w; i < n && !digits; i = w) {
		w = window_end(p, n, i);
		int f = nfkc;
		decode_at(J, 0, p + i, w - i, &f, &digits);
	}
	size_t nc = 0;
	for (size_t i = 0, w; i < n; i = w) {
		w = window_end(p, n, i);
		int f = nfkc;
		nc = decode_at(J, nc, p + i, w - i, &f, &d);
		size_t b = judge_segments(J, 0, nc, w < n, digits, use_lex, use_model, types, v, 0);
		memmove(J->cp, J->cp + b, (nc - b) * sizeof *J->cp);
		nc -= b;
	}
}

/* Judge text p[0..n) with the lexicon and/or the classifier into v. */
static void judge_text(struct judge *J, const char *p, size_t n, int use_lex, int use_model,
                       unsigned types, struct verdict *v)
{
	if (n > LONG_TEXT) {
		v->chars += n; /* more than any short text's, which is what counts */
		judge_long(J, p, n, use_lex, use_model, types, v);
		return;
	}
	int digits;
	size_t nc = decode_text(J, p, n, &digits);
	v->chars += nc;
	judge_segments(J, 0, nc, 0, digits, use_lex, use_model, types, v, nc < WIN_TEXT);
}

/* ---- labels ---- */

/* Whether a member of object j may be named types, is_immoral or
 * intensity: a key is written at least as long as it reads (an escape only
 * shortens it) and starts with its first letter or an escape. Most
 * records have no key that may (text, id, source), told by a walk of
 * their tokens a tenth as long as the lookup of the three names. */
static int may_have_labels(const struct ko_json *j)
{
	const struct ko_json_tok *t = j->tok;
	if (j->ntok < 1 || t[0].type != KO_JSON_OBJECT)
		return 1;
	for (int m = 0, i = 1; m < t[0].size; m++) {
		char c = j->s[t[i].start];
		if (t[i].end - t[i].start >= 5 && (c == 't' || c == 'i' || c == '\\'))
			return 1;
		int v = i + 1;
		i = t[v].type == KO_JSON_STRING || t[v].type == KO_JSON_PRIMITIVE ? v + 1 : ko_json_skip(j, v);
	}
	return 0;
}

/* The labels of an AI-Hub ethics record: 1 if it has any (types,
 * is_immoral or intensity), with *unsafe and *cats set. */
static int labels(const struct ko_rec *r, unsigned types, double min_intensity, int *unsafe,
                  unsigned *cats)
{
	if (!r->is_json || !r->parsed)
		return 0;
	const struct ko_json *j = &r->json;
	/* most records have none: told by one walk of the members */
	static const char *const keys[] = {"types", "is_immoral", "intensity"};
	if (!may_have_labels(j) || ko_json_obj_first(j, 0, keys, 3) < 0)
		return 0;
	int ty = ko_json_get(j, "types"), im = ko_json_get(j, "is_immoral"),
	    in = ko_json_get(j, "intensity");
	if (ty < 0 && im < 0 && in < 0)
		return 0;
	int immoral = im >= 0 && j->tok[im].type == KO_JSON_PRIMITIVE && j->s[j->tok[im].start] == 't';
	unsigned c = 0;
	int other = 0;
	if (ty >= 0 && j->tok[ty].type == KO_JSON_ARRAY) {
		for (int t = ty + 1, k = 0; k < j->tok[ty].size; k++, t = ko_json_skip(j, t)) {
			if (j->tok[t].type != KO_JSON_STRING)
				continue;
			char name[32];
			int len = j->tok[t].end - j->tok[t].start;
			if (len <= 0 || len >= (int)sizeof name)
				continue;
			memcpy(name, j->s + j->tok[t].start, (size_t)len);
			name[len] = 0;
			int cat = category_of(name);
			if (cat >= 0)
				c |= 1u << cat;
			else if (strcmp(name, "IMMORAL_NONE"))
				other = 1;
		}
		if (!im && (c || other))
			immoral = 1;
		if (im < 0 && (c || other))
			immoral = 1;
	}
	double intensity = -1;
	if (in >= 0 && j->tok[in].type == KO_JSON_PRIMITIVE)
		intensity = strtod(j->s + j->tok[in].start, NULL);
	*cats = c & types;
	*unsafe = immoral && (*cats || (other && types == (1u << ETH_NCAT) - 1)) &&
	          (intensity < 0 || intensity >= min_intensity);
	if (!*unsafe)
		*cats = 0;
	return 1;
}

/* ---- the tool ---- */

enum policy { POL_ANY, POL_LEXICON, POL_CLASSIFIER, POL_ALL };

struct conf {
	struct judge J;
	enum policy policy;
	double threshold;
	int threshold_set;
	char threshold_text[32]; /* "%.4g", for the reasons */
	char praise_text[32];    /* the threshold plus ETH_PRAISE_MARGIN */
	char work_text[32];      /* the threshold plus ETH_WORK_MARGIN */
	unsigned types;
	double min_intensity;
	int annotate, print_score, ignore_labels;
	const char *dialogue;
	const char *model_path;
	struct ko_buf out, num, cats, why, quoted;
	/* the dialogue held back: lines and their verdicts */
	struct held { char *line; size_t len; const char *file; size_t lineno; int unsafe;
	              struct verdict v; } *held;
	size_t nheld, heldcap;
	struct ko_buf key;
	int any_unsafe;
	size_t first_unsafe;
	/* for judged: the first bytes (and a backslash) and the shortest
	 * length of the default fields from each one on */
	struct later_fields { uint64_t first[4]; size_t min; } later[KO_MAX_FIELDS + 1];
	int later_set;
};

enum { OPT_POLICY = 0x100, OPT_THRESHOLD, OPT_TYPES, OPT_MIN_INT, OPT_ANNOTATE, OPT_PRINT,
       OPT_LEXICON, OPT_MODEL, OPT_DIALOGUE, OPT_NO_LABELS };

static const struct option longopts[] = {
	{"policy", required_argument, NULL, OPT_POLICY},
	{"threshold", required_argument, NULL, OPT_THRESHOLD},
	{"types", required_argument, NULL, OPT_TYPES},
	{"min-intensity", required_argument, NULL, OPT_MIN_INT},
	{"annotate", no_argument, NULL, OPT_ANNOTATE},
	{"print-score", no_argument, NULL, OPT_PRINT},
	{"lexicon", required_argument, NULL, OPT_LEXICON},
	{"model", required_argument, NULL, OPT_MODEL},
	{"dialogue", required_argument, NULL, OPT_DIALOGUE},
	{"no-labels", no_argument, NULL, OPT_NO_LABELS},
	{0},
};

static double parse_unit(const char *opt, const char *arg, double max)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	if (errno || end == arg || *end || !(v >= 0 && v <= max))
		ko_usage("%s: expected a number from 0 to %g, not '%s'", opt, max, arg);
	return v;
}

static unsigned parse_types(const char *arg)
{
	unsigned t = 0;
	char *s = ko_xstrdup(arg), *save = NULL;
	for (char *w = strtok_r(s, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		int c = category_of(w);
		if (c < 0)
			ko_usage("--types: unknown category '%s' (CENSURE, HATE, DISCRIMINATION, "
			         "SEXUAL, ABUSE, VIOLENCE, CRIME)", w);
		else
			t |= 1u << c;
	}
	free(s);
	if (!t)
		ko_usage("--types: no category given");
	return t;
}

struct lexicon_files {
	const char *p[16];
	int n;
};

static void option(struct conf *c, struct ko_opts *o, int code, const char *arg,
                   struct lexicon_files *lf)
{
	switch (code) {
	case OPT_POLICY:
		if (!strcmp(arg, "any")) c->policy = POL_ANY;
		else if (!strcmp(arg, "lexicon")) c->policy = POL_LEXICON;
		else if (!strcmp(arg, "classifier")) c->policy = POL_CLASSIFIER;
		else if (!strcmp(arg, "all")) c->policy = POL_ALL;
		else ko_usage("--policy: expected any, lexicon, classifier or all, not '%s'", arg);
		break;
	case OPT_THRESHOLD:
		c->threshold = parse_unit("--threshold", arg, 1);
		c->threshold_set = 1;
		break;
	case OPT_TYPES: c->types = parse_types(arg); break;
	case OPT_MIN_INT: c->min_intensity = parse_unit("--min-intensity", arg, 1e9); break;
	case OPT_ANNOTATE:
	case OPT_PRINT:
		/* alternatives in the SYNOPSIS: one would silently win */
		if (code == OPT_ANNOTATE ? c->print_score : c->annotate)
			ko_usage("--annotate and --print-score exclude each other");
		*(code == OPT_ANNOTATE ? &c->annotate : &c->print_score) = 1;
		break;
	case OPT_LEXICON:
		if (lf->n == 16)
			ko_usage("--lexicon: at most 16 files");
		lf->p[lf->n++] = arg;
		break;
	case OPT_MODEL:
		if (c->model_path)
			ko_usage("--model given twice: one model a run");
		c->model_path = arg;
		break;
	case OPT_DIALOGUE:
		if (!*arg)
			ko_usage("--dialogue: expected a field name, not an empty one");
		c->dialogue = arg;
		break;
	case OPT_NO_LABELS: c->ignore_labels = 1; break;
	}
	(void)o;
}

/* The lowest score at which the classifier alone flags a text that
 * names malicious comments (eth_meta_words). On the held-out split of
 * scripts/eval-ethics.sh the rule passes no unsafe text of BEEP, K-MHaS
 * or the curse set (precision up, recall the same); on koco it keeps 51
 * of 8,369 rejects, most pleas against 악플 or comfort. A text with a
 * word of contempt (ETH_TRAIT: 더러운, 쓰레기들) is not kept so: it also
 * insults. */
#define ETH_META_MIN 0.80
#define ETH_META_MIN_TEXT "0.80"

/* A text of at most this many code points, a comment, that praises
 * (eth_praise_words) is flagged by the classifier alone only from this
 * much above the threshold, unless one of its words scores at or above
 * the threshold alone (word_flagged), or the praise is denied
 * (praise_denied): an insult said with praise (노래는 잘하는데 얼굴이
 * 못생겼네) keeps its word. On the held-out split of
 * scripts/eval-ethics.sh the rule passes 5 unsafe texts of 982 in BEEP,
 * 2 of 775 in K-MHaS and none of the curse set's (recall -.005, -.002,
 * 0); on the first 3,000 koco comments it keeps 13 of 539 classifier
 * rejects. A praise-word rule without the check of words alone lost
 * twice the unsafe texts of BEEP. */
#define ETH_PRAISE_LEN 100
#define ETH_PRAISE_MARGIN 0.15

/* A comment of at most ETH_PRAISE_LEN code points that talks of a work
 * or of the news (eth_work_words: 드라마, 연기, 방송, 기사) is flagged
 * by the classifier alone only from this much above the threshold,
 * unless one of its words scores at or above the threshold alone
 * (word_flagged) or it has a word of contempt: such a comment mostly
 * complains of the show or the article (이런 걸 기사라고, 작가 뒷심
 * 부족), which BEEP, where the classifier learnt the register, labels
 * offensive. Of 60 koco classifier rejects read, 19 were mild criticism
 * (the most of the wrong ones) and 12 neutral; on the held-out split of
 * scripts/eval-ethics.sh BEEP recall loses .011 (F1 .002), K-MHaS and
 * the curse set the same; on koco it keeps 179 comments, of 30 read 27
 * complaints or plain remarks and 3 rude (기사쓴넘이나). Without the
 * words of a work the rule lost BEEP F1 .021 at a margin of 0.03. */
#define ETH_WORK_MARGIN 0.08

/* Whether the praise word at p[i..j) of p[0..n) is negated or pretended:
 * 안 before it (안 이쁘다, 안이쁜), or in the 24 bytes after it (eight
 * syllables, fewer with spaces) 척 (멋있는 척), 않 (이쁘지 않다) or a form of
 * 아니다 (이쁜 얼굴은 아닌 듯). */
static int praise_denied(const char *p, size_t n, size_t i, size_t j)
{
	static const char *const after[] = {"척", "않", "아니", "아닌", "아님", "아냐", "아녀"};
	size_t k = i >= 1 && p[i - 1] == ' ' ? i - 1 : i;
	if (k >= 3 && !memcmp(p + k - 3, "안", 3))
		return 1;
	size_t end = j + 24 < n ? j + 24 : n;
	return contains_any(p + j, end - j, after, NELEM(after));
}

/* Whether p[0..n) has a word of praise (eth_praise_words) that is not
 * denied (praise_denied): one walk of its letters, the words compared only
 * where one may start (J->praise_first). */
static int praises_text(const struct judge *J, const char *p, size_t n)
{
	for (size_t i = 0; i < n;) {
		uint32_t c;
		int len = ko_utf8_decode(p + i, n - i, &c);
		if (len <= 0)
			return 0; /* judged texts are valid UTF-8 */
		uint32_t s = c - KO_SYL_FIRST;
		int may = 0;
		if (s < NSYL)
			may = J->praise_first[s >> 3] >> (s & 7) & 1;
		else
			for (int k = 0; !may && k < J->npraise_other; k++)
				may = c == J->praise_other[k];
		if (may)
			for (size_t w = 0; w < NELEM(eth_praise_words); w++) {
				size_t k = J->praise_len[w];
				if (J->praise_cp[w] == c && k <= n - i &&
				    !memcmp(p + i, eth_praise_words[w], k) && !praise_denied(p, n, i, i + k))
					return 1;
			}
		i += (size_t)len;
	}
	return 0;
}

static int judged(struct conf *c, struct ko_rec *r, int f, const char **name);

/* Whether a judged field of r praises (praises_text). */
static int praises(struct conf *c, struct ko_rec *r)
{
	const char *name;
	for (int f = 0; (f = judged(c, r, f, &name)) >= 0; f++) {
		const char *p;
		size_t n;
		if (!ko_rec_text(r, name, 0, &p, &n) && praises_text(&c->J, p, n))
			return 1;
	}
	return 0;
}

/* Whether a judged field of r has one of the nl strings of list. */
static int names_any(struct ko_rec *r, const char *const *list, size_t nl)
{
	const char *name;
	for (int f = 0; (f = ko_rec_judged(r, f, &name)) >= 0; f++) {
		const char *p;
		size_t n;
		if (ko_rec_text(r, name, 0, &p, &n))
			continue;
		if (contains_any(p, n, list, nl))
			return 1;
	}
	return 0;
}

/* Whether a word of a judged field of r, scored alone by the classifier,
 * reaches the threshold. */
static int word_flagged(struct conf *c, struct ko_rec *r)
{
	struct judge *J = &c->J;
	const char *name;
	for (int f = 0; (f = judged(c, r, f, &name)) >= 0; f++) {
		const char *p;
		size_t n;
		int digits;
		if (ko_rec_text(r, name, 0, &p, &n))
			continue;
		size_t nc = decode_text(J, p, n, &digits);
		for (size_t i = 0, j; i < nc; i = j) {
			while (i < nc && J->cp[i] <= ' ')
				i++;
			for (j = i; j < nc && J->cp[j] > ' '; j++)
				;
			if (j == i)
				break;
			build_forms_scored(J, J->cp, i, j, digits);
			if (J->f.n && sigmoid(model_z(&J->model, &J->F)) >= c->threshold)
				return 1;
		}
	}
	return 0;
}

/* ko_rec_judged, told at once when a record has no member that may be
 * one of the default fields from f on, as a comment after its text field
 * (a key is written at least as long as it reads and starts with its first
 * letter or an escape): the second walk of its members asked a tenth of
 * the time on short comments. */
static int judged(struct conf *c, struct ko_rec *r, int f, const char **name)
{
	const struct ko_opts *o = r->run->opt;
	if (f == 0 || o->fields_given || !r->is_json || !r->parsed || f > o->nfields)
		return ko_rec_judged(r, f, name);
	if (!c->later_set) {
		memset(c->later, 0, sizeof c->later);
		c->later[o->nfields].min = SIZE_MAX;
		for (int i = o->nfields - 1; i >= 0; i--) {
			struct later_fields *l = &c->later[i];
			unsigned char b = (unsigned char)o->fields[i][0];
			size_t n = strlen(o->fields[i]);
			*l = c->later[i + 1];
			l->min = n < l->min ? n : l->min;
			if (!b)
				memset(l->first, 0xFF, sizeof l->first);
			l->first[b >> 6] |= 1ull << (b & 63);
			l->first['\\' >> 6] |= 1ull << ('\\' & 63);
		}
		c->later_set = 1;
	}
	const struct later_fields *l = &c->later[f];
	const struct ko_json *j = &r->json;
	const struct ko_json_tok *t = j->tok;
	if (j->ntok < 1 || t[0].type != KO_JSON_OBJECT)
		return ko_rec_judged(r, f, name);
	for (int m = 0, i = 1; m < t[0].size; m++) {
		const char *k = j->s + t[i].start;
		size_t n = (size_t)(t[i].end - t[i].start);
		unsigned char b = (unsigned char)k[0];
		if (n >= l->min && (l->first[b >> 6] >> (b & 63) & 1))
			for (int x = f; x < o->nfields; x++) {
				const char *fx = o->fields[x];
				if (b != (unsigned char)fx[0] && b != '\\' && fx[0])
					continue;
				size_t fn = strlen(fx);
				if (n < fn)
					continue;
				/* as long: the same bytes; longer: an escape */
				if (n == fn ? !memcmp(k, fx, n) : memchr(k, '\\', n) != NULL)
					return ko_rec_judged(r, f, name);
			}
		int v = i + 1;
		i = t[v].type == KO_JSON_STRING || t[v].type == KO_JSON_PRIMITIVE ? v + 1 : ko_json_skip(j, v);
	}
	return -1;
}

/* Judge every field of the record into v; 1 if unsafe, KO_REJECT. */
static int judge_record(struct conf *c, struct ko_rec *r, struct verdict *v)
{
	*v = (struct verdict){.score = -1, .word_cat = -1, .hit_score = -1};
	if (!c->ignore_labels &&
	    labels(r, c->types, c->min_intensity, &v->label_unsafe, &v->cats)) {
		v->labelled = 1;
		return v->label_unsafe;
	}
	int lex = c->policy != POL_CLASSIFIER, mod = c->policy != POL_LEXICON;
	const char *name;
	/* a hit in a field of fewer than LONG_SEGS segments: no mention,
	 * however long the other fields (the output of a task is judged on
	 * its own, not as a line of its passage) */
	int short_hit = 0;
	for (int f = 0; (f = judged(c, r, f, &name)) >= 0; f++) {
		const char *p;
		size_t n;
		int e = ko_rec_text(r, name, 0, &p, &n);
		if (e == KO_REJECT)
			return e;
		if (e == 0) {
			size_t segs = v->segs, hit_segs = v->hit_segs;
			v->read = 1;
			judge_text(&c->J, p, n, lex, mod, c->types, v);
			short_hit |= v->hit_segs > hit_segs && v->segs - segs < LONG_SEGS;
		}
	}
	if (v->word && mod && !short_hit && v->segs >= LONG_SEGS && v->hit_segs < 2 &&
	    v->hit_score < c->threshold / 2)
		v->word = NULL, v->cats = 0; /* a mention (LONG_SEGS) */
	if (v->score < 0 && mod && !(c->policy == POL_ANY && v->word))
		v->score = 0;
	int by_model = v->score >= c->threshold;
	/* told last, on the few texts it can change (ETH_META_MIN) */
	if (by_model && v->score < ETH_META_MIN && !v->word && !v->contempt &&
	    names_any(r, eth_meta_words, NELEM(eth_meta_words)))
		by_model = 0, v->meta_kept = 1;
	if (by_model && v->score < c->threshold + ETH_PRAISE_MARGIN && !v->word &&
	    v->chars <= ETH_PRAISE_LEN && praises(c, r) &&
	    !word_flagged(c, r))
		by_model = 0, v->praise_kept = 1;
	if (by_model && v->score < c->threshold + ETH_WORK_MARGIN && !v->word && !v->contempt &&
	    v->chars <= ETH_PRAISE_LEN && names_any(r, eth_work_words, NELEM(eth_work_words)) &&
	    !word_flagged(c, r))
		by_model = 0, v->work_kept = 1;
	switch (c->policy) {
	case POL_ANY: return v->word || by_model;
	case POL_LEXICON: return v->word != NULL;
	case POL_CLASSIFIER: return by_model;
	case POL_ALL: return v->word && by_model;
	}
	return 0;
}

static void cats_json(struct ko_buf *b, unsigned cats)
{
	ko_buf_addc(b, '[');
	int k = 0;
	for (int i = 0; i < ETH_NCAT; i++)
		if (cats & (1u << i)) {
			if (k++)
				ko_buf_addc(b, ',');
			ko_json_quotes(b, eth_category_names[i]);
		}
	ko_buf_addc(b, ']');
}

/* The reason in words: labels, the lexicon entry, or the score. */
static void reason(struct conf *c, const struct verdict *v, int unsafe, struct ko_buf *b)
{
	ko_buf_clear(b);
	if (v->labelled) {
		ko_buf_adds(b, unsafe ? "labels" : "labels: clean");
		return;
	}
	if (!unsafe) {
		/* a score over the threshold kept says why (--annotate): what
		 * kept it, the score and the bar it stayed under */
		const char *why = NULL, *bar = NULL;
		if (c->policy != POL_ANY && c->policy != POL_CLASSIFIER)
			return;
		if (v->meta_kept)
			why = "kept: names malicious comments", bar = ETH_META_MIN_TEXT;
		else if (v->praise_kept)
			why = "kept: praises, no word flagged alone", bar = c->praise_text;
		else if (v->work_kept)
			why = "kept: talks of a work, no word flagged alone", bar = c->work_text;
		if (why) {
			ko_buf_adds(b, why);
			ko_buf_adds(b, ", classifier: ");
			ko_buf_add_fixed4(b, v->score);
			ko_buf_adds(b, " < ");
			ko_buf_adds(b, bar);
		}
		return;
	}
	/* no printf: a quarter of the comments are dropped, each with its
	 * reason */
	if (v->word && c->policy != POL_CLASSIFIER) {
		ko_buf_adds(b, "lexicon: ");
		ko_buf_adds(b, v->word);
		if (v->trait) {
			ko_buf_adds(b, " + ");
			ko_buf_adds(b, v->trait);
		}
		ko_buf_adds(b, " (");
		ko_buf_adds(b, eth_category_names[v->word_cat]);
		ko_buf_addc(b, ')');
		if (c->policy == POL_ALL) {
			ko_buf_adds(b, " and classifier: ");
			ko_buf_add_fixed4(b, v->score);
		}
	} else {
		ko_buf_adds(b, "classifier: ");
		ko_buf_add_fixed4(b, v->score);
		ko_buf_adds(b, " >= ");
		ko_buf_adds(b, c->threshold_text);
	}
}

/* Write, annotate, print the score of, or drop a judged record. */
static void finish(struct conf *c, struct ko_rec *r, int unsafe, const struct verdict *v,
                   const char *dialogue_why)
{
	int drop = unsafe || dialogue_why;
	/* a record with no text to judge passes unchanged, even annotated;
	 * told first, as most records pass: a score printed with %.4f for
	 * each of them was a quarter of the time on comments */
	if (!c->print_score && (!c->annotate || (!v->read && !v->labelled)) && !drop) {
		ko_pass(r);
		return;
	}
	ko_buf_clear(&c->num);
	if (v->score >= 0)
		ko_buf_add_fixed4(&c->num, v->score);
	else
		ko_buf_adds(&c->num, "null");
	if (c->print_score) {
		ko_buf_clear(&c->out);
		/* a record with no text nor labels was not judged: no score
		 * and no verdict, not a safe 0.0000 (review28b L2) */
		if (!v->read && !v->labelled) {
			ko_buf_adds(&c->out, "-\t-");
			ko_emit(r->run, c->out.p, c->out.n);
			return;
		}
		ko_buf_adds(&c->out, v->score >= 0 ? c->num.p : "-");
		ko_buf_addc(&c->out, '\t');
		ko_buf_add_dec(&c->out, (uint64_t)unsafe); /* 0 or 1 */
		ko_emit(r->run, c->out.p, c->out.n);
		return;
	}
	ko_buf_clear(&c->cats);
	cats_json(&c->cats, v->cats);
	reason(c, v, unsafe, &c->why);
	if (dialogue_why && !unsafe) {
		ko_buf_clear(&c->why);
		ko_buf_adds(&c->why, dialogue_why);
	}
	struct ko_buf *q = &c->quoted;
	ko_buf_clear(q);
	if (c->why.n)
		ko_json_quote(q, c->why.p, c->why.n);
	else
		ko_buf_adds(q, "null");
	/* one field of the tool's own, as ko-quality's quality: a record's
	 * own score, categories or reason are left as they are */
	struct ko_buf *e = &c->out;
	ko_buf_clear(e);
	ko_buf_adds(e, drop ? "{\"unsafe\":true,\"score\":" : "{\"unsafe\":false,\"score\":");
	ko_buf_add(e, c->num.p, c->num.n);
	ko_buf_adds(e, ",\"categories\":");
	ko_buf_add(e, c->cats.p, c->cats.n);
	ko_buf_adds(e, ",\"reason\":");
	ko_buf_add(e, q->p, q->n);
	ko_buf_addc(e, '}');
	struct ko_field f = {"ethics", e->p, e->n};
	if (!c->annotate) {
		ko_rec_reject_with(r, dialogue_why && !unsafe ? "dialogue" : v->labelled ? "labels"
		                      : v->word && c->policy != POL_CLASSIFIER ? "lexicon" : "classifier",
		                   &f, 1);
		return;
	}
	if (r->is_json) {
		ko_emit_rewrite(r, &f, 1, 0);
		return;
	}
	struct ko_buf *t = &c->quoted; /* q is written into e already */
	ko_buf_clear(t);
	ko_buf_addc(t, '{');
	ko_json_quotes(t, r->run->opt->field);
	ko_buf_addc(t, ':');
	ko_json_quote(t, r->line, r->len);
	ko_buf_adds(t, ",\"ethics\":");
	ko_buf_add(t, e->p, e->n);
	ko_buf_addc(t, '}');
	ko_emit(r->run, t->p, t->n);
}

/* ---- whole dialogues: consecutive records with one --dialogue value ---- */

static void flush_dialogue(struct conf *c, struct ko_run *run)
{
	char why[64];
	snprintf(why, sizeof why, "dialogue: line %zu is unsafe",
	         c->nheld ? c->held[c->first_unsafe].lineno : 0);
	for (size_t i = 0; i < c->nheld; i++) {
		struct held *h = &c->held[i];
		struct ko_rec r = {.line = h->line, .len = h->len, .file = h->file,
		                   .lineno = h->lineno, .is_json = 1, .parsed = 1, .run = run};
		const char *w;
		if (ko_json_parse(&r.json, h->line, h->len, &w) < 0)
			ko_die("internal: held record does not parse");
		finish(c, &r, h->unsafe, &h->v, c->any_unsafe ? why : NULL);
		ko_json_free(&r.json);
		free(h->line);
	}
	c->nheld = 0;
	c->any_unsafe = 0;
}

static void dialogue(struct conf *c, struct ko_rec *r, int unsafe, const struct verdict *v)
{
	size_t n = 0;
	const char *key = ko_rec_raw(r, c->dialogue, &n);
	if (!key) {
		flush_dialogue(c, r->run);
		ko_buf_clear(&c->key);
		finish(c, r, unsafe, v, NULL);
		return;
	}
	if (c->nheld && (n != c->key.n || memcmp(key, c->key.p, n)))
		flush_dialogue(c, r->run);
	ko_buf_clear(&c->key);
	ko_buf_add(&c->key, key, n);
	if (c->nheld == c->heldcap) {
		c->heldcap = c->heldcap ? 2 * c->heldcap : 16;
		c->held = ko_xrealloc(c->held, c->heldcap * sizeof *c->held);
	}
	struct held *h = &c->held[c->nheld];
	h->line = ko_xmalloc(r->len + 1);
	memcpy(h->line, r->line, r->len);
	h->line[r->len] = 0;
	h->len = r->len;
	h->file = r->file;
	h->lineno = r->lineno;
	h->unsafe = unsafe;
	h->v = *v;
	if (unsafe && !c->any_unsafe)
		c->any_unsafe = 1, c->first_unsafe = c->nheld;
	c->nheld++;
}

/* ---- training ---- */

struct example {
	size_t off, len;
	int y;
	double w;
	size_t file; /* the input file it came from, numbered from 0 */
};

static const struct option train_longopts[] = {
	{"bits", required_argument, NULL, 'b'},
	{"epochs", required_argument, NULL, 'e'},
	{"threshold", required_argument, NULL, 't'},
	{"nb", required_argument, NULL, 'n'},
	{"average", required_argument, NULL, 'a'},
	{0},
};

static const struct ko_tool train_tool = {
	.name = "ko-filter-ethics",
	.usage = "train [--bits B] [--epochs N] [--nb A] [--average K] [--threshold T]\n"
	         "                        [-s SEED] -o MODEL [shared options] [FILE...]",
	.help = "Train a model from labelled JSONL: the text field (-f, default text) and\n"
	        "label (1 or true: unsafe), or AI-Hub types/is_immoral; a number in weight\n"
	        "(default 1) scales a record. Same data, same options, same model bytes.\n"
	        "\n"
	        "      --bits B          2^B weights (default 20; the file is 2^B bytes)\n"
	        "      --epochs N        passes over the data (default 6)\n"
	        "      --nb A            naive Bayes feature scaling, smoothed by A\n"
	        "                        (default 1; 0: none)\n"
	        "      --average K       average the weights of K runs, seeds SEED to\n"
	        "                        SEED+K-1 (default 1)\n"
	        "      --threshold T     the default threshold stored in the model\n"
	        "                        (default 0.6)\n",
	.longopts = train_longopts,
};

/* The label of a training record: 1 unsafe, 0 clean, -1 none. */
static int train_label(struct ko_rec *r)
{
	size_t n;
	const char *l = ko_rec_raw(r, "label", &n);
	if (l) {
		if ((n == 1 && l[0] == '1') || (n == 4 && !memcmp(l, "true", 4)) ||
		    (n == 3 && !memcmp(l, "\"1\"", 3)))
			return 1;
		if ((n == 1 && l[0] == '0') || (n == 5 && !memcmp(l, "false", 5)) ||
		    (n == 3 && !memcmp(l, "\"0\"", 3)))
			return 0;
		return -2; /* a label, but not one of these */
	}
	int unsafe;
	unsigned cats;
	if (labels(r, (1u << ETH_NCAT) - 1, 0, &unsafe, &cats))
		return unsafe;
	return -1;
}

static void judge_free(struct judge *J);

/* Add to r (2^bits) the log-count ratio of each bucket over the examples
 * (of the files marked in only, when not NULL): the log of its share of
 * the features of the unsafe texts over its share of those of the clean
 * texts, each counted once a text, weighted by wy[y] times the example's
 * weight, smoothed by adding nb. */
static void nb_ratio(struct judge *J, const struct ko_buf *texts, const struct example *ex,
                     size_t nex, const char *only, const double wy[2], double nb, double *r)
{
	size_t nw = (size_t)1 << J->model.bits;
	double *c[2] = {ko_xcalloc(nw, sizeof **c), ko_xcalloc(nw, sizeof **c)}, t[2] = {0, 0};
	size_t *seen = ko_xcalloc(nw, sizeof *seen);
	for (size_t k = 0; k < nex; k++) {
		const struct example *x = &ex[k];
		if (only && !only[x->file])
			continue;
		judge_features(J, texts->p + x->off, x->len);
		double xw = wy[x->y] * x->w;
		for (size_t i = 0; i < J->F.n; i++) {
			uint32_t b = J->F.x[i];
			if (seen[b] == k + 1)
				continue;
			seen[b] = k + 1;
			c[x->y][b] += xw;
			t[x->y] += xw;
		}
	}
	for (size_t i = 0; i < nw; i++)
		r[i] += log((c[1][i] + nb) / (t[1] + nb * (double)nw)) -
		        log((c[0][i] + nb) / (t[0] + nb * (double)nw));
	free(c[0]), free(c[1]), free(seen);
}

static int train(int argc, char **argv)
{
	struct ko_opts o;
	int code, bits = 20, epochs = 6, average = 1;
	double threshold = 0.6, nb = 1;
	const double l2 = 1e-6;
	ko_msg_help_cmd("ko-filter-ethics train");
	ko_opt_init(&o, &train_tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		switch (code) {
		case 'b': bits = (int)ko_opt_u64("--bits", optarg, 10, 24); break;
		case 'e': epochs = (int)ko_opt_u64("--epochs", optarg, 1, 1000); break;
		case 't': threshold = parse_unit("--threshold", optarg, 1); break;
		case 'n': nb = parse_unit("--nb", optarg, 100); break;
		case 'a': average = (int)ko_opt_u64("--average", optarg, 1, 100); break;
		}
	if (!o.output)
		ko_usage("train: -o MODEL is missing: the model is binary, written to a file");
	if (!strcmp(o.output, "-") && isatty(STDOUT_FILENO))
		ko_usage("train: -o -: the model is binary, not for a terminal");
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_buf texts = {0};
	struct example *ex = NULL;
	size_t nex = 0, excap = 0, npos = 0;
	double wsum[2] = {0, 0};
	/* files holding unsafe texts, by number */
	char *unsafe_file = NULL;
	size_t nfile = 0;
	const char *file = NULL;
	struct ko_rec *r;
	while ((r = ko_next(&run))) {
		const char *p;
		size_t n;
		int y = train_label(r);
		if (y == -2) {
			ko_rec_fail(r, "label is neither 0 nor 1 (nor true/false)");
			continue;
		}
		if (y < 0) {
			ko_rec_fail(r, "no label (label 0/1, or types and is_immoral)");
			continue;
		}
		int e = ko_rec_text(r, o.field, 0, &p, &n);
		if (e)
			continue;
		if (nex == excap) {
			excap = excap ? 2 * excap : 4096;
			ex = ko_xrealloc(ex, excap * sizeof *ex);
		}
		double w = 1;
		size_t wn;
		const char *ws = ko_rec_raw(r, "weight", &wn);
		if (ws) {
			char *end;
			w = strtod(ws, &end);
			if (end != ws + wn || !(w >= 0 && w < 1e6)) {
				ko_rec_fail(r, "weight: expected a number from 0 to 1e6");
				continue;
			}
		}
		if (!nfile || r->file != file) {
			file = r->file;
			unsafe_file = ko_xrealloc(unsafe_file, nfile + 1);
			unsafe_file[nfile++] = 0;
		}
		unsafe_file[nfile - 1] |= (char)y;
		ex[nex++] = (struct example){texts.n, n, y, w, nfile - 1};
		ko_buf_add(&texts, p, n);
		npos += (size_t)y;
		wsum[y] += w;
	}
	/* a model learns to tell two classes apart: none from texts of
	 * one class, or none at all (it would score every text 0.5) */
	if (!run.stop && (npos == 0 || npos == nex)) {
		ko_warn("no model: %zu unsafe and %zu clean texts read; training needs both",
		        npos, nex - npos);
		ko_fail();
		run.stop = 1;
	}
	if (run.stop) { /* a record without a label, or one class: no model */
		ko_buf_free(&texts);
		free(ex), free(unsafe_file);
		return ko_close(&run);
	}
	struct judge J = {0};
	size_t nw = (size_t)1 << bits;
	J.model.bits = bits;
	J.model.w = ko_xcalloc(nw, sizeof *J.model.w);
	model_tables(&J.model);
	double *w = ko_xmalloc(nw * sizeof *w), bias = 0;
	double *g2 = ko_xmalloc(nw * sizeof *g2), gb;
	/* Class weights: each class counts as much as the other, so that 0.5
	 * means something whatever the mix of clean and unsafe text. */
	double wall = wsum[0] + wsum[1],
	       wpos = wsum[1] > 0 ? wall / (2.0 * wsum[1]) : 1,
	       wneg = wsum[0] > 0 ? wall / (2.0 * wsum[0]) : 1;
	/* Naive Bayes scaling (Wang and Manning 2012): each bucket's feature
	 * is scaled by a log-count ratio r, the log of how much more often
	 * (in share of all features) it occurs in unsafe than in clean texts,
	 * counted once a text, add-nb smoothed; the stored weight is w r.
	 * r is the mean of the ratio over all texts and the ratio over the
	 * files that hold unsafe texts alone: in those (the labelled comment
	 * sets) abuse stands against clean text of its own register, where
	 * over all texts much of r tells comments from prose. Measured on
	 * held-out and cross-set splits with three seeds, the mean ranks and
	 * scores better than either alone; the second alone put the chosen
	 * thresholds higher and lost BEEP cross-set. */
	double *nbr = ko_xmalloc(nw * sizeof *nbr);
	for (size_t i = 0; i < nw; i++)
		nbr[i] = nb > 0 && nex ? 0 : 1;
	if (nb > 0 && nex) {
		const double wy[2] = {wneg, wpos};
		nb_ratio(&J, &texts, ex, nex, NULL, wy, nb, nbr);
		nb_ratio(&J, &texts, ex, nex, unsafe_file, wy, nb, nbr);
		for (size_t i = 0; i < nw; i++)
			nbr[i] /= 2;
	}
	/* The bare space, as a 1-gram of the text, counts the words of a
	 * text and says nothing of what they are: weighted, it was a prior
	 * on length (the model before gave each space +1.30,
	 * so a comment of many plain words, praise or an opinion, read as
	 * abuse: 김혜수 진짜 잘 어울림 ㅋㅋㅋ 0.78). It keeps no weight; it
	 * still counts in the number of features. */
	nbr[bucket(' ', bits)] = 0;
	const double lr = 0.2;
	size_t *order = ko_xmalloc((nex ? nex : 1) * sizeof *order);
	struct ko_rng rng;
	/* average runs: models trained with seeds seed, seed+1, ..., their
	 * weights averaged (a bagging of the shuffles) */
	for (int run_i = 0; run_i < average; run_i++) {
		for (size_t i = 0; i < nex; i++)
			order[i] = i;
		for (size_t i = 0; i < nw; i++)
			w[i] = 0, g2[i] = 1e-8;
		bias = 0, gb = 1e-8;
		ko_rng_seed(&rng, o.seed + (uint64_t)run_i);
		for (int ep = 0; ep < epochs && nex; ep++) {
			ko_rng_shuffle(&rng, order, nex, sizeof *order);
			for (size_t k = 0; k < nex; k++) {
				const struct example *x = &ex[order[k]];
				/* Features exactly as scoring makes them, one segment. */
				judge_features(&J, texts.p + x->off, x->len);
				double s = J.F.n ? 1.0 / sqrt((double)J.F.n) : 0, z = 0;
				for (size_t i = 0; i < J.F.n; i++)
					z += w[J.F.x[i]] * nbr[J.F.x[i]];
				double p = sigmoid(bias + z * s);
				double g = (p - x->y) * (x->y ? wpos : wneg) * x->w;
				for (size_t i = 0; i < J.F.n; i++) {
					uint32_t b = J.F.x[i];
					double gi = g * s * nbr[b] + l2 * w[b];
					g2[b] += gi * gi;
					w[b] -= lr * gi / sqrt(g2[b]);
				}
				gb += g * g;
				bias -= lr * g / sqrt(gb);
			}
		}
		for (size_t i = 0; i < nw; i++)
			J.model.w[i] += w[i] * nbr[i] / average;
		J.model.bias += bias / average;
	}
	free(w), free(nbr);
	for (size_t i = 0; i < nw; i++)
		if (!isfinite(J.model.w[i]))
			ko_die("training diverged (weight %zu is %g)", i, J.model.w[i]);
	struct ko_buf m = {0};
	ko_buf_add(&m, MODEL_MAGIC, 8);
	put32(&m, (uint32_t)bits);
	put32(&m, FEATURE_VERSION);
	/* The largest weight maps to 127; the scale is stored rounded, and
	 * the weights are rounded with the stored one. */
	double wmax = 0.01; /* so that the scale fits its 32 bits */
	for (size_t i = 0; i < nw; i++)
		if (fabs(J.model.w[i]) > wmax)
			wmax = fabs(J.model.w[i]);
	uint32_t scale16 = (uint32_t)floor(127.0 / wmax * 65536.0);
	double scale = scale16 / 65536.0;
	put32(&m, (uint32_t)(int32_t)lround(J.model.bias * 65536.0));
	put32(&m, (uint32_t)lround(threshold * 10000.0));
	put32(&m, scale16);
	put32(&m, 0);
	for (size_t i = 0; i < nw; i++) {
		long v = lround(J.model.w[i] * scale);
		unsigned char b = (unsigned char)(int8_t)(v < -127 ? -127 : v > 127 ? 127 : v);
		ko_buf_add(&m, &b, 1);
	}
	ko_write(run.out, m.p, m.n);
	ko_warn("trained on %zu texts (%zu unsafe), %d epoch%s, 2^%d weights", nex, npos, epochs,
	        epochs == 1 ? "" : "s", bits);
	ko_buf_free(&m);
	ko_buf_free(&texts);
	free(ex), free(order), free(g2), free(J.model.w), free(unsafe_file);
	judge_free(&J);
	return ko_close(&run);
}

/* ---- main ---- */

static void judge_init(struct judge *J, struct lexicon_files *lf, const char *model_path,
                       int scoring)
{
	uint32_t *scratch = NULL;
	size_t scap = 0;
	for (size_t i = 0; i < sizeof eth_lexicon / sizeof eth_lexicon[0]; i++)
		if (lex_word(&J->lex, &J->f, &scratch, &scap, eth_lexicon[i].text,
		             eth_lexicon[i].category, eth_lexicon[i].flags) < 0)
			ko_die("internal: lexicon entry '%s' has no letters", eth_lexicon[i].text);
	for (size_t i = 0; i < sizeof eth_exceptions / sizeof eth_exceptions[0]; i++)
		if (lex_word(&J->lex, &J->f, &scratch, &scap, eth_exceptions[i], -1, 0) < 0)
			ko_die("internal: exception '%s' has no letters", eth_exceptions[i]);
	for (int i = 0; i < lf->n; i++)
		lex_file(&J->lex, &J->f, &scratch, &scap, lf->p[i]);
	free(scratch);
	lex_index(&J->lex);
	claims_init(&J->C);
	for (size_t i = 0; i < NELEM(eth_praise_words); i++) {
		uint32_t c, s;
		size_t k = strlen(eth_praise_words[i]);
		if (ko_utf8_decode(eth_praise_words[i], k, &c) <= 0 || k > UCHAR_MAX)
			ko_die("internal: praise word '%s' is not UTF-8", eth_praise_words[i]);
		J->praise_cp[i] = c, J->praise_len[i] = (unsigned char)k;
		if ((s = c - KO_SYL_FIRST) < NSYL)
			J->praise_first[s >> 3] |= (unsigned char)(1u << (s & 7));
		else if (J->npraise_other < (int)NELEM(J->praise_other))
			J->praise_other[J->npraise_other++] = c;
		else
			ko_die("internal: too many praise words that start with no syllable");
	}
	const char *why;
	if (model_path) {
		/* read as every input is, so a model that train -z wrote
		 * gzipped (or one gzipped later) is read too */
		char *name = (char *)model_path;
		struct ko_reader *rd = ko_reader_open(&name, 1);
		const char *p;
		size_t n;
		int k = ko_reader_next_file(rd, &p, &n);
		if (k < 0)
			ko_die("%s", ko_reader_error(rd));
		why = k ? model_read(&J->model, (const unsigned char *)p, n, scoring) : "not a ko-filter-ethics model";
		if (why)
			ko_die("%s: %s", model_path, why);
		ko_reader_close(rd);
	} else if ((why = model_read(&J->model, eth_model_default, sizeof eth_model_default, scoring))) {
		ko_die("internal: built-in model: %s", why);
	}
	J->F.q = J->model.q;
}

static void judge_free(struct judge *J)
{
	for (size_t i = 0; i < J->lex.n; i++)
		free(J->lex.e[i].u);
	for (size_t i = 0; i < J->lex.nowned; i++)
		free(J->lex.owned[i]);
	free(J->lex.owned), free(J->lex.e), free(J->lex.head);
	free(J->model.q), free(J->model.syl1), free(J->model.syl3);
	free(J->model.syl_sp), free(J->model.sp_syl), free(J->model.ja), free(J->model.jb);
	free(J->model.next);
	form_free(&J->f), form_free(&J->fd), form_free(&J->fi);
	free(J->F.x), free(J->cp), free(J->w), free(J->hits), free(J->quiet), free(J->cand);
	free(J->trig);
	free(J->win);
	ko_buf_free(&J->utf);
	claims_free(&J->C);
	ko_buf_free(&J->nf);
}


static const struct ko_tool tool = {
	.name = "ko-filter-ethics",
	.usage = "[--policy any|lexicon|classifier|all] [--threshold T]\n"
	         "                        [--types LIST] [--min-intensity X] [--no-labels]\n"
	         "                        [--dialogue FIELD] [--lexicon FILE] [--model FILE]\n"
	         "                        [--annotate | --print-score] [shared options] [FILE...]\n"
	         "       ko-filter-ethics train [--bits B] [--epochs N] [--nb A] [--average K]\n"
	         "                        [--threshold T] [-s SEED] -o MODEL [shared options]\n"
	         "                        [FILE...]",
	.help = "Drop unethical text: records whose labels say so (types, is_immoral,\n"
	        "intensity), else text the lexicon or the built-in classifier flags. Judges\n"
	        "the -f fields (default: text, or the fields of a task, the turns of messages\n"
	        "or conversations, or prompt and completion).\n"
	        "\n"
	        "      --policy P        any: lexicon hit or score >= threshold (default);\n"
	        "                        lexicon, classifier: that one alone; all: both\n"
	        "      --threshold T     classifier score that flags (default: the one stored\n"
	        "                        in the model)\n"
	        "      --types LIST      categories that count (CENSURE,HATE,DISCRIMINATION,\n"
	        "                        SEXUAL,ABUSE,VIOLENCE,CRIME; default all); for labels\n"
	        "                        and the lexicon\n"
	        "      --min-intensity X labelled records below intensity X are clean\n"
	        "      --no-labels       judge labelled records by their text too\n"
	        "      --dialogue FIELD  drop every record of a run of records with the same\n"
	        "                        FIELD (talkset) when one of them is unsafe\n"
	        "      --lexicon FILE    more words: lines CATEGORY WORD or EXCEPT WORD\n"
	        "      --model FILE      a model from 'ko-filter-ethics train'\n"
	        "      --annotate        keep every record, adding \"ethics\": {unsafe, score,\n"
	        "                        categories, reason}\n"
	        "      --print-score     print SCORE<TAB>UNSAFE (1 or 0) for each record judged,\n"
	        "                        -<TAB>- for one with no text to judge\n"
	        "\n"
	        "ko-filter-ethics train --help: the training options.\n",
	.longopts = longopts,
	.max_fields = KO_MAX_FIELDS,
	.judges_text = 1,
};

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "train"))
		return train(argc - 1, argv + 1);
	struct conf c = {.policy = POL_ANY, .types = (1u << ETH_NCAT) - 1};
	struct lexicon_files lf = {.n = 0};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, &o, code, optarg, &lf);
	judge_init(&c.J, &lf, c.model_path, c.policy != POL_LEXICON);
	if (!c.threshold_set)
		c.threshold = c.J.model.threshold;
	snprintf(c.threshold_text, sizeof c.threshold_text, "%.4g", c.threshold);
	snprintf(c.praise_text, sizeof c.praise_text, "%.4g", c.threshold + ETH_PRAISE_MARGIN);
	snprintf(c.work_text, sizeof c.work_text, "%.4g", c.threshold + ETH_WORK_MARGIN);
	c.J.backing = c.policy != POL_LEXICON ? c.threshold : -1;
	struct ko_run run;
	ko_open(&run, &o);
	if (c.dialogue)
		ko_run_reads_key(&run, c.dialogue);
	struct ko_rec *r;
	while ((r = ko_next(&run))) {
		struct verdict v;
		int unsafe = judge_record(&c, r, &v);
		if (unsafe == KO_REJECT)
			continue;
		if (c.dialogue)
			dialogue(&c, r, unsafe, &v);
		else
			finish(&c, r, unsafe, &v, NULL);
	}
	if (c.dialogue)
		flush_dialogue(&c, &run);
	int status = ko_close(&run);
	judge_free(&c.J);
	ko_buf_free(&c.out), ko_buf_free(&c.num), ko_buf_free(&c.cats), ko_buf_free(&c.why);
	ko_buf_free(&c.quoted);
	ko_buf_free(&c.key);
	free(c.held);
	return status;
}
