/* ko-mask - mask-prediction tasks: one occurrence of a word (or --count
 * words) replaced by a mask token, the words are the answer. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ko.h"

static const struct ko_task tasks[] = {
	{"mask", NULL, "text mask answer count", "{text}", "{answer}"},
	{"mask", "mask-multi", "text mask answer count", "{text}", "{answer}"},
};

static const char *mask = "<MASK>";
static size_t mask_len = 6, min_len = 2, count = 1;
static int eojeol;

enum { OPT_EOJEOL = 0x100, OPT_MIN_LEN, OPT_COUNT, OPT_MASK };

static const struct option longopts[] = {
	{"eojeol", no_argument, NULL, OPT_EOJEOL},
	{"min-len", required_argument, NULL, OPT_MIN_LEN},
	{"count", required_argument, NULL, OPT_COUNT},
	{"mask", required_argument, NULL, OPT_MASK},
	KO_TASK_LONGOPTS,
	KO_TASK_SENT_LONGOPTS,
	{0},
};

static size_t number(const char *opt, const char *arg, long lo, long hi)
{
	char *end;
	errno = 0;
	long v = strtol(arg, &end, 10);
	if (errno || *end || end == arg || v < lo || v > hi)
		ko_usage_error("%s: expected %ld to %ld, not '%s'", opt, lo, hi, arg);
	return (size_t)v;
}

static void option(int c, const char *arg)
{
	switch (c) {
	case OPT_EOJEOL: eojeol = 1; break;
	case OPT_MIN_LEN: min_len = number("--min-len", arg, 1, 1000); break;
	case OPT_COUNT: count = number("--count", arg, 1, 100); break;
	case OPT_MASK:
		if (!*arg || ko_utf8_check(arg, strlen(arg)) != strlen(arg))
			ko_usage_error("--mask: expected a non-empty UTF-8 token");
		mask = arg;
		mask_len = strlen(arg);
		break;
	default:
		if (!ko_task_option(c, arg))
			ko_usage_error("invalid option");
	}
}

/* Candidates of this record, reused. */
static struct ko_span *cand;
static size_t ncand, capcand;

static void add_cand(size_t b, size_t e)
{
	if (ncand == capcand) {
		capcand = capcand ? 2 * capcand : 256;
		cand = ko_xrealloc(cand, capcand * sizeof *cand);
	}
	cand[ncand].b = b;
	cand[ncand++].e = e;
}

/* A Hangul syllable is three bytes from EA B0 80 (U+AC00) to ED 9E A3
 * (U+D7A3); checking bytes keeps the scan off the decoder. */
