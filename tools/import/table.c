/* table.c - csv, tsv and KoBEST: RFC 4180 records, one JSON record per row. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import.h"

/* What a file's columns become: for each output key, a column index. */
enum kind { K_STR, K_BOOL, K_INT, K_INT1, K_CHOICES, K_ANSWER, K_TEXT2 };
struct col {
	char *out;
	struct ko_buf qkey; /* "out": */
	int src;            /* column index; K_CHOICES: first of nsrc */
	int nsrc;
	enum kind kind;
};

/* KoBEST layouts: output key, column names tried in order, kind. */
struct kcol {
	const char *out;
	const char *names[4];
	enum kind kind;
	int nsrc;
};

/* A layout of this family: the delimiter, and the KoBEST columns if any. */
struct kind_of_table {
	char delim;
	const struct kcol *kobest;
};

struct table {
	/* Fields of one record: contents in fbuf, field k is fbuf[fo[k], fo[k+1]). */
	struct ko_buf fbuf, rawrec;
	size_t *fo;
	size_t nfo, fcap;
	/* The current file's columns. */
	struct ko_buf header; /* column names, NUL separated */
	char **hname;
	int nhead;
	struct col *cols;
	int ncols, has_source, choices_col, label_col;
	int said_source; /* the note that a source column overrides --source */
	int idout; /* the output column named id, or -1 */
	int idcol; /* KoBEST ID column: ids are SOURCE:ID */
	/* Where the current file is. */
	size_t recline, row;
	int inq, have_header, skipfile;
	int depth; /* stray quotes being read again, one inside another */
	struct ko_buf esc; /* quote_valid's scratch */
	char err[512];
};

static void field_end(struct table *t)
{
	if (t->nfo + 2 > t->fcap) {
		t->fcap = t->fcap ? t->fcap * 2 : 64;
		t->fo = ko_xrealloc(t->fo, t->fcap * sizeof *t->fo);
	}
	t->fo[++t->nfo] = t->fbuf.n;
}

static int nfields(const struct table *t) { return (int)t->nfo; }
static const char *fld(const struct table *t, int k, size_t *n)
{
	*n = t->fo[k + 1] - t->fo[k];
	return t->fbuf.p + t->fo[k];
}

/* Parse one line into the current record. A quote opens a quoted field
 * only at the start of a field (elsewhere it is a plain character, as most
 * readers take it); inside one, "" is a quote and a line break is part of
 * the field. A field such as "title" and more, whose closing quote is
 * followed by other text on the same line, is taken literally, quotes
 * and all (KoBEST BoolQ has such questions). Returns 1 if the record
 * continues on the next line, 0 when complete, -1 on text after a
 * closing quote that opened on an earlier line. */
static int parse_line(struct table *t, const char *p, size_t n, char delim, int noquote)
{
	struct ko_buf *fbuf = &t->fbuf;
	size_t i = 0, fstart = 0;
	int resumed = t->inq;
	if (t->inq)
		goto quoted;
	for (;;) {
		fstart = i;
		resumed = 0;
		if (!noquote && i < n && p[i] == '"') {
			i++;
			t->inq = 1;
		quoted:
			for (;;) {
				const char *q = memchr(p + i, '"', n - i);
				if (!q) {
					ko_buf_add(fbuf, p + i, n - i);
					ko_buf_addc(fbuf, '\n');
					return 1;
				}
				ko_buf_add(fbuf, p + i, (size_t)(q - p) - i);
				i = (size_t)(q - p) + 1;
				if (i < n && p[i] == '"') {
					ko_buf_addc(fbuf, '"');
					i++;
					continue;
				}
				break;
			}
			t->inq = 0;
			if (i < n && p[i] != delim) {
				if (resumed)
					return -1;
				fbuf->n = t->fo[t->nfo];
				i = fstart;
				goto plain;
			}
		} else {
		plain:;
			const char *e = memchr(p + i, delim, n - i);
			size_t r = e ? (size_t)(e - p) : n;
			ko_buf_add(fbuf, p + i, r - i);
			i = r;
		}
		field_end(t);
		if (i >= n)
			return 0;
		i++; /* the delimiter */
	}
}

