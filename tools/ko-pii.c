/* ko-pii - find personal data in Korean text and mask it with tags, or
 * annotate where it is.
 *
 * One pass over the bytes of a text. Almost every byte of Korean prose is
 * a Hangul byte or a space and is passed by one table look-up; a digit
 * that starts a number, an '@', '+', '(', ':' and a letter that starts a
 * word are the only places a matcher is tried. Each matcher is a small
 * hand-written parser that says how long its match is; the first that
 * matches wins, in an order that puts the strictest pattern first (a
 * resident registration number before an account number that has the
 * same digits). Matches never overlap and come out in text order.
 *
 * Precision comes from checks a pattern alone cannot make: the date and
 * gender digit of a registration number (and its check digit when it is
 * written without a hyphen), area codes, Luhn and issuer prefixes of
 * cards, octet ranges, a bank or passport word before a weaker pattern,
 * and a boundary on both sides (a number inside a longer number, a word
 * or an address is not a match). */
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ko.h"
#include "ko-pii-table.h"

struct span {
	size_t b, e;
	int kind;
};

struct conf {
	int annotate, drop, rrn_checksum, all_ips, all_urls;
	unsigned kinds; /* bit per enum pii_kind */
	const char *tag[NKIND];
	struct span *sp;
	size_t nsp, capsp;
	struct ko_buf masked, ann, out, turn;
	struct ko_buf str, path; /* one string of an array field, its path (annotate_turns) */
	struct ko_buf ascii; /* the text with fullwidth ASCII read as ASCII (scan) */
	struct ko_buf spelt; /* a number spelt in syllables, as digits (spelt_phones) */
	size_t *spelt_at;   /* and the text's offset of each of its bytes */
	size_t spelt_cap;
	uint32_t *fw;       /* offsets in ascii where a fullwidth form was read */
	size_t nfw, fwcap;
	/* handle_near's and handle_cue's quick tests: bit b & 63 set for the
	 * last and the second last byte b of each syllable of handle_last;
	 * bit a & 63 of word b & 63 for the last two bytes b, a of each name
	 * of handle_cues and handle_ascii_cues (both cases) */
	uint64_t handle_last3, handle_last2, handle_cue_pair[64];
	unsigned char handle_cue_len[sizeof handle_cues / sizeof *handle_cues];
	uint32_t handle_cue_last[sizeof handle_cues / sizeof *handle_cues]; /* their last 3 bytes, 0-ended */
	struct ko_buf done[KO_MAX_FIELDS]; /* the masked texts of a record's fields */
	struct ko_buf answer[3];           /* a SQuAD record's new answer fields */
};

/* ---- byte classes ---- */

static int is_digit(int b) { return b >= '0' && b <= '9'; }
static int is_alpha(int b) { return (b | 32) >= 'a' && (b | 32) <= 'z'; }
static int is_alnum(int b) { return is_digit(b) || is_alpha(b); }
static int is_hex(int b) { return is_digit(b) || ((b | 32) >= 'a' && (b | 32) <= 'f'); }

/* 1 if b is one of the bytes of set (never for NUL, which strchr finds). */
static int one_of(int b, const char *set) { return b && strchr(set, b); }

/* 1 if one of the words ends within CONTEXT_BYTES before i (and after lo). */
static int context(const char *p, size_t lo, size_t i, const char *const *words)
{
	size_t from = i > lo + CONTEXT_BYTES ? i - CONTEXT_BYTES : lo;
	for (; *words; words++) {
		size_t k = strlen(*words);
		for (size_t j = from; j + k <= i; j++)
			if (p[j] == **words && !memcmp(p + j, *words, k))
				return 1;
	}
	return 0;
}

/* Whether a Hangul syllable starts at p[j]. */
static int syllable_at(const char *p, size_t n, size_t j)
{
	return j < n && ko_syllable_at((const unsigned char *)p + j, n - j) != 0;
}

/* Whether a Hangul syllable ends at p[j] (j bytes in). */
static int syllable_before(const char *p, size_t lo, size_t j)
{
	return j >= lo + 3 && syllable_at(p, j, j - 3);
}

/* The length of the word of list at p[j], or 0. */
static size_t word_of(const char *p, size_t n, size_t j, const char *const *list)
{
	for (; *list; list++) {
		size_t k = strlen(*list);
		if (j + k <= n && !memcmp(p + j, *list, k))
			return k;
	}
	return 0;
}

/* Whether nothing at e makes the word or number that ends there part of a
 * longer Hangul word: no syllable, or a particle (particle_starts) or,
 * when more is given, one of its words. */
static int word_ends(const char *p, size_t n, size_t e, const char *const *more)
{
	return !syllable_at(p, n, e) || word_of(p, n, e, particle_starts) ||
	       (more && word_of(p, n, e, more));
}

/* Whether the word at p[j] is one of list as a word of its own (or with a
 * particle after it). */
static int word_at(const char *p, size_t n, size_t j, const char *const *list)
{
	size_t k = word_of(p, n, j, list);
	return k && word_ends(p, n, j + k, NULL);
}

/* The end of the last of the words that ends within CONTEXT_BYTES before
 * i (and after lo), or 0; as_words: a word only where it stands as one
 * (not after a syllable, and followed by what word_ends takes or by one
 * of suffixes). */
static size_t context_end(const char *p, size_t lo, size_t i, const char *const *words, int as_words,
                          const char *const *suffixes)
{
	size_t from = i > lo + CONTEXT_BYTES ? i - CONTEXT_BYTES : lo, best = 0;
	for (; *words; words++) {
		size_t k = strlen(*words);
		for (size_t j = from; j + k <= i; j++)
			if (p[j] == **words && !memcmp(p + j, *words, k) && j + k > best &&
			    (!as_words || (!syllable_before(p, lo, j) && word_ends(p, i, j + k, suffixes))))
				best = j + k;
	}
	return best;
}

static int in_list(const char *p, size_t k, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == k && !memcmp(p, *list, k))
			return 1;
	return 0;
}

/* ---- digit groups: "900101-1234567", "1234 5678 9012 3456" ---- */

#define MAXG 6
struct groups {
	size_t at[MAXG], len[MAXG];
	int ng;
	char sep; /* the one separator between all groups, 0 if one group */
};

/* Digit groups from i joined by one separator from seps, the same one
 * throughout. */
static void groups(const char *p, size_t n, size_t i, const char *seps, struct groups *g)
{
	g->ng = 0;
	g->sep = 0;
	for (;;) {
		size_t k = ko_digit_run(p, n, i);
		g->at[g->ng] = i;
		g->len[g->ng++] = k;
		i += k;
		if (g->ng == MAXG || i + 1 >= n || !is_digit((unsigned char)p[i + 1]))
			break;
		char s = p[i];
		if (!one_of(s, seps) || (g->sep && s != g->sep))
			break;
		g->sep = s;
		i++;
	}
}

static size_t gend(const struct groups *g, int k) { return g->at[k] + g->len[k]; }

/* ---- registration numbers ---- */

/* A birth date of the century the gender digit g gives (1 2 5 6: the
 * 1900s, 3 4 7 8: the 2000s, 9 0: the 1800s), a real day of that year,
 * and not after RRN_LAST_YEAR: 8801043014816, a barcode, would be someone
 * born in 2088. A fixed year, not today's, so that output depends only on
 * input and options (DESIGN); it is raised with each release. */
#define RRN_LAST_YEAR 2026
static int valid_date(unsigned yy, unsigned mm, unsigned dd, int g)
{
	static const unsigned char mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	unsigned year = yy + (g == 9 || g == 0 ? 1800 : g == 3 || g == 4 || g == 7 || g == 8 ? 2000 : 1900);
	int leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
	return year <= RRN_LAST_YEAR && mm >= 1 && mm <= 12 && dd >= 1 && dd <= mdays[mm - 1] &&
	       (mm != 2 || dd < 29 || leap);
}

/* The check digit of the 13 digits at d: weights 2..9,2..5, then 11 minus
 * the sum mod 11 (13 minus, for registration numbers of foreigners). */
