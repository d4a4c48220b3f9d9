/* ko-stats - know your dataset: one pass over the records, in memory that
 * does not grow with the input, and a report for a terminal, for a program
 * (--json) or for a person (--html). It also adds up the --stats lines that
 * every kopipe tool appends, over any number of shards (--runs).
 *
 * Bounded memory: lengths go into log-linear histograms (exact below 128,
 * within 1/128 of the value above: HdrHistogram's layout with 64 sub-buckets
 * per power of two), so quantiles cost 30 KB per distribution whatever the
 * record count; distinct texts are a HyperLogLog of 2^14 one-byte registers
 * (16 KB, standard error 0.81%); value counts (task, source, license, field
 * names) are exact up to a cap of distinct values, the rest gathered as
 * "other". */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "ko.h"

/* ---- arithmetic without libm (the build links none) ---- */

/* The rank of quantile q among n values: ceil(q n), at least 1. */
static uint64_t rank_of(double q, uint64_t n)
{
	double x = q * (double)n;
	uint64_t r = (uint64_t)x;
	if ((double)r < x)
		r++;
	return r ? r : 1;
}

static uint64_t round_u64(double x)
{
	return x > 0 ? (uint64_t)(x + 0.5) : 0;
}

/* Natural logarithm of x >= 1: halve to [1, 2), then 2 atanh((x-1)/(x+1)),
 * whose series converges fast there (|y| <= 1/3). */
static double ln(double x)
{
	int k = 0;
	while (x >= 2)
		x /= 2, k++;
	double y = (x - 1) / (x + 1), y2 = y * y, term = y, sum = 0;
	for (int i = 1; i < 60; i += 2, term *= y2)
		sum += term / i;
	return 2 * sum + k * 0.69314718055994530942;
}

/* ---- log-linear histogram of non-negative integers ---- */

#define H_EXACT 128 /* values below are their own bucket */
#define H_SUB 64    /* sub-buckets per power of two above */
#define H_FINE (H_EXACT + (64 - 7) * H_SUB)
#define H_COARSE 60 /* 0, then 1-2-5 bins: [1,2) [2,5) [5,10) [10,20) ... */

struct hist {
	uint64_t n, sum, min, max;
	uint64_t fine[H_FINE];
	uint64_t coarse[H_COARSE];
};

static int fine_index(uint64_t v)
{
	if (v < H_EXACT)
		return (int)v;
	int e = 63 - __builtin_clzll(v); /* 2^e <= v, e >= 7 */
	return H_EXACT + (e - 7) * H_SUB + (int)((v >> (e - 6)) - H_SUB);
}

/* The smallest value of fine bucket i, and its width. */
static uint64_t fine_low(int i, uint64_t *width)
{
	if (i < H_EXACT) {
		*width = 1;
		return (uint64_t)i;
	}
	int e = 7 + (i - H_EXACT) / H_SUB, sub = (i - H_EXACT) % H_SUB;
	*width = (uint64_t)1 << (e - 6);
	return (uint64_t)(H_SUB + sub) << (e - 6);
}

/* The lower edge of coarse bin i: 0, 1, 2, 5, 10, 20, 50, ... */
static uint64_t coarse_low(int i)
{
	if (i == 0)
		return 0;
	static const unsigned step[3] = {1, 2, 5};
	uint64_t p = 1;
	for (int d = (i - 1) / 3; d > 0; d--)
		p *= 10;
	return step[(i - 1) % 3] * p;
}

static int coarse_index(uint64_t v)
{
	int i = 1;
	while (i + 1 < H_COARSE && v >= coarse_low(i + 1))
		i++;
	return v ? i : 0;
}

static void hist_add(struct hist *h, uint64_t v)
{
	if (!h->n || v < h->min)
		h->min = v;
	if (v > h->max)
		h->max = v;
	h->n++;
	h->sum += v;
	h->fine[fine_index(v)]++;
	h->coarse[coarse_index(v)]++;
}

/* Nearest rank: the least value with at least q of the values at or below
 * it; within a bucket its middle, which is exact below H_EXACT. */
static uint64_t hist_quantile(const struct hist *h, double q)
{
	if (!h->n)
		return 0;
	uint64_t rank = rank_of(q, h->n), c = 0;
	for (int i = 0; i < H_FINE; i++) {
		c += h->fine[i];
		if (c >= rank) {
			uint64_t w, v = fine_low(i, &w);
			v += (w - 1) / 2;
			return v < h->min ? h->min : v > h->max ? h->max : v;
		}
	}
	return h->max;
}

static const double quantiles[] = {0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
static const char *const qnames[] = {"p5", "p25", "p50", "p75", "p95", "p99"};
#define NQ 6

/* ---- HyperLogLog (Flajolet et al. 2007; 64-bit hashes need no large
 * range correction) ---- */

#define HLL_P 14
#define HLL_M (1u << HLL_P)

static void hll_add(uint8_t *reg, uint64_t h)
{
	uint32_t i = (uint32_t)(h >> (64 - HLL_P));
	uint64_t w = h << HLL_P;
	uint8_t rank = w ? (uint8_t)(__builtin_clzll(w) + 1) : (uint8_t)(64 - HLL_P + 1);
	if (rank > reg[i])
		reg[i] = rank;
}

static double hll_estimate(const uint8_t *reg)
{
	double sum = 0;
	unsigned zeros = 0;
	for (unsigned i = 0; i < HLL_M; i++) {
		sum += 1.0 / (double)((uint64_t)1 << reg[i]);
		zeros += !reg[i];
	}
	double m = HLL_M, e = 0.7213 / (1 + 1.079 / m) * m * m / sum;
	if (e <= 2.5 * m && zeros)
		e = m * ln(m / zeros); /* linear counting for small sets */
	return e;
}

/* The estimate of distinct texts among n: never more than n, which the
 * estimate's error could give for a set of nearly all distinct texts. */
static uint64_t distinct_of(const uint8_t *reg, uint64_t n)
{
	uint64_t e = round_u64(hll_estimate(reg));
	return e < n ? e : n;
}

/* ---- counts by value, exact up to a cap ---- */

struct entry {
	char *key;
	size_t len;
	uint64_t n;
};
struct tally {
	struct entry *e;
	size_t ne, cap, max;
	uint32_t *slot; /* open addressing: entry index + 1, 0 empty */
	size_t nslot;
	uint64_t other; /* counts of values past the cap */
};

static void tally_init(struct tally *t, size_t max)
{
	memset(t, 0, sizeof *t);
	t->max = max;
	t->nslot = 16;
	while (t->nslot < 2 * max)
		t->nslot *= 2;
	t->slot = ko_xcalloc(t->nslot, sizeof *t->slot);
}

static void tally_add(struct tally *t, const char *k, size_t n, uint64_t count)
{
	size_t mask = t->nslot - 1, i = ko_hash64(k, n, 0x7461) & mask;
	for (; t->slot[i]; i = (i + 1) & mask) {
		struct entry *e = &t->e[t->slot[i] - 1];
		if (e->len == n && !memcmp(e->key, k, n)) {
			e->n += count;
			return;
		}
	}
	if (t->ne == t->max) {
		t->other += count;
		return;
	}
	if (t->ne == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 16;
		t->e = ko_xrealloc(t->e, t->cap * sizeof *t->e);
	}
	struct entry *e = &t->e[t->ne++];
	e->key = ko_xmalloc(n + 1);
	memcpy(e->key, k, n);
	e->key[n] = 0;
	e->len = n;
	e->n = count;
	t->slot[i] = (uint32_t)t->ne;
}

static int by_count(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->key, y->key);
}

/* Most frequent first; the hash index is gone after this. */
static void tally_sort(struct tally *t)
{
	if (t->ne)
		qsort(t->e, t->ne, sizeof *t->e, by_count);
	free(t->slot);
	t->slot = NULL;
}

static void tally_free(struct tally *t)
{
	for (size_t i = 0; i < t->ne; i++)
		free(t->e[i].key);
	free(t->e);
	free(t->slot);
}

/* ---- the dataset ---- */

#define MAX_VALUES 4096 /* distinct task, source and license values kept */
#define MAX_KEYS 256    /* distinct field names kept */
#define MAX_FSTATS 24

/* A text field seen in the records. */
struct fstat {
	const char *name;
	uint64_t present, empty;
	struct hist chars;
};

/* The layouts of a record: its text field, or one of the trainer formats
 * ko-format writes (read without -f). */
enum { L_TEXT, L_ALPACA, L_SHAREGPT, L_MESSAGES, L_PC, NLAYOUT };
static const char *const layout_names[NLAYOUT] = {"text", "alpaca", "sharegpt", "messages",
                                                  "prompt-completion"};

/* The roles of a turn of a conversation; "other" is any other role
 * (tool, function, observation ...). */
enum { ROLE_SYSTEM, ROLE_USER, ROLE_ASSISTANT, ROLE_OTHER, NROLE };
static const char *const role_names[NROLE] = {"system", "user", "assistant", "other"};

/* The turns of one role, over all conversations. */
struct rstat {
	uint64_t turns, empty;
	struct hist chars; /* characters of each turn that is not empty */
};

struct stats {
	uint64_t layout[NLAYOUT]; /* records with text of each layout */
	struct hist turns;        /* turns of a conversation, system turn aside */
	struct rstat role[NROLE];
	uint64_t records, json, text_lines, bytes, text_bytes;
	uint64_t missing, empty, with_text, no_letters;
	struct hist chars, eojeol, sentences;
	uint64_t share[1001]; /* Hangul share of letters, per mille */
	uint64_t share_sum;   /* per mille, for the mean */
	uint8_t hll[HLL_M];
	struct tally task, source, license, keys;
	uint64_t no_task, no_source, no_license;
	struct fstat f[MAX_FSTATS];
	int nf;
	struct ko_buf val;
};

/* ---- the runs (--stats lines) ---- */

struct stage {
	char *tool, *label;
	struct ko_buf args; /* the kept arguments as a JSON array body */
	uint64_t runs, in, out, rejected, missing, bytes, failed, killed, seed;
	/* ko-mix: records neither written nor rejected (not drawn, over a
	 * cap), and extra copies written: in = out - repeats + rejected +
	 * left_out */
	uint64_t left_out, repeats;
	uint64_t blank; /* blank lines a JSON-only run skipped (no records) */
	uint64_t replaced; /* invalid UTF-8 sequences --replace-invalid replaced */
	uint64_t pid; /* the lowest process id of its lines, 0: none given */
	int order;    /* where its first line came */
	double seconds, slowest;
	int seeds_differ, versions_differ;
	char *version;
	struct tally reasons;
};

struct runs {
	struct stage *s;
	int n, cap;
	uint64_t lines, bad;
	/* hashes of the lines and of the (stage, input files) read so far:
	 * a second one is a file given twice or a rerun, added up all the
	 * same but said */
	uint64_t *seen;
	size_t nseen, capseen;
};

