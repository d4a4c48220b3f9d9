/* json.c - JSON records: jsmn (strict) for tokens, plus the checks jsmn
 * leaves out, unescaping, quoting and field rewriting. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define JSMN_STRICT
/* Without parent links jsmn finds the enclosing container by scanning back
 * over every earlier token, which is quadratic on a large document (a
 * 38 MB KorQuAD file spent most of its time there). */
#define JSMN_PARENT_LINKS
#define JSMN_STATIC
#include <jsmn.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ko.h"

_Static_assert(sizeof(jsmntok_t) == sizeof(struct ko_json_tok),
               "ko_json_tok mirrors jsmntok_t");

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The eight bytes at p as one word. */
static inline uint64_t load8(const char *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

/* The bytes a token covers, quotes included for strings. */
static int tok_lo(const struct ko_json_tok *t)
{
	return t->type == KO_JSON_STRING ? t->start - 1 : t->start;
}
static int tok_hi(const struct ko_json_tok *t)
{
	return t->type == KO_JSON_STRING ? t->end + 1 : t->end;
}

static int valid_primitive(const char *s, int n)
{
	if ((n == 4 && !memcmp(s, "true", 4)) || (n == 5 && !memcmp(s, "false", 5)) ||
	    (n == 4 && !memcmp(s, "null", 4)))
		return 1;
	int i = 0;
	if (i < n && s[i] == '-')
		i++;
	if (i < n && s[i] == '0')
		i++;
	else if (i < n && s[i] >= '1' && s[i] <= '9')
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
	else
		return 0;
	if (i < n && s[i] == '.') {
		int d = ++i;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == d)
			return 0;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		int d = i;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == d)
			return 0;
	}
	return i == n;
}

/* Only whitespace in s[a,b), except exactly one sep when sep != 0. */
static int gap_ok(const char *s, int a, int b, char sep)
{
	int seen = 0;
	for (int i = a; i < b; i++) {
		if (is_ws(s[i]))
			continue;
		if (sep && s[i] == sep && !seen) {
			seen = 1;
			continue;
		}
		return 0;
	}
	return seen == (sep != 0);
}

/* jsmn in strict mode still accepts trailing commas, missing values and
 * bare words; walk the tokens once more and check what lies between them.
 * Returns the index after the value at t, -2 for a raw control character
 * in a string, else -1. */
static int check(const struct ko_json *j, int t)
{
	const struct ko_json_tok *k = &j->tok[t];
	const char *s = j->s;
	if (k->type == KO_JSON_PRIMITIVE)
		return valid_primitive(s + k->start, k->end - k->start) ? t + 1 : -1;
	if (k->type == KO_JSON_STRING) {
		/* jsmn lets raw control characters through; a field a tool
		 * passes on untouched would then make its output invalid. */
		for (int x = j->clean ? k->end : k->start; x < k->end; x++)
			if ((unsigned char)s[x] < 0x20)
				return -2;
		return t + 1;
	}
	int pos = k->start + 1, i = t + 1;
	int members = k->size;
	for (int m = 0; m < members; m++) {
		if (i >= j->ntok)
			return -1;
		if (!gap_ok(s, pos, tok_lo(&j->tok[i]), m ? ',' : 0))
			return -1;
		if (k->type == KO_JSON_OBJECT) {
			const struct ko_json_tok *key = &j->tok[i];
			if (key->type != KO_JSON_STRING || key->size != 1 || i + 1 >= j->ntok)
				return -1;
			if (check(j, i) < 0)
				return -2;
			if (!gap_ok(s, tok_hi(key), tok_lo(&j->tok[i + 1]), ':'))
				return -1;
			i++;
		}
		int next = check(j, i);
		if (next < 0)
			return next;
		pos = tok_hi(&j->tok[i]);
		i = next;
	}
	if (!gap_ok(s, pos, k->end - 1, 0))
		return -1;
	return i;
}

/* The closing quote of the string whose opening quote is s[i] (an even
 * run of backslashes before a quote escapes none), or n if it has none. */
static size_t string_end(const char *s, size_t n, size_t i)
{
	for (;;) {
		const char *q = memchr(s + i + 1, '"', n - i - 1);
		if (!q)
			return n;
		i = (size_t)(q - s);
		size_t k = i;
		while (s[k - 1] == '\\')
			k--;
		if ((i - k) % 2 == 0)
			return i;
	}
}

/* Offset of the bracket that nests deeper than KO_JSON_MAX_DEPTH, or n.
 * jsmn closes a container by walking up from the innermost token, so depth
 * d costs d * d, and check() recurses d deep: a line of a million '[' and
 * ']' would take hours or overflow the stack. Strings are skipped with
 * memchr, so the pass costs little beside jsmn's own. */
static size_t too_deep(const char *s, size_t n)
{
	int depth = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '"') {
			if ((i = string_end(s, n, i)) == n)
				return n; /* unterminated: jsmn says so */
		} else if (c == '[' || c == '{') {
			if (++depth > KO_JSON_MAX_DEPTH)
				return i;
		} else if (c == ']' || c == '}') {
			depth--;
		}
	}
	return n;
}

/* Where the value that starts s[0,n) with a bracket ends (just past its
 * closing bracket), or n if it does not: strings skipped as too_deep
 * does. Only asked after jsmn failed, to tell text after a whole value
 * from a value cut short. */
static size_t value_end(const char *s, size_t n)
{
	int depth = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '"') {
			if ((i = string_end(s, n, i)) == n)
				return n;
		} else if (c == '[' || c == '{') {
			depth++;
		} else if ((c == ']' || c == '}') && --depth == 0) {
			return i + 1;
		}
	}
	return n;
}

/* jsmn over s[0,n) into j's token array, grown as needed. */
static int run_jsmn(struct ko_json *j, const char *s, size_t n, unsigned *pos)
{
	jsmn_parser p;
	jsmn_init(&p);
	if (!j->jsmntok) {
		j->jcap = 64;
		j->jsmntok = ko_xmalloc(sizeof(jsmntok_t) * (size_t)j->jcap);
	}
	int r;
	for (;;) {
		r = jsmn_parse(&p, s, n, j->jsmntok, (unsigned)j->jcap);
		if (r != JSMN_ERROR_NOMEM)
			break;
		j->jcap *= 2;
		j->jsmntok = ko_xrealloc(j->jsmntok, sizeof(jsmntok_t) * (size_t)j->jcap);
	}
	j->tok = j->jsmntok;
	*pos = p.pos;
	return r;
}

static void marks_forget(struct ko_json *j);

static int parse(struct ko_json *j, const char *s, size_t n, const char **why,
                 size_t *at, int doc)
{
	if (at)
		*at = 0;
	j->clean = 0;
	marks_forget(j);
	j->s = s;
	j->n = n;
	j->ntok = 0;
	if (n > INT_MAX) {
		*why = "record longer than 2 GiB";
		return -1;
	}
	size_t a = 0;
	while (a < n && is_ws(s[a]))
		a++;
	size_t b = n;
	while (b > a && is_ws(s[b - 1]))
		b--;
	if (a == b || (s[a] != '{' && !(doc && s[a] == '['))) {
		*why = doc ? "not a JSON object or array" : "not a JSON object";
		return -1;
	}
	if (memchr(s + a, 0, b - a)) {
		*why = "NUL byte in JSON";
		return -1;
	}
	size_t deep = too_deep(s + a, b - a);
	if (deep < b - a) {
		*why = "JSON nested too deeply";
		if (at)
			*at = a + deep;
		return -1;
	}
	unsigned pos;
	int r = run_jsmn(j, s, b, &pos);
	if (r < 0) {
		*why = r == JSMN_ERROR_PART ? "truncated JSON" : "invalid JSON";
		if (at)
			*at = pos;
		/* a whole value and something after it ('[...] x'): neither */
		size_t e = a + value_end(s + a, b - a);
		unsigned epos;
		if (e < b && run_jsmn(j, s, e, &epos) > 0 && (size_t)j->tok[0].end == e) {
			*why = doc ? "text after the JSON document" : "text after the JSON object";
			while (is_ws(s[e]))
				e++;
			if (at)
				*at = e;
		}
		return -1;
	}
	j->ntok = r;
	if (r < 1 || (j->tok[0].type != KO_JSON_OBJECT && !(doc && j->tok[0].type == KO_JSON_ARRAY)) ||
	    (size_t)j->tok[0].end != b) {
		*why = doc ? "not a single JSON object or array" : "not a single JSON object";
		return -1;
	}
	int c = check(j, 0);
	if (c != r) {
		*why = c == -2 ? "control character in JSON string" : "invalid JSON";
		for (int t = 0; c == -2 && at && !*at && t < r; t++)
			for (int x = j->tok[t].start; j->tok[t].type == KO_JSON_STRING &&
			     x < j->tok[t].end; x++)
				if ((unsigned char)s[x] < 0x20) {
					*at = (size_t)x;
					break;
				}
		return -1;
	}
	return 0;
}

int ko_json_parse(struct ko_json *j, const char *s, size_t n, const char **why)
{
	return parse(j, s, n, why, NULL, 0);
}