static int rrn_check(const char *d, int foreign)
{
	static const unsigned char w[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
	unsigned s = 0;
	for (int k = 0; k < 12; k++)
		s += (unsigned)(d[k] - '0') * w[k];
	unsigned c = ((foreign ? 13 : 11) - s % 11) % 10;
	return (unsigned)(d[12] - '0') == c;
}

/* Numbers given since October 2020 end in random digits: no check digit
 * for someone born from then on. */
static int rrn_unchecked(const char *d)
{
	unsigned yy = ko_digits_value(d, 2), mm = ko_digits_value(d + 2, 2);
	int g = d[6] - '0';
	return (g == 3 || g == 4 || g == 7 || g == 8) && (yy > 20 || (yy == 20 && mm >= 10)) && yy < 60;
}

/* YYMMDD-GNNNNNN (also with a space or none; the last six may be masked
 * with * or x). With a hyphen the date and the gender digit are proof
 * enough; without one the check digit must hold, as a bare 13-digit
 * number is often something else. */
static inline __attribute__((always_inline)) size_t match_rrn(struct conf *c, const char *p, size_t n, size_t lo, const struct groups *g,
                        int *kind)
{
	char d[13];
	size_t e;
	int sep;
	if (g->len[0] == 13 && g->ng >= 1) {
		memcpy(d, p + g->at[0], 13);
		e = gend(g, 0);
		sep = 0;
	} else if (g->len[0] == 6 && g->ng >= 2 && g->len[1] == 7 && (g->sep == '-' || g->sep == ' ')) {
		memcpy(d, p + g->at[0], 6);
		memcpy(d + 6, p + g->at[1], 7);
		e = gend(g, 1);
		sep = g->sep;
	} else if (g->len[0] == 6 && g->ng == 1 && gend(g, 0) + 10 <= n && p[gend(g, 0)] == ' ' &&
	           p[gend(g, 0) + 1] == '-' && p[gend(g, 0) + 2] == ' ' &&
	           ko_digit_run(p, n, gend(g, 0) + 3) == 7) {
		/* 850315 - 1234566: spaced like a sum, so only with its check
		 * digit, as with a space alone */
		memcpy(d, p + g->at[0], 6);
		memcpy(d + 6, p + gend(g, 0) + 3, 7);
		e = gend(g, 0) + 10;
		sep = ' ';
	} else if (g->len[0] == 6 && gend(g, 0) + 8 <= n && p[gend(g, 0)] == '-' &&
	           is_digit((unsigned char)p[gend(g, 0) + 1])) {
		/* 900101-1******: the birth date and sex are still there. */
		size_t j = gend(g, 0) + 2, k = 0;
		while (k < 6 && (p[j + k] == '*' || p[j + k] == 'x' || p[j + k] == 'X'))
			k++;
		if (k < 6)
			return 0;
		memcpy(d, p + g->at[0], 6);
		d[6] = p[gend(g, 0) + 1];
		memset(d + 7, '0', 6);
		e = j + 6;
		if (e < n && (p[e] == '*' || is_alnum((unsigned char)p[e])))
			return 0;
		int gd = d[6] - '0';
		if (!valid_date(ko_digits_value(d, 2), ko_digits_value(d + 2, 2), ko_digits_value(d + 4, 2), gd))
			return 0;
		*kind = gd >= 5 && gd <= 8 ? K_FRN : K_RRN;
		return e;
	} else {
		return 0;
	}
	int gd = d[6] - '0';
	if (!valid_date(ko_digits_value(d, 2), ko_digits_value(d + 2, 2), ko_digits_value(d + 4, 2), gd))
		return 0;
	int foreign = gd >= 5 && gd <= 8;
	int checked = rrn_check(d, foreign) || rrn_unchecked(d);
	if ((sep != '-' || c->rrn_checksum) && !checked)
		return 0;
	if (!ko_number_may_end(p, n, e) || context(p, lo, g->at[0], rrn_not_words))
		return 0;
	*kind = foreign ? K_FRN : K_RRN;
	return e;
}

/* ---- driving licence: 11-12-345678-90, or 서울 12-345678-90 ---- */

static size_t match_driver(const char *p, size_t n, size_t lo, const struct groups *g, size_t *start)
{
	if (g->sep != '-')
		return 0;
	if (g->ng >= 4 && g->len[0] == 2 && g->len[1] == 2 && g->len[2] == 6 && g->len[3] == 2) {
		unsigned r = ko_digits_value(p + g->at[0], 2);
		if (r >= 11 && r <= 28 && ko_number_may_end(p, n, gend(g, 3)))
			return gend(g, 3);
		return 0;
	}
	if (g->ng >= 3 && g->len[0] == 2 && g->len[1] == 6 && g->len[2] == 2 && ko_number_may_end(p, n, gend(g, 2))) {
		size_t i = g->at[0], j = i;
		if (j > lo && p[j - 1] == ' ')
			j--;
		/* A region name is two Hangul syllables, six bytes. */
		if (j >= lo + 6 && in_list(p + j - 6, 6, driver_regions)) {
			*start = j - 6;
			return gend(g, 2);
		}
		if (context(p, lo, i, driver_words))
			return gend(g, 2);
	}
	return 0;
}

/* ---- cards: 4-4-4-4, 4-6-5, 4-6-4 or unbroken, Luhn, issuer prefix ---- */

static int luhn(const char *d, size_t k)
{
	unsigned s = 0;
	for (size_t i = 0; i < k; i++) {
		unsigned v = (unsigned)(d[k - 1 - i] - '0');
		if (i & 1)
			v = v * 2 > 9 ? v * 2 - 9 : v * 2;
		s += v;
	}
	return s % 10 == 0;
}

static size_t match_card(const char *p, size_t n, const struct groups *g)
{
	char d[20];
	size_t k = 0, e = 0;
	if (g->len[0] >= 14 && g->len[0] <= 16) {
		k = g->len[0];
		memcpy(d, p + g->at[0], k);
		e = gend(g, 0);
	} else if (g->sep == '-' || g->sep == ' ') {
		static const unsigned char lay[][5] = {{4, 4, 4, 4}, {4, 6, 5}, {4, 6, 4}};
		for (size_t l = 0; l < sizeof lay / sizeof lay[0] && !k; l++) {
			int m = 0;
			while (m < 5 && lay[l][m])
				m++;
			if (g->ng < m)
				continue;
			int ok = 1;
			for (int x = 0; x < m && ok; x++)
				ok = g->len[x] == lay[l][x];
			if (!ok)
				continue;
			for (int x = 0; x < m; x++) {
				memcpy(d + k, p + g->at[x], g->len[x]);
				k += g->len[x];
			}
			e = gend(g, m - 1);
		}
	}
	if (!k || !luhn(d, k) || !ko_number_may_end(p, n, e))
		return 0;
	for (size_t i = 0; card_prefixes[i].prefix; i++) {
		size_t pl = strlen(card_prefixes[i].prefix);
		if (!memcmp(d, card_prefixes[i].prefix, pl) &&
		    (k == card_prefixes[i].len1 || k == card_prefixes[i].len2))
			return e;
	}
	return 0;
}

/* ---- telephone numbers ---- */

/* O1O-1234-5678: the letter O typed for the zeros of a mobile prefix. */
static size_t match_o_phone(const char *p, size_t n, size_t i)
{
	char b[40];
	if ((p[i] | 32) != 'o' || i + 3 > n || p[i + 1] != '1' || (p[i + 2] | 32) != 'o')
		return 0;
	size_t k = n - i < sizeof b ? n - i : sizeof b;
	memcpy(b, p + i, k);
	b[0] = b[2] = '0';
	size_t e = ko_phone_end(b, k, 0);
	return e && ko_number_may_end(p, n, i + e) ? i + e : 0;
}

/* ---- accounts ---- */

/* The end of the nearest account word or bank name before i, or 0. */
static size_t account_context(const char *p, size_t lo, size_t i)
{
	size_t a = context_end(p, lo, i, account_words, 0, NULL);
	size_t b = context_end(p, lo, i, bank_names, 1, bank_suffixes);
	return a > b ? a : b;
}

/* Whether the number p[i..e) the account matchers found is something
 * else: an amount (a unit glued on, 1234567890원, or after a space,
 * 1234567890 원), or a tracking, order or booking number (a word for one
 * nearer before it than any account word). */
static int not_account(const char *p, size_t n, size_t lo, size_t i, size_t e)
{
	if (!word_ends(p, n, e, NULL))
		return 1;
	if (e + 1 < n && p[e] == ' ' && word_at(p, n, e + 1, amount_units))
		return 1;
	size_t other = context_end(p, lo, i, not_account_words, 0, NULL);
	return other && other > account_context(p, lo, i);
}

static size_t match_account(const char *p, size_t n, size_t lo, const struct groups *g)
{
	size_t e = 0, i = g->at[0];
	size_t total = 0;
	/* Spaces for hyphens (농협 352 1234 5678 93) only in a bank's layout
	 * and after a bank word: numbers in a row are lists far more often. */
	int spaced = g->sep == ' ' && g->ng >= 3 && account_context(p, lo, i);
	if (spaced) {
		for (size_t l = 0; l < sizeof account_layouts / sizeof account_layouts[0] && !e; l++) {
			int m = 0, ok = 1;
			while (m < 5 && account_layouts[l][m])
				m++;
			if (g->ng != m)
				continue;
			for (int x = 0; x < m && ok; x++)
				ok = g->len[x] == account_layouts[l][x];
			if (ok && ko_number_may_end(p, n, gend(g, m - 1)))
				e = gend(g, m - 1);
		}
	} else if (g->sep == '-') {
		for (size_t l = 0; l < sizeof account_layouts / sizeof account_layouts[0] && !e; l++) {
			int m = 0, ok = 1;
			while (m < 5 && account_layouts[l][m])
				m++;
			if (g->ng < m)
				continue;
			for (int x = 0; x < m && ok; x++)
				ok = g->len[x] == account_layouts[l][x];
			if (ok && ko_number_may_end(p, n, gend(g, m - 1)))
				e = gend(g, m - 1);
		}
		if (!e) {
			for (int x = 0; x < g->ng; x++) {
				if (g->len[x] < 2 && x != g->ng - 1)
					return 0;
				total += g->len[x];
			}
			if (g->ng >= 2 && total >= 10 && total <= 14 && ko_number_may_end(p, n, gend(g, g->ng - 1)) &&
			    account_context(p, lo, i))
				e = gend(g, g->ng - 1);
		}
	} else if (g->len[0] >= 10 && g->len[0] <= 14 && ko_number_may_end(p, n, gend(g, 0)) &&
	           account_context(p, lo, i)) {
		e = gend(g, 0);
	}
	return e && !not_account(p, n, lo, i, e) ? e : 0;
}

/* ---- IP addresses ---- */

/* A decimal octet 0-255 at i without leading zeros; its length or 0. */
static size_t octet(const char *p, size_t n, size_t i)
{
	size_t k = ko_digit_run(p, n, i);
	if (k == 0 || k > 3 || (k > 1 && p[i] == '0') || ko_digits_value(p + i, k) > 255)
		return 0;
	return k;
}

static size_t ipv4_at(const char *p, size_t n, size_t i)
{
	size_t j = i;
	for (int q = 0; q < 4; q++) {
		if (q) {
			if (j >= n || p[j] != '.')
				return 0;
			j++;
		}
		size_t k = octet(p, n, j);
		if (!k)
			return 0;
		j += k;
	}
	return j;
}

static size_t match_ipv4(const char *p, size_t n, size_t lo, size_t i)
{
	size_t j = ipv4_at(p, n, i);
	if (!j)
		return 0;
	/* A prefix length: 10.0.0.0/8. */
	if (j + 1 < n && p[j] == '/' && is_digit((unsigned char)p[j + 1])) {
		size_t k = ko_digit_run(p, n, j + 1);
		if (k <= 2 && ko_digits_value(p + j + 1, k) <= 32)
			j += 1 + k;
	}
	if (!ko_number_may_end(p, n, j))
		return 0;
	/* A section, not an address: a section's syllable glued on
	 * (3.2.1.4절), a section word after it (4.1.2.3 항목). */
	if (word_of(p, n, j, section_glued) ||
	    (j + 1 < n && p[j] == ' ' && word_at(p, n, j + 1, section_after_words)))
		return 0;
	/* "버전 1.2.3.4", "v1.2.3.4" (the v is stopped by ko_number_may_start); a section
	 * word before it: 표 2.3.1.5, 규격 4.1.2.3. */
	size_t b = i;
	while (b > lo && p[b - 1] == ' ')
		b--;
	for (const char *const *w = version_words; *w; w++) {
		size_t k = strlen(*w);
		if (b >= lo + k && !memcmp(p + b - k, *w, k))
			return 0;
	}
	for (const char *const *w = section_words; *w; w++) {
		size_t k = strlen(*w);
		if (b >= lo + k && !memcmp(p + b - k, *w, k) && !syllable_before(p, lo, b - k))
			return 0;
	}
	/* four single digits (3.2.1.4) are an address only where one is
	 * spoken of */
	if (j - i == 7 && !context_end(p, lo, i, ip_words, 0, NULL))
		return 0;
	return j;
}

/* 2001:db8::1, fe80::1ff:fe23:4567:890a, ::ffff:192.0.2.1: hex groups of 1-4
 * digits, at most one "::", eight groups without it (an IPv4 address at the
 * end counts for two). A decimal digit somewhere, so words such as
 * "dead::beef" and C++ scopes are left alone; "12:30:45" has neither eight
 * groups nor "::". */
static size_t match_ipv6(const char *p, size_t n, size_t i)
{
	size_t j = i, last = i;
	int ng = 0, dbl = 0, digit = 0;
	if (j + 1 < n && p[j] == ':' && p[j + 1] == ':') {
		dbl = 1;
		j += 2;
		last = j;
	} else if (p[j] == ':') {
		return 0;
	}
	for (;;) {
		size_t k = 0;
		while (j + k < n && k < 5 && is_hex((unsigned char)p[j + k]))
			k++;
		if (k == 0 || k > 4 || (j + k < n && is_alnum((unsigned char)p[j + k])))
			break;
		/* without "::" the first group is followed by ':' (an IPv4
		 * address there would make two groups of eight): a year or a
		 * count, most numbers a text has, ends here */
		if (!dbl && ng == 0 && (j + k == n || p[j + k] != ':'))
			return 0;
		if (j + k < n && p[j + k] == '.') {
			size_t e = ipv4_at(p, n, j);
			if (e && ng <= 6) {
				ng += 2;
				last = j = e;
				digit = 1;
				break;
			}
		}
		for (size_t x = 0; x < k; x++)
			digit |= is_digit((unsigned char)p[j + x]);
		ng++;
		j += k;
		last = j;
		if (ng == 8 || j >= n || p[j] != ':')
			break;
		if (j + 1 < n && p[j + 1] == ':') {
			if (dbl)
				break;
			dbl = 1;
			j += 2;
			last = j;
			continue;
		}
		j++;
	}
	if (!digit || (dbl ? ng > 7 || ng < 1 : ng != 8))
		return 0;
	if (last < n && (is_alnum((unsigned char)p[last]) || p[last] == ':' || p[last] == '_' ||
	                 (p[last] == '.' && last + 1 < n && is_alnum((unsigned char)p[last + 1]))))
		return 0;
	return last;
}

/* ---- e-mail and URLs ---- */

static int local_char(int b) { return is_alnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-'; }

/* At '@' (p[at]): the local part back to lo, the domain after. A local
 * part in Hangul (홍길동@naver.com, allowed since RFC 6531), or Hangul
 * before one of digits and marks alone (홍길동07@), is taken back to the
 * start of its run of syllables: a name, where letters would be an ID. A
 * top-level domain in punycode (xn--3e0b707e, .한국) counts as one. */
static size_t match_email(const char *p, size_t n, size_t lo, size_t at, size_t *start)
{
	size_t b = at;
	int letters = 0;
	while (b > lo && local_char((unsigned char)p[b - 1]))
		letters |= is_alpha((unsigned char)p[--b]);
	if (!letters && syllable_before(p, lo, b)) {
		while (syllable_before(p, lo, b))
			b -= 3;
	} else {
		while (b < at && p[b] == '.')
			b++;
		if (b == at)
			return 0;
	}
	if (p[at - 1] == '.')
		return 0;
	size_t j = at + 1, dot = 0, labels = 0, tld = 0;
	for (;;) {
		size_t k = 0;
		while (j + k < n && (is_alnum((unsigned char)p[j + k]) || p[j + k] == '-'))
			k++;
		if (!k || p[j] == '-' || p[j + k - 1] == '-')
			break;
		labels++;
		int alpha = 1;
		for (size_t x = 0; x < k; x++)
			alpha &= is_alpha((unsigned char)p[j + x]);
		tld = (alpha && k >= 2) || (k > 4 && !strncasecmp(p + j, "xn--", 4));
		j += k;
		dot = j;
		if (j + 1 < n && p[j] == '.' && is_alnum((unsigned char)p[j + 1]))
			j++;
		else
			break;
	}
	if (labels < 2 || !tld)
		return 0;
	*start = b;
	return dot;
}

/* The length of what stands for an @ at p[j] in an address written to slip
 * past a filter: [at], (at), 골뱅이, (골뱅이), [골뱅이], 앳 (at in Hangul)
 * with or without blanks around, an @ with a blank on a side ("kim @
 * naver.com"), or " at " (*weak: the domain must be a mail provider's or
 * spelt); 0 if none. */
static size_t spelt_at(const char *p, size_t n, size_t j, int *weak)
{
	size_t s = j < n && p[j] == ' ', k;
	*weak = 0;
	j += s;
	if (j + 4 <= n && one_of(p[j], "[(") && (p[j + 1] | 32) == 'a' && (p[j + 2] | 32) == 't' &&
	    p[j + 3] == (p[j] == '[' ? ']' : ')'))
		k = 4;
	else if (j + 9 <= n && !memcmp(p + j, "골뱅이", 9))
		k = 9;
	else if (j + 3 <= n && !memcmp(p + j, "앳", 3))
		k = 3;
	else if (j + 11 <= n && one_of(p[j], "[(") && !memcmp(p + j + 1, "골뱅이", 9) &&
	         p[j + 10] == (p[j] == '[' ? ']' : ')'))
		k = 11;
	else if (j < n && p[j] == '@' && (s || (j + 1 < n && p[j + 1] == ' ')))
		k = 1;
	else if (s && j + 3 < n && (p[j] | 32) == 'a' && (p[j + 1] | 32) == 't' && p[j + 2] == ' ')
		return *weak = 1, s + 3;
	else
		return 0;
	return s + k + (j + k < n && p[j + k] == ' ');
}

/* The length of a dot spelt out at p[j]: [dot], (dot), " dot ", 닷 (with
 * or without blanks around), or 0. */
static size_t spelt_dot(const char *p, size_t n, size_t j)
{
	size_t s = j < n && p[j] == ' ', k;
	j += s;
	if (j + 5 <= n && one_of(p[j], "[(") && !strncasecmp(p + j + 1, "dot", 3) &&
	    p[j + 4] == (p[j] == '[' ? ']' : ')'))
		k = 5;
	else if (s && j + 4 < n && !strncasecmp(p + j, "dot", 3) && p[j + 3] == ' ')
		return s + 4;
	else if (j + 3 <= n && !memcmp(p + j, "닷", 3))
		k = 3;
	else
		return 0;
	return s + k + (j + k < n && p[j + k] == ' ');
}

/* Whether spelt_at may find something at p[j]: a look-up of the first
 * byte or two, as it is asked after every ASCII word (0xEC starts 앳 but
 * also 이, 의, 은, 을, ...: its second byte is looked at too). */
static inline int may_spell_at(const char *p, size_t n, size_t j)
{
	static const unsigned char first[256] = {
		['['] = 1, ['('] = 1, ['@'] = 1, ['a'] = 1, ['A'] = 1, [0xEA] = 1, [0xEC] = 1,
	};
	if (j + 3 > n)
		return 0;
	unsigned char b = (unsigned char)p[j];
	if (b == ' ')
		b = (unsigned char)p[++j];
	return first[b] && (b != 0xEC || (unsigned char)p[j + 1] == 0x95);
}

/* The length of a dot written or spelt (닷, 쩜, 점) at p[j], a blank on
 * either side, or 0. */
static size_t hangul_dot(const char *p, size_t n, size_t j)
{
	size_t k = j < n && p[j] == ' ', d;
	if (j + k < n && p[j + k] == '.')
		d = 1;
	else if (j + k + 3 <= n && (!memcmp(p + j + k, "닷", 3) || !memcmp(p + j + k, "쩜", 3) ||
	                            !memcmp(p + j + k, "점", 3)))
		d = 3;
	else
		return 0;
	k += d;
	return k + (j + k < n && p[j + k] == ' ');
}

/* The end of a top-level domain spelt in Hangul at p[j] (tld_hangul: 컴,
 * 넷, 오알지, 케이알, 한국; or a second level and 케이알, 씨오 닷 케이알
 * for .co.kr) ending its word, or 0. */
static size_t hangul_tld(const char *p, size_t n, size_t j)
{
	size_t k, d;
	if ((k = word_of(p, n, j, tld_hangul_second)) && (d = hangul_dot(p, n, j + k)) &&
	    j + k + d + 9 <= n && !memcmp(p + j + k + d, "케이알", 9) &&
	    word_ends(p, n, j + k + d + 9, NULL))
		return j + k + d + 9;
	if ((k = word_of(p, n, j, tld_hangul)) && word_ends(p, n, j + k, NULL))
		return j + k;
	return 0;
}

/* The end of a domain written in Hangul from p[j] after an @: a mail
 * provider's (mail_providers_hangul) and a top-level domain after a dot
 * (네이버 닷컴, 네이버닷컴, 한메일 쩜 넷, 네이버.com), or a name that can
 * only be the provider alone (네이버, 네이버로); with any, also any word
 * of syllables and a dot and a top-level domain in Hangul (회사 닷 케이알,
 * 정부.한국) or a dot written and one in letters (회사.com); or 0. */
static size_t hangul_domain(const char *p, size_t n, size_t j, int any)
{
	size_t k = 0, e;
	int alone = 0, provider = 1;
	for (size_t x = 0; mail_providers_hangul[x].name && !k; x++) {
		size_t l = strlen(mail_providers_hangul[x].name);
		if (j + l <= n && !memcmp(p + j, mail_providers_hangul[x].name, l))
			k = l, alone = mail_providers_hangul[x].alone;
	}
	if (!k && any) {
		while (k < 36 && syllable_at(p, n, j + k) && memcmp(p + j + k, "닷", 3) &&
		       memcmp(p + j + k, "쩜", 3))
			k += 3;
		provider = 0;
	}
	if (!k)
		return 0;
	e = j += k;
	/* the dot: spelt (닷, 쩜, 점) or written, blanks around it */
	if ((k = hangul_dot(p, n, j))) {
		int written = memchr(p + j, '.', k) != NULL;
		j += k;
		if ((k = hangul_tld(p, n, j)))
			return k;
		for (k = 0; j + k < n && is_alpha((unsigned char)p[j + k]);)
			k++;
		if ((provider || written) && k >= 2 && k <= 6 && (j + k == n || !is_alnum((unsigned char)p[j + k])))
			return j + k;
	}
	return alone && word_ends(p, n, e, NULL) ? e : 0;
}

/* p[0..n) without case equals the NUL-ended word w. */
static int same_word(const char *p, size_t n, const char *w)
{
	return strlen(w) == n && !strncasecmp(p, w, n);
}

static int in_list_nocase(const char *p, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (same_word(p, n, *list))
			return 1;
	return 0;
}

/* Whether Korean (any character beyond ASCII) or a match comes before b,
 * blanks and ASCII punctuation between: an ID of letters alone before
 * " at " is taken only there, as at the start of a text or after an
 * English word it is prose ("look at naver.com", "Contact us at ..."). */
static int korean_before(const char *p, size_t lo, size_t b)
{
	while (b > lo && (unsigned char)p[b - 1] < 0x80 && !is_alnum((unsigned char)p[b - 1]))
		b--;
	return b > lo ? (unsigned char)p[b - 1] >= 0x80 : lo > 0;
}

/* An e-mail address written to slip past a filter, its local part ending
 * at w: hong[at]naver.com, hong 골뱅이 naver.com, hong @ naver.com, hong
 * at gmail dot com, hong(at)daum[dot]net. Masked whole, from the local
 * part to the end of the domain. */
static size_t match_email_spelt(const char *p, size_t n, size_t lo, size_t w, size_t *start)
{
	int weak;
	size_t a = spelt_at(p, n, w, &weak);
	/* an @ glued on before a domain in Hangul (kim07@네이버닷컴) */
	if (!a && w + 1 < n && p[w] == '@' && (unsigned char)p[w + 1] >= 0x80)
		a = 1;
	if (!a)
		return 0;
	size_t b = w;
	while (b > lo && local_char((unsigned char)p[b - 1]))
		b--;
	while (b < w && p[b] == '.')
		b++;
	if (b == w || p[w - 1] == '.' || (b > lo && one_of(p[b - 1], "@/:")))
		return 0;
	/* "Instagram @kim.dev" is a handle after a site's name (match_handle) */
	if (p[w + a - 1] == '@' && in_list_nocase(p + b, w - b, handle_ascii_cues))
		return 0;
	size_t j = w + a, first = 0, last = 0, labels = 0, spelt = 0, tld = 0;
	int hangul = j < n && (unsigned char)p[j] >= 0x80;
	if (hangul && !(last = hangul_domain(p, n, j, !weak)))
		return 0;
	for (; !hangul;) {
		size_t k = 0;
		while (j + k < n && (is_alnum((unsigned char)p[j + k]) || p[j + k] == '-'))
			k++;
		if (!k || p[j] == '-' || p[j + k - 1] == '-')
			break;
		if (!labels++)
			first = k;
		int alpha = 1;
		for (size_t x = 0; x < k; x++)
			alpha &= is_alpha((unsigned char)p[j + x]);
		tld = (alpha && k >= 2) || (k > 4 && !strncasecmp(p + j, "xn--", 4));
		j += k;
		last = j;
		size_t d = j < n && p[j] == '.' ? 1 : 0, h;
		if (!d && (d = spelt_dot(p, n, j)))
			spelt = 1;
		if (d && j + d < n && is_alnum((unsigned char)p[j + d])) {
			j += d;
		} else if (labels && (d || (d = hangul_dot(p, n, j))) && (h = hangul_tld(p, n, j + d))) {
			/* a top-level domain in Hangul (example 닷 오알지) */
			last = h, tld = 1, spelt = 1, labels++;
			break;
		} else {
			break;
		}
	}
	if (!hangul && (labels < 2 || !tld))
		return 0;
	int letter = 0, digit = 0, other = 0, upper = 0;
	for (size_t x = b; x < w; x++) {
		unsigned char u = (unsigned char)p[x];
		letter |= is_alpha(u);
		digit |= is_digit(u);
		other |= !is_alnum(u);
		upper |= u >= 'A' && u <= 'Z';
	}
	/* a bare number before " at " is a count (1004 at ...) */
	if (weak && !letter && !other)
		return 0;
	if (weak && (hangul || !spelt)) {
		/* "sign up at gmail.com" is English: an ID of letters alone
		 * counts in lower case, after Korean (korean_before), and when
		 * it is none of weak_at_words; an ID with a digit, _ or .
		 * counts anywhere. A domain in Hangul is a provider's. */
		if (!digit && !other &&
		    (upper || !korean_before(p, lo, b) || in_list(p + b, w - b, weak_at_words)))
			return 0;
		if (hangul)
			goto found;
		char f[16];
		size_t d = w + a;
		if (first >= sizeof f)
			return 0;
		for (size_t x = 0; x < first; x++)
			f[x] = (char)(p[d + x] | 32);
		if (!in_list(f, first, mail_providers))
			return 0;
		for (size_t x = 0; mail_id_min[x].name; x++)
			if (same_word(f, first, mail_id_min[x].name) && w - b < mail_id_min[x].min)
				return 0;
	}
found:
	*start = b;
	return last;
}

/* ---- whether an address found is someone's ---- */

static int v4_in(uint32_t a)
{
	for (size_t k = 0; k < sizeof ipv4_not_personal / sizeof *ipv4_not_personal; k++) {
		int b = ipv4_not_personal[k].bits;
		uint32_t m = b ? ~(uint32_t)0 << (32 - b) : 0;
		if ((a & m) == ipv4_not_personal[k].net)
			return 1;
	}
	return 0;
}

/* The dotted quad at p (checked by ipv4_at) as a number. */
static uint32_t v4_value(const char *p, size_t n)
{
	uint32_t a = 0;
	for (size_t i = 0, k; i < n && p[i] != '/'; i += k + (i + k < n)) {
		k = ko_digit_run(p, n, i);
		a = a << 8 | (uint32_t)ko_digits_value(p + i, k);
	}
	return a;
}

/* Whether the address p[0..n) (as match_ipv4 or match_ipv6 found it) may
 * be a person's: not a network block, nor in the tables of networks and
 * servers that are no one's. */
static int personal_ip(const char *p, size_t n)
{
	if (memchr(p, '/', n))
		return 0;
	if (!memchr(p, ':', n))
		return !v4_in(v4_value(p, n));
	/* IPv6: the groups before "::", the groups after it, right-aligned */
	uint16_t g[8] = {0}, tail[8];
	int nh = 0, nt = 0, after = 0;
	size_t i = 0;
	while (i < n) {
		if (p[i] == ':') {
			if (i + 1 < n && p[i + 1] == ':')
				after = 1, i++;
			i++;
			continue;
		}
		size_t k = 0;
		while (i + k < n && is_hex((unsigned char)p[i + k]))
			k++;
		if (i + k < n && p[i + k] == '.') { /* a mapped IPv4 address ends it */
			uint32_t a = v4_value(p + i, n - i);
			if (nh == 0 && nt == 1 && after && tail[0] == 0xFFFF)
				return !v4_in(a);
			uint16_t *d = after ? tail : g;
			int *c = after ? &nt : &nh;
			if (*c <= 6)
				d[(*c)++] = (uint16_t)(a >> 16), d[(*c)++] = (uint16_t)a;
			break;
		}
		unsigned v = 0;
		for (size_t x = 0; x < k; x++) {
			int b = p[i + x] | 32;
			v = v << 4 | (unsigned)(b <= '9' ? b - '0' : b - 'a' + 10);
		}
		if (after && nt < 8)
			tail[nt++] = (uint16_t)v;
		else if (!after && nh < 8)
			g[nh++] = (uint16_t)v;
		i += k ? k : 1;
	}
	for (int x = 0; x < nt && 8 - nt + x >= nh; x++)
		g[8 - nt + x] = tail[x];
	for (size_t k = 0; k < sizeof ipv6_not_personal / sizeof *ipv6_not_personal; k++) {
		int bits = ipv6_not_personal[k].bits, same = 1;
		for (int x = 0; x < 8 && bits > 0 && same; x++, bits -= 16) {
			unsigned m = bits >= 16 ? 0xFFFF : 0xFFFFu << (16 - bits) & 0xFFFF;
			same = (g[x] & m) == (ipv6_not_personal[k].g[x] & m);
		}
		if (same)
			return 0;
	}
	return 1;
}

/* ---- whether a URL is someone's ---- */

static size_t at_digit(struct conf *c, const char *p, size_t n, size_t lo, size_t i, int *kind,
                       size_t *start);

/* A run of letters and digits from i that looks random (URL_TOKEN_MIN or
 * more, two each of upper case, lower case and digits); its length or 0. */
static size_t url_token(const char *p, size_t n, size_t i)
{
	size_t j = i;
	int up = 0, low = 0, dig = 0;
	while (j < n && is_alnum((unsigned char)p[j])) {
		unsigned char b = (unsigned char)p[j++];
		up += b >= 'A' && b <= 'Z';
		low += b >= 'a' && b <= 'z';
		dig += is_digit(b);
	}
	return j - i >= URL_TOKEN_MIN && up >= 2 && low >= 2 && dig >= 2 ? j - i : 0;
}

/* Whether the URL p[0..n) (as match_url found it) carries personal data:
 * a user name (and password) before the host, a host that is a person's
 * address or page, a path or query holding an e-mail, an @handle, a ~user
 * folder, a telephone or registration number or a random token, or a query
 * parameter named for a person's data. A URL that is only an address of
 * public pages (a government site, an encyclopedia article, a news story)
 * is no one's. */
static int personal_url(struct conf *c, const char *p, size_t n)
{
	size_t i = 0;
	const char *s = memchr(p, ':', n);
	if (s && (size_t)(s - p) + 2 < n && s[1] == '/' && s[2] == '/')
		i = (size_t)(s - p) + 3;
	size_t a = i; /* the authority: [user[:pass]@]host[:port] */
	while (i < n && !one_of(p[i], "/?#"))
		i++;
	if (memchr(p + a, '@', i - a))
		return 1;
	size_t h = a, he = a;
	while (he < i && p[he] != ':')
		he++;
	if (ipv4_at(p, he, h) == he)
		return personal_ip(p + h, he - h);
	if (he > h && p[he - 1] == '.') /* a fully qualified host, "a.kr." */
		he--;
	/* kim.tistory.com: a subdomain of a host of people's pages */
	for (const char *const *d = url_user_domains; *d; d++) {
		size_t k = strlen(*d);
		if (he - h > k + 1 && p[he - k - 1] == '.' && !strncasecmp(p + he - k, *d, k) &&
		    !(he - h == k + 4 && !strncasecmp(p + h, "www.", 4)))
			return 1;
	}
	size_t path = i, q = i; /* the path from path, the query from q */
	while (q < n && !one_of(p[q], "?#"))
		q++;
	/* blog.naver.com/kim: the path of a profile site names a person */
	size_t hh = h;
	if (he - hh > 4 && !strncasecmp(p + hh, "www.", 4))
		hh += 4;
	else if (he - hh > 2 && !strncasecmp(p + hh, "m.", 2))
		hh += 2;
	else if (he - hh > 7 && !strncasecmp(p + hh, "mobile.", 7))
		hh += 7;
	if (in_list_nocase(p + hh, he - hh, url_profile_hosts) && q - path > 1 &&
	    is_alnum((unsigned char)p[path + 1]))
		return 1;
	/* github.com/kim, but not github.com/org/tool */
	if (in_list_nocase(p + hh, he - hh, url_account_hosts) && q - path > 1 &&
	    is_alnum((unsigned char)p[path + 1])) {
		size_t k = path + 1;
		while (k < q && p[k] != '/')
			k++;
		if (k >= q - 1)
			return 1;
	}
	/* the path, query and fragment */
	for (size_t j = path; j < n; j++) {
		unsigned char b = (unsigned char)p[j];
		if (b == '@' || (b == '%' && j + 2 < n && p[j + 1] == '4' && p[j + 2] == '0'))
			return 1; /* an e-mail address or an @handle */
		if (b == '~' && p[j - 1] == '/')
			return 1; /* a user's folder, /~kim/ */
		if (is_alnum(b) && !is_alnum((unsigned char)p[j - 1])) {
			size_t e;
			int kind = -1;
			size_t start = j;
			if (is_digit(b) && (e = at_digit(c, p, n, j, j, &kind, &start)) &&
			    (kind == K_PHONE || kind == K_RRN || kind == K_FRN))
				return 1;
			if (url_token(p, n, j))
				return 1;
		}
		if ((b == '?' || b == '&' || b == ';') && j >= q) {
			/* a parameter named for a person's data, with a value */
			size_t k = j + 1;
			while (k < n && !one_of(p[k], "=&;#"))
				k++;
			if (k + 1 < n && p[k] == '=' && !one_of(p[k + 1], "&;#") &&
			    in_list_nocase(p + j + 1, k - j - 1, url_personal_params))
				return 1;
		}
	}
	return 0;
}

/* ---- passport: M12345678, M123A4567 after a passport word ---- */

static size_t match_passport(const char *p, size_t n, size_t lo, size_t i)
{
	if (!one_of(p[i], "MSRGDOT") || i + 9 > n)
		return 0;
	const char *d = p + i + 1;
	int old = ko_digit_run(d, 8, 0) == 8;
	int neu = ko_digit_run(d, 3, 0) == 3 && is_alpha((unsigned char)d[3]) && ko_digit_run(d + 4, 4, 0) == 4;
	if (!(old || neu) || !ko_number_may_end(p, n, i + 9) || !context(p, lo, i, passport_words))
		return 0;
	return i + 9;
}

/* ---- handles: an ID after a messenger's name, 카톡 아이디 kim_0412 ---- */

/* Where what may be a name, a word for the ID or a particle ends before
 * an ID at i, up to three of blank, ':', '=' and '(' between, or 0: a
 * quick test (two bits of the syllable there, or an ASCII name before an
 * @handle, or ID), as it is asked at most ASCII words. */
static inline __attribute__((always_inline)) size_t handle_near(const struct conf *c, const char *p,
                                                                  size_t lo, size_t i, int ascii)
{
	size_t q = i, k = 0;
	/* an ID in brackets only as an @handle (트위터(@kim)): a word in
	 * brackets after Hangul is most often a gloss, 한국(Korea) */
	if (!ascii && i > lo && p[i - 1] == '(')
		return 0;
	while (q > lo && k < 3 && (p[q - 1] == ' ' || p[q - 1] == ':' || p[q - 1] == '=' || p[q - 1] == '('))
		q--, k++;
	if (q < lo + 2)
		return 0;
	unsigned char b = (unsigned char)p[q - 1];
	if (b < 0x80)
		return (ascii && is_alpha(b)) || ((b | 32) == 'd' && (p[q - 2] | 32) == 'i') ? q : 0;
	return q >= lo + 3 && (c->handle_last3 >> (b & 63) & 1) &&
	               (c->handle_last2 >> ((unsigned char)p[q - 2] & 63) & 1)
	           ? q
	           : 0;
}

/* Whether a messenger's or social site's name (handle_cues) ends at q
 * (handle_near's), or a word for the ID (아이디, 계정, ID) or 은 or 는
 * after a name, or both, with blanks between name and word. *strong is
 * set when the word for the ID is there. ascii: the names written in
 * ASCII count too (before an @handle). */
static int handle_cue(const struct conf *c, const char *p, size_t lo, size_t q, int ascii, int *strong)
{
	size_t r = q;
	int search = 0;
	*strong = 0;
	if (r >= lo + 6 && !memcmp(p + r - 6, "검색", 6)) {
		/* 카톡 아이디 검색 kim, 아이디로 검색: kim (with a word
		 * for the ID only) */
		for (r -= 6; r > lo && p[r - 1] == ' ';)
			r--;
		if (r >= lo + 3 && !memcmp(p + r - 3, "로", 3))
			r -= 3;
		search = 1;
	} else if (ascii && r >= lo + 6 && !memcmp(p + r - 6, "에서", 6)) {
		r -= 6; /* where an @handle is: 트위터에서 @kim */
	} else if (r >= lo + 3 && (!memcmp(p + r - 3, "은", 3) || !memcmp(p + r - 3, "는", 3))) {
		r -= 3;
	}
	int hangul_word = 0;
	for (const char *const *w = handle_id_words; *w && !*strong && r >= lo + 6; w++) {
		/* the words are two or three syllables: their last byte first;
		 * 아이디 names the ID (2), 계정 the account, which a word may
		 * describe (계정 login 안 됨, 계정은 private 으로: 1) */
		size_t l = (*w)[6] ? 9 : 6;
		if (p[r - 1] == (*w)[l - 1] && r >= lo + l && !memcmp(p + r - l, *w, l))
			r -= l, *strong = l == 9 ? 2 : 1, hangul_word = strcmp(*w, "채널") != 0;
	}
	/* 아이디 or 계정 opening a phrase (at the start, after punctuation)
	 * or after a word for "my" (제, 내, 나의, 저의, 본인; 내계정): with
	 * no site's name before, an ID after it still counts when it has a
	 * digit or _ and closes its phrase or an account's noun follows (제
	 * 아이디 haru_85 비번은: match_handle); after another word it is
	 * that word's (온라인 아이디) */
	int alone = 0;
	if (hangul_word && !search) {
		size_t b = r;
		while (b > lo && p[b - 1] == ' ')
			b--;
		alone = b == lo || ((unsigned char)p[b - 1] < 0x80 && !is_alnum((unsigned char)p[b - 1]));
		for (const char *const *w = handle_my; !alone && *w; w++) {
			size_t l = strlen(*w);
			alone = b >= lo + l && !memcmp(p + b - l, *w, l) && !syllable_before(p, lo, b - l);
		}
	}
	if (!*strong && r >= lo + 2 && (p[r - 1] | 32) == 'd' && (p[r - 2] | 32) == 'i' &&
	    (r - 2 == lo || !is_alnum((unsigned char)p[r - 3])))
		r -= 2, *strong = 2;
	if (search && !*strong)
		return 0;
	while (*strong && r > lo && p[r - 1] == ' ')
		r--;
	if (r < lo + 2 || !(c->handle_cue_pair[(unsigned char)p[r - 2] & 63] >> ((unsigned char)p[r - 1] & 63) & 1))
		return alone ? 2 : 0;
	if (!ascii) { /* the last syllable of a Hangul name, exactly */
		uint32_t v = r >= lo + 3 ? (uint32_t)(unsigned char)p[r - 3] << 16 |
		                                   (uint32_t)(unsigned char)p[r - 2] << 8 | (unsigned char)p[r - 1]
		                         : 0;
		size_t x = 0;
		while (c->handle_cue_last[x] && c->handle_cue_last[x] != v)
			x++;
		if (!c->handle_cue_last[x])
			return alone ? 2 : 0;
	}
	for (size_t x = 0; handle_cues[x]; x++) {
		const char *const *w = handle_cues + x;
		size_t l = c->handle_cue_len[x];
		if (r >= lo + l && p[r - 1] == (*w)[l - 1] && !memcmp(p + r - l, *w, l) &&
		    !syllable_before(p, lo, r - l))
			/* 라인 is a line far more often, 네이버 a portal: with a
			 * word for the ID or before an @handle */
			return *strong || ascii || !in_list(*w, l, handle_word_cues);
	}
	for (const char *const *w = handle_ascii_cues; ascii && *w; w++) {
		size_t l = strlen(*w);
		if (r >= lo + l && !strncasecmp(p + r - l, *w, l) &&
		    (r - l == lo || !is_alnum((unsigned char)p[r - l - 1])))
			return 1;
	}
	return alone ? 2 : 0;
}

/* Whether a noun of an account's follows at j, blanks between: the ID
 * before it is the account's (계정 kim_07 비밀번호, 아이디 kim_07 로그인
 * 기록), where another noun makes a topic (계정 covid19 관련 글). */
static int handle_account(const char *p, size_t n, size_t j)
{
	while (j < n && p[j] == ' ')
		j++;
	for (const char *const *w = handle_account_nouns; *w; w++) {
		size_t l = strlen(*w);
		if (j + l <= n && !memcmp(p + j, *w, l))
			return 1;
	}
	return 0;
}

/* Whether the phrase of an ID ends at j (handle_close): blanks, then the
 * end, punctuation, a particle of one syllable alone or a closing word. */
static int handle_closes(const char *p, size_t n, size_t j)
{
	while (j < n && p[j] == ' ')
		j++;
	if (j == n || ((unsigned char)p[j] < 0x80 && !is_alnum((unsigned char)p[j])))
		return 1;
	for (const char *const *w = handle_close1; *w; w++)
		if (j + 3 <= n && !memcmp(p + j, *w, 3) && !syllable_at(p, n, j + 3))
			return 1;
	for (const char *const *w = handle_close; *w; w++)
		if (j + 6 <= n && !memcmp(p + j, *w, 6))
			return 1;
	return 0;
}

/* A handle at i ('@' or a letter) after a messenger's name: an @handle
 * of two characters or more, or an ID of three or more that starts with
 * a letter after a word for the ID: after 아이디 or ID in lower case
 * unless it has a digit or _ (카카오톡 ID나 Apple ID로 is no handle),
 * else with a digit or _ in it (인스타 계정 login 안 됨 is none), and
 * after the name alone not in a format's or version's shape (mp4).
 * Not an e-mail address or a path (@ or / after it). */
static __attribute__((noinline)) size_t match_handle(const struct conf *c, const char *p, size_t n,
                                                      size_t lo, size_t i, size_t q)
{
	int at = p[i] == '@', strong, cue;
	size_t s = i + (size_t)at, j = s;
	if (i > lo && (is_alnum((unsigned char)p[i - 1]) || p[i - 1] == '@'))
		return 0;
	if (!(cue = handle_cue(c, p, lo, q, at, &strong)))
		return 0;
	while (j < n && (is_alnum((unsigned char)p[j]) || p[j] == '.' || p[j] == '_' || p[j] == '-'))
		j++;
	while (j > s && (p[j - 1] == '.' || p[j - 1] == '-'))
		j--;
	size_t len = j - s;
	if (len < (at ? 2u : 3u) || len > 30 || !is_alnum((unsigned char)p[s]) ||
	    (j < n && (p[j] == '@' || p[j] == '/')) || (!at && !is_alpha((unsigned char)p[s])))
		return 0;
	/* a game's or Discord's tag glued on (gamer#1234, faker#KR1) is part
	 * of the ID, and so sure a sign of one that the tests of its shape
	 * below are not needed */
	if (j + 2 < n && p[j] == '#') {
		size_t k = 0;
		while (j + 1 + k < n && k < 7 && is_alnum((unsigned char)p[j + 1 + k]))
			k++;
		if (k >= 2 && k <= 6)
			return j + 1 + k;
	}
	if (!at) {
		/* without an @: after 아이디 or ID an ID in lower case or with
		 * a digit or _; after 계정 (which a word may describe: 계정
		 * login 안 됨) and after a site's name alone one with a digit
		 * or _, and after the name alone not in capitals (텔레그램 T_T)
		 * nor in the shape of a format or version, up to three letters
		 * and then digits and dots (인스타 mp4, 카톡 v10.2, h264) */
		int mark = 0;
		size_t lead = s;
		for (size_t x = s; x < j; x++)
			mark |= is_digit((unsigned char)p[x]) || p[x] == '_';
		while (lead < j && is_alpha((unsigned char)p[lead]))
			lead++;
		int shape = lead - s <= 3;
		for (size_t x = lead; shape && x < j; x++)
			shape = is_digit((unsigned char)p[x]) || p[x] == '.';
		if (strong == 2 ? !mark && p[s] >= 'A' && p[s] <= 'Z'
		                : !mark || (!strong && ((p[s] >= 'A' && p[s] <= 'Z') || shape)))
			return 0;
		/* after a word for the ID a noun of the account may follow
		 * (인스타 계정 kim_07 비밀번호); with no site's name (cue 2)
		 * the ID has a digit or _ and closes or is followed so */
		if ((strong < 2 || cue == 2) && !handle_closes(p, n, j) && !(strong && handle_account(p, n, j)))
			return 0;
		if (cue == 2 && !mark)
			return 0;
	}
	return j;
}

/* Gamer names in Hangul with a game's tag glued on (배틀태그 홍길동#1234,
 * 롤 아이디 흑염룡#KR1, 닉네임: 달빛#KR2), at the tag's first letter or
 * digit i after the #: a word of syllables (letters and digits may be
 * mixed in) back to lo, the # and two to six letters or digits, after a
 * site's name or a word for the ID (as match_handle takes them before a
 * tag: 롤 and 라이엇 alone count) or a word for a nickname
 * (handle_nick_words). A # after a word elsewhere is a number's or a
 * hashtag's (문의#12, 이슈#1234). The end, or 0; *start set. */
static __attribute__((noinline)) size_t hangul_tag(const struct conf *c, const char *p, size_t n,
                                                    size_t lo, size_t i, size_t *start)
{
	size_t t = i - 1, k = 0, b = t, syl = 0;
	while (i + k < n && k < 7 && is_alnum((unsigned char)p[i + k]))
		k++;
	if (k < 2 || k > 6 || (i + k < n && p[i + k] == '#'))
		return 0;
	while (b > lo && b + 40 > t) {
		if (syllable_before(p, lo, b))
			b -= 3, syl++;
		else if (is_alnum((unsigned char)p[b - 1]) || p[b - 1] == '_')
			b--;
		else
			break;
	}
	if (!syl || (b > lo && (syllable_before(p, lo, b) || is_alnum((unsigned char)p[b - 1]) ||
	                        p[b - 1] == '_')))
		return 0;
	size_t q = b;
	int cue = 0, strong;
	while (q > lo && (p[q - 1] == ' ' || p[q - 1] == ':'))
		q--;
	for (const char *const *w = handle_nick_words; !cue && *w; w++) {
		size_t l = strlen(*w);
		cue = q >= lo + l && !memcmp(p + q - l, *w, l);
	}
	if (!cue && q >= lo + 2)
		cue = handle_cue(c, p, lo, q, 1, &strong);
	if (!cue)
		return 0;
	*start = b;
	return i + k;
}

/* ---- the scanner ---- */

/* What a byte may start (the low bits), and T_WORD on the bytes of a
 * word or number that is passed over: letters, digits and _. */
enum { T_NONE, T_DIGIT, T_AT, T_PLUS, T_PAREN, T_COLON, T_LETTER, T_KIND = 7, T_WORD = 8 };

static void add(struct conf *c, size_t b, size_t e, int kind)
{
	if (c->nsp == c->capsp) {
		c->capsp = c->capsp ? 2 * c->capsp : 16;
		c->sp = ko_xrealloc(c->sp, c->capsp * sizeof *c->sp);
	}
	c->sp[c->nsp++] = (struct span){b, e, kind};
}

#define ON(k) (c->kinds & (1u << (k)))

/* Whether a number that ends at e goes on: a '-', '.' or ',' and a digit
 * (ko_number_may_end turns it down). */
static int goes_on(const char *p, size_t n, size_t e)
{
	return e + 1 < n && (p[e] == '-' || p[e] == '.' || p[e] == ',') && is_digit((unsigned char)p[e + 1]);
}

/* A telephone, card or registration number from i that the text runs on
 * past with a '-', '.' or ',' and a digit (02-1234-5678-9,
 * 900101-1234567-1, 4111-1111-1111-1111-7, 010-1234-5678-010-9876-5432),
 * which ko_number_may_end turned down: the end of
 * the longest one that ends at such a place within RUN_ON_BYTES, or 0.
 * Asked only where nothing took the run whole (010-1234-5678-91 is an
 * account in a bank's layout): a masker errs on the side of masking, so
 * the number is masked up to there, and scan_ascii reads the rest of the
 * run as a number of its own (a second telephone number is masked too). */
#define RUN_ON_BYTES 48
static __attribute__((noinline)) size_t run_on(struct conf *c, const char *p, size_t n, size_t lo, size_t i,
                                               int phone, int card, const struct groups *rrn, int *kind)
{
	size_t cut[8], nc = 0, d;
	for (size_t j = i + 1; j < n && j < i + RUN_ON_BYTES && nc < sizeof cut / sizeof *cut; j++) {
		unsigned char b = (unsigned char)p[j];
		if (is_digit(b) || b == ' ' || b == '(' || b == ')' || b == '/')
			continue;
		if (goes_on(p, n, j))
			cut[nc++] = j;
		else if (b >= 0xE2 && (d = ko_unicode_dash(p, n, j)))
			j += d - 1;
		else
			break;
	}
	while (nc--) {
		size_t e;
		if (phone && (e = ko_phone_end(p, cut[nc], i)) == cut[nc])
			return *kind = K_PHONE, e;
		if (card) { /* 4111-1111-1111-1111-7: a card number's groups */
			struct groups cg;
			groups(p, cut[nc], i, "- ", &cg);
			if ((e = match_card(p, cut[nc], &cg)) == cut[nc])
				return *kind = K_CARD, e;
		}
		if (!rrn)
			continue;
		/* a registration number of someone living: not the 1800s of
		 * gender digits 9 and 0, as a number that goes on may be some
		 * other code (900101-9234567-01); the groups before the cut
		 * are those of the whole run */
		char gd = rrn->len[0] == 13 ? p[i + 6] : rrn->ng >= 2 ? p[rrn->at[1]] : '0';
		if (gd != '9' && gd != '0' && (e = match_rrn(c, p, cut[nc], lo, rrn, kind)) == cut[nc] &&
		    ON(*kind))
			return e;
	}
	return 0;
}

/* The match at i that starts a number, or 0; *kind and *start set. */
static size_t at_digit(struct conf *c, const char *p, size_t n, size_t lo, size_t i, int *kind, size_t *start)
{
	struct groups g;
	size_t e;
	groups(p, n, i, "- ", &g);
	if ((ON(K_RRN) || ON(K_FRN)) && (e = match_rrn(c, p, n, lo, &g, kind)) && ON(*kind))
		return e;
	if (ON(K_DRIVER) && (e = match_driver(p, n, lo, &g, start)))
		return *kind = K_DRIVER, e;
	if (ON(K_CARD) && (e = match_card(p, n, &g)))
		return *kind = K_CARD, e;
	if (ON(K_PHONE) && (e = ko_phone_end(p, n, i)))
		return *kind = K_PHONE, e;
	if (ON(K_ACCOUNT) && (e = match_account(p, n, lo, &g)))
		return *kind = K_ACCOUNT, e;
	if (ON(K_IP) && (e = match_ipv4(p, n, lo, i)))
		return *kind = K_IP, e;
	if (ON(K_IP) && (e = match_ipv6(p, n, i)))
		return *kind = K_IP, e;
	/* where a telephone or registration number may start */
	int rrn = g.len[0] == 6 || g.len[0] == 13, phone = p[i] == '0';
	int card = g.len[0] == 4 && g.ng >= 4 && ON(K_CARD);
	if (!phone && !rrn && !card && !(p[i] == '1' && g.len[0] == 4 && g.sep == '-'))
		return 0; /* most numbers, at one or two tests */
	phone = ON(K_PHONE) && (phone || (p[i] == '1' && g.len[0] == 4 && g.sep == '-' &&
	                                  ko_phone_rep_prefix(p + i)));
	rrn = rrn && (ON(K_RRN) || ON(K_FRN));
	return phone || rrn || card ? run_on(c, p, n, lo, i, phone, card, rrn ? &g : NULL, kind) : 0;
}

/* What each ASCII byte may start; bytes from 0x80 start nothing. */
#define D T_DIGIT | T_WORD
static const unsigned char trigger[256] = {
	['0'] = D, ['1'] = D, ['2'] = D, ['3'] = D, ['4'] = D, ['5'] = D, ['6'] = D, ['7'] = D,
	['8'] = D, ['9'] = D,
	['@'] = T_AT, ['+'] = T_PLUS, ['('] = T_PAREN, [':'] = T_COLON, ['_'] = T_WORD,
#undef D
#define L(x) [x] = T_LETTER | T_WORD, [x + 32] = T_LETTER | T_WORD
	L('A'), L('B'), L('C'), L('D'), L('E'), L('F'), L('G'), L('H'), L('I'), L('J'), L('K'),
	L('L'), L('M'), L('N'), L('O'), L('P'), L('Q'), L('R'), L('S'), L('T'), L('U'), L('V'),
	L('W'), L('X'), L('Y'), L('Z'),
#undef L
};

#ifdef KO_AVX2
/* next_trigger on 32 bytes at a time from *at while 32 can be read: the
 * trigger found, or n with *at where the rest is to be looked at. */
__attribute__((target("avx2"))) static size_t next_trigger32(const char *p, size_t n, size_t *at)
{
	const __m256i lt20 = _mm256_set1_epi8(0x20), paren = _mm256_set1_epi8('('),
	              plus = _mm256_set1_epi8('+'), d0 = _mm256_set1_epi8('0' - 1),
	              d1 = _mm256_set1_epi8(':' + 1), a0 = _mm256_set1_epi8('`' - 1),
	              a1 = _mm256_set1_epi8('z' + 1);
	size_t i = *at;
	for (; i + 32 <= n; i += 32) {
		__m256i v = _mm256_loadu_si256((const __m256i *)(p + i));
		__m256i l = _mm256_or_si256(v, lt20);
		__m256i m = _mm256_or_si256(
			_mm256_or_si256(_mm256_cmpeq_epi8(v, paren), _mm256_cmpeq_epi8(v, plus)),
			_mm256_or_si256(
				_mm256_and_si256(_mm256_cmpgt_epi8(v, d0), _mm256_cmpgt_epi8(d1, v)),
				_mm256_and_si256(_mm256_cmpgt_epi8(l, a0), _mm256_cmpgt_epi8(a1, l))));
		uint32_t bits = (uint32_t)_mm256_movemask_epi8(m);
		while (bits) {
			size_t j = i + (size_t)__builtin_ctz(bits);
			if (trigger[(unsigned char)p[j]] & T_KIND)
				return j;
			bits &= bits - 1;
		}
	}
	*at = i;
	return n;
}
#endif

/* The first byte from p[i] that may start a match (trigger), or n. Most
 * bytes of Korean prose start none: 32 or 16 at a time are passed over by
 * a test that lets through every trigger ('(', '+', digits and ':', '@'
 * and letters, as bytes below 0x80) and the backquote, which the table
 * then turns down. */
static size_t next_trigger(const char *p, size_t n, size_t i)
{
#ifdef KO_AVX2
	if (n >= 32 && i <= n - 32 && ko_have_avx2()) {
		size_t k = next_trigger32(p, n, &i);
		if (k < n)
			return k;
	}
#endif
#ifdef __SSE2__
	const __m128i lt20 = _mm_set1_epi8(0x20), paren = _mm_set1_epi8('('),
	              plus = _mm_set1_epi8('+'), d0 = _mm_set1_epi8('0' - 1),
	              d1 = _mm_set1_epi8(':' + 1), a0 = _mm_set1_epi8('`' - 1),
	              a1 = _mm_set1_epi8('z' + 1);
	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(p + i));
		__m128i l = _mm_or_si128(v, lt20); /* @ and letters to ` .. z */
		/* signed compares: bytes from 0x80 are below every bound */
		__m128i m = _mm_or_si128(
			_mm_or_si128(_mm_cmpeq_epi8(v, paren), _mm_cmpeq_epi8(v, plus)),
			_mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(v, d0), _mm_cmplt_epi8(v, d1)),
			             _mm_and_si128(_mm_cmpgt_epi8(l, a0), _mm_cmplt_epi8(l, a1))));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		while (bits) {
			size_t j = i + (size_t)__builtin_ctz(bits);
			if (trigger[(unsigned char)p[j]] & T_KIND)
				return j;
			bits &= bits - 1;
		}
	}