struct conf {
	int json, top, no_sentences;
	const char *html;
	const char **runfiles;
	int nrun;
	int task_defaults; /* no -f: task records are read by their task fields */
	struct stats st;
	struct runs runs;
	struct ko_buf out, tmp, turn;
};

enum { OPT_JSON = 0x100, OPT_HTML, OPT_RUNS, OPT_TOP, OPT_NO_SENT };

static const struct option longopts[] = {
	{"json", no_argument, NULL, OPT_JSON},
	{"html", required_argument, NULL, OPT_HTML},
	{"runs", required_argument, NULL, OPT_RUNS},
	{"top", required_argument, NULL, OPT_TOP},
	{"no-sentences", no_argument, NULL, OPT_NO_SENT},
	{0},
};

static const char *const task_fields[] = {"instruction", "input", "output"};
static const char *const pc_fields[] = {"prompt", "completion"};

/* ---- one record ---- */

static struct fstat *fstat_of(struct stats *st, const char *name)
{
	for (int i = 0; i < st->nf; i++)
		if (!strcmp(st->f[i].name, name))
			return &st->f[i];
	if (st->nf == MAX_FSTATS)
		return NULL;
	st->f[st->nf].name = name;
	return &st->f[st->nf++];
}

/* What one text is made of. */
struct measure {
	uint64_t chars, eojeol, sentences, letters, hangul, nonspace;
};

static int is_hangul(uint32_t c)
{
	return ko_is_hangul_syllable(c) || ko_is_compat_jamo(c) || ko_is_conjoining_jamo(c) ||
	       ko_is_halfwidth_jamo(c);
}

/* ASCII classes for the scan: 1 space, 2 letter, 0 anything else. */
static const uint8_t ascii_class[128] = {
	['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
	['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2, ['H'] = 2,
	['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2,
	['Q'] = 2, ['R'] = 2, ['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2,
	['Y'] = 2, ['Z'] = 2, ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2,
	['g'] = 2, ['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2,
	['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2, ['u'] = 2, ['v'] = 2,
	['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2,
};

#ifdef __SSE2__
/* The bytes of a 16-byte block set in a mask, counted in one byte per
 * position (a lane gains at most 1 a block, so 255 blocks fit before
 * hsum adds them up). */
static inline uint64_t hsum(__m128i v)
{
	__m128i s = _mm_sad_epu8(v, _mm_setzero_si128());
	return (uint64_t)_mm_cvtsi128_si32(s) + (uint64_t)_mm_cvtsi128_si32(_mm_srli_si128(s, 8));
}

/* From i, the run of blocks of 16 bytes (17 readable, i at a character's
 * start) that are printable ASCII, spaces and Hangul syllables only, as
 * whole characters: the end of the run, with their counts added to t:
 * syllables (three bytes each), ASCII other than space, ASCII letters
 * and characters that start a word (after a space, or the first if no
 * word is open: *open 0, left as it is at the end). The spaces are the
 * bytes left. No call in the loop, so the counts stay in registers. */
static size_t simple_run(const unsigned char *u, size_t i, size_t n, int *open, uint64_t t[4])
{
	const __m128i idx = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
	__m128i syl = _mm_setzero_si128(), asc = syl, alp = syl, sta = syl;
	int blocks = 0, o = *open;
	while (n - i >= 17) {
		const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
		const __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(u + i + 1));
		__m128i space = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
		__m128i cont = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xC0)),
		                              _mm_set1_epi8((char)0x80));
		/* 0x21..0x7F: above 0x20 as signed bytes */
		__m128i ascii = _mm_cmpgt_epi8(v, _mm_set1_epi8(' '));
		__m128i ld = ko_syl_leads16(v, v1);
		unsigned ok = (unsigned)_mm_movemask_epi8(
		    _mm_or_si128(_mm_or_si128(space, cont), _mm_or_si128(ld, ascii)));
		size_t len = ko_whole16(ok, (unsigned)_mm_movemask_epi8(ld));
		if (!len)
			break;
		__m128i in = _mm_cmpgt_epi8(_mm_set1_epi8((char)len), idx);
		space = _mm_and_si128(space, in);
		ascii = _mm_and_si128(ascii, in);
		ld = _mm_and_si128(ld, in);
		__m128i lc = _mm_or_si128(v, _mm_set1_epi8(0x20));
		__m128i alpha = _mm_cmplt_epi8(_mm_add_epi8(lc, _mm_set1_epi8((char)(0x80 - 'a'))),
		                               _mm_set1_epi8(-128 + 26));
		/* a word starts at a character after a space, or at the
		 * first if none is open */
		__m128i after = _mm_or_si128(_mm_slli_si128(space, 1), _mm_cvtsi32_si128(o ? 0 : 0xFF));
		syl = _mm_sub_epi8(syl, ld);
		asc = _mm_sub_epi8(asc, ascii);
		alp = _mm_sub_epi8(alp, _mm_and_si128(alpha, in));
		sta = _mm_sub_epi8(sta, _mm_and_si128(_mm_or_si128(ld, ascii), after));
		o = !(_mm_movemask_epi8(space) >> (len - 1) & 1);
		i += len;
		if (++blocks == 255) {
			t[0] += hsum(syl), t[1] += hsum(asc), t[2] += hsum(alp), t[3] += hsum(sta);
			syl = asc = alp = sta = _mm_setzero_si128();
			blocks = 0;
		}
	}
	t[0] += hsum(syl), t[1] += hsum(asc), t[2] += hsum(alp), t[3] += hsum(sta);
	*open = o;
	return i;
}
#endif

#ifdef KO_AVX2

__attribute__((target("avx2,popcnt"))) static inline uint64_t hsum32(__m256i v)
{
	__m256i s = _mm256_sad_epu8(v, _mm256_setzero_si256());
	return (uint64_t)_mm256_extract_epi64(s, 0) + (uint64_t)_mm256_extract_epi64(s, 1) +
	       (uint64_t)_mm256_extract_epi64(s, 2) + (uint64_t)_mm256_extract_epi64(s, 3);
}

/* simple_run with blocks of 32 bytes (33 readable), where the processor
 * has AVX2; simple_run takes the rest. */
__attribute__((target("avx2,popcnt"))) static size_t simple_run32(const unsigned char *u, size_t i,
                                                          size_t n, int *open, uint64_t t[4])
{
	const __m256i idx = _mm256_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
	                                     16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
	                                     29, 30, 31);
	__m256i syl = _mm256_setzero_si256(), asc = syl, alp = syl;
	uint64_t starts = 0;
	int blocks = 0, o = *open;
	while (n - i >= 33) {
		const __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(u + i));
		const __m256i v1 = _mm256_loadu_si256((const __m256i *)(const void *)(u + i + 1));
		__m256i space = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(' '));
		__m256i cont = _mm256_cmpeq_epi8(_mm256_and_si256(v, _mm256_set1_epi8((char)0xC0)),
		                                 _mm256_set1_epi8((char)0x80));
		__m256i ascii = _mm256_cmpgt_epi8(v, _mm256_set1_epi8(' '));
		__m256i ld = ko_syl_leads32(v, v1);
		uint32_t ok = (uint32_t)_mm256_movemask_epi8(
		    _mm256_or_si256(_mm256_or_si256(space, cont), _mm256_or_si256(ld, ascii)));
		size_t len = ko_whole32(ok, (uint32_t)_mm256_movemask_epi8(ld));
		if (!len)
			break;
		__m256i in = _mm256_cmpgt_epi8(_mm256_set1_epi8((char)len), idx);
		space = _mm256_and_si256(space, in);
		ascii = _mm256_and_si256(ascii, in);
		ld = _mm256_and_si256(ld, in);
		__m256i lc = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
		__m256i alpha = _mm256_cmpgt_epi8(
		    _mm256_set1_epi8(-128 + 26), _mm256_add_epi8(lc, _mm256_set1_epi8((char)(0x80 - 'a'))));
		/* the byte before each: a space, or for the first, no word open */
		uint32_t spm = (uint32_t)_mm256_movemask_epi8(space);
		uint32_t afterm = spm << 1 | (uint32_t)!o;
		uint32_t startm = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(ld, ascii)) & afterm;
		starts += (uint64_t)__builtin_popcount(startm);
		syl = _mm256_sub_epi8(syl, ld);
		asc = _mm256_sub_epi8(asc, ascii);
		alp = _mm256_sub_epi8(alp, _mm256_and_si256(alpha, in));
		o = !(spm >> (len - 1) & 1);
		i += len;
		if (++blocks == 255) {
			t[0] += hsum32(syl), t[1] += hsum32(asc), t[2] += hsum32(alp);
			syl = asc = alp = _mm256_setzero_si256();
			blocks = 0;
		}
	}
	t[0] += hsum32(syl), t[1] += hsum32(asc), t[2] += hsum32(alp), t[3] += starts;
	*open = o;
	return i;
}
#endif

/* Characters, eojeol, letters and Hangul in one scan; printable ASCII,
 * spaces and Hangul syllables (nearly all of Korean text) 16 bytes at a
 * time, the rest a character at a time. */
static void measure(struct measure *m, const char *p, size_t n, int sentences)
{
	const unsigned char *u = (const unsigned char *)p;
	uint64_t chars = 0, eojeol = 0, letters = 0, hangul = 0, nonspace = 0;
	int inword = 0;
	size_t i = 0;
#ifdef __SSE2__
	uint64_t t[4] = {0, 0, 0, 0}, simple = 0; /* the bytes simple_run took */
#endif
	while (i < n) {
		unsigned char b = u[i];
#ifdef __SSE2__
		if (((unsigned)(b - 0x20) < 0x60 || (unsigned)(b - 0xEA) <= 3) && n - i >= 17) {
			size_t e = i;
#ifdef KO_AVX2
			if (n - i >= 64 && ko_have_avx2() && __builtin_cpu_supports("popcnt"))
				e = simple_run32(u, i, n, &inword, t);
#endif
			e = simple_run(u, e, n, &inword, t);
			if (e > i) {
				simple += e - i;
				i = e;
				continue;
			}
		}
#endif
		if (b < 0x80) {
			int k = ascii_class[b];
			i++, chars++;
			if (k == 1) {
				inword = 0;
				continue;
			}
			nonspace++, letters += k == 2;
			eojeol += !inword;
			inword = 1;
			continue;
		}
	uint32_t c;
		if (b >= 0xEA && b <= 0xED && i + 2 < n && (u[i + 1] & 0xC0) == 0x80 &&
		    (u[i + 2] & 0xC0) == 0x80 &&
		    ko_is_hangul_syllable(c = ((uint32_t)(b & 0x0F) << 12) |
		                              ((uint32_t)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F))) {
			i += 3, chars++, nonspace++, letters++, hangul++;
			eojeol += !inword;
			inword = 1;
			continue;
		}
		int k = ko_utf8_decode(p + i, n - i, &c);
		if (k < 0)
			k = 1, c = 0xFFFD;
		i += (size_t)k, chars++;
		if (ko_is_space(c)) {
			inword = 0;
			continue;
		}
		nonspace++;
		eojeol += !inword;
		inword = 1;
		if (is_hangul(c)) {
			hangul++, letters++;
		} else {
			int cat = ko_category(c);
			letters += cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
		}
	}
#ifdef __SSE2__
	/* the spaces are the bytes that are neither syllables nor ASCII */
	chars += simple - 2 * t[0], nonspace += t[0] + t[1], hangul += t[0];
	letters += t[0] + t[2], eojeol += t[3];
#endif
	m->chars = chars, m->eojeol = eojeol, m->letters = letters;
	m->hangul = hangul, m->nonspace = nonspace;
	if (!sentences)
		return;
	struct ko_split s;
	size_t sb, se;
	ko_split_init(&s, p, n, 0);
	while (ko_split_next(&s, &sb, &se))
		m->sentences++;
}

