/* markup.c - what markup looks like (markup.h). */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ko.h"

typedef unsigned char u8;

static int lower(u8 c) { return c >= 'a' && c <= 'z'; }
static int upper(u8 c) { return c >= 'A' && c <= 'Z'; }
static int alpha(u8 c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int digit(u8 c) { return c >= '0' && c <= '9'; }
static int xdigit(u8 c) { return digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
static int word(u8 c) { return alpha(c) || digit(c) || c == '_'; }

/* A letter at p[i]: an ASCII letter or a Hangul syllable; its length, or 0.
 * A syllable is told on its three bytes as one number, EA B0 80 (U+AC00)
 * to ED 9E A3 (U+D7A3), with two continuation bytes: no other sequence
 * decodes to one. */
static inline int letter(const u8 *p, size_t n, size_t i)
{
	if (alpha(p[i]))
		return 1;
	if (n - i < 3)
		return 0;
	uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
	return v - 0xEAB080u <= 0xED9EA3u - 0xEAB080u && (v & 0xC0C0u) == 0x8080u ? 3 : 0;
}

/* '<' at i: a tag or a comment. */
static size_t tag(const u8 *p, size_t n, size_t i)
{
	size_t j = i + 1, lim = n - i > 256 ? i + 256 : n;
	if (n - i >= 4 && !memcmp(p + i, "<!--", 4)) {
		const u8 *e = NULL;
		for (size_t k = i + 4; k + 3 <= n; k++)
			if (!memcmp(p + k, "-->", 3)) {
				e = p + k + 3;
				break;
			}
		return e ? (size_t)(e - p) - i : n - i;
	}
	if (j < n && p[j] == '/') {
		if (j + 1 >= n || !alpha(p[j + 1]))
			return 0;
		for (j += 2; j < n && (alpha(p[j]) || digit(p[j])); j++)
			;
		return (j < n && p[j] == '>' ? j + 1 : j) - i;
	}
	/* <?xml version="1.0"?>: a declaration */
	if (n - i >= 5 && !memcmp(p + i, "<?xml", 5)) {
		for (j = i + 5; j + 1 < lim; j++)
			if (p[j] == '?' && p[j + 1] == '>')
				return j + 2 - i;
		return 0;
	}
	/* an upper-case name is a placeholder (<MASK>, <URL>) when nothing
	 * follows it but '>'; with attributes or '/>' it is a tag
	 * (<LOGO HREF="wide.gif"/>) */
	int up = j < n && upper(p[j]);
	if (j >= n || !(lower(p[j]) || up))
		return 0;
	while (j < n && (lower(p[j]) || digit(p[j]) || (up && (upper(p[j]) || p[j] == '_'))))
		j++;
	if (j < n && p[j] == '>')
		return up ? 0 : j + 1 - i;
	if (j + 1 < n && p[j] == '/' && p[j + 1] == '>')
		return j + 2 - i;
	if (j >= n || (p[j] != ' ' && p[j] != '\t'))
		return 0;
	int eq = 0;
	for (; j < lim; j++) {
		if (p[j] == '\n' || p[j] == '<')
			return 0;
		/* an attribute whose '=' was lost, its value in quotes glued
		 * to its name (<br clean"all">): a tag as malformed as HTML
		 * gets, where a title in angle brackets (<love story>) has no
		 * quote */
		if (p[j] == '=' || ((p[j] == '"' || p[j] == '\'') && alpha(p[j - 1])))
			eq = 1;
		if (p[j] == '>')
			return eq || p[j - 1] == '/' ? j + 1 - i : 0;
	}
	return 0;
}

static size_t entity(const u8 *p, size_t n, size_t i)
{
	size_t j = i + 1, k;
	if (j < n && p[j] == '#') {
		int hex = j + 1 < n && (p[j + 1] | 0x20) == 'x';
		j += 1 + hex;
		for (k = j; k < n && k - j < 7 && (hex ? xdigit(p[k]) : digit(p[k])); k++)
			;
	} else {
		if (j >= n || !alpha(p[j]))
			return 0;
		for (k = j; k < n && k - j < 10 && (alpha(p[k]) || digit(p[k])); k++)
			;
		if (k - j < 2)
			return 0;
	}
	return k > j && k < n && p[k] == ';' ? k + 1 - i : 0;
}

/* A lower-case word at i (a word start) joined by '_' to a number. */
static size_t placeholder(const u8 *p, size_t n, size_t i)
{
	size_t j = i, k;
	while (j < n && lower(p[j]))
		j++;
	if (j - i < 2 || j >= n || p[j] != '_')
		return 0;
	for (k = ++j; k < n && digit(p[k]); k++)
		;
	return k > j && (k == n || !word(p[k])) ? k - i : 0;
}

static size_t magic(const u8 *p, size_t n, size_t i)
{
	size_t j = i + 2;
	int l, m = 0;
	while (j < n && m < 40 && (l = letter(p, n, j)) > 0)
		j += (size_t)l, m++;
	return m && j + 2 <= n && p[j] == '_' && p[j + 1] == '_' ? j + 2 - i : 0;
}

/* Separators that are left when the items between them are gone. */
static int sep(u8 c)
{
	return c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '/' ||
	       c == '-' || c == '~';
}

/* The first offset from j on, before lim, of one of the bytes c1..c6 (a
 * byte repeated where fewer are wanted), or lim: 16 at a time. */
static inline size_t next_of(const u8 *p, size_t j, size_t lim, u8 c1, u8 c2, u8 c3, u8 c4,
                             u8 c5, u8 c6)
{
#ifdef __SSE2__
	for (; j + 16 <= lim; j += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + j));
		__m128i m = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)c1)),
		                 _mm_cmpeq_epi8(x, _mm_set1_epi8((char)c2))),
		    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)c3)),
		                              _mm_cmpeq_epi8(x, _mm_set1_epi8((char)c4))),
		                 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)c5)),
		                              _mm_cmpeq_epi8(x, _mm_set1_epi8((char)c6)))));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return j + (size_t)__builtin_ctz(bits);
	}
#endif
	while (j < lim && p[j] != c1 && p[j] != c2 && p[j] != c3 && p[j] != c4 && p[j] != c5 &&
	       p[j] != c6)
		j++;
	return j;
}

/* Whether p[b..j) is only separators and the words of a list between
 * them (또는, 혹은, or): what is left of a bracket's items when they are
 * removed ((), (, ), ( 또는 )). */
static int residue_only(const u8 *p, size_t b, size_t j)
{
	for (size_t k = b; k < j;) {
		if (sep(p[k])) {
			k++;
			continue;
		}
		size_t w = j - k >= 6 && (!memcmp(p + k, "또는", 6) || !memcmp(p + k, "혹은", 6)) ? 6
		         : j - k >= 2 && p[k] == 'o' && p[k + 1] == 'r'                       ? 2
		                                                                               : 0;
		if (!w || (k > b && !sep(p[k - 1])) || (k + w < j && !sep(p[k + w])))
			return 0;
		k += w;
	}
	return 1;
}

/* Whether the bracket at i, its content from b, is glued to the word
 * before it but spaced from its content (k is the content's first byte
 * that is not blank): 재단( 줄여서 FSF)은, 석각( 南海 良阿里 石刻)은. Prose
 * writes a bracket against both or neither (구단 ( 예스구미FS)); one
 * glued before and open after is what an extractor leaves when it
 * removes the aside's first words (영어 이름: …) and keeps the blank.
 * Only after a letter that is not ASCII or a quote: code spaces its
 * calls as it likes (f( x )). */
static int spaced_aside(const u8 *p, size_t i, size_t b, size_t k)
{
	return k > b && i > 0 && (p[i - 1] >= 0x80 || p[i - 1] == '"');
}

/* An opening bracket of olen bytes at i, empty or broken. */
static size_t bracket(const u8 *p, size_t n, size_t i, int olen)
{
	/* the loop stops at a line break, a bracket or EF (the lead byte
	 * of the full-width brackets); it passes over the other bytes */
#define STOP(j) next_of(p, j, lim, '\n', '(', '[', ')', ']', 0xEF)
	size_t b = i + (size_t)olen, j, e, lim = n - b > 256 ? b + 256 : n;
	int depth = 0; /* brackets inside it: (, 서양식 이름: 에키타이 안(Ekitai Ahn)) */
	for (j = STOP(b); j < lim; j = STOP(j + 1)) {
		if (p[j] == '\n')
			return 0;
		if (p[j] == '(' || p[j] == '[' || (j + 3 <= n && !memcmp(p + j, "\xEF\xBC\x88", 3))) {
			if (++depth > 4)
				return 0;
			continue;
		}
		if (p[j] == ')' || p[j] == ']' || (j + 3 <= n && !memcmp(p + j, "\xEF\xBC\x89", 3))) {
			if (!depth)
				break;
			depth--;
		}
	}
#undef STOP
	if (j >= n || j - b >= 256)
		return 0;
	e = j + (p[j] == ')' || p[j] == ']' ? 1 : 3);
	if (residue_only(p, b, j)) { /* empty, or only separators */
		/* a function call f(), get_value() or Console.ReadLine() is
		 * no residue: empty brackets after a word that starts in lower
		 * case or holds a dot; after any other (He(), OpenCL(), 울랄라
		 * 5()) what was in them is gone */
		if (j == b && i > 0 && word(p[i - 1])) {
			size_t w = i;
			int dot = 0;
			while (w > 0 && (word(p[w - 1]) || p[w - 1] == '.'))
				dot |= p[--w] == '.';
			if (lower(p[w]) || dot)
				return 0;
		}
		return e - i;
	}
	size_t m = j;
	while (m > b && (p[m - 1] == ' ' || p[m - 1] == '\t'))
		m--;
	size_t k;
	for (k = b; k < j && (p[k] == ' ' || p[k] == '\t'); k++)
		;
	int lead = p[k] == ',' || p[k] == ';' || p[k] == ':';
	if (lead || p[m - 1] == ',' || p[m - 1] == ';' || spaced_aside(p, i, b, k))
		return e - i;
	/* an item gone from between two commas: (數學, , 줄여서 math) */
	for (k = next_of(p, b, j, ',', ';', ',', ';', ',', ';'); k < j;
	     k = next_of(p, k + 1, j, ',', ';', ',', ';', ',', ';'))
		if (p[k] == ',' || p[k] == ';') {
			size_t x = k + 1;
			while (x < j && (p[x] == ' ' || p[x] == '\t'))
				x++;
			if (x < j && (p[x] == ',' || p[x] == ';'))
				return e - i;
		}
	return 0;
}

/* ---- the repair of a bracket (ko_markup_repair) ---- */

/* The blanks and separators a broken bracket's content starts or ends
 * with. */
static int edge_sep(char c)
{
	return c == ' ' || c == '\t' || c == ',' || c == ';';
}

static size_t opening(const char *p, size_t n)
{
	if (n && (p[0] == '(' || p[0] == '['))
		return 1;
	return n >= 3 && !memcmp(p, "\xEF\xBC\x88", 3) ? 3 : 0;
}

static size_t closing(const char *p, size_t n)
{
	if (n && (p[0] == ')' || p[0] == ']'))
		return 1;
	return n >= 3 && !memcmp(p, "\xEF\xBC\x89", 3) ? 3 : 0;
}

/* One pass of the repair of what is inside a broken bracket, in place:
 * an empty bracket nested anywhere goes with the spaces before it; an
 * empty item between commas goes with one comma (數學, , 줄여서 ->
 * 數學, 줄여서), as does a comma with nothing after it before a closing
 * bracket or the end, or nothing before it after an opening one. Returns
 * the new length. */
static size_t tidy_pass(char *s, size_t n)
{
	size_t r = 0, w = 0, l, k;
	while (r < n) {
		if ((l = opening(s + r, n - r))) {
			int comma = 0;
			for (k = r + l; k < n && edge_sep(s[k]); k++)
				comma |= s[k] == ',' || s[k] == ';';
			size_t c = closing(s + k, n - k);
			if (c) { /* empty: it goes */
				while (w > 0 && (s[w - 1] == ' ' || s[w - 1] == '\t'))
					w--;
				r = k + c;
				continue;
			}
			memmove(s + w, s + r, l);
			w += l;
			r = comma ? k : r + l;
			continue;
		}
		if (s[r] == ',' || s[r] == ';') {
			for (k = r + 1; k < n && (s[k] == ' ' || s[k] == '\t'); k++)
				;
			if (k == n || s[k] == ',' || s[k] == ';' || closing(s + k, n - k)) {
				if (k == n || (s[k] != ',' && s[k] != ';'))
					while (w > 0 && (s[w - 1] == ' ' || s[w - 1] == '\t'))
						w--;
				r = k;
				continue;
			}
		}
		s[w++] = s[r++];
	}
	return w;
}

