/* ko-mask - mask-prediction tasks: one occurrence of a word (or --count
 * words) replaced by a mask token, the words are the answer. */
#define _GNU_SOURCE /* memrchr */
#include <stdlib.h>
#include <string.h>

#include "ko.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "ko-mask-words.h"

static const struct ko_task tasks[] = {
	{"mask", NULL, "text mask answer count", "{text}", "{answer}"},
	{"mask", "mask-multi", "text mask answer count", "{text}", "{answer}"},
};

/* The endings of a predicate or an adverb, by what decides them. A noun
 * slot's particle is what the rest of the clause selects (도서관을
 * before 찾았다), but a predicate's ending is a choice the passage does
 * not make: a connective (입학하지만, 입학했으나, 입학하여 and 입학했고
 * all fit before 이듬해 전과했다), an adnominal's tense or voice (완간한
 * and 완간된, 개발되는 and 개발된), an adverb's form (충분히, 충분하게).
 * Only the word after it can force one: an auxiliary or a bound noun
 * that takes a single ending (사용하고 있다, 안장되어 있다, 계산될 수,
 * 도입할 예정, 하지 않았다, 진화하기 시작한다, 공개해야 한다, 쉽게
 * 된다). A particle that only delimits (배우자만을, 연기조차, 지금이라도)
 * is such a choice too, where a case particle is not. PE_FREE: nothing forces it; the others name what does. */
enum {
	PE_FREE = 1,
	PE_AUX,   /* -고, -어: 있다, 없다 */
	PE_L,     /* adnominal -ㄹ: 수, 예정, 때 */
	PE_NOT,   /* -지: 않다, 못하다 */
	PE_GI,    /* -기: 시작, 위해, 위한, 위하여, 때문 */
	PE_HA,    /* -야, -게, -도록, -려고: 하다 (and -야, -게: 되다) */
	PE_HADOE, /* -야, -게: 하다 or 되다 */
	PE_N,     /* adnominal -ㄴ, -는, -던: the tense is free */
};

/* Endings by their last syllables, each after at least `before`
 * syllables of stem (하지 and 한 need two: 하지 the noun, 역할). A form
 * whose syllable before the ending holds ㅆ (했고, 되었으나, 있었던,
 * 했을) is a predicate whatever its ending (pred_ending). */
static const struct pred_tail {
	const char *tail;
	unsigned char len, before, kind;
} pred_tails[] = {
#define T(s, before, kind) {s, sizeof s - 1, before, kind}
	T("며", 1, PE_FREE), T("면서", 1, PE_FREE), T("으면", 1, PE_FREE), T("하면", 1, PE_FREE),
	T("되면", 1, PE_FREE), T("다면", 1, PE_FREE), T("려면", 1, PE_FREE), T("이면", 2, PE_FREE),
	T("으나", 1, PE_FREE), T("거나", 1, PE_FREE), T("지만", 1, PE_FREE), T("다가", 1, PE_FREE),
	T("듯", 1, PE_FREE), T("듯이", 1, PE_FREE), T("는데", 1, PE_FREE), T("은데", 1, PE_FREE),
	T("한데", 1, PE_FREE), T("니까", 1, PE_FREE), T("으니", 1, PE_FREE), T("해서", 1, PE_FREE),
	T("어서", 1, PE_FREE), T("아서", 1, PE_FREE), T("여서", 1, PE_FREE), T("져서", 1, PE_FREE),
	T("워서", 1, PE_FREE), T("나서", 1, PE_FREE), T("라서", 1, PE_FREE), T("다고", 1, PE_FREE),
	T("다는", 1, PE_FREE), T("하자", 1, PE_FREE), T("되자", 1, PE_FREE), T("이고", 1, PE_FREE),
	T("없고", 1, PE_FREE), T("않고", 1, PE_FREE), T("히", 1, PE_FREE), T("해도", 1, PE_FREE),
	T("어도", 1, PE_FREE), T("아도", 1, PE_FREE), T("여도", 1, PE_FREE), T("져도", 1, PE_FREE),
	T("워도", 1, PE_FREE), T("하니", 1, PE_FREE), T("되니", 1, PE_FREE), T("싶고", 1, PE_FREE),
	T("싶어", 1, PE_FREE), T("는게", 1, PE_FREE), T("은게", 1, PE_FREE), T("는거", 1, PE_FREE),
	T("은거", 1, PE_FREE), T("한거", 1, PE_FREE), T("는건", 1, PE_FREE), T("한건", 1, PE_FREE),
	T("만을", 1, PE_FREE), T("만이", 1, PE_FREE), T("조차", 1, PE_FREE), T("마저", 1, PE_FREE),
	T("라도", 1, PE_FREE),
	T("하고", 2, PE_AUX), T("되고", 1, PE_AUX), T("지고", 1, PE_AUX), T("르고", 1, PE_AUX),
	T("받고", 1, PE_AUX), T("주고", 1, PE_AUX), T("내고", 1, PE_AUX), T("키고", 1, PE_AUX),
	T("우고", 1, PE_AUX), T("오고", 1, PE_AUX), T("나고", 1, PE_AUX), T("두고", 1, PE_AUX),
	T("놓고", 1, PE_AUX), T("리고", 1, PE_AUX), T("가고", 1, PE_AUX), T("하여", 1, PE_AUX),
	T("되어", 1, PE_AUX), T("져", 1, PE_AUX),
	T("려고", 1, PE_HA), T("도록", 1, PE_HA), T("하긴", 1, PE_HA),
	T("해야", 1, PE_HADOE), T("어야", 1, PE_HADOE), T("아야", 1, PE_HADOE), T("여야", 1, PE_HADOE),
	T("져야", 1, PE_HADOE), T("워야", 1, PE_HADOE), T("돼야", 1, PE_HADOE), T("하게", 1, PE_HADOE),
	T("되게", 1, PE_HADOE), T("있게", 1, PE_HADOE), T("없게", 1, PE_HADOE), T("않게", 1, PE_HADOE),
	T("르게", 1, PE_HADOE), T("롭게", 1, PE_HADOE), T("답게", 1, PE_HADOE), T("럽게", 1, PE_HADOE),
	T("렵게", 1, PE_HADOE), T("크게", 0, PE_HADOE), T("쉽게", 0, PE_HADOE), T("많게", 0, PE_HADOE),
	T("높게", 0, PE_HADOE), T("낮게", 0, PE_HADOE), T("넓게", 0, PE_HADOE), T("좁게", 0, PE_HADOE),
	T("같게", 0, PE_HADOE), T("짧게", 0, PE_HADOE), T("길게", 0, PE_HADOE), T("작게", 0, PE_HADOE),
	T("적게", 0, PE_HADOE), T("좋게", 0, PE_HADOE), T("깊게", 0, PE_HADOE), T("늦게", 0, PE_HADOE),
	T("하기", 1, PE_GI), T("되기", 1, PE_GI),
	T("하지", 2, PE_NOT), T("되지", 1, PE_NOT), T("있지", 1, PE_NOT), T("없지", 1, PE_NOT),
	T("할", 2, PE_L), T("될", 2, PE_L), T("있을", 1, PE_L), T("없을", 1, PE_L),
	T("한", 2, PE_N), T("된", 2, PE_N), T("하는", 1, PE_N), T("되는", 1, PE_N), T("있는", 1, PE_N),
	T("없는", 1, PE_N), T("않는", 1, PE_N), T("하던", 1, PE_N), T("되던", 1, PE_N), T("하신", 1, PE_N),
	T("되신", 1, PE_N),
#undef T
};
enum { NPRED = sizeof pred_tails / sizeof *pred_tails };


/* A stem of the record (stem_key), whether two words start with it, and
 * the first NFORM forms (form_key) of the words that do, each with how
 * often it occurs (up to 2); a slot of another record's epoch is empty.
 * A later form is not kept: a word of it is taken to occur once, which
 * errs only where a stem has more forms and a later one recurs. */
enum { NFORM = 4 };
struct stem {
	uint64_t key, form[NFORM];
	uint32_t epoch;
	unsigned char twice, nform[NFORM];
};

struct conf {
	const char *mask;
	size_t mask_len, min_len, min_chars, max_chars, count;
	int eojeol, any_word;
	struct ko_gen gen;
	/* The record's work buffers, reused. A word is known by the offset
	 * of its start (32 bits: a passage over 4 GB makes no task); its end
	 * is found again from there. pool: the words that may be masked, those
	 * with a clue first, each in text order; pick: the words drawn. */
	uint32_t *pool, *other;
	uint64_t *keys; /* keys[k]: the stem key of pool[k] (stem_key) */
	uint64_t *forms; /* forms[k]: its form key (form_key), 0 without a stem */
	uint32_t *slots; /* slots[k]: 1 + the index of its stem's slot, 0
	                  * without a stem (where stem_add put the key: found
	                  * again from keys where the table grew since or
	                  * informal_key gave another key) */
	size_t poolcap, othercap;
	struct ko_span *pick;
	struct stem *stems; /* a hash table of the stems of the words */
	size_t stemcap, nstems;
	uint32_t epoch;
	int grew; /* the table of stems grew during the record */
	uint16_t freq[1024]; /* mask_words by hash: its index + 1, or 0 */
	uint64_t freqbits[64]; /* a bit for the first syllable and length of each */
	unsigned char freqlen[1024]; /* and its length in bytes */
	unsigned char freqkind[1024]; /* and what may follow it (FK_*) */
	/* the first and the last syllables of the particles and endings
	 * general_form looks for, a bit each */
	unsigned char sfx_first[(KO_SYL_LAST - KO_SYL_FIRST) / 8 + 1];
	unsigned char sfx_last[(KO_SYL_LAST - KO_SYL_FIRST) / 8 + 1];
	/* the last syllables of the forms of the table a particle or an
	 * ending may follow (freqkind), a bit each */
	unsigned char kind_last[(KO_SYL_LAST - KO_SYL_FIRST) / 8 + 1];
	unsigned char kind_first[(KO_SYL_LAST - KO_SYL_FIRST) / 8 + 1]; /* and first */
	size_t freqmax;      /* the longest of mask_words in bytes */
	/* pred_tails by their last syllable: a chain for each value of its
	 * low six bits (pred_head, pred_next: NPRED ends it), and the
	 * syllable of each */
	unsigned char pred_head[64], pred_next[NPRED];
	uint32_t pred_syl[NPRED];
	size_t *at;
	/* the bytes of the passage that belong to a Hangul syllable, a bit
	 * each (syl_bits): the words are the runs of them; and after them
	 * where a run long enough to be a word starts (runbits), when
	 * min_len <= 21 */
	uint64_t *sylbits, *runbits;
	size_t sylcap;
	struct ko_buf text, answer, num;
};

enum { OPT_EOJEOL = 0x100, OPT_MIN_LEN, OPT_MIN_CHARS, OPT_MAX_CHARS, OPT_COUNT, OPT_MASK,
       OPT_ANY_WORD };

static const struct option longopts[] = {
	{"eojeol", no_argument, NULL, OPT_EOJEOL},
	{"min-len", required_argument, NULL, OPT_MIN_LEN},
	{"min-chars", required_argument, NULL, OPT_MIN_CHARS},
	{"max-chars", required_argument, NULL, OPT_MAX_CHARS},
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
	case OPT_MAX_CHARS: c->max_chars = ko_opt_u64("--max-chars", arg, 0, 100000000); break;
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

/* ko_syllable_bytes(u + i, n - i), on the three bytes as one number: EA B0
 * 80 (U+AC00) to ED 9E A3 (U+D7A3) with two continuation bytes. */
static inline int syl(const unsigned char *u, size_t i, size_t n)
{
	uint32_t v;
	if (n - i >= 4) {
		memcpy(&v, u + i, 4);
		v = __builtin_bswap32(v) >> 8;
	} else if (n - i == 3) {
		v = (uint32_t)u[i] << 16 | (uint32_t)u[i + 1] << 8 | u[i + 2];
	} else {
		return 0;
	}
	return v - 0xEAB080u <= 0xED9EA3u - 0xEAB080u && (v & 0xC0C0u) == 0x8080u;
}


/* The end of p[b,e) with punctuation at its end cut off, and what chat
 * writes after a sentence (ko_end_mark: 했어요~ 했어요ㅋㅋ 했어요^^
 * 했어요🌿), so that an eojeol is the word and its end marks stay in the
 * text, where they tell that the word ends its sentence. */
static size_t trim_punct(const char *p, size_t b, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	uint32_t cp;
	/* most words end in a syllable, which is no punctuation */
	if (e - b >= 3 && syl(u, e - 3, e))
		return e;
	while (e > b) {
		size_t s = e - 1;
		while (s > b && (u[s] & 0xC0) == 0x80)
			s--;
		if (ko_utf8_decode(p + s, e - s, &cp) <= 0 || !(ko_is_punct(cp) || ko_end_mark(cp)))
			break;
		e = s;
	}
	return e;
}
#ifdef KO_AVX2
/* The Hangul syllables that start in p[0, 32) (p[32, 34) readable), a bit
 * each: syl() on every position. */
__attribute__((target("avx2"), always_inline)) static inline uint32_t
syl_starts32(const unsigned char *p)
{
	__m256i x0 = _mm256_loadu_si256((const __m256i *)(const void *)p);
	__m256i x1 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 1));
	__m256i x2 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 2));
