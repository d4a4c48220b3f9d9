/*
 * contact.c - telephone numbers and URLs (contact.h): the matchers ko-pii
 * masks with and ko-quality's spam rule points with. Hand-written parsers
 * over bytes, each saying how long its match is.
 */
#include <string.h>
#include <strings.h>

#include "ko.h"
#include "contact_table.h"

static int is_digit(int b) { return b >= '0' && b <= '9'; }
static int is_alpha(int b) { return (b | 32) >= 'a' && (b | 32) <= 'z'; }
static int is_alnum(int b) { return is_digit(b) || is_alpha(b); }

/* 1 if b is one of the bytes of set (never for NUL, which strchr finds). */
static int one_of(int b, const char *set) { return b && strchr(set, b); }

static int in_list(const char *p, size_t k, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == k && !memcmp(p, *list, k))
			return 1;
	return 0;
}

int ko_phone_rep_prefix(const char *p)
{
	return in_list(p, 4, phone_rep_prefixes);
}

/* Length of a separator between the groups of a telephone number at j:
 * hyphen, dot or space, or a Unicode hyphen or dash (U+2010..U+2015),
 * minus sign (U+2212) or fullwidth hyphen-minus (U+FF0D) as word
 * processors write them, or a letter typed for a dash (ㅡ, ー, ─); 0 for
 * anything else. */
static size_t dash_len(const char *p, size_t n, size_t j);

size_t ko_phone_sep(const char *p, size_t n, size_t j)
{
	if (j >= n)
		return 0;
	/* a dash with a space or two on either side or both: 010 - 1234 -
	 * 5678, 02  -  1234  -  5678 */
	size_t a = 0, d, z = 0;
	while (a < 2 && j + a < n && p[j + a] == ' ')
		a++;
	d = dash_len(p, n, j + a);
	while (d && z < 2 && j + a + d + z < n && p[j + a + d + z] == ' ')
		z++;
	if (d && (a || z))
		return a + d + z;
	a = p[j] == ' ';
	/* a dot read out, 010 쩜 1234 쩜 5678 (쩜 or 점) */
	if (j + a + 3 <= n && (!memcmp(p + j + a, "쩜", 3) || !memcmp(p + j + a, "점", 3))) {
		size_t k = a + 3;
		return k + (j + k < n && p[j + k] == ' ');
	}
	if (one_of(p[j], "-. /"))
		return 1;
	return ko_unicode_dash(p, n, j);
}

size_t ko_unicode_dash(const char *p, size_t n, size_t j)
{
	if (j + 3 > n)
		return 0;
	const unsigned char *u = (const unsigned char *)p + j;
	if ((u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x95) ||
	    (u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92) || (u[0] == 0xEF && u[1] == 0xBC && u[2] == 0x8D))
		return 3;
	/* what a Korean keyboard gives for a dash in posts that dodge a
	 * filter: ㅡ (U+3161), ー (U+30FC), ─ (U+2500) */
	if ((u[0] == 0xE3 && u[1] == 0x85 && u[2] == 0xA1) || (u[0] == 0xE3 && u[1] == 0x83 && u[2] == 0xBC) ||
	    (u[0] == 0xE2 && u[1] == 0x94 && u[2] == 0x80))
		return 3;
	return 0;
}

/* Length of a hyphen or dash at j (ASCII, or one of the Unicode ones
 * phone_sep takes), else 0. */
static size_t dash_len(const char *p, size_t n, size_t j)
{
	if (j >= n)
		return 0;
	if (p[j] == '-')
		return 1;
	return ko_unicode_dash(p, n, j);
}

/* The national number from i: prefix, separator, 3-4 digits, separator,
 * 4 digits; or unbroken. zero is 1 after +82, where the leading 0 of the
 * prefix is not written. paren is 1 after '(' (the prefix ends in ')'). */
