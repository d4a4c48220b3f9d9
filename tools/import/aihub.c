/* aihub.c - AI-Hub corpora: summary, book, paper, commonsense, ethics. */
#include <stdlib.h>
#include <string.h>

#include "import.h"

struct aihub {
	struct ko_buf txt, ext;  /* summary: text and extractive summary */
	int *sidx, *stok;        /* summary: sentences by "index", their tokens */
	size_t ns, cap;
	struct ko_buf concepts;  /* commonsense: the concept list, JSON */
	struct ko_buf talk;      /* ethics: the talkset id, quoted */
	struct ko_buf title;     /* paper: the title, quoted, or empty */
	struct ko_buf ref;       /* commonsense: the seed sentence, quoted, or empty */
};

typedef int item_fn(struct imp *, struct imp_doc *, int, size_t);

/* Each item of the list at token list as one(); *ordinal counts items
 * across lists, so that SOURCE:N ids stay unique in a wrapped file. */
static int each_in(struct imp *im, struct imp_doc *d, int list, size_t *ordinal, int tick,
                   item_fn *one)
{
	IMP_EACH(d, list, i, o) {
		int k = one(im, d, o, ++*ordinal);
		if (k > 0 || (k < 0 && imp_bad(im, d, o)))
			return 1;
		if (tick && k == 0) /* a bad item is counted by imp_fail */
			imp_tick(im);
	}
	return 0;
}

/* Each item of a file's list as one(), or the root when it is the item.
 * one() returns -1 for a bad item (reported here), 1 to stop. */
static int each_item(struct imp *im, struct imp_doc *d, const char *key,
                     const char *const *own, const char *notthis, int tick, item_fn *one)
{
	enum imp_shape shape;
	int list = imp_items(d, key, own, &shape);
	size_t ordinal = 0;
	if (list < 0) {
		snprintf(d->why, sizeof d->why, "%s", notthis);
		return imp_bad(im, d, 0);
	}
	if (shape == IMP_ONE) {
		int k = one(im, d, 0, 1);
		if (tick && k == 0)
			imp_tick(im);
		return k > 0 || (k < 0 && imp_bad(im, d, 0));
	}
	if (shape == IMP_LIST)
		return each_in(im, d, list, &ordinal, tick, one);
	IMP_EACH(d, list, w, wrap) {
		int l = imp_is(d, wrap, KO_JSON_OBJECT) ? ko_json_obj_get(&d->j, wrap, key) : -1;
		if (!imp_is(d, l, KO_JSON_ARRAY)) {
			snprintf(d->why, sizeof d->why, "root list item without a \"%s\" array", key);
			if (imp_bad(im, d, wrap))
				return 1;
			continue;
		}
		if (each_in(im, d, l, &ordinal, tick, one))
			return 1;
	}
	return 0;
}

#define OWN(...) ((const char *const[]){__VA_ARGS__, NULL})

