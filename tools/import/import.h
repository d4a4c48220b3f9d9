/*
 * import.h - how ko-import's driver (tools/ko-import.c) and its layout
 * files (tools/import/) talk.
 *
 * The driver owns the run: options, the reader, the record loop, output,
 * rejects and progress. A layout never calls that API; it sees its input
 * through the callbacks of struct imp_layout and answers through the
 * imp_* functions below, with every piece of state in the struct imp it
 * is handed (no file-scope mutable state in a layout). So when the record
 * loop changes, only the driver changes.
 */
#ifndef IMPORT_H
#define IMPORT_H

#include "ko.h"

/* ko-import's own options. */
struct imp_opts {
	const char *columns; /* --columns LIST (csv, tsv) */
	const char *source;  /* --source NAME, or NULL for the file's base name */
	int no_header;       /* --no-header (csv, tsv) */
	char delimiter;      /* --delimiter C (csv, tsv), 0: the layout's */
	int no_quote;        /* --quote none (csv, tsv): quotes are plain text */
	int quote_given;     /* --quote given at all */
	int drop_headings;   /* --drop-headings (wikiextractor): the default now */
	int keep_html;       /* --keep-html (squad): KorQuAD 2.x raw_html and offsets */
};

struct imp_layout;

/* The context of a run, passed to every call. */
struct imp {
	const struct imp_opts *opt;
	size_t place; /* of the next failure's why (struct imp_doc) */
	const struct imp_layout *layout;
	/* Set by the driver before a file's first callback. */
	const char *file;    /* the input as messages name it */
	const char *source;  /* the source field's value */
	const char *idsrc;   /* SOURCE of SOURCE:N ids: the source, or the path
	                      * as given when another operand has the same */
	struct ko_buf srcq;  /* source as a quoted JSON string */
	/* The record being built (imp_begin ... imp_end). */
	struct ko_buf rec;
	int nkeys;
	/* The record holds JSON copied unchecked (imp_put_member_raw) from
	 * this line: imp_write checks it. 0 when it does not. */
	size_t raw_line;
	struct ko_buf tmp;   /* scratch for layouts, free between calls */
	void *state;         /* the layout's own: state_size bytes, zeroed at start */
	void *drv;           /* the driver's own */
};

/* A whole-file JSON document, parsed. */
struct imp_doc {
	struct ko_json j;
	size_t lineat, lineno; /* cache for imp_line_of */
	char why[256];         /* why the current record failed */
	size_t place;          /* its first bytes that say which item: not
	                        * counted (struct ko_run's why_place) */
};

/* One input layout (FORMAT operand). A layout has either doc, called with
 * each file parsed as one JSON document, or line and end: line for each
 * line of a file (no newline; lineno 1-based), end after a file's last
 * line, to report what is left open and reset per-file state. Each returns
 * 1 when the run must stop (imp_fail said so), else 0. */
struct imp_layout {
	const char *name;
	int (*doc)(struct imp *im, struct imp_doc *d);
	int (*line)(struct imp *im, const char *p, size_t n, size_t lineno);
	int (*end)(struct imp *im);
	size_t state_size;
	void (*free_state)(struct imp *im); /* may be NULL */
	unsigned takes;                     /* IMP_TAKES_*: options that apply */
	const void *arg;                    /* the layout's own constant data */
};
enum { IMP_TAKES_COLUMNS = 1, IMP_TAKES_SOURCE = 2, IMP_TAKES_HTML = 4 };

extern const struct imp_layout imp_squad, imp_aihub_summary, imp_aihub_book, imp_aihub_paper,
	imp_aihub_commonsense, imp_aihub_ethics, imp_json, imp_wikiextractor, imp_csv, imp_tsv,
	imp_kobest_boolq, imp_kobest_copa, imp_kobest_wic, imp_kobest_hellaswag,
	imp_kobest_sentineg, imp_dacon_summary, imp_text;

/* ---- implemented by the driver ---- */

/* Write p, a whole JSON object, as one output record. */
void imp_write(struct imp *im, const char *p, size_t n);
/* The input at LINE of the current file is a bad record: raw (rawn bytes)
 * is what --rejects keeps of it, as {"raw_b64": ...}. It is counted as one
 * input record (do not imp_tick it too). Returns 1 when the run must stop
 * (--on-error fail), 0 to go on. */
int imp_fail(struct imp *im, size_t line, const char *raw, size_t rawn, const char *why);
/* The current file cannot be read past LINE (a header whose columns
 * cannot be used, its bytes raw): reported as FILE:LINE: why, and the run ends with
 * status 1 whatever --on-error says, like a file not valid in its
 * --encoding; the run goes on with the next file. The layout passes over
 * the file's other lines, counting each with imp_unread (the line at LINE
 * is counted here); --stats says files_not_read and lines_not_read. */
void imp_file_fail(struct imp *im, size_t line, const char *raw, size_t rawn, const char *why);
void imp_unread(struct imp *im);
/* The record p (a whole JSON object) is dropped by design, not an error:
 * it goes to --rejects with reason why and is counted by reason. */
