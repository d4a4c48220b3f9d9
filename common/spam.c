/* spam.c - the spam rule of ko-quality (spam.h): calls to action near
 * pointers to outside places. Moved out of ko-quality.c whole; the
 * tables are spam_table.h. */
#define _GNU_SOURCE /* memmem */
#include <string.h>
#include <strings.h>

#include "ko.h"
#include "spam_table.h"

_Static_assert(NCTA <= KO_SPAM_ENDINGS, "more call-to-action endings than struct ko_spam holds");

void ko_spam_init(struct ko_spam *s)
{
	s->ncta_last = 0;
	for (size_t k = 0; k < NCTA; k++) {
		/* every ending is of 3-byte characters (Hangul) */
		const unsigned char *q = (const unsigned char *)cta_endings[k].end;
		size_t l = s->cta_len[k] = strlen(cta_endings[k].end), j = 0;
		uint32_t v = (uint32_t)q[l - 3] << 16 | (uint32_t)q[l - 2] << 8 | q[l - 1];
		while (j < s->ncta_last && s->cta_last[j] != v)
			j++;
		if (j == s->ncta_last)
			s->cta_last[s->ncta_last++] = v;
	}
}

/* 1 if p[0..i) ends with the string w and w starts a word there (no
 * Hangul syllable or ASCII letter or digit before it). */
static int ends_with_word(const char *p, size_t i, const char *w)
{
	size_t k = strlen(w);
	if (k > i || memcmp(p + i - k, w, k))
		return 0;
	const unsigned char *u = (const unsigned char *)p;
	size_t s = i - k;
	if (s && ko_is_ascii_alnum(u[s - 1]))
		return 0;
	return !(s >= 3 && ko_syllable_at(u + s - 3, 3));
}

/* The place (spam_places) that p[0..i) ends with, blanks and a colon
 * before i skipped, or NULL. */
static const char *place_before(const char *p, size_t i)
{
	while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == ':' || p[i - 1] == '\t'))
		i--;
	for (size_t k = 0; k < sizeof spam_places / sizeof *spam_places; k++) {
		size_t m = strlen(spam_places[k]);
		if (m <= i && !memcmp(p + i - m, spam_places[k], m) &&
		    !(i > m && ko_is_ascii_alnum((unsigned char)p[i - m - 1]) &&
		      ko_is_ascii_alnum((unsigned char)spam_places[k][0])))
			return spam_places[k];
	}
	return NULL;
}

/* The end of the word at or after p[i], and of the word after it. */
static size_t next_words_end(const char *p, size_t n, size_t i)
{
	for (int w = 0; w < 2; w++) {
		while (i < n && (p[i] == ' ' || p[i] == '\t') && w)
			i++;
		while (i < n && p[i] != ' ' && p[i] != '\t' && p[i] != '\n')
			i++;
	}
	return i;
}

/* Whether the ending k found at p[h] ends a call to action: the word ends
 * there, the text goes on with no question mark, the syllable before is
 * allowed, it is no wish, and 바랍니다 is asked of the reader rather
 * than hoped (오시기 바랍니다, 참여 바랍니다; not 좋아지길 바랍니다). */
static int cta_at(const struct ko_spam *c, const char *p, size_t n, size_t h, size_t k)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t e = h + c->cta_len[k];
	if (e < n && (ko_is_ascii_alnum(u[e]) || ko_syllable_at(u + e, n - e)))
		return 0;
	for (size_t j = e; j < n && u[j] != ' ' && u[j] != '\n' && !ko_syllable_at(u + j, n - j); j++)
		if (u[j] == '?' || (u[j] == 0xEF && j + 2 < n && u[j + 1] == 0xBC && u[j + 2] == 0x9F))
			return 0; /* ? and its full width */
	if (cta_endings[k].before) {
		const char *a = cta_endings[k].before;
		if (h < 3 || !ko_syllable_at(u + h - 3, 3) || !memmem(a, strlen(a), p + h - 3, 3))
			return 0;
	}
	if (cta_endings[k].whole && h > 0 &&
	    (ko_is_ascii_alnum(u[h - 1]) || (h >= 3 && ko_syllable_at(u + h - 3, 3))))
		return 0;
	for (size_t w = 0; w < sizeof cta_wishes / sizeof *cta_wishes; w++)
		if (ends_with_word(p, e, cta_wishes[w]))
			return 0;
	if (!strcmp(cta_endings[k].end, "바랍니다") && h > 0 && (p[h - 1] == ' ' || p[h - 1] == '\t')) {
		/* 바랍니다 as a word of its own: after 기를, 기 or 길 it is
		 * a hope unless 시 comes before them (하시기 바랍니다) */
		static const char *const hope[] = {"기를", "기", "길"};
		size_t b = h - 1;
		for (size_t t = 0; t < 3; t++) {
			size_t l = strlen(hope[t]);
			if (b >= l && !memcmp(p + b - l, hope[t], l))
				return b >= l + 3 && !memcmp(p + b - l - 3, "시", 3);
		}
	}
	return 1;
}