/* aihub-summary: 문서요약 텍스트, documents[] with text[][].sentence. */
static int summary_doc(struct imp *im, struct imp_doc *d, int o, size_t ordinal)
{
	struct aihub *a = im->state;
	static const char *const ids[] = {"id", NULL};
	imp_begin(im);
	imp_put_id(im, d, o, ids, NULL, ordinal);
	imp_put_source(im);
	if (imp_put_member(im, d, o, "title", "title", 0) < 0 ||
	    imp_put_member(im, d, o, "category", "category", 0) < 0 ||
	    imp_put_member(im, d, o, "media_name", "media_name", 0) < 0)
		return -1;
	int text = ko_json_obj_get(&d->j, o, "text");
	if (!imp_is(d, text, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "no \"text\" array of paragraphs");
		return -1;
	}
	/* Sentences by their "index", for the extractive summary. */
	struct ko_buf *txt = &a->txt, *ext = &a->ext;
	a->ns = 0;
	ko_buf_clear(txt);
	IMP_EACH(d, text, i, par) {
		if (!imp_is(d, par, KO_JSON_ARRAY)) {
			snprintf(d->why, sizeof d->why, "\"text\" item is not an array of sentences");
			return -1;
		}
		int sep = 0;
		IMP_EACH(d, par, k, s) {
			int st = ko_json_obj_get(&d->j, s, "sentence");
			if (!imp_is(d, st, KO_JSON_STRING)) {
				snprintf(d->why, sizeof d->why, "sentence without \"sentence\" string");
				return -1;
			}
			const char *why;
			size_t at = txt->n;
			if (sep)
				ko_buf_addc(txt, ' ');
			size_t from = txt->n;
			if (ko_json_str(&d->j, st, txt, &why) < 0) {
				snprintf(d->why, sizeof d->why, "\"sentence\": %s", why);
				return -1;
			}
			if (txt->n == from) { /* empty sentence: no separator either */
				txt->n = at;
				txt->p[at] = 0;
			} else {
				sep = 1;
			}
			int ix = ko_json_obj_get(&d->j, s, "index");
			if (a->ns == a->cap) {
				a->cap = a->cap ? a->cap * 2 : 64;
				a->sidx = ko_xrealloc(a->sidx, a->cap * sizeof *a->sidx);
				a->stok = ko_xrealloc(a->stok, a->cap * sizeof *a->stok);
			}
			a->sidx[a->ns] = imp_is(d, ix, KO_JSON_PRIMITIVE)
			                     ? atoi(d->j.s + imp_tok(d, ix)->start) : (int)a->ns;
			a->stok[a->ns++] = st;
		}
		if (sep)
			ko_buf_addc(txt, '\n');
	}
	while (txt->n && txt->p[txt->n - 1] == '\n')
		txt->n--;
	imp_put_str(im, "text", txt->p, txt->n);
	int ab = ko_json_obj_get(&d->j, o, "abstractive");
	if (imp_is(d, ab, KO_JSON_ARRAY) && imp_tok(d, ab)->size > 0 &&
	    imp_is(d, ab + 1, KO_JSON_STRING)) {
		imp_key(im, "summary");
		if (imp_quote_tok(d, &im->rec, ab + 1, "abstractive") < 0)
			return -1;
	}
	int ex = ko_json_obj_get(&d->j, o, "extractive");
	if (imp_is(d, ex, KO_JSON_ARRAY)) {
		imp_put_member_raw(im, d, o, "extractive", "extractive");
		ko_buf_clear(ext);
		IMP_EACH(d, ex, i, e) {
			if (!imp_is(d, e, KO_JSON_PRIMITIVE) || d->j.s[imp_tok(d, e)->start] == 'n')
				continue;
			int want = atoi(d->j.s + imp_tok(d, e)->start);
			for (size_t s = 0; s < a->ns; s++)
				if (a->sidx[s] == want) {
					const char *why;
					if (ext->n)
						ko_buf_addc(ext, ' ');
					ko_json_str(&d->j, a->stok[s], ext, &why);
					break;
				}
		}
		imp_put_str(im, "extractive_summary", ext->p ? ext->p : "", ext->n);
	}
	imp_end(im);
	return 0;
}

static int aihub_summary(struct imp *im, struct imp_doc *d)
{
	return each_item(im, d, "documents", OWN("text"),
	                 "no \"documents\" array: not an AI-Hub summary file", 1, summary_doc);
}

/* aihub-book: 도서자료 요약, one passage per object. */
static int book_one(struct imp *im, struct imp_doc *d, int o, size_t ordinal)
{
	int meta = ko_json_obj_get(&d->j, o, "metadata");
	static const char *const ids[] = {"passage_id", "id", NULL};
	static const char *const mids[] = {"doc_id", NULL};
	imp_begin(im);
	if (ko_json_obj_get(&d->j, o, "passage_id") < 0 && ko_json_obj_get(&d->j, o, "id") < 0 &&
	    imp_is(d, meta, KO_JSON_OBJECT))
		imp_put_id(im, d, meta, mids, NULL, ordinal);
	else
		imp_put_id(im, d, o, ids, NULL, ordinal);
	imp_put_source(im);
	if (imp_is(d, meta, KO_JSON_OBJECT) &&
	    (imp_put_member(im, d, meta, "doc_name", "title", 0) < 0 ||
	     imp_put_member(im, d, meta, "kdc_label", "category", 0) < 0 ||
	     imp_put_member(im, d, meta, "author", "author", 0) < 0))
		return -1;
	/* chapter sits beside passage (or in metadata); a number becomes a string. */
	int co = ko_json_obj_get(&d->j, o, "chapter") >= 0   ? o
	         : imp_is(d, meta, KO_JSON_OBJECT) ? meta
	                                           : -1;
	int ch = co >= 0 ? ko_json_obj_get(&d->j, co, "chapter") : -1;
	if (imp_is(d, ch, KO_JSON_PRIMITIVE) &&
	    strchr("-0123456789", d->j.s[imp_tok(d, ch)->start])) {
		imp_key(im, "chapter");
		ko_json_quote(&im->rec, d->j.s + imp_tok(d, ch)->start,
		              (size_t)(imp_tok(d, ch)->end - imp_tok(d, ch)->start));
	} else if (co >= 0 && imp_put_member(im, d, co, "chapter", "chapter", 0) < 0) {
		return -1;
	}
	if (imp_put_member(im, d, o, "passage", "text", 1) < 0 ||
	    imp_put_member(im, d, o, "summary", "summary", 0) < 0)
		return -1;
	imp_end(im);
	return 0;
}