size_t ko_markup_repair(char *out, size_t *on, const char *p, size_t len, size_t max)
{
	size_t o = (unsigned char)p[0] == 0xEF || (unsigned char)p[0] == 0xE3 ? 3 : 1;
	size_t c = p[len - 1] == ')' || p[len - 1] == ']' ? 1 : 3;
	size_t at = *on, n = len - o - c;
	if ((unsigned char)p[0] == 0xE3) { /* 《》: the title is gone for good */
		memcpy(out + at, p, len);
		*on = at + len;
		return len;
	}
	char *s = out + at;
	memcpy(s, p + o, n);
	for (size_t was = n + 1; n != was;) {
		was = n;
		size_t b = 0;
		/* (and a colon first: what is left of 영어: once 영어 is gone) */
		while (b < n && (edge_sep(s[b]) || s[b] == ':'))
			b++;
		memmove(s, s + b, n - b);
		n -= b;
		while (n > 0 && edge_sep(s[n - 1]))
			n--;
		n = tidy_pass(s, n);
	}
	if (!residue_only((const u8 *)s, 0, n)) {
		memmove(out + at + o, out + at, n);
		memcpy(out + at, p, o);
		memcpy(out + at + o + n, p + len - c, c);
		*on = at + o + n + c;
		return len;
	}
	size_t w = at;
	while (w && (out[w - 1] == ' ' || out[w - 1] == '\t'))
		w--;
	size_t k = len;
	while (k < max && (p[k] == ' ' || p[k] == '\t'))
		k++;
	int before = w ? out[w - 1] : 0;
	int after_comma = k < max && (p[k] == ',' || p[k] == ';');
	if ((before == ',' || before == ';') && (after_comma || closing(p + k, max - k)))
		w--; /* a, (), b -> a, b; a, ()) -> a) */
	else if (after_comma && (before == '(' || before == '[' ||
	                         (w >= 3 && !memcmp(out + w - 3, "\xEF\xBC\x88", 3))))
		for (len = k + 1; len < max && (p[len] == ' ' || p[len] == '\t'); len++)
			; /* ((), a) -> (a) */
	*on = w;
	return len;
}

/* A namespace prefix at the start of a line: letters, ':' and no space. */
static size_t name_space(const u8 *p, size_t n, size_t i)
{
	size_t j = i;
	int l, m = 0;
	/* (its ':' ends at most twelve letters of three bytes: most lines
	 * have none so near their start) */
	if (!memchr(p + i, ':', n - i < 37 ? n - i : 37))
		return 0;
	while (j < n && m < 12 && (l = letter(p, n, j)) > 0)
		j += (size_t)l, m++;
	if (!m || j + 1 >= n || p[j] != ':')
		return 0;
	u8 c = p[j + 1];
	return c == ' ' || c == '\t' || c == '\n' || c == '/' || digit(c) || c == ')' ? 0 : j + 1 - i;
}

/* Whether what ends at the space p[sp] is a name or title in Latin
 * letters or digits, or in brackets or quotes, that a writer spaced from
 * its particle (OS 에, 14E 에, 《배틀신화》 에, 'e지원' 을), or a tag ko-pii
 * put in (<URL> 에서): an extractor
 * removes a word whole, and leaves Hangul or punctuation before. */
static inline int spaced_name(const u8 *p, size_t sp)
{
	u8 b = p[sp - 1];
	if (b < 0x80)
		return digit(b) || lower(b | 0x20) || b == ')' || b == ']' || b == '"' || b == '\'' ||
		       b == '>';
	if (sp < 3 || (p[sp - 3] != 0xE2 && p[sp - 3] != 0xE3 && p[sp - 3] != 0xEF))
		return 0;
	switch ((uint32_t)p[sp - 3] << 16 | (uint32_t)p[sp - 2] << 8 | b) {
	case 0xE28099: case 0xE2809D: /* ’ ” */
	case 0xE38089: case 0xE3808B: case 0xE3808D: case 0xE3808F: /* 〉 》 」 』 */
	case 0xE38091: case 0xE38095: case 0xEFBC89: /* 】 〕 ） */
		return 1;
	default:
		return 0;
	}
}

/* A particle standing alone at i (markup.h): its length, or 0. The
 * syllables are told by their three bytes as one number: 를 EB A5 BC, 는
 * EB 8A 94, 을 EC 9D 84, 의 EC 9D 98, 에 EC 97 90 (에서: 서 EC 84 9C),
 * 으 EC 9C BC (으로: 로 EB A1 9C). */
/* The syllable at p[i] (three bytes, read as one number), or 0. */
static inline uint32_t syl3(const u8 *p, size_t n, size_t i)
{
	return i + 3 <= n ? (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2] : 0;
}

/* The length of the copula's form after the 이 at p[i]: 이 and 며 고,
 * 므로 or 지만 (its connective forms), and with all set 다 and 라고 라는
 * 라면 too; or 0. Its bytes are not asked to be followed by anything. */
static size_t copula_form(const u8 *p, size_t n, size_t i, int all)
{
	switch (syl3(p, n, i + 3)) {
	case 0xEB8BA4: /* 다 */
		return all ? 6 : 0;
	case 0xEBA9B0: case 0xEAB3A0: /* 며 고 */
		return 6;
	case 0xEBAF80: /* 므로 */
		return syl3(p, n, i + 6) == 0xEBA19C ? 9 : 0;
	case 0xEB9DBC: /* 라고 라는 라면 */
		switch (all ? syl3(p, n, i + 6) : 0) {
		case 0xEAB3A0: case 0xEB8A94: case 0xEBA9B4: return 9;
		default: return 0;
		}
	case 0xECA780: /* 지만 */
		return syl3(p, n, i + 6) == 0xEBA78C ? 9 : 0;
	default:
		return 0;
	}
}

/* The copula's forms that a removed formula or name leaves at the start of
 * a line (…경우\n이다., 이며, 마찬가지로): 이 (EC 9D B4), then 다 며 고,
 * 므로, 라고 라는 라면, or 지만, before white space, a full stop or a
 * comma, or the end; their length, or 0. Not 이었다, which is also 잇다
 * (뒤를 이었다), nor 이면 (裏面). */
static size_t copula_alone(const u8 *p, size_t n, size_t i)
{
	size_t l = copula_form(p, n, i, 1);
	if (!l || i + l > n)
		return 0;
	if (i + l == n)
		return l;
	u8 c = p[i + l];
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '.' || c == ',' ? l : 0;
}

/* The particles that may follow another in one word alone (에게서는,
 * 으로부터): the length of the one at p[i], or 0. to: after 에, which
 * takes 는 and 의 but not 도 (에도 is a period's name). */
static inline size_t more_particle(const u8 *p, size_t n, size_t i, int after_e)
{
	switch (syl3(p, n, i)) {
	case 0xEB8A94: case 0xEC9D98: /* 는 의 */
		return 3;
	case 0xEB8F84: /* 도 */
		return after_e ? 0 : 3;
	case 0xEBB680: /* 부터 */
		return syl3(p, n, i + 3) == 0xED84B0 ? 6 : 0;
	default:
		return 0;
	}
}

/* Whether the word at p[i] starts with the stem of an auxiliary verb or
 * of a verb 가다 and 오다 take (가 보니, 와 있다, 가 버렸다, 와 주세요):
 * then 가 and 와 before it are verbs, not particles left alone. */
static inline int aux_verb(const u8 *p, size_t n, size_t i)
{
	switch (syl3(p, n, i)) {
	case 0xEBB3B4: case 0xEBB490: case 0xEBB4A4: case 0xEBB3B8: /* 보 봐 봤 본 */
	case 0xEBB3BC: case 0xEBB485: case 0xEBB284:                /* 볼 봅 버 */
	case 0xEC9E88: case 0xEAB384:                               /* 있 계 */
	case 0xECA3BC: case 0xECA498: case 0xECA4AC: case 0xECA480: /* 주 줘 줬 준 */
	case 0xECA484: case 0xEC849C: case 0xEC95BC: case 0xEC9A94: /* 줄 서 야 요 */
		return 1;
	default:
		return 0;
	}
}

/* Whether the word at p[i] is a verb that 이 as a particle goes with and
 * 이 as a determiner cannot qualify (되다, 나오다, 존재하다, 성립하다,
 * 아니다): 이 before it stands for a subject an extractor removed (…보면
 * 이 나온다, 사영 사상 이 존재하며), not 이 책, 이 같은. */
static inline int verb_of_i(const u8 *p, size_t n, size_t i)
{
	static const char *const stem[] = {"존재하", "존재한", "존재할", "성립하", "성립한", "성립할", "성립된"};
	uint32_t next = syl3(p, n, i + 3);
	int end = i + 3 >= n || p[i + 3] == ' ' || p[i + 3] == '.' || p[i + 3] == ',';
	switch (syl3(p, n, i)) {
	case 0xEB9098: /* 되다 되어 되었 되면 되는 되고 되지 되기 되며 되므로, not 되새김 */
		switch (next) {
		case 0xEB8BA4: case 0xEC96B4: case 0xEC9788: case 0xEBA9B4: case 0xEB8A94:
		case 0xEAB3A0: case 0xECA780: case 0xEAB8B0: case 0xEBA9B0: case 0xEBAF80:
			return 1;
		}
		return 0;
	case 0xEB90A9: /* 됩니다 */
		return next == 0xEB8B88;
	case 0xEB909C: /* 된다, 된 alone (…이 된 것); not 된장, 된서리 */
		return end || next == 0xEB8BA4;
	case 0xEB90A0: /* 될 alone, 될까 될지 될수; */
		return end || next == 0xEAB98C || next == 0xECA780 || next == 0xEC8898;
	case 0xEB8FBC: /* 돼서 돼요 돼도 돼야, 돼 alone; not 돼지 */
		return end || next == 0xEC849C || next == 0xEC9A94 || next == 0xEB8F84 || next == 0xEC95BC;
	case 0xEB9090: /* 됐다 됐고 됐으 됐는 됐어 됐지, 됐 is no noun */
		return 1;
	case 0xEC9584: /* 아니 */
		return syl3(p, n, i + 3) == 0xEB8B88;
	case 0xEB8298: /* 나오 나온 나올 나와 나왔 */
		switch (syl3(p, n, i + 3)) {
		case 0xEC98A4: case 0xEC98A8: case 0xEC98AC: case 0xEC9980: case 0xEC9994:
			return 1;
		}
		return 0;
	case 0xECA1B4: case 0xEC84B1: /* 존재하, 성립하 ... */
		for (size_t k = 0; k < sizeof stem / sizeof *stem; k++)
			if (i + 9 <= n && !memcmp(p + i, stem[k], 9))
				return 1;
		return 0;
	default:
		return 0;
	}
}

/* particle() at i whatever comes before it (a bracket: bracket_particle). */
static inline __attribute__((always_inline)) size_t particle_here(const u8 *p, size_t n, size_t i)
{
	if (i + 4 > n)
		return 0;
	uint32_t v = syl3(p, n, i);
	size_t l;
	int line_start = i == 0 || p[i - 1] == '\n';
	if (v == 0xEC9DB4) { /* 이: a copula at a line's start, or a subject's particle */
		if (line_start && (l = copula_alone(p, n, i)))
			return l;
		return i + 4 < n && p[i + 3] == ' ' && verb_of_i(p, n, i + 4) &&
		               !(i >= 2 && p[i - 1] == ' ' && spaced_name(p, i - 1))
		           ? 3
		           : 0;
	}
	switch (v) {
	case 0xEC9DB8: /* 인 (…경우\n인 것이다), only at a line's start */
		if (!line_start)
			return 0;
		l = 3;
		break;
	case 0xECB298: /* 처럼 (…\n처럼 쓴다), only at a line's start */
		if (!line_start || syl3(p, n, i + 3) != 0xEB9FBC)
			return 0;
		l = 6;
		break;
	case 0xEBA5BC: case 0xEB8A94: case 0xEC9D84: case 0xEC9D98: /* 를 는 을 의 */
	case 0xEC9D80: case 0xEAB3BC:                               /* 은 과 */
		l = 3;
		break;
	case 0xEC9980: /* 와: an exclamation at a sentence's start, unless 같 follows
	                * or, before a word in Hangul, the sentence before ends in
	                * the written 다. (…유학했다. 와 커티스 음악학교에서:
	                * speech opens with it, not prose; 다. 와 ㅋㅋ is speech) */
		if (!(i >= 4 && p[i - 4] >= 0xEA && p[i - 4] <= 0xED) &&
		    !(p[i + 3] == ' ' && syl3(p, n, i + 4) == 0xEAB099) &&
		    !(i >= 5 && p[i - 2] == '.' && syl3(p, n, i - 5) == 0xEB8BA4 && i + 4 < n &&
		      p[i + 4] >= 0xEA && p[i + 4] <= 0xED))
			return 0;
		/* fall through */
	case 0xEAB080: /* 가 and 와, not verbs before an auxiliary */
		if (i + 4 < n && p[i + 3] == ' ' && aux_verb(p, n, i + 4))
			return 0;
		l = 3;
		break;
	case 0xEC9790: /* 에, 에서, and 는 의 부터 (도 after 에서); not 에게 (에게 해, 에게 문명) */
		switch (syl3(p, n, i + 3)) {
		case 0xEC849C: /* 서 */
			l = 6;
			break;
		default:
			l = 3;
		}
		l += more_particle(p, n, i + l, l == 3);
		break;
	case 0xEBA19C: /* 로 (after a vowel: 서울로), alone: 로서 and 로는
	                * would need a wider look than the scan's */
		l = 3;
		break;
	case 0xEC9CBC: /* 으로, 으로부터, 으로서, 으로써, and 는 도 의 */
		if (syl3(p, n, i + 3) != 0xEBA19C)
			return 0;
		l = 6;
		switch (syl3(p, n, i + 6)) {
		case 0xEC849C: case 0xEC8DA8: /* 서 써 */
			l = 9;
			break;
		}
		l += more_particle(p, n, i + l, 0);
		break;
	default:
		return 0;
	}
	if (i + l >= n)
		return 0;
	u8 c = p[i + l];
	if (c != ' ' && c != '\t' && c != '\n')
		return 0;
	return i >= 2 && p[i - 1] == ' ' && spaced_name(p, i - 1) ? 0 : l;
}

