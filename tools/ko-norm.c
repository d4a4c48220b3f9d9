/* ko-norm - Unicode and whitespace normalisation for Korean text. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ko.h"

/* The options and the buffers a record is normalised in. */
struct conf {
	enum ko_nf nf;
	int html, join_lines, replace_invalid;
	int trim_lines; /* --trim-lines: indentation and code fences get no care */
	int repair; /* --repair-brackets */
	size_t max_repeat;
	int unstable; /* clean() kept a character the quick NF test flags */
	int one_line; /* a text record: a line break would cut it in two */
	struct ko_buf a, b;
	struct ko_buf turn; /* one string of an array field, unescaped */
	struct ko_buf done[KO_MAX_FIELDS]; /* the new texts of a record's fields */
	struct ko_buf answer[3];           /* a SQuAD record's new answer fields */
	struct { size_t b, e; } *pre;      /* --html: <pre> contents in the stripped text */
	size_t npre, precap;
};

static void swap(struct ko_buf *x, struct ko_buf *y)
{
	struct ko_buf t = *x;
	*x = *y;
	*y = t;
}

enum { OPT_NFKC = 0x100, OPT_HTML, OPT_JOIN, OPT_REPEAT, OPT_REPLACE, OPT_TRIM, OPT_REPAIR };

static const struct option longopts[] = {
	{"nfkc", no_argument, NULL, OPT_NFKC},
	{"html", no_argument, NULL, OPT_HTML},
	{"join-lines", no_argument, NULL, OPT_JOIN},
	{"max-repeat", required_argument, NULL, OPT_REPEAT},
	{"replace-invalid", no_argument, NULL, OPT_REPLACE},
	{"trim-lines", no_argument, NULL, OPT_TRIM},
	{"repair-brackets", no_argument, NULL, OPT_REPAIR},
	{0},
};

static void option(struct conf *c, int code, const char *arg)
{
	switch (code) {
	case OPT_NFKC: c->nf = KO_NFKC; break;
	case OPT_HTML: c->html = 1; break;
	case OPT_JOIN: c->join_lines = 1; break;
	case OPT_REPLACE: c->replace_invalid = 1; break;
	case OPT_TRIM: c->trim_lines = 1; break;
	case OPT_REPAIR: c->repair = 1; break;
	case OPT_REPEAT: c->max_repeat = (size_t)ko_opt_u64("--max-repeat", arg, 1, 1000); break;
	}
}

/* ---- HTML: tags out, entities decoded ---- */

