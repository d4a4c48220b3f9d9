/* ko-dedup - exact and near-duplicate removal and decontamination.
 *
 * A record's key text is its -f fields, normalised (NFKC, lower case,
 * spaces, punctuation, symbols and marks dropped). Exact: a 128-bit hash of
 * it. Near: one-permutation MinHash over syllable n-grams of it (digits
 * kept: a number is content, and a changed one an edit), LSH bands for
 * candidates, and a b-bit signature of every indexed record to verify them
 * (a sketch of its word 5-grams for a short one), then a check of their
 * numbers (a number where the other has another is no copy, or three in
 * a short record where digits are folded; see NUM_K).
 * A record is dropped when an earlier record is verified similar;
 * the dropped ones are indexed too, so a group grows through verified
 * edges only, and dup_of names its first record, the one kept. The same rule runs in stages (--stage) that talk key<TAB>value
 * lines, so sort or a cluster engine can do the shuffles between them. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ko.h"

#define MAX_K 1024
#define MAX_BANDS 64
#define SEP 0x1F /* between fields in a key text; normalisation drops controls */
/* Set on a shingle character that starts a word (after a space,
 * punctuation or the start of a text): the sketches of short records
 * shingle words, the signatures characters. */
#define WB 0x80000000u
/* A record with at most --short-max (at most SHORT_MAX) distinct shingles
 * of --short-ngram words is short. Its signature's slots are mostly
 * borrowed (densified), so a kept short record holds, in the room of its
 * signature, a sketch of its word-shingle set instead: the number of
 * distinct shingles and, when they fit in the check bytes, every one of
 * them, as many bits of each as fit (8 to 40); else the check bytes of
 * the ones with the smallest order keys and the largest order key
 * sketched. A later record is verified against it on the Jaccard
 * similarity of the two sets (cut at that key), at --short-threshold;
 * chance agreements of the kept bits are subtracted as expected. Word
 * 5-grams weigh an edit in a short text by where it falls, as a reader
 * does: a word changed in the middle of a comment breaks five shingles of
 * a dozen, one added at its end one (see ko-dedup(1) for the
 * measurements). A fingerprint is the shingle's 32-bit order key << 8 |
 * its check byte. */
#define SHORT_MAX 256 /* the sketch holds the count in 2 bytes */
/* The numbers of a record, for the number check: each run of digits of
 * its shingle characters (a number written with separators, 1,024,000 or
 * 2024.03.04, is one run) is a token, its context the NUM_CTX characters
 * before it and the NUM_AFTER after it (another number read as one 0) and
 * its value the digits.
 * A record keeps the NUM_K tokens whose context hashes are the smallest,
 * each as 23 bits of the context hash and 8 of the value, sorted. Two
 * records are not duplicates when a context kept by both has a value in
 * one that it never has in the other: a number stands where the other text
 * has a different one (3 더하기 5 and 7 더하기 2; the reports of 4 and 5
 * March), while a number that only one text has (a footnote mark, a
 * sentence left out) is no conflict. Texts that share their contexts keep
 * the same ones, so of a text with more than NUM_K numbers a sample is
 * compared. */
#define NUM_K 8
/* Where numbers are formatting (digits folded in the shingles), one or
 * two numbers that differ are edits or typos (a copy whose date changed;
 * two copies, each with one number edited, differ in two), but in a
 * short record (the candidate's) NUM_FOLDED of them at the same places
 * are other facts: the pages of two days (5월 31일 and 12월 19일, each
 * with its day of the year), two people's dates in one template stub.
 * A long document copied with its figures edited is still a copy. The
 * numbers are read from the key text of a record held whole (not
 * flushed). */
#define NUM_FOLDED 3
#define NUM_CTX 4
#define NUM_AFTER 2
#define NUM_WORDS (NUM_K * 32 / 64)
#define SK_HEAD 6 /* sketch: order key cut (4 bytes), shingle count (2) */

struct conf {
	int ngram, k, bits, bands, rows;
	int vngram;        /* --short-ngram: words per shingle of the fingerprints */
	int short_max;     /* --short-max: most distinct shingles of a short record */
	double threshold;
	double vthreshold; /* --short-threshold: what verifies two short records */
	int exact, near; /* --mode */
	int annotate;
	const char *stage, *drops;
	char **against;
	int nagainst;
	size_t span, min_item;
	int mmin;     /* matching slots that verify: from --threshold */
	int lines;    /* --mode lines */
	unsigned boiler; /* --boiler: documents that make a line boilerplate */
	int boiler_given;
	size_t min_line; /* --min-line: shorter lines are never dropped as repeats */
	const char *boilers; /* --boilers FILE: the list from --stage linecount */
	int fold;            /* 0: by record (fold_digits); 1: --fold-digits; 2: --numbers */
};

/* Line counts for boilerplate: a 64-bit hash of each folded line, its low
 * byte replaced by a saturating count of the documents holding it; 0 is an
 * empty slot. Bounded: past LINES_MAX entries every count is lowered by
 * one and the zeros go (Misra-Gries), so a line in more than about
 * 2 * documents / LINES_MAX documents survives with a count at most dec
 * too low. */
#define LINES_MAX ((size_t)1 << 26)
struct lines {
	uint64_t *t;
	size_t mask, used;
	unsigned dec; /* prune rounds */
	/* The lengths (line_hash's *len, by LEN_BUCKET) of the lines whose
	 * count reached want (the boilerplate's, a superset of them), so
	 * that the second pass hashes only lines of those lengths; all set
	 * when the lengths are not known (--boilers). */
	unsigned want;
	uint64_t lens[4];
	int dense; /* most lengths are boilerplate's: lines are hashed side by side */
};

/* Lengths up to 127 exactly, then by 16 up to 2159, then one bucket. */
#define LEN_BUCKET(m) ((m) < 128 ? (m) : (m) < 2160 ? 128 + ((m) - 128) / 16 : 255)

static inline void len_add(struct lines *L, unsigned b)
{
	L->lens[b / 64] |= (uint64_t)1 << (b % 64);
}

/* Whether a line of m counted bytes may be boilerplate. */
static inline int boiler_len(const struct lines *L, size_t m)
{
	size_t b = LEN_BUCKET(m);
	return (int)(L->lens[b / 64] >> (b % 64) & 1);
}

/* The keys of one record. */
struct keys {
	struct ko_buf nf;
	int fold; /* this record's digit runs read as 0, no number check (fold_digits) */
	int digits; /* a digit was folded: the numbers are read (NUM_FOLDED) */
	uint32_t *ex, *sh; /* key text: exact, and shingle characters (WB on a word's first) */
	size_t nex, nsh, cap;
	uint32_t mins[MAX_K];
	uint64_t sig[MAX_K / 8];
	uint64_t band[MAX_BANDS];
	uint64_t exact[2];
	uint64_t raw[2]; /* raw_key's hash, when has_raw */
	int has_raw;
	const char *judged[KO_MAX_FIELDS]; /* raw_key's fields, njudged of them */
	int njudged;
	uint64_t *fx, *fxw; /* fingerprints, sorted, distinct; fxw: work space */
	size_t fxcap;
	int nfp; /* distinct fingerprints; -1: not computed yet */
	int many; /* more than 2 * --short-max shingles, distinct or not */
	/* A long text's keys are used up as they are made, so that it is not
	 * held again as code points: when ex reaches flush_at (0: never,
	 * as when --against must see the whole key text) the characters
	 * made so far go to the exact hash, k->real and the MinHash,
	 * and leave the arrays but for the last shingle's (a text of few words
 * or shingles is kept whole: record_keys decides from them). */
	const struct conf *c;
	uint64_t seed;
	size_t flush_at;
	int flushed;          /* some are used up */
	struct ko_hash128_st hx;
	int real;             /* a real character was used up */
	size_t fed;           /* sh[0..fed) are in the MinHash */
	uint64_t h, top;      /* the MinHash's rolling hash, P^(w-1) */
	size_t w, shingled;   /* its n-gram, and characters it has had */
	unsigned char filled[MAX_K];
	/* A text of many words whose fingerprints may still be few (a
	 * sentence repeated): its keys are the keys of a text held whole,
	 * but it is used up as it is made, and its fingerprints are gathered
	 * word by word into a set (see consume). */
	int streamed;         /* used up, with the keys of a text held whole */
	int doomed;           /* more fingerprints than a short record can share */
	int shreal;           /* a real shingle character was used up */
	size_t check;         /* the next check of the fingerprints: at this many characters */
	size_t gone;          /* characters of ex used up */
	size_t fpchars;       /* shingle characters read into words */
	uint64_t fph;         /* the hash of the word being read */
	size_t fpwords;       /* words read whole */
	uint64_t ring[64];    /* their hashes, by word number mod 64 (--short-ngram <= 64) */
	uint64_t *fs;         /* the distinct fingerprints + 1 (0: empty), open addressing */
	size_t fsmask, fsn;
	/* boiler_flags: a copy of the lines, their hashes, the packing table,
	 * and the last flags made, of the lines from fp up to fend */
	struct ko_buf lb;
	uint64_t *lh;
	size_t lhcap;
	struct pack_lut *lut;
	const char *fp, *fend;
	size_t fn;
	unsigned char flag[64]; /* LBATCH */
	/* the number check: the kept tokens (packed in nums when the record
	 * ends), the last NUM_CTX characters (NUM_CTX is 4: 16 bits each in
	 * one word) and the digit run being read */
	uint64_t nums[NUM_WORDS];
	uint64_t ntok[NUM_K]; /* context hash << 32 | value hash, sorted */
	int nntok;
	uint64_t nctx; /* the last NUM_CTX characters, 16 bits each */
	uint64_t nrun;
	int inrun;
	/* the token whose characters after it are being read */
	int pend, npafter;
	uint64_t pctx, pval;
	uint32_t pafter[NUM_AFTER];
};

struct tab {
	uint32_t *t;
	size_t size, used;
};

/* The kept records, for the one-process mode. */
struct index {
	size_t n, cap, w; /* w: signature words per record */
	uint64_t *sig, *ex;
	size_t *idoff; /* into ids, when dup_of or dup_cluster is written */
	struct ko_buf ids;
	struct tab *tabs;
	int ntabs;
	size_t first; /* size of the first table, 0: unknown */
	uint64_t *isshort; /* a bit per record: sig holds its sketch */
	uint64_t *nums;    /* NUM_WORDS per record: its number tokens */
	uint32_t *head;    /* per record: the first record of its group */
	/* Per record: the hash of its judged texts as read (raw_key) and,
	 * with --mode both, its first band's key; rt finds a record by the
	 * first (record + 1, 0 empty, linear probing up to half full). */
	uint64_t *raw, *b0;
	uint32_t *rt;
	size_t rtsize;
};

/* Decontamination spans of the --against items. */
struct contam {
	uint64_t *h;
	uint32_t *item;
	size_t mask, used;
	unsigned char *lens; /* lens[L]: an item shorter than the span has L */
	struct ko_buf ids;
	size_t *idoff, nitems;
};

struct match {
	long idx; /* kept record, -1 none */
	int m;    /* similarity in units of 1/10000; 10000 for an exact match */
	int exact;
};

enum { OPT_BOILER = 0x200, OPT_BOILERS, OPT_MIN_LINE, OPT_FOLD_DIGITS, OPT_NUMBERS };
enum { OPT_MODE = 0x100, OPT_NGRAM, OPT_PERM, OPT_BITS, OPT_BANDS, OPT_ROWS,
       OPT_THRESHOLD, OPT_ANNOTATE, OPT_AGAINST, OPT_SPAN, OPT_MIN_ITEM, OPT_STAGE,
       OPT_DROPS, OPT_SHORT_NGRAM, OPT_SHORT_THRESHOLD, OPT_SHORT_MAX };

static const struct option longopts[] = {
	{"mode", required_argument, NULL, OPT_MODE},
	{"ngram", required_argument, NULL, OPT_NGRAM},
	{"perm", required_argument, NULL, OPT_PERM},
	{"bits", required_argument, NULL, OPT_BITS},
	{"bands", required_argument, NULL, OPT_BANDS},
	{"rows", required_argument, NULL, OPT_ROWS},
	{"threshold", required_argument, NULL, OPT_THRESHOLD},
	{"annotate", no_argument, NULL, OPT_ANNOTATE},
	{"against", required_argument, NULL, OPT_AGAINST},
	{"span", required_argument, NULL, OPT_SPAN},
	{"min-item", required_argument, NULL, OPT_MIN_ITEM},
	{"stage", required_argument, NULL, OPT_STAGE},
	{"drops", required_argument, NULL, OPT_DROPS},
	{"boiler", required_argument, NULL, OPT_BOILER},
	{"boilers", required_argument, NULL, OPT_BOILERS},
	{"min-line", required_argument, NULL, OPT_MIN_LINE},
	{"fold-digits", no_argument, NULL, OPT_FOLD_DIGITS},
	{"numbers", no_argument, NULL, OPT_NUMBERS},
	{"short-ngram", required_argument, NULL, OPT_SHORT_NGRAM},
	{"short-threshold", required_argument, NULL, OPT_SHORT_THRESHOLD},
	{"short-max", required_argument, NULL, OPT_SHORT_MAX},
	{0},
};

/* Whether a character of the key text is real, not a separator between
 * fields: one in ex, or in sh, where the separator starts a word (SEP | WB). */
static inline int real_char(uint32_t c)
{
	return (c & ~WB) != SEP;
}

/* Whether t[0..n) has a real character (it has no other, mostly: the
 * first decides). */
static int any_real(const uint32_t *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (real_char(t[i]))
			return 1;
	return 0;
}

static void push(struct keys *k, uint32_t ex, uint32_t sh)
{
	if (k->nex == k->cap || k->nsh == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 1024;
		k->ex = ko_xrealloc(k->ex, k->cap * sizeof *k->ex);
		k->sh = ko_xrealloc(k->sh, k->cap * sizeof *k->sh);
	}
	if (ex)
		k->ex[k->nex++] = ex;
	if (sh)
		k->sh[k->nsh++] = sh;
}

/* Append the key text of p: what is left after NFKC of letters and numbers,
 * lower-cased. Spaces, punctuation, symbols, controls and marks go, so
 * copies that differ in spacing, punctuation, width or NFD are one key. */
static void key_slow(struct keys *k, const char *p, size_t n, int near, int *brkp)
{
	ko_buf_clear(&k->nf);
	if (ko_normalize(&k->nf, p, n, KO_NFKC) < 0)
		ko_oom(n);
	const char *s = k->nf.p;
	size_t len = k->nf.n;
	int brk = *brkp; /* a word starts at the next shingle character */
	for (size_t i = 0; i < len;) {
		uint32_t c;
		int l = ko_utf8_decode(s + i, len - i, &c);
		if (l < 0)
			l = 1, c = 0xFFFD;
		i += (size_t)l;
		int keep, digit = 0;
		if (c < 0x80) {
			digit = c >= '0' && c <= '9';
			keep = digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		} else if (ko_is_hangul_syllable(c)) {
			keep = 1;
		} else {
			int cat = ko_category(c);
			digit = cat == 9;
			keep = (cat >= 1 && cat <= 5) || cat == 7 || (cat >= 9 && cat <= 11);
		}
		if (!keep) {
			brk = 1;
			continue;
		}
		c = ko_tolower(c);
		k->digits |= digit;
		if (digit && k->fold) /* folded: a run is one 0 */
			push(k, c, near && (brk || !k->nsh || (k->sh[k->nsh - 1] & ~WB) != '0')
			                   ? '0' | (brk ? WB : 0)
			                   : 0);
		else
			push(k, c, near ? c | (brk ? WB : 0) : 0);
		brk &= !near;
	}
	*brkp = brk;
}

/* Room for more characters in both arrays, so the fast paths of key_text
 * store without checks. */
static void reserve(struct keys *k, size_t more)
{
	size_t need = (k->nex > k->nsh ? k->nex : k->nsh) + more;
	if (need <= k->cap)
		return;
	k->cap = k->cap ? 2 * k->cap : 1024;
	if (k->cap < need)
		k->cap = need;
	k->ex = ko_xrealloc(k->ex, k->cap * sizeof *k->ex);
	k->sh = ko_xrealloc(k->sh, k->cap * sizeof *k->sh);
}

static void sig_begin(const struct conf *c, struct keys *k, size_t w);
static void sig_feed(const struct conf *c, struct keys *k, size_t from, size_t to, uint64_t seed);
static size_t words_in(const uint32_t *sh, size_t n, size_t max);
static void num_feed(struct keys *k, const uint32_t *t, size_t from, size_t to);
/* ex reaches this many characters before they are used up (a test build
 * sets a small number). The keys take 8 bytes a character (ex and sh) and
 * the first use-up's fingerprints 16 more: 64K characters hold them to a
 * few MB whatever the record's length, where a million held 8 MB of keys
 * (and 16 MB of fingerprints) for any record of a million characters or
 * more, over 3 x a line of a few MB. What is used up, and when, does not
 * change the keys (the flush64 case). */
#ifndef FLUSH_AT
#define FLUSH_AT ((size_t)1 << 16)
#endif

static void fp_begin(struct keys *k);
static void fp_feed(const struct conf *c, struct keys *k, size_t from, size_t to);
static int fp_many(const struct conf *c, struct keys *k);

/* Use up ex[0..cut_ex) and sh[0..cut_sh), keeping the shingles the
 * MinHash still needs. A text of few shingle words (or characters) is
 * kept whole: record_keys decides from them. One of many words is used
 * up; its fingerprints are checked whenever the key text has doubled
 * (from FLUSH_AT characters), as a text held whole until then would be:
 * while they are few it is streamed (its keys those of a text held whole:
 * its fingerprints, and its numbers where digits are folded), and once
 * they are more than a short record can share it is flushed (its keys
 * those of a long text). A text of one sentence repeated held 8 bytes a
 * character (ex and sh) and 16 a word (its fingerprints), 4.3 x its line. */
static void consume(struct keys *k, size_t cut_ex, size_t cut_sh)
{
	const struct conf *c = k->c;
	int decide = 0;
	if (!k->flushed && !k->streamed) {
		size_t max = 2 * (size_t)c->short_max + (size_t)c->vngram;
		if (c->near && (cut_sh < (size_t)c->ngram ||
		                (c->short_max && words_in(k->sh, cut_sh, max) <= max))) {
			k->flush_at *= 2;
			return;
		}
		ko_hash128_begin(&k->hx, k->seed);
		if (c->near)
			sig_begin(c, k, (size_t)c->ngram);
		k->real = 0, k->fed = 0;
		if (c->near && c->short_max) {
			k->streamed = 1, k->check = k->flush_at, decide = 1;
			k->gone = 0, k->shreal = 0;
			fp_begin(k);
		} else {
			k->flushed = 1;
		}
	} else if (k->streamed && k->gone + k->nex >= k->check) {
		decide = 1;
	}
	if (k->streamed && k->fold && c->fold != 1)
		num_feed(k, k->ex, 0, cut_ex);
	ko_hash128_add(&k->hx, k->ex, cut_ex * sizeof k->ex[0]);
	k->real = k->real || any_real(k->ex, cut_ex);
	memmove(k->ex, k->ex + cut_ex, (k->nex - cut_ex) * sizeof k->ex[0]);
	k->nex -= cut_ex;
	k->gone += cut_ex;
	if (k->streamed) {
		k->shreal = k->shreal || any_real(k->sh + k->fed, cut_sh - k->fed);
		fp_feed(c, k, k->fed, cut_sh);
	}
	if (c->near)
		sig_feed(c, k, k->fed, cut_sh, k->seed);
	size_t drop = cut_sh > (size_t)c->ngram ? cut_sh - (size_t)c->ngram : 0;
	memmove(k->sh, k->sh + drop, (k->nsh - drop) * sizeof k->sh[0]);
	k->nsh -= drop;
	k->fed = cut_sh - drop;
	k->flush_at = k->nex + FLUSH_AT;
	if (decide) {
		if (fp_many(c, k)) {
			/* a long text after all: no numbers from the key text
			 * (sig_begin's), no fingerprints */
			k->streamed = 0, k->flushed = 1;
			k->nctx = 0, k->inrun = 0, k->nntok = 0, k->pend = 0;
		} else {
			k->check *= 2;
		}
	}
	if (k->streamed && k->check - k->gone < k->flush_at)
		k->flush_at = k->check - k->gone;
}

/* Each byte as line_hash counts it, 0 for one it leaves out. */
#define LB(b) ((b) >= 0x80 ? (b) : (b) >= '0' && (b) <= '9' ? '0' : \
               ((b) | 0x20) >= 'a' && ((b) | 0x20) <= 'z' ? (b) : 0)
#define LB4(b) LB(b), LB(b + 1), LB(b + 2), LB(b + 3)
#define LB16(b) LB4(b), LB4(b + 4), LB4(b + 8), LB4(b + 12)
static const unsigned char line_byte[256] = {
	LB16(0x00), LB16(0x10), LB16(0x20), LB16(0x30), LB16(0x40), LB16(0x50), LB16(0x60), LB16(0x70),
	LB16(0x80), LB16(0x90), LB16(0xA0), LB16(0xB0), LB16(0xC0), LB16(0xD0), LB16(0xE0), LB16(0xF0),
};

/* FNV-1a, of the bytes of a line that line_hash counts. */
#define FNV_BASIS 0xcbf29ce484222325ULL
#define FNV_P 0x100000001b3ULL

/* The 4 bytes at p as a little-endian number: byte i in bits 8i.. */
static inline uint32_t le32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap32(v);
#endif
	return v;
}

#ifdef KO_AVX2
/* The run of Hangul syllables at s, up to 8 (s has 28 bytes): their code
 * points go to e[0..8) and h[0..8) (past the run too), and their count is
 * returned. Each lane of 128 bits decodes 4 syllables of 12 bytes, as the
 * scalar loop of key_text_at does one. */