int ko_json_parse_doc(struct ko_json *j, const char *s, size_t n, const char **why,
                      size_t *at)
{
	return parse(j, s, n, why, at, 1);
}

static void skel_free(void *k);

void ko_json_free(struct ko_json *j)
{
	skel_free(j->skel);
	j->skel = NULL;
	free(j->jsmntok);
	j->jsmntok = NULL;
	j->tok = NULL;
	j->jcap = j->ntok = 0;
}

int ko_json_skip(const struct ko_json *j, int t)
{
	int end = j->tok[t].end, i = t + 1;
	if (j->tok[t].type == KO_JSON_STRING || j->tok[t].type == KO_JSON_PRIMITIVE)
		return i;
	while (i < j->ntok && j->tok[i].start < end)
		i++;
	return i;
}

static int key_is(const struct ko_json *j, int t, const char *key, size_t kn);

/* A member whose value is the text of a turn: OpenAI's "content" (a
 * string, or parts with a "text" each) and ShareGPT's "value". */
static int turn_text_key(const struct ko_json *j, int key)
{
	return key_is(j, key, "content", 7) || key_is(j, key, "value", 5) || key_is(j, key, "text", 4);
}

int ko_json_next_str(const struct ko_json *j, int t, int *i)
{
	int end = j->tok[t].end;
	++*i;
	while (*i < j->ntok && j->tok[*i].start < end) {
		const struct ko_json_tok *k = &j->tok[*i];
		if (k->type == KO_JSON_STRING && k->size) { /* a key: its value next */
			if (turn_text_key(j, *i))
				++*i;
			else
				*i = ko_json_skip(j, *i + 1);
			continue;
		}
		if (k->type == KO_JSON_STRING)
			return 1;
		++*i;
	}
	return 0;
}

void ko_json_path(const struct ko_json *j, int t, int i, struct ko_buf *path)
{
	if (i < t || i >= ko_json_skip(j, t))
		return; /* i is not inside t */
	while (t != i) {
		const struct ko_json_tok *k = &j->tok[t];
		int u = t + 1, obj = k->type == KO_JSON_OBJECT, down = -1;
		if (!obj && k->type != KO_JSON_ARRAY)
			return;
		for (int c = 0; c < k->size && down < 0; c++) {
			int v = obj ? u + 1 : u, next = ko_json_skip(j, v);
			if (i >= next) {
				u = next;
				continue;
			}
			ko_buf_addc(path, ',');
			if (obj)
				ko_buf_add(path, j->s + j->tok[u].start - 1,
				           (size_t)(j->tok[u].end - j->tok[u].start) + 2);
			else
				ko_buf_add_dec(path, (uint64_t)c);
			down = i == u ? i : v; /* (a key: the path to its member) */
		}
		if (down < 0)
			return; /* (a token inside t is under one of its members) */
		t = down;
	}
}

int ko_json_rewrite_strs(const struct ko_json *j, int t, struct ko_buf *tmp, struct ko_buf *out,
                         ko_json_str_fn fn, void *ctx)
{
	int pos = j->tok[t].start, changed = 0;
	for (int i = t; ko_json_next_str(j, t, &i);) {
		const struct ko_json_tok *k = &j->tok[i];
		const char *why, *np;
		size_t nn;
		ko_buf_clear(tmp);
		if (ko_json_str(j, i, tmp, &why) < 0 || !fn(ctx, tmp->p ? tmp->p : "", tmp->n, &np, &nn))
			continue;
		changed++;
		ko_buf_add(out, j->s + pos, (size_t)(k->start - 1 - pos));
		ko_json_quote(out, np ? np : "", nn);
		pos = k->end + 1;
	}
	ko_buf_add(out, j->s + pos, (size_t)(j->tok[t].end - pos));
	return changed;
}