static size_t phone_national(const char *p, size_t n, size_t i, int zero, int paren)
{
	size_t a = ko_digit_run(p, n, i);
	if (!a || a > 11)
		return 0;
	char pre[12];
	size_t pl = 0;
	if (zero) {
		if (p[i] == '0')
			return 0;
		pre[pl++] = '0';
	}
	memcpy(pre + pl, p + i, a);
	pl += a;
	size_t j = i + a;
	size_t sl = ko_phone_sep(p, n, j);
	if (!paren && pl >= 9 && !(sl && j + sl < n && is_digit((unsigned char)p[j + sl]))) {
		/* Unbroken: a mobile number of 10 or 11 digits (010: 11), or an
		 * area code and 7 or 8 digits. */
		for (size_t l = 2; l <= 4; l++)
			if (in_list(pre, l, phone_prefixes)) {
				size_t rest = pl - l;
				if (pre[l] == '0' || rest < 7 || rest > 8)
					continue;
				if (l == 3 && !memcmp(pre, "010", 3) && rest != 8)
					continue;
				return ko_number_may_end(p, n, j) ? j : 0;
			}
		return 0;
	}
	/* a mobile number with two of its groups run together, as forms
	 * and chats write it: 0101234-5678 here, 010-12345678 below */
	int mobile = pl >= 3 && pre[0] == '0' && pre[1] == '1' && in_list(pre, 3, phone_prefixes);
	if (!paren && mobile && pl == 7 && pre[3] != '0' && sl && ko_digit_run(p, n, j + sl) == 4)
		return ko_number_may_end(p, n, j + sl + 4) ? j + sl + 4 : 0;
	if (!in_list(pre, pl, phone_prefixes))
		return 0;
	if (paren) {
		if (j >= n || p[j] != ')')
			return 0;
		j++;
		if (j < n && p[j] == ' ')
			j++;
	} else if (j < n && p[j] == ')') {
		/* 02)123-4567 */
		j++;
		if (j < n && p[j] == ' ')
			j++;
	} else {
		if (!sl)
			return 0;
		j += sl;
	}
	size_t m = ko_digit_run(p, n, j);
	/* the rest unbroken, as the unbroken number above has it:
	 * 010-12345678, 02-12345678, 031 1234567 */
	if ((m == 8 || (m == 7 && !(pl == 3 && !memcmp(pre, "010", 3)))) && p[j] != '0')
		return ko_number_may_end(p, n, j + m) ? j + m : 0;
	if (m < 3 || m > 4 || p[j] == '0')
		return 0;
	if (m == 3 && !memcmp(pre, "010", 3))
		return 0;
	j += m;
	if (!(sl = ko_phone_sep(p, n, j)))
		return 0;
	j += sl;
	/* a mobile number with one or two digits too many at its end
	 * (010-1234-56789, 010-1234-567890: a key held down or struck
	 * twice) is a telephone number mistyped, masked whole; from seven
	 * digits on the last group is as long as a number of another kind
	 * and is not read as a telephone number */
	size_t k = ko_digit_run(p, n, j);
	if (k != 4 && !((k == 5 || k == 6) && mobile && pl == 3))
		return 0;
	j += k;
	return ko_number_may_end(p, n, j) ? j : 0;
}

/* The national number after the country code 82 that ends before j:
 * a ')' where paren (it opened before the code), a '-' or a blank, a
 * trunk zero in brackets, then the number, mostly without its leading 0:
 * +82 10-1234-5678, (+82) 10-..., +82)10-..., +82 (0)10-... */
static size_t after_82(const char *p, size_t n, size_t j, int paren)
{
	if (j < n && p[j] == ')')
		j++;
	else if (paren)
		return 0;
	if (j < n && (p[j] == '-' || p[j] == ' '))
		j++;
	if (j + 3 < n && !memcmp(p + j, "(0)", 3))
		j += 3;
	/* the trunk zero written all the same (+82 010-1234-5678) */
	return j < n && is_digit((unsigned char)p[j]) ? phone_national(p, n, j, p[j] != '0', 0) : 0;
}

/* The end of 82 after an international prefix dialled from Korea at i
 * (0082, 001-82, 002 82, 00700-82), or 0. */
static size_t intl_prefix(const char *p, size_t n, size_t i)
{
	size_t k = ko_digit_run(p, n, i);
	if (k == 4 && !memcmp(p + i, "0082", 4))
		return i + 4;
	if (k < 3 || k > 5 || i + k + 3 > n || (p[i + k] != '-' && p[i + k] != ' ') ||
	    memcmp(p + i + k + 1, "82", 2) || ko_digit_run(p, n, i + k + 1) != 2)
		return 0;
	return i + k + 3;
}

/* At a digit, '+' or '(': 010-1234-5678, 02)123-4567, (031) 123-4567,
 * +82 10-1234-5678, +82-2-123-4567, (+82) 10-1234-5678,
 * 0082-10-1234-5678, 001-82-10-1234-5678, 1588-1234. */
