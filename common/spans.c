/* spans.c - the sentences of a text carried with it (split.h). */
#include <string.h>

#include "ko.h"

/* (the text's hash: any seed, as long as writer and reader agree) */
static uint32_t text_hash(const char *p, size_t n)
{
	return (uint32_t)ko_hash64_lanes(p, n, 0x7370616e73ULL /* "spans" */);
}

void ko_spans_head(struct ko_buf *out, const char *p, size_t n, int flags, size_t *last)
{
	static const char hex[] = "0123456789abcdef";
	char h[10];
	uint32_t x = text_hash(p, n);
	h[0] = flags & KO_SPLIT_NEWLINE_HARD ? 'h' : 'p';
	for (int i = 0; i < 8; i++)
		h[1 + i] = hex[x >> (28 - 4 * i) & 15];
	h[9] = ':';
	ko_buf_add(out, h, sizeof h);
	*last = (size_t)-1;
}

void ko_spans_add(struct ko_buf *out, size_t *last, size_t b, size_t e)
{
	int first = *last == (size_t)-1;
	size_t gap = first ? b : b - *last;
	/* (written in place: this runs for every sentence ko-split --chunk
	 * finds) */
	ko_buf_reserve(out, 2 * 20 + 2);
	char *d = out->p + out->n;
	if (!first)
		*d++ = ',';
	if (gap != (first ? 0 : 1)) {
		d += ko_put_dec(d, gap);
		*d++ = '+';
	}
	d += ko_put_dec(d, e - b);
	out->n = (size_t)(d - out->p);
	*last = e;
}

int ko_spans_open(struct ko_spans *r, const char *v, size_t vn, const char *p, size_t n, int flags)
{
	static const signed char val[256] = {
	    ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7,
	    ['7'] = 8, ['8'] = 9, ['9'] = 10, ['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14,
	    ['e'] = 15, ['f'] = 16};
	uint32_t x = 0;
	/* found under the newline rule the caller splits by, or under the
	 * other in a text without a line break: the rules differ only at
	 * one (ko-split --chunk, which keeps lines, feeding a generator,
	 * which joins them, need not split a one-line chunk again) */
	if (vn < 11 || v[9] != ':' || (v[0] != 'h' && v[0] != 'p'))
		return 0;
	if (v[0] != (flags & KO_SPLIT_NEWLINE_HARD ? 'h' : 'p') && memchr(p, '\n', n))
		return 0;
	for (int i = 1; i < 9; i++) {
		int d = val[(unsigned char)v[i]];
		if (!d)
			return 0;
		x = x << 4 | (uint32_t)(d - 1);
	}
	if (x != text_hash(p, n))
		return 0;
	*r = (struct ko_spans){v + 10, v + vn, p, n, (size_t)-1, 0};
	return 1;
}