/* Whether the 8 bytes of w hold a backslash. */
static inline uint64_t bslash8(uint64_t w)
{
	uint64_t x = w ^ 0x5c5c5c5c5c5c5c5cull;
	return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

/* s[0..n) == key[0..n) with no backslash in it (4 <= n <= 16), a word
 * or two at a time: the first and the last eight or four bytes, which
 * may overlap. */
static inline int same_plain(const char *s, const char *key, size_t n)
{
	uint64_t a, b, c, d;
	if (n >= 8) {
		memcpy(&a, s, 8), memcpy(&b, key, 8);
		memcpy(&c, s + n - 8, 8), memcpy(&d, key + n - 8, 8);
	} else {
		uint32_t a4, b4, c4, d4;
		memcpy(&a4, s, 4), memcpy(&b4, key, 4);
		memcpy(&c4, s + n - 4, 4), memcpy(&d4, key + n - 4, 4);
		/* the same bytes twice in a word: a backslash test of both */
		a = a4 | (uint64_t)c4 << 32, b = b4 | (uint64_t)d4 << 32, c = a, d = b;
	}
	return !((a ^ b) | (c ^ d)) && !bslash8(a) && !bslash8(c);
}

static int key_is(const struct ko_json *j, int t, const char *key, size_t kn)
{
	const struct ko_json_tok *k = &j->tok[t];
	size_t n = (size_t)(k->end - k->start);
	const char *s = j->s + k->start;
	/* The bytes before a key's first escape are its own: a key that
	 * differs from the one asked for before any escape is another one,
	 * told without looking further (most keys, at their first byte). */
	if (n < kn)
		return 0; /* (an escape only makes a key shorter) */
	size_t m = 0;
	if (n == kn && n >= 4 && n <= 16) /* (the usual: "instruction", "text") */
		return same_plain(s, key, n);
	if (n == kn) { /* equal only as it is written, with no escape */
		for (; m < n; m++)
			if (s[m] != key[m] || s[m] == '\\')
				return 0;
		return 1;
	}
	while (m < n && m < kn && s[m] == key[m] && s[m] != '\\')
		m++;
	if (m < n && s[m] != '\\')
		return 0;
	/* An escape makes a key shorter once decoded: a key no longer than
	 * the one asked for is equal only as it is written, with no escape. */
	if (n <= kn)
		return n == kn && !memcmp(s, key, kn) && !memchr(s, '\\', n);
	if (!memchr(s, '\\', n))
		return 0;
	struct ko_buf b = {0};
	const char *why;
	int eq = ko_json_unescape(&b, s, n, &why) == 0 && b.n == kn && !memcmp(b.p, key, kn);
	ko_buf_free(&b);
	return eq;
}

/* key_is, told at once for most keys that differ: shorter, or another
 * first byte that is no escape. */
static inline int key_may_be(const struct ko_json *j, int t, const char *key, size_t kn)
{
	const struct ko_json_tok *k = &j->tok[t];
	size_t n = (size_t)(k->end - k->start);
	char c = j->s[k->start];
	return n >= kn && (kn == 0 || c == key[0] || c == '\\') && key_is(j, t, key, kn);
}

/* The token after the value at t (ko_json_skip), at once for a string or
 * a primitive. */
static inline int after_value(const struct ko_json *j, int t)
{
	int ty = j->tok[t].type;
	return ty == KO_JSON_STRING || ty == KO_JSON_PRIMITIVE ? t + 1 : ko_json_skip(j, t);
}

/* What was asked of a key of the top-level object (ko_json_obj_get and
 * the others, at token 0) of a line of ko_json_parse_line: the value of
 * its first member and whether another has it too, kept with the line's
 * skeleton, whose every line has the same keys at the same tokens. Keys
 * of more than KMEMO_KEY bytes are not kept. */
#define KMEMO 16 /* (a table by a hash of the key, at most 3/4 full) */
#define KMEMO_KEY 24
struct kmemo {
	char key[KMEMO_KEY];
	uint32_t kn;
	int first, dup;
};

/* A string or number taken out of the line: where it was in the
 * skeleton (of a string, its empty body; of a number, just after its 0),
 * and the bytes taken out up to and with it. */
struct skent {
	uint32_t at, taken;
};

struct skel {
	char *s;
	size_t cap;
	struct skseen *cur; /* the skeleton of the line (mline), or NULL */
	struct skseen *last; /* the skeleton whose tokens j holds, or NULL */
	size_t nk; /* the keys the walk left in the skeleton */
	/* The entries, in order, from ent[1]; ent[0] is {0, 0}, so that
	 * ent[q].taken is what was taken out before the q + 1-th. A token of
	 * the skeleton is back in the line once the bytes taken out before
	 * its start and before its end are added. */
	struct skent *ent;
	size_t m, ecap; /* entries, and room for them (past ent[0]) */
	uint64_t *marks; /* ko_utf8_json_marks of the line */
	size_t mcap;
	const char *mline; /* the line they are of (ko_json_parse_line's), or
	                    * NULL when none is */
	/* The last skeletons that made good records, with their tokens as
	 * jsmn gave them: the records of a stream have few shapes (a
	 * generator's tasks, one each), and the same skeleton always gives
	 * the same tokens and passes the same checks. */
	struct skseen {
		char *s;
		size_t n, cap; /* n == 0: empty */
		struct ko_json_tok *tok;
		/* of each token, how many entries lie before its start and
		 * before its end: the ent whose taken is added to each */
		uint32_t *ab;
		size_t m; /* the skeleton's entries */
		int ntok, tcap;
		/* what was asked of its keys (which are in the skeleton,
		 * so the same in every line of it) */
		struct kmemo memo[KMEMO];
		unsigned memo_used; /* a bit for each entry in use */
		int nmemo;
		/* ko_json_obj_dupset's answer for the last set asked, told
		 * by its address, keys, count and bits (a set is made once
		 * and its keys outlive it: ko_json_keyset) */
		const struct ko_json_keyset *dset;
		const char *const *dkeys;
		int dn, dres;
		uint32_t dall;
	} seen[4];
	unsigned nextseen;
};

static inline struct kmemo *memo_find(const struct ko_json *j, const char *key, size_t kn,
                                      struct kmemo **room);
static inline struct skseen *memo_of(const struct ko_json *j);
static int memo_fill(const struct ko_json *j, struct kmemo *m, const char *key, size_t kn);

int ko_json_obj_get(const struct ko_json *j, int obj, const char *key)
{
	return ko_json_obj_getn(j, obj, key, strlen(key));
}

int ko_json_obj_getn(const struct ko_json *j, int obj, const char *key, size_t kn)
{
	if (obj < 0 || obj >= j->ntok || j->tok[obj].type != KO_JSON_OBJECT)
		return -1;
	struct kmemo *km, *room;
	if (obj == 0 && (km = memo_find(j, key, kn, &room)))
		return km->first;
	if (obj == 0 && room)
		return memo_fill(j, room, key, kn);
	int i = obj + 1;
	for (int m = 0; m < j->tok[obj].size; m++) {
		if (key_may_be(j, i, key, kn))
			return i + 1;
		i = after_value(j, i + 1);
	}
	return -1;
}

void ko_json_keyset(struct ko_json_keyset *ks, const char *const *keys, int nkeys)
{
	if (nkeys > 32)
		nkeys = 32;
	if (nkeys < 0)
		nkeys = 0;
	memset(ks, 0, sizeof *ks);
	ks->keys = keys;
	ks->nkeys = nkeys;
	for (int k = 0; k < nkeys; k++) {
		ks->len[k] = (uint32_t)strlen(keys[k]);
		ks->all |= 1u << k;
		if (!keys[k][0]) /* (the empty key: asked of every member) */
			for (int b = 0; b < 64; b++)
				ks->by[b] |= 1u << k;
		else
			ks->by[(unsigned char)keys[k][0] & 63] |= 1u << k;
	}
}

int ko_json_obj_dupset(const struct ko_json *j, int obj, const struct ko_json_keyset *ks)
{
	if (obj < 0 || obj >= j->ntok || j->tok[obj].type != KO_JSON_OBJECT || ks->nkeys <= 0)
		return -1;
	if (obj == 0) { /* the answers kept for the line's skeleton */
		struct skseen *sn = memo_of(j);
		if (sn && sn->dset == ks && sn->dkeys == ks->keys && sn->dn == ks->nkeys &&
		    sn->dall == ks->all)
			return sn->dres;
		int k = 0, res = -1;
		for (; k < ks->nkeys; k++) {
			struct kmemo *m, *room;
			if (!(m = memo_find(j, ks->keys[k], ks->len[k], &room))) {
				if (!room)
					break; /* (not kept: the walk below) */
				memo_fill(j, m = room, ks->keys[k], ks->len[k]);
			}
			if (m->dup) {
				res = k;
				break;
			}
		}
		if (res >= 0 || k == ks->nkeys) {
			if (sn) {
				sn->dset = ks, sn->dkeys = ks->keys, sn->dn = ks->nkeys;
				sn->dall = ks->all, sn->dres = res;
			}
			return res;
		}
	}
	unsigned seen = 0, dup = 0;
	/* One walk of the members; a member's key is asked only of the keys
	 * its first byte may begin (most members: none, or one). */
	int i = obj + 1;
	for (int m = 0; m < j->tok[obj].size; m++) {
		const struct ko_json_tok *t = &j->tok[i];
		char c = t->end > t->start ? j->s[t->start] : '\\';
		uint32_t may = c == '\\' ? ks->all : ks->by[(unsigned char)c & 63];
		while (may) {
			int k = __builtin_ctz(may);
			may &= may - 1;
			if (key_may_be(j, i, ks->keys[k], ks->len[k])) {
				dup |= seen & 1u << k;
				seen |= 1u << k;
			}
		}
		i = after_value(j, i + 1);
	}
	return dup ? __builtin_ctz(dup) : -1;
}

int ko_json_obj_dups(const struct ko_json *j, int obj, const char *const *keys, int nkeys)
{
	struct ko_json_keyset ks;
	ko_json_keyset(&ks, keys, nkeys);
	return ko_json_obj_dupset(j, obj, &ks);
}

int ko_json_obj_first(const struct ko_json *j, int obj, const char *const *keys, int nkeys)
{
	if (obj < 0 || obj >= j->ntok || j->tok[obj].type != KO_JSON_OBJECT)
		return -1;
	int k0 = 0;
	if (obj == 0 && nkeys > 0) {
		/* the keys asked before, up to the first that was not: the
		 * rest in one walk of the members, not one walk each (the
		 * layouts' fields of a plain record are ten keys, nine of
		 * them absent) */
		for (; k0 < nkeys; k0++) {
			struct kmemo *m, *room;
			if (!(m = memo_find(j, keys[k0], strlen(keys[k0]), &room)))
				break;
			if (m->first >= 0)
				return k0;
		}
		if (k0 == nkeys)
			return -1;
	}
	int best = nkeys, i = obj + 1;
	for (int m = 0; m < j->tok[obj].size && best > k0; m++) {
		char c = j->s[j->tok[i].start];
		for (int k = k0; k < best; k++)
			if ((c == keys[k][0] || c == '\\' || !keys[k][0]) &&
			    key_may_be(j, i, keys[k], strlen(keys[k])))
				best = k;
		i = after_value(j, i + 1);
	}
	return best < nkeys ? best : -1;
}

int ko_json_obj_get_dup(const struct ko_json *j, int obj, const char *key, int *dup)
{
	*dup = 0;
	if (obj < 0 || obj >= j->ntok || j->tok[obj].type != KO_JSON_OBJECT)
		return -1;
	size_t kn = strlen(key);
	struct kmemo *km, *room;
	if (obj == 0 && (km = memo_find(j, key, kn, &room))) {
		*dup = km->dup;
		return km->first;
	}
	if (obj == 0 && room) {
		int first = memo_fill(j, room, key, kn);
		*dup = room->dup;
		return first;
	}
	int i = obj + 1, at = -1;
	for (int m = 0; m < j->tok[obj].size; m++) {
		if (key_may_be(j, i, key, kn)) {
			if (at >= 0) {
				*dup = 1;
				break;
			}
			at = i + 1;
		}
		i = after_value(j, i + 1);
	}
	return at;
}

int ko_json_obj_dup(const struct ko_json *j, int obj, const char *key)
{
	return ko_json_obj_dups(j, obj, &key, 1) >= 0;
}

/* Hex digit values with bit 4 set; 0 for any other byte, so one AND
 * tells whether all four are digits. A table, because KorQuAD escapes
 * every Hangul letter and this runs for each of them. */
static const unsigned char hexv[256] = {
	['0'] = 0x10, ['1'] = 0x11, ['2'] = 0x12, ['3'] = 0x13, ['4'] = 0x14, ['5'] = 0x15,
	['6'] = 0x16, ['7'] = 0x17, ['8'] = 0x18, ['9'] = 0x19, ['a'] = 0x1A, ['b'] = 0x1B,
	['c'] = 0x1C, ['d'] = 0x1D, ['e'] = 0x1E, ['f'] = 0x1F, ['A'] = 0x1A, ['B'] = 0x1B,
	['C'] = 0x1C, ['D'] = 0x1D, ['E'] = 0x1E, ['F'] = 0x1F,
};

static int hex4(const char *p, uint32_t *v)
{
	const unsigned char *u = (const unsigned char *)p;
	unsigned a = hexv[u[0]], b = hexv[u[1]], c = hexv[u[2]], d = hexv[u[3]];
	if (!(a & b & c & d & 0x10))
		return -1;
	*v = (a & 15) << 12 | (b & 15) << 8 | (c & 15) << 4 | (d & 15);
	return 0;
}

/* The escape at p[0] == '\\' with n bytes left: its length (2, 6, or 12
 * for a surrogate pair) and the code point it stands for in *u, or -1 with
 * *why set. */
static inline int escape(const char *p, size_t n, uint32_t *u, const char **why)
{
	switch (n >= 2 ? p[1] : 0) {
	case '"': *u = '"'; return 2;
	case '\\': *u = '\\'; return 2;
	case '/': *u = '/'; return 2;
	case 'b': *u = '\b'; return 2;
	case 'f': *u = '\f'; return 2;
	case 'n': *u = '\n'; return 2;
	case 'r': *u = '\r'; return 2;
	case 't': *u = '\t'; return 2;
	case 'u': break;
	default:
		*why = "bad escape in JSON string";
		return -1;
	}
	if (n < 6 || hex4(p + 2, u) < 0) {
		*why = "bad escape in JSON string";
		return -1;
	}
	if (*u >= 0xD800 && *u <= 0xDBFF) {
		uint32_t lo;
		if (n < 12 || p[6] != '\\' || p[7] != 'u' || hex4(p + 8, &lo) < 0 || lo < 0xDC00 ||
		    lo > 0xDFFF) {
			*why = "lone surrogate in JSON string";
			return -1;
		}
		*u = 0x10000 + ((*u - 0xD800) << 10) + (lo - 0xDC00);
		return 12;
	}
	if (*u >= 0xDC00 && *u <= 0xDFFF) {
		*why = "lone surrogate in JSON string";
		return -1;
	}
	return 6;
}

enum walk { UNESCAPE, REQUOTE, CHECK };

/* The one JSON string checker: walk the body of a JSON string, validating
 * it, and write it unescaped (UNESCAPE), in the form ko_json_requote
 * describes (REQUOTE) or not at all (CHECK) to o, which has room for n
 * bytes (neither form is longer than the body). Returns the bytes
 * written, or -1 with *why set. Inlined into each caller, so the mode
 * tests fold away. */
static inline __attribute__((always_inline)) long walk(char *o, const char *p, size_t n,
                                                       enum walk mode, const char **why)
{
	char *o0 = o;
	size_t i = 0;
	while (i < n) {
		if (p[i] != '\\') { /* escapes often follow each other */
			size_t r = i;
			/* Between escapes the runs are short and mostly ASCII:
			 * scan those here, the rest with ko_utf8_span. */
			while (r < n && (unsigned char)(p[r] - 0x20) < 0x60 && p[r] != '"' &&
			       p[r] != '\\')
				r++;
			if (r < n && (unsigned char)p[r] >= 0x80)
				r += ko_utf8_span(p + r, n - r, 1);
			if (mode != CHECK) {
				memcpy(o, p + i, r - i);
				o += r - i;
			}
			i = r;
			if (i >= n)
				break;
			if ((unsigned char)p[i] >= 0x80) {
				*why = "invalid UTF-8";
				return -1;
			}
			if (p[i] != '\\') {
				*why = p[i] == '"' ? "unescaped quote in JSON string"
				                   : "control character in JSON string";
				return -1;
			}
		}
		uint32_t u;
		int k = escape(p + i, n - i, &u, why);
		if (k < 0)
			return -1;
		if (mode == REQUOTE &&
		    (k == 2 ? p[i + 1] != '/' : u < 0x20 || u == '"' || u == '\\')) {
			memcpy(o, p + i, (size_t)k);
			o += k;
		} else if (mode != CHECK) {
			o += ko_utf8_encode(u, o);
		}
		i += (size_t)k;
	}
	return mode == CHECK ? 0 : o - o0;
}

int ko_json_unescape(struct ko_buf *out, const char *p, size_t n, const char **why)
{
	ko_buf_reserve(out, n);
	long k = walk(out->p + out->n, p, n, UNESCAPE, why);
	if (k < 0) {
		out->p[out->n] = 0;
		return -1;
	}
	out->n += (size_t)k;
	out->p[out->n] = 0;
	return 0;
}

int ko_json_requote(struct ko_buf *out, const char *p, size_t n, const char **why)
{
	ko_buf_reserve(out, n + 2);
	char *o = out->p + out->n;
	long k = walk(o + 1, p, n, REQUOTE, why);
	if (k < 0) {
		out->p[out->n] = 0;
		return -1;
	}
	o[0] = '"';
	o[k + 1] = '"';
	out->n += (size_t)k + 2;
	out->p[out->n] = 0;
	return 0;
}

int ko_json_check_str(const char *p, size_t n, const char **why)
{
	return walk(NULL, p, n, CHECK, why) < 0 ? -1 : 0;
}

int ko_json_str(const struct ko_json *j, int t, struct ko_buf *out, const char **why)
{
	if (t < 0 || t >= j->ntok || j->tok[t].type != KO_JSON_STRING) {
		*why = "not a string";
		return -1;
	}
	const struct ko_json_tok *k = &j->tok[t];
	return ko_json_unescape(out, j->s + k->start, (size_t)(k->end - k->start), why);
}

static const uint64_t *line_marks(const struct ko_json *j);
static inline size_t next_mark(const uint64_t *mk, size_t x, size_t n);

/* ko_json_str_checked, and with esc set the map ko_json_str_checked_esc
 * describes. */
static int str_checked(const struct ko_json *j, int t, struct ko_buf *out, struct ko_buf *esc)
{
	const struct ko_json_tok *k = &j->tok[t];
	const char *p = j->s + k->start, *e = j->s + k->end;
	/* the escapes: where the line's marks are kept, each is found at its
	 * mark (inside a checked string every mark is a backslash, or the
	 * character an escape's backslash quotes, which is stepped over) */
	const uint64_t *mk = line_marks(j);
	ko_buf_reserve(out, (size_t)(e - p));
	char *o0 = out->p + out->n, *o = o0;
	size_t nesc = 0, cap = (size_t)(e - p) / 16;
	if (esc) {
		ko_buf_clear(esc);
		if (mk)
			ko_buf_reserve(esc, cap * 2 * sizeof(uint32_t));
		else
			esc = NULL;
	}
	uint32_t *m = esc ? (uint32_t *)(void *)esc->p : NULL;
	for (;;) {
		const char *b;
		if (mk) {
			size_t x = next_mark(mk, (size_t)(p - j->s), (size_t)k->end);
			b = x < (size_t)k->end ? j->s + x : NULL;
		} else {
			b = memchr(p, '\\', (size_t)(e - p));
		}
		size_t run = (size_t)((b ? b : e) - p);
		memcpy(o, p, run);
		o += run;
		if (!b)
			break;
		/* the usual escapes (\n, \") a byte each, at once */
		static const char simple[128] = {['"'] = '"', ['\\'] = '\\', ['/'] = '/', ['b'] = '\b',
		                                 ['f'] = '\f', ['n'] = '\n', ['r'] = '\r', ['t'] = '\t'};
		unsigned char c = b + 1 < e ? (unsigned char)b[1] : 0;
		if (c < 128 && simple[c]) {
			*o++ = simple[c];
			p = b + 2;
		} else {
			uint32_t u;
			const char *why;
			int len = escape(b, (size_t)(e - b), &u, &why);
			if (len < 0) {
				out->p[out->n] = 0;
				return -1;
			}
			o += ko_utf8_encode(u, o);
			p = b + len;
		}
		if (m) {
			if (nesc == cap) { /* too many to be worth a map */
				m = NULL;
				continue;
			}
			m[2 * nesc] = (uint32_t)(o - o0);
			m[2 * nesc + 1] = (uint32_t)(p - (j->s + k->start));
			nesc++;
		}
	}
	out->n = (size_t)(o - out->p);
	out->p[out->n] = 0;
	if (!m)
		return 0;
	esc->n = nesc * 2 * sizeof(uint32_t);
	return 1;
}

int ko_json_str_checked(const struct ko_json *j, int t, struct ko_buf *out)
{
	return str_checked(j, t, out, NULL) < 0 ? -1 : 0;
}

int ko_json_str_checked_esc(const struct ko_json *j, int t, struct ko_buf *out, struct ko_buf *esc)
{
	return str_checked(j, t, out, esc);
}

size_t ko_json_next_escape(const struct ko_json *j, int t, size_t from)
{
	size_t end = (size_t)j->tok[t].end;
	const uint64_t *mk = line_marks(j);
	if (mk) /* (inside a checked string every mark is an escape's) */
		return next_mark(mk, from, end);
	const char *b = from < end ? memchr(j->s + from, '\\', end - from) : NULL;
	return b ? (size_t)(b - j->s) : end;
}

#ifdef KO_AVX2
/* The special bytes of the 32 at p, 0xFF each. (Bit 1 flipped, '"' is
 * 0x20 and the control bytes stay below it: one test of the minimum
 * finds both.) */
__attribute__((target("avx2"))) static inline __m256i specials32(const char *p)
{
	__m256i x = _mm256_loadu_si256((const __m256i *)(const void *)p);
	__m256i t = _mm256_xor_si256(x, _mm256_set1_epi8(0x02));
	return _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(t, _mm256_set1_epi8(0x20)), t),
	                       _mm256_cmpeq_epi8(x, _mm256_set1_epi8('\\')));
}

