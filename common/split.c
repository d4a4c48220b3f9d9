/*
 * split.c - Korean sentence splitter: a single forward scan over bytes.
 *
 * Most bytes are Hangul or Latin letters inside words, where no rule
 * applies; the scan steps over them sixteen bytes at a time (skip16). It
 * stops only at whitespace (where the eojeol just ended is examined for a
 * sentence-final ending), at . ? ! and their Unicode kin, at quotes and
 * brackets (jumped over as one unit when they close nearby), and at
 * attached material (ㅋㅋ, emoji, ^^, ~) and bullets that can glue two
 * sentences together. Every look back or ahead is bounded, so the cost is
 * linear in the input and the iterator needs no memory of its own.
 *
 * Speed: at a space, most words are dismissed by their last syllable alone
 * (ko_split_sylrow), without a branch the processor mispredicts, or by the
 * syllables before it (pen_ok); only the rest go through the rules. A full
 * stop between a word and a space takes a short path too (at_term).
 * Those fast paths are exact: they take the steps and give the answers
 * the rules give, on any bytes, valid UTF-8 or not, and
 * scripts/split-equiv.sh checks that a change to this file changes no
 * output.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "chars.h"
#include "split.h"
#include "split_tables.h"
#include "split_score.h"

typedef unsigned char u8;

#define NOPOS ((size_t)-1)
/* How far the look for end punctuation reaches (see bare_ahead). */
#define BARE_LOOK 800
/* The longest title opening_title reads, in bytes (five words of up to
 * four syllables, and spaces): a word further from its sentence's start
 * asks no title rule, which saves the dates of prose (1924년 10월 1일,
 * whose last syllables end titles of counts) the work. */
#define TITLE_BYTES 72
/* How far a quote or bracket may reach for its closing mark. A stray or
 * unbalanced mark must not swallow a whole paragraph; real quotations of
 * several sentences fit easily. */
#define PAIR_LIMIT 1500
/* Failed searches for a closing mark allowed in one sentence. Past them
 * marks are plain characters, so that text full of unclosed brackets or
 * stray quotes still splits in linear time. */
#define MAX_MISSES 8

/* B_PLAIN and B_HANGUL come first: the scan steps over both without a
 * look (see scan). */
enum { B_PLAIN, B_HANGUL, B_SPACE, B_NL, B_TERM, B_OPEN, B_ATT, B_STAR, B_MB };

/* Class of a byte, to dispatch the scan. The B_SPACE bytes and '\n' are
 * the ASCII members of ko_is_space; B_MB marks the lead bytes of the
 * other code points the scanner stops at (spaces, punctuation, quotes,
 * bullets, emoji), B_HANGUL those of Hangul syllables (and CJK that
 * shares them). */
static const u8 bclass[256] = {
	[' '] = B_SPACE, ['\t'] = B_SPACE, ['\r'] = B_SPACE, ['\v'] = B_SPACE,
	['\f'] = B_SPACE, ['\n'] = B_NL,
	['.'] = B_TERM, ['?'] = B_TERM, ['!'] = B_TERM,
	['('] = B_OPEN, ['['] = B_OPEN, ['{'] = B_OPEN, ['<'] = B_OPEN,
	['"'] = B_OPEN, ['\''] = B_OPEN, ['`'] = B_OPEN,
	['~'] = B_ATT, ['^'] = B_ATT, [';'] = B_ATT,
	['*'] = B_STAR,
	[0xC2] = B_MB, [0xE1] = B_MB, [0xE2] = B_MB, [0xE3] = B_MB,
	[0xEF] = B_MB, [0xF0] = B_MB,
	[0xEA] = B_HANGUL, [0xEB] = B_HANGUL, [0xEC] = B_HANGUL, [0xED] = B_HANGUL,
};

enum { CP_PLAIN, CP_SPACE, CP_TERM, CP_OPEN, CP_CLOSE, CP_ATT, CP_BULLET };

/* cpclass of the ASCII code points */
static const u8 cpascii[128] = {
	[' '] = CP_SPACE, ['\t'] = CP_SPACE, ['\r'] = CP_SPACE, ['\v'] = CP_SPACE,
	['\f'] = CP_SPACE, ['\n'] = CP_SPACE,
	['.'] = CP_TERM, ['?'] = CP_TERM, ['!'] = CP_TERM,
	['('] = CP_OPEN, ['['] = CP_OPEN, ['{'] = CP_OPEN, ['<'] = CP_OPEN,
	['"'] = CP_OPEN, ['\''] = CP_OPEN, ['`'] = CP_OPEN,
	[')'] = CP_CLOSE, [']'] = CP_CLOSE, ['}'] = CP_CLOSE, ['>'] = CP_CLOSE,
	['~'] = CP_ATT, ['^'] = CP_ATT, ['_'] = CP_ATT,
	['*'] = CP_BULLET,
};

static int cpclass_other(unsigned c);

/* Class of a code point; ASCII and syllables, nearly all of them, inline. */
static inline int cpclass(unsigned c)
{
	if (c < 0x80)
		return cpascii[c];
	if (ko_is_hangul_syllable(c))
		return CP_PLAIN;
	return cpclass_other(c);
}

static int cpclass_other(unsigned c)
{
	if (ko_is_modern_compat_jamo(c))
		return CP_ATT; /* ㅋㅋ ㅎㅎ ㅠㅠ: ko_end_mark's commonest chat
		                  marks, answered without the call */
	if (ko_is_space(c))
		return CP_SPACE;
	switch (c) {
	case 0x2018: case 0x201C: case 0x300C: case 0x300E: case 0x300A:
	case 0x3008: case 0x3010: case 0xFF08: case 0xFF3B: case 0x3014:
		return CP_OPEN;
	case 0x2019: case 0x201D: case 0x300D: case 0x300F: case 0x300B:
	case 0x3009: case 0x3011: case 0xFF09: case 0xFF3D: case 0x3015:
		return CP_CLOSE;
	case 0x203B: case 0x25B6: case 0x25B7: case 0x25BA: case 0x25B8:
	case 0x25A0: case 0x25A1: case 0x25AA: case 0x25CF: case 0x25CB:
	case 0x25C6: case 0x25C7: case 0x2022: case 0x261E: case 0x2714:
	case 0x2713:
		return CP_BULLET;
	}
	if ((c >= 0x2460 && c <= 0x2473) || (c >= 0x2776 && c <= 0x2793))
		return CP_BULLET; /* circled numbers open list items */
	/* end punctuation is a stop; a tilde, ㅋㅋ ㅎㅎ ㅠㅠ, ♡ ★ and emoji
	 * attach to the sentence before them (the archaic jamo after the
	 * modern ones include ㆍ, a middle dot: plain) */
	switch (ko_end_mark(c)) {
	case KO_END_STOP:
		return CP_TERM;
	case KO_END_TILDE: case KO_END_CHAT:
		return CP_ATT;
	}
	return CP_PLAIN;
}