#define IN(v, lo, span) \
	_mm256_cmpeq_epi8(_mm256_min_epu8(_mm256_sub_epi8(v, _mm256_set1_epi8((char)(lo))), \
	                                  _mm256_set1_epi8((char)(span))), \
	                  _mm256_sub_epi8(v, _mm256_set1_epi8((char)(lo))))
#define EQ(v, c) _mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)(c)))
	/* EA B0 80 (U+AC00) to ED 9E A3 (U+D7A3), two continuation bytes */
	__m256i ok = _mm256_and_si256(IN(x0, 0xEA, 3), _mm256_and_si256(IN(x1, 0x80, 0x3F),
	                                                                IN(x2, 0x80, 0x3F)));
	__m256i below = _mm256_and_si256(EQ(x0, 0xEA), IN(x1, 0x80, 0x2F));
	__m256i above = _mm256_and_si256(
	    EQ(x0, 0xED), _mm256_or_si256(IN(x1, 0x9F, 0x20),
	                                  _mm256_and_si256(EQ(x1, 0x9E), IN(x2, 0xA4, 0x1B))));
#undef IN
#undef EQ
	return (uint32_t)_mm256_movemask_epi8(_mm256_andnot_si256(_mm256_or_si256(below, above), ok));
}

/* syl_starts32 over p[0, n) into the bits b while 34 bytes are left; where
 * it stopped. */
__attribute__((target("avx2"))) static size_t syl_starts_avx2(const unsigned char *p, size_t n,
                                                              uint64_t *b)
{
	size_t i = 0;
	for (; i + 34 <= n; i += 32)
		b[i / 64] |= (uint64_t)syl_starts32(p + i) << (i & 63);
	return i;
}
#endif

/* c->sylbits for the passage p[0, n): bit i set if p[i] is a byte of a
 * Hangul syllable (one that syl() finds, and its two continuation bytes);
 * and when min_len <= 21, c->runbits: bit i set where a run of min_len
 * syllables or more starts, so that the word loop goes from one word to
 * the next and not through every run of one syllable (the 년 of 1924년,
 * 수, 및) on its way. (A syllable is three bytes: a run starts at a
 * syllable none ends just before, and goes on through those that start
 * 3, 6 ... bytes on.) */
static void syl_bits(struct conf *c, const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t words = n / 64 + 2, i = 0;
	uint64_t *b = ko_bits_zeroed(&c->sylbits, &c->sylcap, 2 * words);
	c->runbits = b + words;
	/* first the starts, then each spread over its three bytes */
#ifdef KO_AVX2
	if (ko_have_avx2())
		i = syl_starts_avx2(u, n, b);
#endif
	for (; i + 3 <= n; i++)
		if ((unsigned)(u[i] - 0xEA) <= 3 && syl(u, i, n))
			b[i / 64] |= (uint64_t)1 << (i & 63);
	uint64_t carry = 0, before = 0;
	int runs = 3 * c->min_len <= 64;
	for (size_t w = 0; w < words; w++) {
		uint64_t st = b[w];
		if (runs) {
			/* (b[w + 1] holds its starts yet) */
			uint64_t next = w + 1 < words ? b[w + 1] : 0, r = st & ~(st << 3 | before);
			for (size_t k = 3; k < 3 * c->min_len; k += 3)
				r &= st >> k | next << (64 - k);
			c->runbits[w] = r;
			before = st >> 61;
		}
		b[w] = st | st << 1 | st << 2 | carry;
		carry = st >> 63 | st >> 62;
	}
}

/* The next word of Hangul syllables from *pi on, [*pb, *pe): the next run
 * of set bits in c->sylbits of at least min_len syllables, its end at most
 * n; 1, or 0 when there is none. Each run is looked for from its start
 * in the word of bits where the last one ended. */
static inline __attribute__((always_inline)) int syl_word(const struct conf *c, size_t n,
                                                          size_t *pi, size_t *pb, size_t *pe)
{
	const uint64_t *bits = c->sylbits;
	size_t i = *pi, least = 3 * c->min_len;
	if (least <= 64) {
		/* (from a run's end or the start: the next run that starts
		 * long enough, up to its first clear bit) */
		const uint64_t *runs = c->runbits;
		size_t w = i / 64;
		uint64_t m = i < n ? runs[w] & (~(uint64_t)0 << (i & 63)) : 0;
		while (!m) {
			if (++w * 64 >= n)
				goto none;
			m = runs[w];
		}
		size_t b = w * 64 + (size_t)__builtin_ctzll(m);
		m = ~bits[w] & (~(uint64_t)0 << (b & 63));
		while (!m)
			m = ~bits[++w];
		*pi = *pe = w * 64 + (size_t)__builtin_ctzll(m);
		*pb = b;
		return 1;
	}
	while (i < n) {
		size_t w = i / 64;
		uint64_t m = bits[w] & (~(uint64_t)0 << (i & 63));
		while (!m) {
			if (++w * 64 >= n)
				goto none;
			m = bits[w];
		}
		size_t b = w * 64 + (size_t)__builtin_ctzll(m);
		if (b >= n)
			break;
		/* the run ends at the first clear bit from b on */
		m = ~bits[w] & (~(uint64_t)0 << (b & 63));
		while (!m) {
			if (++w * 64 >= n)
				break;
			m = ~bits[w];
		}
		i = m ? w * 64 + (size_t)__builtin_ctzll(m) : n;
		if (i > n)
			i = n;
		if (i - b >= least) {
			*pi = *pe = i;
			*pb = b;
			return 1;
		}
	}
none:
	*pi = n;
	return 0;
}

/* Under --eojeol, the next word from *i on that may be masked, [*b, *e):
 * 1, or 0 when there is none (without it, syl_word's runs of syllables
 * are the words). Words are eojeol (words between white space, U+00A0
 * and U+3000 included) with punctuation at either end cut off, holding a
 * Hangul syllable and at least min_len characters. */
static int next_eojeol(const struct conf *c, const char *p, size_t n, size_t *pi, size_t *pb,
                       size_t *pe)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = *pi, l;
	while (i < n) {
		while (i < n && (l = ko_space_len(p + i, n - i)))
			i += l;
		size_t b = i;
		i = ko_space_from(p, i, n);
		size_t e = i;
		uint32_t cp;
		int k;
		/* (a syllable is no punctuation) */
		while (b < e && !syl(u, b, e) && (k = ko_utf8_decode(p + b, e - b, &cp)) > 0 &&
		       ko_is_punct(cp))
			b += (size_t)k;
		e = trim_punct(p, b, e);
		if (b >= e)
			continue;
		int hangul = 0;
		for (size_t j = b; j < e && !hangul; j++)
			hangul = ko_syllable_bytes(u + j, e - j);
		/* (a character has at most four bytes) */
		if (hangul && (e - b >= 4 * c->min_len || ko_utf8_count(p + b, e - b) >= c->min_len)) {
			*pi = i;
			*pb = b;
			*pe = e;
			return 1;
		}
	}
	*pi = n;
	return 0;
}

/* The end of the word syl_word() or next_eojeol() found at b: of a run
 * of syllables, the first clear bit of c->sylbits from b on. */
static size_t word_end(const struct conf *c, const char *p, size_t n, size_t b)
{
	if (!c->eojeol) {
		const uint64_t *bits = c->sylbits;
		size_t w = b / 64;
		uint64_t m = ~bits[w] & (~(uint64_t)0 << (b & 63));
		while (!m) {
			if (++w * 64 >= n)
				return n;
			m = ~bits[w];
		}
		size_t i = w * 64 + (size_t)__builtin_ctzll(m);
		return i < n ? i : n;
	}
	return trim_punct(p, b, ko_space_from(p, b, n));
}

/* 1 if p holds at least m characters (as ko_utf8_count counts them),
 * read no further than needed for valid text. */
