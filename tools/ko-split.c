/* ko-split - Korean sentence splitting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ko.h"

static int paragraphs, explode, offsets;
static size_t chunk; /* --chunk N: records of up to N sentences */
static const char *sfield = "sentences";
static char *ofield; /* sfield + "_offsets" */

enum { OPT_SFIELD = 0x100, OPT_EXPLODE, OPT_OFFSETS, OPT_CHUNK };

static const struct option longopts[] = {
	{"paragraphs", no_argument, NULL, 'p'},
	{"sentences-field", required_argument, NULL, OPT_SFIELD},
	{"explode", no_argument, NULL, OPT_EXPLODE},
	{"offsets", no_argument, NULL, OPT_OFFSETS},
	{"chunk", required_argument, NULL, OPT_CHUNK},
	{0},
};

static void option(int c, const char *arg)
{
	switch (c) {
	case 'p': paragraphs = 1; break;
	case OPT_EXPLODE: explode = 1; break;
	case OPT_OFFSETS: offsets = 1; break;
	case OPT_CHUNK: {
		char *end;
		unsigned long v = strtoul(arg, &end, 10);
		if (*end || end == arg || *arg == '-' || v < 1 || v > 100000)
			ko_usage_error("--chunk: expected 1 to 100000, not '%s'", arg);
		chunk = v;
		break;
	}
	case OPT_SFIELD:
		if (!*arg)
			ko_usage_error("--sentences-field: empty name");
		sfield = arg;
		break;
	}
}

static struct ko_buf out, sents, offs, one;

/* Code points of p[0..n): offsets are in characters so that they index the
 * field as every JSON consumer sees it, whatever its string encoding. */
static size_t chars(const char *p, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)p[i] & 0xC0) != 0x80;
	return c;
}

/* ---- text ---- */

/* A paragraph being gathered under -p, and where it came from. */
static struct ko_buf para;
static int para_open;

static void split_text(const char *p, size_t n, int flags)
{
	struct ko_split s;
	size_t b, e, last = 0, cp = 0;
	int any = 0;
	ko_split_init(&s, p, n, flags);
	while (ko_split_next(&s, &b, &e)) {
		any = 1;
		if (!offsets && !memchr(p + b, '\n', e - b)) {
			ko_emit(p + b, e - b);
			continue;
		}
		ko_buf_clear(&one);
		if (offsets) {
			cp += chars(p + last, b - last);
			size_t len = chars(p + b, e - b);
			ko_buf_addf(&one, "%zu\t%zu\t", cp, cp + len);
			cp += len;
			last = e;
		}
		/* a sentence of a wrapped paragraph is printed on one line */
		size_t at = one.n;
		ko_buf_add(&one, p + b, e - b);
		for (char *q = one.p + at; (q = memchr(q, '\n', (size_t)(one.p + one.n - q))); )
			*q = ' ';
		ko_emit(one.p, one.n);
	}
	if (!any)
		ko_emit("", 0);
}

static void flush_para(void)
{
	if (para_open)
		split_text(para.p, para.n, 0);
	ko_buf_clear(&para);
	para_open = 0;
}

static int text_record(struct ko_rec *r)
{
	static const char *file;
	static size_t lineno;
	const char *p;
	size_t n, i;
	int e = ko_rec_text(r, NULL, 0, &p, &n);
	if (e)
		return e;
	for (i = 0; i < n && (p[i] == ' ' || p[i] == '\t'); i++)
		;
	if (!paragraphs) {
		split_text(p, n, KO_SPLIT_NEWLINE_HARD);
		return 0;
	}
	/* No paragraph runs across files. */
	if (r->file != file || r->lineno <= lineno)
		flush_para();
	file = r->file, lineno = r->lineno;
	if (i == n) {
		flush_para();
		ko_emit("", 0);
		return 0;
	}
	if (para_open)
		ko_buf_addc(&para, '\n');
	ko_buf_add(&para, p, n);
	para_open = 1;
	return 0;
}

/* ---- JSONL ---- */

/* The field as it is written in the record. A sentence is a piece of the
 * unescaped text, and its bytes in the record (escapes and all) are already
 * valid JSON string content: they are copied, not escaped again. The
 * cursor only moves forward, as sentences come in order. */
static struct {
	const char *raw;
	size_t n, ri, ui; /* raw offset ri holds unescaped offset ui */
} rc;

