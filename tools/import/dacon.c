/* dacon.c - Dacon's Korean news summarisation data: JSON Lines, one
 * article per line, the same newspaper corpus as AI-Hub's 문서요약 텍스트
 * but flat (article_original is a list of sentences, abstractive a string,
 * extractive three indices into the list). The records are those of
 * aihub-summary, so one pipeline serves both. */
#include <stdlib.h>
#include <string.h>

#include "import.h"

struct dacon {
	struct imp_doc d;        /* the current line, parsed */
	struct ko_buf txt, ext;  /* text and extractive summary */
	int *stok;               /* the sentences' tokens, by index */
	unsigned char *chosen;   /* by index: in the extractive summary already */
	size_t cap;
};

/* Build and write the record of the line in a->d; NULL, or why not. */
static const char *dacon_record(struct imp *im, struct dacon *a, size_t lineno)
{
	struct imp_doc *d = &a->d;
	static const char *const ids[] = {"id", NULL};
	const char *why;
	imp_begin(im);
	imp_put_id(im, d, 0, ids, NULL, lineno);
	imp_put_source(im);
	if (imp_put_member(im, d, 0, "media", "media_name", 0) < 0)
		return d->why;
	int art = ko_json_get(&d->j, "article_original");
	if (!imp_is(d, art, KO_JSON_ARRAY))
		return "no \"article_original\" array of sentences";
	int ns = imp_tok(d, art)->size;
	if ((size_t)ns > a->cap) {
		a->cap = (size_t)ns * 2;
		a->stok = ko_xrealloc(a->stok, a->cap * sizeof *a->stok);
		a->chosen = ko_xrealloc(a->chosen, a->cap);
	}
	struct ko_buf *txt = &a->txt, *ext = &a->ext;
	ko_buf_clear(txt);
	IMP_EACH(d, art, i, s) {
		if (!imp_is(d, s, KO_JSON_STRING))
			return "\"article_original\" item is not a string";
		a->stok[i] = s;
		size_t at = txt->n;
		if (at)
			ko_buf_addc(txt, ' ');
		size_t from = txt->n;
		if (ko_json_str(&d->j, s, txt, &why) < 0) {
			snprintf(d->why, sizeof d->why, "\"article_original\": %s", why);
			return d->why;
		}
		if (txt->n == from) { /* an empty sentence: no separator either */
			txt->n = at;
			txt->p[at] = 0;
		}
	}
	imp_put_str(im, "text", txt->p ? txt->p : "", txt->n);
	if (imp_put_member(im, d, 0, "abstractive", "summary", 0) < 0)
		return d->why;
	int ex = ko_json_get(&d->j, "extractive");
	if (ex < 0 || (imp_is(d, ex, KO_JSON_PRIMITIVE) && d->j.s[imp_tok(d, ex)->start] == 'n')) {
		imp_end(im);
		return NULL;
	}
	if (!imp_is(d, ex, KO_JSON_ARRAY))
		return "\"extractive\" is not an array";
	ko_buf_clear(ext);
	if (ns)
		memset(a->chosen, 0, (size_t)ns);
	IMP_EACH(d, ex, i, e) {
		const struct ko_json_tok *x = imp_tok(d, e);
		const char *v = d->j.s + x->start;
		if (x->type == KO_JSON_PRIMITIVE && *v == 'n')
			continue; /* no sentence chosen */
		size_t len = (size_t)(x->end - x->start), k = 0;
		long want = 0;
		while (k < len && k < 9 && v[k] >= '0' && v[k] <= '9')
			want = want * 10 + (v[k++] - '0');
		if (x->type != KO_JSON_PRIMITIVE || k == 0 || k != len)
			return "\"extractive\" holds something other than sentence indices";
		if (want >= ns) {
			snprintf(d->why, sizeof d->why,
			         "\"extractive\": index %ld, but the article has %d sentences", want, ns);
			return d->why;
		}
		/* [0, 0, 0]: a sentence chosen twice is no summary of three
		 * sentences but a placeholder or a slip; the summary written
		 * would say one sentence twice */
		if (a->chosen[want]) {
			snprintf(d->why, sizeof d->why, "\"extractive\": index %ld chosen twice", want);
			return d->why;
		}
		a->chosen[want] = 1;
		if (ext->n)
			ko_buf_addc(ext, ' ');
		ko_json_str(&d->j, a->stok[want], ext, &why);
	}
	imp_put_member_raw(im, d, 0, "extractive", "extractive");
	imp_put_str(im, "extractive_summary", ext->p ? ext->p : "", ext->n);
	imp_end(im);
	return NULL;
}

static int dacon_line(struct imp *im, const char *p, size_t n, size_t lineno)
{
	struct dacon *a = im->state;
	const char *why;
	size_t i = 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (i == n)
		return 0; /* blank lines separate nothing */
	if (ko_json_parse(&a->d.j, p, n, &why) < 0)
		return imp_fail(im, lineno, p, n, why);
	why = dacon_record(im, a, lineno);
	if (why)
		return imp_fail(im, lineno, p, n, why);
	imp_tick(im);
	return 0;
}

static int dacon_end(struct imp *im)
{
	(void)im;
	return 0;
}

static void dacon_free(struct imp *im)
{
	struct dacon *a = im->state;
	ko_json_free(&a->d.j);
	ko_buf_free(&a->txt);
	ko_buf_free(&a->ext);
	free(a->stok);
	free(a->chosen);
}

const struct imp_layout imp_dacon_summary = {
	.name = "dacon-summary",
	.line = dacon_line,
	.end = dacon_end,
	.state_size = sizeof(struct dacon),
	.free_state = dacon_free,
	.takes = IMP_TAKES_SOURCE,
};