static int chars_at_least(const char *p, size_t n, size_t m)
{
	size_t l = m <= n / 4 ? 4 * m : n;
	return ko_utf8_count(p, l) >= m || (l < n && ko_utf8_count(p, n) >= m);
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
static size_t freq_hash(const char *w, size_t n)
{
	const unsigned char *u = (const unsigned char *)w;
	uint32_t h = (uint32_t)n * 0x9E3779B1u;
	if (n >= 3) {
		uint32_t x = u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16;
		uint32_t y = u[n - 3] | (uint32_t)u[n - 2] << 8 | (uint32_t)u[n - 1] << 16;
		h ^= x * 0x85EBCA77u ^ y * 0xC2B2AE3Du;
	} else {
		for (size_t i = 0; i < n; i++)
			h = (h ^ u[i]) * 16777619u;
	}
	return (h ^ h >> 15 ^ h >> 25) & (NFREQ - 1);
}

/* The bit of freqbits for a word of n bytes (n >= 3) starting at w: most
 * words are not in mask_words, and their bit says so at once. (Its first
 * syllable, last byte and length: the first syllable and length alone
 * are those of a frequent form for one word in three.) */
static size_t freq_bit(const char *w, size_t n)
{
	const unsigned char *u = (const unsigned char *)w;
	uint32_t x = u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16;
	return ((x * 0x9E3779B1u) ^ (((uint32_t)n << 8 | u[n - 1]) * 0x85EBCA77u)) >> 20;
}

/* Particles and copula forms written apart from their word (“…학문”
 * 이라고 정의되는, a quote or bracket closed before them): a run of
 * syllables, but no word to ask for, and too rare to be among mask_words.
 * (Not 이란, 이자, 라면, 에도, which are nouns too.) */
static const char *const particles[] = {
	"이라고", "이라는", "라는", "이라며", "라며", "이라", "이며", "이고", "이었다",
	"였다", "입니다", "이에요", "예요", "이었고", "였고", "이었으며", "였으며",
	"이나", "이든", "으로서", "로서", "으로써", "로써", "에게", "에는",
	"께서", "까지", "부터", "처럼", "이지만", "이므로", "이어서", "이라서",
	"이라면", "이었던", "였던", "에서는", "에서도", "으로는", "으로도", "로도", "로는",
};
/* The general nouns: bound nouns (것, 수, 때, 데, 줄) and the nouns of most
 * general sense (경우, 정도, 사람, 생각). Alone or with a particle
 * (모습, 것이라고, 경우는, 사람의) each is as guessable from grammar alone
 * as a frequent form, and the table holds few of their forms. */
static const char *const general_nouns[] = {
	"것", "거", "수", "때", "데", "바", "뿐", "줄", "등", "중", "경우", "정도", "이상",
	"이후", "다음", "때문", "자신", "자기", "서로", "처음", "지금", "생각", "모습", "사람",
};
static const char *const noun_particles[] = {
	"은", "는", "이", "가", "을", "를", "도", "의", "에", "에서", "에는", "에도", "으로",
	"로", "만", "과", "와", "이다", "이라고", "이라는", "이라면", "이지만", "이고", "이나",
	"이면", "에게", "까지", "부터", "보다", "처럼", "만큼", "마다", "밖에", "들이", "들은",
	"들의", "들도", "들을",
};
/* The endings that follow a frequent predicate form by its last syllable:
 * a quotation or a condition after 다 (있다는, 된다고, 없다면), a clause
 * after the adnominal ㄴ (하는데, 있는지, 아닌데, 같은데), and after 해 or 라
 * (대해서, 따라서, 위해서, 아니라고). */
static const char *const after_da[] = {"는", "고", "며", "면", "니", "지만", "는데", "니까"};
static const char *const after_adnominal[] = {"데", "지", "데도", "지도", "데요", "지요"};
static const char *const after_hae[] = {"서", "서는", "서도", "도", "고", "야"};
/* The predicate forms (있는, 한다, 대해) an ending above may follow: the
 * table's of this rank or better, the cross-genre core of the language,
 * none a noun of its topics with such an ending (드라마, 218; 기부,
 * 1,559) but 의해 (232). */
#define GENERAL_RANK 250
/* What a form of the table may take after it (struct conf's freqkind):
 * a particle (a general noun), or an ending after 다, the adnominal ㄴ, or
 * 해 or 라 (a predicate form of GENERAL_RANK or better). */
enum { FK_NOUN = 1, FK_DA = 2, FK_ADN = 4, FK_HAE = 8 };

#define NMASKW (sizeof mask_words / sizeof *mask_words)
#define NPART (sizeof particles / sizeof *particles)
#define NGEN (sizeof general_nouns / sizeof *general_nouns)

/* Form k of the table: mask_words, then particles, then general_nouns. */
static const char *freq_form(size_t k)
{
	return k < NMASKW ? mask_words[k].form
	       : k < NMASKW + NPART ? particles[k - NMASKW]
	                            : general_nouns[k - NMASKW - NPART];
}

/* The slot of the form w[0..n) in the table + 1, or 0. */
static size_t freq_slot(const struct conf *c, const char *w, size_t n)
{
	if (n > c->freqmax)
		return 0;
	if (n >= 3) {
		size_t bit = freq_bit(w, n);
		if (!(c->freqbits[bit >> 6] >> (bit & 63) & 1))
			return 0;
	}
	for (size_t h = freq_hash(w, n); c->freq[h]; h = (h + 1) & (NFREQ - 1))
		if (c->freqlen[h] == n && !memcmp(freq_form(c->freq[h] - 1u), w, n))
			return h + 1;
	return 0;
}

/* Set the bit of syllable v (one) in set. */
static void syl_set(unsigned char *set, uint32_t v)
{
	set[(v - KO_SYL_FIRST) >> 3] |= (unsigned char)(1u << ((v - KO_SYL_FIRST) & 7));
}

static void sfx_add(struct conf *c, const char *const *t, size_t nt)
{
	for (size_t k = 0; k < nt; k++) {
		const unsigned char *u = (const unsigned char *)t[k];
		size_t m = strlen(t[k]);
		syl_set(c->sfx_first, ko_syllable_at(u, m));
		syl_set(c->sfx_last, ko_syllable_at(u + m - 3, 3));
	}
}
#define SFX_ADD(c, t) sfx_add(c, t, sizeof t / sizeof *t)

static inline int syl_bit(const unsigned char *set, uint32_t v)
{
	return v && set[(v - KO_SYL_FIRST) >> 3] >> ((v - KO_SYL_FIRST) & 7) & 1;
}

static void freq_init(struct conf *c)
{
	_Static_assert(NPRED < 255, "pred_next holds an index");
	memset(c->pred_head, NPRED, sizeof c->pred_head);
	for (size_t t = NPRED; t-- > 0;) {
		const unsigned char *tail = (const unsigned char *)pred_tails[t].tail;
		uint32_t v = ko_syllable_at(tail + pred_tails[t].len - 3, 3);
		c->pred_syl[t] = v;
		c->pred_next[t] = c->pred_head[v & 63];
		c->pred_head[v & 63] = (unsigned char)t;
	}
	SFX_ADD(c, noun_particles);
	SFX_ADD(c, after_da);
	SFX_ADD(c, after_adnominal);
	SFX_ADD(c, after_hae);
	_Static_assert(NMASKW + NPART + NGEN < NFREQ / 2, "table too small");
	for (size_t k = 0; k < NMASKW + NPART + NGEN; k++) {
		const char *f = freq_form(k);
		size_t m = strlen(f), h = freq_hash(f, m), at;
		if (m > 255)
			ko_fatal(2, "mask_words: '%s' too long", f);
		uint32_t last = m >= 3 ? ko_syllable_at((const unsigned char *)f + m - 3, 3) : 0;
		if (k >= NMASKW + NPART && (at = freq_slot(c, f, m))) {
			c->freqkind[at - 1] |= FK_NOUN; /* (a form of mask_words too) */
			syl_set(c->kind_last, last), syl_set(c->kind_first, ko_syllable_at((const unsigned char *)f, m));
			continue;
		}
		while (c->freq[h])
			h = (h + 1) & (NFREQ - 1);
		c->freq[h] = (uint16_t)(k + 1);
		if (m >= 3)
			c->freqbits[freq_bit(f, m) >> 6] |= (uint64_t)1 << (freq_bit(f, m) & 63);
		c->freqlen[h] = (unsigned char)m;
		if (m > c->freqmax)
			c->freqmax = m;
		if (k >= NMASKW + NPART)
			c->freqkind[h] = FK_NOUN;
		else if (k < NMASKW && mask_words[k].rank <= GENERAL_RANK && last)
			c->freqkind[h] = last == 0xB2E4                          ? FK_DA /* 다 */
			                 : ko_hangul_jong(last) == KO_JONG_NIEUN ? FK_ADN
			                 : last == 0xD574 || last == 0xB77C      ? FK_HAE /* 해 라 */
			                                                         : 0;
		if (c->freqkind[h])
			syl_set(c->kind_last, last), syl_set(c->kind_first, ko_syllable_at((const unsigned char *)f, m));
	}
}

/* One of the most frequent forms, a particle written apart or a general
 * noun alone. */
static int frequent(const struct conf *c, const char *w, size_t n)
{
	return freq_slot(c, w, n) != 0;
}

static int in_words(const char *const *t, size_t nt, const char *w, size_t n)
{
	for (size_t k = 0; k < nt; k++)
		if (t[k][0] == w[0] && strlen(t[k]) == n && !memcmp(t[k], w, n))
			return 1;
	return 0;
}
#define IN_WORDS(t, w, n) in_words(t, sizeof t / sizeof *t, w, n)

/* 1 if the word w[0..n), Hangul syllables, is a general noun with a
 * particle or a frequent predicate form with an ending (see above): a
 * mask of it asks for grammar, not for what the passage says. */
static int general_form(const struct conf *c, const char *w, size_t n)
{
	const unsigned char *u = (const unsigned char *)w;
	/* (most words end otherwise than any of them, and most of the places
	 * they could start at hold a syllable none starts with) */
	if (n < 6 || !syl_bit(c->kind_first, ko_syllable_at(u, n)) ||
	    !syl_bit(c->sfx_last, ko_syllable_at(u + n - 3, 3)))
		return 0;
	for (size_t i = n > 12 ? n - 9 : 3; i < n && i <= 9; i += 3) {
		const char *s = w + i;
		size_t sn = n - i, at;
		if (!syl_bit(c->sfx_first, ko_syllable_at(u + i, 3)) ||
		    !syl_bit(c->kind_last, ko_syllable_at(u + i - 3, 3)) || !(at = freq_slot(c, w, i)))
			continue;
		unsigned kind = c->freqkind[at - 1];
		if (kind && (((kind & FK_NOUN) && IN_WORDS(noun_particles, s, sn)) ||
		             ((kind & FK_DA) && IN_WORDS(after_da, s, sn)) ||
		             ((kind & FK_ADN) && IN_WORDS(after_adnominal, s, sn)) ||
		             ((kind & FK_HAE) && IN_WORDS(after_hae, s, sn))))
			return 1;
	}
	return 0;
}

/* What the bytes next to a word say of it. MARKUP: a markup character
 * ([[분류:...]], <ref>, {{...}}, formula_3, &lt;), residue of extraction,
 * not language to guess. GLUED: an ASCII letter or digit (14<MASK> for
 * 14세기부터: the run of syllables is not the whole word). END, after it:
 * a closing quote or bracket or a sentence end, where the word may be the
 * last of a sentence (<MASK>. for 사용한다.: many predicates fit there).
 * TAIL, after it: what may begin the end of a sentence in chat text, a
 * tilde, ^^, ;;, jamo (ㅋㅋ), a pictograph (🌿), or a blank before one
 * (sentence_end).
 * LABEL, after it: a colon, which makes the word a label (a speaker's name
 * in a chat log, 민지: 좋아, or 요약: before a summary), not part of a
 * sentence; or an opening bracket glued to it, a gloss that gives the word
 * away or is part of the eojeol (<MASK>(三角函數恒等式) for 항등식,
 * <MASK>(Hexanchidae)는). */
enum { MARKUP = 1, GLUED = 2, END = 4, LABEL = 8, TAIL = 16 };
static const unsigned char edge_class[256] = {
	[' '] = TAIL, ['!'] = END, ['"'] = END, ['&'] = MARKUP, ['\''] = END, ['('] = LABEL, [')'] = END,
	['.'] = END, ['0'] = GLUED, ['1'] = GLUED, ['2'] = GLUED, ['3'] = GLUED,
	['4'] = GLUED, ['5'] = GLUED, ['6'] = GLUED, ['7'] = GLUED, ['8'] = GLUED,
	['9'] = GLUED, [':'] = LABEL, ['<'] = MARKUP, ['='] = MARKUP, ['>'] = MARKUP, ['?'] = END,
	['A'] = GLUED, ['B'] = GLUED, ['C'] = GLUED, ['D'] = GLUED, ['E'] = GLUED,
	['F'] = GLUED, ['G'] = GLUED, ['H'] = GLUED, ['I'] = GLUED, ['J'] = GLUED,
	['K'] = GLUED, ['L'] = GLUED, ['M'] = GLUED, ['N'] = GLUED, ['O'] = GLUED,
	['P'] = GLUED, ['Q'] = GLUED, ['R'] = GLUED, ['S'] = GLUED, ['T'] = GLUED,
	['U'] = GLUED, ['V'] = GLUED, ['W'] = GLUED, ['X'] = GLUED, ['Y'] = GLUED,
	['Z'] = GLUED, ['['] = MARKUP, [']'] = MARKUP | END, ['_'] = MARKUP,
	['a'] = GLUED, ['b'] = GLUED, ['c'] = GLUED, ['d'] = GLUED, ['e'] = GLUED,
	['f'] = GLUED, ['g'] = GLUED, ['h'] = GLUED, ['i'] = GLUED, ['j'] = GLUED,
	['k'] = GLUED, ['l'] = GLUED, ['m'] = GLUED, ['n'] = GLUED, ['o'] = GLUED,
	['p'] = GLUED, ['q'] = GLUED, ['r'] = GLUED, ['s'] = GLUED, ['t'] = GLUED,
	['u'] = GLUED, ['v'] = GLUED, ['w'] = GLUED, ['x'] = GLUED, ['y'] = GLUED,
	['z'] = GLUED, ['{'] = MARKUP, ['|'] = MARKUP, ['}'] = MARKUP, ['~'] = TAIL, [';'] = TAIL,
	['^'] = TAIL, [0xE2] = END, [0xE3] = TAIL, [0xEF] = TAIL, [0xF0] = TAIL,
};

/* Whether the run of syllables at b follows, with no space, a closing
 * bracket or a Hanja: then it is the particle or ending of the word
 * before (고전(古典)과의, 《책》으로, 古典이다), not a word of its own. */
static int closed_before(const unsigned char *u, size_t b)
{
	if (b == 0)
		return 0;
	if (u[b - 1] == ')')
		return 1;
	if (b < 3 || u[b - 3] < 0xE3 || u[b - 3] > 0xEF)
		return 0;
	uint32_t c = (uint32_t)u[b - 3] << 16 | (uint32_t)u[b - 2] << 8 | u[b - 1];
	switch (c) {
	case 0xE38089: case 0xE3808B: case 0xE3808D: case 0xE3808F: /* 〉 》 」 』 */
	case 0xE38091: case 0xE38095: case 0xEFBC89:                /* 】 〕 ） */
		return 1;
	}
	/* a CJK ideograph, U+4E00 to U+9FFF: lead bytes E4 to E9 */
	return u[b - 3] >= 0xE4 && u[b - 3] <= 0xE9;
}

/* Of the characters that end a sentence, the kind of cp: 1 for end
 * punctuation and the tilde (. ? ! … ~: ko_end_mark's stops and tildes),
 * 2 for what chat text writes in place of a full stop or after it (^^ ;;
 * ㅋㅋ ㅠㅠ, a pictograph, with its variation selector or joiner: its
 * chat marks, and the semicolon), 0 for any other. */
static int ending_kind(uint32_t cp)
{
	int m = cp == ';' ? KO_END_CHAT : ko_end_mark(cp);
	return m == KO_END_CHAT ? 2 : m != 0;
}

/* 1 if the word that ends at e is the last of its sentence: closing
 * quotes and brackets, then a run of what ends a sentence (ending_kind:
 * 했다. 했다?! 했어요... 했어요~ 했어요ㅋㅋ 했어요^^), glued to the word,
 * or after one blank when the run holds more than punctuation (했어요 🌿,
 * 했어요 ㅎㅎ: a tilde or dots after a blank may be a range or a pause,
 * 서울 ~ 부산), up to the end of the text, a blank or a quote; or up to
 * anything when the run holds more than punctuation or is dots
 * (변명이야...나중에, 재밌었어ㅋㅋ그래서: chat text often leaves out the
 * blank there, where a single . or ~ between words is a number's or a
 * range's), and up to a syllable when the run is stops alone (안했냐.민수는,
 * 대단하다!대단한: between syllables a full stop is no decimal point).
 * After one blank a question or exclamation mark ends the sentence too,
 * and a lone full stop before a blank or the end (만나냐 ?, 했다 .).
 * A single ; is a clause's end, not the sentence's; ;; is a sweat
 * drop. */
static int sentence_end(const unsigned char *u, size_t n, size_t e)
{
	size_t i = e;
	/* (most often a full stop and a blank or the end: 했다. ) */
	if (u[i] == '.' && (i + 1 == n || u[i + 1] == ' ' || u[i + 1] == '\n'))
		return 1;
	while (i < n && (u[i] == '"' || u[i] == '\'' || u[i] == ')' || u[i] == ']'))
		i++;
	if (i + 3 <= n && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x9D || u[i + 2] == 0x99))
		i += 3; /* ” ’ */
	int blank = i == e && i < n && u[i] == ' ';
	i += blank;
	/* a laugh in Hangul after a blank (중이다 하하): a chat tail, but
	 * not one that says how someone laughs (아이들은 하하 웃었다) */
	size_t laugh = blank ? ko_laugh_len((const char *)u + i, n - i) : 0;
	if (laugh) {
		size_t j = i + laugh;
		if (!(j + 4 <= n && u[j] == ' ' && !memcmp(u + j + 1, "\xEC\x9B\x83", 3))) /* 웃 */
			return 1;
	}
	size_t from = i, semis = 0, dots = 0, asks = 0, others = 0;
	int kinds = 0;
	while (i < n) {
		uint32_t cp;
		int k = ko_utf8_decode((const char *)u + i, n - i, &cp), kind;
		if (k <= 0 || !(kind = ending_kind(cp)))
			break;
		kinds |= kind;
		semis += cp == ';';
		asks += cp == '?' || cp == '!';
		int dot = cp == '.' ? 1 : cp == 0x2026 || cp == 0x2025 || cp == 0x22EF ? 2 : 0;
		dots += (size_t)dot;
		others += !dot && cp != '?' && cp != '!';
		i += (size_t)k;
	}
	if (i == from || (semis == 1 && i - from == 1))
		return 0;
	/* after a blank: what chat writes, or a question or exclamation mark
	 * (만나냐 ?, 진짜 !!), or a lone full stop before a blank or the end
	 * (했다 .); not a tilde nor dots alone, a range or a pause */
	if (blank && !(kinds & 2) && !asks && !(dots == 1 && i - from == 1 &&
	                                       (i == n || u[i] == ' ' || u[i] == '\n')))
		return 0;
	/* stops glued to a syllable after them end the sentence before it
	 * (안하냐.설아는, 뭐라고?그래서): between Hangul a full stop is no
	 * decimal point nor an abbreviation's */
	if (i > from && !others && i + 3 <= n && syl(u, i, n))
		return 1;
	return i == n || u[i] == ' ' || u[i] == '\n' || u[i] == '"' || (kinds & 2) || dots >= 2;
}

