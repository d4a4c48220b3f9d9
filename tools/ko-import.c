/* ko-import - known dataset layouts to flat JSONL records. */
#include <stdlib.h>
#include <string.h>

#include "ko.h"

enum { OPT_COLUMNS = 0x100, OPT_SOURCE, OPT_NO_HEADER, OPT_DROP_HEADINGS };

static const struct option longopts[] = {
	{"columns", required_argument, NULL, OPT_COLUMNS},
	{"source", required_argument, NULL, OPT_SOURCE},
	{"no-header", no_argument, NULL, OPT_NO_HEADER},
	{"drop-headings", no_argument, NULL, OPT_DROP_HEADINGS},
	{0},
};

static const char *columns, *source_opt;
static int no_header, drop_headings;

static void option(int c, const char *arg)
{
	switch (c) {
	case OPT_COLUMNS: columns = arg; break;
	case OPT_SOURCE: source_opt = arg; break;
	case OPT_NO_HEADER: no_header = 1; break;
	case OPT_DROP_HEADINGS: drop_headings = 1; break;
	}
}

/* ---- output records ---- */

static struct ko_buf ob, tmp, tmp2;
static struct ko_reader *cur_rd;
static int nkeys;
static const char *source; /* of the current file */

static void rec_begin(void)
{
	ko_buf_clear(&ob);
	ko_buf_addc(&ob, '{');
	nkeys = 0;
}

static void key(const char *k)
{
	if (nkeys++)
		ko_buf_addc(&ob, ',');
	ko_json_quotes(&ob, k);
	ko_buf_addc(&ob, ':');
}

static void put_str(const char *k, const char *p, size_t n)
{
	key(k);
	ko_json_quote(&ob, p, n);
}

static void put_raw(const char *k, const char *p, size_t n)
{
	key(k);
	ko_buf_add(&ob, p, n);
}

static void rec_end(void)
{
	ko_buf_addc(&ob, '}');
	ko_emit(ob.p, ob.n);
}

/* The record being built failed: report it like the line loop does. The
 * raw bytes go to --rejects as {"raw": ...}. Returns 1 to stop. */
static int fail_raw(const char *file, size_t lineno, const char *raw, size_t rawn,
                    const char *why)
{
	struct ko_rec r = {.line = raw, .len = rawn, .file = file, .lineno = lineno, .is_json = 1};
	ko_rec_fail(&r, "%s", why);
	return ko_rec_failed(&r);
}

/* ---- JSON documents (squad, aihub-*) ---- */

struct doc {
	struct ko_json j;
	const char *file;
	size_t lineat, lineno; /* line counting cache for messages */
	char why[256];         /* why the current record failed */
};

static size_t line_of(struct doc *d, int off)
{
	size_t o = off < 0 ? 0 : (size_t)off;
	if (o < d->lineat)
		d->lineat = 0, d->lineno = 1;
	for (const char *p = d->j.s + d->lineat, *e = d->j.s + o;
	     (p = memchr(p, '\n', (size_t)(e - p))); p++)
		d->lineno++;
	d->lineat = o;
	return d->lineno;
}

static const struct ko_json_tok *tok(const struct doc *d, int t)
{
	return &d->j.tok[t];
}

static int is(const struct doc *d, int t, int type)
{
	return t >= 0 && d->j.tok[t].type == type;
}

/* Append the string token t as a quoted JSON string in UTF-8. */
static int quote_tok(struct doc *d, struct ko_buf *out, int t, const char *name)
{
	const struct ko_json_tok *k = tok(d, t);
	const char *why;
	if (ko_json_requote(out, d->j.s + k->start, (size_t)(k->end - k->start), &why) < 0) {
		snprintf(d->why, sizeof d->why, "\"%s\": %s", name, why);
		return -1;
	}
	return 0;
}

/* Put string member name of object o as key k; a missing member is an
 * error when need is set, else skipped. -1 on error. */
static int put_member(struct doc *d, int o, const char *name, const char *k, int need)
{
	int t = ko_json_obj_get(&d->j, o, name);
	if (!need && (t < 0 || (tok(d, t)->type == KO_JSON_PRIMITIVE &&
	                        d->j.s[tok(d, t)->start] == 'n')))
		return 0;
	if (!is(d, t, KO_JSON_STRING)) {
		snprintf(d->why, sizeof d->why, t < 0 ? "no \"%s\" string" : "\"%s\" is not a string",
		         name);
		return -1;
	}
	key(k);
	return quote_tok(d, &ob, t, name);
}

/* Put a value as it is (arrays, numbers, booleans); absent is skipped.
 * Line breaks outside strings and the indentation after them are dropped:
 * the files are often indented, and a line break would cut the output
 * record in two. */
static void put_member_raw(struct doc *d, int o, const char *name, const char *k)
{
	int t = ko_json_obj_get(&d->j, o, name);
	if (t < 0)
		return;
	const struct ko_json_tok *x = tok(d, t);
	int lo = x->type == KO_JSON_STRING ? x->start - 1 : x->start;
	int hi = x->type == KO_JSON_STRING ? x->end + 1 : x->end;
	key(k);
	int instr = 0, indent = 0;
	for (int i = lo; i < hi; i++) {
		char c = d->j.s[i];
		if (instr && c == '\\') {
			ko_buf_add(&ob, d->j.s + i, 2);
			i++;
			continue;
		}
		if (!instr && (c == '\n' || c == '\r' || (indent && (c == ' ' || c == '\t')))) {
			indent = 1;
			continue;
		}
		indent = 0;
		if (c == '"')
			instr = !instr;
		ko_buf_addc(&ob, c);
	}
}

/* The id: a string or number member (first of the names present), as a
 * JSON string; else FILE-base:N. */
static void put_id(struct doc *d, int o, const char *const *names, const char *suffix,
                   size_t ordinal)
{
	key("id");
	for (; *names; names++) {
		int t = ko_json_obj_get(&d->j, o, *names);
		if (t < 0 || (tok(d, t)->type != KO_JSON_STRING && tok(d, t)->type != KO_JSON_PRIMITIVE))
			continue;
		const struct ko_json_tok *x = tok(d, t);
		if (x->type == KO_JSON_PRIMITIVE && !strchr("-0123456789", d->j.s[x->start]))
			continue;
		ko_buf_clear(&tmp);
		if (x->type == KO_JSON_STRING) {
			const char *why;
			if (ko_json_str(&d->j, t, &tmp, &why) < 0)
				continue;
		} else {
			ko_buf_add(&tmp, d->j.s + x->start, (size_t)(x->end - x->start));
		}
		if (suffix)
			ko_buf_adds(&tmp, suffix);
		ko_json_quote(&ob, tmp.p, tmp.n);
		return;
	}
	ko_buf_clear(&tmp);
	ko_buf_addf(&tmp, "%s:%zu%s", source, ordinal, suffix ? suffix : "");
	ko_json_quote(&ob, tmp.p, tmp.n);
}