static inline size_t particle(const u8 *p, size_t n, size_t i)
{
	return i > 0 && p[i - 1] != ' ' && p[i - 1] != '\n' ? 0 : particle_here(p, n, i);
}

/* A particle alone right after a bracket that opens a sentence or a
 * line, '(' at i ((과 사이의 문자는: the tag before 과 is gone): its length
 * with the bracket, or 0. Not after a word (단군(과 그의 부인)) nor inside
 * a sentence (단군 (과 그의 부인)), where the aside may open with one. */
static size_t bracket_particle(const u8 *p, size_t n, size_t i)
{
	size_t l;
	if (i > 0 && p[i - 1] != '\n' &&
	    !(p[i - 1] == ' ' && (i == 1 || p[i - 2] == '.' || p[i - 2] == '?' || p[i - 2] == '!')))
		return 0;
	if (i + 1 >= n || p[i + 1] < 0xEA || p[i + 1] > 0xEC)
		return 0;
	return (l = particle_here(p, n, i + 1)) ? l + 1 : 0;
}

/* The offsets in the block at q (BLOCK bytes, and 4 more readable) where
 * a particle may stand alone after a space, one bit each: a space, then
 * a lead byte EA to EC; with SSE2 also white space after one syllable or
 * the second byte of 에 or 으 (에서, 으로). particle() decides. */
#ifdef __SSE2__
#define BLOCK 16
static inline unsigned candidates(const u8 *q)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
	__m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(q + 1));
	__m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(q + 2));
	__m128i v4 = _mm_loadu_si128((const __m128i *)(const void *)(q + 4));
	__m128i l1 = _mm_sub_epi8(v1, _mm_set1_epi8((char)0xEA));
	__m128i lead = _mm_cmpeq_epi8(_mm_min_epu8(l1, _mm_set1_epi8(2)), l1);
	__m128i after = _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v4, _mm_set1_epi8(' ')),
	                 _mm_cmpeq_epi8(v4, _mm_set1_epi8('\n'))),
	    _mm_or_si128(_mm_cmpeq_epi8(v4, _mm_set1_epi8('\t')),
	                 _mm_or_si128(_mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0x97)),
	                              _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0x9C)))));
	return (unsigned)_mm_movemask_epi8(
	    _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), lead), after));
}
#else
#define BLOCK 8
/* Lanes (0x80 in a byte) of x that are zero. */
static inline uint64_t zero_lanes(uint64_t x)
{
	const uint64_t lo7 = 0x7F7F7F7F7F7F7F7FULL;
	return ~(((x & lo7) + lo7) | x | lo7);
}

static inline unsigned candidates(const u8 *q)
{
	const uint64_t ones = 0x0101010101010101ULL;
	uint64_t w, w1;
	memcpy(&w, q, 8);
	memcpy(&w1, q + 1, 8);
	uint64_t m = zero_lanes(w ^ (ones * ' ')) &
	             (zero_lanes(w1 ^ (ones * 0xEA)) | zero_lanes(w1 ^ (ones * 0xEB)) |
	              zero_lanes(w1 ^ (ones * 0xEC)));
	/* the high bit of each lane, gathered into one byte */
	return (unsigned)(((m >> 7) * 0x0102040810204080ULL) >> 56);
}
#endif

/* The first particle standing alone after a space that starts before lim. */
static size_t find_particle(const u8 *p, size_t n, size_t lim, size_t *len)
{
	size_t i = 0;
	for (; i + BLOCK + 4 <= n && i < lim; i += BLOCK)
		for (unsigned m = candidates(p + i); m; m &= m - 1) {
			size_t j = i + (size_t)__builtin_ctz(m) + 1;
			if (j >= lim)
				return n;
			if ((*len = particle(p, n, j)))
				return j;
		}
	for (; i < n && i + 1 < lim; i++)
		if (p[i] == ' ' && (*len = particle(p, n, i + 1)))
			return i + 1;
	return n;
}

static size_t emptied_number(const u8 *p, size_t n, size_t i, int olen);

int ko_markup_at(const char *s, size_t n, size_t i, size_t *len)
{
	const u8 *p = (const u8 *)s;
	size_t l = 0;
	int k = KO_MARKUP_NONE;
	if (i >= n)
		return 0;
	u8 c = p[i], d = i + 1 < n ? p[i + 1] : 0;
	if ((i == 0 || p[i - 1] == '\n') && (l = name_space(p, n, i)))
		k = KO_MARKUP_NAMESPACE;
	else switch (c) {
	case '<': k = (l = tag(p, n, i)) ? KO_MARKUP_TAG : 0; break;
	case '&': k = (l = entity(p, n, i)) ? KO_MARKUP_ENTITY : 0; break;
	case '[':
		if (d == '[')
			k = KO_MARKUP_LINK, l = 2;
		else if ((l = bracket(p, n, i, 1)))
			k = KO_MARKUP_BRACKET;
		break;
	case ']': if (d == ']') k = KO_MARKUP_LINK, l = 2; break;
	case '{': if (d == '{' || d == '|') k = KO_MARKUP_TEMPLATE, l = 2; break;
	case '}': if (d == '}') k = KO_MARKUP_TEMPLATE, l = 2; break;
	case '|': if (d == '}') k = KO_MARKUP_TEMPLATE, l = 2; break;
	case '\'': if (d == '\'') k = KO_MARKUP_EMPHASIS, l = 2; break;
	case '_': if (d == '_' && (l = magic(p, n, i))) k = KO_MARKUP_MAGIC; break;
	case '(':
		if ((l = bracket(p, n, i, 1)))
			k = KO_MARKUP_BRACKET;
		else if ((l = emptied_number(p, n, i, 1)))
			k = KO_MARKUP_NUMBER;
		else if ((l = bracket_particle(p, n, i)))
			k = KO_MARKUP_PARTICLE;
		break;
	case 0xEF:
		if (d == 0xBC && i + 2 < n && p[i + 2] == 0x88 && (l = bracket(p, n, i, 3)))
			k = KO_MARKUP_BRACKET;
		break;
	case 0xE3: /* 《》 〈〉 「」 『』 left empty: E3 80 8A..8F, opening even */
		if (d == 0x80 && i + 6 <= n && p[i + 2] >= 0x88 && p[i + 2] <= 0x8F &&
		    !(p[i + 2] & 1) && p[i + 3] == 0xE3 && p[i + 4] == 0x80 &&
		    p[i + 5] == p[i + 2] + 1)
			k = KO_MARKUP_BRACKET, l = 6;
		break;
	case 0xEA:
	case 0xEB:
	case 0xEC:
		k = (l = particle(p, n, i)) ? KO_MARKUP_PARTICLE : 0;
		break;
	default:
		if (lower(c) && (i == 0 || !word(p[i - 1])) && (l = placeholder(p, n, i)))
			k = KO_MARKUP_PLACEHOLDER;
	}
	*len = k ? l : 0;
	return k;
}

#ifdef __SSE2__
/* The first offset from i on of a byte that may start markup (may_start in
 * ko_markup_find: < & [ ] { } | ' _ ( EF E3, a line break, a lower-case
 * letter), 16 bytes at a time; or where fewer than 16 are left. */
static size_t plain16(const u8 *p, size_t n, size_t i)
{
	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		/* & ' ( are 26..28; a..z { | } are 61..7D */
		__m128i a = _mm_sub_epi8(x, _mm_set1_epi8(0x26));
		__m128i b = _mm_sub_epi8(x, _mm_set1_epi8(0x61));
		__m128i m = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(a, _mm_set1_epi8(2)), a),
		                 _mm_cmpeq_epi8(_mm_min_epu8(b, _mm_set1_epi8(0x1C)), b)),
		    _mm_or_si128(
		        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('[')),
		                                  _mm_cmpeq_epi8(x, _mm_set1_epi8(']'))),
		                     _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('_')),
		                                  _mm_cmpeq_epi8(x, _mm_set1_epi8('<')))),
		        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')),
		                     _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xEF)))));
		m = _mm_or_si128(m, _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE3)));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
	}
	return i;
}
#endif

/* The bytes every markup item but a particle holds (the first byte of a
 * tag, entity, link, template, emphasis, magic word or bracket, the '_' of
 * a placeholder, the ':' of a namespace), and '\\', which is between two
 * of them. */
static const u8 item_byte[256] = {
	['<'] = 1, ['&'] = 1, ['\''] = 1, ['('] = 1, [':'] = 1, ['['] = 1, ['\\'] = 1,
	[']'] = 1, ['_'] = 1, ['{'] = 1, ['|'] = 1, ['}'] = 1, [0xEF] = 1, [0xE3] = 1,
};

#ifdef __SSE2__
/* Per byte: white space after a one-syllable word (next, the byte three
 * on) or the second byte of 에 or 으 (second, the byte one on): where a
 * particle alone may end. */
static inline __m128i particle_after(__m128i next, __m128i second)
{
	return _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8(' ')),
	                 _mm_cmpeq_epi8(next, _mm_set1_epi8('\n'))),
	    _mm_or_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8('\t')),
	                 _mm_or_si128(_mm_cmpeq_epi8(second, _mm_set1_epi8((char)0x97)),
	                              _mm_cmpeq_epi8(second, _mm_set1_epi8((char)0x9C)))));
}
#endif

/* 0 when no markup item can start in p[0..n), told in one pass: none of
 * its bytes is an item_byte and no particle stands alone at its start or
 * after a space or a line break (particle() decides the few places the
 * bytes allow); 1 when one may, and ko_markup_find must look. Most
 * sentences have neither (on kowiki, sentences holding 72% of the text),
 * and cost this one pass instead of ko_markup_find's two; a longer text
 * (over 1 KiB: a passage, a document) nearly always has an item byte
 * somewhere, and is not asked. */

static int maybe_markup(const u8 *p, size_t n)
{
	size_t i = 0;
	if (n && particle(p, n, 0))
		return 1;
#ifdef __SSE2__
	for (; i + 20 <= n; i += 16) {
		__m128i x0 = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		/* & ' ( are 26..28, [ \ ] 5B..5D, { | } 7B..7D */
		__m128i a = _mm_sub_epi8(x0, _mm_set1_epi8(0x26));
		__m128i b = _mm_sub_epi8(x0, _mm_set1_epi8(0x5B));
		__m128i c = _mm_sub_epi8(x0, _mm_set1_epi8(0x7B));
		__m128i two = _mm_set1_epi8(2);
		__m128i m = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(a, two), a),
		                 _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(b, two), b),
		                              _mm_cmpeq_epi8(_mm_min_epu8(c, two), c))),
		    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8(':')),
		                              _mm_cmpeq_epi8(x0, _mm_set1_epi8('<'))),
		                 _mm_or_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8('_')),
		                              _mm_cmpeq_epi8(x0, _mm_set1_epi8((char)0xEF)))));
		m = _mm_or_si128(m, _mm_cmpeq_epi8(x0, _mm_set1_epi8((char)0xE3)));
		if (_mm_movemask_epi8(m))
			return 1;
		/* a space or line break, a lead byte EA to EC, then white space
		 * after one syllable or the second byte of 에 or 으 */
		__m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 1));
		__m128i x2 = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 2));
		__m128i x4 = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 4));
		__m128i l = _mm_sub_epi8(x1, _mm_set1_epi8((char)0xEA));
		__m128i before = _mm_or_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8(' ')),
		                              _mm_cmpeq_epi8(x0, _mm_set1_epi8('\n')));
		__m128i lead = _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(2)), l);
		__m128i after = particle_after(x4, x2);
		/* or a line break, then 이 or 인 (EC 9D ..), 처 (EC B2 ..): a
		 * copula, 인 or 처럼 alone */
		after = _mm_or_si128(
		    after, _mm_and_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8('\n')),
		                         _mm_or_si128(_mm_cmpeq_epi8(x2, _mm_set1_epi8((char)0x9D)),
		                                      _mm_cmpeq_epi8(x2, _mm_set1_epi8((char)0xB2)))));
		for (unsigned k = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(before, lead),
		                                                            after));
		     k; k &= k - 1)
			if (particle(p, n, i + (size_t)__builtin_ctz(k) + 1))
				return 1;
	}
