/* ko-split - Korean sentence splitting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ko.h"

struct span { /* 32 bits each, 12 bytes a sentence, not 24: a record
                * of short sentences is held in under 3 x its line (a
                * text of 4 GiB or more is not chunked; JSON records stop
                * at 2) */
	uint32_t b, e;
	uint32_t section; /* --chunk: section breaks (headings, blank lines) before it */
};

struct conf {
	int paragraphs, explode, offsets, headings;
	/* --soft-breaks: -p's reading of a JSON field (a single line break is
	 * a space), while a text line stays a document of its own; p_given:
	 * -p itself was given */
	int soft_breaks, p_given;
	size_t chunk; /* --chunk N: records of up to N sentences */
	size_t chunk_chars; /* --chunk-chars M: and of up to M characters */
	size_t *runs;       /* the plan of a record's chunks, sentences each */
	size_t runcap;
	const char *sfield;
	char *ofield; /* sfield + "_offsets" */
	struct ko_buf out, offs, one, idb, spans, sents;
	struct ko_json empty; /* {}: what a text line's chunk records are written onto */
	struct span *v; /* the sentences of a record for --chunk */
	size_t cap;
	uint32_t *rv; /* the array's sentences: their bytes in the field as written */
	size_t rcap;
	/* -p: the paragraph being gathered from text lines */
	struct ko_buf para;
	int para_open;
	const char *para_file; /* where the paragraph starts, for its rejects */
	size_t para_line;
};

enum { OPT_SFIELD = 0x100, OPT_EXPLODE, OPT_OFFSETS, OPT_CHUNK, OPT_DROP_HEADINGS, OPT_CHUNK_CHARS,
       OPT_SOFT_BREAKS };

static const struct option longopts[] = {
	{"paragraphs", no_argument, NULL, 'p'},
	{"soft-breaks", no_argument, NULL, OPT_SOFT_BREAKS},
	{"sentences-field", required_argument, NULL, OPT_SFIELD},
	{"explode", no_argument, NULL, OPT_EXPLODE},
	{"offsets", no_argument, NULL, OPT_OFFSETS},
	{"chunk", required_argument, NULL, OPT_CHUNK},
	{"chunk-chars", required_argument, NULL, OPT_CHUNK_CHARS},
	{"drop-headings", no_argument, NULL, OPT_DROP_HEADINGS},
	{0},
};

static void option(struct conf *c, int code, const char *arg)
{
	switch (code) {
	case 'p': c->paragraphs = c->p_given = 1; break;
	case OPT_SOFT_BREAKS: c->paragraphs = c->soft_breaks = 1; break;
	case OPT_EXPLODE: c->explode = 1; break;
	case OPT_OFFSETS: c->offsets = 1; break;
	case OPT_DROP_HEADINGS: c->headings = KO_SPLIT_HEADINGS; break;
	case OPT_CHUNK: c->chunk = ko_opt_u64("--chunk", arg, 1, 100000); break;
	case OPT_CHUNK_CHARS:
		c->chunk_chars = ko_opt_u64("--chunk-chars", arg, 1, (uint64_t)1 << 30);
		break;
	case OPT_SFIELD:
		if (!*arg)
			ko_usage("--sentences-field: empty name");
		c->sfield = arg;
		break;
	}
}

/* Code points of p[0..n): offsets are in characters so that they index the
 * field as every JSON consumer sees it, whatever its string encoding. */
static size_t chars(const char *p, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)p[i] & 0xC0) != 0x80;
	return c;
}

/* --offsets: the characters (cp) before byte last of a text whose
 * sentences are read in order. */
struct char_pos {
	size_t cp, last;
};

/* The sentence [b, e) of p in characters: its start returned, its end
 * left in at->cp. */
static size_t char_span(struct char_pos *at, const char *p, size_t b, size_t e)
{
	at->cp += chars(p + at->last, b - at->last);
	size_t cb = at->cp;
	at->cp += chars(p + b, e - b);
	at->last = e;
	return cb;
}

/* The next run of white space within [from, e) of p that holds a line
 * break, as [*rb, *re): under -p a sentence may span a single line break,
 * and such a run is written as one space, as text mode prints a wrapped
 * sentence and the task generators read it (ko_task_flat). Returns 0 when
 * there is none. */
static int ascii_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
}

/* The first line break (LF, or a CR left alone: CR LF is read as LF) in
 * p[from, e), or NULL. */
static const char *line_break(const char *p, size_t from, size_t e)
{
	if (from >= e)
		return NULL;
	const char *nl = memchr(p + from, '\n', e - from);
	const char *cr = memchr(p + from, '\r', (nl ? (size_t)(nl - p) : e) - from);
	return cr ? cr : nl;
}