#endif
	while (i < n && !(trigger[(unsigned char)p[i]] & T_KIND))
		i++;
	return i;
}

static size_t spelt_phone(struct conf *c, const char *p, size_t n, size_t i);

/* Fill c->sp with the matches in p, in order, without overlaps. */
static void scan_ascii(struct conf *c, const char *p, size_t n)
{
	size_t lo = 0; /* the end of the last match: nothing before it is looked at */
	size_t chain = 0; /* where a number that ran on past a match goes on, or 0 */
	c->nsp = 0;
	for (size_t i = 0; i < n;) {
		int t = trigger[(unsigned char)p[i]] & T_KIND;
		if (t == T_NONE) {
			i = next_trigger(p, n, i + 1);
			continue;
		}
		size_t e = 0, start = i, q;
		int kind = -1;
		/* Numbers and words are tried where they start, not inside;
		 * each group of a number that ran on past a match (run_on)
		 * starts afresh: 010-1234-5678-9-010-9876-5432 holds two. */
		int fresh = i == lo || ko_number_may_start(p, i) || (chain && i == chain + 1);
		/* a gamer name in Hangul with its tag: 달토끼#2719 */
		if (t != T_AT && i >= lo + 4 && p[i - 1] == '#' &&
		    ON(K_HANDLE) && (e = hangul_tag(c, p, n, lo, i, &start)))
			t = T_NONE, kind = K_HANDLE;
		switch (t) {
		case T_DIGIT:
			if (fresh)
				e = at_digit(c, p, n, lo, i, &kind, &start);
			if (!e && fresh && p[i] == '0' && ON(K_PHONE) && (e = spelt_phone(c, p, n, i)))
				kind = K_PHONE;
			/* a number that is the ID of an address with its @
			 * spelt (01012345678골뱅이naver.com) is the address */
			if (e && ON(K_EMAIL) && may_spell_at(p, n, e) && (q = match_email_spelt(p, n, lo, e, &start)))
				e = q, kind = K_EMAIL;
			break;
		case T_AT:
			if (ON(K_EMAIL) && (e = match_email(p, n, lo, i, &start)))
				kind = K_EMAIL;
			else if (ON(K_HANDLE) && (q = handle_near(c, p, lo, i, 1)) &&
			         (e = match_handle(c, p, n, lo, i, q)))
				kind = K_HANDLE;
			break;
		case T_PLUS:
		case T_PAREN:
			if (ON(K_PHONE) && (i == lo || !is_alnum((unsigned char)p[i - 1])) &&
			    ((e = ko_phone_end(p, n, i)) ||
			     (i + 1 < n && p[i + 1] == (t == T_PAREN ? '0' : '8') &&
			      (e = run_on(c, p, n, lo, i, 1, 0, NULL, &kind)))))
				kind = K_PHONE;
			break;
		case T_COLON:
			if (ON(K_IP) && (i == lo || (!is_alnum((unsigned char)p[i - 1]) && p[i - 1] != ':')) &&
			    (e = match_ipv6(p, n, i)))
				kind = K_IP;
			break;
		case T_LETTER:
			if (i > lo && (is_alnum((unsigned char)p[i - 1]) || one_of(p[i - 1], "._-@/%+")))
				break;
			if (ON(K_URL) && (e = ko_url_end(p, n, i)))
				kind = K_URL;
			else if (ON(K_PASSPORT) && (e = match_passport(p, n, lo, i)))
				kind = K_PASSPORT;
			else if (ON(K_PHONE) && (e = match_o_phone(p, n, i)))
				kind = K_PHONE;
			else if (ON(K_IP) && is_hex((unsigned char)p[i]) && (e = match_ipv6(p, n, i)))
				kind = K_IP;
			else if (ON(K_HANDLE) && (q = handle_near(c, p, lo, i, 0)) &&
			         (e = match_handle(c, p, n, lo, i, q)))
				kind = K_HANDLE;
			break;
		}
		if (e) {
			/* an address that is no one's is passed over whole */
			if ((kind != K_IP || c->all_ips || personal_ip(p + start, e - start)) &&
			    (kind != K_URL || c->all_urls || personal_url(c, p + start, e - start)))
				add(c, start, e, kind);
			chain = goes_on(p, n, e) ? e : 0;
			i = lo = e;
			continue;
		}
		/* Skip the rest of a word or number: no match starts inside it
		 * but an e-mail at its '@'. */
		i++;
		if (t == T_DIGIT || t == T_LETTER) {
			while (i < n && (trigger[(unsigned char)p[i]] & T_WORD))
				i++;
			if (chain && start == chain + 1)
				chain = goes_on(p, n, i) ? i : 0;
			/* a word that may be the local part of an address with
			 * its @ spelt (kim[at]naver.com, kim 골뱅이 naver.com,
			 * 12345골뱅이naver.com) */
			if (may_spell_at(p, n, i) && ON(K_EMAIL) &&
			    (e = match_email_spelt(p, n, lo, i, &start))) {
				add(c, start, e, K_EMAIL);
				i = lo = e;
			}
		}
	}
}