/* Decode the code point at i; returns its length (invalid bytes: 1). */
static inline int dec(const u8 *p, size_t i, size_t n, unsigned *cp)
{
	u8 b = p[i];
	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if (b >= 0xE0 && b < 0xF0 && i + 2 < n) {
		*cp = ((unsigned)(b & 0x0F) << 12) | ((unsigned)(p[i + 1] & 0x3F) << 6) |
		      (p[i + 2] & 0x3F);
		return 3;
	}
	if (b >= 0xC0 && b < 0xE0 && i + 1 < n) {
		*cp = ((unsigned)(b & 0x1F) << 6) | (p[i + 1] & 0x3F);
		return 2;
	}
	if (b >= 0xF0 && i + 3 < n) {
		*cp = ((unsigned)(b & 0x07) << 18) | ((unsigned)(p[i + 1] & 0x3F) << 12) |
		      ((unsigned)(p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
		return 4;
	}
	*cp = 0xFFFD;
	return 1;
}

/* Start of the code point that ends at i (i > lo). */
static inline size_t back1(const u8 *p, size_t lo, size_t i)
{
	size_t j = i - 1;
	while (j > lo && (p[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	return j;
}

/* The three bytes at q as one number, ordered as memcmp orders them. */
static inline unsigned key3(const u8 *q)
{
	return (unsigned)q[0] << 16 | (unsigned)q[1] << 8 | q[2];
}

static inline unsigned syl3(const u8 *q)
{
	return ((unsigned)(q[0] & 0x0F) << 12) | ((unsigned)(q[1] & 0x3F) << 6) | (q[2] & 0x3F);
}

/* 1 if a Hangul syllable (U+AC00..U+D7A3) starts at q (3 bytes readable). */
static inline int is_syl(const u8 *q)
{
	if (q[0] < 0xEA || q[0] > 0xED)
		return 0;
	return ko_is_hangul_syllable(syl3(q));
}

static inline int syl_at(const u8 *p, size_t i, size_t n)
{
	return i + 3 <= n && is_syl(p + i);
}

/* 1 if c is in t, one of the short generated lists sorted by code point. */
#define IN_LIST(t, c) in_list(t, sizeof t / sizeof t[0], c)
/* The syllable c begins a row of a word table whose first syllables the
 * bit set t holds (ko_split_reaction_first, ko_split_number_first). */
static inline int first_in(const unsigned char *t, unsigned c)
{
	c -= KO_SYL_FIRST;
	return t[c >> 3] >> (c & 7) & 1;
}

static inline int in_list(const unsigned short *t, size_t nt, unsigned c)
{
	for (size_t k = 0; k < nt && t[k] <= c; k++)
		if (t[k] == c)
			return 1;
	return 0;
}

/* c, a syllable, is the last of an -아/-어 form (ko_split_inf_any). */
static inline int inf_any(unsigned c)
{
	c -= KO_SYL_FIRST;
	return ko_split_inf_any_set[c >> 3] >> (c & 7) & 1;
}

/* The Q_ uses of a question ending c, 0 for any other syllable. */
static inline int qend(unsigned c)
{
	for (size_t k = 0; k < sizeof ko_split_qend / sizeof ko_split_qend[0]; k++)
		if (ko_split_qend[k].cp == c)
			return ko_split_qend[k].flags;
	return 0;
}

/* prev then last spell an exclamation that looks like a question (구나). */
static inline int not_question(unsigned prev, unsigned last)
{
	for (size_t k = 0; k < sizeof ko_split_not_question / sizeof ko_split_not_question[0]; k++)
		if (ko_split_not_question[k][0] == prev && ko_split_not_question[k][1] == last)
			return 1;
	return 0;
}

static inline int is_alnum(unsigned c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
static inline int is_digit(unsigned c) { return c >= '0' && c <= '9'; }
static inline int is_alpha(unsigned c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Length of the whitespace code point at i, or 0: inline where the
 * byte settles it (ASCII, or no lead byte of a wider space), as it does
 * for most bytes asked. */
static int ws_at_wide(const u8 *p, size_t i, size_t n);

static inline __attribute__((always_inline)) int ws_at(const u8 *p, size_t i, size_t n)
{
	u8 b = p[i];
	if (b < 0x80)
		return ko_is_space(b);
	/* the lead bytes of U+0085..U+00A0, U+1680, U+2000..U+205F, U+3000 */
	if (b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3)
		return 0;
	return ws_at_wide(p, i, n);
}

static int ws_at_wide(const u8 *p, size_t i, size_t n)
{
	unsigned c;
	int l = dec(p, i, n, &c);
	return ko_is_space(c) ? l : 0;
}

/* Skip whitespace from i; *hard is set when it holds a hard break. The
 * common case, one space before a byte that starts no space, inline: the
 * rules ask after every sentence end, most often there. */
static size_t skip_ws_run(const struct ko_split *s, size_t i, int *hard);

static inline __attribute__((always_inline)) size_t skip_ws(const struct ko_split *s, size_t i,
                                                            int *hard)
{
	const u8 *p = (const u8 *)s->p;
	*hard = 0;
	if (i + 1 < s->n && p[i] == ' ' && p[i + 1] > ' ' && p[i + 1] != 0xC2 && p[i + 1] != 0xE1 &&
	    p[i + 1] != 0xE2 && p[i + 1] != 0xE3)
		return i + 1;
	return skip_ws_run(s, i, hard);
}

static size_t skip_ws_run(const struct ko_split *s, size_t i, int *hard)
{
	const u8 *p = (const u8 *)s->p;
	int nl = 0, l;
	while (i < s->n && (l = ws_at(p, i, s->n)) > 0) {
		if (p[i] == '\n' && (++nl >= 2 || (s->flags & KO_SPLIT_NEWLINE_HARD)))
			*hard = 1;
		i += l;
	}
	return i;
}

/* The length of a speaker's label at i (민지: , A: , 상담원: ): a word of
 * at most six syllables or twelve letters and digits, not opening with a
 * digit, then a colon and a blank or the end; else 0. */
static size_t speaker_label(const u8 *p, size_t i, size_t n)
{
	size_t j = i, w = 0;
	if (i < n && is_digit(p[i]))
		return 0;
	while (j < n && w < 12) {
		if (syl_at(p, j, n))
			j += 3, w += 2;
		else if (is_alnum(p[j]))
			j++, w++;
		else
			break;
	}
	if (j == i || j >= n || p[j] != ':')
		return 0;
	j++;
	return j == n || p[j] == ' ' || p[j] == '\t' || p[j] == '\r' || p[j] == '\n' ? j - i : 0;
}

/* A newline at i ends the sentence: in hard mode always, else when only
 * blanks separate it from the next newline (a blank line), or when the
 * lines on both sides open with a speaker's label (a transcript: each
 * line a turn, 준영: 다 괜찮아 / 서연: 수요일 어때요?). */
static int hard_nl(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	if (s->flags & KO_SPLIT_NEWLINE_HARD)
		return 1;
	size_t nl = i;
	for (i++; i < s->n; i++) {
		if (p[i] == '\n')
			return 1;
		if (bclass[p[i]] != B_SPACE)
			break;
	}
	if (i == s->n || !speaker_label(p, i, s->n))
		return 0;
	size_t b = nl;
	while (b > 0 && p[b - 1] != '\n')
		b--;
	while (b < nl && bclass[p[b]] == B_SPACE)
		b++;
	return speaker_label(p, b, nl) != 0;
}

static int hard_end(const struct ko_split *s, size_t k);
static int heading_next(struct ko_split *s, size_t i);

/* Pairs of quotes and brackets, defined with the scanner below. */
static size_t match_close(const struct ko_split *s, size_t from, const u8 *open, int olen,
                          const u8 *close, int clen, int sym, size_t limit);
static unsigned closer_of(unsigned c);
static int inner_final(const struct ko_split *s, size_t b, size_t m, int punct_only);
static inline int nl_between(const u8 *p, size_t a, size_t b);
static int put8(unsigned c, u8 *o);

static int cond_test(int cond, const u8 *w, size_t wlen, size_t slen, int whole);

/* Does the word w[0..wlen) meet the condition of an ending of slen bytes
 * that ends it? Most endings have none: that answer inline. */
static inline int cond_ok(int cond, const u8 *w, size_t wlen, size_t slen, int whole)
{
	return cond == C_ANY || cond_test(cond, w, wlen, slen, whole);
}

static int cond_test(int cond, const u8 *w, size_t wlen, size_t slen, int whole)
{
	size_t pre = wlen - slen;
	int t;
	if (cond == C_WORD)
		return pre == 0 && whole;
	if (pre < 3)
		return 0;
	if (cond == C_NOTWORD)
		return 1;
	t = ko_hangul_jong(syl3(w + pre - 3));
	return ko_split_cond_jong[cond] >> t & 1;
}

/* Rows of ko_split_last (ko_split_sylrow gives a row + 1, or 0 or 255
 * for none). */
#define KO_SPLIT_NLAST (sizeof ko_split_last / sizeof ko_split_last[0])

/* Row range of the endings whose last syllable is c, or NULL. */
static inline const struct ko_split_last *last_entry(unsigned c)
{
	unsigned h = (unsigned)((c * KO_SPLIT_HASH_MUL) & 0xFFFFFFFFu) >> (32 - KO_SPLIT_HASH_BITS);
	unsigned k = ko_split_hash[h];
	if (k && ko_split_last[k - 1].cp == c)
		return &ko_split_last[k - 1];
	return NULL;
}

static inline __attribute__((always_inline)) int pen_ok(const struct ko_split_penset *x, const u8 *p,
                                                      size_t start, size_t i);

/* Class of a run of Hangul syllables w[0..wlen) ending an eojeol; whole
 * says the run is the entire word. The first row of x that matches wins:
 * rows of more than one syllable come first, and only those whose
 * syllable before the last is the word's can match, which
 * ko_split_penkeys lists in table order; then the one-syllable rows. */
static int ending_class(const u8 *w, size_t wlen, int whole, const struct ko_split_last *x)
{
	const size_t N = sizeof ko_split_endings / sizeof ko_split_endings[0];
	const size_t NX = sizeof ko_split_last / sizeof ko_split_last[0];
	size_t end = x + 1 < ko_split_last + NX ? x[1].first : N;
	if (wlen >= 6 && x->npk > 0) {
		const struct ko_split_penkey *a = &ko_split_penkeys[x->pk];
		unsigned pen = key3(w + wlen - 6);
		size_t lo = 0, hi = x->npk;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (a[mid].key < pen)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < x->npk && a[lo].key == pen) {
			const unsigned short *r = &ko_split_penrows[a[lo].row];
			for (unsigned k = 0; k < a[lo].n; k++) {
				const struct ko_split_ending *e = &ko_split_endings[r[k]];
				const u8 *q, *t = (const u8 *)e->s;
				size_t b = e->len - 6;
				if (e->len > wlen)
					continue;
				q = w + wlen - e->len;
				/* the last two syllables match: compare the rest from
				 * its end */
				while (b > 0 && q[b - 1] == t[b - 1])
					b--;
				if (b == 0 && cond_ok(e->cond, w, wlen, e->len, whole))
					return e->cls;
			}
		}
	}
	for (size_t k = x->first + x->nmulti; k < end; k++) {
		const struct ko_split_ending *e = &ko_split_endings[k];
		if (cond_ok(e->cond, w, wlen, e->len, whole))
			return e->cls;
	}
	return K_NONE;
}

/* A semicolon is a sweat-drop emoticon in a run (;; ^^;), punctuation
 * alone (&lt; a; b). */
static inline int semi_att(const u8 *p, size_t lo, size_t n, size_t i)
{
	return (i + 1 < n && (p[i + 1] == ';' || p[i + 1] == '^')) ||
	       (i > lo && (p[i - 1] == ';' || p[i - 1] == '^'));
}

/* Jamo that laugh, cry or frown (ㅋ ㅎ ㅠ ㅜ ㅡ ㄷ ㅉ), as opposed to the
 * initials that abbreviate words (ㅈㄴ, ㄹㅇ, ㅇㅋ) or a stutter (어ㄸ...). */
static inline int emotive_jamo(unsigned c)
{
	return IN_LIST(ko_split_emotive, c);
}

/* Class of the eojeol that ends at i, looking back no further than lo.
 * Attached material (ㅋㅋ, ^^, emoji, ~) before i is skipped and reported in
 * *att: bit 1 for tildes, 8 for emoji and symbols (♥ ★), 16 for jamo that
 * abbreviate words (ㅈㄴ), 2 for anything else, 4 when it stood apart as a
 * token of its own ("본즈 ㅋㅋ"), which is then judged by the word before
 * it.
 * With fin_only and nothing attached, the answer only tells K_FIN from the
 * rest, fast; and K_BARE is reported as such, else as K_WEAK. */
static int tail_class(const u8 *p, size_t n, size_t lo, size_t i, int *att, int fin_only)
{
	const struct ko_split_last *x;
	size_t j = i, he;
	int cnt = 0;
	*att = 0;
	/* the common case: the word ends in a syllable, nothing attached */
	for (; !(j >= lo + 3 && is_syl(p + j - 3));) {
		while (j > lo) {
			size_t k = back1(p, lo, j);
			unsigned c;
			dec(p, k, n, &c);
			if (cpclass(c) != CP_ATT && !(c == ';' && semi_att(p, lo, n, k)))
				break;
			/* 16: a modern jamo, or one of the variation selectors
			 * U+FE0E, U+FE0F, which also sort after U+3131 */
			*att |= c == '~' || c == 0xFF5E || c == 0x301C ? 1
			      : (c >= 0x2600 && c <= 0x2BFF) || c >= 0x1F000 ? 8
			      : c >= KO_COMPAT_CONS_FIRST && !emotive_jamo(c) ? 16 : 2;
			j = k;
		}
		if (!*att || j == i || j <= lo || p[j - 1] != ' ' || (*att & 4))
			break;
		*att |= 4;
		while (j > lo && p[j - 1] == ' ')
			j--;
	}
	he = j;
	if (*att && j <= lo)
		return K_CONT; /* only attached material so far: "ㅋㅋ 진짜", "😀 오늘" */
	if (j < lo + 3 || !is_syl(p + j - 3))
		return K_NONE;
	x = last_entry(syl3(p + j - 3));
	if (!x || (fin_only && !*att && !x->fin))
		return K_NONE;
	while (cnt < 6 && j >= lo + 3 && is_syl(p + j - 3)) {
		j -= 3;
		cnt++;
	}
	int cls = ending_class(p + j, he - j, cnt < 6, x);
	return cls == K_BARE && !fin_only ? K_WEAK : cls;
}

/* Does an eojeol of class cls end a sentence, given what sticks to it?
 * Bare, only a final ending does. A tilde glued to the word also ends
 * half-speech (뽑아버려~), and a noun when a space follows (며칠 전~), but
 * not a connective (내지르고~); between two words it is a range (2~3개),
 * and standing apart too (1일 ~ 3일). Laughter, crying, emoticons and
 * emoji end anything but a particle or connective, except an emoji between
 * two nouns without spaces (진우♥설아, a pair). glued: the next word
 * follows without a space. */
static int ends_sentence(int cls, int att, int glued)
{
	if (cls == K_FIN)
		return 1;
	if (att & 2)
		return cls != K_CONT;
	if (att & 8)
		return glued ? cls == K_WEAK || cls == K_LINK : cls != K_CONT;
	if (att == 1)
		return cls == K_WEAK || (cls == K_NONE && !glued);
	return 0;
}

/* The word at j matches one of the rows of t, sorted by bytes, whose soft
 * level is at most soft (0 after ? or !, 1 after an ending, 2 after a
 * question ending), or is 4 (an auxiliary) when soft is 4 (after an
 * -아/-어 form, an ending otherwise like 1). */
static int word_in(const u8 *p, size_t n, size_t j, const struct ko_split_word *t, size_t nt,
                   int soft)
{
	const struct ko_split_word *base = t;
	size_t lo, len = nt;
	unsigned kj;
	if (j + 3 > n || nt == 0)
		return 0;
	kj = key3(p + j);
	/* the first row whose first syllable is not below the word's: a
	 * binary search without branches to mispredict */
	while (len > 1) {
		size_t half = len / 2;
		base = key3((const u8 *)base[half].s) < kj ? base + half : base;
		len -= half;
	}
	lo = (size_t)(base - t) + (key3((const u8 *)base->s) < kj);
	for (; lo < nt && key3((const u8 *)t[lo].s) == kj; lo++) {
		size_t b = 3;
		if (j + t[lo].len > n)
			continue;
		/* the first syllable is equal: compare the rest */
		while (b < t[lo].len && p[j + b] == (u8)t[lo].s[b])
			b++;
		if (b < t[lo].len) {
			/* rows are sorted: those after one above the text are
			 * above it too, and none of them is a prefix of it */
			if ((u8)t[lo].s[b] > p[j + b])
				break;
			continue;
		}
		/* the auxiliaries (4) only after an -아/-어 form, which
		 * otherwise counts as any ending (1) */
		if (t[lo].soft == 4 ? soft != 4 : t[lo].soft > (soft == 4 ? 1 : soft))
			continue;
		if (t[lo].whole && syl_at(p, j + t[lo].len, n))
			continue;
		return 1;
	}
	return 0;
}


/* The word at j continues the sentence before it rather than starting one:
 * punctuation or a closing bracket that belongs to it (좋다 .), a short note
 * in brackets before the period (있다 (향년 71세).), a quotative particle,
 * an auxiliary or a negation. soft: how the sentence before ended, as for
 * word_in, or -1 after a full stop followed by a space: written Korean
 * puts no auxiliary, negation or quoting 하다 after one, and the words
 * that are one also begin sentences (떠났다. 해서와 관북...), so only the
 * rows of ko_split_cont_dot (the quotative particles) apply there. */
static inline size_t emoticon(const struct ko_split *s, size_t j);

/* 1 when cont_next(s, j, soft) is 0 for the reason most words give: they
 * begin with a syllable that begins no row (its test, for a caller on a
 * hot path that skips the call). */
static inline int cont_none(const struct ko_split *s, size_t j, int soft)
{
	if (!syl_at((const u8 *)s->p, j, s->n))
		return 0;
	unsigned c = syl3((const u8 *)s->p + j) - KO_SYL_FIRST;
	return !((soft < 0 ? ko_split_cont_dot_first : ko_split_cont_first)[c >> 3] >> (c & 7) & 1);
}

static int cont_next(const struct ko_split *s, size_t j, int soft)
{
	const u8 *p = (const u8 *)s->p;
	unsigned c;
	if (j >= s->n)
		return 0;
	dec(p, j, s->n, &c);
	int k = cpclass(c);
	if (k == CP_CLOSE || c == ',')
		/* an emoticon (>_<, ><) is no closing mark */
		return c == ',' || emoticon(s, j) == j;
	if (k == CP_TERM) {
		/* "좋다 ." belongs before; "...여보" opens the next sentence */
		size_t t = j;
		while (t < s->n && (dec(p, t, s->n, &c), cpclass(c) == CP_TERM))
			t += c < 0x80 ? 1 : 3;
		return t >= s->n || !(syl_at(p, t, s->n) || is_alnum(p[t]));
	}
	if (k == CP_OPEN && c != '"' && c != '\'' && c != '`') {
		/* 있다 (베타 붕괴).: a note in brackets before the final period */
		u8 ob[4], cb[4];
		int ol = put8(c, ob), cl = put8(closer_of(c), cb);
		size_t m = match_close(s, j + (size_t)ol, ob, ol, cb, cl, 0, 120);
		if (m == NOPOS || m + (size_t)cl >= s->n)
			return 0;
		dec(p, m + (size_t)cl, s->n, &c);
		return cpclass(c) == CP_TERM;
	}
	if (!ko_is_hangul_syllable(c))
		return 0;
	/* most words begin with a syllable that begins no row; c was decoded
	 * from bytes that equal a row's only if it is that row's syllable */
	c -= KO_SYL_FIRST;
	if (!((soft < 0 ? ko_split_cont_dot_first : ko_split_cont_first)[c >> 3] >> (c & 7) & 1))
		return 0;
	if (soft < 0)
		return word_in(p, s->n, j, ko_split_cont_dot,
		               sizeof ko_split_cont_dot / sizeof ko_split_cont_dot[0], 0);
	return word_in(p, s->n, j, ko_split_cont, sizeof ko_split_cont / sizeof ko_split_cont[0],
	               soft);
}

/* After a closing quote: a verb of saying, directly or after a short
 * subject and at most one more word ("..." 그가 말했다, "..." 그녀는 속으로
 * 생각했다), keeps the quotation inside the sentence. */
static int saying_next(const struct ko_split *s, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	const size_t NS = sizeof ko_split_saying / sizeof ko_split_saying[0];
	size_t k = j;
	int hard, cnt = 0;
	if (!syl_at(p, j, s->n))
		return 0;
	if (word_in(p, s->n, j, ko_split_saying, NS, 0))
		return 1;
	while (syl_at(p, k, s->n) && cnt < 5) {
		k += 3;
		cnt++;
	}
	if (cnt == 0 || cnt >= 5 || k >= s->n || !ws_at(p, k, s->n))
		return 0;
	/* subject particles: 이 가 은 는 도 께서 */
	if (!IN_LIST(ko_split_subject, syl3(p + k - 3)))
		return 0;
	/* the verb, or one adverb and the verb: 그녀는 속으로 생각했다 */
	for (int w = 0; w < 2; w++) {
		k = skip_ws(s, k, &hard);
		if (hard || !syl_at(p, k, s->n))
			return 0;
		if (word_in(p, s->n, k, ko_split_saying, NS, 0))
			return 1;
		for (cnt = 0; syl_at(p, k, s->n) && cnt < 5; cnt++)
			k += 3;
		if (cnt >= 5 || k >= s->n || !ws_at(p, k, s->n))
			return 0;
	}
	return 0;
}

/* End of a run of attached material starting at i (i itself if none). */
static size_t att_run(const u8 *p, size_t n, size_t i)
{
	unsigned c;
	size_t lo = i;
	while (i < n) {
		int l = dec(p, i, n, &c);
		if (cpclass(c) != CP_ATT && !(c == ';' && semi_att(p, lo, n, i)))
			break;
		i += l;
	}
	return i;
}

/* A footnote mark at i: [3], [12], [1,2], [주 3], [a]. Short, and with a
 * digit unless it is a single letter, so that a glued [메뉴 이름] is not
 * taken for one. Returns its end or i. */
static size_t footnote(const u8 *p, size_t n, size_t i)
{
	size_t j = i + 1;
	int digit = 0;
	if (i >= n || p[i] != '[')
		return i;
	while (j < n && j - i <= 12 && p[j] != ']') {
		if (syl_at(p, j, n))
			j += 3;
		else if (is_alnum(p[j]) || p[j] == ' ' || p[j] == ',' || p[j] == '-')
			digit |= is_digit(p[j++]);
		else
			return i;
	}
	if (j < n && p[j] == ']' && (digit || (j == i + 2 && is_alpha(p[i + 1]))))
		return j + 1;
	return i;
}

/* A short bracket glued to end punctuation is a citation or a remark on
 * the sentence before (체결되었다.(Smith 2001) 다음, 좋았다.(웃음)) when
 * a space or the end follows it. Returns its end, or k. */
static size_t glued_note(const struct ko_split *s, size_t k)
{
	size_t m = match_close(s, k + 1, (const u8 *)"(", 1, (const u8 *)")", 1, 0, 120);
	if (m == NOPOS || (m + 1 < s->n && !ws_at((const u8 *)s->p, m + 1, s->n)))
		return k;
	return m + 1;
}

/* Extend a sentence end at k over what sticks to it without a space: more
 * end punctuation, closing quotes and brackets, footnote marks, ㅋㅋ,
 * emoticons and emoji. *term is set if end punctuation was taken. */
static size_t absorb_glued(const struct ko_split *s, size_t k, int *term)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n;
	for (;;) {
		unsigned c, c2;
		size_t t;
		if (k >= n)
			return k;
		int l = dec(p, k, n, &c);
		/* sweat drops after the end (몇십억...;;;;): the writer's, as
		 * ^^ is; a single ; is left to what follows */
		if (c == ';' && semi_att(p, k, n, k)) {
			k = att_run(p, n, k);
			continue;
		}
		switch (cpclass(c)) {
		case CP_TERM:
			*term = 1;
			k += l;
			continue;
		case CP_CLOSE:
			k += l;
			continue;
		case CP_ATT:
			k = att_run(p, n, k);
			continue;
		case CP_OPEN:
			if (c == '[' && (t = footnote(p, n, k)) > k) {
				k = t;
				continue;
			}
			if (*term && c == '(' && (t = glued_note(s, k)) > k) {
				k = t;
				continue;
			}
			if (c != '"' && c != '\'' && c != '`')
				return k;
			/* a straight quote closes only if nothing glued follows */
			if (k + 1 < n) {
				dec(p, k + 1, n, &c2);
				int k2 = cpclass(c2);
				if (k2 != CP_SPACE && k2 != CP_TERM && k2 != CP_CLOSE && k2 != CP_ATT)
					return k;
			}
			k += l;
			continue;
		}
		return k;
	}
}

/* Laughter written in syllables (하하, 호호, 히히, 크크: ko_laugh_len,
 * which ko-mask asks too): like ㅋㅋ, a comment on the sentence before.
 * End of such a token at i, or i. */
static inline size_t laugh_run(const u8 *p, size_t n, size_t i)
{
	return syl_at(p, i, n) && ko_laugh_syl(syl3(p + i)) && syl_at(p, i + 3, n) &&
	               ko_laugh_syl(syl3(p + i + 3))
	           ? i + ko_laugh_len((const char *)p + i, n - i)
	           : i;
}

static int ha_form(unsigned c);

/* The sound or cheer that ends at k is the object of 하다 or takes the
 * copula or a word that goes on with it (파이팅 하세요, 화이팅 입니다).
 * 한 standing alone before another word is the numeral or determiner
 * that opens a phrase of its own (화이팅 | 한 번 더, 꼬르륵 | 한 그릇
 * 더), not 하다. */
static int tail_object(const struct ko_split *s, size_t k)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t q = skip_ws(s, k, &hard);
	return !hard && q < s->n && ws_at(p, k, s->n) &&
	       ((syl_at(p, q, s->n) && ha_form(syl3(p + q)) &&
	         !(syl3(p + q) == SYL_HAN && q + 4 < s->n && p[q + 3] == ' ' &&
	           syl_at(p, q + 4, s->n) && !IN_LIST(ko_split_bound1, syl3(p + q + 4)))) ||
	        cont_next(s, q, 1));
}

/* The initials at j spell a predicate of ko_split_chat_close (ㄳ, ㅂㅂ,
 * ㅊㅋ), once or repeated (ㄳㄳ, ㅂㅂㅂㅂ), and no jamo follows: returns
 * their end, or j. */
static size_t chat_close(const u8 *p, size_t n, size_t j)
{
	size_t k = j;
	unsigned a;
	while (k + 3 <= n && p[k] == 0xE3 && (dec(p, k, n, &a), ko_is_modern_compat_jamo(a)))
		k += 3;
	if (k == j || k - j > 24)
		return j;
	for (size_t q = 0; q < sizeof ko_split_chat_close / sizeof ko_split_chat_close[0]; q++) {
		size_t len = ko_split_chat_close[q][1] ? 2 : 1, t = j;
		if ((k - j) / 3 % len)
			continue;
		for (size_t r = 0; t < k; t += 3, r = (r + 1) % len) {
			dec(p, t, n, &a);
			if (a != ko_split_chat_close[q][r])
				break;
		}
		if (t == k)
			return k;
	}
	return j;
}

/* A token at j that tags the sentence before it: a sound or cry of the
 * K_TAIL rows (츄릅, 꼬르륵), a chat abbreviation of ko_split_chat_tail
 * (ㄹㅇ) or ko_split_chat_close (ㄳ, ㅂㅂ), or any run of initials that
 * ends the paragraph or stands before ? or ! (ㅇㅇ, ㅇㅋ, ㅇㅈ?).
 * Returns its end, or j. */
static size_t tail_token(const struct ko_split *s, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, k = j;
	unsigned a, b;
	int cnt = 0;
	while (syl_at(p, k, n) && cnt < 6) {
		k += 3;
		cnt++;
	}
	if (cnt > 0 && cnt < 6) { /* and no syllable at k */
		/* ko_split_sylrow: 0 or 255 for no row with fin bits */
		unsigned r = ko_split_sylrow[syl3(p + k - 3) - KO_SYL_FIRST];
		const struct ko_split_last *x = r - 1 < KO_SPLIT_NLAST ? &ko_split_last[r - 1] : NULL;
		if (x && (x->fin & 1) && pen_ok(&x->fin_punct, p, j, k) &&
		    ending_class(p + j, k - j, 1, x) == K_TAIL) {
			return tail_object(s, k) ? j : k;
		}
		return j;
	}
	if (cnt > 0)
		return j;
	if ((k = chat_close(p, n, j)) > j)
		return k;
	for (k = j; k < n && (dec(p, k, n, &a), ko_is_modern_compat_jamo(a)) && !emotive_jamo(a);)
		k += 3;
	if (k == j)
		return j;
	if (k - j == 6) {
		dec(p, j, n, &a);
		dec(p, j + 3, n, &b);
		for (size_t q = 0; q < sizeof ko_split_chat_tail / sizeof ko_split_chat_tail[0]; q++)
			if (ko_split_chat_tail[q][0] == a && ko_split_chat_tail[q][1] == b)
				return k;
	}
	/* or before punctuation, which asks or stresses it (된다 ㅇㅈ?) */
	if (k < n && (p[k] == '?' || p[k] == '!'))
		return k;
	return hard_end(s, k) ? k : j;
}

/* The end of the run from t of marks that attach to what is before them,
 * end punctuation and closers (ㅋㅋ, ^^, ..., ") — not an initial
 * consonant that spells a word (ㅇㅋ). */
static inline size_t mark_run(const u8 *p, size_t n, size_t t)
{
	size_t lo = t;
	while (t < n) {
		unsigned c;
		int l = dec(p, t, n, &c), kc = cpclass(c);
		if ((kc != CP_ATT && kc != CP_TERM && kc != CP_CLOSE &&
		     !(c == ';' && semi_att(p, lo, n, t))) ||
		    (ko_is_modern_compat_jamo(c) && !emotive_jamo(c)))
			break;
		t += (size_t)l;
	}
	return t;
}

static const struct ko_split_word *opener_next(const struct ko_split *s, size_t i);

/* A word of address at j that closes the sentence before it (응원합니다
 * 오빠, 감사합니다 기자님): one of ko_split_vocative or a word of two to
 * five syllables in 님, or an adverb said as an afterthought
 * (ko_split_afterthought: 잘 어울린다 진짜), followed by punctuation or by the end of the text
 * or line, a laugh or chat tail aside (before more words it opens the
 * next sentence: 오빠 내일 봐).
 * Returns its end, or j. */
static size_t vocative(const struct ko_split *s, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, k = j, q;
	unsigned c;
	int cnt = 0, hard;
	while ((syl_at(p, k, n) || (k + 3 <= n && p[k] == 0xE3 && p[k + 1] >= 0x84 && p[k + 1] <= 0x86)) &&
	       cnt < 6) {
		k += 3;
		cnt++;
	}
	if (!cnt || cnt > 5)
		return j;
	int after = word_in(p, n, j, ko_split_afterthought,
	                    sizeof ko_split_afterthought / sizeof ko_split_afterthought[0], 0);
	if (!(after || (cnt >= 2 && syl3(p + k - 3) == 0xB2D8 /* 님 */) ||
	      word_in(p, n, j, ko_split_vocative,
	              sizeof ko_split_vocative / sizeof ko_split_vocative[0], 0)))
		return j;
	if (k < n && !ws_at(p, k, n)) {
		dec(p, k, n, &c);
		int kc = cpclass(c);
		return kc == CP_ATT || kc == CP_TERM || kc == CP_CLOSE ? k : j;
	}
	/* an afterthought before an interjection that opens the next
	 * sentence (피곤했어 진짜 | 아 오늘은 일찍 자야겠다; the sentence
	 * ended without punctuation, see absorb_after_at), not before an
	 * adverb that it may lead into (진짜 근데 왜 그래) nor before a reply,
	 * which answers it as a question (못 갔어 | 진짜 | 응 감기 걸림) */
	const struct ko_split_word *o;
	if (after && (o = opener_next(s, k)) && o->soft == 0)
		return k;
	q = skip_ws(s, k, &hard);
	if (!hard && q < n) { /* a laugh or chat tail may still close the text */
		size_t t = laugh_run(p, n, q);
		/* but a predicate in initials makes the address open a
		 * sentence of its own (좋더라 | 민수님 ㅊㅋㅊㅋ) */
		if (t == q && chat_close(p, n, q) > q)
			return j;
		if (t == q)
			t = tail_token(s, q);
		t = mark_run(p, n, t); /* ㅎㅎ, ^^, ... */
		if (t == q)
			return j;
		q = skip_ws(s, t, &hard);
	}
	return hard || q >= n ? k : j;
}

/* [j, t) holds two or more jamo that laugh, cry or frown and nothing
 * else (ㅋㅋㅋ, ㅠㅠ). */
/* The token at j, up to white space or the end, is an emoticon typed
 * with ASCII marks and the jamo of tears (T_T, :), -_-, >_<, ^^;, *^^*,
 * ㅜ_ㅜ; see EMO_MARKS in scripts/split-tables.py): its end, or j. */
static size_t emoticon_at(const struct ko_split *s, size_t j);

static inline size_t emoticon(const struct ko_split *s, size_t j)
{
	/* most tokens begin with a syllable, no mark nor jamo */
	u8 b = (u8)s->p[j];
	return b < 0x80 || b == 0xE3 ? emoticon_at(s, j) : j;
}

static __attribute__((noinline)) size_t emoticon_at(const struct ko_split *s, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	size_t t = j;
	int eyes = 0, marks = 0;
	while (t < s->n && !ws_at(p, t, s->n)) {
		u8 b = p[t];
		if (t - j > 12)
			return j;
		if (b == 0xE3 && t + 3 <= s->n && p[t + 1] == 0x85 &&
		    (p[t + 2] == 0x9C || p[t + 2] == 0xA0 || p[t + 2] == 0xA1)) {
			eyes++; /* ㅜ ㅠ ㅡ */
			marks++;
			t += 3;
			continue;
		}
		if (!b || b >= 0x80)
			return j;
		if (strchr(KO_SPLIT_EMO_MARKS, b))
			marks++;
		else if (!strchr(KO_SPLIT_EMO_LETTERS, b))
			return j;
		eyes += strchr(KO_SPLIT_EMO_EYES, b) != NULL;
		t++;
	}
	if (t < j + 2)
		return j;
	/* marks with an eye, letters only beside marks (:D, ^^b, T_T) */
	if (marks && eyes)
		return t;
	for (size_t q = 0; q < sizeof ko_split_emoticon / sizeof ko_split_emoticon[0]; q++)
		if (strlen(ko_split_emoticon[q]) == t - j && !memcmp(ko_split_emoticon[q], p + j, t - j))
			return t;
	return j;
}

static int emotive_run(const u8 *p, size_t j, size_t t)
{
	if (t < j + 6 || (t - j) % 3)
		return 0;
	for (; j < t; j += 3)
		if (p[j] != 0xE3 || !emotive_jamo(syl3(p + j)))
			return 0;
	return 1;
}

/* [j, t) is two or more sweat drops or tildes (;;, ~~, ;;;~): the
 * writer's sigh or drawl after what they said, as a laugh is. */
static int sigh_run(const u8 *p, size_t j, size_t t)
{
	if (t < j + 2)
		return 0;
	for (; j < t; j++)
		if (p[j] != ';' && p[j] != '~')
			return 0;
	return 1;
}

static size_t word_start(const u8 *p, size_t lo, size_t e);

/* After a sentence ending at k, take in following tokens made only of
 * attached material and punctuation ("재밌다 ㅋㅋㅋ", "해요 ^^..", "좋지요~
 * 하하하"), hashtags ("맛있었다 #맛집"), a word of address that ends
 * the text ("응원합니다 오빠") or a tag question ("갔다 아이가"): they
 * comment on it. j is the first byte
 * after the blanks at k, before any hard break and the end of the text. */
static size_t absorb_tokens(const struct ko_split *s, size_t k, size_t j);
static int answer_next(const struct ko_split *s, size_t i);

static size_t absorb_after_at(const struct ko_split *s, size_t k, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	/* the common case, a word of Hangul after end punctuation, in a
	 * function that saves few registers: no vocative nor tag question
	 * there, no emoticon, hashtag or mark begins with a syllable, and a
	 * laugh or a TAIL word only with one of ko_split_absorb_first */
	if (k > 0 && (p[k - 1] == '.' || p[k - 1] == '?' || p[k - 1] == '!') && syl_at(p, j, s->n)) {
		unsigned c = syl3(p + j) - KO_SYL_FIRST;
		if (!(ko_split_absorb_first[c >> 3] >> (c & 7) & 1))
			return k;
	}
	return absorb_tokens(s, k, j);
}

/* A bracketed aside after a space that follows end punctuation at k and
 * comes before more text on the line (존재하지 않는다. (아벨이 증명) 갈루아
 * 이론을): a source or remark on the sentence before, as a note glued to
 * its stop is (glued_note); the sentence after opens with its own first
 * word; a nominal or a plain ending inside it is the note's (김 교수가
 * 보임). Not a bracket that holds a punctuated sentence of its own, nor
 * one of one word (see below), nor one on a line of its own. Returns its
 * end, or j. */
static size_t aside_after(const struct ko_split *s, size_t k, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, m, b = j + 1, t;
	int hard;
	if (p[j] != '(' || k == 0 || (p[k - 1] != '.' && p[k - 1] != '?' && p[k - 1] != '!') ||
	    nl_between(p, k, j))
		return j;
	m = match_close(s, b, (const u8 *)"(", 1, (const u8 *)")", 1, 0, 90);
	if (m == NOPOS || m + 1 >= n || p[m + 1] != ' ')
		return j;
	/* of two words or more: one word is most often the label of what
	 * follows ((표준) 포츠 모형의, (예문) "...", (†) 표시는), or the
	 * mark of a list item ((1) 첫째, (가) 항목) */
	t = b;
	while (t < m && p[t] != ' ' && p[t] != '\n')
		t++;
	if (t >= m || t == b || memchr(p + b, '\n', m - b))
		return j;
	if (inner_final(s, b, m, 1))
		return j;
	t = skip_ws(s, m + 1, &hard);
	if (hard || t >= n || nl_between(p, m + 1, t))
		return j;
	return m + 1;
}

static __attribute__((noinline)) size_t absorb_tokens(const struct ko_split *s, size_t k, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	int hard, laughed = 0;
	for (;;) {
		size_t t = laugh_run(p, s->n, j);
		if (t == j && p[j] == '(') {
			t = aside_after(s, k, j);
			if (t > j)
				return t;
		}
		if (t == j)
			t = tail_token(s, j);
		/* (not after punctuation, which ended the sentence before) */
		if (t == j && k >= 3 && p[k - 1] != '.' && p[k - 1] != '?' && p[k - 1] != '!' &&
		    cpclass(syl3(p + k - 3)) != CP_TERM) {
			t = vocative(s, j);
			/* a tag question (갔다 아이가): the sentence takes it in
			 * and ends after it, whatever follows; only after a
			 * predicate, since after a title or a noun (육아 일기 |
			 * 아이가 처음 걸었다) 아이가 is a child */
			int ta, tc;
			if (t == j && word_in(p, s->n, j, ko_split_tag,
			                      sizeof ko_split_tag / sizeof ko_split_tag[0], 0) &&
			    ((tc = tail_class(p, s->n, word_start(p, 0, k), k, &ta, 0)) == K_FIN ||
			     tc == K_WEAK))
				while (syl_at(p, t, s->n))
					t += 3;
			/* 뭐 last or before a stop after -지 or -잖아, the filler
			 * of a shrug that closes the sentence (취향 차이지 뭐,
			 * 어쩔 수 없잖아 뭐.),
			 * not the question word that opens one (그렇지 | 뭐 먹을래) */
			if (t == j && syl3(p + j) == 0xBB50 /* 뭐 */ && k >= 6 && is_syl(p + k - 3) &&
			    (syl3(p + k - 3) == SYL_JI ||
			     (syl3(p + k - 3) == 0xC544 /* 아 */ && syl3(p + k - 6) == 0xC796 /* 잖 */)) &&
			    !syl_at(p, j + 3, s->n) &&
			    (hard_end(s, j + 3) ||
			     (j + 3 < s->n && (p[j + 3] == '.' || p[j + 3] == '!' || p[j + 3] == '~'))))
				t = j + 3;
		}
		if (t == j)
			t = emoticon(s, j);
		if (t == j && p[j] == '#' && j + 1 < s->n && !ws_at(p, j + 1, s->n) && p[j + 1] != '#')
			while (t < s->n && !ws_at(p, t, s->n)) /* a hashtag: #일상 */
				t++;
		t = mark_run(p, s->n, t);
		if (t == j)
			return k;
		/* a second run of laughter or tears, apart from the first and
		 * before more words, is the next speaker's (망했어 ㅠㅠ | ㅎㅎ
		 * 나도, 지각함 ㅋㅋ | ㅋㅋ 맨날 그러시네) */
		if (laughed && emotive_run(p, j, t) && !hard_end(s, t))
			return k;
		laughed = emotive_run(p, j, t);
		/* laughter before a reaction to the other's news, said apart
		 * (나 내일 쉬어 | ㅋㅋ 부럽다): the laugh opens the other's
		 * turn, as the reaction does */
		if (laughed && t < s->n && ws_at(p, t, s->n)) {
			size_t r = skip_ws(s, t, &hard);
			if (!hard && syl_at(p, r, s->n) && first_in(ko_split_reaction_first, syl3(p + r)) &&
			    (word_in(p, s->n, r, ko_split_reaction,
			                      sizeof ko_split_reaction / sizeof ko_split_reaction[0], 0) ||
			              answer_next(s, t)))
				return k;
		}
		if (t < s->n && !ws_at(p, t, s->n))
			/* laughter or tears typed against the next sentence's
			 * first word (재밌었어 ㅋㅋㅋ그래서 또 감), or a sigh
			 * (몇십억...;;;;너는, 이상하다 ~~진짜): they close
			 * this one */
			return (emotive_run(p, j, t) || sigh_run(p, j, t)) && is_syl(p + t) ? t : k;
		k = t;
		j = skip_ws(s, k, &hard);
		if (hard || j >= s->n)
			return k;
	}
}

/* The same, where the next word is not yet found. */
static size_t absorb_after(const struct ko_split *s, size_t k)
{
	int hard;
	size_t j = skip_ws(s, k, &hard);
	if (hard || j >= s->n)
		return k;
	return absorb_after_at(s, k, j);
}

/* The word [j, j + 3) is 마 alone and the word ending at k does not end
 * in -지: not the negation of 가지 마, which always follows -지, but the
 * Gyeongsang interjection, which opens a sentence (깎아 주이소 | 마 만
 * 원만 받으이소, 마 됐다). */
static int lone_ma(const u8 *p, size_t n, size_t k, size_t j)
{
	unsigned c;
	if (!(j + 3 <= n && is_syl(p + j) && syl3(p + j) == SYL_MA && !syl_at(p, j + 3, n)))
		return 0;
	if (k < 3 || !is_syl(p + k - 3))
		return 1;
	c = syl3(p + k - 3);
	/* -지, and -지 with a particle fused or after it (하진 마, 하질 마,
	 * 나누지도 마, 울지는 마) */
	if (c == SYL_JI || c == 0xC9C4 /* 진 */ || c == 0xC9C8 /* 질 */)
		return 0;
	return !(k >= 6 && is_syl(p + k - 6) && syl3(p + k - 6) == SYL_JI &&
	         IN_LIST(ko_split_subject, c));
}

/* The w bytes before the space i are said again right after it, as a
 * word or words of their own (안 해 안 해, emphasis): one sentence. */
static int said_twice(const u8 *p, size_t n, size_t i, size_t w)
{
	return i + 1 + w <= n && p[i] == ' ' && memcmp(p + i + 1, p + i - w, w) == 0 &&
	       (i + 1 + w == n || ws_at(p, i + 1 + w, n));
}

/* The last word or two words before the end at k, of one to four
 * syllables each, are said again after it (좋아 좋아, 안 돼 안 돼): a
 * repetition for emphasis, which ends nothing between its halves. The
 * first syllables must agree before the words are compared. */
static __attribute__((noinline)) int repeated(const u8 *p, size_t n, size_t k)
{
	size_t b = k;
	if (k + 4 > n)
		return 0;
	for (int words = 0; words < 2; words++) {
		size_t e = b;
		for (;;) {
			if (b < 3 || e - b >= 12 || p[b - 3] < 0xEA || p[b - 3] > 0xED)
				return 0;
			b -= 3;
			if (b == 0 || p[b - 1] == ' ' || p[b - 1] == '\n')
				break;
		}
		if (p[b] == p[k + 1] && p[b + 1] == p[k + 2] && p[b + 2] == p[k + 3] &&
		    said_twice(p, n, k, k - b))
			return 1;
		if (b == 0 || p[b - 1] != ' ')
			return 0;
		b--;
	}
	return 0;
}

/* The word before k ends in an -아/-어 form, after which an auxiliary
 * verb goes on with the sentence (먹어 버렸어, 배고파 죽겠다, 사 둬): an
 * open syllable in ㅏ ㅓ ㅕ ㅘ ㅝ ㅐ ㅙ, not the -다 or -자 of a final
 * ending (걸렸다 | 버린 상자만) and not after a past or future stem (했어,
 * 갔어: no auxiliary follows a tense). */
static int aux_before(const u8 *p, size_t k)
{
	unsigned c, v;
	if (k < 3 || !is_syl(p + k - 3))
		return 0;
	c = syl3(p + k - 3);
	v = ko_hangul_jung(c);
	if (ko_hangul_jong(c) != KO_JONG_NONE || c == SYL_DA || c == SYL_JA ||
	    !(v == KO_JUNG_A || v == KO_JUNG_EO || v == KO_JUNG_YEO || v == KO_JUNG_WA ||
	      v == KO_JUNG_WEO || v == KO_JUNG_AE || v == KO_JUNG_WAE))
		return 0;
	return !(k >= 6 && is_syl(p + k - 6) &&
	         ko_hangul_jong(syl3(p + k - 6)) == KO_JONG_SSANGSIOS);
}

/* Decide a break after an end at k whose next word starts after spaces;
 * returns the sentence end or NOPOS. */
/* From j, at most three words of Hangul, none of them a final ending,
 * the last a topic with 은 or 는 closed by a full stop or an exclamation
 * mark: an afterthought that names what the sentence before was about
 * (맛있더라 그 집은., 정말 최악이다 이 회사는.), which no sentence is made
 * of alone. Not before a question mark or the text's end, where the topic
 * asks back (밥 먹었어 너는?). k: the end of the word before j. */
static __attribute__((noinline)) int afterthought(const struct ko_split *s, size_t k, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, e = j, w;
	int words = 0, att;
	unsigned pc, pp;
	if (k < 3 || !is_syl(p + k - 3))
		return 0;
	for (;;) {
		w = e;
		while (e < n && syl_at(p, e, n) && e - w < 18)
			e += 3;
		if (e == w || ++words > 3)
			return 0;
		if (e < n && p[e] == ' ' && e + 1 < n && syl_at(p, e + 1, n)) {
			if (tail_class(p, n, w, e, &att, 0) == K_FIN)
				return 0;
			e++;
			continue;
		}
		break;
	}
	if (e >= n || (p[e] != '.' && p[e] != '!') || e < w + 6)
		return 0;
	pc = syl3(p + e - 3);
	pp = syl3(p + e - 6);
	if (!((pc == 0xB294 /* 는 */ && !ko_has_batchim(pp) && pp != 0xACE0 /* 고 */) ||
	      (pc == 0xC740 /* 은 */ && ko_has_batchim(pp))))
		return 0;
	/* after a final ending, which the mark_pause_at of the topic's
	 * stop finds, so that the stop ends the sentence (not 별로다) */
	return tail_class(p, n, word_start(p, 0, k), k, &att, 1) == K_FIN;
}

static size_t break_before_next(const struct ko_split *s, size_t k, int soft)
{
	int hard;
	size_t j = skip_ws(s, k, &hard);
	if (hard || j >= s->n)
		return k;
	if (soft == 1 && aux_before((const u8 *)s->p, k))
		soft = 4;
	if (j == k + 1 && (u8)s->p[k - 1] >= 0x80 &&
	    (repeated((const u8 *)s->p, s->n, k) || afterthought(s, k, j)))
		return NOPOS;
	if (cont_none(s, j, soft))
		return absorb_after_at(s, k, j);
	/* (a lone 마 that closes the text or its line stays: 잘해라 마); the
	 * nouns that take a nominal (때문, 덕분) do not take an -아/-어
	 * form, which no noun is (고마워 | 덕분에 살았다) */
	if (cont_next(s, j, soft) &&
	    !(soft == 4 && word_in((const u8 *)s->p, s->n, j, ko_split_noun_after,
	                           sizeof ko_split_noun_after / sizeof ko_split_noun_after[0], 0)) &&
	    !(lone_ma((const u8 *)s->p, s->n, k, j) && j + 4 < s->n && s->p[j + 3] == ' ' &&
	      syl_at((const u8 *)s->p, j + 4, s->n)))
		return NOPOS;
	return absorb_after_at(s, k, j);
}

/* Nothing but blanks up to a hard break or the end of the text from k. */
static int hard_end(const struct ko_split *s, size_t k)
{
	int hard;
	size_t j = skip_ws(s, k, &hard);
	return hard || j >= s->n;
}

/* A first syllable of 하다 in use: 하 한 할 함 합 해 했. */
static int ha_form(unsigned c)
{
	return IN_LIST(ko_split_ha, c);
}

/* What closes a pair of -다 forms said in turn, at j: a form of 하다 (왔다
 * 갔다 하는), or of 그러다 or a word for the coming and going (왔다 갔다
 * 정신없어, 추웠다 더웠다 난리야: ko_split_pair_close). */
static int pair_close(const struct ko_split *s, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	if (j + 3 > s->n || !syl_at(p, j, s->n))
		return 0;
	return ha_form(syl3(p + j)) ||
	       word_in(p, s->n, j, ko_split_pair_close,
	               sizeof ko_split_pair_close / sizeof ko_split_pair_close[0], 0);
}

/* The last syllable of a time or a place with the topic particle, which
 * may stand before the second half of a pair said in turn (낮엔, 지금은,
 * 밖에서는). */
static int pair_topic(unsigned c)
{
	return c == 0xC5D4 /* 엔 */ || c == 0xC740 /* 은 */ || c == 0xB294 /* 는 */;
}

/* Korean pairs two clauses with the same ending inside one sentence: a
 * repeated action closed by 하다 or named after it (왔다 갔다 하는, 먹었다
 * 안 먹었다 한다, 섰다 앉았다를 반복, 왔다 갔다 정신없어, 참다 참다 결국)
 * and an alternative question whose halves share the
 * question ending (썸인가 아닌가),
 * the first left without a question mark (할까요 저걸로 할까요?, 조명이냐
 * 밝은 조명이냐?, 맥주 마실까 소주 마실까 at the end of the text). The
 * word before i ends like that; look a few words on. */
static int paired_clause(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, j, wb, end = i + 60 < n ? i + 60 : n;
	unsigned last, prev;
	int words = 0, hard, q, topic = 0;
	if (i < start + 6 || !is_syl(p + i - 3) || !is_syl(p + i - 6))
		return 0;
	last = syl3(p + i - 3);
	prev = syl3(p + i - 6);
	/* the question endings that pair (까 냐 래 니 나 가, and with 요),
	 * not an exclamation (구나) */
	q = ((qend(last) & Q_PAIR) && !not_question(prev, last)) ||
	    (last == SYL_YO && (qend(prev) & Q_YO));
	if (!q && last != SYL_DA)
		return 0;
	for (wb = i; wb >= start + 3 && syl_at(p, wb - 3, n); wb -= 3)
		;
	if (last == SYL_DA && wb >= start + 4 && ws_at(p, wb - 1, n)) {
		/* the second half, before 하-: 들었다 놨다 하지요 */
		size_t a = wb - 1, b, h;
		while (a > start && ws_at(p, a - 1, n))
			a--;
		b = skip_ws(s, i, &hard);
		/* (a time or a place with the topic particle may stand before
		 * the second half: 아침엔 추웠다 낮엔 더웠다 난리야) */
		h = a;
		if (a >= start + 6 && is_syl(p + a - 3) && pair_topic(syl3(p + a - 3)) &&
		    is_syl(p + a - 6)) {
			size_t t = a - 6;
			while (t > start && syl_at(p, t - 3, n))
				t -= 3;
			if (t > start && ws_at(p, t - 1, n))
				for (h = t; h > start && ws_at(p, h - 1, n); h--)
					;
		}
		if (h >= start + 3 && is_syl(p + h - 3) && syl3(p + h - 3) == SYL_DA && !hard &&
		    pair_close(s, b))
			return 1;
		/* or the same word again: 참다 참다 결국 */
		if (a >= start + (i - wb) && memcmp(p + a - (i - wb), p + wb, i - wb) == 0 &&
		    (a - (i - wb) == start || ws_at(p, a - (i - wb) - 1, n)))
			return 1;
	}
	j = skip_ws(s, i, &hard);
	while (!hard && j < end && words < 4) {
		size_t k = j;
		while (k < n && syl_at(p, k, n))
			k += 3;
		if (k == j)
			return 0;
		words++;
		if (last == SYL_DA) {
			/* X다 Y다 하-: the second 다 (after 안 or 못 at most) and a
			 * form of 하다 */
			if (words == 1 && k == j + 3 && IN_LIST(ko_split_negation, syl3(p + j)))
				goto next;
			if (words == 1 && k >= j + 6 && pair_topic(syl3(p + k - 3))) {
				topic = 1;
				goto next;
			}
			/* the pair taken as a noun by a particle: 섰다
			 * 앉았다를 반복했다; both halves in the past, as
			 * 다는 also ends the adnominal of 달다 (악플 다는) */
			if (k >= j + 9 && syl3(p + k - 6) == SYL_DA &&
			    IN_LIST(ko_split_pair_particle, syl3(p + k - 3)))
				return ko_hangul_jong(prev) == KO_JONG_SSANGSIOS &&
				       ko_hangul_jong(syl3(p + k - 9)) == KO_JONG_SSANGSIOS;
			if (syl3(p + k - 3) != SYL_DA)
				return 0;
			/* the same word twice: 참다 참다 결국; not said again
			 * of a topic, which is a sentence again (괜찮다 |
			 * 나는 괜찮다) */
			if (!topic && k - j == i - wb && memcmp(p + j, p + wb, k - j) == 0)
				return 1;
			j = skip_ws(s, k, &hard);
			return !hard && pair_close(s, j);
		}
		if (k < n && (p[k] == '?' || (k + 3 <= n && syl3(p + k) == 0xFF1F)))
			return syl3(p + k - 3) == last &&
			       (last != SYL_YO || (k >= j + 6 && syl3(p + k - 6) == prev));
		/* with nothing after, or a word that takes the question in
		 * (사랑인가 아닌가 모르겠다), the halves must match more closely */
		if (k >= j + 6 && syl3(p + k - 3) == last && syl3(p + k - 6) == prev &&
		    (hard_end(s, k) || cont_next(s, skip_ws(s, k, &hard), 2)))
			return 1;
		if (hard_end(s, k))
			return 0;
		if (!ws_at(p, k, n))
			return 0;
	next:
		j = skip_ws(s, k, &hard);
	}
	return 0;
}

/* The word before i ends in a question ending (-까, -나, -가, -냐, -니,
 * -지), which can be embedded in what follows (할까 고민이다). */
static int question_end(const u8 *p, size_t start, size_t i)
{
	unsigned c;
	if (i < start + 3 || !is_syl(p + i - 3))
		return 0;
	c = syl3(p + i - 3);
	if (i >= start + 6 && is_syl(p + i - 6) && not_question(syl3(p + i - 6), c))
		return 0; /* 구나, 꾸나: exclamations */
	return (qend(c) & Q_EMBED) != 0;
}

/* The word before i is the 봐 of a -ㄹ까 봐 written apart, which is the
 * fear of a connective (화낼까 봐 걱정이다) as often as the guess that
 * ends a sentence (나 그냥 잘까 봐): like a question ending, it takes in a
 * word of ko_split_cont that only a question does (걱정, 무서, 불안). */
static int kka_bwa(const u8 *p, size_t start, size_t i)
{
	return i >= start + 10 && syl3(p + i - 3) == SYL_BWA && p[i - 4] == ' ' &&
	       is_syl(p + i - 7) && syl3(p + i - 7) == SYL_KKA && is_syl(p + i - 10) &&
	       ko_hangul_jong(syl3(p + i - 10)) == KO_JONG_RIEUL;
}

static size_t word_start(const u8 *p, size_t lo, size_t e);

/* The -ㄹ까 before the 봐 at i (kka_bwa) says what happens to one, so the
 * pair is the fear of a connective that the sentence goes on after (늦을까
 * 봐 택시 탔어, 못 갈까 봐 걱정): a form of ko_split_fear_kka, a past
 * (늦었을까, 있을까: a stem in ㅆ or ㅄ before 을까) or a form after 못,
 * which no intention is said with. */
static int kka_fear(const u8 *p, size_t start, size_t i)
{
	size_t e = i - 4, w = word_start(p, start, e);
	if (e >= w + 9 && syl3(p + e - 6) == 0xC744 /* 을 */ && is_syl(p + e - 9)) {
		int t = ko_hangul_jong(syl3(p + e - 9));
		if (t == KO_JONG_SSANGSIOS || t == KO_JONG_PIEUP_SIOS)
			return 1;
	}
	if (w >= start + 4 && p[w - 1] == ' ' && syl3(p + w - 4) == 0xBABB /* 못 */ &&
	    (w == start + 4 || ws_at(p, w - 5, e)))
		return 1;
	return word_in(p, e, w, ko_split_fear_kka,
	               sizeof ko_split_fear_kka / sizeof ko_split_fear_kka[0], 0);
}

static int infinitive(const u8 *p, size_t start, size_t i);

/* The word ending at i is a bound noun or a sound (cls K_BOUND or
 * K_TAIL); what it does depends on the word before it: a bound noun ends
 * a sentence after an adnominal ending in ㄴ or ㄹ (싱거운 편, 먹는 중), a
 * sound after anything but a particle or a connective, as ㅋㅋ does
 * (배고파 꼬르륵, not 배가 꼬르륵).
 * Returns K_FIN or K_NONE. */
static int verb_next(const struct ko_split *s, size_t i);

/* The word before the space i is an -아 form fused with its stem
 * (ko_split_fused_a: 만나, 일어나, 갈아타) and the word before it ends in
 * the particle -에 or -에서 of a place or a time, and no verb follows:
 * the proposal or the order said last (두 시에 역 앞에서 만나 | 늦으면,
 * 다음 주에 떠나 | 짐 싸야 해), not the connective that an object before
 * it makes (여자 만나 결혼할 것 같은데). Or it is the -아 form of a verb
 * of motion in 가 (ko_split_motion_ga: 들어가, 나가, 돌아가), not a noun
 * with the subject particle (영어가, 누나가), before a pronoun with the
 * topic particle or an opener, which no verb of motion goes on into
 * (먼저 들어가 | 나도 곧 갈게, 조심히 돌아가 | 근데 내일은); after a
 * place it is mostly the connective of a purpose (회사에 돌아가 일해야
 * 돼), unlike 만나. Or it is the 가 of a change nearing its end
 * (ko_split_change_ga: 돼가, 끝나가), said last: before anything but a
 * verb (다 돼가 | 조금만 기다려). */
static int fused_a(const struct ko_split *s, size_t start, size_t i, unsigned c)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, e;
	int hard;
	if (c == 0xAC00 /* 가 */ &&
	    (i < start + 6 || !is_syl(p + i - 6) || !IN_LIST(ko_split_motion_ga_pre, syl3(p + i - 6))))
		return 0;
	while (a > start && !ws_at(p, a - 1, s->n))
		a--;
	if (a == i)
		return 0;
	if (c == 0xAC00 /* 가 */) {
		if (word_in(p, i, a, ko_split_change_ga,
		            sizeof ko_split_change_ga / sizeof ko_split_change_ga[0], 0))
			return !verb_next(s, i);
		if (!word_in(p, i, a, ko_split_motion_ga,
		             sizeof ko_split_motion_ga / sizeof ko_split_motion_ga[0], 0))
			return 0;
		e = skip_ws(s, i, &hard);
		return !hard && (word_in(p, s->n, e, ko_split_pron_topic,
		                         sizeof ko_split_pron_topic / sizeof ko_split_pron_topic[0], 0) ||
		                 opener_next(s, i));
	} else if (!word_in(p, i, a, ko_split_fused_a, sizeof ko_split_fused_a / sizeof ko_split_fused_a[0], 0)) {
		return 0;
	}
	e = a;
	while (e > start && ws_at(p, e - 1, s->n))
		e--;
	if (e < start + 6 || !is_syl(p + e - 3) || !is_syl(p + e - 6))
		return 0;
	if (!(syl3(p + e - 3) == 0xC5D0 /* 에 */ ||
	      (syl3(p + e - 3) == SYL_SEO && syl3(p + e - 6) == 0xC5D0 /* 에서 */)))
		return 0;
	return !verb_next(s, i);
}

/* The space i follows a -ㄹ 거, an intention or a guess in chat (볼
 * 거): a degree adverb or a word of none or all after it belongs to
 * the verb that the 거 is the subject or object of (할 거 너무 많아, 볼
 * 거 하나도 없네), no sentence of its own. */
static int geo_goes_on(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t j = skip_ws(s, i, &hard), k;
	if (hard)
		return 0;
	if (word_in(p, s->n, j, ko_split_degree, sizeof ko_split_degree / sizeof ko_split_degree[0], 0) ||
	    word_in(p, s->n, j, ko_split_geo_next, sizeof ko_split_geo_next / sizeof ko_split_geo_next[0], 0))
		return 1;
	/* or an -아/-어 form before an auxiliary or a verb (먹을 거 사 왔어,
	 * 입을 거 챙겨 갈게); a noun after it is taken for a new sentence,
	 * the request after the plan said (넷플 볼 거 | 추천 좀 해 줘), though
	 * it may be the object the 거 goes with (볼 거 추천 좀 해 줘) */
	for (k = j; syl_at(p, k, s->n); k += 3)
		;
	return k > j && (k == s->n || ws_at(p, k, s->n)) && inf_any(syl3(p + k - 3)) && verb_next(s, k);
}

static int by_word_before(const u8 *p, size_t n, size_t start, size_t i, int cls)
{
	size_t a = i;
	int att, t;
	while (a >= start + 3 && is_syl(p + a - 3))
		a -= 3;
	if (a == i || a <= start || p[a - 1] != ' ')
		return K_NONE;
	while (a > start && p[a - 1] == ' ')
		a--;
	if (a < start + 3 || !is_syl(p + a - 3))
		return K_NONE;
	if (cls == K_BOUND) {
		/* the adnominal each bound noun takes; never the object particle
		 * 를, nor the numeral 한 (영화 한 편) */
		unsigned c = syl3(p + a - 3), b = syl3(p + i - 3);
		t = ko_hangul_jong(c);
		if (IN_LIST(ko_split_bound_prog, b))
			return c == SYL_NEUN ? K_FIN : K_NONE;
		if (IN_LIST(ko_split_bound_aux, b))
			return infinitive(p, start, a) || (a >= start + 3 && is_syl(p + a - 3) &&
			                                   inf_any(syl3(p + a - 3)))
			               ? K_FIN
			               : K_NONE;
		if (c == SYL_REUL || (c == SYL_HAN && (a == start + 3 || p[a - 4] == ' ')))
			return K_NONE;
		if (IN_LIST(ko_split_bound_fut, b))
			return t == KO_JONG_RIEUL ? K_FIN : K_NONE;
		return t == KO_JONG_NIEUN || t == KO_JONG_RIEUL ? K_FIN : K_NONE;
	}
	t = tail_class(p, n, start, a, &att, 0);
	return !att && t != K_CONT && t != K_LINK ? K_FIN : K_NONE;
}

/* The text [start, i) opens a paragraph and is a title: at most five
 * words of letters and digits, none with a particle or an ending but the
 * genitive 의 (오늘의 집밥 기록, 초보의 도전기) and the 이, 도 and 서 that
 * end many nouns of two syllables or more (고양이, 제주도, 독서 after a
 * batchim; a particle after a noun leaves no title: 그가 근황), the one
 * before the last naming
 * no period (캠핑 첫 도전기; not 그는 후기, 조선 후기), the word after it
 * not going on with it (ko_split_title_next: 상하이 도착 후); the nouns of
 * ko_split_title_long, common objects in chat, end titles of three words
 * or more without an adnominal form, before no verb, only (책장 정리 좀
 * 해야겠다, 전하지 못한 이야기 저에게 해주세요, 이야기 해드리죠). */
static int verb_next(const struct ko_split *s, size_t i);
static int is_bare(struct ko_split *s, size_t start);
static int title_count(struct ko_split *s, size_t start, size_t prev, size_t b, size_t i,
                       int words);
static int span_word(const u8 *p, size_t w, size_t e, int *alone);

/* The word at j goes on with a title before it: another noun that ends
 * titles (제주도 여행 셋째 날 기록, 아이 방 꾸미기 완료), a span of
 * time (아침 루틴 만들기 3주 차) or the part of a series (캠핑 후기 2편,
 * 맛집 탐방 3탄). */
static int title_goes_on(const struct ko_split *s, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	size_t e = j;
	int att;
	while (e < s->n && (syl_at(p, e, s->n) || is_alnum(p[e])))
		e += p[e] < 0x80 ? 1 : 3;
	if (e == j || (e < s->n && p[e] != ' ' && p[e] != '\n'))
		return 0;
	return (is_digit(p[j]) &&
	        (span_word(p, j, e, &att) ||
	         (e >= j + 4 && is_digit(p[e - 4]) &&
	          (syl3(p + e - 3) == SYL_PYEON || syl3(p + e - 3) == SYL_TAN)))) ||
	       tail_class(p, s->n, j, e, &att, 0) == K_TITLE;
}

static int opening_title(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j = start, b = start, prev = i;
	int words = 0, att, adn = 0, cnt;
	/* or a sentence of its own after another, in a paragraph without
	 * punctuation that holds several posts (추천합니다 | 가습기 후기 |
	 * 물통이 커요), when no verb follows (솔직 후기 남깁니다) */
	if (start > 0 && p[start - 1] != '\n' &&
	    (s->prev == NOPOS || !is_bare(s, start) || verb_next(s, i)))
		return 0;
	while (j < i) {
		if (words > 0)
			prev = b;
		for (b = j; j < i && (syl_at(p, j, i) || is_alnum(p[j]));)
			j += p[j] < 0x80 ? 1 : 3;
		if (j == b || ++words > 5)
			return 0;
		if (j < i && p[j] != ' ')
			return 0;
		if (j < i) {
			int k = tail_class(p, s->n, start, j, &att, 0);
			unsigned c = syl_at(p, j - 3, i) ? syl3(p + j - 3) : 0;
			int two = j >= b + 6 && syl_at(p, j - 6, i);
			/* and the 가, 고 and 로 of nouns (요가, 중고, 산책로), but
			 * not a pronoun with the subject particle (내가), a verb's
			 * -고 of three syllables or more (헤어지고), nor a first
			 * word in 로, mostly the particle (영화로 뒷 이야기
			 * 만들어주면) */
			if (att || (k != K_NONE && k != K_WEAK && k != K_TITLE &&
			            !(c == SYL_UI || (two && (c == SYL_I || c == SYL_DO)) ||
			              (two && c == SYL_SEO &&
			               ko_hangul_jong(syl3(p + j - 6)) != KO_JONG_NONE) ||
			              (j == b + 6 && c == 0xACE0 /* 고 */) ||
			              (two && b > start && c == 0xB85C /* 로 */) ||
			              (two && c == 0xAC00 /* 가 */ &&
			               !(j == b + 6 && IN_LIST(ko_split_pron_ga, syl3(p + b)))))))
				return 0;
			adn |= IN_LIST(ko_split_adnominal, c);
		}
		while (j < i && p[j] == ' ')
			j++;
	}
	/* a count ends a title in unpunctuated text only: in prose 대회 둘째
	 * 날 or 여행 셋째 날 opens the sentence it is the time of */
	if ((cnt = title_count(s, start, prev, b, i, words)) >= 0)
		return cnt && is_bare(s, start) && !title_goes_on(s, skip_ws(s, i, &att));
	/* the nouns of records and stories end titles of three words or more,
	 * without an adnominal form (전하지 못한 이야기 저에게 해주세요), and
	 * not before a verb they are the object of (이야기 해드리죠) */
	if (word_in(p, s->n, b, ko_split_title_long,
	            sizeof ko_split_title_long / sizeof ko_split_title_long[0], 0) &&
	    (words < 3 || adn || verb_next(s, i)))
		return 0;
	/* and the -기 of a task, in unpunctuated text only (각본 쓰기
	 * 프로그램에 등록되어 있던) */
	if (word_in(p, s->n, b, ko_split_title_task,
	            sizeof ko_split_title_task / sizeof ko_split_title_task[0], 0) &&
	    (words < 3 || adn || verb_next(s, i) || !is_bare(s, start)))
		return 0;
	/* a noun phrase that goes on (상하이 도착 후, 발견 직후) */
	j = skip_ws(s, i, &att);
	if (!att && word_in(p, s->n, j, ko_split_title_next,
	                    sizeof ko_split_title_next / sizeof ko_split_title_next[0], 0))
		return 0;
	if (!att && title_goes_on(s, j))
		return 0;
	/* a period before it: 조선 후기, 백악기 후기, 19세기 후기 (not a
	 * machine in 기: 가습기 후기) */
	if (prev < i) {
		unsigned c;
		for (j = prev; j < i && (syl_at(p, j, i) || is_alnum(p[j]));)
			j += p[j] < 0x80 ? 1 : 3;
		if (j == prev + 3 && syl_at(p, prev, i) && IN_LIST(ko_split_det1, syl3(p + prev)))
			return 0; /* 두 이야기 모두, 그 기록은 */
		c = j >= prev + 3 && syl_at(p, j - 3, i) ? syl3(p + j - 3) : 0;
		if (c == SYL_DAE ||
		    (c == SYL_GI && j >= prev + 6 && syl_at(p, j - 6, i) &&
		     IN_LIST(ko_split_era_gi, syl3(p + j - 6))) ||
		    word_in(p, s->n, prev, ko_split_era, sizeof ko_split_era / sizeof ko_split_era[0], 0))
			return 0;
	}
	return 1;
}

/* The start of the word that ends before e (spaces skipped), not before
 * lo. */
static size_t word_start(const u8 *p, size_t lo, size_t e)
{
	while (e > lo && p[e - 1] == ' ')
		e--;
	while (e > lo && p[e - 1] != ' ')
		e--;
	return e;
}

/* [w, e) is a span of time: digits glued to a counter of days, weeks,
 * months or years (3주, 100일, 6개월), or such a counter alone; *alone
 * says which. */
static int span_word(const u8 *p, size_t w, size_t e, int *alone)
{
	static const char *const unit[] = { "일", "주", "달", "년", "개월" };
	size_t a = w;
	while (a < e && is_digit(p[a]))
		a++;
	*alone = a == w;
	for (size_t k = 0; k < sizeof unit / sizeof unit[0]; k++)
		if (strlen(unit[k]) == e - a && !memcmp(unit[k], p + a, e - a))
			return 1;
	return 0;
}

/* The title [start, i) ends in a count, the last syllable of its last
 * word [b, i) one of ko_split_title_count (see the TITLE rows of counts
 * in split-tables.py): 1 if the count is whole, an ordinal before 날 (여행
 * 셋째 날), a span before 차 (다이어트 2주 차, 3주차), digits glued to 탄
 * (제주 여행 2탄), a span after -ㄴ 지 (이사 온 지 한 달, 시작한 지
 * 1년), and no word after it goes on with it (한 달 만에, 1년 동안) nor
 * is a verb (한 달 됐어요); 0 if it is not; -1 if the word is no count.
 * prev is the start of the word before b. */
static int title_count(struct ko_split *s, size_t start, size_t prev, size_t b, size_t i,
                       int words)
{
	const u8 *p = (const u8 *)s->p;
	unsigned c = syl3(p + i - 3);
	size_t a = b, w, pe = b;
	while (pe > prev && p[pe - 1] == ' ')
		pe--;
	int alone = 0, ok = 0;
	if (!IN_LIST(ko_split_title_count, c))
		return -1;
	while (a < i && is_digit(p[a]))
		a++;
	if (c == SYL_NAL)
		ok = a == b && i == b + 3 && words >= 3 &&
		     (word_in(p, s->n, prev, ko_split_ordinal,
		              sizeof ko_split_ordinal / sizeof ko_split_ordinal[0], 0) ||
		      (b >= prev + 4 && syl_at(p, b - 4, s->n) && syl3(p + b - 4) == SYL_JJAE));
	else if (c == SYL_CHA)
		ok = words >= 2 && (a > b ? span_word(p, a, i - 3, &alone)
		                          : i == b + 3 && span_word(p, prev, pe, &alone) && !alone);
	else if (i == a + 3 && a > b && (c == SYL_TAN || c == SYL_PYEON))
		ok = words >= 2;
	else if (span_word(p, b, i, &alone) && words >= 3) {
		/* the span, its numeral apart (한 달, 백 일), 지, and the -ㄴ of
		 * the adnominal before it */
		w = b;
		if (alone) {
			if (b == prev || !(word_in(p, s->n, prev, ko_split_numeral,
			                           sizeof ko_split_numeral / sizeof ko_split_numeral[0], 0) ||
			                   (b == prev + 4 && IN_LIST(ko_split_sino_num, syl3(p + prev)))))
				return 0;
			w = prev;
		}
		a = word_start(p, start, w);
		ok = a + 3 < w && p[a + 3] == ' ' && syl3(p + a) == SYL_JI && a >= start + 4 &&
		     syl_at(p, a - 4, s->n) && ko_hangul_jong(syl3(p + a - 4)) == KO_JONG_NIEUN;
	}
	if (!ok)
		return 0;
	w = skip_ws(s, i, &alone);
	return !alone &&
	       !word_in(p, s->n, w, ko_split_counter_next,
	                sizeof ko_split_counter_next / sizeof ko_split_counter_next[0], 0) &&
	       !verb_next(s, i);
}

/* The word before i ends in the -아/-어 form of a verb (먹어, 좋아,
 * 고마워), not in a noun that ends alike (단어, 아시아, 타워). */
static int infinitive(const u8 *p, size_t start, size_t i)
{
	unsigned c, b;
	int t;
	if (i < start + 6 || !is_syl(p + i - 6))
		return 0;
	c = syl3(p + i - 3);
	b = syl3(p + i - 6);
	t = ko_hangul_jong(b);
	if (IN_LIST(ko_split_inf_closed, c))
		return t != KO_JONG_NONE && t != KO_JONG_NIEUN && t != KO_JONG_RIEUL &&
		       t != KO_JONG_IEUNG;
	if (IN_LIST(ko_split_inf_open, c))
		return t == KO_JONG_NONE && !IN_LIST(ko_split_loan_wo, b);
	return 0;
}

/* The word after the space at i is a verb form (it ends in a final,
 * half-speech or -고 ending, or carries a tense: 일어나 씻었다, 먹어
 * 치우고, 받아 떠났다가), which makes the
 * half-speech word before it a connective (-아/-어). */
/* The word before the space i is the -아/-어 form of a verb that makes
 * ready what is eaten or drunk (ko_split_serial: 구워, 잘라, 사) and the
 * word at j a verb of eating or drinking (ko_split_serial_eat): one act
 * in two verbs, whatever the ending of the second (구워 먹는, 잘라
 * 먹으니까, 사 마시는). */
static int serial_eat(const struct ko_split *s, size_t i, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i;
	if (!word_in(p, s->n, j, ko_split_serial_eat,
	             sizeof ko_split_serial_eat / sizeof ko_split_serial_eat[0], 0))
		return 0;
	while (a > 0 && !ws_at(p, a - 1, s->n))
		a--;
	return a < i && word_in(p, i, a, ko_split_serial, sizeof ko_split_serial / sizeof ko_split_serial[0], 0);
}

static int verb_next(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j, k;
	int hard, cnt = 0, cls;
	j = skip_ws(s, i, &hard);
	if (hard)
		return 0;
	if (word_in(p, s->n, j, ko_split_aux, sizeof ko_split_aux / sizeof ko_split_aux[0], 0))
		return 1; /* an auxiliary: 찍어 둔, 먹어 볼 */
	if (serial_eat(s, i, j))
		return 1;
	int tense = 0;
	for (k = j; syl_at(p, k, s->n) && cnt < 12; k += 3) {
		cnt++;
		tense |= ko_hangul_jong(syl3(p + k)) == KO_JONG_SSANGSIOS;
	}
	if (cnt == 0 || cnt == 12)
		return 0;
	if (tense) /* 했, 었, 겠: a verb whatever its ending (였다가) */
		return 1;
	const struct ko_split_last *x = last_entry(syl3(p + k - 3));
	if (!x)
		return 0;
	cls = ending_class(p + j, k - j, 1, x);
	/* the -구 that chat writes for the connective -고 follows a verb stem
	 * (했구, 좋구, 하구, 되구); a word that ends in 구 otherwise is mostly
	 * a noun (친구, 도구, 야구, 누구), no verb (왜 | 친구 생일이라, 뭐 해 |
	 * 친구 만나) */
	if (cls == K_LINK && syl3(p + k - 3) == 0xAD6C /* 구 */ && k >= j + 6) {
		unsigned b = syl3(p + k - 6);
		return (ko_split_cond_jong[C_PREV_VERB] >> ko_hangul_jong(b) & 1) ||
		       b == 0xD558 /* 하 */ || b == 0xB418 /* 되 */ || b == 0xB9D0 /* 말 */;
	}
	/* the -아도/-어도 and -아서/-어서 of a verb (매달려도, 먹어도, 졸라서):
	 * 도 or 서 after an -아/-어 form, which a word of half-speech is
	 * (해, 먹어) or its fused syllable tells (려, 져, 봐) */
	/* the -며 or -면서 of a verb (올리며, 웃으면서), which no particle
	 * spells but the 이며 of a list (사과며 배며 is no verb) */
	if (cls == K_CONT && k >= j + 6 &&
	    (syl3(p + k - 3) == 0xBA70 /* 며 */ ||
	     (syl3(p + k - 3) == SYL_SEO && syl3(p + k - 6) == 0xBA74 /* 면 */ && k >= j + 9)))
		return syl3(p + k - (syl3(p + k - 3) == SYL_SEO ? 9 : 6)) != SYL_I;
	if (cls == K_CONT && k >= j + 6 && (syl3(p + k - 3) == SYL_DO || syl3(p + k - 3) == SYL_SEO)) {
		unsigned b = syl3(p + k - 6);
		const struct ko_split_last *y = last_entry(b);
		int c2 = y ? ending_class(p + j, k - 3 - j, 1, y) : K_NONE;
		return c2 == K_WEAK || infinitive(p, j, k - 3) ||
		       (IN_LIST(ko_split_inf_wh, b) && c2 != K_NONE);
	}
	/* a verdict noun (비추, 최고) is no verb, though it may end a
	 * sentence as one does; after another verdict it is said with it
	 * (최고 최고, 최고 인정) */
	if (cls == K_BARE && word_in(p, s->n, j, ko_split_verdict,
	                             sizeof ko_split_verdict / sizeof ko_split_verdict[0], 0)) {
		size_t a = i;
		while (a >= 3 && syl_at(p, a - 3, i))
			a -= 3;
		return a < i && word_in(p, i, a, ko_split_verdict,
		                        sizeof ko_split_verdict / sizeof ko_split_verdict[0], 0);
	}
	return cls == K_FIN || cls == K_WEAK || cls == K_LINK || cls == K_BARE;
}

/* The word before i could end in one of the rows of x, a set of the rows
 * of its last syllable that may end a sentence: by the batchim of the
 * syllable before it for the rows of one syllable, by the one or two
 * syllables before it for the longer ones (see struct ko_split_penset).
 * Most words that end like a final ending end in a particle or a
 * connective instead (라고 but not 더라고, 하지 but not 어떡하지, 까지):
 * dismissed here, without ending_class. */
static inline __attribute__((always_inline)) int pen_ok(const struct ko_split_penset *x, const u8 *p,
                                                      size_t start, size_t i)
{
	if (i < start + 6 || !is_syl(p + i - 6))
		return x->one >> 28 & 1;
	unsigned c = syl3(p + i - 6);
	/* (most sets have no batchim bit: no division for their batchim) */
	if (x->one & 0x0FFFFFFFu && x->one >> ko_hangul_jong(c) & 1)
		return 1;
	if (!(x->penbits >> KO_SPLIT_PENBIT(c) & 1))
		return 0;
	for (unsigned k = x->pen; k < (unsigned)x->pen + x->npen; k++) {
		const struct ko_split_pen *e = &ko_split_pen[k];
		if (e->pen < c) /* sorted */
			continue;
		if (e->pen > c)
			return 0;
		if (!e->ante || (i >= start + 9 && is_syl(p + i - 9) && syl3(p + i - 9) == e->ante))
			return 1;
	}
	return 0;
}

/* The word before i is one or two syllables after a space, as the bound
 * nouns are (중, 예정). */
static inline int short_word(const u8 *p, size_t start, size_t i)
{
	return (i >= start + 4 && (p[i - 4] == ' ' || is_digit(p[i - 4]))) ||
	       (i >= start + 7 && p[i - 7] == ' ' && is_syl(p + i - 6));
}

static int is_bare(struct ko_split *s, size_t start);

/* The word [j, k) is one of ko_split_opener: its row, or NULL. */
static const struct ko_split_word *opener_at(const u8 *p, size_t j, size_t k)
{
	size_t lo = 0, hi = sizeof ko_split_opener / sizeof ko_split_opener[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct ko_split_word *w = &ko_split_opener[mid];
		int c = memcmp(w->s, p + j, w->len < k - j ? w->len : k - j);
		if (c < 0 || (c == 0 && w->len < k - j))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo >= sizeof ko_split_opener / sizeof ko_split_opener[0] ||
	    ko_split_opener[lo].len != k - j || memcmp(ko_split_opener[lo].s, p + j, k - j) != 0)
		return NULL;
	return &ko_split_opener[lo];
}

/* The word after the space at i opens a sentence (ko_split_opener: 그래서,
 * 근데, 헐, ㅇㅋ) and more words follow it in the paragraph: its row, or
 * NULL. Most words are dismissed by their first byte or their length. */
static const struct ko_split_word *opener_next(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	const struct ko_split_word *o;
	size_t j, k;
	int hard;
	j = i + 1;
	/* syllables, or compatibility jamo (U+3131..U+318E: E3 84..86) */
	for (k = j; k + 3 <= s->n && k - j <= 12 &&
	            (syl_at(p, k, s->n) || (p[k] == 0xE3 && p[k + 1] >= 0x84 && p[k + 1] <= 0x86));
	     k += 3)
		;
	if (k == j || k - j > 12 || k >= s->n || !ws_at(p, k, s->n) || !(o = opener_at(p, j, k)))
		return NULL;
	j = skip_ws(s, k, &hard);
	return !hard && j < s->n ? o : NULL;
}

/* The word [a, i) is a question word of ko_split_wh fused with the
 * copula in the past (언제였는데, 누구였는데, 뭐였는데). */
static __attribute__((noinline)) int fused_wh_past(const u8 *p, size_t a, size_t i)
{
	/* 였 after an open syllable, 이었 after any, one to three syllables
	 * in, then the word before it one of ko_split_wh */
	for (size_t k = a + 3; k <= a + 9 && k + 6 <= i; k += 3) {
		unsigned c = syl3(p + k);
		if (c != 0xC600 /* 였 */ &&
		    !(c == SYL_I && k + 9 <= i && syl3(p + k + 3) == 0xC5C8 /* 었 */))
			continue;
		for (size_t q = 0; q < sizeof ko_split_wh / sizeof ko_split_wh[0]; q++)
			if (ko_split_wh[q].len == k - a && memcmp(ko_split_wh[q].s, p + a, k - a) == 0)
				return 1;
	}
	return 0;
}

/* The word ending at i closes a question with -ㄴ데 or -ㄴ디 (어디 가는데,
 * 뭐 시켰는데, 누가 그러는디), or with copula -야 after a noun (몇 시야,
 * 무슨 요일이야; copula 1), or in half-speech (몇 시에 만나, 뭐 해;
 * copula 2, where the word may be of one syllable): a question word stands as a word of its own
 * among the two words before it, in the same sentence (a filler such
 * as 뭐 right before it); not 근데. */
static int wh_question(const u8 *p, size_t start, size_t i, int copula)
{
	size_t a = i, b;
	int words = 0;
	while (a >= start + 3 && is_syl(p + a - 3))
		a -= 3;
	if (a + (copula == 2 ? 3 : 6) > i ||
	    (!copula && (ko_hangul_jong(syl3(p + i - 6)) != KO_JONG_NIEUN || opener_at(p, a, i))))
		return 0;
	/* -ㄴ데 on the bound noun 거 (것) or its dialect 끼, 기: 건데, 낀데 */
	unsigned f = syl3(p + a);
	int bound = !copula && i - a == 6 &&
	            (f == 0xAC74 /* 건 */ || f == 0xB080 /* 낀 */ || f == 0xAE34 /* 긴 */ ||
	             f == 0xAEDC /* 껀 */);
	int purpose = 0;
	/* or the word itself is a question word fused with the copula in the
	 * past (언제였는데, 누구였는데, 뭐였는데): that asks as 뭔데 does */
	if (!copula && fused_wh_past(p, a, i))
		return 1;
	while (words < 2 && a > start && p[a - 1] == ' ') {
		while (a > start && p[a - 1] == ' ')
			a--;
		for (b = a; b >= start + 3 && is_syl(p + b - 3); b -= 3)
			;
		if (b == a || (b > start && p[b - 1] != ' '))
			return 0;
		words++;
		for (size_t q = 0; q < sizeof ko_split_wh / sizeof ko_split_wh[0]; q++)
			if (ko_split_wh[q].len == a - b && memcmp(ko_split_wh[q].s, p + b, a - b) == 0)
				/* 얼마 before a negation is a degree, "not
				 * much", no question (얼마 안되는데) */
				return (words == 1 || !ko_split_wh[q].soft || purpose) &&
				       !(syl3(p + b) == 0xC5BC /* 얼 */ && words == 1 &&
				         IN_LIST(ko_split_negation, syl3(p + a + 1)));
		/* a verb in the -러 of purpose or the -고 that links it takes
		 * the word before it as its object: 뭐 then asks (뭐 사러
		 * 가는데, 뭐 하러 가는디, 뭐 하고 지내니); so does
		 * an adnominal -ㄹ or -ㄴ before 건데 (뭐 할 건데, 뭐 살 낀데,
		 * 뭐 먹은 건데) */
		purpose = (a - b >= 6 && (syl3(p + a - 3) == 0xB7EC /* 러 */ ||
		                          syl3(p + a - 3) == 0xACE0 /* 고 */)) ||
		          (bound && words == 1 &&
		           (ko_hangul_jong(syl3(p + a - 3)) == KO_JONG_RIEUL ||
		            ko_hangul_jong(syl3(p + a - 3)) == KO_JONG_NIEUN));
		a = b;
	}
	return 0;
}

/* 와, the 왜 of Gyeongsang speech, stands as a word of its own two words
 * before the word that ends at i, which ends in the -노 or -꼬 of a
 * wh-question (니 와 안 오노, 와 또 우노): Gyeongsang asks a wh-question
 * with -노 and -고, and 와 there is "why". Not in ko_split_wh, since
 * before the -ㄴ데 or -야 of standard speech 와 is the interjection (와
 * 진짜 맛있는데), and not right before the word, where the interjection
 * meets a noun in 노 (와 피아노 잘 치네). */
static int why_wa(const u8 *p, size_t start, size_t i)
{
	size_t a = i, b;
	while (a >= start + 3 && is_syl(p + a - 3))
		a -= 3;
	for (int words = 0; words < 2 && a > start && p[a - 1] == ' '; words++) {
		while (a > start && p[a - 1] == ' ')
			a--;
		for (b = a; b >= start + 3 && is_syl(p + b - 3); b -= 3)
			;
		if (b == a || (b > start && p[b - 1] != ' '))
			return 0;
		if (words == 1 && a == b + 3 && syl3(p + b) == 0xC640 /* 와 */)
			return 1;
		a = b;
	}
	return 0;
}

/* The word before i is a question word fused with the copula's -ㄴ데
 * (뭔데, 어딘디) said alone as a reply: the first word of a sentence
 * that follows another in its paragraph (봤냐 | 뭔데 | 링크 보내 봐).
 * With a subject before it, or opening a text, it is rather rhetorical
 * and goes on (지가 뭔데 그렇게 말하냐, 뭔데 계속 1위냐). */
static int wh_cop_reply(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	if (s->prev == NOPOS)
		return 0;
	for (size_t q = 0; q < sizeof ko_split_wh_cop / sizeof ko_split_wh_cop[0]; q++)
		if (ko_split_wh_cop[q].len == i - start &&
		    memcmp(ko_split_wh_cop[q].s, p + start, i - start) == 0)
			return 1;
	return 0;
}

/* The word before i ends in the -다며 or -라며 of hearsay, or their
 * -다면서, -라면서, after a syllable of the word (있다며, 시험이라며). */
static int hearsay_q(const u8 *p, size_t start, size_t i)
{
	size_t k = i;
	unsigned c;
	if (k >= start + 9 && syl3(p + k - 3) == 0xC11C /* 서 */ && is_syl(p + k - 6) &&
	    syl3(p + k - 6) == 0xBA74 /* 면 */)
		k -= 3;
	else if (k < start + 9 || syl3(p + k - 3) != 0xBA70 /* 며 */)
		return 0;
	if (!is_syl(p + k - 6) || !is_syl(p + k - 9))
		return 0;
	c = syl3(p + k - 6);
	return c == SYL_DA || c == 0xB77C /* 라 */;
}

/* Could bare_end find an end at the space i after a word whose last
 * syllable is c? Most words are dismissed here, by that syllable or by the
 * first two characters of the next word (ko_split_opener_first). */
static inline int bare_end_maybe(const u8 *p, size_t n, size_t i, unsigned c)
{
	unsigned a, b = 0, k;
	if (c == SYL_DE || c == SYL_DI || c == SYL_YA || c == SYL_NO || c == SYL_NI ||
	    c == SYL_KKO)
		return 1;
	if (i + 7 >= n || p[i] != ' ' || p[i + 1] < 0xE3 || p[i + 1] > 0xED)
		return 0;
	a = syl3(p + i + 1);
	if (p[i + 4] >= 0xE3 && p[i + 4] <= 0xED)
		b = syl3(p + i + 4);
	else if (p[i + 4] != ' ')
		return 0;
	k = KO_SPLIT_OPENER_KEY(a, b);
	return ko_split_opener_first[k >> 6] >> (k & 63) & 1;
}

/* The sentence before start points at something with a demonstrative
 * (이거 들었어, 그 얘기 알아): one of its words is one of
 * ko_split_demonstrative. */
static int points_at(const struct ko_split *s, size_t start)
{
	const u8 *p = (const u8 *)s->p;
	for (size_t k = s->prev; k < start; k++)
		if ((k == s->prev || ws_at(p, k - 1, s->n)) && syl_at(p, k, s->n) &&
		    word_in(p, start, k, ko_split_demonstrative,
		            sizeof ko_split_demonstrative / sizeof ko_split_demonstrative[0], 0))
			return 1;
	return 0;
}

/* The sentence at start is a question word alone so far (왜, 누구, 어디:
 * ko_split_lone_wh), after another sentence of its paragraph, in text
 * without punctuation: a question in one word asked in reply (늦어 | 왜 |
 * 친구 생일이라, 약속 있어 | 누구 | 회사 동기), unless the word after it
 * is of one syllable (왜 또, 왜 안 와), a question word (왜 무슨 일 있어),
 * a verb or an adnominal form (어디 좋은 데), or the one after that is a
 * verb, which the word asks about (왜 아까 전화했어, 누구 만나). 뭐, which
 * is also a filler (먹었어 뭐 어제 먹은 거 또), asks so only after a
 * sentence that points at something (이거 들었어 | 뭐 | 시험 범위
 * 바뀐대). */
static int next_class(const struct ko_split *s, size_t j);

/* 왜 said alone at [start, i) before a clause of two words whose verb,
 * last in the text or the line or before end punctuation, is in the -아서
 * or -어서 of a reason (k ends the first word): that clause answers the
 * question, which is a sentence of its own (어제 못 잤어 | 왜 | 옆집이
 * 시끄러워서); inside a question such a -서 goes on into what was done
 * (왜 배가 아파서 결석했어). So does a verb in the -ㅁ of a note, which
 * asks nothing, wherever it stands (갈까 봐 | 왜 | 너무 피곤함 ㅇㅋ). */
static int why_because(const struct ko_split *s, size_t start, size_t i, size_t k)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t m, e;
	unsigned c;
	if (i != start + 3 || syl3(p + start) != 0xC65C /* 왜 */)
		return 0;
	m = skip_ws(s, k, &hard);
	for (e = m; syl_at(p, e, s->n); e += 3)
		;
	if (hard || e < m + 6)
		return 0;
	/* or in the -ㅁ of a note, which asks nothing (왜 | 너무 피곤함, 왜 |
	 * 시험 망함): the answer of one who was asked */
	int att, note = ko_hangul_jong(syl3(p + e - 3)) == KO_JONG_MIEUM &&
	                tail_class(p, s->n, m, e, &att, 0) == K_FIN;
	if (!note && syl3(p + e - 3) != 0xC11C /* 서 */)
		return 0;
	c = syl3(p + e - 6);
	switch (note ? KO_JUNG_A : ko_hangul_jung(c)) {
	case KO_JUNG_A: case KO_JUNG_EO: case KO_JUNG_AE: case KO_JUNG_WA: case KO_JUNG_WEO:
	case KO_JUNG_YEO:
		break;
	default:
		return 0;
	}
	if (!note && ko_hangul_jong(c) != KO_JONG_NONE)
		return 0;
	if (note) /* which ends its sentence wherever it stands */
		return 1;
	if (e < s->n && p[e] != ' ' && p[e] != '\n') {
		unsigned d;
		dec(p, e, s->n, &d);
		return cpclass(d) == CP_TERM;
	}
	return hard_end(s, e);
}

static int lone_wh(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	const struct ko_split_word *w = NULL;
	size_t j, k;
	int hard;
	if (s->prev == NOPOS)
		return 0;
	for (size_t r = 0; r < sizeof ko_split_lone_wh / sizeof ko_split_lone_wh[0]; r++)
		if (ko_split_lone_wh[r].len == i - start &&
		    !memcmp(ko_split_lone_wh[r].s, p + start, i - start))
			w = &ko_split_lone_wh[r];
	if (!w || (w->soft && !points_at(s, start)))
		return 0;
	j = skip_ws(s, i, &hard);
	if (hard || j >= s->n || !syl_at(p, j, s->n) || !syl_at(p, j + 3, s->n) ||
	    word_in(p, s->n, j, ko_split_wh, sizeof ko_split_wh / sizeof ko_split_wh[0], 2))
		return 0;
	for (k = j; syl_at(p, k, s->n); k += 3)
		;
	/* 어디 before a word with a particle is rather indefinite (어디
	 * 밀실에서 하는지) */
	if (IN_LIST(ko_split_adnominal, syl3(p + k - 3)) ||
	    (syl3(p + start) == 0xC5B4 /* 어 */ && next_class(s, j) == K_CONT))
		return 0;
	return !verb_next(s, i) && (!verb_next(s, k) || why_because(s, start, i, k)) &&
	       is_bare(s, start);
}

/* The word before i is 사람 after an adnominal -ㄹ, a call for company
 * (한강 갈 사람, 라면 먹을 사람), and the word after the space at i is a
 * first person answering it (ko_split_volunteer: 나, 저요, 나도), not
 * going on with the call (ko_split_volunteer_not: 나 말고, 나밖에). */
static int volunteer(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j, k;
	int hard;
	if (i < start + 10 || syl3(p + i - 3) != SYL_RAM || syl3(p + i - 6) != SYL_SA ||
	    p[i - 7] != ' ' || !is_syl(p + i - 10) ||
	    ko_hangul_jong(syl3(p + i - 10)) != KO_JONG_RIEUL)
		return 0;
	j = skip_ws(s, i, &hard);
	if (hard || !word_in(p, s->n, j, ko_split_volunteer,
	                     sizeof ko_split_volunteer / sizeof ko_split_volunteer[0], 0))
		return 0;
	for (k = j; syl_at(p, k, s->n); k += 3)
		;
	if (k < s->n && !ws_at(p, k, s->n))
		return 0;
	j = skip_ws(s, k, &hard);
	return hard || !word_in(p, s->n, j, ko_split_volunteer_not,
	                        sizeof ko_split_volunteer_not / sizeof ko_split_volunteer_not[0], 0);
}

/* The sentence [start, i) is the first person alone who answered a call
 * for company (조깅할 사람 | 나, 야식 시킬 사람 | 저요 | 저도), and the
 * word after it opens a sentence or asks (ko_split_opener, ko_split_wh):
 * the answer is said, and the next turn asks or goes on (나 | 몇 시에
 * 나가, 저도 | 그럼 족발로 가자). Before other words the pronoun is the
 * subject of what follows (나 지금 갈게, 나도 갈래). */
static int volunteer_alone(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t e = start, j;
	int hard;
	if (s->prev == NOPOS || memchr(p + start, ' ', i - start) ||
	    !word_in(p, i, start, ko_split_volunteer,
	             sizeof ko_split_volunteer / sizeof ko_split_volunteer[0], 0))
		return 0;
	while (e > s->prev && ws_at(p, e - 1, s->n))
		e--;
	if (!volunteer(s, s->prev, e) &&
	    !(!memchr(p + s->prev, ' ', e - s->prev) &&
	      word_in(p, e, s->prev, ko_split_volunteer,
	              sizeof ko_split_volunteer / sizeof ko_split_volunteer[0], 0)))
		return 0;
	j = skip_ws(s, i, &hard);
	return !hard && j < s->n &&
	       (opener_next(s, i) ||
	        word_in(p, s->n, j, ko_split_wh, sizeof ko_split_wh / sizeof ko_split_wh[0], 2)) &&
	       is_bare(s, start);
}

/* The sentence at start is a question word with a particle alone so far
 * (ko_split_wh_echo: 누구랑, 어디로), after another sentence of its
 * paragraph, in text without punctuation, and one of the three words
 * after it, no verb before it, ends in the same particle (어디서 in
 * 에서): the answer,
 * which makes the question a reply of its own (영화 봤어 | 누구랑 | 회사
 * 동기랑, 지갑 찾았어 | 어디서 | 소파 밑에서); not 어디로 갈까 바다로. */
static int wh_echo(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	const struct ko_split_wh_echo *w = NULL;
	size_t j, k;
	int hard, words;
	if (s->prev == NOPOS)
		return 0;
	for (size_t r = 0; r < sizeof ko_split_wh_echo / sizeof ko_split_wh_echo[0]; r++)
		if (ko_split_wh_echo[r].wlen + ko_split_wh_echo[r].plen == i - start &&
		    !memcmp(ko_split_wh_echo[r].wh, p + start, ko_split_wh_echo[r].wlen) &&
		    !memcmp(ko_split_wh_echo[r].part, p + i - ko_split_wh_echo[r].plen,
		            ko_split_wh_echo[r].plen))
			w = &ko_split_wh_echo[r];
	if (!w || verb_next(s, i))
		return 0;
	j = skip_ws(s, i, &hard);
	for (words = 0; words < 3 && !hard && syl_at(p, j, s->n); words++) {
		for (k = j; syl_at(p, k, s->n); k += 3)
			;
		if (k >= j + w->alen + 3 && !memcmp(p + k - w->alen, w->ans, w->alen))
			return is_bare(s, start);
		if (k >= s->n || !ws_at(p, k, s->n) || verb_next(s, k))
			return 0;
		j = skip_ws(s, k, &hard);
	}
	return 0;
}

/* The sentence [start, i) of at most three words answers the question
 * with a particle said alone before it (wh_echo: 누구랑 | 대학 동기랑,
 * 어디로 | 강릉으로): its last word ends in the particle the question
 * asks for, and no verb follows, so the answer ends there and what
 * follows is a sentence of its own (누구랑 | 대학 동기랑 | 사진 보여 줘),
 * not a verb the answer goes with (누구랑 | 동생이랑 갔지) unless it is
 * a reaction to the answer (ko_split_reaction: 강릉으로 | 부럽다). */
static int echo_answer(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t e = start, words = 1;
	if (s->prev == NOPOS || start - s->prev > 24)
		return 0;
	while (e > s->prev && ws_at(p, e - 1, s->n))
		e--;
	for (size_t k = start; k < i; k++)
		if (p[k] == ' ' && ++words > 3)
			return 0;
	for (size_t r = 0; r < sizeof ko_split_wh_echo / sizeof ko_split_wh_echo[0]; r++) {
		const struct ko_split_wh_echo *w = &ko_split_wh_echo[r];
		if (w->wlen + w->plen == e - s->prev && !memcmp(w->wh, p + s->prev, w->wlen) &&
		    !memcmp(w->part, p + e - w->plen, w->plen) && i >= start + w->alen + 3 &&
		    !memcmp(w->ans, p + i - w->alen, w->alen)) {
			int hard;
			size_t j = skip_ws(s, i, &hard);
			return (!verb_next(s, i) ||
			        word_in(p, s->n, j, ko_split_reaction,
			                sizeof ko_split_reaction / sizeof ko_split_reaction[0], 1)) &&
			       is_bare(s, start);
		}
	}
	return 0;
}

/* The word before i ends in a connective that speech also ends a
 * sentence with: -ㄴ데 (없는데, 싫은데) or the -려고 of an intention
 * (쉬려고, 먹으려구). */
static int hanging_end(const u8 *p, size_t start, size_t i)
{
	unsigned c = syl3(p + i - 3), b;
	if (i < start + 6 || !is_syl(p + i - 6))
		return 0;
	b = syl3(p + i - 6);
	return (c == SYL_DE && ko_hangul_jong(b) == KO_JONG_NIEUN) ||
	       ((c == 0xACE0 /* 고 */ || c == 0xAD6C /* 구 */) && b == 0xB824 /* 려 */ &&
	        i >= start + 9);
}

/* The word before i ends in the -니 of a question, which also links a
 * cause (가니, 보니, 하니): a question word stands among the two words
 * before it (뭐 하고 지내니, 어디 가니) or the sentence opens with the
 * second person (ko_split_you: 너 내일 학교 가니), of which a clause of
 * cause is rarely said. Not -으니 nor a word of one syllable (니, "you"). */
static int ni_question(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = start;
	if (i < start + 6 || !is_syl(p + i - 6) || syl3(p + i - 6) == 0xC73C /* 으 */)
		return 0;
	if (wh_question(p, start, i, 2))
		return 1;
	while (a < i && p[a] != ' ')
		a++;
	return a < i && word_in(p, a, start, ko_split_you, sizeof ko_split_you / sizeof ko_split_you[0],
	                        0);
}

/* The bytes [w, w + n) are one of the rows of t, whole: a binary search,
 * since the rows are sorted by bytes (a row before the rows it is a
 * prefix of), as word_in has them. */
static inline int word_is(const u8 *w, size_t n, const struct ko_split_word *t, size_t nt)
{
	size_t lo = 0, hi = nt;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, l = t[mid].len, m = l < n ? l : n, j = 0;
		const u8 *r = (const u8 *)t[mid].s;
		/* (in place: words of a few bytes, most often apart at the
		 * first, cost less so than a call) */
		while (j < m && r[j] == w[j])
			j++;
		if (j == m && l == n)
			return 1;
		if (j < m ? r[j] < w[j] : l < n)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* The opener row o is a time word with the topic particle (지금은,
 * 요즘은, 이번엔, 그다음엔), not a conjunctive adverb (그래서, 그다음). */
static inline int time_topic(const struct ko_split_word *o)
{
	unsigned c = syl3((const u8 *)o->s + o->len - 3);
	return o->soft == 1 && (c == SYL_EUN || c == SYL_NEUN || c == 0xC5D4 /* 엔 */);
}

/* A time word with the topic particle sets a new sentence against the
 * one before only after a word that closes a clause, ending at i in
 * the syllable c: a final ending of speech (ko_split_topic_after:
 * 다녔지, 무섭네, 두자, 혜선아), -다 after a tense, -ㄴ/-는 or the stem
 * of a state (했다, 간다, 좋다, 없다; a stem of action and -다 is the
 * -다(가) of a change, which goes on: 사귀다 지금은 아닌 듯), an -아/-어
 * form after a closed syllable (먹었어, 좋아; not 심지어, an adverb), the
 * -ㅁ nominal of a note (망함), a count (스트레칭 10분, 등록한 지 두 달)
 * or a noun phrase after the topic its sentence opened with (점심은
 * 편의점 김밥). Any other noun is the subject of what follows (연예인들
 * 지금은 조용하다, 이찬원두 이번엔) and an adverb modifies it (그때와
 * 달리 지금은). */
static int topic_close(const struct ko_split *s, size_t start, size_t i, unsigned c)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, b;
	unsigned pc = i >= start + 6 && is_syl(p + i - 6) ? syl3(p + i - 6) : 0;
	int jb = pc ? ko_hangul_jong(pc) : -1;
	if (IN_LIST(ko_split_topic_after, c) || ko_hangul_jong(c) == KO_JONG_MIEUM)
		return 1;
	/* the -야 of a call or the copula, not the -아야/-어야 of a
	 * condition (가야, 먹어야) */
	if (c == SYL_YA)
		return !pc || !inf_any(pc);
	if (c == SYL_DA)
		return jb == KO_JONG_NIEUN || jb == KO_JONG_SSANGSIOS || jb == KO_JONG_HIEUH ||
		       jb == KO_JONG_NIEUN_HIEUH || jb == KO_JONG_RIEUL_HIEUH ||
		       jb == KO_JONG_PIEUP_SIOS || jb == KO_JONG_THIEUTH;
	if (c == 0xC544 /* 아 */ || c == 0xC5B4 /* 어 */)
		return jb > KO_JONG_NONE;
	while (a > start && !ws_at(p, a - 1, s->n))
		a--;
	/* a count: a counter glued to digits or after a numeral */
	for (b = a; b < i && is_digit(p[b]); b++)
		;
	if (word_is(p + b, i - b, ko_split_counter,
	            sizeof ko_split_counter / sizeof ko_split_counter[0])) {
		size_t e = a, f;
		if (b > a)
			return 1;
		while (e > start && ws_at(p, e - 1, s->n))
			e--;
		for (f = e; f > start && !ws_at(p, f - 1, s->n); f--)
			;
		if (e > f && (is_digit(p[e - 1]) ||
		              word_is(p + f, e - f, ko_split_numeral,
		                      sizeof ko_split_numeral / sizeof ko_split_numeral[0])))
			return 1;
	}
	/* a noun phrase after the topic its sentence opened with, a word of
	 * two syllables or more */
	for (b = start; b < a && !ws_at(p, b, s->n); b++)
		;
	if (b >= a || b < start + 6 || !is_syl(p + b - 3) || !is_syl(p + b - 6))
		return 0;
	c = syl3(p + b - 3);
	return c == SYL_EUN || c == SYL_NEUN;
}

/* The word after the space at i is an opener that is also a Sino-Korean
 * numeral (ko_split_opener_num: 오 "oh", "five") and a unit follows it
 * (ko_split_num_unit: 오 분, 오 년), or no Korean word: the number, no
 * interjection that opens a sentence (캠핑 감 | 오 뭐 먹을 건데). */
static __attribute__((noinline)) int numeral_opener(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t j;
	if (i + 5 > s->n || p[i + 4] != ' ' || !IN_LIST(ko_split_opener_num, syl3(p + i + 1)))
		return 0;
	j = skip_ws(s, i + 4, &hard);
	return !syl_at(p, j, s->n) ||
	       word_in(p, s->n, j, ko_split_num_unit, sizeof ko_split_num_unit / sizeof ko_split_num_unit[0], 0);
}

/* The word after the space at i is a question word of ko_split_lone_wh
 * that is no filler (왜, 누구, 어디), and nothing but blanks follows it
 * up to a hard break or the end of the text. */
static __attribute__((noinline)) int lone_wh_last(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t j = skip_ws(s, i, &hard), k;
	if (hard || j >= s->n)
		return 0;
	for (k = j; syl_at(p, k, s->n); k += 3)
		;
	for (size_t r = 0; r < sizeof ko_split_lone_wh / sizeof ko_split_lone_wh[0]; r++)
		if (!ko_split_lone_wh[r].soft && ko_split_lone_wh[r].len == k - j &&
		    !memcmp(ko_split_lone_wh[r].s, p + j, k - j))
			return hard_end(s, k);
	return 0;
}

/* In text without punctuation, the sentence that ends in a word no rule
 * ended at the space i may still end there: before a word that opens a
 * sentence (오늘의 점심 메뉴 | 근데 …, 그럼 돈가스 | ㅇㅋ), when the word
 * before is no particle or connective; or in a question closed by -ㄴ데
 * (어디 가는데). cls is the word's class, -1 if not yet known. */
static size_t bare_end(struct ko_split *s, size_t start, size_t i, int cls)
{
	const u8 *p = (const u8 *)s->p;
	int att = 0, hard;
	if (i < start + 3 || !is_syl(p + i - 3))
		return NOPOS;
	unsigned c = syl3(p + i - 3);
	if ((c == SYL_DE || c == SYL_DI) &&
	    (wh_question(p, start, i, 0) || wh_cop_reply(s, start, i)) && !verb_next(s, i) &&
	    is_bare(s, start))
		return break_before_next(s, i, 2);
	/* -ㄴ데 left hanging before a question word said alone that ends the
	 * text, a reply of its own (나 지금 집인데 | 왜, 바쁜데 | 누구; not
	 * the filler 뭐: 바쁜데 뭐) */
	if (c == SYL_DE && hanging_end(p, start, i) && lone_wh_last(s, i) && is_bare(s, start))
		return i;
	/* 몇 시야: a noun and -야 (not -어야, -아야, connectives, nor their
	 * contractions: 지나야, 가야); 어데 가노: a stem and the -노 of
	 * Gyeongsang questions, and their -ㄹ꼬 with the ㄹ dropped (언제 다
	 * 하꼬, 이거 언제 치우꼬), not the -꼬 of -라꼬 (-라고: 뭐라꼬 카노),
	 * 가꼬 (가지고: 뭐 가꼬 왔노) nor 데꼬 (데리고) */
	if (((c == SYL_YA && !(i >= start + 6 && is_syl(p + i - 6) &&
	                       inf_any(syl3(p + i - 6)))) ||
	     c == SYL_NO ||
	     (c == SYL_KKO && i >= start + 6 && is_syl(p + i - 6) &&
	      syl3(p + i - 6) != 0xB77C /* 라 */ && syl3(p + i - 6) != 0xAC00 /* 가 */ &&
	      syl3(p + i - 6) != SYL_DE)) &&
	    (cls < 0 ? tail_class(p, s->n, start, i, &att, 0) : cls) == K_NONE && !att &&
	    (wh_question(p, start, i, 1) || (c != SYL_YA && why_wa(p, start, i))) &&
	    !verb_next(s, i) && is_bare(s, start))
		return break_before_next(s, i, 2);
	/* 뭐 하고 지내니, 너 내일 학교 가니: -니 asks */
	if (c == SYL_NI && ni_question(s, start, i) && is_bare(s, start))
		return break_before_next(s, i, 2);
	const struct ko_split_word *o = opener_next(s, i);
	if (!o || numeral_opener(s, i))
		return NOPOS;
	/* a denial (아니) replies only to a yes-no question in -가 of a word
	 * of three syllables or more (니 가방이가 | 아니, 저 사람 친구가 |
	 * 아니요), which no subject is before it; after 내가, 누가 or a
	 * noun it corrects a word (점심 아니 저녁) */
	if (o->soft == 3 && (c != 0xAC00 /* 가 */ || i < start + 9 || !is_syl(p + i - 9)))
		return NOPOS;
	/* a pronoun is the subject of what follows (난 그래서 …); an adverb
	 * after a sentence's first word, if a noun, is dropped inside it
	 * (오늘 근데 비 온대) */
	int one = i == start + 3 || (i >= start + 4 && p[i - 4] == ' ');
	if (one && (IN_LIST(ko_split_pron1, c) || IN_LIST(ko_split_negation, c)))
		return NOPOS; /* 안 그래도: "as it is" */
	/* -더니 sets what was seen before against what came after in one
	 * sentence (욕하더니 지금은 칭찬하네) */
	if (o->soft == 1 && c == SYL_NI && i >= start + 6 && syl3(p + i - 6) == 0xB354 /* 더 */)
		return NOPOS;
	/* a time word with the topic particle only after a word that closes
	 * a clause (다녔지 | 지금은, not 애들 지금은 다 취업했대) */
	if (time_topic(o) && !topic_close(s, start, i, c))
		return NOPOS;
	/* two openers in a row are one (암튼 그래도) */
	size_t a = i;
	while (a > start && !ws_at(p, a - 1, s->n))
		a--;
	if (opener_at(p, a, i))
		return NOPOS;
	/* so are a reply of assent said first and a reply in initials after
	 * it (좋아 ㅇㅋ, 콜 ㅇㅋ): one reply */
	if (o->soft == 2 && a == start &&
	    word_in(p, i, start, ko_split_reply, sizeof ko_split_reply / sizeof ko_split_reply[0], 0))
		return NOPOS;
	/* after a degree adverb 그럼 is the -ㅁ of 그렇다 it modifies (맛은
	 * 그저 그럼, 가격이 좀 그럼), no opener; bare_space may end the
	 * sentence after it */
	if (o->len == 6 && !memcmp(o->s, "그럼", 6) &&
	    word_in(p, i, a, ko_split_degree, sizeof ko_split_degree / sizeof ko_split_degree[0], 0))
		return NOPOS;
	if (cls < 0)
		cls = tail_class(p, s->n, start, i, &att, 0);
	/* -ㄴ데 or -려고 left hanging before an interjection, a reply or an
	 * adverb that turns to a new point (ko_split_turn) closes what it
	 * says (찾던데 | 헐 망했다, 없는데 | 아 어떡해, 싫은데 | 그럼 딴 거
	 * 보자): no clause goes on with one */
	/* an afterthought said alone before a reply asks (진짜 | 응 감기
	 * 걸림) */
	if (o->soft == 2 && a == start && !att &&
	    word_in(p, s->n, a, ko_split_afterthought,
	            sizeof ko_split_afterthought / sizeof ko_split_afterthought[0], 0) &&
	    is_bare(s, start))
		return i;
	if ((cls == K_CONT || cls == K_LINK) && !att && hanging_end(p, start, i) &&
	    (o->soft != 1 || word_in(p, s->n, skip_ws(s, i, &hard), ko_split_turn,
	                             sizeof ko_split_turn / sizeof ko_split_turn[0], 0)))
		cls = K_NONE;
	/* and a Gyeongsang yes-no question in -가 (니 친구가 | 응, 가방이가
	 * | ㅇㅇ): a subject takes no reply after it */
	if (cls == K_CONT && o->soft >= 2 && !att && c == 0xAC00 /* 가 */)
		cls = K_NONE;
	/* so does the -다며/-라며 (-다면서) of a question about what one
	 * heard (알바 있다며 | 아 맞다, 내일 시험이라며 | ㅇㅈ) */
	if (cls == K_CONT && o->soft != 1 && !att && hearsay_q(p, start, i))
		cls = K_NONE;
	if (att || cls == K_CONT || cls == K_LINK ||
	    (o->soft == 1 && cls == K_NONE && !memchr(p + start, ' ', i - start)) || !is_bare(s, start))
		return NOPOS;
	return i;
}

/* The boundary scorer (split_score.h, learnt from punctuated text): in
 * text without punctuation, where no rule ended the sentence at the space
 * i, an end is taken when the ending of the word before makes one likely
 * enough (맛집임 | 다음에, 뭐 먹지 | 치킨). score_at is that logit in
 * KO_SPLIT_SCORE_SCALE steps; an ending of two syllables that the tables
 * have not seen often enough to store is mostly a noun or a rare word,
 * trusted KO_SPLIT_SCORE_UNSEEN steps less than its last syllable says.
 * An end needs KO_SPLIT_SCORE_MIN. The word after was tried as a second
 * feature and cost more than it gained on the development set
 * (tests/split-dev). */
/* Before the first end of a paragraph, evidence that it is written
 * without punctuation: within BARE_LOOK bytes after i and before a hard
 * break, a word that a rule takes for a sentence end at a space (뭐해 |
 * ..., 맛집임 | ...) or at the end of the paragraph. A heading or a list
 * item has none. */
static int fin_ahead(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t lim = s->n - i > BARE_LOOK ? i + BARE_LOOK : s->n;
	for (size_t j = i + 1; j <= lim; j++) {
		if (j == s->n || (p[j] == '\n' && hard_nl(s, j))) {
			/* the paragraph's last word */
			int att;
			while (j > i + 1 && ws_at(p, j - 1, s->n))
				j--;
			return j >= i + 4 && is_syl(p + j - 3) &&
			       tail_class(p, s->n, i, j, &att, 1) == K_FIN;
		}
		if (j == lim)
			break;
		if (p[j] == ' ' && j >= i + 4 && is_syl(p + j - 3)) {
			int att;
			const struct ko_split_last *x = last_entry(syl3(p + j - 3));
			if (x && (x->fin & 1) && tail_class(p, s->n, i, j, &att, 1) == K_FIN)
				return 1;
		}
	}
	return 0;
}

/* Can a word ending in the syllable c reach KO_SPLIT_SCORE_MIN? */
static inline int score_maybe(unsigned c)
{
	c -= KO_SYL_FIRST;
	return ko_split_score_maybe[c >> 3] >> (c & 7) & 1;
}

static int score_at(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	unsigned l1 = syl3(p + i - 3) - KO_SYL_FIRST, l2 = 0;
	unsigned lo = ko_split_score_first[l1], hi = ko_split_score_first[l1 + 1];
	if (i >= start + 6 && is_syl(p + i - 6))
		l2 = syl3(p + i - 6) - KO_SYL_FIRST + 1;
	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		if (ko_split_score_pen[mid] < l2)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ko_split_score_first[l1 + 1] && ko_split_score_pen[lo] == l2
	           ? ko_split_score_end[lo]
	           : ko_split_score_last[l1] - KO_SPLIT_SCORE_UNSEEN;
}

/* An end at the space i after a word of class cls (-1: not yet known)
 * that no rule ended, by the scorer. Only in text without punctuation,
 * only after a noun or half-speech (not a particle, a connective,
 * attached material or a word of ko_split_noscore), never in a sentence with a comma, a bracket or a
 * quote (a list of names, a formula), never before what is not a
 * syllable, and in the first sentence of a paragraph only when a rule
 * finds an end further on: headings and list items of formal text, which
 * are unpunctuated too, stay whole (메이지 시대 이후, 민영화된 캐니다 국립
 * 철도). */
/* A word ending in c looks like a noun: no row of the tables that may
 * end a sentence ends in c, and it is no -아/-어 form (돼, 이뻐), no
 * -ㄴ데/-ㄴ디, which the scanner, not the rows, knows, and no nominal in
 * -ㅁ (전달해줌). */
static int noun_like(unsigned c)
{
	const struct ko_split_last *x = last_entry(c);
	return (!x || !(x->fin & 1)) && !inf_any(c) && c != SYL_DE &&
	       c != SYL_DI && ko_hangul_jung(c) != KO_JUNG_EO &&
	       ko_hangul_jong(c) != KO_JONG_MIEUM;
}

/* The word after the space i is a short verb that ends a sentence by
 * its ending (날거다, 났어, 온대): a noun before it (noun_like), its
 * particle dropped,
 * is its subject or object (난리 날거다, 비 온대, 큰일 났어), not a
 * sentence of its own. Not a nominal in -ㅁ nor a verb in 하다, which
 * carry their own noun and follow a noun phrase as a verdict (가성비 최고
 * | 추천함, 맛집 인정 | 만족해요). */
static int subject_of_next(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j, k;
	int hard, att, cnt = 0;
	j = skip_ws(s, i, &hard);
	if (hard)
		return 0;
	for (k = j; syl_at(p, k, s->n) && cnt < 4; k += 3)
		if (cnt++ > 0 && ha_form(syl3(p + k)))
			return 0;
	/* (a nominal in -ㅁ after a tense is a verb's report, which takes
	 * the noun as its subject or object too: 난리 났음, 비 왔음) */
	if (cnt == 0 || cnt == 4 || (k < s->n && !ws_at(p, k, s->n)) ||
	    (ko_hangul_jong(syl3(p + k - 3)) == KO_JONG_MIEUM &&
	     !(cnt >= 2 && ko_hangul_jong(syl3(p + k - 6)) == KO_JONG_SSANGSIOS)))
		return 0;
	return tail_class(p, s->n, j, k, &att, 1) == K_FIN;
}

/* The word after the space i is a verb in a connective ending (줘도,
 * 먹고, 써서): a noun before it (not a nominal in -ㅁ nor an -아/-어
 * form, which say something of their own: 색상이 다름 | 반품하려고) is
 * its object or subject (편지 줘도 될까), no sentence of its own. */
static int connective_verb_next(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j, k;
	int hard, att, cls;
	j = skip_ws(s, i, &hard);
	if (hard)
		return 0;
	for (k = j; syl_at(p, k, s->n) && k - j < 18; k += 3)
		;
	if (k == j || (k < s->n && !ws_at(p, k, s->n)))
		return 0;
	cls = tail_class(p, s->n, j, k, &att, 0);
	return !att && (cls == K_CONT || cls == K_LINK) && verb_next(s, i);
}

/* The word before i is a noun that 나다 makes a verb of
 * (ko_split_na_noun: 짜증, 화, 생각) and a form of 나다 follows (나,
 * 났어, 난, 날): the noun is its subject with the particle dropped (짜증
 * 나 죽겠어, 생각 날 때), no sentence the scorer may end, which learnt
 * such nouns as the last words of comments (아 짜증.). */
static int na_verb_next(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, j;
	int hard;
	unsigned c;
	while (a >= start + 3 && is_syl(p + a - 3))
		a -= 3;
	if (a == i || (a > start && !ws_at(p, a - 1, s->n)) ||
	    !word_in(p, i, a, ko_split_na_noun, sizeof ko_split_na_noun / sizeof ko_split_na_noun[0], 0))
		return 0;
	j = skip_ws(s, i, &hard);
	if (hard || !syl_at(p, j, s->n))
		return 0;
	c = syl3(p + j);
	return c == 0xB098 /* 나 */ || c == 0xB0AC /* 났 */ || c == 0xB09C /* 난 */ ||
	       c == 0xB0A0 /* 날 */;
}

static size_t score_end(struct ko_split *s, size_t start, size_t i, int cls)
{
	const u8 *p = (const u8 *)s->p;
	int att = 0, hard;
	size_t j;
	if (i < start + 3 || !is_syl(p + i - 3) || score_at(s, start, i) < KO_SPLIT_SCORE_MIN ||
	    !is_bare(s, start))
		return NOPOS;
	if (cls < 0)
		cls = tail_class(p, s->n, start, i, &att, 0);
	if (att || (cls != K_NONE && cls != K_WEAK))
		return NOPOS;
	j = skip_ws(s, i, &hard);
	if (!hard && j + 3 <= s->n && !is_syl(p + j))
		return NOPOS;
	/* an auxiliary after an -아/-어 form (돼 있어요, 먹어 버렸어) */
	if (!hard && inf_any(syl3(p + i - 3)) &&
	    (word_in(p, s->n, j, ko_split_aux, sizeof ko_split_aux / sizeof ko_split_aux[0], 0) ||
	     serial_eat(s, i, j)))
		return NOPOS;
	for (size_t k = i; k > start; k--)
		if (p[k - 1] == ',' || p[k - 1] == '(' || p[k - 1] == ')' || p[k - 1] == '"')
			return NOPOS;
	for (j = i; j > start && !ws_at(p, j - 1, s->n); j--)
		;
	for (size_t k = 0; k < sizeof ko_split_noscore_end / sizeof ko_split_noscore_end[0]; k++) {
		size_t len = strlen(ko_split_noscore_end[k]);
		if (i - j >= len && !memcmp(p + i - len, ko_split_noscore_end[k], len))
			return NOPOS;
	}
	if (word_in(p, s->n, j, ko_split_noscore,
	            sizeof ko_split_noscore / sizeof ko_split_noscore[0], 0) ||
	    paired_clause(s, start, i) || (s->prev == NOPOS && !fin_ahead(s, i)) ||
	    (cls == K_NONE && noun_like(syl3(p + i - 3)) && subject_of_next(s, i)) ||
	    (cls == K_NONE && na_verb_next(s, start, i)) ||
	    (cls == K_NONE && ko_hangul_jong(syl3(p + i - 3)) != KO_JONG_MIEUM &&
	     !inf_any(syl3(p + i - 3)) && connective_verb_next(s, i)))
		return NOPOS;
	/* a reply of assent said first opens the sentence more words make
	 * (그치 너무 비싸), as in at_space_word */
	if (i - start <= 12 && !memchr(p + start, ' ', i - start) &&
	    word_in(p, i, start, ko_split_reply, sizeof ko_split_reply / sizeof ko_split_reply[0], 0))
		return NOPOS;
	/* a noun before 좀 is the object of the favour it asks (추천 좀 해
	 * 줘, 물 좀 줘) */
	j = skip_ws(s, i, &hard);
	if (cls == K_NONE && !hard && j + 3 <= s->n && is_syl(p + j) && syl3(p + j) == SYL_JOM &&
	    !syl_at(p, j + 3, s->n))
		return NOPOS;
	return break_before_next(s, i, 1);
}

/* The word after the space at i ends the paragraph and in a particle or
 * a connective (별처럼, 때문에). */
static int particle_last(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int hard, att;
	size_t j = skip_ws(s, i, &hard), k = j;
	if (hard || j >= s->n)
		return 0;
	while (k < s->n && !ws_at(p, k, s->n))
		k++;
	if (k < s->n && !hard_end(s, k))
		return 0;
	return k >= j + 3 && is_syl(p + k - 3) && tail_class(p, s->n, j, k, &att, 0) == K_CONT &&
	       !att;
}

/* The word before the space i is written with a dot between each of its
 * syllables, for emphasis (대.박, 레.알, 대.박.사.건): an exclamation. */
static int dotted_word(const u8 *p, size_t start, size_t i)
{
	int dots = 0;
	const struct ko_split_last *x = last_entry(syl3(p + i - 3));
	if (x && ending_class(p + i - 3, 3, 1, x) == K_CONT)
		return 0; /* a particle after the dots: 새.끼.도 */
	while (i >= start + 3 && is_syl(p + i - 3)) {
		i -= 3;
		if (i == start || p[i - 1] == ' ')
			return dots > 0;
		if (p[i - 1] != '.' || i - 1 < start + 3 || !is_syl(p + i - 4))
			return 0;
		i--;
		dots++;
	}
	return 0;
}

/* In text without punctuation, a question in half-speech ends at the
 * space i after a question word (뭐 해, 어디서 사, 왜 못해, 누가 더
 * 못생겨): the word, whose last syllable c is that of an -아/-어 form
 * (ko_split_inf_any), is of one syllable (not the counter 대 nor 내: 몇
 * 대 정도, nor a pronoun: 언제 나 데리러 와), or ends in a syllable that ends no particle and few nouns
 * (ko_split_inf_wh: not 가, 나, 사, 서, 타, 와, as in 어느 조직이나,
 * 환자와, 이런 기사) or in an -아/-어 form after a closed stem (infinitive);
 * no verb follows (해 보시지). */
static __attribute__((noinline)) size_t wh_half_speech(struct ko_split *s, size_t start, size_t i,
                                                       unsigned c)
{
	const u8 *p = (const u8 *)s->p;
	if (((i == start + 3 || (i >= start + 4 && p[i - 4] == ' '))
	         ? c != 0xB300 /* 대 */ && c != 0xB0B4 /* 내 */ && !IN_LIST(ko_split_pron1, c)
	         : IN_LIST(ko_split_inf_wh, c) || infinitive(p, start, i) ||
	               (c == 0xB098 /* 나 */ && i >= start + 6 && is_syl(p + i - 6) &&
	                ko_hangul_jong(syl3(p + i - 6)) != KO_JONG_NONE)) &&
	    wh_question(p, start, i, 2) && !verb_next(s, i) && is_bare(s, start))
		return break_before_next(s, i, 2);
	return NOPOS;
}

/* In text without punctuation, a number and a counter that answer a
 * question end at the space i: the word before i is a counter of
 * ko_split_counter after a numeral of ko_split_numeral (두 개, 아홉 시) or
 * glued to digits (5시, 3 시), bare or with the copula -야, -요 or the
 * hearsay -래 (일곱 시래), at most one word (오후 5시, 김밥 한 줄)
 * stands before them in their sentence, which follows in its paragraph
 * one that asks with a question word (몇 개 끓일까 | 두 개), and what follows is a Korean word that neither goes on with
 * the phrase (세 시 반에, 두 개 정도, 한 번 더: ko_split_counter_next) nor is a verb
 * it is the object of (두 개 샀어, 한 번 가 봐), nor another number (세
 * 시 삼십 분: ko_split_numeral, ko_split_sino_num). */
static int prev_asks(const struct ko_split *s, size_t start);

/* The word after the space at i, of two syllables or more, is what the
 * asker says of the answer just given: a reaction (ko_split_reaction,
 * also those one says of one's own: 부럽다, 수고했어, 싸다, 미쳤네) or a
 * reply of thanks or of having understood (answer_next). No noun or
 * number is the subject or the object of one, so an answer before it
 * ends (어디로 가 | 부산 | 좋겠다, 몇 분 | 오 분 | 알겠어); the
 * interjections of one syllable are left out (집 와 is a verb). */
static int reaction_next(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t j = skip_ws(s, i, &hard), k;
	if (hard || !syl_at(p, j, s->n) || !syl_at(p, j + 3, s->n))
		return 0;
	if (!first_in(ko_split_reaction_first, syl3(p + j)) ||
	    !(word_in(p, s->n, j, ko_split_reaction,
	              sizeof ko_split_reaction / sizeof ko_split_reaction[0], 1) ||
	      answer_next(s, i)))
		return 0;
	/* said as a sentence, not before the verb it goes on into (고소영
	 * 부러워 죽겠었는데) */
	for (k = j; syl_at(p, k, s->n); k += 3)
		;
	return !verb_next(s, k);
}

static int counter_reply(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, b, j, k;
	int hard, words = 0;
	if (s->prev == NOPOS)
		return 0;
	size_t e = i;
	while (a >= start + 3 && is_syl(p + a - 3))
		a -= 3;
	if (a == i || i - a > 12)
		return 0;
	/* the counter, bare or with the copula of an answer told or heard
	 * (일곱 시래, 두 개야, 세 시요) */
	if (i - a >= 6) {
		unsigned c = syl3(p + i - 3);
		if (c == 0xB798 /* 래 */ || c == 0xC57C /* 야 */ || c == 0xC694 /* 요 */)
			e = i - 3;
	}
	if (!word_is(p + a, i - a, ko_split_counter, sizeof ko_split_counter / sizeof ko_split_counter[0]) &&
	    (e == i ||
	     !word_is(p + a, e - a, ko_split_counter, sizeof ko_split_counter / sizeof ko_split_counter[0])))
		return 0;
	b = a;
	while (b > start && is_digit(p[b - 1]))
		b--;
	if (b == a) {
		/* the numeral, a word of its own (or digits: 3 시) */
		if (a < start + 2 || p[a - 1] != ' ')
			return 0;
		for (b = a - 1; b > start && p[b - 1] == ' '; b--)
			;
		k = b;
		while (b > start && is_digit(p[b - 1]))
			b--;
		if (b == k) {
			int sino = 1;
			while (b >= start + 3 && is_syl(p + b - 3)) {
				b -= 3;
				sino &= IN_LIST(ko_split_sino_num, syl3(p + b));
			}
			/* a native numeral, or a Sino-Korean number of two
			 * syllables or more (이십 분, 오천 원; not 이 분, "this
			 * person") or of ten, a hundred, a thousand or ten
			 * thousand alone (만 원, 십 분) */
			if (b == k || (!word_in(p, s->n, b, ko_split_numeral,
			                        sizeof ko_split_numeral / sizeof ko_split_numeral[0], 0) &&
			               !(sino && (k - b >= 6 || IN_LIST(ko_split_sino_big, syl3(p + b))))))
				return 0;
		}
	}
	/* at most one word before the phrase in its sentence */
	for (k = b; k > start; k--)
		if (p[k - 1] == ' ' && k < b && p[k] != ' ' && ++words > 1)
			return 0;
	if (b > start && p[b - 1] != ' ')
		return 0;
	j = skip_ws(s, i, &hard);
	if (hard || j + 3 > s->n || !is_syl(p + j) || (verb_next(s, i) && !reaction_next(s, i)) ||
	    word_in(p, s->n, j, ko_split_counter_next,
	            sizeof ko_split_counter_next / sizeof ko_split_counter_next[0], 0) ||
	    word_in(p, s->n, j, ko_split_numeral, sizeof ko_split_numeral / sizeof ko_split_numeral[0], 0))
		return 0;
	/* a verb of one syllable (두 개 사, 한 번 와) */
	if (IN_LIST(ko_split_verb1, syl3(p + j)) && !syl_at(p, j + 3, s->n))
		return 0;
	/* a Sino-Korean number, alone or before its counter (세 시 삼십 분,
	 * 두 시 십오분) */
	for (k = j; syl_at(p, k, s->n) && IN_LIST(ko_split_sino_num, syl3(p + k)); k += 3)
		;
	if (k > j && (!syl_at(p, k, s->n) || syl3(p + k) == 0xBD84 /* 분 */ ||
	              syl3(p + k) == 0xCD08 /* 초 */))
		return 0;
	return prev_asks(s, start);
}

/* The sentence before start asks (몇 개 끓일까, 언제 끝나, 뭐 먹었어):
 * one of its words is a question word, or a form of 얼마 (얼마야, 얼마에
 * 샀어), which asks for a number (ko_split_wh leaves it out for 얼마 안
 * 되는데). */
/* The words after the space at i say a number with its unit: a native
 * numeral (ko_split_numeral: 세, 여덟), digits, or Sino-Korean numerals
 * (오, 삼십), a word of their own, and a unit or counter after them
 * (ko_split_num_unit: 시, 분, 키로, 개). */
static int number_next(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t j = skip_ws(s, i, &hard), k = j;
	if (hard || j >= s->n)
		return 0;
	while (k < s->n && is_digit(p[k]))
		k++;
	if (k == j && word_in(p, s->n, j, ko_split_numeral,
	                      sizeof ko_split_numeral / sizeof ko_split_numeral[0], 0))
		while (syl_at(p, k, s->n))
			k += 3;
	if (k == j)
		while (syl_at(p, k, s->n) && IN_LIST(ko_split_sino_num, syl3(p + k)))
			k += 3;
	if (k == j || k >= s->n || !ws_at(p, k, s->n))
		return 0;
	j = skip_ws(s, k, &hard);
	return !hard && word_in(p, s->n, j, ko_split_num_unit,
	                        sizeof ko_split_num_unit / sizeof ko_split_num_unit[0], 0);
}

/* In text without punctuation, the sentence [start, i) asks for a number
 * without a verb, 몇 and the noun of one or two syllables it counts or
 * 얼마나 alone (몇 분, 내일 몇 시, 얼마나), in at most four words the last
 * of which is a noun (cls K_NONE) or 얼마나, and the answer follows: a number with its unit (몇
 * 분 | 오 분 | 알겠어, 얼마나 | 삼 키로 | 부럽다). */
static __attribute__((noinline)) int number_question(struct ko_split *s, size_t start, size_t i,
                                                     int cls)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, b;
	int found = 0;
	if (i + 4 > s->n || p[i] != ' ' ||
	    !(is_digit(p[i + 1]) ||
	      (is_syl(p + i + 1) && first_in(ko_split_number_first, syl3(p + i + 1)))) ||
	    !is_bare(s, start))
		return 0;
	if (i == start + 9 && !memcmp(p + start, "얼마나", 9))
		return number_next(s, i);
	if (cls != K_NONE)
		return 0;
	/* back over the words from the last: 몇, whole, the second of them,
	 * and no fifth */
	for (int w = 1;; w++) {
		for (b = a; b > start && p[b - 1] != ' '; b--)
			;
		found |= w == 2 && a == b + 3 && syl3(p + b) == 0xBA87 /* 몇 */;
		if (b == start)
			break;
		if (w == 4 || (w == 2 && !found))
			return 0;
		for (a = b; a > start && p[a - 1] == ' '; a--)
			;
	}
	return found && number_next(s, i);
}

static int prev_asks(const struct ko_split *s, size_t start)
{
	const u8 *p = (const u8 *)s->p;
	for (size_t k = s->prev; k < start; k++)
		if ((k == s->prev || ws_at(p, k - 1, s->n)) && syl_at(p, k, s->n)) {
			if (k + 6 <= start && syl3(p + k) == 0xC5BC /* 얼 */ && syl_at(p, k + 3, s->n) &&
			    syl3(p + k + 3) == 0xB9C8 /* 마 */)
				return 1;
			/* whole, or with a particle of one or two syllables
			 * (누구랑, 언제까지; not 뭐, 뭔 and 무슨, fillers) */
			for (size_t q = 0; q < sizeof ko_split_wh / sizeof ko_split_wh[0]; q++) {
				size_t e = k + ko_split_wh[q].len, f = e;
				if (e > start || memcmp(ko_split_wh[q].s, p + k, ko_split_wh[q].len))
					continue;
				while (f < start && f - e < 9 && syl_at(p, f, s->n))
					f += 3;
				if (f == e || (!ko_split_wh[q].soft && f - e <= 6 && !syl_at(p, f, s->n)))
					return 1;
			}
		}
	return 0;
}

/* In text without punctuation, the root of a -하다 adjective said as a
 * verdict without 하다 (ko_split_state_noun) ends at the space i when its
 * topic is the word before, or the one before that with a degree adverb
 * between (맛은 평범 | 가격은 비싼 편, 양은 좀 부족 | 밥 추가 필수): a
 * word with 은, 는 or 도 of two syllables or more. Not before a verb
 * (만족 못 했어 is a verb's object), 하다 written apart (얼굴도 비슷
 * 하게), nor a word that goes on with the noun
 * (ko_split_state_next: 평범 그 자체). */
static int state_noun(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, b;
	int hard, k;
	unsigned t;
	if (!IN_LIST(ko_split_state_last, syl3(p + i - 3)))
		return 0;
	while (a > start && syl_at(p, a - 3, s->n))
		a -= 3;
	if (a < start + 7 || p[a - 1] != ' ' || i - a < 6 ||
	    !word_in(p, i, a, ko_split_state_noun,
	             sizeof ko_split_state_noun / sizeof ko_split_state_noun[0], 0))
		return 0;
	for (k = 0; k < 2; k++) {
		b = a - 1;
		for (a = b; a > start && syl_at(p, a - 3, s->n); a -= 3)
			;
		if (b < a + 3 || (a > start && p[a - 1] != ' '))
			return 0;
		t = syl3(p + b - 3);
		if (b >= a + 6 && (t == SYL_NEUN || t == SYL_DO || t == 0xC740 /* 은 */))
			break;
		if (k == 1 || a < start + 4 ||
		    !word_in(p, b, a, ko_split_degree,
		             sizeof ko_split_degree / sizeof ko_split_degree[0], 0))
			return 0;
	}
	b = skip_ws(s, i, &hard);
	return !hard && syl_at(p, b, s->n) && !ha_form(syl3(p + b)) && !verb_next(s, i) &&
	       !word_in(p, s->n, b, ko_split_state_next,
	                sizeof ko_split_state_next / sizeof ko_split_state_next[0], 0);
}

/* In text without punctuation, a noun said as the answer to a question
 * ends at the space i before a pronoun with the topic or the additive
 * particle (ko_split_pron_topic), which turns to a new subject or asks
 * back (뭐 먹었어 | 그냥 라면 | 너는, 누구랑 가 | 동생 | 너는 누구랑
 * 가, 뭐 보는데 | 새로 나온 공포 영화 | 난 무서운 건 싫어): the
 * sentence, of at most four words, follows one that asks with a question
 * word, and its last word is a noun with no particle or ending: of the
 * class NONE, and no -아/-어 form, -ㄴ데 or -ㅁ nominal (noun_like
 * without its look at the rows of the last syllable, which declines 영화
 * and 짜장면 for 실화 and 라면). Such a pronoun said alone after another
 * sentence ends before another one too (너는 | 나는 떡볶이 먹었지). */
static int noun_answer(struct ko_split *s, size_t start, size_t i, int cls)
{
	const u8 *p = (const u8 *)s->p;
	int hard, att = 0, words = 0, pron;
	size_t j = skip_ws(s, i, &hard);
	if (hard || s->prev == NOPOS || j >= s->n || !syl_at(p, j, s->n))
		return 0;
	pron = word_in(p, s->n, j, ko_split_pron_topic,
	               sizeof ko_split_pron_topic / sizeof ko_split_pron_topic[0], 0);
	/* (an answer of a few words) */
	if (!pron && (i - start > 36 || !first_in(ko_split_reaction_first, syl3(p + j))))
		return 0;
	/* and so does such a pronoun said alone to ask back (너는 | 나는
	 * 떡볶이 먹었지) */
	if (pron && word_in(p, i, start, ko_split_pron_topic,
	                    sizeof ko_split_pron_topic / sizeof ko_split_pron_topic[0], 0) &&
	    !memchr(p + start, ' ', i - start))
		return is_bare(s, start);
	if (cls >= 0 && cls != K_NONE)
		return 0;
	for (size_t k = start; k < i; k++)
		if (p[k] == ' ' && ++words > 3)
			return 0;
	unsigned c = syl3(p + i - 3);
	if (
	    !(noun_like(c) || (!inf_any(c) && c != SYL_DE && c != SYL_DI &&
	                       ko_hangul_jung(c) != KO_JUNG_EO && ko_hangul_jong(c) != KO_JONG_MIEUM)) ||
	    (!pron && !reaction_next(s, i)))
		return 0;
	if (cls < 0)
		cls = tail_class(p, s->n, start, i, &att, 0);
	return cls == K_NONE && !att && prev_asks(s, start) && is_bare(s, start);
}

/* After a noun or a number said as the answer to a question (noun_answer,
 * counter_reply), 좋겠다 (좋겠어, 좋겠네) is the asker's wish for the one
 * who answered, a reaction of its own (어디로 가 | 부산 | 좋겠다), unless
 * the question asked for a proposal with -ㄹ까 or -ㄹ래, whose answer it
 * completes (어디 갈까 | 부산 좋겠다, 뭐 먹을래 | 치킨 좋겠다). So the
 * answer ends before it, past the row of CONT that keeps 좋겠 with a
 * spoken -음 (잘됐음 좋겠다). */
static __attribute__((noinline)) int wish_reaction(const struct ko_split *s, size_t start,
                                                   size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t j = skip_ws(s, i, &hard), e = start;
	unsigned c;
	if (hard || j + 9 > s->n || memcmp(p + j, "좋겠", 6) ||
	    !(syl3(p + j + 6) == 0xB2E4 /* 다 */ || syl3(p + j + 6) == 0xC5B4 /* 어 */ ||
	      syl3(p + j + 6) == 0xB124 /* 네 */) ||
	    syl_at(p, j + 9, s->n))
		return 0;
	while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '?'))
		e--;
	if (e >= 3 && is_syl(p + e - 3) && syl3(p + e - 3) == 0xC694 /* 요 */)
		e -= 3;
	if (e < 6 || !is_syl(p + e - 3) || !is_syl(p + e - 6))
		return 1;
	c = syl3(p + e - 3);
	return !((c == 0xAE4C /* 까 */ || c == 0xB798 /* 래 */) &&
	         ko_hangul_jong(syl3(p + e - 6)) == KO_JONG_RIEUL);
}