/* Count the value of a top-level field (its text when a string, its JSON
 * otherwise); 0 when the record has no such field. */
static int count_value(struct stats *st, struct ko_rec *r, const char *name, struct tally *t)
{
	int v = ko_json_get(&r->json, name);
	if (v < 0)
		return 0;
	const struct ko_json_tok *k = &r->json.tok[v];
	/* a null field is an absent one, as kopipe(7) reads it, not a
	 * value named "null" */
	if (k->type == KO_JSON_PRIMITIVE && k->end - k->start == 4 && !memcmp(r->json.s + k->start, "null", 4))
		return 0;
	ko_buf_clear(&st->val);
	if (k->type == KO_JSON_STRING && ko_json_str_checked(&r->json, v, &st->val) == 0)
		tally_add(t, st->val.p ? st->val.p : "", st->val.n, 1);
	else
		tally_add(t, r->json.s + k->start, (size_t)(k->end - k->start), 1);
	return 1;
}

static void fields_present(struct stats *st, const struct ko_json *j)
{
	if (j->ntok < 1)
		return;
	int t = 1;
	for (int i = 0; i < j->tok[0].size && t < j->ntok; i++) {
		tally_add(&st->keys, j->s + j->tok[t].start, (size_t)(j->tok[t].end - j->tok[t].start), 1);
		t = ko_json_skip(j, t + 1);
	}
}

/* What the text of one record adds up to, over its fields or turns. */
struct acc {
	struct measure m;
	uint64_t h;
	int present, turns;
	/* the turn being read (Alpaca's user turn is instruction and input) */
	uint64_t tchars, tnonspace;
};

/* Measure one piece of a record's text (a field, a turn) into a; its
 * measure in *fm. */
static void piece(struct conf *c, struct acc *a, int i, const char *p, size_t n,
                  struct measure *fm)
{
	memset(fm, 0, sizeof *fm);
	measure(fm, p, n, !c->no_sentences);
	struct measure *m = &a->m;
	m->chars += fm->chars, m->eojeol += fm->eojeol, m->sentences += fm->sentences;
	m->letters += fm->letters, m->hangul += fm->hangul, m->nonspace += fm->nonspace;
	c->st.text_bytes += n;
	a->h = ko_mix64(a->h, ko_hash64_lanes(p, n, (uint64_t)i));
	a->present++;
	a->tchars += fm->chars, a->tnonspace += fm->nonspace;
}

/* The turn read since the last call ends: counted for its role. */
static void end_turn(struct stats *st, struct acc *a, int role)
{
	struct rstat *rs = &st->role[role];
	rs->turns++;
	if (a->tnonspace)
		hist_add(&rs->chars, a->tchars);
	else
		rs->empty++;
	a->turns += role != ROLE_SYSTEM;
	a->tchars = a->tnonspace = 0;
}

static void field_stat(struct stats *st, const char *name, const struct measure *fm)
{
	struct fstat *f = fstat_of(st, name);
	if (f) {
		f->present++;
		f->empty += !fm->nonspace;
		if (fm->nonspace)
			hist_add(&f->chars, fm->chars);
	}
}

/* The string at token t, unescaped into c->turn: 0, 1 if it is no
 * string, or KO_REJECT (a bad escape or UTF-8) after ko_rec_fail. */
static int str_at(struct conf *c, struct ko_rec *r, int t, const char *where)
{
	const char *why;
	ko_buf_clear(&c->turn);
	if (t < 0 || r->json.tok[t].type != KO_JSON_STRING)
		return 1;
	if (ko_json_str(&r->json, t, &c->turn, &why) < 0)
		return ko_rec_fail(r, "%s: %s", where, why);
	return 0;
}

/* The text at token t as a turn, unescaped into c->turn: a string, or
 * the text strings of an array of content parts ([{"type": "text",
 * "text": ...}]) or of turns (a conversational prompt), a line break
 * between them; as str_at. */
static int turn_at(struct conf *c, struct ko_rec *r, int t, const char *where)
{
	const struct ko_json *j = &r->json;
	if (t < 0 || (j->tok[t].type != KO_JSON_ARRAY && j->tok[t].type != KO_JSON_OBJECT))
		return str_at(c, r, t, where);
	ko_buf_clear(&c->turn);
	int any = 0;
	if (ko_rec_strings(r, t, &c->turn, &any) < 0)
		return ko_rec_fail(r, "%s: bad escape in JSON string", where);
	return any ? 0 : 1;
}

/* Which layout a JSON record without a text field has, by its fields. */
static int layout_of(const struct ko_json *j)
{
	int t;
	if ((t = ko_json_get(j, "messages")) >= 0 && j->tok[t].type == KO_JSON_ARRAY)
		return L_MESSAGES;
	if ((t = ko_json_get(j, "conversations")) >= 0 && j->tok[t].type == KO_JSON_ARRAY)
		return L_SHAREGPT;
	if (ko_json_get(j, "instruction") >= 0)
		return L_ALPACA;
	if (ko_json_get(j, "prompt") >= 0 && ko_json_get(j, "completion") >= 0)
		return L_PC;
	return L_TEXT;
}

/* A top-level "system" string that is not blank, as ko-format reads it:
 * a system turn (0 measured into *fm, 1 none, or KO_REJECT). */
static int top_system(struct conf *c, struct ko_rec *r, struct acc *a, int i,
                      struct measure *fm)
{
	const char *p;
	size_t n;
	int e = ko_rec_text(r, "system", 1, &p, &n);
	if (e)
		return e;
	measure(fm, p, n, 0);
	if (!fm->nonspace)
		return 1;
	piece(c, a, i, p, n, fm);
	end_turn(&c->st, a, ROLE_SYSTEM);
	return 0;
}

/* ShareGPT's conversations [{from, value}] or OpenAI's messages [{role,
 * content}]: every turn measured, counted for its role. A turn that is no
 * object is skipped, one whose content is no string is an empty turn:
 * ko-stats measures what there is, ko-format --check says what is wrong. */
static int read_turns(struct conf *c, struct ko_rec *r, struct acc *a, int layout)
{
	static const char *const sharegpt[NROLE] = {"system", "human", "gpt", ""};
	static const char *const messages[NROLE] = {"system", "user", "assistant", ""};
	const struct ko_json *j = &r->json;
	int share = layout == L_SHAREGPT;
	const char *const *names = share ? sharegpt : messages;
	const char *key = share ? "conversations" : "messages";
	int list = ko_json_get(j, key), p = list + 1, e;
	struct measure fm;
	if (top_system(c, r, a, 0, &fm) == KO_REJECT)
		return KO_REJECT;
	for (int i = 0; i < j->tok[list].size; i++, p = ko_json_skip(j, p)) {
		if (j->tok[p].type != KO_JSON_OBJECT)
			continue;
		int role = ROLE_OTHER;
		if ((e = str_at(c, r, ko_json_obj_get(j, p, share ? "from" : "role"), key)) ==
		    KO_REJECT)
			return KO_REJECT;
		for (int k = 0; k < ROLE_OTHER && !e; k++)
			if (!strcmp(c->turn.p ? c->turn.p : "", names[k]))
				role = k;
		/* OpenAI's developer role is the system turn, as ko-format
		 * reads it */
		if (!share && !e && role == ROLE_OTHER && !strcmp(c->turn.p ? c->turn.p : "", "developer"))
			role = 0;
		if ((e = turn_at(c, r, ko_json_obj_get(j, p, share ? "value" : "content"), key)) ==
		    KO_REJECT)
			return KO_REJECT;
		piece(c, a, i + 1, c->turn.p ? c->turn.p : "", c->turn.n, &fm);
		end_turn(&c->st, a, role);
	}
	return 0;
}

/* The fields of a record (-f, text, or a task or prompt-completion
 * record's), each counted by its name; on an Alpaca record also its
 * system text and history, and on both trainer layouts the turns. */
static int read_fields(struct conf *c, struct ko_rec *r, struct acc *a, int layout)
{
	struct stats *st = &c->st;
	const struct ko_opts *o = r->run->opt;
	const char *const *fields = o->fields;
	int nfields = o->nfields;
	if (layout == L_ALPACA)
		fields = task_fields, nfields = 3;
	else if (layout == L_PC)
		fields = pc_fields, nfields = 2;
	for (int i = 0; i < nfields; i++) {
		const char *p;
		size_t n;
		int e, t;
		/* a conversational prompt and completion: lists of turns */
		if (layout == L_PC && (t = ko_json_get(&r->json, fields[i])) >= 0 &&
		    r->json.tok[t].type == KO_JSON_ARRAY) {
			if ((e = turn_at(c, r, t, fields[i])) == KO_REJECT)
				return KO_REJECT;
			p = c->turn.p ? c->turn.p : "", n = c->turn.n;
		} else {
			e = ko_rec_text(r, fields[i], 0, &p, &n);
		}
		if (e == KO_REJECT)
			return KO_REJECT;
		if (!e) {
			struct measure fm;
			piece(c, a, i, p, n, &fm);
			field_stat(st, fields[i], &fm);
		}
		/* instruction and input are the user's turn */
		if ((layout == L_ALPACA && i != 0) || layout == L_PC)
			end_turn(st, a, i == nfields - 1 ? ROLE_ASSISTANT : ROLE_USER);
	}
	if (layout != L_ALPACA)
		return 0;
	struct measure sm;
	int e = top_system(c, r, a, 3, &sm);
	if (e == KO_REJECT)
		return KO_REJECT;
	if (!e)
		field_stat(st, "system", &sm);
	/* history: [[user, assistant], ...], the turns before */
	const struct ko_json *j = &r->json;
	int h = ko_json_get(j, "history");
	if (h < 0 || j->tok[h].type != KO_JSON_ARRAY || !j->tok[h].size)
		return 0;
	struct measure hm = {0};
	int k = 0, any = 0;
	for (int i = h; ko_json_next_str(j, h, &i); k++) {
		if (str_at(c, r, i, "history") == KO_REJECT)
			return KO_REJECT;
		struct measure fm;
		piece(c, a, 4 + k, c->turn.p ? c->turn.p : "", c->turn.n, &fm);
		end_turn(st, a, k % 2 ? ROLE_ASSISTANT : ROLE_USER);
		hm.chars += fm.chars, hm.nonspace += fm.nonspace;
		any = 1;
	}
	if (any)
		field_stat(st, "history", &hm);
	return 0;
}