static const struct kcol kobest_boolq[] = {
	{"text", {"Text", "paragraph"}, K_STR, 1},
	{"question", {"Question"}, K_STR, 1},
	{"answer", {"Answer", "label"}, K_BOOL, 1},
	{0},
};
static const struct kcol kobest_copa[] = {
	{"text", {"sentence", "premise"}, K_STR, 1},
	{"question", {"question"}, K_STR, 1},
	{"choices", {"1", "alternative_1"}, K_CHOICES, 2},
	{"label", {"Answer", "label"}, K_INT1, 1},
	{"answer", {"Answer", "label"}, K_ANSWER, 1},
	{0},
};
static const struct kcol kobest_wic[] = {
	{"word", {"Target", "word"}, K_STR, 1},
	{"sentence1", {"SENTENCE1", "context_1"}, K_STR, 1},
	{"sentence2", {"SENTENCE2", "context_2"}, K_STR, 1},
	{"text", {"SENTENCE1", "context_1"}, K_TEXT2, 1},
	{"answer", {"ANSWER", "label"}, K_BOOL, 1},
	{0},
};
static const struct kcol kobest_hellaswag[] = {
	{"text", {"context"}, K_STR, 1},
	{"choices", {"choice1", "ending_1"}, K_CHOICES, 4},
	{"label", {"label"}, K_INT, 1},
	{"answer", {"label"}, K_ANSWER, 1},
	{0},
};
static const struct kcol kobest_sentineg[] = {
	{"text", {"Text", "sentence"}, K_STR, 1},
	{"label", {"Label"}, K_INT, 1},
	{"text_origin", {"Text_origin"}, K_STR, -1},
	{"label_origin", {"Label_origin"}, K_INT, -1},
	{"category", {"Category_neg"}, K_STR, -1},
	{0},
};

static int find_col(const struct table *t, const char *name)
{
	for (int k = 0; k < t->nhead; k++)
		if (!strcasecmp(t->hname[k], name))
			return k;
	return -1;
}

static void add_col(struct table *t, const char *out, int src, int nsrc, enum kind kind)
{
	t->cols = ko_xrealloc(t->cols, (size_t)(t->ncols + 1) * sizeof *t->cols);
	struct col *c = &t->cols[t->ncols++];
	c->out = ko_xstrdup(out);
	memset(&c->qkey, 0, sizeof c->qkey);
	ko_json_quotes(&c->qkey, out);
	ko_buf_addc(&c->qkey, ':');
	c->src = src;
	c->nsrc = nsrc;
	c->kind = kind;
	if (!strcmp(out, "id"))
		t->idout = t->ncols - 1;
	if (!strcmp(out, "source"))
		t->has_source = 1;
}

static void free_cols(struct table *t)
{
	for (int k = 0; k < t->ncols; k++) {
		free(t->cols[k].out);
		ko_buf_free(&t->cols[k].qkey);
	}
	t->ncols = t->has_source = 0;
	t->choices_col = t->label_col = t->idcol = t->idout = -1;
}