size_t ko_phone_end(const char *p, size_t n, size_t i)
{
	unsigned char b = (unsigned char)p[i];
	size_t j;
	if (b == '+')
		return i + 3 < n && p[i + 1] == '8' && p[i + 2] == '2' ? after_82(p, n, i + 3, 0) : 0;
	if (b == '(') {
		if (i + 4 < n && !memcmp(p + i + 1, "+82", 3))
			return after_82(p, n, i + 4, 1);
		return i + 1 < n && p[i + 1] == '0' ? phone_national(p, n, i + 1, 0, 1) : 0;
	}
	if (b == '0') {
		if (i + 1 < n && p[i + 1] == '0' && (j = intl_prefix(p, n, i)))
			return after_82(p, n, j, 0);
		return phone_national(p, n, i, 0, 0);
	}
	/* a country or trunk code of one to three digits and a hyphen
	 * before a whole national number: 1-010-1234-5678, 82-10-1234-5678
	 * (after 82 the leading 0 is not written). The number alone is
	 * not taken there (ko_number_may_start), so without this it stayed in the clear.
	 * Not in a run of numbers (010-2468-1357-3-011-765-4321): a group
	 * there is read afresh, not as a code. */
	size_t cc = 1;
	while (cc < 4 && i + cc < n && is_digit((unsigned char)p[i + cc]))
		cc++;
	int k82 = cc == 2 && p[i] == '8' && p[i + 1] == '2';
	int kr = k82 && i + 3 < n && p[i + 3] != '0';
	/* 82 10 1234 5678, 82 010 1234 5678: blanks only after Korea's
	 * code, where the number that follows must still be whole */
	if (cc <= 3 && i + cc + 2 < n && (p[i + cc] == '-' || (k82 && p[i + cc] == ' ')) &&
	    is_digit((unsigned char)p[i + cc + 1]) && ko_number_may_start(p, i)) {
		if (kr || p[i + cc + 1] == '0')
			return phone_national(p, n, i + cc + 1, kr, 0);
	}
	/* 1588-1234, but not the years of "(1811-1888)" or "1899-1920년". */
	if (b == '1' && ko_digit_run(p, n, i) == 4 && i + 9 <= n && p[i + 4] == '-' &&
	    in_list(p + i, 4, phone_rep_prefixes) && ko_digit_run(p, n, i + 5) == 4 && ko_number_may_end(p, n, i + 9)) {
		unsigned from = ko_digits_value(p + i, 4), to = ko_digits_value(p + i + 5, 4);
		if ((to > from && to <= 2100) || (i + 12 <= n && !memcmp(p + i + 9, "년", 3)))
			return 0;
		return i + 9;
	}
	return 0;
}

static int url_char(int b)
{
	return b > 0x20 && b < 0x7F && !one_of(b, "<>\"`{}|\\^");
}

/* http://, https://, ftp:// or www. followed by a host; the URL ends at a
 * space, a non-ASCII character (a particle: "https://a.kr에서") or a quote,
 * without trailing punctuation or an unbalanced closing bracket. A query
 * value goes on through non-ASCII characters, as a browser shows it
 * decoded (?user=홍길동&q=...: the name is the URL's, a particle after it
 * too). */
size_t ko_url_end(const char *p, size_t n, size_t i)
{
	size_t j = i;
	int f = p[i] | 32;
	if (f != 'h' && f != 'f' && f != 'w')
		return 0; /* most words: no comparison */
	if (n - i >= 8 && !strncasecmp(p + i, "https://", 8))
		j += 8;
	else if (n - i >= 7 && !strncasecmp(p + i, "http://", 7))
		j += 7;
	else if (n - i >= 6 && !strncasecmp(p + i, "ftp://", 6))
		j += 6;
	else if (n - i >= 4 && !strncasecmp(p + i, "www.", 4))
		j += 4;
	else
		return 0;
	size_t host = j;
	int query = 0, value = 0;
	while (j < n) {
		unsigned char b = (unsigned char)p[j];
		if (url_char(b)) {
			if (b == '?' && !query)
				query = 1;
			else if (query && (b == '&' || b == '#'))
				value = 0;
			else if (query && b == '=')
				value = 1;
		} else if (!(b >= 0x80 && value)) {
			break;
		}
		j++;
	}
	int opened = 0;
	for (size_t x = host; x < j; x++)
		opened += p[x] == '(' ? 1 : p[x] == ')' ? -1 : 0;
	while (j > host) {
		char c = p[j - 1];
		if (one_of(c, ".,;:!?'\"") || (c == ')' && opened < 0)) {
			opened += c == ')';
			j--;
		} else {
			break;
		}
	}
	if (j == host || !is_alnum((unsigned char)p[host]))
		return 0;
	return j;
}