static const struct { const char *name; uint32_t cp; } entities[] = {
	{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	{"nbsp", 0xA0}, {"middot", 0xB7}, {"hellip", 0x2026}, {"ndash", 0x2013},
	{"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
	{"rdquo", 0x201D}, {"laquo", 0xAB}, {"raquo", 0xBB}, {"bull", 0x2022},
	{"times", 0xD7}, {"divide", 0xF7}, {"copy", 0xA9}, {"reg", 0xAE},
	{"trade", 0x2122}, {"deg", 0xB0}, {"plusmn", 0xB1}, {"para", 0xB6},
	{"sect", 0xA7}, {"middot", 0xB7}, {"larr", 0x2190}, {"rarr", 0x2192},
};

/* Decode the entity at p[0] == '&'; returns bytes consumed (0: not one). */
static size_t entity(const char *p, size_t n, uint32_t *cp)
{
	size_t i = 1;
	if (i < n && p[i] == '#') {
		int hex = i + 1 < n && (p[i + 1] == 'x' || p[i + 1] == 'X');
		i += 1 + hex;
		uint32_t v = 0;
		size_t d = i;
		for (; i < n && i - d < 8; i++) {
			char c = p[i];
			int x = c >= '0' && c <= '9' ? c - '0'
			      : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
			      : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
			if (x < 0)
				break;
			v = v * (hex ? 16 : 10) + (uint32_t)x;
		}
		if (i == d || i >= n || p[i] != ';' || v == 0 || v > 0x10FFFF ||
		    (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		*cp = v;
		return i + 1;
	}
	size_t a = i;
	while (i < n && i - a < 10 && ((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z')))
		i++;
	if (i >= n || p[i] != ';')
		return 0;
	for (size_t k = 0; k < sizeof entities / sizeof entities[0]; k++)
		if (strlen(entities[k].name) == i - a && !memcmp(entities[k].name, p + a, i - a)) {
			*cp = entities[k].cp;
			return i + 1;
		}
	return 0;
}

static int tag_is(const char *p, size_t n, const char *name)
{
	size_t k = strlen(name);
	if (n < k || strncasecmp(p, name, k))
		return 0;
	return n == k || p[k] == '>' || p[k] == ' ' || p[k] == '/' || p[k] == '\t' || p[k] == '\n';
}

/* What a tag (p after its '<') leaves in the text when stripped: a line
 * break for a block (a paragraph, a list item, a table row), nothing for
 * an inline element, which marks up letters inside a word as often as
 * between words (<b>서울</b>에서, H<sub>2</sub>O; ruby's rt and rp
 * leave their text: 漢<rp>(</rp><rt>한</rt><rp>)</rp> reads 漢(한), as
 * Korean writes Hanja), and a space for the rest (a table cell, an
 * image, a tag not known), which must not glue two words together. */
static char tag_gap(const char *p, size_t n)
{
	static const char *const blocks[] = {
		"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
		"table", "ul", "ol", "dl", "dt", "dd", "hr", "pre", "section", "article", "header",
		"footer", "nav", "aside", "main", "figure", "figcaption", "caption", "address",
		"center", "thead", "tbody", "tfoot", "form", "fieldset", "legend", "details",
		"summary", "title"};
	static const char *const inlines[] = {
		"b", "i", "u", "s", "q", "a", "em", "strong", "sub", "sup", "span", "font",
		"small", "big", "mark", "abbr", "acronym", "code", "kbd", "samp", "var", "tt",
		"strike", "del", "ins", "cite", "dfn", "bdi", "bdo", "time", "data", "ruby", "rb",
		"rt", "rp", "rtc", "wbr", "nobr", "label"};
	if (n && *p == '/')
		p++, n--;
	for (size_t k = 0; k < sizeof blocks / sizeof blocks[0]; k++)
		if (tag_is(p, n, blocks[k]))
			return '\n';
	for (size_t k = 0; k < sizeof inlines / sizeof inlines[0]; k++)
		if (tag_is(p, n, inlines[k]))
			return 0;
	return ' ';
}

/* The '>' of the first "-->" in p, or NULL. */
static const char *comment_end(const char *p, size_t n)
{
	const char *e = p + n;
	for (const char *d = p; e - d >= 3 && (d = memchr(d, '-', (size_t)(e - d - 2))); d++)
		if (!memcmp(d, "-->", 3))
			return d + 2;
	return NULL;
}

/* The text between <pre> and </pre> is kept line for line by clean():
 * its indentation and runs of spaces are the layout (code, a poem, a
 * table in text), not the markup's. */
static void pre_mark(struct conf *cf, const char *t, size_t tn, size_t at, int *depth)
{
	if (cf->one_line || cf->join_lines || cf->trim_lines)
		return; /* one line asked for, or every line trimmed */
	if (!tag_is(t[0] == '/' ? t + 1 : t, t[0] == '/' ? tn - 1 : tn, "pre"))
		return;
	if (t[0] != '/') {
		if ((*depth)++)
			return;
		if (cf->npre == cf->precap) {
			cf->precap = cf->precap ? 2 * cf->precap : 4;
			cf->pre = ko_xrealloc(cf->pre, cf->precap * sizeof *cf->pre);
		}
		cf->pre[cf->npre].b = at;
		cf->pre[cf->npre++].e = (size_t)-1;
	} else if (*depth && !--*depth) {
		cf->pre[cf->npre - 1].e = at;
	}
}

static void strip_html(struct conf *cf, struct ko_buf *out, const char *p, size_t n)
{
	size_t i = 0;
	int depth = 0; /* of <pre> */
	cf->npre = 0;
	/* A search for '>' or "-->" that failed fails for the rest of the
	 * text too; not repeating it keeps a text full of '<' linear. */
	int no_gt = 0, no_comment_end = 0;
	/* the name of the inline element the last thing stripped closed,
	 * nothing since (NULL if not) */
	const char *closed = NULL;
	size_t closedn = 0;
	while (i < n) {
		char c = p[i];
		if (c == '&') {
			uint32_t cp;
			size_t k = entity(p + i, n - i, &cp);
			if (k) {
				char u[4];
				ko_buf_add(out, u, (size_t)ko_utf8_encode(cp, u));
				i += k;
				continue;
			}
		} else if (c == '<' && i + 1 < n &&
		           (p[i + 1] == '/' || p[i + 1] == '!' ||
		            ((p[i + 1] | 32) >= 'a' && (p[i + 1] | 32) <= 'z'))) {
			const char *t = p + i + 1;
			size_t tn = n - i - 1;
			const char *end;
			if (tn >= 3 && !memcmp(t, "!--", 3)) {
				end = no_comment_end ? NULL : comment_end(t + 3, tn - 3);
				no_comment_end = !end;
			} else {
				end = no_gt ? NULL : memchr(t, '>', tn);
				no_gt = !end;
			}
			if (end) {
				size_t after = (size_t)(end - p) + 1;
				/* Script and style bodies are code, not text. */
				if (tag_is(t, tn, "script") || tag_is(t, tn, "style")) {
					const char *close = tag_is(t, tn, "script") ? "</script" : "</style";
					size_t cl = strlen(close), k = after;
					while (k + cl <= n && strncasecmp(p + k, close, cl))
						k++;
					const char *e2 = k + cl <= n ? memchr(p + k, '>', n - k) : NULL;
					after = e2 ? (size_t)(e2 - p) + 1 : n;
				}
				/* a comment, like an inline tag, may sit inside a word */
				char gap = t[0] == '!' ? 0 : tag_gap(t, tn);
				int inl = !gap && t[0] != '!';
				size_t name = 0; /* the tag's name: t[0, name) or after '/' */
				while (name + 1 < tn && ko_is_ascii_alnum((unsigned char)t[name + 1]))
					name++;
				name += t[0] != '/';
				/* two elements of one kind side by side are two
				 * items (<a>홈</a><a>뉴스</a>, <span>#맛집</span><span>#서울</span>),
				 * elements of two kinds may style one word
				 * (<span>한</span><b>글</b>날); a power is written as
				 * one (2<sup>10</sup> reads 2^10, not 210; a
				 * footnote mark <sup>[1]</sup> stays as it is) */
				if (inl && t[0] != '/' && closed && closedn == name &&
				    !strncasecmp(closed, t, name) && !tag_is(t, tn, "rp") &&
				    !tag_is(t, tn, "rt"))
					gap = ' ';
				else if (inl && tag_is(t, tn, "sup") && out->n && after < n &&
				         ko_is_ascii_alnum((unsigned char)out->p[out->n - 1]) &&
				         (ko_is_ascii_alnum((unsigned char)p[after]) || p[after] == '-' ||
				          p[after] == '+'))
					gap = '^';
				if (t[0] == '/')
					pre_mark(cf, t, tn, out->n, &depth);
				if (gap)
					ko_buf_addc(out, gap);
				if (t[0] != '/')
					pre_mark(cf, t, tn, out->n, &depth);
				closed = inl && t[0] == '/' ? t + 1 : NULL;
				closedn = name;
				i = after;
				continue;
			}
		}
		ko_buf_addc(out, c);
		closed = NULL;
		i++;
	}
}

/* ---- the character pass ---- */

static int pictographic(uint32_t c)
{
	return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
	       c == 0x2764 || c == 0xFE0F;
}

/* What clean() does with one character. */
enum { KEEP, SPACE, BREAK, DROP, WIDEN };

static int classify(struct conf *cf, const char *p, size_t n, size_t i, uint32_t c, int k, uint32_t prev)
{
	/* Of the white space, the characters that end a line break it; all
	 * others, every Zs among them, fold to one space. */
	if (ko_is_space(c)) {
		if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85)
			return cf->join_lines || cf->one_line ? SPACE : BREAK;
		return SPACE;
	}
	if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
		return DROP;
	if (c < 0xA0 || ko_is_hangul_syllable(c))
		return KEEP;
	if (ko_is_halfwidth_jamo(c))
		return WIDEN;
	int cat = ko_category(c);
	/* Format characters are invisible; a zero-width joiner between two
	 * emoji builds one picture and stays. */
	if (cat == UTF8PROC_CATEGORY_CF) {
		uint32_t next = 0;
		if (i + (size_t)k < n)
			ko_utf8_decode(p + i + k, n - i - (size_t)k, &next);
		if (c == 0x200D && pictographic(prev) && pictographic(next))
			return KEEP;
		return DROP;
	}
	if (c >= 0x300 && !ko_nf_stable(c, cf->nf))
		cf->unstable = 1;
	return KEEP;
}

#ifdef __SSE2__
/* How many of the 16 bytes at u (17 readable, u at a character's start,
 * valid UTF-8) clean() keeps as they are, in a run that has begun: whole
 * characters that are printable ASCII, Hangul syllables (not the last
 * few: they go the long way), or a single space before a byte above
 * 0x20. Nearly all of Korean prose is nothing else. */
static inline size_t plain16(const unsigned char *u)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
	const __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(u + 1));
	const __m128i sign = _mm_set1_epi8((char)0x80);
	/* signed compares on bytes with the top bit flipped are unsigned */
	__m128i vs = _mm_xor_si128(v, sign), v1s = _mm_xor_si128(v1, sign);
	__m128i print = _mm_and_si128(_mm_cmpgt_epi8(vs, _mm_set1_epi8((char)(0x20 ^ 0x80))),
	                              _mm_cmplt_epi8(vs, _mm_set1_epi8((char)(0x7F ^ 0x80))));
	__m128i space = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
	                              _mm_cmpgt_epi8(v1s, _mm_set1_epi8((char)(0x20 ^ 0x80))));
	__m128i cont = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xC0)), sign);
	__m128i ld = ko_syl_leads16(v, v1);
	unsigned ok = (unsigned)_mm_movemask_epi8(
	    _mm_or_si128(_mm_or_si128(print, space), _mm_or_si128(cont, ld)));
	return ko_whole16(ok, (unsigned)_mm_movemask_epi8(ld));
}
#endif