__attribute__((target("avx2"))) static inline unsigned syl8_avx2(const unsigned char *s, uint32_t *e,
                                                          uint32_t *h)
{
	__m128i lo = _mm_loadu_si128((const __m128i *)s);
	__m128i hi = _mm_loadu_si128((const __m128i *)(s + 12));
	__m256i v = _mm256_inserti128_si256(_mm256_castsi128_si256(lo), hi, 1);
	const __m256i ctl = _mm256_setr_epi8(0, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8, -1, 9, 10, 11, -1,
	                                     0, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8, -1, 9, 10, 11, -1);
	__m256i y = _mm256_shuffle_epi8(v, ctl); /* b0 | b1 << 8 | b2 << 16 */
	__m256i ok = _mm256_cmpeq_epi32(_mm256_and_si256(y, _mm256_set1_epi32(0xC0C0F0)),
	                                _mm256_set1_epi32(0x8080E0));
	__m256i x = _mm256_or_si256(
	    _mm256_or_si256(_mm256_slli_epi32(_mm256_and_si256(y, _mm256_set1_epi32(0x0F)), 12),
	                    _mm256_and_si256(_mm256_srli_epi32(y, 2), _mm256_set1_epi32(0xFC0))),
	    _mm256_and_si256(_mm256_srli_epi32(y, 16), _mm256_set1_epi32(0x3F)));
	ok = _mm256_and_si256(ok, _mm256_cmpgt_epi32(x, _mm256_set1_epi32(KO_SYL_FIRST - 1)));
	ok = _mm256_and_si256(ok, _mm256_cmpgt_epi32(_mm256_set1_epi32(KO_SYL_LAST + 1), x));
	_mm256_storeu_si256((__m256i *)e, x);
	_mm256_storeu_si256((__m256i *)h, x);
	unsigned mask = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(ok));
	return (unsigned)__builtin_ctz(~mask);
}
#endif

/* Whether a Hangul syllable starts at s[i]; it goes to *c. */
static inline int hangul_at(const unsigned char *s, size_t i, size_t n, uint32_t *c)
{
	if (i + 2 >= n || (unsigned)(s[i] - 0xEA) > 3 || (s[i + 1] & 0xC0) != 0x80 ||
	    (s[i + 2] & 0xC0) != 0x80)
		return 0;
	*c = (uint32_t)(s[i] & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
	return *c >= 0xAC00 && *c <= 0xD7A3;
}

/* The bytes of the character at s[i] when it is one that the key text
 * drops and that NFKC leaves as it is and composes with nothing: the
 * no-break space and the punctuation common in Korean text (middle dot,
 * dashes, curly quotes, angle and corner brackets); else 0. */
static inline size_t dropped_at(const unsigned char *s, size_t i, size_t n)
{
	if (s[i] == 0xC2)
		return i + 1 < n && (s[i + 1] == 0xA0 || s[i + 1] == 0xB7) ? 2 : 0;
	if (i + 2 >= n || s[i + 1] != 0x80)
		return 0;
	unsigned b = s[i + 2];
	if (s[i] == 0xE2) /* U+2013, U+2014, U+2018, U+2019, U+201C, U+201D */
		return b - 0x93u <= 1 || b - 0x98u <= 1 || b - 0x9Cu <= 1 ? 3 : 0;
	return s[i] == 0xE3 && b - 0x88u <= 7 ? 3 : 0; /* U+3008..U+300F */
}

/* Append the key text of p. Runs of ASCII and Hangul syllables are their
 * own NFKC and are read as they are, with no category lookups; any other
 * character goes to NFKC with the character before it (which it may
 * compose with) and everything up to the next ASCII byte. The fast paths
 * write into room reserved for one character per input byte, which they
 * never exceed; only the slow path (NFKC may expand) checks as it goes. */
static inline __attribute__((always_inline)) void key_text_at(struct keys *k, const char *p,
                                                              size_t n, int near,
                                                              size_t *lm, int avx2)
{
	int brk = 1, fold = k->fold;
	size_t fm = 0; /* lm: the bytes of the line that line_hash counts */
	const unsigned char *s = (const unsigned char *)p;
	size_t prev = 0, pex = k->nex, psh = k->nsh; /* the last character and its pushes */
	int pbrk = 1;
	reserve(k, n);
	uint32_t *ex = k->ex, *sh = k->sh;
	size_t nex = k->nex, nsh = k->nsh;
	size_t lim = k->flush_at ? k->flush_at : SIZE_MAX;
	for (size_t i = 0; i < n;) {
		if (nex >= lim) {
			/* all but the last character's (the slow path may go
			 * back to it) */
			k->nex = nex, k->nsh = nsh;
			consume(k, pex, psh);
			pex -= nex - k->nex, psh -= nsh - k->nsh;
			nex = k->nex, nsh = k->nsh;
			lim = k->flush_at ? k->flush_at : SIZE_MAX;
		}
		uint32_t c = s[i];
		if (c < 0x80) {
			prev = i, pex = nex, psh = nsh, pbrk = brk;
			i++;
			if (lm)
				fm += c - '0' < 10 || (c | 0x20) - 'a' < 26;
			if (c - '0' < 10 && fold) { /* --fold-digits: a run is one 0 */
				k->digits = 1;
				ex[nex++] = c;
				if (near && (brk || !nsh || (sh[nsh - 1] & ~WB) != '0'))
					sh[nsh++] = '0' | (brk ? WB : 0);
				brk &= !near;
				continue;
			}
			if (c - '0' >= 10)
				c = (c | 0x20) - 'a' < 26 ? c | 0x20 : 0; /* letters lower-cased */
			if (c) {
				ex[nex++] = c;
				if (near) {
					sh[nsh++] = c | (brk ? WB : 0);
					brk = 0;
				}
			} else {
				brk = 1;
			}
			continue;
		}
		size_t dl = dropped_at(s, i, n);
		if (dl) { /* as a dropped ASCII byte */
			prev = i, pex = nex, psh = nsh, pbrk = brk;
			i += dl, fm += dl;
			brk = 1;
			continue;
		}
		if (hangul_at(s, i, n, &c) && !near && !lm) {
			for (ex[nex++] = c, i += 3; hangul_at(s, i, n, &c); i += 3)
				ex[nex++] = c;
			prev = i - 3, pex = nex - 1, psh = nsh;
			continue;
		}
		if (hangul_at(s, i, n, &c)) {
			/* Syllables and the ASCII bytes that are dropped
			 * between them (spaces, mostly), the bulk of Korean
			 * text, read four bytes at a time; a word's first
			 * syllable has WB. It stops at anything else, and at a
			 * dropped byte when the keys are due to be used up. */
			uint32_t wb = brk ? WB : 0;
			size_t last = i, end4 = n - 3; /* 4 bytes can be read before end4 */
			uint32_t *e = ex + nex, *h = sh + nsh;
			*e++ = c, *h++ = c | wb, wb = 0;
			fm += 3;
			i += 3;
			while (i < end4) {
#ifdef KO_AVX2
				if (avx2 && n - i >= 28) {
					unsigned cnt = syl8_avx2(s + i, e, h);
					if (cnt) {
						*h |= wb, wb = 0;
						fm += 3 * cnt;
						e += cnt, h += cnt;
						last = i + 3 * (cnt - 1), i += 3 * cnt;
						if (cnt == 8)
							continue;
					}
					if (line_byte[s[i]] || (size_t)(e - ex) >= lim)
						break; /* not a dropped byte */
					wb = WB, last = i++;
					continue;
				}
#endif
				uint32_t v = le32(s + i);
				uint32_t x = (v & 0x0F) << 12 | (v >> 2 & 0xFC0) | (v >> 16 & 0x3F);
				if ((v & 0xC0C0F0) == 0x8080E0 && x - KO_SYL_FIRST <= KO_SYL_LAST - KO_SYL_FIRST) {
					*e++ = x, *h++ = x | wb, wb = 0;
					fm += 3;
					last = i, i += 3;
					continue;
				}
				uint32_t b = v & 0xFF;
				if (b >= 0x80 || b - '0' < 10 || (b | 0x20) - 'a' < 26 ||
				    (size_t)(e - ex) >= lim)
					break;
				wb = WB, last = i++;
			}
			nex = (size_t)(e - ex), nsh = (size_t)(h - sh);
			prev = last;
			if (wb) /* a dropped byte */
				pex = nex, psh = nsh, pbrk = 1, brk = 1;
			else
				pex = nex - 1, psh = nsh - 1, pbrk = (sh[nsh - 1] & WB) != 0, brk = 0;
			continue;
		}
		/* Slow: from the character before to the next ASCII byte. */
		size_t from = i > 0 ? prev : 0;
		if (i > 0) {
			nex = pex, nsh = psh;
			brk = pbrk;
		}
		size_t to = i + 1;
		while (to < n && s[to] >= 0x80)
			to++;
		fm += to - i;
		k->nex = nex, k->nsh = nsh;
		key_slow(k, p + from, to - from, near, &brk);
		reserve(k, n - to);
		ex = k->ex, sh = k->sh, nex = k->nex, nsh = k->nsh;
		i = to;
		prev = to, pex = nex, psh = nsh, pbrk = brk;
	}
	k->nex = nex, k->nsh = nsh;
	if (lm)
		*lm = fm;
}

static void key_text_sse(struct keys *k, const char *p, size_t n, int near, size_t *lm)
{
	if (lm)
		key_text_at(k, p, n, 1, lm, 0);
	else
		key_text_at(k, p, n, near, NULL, 0);
}

#ifdef KO_AVX2
__attribute__((target("avx2"))) static void key_text_avx2(struct keys *k, const char *p, size_t n,
                                                          int near, size_t *lm)
{
	if (lm)
		key_text_at(k, p, n, 1, lm, 1);
	else
		key_text_at(k, p, n, near, NULL, 1);
}
#endif

static void key_text(struct keys *k, const char *p, size_t n, int near)
{
#ifdef KO_AVX2
	if (ko_have_avx2()) {
		key_text_avx2(k, p, n, near, NULL);
		return;
	}
#endif
	key_text_sse(k, p, n, near, NULL);
}

/* key_text of one line, near, and in *lm the bytes of it that line_hash
 * counts (one pass over the bytes, where the line is read for the keys
 * anyway): lines of other lengths than the boilerplate's are not hashed. */
static void key_text_line(struct keys *k, const char *p, size_t n, size_t *lm)
{
#ifdef KO_AVX2
	if (ko_have_avx2()) {
		key_text_avx2(k, p, n, 1, lm);
		return;
	}
#endif
	key_text_sse(k, p, n, 1, lm);
}

/* Sort n 40-bit values of a in place, with tmp as room for n more: five
 * byte passes of a radix sort, which cost a fraction of qsort's calls
 * back on the few dozen fingerprints of a short record. */
static void sort_fp(uint64_t *a, uint64_t *tmp, size_t n)
{
	for (int sh = 0; sh < 40; sh += 8) {
		size_t cnt[257] = {0};
		for (size_t i = 0; i < n; i++)
			cnt[((a[i] >> sh) & 0xFF) + 1]++;
		for (int b = 0; b < 256; b++)
			cnt[b + 1] += cnt[b];
		for (size_t i = 0; i < n; i++)
			tmp[cnt[(a[i] >> sh) & 0xFF]++] = a[i];
		memcpy(a, tmp, n * sizeof *a);
	}
}


/* One-permutation MinHash: each n-gram hash goes to one of k slots and
 * keeps its slot's minimum, so a record costs one hash per n-gram rather
 * than k; empty slots borrow from the next filled one (densification).
 * The shingles are fed in order, in one piece or several (sig_feed). */
static const uint64_t SIG_P = 0x100000001b3ULL * 2 + 1, SIG_G = 0x9E3779B97F4A7C15ULL;

static int is_digit_char(uint32_t c)
{
	if (c < 0x80)
		return c >= '0' && c <= '9';
	return !ko_is_hangul_syllable(c) && ko_category(c) == 9;
}

/* The pending token is complete (the characters after it that the text
 * has, 0 for the rest): it joins the NUM_K smallest. */
static void num_token(struct keys *k)
{
	while (k->npafter < NUM_AFTER)
		k->pafter[k->npafter++] = 0;
	uint64_t a = 0x6e756d73ULL;
	for (int i = 0; i < NUM_AFTER; i++)
		a = (a ^ k->pafter[i]) * 0x100000001b3ULL;
	uint64_t h = ko_fmix64(k->pctx ^ ko_fmix64(a));
	uint64_t t = (h & 0xFFFFFFFF00000000ULL) | (k->pval & 0xFFFFFFFFu);
	int n = k->nntok, i = n;
	while (i > 0 && k->ntok[i - 1] > t)
		i--;
	if ((i == 0 || k->ntok[i - 1] != t) && i < NUM_K) {
		int m = n < NUM_K ? n : NUM_K - 1;
		memmove(k->ntok + i + 1, k->ntok + i, (size_t)(m - i) * sizeof *k->ntok);
		k->ntok[i] = t;
		k->nntok = m + 1;
	}
	k->pend = 0;
}

/* The next shingle character c (a digit run as one '0'): the context of
 * the numbers before and after it. */
static void num_char(struct keys *k, uint32_t c)
{
	if (k->pend) {
		k->pafter[k->npafter++] = c;
		if (k->npafter == NUM_AFTER)
			num_token(k);
	}
	k->nctx = k->nctx << 16 | ((c ^ c >> 16) & 0xFFFF);
}

/* A digit run has ended: its token waits for the characters after it. */
static void num_run_end(struct keys *k)
{
	uint64_t ctx = ko_fmix64(k->nctx ^ 0x6374786eULL);
	num_char(k, '0'); /* after the token before, if it still waits */
	if (k->pend)
		num_token(k);
	k->pctx = ctx;
	k->pval = ko_fmix64(k->nrun);
	k->pend = 1, k->npafter = 0;
	k->inrun = 0;
}

/* The end of the run of Hangul syllables (WB or not) that starts at
 * t[i], up to to. */
static size_t syl_run(const uint32_t *t, size_t i, size_t to)
{
	while (i < to && (t[i] & ~WB) - 0xAC00 <= 0xD7A3 - 0xAC00)
		i++;
	return i;
}

#ifdef KO_AVX2
/* syl_run 8 characters at a time. */
__attribute__((target("avx2"))) static size_t syl_run_avx2(const uint32_t *t, size_t i, size_t to)
{
	const __m256i mask = _mm256_set1_epi32((int)~WB), first = _mm256_set1_epi32(0xAC00);
	const __m256i span = _mm256_set1_epi32(0xD7A3 - 0xAC00);
	for (; to - i >= 8; i += 8) {
		__m256i x = _mm256_and_si256(_mm256_loadu_si256((const __m256i *)(t + i)), mask);
		x = _mm256_sub_epi32(x, first);
		/* x <= span, unsigned */
		__m256i in = _mm256_cmpeq_epi32(_mm256_min_epu32(x, span), x);
		unsigned m = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(in));
		if (m != 0xFF)
			return i + (size_t)__builtin_ctz(~m);
	}
	return syl_run(t, i, to);
}
#endif

/* The number tokens of the characters t[from..to): the shingle
 * characters, or the key text where the shingles fold digits. */
static void num_feed(struct keys *k, const uint32_t *t, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		uint32_t ch = t[i] & ~WB;
		if (ch >= 0xAC00 && ch <= 0xD7A3 && !k->inrun && !k->pend) {
			/* a run of syllables: only its last four stay in the
			 * context */
			size_t j;
#ifdef KO_AVX2
			if (ko_have_avx2())
				j = syl_run_avx2(t, i + 1, to);
			else
#endif
				j = syl_run(t, i + 1, to);
			for (i = j - 4 > i && j >= 4 ? j - 4 : i; i < j; i++) {
				ch = t[i] & ~WB;
				k->nctx = k->nctx << 16 | ((ch ^ ch >> 16) & 0xFFFF);
			}
			i--;
			continue;
		}
		if (is_digit_char(ch)) {
			if (!k->inrun)
				k->nrun = 0x9E3779B97F4A7C15ULL, k->inrun = 1;
			k->nrun = (k->nrun ^ ch) * 0x100000001b3ULL;
			continue;
		}
		if (k->inrun)
			num_run_end(k);
		num_char(k, ch);
	}
}

/* The kept tokens packed into k->nums: a flag and 23 bits of the context
 * hash, and 8 of the value each, 0 for none. */
static void num_end(struct keys *k)
{
	if (k->inrun)
		num_run_end(k);
	if (k->pend)
		num_token(k);
	memset(k->nums, 0, sizeof k->nums);
	/* 23 bits of the context hash, and above them whether the digits
	 * were folded (NUM_FOLDED): the contexts of the two kinds of record
	 * never meet */
	uint64_t folded = k->fold ? (uint64_t)1 << 31 : 0;
	for (int i = 0; i < k->nntok; i++) {
		uint64_t v = ((k->ntok[i] >> 41) << 8 | (k->ntok[i] & 0xFF)) | folded;
		k->nums[i / 2] |= (v ? v : 1) << (i % 2 * 32);
	}
}

/* The bound below which the tokens t hold every value of their contexts:
 * all of them when there are fewer than NUM_K, else the contexts below the
 * last one (whose values may have been cut). */
static uint32_t num_bound(const uint64_t *t)
{
	uint32_t last = (uint32_t)(t[(NUM_K - 1) / 2] >> ((NUM_K - 1) % 2 * 32));
	return last ? last >> 8 : 1u << 24;
}

/* The contexts of the tokens a, below bound, that have a value there
 * that b never has at it, where b has the context. */
static int num_against(const uint64_t *a, const uint64_t *b, uint32_t bound)
{
	int n = 0;
	for (int i = 0; i < NUM_K; i++) {
		uint32_t x = (uint32_t)(a[i / 2] >> (i % 2 * 32));
		int ctx = 0, same = 0;
		if (!x || x >> 8 >= bound)
			break;
		for (int j = 0; j < NUM_K; j++) {
			uint32_t y = (uint32_t)(b[j / 2] >> (j % 2 * 32));
			if (y && y >> 8 == x >> 8)
				ctx = 1, same |= x == y;
		}
		n += ctx && !same;
	}
	return n;
}

/* Whether two records' numbers conflict (see NUM_K and NUM_FOLDED);
 * folded ones only when a is short. */
static int num_conflict(const uint64_t *a, const uint64_t *b, int ashort)
{
	int folded = (int)((uint32_t)a[0] >> 31);
	if (folded && !ashort)
		return 0;
	uint32_t ba = num_bound(a), bb = num_bound(b), bound = ba < bb ? ba : bb;
	int na = num_against(a, b, bound), nb = num_against(b, a, bound);
	return (na > nb ? na : nb) >= (folded ? NUM_FOLDED : 1);
}

/* Whether the numbers of b conflict with those of head, the first record
 * of the group that b would join through a candidate whose numbers do
 * not conflict. Where digits are folded it is not asked: two copies, each
 * with a number of its own edited, differ in two. */
static int num_head_conflict(const uint64_t *head, const uint64_t *b)
{
	if (((uint32_t)head[0] | (uint32_t)b[0]) >> 31)
		return 0;
	return num_conflict(head, b, 0);
}

static void sig_begin(const struct conf *c, struct keys *k, size_t w)
{
	k->nctx = 0;
	k->inrun = 0, k->nntok = 0, k->pend = 0;
	for (int j = 0; j < c->k; j++)
		k->mins[j] = UINT32_MAX;
	memset(k->filled, 0, (size_t)c->k);
	k->w = w;
	k->top = 1; /* P^(w-1) */
	for (size_t i = 1; i < w; i++)
		k->top *= SIG_P;
	k->h = 0;
	k->shingled = 0;
}

/* The shingles sh[i..to) after a first whole window (the w before i are
 * there): h rolls on, (h - out_c * out) * P + in_c * G, with the
 * characters' part made beside h's chain, and each hash keeps its slot's
 * minimum without a branch (which the shingles of a short text would
 * mostly mispredict). Returns h. */
static uint64_t sig_roll(const uint32_t *sh, size_t i, size_t to, size_t w, uint64_t h,
                         uint64_t outp, uint64_t seed, size_t K, uint32_t *mins,
                         unsigned char *filled)
{
	for (; i < to; i++) {
		uint64_t d = ((uint64_t)(sh[i] & ~WB) + 1) * SIG_G -
		             ((uint64_t)(sh[i - w] & ~WB) + 1) * outp;
		h = h * SIG_P + d;
		uint64_t x = ko_fmix64(h ^ seed);
		size_t slot = (size_t)(((x >> 32) * K) >> 32);
		uint32_t v = (uint32_t)x, m = mins[slot];
		mins[slot] = v < m ? v : m;
		filled[slot] = 1;
	}
	return h;
}

#ifdef KO_AVX2
/* a * b mod 2^64 in each lane, b given as its low and high halves (each in
 * the low 32 bits of every lane). */
__attribute__((target("avx2"))) static inline __m256i mul64_avx2(__m256i a, __m256i blo,
                                                                 __m256i bhi)
{
	__m256i cross = _mm256_add_epi64(_mm256_mul_epu32(_mm256_srli_epi64(a, 32), blo),
	                                 _mm256_mul_epu32(a, bhi));
	return _mm256_add_epi64(_mm256_mul_epu32(a, blo), _mm256_slli_epi64(cross, 32));
}

/* a * b mod 2^64 in each lane where a < 2^32. */
__attribute__((target("avx2"))) static inline __m256i mul32_avx2(__m256i a, __m256i blo,
                                                                 __m256i bhi)
{
	return _mm256_add_epi64(_mm256_mul_epu32(a, blo),
	                        _mm256_slli_epi64(_mm256_mul_epu32(a, bhi), 32));
}

/* The characters sh[0..4) as (c & ~WB) + 1 in 64-bit lanes. */
__attribute__((target("avx2"))) static inline __m256i chars4_avx2(const uint32_t *sh)
{
	__m128i c = _mm_and_si128(_mm_loadu_si128((const __m128i *)sh), _mm_set1_epi32(~WB));
	return _mm256_cvtepu32_epi64(_mm_add_epi32(c, _mm_set1_epi32(1)));
}

/* sig_roll with the characters' parts, the hashes' mixing and their slots
 * made four at a time: the chain of h, a multiplication and an addition
 * each, stays scalar, and so do the minima (a scatter). The same values as
 * sig_roll. */
