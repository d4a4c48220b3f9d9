/* squad.c - SQuAD and KorQuAD, 1.x and 2.x: one record per question. */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#include "import.h"

struct squad {
	struct ko_buf titleq, ctxq, ctxid; /* of the current paragraph, quoted */
	struct ko_buf ctx, text;           /* the context and an answer, unescaped */
	struct ko_buf list, first;         /* answers of the current question */
	struct ko_buf htmlq;               /* --keep-html: the article's raw_html, quoted */
	int html_seen;                     /* --keep-html: the file had any HTML field */
	size_t nq;                         /* questions of the file so far */
	size_t no_par, no_qas;             /* empty articles and paragraphs of the file */
};

/* Answer c (the k-th, from 1) is its text at its answer_start, counted in
 * characters as SQuAD's Python does, or anywhere in the context where it
 * has none: a task built on an answer the context does not hold would
 * teach a wrong span. -1 with d->why set. */
static int check_answer(struct squad *s, struct imp_doc *d, int c, int t, int k)
{
	const char *why;
	ko_buf_clear(&s->text);
	if (ko_json_str(&d->j, t, &s->text, &why) < 0) {
		snprintf(d->why, sizeof d->why, "answer %d: %s", k, why);
		return -1;
	}
	const char *ctx = s->ctx.p ? s->ctx.p : "", *txt = s->text.p ? s->text.p : "";
	size_t cn = s->ctx.n, tn = s->text.n;
	const char *at = tn ? memmem(ctx, cn, txt, tn) : ctx;
	int st = ko_json_obj_get(&d->j, c, "answer_start");
	if (st < 0) {
		if (!at) {
			snprintf(d->why, sizeof d->why, "answer %d is not in the context", k);
			return -1;
		}
		return 0;
	}
	const struct ko_json_tok *tok = imp_tok(d, st);
	char num[24];
	int len = tok->end - tok->start;
	char *end;
	long v = -1;
	if (tok->type == KO_JSON_PRIMITIVE && len > 0 && len < (int)sizeof num) {
		memcpy(num, d->j.s + tok->start, (size_t)len);
		num[len] = 0;
		v = strtol(num, &end, 10);
		if (*end)
			v = -1;
	}
	if (v < 0) {
		snprintf(d->why, sizeof d->why, "answer %d: \"answer_start\" is not a whole number", k);
		return -1;
	}
	size_t b = ko_utf8_offset(ctx, cn, (size_t)v);
	if (b <= cn && cn - b >= tn && !memcmp(ctx + b, txt, tn))
		return 0;
	if (at)
		snprintf(d->why, sizeof d->why,
		         "answer %d is not at its answer_start %ld (the context has it at %zu)", k, v,
		         ko_utf8_count(ctx, (size_t)(at - ctx)));
	else
		snprintf(d->why, sizeof d->why, "answer %d is not in the context", k);
	return -1;
}

