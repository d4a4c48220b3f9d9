/* wiki.c - WikiExtractor output: <doc id url title> blocks, one record each. */
#define _GNU_SOURCE /* memmem */
#include <string.h>
#include <strings.h>

#include "import.h"

struct wiki {
	struct ko_buf head, text, title, line_u, clean, heads, one;
	struct ko_buf raw; /* the block's lines as read, for --rejects */
	int in;        /* inside a <doc> block */
	size_t docline, pars;
};

/* A numeric character reference at p[0..n) ("&#39;", "&#x2F;"): its
 * length, with the code point in *cp; 0 if none or not a character that
 * text may hold. */
static size_t numeric_ref(const char *p, size_t n, uint32_t *cp)
{
	size_t i = 2;
	int hex = n > 2 && (p[2] | 0x20) == 'x';
	uint32_t v = 0;
	if (n < 4 || p[1] != '#')
		return 0;
	for (i += (size_t)hex; i < n && i < 10; i++) {
		char c = p[i];
		int d = c >= '0' && c <= '9' ? c - '0'
		      : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
		if (d < 0)
			break;
		v = v * (hex ? 16 : 10) + (uint32_t)d;
	}
	if (i >= n || p[i] != ';' || i == 2 + (size_t)hex || v < 0x20 || v > 0x10FFFF ||
	    (v >= 0xD800 && v <= 0xDFFF) || (v >= 0x7F && v < 0xA0))
		return 0;
	*cp = v;
	return i + 1;
}

/* Decode the entities WikiExtractor escapes: the five of XML, &nbsp; (as
 * a space) and numeric references. */
static void unescape_once(struct ko_buf *out, const char *p, size_t n)
{
	static const struct { const char *e; char c; } ents[] = {
		{"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&#39;", '\''},
		{"&nbsp;", ' '},
	};
	size_t i = 0;
	while (i < n) {
		const char *amp = memchr(p + i, '&', n - i);
		size_t r = amp ? (size_t)(amp - p) : n;
		ko_buf_add(out, p + i, r - i);
		if (r >= n)
			break;
		size_t k;
		for (k = 0; k < sizeof ents / sizeof ents[0]; k++) {
			size_t el = strlen(ents[k].e);
			if (n - r >= el && !memcmp(p + r, ents[k].e, el)) {
				ko_buf_addc(out, ents[k].c);
				i = r + el;
				break;
			}
		}
		if (k == sizeof ents / sizeof ents[0]) {
			uint32_t cp;
			size_t l = numeric_ref(p + r, n - r, &cp);
			if (l) {
				char u[4];
				ko_buf_add(out, u, (size_t)ko_utf8_encode(cp, u));
				i = r + l;
			} else {
				ko_buf_addc(out, '&');
				i = r + 1;
			}
		}
	}
}

/* Text escaped twice (&amp;lt;ref&amp;gt;) is decoded twice. */
static void unescape_html(struct ko_buf *out, const char *p, size_t n)
{
	size_t at = out->n, len;
	unescape_once(out, p, n);
	if (out->n == at)
		return; /* nothing, and maybe no buffer yet */
	int again = 0;
	for (const char *q = out->p + at, *e = out->p + out->n; !again && q < e; q++)
		again = *q == '&' && ko_markup_at(q, (size_t)(e - q), 0, &len) == KO_MARKUP_ENTITY;
	if (out->n - at < n && again) {
		struct ko_buf t = {0};
		ko_buf_add(&t, out->p + at, out->n - at);
		out->n = at;
		unescape_once(out, t.p, t.n);
		ko_buf_free(&t);
	}
}

/* The value of attribute name="..." in a <doc ...> line. */
static int attr(const char *p, size_t n, const char *name, const char **v, size_t *vn)
{
	size_t k = strlen(name);
	for (size_t i = 0; i + k + 2 <= n; i++) {
		if ((i == 0 || p[i - 1] == ' ') && !memcmp(p + i, name, k) && p[i + k] == '=' &&
		    p[i + k + 1] == '"') {
			const char *s = p + i + k + 2;
			const char *e = memchr(s, '"', n - (size_t)(s - p));
			if (!e)
				return -1;
			*v = s, *vn = (size_t)(e - s);
			return 0;
		}
	}
	return -1;
}

static int not_closed(struct imp *im)
{
	struct wiki *w = im->state;
	w->in = 0;
	return imp_fail(im, w->docline, w->raw.p, w->raw.n, "<doc> block not closed");
}