/* Set up the output columns from the header record. NULL or a reason. */
static const char *setup_columns(struct imp *im, struct table *t)
{
	const struct kcol *kobest = ((const struct kind_of_table *)im->layout->arg)->kobest;
	char *err = t->err;
	size_t errn = sizeof t->err;
	free_cols(t);
	ko_buf_clear(&t->header);
	t->nhead = nfields(t);
	t->hname = ko_xrealloc(t->hname, (size_t)(t->nhead + 1) * sizeof *t->hname);
	size_t *off = ko_xmalloc((size_t)(t->nhead + 1) * sizeof *off);
	for (int k = 0; k < t->nhead; k++) {
		size_t n;
		const char *p = im->opt->no_header ? NULL : fld(t, k, &n);
		off[k] = t->header.n;
		if (p && n) {
			ko_buf_add(&t->header, p, n);
		} else {
			ko_buf_addf(&t->header, "c%d", k + 1);
		}
		ko_buf_addc(&t->header, 0);
	}
	for (int k = 0; k < t->nhead; k++)
		t->hname[k] = t->header.p + off[k];
	free(off);
	if (ko_utf8_check(t->header.p, t->header.n) != t->header.n)
		return "invalid UTF-8 in the header";
	if (memchr(t->rawrec.p, 0, t->rawrec.n))
		return "NUL byte in the header";
	if (kobest) {
		t->idcol = find_col(t, "ID");
		for (const struct kcol *c = kobest; c->out; c++) {
			int src = -1;
			for (int x = 0; x < 4 && c->names[x] && src < 0; x++)
				src = find_col(t, c->names[x]);
			if (src < 0 && c->nsrc < 0)
				continue;
			int nsrc = c->nsrc < 0 ? 1 : c->nsrc;
			if (src < 0 || src + nsrc > t->nhead) {
				snprintf(err, errn, "no column '%s': not a %s file", c->names[0],
				         im->layout->name);
				return err;
			}
			if (c->kind == K_TEXT2) {
				/* nsrc holds the second sentence's column */
				nsrc = find_col(t, "SENTENCE2");
				if (nsrc < 0)
					nsrc = find_col(t, "context_2");
				if (nsrc < 0)
					return "no column SENTENCE2: not a KoBEST wic file";
			}
			if (c->kind == K_CHOICES)
				t->choices_col = t->ncols;
			if (c->kind == K_INT1 || (c->kind == K_INT && !strcmp(c->out, "label")))
				t->label_col = t->ncols;
			add_col(t, c->out, src, nsrc, c->kind);
		}
		return NULL;
	}
	if (!im->opt->columns) {
		for (int k = 0; k < t->nhead; k++) {
			for (int x = 0; x < k; x++)
				if (!strcmp(t->hname[x], t->hname[k])) {
					snprintf(err, errn, "column name '%s' repeated; pick with --columns",
					         t->hname[k]);
					return err;
				}
			add_col(t, t->hname[k], k, 1, K_STR);
		}
		return NULL;
	}
	/* --columns NAME[=NEW],... (a NAME of digits is a 1-based number) */
	const char *s = im->opt->columns;
	while (*s) {
		const char *e = strchr(s, ',');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		char *item = ko_xmalloc(n + 1);
		memcpy(item, s, n);
		item[n] = 0;
		char *eq = strchr(item, '=');
		if (eq)
			*eq++ = 0;
		int src = find_col(t, item);
		if (src < 0 && item[0] && strspn(item, "0123456789") == strlen(item) &&
		    atoi(item) >= 1 && atoi(item) <= t->nhead)
			src = atoi(item) - 1;
		if (src < 0) {
			size_t at = (size_t)snprintf(err, errn, "--columns: no column '%s' (the columns: ", item);
			for (int k = 0; k < t->nhead && at < errn; k++)
				at += (size_t)snprintf(err + at, errn - at, "%s%s", k ? ", " : "", t->hname[k]);
			if (at < errn)
				snprintf(err + at, errn - at, ")");
			free(item);
			return err;
		}
		const char *out = eq && *eq ? eq : t->hname[src];
		for (int k = 0; k < t->ncols; k++)
			if (!strcmp(t->cols[k].out, out)) {
				/* Two values for one key: readers would keep one. */
				snprintf(err, errn, "--columns: output field '%s' given twice", out);
				free(item);
				return err;
			}
		add_col(t, out, src, 1, K_STR);
		free(item);
		s += n;
		if (*s == ',')
			s++;
	}
	return NULL;
}

static int is_true(const char *p, size_t n)
{
	return (n == 4 && !strncasecmp(p, "true", 4)) || (n == 1 && *p == '1');
}

/* ko_json_quote that refuses invalid UTF-8 (-1, nothing added) instead of
 * copying it, so fields are validated and quoted in one pass. */
static int quote_valid(struct table *t, struct ko_buf *out, const char *p, size_t n)
{
	size_t at = out->n, i = 0;
	ko_buf_reserve(out, n + 2);
	out->p[out->n++] = '"';
	while (i < n) {
		size_t r = i + ko_utf8_span(p + i, n - i, 1);
		ko_buf_add(out, p + i, r - i);
		if (r >= n)
			break;
		if ((unsigned char)p[r] >= 0x80) {
			out->n = at;
			out->p[at] = 0;
			return -1;
		}
		ko_json_quote(&t->esc, p + r, 1); /* one special byte, escaped */
		ko_buf_add(out, t->esc.p + 1, t->esc.n - 2);
		ko_buf_clear(&t->esc);
		i = r + 1;
	}
	ko_buf_addc(out, '"');
	return 0;
}

/* A raw NUL byte makes a row bad, as it makes a text line bad in every
 * tool (kopipe(7)): NULL, or the reason with its byte in the row. */
static const char *nul_at(struct table *t, const char *p, size_t n)
{
	const char *z = memchr(p, 0, n);
	if (!z)
		return NULL;
	snprintf(t->err, sizeof t->err, "NUL byte at byte %zu", (size_t)(z - p) + 1);
	return t->err;
}

