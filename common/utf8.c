/* utf8.c - UTF-8 decoding, validation and repair. */
#define _GNU_SOURCE /* memmem */
#include <string.h>

#include "ko.h" /* chars.h: SSE2, and KO_AVX2 where 32-byte blocks may run */

int ko_utf8_decode_slow(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned c = p[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	int len;
	uint32_t v, min;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, v = c & 0x07, min = 0x10000;
	} else {
		return -1;
	}
	if ((size_t)len > n)
		return -1;
	for (int i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return -1;
		v = (v << 6) | (p[i] & 0x3F);
	}
	/* Overlong forms, UTF-16 surrogates and values past U+10FFFF are not
	 * scalar values: accepting them would let two byte strings compare
	 * unequal that every reader displays the same. */
	if (v < min || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF)
		return -1;
	*cp = v;
	return len;
}

int ko_utf8_encode(uint32_t c, char *o)
{
	unsigned char *p = (unsigned char *)o;
	if (c < 0x80) {
		p[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		p[0] = (unsigned char)(0xC0 | (c >> 6));
		p[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		p[0] = (unsigned char)(0xE0 | (c >> 12));
		p[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		p[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	p[0] = (unsigned char)(0xF0 | (c >> 18));
	p[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
	p[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
	p[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}


/* The three bytes at p as one number, first byte lowest. */
static inline uint32_t load3(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint32_t v; /* a four-byte load; the caller has the fourth byte */
	memcpy(&v, p, 4);
	return v & 0xFFFFFF;
#else
	return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16;
#endif
}

/* A well-formed three-byte sequence (all of Hangul, most CJK and
 * punctuation): lead E0..EF and two continuation bytes, except the
 * overlong E0 80..9F and the surrogates ED A0..BF. The lead's low nibble
 * and bit 5 of the second byte tell those two apart. */
static inline int three_ok(uint32_t v)
{
	uint32_t k = v & 0x200F;
	return ((v ^ 0x8080E0) & 0xC0C0F0) == 0 && k != 0 && k != 0x200D;
}

#ifdef __SSE2__
/* The bytes of the sequence the block before left open, by its carry
 * (block16): its lead is one (3) or two (1) bytes back. */
static inline size_t open_bytes(unsigned carry)
{
	return carry == 3 ? 1 : carry ? 2 : 0;
}

/* The byte loop for a block the blocks cannot judge: whole characters
 * from i (a character's start) until stop. Returns where it stopped:
 * stop or past it (a character that crosses stop) when all was good, else
 * below stop, at an invalid sequence or (json) a special. */
static inline size_t chars_to(const char *s, size_t n, size_t i, size_t stop, int json)
{
	const unsigned char *p = (const unsigned char *)s;
	while (i < stop) {
		unsigned c = p[i];
		if (c < 0x80) {
			if (json && (c < 0x20 || c == '"' || c == '\\'))
				break;
			i++;
			continue;
		}
		uint32_t cp;
		int len = ko_utf8_decode(s + i, n - i, &cp);
		if (len < 0)
			break;
		i += (size_t)len;
	}
	return i;
}

/* One block of 16 bytes at p, of which the 17th is readable too. Returns
 * 16 when all of it is good: ASCII (without the JSON specials when json
 * is set) and well-formed three-byte sequences (all of Hangul, most CJK
 * and punctuation), where *carry, the continuations the leads of the
 * block before call for in this one (bit 0 and 1), are found, and sets
 * *carry for the next block; with json set, a block with a special is
 * judged up to it, and the special's offset is returned (below 16) if
 * all is good before it; -1 when the block holds anything else (a two-
 * or four-byte sequence, an error), which the byte loop then decides.
 * Most Korean text is nothing else. The blocks do not wait on each
 * other's outcome (a sequence may cross into the next block), so the
 * loop runs at the processor's full width. */
static inline int block16(const unsigned char *p, int json, unsigned *carry)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	unsigned sm = 0;
	if (json) {
		/* '"', '\\' and the bytes up to 0x1F */
		__m128i sp = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
		                 _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
		    _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v));
		sm = (unsigned)_mm_movemask_epi8(sp);
	}
	unsigned high = (unsigned)_mm_movemask_epi8(v);
	if (!(high | *carry))
		return sm ? __builtin_ctz(sm) : 16;
	unsigned keep = 0xFFFF, lim = 16;
	if (sm) {
		lim = (unsigned)__builtin_ctz(sm);
		keep = (1u << lim) - 1;
		high &= keep;
	}
	/* a lead of three (E0..EF), a continuation (80..BF: below -64 as
	 * signed), E0 not followed by A0..BF (overlong) and ED not by
	 * 80..9F (a surrogate): the bit 0x20 of the byte after tells those
	 * apart, so the lead with that bit flipped in is E0 or CD exactly
	 * when it is bad (C0 and CD are never good, and are wrong anyway) */
	const __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
	unsigned leads = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
	    _mm_and_si128(v, _mm_set1_epi8((char)0xF0)), _mm_set1_epi8((char)0xE0))) & keep;
	unsigned conts = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
	__m128i u = _mm_xor_si128(v, _mm_and_si128(next, _mm_set1_epi8(0x20)));
	unsigned edge = (unsigned)_mm_movemask_epi8(
	    _mm_or_si128(_mm_cmpeq_epi8(u, _mm_set1_epi8((char)0xE0)),
	                 _mm_cmpeq_epi8(u, _mm_set1_epi8((char)0xCD))));
	unsigned want = (leads << 1) | (leads << 2) | *carry;
	/* wrong: a continuation where none is called for or the reverse, a
	 * high byte that is neither, a bad second byte; before a special
	 * (ASCII) no sequence may be left open */
	unsigned wrong = (((conts ^ want) | (high & ~(leads | conts)) | edge) & keep) |
	                 (want & ~keep & 0xFFFF);
	if (wrong)
		return -1;
	*carry = want >> 16;
	return (int)lim;
}
#endif

#ifdef KO_AVX2
/* The 32-byte blocks check UTF-8 with the method of table lookups of
 * J. Keiser and D. Lemire, "Validating UTF-8 In Less Than One Instruction
 * Per Byte", Software: Practice and Experience 51(5), 2021 (written here
 * from the paper). Every error of a two-byte window (a byte and the one
 * before it) is a class, a bit: the bits that the first byte's high
 * nibble, its low nibble and the second byte's high nibble each allow
 * are looked up (three pshufb), and a window is wrong when a bit is
 * allowed by all three. The one class that may be right, a continuation
 * after a continuation, is right exactly when the byte two back leads a
 * sequence of three or more, or the one three back a sequence of four:
 * that is checked apart. */
enum {
	U_SHORT = 0x01,   /* a lead, then no continuation */
	U_LONG = 0x02,    /* a continuation after ASCII */
	U_OVER3 = 0x04,   /* E0 80..9F: overlong */
	U_LARGE = 0x08,   /* F4 90..BF, F5..FF: past U+10FFFF */
	U_SURR = 0x10,    /* ED A0..BF: a surrogate */
	U_OVER2 = 0x20,   /* C0, C1: overlong */
	U_LARGE8 = 0x40,  /* F5..FF 80..8F past U+10FFFF; F0 80..8F overlong */
	U_CONTS = 0x80,   /* a continuation after a continuation */
	U_ANY = U_SHORT | U_LONG | U_CONTS, /* whatever the low nibble */
};

/* A table of 16 bytes in both 128-bit lanes (pshufb looks up per lane). */
#define U_TABLE(...) _mm256_setr_epi8(__VA_ARGS__, __VA_ARGS__)

/* 32 copies of a byte. */
#define U_REP4(x) x, x, x, x
#define U_REP32(x) U_REP4(x), U_REP4(x), U_REP4(x), U_REP4(x), U_REP4(x), U_REP4(x), \
	U_REP4(x), U_REP4(x)

/* The constants of the blocks, in memory: as operands of the
 * instructions that use them they cost nothing, where GCC would rebuild
 * each broadcast in the loop (three instructions) for want of registers. */
static const struct u_consts {
	unsigned char nib[32], third[32], fourth[32], top[32], flip[32], bslash[32], space[32];
} u_k __attribute__((aligned(32))) = {
	{U_REP32(0x0F)}, {U_REP32(0xE0 - 0x80)}, {U_REP32(0xF0 - 0x80)}, {U_REP32(0x80)},
	{U_REP32(0x02)}, {U_REP32('\\')}, {U_REP32(0x20)},
};

__attribute__((target("avx2"))) static inline __m256i u_ld(const unsigned char *k)
{
	return _mm256_load_si256((const __m256i *)(const void *)k);
}

/* u_k, through a pointer the compiler cannot see through (else it puts
 * the broadcasts back). */
static inline const struct u_consts *u_consts(void)
{
	const struct u_consts *k = &u_k;
	__asm__("" : "+r"(k));
	return k;
}

/* 0xFF at the bytes of v that JSON strings escape: '"', '\\' and those
 * up to 0x1F. Bit 1 flipped takes '"' (0x22) to 0x20 and leaves the
 * control bytes below it (and every other byte above it), so one test
 * of the minimum finds both: a compare and an OR fewer a block. */
__attribute__((target("avx2"))) static inline __m256i u_specials(__m256i v,
                                                                 const struct u_consts *k)
{
	__m256i t = _mm256_xor_si256(v, u_ld(k->flip));
	return _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(t, u_ld(k->space)), t),
	                       _mm256_cmpeq_epi8(v, u_ld(k->bslash)));
}

/* The error classes of the 32 bytes v, prev the 32 before them: a
 * nonzero byte where a byte is wrong given the three before it. */
__attribute__((target("avx2"))) static inline __m256i utf8_errors(__m256i v, __m256i prev,
                                                                  __m256i first_hi,
                                                                  __m256i first_lo,
                                                                  __m256i second_hi,
                                                                  const struct u_consts *k)
{
	/* the bytes one, two and three back */
	__m256i joint = _mm256_permute2x128_si256(prev, v, 0x21);
	__m256i p1 = _mm256_alignr_epi8(v, joint, 15);
	__m256i p2 = _mm256_alignr_epi8(v, joint, 14);
	__m256i p3 = _mm256_alignr_epi8(v, joint, 13);
	__m256i cls = _mm256_and_si256(
	    _mm256_and_si256(
	        _mm256_shuffle_epi8(first_hi,
	                            _mm256_and_si256(_mm256_srli_epi16(p1, 4), u_ld(k->nib))),
	        _mm256_shuffle_epi8(first_lo, _mm256_and_si256(p1, u_ld(k->nib)))),
	    _mm256_shuffle_epi8(second_hi,
	                        _mm256_and_si256(_mm256_srli_epi16(v, 4), u_ld(k->nib))));
	/* 0x80 where the byte must continue a sequence of three or four:
	 * E0..FF two back, F0..FF three back (saturating subtraction leaves
	 * 0x80 or more for those alone) */
	__m256i must = _mm256_and_si256(_mm256_or_si256(_mm256_subs_epu8(p2, u_ld(k->third)),
	                                                _mm256_subs_epu8(p3, u_ld(k->fourth))),
	                                u_ld(k->top));
	return _mm256_xor_si256(must, cls);
}

/* The bytes of a sequence left open just before i (0 to 3), the bytes
 * before that being valid UTF-8: its lead is that many bytes back. */
static inline size_t open_before(const unsigned char *p, size_t i)
{
	for (size_t k = 1; k <= 3 && k <= i; k++) {
		unsigned c = p[i - k];
		if (c < 0x80)
			return 0;
		if (c >= 0xC0)
			return (c >= 0xF0 ? 4u : c >= 0xE0 ? 3u : 2u) > k ? k : 0;
	}
	return 0;
}

/* The byte loop takes the block at *i, from the lead of a sequence the
 * block before left open: 1 with the answer in *i, else 0 with *i where
 * the blocks go on, a character's start (so the block there has nothing
 * before it). Apart, so that the blocks' loop keeps its registers. */
static __attribute__((noinline, cold)) int bytes_of_block(const char *s, size_t n, size_t *i,
                                                         int json)
{
	size_t a = *i - open_before((const unsigned char *)s, *i), stop = a + 32;
	*i = chars_to(s, n, a, stop, json);
	return *i < stop;
}

/* The three lookup tables of utf8_errors, one definition for both block
 * loops (inlined: the compiler keeps them in registers). */
struct u_tables {
	__m256i first_hi, first_lo, second_hi;
};

__attribute__((target("avx2"), always_inline)) static inline struct u_tables u_tables(void)
{
	struct u_tables t;
	/* by the first byte's high nibble: 0-7 ASCII, 8-B continuation,
	 * C-F leads of two, two, three and four bytes */
	t.first_hi = U_TABLE(
	    U_LONG, U_LONG, U_LONG, U_LONG, U_LONG, U_LONG, U_LONG, U_LONG,
	    (char)U_CONTS, (char)U_CONTS, (char)U_CONTS, (char)U_CONTS,
	    U_SHORT | U_OVER2, U_SHORT, U_SHORT | U_OVER3 | U_SURR,
	    U_SHORT | U_LARGE | U_LARGE8);
	/* by the first byte's low nibble: C0/C1, E0, ED, F0, F4, F5..FF */
	t.first_lo = U_TABLE(
	    (char)(U_ANY | U_OVER3 | U_OVER2 | U_LARGE8), (char)(U_ANY | U_OVER2),
	    (char)U_ANY, (char)U_ANY, (char)(U_ANY | U_LARGE),
	    (char)(U_ANY | U_LARGE | U_LARGE8), (char)(U_ANY | U_LARGE | U_LARGE8),
	    (char)(U_ANY | U_LARGE | U_LARGE8), (char)(U_ANY | U_LARGE | U_LARGE8),
	    (char)(U_ANY | U_LARGE | U_LARGE8), (char)(U_ANY | U_LARGE | U_LARGE8),
	    (char)(U_ANY | U_LARGE | U_LARGE8), (char)(U_ANY | U_LARGE | U_LARGE8),
	    (char)(U_ANY | U_LARGE | U_LARGE8 | U_SURR), (char)(U_ANY | U_LARGE | U_LARGE8),
	    (char)(U_ANY | U_LARGE | U_LARGE8));
	/* by the second byte's high nibble: 80-8F, 90-9F, A0-BF continue */
	t.second_hi = U_TABLE(
	    U_SHORT, U_SHORT, U_SHORT, U_SHORT, U_SHORT, U_SHORT, U_SHORT, U_SHORT,
	    (char)(U_LONG | U_OVER2 | U_CONTS | U_OVER3 | U_LARGE8),
	    (char)(U_LONG | U_OVER2 | U_CONTS | U_OVER3 | U_LARGE),
	    (char)(U_LONG | U_OVER2 | U_CONTS | U_SURR | U_LARGE),
	    (char)(U_LONG | U_OVER2 | U_CONTS | U_SURR | U_LARGE),
	    U_SHORT, U_SHORT, U_SHORT, U_SHORT);
	return t;
}

/* The loop of ko_utf8_span on blocks of 32 bytes: the answer, or
 * SIZE_MAX with *at, a character's start, where the 16-byte blocks go
 * on. A block with a JSON special (json set) is judged up to it; a block
 * the tables find wrong goes to the byte loop, which says where. */
__attribute__((target("avx2"), always_inline)) static inline size_t
span32_of(const char *s, size_t n, const int json, size_t *at)
{
	const unsigned char *p = (const unsigned char *)s;
	const struct u_tables tab = u_tables();
	const __m256i first_hi = tab.first_hi, first_lo = tab.first_lo, second_hi = tab.second_hi;
	const struct u_consts *k = u_consts();
	__m256i prev = _mm256_setzero_si256();
	size_t i = 0;
	while (i + 32 <= n) {
		const __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
		uint32_t sm = 0;
		if (json) {
			sm = (uint32_t)_mm256_movemask_epi8(u_specials(v, k));
		}
		uint32_t bad;
		if (!_mm256_movemask_epi8(v) && !open_before(p, i)) {
			bad = 0; /* ASCII after whole characters */
		} else {
			bad = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
			    utf8_errors(v, prev, first_hi, first_lo, second_hi, k),
			    _mm256_setzero_si256()));
		}
		if (sm) {
			/* an error at the special itself is a sequence it cut */
			unsigned lim = (unsigned)__builtin_ctz(sm);
			if (!(bad & ((2u << lim) - 1)))
				return i + lim;
		} else if (!bad) {
			prev = v;
			i += 32;
			continue;
		}
		if (bytes_of_block(s, n, &i, json))
			return i;
		prev = _mm256_setzero_si256();
	}
	*at = i - open_before(p, i);
	return SIZE_MAX;
}