static struct ko_buf srcq; /* source, quoted */

static void put_source(void)
{
	put_raw("source", srcq.p, srcq.n);
}

/* Report the record at token o as bad; returns 1 to stop. */
static int bad(struct doc *d, int o)
{
	const struct ko_json_tok *x = tok(d, o);
	int lo = x->type == KO_JSON_STRING ? x->start - 1 : x->start;
	int hi = x->type == KO_JSON_STRING ? x->end + 1 : x->end;
	return fail_raw(d->file, line_of(d, lo), d->j.s + lo, (size_t)(hi - lo), d->why);
}

#define EACH(d, arr, i, c) \
	for (int i = 0, c = (arr) + 1; i < tok(d, arr)->size; i++, c = ko_json_skip(&(d)->j, c))

/* The list of items of a dataset file: the root array, root.key, or
 * root[0].key (AI-Hub files wrap their list in several ways), or the root
 * object itself when it has member own. -1 if none. *single is set when
 * the root is the one item. */
static int items(struct doc *d, const char *key_, const char *own, int *single)
{
	*single = 0;
	if (is(d, 0, KO_JSON_ARRAY)) {
		int first = 1;
		if (tok(d, 0)->size > 0 && is(d, first, KO_JSON_OBJECT) && key_ &&
		    !(own && ko_json_obj_get(&d->j, first, own) >= 0)) {
			int t = ko_json_obj_get(&d->j, first, key_);
			if (is(d, t, KO_JSON_ARRAY) && tok(d, 0)->size == 1)
				return t;
		}
		return 0;
	}
	if (own && ko_json_obj_get(&d->j, 0, own) >= 0) {
		*single = 1;
		return 0;
	}
	int t = key_ ? ko_json_obj_get(&d->j, 0, key_) : -1;
	return is(d, t, KO_JSON_ARRAY) ? t : -1;
}

/* squad: one record per question. */
static struct ko_buf ctxq, titleq, ctxid;

static int squad_qa(struct doc *d, int qa)
{
	if (!is(d, qa, KO_JSON_OBJECT)) {
		snprintf(d->why, sizeof d->why, "question is not an object");
		return -1;
	}
	static const char *const ids[] = {"id", NULL};
	rec_begin();
	put_id(d, qa, ids, NULL, 0);
	put_source();
	if (titleq.n)
		put_raw("title", titleq.p, titleq.n);
	put_raw("context_id", ctxid.p, ctxid.n);
	put_raw("context", ctxq.p, ctxq.n);
	if (put_member(d, qa, "question", "question", 1) < 0)
		return -1;
	/* 1.x: answers[]; 2.x: one answer object. */
	int as = ko_json_obj_get(&d->j, qa, "answers");
	int one = ko_json_obj_get(&d->j, qa, "answer");
	static struct ko_buf list, first;
	ko_buf_clear(&list);
	ko_buf_clear(&first);
	const char *first_start = "-1";
	size_t first_startn = 2;
	int na = 0;
	if (is(d, as, KO_JSON_ARRAY) || is(d, one, KO_JSON_OBJECT)) {
		int n = is(d, as, KO_JSON_ARRAY) ? tok(d, as)->size : 1;
		int c = is(d, as, KO_JSON_ARRAY) ? as + 1 : one;
		ko_buf_addc(&list, '[');
		for (int i = 0; i < n; i++, c = ko_json_skip(&d->j, c)) {
			int t = ko_json_obj_get(&d->j, c, "text");
			if (!is(d, t, KO_JSON_STRING)) {
				snprintf(d->why, sizeof d->why, "answer without \"text\" string");
				return -1;
			}
			if (na++)
				ko_buf_addc(&list, ',');
			size_t at = list.n;
			if (quote_tok(d, &list, t, "text") < 0)
				return -1;
			if (na == 1) {
				ko_buf_add(&first, list.p + at, list.n - at);
				int s = ko_json_obj_get(&d->j, c, "answer_start");
				if (is(d, s, KO_JSON_PRIMITIVE)) {
					first_start = d->j.s + tok(d, s)->start;
					first_startn = (size_t)(tok(d, s)->end - tok(d, s)->start);
				}
			}
		}
		ko_buf_addc(&list, ']');
	} else if (as >= 0 || one >= 0) {
		snprintf(d->why, sizeof d->why, "\"answers\" is not an array");
		return -1;
	} else {
		ko_buf_adds(&list, "[]");
	}
	put_raw("answer", na ? first.p : "\"\"", na ? first.n : 2);
	put_raw("answers", list.p, list.n);
	put_raw("answer_start", first_start, first_startn);
	put_member_raw(d, qa, "is_impossible", "is_impossible");
	rec_end();
	return 0;
}

/* A paragraph (or a 2.x article, which is its own paragraph). Its
 * context_id, SOURCE:ARTICLE-PARAGRAPH (0-based), tells paragraphs apart
 * even where their texts are equal (KorQuAD 1.0 dev repeats one context
 * in three paragraphs), so ko-qgroup makes one group per paragraph. */
static int squad_par(struct doc *d, int par, int art, int npar)
{
	ko_buf_clear(&tmp);
	ko_buf_addf(&tmp, "%s:%d-%d", source, art, npar);
	ko_buf_clear(&ctxid);
	ko_json_quote(&ctxid, tmp.p, tmp.n);
	int ctx = ko_json_obj_get(&d->j, par, "context");
	int qas = ko_json_obj_get(&d->j, par, "qas");
	if (!is(d, ctx, KO_JSON_STRING) || !is(d, qas, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "paragraph without \"context\" string and \"qas\" array");
		return bad(d, par) ? 1 : 0;
	}
	ko_buf_clear(&ctxq);
	if (quote_tok(d, &ctxq, ctx, "context") < 0)
		return bad(d, par) ? 1 : 0;
	EACH(d, qas, i, qa) {
		if (squad_qa(d, qa) < 0 && bad(d, qa))
			return 1;
		ko_tick(cur_rd);
	}
	return 0;
}