/* The ASCII character a fullwidth form at p[i] (U+FF01..U+FF5E, EF BC 81
 * to EF BD 9E) stands for, or 0. */
static int fullwidth(const char *p, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)p + i;
	if (i + 3 > n || u[0] != 0xEF || !((u[1] == 0xBC && u[2] >= 0x81) || (u[1] == 0xBD && u[2] <= 0x9E)))
		return 0;
	return (int)((0xF000u | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu)) - 0xFEE0u);
}

/* The text's offset of offset a of the ascii copy: each fullwidth form
 * before it took three bytes of the text and one of the copy. */
static size_t text_offset(const struct conf *c, size_t a)
{
	size_t lo = 0, hi = c->nfw;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->fw[mid] < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return a + 2 * lo;
}

/* The digit a Sino-Korean syllable at p[i] spells (공 영 일 이 삼 사 오 육
 * 칠 팔 구), or -1. */
static int syllable_digit(uint32_t u)
{
	switch (u) {
	case 0xACF5: case 0xC601: return 0; /* 공 영 */
	case 0xC77C: return 1;              /* 일 */
	case 0xC774: return 2;              /* 이 */
	case 0xC0BC: return 3;              /* 삼 */
	case 0xC0AC: return 4;              /* 사 */
	case 0xC624: return 5;              /* 오 */
	case 0xC721: return 6;              /* 육 */
	case 0xCE60: return 7;              /* 칠 */
	case 0xD314: return 8;              /* 팔 */
	case 0xAD6C: return 9;              /* 구 */
	default: return -1;
	}
}