__attribute__((target("avx2"))) static size_t span32(const char *s, size_t n, int json,
                                                     size_t *at)
{
	return json ? span32_of(s, n, 1, at) : span32_of(s, n, 0, at);
}

/* ko_utf8_json_marks with AVX2: the blocks set the marks and gather the
 * errors (one test at the end: most lines are good), the byte loop takes
 * the tail from the start of the last character the blocks cut. */
__attribute__((target("avx2"))) static int marks32(const char *s, size_t n, uint64_t *marks)
{
	const unsigned char *p = (const unsigned char *)s;
	const struct u_tables tab = u_tables();
	const __m256i first_hi = tab.first_hi, first_lo = tab.first_lo, second_hi = tab.second_hi;
	const struct u_consts *k = u_consts();
	__m256i prev = _mm256_setzero_si256(), err = _mm256_setzero_si256();
	/* One block: its marks returned, its errors gathered. */
#define U_BLOCK(v, sm)                                                                        \
	do {                                                                                  \
		sm = (uint32_t)_mm256_movemask_epi8(u_specials(v, k));                       \
		err = _mm256_or_si256(err,                                                    \
		                      utf8_errors(v, prev, first_hi, first_lo, second_hi, k)); \
		prev = v;                                                                     \
	} while (0)
	size_t i = 0;
	uint64_t lo, hi;
	/* (the pointers stepped, not an index shifted for each store; and the
	 * second block after the first's errors are gathered, so that the
	 * compiler keeps every vector in a register) */
	const unsigned char *q = p, *qend = p + (n & ~(size_t)63);
	uint64_t *mo = marks;
	for (; q < qend; q += 64) {
		const __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)q);
		U_BLOCK(v, lo);
		__asm__("" : "+x"(err));
		const __m256i w = _mm256_loadu_si256((const __m256i *)(const void *)(q + 32));
		U_BLOCK(w, hi);
		*mo++ = lo | hi << 32;
	}
	i = (size_t)(q - p);
	lo = 0;
	if (i + 32 <= n) {
		const __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
		U_BLOCK(v, lo);
		i += 32;
	}
	/* The tail (under 32 bytes, maybe none) in a block padded with
	 * NULs: a sequence it leaves open is then cut short, an error; the
	 * padding's marks are dropped. */
	unsigned char pad[32] = {0};
	memcpy(pad, p + i, n - i);
	const __m256i t = _mm256_loadu_si256((const __m256i *)(const void *)pad);
	U_BLOCK(t, hi);