static int aihub_book(struct imp *im, struct imp_doc *d)
{
	return each_item(im, d, "data", OWN("passage"),
	                 "no \"passage\": not an AI-Hub book summary file", 1, book_one);
}

/* aihub-paper: 논문자료 요약. Each paper has summary_entire[] (the whole
 * paper and its summary) and summary_section[] (sections and theirs): one
 * record per entry of both, told apart by part and by the id's suffix. */
static const struct paper_part {
	const char *key, *part, *tag;
} paper_parts[] = {
	{"summary_entire", "entire", "-e"},
	{"summary_section", "section", "-s"},
};

static int paper_entry(struct imp *im, struct imp_doc *d, int o, int e,
                       const struct paper_part *pp, int k, size_t ordinal)
{
	struct aihub *a = im->state;
	static const char *const ids[] = {"doc_id", "id", NULL};
	char suf[32];
	snprintf(suf, sizeof suf, "%s%d", pp->tag, k + 1);
	if (!imp_is(d, e, KO_JSON_OBJECT)) {
		snprintf(d->why, sizeof d->why, "\"%s\" entry is not an object", pp->key);
		return -1;
	}
	imp_begin(im);
	imp_put_id(im, d, o, ids, suf, ordinal);
	imp_put_source(im);
	imp_put_id_as(im, "doc_id", d, o, ids, NULL, ordinal);
	if (a->title.n)
		imp_put_raw(im, "title", a->title.p, a->title.n);
	imp_key(im, "part");
	ko_json_quotes(&im->rec, pp->part);
	/* The published files misspell the key; accept the right one too. */
	int right = ko_json_obj_get(&d->j, e, "orginal_text") < 0 &&
	            ko_json_obj_get(&d->j, e, "original_text") >= 0;
	if (imp_put_member(im, d, e, right ? "original_text" : "orginal_text", "text", 1) < 0 ||
	    imp_put_member(im, d, e, "summary_text", "summary", 0) < 0)
		return -1;
	imp_end(im);
	return 0;
}

static int paper_one(struct imp *im, struct imp_doc *d, int o, size_t ordinal)
{
	struct aihub *a = im->state;
	int arr[2], have = 0, pairs = 0;
	ko_buf_clear(&a->title);
	int t = ko_json_obj_get(&d->j, o, "title");
	if (imp_is(d, t, KO_JSON_STRING) && imp_quote_tok(d, &a->title, t, "title") < 0)
		return -1;
	if (t >= 0 && !imp_is(d, t, KO_JSON_STRING) && d->j.s[imp_tok(d, t)->start] != 'n') {
		snprintf(d->why, sizeof d->why, "\"title\" is not a string");
		return -1;
	}
	for (int p = 0; p < 2; p++) {
		arr[p] = ko_json_obj_get(&d->j, o, paper_parts[p].key);
		if (arr[p] >= 0 && !imp_is(d, arr[p], KO_JSON_ARRAY)) {
			snprintf(d->why, sizeof d->why, "\"%s\" is not an array", paper_parts[p].key);
			return -1;
		}
		if (arr[p] >= 0)
			have++, pairs += imp_tok(d, arr[p])->size;
	}
	if (!have || !pairs) {
		snprintf(d->why, sizeof d->why, "%s",
		         have ? "\"summary_entire\" and \"summary_section\" are empty"
		              : "no \"summary_entire\" or \"summary_section\" array");
		return -1;
	}
	for (int p = 0; p < 2; p++) {
		if (arr[p] < 0)
			continue;
		IMP_EACH(d, arr[p], k, e) {
			if (paper_entry(im, d, o, e, &paper_parts[p], k, ordinal) < 0) {
				if (imp_bad(im, d, e))
					return 1;
				continue;
			}
			imp_tick(im);
		}
	}
	return 0;
}