static int squad(struct doc *d)
{
	int data = ko_json_obj_get(&d->j, 0, "data");
	if (!is(d, data, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "no \"data\" array: not a SQuAD file");
		return bad(d, 0);
	}
	EACH(d, data, i, art) {
		ko_buf_clear(&titleq);
		int t = ko_json_obj_get(&d->j, art, "title");
		if (is(d, t, KO_JSON_STRING) && quote_tok(d, &titleq, t, "title") < 0) {
			if (bad(d, art))
				return 1;
			continue;
		}
		int pars = ko_json_obj_get(&d->j, art, "paragraphs");
		if (is(d, pars, KO_JSON_ARRAY)) {
			EACH(d, pars, k, par)
				if (squad_par(d, par, i, k))
					return 1;
		} else if (squad_par(d, art, i, 0)) {
			return 1;
		}
	}
	return 0;
}

/* aihub-summary: 문서요약 텍스트, documents[] with text[][].sentence. */
static struct ko_buf txt, ext;

static int summary_doc(struct doc *d, int o, size_t ordinal)
{
	static const char *const ids[] = {"id", NULL};
	rec_begin();
	put_id(d, o, ids, NULL, ordinal);
	put_source();
	if (put_member(d, o, "title", "title", 0) < 0 ||
	    put_member(d, o, "category", "category", 0) < 0 ||
	    put_member(d, o, "media_name", "media_name", 0) < 0)
		return -1;
	int text = ko_json_obj_get(&d->j, o, "text");
	if (!is(d, text, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "no \"text\" array of paragraphs");
		return -1;
	}
	/* Sentences by their "index", for the extractive summary. */
	static int *sidx;
	static int *stok;
	static size_t ns, cap;
	ns = 0;
	ko_buf_clear(&txt);
	EACH(d, text, i, par) {
		if (!is(d, par, KO_JSON_ARRAY)) {
			snprintf(d->why, sizeof d->why, "\"text\" item is not an array of sentences");
			return -1;
		}
		int sep = 0;
		EACH(d, par, k, s) {
			int st = ko_json_obj_get(&d->j, s, "sentence");
			if (!is(d, st, KO_JSON_STRING)) {
				snprintf(d->why, sizeof d->why, "sentence without \"sentence\" string");
				return -1;
			}
			const char *why;
			size_t at = txt.n;
			if (sep)
				ko_buf_addc(&txt, ' ');
			size_t from = txt.n;
			if (ko_json_str(&d->j, st, &txt, &why) < 0) {
				snprintf(d->why, sizeof d->why, "\"sentence\": %s", why);
				return -1;
			}
			if (txt.n == from) { /* empty sentence: no separator either */
				txt.n = at;
				txt.p[at] = 0;
			} else {
				sep = 1;
			}
			int ix = ko_json_obj_get(&d->j, s, "index");
			if (ns == cap) {
				cap = cap ? cap * 2 : 64;
				sidx = ko_xrealloc(sidx, cap * sizeof *sidx);
				stok = ko_xrealloc(stok, cap * sizeof *stok);
			}
			sidx[ns] = is(d, ix, KO_JSON_PRIMITIVE) ? atoi(d->j.s + tok(d, ix)->start) : (int)ns;
			stok[ns++] = st;
		}
		if (sep)
			ko_buf_addc(&txt, '\n');
	}
	while (txt.n && txt.p[txt.n - 1] == '\n')
		txt.n--;
	put_str("text", txt.p, txt.n);
	int ab = ko_json_obj_get(&d->j, o, "abstractive");
	if (is(d, ab, KO_JSON_ARRAY) && tok(d, ab)->size > 0 && is(d, ab + 1, KO_JSON_STRING)) {
		key("summary");
		if (quote_tok(d, &ob, ab + 1, "abstractive") < 0)
			return -1;
	}
	int ex = ko_json_obj_get(&d->j, o, "extractive");
	if (is(d, ex, KO_JSON_ARRAY)) {
		put_member_raw(d, o, "extractive", "extractive");
		ko_buf_clear(&ext);
		EACH(d, ex, i, e) {
			if (!is(d, e, KO_JSON_PRIMITIVE) || d->j.s[tok(d, e)->start] == 'n')
				continue;
			int want = atoi(d->j.s + tok(d, e)->start);
			for (size_t s = 0; s < ns; s++)
				if (sidx[s] == want) {
					const char *why;
					if (ext.n)
						ko_buf_addc(&ext, ' ');
					ko_json_str(&d->j, stok[s], &ext, &why);
					break;
				}
		}
		put_str("extractive_summary", ext.p ? ext.p : "", ext.n);
	}
	rec_end();
	return 0;
}

static int aihub_summary(struct doc *d)
{
	int single;
	int list = items(d, "documents", "text", &single);
	if (list < 0) {
		snprintf(d->why, sizeof d->why, "no \"documents\" array: not an AI-Hub summary file");
		return bad(d, 0);
	}
	if (single)
		return summary_doc(d, 0, 1) < 0 && bad(d, 0);
	EACH(d, list, i, o) {
		if (summary_doc(d, o, (size_t)i + 1) < 0 && bad(d, o))
			return 1;
		ko_tick(cur_rd);
	}
	return 0;
}

/* aihub-book: 도서자료 요약, one passage per object. */
static int book_one(struct doc *d, int o, size_t ordinal)
{
	int meta = ko_json_obj_get(&d->j, o, "metadata");
	static const char *const ids[] = {"passage_id", "id", NULL};
	static const char *const mids[] = {"doc_id", NULL};
	rec_begin();
	if (ko_json_obj_get(&d->j, o, "passage_id") < 0 && ko_json_obj_get(&d->j, o, "id") < 0 &&
	    is(d, meta, KO_JSON_OBJECT))
		put_id(d, meta, mids, NULL, ordinal);
	else
		put_id(d, o, ids, NULL, ordinal);
	put_source();
	if (is(d, meta, KO_JSON_OBJECT) &&
	    (put_member(d, meta, "doc_name", "title", 0) < 0 ||
	     put_member(d, meta, "kdc_label", "category", 0) < 0 ||
	     put_member(d, meta, "author", "author", 0) < 0))
		return -1;
	if (put_member(d, o, "passage", "text", 1) < 0 || put_member(d, o, "summary", "summary", 0) < 0)
		return -1;
	rec_end();
	return 0;
}

static int aihub_book(struct doc *d)
{
	int single;
	int list = items(d, "data", "passage", &single);
	if (list < 0) {
		snprintf(d->why, sizeof d->why, "no \"passage\": not an AI-Hub book summary file");
		return bad(d, 0);
	}
	if (single)
		return book_one(d, 0, 1) < 0 && bad(d, 0);
	EACH(d, list, i, o) {
		if (book_one(d, o, (size_t)i + 1) < 0 && bad(d, o))
			return 1;
		ko_tick(cur_rd);
	}
	return 0;
}