static int break_run(const char *p, size_t from, size_t e, size_t *rb, size_t *re)
{
	const char *nl = line_break(p, from, e);
	if (!nl)
		return 0;
	size_t b = (size_t)(nl - p), a = b + 1;
	while (b > from && ascii_blank(p[b - 1]))
		b--;
	while (a < e && ascii_blank(p[a]))
		a++;
	*rb = b, *re = a;
	return 1;
}

/* The sentence [b, e) of p added to out with each run of white space that
 * holds a line break written as one space: a sentence of a wrapped
 * paragraph, on one line. */
static void add_flat_text(struct ko_buf *out, const char *p, size_t b, size_t e)
{
	size_t at = b, rb, re;
	while (break_run(p, at, e, &rb, &re)) {
		ko_buf_add(out, p + at, rb - at);
		ko_buf_addc(out, ' ');
		at = re;
	}
	ko_buf_add(out, p + at, e - at);
}

/* ---- text ---- */

/* The sentences of a text line, or with para set of a -p paragraph, one a
 * line. */
static void split_text(struct conf *c, struct ko_run *run, const char *p, size_t n, int para)
{
	struct ko_split s;
	size_t b, e;
	struct char_pos pos = {0, 0};
	int any = 0;
	/* a text line has no LF, but may hold a lone CR: a sentence that
	 * holds a break is written on one line */
	int nl = para ? line_break(p, 0, n) != NULL : memchr(p, '\r', n) != NULL;
	ko_split_init(&s, p, n, (para ? 0 : KO_SPLIT_NEWLINE_HARD) | c->headings);
	while (ko_split_next(&s, &b, &e)) {
		any = 1;
		if (!c->offsets && !(nl && line_break(p, b, e))) {
			ko_emit(run, p + b, e - b);
			continue;
		}
		struct ko_buf *one = &c->one;
		ko_buf_clear(one);
		if (c->offsets) {
			size_t cb = char_span(&pos, p, b, e);
			ko_buf_addf(one, "%zu\t%zu\t", cb, pos.cp);
		}
		add_flat_text(one, p, b, e);
		ko_emit(run, one->p, one->n);
	}
	if (!any)
		ko_emit(run, "", 0);
}

struct raw;
static int chunk_record(struct conf *c, struct ko_rec *r, struct raw *rc, struct ko_split *s,
                        const char *p);
static int explode(struct conf *c, struct ko_rec *r, struct raw *rc, struct ko_split *s,
                   const char *p);

/* A text document (a line, or under -p a paragraph, whose lines are
 * joined by one line break) made into chunk or sentence records. */
static int text_doc(struct conf *c, struct ko_rec *r, const char *p, size_t n)
{
	struct ko_split s;
	int soft = c->paragraphs ? 0 : KO_SPLIT_NEWLINE_HARD;
	if (c->explode) {
		ko_split_init(&s, p, n, soft | c->headings);
		return explode(c, r, NULL, &s, p);
	}
	/* A -p paragraph's lines are the wrapping of its prose: a short line
	 * there that reads like a heading (전년 대비, 최대 실적) is most often
	 * the start of a sentence the next line ends, so its lines are cut out
	 * as headings only under --drop-headings, as --explode does; a
	 * heading set apart by a blank line is a document of its own. A
	 * text line (no -p) is the whole document, and its headings break
	 * runs as a JSON text's do. */
	if (n > UINT32_MAX) /* (struct span holds 32-bit offsets) */
		return ko_rec_reject(r, "text of 4 GiB or more");
	ko_split_init(&s, p, n, soft | (c->paragraphs ? c->headings : KO_SPLIT_HEADINGS));
	return chunk_record(c, r, NULL, &s, p);
}

static void flush_para(struct conf *c, struct ko_run *run)
{
	if (c->para_open && (c->chunk || c->chunk_chars || c->explode)) {
		/* the paragraph is the document: it is known by its bytes
		 * (its id) and by its first line (its rejects) */
		struct ko_rec pr = {.line = c->para.p, .len = c->para.n, .file = c->para_file,
		                    .lineno = c->para_line, .run = run};
		text_doc(c, &pr, c->para.p, c->para.n);
	} else if (c->para_open) {
		split_text(c, run, c->para.p, c->para.n, 1);
	}
	ko_buf_clear(&c->para);
	c->para_open = 0;
}

/* A text line: split on its own, or under -p a piece of a paragraph; a
 * document of its own under --chunk and --explode (the paragraph is, with
 * -p). */