static void record(struct conf *c, struct ko_rec *r)
{
	struct stats *st = &c->st;
	struct acc a = {.h = 0x6b6f7374};
	int layout = L_TEXT;
	if (r->is_json && c->task_defaults && ko_json_get(&r->json, "text") < 0)
		layout = layout_of(&r->json);
	if ((layout == L_SHAREGPT || layout == L_MESSAGES ? read_turns(c, r, &a, layout)
	                                                   : read_fields(c, r, &a, layout)) ==
	    KO_REJECT)
		return;
	const struct measure m = a.m;
	st->records++;
	st->bytes += r->len + 1;
	if (r->is_json) {
		st->json++;
		fields_present(st, &r->json);
		st->no_task += !count_value(st, r, "task", &st->task);
		st->no_source += !count_value(st, r, "source", &st->source);
		st->no_license += !count_value(st, r, "license", &st->license);
	} else {
		st->text_lines++;
	}
	if (!a.present) {
		st->missing++;
		return;
	}
	st->layout[layout]++;
	if (layout != L_TEXT)
		hist_add(&st->turns, (uint64_t)a.turns);
	if (!m.nonspace) {
		st->empty++;
		return;
	}
	st->with_text++;
	hist_add(&st->chars, m.chars);
	hist_add(&st->eojeol, m.eojeol);
	if (!c->no_sentences)
		hist_add(&st->sentences, m.sentences);
	hll_add(st->hll, a.h);
	if (!m.letters) {
		st->no_letters++;
	} else {
		unsigned pm = (unsigned)(m.hangul * 1000 / m.letters);
		st->share[pm]++;
		st->share_sum += pm;
	}
}

/* ---- the --stats lines ---- */

/* An argument that names a file of one shard (an operand, or the value of
 * -o, --rejects, --stats) differs from shard to shard and says nothing of
 * what the stage does: runs are grouped without them. */
static int per_shard(const char *a)
{
	static const char *const ext[] = {".jsonl", ".json", ".gz", ".txt", ".tsv", ".csv"};
	if (!strcmp(a, "-") || (a[0] != '-' && strchr(a, '/')))
		return 1;
	size_t n = strlen(a);
	for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
		size_t k = strlen(ext[i]);
		if (a[0] != '-' && n > k && !strcmp(a + n - k, ext[i]))
			return 1;
	}
	return 0;
}

static int takes_path(const char *a)
{
	return !strcmp(a, "-o") || !strcmp(a, "--output") || !strcmp(a, "--rejects") ||
	       !strcmp(a, "--stats");
}

static int path_option(const char *a)
{
	return !strncmp(a, "--output=", 9) || !strncmp(a, "--rejects=", 10) ||
	       !strncmp(a, "--stats=", 8) || (!strncmp(a, "-o", 2) && a[2]);
}

static uint64_t tok_u64(const struct ko_json *j, int t)
{
	if (t < 0 || j->tok[t].type != KO_JSON_PRIMITIVE)
		return 0;
	char b[32];
	int n = j->tok[t].end - j->tok[t].start;
	if (n <= 0 || n >= (int)sizeof b)
		return 0;
	memcpy(b, j->s + j->tok[t].start, (size_t)n);
	b[n] = 0;
	return strtoull(b, NULL, 10);
}

/* Whether token t is a whole number written in digits. */
static int tok_count(const struct ko_json *j, int t)
{
	if (j->tok[t].type != KO_JSON_PRIMITIVE || j->tok[t].end <= j->tok[t].start)
		return 0;
	for (int i = j->tok[t].start; i < j->tok[t].end; i++)
		if (j->s[i] < '0' || j->s[i] > '9')
			return 0;
	return 1;
}

static double tok_double(const struct ko_json *j, int t)
{
	if (t < 0 || j->tok[t].type != KO_JSON_PRIMITIVE)
		return 0;
	char b[64];
	int n = j->tok[t].end - j->tok[t].start;
	if (n <= 0 || n >= (int)sizeof b)
		return 0;
	memcpy(b, j->s + j->tok[t].start, (size_t)n);
	b[n] = 0;
	return strtod(b, NULL);
}

/* Is args[i] one of the files the run read, by its file_args? (Older
 * lines have none: per_shard guesses from the names there.) */
static int file_arg(const struct ko_json *j, int tf, int i)
{
	if (tf < 0 || j->tok[tf].type != KO_JSON_ARRAY)
		return 0;
	int t = tf + 1;
	for (int k = 0; k < j->tok[tf].size; k++, t = ko_json_skip(j, t))
		if (j->tok[t].type == KO_JSON_PRIMITIVE && tok_u64(j, t) == (uint64_t)i &&
		    j->s[j->tok[t].start] != '-')
			return 1;
	return 0;
}

/* The string at token t into b (cleared first); -1 if it is none. */
static int tok_str(const struct ko_json *j, int t, struct ko_buf *b)
{
	const char *why;
	ko_buf_clear(b);
	if (t < 0 || j->tok[t].type != KO_JSON_STRING || ko_json_str(j, t, b, &why) < 0)
		return -1;
	if (!b->p)
		ko_buf_adds(b, "");
	return 0;
}

static struct stage *stage_of(struct runs *rs, const char *tool, const struct ko_buf *args)
{
	for (int i = 0; i < rs->n; i++)
		if (!strcmp(rs->s[i].tool, tool) && rs->s[i].args.n == args->n &&
		    (!args->n || !memcmp(rs->s[i].args.p, args->p, args->n)))
			return &rs->s[i];
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? 2 * rs->cap : 8;
		rs->s = ko_xrealloc(rs->s, (size_t)rs->cap * sizeof *rs->s);
	}
	struct stage *s = &rs->s[rs->n++];
	memset(s, 0, sizeof *s);
	s->order = rs->n;
	s->tool = ko_xstrdup(tool);
	ko_buf_add(&s->args, args->p ? args->p : "", args->n);
	tally_init(&s->reasons, MAX_KEYS);
	return s;
}

/* 1 if h was seen before, else remembers it. */
static int seen_before(struct runs *rs, uint64_t h)
{
	for (size_t i = 0; i < rs->nseen; i++)
		if (rs->seen[i] == h)
			return 1;
	if (rs->nseen == rs->capseen) {
		rs->capseen = rs->capseen ? 2 * rs->capseen : 64;
		rs->seen = ko_xrealloc(rs->seen, rs->capseen * sizeof *rs->seen);
	}
	rs->seen[rs->nseen++] = h;
	return 0;
}

/* What a second copy of a run is: a line seen before, or a run of the same
 * stage over the same named input files. */
enum { RUN_NEW, RUN_SAME_LINE, RUN_SAME_INPUT };

/* One --stats line; -1 if it is not one. *again is set to what it
 * repeats (RUN_NEW: nothing) and *label to its stage's label. */
static int run_line(struct runs *rs, const char *line, size_t len, struct ko_buf *b, int *again,
                    const char **label_of)
{
	struct ko_json j = {0};
	const char *why;
	int ret = -1;
	if (ko_json_parse(&j, line, len, &why) < 0)
		goto out;
	int tt = ko_json_get(&j, "tool"), ta = ko_json_get(&j, "args");
	int tf = ko_json_get(&j, "file_args");
	if (tok_str(&j, tt, b) < 0 || ko_json_get(&j, "records_in") < 0)
		goto out;
	/* a count that is no whole number would be added up as 0 */
	static const char *const counts[] = {"records_in", "records_out", "rejected", "missing_field",
	                                     "left_out", "repeats", "bytes_in", "status", "blank_lines",
	                                     "replaced_invalid", NULL};
	for (const char *const *k = counts; *k; k++) {
		int t = ko_json_get(&j, *k);
		if (t >= 0 && !tok_count(&j, t))
			goto out;
	}
	char *tool = ko_xstrdup(b->p);
	/* The label is the tool and its kept arguments; the key adds nothing. */
	struct ko_buf args = {0}, label = {0}, a = {0}, inputs = {0};
	ko_buf_adds(&label, tool);
	if (ta >= 0 && j.tok[ta].type == KO_JSON_ARRAY) {
		int t = ta + 1, skip = 0;
		for (int i = 0; i < j.tok[ta].size; i++, t = ko_json_skip(&j, t)) {
			if (tok_str(&j, t, &a) < 0)
				continue;
			if (skip) {
				skip = 0;
				continue;
			}
			if (takes_path(a.p)) {
				skip = 1;
				continue;
			}
			if (path_option(a.p))
				continue;
			/* file_args, where the line has them, say exactly
			 * which args are files: an option's value with a
			 * slash (--model d1/m.model) is no shard */
			int has_files = tf >= 0 && j.tok[tf].type == KO_JSON_ARRAY;
			if (has_files ? file_arg(&j, tf, i) : per_shard(a.p)) {
				if (strcmp(a.p, "-")) /* stdin has no name to tell it by */
					ko_json_quote(&inputs, a.p, a.n);
				continue;
			}
			if (args.n)
				ko_buf_addc(&args, ',');
			ko_json_quote(&args, a.p, a.n);
			ko_buf_addc(&label, ' ');
			ko_buf_adds(&label, a.p);
		}
	}
	struct stage *s = stage_of(rs, tool, &args);
	if (!s->label)
		s->label = ko_xstrdup(label.p);
	*label_of = s->label;
	*again = seen_before(rs, ko_hash64(line, len, 1)) ? RUN_SAME_LINE : RUN_NEW;
	if (inputs.n) {
		uint64_t h = ko_hash64(inputs.p, inputs.n, ko_hash64(label.p, label.n, 2));
		if (seen_before(rs, h) && *again == RUN_NEW)
			*again = RUN_SAME_INPUT;
	}
	ko_buf_free(&inputs);
	ko_buf_free(&args);
	ko_buf_free(&label);
	free(tool);
	uint64_t seed = tok_u64(&j, ko_json_get(&j, "seed"));
	if (tok_str(&j, ko_json_get(&j, "version"), &a) == 0) {
		if (!s->version)
			s->version = ko_xstrdup(a.p);
		else if (strcmp(s->version, a.p))
			s->versions_differ = 1;
	}
	ko_buf_free(&a);
	if (s->runs && seed != s->seed)
		s->seeds_differ = 1;
	s->seed = seed;
	uint64_t pid = tok_u64(&j, ko_json_get(&j, "pid"));
	if (pid && (!s->pid || pid < s->pid))
		s->pid = pid;
	s->runs++;
	s->in += tok_u64(&j, ko_json_get(&j, "records_in"));
	s->out += tok_u64(&j, ko_json_get(&j, "records_out"));
	s->rejected += tok_u64(&j, ko_json_get(&j, "rejected"));
	s->missing += tok_u64(&j, ko_json_get(&j, "missing_field"));
	s->blank += tok_u64(&j, ko_json_get(&j, "blank_lines"));
	s->replaced += tok_u64(&j, ko_json_get(&j, "replaced_invalid"));
	s->left_out += tok_u64(&j, ko_json_get(&j, "left_out"));
	s->repeats += tok_u64(&j, ko_json_get(&j, "repeats"));
	s->bytes += tok_u64(&j, ko_json_get(&j, "bytes_in"));
	double sec = tok_double(&j, ko_json_get(&j, "seconds"));
	s->seconds += sec;
	if (sec > s->slowest)
		s->slowest = sec;
	s->failed += tok_u64(&j, ko_json_get(&j, "status")) != 0;
	s->killed += ko_json_get(&j, "killed") >= 0; /* (its counts are of a part) */
	int tr = ko_json_get(&j, "reasons");
	if (tr >= 0 && j.tok[tr].type == KO_JSON_OBJECT) {
		int t = tr + 1;
		for (int i = 0; i < j.tok[tr].size; i++) {
			if (tok_str(&j, t, b) == 0)
				tally_add(&s->reasons, b->p, b->n, tok_u64(&j, t + 1));
			t = ko_json_skip(&j, t + 1);
		}
	}
	ret = 0;
out:
	ko_json_free(&j);
	return ret;
}