#undef U_BLOCK
	hi &= (uint32_t)((1ull << (n - i)) - 1);
	if (i & 32)
		marks[i >> 6] = lo | hi << 32;
	else
		marks[i >> 6] = hi;
	return _mm256_testz_si256(err, err) ? 0 : -1;
}

/* ko_utf8_check with AVX2: 1 if s[0..n) is valid UTF-8. The blocks only
 * gather the errors and one test at the end decides, as in marks32: most
 * lines are valid, and a line of text is short, so the span's test and
 * branch at every block and its byte loop over the tail cost more than
 * the check itself. The tail is a block padded with NULs, which cut a
 * sequence it leaves open. 0 when there is an error somewhere: the
 * caller finds where with ko_utf8_span. */
__attribute__((target("avx2"))) static int valid32(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	const struct u_tables tab = u_tables();
	const __m256i first_hi = tab.first_hi, first_lo = tab.first_lo, second_hi = tab.second_hi;
	const struct u_consts *k = u_consts();
	__m256i prev = _mm256_setzero_si256(), err = _mm256_setzero_si256();
	size_t i = 0;
	for (; i + 32 <= n; i += 32) {
		const __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
		err = _mm256_or_si256(err, utf8_errors(v, prev, first_hi, first_lo, second_hi, k));
		prev = v;
	}
	unsigned char pad[32] = {0};
	memcpy(pad, p + i, n - i);
	const __m256i t = _mm256_loadu_si256((const __m256i *)(const void *)pad);
	err = _mm256_or_si256(err, utf8_errors(t, prev, first_hi, first_lo, second_hi, k));
	return _mm256_testz_si256(err, err);
}
#endif

