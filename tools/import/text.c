/* text.c - plain text files: each file one document. */
#include <string.h>

#include "import.h"

struct text {
	struct ko_buf doc; /* the file's lines, joined by line breaks */
	size_t blank;      /* blank lines not yet added (none at the end) */
	int bad;           /* a line failed: the document is not written */
};

static int text_line(struct imp *im, const char *line, size_t len, size_t lineno)
{
	struct text *t = im->state;
	if (t->bad)
		return 0;
	if (len && line[len - 1] == '\r')
		len--;
	char nul[48];
	const char *why = imp_line_bad(line, len, nul, sizeof nul);
	if (why) {
		/* the file is the record: it is not written, and the line
		 * says why */
		t->bad = 1;
		return imp_fail(im, lineno, line, len, why);
	}
	size_t i = 0;
	while (i < len && (line[i] == ' ' || line[i] == '\t'))
		i++;
	if (i == len) {
		t->blank += t->doc.n > 0;
		return 0;
	}
	for (; t->blank; t->blank--)
		ko_buf_addc(&t->doc, '\n');
	if (t->doc.n)
		ko_buf_addc(&t->doc, '\n');
	ko_buf_add(&t->doc, line, len);
	return 0;
}

static int text_end(struct imp *im)
{
	struct text *t = im->state;
	if (!t->bad) {
		imp_begin(im);
		imp_key(im, "id");
		if (imp_put_unique_id(im, im->file, strlen(im->file)) < 0)
			ko_json_quotes(&im->rec, im->idsrc);
		imp_put_source(im);
		imp_put_str(im, "text", t->doc.p ? t->doc.p : "", t->doc.n);
		imp_tick(im);
		if (t->doc.n) {
			imp_end(im);
		} else {
			ko_buf_addc(&im->rec, '}');
			imp_reject(im, 1, im->rec.p, im->rec.n, "empty file");
		}
	}
	ko_buf_clear(&t->doc);
	t->blank = 0;
	t->bad = 0;
	return 0;
}

static void text_free(struct imp *im)
{
	struct text *t = im->state;
	ko_buf_free(&t->doc);
}

const struct imp_layout imp_text = {
	.name = "text",
	.line = text_line,
	.end = text_end,
	.state_size = sizeof(struct text),
	.free_state = text_free,
	.takes = IMP_TAKES_SOURCE,
};