/* 1 if the question, string token q, is empty or blanks alone. */
static int blank_question(struct squad *s, struct imp_doc *d, int q)
{
	const char *why;
	ko_buf_clear(&s->first);
	if (ko_json_str(&d->j, q, &s->first, &why) < 0)
		return 0; /* (imp_put_member said it) */
	for (size_t i = 0, k; i < s->first.n; i += k)
		if (!(k = ko_space_len(s->first.p + i, s->first.n - i)))
			return 0;
	return 1;
}

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
	if (blank_question(s, d, ko_json_obj_get(&d->j, qa, "question"))) {
		/* a task made of it would ask nothing */
		snprintf(d->why, sizeof d->why, "empty \"question\"");
		return -1;
	}
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
			if (check_answer(s, d, c, t, na + 1) < 0)
				return -1;
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
static int squad_par(struct imp *im, struct imp_doc *d, int par, int art, int npar, int article)
{
	struct squad *s = im->state;
	ko_buf_clear(&im->tmp);
	ko_buf_addf(&im->tmp, "%s:%d-%d", im->idsrc, art, npar);
	ko_buf_clear(&s->ctxid);
	ko_json_quote(&s->ctxid, im->tmp.p, im->tmp.n);
	int ctx = ko_json_obj_get(&d->j, par, "context");
	int qas = ko_json_obj_get(&d->j, par, "qas");
	const char *why;
	if (!imp_is(d, ctx, KO_JSON_STRING) || !imp_is(d, qas, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "paragraph without \"context\" string and \"qas\" array");
		return imp_bad(im, d, par) ? 1 : 0;
	}
	ko_buf_clear(&s->ctxq);
	ko_buf_clear(&s->ctx);
	if (imp_quote_tok(d, &s->ctxq, ctx, "context") < 0 ||
	    ko_json_str(&d->j, ctx, &s->ctx, &why) < 0)
		return imp_bad(im, d, par) ? 1 : 0;
	if (!imp_tok(d, qas)->size)
		s->no_qas++;
	IMP_EACH(d, qas, i, qa) {
		if (squad_qa(im, d, qa) < 0) {
			/* which question: KorQuAD files are one line, where
			 * FILE:1 alone locates nothing */
			char was[sizeof d->why], path[80], id[48] = "";
			memcpy(was, d->why, sizeof was);
			if (article)
				snprintf(path, sizeof path, "data[%d].qas[%d]", art, i);
			else
				snprintf(path, sizeof path, "data[%d].paragraphs[%d].qas[%d]", art, npar, i);
			int it = imp_is(d, qa, KO_JSON_OBJECT) ? ko_json_obj_get(&d->j, qa, "id") : -1;
			if (it >= 0 && imp_tok(d, it)->type == KO_JSON_STRING)
				snprintf(id, sizeof id, "\"%.*s\" ", imp_tok(d, it)->end - imp_tok(d, it)->start > 40
				                                          ? 40 : imp_tok(d, it)->end - imp_tok(d, it)->start,
				         d->j.s + imp_tok(d, it)->start);
			snprintf(d->why, sizeof d->why, "qa %s(%s): %.120s", id, path, was);
			/* counted by the reason alone, not one counter a question */
			int place = snprintf(NULL, 0, "qa %s(%s): ", id, path);
			d->place = place > 0 ? (size_t)place : 0;
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
	s->no_par = s->no_qas = 0;
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
			if (!imp_tok(d, pars)->size)
				s->no_par++;
			IMP_EACH(d, pars, k, par)
				if (squad_par(im, d, par, i, k, 0))
					return 1;
		} else if (pars >= 0 || (ko_json_obj_get(&d->j, art, "context") < 0 &&
		                         ko_json_obj_get(&d->j, art, "qas") < 0)) {
			/* neither 1.x paragraphs nor a 2.x article */
			snprintf(d->why, sizeof d->why, pars >= 0 ? "\"paragraphs\" is not an array"
			                                          : "article without \"paragraphs\" array");
			if (imp_bad(im, d, art))
				return 1;
		} else if (squad_par(im, d, art, i, 0, 1)) {
			return 1;
		}
	}
	/* valid, but nothing to write: said, so that no article goes unseen */
	if (s->no_par && s->no_qas)
		ko_warn("%s: %zu article%s without paragraphs and %zu paragraph%s without "
		        "questions: no record from them",
		        im->file, s->no_par, s->no_par == 1 ? "" : "s", s->no_qas, s->no_qas == 1 ? "" : "s");
	else if (s->no_par || s->no_qas)
		ko_warn("%s: %zu %s without %s: no record from %s", im->file, s->no_par + s->no_qas,
		        s->no_par ? (s->no_par == 1 ? "article" : "articles")
		                  : (s->no_qas == 1 ? "paragraph" : "paragraphs"),
		        s->no_par ? "paragraphs" : "questions", s->no_par + s->no_qas == 1 ? "it" : "them");
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
	ko_buf_free(&s->ctx);
	ko_buf_free(&s->text);
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
