/* unit.c - unit tests of common/ (libko). Prints FAIL lines and a final
 * "N passed, N failed". */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <utf8proc.h>

#include "ko.h"

static int npass, nfail;

#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)
static void check(int ok, const char *what, const char *file, int line)
{
	if (ok)
		npass++;
	else {
		nfail++;
		printf("FAIL %s:%d: %s\n", file, line, what);
	}
}

static int buf_is(const struct ko_buf *b, const char *s)
{
	return b->n == strlen(s) && (b->n == 0 || !memcmp(b->p, s, b->n));
}

/* ko_utf8_span, whose fast paths take 16 bytes or 3 at a time, against
 * a character-at-a-time reference on random strings rich in the bytes
 * that matter: leads E0 and ED with the second bytes either side of A0,
 * continuations, JSON specials, two- and four-byte leads. */
/* Word w at byte pad of a line (the first pad bytes of a sentence before
 * it, after after it), into buf: every place of a scan's block, its start
 * and its last block is tried by pad 0 to 79. Its length. */
static int padded(char *buf, size_t n, size_t pad, const char *w, const char *after)
{
	return snprintf(buf, n, "%.*s%s%s", (int)pad,
	                "우리 집 앞 골목 끝에 선 낡은 나무 아래에서 아이들은 "
	                "오래도록 놀았다 그리고",
	                w, after);
}

static size_t span_ref(const unsigned char *p, size_t n, int json)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = p[i];
		if (c < 0x80) {
			if (json && (c < 0x20 || c == '"' || c == '\\'))
				return i;
			i++;
			continue;
		}
		uint32_t cp;
		int k = ko_utf8_decode_slow((const char *)p + i, n - i, &cp);
		if (k < 0)
			return i;
		i += (size_t)k;
	}
	return n;
}

/* ko_utf8_json_marks against the reference: -1 for invalid UTF-8 (or
 * without AVX2, where it always declines), else exactly the bits of '"',
 * '\\' and the control characters, none past n. */
static int marks_ok(const unsigned char *p, size_t n)
{
	uint64_t m[8];
	memset(m, 0xA5, sizeof m); /* what a reused buffer holds */
	int r = ko_utf8_json_marks((const char *)p, n, m);
	if (r < 0)
		return span_ref(p, n, 0) < n || ko_utf8_json_marks("{}", 2, m) < 0;
	if (span_ref(p, n, 0) < n)
		return 0;
	for (size_t i = 0; i < 64 * (n / 64 + 1); i++) {
		int want = i < n && (p[i] < 0x20 || p[i] == '"' || p[i] == '\\');
		if ((int)(m[i >> 6] >> (i & 63) & 1) != want)
			return 0;
	}
	return 1;
}

static void test_utf8_span(void)
{
	static const unsigned char pool[] = {0x20, 'a', '"', '\\', 0x0A, 0xEA, 0xEB, 0xEC, 0xED,
	                                     0xE0, 0xE1, 0xEF, 0x80, 0x9F, 0xA0, 0xBF, 0xB0,
	                                     0xC2, 0xF0, 0x90, 0xC0, 0xFF, 0xF4, 0x8F, 0xDF,
	                                     0xC1, 0xF5, 0x00};
	struct ko_rng rng;
	ko_rng_seed(&rng, 7);
	/* KO_UNIT_SPAN=N: N random strings instead of 200,000 (a long run
	 * after a change to the checker) */
	const char *env = getenv("KO_UNIT_SPAN");
	long runs = env ? atol(env) : 200000;
	unsigned char b[300];
	long bad = 0;
	for (long t = 0; t < runs; t++) {
		/* up to 80 bytes mostly (the 16-byte blocks), 300 often (the
		 * 32-byte blocks and what crosses from one to the next) */
		size_t n = (size_t)ko_rng_below(&rng, t % 3 ? 80 : sizeof b);
		/* mostly text with a byte or two changed, or mostly noise */
		unsigned syl = t % 2 ? 9 : 3;
		for (size_t i = 0; i < n; i++) {
			if (i + 3 <= n && ko_rng_below(&rng, 10) < syl) { /* a syllable */
				unsigned cp = 0xAC00 + (unsigned)ko_rng_below(&rng, 11172);
				b[i] = (unsigned char)(0xE0 | cp >> 12);
				b[i + 1] = (unsigned char)(0x80 | (cp >> 6 & 63));
				b[i + 2] = (unsigned char)(0x80 | (cp & 63));
				i += 2;
				continue;
			}
			if (t % 4 == 1 && i + 4 <= n && ko_rng_below(&rng, 8) == 0) {
				/* a valid two- or four-byte character */
				char e[4];
				uint32_t cp = ko_rng_below(&rng, 2) ? 0x80 + (uint32_t)ko_rng_below(&rng, 0x780)
				                                    : 0x10000 + (uint32_t)ko_rng_below(&rng, 0x100000);
				int k = ko_utf8_encode(cp, e);
				memcpy(b + i, e, (size_t)k);
				i += (size_t)k - 1;
				continue;
			}
			b[i] = t % 2 ? ' ' : pool[ko_rng_below(&rng, sizeof pool)];
		}
		for (int k = 0; t % 2 && n && k < 2; k++)
			b[ko_rng_below(&rng, n)] = pool[ko_rng_below(&rng, sizeof pool)];
		for (int json = 0; json < 2; json++)
			bad += ko_utf8_span((const char *)b, n, json) != span_ref(b, n, json);
		bad += !marks_ok(b, n);
	}
	CHECK(bad == 0);
	/* Every window of four bytes of a kind that matters, at each place
	 * across the boundary of two 32-byte blocks and at the end, in
	 * Korean text, or with ASCII after it (a block that is all ASCII
	 * after one that left a sequence open). */
	static const unsigned char edge[] = {0x00, 0x1F, 0x20, '"', '\\', 'a', 0x7F, 0x80,
	                                     0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
	                                     0xDF, 0xE0, 0xEA, 0xED, 0xEF, 0xF0, 0xF4, 0xF5,
	                                     0xFF};
	enum { NE = sizeof edge };
	static const size_t at[] = {28, 30, 31, 32, 61};
	bad = 0;
	for (size_t w = 0; w < NE * NE * NE * NE; w++)
		for (size_t a = 0; a < 2 * sizeof at / sizeof *at; a++) {
			size_t n = a % 2 ? 100 : 66, w0 = at[a / 2], i = 0;
			memset(b, ' ', n);
			for (; i + 3 <= w0; i += 3)
				memcpy(b + i, "\xea\xb0\x80", 3); /* 가 */
			for (i = w0 + 4; !(a % 2) && i + 3 <= n; i += 3)
				memcpy(b + i, "\xea\xb0\x80", 3);
			for (size_t k = 0, x = w; k < 4; k++, x /= NE)
				if (at[a / 2] + k < n)
					b[at[a / 2] + k] = edge[x % NE];
			for (int json = 0; json < 2; json++)
				bad += ko_utf8_span((const char *)b, n, json) != span_ref(b, n, json);
			bad += !marks_ok(b, n);
		}
	CHECK(bad == 0);
}

static void test_utf8(void)
{
	uint32_t c;
	CHECK(ko_utf8_decode("\xea\xb0\x80", 3, &c) == 3 && c == 0xAC00);
	CHECK(ko_utf8_decode("\xc0\xaf", 2, &c) < 0);         /* overlong '/' */
	CHECK(ko_utf8_decode("\xe0\x80\xaf", 3, &c) < 0);     /* overlong 3-byte */
	CHECK(ko_utf8_decode("\xf0\x80\x80\xaf", 4, &c) < 0); /* overlong 4-byte */
	CHECK(ko_utf8_decode("\xed\xa0\x80", 3, &c) < 0);     /* UTF-8 surrogate */
	CHECK(ko_utf8_decode("\xed\xbf\xbf", 3, &c) < 0);
	CHECK(ko_utf8_decode("\xea\xb0", 2, &c) < 0);         /* truncated */
	CHECK(ko_utf8_decode("\x80", 1, &c) < 0);             /* stray continuation */
	CHECK(ko_utf8_decode("\xf4\x90\x80\x80", 4, &c) < 0); /* > U+10FFFF */
	CHECK(ko_utf8_decode("\xf0\x9f\x98\x80", 4, &c) == 4 && c == 0x1F600);
	CHECK(ko_utf8_check("abc가나다", 12) == 12);
	CHECK(ko_utf8_check("abcdefghij\xff", 11) == 10);
	CHECK(ko_utf8_check("가\xea\xb0", 5) == 3);
	struct ko_buf b = {0};
	CHECK(ko_utf8_repair(&b, "a\xff\xea\xb0z", 5) == 2 && buf_is(&b, "a\xEF\xBF\xBD\xEF\xBF\xBDz"));
	ko_buf_free(&b);
	char e[4];
	for (uint32_t cp = 1; cp < 0x110000; cp += 97) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		int k = ko_utf8_encode(cp, e);
		uint32_t back;
		if (ko_utf8_decode(e, (size_t)k, &back) != k || back != cp) {
			CHECK(!"encode/decode round trip");
			break;
		}
	}
	CHECK(ko_utf8_count("가a나", 7) == 3);
	CHECK(ko_utf8_offset("가a나", 7, 2) == 4);
	CHECK(ko_utf8_offset("가a나", 7, 3) == 7);
	CHECK(ko_utf8_offset("가a나", 7, 4) == 8);
	/* 사월 at characters 0 and 5 (bytes 0 and 11): the nearer one wins,
	 * the earlier on a tie */
	CHECK(ko_utf8_find_nearest("사월 비 사월", 17, "사월", 6, 11) == 5);
	CHECK(ko_utf8_find_nearest("사월 비 사월", 17, "사월", 6, 5) == 0);
	CHECK(ko_utf8_find_nearest("사월 비 사월", 17, "사월", 6, 100) == 5);
	CHECK(ko_utf8_find_nearest("사월 비 사월", 17, "오월", 6, 0) == -1);
	CHECK(ko_utf8_find_nearest("사월", 6, "", 0, 0) == -1);
}

static void test_json_strings(void)
{
	struct ko_buf q = {0}, u = {0};
	const char *why;
	/* Every control character survives quote + unescape. */
	char all[0x21];
	for (int i = 0; i < 0x20; i++)
		all[i] = (char)(i + 1 == 0x20 ? 0x7f : i + 1);
	all[0x20] = 0;
	ko_json_quote(&q, all, 0x20);
	CHECK(q.n > 0x20 && !memchr(q.p + 1, '\n', q.n - 2));
	CHECK(ko_json_unescape(&u, q.p + 1, q.n - 2, &why) == 0 && u.n == 0x20 &&
	      !memcmp(u.p, all, 0x20));
	ko_buf_clear(&q);
	ko_buf_clear(&u);
	ko_json_quotes(&q, "따옴표\"와 \\역슬래시\t탭");
	CHECK(buf_is(&q, "\"따옴표\\\"와 \\\\역슬래시\\t탭\""));
	CHECK(ko_json_unescape(&u, q.p + 1, q.n - 2, &why) == 0 &&
	      buf_is(&u, "따옴표\"와 \\역슬래시\t탭"));
	ko_buf_clear(&u);
	CHECK(ko_json_unescape(&u, "\\ud55c\\uAE00 \\ud83d\\ude00", 25, &why) == 0 &&
	      buf_is(&u, "한글 \xf0\x9f\x98\x80"));
	ko_buf_clear(&u);
	CHECK(ko_json_unescape(&u, "\\ud83d", 6, &why) < 0);         /* lone high */
	CHECK(ko_json_unescape(&u, "\\ude00", 6, &why) < 0);         /* lone low */
	CHECK(ko_json_unescape(&u, "\\ud83dx", 7, &why) < 0);
	CHECK(ko_json_unescape(&u, "\\ud83d\\u0041", 12, &why) < 0); /* high + non-low */
	CHECK(ko_json_unescape(&u, "\\x41", 4, &why) < 0);
	CHECK(ko_json_unescape(&u, "\\u12G4", 6, &why) < 0);
	CHECK(ko_json_unescape(&u, "a\tb", 3, &why) < 0);            /* raw control */
	CHECK(ko_json_unescape(&u, "a\\", 2, &why) < 0);
	CHECK(ko_json_unescape(&u, "\xc0\xaf", 2, &why) < 0);
	/* requote: printable escapes become UTF-8, needed ones stay as written;
	 * a failure appends nothing. */
	ko_buf_clear(&q);
	CHECK(ko_json_requote(&q, "\\ud55c\\/\\u002F\\u001F\\u0022\\\"\\n\\ud83d\\ude00", 42, &why) == 0 &&
	      buf_is(&q, "\"한//\\u001F\\u0022\\\"\\n\xf0\x9f\x98\x80\""));
	CHECK(ko_json_requote(&q, "ok\\ud83d", 8, &why) < 0 && q.n == 27 && q.p[27] == 0 &&
	      !strcmp(why, "lone surrogate in JSON string"));
	CHECK(ko_json_requote(&q, "\xed\xa0\x80", 3, &why) < 0 && !strcmp(why, "invalid UTF-8"));
	CHECK(ko_json_requote(&q, "a\x01", 2, &why) < 0 && q.n == 27);
	/* check: the same rules, nothing copied. */
	CHECK(ko_json_check_str("\\ud55c\\uAE00 \\ud83d\\ude00", 25, &why) == 0);
	CHECK(ko_json_check_str("\\ude00", 6, &why) < 0);
	CHECK(ko_json_check_str("\\x41", 4, &why) < 0);
	CHECK(ko_json_check_str("a\\", 2, &why) < 0);
	CHECK(ko_json_check_str("\xc0\xaf", 2, &why) < 0);
	CHECK(ko_json_check_str("", 0, &why) == 0);
	ko_buf_free(&q);
	ko_buf_free(&u);
}