__attribute__((target("avx2"))) static uint64_t sig_roll_avx2(const uint32_t *sh, size_t i,
                                                              size_t to, size_t w, uint64_t h,
                                                              uint64_t outp, uint64_t seed,
                                                              size_t K, uint32_t *mins,
                                                              unsigned char *filled)
{
	uint64_t hb[64];
	const __m256i glo = _mm256_set1_epi64x((long long)(SIG_G & 0xFFFFFFFF));
	const __m256i ghi = _mm256_set1_epi64x((long long)(SIG_G >> 32));
	const __m256i olo = _mm256_set1_epi64x((long long)(outp & 0xFFFFFFFF));
	const __m256i ohi = _mm256_set1_epi64x((long long)(outp >> 32));
	const __m256i c1lo = _mm256_set1_epi64x(0xED558CCDLL), c1hi = _mm256_set1_epi64x(0xFF51AFD7LL);
	const __m256i c2lo = _mm256_set1_epi64x(0x1A85EC53LL), c2hi = _mm256_set1_epi64x(0xC4CEB9FELL);
	const __m256i sv = _mm256_set1_epi64x((long long)seed), kv = _mm256_set1_epi64x((long long)K);
	while (to - i >= 4) {
		size_t m = to - i < 64 ? (to - i) & ~(size_t)3 : 64;
		const uint32_t *in = sh + i, *out = sh + i - w;
		for (size_t j = 0; j < m; j += 4) {
			__m256i d = _mm256_sub_epi64(mul32_avx2(chars4_avx2(in + j), glo, ghi),
			                             mul32_avx2(chars4_avx2(out + j), olo, ohi));
			_mm256_storeu_si256((__m256i *)(hb + j), d);
		}
		for (size_t j = 0; j < m; j += 4) {
			hb[j] = h = h * SIG_P + hb[j];
			hb[j + 1] = h = h * SIG_P + hb[j + 1];
			hb[j + 2] = h = h * SIG_P + hb[j + 2];
			hb[j + 3] = h = h * SIG_P + hb[j + 3];
		}
		for (size_t j = 0; j < m; j += 4) {
			__m256i x = _mm256_xor_si256(_mm256_loadu_si256((const __m256i *)(hb + j)), sv);
			x = _mm256_xor_si256(x, _mm256_srli_epi64(x, 33));
			x = mul64_avx2(x, c1lo, c1hi);
			x = _mm256_xor_si256(x, _mm256_srli_epi64(x, 33));
			x = mul64_avx2(x, c2lo, c2hi);
			x = _mm256_xor_si256(x, _mm256_srli_epi64(x, 33));
			/* the slot above the value: slot << 32 | v */
			__m256i slot = _mm256_mul_epu32(_mm256_srli_epi64(x, 32), kv);
			x = _mm256_blend_epi32(x, slot, 0xAA);
			_mm256_storeu_si256((__m256i *)(hb + j), x);
		}
		for (size_t j = 0; j < m; j += 2) {
			uint32_t s0 = (uint32_t)(hb[j] >> 32), v0 = (uint32_t)hb[j];
			uint32_t s1 = (uint32_t)(hb[j + 1] >> 32), v1 = (uint32_t)hb[j + 1];
			uint32_t m0 = mins[s0];
			mins[s0] = v0 < m0 ? v0 : m0;
			filled[s0] = 1;
			uint32_t m1 = mins[s1];
			mins[s1] = v1 < m1 ? v1 : m1;
			filled[s1] = 1;
		}
		i += m;
	}
	return sig_roll(sh, i, to, w, h, outp, seed, K, mins, filled);
}
#endif

/* The shingles sh[from..to); the w before from are still there. */
static void sig_feed(const struct conf *c, struct keys *k, size_t from, size_t to, uint64_t seed)
{
	size_t K = (size_t)c->k, w = k->w, i = from;
	uint64_t h = k->h, out = SIG_G * k->top; /* what the shingle leaving weighs */
	const uint32_t *sh = k->sh;
	uint32_t *mins = k->mins;
	unsigned char *filled = k->filled;
	/* the first w - 1 characters of the text start the window */
	for (; i < to && k->shingled + 1 < w; i++, k->shingled++)
		h = h * SIG_P + ((uint64_t)(sh[i] & ~WB) + 1) * SIG_G;
	if (i < to && k->shingled < w) { /* the first whole window */
		h = h * SIG_P + ((uint64_t)(sh[i] & ~WB) + 1) * SIG_G;
		k->shingled++;
		uint64_t x = ko_fmix64(h ^ seed);
		size_t slot = (size_t)(((x >> 32) * K) >> 32);
		if ((uint32_t)x < mins[slot])
			mins[slot] = (uint32_t)x;
		filled[slot] = 1;
		i++;
	}
	k->shingled += to - i;
#ifdef KO_AVX2
	if (ko_have_avx2())
		h = sig_roll_avx2(sh, i, to, w, h, out * SIG_P, seed, K, mins, filled);
	else
#endif
		h = sig_roll(sh, i, to, w, h, out * SIG_P, seed, K, mins, filled);
	k->h = h;
	if (!k->fold)
		num_feed(k, k->sh, from, to);
}

static void sig_end(const struct conf *c, struct keys *k, uint64_t seed)
{
	size_t K = (size_t)c->k;
	num_end(k);
	/* an empty slot borrows from the next filled one, d slots on
	 * (round the end): found walking back, from the first filled one
	 * taken as K slots past its place */
	size_t first = 0;
	while (first < K && !k->filled[first])
		first++;
	for (size_t j = K, next = first + K; first < K && j-- > 0;) {
		if (k->filled[j])
			next = j;
		else
			k->mins[j] = k->mins[next < K ? next : next - K] + (uint32_t)(next - j) * 0x9E3779B9u;
	}
	for (int b = 0; b < c->bands; b++)
		k->band[b] = ko_hash64(k->mins + (size_t)b * (size_t)c->rows,
		                       (size_t)c->rows * sizeof k->mins[0], seed + (uint64_t)b + 1);
	size_t words = K * (size_t)c->bits / 64;
	memset(k->sig, 0, words * sizeof k->sig[0]);
	uint64_t mask = ((uint64_t)1 << c->bits) - 1;
	for (size_t j = 0; j < K; j++) {
		size_t at = j * (size_t)c->bits;
		k->sig[at / 64] |= ((uint64_t)k->mins[j] & mask) << (at % 64);
	}
}

/* The fingerprints of the record's shingles of --short-ngram words
 * (a text of fewer words is one shingle), sorted and distinct, and their
 * count in k->nfp. */
static void fingerprints(const struct conf *c, struct keys *k, uint64_t seed)
{
	size_t m = k->nsh, n = (size_t)c->vngram, nw = 0, nfp = 0;
	if (m + 1 > k->fxcap) {
		k->fxcap = m + 1 + 256;
		k->fx = ko_xrealloc(k->fx, k->fxcap * sizeof *k->fx);
		k->fxw = ko_xrealloc(k->fxw, k->fxcap * sizeof *k->fxw);
	}
	/* The hash of each word into fxw. */
	uint64_t h = 0;
	for (size_t i = 0; i < m; i++) {
		if (k->sh[i] & WB && i) {
			k->fxw[nw++] = ko_fmix64(h);
			h = 0;
		}
		h = (h ^ (k->sh[i] & ~WB)) * 0x100000001b3ULL + 0x9E3779B97F4A7C15ULL;
	}
	if (m)
		k->fxw[nw++] = ko_fmix64(h);
	size_t w = nw < n ? nw : n;
	for (size_t i = 0; i + w <= nw; i++) {
		uint64_t x = seed;
		for (size_t j = 0; j < w; j++)
			x = (x ^ k->fxw[i + j]) * 0x100000001b3ULL + (x >> 29);
		k->fx[nfp++] = ko_fmix64(x) >> 24;
	}
	sort_fp(k->fx, k->fxw, nfp);
	size_t d = 0;
	for (size_t i = 0; i < nfp; i++)
		if (!d || k->fx[i] != k->fx[d - 1])
			k->fx[d++] = k->fx[i];
	k->nfp = (int)d;
}

/* The word-shingle fingerprints of a streamed text, read as fingerprints()
 * reads a text held whole: words split where a shingle character starts
 * one (but the first), a window of the last --short-ngram of them each
 * (the text has more words than that). */
static void fp_begin(struct keys *k)
{
	k->doomed = 0;
	k->fpchars = 0, k->fph = 0, k->fpwords = 0;
	k->fsn = 0;
	if (k->fs)
		memset(k->fs, 0, (k->fsmask + 1) * sizeof *k->fs);
}

/* The fingerprint of the window of the w - 1 words read last and a word
 * of hash last. */
static uint64_t fp_window(const struct keys *k, size_t w, uint64_t last)
{
	uint64_t x = k->seed;
	for (size_t j = 0; j + 1 < w; j++)
		x = (x ^ k->ring[(k->fpwords - (w - 1) + j) % 64]) * 0x100000001b3ULL + (x >> 29);
	x = (x ^ last) * 0x100000001b3ULL + (x >> 29);
	return ko_fmix64(x) >> 24;
}

static size_t fs_slot(const struct keys *k, uint64_t v)
{
	size_t i = (size_t)ko_fmix64(v) & k->fsmask;
	while (k->fs[i] && k->fs[i] != v + 1)
		i = (i + 1) & k->fsmask;
	return i;
}

/* fp into the set; more than a short record can share (fp_many) makes
 * the text doomed, and the set stops. */
static void fs_add(const struct conf *c, struct keys *k, uint64_t fp)
{
	if (k->doomed)
		return;
	if (!k->fs || 2 * (k->fsn + 1) > k->fsmask + 1) {
		size_t old = k->fs ? k->fsmask + 1 : 0, size = old ? 2 * old : 256;
		uint64_t *was = k->fs;
		k->fs = ko_xcalloc(size, sizeof *k->fs);
		k->fsmask = size - 1;
		for (size_t i = 0; i < old; i++)
			if (was[i])
				k->fs[fs_slot(k, was[i] - 1)] = was[i];
		free(was);
	}
	size_t i = fs_slot(k, fp);
	if (!k->fs[i]) {
		k->fs[i] = fp + 1;
		k->fsn++;
		if ((int)k->fsn - c->vngram > c->short_max / c->vthreshold + 1)
			k->doomed = 1;
	}
}

/* The shingle characters sh[from..to) into words and fingerprints. */
static void fp_feed(const struct conf *c, struct keys *k, size_t from, size_t to)
{
	size_t w = (size_t)c->vngram;
	for (size_t i = from; i < to; i++) {
		if (k->sh[i] & WB && k->fpchars) {
			uint64_t wh = ko_fmix64(k->fph);
			if (k->fpwords + 1 >= w)
				fs_add(c, k, fp_window(k, w, wh));
			k->ring[k->fpwords++ % 64] = wh;
			k->fph = 0;
		}
		k->fph = (k->fph ^ (k->sh[i] & ~WB)) * 0x100000001b3ULL + 0x9E3779B97F4A7C15ULL;
		k->fpchars++;
	}
}

/* Whether the text read so far has more fingerprints than a short record
 * can share (verify() tells by the sizes): so has the whole text, whatever
 * the exact number (its last word may be cut, so the windows it is in do
 * not count). */
static int fp_many(const struct conf *c, struct keys *k)
{
	if (k->doomed)
		return 1;
	uint64_t last = fp_window(k, (size_t)c->vngram, ko_fmix64(k->fph));
	int nfp = (int)k->fsn + !k->fs[fs_slot(k, last)];
	return nfp - c->vngram > c->short_max / c->vthreshold + 1;
}

/* A streamed text's fingerprints, sorted, into k->fx and k->nfp (or more
 * than any short record can share, when doomed). */
static void fp_end(const struct conf *c, struct keys *k)
{
	fs_add(c, k, fp_window(k, (size_t)c->vngram, ko_fmix64(k->fph)));
	if (k->doomed) {
		k->nfp = INT_MAX / 2;
		return;
	}
	if (k->fsn + 1 > k->fxcap) {
		k->fxcap = k->fsn + 1 + 256;
		k->fx = ko_xrealloc(k->fx, k->fxcap * sizeof *k->fx);
		k->fxw = ko_xrealloc(k->fxw, k->fxcap * sizeof *k->fxw);
	}
	size_t n = 0;
	for (size_t i = 0; i <= k->fsmask; i++)
		if (k->fs[i])
			k->fx[n++] = k->fs[i] - 1;
	sort_fp(k->fx, k->fxw, n);
	k->nfp = (int)n;
}

/* Words of n shingles, counted up to max + 1. */
static size_t words_in(const uint32_t *sh, size_t n, size_t max)
{
	size_t nw = 0;
	for (size_t i = 0; i < n && nw <= max; i++)
		nw += !i || sh[i] & WB;
	return nw;
}

/* Whether the record is short: at most --short-max distinct shingles and
 * at most twice as many in all (its fingerprints are computed when
 * it may be). */
static int is_short(const struct conf *c, struct keys *k, uint64_t seed)
{
	if (!c->short_max || k->many)
		return 0;
	if (k->nfp < 0)
		fingerprints(c, k, seed);
	return k->nfp <= c->short_max;
}

/* Check bytes a sketch of w signature words holds. */
static int sk_slots(size_t w)
{
	return (int)(w * 8) - SK_HEAD;
}

/* Bits kept of each fingerprint of a whole set of n in s check bytes:
 * as many as fit, so the fewer shingles, the rarer chance matches. */
static int sk_width(int n, int s)
{
	int w = n ? s * 8 / n : 40;
	return w > 40 ? 40 : w;
}

/* The sketch of a short record's fingerprints, in w words. A whole set
 * (n at most the check bytes) keeps the top sk_width bits of each, packed;
 * a larger one the check byte of each of the smallest, and the cut. */
static void sketch(const uint64_t *fx, int n, uint64_t *out, size_t w)
{
	unsigned char *p = (unsigned char *)out;
	int s = sk_slots(w), m = n < s ? n : s;
	memset(out, 0, w * sizeof *out);
	uint32_t cut = n <= s ? UINT32_MAX : (uint32_t)(fx[m - 1] >> 8);
	uint16_t cnt = (uint16_t)n;
	memcpy(p, &cut, 4);
	memcpy(p + 4, &cnt, 2);
	if (n > s) {
		for (int i = 0; i < m; i++)
			p[SK_HEAD + i] = (unsigned char)fx[i];
		return;
	}
	int b = sk_width(n, s);
	unsigned char *q = p + SK_HEAD;
	for (int i = 0; i < n; i++) {
		size_t at = (size_t)i * (size_t)b;
		uint64_t v = fx[i] >> (40 - b) << (at % 8); /* at most 47 bits */
		for (size_t j = at / 8; v; j++, v >>= 8)
			q[j] |= (unsigned char)v;
	}
}

/* Reads the b-bit values packed by sketch, in order. */
struct unpack {
	const unsigned char *q;
	uint64_t buf, mask;
	int nbits, b;
};

static uint64_t sk_next(struct unpack *u)
{
	while (u->nbits < u->b) {
		u->buf |= (uint64_t)*u->q++ << u->nbits;
		u->nbits += 8;
	}
	uint64_t v = u->buf & u->mask;
	u->buf >>= u->b;
	u->nbits -= u->b;
	return v;
}

/* ---- lines: boilerplate and repeated lines ---- */

/* The hash of FNV-1a state h after m bytes. */
static inline uint64_t line_hash_end(uint64_t h, size_t m)
{
	h = ko_fmix64(h + m);
	return (h & ~(uint64_t)0xFF) | 0x100;
}

/* The hash of a line folded cheaply (no NFKC): ASCII spaces and
 * punctuation left out, ASCII digits read as 0 unless digits is set, so
 * "입력 2023.05.17" and "입력 2024.01.02" are one line. *len: the bytes
 * that count. */
static inline uint64_t line_hash_as(const char *p, size_t n, size_t *len, int digits)
{
	const unsigned char *u = (const unsigned char *)p;
	uint64_t h = FNV_BASIS;
	size_t m = 0;
	for (size_t i = 0; i < n;) {
		unsigned char b = u[i];
		if (b >= 0x80) {
			/* three bytes above ASCII (a syllable, mostly) all count:
			 * no test between them */
			if (n - i >= 3 && u[i + 1] & u[i + 2] & 0x80) {
				h = (h ^ b) * FNV_P;
				h = (h ^ u[i + 1]) * FNV_P;
				h = (h ^ u[i + 2]) * FNV_P;
				m += 3, i += 3;
				continue;
			}
		} else if (b >= '0' && b <= '9') {
			b = digits ? b : '0';
		} else if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) {
			i++;
			continue;
		}
		h = (h ^ b) * FNV_P;
		m++, i++;
	}
	*len = m;
	return line_hash_end(h, m);
}

static uint64_t line_hash(const char *p, size_t n, size_t *len)
{
	return line_hash_as(p, n, len, 0);
}

/* Bit 8 of every hash is set (line_hash); in the table it is cleared as a
 * mark while a record with many lines is counted (lines_add). */
#define LINE_MARK ((uint64_t)0x100)
static uint64_t *lines_slot(const struct lines *L, uint64_t h)
{
	for (size_t s = (size_t)(h >> 8) & L->mask;; s = (s + 1) & L->mask)
		if (!L->t[s] || ((L->t[s] | LINE_MARK) & ~(uint64_t)0xFF) == h)
			return L->t + s;
}

/* Rebuild into a table of size entries, keeping those with count >= min
 * after lowering every count by dec. */
static void lines_rebuild(struct lines *L, size_t size, unsigned dec, unsigned min)
{
	uint64_t *old = L->t;
	size_t n = L->t ? L->mask + 1 : 0;
	L->t = ko_xcalloc(size, sizeof *L->t);
	L->mask = size - 1;
	L->used = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned cnt = (unsigned)(old[i] & 0xFF);
		if (!old[i] || cnt <= dec || cnt - dec < min)
			continue;
		*lines_slot(L, old[i] & ~(uint64_t)0xFF) = (old[i] & ~(uint64_t)0xFF) | (cnt - dec);
		L->used++;
	}
	free(old);
}

/* Count a document holding the line of hash h and length lb (LEN_BUCKET).
 * With mark, the entry is marked and a marked one is not counted again: a
 * record's lines are added as they come, each once, and lines_unmark ends
 * the record. */
static void lines_add(struct lines *L, uint64_t h, int mark, unsigned lb)
{
	if (!L->t)
		lines_rebuild(L, 1024, 0, 1);
	uint64_t *s = lines_slot(L, h);
	uint64_t m = mark ? LINE_MARK : 0;
	if (*s) {
		if (mark && !(*s & LINE_MARK))
			return;
		if ((*s & 0xFF) < 0xFF)
			(*s)++;
		*s &= ~m;
		if (L->want && (*s & 0xFF) >= L->want)
			len_add(L, lb);
		return;
	}
	*s = (h | 1) & ~m;
	if (L->want && 1 >= L->want)
		len_add(L, lb);
	if (++L->used * 2 <= L->mask + 1)
		return;
	if (L->mask + 1 < LINES_MAX) {
		lines_rebuild(L, 2 * (L->mask + 1), 0, 1);
		return;
	}
	while (L->used * 4 > L->mask + 1) {
		lines_rebuild(L, L->mask + 1, 1, 1);
		L->dec++;
	}
}

static void lines_unmark(struct lines *L)
{
	for (size_t i = 0; L->t && i <= L->mask; i++)
		if (L->t[i])
			L->t[i] |= LINE_MARK;
}

/* Room in the table for more new lines, grown now as lines_add would grow
 * it on the way (the same sizes up to LINES_MAX): a table rebuilt while a
 * long record is counted would be held twice. */
static void lines_room(struct lines *L, size_t more)
{
	size_t size = L->t ? L->mask + 1 : 1024;
	while (size < LINES_MAX && (L->used + more) * 2 > size)
		size *= 2;
	if (!L->t || size > L->mask + 1)
		lines_rebuild(L, size, 0, 1);
}

/* The count of documents holding the line (0 when not in the table). */
static unsigned lines_get(const struct lines *L, uint64_t h)
{
	if (!L->used)
		return 0;
	return (unsigned)(*lines_slot(L, h) & 0xFF);
}

/* The end of the line of [p, end) that starts at p: its newline, or end. */
static inline const char *line_end(const char *p, const char *end)
{
	const char *e = memchr(p, '\n', (size_t)(end - p));
	return e ? e : end;
}

/* The folded hashes of the distinct lines of the -f texts of a record,
 * sorted, in *hs (none for one-line records: a line that is the whole
 * document is no boilerplate of it). */

static size_t text_lines(const char *p, size_t n, uint64_t **hs, size_t *cap, size_t k)
{
	const char *end = p + n;
	while (p < end) {
		const char *e = line_end(p, end);
		size_t len;
		uint64_t h = line_hash(p, (size_t)(e - p), &len);
		if (len) {
			if (k == *cap)
				*hs = ko_xrealloc(*hs, (*cap = *cap ? 2 * *cap : 64) * sizeof **hs);
			(*hs)[k++] = h;
		}
		p = e + 1;
	}
	return k;
}


/* Pack the bytes of r[0..n) that line_hash counts, as it reads them
 * (digits as 0), at q <= r; returns the end of them. */
static unsigned char *line_pack(unsigned char *q, const unsigned char *r, size_t n)
{
	const unsigned char *ue = r + n;
	for (; ue - r >= 4; r += 4) {
		unsigned b0 = line_byte[r[0]], b1 = line_byte[r[1]];
		unsigned b2 = line_byte[r[2]], b3 = line_byte[r[3]];
		q[0] = (unsigned char)b0, q += b0 != 0;
		q[0] = (unsigned char)b1, q += b1 != 0;
		q[0] = (unsigned char)b2, q += b2 != 0;
		q[0] = (unsigned char)b3, q += b3 != 0;
	}
	for (; r < ue; r++) {
		unsigned b = line_byte[*r];
		*q = (unsigned char)b, q += b != 0;
	}
	return q;
}

/* For each mask of 8 bits, the shuffle that takes the bytes whose bits
 * are set to the front (0x80: none), for line_pack_avx2; made by the pass
 * that uses it. */
struct pack_lut {
	unsigned char idx[256][8];
};