/* special_span 32 bytes at a time, 64 to a test (a string's runs between
 * escapes are long): the first special byte, or where fewer than 32
 * bytes are left (the caller reads on from there). */
__attribute__((target("avx2"))) static size_t special_span32(const char *p, size_t n)
{
	size_t i = 0;
	for (; i + 64 <= n; i += 64) {
		__m256i a = specials32(p + i), b = specials32(p + i + 32);
		if (!_mm256_testz_si256(_mm256_or_si256(a, b), _mm256_or_si256(a, b))) {
			uint64_t bits = (uint32_t)_mm256_movemask_epi8(a) |
			                (uint64_t)(uint32_t)_mm256_movemask_epi8(b) << 32;
			return i + (size_t)__builtin_ctzll(bits);
		}
	}
	if (i + 32 <= n) {
		unsigned bits = (unsigned)_mm256_movemask_epi8(specials32(p + i));
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
		i += 32;
	}
	return i;
}
#endif

/* Bytes before the first '"', '\\' or control character. Other bytes,
 * invalid UTF-8 included, are written as they are, so this is all the
 * quoting needs to find: 32, 16 or 8 bytes at a time. */
static size_t special_span(const char *p, size_t n)
{
	size_t i = 0;
#ifdef KO_AVX2
	if (n >= 32 && ko_have_avx2())
		i = special_span32(p, n);
#endif
#ifdef __SSE2__
	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
		                                      _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
		                         _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
	}