static int text_line(struct conf *c, struct ko_rec *r)
{
	const char *p;
	size_t n, i;
	int docs = c->chunk || c->chunk_chars || c->explode;
	int e = ko_rec_text(r, NULL, 0, &p, &n);
	if (e)
		return e;
	for (i = 0; i < n && (p[i] == ' ' || p[i] == '\t'); i++)
		;
	if (docs && !c->paragraphs) {
		/* a text line is a document: its chunks or sentences are JSON
		 * records, with the text in the -f field and ids from the
		 * line's bytes; a blank line holds none */
		return i == n ? 0 : text_doc(c, r, p, n);
	}
	if (!c->paragraphs) {
		split_text(c, r->run, p, n, 0);
		return 0;
	}
	if (i == n) {
		flush_para(c, r->run);
		if (!docs)
			ko_emit(r->run, "", 0);
		return 0;
	}
	if (c->para_open) {
		ko_buf_addc(&c->para, '\n');
	} else {
		c->para_file = r->file;
		c->para_line = r->lineno;
	}
	ko_buf_add(&c->para, p, n);
	c->para_open = 1;
	return 0;
}

/* ---- JSONL ---- */

/* The field as it is written in the record. A sentence is a piece of the
 * unescaped text, and its bytes in the record (escapes and all) are already
 * valid JSON string content: they are copied, not escaped again. The
 * cursor only moves forward, as sentences come in order. */
struct raw {
	const char *raw;
	size_t n, ri, ui; /* raw offset ri holds unescaped offset ui */
	int plain;        /* no escapes: the offsets are the same */
	size_t bs;        /* the first backslash at or after ri, or n: the
	                     bytes before it map one to one */
	const struct ko_json *j; /* the record, whose string token t it is */
	int t;
	size_t at; /* the field's offset in the record */
	/* where the escapes end, in the text and in the field, when
	 * ko_rec_text_esc made the map (else NULL); esc[2 * ek] is the first
	 * not yet passed */
	const uint32_t *esc;
	size_t nesc, ek;
	/* below nextu the field's bytes are the text's, delta further on:
	 * the one test of most calls */
	size_t nextu, delta;
};

/* The first backslash at or after ri, or n (ko_json_next_escape: at the
 * record's marks, which its check made). */
static size_t next_bs(const struct raw *rc)
{
	return ko_json_next_escape(rc->j, rc->t, rc->at + rc->ri) - rc->at;
}

static void raw_init(struct raw *rc, const struct ko_json *j, int t, int plain,
                     const uint32_t *esc, size_t nesc)
{
	const struct ko_json_tok *k = &j->tok[t];
	size_t n = (size_t)(k->end - k->start);
	*rc = (struct raw){j->s + k->start, n, 0, 0, plain, n, j, t, (size_t)k->start, esc, nesc, 0,
	                   SIZE_MAX, 0};
	if (plain)
		return;
	if (esc) {
		rc->nextu = nesc ? esc[0] : SIZE_MAX;
		return;
	}
	rc->bs = next_bs(rc);
	rc->nextu = rc->bs + 1;
}