#endif
	for (; i < n; i++)
		if (item_byte[p[i]] || ((p[i] == ' ' || p[i] == '\n') && particle(p, n, i + 1)))
			return 1;
	return 0;
}

int ko_markup_find(const char *s, size_t n, size_t *at, size_t *len)
{
	/* Most bytes start nothing: a table decides them, four at a time.
	 * 1: may start markup; 2: a lower-case letter, which may start a
	 * placeholder or magic word only at the start of a word; 4: a line
	 * break, after which anything may start a heading or list item. */
	static const u8 may_start[256] = {
		['<'] = 1, ['&'] = 1, ['['] = 1, [']'] = 1, ['{'] = 1, ['}'] = 1, ['|'] = 1,
		['\''] = 1, ['_'] = 1, ['('] = 1, [0xEF] = 1, [0xE3] = 1, ['\n'] = 4,
		['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2, ['g'] = 2,
		['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2,
		['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2, ['u'] = 2,
		['v'] = 2, ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2,
	};
	const u8 *p = (const u8 *)s;
	int line_start = 1;
	if (n <= 1024 && !maybe_markup(p, n)) {
		*at = n;
		*len = 0;
		return KO_MARKUP_NONE;
	}
	for (size_t i = 0; i < n; i++) {
		if (!line_start) {
#ifdef __SSE2__
			i = plain16(p, n, i);
#endif
			while (i + 4 <= n && !(may_start[p[i]] | may_start[p[i + 1]] |
			                       may_start[p[i + 2]] | may_start[p[i + 3]]))
				i += 4;
			if (i >= n)
				break;
		}
		u8 c = p[i], t = may_start[c] & 3;
		int ls = line_start;
		line_start = c == '\n';
		if (!t && !ls)
			continue;
		if (t == 2 && !ls && word(p[i - 1]))
			continue;
		int k = ko_markup_at(s, n, i, len);
		if (k) {
			size_t pl, pa = find_particle(p, n, i, &pl);
			if (pa < i) {
				*at = pa, *len = pl;
				return KO_MARKUP_PARTICLE;
			}
			*at = i;
			return k;
		}
	}
	size_t pl, pa = find_particle(p, n, n, &pl);
	if (pa < n) {
		*at = pa, *len = pl;
		return KO_MARKUP_PARTICLE;
	}
	*at = n;
	*len = 0;
	return KO_MARKUP_NONE;
}

/* Phrases that announce a list or a table (다음과 같다, 다음 뜻으로 쓰인다,
 * 아래의 표는), and 다음은 at a sentence's start (lead_in_at). */
static const char *const lead_ins[] = {
	/* 다음을, 다음이: "the following" as object or subject (다음을 얻는다,
	 * 다음이 성립한다, 다음이 있다) points at what follows; so does 다음의
	 * before any noun (다음의 조건을 만족해야 한다, 다음의 식이 성립한다),
	 * where 다음 without 의 is as often "the next" (다음 해에) */
	"다음과 같", "다음 같", "다음 뜻", "다음의", "다음을", "다음이",
	"다음 중 하나",
	"다음 사람", "다음 인물", "다음에 나열", "아래와 같", "아래에 나열",
	/* a formula or a figure below, which the extractor removes (그 고리는
	 * 아래에서 볼 수 있다; 아래의 식에서, 다음 식은, 아래 목록: see
	 * points_at_page) */
	"아래에서 볼",
	/* or a proof, an example (다음처럼 귀류법을 사용하는 것이다) */
	"다음처럼", "아래처럼",
};

/* The phrase q at p, blanks skipped in both: 1 if it is there. */
static int blank_match(const u8 *p, size_t n, const char *q)
{
	size_t i = 0;
	for (;; q++) {
		while (*q == ' ')
			q++;
		if (!*q)
			return 1;
		while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n'))
			i++;
		if (i == n || p[i] != (u8)*q)
			return 0;
		i++;
	}
}

/* The nouns of a page's parts that 다음 or 아래 points at (다음 조건들이
 * 성립하여야 한다, 아래의 데이터는 …에 의한다, 다음 세 항목을): the
 * extractor drops the list, table, formula or figure they name. (Not
 * 단계, 해, 경기: 다음 is as often "the next".) */
static const char *const page_nouns[] = {
	"목록", "문서", "표", "도표", "그림", "그래프", "식", "공식", "조건", "항목",
	"사항", "데이터", "자료", "예", "예시", "예제", "링크", "구절", "명단", "성질",
};
/* A count before the noun (다음 세 조건을, 다음 두 가지 경우), each followed
 * by a blank. */
static const char *const page_counts[] = {
	"두 ", "세 ", "네 ", "다섯 ", "여섯 ", "일곱 ", "여덟 ", "아홉 ", "열 ", "몇 ", "여러 ",
};
/* What may follow the noun: a plural, a particle's first syllable, or no
 * syllable at all (a blank, a mark, the end). */
static const char *const page_after[] = {
	"들", "은", "는", "이", "가", "을", "를", "에", "의", "과", "와", "도", "만", "으", "로", "처",
};

/* The word w at p[0..n): its length, or 0. */
static size_t word_at(const u8 *p, size_t n, const char *w)
{
	size_t k = strlen(w);
	return k <= n && !memcmp(p, w, k) ? k : 0;
}

/* 다음 or 아래 at p, then 의 or not, blanks, a count or none, and a noun
 * of page_nouns ending there or before what page_after allows: the
 * sentence points at a part of the page. */
static int points_at_page(const u8 *p, size_t n)
{
	size_t i = 6, k;
	if (n < 9 || (memcmp(p, "다음", 6) && memcmp(p, "아래", 6)))
		return 0;
	i += word_at(p + i, n - i, "의");
	if (i >= n || p[i] != ' ')
		return 0;
	while (i < n && p[i] == ' ')
		i++;
	for (size_t c = 0; c < sizeof page_counts / sizeof *page_counts; c++)
		if ((k = word_at(p + i, n - i, page_counts[c]))) {
			i += k;
			i += word_at(p + i, n - i, "가지 ");
			break;
		}
	for (size_t w = 0; w < sizeof page_nouns / sizeof *page_nouns; w++) {
		size_t e = i + word_at(p + i, n - i, page_nouns[w]);
		if (e == i)
			continue;
		if (e + 3 > n || p[e] < 0xEA || p[e] > 0xED)
			return 1;
		for (size_t a = 0; a < sizeof page_after / sizeof *page_after; a++)
			if (word_at(p + e, n - e, page_after[a]))
				return 1;
	}
	return 0;
}

/* A lead-in phrase at p[i] (3 bytes before a 음 or 래). */
static int lead_in_at(const u8 *p, size_t n, size_t i)
{
	if (!((p[i] == 0xEB && p[i + 1] == 0x8B && p[i + 2] == 0xA4) ||
	      (p[i] == 0xEC && p[i + 1] == 0x95 && p[i + 2] == 0x84)))
		return 0;
	for (size_t k = 0; k < sizeof lead_ins / sizeof *lead_ins; k++)
		if ((u8)lead_ins[k][0] == p[i] && blank_match(p + i, n - i, lead_ins[k]))
			return 1;
	if (points_at_page(p + i, n - i))
		return 1;
	/* 다음은 or 아래는 opening the sentence: "the following" as its topic
	 * (다음은 그의 앨범 목록이다, 아래는 …의 에피소드 목록이다); not after a
	 * word (그 다음은: "the next") */
	return i == 0 && n > 10 && (!memcmp(p, "다음은 ", 10) || !memcmp(p, "아래는 ", 10));
}

/* Whether p[0..n) ends in a colon, closing brackets and quotes and white
 * space after it looked through. */
static int colon_end(const u8 *p, size_t n)
{
	size_t e = n;
	while (e && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n' || p[e - 1] == ')' ||
	             p[e - 1] == ']' || p[e - 1] == '"' || p[e - 1] == '\''))
		e--;
	return e && p[e - 1] == ':';
}

int ko_lead_in(const char *s, size_t n, int colon)
{
	const u8 *p = (const u8 *)s;
	if (colon && colon_end(p, n))
		return 1;
	/* Every phrase starts with 다음 or 아래, written together: the second
	 * syllable, 음 (EC 9D 8C) or 래 (EB 9E 98), is looked for first, 16
	 * positions at a time, then the first. */
	size_t j = 3;
#ifdef __SSE2__
	/* the last block is moved back to end at the text's end, over
	 * offsets already looked at: none is left to the byte loop */
	for (; n >= 21; j += 16) {
		if (j + 18 > n)
			j = n - 18;
		__m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(p + j));
		__m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(p + j + 1));
		__m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(p + j + 2));
		__m128i eum = _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8((char)0xEC)),
		                            _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x9D)),
		                                          _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0x8C))));
		__m128i rae = _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8((char)0xEB)),
		                            _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x9E)),
		                                          _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0x98))));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(eum, rae));
		for (; m; m &= m - 1)
			if (lead_in_at(p, n, j + (size_t)__builtin_ctz(m) - 3))
				return 1;
		if (j + 18 == n)
			return 0;
	}
#endif
	for (; j + 3 <= n; j++)
		if (((p[j] == 0xEC && p[j + 1] == 0x9D && p[j + 2] == 0x8C) ||
		     (p[j] == 0xEB && p[j + 1] == 0x9E && p[j + 2] == 0x98)) &&
		    lead_in_at(p, n, j - 3))
			return 1;
	return 0;
}

/* ---- an index of one text, for questions about many spans of it ---- */

/* The bytes that may start an item wherever they stand (may_start's 1 in
 * ko_markup_find). */
static const u8 item_start[256] = {
	['<'] = 1, ['&'] = 1, ['['] = 1, [']'] = 1, ['{'] = 1, ['}'] = 1, ['|'] = 1,
	['\''] = 1, ['_'] = 1, ['('] = 1, [0xEF] = 1, [0xE3] = 1,
};

/* Whether q[0..3) is the seam of 라고 or 그림 (BC EA B3, B8 EB A6: the last
 * byte of the first syllable, the first two of the second), where
 * ko_formula_hole_at looks for a formula's hole. */
static inline int formula_seam(const u8 *q)
{
	return (q[0] == 0xBC && q[1] == 0xEA && q[2] == 0xB3) ||
	       (q[0] == 0xB8 && q[1] == 0xEB && q[2] == 0xA6);
}

#ifdef __SSE2__
/* particle_after with the syllable's third byte too: white space after a
 * one-syllable word, or the rest of 에 or 으 (EC 97 90, EC 9C BC: in
 * 에서, 으로), the only particles particle() takes that are longer than a
 * syllable; not every syllable with their second byte (여, 역, 연, 위,
 * 유 ...), which opens many words. */
static inline __m128i particle_after_syl(__m128i next, __m128i second, __m128i third)
{
	return _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8(' ')),
	                 _mm_cmpeq_epi8(next, _mm_set1_epi8('\n'))),
	    _mm_or_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8('\t')),
	                 _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(second, _mm_set1_epi8((char)0x97)),
	                                            _mm_cmpeq_epi8(third, _mm_set1_epi8((char)0x90))),
	                              _mm_and_si128(_mm_cmpeq_epi8(second, _mm_set1_epi8((char)0x9C)),
	                                            _mm_cmpeq_epi8(third, _mm_set1_epi8((char)0xBC))))));
}