/* 1 if a call to action ends in p[from..to) (judged in all of p[0..n)):
 * one pass over the characters; the endings are compared only after a
 * character that ends one of them (c->cta_last: 요, 오, 다, ...) at the end
 * of a word. */
static int has_cta(const struct ko_spam *c, const char *p, size_t n, size_t from, size_t to)
{
	const unsigned char *u = (const unsigned char *)p;
	for (size_t i = from; i + 3 <= to;) {
		unsigned char b = u[i];
		if (b < 0xE0 || b >= 0xF0) {
			i += b < 0xC0 ? 1 : b < 0xE0 ? 2 : 4;
			continue;
		}
		uint32_t v = (uint32_t)b << 16 | (uint32_t)u[i + 1] << 8 | u[i + 2];
		size_t e = i + 3, l = 0;
		i = e;
		while (l < c->ncta_last && c->cta_last[l] != v)
			l++;
		if (l == c->ncta_last || (e < n && (ko_is_ascii_alnum(u[e]) || ko_syllable_at(u + e, n - e))))
			continue;
		for (size_t k = 0; k < NCTA; k++) {
			size_t kl = c->cta_len[k];
			if (e >= from + kl && !memcmp(p + e - kl, cta_endings[k].end, kl) &&
			    cta_at(c, p, n, e - kl, k))
				return 1;
		}
	}
	return 0;
}

/* 1 if an id follows p[i] (blanks and a colon skipped): four letters or
 * digits or more, a letter among them, in lower case or with a digit or
 * an underscore (a capitalised word is a name: 채널 Mnet). */
static int id_at(const char *p, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t k0 = i;
	while (k0 < n && (u[k0] == ' ' || u[k0] == ':' || u[k0] == '\t'))
		k0++;
	if (k0 == i && i < n && u[i] != '@')
		return 0;
	size_t k = k0 + (k0 < n && u[k0] == '@');
	int letter = 0, upper = 0, mark = 0;
	size_t s = k;
	while (k < n && (ko_is_ascii_alnum(u[k]) || u[k] == '_' || u[k] == '.')) {
		letter |= (u[k] | 32) >= 'a' && (u[k] | 32) <= 'z';
		upper |= u[k] >= 'A' && u[k] <= 'Z';
		mark |= u[k] == '_' || (u[k] >= '0' && u[k] <= '9');
		k++;
	}
	return k - s >= 4 && letter && (mark || !upper);
}

/* 1 if a telephone number (ko_phone_end) holds the separator at p[i] (a
 * '-' or '.' after a digit): its start is looked for where each of the
 * groups before it starts, or at a '+' or '(' just before one
 * (+82 10-1234-5678), back to the third group. */
static int phone_around(const char *p, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t s = i;
	for (int g = 0; g < 3; g++) {
		while (s > 0 && u[s - 1] >= '0' && u[s - 1] <= '9')
			s--;
		size_t b = s > 0 && (u[s - 1] == '+' || u[s - 1] == '(') ? s - 1 : s;
		if (ko_number_may_start(p, b) && ko_phone_end(p, n, b) > i)
			return 1;
		if (s < 2 || !(u[s - 1] == '-' || u[s - 1] == '.' || u[s - 1] == ')' || u[s - 1] == ' ') ||
		    !(u[s - 2] >= '0' && u[s - 2] <= '9'))
			return 0;
		s--;
	}
	return 0;
}

/* 1 if a URL (ko_url_end) starts at p[s], where a word starts. */
static int url_at(const char *p, size_t n, size_t s)
{
	unsigned char b = s ? (unsigned char)p[s - 1] : ' ';
	return !ko_is_ascii_alnum(b) && !strchr("._-@/%+", b) && ko_url_end(p, n, s);
}

