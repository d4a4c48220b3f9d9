/* split.h - placeholder with the agreed contract; the splitter module
 * replaces this file. */
#ifndef KO_SPLIT_H
#define KO_SPLIT_H
#include <stddef.h>
struct ko_split {
	const char *p;
	size_t n;
	size_t pos;
	int flags;
};
#define KO_SPLIT_NEWLINE_HARD 1
void ko_split_init(struct ko_split *s, const char *p, size_t n, int flags);
int ko_split_next(struct ko_split *s, size_t *b, size_t *e);
#endif