static void open_doc(struct wiki *w, const char *line, size_t len, size_t lineno)
{
	w->in = 1;
	w->docline = lineno;
	w->pars = 0;
	ko_buf_clear(&w->head);
	ko_buf_add(&w->head, line, len);
	ko_buf_clear(&w->raw);
	ko_buf_add(&w->raw, line, len);
	ko_buf_clear(&w->text);
	ko_buf_clear(&w->title);
	const char *v;
	size_t vn;
	if (attr(line, len, "title", &v, &vn) == 0)
		unescape_html(&w->title, v, vn);
}

/* ---- what WikiExtractor leaves behind (ko_markup_at says what it is) ---- */

/* A name in a namespace of the wiki's own pages (분류:1901년 출생), as a
 * link's target or a line WikiExtractor left: ko_markup_at does not take
 * a digit after the colon, which ordinary text has (시간:10시). */
static int wiki_namespace_line(const char *p, size_t n)
{
	static const char *const ns[] = {"분류:", "category:", "파일:", "file:", "그림:",
	                                 "image:", "틀:", "template:", "위키백과:", "wikipedia:"};
	for (size_t k = 0; k < sizeof ns / sizeof *ns; k++) {
		size_t l = strlen(ns[k]);
		if (n > l && !strncasecmp(p, ns[k], l) && p[l] != ' ')
			return 1;
	}
	return 0;
}

/* A namespace prefix of a link target ("분류:", "File:"), as opposed to an
 * interwiki prefix of at most three ASCII letters ("w:", "en:"). */
static int namespace_link(const char *p, size_t n)
{
	size_t len;
	if (wiki_namespace_line(p, n))
		return 1;
	if (ko_markup_at(p, n, 0, &len) != KO_MARKUP_NAMESPACE)
		return 0;
	for (size_t i = 0; i + 1 < len; i++)
		if ((unsigned char)p[i] >= 0x80)
			return 1;
	return len > 4;
}

/* [[...]] at p[0..n): append what the reader sees (the label, or the
 * target without an interwiki prefix); nothing for a category or file
 * link. Returns the bytes consumed. */
static size_t link(struct ko_buf *out, const char *p, size_t n)
{
	const char *q = p + 2, *end = p + n, *close = NULL;
	for (const char *k = q; k + 1 < end; k++) {
		if (k[0] == '[' && k[1] == '[')
			return 2; /* nested: only the brackets go */
		if (k[0] == ']' && k[1] == ']') {
			close = k;
			break;
		}
	}
	if (!close)
		return 2;
	const char *bar = memchr(q, '|', (size_t)(close - q));
	if (namespace_link(q, (size_t)(close - q)))
		return (size_t)(close + 2 - p);
	const char *t = q, *te = bar ? bar : close;
	const char *colon = memchr(t, ':', (size_t)(te - t));
	if (colon && colon - t <= 3)
		t = colon + 1;
	if (bar) {
		const char *lb = close;
		while (lb > bar && lb[-1] != '|')
			lb--;
		if (lb < close)
			t = lb, te = close;
	}
	ko_buf_add(out, t, (size_t)(te - t));
	return (size_t)(close + 2 - p);
}

/* The tag at p (len bytes): <ref>...</ref> goes with its content, <br> is
 * a space, any other tag goes and leaves its content. Returns the bytes
 * consumed. */
static size_t tag(struct ko_buf *out, const char *p, size_t n, size_t len)
{
	if (len >= 4 && !memcmp(p, "<ref", 4) && (p[4] == '>' || p[4] == ' ') &&
	    p[len - 2] != '/') {
		for (size_t k = len; k + 6 <= n; k++)
			if (!memcmp(p + k, "</ref>", 6))
				return k + 6;
	}
	if (len >= 3 && !memcmp(p, "<br", 3))
		ko_buf_addc(out, ' ');
	return len;
}

/* Append the paragraph p[0..n) cleaned of markup to out. Returns -1 (and
 * appends nothing) when the paragraph must go: a category line, or one
 * that lost a formula or a code sample to a placeholder, since its
 * sentences refer to what is gone. */