/* Whether a text of several lines has a line after the first that is
 * indented (a tab, or two spaces: one is a stray blank, as extractors
 * leave before a paragraph): then the first line's indentation is a
 * block's too (a piece of code cut out of a function), not a stray blank
 * before a sentence. */
static int indented_below(const char *p, size_t n)
{
	for (const char *e = p + n; (p = memchr(p, '\n', (size_t)(e - p))) && ++p < e;)
		if (*p == '\t' || (*p == ' ' && p + 1 < e && (p[1] == ' ' || p[1] == '\t')))
			return 1;
	return 0;
}

/* The indentation (spaces and tabs, byte for byte) that every line of p
 * with something else on it begins with: a margin every line shares is no
 * structure, and goes (as Python's textwrap.dedent has it). */
static size_t common_indent(const char *p, size_t n)
{
	const char *e = p + n, *ref = NULL;
	size_t len = 0;
	for (const char *l = p; l < e;) {
		const char *nl = memchr(l, '\n', (size_t)(e - l));
		const char *le = nl ? nl : e;
		size_t k = 0;
		while (l + k < le && (l[k] == ' ' || l[k] == '\t'))
			k++;
		if (l + k < le && l[k] != '\r') {
			if (!ref) {
				ref = l, len = k;
			} else {
				size_t m = 0;
				while (m < len && m < k && l[m] == ref[m])
					m++;
				len = m;
			}
			if (!len)
				return 0;
		}
		l = le + 1;
	}
	return len;
}