/* In text without punctuation, the sentence [start, i) is an adverb said
 * as the whole answer to a yes-no question about what is done
 * (ko_split_reply_adv: 아직, 반쯤), alone or after a yes or no
 * (ko_split_yes_no: 아니 아직), and the sentence before asks so: its
 * last word is in the past (먹었어, 했니, 봤어요) or it ends in ?. The
 * adverb ends there (밥 먹었어 | 아니 아직 | 같이 먹을래) unless what
 * follows is what it modifies: a verb, a degree adverb or a negation
 * within three words, or 하다 after the noun next (아직 안 먹었어, 거의
 * 다 했어, 아직 밥 못 먹었어, 아직 스포 하지 마). */
static int reply_adverb(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, e = start, j, k;
	int hard;
	if (s->prev == NOPOS)
		return 0;
	while (a > start && syl_at(p, a - 3, s->n))
		a -= 3;
	if (a == i || (a > start && p[a - 1] != ' ') ||
	    !word_in(p, i, a, ko_split_reply_adv,
	             sizeof ko_split_reply_adv / sizeof ko_split_reply_adv[0], 0))
		return 0;
	if (a > start) {
		size_t b = a - 1;
		while (b > start && p[b - 1] == ' ')
			b--;
		if (memchr(p + start, ' ', b - start) ||
		    !word_in(p, b, start, ko_split_yes_no,
		             sizeof ko_split_yes_no / sizeof ko_split_yes_no[0], 0))
			return 0;
	}
	while (e > s->prev && ws_at(p, e - 1, s->n))
		e--;
	if (!(e > s->prev && p[e - 1] == '?') &&
	    !(e >= s->prev + 6 && is_syl(p + e - 3) && is_syl(p + e - 6) &&
	      (ko_hangul_jong(syl3(p + e - 6)) == KO_JONG_SSANGSIOS ||
	       (syl3(p + e - 3) == SYL_YO && e >= s->prev + 9 && is_syl(p + e - 9) &&
	        ko_hangul_jong(syl3(p + e - 9)) == KO_JONG_SSANGSIOS))))
		return 0;
	j = skip_ws(s, i, &hard);
	if (hard || !syl_at(p, j, s->n) || verb_next(s, i) ||
	    word_in(p, s->n, j, ko_split_degree, sizeof ko_split_degree / sizeof ko_split_degree[0], 0))
		return 0;
	for (int w = 0; w < 3 && !hard && syl_at(p, j, s->n); w++) {
		for (k = j; syl_at(p, k, s->n); k += 3)
			;
		if ((k == j + 3 && IN_LIST(ko_split_negation, syl3(p + j))) ||
		    (w == 1 && k > j && ha_form(syl3(p + j))))
			return 0;
		j = skip_ws(s, k, &hard);
	}
	return is_bare(s, start);
}