static unsigned hex4(const char *h)
{
	unsigned v = 0;
	for (int k = 0; k < 4; k++) {
		char c = h[k];
		v = v * 16 + (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
	}
	return v;
}

/* Raw offset of unescaped offset u (u >= the last one asked for). */
static size_t raw_at(size_t u)
{
	while (rc.ui < u) {
		const char *q = memchr(rc.raw + rc.ri, '\\', u - rc.ui);
		if (!q) {
			rc.ri += u - rc.ui;
			rc.ui = u;
			break;
		}
		size_t plain = (size_t)(q - (rc.raw + rc.ri));
		rc.ri += plain;
		rc.ui += plain;
		if (rc.ui >= u)
			break;
		if (q[1] != 'u') {
			rc.ri += 2;
			rc.ui += 1;
			continue;
		}
		unsigned cp = hex4(q + 2);
		rc.ri += 6;
		if (cp >= 0xD800 && cp <= 0xDBFF) { /* a surrogate pair: 4 bytes */
			rc.ri += 6;
			rc.ui += 4;
		} else {
			rc.ui += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
		}
	}
	return rc.ri;
}

static void add_raw(struct ko_buf *b, size_t ub, size_t ue)
{
	size_t rb = raw_at(ub), re = raw_at(ue);
	ko_buf_addc(b, '"');
	ko_buf_add(b, rc.raw + rb, re - rb);
	ko_buf_addc(b, '"');
}

/* --chunk: the sentences of a record in the fewest runs of at most chunk
 * sentences, as near equal in length as possible; each run becomes a record
 * whose field is the original text from its first sentence to its last,
 * with chunk_index and, when the record has an id, id "ID#k" (so each
 * chunk is seeded and routed on its own downstream). */
struct span {
	size_t b, e;
};

static void emit_chunks(struct ko_rec *r, const char *p, const struct span *v, size_t nv)
{
	size_t nchunks = (nv + chunk - 1) / chunk, at = 0, cp = 0, last = 0;
	size_t idn = 0;
	const char *id = ko_rec_id_raw(r, &idn);
	static struct ko_buf idb;
	for (size_t k = 0; k < nchunks; k++) {
		size_t len = nv / nchunks + (k < nv % nchunks);
		size_t b = v[at].b, e = v[at + len - 1].e;
		struct ko_field f[4];
		int nf = 0;
		char idx[24], off[48];
		ko_buf_clear(&one);
		add_raw(&one, b, e);
		f[nf++] = (struct ko_field){ko_opt.fields[0], one.p, one.n};
		f[nf++] = (struct ko_field){"chunk_index", idx,
		                            (size_t)snprintf(idx, sizeof idx, "%zu", k)};
		if (id) {
			ko_buf_clear(&idb);
			if (*id == '"') /* a string id: its contents, escapes as written */
				ko_buf_add(&idb, id, idn - 1);
			else
				ko_buf_addc(&idb, '"'), ko_buf_add(&idb, id, idn);
			ko_buf_addf(&idb, "#%zu\"", k);
			f[nf++] = (struct ko_field){"id", idb.p, idb.n};
		}
		if (offsets) {
			cp += chars(p + last, b - last);
			size_t cb = cp;
			cp += chars(p + b, e - b);
			last = e;
			f[nf++] = (struct ko_field){"offsets", off,
			                            (size_t)snprintf(off, sizeof off, "[%zu,%zu]", cb, cp)};
		}
		ko_buf_clear(&out);
		ko_json_rewrite(&out, &r->json, f, nf);
		ko_emit(out.p, out.n);
		at += len;
	}
}

static int json_record(struct ko_rec *r)
{
	const char *p;
	size_t n, b, e, last = 0, cp = 0, k = 0;
	struct ko_split s;
	int st = ko_rec_text(r, ko_opt.fields[0], 0, &p, &n);
	if (st == KO_REJECT)
		return st;
	if (st) { /* no such string field: the record passes as it is */
		ko_emit(r->line, r->len);
		return 0;
	}
	{
		const struct ko_json_tok *t = &r->json.tok[ko_json_get(&r->json, ko_opt.fields[0])];
		rc.raw = r->json.s + t->start;
		rc.n = (size_t)(t->end - t->start);
		rc.ri = rc.ui = 0;
	}
	ko_buf_clear(&sents);
	ko_buf_clear(&offs);
	ko_buf_addc(&sents, '[');
	ko_buf_addc(&offs, '[');
	ko_split_init(&s, p, n, paragraphs ? 0 : KO_SPLIT_NEWLINE_HARD);
	if (chunk) {
		static struct span *v;
		static size_t cap;
		size_t nv = 0;
		while (ko_split_next(&s, &b, &e)) {
			if (nv == cap) {
				cap = cap ? 2 * cap : 64;
				v = ko_xrealloc(v, cap * sizeof *v);
			}
			v[nv++] = (struct span){b, e};
		}
		if (nv)
			emit_chunks(r, p, v, nv);
		else
			ko_rec_reject(r, "no sentence");
		return 0;
	}
	while (ko_split_next(&s, &b, &e)) {
		size_t cb = 0, ce = 0;
		if (offsets) {
			cp += chars(p + last, b - last);
			cb = cp;
			cp += chars(p + b, e - b);
			ce = cp;
			last = e;
		}
		if (explode) {
			struct ko_field f[3];
			char idx[24], off[48];
			ko_buf_clear(&one);
			add_raw(&one, b, e);
			f[0] = (struct ko_field){ko_opt.fields[0], one.p, one.n};
			f[1] = (struct ko_field){"sentence_index", idx,
			                         (size_t)snprintf(idx, sizeof idx, "%zu", k)};
			f[2] = (struct ko_field){"offsets", off,
			                         (size_t)snprintf(off, sizeof off, "[%zu,%zu]", cb, ce)};
			ko_buf_clear(&out);
			ko_json_rewrite(&out, &r->json, f, offsets ? 3 : 2);
			ko_emit(out.p, out.n);
		} else {
			if (k)
				ko_buf_addc(&sents, ',');
			add_raw(&sents, b, e);
			if (offsets)
				ko_buf_addf(&offs, "%s[%zu,%zu]", k ? "," : "", cb, ce);
		}
		k++;
	}
	if (explode) {
		if (!k) /* nothing to write: say so rather than drop it */
			ko_rec_reject(r, "no sentence");
		return 0;
	}
	ko_buf_addc(&sents, ']');
	ko_buf_addc(&offs, ']');
	struct ko_field f[2] = {
		{sfield, sents.p, sents.n},
		{ofield, offs.p, offs.n},
	};
	ko_buf_clear(&out);
	ko_json_rewrite(&out, &r->json, f, offsets ? 2 : 1);
	ko_emit(out.p, out.n);
	return 0;
}

static int split_record(struct ko_rec *r)
{
	return r->is_json ? json_record(r) : text_record(r);
}

static const struct ko_tool tool = {
	.name = "ko-split",
	.usage = "[-p] [--sentences-field NAME] [--explode | --chunk N] [--offsets]\n"
	         "                [-f FIELD] [shared options] [FILE...]",
	.help = "Split Korean text into sentences. Text: each line is split on its own and\n"
	        "its sentences printed one per line; an empty line stays an empty line.\n"
	        "JSONL: the sentences of the -f field are added as an array.\n"
	        "\n"
	        "  -p, --paragraphs      a run of non-blank lines is one paragraph (hard-\n"
	        "                        wrapped text); in JSONL, a single newline inside the\n"
	        "                        field is a space and only a blank line a break\n"
	        "      --sentences-field NAME\n"
	        "                        JSONL field for the sentences (default sentences)\n"
	        "      --explode         JSONL: one record per sentence, the field replaced\n"
	        "                        by the sentence, with sentence_index\n"
	        "      --chunk N         JSONL: one record per run of at most N sentences (the\n"
	        "                        fewest runs, near equal), the field replaced by that\n"
	        "                        stretch of the text, with chunk_index and id ID#k\n"
	        "      --offsets         add [start, end) character (code point) offsets into\n"
	        "                        the field: NAME_offsets, or offsets with --explode;\n"
	        "                        text: START<TAB>END<TAB> before each sentence\n",
	.shortopts = "p",
	.longopts = longopts,
	.option = option,
	.record = split_record,
	.finish = flush_para,
};

int main(int argc, char **argv)
{
	int first = ko_cli_parse(&tool, argc, argv);
	if (!ko_opt.nfields)
		ko_opt.fields[ko_opt.nfields++] = "text";
	else if (ko_opt.nfields > 1)
		ko_usage_error("-f: one field only");
	if (chunk && explode)
		ko_usage_error("--chunk and --explode exclude each other");
	ofield = ko_xmalloc(strlen(sfield) + sizeof "_offsets");
	strcpy(ofield, sfield);
	strcat(ofield, "_offsets");
	return ko_run(&tool, argc, argv, first);
}