static int spelt_digit(const char *p, size_t n, size_t i)
{
	return syllable_digit(i < n ? ko_syllable_at((const unsigned char *)p + i, n - i) : 0);
}

/* Put a span in c->sp in its place, unless it overlaps one there. */
static void insert(struct conf *c, size_t b, size_t e, int kind)
{
	size_t k = c->nsp;
	while (k > 0 && c->sp[k - 1].b >= e)
		k--;
	if (k > 0 && c->sp[k - 1].e > b)
		return;
	add(c, b, e, kind);
	memmove(c->sp + k + 1, c->sp + k, (c->nsp - 1 - k) * sizeof *c->sp);
	c->sp[k] = (struct span){b, e, kind};
}

/* Telephone numbers spelt in syllables to slip past a filter (공일공
 * 일이삼사 오육칠팔, 공일공-일이삼사-오육칠팔): a run that starts a word
 * with 공 or 영 (0) is read as the digits it spells, its blanks and dashes
 * kept, and is a number where match_phone takes the whole of it. */
static void spelt_add(struct conf *c, size_t i, char d)
{
	if (c->spelt.n + 1 > c->spelt_cap) {
		c->spelt_cap = 2 * c->spelt.n + 32;
		c->spelt_at = ko_xrealloc(c->spelt_at, c->spelt_cap * sizeof *c->spelt_at);
	}
	c->spelt_at[c->spelt.n] = i;
	ko_buf_addc(&c->spelt, d);
}