/* formula_seam at each of 16 positions, the bytes there and one and two on */
static inline __m128i seam16(__m128i x0, __m128i x1, __m128i x2)
{
	return _mm_or_si128(
	    _mm_and_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8((char)0xBC)),
	                  _mm_and_si128(_mm_cmpeq_epi8(x1, _mm_set1_epi8((char)0xEA)),
	                                _mm_cmpeq_epi8(x2, _mm_set1_epi8((char)0xB3)))),
	    _mm_and_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8((char)0xB8)),
	                  _mm_and_si128(_mm_cmpeq_epi8(x1, _mm_set1_epi8((char)0xEB)),
	                                _mm_cmpeq_epi8(x2, _mm_set1_epi8((char)0xA6)))));
}
#endif

/* Whether position i (0 < i < n) of a span that starts before it may start
 * an item (what ko_markup_find would look at there: a line's start, a
 * byte of item_start, a lower-case letter that starts a word, a lead byte
 * EA to EC after a space) or a lead-in's 음 (EC 9D 8C) or 래 (EB 9E 98):
 * ko_markup_find_in and ko_lead_in_in decide; or one of the bytes the
 * sentence checks of task.c start from (ko_markup_index_word); with holes
 * set, a double quote or formula_seam too (ko_formula_hole_at). */
static int may_item(const u8 *p, size_t n, size_t i, int holes)
{
	u8 c = p[i], a = p[i - 1];
	if (a == '\n' || item_start[c] || c == ')' || c == '-' || c == '\n' || c == ':' || c == 'w')
		return 1;
	if (holes && (c == '"' || c == 0xBC || c == 0xB8)) /* (a formula's hole) */
		return c == '"' || (i + 3 <= n && formula_seam(p + i));
	if (lower(c))
		return !word(a);
	if (c < 0xEA || c > 0xEC)
		return 0;
	return a == ' ' || (i + 3 <= n && ((c == 0xEC && p[i + 1] == 0x9D && p[i + 2] == 0x8C) ||
	                                   (c == 0xEB && p[i + 1] == 0x9E && p[i + 2] == 0x98)));
}

#ifdef KO_AVX2
static void index_words32(const u8 *p, size_t i, uint64_t *out, size_t nw, int holes);
#endif

/* The bits of positions [i, i + 64) of the text (holes: may_item's). */
static uint64_t index_word(const u8 *p, size_t n, size_t i, int holes)
{
	uint64_t bits = 0;
#ifdef __SSE2__
	if (i >= 1 && i + 64 + 3 <= n) {
		for (unsigned k = 0; k < 64; k += 16) {
			const u8 *q = p + i + k;
			__m128i xm = _mm_loadu_si128((const __m128i *)(const void *)(q - 1));
			__m128i x0 = _mm_loadu_si128((const __m128i *)(const void *)q);
			__m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(q + 1));
			__m128i x2 = _mm_loadu_si128((const __m128i *)(const void *)(q + 2));
			__m128i x3 = _mm_loadu_si128((const __m128i *)(const void *)(q + 3));
			/* item_start: & ' ( are 26..28, [ \ ] 5B..5D, { | } 7B..7D
			 * (the backslash too: a superset is harmless) */
			__m128i two = _mm_set1_epi8(2);
			__m128i a = _mm_sub_epi8(x0, _mm_set1_epi8(0x26));
			__m128i b = _mm_sub_epi8(x0, _mm_set1_epi8(0x5B));
			__m128i c = _mm_sub_epi8(x0, _mm_set1_epi8(0x7B));
			__m128i m = _mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(a, two), a),
			                 _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(b, two), b),
			                              _mm_cmpeq_epi8(_mm_min_epu8(c, two), c))),
			    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8('<')),
			                              _mm_cmpeq_epi8(x0, _mm_set1_epi8('_'))),
			                 _mm_or_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8((char)0xEF)),
			                              _mm_cmpeq_epi8(x0, _mm_set1_epi8((char)0xE3)))));
			/* a line's start */
			m = _mm_or_si128(m, _mm_cmpeq_epi8(xm, _mm_set1_epi8('\n')));
			/* a formula's hole: a double quote, and the seam of 라고 or
			 * 그림 (formula_seam) */
			if (holes)
				m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8('"')),
				                                 seam16(x0, x1, x2)));
			/* the bytes of the sentence checks ( is an item's) */
			m = _mm_or_si128(
			    m, _mm_or_si128(
			           _mm_or_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8(')')),
			                        _mm_cmpeq_epi8(x0, _mm_set1_epi8('-'))),
			           _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8('\n')),
			                                     _mm_cmpeq_epi8(x0, _mm_set1_epi8(':'))),
			                        _mm_cmpeq_epi8(x0, _mm_set1_epi8('w')))));
			/* a lower-case letter after no letter, digit or '_' */
			__m128i lo = _mm_sub_epi8(x0, _mm_set1_epi8('a'));
			__m128i z = _mm_set1_epi8(25);
			__m128i al = _mm_sub_epi8(_mm_or_si128(xm, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
			__m128i dg = _mm_sub_epi8(xm, _mm_set1_epi8('0'));
			__m128i wd = _mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(al, z), al),
			                 _mm_cmpeq_epi8(_mm_min_epu8(dg, _mm_set1_epi8(9)), dg)),
			    _mm_cmpeq_epi8(xm, _mm_set1_epi8('_')));
			m = _mm_or_si128(m, _mm_andnot_si128(wd, _mm_cmpeq_epi8(_mm_min_epu8(lo, z), lo)));
			/* a lead byte EA to EC: after a space with white space after
			 * one syllable or the rest of 에 or 으 (a particle);
			 * or 음, 래 (EC 9D 8C, EB 9E 98: a lead-in's) */
			__m128i l = _mm_sub_epi8(x0, _mm_set1_epi8((char)0xEA));
			__m128i lead = _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(2)), l);
			__m128i after = particle_after_syl(x3, x1, x2);
			__m128i part = _mm_and_si128(_mm_cmpeq_epi8(xm, _mm_set1_epi8(' ')), after);
			__m128i eum = _mm_or_si128(
			    _mm_and_si128(_mm_cmpeq_epi8(x1, _mm_set1_epi8((char)0x9D)),
			                  _mm_cmpeq_epi8(x2, _mm_set1_epi8((char)0x8C))),
			    _mm_and_si128(_mm_cmpeq_epi8(x1, _mm_set1_epi8((char)0x9E)),
			                  _mm_cmpeq_epi8(x2, _mm_set1_epi8((char)0x98))));
			m = _mm_or_si128(m, _mm_and_si128(lead, _mm_or_si128(part, eum)));
			bits |= (uint64_t)(unsigned)_mm_movemask_epi8(m) << k;
		}
		return bits;
	}
	/* The first word and the last ones, which the blocks would read
	 * outside the text: the blocks on a copy of their bytes with spaces
	 * around it (a space starts no item, and the bits it adds by standing
	 * after a syllable are a superset, harmless: find_in asks each bit
	 * again), the bits of position 0 and past n dropped. A short text
	 * is mostly such words (with AVX2, two blocks of 32 bytes). */
	if (i < n) {
		u8 t[1 + 64 + 3];
		size_t from = i ? 0 : 1, to = n - i + 1 < sizeof t ? n - i + 1 : sizeof t;
		memset(t, ' ', sizeof t);
		memcpy(t + from, p + i + from - 1, to - from);
#ifdef KO_AVX2
		if (ko_have_avx2())
			index_words32(t, 1, &bits, 1, holes);
		else
#endif
			bits = index_word(t, sizeof t, 1, holes);
		if (!i)
			bits &= ~(uint64_t)1;
		if (n - i < 64)
			bits &= ((uint64_t)1 << (n - i)) - 1;
		return bits;
	}
#endif
	size_t e = n - i < 64 ? n : i + 64;
	for (size_t j = i ? i : 1; j < e; j++)
		if (may_item(p, n, j, holes))
			bits |= (uint64_t)1 << (j - i);
	return bits;
}

#ifdef KO_AVX2
/* index_word on a processor with AVX2 for the nw words from i on into
 * out (i >= 1, i + 64 * nw + 3 <= n): the bytes classed by their two
 * halves (a table each), 32 at a time; holes a constant (two copies of
 * the loop, index_words32). */
__attribute__((target("avx2"), always_inline)) static inline void
index_words32_(const u8 *p, size_t i, uint64_t *out, size_t nw, const int holes)
{
	/* bits 0-3: item_start (26-28; 5B-5F, 7B-7F; 3C; E3, EF: supersets
	 * are harmless) and with holes the double quote (22); 0x40: 60-7F
	 * (the lower-case letters among them); 0x80: EA, EB, EC; 0x10 and
	 * 0x20: the bytes of the sentence checks, ( ) - w (27-29, 2D, 77-79,
	 * 7D) and the line break and : (0A, 3A) */
#define LO(q) 0x40, 0x40, q, 0x48, 0x40, 0x40, 0x41, 0x51, 0x51, 0x50, 0xE0, 0xC2, 0xC6, 0x52, 0x40, 0x4A
#define HI 0x20, 0, 0x11, 0x24, 0, 0x02, 0x40, 0x52, 0, 0, 0, 0, 0, 0, 0x88, 0
	const __m256i tlo = holes ? _mm256_setr_epi8(LO(0x41), LO(0x41)) :
	                            _mm256_setr_epi8(LO(0x40), LO(0x40));
	const __m256i thi = _mm256_setr_epi8(HI, HI);
#undef LO
#undef HI
	/* The constants as vectors in memory, read where used (through kp,
	 * which the compiler is told changes in every block, so the reads
	 * stay operands of the compares): with more of them than registers
	 * it would build each again in every block (three instructions) or
	 * spill it in every call. */
	static const u8 kc[18][32] __attribute__((aligned(32))) = {
#define K32(x) {x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x}
	    K32(0x0F), K32(0x3F), K32(' '), K32('\n'), K32('\t'), K32(0x97), K32(0x90), K32(0x9C),
	    K32(0xBC), K32(0x9D), K32(0x8C), K32(0x9E), K32(0x98), K32(0xEA), K32(0xB3), K32(0xB8),
	    K32(0xEB), K32(0xA6),
#undef K32
	};
	enum { N0F, N3F, NSP, NNL, NTAB, N97, N90, N9C, NBC, N9D, N8C, N9E, N98, NEA, NB3, NB8, NEB, NA6 };
#define K(j) _mm256_load_si256((const __m256i *)(const void *)kp[j])
	const u8(*kp)[32] = kc;
	for (size_t k = 0; k < 64 * nw; k += 32) {
		const u8 *q = p + i + k;
		__asm__("" : "+r"(kp));
		__m256i xm = _mm256_loadu_si256((const __m256i *)(const void *)(q - 1));
		__m256i x0 = _mm256_loadu_si256((const __m256i *)(const void *)q);
		__m256i x1 = _mm256_loadu_si256((const __m256i *)(const void *)(q + 1));
		__m256i x2 = _mm256_loadu_si256((const __m256i *)(const void *)(q + 2));
		__m256i x3 = _mm256_loadu_si256((const __m256i *)(const void *)(q + 3));
		__m256i cls = _mm256_and_si256(
		    _mm256_shuffle_epi8(tlo, _mm256_and_si256(x0, K(N0F))),
		    _mm256_shuffle_epi8(thi, _mm256_and_si256(_mm256_srli_epi16(x0, 4), K(N0F))));
		__m256i none = _mm256_cmpeq_epi8(_mm256_and_si256(cls, K(N3F)), _mm256_setzero_si256());
		/* a lead byte EA to EC (the class's top bit): after a space with
		 * white space after one syllable or the rest of 에 or 으
		 * (a particle), or 음, 래 (EC 9D 8C, EB 9E 98: a lead-in's) */
		__m256i after = _mm256_or_si256(
		    _mm256_or_si256(_mm256_cmpeq_epi8(x3, K(NSP)), _mm256_cmpeq_epi8(x3, K(NNL))),
		    _mm256_or_si256(
		        _mm256_cmpeq_epi8(x3, K(NTAB)),
		        _mm256_or_si256(
		            _mm256_and_si256(_mm256_cmpeq_epi8(x1, K(N97)), _mm256_cmpeq_epi8(x2, K(N90))),
		            _mm256_and_si256(_mm256_cmpeq_epi8(x1, K(N9C)), _mm256_cmpeq_epi8(x2, K(NBC))))));
		__m256i eum = _mm256_or_si256(
		    _mm256_and_si256(_mm256_cmpeq_epi8(x1, K(N9D)), _mm256_cmpeq_epi8(x2, K(N8C))),
		    _mm256_and_si256(_mm256_cmpeq_epi8(x1, K(N9E)), _mm256_cmpeq_epi8(x2, K(N98))));
		__m256i part = _mm256_or_si256(_mm256_and_si256(_mm256_cmpeq_epi8(xm, K(NSP)), after), eum);
		/* and a line's start, and with holes the seam of 라고 or 그림
		 * (formula_seam) */
		__m256i m = _mm256_or_si256(_mm256_cmpeq_epi8(xm, K(NNL)), _mm256_and_si256(cls, part));
		if (holes)
			m = _mm256_or_si256(
			    m, _mm256_or_si256(
			           _mm256_and_si256(_mm256_cmpeq_epi8(x0, K(NBC)),
			                            _mm256_and_si256(_mm256_cmpeq_epi8(x1, K(NEA)),
			                                             _mm256_cmpeq_epi8(x2, K(NB3)))),
			           _mm256_and_si256(_mm256_cmpeq_epi8(x0, K(NB8)),
			                            _mm256_and_si256(_mm256_cmpeq_epi8(x1, K(NEB)),
			                                             _mm256_cmpeq_epi8(x2, K(NA6))))));
		uint32_t w = (uint32_t)_mm256_movemask_epi8(m) | ~(uint32_t)_mm256_movemask_epi8(none);
		/* a lower-case letter after no letter, digit or '_' (the class's
		 * 0x40, moved to the top bit); most blocks of Korean have none */
		if (_mm256_movemask_epi8(_mm256_slli_epi16(cls, 1))) {
			__m256i al = _mm256_sub_epi8(_mm256_or_si256(xm, _mm256_set1_epi8(0x20)),
			                             _mm256_set1_epi8('a'));
			__m256i dg = _mm256_sub_epi8(xm, _mm256_set1_epi8('0'));
			__m256i wd = _mm256_or_si256(
			    _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(al, _mm256_set1_epi8(25)), al),
			                    _mm256_cmpeq_epi8(_mm256_min_epu8(dg, _mm256_set1_epi8(9)), dg)),
			    _mm256_cmpeq_epi8(xm, _mm256_set1_epi8('_')));
			w |= (uint32_t)_mm256_movemask_epi8(_mm256_slli_epi16(_mm256_andnot_si256(wd, cls), 1));
		}
		if (k & 32)
			out[k / 64] |= (uint64_t)w << 32;
		else
			out[k / 64] = w;
	}
}
#undef K