/* Class of the word at j (K_NONE if it is no run of syllables). */
static int next_class(const struct ko_split *s, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	size_t k = j;
	int att;
	while (syl_at(p, k, s->n) && k - j < 36)
		k += 3;
	return k > j ? tail_class(p, s->n, j, k, &att, 0) : K_NONE;
}

/* In text without punctuation, a noun said of a clause turned into a
 * noun by 게 or 건 (것이, 것은) ends its sentence at the space i: an
 * adnominal form, 게 or 건, and the noun, with nothing after it (작은 게
 * 단점 | 그래도, 좋은 건 배터리 | 하루 종일); not before a word that
 * goes on with the noun phrase (빠른 게 장점 중 하나: ko_split_title_next),
 * a verb (싼 게 최고 장점이에요) or a word that continues the sentence. */
static int clause_noun(struct ko_split *s, size_t start, size_t i, int cls)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, j;
	int hard, att;
	unsigned c;
	if (cls != K_NONE)
		return 0;
	while (a >= start + 3 && is_syl(p + a - 3))
		a -= 3;
	/* the noun, then 게 or 건 as a word of its own */
	if (a == i || a < start + 8 || p[a - 1] != ' ' || p[a - 5] != ' ' || !is_syl(p + a - 4))
		return 0;
	c = syl3(p + a - 4);
	if (c != 0xAC8C /* 게 */ && c != 0xAC74 /* 건 */)
		return 0;
	/* an adnominal form in -ㄴ or -ㄹ before it */
	if (a < start + 8 || !is_syl(p + a - 8))
		return 0;
	int t = ko_hangul_jong(syl3(p + a - 8));
	if (t != KO_JONG_NIEUN && t != KO_JONG_RIEUL)
		return 0;
	if (tail_class(p, s->n, start, i, &att, 0) != K_NONE || att)
		return 0;
	/* the copula's adnominal or another one before a bound noun (하는
	 * 게 답인 듯, 빠진 건 빠진 거) */
	c = syl3(p + i - 3);
	if (c == 0xC778 /* 인 */ || c == 0xC77C /* 일 */ || IN_LIST(ko_split_adnominal, c))
		return 0;
	j = skip_ws(s, i, &hard);
	if (hard || j + 3 > s->n || !is_syl(p + j) || verb_next(s, i) || cont_next(s, j, 1) ||
	    word_in(p, s->n, j, ko_split_title_next,
	            sizeof ko_split_title_next / sizeof ko_split_title_next[0], 0))
		return 0;
	c = syl3(p + j);
	/* a verb of the noun (보장 될텐데, 추천 하는) or a bound noun (거, 것,
	 * 수, 듯, 줄) */
	if ((ha_form(c) && next_class(s, j) != K_NONE) || c == 0xB418 /* 되 */ || c == 0xB420 /* 될 */ || c == 0xB41C /* 된 */ ||
	    c == 0xB3FC /* 돼 */ || c == 0xB410 /* 됐 */ || c == 0xAC70 /* 거 */ ||
	    c == 0xAC83 /* 것 */ || ((c == 0xC218 /* 수 */ || c == 0xB4EF /* 듯 */ ||
	                             c == 0xC904 /* 줄 */) && !syl_at(p, j + 3, s->n)))
		return 0;
	return 1;
}