/* The digit at p[j], spelt (*len: 3, or 6 for a native numeral of two
 * syllables) or an ASCII one (*len 1), or -1. Native Korean numerals
 * spell digits too, in a number that a 0 starts (spelt_phone: 공일공
 * 하나둘셋넷 다섯여섯일곱여덟); 일곱 is 7, not 1. */
static int mixed_digit(const char *p, size_t n, size_t j, size_t *len)
{
	if (j < n && is_digit((unsigned char)p[j]))
		return *len = 1, p[j] - '0';
	*len = 3;
	uint32_t u = j < n ? ko_syllable_at((const unsigned char *)p + j, n - j) : 0, v;
	switch (u) {
	case 0xB458: return 2; /* 둘 */
	case 0xC14B: return 3; /* 셋 */
	case 0xB137: return 4; /* 넷 */
	case 0xD558: case 0xB2E4: case 0xC5EC: case 0xC544: case 0xC77C:
		/* 하나, 다섯, 여섯, 여덟, 아홉, 일곱 */
		v = j + 3 < n ? ko_syllable_at((const unsigned char *)p + j + 3, n - j - 3) : 0;
		*len = 6;
		if (u == 0xD558 && v == 0xB098)
			return 1;
		if (u == 0xB2E4 && v == 0xC12F)
			return 5;
		if (u == 0xC5EC && v == 0xC12F)
			return 6;
		if (u == 0xC5EC && v == 0xB35F)
			return 8;
		if (u == 0xC544 && v == 0xD649)
			return 9;
		if (u == 0xC77C && v == 0xACF1)
			return 7;
		*len = 3;
		return u == 0xC77C ? 1 : -1;
	default:
		return syllable_digit(u);
	}
}

/* The number of digits spelt in a row from p[j], up to 4 (all its caller
 * asks: a long run is not walked from each digit). */
static size_t spelt_run(const char *p, size_t n, size_t j)
{
	size_t k = 0, l;
	while (k < 4 && !is_digit((unsigned char)(j < n ? p[j] : 0)) && mixed_digit(p, n, j, &l) >= 0)
		k++, j += l;
	return k;
}

/* A group read as a Sino-Korean number of 10 to 9999 at p[j] (십이 for
 * 12, 삼십사 for 34, 천이백삼십사 for 1234: a number read in pairs or
 * in fours): its digits in d (*nd of them) and its length in bytes, or
 * 0. It must hold 십, 백 or 천 and end the word or the group. */