/* Only the bytes up to ' ' and the lead bytes C2, E1, E2 and E3 may start
 * a space (see ko_space_len); ko_space_len decides those. */
size_t ko_space_from(const char *p, size_t i, size_t n)
{
	for (;;) {
#ifdef __SSE2__
		const __m128i sp = _mm_set1_epi8(' '), c2 = _mm_set1_epi8((char)0xC2),
		              e1 = _mm_set1_epi8((char)0xE1), e3 = _mm_set1_epi8((char)0xE3),
		              one = _mm_set1_epi8(1);
		for (; i + 16 <= n; i += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
			__m128i m = _mm_or_si128(
				_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(x, sp), x), _mm_cmpeq_epi8(x, c2)),
				_mm_or_si128(_mm_cmpeq_epi8(x, e1), _mm_cmpeq_epi8(_mm_or_si128(x, one), e3)));
			int bits = _mm_movemask_epi8(m);
			if (bits) {
				i += (size_t)__builtin_ctz((unsigned)bits);
				break;
			}
		}
#endif
		for (; i < n; i++) {
			unsigned char b = (unsigned char)p[i];
			if (b <= ' ' || b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3)
				break;
		}
		if (i >= n)
			return n;
		if (ko_space_len(p + i, n - i))
			return i;
		i++;
	}
}