static int cmp_stage(const void *a, const void *b)
{
	const struct stage *x = a, *y = b;
	if (x->pid && y->pid && x->pid != y->pid)
		return x->pid < y->pid ? -1 : 1;
	return (x->order > y->order) - (x->order < y->order);
}

/* The stages, in process-id order, put in the order the data went
 * through them: a pipeline's stages chain, each one's records out the
 * next one's records in (summed over shards alike). A chain starts at the
 * first stage whose records in are no other stage's records out (or, if
 * every stage has such a one, at the first), and goes on to the first
 * stage whose records in are its records out; where none is, a new chain
 * starts. Process ids alone mislead where a recipe starts some stages
 * later than the ones after them (a shell function in a pipeline), or
 * where the shards ran on other hosts; they still break ties between
 * equal counts. */
static void chain_stages(struct runs *rs)
{
	int n = rs->n;
	if (n < 2)
		return;
	struct stage *out = ko_xmalloc((size_t)n * sizeof *out);
	char *used = ko_xcalloc((size_t)n, 1);
	int k = 0, cur = -1;
	while (k < n) {
		int next = -1;
		if (cur >= 0)
			for (int i = 0; i < n && next < 0; i++)
				if (!used[i] && rs->s[i].in == rs->s[cur].out)
					next = i;
		for (int i = 0; i < n && next < 0; i++) {
			if (used[i])
				continue;
			int fed = 0;
			for (int j = 0; j < n && !fed; j++)
				fed = j != i && !used[j] && rs->s[j].out == rs->s[i].in;
			if (!fed)
				next = i;
		}
		for (int i = 0; i < n && next < 0; i++)
			if (!used[i])
				next = i;
		used[next] = 1;
		out[k++] = rs->s[next];
		cur = next;
	}
	memcpy(rs->s, out, (size_t)n * sizeof *out);
	free(out);
	free(used);
}

static void read_runs(struct conf *c)
{
	struct ko_reader *rd = ko_reader_open((char **)c->runfiles, c->nrun);
	const char *line;
	size_t len;
	int newfile, k;
	while ((k = ko_reader_next(rd, &line, &len, &newfile)) != 0) {
		if (k < 0) {
			ko_warn("%s", ko_reader_error(rd));
			ko_fail();
			continue;
		}
		size_t i = 0;
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (i == len)
			continue;
		c->runs.lines++;
		int again;
		const char *label;
		if (run_line(&c->runs, line, len, &c->tmp, &again, &label) < 0) {
			ko_warn_at(ko_reader_name(rd), ko_reader_lineno(rd),
			           "not a --stats line of a kopipe tool");
			c->runs.bad++;
			ko_fail();
		} else if (again == RUN_SAME_LINE) {
			ko_warn_at(ko_reader_name(rd), ko_reader_lineno(rd),
			           "the same --stats line as an earlier one (a file given twice?): "
			           "added up again");
		} else if (again == RUN_SAME_INPUT) {
			ko_warn_at(ko_reader_name(rd), ko_reader_lineno(rd),
			           "another run of '%s' over the same input files (a rerun?): "
			           "both are added up", label);
		}
	}
	ko_reader_close(rd);
	/* an empty stats file is most likely a shard that never ran or
	 * never ended: worth a word, though the report is still made */
	if (!c->runs.lines)
		ko_warn("--runs: no --stats line in %s%s", c->runfiles[0],
		        c->nrun > 1 ? " nor the other files" : "");
	for (int i = 0; i < c->runs.n; i++)
		tally_sort(&c->runs.s[i].reasons);
	/* Stages in the pipeline's order: a shell starts the stages of a
	 * pipeline from left to right, so the lowest process id of a stage's
	 * lines places it; lines without one, in the order they came. (The
	 * order the lines came in is no guide: each stage appends its line
	 * as it ends, and the last two of a pipeline end at nearly the same
	 * time.) */
	if (c->runs.n > 1) /* (no stage at all: s is NULL, which qsort must not get) */
		qsort(c->runs.s, (size_t)c->runs.n, sizeof *c->runs.s, cmp_stage);
	chain_stages(&c->runs);
}

/* ---- reporting helpers ---- */

static double pct(uint64_t a, uint64_t b)
{
	return b ? 100.0 * (double)a / (double)b : 0.0;
}

/* 1234567 -> "1,234,567" */
static void add_count(struct ko_buf *b, uint64_t v)
{
	char d[32];
	int n = snprintf(d, sizeof d, "%llu", (unsigned long long)v);
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			ko_buf_addc(b, ',');
		ko_buf_addc(b, d[i]);
	}
}

static void add_bytes(struct ko_buf *b, uint64_t v)
{
	static const char *const unit[] = {"B", "kB", "MB", "GB", "TB", "PB"};
	double x = (double)v;
	int u = 0;
	while (x >= 1000 && u < 5)
		x /= 1000, u++;
	if (u == 0)
		ko_buf_addf(b, "%llu B", (unsigned long long)v);
	else
		ko_buf_addf(b, "%.*f %s", x < 10 ? 2 : x < 100 ? 1 : 0, x, unit[u]);
}

/* Display width of UTF-8 text: Hangul and other wide characters take two
 * cells of a terminal. */
static size_t cells(const char *p, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n;) {
		uint32_t c;
		int k = ko_utf8_decode(p + i, n - i, &c);
		if (k < 0)
			k = 1, c = '?';
		int cw = utf8proc_charwidth((utf8proc_int32_t)c);
		w += cw > 0 ? (size_t)cw : 0;
		i += (size_t)k;
	}
	return w;
}

/* s padded with spaces to width cells (left-aligned), or cut to it. */
/* Control characters of the data (C0, DEL, C1) shown as jq -c writes
 * them, \u001b: raw, a value could recolour or retitle the terminal, and
 * the columns would go out of line. */
static void add_visible(struct ko_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f) {
			ko_buf_addf(b, "\\u%04x", c);
			i++;
		} else if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		           (unsigned char)s[i + 1] <= 0x9f) {
			ko_buf_addf(b, "\\u%04x", (unsigned char)s[i + 1]);
			i += 2;
		} else {
			ko_buf_addc(b, (char)c);
			i++;
		}
	}
}

static void add_padded(struct ko_buf *b, const char *raw, size_t width)
{
	struct ko_buf vis = {0};
	add_visible(&vis, raw, strlen(raw));
	ko_buf_addc(&vis, 0);
	const char *s = vis.p;
	size_t n = vis.n - 1, w = cells(s, n);
	if (w > width) {
		size_t i = 0, cw = 0;
		while (i < n) {
			uint32_t c;
			int k = ko_utf8_decode(s + i, n - i, &c);
			if (k < 0)
				k = 1, c = '?';
			int x = utf8proc_charwidth((utf8proc_int32_t)c);
			if (cw + (size_t)(x > 0 ? x : 0) > width - 1)
				break;
			cw += (size_t)(x > 0 ? x : 0);
			i += (size_t)k;
		}
		ko_buf_add(b, s, i);
		ko_buf_adds(b, "…");
		w = cw + 1;
	} else {
		ko_buf_adds(b, s);
	}
	for (; w < width; w++)
		ko_buf_addc(b, ' ');
	ko_buf_free(&vis);
}

