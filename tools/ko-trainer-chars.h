/* ko-trainer-chars.h - the one way ko-format and ko-mix count the characters a
 * trainer concatenates (--max-chars of both): code points of the JSON
 * string bodies of the record, counted without decoding them, and the
 * earlier turns of a task record's "history" counted as ko-format reads
 * them (every string of every [user, assistant] pair). */
#ifndef KO_TRAINER_CHARS_H
#define KO_TRAINER_CHARS_H

#include <string.h>

#include "ko.h"

/* Characters of the JSON string body p[0..n) (checked by the record
 * loop), without decoding it: every byte that starts a UTF-8 sequence,
 * an escape as one, a surrogate pair's two escapes as one. */
static inline size_t count_escaped(const char *p, size_t n)
{
	size_t k = 0, i = 0;
	for (;;) {
		const char *bs = memchr(p + i, '\\', n - i);
		size_t end = bs ? (size_t)(bs - p) : n;
		k += ko_utf8_count(p + i, end - i);
		if (!bs || end + 1 >= n)
			return k + (bs != NULL);
		k++;
		i = end + 2;
		if (p[end + 1] != 'u')
			continue;
		i += 4;
		/* \uD800-\uDBFF then \uDC00-\uDFFF: one character */
		if (end + 11 < n && (p[end + 2] == 'D' || p[end + 2] == 'd') &&
		    strchr("89abAB", p[end + 3]) && p[end + 6] == '\\' && p[end + 7] == 'u')
			i += 6;
		if (i > n)
			return k;
	}
}

/* Characters of the strings of a task record's "history" pairs, 0 when
 * it has none; a pair that is not two strings counts nothing (ko-format
 * rejects it). */
static inline size_t history_chars(const struct ko_json *j)
{
	int h = ko_json_get(j, "history");
	size_t k = 0;
	if (h < 0 || j->tok[h].type != KO_JSON_ARRAY)
		return 0;
	int p = h + 1;
	for (int i = 0; i < j->tok[h].size; i++, p = ko_json_skip(j, p)) {
		if (j->tok[p].type != KO_JSON_ARRAY)
			continue;
		int q = p + 1;
		for (int m = 0; m < j->tok[p].size; m++, q = ko_json_skip(j, q))
			if (j->tok[q].type == KO_JSON_STRING)
				k += count_escaped(j->s + j->tok[q].start,
				                   (size_t)(j->tok[q].end - j->tok[q].start));
	}
	return k;
}

/* Characters of the text strings of the value at token t: a string, or
 * the turns of an array or object as ko_json_next_str visits them (the
 * contents of messages, a content's text parts, a conversational
 * prompt's turns). */
static inline size_t strings_chars(const struct ko_json *j, int t)
{
	if (j->tok[t].type == KO_JSON_STRING)
		return count_escaped(j->s + j->tok[t].start, (size_t)(j->tok[t].end - j->tok[t].start));
	size_t k = 0;
	if (j->tok[t].type != KO_JSON_ARRAY && j->tok[t].type != KO_JSON_OBJECT)
		return 0;
	for (int i = t; ko_json_next_str(j, t, &i);)
		k += count_escaped(j->s + j->tok[i].start, (size_t)(j->tok[i].end - j->tok[i].start));
	return k;
}

#endif