#ifdef KO_AVX2
static void pack_lut_make(struct pack_lut *t)
{
	for (int m = 0; m < 256; m++) {
		int k = 0;
		for (int b = 0; b < 8; b++)
			if (m >> b & 1)
				t->idx[m][k++] = (unsigned char)b;
		while (k < 8)
			t->idx[m][k++] = 0x80;
	}
}
#endif

#ifdef KO_AVX2
/* line_pack 32 bytes at a time. Each 8 bytes kept are stored whole at q,
 * which is never past the 8 read, so the bytes not yet read are intact. */
__attribute__((target("avx2"))) static unsigned char *line_pack_avx2(unsigned char *q,
                                                                     const unsigned char *r,
                                                                     size_t n,
                                                                     const struct pack_lut *t)
{
	const unsigned char *ue = r + n;
	for (; ue - r >= 32; r += 32) {
		__m256i v = _mm256_loadu_si256((const __m256i *)r);
		__m256i digit = _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8('0' - 1)),
		                                 _mm256_cmpgt_epi8(_mm256_set1_epi8('9' + 1), v));
		__m256i l = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
		__m256i letter = _mm256_and_si256(_mm256_cmpgt_epi8(l, _mm256_set1_epi8('a' - 1)),
		                                  _mm256_cmpgt_epi8(_mm256_set1_epi8('z' + 1), l));
		/* bytes above ASCII have their sign bit set */
		uint32_t keep = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(digit, letter), v));
		v = _mm256_blendv_epi8(v, _mm256_set1_epi8('0'), digit);
		if (keep == UINT32_MAX) {
			_mm256_storeu_si256((__m256i *)q, v);
			q += 32;
			continue;
		}
		__m128i half[2] = {_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1)};
		for (int g = 0; g < 2; g++, keep >>= 16) {
			unsigned m0 = keep & 0xFF, m1 = keep >> 8 & 0xFF;
			__m128i i0 = _mm_loadl_epi64((const __m128i *)t->idx[m0]);
			__m128i i1 = _mm_add_epi8(_mm_loadl_epi64((const __m128i *)t->idx[m1]),
			                          _mm_set1_epi8(8));
			__m128i x = _mm_shuffle_epi8(half[g], _mm_unpacklo_epi64(i0, i1));
			_mm_storel_epi64((__m128i *)q, x);
			q += __builtin_popcount(m0);
			_mm_storel_epi64((__m128i *)q, _mm_unpackhi_epi64(x, x));
			q += __builtin_popcount(m1);
		}
	}
	return line_pack(q, r, (size_t)(ue - r));
}
#endif

/* A line of text_lines_in_place: its bytes that count, at p. */
struct lane {
	const unsigned char *p;
	size_t m, len; /* bytes left, and all */
	uint64_t h;
	size_t at; /* its entry */
};

#define LANES 4

/* text_lines, overwriting p: each line's bytes that count are first
 * packed at its start, without branches, and then LANES lines are hashed
 * side by side, a byte of each in turn (FNV-1a waits on a multiplication
 * per byte, which the other lines fill). Every line has an entry, in
 * order: its hash with its LEN_BUCKET in the low byte, 0 when no byte of
 * it counts, 1 when its length is not one of the boilerplate's in only
 * (then it is not hashed; NULL: every line is). */
static size_t text_lines_in_place(char *p, size_t n, uint64_t **hs, size_t *cap, size_t k,
                                  const struct pack_lut *lut, const struct lines *only)
{
	char *end = p + n;
	struct lane ln[LANES];
	int nl = 0;
	for (;;) {
		while (nl < LANES && p < end) { /* the next lines join, packed */
			char *e = (char *)line_end(p, end);
			unsigned char *u = (unsigned char *)p, *q;
#ifdef KO_AVX2
			if (lut)
				q = line_pack_avx2(u, u, (size_t)(e - p), lut);
			else
#endif
				q = line_pack(u, u, (size_t)(e - p));
			size_t m = (size_t)(q - u);
			if (k == *cap)
				*hs = ko_xrealloc(*hs, (*cap = *cap ? 2 * *cap : 64) * sizeof **hs);
			(*hs)[k] = m && only && !boiler_len(only, m);
			if (m && !(*hs)[k])
				ln[nl++] = (struct lane){u, m, m, FNV_BASIS, k};
			k++;
			p = e + 1;
		}
		if (!nl)
			return k;
		size_t step = SIZE_MAX;
		for (int l = 0; l < nl; l++)
			step = ln[l].m < step ? ln[l].m : step;
		if (nl == LANES) {
			const unsigned char *q0 = ln[0].p, *q1 = ln[1].p, *q2 = ln[2].p, *q3 = ln[3].p;
			uint64_t h0 = ln[0].h, h1 = ln[1].h, h2 = ln[2].h, h3 = ln[3].h;
			for (size_t j = 0; j < step; j++) {
				h0 = (h0 ^ q0[j]) * FNV_P, h1 = (h1 ^ q1[j]) * FNV_P;
				h2 = (h2 ^ q2[j]) * FNV_P, h3 = (h3 ^ q3[j]) * FNV_P;
			}
			ln[0].h = h0, ln[1].h = h1, ln[2].h = h2, ln[3].h = h3;
		} else { /* the last lines, one after another */
			for (int l = 0; l < nl; l++) {
				for (size_t j = 0; j < ln[l].m; j++)
					ln[l].h = (ln[l].h ^ ln[l].p[j]) * FNV_P;
				ln[l].p += ln[l].m, ln[l].m = 0;
			}
			step = 0;
		}
		int left = 0;
		for (int l = 0; l < nl; l++) {
			ln[l].p += step, ln[l].m -= step;
			if (ln[l].m) {
				ln[left++] = ln[l];
				continue;
			}
			(*hs)[ln[l].at] = line_hash_end(ln[l].h, ln[l].len) | LEN_BUCKET(ln[l].len);
		}
		nl = left;
	}
}

/* The lines of a JSON string body b[0..n) (valid), each unescaped on its
 * own into line (the text is never copied whole): calls
 * add(L, hash, mark, length) for each that has bytes that count, or only counts
 * them up to stop when add is NULL. Returns the count. */
static size_t raw_lines(const char *b, size_t n, struct ko_buf *line, struct lines *L,
                        void (*add)(struct lines *, uint64_t, int, unsigned), size_t stop)
{
	size_t k = 0, a = 0, i = 0, len;
	int esc = 0; /* the line has escapes */
	const char *why;
	for (;;) {
		const char *q = i < n ? memchr(b + i, '\\', n - i) : NULL;
		size_t e = q ? (size_t)(q - b) : n, next = n;
		int end = !q;
		if (q) {
			size_t w = b[e + 1] == 'u' ? 6 : 2;
			end = b[e + 1] == 'n' || (w == 6 && (b[e + 2] == '0' && b[e + 3] == '0' &&
			                                      b[e + 4] == '0' &&
			                                      (b[e + 5] == 'a' || b[e + 5] == 'A')));
			next = e + w;
			if (!end) {
				esc = 1;
				i = next;
				continue;
			}
		}
		const char *p = b + a;
		size_t pn = e - a;
		if (esc) {
			ko_buf_clear(line);
			ko_json_unescape(line, p, pn, &why);
			p = line->p, pn = line->n;
		}
		uint64_t h = line_hash(p, pn, &len);
		if (len) {
			k++;
			if (add)
				add(L, h, 1, LEN_BUCKET(len));
			else if (k >= stop)
				return k;
		}
		if (!q)
			return k;
		a = i = next;
		esc = 0;
	}
}

/* A record has many lines when they could fill a quarter of the line
 * table: its lines are then counted once each by marks, not by a sorted
 * copy of their hashes (8 bytes a line, most of a record of short lines),
 * and the marks are cleared by a sweep of the table, which then costs no
 * more than the lines. */
#define MANY_LINES 4096

/* The line hashes that records added, by a hash of their texts as
 * written, so that a repeat of a record (a document posted again, a
 * corpus repeated) adds them again without reading its lines: one entry
 * a record with lines (fewer than MANY_LINES), up to LC_RECS records and
 * LC_LINES hashes (the first records' keep them; 16 MB at most), held
 * only through the first pass. */
#define LC_RECS ((size_t)1 << 18)
#define LC_LINES ((size_t)1 << 20)
struct lcache {
	uint64_t *key; /* 2 a record */
	uint32_t *at, *cnt;
	size_t n, cap;
	uint32_t *tab; /* record + 1, 0 empty, linear probing up to half full */
	size_t tsize;
	uint64_t *h; /* the hashes, as lines_add takes them: hash | LEN_BUCKET */
	size_t nh, hcap;
};

static long lc_get(const struct lcache *lc, const uint64_t key[2])
{
	if (!lc->tsize)
		return -1;
	for (size_t s = (size_t)key[0] & (lc->tsize - 1); lc->tab[s]; s = (s + 1) & (lc->tsize - 1)) {
		uint32_t i = lc->tab[s] - 1;
		if (lc->key[2 * i] == key[0] && lc->key[2 * i + 1] == key[1])
			return (long)i;
	}
	return -1;
}

static void lc_slot(struct lcache *lc, size_t i)
{
	size_t s = (size_t)lc->key[2 * i] & (lc->tsize - 1);
	while (lc->tab[s])
		s = (s + 1) & (lc->tsize - 1);
	lc->tab[s] = (uint32_t)(i + 1);
}

/* Keep the n hashes of h (the record's, sorted and distinct) under key,
 * while there is room. */
static void lc_put(struct lcache *lc, const uint64_t key[2], const uint64_t *h, size_t n)
{
	if (lc->nh + n > LC_LINES || lc->n >= LC_RECS)
		return;
	if (lc->n == lc->cap) {
		lc->cap = lc->cap ? 2 * lc->cap : 1024;
		lc->key = ko_xrealloc(lc->key, lc->cap * 2 * sizeof *lc->key);
		lc->at = ko_xrealloc(lc->at, lc->cap * sizeof *lc->at);
		lc->cnt = ko_xrealloc(lc->cnt, lc->cap * sizeof *lc->cnt);
	}
	if (lc->nh + n > lc->hcap) {
		while (lc->nh + n > lc->hcap)
			lc->hcap = lc->hcap ? 2 * lc->hcap : 4096;
		lc->h = ko_xrealloc(lc->h, lc->hcap * sizeof *lc->h);
	}
	size_t i = lc->n++;
	lc->key[2 * i] = key[0], lc->key[2 * i + 1] = key[1];
	lc->at[i] = (uint32_t)lc->nh, lc->cnt[i] = (uint32_t)n;
	if (n) /* (a record of no lines: h may be NULL) */
		memcpy(lc->h + lc->nh, h, n * sizeof *h);
	lc->nh += n;
	if (lc->n * 2 > lc->tsize) {
		free(lc->tab);
		lc->tsize = lc->tsize ? 2 * lc->tsize : 4096;
		lc->tab = ko_xcalloc(lc->tsize, sizeof *lc->tab);
		for (size_t j = 0; j < lc->n; j++)
			lc_slot(lc, j);
	} else {
		lc_slot(lc, i);
	}
}

/* Count the lines of every record of the input: the first of two passes.
 * Bad records are left to the second pass to report. */