#endif
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		if (ko_json_special8(w))
			break;
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c < 0x20 || c == '"' || c == '\\')
			break;
	}
	return i;
}

/* The escape of the special byte c, into e (at most 6 bytes); its length. */
static size_t escape_of(unsigned char c, char e[6])
{
	static const char hex[] = "0123456789abcdef";
	e[0] = '\\';
	switch (c) {
	case '"': e[1] = '"'; return 2;
	case '\\': e[1] = '\\'; return 2;
	case '\n': e[1] = 'n'; return 2;
	case '\t': e[1] = 't'; return 2;
	case '\r': e[1] = 'r'; return 2;
	case '\b': e[1] = 'b'; return 2;
	case '\f': e[1] = 'f'; return 2;
	default:
		if (c >= 0x80) { /* invalid UTF-8: the caller's bytes, as they are */
			e[0] = (char)c;
			return 1;
		}
		memcpy(e + 1, "u00", 3);
		e[4] = hex[c >> 4];
		e[5] = hex[c & 15];
		return 6;
	}
}

/* Quote p into a sink, piece by piece: the runs between the bytes JSON
 * must escape, and their escapes. */
static void quote_to(const struct ko_sink *k, const char *p, size_t n)
{
	k->add(k->ctx, "\"", 1);
	size_t i = 0;
	while (i < n) {
		size_t r = i + special_span(p + i, n - i);
		if (r > i)
			k->add(k->ctx, p + i, r - i);
		if (r >= n)
			break;
		char e[6];
		k->add(k->ctx, e, escape_of((unsigned char)p[r], e));
		i = r + 1;
	}
	k->add(k->ctx, "\"", 1);
}

void ko_buf_sink_add(void *buf, const char *p, size_t n)
{
	ko_buf_add(buf, p, n);
}

char *ko_buf_sink_room(void *buf, size_t n)
{
	struct ko_buf *b = buf;
	ko_buf_reserve(b, n);
	char *o = b->p + b->n;
	b->n += n;
	b->p[b->n] = 0;
	return o;
}

/* ko_json_quote, with or without the quotes (quotes is a constant where
 * it is inlined) */
static inline __attribute__((always_inline)) void quote_into(struct ko_buf *out, const char *p,
                                                             size_t n, int quotes)
{
	/* quote_to written straight into the buffer: the runs and escapes
	 * of a task's input and output are many, and a piece through the
	 * sink costs more than its bytes. Room for n + 2 bytes, grown at an
	 * escape that needs more. */
	size_t room = n + 2;
	ko_buf_reserve(out, room);
	char *o = out->p + out->n;
	if (quotes)
		*o++ = '"';
	size_t i = 0;
	while (i < n) {
		size_t r = i + special_span(p + i, n - i);
		memcpy(o, p + i, r - i);
		o += r - i;
		if (r >= n)
			break;
		char e[6];
		size_t el = escape_of((unsigned char)p[r], e);
		size_t used = (size_t)(o - (out->p + out->n)), need = used + el + (n - r - 1) + 1;
		if (need > room) {
			room = need + 64;
			ko_buf_reserve(out, room);
			o = out->p + out->n + used;
		}
		memcpy(o, e, el);
		o += el;
		i = r + 1;
	}
	if (quotes)
		*o++ = '"';
	out->n = (size_t)(o - out->p);
	out->p[out->n] = 0;
}

void ko_json_quote(struct ko_buf *out, const char *p, size_t n)
{
	quote_into(out, p, n, 1);
}

void ko_json_quote_more(struct ko_buf *out, const char *p, size_t n)
{
	quote_into(out, p, n, 0);
}

void ko_json_quotes(struct ko_buf *out, const char *s)
{
	ko_json_quote(out, s, strlen(s));
}

static void value_to(const struct ko_sink *k, const struct ko_field *f, int text)
{
	if (text)
		quote_to(k, f->raw, f->rawn);
	else
		k->add(k->ctx, f->raw, f->rawn);
}

/* A key written as it is between quotes: no byte JSON escapes. Eight
 * bytes at a time (the last word may overlap the one before): ko-split
 * asks it of three keys of every chunk it writes. */
static int plain_key(const char *p, size_t n)
{
	if (n >= 8) {
		for (size_t i = 0; i + 8 <= n; i += 8)
			if (ko_json_special8(load8(p + i)))
				return 0;
		return !ko_json_special8(load8(p + n - 8));
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c < 0x20 || c == '"' || c == '\\')
			return 0;
	}
	return 1;
}

/* Field x sets its key (else it removes it). */
static int sets(const struct ko_field *f, int x, const struct ko_put *put)
{
	return f[x].raw || (put && put->x == x);
}

static int x_text(unsigned text, int x)
{
	return x < 32 && (text >> x & 1);
}

/* Field x's value: put in place, quoted or copied. */
static void field_to(const struct ko_sink *k, const struct ko_field *f, int x, unsigned text,
                     const struct ko_put *put)
{
	if (put && put->x == x)
		put->fn(put->ctx, k);
	else
		value_to(k, &f[x], x_text(text, x));
}

void ko_json_rewrite(struct ko_buf *out, const struct ko_json *j,
                     const struct ko_field *f, int nf)
{
	struct ko_sink k = KO_BUF_SINK(out);
	ko_json_rewrite_to(&k, j, f, nf, 0);
}

void ko_json_rewrite_to(const struct ko_sink *k, const struct ko_json *j,
                        const struct ko_field *f, int nf, unsigned text)
{
	ko_json_rewrite_put(k, j, f, nf, text, NULL);
}

void ko_json_rewrite_put(const struct ko_sink *k, const struct ko_json *j,
                         const struct ko_field *f, int nf, unsigned text,
                         const struct ko_put *put)
{
	const char *s = j->s;
	const struct ko_json_tok *o = &j->tok[0];
	char used[64] = {0};
	size_t kn[64];
	int removing = 0;
	for (int x = 0; x < nf && x < 64; x++) {
		removing |= !sets(f, x, put);
		kn[x] = strlen(f[x].key);
	}
	int pos = 0;        /* next byte of s to copy */
	int last_end = -1;  /* end of the last member written */
	int wrote = 0;
	int i = 1;
	if (removing)
		k->add(k->ctx, s, (size_t)o->start + 1), pos = -1;
	for (int m = 0; m < o->size; m++) {
		int key = i, val = i + 1, next = ko_json_skip(j, val);
		const struct ko_json_tok *kt = &j->tok[key], *vt = &j->tok[val];
		int hit = -1;
		for (int x = 0; x < nf && x < 64; x++)
			if (key_may_be(j, key, f[x].key, kn[x])) {
				hit = x;
				break;
			}
		if (hit >= 0 && used[hit]) {
			/* A later copy of a key that is set or removed goes: a
			 * JSON reader that keeps the last would see the old
			 * value. It follows a member, so the comma before it
			 * goes with it. */
			if (!removing) {
				k->add(k->ctx, s + pos, (size_t)(last_end - pos));
				pos = tok_hi(vt);
			}
			i = next;
			continue;
		}
		if (hit >= 0)
			used[hit] = 1;
		if (!removing) {
			if (hit >= 0) {
				k->add(k->ctx, s + pos, (size_t)(tok_lo(vt) - pos));
				field_to(k, f, hit, text, put);
				pos = tok_hi(vt);
			}
			last_end = tok_hi(vt);
		} else if (hit < 0 || sets(f, hit, put)) {
			if (wrote++)
				k->add(k->ctx, ",", 1);
			k->add(k->ctx, s + tok_lo(kt), (size_t)(tok_lo(vt) - tok_lo(kt)));
			if (hit >= 0)
				field_to(k, f, hit, text, put);
			else
				k->add(k->ctx, s + tok_lo(vt), (size_t)(tok_hi(vt) - tok_lo(vt)));
		}
		i = next;
	}
	if (!removing) {
		int at = last_end >= 0 ? last_end : o->start + 1;
		if (at > pos) { /* (not when a dropped copy was the last member) */
			k->add(k->ctx, s + pos, (size_t)(at - pos));
			pos = at;
		}
		wrote = last_end >= 0;
	}
	for (int x = 0; x < nf; x++) {
		if ((x < 64 && used[x]) || !sets(f, x, put))
			continue;
		/* A short key that needs no escape, and a short value as it
		 * is (chunk_index: 3), go out in one piece: most new
		 * fields are such, and a piece costs more than its bytes. */
		char one[160];
		size_t kl = x < 64 ? kn[x] : strlen(f[x].key), m = 0;
		if (kl <= 64 && !(put && put->x == x) && plain_key(f[x].key, kl)) {
			if (wrote++)
				one[m++] = ',';
			one[m++] = '"';
			memcpy(one + m, f[x].key, kl);
			m += kl;
			one[m++] = '"';
			one[m++] = ':';
			if (!x_text(text, x) && f[x].rawn <= 64) {
				memcpy(one + m, f[x].raw, f[x].rawn);
				k->add(k->ctx, one, m + f[x].rawn);
				continue;
			}
			k->add(k->ctx, one, m);
			field_to(k, f, x, text, put);
			continue;
		}
		if (wrote++)
			k->add(k->ctx, ",", 1);
		quote_to(k, f[x].key, kl);
		k->add(k->ctx, ":", 1);
		field_to(k, f, x, text, put);
	}
	if (removing)
		k->add(k->ctx, "}", 1);
	else
		k->add(k->ctx, s + pos, (size_t)(o->end - pos));
}