/* Write the current record; NULL or a reason it is bad. */
static const char *emit_row(struct imp *im, struct table *t, size_t row)
{
	const struct kcol *kobest = ((const struct kind_of_table *)im->layout->arg)->kobest;
	struct ko_buf *tmp = &im->tmp, *ob = &im->rec;
	char *err = t->err;
	size_t errn = sizeof t->err;
	if (nfields(t) != t->nhead) {
		snprintf(err, errn, "%d field%s, %s %d", nfields(t), nfields(t) == 1 ? "" : "s",
		         im->opt->no_header ? "the first row has" : "the header has", t->nhead);
		return err;
	}
	imp_begin(im);
	if (kobest) {
		imp_key(im, "id");
		ko_buf_clear(tmp);
		size_t n;
		const char *p = t->idcol >= 0 ? fld(t, t->idcol, &n) : NULL;
		if (p && n)
			ko_buf_addf(tmp, "%s:%.*s", im->idsrc, (int)n, p);
		else
			ko_buf_addf(tmp, "%s:%zu", im->idsrc, row);
		if (imp_put_unique_id(im, tmp->p, tmp->n) < 0)
			return "invalid UTF-8";
		imp_put_source(im);
	}
	long label = -1;
	for (int k = 0; k < t->ncols; k++) {
		const struct col *c = &t->cols[k];
		size_t n;
		const char *p = fld(t, c->src, &n);
		char *end;
		switch (c->kind) {
		case K_STR:
			if (k == t->idout) {
				/* the dataset's id, unique in the run; where a
				 * row has none, SOURCE:ROW as without the column */
				imp_key(im, "id");
				if (!n) {
					ko_buf_clear(tmp);
					ko_buf_addf(tmp, "%s:%zu", im->idsrc, row);
					p = tmp->p, n = tmp->n;
				}
				if (imp_put_unique_id(im, p, n) < 0)
					return "invalid UTF-8";
				break;
			}
			if (im->nkeys++)
				ko_buf_addc(ob, ',');
			ko_buf_add(ob, c->qkey.p, c->qkey.n);
			if (quote_valid(t, ob, p, n) < 0)
				return "invalid UTF-8";
			break;
		case K_BOOL:
			if (!is_true(p, n) && !(n == 5 && !strncasecmp(p, "false", 5)) &&
			    !(n == 1 && *p == '0')) {
				snprintf(err, errn, "%s: expected True or False, not '%.*s'",
				         t->hname[c->src], (int)(n > 40 ? 40 : n), p);
				return err;
			}
			imp_put_raw(im, c->out, is_true(p, n) ? "true" : "false", is_true(p, n) ? 4 : 5);
			break;
		case K_INT:
		case K_INT1:
			ko_buf_clear(tmp);
			ko_buf_add(tmp, p, n);
			label = strtol(tmp->p, &end, 10);
			if (!n || *end || label < (c->kind == K_INT1)) {
				snprintf(err, errn, "%s: expected a number, not '%.*s'", t->hname[c->src],
				         (int)(n > 40 ? 40 : n), p);
				return err;
			}
			if (c->kind == K_INT1)
				label--;
			ko_buf_clear(tmp);
			ko_buf_addf(tmp, "%ld", label);
			imp_put_raw(im, c->out, tmp->p, tmp->n);
			break;
		case K_CHOICES:
			imp_key(im, c->out);
			ko_buf_addc(ob, '[');
			for (int x = 0; x < c->nsrc; x++) {
				if (x)
					ko_buf_addc(ob, ',');
				p = fld(t, c->src + x, &n);
				if (quote_valid(t, ob, p, n) < 0)
					return "invalid UTF-8";
			}
			ko_buf_addc(ob, ']');
			break;
		case K_ANSWER:
			if (t->choices_col < 0 || label < 0 || label >= t->cols[t->choices_col].nsrc) {
				snprintf(err, errn, "label %ld is not a choice", label);
				return err;
			}
			p = fld(t, t->cols[t->choices_col].src + (int)label, &n);
			imp_key(im, c->out);
			if (quote_valid(t, ob, p, n) < 0)
				return "invalid UTF-8";
			break;
		case K_TEXT2:
			imp_key(im, c->out);
			ko_buf_clear(tmp);
			ko_buf_add(tmp, p, n);
			ko_buf_addc(tmp, '\n');
			p = fld(t, c->nsrc, &n);
			ko_buf_add(tmp, p, n);
			if (quote_valid(t, ob, tmp->p, tmp->n) < 0)
				return "invalid UTF-8";
			break;
		}
	}
	if (!kobest) {
		if (t->idout < 0) {
			/* SOURCE:ROW without printf: this runs once per row. */
			char num[24], *e = num + sizeof num, *d = e;
			do
				*--d = (char)('0' + row % 10);
			while (row /= 10);
			imp_key(im, "id");
			ko_json_quotes(ob, im->idsrc);
			ob->n--; /* the closing quote */
			ko_buf_addc(ob, ':');
			ko_buf_add(ob, d, (size_t)(e - d));
			ko_buf_addc(ob, '"');
		}
		if (!t->has_source) {
			imp_put_source(im);
		} else if (im->opt->source && !t->said_source) {
			/* the column wins, as a field named is the user's; said
			 * once, since --source was given for something */
			t->said_source = 1;
			ko_warn("%s: the column named source gives each record's source; --source %s "
			        "names only the ids", im->file, im->opt->source);
		}
	}
	imp_end(im);
	return NULL;
}