static size_t lines_pass(const struct conf *c, const struct ko_opts *o, char **files, int nfiles,
                         struct lines *L)
{
	size_t nrec = 0;
	struct pack_lut *lut = NULL;
#ifdef KO_AVX2
	struct pack_lut pl;
	if (ko_have_avx2())
		pack_lut_make(&pl), lut = &pl;
#endif
	struct ko_reader *rd = ko_reader_open(files, nfiles);
	struct ko_json j = {0};
	struct ko_buf s = {0};
	uint64_t *hs = NULL;
	size_t cap = 0;
	struct lcache lc = {0};
	const char *line;
	size_t n;
	int nf, e;
	while ((e = ko_reader_next(rd, &line, &n, &nf)) != 0) {
		if (e < 0)
			continue;
		nrec++;
		size_t i = 0;
		while (i < n && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (o->mode == 't' || (o->mode != 'j' && (i == n || line[i] != '{')))
			continue; /* a text record is one line */
		/* Most lines are good records, checked whole at once as the
		 * record loop checks them; the others are parsed as before, and
		 * their fields checked one by one. */
		const char *why;
		int clean = ko_json_parse_line(&j, line, n) == 0;
		if (!clean && ko_json_parse(&j, line, n, &why) < 0)
			continue;
		/* the -f fields that are valid strings with a line break, and a
		 * bound on their lines */
		int use[KO_MAX_FIELDS] = {0};
		size_t nl = 0;
		for (int f = 0; f < o->nfields && f < KO_MAX_FIELDS; f++) {
			int t = ko_json_get(&j, o->fields[f]);
			if (t < 0 || j.tok[t].type != KO_JSON_STRING)
				continue;
			const char *b = j.s + j.tok[t].start;
			size_t bn = (size_t)(j.tok[t].end - j.tok[t].start), m = 0;
			if (!clean && ko_json_check_str(b, bn, &why) < 0)
				continue;
			for (const char *q = b; (q = memchr(q, '\\', bn - (size_t)(q - b))); q += 2)
				m += q[1] == 'n' || (q[1] == 'u' && !memcmp(q + 2, "000", 3) &&
				                     (q[5] == 'a' || q[5] == 'A'));
			if (m)
				use[f] = 1, nl += m + 1;
		}
		if (nl >= MANY_LINES && nl >= (L->t ? (L->mask + 1) / 4 : 0)) {
			/* (fewer than two lines that count add nothing) */
			size_t k = 0;
			for (int f = 0; f < o->nfields && f < KO_MAX_FIELDS && k < 2; f++)
				if (use[f]) {
					int t = ko_json_get(&j, o->fields[f]);
					k += raw_lines(j.s + j.tok[t].start,
					               (size_t)(j.tok[t].end - j.tok[t].start), &s, L, NULL,
					               2 - k);
				}
			if (k < 2)
				continue;
			lines_room(L, nl);
			for (int f = 0; f < o->nfields && f < KO_MAX_FIELDS; f++)
				if (use[f]) {
					int t = ko_json_get(&j, o->fields[f]);
					raw_lines(j.s + j.tok[t].start, (size_t)(j.tok[t].end - j.tok[t].start),
					          &s, L, lines_add, 0);
				}
			lines_unmark(L);
			continue;
		}
		/* a repeat: the same fields as written add the same lines */
		struct ko_hash128_st rh;
		uint64_t key[2];
		ko_hash128_begin(&rh, 0);
		for (int f = 0; f < o->nfields && f < KO_MAX_FIELDS; f++)
			if (use[f]) {
				int t = ko_json_get(&j, o->fields[f]);
				uint64_t head[2] = {(uint64_t)f, (uint64_t)(j.tok[t].end - j.tok[t].start)};
				ko_hash128_add(&rh, head, sizeof head);
				ko_hash128_add(&rh, j.s + j.tok[t].start, head[1]);
			}
		ko_hash128_end(&rh, key);
		long seen = lc_get(&lc, key);
		if (seen >= 0) {
			const uint64_t *h = lc.h + lc.at[seen];
			for (size_t a = 0; a < lc.cnt[seen]; a++)
				lines_add(L, h[a] & ~(uint64_t)0xFF, 0, (unsigned)(h[a] & 0xFF));
			continue;
		}
		size_t k = 0;
		for (int f = 0; f < o->nfields && f < KO_MAX_FIELDS; f++) {
			if (!use[f])
				continue;
			int t = ko_json_get(&j, o->fields[f]);
			ko_buf_clear(&s);
			if (clean)
				ko_json_str_checked(&j, t, &s);
			else
				ko_json_str(&j, t, &s, &why);
			k = text_lines_in_place(s.p, s.n, &hs, &cap, k, lut, NULL);
		}
		size_t m = 0; /* the lines that count */
		for (size_t a = 0; a < k; a++)
			if (hs[a])
				hs[m++] = hs[a];
		k = m;
		if (k < 2) { /* adds nothing */
			lc_put(&lc, key, hs, 0);
			continue;
		}
		ko_sort_u64(hs, k);
		m = 0;
		for (size_t a = 0; a < k; a++)
			if (!a || (hs[a] ^ hs[m - 1]) >> 8) {
				hs[m++] = hs[a];
				lines_add(L, hs[a] & ~(uint64_t)0xFF, 0, (unsigned)(hs[a] & 0xFF));
			}
		lc_put(&lc, key, hs, m);
	}
	free(lc.key), free(lc.at), free(lc.cnt), free(lc.tab), free(lc.h);
	ko_reader_close(rd);
	ko_json_free(&j);
	ko_buf_free(&s);
	free(hs);
	/* Keep only the boilerplate. */
	size_t size = 1024;
	size_t keep = 0;
	for (size_t a = 0; L->t && a <= L->mask; a++)
		keep += L->t[a] && (L->t[a] & 0xFF) >= c->boiler;
	while (size < 2 * keep + 2)
		size *= 2;
	lines_rebuild(L, size, 0, c->boiler);
	int nlens = 0;
	for (int a = 0; a < 4; a++)
		nlens += __builtin_popcountll(L->lens[a]);
	L->dense = nlens >= 128;
	return nrec;
}

/* Read --boilers FILE: the folded line hashes, one hex number a line. */
static void lines_load(const char *path, struct lines *L)
{
	char *files[1] = {(char *)path};
	struct ko_reader *rd = ko_reader_open(files, 1);
	const char *line;
	size_t n;
	int nf, e;
	lines_rebuild(L, 1024, 0, 1);
	memset(L->lens, 0xFF, sizeof L->lens); /* the lengths are not known */
	L->dense = 1;
	while ((e = ko_reader_next(rd, &line, &n, &nf)) != 0) {
		if (e < 0)
			ko_die("%s", ko_reader_error(rd));
		char *end;
		char buf[40];
		size_t m = n < sizeof buf - 1 ? n : sizeof buf - 1;
		memcpy(buf, line, m);
		buf[m] = 0;
		const char *tab = memchr(buf, '\t', m);
		uint64_t h = strtoull(buf, &end, 16);
		if (end == buf || (end != buf + m && end != tab))
			ko_die("%s:%zu: not a line of --stage linecount", path, ko_reader_lineno(rd));
		*lines_slot(L, h) = h | 0xFF;
		if (++L->used * 2 > L->mask + 1)
			lines_rebuild(L, 2 * (L->mask + 1), 0, 1);
	}
	ko_reader_close(rd);
}

/* Whether the line of hash h is boilerplate: in --boiler documents or
 * more, or among the --boilers lines given. */
static inline int boiler_hash(const struct conf *c, const struct lines *L, uint64_t h)
{
	return lines_get(L, h) >= (c->boilers ? 1 : c->boiler);
}

/* Whether the line p,n is boilerplate. */
static int boiler_line(const struct conf *c, const struct lines *L, const char *p, size_t n)
{
	size_t len;
	uint64_t h = line_hash(p, n, &len);
	return len && boiler_hash(c, L, h);
}

/* Lines up to this many bytes are read once by key_lines: their keys are
 * not used up within them (NFKC makes at most 18 characters of 3 bytes). */
#define LINE_ONCE 4096

/* Where most lines may be boilerplate (L->dense), whether the lines of
 * [p, end) from p are, for up to LBATCH of them of at most LINE_ONCE bytes
 * and LBATCH_BYTES in all (or one longer line): a copy of them is hashed
 * by text_lines_in_place, lines side by side, rather than each line alone
 * (FNV-1a waits on a multiplication per byte). k->flag[i]: bit 1 when a
 * byte of line i counts, bit 0 when it is boilerplate. Returns the number
 * of lines; the flags of the last call are kept, for all_boiler and then
 * key_lines on the same text. */
#define LBATCH 64
#define LBATCH_BYTES 16384
static size_t boiler_flags(const struct conf *c, const struct lines *L, struct keys *k,
                           const char *p, const char *end)
{
	if (p == k->fp && end == k->fend)
		return k->fn;
	k->fp = p, k->fend = end;
	const char *q = p;
	size_t nl = 0;
	while (q < end && nl < LBATCH) {
		const char *e = line_end(q, end);
		if ((size_t)(e - q) > LINE_ONCE || (size_t)(e - p) > LBATCH_BYTES) {
			if (nl)
				break;
			size_t len;
			uint64_t h = line_hash(q, (size_t)(e - q), &len);
			k->flag[0] = (unsigned char)(len ? 2 | boiler_hash(c, L, h) : 0);
			return k->fn = 1;
		}
		nl++;
		q = e + 1;
	}
	size_t bytes = (size_t)((q < end ? q : end) - p);
	ko_buf_clear(&k->lb);
	ko_buf_add(&k->lb, p, bytes);
	const struct pack_lut *lut = NULL;
#ifdef KO_AVX2
	if (ko_have_avx2()) {
		if (!k->lut) {
			k->lut = ko_xmalloc(sizeof *k->lut);
			pack_lut_make(k->lut);
		}
		lut = k->lut;
	}
#endif
	size_t n = text_lines_in_place(k->lb.p, bytes, &k->lh, &k->lhcap, 0, lut, L);
	for (size_t i = 0; i < n && i < nl; i++) {
		uint64_t h = k->lh[i];
		k->flag[i] = (unsigned char)(h == 0 ? 0 : h == 1 ? 2 : 2 | boiler_hash(c, L, h & ~(uint64_t)0xFF));
	}
	return k->fn = nl;
}

/* Whether a line of p is boilerplate and every other line has nothing of
 * the key text (no byte that line_hash counts). */
static int all_boiler(const struct conf *c, const struct lines *L, struct keys *k, const char *p,
                      size_t n)
{
	int any = 0;
	const char *end = p + n;
	while (L->dense && p < end) {
		size_t nb = boiler_flags(c, L, k, p, end);
		for (size_t i = 0; i < nb; i++) {
			if (k->flag[i] == 2)
				return 0;
			any |= k->flag[i] != 0;
			p = line_end(p, end) + 1;
		}
	}
	while (p < end) {
		const char *e = line_end(p, end);
		size_t len;
		uint64_t h = line_hash(p, (size_t)(e - p), &len);
		if (len && !boiler_hash(c, L, h))
			return 0;
		any |= len != 0;
		p = e + 1;
	}
	return any;
}

/* The key text of one -f text: boilerplate lines count for the exact key
 * but not for the shingles when strip is set. Returns 1 if a line was
 * left out of the shingles. */
static int key_lines(const struct conf *c, const struct lines *L, struct keys *k, const char *p,
                     size_t n, int strip)
{
	if (!strip || !L->used || !memchr(p, '\n', n)) {
		key_text(k, p, n, 1);
		return 0;
	}
	int left = 0;
	const char *end = p + n;
	size_t nb = 0, fi = 0;
	while (p < end) {
		const char *e = line_end(p, end);
		size_t len = (size_t)(e - p);
		int b;
		if (L->dense) {
			if (fi == nb)
				nb = boiler_flags(c, L, k, p, end), fi = 0;
			b = k->flag[fi++] & 1;
			if (len <= LINE_ONCE) {
				/* as below, the hash made already */
				if (k->flush_at && k->nex >= k->flush_at)
					consume(k, k->nex, k->nsh);
				size_t nsh = k->nsh, at = k->flush_at;
				k->flush_at = 0;
				key_text(k, p, len, 1);
				k->flush_at = at;
				if (b)
					k->nsh = nsh;
			} else {
				key_text(k, p, len, !b);
			}
		} else if (len <= LINE_ONCE) {
			/* read once for its keys, shingles and hash; a
			 * boilerplate line's shingles are then taken back (so
			 * none is used up before the line ends) */
			size_t lm;
			if (k->flush_at && k->nex >= k->flush_at) /* as key_text would first */
				consume(k, k->nex, k->nsh);
			size_t nsh = k->nsh, at = k->flush_at;
			k->flush_at = 0;
			key_text_line(k, p, len, &lm);
			k->flush_at = at;
			b = lm && boiler_len(L, lm) && boiler_line(c, L, p, len);
			if (b)
				k->nsh = nsh;
		} else {
			b = boiler_line(c, L, p, len);
			key_text(k, p, len, !b);
		}
		left |= b;
		p = e + 1;
	}
	return left;
}

/* Whether r's numbers are formatting (digit runs read as 0, as
 * datatrove-style deduplication reads them: a document copied with a date
 * or a figure changed is a copy) or content (a task record, one with
 * "instruction": 3 더하기 5는? is not 7 더하기 2는?); --fold-digits and
 * --numbers decide for every record; with --against every record is
 * folded, as the texts checked against are, unless --numbers. */
static int fold_digits(const struct conf *c, const struct ko_rec *r)
{
	size_t n;
	if (c->nagainst) /* one reading for the texts and what they are checked against */
		return c->fold != 2;
	return c->fold ? c->fold == 1 : !ko_rec_raw(r, "instruction", &n) && !ko_rec_raw(r, "prompt", &n);
}

/* A record of symbols alone is keyed on them up to this many bytes of
 * text (a reply, not a page of them: the key takes 8 bytes a character,
 * and no use-up as record_keys's has). */
#define SYMBOL_MAX 4096

/* The key text of a record with no letter or number (👍, !!!, ^^; ㅋㅋ is
 * letters): its punctuation and symbols (categories P and S) after NFKC,
 * lower case, spaces, controls, format characters and marks dropped, so
 * that its copies are duplicates as the copies of any text are, one
 * emoji reply kept of a hundred. Returns 1 when there is none (nothing
 * but spaces, or more than SYMBOL_MAX bytes), else 0. */
static int symbol_keys(struct ko_rec *r, struct keys *k, int near)
{
	size_t total = 0;
	k->nex = k->nsh = 0;
	const char *name;
	for (int f = 0; (f = ko_rec_judged(r, f, &name)) >= 0; f++) {
		const char *p;
		size_t n;
		if (f > 0)
			push(k, SEP, SEP | WB);
		if (ko_rec_text(r, name, 0, &p, &n) != 0)
			continue;
		if ((total += n) > SYMBOL_MAX)
			return 1;
		ko_buf_clear(&k->nf);
		if (ko_normalize(&k->nf, p, n, KO_NFKC) < 0)
			ko_oom(n);
		int brk = 1;
		for (size_t i = 0; i < k->nf.n;) {
			uint32_t c;
			int l = ko_utf8_decode(k->nf.p + i, k->nf.n - i, &c);
			i += l < 0 ? 1 : (size_t)l;
			int cat = l < 0 ? 0 : ko_category(c);
			if (cat < 12 || cat > 22) { /* not punctuation or a symbol */
				brk |= ko_is_space(c);
				continue;
			}
			c = ko_tolower(c);
			push(k, c, near ? c | (brk ? WB : 0) : 0);
			brk = 0;
		}
	}
	return !any_real(k->ex, k->nex);
}

/* The keys of a record. Returns 1 when its key text is empty (nothing to
 * compare: such a record is always kept), 0, or KO_REJECT. */
static int record_keys(const struct conf *c, const struct lines *L, struct ko_rec *r,
                       struct keys *k)
{
	const struct ko_opts *o = r->run->opt;
	int strip = c->near;
again:
	k->nex = k->nsh = 0;
	k->fp = NULL; /* boiler_flags of another text */
	/* the whole key text is kept where --against spans or the
	 * fingerprints that stage sig writes of every record need it */
	k->c = c, k->seed = o->seed, k->flushed = 0, k->streamed = 0;
	k->fold = fold_digits(c, r);
	k->digits = 0;
	int whole = c->nagainst || (c->stage && !strcmp(c->stage, "sig"));
	k->flush_at = whole ? 0 : FLUSH_AT;
	int left = 0;
	const char *name;
	for (int f = 0; (f = ko_rec_judged(r, f, &name)) >= 0; f++) {
		const char *p;
		size_t n;
		int e = ko_rec_text(r, name, 0, &p, &n);
		if (e == KO_REJECT)
			return e;
		if (f > 0)
			push(k, SEP, SEP | WB);
		/* One text, every line of it boilerplate: stripping them would
		 * leave nothing, and the text would be read again whole (below).
		 * It is read whole at once. (With a second field, only the
		 * separator is left when every field is boilerplate, and the
		 * record is read again below.) */
		const char *next;
		if (e == 0 && strip && f == 0 && L->used && memchr(p, '\n', n) &&
		    ko_rec_judged(r, 1, &next) < 0 && all_boiler(c, L, k, p, n))
			key_lines(c, L, k, p, n, 0);
		else if (e == 0)
			left |= key_lines(c, L, k, p, n, strip);
	}
	k->flush_at = 0;
	if (!((k->flushed || k->streamed) && k->real) && !any_real(k->ex, k->nex)) {
		if (symbol_keys(r, k, c->near))
			return 1;
		left = 0;
	}
	/* nothing but boilerplate: the whole text is the key (a text used
	 * up as it was made had many words in its shingles) */
	if (left && !k->flushed) {
		if (!(k->streamed && k->shreal) && !any_real(k->sh, k->nsh)) {
			strip = 0;
			goto again;
		}
	}
	size_t max = 2 * (size_t)c->short_max + (size_t)c->vngram;
	size_t nw = c->near && c->short_max ? k->flushed || k->streamed ? max + 1
	                                                                 : words_in(k->sh, k->nsh, max)
	                                    : 0;
	size_t w = nw < (size_t)c->vngram ? nw : (size_t)c->vngram;
	k->many = nw - w + 1 > 2 * (size_t)c->short_max;
	k->nfp = -1;
	if (k->streamed) { /* as a text held whole (see consume) */
		ko_hash128_add(&k->hx, k->ex, k->nex * sizeof k->ex[0]);
		ko_hash128_end(&k->hx, k->exact);
		if (k->fold && c->fold != 1) {
			num_feed(k, k->ex, 0, k->nex);
			if (!k->digits) /* none read, as below */
				k->nctx = 0, k->inrun = 0, k->nntok = 0, k->pend = 0;
		}
		fp_feed(c, k, k->fed, k->nsh);
		sig_feed(c, k, k->fed, k->nsh, o->seed);
		fp_end(c, k);
	} else if (!k->flushed) {
		ko_hash128(k->ex, k->nex * sizeof k->ex[0], o->seed, k->exact);
		if (c->near) {
			sig_begin(c, k, k->nsh < (size_t)c->ngram ? k->nsh : (size_t)c->ngram);
			sig_feed(c, k, 0, k->nsh, o->seed);
			/* digits folded by default: the numbers of the key text
			 * (NUM_FOLDED); --fold-digits compares none */
			if (k->fold && c->fold != 1 && k->digits)
				num_feed(k, k->ex, 0, k->nex);
		}
	} else {
		ko_hash128_add(&k->hx, k->ex, k->nex * sizeof k->ex[0]);
		ko_hash128_end(&k->hx, k->exact);
		k->nfp = INT_MAX / 2; /* more than any short record can share */
		if (c->near)
			sig_feed(c, k, k->fed, k->nsh, o->seed);
	}
	if (c->near)
		sig_end(c, k, o->seed);
	return 0;
}

static size_t sig_words(const struct conf *c)
{
	return (size_t)c->k * (size_t)c->bits / 64;
}

/* Slots on which two b-bit signatures agree. */
static int agree(const struct conf *c, const uint64_t *a, const uint64_t *b)
{
	size_t words = sig_words(c);
	int miss = 0;
	for (size_t i = 0; i < words; i++) {
		uint64_t x = a[i] ^ b[i];
		switch (c->bits) {
		case 2: x = (x | x >> 1) & 0x5555555555555555ULL; break;
		case 4: x |= x >> 1; x |= x >> 2; x &= 0x1111111111111111ULL; break;
		case 8: x |= x >> 1; x |= x >> 2; x |= x >> 4; x &= 0x0101010101010101ULL; break;
		}
		miss += __builtin_popcountll(x);
	}
	return c->k - miss;
}

/* Estimated Jaccard similarity from m agreeing slots of k b-bit values:
 * unrelated slots agree by chance with probability 2^-b. */
static double similarity(const struct conf *c, int m)
{
	double chance = 1.0 / (double)(1u << c->bits);
	double j = ((double)m / c->k - chance) / (1 - chance);
	return j < 0 ? 0 : j > 1 ? 1 : j;
}

/* The similarity of a later record (signature sb; fingerprints fb, nb of
 * them, nb < 0: too many to matter) to a kept one (signature sa, or its
 * sketch when ashort) in units of 1/10000 if it verifies, else -1: the
 * estimate from their signatures at --threshold, or against a short
 * record the Jaccard similarity of the fingerprint sets cut at its
 * sketch's largest order key, at --short-threshold. */
static int verify(const struct conf *c, const uint64_t *sa, int ashort, const uint64_t *sb,
                  const uint64_t *fb, int nb)
{
	if (!ashort) {
		int m = agree(c, sa, sb);
		return m < c->mmin ? -1 : (int)(similarity(c, m) * 10000 + 0.5);
	}
	if (nb < 0)
		return -1;
	const unsigned char *p = (const unsigned char *)sa;
	uint32_t cut;
	uint16_t na;
	memcpy(&cut, p, 4);
	memcpy(&na, p + 4, 2);
	int lo = na < nb ? na : nb, hi = na < nb ? nb : na;
	if (lo < c->vthreshold * hi - 1e-9) /* the sizes alone keep it below */
		return -1;
	int s = sk_slots(sig_words(c)), a = na < s ? na : s, b = 0, m = 0;
	double chance = 1.0 / 256;
	if (na <= s) { /* the whole set: merge the sorted values */
		int bw = sk_width(na, s), i = 0, j = 0;
		chance = 1.0 / (double)((uint64_t)1 << bw);
		b = nb;
		struct unpack u = {p + SK_HEAD, 0, ((uint64_t)1 << bw) - 1, 0, bw};
		uint64_t x = a ? sk_next(&u) : 0;
		uint64_t y = nb ? fb[0] >> (40 - bw) : 0;
		while (a && nb) {
			if (x == y) {
				m++;
				if (++i == a || ++j == nb)
					break;
				x = sk_next(&u);
				y = fb[j] >> (40 - bw);
			} else if (x < y) {
				if (++i == a)
					break;
				x = sk_next(&u);
			} else {
				if (++j == nb)
					break;
				y = fb[j] >> (40 - bw);
			}
		}
	} else {
		unsigned char cnt[256] = {0};
		for (; b < nb && (uint32_t)(fb[b] >> 8) <= cut; b++)
			cnt[fb[b] & 0xFF]++;
		for (int i = 0; i < a; i++)
			if (cnt[p[SK_HEAD + i]])
				cnt[p[SK_HEAD + i]]--, m++;
	}
	/* Unshared fingerprints whose kept bits agree by chance. */
	double in = m - (double)(a - m) * (b - m) * chance;
	if (in < 0)
		in = 0;
	double jac = a + b - in > 0 ? in / (a + b - in) : 1;
	return jac < c->vthreshold - 1e-9 ? -1 : (int)(jac * 10000 + 0.5);
}

/* Whether stage sig writes a record's fingerprints: when a short record
 * may verify against it (see verify). */
static int fp_written(const struct conf *c, int n)
{
	return c->short_max && n >= 0 && !(c->short_max < c->vthreshold * n - 1e-9);
}

/* The better of two verified matches: exact first, then the more
 * similar, then the earlier record. Both modes choose dup_of by it. */
static int better(int exact, int m, int cmp_earlier, const struct match *best)
{
	if (best->idx < 0)
		return 1;
	if (exact != best->exact)
		return exact > best->exact;
	if (m != best->m)
		return m > best->m;
	return cmp_earlier < 0;
}

/* ---- the one-process index ---- */

/* A table of 4-byte entries, (record + 1) << 5 | 5 bits of the key (a tag
 * that spares most verifications of records met on the way), 0 empty,
 * linear probing up to 85% full. A full table is never rehashed (the keys
 * are not kept): the next, twice as large, takes the new entries, and
 * lookups probe them all. The first is sized from the record count of the
 * first pass when there is one, so there is usually one table. */
#define TAG_BITS 5
#define MAX_KEPT (((size_t)1 << (32 - TAG_BITS)) - 2)

static size_t slot_of(uint64_t key, size_t size)
{
	return (size_t)(((key >> 32) * (uint64_t)size) >> 32);
}

static void tab_put(struct index *x, uint64_t key, size_t idx)
{
	struct tab *t = x->ntabs ? &x->tabs[x->ntabs - 1] : NULL;
	if (!t || (t->used + 1) * 20 > t->size * 17) {
		size_t size = t ? 2 * t->size : x->first ? x->first : 4096;
		x->tabs = ko_xrealloc(x->tabs, (size_t)(x->ntabs + 1) * sizeof *x->tabs);
		t = &x->tabs[x->ntabs++];
		t->size = size;
		t->used = 0;
		t->t = ko_xcalloc(size, sizeof *t->t);
	}
	size_t s = slot_of(key, t->size);
	while (t->t[s])
		if (++s == t->size)
			s = 0;
	t->t[s] = (uint32_t)((idx + 1) << TAG_BITS | (key & ((1u << TAG_BITS) - 1)));
	t->used++;
}

static uint64_t band_key(uint64_t band, int b)
{
	return ko_fmix64(band + (uint64_t)b * 0x9E3779B97F4A7C15ULL);
}

/* A walk over the records filed under one key in every table. */
struct probe {
	uint64_t key;
	int tn;     /* table */
	size_t s;   /* slot */
	int fresh;  /* s not yet looked at */
};

static void probe_start(struct probe *p, uint64_t key)
{
	*p = (struct probe){key, 0, 0, 1};
}

/* The next record whose entry has the key's tag, or -1. */
static long probe_next(const struct index *x, struct probe *p)
{
	uint32_t tag = (uint32_t)(p->key & ((1u << TAG_BITS) - 1));
	for (; p->tn < x->ntabs; p->tn++, p->fresh = 1) {
		const struct tab *t = &x->tabs[p->tn];
		if (p->fresh)
			p->s = slot_of(p->key, t->size);
		else if (++p->s == t->size)
			p->s = 0;
		p->fresh = 0;
		for (; t->t[p->s]; p->s = p->s + 1 == t->size ? 0 : p->s + 1)
			if ((t->t[p->s] & ((1u << TAG_BITS) - 1)) == tag)
				return (long)(t->t[p->s] >> TAG_BITS) - 1;
	}
	return -1;
}

/* The kept record that the record with keys k duplicates, if any. With
 * both modes an exact copy is found through the bands (it shares all of
 * them), so exact keys need no entries of their own. Near mode takes an
 * exact copy too, as a near duplicate of similarity 1 (as stage pairs
 * does): the word n-grams that verify a short record are defeated by a
 * change of spacing (오늘날씨가 정말좋네요) that the key text drops, and
 * near mode would keep copies that exact mode drops. */
static struct match lookup(const struct conf *c, const struct index *x, struct keys *k,
                           uint64_t seed)
{
	struct match best = {-1, 0, 0};
	if (!x->n)
		return best;
	if (c->exact && !c->near) {
		struct probe p;
		probe_start(&p, k->exact[0]);
		for (long i; (i = probe_next(x, &p)) >= 0;)
			if (x->ex[2 * i] == k->exact[0] && x->ex[2 * i + 1] == k->exact[1])
				return (struct match){i, 10000, 1};
		return best;
	}
	if (!c->near)
		return best;
	for (int b = 0; b < c->bands; b++) {
		struct probe p;
		probe_start(&p, band_key(k->band[b], b));
		for (long i; (i = probe_next(x, &p)) >= 0;) {
			if (best.idx == i)
				continue;
			if (x->ex[2 * i] == k->exact[0] && x->ex[2 * i + 1] == k->exact[1])
				return (struct match){i, 10000, c->exact};
			int sh = (int)(x->isshort[i / 64] >> (i % 64) & 1);
			if (sh && k->nfp < 0)
				fingerprints(c, k, seed);
			int m = verify(c, x->sig + (size_t)i * x->w, sh, k->sig, k->fx, k->nfp);
			/* numbers that conflict with the candidate's or with its
			 * group's first record's: not a copy of that group */
			if (m >= 0 && (num_conflict(x->nums + (size_t)i * NUM_WORDS, k->nums, sh) ||
			               num_head_conflict(x->nums + (size_t)x->head[i] * NUM_WORDS, k->nums)))
				continue;
			if (m >= 0 && better(0, m, i < best.idx ? -1 : 1, &best))
				best = (struct match){i, m, 0};
		}
	}
	return best;
}

/* ---- the texts as read ----
 *
 * A record whose judged texts are the bytes of an indexed record's (a
 * document posted again, a corpus repeated) has its keys, and so its
 * match: the first record with its exact key in the walk of its first
 * band, as lookup would find it (every band of the two records agrees, so
 * lookup never gets past the first one). Found by a hash of the texts, it
 * skips the key text, the MinHash and the number check, most of the work
 * of a corpus of repeats. */

/* Whether the records' texts as read are hashed: in the one-process mode
 * with the exact keys (--mode both or exact). The keys are a function of
 * the texts, -f and fold_digits alone (the boilerplate lines are known
 * before the records are read); --against checks spans of the key text
 * that a repeat would skip. */
static int use_raw(const struct conf *c)
{
	return c->exact && (!c->near || c->bands > 0) && !c->nagainst && !c->stage;
}

/* The hash of r's judged fields as they are written (JSON values, or a
 * text record's line), which the texts are a function of, and of how its
 * digits are read, in k->raw: nothing is decoded (most records are not
 * repeats, and record_keys decodes them). Returns 0, or 1 when r is a
 * JSON record not checked whole (its values are not at hand). */
static int raw_key(struct ko_rec *r, struct keys *k, int fold)
{
	if (r->is_json && !r->parsed)
		return 1;
	struct ko_hash128_st h;
	ko_hash128_begin(&h, 0);
	unsigned char f8 = (unsigned char)(fold << 1 | r->is_json);
	ko_hash128_add(&h, &f8, 1);
	const char *name;
	k->njudged = 0;
	for (int f = 0; (f = ko_rec_judged(r, f, &name)) >= 0; f++) {
		if (k->njudged == KO_MAX_FIELDS)
			return 1;
		k->judged[k->njudged++] = name;
		size_t n = 0;
		const char *p = r->is_json ? ko_rec_raw(r, name, &n) : r->line;
		if (!r->is_json)
			n = r->len;
		uint64_t head[2] = {(uint64_t)f << 1 | (p != NULL), n};
		ko_hash128_add(&h, head, sizeof head);
		if (p)
			ko_hash128_add(&h, p, n);
	}
	ko_hash128_end(&h, k->raw);
	k->has_raw = 1;
	return 0;
}

/* The texts of a record that raw_get has found (raw_key's fields), read
 * for what record_keys would find wrong in them (a key given twice): 0 or
 * KO_REJECT. */
static int raw_check(struct ko_rec *r, const struct keys *k)
{
	for (int f = 0; f < k->njudged; f++) {
		const char *p;
		size_t n;
		if (ko_rec_text(r, k->judged[f], 0, &p, &n) == KO_REJECT)
			return KO_REJECT;
	}
	return 0;
}

static void raw_put(struct index *x, size_t i)
{
	if ((x->n + 1) * 2 > x->rtsize) {
		free(x->rt);
		x->rtsize = x->rtsize ? 2 * x->rtsize : 4096;
		x->rt = ko_xcalloc(x->rtsize, sizeof *x->rt);
		for (size_t j = 0; j < x->n; j++)
			if (j != i)
				raw_put(x, j);
	}
	size_t s = slot_of(x->raw[2 * i], x->rtsize);
	while (x->rt[s]) {
		uint32_t j = x->rt[s] - 1;
		if (x->raw[2 * j] == x->raw[2 * i] && x->raw[2 * j + 1] == x->raw[2 * i + 1])
			return; /* the first keeps it */
		s = (s + 1) & (x->rtsize - 1);
	}
	x->rt[s] = (uint32_t)(i + 1);
}

/* The indexed record whose texts hash to raw, or -1. */
static long raw_get(const struct index *x, const uint64_t raw[2])
{
	if (!x->rtsize)
		return -1;
	for (size_t s = slot_of(raw[0], x->rtsize); x->rt[s]; s = (s + 1) & (x->rtsize - 1)) {
		uint32_t j = x->rt[s] - 1;
		if (x->raw[2 * j] == raw[0] && x->raw[2 * j + 1] == raw[1])
			return (long)j;
	}
	return -1;
}

/* The match of a record with the keys of indexed record i: lookup's. */
static struct match raw_match(const struct conf *c, const struct index *x, struct keys *k, long i,
                              uint64_t seed)
{
	k->exact[0] = x->ex[2 * i], k->exact[1] = x->ex[2 * i + 1];
	if (!c->near)
		return lookup(c, x, k, seed);
	struct probe p;
	probe_start(&p, x->b0[i]);
	for (long j; (j = probe_next(x, &p)) >= 0;)
		if (x->ex[2 * j] == k->exact[0] && x->ex[2 * j + 1] == k->exact[1])
			return (struct match){j, 10000, 1};
	return (struct match){i, 10000, 1}; /* i is in the walk */
}

/* Index a record: a kept one (root < 0) under its name id, or a near
 * duplicate of the kept record that indexed record root names, so that
 * later copies may be verified against it (they are then duplicates of
 * that kept record too). */
/* 1 if a record's name (record_name) is its key hash ("key:..."): it had
 * no id, and dup_of alone does not say where to find it. */
static int is_key_name(const char *id, size_t n)
{
	return n > 5 && !memcmp(id, "\"key:", 5);
}

/* Where a record was read, for dup_of_file and dup_of_line: the file as a
 * JSON string, a NUL, the line number in decimal, a NUL. */
static void read_at(struct ko_buf *at, const char *file, size_t fn, size_t line)
{
	ko_buf_clear(at);
	if (ko_utf8_check(file, fn) == fn) {
		ko_json_quote(at, file, fn);
	} else {
		struct ko_buf fixed = {0};
		ko_utf8_repair(&fixed, file, fn);
		ko_json_quote(at, fixed.p, fixed.n);
		ko_buf_free(&fixed);
	}
	ko_buf_addc(at, 0);
	ko_buf_add_dec(at, line);
	ko_buf_addc(at, 0);
}

static void keep(const struct conf *c, struct index *x, struct keys *k, uint64_t seed,
                 const char *id, size_t idn, const struct ko_buf *at, long root)
{
	if (x->n == x->cap) {
		size_t old = x->cap;
		x->cap = x->cap ? 2 * x->cap : 1024;
		x->sig = ko_xrealloc(x->sig, x->cap * x->w * sizeof *x->sig);
		x->nums = ko_xrealloc(x->nums, x->cap * NUM_WORDS * sizeof *x->nums);
		x->head = ko_xrealloc(x->head, x->cap * sizeof *x->head);
		x->isshort = ko_xrealloc(x->isshort, x->cap / 64 * sizeof *x->isshort);
		memset(x->isshort + old / 64, 0, (x->cap - old) / 64 * sizeof *x->isshort);
		x->ex = ko_xrealloc(x->ex, x->cap * 2 * sizeof *x->ex);
		x->raw = ko_xrealloc(x->raw, x->cap * 2 * sizeof *x->raw);
		x->b0 = ko_xrealloc(x->b0, x->cap * sizeof *x->b0);
		if (id)
			x->idoff = ko_xrealloc(x->idoff, x->cap * sizeof *x->idoff);
	}
	size_t i = x->n++;
	if (c->near && is_short(c, k, seed)) {
		sketch(k->fx, k->nfp, x->sig + i * x->w, x->w);
		x->isshort[i / 64] |= (uint64_t)1 << (i % 64);
	} else {
		memcpy(x->sig + i * x->w, k->sig, x->w * sizeof *x->sig);
	}
	memcpy(x->nums + i * NUM_WORDS, k->nums, sizeof k->nums);
	x->head[i] = root < 0 ? (uint32_t)i : x->head[root];
	x->ex[2 * i] = k->exact[0];
	x->ex[2 * i + 1] = k->exact[1];
	if (id && root >= 0) {
		x->idoff[i] = x->idoff[root];
	} else if (id) {
		x->idoff[i] = x->ids.n;
		ko_buf_add(&x->ids, id, idn);
		ko_buf_addc(&x->ids, 0);
		if (at && is_key_name(id, idn)) /* where it was read, after its name */
			ko_buf_add(&x->ids, at->p, at->n);
	}
	if (i >= MAX_KEPT)
		ko_die("more than %zu distinct records: use the staged mode (ko-dedup(1))", MAX_KEPT);
	if (c->exact && !c->near)
		tab_put(x, k->exact[0], i);
	if (c->near)
		for (int b = 0; b < c->bands; b++)
			tab_put(x, band_key(k->band[b], b), i);
	x->b0[i] = c->near && c->bands ? band_key(k->band[0], 0) : 0;
	x->raw[2 * i] = k->raw[0], x->raw[2 * i + 1] = k->raw[1];
	if (k->has_raw)
		raw_put(x, i);
}

/* The record's name for dup_of and dup_cluster, as JSON: its id, else
 * "key:" and its exact key hash in hex, which does not depend on where
 * the record is (so shards and one process agree); with no keys (an
 * evaluation item), "FILE:LINE". */
static void record_name(const struct ko_rec *r, const struct keys *k, struct ko_buf *out)
{
	size_t n;
	const char *id = ko_rec_id_raw(r, &n);
	ko_buf_clear(out);
	if (id) {
		ko_buf_add(out, id, n);
		return;
	}
	if (k) {
		ko_buf_addf(out, "\"key:%016llx\"", (unsigned long long)k->exact[0]);
		return;
	}
	struct ko_buf t = {0};
	ko_buf_addf(&t, "%s:%zu", r->file ? r->file : "stdin", r->lineno);
	ko_json_quote(out, t.p, t.n);
	ko_buf_free(&t);
}

/* ---- decontamination ---- */

static uint64_t span_hash(const uint32_t *p, size_t n)
{
	return ko_fmix64(ko_hash64(p, n * sizeof *p, 0x6b6f2d6465647570ULL) + n);
}

static void contam_put(struct contam *t, uint64_t h, uint32_t item)
{
	if ((t->used + 1) * 2 > t->mask + 1) {
		size_t old = t->mask + 1;
		uint64_t *oh = t->h;
		uint32_t *oi = t->item;
		t->mask = old * 2 - 1;
		t->h = ko_xcalloc(old * 2, sizeof *t->h);
		t->item = ko_xcalloc(old * 2, sizeof *t->item);
		for (size_t i = 0; i < old; i++)
			if (oh[i]) {
				size_t s = oh[i] & t->mask;
				while (t->h[s])
					s = (s + 1) & t->mask;
				t->h[s] = oh[i];
				t->item[s] = oi[i];
			}
		free(oh);
		free(oi);
	}
	h |= 1;
	size_t s = h & t->mask;
	while (t->h[s]) {
		if (t->h[s] == h)
			return;
		s = (s + 1) & t->mask;
	}
	t->h[s] = h;
	t->item[s] = item;
	t->used++;
}

static long contam_get(const struct contam *t, uint64_t h)
{
	h |= 1;
	for (size_t s = h & t->mask; t->h[s]; s = (s + 1) & t->mask)
		if (t->h[s] == h)
			return (long)t->item[s];
	return -1;
}

/* Fields of an evaluation record that are not its text. */
static int meta_field(const char *k, size_t n)
{
	static const char *const skip[] = {"id", "source", "title", "context_id", "license",
	                                   "url", "word", "category", "label", NULL};
	for (int i = 0; skip[i]; i++)
		if (strlen(skip[i]) == n && !memcmp(skip[i], k, n))
			return 1;
	return 0;
}

static void contam_item(const struct conf *c, struct contam *t, struct keys *k, uint32_t item)
{
	if (k->nex < c->min_item)
		return;
	if (k->nex < c->span) {
		t->lens[k->nex] = 1;
		contam_put(t, span_hash(k->ex, k->nex), item);
		return;
	}
	for (size_t i = 0; i + c->span <= k->nex; i++)
		contam_put(t, span_hash(k->ex + i, c->span), item);
}

/* Load every string field of every --against record (its id, title and
 * labels aside) as an item. */
static void contam_load(const struct conf *c, struct ko_run *run, struct contam *t,
                        struct keys *k)
{
	/* a file to check against that cannot be read stops the run before
	 * any record is written, as every option file does */
	for (int i = 0; i < c->nagainst; i++)
		if (strcmp(c->against[i], "-"))
			fclose(ko_xfopen(c->against[i], "r"));
	t->mask = 1023;
	k->fold = c->fold != 2; /* as every record is read with --against */
	t->h = ko_xcalloc(1024, sizeof *t->h);
	t->item = ko_xcalloc(1024, sizeof *t->item);
	t->lens = ko_xcalloc(c->span + 1, 1);
	/* The evaluation records are not input records: the run counts only
	 * those it rejects as bad (--on-error skip), so that records in are
	 * records out and rejected, and shards add up. */
	size_t nin = run->nin, nbad = run->nbad;
	struct ko_in *in = ko_in_open(run, c->against, c->nagainst);
	struct ko_rec *r;
	struct ko_buf name = {0}, s = {0};
	struct ko_json own = {0};
	while ((r = ko_in_next(run, in))) {
		uint32_t item = (uint32_t)t->nitems++;
		t->idoff = ko_xrealloc(t->idoff, t->nitems * sizeof *t->idoff);
		t->idoff[item] = t->ids.n;
		record_name(r, NULL, &name);
		ko_buf_add(&t->ids, name.p, name.n);
		ko_buf_addc(&t->ids, 0);
		const struct ko_json *j = &r->json;
		int qa = 0;
		if (!r->is_json) {
			/* An evaluation file is read as what it is, whatever --text
			 * says of the input; its line is checked first, as every
			 * text is: invalid UTF-8 is a bad record, never handed to
			 * NFKC (nor to the JSON reader below, which trusts it). */
			const char *lp, *why;
			size_t ln, b = 0;
			if (ko_rec_text(r, run->opt->field, 0, &lp, &ln) != 0)
				continue;
			while (b < ln && (lp[b] == ' ' || lp[b] == '\t'))
				b++;
			if (b == ln || lp[b] != '{' || ko_json_parse(&own, lp, ln, &why) < 0) {
				k->nex = k->nsh = 0;
				key_text(k, lp, ln, 1);
				contam_item(c, t, k, item);
				continue;
			}
			j = &own;
		}
		/* The answer of a reading-comprehension item is a span of its
		 * context, which is checked whole: alone it is a name or a date
		 * that ordinary text shares (아시카가 다카우지, 빌보드 뮤직 어워드). */
		qa = ko_json_get(j, "context") >= 0;
		for (int i = 1; i < j->ntok; i = ko_json_skip(j, i + 1)) {
			const struct ko_json_tok *key = &j->tok[i], *v = &j->tok[i + 1];
			const char *kp = j->s + key->start;
			size_t kn = (size_t)(key->end - key->start);
			if (v->type != KO_JSON_STRING || meta_field(kp, kn) ||
			    (qa && kn == 6 && !memcmp(kp, "answer", 6)))
				continue;
			ko_buf_clear(&s);
			if (ko_json_str_checked(j, i + 1, &s) < 0)
				continue;
			k->nex = k->nsh = 0;
			key_text(k, s.p, s.n, 1);
			contam_item(c, t, k, item);
		}
	}
	ko_in_close(in);
	/* an empty file, or one of short items only (a wrong file, a field
	 * not read), checks nothing: the run goes on, as it would find no
	 * contamination, but it says so */
	if (!t->used && !run->stop && !t->nitems)
		ko_warn("--against: no records: nothing is checked against");
	else if (!t->used && !run->stop)
		ko_warn("--against: no text of its %zu record%s is as long as --min-item (%zu "
		        "characters): nothing is checked against", t->nitems, t->nitems == 1 ? "" : "s",
		        c->min_item);
	run->nin = nin + (run->nbad - nbad);
	ko_json_free(&own);
	ko_buf_free(&name);
	ko_buf_free(&s);
}

/* The --against item the key text k shares a span with, or -1. */
static long contaminated(const struct conf *c, const struct contam *t, const struct keys *k)
{
	if (!t->used)
		return -1;
	for (size_t L = c->min_item; L <= c->span && L <= k->nex; L++) {
		if (L < c->span && !t->lens[L])
			continue;
		for (size_t i = 0; i + L <= k->nex; i++) {
			long it = contam_get(t, span_hash(k->ex + i, L));
			if (it >= 0)
				return it;
		}
	}
	return -1;
}

/* ---- one process ---- */

/* The members --annotate writes: a record written now says only what this
 * run found of it, not what an earlier run wrote (a record kept now that
 * still said dup_of would be dropped by select(.dup_of == null)): the
 * dedup members when this run dedups, contaminated_by when it checks
 * --against; those of them present that f does not set are removed (a
 * record without any is written as before, byte for byte). */
static const char *const dedup_members[] = {"dup_cluster", "dup_of", "similarity",
                                            "dup_of_file", "dup_of_line"};

static int sets(const struct ko_field *f, int nf, const char *key)
{
	for (int i = 0; i < nf; i++)
		if (!strcmp(f[i].key, key))
			return 1;
	return 0;
}

static void annotate(const struct conf *c, struct ko_rec *r, const struct ko_field *f, int nf,
                     struct ko_buf *out)
{
	ko_buf_clear(out);
	if (r->is_json) {
		struct ko_field g[16]; /* nf is at most 5 (duplicate) */
		int ng = 0;
		for (int i = 0; i < nf; i++)
			g[ng++] = f[i];
		if (c->exact || c->near || c->lines)
			for (size_t k = 0; k < sizeof dedup_members / sizeof *dedup_members; k++)
				if (!sets(f, nf, dedup_members[k]) &&
				    ko_json_get(&r->json, dedup_members[k]) >= 0)
					g[ng++] = (struct ko_field){dedup_members[k], NULL, 0};
		if (c->nagainst && !sets(f, nf, "contaminated_by") &&
		    ko_json_get(&r->json, "contaminated_by") >= 0)
			g[ng++] = (struct ko_field){"contaminated_by", NULL, 0};
		ko_json_rewrite(out, &r->json, g, ng);
	} else {
		ko_buf_adds(out, "{");
		ko_json_quotes(out, r->run->opt->field);
		ko_buf_addc(out, ':');
		ko_json_quote(out, r->line, r->len);
		for (int i = 0; i < nf; i++) {
			ko_buf_addc(out, ',');
			ko_json_quotes(out, f[i].key);
			ko_buf_addc(out, ':');
			ko_buf_add(out, f[i].raw, f[i].rawn);
		}
		ko_buf_addc(out, '}');
	}
	ko_emit(r->run, out->p, out->n);
}

struct state {
	struct keys k;
	struct index x;
	struct contam t;
	struct lines L;    /* boilerplate lines */
	struct lines seen; /* --mode lines: lines written so far */
	struct ko_buf name, out, num, cl, text, pos, at, atf;
	uint64_t *hs;
	size_t hcap;
	int want_ids;
	/* --mode lines: lines dropped, headings kept, records changed */
	size_t nboiler, nrepeat, nheading, nchanged;
};

/* Whether the line l[0..n) of a text ending at end is a section heading
 * (ko_split_is_heading: 역사., 생애, 초기 활동) followed by a line of prose
 * (after blank lines and at most three nested headings), as the splitter
 * takes one. Between prose kept before it (the caller's part) and prose
 * after it, such a line is kept though it is in many documents, since the
 * sections the generators chunk by start there (kowiki: 역사. in 116 of
 * 494 documents); a banner at the top (무단 전재 금지 before the first
 * sentence), a footer, a run of short lines (a menu, related links) has
 * no prose on one side, and goes. */
static int heading_before_prose(const char *l, size_t n, const char *end)
{
	if (!ko_split_is_heading(l, n))
		return 0;
	const char *q = l + n;
	int more = 0; /* nested headings after it, at most three (as ko-split) */
	while (q < end) {
		q++; /* the newline */
		const char *e = line_end(q, end);
		const char *b = q;
		while (b < e && (*b == ' ' || *b == '\t' || *b == '\r'))
			b++;
		if (b < e) {
			if (!ko_split_is_heading(q, (size_t)(e - q)))
				return 1;
			if (++more > 3)
				return 0;
		}
		q = e;
	}
	return 0;
}

/* --mode lines: the -f texts without boilerplate lines and without lines
 * that repeat one written before (paragraph dedup, first one kept). A
 * record left with no text is dropped. */
static int lines_mode(const struct conf *c, struct state *st, struct ko_rec *r)
{
	struct ko_field f[KO_MAX_FIELDS];
	struct ko_buf q[KO_MAX_FIELDS];
	int nf = 0, any = 0, changed = 0, nboiler = 0, nrepeat = 0;
	memset(q, 0, sizeof q);
	const char *name;
	for (int i = 0; (i = ko_rec_judged(r, i, &name)) >= 0; i++) {
		const char *p;
		size_t n;
		if (!r->is_json && i > 0)
			break;
		int e = ko_rec_text(r, name, 0, &p, &n);
		if (e == KO_REJECT) {
			for (int a = 0; a < nf; a++)
				ko_buf_free(&q[a]);
			return e;
		}
		if (e)
			continue;
		struct ko_buf *t = &st->text;
		ko_buf_clear(t);
		const char *end = p + n;
		int dropped = 0, prose = 0; /* prose: a line of prose kept before */
		for (const char *l = p; l <= end;) {
			const char *e2 = line_end(l, end);
			size_t len;
			uint64_t h = line_hash(l, (size_t)(e2 - l), &len);
			int drop = 0;
			if (len && boiler_hash(c, &st->L, h) && c->boiler) {
				if (prose && heading_before_prose(l, (size_t)(e2 - l), end))
					st->nheading++;
				else
					drop = 1, nboiler++;
			} else if (len >= c->min_line) {
				/* a repeat has the same numbers (another year's
				 * figures are another fact) unless --fold-digits */
				if (c->fold != 1)
					h = line_hash_as(l, (size_t)(e2 - l), &len, 1);
				if (lines_get(&st->seen, h))
					drop = 1, nrepeat++;
				else
					lines_add(&st->seen, h, 0, 0);
			}
			if (drop) {
				dropped = 1;
			} else {
				if (!prose && len && !ko_split_is_heading(l, (size_t)(e2 - l)))
					prose = 1;
				if (t->n)
					ko_buf_addc(t, '\n');
				ko_buf_add(t, l, (size_t)(e2 - l));
			}
			if (e2 == end)
				break;
			l = e2 + 1;
		}
		size_t real = 0;
		for (size_t a = 0; a < t->n; a++)
			real += !(t->p[a] == ' ' || t->p[a] == '\t' || t->p[a] == '\n');
		any |= real > 0;
		if (!dropped)
			continue;
		changed = 1;
		if (!r->is_json) {
			ko_buf_add(&q[nf], t->p, t->n);
		} else {
			ko_json_quote(&q[nf], t->p, t->n);
		}
		f[nf].key = name;
		f[nf].raw = q[nf].p;
		f[nf].rawn = q[nf].n;
		nf++;
	}
	int ret = 0;
	st->nboiler += (size_t)nboiler, st->nrepeat += (size_t)nrepeat, st->nchanged += changed;
	if (changed && !any) {
		/* by what took its lines away */
		ret = ko_rec_reject(r, !nrepeat ? "boilerplate lines"
		                       : !nboiler ? "repeated lines"
		                                  : "boilerplate and repeated lines");
	} else if (!changed) {
		ko_pass(r);
	} else if (r->is_json) {
		ko_buf_clear(&st->out);
		ko_json_rewrite(&st->out, &r->json, f, nf);
		ko_emit(r->run, st->out.p, st->out.n);
	} else {
		ko_emit(r->run, f[0].raw, f[0].rawn);
	}
	for (int a = 0; a < nf; a++)
		ko_buf_free(&q[a]);
	return ret;
}

/* The keys of r and the --against check, shared by the one-process mode
 * and the stages sig and filter. Returns 0 when the record goes on to
 * dedup, 1 when it is done with (written, annotated or rejected: *ret is
 * what to return), and sets *empty when its key text is empty. */
static int judge(const struct conf *c, struct state *st, struct ko_rec *r, int *empty, int *ret)
{
	*ret = 0;
	int e = record_keys(c, &st->L, r, &st->k);
	*empty = e == 1;
	if (e == KO_REJECT) {
		*ret = e;
		return 1;
	}
	if (!c->nagainst)
		return 0;
	long it = e ? -1 : contaminated(c, &st->t, &st->k);
	if (it < 0)
		return 0;
	if (c->stage && !strcmp(c->stage, "sig"))
		return 1; /* never kept, so never the earlier side of a pair */
	const char *by = st->t.ids.p + st->t.idoff[it];
	struct ko_field f = {"contaminated_by", by, strlen(by)};
	if (c->annotate)
		annotate(c, r, &f, 1, &st->out);
	else
		*ret = ko_rec_reject_with(r, "contamination", &f, 1);
	return 1;
}

/* Write a duplicate: annotated, or rejected with reason, dup_of and
 * similarity. of: the kept record's name (JSON), m: similarity in units
 * of 1/10000. */
static int duplicate(const struct conf *c, struct state *st, struct ko_rec *r, const char *of,
                     size_t ofn, int m, int exact, const char *at)
{
	ko_buf_clear(&st->num);
	/* m / 10000 with four decimals, as %.4f writes it, but without
	 * printf where m is in range: a repeat is most records of some
	 * corpora, and printf of a double took a twentieth of the run */
	if (m >= 0 && m <= 10000) {
		char d[6] = {(char)('0' + m / 10000), '.', (char)('0' + m / 1000 % 10),
		             (char)('0' + m / 100 % 10), (char)('0' + m / 10 % 10),
		             (char)('0' + m % 10)};
		ko_buf_add(&st->num, d, sizeof d);
	} else {
		ko_buf_addf(&st->num, "%.4f", m / 10000.0);
	}
	struct ko_field f[5] = {
		{"dup_cluster", of, ofn},
		{"dup_of", of, ofn},
		{"similarity", st->num.p, st->num.n},
	};
	int nf = 3;
	/* a kept record without an id: where it was read, as reject_file and
	 * reject_line say of this one (rejects only: where a record was read
	 * differs between one process and shards, the output may not) */
	if (at && !c->annotate && is_key_name(of, ofn)) {
		size_t an = strlen(at);
		f[nf++] = (struct ko_field){"dup_of_file", at, an};
		f[nf++] = (struct ko_field){"dup_of_line", at + an + 1, strlen(at + an + 1)};
	}
	if (c->annotate) {
		annotate(c, r, f, nf, &st->out);
		return 0;
	}
	return ko_rec_reject_with(r, exact ? "exact duplicate" : "near duplicate", f + 1, nf - 1);
}

/* Write a record that is not judged (its key text is empty, or only
 * --against runs): as it is, but under --annotate as the others are, JSON
 * (the output is of one kind) without what an earlier run annotated. */
static void unjudged(const struct conf *c, struct state *st, struct ko_rec *r)
{
	if (c->annotate)
		annotate(c, r, NULL, 0, &st->out);
	else
		ko_pass(r);
}

/* Write a record that is kept: as it is, or annotated with its cluster
 * (its own name). */
static void kept(const struct conf *c, struct state *st, struct ko_rec *r)
{
	if (!c->annotate) {
		ko_pass(r);
		return;
	}
	record_name(r, &st->k, &st->name);
	struct ko_field f = {"dup_cluster", st->name.p, st->name.n};
	annotate(c, r, &f, 1, &st->out);
}

static int dedup(const struct conf *c, struct state *st, struct ko_rec *r)
{
	struct keys *k = &st->k;
	int empty, ret;
	struct match m = {-1, 0, 0};
	k->has_raw = 0;
	if (use_raw(c) && raw_key(r, k, fold_digits(c, r)) == 0) {
		long i = raw_get(&st->x, k->raw);
		if (i >= 0 && raw_check(r, k) == KO_REJECT)
			return KO_REJECT;
		if (i >= 0)
			m = raw_match(c, &st->x, k, i, r->run->opt->seed);
	}
	if (m.idx < 0) {
		if (judge(c, st, r, &empty, &ret))
			return ret;
		if (empty || (!c->exact && !c->near)) {
			unjudged(c, st, r);
			return 0;
		}
		m = lookup(c, &st->x, k, r->run->opt->seed);
	}
	if (m.idx < 0) {
		kept(c, st, r);
		if (st->want_ids) {
			record_name(r, k, &st->name);
			const char *file = r->file ? r->file : "stdin";
			read_at(&st->at, file, strlen(file), r->lineno);
		}
		keep(c, &st->x, k, r->run->opt->seed, st->want_ids ? st->name.p : NULL, st->name.n,
		     &st->at, -1);
		return 0;
	}
	const char *of = st->want_ids ? st->x.ids.p + st->x.idoff[m.idx] : "null";
	size_t ofn = strlen(of);
	if (!m.exact && c->near) /* later copies may be verified against it */
		keep(c, &st->x, k, r->run->opt->seed, st->want_ids ? of : NULL, 0, NULL, m.idx);
	return duplicate(c, st, r, of, ofn, m.m, m.exact,
	                 st->want_ids && is_key_name(of, ofn) ? of + ofn + 1 : NULL);
}

/* ---- stages ---- */

static void hex(struct ko_buf *b, const uint64_t *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ko_buf_addf(b, "%016llx", (unsigned long long)w[i]);
}

static int unhex(const char *p, size_t n, uint64_t *w, size_t words)
{
	if (n != words * 16)
		return -1;
	for (size_t i = 0; i < words; i++) {
		uint64_t v = 0;
		for (int j = 0; j < 16; j++) {
			char ch = p[i * 16 + (size_t)j];
			int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
			if (d < 0)
				return -1;
			v = v << 4 | (uint64_t)d;
		}
		w[i] = v;
	}
	return 0;
}

/* The position of a record: FILE:LINE with the line zero-padded, so that
 * sort orders positions as the input is ordered when the shard names sort
 * in input order (split's xaa, xab, ...). */
static void position(const struct ko_rec *r, struct ko_buf *b)
{
	ko_buf_clear(b);
	ko_buf_addf(b, "%s:%012zu", r->file ? r->file : "stdin", r->lineno);
}

/* Stage sig: one line per band, one for the exact key and one for the
 * position (P then POS), KEY<TAB>POS<TAB>SIG<TAB>EXACT<TAB>NUMS<TAB>FPS<TAB>ID; NUMS the number
 * slots, FPS is the fingerprints in
 * hex of a record that a short one may verify against (after an l when
 * it has too many shingles in all to be short), - for another. */
static int stage_sig(const struct conf *c, struct state *st, struct ko_rec *r)
{
	int empty, ret;
	if (judge(c, st, r, &empty, &ret) || empty)
		return ret;
	struct ko_buf *v = &st->out, *line = &st->cl;
	position(r, &st->num);
	record_name(r, &st->k, &st->name);
	ko_buf_clear(v);
	ko_buf_addf(v, "\t%s\t", st->num.p);
	hex(v, st->k.sig, st->x.w);
	ko_buf_addc(v, '\t');
	hex(v, st->k.exact, 2);
	ko_buf_addc(v, '\t');
	hex(v, st->k.nums, NUM_WORDS);
	ko_buf_addc(v, '\t');
	if (c->near && c->short_max)
		fingerprints(c, &st->k, r->run->opt->seed);
	int wr = c->near && fp_written(c, st->k.nfp);
	if (!wr)
		ko_buf_addc(v, '-');
	else if (st->k.many)
		ko_buf_addc(v, 'l');
	for (int i = 0; wr && i < st->k.nfp; i++)
		ko_buf_addf(v, "%010llx", (unsigned long long)st->k.fx[i]);
	ko_buf_addc(v, '\t');
	ko_buf_add(v, st->name.p, st->name.n);
	int nb = c->near ? c->bands : 0;
	for (int b = -1; b < nb; b++) {
		ko_buf_clear(line);
		if (b < 0)
			ko_buf_addf(line, "E%016llx", (unsigned long long)st->k.exact[0]);
		else
			ko_buf_addf(line, "B%02d%016llx", b, (unsigned long long)st->k.band[b]);
		ko_buf_add(line, v->p, v->n);
		ko_emit(r->run, line->p, line->n);
	}
	/* a line keyed by the position, so that one name given to two
	 * texts (two splits named alike) meets itself in one group of
	 * pairs, which refuses it */
	ko_buf_clear(line);
	ko_buf_addc(line, 'P');
	ko_buf_add(line, st->num.p, st->num.n);
	ko_buf_add(line, v->p, v->n);
	ko_emit(r->run, line->p, line->n);
	return 0;
}

/* Stage lines: the folded hash of each distinct line of a record's -f
 * texts, HASH<TAB>1, for sort and stage linecount (the first pass of the
 * one-process mode, spread out). */
static int stage_lines(const struct conf *c, struct state *st, struct ko_rec *r)
{
	size_t k = 0;
	if (!r->is_json)
		return 0;
	const char *name;
	for (int f = 0; (f = ko_rec_judged(r, f, &name)) >= 0; f++) {
		const char *p;
		size_t n;
		int e = ko_rec_text(r, name, 0, &p, &n);
		if (e == KO_REJECT)
			return e;
		if (!e && memchr(p, '\n', n))
			k = text_lines(p, n, &st->hs, &st->hcap, k);
	}
	if (k < 2)
		return 0;
	qsort(st->hs, k, sizeof *st->hs, ko_cmp_u64);
	for (size_t a = 0; a < k; a++)
		if (!a || st->hs[a] != st->hs[a - 1]) {
			ko_buf_clear(&st->out);
			ko_buf_addf(&st->out, "%016llx\t1", (unsigned long long)st->hs[a]);
			ko_emit(r->run, st->out.p, st->out.n);
		}
	return 0;
}

/* Stage linecount: lines of stage lines (or of linecount itself: counts
 * add up) sorted by hash; writes the hashes held by at least --boiler
 * documents, the --boilers list. */
static void stage_linecount(const struct conf *c, struct ko_run *run, struct ko_buf *out)
{
	unsigned long long cur = 0, sum = 0;
	int have = 0;
	struct ko_rec *r;
	for (;;) {
		r = ko_next(run);
		unsigned long long h = 0, n = 0;
		if (r) {
			char buf[64];
			size_t m = r->len < sizeof buf - 1 ? r->len : sizeof buf - 1;
			memcpy(buf, r->line, m);
			buf[m] = 0;
			char *end;
			h = strtoull(buf, &end, 16);
			if (end == buf || *end != '\t' || !(n = strtoull(end + 1, &end, 10)) || *end) {
				ko_rec_fail(r, "not a line of --stage lines");
				continue;
			}
			if (have && h < cur) {
				/* the counts of one line are scattered: nothing
				 * would reach --boiler, and no list is better than
				 * a short one; a bad order is no bad record, so
				 * --on-error skip does not go on either */
				ko_rec_warn(r, "not sorted (%016llx after %016llx): put LC_ALL=C sort "
				            "between --stage lines and --stage linecount", h, cur);
				ko_fail();
				run->stop = 1;
				break;
			}
		}
		if (have && (!r || h != cur) && sum >= c->boiler) {
			ko_buf_clear(out);
			ko_buf_addf(out, "%016llx\t%llu", cur, sum);
			ko_emit(run, out->p, out->n);
		}
		if (!r)
			break;
		if (!have || h != cur)
			cur = h, sum = 0, have = 1;
		sum += n;
	}
}

/* Split a line at tabs into at most max fields; returns how many. */
static int fields(const char *p, size_t n, const char **f, size_t *fn, int max)
{
	int k = 0;
	const char *end = p + n;
	while (k < max) {
		const char *t = memchr(p, '\t', (size_t)(end - p));
		f[k] = p;
		fn[k] = t ? (size_t)(t - p) : (size_t)(end - p);
		k++;
		if (!t)
			break;
		p = t + 1;
	}
	return k;
}

struct rep {
	char *pos, *id;
	uint64_t sig[MAX_K / 8], exact[2]; /* sig: the sketch of a short record */
	uint64_t nums[NUM_WORDS];
	int isshort;
};

/* The FPS field of stage sig into k->fx and k->nfp (-1 for -); -1 if it
 * is not one. */
static int unhex_fp(const char *p, size_t n, struct keys *k)
{
	k->nfp = -1;
	k->many = 0;
	if (n == 1 && p[0] == '-')
		return 0;
	if (n && p[0] == 'l')
		k->many = 1, p++, n--;
	if (n % 10)
		return -1;
	if (n / 10 > k->fxcap) {
		k->fxcap = n / 10 + 256;
		k->fx = ko_xrealloc(k->fx, k->fxcap * sizeof *k->fx);
		k->fxw = ko_xrealloc(k->fxw, k->fxcap * sizeof *k->fxw);
	}
	for (size_t i = 0; i < n / 10; i++) {
		uint64_t v = 0;
		for (int j = 0; j < 10; j++) {
			char ch = p[10 * i + (size_t)j];
			int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
			if (d < 0)
				return -1;
			v = v << 4 | (uint64_t)d;
		}
		if (i && v <= k->fx[i - 1])
			return -1;
		k->fx[i] = v;
	}
	k->nfp = (int)(n / 10);
	return 0;
}

/* Byte order of two fields, as LC_ALL=C sort puts them: <0, 0 or >0. */
static int bytes_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	int d = memcmp(a, b, an < bn ? an : bn);
	return d ? d : an < bn ? -1 : an > bn;
}