static unsigned hex4(const char *h)
{
	unsigned v = 0;
	for (int k = 0; k < 4; k++) {
		char c = h[k];
		v = v * 16 + (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
	}
	return v;
}

/* Raw offset of unescaped offset u (u >= the last one asked for), past
 * an escape (raw_at below takes the rest). The
 * cursor jumps over the plain bytes up to the next backslash, which is
 * looked for once: every byte of the field is searched at most once, not
 * once for each sentence. */
static size_t raw_at_escaped(struct raw *rc, size_t u)
{
	while (rc->ui < u) {
		size_t d = u - rc->ui;
		if (d <= rc->bs - rc->ri) { /* no escape before u */
			rc->ri += d;
			rc->ui = u;
			break;
		}
		/* the plain bytes up to the escape, then the escape */
		const char *q = rc->raw + rc->bs;
		rc->ui += rc->bs - rc->ri;
		rc->ri = rc->bs;
		if (q[1] != 'u') {
			rc->ri += 2;
			rc->ui += 1;
		} else {
			unsigned cp = hex4(q + 2);
			rc->ri += 6;
			if (cp >= 0xD800 && cp <= 0xDBFF) { /* a surrogate pair: 4 bytes */
				rc->ri += 6;
				rc->ui += 4;
			} else {
				rc->ui += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
			}
		}
		rc->bs = next_bs(rc);
	}
	return rc->ri;
}

/* raw_at past the next escape: the cursor and its nextu and delta
 * moved on, by the map or by raw_at_escaped. */
static size_t raw_at_slow(struct raw *rc, size_t u)
{
	if (rc->esc) { /* past the escapes that end at or before u */
		size_t k = rc->ek;
		while (k < rc->nesc && rc->esc[2 * k] <= u)
			k++;
		rc->ek = k;
		rc->delta = k ? rc->esc[2 * k - 1] - rc->esc[2 * k - 2] : 0;
		rc->nextu = k < rc->nesc ? rc->esc[2 * k] : SIZE_MAX;
		return u + rc->delta;
	}
	size_t r = raw_at_escaped(rc, u);
	rc->delta = rc->ri - rc->ui;
	rc->nextu = rc->ui + (rc->bs - rc->ri) + 1;
	return r;
}

static inline size_t raw_at(struct raw *rc, size_t u)
{
	if (u < rc->nextu) /* no escape ends before u that is not passed */
		return u + rc->delta;
	return raw_at_slow(rc, u);
}

/* The sentence [ub, ue) as a JSON string, after a comma if comma: one
 * reservation and one copy. */
static void add_raw(struct ko_buf *b, struct raw *rc, size_t ub, size_t ue, int comma)
{
	size_t rb = raw_at(rc, ub), re = raw_at(rc, ue), len = re - rb;
	if (b->cap < b->n + len + 4)
		ko_buf_reserve(b, len + 3);
	char *o = b->p + b->n;
	if (comma)
		*o++ = ',';
	*o++ = '"';
	memcpy(o, rc->raw + rb, len);
	o += len;
	*o++ = '"';
	*o = 0;
	b->n = (size_t)(o - b->p);
}

/* The first line break of p in [from, n), or n: searched once a text,
 * not once a sentence. */
static size_t next_nl(const char *p, size_t from, size_t n)
{
	const char *q = from < n ? memchr(p + from, '\n', n - from) : NULL;
	return q ? (size_t)(q - p) : n;
}

/* The sentence [ub, ue) of p as add_raw writes it, but with each run of
 * white space that holds a line break written as one space (-p: a
 * sentence of a wrapped paragraph, as text mode prints it). */
static void add_flat(struct ko_buf *b, struct raw *rc, const char *p, size_t ub, size_t ue,
                     int comma)
{
	size_t rb, re, at = ub;
	if (!break_run(p, ub, ue, &rb, &re)) {
		add_raw(b, rc, ub, ue, comma);
		return;
	}
	if (comma)
		ko_buf_addc(b, ',');
	ko_buf_addc(b, '"');
	do {
		size_t r0 = raw_at(rc, at), r1 = raw_at(rc, rb);
		ko_buf_add(b, rc->raw + r0, r1 - r0);
		ko_buf_addc(b, ' ');
		at = re;
	} while (break_run(p, at, ue, &rb, &re));
	size_t r0 = raw_at(rc, at), r1 = raw_at(rc, ue);
	ko_buf_add(b, rc->raw + r0, r1 - r0);
	ko_buf_addc(b, '"');
}

/* The sentences of a record, when the array is written: their bytes in
 * the field as written, each a JSON string already. */
struct sents {
	const char *raw;
	const uint32_t *v; /* begin, end, begin, end, ... */
	size_t nv;
	size_t len; /* the array's bytes */
};

/* The array of sentences, ["...","..."], into k (see struct ko_put): an
 * array over PUT_PIECE bytes in pieces of about that, so that the output
 * of a long record needs room for a piece, not for the whole array. */
#define PUT_PIECE ((size_t)1 << 16)
static void put_sents(void *ctx, const struct ko_sink *k)
{
	const struct sents *x = ctx;
	size_t i = 0;
	do {
		size_t j = x->nv, len = x->len;
		if (len > PUT_PIECE) {
			j = i, len = i == 0; /* [ */
			for (; j < x->nv && (j == i || len < PUT_PIECE); j++)
				len += x->v[2 * j + 1] - x->v[2 * j] + 2 + (j > 0);
			len += j == x->nv; /* ] */
		}
		char *o = k->room(k->ctx, len);
		if (i == 0)
			*o++ = '[';
		for (; i < j; i++) {
			size_t n = x->v[2 * i + 1] - x->v[2 * i];
			if (i)
				*o++ = ',';
			*o++ = '"';
			memcpy(o, x->raw + x->v[2 * i], n);
			o += n;
			*o++ = '"';
		}
		if (j == x->nv)
			*o = ']';
	} while (i < x->nv);
}

/* Room for one more sentence in c->v. */
static void grow_spans(struct conf *c, size_t nv)
{
	if (nv == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 64;
		c->v = ko_xrealloc(c->v, c->cap * sizeof *c->v);
	}
}

/* The runs of --chunk and --chunk-chars, as sentence counts in c->runs:
 * section by section (no run crosses a heading or a blank line). With
 * --chunk N alone, the fewest runs of at most N sentences, as near equal
 * as possible; with --chunk-chars M, runs filled in order while the text
 * from the run's first sentence to its last stays within M characters (and
 * N sentences), a longer sentence alone. Returns the number of runs. */
static size_t plan_chunks(struct conf *c, const char *p, size_t nv)
{
	const struct span *v = c->v;
	size_t nruns = 0, at = 0;
	size_t maxs = c->chunk ? c->chunk : (size_t)-1;
	while (at < nv) {
		size_t sn = 0;
		while (at + sn < nv && v[at + sn].section == v[at].section)
			sn++;
		if (c->runcap < nruns + sn) {
			c->runcap = (nruns + sn) * 2;
			c->runs = ko_xrealloc(c->runs, c->runcap * sizeof *c->runs);
		}
		if (!c->chunk_chars) {
			size_t k = (sn + maxs - 1) / maxs;
			for (size_t i = 0; i < k; i++)
				c->runs[nruns++] = sn / k + (i < sn % k);
		} else {
			size_t i = 0;
			while (i < sn) {
				size_t len = 1;
				while (i + len < sn && len < maxs &&
				       chars(p + v[at + i].b, v[at + i + len].e - v[at + i].b) <=
				               c->chunk_chars)
					len++;
				c->runs[nruns++] = len;
				i += len;
			}
		}
		at += sn;
	}
	return nruns;
}

/* The hash that names a record without an id, computed once a record. */
struct docid {
	uint64_t h;
	int have;
};

/* The id of a record's piece k (a chunk or, under --explode, a sentence)
 * into c->idb as a JSON string: "ID#k" from the record's id, or for a
 * record without one (a text line among them) "h", 16 hex digits of a
 * hash of its bytes, "#k", so that the pieces of one document can be told
 * apart and joined back. */
static void piece_id(struct conf *c, const struct ko_rec *r, size_t k, struct docid *d)
{
	char suffix[24];
	suffix[0] = '#';
	ko_put_dec(suffix + 1, k);
	ko_buf_clear(&c->idb);
	if (r->is_json && ko_rec_id_with(r, &c->idb, suffix))
		return;
	if (!d->have)
		d->h = ko_hash64(r->line, r->len, 0x646f63 /* "doc" */), d->have = 1;
	ko_buf_addf(&c->idb, "\"h%016llx%s\"", (unsigned long long)d->h, suffix);
}

/* The fields every piece k of a record carries, after f[0, nf): its id
 * (piece_id) and, under --offsets, the characters [b, e) of its text as
 * "[from,to]" in off (48 bytes); the new count of fields. */
static int piece_fields(struct conf *c, const struct ko_rec *r, size_t k, struct docid *d,
                        struct char_pos *pos, const char *p, size_t b, size_t e,
                        struct ko_field *f, int nf, char *off)
{
	piece_id(c, r, k, d);
	f[nf++] = (struct ko_field){"id", c->idb.p, c->idb.n};
	if (c->offsets) {
		size_t cb = char_span(pos, p, b, e);
		f[nf++] = (struct ko_field){"offsets", off,
		                            (size_t)snprintf(off, 48, "[%zu,%zu]", cb, pos->cp)};
	}
	return nf;
}

/* Write fields f[0, nf) onto record r, or onto an empty record for a text
 * line (rc NULL: f[0] is then the line's text, quoted here). */
static void emit_piece(struct conf *c, struct ko_rec *r, const struct raw *rc,
                       const struct ko_field *f, int nf)
{
	if (rc) {
		ko_emit_rewrite(r, f, nf, 0);
		return;
	}
	const char *why;
	struct ko_sink sk = KO_BUF_SINK(&c->out);
	if (!c->empty.ntok)
		ko_json_parse(&c->empty, "{}", 2, &why);
	ko_buf_clear(&c->out);
	ko_json_rewrite_to(&sk, &c->empty, f, nf, 1);
	ko_emit(r->run, c->out.p, c->out.n);
}

/* --chunk, --chunk-chars: each run becomes a record whose field is the
 * original text from its first sentence to its last, with chunk_index,
 * chunk_count (the document's runs, so a tool can tell the last) and, when
 * id "ID#k" (so each chunk is seeded and routed on its own downstream,
 * and ko-mix --group-cut '#' keeps a document's chunks together). An id
 * that is not a string (7, {"o":1}) becomes the string of its JSON text:
 * "7#0"; a record without one is named by its bytes, "h" and 16 hex digits
 * of their hash: "h0123456789abcdef#0". */
static void emit_chunks(struct conf *c, struct ko_rec *r, struct raw *rc, const char *p,
                        size_t nv)
{
	const struct span *v = c->v;
	size_t nruns = plan_chunks(c, p, nv);
	size_t at = 0;
	struct char_pos pos = {0, 0};
	char count[24], pidx[24];
	/* A record that is a chunk already (the recipe run on ko-split
	 * --chunk's output): the end of its last run is the document's end
	 * only if the record was its document's last chunk. Cut into one
	 * run, it keeps its chunk_index and chunk_count; into more, one not
	 * the last counts one run more than it has, for the rest of its
	 * document. */
	unsigned long long pi, pc;
	int inner = rc && ko_task_chunk(r, &pi, &pc) && pi < pc;
	size_t countn = ko_put_dec(count, inner && nruns == 1 ? pc
	                                  : nruns + (inner && pi + 1 < pc));
	size_t pidxn = inner && nruns == 1 ? ko_put_dec(pidx, pi) : 0;
	struct docid d = {0};
	for (size_t k = 0; k < nruns; k++) {
		size_t len = c->runs[k];
		size_t b = v[at].b, e = v[at + len - 1].e;
		struct ko_field f[6];
		int nf = 0;
		char idx[24], off[48];
		size_t sl;
		ko_buf_clear(&c->one);
		if (rc)
			add_raw(&c->one, rc, b, e, 0);
		/* (a text line's chunk is text, quoted as it is written) */
		f[nf++] = rc ? (struct ko_field){r->run->opt->field, c->one.p, c->one.n}
		             : (struct ko_field){r->run->opt->field, p + b, e - b};
		/* its sentences, so that a generator need not split it again */
		ko_buf_clear(&c->spans);
		ko_buf_addc(&c->spans, '"');
		ko_spans_head(&c->spans, p + b, e - b, c->paragraphs ? 0 : KO_SPLIT_NEWLINE_HARD, &sl);
		for (size_t i = at; i < at + len; i++)
			ko_spans_add(&c->spans, &sl, v[i].b - b, v[i].e - b);
		ko_buf_addc(&c->spans, '"');
		f[nf++] = pidxn ? (struct ko_field){"chunk_index", pidx, pidxn}
		                : (struct ko_field){"chunk_index", idx, ko_put_dec(idx, k)};
		f[nf++] = (struct ko_field){"chunk_count", count, countn};
		nf = piece_fields(c, r, k, &d, &pos, p, b, e, f, nf, off);
		f[nf++] = (struct ko_field){KO_SPANS_FIELD, c->spans.p, c->spans.n};
		emit_piece(c, r, rc, f, nf);
		at += len;
	}
}

/* A blank line in p[a..b), which holds only white space. */
static int blank_between(const char *p, size_t a, size_t b)
{
	int nl = 0;
	for (size_t i = a; i < b; i++)
		if (p[i] == '\n') {
			if (nl)
				return 1;
			nl = 1;
		} else if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r') {
			nl = 0;
		}
	return 0;
}