/* How near a pointer its call to action is: in its paragraph (a blank
 * line ends one: a task's instruction after the passage it quotes is the
 * task asking, 써 주세요, not the passage), and within 1000 bytes either
 * way, about 330 Hangul syllables, more than a comment or a post of spam
 * holds; a long article that names a site (OpenOffice.org) and quotes a
 * plea (용서해 주세요) pages away is no call to it, and the endings are
 * then looked for in that much of it, not in all of it. */
#define CTA_NEAR 1000

/* The span around p[i] where its call to action may be. */
static void near_span(const char *p, size_t n, size_t i, size_t *from, size_t *to)
{
	size_t f = i > CTA_NEAR ? i - CTA_NEAR : 0, t = n - i > CTA_NEAR ? i + CTA_NEAR : n;
	for (size_t k = i; k > f + 1; k--)
		if (p[k - 1] == '\n' && p[k - 2] == '\n') {
			f = k;
			break;
		}
	for (size_t k = i; k + 1 < t; k++)
		if (p[k] == '\n' && p[k + 1] == '\n') {
			t = k;
			break;
		}
	while (f > 0 && f < n && ((unsigned char)p[f] & 0xC0) == 0x80)
		f--; /* at a character's start */
	*from = f;
	*to = t;
}

/* Pointers whose span is looked at, at most, in one field: a list of a
 * thousand links is judged by its first ones, not in time that grows
 * with the square of its length. */
#define MAX_POINTERS 64

/* 1 if a call to action ends near p[i] (near_span); *left counts down
 * the spans that may still be looked at. */
static int cta_near(const struct ko_spam *c, const char *p, size_t n, size_t i, int *left)
{
	size_t from, to;
	if (*left <= 0)
		return 0;
	--*left;
	near_span(p, n, i, &from, &to);
	return has_cta(c, p, n, from, to);
}

/* 1 if a call to action, or a word that asks for a call (문의, 상담,
 * 예약), is near the telephone number at p[i]: 상담 문의 010-... is an
 * advertisement without an imperative. */
static int phone_cta_near(const struct ko_spam *c, const char *p, size_t n, size_t i, int *left)
{
	size_t from, to;
	if (*left <= 0)
		return 0;
	near_span(p, n, i, &from, &to);
	for (size_t k = 0; k < sizeof phone_calls / sizeof *phone_calls; k++)
		if (memmem(p + from, to - from, phone_calls[k], strlen(phone_calls[k])))
			return 1;
	return cta_near(c, p, n, i, left);
}

/* 1 if p[0..n) points to a place outside the text, with a call to action
 * near it (cta_near): a URL (://, www.), a domain (word.com), a path under
 * a place (카페/이름/), an id after a place (카톡 abc123, 아이디: abc123),
 * an @handle, a telephone number written with separators. Each is looked
 * for from a byte that Korean text seldom has (/ @ : - and the last byte
 * of 톡) or seldom after a Latin letter or a digit (.), found with memchr:
 * a pass over every character cost ko-quality an eighth more instructions
 * on Wikipedia, the whole rule as it is about 7%. */