/* ko_utf8_span from i, a character's start, with 16-byte blocks and
 * then a byte at a time. */
static size_t span_from(const char *s, size_t n, int json, size_t i)
{
	const unsigned char *p = (const unsigned char *)s;
#ifdef __SSE2__
	unsigned carry = 0;
	while (i + 17 <= n) {
		int k = block16(p + i, json, &carry);
		if (k == 16) {
			i += 16;
			continue;
		}
		if (k >= 0)
			return i + (size_t)k; /* at a special, all good before it */
		/* The byte loop takes this block, from the lead of a sequence
		 * the block before left open, then the blocks resume. */
		i -= open_bytes(carry);
		carry = 0;
		size_t stop = i + 16;
		if ((i = chars_to(s, n, i, stop, json)) < stop)
			return i;
	}
	i -= open_bytes(carry);
#endif
	while (i < n) {
		unsigned c = p[i];
		if (c < 0x80) {
			if (json && (c < 0x20 || c == '"' || c == '\\'))
				return i;
			i++;
			/* ASCII runs (JSON syntax, Latin text) 8 bytes at a time;
			 * a lone space between Korean words goes on at once. */
			if (i < n && p[i] < 0x80)
				while (i + 8 <= n) {
					uint64_t w;
					memcpy(&w, p + i, 8);
					if ((w & 0x8080808080808080ULL) || (json && ko_json_special8(w)))
						break;
					i += 8;
				}
			continue;
		}
		if (i + 4 <= n && three_ok(load3(p + i))) {
			i += 3;
			while (i + 4 <= n && three_ok(load3(p + i)))
				i += 3;
			continue;
		}
		uint32_t cp;
		int k = ko_utf8_decode(s + i, n - i, &cp);
		if (k < 0)
			return i;
		i += (size_t)k;
	}
	return n;
}