/* The indentation of the line at p[i] (spaces and tabs), kept past the
 * margin into out but for a lone space. Returns where the line's text
 * begins; *kept is set when some indentation was written, *fence when
 * the text opens or closes a ``` or ~~~ block. */
static size_t indentation(struct ko_buf *out, const char *p, size_t n, size_t i, size_t margin,
                          int *kept, int *fence)
{
	size_t j = i;
	while (j < n && (p[j] == ' ' || p[j] == '\t'))
		j++;
	*kept = 0;
	if (j - i > margin && !(j - i == margin + 1 && p[j - 1] == ' ')) {
		ko_buf_add(out, p + i + margin, j - i - margin);
		*kept = 1;
	}
	*fence = n - j >= 3 && (!memcmp(p + j, "```", 3) || !memcmp(p + j, "~~~", 3));
	return j;
}

/* Spaces folded, invisible and control characters dropped, halfwidth
 * Hangul widened, trailing blanks of lines dropped. A text of several
 * lines keeps each line's indentation (ASCII spaces and tabs: code,
 * nested lists, verse) but the margin all its lines share and a lone
 * space (a stray blank before a paragraph, as wiki extractors leave;
 * code is indented by two or more, or by tabs), the first line's only
 * when a later line is indented too, and its lines between ``` or ~~~
 * fences keep every run of spaces (code aligned in columns); a one-line
 * text, a text record and any text under --join-lines or --trim-lines,
 * or from --html (where the indentation is the markup's, and HTML folds
 * spaces anyway) but for its <pre> contents, which keep every space and
 * tab, are trimmed and folded whole. Runs of kept characters
 * are copied whole. */
static void clean(struct conf *cf, struct ko_buf *out, const char *p, size_t n)
{
	ko_buf_reserve(out, n);
	int space = 0;      /* a space is pending */
	int line_start = 1; /* nothing written on this line yet */
	int keep = !cf->trim_lines && !cf->html && !cf->one_line && !cf->join_lines && memchr(p, '\n', n);
	size_t margin = 0;
	int fence = 0, fence_line = 0; /* inside a fenced block; this line opens or closes one */
	size_t pre = 0; /* the first <pre> content (--html) not ended before i */
	uint32_t prev = 0;
	size_t i = 0, run = 0;
	if (keep && ((p[0] != ' ' && p[0] != '\t') || indented_below(p, n))) {
		int kept;
		margin = common_indent(p, n);
		i = run = indentation(out, p, n, 0, margin, &kept, &fence_line);
		line_start = !kept;
	}
	while (i < n) {
		unsigned char b = (unsigned char)p[i];
		uint32_t c;
		int k, what;
#ifdef __SSE2__
		if (run < i && !space && !line_start && n - i >= 17) {
			/* inside a run: 16 bytes at a time while nothing changes */
			const unsigned char *u = (const unsigned char *)p;
			size_t len, from = i;
			while ((len = plain16(u + i)) == 16 && n - i - 16 >= 17)
				i += 16;
			i += len;
			if (i > from) {
				if (u[i - 1] < 0x80)
					prev = u[i - 1];
				else
					ko_utf8_decode(p + i - 3, 3, &prev);
				continue;
			}
		}
#endif
		if ((b > 0x20 && b < 0x7F) ||
		    (b == ' ' && run < i && !space && !line_start && i + 1 < n && (unsigned char)p[i + 1] > 0x20)) {
			/* A single space between words stays in the run. */
			c = b, k = 1, what = KEEP;
		} else if (b >= 0xEA && b <= 0xED && i + 3 <= n) {
			k = ko_utf8_decode(p + i, n - i, &c);
			what = ko_is_hangul_syllable(c) ? KEEP : classify(cf, p, n, i, c, k, prev);
			if (what == KEEP) {
				/* A run of syllables: nothing in it needs a look. */
				if (run == i && space && !line_start) {
					ko_buf_addc(out, ' ');
					run = i;
				}
				space = 0;
				prev = c;
				i += 3;
				const unsigned char *u = (const unsigned char *)p;
				size_t more = i;
				while (ko_syllable_bytes(u + i, n - i))
					i += 3;
				if (i > more) /* the last syllable of the run */
					ko_utf8_decode(p + i - 3, 3, &prev);
				line_start = 0;
				continue;
			}
		} else {
			k = ko_utf8_decode(p + i, n - i, &c);
			what = classify(cf, p, n, i, c, k, prev);
		}
		if (what == KEEP) {
			if (run == i && space && !line_start) {
				ko_buf_addc(out, ' ');
				run = i;
			}
			space = 0, line_start = 0;
			prev = c;
			i += (size_t)k;
			continue;
		}
		ko_buf_add(out, p + run, i - run);
		while (pre < cf->npre && cf->pre[pre].e <= i)
			pre++;
		if (what == SPACE && (fence || (pre < cf->npre && cf->pre[pre].b <= i))) {
			ko_buf_addc(out, c == '\t' ? '\t' : ' ');
			line_start = 0, prev = c;
		} else if (what == SPACE) {
			space = out->n && out->p[out->n - 1] != ' ';
		} else if (what == BREAK) {
			if (c == '\r' && i + 1 < n && p[i + 1] == '\n')
				i++;
			while (out->n && (out->p[out->n - 1] == ' ' || out->p[out->n - 1] == '\t'))
				out->n--;
			ko_buf_addc(out, '\n');
			space = 0, line_start = 1, prev = '\n';
			fence ^= fence_line;
			fence_line = 0;
			if (keep) {
				int kept;
				i = run = indentation(out, p, n, i + (size_t)k, margin, &kept, &fence_line);
				line_start = !kept;
				continue;
			}
		} else if (what == WIDEN) {
			if (space && !line_start)
				ko_buf_addc(out, ' ');
			space = 0, line_start = 0;
			ko_normalize(out, p + i, (size_t)k, KO_NFKC);
			prev = c;
		}
		i += (size_t)k;
		run = i;
	}
	ko_buf_add(out, p + run, i - run);
	while (out->n && (out->p[out->n - 1] == ' ' || out->p[out->n - 1] == '\t'))
		out->n--;
}

