/*
 * fuzz_json.c - libFuzzer target: the JSON reader and writer of libko.
 *
 * Beyond "no crash", it checks the contracts of json.h: a parsed record's
 * strings unescape, quote and unescape back to the same bytes; the checker,
 * the unescaper and the requoter agree on what is valid; a rewritten record
 * parses again and keeps the fields it was not asked to change; the record
 * loop's fast path (ko_json_parse_line, which remembers the shapes of the
 * lines before) accepts only what the careful path accepts, with the same
 * tokens.
 */
#include <stdlib.h>
#include <string.h>

#include "ko.h"

static void check_string_body(const char *p, size_t n)
{
	struct ko_buf u = {0}, q = {0}, r = {0}, u2 = {0};
	const char *why;
	int eu = ko_json_unescape(&u, p, n, &why);
	int ec = ko_json_check_str(p, n, &why);
	int er = ko_json_requote(&q, p, n, &why);
	/* One walker, three readers: they agree on what is valid. */
	if ((eu < 0) != (ec < 0) || (eu < 0) != (er < 0))
		abort();
	if (eu == 0) {
		/* requote is never longer than the body plus its quotes, and
		 * means the same string */
		if (q.n > n + 2 || q.n < 2 || q.p[0] != '"' || q.p[q.n - 1] != '"')
			abort();
		if (ko_json_unescape(&u2, q.p + 1, q.n - 2, &why) != 0 || u2.n != u.n ||
		    (u.n && memcmp(u.p, u2.p, u.n)))
			abort();
		/* the unescaped text is valid UTF-8; quote and unescape is the
		 * identity */
		if (ko_utf8_check(u.p ? u.p : "", u.n) != u.n)
			abort();
		ko_json_quote(&r, u.p ? u.p : "", u.n);
		ko_buf_clear(&u2);
		if (ko_json_unescape(&u2, r.p + 1, r.n - 2, &why) != 0 || u2.n != u.n ||
		    (u.n && memcmp(u.p, u2.p, u.n)))
			abort();
	} else if (u.n || q.n) {
		abort(); /* on error nothing is appended */
	}
	ko_buf_free(&u);
	ko_buf_free(&q);
	ko_buf_free(&r);
	ko_buf_free(&u2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *p = (const char *)data + 1;
	size_t n = size - 1;
	struct ko_json j = {0}, k = {0};
	struct ko_buf b = {0}, c = {0};
	const char *why;
	size_t at;
	/* The record loop's fast path, kept across inputs: it remembers the
	 * shapes of earlier lines. */
	static struct ko_json line;
	int fast;
	switch (data[0] % 4) {
	case 0:
	case 1:
		fast = ko_json_parse_line(&line, p, n) == 0;
		if (ko_json_parse(&j, p, n, &why) != 0) {
			if (fast)
				abort(); /* it accepts no line the careful path refuses */
			break;
		}
		if (j.ntok < 1 || j.tok[0].type != KO_JSON_OBJECT)
			abort();
		/* What the record loop accepts: parsed, UTF-8, no lone surrogate. */
		int whole = ko_utf8_check(p, n) == n && ko_json_check_escapes(p, n) < 0;
		/* The fast path takes only such records, with the same tokens. */
		if (fast && (!whole || line.ntok != j.ntok))
			abort();
		for (int t = 0; fast && t < j.ntok; t++)
			if (line.tok[t].type != j.tok[t].type || line.tok[t].start != j.tok[t].start ||
			    line.tok[t].end != j.tok[t].end || line.tok[t].size != j.tok[t].size)
				abort();
		for (int t = 0; t < j.ntok; t++) {
			const struct ko_json_tok *tk = &j.tok[t];
			if (tk->start < 0 || tk->end < tk->start || (size_t)tk->end > n)
				abort();
			if (tk->type == KO_JSON_STRING) {
				ko_buf_clear(&b);
				int e1 = ko_json_str(&j, t, &b, &why);
				ko_buf_clear(&c);
				int e2 = whole ? ko_json_str_checked(&j, t, &c) : 0;
				/* a record checked whole: its strings read, and
				 * the fast reader agrees with the careful one */
				if (whole && (e1 != 0 || e2 != 0 || b.n != c.n ||
				              (b.n && memcmp(b.p, c.p, b.n))))
					abort();
				check_string_body(p + tk->start, (size_t)(tk->end - tk->start));
			}
			int s = ko_json_skip(&j, t);
			if (s <= t || s > j.ntok)
				abort();
		}
		ko_json_get(&j, "text");
		ko_json_obj_dup(&j, 0, "text");
		struct ko_field f[3] = {{"text", "\"x\"", 3}, {"new", "1", 1}, {"id", NULL, 0}};
		ko_buf_clear(&b);
		ko_json_rewrite(&b, &j, f, data[0] % 2 ? 2 : 3);
		/* The rewritten record parses again, with the new values. */
		if (ko_json_parse(&k, b.p, b.n, &why) != 0)
			abort();
		int t = ko_json_get(&k, "new");
		if (t < 0 || k.tok[t].end - k.tok[t].start != 1)
			abort();
		if (data[0] % 2 == 0 && ko_json_get(&k, "id") >= 0)
			abort();
		break;
	case 2:
		check_string_body(p, n);
		ko_json_check_escapes(p, n);
		break;
	case 3:
		if (ko_json_parse_doc(&j, p, n, &why, &at) == 0) {
			for (int t = 0; t < j.ntok; t = ko_json_skip(&j, t))
				if (j.tok[t].type == KO_JSON_STRING)
					check_string_body(p + j.tok[t].start,
					                  (size_t)(j.tok[t].end - j.tok[t].start));
		} else if (at > n) {
			abort();
		}
		break;
	}
	ko_json_free(&j);
	ko_json_free(&k);
	ko_buf_free(&b);
	ko_buf_free(&c);
	return 0;
}