/* 1 if the word [b, e) is next to markup, or one the reader cannot tell
 * from its place: glued to a letter or a digit, or to a closing bracket
 * or a Hanja before it, or the last word of a sentence or of the text.
 * One look at the byte on either side decides most words. */
static inline __attribute__((always_inline)) int badly_placed(const char *p, size_t n, size_t b,
                                                             size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	unsigned before = b > 0 ? edge_class[u[b - 1]] : 0, after = e < n ? edge_class[u[e]] : 0;
	if (((before | after) & (MARKUP | GLUED)) || (after & LABEL) || closed_before(u, b))
		return 1;
	if (e == n) /* the last word of the text ends its sentence */
		return 1;
	if (!(after & (END | TAIL)))
		return 0;
	/* (after a blank most words have a syllable, which ends nothing: the
	 * lead bytes of jamo and the ellipsis, of ～ and U+FE0F, of emoji;
	 * and ED, of the syllables of a laugh: 하하 크크) */
	if (u[e] == ' ') {
		unsigned char x = e + 1 < n ? u[e + 1] : 0;
		if (x != '^' && x != 0xE2 && x != 0xE3 && x != 0xEF && x != 0xF0 && x != 0xED &&
		    x != '?' && x != '!' && x != '.')
			return 0;
		/* (and of those of ED, only the syllables of a laugh: 한, 했,
		 * 통 are neither a laugh nor an end mark) */
		if (x == 0xED && e + 4 <= n && !ko_laugh_syl(ko_syllable_at(u + e + 1, 3)))
			return 0;
	}
	return sentence_end(u, n, e);
}

/* 1 if the word p[b, e) heads an address: a province (X도) before a city
 * or county (X시, X군), a city before a district (X구, X군), a space
 * between (경기도 파주시, 수원시 팔달구). The rest of the address gives it
 * away, and templated stubs (a place in 경기도 파주시 …) repeat it over
 * and over. */
static inline int address_head(const char *p, size_t n, size_t b, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	/* (most words end in neither 도 nor 시, and their last byte says so) */
	if ((u[e - 1] != 0x84 && u[e - 1] != 0x9C) || e >= n || u[e] != ' ')
		return 0;
	uint32_t w = (uint32_t)u[e - 3] << 16 | (uint32_t)u[e - 2] << 8 | u[e - 1];
	if (w != 0xEB8F84u && w != 0xEC8B9Cu) /* 도, 시 */
		return 0;
	size_t f = e + 1;
	while (f + 3 <= n && syl(u, f, n))
		f += 3;
	if (f - (e + 1) < 6 || (f < n && u[f] != ' ' && u[f] != ',' && u[f] != '\n'))
		return 0;
	uint32_t t = (uint32_t)u[f - 3] << 16 | (uint32_t)u[f - 2] << 8 | u[f - 1];
	/* after a province a city or county (시, 군), after a city a district
	 * or county (구, 군) */
	return t == 0xEAB5B0u || t == (w == 0xEB8F84u ? 0xEC8B9Cu : 0xEAB5ACu);
}

/* The separator of a list's items at u[i]: ',', '·' (C2 B7), 'ㆍ'
 * (E3 86 8D) or '・' (E3 83 BB); its length, or 0. */
static inline size_t list_sep(const unsigned char *u, size_t n, size_t i)
{
	switch (u[i]) {
	case ',': return 1;
	case 0xC2: return i + 2 <= n && u[i + 1] == 0xB7 ? 2 : 0;
	case 0xE3:
		return i + 3 <= n && ((u[i + 1] == 0x86 && u[i + 2] == 0x8D) || (u[i + 1] == 0x83 && u[i + 2] == 0xBB))
		           ? 3
		           : 0;
	}
	return 0;
}

/* The length of a list separator that ends at u[i] (exclusive), or 0. */
static inline size_t sep_before(const unsigned char *u, size_t n, size_t i)
{
	if (!i)
		return 0;
	switch (u[i - 1]) {
	case ',': return 1;
	case 0xB7: return i >= 2 && u[i - 2] == 0xC2 ? 2 : 0;
	case 0x8D:
	case 0xBB: return i >= 3 && list_sep(u, n, i - 3) == 3 ? 3 : 0;
	}
	return 0;
}

/* From a separator's end at i (or a word's end), past blanks and the
 * next item up to a separator or a blank: the separator's start there,
 * or n if none follows the item. */
static size_t next_item_sep(const unsigned char *u, size_t n, size_t i)
{
	while (i < n && u[i] == ' ')
		i++;
	size_t w = i;
	while (i < n && u[i] != ' ' && u[i] != '\n' && !list_sep(u, n, i))
		i++;
	return i > w && i < n && list_sep(u, n, i) ? i : n;
}

/* 1 if the word p[b, e) is an item of a list of three or more that no
 * clue singles out: separators (, · ㆍ) on both sides, or two of them
 * on one side, or one before it and 등 or 및 after it (경부선, 경북선,
 * <MASK>, 동해선; <MASK>, 경북선, 동해선이; 사과·<MASK>·배; 철, <MASK>
 * 등), or one on one side and a round bracket of the list on the other
 * ((차일드 44, <MASK>)): any item of the kind fits. */
static int list_item(const char *p, size_t n, size_t b, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = b;
	while (i > 0 && u[i - 1] == ' ')
		i--;
	size_t before = sep_before(u, n, i);
	size_t after = e < n ? list_sep(u, n, e) : 0;
	if (before && after)
		return 1;
	/* the last or the first item in brackets, a list of examples of a
	 * kind (대구시의사회, <MASK>; <MASK>, 라이프) */
	if ((before && e < n && u[e] == ')') || (after && i > 0 && u[i - 1] == '('))
		return 1;
	if (after) { /* the first of three: another separator after the next item */
		size_t x = e;
		while (x < n && !list_sep(u, n, x))
			x++;
		return next_item_sep(u, n, x + list_sep(u, n, x)) < n;
	}
	if (!before)
		return 0;
	/* the last: a separator before the item before it */
	size_t x = i - before;
	while (x > 0 && u[x - 1] == ' ')
		x--;
	while (x > 0 && u[x - 1] != ' ' && u[x - 1] != '\n' && !sep_before(u, n, x))
		x--;
	while (x > 0 && u[x - 1] == ' ')
		x--;
	if (sep_before(u, n, x))
		return 1;
	/* or 등 (EB 93 B1), alone or with a particle of one syllable, or 및
	 * (EB B0 8F) after it */
	size_t w = e, l;
	while (w < n && u[w] != ' ' && u[w] != '\n')
		w++;
	if (w + 4 > n)
		return 0;
	l = ++w;
	while (l + 3 <= n && syl(u, l, n))
		l += 3;
	if (l - w < 3 || l - w > 6)
		return 0;
	return !memcmp(p + w, "등", 3) || (l - w == 3 && !memcmp(p + w, "및", 3));
}

/* The first byte from i on, before n, that may be a mark of a title or a
 * quotation: " ' \n, or the lead bytes E2 (curly quotes) and E3 (title
 * marks); n if none. */
static size_t next_mark(const unsigned char *u, size_t n, size_t i)
{
#ifdef __SSE2__
	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(u + i));
		__m128i m = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\''))),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
		                 _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xFE)), _mm_set1_epi8((char)0xE2))));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
	}
#endif
	while (i < n && u[i] != '"' && u[i] != '\'' && u[i] != '\n' && (u[i] & 0xFE) != 0xE2)
		i++;
	return i;
}

/* Whether p[b] is inside a title or a quotation (《조봉암과 1950년대》,
 * '<MASK> 1950년대', “...”): q->at is the next byte that may be a mark,
 * q->state what is open before it; called for the words in text order,
 * the passage is read once. Such a word is part of a name the passage
 * has no clue for. */