/* Whether line r (its first nf fields f, fn) sorts before the line before
 * it (prev: that line's first nf fields, each ended by a tab): if so, the
 * run stops, naming FILE:LINE and the sort it needs, as linecount does: a
 * group cut in two by a bad order would lose its pairs or its drops
 * without a word, and a bad order is no bad record, so --on-error skip
 * does not go on either. Else prev becomes this line's fields. */
static int out_of_order(struct ko_run *run, struct ko_rec *r, const char **f, const size_t *fn, int nf,
                        struct ko_buf *prev, const char *before, const char *after)
{
	const char *p = prev->p, *pf[2] = {0};
	size_t pn[2] = {0};
	int d = 0;
	/* every field of prev is taken, for the message, not only those
	 * up to the first that differs */
	for (int k = 0; prev->n && k < nf; k++) {
		const char *t = memchr(p, '\t', prev->n - (size_t)(p - prev->p));
		pf[k] = p, pn[k] = (size_t)(t - p);
		if (!d)
			d = bytes_cmp(f[k], fn[k], p, pn[k]);
		p = t + 1;
	}
	if (d < 0) {
		int two = nf > 1;
		ko_rec_warn(r, "not sorted (%.*s%s%.*s after %.*s%s%.*s): put LC_ALL=C sort%s between --stage %s "
		            "and --stage %s",
		            (int)fn[0], f[0], two ? " " : "", two ? (int)fn[1] : 0, two ? f[1] : "", (int)pn[0], pf[0],
		            two ? " " : "", two ? (int)pn[1] : 0, two && pf[1] ? pf[1] : "",
		            strcmp(after, "cluster") ? "" : " -u", before, after);
		ko_fail();
		run->stop = 1;
		return 1;
	}
	ko_buf_clear(prev);
	for (int k = 0; k < nf; k++) {
		ko_buf_add(prev, f[k], fn[k]);
		ko_buf_addc(prev, '\t');
	}
	return 0;
}