__attribute__((target("avx2"))) static void index_words32(const u8 *p, size_t i, uint64_t *out,
                                                          size_t nw, int holes)
{
	if (holes)
		index_words32_(p, i, out, nw, 1);
	else
		index_words32_(p, i, out, nw, 0);
}
#endif

void ko_markup_index_set(struct ko_markup_index *x, const char *p, size_t n)
{
	size_t words = (n + 63) / 64, kw = (words + 63) / 64;
	x->p = p;
	x->n = n;
	if (words > x->cap) {
		x->cap = words < 2 * x->cap ? 2 * x->cap : words;
		x->bits = ko_xrealloc(x->bits, x->cap * sizeof *x->bits);
		x->known = ko_xrealloc(x->known, (x->cap + 63) / 64 * sizeof *x->known);
	}
	if (kw)
		memset(x->known, 0, kw * sizeof *x->known);
}

/* Word w of the bits, read now (and with AVX2 up to three after it not
 * read yet, up to word last, which the question asked reaches: a caller
 * that asks about few sentences of a long text does not have the text
 * between them read). */
static uint64_t index_read(struct ko_markup_index *x, size_t w, size_t last)
{
	x->known[w >> 6] |= (uint64_t)1 << (w & 63);
	const u8 *p = (const u8 *)x->p;
#ifdef KO_AVX2
	if (w && 64 * w + 67 <= x->n && ko_have_avx2()) {
		size_t nw = 1;
		while (nw < 4 && w + nw <= last && 64 * (w + nw) + 67 <= x->n &&
		       !(x->known[(w + nw) >> 6] >> ((w + nw) & 63) & 1)) {
			x->known[(w + nw) >> 6] |= (uint64_t)1 << ((w + nw) & 63);
			nw++;
		}
		index_words32(p, 64 * w, x->bits + w, nw, x->holes);
		return x->bits[w];
	}
#endif
	return x->bits[w] = index_word(p, x->n, 64 * w, x->holes);
}

/* Word w of the bits, read now if it was not yet. */
static inline uint64_t index_bits(struct ko_markup_index *x, size_t w, size_t last)
{
	if (x->known[w >> 6] >> (w & 63) & 1)
		return x->bits[w];
	return index_read(x, w, last);
}

uint64_t ko_markup_index_word(struct ko_markup_index *x, size_t w, size_t last)
{
	return index_bits(x, w, last);
}

/* The bits of positions [from, to) (from < to <= n), a word at a time:
 * FOR_BITS(x, from, to, i) { ... } visits them in order, and reads the
 * text only as far as the visit goes. */
#define FOR_BITS(x, from, to, i)                                                                 \
	for (size_t w_ = (from) >> 6, last_ = ((to) - 1) >> 6, i; w_ <= last_; w_++)               \
		for (uint64_t m_ = index_bits(x, w_, last_) &                                                   \
		                   (w_ == (from) >> 6 ? ~(uint64_t)0 << ((from) & 63) : ~(uint64_t)0) &  \
		                   (w_ == last_ ? ~(uint64_t)0 >> (63 - (((to) - 1) & 63)) : ~(uint64_t)0); \
		     m_ && (i = w_ << 6 | (size_t)__builtin_ctzll(m_), 1); m_ &= m_ - 1)

/* The 음 or 래 of a lead-in phrase at i, whose phrase starts at i - 3. */
static inline int eum_rae(const u8 *p, size_t i)
{
	return (p[i] == 0xEC && p[i + 1] == 0x9D && p[i + 2] == 0x8C) ||
	       (p[i] == 0xEB && p[i + 1] == 0x9E && p[i + 2] == 0x98);
}

/* ko_markup_find on p[b, e) of the index, and with lead set, whether the
 * span holds a lead-in phrase (ko_lead_in without the colon), asked in the
 * same visit of the bits: *lead is known when no markup is found. */
static int find_in(struct ko_markup_index *x, size_t b, size_t e, size_t *at, size_t *len,
                   int *lead)
{
	const u8 *p = (const u8 *)x->p, *q = p + b;
	size_t m = e - b, l;
	int k;
	if (lead)
		*lead = 0;
	/* the span's first byte starts a line */
	if (m && (k = ko_markup_at((const char *)q, m, 0, len))) {
		*at = 0;
		return k;
	}
	if (m > 1) {
		FOR_BITS(x, b + 1, e, i) {
			u8 c = p[i], a = p[i - 1];
			if (a == '\n' || item_start[c] || (lower(c) && !word(a))) {
				if ((k = ko_markup_at((const char *)q, m, i - b, len))) {
					*at = i - b;
					return k;
				}
			} else if (a == ' ' && c >= 0xEA && c <= 0xEC && (l = particle(q, m, i - b))) {
				*at = i - b;
				*len = l;
				return KO_MARKUP_PARTICLE;
			}
			/* the 음 or 래 of a phrase at j, 3 <= j, j + 3 <= m */
			if (lead && !*lead && i >= b + 3 && i + 3 <= e && eum_rae(p, i) &&
			    lead_in_at(q, m, i - b - 3))
				*lead = 1;
		}
	}
	*at = m;
	*len = 0;
	return KO_MARKUP_NONE;
}

int ko_markup_find_in(struct ko_markup_index *x, size_t b, size_t e, size_t *at, size_t *len)
{
	return find_in(x, b, e, at, len, NULL);
}

int ko_markup_sentence_in(struct ko_markup_index *x, size_t b, size_t e)
{
	size_t at, len;
	int lead, k = find_in(x, b, e, &at, &len, &lead);
	if (k)
		return k;
	return lead || colon_end((const u8 *)x->p + b, e - b) ? KO_MARKUP_LEAD_IN : 0;
}

int ko_markup_text_in(struct ko_markup_index *x, size_t b, size_t e)
{
	size_t at, len;
	int lead, k = find_in(x, b, e, &at, &len, &lead);
	return k ? k : lead ? KO_MARKUP_LEAD_IN : 0;
}

int ko_lead_in_in(struct ko_markup_index *x, size_t b, size_t e, int colon)
{
	const u8 *p = (const u8 *)x->p, *q = p + b;
	size_t m = e - b;
	if (colon && colon_end(q, m))
		return 1;
	if (m < 6)
		return 0;
	FOR_BITS(x, b + 3, e - 2, i) {
		if (eum_rae(p, i) && lead_in_at(q, m, i - b - 3))
			return 1;
	}
	return 0;
}

void ko_markup_index_free(struct ko_markup_index *x)
{
	free(x->bits);
	free(x->known);
	x->bits = x->known = NULL;
	x->cap = 0;
}

/* An emptied number at the bracket p[i] (olen bytes), content up to the
 * first closing bracket (markup.h, number): its length, or 0. */
static size_t emptied_number(const u8 *p, size_t n, size_t i, int olen)
{
	static const char *const unit[] = {"달러", "원", "엔", "유로", "파운드", "위안", "프랑"};
	size_t b = i + (size_t)olen, j, lim = n - b > 64 ? b + 64 : n;
	int sign = i > 0 && p[i - 1] == '$';
	if (!sign && i >= 2 && ((p[i - 2] == 0xC2 && (p[i - 1] == 0xA3 || p[i - 1] == 0xA5)))) /* £ ¥ */
		sign = 1;
	if (!sign && i >= 3 && p[i - 3] == 0xE2 && p[i - 2] == 0x82 &&
	    (p[i - 1] == 0xAC || p[i - 1] == 0xA9)) /* € ₩ */
		sign = 1;
	if (!sign && (b >= n || p[b] != ' '))
		return 0;
	for (j = b; j < lim && p[j] != ')' && p[j] != '(' && p[j] != '\n'; j++)
		if (digit(p[j]))
			return 0;
	if (j >= lim || p[j] != ')')
		return 0;
	if (sign)
		return j + 1 - i;
	size_t e = j;
	while (e > b && p[e - 1] == ' ')
		e--;
	for (size_t k = 0; k < sizeof unit / sizeof *unit; k++) {
		size_t m = strlen(unit[k]);
		if (e - b >= m && !memcmp(p + e - m, unit[k], m) && (e - m == b || p[e - m - 1] == ' '))
			return j + 1 - i;
	}
	return 0;
}

#ifdef KO_AVX2
/* ko_glued_gloss, the copula's connective form (copula_between_in) and
 * ko_particle_mismatch in one pass (n >= 38, AVX2): the checks of want
 * (KO_WORDS_*; KO_WORDS_COPULA: copula_between_in only) that hold. */
__attribute__((target("avx2"))) static unsigned words32(const u8 *p, size_t n, unsigned want);
#endif

int ko_glued_gloss(const char *s, size_t n)
{
	const u8 *p = (const u8 *)s;
	size_t i = 3;
#ifdef KO_AVX2
	if (n >= 38 && ko_have_avx2())
		return words32(p, n, KO_WORDS_GLOSS) != 0;
#endif
#ifdef __SSE2__
	/* the last block is moved back to end at the text's end, over
	 * offsets already looked at: none is left to the byte loop */
	for (; n >= 19; i += 16) {
		if (i + 16 > n)
			i = n - 16;
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i a = _mm_sub_epi8(x, _mm_set1_epi8('A'));
		unsigned m = (unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(_mm_min_epu8(a, _mm_set1_epi8(25)), a));
		for (; m; m &= m - 1) {
			size_t k = i + (size_t)__builtin_ctz(m);
			if (k + 4 <= n && letter(p, n, k - 3) == 3 && lower(p[k + 1]) && lower(p[k + 2]) &&
			    lower(p[k + 3]))
				return 1;
		}
		if (i + 16 == n)
			return 0;
	}
#endif
	for (; i + 4 <= n; i++)
		if (p[i] >= 'A' && p[i] <= 'Z' && letter(p, n, i - 3) == 3 && lower(p[i + 1]) &&
		    lower(p[i + 2]) && lower(p[i + 3]))
			return 1;
	return 0;
}

/* The length of the copula's connective form at p[i] (이며, 이고, 이므로,
 * 이지만) standing alone after a word in a case particle and a space,
 * before a comma, white space or the end (분자는 이며, 분모는 ...; 자리가
 * 이고 그렇지 않은 ...), or 0. Not 이고 after 을 or 를, which is the verb
 * 이다 (짐을 이고 가다), nor a name before a role (러셀은 이고 역으로), nor
 * 이고 저고. */