/* The longest unit repeated more than max_repeat times from p[i] on:
 * its bytes in *len (0: none) and its repetitions in *reps. A unit is 1
 * to 4 code points, no digits, letters or spaces: ㅋ, ^^, ㅠㅠ, ㅋㅎ. */
static void repeat_at(const char *p, size_t n, size_t i, size_t max_repeat, size_t *len,
                      size_t *reps)
{
	size_t best_len = 0, best_reps = 0;
	size_t ulen = 0;
	for (int units = 1; units <= 4; units++) {
		uint32_t c;
		if (i + ulen >= n)
			break;
		int k = ko_utf8_decode(p + i + ulen, n - i - ulen, &c);
		if (k < 0 || c < 0x21 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'))
			break;
		ulen += (size_t)k;
		/* Most places repeat nothing: one byte tells. */
		if (i + 2 * ulen > n || p[i] != p[i + ulen])
			continue;
		size_t r = 1;
		while (i + (r + 1) * ulen <= n && !memcmp(p + i, p + i + r * ulen, ulen))
			r++;
		if (r > max_repeat && r * ulen > best_reps * best_len) {
			best_len = ulen;
			best_reps = r;
		}
	}
	*len = best_len;
	*reps = best_reps;
}

/* Where repeat_at must look, from s on: returns the first offset of a
 * stretch that may hold the start of a repeat, and sets *until past its
 * end; n when no repeat starts at s or later. A unit of u code points
 * repeated more than m times is (m + 1) * u code points, none of them a
 * digit, letter or space, each equal to the one u before it from the
 * second unit on: m * u matches in a row at distance u. One pass keeps
 * the last four code points and, for each distance, the matches in a
 * row up to the current one; the first time one reaches m * u, a repeat
 * may start up to 4 * (m + 1) - 1 code points back (none can start
 * earlier: it would have been seen earlier) and none is known to start
 * after it. Nearly all text has no such place. */
static inline int unit_ascii(unsigned char b)
{
	return b > 0x20 && !(b >= '0' && b <= '9') && !((b | 32) >= 'a' && (b | 32) <= 'z');
}

static size_t repeat_from(const char *p, size_t n, size_t s, size_t m, size_t *until)
{
	const unsigned char *u = (const unsigned char *)p;
	/* The last four code points as keys: an ASCII byte, the three bytes
	 * of a three-byte character (0xE00000 and up) or any other code point
	 * (below 0x110000). ~u, never a key, stands for u back of a start. */
	uint32_t r1 = ~0u, r2 = ~1u, r3 = ~2u, r4 = ~3u;
	size_t run1 = 0, run2 = 0, run3 = 0, run4 = 0;
	size_t i = s;
	while (i < n) {
		unsigned char b = u[i];
		uint32_t c;
		size_t k;
		if (b < 0x80) {
			if (!unit_ascii(b)) {
				/* no unit holds it: the matches start again after it */
				while (++i < n && u[i] < 0x80 && !unit_ascii(u[i]))
					;
				r1 = ~0u, r2 = ~1u, r3 = ~2u, r4 = ~3u;
				run1 = run2 = run3 = run4 = 0;
				continue;
			}
			c = b, k = 1;
		} else if ((b & 0xF0) == 0xE0 && n - i >= 3) {
			c = (uint32_t)b << 16 | (uint32_t)u[i + 1] << 8 | u[i + 2], k = 3;
		} else {
			int d = ko_utf8_decode(p + i, n - i, &c);
			if (d < 0) {
				*until = n; /* not UTF-8 (never after clean): look everywhere */
				return s;
			}
			k = (size_t)d;
		}
		if (c == r1 || c == r2 || c == r3 || c == r4) {
			run1 = c == r1 ? run1 + 1 : 0;
			run2 = c == r2 ? run2 + 1 : 0;
			run3 = c == r3 ? run3 + 1 : 0;
			run4 = c == r4 ? run4 + 1 : 0;
			if (run1 >= m || run2 >= 2 * m || run3 >= 3 * m || run4 >= 4 * m) {
				*until = i + k;
				for (size_t back = 4 * (m + 1) - 1; back && i > s; back--)
					while (--i > s && (u[i] & 0xC0) == 0x80)
						;
				return i;
			}
		} else {
			run1 = run2 = run3 = run4 = 0;
		}
		r4 = r3, r3 = r2, r2 = r1, r1 = c;
		i += k;
	}
	*until = n;
	return n;
}

/* Cut runs of one unit (repeat_at) repeated more than max_repeat times
 * to max_repeat. */
static void squeeze(struct ko_buf *out, const char *p, size_t n, size_t max_repeat)
{
	size_t i = 0, run = 0; /* p[run..i) is copied as it is */
	while (i < n) {
		size_t until;
		i = repeat_from(p, n, i, max_repeat, &until);
		while (i < until) {
			size_t len, reps;
			repeat_at(p, n, i, max_repeat, &len, &reps);
			if (len) {
				ko_buf_add(out, p + run, i - run);
				ko_buf_add(out, p + i, len * max_repeat);
				i += len * reps;
				run = i;
				continue;
			}
			uint32_t c;
			int k = 1;
			if ((unsigned char)p[i] >= 0x80 && (k = ko_utf8_decode(p + i, n - i, &c)) < 0)
				k = 1;
			i += (size_t)k;
		}
	}
	ko_buf_add(out, p + run, n - run);
}

/* Whether the bracket p[i..i+len) that markup.h calls broken is one an
 * extractor left in prose, to repair: glued to the word before it, which
 * ends in a letter not ASCII or a quote (잠(), 주니어(, 1924년 ~ ), "게터웨이스"()),
 * or to any word when Hangul is left inside (DNA(, 데옥시리보핵산)); and
 * no entity in it (&lt;br&gt;: its ';' is no separator). Code and a
 * bracket set apart by a blank are not touched (Sub Main(), for (;;),
 * t = (1, ), 빈 튜플은 ()로). */
static int prose_bracket(const char *p, size_t i, size_t len)
{
	const unsigned char *u = (const unsigned char *)p;
	if (!i || u[i - 1] == ' ' || u[i - 1] == '\t' || u[i - 1] == '\n' || memchr(p + i, '&', len))
		return 0;
	if (u[i - 1] >= 0x80 || u[i - 1] == '"')
		return 1;
	for (size_t k = i; k < i + len; k++)
		if (u[k] >= 0xEA && u[k] <= 0xED)
			return 1;
	return 0;
}

/* The first byte of u[i..n) that may open a bracket ('(', '[' or the
 * lead byte of a fullwidth one), or n: most text has none for hundreds
 * of bytes, which 16 are looked at at a time. */
static size_t bracket_lead(const unsigned char *u, size_t i, size_t n)
{
#ifdef __SSE2__
	for (; n - i >= 16; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')),
		                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('['))),
		                         _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF)));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
	}