static int aihub_paper(struct imp *im, struct imp_doc *d)
{
	return each_item(im, d, "data", OWN("summary_entire", "summary_section"),
	                 "no \"data\" array: not an AI-Hub paper summary file", 0, paper_one);
}

/* aihub-commonsense: 일반상식 문장 생성, one record per scene sentence. */
static int commonsense_one(struct imp *im, struct imp_doc *d, int o, size_t ordinal)
{
	struct aihub *a = im->state;
	int cs = ko_json_obj_get(&d->j, o, "concepts");
	int gs = ko_json_obj_get(&d->j, o, "genSentences");
	if (!imp_is(d, cs, KO_JSON_ARRAY) || !imp_is(d, gs, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "no \"concepts\" and \"genSentences\" arrays");
		return -1;
	}
	struct ko_buf *concepts = &a->concepts;
	ko_buf_clear(concepts);
	ko_buf_addc(concepts, '[');
	IMP_EACH(d, cs, i, c) {
		int st = imp_is(d, c, KO_JSON_STRING) ? c : ko_json_obj_get(&d->j, c, "stem");
		if (!imp_is(d, st, KO_JSON_STRING)) {
			snprintf(d->why, sizeof d->why, "concept without \"stem\" string");
			return -1;
		}
		if (i)
			ko_buf_addc(concepts, ',');
		if (imp_quote_tok(d, concepts, st, "stem") < 0)
			return -1;
	}
	ko_buf_addc(concepts, ']');
	/* The seed sentence the concepts were taken from: a reference answer. */
	ko_buf_clear(&a->ref);
	int seed = ko_json_obj_get(&d->j, o, "sentence");
	if (imp_is(d, seed, KO_JSON_STRING) && imp_quote_tok(d, &a->ref, seed, "sentence") < 0)
		return -1;
	if (seed >= 0 && !imp_is(d, seed, KO_JSON_STRING) &&
	    d->j.s[imp_tok(d, seed)->start] != 'n') {
		snprintf(d->why, sizeof d->why, "\"sentence\" is not a string");
		return -1;
	}
	static const char *const ids[] = {"concept_set_id", "id", NULL};
	size_t n = 0;
	IMP_EACH(d, gs, i, g) {
		int sc = ko_json_obj_get(&d->j, g, "label-scenes");
		if (imp_is(d, g, KO_JSON_STRING))
			sc = g;
		int many = imp_is(d, sc, KO_JSON_ARRAY);
		int cnt = many ? imp_tok(d, sc)->size : 1;
		/* Without label-scenes s is -1: one bad sentence, nothing to skip. */
		for (int k = 0, s = many ? sc + 1 : sc; k < cnt;
		     k++, s = s < 0 ? s : ko_json_skip(&d->j, s)) {
			if (!imp_is(d, s, KO_JSON_STRING)) {
				snprintf(d->why, sizeof d->why, "sentence without \"label-scenes\" string");
				if (imp_bad(im, d, g))
					return 1;
				continue;
			}
			char suf[32];
			snprintf(suf, sizeof suf, "-%zu", ++n);
			imp_begin(im);
			imp_put_id(im, d, o, ids, suf, ordinal);
			imp_put_source(im);
			imp_put_raw(im, "concepts", concepts->p, concepts->n);
			imp_key(im, "text");
			if (imp_quote_tok(d, &im->rec, s, "label-scenes") < 0) {
				if (imp_bad(im, d, g))
					return 1;
				continue;
			}
			if (a->ref.n)
				imp_put_raw(im, "reference", a->ref.p, a->ref.n);
			imp_end(im);
			imp_tick(im);
		}
	}
	return 0;
}