static int pointer_cta(const struct ko_spam *c, const char *p, size_t n, int alnum)
{
	int left = MAX_POINTERS;
	const unsigned char *u = (const unsigned char *)p;
	const char *h;
	for (h = p; (h = memchr(h, '/', n - (size_t)(h - p))); h++) {
		size_t i = (size_t)(h - p);
		if (i >= 2 && u[i - 1] == ':' && ko_is_ascii_alnum(u[i - 2]) && i + 1 < n && u[i + 1] == '/') {
			size_t s = i - 1; /* the scheme's start */
			while (s > 0 && (u[s - 1] | 32) >= 'a' && (u[s - 1] | 32) <= 'z')
				s--;
			if (url_at(p, n, s) && cta_near(c, p, n, i, &left))
				return 1;
			continue;
		}
		/* 카페/이름/: a place, a name that is no place, a slash */
		size_t j = i;
		while (j > 0 && u[j - 1] == ' ')
			j--;
		if (!place_before(p, j) || ko_is_ascii_alnum(u[j - 1]))
			continue;
		size_t k = i + 1, e;
		while (k < n && u[k] == ' ')
			k++;
		for (e = k; e < n && u[e] != '/' && u[e] != '\n'; e++)
			;
		if (e < n && u[e] == '/' && e > k && !place_before(p, e) &&
		    (u[k] >= 0x80 || ko_is_ascii_alnum(u[k])) && cta_near(c, p, n, i, &left))
			return 1;
	}
	/* the others hold a Latin letter or a digit */
	if (!alnum)
		return 0;
	for (h = p; (h = memchr(h, '.', n - (size_t)(h - p))); h++) {
		size_t i = (size_t)(h - p);
		if (!i || u[i - 1] >= 0x80)
			continue; /* a sentence's end */
		if (i >= 3 && (u[i - 1] | 32) == 'w' && (u[i - 2] | 32) == 'w' && (u[i - 3] | 32) == 'w' &&
		    (i == 3 || !ko_is_ascii_alnum(u[i - 4]))) {
			if (url_at(p, n, i - 3) && cta_near(c, p, n, i, &left))
				return 1;
			continue;
		}
		if (u[i - 1] >= '0' && u[i - 1] <= '9' && phone_around(p, n, i)) {
			if (phone_cta_near(c, p, n, i, &left))
				return 1;
			continue;
		}
		if (!ko_is_ascii_alnum(u[i - 1]))
			continue;
		size_t k = i + 1, e = k;
		while (e < n && (u[e] | 32) >= 'a' && (u[e] | 32) <= 'z')
			e++;
		if (e == k || (e < n && ko_is_ascii_alnum(u[e])))
			continue;
		/* an e-mail address is how a notice is answered (문의:
		 * office@example.com); spam sends to a site or a messenger */
		size_t a = i, lim = i > 256 ? i - 256 : 0;
		while (a > lim && (ko_is_ascii_alnum(u[a - 1]) || u[a - 1] == '.' || u[a - 1] == '-' ||
		                 u[a - 1] == '_' || u[a - 1] == '+'))
			a--;
		if (a > 0 && u[a - 1] == '@')
			continue;
		for (size_t t = 0; t < sizeof spam_tlds / sizeof *spam_tlds; t++)
			if (strlen(spam_tlds[t]) == e - k && !strncasecmp(p + k, spam_tlds[t], e - k)) {
				if (cta_near(c, p, n, i, &left))
					return 1;
				break;
			}
	}
	for (h = p; (h = memchr(h, '-', n - (size_t)(h - p))); h++) {
		size_t i = (size_t)(h - p);
		if (i && u[i - 1] >= '0' && u[i - 1] <= '9' && phone_around(p, n, i) &&
		    phone_cta_near(c, p, n, i, &left))
			return 1;
	}
	/* (after a letter, an e-mail address: its domain says it) */
	for (h = p; (h = memchr(h, '@', n - (size_t)(h - p))); h++) {
		size_t i = (size_t)(h - p);
		if (!(i && ko_is_ascii_alnum(u[i - 1])) && id_at(p, n, i) && cta_near(c, p, n, i, &left))
			return 1;
	}
	for (h = p; (h = memchr(h, ':', n - (size_t)(h - p))); h++) {
		size_t i = (size_t)(h - p);
		if (place_before(p, i) && id_at(p, n, i) && cta_near(c, p, n, i, &left))
			return 1;
	}
	/* 톡 (ED 86 A1) ends 카톡, 카카오톡, 오픈톡 */
	for (h = p; (h = memchr(h, 0x86, n - (size_t)(h - p))); h++) {
		size_t i = (size_t)(h - p);
		if (i && u[i - 1] == 0xED && i + 1 < n && u[i + 1] == 0xA1 && place_before(p, i + 2) &&
		    id_at(p, n, i + 2) && cta_near(c, p, n, i, &left))
			return 1;
	}
	return 0;
}

int ko_spam_field(const struct ko_spam *c, const char *p, size_t n, int alnum)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t searched = 0;
	/* 검색 is EA B2 80 EC 83 89: from its last byte, seldom in text */
	for (const char *h = p; (h = memchr(h, 0x89, n - (size_t)(h - p))); h++) {
		size_t i = (size_t)(h - p) + 1;
		uint32_t next = i < n ? ko_syllable_at(u + i, n - i) : 0;
		if (i >= 6 && i >= searched && !memcmp(u + i - 6, "\xEA\xB2\x80\xEC\x83\x89", 6) &&
		    (!next || memmem(search_next, sizeof search_next - 1, p + i, 3))) {
			searched = next_words_end(p, n, i);
			if (has_cta(c, p, n, i, searched))
				return 1;
		}
	}
	return pointer_cta(c, p, n, alnum);
}