static void test_json_records(void)
{
	struct ko_json j = {0};
	const char *why;
	static const char *bad[] = {
		"", "[]", "\"s\"", "{", "{\"a\":1", "{\"a\":1,}", "{\"a\"}", "{\"a\":}",
		"{\"a\" 1}", "{\"a\":tru}", "{\"a\":01}", "{\"a\":1} {}", "{\"a\":[1,,2]}",
		"{,\"a\":1}", "{\"a\":1 \"b\":2}", "{\"a\":[1 2]}", "{1:2}", "{\"a\":1.}",
		"{\"a\":\"x\ty\"}", "{\"a\tb\":1}", "{\"a\":[\"\n\"]}",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		int r = ko_json_parse(&j, bad[i], strlen(bad[i]), &why);
		if (r == 0)
			printf("FAIL accepted bad JSON: %s\n", bad[i]);
		CHECK(r < 0);
	}
	static const char *good[] = {
		"{}", " {\"a\":1} ", "{\"a\":-1.5e+3,\"b\":[true,false,null,{}],\"c\":{\"d\":\"e\"}}",
		"{\"a\" : [ 1 , 2 ] , \"b\" : \"\" }",
	};
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		CHECK(ko_json_parse(&j, good[i], strlen(good[i]), &why) == 0);

	const char *dup = "{\"text\":\"a\",\"n\":{\"text\":1},\"te\\u0078t\":\"b\"}";
	CHECK(ko_json_parse(&j, dup, strlen(dup), &why) == 0 && ko_json_obj_dup(&j, 0, "text"));

	/* Nesting is bounded (jsmn is quadratic in it); brackets in strings
	 * do not count. */
	struct ko_buf deep = {0};
	ko_buf_adds(&deep, "{\"s\":\"[[[\\\"[[\",\"a\":");
	for (int i = 0; i < KO_JSON_MAX_DEPTH - 1; i++)
		ko_buf_addc(&deep, '[');
	for (int i = 0; i < KO_JSON_MAX_DEPTH - 1; i++)
		ko_buf_addc(&deep, ']');
	ko_buf_addc(&deep, '}');
	CHECK(ko_json_parse(&j, deep.p, deep.n, &why) == 0);
	ko_buf_clear(&deep);
	ko_buf_adds(&deep, "{\"a\":");
	for (int i = 0; i < KO_JSON_MAX_DEPTH; i++)
		ko_buf_addc(&deep, '[');
	for (int i = 0; i < KO_JSON_MAX_DEPTH; i++)
		ko_buf_addc(&deep, ']');
	ko_buf_addc(&deep, '}');
	CHECK(ko_json_parse(&j, deep.p, deep.n, &why) < 0 && !strcmp(why, "JSON nested too deeply"));
	ko_buf_free(&deep);

	/* The text strings inside an array or object, in order: keys and
	 * members other than content, value and text (a speaker, a part's
	 * type, a nested object under another key) left out; an empty array
	 * has none, and the string after the array is not one. */
	const char *turns = "{\"m\":[{\"role\":\"user\",\"content\":\"질문\"},[\"a\",1,[\"b\"]],{},"
	                    "{\"from\":\"gpt\",\"value\":\"답\",\"meta\":{\"text\":\"no\"}},"
	                    "{\"content\":[{\"type\":\"text\",\"text\":\"부분\"}]}],"
	                    "\"e\":[],\"after\":\"x\"}";
	CHECK(ko_json_parse(&j, turns, strlen(turns), &why) == 0);
	{
		struct ko_buf seen = {0};
		int m = ko_json_get(&j, "m"), e = ko_json_get(&j, "e"), i;
		for (i = m; ko_json_next_str(&j, m, &i);) {
			ko_buf_add(&seen, j.s + j.tok[i].start, (size_t)(j.tok[i].end - j.tok[i].start));
			ko_buf_addc(&seen, '|');
		}
		CHECK(buf_is(&seen, "질문|a|b|답|부분|"));
		CHECK(!ko_json_next_str(&j, m, &i)); /* and stays at the end */
		i = e;
		CHECK(!ko_json_next_str(&j, e, &i));
		ko_buf_free(&seen);
	}

	const char *rec = "{\"id\":7, \"text\":\"원문\",\"n\":[1,{\"text\":2}],\"z\":null}";
	CHECK(ko_json_parse(&j, rec, strlen(rec), &why) == 0);
	int t = ko_json_get(&j, "text");
	struct ko_buf b = {0};
	CHECK(t > 0 && ko_json_str(&j, t, &b, &why) == 0 && buf_is(&b, "원문"));
	CHECK(ko_json_get(&j, "z") > 0 && ko_json_get(&j, "missing") < 0);
	CHECK(!ko_json_obj_dup(&j, 0, "text") && !ko_json_obj_dup(&j, 0, "missing"));
	{
		/* The line reader's tokens are jsmn's, numbers and nested
		 * containers between strings included; a key as written equals
		 * one asked for only when it has no escape. */
		const char *ln = "{\"te\\\\t\":1, \"te\\u0078t\":-2.5e3,\"instructio\\n\":[3,{\"k\":\"v\\\"\"}],"
		                 "\"instruction\":true,\"n\":{\"a\":[10,-0.5],\"b\":\"\"},\"z\":0}";
		struct ko_json lj = {0};
		CHECK(ko_json_parse_line(&lj, ln, strlen(ln)) == 0);
		CHECK(ko_json_parse(&j, ln, strlen(ln), &why) == 0 && j.ntok == lj.ntok);
		for (int x = 0; x < j.ntok && x < lj.ntok; x++)
			CHECK(j.tok[x].type == lj.tok[x].type && j.tok[x].start == lj.tok[x].start &&
			      j.tok[x].end == lj.tok[x].end && j.tok[x].size == lj.tok[x].size);
		CHECK(ko_json_get(&lj, "te\\t") == 2 && ko_json_get(&lj, "te\\\\t") < 0);
		CHECK(ko_json_get(&lj, "text") == 4 && ko_json_get(&lj, "instruction") == 12);
		CHECK(ko_json_get(&lj, "instructio\n") == 6 && ko_json_get(&lj, "z") > 0);
		ko_json_free(&lj);
	}
	CHECK(ko_json_parse(&j, rec, strlen(rec), &why) == 0);
	ko_buf_clear(&b);
	struct ko_field f[2] = {{"text", "\"새 글\"", 9}, {"extra", "[1]", 3}};
	ko_json_rewrite(&b, &j, f, 2);
	CHECK(buf_is(&b, "{\"id\":7, \"text\":\"새 글\",\"n\":[1,{\"text\":2}],\"z\":null,\"extra\":[1]}"));
	ko_buf_clear(&b);
	struct ko_field del = {"n", NULL, 0};
	ko_json_rewrite(&b, &j, &del, 1);
	CHECK(buf_is(&b, "{\"id\":7,\"text\":\"원문\",\"z\":null}"));
	ko_buf_clear(&b);
	CHECK(ko_json_parse(&j, "{}", 2, &why) == 0);
	ko_json_rewrite(&b, &j, f + 1, 1);
	CHECK(buf_is(&b, "{\"extra\":[1]}"));
	/* Later copies of a key set or removed go, the first keeps its place. */
	const char *twice = "{\"s\":1, \"a\":2,\"s\":3 ,\"b\":4 , \"s\":5 }";
	CHECK(ko_json_parse(&j, twice, strlen(twice), &why) == 0);
	struct ko_field s9 = {"s", "9", 1}, s0 = {"s", NULL, 0};
	ko_buf_clear(&b);
	ko_json_rewrite(&b, &j, &s9, 1);
	CHECK(buf_is(&b, "{\"s\":9, \"a\":2 ,\"b\":4 }"));
	ko_buf_clear(&b);
	ko_json_rewrite(&b, &j, &s0, 1);
	CHECK(buf_is(&b, "{\"a\":2,\"b\":4}"));
	struct ko_field sx[2] = {{"s", "9", 1}, {"x", "0", 1}};
	ko_buf_clear(&b);
	ko_json_rewrite(&b, &j, sx, 2);
	CHECK(buf_is(&b, "{\"s\":9, \"a\":2 ,\"b\":4,\"x\":0 }"));
	ko_buf_free(&b);

	/* Whole documents may be arrays; errors say where jsmn stopped. */
	size_t at;
	CHECK(ko_json_parse_doc(&j, "[{\"data\":[1]}]", 14, &why, &at) == 0 && j.ntok == 5);
	CHECK(ko_json_parse_doc(&j, "{\"a\":1}", 7, &why, &at) == 0);
	CHECK(ko_json_parse_doc(&j, "\"s\"", 3, &why, &at) < 0);
	CHECK(ko_json_parse_doc(&j, "[1,\n@]", 6, &why, &at) < 0 && at == 4);
	CHECK(ko_json_parse_doc(&j, "[1,]", 4, &why, &at) < 0);
	CHECK(ko_json_parse(&j, "[1]", 3, &why) < 0);
	ko_json_free(&j);
}

static void test_normalize(void)
{
	struct ko_buf b = {0};
	/* 한글 as conjoining jamo (NFD) */
	const char *nfd = "\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab\xe1\x84\x80\xe1\x85\xb3\xe1\x86\xaf";
	CHECK(!ko_is_normalized(nfd, strlen(nfd), KO_NFC));
	CHECK(ko_normalize(&b, nfd, strlen(nfd), KO_NFC) == 0 && buf_is(&b, "한글"));
	ko_buf_clear(&b);
	CHECK(ko_is_normalized("이미 NFC인 글", strlen("이미 NFC인 글"), KO_NFC));
	/* A syllable followed by a trailing jamo composes. */
	CHECK(ko_normalize(&b, "가\xe1\x86\xa8", 6, KO_NFC) == 0 && buf_is(&b, "각"));
	ko_buf_clear(&b);
	/* NFKC keeps compatibility jamo but folds full-width letters. */
	CHECK(ko_normalize(&b, "ㅋㅋ ＡＢ① ㅠㅠ", strlen("ㅋㅋ ＡＢ① ㅠㅠ"), KO_NFKC) == 0 &&
	      buf_is(&b, "ㅋㅋ AB1 ㅠㅠ"));
	ko_buf_clear(&b);
	CHECK(ko_normalize(&b, "e\xcc\x81", 3, KO_NFC) == 0 && buf_is(&b, "\xc3\xa9"));
	ko_buf_free(&b);
}

/* ---- chars.c: character classes ---- */

static int utf8proc_punct(uint32_t c)
{
	int k = ko_category(c);
	return k >= UTF8PROC_CATEGORY_PC && k <= UTF8PROC_CATEGORY_PO;
}