/* The word before the space i is a noun without a particle: no ending
 * or particle of the tables, nothing attached, and a last syllable that
 * looks like a noun's (noun_like). */
static int bare_noun(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int att;
	return i >= start + 3 && is_syl(p + i - 3) && noun_like(syl3(p + i - 3)) &&
	       tail_class(p, s->n, start, i, &att, 0) == K_NONE && !att;
}

/* In text without punctuation, a word no rule ended at the space i,
 * whose last syllable is c and class cls (-1: not yet known): a word
 * dotted for emphasis that no verb follows (헐 대.박 | 진짜 합격했어; not
 * 진.심 미쳤다), bare_end, then the scorer. Out of line, to keep at_space
 * small. */
/* The word before i is 와, the Gyeongsang 왜, and a question in -노
 * follows within three words (와 이리 덥노, 내가 와 거짓말을 하겠노):
 * not the half-speech of 오다 (빨리 와). */
static int why_no(const struct ko_split *s, size_t i, unsigned c)
{
	const u8 *p = (const u8 *)s->p;
	size_t j = i, k;
	int hard;
	if (c != 0xC640 /* 와 */)
		return 0;
	for (int w = 0; w < 3; w++) {
		j = skip_ws(s, j, &hard);
		if (hard)
			return 0;
		for (k = j; syl_at(p, k, s->n); k += 3)
			;
		if (k == j || (k < s->n && !ws_at(p, k, s->n)))
			return 0;
		if (syl3(p + k - 3) == SYL_NO)
			return 1;
		j = k;
	}
	return 0;
}

/* The sentence [start, i) is 몇 and a counter, with or without a
 * particle (몇 시에, 몇 개, 몇 번째), after another sentence of its
 * paragraph, and a number follows (digits or ko_split_numeral): a
 * question asked in reply and its answer (깨워 줘 | 몇 시에 | 여섯 시
 * 반), not one sentence. */
static int few_question(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j;
	int hard;
	if (s->prev == NOPOS || i < start + 7 || syl3(p + start) != 0xBA87 /* 몇 */ ||
	    p[start + 3] != ' ' || memchr(p + start + 4, ' ', i - start - 4))
		return 0;
	j = skip_ws(s, i, &hard);
	return !hard && j < s->n &&
	       (is_digit(p[j]) ||
	        word_in(p, s->n, j, ko_split_numeral, sizeof ko_split_numeral / sizeof ko_split_numeral[0],
	                0)) &&
	       is_bare(s, start);
}

/* The word before i is the Gyeongsang 끼 (것) with the copula's question
 * ending -가 (yes-no) or -고 (wh-), after -ㄹ or a one-syllable pronoun of
 * whose (올 끼가, 뭐 할 끼고, 누 끼고: "will you come", "whose is it");
 * after other words 끼가 is the noun 끼 with a particle (아는 끼가
 * 많아서). From descriptions of Gyeongsang questions, not from any test
 * line; in code, not as rows of the tables, which every word in 가 or 고
 * would pay for. */
static int kki_question(const u8 *p, size_t start, size_t i, unsigned c)
{
	unsigned b;
	if ((c != 0xAC00 /* 가 */ && c != 0xACE0 /* 고 */) || i < start + 10 ||
	    syl3(p + i - 6) != 0xB07C /* 끼 */ || p[i - 7] != ' ' || !is_syl(p + i - 10))
		return 0;
	b = syl3(p + i - 10);
	return ko_hangul_jong(b) == KO_JONG_RIEUL ||
	       (IN_LIST(ko_split_pron_whose, b) && (i == start + 10 || p[i - 11] == ' '));
}

/* In text without punctuation, 중 after a verbal noun ends a sentence at
 * the space i when a word of the present (ko_split_now: 지금, 아직,
 * 한창) stands right before the noun: the phrase says what is going on
 * now, the predicate of its sentence (나 지금 운전 중 | 이따
 * 전화할게, 아직 공사 중 | 다음 달에 연대). Without one, N 중 is mostly
 * the time of what follows (수업 중 휴대폰 사용 금지, 회의 중 전화가
 * 왔다); after an adnominal form 중 is a bound noun that by_word_before
 * ends (가는 중); a noun after an adnominal form is one of many (여태 본
 * 드라마 중 최고). The noun has two syllables or more and no particle, not
 * a plural (학생들 중 is partitive; the 의 of 회의 is taken for the
 * noun's), and what follows is a Korean word that does not go on with it
 * (cont_next, or the copula or a particle written apart:
 * ko_split_emoji_next, 중 이야). */
static int progress_noun(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i - 4, k;
	int att, hard;
	if (i < start + 14 || p[i - 4] != ' ')
		return 0;
	while (a >= start + 3 && is_syl(p + a - 3))
		a -= 3;
	if (a + 6 > i - 4 || a < start + 4 || p[a - 1] != ' ' || syl3(p + i - 7) == 0xB4E4 /* 들 */ ||
	    (tail_class(p, s->n, a, i - 4, &att, 0) != K_NONE && syl3(p + i - 7) != SYL_UI) || att)
		return 0;
	for (k = a - 1; k > start && p[k - 1] == ' '; k--)
		;
	while (k > start && p[k - 1] != ' ')
		k--;
	if (!word_in(p, a - 1, k, ko_split_now, sizeof ko_split_now / sizeof ko_split_now[0], 0))
		return 0;
	k = skip_ws(s, i, &hard);
	return !hard && syl_at(p, k, s->n) && !cont_next(s, k, 1) &&
	       !word_in(p, s->n, k, ko_split_emoji_next,
	                sizeof ko_split_emoji_next / sizeof ko_split_emoji_next[0], 0);
}

static int answer_next(const struct ko_split *s, size_t i);

/* The word before i, all syllables, ends in 임 or 움 (bare_space asks)
 * and follows a degree adverb (ko_split_degree): a degree adverb modifies
 * a predicate, not a noun, so the word is the -ㅁ nominal of a verb in -이-
 * or of an ㅂ-irregular adjective that a note ends with, even one that is
 * also a noun (허리가 살짝 조임 | 길이는 딱 맞아요, 화면이 좀 어두움 |
 * 밝기는 돼요). Other syllables closed by ㅁ were tried: after a degree
 * adverb in 33,893 comments 29 of 33 such cuts fell after a noun (진짜
 * 사람, 그냥 지금, 다 세금) or a particle (진짜 언니처럼). Not before a
 * verb the adverb may modify instead (좀 도움 됐어요: verb_next) nor
 * before a word that takes the nominal as a noun (조임 때문에:
 * cont_next). Unpunctuated text only. */
static int degree_nominal(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, b;
	int hard;
	while (a >= start + 3 && is_syl(p + a - 3))
		a -= 3;
	if (a == i || a < start + 4 || p[a - 1] != ' ')
		return 0;
	b = word_start(p, start, a - 1);
	if (!word_in(p, a - 1, b, ko_split_degree, sizeof ko_split_degree / sizeof ko_split_degree[0], 0))
		return 0;
	size_t j = skip_ws(s, i, &hard);
	return !hard && j < s->n && syl_at(p, j, s->n) && !verb_next(s, i) && !cont_next(s, j, 1);
}

/* The eojeol that ends at i (after start) holds a polite or formal final
 * ending glued to more syllables without a space (좋겠어요이미지가, 감사합니다
 * 응원할게요 written 감사합니다응원할게요): the sentence ends after the
 * ending. The ending is one the tables take for K_FIN at the end of a word
 * (-요, -죠, -ㅂ니다, with their conditions: 필요, 월요일 are nouns), after
 * at least one more syllable (not 요 alone) and, for -요, after one of
 * ko_split_glued_yo_pen or the -ㄴ가 of a question (귀요미, 외부적인요인,
 * 대학가요제 are no ending), the 요 does not begin a noun of
 * ko_split_yo_noun (비서요원), and what follows is no
 * particle or tail of ko_split_glued_on (좋아요를, 해요체, 했습니다만);
 * 죠 after a closed syllable is a loanword's (엔죠이). So do a plain -다
 * or the nominal -음 after a tense and -듯 after an adnominal, before a
 * syllable that no form built on them begins (ko_split_glued_da_on,
 * _eum_on, _deut_on: 끝났다내일, 했음요즘, 할듯기생충; not 갔다오는,
 * 했음좋겠다, 할듯해요). Text without end
 * punctuation only, where a run of sentences glued so is how comments
 * are typed; the first such ending wins. Each sentence reads the words
 * it holds, or up to the ending it ends at, once: time stays linear. */
static size_t glued_end(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, q;
	int maybe = 0;
	/* the word's syllables, and on the way whether one before the last
	 * ends in the last byte of 요 (EC 9A 94), 다 (EB 8B A4), 죠 (EC A3
	 * A0), 음 (EC 9D 8C) or 듯 (EB 93 AF): most words hold none, and are
	 * done with here */
	while (a >= start + 3 && is_syl(p + a - 3)) {
		u8 t = p[a - 1];
		maybe |= a < i && (t == 0x94 || t == 0xA4 || t == 0xA0 || t == 0x8C || t == 0xAF);
		a -= 3;
	}
	if (!maybe || i < a + 9)
		return NOPOS;
	for (q = a + 6; q + 3 <= i; q += 3) {
		unsigned c = syl3(p + q - 3), b = syl3(p + q - 6);
		const struct ko_split_last *x;
		size_t w;
		if (c == 0xC74C /* 음 */ || c == 0xB4EF /* 듯 */) {
			/* the nominal -음 after a tense (했음요즘은) and -듯
			 * after an adnominal (하실듯기생충이), before a syllable
			 * that no form built on them begins */
			unsigned j = ko_hangul_jong(b);
			if (c == 0xC74C ? j != KO_JONG_SSANGSIOS
			                : j != KO_JONG_RIEUL && j != KO_JONG_NIEUN)
				continue;
			if (c == 0xC74C ? word_in(p, i, q, ko_split_glued_eum_on,
			                          sizeof ko_split_glued_eum_on /
			                                  sizeof ko_split_glued_eum_on[0], 0)
			                : word_in(p, i, q, ko_split_glued_deut_on,
			                          sizeof ko_split_glued_deut_on /
			                                  sizeof ko_split_glued_deut_on[0], 0))
				continue;
			return q;
		}
		if (c == 0xB2E4 /* 다 */) {
			/* a plain -다 after a tense (끝났다다음주에, 좋겠다진짜),
			 * before a syllable that no form built on -다 begins,
			 * nor the second half of a pair said in turn
			 * (왔다갔다, 추웠다더웠다, 왔다갔다하던데: a tense and 다
			 * end the word or follow) */
			if (ko_hangul_jong(b) == KO_JONG_SSANGSIOS) {
				if (word_in(p, i, q, ko_split_glued_da_on,
				            sizeof ko_split_glued_da_on / sizeof ko_split_glued_da_on[0], 0) ||
				    (i >= q + 6 && syl3(p + i - 3) == 0xB2E4 &&
				     ko_hangul_jong(syl3(p + i - 6)) == KO_JONG_SSANGSIOS) ||
				    (i >= q + 6 && ko_hangul_jong(syl3(p + q)) == KO_JONG_SSANGSIOS &&
				     syl3(p + q + 3) == 0xB2E4))
					continue;
				return q;
			}
			/* -ㅂ니다, -습니다: not 아니다 */
			if (b != 0xB2C8 /* 니 */ || q < a + 9 ||
			    ko_hangul_jong(syl3(p + q - 9)) != KO_JONG_PIEUP)
				continue;
		} else if (c == 0xC8E0 /* 죠 */) {
			if (ko_hangul_jong(b) && ko_hangul_jong(b) != KO_JONG_SSANGSIOS)
				continue;
		} else if (c != 0xC694 /* 요 */ ||
		           !(IN_LIST(ko_split_glued_yo_pen, b) ||
		             (b == 0xAC00 /* 가 */ && q >= a + 9 &&
		              ko_hangul_jong(syl3(p + q - 9)) == KO_JONG_NIEUN)))
			continue;
		x = last_entry(c);
		w = q - a > 18 ? q - 18 : a;
		if (!x || ending_class(p + w, q - w, w == a, x) != K_FIN)
			continue;
		if (word_in(p, i, q, ko_split_glued_on,
		            sizeof ko_split_glued_on / sizeof ko_split_glued_on[0], 0) ||
		    (c == 0xC694 /* 요 */ &&
		     word_in(p, i, q - 3, ko_split_yo_noun,
		             sizeof ko_split_yo_noun / sizeof ko_split_yo_noun[0], 0)))
			continue;
		return q;
	}
	return NOPOS;
}

static __attribute__((noinline)) size_t bare_space(struct ko_split *s, size_t start, size_t i,
                                                   unsigned c, int cls)
{
	size_t r;
	const u8 *p = (const u8 *)s->p;
	if ((r = glued_end(s, start, i)) != NOPOS)
		return r;
	if (i >= start + 7 && p[i - 4] == '.' && dotted_word(p, start, i) && !verb_next(s, i))
		return break_before_next(s, i, 1);
	/* a verb of one syllable after a Korean word (빨리 와, 하나 사): not
	 * first in its sentence, where it is an interjection or a particle (와
	 * 대박), nor before a last word with a particle, an afterthought that
	 * no sentence is made of (잠이 안 와 너 때문에) */
	/* after the negation 안 or 못, a word of its own, more of them
	 * are the verb (안 해, 못 타, 화를 안 내: ko_split_verb1_neg), and
	 * so is any syllable closed by ㅁ, the -ㅁ nominal of a note (안
	 * 삼, 못 감, 안 봄) */
	if (i >= start + 7 && p[i - 4] == ' ' && is_syl(p + i - 7) && !why_no(s, i, c) &&
	    (IN_LIST(ko_split_verb1, c) || (IN_LIST(ko_split_verb1_obj, c) && bare_noun(s, start, i - 4)) ||
	     ((IN_LIST(ko_split_verb1_neg, c) || ko_hangul_jong(c) == KO_JONG_MIEUM) &&
	      IN_LIST(ko_split_negation, syl3(p + i - 7)) &&
	      (i == start + 7 || ws_at(p, i - 8, s->n)) )) &&
	    i + 4 <= s->n && p[i] == ' ' && is_syl(p + i + 1) &&
	    (!verb_next(s, i) || answer_next(s, i)) && !particle_last(s, i))
		return break_before_next(s, i, 1);
	if ((c == 0xC784 /* 임 */ || c == 0xC6C0 /* 움 */) && degree_nominal(s, start, i))
		return break_before_next(s, i, 1);
	if (inf_any(c) && (r = wh_half_speech(s, start, i, c)) != NOPOS)
		return r;
	if (kki_question(p, start, i, c))
		return break_before_next(s, i, 2);
	if (counter_reply(s, start, i) || noun_answer(s, start, i, cls))
		return break_before_next(s, i, wish_reaction(s, start, i) ? 0 : 1);
	if (clause_noun(s, start, i, cls < 0 ? K_NONE : cls) || state_noun(s, start, i) ||
	    (i <= start + 22 && reply_adverb(s, start, i)) ||
	    (c == 0xC911 /* 중 */ && progress_noun(s, start, i)))
		return break_before_next(s, i, 1);
	if (i <= start + 6 && lone_wh(s, start, i))
		return break_before_next(s, i, 2);
	/* (the last byte of 몇 before a last word of one or two syllables,
	 * or 얼마나 alone: number_question asks the rest) */
	if (i >= start + 7 && i <= start + 32 &&
	    (p[i - 5] == 0x87 || (i >= start + 10 && p[i - 8] == 0x87) || i == start + 9) &&
	    number_question(s, start, i, cls < 0 ? K_NONE : cls))
		return break_before_next(s, i, 2);
	if (i <= start + 12 && i >= start + 9 && wh_echo(s, start, i))
		return break_before_next(s, i, 2);
	if (s->prev != NOPOS && echo_answer(s, start, i))
		return break_before_next(s, i, 1);
	if (i <= start + 16 && few_question(s, start, i))
		return break_before_next(s, i, 2);
	if (c == SYL_RAM && volunteer(s, start, i))
		return break_before_next(s, i, 1);
	if (i <= start + 6 && volunteer_alone(s, start, i))
		return break_before_next(s, i, 1);
	/* 그럼 after a degree adverb, the -ㅁ of 그렇다 that a note ends
	 * with (맛은 그저 그럼 | 면은 쫄깃했어요; see bare_end) */
	if (c == 0xB7FC /* 럼 */ && i >= start + 10 && p[i - 7] == ' ' &&
	    syl3(p + i - 6) == 0xADF8 /* 그 */ && !verb_next(s, i)) {
		size_t a = word_start(p, start, i - 7);
		if (word_in(p, i - 7, a, ko_split_degree,
		            sizeof ko_split_degree / sizeof ko_split_degree[0], 0))
			return break_before_next(s, i, 1);
	}
	/* the -려고 of an intention before a pronoun with the topic or the
	 * additive particle: a clause of purpose takes no subject after it,
	 * so a new sentence begins (쉬려고 | 나도 넷플 볼 거) */
	if ((c == 0xACE0 /* 고 */ || c == 0xAD6C /* 구 */) && hanging_end(p, start, i)) {
		int hard;
		size_t j = skip_ws(s, i, &hard);
		if (!hard && word_in(p, s->n, j, ko_split_pron_topic,
		                     sizeof ko_split_pron_topic / sizeof ko_split_pron_topic[0], 0))
			return break_before_next(s, i, 1);
	}
	/* a fused -아 form after a place or a time (역 앞에서 만나 | 늦으면),
	 * or one of motion before a new subject (먼저 들어가 | 나도) */
	if ((c == 0xB098 /* 나 */ || c == 0xD0C0 /* 타 */ || c == 0xAC00 /* 가 */) && fused_a(s, start, i, c))
		return break_before_next(s, i, 1);
	/* 이래 or 저래 alone after 왜: 이렇다 and 저렇다 in half-speech,
	 * the question why something is so (날씨가 왜 이래 | 아침엔 춥고,
	 * 쟤 왜 저래 | 진짜 이상해), as 그래 is (왜 그래); elsewhere a lone
	 * 이래 is also "since" (건국 이래 처음) */
	if (c == SYL_RAE && i >= start + 10 && p[i - 7] == ' ' &&
	    (syl3(p + i - 6) == 0xC774 /* 이 */ || syl3(p + i - 6) == 0xC800 /* 저 */) &&
	    syl3(p + i - 10) == 0xC65C /* 왜 */ && (i == start + 10 || ws_at(p, i - 11, s->n)) &&
	    !verb_next(s, i))
		return break_before_next(s, i, 2);
	/* 거 alone after -ㄹ: an intention or a guess with the copula
	 * dropped (볼 거 | 너는), unless a verb follows or it goes on */
	if (c == 0xAC70 /* 거 */ && i >= start + 7 && p[i - 4] == ' ' && is_syl(p + i - 7) &&
	    ko_hangul_jong(syl3(p + i - 7)) == KO_JONG_RIEUL && !verb_next(s, i) && !geo_goes_on(s, i))
		return break_before_next(s, i, 1);
	if (bare_end_maybe((const u8 *)s->p, s->n, i, c) &&
	    (r = bare_end(s, start, i, cls)) != NOPOS)
		return r;
	return score_maybe(c) ? score_end(s, start, i, cls) : NOPOS;
}

static size_t at_space_word(struct ko_split *s, size_t start, size_t i);

/* The word before i ends in a year (1924년): no title ends in one, and
 * the dates of prose are many. */
static inline int year_at(const u8 *p, size_t start, size_t i)
{
	return i >= start + 7 && is_digit(p[i - 4]) && is_digit(p[i - 5]) && is_digit(p[i - 6]) &&
	       is_digit(p[i - 7]);
}

/* Whitespace at i ends the eojeol before it, whose last syllable c
 * (U+AC00..U+D7A3) stands in p[i - 3, i), after start. Inline, for the
 * many words whose last syllable settles it; at_space_word does the
 * rest. */
static inline __attribute__((always_inline)) size_t at_space_syl(struct ko_split *s, size_t start,
                                                                 size_t i, unsigned c)
{
	const u8 *p = (const u8 *)s->p;
	/* most words: a syllable that can end no sentence, decided here */
	unsigned k = ko_split_sylrow[c - KO_SYL_FIRST];
	/* last_entry, and at once whether it has fin bits: most words end
	 * in a syllable that has none or no row at all (k 255 or 0). In
	 * punctuated text only K_FIN and K_TAIL rows end a sentence at
	 * a space (at_space_word asks is_bare for the others) */
	const struct ko_split_last *x = k - 1 < KO_SPLIT_NLAST ? &ko_split_last[k - 1] : NULL;
	if (!x || !((x->fin & 1 && pen_ok(s->bare ? &x->may : &x->fin_punct, p, start, i)) ||
	            (x->fin & 2 && i - start <= TITLE_BYTES && !year_at(p, start, i) &&
	             (start == 0 || p[start - 1] == '\n' || (s->prev != NOPOS && s->bare))) ||
	            (x->fin & 4 && short_word(p, start, i))))
		/* bare_end ends nothing in punctuated text: ask that
		 * first, once per sentence (is_bare is cheap and its
		 * answer does not depend on when it is asked) */
		return (s->bare < 0 ? is_bare(s, start) : s->bare)
		               ? bare_space(s, start, i, c, k ? -1 : K_NONE)
		               : NOPOS;
	return at_space_word(s, start, i);
}

/* Whitespace at i ends the eojeol before it. */
static inline __attribute__((always_inline)) size_t at_space(struct ko_split *s, size_t start,
                                                             size_t i)
{
	const u8 *p = (const u8 *)s->p;
	if (i == start)
		return NOPOS;
	if (i >= start + 3 && is_syl(p + i - 3)) {
		return at_space_syl(s, start, i, syl3(p + i - 3));
	} else if (p[i - 1] < 0x80 && cpascii[p[i - 1]] != CP_ATT && p[i - 1] != ';') {
		/* a word that ends in ASCII other than attached marks (~ ^ _ ;)
		 * has no ending and nothing attached: at_space_word would find
		 * that */
		return NOPOS;
	}
	return at_space_word(s, start, i);
}

/* The full stop at k follows the -다 of the plain style (되었다., 없다.),
 * not the -ㅂ니다 of the polite one, which chat and blogs mix with -요. */
static int da_plain(const u8 *p, size_t k)
{
	return is_syl(p + k - 3) && syl3(p + k - 3) == SYL_DA &&
	       !(is_syl(p + k - 6) && syl3(p + k - 6) == 0xB2C8 /* 니 */);
}

/* The sentence at k (a full stop or the end of its line) ends in 다 and a
 * full stop: dir 1 looks forward from k for the first mark on the line,
 * dir -1 at the end of the sentence before k. */