/* A bar of width cells for frac (0..1) in eighths of a cell. */
static void add_bar(struct ko_buf *b, double frac, int width)
{
	static const char *const part[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
	int e = (int)round_u64((frac < 1 ? frac : 1) * width * 8);
	if (frac > 0 && e == 0)
		e = 1;
	for (int i = 0; i < e / 8; i++)
		ko_buf_adds(b, "█");
	ko_buf_adds(b, part[e % 8]);
}

/* The label of coarse bin i: "0", "1", "2–4", "1,000–1,999". */
static void bin_label(struct ko_buf *b, int i)
{
	uint64_t lo = coarse_low(i), hi = coarse_low(i + 1) - 1;
	add_count(b, lo);
	if (i > 0 && hi > lo) {
		ko_buf_adds(b, "–");
		add_count(b, hi);
	}
}

static void coarse_span(const struct hist *h, int *a, int *z)
{
	*a = 0, *z = -1;
	for (int i = 0; i < H_COARSE; i++)
		if (h->coarse[i]) {
			if (*z < 0)
				*a = i;
			*z = i;
		}
}

/* ---- the terminal report ---- */

#define BAR 40

static void text_hist(struct ko_buf *b, const char *title, const struct hist *h)
{
	ko_buf_addf(b, "\n%s\n  ", title);
	if (!h->n) {
		ko_buf_adds(b, "(no records with text)\n");
		return;
	}
	ko_buf_adds(b, "min ");
	add_count(b, h->min);
	for (int q = 0; q < NQ; q++) {
		ko_buf_addf(b, "  %s ", qnames[q]);
		add_count(b, hist_quantile(h, quantiles[q]));
		if (q == 2)
			ko_buf_addf(b, "  mean %.1f", (double)h->sum / (double)h->n);
	}
	ko_buf_adds(b, "  max ");
	add_count(b, h->max);
	ko_buf_addc(b, '\n');
	int a, z;
	coarse_span(h, &a, &z);
	uint64_t most = 0;
	for (int i = a; i <= z; i++)
		if (h->coarse[i] > most)
			most = h->coarse[i];
	struct ko_buf l = {0};
	for (int i = a; i <= z; i++) {
		ko_buf_clear(&l);
		bin_label(&l, i);
		ko_buf_adds(b, "  ");
		for (size_t w = cells(l.p, l.n); w < 15; w++)
			ko_buf_addc(b, ' ');
		ko_buf_add(b, l.p, l.n);
		ko_buf_adds(b, " │");
		add_bar(b, (double)h->coarse[i] / (double)most, BAR);
		ko_buf_addc(b, ' ');
		add_count(b, h->coarse[i]);
		ko_buf_addf(b, " (%.1f%%)\n", pct(h->coarse[i], h->n));
	}
	ko_buf_free(&l);
}

static uint64_t share_count(const struct stats *st, int lo, int hi)
{
	uint64_t n = 0;
	for (int i = lo; i <= hi && i <= 1000; i++)
		n += st->share[i];
	return n;
}

static double share_quantile(const struct stats *st, double q)
{
	uint64_t n = share_count(st, 0, 1000), rank = rank_of(q, n), c = 0;
	for (int i = 0; i <= 1000; i++)
		if ((c += st->share[i]) >= rank)
			return i / 10.0;
	return 100;
}

/* The ten bins of the Hangul share: [0,10%) ... [90%,100%]. */
static uint64_t share_bin(const struct stats *st, int i)
{
	return share_count(st, i * 100, i == 9 ? 1000 : i * 100 + 99);
}

static void text_share(struct ko_buf *b, const struct stats *st)
{
	uint64_t n = share_count(st, 0, 1000);
	ko_buf_adds(b, "\nHangul share of letters\n  ");
	if (!n) {
		ko_buf_adds(b, "(no records with letters)\n");
		return;
	}
	ko_buf_addf(b, "mean %.1f%%", (double)st->share_sum / 10.0 / (double)n);
	for (int q = 0; q < NQ; q++)
		ko_buf_addf(b, "  %s %.1f%%", qnames[q], share_quantile(st, quantiles[q]));
	if (st->no_letters) {
		ko_buf_adds(b, "  (no letters: ");
		add_count(b, st->no_letters);
		ko_buf_addc(b, ')');
	}
	ko_buf_addc(b, '\n');
	uint64_t most = 0;
	for (int i = 0; i < 10; i++)
		if (share_bin(st, i) > most)
			most = share_bin(st, i);
	for (int i = 0; i < 10; i++) {
		uint64_t k = share_bin(st, i);
		char l[32];
		snprintf(l, sizeof l, "%d–%d%%", i * 10, i * 10 + 10);
		ko_buf_adds(b, "  ");
		for (size_t w = cells(l, strlen(l)); w < 15; w++)
			ko_buf_addc(b, ' ');
		ko_buf_adds(b, l);
		ko_buf_adds(b, " │");
		add_bar(b, (double)k / (double)most, BAR);
		ko_buf_addc(b, ' ');
		add_count(b, k);
		ko_buf_addf(b, " (%.1f%%)\n", pct(k, n));
	}
}

/* Rows of value counts, most frequent first, at most top of them. */
static void text_tally(struct ko_buf *b, const char *title, const struct tally *t,
                       uint64_t none, const char *none_label, uint64_t of, int top,
                       int licences)
{
	if (!t->ne && !licences)
		return;
	/* past the cap the number of values is not known, only its floor */
	ko_buf_addf(b, "\n%s (%s%zu value%s)\n", title, t->other ? "more than " : "", t->ne,
	            t->ne == 1 && !t->other ? "" : "s");
	uint64_t most = none;
	for (size_t i = 0; i < t->ne; i++)
		if (t->e[i].n > most)
			most = t->e[i].n;
	/* the values past the top ones are one bar, scaled with the rest */
	uint64_t rest = t->other;
	for (size_t i = top >= 0 ? (size_t)top : t->ne; i < t->ne; i++)
		rest += t->e[i].n;
	if (rest > most)
		most = rest;
	rest = t->other;
	size_t shown = 0;
	for (size_t i = 0; i < t->ne; i++) {
		if ((int)shown == top) {
			rest += t->e[i].n;
			continue;
		}
		shown++;
		ko_buf_adds(b, "  ");
		add_padded(b, t->e[i].key, 24);
		ko_buf_adds(b, " │");
		add_bar(b, (double)t->e[i].n / (double)most, 30);
		ko_buf_addc(b, ' ');
		add_count(b, t->e[i].n);
		ko_buf_addf(b, " (%.1f%%)", pct(t->e[i].n, of));
		if (licences && ko_license_restricted(t->e[i].key, t->e[i].len))
			ko_buf_adds(b, "  restricted");
		ko_buf_addc(b, '\n');
	}
	if (rest) {
		ko_buf_adds(b, "  ");
		add_padded(b, "(other values)", 24);
		ko_buf_adds(b, " │");
		add_bar(b, (double)rest / (double)most, 30);
		ko_buf_addc(b, ' ');
		add_count(b, rest);
		ko_buf_addf(b, " (%.1f%%)\n", pct(rest, of));
	}
	if (none) {
		ko_buf_adds(b, "  ");
		add_padded(b, none_label, 24);
		ko_buf_adds(b, " │");
		add_bar(b, (double)none / (double)most, 30);
		ko_buf_addc(b, ' ');
		add_count(b, none);
		ko_buf_addf(b, " (%.1f%%)%s\n", pct(none, of), licences ? "  restricted" : "");
	}
}

static uint64_t restricted_licences(const struct stats *st)
{
	uint64_t n = st->no_license + st->license.other;
	for (size_t i = 0; i < st->license.ne; i++)
		if (ko_license_restricted(st->license.e[i].key, st->license.e[i].len))
			n += st->license.e[i].n;
	return n;
}

static void text_runs(struct ko_buf *b, const struct runs *rs)
{
	ko_buf_addf(b, "\nRuns: %llu --stats line%s, %d stage%s\n", (unsigned long long)rs->lines,
	            rs->lines == 1 ? "" : "s", rs->n, rs->n == 1 ? "" : "s");
	for (int i = 0; i < rs->n; i++) {
		const struct stage *s = &rs->s[i];
		ko_buf_adds(b, "  ");
		add_visible(b, s->label, strlen(s->label));
		ko_buf_adds(b, "\n    ");
		add_count(b, s->runs);
		ko_buf_addf(b, " run%s  in ", s->runs == 1 ? "" : "s");
		add_count(b, s->in);
		ko_buf_adds(b, "  out ");
		add_count(b, s->out);
		ko_buf_adds(b, "  rejected ");
		add_count(b, s->rejected);
		ko_buf_addf(b, " (%.1f%%)  ", pct(s->rejected, s->in));
		add_bytes(b, s->bytes);
		ko_buf_addf(b, " in %.1f s", s->seconds);
		if (s->seconds > 0)
			ko_buf_addf(b, " (%.1f MB/s a run)", (double)s->bytes / 1e6 / s->seconds);
		ko_buf_addc(b, '\n');
		if (s->left_out || s->repeats) {
			ko_buf_adds(b, "    left out by the mix ");
			add_count(b, s->left_out);
			ko_buf_addf(b, " (%.1f%%)", pct(s->left_out, s->in));
			if (s->repeats) {
				ko_buf_adds(b, "  repeated copies ");
				add_count(b, s->repeats);
				ko_buf_adds(b, ": in = out - repeated + rejected + left out\n");
			} else {
				ko_buf_adds(b, ": in = out + rejected + left out\n");
			}
		}
		if (s->missing) {
			ko_buf_adds(b, "    without the text field: ");
			add_count(b, s->missing);
			ko_buf_addc(b, '\n');
		}
		if (s->blank) {
			ko_buf_adds(b, "    blank lines skipped (no records): ");
			add_count(b, s->blank);
			ko_buf_addc(b, '\n');
		}
		if (s->replaced) {
			ko_buf_adds(b, "    invalid UTF-8 sequences replaced with U+FFFD: ");
			add_count(b, s->replaced);
			ko_buf_addc(b, '\n');
		}
		if (s->failed && s->killed)
			ko_buf_addf(b, "    FAILED: %llu run%s ended with a non-zero status, %llu killed by a "
			            "signal (its counts are of what it had read)\n",
			            (unsigned long long)s->failed, s->failed == 1 ? "" : "s",
			            (unsigned long long)s->killed);
		else if (s->failed)
			ko_buf_addf(b, "    FAILED: %llu run%s ended with a non-zero status\n",
			            (unsigned long long)s->failed, s->failed == 1 ? "" : "s");
		if (s->seeds_differ)
			ko_buf_adds(b, "    note: the runs used different seeds\n");
		if (s->versions_differ)
			ko_buf_adds(b, "    note: the runs were made by different versions\n");
		uint64_t most = 0;
		for (size_t k = 0; k < s->reasons.ne; k++)
			if (s->reasons.e[k].n > most)
				most = s->reasons.e[k].n;
		for (size_t k = 0; k < s->reasons.ne; k++) {
			ko_buf_adds(b, "    ");
			add_padded(b, s->reasons.e[k].key, 28);
			ko_buf_adds(b, " │");
			add_bar(b, (double)s->reasons.e[k].n / (double)most, 24);
			ko_buf_addc(b, ' ');
			add_count(b, s->reasons.e[k].n);
			ko_buf_addf(b, " (%.1f%% of in)\n", pct(s->reasons.e[k].n, s->in));
		}
	}
}

static void fields_label(struct ko_buf *b, const struct conf *c, const struct ko_opts *o)
{
	for (int i = 0; i < o->nfields; i++)
		ko_buf_addf(b, "%s%s", i ? ", " : "", o->fields[i]);
	if (c->task_defaults)
		ko_buf_adds(b, "; on task records instruction, input, output; on chat records "
		               "the turns");
}

/* Records of a trainer layout (anything but a text field) were read. */
static int conversations(const struct stats *st)
{
	for (int i = L_TEXT + 1; i < NLAYOUT; i++)
		if (st->layout[i])
			return 1;
	return 0;
}

/* "text 3, messages 2" */
static void layouts_line(struct ko_buf *b, const struct stats *st)
{
	int k = 0;
	for (int i = 0; i < NLAYOUT; i++)
		if (st->layout[i]) {
			ko_buf_addf(b, "%s%s ", k++ ? ", " : "", layout_names[i]);
			add_count(b, st->layout[i]);
		}
}

/* "  NAME         WHAT N, empty E, chars p50 A p95 B max C": a field's
 * records or a role's turns. */
static void text_row(struct ko_buf *b, const char *name, const char *what, uint64_t n,
                     uint64_t empty, const struct hist *h)
{
	ko_buf_adds(b, "  ");
	add_padded(b, name, 12);
	ko_buf_addf(b, " %s ", what);
	add_count(b, n);
	ko_buf_adds(b, ", empty ");
	add_count(b, empty);
	ko_buf_adds(b, ", chars p50 ");
	add_count(b, hist_quantile(h, 0.5));
	ko_buf_adds(b, " p95 ");
	add_count(b, hist_quantile(h, 0.95));
	ko_buf_adds(b, " max ");
	add_count(b, h->max);
}

static double hist_mean(const struct hist *h)
{
	return h->n ? (double)h->sum / (double)h->n : 0.0;
}

static void text_roles(struct ko_buf *b, const struct stats *st)
{
	text_hist(b, "Turns per conversation (system turn aside)", &st->turns);
	ko_buf_adds(b, "\nCharacters per turn, by role\n");
	for (int i = 0; i < NROLE; i++) {
		const struct rstat *rs = &st->role[i];
		if (rs->turns) {
			text_row(b, role_names[i], "turns", rs->turns, rs->empty, &rs->chars);
			ko_buf_addf(b, " mean %.1f\n", hist_mean(&rs->chars));
		}
	}
}

static void text_report(struct conf *c, const struct ko_opts *o, uint64_t invalid)
{
	struct ko_buf *b = &c->out;
	const struct stats *st = &c->st;
	uint64_t all = st->records + invalid;
	if (all || !c->nrun) {
		ko_buf_adds(b, "Records      ");
		add_count(b, all);
		ko_buf_adds(b, "  (JSON ");
		add_count(b, st->json);
		ko_buf_adds(b, ", text lines ");
		add_count(b, st->text_lines);
		if (invalid) {
			ko_buf_adds(b, ", bad ");
			add_count(b, invalid);
		}
		ko_buf_adds(b, ")\nBytes        ");
		add_bytes(b, st->bytes);
		ko_buf_adds(b, ", of which text ");
		add_bytes(b, st->text_bytes);
		ko_buf_adds(b, "\nText field   ");
		fields_label(b, c, o);
		if (conversations(st)) {
			ko_buf_adds(b, "\nLayouts      ");
			layouts_line(b, st);
		}
		ko_buf_adds(b, "\n  with text  ");
		add_count(b, st->with_text);
		ko_buf_addf(b, " (%.1f%%)\n  empty      ", pct(st->with_text, all));
		add_count(b, st->empty);
		ko_buf_adds(b, "\n  no field   ");
		add_count(b, st->missing);
		ko_buf_adds(b, "\n  invalid    ");
		add_count(b, invalid);
		ko_buf_adds(b, "\nDistinct     ~");
		add_count(b, distinct_of(st->hll, st->with_text));
		ko_buf_adds(b, " texts (HyperLogLog, ±0.8%)\n");
		for (int i = 0; st->nf > 1 && i < st->nf; i++) {
			const struct fstat *f = &st->f[i];
			text_row(b, f->name, "in", f->present, f->empty, &f->chars);
			ko_buf_addc(b, '\n');
		}
		text_hist(b, "Characters per record", &st->chars);
		text_hist(b, "Eojeol (words) per record", &st->eojeol);
		text_hist(b, "Sentences per record", &st->sentences);
		if (conversations(st))
			text_roles(b, st);
		text_share(b, st);
		text_tally(b, "Tasks", &st->task, st->task.ne ? st->no_task : 0, "(no task)", st->json,
		           c->top, 0);
		text_tally(b, "Sources", &st->source, st->source.ne ? st->no_source : 0, "(no source)",
		           st->json, c->top, 0);
		if (st->json) {
			text_tally(b, "Licences", &st->license, st->no_license, "(none: unknown)",
			           st->json, c->top, 1);
			uint64_t r = restricted_licences(st);
			ko_buf_adds(b, "  restricted (NC, ND or unknown): ");
			add_count(b, r);
			ko_buf_adds(b, " of ");
			add_count(b, st->json);
			ko_buf_addf(b, " (%.1f%%)\n", pct(r, st->json));
			text_tally(b, "Fields present", &st->keys, 0, "", st->json, MAX_KEYS, 0);
		}
	}
	if (c->nrun)
		text_runs(b, &c->runs);
}

/* ---- JSON ---- */

static void json_hist(struct ko_buf *b, const char *name, const struct hist *h)
{
	ko_buf_addf(b, ",\"%s\":{\"records\":%llu", name, (unsigned long long)h->n);
	if (h->n) {
		ko_buf_addf(b, ",\"min\":%llu,\"mean\":%.3f", (unsigned long long)h->min,
		            (double)h->sum / (double)h->n);
		for (int q = 0; q < NQ; q++)
			ko_buf_addf(b, ",\"%s\":%llu", qnames[q],
			            (unsigned long long)hist_quantile(h, quantiles[q]));
		ko_buf_addf(b, ",\"max\":%llu", (unsigned long long)h->max);
	}
	ko_buf_adds(b, ",\"histogram\":[");
	int a, z;
	coarse_span(h, &a, &z);
	for (int i = a; i <= z; i++)
		ko_buf_addf(b, "%s{\"from\":%llu,\"to\":%llu,\"count\":%llu}", i > a ? "," : "",
		            (unsigned long long)coarse_low(i), (unsigned long long)coarse_low(i + 1) - 1,
		            (unsigned long long)h->coarse[i]);
	ko_buf_adds(b, "]}");
}

static void json_tally(struct ko_buf *b, const char *name, const struct tally *t, uint64_t none,
                       int licences)
{
	ko_buf_addf(b, ",\"%s\":{\"values\":[", name);
	for (size_t i = 0; i < t->ne; i++) {
		ko_buf_adds(b, i ? ",{\"value\":" : "{\"value\":");
		ko_json_quote(b, t->e[i].key, t->e[i].len);
		ko_buf_addf(b, ",\"count\":%llu", (unsigned long long)t->e[i].n);
		if (licences)
			ko_buf_addf(b, ",\"restricted\":%s",
			            ko_license_restricted(t->e[i].key, t->e[i].len) ? "true" : "false");
		ko_buf_addc(b, '}');
	}
	ko_buf_addf(b, "],\"other\":%llu,\"%s\":%llu}", (unsigned long long)t->other,
	            licences ? "unknown" : "absent", (unsigned long long)none);
}

static void json_report(struct conf *c, const struct ko_opts *o, uint64_t invalid)
{
	struct ko_buf *b = &c->out;
	const struct stats *st = &c->st;
	ko_buf_adds(b, "{\"fields\":[");
	for (int i = 0; i < o->nfields; i++) {
		if (i)
			ko_buf_addc(b, ',');
		ko_json_quotes(b, o->fields[i]);
	}
	ko_buf_addf(b, "],\"task_fields\":%s", c->task_defaults ? "true" : "false");
	ko_buf_addf(b, ",\"records\":%llu,\"json_records\":%llu,\"text_records\":%llu,"
	            "\"bytes\":%llu,\"text_bytes\":%llu,\"invalid\":%llu,\"missing_field\":%llu,"
	            "\"empty\":%llu,\"with_text\":%llu",
	            (unsigned long long)(st->records + invalid), (unsigned long long)st->json,
	            (unsigned long long)st->text_lines, (unsigned long long)st->bytes,
	            (unsigned long long)st->text_bytes, (unsigned long long)invalid,
	            (unsigned long long)st->missing, (unsigned long long)st->empty,
	            (unsigned long long)st->with_text);
	ko_buf_addf(b, ",\"distinct_texts\":{\"estimate\":%llu,\"method\":\"HyperLogLog\","
	            "\"precision\":%d,\"standard_error\":%.4f}",
	            (unsigned long long)distinct_of(st->hll, st->with_text), HLL_P,
	            1.04 / 128 /* sqrt(HLL_M) */);
	json_hist(b, "chars", &st->chars);
	json_hist(b, "eojeol", &st->eojeol);
	json_hist(b, "sentences", &st->sentences);
	uint64_t n = share_count(st, 0, 1000);
	ko_buf_addf(b, ",\"hangul_share\":{\"records\":%llu,\"no_letters\":%llu",
	            (unsigned long long)n, (unsigned long long)st->no_letters);
	if (n) {
		ko_buf_addf(b, ",\"mean\":%.4f", (double)st->share_sum / 1000.0 / (double)n);
		for (int q = 0; q < NQ; q++)
			ko_buf_addf(b, ",\"%s\":%.3f", qnames[q], share_quantile(st, quantiles[q]) / 100);
	}
	ko_buf_adds(b, ",\"histogram\":[");
	for (int i = 0; i < 10; i++)
		ko_buf_addf(b, "%s{\"from\":%.1f,\"to\":%.1f,\"count\":%llu}", i ? "," : "", i / 10.0,
		            (i + 1) / 10.0, (unsigned long long)share_bin(st, i));
	ko_buf_adds(b, "]},\"per_field\":[");
	for (int i = 0; i < st->nf; i++) {
		const struct fstat *f = &st->f[i];
		ko_buf_adds(b, i ? ",{\"field\":" : "{\"field\":");
		ko_json_quotes(b, f->name);
		ko_buf_addf(b, ",\"present\":%llu,\"empty\":%llu,\"chars_p50\":%llu,\"chars_p95\":%llu,"
		            "\"chars_max\":%llu}", (unsigned long long)f->present,
		            (unsigned long long)f->empty,
		            (unsigned long long)hist_quantile(&f->chars, 0.5),
		            (unsigned long long)hist_quantile(&f->chars, 0.95),
		            (unsigned long long)f->chars.max);
	}
	ko_buf_adds(b, "],\"layouts\":{");
	for (int i = 0; i < NLAYOUT; i++)
		ko_buf_addf(b, "%s\"%s\":%llu", i ? "," : "", layout_names[i],
		            (unsigned long long)st->layout[i]);
	ko_buf_addc(b, '}');
	json_hist(b, "turns", &st->turns);
	ko_buf_adds(b, ",\"roles\":[");
	for (int i = 0, k = 0; i < NROLE; i++) {
		const struct rstat *rs = &st->role[i];
		if (!rs->turns)
			continue;
		ko_buf_addf(b, "%s{\"role\":\"%s\",\"turns\":%llu,\"empty\":%llu", k++ ? "," : "",
		            role_names[i], (unsigned long long)rs->turns, (unsigned long long)rs->empty);
		json_hist(b, "chars", &rs->chars);
		ko_buf_addc(b, '}');
	}
	ko_buf_addc(b, ']');
	json_tally(b, "task", &st->task, st->no_task, 0);
	json_tally(b, "source", &st->source, st->no_source, 0);
	json_tally(b, "license", &st->license, st->no_license, 1);
	ko_buf_addf(b, ",\"license_restricted\":%llu", (unsigned long long)restricted_licences(st));
	ko_buf_adds(b, ",\"field_presence\":{");
	for (size_t i = 0; i < st->keys.ne; i++) {
		/* Keys are kept as written, escapes and all: valid JSON as is. */
		ko_buf_addf(b, "%s\"%s\":%llu", i ? "," : "", st->keys.e[i].key,
		            (unsigned long long)st->keys.e[i].n);
	}
	ko_buf_adds(b, "},\"runs\":[");
	for (int i = 0; i < c->runs.n; i++) {
		const struct stage *s = &c->runs.s[i];
		ko_buf_adds(b, i ? ",{\"tool\":" : "{\"tool\":");
		ko_json_quotes(b, s->tool);
		ko_buf_adds(b, ",\"args\":[");
		ko_buf_add(b, s->args.p ? s->args.p : "", s->args.n);
		ko_buf_addf(b, "],\"runs\":%llu,\"records_in\":%llu,\"records_out\":%llu,"
		            "\"rejected\":%llu,\"reasons\":{", (unsigned long long)s->runs,
		            (unsigned long long)s->in, (unsigned long long)s->out,
		            (unsigned long long)s->rejected);
		for (size_t k = 0; k < s->reasons.ne; k++) {
			if (k)
				ko_buf_addc(b, ',');
			ko_json_quote(b, s->reasons.e[k].key, s->reasons.e[k].len);
			ko_buf_addf(b, ":%llu", (unsigned long long)s->reasons.e[k].n);
		}
		ko_buf_addf(b, "},\"left_out\":%llu,\"repeats\":%llu", (unsigned long long)s->left_out,
		            (unsigned long long)s->repeats);
		ko_buf_addf(b, ",\"missing_field\":%llu,\"blank_lines\":%llu,\"replaced_invalid\":%llu,\"bytes_in\":%llu,"
		            "\"seconds\":%.3f,\"slowest\":%.3f,\"failed\":%llu,\"seeds_differ\":%s,"
		            "\"versions_differ\":%s}", (unsigned long long)s->missing,
		            (unsigned long long)s->blank, (unsigned long long)s->replaced,
		            (unsigned long long)s->bytes, s->seconds, s->slowest,
		            (unsigned long long)s->failed, s->seeds_differ ? "true" : "false",
		            s->versions_differ ? "true" : "false");
	}
	ko_buf_addf(b, "],\"run_lines\":%llu,\"bad_run_lines\":%llu}\n",
	            (unsigned long long)c->runs.lines, (unsigned long long)c->runs.bad);
}

#include "ko-stats-html.h"

static const struct ko_tool tool = {
	.name = "ko-stats",
	.usage = "[--json] [--html FILE] [--runs FILE]... [--top N] [--no-sentences]\n"
	         "                [-f FIELD]... [shared options] [FILE...]",
	.help = "Statistics of a dataset in one pass and bounded memory: records, bytes, empty\n"
	        "and invalid records, lengths in characters, eojeol and sentences with\n"
	        "quantiles, Hangul share, distinct texts (HyperLogLog), task, source and\n"
	        "licence mix, field presence; and the --stats lines of many runs added up.\n"
	        "Texts are the -f fields (repeatable; default text, and instruction, input and\n"
	        "output on task records; without -f, the turns of messages, conversations,\n"
	        "history and prompt/completion records, counted per role). Bad records are\n"
	        "counted, not fatal (--on-error fail stops at the first).\n"
	        "\n"
	        "      --json            the report as one JSON object\n"
	        "      --html FILE       also write a self-contained HTML page with charts\n"
	        "                        ('-': the page instead of the report on stdout)\n"
	        "      --runs FILE       add up the --stats lines in FILE (repeatable); with\n"
	        "                        no FILE operand no records are read; exit 1 when a\n"
	        "                        run failed\n"
	        "      --top N           values shown per count table (default 20)\n"
	        "      --no-sentences    do not split sentences (about 2.5 x faster)\n",
	.longopts = longopts,
	.max_fields = KO_MAX_FIELDS,
	.skip_by_default = 1,
	.unused = KO_UNUSED_SEED,
};

static void option(struct conf *c, int code, const char *arg)
{
	switch (code) {
	case OPT_JSON: c->json = 1; break;
	case OPT_HTML: c->html = arg; break;
	case OPT_RUNS: c->runfiles[c->nrun++] = arg; break;
	case OPT_NO_SENT: c->no_sentences = 1; break;
	case OPT_TOP: c->top = (int)ko_opt_u64("--top", arg, 1, 100000); break;
	}
}

/* Write the HTML page to its file w (opened at the start, written
 * atomically), or to stdout for '-' (w NULL). */
static void write_html(struct conf *c, struct ko_run *run, struct ko_writer *w)
{
	ko_buf_clear(&c->out);
	html_report(c, run->opt, run->nbad);
	if (!w) {
		ko_write(run->out, c->out.p, c->out.n);
		return;
	}
	ko_write(w, c->out.p, c->out.n);
	if (ko_writer_close(w, 1) < 0) {
		ko_warn("%s: write error: %s", c->html, strerror(errno));
		ko_fail();
	}
}

/* --html takes a file name, where --json and the --html of ko-norm and
 * kocommercial.sh are switches: `ls *.jsonl | xargs ko-stats --html`
 * names the first data file as the page, and `ko-stats --html X X` reads
 * X and then renames the page over it. So the page never replaces one of
 * the input FILEs, nor a file that holds something else than a page (its
 * first byte after white space is not '<'): a usage error, before
 * anything is read. */
static void html_target_check(const char *path, char **files, int nfiles)
{
	struct stat st;
	struct ko_file_id page;
	/* (not there yet, or a device or FIFO: nothing to replace, nor to
	 * read the first byte of) */
	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode) || ko_file_id(path, &page) != 1)
		return;
	for (int i = 0; i < nfiles; i++) {
		struct ko_file_id in;
		ko_file_id(files[i], &in);
		if (strcmp(files[i], "-") && ko_file_id_same(&in, &page))
			ko_usage("--html %s: is also an input FILE; the page would replace it", path);
	}
	FILE *f = fopen(path, "rb");
	if (!f)
		return;
	int ch;
	while ((ch = getc(f)) == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
		;
	fclose(f);
	if (ch != EOF && ch != '<')
		ko_usage("--html %s: the file is not an HTML page (it starts with '%s'); not replacing it: "
		         "remove it first or name another file",
		         path, ch == '{' ? "{" : ch == '[' ? "[" : "other text");
}

