/* wiki.c - WikiExtractor output: <doc id url title> blocks, one record each. */
#include <string.h>

#include "import.h"

struct wiki {
	struct ko_buf head, text, title, line_u;
	int in;        /* inside a <doc> block */
	size_t docline, pars;
};

/* Decode the five entities WikiExtractor escapes. */
static void unescape_html(struct ko_buf *out, const char *p, size_t n)
{
	static const struct { const char *e; char c; } ents[] = {
		{"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&#39;", '\''},
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
			ko_buf_addc(out, '&');
			i = r + 1;
		}
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

/* A section heading as WikiExtractor leaves it: a short line ending in "."
 * that is not a sentence (Korean sentences end in 다, 요, 까... before the
 * period), e.g. "생애." or "클럽 경력.". */
static int is_heading(const char *p, size_t n)
{
	if (n < 2 || p[n - 1] != '.' || ko_utf8_count(p, n) > 40)
		return 0;
	if (memchr(p, '.', n - 1) || memchr(p, ',', n - 1))
		return 0;
	static const char *const ends[] = {"다", "요", "까", "죠", "네", "오", "라", "자"};
	for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
		if (n - 1 >= 3 && !memcmp(p + n - 4, ends[k], 3))
			/* One word in 요 is a noun heading: 개요, 필요. */
			return k == 1 && !memchr(p, ' ', n);
	return 1;
}

static int not_closed(struct imp *im)
{
	struct wiki *w = im->state;
	w->in = 0;
	return imp_fail(im, w->docline, w->head.p, w->head.n, "<doc> block not closed");
}

static void open_doc(struct wiki *w, const char *line, size_t len, size_t lineno)
{
	w->in = 1;
	w->docline = lineno;
	w->pars = 0;
	ko_buf_clear(&w->head);
	ko_buf_add(&w->head, line, len);
	ko_buf_clear(&w->text);
	ko_buf_clear(&w->title);
	const char *v;
	size_t vn;
	if (attr(line, len, "title", &v, &vn) == 0)
		unescape_html(&w->title, v, vn);
}

static void close_doc(struct imp *im)
{
	struct wiki *w = im->state;
	struct ko_buf *tmp = &im->tmp;
	const char *v;
	size_t vn;
	w->in = 0;
	imp_begin(im);
	imp_key(im, "id");
	if (attr(w->head.p, w->head.n, "id", &v, &vn) == 0) {
		ko_json_quote(&im->rec, v, vn);
	} else {
		ko_buf_clear(tmp);
		ko_buf_addf(tmp, "%s:%zu", im->source, w->docline);
		ko_json_quote(&im->rec, tmp->p, tmp->n);
	}
	imp_put_source(im);
	if (attr(w->head.p, w->head.n, "url", &v, &vn) == 0) {
		ko_buf_clear(tmp);
		unescape_html(tmp, v, vn);
		imp_put_str(im, "url", tmp->p, tmp->n);
	}
	imp_put_str(im, "title", w->title.p ? w->title.p : "", w->title.n);
	while (w->text.n && w->text.p[w->text.n - 1] == '\n')
		w->text.n--;
	imp_put_str(im, "text", w->text.p ? w->text.p : "", w->text.n);
	imp_end(im);
	imp_tick(im);
}

static int wiki_line(struct imp *im, const char *line, size_t len, size_t lineno)
{
	struct wiki *w = im->state;
	if (ko_utf8_check(line, len) != len)
		return imp_fail(im, lineno, line, len, "invalid UTF-8");
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
		return i < len && imp_fail(im, lineno, line, len, "text outside a <doc> block");
	}
	if (len == 6 && !memcmp(line, "</doc>", 6)) {
		close_doc(im);
		return 0;
	}
	if (len == 0)
		return 0;
	ko_buf_clear(&w->line_u);
	unescape_html(&w->line_u, line, len);
	/* The first paragraph repeats the title. */
	if (w->pars++ == 0 && w->line_u.n == w->title.n &&
	    !memcmp(w->line_u.p, w->title.p, w->title.n))
		return 0;
	if (im->opt->drop_headings && is_heading(w->line_u.p, w->line_u.n))
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
	ko_buf_free(&w->text);
	ko_buf_free(&w->title);
	ko_buf_free(&w->line_u);
}

const struct imp_layout imp_wikiextractor = {
	.name = "wikiextractor",
	.line = wiki_line,
	.end = wiki_end,
	.state_size = sizeof(struct wiki),
	.free_state = wiki_free,
	.takes = IMP_TAKES_SOURCE,
};