long ko_json_check_escapes(const char *s, size_t n)
{
	/* The escapes of the one checker (escape()), for a whole line: jsmn
	 * has checked their syntax, not that surrogates come in pairs. */
	const char *p = s, *end = s + n;
	while ((p = memchr(p, '\\', (size_t)(end - p)))) {
		uint32_t u;
		const char *why;
		int k = escape(p, (size_t)(end - p), &u, &why);
		if (k < 0)
			return p - s;
		p += k;
	}
	return -1;
}

/* ---- the record-line fast path ----
 *
 * jsmn reads a byte at a time, and most of a record's bytes are the body
 * of its text string. ko_json_parse_line scans the strings itself, with
 * the UTF-8 checker that stops at '"', '\\' and control characters, and
 * checks each escape with escape(); jsmn then tokenises a skeleton of the
 * line in which every string but a key is empty and every number, checked
 * here, is 0 (so that records that differ only in those share a skeleton:
 * the chunks of ko-split --chunk, numbered; and the records of one
 * skeleton have the same keys, so what was asked of the keys of one holds
 * for the next: struct kmemo), and the tokens are mapped back to the
 * line. Anything unusual returns -1 and the caller takes the full
 * path, which then gives the reason, so no line is judged differently. */

/* The longest line whose strings are found by marks (see below). */
#define MARKS_MAX ((size_t)1 << 20)

/* Room past a skeleton's end for the 16-byte store of a gap. */
#define SKEL_PAD 16

static void skel_free(void *v)
{
	struct skel *k = v;
	if (!k)
		return;
	free(k->s);
	free(k->marks);
	free(k->ent);
	for (int i = 0; i < 4; i++) {
		free(k->seen[i].s);
		free(k->seen[i].tok);
		free(k->seen[i].ab);
	}
	free(k);
}

/* The skeleton of the line j holds, whose answers about keys hold for
 * it, or NULL. */
static inline struct skseen *memo_of(const struct ko_json *j)
{
	const struct skel *k = j->skel;
	return k && k->cur && k->mline == j->s ? k->cur : NULL;
}

static inline uint32_t load4(const char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

/* a[0..kn) == key[0..kn), kn <= KMEMO_KEY: a word or three at a time
 * (the words may overlap), in line, where memcmp would be a call. */
static inline int memo_same(const char *a, const char *key, size_t kn)
{
	if (kn >= 8) {
		uint64_t d = (load8(a) ^ load8(key)) | (load8(a + kn - 8) ^ load8(key + kn - 8));
		if (kn > 16)
			d |= load8(a + 8) ^ load8(key + 8);
		return !d;
	}
	if (kn >= 4)
		return !((load4(a) ^ load4(key)) | (load4(a + kn - 4) ^ load4(key + kn - 4)));
	for (size_t i = 0; i < kn; i++)
		if (a[i] != key[i])
			return 0;
	return 1;
}

/* The entry of key (kn bytes) in what was asked of the keys of the line
 * j holds (the top-level object's), or NULL with *room the entry to fill
 * for it (a line of ko_json_parse_line, a key of up to KMEMO_KEY bytes,
 * while entries are left) or NULL. */
static inline __attribute__((always_inline)) struct kmemo *
memo_find(const struct ko_json *j, const char *key, size_t kn, struct kmemo **room)
{
	*room = NULL;
	struct skseen *sn = memo_of(j);
	if (!sn || kn > KMEMO_KEY)
		return NULL;
	unsigned h = ((unsigned)kn * 5 + (unsigned char)key[0] +
	              (kn ? 3u * (unsigned char)key[kn - 1] : 0)) % KMEMO;
	for (; sn->memo_used >> h & 1; h = (h + 1) % KMEMO)
		if (sn->memo[h].kn == kn && memo_same(sn->memo[h].key, key, kn))
			return &sn->memo[h];
	if (sn->nmemo < KMEMO * 3 / 4)
		*room = &sn->memo[h];
	return NULL;
}

/* Entry m (memo_find's room) filled for key by one walk of the members;
 * the value of the first member with it, or -1. */
static int memo_fill(const struct ko_json *j, struct kmemo *m, const char *key, size_t kn)
{
	int i = 1, first = -1, dup = 0;
	for (int x = 0; x < j->tok[0].size; x++) {
		if (key_may_be(j, i, key, kn)) {
			if (first >= 0) {
				dup = 1;
				break;
			}
			first = i + 1;
		}
		i = after_value(j, i + 1);
	}
	memset(m->key, 0, sizeof m->key);
	memcpy(m->key, key, kn);
	m->kn = (uint32_t)kn;
	m->first = first;
	m->dup = dup;
	struct skseen *sn = ((struct skel *)j->skel)->cur;
	sn->memo_used |= 1u << (m - sn->memo);
	sn->nmemo++;
	return first;
}

static __attribute__((noinline)) void skel_grow(struct skel *k)
{
	k->ecap = k->ecap ? 2 * k->ecap : 32;
	k->ent = ko_xrealloc(k->ent, (k->ecap + 1) * sizeof *k->ent);
	k->ent[0] = (struct skent){0, 0};
}

/* An entry: taken out up to line offset end, the skeleton being at at
 * there. */
static inline void skel_take(struct skel *k, size_t at, size_t end)
{
	if (k->m == k->ecap)
		skel_grow(k);
	k->ent[++k->m] = (struct skent){(uint32_t)at, (uint32_t)(end - at)};
}

/* How many entries lie at or before skeleton offset x. */
static size_t taken_at(const struct skel *k, size_t x)
{
	size_t lo = 1, hi = k->m + 1;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (k->ent[mid].at <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo - 1;
}

static inline int is_word_byte(char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' ||
	       (unsigned char)c >= 0x80;
}

/* Copy the bytes between strings s[0..n), at line offset pos, to o, each
 * JSON number in them as 0, taken out as an entry; returns the end of o.
 * A run that is no valid number is copied as it is (jsmn and check then
 * judge it). */
static char *skel_gap(struct skel *k, char *o, const char *s, size_t n, size_t pos)
{
	size_t i = 0;
	while (i < n) {
		/* (gaps are short: ":", ",", "{", a number) */
		while (i < n && !(s[i] == '-' || (s[i] >= '0' && s[i] <= '9')))
			*o++ = s[i++];
		if (i >= n)
			break;
		size_t e = i;
		while (e < n && ((s[e] >= '0' && s[e] <= '9') || s[e] == '-' || s[e] == '+' ||
		                 s[e] == '.' || s[e] == 'e' || s[e] == 'E'))
			e++;
		/* (at i == 0 the byte before is a closing quote or none) */
		int alone = (i == 0 || !is_word_byte(s[i - 1])) && (e >= n || !is_word_byte(s[e]));
		if (alone && valid_primitive(s + i, (int)(e - i))) {
			*o++ = '0';
			skel_take(k, (size_t)(o - k->s), pos + e);
		} else {
			memcpy(o, s + i, e - i);
			o += e - i;
		}
		i = e;
	}
	return o;
}

static void marks_forget(struct ko_json *j)
{
	struct skel *k = j->skel;
	if (k)
		k->mline = NULL, k->last = NULL;
}

/* The marks of the line j holds, if ko_json_parse_line made them for it;
 * else NULL. */
static const uint64_t *line_marks(const struct ko_json *j)
{
	const struct skel *k = j->skel;
	return k && k->mline == j->s ? k->marks : NULL;
}

/* The first marked offset from x on, or n (at most the line's length,
 * where ko_json_parse_line sets a mark past the last byte: the word loop
 * then needs no bound of its own). */
static inline size_t next_mark(const uint64_t *mk, size_t x, size_t n)
{
	if (x >= n)
		return n;
	size_t w = x >> 6;
	uint64_t b = mk[w] & (~0ull << (x & 63));
	while (!b)
		b = mk[++w];
	size_t at = w * 64 + (size_t)__builtin_ctzll(b);
	return at < n ? at : n;
}

/* Whether s[i..n) is white space and then a colon. */
static __attribute__((noinline)) int colon_after(const char *s, size_t i, size_t n)
{
	while (i < n && is_ws(s[i]))
		i++;
	return i < n && s[i] == ':';
}

/* The length of the good escape at s[0] (n bytes left), or -1. Apart,
 * so that the loop of skel_marks keeps its registers. */
static __attribute__((noinline)) int escape_len(const char *s, size_t n)
{
	uint32_t u;
	const char *why;
	return escape(s, n, &u, &why);
}

/* The skeleton of s[0..n) from its marks mk (with a mark at n), into k:
 * its length, or -1 when the line is no good record (then the full
 * path says why). The marks are read in order, each word's bits one by
 * one; an escape moves the reading past the characters it quotes. Kept
 * small, with its state in registers: this runs for every record. */
static __attribute__((noinline)) long skel_marks(struct skel *k, const char *s, size_t n, const uint64_t *mk)
{
	char *const s0 = k->s;
	char *o = s0;
	struct skent *e = k->ent + k->m, *eend = k->ent + k->ecap;
	size_t i = 0, w = 0;
	uint64_t bits = mk[0];
#define NEXT_MARK(x)                                                   \
	do {                                                           \
		while (!bits)                                          \
			bits = mk[++w];                                \
		x = w * 64 + (size_t)__builtin_ctzll(bits);            \
		bits &= bits - 1;                                      \
	} while (0)
	for (;;) {
		size_t r;
		NEXT_MARK(r);
		/* between strings a mark is a quote, or a control character
		 * (a tab is white space to jsmn; a NUL would stop it) or a
		 * backslash, which jsmn refuses */
		while (r < n && s[r] != '"') {
			if (!s[r])
				return -1;
			NEXT_MARK(r);
		}
		size_t g = r - i;
		if (e + 2 > eend) { /* (a gap's number and a string) */
			k->m = (size_t)(e - k->ent);
			skel_grow(k);
			e = k->ent + k->m, eend = k->ent + k->ecap;
		}
#ifdef __SSE2__
		/* The usual gap (": ", ", ", ":3,") with one load and store:
		 * a byte from '-' to '9' in it may start a number. */
		if (g <= 16 && i + 16 <= n) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			_mm_storeu_si128((__m128i *)(void *)o, v);
			__m128i d = _mm_sub_epi8(v, _mm_set1_epi8('-'));
			unsigned num = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
			                   _mm_min_epu8(d, _mm_set1_epi8('9' - '-')), d)) &
			               ((1u << g) - 1);
			if (!num) {
				o += g;
				goto string;
			}
			/* a run of digits alone, a whole number, made 0 */
			unsigned p = (unsigned)__builtin_ctz(num), run = num >> p;
			size_t x = p + (size_t)__builtin_ctz(~run);
			const char *q = s + i;
			if (!(run & (run + 1)) && (x >= g || q[x] != '+')) {
				for (size_t y = p; y < x; y++)
					if (q[y] < '0') /* '-', '.' or '/' */
						goto gap;
				int alone = (p == 0 || !is_word_byte(q[p - 1])) &&
				            (x >= g || !is_word_byte(q[x]));
				if (!alone || (x - p > 1 && q[p] == '0')) {
					o += g; /* copied as it is */
					goto string;
				}
				o += p;
				*o++ = '0';
				*++e = (struct skent){(uint32_t)(o - s0), (uint32_t)(i + x - (size_t)(o - s0))};
				for (; x < g; x++)
					*o++ = q[x];
				goto string;
			}
		}
	gap:
#endif
		k->m = (size_t)(e - k->ent);
		o = skel_gap(k, o, s + i, g, i);
		e = k->ent + k->m, eend = k->ent + k->ecap;
#ifdef __SSE2__
	string:
#endif
		if (r >= n)
			break;
		size_t b;
		for (;;) {
			NEXT_MARK(b);
			if (b >= n)
				return -1; /* unterminated */
			if (s[b] == '"')
				break;
			/* the usual escapes (\n, \") here, the rest apart */
			static const unsigned char two[256] = {['"'] = 1, ['\\'] = 1, ['/'] = 1,
			                                       ['b'] = 1, ['f'] = 1, ['n'] = 1,
			                                       ['r'] = 1, ['t'] = 1};
			int len;
			if (s[b] != '\\')
				return -1; /* a control character */
			if (b + 1 < n && two[(unsigned char)s[b + 1]])
				len = 2;
			else if ((len = escape_len(s + b, n - b)) < 0)
				return -1;
			b += (size_t)len;
			w = b >> 6;
			bits = mk[w] & (~0ull << (b & 63));
		}
		/* the string s[r, b]: a key (before a colon) stays as it is
		 * written, another leaves "" */
		i = b + 1;
		if (i < n && (s[i] == ':' || (is_ws(s[i]) && colon_after(s, i, n)))) {
			size_t len = i - r;
#ifdef __SSE2__
			if (len <= 16 && r + 16 <= n) /* (o is at most at r) */
				_mm_storeu_si128((__m128i *)(void *)o,
				                 _mm_loadu_si128((const __m128i *)(const void *)(s + r)));
			else
#endif
				memcpy(o, s + r, len);
			o += len;
			k->nk++;
			continue;
		}
		memcpy(o, "\"\"", 2);
		o++;
		*++e = (struct skent){(uint32_t)(o - s0), (uint32_t)(b - (size_t)(o - s0))};
		o++;
	}