static size_t copula_between(const u8 *p, size_t n, size_t i)
{
	/* After a genitive the copula has lost its noun too (MITs사의
	 * 이었으며: 의 modifies a noun, never the copula), in the past as
	 * well: 이었 there is not 잇다, which takes an object. */
	if (i >= 8 && p[i - 1] == ' ' && syl3(p, n, i - 4) == 0xEC9D98 /* 의 */ &&
	    letter(p, n, i - 7) == 3 && syl3(p, n, i + 3) == 0xEC9788 /* 었 */)
		return 6;
	size_t l = copula_form(p, n, i, 0);
	if (!l || i + l > n || i < 8 || p[i - 1] != ' ' ||
	    (i + l < n && p[i + l] != ' ' && p[i + l] != ',' && p[i + l] != '\n'))
		return 0;
	int go = syl3(p, n, i + 3) == 0xEAB3A0; /* 이고 */
	switch (syl3(p, n, i - 4)) {
	case 0xEC9D84: case 0xEBA5BC: /* 을 를 */
		if (go)
			return 0;
		break;
	case 0xEC9D80: case 0xEB8A94: case 0xEC9DB4: case 0xEAB080: /* 은 는 이 가 */
	case 0xEC9D98: /* 의 */
		break;
	default:
		return 0;
	}
	if (letter(p, n, i - 7) != 3)
		return 0;
	if (go && i + l + 1 < n && p[i + l] == ' ') {
		size_t j = i + l + 1;
		uint32_t next = syl3(p, n, j), after = syl3(p, n, j + 3);
		if (next == 0xECA080 && after == 0xEAB3A0) /* 저고 */
			return 0;
		if (next == 0xEC97AD) /* 역, 역으로 역을 역은 역의 역이 역에 */
			switch (after) {
			case 0: case 0xEC9CBC: case 0xEC9D84: case 0xEC9D80: case 0xEC9D98:
			case 0xEC9DB4: case 0xEC9790:
				return 0;
			}
	}
	return l;
}

/* The offset of the next 이 after a space in p[i..n), or n: found by its
 * last byte (B4, rare in Hangul text), then the three before it (memmem of
 * the four costs about four instructions a byte; memchr, a fraction of
 * one). */
static size_t space_i(const u8 *p, size_t n, size_t i)
{
	if (i + 2 >= n)
		return n;
	const u8 *q = p + i + 2, *e = p + n;
	while (q < e && (q = memchr(q, 0xB4, (size_t)(e - q)))) {
		if (q - p >= 3 && q[-1] == 0x9D && q[-2] == 0xEC && q[-3] == ' ')
			return (size_t)(q - p) - 2;
		q++;
	}
	return n;
}

/* 1 if p[0..n) holds the copula's connective form alone (copula_between). */
static int copula_between_in(const u8 *p, size_t n)
{
#ifdef KO_AVX2
	if (n >= 38 && ko_have_avx2())
		return words32(p, n, KO_WORDS_COPULA) != 0;
#endif
	for (size_t i = space_i(p, n, 0); i < n; i = space_i(p, n, i + 3))
		if (copula_between(p, n, i))
			return 1;
	return 0;
}

/* The end of ko_copula_hole: the copula alone before the full stop. */
static int copula_end(const u8 *p, size_t n)
{
	while (n && (p[n - 1] == ' ' || p[n - 1] == '\n'))
		n--;
	if (n < 12 || p[n - 1] != '.' || syl3(p, n, n - 4) != 0xEB8BA4) /* 다 */
		return 0;
	size_t w = n - 4; /* the copula's start */
	int i_da = w >= 3 && syl3(p, n, w - 3) == 0xEC9DB4; /* 이다 */
	if (i_da)
		w -= 3;
	if (w < 7 || p[w - 1] != ' ')
		return 0;
	switch (syl3(p, n, w - 4)) {
	case 0xEC9D80: case 0xEB8A94: case 0xEC9D84: case 0xEBA5BC: /* 은 는 을 를 */
		break;
	case 0xEC9DB4: case 0xEAB080: /* 이 가 */
		if (!i_da)
			return 0;
		break;
	default:
		return 0;
	}
	return letter(p, n, w - 7) == 3;
}

int ko_copula_hole(const char *s, size_t n)
{
	return copula_between_in((const u8 *)s, n) || copula_end((const u8 *)s, n);
}

/* The sentences' ends before a full stop then white space or the end:
 * copula_end of each prefix p[0..k) so ending. (ko_copula_hole of such a
 * prefix less copula_between_in: a form that it finds in the prefix, which
 * ends in '.', is one it finds in p, with the same bytes around it.) */
static int copula_ends_in(const u8 *p, size_t n)
{
	const u8 *q = p, *e = p + n;
	while (q < e && (q = memchr(q, '.', (size_t)(e - q)))) { /* 다. */
		q++;
		if (q - p >= 4 && syl3(p, n, (size_t)(q - p) - 4) == 0xEB8BA4 &&
		    (q == e || *q == ' ' || *q == '\n') && copula_end(p, (size_t)(q - p)))
			return 1;
	}
	return 0;
}

int ko_copula_hole_in(const char *s, size_t n)
{
	return copula_between_in((const u8 *)s, n) || copula_ends_in((const u8 *)s, n);
}

/* ---- a particle that does not fit its word (ko_particle_mismatch) ---- */

/* The syllables without a batchim after which 은 or 을 ends a word as
 * written: verbs whose stem lost its ㅅ or ends in ㅡ (지은, 나은, 이은,
 * 모은, 그은, 부은, 저은; 지을, 모을 ...), nouns (마을, 가을, 고을, 노을,
 * 수은, 보은, 고은), given names (지은, 다은, 하은, 서은, 예은: 이세은),
 * and a constituency's half (강서을, 울산광역시을, 해운대구을). */
static const char eun_after[] = "지나이모그부저수보고다하서예소채시유세재혜주도가아우해태효희규래";
static const char eul_after[] = "마가고노지이모부나저그서구시";

static int syl_among(const char *set, const u8 *s)
{
	for (const char *q = set; *q; q += 3)
		if (!memcmp(q, s, 3))
			return 1;
	return 0;
}

/* The batchim of the Hangul syllable at p[i] (letter() is 3 there). */
static int batchim_at(const u8 *p, size_t i)
{
	uint32_t c = (uint32_t)(p[i] & 0x0F) << 12 | (uint32_t)(p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
	return (int)((c - 0xAC00) % 28);
}

/* Whether a word ends at p[e]: the end, an ASCII byte, or a character
 * that is no Hangul syllable (whose lead bytes are EA to ED). */
static int word_end(const u8 *p, size_t n, size_t e)
{
	return e == n || p[e] < 0x80 || (p[e] >= 0xC0 && (p[e] < 0xEA || p[e] > 0xED));
}

/* The particle ending at p[e] (a word end) and the syllable before it:
 * 1 if they disagree. */
static int mismatch_at(const u8 *p, size_t n, size_t e)
{
	const u8 *q = p + e - 3;
	if (q[0] == 0xEC && q[1] == 0x9D && (q[2] == 0x80 || q[2] == 0x84)) /* 은 을 */
		return letter(p, n, e - 6) == 3 && !batchim_at(p, e - 6) &&
		       !syl_among(q[2] == 0x80 ? eun_after : eul_after, p + e - 6);
	if (q[0] == 0xEB && q[1] == 0xA5 && q[2] == 0xBC) /* 를, not the verb 들를 */
		return letter(p, n, e - 6) == 3 && batchim_at(p, e - 6) &&
		       !(!memcmp(p + e - 6, "들", 3) && (e == 6 || p[e - 7] < 0x80));
	if (q[0] == 0xEC && q[1] == 0x99 && q[2] == 0x80) /* 와 */
		return letter(p, n, e - 6) == 3 && batchim_at(p, e - 6);
	/* 으로, and 으로서 으로써 으로는 으로도 으로의 으로부터: after no
	 * batchim or ㄹ, 로 */
	size_t f = e;
	if (f >= 9 && !memcmp(p + f - 6, "로", 3) &&
	    (!memcmp(q, "서", 3) || !memcmp(q, "써", 3) || !memcmp(q, "는", 3) ||
	     !memcmp(q, "도", 3) || !memcmp(q, "의", 3)))
		f -= 3;
	else if (f >= 12 && !memcmp(p + f - 6, "부터", 6))
		f -= 6;
	if (f < 9 || memcmp(p + f - 6, "으로", 6) || letter(p, n, f - 9) != 3)
		return 0;
	int b = batchim_at(p, f - 9);
	return b == 0 || b == 8;
}

/* Whether the syllable before p[e] is one of the particles read (은 을
 * 를 와 로, or the 서 써 는 도 의 after 로 and 터 after 부 of 으로서 ...
 * 으로부터): a cheap look before mismatch_at. */
static inline int particle_end(const u8 *p, size_t e)
{
	uint32_t v = (uint32_t)p[e - 3] << 16 | (uint32_t)p[e - 2] << 8 | p[e - 1];
	switch (v) {
	case 0xEC9D80: case 0xEC9D84: case 0xEBA5BC: case 0xEC9980: case 0xEBA19C: /* 은 을 를 와 로 */
		return 1;
	case 0xEC849C: case 0xEC8DA8: case 0xEB8A94: case 0xEB8F84: case 0xEC9D98: /* 서 써 는 도 의 */
		return e >= 9 && p[e - 6] == 0xEB && p[e - 5] == 0xA1 && p[e - 4] == 0x9C;
	case 0xED84B0: /* 터, of 부터 */
		return e >= 9 && p[e - 6] == 0xEB && p[e - 5] == 0xB6 && p[e - 4] == 0x80;
	default:
		return 0;
	}
}

int ko_particle_mismatch(const char *s, size_t n)
{
	const u8 *p = (const u8 *)s;
	size_t e = 6;
#ifdef KO_AVX2
	if (n >= 38 && ko_have_avx2())
		return words32(p, n, KO_WORDS_AGREEMENT) != 0;
#endif
#ifdef __SSE2__
	/* most word ends are before an ASCII byte (a space, a stop): those
	 * are found 16 at a time, the rarer ones before another character
	 * that is no syllable one at a time */
	for (; e + 16 <= n; e += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + e));
		__m128i a = _mm_sub_epi8(x, _mm_set1_epi8((char)0xC0));
		__m128i h = _mm_sub_epi8(x, _mm_set1_epi8((char)0xEA));
		__m128i lead = _mm_andnot_si128(
		    _mm_cmpeq_epi8(_mm_min_epu8(h, _mm_set1_epi8(3)), h),
		    _mm_cmpeq_epi8(_mm_min_epu8(a, _mm_set1_epi8(0x3F)), a));
		/* an ASCII byte, or a lead byte that starts no syllable (not
		 * EA..ED) */
		unsigned m = (~(unsigned)_mm_movemask_epi8(x) | (unsigned)_mm_movemask_epi8(lead)) &
		             0xFFFF;
		for (; m; m &= m - 1) {
			size_t k = e + (size_t)__builtin_ctz(m);
			if (particle_end(p, k) && mismatch_at(p, n, k))
				return 1;
		}
	}
#endif
	for (; e <= n; e++)
		if (word_end(p, n, e) && particle_end(p, e) && mismatch_at(p, n, e))
			return 1;
	return 0;
}

/* ---- the word checks of a sentence in one pass (ko_markup_words) ---- */

/* Whether the upper-case letter at p[k] opens a glued gloss (ko_glued_gloss). */
static inline int gloss_at(const u8 *p, size_t n, size_t k)
{
	return k >= 3 && k + 4 <= n && letter(p, n, k - 3) == 3 && lower(p[k + 1]) &&
	       lower(p[k + 2]) && lower(p[k + 3]);
}

#ifdef KO_AVX2
/* words32 on a processor with AVX2: one scan for the three checks, on
 * five loads of each block of 32 positions k, read backwards from k: a
 * word end after one of the particles ko_particle_mismatch reads (a byte
 * that leads no syllable, after a syllable of EB or EC ending in 80 84
 * BC 9C, 은 을 와 를 로, or two after one of EB A1 or EB B6, 로 and 부,
 * which take 서 ... 터: particle_end tells them apart), the B4 of 이
 * after a space (its connective form starts two bytes before), an
 * upper-case letter (a gloss); the last block moved back to end at the
 * text's end, the positions it looked at already dropped, a check once
 * found no longer asked. The constants are read from memory where used
 * (through kp, which the compiler is told changes in every block, so
 * that each stays an operand of its compare): there are more of them
 * than registers, and each built again in every block costs three
 * instructions. */