/* --chunk, --chunk-chars: the sentences of a document p, its sections
 * told apart (headings, blank lines), made into chunk records; rc NULL
 * for a text line. */
static int chunk_record(struct conf *c, struct ko_rec *r, struct raw *rc, struct ko_split *s,
                        const char *p)
{
	size_t nv = 0, sec = 0, heads = 0, b, e;
	while (ko_split_next(s, &b, &e)) {
		grow_spans(c, nv);
		if (nv && (ko_split_headings(s) != heads || blank_between(p, c->v[nv - 1].e, b)))
			sec++;
		heads = ko_split_headings(s);
		c->v[nv++] = (struct span){(uint32_t)b, (uint32_t)e, (uint32_t)sec};
	}
	if (!nv)
		return ko_rec_reject(r, "no sentence");
	emit_chunks(c, r, rc, p, nv);
	return 0;
}

/* --explode: each sentence of a record a record of its own, the field
 * replaced by the sentence, with sentence_index, the id ID#k (or the h
 * id of chunks) and offsets; rc NULL for a text line, whose sentences
 * are written onto an empty record. */
static int explode(struct conf *c, struct ko_rec *r, struct raw *rc, struct ko_split *s,
                   const char *p)
{
	const char *field = r->run->opt->field;
	size_t b, e, k = 0;
	struct char_pos pos = {0, 0};
	struct docid d = {0};
	while (ko_split_next(s, &b, &e)) {
		struct ko_field f[4];
		char idx[24], off[48];
		int nf = 0;
		ko_buf_clear(&c->one);
		if (!rc && !c->paragraphs) {
			f[nf++] = (struct ko_field){field, p + b, e - b};
		} else if (!rc) {
			add_flat_text(&c->one, p, b, e);
			f[nf++] = (struct ko_field){field, c->one.p, c->one.n};
		} else {
			if (c->paragraphs)
				add_flat(&c->one, rc, p, b, e, 0);
			else
				add_raw(&c->one, rc, b, e, 0);
			f[nf++] = (struct ko_field){field, c->one.p, c->one.n};
		}
		f[nf++] = (struct ko_field){"sentence_index", idx, ko_put_dec(idx, k)};
		/* each sentence its own id, as chunks have, so that a
		 * generator seeds each one apart */
		nf = piece_fields(c, r, k, &d, &pos, p, b, e, f, nf, off);
		emit_piece(c, r, rc, f, nf);
		k++;
	}
	if (!k) /* nothing to write: say so rather than drop it */
		return ko_rec_reject(r, "no sentence");
	return 0;
}