#undef NEXT_MARK
	k->m = (size_t)(e - k->ent);
	return o - s0;
}

/* skel_marks for the usual line, with no call in its loop, so that its
 * state stays in registers: white space only between strings, short gaps
 * with at most one number each, escapes of two bytes, a colon right after
 * each key, and room for the entries. It gives what skel_marks gives, or
 * -2 where it meets anything else (skel_marks then walks the line). */
static __attribute__((noinline)) long skel_fast(struct skel *k, const char *s, size_t n,
                                                const uint64_t *mk)
{
	char *const s0 = k->s;
	char *o = s0;
	struct skent *e = k->ent;
	const struct skent *const elast = k->ent + k->ecap - 2;
	const uint64_t *wp = mk;
	uint64_t bits = *wp;
	size_t i = 0, base = 0, nk = 0;
	static const unsigned char two[256] = {['"'] = 1, ['\\'] = 1, ['/'] = 1, ['b'] = 1,
	                                       ['f'] = 1, ['n'] = 1,  ['r'] = 1, ['t'] = 1};
#define NEXT(x)                                                \
	do {                                                   \
		while (!bits)                                  \
			bits = *++wp, base += 64;              \
		x = base + (size_t)__builtin_ctzll(bits);      \
		bits &= bits - 1;                              \
	} while (0)
	for (;;) {
		size_t r;
		NEXT(r);
		if (r >= n)
			break;
		if (s[r] != '"' || e > elast)
			return -2;
		size_t g = r - i;
		const char *q = s + i;
		/* the usual gap, ":" or ", ", with no byte that may start a
		 * number (from '-' to '9'): as it is (q[1] is the gap's or
		 * the quote at r) */
		if (g - 1 < 2 && (unsigned char)(q[0] - '-') > '9' - '-' &&
		    (g < 2 || (unsigned char)(q[1] - '-') > '9' - '-')) {
			o[0] = q[0];
			o[1] = q[1];
			o += g;
		} else
#ifdef __SSE2__
		if (g <= 16 && i + 16 <= n) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
			_mm_storeu_si128((__m128i *)(void *)o, v);
			__m128i d = _mm_sub_epi8(v, _mm_set1_epi8('-'));
			unsigned num = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
			                   _mm_min_epu8(d, _mm_set1_epi8('9' - '-')), d)) &
			               ((1u << g) - 1);
			if (!num) {
				o += g;
			} else {
				/* a run of digits alone, a whole number, made 0
				 * (as skel_marks) */
				unsigned p = (unsigned)__builtin_ctz(num), run = num >> p;
				size_t x = p + (size_t)__builtin_ctz(~run);
				if ((run & (run + 1)) || (x < g && q[x] == '+'))
					return -2;
				for (size_t y = p; y < x; y++)
					if (q[y] < '0')
						return -2;
				int alone = (p == 0 || !is_word_byte(q[p - 1])) &&
				            (x >= g || !is_word_byte(q[x]));
				if (!alone || (x - p > 1 && q[p] == '0')) {
					o += g;
				} else {
					o += p;
					*o++ = '0';
					*++e = (struct skent){(uint32_t)(o - s0),
					                      (uint32_t)(i + x - (size_t)(o - s0))};
					for (; x < g; x++)
						*o++ = q[x];
				}
			}
		} else