size_t ko_utf8_span(const char *s, size_t n, int json)
{
	size_t i = 0;
#ifdef KO_AVX2
	if (n >= 64 && ko_have_avx2()) {
		size_t r = span32(s, n, json, &i);
		if (r != SIZE_MAX)
			return r;
	}
#endif
	return span_from(s, n, json, i);
}

int ko_utf8_json_marks(const char *s, size_t n, uint64_t *marks)
{
#ifdef KO_AVX2
	if (ko_have_avx2())
		return marks32(s, n, marks);
#endif
	(void)s, (void)n, (void)marks;
	return -1;
}

size_t ko_utf8_check(const char *s, size_t n)
{
#ifdef KO_AVX2
	if (ko_have_avx2() && valid32(s, n))
		return n;
#endif
	return ko_utf8_span(s, n, 0);
}

/* Length of the maximal subpart of an ill-formed sequence at p: the longest
 * prefix that could start a valid sequence, at least 1 (Unicode 3.9, U+FFFD
 * substitution of maximal subparts). */
static size_t bad_len(const unsigned char *p, size_t n)
{
	unsigned c = p[0];
	size_t need;
	unsigned lo = 0x80, hi = 0xBF;
	if (c >= 0xC2 && c <= 0xDF)
		need = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		need = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
	else if (c >= 0xF0 && c <= 0xF4)
		need = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
	else
		return 1;
	size_t i = 1;
	if (i < n && p[i] >= lo && p[i] <= hi) {
		i++;
		while (i < need && i < n && (p[i] & 0xC0) == 0x80)
			i++;
	}
	return i;
}

