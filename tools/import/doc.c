/* doc.c - what the JSON document layouts (squad, aihub-*, json) share. */
#include <string.h>

#include "import.h"

size_t imp_line_of(struct imp_doc *d, int off)
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

int imp_quote_tok(struct imp_doc *d, struct ko_buf *out, int t, const char *name)
{
	const struct ko_json_tok *k = imp_tok(d, t);
	const char *why;
	if (ko_json_requote(out, d->j.s + k->start, (size_t)(k->end - k->start), &why) < 0) {
		snprintf(d->why, sizeof d->why, "\"%s\": %s", name, why);
		return -1;
	}
	return 0;
}

int imp_put_member(struct imp *im, struct imp_doc *d, int o, const char *name, const char *k,
                   int need)
{
	int t = ko_json_obj_get(&d->j, o, name);
	if (!need && (t < 0 || (imp_tok(d, t)->type == KO_JSON_PRIMITIVE &&
	                        d->j.s[imp_tok(d, t)->start] == 'n')))
		return 0;
	if (!imp_is(d, t, KO_JSON_STRING)) {
		snprintf(d->why, sizeof d->why, t < 0 ? "no \"%s\" string" : "\"%s\" is not a string",
		         name);
		return -1;
	}
	imp_key(im, k);
	return imp_quote_tok(d, &im->rec, t, name);
}

/* The files are often indented, and a line break would cut the output
 * record in two. */
void imp_put_member_raw(struct imp *im, struct imp_doc *d, int o, const char *name,
                        const char *k)
{
	int t = ko_json_obj_get(&d->j, o, name);
	if (t < 0)
		return;
	const struct ko_json_tok *x = imp_tok(d, t);
	int lo = x->type == KO_JSON_STRING ? x->start - 1 : x->start;
	int hi = x->type == KO_JSON_STRING ? x->end + 1 : x->end;
	imp_key(im, k);
	int instr = 0, indent = 0;
	for (int i = lo; i < hi; i++) {
		char c = d->j.s[i];
		if (instr && c == '\\') {
			ko_buf_add(&im->rec, d->j.s + i, 2);
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
		ko_buf_addc(&im->rec, c);
	}
	if (!im->raw_line)
		im->raw_line = imp_line_of(d, lo);
}

void imp_put_id_as(struct imp *im, const char *k, struct imp_doc *d, int o,
                   const char *const *names, const char *suffix, size_t ordinal)
{
	struct ko_buf *tmp = &im->tmp;
	imp_key(im, k);
	for (; *names; names++) {
		int t = ko_json_obj_get(&d->j, o, *names);
		if (t < 0 ||
		    (imp_tok(d, t)->type != KO_JSON_STRING && imp_tok(d, t)->type != KO_JSON_PRIMITIVE))
			continue;
		const struct ko_json_tok *x = imp_tok(d, t);
		if (x->type == KO_JSON_PRIMITIVE && !strchr("-0123456789", d->j.s[x->start]))
			continue;
		ko_buf_clear(tmp);
		if (x->type == KO_JSON_STRING) {
			const char *why;
			if (ko_json_str(&d->j, t, tmp, &why) < 0)
				continue;
		} else {
			ko_buf_add(tmp, d->j.s + x->start, (size_t)(x->end - x->start));
		}
		if (suffix)
			ko_buf_adds(tmp, suffix);
		/* the record's id is unique; doc_id and the like name a group */
		if (strcmp(k, "id") || imp_put_unique_id(im, tmp->p, tmp->n) < 0)
			ko_json_quote(&im->rec, tmp->p, tmp->n);
		return;
	}
	ko_buf_clear(tmp);
	ko_buf_addf(tmp, "%s:%zu%s", im->idsrc, ordinal, suffix ? suffix : "");
	ko_json_quote(&im->rec, tmp->p, tmp->n);
}

int imp_bad(struct imp *im, struct imp_doc *d, int o)
{
	const struct ko_json_tok *x = imp_tok(d, o);
	int lo = x->type == KO_JSON_STRING ? x->start - 1 : x->start;
	int hi = x->type == KO_JSON_STRING ? x->end + 1 : x->end;
	im->place = d->place;
	d->place = 0;
	return imp_fail(im, imp_line_of(d, lo), d->j.s + lo, (size_t)(hi - lo), d->why);
}

static int has_any(const struct imp_doc *d, int o, const char *const *own)
{
	for (; own && *own; own++)
		if (ko_json_obj_get(&d->j, o, *own) >= 0)
			return 1;
	return 0;
}

/* AI-Hub files wrap their list in several ways: {"data": [...]}, a bare
 * array, one item, and a root array of {"data": [...]} objects, several of
 * them in some releases (논문자료 요약). */
int imp_items(struct imp_doc *d, const char *key, const char *const *own,
              enum imp_shape *shape)
{
	*shape = IMP_LIST;
	if (imp_is(d, 0, KO_JSON_ARRAY)) {
		int first = 1;
		if (imp_tok(d, 0)->size > 0 && imp_is(d, first, KO_JSON_OBJECT) && key &&
		    !has_any(d, first, own) &&
		    imp_is(d, ko_json_obj_get(&d->j, first, key), KO_JSON_ARRAY))
			*shape = IMP_WRAPPED;
		return 0;
	}
	if (has_any(d, 0, own)) {
		*shape = IMP_ONE;
		return 0;
	}
	int t = key ? ko_json_obj_get(&d->j, 0, key) : -1;
	return imp_is(d, t, KO_JSON_ARRAY) ? t : -1;
}
