/*
 * fuzz_split.c - libFuzzer target: the sentence splitter and the markup
 * rule (split.h, markup.h).
 *
 * Checks the contract of split.h: spans in order, not overlapping, non-empty,
 * inside the text, trimmed, and progress on every call, on valid UTF-8 and
 * (less well split, never dangerously) on invalid bytes.
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
		if (b < last || e <= b || e > n || ko_space_len(p + b, n - b) ||
		    p[e - 1] == ' ' || p[e - 1] == '\n' || p[e - 1] == '\t')
			abort();
		last = e;
		if (++count > n)
			abort(); /* more sentences than bytes: no progress */
		ko_split_is_heading(p + b, e - b);
		ko_split_line_ends(p + b, e - b);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *p = (const char *)data + 1;
	size_t n = size - 1;
	int flags = data[0] & 3;
	split_check(p, n, flags);
	ko_split_is_heading(p, n);
	ko_split_line_ends(p, n);
	size_t at, len;
	int kind = ko_markup_find(p, n, &at, &len);
	if (kind && (at >= n || len == 0 || len > n - at || !ko_markup_name(kind)))
		abort();
	if (kind && ko_markup_at(p, n, at, &len) != kind)
		abort();
	return 0;
}
