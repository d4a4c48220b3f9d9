/*
 * fuzz_lib.c - libFuzzer harness for libko (optional, not part of make check).
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Icommon -std=c11 \
 *     $(pkg-config --cflags libutf8proc libdeflate) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
 *     tests/fuzz/fuzz_lib.c common/[!c]*.c common/cli.c \
 *     $(pkg-config --libs libutf8proc libdeflate) -o build/fuzz-lib
 *   build/fuzz-lib -max_total_time=60 -max_len=4096
 *
 * The first byte picks the target; the rest is the input. Checks the
 * contracts in ko.h and split.h, not just the absence of crashes.
 */
#include <stdlib.h>
#include <string.h>

#include "ko.h"

static void split_check(const char *p, size_t n, int flags)
{
	struct ko_split s;
	size_t b, e, last = 0, count = 0;
	ko_split_init(&s, p, n, flags);
	while (ko_split_next(&s, &b, &e)) {
		/* In order, not overlapping, non-empty, inside the text, trimmed. */
		if (b < last || e <= b || e > n || p[b] == ' ' || p[e - 1] == ' ' ||
		    p[b] == '\n' || p[e - 1] == '\n')
			abort();
		last = e;
		if (++count > n)
			abort(); /* more sentences than bytes: no progress */
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *p = (const char *)data + 1;
	size_t n = size - 1;
	static struct ko_json j;
	struct ko_buf b = {0}, c = {0};
	const char *why;
	switch (data[0] % 6) {
	case 0:
	case 1:
		if (ko_json_parse(&j, p, n, &why) == 0) {
			for (int t = 0; t < j.ntok; t++) {
				ko_buf_clear(&b);
				if (j.tok[t].type == KO_JSON_STRING && ko_json_str(&j, t, &b, &why) == 0) {
					/* quote then unescape is the identity */
					ko_buf_clear(&c);
					ko_json_quote(&c, b.p ? b.p : "", b.n);
					struct ko_buf d = {0};
					if (ko_json_unescape(&d, c.p + 1, c.n - 2, &why) != 0 || d.n != b.n ||
					    (b.n && memcmp(d.p, b.p, b.n)))
						abort();
					ko_buf_free(&d);
				}
				ko_json_skip(&j, t);
			}
			ko_json_get(&j, "text");
			struct ko_field f[3] = {{"text", "\"x\"", 3}, {"new", "1", 1}, {"id", NULL, 0}};
			ko_buf_clear(&b);
			ko_json_rewrite(&b, &j, f, data[0] % 2 ? 2 : 3);
			/* The rewritten record parses again. */
			struct ko_json k = {0};
			if (ko_json_parse(&k, b.p, b.n, &why) != 0)
				abort();
			ko_json_free(&k);
		}
		break;
	case 2:
		ko_json_unescape(&b, p, n, &why);
		break;
	case 3:
	case 4:
		if (ko_utf8_check(p, n) == n) {
			split_check(p, n, data[0] & 8 ? KO_SPLIT_NEWLINE_HARD : 0);
			if (ko_normalize(&b, p, n, data[0] & 16 ? KO_NFKC : KO_NFC) < 0)
				abort();
		}
		break;
	case 5:
		ko_utf8_repair(&b, p, n);
		if (ko_utf8_check(b.p ? b.p : "", b.n) != b.n)
			abort();
		split_check(p, n, 0); /* invalid UTF-8 must not be dangerous */
		break;
	}
	ko_buf_free(&b);
	ko_buf_free(&c);
	return 0;
}