size_t ko_utf8_repair(struct ko_buf *out, const char *s, size_t n)
{
	size_t bad = 0, i = 0;
	while (i < n) {
		size_t ok = ko_utf8_check(s + i, n - i);
		ko_buf_add(out, s + i, ok);
		i += ok;
		if (i >= n)
			break;
		i += bad_len((const unsigned char *)s + i, n - i);
		ko_buf_add(out, "\xEF\xBF\xBD", 3);
		bad++;
	}
	return bad;
}

size_t ko_utf8_count(const char *s, size_t n)
{
	/* Every byte but a continuation byte (10xxxxxx) starts a character:
	 * count those 8 at a time. */
	size_t k = n, i = 0;
#ifdef __SSE2__
	/* 16 at a time: a continuation byte is below -64 as a signed byte;
	 * the matches are counted in the lanes of acc (up to 255 rounds) and
	 * then added up across them */
	while (i + 16 <= n) {
		__m128i acc = _mm_setzero_si128();
		size_t end = n - i >= 255 * 16 ? i + 255 * 16 : i + (n - i) / 16 * 16;
		for (; i < end; i += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(x, _mm_set1_epi8(-64)));
		}
		__m128i sum = _mm_sad_epu8(acc, _mm_setzero_si128());
		k -= (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_extract_epi16(sum, 4);
	}
#endif
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t c = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
		k -= (size_t)((c * 0x0101010101010101ULL) >> 56); /* sum of the 0/1 bytes */
	}
	for (; i < n; i++)
		k -= ((unsigned char)s[i] & 0xC0) == 0x80;
	return k;
}