static int clean_line(struct ko_buf *out, const char *p, size_t n)
{
	size_t at = out->n, i = 0, len;
	if (ko_markup_at(p, n, 0, &len) == KO_MARKUP_NAMESPACE || wiki_namespace_line(p, n))
		return -1;
	while (i < n) {
		int k = ko_markup_at(p, n, i, &len);
		if (k == KO_MARKUP_NAMESPACE || k == KO_MARKUP_PARTICLE)
			k = 0; /* only a line's start is a namespace; a particle left
			        * alone is the generators' to refuse */
		switch (k) {
		case KO_MARKUP_NONE:
			if (p[i] == ' ' && out->n > at && out->p[out->n - 1] == ' ') {
				i++;
				continue;
			}
			ko_buf_addc(out, p[i++]);
			continue;
		case KO_MARKUP_PLACEHOLDER:
			out->n = at;
			return -1;
		case KO_MARKUP_LINK:
			i += p[i] == '[' ? link(out, p + i, n - i) : 2;
			continue;
		case KO_MARKUP_TAG:
			i += tag(out, p + i, n - i, len);
			continue;
		case KO_MARKUP_EMPHASIS:
			while (i < n && p[i] == '\'')
				i++;
			continue;
		case KO_MARKUP_BRACKET:
			ko_buf_reserve(out, len + 1);
			i += ko_markup_repair(out->p, &out->n, p + i, len, n - i);
			out->p[out->n] = 0;
			continue;
		default: /* entities left after decoding, templates, magic words */
			i += len;
			continue;
		}
	}
	/* trim, and drop what has no letter or digit left */
	size_t b = at;
	while (b < out->n && (out->p[b] == ' ' || out->p[b] == '\t'))
		b++;
	if (b > at) { /* else out may still have no buffer */
		memmove(out->p + at, out->p + b, out->n - b);
		out->n -= b - at;
	}
	while (out->n > at && (out->p[out->n - 1] == ' ' || out->p[out->n - 1] == '\t'))
		out->n--;
	int any = 0;
	for (size_t k = at; k < out->n && !any; k++) {
		unsigned char c = (unsigned char)out->p[k];
		any = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	}
	/* a broken category link leaves its target (분류:조선의 정치인]) */
	if (!any || wiki_namespace_line(out->p + at, out->n - at)) {
		out->n = at;
		return -1;
	}
	return 0;
}

/* A redirect page: its text begins #REDIRECT [[...]] or #넘겨주기 [[...]]. */
static int is_redirect(const char *p, size_t n)
{
	if (!n || p[0] != '#')
		return 0;
	const char *nl = memchr(p, '\n', n);
	size_t l = nl ? (size_t)(nl - p) : n;
	for (size_t i = 1; i + 1 < l; i++)
		if (p[i] == '[' && p[i + 1] == '[')
			return 1;
	return 0;
}

/* The next line of p[*i..n), advancing *i. */
static int next_line(const char *p, size_t n, size_t *i, const char **l, size_t *ln)
{
	if (*i >= n)
		return 0;
	const char *nl = memchr(p + *i, '\n', n - *i);
	*l = p + *i;
	*ln = nl ? (size_t)(nl - *l) : n - *i;
	*i += *ln + 1;
	return 1;
}

/* A heading: a line that ko_split_is_heading accepts and either ends in
 * the full stop WikiExtractor puts after headings, or is followed by
 * prose after at most three more such lines, the rule of the splitter. */
static int heading(const char *p, size_t n, size_t i, const char *l, size_t ln)
{
	if (!ko_split_is_heading(l, ln))
		return 0;
	if (l[ln - 1] == '.')
		return 1;
	for (int k = 0; k < 4; k++) {
		const char *m;
		size_t mn;
		if (!next_line(p, n, &i, &m, &mn))
			return 0;
		if (!ko_split_is_heading(m, mn))
			return 1;
	}
	return 0;
}

/* Clean the document's paragraphs; headings leave the text and go to the
 * headings array, and a blank line stands where a section begins. */
static void build_text(struct wiki *w)
{
	const char *l;
	size_t ln, i = 0;
	int pending = 0;
	ko_buf_clear(&w->clean);
	while (next_line(w->text.p, w->text.n, &i, &l, &ln)) {
		if (clean_line(&w->clean, l, ln) == 0)
			ko_buf_addc(&w->clean, '\n');
	}
	ko_buf_clear(&w->one);
	ko_buf_clear(&w->heads);
	ko_buf_addc(&w->heads, '[');
	/* a page of one line has no sections: its line is its text */
	const char *nl = w->clean.n ? memchr(w->clean.p, '\n', w->clean.n) : NULL;
	int one_line = !nl || (size_t)(nl - w->clean.p) + 1 == w->clean.n;
	i = 0;
	while (next_line(w->clean.p, w->clean.n, &i, &l, &ln)) {
		if (!one_line && heading(w->clean.p, w->clean.n, i, l, ln)) {
			if (w->heads.n > 1)
				ko_buf_addc(&w->heads, ',');
			ko_json_quote(&w->heads, l, ln - (l[ln - 1] == '.'));
			pending = 1;
			continue;
		}
		if (pending && w->one.n)
			ko_buf_addc(&w->one, '\n');
		pending = 0;
		ko_buf_add(&w->one, l, ln);
		ko_buf_addc(&w->one, '\n');
	}
	ko_buf_addc(&w->heads, ']');
	while (w->one.n && w->one.p[w->one.n - 1] == '\n')
		w->one.n--;
}

