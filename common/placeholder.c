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