/* One position that comes twice with one text: one input named twice
 * (a glob and a name, a doubled operand) or one shard's sig lines added
 * twice. The two copies cannot be told apart by filter, which would drop
 * both (each the duplicate of itself) or keep both, so the run stops. */
static _Noreturn void given_twice(const char *stage, const char *pos, size_t n)
{
	ko_die("stage %s: %.*s comes twice with one text (one input given twice, or one shard's "
	       "--stage sig lines added twice): give each input once, or cat the copies into one "
	       "file; a shard run again replaces its sig output, not adds to it",
	       stage, (int)n, pos);
}

/* Stage pairs: in each group of one key (sorted by key, then position),
 * each line against the first record of every exact key before it. Later
 * copies of an exact key are never kept (the first is kept, or they go
 * where it went), so they need no pairs as the earlier side. Writes
 * LATER<TAB>EARLIER<TAB>SIM<TAB>e|n<TAB>EARLIER_ID<TAB>LATER_NUMS<TAB>
 * EARLIER_NUMS for verified pairs, SIM the similarity in units of 1/10000
 * (the number tokens, for stage cluster to check the later record against
 * the first record of the earlier one's group). */
static void stage_pairs(const struct conf *c, struct ko_run *run, struct keys *k,
                        struct ko_buf *out)
{
	struct rep *reps = NULL;
	size_t nreps = 0, cap = 0;
	struct ko_buf key = {0}, prev = {0};
	struct ko_rec *r;
	while ((r = ko_next(run))) {
		const char *f[7];
		size_t fn[7];
		struct rep cur;
		cur.exact[0] = cur.exact[1] = 0;
		if (fields(r->line, r->len, f, fn, 7) != 7 || unhex(f[2], fn[2], cur.sig, sig_words(c)) ||
		    unhex(f[3], fn[3], cur.exact, 2) || unhex(f[4], fn[4], cur.nums, NUM_WORDS) ||
		    unhex_fp(f[5], fn[5], k)) {
			ko_rec_fail(r, "not a line of --stage sig");
			continue;
		}
		if (out_of_order(run, r, f, fn, 2, &prev, "sig", "pairs"))
			break;
		if (key.n != fn[0] || memcmp(key.p, f[0], fn[0])) {
			for (size_t i = 0; i < nreps; i++)
				free(reps[i].pos), free(reps[i].id);
			nreps = 0;
			ko_buf_clear(&key);
			ko_buf_add(&key, f[0], fn[0]);
		}
		if (f[0][0] == 'P' && nreps) {
			/* the group of one position holds one line per record:
			 * a second is a second record under that name */
			if (reps[0].exact[0] != cur.exact[0] || reps[0].exact[1] != cur.exact[1])
				ko_die("stage pairs: %.*s comes from two inputs (two texts under one name): "
				       "name each split by its input file's whole path, not its base name, "
				       "and by the bytes of the path that a name leaves out (Hangul folder "
				       "names: kopipe(7), Hadoop Streaming)",
				       (int)fn[1], f[1]);
			given_twice("pairs", f[1], fn[1]);
		}
		int seen = 0;
		for (size_t i = 0; i < nreps; i++) {
			/* (in a band group as well: the pairs of one key may run
			 * in a job of their own, without the P group) */
			if (strlen(reps[i].pos) == fn[1] && !memcmp(reps[i].pos, f[1], fn[1]))
				given_twice("pairs", f[1], fn[1]);
			int ex = reps[i].exact[0] == cur.exact[0] && reps[i].exact[1] == cur.exact[1];
			seen |= ex;
			if (!ex && (f[0][0] == 'E' || !c->near))
				continue;
			int m = ex ? 10000
			           : verify(c, reps[i].sig, reps[i].isshort, cur.sig, k->fx, k->nfp);
			if (m < 0 || (!ex && num_conflict(reps[i].nums, cur.nums, reps[i].isshort)))
				continue;
			ko_buf_clear(out);
			ko_buf_add(out, f[1], fn[1]);
			ko_buf_addf(out, "\t%s\t%d\t%c\t%s\t", reps[i].pos, m, ex && c->exact ? 'e' : 'n',
			            reps[i].id);
			hex(out, cur.nums, NUM_WORDS);
			ko_buf_addc(out, '\t');
			hex(out, reps[i].nums, NUM_WORDS);
			ko_emit(run, out->p, out->n);
		}
		if (!seen) {
			if (nreps == cap)
				reps = ko_xrealloc(reps, (cap = cap ? 2 * cap : 16) * sizeof *reps);
			cur.isshort = c->near && c->short_max && !k->many && k->nfp >= 0 &&
			              k->nfp <= c->short_max;
			if (cur.isshort)
				sketch(k->fx, k->nfp, cur.sig, sig_words(c));
			cur.pos = strndup(f[1], fn[1]);
			cur.id = strndup(f[6], fn[6]);
			if (!cur.pos || !cur.id)
				ko_oom(fn[1] + fn[6]);
			reps[nreps++] = cur;
		}
	}
	for (size_t i = 0; i < nreps; i++)
		free(reps[i].pos), free(reps[i].id);
	free(reps);
	ko_buf_free(&key);
	ko_buf_free(&prev);
}

/* A set of strings with a value each: the dropped positions. */
struct strmap {
	char **key, **val;
	size_t mask, used;
};

static char **strmap_slot(const struct strmap *m, const char *k, size_t n)
{
	for (size_t s = (size_t)ko_hash64(k, n, 0) & m->mask;; s = (s + 1) & m->mask)
		if (!m->key[s] || (strlen(m->key[s]) == n && !memcmp(m->key[s], k, n)))
			return m->key + s;
}

static void strmap_put(struct strmap *m, const char *k, size_t n, const char *v, size_t vn)
{
	if ((m->used + 1) * 2 > m->mask + 1) {
		struct strmap o = *m;
		size_t size = o.key ? 2 * (o.mask + 1) : 1024;
		m->key = ko_xcalloc(size, sizeof *m->key);
		m->val = ko_xcalloc(size, sizeof *m->val);
		m->mask = size - 1;
		for (size_t i = 0; o.key && i <= o.mask; i++)
			if (o.key[i]) {
				char **s = strmap_slot(m, o.key[i], strlen(o.key[i]));
				*s = o.key[i];
				m->val[s - m->key] = o.val[i];
			}
		free(o.key);
		free(o.val);
	}
	char **s = strmap_slot(m, k, n);
	if (*s)
		return;
	*s = strndup(k, n);
	m->val[s - m->key] = strndup(v, vn);
	if (!*s || !m->val[s - m->key])
		ko_oom(n + vn);
	m->used++;
}

static const char *strmap_get(const struct strmap *m, const char *k, size_t n)
{
	if (!m->key)
		return NULL;
	char **s = strmap_slot(m, k, n);
	return *s ? m->val[s - m->key] : NULL;
}

static void strmap_free(struct strmap *m)
{
	for (size_t i = 0; m->key && i <= m->mask; i++)
		free(m->key[i]), free(m->val[i]);
	free(m->key);
	free(m->val);
}

/* Stage cluster: verified pairs sorted by the later position. Walking them
 * in input order, a record is dropped when it has an earlier partner: the
 * best one (see better) names the kept record, its own name when it was
 * kept, else the kept record it was dropped for (the rule of the
 * one-process mode, over the small set of verified pairs). Writes
 * POS<TAB>DUP_OF_ID<TAB>SIM<TAB>e|n. */
/* Names compared with their runs of digits as numbers (s9 < s10): <0,
 * 0 or >0. */
static int natural_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;
	while (i < an && j < bn) {
		int da = a[i] >= '0' && a[i] <= '9', db = b[j] >= '0' && b[j] <= '9';
		if (da && db) {
			while (i < an && a[i] == '0')
				i++;
			while (j < bn && b[j] == '0')
				j++;
			size_t ie = i, je = j;
			while (ie < an && a[ie] >= '0' && a[ie] <= '9')
				ie++;
			while (je < bn && b[je] >= '0' && b[je] <= '9')
				je++;
			if (ie - i != je - j)
				return ie - i < je - j ? -1 : 1;
			int c = memcmp(a + i, b + j, ie - i);
			if (c)
				return c;
			i = ie, j = je;
			continue;
		}
		if (a[i] != b[j])
			return (unsigned char)a[i] < (unsigned char)b[j] ? -1 : 1;
		i++, j++;
	}
	return i < an ? 1 : j < bn ? -1 : 0;
}