static int da_stop(const u8 *p, size_t n, size_t k, int dir)
{
	if (dir < 0) {
		while (k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\n' || p[k - 1] == '\t'))
			k--;
		return k >= 7 && p[k - 1] == '.' && p[k - 2] != '.' && da_plain(p, k - 1);
	}
	for (size_t lim = n - k > 400 ? k + 400 : n; k < lim; k++) {
		if (p[k] == '\n' || p[k] == '?' || p[k] == '!')
			return 0;
		if (p[k] == '.')
			return k >= 6 && (k + 1 >= n || p[k + 1] != '.') && da_plain(p, k);
	}
	return 0;
}

/* A word in -요 or -ㅁ without punctuation before a soft line break, in
 * formal text: the sentence before and the line after end in the plain
 * -다 and a single full stop. Such a text puts a full stop after its sentences, so the word is
 * rather a line wrapped inside one (해부실에서 나가요 | 마타로에 의해
 * 해부되었다., 고전적으로 털없음 | 정리에 의하여): a name or a noun that
 * looks like an ending. Chat and blog lines in -요 and -음 are unpunctuated,
 * or end in 요. when punctuated, and keep their break. */
static int wrapped_formal(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j = i;
	unsigned c;
	while (j < s->n && p[j] != '\n' && bclass[p[j]] == B_SPACE)
		j++;
	if (j >= s->n || p[j] != '\n' || hard_nl(s, j) || !is_syl(p + i - 3))
		return 0;
	c = syl3(p + i - 3);
	if (c != SYL_YO && ko_hangul_jong(c) != KO_JONG_MIEUM)
		return 0;
	return da_stop(p, s->n, start, -1) && da_stop(p, s->n, j + 1, 1) &&
	       !is_bare(s, start);
}

/* A nominal in -음 at i (털없음, 맛있음, 자기닮음) inside a sentence in the
 * plain style, which goes on, on its line, to a -다 and a full stop: the
 * next word, a noun with a case particle (정리에, 정도가, 성질을), makes it
 * the head or modifier of a noun phrase, not the end of a note. Notes end
 * in -음 before a sentence of their own: unpunctuated (맛집임 | 다음에 또
 * 올 듯), or punctuated in the polite style (맛있음 | 면발이 쫄깃해요!), or
 * with a tense (빨라졌음 | 무릎이 ...), and keep their break. */
static int nominal_in_np(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j, k;
	int hard;
	unsigned c;
	if (i < 3 || !is_syl(p + i - 3) || syl3(p + i - 3) != 0xC74C /* 음 */)
		return 0;
	/* a tense (빨라졌음, 하겠음; not the stem 있-) makes it a finite
	 * statement */
	if (i >= 6 && is_syl(p + i - 6) && ko_hangul_jong(syl3(p + i - 6)) == KO_JONG_SSANGSIOS &&
	    syl3(p + i - 6) != 0xC788 /* 있 */)
		return 0;
	j = skip_ws(s, i, &hard);
	if (hard)
		return 0;
	for (k = j; syl_at(p, k, s->n) && k - j < 18; k += 3)
		;
	/* a word of two to five syllables, then a space */
	if (k - j < 6 || k - j > 15 || k >= s->n || p[k] != ' ')
		return 0;
	c = syl3(p + k - 3);
	if (!IN_LIST(ko_split_case_np, c) ||
	    ((c == SYL_I || c == 0xC744 /* 을 */) && ko_hangul_jong(syl3(p + k - 6)) == 0))
		return 0;
	return da_stop(p, s->n, k, 1);
}

/* The word in a final ending before the space i, with nothing attached,
 * is no sentence end: in punctuated text, where sentences end in a mark,
 * an ending that none follows in the middle of a line needs stronger
 * evidence than the ending. Most such words in kowiki are names and
 * loanwords (골다 | 메이어, 멜린다 | 게이츠, 산요 | 증권, 오하요 |
 * 일본), connectives (밀려나 | 낙동강, 벌이다 | 붙잡혀, 의무요 | 권리로),
 * embedded questions (아닐까 | 추정하고, 소외될까 | 염려하고) or a -다
 * that its clause goes on from (이렇다 | 할, 갔다 | 오는 길에). So, the
 * next word on the same line, in text in the plain -다 style (the
 * sentence before or the line ahead ends in 다 and a full stop; lines in
 * -요 keep their breaks): an ending other than -다 (or the -자 of 보자)
 * ends nothing when both do, since comments that mix the styles end
 * sentences so too; a -다 ends a sentence only in a finite form (a tense
 * or a stem in ㅆ ㅄ ㅎ ㄶ ㅀ..., 있다, 없다, 했다; a present -ㄴ다 of
 * ko_split_da_present; -니다; 거다; the copula after a noun of two
 * syllables, 것 or a number: 10mm이다, 달러이다, 것이다), and not before a
 * word of ko_split_da_next. Line ends keep their breaks: many lines of
 * real text lack their full stop. */
static __attribute__((noinline)) int unmarked_mid(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j = i, w = i - 3;
	/* (a tab parts the columns of a table, not words) */
	while (j < s->n && p[j] == ' ')
		j++;
	if (j >= s->n || p[j] == '\n' || p[j] == '\r' || p[j] == '\t' || is_bare(s, start))
		return 0;
	/* the number of the next item of a list (둘이다 1. 지금 출발하기):
	 * the rules of lists decide */
	size_t d = j;
	while (d < s->n && is_digit(p[d]))
		d++;
	if (d > j && d < s->n && (p[d] == '.' || p[d] == ')'))
		return 0;
	unsigned c = syl3(p + i - 3);
	/* (the propositive -자 of expository prose ends its sentence: 다음
	 * 식을 보자 | 두 값의) */
	if (c == 0xC790 /* 자 */ || !(da_stop(p, s->n, start, -1) || da_stop(p, s->n, j, 1)))
		return 0;
	/* (이거 아닐까 | 수아의 서사에 설득력이 있다.: a comment) */
	if (c != SYL_DA)
		return da_stop(p, s->n, start, -1) && da_stop(p, s->n, j, 1);
	if (w == start || ws_at(p, w - 1, s->n))
		return 1; /* 다 alone */
	if (w < start + 3 || !is_syl(p + w - 3))
		return word_in(p, s->n, j, ko_split_da_next,
		               sizeof ko_split_da_next / sizeof ko_split_da_next[0], 0);
	int fin;
	c = syl3(p + w - 3);
	if (ko_split_cond_jong[C_PREV_VERB] >> ko_hangul_jong(c) & 1 || c == 0xB2C8 /* 니 */ ||
	    c == 0xAC70 /* 거: 맞는 거다 */)
		fin = 1;
	else if (ko_hangul_jong(c) == KO_JONG_NIEUN)
		/* (not first in its sentence, where a present with no subject
		 * and no object before it is mostly a name: 간다 | 지역에는,
		 * 난다 | 데비) */
		fin = IN_LIST(ko_split_da_present, c) && word_start(p, start, w) > start;
	else if (c == SYL_I) {
		/* the copula: after a number or a word of letters, 것, or a
		 * noun of two syllables or more; not a name (레이다, 이이다) */
		size_t b = w - 3;
		fin = b > start && !ws_at(p, b - 1, s->n) &&
		      (b < start + 3 || !is_syl(p + b - 3) || syl3(p + b - 3) == 0xAC83 /* 것 */ ||
		       (b >= start + 6 && is_syl(p + b - 6)));
	} else
		fin = 0;
	return !fin || word_in(p, s->n, j, ko_split_da_next,
	                       sizeof ko_split_da_next / sizeof ko_split_da_next[0], 0);
}

/* The word before i ends in 이래 and the word after the space at i makes
 * it "since", not the hearsay copula (창립이래 처음으로): ko_split_since_next. */
static int since_next(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t j;
	if (i < start + 6 || syl3(p + i - 3) != SYL_RAE || !is_syl(p + i - 6) ||
	    syl3(p + i - 6) != SYL_I)
		return 0;
	j = skip_ws(s, i, &hard);
	return !hard && word_in(p, s->n, j, ko_split_since_next,
	                        sizeof ko_split_since_next / sizeof ko_split_since_next[0], 0);
}

/* The word before i is an exclamation in -아라/-어라 that is also a manner
 * adverb (ko_split_manner_ra: 좋아라 하다, 좋아라 받더니) and the word
 * after the space at i has a verb's ending, which it modifies. */
static int manner_ra(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j, k;
	int hard;
	if (!word_in(p, i, word_start(p, start, i), ko_split_manner_ra,
	             sizeof ko_split_manner_ra / sizeof ko_split_manner_ra[0], 0))
		return 0;
	if (verb_next(s, i))
		return 1;
	/* (or the -더니 of a verb, which verb_next leaves to particles) */
	j = skip_ws(s, i, &hard);
	for (k = j; syl_at(p, k, s->n); k += 3)
		;
	return !hard && k >= j + 9 && syl3(p + k - 3) == SYL_NI && syl3(p + k - 6) == 0xB354 /* 더 */;
}

/* The word before i ends in -ㄹ게 (-ㄹ께) and the word after the space at
 * i makes its 게 the bound noun 것 with 이 (볼게 없다, 할게 아니라), or it
 * ends in -았음/-었음 and the next word is the wish it is the condition of
 * (있었음 하네요), or it is 같음 after a pronoun (ko_split_if_pron: 나
 * 같음 안 산다), the 같으면 of a condition, or it is a past -았다/-었다
 * before a form of coming or going (ko_split_da_motion), the connective
 * of a trip there and back in text without punctuation (산책 갔다 옴,
 * 편의점 들렀다 와서): either way no sentence ends at i. */
static int next_binds(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	unsigned c, b;
	int hard;
	size_t j;
	if (i < start + 6 || !is_syl(p + i - 3) || !is_syl(p + i - 6))
		return 0;
	c = syl3(p + i - 3);
	if (c == 0xB77C /* 라 */)
		return manner_ra(s, start, i);
	if (c != SYL_GE && c != SYL_KKE && c != SYL_EUM && c != SYL_DA)
		return 0;
	j = skip_ws(s, i, &hard);
	if (hard)
		return 0;
	if (c == SYL_DA)
		return ko_hangul_jong(syl3(p + i - 6)) == KO_JONG_SSANGSIOS &&
		       word_in(p, s->n, j, ko_split_da_motion,
		               sizeof ko_split_da_motion / sizeof ko_split_da_motion[0], 0) &&
		       is_bare(s, start);
	/* 같음 alone after a pronoun: 같으면 (나 같음 안 산다) */
	if (c == SYL_EUM && syl3(p + i - 6) == 0xAC19 /* 같 */ && i >= start + 8 && p[i - 7] == ' ') {
		size_t a = word_start(p, start, i - 7);
		return word_in(p, i - 7, a, ko_split_if_pron,
		               sizeof ko_split_if_pron / sizeof ko_split_if_pron[0], 0);
	}
	b = ko_hangul_jong(syl3(p + i - 6));
	if (b != (c == SYL_EUM ? KO_JONG_SSANGSIOS : KO_JONG_RIEUL))
		return 0;
	return c == SYL_EUM
	           ? word_in(p, s->n, j, ko_split_eum_next,
	                     sizeof ko_split_eum_next / sizeof ko_split_eum_next[0], 0)
	           : word_in(p, s->n, j, ko_split_ge_next,
	                     sizeof ko_split_ge_next / sizeof ko_split_ge_next[0], 0);
}

/* The word before i ends in the hearsay -래 or -ㄴ대 (BARE rows of the
 * tables: 휴강이래, 연기래, 간대, 결혼한대; 대 after a syllable closed by
 * ㄴ), which no verb after it takes as its object. */
static inline int hearsay_bare(const u8 *p, size_t start, size_t i)
{
	unsigned c = syl3(p + i - 3);
	return c == SYL_RAE || (c == SYL_DAE && i >= start + 6 && is_syl(p + i - 6) &&
	                        ko_hangul_jong(syl3(p + i - 6)) == KO_JONG_NIEUN);
}

/* Whether a BARE word before i whose reading depends on its neighbours
 * is the sentence end: 1 if so, 0 if not, -1 for the other BARE words,
 * which the caller decides. The word is 거래 alone, the bound noun 거
 * (것) with the hearsay copula (체한 거래, 갈 거래), which it is after
 * the adnominal -ㄴ or -ㄹ of a verb (by_word_before, as for a bound
 * noun; not the copula's 인: 불법적인 거래) and before no 하다 or 되다,
 * which make it the noun "deal" (공정한 거래 하자); or a word in -하지
 * (below). */
static int bare_guard(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t j = i - 7;
	int hard;
	/* -하지 of a statement in speech (그냥 일하지, 공부하지) before a
	 * pronoun with the topic particle or an opener, or a question word
	 * that two more words follow, which start a sentence of their own
	 * (공부하지 | 너는, 일하지 | 언제 한번 보자); before other words it
	 * is mostly the -지 of a negation, a name or a title (운동하지 마,
	 * 니게하지 신춘 스페셜), and a question word before the last word
	 * of the paragraph is left to the sentence (기부나 하지 왜 올려) */
	if (i >= start + 6 && syl3(p + i - 3) == SYL_JI && syl3(p + i - 6) == 0xD558 /* 하 */) {
		size_t k;
		j = skip_ws(s, i, &hard);
		if (hard)
			return 0;
		if (word_in(p, s->n, j, ko_split_pron_topic,
		            sizeof ko_split_pron_topic / sizeof ko_split_pron_topic[0], 0) ||
		    opener_next(s, i))
			return 1;
		if (!word_in(p, s->n, j, ko_split_wh, sizeof ko_split_wh / sizeof ko_split_wh[0], 2))
			return 0;
		for (int w = 0; w < 2; w++) {
			for (k = j; k < s->n && !ws_at(p, k, s->n); k++)
				;
			j = skip_ws(s, k, &hard);
			if (hard || j >= s->n)
				return 0;
		}
		return 1;
	}
	if (i < start + 8 || syl3(p + i - 3) != SYL_RAE || syl3(p + i - 6) != 0xAC70 /* 거 */ ||
	    p[i - 7] != ' ')
		return -1;
	if (by_word_before(p, s->n, start, i, K_BOUND) != K_FIN)
		return 0;
	while (p[j - 1] == ' ') /* (a syllable before: by_word_before) */
		j--;
	if (syl3(p + j - 3) == 0xC778 /* 인 */)
		return 0;
	j = skip_ws(s, i, &hard);
	return hard || !syl_at(p, j, s->n) ||
	       !(ha_form(syl3(p + j)) || syl3(p + j) == 0xB418 /* 되 */ ||
	         syl3(p + j) == 0xB410 /* 됐 */ || syl3(p + j) == 0xB3FC /* 돼 */);
}

/* The word after the space at i is a reply of assent (ko_split_reply:
 * 그래, 알았어) that ends the paragraph, and the word before i a
 * question (question_end): the reply answers it, no verb it goes on into
 * (니 장에 가나 | 그래). Before more words such a reply opens the
 * sentence they make (at_space_word), which is left to the rules of the
 * word before. */
static int reply_next(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t j = skip_ws(s, i, &hard), k = j;
	if (hard || !question_end(p, start, i) ||
	    !word_in(p, s->n, j, ko_split_reply, sizeof ko_split_reply / sizeof ko_split_reply[0], 0))
		return 0;
	while (syl_at(p, k, s->n))
		k += 3;
	/* before more words too after the yes-no -나 of a question (니 장에
	 * 가나 | 그래 뭐 살 낀데), where the reply opens the answer; not
	 * after -지, -ㄹ까 and the rest, which such a word also follows in
	 * one sentence (그냥 먹지 그래, 갈까 그래) */
	return hard_end(s, k) || syl3(p + i - 3) == 0xB098 /* 나 */;
}

/* The word after the space at i is a reply that takes what was said as
 * said and done, a word of thanks (ko_split_thanks: 고마워, 고마워유) or
 * of having understood (ko_split_understood: 알았어, 알겄어): no clause
 * runs into one, so the half-speech before it ends its sentence
 * (가져가 | 고마워유, 일찍 와 | 알겄어), though a verb it is. */
static __attribute__((noinline)) int answer_next(const struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int hard;
	size_t j = skip_ws(s, i, &hard);
	return !hard &&
	       (word_in(p, s->n, j, ko_split_thanks, sizeof ko_split_thanks / sizeof ko_split_thanks[0], 0) ||
	        word_in(p, s->n, j, ko_split_understood,
	                sizeof ko_split_understood / sizeof ko_split_understood[0], 0));
}

/* The word after the space at i is a reply in initials (ㅇㅇ, ㅇㅋ: an
 * opener of level 2 written in jamo) with more words after it. */
static int reply_initials_next(const struct ko_split *s, size_t i)
{
	const struct ko_split_word *o = opener_next(s, i);
	return o && o->soft == 2 && (u8)o->s[0] == 0xE3;
}

/* The sentence [start, i) is a reply of assent or a yes (ko_split_reply,
 * ko_split_yes_no: 그래, 좋아, 응) and then, apart from it at a, a reply
 * in initials (ㅇㅇ, ㅇㅋ), in text without punctuation: the two are one
 * reply, said whole, and the words after them a sentence of its own
 * (그래 ㅇㅇ | 그렇게 하자, 응 ㅇㅇ | 내일 보자), as after a final
 * ending (알았어 ㅇㅇ | 도착하면 연락할게); the reply alone opens the
 * sentence after it (see at_space_word). */
static __attribute__((noinline)) int assent_pair(struct ko_split *s, size_t start, size_t a, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	const struct ko_split_word *o = opener_at(p, a, i);
	size_t b = a;
	if (!o || o->soft != 2 || p[a] != 0xE3)
		return 0;
	while (b > start && p[b - 1] == ' ')
		b--;
	if (b == start || memchr(p + start, ' ', b - start) ||
	    !(word_in(p, b, start, ko_split_reply, sizeof ko_split_reply / sizeof ko_split_reply[0], 0) ||
	      word_in(p, b, start, ko_split_yes_no,
	              sizeof ko_split_yes_no / sizeof ko_split_yes_no[0], 0)))
		return 0;
	return is_bare(s, start);
}

/* Laughter or tears stand apart before the space i, after a word of
 * half-speech that they close (나 내일 쉬어 ㅋㅋ), and a reaction to the
 * other's news follows (ko_split_reaction's predicates: 부럽다, 좋겠다):
 * the laugh opens the other's turn, which the reaction says, and the
 * sentence ends before it (쉬어 | ㅋㅋ 부럽다), as it does after a final
 * ending (absorb_tokens). Returns that end, or NOPOS. */
static size_t laugh_reaction(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i, e;
	int hard;
	e = skip_ws(s, i, &hard);
	if (hard || !word_in(p, s->n, e, ko_split_reaction,
	                     sizeof ko_split_reaction / sizeof ko_split_reaction[0], 0))
		return NOPOS;
	while (a > start && !ws_at(p, a - 1, s->n))
		a--;
	if (!emotive_run(p, a, i))
		return NOPOS;
	e = a;
	while (e > start && ws_at(p, e - 1, s->n))
		e--;
	return e > start && e < a && is_syl(p + e - 3) ? e : NOPOS;
}

/* Laughter or tears stand apart before the space i (att 6) after a verb
 * of one syllable that is a word of its own after another word (강릉 가
 * ㅎㅎ, 빨리 와 ㅋㅋ; ko_split_verb1, as in bare_space): the half-speech
 * of 가다, 오다, not the subject particle, which is glued to its noun,
 * nor an interjection, which comes first (와 ㅋㅋ 대박). */
static int verb1_laugh(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t a = i;
	while (a > start && !ws_at(p, a - 1, s->n))
		a--;
	while (a > start && ws_at(p, a - 1, s->n))
		a--;
	return a >= start + 7 && is_syl(p + a - 3) && p[a - 4] == ' ' && is_syl(p + a - 7) &&
	       IN_LIST(ko_split_verb1, syl3(p + a - 3)) && !why_no(s, a, syl3(p + a - 3));
}

static __attribute__((noinline)) size_t at_space_word(struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int att, cls;
	size_t r;
	cls = tail_class(p, s->n, start, i, &att, 1);
	/* an abbreviated predicate after a word of its sentence ends it
	 * (자료 ㄳ | 내일 봐, 방송 복귀 ㄱㄱ | 별일 아닌데) */
	if ((att & 20) == 20 && i >= start + 4 && p[i - 1] >= 0x80 && !syl_at(p, i - 3, s->n)) {
		size_t a = i;
		while (a > start && p[a - 1] != ' ')
			a--;
		if (a > start && chat_close(p, i, a) == i)
			return break_before_next(s, i, 1);
		if (a > start && assent_pair(s, start, a, i))
			return break_before_next(s, i, 1);
	}
	if (cls == K_FIN && !att && i >= start + 3) {
		/* 마 after no -지: the interjection, which ends nothing (see
		 * lone_ma) */
		size_t a = i - 3, k = a;
		while (k > start && ws_at(p, k - 1, s->n))
			k--;
		if ((a == start || k < a) && lone_ma(p, s->n, k > start ? k : 0, a))
			return NOPOS;
	}
	/* a sound or cheer before a verb is its object (응원 파이팅
	 * 하세요): no end */
	if (!att && cls == K_TAIL && tail_object(s, i))
		return NOPOS;
	/* the part of a series glued to its number (육아 일기 2편) is a
	 * count that may end a title, not the bound noun 편 */
	if (cls == K_BOUND && !att && i >= start + 4 && is_digit(p[i - 4]) &&
	    syl3(p + i - 3) == SYL_PYEON)
		cls = K_TITLE;
	else if (!att && (cls == K_BOUND || cls == K_TAIL))
		cls = by_word_before(p, s->n, start, i, cls);
	/* a bare word in -래 is the hearsay copula (휴강이래, 연기래), and
	 * one in -ㄴ대 the hearsay of a verb (간대, 결혼한대), never the
	 * object of a verb after it: a predicate next is a new sentence
	 * (그대로래 | 다행이다, 할머니 댁 간대 | 알았어) */
	int gr = cls == K_BARE && !att ? bare_guard(s, start, i) : -1;
	if ((cls == K_BARE || (cls == K_WEAK && infinitive(p, start, i))) && !att && gr != 0 &&
	    is_bare(s, start) &&
	    (hearsay_bare(p, start, i) || !verb_next(s, i) || reply_next(s, start, i) ||
	     answer_next(s, i)) &&
	    !since_next(s, start, i))
		cls = K_FIN;
	else if (cls == K_BARE)
		cls = K_WEAK;
	if (cls == K_TITLE)
		cls = !att && i - start <= TITLE_BYTES && opening_title(s, start, i) ? K_FIN : K_NONE;
	else if (att == 6 && cls == K_CONT && verb1_laugh(s, start, i))
		cls = K_WEAK;
	if (!ends_sentence(cls, att, 0))
		return att || i < start + 3 || !is_syl(p + i - 3) || !is_bare(s, start)
		           ? NOPOS
		           : bare_space(s, start, i, syl3(p + i - 3), cls);
	/* a word that ends a sentence may hold a glued ending that ends one
	 * before it (재미있게봤어요, 좋겠습니다절대아니에요) */
	if (!att && s->bare == 1 && i >= start + 9 && (r = glued_end(s, start, i)) != NOPOS)
		return r;
	if (!att && paired_clause(s, start, i))
		return NOPOS;
	if (att == 6 && cls != K_FIN && (r = laugh_reaction(s, start, i)) != NOPOS)
		return r;
	/* an emoji apart after a noun, then a particle or the copula apart:
	 * the emoji stands for a word of the sentence (대문자 😀 이다.) */
	if ((att & 12) == 12 && cls != K_FIN && i + 4 <= s->n && p[i] == ' ' &&
	    word_in(p, s->n, i + 1, ko_split_emoji_next,
	            sizeof ko_split_emoji_next / sizeof ko_split_emoji_next[0], 0))
		return NOPOS;
	if (!att && next_binds(s, start, i))
		return NOPOS;
	if (!att && wrapped_formal(s, start, i))
		return NOPOS;
	if (!att && cls == K_FIN && nominal_in_np(s, i))
		return NOPOS;
	if (!att && cls == K_FIN && i >= start + 3 && is_syl(p + i - 3) && unmarked_mid(s, start, i))
		return NOPOS;
	if (att == 1 && cls != K_FIN) {
		/* 낮 8시~ 9시: a range written with a space */
		int hard;
		size_t j = skip_ws(s, i, &hard);
		if (!hard && j < s->n && is_digit(p[j]))
			return NOPOS;
	}
	/* a reply of assent that opens a sentence opens the one that more
	 * words make (알았어 늦으면 연락해), in text without punctuation, and
	 * is one reply with a reply in initials after it (좋아 ㅇㅋ, as in
	 * bare_end); not a question a question word opens, which asks
	 * anew (좋아 | 어디서 볼까; not the filler 뭐: 그래 뭐 어쩌겠어) */
	if (!att && i - start <= 12 && !memchr(p + start, ' ', i - start) &&
	    word_in(p, s->n, start, ko_split_reply,
	                    sizeof ko_split_reply / sizeof ko_split_reply[0], 0) &&
	    !syl_at(p, i, s->n) && i + 4 <= s->n && p[i] == ' ' &&
	    (is_syl(p + i + 1) || reply_initials_next(s, i)) &&
	    !word_in(p, s->n, i + 1, ko_split_wh, sizeof ko_split_wh / sizeof ko_split_wh[0], 0) &&
	    is_bare(s, start))
		return NOPOS;
	if (kka_bwa(p, start, i)) {
		int hard;
		size_t j = skip_ws(s, i, &hard);
		if (!att && !hard && j < s->n && syl_at(p, j, s->n) && kka_fear(p, start, i))
			return NOPOS;
		return break_before_next(s, i, 2);
	}
	return break_before_next(s, i, question_end(p, start, i) ? 2 : 1);
}

enum { T_PERIOD, T_HARD, T_SOFT };

/* The Latin word before the period at i is an abbreviation: 1, or 2 for
 * one that may also close a sentence; 0 if it is none. */
static int latin_abbrev(const u8 *p, size_t lo, size_t i)
{
	size_t j = i;
	while (j > lo && i - j < 16 && (is_alpha(p[j - 1]) || p[j - 1] == '.'))
		j--;
	while (j < i && p[j] == '.')
		j++;
	size_t len = i - j, roman = 0;
	if (len == 1)
		return 1; /* an initial: J. K. Rowling; a list letter: a. */
	/* a Roman numeral opening a sentence is a heading number: II. 본론 */
	while (roman < len && (p[j + roman] == 'I' || p[j + roman] == 'V' || p[j + roman] == 'X'))
		roman++;
	if (roman == len && j == lo)
		return 1;
	for (size_t k = 0; k < sizeof ko_split_abbrev_end / sizeof ko_split_abbrev_end[0]; k++)
		if (strlen(ko_split_abbrev_end[k]) == len &&
		    memcmp(ko_split_abbrev_end[k], p + j, len) == 0)
			return 2;
	for (size_t k = 0; k < sizeof ko_split_abbrev / sizeof ko_split_abbrev[0]; k++)
		if (strlen(ko_split_abbrev[k]) == len && memcmp(ko_split_abbrev[k], p + j, len) == 0)
			return 1;
	return 0;
}

/* The full stop at i (ending at re) stands between two syllables that are
 * each alone between dots or the edges of a word (대.박.사.건), not between
 * a sentence and the next (했다.그리고) nor after a one-syllable answer
 * (네.그래서). */
static int dotted_syllables(const u8 *p, size_t start, size_t i, size_t re, size_t n)
{
	size_t b, e;
	if (re != i + 1 || i < start + 3 || !is_syl(p + i - 3) || !syl_at(p, re, n))
		return 0;
	b = i - 3;
	if (b > start && p[b - 1] != '.' && p[b - 1] != ' ')
		return 0;
	if (b > start && p[b - 1] == '.')
		return 1; /* inside a run: 남.북.해외 */
	e = re + 3;
	return e >= n || (!syl_at(p, e, n) && (p[e] == '.' || b == start ||
	                                       bclass[p[e]] == B_SPACE || p[e] == '\n'));
}

/* The word that ends at the spaces before b joins two clauses of a list
 * (ko_split_item_conj: 먹기 아님 2. 시키기). */
static int item_conj(const u8 *p, size_t n, size_t start, size_t b)
{
	size_t a;
	while (b > start && p[b - 1] == ' ')
		b--;
	for (a = b; a >= start + 3 && is_syl(p + a - 3) && b - a < 12; a -= 3)
		;
	return a < b && (a == start || p[a - 1] == ' ') &&
	       word_in(p, n, a, ko_split_item_conj,
	               sizeof ko_split_item_conj / sizeof ko_split_item_conj[0], 0);
}

/* The number of d digits before the full stop at i is the next item of a
 * list written in one sentence (1. 사과 2. 배 3. 포도를 샀다): it stands
 * alone after a space, and the nearest number before it that stands alone
 * with a full stop and a space, within 40 bytes, is one less (for 1, a 2
 * so written follows within 40 bytes). Items of a few words only: longer
 * ones are clauses (…없는 때 2. …), each a sentence of its own, and so
 * are items joined by 아님 or 또는 (1. 라면 먹기 아님 2. 치킨 시키기). */
static int inline_item(const u8 *p, size_t n, size_t start, size_t i, size_t d)
{
	size_t b = i - d, q;
	unsigned want = 0;
	if (d > 2 || b <= start || p[b - 1] != ' ')
		return 0;
	for (q = b; q < i; q++)
		want = want * 10 + (unsigned)(p[q] - '0');
	if (want == 1) { /* the first item: " 2. " follows within 40 bytes */
		for (q = i + 1; q + 3 < n && q - i < 40 && p[q] != '\n'; q++)
			if (p[q] == ' ' && p[q + 1] == '2' && p[q + 2] == '.' && p[q + 3] == ' ')
				return !item_conj(p, n, i + 1, q);
		return 0;
	}
	if (want < 2 || item_conj(p, n, start, b))
		return 0;
	for (q = b - 1; q > start && b - q < 40; q--) {
		size_t m;
		unsigned v = 0;
		if (p[q] != '.' || p[q + 1] != ' ' || !is_digit(p[q - 1]))
			continue;
		for (m = q; m > start && is_digit(p[m - 1]) && q - m < 2; m--)
			;
		if (m > start && p[m - 1] != ' ')
			continue;
		for (; m < q; m++)
			v = v * 10 + (unsigned)(p[m] - '0');
		return v + 1 == want;
	}
	return 0;
}

/* The number of d digits before the full stop at i, standing alone after
 * a space and before a Korean word, is the next item of a list that
 * inline_item did not take for a list of a few nouns: the item before it,
 * so written, lies within CLAUSE_ITEM bytes. If that item opened the
 * sentence, or a word joining clauses stands before this one (아님,
 * 또는), the items are clauses, each a sentence, and the sentence ends
 * before the number (…왔던 때 | 2. 둘째로…, 먹기 아님 | 2. 시키기):
 * returns that end. Otherwise they are long items of a list inside one
 * sentence (재판부는 1. … 2. … 등에 대한 …) and *inside is set, as it is
 * for a 1 that a 2 so written follows within CLAUSE_ITEM bytes. Else
 * NOPOS. */
#define CLAUSE_ITEM 400
static size_t clause_item(const u8 *p, size_t n, size_t start, size_t i, size_t d, int *inside)
{
	size_t b = i - d, q, m, ns;
	unsigned want = 0, v;
	*inside = 0;
	if (d > 2 || b <= start || p[b - 1] != ' ' || i + 4 >= n || p[i + 1] != ' ' ||
	    !is_syl(p + i + 2))
		return NOPOS;
	for (q = b; q < i; q++)
		want = want * 10 + (unsigned)(p[q] - '0');
	if (want == 1) { /* the first item: " 2. " follows */
		for (q = i + 1; q + 3 < n && q - i < CLAUSE_ITEM && p[q] != '\n'; q++)
			if (p[q] == ' ' && p[q + 1] == '2' && p[q + 2] == '.' && p[q + 3] == ' ') {
				*inside = 1;
				break;
			}
		return NOPOS;
	}
	if (want < 2)
		return NOPOS;
	for (q = b - 1;; q--) {
		if (q <= start || b - q >= CLAUSE_ITEM)
			return NOPOS;
		if (p[q] != '.' || p[q + 1] != ' ' || !is_digit(p[q - 1]))
			continue;
		for (m = q; m > start && is_digit(p[m - 1]) && q - m < 2; m--)
			;
		if (m > start && p[m - 1] != ' ')
			continue;
		for (v = 0, ns = m; m < q; m++)
			v = v * 10 + (unsigned)(p[m] - '0');
		if (v + 1 != want)
			return NOPOS;
		break;
	}
	if (ns != start && !item_conj(p, n, start, b)) {
		*inside = 1;
		return NOPOS;
	}
	while (b > start && p[b - 1] == ' ')
		b--;
	return b;
}

/* The word before the ! at i is a name that ends in it (ko_split_bang_name:
 * 야후! 재팬, Yahoo! 재팬): the whole word, of syllables or of Latin
 * letters. */
static int bang_name(const u8 *p, size_t n, size_t start, size_t i)
{
	size_t a = i;
	while (a >= start + 3 && is_syl(p + a - 3) && i - a < 12)
		a -= 3;
	if (a == i)
		while (a > start && is_alpha(p[a - 1]) && i - a < 12)
			a--;
	if (a == i || (a > start && p[a - 1] != ' '))
		return 0;
	for (size_t k = 0; k < sizeof ko_split_bang_name / sizeof ko_split_bang_name[0]; k++)
		if (ko_split_bang_name[k].len == i - a && !memcmp(ko_split_bang_name[k].s, p + a, i - a))
			return 1;
	return 0;
}

/* The word k starts is one of the nt words of tails, alone up to a
 * space, punctuation or the end. */
static int tail_word_next(const u8 *p, size_t n, size_t k, const char *const *tails, size_t nt)
{
	size_t w = k;
	while (w < n && w - k < 12 && syl_at(p, w, n))
		w += 3;
	if (w == k || (w < n && p[w] != ' ' && p[w] != '\n' && p[w] != '.' && p[w] != ',' &&
	               p[w] != '?' && p[w] != '!'))
		return 0;
	for (size_t t = 0; t < nt; t++)
		if (strlen(tails[t]) == w - k && memcmp(tails[t], p + k, w - k) == 0)
			return 1;
	return 0;
}

/* Marks standing as a word of their own for a word left out (거부하는
 * ??가 있다면, 그건 ??이다: a censored name) and glued to a particle or
 * the copula. */
static int masked_word_next(const u8 *p, size_t n, size_t k)
{
	static const char *const tails[] = {
		"가", "이", "을", "를", "은", "는", "에", "의", "도", "로", "와", "과", "만",
		"에서", "에게", "으로", "한테", "처럼", "보다", "까지", "부터", "라는", "라고",
		"이다", "이야", "이고", "이며", "이라", "이란", "이랑", "입니다", "이에요", "예요", "였다",
		"이었다",
	};
	return tail_word_next(p, n, k, tails, sizeof tails / sizeof tails[0]);
}

/* A case particle glued to the end mark before it, alone up to a space
 * or punctuation (모닝구 무스메。의, 왜?는): the mark is part of a name or
 * a quoted word the particle attaches to, as no sentence opens with a
 * bare case particle. Not the particles that are also words glued after
 * a period in careless text (이 "this", 가 "go", 도, 만, 와 "wow", 보다
 * "more"). */
static int case_particle_next(const u8 *p, size_t n, size_t k)
{
	static const char *const tails[] = {
		"의", "은", "는", "을", "를", "에", "에서", "에게", "과", "으로", "로", "까지",
		"부터", "처럼", "라는", "이라는",
	};
	return tail_word_next(p, n, k, tails, sizeof tails / sizeof tails[0]);
}

/* Hey! Say! JUMP의, GO! GO! 아톰의, ONE FOR ALL! TOUR 2007를: after a Latin
 * word's ! or ?, Latin words (with their own ! or ?) go on to a Korean
 * particle glued to the last of them: one name the particle closes, not
 * an exclamation ending the sentence. j is the start of the next word. */
static int latin_name_goes_on(const u8 *p, size_t n, size_t j)
{
	size_t e = j + 64 < n ? j + 64 : n;
	if (j >= n || !is_alpha(p[j]))
		return 0;
	while (j < e) {
		if (is_alnum(p[j]) || p[j] == '-' || p[j] == '\'' || p[j] == '&')
			j++;
		else if ((p[j] == '!' || p[j] == '?' || p[j] == ')' || p[j] == ']') && is_alnum(p[j - 1]))
			j++;
		else if (p[j] == ' ' && j + 1 < e && is_alnum(p[j + 1]))
			j++;
		else
			break;
	}
	return j < e && is_alnum(p[j - 1]) && syl_at(p, j, n);
}

/* A stray mark inside a clause, as comments type a pause (회장이
 * 악역하는데는. 일등공신, 돈으로 뭐든. 매수했어, 엄마는!! 왜 그래): a full
 * stop or an exclamation mark at i after a word that ends in the topic
 * particle or the adnominal -는 (는; 은 after a batchim, which nouns and
 * names in 은 lack: 지은, 고은; not the exclamation -고는: 생각하는
 * 수준하고는.), in -든 (뭐든, 어디든; not -거든 or 말든) or in a particle
 * of two syllables that ends no noun, glued to its noun (으로, 에서,
 * 에게, 한테: 무슨 생각으로. 이렇게 썼는지), in a sentence
 * from start that has no final or nominal ending yet: the clause still
 * waits for its predicate, which follows the mark. Not the object
 * particle, whose verb comments leave out (사망을! 기가 막힌다, 쳤을
 * 것을., 받기를.). After an exclamation mark also an adverb that needs
 * a predicate (ko_split_emph_adv: 꼭!!후회하세요, 너무!! 좋아요). A topic
 * after a finished clause is an afterthought that ends it (살기 좋은
 * 나라임 한국은.), so a final ending before it keeps the end, and so does
 * the end of a sentence without punctuation right before. k is the end of
 * the marks; a Korean word must follow on the same line. */
static __attribute__((noinline)) int mark_pause_at(const struct ko_split *s, size_t start,
                                                   size_t i, size_t k, int bang);

/* The last syllables of the words mark_pause_at takes after a full stop:
 * 는 은 든 로 서 게 테. */
static inline int pause_syl(unsigned c)
{
	return c == 0xB294 || c == 0xC740 || c == 0xB4E0 || c == 0xB85C || c == 0xC11C ||
	       c == 0xAC8C || c == 0xD14C || c == 0xC774 || c == 0xAC00;
}

static inline int mark_pause(const struct ko_split *s, size_t start, size_t i, size_t k, int bang)
{
	return (bang || pause_syl(syl3((const u8 *)s->p + i - 3))) &&
	       mark_pause_at(s, start, i, k, bang);
}

/* The last two syllables pp pc of a word before a stray full stop are
 * the subject particle, or the -게 of an adverb or of 것이, that a
 * predicate must follow (그 사람이 한 말이. 맞았네요, 남자가. 안달나는,
 * 깔아 뭉개는게. 쉽지, 당당하게. 잘못한): 이 after a batchim that ends
 * nouns (not the stems of the adverbs 많이, 같이, 없이, 굳이: ko_split_
 * cond_jong[C_PREV_VERB] and ㄷ), 가 after an open syllable (not 인가,
 * 건가, 작가, 평가, closed, nor the -다가 of a connective) and a noun of
 * two syllables or more (not the verb 나가, nor 대가: mark_pause_at asks
 * that), 게 after 하, 는 or an adnominal -ㄴ. After a full stop only, not
 * ! (놈이!!! is an exclamation), and not before a last word that is no
 * predicate (noun_then_stop). */
static int subject_pause(unsigned pc, unsigned pp)
{
	int t = ko_hangul_jong(pp);
	if (pc == 0xC774 /* 이 */)
		return t && t != KO_JONG_TIKEUT && !(ko_split_cond_jong[C_PREV_VERB] >> t & 1);
	if (pc == 0xAC00 /* 가 */)
		return !t && pp != 0xB2E4 /* 다: -다가 */;
	if (pc == 0xAC8C /* 게 */)
		return pp == 0xD558 /* 하 */ || pp == 0xB294 /* 는 */ || t == KO_JONG_NIEUN;
	return 0;
}

/* The word at j is the last before end punctuation or the text's end,
 * and no predicate: after a subject and a stray stop it is a nominal
 * sentence of its own, and the subject was one too (영탁이. 한표.). */
static int noun_then_stop(const struct ko_split *s, size_t j)
{
	const u8 *p = (const u8 *)s->p;
	size_t e = j;
	int att;
	while (e < s->n && syl_at(p, e, s->n))
		e += 3;
	if (e < s->n && p[e] != '.' && p[e] != '!' && p[e] != '?' && p[e] != '\n')
		return 0;
	return tail_class(p, s->n, j, e, &att, 0) != K_FIN;
}

static __attribute__((noinline)) int mark_pause_at(const struct ko_split *s, size_t start,
                                                   size_t i, size_t k, int bang)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, w, j, e;
	int hard, att, words = 0;
	unsigned pc = syl3(p + i - 3), pp;
	j = skip_ws(s, k, &hard);
	if (hard || j >= n || !syl_at(p, j, n))
		return 0;
	/* the syllables before the mark (꼭!꼭!: the second 꼭) */
	for (w = i; w >= start + 3 && is_syl(p + w - 3) && i - w < 30; w -= 3)
		;
	if (bang && word_is(p + w, i - w, ko_split_emph_adv,
	                    sizeof ko_split_emph_adv / sizeof ko_split_emph_adv[0]))
		return 1;
	if (i < w + 6) {
		/* 게, the 것이 of a subject, as a word of its own after an
		 * adnominal in -ㄴ or -는 (제일 무서운 게. 사람 마음이지, 먹는
		 * 게. 낙이다); not after -ㄹ, where 할 게 is also the promise
		 * 할게 written apart */
		if (bang || i != w + 3 || pc != 0xAC8C /* 게 */ || w < start + 4 ||
		    p[w - 1] != ' ' || !is_syl(p + w - 4) || noun_then_stop(s, j))
			return 0;
		pp = syl3(p + w - 4);
		if (pp != 0xB294 /* 는 */ && ko_hangul_jong(pp) != KO_JONG_NIEUN)
			return 0;
		i = w - 1;
	} else {
		pp = syl3(p + i - 6);
		if (i == w + 6 && pc == 0xAC8C /* 게 */ && !bang &&
		    (pp == SYL_I || pp == 0xADF8 /* 그 */ || pp == 0xC800 /* 저 */ ||
		     pp == 0xC694 /* 요 */)) {
			/* 이게, 그게, 저게: a demonstrative's 것이 (이게. 말이
			 * 되나) */
			if (noun_then_stop(s, j))
				return 0;
		} else if (!((pc == 0xB294 /* 는 */ && pp != 0xACE0 /* 고 */) ||
		      (pc == 0xC740 /* 은 */ && ko_has_batchim(pp)) ||
		      (pc == 0xB4E0 /* 든 */ && pp != 0xAC70 /* 거 */ && pp != 0xB9D0 /* 말 */) ||
		      (i >= w + 9 && ((pc == 0xB85C /* 로 */ && pp == 0xC73C /* 으 */) ||
		                      (pc == 0xC11C /* 서 */ && pp == 0xC5D0 /* 에 */) ||
		                      (pc == 0xAC8C /* 게 */ && pp == 0xC5D0 /* 에 */) ||
		                      (pc == 0xD14C /* 테 */ && pp == 0xD55C /* 한 */))) ||
		      (!bang && subject_pause(pc, pp) && (pc != 0xAC00 /* 가 */ || i >= w + 9) &&
		       !noun_then_stop(s, j))))
			return 0;
	}
	w = word_start(p, start, i);
	for (e = w; e > start && words < 12; words++) {
		int cls;
		while (e > start && p[e - 1] == ' ')
			e--;
		if (e == start)
			break;
		cls = tail_class(p, n, start, e, &att, 1);
		if (cls == K_FIN || cls == K_BARE)
			return 0;
		e = word_start(p, start, e);
	}
	/* a sentence that a rule ended without punctuation just before
	 * (국민이네 | 이분은!!, 강요하지 마라 | 직접적으로든.): the topic is its
	 * afterthought */
	for (e = start; e > 0 && p[e - 1] == ' '; e--)
		;
	if (e >= 3 && is_syl(p + e - 3))
		return 0;
	return words < 12;
}

/* A date glued by a full stop to the next word labels what follows, or
 * is the time of the sentence that goes on after a stray mark (1월5일.중국
 * 바이러스, 통해서 1월5일.경고합니다): the word ending at i is digits and
 * 일, 월 or 년 (pc). After a topic or a subject (그날은 3월 1일.) the date
 * is the predicate of a nominal sentence, which ends there. */
static int date_label(const u8 *p, size_t start, size_t i, unsigned pc)
{
	size_t e = i, w;
	if (i < start + 4 || !is_digit(p[i - 4]) ||
	    !(pc == 0xC77C /* 일 */ || pc == 0xC6D4 /* 월 */ || pc == 0xB144 /* 년 */))
		return 0;
	for (int words = 0; e > start && words < 12; words++) {
		w = word_start(p, start, e);
		while (e > w && p[e - 1] == ' ')
			e--;
		if (e >= w + 3 && e < i && is_syl(p + e - 3)) {
			unsigned c = syl3(p + e - 3);
			if (c == 0xC740 /* 은 */ || c == 0xB294 /* 는 */ || c == 0xC774 /* 이 */ ||
			    c == 0xAC00 /* 가 */ || c == 0xB3C4 /* 도 */)
				return 0;
		}
		e = w;
	}
	return 1;
}

/* End punctuation starting at i. */
static size_t at_term_rest(const struct ko_split *s, size_t start, size_t i, size_t *next);

/* One mark at i between a syllable and a space: no end when it is a
 * pause (mark_pause), else as break_before_next finds. */