/* aihub-paper: 논문자료 요약, data[].summary_section[0]. */
static int paper_one(struct doc *d, int o, size_t ordinal)
{
	static const char *const ids[] = {"doc_id", "id", NULL};
	rec_begin();
	put_id(d, o, ids, NULL, ordinal);
	put_source();
	if (put_member(d, o, "title", "title", 0) < 0)
		return -1;
	int sec = ko_json_obj_get(&d->j, o, "summary_section");
	if (!is(d, sec, KO_JSON_ARRAY) || tok(d, sec)->size < 1 || !is(d, sec + 1, KO_JSON_OBJECT)) {
		snprintf(d->why, sizeof d->why, "no \"summary_section\" array of objects");
		return -1;
	}
	/* The published files misspell the key; accept the right one too. */
	int orig = ko_json_obj_get(&d->j, sec + 1, "orginal_text");
	if (put_member(d, sec + 1, orig >= 0 ? "orginal_text" : "original_text", "text", 1) < 0 ||
	    put_member(d, sec + 1, "summary_text", "summary", 0) < 0)
		return -1;
	rec_end();
	return 0;
}

static int aihub_paper(struct doc *d)
{
	int single;
	int list = items(d, "data", "summary_section", &single);
	if (list < 0) {
		snprintf(d->why, sizeof d->why, "no \"data\" array: not an AI-Hub paper summary file");
		return bad(d, 0);
	}
	if (single)
		return paper_one(d, 0, 1) < 0 && bad(d, 0);
	EACH(d, list, i, o) {
		if (paper_one(d, o, (size_t)i + 1) < 0 && bad(d, o))
			return 1;
		ko_tick(cur_rd);
	}
	return 0;
}

/* aihub-commonsense: 일반상식 문장 생성, one record per scene sentence. */
static struct ko_buf concepts;

static int commonsense_one(struct doc *d, int o, size_t ordinal, int *stop)
{
	int cs = ko_json_obj_get(&d->j, o, "concepts");
	int gs = ko_json_obj_get(&d->j, o, "genSentences");
	if (!is(d, cs, KO_JSON_ARRAY) || !is(d, gs, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "no \"concepts\" and \"genSentences\" arrays");
		return -1;
	}
	ko_buf_clear(&concepts);
	ko_buf_addc(&concepts, '[');
	EACH(d, cs, i, c) {
		int st = is(d, c, KO_JSON_STRING) ? c : ko_json_obj_get(&d->j, c, "stem");
		if (!is(d, st, KO_JSON_STRING)) {
			snprintf(d->why, sizeof d->why, "concept without \"stem\" string");
			return -1;
		}
		if (i)
			ko_buf_addc(&concepts, ',');
		if (quote_tok(d, &concepts, st, "stem") < 0)
			return -1;
	}
	ko_buf_addc(&concepts, ']');
	static const char *const ids[] = {"concept_set_id", "id", NULL};
	size_t n = 0;
	EACH(d, gs, i, g) {
		int sc = ko_json_obj_get(&d->j, g, "label-scenes");
		if (is(d, g, KO_JSON_STRING))
			sc = g;
		int many = is(d, sc, KO_JSON_ARRAY);
		int cnt = many ? tok(d, sc)->size : 1;
		/* Without label-scenes s is -1: one bad sentence, nothing to skip. */
		for (int k = 0, s = many ? sc + 1 : sc; k < cnt;
		     k++, s = s < 0 ? s : ko_json_skip(&d->j, s)) {
			if (!is(d, s, KO_JSON_STRING)) {
				snprintf(d->why, sizeof d->why, "sentence without \"label-scenes\" string");
				if (bad(d, g)) {
					*stop = 1;
					return 0;
				}
				continue;
			}
			char suf[32];
			snprintf(suf, sizeof suf, "-%zu", ++n);
			rec_begin();
			put_id(d, o, ids, suf, ordinal);
			put_source();
			put_raw("concepts", concepts.p, concepts.n);
			key("text");
			if (quote_tok(d, &ob, s, "label-scenes") < 0) {
				if (bad(d, g)) {
					*stop = 1;
					return 0;
				}
				continue;
			}
			rec_end();
			ko_tick(cur_rd);
		}
	}
	return 0;
}

static int aihub_commonsense(struct doc *d)
{
	int single, stop = 0;
	int list = items(d, "data", "concepts", &single);
	if (list < 0) {
		snprintf(d->why, sizeof d->why, "no \"concepts\": not an AI-Hub commonsense file");
		return bad(d, 0);
	}
	if (single)
		return (commonsense_one(d, 0, 1, &stop) < 0 && bad(d, 0)) || stop;
	EACH(d, list, i, o) {
		if (commonsense_one(d, o, (size_t)i + 1, &stop) < 0 && bad(d, o))
			return 1;
		if (stop)
			return 1;
	}
	return 0;
}

/* aihub-ethics: 텍스트 윤리검증, talksets of labelled sentences. */
static int ethics_set(struct doc *d, int o, size_t ordinal, int *stop)
{
	int ss = ko_json_obj_get(&d->j, o, "sentences");
	if (!is(d, ss, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "talkset without \"sentences\" array");
		return -1;
	}
	static const char *const tids[] = {"id", NULL};
	static struct ko_buf talk;
	/* The talkset id as a JSON string, for every sentence. */
	rec_begin();
	put_id(d, o, tids, NULL, ordinal);
	ko_buf_clear(&talk);
	ko_buf_add(&talk, ob.p + 6, ob.n - 6);
	EACH(d, ss, i, s) {
		char suf[32];
		snprintf(suf, sizeof suf, "-%d", i + 1);
		/* Sentence ids restart in every talkset: prefix the talkset's. */
		rec_begin();
		key("id");
		ko_buf_clear(&tmp);
		const char *why;
		ko_json_unescape(&tmp, talk.p + 1, talk.n - 2, &why);
		int sid = is(d, s, KO_JSON_OBJECT) ? ko_json_obj_get(&d->j, s, "id") : -1;
		if (is(d, sid, KO_JSON_PRIMITIVE) || is(d, sid, KO_JSON_STRING)) {
			ko_buf_addc(&tmp, '-');
			if (is(d, sid, KO_JSON_STRING))
				ko_json_str(&d->j, sid, &tmp, &why);
			else
				ko_buf_add(&tmp, d->j.s + tok(d, sid)->start,
				           (size_t)(tok(d, sid)->end - tok(d, sid)->start));
		} else {
			ko_buf_adds(&tmp, suf);
		}
		ko_json_quote(&ob, tmp.p, tmp.n);
		put_source();
		put_raw("talkset", talk.p, talk.n);
		if (!is(d, s, KO_JSON_OBJECT) || put_member(d, s, "text", "text", 1) < 0) {
			if (!is(d, s, KO_JSON_OBJECT))
				snprintf(d->why, sizeof d->why, "sentence is not an object");
			if (bad(d, s)) {
				*stop = 1;
				return 0;
			}
			continue;
		}
		put_member_raw(d, s, "speaker", "speaker");
		put_member_raw(d, s, "types", "types");
		put_member_raw(d, s, "is_immoral", "is_immoral");
		put_member_raw(d, s, "intensity", "intensity");
		rec_end();
		ko_tick(cur_rd);
	}
	return 0;
}