static void test_chars(void)
{
	static const uint32_t spaces[] = {' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0,
	                                  0x1680, 0x2000, 0x2005, 0x200A, 0x2028, 0x2029,
	                                  0x202F, 0x205F, 0x3000};
	int all = 1;
	for (size_t k = 0; k < sizeof spaces / sizeof spaces[0]; k++)
		all &= ko_is_space(spaces[k]);
	CHECK(all);
	/* zero-width and format characters are not spaces; nor is the
	 * Mongolian vowel separator, a Zs no longer */
	CHECK(!ko_is_space(0x200B) && !ko_is_space(0xFEFF) && !ko_is_space(0x180E));
	CHECK(!ko_is_space('a') && !ko_is_space(0) && !ko_is_space(0x1F) && !ko_is_space(0xAC00));
	/* the one classifier of sentence-end marks (ko-split, ko-mask) */
	CHECK(ko_end_mark('.') == KO_END_STOP && ko_end_mark(0x2026) == KO_END_STOP &&
	      ko_end_mark(0x203C) == KO_END_STOP && ko_end_mark(0x3002) == KO_END_STOP);
	CHECK(ko_end_mark('~') == KO_END_TILDE && ko_end_mark(0xFF5E) == KO_END_TILDE);
	CHECK(ko_end_mark('^') == KO_END_CHAT && ko_end_mark(0x314B) == KO_END_CHAT && /* ㅋ */
	      ko_end_mark(0x1F33F) == KO_END_CHAT && ko_end_mark(0xFE0F) == KO_END_CHAT);
	CHECK(!ko_end_mark(';') && !ko_end_mark(',') && !ko_end_mark(0xAC00) &&
	      !ko_end_mark(0x318D) && !ko_end_mark(' ')); /* ㆍ, a middle dot */
	/* exactly the ASCII blanks, NEL, Zs and the two separators */
	int same = 1;
	for (uint32_t c = 0; c < 0x110000 && same; c++) {
		int want = (c >= '\t' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029 ||
		           ko_category(c) == UTF8PROC_CATEGORY_ZS;
		same &= ko_is_space(c) == want;
	}
	CHECK(same);
	/* ko_space_len agrees with ko_is_space on every encoded scalar, and
	 * an invalid or truncated sequence is no space */
	same = 1;
	for (uint32_t c = 0; c < 0x110000 && same; c++) {
		char e[4];
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		int k = ko_utf8_encode(c, e);
		same &= ko_space_len(e, (size_t)k) == (ko_is_space(c) ? (size_t)k : 0);
	}
	CHECK(same);
	CHECK(ko_space_len("\xe3\x80", 2) == 0 && ko_space_len("\xc2", 1) == 0 &&
	      ko_space_len("\x80", 1) == 0 && ko_space_len("\xe3\x80\x80x", 4) == 3);

	CHECK(ko_is_punct('.') && ko_is_punct(',') && ko_is_punct('!') && ko_is_punct('?') &&
	      ko_is_punct('"') && ko_is_punct('\'') && ko_is_punct('(') && ko_is_punct('-') &&
	      ko_is_punct('_') && ko_is_punct('\\') && ko_is_punct('}'));
	CHECK(ko_is_punct(0x2026) && ko_is_punct(0xB7) && ko_is_punct(0x300C) &&
	      ko_is_punct(0x3002) && ko_is_punct(0xFF01) && ko_is_punct(0x201C));
	/* symbols (S*) are not punctuation */
	CHECK(!ko_is_punct('+') && !ko_is_punct('<') && !ko_is_punct('^') && !ko_is_punct('`') &&
	      !ko_is_punct('|') && !ko_is_punct('~') && !ko_is_punct('$') &&
	      !ko_is_punct(0x2192) && !ko_is_punct(0x2605));
	CHECK(!ko_is_punct('a') && !ko_is_punct(' ') && !ko_is_punct(0xAC00) &&
	      !ko_is_punct(0x314B) && !ko_is_punct(0x10FFFF));
	/* the compiled-in table is utf8proc's P*, whenever both speak the
	 * same Unicode version */
	if (strcmp(utf8proc_unicode_version(), ko_punct_unicode) == 0) {
		same = 1;
		for (uint32_t c = 0; c < 0x110000 && same; c++)
			same &= ko_is_punct(c) == utf8proc_punct(c);
		CHECK(same);
	}

	CHECK(ko_is_hangul_syllable(0xAC00) && ko_is_hangul_syllable(0xD7A3));
	CHECK(!ko_is_hangul_syllable(0xABFF) && !ko_is_hangul_syllable(0xD7A4));
	CHECK(ko_hangul_jong(0xAC00) == KO_JONG_NONE);          /* 가 */
	CHECK(ko_hangul_jong(0xAC01) == KO_JONG_KIYEOK);        /* 각 */
	CHECK(ko_hangul_jong(0xB2EC) == KO_JONG_RIEUL);         /* 달 */
	CHECK(ko_hangul_jong(0xD588) == KO_JONG_SSANGSIOS);     /* 했 */
	CHECK(ko_hangul_jong(0xC5C6) == KO_JONG_PIEUP_SIOS);    /* 없 */
	CHECK(ko_hangul_jong(0xD7A3) == KO_JONG_HIEUH);         /* 힣 */
	CHECK(ko_hangul_jong('a') == -1 && ko_hangul_jong(0x3131) == -1);
	CHECK(ko_hangul_jung(0xAC00) == KO_JUNG_A && ko_hangul_jung(0xD7A3) == KO_JUNG_I);
	CHECK(ko_hangul_jung(0xC694) == KO_JUNG_YO && ko_hangul_jung('a') == -1); /* 요 */
	CHECK(ko_has_batchim(0xBA39) && !ko_has_batchim(0xD558) && !ko_has_batchim('k')); /* 먹 하 */
	int l, v, t, round = 1;
	for (uint32_t c = KO_SYL_FIRST; c <= KO_SYL_LAST; c++)
		round &= ko_hangul_split(c, &l, &v, &t) == 0 && ko_hangul_join(l, v, t) == (int32_t)c &&
		         t == ko_hangul_jong(c) && v == ko_hangul_jung(c);
	CHECK(round);
	CHECK(ko_hangul_join(KO_NCHO, 0, 0) < 0 && ko_hangul_join(0, KO_NJUNG, 0) < 0 &&
	      ko_hangul_join(0, 0, KO_NJONG) < 0 && ko_hangul_join(-1, 0, 0) < 0);

	CHECK(ko_is_modern_compat_jamo(0x3131) && ko_is_modern_compat_jamo(0x3163));
	CHECK(!ko_is_modern_compat_jamo(0x3164) && ko_is_compat_jamo(0x3164));
	CHECK(ko_is_compat_jamo(0x318E) && !ko_is_compat_jamo(0x318F) && !ko_is_compat_jamo(0x3130));
	CHECK(ko_is_conjoining_jamo(0x1100) && ko_is_conjoining_jamo(0x11FF) &&
	      ko_is_conjoining_jamo(0xA960) && ko_is_conjoining_jamo(0xD7FB));
	CHECK(!ko_is_conjoining_jamo(0x1200) && !ko_is_conjoining_jamo(0x3131));
	CHECK(ko_is_halfwidth_jamo(0xFFA0) && ko_is_halfwidth_jamo(0xFFDC) &&
	      !ko_is_halfwidth_jamo(0xFFDD));
	CHECK(ko_halfwidth_to_compat(0xFFA1) == 0x3131 && ko_halfwidth_to_compat(0xFFDC) == 0x3163);
	CHECK(ko_halfwidth_to_compat(0xFFA0) == 0x3164 && ko_halfwidth_to_compat(0xFFC0) == 0 &&
	      ko_halfwidth_to_compat(0x3131) == 0);
	CHECK(ko_hangul_split(0xD55C, &l, &v, &t) == 0 && ko_hangul_join(l, v, t) == 0xD55C);
	CHECK(ko_hangul_split(0x41, &l, &v, &t) < 0);
	CHECK(ko_compat_to_conjoining(0x314B, 0) == 0x110F);  /* ㅋ leading */
	CHECK(ko_compat_to_conjoining(0x3133, 1) == 0x11AA);  /* ㄳ trailing */
	CHECK(ko_compat_to_conjoining(0x3133, 0) == 0);       /* ㄳ never leads */
	CHECK(ko_conjoining_to_compat(0x11AF) == 0x3139);     /* trailing ㄹ */
	CHECK(ko_conjoining_to_compat(0x1175) == 0x3163);     /* ㅣ */
	for (uint32_t c = 0x3131; c <= 0x3163; c++) {
		uint32_t j = ko_compat_to_conjoining(c, 0);
		if (!j)
			j = ko_compat_to_conjoining(c, 1);
		if (ko_conjoining_to_compat(j) != c) {
			CHECK(!"compat jamo round trip");
			break;
		}
	}
}

static void test_rand(void)
{
	struct ko_rng a, b;
	ko_rng_seed(&a, 42);
	ko_rng_seed(&b, 42);
	int same = 1;
	for (int i = 0; i < 100; i++)
		same &= ko_rng_next(&a) == ko_rng_next(&b);
	CHECK(same);
	ko_rng_seed(&b, 43);
	CHECK(ko_rng_next(&a) != ko_rng_next(&b));
	int hist[5] = {0};
	for (int i = 0; i < 50000; i++)
		hist[ko_rng_below(&a, 5)]++;
	for (int i = 0; i < 5; i++)
		CHECK(hist[i] > 9000 && hist[i] < 11000);
	int v[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, sum = 0;
	ko_rng_shuffle(&a, v, 10, sizeof v[0]);
	for (int i = 0; i < 10; i++)
		sum += v[i];
	CHECK(sum == 45);
	CHECK(ko_hash64("abc", 3, 0) == ko_hash64("abc", 3, 0));
	CHECK(ko_hash64("abc", 3, 0) != ko_hash64("abd", 3, 0));
	CHECK(ko_hash64("abc", 3, 0) != ko_hash64("abc", 3, 1));
	/* Every length from 0 to 40 hashes differently (tail handling). */
	char z[40] = {0};
	uint64_t prev = ko_hash64(z, 0, 0);
	int distinct = 1;
	for (size_t n = 1; n <= 40; n++) {
		uint64_t h = ko_hash64(z, n, 0);
		distinct &= h != prev;
		prev = h;
	}
	CHECK(distinct);
	/* Piece by piece, cut anywhere, the hash of the whole. */
	unsigned char w[100];
	for (int i = 0; i < 100; i++)
		w[i] = (unsigned char)(i * 37 + 11);
	int pieces = 1;
	for (size_t n = 0; n <= 100; n += 7)
		for (size_t cut1 = 0; cut1 <= n; cut1 += 3)
			for (size_t cut2 = cut1; cut2 <= n; cut2 += 5) {
				uint64_t whole[2], parts[2];
				struct ko_hash128_st st;
				ko_hash128(w, n, 9, whole);
				ko_hash128_begin(&st, 9);
				ko_hash128_add(&st, w, cut1);
				ko_hash128_add(&st, w + cut1, cut2 - cut1);
				ko_hash128_add(&st, w + cut2, n - cut2);
				ko_hash128_end(&st, parts);
				pieces &= whole[0] == parts[0] && whole[1] == parts[1];
			}
	CHECK(pieces);
}

/* Write data to a temp file and read its lines back through the reader. */
static int read_lines(const char *path, char ***lines, size_t **lens)
{
	char *files[1] = {(char *)path};
	struct ko_reader *r = ko_reader_open(files, 1);
	const char *l;
	size_t n, count = 0;
	int nf;
	*lines = NULL;
	*lens = NULL;
	while (ko_reader_next(r, &l, &n, &nf)) {
		*lines = ko_xrealloc(*lines, (count + 1) * sizeof **lines);
		*lens = ko_xrealloc(*lens, (count + 1) * sizeof **lens);
		(*lines)[count] = ko_xmalloc(n + 1);
		memcpy((*lines)[count], l, n);
		(*lens)[count++] = n;
	}
	ko_reader_close(r);
	return (int)count;
}

static void free_lines(char **lines, size_t *lens, int n)
{
	for (int i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	free(lens);
}

static void put(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	fwrite(p, 1, n, f);
	fclose(f);
}

static void test_io(const char *dir)
{
	char path[512], gz[512];
	char **lines;
	size_t *lens;
	int n;
	snprintf(path, sizeof path, "%s/plain", dir);
	static const char crlf[] = "\xEF\xBB\xBF첫째\r\n둘째\n\n셋째";
	put(path, crlf, sizeof crlf - 1);
	n = read_lines(path, &lines, &lens);
	CHECK(n == 4 && lens[0] == 6 && !memcmp(lines[0], "첫째", 6) && lens[2] == 0 &&
	      lens[3] == 6 && !memcmp(lines[3], "셋째", 6));
	free_lines(lines, lens, n);

	/* Files joined with cat, each with its BOM: every line loses it. */
	static const char joined[] = "{}\n\xEF\xBB\xBF{\"a\":1}\r\n\xEF\xBB\xBF셋째";
	put(path, joined, sizeof joined - 1);
	n = read_lines(path, &lines, &lens);
	CHECK(n == 3 && lens[1] == 7 && !memcmp(lines[1], "{\"a\":1}", 7) && lens[2] == 6);
	free_lines(lines, lens, n);

	put(path, "", 0);
	n = read_lines(path, &lines, &lens);
	CHECK(n == 0);
	free_lines(lines, lens, n);

	/* Multi-member gzip: two writers' outputs concatenated, the second
	 * large enough to span several members. */
	const char *why;
	snprintf(gz, sizeof gz, "%s/a.gz", dir);
	struct ko_writer *w = ko_writer_open(gz, 1, &why);
	ko_write_line(w, "하나", 6);
	CHECK(ko_writer_close(w, 1) == 0);
	snprintf(path, sizeof path, "%s/b.gz", dir);
	w = ko_writer_open(path, 1, &why);
	char line[100];
	for (int i = 0; i < 40000; i++) {
		int k = snprintf(line, sizeof line, "줄 %d 가나다라마바사아자차카타파하", i);
		ko_write_line(w, line, (size_t)k);
	}
	CHECK(ko_writer_close(w, 1) == 0);
	char cmd[1200];
	snprintf(cmd, sizeof cmd, "cat %s/a.gz %s/b.gz > %s/c.gz", dir, dir, dir);
	CHECK(system(cmd) == 0);
	snprintf(path, sizeof path, "%s/c.gz", dir);
	n = read_lines(path, &lines, &lens);
	CHECK(n == 40001 && lens[0] == 6 && !memcmp(lines[0], "하나", 6) &&
	      !memcmp(lines[40000], "줄 39999 ", 10));
	free_lines(lines, lens, n);

	/* A 50 MB line with no newline at the end. */
	size_t big = 50u << 20;
	char *p = ko_xmalloc(big + 3);
	memset(p, 'a', big);
	memcpy(p + big, "\nb", 2);
	snprintf(path, sizeof path, "%s/big", dir);
	put(path, p, big + 2);
	free(p);
	n = read_lines(path, &lines, &lens);
	CHECK(n == 2 && lens[0] == big && lens[1] == 1);
	free_lines(lines, lens, n);
}

/* ---- split.c: the sentence iterator ---- */

#include "split_tables.h" /* to check the generated tables agree */

/* Sentences of text joined by '|'. */
static int split_is(const char *text, int flags, const char *want)
{
	struct ko_split s;
	struct ko_buf b = {0};
	size_t x, y, n = strlen(text);
	ko_split_init(&s, text, n, flags);
	while (ko_split_next(&s, &x, &y)) {
		if (b.n)
			ko_buf_addc(&b, '|');
		ko_buf_add(&b, text + x, y - x);
	}
	int ok = buf_is(&b, want) || (!b.n && !*want);
	if (!ok)
		printf("split: got [%s]\n", b.p ? b.p : "");
	ko_buf_free(&b);
	return ok;
}

static int cps_sorted(const unsigned short *t, size_t n, int (*is)(uint32_t))
{
	for (size_t k = 0; k < n; k++)
		if (!is(t[k]) || (k > 0 && t[k - 1] >= t[k]))
			return 0;
	return n > 0;
}

/* Does the set of ko_split_pen let through every word that the ending e
 * (a row of its last syllable) matches? */
static int penset_takes(const struct ko_split_penset *ps, const struct ko_split_ending *e)
{
	uint32_t b, a = 0;
	int found = 0;
	if (e->len == 3) {
		unsigned want = e->cond == C_ANY ? 0x1FFFFFFFu
		              : e->cond == C_WORD ? 1u << 28
		              : e->cond == C_NOTWORD ? 0x0FFFFFFFu
		              : e->cond == C_PREV_SS ? 1u << KO_JONG_SSANGSIOS
		              : e->cond == C_PREV_L ? 1u << KO_JONG_RIEUL
		              : e->cond == C_PREV_B ? 1u << KO_JONG_PIEUP
		              : e->cond == C_PREV_BATCHIM ? 0x0FFFFFFEu
		              : e->cond == C_PREV_VERB
		                  ? 1u << KO_JONG_SSANGSIOS | 1u << KO_JONG_PIEUP_SIOS |
		                        1u << KO_JONG_HIEUH | 1u << KO_JONG_NIEUN_HIEUH |
		                        1u << KO_JONG_RIEUL_HIEUH | 1u << KO_JONG_RIEUL_KIYEOK |
		                        1u << KO_JONG_RIEUL_MIEUM | 1u << KO_JONG_RIEUL_PIEUP |
		                        1u << KO_JONG_THIEUTH | 1u << KO_JONG_PHIEUPH |
		                        1u << KO_JONG_CIEUC | 1u << KO_JONG_CHIEUCH
		              : ko_split_cond_jong[e->cond];
		return (ps->one & want) == want;
	}
	if (ps->one == 0x1FFFFFFFu)
		return 1;
	ko_utf8_decode(e->s + e->len - 6, 3, &b);
	if (e->len >= 9)
		ko_utf8_decode(e->s + e->len - 9, 3, &a);
	for (unsigned q = ps->pen; q < (unsigned)ps->pen + ps->npen; q++)
		found |= ko_split_pen[q].pen == b && (!ko_split_pen[q].ante || ko_split_pen[q].ante == a) &&
		         (ps->penbits >> KO_SPLIT_PENBIT(b) & 1);
	return found;
}

static int penset_sorted(const struct ko_split_penset *ps)
{
	for (unsigned q = ps->pen; q + 1 < (unsigned)ps->pen + ps->npen; q++)
		if (!(ko_split_pen[q].pen < ko_split_pen[q + 1].pen ||
		      (ko_split_pen[q].pen == ko_split_pen[q + 1].pen &&
		       ko_split_pen[q].ante < ko_split_pen[q + 1].ante)))
			return 0;
	return 1;
}

static int in_cps(const unsigned short *t, size_t n, uint32_t c)
{
	for (size_t k = 0; k < n; k++)
		if (t[k] == c)
			return 1;
	return 0;
}

/* ko_split_line_ends: how a line ends, for ko-quality's sentence-end
 * share. */
static void test_line_ends(void)
{
#define ENDS(s) ko_split_line_ends(s, strlen(s))
	CHECK(ENDS("비가 왔다."));
	CHECK(ENDS("  정말 그랬나요?\"  "));
	CHECK(ENDS("그는 집에 갔다"));
	CHECK(ENDS("너무 꼴보기 싫어요"));
	CHECK(ENDS("찾아가서 싹싹빌어라"));
	CHECK(ENDS("그래서 그랬구나 ㅋㅋ"));
	CHECK(ENDS("이 영화는 (2004년)."));
	CHECK(ENDS("출발함 ㅋㅋ"));
	CHECK(ENDS("그래도 뿌듯하다"));
	CHECK(ENDS("중간에 쉰 시간이 절반임"));
	CHECK(!ENDS("생애"));
	CHECK(!ENDS("주요 작품은 다음과 같다:"));
	CHECK(!ENDS("시즈오카현 출신, 쟈니즈 소속"));
	CHECK(!ENDS("그리고 밥을"));
	CHECK(!ENDS("   "));
	CHECK(!ENDS(""));
#undef ENDS
}

static void test_split(void)
{
	const size_t NE = sizeof ko_split_endings / sizeof ko_split_endings[0];
	const size_t NL = sizeof ko_split_last / sizeof ko_split_last[0];
	int order = 1, index = 1;
	for (size_t k = 1; k < NE; k++) {
		uint32_t a, b;
		const struct ko_split_ending *e = &ko_split_endings[k - 1], *f = &ko_split_endings[k];
		ko_utf8_decode(e->s + e->len - 3, 3, &a);
		ko_utf8_decode(f->s + f->len - 3, 3, &b);
		order &= a < b || (a == b && e->len >= f->len);
	}
	CHECK(order);
	for (size_t k = 0; k < NL; k++) {
		uint32_t c = ko_split_last[k].cp, a;
		unsigned h = (unsigned)((c * KO_SPLIT_HASH_MUL) & 0xFFFFFFFFu) >> (32 - KO_SPLIT_HASH_BITS);
		const struct ko_split_ending *e = &ko_split_endings[ko_split_last[k].first];
		ko_utf8_decode(e->s + e->len - 3, 3, &a);
		index &= ko_split_hash[h] == k + 1 && a == c;
		/* the same index by syllable */
		index &= c < KO_SYL_FIRST || c > KO_SYL_LAST ||
		         ko_split_sylrow[c - KO_SYL_FIRST] == (ko_split_last[k].fin ? k + 1 : 255);
	}
	/* and the syllables quiet at a space: those of no row with fin bits
	 * (1), and those whose rows end a sentence in punctuated text only
	 * after a syllable of their pen list (2), each pair of which has its
	 * bit in ko_split_quiet_pair */
	int pairs = 1;
	for (uint32_t c = 0xA000; c < 0xE000; c++) {
		unsigned r = ko_is_hangul_syllable(c) ? ko_split_sylrow[c - KO_SYL_FIRST] : 1;
		const struct ko_split_last *x =
		        ko_is_hangul_syllable(c) && r - 1 < NL ? &ko_split_last[r - 1] : NULL;
		unsigned q = KO_SPLIT_QUIET_INDEX(c), want = r == 0 || r == 255;
		if (x && x->fin == 1 && x->fin_punct.one == 0) {
			want = 2;
			for (unsigned k = x->fin_punct.pen; k < (unsigned)x->fin_punct.pen + x->fin_punct.npen;
			     k++) {
				unsigned h = KO_SPLIT_PAIR_HASH(KO_SPLIT_QUIET_INDEX(ko_split_pen[k].pen), q);
				pairs &= ko_split_quiet_pair[h >> 3] >> (h & 7) & 1;
			}
		}
		index &= ko_split_quiet[q] == want;
	}
	CHECK(index);
	CHECK(pairs);
	/* ko_split_penkeys and ko_split_penrows list every row of more than
	 * one syllable once, under its syllable before the last, in table
	 * order; the one-syllable rows come after them */
	int byp = 1;
	for (size_t k = 0; k < NL; k++) {
		const struct ko_split_last *x = &ko_split_last[k];
		size_t end = k + 1 < NL ? ko_split_last[k + 1].first : NE, listed = 0;
		for (size_t r = x->first; r < end; r++)
			byp &= (ko_split_endings[r].len > 3) == (r < x->first + x->nmulti);
		for (unsigned q = x->pk; q < (unsigned)x->pk + x->npk; q++) {
			const struct ko_split_penkey *pk = &ko_split_penkeys[q];
			byp &= q == x->pk || pk[-1].key < pk->key;
			for (unsigned r = pk->row; r < (unsigned)pk->row + pk->n; r++) {
				const struct ko_split_ending *e = &ko_split_endings[ko_split_penrows[r]];
				const unsigned char *u = (const unsigned char *)e->s + e->len - 6;
				byp &= ko_split_penrows[r] >= x->first && ko_split_penrows[r] < end;
				byp &= r == pk->row || ko_split_penrows[r - 1] < ko_split_penrows[r];
				byp &= ((unsigned)u[0] << 16 | (unsigned)u[1] << 8 | u[2]) == pk->key;
				listed++;
			}
		}
		byp &= listed == x->nmulti;
	}
	CHECK(byp);
	/* ko_split_cont_first has the first syllable of every ko_split_cont row */
	int first = 1;
	for (size_t k = 0; k < sizeof ko_split_cont / sizeof ko_split_cont[0]; k++) {
		uint32_t c;
		ko_utf8_decode(ko_split_cont[k].s, 3, &c);
		c -= KO_SYL_FIRST;
		first &= c <= KO_SYL_LAST - KO_SYL_FIRST && (ko_split_cont_first[c >> 3] >> (c & 7) & 1);
	}
	/* and ko_split_cont_dot_first that of every ko_split_cont_dot row */
	for (size_t k = 0; k < sizeof ko_split_cont_dot / sizeof ko_split_cont_dot[0]; k++) {
		uint32_t c;
		ko_utf8_decode(ko_split_cont_dot[k].s, 3, &c);
		c -= KO_SYL_FIRST;
		first &= c <= KO_SYL_LAST - KO_SYL_FIRST &&
		         (ko_split_cont_dot_first[c >> 3] >> (c & 7) & 1);
	}
	CHECK(first);
	/* a word dismissed by its last syllables (ko_split_pen, one) has
	 * no row that may end a sentence that the lists would miss */
	int pen = 1;
	for (size_t k = 0; k < NL; k++) {
		const struct ko_split_last *x = &ko_split_last[k];
		size_t end = k + 1 < NL ? ko_split_last[k + 1].first : NE;
		for (size_t r = x->first; r < end; r++) {
			const struct ko_split_ending *e = &ko_split_endings[r];
			int punct = e->cls == K_FIN || e->cls == K_TAIL;
			if (!punct && e->cls != K_BARE &&
			    !(e->cls == K_WEAK && (in_cps(ko_split_inf_open, sizeof ko_split_inf_open / 2, x->cp) ||
			                           in_cps(ko_split_inf_closed, sizeof ko_split_inf_closed / 2, x->cp))))
				continue;
			pen &= penset_takes(&x->may, e);
			if (punct)
				pen &= penset_takes(&x->fin_punct, e);
		}
		pen &= penset_sorted(&x->may) && penset_sorted(&x->fin_punct);
	}
	CHECK(pen);
	int sorted = 1;
	for (size_t k = 1; k < sizeof ko_split_cont / sizeof ko_split_cont[0]; k++)
		sorted &= strcmp(ko_split_cont[k - 1].s, ko_split_cont[k].s) <= 0;
	for (size_t k = 1; k < sizeof ko_split_saying / sizeof ko_split_saying[0]; k++)
		sorted &= strcmp(ko_split_saying[k - 1].s, ko_split_saying[k].s) <= 0;
	CHECK(sorted);
	/* the syllable lists are sorted (the look-up stops early), and hold
	 * what their names say */
	CHECK(cps_sorted(ko_split_subject, sizeof ko_split_subject / 2, ko_is_hangul_syllable));
	CHECK(cps_sorted(ko_split_ha, sizeof ko_split_ha / 2, ko_is_hangul_syllable));
	/* laughter repeats its sound; two different syllables are a word */
	CHECK(ko_laugh_len("하하 ", 7) == 6);
	CHECK(ko_laugh_len("크하하!", 10) == 9);
	CHECK(ko_laugh_len("허허", 6) == 6);
	CHECK(ko_laugh_len("헤헤ㅋ", 9) == 6);
	CHECK(ko_laugh_len("하키 ", 7) == 0);
	CHECK(ko_laugh_len("허허벌판", 12) == 0);
	CHECK(ko_laugh_len("하", 3) == 0);
	CHECK(cps_sorted(ko_split_negation, sizeof ko_split_negation / 2, ko_is_hangul_syllable));
	CHECK(cps_sorted(ko_split_emotive, sizeof ko_split_emotive / 2, ko_is_modern_compat_jamo));
	int qok = 1;
	for (size_t k = 0; k < sizeof ko_split_qend / sizeof ko_split_qend[0]; k++)
		qok &= ko_is_hangul_syllable(ko_split_qend[k].cp) && ko_split_qend[k].flags != 0 &&
		       (k == 0 || ko_split_qend[k - 1].cp < ko_split_qend[k].cp);
	CHECK(qok);
	CHECK(ko_hangul_jong(SYL_DA) == KO_JONG_NONE && ko_hangul_jong(SYL_YO) == KO_JONG_NONE);

	CHECK(split_is("", 0, ""));
	CHECK(split_is(" \n\n \t", 0, ""));
	CHECK(split_is("  비가 왔다.  해가 떴다!  ", 0, "비가 왔다.|해가 떴다!"));
	/* a single newline is a space unless NEWLINE_HARD; a blank line always breaks */
	CHECK(split_is("제목\n본문이 이어진다.", 0, "제목\n본문이 이어진다."));
	CHECK(split_is("제목\n본문이 이어진다.", KO_SPLIT_NEWLINE_HARD, "제목|본문이 이어진다."));
	CHECK(split_is("제목\n  \n본문", 0, "제목|본문"));
	CHECK(split_is("이게 되나? 싶었는데 됐다.", 0, "이게 되나? 싶었는데 됐다."));
	CHECK(split_is("다행히도(?) 무사했다.", 0, "다행히도(?) 무사했다."));
	CHECK(split_is("점수는 3.75점이고 v2.0이다.", 0, "점수는 3.75점이고 v2.0이다."));
	CHECK(split_is("밥을 먹었다 배가 부르다", 0, "밥을 먹었다|배가 부르다"));
	CHECK(split_is("밥을 먹고 잤는데 꿈을 꿨지만 기억이 없다", 0,
	               "밥을 먹고 잤는데 꿈을 꿨지만 기억이 없다"));
	CHECK(split_is("\"가자. 늦었어.\" 라고 말했다. 끝.", 0, "\"가자. 늦었어.\" 라고 말했다.|끝."));
	CHECK(split_is("끝났다.[2] 다음 문장.", 0, "끝났다.[2]|다음 문장."));
	CHECK(split_is("재밌었다 ㅋㅋㅋ 또 가야지", 0, "재밌었다 ㅋㅋㅋ|또 가야지"));
	CHECK(split_is("마감했음※참고 바람", 0, "마감했음|※참고 바람"));
	/* informal text (issue 15) */
	CHECK(split_is("여기 맛집임 주차 가능함 또 올 듯", 0, "여기 맛집임|주차 가능함|또 올 듯"));
	CHECK(split_is("편리함 때문에 샀다. 진행 중 문제가 생겼다.", 0,
	               "편리함 때문에 샀다.|진행 중 문제가 생겼다."));
	/* a nominal in -음 before a noun with a case particle, in a sentence
	 * that goes on to -다 and a full stop, heads a noun phrase; notes in
	 * -음 keep their break (unpunctuated, polite, or with a tense) */
	CHECK(split_is("블랙홀은 고전적으로 털없음 정리에 의하여 미시상태가 없다.", 0,
	               "블랙홀은 고전적으로 털없음 정리에 의하여 미시상태가 없다."));
	CHECK(split_is("이 식당은 맛있음 정도가 아니라 최고다.", 0,
	               "이 식당은 맛있음 정도가 아니라 최고다."));
	CHECK(split_is("여기 진짜 맛집임 다음에 또 올 듯", 0, "여기 진짜 맛집임|다음에 또 올 듯"));
	CHECK(split_is("국물 맛있음 면발이 쫄깃해요!", 0, "국물 맛있음|면발이 쫄깃해요!"));
	CHECK(split_is("20초 빨라졌음 무릎이 시큰거려서 쉬었다.", 0,
	               "20초 빨라졌음|무릎이 시큰거려서 쉬었다."));
	CHECK(split_is("뭐 하노 고맙심더 춥네잉 괜찮유", 0, "뭐 하노|고맙심더|춥네잉|괜찮유"));
	CHECK(split_is("배고파 꼬르륵 맛있다 ㄹㅇ 가자", 0, "배고파 꼬르륵|맛있다 ㄹㅇ|가자"));
	CHECK(split_is("헐 대.박.사.건 합격했다.그리고 울었다.", 0,
	               "헐 대.박.사.건 합격했다.|그리고 울었다."));
	CHECK(split_is("오늘 늦어 미안 다 먹어 버렸어", 0, "오늘 늦어|미안|다 먹어 버렸어"));
	CHECK(split_is("힘을 합쳐 적을 물리쳤다.", 0, "힘을 합쳐 적을 물리쳤다."));
	CHECK(split_is("캠핑 첫 도전기 재밌었어요", 0, "캠핑 첫 도전기|재밌었어요"));
	CHECK(split_is("조선 후기 실학이 일어났다", 0, "조선 후기 실학이 일어났다"));
	/* spans are exact substrings, in order, non-empty and trimmed */
	const char *t = "가. 나? 다! 라… 마ㅋㅋ 바^^ \"사.\" (아.) 자~ 차\xEA";
	struct ko_split s;
	size_t x, y, last = 0;
	int fine = 1;
	ko_split_init(&s, t, strlen(t), 0);
	while (ko_split_next(&s, &x, &y)) {
		fine &= x >= last && y > x && y <= strlen(t) && t[x] != ' ' && t[y - 1] != ' ';
		last = y;
	}
	CHECK(fine);
}

/* A chunk's sentences carried in its record (spans.c): what is written is
 * read back; another text, or a value cut or padded, is not taken. */
static int spans_take(const char *v, const char *t, size_t n)
{
	struct ko_spans r;
	size_t b, e;
	int k = 0, st;
	if (!ko_spans_open(&r, v, strlen(v), t, n, 0))
		return -2;
	while ((st = ko_spans_next(&r, &b, &e)) > 0)
		k++;
	return st < 0 ? -1 : k;
}

static void test_spans(void)
{
	const char *t = "첫 문장이다. 둘째다.\n  셋째 줄이다.";
	size_t n = strlen(t), sb[3] = {0, 18, 31}, se[3] = {17, 28, 48}, last, b, e;
	struct ko_buf v = {0};
	struct ko_spans r;
	ko_spans_head(&v, t, n, 0, &last);
	for (int i = 0; i < 3; i++)
		ko_spans_add(&v, &last, sb[i], se[i]);
	CHECK(v.n == 20 && v.p[0] == 'p' && !strcmp(v.p + 9, ":17,10,3+17"));
	int same = ko_spans_open(&r, v.p, v.n, t, n, 0);
	for (int i = 0; i < 3; i++)
		same &= ko_spans_next(&r, &b, &e) == 1 && b == sb[i] && e == se[i];
	CHECK(same && ko_spans_next(&r, &b, &e) == 0);
	CHECK(spans_take(v.p, t, n) == 3);
	CHECK(spans_take(v.p, t, n - 1) == -2); /* another text */
	CHECK(!ko_spans_open(&r, v.p, v.n, t, n, KO_SPLIT_NEWLINE_HARD)); /* another rule */
	/* a text of one line is split alike by either rule: its value is
	 * taken under both, but not one of a text with a line break */
	struct ko_buf h = {0};
	struct ko_split sh, sp;
	size_t n1 = 28, b2, e2;
	int alike = 1, more;
	ko_spans_head(&h, t, n1, KO_SPLIT_NEWLINE_HARD, &last);
	ko_spans_add(&h, &last, sb[0], se[0]);
	ko_spans_add(&h, &last, sb[1], se[1]);
	CHECK(ko_spans_open(&r, h.p, h.n, t, n1, 0) &&
	      ko_spans_open(&r, h.p, h.n, t, n1, KO_SPLIT_NEWLINE_HARD));
	ko_split_init(&sh, t, n1, KO_SPLIT_NEWLINE_HARD | KO_SPLIT_HEADINGS);
	ko_split_init(&sp, t, n1, KO_SPLIT_HEADINGS);
	while ((more = ko_split_next(&sh, &b, &e)) == ko_split_next(&sp, &b2, &e2) && more)
		alike &= b == b2 && e == e2;
	CHECK(alike && !more);
	h.n = 0;
	ko_spans_head(&h, t, n, KO_SPLIT_NEWLINE_HARD, &last);
	CHECK(!ko_spans_open(&r, h.p, h.n, t, n, 0));
	ko_buf_free(&h);
	char bad[64];
	snprintf(bad, sizeof bad, "%.9s:17,10,3+16", v.p); /* short of the end */
	CHECK(spans_take(bad, t, n) == -1);
	snprintf(bad, sizeof bad, "%.9s:17,10,3+18", v.p); /* past it */
	CHECK(spans_take(bad, t, n) == -1);
	snprintf(bad, sizeof bad, "%.9s:17,10,3+17,", v.p);
	CHECK(spans_take(bad, t, n) == -1);
	snprintf(bad, sizeof bad, "%.9s:", v.p); /* no sentence */
	CHECK(spans_take(bad, t, n) < 0);
	snprintf(bad, sizeof bad, "%.9s:99999999999999999999", v.p); /* overflow */
	CHECK(spans_take(bad, t, n) == -1);
	snprintf(bad, sizeof bad, "%.9s:18,9,3+17", v.p); /* a space at a start */
	CHECK(spans_take(bad, t, n) == -1);
	snprintf(bad, sizeof bad, "%.9s:16,11,3+17", v.p); /* a character cut */
	CHECK(spans_take(bad, t, n) == -1);
	snprintf(bad, sizeof bad, "%.9s:7,10,11,3+17", v.p); /* text between */
	CHECK(spans_take(bad, t, n) == -1);
	snprintf(bad, sizeof bad, "%.9s:17,30", v.p); /* two as one: well formed */
	CHECK(spans_take(bad, t, n) == 2);
	ko_buf_free(&v);
}

/* The floors' contracts: the reader returns errors instead of printing,
 * appends keep whole lines, escapes and base64 are checked. */
static void test_markup(void)
{
	/* text, the kind of its first item, the text that item starts with */
	static const struct {
		const char *s;
		int kind;
		const char *at;
	} t[] = {
		{"애틀랜타의 에 묻혔다.", KO_MARKUP_PARTICLE, "에 묻"},
		{"를 사용하면, 를 보일 수 있다.", KO_MARKUP_PARTICLE, "를 사용"},
		{"값을 쓰면, 를 보일 수 있다.", KO_MARKUP_PARTICLE, "를 보일"},
		{"이는 으로 나타낼 수 있다.", KO_MARKUP_PARTICLE, "으로"},
		{"영어 사인은 라틴어 에서 왔다.", KO_MARKUP_PARTICLE, "에서"},
		{"첫 줄\n의 둘째 줄", KO_MARKUP_PARTICLE, "의 둘째"},
		{"가나다라마바 사아자차카타파하 거너더러머버 를 보았다", KO_MARKUP_PARTICLE, "를 보았다"},
		{"고대 그리스의 에게 문명", KO_MARKUP_NONE, NULL},
		{"금, 은, 동 메달", KO_MARKUP_NONE, NULL},
		{"이 집 떡볶이 맛있다", KO_MARKUP_NONE, NULL},
		{"와 진짜 축하해", KO_MARKUP_NONE, NULL},
		{"사과를 먹었다. 에너지가 넘친다. 는개가 내렸다.", KO_MARKUP_NONE, NULL},
		{"끝에 를", KO_MARKUP_NONE, NULL},
		{"<br> 를 보면", KO_MARKUP_TAG, "<br>"},
		{"를 보면 <br>", KO_MARKUP_PARTICLE, "를"},
		{"그 값 를 보면 &lt;", KO_MARKUP_PARTICLE, "를"},
		{"그 값 &lt; 를 보면", KO_MARKUP_ENTITY, "&lt;"},
		{"《화학자》 에 대한 저서", KO_MARKUP_NONE, NULL},
		{"OS 에 맞춘 USCF규칙 14E 에 따라 'e지원' 을 받은 (DCHRS) 의 “책” 을 읽었다", KO_MARKUP_NONE, NULL},
		{"블랙 아이드 피스 의 투어", KO_MARKUP_PARTICLE, "의 투어"},
		{"자세한 내용은 <URL> 에서 확인하세요", KO_MARKUP_NONE, NULL},
		{"OS. 에 맞춘", KO_MARKUP_PARTICLE, "에 맞춘"},
		{"OS  에 맞춘", KO_MARKUP_PARTICLE, "에 맞춘"},
		{"수학(數學, , 줄여서 math)은", KO_MARKUP_BRACKET, "(數學"},
		{"수학(數學,, math)은", KO_MARKUP_BRACKET, "(數學"},
		{"수학(數學, math)은 (1, 2, 3)", KO_MARKUP_NONE, NULL},
		{"안 에키타이(, 서양식 이름: 에키타이 안(Ekitai Ahn))라는", KO_MARKUP_BRACKET, "(, 서양식"},
		{"쌍곡 코사인 법칙((第一)雙曲cosine法則, )이라고", KO_MARKUP_BRACKET, "((第一)"},
		{"한국(영어: Korea (country), 한국어)은 나라다", KO_MARKUP_NONE, NULL},
		{"헬륨은 원소로, He()이고 OpenCL()은 틀이다", KO_MARKUP_BRACKET, "()이고"},
		{"print()를 쓰고 get_value() 와 os.path.join() 도 쓴다", KO_MARKUP_NONE, NULL},
		{"이다.", KO_MARKUP_PARTICLE, "이다"},
		{"이며, 마찬가지로", KO_MARKUP_PARTICLE, "이며"},
		{"텐서의 경우\n이다. 그러므로", KO_MARKUP_PARTICLE, "이다"},
		{"가나다라마바 사아자차카타파하 거너더러머버\n이므로 x는 양수이다", KO_MARKUP_PARTICLE, "이므로"},
		{"개인전과 함께\n이라는 이름으로", KO_MARKUP_PARTICLE, "이라는"},
		{"총인구는 5천 명 이고 늘었다", KO_MARKUP_NONE, NULL},
		{"그가 뒤를\n이었다.", KO_MARKUP_NONE, NULL},
		{"이면 계약을 맺었다", KO_MARKUP_NONE, NULL},
		{"이다음에 보자", KO_MARKUP_NONE, NULL},
		{"이 다리는 길다", KO_MARKUP_NONE, NULL},
		{"노름이 있다\n인 노름이 있으면", KO_MARKUP_PARTICLE, "인 노름"},
		{"가나다라마바 사아자차카타파하 거너더러머버\n처럼 가나에 쓴다", KO_MARKUP_PARTICLE, "처럼"},
		{"처럼 쓴다", KO_MARKUP_PARTICLE, "처럼"},
		{"그 사람 처럼 쓴다", KO_MARKUP_NONE, NULL},
		{"인천에 간다", KO_MARKUP_NONE, NULL},
		{"서브슬로건을 《》로 지정하였다", KO_MARKUP_BRACKET, "《》"},
		{"노래 「」와 『』를 불렀다", KO_MARKUP_BRACKET, "「」"},
		{"《책》과 〈노래〉와 「글」은 괜찮다", KO_MARKUP_NONE, NULL},
		{"《》", KO_MARKUP_BRACKET, "《》"},
		{"《〉", KO_MARKUP_NONE, NULL},
		{"이 기능은 위키백과가 으로부터 문서를 지킨다", KO_MARKUP_PARTICLE, "으로부터"},
		{"논쟁은 와 같은 기구를 통해 조정된다", KO_MARKUP_PARTICLE, "와 같은"},
		{"사용했는데 가 의 대수함수가 된다", KO_MARKUP_PARTICLE, "가 의"},
		{"위키백과는 과 같은 공간을 둔다", KO_MARKUP_PARTICLE, "과 같은"},
		{"다 초월적이지만 은 그렇지 않다", KO_MARKUP_PARTICLE, "은 그렇지"},
		{"판결은 에서는 뒤집혔다", KO_MARKUP_PARTICLE, "에서는"},
		{"그는 으로서 일했다", KO_MARKUP_PARTICLE, "으로서"},
		{"수식\n와 같이 쓴다", KO_MARKUP_PARTICLE, "와 같이"},
		{"학교에 가 보니 아무도 없었다", KO_MARKUP_NONE, NULL},
		{"친구가 집에 와 있었다", KO_MARKUP_NONE, NULL},
		{"먼저 가 버렸다", KO_MARKUP_NONE, NULL},
		{"와 정말 대단하다", KO_MARKUP_NONE, NULL},
		/* 와 after the written 다.: a name's particle, not speech */
		{"그는 미국으로 유학했다. 와 커티스 음악학교에서 배웠다", KO_MARKUP_PARTICLE, "와 커티스"},
		{"그는 미국으로 유학했다.\n와 커티스 음악학교에서 배웠다", KO_MARKUP_PARTICLE, "와 커티스"},
		{"시험이 끝났다. 와 ㅋㅋ 신난다", KO_MARKUP_NONE, NULL},
		{"시험이 끝났다! 와 정말 신난다", KO_MARKUP_NONE, NULL},
		{"시험이 끝났네. 와 정말 신난다", KO_MARKUP_NONE, NULL},
		/* a particle alone after a bracket that opens a sentence */
		{"(과 사이의 글자는 본문이다", KO_MARKUP_PARTICLE, "(과"},
		{"창이 뜬다.\n(를 누르면 닫힌다", KO_MARKUP_PARTICLE, "(를"},
		{"창이 뜬다. (를 누르면 닫힌다", KO_MARKUP_PARTICLE, "(를"},
		{"단군(과 그의 부인)의 무덤이다", KO_MARKUP_NONE, NULL},
		{"이것은 단군 (과 그의 부인)의 무덤이다", KO_MARKUP_NONE, NULL},
		{"에도 시대의 문화", KO_MARKUP_NONE, NULL},
		{"그리스 에게 해의 섬", KO_MARKUP_NONE, NULL},
		{"로스엔젤레스에 있는 로 이사를 한다", KO_MARKUP_PARTICLE, "로 이사"},
		{"서울로 가는 길이다", KO_MARKUP_NONE, NULL},
		{"로마 시대의 길", KO_MARKUP_NONE, NULL},
		{"그 학교는 로서 이름이 높다", KO_MARKUP_NONE, NULL},
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		size_t at, len, n = strlen(t[i].s);
		int k = ko_markup_find(t[i].s, n, &at, &len);
		size_t want = t[i].at ? (size_t)(strstr(t[i].s, t[i].at) - t[i].s) : n;
		if (!(k == t[i].kind && at == want))
			fprintf(stderr, "markup case %zu: %s\n", i, t[i].s);
		CHECK(k == t[i].kind && at == want);
	}
	/* 와 after 다. and a particle after '(', at every offset of the
	 * scans (the index's too) */
	int alone = 1;
	for (int k = 0; k < 40; k++) {
		char lt[256] = "";
		for (int x = 0; x < k; x++)
			strcat(lt, x % 3 ? "가" : " ");
		strcat(lt, "유학했다. 와 커티스 학교에서 배웠다. (를 누르면 닫힌다. 좋았다.");
		size_t at, len, n = strlen(lt);
		struct ko_markup_index mx = {0};
		ko_markup_index_set(&mx, lt, n);
		alone &= ko_markup_find(lt, n, &at, &len) == KO_MARKUP_PARTICLE &&
		         !memcmp(lt + at, "와 커", 5);
		alone &= ko_markup_find_in(&mx, 0, n, &at, &len) == KO_MARKUP_PARTICLE &&
		         !memcmp(lt + at, "와 커", 5);
		const char *q = strstr(lt, "학교에서");
		alone &= ko_markup_find_in(&mx, (size_t)(q - lt), n, &at, &len) == KO_MARKUP_PARTICLE &&
		         q[at] == '(';
		ko_markup_index_free(&mx);
	}
	CHECK(alone);
	/* A list's lead-in, at every offset of the 16-byte scan. */
	int leads = 1;
	for (int k = 0; k < 40; k++) {
		char lt[256] = "";
		for (int x = 0; x < k; x++)
			strcat(lt, x % 3 ? "가" : " ");
		size_t base = strlen(lt);
		strcat(lt, "주요 작품은 다음과 같다.");
		leads &= ko_lead_in(lt, strlen(lt), 0) == 1;
		lt[base] = 0;
		strcat(lt, "표는 아래와 같이 정리된다");
		leads &= ko_lead_in(lt, strlen(lt), 0) == 1;
		lt[base] = 0;
		strcat(lt, "다음 주에 아래층에서 만나자. 다음");
		leads &= ko_lead_in(lt, strlen(lt), 0) == 0;
		lt[base] = 0;
		strcat(lt, "그러면 다음이 성립한다.");
		leads &= ko_lead_in(lt, strlen(lt), 0) == 1;
		lt[base] = 0;
		strcat(lt, "양변을 나누면 다음을 얻는다.");
		leads &= ko_lead_in(lt, strlen(lt), 0) == 1;
		lt[base] = 0;
		strcat(lt, "구성은 이렇다:");
		leads &= ko_lead_in(lt, strlen(lt), 1) == 1 && ko_lead_in(lt, strlen(lt), 0) == 0;
	}
	CHECK(leads);
	/* 다음 or 아래 pointing at a part of the page (a count between is
	 * looked through); not "the next" round, year, meal or vote. */
	static const struct {
		const char *s;
		int lead;
	} pages[] = {
		{"즉, 다음 조건들이 성립하여야 한다.", 1},
		{"즉, 다음 세 조건을 만족시키는 유일한 함수이다.", 1},
		{"아래 문서들에서 적분 공식들을 찾아볼 수 있다.", 1},
		{"아래의 데이터는 통계청에 의한다.", 1},
		{"모든 거리 공간은 다음 성질들을 만족시킨다.", 1},
		{"다음 두 가지 예를 보자.", 1},
		{"아래 예는 모든 베이직에서 동작한다", 1},
		{"그는 다음 단계로 진출했다.", 0},
		{"다음 예선에서 탈락했다.", 0},
		{"다음 식사는 저녁이다.", 0},
		{"다음 표결에서 부결되었다.", 0},
		{"다음날 조건이 바뀌었다.", 0},
	};
	for (size_t k = 0; k < sizeof pages / sizeof *pages; k++) {
		int got = ko_lead_in(pages[k].s, strlen(pages[k].s), 0);
		CHECK(got == pages[k].lead);
		if (got != pages[k].lead)
			printf("  lead-in '%s': %d\n", pages[k].s, got);
	}
	/* The copula alone where a formula was removed: at a sentence's end,
	 * and in its connective forms mid-sentence; not the verb 이다 (to
	 * carry on the head), a role's name, 이고 저고, nor 이 as a word. */
	static const struct {
		const char *s;
		int hole;
	} cop[] = {
		{"그때 넓이는 이다.", 1},
		{"그때 넓이는 이며, 높이는 반지름과 같다.", 1},
		{"첫째 항이 이고 둘째 항은 그 두 배가 된다.", 1},
		{"합계를 이므로 평균은 그보다 작다.", 1},
		{"오른쪽 변은 이지만 왼쪽 변은 음수이다.", 1},
		{"할머니는 물동이를 이고 언덕을 올라가셨다.", 0},
		{"배우 김철수는 이고 역으로 출연하였다.", 0},
		{"동생은 이고 저고 다 싫다고 했다.", 0},
		{"그는 이 마을의 이장이며, 농부이다.", 0},
		{"바다는 이며칠 사이 잔잔해졌다.", 0},
		{"는 이며, 앞말이 없다.", 0},
		{"개인용 컴퓨터는 어느 회사의 이었으며, 많이 팔렸다.", 1},
		{"처음 나온 것은 미국 회사의 이며, 이를 본떴다.", 1},
		{"그는 아버지의 뒤를 이었으며, 왕이 되었다.", 0},
		{"그것은 이 땅의 이야기였으며 널리 퍼졌다.", 0},
	};
	for (size_t i = 0; i < sizeof cop / sizeof *cop; i++) {
		int h = ko_copula_hole(cop[i].s, strlen(cop[i].s));
		if (h != cop[i].hole)
			fprintf(stderr, "copula case %zu: %s\n", i, cop[i].s);
		CHECK(h == cop[i].hole);
		CHECK(ko_copula_hole_in(cop[i].s, strlen(cop[i].s)) == cop[i].hole);
	}
	/* A particle that does not fit its word, found wherever it stands:
	 * after 0 to 79 bytes of other words (a syllable cut among them
	 * too), so at every place of a block of the scan and in its last
	 * block, and with the sentence ending right after it or going on;
	 * the fitting forms nowhere. */
	static const struct {
		const char *w;
		int bad;
	} agree[] = {
		{"바퀴를", 0}, {"바퀴을", 1}, {"연필을", 0}, {"연필를", 1}, {"사자와", 0},
		{"사슴와", 1}, {"기차로", 0}, {"기차으로", 1}, {"버스으로서", 1},
		{"책상으로부터", 0}, {"바다으로부터", 1}, {"구름은", 0}, {"구두은", 1},
	};
	static const char *const after[] = {"", ".", " 보았다.",
	                                    " 아주 오래 보았다. 그리고 새로 칠했다."};
	int agreed = 1;
	for (size_t i = 0; i < sizeof agree / sizeof *agree; i++)
		for (size_t pad = 0; pad < 80; pad++)
			for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
				char buf[256];
				int l = padded(buf, sizeof buf, pad, agree[i].w, after[a]);
				if (ko_particle_mismatch(buf, (size_t)l) != agree[i].bad) {
					fprintf(stderr, "agreement case %zu, pad %zu: %s\n", i, pad, buf);
					agreed = 0;
				}
			}
	CHECK(agreed);
	/* ko_markup_words answers as the three checks it asks in one pass,
	 * each found wherever it stands (every place of a block of the
	 * scan, its start, its last block) and none where none is. */
	static const struct {
		const char *w;
		unsigned want;
	} words[] = {
		{"프리바트도첸트Privatdozent ", KO_WORDS_GLOSS},
		{"분자는 이며, ", KO_WORDS_COPULA},
		{"공간를 ", KO_WORDS_AGREEMENT},
		{"바다으로부터 ", KO_WORDS_AGREEMENT},
		{"연필을 ", 0},
		{"삼성SDS는 ", 0},
	};
	int worded = 1;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		for (size_t pad = 0; pad < 80; pad++)
			for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
				char buf[256];
				int l = padded(buf, sizeof buf, pad, words[i].w, after[a]);
				size_t m = (size_t)l;
				unsigned w = ko_markup_words(buf, m), wt = ko_markup_words_text(buf, m);
				unsigned each = (ko_copula_hole(buf, m) ? KO_WORDS_COPULA : 0) |
				                (ko_glued_gloss(buf, m) ? KO_WORDS_GLOSS : 0) |
				                (ko_particle_mismatch(buf, m) ? KO_WORDS_AGREEMENT : 0);
				unsigned each_text = (each & ~(unsigned)KO_WORDS_COPULA) |
				                     (ko_copula_hole_in(buf, m) ? KO_WORDS_COPULA : 0);
				if (w != each || wt != each_text ||
				    wt != words[i].want) {
					fprintf(stderr, "words case %zu, pad %zu: %s: %u %u %u\n", i, pad, buf,
					        w, wt, each_text);
					worded = 0;
				}
			}
	CHECK(worded);
	/* ko_markup_find finds what ko_markup_at says of each position, the
	 * first one: random strings of particles, words and separators. */
	static const char *const bits[] = {"를", "을", "에", "의", "는", "서", "으", "로", "가",
	                                   "사과", " ", " ", " ", "\n", ",", "(", "&lt;", "OS", "7",
	                                   "》", ")", "”", "이", "다", "므로", ".", "《", "「」", "인", "처럼"};
	struct ko_rng g;
	ko_rng_seed(&g, 11);
	char b[256];
	int bad = 0;
	for (int round = 0; round < 20000; round++) {
		size_t n = 0, parts = 1 + (size_t)ko_rng_below(&g, 24);
		for (size_t j = 0; j < parts; j++) {
			const char *x = bits[ko_rng_below(&g, sizeof bits / sizeof *bits)];
			memcpy(b + n, x, strlen(x));
			n += strlen(x);
		}
		size_t at, len, want = n, wl = 0;
		int k = ko_markup_find(b, n, &at, &len), wk = 0;
		for (size_t i = 0; i < n && !wk; i++)
			if ((wk = ko_markup_at(b, n, i, &wl)))
				want = i;
		bad += k != wk || at != want || len != wl;
	}
	CHECK(bad == 0);
	/* The index of a text answers for each span of it what the span
	 * asked on its own does: texts long enough for the wide reads, of
	 * those pieces, markup and lead-ins. */
	static const char *const more[] = {"<br>", "[[", "]]", "{{", "''", "formula_3", "__목차__",
	                                   "분류:", "（", "）", "abc", "다음과 같", "아래 표", ":",
	                                   "음", "래", "다음", "Ab", "_", "x_1", "a"};
	struct ko_markup_index x = {0};
	char tb[1024];
	bad = 0;
	for (int round = 0; round < 3000; round++) {
		size_t n = 0, parts = 1 + (size_t)ko_rng_below(&g, 160);
		for (size_t j = 0; j < parts && n < sizeof tb - 16; j++) {
			uint64_t r = ko_rng_below(&g, sizeof bits / sizeof *bits + sizeof more / sizeof *more);
			const char *y = r < sizeof bits / sizeof *bits ? bits[r]
			                                               : more[r - sizeof bits / sizeof *bits];
			memcpy(tb + n, y, strlen(y));
			n += strlen(y);
		}
		ko_markup_index_set(&x, tb, n);
		for (int q = 0; q < 24; q++) {
			size_t lo = q ? (size_t)ko_rng_below(&g, n + 1) : 0;
			size_t hi = q ? lo + (size_t)ko_rng_below(&g, n - lo + 1) : n;
			size_t a1, l1, a2, l2;
			int k1 = ko_markup_find(tb + lo, hi - lo, &a1, &l1);
			int k2 = ko_markup_find_in(&x, lo, hi, &a2, &l2);
			int lead = ko_lead_in(tb + lo, hi - lo, 1);
			bad += k1 != k2 || a1 != a2 || l1 != l2;
			bad += ko_markup_sentence_in(&x, lo, hi) != (k1 ? k1 : lead ? KO_MARKUP_LEAD_IN : 0);
			bad += ko_lead_in_in(&x, lo, hi, 0) != ko_lead_in(tb + lo, hi - lo, 0);
		}
	}
	ko_markup_index_free(&x);
	CHECK(bad == 0);
}

#include "task_words.h" /* to check the order its binary search needs */

static void test_loose_order(void)
{
	size_t n = sizeof free_adverbs / sizeof *free_adverbs;
	for (size_t k = 1; k < n; k++)
		CHECK(strcmp(free_adverbs[k - 1], free_adverbs[k]) < 0);
	for (size_t k = 1; k < sizeof degree_adverbs / sizeof *degree_adverbs; k++)
		CHECK(strcmp(degree_adverbs[k - 1], degree_adverbs[k]) < 0);
	/* every listed adverb is found, before a noun and a predicate */
	char s[96];
	for (size_t k = 0; k < n; k++) {
		snprintf(s, sizeof s, "그는 %s 집에 갔다.", free_adverbs[k]);
		CHECK(ko_task_loose_order(s, strlen(s)) != NULL);
	}
	CHECK(!ko_task_loose_order("작은 고양이가 창가에 앉아 햇볕을 쬐고 있다.", 61));
	CHECK(!ko_task_loose_order("이 집 국수는 면발이 정말 쫄깃하다.", 48));
	CHECK(ko_task_loose_order("이 집은 정말 국수 면발이 쫄깃하다.", 48) != NULL);
}

/* ko_task_new_specific(answer, context): the offset and text of the
 * first specific the context lacks, "" when it holds them all. */
static int new_specific(const char *a, const char *c, const char *want)
{
	size_t at = 99, l = ko_task_new_specific(a, strlen(a), c, strlen(c), &at);
	return l == strlen(want) && (l == 0 || !memcmp(a + at, want, l));
}

static void test_new_specific(void)
{
	CHECK(new_specific("그는 2022년에 왔다.", "그는 2015년에 떠났다.", "2022"));
	CHECK(new_specific("그는 2015년에 왔다.", "그는 2015년에 떠났다.", ""));
	CHECK(new_specific("회원은 15명이다.", "2015년에 모였다.", "15"));
	CHECK(new_specific("회원은 15명이다.", "15", ""));          /* at both ends */
	CHECK(new_specific("15", "회원 15명", ""));
	CHECK(new_specific("15", "회원 150명", "15"));
	CHECK(new_specific("기온은 3도였다.", "기온은 3.5도였다.", "3"));
	CHECK(new_specific("기온은 5도였다.", "기온은 3.5도였다.", "5"));
	CHECK(new_specific("기온은 3.5도였다.", "평균 3.5도", ""));
	CHECK(new_specific("관중은 75,000명이다.", "관중 75,000명", ""));
	CHECK(new_specific("관중은 75,000명이다.", "관중 75명", "75,000"));
	CHECK(new_specific("관중은 75명이다.", "관중 75,000명", "75"));
	CHECK(new_specific("2022.", "2022", ""));                   /* a stop ends it */
	CHECK(new_specific("한강 FC가 이겼다.", "한강 FC를 응원했다.", ""));
	CHECK(new_specific("한강 FC가 이겼다.", "한강 FCB를 응원했다.", "FC"));
	CHECK(new_specific("Dvořák의 곡이다.", "Dvořák", ""));
	CHECK(new_specific("Dvořák의 곡이다.", "Dvořáks", "Dvořák"));
	CHECK(new_specific("MP3 파일", "MP3", ""));
	CHECK(new_specific("MP4 파일", "MP3", "4"));
	CHECK(new_specific("청운사(靑雲寺)이다.", "靑雲寺에", ""));
	CHECK(new_specific("청운사(靑雲寺)이다.", "靑雲", "靑雲寺"));
	CHECK(new_specific("문의는 <PHONE>으로.", "전화", ""));
	CHECK(new_specific("<URL2> 주소", "", ""));
	CHECK(new_specific("<b> 태그", "", "b"));
	CHECK(new_specific("a × b", "a b", ""));
	CHECK(new_specific("", "", ""));
}

static void test_contract(const char *dir)
{
	struct ko_buf b = {0};
	ko_buf_base64(&b, "", 0);
	CHECK(b.n == 0);
	ko_buf_base64(&b, "f", 1);
	CHECK(buf_is(&b, "Zg=="));
	ko_buf_clear(&b);
	ko_buf_base64(&b, "fooba", 5);
	CHECK(buf_is(&b, "Zm9vYmE="));
	ko_buf_clear(&b);
	ko_buf_base64(&b, "\xff\xfe\x00", 3);
	CHECK(buf_is(&b, "//4A"));
	ko_buf_free(&b);

	CHECK(ko_json_check_escapes("{\"a\":\"\\ud83d\\ude00\"}", 20) == -1);
	CHECK(ko_json_check_escapes("{\"a\":\"\\ud83d\"}", 14) == 6);
	CHECK(ko_json_check_escapes("{\"a\":\"\\ude00\"}", 14) == 6);
	CHECK(ko_json_check_escapes("{\"a\":\"\\\\ud800\"}", 15) == -1); /* escaped backslash */
	CHECK(ko_json_check_escapes("{\"a\":\"\\ud83d\\u0041\"}", 20) == 6);
	CHECK(ko_json_check_escapes("\\n\\t\\u0041", 10) == -1);

	/* A missing file: -1 once with the message, then the next file. */
	char ok[512], missing[512];
	snprintf(ok, sizeof ok, "%s/ok", dir);
	snprintf(missing, sizeof missing, "%s/missing", dir);
	put(ok, "a\nb\n", 4);
	char *files[] = {missing, ok, missing};
	struct ko_reader *r = ko_reader_open(files, 3);
	const char *line;
	size_t len;
	int nf;
	CHECK(ko_reader_next(r, &line, &len, &nf) == -1);
	CHECK(strstr(ko_reader_error(r), "missing") != NULL);
	CHECK(ko_reader_next(r, &line, &len, &nf) == 1 && len == 1 && line[0] == 'a' && nf);
	CHECK(ko_reader_next(r, &line, &len, &nf) == 1 && line[0] == 'b' && !nf);
	CHECK(ko_reader_next(r, &line, &len, &nf) == -1);
	CHECK(ko_reader_next(r, &line, &len, &nf) == 0);
	CHECK(ko_reader_failed(r));
	ko_reader_close(r);

	/* Appending writers: two open at once, lines longer than the buffer,
	 * nothing lost or torn, nothing truncated. */
	char app[512];
	snprintf(app, sizeof app, "%s/append", dir);
	put(app, "old\n", 4);
	const char *why;
	struct ko_writer *w1 = ko_writer_open(app, KO_W_APPEND, &why);
	struct ko_writer *w2 = ko_writer_open(app, KO_W_APPEND, &why);
	CHECK(w1 && w2);
	size_t big = (size_t)3 << 20;
	char *p = malloc(big);
	memset(p, 'x', big);
	for (int i = 0; i < 3; i++) {
		ko_write_line(w1, "one", 3);
		ko_write_line(w2, p, big);
		ko_write_line(w2, "two", 3);
	}
	CHECK(ko_writer_close(w1, 1) == 0 && ko_writer_close(w2, 1) == 0);
	free(p);
	char **lines;
	size_t *lens;
	int n = read_lines(app, &lines, &lens);
	int ones = 0, twos = 0, bigs = 0, other = 0;
	for (int i = 0; i < n; i++) {
		if (lens[i] == 3 && !memcmp(lines[i], "one", 3))
			ones++;
		else if (lens[i] == 3 && !memcmp(lines[i], "two", 3))
			twos++;
		else if (lens[i] == big)
			bigs++;
		else if (!(i == 0 && lens[i] == 3 && !memcmp(lines[i], "old", 3)))
			other++;
	}
	CHECK(n == 10 && ones == 3 && twos == 3 && bigs == 3 && other == 0);
	free_lines(lines, lens, n);
}

/* A second input (ko-dedup --against) reads by the same per-line rules,
 * counts into the same run, and reports unreadable files. */
static void test_second_input(const char *dir)
{
	char path[512];
	snprintf(path, sizeof path, "%s/against", dir);
	static const char lines[] =
		"{\"id\":1,\"text\":\"가\"}\nplain line\n\n{\"id\":\"\\ud800\"}\n{\"id\":2}\n";
	put(path, lines, sizeof lines - 1);
	static const struct ko_tool t = {.name = "ko-unit"};
	char *argv[] = {"ko-unit", "--on-error", "skip", NULL};
	struct ko_opts o;
	ko_opt_init(&o, &t, 3, argv);
	while (ko_opt_next(&o) != -1)
		;
	const char *why;
	struct ko_run run = {.opt = &o};
	run.out = ko_writer_open("/dev/null", 0, &why);
	run.rejects = ko_writer_open("/dev/null", KO_W_APPEND, &why);
	char *files[] = {path};
	struct ko_in *in = ko_in_open(&run, files, 1);
	struct ko_rec *r;
	int json = 0, text = 0;
	while ((r = ko_in_next(&run, in))) {
		if (r->is_json && r->parsed)
			json++;
		else if (!r->is_json)
			text++;
	}
	CHECK(json == 2 && text == 2 && run.nbad == 1 && run.nin == 5);
	ko_in_close(in);
	ko_writer_close(run.out, 1);
	ko_writer_close(run.rejects, 1);
	ko_buf_free(&run.why);
	ko_buf_free(&run.rej);
	ko_buf_free(&run.tmp);
	ko_buf_free(&run.file_text);
	ko_buf_free(&run.first_text);
	for (int i = 0; i < run.nreasons; i++) /* (ko_close frees them in a tool) */
		free(run.reasons[i].reason);
}

/* The commercial profile fails closed: a licence it does not know of a
 * family that allows commercial use and derivatives is restricted. */
static void test_license(void)
{
	static const char *const restricted[] = {
		"", "unknown", "NOASSERTION", "LicenseRef-Dacon", "CC-BY-NC-4.0", "CC BY-NC 4.0",
		"cc-by-nc-sa-4.0", "CC BY-ND 2.0 KR", "CC_BY_ND_4.0", "Proprietary",
		"All rights reserved", "AI-Hub", "CC", "MITx", "BSDish", "Public Domain",
		"Apache-2.0 WITH Commons-Clause", "MIT AND Proprietary", "GFDL-1.3 OR MIT",
		"CC BY-NC4.0", "CC BY-NC/4.0", "CC-BY-NonCommercial-4.0", "CC-BY-4.0 (non-commercial)",
		"CC-BY-4.0\xc2\xa0NC", "BSL 1.1", "CC-BY-NoDerivatives-4.0",
		"KOGL-Type2", "KOGL Type 4", "KOGL", "공공누리 제1유형",
	};
	static const char *const open[] = {
		"CC0-1.0", "cc0-1.0", "CC-BY-4.0", "CC BY 4.0", "CC-BY-SA-2.0-KR", "CC BY-SA",
		"MIT", "MIT-0", "Apache-2.0", "BSD-3-Clause", "GPL-3.0-or-later", "ODbL-1.0",
		"BSL-1.0", "GPL-2.0+", "KOGL-Type1", "KOGL Type 1", "kogl_type1",
	};
	for (size_t i = 0; i < sizeof restricted / sizeof *restricted; i++)
		CHECK(ko_license_restricted(restricted[i], strlen(restricted[i])) == 1);
	for (size_t i = 0; i < sizeof open / sizeof *open; i++)
		CHECK(ko_license_restricted(open[i], strlen(open[i])) == 0);
	struct ko_license_policy p = {0};
	char err[120];
	CHECK(ko_license_rule(&p, "commercial", err, sizeof err) == 0);
	CHECK(ko_license_rule(&p, "allow:LicenseRef-Mine", err, sizeof err) == 0);
	CHECK(ko_license_ok(&p, "LicenseRef-Mine", 15) == 1);
	CHECK(ko_license_ok(&p, "Proprietary", 11) == 0);
	CHECK(ko_license_ok(&p, "CC-BY-SA-4.0", 12) == 1);
	CHECK(ko_license_ok(&p, "", 0) == 0);
	/* allow and deny read identifiers as SPDX writes them */
	struct ko_license_policy d = {0};
	CHECK(ko_license_rule(&d, "deny:CC-BY-NC-4.0", err, sizeof err) == 0);
	CHECK(ko_license_ok(&d, "cc by-nc 4.0", 12) == 0);
	struct ko_license_policy a = {0};
	CHECK(ko_license_rule(&a, "allow:CC-BY-4.0", err, sizeof err) == 0);
	CHECK(ko_license_ok(&a, "CC_BY_4.0", 9) == 1);
	CHECK(ko_license_ok(&a, "MIT", 3) == 0);
}

/* ko_put_fixed4 against printf's "%.4f": exact ties (j/32, and the
 * halves of integers), the neighbours of every rounding edge of 0..1
 * (n/10000 + 1/20000 and its next doubles either side), random doubles
 * of every magnitude below 2^53, and the values it hands to snprintf. */
static int fixed4_is(double v)
{
	char want[400], got[32];
	snprintf(want, sizeof want, "%.4f", v);
	size_t n = ko_put_fixed4(got, v);
	if (strlen(want) > 31)
		return n == 31 && !memcmp(got, want, 31);
	return n == strlen(want) && !strcmp(got, want);
}

/* The next double after v > 0, up or down, and v 2^k: without libm,
 * which the unit tests do not link. */
static double nudge(double v, int up)
{
	uint64_t b;
	memcpy(&b, &v, sizeof b);
	b += up ? 1 : (uint64_t)-1;
	memcpy(&v, &b, sizeof v);
	return v;
}

static double times2(double v, int k)
{
	for (; k > 0; k--)
		v *= 2;
	for (; k < 0; k++)
		v /= 2;
	return v;
}

static void test_fixed4(void)
{
	int bad = 0;
	for (int j = 0; j <= 64; j++)
		for (double k = 0; k < 3e6; k = k * 10 + 1)
			bad += !fixed4_is(k + j / 32.0) + !fixed4_is(k + j / 2.0);
	for (int n = 0; n <= 10000; n++) {
		double e = (2 * n + 1) / 20000.0;
		bad += !fixed4_is(e) + !fixed4_is(nudge(e, 0)) + !fixed4_is(nudge(e, 1)) +
		       !fixed4_is(n / 10000.0);
	}
	struct ko_rng rng;
	ko_rng_seed(&rng, 13);
	for (int i = 0; i < 200000; i++) {
		double u = ko_rng_unit(&rng);
		bad += !fixed4_is(u) + !fixed4_is(times2(u, (int)ko_rng_below(&rng, 53)));
		bad += !fixed4_is(times2(u, -(int)ko_rng_below(&rng, 1100)));
	}
	double odd[] = {0, 1, 0.99995, 0.99994999999999996, 4503599627370495.5,
	                9007199254740991.0, 9007199254740992.0, 1e300, -0.5, -0.0, NAN, INFINITY};
	for (size_t i = 0; i < sizeof odd / sizeof *odd; i++)
		bad += !fixed4_is(odd[i]);
	CHECK(bad == 0);
	struct ko_buf b = {0};
	ko_buf_add_fixed4(&b, 0.03125);
	ko_buf_add_fixed4(&b, 1e300);
	CHECK(b.n == 6 + 306 && !memcmp(b.p, "0.03121", 7));
	ko_buf_free(&b);
}

/* ko_placeholder_hidden: the marks a site leaves of a word it hid, and
 * the question marks and stars of text that are none. */
static void test_placeholder_hidden(void)
{
	static const struct {
		const char *s;
		size_t at, len; /* len 0: none */
	} cases[] = {
		{"격리거부하는 ??가 있다던데", 19, 2},
		{"??들은 입국 전에 돌려보내야", 0, 2},
		{"그 (???님이) 그랬다", 5, 3},
		{"sera**** 밥먹고 악플쓰는", 0, 8},
		{"@abc12*** 님 댓글", 1, 8},
		{"어제 김** 선수가", 7, 5},
		{"아니 그걸 지금 말하면 어떡해?? 진짜 뭐??", 0, 0},
		{"진짜??그래서 어떻게 됐어", 0, 0},
		{"?? 이게 무슨 말이야", 0, 0},
		{"??이게 무슨 말이야", 0, 0},
		{"공지에서 **중요** 표시", 0, 0},
		{"a* b** 5***", 0, 0},
		{"가격은 3**2 원", 0, 0},
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		size_t at = 99, len = ko_placeholder_hidden(cases[k].s, strlen(cases[k].s), &at);
		CHECK(len == cases[k].len && (!len || at == cases[k].at));
		if (len != cases[k].len || (len && at != cases[k].at))
			printf("  case '%s': %zu at %zu\n", cases[k].s, len, at);
	}
}

/* ko_json_path: the steps from a field's array down to one of its
 * strings, as ko-pii --annotate writes them. */
static void test_json_path(void)
{
	static const char rec[] = "{\"m\":[{\"role\":\"user\",\"content\":\"a\"},[\"b\",[\"c\"]],\"d\"]}";
	static const struct {
		const char *want;
		const char *str; /* the string token's text */
	} cases[] = {{",0,\"content\"", "a"}, {",1,0", "b"}, {",1,1,0", "c"}, {",2", "d"}};
	struct ko_json j = {0};
	const char *why;
	CHECK(ko_json_parse(&j, rec, sizeof rec - 1, &why) == 0);
	int t = ko_json_get(&j, "m");
	struct ko_buf path = {0};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		int i = -1;
		for (int x = t; x < j.ntok; x++)
			if (j.tok[x].type == KO_JSON_STRING && j.tok[x].end - j.tok[x].start == 1 &&
			    rec[j.tok[x].start] == cases[k].str[0])
				i = x;
		ko_buf_clear(&path);
		ko_json_path(&j, t, i, &path);
		CHECK(i >= 0 && path.n == strlen(cases[k].want) && !memcmp(path.p, cases[k].want, path.n));
	}
	ko_buf_clear(&path);
	ko_json_path(&j, t, 0, &path); /* not inside */
	CHECK(path.n == 0);
	ko_buf_free(&path);
	ko_json_free(&j);
}