struct quotes {
	size_t at;
	unsigned state;
};
enum { Q_ASCII2 = 1, Q_ASCII1 = 2, Q_CURLY = 4, Q_TITLE = 8 };

static int quoted(const char *p, size_t n, size_t b, struct quotes *q)
{
	const unsigned char *u = (const unsigned char *)p;
	while (q->at < b) {
		size_t i = q->at;
		unsigned char x = u[i];
		unsigned st = q->state;
		if (x == '\n')
			st = 0;
		else if (x == '"')
			st ^= Q_ASCII2;
		else if (x == '\'' && !(i > 0 && ((u[i - 1] | 0x20) >= 'a' && (u[i - 1] | 0x20) <= 'z')))
			st ^= Q_ASCII1; /* (not the apostrophe of don't) */
		else if (x >= 0xE2 && i + 3 <= n && u[i + 1] == 0x80) {
			unsigned char y = u[i + 2];
			if (x == 0xE2 && (y == 0x9C || y == 0x98))
				st |= Q_CURLY; /* “ ‘ */
			else if (x == 0xE2 && (y == 0x9D || y == 0x99))
				st &= ~(unsigned)Q_CURLY; /* ” ’ */
			else if (x == 0xE3 && y >= 0x88 && y <= 0x8F)
				st = y & 1 ? st & ~(unsigned)Q_TITLE : st | Q_TITLE; /* 〈《「『 〉》」』 */
		}
		q->state = st;
		q->at = next_mark(u, n, i + 1);
	}
	return q->state != 0;
}

/* A word said over and over (하하하하, 쿵쿵쿵): its number of syllables
 * cannot be known. */
static inline int repeated(const char *p, size_t b, size_t e)
{
	if (e - b < 9 || memcmp(p + b, p + b + 3, 3))
		return 0;
	for (size_t i = b + 6; i < e; i += 3)
		if (memcmp(p + i, p + b, 3))
			return 0;
	return 1;
}

/* 1 if the word p[b, e) is one the passage has no clue for whatever it
 * says: an item of a list, a word of a title or a quotation, a syllable
 * said over and over. Most words show none of the signs in the bytes
 * next to them, and are done with here. */
static inline __attribute__((always_inline)) int no_clue(const char *p, size_t n, size_t b, size_t e,
                                                        struct quotes *q)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = b && u[b - 1] == ' ' ? b - 1 : b;
	int list = sep_before(u, n, i) || (e < n && list_sep(u, n, e));
	int rep = e - b >= 9 && u[b] == u[b + 3] && u[b + 1] == u[b + 4] && u[b + 2] == u[b + 5];
	if (!list && !rep && q->at >= b)
		return q->state != 0;
	return (rep && repeated(p, b, e)) || (list && list_item(p, n, b, e)) || quoted(p, n, b, q);
}

/* The l bytes at p + b (1 <= l <= 8, b + l <= n) as a number, the bytes
 * past them zero: one load of eight bytes, masked, where they are there
 * to read, else byte by byte. (A memcpy of l < 8 bytes into a variable
 * read whole is the same number, but the processor cannot forward the
 * small stores to the wide load and waits for them: a stall per word.) */
static inline uint64_t load_le(const char *p, size_t n, size_t b, size_t l)
{
	uint64_t x = 0;
	if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && b + 8 <= n) {
		memcpy(&x, p + b, 8);
		return x & ~(uint64_t)0 >> (64 - 8 * l);
	}
	while (l--)
		x = x << 8 | (unsigned char)p[b + l];
	return x;
}

/* A word the passage gives a clue for: another word starts with the same
 * two syllables (the word again, its stem with another ending, a compound
 * of it: 지리통계학은 and 지리통계학이다, 사용하여 and 사용되는). A name
 * that occurs once has none, and only its surroundings can tell it. The
 * stem is the six bytes of the first two syllables of a word that starts
 * with two (0 for any other word); a hash table of the stems tells which
 * two words share. */
static uint64_t stem_key(const char *p, size_t n, size_t b)
{
	const unsigned char *u = (const unsigned char *)p;
	if (!syl(u, b, n) || !syl(u, b + 3, n))
		return 0;
	return load_le(p, n, b, 6); /* the six bytes, never all zero */
}

/* The key of the first three syllables of a word that starts with three
 * (the nine bytes at p + b): a stem key of a long word of informal text
 * (mask), never one of stem_key's (those fit in six bytes: their seventh
 * and eighth are zero). */
static uint64_t long_key(const char *p, size_t n, size_t b)
{
	uint64_t h = (load_le(p, n, b, 8) ^ (uint64_t)(unsigned char)p[b + 8] << 56) *
	             0x9E3779B97F4A7C15u;
	return (h ^ h >> 31) | (uint64_t)1 << 63;
}

/* Syllables that open an ending or a particle after a stem of two
 * syllables (기부하고, 아니지만, 자기보다, 사랑으로): a long word of
 * informal text whose third syllable is one of them, or a form of 하다
 * or 되다 (솔직하고, 연기했으면, 결정된), is its two syllables' stem with
 * an ending, and a word that shares those two is its clue (mask); any
 * other third syllable most often starts a second word glued to the first
 * (지금개콘, 오늘막방, 기사그만). */
static const char mask_ending_first[] =
	"지고는은을를이가에도만로으서면게보처까부라랑와과의였인일입던든니나요죠네어아여워았었겠시셨세다";

/* 1 if the syllable at q (three bytes) opens an ending after a stem of two
 * syllables (mask_ending_first), or is 하, 해, 되 or 돼 with a final
 * consonant or none (한, 했, 된, 됐). */
static int ending_after_stem(const char *q)
{
	uint32_t v = ko_syllable_at((const unsigned char *)q, 3), lead = (v - 0xAC00) / 588,
	         vowel = (v - 0xAC00) % 588 / 28;
	if ((lead == 18 && vowel <= 1) || (lead == 3 && (vowel == 10 || vowel == 11)))
		return 1; /* ㅎ with ㅏ or ㅐ, ㄷ with ㅙ or ㅚ */
	for (const char *t = mask_ending_first; *t; t += 3)
		if (!memcmp(t, q, 3))
			return 1;
	return 0;
}

/* The key of the whole word [b, e): what tells a word that occurs again as
 * it is (an answer the reader can copy) from one whose stem recurs in
 * another form. */
static uint64_t form_key(const char *p, size_t n, size_t b, size_t e)
{
	size_t l = e - b;
	if (l > 16)
		return ko_hash64(p + b, l, 0x6b6f2d6d61736bu);
	/* most words: up to five syllables, two loads and a mix (masked
	 * without a branch where sixteen bytes are there to read: word
	 * lengths follow no pattern a branch predictor could learn) */
	uint64_t x, y;
	if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && b + 16 <= n) {
		static const uint64_t keep[9] = {0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF,
		                                 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, ~(uint64_t)0};
		memcpy(&x, p + b, 8);
		memcpy(&y, p + b + 8, 8);
		x &= keep[l < 8 ? l : 8];
		y &= keep[l > 8 ? l - 8 : 0];
	} else {
		x = load_le(p, n, b, l < 8 ? l : 8);
		y = l > 8 ? load_le(p, n, b + 8, l - 8) : 0;
	}
	uint64_t h = x * 0x9E3779B97F4A7C15u ^ (y + l) * 0xC2B2AE3D27D4EB4Fu;
	return h ^ h >> 29;
}

/* The index of the slot of the stem key: its own, or the empty one it
 * would take. */
static size_t stem_at(const struct conf *c, uint64_t key)
{
	size_t h = (size_t)((key * 0x9E3779B97F4A7C15u) >> 32) & (c->stemcap - 1);
	while (c->stems[h].epoch == c->epoch && c->stems[h].key != key)
		h = (h + 1) & (c->stemcap - 1);
	return h;
}

static struct stem *stem_slot(const struct conf *c, uint64_t key)
{
	return &c->stems[stem_at(c, key)];
}

/* A new record: its stems start in an empty table. */
static void stems_clear(struct conf *c)
{
	if (!c->stemcap || ++c->epoch == 0) {
		if (!c->stemcap)
			c->stemcap = 1024;
		c->stems = ko_xrealloc(c->stems, c->stemcap * sizeof *c->stems);
		memset(c->stems, 0, c->stemcap * sizeof *c->stems);
		c->epoch = 1;
	}
	c->nstems = 0;
	c->grew = 0;
}

/* Add the form of a word to its stem's slot: the slot's index (good until
 * the table grows: c->grew). */
static inline __attribute__((always_inline)) size_t stem_add(struct conf *c, uint64_t key,
                                                            uint64_t form)
{
	size_t at = stem_at(c, key);
	struct stem *st = &c->stems[at];
	if (st->epoch == c->epoch) {
		st->twice = 1;
		for (int k = 1; k < NFORM; k++)
			if (st->form[k - 1] == form || !st->nform[k]) {
				if (st->form[k - 1] == form)
					st->nform[k - 1] = 2;
				else
					st->form[k] = form, st->nform[k] = 1;
				return at;
			}
		if (st->form[NFORM - 1] == form)
			st->nform[NFORM - 1] = 2;
		return at;
	}
	st->key = key;
	st->epoch = c->epoch;
	st->twice = 0;
	st->form[0] = form;
	memset(st->nform, 0, sizeof st->nform);
	st->nform[0] = 1;
	if (++c->nstems * 2 <= c->stemcap)
		return at;
	/* grow: the table stays at most half full */
	c->grew = 1;
	struct stem *old = c->stems;
	size_t oldcap = c->stemcap;
	c->stemcap *= 2;
	c->stems = ko_xrealloc(NULL, c->stemcap * sizeof *c->stems);
	memset(c->stems, 0, c->stemcap * sizeof *c->stems);
	for (size_t k = 0; k < oldcap; k++)
		if (old[k].epoch == c->epoch)
			*stem_slot(c, old[k].key) = old[k];
	free(old);
	return 0;
}

/* The stem key of the word p[b, e) of informal text, of three syllables
 * or more, whose key of two is key and whose form is form (mask). Informal
 * text glues its words (지금개콘, 오늘막방): a word of four syllables or
 * more shares its first two with another word more often through a word
 * of its own (지금, 오늘은) than through its stem. Its clue is its first
 * three, which only a word of the same stem starts with (눈물샘을 and
 * 눈물샘이, or the stem alone, 드라마치고 and 드라마; not 눈물을), unless
 * its third syllable opens an ending (ending_after_stem). Every word of
 * three syllables or more gives its first three, and its first two, to
 * the others. (Out of the loop of mask: most text is not informal.) */
static __attribute__((noinline)) uint64_t informal_key(struct conf *c, const char *p, size_t n,
                                                       size_t b, size_t e, uint64_t key,
                                                       uint64_t form)
{
	const unsigned char *u = (const unsigned char *)p;
	if (!syl(u, b + 6, n))
		return key;
	uint64_t k3 = long_key(p, n, b);
	stem_add(c, k3, form);
	return e - b >= 12 && syl(u, b + 9, n) && !ending_after_stem(p + b + 6) ? k3 : key;
}

/* Whether the form occurs twice among the words of the stem */
static int recurs(const struct stem *st, uint64_t form)
{
	for (int k = 0; k < NFORM && st->nform[k]; k++)
		if (st->form[k] == form)
			return st->nform[k] == 2;
	return 0;
}

/* 1 if the word p[b, e) has its stem in another word of the passage. The
 * table of stems matched its first two syllables; a word of four or more
 * whose third does not open an ending (ending_after_stem) is most often a
 * compound, whose first two are a word of their own shared with any other
 * (특별위원회의 and 특별시, 정치색을 and 정치적): its clue is a word that
 * starts with all of it but its last two syllables, a particle or an
 * ending at most (three when the first of them opens one: 위키백과에서는),
 * and with its first three at least (눈물샘을 and 눈물샘이; 알고리스무스에서
 * and 알고리즘은 share only a name's first three, 김일성방송대학이 and
 * 김일성종합대학이며 as well). Informal text has asked for the three
 * already (informal_key). Asked of the words drawn only, by a search of
 * the passage, as a table of the prefixes of every word would cost the
 * whole run more than the few searches. */