static int aihub_ethics(struct doc *d)
{
	int single, stop = 0;
	int list = items(d, "data", "sentences", &single);
	if (list < 0) {
		snprintf(d->why, sizeof d->why, "no talksets: not an AI-Hub ethics file");
		return bad(d, 0);
	}
	if (single)
		return (ethics_set(d, 0, 1, &stop) < 0 && bad(d, 0)) || stop;
	EACH(d, list, i, o) {
		if (ethics_set(d, o, (size_t)i + 1, &stop) < 0 && bad(d, o))
			return 1;
		if (stop)
			return 1;
	}
	return 0;
}

static int (*json_format)(struct doc *);

static void set_source(const char *file)
{
	const char *s = strrchr(file, '/');
	source = source_opt ? source_opt : s ? s + 1 : file;
	ko_buf_clear(&srcq);
	ko_json_quotes(&srcq, source);
}

static int json_loop(struct ko_reader *rd)
{
	static struct doc d;
	const char *p;
	size_t n;
	cur_rd = rd;
	while (ko_reader_next_file(rd, &p, &n)) {
		const char *why;
		size_t at;
		d.file = ko_reader_name(rd);
		d.lineat = 0, d.lineno = 1;
		set_source(d.file);
		/* A guess at the token count saves most of jsmn's regrowth. */
		if (!d.j.jsmntok || (size_t)d.j.jcap < n / 24) {
			free(d.j.jsmntok);
			d.j.jcap = (int)(n / 24 < 64 ? 64 : n / 24 > (1u << 30) ? (1u << 30) : n / 24);
			d.j.jsmntok = ko_xmalloc((size_t)d.j.jcap * sizeof(struct ko_json_tok));
		}
		if (ko_json_parse_doc(&d.j, p, n, &why, &at) < 0) {
			/* Only the line where parsing stopped goes to rejects. */
			d.j.s = p;
			size_t line = line_of(&d, (int)(at < n ? at : n));
			const char *a = p + at, *b = p + at;
			while (a > p && a[-1] != '\n' && p + at - a < 512)
				a--;
			while (b < p + n && *b != '\n' && b - (p + at) < 512)
				b++;
			if (fail_raw(d.file, line, a, (size_t)(b - a), why))
				return 1;
			continue;
		}
		if (json_format(&d))
			return 1;
		if (ko_writer_error(ko_out))
			return 1;
	}
	ko_json_free(&d.j);
	return 0;
}

/* ---- wikiextractor: <doc id url title> blocks ---- */

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

static int wiki_loop(struct ko_reader *rd)
{
	static struct ko_buf head, text, title, line_u;
	const char *line, *file = NULL;
	size_t len, docline = 0, pars = 0;
	int newfile, in = 0;
	while (ko_reader_next(rd, &line, &len, &newfile)) {
		if (newfile) {
			if (in && fail_raw(file, docline, head.p, head.n, "<doc> block not closed"))
				return 1;
			in = 0;
			file = ko_reader_name(rd);
			set_source(file);
		}
		size_t lineno = ko_reader_lineno(rd);
		if (ko_utf8_check(line, len) != len) {
			if (fail_raw(file, lineno, line, len, "invalid UTF-8"))
				return 1;
			continue;
		}
		int open_tag = len >= 5 && !memcmp(line, "<doc ", 5);
		/* A <doc> inside a block: the one before was cut short (a
		 * truncated file with another after it), not this one's text. */
		if (in && open_tag) {
			if (fail_raw(file, docline, head.p, head.n, "<doc> block not closed"))
				return 1;
			in = 0;
		}
		if (!in) {
			if (open_tag) {
				in = 1;
				docline = lineno;
				pars = 0;
				ko_buf_clear(&head);
				ko_buf_add(&head, line, len);
				ko_buf_clear(&text);
				ko_buf_clear(&title);
				const char *v;
				size_t vn;
				if (attr(line, len, "title", &v, &vn) == 0)
					unescape_html(&title, v, vn);
				continue;
			}
			size_t i = 0;
			while (i < len && (line[i] == ' ' || line[i] == '\t'))
				i++;
			if (i < len && fail_raw(file, lineno, line, len, "text outside a <doc> block"))
				return 1;
			continue;
		}
		if (len == 6 && !memcmp(line, "</doc>", 6)) {
			in = 0;
			const char *v;
			size_t vn;
			rec_begin();
			key("id");
			if (attr(head.p, head.n, "id", &v, &vn) == 0) {
				ko_json_quote(&ob, v, vn);
			} else {
				ko_buf_clear(&tmp);
				ko_buf_addf(&tmp, "%s:%zu", source, docline);
				ko_json_quote(&ob, tmp.p, tmp.n);
			}
			put_source();
			if (attr(head.p, head.n, "url", &v, &vn) == 0) {
				ko_buf_clear(&tmp);
				unescape_html(&tmp, v, vn);
				put_str("url", tmp.p, tmp.n);
			}
			put_str("title", title.p ? title.p : "", title.n);
			while (text.n && text.p[text.n - 1] == '\n')
				text.n--;
			put_str("text", text.p ? text.p : "", text.n);
			rec_end();
			ko_tick(rd);
			if (ko_writer_error(ko_out))
				return 1;
			continue;
		}
		if (len == 0)
			continue;
		ko_buf_clear(&line_u);
		unescape_html(&line_u, line, len);
		/* The first paragraph repeats the title. */
		if (pars++ == 0 && line_u.n == title.n && !memcmp(line_u.p, title.p, title.n))
			continue;
		if (drop_headings && is_heading(line_u.p, line_u.n))
			continue;
		ko_buf_add(&text, line_u.p, line_u.n);
		ko_buf_addc(&text, '\n');
	}
	if (in && fail_raw(file, docline, head.p, head.n, "<doc> block not closed"))
		return 1;
	return 0;
}

/* ---- csv, tsv and KoBEST: RFC 4180 records ---- */

/* Fields of one record: contents in fbuf, field k is fbuf[fo[k], fo[k+1]). */
static struct ko_buf fbuf, rawrec;
static size_t *fo;
static size_t nfo, fcap;