__attribute__((target("avx2"))) static unsigned words32(const u8 *p, size_t n, unsigned want)
{
	static const u8 kc[14][32] __attribute__((aligned(32))) = {
#define K32(x) {x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x}
	    K32(0x80), K32(0x84), K32(0xBC), K32(0x9C), K32(0xEB), K32(0xEC), K32(0xA1), K32(0xB6),
	    K32(0xEA), K32(3), K32(0xB4), K32(' '), K32('A'), K32(25),
#undef K32
	};
	enum { N80, N84, NBC, N9C, NEB, NEC, NA1, NB6, NEA, N3, NB4, NSP, NA, N25 };
#define K(j) _mm256_load_si256((const __m256i *)(const void *)kp[j])
#define AT(k) _mm256_loadu_si256((const __m256i *)(const void *)(q - (k)))
	const u8(*kp)[32] = kc;
	unsigned found = 0;
	/* a gloss may start at 3 to 5, before the first block (a copula's
	 * form not: copula_between takes none before 8) */
	if (want & KO_WORDS_GLOSS)
		for (size_t k = 3; k < 6; k++)
			if (upper(p[k]) && gloss_at(p, n, k)) {
				found |= KO_WORDS_GLOSS;
				break;
			}
	for (size_t e = 6, from = 6;; e += 32) {
		if (e + 32 > n) {
			if (from == n)
				break;
			e = n - 32;
		}
		const u8 *q = p + e;
		__asm__("" : "+r"(kp));
		__m256i x0 = AT(0), x3 = AT(3);
		uint32_t keep = ~0u << (from - e), mm = 0, cm = 0, gm = 0;
		unsigned ask = want & ~found;
		if (ask & KO_WORDS_AGREEMENT) {
			__m256i x1 = AT(1), x5 = AT(5), x6 = AT(6);
			__m256i end = _mm256_or_si256(
			    _mm256_or_si256(_mm256_cmpeq_epi8(x1, K(N80)), _mm256_cmpeq_epi8(x1, K(N84))),
			    _mm256_or_si256(_mm256_cmpeq_epi8(x1, K(NBC)), _mm256_cmpeq_epi8(x1, K(N9C))));
			__m256i one = _mm256_and_si256(
			    end, _mm256_or_si256(_mm256_cmpeq_epi8(x3, K(NEB)), _mm256_cmpeq_epi8(x3, K(NEC))));
			__m256i two = _mm256_and_si256(
			    _mm256_cmpeq_epi8(x6, K(NEB)),
			    _mm256_or_si256(_mm256_cmpeq_epi8(x5, K(NA1)), _mm256_cmpeq_epi8(x5, K(NB6))));
			__m256i h = _mm256_sub_epi8(x0, K(NEA));
			__m256i syl = _mm256_cmpeq_epi8(_mm256_min_epu8(h, K(N3)), h);
			mm = (uint32_t)_mm256_movemask_epi8(_mm256_andnot_si256(syl, _mm256_or_si256(one, two))) &
			     keep;
		}
		if (ask & KO_WORDS_COPULA)
			cm = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(x0, K(NB4)),
			                                                     _mm256_cmpeq_epi8(x3, K(NSP)))) &
			     keep;
		if (ask & KO_WORDS_GLOSS) {
			__m256i a = _mm256_sub_epi8(x0, K(NA));
			gm = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(a, K(N25)), a)) &
			     keep;
		}
		for (; mm; mm &= mm - 1) {
			size_t k = e + (size_t)__builtin_ctz(mm);
			if (word_end(p, n, k) && particle_end(p, k) && mismatch_at(p, n, k)) {
				found |= KO_WORDS_AGREEMENT;
				break;
			}
		}
		for (; cm; cm &= cm - 1) {
			size_t k = e + (size_t)__builtin_ctz(cm);
			if (p[k - 1] == 0x9D && p[k - 2] == 0xEC && copula_between(p, n, k - 2)) {
				found |= KO_WORDS_COPULA;
				break;
			}
		}
		for (; gm; gm &= gm - 1)
			if (gloss_at(p, n, e + (size_t)__builtin_ctz(gm))) {
				found |= KO_WORDS_GLOSS;
				break;
			}
		if (found == want)
			return found;
		from = e + 32;
	}
#undef AT
#undef K
	if ((want & ~found & KO_WORDS_AGREEMENT) && particle_end(p, n) && mismatch_at(p, n, n))
		found |= KO_WORDS_AGREEMENT;
	return found;
}
#endif

/* ko_markup_words (text 0) or ko_markup_words_text (text 1). */
static unsigned markup_words(const char *s, size_t n, int text)
{
#ifdef KO_AVX2
	const u8 *p = (const u8 *)s;
	if (n >= 38 && ko_have_avx2()) {
		unsigned f = words32(p, n, KO_WORDS_COPULA | KO_WORDS_GLOSS | KO_WORDS_AGREEMENT);
		if (!(f & KO_WORDS_COPULA) && (text ? copula_ends_in(p, n) : copula_end(p, n)))
			f |= KO_WORDS_COPULA;
		return f;
	}
#endif
	return ((text ? ko_copula_hole_in(s, n) : ko_copula_hole(s, n)) ? KO_WORDS_COPULA : 0) |
	       (ko_glued_gloss(s, n) ? KO_WORDS_GLOSS : 0) |
	       (ko_particle_mismatch(s, n) ? KO_WORDS_AGREEMENT : 0);
}

unsigned ko_markup_words(const char *s, size_t n)
{
	return markup_words(s, n, 0);
}

unsigned ko_markup_words_text(const char *s, size_t n)
{
	return markup_words(s, n, 1);
}

const char *ko_markup_name(int kind)
{
	static const char *const names[] = {"none", "tag", "entity", "link", "template",
	                                    "placeholder", "magic word", "emphasis",
	                                    "empty bracket", "namespace", "particle alone",
	                                    "lead-in", "list item", "cross-reference",
	                                    "hatnote", "emptied number", "glued gloss", "url",
	                                    "unpaired bracket", "formula",
	                                    "particle mismatch", "comma first", "empty slot",
	                                    "opens inside"};
	_Static_assert(sizeof names / sizeof names[0] == KO_MARKUP_NKINDS,
	               "a name for every markup kind");
	return kind >= 0 && kind < KO_MARKUP_NKINDS ? names[kind] : "markup";
}

/* A letter of a formula's variable at p: ASCII (1 byte, *greek 0) or
 * Greek U+0391..U+03C9 (2 bytes, *greek 1); 0 if none. */
static size_t variable_letter(const u8 *p, size_t n, int *greek)
{
	*greek = 0;
	if (n >= 1 && ((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z'))
		return 1;
	*greek = 1;
	if (n >= 2 && ((p[0] == 0xCE && p[1] >= 0x91 && p[1] <= 0xBF) ||
	               (p[0] == 0xCF && p[1] >= 0x80 && p[1] <= 0x89)))
		return 2;
	return 0;
}

/* Whether the word w (with its trailing space, if any) ends at p[e]:
 * a blank or the start before it. */
static int word_before(const u8 *p, size_t e, const char *w)
{
	size_t m = strlen(w);
	return e >= m && !memcmp(p + e - m, w, m) &&
	       (e == m || p[e - m - 1] == ' ' || p[e - m - 1] == '\n');
}

/* Whether p[0..e) is empty or ends a sentence or a clause: a full stop
 * or a comma, then blanks. */
static int clause_start(const u8 *p, size_t e)
{
	while (e && (p[e - 1] == ' ' || p[e - 1] == '\n'))
		e--;
	return e == 0 || p[e - 1] == '.' || p[e - 1] == ',';
}

/* Whether 라고 or 그림 at p[k] (6 bytes, there) is a hole: 라고 as a word
 * opening a sentence after a full stop (not after a comma: 아닐까, 라고
 * 주장하였다); 그림 after a word that places a figure beside or above. */
static int formula_word(const u8 *p, size_t n, size_t k)
{
	if (p[k] == 0xEB) { /* 라고 */
		size_t b = k;
		while (b && (p[b - 1] == ' ' || p[b - 1] == '\n'))
			b--;
		return (k + 6 == n || p[k + 6] == ' ') && (b == k ? k == 0 : b == 0 || p[b - 1] == '.');
	}
	size_t e = k;
	if (e && p[e - 1] == ' ')
		e--;
	return word_before(p, e, "오른쪽") || word_before(p, e, "왼쪽") || word_before(p, e, "옆의") ||
	       (word_before(p, e, "위") && clause_start(p, e - 3)) ||
	       (word_before(p, e, "위의") && clause_start(p, e - 6));
}

/* 라고 (EB 9D BC EA B3 A0) or 그림 (EA B7 B8 EB A6 BC) at p[k]. */
static int rago_grim(const u8 *p, size_t n, size_t k)
{
	return k + 6 <= n && (!memcmp(p + k, "\xEB\x9D\xBC\xEA\xB3\xA0", 6) ||
	                      !memcmp(p + k, "\xEA\xB7\xB8\xEB\xA6\xBC", 6));
}

#ifdef KO_AVX2
/* The SSE2 loop of ko_formula_hole 32 positions at a time (n >= 34), the
 * last block moved back to end at the text's end over positions already
 * looked at, whose bits are dropped: none is left to a byte loop, which
 * would cost a sentence more than its blocks. 1 at a hole, else 0. */
__attribute__((target("avx2"))) static int formula_words32(const u8 *p, size_t n)
{
	for (size_t j = 2, from = 2;; j += 32) {
		if (j + 34 > n) {
			if (from + 4 > n)
				return 0;
			j = n - 34;
		}
		__m256i v0 = _mm256_loadu_si256((const __m256i *)(const void *)(p + j));
		__m256i v1 = _mm256_loadu_si256((const __m256i *)(const void *)(p + j + 1));
		__m256i v2 = _mm256_loadu_si256((const __m256i *)(const void *)(p + j + 2));
		__m256i ra = _mm256_and_si256(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8((char)0xBC)),
		                              _mm256_and_si256(_mm256_cmpeq_epi8(v1, _mm256_set1_epi8((char)0xEA)),
		                                               _mm256_cmpeq_epi8(v2, _mm256_set1_epi8((char)0xB3))));
		__m256i gr = _mm256_and_si256(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8((char)0xB8)),
		                              _mm256_and_si256(_mm256_cmpeq_epi8(v1, _mm256_set1_epi8((char)0xEB)),
		                                               _mm256_cmpeq_epi8(v2, _mm256_set1_epi8((char)0xA6))));
		unsigned m = (unsigned)_mm256_movemask_epi8(_mm256_or_si256(ra, gr));
		if (j < from)
			m &= ~0u << (from - j);
		for (; m; m &= m - 1) {
			size_t k = j + (size_t)__builtin_ctz(m) - 2;
			if (rago_grim(p, n, k) && formula_word(p, n, k))
				return 1;
		}
		from = j + 32;
	}
}
#endif

/* Whether the double quote at p[q] opens a variable in quotes ("x", "aψ"). */
static int quoted_variable(const u8 *p, size_t n, size_t q)
{
	size_t i = q + 1, l;
	int letters = 0, greek = 0, g;
	while (letters < 3 && (l = variable_letter(p + i, n - i, &g))) {
		i += l;
		greek |= g;
		letters++;
	}
	return i < n && p[i] == '"' && (letters == 1 || (letters == 2 && greek));
}

int ko_formula_hole_at(const char *s, size_t n, size_t i)
{
	const u8 *p = (const u8 *)s;
	if (p[i] == '"')
		return quoted_variable(p, n, i);
	return i >= 2 && i + 4 <= n && formula_seam(p + i) && rago_grim(p, n, i - 2) &&
	       formula_word(p, n, i - 2);
}

int ko_formula_hole(const char *s, size_t n)
{
	const u8 *p = (const u8 *)s;
	for (const u8 *q = memchr(p, '"', n); q; q = memchr(q + 1, '"', n - (size_t)(q + 1 - p)))
		if (quoted_variable(p, n, (size_t)(q - p)))
			return 1;
	/* 라고 and 그림 looked for together by the three bytes across their
	 * syllables' seam, rare in other text (BC EA B3, B8 EB A6), 16
	 * positions at a time */
	size_t j = 2;
#ifdef KO_AVX2
	if (n >= 34 && ko_have_avx2())
		return formula_words32(p, n);
#endif
#ifdef __SSE2__
	for (; j + 18 <= n; j += 16) {
		__m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(p + j));
		__m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(p + j + 1));
		__m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(p + j + 2));
		__m128i ra = _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8((char)0xBC)),
		                           _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0xEA)),
		                                         _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0xB3))));
		__m128i gr = _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8((char)0xB8)),
		                           _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0xEB)),
		                                         _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0xA6))));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(ra, gr));
		for (; m; m &= m - 1) {
			size_t k = j + (size_t)__builtin_ctz(m) - 2;
			if (rago_grim(p, n, k) && formula_word(p, n, k))
				return 1;
		}
	}
#endif
	for (; j + 4 <= n; j++)
		if (rago_grim(p, n, j - 2) && formula_word(p, n, j - 2))
			return 1;
	return 0;
}