int main(int argc, char **argv)
{
	struct conf *c = ko_xcalloc(1, sizeof *c);
	c->top = 20;
	c->runfiles = ko_xcalloc((size_t)argc + 1, sizeof *c->runfiles);
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(c, code, optarg);
	c->task_defaults = !o.fields_given;
	struct stats *st = &c->st;
	tally_init(&st->task, MAX_VALUES);
	tally_init(&st->source, MAX_VALUES);
	tally_init(&st->license, MAX_VALUES);
	tally_init(&st->keys, MAX_KEYS);
	/* a --runs file that cannot be read stops the run before any output,
	 * as every option file does: a report without it would be wrong */
	for (int i = 0; i < c->nrun; i++) {
		if (!strcmp(c->runfiles[i], "-"))
			continue;
		FILE *f = ko_xfopen(c->runfiles[i], "r");
		if (getc(f) == EOF && ferror(f)) /* a folder */
			ko_die("%s: %s", c->runfiles[i], strerror(errno));
		fclose(f);
	}
	/* so is an --html path that cannot be written, found before the
	 * whole pass over the records rather than after it */
	struct ko_writer *hw = NULL;
	if (c->html && strcmp(c->html, "-")) {
		html_target_check(c->html, argv + o.optind, argc - o.optind);
		const char *why;
		if (!(hw = ko_writer_open(c->html, 0, &why)))
			ko_die("%s: %s", c->html, why);
	}
	/* and so is a line of a --runs file that is no --stats line: the
	 * totals would leave its run out (every such line is named first) */
	if (c->nrun) {
		read_runs(c);
		if (c->runs.bad) {
			if (hw)
				ko_writer_close(hw, 0);
			ko_die("--runs: %llu line%s not a --stats line: no report",
			       (unsigned long long)c->runs.bad, c->runs.bad == 1 ? "" : "s");
		}
	}
	struct ko_run run;
	ko_open(&run, &o);
	/* the task is counted as source and licence are: given twice, which
	 * one is meant is unknown (this reader would take the first, jq and
	 * Python the last) */
	ko_run_reads_key(&run, "task");
	/* --runs alone reports on the runs; '-' reads records from stdin too. */
	if (!c->nrun || o.optind < argc) {
		struct ko_rec *r;
		while ((r = ko_next(&run)))
			record(c, r);
	}
	tally_sort(&st->task);
	tally_sort(&st->source);
	tally_sort(&st->license);
	tally_sort(&st->keys);
	/* every record bad (a binary file, another encoding): nothing was
	 * counted, and the report of nothing is no success */
	if (run.nbad && run.nbad == run.nin && !run.stop) {
		ko_warn("all %zu record%s bad: nothing to report on", run.nin,
		        run.nin == 1 ? " was" : "s were");
		ko_fail();
	}
	/* (a run that read nothing because an input could not be opened has
	 * nothing to report: the message says why) */
	if (!run.stop && !(ko_status() && !run.nin && !c->nrun)) {
		if (c->html)
			write_html(c, &run, hw);
		hw = NULL;
		if (!c->html || strcmp(c->html, "-")) {
			ko_buf_clear(&c->out);
			if (c->json)
				json_report(c, &o, run.nbad);
			else
				text_report(c, &o, run.nbad);
			ko_write(run.out, c->out.p, c->out.n);
		}
	}
	if (hw) /* no report: the page is not left half made */
		ko_writer_close(hw, 0);
	tally_free(&st->task);
	tally_free(&st->source);
	tally_free(&st->license);
	tally_free(&st->keys);
	/* the runs reported on failed: the report is written (to -o too),
	 * and the exit status says so, for a script that checks it */
	unsigned long long failed = 0;
	for (int i = 0; i < c->runs.n; i++) {
		struct stage *s = &c->runs.s[i];
		failed += s->failed;
		free(s->tool);
		free(s->label);
		free(s->version);
		ko_buf_free(&s->args);
		tally_free(&s->reasons);
	}
	free(c->runs.s);
	free(c->runs.seen);
	ko_buf_free(&st->val);
	ko_buf_free(&c->out);
	ko_buf_free(&c->tmp);
	ko_buf_free(&c->turn);
	free(c->runfiles);
	free(c);
	int status = ko_close(&run);
	if (failed) {
		ko_warn("--runs: %llu run%s ended with a non-zero status", failed,
		        failed == 1 ? "" : "s");
		if (!status)
			status = 1;
	}
	return status;
}
