/* chars.c - character classes and Hangul arithmetic (see chars.h). */
#include <stddef.h>

#include "chars.h"
#include "chars_punct.h"

const char ko_punct_unicode[] = KO_PUNCT_UNICODE;

/* ASCII punctuation, by bit: ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }.
 * Most punctuation tested is ASCII, so it costs no search. */
static const uint32_t ascii_punct[4] = {
	0x00000000u,
	0x8C00F7EEu, /* 0x20..0x3F */
	0xB8000001u, /* 0x40..0x5F */
	0x28000000u, /* 0x60..0x7F */
};

int ko_is_punct(uint32_t c)
{
	if (c < 0x80)
		return (int)(ascii_punct[c >> 5] >> (c & 31) & 1);
	if (ko_is_hangul_syllable(c))
		return 0;
	size_t lo = 0, hi = sizeof ko_punct_ranges / sizeof ko_punct_ranges[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c > ko_punct_ranges[mid][1])
			lo = mid + 1;
		else if (c < ko_punct_ranges[mid][0])
			hi = mid;
		else
			return 1;
	}
	return 0;
}

int ko_end_mark(uint32_t c)
{
	switch (c) {
	case '.': case '?': case '!':
	case 0x2026: case 0x22EF: case 0x2025: case 0x3002: case 0xFF0E:
	case 0xFF61: case 0xFF1F: case 0xFF01: case 0x203C: case 0x2047:
	case 0x2048: case 0x2049: case 0x11A2:
		return KO_END_STOP;
	case '~': case 0xFF5E: case 0x301C: case 0x3030:
		return KO_END_TILDE;
	case '^': case '_': case 0xFE0F: case 0xFE0E: case 0x200D: case 0x20E3:
		return KO_END_CHAT;
	}
	return ko_is_modern_compat_jamo(c) || ko_is_pictograph(c) ? KO_END_CHAT : 0;
}

size_t ko_laugh_len(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0;
	uint32_t prev = 0, last = 0;
	int k = 0;
	while (i < n) {
		if (u[i] < 0x80) {
			if (u[i] == ' ' || u[i] == '\n' || ko_is_punct(u[i]) || ko_end_mark(u[i]))
				break;
			return 0;
		}
		/* (the syllables are all three bytes: decoded here, chars
		 * being on utf8's floor) */
		if (i + 3 > n || (u[i] & 0xF0) != 0xE0 || (u[i + 1] & 0xC0) != 0x80 ||
		    (u[i + 2] & 0xC0) != 0x80)
			break; /* an emoji or the like: a chat end too */
		uint32_t c = (uint32_t)(u[i] & 0x0F) << 12 | (uint32_t)(u[i + 1] & 0x3F) << 6 | (u[i + 2] & 0x3F);
		if (ko_laugh_syl(c))
			k++, i += 3, prev = last, last = c;
		else if (ko_is_punct(c) || ko_end_mark(c))
			break;
		else
			return 0;
	}
	/* a laugh repeats its sound at its end (하하, 크크크, 푸하하):
	 * two different syllables are a word (하키, 후하) */
	return k >= 2 && prev == last ? i : 0;
}

int ko_hangul_split(uint32_t c, int *l, int *v, int *t)
{
	if (!ko_is_hangul_syllable(c))
		return -1;
	uint32_t s = c - KO_SYL_FIRST;
	*l = (int)(s / (KO_NJUNG * KO_NJONG));
	*v = (int)(s % (KO_NJUNG * KO_NJONG) / KO_NJONG);
	*t = (int)(s % KO_NJONG);
	return 0;
}

int32_t ko_hangul_join(int l, int v, int t)
{
	if (l < 0 || l >= KO_NCHO || v < 0 || v >= KO_NJUNG || t < 0 || t >= KO_NJONG)
		return -1;
	return (int32_t)KO_SYL_FIRST + (l * KO_NJUNG + v) * KO_NJONG + t;
}

/* Modern compatibility consonants U+3131..U+314E in order, with their
 * leading (KO_CHO_BASE + i) and trailing (KO_JONG_BASE + i) indices; -1
 * where the letter cannot stand in that position. */
#define NCONS (KO_COMPAT_CONS_LAST - KO_COMPAT_CONS_FIRST + 1)
static const signed char compat_lead[NCONS] = {
	0, 1, -1, 2, -1, -1, 3, 4, 5, -1, -1, -1, -1, -1, -1, -1,
	6, 7, 8, -1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
};
static const signed char compat_trail[NCONS] = {
	1, 2, 3, 4, 5, 6, 7, -1, 8, 9, 10, 11, 12, 13, 14, 15,
	16, 17, -1, 18, 19, 20, 21, 22, -1, 23, 24, 25, 26, 27,
};

uint32_t ko_compat_to_conjoining(uint32_t c, int trailing)
{
	if (c >= KO_COMPAT_CONS_FIRST && c <= KO_COMPAT_CONS_LAST) {
		int k = trailing ? compat_trail[c - KO_COMPAT_CONS_FIRST]
		                 : compat_lead[c - KO_COMPAT_CONS_FIRST];
		if (k < 0)
			return 0;
		return (trailing ? KO_JONG_BASE : KO_CHO_BASE) + (uint32_t)k;
	}
	if (c >= KO_COMPAT_VOWEL_FIRST && c <= KO_COMPAT_VOWEL_LAST)
		return KO_JUNG_BASE + (c - KO_COMPAT_VOWEL_FIRST);
	return 0;
}

uint32_t ko_conjoining_to_compat(uint32_t c)
{
	if (c >= KO_CHO_BASE && c < KO_CHO_BASE + KO_NCHO) {
		for (uint32_t i = 0; i < NCONS; i++)
			if (compat_lead[i] == (int)(c - KO_CHO_BASE))
				return KO_COMPAT_CONS_FIRST + i;
	} else if (c >= KO_JUNG_BASE && c < KO_JUNG_BASE + KO_NJUNG) {
		return KO_COMPAT_VOWEL_FIRST + (c - KO_JUNG_BASE);
	} else if (c > KO_JONG_BASE && c < KO_JONG_BASE + KO_NJONG) {
		for (uint32_t i = 0; i < NCONS; i++)
			if (compat_trail[i] == (int)(c - KO_JONG_BASE))
				return KO_COMPAT_CONS_FIRST + i;
	}
	return 0;
}

uint32_t ko_halfwidth_to_compat(uint32_t c)
{
	/* The halfwidth block follows the compatibility jamo in order, with
	 * holes where the vowels are grouped into rows. */
	if (c == 0xFFA0)
		return 0x3164; /* the filler */
	if (c >= 0xFFA1 && c <= 0xFFBE)
		return KO_COMPAT_CONS_FIRST + (c - 0xFFA1);
	if (c >= 0xFFC2 && c <= 0xFFC7)
		return KO_COMPAT_VOWEL_FIRST + (c - 0xFFC2);
	if (c >= 0xFFCA && c <= 0xFFCF)
		return 0x3155 + (c - 0xFFCA);
	if (c >= 0xFFD2 && c <= 0xFFD7)
		return 0x315B + (c - 0xFFD2);
	if (c >= 0xFFDA && c <= 0xFFDC)
		return 0x3161 + (c - 0xFFDA);
	return 0;
}