/* contact.h: the one notion of a telephone number and a URL that ko-pii
 * and ko-quality share; the end of each match (0: none). */
static void test_contact(void)
{
	static const struct {
		const char *s;
		size_t at, end; /* at: where the match is tried */
	} phones[] = {
		{"010-2345-6789 로", 0, 13},
		{"(031)555-0142", 0, 13},
		{"02)123-4567", 0, 11},
		{"+82 10-2345-6789", 0, 16},
		{"0082-10-2345-6789", 0, 17},
		{"010-23456789", 0, 12},
		{"010.2345.6789", 0, 13},
		{"1577-3456 상담", 0, 9},
		{"1899-1920년", 0, 0},        /* years */
		{"012-345-6789", 0, 0},       /* no prefix of the plan */
		{"010-2345-6789a", 0, 0},     /* runs into a word */
		{"010-2345-6789-1", 0, 0},    /* runs into a longer number */
		{"서울 010-2345-6789", 7, 20},
	}, urls[] = {
		{"https://shop.example.kr/sale 에서", 0, 28},
		{"WWW.example.com.", 0, 15},
		{"http://a.kr에서", 0, 11},
		{"(http://a.kr/x)", 1, 14},
		{"file:///etc/hosts", 0, 0},
		{"www. 다음", 0, 0},
		{"https://?q=1", 0, 0},
	};
	for (size_t k = 0; k < sizeof phones / sizeof *phones; k++) {
		size_t e = ko_phone_end(phones[k].s, strlen(phones[k].s), phones[k].at);
		CHECK(e == phones[k].end);
		if (e != phones[k].end)
			printf("  phone '%s': %zu\n", phones[k].s, e);
	}
	for (size_t k = 0; k < sizeof urls / sizeof *urls; k++) {
		size_t e = ko_url_end(urls[k].s, strlen(urls[k].s), urls[k].at);
		CHECK(e == urls[k].end);
		if (e != urls[k].end)
			printf("  url '%s': %zu\n", urls[k].s, e);
	}
	CHECK(ko_number_may_start("3.14", 2) == 0 && ko_number_may_start("약 3", 4) == 1);
	CHECK(ko_number_may_end("12-3", 4, 2) == 0 && ko_number_may_end("12원", 5, 2) == 1);
	CHECK(ko_phone_sep("1 - 2", 5, 1) == 3 && ko_phone_sep("1쩜2", 5, 1) == 3 && ko_phone_sep("1x2", 3, 1) == 0);
	CHECK(ko_unicode_dash("\xe2\x80\x93", 3, 0) == 3 && ko_unicode_dash("-", 1, 0) == 0);
	CHECK(ko_phone_rep_prefix("1588") && !ko_phone_rep_prefix("1600"));
}