static int table_line(struct imp *im, const char *line, size_t len, size_t lineno);

/* The quoted field of the current record, opened on line t->recline, is
 * most likely a stray quote at the start of a field: the record of that
 * line is bad (REASON; the record holds that line alone), a note says how
 * many lines the field ran (WHERE: "to the end of the file", "to line N")
 * and the lines after it are read again as rows, so that one stray quote
 * costs one record and not the rows it swallowed. 1 when the run must
 * stop. */
static int stray_quote(struct imp *im, struct table *t, const char *reason, const char *where)
{
	struct ko_buf rest = {0};
	const char *nl = memchr(t->rawrec.p, '\n', t->rawrec.n);
	size_t first = nl ? (size_t)(nl - t->rawrec.p) : t->rawrec.n, line = t->recline;
	size_t nlines = 1;
	for (const char *q = nl; q; q = memchr(q + 1, '\n', t->rawrec.n - (size_t)(q + 1 - t->rawrec.p)))
		nlines++;
	if (nl)
		ko_buf_add(&rest, nl + 1, t->rawrec.n - first - 1);
	t->inq = 0;
	int stop = imp_fail(im, line, t->rawrec.p, first, reason);
	if (!stop && nlines > 1)
		ko_warn_at(im->file, line, "the quoted field opened here ran %s (%zu lines): the %zu lines "
		           "after this one are read again as rows",
		           where, nlines, nlines - 1);
	/* the rest, one line at a time, as the reader gave it */
	t->depth++;
	const char *p = rest.p, *end = rest.p + rest.n;
	for (size_t l = line + 1; !stop && nl && p <= end; l++) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		size_t n = e ? (size_t)(e - p) : (size_t)(end - p);
		stop = table_line(im, p, n, l);
		if (!e)
			break;
		p = e + 1;
	}
	t->depth--;
	ko_buf_free(&rest);
	return stop;
}

/* Whether the record just read, whose quoted field ran over several lines,
 * swallowed rows: lines inside the field (neither its first nor its
 * last), every one of them a row of the file's width (no quote, and the
 * delimiters of as many fields as the header has), at least one in a
 * file of tabs and three in another (prose has commas). A field of real
 * text with line breaks has lines of no fixed shape; the rows between
 * two stray quotes have all the file's. */
static int swallowed_rows(const struct table *t, char delim)
{
	if (!t->have_header || t->nhead < 2)
		return 0;
	const char *p = memchr(t->rawrec.p, '\n', t->rawrec.n), *end = t->rawrec.p + t->rawrec.n;
	int inner = 0;
	while (p) {
		p++;
		const char *e = memchr(p, '\n', (size_t)(end - p));
		if (!e)
			break; /* the last line, where the field closes */
		int nd = 0;
		for (const char *q = p; q < e; q++) {
			if (*q == '"')
				return 0;
			nd += *q == delim;
		}
		if (nd != t->nhead - 1)
			return 0;
		inner++;
		p = e;
	}
	return inner >= (delim == '\t' ? 1 : 3);
}