static size_t value_group(const char *p, size_t n, size_t j, char d[5], size_t *nd)
{
	static const char *const unit[3] = {"천", "백", "십"};
	unsigned v = 0;
	size_t k = j;
	int any = 0;
	for (int u = 0; u < 3; u++) {
		int x = spelt_digit(p, n, k), m = 1;
		size_t t = k;
		if (x >= 1)
			t += 3, m = x;
		if (t + 3 <= n && !memcmp(p + t, unit[u], 3)) {
			v += (unsigned)m * (u == 0 ? 1000u : u == 1 ? 100u : 10u);
			k = t + 3, any = 1;
		}
	}
	if (!any)
		return 0;
	int x = spelt_digit(p, n, k);
	if (x >= 1)
		v += (unsigned)x, k += 3;
	if (syllable_at(p, n, k) && spelt_digit(p, n, k) >= 0)
		return 0; /* 십이삼: no number read this way */
	*nd = (size_t)snprintf(d, 5, "%u", v);
	return k - j;
}

/* The end of a telephone number spelt from p[i] (공 or 영, or a 0 when
 * the number goes on in syllables: 010 2345 육칠팔구), or 0. Digits and
 * syllables may be mixed (공1공-2345-6789), and so may native numerals
 * (공일공 하나둘셋넷 ...); a group may be read as a number (공일공 십이
 * 삼십사 오십육 칠십팔, 공일공 천이백삼십사 ...); a number that ends in a
 * digit must end there (ko_number_may_end), and one that starts with a digit needs
 * a group spelt whole after it, as the digits alone were read by
 * scan_ascii: after a blank or a dash, or glued on as four syllables or
 * more (010일이삼사오육칠팔), where a syllable or two is a particle or a
 * day (0이, 10일) and no number. Groups of one or two after the first
 * (공일공 일이 삼사 오육 칠팔: read in pairs) are read as one; otherwise a
 * number has three groups at most, and what follows a whole number of
 * three (공일공 일이삼사 오육칠팔 이 번호로) is not part of it. */
#define SPELT_DIGITS 16 /* the longest number, 0505-1234-5678, has 12 */
#define SPELT_GROUPS 12 /* 공 일 공 일 이 삼 사 ...: a digit a group */
static size_t spelt_phone(struct conf *c, const char *p, size_t n, size_t i)
{
	int ascii = is_digit((unsigned char)p[i]);
	if (!ascii && i >= 3 && syllable_at(p, n, i - 3))
		return 0; /* inside a word (성공일 ...) or a longer run (일공일공 ...) */
	ko_buf_clear(&c->spelt);
	size_t j = i, last = i, nd = 0, ns = 0, ng = 0, sl, dl, gd = 0, big = 0;
	/* where each group ends, in the text and in c->spelt */
	size_t gend_p[SPELT_GROUPS], gend_s[SPELT_GROUPS];
	int d, start = 1;
	for (;;) {
		char v[5];
		size_t vn, vl;
		if (start && nd && (vl = value_group(p, n, j, v, &vn))) {
			if (nd + vn > SPELT_DIGITS)
				return 0;
			for (size_t x = 0; x < vn; x++)
				spelt_add(c, j, v[x]);
			nd += vn, gd += vn, ns++;
			last = j += vl;
			start = 0;
		} else if ((d = mixed_digit(p, n, j, &dl)) >= 0) {
			/* from a digit, only whole groups spelt (0이 1234 5678 is not 02) */
			if (ascii && dl >= 3 && is_digit((unsigned char)p[j - 1]) && spelt_run(p, n, j) < 4)
				break;
			if (nd == SPELT_DIGITS)
				return 0;
			spelt_add(c, j, (char)('0' + d));
			nd++, gd++;
			ns += dl >= 3;
			last = j += dl;
			start = 0;
		} else if (nd && !start && (sl = ko_phone_sep(p, n, j)) &&
		           (mixed_digit(p, n, j + sl, &dl) >= 0 || value_group(p, n, j + sl, (char[5]){0}, &dl))) {
			/* A fourth group of digits, or more digits than any
			 * number has: stop here, or a table of numbers (010 010
			 * 010 ...) is walked again from each of its groups; a
			 * group spelt goes on, up to SPELT_GROUPS */
			if (ng + 1 >= SPELT_GROUPS || (ng >= 2 && is_digit((unsigned char)p[j + sl])))
				break;
			big |= ng > 0 && gd > 2;
			gend_p[ng] = last, gend_s[ng] = c->spelt.n;
			ng++, gd = 0;
			spelt_add(c, j, '-');
			j += sl;
			start = 1;
		} else {
			break;
		}
	}
	if (start) /* a separator taken last, with nothing read after it */
		return 0;
	big |= ng > 0 && gd > 2;
	/* a 이 spelt last and glued to a syllable is the copula (오육칠팔이야,
	 * 여덟이에요) */
	if (ns && last >= i + 6 && syllable_at(p, n, last) && !memcmp(p + last - 3, "이", 3) &&
	    c->spelt.p[c->spelt.n - 1] == '2') {
		last -= 3, c->spelt.n--, nd--;
		if (c->spelt.p[c->spelt.n - 1] == '-') /* ... 구십사 이야: 이 a group alone */
			c->spelt.n--, last = gend_p[--ng];
	}
	gend_p[ng] = last, gend_s[ng] = c->spelt.n;
	if (nd < 9 || (ascii && !ns))
		return 0;
	/* Groups of one or two after the first are a number read in pairs:
	 * the digits after the first group as one (010-12345678); else the
	 * longest of the first three groups that makes a whole number. */
	if (ng > 2 && !big) {
		if (is_digit((unsigned char)p[last - 1]) && !ko_number_may_end(p, n, last))
			return 0;
		/* the first group a prefix (공일공 일이 삼사 ...), or one
		 * digit a group (공 일 공 일 이 ...): all digits run together */
		for (size_t from = gend_s[0] + 1;; from = 0) {
			size_t w = from;
			for (size_t x = w; x < c->spelt.n; x++)
				if (c->spelt.p[x] != '-')
					c->spelt_at[w] = c->spelt_at[x], c->spelt.p[w++] = c->spelt.p[x];
			c->spelt.n = w;
			if (ko_phone_end(c->spelt.p, c->spelt.n, 0) == c->spelt.n)
				return last;
			if (!from)
				return 0;
		}
	}
	for (size_t g = (ng < 2 ? ng : 2) + 1; g-- > 0;) {
		size_t e = gend_p[g];
		if (is_digit((unsigned char)p[e - 1]) && !ko_number_may_end(p, n, e))
			continue;
		if (ko_phone_end(c->spelt.p, gend_s[g], 0) == gend_s[g]) {
			/* no group after it that is spelt in full: ... 오육칠팔 이
			 * 번호로 is a number and a word; 공일공 일이삼사 can be no
			 * number but the start of a longer one */
			size_t sp = 0;
			for (size_t x = 0; x < gend_s[g]; x++)
				sp += c->spelt.p[x] != '-' && !is_digit((unsigned char)p[c->spelt_at[x]]);
			if (ascii && !sp)
				continue;
			c->spelt.n = gend_s[g];
			return e;
		}
	}
	return 0;
}

#ifdef KO_AVX2
/* find3 on 32 bytes at a time from *at, as long as 34 can be read: the
 * place found, or n with *at where the rest is to be looked at. */
__attribute__((target("avx2"))) static size_t find3_32(const char *p, size_t n, size_t *at,
                                                      const char *s)
{
	const __m256i a = _mm256_set1_epi8(s[0]), b = _mm256_set1_epi8(s[1]),
	              c = _mm256_set1_epi8(s[2]);
	size_t i = *at;
	for (; i <= n - 34; i += 32) {
		__m256i m = _mm256_and_si256(
			_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i)), a),
			_mm256_and_si256(
				_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i + 1)), b),
				_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i + 2)), c)));
		uint32_t bits = (uint32_t)_mm256_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
	}
	*at = i;
	return n;
}
#endif

/* The first i >= from where the three bytes s are, or n. (A memchr of
 * the last byte stopped at every syllable that ends like 영, 81, as
 * hundreds of syllables do.) */
static size_t find3(const char *p, size_t n, size_t from, const char *s)
{
	size_t i = from;
#ifdef KO_AVX2
	if (n >= 34 && i <= n - 34 && ko_have_avx2()) {
		size_t k = find3_32(p, n, &i, s);
		if (k < n)
			return k;
	}
#endif
#ifdef __SSE2__
	const __m128i a = _mm_set1_epi8(s[0]), b = _mm_set1_epi8(s[1]), c = _mm_set1_epi8(s[2]);
	for (; n >= 18 && i <= n - 18; i += 16) {
		__m128i m = _mm_and_si128(
			_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i)), a),
			_mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i + 1)), b),
			              _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i + 2)), c)));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
	}
#endif
	for (; i + 3 <= n; i++)
		if (!memcmp(p + i, s, 3))
			return i;
	return n;
}

static void spelt_phones(struct conf *c, const char *p, size_t n)
{
	/* 공 is EA B3 B5, 영 EC 98 81; all of one, then all of the other */
	static const char zero[2][3] = {{'\xEA', '\xB3', '\xB5'}, {'\xEC', '\x98', '\x81'}};
	/* the shortest: one syllable and eight digits (공1012345678) */
	if (n < 11)
		return;
	for (int z = 0; z < 2; z++) {
		size_t i = find3(p, n, 0, zero[z]), e;
		while (i < n) {
			/* after a number, from two bytes before its end, as
			 * the search of its last byte went on from there */
			if ((e = spelt_phone(c, p, n, i))) {
				insert(c, i, e, K_PHONE);
				i = find3(p, n, e - 2, zero[z]);
			} else {
				i = find3(p, n, i + 1, zero[z]);
			}
		}
	}
}

/* scan_ascii on the text with its fullwidth forms of ASCII read as the
 * ASCII they stand for (０１０-１２３４-５６７８ is a phone number, whatever
 * normalisation ran before or did not), the spans set back on the text:
 * a span covers the fullwidth characters it matched. Memory: the copy,
 * and an offset per fullwidth form (not one per byte). */
static void scan(struct conf *c, const char *p, size_t n)
{
	const char *f = memchr(p, 0xEF, n);
	while (f && !fullwidth(p, n, (size_t)(f - p)))
		f = memchr(f + 1, 0xEF, n - (size_t)(f + 1 - p));
	if (!f) {
		scan_ascii(c, p, n);
		if (ON(K_PHONE))
			spelt_phones(c, p, n);
		return;
	}
	ko_buf_clear(&c->ascii);
	c->nfw = 0;
	size_t i = (size_t)(f - p);
	ko_buf_add(&c->ascii, p, i);
	while (i < n) {
		int a = fullwidth(p, n, i);
		if (!a) {
			/* up to the next byte that may start a fullwidth form */
			const char *e = memchr(p + i + 1, 0xEF, n - i - 1);
			size_t k = e ? (size_t)(e - p) : n;
			ko_buf_add(&c->ascii, p + i, k - i);
			i = k;
			continue;
		}
		if (c->nfw == c->fwcap) {
			c->fwcap = c->fwcap ? 2 * c->fwcap : 64;
			c->fw = ko_xrealloc(c->fw, c->fwcap * sizeof *c->fw);
		}
		c->fw[c->nfw++] = (uint32_t)c->ascii.n;
		ko_buf_addc(&c->ascii, (char)a);
		i += 3;
	}
	scan_ascii(c, c->ascii.p, c->ascii.n);
	for (size_t k = 0; k < c->nsp; k++)
		c->sp[k].b = text_offset(c, c->sp[k].b), c->sp[k].e = text_offset(c, c->sp[k].e);
	if (ON(K_PHONE))
		spelt_phones(c, p, n);
}

/* ---- output ---- */

static void mask(const struct conf *c, struct ko_buf *out, const char *p, size_t n)
{
	size_t at = 0;
	for (size_t k = 0; k < c->nsp; k++) {
		ko_buf_add(out, p + at, c->sp[k].b - at);
		ko_buf_adds(out, c->tag[c->sp[k].kind]);
		at = c->sp[k].e;
	}
	ko_buf_add(out, p + at, n - at);
}

/* Where byte b of a text goes once it is masked (the start of the tag
 * of an item that holds it). */
static size_t masked_offset(const struct conf *c, size_t b)
{
	size_t d = b;
	for (size_t k = 0; k < c->nsp && c->sp[k].b < b; k++) {
		if (c->sp[k].e > b)
			return d - (b - c->sp[k].b);
		d = d + strlen(c->tag[c->sp[k].kind]) - (c->sp[k].e - c->sp[k].b);
	}
	return d;
}

/* One string of an array field masked (ko_json_str_fn). */
static int mask_str(void *ctx, const char *p, size_t n, const char **np, size_t *nn)
{
	struct conf *c = ctx;
	scan(c, p, n);
	if (!c->nsp)
		return 0;
	ko_buf_clear(&c->masked);
	mask(c, &c->masked, p, n);
	*np = c->masked.p, *nn = c->masked.n;
	return 1;
}

/* An array field (history: [[user, assistant], ...]) written back as JSON
 * with each of its strings masked on its own; what is not a string value
 * is copied as it is. */
static void mask_turns(struct conf *c, const struct ko_json *j, int t, struct ko_buf *out)
{
	ko_json_rewrite_strs(j, t, &c->turn, out, mask_str, c);
}