static void close_doc(struct imp *im)
{
	struct wiki *w = im->state;
	struct ko_buf *tmp = &im->tmp;
	const char *v;
	size_t vn;
	w->in = 0;
	int redirect = is_redirect(w->text.p, w->text.n);
	build_text(w);
	if (redirect)
		w->one.n = 0;
	imp_begin(im);
	imp_key(im, "id");
	if (attr(w->head.p, w->head.n, "id", &v, &vn) == 0) {
		if (imp_put_unique_id(im, v, vn) < 0)
			ko_json_quote(&im->rec, v, vn);
	} else {
		ko_buf_clear(tmp);
		ko_buf_addf(tmp, "%s:%zu", im->idsrc, w->docline);
		ko_json_quote(&im->rec, tmp->p, tmp->n);
	}
	imp_put_source(im);
	if (attr(w->head.p, w->head.n, "url", &v, &vn) == 0) {
		ko_buf_clear(tmp);
		unescape_html(tmp, v, vn);
		imp_put_str(im, "url", tmp->p, tmp->n);
	}
	imp_put_str(im, "title", w->title.p ? w->title.p : "", w->title.n);
	imp_put_str(im, "text", w->one.p ? w->one.p : "", w->one.n);
	imp_put_raw(im, "headings", w->heads.p, w->heads.n);
	imp_tick(im);
	if (w->one.n) {
		imp_end(im);
		return;
	}
	ko_buf_addc(&im->rec, '}');
	imp_reject(im, w->docline, im->rec.p, im->rec.n,
	           redirect ? "redirect" : "empty page");
}

static int wiki_line(struct imp *im, const char *line, size_t len, size_t lineno)
{
	struct wiki *w = im->state;
	char nul[48];
	const char *why = imp_line_bad(line, len, nul, sizeof nul);
	if (why)
		return imp_fail(im, lineno, line, len, why);
	int open_tag = len >= 5 && !memcmp(line, "<doc ", 5);
	/* A <doc> inside a block: the one before was cut short (a truncated
	 * file with another after it), not this one's text. */
	if (w->in && open_tag && not_closed(im))
		return 1;
	if (!w->in) {
		if (open_tag) {
			open_doc(w, line, len, lineno);
			return 0;
		}
		size_t i = 0;
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		/* WikiExtractor --json writes a record a line, which the tools
		 * read as it is */
		if (i < len && line[i] == '{' && memmem(line, len, "\"text\"", 6))
			return imp_fail(im, lineno, line, len,
			                "a JSON record, not a <doc> block: WikiExtractor --json output is "
			                "JSON Lines the tools read as they are (jq -c '. + {license: "
			                "\"CC-BY-SA-4.0\"}' adds the licence)");
		return i < len && imp_fail(im, lineno, line, len, "text outside a <doc> block");
	}
	if (len == 6 && !memcmp(line, "</doc>", 6)) {
		close_doc(im);
		return 0;
	}
	ko_buf_addc(&w->raw, '\n');
	ko_buf_add(&w->raw, line, len);
	if (len == 0)
		return 0;
	ko_buf_clear(&w->line_u);
	unescape_html(&w->line_u, line, len);
	/* The first paragraph repeats the title. */
	if (w->pars++ == 0 && w->line_u.n == w->title.n &&
	    !memcmp(w->line_u.p, w->title.p, w->title.n))
		return 0;
	ko_buf_add(&w->text, w->line_u.p, w->line_u.n);
	ko_buf_addc(&w->text, '\n');
	return 0;
}

static int wiki_end(struct imp *im)
{
	struct wiki *w = im->state;
	return w->in && not_closed(im);
}

static void wiki_free(struct imp *im)
{
	struct wiki *w = im->state;
	ko_buf_free(&w->head);
	ko_buf_free(&w->raw);
	ko_buf_free(&w->text);
	ko_buf_free(&w->title);
	ko_buf_free(&w->line_u);
	ko_buf_free(&w->clean);
	ko_buf_free(&w->heads);
	ko_buf_free(&w->one);
}

const struct imp_layout imp_wikiextractor = {
	.name = "wikiextractor",
	.line = wiki_line,
	.end = wiki_end,
	.state_size = sizeof(struct wiki),
	.free_state = wiki_free,
	.takes = IMP_TAKES_SOURCE,
};