static int table_line(struct imp *im, const char *line, size_t len, size_t lineno)
{
	struct table *t = im->state;
	char delim = im->opt->delimiter ? im->opt->delimiter
	                                : ((const struct kind_of_table *)im->layout->arg)->delim;
	if (t->skipfile) {
		imp_unread(im);
		return 0;
	}
	if (!t->inq) {
		if (len == 0)
			return 0; /* blank lines separate nothing */
		t->recline = lineno;
		ko_buf_clear(&t->fbuf);
		ko_buf_clear(&t->rawrec);
		t->nfo = 0;
		if (!t->fcap) {
			t->fcap = 64;
			t->fo = ko_xmalloc(t->fcap * sizeof *t->fo);
		}
		t->fo[0] = 0;
	} else {
		ko_buf_addc(&t->rawrec, '\n');
	}
	ko_buf_add(&t->rawrec, line, len);
	int k = parse_line(t, line, len, delim, im->opt->no_quote);
	if (k > 0)
		return 0;
	/* A quoted field that closes on a later line with text after its
	 * quote, or that ran over rows of the file's shape, most likely
	 * opened at a stray quote (a comment that starts with one); read
	 * again (up to a depth, against input made to nest them). */
	char where[64];
	if (k < 0 && t->depth < 16) {
		snprintf(where, sizeof where, "to line %zu", lineno);
		return stray_quote(im, t, "a quoted field that closes on a later line with text after its quote "
		                   "(a stray quote? --quote none reads quotes as text)", where);
	}
	if (k < 0) {
		t->inq = 0;
		return imp_fail(im, lineno, t->rawrec.p, t->rawrec.n, "text after a closing quote");
	}
	if (lineno > t->recline && t->depth < 16 && swallowed_rows(t, delim)) {
		snprintf(where, sizeof where, "to line %zu over rows", lineno);
		return stray_quote(im, t, "a quoted field that runs over rows of the file's width "
		                   "(a stray quote? --quote none reads quotes as text)", where);
	}
	if (!t->have_header) {
		t->have_header = 1;
		const char *why = setup_columns(im, t);
		/* A CSV header of one column whose name holds tabs: the file is
		 * TSV, and every row would be one field. */
		if (!why && !im->opt->no_header && delim == ',' && t->nhead == 1 &&
		    strchr(t->hname[0], '\t'))
			why = "one column, named with tabs in it: a TSV file? try 'ko-import tsv'";
		if (why) {
			/* Without its columns the whole file is unreadable:
			 * a failure of the file, not of one record. */
			t->skipfile = 1;
			for (size_t l = t->recline; l < lineno; l++)
				imp_unread(im); /* a header over several lines */
			imp_file_fail(im, t->recline, t->rawrec.p, t->rawrec.n, why);
			return 0;
		}
		if (!im->opt->no_header)
			return 0;
	}
	t->row++;
	const char *why = nul_at(t, t->rawrec.p, t->rawrec.n);
	if (!why)
		why = emit_row(im, t, t->row);
	if (why)
		return imp_fail(im, t->recline, t->rawrec.p, t->rawrec.n, why);
	imp_tick(im);
	return 0;
}

/* A quoted field still open at the end of the file: most often a stray
 * quote at the start of a field (a comment TSV's text that opens with
 * one), not a field of the rest of the file. The record of the line that
 * opened it is bad, with a message that says how far the field ran; the
 * lines after it are read again as rows, so that one stray quote costs
 * one record and not the rest of the file. */
static int table_end(struct imp *im)
{
	struct table *t = im->state;
	int stop = 0;
	while (t->inq && !stop)
		stop = stray_quote(im, t, "quoted field not closed at the end of the file (a stray quote? "
		                          "--quote none reads quotes as text)", "to the end of the file");
	t->inq = t->have_header = t->skipfile = 0;
	t->row = 0;
	return stop;
}

static void table_free(struct imp *im)
{
	struct table *t = im->state;
	free_cols(t);
	free(t->cols);
	free(t->hname);
	free(t->fo);
	ko_buf_free(&t->fbuf);
	ko_buf_free(&t->rawrec);
	ko_buf_free(&t->header);
	ko_buf_free(&t->esc);
}

#define TABLE(var, fmt, delim_, kobest_)                                                  \
	const struct imp_layout var = {                                                   \
		.name = fmt, .line = table_line, .end = table_end,                        \
		.state_size = sizeof(struct table), .free_state = table_free,             \
		.takes = IMP_TAKES_COLUMNS | IMP_TAKES_SOURCE,                            \
		.arg = &(const struct kind_of_table){delim_, kobest_},                    \
	}
TABLE(imp_csv, "csv", ',', NULL);
TABLE(imp_tsv, "tsv", '\t', NULL);
TABLE(imp_kobest_boolq, "kobest-boolq", '\t', kobest_boolq);
TABLE(imp_kobest_copa, "kobest-copa", '\t', kobest_copa);
TABLE(imp_kobest_wic, "kobest-wic", '\t', kobest_wic);
TABLE(imp_kobest_hellaswag, "kobest-hellaswag", '\t', kobest_hellaswag);
TABLE(imp_kobest_sentineg, "kobest-sentineg", '\t', kobest_sentineg);