static int long_clue(const char *p, size_t n, size_t b, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t k = b;
	while (k < e && syl(u, k, e))
		k += 3;
	if (k - b < 12 || ending_after_stem(p + b + 6))
		return 1;
	size_t m = k - b - 6;
	if (m > 9 && ending_after_stem(p + b + m - 3))
		m -= 3;
	if (m < 9)
		m = 9;
	for (const char *q = p; (q = memmem(q, (size_t)(p + n - q), p + b, m)); q++) {
		size_t i = (size_t)(q - p);
		if (i != b && (i < 3 || !syl(u, i - 3, n)))
			return 1;
	}
	return 0;
}

/* Put count picks at the front of pool: from its first tier (pool[0..*t1))
 * while it lasts, then from the second (up to *t2), then from the rest;
 * uniform within each. A word drawn without its long clue (long_clue:
 * asked only with clues) leaves the pool and the draw goes on; 0 when the
 * pool runs out. */
static int draw(const struct conf *c, const char *p, size_t n, uint32_t *pool, size_t *npool,
                size_t *t1, size_t *t2, size_t count, struct ko_rng *rng)
{
	for (size_t k = 0; k < count;) {
		if (k >= *npool)
			return 0;
		size_t lo = k, hi = k < *t1 ? *t1 : k < *t2 ? *t2 : *npool;
		size_t j = lo + (size_t)ko_rng_below(rng, hi - lo);
		if (!c->any_word && !long_clue(p, n, pool[j], word_end(c, p, n, pool[j]))) {
			/* (its tier's last takes its place, and each later tier's
			 * last the place of the one before) */
			if (j < *t1)
				pool[j] = pool[*t1 - 1], j = --*t1;
			if (j < *t2)
				pool[j] = pool[*t2 - 1], j = --*t2;
			pool[j] = pool[--*npool];
			continue;
		}
		uint32_t t = pool[k];
		pool[k] = pool[j];
		pool[j] = t;
		k++;
	}
	return 1;
}

/* The passage of a text that carries markup: the longest run (in bytes)
 * of its sentences with no markup in them nor in the white space between
 * them, from the start of the first to the end of the last; the first of
 * the longest. 0 if there is none. The text is split as far as needed
 * (unless held is set: g holds its first sentences, or all of them,
 * already), and a sentence is checked only when reached: once the longest
 * run is as long as what is left of the text, no later run can beat it.
 * The run's sentences are g->spans[*rfirst] and the *rcount after it. */
static int clean_run(struct ko_gen *g, const char *p, size_t n, int held, const char **rp,
                     size_t *rn, size_t *rfirst, size_t *rcount)
{
	const struct ko_span *s = g->spans;
	size_t best = 0, bb = 0, be = 0, from = 0, ifrom = 0, ib = 0, ie = 0;
	int open = 0;
	if (!held)
		ko_task_split_begin(g, p, n);
	for (size_t i = 0;; i++) {
		if (i >= g->nsplit && !ko_task_split_step(g, &s))
			break;
		if (ko_task_sent_markup(g, p, i)) {
			open = 0;
		} else {
			if (!open || ko_task_markup_in(g, p + s[i - 1].e, s[i].b - s[i - 1].e))
				from = s[i].b, ifrom = i;
			open = 1;
			if (s[i].e - from > best)
				best = s[i].e - from, bb = from, be = s[i].e, ib = ifrom, ie = i;
		}
		if (best >= n - (open ? from : s[i].e))
			break;
	}
	/* an item that spans two sentences is in neither alone (a run of
	 * one sentence was checked whole, as ko_task_markup_in checks it) */
	if (!best || (ie > ib && ko_task_markup_in(g, p + bb, be - bb)))
		return 0;
	*rp = p + bb;
	*rn = be - bb;
	*rfirst = ib;
	*rcount = ie - ib + 1;
	return 1;
}

/* A passage over --max-chars: a run of its sentences that fits, from a
 * sentence drawn with the record's seed (the first one after it that
 * fits alone), as long as the run stays within the limit; 0 if no
 * sentence fits alone. A trainer cuts a longer text, and the whole of a
 * long article is no passage to read for one word. The sentences are
 * run[0, nrun) (offsets in text) when the passage is a clean run of the
 * text's (clean_run), the ones checked for markup: split again on its own,
 * a run could lose its first sentence (a short first line is taken for a
 * heading at the start of a text) and was split a second time. Else
 * the passage is split. */
static int window(struct conf *c, struct ko_rec *r, const char **pp, size_t *pn,
                  const char *text, const struct ko_span *run, size_t nrun, int *one)
{
	struct ko_gen *g = &c->gen;
	const char *p = *pp;
	const struct ko_span *s = run;
	size_t ns = nrun;
	if (run)
		p = text;
	else
		ns = ko_task_split_lazy(g, p, *pn, &s);
	if (!ns)
		return 0;
	struct ko_rng rng;
	ko_task_rng(r, &rng);
	size_t k0 = (size_t)ko_rng_below(&rng, ns);
	for (size_t t = 0; t < ns; t++) {
		size_t k = (k0 + t) % ns, j = k, len = ko_utf8_count(p + s[k].b, s[k].e - s[k].b), more;
		if (len > c->max_chars)
			continue;
		/* (each step counts only what the next sentence adds) */
		while (j + 1 < ns &&
		       len + (more = ko_utf8_count(p + s[j].e, s[j + 1].e - s[j].e)) <= c->max_chars)
			len += more, j++;
		*pp = p + s[k].b;
		*pn = s[j].e - s[k].b;
		*one = j == k;
		return 1;
	}
	return 0;
}

/* Whether a passage of one sentence is one: it ends in a predicate
 * before its full stop (ko_task_predicate_end) and has no sign of code,
 * a formula or a link (http, //, ;, braces, = between spaces; a gloss in brackets,
 * 음수(=0보다 작은 수), stays). Two sentences or
 * more hold context around what went wrong in one; a lone "sentence"
 * that is a list, a table row, a reference with its URL, a line of code
 * or a chain of formulas (연소열 = … / …) gives nothing to guess from. */
static int one_sentence(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] == ';' || p[i] == '{' || p[i] == '}' ||
		    (p[i] == '=' && i && p[i - 1] == ' ' && i + 1 < n && p[i + 1] == ' ') ||
		    (p[i] == '/' && i + 1 < n && p[i + 1] == '/') ||
		    (p[i] == 'h' && n - i >= 4 && !memcmp(p + i, "http", 4)))
			return 0;
	return ko_task_predicate_end(p, n);
}

/* 1 if every line break of p[0..n) follows a blank line, a full stop, an
 * exclamation mark, an ellipsis or an ideographic full stop (white space
 * looked through): a line break the splitter ends a sentence at, under
 * either newline rule, so no sentence holds one. */
static int lines_end(const char *p, size_t n)
{
	for (const char *nl = p; (nl = memchr(nl, '\n', (size_t)(p + n - nl))); nl++) {
		const char *q = nl;
		while (q > p && (q[-1] == ' ' || q[-1] == '\t'))
			q--;
		if (q == p || q[-1] == '\n' || q[-1] == '.' || q[-1] == '!')
			continue;
		if (q - p >= 3 && (!memcmp(q - 3, "\xE2\x80\xA6", 3) || !memcmp(q - 3, "\xE3\x80\x82", 3)))
			continue;
		return 0;
	}
	return 1;
}

/* The length of p[0..n) without the heading lines at its end: a section
 * left empty (외부 링크., 각주. of an article whose links and notes the
 * extractor dropped) ends no passage. The first line stays. */