static void field_end(void)
{
	if (nfo + 2 > fcap) {
		fcap = fcap ? fcap * 2 : 64;
		fo = ko_xrealloc(fo, fcap * sizeof *fo);
	}
	fo[++nfo] = fbuf.n;
}

static int nfields(void) { return (int)nfo; }
static const char *fld(int k, size_t *n)
{
	*n = fo[k + 1] - fo[k];
	return fbuf.p + fo[k];
}

/* Parse one line into the current record. A quote opens a quoted field
 * only at the start of a field (elsewhere it is a plain character, as most
 * readers take it); inside one, "" is a quote and a line break is part of
 * the field. A field such as "title" and more, whose closing quote is
 * followed by other text on the same line, is taken literally, quotes
 * and all (KoBEST BoolQ has such questions). Returns 1 if the record
 * continues on the next line, 0 when complete, -1 on text after a
 * closing quote that opened on an earlier line. */
static int parse_line(const char *p, size_t n, char delim, int *inq)
{
	size_t i = 0, fstart = 0;
	int resumed = *inq;
	if (*inq)
		goto quoted;
	for (;;) {
		fstart = i;
		resumed = 0;
		if (i < n && p[i] == '"') {
			i++;
			*inq = 1;
		quoted:
			for (;;) {
				const char *q = memchr(p + i, '"', n - i);
				if (!q) {
					ko_buf_add(&fbuf, p + i, n - i);
					ko_buf_addc(&fbuf, '\n');
					return 1;
				}
				ko_buf_add(&fbuf, p + i, (size_t)(q - p) - i);
				i = (size_t)(q - p) + 1;
				if (i < n && p[i] == '"') {
					ko_buf_addc(&fbuf, '"');
					i++;
					continue;
				}
				break;
			}
			*inq = 0;
			if (i < n && p[i] != delim) {
				if (resumed)
					return -1;
				fbuf.n = fo[nfo];
				i = fstart;
				goto plain;
			}
		} else {
		plain:;
			const char *e = memchr(p + i, delim, n - i);
			size_t r = e ? (size_t)(e - p) : n;
			ko_buf_add(&fbuf, p + i, r - i);
			i = r;
		}
		field_end();
		if (i >= n)
			return 0;
		i++; /* the delimiter */
	}
}

/* What a file's columns become: for each output key, a column index. */
enum kind { K_STR, K_BOOL, K_INT, K_INT1, K_CHOICES, K_ANSWER, K_TEXT2 };
struct col {
	char *out;
	struct ko_buf qkey; /* "out": */
	int src;     /* column index; K_CHOICES: first of nsrc */
	int nsrc;
	enum kind kind;
};

static struct ko_buf header;   /* column names, NUL separated */
static char **hname;
static int nhead;
static struct col *cols;
static int ncols, has_id, has_source, choices_col = -1, label_col = -1;

static int find_col(const char *name)
{
	for (int k = 0; k < nhead; k++)
		if (!strcasecmp(hname[k], name))
			return k;
	return -1;
}

static void add_col(const char *out, int src, int nsrc, enum kind kind)
{
	cols = ko_xrealloc(cols, (size_t)(ncols + 1) * sizeof *cols);
	cols[ncols].out = ko_xstrdup(out);
	memset(&cols[ncols].qkey, 0, sizeof cols[ncols].qkey);
	ko_json_quotes(&cols[ncols].qkey, out);
	ko_buf_addc(&cols[ncols].qkey, ':');
	cols[ncols].src = src;
	cols[ncols].nsrc = nsrc;
	cols[ncols].kind = kind;
	if (!strcmp(out, "id"))
		has_id = 1;
	if (!strcmp(out, "source"))
		has_source = 1;
	ncols++;
}

/* KoBEST layouts: output key, column names tried in order, kind. */
struct kcol {
	const char *out;
	const char *names[4];
	enum kind kind;
	int nsrc;
};
static const struct kcol kobest_boolq[] = {
	{"text", {"Text", "paragraph"}, K_STR, 1},
	{"question", {"Question"}, K_STR, 1},
	{"answer", {"Answer", "label"}, K_BOOL, 1},
	{0},
};
static const struct kcol kobest_copa[] = {
	{"text", {"sentence", "premise"}, K_STR, 1},
	{"question", {"question"}, K_STR, 1},
	{"choices", {"1", "alternative_1"}, K_CHOICES, 2},
	{"label", {"Answer", "label"}, K_INT1, 1},
	{"answer", {"Answer", "label"}, K_ANSWER, 1},
	{0},
};
static const struct kcol kobest_wic[] = {
	{"word", {"Target", "word"}, K_STR, 1},
	{"sentence1", {"SENTENCE1", "context_1"}, K_STR, 1},
	{"sentence2", {"SENTENCE2", "context_2"}, K_STR, 1},
	{"text", {"SENTENCE1", "context_1"}, K_TEXT2, 1},
	{"answer", {"ANSWER", "label"}, K_BOOL, 1},
	{0},
};
static const struct kcol kobest_hellaswag[] = {
	{"text", {"context"}, K_STR, 1},
	{"choices", {"choice1", "ending_1"}, K_CHOICES, 4},
	{"label", {"label"}, K_INT, 1},
	{"answer", {"label"}, K_ANSWER, 1},
	{0},
};
static const struct kcol kobest_sentineg[] = {
	{"text", {"Text", "sentence"}, K_STR, 1},
	{"label", {"Label"}, K_INT, 1},
	{"text_origin", {"Text_origin"}, K_STR, -1},
	{"label_origin", {"Label_origin"}, K_INT, -1},
	{"category", {"Category_neg"}, K_STR, -1},
	{0},
};

static const struct kcol *kobest;
static const char *fmt_name;
static char delim = ',';
static int idcol = -1; /* KoBEST ID column: ids are SOURCE:ID */

static void free_cols(void)
{
	for (int k = 0; k < ncols; k++) {
		free(cols[k].out);
		ko_buf_free(&cols[k].qkey);
	}
	ncols = has_id = has_source = 0;
	choices_col = label_col = idcol = -1;
}

