/* json.c - a JSON array of objects (the alpaca_data.json shape) to JSON
 * Lines, each object copied as it is, only without the whitespace. */
#include <stdlib.h>
#include <string.h>

#include "import.h"

/* The array to read: the root when it is an array, else the one member
 * of the root object whose value is an array ({"data": [...]}, with any
 * other members, such as a version, left out). Two or more arrays are
 * refused rather than guessed between. -1 with d->why set. */
static int find_array(struct imp_doc *d)
{
	if (imp_is(d, 0, KO_JSON_ARRAY))
		return 0;
	int found = -1, n = 0;
	for (int m = 0, k = 1; m < imp_tok(d, 0)->size; m++, k = ko_json_skip(&d->j, k + 1))
		if (imp_is(d, k + 1, KO_JSON_ARRAY))
			found = k + 1, n++;
	if (n == 1)
		return found;
	if (n)
		snprintf(d->why, sizeof d->why,
		         "%d members hold arrays: expected one array of objects", n);
	else
		snprintf(d->why, sizeof d->why, "no array of objects");
	return -1;
}

static void add_compact(struct ko_buf *out, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r')
			ko_buf_addc(out, p[i]);
}

struct key {
	const char *p;
	int n;
};

static int key_cmp(const void *a, const void *b)
{
	const struct key *x = a, *y = b;
	int n = x->n < y->n ? x->n : y->n, c = memcmp(x->p, y->p, (size_t)n);
	return c ? c : x->n - y->n;
}

/* A key given twice in any object from token o to end, which every later
 * tool refuses (the record would mean one thing to them, another to a
 * reader that keeps the last): its bytes as written in d->why, and -1.
 * Keys are compared as written, escapes and all. */
static int repeated_keys(struct imp_doc *d, int o, int end)
{
	struct key *keys = NULL;
	size_t cap = 0;
	int bad = 0;
	for (int t = o; t < end && !bad; t++) {
		const struct ko_json_tok *ob = imp_tok(d, t);
		if (ob->type != KO_JSON_OBJECT || ob->size < 2)
			continue;
		if ((size_t)ob->size > cap) {
			cap = (size_t)ob->size;
			keys = ko_xrealloc(keys, cap * sizeof *keys);
		}
		int n = 0;
		for (int m = 0, k = t + 1; m < ob->size; m++, k = ko_json_skip(&d->j, k + 1))
			keys[n++] = (struct key){d->j.s + imp_tok(d, k)->start,
			                         imp_tok(d, k)->end - imp_tok(d, k)->start};
		qsort(keys, (size_t)n, sizeof *keys, key_cmp);
		for (int i = 1; i < n && !bad; i++)
			if (!key_cmp(&keys[i - 1], &keys[i])) {
				snprintf(d->why, sizeof d->why, "duplicate key \"%.*s\"",
				         keys[i].n > 80 ? 80 : keys[i].n, keys[i].p);
				bad = 1;
			}
	}
	free(keys);
	return bad ? -1 : 0;
}

/* Copy the object at token o to out: the tokens' bytes as they are, the
 * gaps between them (brackets, commas, colons, whitespace) without the
 * whitespace. Strings, keys included, go through the JSON string
 * checker, so invalid UTF-8 and lone surrogates never reach the output;
 * everything else was checked by the parser; a key twice in one object
 * is refused. -1 with d->why set. */
static int copy_object(struct imp_doc *d, int o, struct ko_buf *out)
{
	if (!imp_is(d, o, KO_JSON_OBJECT)) {
		snprintf(d->why, sizeof d->why, "not an object");
		return -1;
	}
	const char *s = d->j.s;
	int pos = imp_tok(d, o)->start, end = ko_json_skip(&d->j, o);
	if (repeated_keys(d, o, end) < 0)
		return -1;
	ko_buf_clear(out);
	for (int t = o + 1; t < end; t++) {
		const struct ko_json_tok *k = imp_tok(d, t);
		if (k->type == KO_JSON_OBJECT || k->type == KO_JSON_ARRAY)
			continue; /* their brackets are in the gaps */
		int str = k->type == KO_JSON_STRING;
		const char *why;
		if (str && ko_json_check_str(s + k->start, (size_t)(k->end - k->start), &why) < 0) {
			snprintf(d->why, sizeof d->why, "%s", why);
			return -1;
		}
		add_compact(out, s + pos, (size_t)(k->start - str - pos));
		ko_buf_add(out, s + k->start - str, (size_t)(k->end - k->start + 2 * str));
		pos = k->end + str;
	}
	add_compact(out, s + pos, (size_t)(imp_tok(d, o)->end - pos));
	return 0;
}

static int json_doc(struct imp *im, struct imp_doc *d)
{
	int arr = find_array(d);
	if (arr < 0)
		return imp_bad(im, d, 0);
	IMP_EACH(d, arr, i, o) {
		if (copy_object(d, o, &im->rec) == 0) {
			imp_write(im, im->rec.p, im->rec.n);
			imp_tick(im);
			continue;
		}
		/* the item's index: a one-line file gives every item line 1 */
		char why[sizeof d->why];
		memcpy(why, d->why, sizeof why);
		snprintf(d->why, sizeof d->why, "array item %d: %.200s", i, why);
		int place = snprintf(NULL, 0, "array item %d: ", i);
		d->place = place > 0 ? (size_t)place : 0; /* (counted without it) */
		if (imp_bad(im, d, o))
			return 1;
	}
	return 0;
}

const struct imp_layout imp_json = {
	.name = "json",
	.doc = json_doc,
};