#endif
	for (; i < n; i++)
		if (u[i] == '(' || u[i] == '[' || u[i] == 0xEF)
			return i;
	return n;
}

/* --repair-brackets: p[0..n) into out with every bracket an extractor
 * left empty or broken (markup.h's bracket: 잠(), (, 1924년 ~ ), ( 또는 ))
 * repaired by ko_markup_repair, as ko-import wikiextractor repairs them.
 * 1 if anything changed. */
static int repair_brackets(struct ko_buf *out, const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t from = 0, len;
	int changed = 0;
	ko_buf_clear(out);
	for (size_t i = 0; (i = bracket_lead(u, i, n)) < n; i++) {
		if (u[i] == 0xEF && !(i + 2 < n && u[i + 1] == 0xBC && u[i + 2] == 0x88))
			continue;
		if (ko_markup_at(p, n, i, &len) != KO_MARKUP_BRACKET || !prose_bracket(p, i, len))
			continue;
		ko_buf_add(out, p + from, i - from);
		ko_buf_reserve(out, len + 1);
		from = i + ko_markup_repair(out->p, &out->n, p + i, len, n - i);
		i = from - 1, changed = 1;
	}
	if (changed)
		ko_buf_add(out, p + from, n - from);
	return changed;
}

/* --repair-brackets also: p[0..n) into out without the commas that open
 * a line, with the blanks after them, where the line goes on with more
 * and the text before it ended a sentence or a clause or a paragraph
 * (, 제8006부대는 … -> 제8006부대는 …; 시작으로,\n, 1980년 …): the name or
 * item before the comma was removed (a semicolon may open a line of
 * code: left). 1 if anything changed. */