#endif
		{
			if (g > 16)
				return -2;
			for (size_t x = 0; x < g; x++) {
				if ((unsigned char)(q[x] - '-') <= '9' - '-')
					return -2;
				*o++ = q[x];
			}
		}
		size_t b;
		for (;;) {
			NEXT(b);
			if (b + 1 >= n)
				return -2;
			if (s[b] == '"')
				break;
			if (s[b] != '\\' || !two[(unsigned char)s[b + 1]])
				return -2;
			b += 2;
			wp = mk + (b >> 6);
			base = b & ~(size_t)63;
			bits = *wp & (~0ull << (b & 63));
		}
		/* the string s[r, b]: a key stays as it is written, another
		 * leaves "" */
		i = b + 1;
		if (s[i] == ':') {
			size_t len = i - r;
#ifdef __SSE2__
			if (len <= 16 && r + 16 <= n) /* (o is at most at r) */
				_mm_storeu_si128((__m128i *)(void *)o,
				                 _mm_loadu_si128((const __m128i *)(const void *)(s + r)));
			else
#endif
			{
				if (len > 16)
					return -2;
				for (size_t x = 0; x < len; x++)
					o[x] = s[r + x];
			}
			o += len;
			nk++;
			continue;
		}
		if (is_ws(s[i]))
			return -2; /* (white space after a string: maybe a key's) */
		o[0] = '"';
		o[1] = '"';
		o++;
		*++e = (struct skent){(uint32_t)(o - s0), (uint32_t)(b - (size_t)(o - s0))};
		o++;
	}
#undef NEXT
	k->nk = nk;
	k->m = (size_t)(e - k->ent);
	o = skel_gap(k, o, s + i, n - i, i);
	return o - s0;
}

/* A new skeleton's tokens (the skeleton's offsets, in j) into seen, with
 * the entries before each token's start and end; 0, or -1 when the
 * strings of the tokens are not the skeleton's. */
static int skel_keep(const struct skel *k, struct skseen *seen, const struct ko_json *j, int r)
{
	if (seen->tcap < r) {
		seen->tcap = r;
		seen->tok = ko_xrealloc(seen->tok, sizeof *seen->tok * (size_t)r);
		seen->ab = ko_xrealloc(seen->ab, 2 * sizeof *seen->ab * (size_t)r);
	}
	memcpy(seen->tok, j->tok, sizeof *j->tok * (size_t)r);
	seen->ntok = r;
	seen->m = k->m;
	size_t nstr = 0, strs = 0, nkey = 0;
	for (size_t q = 1; q <= k->m; q++)
		strs += k->s[k->ent[q].at - 1] == '"';
	/* Tokens start in order: the entries before each start are counted
	 * on as they go; an end is looked up. A string's empty body is at
	 * its own entry, which it starts before and ends after. */
	size_t a = 0;
	for (int t = 0; t < r; t++) {
		const struct ko_json_tok *x = &j->tok[t];
		size_t xs = (size_t)x->start;
		while (a < k->m && k->ent[a + 1].at <= xs)
			a++;
		if (x->type == KO_JSON_STRING && a && k->ent[a].at == xs && x->end == x->start) {
			seen->ab[2 * t] = (uint32_t)(a - 1);
			seen->ab[2 * t + 1] = (uint32_t)a;
			nstr++;
		} else if (x->type == KO_JSON_STRING) {
			/* a key left as it is: no entry inside it */
			if (a < k->m && k->ent[a + 1].at <= (size_t)x->end)
				return -1;
			seen->ab[2 * t] = seen->ab[2 * t + 1] = (uint32_t)a;
			nkey++;
		} else {
			seen->ab[2 * t] = (uint32_t)a;
			seen->ab[2 * t + 1] = (uint32_t)taken_at(k, (size_t)x->end);
		}
	}
	return nstr == strs && nkey == k->nk ? 0 : -1;
}

int ko_json_parse_line(struct ko_json *j, const char *s, size_t n)
{
	j->s = s;
	j->n = n;
	j->ntok = 0;
	j->clean = 0;
	if (n > INT_MAX / 2)
		return -1;
	struct skel *k = j->skel;
	if (!k)
		k = j->skel = ko_xcalloc(1, sizeof *k);
	if (k->cap < n + SKEL_PAD + 1) {
		k->cap = n + SKEL_PAD + 1;
		k->s = ko_xrealloc(k->s, k->cap);
	}
	if (!k->ecap)
		skel_grow(k);
	k->m = 0;
	k->mline = NULL;
	k->cur = NULL;
	k->nk = 0;
	struct skseen *last = k->last;
	k->last = NULL; /* (until the tokens are this line's) */
	size_t sn;
	/* The line checked whole for UTF-8 at once, with the bytes that
	 * matter to strings marked: then the strings are found from mark to
	 * mark, with no call per string. Without AVX2, string by string; and
	 * for a line over 1 MiB too, whose few long strings gain nothing from
	 * marks that would cost an eighth of the line in memory. */
	size_t nw = n / 64 + 1;
	if (n <= MARKS_MAX && k->mcap < nw) {
		k->mcap = nw + nw / 2;
		k->marks = ko_xrealloc(k->marks, k->mcap * sizeof *k->marks);
	}
	if (n <= MARKS_MAX && ko_utf8_json_marks(s, n, k->marks) == 0) {
		k->marks[n >> 6] |= 1ull << (n & 63); /* the walk's stop */
		k->mline = s;
		long r = skel_fast(k, s, n, k->marks);
		if (r == -2) { /* (something skel_fast leaves to skel_marks) */
			k->m = 0;
			k->nk = 0;
			r = skel_marks(k, s, n, k->marks);
		}
		if (r < 0)
			return -1;
		sn = (size_t)r; /* (every NUL of the line was a mark) */
	} else {
		char *o = k->s;
		size_t i = 0;
		while (i < n) {
			size_t r = i;
			while (r < n && s[r] != '"')
				r++;
			o = skel_gap(k, o, s + i, r - i, i);
			if (r >= n)
				break;
			size_t b = r + 1, e = b;
			for (;;) {
				e += ko_utf8_span(s + e, n - e, 1);
				if (e >= n || s[e] == '"')
					break;
				uint32_t u;
				const char *why;
				int len;
				if (s[e] != '\\' || (len = escape(s + e, n - e, &u, &why)) < 0)
					return -1; /* control character, bad UTF-8 or escape */
				e += (size_t)len;
			}
			if (e >= n)
				return -1; /* unterminated */
			i = e + 1;
			if (i < n && (s[i] == ':' || (is_ws(s[i]) && colon_after(s, i, n)))) {
				memcpy(o, s + r, i - r); /* a key, as skel_marks */
				o += i - r;
				k->nk++;
				continue;
			}
			memcpy(o, "\"\"", 2);
			skel_take(k, (size_t)(o + 1 - k->s), e);
			o += 2;
		}
		sn = (size_t)(o - k->s);
		if (memchr(k->s, 0, sn))
			return -1; /* jsmn would stop there */
	}
	size_t a = 0, sb = sn;
	while (a < sn && is_ws(k->s[a]))
		a++;
	while (sb > a && is_ws(k->s[sb - 1]))
		sb--;
	if (a == sb || k->s[a] != '{')
		return -1;
	struct skseen *seen = NULL;
	for (int x = 0; x < 4; x++)
		if (k->seen[x].n == sb && k->seen[x].m == k->m && !memcmp(k->seen[x].s, k->s, sb)) {
			seen = &k->seen[x];
			break;
		}
	int r;
	if (seen) {
		r = seen->ntok;
		if (j->jcap < r) {
			j->jcap = r;
			j->jsmntok = ko_xrealloc(j->jsmntok, sizeof(jsmntok_t) * (size_t)r);
		}
		j->tok = j->jsmntok;
	} else {
		/* (a skeleton shorter than the depth limit cannot nest past it) */
		if (sb - a > KO_JSON_MAX_DEPTH && too_deep(k->s + a, sb - a) < sb - a)
			return -1;
		unsigned pos;
		last = NULL; /* (jsmn writes the tokens) */
		r = run_jsmn(j, k->s, sb, &pos);
		if (r < 1 || j->tok[0].type != KO_JSON_OBJECT || (size_t)j->tok[0].end != sb)
			return -1;
		/* Kept for the next records, once the checks below pass. */
		seen = &k->seen[k->nextseen++ & 3];
		seen->n = 0;
		seen->nmemo = 0;
		seen->memo_used = 0;
		seen->dset = NULL;
		if (seen->cap < sb) {
			seen->cap = sb;
			seen->s = ko_xrealloc(seen->s, sb);
		}
		memcpy(seen->s, k->s, sb);
		if (skel_keep(k, seen, j, r) < 0)
			return -1;
	}
	/* Back to the line: each token's start and end moved on by the bytes
	 * taken out before them. */
	const struct ko_json_tok *st = seen->tok;
	const uint32_t *ab = seen->ab;
	const struct skent *ent = k->ent;
	struct ko_json_tok *tok = j->tok;
	if (last == seen) /* (the rest of each token is there) */
		for (int t = 0; t < r; t++) {
			tok[t].start = st[t].start + (int)ent[ab[2 * t]].taken;
			tok[t].end = st[t].end + (int)ent[ab[2 * t + 1]].taken;
		}
	else
		for (int t = 0; t < r; t++) {
			tok[t] = st[t];
			tok[t].start += (int)ent[ab[2 * t]].taken;
			tok[t].end += (int)ent[ab[2 * t + 1]].taken;
		}
	j->ntok = r;
	j->clean = 1;
	if (seen->n != sb) { /* (else checked when it was first seen) */
		if (check(j, 0) != r) {
			j->ntok = 0;
			j->clean = 0;
			return -1;
		}
		seen->n = sb;
	}
	k->cur = k->last = seen;
	return 0;
}