static void stage_cluster(const struct conf *c, struct ko_run *run, struct ko_buf *out)
{
	struct strmap dropped = {0};
	struct ko_buf later = {0}, bestpos = {0}, bestid = {0}, bestroot = {0}, val = {0};
	struct ko_buf first_file = {0}, prev = {0};
	uint64_t bestnums[NUM_WORDS] = {0};
	struct match best = {-1, 0, 0};
	struct ko_rec *r;
	for (int done = 0; !done;) {
		r = ko_next(run);
		const char *f[7];
		size_t fn[7];
		uint64_t ln[NUM_WORDS], rn[NUM_WORDS];
		if (r && (fields(r->line, r->len, f, fn, 7) != 7 ||
		          unhex(f[5], fn[5], ln, NUM_WORDS) || unhex(f[6], fn[6], rn, NUM_WORDS))) {
			ko_rec_fail(r, "not a line of --stage pairs");
			continue;
		}
		if (r && out_of_order(run, r, f, fn, 1, &prev, "pairs", "cluster"))
			break;
		/* a record paired with itself (pairs refuses that) */
		if (r && fn[0] == fn[1] && !memcmp(f[0], f[1], fn[0]))
			given_twice("cluster", f[0], fn[0]);
		/* positions compare as strings: shards named s9 and s10 would
		 * put s10's records first and keep their copies. Names whose
		 * order as strings differs from their order with numbers read
		 * as numbers are refused; split's xaa ... xyz, xzaaa and x00 ...
		 * x89, x9000 keep one order. */
		for (int k = 0; r && k < 2; k++) {
			size_t l = fn[k];
			while (l > 0 && f[k][l - 1] != ':')
				l--;
			l = l ? l - 1 : fn[k];
			if (l == first_file.n && !memcmp(first_file.p, f[k], l))
				continue;
			if (!first_file.n) {
				ko_buf_add(&first_file, f[k], l);
				continue;
			}
			int bytes = memcmp(first_file.p, f[k], l < first_file.n ? l : first_file.n);
			if (!bytes)
				bytes = first_file.n < l ? -1 : 1;
			if ((bytes < 0) != (natural_cmp(first_file.p, first_file.n, f[k], l) < 0))
				ko_die("stage cluster: shard names %.*s and %.*s sort otherwise as text than "
				       "by their numbers: positions would not follow input order; name the "
				       "shards to one length (split's xaa, xab, ...)",
				       (int)first_file.n, first_file.p, (int)l, f[k]);
		}
		if (!r || later.n != fn[0] || memcmp(later.p, f[0], fn[0])) {
			if (best.idx >= 0) {
				ko_buf_clear(out);
				ko_buf_addf(out, "%s\t%s\t%d\t%c\t%s", later.p, bestid.p, best.m,
				            best.exact ? 'e' : 'n', bestroot.p);
				ko_emit(run, out->p, out->n);
				ko_buf_clear(&val);
				ko_buf_addf(&val, "%s\t%s\t", bestid.p, bestroot.p);
				hex(&val, bestnums, NUM_WORDS);
				strmap_put(&dropped, later.p, later.n, val.p, val.n);
			}
			best = (struct match){-1, 0, 0};
			if (!r)
				break;
			ko_buf_clear(&later);
			ko_buf_add(&later, f[0], fn[0]);
		}
		const char *root = strmap_get(&dropped, f[1], fn[1]);
		int m = atoi(f[2]), ex = f[3][0] == 'e';
		/* the first record of the earlier one's group: its name,
		 * position and number tokens */
		const char *rp = NULL, *rnum = NULL;
		if (root) {
			rnum = strrchr(root, '\t');
			for (rp = rnum; rp > root && rp[-1] != '\t';)
				rp--;
			if (unhex(rnum + 1, strlen(rnum + 1), rn, NUM_WORDS))
				ko_die("stage cluster: a bad line of its own");
		}
		if (num_head_conflict(rn, ln))
			continue;
		int cmp = -1;
		if (best.idx >= 0) {
			size_t l = fn[1] < bestpos.n ? fn[1] : bestpos.n;
			cmp = memcmp(f[1], bestpos.p, l);
			if (!cmp)
				cmp = fn[1] < bestpos.n ? -1 : fn[1] > bestpos.n;
		}
		if (better(ex, m, cmp, &best)) {
			best = (struct match){0, m, ex};
			ko_buf_clear(&bestpos);
			ko_buf_add(&bestpos, f[1], fn[1]);
			/* the group's first record: its name and where it is */
			ko_buf_clear(&bestid);
			ko_buf_clear(&bestroot);
			memcpy(bestnums, rn, sizeof bestnums);
			if (root) {
				ko_buf_add(&bestid, root, (size_t)(rp - 1 - root));
				ko_buf_add(&bestroot, rp, (size_t)(rnum - rp));
			} else {
				ko_buf_add(&bestid, f[4], fn[4]);
				ko_buf_add(&bestroot, f[1], fn[1]);
			}
		}
	}
	strmap_free(&dropped);
	ko_buf_free(&later);
	ko_buf_free(&bestpos);
	ko_buf_free(&bestid);
	ko_buf_free(&bestroot);
	ko_buf_free(&val);
	ko_buf_free(&first_file);
	ko_buf_free(&prev);
}

/* Stage filter: the input again, without the records the drop list names. */
static void load_drops(const char *path, struct strmap *m)
{
	char *files[1] = {(char *)path};
	struct ko_reader *rd = ko_reader_open(files, 1);
	const char *line;
	size_t n;
	int nf, e;
	while ((e = ko_reader_next(rd, &line, &n, &nf)) != 0) {
		if (e < 0)
			ko_die("%s", ko_reader_error(rd));
		const char *t = memchr(line, '\t', n);
		size_t kn = t ? (size_t)(t - line) : n;
		if (kn == n)
			ko_die("%s:%zu: not a line of --stage cluster", path, ko_reader_lineno(rd));
		strmap_put(m, line, kn, line + kn + 1, n - kn - 1);
	}
	ko_reader_close(rd);
}

static int stage_filter(const struct conf *c, struct state *st, const struct strmap *drops,
                        struct ko_rec *r)
{
	int empty = 0, ret;
	if ((c->annotate || c->nagainst) && judge(c, st, r, &empty, &ret))
		return ret;
	position(r, &st->pos);
	const char *v = strmap_get(drops, st->pos.p, st->pos.n);
	if (!v) {
		if (empty)
			unjudged(c, st, r);
		else
			kept(c, st, r);
		return 0;
	}
	const char *f[4];
	size_t fn[4];
	int nf = fields(v, strlen(v), f, fn, 4);
	if (nf < 3)
		ko_die("%s: bad drop line for %s", c->drops, st->pos.p);
	const char *at = NULL;
	/* the kept record's position, FILE:LINE with the line zero-padded
	 * (absent from the lines of an earlier version) */
	const char *colon = NULL;
	for (size_t i = nf == 4 ? fn[3] : 0; i-- > 0 && !colon;)
		if (f[3][i] == ':')
			colon = f[3] + i;
	if (colon) {
		size_t ln = (size_t)strtoull(colon + 1, NULL, 10);
		read_at(&st->atf, f[3], (size_t)(colon - f[3]), ln);
		at = st->atf.p;
	}
	return duplicate(c, st, r, f[0], fn[0], atoi(f[1]), f[2][0] == 'e', at);
}

/* ---- options and main ---- */

static void option(struct conf *c, int code, const char *arg)
{
	char *end;
	switch (code) {
	case OPT_MODE:
		c->exact = !strcmp(arg, "exact") || !strcmp(arg, "both");
		c->near = !strcmp(arg, "near") || !strcmp(arg, "both");
		c->lines = !strcmp(arg, "lines");
		if (!c->exact && !c->near && !c->lines && strcmp(arg, "none"))
			ko_usage("--mode: expected exact, near, both, lines or none, not '%s'", arg);
		break;
	case OPT_NGRAM: c->ngram = (int)ko_opt_u64("--ngram", arg, 1, 64); break;
	case OPT_PERM: c->k = (int)ko_opt_u64("--perm", arg, 64, MAX_K); break;
	case OPT_BITS:
		c->bits = (int)ko_opt_u64("--bits", arg, 1, 8);
		if (c->bits & (c->bits - 1))
			ko_usage("--bits: expected 1, 2, 4 or 8, not '%s'", arg);
		break;
	case OPT_BANDS: c->bands = (int)ko_opt_u64("--bands", arg, 1, MAX_BANDS); break;
	case OPT_ROWS: c->rows = (int)ko_opt_u64("--rows", arg, 1, MAX_K); break;
	case OPT_THRESHOLD:
		c->threshold = strtod(arg, &end);
		if (*end || end == arg || !(c->threshold > 0 && c->threshold <= 1))
			ko_usage("--threshold: expected a number in (0, 1], not '%s'", arg);
		break;
	case OPT_SHORT_MAX: c->short_max = (int)ko_opt_u64("--short-max", arg, 0, SHORT_MAX); break;
	case OPT_SHORT_NGRAM: c->vngram = (int)ko_opt_u64("--short-ngram", arg, 1, 64); break;
	case OPT_SHORT_THRESHOLD:
		c->vthreshold = strtod(arg, &end);
		if (*end || end == arg || !(c->vthreshold > 0 && c->vthreshold <= 1))
			ko_usage("--short-threshold: expected a number in (0, 1], not '%s'", arg);
		break;
	case OPT_ANNOTATE: c->annotate = 1; break;
	case OPT_AGAINST:
		c->against = ko_xrealloc(c->against, (size_t)(c->nagainst + 1) * sizeof *c->against);
		c->against[c->nagainst++] = (char *)arg;
		break;
	case OPT_SPAN: c->span = (size_t)ko_opt_u64("--span", arg, 4, 10000); break;
	case OPT_MIN_ITEM: c->min_item = (size_t)ko_opt_u64("--min-item", arg, 1, 10000); break;
	case OPT_STAGE:
		if (strcmp(arg, "sig") && strcmp(arg, "pairs") && strcmp(arg, "cluster") &&
		    strcmp(arg, "filter") && strcmp(arg, "lines") && strcmp(arg, "linecount"))
			ko_usage("--stage: expected lines, linecount, sig, pairs, cluster or filter, "
			         "not '%s'", arg);
		c->stage = arg;
		break;
	case OPT_DROPS: c->drops = arg; break;
	/* the pairs the SYNOPSIS gives as alternatives: the second of a pair
	 * would silently undo the first */
	case OPT_BOILER:
		if (c->boilers)
			ko_usage("--boiler and --boilers exclude each other");
		c->boiler = (unsigned)ko_opt_u64("--boiler", arg, 0, 255);
		c->boiler_given = 1;
		break;
	case OPT_BOILERS:
		if (c->boiler_given)
			ko_usage("--boiler and --boilers exclude each other");
		c->boilers = arg;
		break;
	case OPT_FOLD_DIGITS:
	case OPT_NUMBERS:
		if (c->fold && c->fold != (code == OPT_NUMBERS ? 2 : 1))
			ko_usage("--fold-digits and --numbers exclude each other");
		c->fold = code == OPT_NUMBERS ? 2 : 1;
		break;
	case OPT_MIN_LINE: c->min_line = (size_t)ko_opt_u64("--min-line", arg, 1, 1000000); break;
	}
}

/* A copy of what fd `from` reads, named `what` in messages, in an
 * unlinked temporary file: its descriptor, at offset 0. */
static int spool(int from, const char *what)
{
	const char *dir = getenv("TMPDIR");
	struct ko_buf path = {0};
	ko_buf_addf(&path, "%s/ko-dedup.XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(path.p);
	if (fd < 0)
		ko_die("cannot make a temporary file in %s to read %s twice: %s",
		       dir && *dir ? dir : "/tmp", what, strerror(errno));
	unlink(path.p);
	ko_buf_free(&path);
	char buf[1 << 16];
	for (;;) {
		ssize_t k = read(from, buf, sizeof buf);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			ko_die("%s: %s", what, strerror(errno));
		if (!k)
			break;
		for (ssize_t w = 0; w < k;) {
			ssize_t x = write(fd, buf + w, (size_t)(k - w));
			if (x < 0 && errno != EINTR)
				ko_die("temporary copy of %s: %s", what, strerror(errno));
			if (x > 0)
				w += x;
		}
	}
	lseek(fd, 0, SEEK_SET);
	return fd;
}

/* The first pass of --boiler over the operands (or stdin). Stdin that is
 * not a plain file, and an operand that is a pipe (a FIFO, or the
 * /dev/fd/N of a process substitution), are copied to unlinked temporary
 * files first, which then stand in for them, so both passes read the same
 * bytes: stdin by dup2, /dev/fd/N by putting the copy on N (the name
 * reopens it), another pipe by its copy's /dev/fd name. A directory or an
 * operand that cannot be opened is left to the reading pass to name. */
static size_t first_pass(const struct conf *c, const struct ko_opts *o, struct lines *L)
{
	char **files = o->argv + o->optind;
	int nfiles = o->argc - o->optind, uses_stdin = !nfiles;
	for (int i = 0; i < nfiles; i++) {
		struct stat sb;
		if (!strcmp(files[i], "-")) {
			uses_stdin = 1;
			continue;
		}
		if (stat(files[i], &sb) < 0 || S_ISREG(sb.st_mode) || S_ISDIR(sb.st_mode))
			continue;
		int in = open(files[i], O_RDONLY);
		if (in < 0)
			continue;
		int fd = spool(in, files[i]);
		close(in);
		unsigned n;
		char tail;
		if ((sscanf(files[i], "/dev/fd/%u%c", &n, &tail) == 1 ||
		     sscanf(files[i], "/proc/self/fd/%u%c", &n, &tail) == 1) &&
		    n > 2 && (int)n != fd && dup2(fd, (int)n) == (int)n) {
			close(fd);
			continue;
		}
		char name[32];
		snprintf(name, sizeof name, "/dev/fd/%d", fd);
		files[i] = ko_xstrdup(name);
	}
	struct stat sb;
	if (uses_stdin && (fstat(0, &sb) < 0 || !S_ISREG(sb.st_mode) || lseek(0, 0, SEEK_CUR) < 0)) {
		int fd = spool(0, "stdin");
		if (dup2(fd, 0) < 0)
			ko_die("dup2: %s", strerror(errno));
		close(fd);
	}
	off_t at = uses_stdin ? lseek(0, 0, SEEK_CUR) : 0;
	size_t nrec = lines_pass(c, o, files, nfiles, L);
	if (uses_stdin)
		lseek(0, at, SEEK_SET);
	return nrec;
}


static const struct ko_tool tool = {
	.name = "ko-dedup",
	.usage = "[--mode exact|near|both|lines|none] [--ngram N] [--perm K] [--bits B]\n"
	         "                [--bands N] [--rows N] [--threshold J] [--short-ngram N]\n"
	         "                [--short-threshold J] [--short-max N] [--fold-digits | --numbers]\n"
	         "                [--annotate]\n"
	         "                [--boiler N | --boilers FILE] [--min-line N]\n"
	         "                [--against FILE [--span N] [--min-item N]]\n"
	         "                [--stage lines|linecount|sig|pairs|cluster|filter\n"
	         "                [--drops FILE]] [shared options] [FILE...]",
	.help = "Drop exact and near duplicates, keeping the first record of each, and records\n"
	        "that share a long span with evaluation data. Judges the -f fields (default:\n"
	        "text, or the fields of a task, the turns of messages or conversations, or\n"
	        "prompt and completion).\n"
	        "\n"
	        "      --mode M          exact, near, both (default), lines (drop boilerplate\n"
	        "                        and repeated lines from the texts) or none (only\n"
	        "                        --against)\n"
	        "      --ngram N         syllables per shingle (default 8)\n"
	        "      --perm K          MinHash slots (default 128)\n"
	        "      --bits B          bits kept of each slot: 1, 2, 4 or 8 (default 2)\n"
	        "      --bands N         LSH bands (default 10)\n"
	        "      --rows N          slots per band (default 3)\n"
	        "      --threshold J     estimated Jaccard similarity that verifies a\n"
	        "                        candidate (default 0.65)\n"
	        "      --short-ngram N   words per shingle of the sketches that verify\n"
	        "                        against short records (default 5)\n"
	        "      --short-threshold J  their Jaccard similarity that verifies (default\n"
	        "                        0.45)\n"
	        "      --short-max N     most distinct word shingles of a short record\n"
	        "                        (default 26, at most 256; 0: none)\n"
	        "      --fold-digits     numbers are formatting in every record: each run of\n"
	        "                        digits is read as 0, none compared (by default\n"
	        "                        records without \"instruction\" fold them, but in\n"
	        "                        short ones three that differ at the same places\n"
	        "                        make other texts)\n"
	        "      --numbers         numbers are content in every record: texts that\n"
	        "                        differ in them are not copies (the default for\n"
	        "                        records with \"instruction\")\n"
	        "      --boiler N        a line in N or more documents is boilerplate: left\n"
	        "                        out of near matching, dropped by --mode lines\n"
	        "                        (default 10; 0: none; reads FILE operands twice)\n"
	        "      --boilers FILE    the boilerplate lines from --stage linecount\n"
	        "      --min-line N      --mode lines drops repeats of lines of at least N\n"
	        "                        bytes (default 20)\n"
	        "      --annotate        keep every record, adding dup_cluster, dup_of and\n"
	        "                        similarity (contaminated_by with --against)\n"
	        "      --against FILE    drop records sharing a span with FILE's records\n"
	        "                        (repeatable); shorter items must occur whole\n"
	        "      --span N          span length in characters of the key text (default 50)\n"
	        "      --min-item N      shorter evaluation items are ignored (default 8)\n"
	        "      --stage S         run one stage: lines, linecount, sig, pairs, cluster\n"
	        "                        or filter (see ko-dedup(1)); filter needs --drops\n"
	        "                        FILE from cluster\n",
	.longopts = longopts,
	.max_fields = KO_MAX_FIELDS,
	.judges_text = 1,
};

int main(int argc, char **argv)
{
	struct conf c = {.ngram = 8, .k = 128, .bits = 2, .bands = 10, .rows = 3,
	                 .threshold = 0.65, .vngram = 5, .vthreshold = 0.45,
	                 .short_max = 26, .exact = 1, .near = 1, .span = 50, .min_item = 8,
	                 .boiler = 10, .min_line = 20};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if ((size_t)c.k * (size_t)c.bits % 64)
		ko_usage("--perm times --bits must be a multiple of 64");
	if (c.bands * c.rows > c.k)
		ko_usage("--bands times --rows must not exceed --perm (%d)", c.k);
	if (c.stage && !strcmp(c.stage, "filter") && !c.drops)
		ko_usage("--stage filter needs --drops FILE");
	if (c.drops && !(c.stage && !strcmp(c.stage, "filter")))
		ko_usage("--drops is read by --stage filter only");
	if (c.lines && (c.annotate || c.nagainst || c.stage))
		ko_usage("--mode lines runs without --annotate, --against and --stage");
	if (c.min_item > c.span)
		c.min_item = c.span;
	double chance = 1.0 / (double)(1u << c.bits);
	c.mmin = (int)((c.threshold * (1 - chance) + chance) * c.k - 1e-9) + 1;
	if (c.mmin > c.k)
		c.mmin = c.k;

	struct state st = {0};
	st.x.w = c.near || c.stage ? sig_words(&c) : 0;
	st.want_ids = o.rejects || c.annotate;
	struct strmap drops = {0};
	if (c.drops)
		load_drops(c.drops, &drops);
	if (c.boilers)
		lines_load(c.boilers, &st.L);
	else if (c.boiler && (c.near || c.lines) && !c.stage)
		st.L.want = c.boiler, st.x.first = first_pass(&c, &o, &st.L) * (size_t)(c.near ? c.bands : 1) * 20 / 17;
	if (st.x.first)
		st.x.first += 1024;
	struct ko_run run;
	ko_open(&run, &o);
	if (c.nagainst)
		contam_load(&c, &run, &st.t, &st.k);
	struct ko_rec *r;
	if (c.stage && !strcmp(c.stage, "pairs"))
		stage_pairs(&c, &run, &st.k, &st.out);
	else if (c.stage && !strcmp(c.stage, "linecount"))
		stage_linecount(&c, &run, &st.out);
	else if (c.stage && !strcmp(c.stage, "cluster"))
		stage_cluster(&c, &run, &st.out);
	else
		while ((r = ko_next(&run))) {
			if (c.lines)
				lines_mode(&c, &st, r);
			else if (!c.stage)
				dedup(&c, &st, r);
			else if (!strcmp(c.stage, "lines"))
				stage_lines(&c, &st, r);
			else if (!strcmp(c.stage, "sig"))
				stage_sig(&c, &st, r);
			else
				stage_filter(&c, &st, &drops, r);
		}
	if (c.lines) {
		/* what the lines mode took out of the records it wrote on is
		 * no record rejected: said, and in the --stats line */
		if (st.nboiler || st.nrepeat)
			ko_warn("--mode lines: %zu line%s dropped from %zu record%s (%zu boilerplate, %zu "
			        "repeated); %zu section heading%s kept", st.nboiler + st.nrepeat,
			        st.nboiler + st.nrepeat == 1 ? "" : "s", st.nchanged,
			        st.nchanged == 1 ? "" : "s", st.nboiler, st.nrepeat, st.nheading,
			        st.nheading == 1 ? "" : "s");
		ko_buf_addf(&run.stats_extra, "\"lines\":{\"records_changed\":%zu,\"boilerplate\":%zu,"
		            "\"repeated\":%zu,\"headings_kept\":%zu}", st.nchanged, st.nboiler,
		            st.nrepeat, st.nheading);
	}
	int status = ko_close(&run);
	for (int i = 0; i < st.x.ntabs; i++)
		free(st.x.tabs[i].t);
	free(st.x.tabs);
	strmap_free(&drops);
	free(st.k.ex), free(st.k.sh), ko_buf_free(&st.k.nf);
	ko_buf_free(&st.k.lb), free(st.k.lh), free(st.k.lut);
	free(st.x.sig), free(st.x.ex), free(st.x.idoff), ko_buf_free(&st.x.ids), free(st.x.nums);
	free(st.x.head), free(st.x.raw), free(st.x.b0), free(st.x.rt);
	free(st.x.isshort), free(st.k.fx), free(st.k.fxw), free(st.k.fs);
	free(st.t.h), free(st.t.item), free(st.t.lens), free(st.t.idoff), ko_buf_free(&st.t.ids);
	ko_buf_free(&st.name), ko_buf_free(&st.out), ko_buf_free(&st.num), ko_buf_free(&st.cl);
	ko_buf_free(&st.text), ko_buf_free(&st.pos), ko_buf_free(&st.at), ko_buf_free(&st.atf);
	free(st.L.t), free(st.seen.t), free(st.hs);
	free(c.against);
	return status;
}