static size_t trim_headings(const char *p, size_t n)
{
	for (;;) {
		size_t e = n, b;
		while (e && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r' || p[e - 1] == '\n'))
			e--;
		const char *nl = e ? memrchr(p, '\n', e) : NULL;
		b = nl ? (size_t)(nl - p) + 1 : 0;
		if (!b || !ko_split_is_heading(p + b, e - b))
			return n;
		n = b - 1;
	}
}

/* 1 if the line p[b, e) is a heading: ko_split_is_heading's kind of line
 * that ends in the full stop WikiExtractor gives headings, is the first
 * of the text, follows another heading (생애. then 어린 시절.), or follows
 * a line that ends a sentence or in ASCII punctuation other than a comma
 * (a list's lead-in colon, a closing bracket); a short line that goes on
 * a sentence wrapped across lines, after a word or a comma, is none. (A
 * heading has at most 160 bytes: longer lines are not asked.) */
static int heading_line(const char *p, size_t b, size_t e, size_t pb, int prevhead)
{
	if (e - b > 160 || !ko_split_is_heading(p + b, e - b))
		return 0;
	size_t q = e;
	while (q > b && (p[q - 1] == ' ' || p[q - 1] == '\t' || p[q - 1] == '\r'))
		q--;
	if (!b || prevhead || p[q - 1] == '.')
		return 1;
	q = b - 1;
	while (q > pb && (p[q - 1] == ' ' || p[q - 1] == '\t' || p[q - 1] == '\r'))
		q--;
	unsigned char last = q > pb ? (unsigned char)p[q - 1] : 0;
	if (last && last < 0x80 && last != ',' && last > ' ' && !ko_is_ascii_alnum(last))
		return 1;
	return ko_split_line_ends(p + pb, b - 1 - pb);
}

/* The passage of a text with heading lines (생애., 같이 보기., 1982년 판: the
 * layout of a wiki article not cut by ko-split --drop-headings): one of
 * its sections, the runs of lines between them, in [*pb, *pe), with its
 * markup kind (ko_task_text_markup's answer for it) in *mk; 0 if the text
 * has no heading line. One blank is no reason to read a whole article,
 * and a heading in a passage is no prose to guess from. The section is
 * the longest of those without markup that hold min_chars characters
 * (the first of them, of equal lengths), else the longest (whose clean
 * stretch may still do). Every section is asked on one index of the
 * text, so it is read once as without them. */
struct section {
	size_t b, e;
};

/* The sections s[0, ns) of a text, longest first (and of equal lengths in
 * text order), that may beat the clean one found before them, of *clean
 * bytes at [*cb, ...): the first of them without markup that holds
 * min_chars characters, if any, becomes the clean one. The markup kind
 * of the last one asked is left in *kb, *kk (where it starts, its kind). */
static void sections_ask(struct conf *c, const char *p, const struct section *s, size_t ns,
                         size_t *clean, size_t *cb, size_t *kb, int *kk)
{
	for (size_t k = 0; k < ns && s[k].e - s[k].b > *clean; k++) {
		size_t len = s[k].e - s[k].b;
		int kind = ko_markup_text_in(&c->gen.mx, s[k].b, s[k].e);
		*kb = s[k].b, *kk = kind;
		if (!kind && chars_at_least(p + s[k].b, len, c->min_chars)) {
			*clean = len, *cb = s[k].b;
			return;
		}
	}
}

static int section(struct conf *c, const char *p, size_t n, size_t *pb, size_t *pe, int *mk)
{
	/* (the sections that may be the clean one are asked longest first,
	 * up to SECTIONS at a time: the longest is most often clean, and the
	 * shorter ones need not be read for markup) */
	enum { SECTIONS = 64 };
	struct section sec[SECTIONS];
	size_t nsec = 0, b = 0, from = 0, prev = 0, clean = 0, cb = 0, longest = 0, lb = 0, le = 0,
	       kb = SIZE_MAX;
	int heads = 0, prevhead = 0, kk = 0;
	for (;;) {
		const char *nl = b < n ? memchr(p + b, '\n', n - b) : NULL;
		size_t e = nl ? (size_t)(nl - p) : n;
		/* (the last line heads nothing) */
		int h = e < n && heading_line(p, b, e, prev, prevhead);
		if (h && !heads)
			ko_task_markup_text(&c->gen, p, n);
		heads |= h;
		/* a section ends at a heading or at the end of a text that has one */
		if (h || (b >= n && heads)) {
			size_t end = h ? b : n;
			while (end > from && (p[end - 1] == '\n' || p[end - 1] == ' ' || p[end - 1] == '\t'))
				end--;
			size_t len = end - from;
			if (len > longest)
				longest = len, lb = from, le = end;
			/* (one no longer than the clean one found changes nothing,
			 * nor can one too short to be clean be it) */
			if (len > clean && len >= c->min_chars) {
				size_t k = nsec++;
				for (; k && sec[k - 1].e - sec[k - 1].b < len; k--)
					sec[k] = sec[k - 1];
				sec[k] = (struct section){from, end};
			}
			if (nsec == SECTIONS || b >= n) {
				sections_ask(c, p, sec, nsec, &clean, &cb, &kb, &kk);
				nsec = 0;
			}
		}
		if (b >= n)
			break;
		if (h)
			from = e + 1;
		prevhead = h;
		prev = b;
		b = e + 1;
	}
	/* (a text of headings alone is read as it is) */
	if (!heads || !longest)
		return 0;
	if (clean) {
		*pb = cb;
		*pe = cb + clean;
		*mk = 0;
	} else {
		*pb = lb;
		*pe = le;
		*mk = kb == lb ? kk : ko_markup_text_in(&c->gen.mx, lb, le);
	}
	return 1;
}

/* The most characters of a masked word in informal text: a stem and its
 * particle or ending (사람들이, 좋아해요); a longer run there is most often
 * words written without their spaces. */
enum { MAX_INFORMAL = 5 };

/* How many sentences of a text given whole tell its register. */
enum { INFORMAL_SENTENCES = 16 };

/* Whether the text p[0, n), not routed by its sentences, reads as informal
 * (ko_task_informal), told from its first INFORMAL_SENTENCES, as a
 * recipe's chunk is read whole: a long document need not be split for
 * it; nor split further once the count of its written or other ends is
 * past what the rest could change (more than half of them written, or
 * half not), nor at all when it has jamo. held: g holds a split of the
 * text begun already, whose sentences are read again and which goes on
 * from them. Asked last, of a text that has a passage with words to
 * mask: one refused before needs no split for it. */
static int informal_text(struct ko_gen *g, const char *p, size_t n, int held)
{
	if (ko_task_chat_jamo(p, n))
		return 1;
	const struct ko_span *s;
	size_t k = 0, written = 0;
	if (!held)
		ko_task_split_begin(g, p, n);
	while (k < INFORMAL_SENTENCES && 2 * written <= INFORMAL_SENTENCES &&
	       2 * (k - written) < INFORMAL_SENTENCES && (k < g->nsplit || ko_task_split_step(g, &s)))
		written += ko_task_written_end(p, g->spans[k++]);
	return ko_task_bare_ends(p, g->spans, k);
}

/* 1 if the word p[b, e) may be the answer of a mask in informal text: at
 * most MAX_INFORMAL characters, no mark of a sentence's end before more of
 * the word (좋아요.그래서), no final ending glued inside
 * (ko_task_glued_word). */
static int informal_answer(const char *p, size_t b, size_t e)
{
	size_t chars = 0;
	for (size_t i = b; i < e; i++) {
		unsigned char u = (unsigned char)p[i];
		chars += (u & 0xC0) != 0x80;
		if ((u == '.' || u == '?' || u == '!' || u == '~') && i + 1 < e &&
		    !strchr(".?!~", p[i + 1]))
			return 0;
	}
	return chars <= MAX_INFORMAL && !(e - b >= 15 && ko_task_glued_word(p + b, e - b));
}

/* 1 if the syllable c ends a particle or an ending (사람은, 갔다, 좋고,
 * 많음, 학생들, 선생님): an eojeol that ends in none of these is most
 * often a bare noun. */
static int bound_last(uint32_t c)
{
	switch (c) {
	case 0xAC00: case 0xAC70: case 0xAC78: case 0xAC8C: case 0xACE0: case 0xACFC: /* 가 거 걸 게 고 과 */
	case 0xAE4C: case 0xAED8: case 0xB098: case 0xB0D0: case 0xB124: case 0xB294: /* 까 께 나 냐 네 는 */
	case 0xB2C8: case 0xB2D8: case 0xB2E4: case 0xB358: case 0xB370: case 0xB3C4: /* 니 님 다 던 데 도 */
	case 0xB420: case 0xB428: case 0xB4E0: case 0xB4E4: case 0xB4EF: case 0xB791: /* 될 됨 든 들 듯 랑 */
	case 0xB85C: case 0xB97C: case 0xB9CC: case 0xBA70: case 0xBA74: case 0xC11C: /* 로 를 만 며 면 서 */
	case 0xC528: case 0xC544: case 0xC57C: case 0xC5B4: case 0xC5D0: case 0xC640: /* 씨 아 야 어 에 와 */
	case 0xC694: case 0xC740: case 0xC744: case 0xC74C: case 0xC758: case 0xC774: /* 요 은 을 음 의 이 */
	case 0xC778: case 0xC77C: case 0xC784: case 0xC801: case 0xC8E0: case 0xC9C0: /* 인 일 임 적 죠 지 */
	case 0xD130: case 0xD55C: case 0xD560: case 0xD568: case 0xD574:               /* 터 한 할 함 해 */
		return 1;
	}
	return 0;
}

/* Whether the run of syllables p[b, e), with a blank, ASCII punctuation
 * or an edge on either side (인증함.규현 starts a word too), is a bare
 * word: two to four syllables, the last not one that ends a particle or
 * an ending (bound_last). */
static int bare_word(const char *p, size_t n, size_t b, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	if (e - b < 6 || e - b > 12 || (e - b) % 3 ||
	    (b && (u[b - 1] >= 0x80 || ko_is_ascii_alnum(u[b - 1]))) ||
	    (e < n && (u[e] >= 0x80 || ko_is_ascii_alnum(u[e]))))
		return 0;
	uint32_t last = ko_syllable_at(u + e - 3, 3);
	if (!last || bound_last(last))
		return 0;
	for (size_t i = b; i < e - 3; i += 3)
		if (!syl(u, i, e))
			return 0;
	return 1;
}

/* 1 if the word p[b, e) is one of a run of four bare words or more
 * (bare_word), one blank between each: an item of a list written without
 * separators (이병헌 박소현 김정란 <MASK> 오솔미, 규현 최강창민 최시원
 * <MASK> 얘네) or of a chain of nouns (후임자 선출 <MASK> 동안), where any
 * item of the kind fits. */
static int bare_run(const char *p, size_t n, size_t b, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	if (!bare_word(p, n, b, e))
		return 0;
	int run = 1;
	/* (the runs of syllables before and after, while they are bare) */
	for (size_t x = b; run < 4 && x >= 7 && u[x - 1] == ' ';) {
		size_t y = x - 1;
		while (y >= 3 && syl(u, y - 3, x - 1))
			y -= 3;
		if (!bare_word(p, n, y, x - 1))
			break;
		run++;
		x = y;
	}
	for (size_t x = e; run < 4 && x + 7 <= n && u[x] == ' ';) {
		size_t y = x + 1;
		while (y + 3 <= n && syl(u, y, n))
			y += 3;
		if (!bare_word(p, n, x + 1, y))
			break;
		run++;
		x = y;
	}
	return run >= 4;
}

/* 1 if no Hangul syllable comes before p[b] (b a syllable's start): the
 * word at b opens the passage. Read back from b, most words find the
 * last syllable of the word before within a few bytes. */
static int opens_passage(const char *p, size_t b)
{
	const unsigned char *u = (const unsigned char *)p;
	for (size_t i = b; i >= 3; i--)
		if (syl(u, i - 3, b))
			return 0;
	return 1;
}


/* What kind of ending (PE_*) the word u[b, e) of syllables ends in, 0 if
 * none of a predicate's. */
static int pred_ending(const struct conf *c, const unsigned char *u, size_t b, size_t e)
{
	uint32_t last = ko_syllable_at(u + e - 3, 3);
	if (!last)
		return 0;
	size_t k = (e - b) / 3;
	if (k >= 2 && ko_hangul_jong(ko_syllable_at(u + e - 6, 3)) == KO_JONG_SSANGSIOS)
		return last == 0xC744 ? PE_L : last == 0xB294 || last == 0xB358 ? PE_N : PE_FREE; /* 을; 는 던 */
	for (size_t t = c->pred_head[last & 63]; t < NPRED; t = c->pred_next[t]) {
		const struct pred_tail *pt = &pred_tails[t];
		size_t m = pt->len;
		if (c->pred_syl[t] == last && e - b >= m + 3u * pt->before &&
		    !memcmp(u + e - m, pt->tail, m))
			return pt->kind;
	}
	return 0;
}

/* 1 if the word after e (past blanks; none after a comma or any other
 * mark) is one that forces the ending of kind k. */
static int forced(const unsigned char *u, size_t n, size_t e, int k)
{
	size_t i = e;
	while (i < n && u[i] == ' ')
		i++;
	if (i == e || !syl(u, i, n))
		return 0;
	uint32_t v = ko_syllable_at(u + i, 3), w = syl(u, i + 3, n) ? ko_syllable_at(u + i + 3, 3) : 0,
	         lead = (v - 0xAC00) / 588, vowel = (v - 0xAC00) % 588 / 28;
	int ha = lead == 18 && vowel <= 1, doe = lead == 3 && (vowel == 10 || vowel == 11);
	switch (k) {
	case PE_AUX:
		return v == 0xC788 || v == 0xC5C6; /* 있 없 */
	case PE_L:
		return (v == 0xC218 && (!w || w == 0xAC00 || w == 0xB294 || w == 0xB3C4 || w == 0xB97C ||
		                        w == 0xBC16 || w == 0xB9CC)) ||  /* 수, 수가 수는 수도 수를 수밖에 수만 */
		       (v == 0xC608 && w == 0xC815) || v == 0xB54C;      /* 예정, 때 */
	case PE_NOT:
		return v == 0xC54A || v == 0xBABB; /* 않 못 */
	case PE_GI:
		return (v == 0xC2DC && w == 0xC791) || (v == 0xC704 && (w == 0xD574 || w == 0xD55C || w == 0xD558)) ||
		       (v == 0xB54C && w == 0xBB38); /* 시작, 위해 위한 위하, 때문 */
	case PE_HA:
		return ha;
	case PE_HADOE:
		return ha || doe;
	}
	return 0;
}

/* 1 if the word p[b, e) is a predicate or an adverb whose ending nothing
 * in the passage forces (pred_tails). */
static int free_ending(const struct conf *c, const char *p, size_t n, size_t b, size_t e)
{
	const unsigned char *u = (const unsigned char *)p;
	if (e - b < 6)
		return 0;
	int k = pred_ending(c, u, b, e);
	return k && !forced(u, n, e, k);
}

/* 1 if the word at b (its end found again) may be masked: not badly
 * placed, nor the head of an address, nor among the most frequent, nor
 * several words glued, nor (informal) too long, cut at a sentence's end
 * or the passage's first (a comment opens on its topic, 현빈이, 댓글들, with
 * nothing before it to point to it), nor one the passage has no clue for,
 * nor an item of a bare run, nor a predicate whose ending the passage
 * does not force (free_ending). Asked of words in text order (q: quoted's
 * state, read on from). */
static int worth(const struct conf *c, const char *p, size_t n, size_t b, int informal,
                 struct quotes *q)
{
	size_t e = word_end(c, p, n, b);
	/* (the costlier test last; general_form after them all, as few words
	 * get there and most are asked of it in vain) */
	return !(badly_placed(p, n, b, e) || address_head(p, n, b, e) || frequent(c, p + b, e - b) ||
	         free_ending(c, p, n, b, e) || (e - b >= 18 && ko_task_glued_word(p + b, e - b)) ||
	         (informal && (!informal_answer(p, b, e) || opens_passage(p, b))) ||
	         no_clue(p, n, b, e, q) || bare_run(p, n, b, e) || general_form(c, p + b, e - b));
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
	int e = ko_task_text(g, r, field, 0, &p, &n);
	if (e == KO_REJECT)
		return e;
	if (e)
		p = "", n = 0;
	const struct ko_span *sent;
	int split = ko_task_routed_by_sentences(g);
	if (split && !ko_task_in_range(g, ko_task_split_lazy(g, p, n, &sent)))
		return ko_task_pass(g, r);
	if (ko_placeholder_text(p, n))
		return ko_task_unusable(g, r, KO_TASK_PLACEHOLDER);
	/* whether the passage is known to be one sentence (one_sentence) */
	int one = split && g->nsplit == 1;
	/* Informal text (comments, chat) drops the particles and the spaces
	 * that tie a word to the rest: only a word the passage gives a clue
	 * for is masked there, of at most max_informal characters with no
	 * sentence's end inside (바로붙이지않는이유임영웅이, 내려오시오그리고:
	 * runs of words nothing in the text could give). A text routed by its
	 * sentences is read off all of them, now; another off its first
	 * (informal_text), once it has a passage. */
	int informal = 0, routed = split;
	if (routed && !c->any_word)
		informal = ko_task_informal(p, n, g->spans, g->nsplit);
	/* (a text with fewer characters than the floor is refused below:
	 * little, known from its first bytes) */
	int little = !chars_at_least(p, n, c->min_chars);
	const char *doc = p;
	size_t docn = n;
	/* A text with markup, or with a list's lead-in (다음과 같다.) whose
	 * list is gone, gives its longest clean stretch as the passage.
	 * (whole: the passage is the whole text, so that a split of it is the
	 * text's) */
	size_t sb, se;
	int mk, whole = 1;
	if (section(c, p, n, &sb, &se, &mk)) {
		p += sb, n = se - sb;
		split = one = whole = 0;
	} else {
		mk = ko_task_text_markup(g, p, n);
	}
	/* (too short a stretch is the markup's fault, and said so) */
	const char *text = p;
	size_t textn = n, run_first = 0, run_count = 0;
	if (mk && (little || !clean_run(g, p, n, split, &p, &n, &run_first, &run_count) ||
	           !chars_at_least(p, n, c->min_chars)))
		return ko_task_unusable(g, r, ko_task_markup_reason(mk));
	if (mk)
		one = run_count == 1;
	size_t i = 0, l;
	while (i < n && (l = ko_space_len(p + i, n - i)))
		i += l;
	if (i == n)
		return ko_task_unusable(g, r, "no text");
	if (find(p, n, c->mask, c->mask_len))
		return ko_task_unusable(g, r, "mask token already in the text");
	if (!chars_at_least(p + i, n - i, c->min_chars))
		return ko_task_unusable(g, r, "passage too short");
	if (c->max_chars && n - i > c->max_chars && chars_at_least(p + i, n - i, c->max_chars + 1)) {
		if (!window(c, r, &p, &n, text, run_count ? g->spans + run_first : NULL, run_count,
		            &one))
			return ko_task_unusable(g, r, "no sentence within --max-chars");
		i = 0;
		split = 1;
	}
	n = trim_headings(p, n);
	/* a word the source hid (격리거부하는 ??가, sera****): no reader
	 * can know it, nor a mask next to it */
	size_t hid;
	if (ko_placeholder_hidden(p, n, &hid))
		return ko_task_unusable(g, r, KO_TASK_HIDDEN);
	if (one && !one_sentence(p + i, n - i))
		return ko_task_unusable(g, r, "one sentence that is not a sentence");
	/* A line break inside a sentence is a space in the passage, as in
	 * every generated field (ko_task_flat). A passage cut from sentences
	 * has them at hand; a whole text is split for it only when one of its
	 * lines may end inside a sentence. */
	if (!(g->split_flags & KO_SPLIT_NEWLINE_HARD) && memchr(p, '\n', n)) {
		const struct ko_span *s;
		if (!split && !mk && !lines_end(p, n))
			ko_task_split_lazy(g, text, textn, &s), split = 1;
		if (split || mk)
			n = ko_task_flat(g, 0, text, (size_t)(p - text), (size_t)(p - text) + n,
			                 g->spans, g->nsplit, &p);
	}
	/* (offsets are 31 bits: struct ko_span) */
	if (n > KO_SPAN_MAX)
		return ko_task_unusable(g, r, "passage too long");
	/* (a split of the whole text for the passage, begun or done, is the
	 * one informal_text reads on from) */
	if (!routed && !c->any_word)
		informal = informal_text(g, doc, docn, whole && (mk || split));
	/* One pass over the words: their stems, and (with clues) every word
	 * with its stem key and form key, or under --any-word the pool of
	 * every word. Then the pool of the words that may be masked: not
	 * among the most frequent nor next to markup (worth), in its order:
	 * the words with a clue first, those whose stem recurs only in other
	 * forms before those that occur again as they are (수학의 where the
	 * text says 수학은 asks for the ending; a word written twice can be
	 * copied). A word the passage gives no clue for is never masked:
	 * nothing in the passage determines it (a name said once, 더글러스
	 * <MASK> 애덤스; an age, 지금 나는 <MASK> 살이고), and the reader can
	 * only guess one of the many that fit. */
	size_t ncand = 0, npool = 0, wi = 0, wb, we;
	int clues = !c->any_word;
	if (clues)
		stems_clear(c);
	if (!c->eojeol)
		syl_bits(c, p, n);
	while (c->eojeol ? next_eojeol(c, p, n, &wi, &wb, &we) : syl_word(c, n, &wi, &wb, &we)) {
		ncand++;
		uint64_t key = 0, form = 0;
		size_t slot = 0; /* (1 + its index) */
		if (clues) {
			/* A word of syllables only has a stem when it has two. */
			if (c->eojeol)
				key = stem_key(p, n, wb);
			else if (we - wb >= 6)
				key = load_le(p, n, wb, 6);
			if (key)
				slot = 1 + stem_add(c, key, form = form_key(p, n, wb, we));
			if (key && informal && we - wb >= 9)
				key = informal_key(c, p, n, wb, we, key, form);
		}
		if (npool == c->poolcap) {
			c->poolcap = c->poolcap ? 2 * c->poolcap : 1024;
			c->pool = ko_xrealloc(c->pool, c->poolcap * sizeof *c->pool);
			c->keys = ko_xrealloc(c->keys, c->poolcap * sizeof *c->keys);
			c->forms = ko_xrealloc(c->forms, c->poolcap * sizeof *c->forms);
			c->slots = ko_xrealloc(c->slots, c->poolcap * sizeof *c->slots);
		}
		c->keys[npool] = key;
		c->forms[npool] = form;
		c->slots[npool] = (uint32_t)slot;
		c->pool[npool++] = (uint32_t)wb;
	}
	/* Keep something to read around the masks. */
	size_t count = c->count;
	if (ncand <= count)
		return ko_task_unusable(g, r, "too few maskable words");
	size_t nclue = 0, ncopy = 0;
	if (clues) {
		/* pool (in place): the words worth masking whose stem recurs in
		 * other forms only; other: those that occur again as they are.
		 * The second tier is asked which of its words are worth masking
		 * only when the draw may come to it: the first holds fewer than
		 * count. */
		if (c->othercap < npool) {
			c->othercap = npool;
			c->other = ko_xrealloc(c->other, c->othercap * sizeof *c->other);
		}
		size_t nnone = 0, nw = npool, nrec = 0;
		struct quotes quote = {next_mark((const unsigned char *)p, n, 0), 0};
		if (c->grew || informal)
			for (size_t k = 0; k < nw; k++)
				c->slots[k] = c->keys[k] ? 1 + (uint32_t)stem_at(c, c->keys[k]) : 0;
		for (size_t k = 0; k < nw; k++) {
			const struct stem *st = c->slots[k] ? &c->stems[c->slots[k] - 1] : NULL;
			if (!st || !st->twice)
				nnone++;
			else if (recurs(st, c->forms[k]))
				c->other[nrec++] = c->pool[k];
			else if (worth(c, p, n, c->pool[k], informal, &quote))
				c->pool[nclue++] = c->pool[k];
		}
		npool = nclue;
		if (npool < count) {
			quote = (struct quotes){next_mark((const unsigned char *)p, n, 0), 0};
			for (size_t k = 0; k < nrec; k++)
				if (worth(c, p, n, c->other[k], informal, &quote))
					c->pool[npool++] = c->other[k];
		}
		ncopy = npool - nclue;
		if (npool < count && (informal || nw - nnone < count))
			return ko_task_unusable(g, r, informal ? "no word the informal text gives a clue for"
			                                       : "no word the passage gives a clue for");
	}
	if (npool < count)
		return ko_task_unusable(g, r, "no word worth masking");
	struct ko_rng rng;
	ko_task_rng(r, &rng);
	/* (count is --count, the same for every record: made once) */
	if (!c->at) {
		c->at = ko_xrealloc(NULL, count * sizeof *c->at);
		c->pick = ko_xrealloc(NULL, count * sizeof *c->pick);
	}
	struct ko_span *pick = c->pick;
	/* A few draws, since a token that touches its neighbours can hide where
	 * it was put; then give up on the record. */
	const char *why = "mask cannot be restored";
	for (int tries = 0; tries < 8; tries++) {
		size_t t2 = nclue + ncopy;
		if (!draw(c, p, n, c->pool, &npool, &nclue, &t2, count, &rng))
			return ko_task_unusable(g, r, "no word the passage gives a clue for");
		ncopy = t2 - nclue;
		for (size_t k = 0; k < count; k++) {
			pick[k].b = c->pool[k];
			pick[k].e = word_end(c, p, n, c->pool[k]);
		}
		/* The answer lists the words in text order. */
		qsort(pick, count, sizeof *pick, cmp_span);
		/* Two masks side by side ([MASK] [MASK]) leave nothing between
		 * them to read: draw again. */
		size_t side = 0;
		for (size_t k = 1; k < count && !side; k++) {
			size_t x = pick[k - 1].e, sl;
			while (x < pick[k].b && (sl = ko_space_len(p + x, pick[k].b - x)))
				x += sl;
			side = x == pick[k].b;
		}
		if (side) {
			why = "masks side by side";
			continue;
		}
		ko_buf_clear(&c->text);
		ko_buf_clear(&c->answer);
		size_t last = 0;
		for (size_t k = 0; k < count; k++) {
			ko_buf_add(&c->text, p + last, pick[k].b - last);
			c->at[k] = c->text.n;
			ko_buf_add(&c->text, c->mask, c->mask_len);
			last = pick[k].e;
			if (count > 1) {
				if (k)
					ko_buf_addc(&c->answer, '\n');
				ko_buf_add_dec(&c->answer, k + 1);
				ko_buf_add(&c->answer, ". ", 2);
			}
			ko_buf_add(&c->answer, p + pick[k].b, pick[k].e - pick[k].b);
		}
		ko_buf_add(&c->text, p + last, n - last);
		if (!restorable(c, c->text.p, c->text.n, c->at, count))
			continue;
		/* A long word masked can bring the passage under the floor. */
		if (!chars_at_least(c->text.p + i, c->text.n - i, c->min_chars)) {
			why = "passage too short";
			continue;
		}
		ko_buf_clear(&c->num);
		ko_buf_add_dec(&c->num, count);
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
	.usage = "[--eojeol] [--min-len N] [--min-chars N] [--max-chars N] [--any-word]\n"
	         "               [--count N] [--mask TOKEN] [task options] [shared options] [FILE...]",
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
	        "      --max-chars N     a longer text gives a run of its sentences of at most\n"
	        "                        N characters as the passage (default 4000; 0: none)\n"
	        "      --any-word        draw from every word, frequent or not, clue or not\n"
	        "      --count N         mask N words; the answer numbers them (default 1)\n"
	        "      --mask TOKEN      the mask token (default <MASK>)\n"
	        "\n" KO_TASK_HELP KO_TASK_SENT_HELP,
	.longopts = longopts,
};

int main(int argc, char **argv)
{
	struct conf c = {.mask = "<MASK>", .mask_len = 6, .min_len = 2, .min_chars = 60,
	                 .max_chars = 4000, .count = 1};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (ko_task_init(&c.gen, tasks, 2) < 0)
		ko_fatal(c.gen.errcode, "%s", c.gen.err);
	freq_init(&c);
	c.gen.mx.holes = 1; /* (the text and its sentences are asked for a formula's hole) */
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		mask(&c, r);
	ko_task_notes(&c.gen, &run);
	ko_task_free(&c.gen);
	free(c.pool);
	free(c.keys);
	free(c.forms);
	free(c.slots);
	free(c.other);
	free(c.pick);
	free(c.stems);
	free(c.at);
	free(c.sylbits);
	ko_buf_free(&c.text);
	ko_buf_free(&c.answer);
	ko_buf_free(&c.num);
	return ko_close(&run);
}