/* Append the spans as {"field","type","start","end"} objects, offsets in
 * code points of the unescaped text (as a Python str slices it). */
static void annotate(const struct conf *c, struct ko_buf *a, const char *field, const char *p,
                     const struct ko_buf *path)
{
	size_t at = 0, cp = 0;
	for (size_t k = 0; k < c->nsp; k++) {
		const struct span *s = &c->sp[k];
		cp += ko_utf8_count(p + at, s->b - at);
		size_t b = cp;
		cp += ko_utf8_count(p + s->b, s->e - s->b);
		at = s->e;
		if (a->n > 1)
			ko_buf_addc(a, ',');
		ko_buf_adds(a, "{\"field\":");
		ko_json_quotes(a, field);
		if (path) {
			ko_buf_adds(a, ",\"path\":[");
			ko_json_quotes(a, field);
			ko_buf_add(a, path->p, path->n);
			ko_buf_addc(a, ']');
		}
		ko_buf_addf(a, ",\"type\":\"%s\",\"start\":%zu,\"end\":%zu}", pii_kinds[s->kind].name, b, cp);
	}
}

/* The strings of an array field (history, messages, conversations) each
 * scanned and annotated on its own, with the path to it
 * (["history",1,0], ["messages",2,"content"]) and offsets into that
 * string, which r[path[0]][path[1]]... slices: the strings that masking
 * rewrites (ko_json_rewrite_strs), the turns' text, and not a speaker's
 * name or a part's type. */
static void annotate_turns(struct conf *c, const struct ko_json *j, int t, const char *field)
{
	for (int i = t; ko_json_next_str(j, t, &i);) {
		const char *why;
		ko_buf_clear(&c->str);
		if (ko_json_str(j, i, &c->str, &why) < 0 || !c->str.n)
			continue;
		scan(c, c->str.p, c->str.n);
		if (!c->nsp)
			continue;
		ko_buf_clear(&c->path);
		ko_json_path(j, t, i, &c->path);
		annotate(c, &c->ann, field, c->str.p, &c->path);
	}
}

/* One record: masked, annotated or dropped. */
static int pii(struct conf *c, struct ko_rec *r)
{
	const struct ko_opts *o = r->run->opt;
	const char *p;
	size_t n;
	ko_buf_clear(&c->ann);
	ko_buf_addc(&c->ann, '[');
	if (!r->is_json) {
		int e = ko_rec_text(r, o->field, 0, &p, &n);
		if (e)
			return e;
		scan(c, p, n);
		if (c->drop) {
			if (c->nsp)
				return ko_rec_reject(r, pii_kinds[c->sp[0].kind].name);
			ko_pass(r);
		} else if (c->annotate) {
			annotate(c, &c->ann, "text", p, NULL);
			ko_buf_clear(&c->out);
			ko_buf_adds(&c->out, "{\"text\":");
			ko_json_quote(&c->out, p, n);
			ko_buf_adds(&c->out, ",\"pii\":");
			ko_buf_add(&c->out, c->ann.p, c->ann.n);
			ko_buf_adds(&c->out, "]}");
			ko_emit(r->run, c->out.p, c->out.n);
		} else {
			ko_buf_clear(&c->masked);
			mask(c, &c->masked, p, n);
			ko_emit(r->run, c->masked.p, c->masked.n);
		}
		return 0;
	}
	/* Without -f, every field of the layouts the record holds
	 * (ko_rec_judged). */
	struct ko_field f[KO_MAX_FIELDS + 3];
	int nf = 0, found = 0, first = -1, got = 0;
	unsigned text = 0;
	const char *name;
	/* (the layouts read without -f have no context) */
	long start = c->annotate || c->drop || !o->fields_given ? -1 : ko_rec_answer_start(r);
	size_t near = 0;
	for (int i = 0; (i = ko_rec_judged(r, i, &name)) >= 0; i++) {
		int e = ko_rec_text(r, name, 0, &p, &n);
		if (e == KO_REJECT)
			return e;
		if (e)
			continue;
		got = 1;
		scan(c, p, n);
		if (!c->nsp)
			continue;
		found = 1;
		if (first < 0)
			first = c->sp[0].kind;
		if (c->annotate) {
			int t = ko_json_get(&r->json, name);
			if (r->json.tok[t].type == KO_JSON_ARRAY) {
				annotate_turns(c, &r->json, t, name);
			} else {
				annotate(c, &c->ann, name, p, NULL);
			}
			continue;
		}
		struct ko_buf *m = &c->done[nf];
		ko_buf_clear(m);
		int t = ko_json_get(&r->json, name);
		if (r->json.tok[t].type == KO_JSON_ARRAY) {
			/* the turns of a conversation, each masked in its place */
			mask_turns(c, &r->json, t, m);
			f[nf++] = (struct ko_field){name, m->p, m->n};
			continue;
		}
		if (start >= 0 && !strcmp(name, "context"))
			near = masked_offset(c, ko_utf8_offset(p, n, (size_t)start));
		/* quoted as the record is written: a long text is not copied again */
		mask(c, m, p, n);
		f[nf] = (struct ko_field){name, m->p ? m->p : "", m->n};
		text |= 1u << nf++;
	}
	if (!got) { /* no text to judge: it passes unchanged */
		ko_pass(r);
		return 0;
	}
	if (c->drop) {
		if (found)
			return ko_rec_reject(r, pii_kinds[first].name);
		ko_pass(r);
		return 0;
	}
	if (c->annotate) {
		ko_buf_addc(&c->ann, ']');
		f[0] = (struct ko_field){"pii", c->ann.p, c->ann.n};
		nf = 1;
	} else if (!nf) {
		ko_pass(r);
		return 0;
	} else if (start >= 0 &&
	           ko_rec_follow_answer(r, f, &nf, &text, start, near, mask_str, c, c->answer)) {
		return KO_REJECT;
	}
	ko_emit_rewrite(r, f, nf, text);
	return 0;
}

/* ---- options ---- */

enum { OPT_ANNOTATE = 0x100, OPT_DROP, OPT_KINDS, OPT_TAG, OPT_CHECKSUM, OPT_ALL_IPS, OPT_ALL_URLS };

static const struct option longopts[] = {
	{"annotate", no_argument, NULL, OPT_ANNOTATE},
	{"drop", no_argument, NULL, OPT_DROP},
	{"kinds", required_argument, NULL, OPT_KINDS},
	{"tag", required_argument, NULL, OPT_TAG},
	{"rrn-checksum", no_argument, NULL, OPT_CHECKSUM},
	{"all-ips", no_argument, NULL, OPT_ALL_IPS},
	{"all-urls", no_argument, NULL, OPT_ALL_URLS},
	{0},
};

static int kind_named(const char *s, size_t k)
{
	for (int i = 0; i < NKIND; i++)
		if (strlen(pii_kinds[i].name) == k && !strncasecmp(pii_kinds[i].name, s, k))
			return i;
	return -1;
}

static void option(struct conf *c, int code, const char *arg)
{
	switch (code) {
	case OPT_ANNOTATE: c->annotate = 1; break;
	case OPT_DROP: c->drop = 1; break;
	case OPT_CHECKSUM: c->rrn_checksum = 1; break;
	case OPT_ALL_IPS: c->all_ips = 1; break;
	case OPT_ALL_URLS: c->all_urls = 1; break;
	case OPT_KINDS:
		c->kinds = 0;
		for (const char *s = arg;;) {
			size_t k = strcspn(s, ",");
			int i = kind_named(s, k);
			if (i < 0)
				ko_usage("--kinds: unknown kind '%.*s'", (int)k, s);
			c->kinds |= 1u << i;
			if (!s[k])
				break;
			s += k + 1;
		}
		break;
	case OPT_TAG: {
		const char *eq = strchr(arg, '=');
		int i = eq ? kind_named(arg, (size_t)(eq - arg)) : -1;
		if (i < 0)
			ko_usage("--tag: expected KIND=TEXT with a kind such as PHONE, not '%s'", arg);
		if (ko_utf8_check(eq + 1, strlen(eq + 1)) != strlen(eq + 1))
			ko_usage("--tag: the text is not UTF-8");
		/* a line break would make two records of a text line, and the
		 * other controls are no placeholder's (a tab is a blank) */
		for (const char *t = eq + 1; *t; t++)
			if ((unsigned char)*t < 0x20 && *t != '\t')
				ko_usage("--tag: the text has a control character (%s)",
				         *t == '\n' ? "a line break" : *t == '\r' ? "a carriage return" : "below U+0020");
		c->tag[i] = eq + 1;
		break;
	}
	}
}


static const struct ko_tool tool = {
	.name = "ko-pii",
	.usage = "[--annotate | --drop] [--kinds LIST] [--tag KIND=TEXT]... [--rrn-checksum]\n"
	         "              [--all-ips] [--all-urls] [-f FIELD]... [shared options] [FILE...]",
	.help = "Find personal data and replace it with tags: resident and foreigner\n"
	        "registration numbers (RRN, FRN), telephone numbers (PHONE), e-mail (EMAIL),\n"
	        "card numbers (CARD), bank accounts (ACCOUNT), IPv4/IPv6 addresses (IP), URLs\n"
	        "(URL), passport (PASSPORT) and driving licence numbers (DRIVER), and IDs\n"
	        "after a messenger's name (HANDLE: 카톡 아이디 kim_85). Fields: -f\n"
	        "(repeatable); without it text, the fields of a task (instruction, input,\n"
	        "output, system, history), the turns of messages or conversations, or prompt\n"
	        "and completion.\n"
	        "\n"
	        "      --annotate        leave the text, add \"pii\": [{field,type,start,end}]\n"
	        "                        (offsets in characters)\n"
	        "      --drop            reject records with personal data instead (reason: the\n"
	        "                        kind of the first match)\n"
	        "      --kinds LIST      look only for these kinds (comma-separated: rrn,phone)\n"
	        "      --tag KIND=TEXT   write TEXT for KIND (default <KIND>)\n"
	        "      --rrn-checksum    registration numbers need a valid check digit even\n"
	        "                        when written with a hyphen\n"
	        "      --all-ips         every IP address, also private, loopback, documentation\n"
	        "                        and multicast ones, network blocks and public DNS\n"
	        "                        servers (left by default: they are no one's)\n"
	        "      --all-urls        every URL, also those of public pages (by default a\n"
	        "                        URL is masked only when it carries personal data: a\n"
	        "                        user name, e-mail, @handle, telephone number, token,\n"
	        "                        personal query parameter or a person's page)\n",
	.longopts = longopts,
	.max_fields = KO_MAX_FIELDS,
	.judges_text = 1,
	.unused = KO_UNUSED_SEED,
};

int main(int argc, char **argv)
{
	struct conf c = {.kinds = (1u << NKIND) - 1};
	for (size_t x = 0; x < sizeof handle_last / sizeof *handle_last; x++) {
		c.handle_last3 |= (uint64_t)1 << (handle_last[x] & 63);
		c.handle_last2 |= (uint64_t)1 << (handle_last[x] >> 6 & 63);
	}
	for (size_t x = 0; handle_cues[x]; x++) {
		c.handle_cue_len[x] = (unsigned char)strlen(handle_cues[x]);
		const unsigned char *e = (const unsigned char *)handle_cues[x] + c.handle_cue_len[x] - 3;
		c.handle_cue_pair[e[1] & 63] |= (uint64_t)1 << (e[2] & 63);
		uint32_t v = (uint32_t)e[0] << 16 | (uint32_t)e[1] << 8 | e[2];
		size_t y = 0;
		while (c.handle_cue_last[y] && c.handle_cue_last[y] != v)
			y++;
		c.handle_cue_last[y] = v;
	}
	for (const char *const *w = handle_ascii_cues; *w; w++) {
		const unsigned char *e = (const unsigned char *)*w + strlen(*w) - 2;
		for (int u = 0; u < 4; u++) /* lower or upper case, each of the two */
			c.handle_cue_pair[(e[0] & ~(u & 1 ? 32 : 0)) & 63] |=
				(uint64_t)1 << ((e[1] & ~(u & 2 ? 32 : 0)) & 63);
	}
	for (int i = 0; i < NKIND; i++)
		c.tag[i] = pii_kinds[i].tag;
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (c.annotate && c.drop)
		ko_usage("--annotate and --drop exclude each other");
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		pii(&c, r);
	free(c.sp);
	ko_buf_free(&c.masked);
	ko_buf_free(&c.turn);
	ko_buf_free(&c.str);
	ko_buf_free(&c.path);
	ko_buf_free(&c.ascii);
	free(c.fw);
	ko_buf_free(&c.spelt);
	free(c.spelt_at);
	for (int i = 0; i < KO_MAX_FIELDS; i++)
		ko_buf_free(&c.done[i]);
	for (int i = 0; i < 3; i++)
		ko_buf_free(&c.answer[i]);
	ko_buf_free(&c.ann);
	ko_buf_free(&c.out);
	return ko_close(&run);
}