void imp_reject(struct imp *im, size_t line, const char *p, size_t n, const char *why);
/* A dataset's own id p[0..n) as the record's id, kept unique in the run:
 * appended to im->rec quoted, with #2, #3... added to one written before.
 * -1 (nothing appended) when it is not valid UTF-8. */
int imp_put_unique_id(struct imp *im, const char *p, size_t n);
/* Count one input record (--progress, --stats): each item written or
 * rejected with imp_reject; imp_fail counts its own. */
void imp_tick(struct imp *im);

/* ---- line layouts ---- */

/* Why a line of a text layout is a bad record (invalid UTF-8, or a NUL
 * byte, as in every tool: kopipe(7)), written into why (48 bytes or
 * more) when needed; NULL when it is good. */
static inline const char *imp_line_bad(const char *p, size_t n, char *why, size_t cap)
{
	if (ko_utf8_check(p, n) != n)
		return "invalid UTF-8";
	const char *z = memchr(p, 0, n);
	if (!z)
		return NULL;
	snprintf(why, cap, "NUL byte at byte %zu", (size_t)(z - p) + 1);
	return why;
}

/* ---- building a record: plain buffer work, inline ---- */

static inline void imp_begin(struct imp *im)
{
	ko_buf_clear(&im->rec);
	ko_buf_addc(&im->rec, '{');
	im->nkeys = 0;
	im->raw_line = 0;
}

/* Start member k; its value is appended to im->rec next. */
static inline void imp_key(struct imp *im, const char *k)
{
	if (im->nkeys++)
		ko_buf_addc(&im->rec, ',');
	ko_json_quotes(&im->rec, k);
	ko_buf_addc(&im->rec, ':');
}

static inline void imp_put_str(struct imp *im, const char *k, const char *p, size_t n)
{
	imp_key(im, k);
	ko_json_quote(&im->rec, p, n);
}

/* raw is JSON already (a quoted string, a number, an array...). */
static inline void imp_put_raw(struct imp *im, const char *k, const char *p, size_t n)
{
	imp_key(im, k);
	ko_buf_add(&im->rec, p, n);
}

static inline void imp_put_source(struct imp *im)
{
	imp_put_raw(im, "source", im->srcq.p, im->srcq.n);
}

/* Write the record built since imp_begin. */
static inline void imp_end(struct imp *im)
{
	ko_buf_addc(&im->rec, '}');
	imp_write(im, im->rec.p, im->rec.n);
}

/* ---- doc.c: helpers for the JSON document layouts ---- */

static inline const struct ko_json_tok *imp_tok(const struct imp_doc *d, int t)
{
	return &d->j.tok[t];
}
static inline int imp_is(const struct imp_doc *d, int t, int type)
{
	return t >= 0 && d->j.tok[t].type == type;
}
/* Each item c (index i) of the array at token arr. */
#define IMP_EACH(d, arr, i, c) \
	for (int i = 0, c = (arr) + 1; i < imp_tok(d, arr)->size; i++, c = ko_json_skip(&(d)->j, c))

/* Line number of byte offset off; fast for offsets that grow. */
size_t imp_line_of(struct imp_doc *d, int off);
/* Append string token t to out, requoted (ko_json_requote); on error -1
 * with d->why naming the member. */
int imp_quote_tok(struct imp_doc *d, struct ko_buf *out, int t, const char *name);
/* Put string member name of object o as key k; a missing (or null)
 * member is skipped unless need is set. -1 with d->why on error. */
int imp_put_member(struct imp *im, struct imp_doc *d, int o, const char *name, const char *k,
                   int need);
/* Put member name of o as it is (arrays, numbers, booleans) without the
 * line breaks and indentation outside strings; absent is skipped. */
void imp_put_member_raw(struct imp *im, struct imp_doc *d, int o, const char *name,
                        const char *k);
/* Put key k: the first of the members names that is a string or number,
 * as a string, plus suffix; else SOURCE:ordinal plus suffix. */
void imp_put_id_as(struct imp *im, const char *k, struct imp_doc *d, int o,
                   const char *const *names, const char *suffix, size_t ordinal);
static inline void imp_put_id(struct imp *im, struct imp_doc *d, int o,
                              const char *const *names, const char *suffix, size_t ordinal)
{
	imp_put_id_as(im, "id", d, o, names, suffix, ordinal);
}
/* Report the value at token o as a bad record, with reason d->why.
 * Returns 1 to stop. */
int imp_bad(struct imp *im, struct imp_doc *d, int o);
/* How a dataset file holds its items (imp_items). */
enum imp_shape {
	IMP_LIST,    /* the list returned is the items */
	IMP_ONE,     /* the root object is the one item */
	IMP_WRAPPED  /* the list returned is the root array, each element an
	                object whose member key is a list of items */
};
/* The list of items of a dataset file: the root array, root.key, or a root
 * array of objects with a key list each ([{"data": [...]}, ...]), or the
 * root itself when it has any member named in own (NULL-terminated). -1
 * if none. */
int imp_items(struct imp_doc *d, const char *key, const char *const *own,
              enum imp_shape *shape);

#endif