const char *ko_guess_binary(const char *s, size_t n, const char **how)
{
	static const struct {
		const char *magic;
		size_t n;
		const char *what, *how;
	} kinds[] = {
		{"\xFD" "7zXZ\0", 6, "xz-compressed data", "xzcat"},
		{"BZh", 3, "bzip2-compressed data", "bzcat"},
		{"\x28\xB5\x2F\xFD", 4, "zstd-compressed data", "zstdcat"},
		{"PK\x03\x04", 4, "a zip archive", "unzip -p"},
		{"7z\xBC\xAF\x27\x1C", 6, "a 7-Zip archive", "7z x -so"},
		{"\x7F" "ELF", 4, "a program (ELF)", NULL},
	};
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		if (n >= kinds[k].n && !memcmp(s, kinds[k].magic, kinds[k].n)) {
			/* BZh is also how a line of text may begin: a level digit
			 * and the block magic 1AY&SY follow in bzip2 */
			if (kinds[k].n == 3 && (n < 10 || s[3] < '1' || s[3] > '9' || memcmp(s + 4, "1AY&SY", 6)))
				continue;
			*how = kinds[k].how;
			return kinds[k].what;
		}
	return NULL;
}

const char *ko_guess_encoding(const char *s, size_t n, int start)
{
	const unsigned char *p = (const unsigned char *)s;
	if (start && n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
		return "UTF-16";
	/* Text has no NUL; UTF-16 has one per ASCII character, and its
	 * Hangul is not UTF-8. A stray NUL in UTF-8 text is neither. */
	const char *z = memchr(s, 0, n);
	size_t valid = ko_utf8_check(s, n);
	if (z && valid < n)
		return "UTF-16";
	if (z) {
		/* ASCII in UTF-16: a NUL at every other byte, all on one side.
		 * A NUL or two in a short line of UTF-8 is a bad line, not an
		 * encoding. */
		size_t nul[2] = {0, 0};
		for (; z; z = memchr(z + 1, 0, n - (size_t)(z + 1 - s)))
			nul[(size_t)(z - s) & 1]++;
		size_t most = nul[0] > nul[1] ? nul[0] : nul[1];
		return most >= 2 && most * 3 >= n && most >= 9 * (nul[0] + nul[1]) / 10 ? "UTF-16" : NULL;
	}
	if (valid == n)
		return NULL;
	size_t pairs = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < 0x80)
			continue;
		unsigned t = i + 1 < n ? p[i + 1] : 0;
		if (p[i] < 0x81 || p[i] > 0xFE ||
		    !((t >= 0x41 && t <= 0x5A) || (t >= 0x61 && t <= 0x7A) || (t >= 0x81 && t <= 0xFE)))
			return NULL;
		pairs++;
		i++;
	}
	return pairs ? "CP949" : NULL;
}

size_t ko_utf8_offset(const char *p, size_t n, size_t k)
{
	size_t i = 0;
	for (; k > 0 && i < n; k--)
		do
			i++;
		while (i < n && ((unsigned char)p[i] & 0xC0) == 0x80);
	return k ? n + 1 : i;
}

long ko_utf8_find_nearest(const char *p, size_t n, const char *a, size_t an, size_t near)
{
	if (!an)
		return -1;
	const char *best = NULL, *q = p, *e = p + n;
	size_t dbest = 0;
	while ((size_t)(e - q) >= an && (q = memmem(q, (size_t)(e - q), a, an))) {
		size_t at = (size_t)(q - p), d = at > near ? at - near : near - at;
		if (best && d >= dbest)
			break; /* further ones are further away */
		best = q, dbest = d;
		q++;
	}
	return best ? (long)ko_utf8_count(p, (size_t)(best - p)) : -1;
}