/* Set up the output columns from the header record. NULL or a reason. */
static const char *setup_columns(char *err, size_t errn)
{
	free_cols();
	ko_buf_clear(&header);
	nhead = nfields();
	hname = ko_xrealloc(hname, (size_t)(nhead + 1) * sizeof *hname);
	size_t *off = ko_xmalloc((size_t)(nhead + 1) * sizeof *off);
	for (int k = 0; k < nhead; k++) {
		size_t n;
		const char *p = no_header ? NULL : fld(k, &n);
		off[k] = header.n;
		if (p && n) {
			ko_buf_add(&header, p, n);
		} else {
			ko_buf_addf(&header, "c%d", k + 1);
		}
		ko_buf_addc(&header, 0);
	}
	for (int k = 0; k < nhead; k++)
		hname[k] = header.p + off[k];
	free(off);
	if (ko_utf8_check(header.p, header.n) != header.n)
		return "invalid UTF-8 in the header";
	if (kobest) {
		idcol = find_col("ID");
		for (const struct kcol *c = kobest; c->out; c++) {
			int src = -1;
			for (int x = 0; x < 4 && c->names[x] && src < 0; x++)
				src = find_col(c->names[x]);
			if (src < 0 && c->nsrc < 0)
				continue;
			int nsrc = c->nsrc < 0 ? 1 : c->nsrc;
			if (src < 0 || src + nsrc > nhead) {
				snprintf(err, errn, "no column '%s': not a %s file", c->names[0],
				         fmt_name);
				return err;
			}
			if (c->kind == K_TEXT2) {
				/* nsrc holds the second sentence's column */
				nsrc = find_col("SENTENCE2");
				if (nsrc < 0)
					nsrc = find_col("context_2");
				if (nsrc < 0)
					return "no column SENTENCE2: not a KoBEST wic file";
			}
			if (c->kind == K_CHOICES)
				choices_col = ncols;
			if (c->kind == K_INT1 || (c->kind == K_INT && !strcmp(c->out, "label")))
				label_col = ncols;
			add_col(c->out, src, nsrc, c->kind);
		}
		return NULL;
	}
	if (!columns) {
		for (int k = 0; k < nhead; k++) {
			for (int x = 0; x < k; x++)
				if (!strcmp(hname[x], hname[k])) {
					snprintf(err, errn, "column name '%s' repeated; pick with --columns",
					         hname[k]);
					return err;
				}
			add_col(hname[k], k, 1, K_STR);
		}
		return NULL;
	}
	/* --columns NAME[=NEW],... (a NAME of digits is a 1-based number) */
	const char *s = columns;
	while (*s) {
		const char *e = strchr(s, ',');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		char *item = ko_xmalloc(n + 1);
		memcpy(item, s, n);
		item[n] = 0;
		char *eq = strchr(item, '=');
		if (eq)
			*eq++ = 0;
		int src = find_col(item);
		if (src < 0 && item[0] && strspn(item, "0123456789") == strlen(item) &&
		    atoi(item) >= 1 && atoi(item) <= nhead)
			src = atoi(item) - 1;
		if (src < 0) {
			snprintf(err, errn, "--columns: no column '%s'", item);
			free(item);
			return err;
		}
		const char *out = eq && *eq ? eq : hname[src];
		for (int k = 0; k < ncols; k++)
			if (!strcmp(cols[k].out, out)) {
				/* Two values for one key: readers would keep one. */
				snprintf(err, errn, "--columns: output field '%s' given twice", out);
				free(item);
				return err;
			}
		add_col(out, src, 1, K_STR);
		free(item);
		s += n;
		if (*s == ',')
			s++;
	}
	return NULL;
}

static int is_true(const char *p, size_t n)
{
	return (n == 4 && !strncasecmp(p, "true", 4)) || (n == 1 && *p == '1');
}

/* ko_json_quote that refuses invalid UTF-8 (-1, nothing added) instead of
 * copying it, so fields are validated and quoted in one pass. */
static int quote_valid(struct ko_buf *out, const char *p, size_t n)
{
	size_t at = out->n, i = 0;
	ko_buf_reserve(out, n + 2);
	out->p[out->n++] = '"';
	while (i < n) {
		size_t r = i + ko_utf8_span(p + i, n - i, 1);
		ko_buf_add(out, p + i, r - i);
		if (r >= n)
			break;
		if ((unsigned char)p[r] >= 0x80) {
			out->n = at;
			out->p[at] = 0;
			return -1;
		}
		ko_json_quote(&tmp2, p + r, 1); /* one special byte, escaped */
		ko_buf_add(out, tmp2.p + 1, tmp2.n - 2);
		ko_buf_clear(&tmp2);
		i = r + 1;
	}
	ko_buf_addc(out, '"');
	return 0;
}

/* Write the current record; NULL or a reason it is bad. */
static const char *emit_row(size_t row, char *err, size_t errn)
{
	if (nfields() != nhead) {
		snprintf(err, errn, "%d field%s, the header has %d", nfields(),
		         nfields() == 1 ? "" : "s", nhead);
		return err;
	}
	rec_begin();
	if (kobest) {
		key("id");
		ko_buf_clear(&tmp);
		size_t n;
		const char *p = idcol >= 0 ? fld(idcol, &n) : NULL;
		if (p && n)
			ko_buf_addf(&tmp, "%s:%.*s", source, (int)n, p);
		else
			ko_buf_addf(&tmp, "%s:%zu", source, row);
		ko_json_quote(&ob, tmp.p, tmp.n);
		put_source();
	}
	long label = -1;
	for (int k = 0; k < ncols; k++) {
		const struct col *c = &cols[k];
		size_t n;
		const char *p = fld(c->src, &n);
		char *end;
		switch (c->kind) {
		case K_STR:
			if (nkeys++)
				ko_buf_addc(&ob, ',');
			ko_buf_add(&ob, c->qkey.p, c->qkey.n);
			if (quote_valid(&ob, p, n) < 0)
				return "invalid UTF-8";
			break;
		case K_BOOL:
			if (!is_true(p, n) && !(n == 5 && !strncasecmp(p, "false", 5)) &&
			    !(n == 1 && *p == '0')) {
				snprintf(err, errn, "%s: expected True or False, not '%.*s'", hname[c->src],
				         (int)(n > 40 ? 40 : n), p);
				return err;
			}
			put_raw(c->out, is_true(p, n) ? "true" : "false", is_true(p, n) ? 4 : 5);
			break;
		case K_INT:
		case K_INT1:
			ko_buf_clear(&tmp);
			ko_buf_add(&tmp, p, n);
			label = strtol(tmp.p, &end, 10);
			if (!n || *end || label < (c->kind == K_INT1)) {
				snprintf(err, errn, "%s: expected a number, not '%.*s'", hname[c->src],
				         (int)(n > 40 ? 40 : n), p);
				return err;
			}
			if (c->kind == K_INT1)
				label--;
			ko_buf_clear(&tmp);
			ko_buf_addf(&tmp, "%ld", label);
			put_raw(c->out, tmp.p, tmp.n);
			break;
		case K_CHOICES:
			key(c->out);
			ko_buf_addc(&ob, '[');
			for (int x = 0; x < c->nsrc; x++) {
				if (x)
					ko_buf_addc(&ob, ',');
				p = fld(c->src + x, &n);
				if (quote_valid(&ob, p, n) < 0)
					return "invalid UTF-8";
			}
			ko_buf_addc(&ob, ']');
			break;
		case K_ANSWER:
			if (choices_col < 0 || label < 0 || label >= cols[choices_col].nsrc) {
				snprintf(err, errn, "label %ld is not a choice", label);
				return err;
			}
			p = fld(cols[choices_col].src + (int)label, &n);
			key(c->out);
			if (quote_valid(&ob, p, n) < 0)
				return "invalid UTF-8";
			break;
		case K_TEXT2:
			key(c->out);
			ko_buf_clear(&tmp);
			ko_buf_add(&tmp, p, n);
			ko_buf_addc(&tmp, '\n');
			p = fld(c->nsrc, &n);
			ko_buf_add(&tmp, p, n);
			if (quote_valid(&ob, tmp.p, tmp.n) < 0)
				return "invalid UTF-8";
			break;
		}
	}
	if (!kobest) {
		if (!has_id) {
			/* SOURCE:ROW without printf: this runs once per row. */
			char num[24], *e = num + sizeof num, *d = e;
			do
				*--d = (char)('0' + row % 10);
			while (row /= 10);
			key("id");
			ko_buf_add(&ob, srcq.p, srcq.n - 1);
			ko_buf_addc(&ob, ':');
			ko_buf_add(&ob, d, (size_t)(e - d));
			ko_buf_addc(&ob, '"');
		}
		if (!has_source)
			put_source();
	}
	rec_end();
	return NULL;
}