static __attribute__((noinline)) size_t paused_term(const struct ko_split *s, size_t start,
                                                    size_t i)
{
	if (mark_pause(s, start, i, i + 1, s->p[i] == '!'))
		return NOPOS;
	return break_before_next(s, i + 1, s->p[i] == '.' ? -1 : 0);
}

/* The common cases, in a function of their own that saves few registers:
 * the rest goes on in at_term_rest. */
static size_t at_term(const struct ko_split *s, size_t start, size_t i, size_t *next)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n;
	if ((p[i] == '.' || p[i] == '?' || p[i] == '!') && i >= start + 3 && is_syl(p + i - 3) &&
	    (p[i - 2] & 0xC0) == 0x80 && (p[i - 1] & 0xC0) == 0x80) {
		/* one mark after a syllable that ends the text (a line of
		 * text, most records): of the rules below, only a name with !
		 * applies (야후!) */
		if (i + 1 == n) {
			*next = n;
			return p[i] == '!' && bang_name(p, n, start, i) ? NOPOS : n;
		}
		/* the common case, one mark between a syllable and a space
		 * (했다. 그리고, 했니? 나는): of the rules below, only the list
		 * letters apply (가. 나.) */
		if (p[i + 1] == ' ' || p[i + 1] == '\n') {
			unsigned pc = syl3(p + i - 3);
			*next = i + 1;
			if (p[i] == '.' && i == start + 3 && ko_hangul_jung(pc) == KO_JUNG_A &&
			    ko_hangul_jong(pc) == KO_JONG_NONE)
				return NOPOS;
			if (p[i] == '!' && bang_name(p, n, start, i))
				return NOPOS;
			/* (most full stops follow 다, which mark_pause never takes:
			 * both calls end the function, which so saves no more
			 * registers) */
			if (pc != 0xB2E4 && p[i] != '?')
				return paused_term(s, start, i);
			return break_before_next(s, i + 1, p[i] == '.' ? -1 : 0);
		}
	}
	return at_term_rest(s, start, i, next);
}

static __attribute__((noinline)) size_t at_term_rest(const struct ko_split *s, size_t start,
                                                     size_t i, size_t *next)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, re = i, k;
	int dots = 0, qx = 0, ask = 0, ell = 0, kind, term = 1;
	unsigned pc = 0, nc = 0, c;
	if (i >= 3 && p[i] == 0xE1 && i + 2 < n && p[i + 1] == 0x86 && p[i + 2] == 0xA2 &&
	    p[i - 3] == 0xE1 && p[i - 2] == 0x84) {
		*next = i + 3; /* ᆢ after an initial consonant (U+1100..U+113F) */
		return NOPOS;
	}
	while (re < n) {
		int l = dec(p, re, n, &c);
		if (cpclass(c) != CP_TERM)
			break;
		if (c == '?' || c == '!' || c == 0xFF1F || c == 0xFF01 || (c >= 0x203C && c <= 0x2049)) {
			qx = 1;
			ask |= c == '?' || c == 0xFF1F || c >= 0x2047;
		}
		else if (c == 0x2026 || c == 0x22EF || c == 0x2025 || c == 0x11A2)
			ell = 1;
		else
			dots++;
		re += l;
	}
	*next = re;
	if (i == start)
		return NOPOS; /* "...그래서" opens a sentence, it cannot end one */
	kind = qx ? T_HARD : (ell || dots > 1) ? T_SOFT : T_PERIOD;
	dec(p, back1(p, start, i), n, &pc);
	if (re < n)
		dec(p, re, n, &nc);

	if (kind == T_PERIOD) {
		/* 1.5, v2.0, 192.168.0.1, www.example.com, a@b.kr, file.txt */
		if (is_alnum(pc) && is_alnum(nc))
			return NOPOS;
		/* 대.박.사.건: a word spelt out one syllable at a time for
		 * emphasis; the syllables on both sides of the dot stand alone
		 * between dots or the edges of the word */
		if (dotted_syllables(p, start, i, re, n))
			return NOPOS;
		/* 네이버.com: a Korean name then a domain */
		if (ko_is_hangul_syllable(pc) && nc >= 'a' && nc <= 'z')
			return NOPOS;
		/* 가. 나. 다.: the Korean list letters opening a sentence */
		if (i == start + 3 && ko_hangul_jung(pc) == KO_JUNG_A &&
		    ko_hangul_jong(pc) == KO_JONG_NONE && re < n && ws_at(p, re, n))
			return NOPOS;
		if (is_alpha(pc)) {
			int hard;
			size_t j;
			if (ko_is_hangul_syllable(nc))
				return NOPOS; /* Inc.의: a particle after an abbreviation */
			j = skip_ws(s, re, &hard);
			switch (latin_abbrev(p, start, i)) {
			case 1:
				return NOPOS;
			case 2: /* etc. 항목 goes on; etc. The next begins */
				if (hard || j >= n || !(p[j] >= 'A' && p[j] <= 'Z'))
					return NOPOS;
			}
			if (!hard && j < n && ((p[j] >= 'a' && p[j] <= 'z') || is_digit(p[j])))
				return NOPOS;
		}
		if (is_digit(pc) && re < n && ws_at(p, re, n)) {
			int hard;
			size_t j = i, d;
			while (j > start && i - j < 16 && is_digit(p[j - 1]))
				j--;
			d = i - j;
			/* a list marker "12. 항목" or a date "2019. 3. 1." opening
			 * the sentence */
			while (j > start && i - j < 16 &&
			       (is_digit(p[j - 1]) || p[j - 1] == '.' || p[j - 1] == ' '))
				j--;
			if (j == start && d <= 4)
				return NOPOS;
			/* the last number of a date inside a sentence: 2019. 3. 1. 오전 */
			j = i - d;
			if (j >= start + 3 && p[j - 1] == ' ' && p[j - 2] == '.' && is_digit(p[j - 3]))
				return NOPOS;
			if (inline_item(p, n, start, i, d))
				return NOPOS;
			/* an item of a list of clauses: the sentence ends before it */
			int inside;
			size_t ce = clause_item(p, n, start, i, d, &inside);
			if (ce != NOPOS) {
				*next = ce;
				return ce;
			}
			if (inside)
				return NOPOS;
			/* the number of an item after a word that joins items, the
			 * item before it out of this sentence (1. 버스를 탄다 | 또는
			 * 2. 택시를 탄다): no sentence ends in 또는 2. */
			if (d <= 2 && j > start && p[j - 1] == ' ' && item_conj(p, n, start, j))
				return NOPOS;
			/* a date: 2019. 3. 1. */
			j = skip_ws(s, re, &hard);
			if (!hard && j < n && is_digit(p[j]))
				return NOPOS;
		}
	} else if (kind == T_HARD) {
		/* a URL query or Yahoo!Japan */
		if (is_alnum(pc) && (is_alnum(nc) || nc == '=' || nc == '&' || nc == '/'))
			return NOPOS;
		/* 야후!에서 */
		if (p[i] == '!' && re == i + 1 && bang_name(p, n, start, i))
			return NOPOS;
		if (is_alpha(pc) && re + 1 < n && p[re] == ' ' && latin_name_goes_on(p, n, re + 1))
			return NOPOS;
	}

	k = absorb_glued(s, re, &term);
	*next = k;
	if (k >= n)
		return k;
	if (kind == T_HARD && k == re && p[i - 1] == ' ' && masked_word_next(p, n, k))
		return NOPOS;
	if (k == re && p[i - 1] != ' ' && case_particle_next(p, n, k))
		return NOPOS;
	/* 않는다."고 덧붙였다: a straight quote between the end and a glued
	 * quotative particle closes the quotation, which the particle takes
	 * into the sentence that goes on (absorb_glued stops before it, as it
	 * may open the next sentence: 끝났다."다음) */
	if ((p[k] == '"' || p[k] == '\'') && syl_at(p, k + 1, n) && cont_next(s, k + 1, -1)) {
		*next = k + 1;
		return NOPOS;
	}
	if (kind == T_SOFT) {
		/* An ellipsis ends a sentence unless the word before it still
		 * needs what follows (그런데..., 먹었는데..., 양이....); glued on
		 * both sides (잠깐만..다, ㄴ..날) it is a pause inside one unless
		 * a final ending precedes it, or a sigh follows it
		 * (몇십억...;;;;너는). */
		size_t j = i;
		int att, cls;
		while (j > start && p[j - 1] == ' ')
			j--;
		cls = tail_class(p, n, start, j, &att, 0);
		if (cls == K_CONT)
			return NOPOS;
		if (j == i && !ws_at(p, k, n) && (syl_at(p, k, n) || is_alnum(p[k])) &&
		    cls != K_FIN && cls != K_WEAK && cls != K_LINK && p[k - 1] != ';')
			return NOPOS;
	}
	if (k == re && (kind == T_PERIOD || (kind == T_HARD && !ask)) && i >= start + 3 &&
	    is_syl(p + i - 3) && mark_pause(s, start, i, k, kind == T_HARD))
		return NOPOS;
	if (ws_at(p, k, n))
		return break_before_next(s, k, kind == T_PERIOD && k == re ? -1 : 0);
	/* glued to the next word */
	if (syl_at(p, k, n) && kind == T_PERIOD) {
		if (k == re && date_label(p, start, i, pc))
			return NOPOS;
		return is_alpha(pc) || is_digit(pc) ? NOPOS : k;
	}
	return cont_next(s, k, 0) ? NOPOS : k;
}

/* The first j in [j, lim) where p[j] is a, b or c; lim if none. */
static inline size_t find3(const u8 *p, size_t j, size_t lim, u8 a, u8 b, u8 c)
{
#ifdef __SSE2__
	const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b),
	              vc = _mm_set1_epi8((char)c);
	for (; j + 16 <= lim; j += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + j));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
			_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)), _mm_cmpeq_epi8(v, vc)));
		if (m)
			return j + (size_t)__builtin_ctz(m);
	}
#endif
	for (; j < lim; j++)
		if (p[j] == a || p[j] == b || p[j] == c)
			return j;
	return lim;
}

/* The line that ends at the newline j (after from) ends a sentence: its
 * last mark is end punctuation or a closing quote or bracket after one
 * (했어., 정리하자.", 끝이야!). */
static int line_ends(const u8 *p, size_t from, size_t j)
{
	while (j > from && (p[j - 1] == ' ' || p[j - 1] == '\t' || p[j - 1] == '\r'))
		j--;
	while (j > from && (p[j - 1] == '"' || p[j - 1] == '\'' || p[j - 1] == ')'))
		j--;
	return j > from && (p[j - 1] == '.' || p[j - 1] == '?' || p[j - 1] == '!' ||
	                    (j >= from + 3 && p[j - 3] == 0xE2 && p[j - 2] == 0x80 &&
	                     p[j - 1] == 0xA6 /* … */));
}

/* The mark at k opens a sentence: it starts its line or follows end
 * punctuation and a space (열었다. "오늘은). */
static int opens_sentence(const u8 *p, size_t k)
{
	if (k == 0 || p[k - 1] == '\n')
		return 1;
	if (p[k - 1] != ' ')
		return 0;
	while (k > 0 && p[k - 1] == ' ')
		k--;
	return k == 0 || p[k - 1] == '\n' || line_ends(p, 0, k);
}

/* 1 if the bytes of the mark w[0..len) after its first, which the caller
 * found at q[0], follow at q: a mark is one to four bytes, too few for a
 * call of memcmp to pay (match_close asks at every closing byte). */
static inline int rest_same(const u8 *q, const u8 *w, int len)
{
	for (int k = 1; k < len; k++)
		if (q[k] != w[k])
			return 0;
	return 1;
}

/* Find the mark closing the pair opened just before from. */
static size_t match_close(const struct ko_split *s, size_t from, const u8 *open, int olen,
                          const u8 *close, int clen, int sym, size_t limit)
{
	const u8 *p = (const u8 *)s->p;
	size_t lim = s->n - from > limit ? from + limit : s->n;
	int depth = 0, wrapped = 0, ragged = 0;
	/* only these three bytes can change anything below */
	for (size_t j = from; (j = find3(p, j, lim, '\n', close[0], open[0])) < lim; j++) {
		u8 b = p[j];
		if (b == '\n') {
			if (hard_nl(s, j))
				return NOPOS;
			wrapped = 1;
			ragged |= !line_ends(p, from, j);
			continue;
		}
		if (b == close[0] && j + (size_t)clen <= s->n && rest_same(p + j, close, clen)) {
			if (sym) {
				if (j > from && !ws_at(p, back1(p, from, j), s->n))
					return j;
				/* on a later line, a straight quote after a space
				 * and before a word opens a quotation of its own:
				 * the one at from was stray, and the pair would
				 * join the lines between, headings and all (그는
				 * '시인이다. | 생애 | 그는 '땅콩' 농부였다) */
				if (wrapped && j + (size_t)clen < s->n && !ws_at(p, j + clen, s->n)) {
					if (ragged || !opens_sentence(p, from - olen))
						return NOPOS;
					/* unless the quotation opens a sentence
					 * and every line between ends one, as a
					 * quotation of several sentences does:
					 * then the mark opens a term inside it
					 * ('다시'), whose pair on its line is
					 * passed over, or is stray */
					size_t e = j + clen;
					while (e < lim && p[e] != '\n' &&
					       !(p[e] == close[0] && e + (size_t)clen <= s->n &&
					         rest_same(p + e, close, clen)))
						e++;
					if (e < lim && p[e] != '\n')
						j = e + clen - 1;
					continue;
				}
			} else if (depth-- == 0) {
				return j;
			}
		} else if (!sym && b == open[0] && j + (size_t)olen <= s->n &&
		           rest_same(p + j, open, olen)) {
			depth++;
		}
	}
	return NOPOS;
}

static unsigned closer_of(unsigned c)
{
	switch (c) {
	case '(': return ')';
	case '[': return ']';
	case '{': return '}';
	case '<': return '>';
	case 0x2018: return 0x2019;
	case 0x201C: return 0x201D;
	case 0xFF08: return 0xFF09;
	case 0xFF3B: return 0xFF3D;
	default: return c + 1; /* 「」『』《》〈〉【】〔〕 and '"`: see below */
	}
}

static int put8(unsigned c, u8 *o)
{
	if (c < 0x80) {
		o[0] = (u8)c;
		return 1;
	}
	o[0] = (u8)(0xE0 | (c >> 12));
	o[1] = (u8)(0x80 | ((c >> 6) & 0x3F));
	o[2] = (u8)(0x80 | (c & 0x3F));
	return 3;
}

/* The text [b, m) inside a pair ends like a sentence: with end punctuation
 * or, unless punct_only, a final ending, possibly followed by closing
 * marks. */
static int inner_final(const struct ko_split *s, size_t b, size_t m, int punct_only)
{
	const u8 *p = (const u8 *)s->p;
	size_t j = m;
	int att, cls;
	while (j > b) {
		size_t q = back1(p, b, j);
		unsigned d;
		dec(p, q, s->n, &d);
		int kd = cpclass(d);
		if (kd == CP_SPACE || kd == CP_CLOSE || kd == CP_OPEN) {
			j = q;
			continue;
		}
		if (kd == CP_TERM)
			return 1;
		break;
	}
	if (punct_only)
		return 0;
	cls = tail_class(p, s->n, b, j, &att, 0);
	return cls == K_FIN || ((att & 10) && cls != K_CONT);
}

/* A quote or bracket opens at i. A pair that closes nearby is one unit:
 * nothing inside it ends the sentence. After a quotation that itself ended
 * a sentence, the sentence ends too unless a particle, a quotative or a verb
 * of saying takes the quotation in. */
static size_t at_open(const struct ko_split *s, size_t start, size_t i, unsigned c, int len,
                      size_t *next, int *misses)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, m, ce, k;
	int sym = c == '"' || c == '\'' || c == '`';
	int quote = sym || c == 0x2018 || c == 0x201C || c == 0x300C || c == 0x300E;
	unsigned cc = sym ? c : closer_of(c), pc = 0;
	u8 ob[4], cb[4];
	int ol = put8(c, ob), cl = put8(cc, cb), att, term = 0;

	*next = i + len;
	if (i > start)
		dec(p, back1(p, start, i), n, &pc);
	if (sym) {
		/* a straight quote opens only before a word, and an apostrophe
		 * (don't) or an inch mark (5") is no quote */
		if (i + 1 >= n || ws_at(p, i + 1, n) || is_alnum(pc))
			return NOPOS;
	}
	if (*misses >= MAX_MISSES)
		return NOPOS;
	m = match_close(s, i + len, ob, ol, cb, cl, sym, PAIR_LIMIT);
	if (m == NOPOS) {
		++*misses;
		return NOPOS;
	}
	ce = m + cl;
	*next = ce;
	if (!quote) {
		/* 좋았다(웃음) 다음: a bracket glued to a finished sentence; and
		 * a bracketed sentence standing alone before the next one */
		if (ce < n && !ws_at(p, ce, n))
			return NOPOS;
		if (i > start && i >= 3 && is_syl(p + i - 3) &&
		    tail_class(p, n, start, i, &att, 0) == K_FIN)
			return break_before_next(s, ce, 1);
		if (i == start && c == '(' && inner_final(s, i + len, m, 0))
			return break_before_next(s, ce, 1);
		return NOPOS;
	}
	/* did the quotation end a sentence? */
	k = absorb_glued(s, ce, &term);
	/* Single quotes mark terms and thoughts ('공소권 없음' 처분): only
	 * punctuation ends a sentence there; double quotes carry speech, which
	 * chat often leaves unpunctuated. */
	if (!inner_final(s, i + len, m, c == '\'' || c == 0x2018) && !term)
		return NOPOS;
	*next = k;
	if (k >= n)
		return k;
	if (ws_at(p, k, n)) {
		int hard;
		size_t j = skip_ws(s, k, &hard);
		if (hard || j >= n)
			return k;
		/* a quotation closed without punctuation is taken in as an
		 * ending is ("...증거다" 등의 주장) */
		if (cont_next(s, j, term ? 0 : 1) || saying_next(s, j))
			return NOPOS;
		return absorb_after(s, k);
	}
	if (syl_at(p, k, n))
		return NOPOS; /* "..."라고, "..."는: a particle takes it in */
	dec(p, k, n, &c);
	return cpclass(c) == CP_OPEN ? k : NOPOS; /* "...", "...": a list */
}

/* Attached material glued to the next word: 재밌다ㅋㅋ다음, 좋아요~다음. */
static size_t at_att(const struct ko_split *s, size_t start, size_t i, size_t *next)
{
	const u8 *p = (const u8 *)s->p;
	size_t k = att_run(p, s->n, i);
	int att, cls;
	*next = k > i ? k : i + 1;
	if (k == i)
		return NOPOS;
	if (k >= s->n || i == start || !(syl_at(p, k, s->n) || is_alnum(p[k])))
		return NOPOS;
	/* One ASCII mark before a letter or digit is notation (x^2, a_b), and
	 * one jamo is a typo or a letter cited (-ㅗ와): only a real run, an
	 * emoji, a tilde or a single ㅋ/ㅎ/ㅠ/ㅜ can glue two sentences. */
	if (!syl_at(p, k, s->n) && p[i] < 0x80)
		return NOPOS;
	{
		unsigned c;
		int l = dec(p, i, s->n, &c);
		int pict = (c >= 0x2600 && c <= 0x2BFF) || c >= 0x1F000;
		if ((size_t)l == k - i && !pict && c != '~' && c != 0xFF5E && c != 0x301C &&
		    !emotive_jamo(c))
			return NOPOS;
	}
	cls = tail_class(p, s->n, start, k, &att, 0);
	if (ends_sentence(cls, att, 1) && !cont_next(s, k, 1))
		return k;
	return NOPOS;
}

/* A bullet or note mark glued to a finished sentence starts the next one:
 * 끝났음※다음. */
static size_t at_bullet(const struct ko_split *s, size_t start, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	int att;
	if (i > start && i >= 3 && is_syl(p + i - 3) &&
	    tail_class(p, s->n, start, i, &att, 0) == K_FIN)
		return i;
	return NOPOS;
}

#ifdef __SSE2__
/* The word skip of scan on the 16 bytes at q, without a branch per
 * character: the offset of the first byte that may stop the scan (any
 * byte but an ASCII letter or digit or the bytes of a syllable), when
 * every byte before it is an ASCII letter or digit or belongs to a
 * well-formed syllable, so that the scan's steps reach that byte; or,
 * if there is none, 16 plus the bytes the last syllable reaches past
 * the block. -1 when the bytes are anything else (other UTF-8, invalid
 * sequences): the byte loop takes those.
 * *sp: the spaces before that byte that at_space may need to see: not
 * those after an ASCII byte of the block (after a letter, a digit, a
 * comma or a space, at_space ends nothing: the blocks take no ASCII it
 * would look at), except the first three, where the bytes before may be
 * a syllable's. *sy: those of *sp after a syllable (a lead byte 3 bytes
 * before, in the block). */
static inline int skip16(const u8 *q, unsigned *sp, unsigned *sy)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
	/* as signed bytes, 0x80..0xBF are -128..-65; a range of bytes [a, a
	 * + w) is the bytes that adding 0x80 - a (mod 256) takes below -128
	 * + w: one addition and one comparison */
	const __m128i lead = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 0xEA))),
	                                    _mm_set1_epi8(-128 + 4));
	const __m128i cont = _mm_cmplt_epi8(v, _mm_set1_epi8(-64));
	const __m128i lc = _mm_or_si128(v, _mm_set1_epi8(0x20));
	const __m128i alpha = _mm_cmplt_epi8(_mm_add_epi8(lc, _mm_set1_epi8((char)(0x80 - 'a'))),
	                                     _mm_set1_epi8(-128 + 26));
	const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
	                                     _mm_set1_epi8(-128 + 10));
	const __m128i space = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
	unsigned L = (unsigned)_mm_movemask_epi8(lead), C = (unsigned)_mm_movemask_epi8(cont);
	unsigned ok = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		_mm_or_si128(_mm_or_si128(lead, cont), _mm_or_si128(alpha, digit)), space));
	unsigned stop = ~ok & 0xFFFF, span = L << 1 | L << 2; /* the bytes after a lead */
	*sp = (unsigned)_mm_movemask_epi8(space) & (C << 1 | 7);
	if (stop) {
		/* the bytes before t and t itself, which is no continuation
		 * byte, are inside syllables exactly where they continue one */
		int t = __builtin_ctz(stop);
		*sp &= (1u << t) - 1;
		*sy = *sp & L << 3;
		return ((span ^ C) & ((2u << t) - 1)) == 0 ? t : -1;
	}
	*sy = *sp & L << 3;
	if ((span & 0xFFFF) != C)
		return -1;
	return 16 + (int)(L >> 14 & 1) + 2 * (int)(L >> 15 & 1);
}

/* The 16-byte block of skip16, with its masks widened. */
static inline int skip16w(const u8 *q, uint64_t *sp, uint64_t *sy)
{
	unsigned sp16, sy16;
	int t = skip16(q, &sp16, &sy16);
	*sp = sp16;
	*sy = sy16;
	return t;
}
#endif

#ifdef KO_AVX2
/* The constants of k32_masks, read from memory where they are used.
 * Each byte gets a class from two table lookups, by its high nibble and
 * by its low one, ANDed: bit 7 for the lead bytes of syllables (EA..ED),
 * bit 6 for continuation bytes (80..BF), and bits 0-5 for the ASCII bytes
 * the byte loop steps over (bclass B_PLAIN, and the space, whose
 * positions the blocks report), a set of nibble pairs by rows of high
 * nibble: 2: space # $ % & ) + , - /; 3: digits : = >; 4: all; 5: all
 * but [ ^ _; 6: all but `; 7: all but { ~. A byte of class 0 is any
 * other: control characters and the rest stop, as they did, and the _
 * that at_space would have to look at (see skip_masks). */
enum { K32_NIB, K32_HI, K32_LO, K32_SPACE, K32_N };
#define K32_L 0x80 /* a lead byte EA..ED */
#define K32_C 0x40 /* a continuation byte */
static const u8 k32[K32_N][32] __attribute__((aligned(32))) = {
	[K32_NIB] = {[0 ... 31] = 0x0F},
#define K32_HI16 0, 0, 1, 2, 4, 8, 16, 32, K32_C, K32_C, K32_C, K32_C, 0, 0, K32_L, 0
	[K32_HI] = {K32_HI16, K32_HI16},
	/* ASCII: bit 1 row 2, 2 row 3, 4 row 4, 8 row 5, 16 row 6, 32 row 7 */
#define K32_LO16 K32_C | 1 | 2 | 4 | 8 | 32, K32_C | 2 | 4 | 8 | 16 | 32, \
	K32_C | 2 | 4 | 8 | 16 | 32, K32_C | 1 | 2 | 4 | 8 | 16 | 32, \
	K32_C | 1 | 2 | 4 | 8 | 16 | 32, K32_C | 1 | 2 | 4 | 8 | 16 | 32, \
	K32_C | 1 | 2 | 4 | 8 | 16 | 32, K32_C | 2 | 4 | 8 | 16 | 32, K32_C | 2 | 4 | 8 | 16 | 32, \
	K32_C | 1 | 2 | 4 | 8 | 16 | 32, K32_L | K32_C | 2 | 4 | 8 | 16 | 32, \
	K32_L | K32_C | 1 | 4 | 16, K32_L | K32_C | 1 | 4 | 8 | 16 | 32, \
	K32_L | K32_C | 1 | 2 | 4 | 8 | 16 | 32, K32_C | 2 | 4 | 16, K32_C | 1 | 4 | 16 | 32
	[K32_LO] = {K32_LO16, K32_LO16},
	[K32_SPACE] = {[0 ... 31] = ' '},
};

__attribute__((target("avx2"), always_inline)) static inline __m256i k32_ld(const u8 (*k)[32], int i)
{
	return _mm256_load_si256((const __m256i *)(const void *)k[i]);
}

/* The masks of the 32 bytes at q: lead bytes of syllables (EA..ED),
 * continuation bytes, bytes of neither kind that the byte loop does not
 * step over alone (stop), and spaces. */
struct k32m {
	uint32_t L, C, stop, space;
};

__attribute__((target("avx2"), always_inline)) static inline struct k32m k32_masks(const u8 *q,
                                                                                  const u8 (*k)[32])
{
	const __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)q);
	const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), k32_ld(k, K32_NIB));
	const __m256i lo = _mm256_and_si256(v, k32_ld(k, K32_NIB));
	const __m256i cls = _mm256_and_si256(_mm256_shuffle_epi8(k32_ld(k, K32_HI), hi),
	                                     _mm256_shuffle_epi8(k32_ld(k, K32_LO), lo));
	return (struct k32m){(uint32_t)_mm256_movemask_epi8(cls),
	                     (uint32_t)_mm256_movemask_epi8(_mm256_add_epi8(cls, cls)),
	                     (uint32_t)_mm256_movemask_epi8(
	                             _mm256_cmpeq_epi8(cls, _mm256_setzero_si256())),
	                     (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, k32_ld(k, K32_SPACE)))};
}

/* skip16's answer on the n bytes at q, n 32 or 64, from their masks
 * (span: the bytes after a lead, C: continuation bytes): the offset of
 * the first byte that may stop the scan, or n plus what the last
 * syllable reaches past them; -1 when the bytes before that are not
 * whole syllables and ASCII. The spaces in *sp and *sy as skip16's. */
static inline int skip_masks(uint64_t L, uint64_t C, uint64_t stop, uint64_t *sp, uint64_t *sy,
                             int n)
{
	uint64_t span = L << 1 | L << 2;
	*sp &= C << 1 | 7; /* as skip16's */
	if (stop) {
		int t = __builtin_ctzll(stop);
		*sp &= ((uint64_t)1 << t) - 1;
		*sy = *sp & L << 3;
		return ((span ^ C) & (((uint64_t)2 << t) - 1)) == 0 ? t : -1;
	}
	*sy = *sp & L << 3;
	if ((span & (n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1)) != C)
		return -1;
	return n + (int)(L >> (n - 2) & 1) + 2 * (int)(L >> (n - 1) & 1);
}

/* skip16 on 32 bytes, where the processor has AVX2, and stepping over the
 * ASCII punctuation the byte loop steps over too (, ) - : and the like);
 * when that is -1, skip16's answer on the first 16 bytes, so that a
 * character the block test does not take (a Hanja, a middle dot) costs
 * no more than it did. */
__attribute__((target("avx2"), always_inline)) static inline int skip32(const u8 *q, uint64_t *sp,
                                                                       uint64_t *sy,
                                                                       const u8 (*k)[32])
{
	struct k32m m = k32_masks(q, k);
	*sp = m.space;
	int t = skip_masks(m.L, m.C, m.stop, sp, sy, 32);
	return t >= 0 ? t : skip16w(q, sp, sy);
}

/* The block skip of scan_avx2 on the rem bytes left at q (rem >= 16): 64
 * bytes at a time (a loop over the spaces of 64 bytes ends, at a branch
 * no processor predicts, half as often as over 32), else 32, else 16, and
 * each falls back on the next smaller when it cannot answer. A return
 * below the block need not be a stop: the scan then looks at that byte's
 * class and steps over it as the byte loop would when it stops nothing. */
__attribute__((target("avx2"), always_inline)) static inline int skip_avx2(const u8 *q, size_t rem,
                                                                          uint64_t *sp, uint64_t *sy)
{
	const u8(*k)[32] = k32;
	/* (hidden from the compiler, which would otherwise build each
	 * constant in a register, in three instructions, at every block) */
	__asm__("" : "+r"(k));
	int t;
	if (rem >= 64) {
		struct k32m a = k32_masks(q, k), b = k32_masks(q + 32, k);
		*sp = a.space | (uint64_t)b.space << 32;
		t = skip_masks(a.L | (uint64_t)b.L << 32, a.C | (uint64_t)b.C << 32,
		               a.stop | (uint64_t)b.stop << 32, sp, sy, 64);
		if (t < 0)
			t = skip32(q, sp, sy, k);
	} else if (rem >= 32) {
		t = skip32(q, sp, sy, k);
	} else {
		t = skip16w(q, sp, sy);
	}
	/* the rules called between blocks are SSE2 code: a dirty upper
	 * half would slow every SSE instruction in them */
	_mm256_zeroupper();
	return t;
}
#endif

/* End (exclusive) of the sentence starting at start: scan, and
 * scan_avx2 where the processor has AVX2, both from scan_t with the block
 * skip they use (skip, over blocks of w bytes). */
typedef int skip_fn(const u8 *q, size_t rem, uint64_t *sp, uint64_t *sy);

#ifdef __SSE2__
static inline __attribute__((always_inline)) int skip_sse2(const u8 *q, size_t rem, uint64_t *sp,
                                                           uint64_t *sy)
{
	return skip16w(q, sp, sy);
}
#endif

/* The index in ko_split_quiet of the three bytes at q, a lead EA..ED
 * and two continuation bytes (as the blocks found them): where it holds
 * 1, they are a syllable that ends no row of the endings, and in
 * punctuated text (s->bare 0) at_space ends nothing at a space after it
 * and looks at nothing else; where it holds 2, the same holds unless the
 * syllable before it (whatever the three bytes there, valid or not, the
 * index taken the same way) has its bit in ko_split_quiet_pair: the
 * syllables before the last of its rows that end a sentence in punctuated
 * text, hashed with it, of which a word needs one (pen_ok on fin_punct).
 * A bit set by another pair only sends the space the long way. Without a
 * branch: one load of the four
 * bytes at q (the fourth is the space), and the index
 * (KO_SPLIT_QUIET_INDEX: the low two bits of the lead byte, then the six
 * of each continuation byte) gathered by one multiplication, as the
 * three fields, once masked, are apart enough that the three shifted
 * copies it adds do not overlap: bits 18-23 hold the third byte's, 24-29
 * the second's, 30-31 the lead's. */
static inline unsigned quiet_index(const u8 *q)
{
	uint32_t x;
	memcpy(&x, q, 4);
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
	x = __builtin_bswap32(x);
#endif
	return (uint32_t)((x & 0x3F3F03u) * 0x40010004u) >> 18;
}

static inline __attribute__((always_inline)) size_t scan_t(struct ko_split *s, size_t start,
                                                           skip_fn *skip, size_t w)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, i = start, r, nx;
	unsigned c;
	int l, misses = 0, k;

	for (;;) {
		/* Most bytes are letters inside a word, where no rule applies:
		 * step over them, one byte for B_PLAIN, a whole syllable (or CJK
		 * character) of valid UTF-8 for the lead byte of B_HANGUL, and
		 * stop at the first byte of any other class. The steps are those
		 * the loop always took, so the bytes the rules see are the same
		 * on any input, valid UTF-8 or not. */
#ifdef __SSE2__
		uint64_t sp, sy;
		for (int t; i + 16 <= n && (t = skip(p + i, n - i, &sp, &sy)) >= 0;) {
			/* the spaces on the way, most of which end nothing:
			 * decided here, in order, and the blocks go on. In
			 * punctuated text, those after a syllable of the block
			 * (sy) that ends no row are dropped first, by a loop
			 * with no branch on the syllable (s->bare stays 0 to
			 * the sentence's end once it is 0). The first such
			 * space would ask is_bare anyway: asked here, before
			 * the loop (its answer does not depend on when), the
			 * loop takes the first block of a sentence too */
			if (s->bare < 0 && sy)
				is_bare(s, start);
			if (s->bare == 0) {
				/* Whether the syllable before is quiet is data
				 * no processor predicts: the spaces after one
				 * are dropped first, with no branch on it. */
				uint64_t keep = sp & ~sy;
				for (uint64_t m = sp & sy; m; m &= m - 1) {
					size_t b = (size_t)__builtin_ctzll(m);
					keep |= (uint64_t)(ko_split_quiet[quiet_index(p + i + b - 3)] != 1) << b;
				}
				/* the syllable before a space of sy is known
				 * from its index: at_space_syl takes it from
				 * there */
				for (; keep; keep &= keep - 1) {
					size_t b = (size_t)__builtin_ctzll(keep);
					if (sy >> b & 1) {
						unsigned qi = quiet_index(p + i + b - 3);
						if (ko_split_quiet[qi] == 2 && i + b >= 6) {
							/* the pen list of the
							 * punctuated rows, by the
							 * syllable before, hashed */
							unsigned h = KO_SPLIT_PAIR_HASH(
							        quiet_index(p + i + b - 6), qi);
							if (!(ko_split_quiet_pair[h >> 3] >> (h & 7) & 1))
								continue;
						}
						/* (KO_SPLIT_QUIET_INDEX undone) */
						unsigned cq = (qi ^ 0x2000u) + 0xA000u;
						if (ko_is_hangul_syllable(cq)) {
							if ((r = at_space_syl(s, start, i + b, cq)) != NOPOS)
								return r;
							continue;
						}
					}
					if ((r = at_space(s, start, i + b)) != NOPOS)
						return r;
				}
				sp = 0;
			}
			for (; sp; sp &= sp - 1)
				if ((r = at_space(s, start, i + (size_t)__builtin_ctzll(sp))) != NOPOS)
					return r;
			i += (size_t)t;
			if ((size_t)t < w && i < n) {
				/* a byte that may stop it: punctuation, a line */
				if ((k = bclass[p[i]]) > B_HANGUL)
					goto stop;
				i += 1 + 2 * (size_t)k;
			}
		}
#endif
		for (; i + 12 <= n; i += 1 + 2 * (size_t)k) {
			/* four steps of at most 3 bytes need no bound check */
			if ((k = bclass[p[i]]) > B_HANGUL)
				goto stop;
			i += 1 + 2 * (size_t)k;
			if ((k = bclass[p[i]]) > B_HANGUL)
				goto stop;
			i += 1 + 2 * (size_t)k;
			if ((k = bclass[p[i]]) > B_HANGUL)
				goto stop;
			i += 1 + 2 * (size_t)k;
			if ((k = bclass[p[i]]) > B_HANGUL)
				goto stop;
		}
		while (i < n && (k = bclass[p[i]]) <= B_HANGUL)
			i += 1 + 2 * (size_t)k;
		if (i >= n)
			break;
	stop:
		switch (k) {
		case B_NL:
			if (hard_nl(s, i) || heading_next(s, i))
				return i;
			/* fall through */
		case B_SPACE:
			if ((r = at_space(s, start, i)) != NOPOS)
				return r;
			i++;
			continue;
		case B_TERM:
			if ((r = at_term(s, start, i, &nx)) != NOPOS)
				return r;
			i = nx;
			continue;
		case B_OPEN:
			if ((r = at_open(s, start, i, p[i], 1, &nx, &misses)) != NOPOS)
				return r;
			i = nx;
			continue;
		case B_ATT:
			if ((r = at_att(s, start, i, &nx)) != NOPOS)
				return r;
			i = nx;
			continue;
		case B_STAR:
			if ((r = at_bullet(s, start, i)) != NOPOS)
				return r;
			i++;
			continue;
		}
		l = dec(p, i, n, &c);
		switch (cpclass(c)) {
		case CP_SPACE:
			if ((r = at_space(s, start, i)) != NOPOS)
				return r;
			break;
		case CP_TERM:
			if ((r = at_term(s, start, i, &nx)) != NOPOS)
				return r;
			i = nx;
			continue;
		case CP_OPEN:
			if ((r = at_open(s, start, i, c, l, &nx, &misses)) != NOPOS)
				return r;
			i = nx;
			continue;
		case CP_ATT:
			if ((r = at_att(s, start, i, &nx)) != NOPOS)
				return r;
			i = nx;
			continue;
		case CP_BULLET:
			if ((r = at_bullet(s, start, i)) != NOPOS)
				return r;
			break;
		}
		i += l;
	}
	return n;
}

static size_t scan(struct ko_split *s, size_t start)
{
#ifdef __SSE2__
	return scan_t(s, start, skip_sse2, 16);
#else
	return scan_t(s, start, NULL, 0);
#endif
}