static int json_record(struct conf *c, struct ko_rec *r)
{
	const char *field = r->run->opt->field;
	const char *p;
	size_t n, b, e, k = 0, len = 2;
	struct char_pos pos = {0, 0};
	struct ko_split s;
	const uint32_t *esc;
	size_t nesc;
	int st = ko_rec_text_esc(r, field, 0, &p, &n, &esc, &nesc);
	if (st == KO_REJECT)
		return st;
	if (st) { /* no such string field: the record passes as it is */
		ko_pass(r);
		return 0;
	}
	int ti = ko_json_get(&r->json, field);
	const struct ko_json_tok *t = &r->json.tok[ti];
	struct raw rc;
	/* ko_rec_text reads a string without escapes in place */
	int plain = p == r->json.s + t->start;
	raw_init(&rc, &r->json, ti, plain, esc, nesc);
	ko_split_init(&s, p, n, (c->paragraphs ? 0 : KO_SPLIT_NEWLINE_HARD) |
	                            (c->chunk || c->chunk_chars ? KO_SPLIT_HEADINGS : c->headings));
	if (c->chunk || c->chunk_chars)
		return chunk_record(c, r, &rc, &s, p);
	if (c->explode)
		return explode(c, r, &rc, &s, p);
	ko_buf_clear(&c->offs);
	ko_buf_addc(&c->offs, '[');
	/* The array is written straight into the output (put_sents) from
	 * the sentences' bytes in the field as written, 32-bit offsets, 8
	 * bytes a sentence. Under -p a sentence that holds a line break is
	 * written flat (add_flat), and a field of 4 GB or more has no 32-bit
	 * offsets: then the record is split again and its array built in
	 * c->sents. */
	size_t nl = 0; /* -p: the next line break at or after it, or n */
	int flat = (size_t)(t->end - t->start) > UINT32_MAX;
	while (ko_split_next(&s, &b, &e)) {
		if (c->paragraphs && nl < b)
			nl = next_nl(p, b, n);
		flat |= c->paragraphs && nl < e;
		if (!flat) {
			if (2 * k + 2 > c->rcap) {
				c->rcap = c->rcap ? 2 * c->rcap : 128;
				c->rv = ko_xrealloc(c->rv, c->rcap * sizeof *c->rv);
			}
			size_t rb = raw_at(&rc, b), re = raw_at(&rc, e);
			c->rv[2 * k] = (uint32_t)rb, c->rv[2 * k + 1] = (uint32_t)re;
			len += re - rb + 2 + (k > 0);
		}
		if (c->offsets) {
			size_t cb = char_span(&pos, p, b, e);
			ko_buf_addf(&c->offs, "%s[%zu,%zu]", k ? "," : "", cb, pos.cp);
		}
		k++;
	}
	ko_buf_addc(&c->offs, ']');
	if (flat) {
		raw_init(&rc, &r->json, ti, plain, esc, nesc);
		ko_split_init(&s, p, n, (c->paragraphs ? 0 : KO_SPLIT_NEWLINE_HARD) | c->headings);
		ko_buf_clear(&c->sents);
		ko_buf_addc(&c->sents, '[');
		for (k = 0; ko_split_next(&s, &b, &e); k++)
			add_flat(&c->sents, &rc, p, b, e, k > 0);
		ko_buf_addc(&c->sents, ']');
		struct ko_field f[2] = {
			{c->sfield, c->sents.p, c->sents.n},
			{c->ofield, c->offs.p, c->offs.n},
		};
		ko_emit_rewrite(r, f, c->offsets ? 2 : 1, 0);
		return 0;
	}
	struct sents sv = {rc.raw, c->rv, k, len};
	struct ko_put put = {0, put_sents, &sv};
	struct ko_field f[2] = {
		{c->sfield, NULL, len},
		{c->ofield, c->offs.p, c->offs.n},
	};
	ko_emit_rewrite_put(r, f, c->offsets ? 2 : 1, 0, &put);
	return 0;
}

