/*
 * contact.h - the places a text sends its reader to: telephone numbers
 * and URLs.
 *
 * One notion of each for the whole project: ko-pii masks what these find,
 * and ko-quality's spam rule takes them as a pointer to an outside place,
 * so a number one tool calls a telephone number is one for the other.
 * Each function reads the text p[0..n) from the offset i it is given
 * (looking back before i only where it says so) and returns the end of
 * what it found, an offset in p, or 0 for none. Where a match may start
 * is the caller's choice (ko-pii tries every word and number, ko-quality
 * only around a separator or a "://"); where it may end is the matcher's,
 * so that both tools end a match at the same byte. No allocation, no
 * state: the functions are safe on any bytes, valid UTF-8 or not.
 */
#ifndef KO_CONTACT_H
#define KO_CONTACT_H

#include <stddef.h>

/* Whether a number may start at p[i]: not inside a word, an address or a
 * longer number (a letter, digit, '_' or '@' before it, or a digit and a
 * '-', '.' or ',': "1-010-...", "3.14"). Inline: ko-pii asks it at every
 * number of a text. */
static inline int ko_number_may_start(const char *p, size_t i)
{
	if (i == 0)
		return 1;
	unsigned char b = (unsigned char)p[i - 1], a = i >= 2 ? (unsigned char)p[i - 2] : 0;
	if ((b >= '0' && b <= '9') || ((b | 32) >= 'a' && (b | 32) <= 'z') || b == '_' || b == '@')
		return 0;
	return !((b == '-' || b == '.' || b == ',') && a >= '0' && a <= '9');
}

/* Whether a number may end at p[e] (e == n included): no letter, digit,
 * '_' or '@' after it, nor a '-', '.' or ',' and a digit (the number
 * would go on). */
static inline int ko_number_may_end(const char *p, size_t n, size_t e)
{
	if (e >= n)
		return 1;
	unsigned char b = (unsigned char)p[e];
	if ((b >= '0' && b <= '9') || ((b | 32) >= 'a' && (b | 32) <= 'z') || b == '_' || b == '@')
		return 0;
	return !((b == '-' || b == '.' || b == ',') && e + 1 < n && p[e + 1] >= '0' && p[e + 1] <= '9');
}

/* The end of the telephone number that starts at p[i] (a digit, '+' or
 * '('), or 0: a Korean number by the numbering plan (contact_table.h),
 * its groups separated as people write them (ko_phone_sep) or unbroken:
 * 010-1234-5678, 02)123-4567, (031) 123-4567, 010.1234.5678, 01012345678,
 * +82 10-1234-5678, (+82) 10-..., 0082-10-..., 001-82-10-..., 82-10-...,
 * 1-010-..., 1588-1234. The number must end where a number may end
 * (ko_number_may_end); where it starts is the caller's to check
 * (ko_number_may_start), except after a country code, which looks at
 * p[i - 1] itself. Spans of years (1811-1888, 1899-1920년) are no
 * representative number. */
size_t ko_phone_end(const char *p, size_t n, size_t i);

/* The length of a separator between the groups of a telephone number at
 * p[j], or 0: '-', '.', '/' or a blank; a Unicode hyphen or dash
 * (U+2010..U+2015), minus sign or fullwidth hyphen-minus, or a letter
 * typed for a dash (ㅡ, ー, ─: ko_unicode_dash); a dash with one or two
 * blanks on either side (010 - 1234 - 5678); a dot read out (쩜, 점). */
size_t ko_phone_sep(const char *p, size_t n, size_t j);

/* The length of a dash at p[j] other than ASCII '-' that ko_phone_sep
 * takes (the Unicode dashes, ㅡ, ー, ─; each 3 bytes), or 0. */
size_t ko_unicode_dash(const char *p, size_t n, size_t j);

/* 1 if the four digits at p begin a nationwide representative number
 * (1588-...): where a telephone number may start without a 0. */
int ko_phone_rep_prefix(const char *p);

/* The end of the URL that starts at p[i], or 0: http://, https://, ftp://
 * (any case) or www. followed by a host that starts with a letter or a
 * digit. Like a number, a URL starts where the caller says (both tools
 * take one only where a word starts: no letter, digit or one of ._-@/%+
 * before it). The URL ends at a blank, a control
 * byte, a quote or bracket that no URL holds (<>"`{}|\^) or a non-ASCII
 * character (a particle: "https://a.kr에서"), without its trailing
 * punctuation (.,;:!?'") or a ')' that closes nothing in it; a query
 * value goes on through non-ASCII characters, as a browser shows it
 * decoded (?user=홍길동&q=...: the name belongs to the URL). Schemes other
 * than these three (file://, javascript:, git://) are not addresses a
 * reader is sent to. */
size_t ko_url_end(const char *p, size_t n, size_t i);

/* The number of ASCII digits from p[i] on, before n: the run a phone's
 * or an address's part is measured by (ko-pii's other numbers too). */
static inline size_t ko_digit_run(const char *p, size_t n, size_t i)
{
	size_t j = i;
	while (j < n && p[j] >= '0' && p[j] <= '9')
		j++;
	return j - i;
}

/* The value of the k ASCII digits at p (k at most 9). */
static inline unsigned ko_digits_value(const char *p, size_t k)
{
	unsigned v = 0;
	for (size_t i = 0; i < k; i++)
		v = v * 10 + (unsigned)(p[i] - '0');
	return v;
}

#endif