#ifdef KO_AVX2
/* With BMI1 and BMI2 too, which every processor with AVX2 has (but for
 * an odd virtual machine: asked apart): the bit loops over the spaces of a
 * block take one instruction a step where the baseline takes two or three. */
static inline int have_scan_avx2(void)
{
	return ko_have_avx2() && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
}

__attribute__((target("avx2,bmi,bmi2"))) static size_t scan_avx2(struct ko_split *s, size_t start)
{
	return scan_t(s, start, skip_avx2, 64);
}
#endif

/* ---- headings ---- */

#define HEAD_MAX_CHARS 40
#define HEAD_MAX_WORDS 8

/* A heading of two or more words with a stop whose last word looks like a
 * verb form but is a noun (표준 모형의 결함., 사건 사고., 행적 연구., 나치의
 * 박해., 구글 코리아., 통계분석 소프트웨어.): the words before it are nouns, end
 * in the genitive 의 or the particle 과/와 that joins nouns, are an
 * adnominal of ko_split_head_adn and the word with its particle before it
 * (구조에 관한 연구.), or a conjunction of ko_split_head_conj or a noun
 * before one (사건 및 사고., 주간 인구 및 야간 인구.), so nothing in the
 * line takes a predicate. A tense marker (했음, 갔고, 왔어) shows a verb, as
 * does a form of 하다 at the end of a longer word (사랑해, 공부하고): a
 * noun that looks like an ending is a loanword or a compound, and ends in
 * no 하다. [b, e) is the line without its stop, lw the start of its last
 * word. */
static int noun_phrase_head(const u8 *p, size_t b, size_t lw, size_t e, int nominal)
{
	const size_t NADN = sizeof ko_split_head_adn / sizeof ko_split_head_adn[0];
	const size_t NCONJ = sizeof ko_split_head_conj / sizeof ko_split_head_conj[0];
	if (e - lw < 6 || e - lw > 24 || (e - lw) % 3 || !is_syl(p + e - 3))
		return 0;
	for (size_t q = lw; q < e; q += 3)
		if (!is_syl(p + q) || (q + 3 < e && ko_hangul_jong(syl3(p + q)) == KO_JONG_SSANGSIOS))
			return 0;
	if (e - lw > 6) {
		unsigned c = syl3(p + e - 3);
		if (c == 0xD574 /* 해 */ || c == 0xD558 /* 하 */ || syl3(p + e - 6) == 0xD558)
			return 0;
	}
	if (nominal) {
		/* a noun in -ㅁ takes a determiner (모형의 결함, 이론적 결함,
		 * 연산에 대한 닫힘); the -ㅁ form of a verb, a subject or an
		 * adverb (연기 좋음, 슬슬 질림) */
		size_t pw = lw - 1, ps;
		unsigned c;
		if (lw < b + 4 || p[pw] != ' ' || !is_syl(p + pw - 3))
			return 0;
		for (ps = pw; ps > b && p[ps - 1] != ' '; ps--)
			;
		c = syl3(p + pw - 3);
		if (c != SYL_UI && c != 0xC801 /* 적 */ &&
		    !word_in(p, pw, ps, ko_split_head_adn, NADN, 0))
			return 0;
	}
	for (size_t ws = b, we; ws < lw; ws = we + 1) {
		int a, cls;
		unsigned c;
		for (we = ws; we < lw && p[we] != ' '; we++)
			;
		if (we == ws || we < ws + 3 || !is_syl(p + we - 3))
			continue;
		c = syl3(p + we - 3);
		if (c == SYL_UI || word_in(p, we, ws, ko_split_head_adn, NADN, 0))
			continue;
		/* a conjunction between two nouns (사건 및 사고., 원인 또는 결과.),
		 * or the particle that joins them (논란과 선고.) */
		if (word_in(p, we, ws, ko_split_head_conj, NCONJ, 0) ||
		    ((c == 0xACFC /* 과 */ || c == 0xC640 /* 와 */) && we >= ws + 6))
			continue;
		/* 구조에 관한, 평화를 위한; a noun before 및 */
		if (we + 1 < lw && (word_in(p, lw, we + 1, ko_split_head_adn, NADN, 0) ||
		                    word_in(p, lw, we + 1, ko_split_head_conj, NCONJ, 0)))
			continue;
		/* an object before a longer last word makes a clause of the
		 * line (숙주 세균을 파괴하는 바이러스.), as a heading of two
		 * syllables may have one (팀을 떠남.) */
		if ((c == 0xC744 /* 을 */ || c == 0xB97C /* 를 */) && we >= ws + 6 && e - lw > 6)
			return 0;
		cls = tail_class(p, we, ws, we, &a, 0);
		if ((cls != K_NONE && cls != K_BOUND && cls != K_TAIL && cls != K_TITLE) || a)
			return 0;
	}
	return 1;
}

/* A line with a word in 은 or 는 (a topic, or a clause's adnominal:
 * 면적이 넓은) before a last word in 다 or in the copula's connective -이자
 * is a sentence: 콜먼은 미국의 물리학자다., GNU는 운영 체제의 하나이자.
 * The noun before a contracted copula (학자다, 나라다) looks like no
 * ending to the tables, and a name ends so too (후쿠다); a heading in -다
 * is a bare verb phrase (세상을 떠나다., 친구가 되다.). [b, e) is the line
 * without its stop. */
static int topic_predicate(const u8 *p, size_t b, size_t e)
{
	size_t lw = e;
	while (lw > b && p[lw - 1] != ' ')
		lw--;
	if (lw == b || e < lw + 6 || !is_syl(p + e - 3))
		return 0;
	unsigned c = syl3(p + e - 3);
	if (c != SYL_DA && !(c == SYL_JA && e >= lw + 9 && is_syl(p + e - 6) &&
	                     syl3(p + e - 6) == SYL_I))
		return 0;
	for (size_t i = lw - 1; i > b; i--) {
		if (p[i] != ' ' || i < b + 3 || !is_syl(p + i - 3))
			continue;
		c = syl3(p + i - 3);
		if (c == SYL_EUN || c == SYL_NEUN)
			return 1;
	}
	return 0;
}

/* Some byte of p[0..n) is at least x. */
static int max_byte_at_least(const u8 *p, size_t n, u8 x)
{
	size_t i = 0;
#ifdef __SSE2__
	const __m128i top = _mm_set1_epi8((char)(x - 1));
	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		/* max(v, x - 1) == x - 1 where v < x */
		if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, top), top)) != 0xFFFF)
			return 1;
	}
#endif
	for (; i < n; i++)
		if (p[i] >= x)
			return 1;
	return 0;
}

/* The line [b, e) ends in a closing quote at q (the character last) that
 * closes a quote opened earlier in it, after a word: a quoted title. */
static int quoted_end(const u8 *p, size_t b, size_t q, unsigned last)
{
	unsigned open = last == '"' ? '"' : last == '\'' ? '\'' : last == 0x201D ? 0x201C :
	                last == 0x2019 ? 0x2018 : last == 0x300D ? 0x300C :
	                last == 0x300F ? 0x300E : 0;
	if (!open)
		return 0;
	for (size_t i = b; i < q;) {
		unsigned c;
		int l = dec(p, i, q, &c);
		if (l <= 0)
			return 0;
		/* the opener of a word that follows a space or starts the
		 * line, not after a topic, a subject or an object, which take
		 * a predicate (나는 "가자".) */
		if (c == open && (i == b || p[i - 1] == ' ') && i + (size_t)l < q) {
			unsigned d = i >= b + 7 && is_syl(p + i - 4) ? syl3(p + i - 4) : 0;
			return !(d == SYL_EUN || d == SYL_NEUN || d == 0xC744 /* 을 */ ||
			         d == 0xB97C /* 를 */ || d == SYL_I || d == 0xAC00 /* 가 */);
		}
		i += (size_t)l;
	}
	return 0;
}

int ko_split_is_heading(const char *s, size_t n)
{
	const u8 *p = (const u8 *)s;
	size_t b = 0, e = n, chars = 0, words = 1;
	int letters = 0, att;
	while (b < e && ws_at(p, b, n))
		b++;
	while (e > b && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r' || p[e - 1] == '\n'))
		e--;
	if (b == e || e - b > 4 * HEAD_MAX_CHARS)
		return 0;
	int stop = p[e - 1] == '.';
	if (stop)
		e--;
	if (b == e)
		return 0;
	/* a step of the loop below takes at most three bytes but at a byte
	 * F0..FF: without one, a line of more than 3 * HEAD_MAX_CHARS bytes
	 * has too many characters, decided without a look at each */
	if (e - b > 3 * HEAD_MAX_CHARS && !max_byte_at_least(p + b, e - b, 0xF0))
		return 0;
	/* The end first: most short lines that are no heading (a sentence on
	 * a line of its own, a list item) end in a sentence-final ending or a
	 * particle, told from their last word without a look at the rest.
	 * Every answer of 0 here is one the whole test gives: the loop below
	 * only refuses the line or counts its characters and words, and
	 * reads nothing the end depends on. */
	size_t q = back1(p, b, e);
	unsigned last;
	dec(p, q, e, &last);
	/* with the stop, a title in quotes that closes the line (기업 모토
	 * "착하게 살자"., 초기 경력과 '미학'.): a name, whatever its words */
	int quoted = stop && quoted_end(p, b, q, last);
	if (!(ko_is_hangul_syllable(last) || is_alnum(last) || last == ')' || last == ']' ||
	      last == '>' || quoted ||
	      last == 0x300B || last == 0x300D || last == 0x300F || last == 0x3009 ||
	      last == 0xFF09))
		return 0;
	int k = K_NONE;
	att = 0;
	if (ko_is_hangul_syllable(last)) {
		k = tail_class(p, e, b, e, &att, 0);
		if (k == K_BOUND || k == K_TAIL || k == K_TITLE)
			k = K_NONE;
		/* (what the end of the function refuses whatever the words;
		 * asked first, as most such lines end in a final ending,
		 * and topic_predicate reads the whole line) */
		if (att || (!stop && k != K_NONE) ||
		    (k == K_FIN && !(stop && ko_hangul_jong(last) == KO_JONG_MIEUM)))
			return 0;
		if (topic_predicate(p, b, e))
			return 0;
	}
	int depth = 0, colon = 0;
	for (size_t i = b; i < e;) {
		unsigned c;
		if (i + 3 <= e && is_syl(p + i)) { /* most characters: a letter */
			if (++chars > HEAD_MAX_CHARS)
				return 0;
			letters = 1;
			i += 3;
			continue;
		}
		int l = dec(p, i, e, &c);
		if (l <= 0)
			return 0;
		if (++chars > HEAD_MAX_CHARS)
			return 0;
		if (ko_is_space(c)) {
			if (i > b && !ws_at(p, i - 1, e) && ++words > HEAD_MAX_WORDS)
				return 0;
		} else if (c == '(') {
			depth++;
		} else if (c == ')') {
			depth -= depth > 0;
		} else if (c == ':') {
			/* a title and its subtitle (스타크래프트: 브루드 워.) */
			colon |= stop && i > b && i + 1 < e && p[i + 1] == ' ' && !ws_at(p, i - 1, e);
		} else if (stop && (depth > 0 || quoted) && (c == '?' || c == '!')) {
			/* marks inside a bracket or a quoted title of a heading
			 * with the stop: (1781년 2월? 11월?) */
		} else if (stop && c == '!' && i > b && !ws_at(p, i - 1, e) &&
		           (i + 1 >= e || p[i + 1] == ' ')) {
			/* a name with its mark (야후! 재팬.): a sentence with one
			 * ends in the final ending the end check refused */
		} else if (c == '?' || c == '!' || c == 0x2026 || c == 0x3002 || c == 0xFF1F ||
		           c == 0xFF01) {
			return 0;
		} else if (c == '.') {
			/* 1.2 or U.S. may stand in a heading; a stop after a
			 * Hangul word ends a sentence */
			if (i > b && p[i - 1] >= 0x80)
				return 0;
		} else if (ko_is_hangul_syllable(c) || is_alpha(c)) {
			letters = 1;
		}
		i += (size_t)l;
	}
	if (!letters)
		return 0;
	if (!ko_is_hangul_syllable(last))
		return 1;
	/* after a subtitle's colon, or a number before the last syllable (도쿄
	 * 23구., 제2권.), a name or a counter ends the line, not a verb */
	if (stop && !att && k != K_FIN && (colon || (e - b > 3 && is_digit(p[e - 4]))))
		return 1;
	/* A sentence that ends in a full stop ends in a sentence-final
	 * ending, never in a particle or a connective: 결과., 연구 성과.,
	 * 반응 및 애도. end in syllables that are also particles, and are
	 * headings; so is one word with a stop whose ending is final only in
	 * casual speech or links (인구., 도구., 러시아., 한국어.). Without the stop only a plain noun ending is (chat lines
	 * often stop on a connective: 이거 맛있어서). */
	if (stop && !att && words > 1 &&
	    (k == K_WEAK || k == K_LINK ||
	     (k == K_FIN && ko_hangul_jong(last) == KO_JONG_MIEUM))) {
		size_t lw = e;
		while (lw > b && p[lw - 1] != ' ')
			lw--;
		return noun_phrase_head(p, b, lw, e, ko_hangul_jong(last) == KO_JONG_MIEUM);
	}
	if (stop)
		return k != K_FIN && (words == 1 || (k != K_WEAK && k != K_LINK)) && !att;
	return k == K_NONE && !att;
}

int ko_split_line_ends(const char *s, size_t n)
{
	const u8 *p = (const u8 *)s;
	size_t b = 0, e = n;
	int att = 0;
	while (b < e && ws_at(p, b, n))
		b++;
	while (e > b && ws_at(p, back1(p, b, e), n))
		e = back1(p, b, e);
	while (e > b) {
		size_t k = back1(p, b, e);
		unsigned c;
		dec(p, k, e, &c);
		int cl = cpclass(c);
		if (cl == CP_TERM)
			return 1;
		if (cl != CP_CLOSE && !(cl == CP_OPEN && (c == '"' || c == '\'')))
			break;
		e = k;
	}
	if (e == b)
		return 0;
	/* the end of a line is a break, so an ending that is final in
	 * half-speech (뿌듯하다 after 그래도, 절반임, 좋아) ends it too */
	int cls = tail_class(p, e, b, e, &att, 0);
	return cls == K_WEAK || ends_sentence(cls, att, 0);
}

/* Where a single newline is a space (no KO_SPLIT_NEWLINE_HARD), whether
 * the line [i, e), short and without the final stop, is the start of a
 * sentence wrapped there rather than a heading. A heading stands between
 * sentence ends: the splitter ended one before it (heading_at is asked
 * only there), and the line after it starts anew. That line does not when
 * it is itself wrapped, ending mid-sentence (우리 동네 도서관은 밤 열\n시까지
 * 문을 연다. 퇴근한 직장인과), nor when it only ends the short line's
 * sentence: the two lines are one sentence to the splitter (국내 시장\n
 * 점유율은 크게 늘었다.), as a heading line, which ends in no ending, and
 * the first sentence of its section would be only if that were all the
 * section held. A blank line after the line sets it apart. The look
 * reads the two lines at most. */
static int wrapped_line(const struct ko_split *s, size_t i, size_t e)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, j = e, f, t;
	int nls = 0;
	for (; j < n && ws_at(p, j, n); j += (size_t)ws_at(p, j, n))
		nls += p[j] == '\n';
	if (j >= n || nls > 1)
		return 0;
	const u8 *nl = memchr(p + j, '\n', n - j);
	f = nl ? (size_t)(nl - p) : n;
	for (t = f; t > j && bclass[p[t - 1]] == B_SPACE; t--)
		;
	if (!ko_split_line_ends(s->p + j, t - j))
		return 1;
	/* the splitter's own sentence from the short line, in a text that
	 * ends with the next line, with nothing of the iterator's state */
	struct ko_split c;
	ko_split_init(&c, s->p, t, s->flags & ~KO_SPLIT_HEADINGS);
#ifdef KO_AVX2
	size_t end = have_scan_avx2() ? scan_avx2(&c, i) : scan(&c, i);
#else
	size_t end = scan(&c, i);
#endif
	return end >= t;
}

/* Whether the text is hard-wrapped prose, a judgement on the whole text,
 * made once when a heading is first in doubt: whether at least half of its
 * lines that have a line right below them (no blank line between) are
 * wrapped there, with at least WRAP_MIN_LINES lines that have one below.
 * A line is taken as wrapped when it ends mid-sentence (not
 * ko_split_line_ends) in a Hangul syllable (a particle, a connective
 * ending, a noun the next line goes on from) and is at least half as long
 * as the widest line: prose wrapped at a width breaks where the width
 * runs out, near it. In text with a line per paragraph (kowiki) a
 * line ends with its last sentence, and the lines without an end,
 * headings, list items, captions, formulas and code, are short beside the
 * paragraphs; so are the items of a list in a notice or a blog post
 * (examples/corpus.jsonl). There a short line without the final stop is a
 * heading by its shape, while in wrapped prose the same line is most often
 * the start of a sentence (wrapped_line). None of the 19,519 texts of the
 * 30 MB kowiki slice passes; of the same texts wrapped at 18 to 30
 * characters, about 9 in 10 of those with three lines or more do. The
 * lines that start in the first WRAP_LOOK bytes are read, twice (the
 * widest, then each line's end), so the cost per text is bounded. */
enum { WRAP_MIN_LINES = 3, WRAP_LOOK = 2048 };

static int hard_wrapped(struct ko_split *s)
{
	if (s->wrapped >= 0)
		return s->wrapped == 1;
	const u8 *p = (const u8 *)s->p, *nl;
	size_t n = s->n, i, widest = 0, runs = 0, mid = 0;
	for (i = 0; i < WRAP_LOOK && i < n; i++) {
		nl = memchr(p + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - p) : n;
		if (e - i > widest)
			widest = e - i;
		i = e;
	}
	for (i = 0; i < WRAP_LOOK && (nl = memchr(p + i, '\n', n - i)) != NULL;) {
		size_t e = (size_t)(nl - p), j = e + 1, b = i, t = e, l;
		/* a line right below: not blank, not the end of the text */
		while (j < n && p[j] != '\n' && (l = (size_t)ws_at(p, j, n)) > 0)
			j += l;
		i = j;
		if (j >= n || p[j] == '\n')
			continue;
		while (b < e && (l = (size_t)ws_at(p, b, n)) > 0)
			b += l;
		while (t > b && ws_at(p, back1(p, b, t), n))
			t = back1(p, b, t);
		if (t == b)
			continue;
		unsigned c;
		dec(p, back1(p, b, t), t, &c);
		runs++;
		mid += 2 * (t - b) >= widest && ko_is_hangul_syllable(c) &&
		       !ko_split_line_ends(s->p + b, t - b);
	}
	/* 2: a text read whole with too few lines to tell (see
	 * head_clause_line) */
	s->wrapped = runs >= WRAP_MIN_LINES ? 2 * mid >= runs : n <= WRAP_LOOK ? 2 : 0;
	return s->wrapped == 1;
}

/* Whether the word at j (after a comma) within [j, e) is a subject or a
 * topic (그는, 회사가) or a determiner (이 회사는): the first of a new
 * clause, so that 또한 or 역시 before it opens that clause
 * (ko_split_head_also) rather than leaning on a noun above. */
static int subject_next(const u8 *p, size_t j, size_t e)
{
	size_t we;
	if (j < e && p[j] == ',')
		j++;
	while (j < e && p[j] == ' ')
		j++;
	for (we = j; we < e && p[we] != ' '; we++)
		;
	if (we < j + 3 || !is_syl(p + we - 3))
		return 0;
	unsigned c = syl3(p + we - 3), d;
	if (we == j + 3) /* a determiner: 또한 이 회사는 */
		return c == SYL_I || c == 0xADF8 /* 그 */ || c == 0xC800 /* 저 */;
	if (c != SYL_EUN && c != SYL_NEUN && c != SYL_I && c != 0xAC00 /* 가 */)
		return 0;
	/* not an adnominal (같은 기간) nor a place's topic (최근에는) */
	d = is_syl(p + we - 6) ? syl3(p + we - 6) : 0;
	return d && d != 0xC5D0 /* 에 */ && !IN_LIST(ko_split_adn_stem, d);
}

/* Whether the line [b, e), short and without a stop, is the start of a
 * sentence by its words alone: the word before its last ends in a
 * particle that needs a predicate (ko_split_head_clause: 고속철도를 2004년,
 * 부산에서 세 시간), or a word before the last is a noun of three
 * syllables or more with the topic 은 or 는 (고속철도는 2004년), not an
 * adnominal form (흐르는 강, 젊은 날: ko_split_adn_stem). Of 2,453
 * kowiki headings without their stop 12 are taken so (튀니지에서 망명,
 * 김정은 정권), of 2,521 prefixes of its sentences 761. A heading's words
 * before its last are nouns, a
 * genitive, or a clause with its own adnominal verb (확립을 위한 노력), so
 * the particle stands before that verb, not before the last word. The
 * adnominal -을 (먹을 것) is short, so 을 counts in a word of three
 * syllables or more. */
static int head_clause_line(const u8 *p, size_t b, size_t e)
{
	size_t lw, pe, ps;
	while (e > b && bclass[p[e - 1]] == B_SPACE)
		e--;
	for (lw = e; lw > b && p[lw - 1] != ' '; lw--)
		;
	for (pe = lw; pe > b && p[pe - 1] == ' '; pe--)
		;
	for (ps = pe; ps > b && p[ps - 1] != ' '; ps--)
		;
	if (lw == b || pe < ps + 6 || !is_syl(p + pe - 3) || !is_syl(p + pe - 6))
		return 0;
	const struct ko_split_word *t = ko_split_head_clause;
	for (size_t k = 0; k < sizeof ko_split_head_clause / sizeof *t; k++)
		if (pe >= ps + t[k].len + 3 && !memcmp(p + pe - t[k].len, t[k].s, t[k].len))
			return t[k].len > 3 || syl3(p + pe - 3) != 0xC744 /* 을 */ || pe >= ps + 9;
	/* a topic anywhere before the last word */
	for (; pe > b; pe = ps) {
		unsigned c = pe >= b + 3 && is_syl(p + pe - 3) ? syl3(p + pe - 3) : 0;
		for (ps = pe; ps > b && p[ps - 1] != ' '; ps--)
			;
		if ((c == SYL_EUN || c == SYL_NEUN) && pe >= ps + 9 && is_syl(p + pe - 6) &&
		    is_syl(p + pe - 9) && !IN_LIST(ko_split_adn_stem, syl3(p + pe - 6)))
			return 1;
		while (ps > b && p[ps - 1] == ' ')
			ps--;
	}
	return 0;
}

/* The line that starts at i: its end (the '\n' or n) in *eol, and whether
 * it is a heading by the rule of KO_SPLIT_HEADINGS. Looks at most 5 lines
 * of at most 4 * HEAD_MAX_CHARS bytes each, so the cost per line is
 * bounded.
 * A line with WikiExtractor's final stop ends its sentence; one without it
 * is a heading only if it is no wrapped line (wrapped_line) where lines
 * are the wrapping of prose (no KO_SPLIT_NEWLINE_HARD); where every
 * newline ends a sentence, a line is a unit and its shape decides. The
 * lines below are looked at for their shape alone: short lines that run
 * to the end of the text, or more than four of them, are a list. */
static inline __attribute__((always_inline)) int heading_at(struct ko_split *s, size_t i,
                                                             size_t *eol)
{
	const u8 *p = (const u8 *)s->p;
	size_t n = s->n, lim = 4 * HEAD_MAX_CHARS + 2;
	int soft = !(s->flags & KO_SPLIT_NEWLINE_HARD), stop = 0;
	for (int k = 0; k < 5; k++) {
		const u8 *nl = memchr(p + i, '\n', n - i < lim ? n - i : lim);
		size_t e = nl ? (size_t)(nl - p) : n;
		if (!nl && n - i >= lim) /* a long line: prose */
			return k > 0;
		if (k == 0) {
			*eol = e;
			size_t t = e;
			while (t > i && bclass[p[t - 1]] == B_SPACE)
				t--;
			stop = t > i && p[t - 1] == '.';
		}
		/* (the line's answer depends on its bytes alone) */
		if (i != s->head_at) {
			s->head_at = i;
			s->head_is = ko_split_is_heading(s->p + i, e - i);
		}
		/* a line that opens with a word leaning on the one before
		 * (a particle, the copula, 대비; 역시 and 또한 in hard-wrapped
		 * text, as elsewhere they open a section's first sentence as
		 * often) goes on with the short line above it: that line is
		 * the start of a sentence wrapped there (제2 코사인 법칙\n에
		 * 극한을 취하면), not a heading; one with WikiExtractor's stop
		 * (출판 목록.) ended before it */
		if (!s->head_is)
			return k > 1 ||
			       (k == 1 &&
			        (stop || !word_in(p, e, i, ko_split_head_lean,
			                          sizeof ko_split_head_lean / sizeof ko_split_head_lean[0],
			                          0) ||
			         (word_in(p, e, i, ko_split_head_also,
			                  sizeof ko_split_head_also / sizeof ko_split_head_also[0], 0) &&
			          subject_next(p, i + 6, e))));
		/* a line whose words need a predicate opens a sentence, where
		 * lines may be wrapped: in a text hard-wrapped as a whole or
		 * one too short to tell; in one with a line per paragraph
		 * (kowiki) such a line is a formula's or a caption's remnant,
		 * which is best left out than glued to the sentence below */
		if (k == 0 && soft && !stop &&
		    (hard_wrapped(s) ? wrapped_line(s, i, e) || head_clause_line(p, i, e)
		                     : s->wrapped == 2 && head_clause_line(p, i, e)))
			return 0;
		if (e >= n)
			return 0; /* the text ends on short lines */
		/* the next non-blank line */
		for (i = e; i < n && ws_at(p, i, n); i += (size_t)ws_at(p, i, n))
			;
		if (i >= n)
			return 0;
	}
	return 0;
}

/* Under KO_SPLIT_HEADINGS, whether the line after the newline at i is a
 * heading with the final full stop WikiExtractor gives its headings: a
 * sentence it would go on into ends at the newline instead (a fragment
 * left by a formula the extractor dropped, 즉, does not take the heading
 * 양자역학의 운동량. in). Without the stop a short line inside a sentence
 * is more often a line of verse or chat than a heading. */
static int heading_next(struct ko_split *s, size_t i)
{
	if (!(s->flags & KO_SPLIT_HEADINGS))
		return 0;
	const u8 *p = (const u8 *)s->p;
	size_t eol, l;
	for (i++; i < s->n && p[i] != '\n' && (l = (size_t)ws_at(p, i, s->n)) > 0; i += l)
		;
	/* most lines are too long for a heading, or end in no stop */
	size_t lim = 4 * HEAD_MAX_CHARS + 2;
	const u8 *nl = memchr(p + i, '\n', s->n - i < lim ? s->n - i : lim);
	if (!nl)
		return 0;
	for (eol = (size_t)(nl - p); eol > i && bclass[p[eol - 1]] == B_SPACE; eol--)
		;
	return eol > i && p[eol - 1] == '.' && heading_at(s, i, &eol);
}

/* Text written without end punctuation (chat, notes, speech typed as it
 * is said): no . ? ! … within BARE_LOOK bytes from i, before a hard break,
 * nor in the sentence before (see is_bare).
 * There the half-speech endings that are also connectives (좋아, 늦어,
 * 고마워) end a sentence unless a verb follows; in punctuated text they
 * wait for punctuation, since -아/-어 links clauses in formal prose
 * (힘을 합쳐 적을 물리쳤다). */
enum { MARK_NONE, MARK_TERM, MARK_HARD };

/* The first j in [j, lim) that bare_ahead must look at: . ? ! a newline,
 * or the lead byte of the other end punctuation (ᆢ's too); lim if none. */
#ifdef KO_AVX2
/* find_bare_stop 32 bytes at a time, where the processor has AVX2: the
 * first stop, or where fewer than 32 bytes are left before lim. */
__attribute__((target("avx2"), noinline)) static size_t find_bare_stop32(const u8 *p, size_t j,
                                                                        size_t lim)
{
	const __m256i v1 = _mm256_set1_epi8('.'), v2 = _mm256_set1_epi8('?'),
	              v3 = _mm256_set1_epi8('!'), v4 = _mm256_set1_epi8('\n'),
	              v7 = _mm256_set1_epi8((char)0xEF), e1 = _mm256_set1_epi8((char)(0x80 - 0xE1)),
	              e3 = _mm256_set1_epi8(-128 + 3);
	for (; j + 32 <= lim; j += 32) {
		__m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(p + j));
		__m256i m = _mm256_or_si256(
			_mm256_or_si256(_mm256_cmpeq_epi8(v, v1), _mm256_cmpeq_epi8(v, v2)),
			_mm256_or_si256(_mm256_cmpeq_epi8(v, v3), _mm256_cmpeq_epi8(v, v4)));
		m = _mm256_or_si256(m, _mm256_or_si256(_mm256_cmpgt_epi8(e3, _mm256_add_epi8(v, e1)),
		                                       _mm256_cmpeq_epi8(v, v7)));
		unsigned bits = (unsigned)_mm256_movemask_epi8(m);
		if (bits)
			return j + (size_t)__builtin_ctz(bits);
	}
	return j;
}
#endif

#ifdef __SSE2__
/* The stops of find_bare_stop among the 16 bytes at q, a bit each. */
static inline unsigned bare_stops16(const u8 *q)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
	__m128i m = _mm_or_si128(
		_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))),
		_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))));
	/* E1..E3 as in skip16: one addition, one comparison */
	m = _mm_or_si128(m, _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 0xE1))),
	                                                _mm_set1_epi8(-128 + 3)),
	                                 _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF))));
	return (unsigned)_mm_movemask_epi8(m);
}
#endif

static inline size_t find_bare_stop(const u8 *p, size_t j, size_t lim)
{
#ifdef KO_AVX2
	if (lim - j >= 64 && ko_have_avx2()) {
		j = find_bare_stop32(p, j, lim);
		if (lim - j >= 32)
			return j; /* a stop */
	}
#endif
#ifdef __SSE2__
	for (; j + 16 <= lim; j += 16) {
		unsigned bits = bare_stops16(p + j);
		if (bits)
			return j + (size_t)__builtin_ctz(bits);
	}
	/* the last bytes: the 16 that end at lim, those before j left out */
	if (j < lim && lim >= 16) {
		unsigned bits = bare_stops16(p + lim - 16) >> (j - (lim - 16));
		return bits ? j + (size_t)__builtin_ctz(bits) : lim;
	}
#endif
	for (; j < lim; j++)
		if (p[j] == '.' || p[j] == '?' || p[j] == '!' || p[j] == '\n' || p[j] == 0xE1 ||
		    p[j] == 0xE2 || p[j] == 0xE3 || p[j] == 0xEF)
			return j;
	return lim;
}

static int bare_ahead(struct ko_split *s, size_t i)
{
	const u8 *p = (const u8 *)s->p;
	size_t lim = s->n - i > BARE_LOOK ? i + BARE_LOOK : s->n, j;
	/* what an earlier look found past i still holds: the look resumes
	 * where it stopped, so every byte is read once */
	if (s->mark < i || s->mark_kind != MARK_NONE) {
		if (s->mark >= i && s->mark_kind != MARK_NONE)
			return !(s->mark_kind == MARK_TERM && s->mark < lim);
		s->mark = i;
	}
	for (j = s->mark; (j = find_bare_stop(p, j, lim)) < lim; j++) {
		u8 b = p[j];
		/* not the dots of a word dotted for emphasis (대.박) */
		if (b == '.' && !(j + 1 < s->n && p[j + 1] >= 0xEA && p[j + 1] <= 0xED &&
		                  dotted_syllables(p, j >= i + 6 ? j - 6 : i, j, j + 1, s->n)))
			break;
		if (b == '?' || b == '!')
			break;
		if (b == '\n' && hard_nl(s, j)) {
			s->mark_kind = MARK_HARD;
			s->mark = j;
			return 1;
		}
		if ((b == 0xE1 || b == 0xE2 || b == 0xE3 || b == 0xEF) && j + 2 < s->n) {
			unsigned c = ((unsigned)(b & 0x0F) << 12) | ((unsigned)(p[j + 1] & 0x3F) << 6) |
			             (p[j + 2] & 0x3F);
			if (cpclass(c) == CP_TERM)
				break;
		}
	}
	s->mark = j;
	s->mark_kind = j < lim ? MARK_TERM : MARK_NONE;
	return j >= lim;
}

/* The byte at q, in the sentence before start (from s->prev), is an end
 * mark: a full stop that is not the dot of a dotted word (대.박), ? or !,
 * or the first byte of a Unicode end mark. */
static inline int punct_at(const struct ko_split *s, size_t q, size_t start)
{
	const u8 *p = (const u8 *)s->p;
	u8 b = p[q];
	if (b == '.')
		return !(q + 1 < s->n && p[q + 1] >= 0xEA && p[q + 1] <= 0xED &&
		         dotted_syllables(p, q >= s->prev + 6 ? q - 6 : s->prev, q, q + 1, s->n));
	return b == '?' || b == '!' ||
	       ((b == 0xE1 || b == 0xE2 || b == 0xE3 || b == 0xEF) && q + 3 <= start &&
	        cpclass(syl3(p + q)) == CP_TERM);
}

/* The sentence before start (from s->prev) holds punctuation (punct_at).
 * Punctuated text shows it at the sentence's end, most often: its last 16
 * bytes are read one by one first; the rest only at the stops of
 * find_bare_stop, so that in unpunctuated text, where the answer is no,
 * the sentence is passed over a block at a time. */
static int punct_behind(const struct ko_split *s, size_t start)
{
	size_t lim = start - s->prev > 16 ? start - 16 : s->prev;
	for (size_t q = start; q > lim; q--)
		if (punct_at(s, q - 1, start))
			return 1;
	for (size_t q = s->prev; (q = find_bare_stop((const u8 *)s->p, q, lim)) < lim; q++)
		if (punct_at(s, q, start))
			return 1;
	return 0;
}

/* Is the sentence that starts at start in unpunctuated text? Decided
 * once per sentence, and only when a rule asks. */
static int is_bare(struct ko_split *s, size_t start)
{
	if (s->bare < 0)
		s->bare = (s->prev == NOPOS || !punct_behind(s, start)) && bare_ahead(s, start);
	return s->bare;
}

/* Whether p[a, b) holds a newline: most often the one space between two
 * sentences, read without a call. */
static inline int nl_between(const u8 *p, size_t a, size_t b)
{
	if (b - a < 8) {
		for (; a < b; a++)
			if (p[a] == '\n')
				return 1;
		return 0;
	}
	return memchr(p + a, '\n', b - a) != NULL;
}

void ko_split_init(struct ko_split *s, const char *p, size_t n, int flags)
{
	s->p = p;
	s->n = n;
	s->pos = 0;
	s->flags = flags;
	s->nheadings = 0;
	s->bare = -1;
	s->prev = NOPOS;
	s->mark = 0;
	s->mark_kind = MARK_NONE;
	s->head_at = NOPOS;
	s->head_is = 0;
	s->wrapped = -1;
}

/* The sentence [i, end) ends a text or a line in a syllable: a glued
 * ending in its last word ends a sentence before it (see glued_end). */
static __attribute__((noinline)) size_t glued_last(struct ko_split *s, size_t i, size_t end)
{
	size_t g;
	if ((s->bare < 0 ? is_bare(s, i) : s->bare) &&
	    (g = glued_end(s, i, end)) != NOPOS)
		return g;
	return end;
}

int ko_split_next(struct ko_split *s, size_t *b, size_t *e)
{
	const u8 *p = (const u8 *)s->p;
	size_t i = s->pos, end;
	int l, hard;

	i = skip_ws(s, i, &hard);
	if (s->flags & KO_SPLIT_HEADINGS) {
		size_t eol = i;
		/* at the start of a line: the text's, or after a newline */
		while (i < s->n && (s->pos == 0 || nl_between(p, s->pos, i)) &&
		       heading_at(s, i, &eol)) {
			s->nheadings++;
			s->pos = eol;
			i = skip_ws(s, eol, &hard);
		}
	}
	if (i >= s->n) {
		s->pos = s->n;
		return 0;
	}
	s->bare = -1;
	if (hard || s->pos == 0)
		s->prev = NOPOS;
	else {
		/* the sentence before ended in punctuation: the text is
		 * punctuated, as is_bare would find */
		size_t q = i;
		while (q > s->prev && bclass[p[q - 1]] == B_SPACE)
			q--;
		if (q > s->prev && (p[q - 1] == '.' || p[q - 1] == '?' || p[q - 1] == '!'))
			s->bare = 0;
	}
#ifdef KO_AVX2
	end = have_scan_avx2() ? scan_avx2(s, i) : scan(s, i);
#else
	end = scan(s, i);
#endif
	/* a glued ending in the last word of a text or a line without end
	 * punctuation (수고하셨어요다음에 또 봬요) */
	if (end >= i + 9 && p[end - 1] >= 0x80 && (end == s->n || p[end] == '\n') &&
	    is_syl(p + end - 3))
		end = glued_last(s, i, end);
	s->prev = i;
	if (end <= i) /* cannot happen; never loop forever on a surprise */
		end = i + 1;
	s->pos = end;
	/* most sentences end in punctuation or a letter: nothing to trim */
	while (end > i && !(p[end - 1] < 0x80 && !ko_is_space(p[end - 1]))) {
		size_t q = back1(p, i, end);
		if ((l = ws_at(p, q, s->n)) == 0 || q + (size_t)l != end)
			break;
		end = q;
	}
	*b = i;
	*e = end;
	return 1;
}
