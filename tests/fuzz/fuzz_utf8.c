/*
 * fuzz_utf8.c - libFuzzer target: UTF-8 checking and repair, and NFC/NFKC
 * normalisation.
 *
 * Checks: the checker, the decoder and the span agree; repair gives valid
 * UTF-8 and leaves valid text alone; normalisation gives valid UTF-8, is
 * idempotent, and leaves text the quick test calls normalised unchanged.
 */
#include <stdlib.h>
#include <string.h>

#include "ko.h"

static int same(const struct ko_buf *a, const char *p, size_t n)
{
	return a->n == n && (n == 0 || memcmp(a->p, p, n) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *p = (const char *)data + 1;
	size_t n = size - 1;
	enum ko_nf nf = data[0] & 1 ? KO_NFKC : KO_NFC;
	struct ko_buf a = {0}, b = {0};

	/* The checker stops where the decoder first fails. */
	size_t ok = ko_utf8_check(p, n), i = 0;
	uint32_t cp;
	while (i < n) {
		int k = ko_utf8_decode(p + i, n - i, &cp);
		if (k < 0)
			break;
		if (k < 1 || k > 4 || (size_t)k > n - i || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			abort();
		char enc[4];
		if (ko_utf8_encode(cp, enc) != k || memcmp(enc, p + i, (size_t)k))
			abort();
		size_t sl = ko_space_len(p + i, n - i);
		if (sl != 0 && (sl != (size_t)k || !ko_is_space(cp)))
			abort();
		i += (size_t)k;
	}
	if (i != ok)
		abort();
	if (ko_utf8_span(p, n, 0) != ok || ko_utf8_span(p, n, 1) > ok)
		abort();
	ko_guess_encoding(p, n, 1);
	ko_guess_encoding(p, n, 0);

	/* Repair: valid output, nothing replaced in valid text. */
	size_t nrep = ko_utf8_repair(&a, p, n);
	if (ko_utf8_check(a.p ? a.p : "", a.n) != a.n)
		abort();
	if ((ok == n) != (nrep == 0) || (ok == n && !same(&a, p, n)))
		abort();

	/* Normalisation of the (repaired) text. */
	const char *t = a.p ? a.p : "";
	size_t tn = a.n;
	ko_utf8_count(t, tn);
	if (ko_normalize(&b, t, tn, nf) < 0)
		abort();
	if (ko_utf8_check(b.p ? b.p : "", b.n) != b.n)
		abort();
	if (ko_is_normalized(t, tn, nf) && !same(&b, t, tn))
		abort();
	struct ko_buf c = {0};
	if (ko_normalize(&c, b.p ? b.p : "", b.n, nf) < 0 || !same(&c, b.p, b.n))
		abort(); /* idempotent */
	ko_buf_free(&a);
	ko_buf_free(&b);
	ko_buf_free(&c);
	return 0;
}