static int lead_commas(struct ko_buf *out, const char *p, size_t n)
{
	size_t from = 0;
	int changed = 0;
	ko_buf_clear(out);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && p[i - 1] != '\n')
			continue;
		size_t k = i;
		while (k < n && (p[k] == ' ' || p[k] == '\t'))
			k++;
		if (k == n || p[k] != ',')
			continue;
		size_t e = k + 1;
		while (e < n && (p[e] == ' ' || p[e] == '\t' || p[e] == ','))
			e++;
		if (e == n || p[e] == '\n')
			continue;
		/* after a line cut mid-sentence the comma is the list's own
		 * (…(2.5%)\n, 베트남인 …): only one after the start, a blank
		 * line or a sentence's or a clause's end is left of an item */
		size_t q = i;
		while (q > 0 && (p[q - 1] == ' ' || p[q - 1] == '\t' || p[q - 1] == '\n'))
			q--;
		if (q > 0 && !strchr(".!?,;:", p[q - 1]) && !(i >= 2 && p[i - 2] == '\n'))
			continue;
		ko_buf_add(out, p + from, i - from);
		from = e, changed = 1;
	}
	if (changed)
		ko_buf_add(out, p + from, n - from);
	return changed;
}

/* Normalise p into c->b; 1 if it changed. Cleaning comes first: removing
 * an invisible character can bring a letter and its combining mark
 * together, and NFC must see them side by side. The text of r's field
 * (slot 0) is released after cleaning: p is gone after this. */
static int normalize(struct conf *c, struct ko_rec *r, const char *p, size_t n)
{
	struct ko_buf *a = &c->a, *b = &c->b;
	const char *p0 = p;
	size_t n0 = n;
	ko_buf_clear(a);
	ko_buf_clear(b);
	if (c->html) {
		strip_html(c, a, p, n);
		p = a->p ? a->p : "", n = a->n; /* all markup: no buffer yet */
	}
	c->unstable = 0;
	clean(c, b, p, n);
	int changed = b->n != n0 || memcmp(b->p ? b->p : "", p0, n0);
	if (r)
		ko_rec_text_release(r, 0);
	if (c->unstable) {
		ko_buf_clear(a);
		if (ko_normalize(a, b->p, b->n, c->nf) < 0)
			ko_die("out of memory");
		changed |= a->n != b->n || memcmp(a->p ? a->p : "", b->p ? b->p : "", b->n);
		swap(a, b);
		ko_buf_release_large(a);
	}
	/* Trim: trailing spaces never reach b, leading and trailing line
	 * breaks do. */
	size_t was = b->n;
	while (b->n && b->p[b->n - 1] == '\n')
		b->n--;
	size_t s = 0;
	while (s < b->n && b->p[s] == '\n')
		s++;
	if (s) {
		memmove(b->p, b->p + s, b->n - s);
		b->n -= s;
	}
	changed |= b->n != was;
	if (c->repair && repair_brackets(a, b->p, b->n)) {
		changed = 1;
		swap(a, b);
		ko_buf_release_large(a);
	}
	if (c->repair && memchr(b->p ? b->p : "", ',', b->n) && lead_commas(a, b->p, b->n)) {
		changed = 1;
		swap(a, b);
		ko_buf_release_large(a);
	}
	if (c->max_repeat) {
		ko_buf_clear(a);
		squeeze(a, b->p, b->n, c->max_repeat);
		changed |= a->n != b->n;
		swap(a, b);
		ko_buf_release_large(a);
	}
	return changed;
}

/* One string of an array field normalised (ko_json_str_fn). */
static int norm_str(void *ctx, const char *p, size_t n, const char **np, size_t *nn)
{
	struct conf *c = ctx;
	if (!normalize(c, NULL, p, n))
		return 0;
	*np = c->b.p, *nn = c->b.n;
	return 1;
}

/* An array field (messages, conversations, history: the strings
 * ko_json_next_str visits, a turn's content but not its role) written
 * back as JSON into out, each string normalised on its own; what is not
 * such a string is copied as it is. Returns 1 if a string changed. */
static int norm_turns(struct conf *c, const struct ko_json *j, int t, struct ko_buf *out)
{
	ko_buf_clear(out);
	return ko_json_rewrite_strs(j, t, &c->turn, out, norm_str, c) > 0;
}

/* One record: its text fields normalised, the record written. A new text
 * is kept in its own buffer (swapped out of b, not copied) and quoted
 * straight into the output, so a long field is held about twice: as read
 * and as normalised. */