/* One record: its sentences written, or the record passed, rejected or
 * failed. */
static int split(struct conf *c, struct ko_rec *r)
{
	if (r->is_json)
		return json_record(c, r);
	if (!c->soft_breaks)
		return text_line(c, r);
	/* --soft-breaks: a text line is read as without -p (one line holds
	 * no line break to soften), so that lines are never joined */
	c->paragraphs = 0;
	int rc = text_line(c, r);
	c->paragraphs = 1;
	return rc;
}

/* ---- -p: paragraphs ---- */

/* Paragraphs are runs of text lines; no paragraph runs across files, nor
 * across a JSON record. */
static void paragraphs(struct conf *c, struct ko_run *run)
{
	struct ko_rec *r;
	while ((r = ko_next(run))) {
		if (r->newfile || r->is_json)
			flush_para(c, run);
		split(c, r);
	}
	/* A run stopped by a bad line writes nothing more. */
	if (!run->stop)
		flush_para(c, run);
}

static const struct ko_tool tool = {
	.name = "ko-split",
	.usage = "[-p | --soft-breaks] [--sentences-field NAME] [--explode | [--chunk N] [--chunk-chars M]]\n"
	         "                [--drop-headings] [--offsets] [-f FIELD] [shared options]\n"
	         "                [FILE...]",
	.help = "Split Korean text into sentences. Text: each line is split on its own and\n"
	        "its sentences printed one per line; an empty line stays an empty line.\n"
	        "JSONL: the sentences of the -f field are added as an array.\n"
	        "\n"
	        "  -p, --paragraphs      a run of non-blank lines is one paragraph (hard-\n"
	        "                        wrapped text); in JSONL, a single newline inside the\n"
	        "                        field is a space and only a blank line a break; a\n"
	        "                        sentence is written with such a newline as a space\n"
	        "      --soft-breaks     -p inside a JSONL field only: a single newline there\n"
	        "                        is a space, and a text line stays a document (lines\n"
	        "                        are never joined into a paragraph)\n"
	        "      --sentences-field NAME\n"
	        "                        JSONL field for the sentences (default sentences)\n"
	        "      --explode         one JSON record per sentence, the field replaced by\n"
	        "                        the sentence, with sentence_index and id ID#k (as\n"
	        "                        --chunk; a text line, or with -p a paragraph, is a\n"
	        "                        document of its own)\n"
	        "      --chunk N         JSONL: one record per run of at most N sentences (the\n"
	        "                        fewest runs, near equal), the field replaced by that\n"
	        "                        stretch of the text, with chunk_index, chunk_count\n"
	        "                        and id ID#k; runs never cross a heading or a blank\n"
	        "                        line\n"
	        "      --chunk-chars M   JSONL: runs of at most M characters (a longer\n"
	        "                        sentence alone), filled in order; with --chunk N,\n"
	        "                        at most N sentences too\n"
	        "      --drop-headings   heading lines (short, no sentence ending, followed\n"
	        "                        by prose) are not sentences: leave them out\n"
	        "      --offsets         add [start, end) character (code point) offsets into\n"
	        "                        the field: NAME_offsets, or offsets with --explode;\n"
	        "                        text: START<TAB>END<TAB> before each sentence\n",
	.shortopts = "p",
	.longopts = longopts,
	.unused = KO_UNUSED_SEED,
};

int main(int argc, char **argv)
{
	struct conf c = {.sfield = "sentences"};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (c.p_given && c.soft_breaks)
		ko_usage("-p and --soft-breaks exclude each other");
	if ((c.chunk || c.chunk_chars) && c.explode)
		ko_usage("%s and --explode exclude each other", c.chunk ? "--chunk" : "--chunk-chars");
	c.ofield = ko_xmalloc(strlen(c.sfield) + sizeof "_offsets");
	strcpy(c.ofield, c.sfield);
	strcat(c.ofield, "_offsets");
	struct ko_run run;
	ko_open(&run, &o);
	if (c.paragraphs && !c.soft_breaks) {
		paragraphs(&c, &run);
	} else {
		struct ko_rec *r;
		while ((r = ko_next(&run)))
			split(&c, r);
	}
	free(c.ofield);
	free(c.v);
	free(c.rv);
	free(c.runs);
	ko_json_free(&c.empty);
	struct ko_buf *bufs[] = {&c.out, &c.offs, &c.one, &c.idb, &c.spans, &c.sents, &c.para};
	for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++)
		ko_buf_free(bufs[i]);
	return ko_close(&run);
}