static int syllable_at(const unsigned char *u, size_t i, size_t n)
{
	if (i + 2 >= n || u[i] < 0xEA || u[i] > 0xED)
		return 0;
	unsigned c = (unsigned)(u[i] & 0x0F) << 12 | (unsigned)(u[i + 1] & 0x3F) << 6 |
	             (u[i + 2] & 0x3F);
	return (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80 && c >= 0xAC00 &&
	       c <= 0xD7A3;
}

/* Maximal runs of at least min_len Hangul syllables. */
static void hangul_runs(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0;
	while (i < n) {
		if (!syllable_at(u, i, n)) {
			i++;
			continue;
		}
		size_t b = i, k = 0;
		while (syllable_at(u, i, n))
			i += 3, k++;
		if (k >= min_len)
			add_cand(b, i);
	}
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_punct(uint32_t c)
{
	int k = ko_category(c);
	return k >= UTF8PROC_CATEGORY_PC && k <= UTF8PROC_CATEGORY_PO;
}

/* Eojeol (space-separated words) with punctuation at either end cut off,
 * holding a Hangul syllable and at least min_len characters. */
static void eojeols(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0;
	while (i < n) {
		while (i < n && is_space(u[i]))
			i++;
		size_t b = i;
		while (i < n && !is_space(u[i]))
			i++;
		size_t e = i;
		uint32_t c;
		int k;
		while (b < e && (k = ko_utf8_decode(p + b, e - b, &c)) > 0 && is_punct(c))
			b += (size_t)k;
		while (e > b) {
			size_t s = e - 1;
			while (s > b && (u[s] & 0xC0) == 0x80)
				s--;
			if (ko_utf8_decode(p + s, e - s, &c) <= 0 || !is_punct(c))
				break;
			e = s;
		}
		if (b >= e)
			continue;
		int hangul = 0;
		for (size_t j = b; j < e && !hangul; j++)
			hangul = syllable_at(u, j, e);
		if (hangul && ko_utf8_count(p + b, e - b) >= min_len)
			add_cand(b, e);
	}
}

static const char *find(const char *s, size_t n, const char *w, size_t wn)
{
	for (size_t i = 0; i + wn <= n; i++) {
		const char *h = memchr(s + i, w[0], n - i - wn + 1);
		if (!h)
			return NULL;
		if (!memcmp(h, w, wn))
			return h;
		i = (size_t)(h - s);
	}
	return NULL;
}

/* Where the token occurs in s, left to right without overlap: must be
 * exactly at the places we put it for the answers to be restorable. */
static int restorable(const char *s, size_t n, const size_t *at, size_t nat)
{
	size_t found = 0, i = 0;
	while (i + mask_len <= n) {
		const char *h = memchr(s + i, mask[0], n - i - mask_len + 1);
		if (!h)
			break;
		i = (size_t)(h - s);
		if (memcmp(h, mask, mask_len)) {
			i++;
			continue;
		}
		if (found == nat || at[found] != i)
			return 0;
		found++;
		i += mask_len;
	}
	return found == nat;
}

static int cmp_span(const void *a, const void *b)
{
	const struct ko_span *x = a, *y = b;
	return x->b < y->b ? -1 : x->b > y->b;
}

static int mask_record(struct ko_rec *r)
{
	static struct ko_buf text, answer, num;
	static size_t *at;
	if (!ko_task_mine(r))
		return ko_task_pass(r);
	const char *field = ko_opt.nfields ? ko_opt.fields[0] : "text";
	const char *p;
	size_t n;
	int e = ko_rec_text(r, field, 0, &p, &n);
	if (e == KO_REJECT)
		return e;
	if (e)
		p = "", n = 0;
	size_t ns = 0;
	if (ko_task_routed_by_sentences()) {
		const struct ko_span *s;
		ns = ko_task_split(p, n, &s);
		if (!ko_task_in_range(ns))
			return ko_task_pass(r);
	}
	size_t i = 0;
	while (i < n && is_space((unsigned char)p[i]))
		i++;
	if (i == n)
		return ko_task_reject(r, "no text");
	if (find(p, n, mask, mask_len))
		return ko_task_reject(r, "mask token already in the text");
	ncand = 0;
	if (eojeol)
		eojeols(p, n);
	else
		hangul_runs(p, n);
	/* Keep something to read around the masks. */
	if (ncand <= count)
		return ko_task_reject(r, "too few maskable words");
	struct ko_rng rng;
	ko_task_rng(r, &rng);
	at = ko_xrealloc(at, count * sizeof *at);
	/* A few draws, since a token that touches its neighbours can hide where
	 * it was put; then give up on the record. */
	for (int tries = 0; tries < 8; tries++) {
		for (size_t k = 0; k < count; k++) {
			size_t j = k + (size_t)ko_rng_below(&rng, ncand - k);
			struct ko_span t = cand[k];
			cand[k] = cand[j];
			cand[j] = t;
		}
		qsort(cand, count, sizeof *cand, cmp_span);
		ko_buf_clear(&text);
		ko_buf_clear(&answer);
		size_t last = 0;
		for (size_t k = 0; k < count; k++) {
			ko_buf_add(&text, p + last, cand[k].b - last);
			at[k] = text.n;
			ko_buf_add(&text, mask, mask_len);
			last = cand[k].e;
			if (count > 1)
				ko_buf_addf(&answer, "%s%zu. ", k ? "\n" : "", k + 1);
			ko_buf_add(&answer, p + cand[k].b, cand[k].e - cand[k].b);
		}
		ko_buf_add(&text, p + last, n - last);
		if (!restorable(text.p, text.n, at, count))
			continue;
		ko_buf_clear(&num);
		ko_buf_addf(&num, "%zu", count);
		struct ko_task_val v[4] = {
			{"text", text.p, text.n}, {"mask", mask, mask_len},
			{"answer", answer.p, answer.n}, {"count", num.p, num.n},
		};
		const char *skip[2] = {field, NULL};
		return ko_task_emit(r, &tasks[count > 1], v, 4, skip);
	}
	return ko_task_reject(r, "mask cannot be restored");
}

static const struct ko_tool tool = {
	.name = "ko-mask",
	.usage = "[--eojeol] [--min-len N] [--count N] [--mask TOKEN] [task options]\n"
	         "               [shared options] [FILE...]",
	.help = "Make mask-prediction tasks: one occurrence of a word of the text (-f,\n"
	        "default text) is replaced by the mask token; the word is the answer.\n"
	        "Words are runs of Hangul syllables by default.\n"
	        "\n"
	        "      --eojeol          mask whole space-separated words (with Hangul), their\n"
	        "                        leading and trailing punctuation left in place\n"
	        "      --min-len N       shortest word in characters (default 2)\n"
	        "      --count N         mask N words; the answer numbers them (default 1)\n"
	        "      --mask TOKEN      the mask token (default <MASK>)\n"
	        "\n" KO_TASK_HELP KO_TASK_SENT_HELP,
	.longopts = longopts,
	.option = option,
	.record = mask_record,
};

int main(int argc, char **argv)
{
	int first = ko_cli_parse(&tool, argc, argv);
	ko_task_init(tasks, 2);
	return ko_run(&tool, argc, argv, first);
}
