/*
 * placeholder.c - the markers that stand where a text was deleted, hidden
 * or never written (삭제된 댓글입니다, 클린봇이 부적절한 표현을 감지한
 * 댓글입니다): ko-quality's "placeholder" rule, and what every task
 * generator refuses to make a task of.
 */
#include <string.h>

#include "ko.h"
#include "placeholder_table.h"

/* Compare phrase q to the text at p, blanks skipped in both, ASCII letters
 * in any case. Returns the bytes of p matched, or 0. */
size_t ko_loose_match(const char *p, size_t n, const char *q)
{
	size_t i = 0;
	for (;;) {
		while (*q == ' ')
			q++;
		if (!*q)
			return i;
		size_t k;
		while (i < n && (k = ko_space_len(p + i, n - i)))
			i += k;
		if (i == n)
			return 0;
		unsigned char a = (unsigned char)p[i], b = (unsigned char)*q;
		if (a >= 'A' && a <= 'Z')
			a += 32;
		if (b >= 'A' && b <= 'Z')
			b += 32;
		if (a != b)
			return 0;
		i++;
		q++;
	}
}

int ko_placeholder_line(const char *p, size_t n)
{
	size_t b = 0, e = n;
	while (b < e) {
		uint32_t c;
		int k = ko_utf8_decode(p + b, e - b, &c);
		if (k <= 0 || !(ko_is_space(c) || ko_is_punct(c)))
			break;
		b += (size_t)k;
	}
	while (e > b) {
		size_t k = e - 1;
		while (k > b && ((unsigned char)p[k] & 0xC0) == 0x80)
			k--;
		uint32_t c;
		if (ko_utf8_decode(p + k, e - k, &c) <= 0 || !(ko_is_space(c) || ko_is_punct(c)))
			break;
		e = k;
	}
	if (b == e || e - b > 64)
		return 0;
	/* (a marker's first character, never a blank, must be the line's:
	 * asked first, it leaves almost no marker to match loosely) */
	const unsigned char *f = (const unsigned char *)p + b;
	unsigned char f0 = f[0] >= 'A' && f[0] <= 'Z' ? f[0] + 32 : f[0];
	for (size_t k = 0; k < sizeof ko_placeholders / sizeof ko_placeholders[0]; k++) {
		const unsigned char *q = (const unsigned char *)ko_placeholders[k];
		if (q[0] != f0 || (f0 >= 0x80 && (e - b < 3 || q[1] != f[1] || q[2] != f[2])))
			continue;
		if (ko_loose_match(p + b, e - b, ko_placeholders[k]) == e - b)
			return 1;
	}
	return 0;
}

int ko_placeholder_text(const char *p, size_t n)
{
	size_t b = 0, lines = 0;
	while (b < n) {
		const char *nl = memchr(p + b, '\n', n - b);
		size_t e = nl ? (size_t)(nl - p) : n, i = b;
		while (i < e && ko_space_len(p + i, e - i))
			i += ko_space_len(p + i, e - i);
		if (i < e) {
			if (!ko_placeholder_line(p + b, e - b))
				return 0;
			lines++;
		}
		b = e + 1;
	}
	return lines > 0;
}

/* 1 if the Hangul run at p[0..n) (up to a blank, punctuation or the end)
 * is one of ko_hidden_particles. */
static int hidden_particle(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t e = 0;
	while (e < n && ko_syllable_bytes(u + e, n - e))
		e += 3;
	if (!e || (e < n && ko_is_ascii_alnum(u[e])))
		return 0;
	for (size_t k = 0; k < sizeof ko_hidden_particles / sizeof ko_hidden_particles[0]; k++)
		if (strlen(ko_hidden_particles[k]) == e && !memcmp(ko_hidden_particles[k], p, e))
			return 1;
	return 0;
}

/* 1 if p[i] starts a word: the start, or after a blank, an opening
 * bracket, a quote or the @ of an id. */
static int word_start(const char *p, size_t i)
{
	if (!i)
		return 1;
	unsigned char x = (unsigned char)p[i - 1];
	if (x == ' ' || x == '\n' || x == '\t' || x == '(' || x == '[' || x == '"' || x == '\'' ||
	    x == '@')
		return 1;
	/* U+3000, and the curly quotes “ ‘ (E2 80 9C, E2 80 98) */
	return i >= 3 && ((unsigned char)p[i - 3] == 0xE2 || (unsigned char)p[i - 3] == 0xE3) &&
	       (!memcmp(p + i - 3, "\xE3\x80\x80", 3) || !memcmp(p + i - 3, "\xE2\x80\x9C", 3) ||
	        !memcmp(p + i - 3, "\xE2\x80\x98", 3));
}

size_t ko_placeholder_hidden(const char *p, size_t n, size_t *at)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t best = SIZE_MAX, len = 0;
	/* ?? glued to a particle, at a word's start */
	for (const char *q = p; (q = memchr(q, '?', (size_t)(p + n - q)));) {
		size_t b = (size_t)(q - p), e = b;
		while (e < n && p[e] == '?')
			e++;
		if (e - b >= 2 && word_start(p, b) && hidden_particle(p + e, n - e)) {
			best = b, len = e - b;
			break;
		}
		q = p + e;
	}
	/* stars after an id's or a name's start */
	for (const char *q = p; (q = memchr(q, '*', (size_t)(p + n - q)));) {
		size_t b = (size_t)(q - p), e = b;
		if (b >= best)
			break;
		while (e < n && p[e] == '*')
			e++;
		size_t s = b, alnum = 0;
		while (s > 0 && ko_is_ascii_alnum(u[s - 1]))
			s--, alnum++;
		int id = alnum >= 2 && e - b >= 3 && word_start(p, s);
		int name = !alnum && e - b >= 2 && b >= 3 && ko_syllable_bytes(u + b - 3, 3) &&
		           word_start(p, b - 3);
		if ((id || name) && !(e < n && ko_is_ascii_alnum(u[e]))) {
			s = id ? s : b - 3;
			best = s, len = e - s;
			break;
		}
		q = p + e;
	}
	if (best == SIZE_MAX)
		return 0;
	*at = best;
	return len;
}
