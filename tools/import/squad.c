/* squad.c - SQuAD and KorQuAD, 1.x and 2.x: one record per question. */
#include <stdlib.h>
#include <string.h>

#include "import.h"

struct squad {
	struct ko_buf titleq, ctxq, ctxid; /* of the current paragraph, quoted */
	struct ko_buf list, first;         /* answers of the current question */
	struct ko_buf htmlq;               /* --keep-html: the article's raw_html, quoted */
	int html_seen;                     /* --keep-html: the file had any HTML field */
	size_t nq;                         /* questions of the file so far */
};

static int squad_qa(struct imp *im, struct imp_doc *d, int qa)
{
	struct squad *s = im->state;
	if (!imp_is(d, qa, KO_JSON_OBJECT)) {
		snprintf(d->why, sizeof d->why, "question is not an object");
		return -1;
	}
	static const char *const ids[] = {"id", NULL};
	imp_begin(im);
	imp_put_id(im, d, qa, ids, NULL, ++s->nq); /* SOURCE:N, N its place in the file */
	imp_put_source(im);
	if (s->titleq.n)
		imp_put_raw(im, "title", s->titleq.p, s->titleq.n);
	imp_put_raw(im, "context_id", s->ctxid.p, s->ctxid.n);
	imp_put_raw(im, "context", s->ctxq.p, s->ctxq.n);
	if (imp_put_member(im, d, qa, "question", "question", 1) < 0)
		return -1;
	/* 1.x: answers[]; 2.x: one answer object. */
	int as = ko_json_obj_get(&d->j, qa, "answers");
	int one = ko_json_obj_get(&d->j, qa, "answer");
	struct ko_buf *list = &s->list, *first = &s->first;
	ko_buf_clear(list);
	ko_buf_clear(first);
	const char *first_start = "-1";
	size_t first_startn = 2;
	int na = 0, answer = -1;
	if (imp_is(d, as, KO_JSON_ARRAY) || imp_is(d, one, KO_JSON_OBJECT)) {
		int n = imp_is(d, as, KO_JSON_ARRAY) ? imp_tok(d, as)->size : 1;
		int c = imp_is(d, as, KO_JSON_ARRAY) ? as + 1 : one;
		ko_buf_addc(list, '[');
		for (int i = 0; i < n; i++, c = ko_json_skip(&d->j, c)) {
			int t = ko_json_obj_get(&d->j, c, "text");
			if (!imp_is(d, t, KO_JSON_STRING)) {
				snprintf(d->why, sizeof d->why, "answer without \"text\" string");
				return -1;
			}
			if (na++)
				ko_buf_addc(list, ',');
			size_t at = list->n;
			if (imp_quote_tok(d, list, t, "text") < 0)
				return -1;
			if (na == 1) {
				answer = c;
				ko_buf_add(first, list->p + at, list->n - at);
				int st = ko_json_obj_get(&d->j, c, "answer_start");
				if (imp_is(d, st, KO_JSON_PRIMITIVE)) {
					first_start = d->j.s + imp_tok(d, st)->start;
					first_startn = (size_t)(imp_tok(d, st)->end - imp_tok(d, st)->start);
				}
			}
		}
		ko_buf_addc(list, ']');
	} else if (as >= 0 || one >= 0) {
		snprintf(d->why, sizeof d->why, "\"answers\" is not an array");
		return -1;
	} else {
		ko_buf_adds(list, "[]");
	}
	imp_put_raw(im, "answer", na ? first->p : "\"\"", na ? first->n : 2);
	imp_put_raw(im, "answers", list->p, list->n);
	imp_put_raw(im, "answer_start", first_start, first_startn);
	imp_put_member_raw(im, d, qa, "is_impossible", "is_impossible");
	if (im->opt->keep_html) {
		/* KorQuAD 2.x: where the first answer is in raw_html, and raw_html. */
		int hs = answer >= 0 ? ko_json_obj_get(&d->j, answer, "html_answer_start") : -1;
		if (imp_is(d, hs, KO_JSON_PRIMITIVE)) {
			imp_put_member_raw(im, d, answer, "html_answer_start", "html_answer_start");
			s->html_seen = 1;
		}
		if (answer >= 0 &&
		    imp_put_member(im, d, answer, "html_answer_text", "html_answer_text", 0) < 0)
			return -1;
		if (s->htmlq.n)
			imp_put_raw(im, "raw_html", s->htmlq.p, s->htmlq.n);
	}
	imp_end(im);
	return 0;
}

