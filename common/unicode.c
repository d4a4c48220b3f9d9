/* unicode.c - NFC/NFKC through utf8proc with a quick path. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ko.h"

uint32_t ko_tolower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	return (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
}

int ko_category(uint32_t c)
{
	return utf8proc_category((utf8proc_int32_t)c);
}

/* The quick test: c is a starter that normalisation leaves alone and that
 * nothing before it composes with. Conservative: "no" only costs a call to
 * utf8proc. */
int ko_nf_stable(uint32_t c, enum ko_nf nf)
{
	if (c < 0x300 || ko_is_hangul_syllable(c))
		return 1;
	if (ko_is_conjoining_jamo(c))
		return 0;
	if (nf == KO_NFKC && ko_is_compat_jamo(c))
		return 1;
	const utf8proc_property_t *pr = utf8proc_get_property((utf8proc_int32_t)c);
	/* A non-starter, or the second half of a composition pair (utf8proc
	 * marks those with the top bit of comb_index). Being the first half is
	 * fine: what follows is then flagged and its starter reconsidered. */
	if (pr->combining_class != 0 || (pr->comb_index != UINT16_MAX && pr->comb_index >= 0x8000))
		return 0;
	if (pr->decomp_seqindex == UINT16_MAX)
		return 1;
	if (pr->decomp_type != 0)
		return nf == KO_NFC; /* compatibility mapping: NFKC changes it */
	/* A canonical composite stays under NFC only if NFC would build it
	 * again: not a singleton, not excluded, starting with a starter. */
	if (pr->comp_exclusion)
		return 0;
	utf8proc_int32_t d[8];
	int last = 0;
	utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)c, d, 8, 0, &last);
	return k >= 2 && k <= 8 && utf8proc_get_property(d[0])->combining_class == 0;
}

#ifdef __SSE2__
/* How many of the 16 bytes at u (17 readable, u at a character's start,
 * valid UTF-8) are whole ASCII characters or Hangul syllables (but for the
 * last few, which go the long way): what the quick test vouches for
 * without a look. */
static inline size_t stable16(const unsigned char *u)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
	const __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(u + 1));
	__m128i cont = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xC0)),
	                              _mm_set1_epi8((char)0x80));
	__m128i ld = ko_syl_leads16(v, v1);
	unsigned ascii = ~(unsigned)_mm_movemask_epi8(v) & 0xFFFF;
	unsigned ok = ascii | (unsigned)_mm_movemask_epi8(_mm_or_si128(cont, ld));
	return ko_whole16(ok, (unsigned)_mm_movemask_epi8(ld));
}
#endif

/* Offset of the first code point the quick test cannot vouch for, backed up
 * to the starter before it (which may compose with it); n if none. */
static size_t stable_prefix(const char *p, size_t n, enum ko_nf nf)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0, last = 0;
	while (i < n) {
#ifdef __SSE2__
		if (n - i >= 17) {
			/* ASCII and syllables 16 bytes at a time */
			size_t len, from = i;
			while ((len = stable16(u + i)) == 16 && n - i - 16 >= 17)
				i += 16;
			i += len;
			if (i > from) {
				last = i - (u[i - 1] < 0x80 ? 1 : 3);
				continue;
			}
		}
#endif
		if (u[i] < 0x80) {
			last = i++;
			continue;
		}
		uint32_t c;
		int k = ko_utf8_decode(p + i, n - i, &c);
		if (k < 0 || !(ko_is_hangul_syllable(c) || ko_nf_stable(c, nf)))
			return last;
		last = i;
		i += (size_t)k;
	}
	return n;
}

/* Offset of the first code point at or after i that the quick test
 * vouches for: normalisation never reaches across it. */
static size_t next_stable(const char *p, size_t n, size_t i, enum ko_nf nf)
{
	while (i < n) {
		uint32_t c;
		int k = ko_utf8_decode(p + i, n - i, &c);
		if (k < 0)
			return n;
		if (ko_nf_stable(c, nf))
			return i;
		i += (size_t)k;
	}
	return n;
}

int ko_is_normalized(const char *p, size_t n, enum ko_nf nf)
{
	return stable_prefix(p, n, nf) == n;
}

static int map_segment(struct ko_buf *out, const char *p, size_t n, enum ko_nf nf)
{
	if (n == 0)
		return 0;
	utf8proc_uint8_t *dst = NULL;
	int opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
	if (nf == KO_NFKC)
		opts |= UTF8PROC_COMPAT;
	utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)n,
	                                  &dst, (utf8proc_option_t)opts);
	if (k < 0)
		return -1;
	ko_buf_add(out, dst, (size_t)k);
	free(dst);
	return 0;
}

/* Normalise one stretch that the quick test flagged. NFKC normalises the
 * pieces between compatibility jamo and copies the jamo themselves
 * (halfwidth ones widened to them). */
static int normalize_segment(struct ko_buf *out, const char *p, size_t n, enum ko_nf nf)
{
	if (nf == KO_NFC)
		return map_segment(out, p, n, nf);
	size_t seg = 0, i = 0;
	while (i < n) {
		uint32_t c;
		int k = ko_utf8_decode(p + i, n - i, &c);
		if (k < 0)
			return -1;
		uint32_t keep = ko_is_compat_jamo(c) ? c : ko_halfwidth_to_compat(c);
		if (keep) {
			if (map_segment(out, p + seg, i - seg, nf) < 0)
				return -1;
			char u[4];
			ko_buf_add(out, u, (size_t)ko_utf8_encode(keep, u));
			seg = i + (size_t)k;
		}
		i += (size_t)k;
	}
	return map_segment(out, p + seg, n - seg, nf);
}

int ko_normalize(struct ko_buf *out, const char *p, size_t n, enum ko_nf nf)
{
	size_t i = 0;
	while (i < n) {
		size_t a = i + stable_prefix(p + i, n - i, nf);
		ko_buf_add(out, p + i, a - i);
		if (a == n)
			break;
		/* Skip the starter itself when deciding where the stretch ends. */
		uint32_t c;
		int k = ko_utf8_decode(p + a, n - a, &c);
		size_t b = next_stable(p, n, a + (size_t)(k > 0 ? k : 1), nf);
		if (normalize_segment(out, p + a, b - a, nf) < 0)
			return -1;
		i = b;
	}
	return 0;
}