static int norm(struct conf *c, struct ko_rec *r)
{
	const struct ko_opts *o = r->run->opt;
	struct ko_buf *b = &c->b;
	const char *p;
	size_t n;
	if (!r->is_json) {
		int e = ko_rec_text(r, o->field, 0, &p, &n);
		if (e)
			return e;
		c->one_line = 1;
		normalize(c, NULL, p, n);
		c->one_line = 0;
		/* a line of control characters only would be a blank line,
		 * which the next stage reads as no record: said here */
		size_t k = 0;
		while (!b->n && k < n && (p[k] == ' ' || p[k] == '\t'))
			k++;
		if (!b->n && k < n)
			return ko_rec_reject(r, "nothing left after normalising");
		ko_emit(r->run, b->p, b->n);
		return 0;
	}
	/* Without -f, the fields of every layout the record holds
	 * (ko_rec_judged), as ko-pii and ko-quality read them. */
	struct ko_field f[KO_MAX_FIELDS + 3];
	int nf = 0;
	unsigned text = 0;
	const char *name;
	/* (the layouts read without -f have no context) */
	long start = o->fields_given ? ko_rec_answer_start(r) : -1;
	size_t near = 0;
	for (int i = 0; (i = ko_rec_judged(r, i, &name)) >= 0; i++) {
		int e = ko_rec_text(r, name, 0, &p, &n);
		if (e == KO_REJECT)
			return e;
		if (e)
			continue;
		int t = ko_json_get(&r->json, name);
		if (r->json.tok[t].type == KO_JSON_ARRAY) {
			/* the turns of a conversation, each in its place */
			if (!norm_turns(c, &r->json, t, &c->done[nf]))
				continue;
			f[nf] = (struct ko_field){name, c->done[nf].p, c->done[nf].n};
			nf++;
			continue;
		}
		if (start >= 0 && !strcmp(name, "context")) {
			/* where the answer's start goes: the end of the text
			 * before it, normalised */
			size_t at = ko_utf8_offset(p, n, (size_t)start);
			normalize(c, NULL, p, at > n ? n : at);
			near = b->n;
		}
		if (!normalize(c, r, p, n))
			continue;
		swap(b, &c->done[nf]);
		f[nf] = (struct ko_field){name, c->done[nf].p ? c->done[nf].p : "", c->done[nf].n};
		text |= 1u << nf++;
	}
	if (start >= 0 && nf &&
	    ko_rec_follow_answer(r, f, &nf, &text, start, near, norm_str, c, c->answer))
		return KO_REJECT;
	if (!nf) {
		ko_pass(r);
		return 0;
	}
	ko_emit_rewrite(r, f, nf, text);
	return 0;
}

static const struct ko_tool tool = {
	.name = "ko-norm",
	.usage = "[--nfkc] [--html] [--join-lines] [--max-repeat N] [--repair-brackets]\n"
	         "               [--replace-invalid] [--trim-lines] [-f FIELD]... [shared options] [FILE...]",
	.help = "Normalise Korean text: NFC (or NFKC keeping compatibility jamo), invisible\n"
	        "and control characters removed, spaces folded and trimmed, halfwidth Hangul\n"
	        "widened. JSONL: the -f fields (repeatable; default: the text of every layout a\n"
	        "record holds, as ko-pii reads them: text, instruction, input, output, system,\n"
	        "history, messages, conversations, prompt, completion); text: each line.\n"
	        "\n"
	        "      --nfkc            NFKC instead of NFC (ㅋㅋ, ㅠㅠ stay as they are)\n"
	        "      --html            strip HTML tags and decode entities first\n"
	        "      --join-lines      newlines inside a field become spaces\n"
	        "      --max-repeat N    cut runs of one character or emoticon to N\n"
	        "      --replace-invalid replace invalid UTF-8 with U+FFFD (counted) instead\n"
	        "                        of failing the record\n"
	        "      --repair-brackets remove what an extractor left of removed items in\n"
	        "                        brackets glued to a word: 잠() -> 잠, (, 1924년) -> (1924년)\n"
	        "      --trim-lines      trim every line and fold every run of spaces, also the\n"
	        "                        indentation and code blocks of a text of several lines\n",
	.longopts = longopts,
	.max_fields = KO_MAX_FIELDS,
	.judges_text = 1,
	.unused = KO_UNUSED_SEED,
};

int main(int argc, char **argv)
{
	struct conf c = {.nf = KO_NFC};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	struct ko_run run;
	ko_open(&run, &o);
	run.repair_utf8 = c.replace_invalid;
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		norm(&c, r);
	ko_buf_free(&c.a);
	ko_buf_free(&c.b);
	ko_buf_free(&c.turn);
	free(c.pre);
	for (int i = 0; i < KO_MAX_FIELDS; i++)
		ko_buf_free(&c.done[i]);
	for (int i = 0; i < 3; i++)
		ko_buf_free(&c.answer[i]);
	return ko_close(&run);
}