static int table_loop(struct ko_reader *rd)
{
	const char *line, *file = NULL;
	size_t len, recline = 0, row = 0;
	int newfile, inq = 0, have_header = 0, skipfile = 0;
	char err[512];
	while (ko_reader_next(rd, &line, &len, &newfile)) {
		if (newfile) {
			if (inq && fail_raw(file, recline, rawrec.p, rawrec.n,
			                    "quoted field not closed at end of file"))
				return 1;
			inq = 0;
			have_header = skipfile = 0;
			row = 0;
			file = ko_reader_name(rd);
			set_source(file);
		}
		if (skipfile)
			continue;
		if (!inq) {
			if (len == 0)
				continue; /* blank lines separate nothing */
			recline = ko_reader_lineno(rd);
			ko_buf_clear(&fbuf);
			ko_buf_clear(&rawrec);
			nfo = 0;
			if (!fcap) {
				fcap = 64;
				fo = ko_xmalloc(fcap * sizeof *fo);
			}
			fo[0] = 0;
		} else {
			ko_buf_addc(&rawrec, '\n');
		}
		ko_buf_add(&rawrec, line, len);
		int k = parse_line(line, len, delim, &inq);
		if (k > 0)
			continue;
		if (k < 0) {
			inq = 0;
			if (fail_raw(file, ko_reader_lineno(rd), rawrec.p, rawrec.n,
			             "text after a closing quote"))
				return 1;
			continue;
		}
		if (!have_header) {
			have_header = 1;
			const char *why = setup_columns(err, sizeof err);
			if (why) {
				/* Without its columns the whole file is unreadable. */
				skipfile = 1;
				if (fail_raw(file, recline, rawrec.p, rawrec.n, why))
					return 1;
				continue;
			}
			if (!no_header)
				continue;
		}
		row++;
		const char *why = emit_row(row, err, sizeof err);
		if (why && fail_raw(file, recline, rawrec.p, rawrec.n, why))
			return 1;
		ko_tick(rd);
		if (ko_writer_error(ko_out))
			return 1;
	}
	if (inq && fail_raw(file, recline, rawrec.p, rawrec.n,
	                    "quoted field not closed at end of file"))
		return 1;
	return 0;
}

/* ---- formats ---- */

static const struct format {
	const char *name;
	int (*json)(struct doc *);
	char delim;
	const struct kcol *kobest;
} formats[] = {
	{"squad", squad, 0, NULL},
	{"aihub-summary", aihub_summary, 0, NULL},
	{"aihub-book", aihub_book, 0, NULL},
	{"aihub-paper", aihub_paper, 0, NULL},
	{"aihub-commonsense", aihub_commonsense, 0, NULL},
	{"aihub-ethics", aihub_ethics, 0, NULL},
	{"wikiextractor", NULL, 0, NULL},
	{"csv", NULL, ',', NULL},
	{"tsv", NULL, '\t', NULL},
	{"kobest-boolq", NULL, '\t', kobest_boolq},
	{"kobest-copa", NULL, '\t', kobest_copa},
	{"kobest-wic", NULL, '\t', kobest_wic},
	{"kobest-hellaswag", NULL, '\t', kobest_hellaswag},
	{"kobest-sentineg", NULL, '\t', kobest_sentineg},
};

static struct ko_tool tool = {
	.name = "ko-import",
	.usage = "FORMAT [--columns LIST] [--no-header] [--drop-headings] [--source NAME]\n"
	         "                 [shared options] [FILE...]",
	.help = "Read a known dataset layout and write flat JSONL records with id and source.\n"
	        "\n"
	        "Formats: squad, aihub-summary, aihub-book, aihub-paper, aihub-commonsense,\n"
	        "aihub-ethics, wikiextractor, csv, tsv, kobest-boolq, kobest-copa, kobest-wic,\n"
	        "kobest-hellaswag, kobest-sentineg (fields: see ko-import(1)).\n"
	        "\n"
	        "      --columns LIST    csv, tsv: keep these columns, in this order;\n"
	        "                        NAME=NEW renames, a number is a 1-based position\n"
	        "      --no-header       csv, tsv: the first row is data; columns are c1, c2...\n"
	        "      --drop-headings   wikiextractor: drop section heading lines\n"
	        "      --source NAME     the source field (default: the file's base name)\n",
	.longopts = longopts,
	.option = option,
};

int main(int argc, char **argv)
{
	int first = ko_cli_parse(&tool, argc, argv);
	if (first >= argc)
		ko_usage_error("missing FORMAT");
	const struct format *f = NULL;
	for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++)
		if (!strcmp(argv[first], formats[k].name))
			f = &formats[k];
	if (!f)
		ko_usage_error("unknown format '%s'", argv[first]);
	if (columns && !f->delim)
		ko_usage_error("--columns is for csv and tsv");
	json_format = f->json;
	delim = f->delim;
	kobest = f->kobest;
	fmt_name = f->name;
	tool.loop = f->json ? json_loop : f->delim ? table_loop : wiki_loop;
	return ko_run(&tool, argc, argv, first + 1);
}