static int aihub_commonsense(struct imp *im, struct imp_doc *d)
{
	return each_item(im, d, "data", OWN("concepts"),
	                 "no \"concepts\": not an AI-Hub commonsense file", 0, commonsense_one);
}

/* aihub-ethics: 텍스트 윤리검증, talksets of labelled sentences. */
static int ethics_set(struct imp *im, struct imp_doc *d, int o, size_t ordinal)
{
	struct aihub *a = im->state;
	struct ko_buf *tmp = &im->tmp, *talk = &a->talk;
	int ss = ko_json_obj_get(&d->j, o, "sentences");
	if (!imp_is(d, ss, KO_JSON_ARRAY)) {
		snprintf(d->why, sizeof d->why, "talkset without \"sentences\" array");
		return -1;
	}
	static const char *const tids[] = {"id", NULL};
	/* The talkset id as a JSON string, for every sentence. */
	imp_begin(im);
	imp_put_id(im, d, o, tids, NULL, ordinal);
	ko_buf_clear(talk);
	ko_buf_add(talk, im->rec.p + 6, im->rec.n - 6);
	IMP_EACH(d, ss, i, s) {
		char suf[32];
		snprintf(suf, sizeof suf, "-%d", i + 1);
		/* Sentence ids restart in every talkset: prefix the talkset's. */
		imp_begin(im);
		imp_key(im, "id");
		ko_buf_clear(tmp);
		const char *why;
		ko_json_unescape(tmp, talk->p + 1, talk->n - 2, &why);
		int sid = imp_is(d, s, KO_JSON_OBJECT) ? ko_json_obj_get(&d->j, s, "id") : -1;
		if (imp_is(d, sid, KO_JSON_PRIMITIVE) || imp_is(d, sid, KO_JSON_STRING)) {
			ko_buf_addc(tmp, '-');
			if (imp_is(d, sid, KO_JSON_STRING))
				ko_json_str(&d->j, sid, tmp, &why);
			else
				ko_buf_add(tmp, d->j.s + imp_tok(d, sid)->start,
				           (size_t)(imp_tok(d, sid)->end - imp_tok(d, sid)->start));
		} else {
			ko_buf_adds(tmp, suf);
		}
		ko_json_quote(&im->rec, tmp->p, tmp->n);
		imp_put_source(im);
		imp_put_raw(im, "talkset", talk->p, talk->n);
		if (!imp_is(d, s, KO_JSON_OBJECT) || imp_put_member(im, d, s, "text", "text", 1) < 0) {
			if (!imp_is(d, s, KO_JSON_OBJECT))
				snprintf(d->why, sizeof d->why, "sentence is not an object");
			if (imp_bad(im, d, s))
				return 1;
			continue;
		}
		imp_put_member_raw(im, d, s, "speaker", "speaker");
		imp_put_member_raw(im, d, s, "types", "types");
		imp_put_member_raw(im, d, s, "is_immoral", "is_immoral");
		imp_put_member_raw(im, d, s, "intensity", "intensity");
		imp_end(im);
		imp_tick(im);
	}
	return 0;
}

static int aihub_ethics(struct imp *im, struct imp_doc *d)
{
	return each_item(im, d, "data", OWN("sentences"), "no talksets: not an AI-Hub ethics file", 0,
	                 ethics_set);
}

static void aihub_free(struct imp *im)
{
	struct aihub *a = im->state;
	ko_buf_free(&a->txt);
	ko_buf_free(&a->ext);
	ko_buf_free(&a->concepts);
	ko_buf_free(&a->talk);
	ko_buf_free(&a->title);
	ko_buf_free(&a->ref);
	free(a->sidx);
	free(a->stok);
}

#define AIHUB(var, fmt, fn)                                                               \
	const struct imp_layout var = {                                                   \
		.name = fmt, .doc = fn, .state_size = sizeof(struct aihub),               \
		.free_state = aihub_free, .takes = IMP_TAKES_SOURCE,                      \
	}
AIHUB(imp_aihub_summary, "aihub-summary", aihub_summary);
AIHUB(imp_aihub_book, "aihub-book", aihub_book);
AIHUB(imp_aihub_paper, "aihub-paper", aihub_paper);
AIHUB(imp_aihub_commonsense, "aihub-commonsense", aihub_commonsense);
AIHUB(imp_aihub_ethics, "aihub-ethics", aihub_ethics);
