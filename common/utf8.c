/* utf8.c - UTF-8 decoding, validation and repair. */
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
/* block16 on 32 bytes at p (33 readable), the same rules with AVX2. */
__attribute__((target("avx2"))) static inline int block32(const unsigned char *p, int json,
                                                          unsigned *carry)
{
	const __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)p);
	uint64_t sm = 0;
	if (json) {
		__m256i sp = _mm256_or_si256(
		    _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')),
		                    _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'))),
		    _mm256_cmpeq_epi8(_mm256_min_epu8(v, _mm256_set1_epi8(0x1F)), v));
		sm = (uint32_t)_mm256_movemask_epi8(sp);
	}
	uint64_t high = (uint32_t)_mm256_movemask_epi8(v);
	if (!(high | *carry))
		return sm ? __builtin_ctzll(sm) : 32;
	uint64_t keep = 0xFFFFFFFFu, lim = 32;
	if (sm) {
		lim = (uint64_t)__builtin_ctzll(sm);
		keep = (1ull << lim) - 1;
		high &= keep;
	}
	const __m256i next = _mm256_loadu_si256((const __m256i *)(const void *)(p + 1));
	uint64_t leads = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
	                     _mm256_and_si256(v, _mm256_set1_epi8((char)0xF0)),
	                     _mm256_set1_epi8((char)0xE0))) & keep;
	uint64_t conts = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_set1_epi8(-64), v));
	__m256i u = _mm256_xor_si256(v, _mm256_and_si256(next, _mm256_set1_epi8(0x20)));
	uint64_t edge = (uint32_t)_mm256_movemask_epi8(
	    _mm256_or_si256(_mm256_cmpeq_epi8(u, _mm256_set1_epi8((char)0xE0)),
	                    _mm256_cmpeq_epi8(u, _mm256_set1_epi8((char)0xCD))));
	uint64_t want = (leads << 1) | (leads << 2) | *carry;
	uint64_t wrong = (((conts ^ want) | (high & ~(leads | conts)) | edge) & keep) |
	                 (want & ~keep & 0xFFFFFFFFu);
	if (wrong)
		return -1;
	*carry = (unsigned)(want >> 32);
	return (int)lim;
}

/* The loop of ko_utf8_span on blocks of 32 bytes: the answer, or
 * SIZE_MAX with *at and *carry where the 16-byte blocks go on. */
__attribute__((target("avx2"))) static size_t span32(const char *s, size_t n, int json,
                                                     size_t *at, unsigned *carry)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	unsigned cy = 0;
	while (i + 33 <= n) {
		int k = block32(p + i, json, &cy);
		if (k == 32) {
			i += 32;
			continue;
		}
		if (k >= 0)
			return i + (size_t)k;
		i -= open_bytes(cy);
		cy = 0;
		size_t stop = i + 32;
		if ((i = chars_to(s, n, i, stop, json)) < stop)
			return i;
	}
	*at = i, *carry = cy;
	return SIZE_MAX;
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

size_t ko_utf8_span(const char *s, size_t n, int json)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
#ifdef __SSE2__
	unsigned carry = 0;
#ifdef KO_AVX2
	if (n >= 64 && ko_have_avx2()) {
		size_t r = span32(s, n, json, &i, &carry);
		if (r != SIZE_MAX)
			return r;
	}
#endif
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

size_t ko_utf8_check(const char *s, size_t n)
{
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

const char *ko_guess_encoding(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
		return "UTF-16";
	if (memchr(s, 0, n))
		return "UTF-16"; /* text has no NUL; UTF-16 has one per ASCII letter */
	if (ko_utf8_check(s, n) == n)
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