/* ko_task_predicate_end: a predicate before a question or exclamation
 * mark (ko_task_chat_predicate), not a cry or a fragment after a noun. */
static void test_predicate_end(void)
{
	static const struct {
		const char *s;
		int want;
	} cases[] = {
		{"그는 집으로 돌아갔다.", 1},
		{"통산 8승.", 0},
		{"내일 같이 가자!", 1},
		{"이거 언제 되나?", 1},
		{"진짜 그렇게 했다고?", 1},
		{"그걸 덮으려고?", 1},
		{"드라마는 드라마로 보라면서?", 1},
		{"누가 뭐라하노?", 1},
		{"그 사람 요즘 짜증남!!", 1},
		{"\"정말 그랬을까?\"", 1},
		{"나중에 꼭!!", 0},
		{"이번 주말 최고의 이벤트!!", 0},
		{"저게 어디봐서 속옷?", 0},
		{"무슨 원어민...?", 0},
		{"그게 말이 돼…", 1},
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		int got = ko_task_predicate_end(cases[k].s, strlen(cases[k].s));
		CHECK(got == cases[k].want);
		if (got != cases[k].want)
			printf("  case '%s': %d\n", cases[k].s, got);
	}
}

int main(void)
{
	test_json_path();
	test_contact();
	test_predicate_end();
	test_placeholder_hidden();
	test_markup();
	test_loose_order();
	test_new_specific();
	char dir[] = "/tmp/ko-unit.XXXXXX";
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	test_utf8();
	test_utf8_span();
	test_json_strings();
	test_json_records();
	test_chars();
	test_normalize();
	test_rand();
	test_io(dir);
	test_split();
	test_spans();
	test_line_ends();
	test_contract(dir);
	test_second_input(dir);
	test_license();
	test_fixed4();
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	if (system(cmd) != 0)
		printf("FAIL could not remove %s\n", dir);
	printf("%d passed, %d failed\n", npass, nfail);
	return nfail != 0;
}
