/*
 * split-driver.c - the splitter's raw answers on arbitrary bytes, for
 * scripts/split-equiv.sh: link it against two builds of libko.a and
 * compare what they print.
 *
 * Reads all of stdin (or argv[1]) and splits it whole, and then each
 * block between blank lines, under every flag combination, printing
 * the sentence offsets and heading counts; then ko_split_is_heading and
 * ko_split_line_ends of every line. No UTF-8 validation on purpose: the
 * splitter must give the same answer on any bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "split.h"

static void run(const char *p, size_t n, size_t base, int flags)
{
	struct ko_split s;
	size_t b, e;
	ko_split_init(&s, p, n, flags);
	printf("T %zu %zu %d\n", base, n, flags);
	while (ko_split_next(&s, &b, &e))
		printf("%zu %zu %zu\n", base + b, base + e, ko_split_headings(&s));
}

int main(int argc, char **argv)
{
	FILE *f = argc > 1 ? fopen(argv[1], "rb") : stdin;
	size_t n = 0, cap = 1 << 20;
	char *p = malloc(cap);
	size_t r;
	if (!f || !p)
		return 2;
	while ((r = fread(p + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap && !(p = realloc(p, cap *= 2)))
			return 2;
	}
	/* whole input, one text */
	for (int fl = 0; fl < 4; fl++)
		run(p, n, 0, fl);
	/* blocks between blank lines, and lines, as tools see them */
	for (size_t i = 0; i < n;) {
		const char *nl = memchr(p + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - p) : n;
		printf("L %zu %d %d\n", i, ko_split_is_heading(p + i, e - i),
		       ko_split_line_ends(p + i, e - i));
		for (int fl = 0; fl < 4; fl++)
			run(p + i, e - i, i, fl);
		i = e + 1;
	}
	return 0;
}