/* A paragraph (or a 2.x article, which is its own paragraph). Its
 * context_id, SOURCE:ARTICLE-PARAGRAPH (0-based), tells paragraphs apart
 * even where their texts are equal (KorQuAD 1.0 dev repeats one context
 * in three paragraphs), so ko-qgroup makes one group per paragraph. */
static int squad_par(struct imp *im, struct imp_doc *d, int par, int art, int npar)
{
	struct squad *s = im->state;
	ko_buf_clear(&im->tmp);
	ko_buf_addf(&im->tmp, "%s:%d-%d", im->idsrc, art, npar);
	ko_buf_clear(&s->ctxid);
	ko_json_quote(&s->ctxid, im->tmp.p, im->tmp.n);
	int ctx = ko_json_obj_get(&d->j, par, "context");
	int qas = ko_json_obj_get(&d->j, par, "qas");
	if (!imp_is(d, ctx, KO_JSON_STRING) || !imp_is(d, qas, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "paragraph without \"context\" string and \"qas\" array");
		return imp_bad(im, d, par) ? 1 : 0;
	}
	ko_buf_clear(&s->ctxq);
	if (imp_quote_tok(d, &s->ctxq, ctx, "context") < 0)
		return imp_bad(im, d, par) ? 1 : 0;
	IMP_EACH(d, qas, i, qa) {
		if (squad_qa(im, d, qa) < 0) {
			if (imp_bad(im, d, qa))
				return 1;
			continue;
		}
		imp_tick(im);
	}
	return 0;
}

static int squad(struct imp *im, struct imp_doc *d)
{
	struct squad *s = im->state;
	int data = ko_json_obj_get(&d->j, 0, "data");
	if (!imp_is(d, data, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "no \"data\" array: not a SQuAD file");
		return imp_bad(im, d, 0);
	}
	s->html_seen = 0;
	s->nq = 0;
	IMP_EACH(d, data, i, art) {
		ko_buf_clear(&s->titleq);
		ko_buf_clear(&s->htmlq);
		int t = ko_json_obj_get(&d->j, art, "title");
		int h = im->opt->keep_html ? ko_json_obj_get(&d->j, art, "raw_html") : -1;
		if ((imp_is(d, t, KO_JSON_STRING) && imp_quote_tok(d, &s->titleq, t, "title") < 0) ||
		    (imp_is(d, h, KO_JSON_STRING) && imp_quote_tok(d, &s->htmlq, h, "raw_html") < 0)) {
			if (imp_bad(im, d, art))
				return 1;
			continue;
		}
		if (s->htmlq.n)
			s->html_seen = 1;
		int pars = ko_json_obj_get(&d->j, art, "paragraphs");
		if (imp_is(d, pars, KO_JSON_ARRAY)) {
			IMP_EACH(d, pars, k, par)
				if (squad_par(im, d, par, i, k))
					return 1;
		} else if (squad_par(im, d, art, i, 0)) {
			return 1;
		}
	}
	if (im->opt->keep_html && !s->html_seen)
		ko_warn("%s: --keep-html: no raw_html or html_answer_start in this file "
		        "(KorQuAD 2.x has them; 1.0 and SQuAD do not)", im->file);
	return 0;
}

static void squad_free(struct imp *im)
{
	struct squad *s = im->state;
	ko_buf_free(&s->titleq);
	ko_buf_free(&s->ctxq);
	ko_buf_free(&s->ctxid);
	ko_buf_free(&s->list);
	ko_buf_free(&s->first);
	ko_buf_free(&s->htmlq);
}

const struct imp_layout imp_squad = {
	.name = "squad",
	.doc = squad,
	.state_size = sizeof(struct squad),
	.free_state = squad_free,
	.takes = IMP_TAKES_SOURCE | IMP_TAKES_HTML,
};
