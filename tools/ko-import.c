/* ko-import - known dataset layouts to flat JSONL records.
 *
 * This file is the driver: options, the input and the record loop. The
 * layouts live in tools/import/, one file per family, and reach the loop
 * only through the imp_* functions defined here (import/import.h). */
#define _GNU_SOURCE /* memmem */
#include <iconv.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

#include "ko.h"
#include "import/import.h"

enum { OPT_COLUMNS = 0x100, OPT_SOURCE, OPT_NO_HEADER, OPT_DROP_HEADINGS, OPT_ENCODING, OPT_LICENSE,
       OPT_KEEP_HTML, OPT_DELIMITER, OPT_QUOTE };

static const struct option longopts[] = {
	{"columns", required_argument, NULL, OPT_COLUMNS},
	{"source", required_argument, NULL, OPT_SOURCE},
	{"no-header", no_argument, NULL, OPT_NO_HEADER},
	{"drop-headings", no_argument, NULL, OPT_DROP_HEADINGS},
	{"encoding", required_argument, NULL, OPT_ENCODING},
	{"license", required_argument, NULL, OPT_LICENSE},
	{"keep-html", no_argument, NULL, OPT_KEEP_HTML},
	{"delimiter", required_argument, NULL, OPT_DELIMITER},
	{"quote", required_argument, NULL, OPT_QUOTE},
	{0},
};

static const struct imp_layout *const layouts[] = {
	&imp_squad, &imp_aihub_summary, &imp_aihub_book, &imp_aihub_paper,
	&imp_aihub_commonsense, &imp_aihub_ethics, &imp_json, &imp_wikiextractor, &imp_csv, &imp_tsv,
	&imp_kobest_boolq, &imp_kobest_copa, &imp_kobest_wic, &imp_kobest_hellaswag,
	&imp_kobest_sentineg, &imp_dacon_summary, &imp_text,
};

/* The driver's own part of a run: m->drv. */
struct drv {
	struct ko_run run;
	const char *license; /* --license ID, or "auto" */
	struct ko_buf licq;  /* the current file's licence as a JSON string, or empty */
	struct ko_buf srcfix; /* the source name with invalid UTF-8 replaced */
	struct ko_buf out;
	struct ko_json j;
	size_t files_unread, lines_unread; /* imp_file_fail */
	char **files;                      /* the FILE operands */
	int nfiles;
	struct ko_buf idfix, idtry;
	int license_hinted; /* the published licence named once (no --license) */
	uint64_t *ids; /* hashes of the dataset ids written, 0 empty */
	size_t nids, idcap;
};

static void option(struct imp_opts *opts, struct ko_opts *o, struct drv *dv, int c,
                   const char *arg)
{
	switch (c) {
	case OPT_LICENSE:
		if (!*arg || strpbrk(arg, " \t\"\\"))
			ko_usage("--license: expected an SPDX identifier or auto, not '%s'", arg);
		dv->license = arg;
		break;
	case OPT_ENCODING: {
		iconv_t cd = iconv_open("UTF-8", arg);
		if (cd == (iconv_t)-1)
			ko_usage("--encoding: the C library cannot convert from '%s'", arg);
		iconv_close(cd);
		o->encoding = arg;
		break;
	}
	case OPT_COLUMNS: opts->columns = arg; break;
	case OPT_SOURCE: opts->source = arg; break;
	case OPT_NO_HEADER: opts->no_header = 1; break;
	case OPT_DELIMITER:
		if (!strcmp(arg, "tab"))
			arg = "\t";
		if (strlen(arg) != 1 || (unsigned char)arg[0] >= 0x80 || arg[0] == '"' ||
		    arg[0] == '\n' || arg[0] == '\r')
			ko_usage("--delimiter: expected one ASCII character other than '\"' or a"
			         " line break, or tab, not '%s'", arg);
		opts->delimiter = arg[0];
		break;
	case OPT_QUOTE:
		if (!strcmp(arg, "none"))
			opts->no_quote = 1;
		else if (!strcmp(arg, "double"))
			opts->no_quote = 0;
		else
			ko_usage("--quote: expected double or none, not '%s'", arg);
		opts->quote_given = 1;
		break;
	case OPT_DROP_HEADINGS: opts->drop_headings = 1; break;
	case OPT_KEEP_HTML: opts->keep_html = 1; break;
	}
}

/* The licences that a layout implies as published (see ko-import(1));
 * squad is decided per file from its "version". */
static const struct {
	const char *prefix, *id;
} implied[] = {
	{"kobest-", "CC-BY-SA-4.0"},
	{"wikiextractor", "CC-BY-SA-4.0"},
	{"aihub-", "LicenseRef-AIHub"},
};

static const char *implied_license(const char *layout)
{
	for (size_t i = 0; i < sizeof implied / sizeof implied[0]; i++)
		if (!strncmp(layout, implied[i].prefix, strlen(implied[i].prefix)))
			return implied[i].id;
	return NULL;
}

static void report_bad(struct imp *m, size_t line, const char *raw, size_t rawn, const char *why);

/* A record that has no "license" gets the file's, as its last field. JSON
 * a layout copied unchecked is checked here: no output line is invalid. */
void imp_write(struct imp *m, const char *p, size_t n)
{
	struct drv *dv = m->drv;
	const char *why;
	if (m->raw_line) {
		size_t line = m->raw_line;
		m->raw_line = 0;
		if (ko_utf8_check(p, n) != n || ko_json_check_escapes(p, n) >= 0) {
			/* counted by the layout's imp_tick, as a written one */
			report_bad(m, line, p, n, "invalid UTF-8 or lone surrogate in a copied field");
			return;
		}
	}
	if (dv->licq.n && n >= 2 && p[n - 1] == '}' &&
	    !(memmem(p, n, "\"license\"", 9) && ko_json_parse(&dv->j, p, n, &why) == 0 &&
	      ko_json_get(&dv->j, "license") >= 0)) {
		ko_buf_clear(&dv->out);
		ko_buf_add(&dv->out, p, n - 1);
		ko_buf_adds(&dv->out, n > 2 ? ",\"license\":" : "\"license\":");
		ko_buf_add(&dv->out, dv->licq.p, dv->licq.n);
		ko_buf_addc(&dv->out, '}');
		ko_emit(&dv->run, dv->out.p, dv->out.n);
		return;
	}
	ko_emit(&dv->run, p, n);
}

/* Reported like the record loop reports a bad record; the raw bytes go to
 * --rejects as {"raw_b64": ...}. Counted as an input record here, so that
 * records in = out + rejected whatever a layout failed on (an item, a line,
 * a whole file). Returns 1 when the run must stop. */
/* Bytes that are not UTF-8 and look like CP949 or UTF-16: the option that
 * reads them, said once per file, before the failure it explains. */
static void hint_encoding(struct imp *m, size_t line, const char *raw, size_t rawn)
{
	struct ko_run *run = &((struct drv *)m->drv)->run;
	if (run->opt->encoding || run->hinted == m->file || !raw ||
	    (ko_utf8_check(raw, rawn) == rawn && !memchr(raw, 0, rawn)))
		return;
	if (ko_hint_binary(run, m->file, raw, rawn))
		return;
	const char *enc = ko_guess_encoding(raw, rawn, line <= 1);
	if (!enc)
		return;
	/* UTF-8 with one bad sequence (a cut character) is not CP949: it
	 * has Hangul syllables in UTF-8, which CP949 text forms only by the
	 * chance of a hanja before a syllable */
	for (size_t i = 0; enc[0] == 'C' && i + 3 <= rawn; i++) {
		uint32_t cp;
		if ((unsigned char)raw[i] >= 0xEA && (unsigned char)raw[i] <= 0xED &&
		    ko_utf8_decode(raw + i, rawn - i, &cp) == 3 && ko_is_hangul_syllable(cp))
			return;
	}
	run->hinted = m->file;
	/* UTF-16 names its byte order with a mark; without one, Windows
	 * writes little-endian */
	int mark = rawn >= 2 && ((unsigned char)raw[0] ^ (unsigned char)raw[1]) == 1 &&
	           ((unsigned char)raw[0] & 0xFE) == 0xFE;
	ko_warn("%s: looks like %s, not UTF-8: read it with --encoding %s", m->file, enc,
	        enc[0] == 'C' ? "cp949" : mark ? "utf-16" : "utf-16le (or utf-16be)");
}

/* The record that stands for the item raw[0..rawn) (line of the file)
 * when it is reported bad or rejected. An item that is a JSON object in
 * UTF-8 (a SQuAD qa whose answer_start is wrong, a dacon line whose index
 * is out of range, a record a layout built and then refused) goes to
 * --rejects as itself, parsed, with the reason among its fields, so that
 * jq finds it there; other bytes as raw_b64 (kopipe(7)), and so does an
 * object with a string that no UTF-8 can hold (a lone surrogate), kept
 * as its bytes. The caller frees r->json. */
static void item_rec(struct imp *m, struct ko_rec *r, size_t line, const char *raw, size_t rawn)
{
	*r = (struct ko_rec){.line = raw, .len = rawn, .file = m->file, .lineno = line,
	                     .is_json = 1, .run = &((struct drv *)m->drv)->run};
	size_t b = 0;
	while (raw && b < rawn && (raw[b] == ' ' || raw[b] == '\t' || raw[b] == '\n' || raw[b] == '\r'))
		b++;
	if (!raw || b == rawn || raw[b] != '{' || ko_utf8_check(raw, rawn) != rawn)
		return;
	const char *err;
	r->parsed = ko_json_parse(&r->json, raw, rawn, &err) == 0 && r->json.ntok > 0 &&
	            r->json.tok[0].type == KO_JSON_OBJECT;
	struct ko_buf sb = {0};
	for (int t = 1; r->parsed && t < r->json.ntok; t++)
		if (r->json.tok[t].type == KO_JSON_STRING && ko_json_str_checked(&r->json, t, &sb) != 0)
			r->parsed = 0;
	ko_buf_free(&sb);
}

static void report_bad(struct imp *m, size_t line, const char *raw, size_t rawn, const char *why)
{
	struct ko_run *run = &((struct drv *)m->drv)->run;
	hint_encoding(m, line, raw, rawn);
	/* Under --encoding, iconv writes only UTF-8: bytes that are not come
	 * from a sequence not valid in the encoding, left in the line by the
	 * reader. EUC-KR is the usual wrong guess for CP949, its superset. */
	char enc_why[96];
	const char *enc = run->opt->encoding;
	if (enc && raw && ko_utf8_check(raw, rawn) < rawn) {
		snprintf(enc_why, sizeof enc_why, "not valid %s", enc);
		why = enc_why;
		if ((!strcasecmp(enc, "euc-kr") || !strcasecmp(enc, "euckr")) && run->hinted != m->file) {
			run->hinted = m->file;
			ko_warn("%s: not all EUC-KR: if it is CP949 (EUC-KR and 8,822 more syllables), "
			        "read it with --encoding cp949", m->file);
		}
	}
	struct ko_rec r;
	item_rec(m, &r, line, raw, rawn);
	run->why_place = m->place;
	m->place = 0;
	ko_rec_fail(&r, "%s", why);
	ko_json_free(&r.json);
}

int imp_fail(struct imp *m, size_t line, const char *raw, size_t rawn, const char *why)
{
	struct ko_run *run = &((struct drv *)m->drv)->run;
	ko_tick(run);
	report_bad(m, line, raw, rawn, why);
	return run->stop;
}

void imp_file_fail(struct imp *m, size_t line, const char *raw, size_t rawn, const char *why)
{
	struct drv *dv = m->drv;
	hint_encoding(m, line, raw, rawn);
	ko_warn_at(m->file, line, "%s; the file is not read", why);
	ko_fail();
	dv->files_unread++;
	dv->lines_unread++;
}

void imp_unread(struct imp *m)
{
	((struct drv *)m->drv)->lines_unread++;
}

void imp_reject(struct imp *m, size_t line, const char *p, size_t n, const char *why)
{
	struct ko_rec r;
	item_rec(m, &r, line, p, n);
	ko_rec_reject(&r, why);
	ko_json_free(&r.json);
}

/* Add id p[0..n) to the set; 0 if it was there already. */
static int id_add(struct drv *dv, const char *p, size_t n)
{
	if (2 * (dv->nids + 1) > dv->idcap) {
		size_t cap = dv->idcap ? 2 * dv->idcap : 1024;
		uint64_t *h = ko_xcalloc(cap, sizeof *h);
		for (size_t i = 0; i < dv->idcap; i++)
			if (dv->ids[i]) {
				size_t k = dv->ids[i] & (cap - 1);
				while (h[k])
					k = (k + 1) & (cap - 1);
				h[k] = dv->ids[i];
			}
		free(dv->ids);
		dv->ids = h, dv->idcap = cap;
	}
	uint64_t x = ko_hash64(p, n, 0x1d5) | 1;
	size_t k = x & (dv->idcap - 1);
	for (; dv->ids[k]; k = (k + 1) & (dv->idcap - 1))
		if (dv->ids[k] == x)
			return 0;
	dv->ids[k] = x;
	dv->nids++;
	return 1;
}

int imp_put_unique_id(struct imp *m, const char *p, size_t n)
{
	struct drv *dv = m->drv;
	if (ko_utf8_check(p, n) != n)
		return -1;
	if (!id_add(dv, p, n)) {
		for (size_t k = 2;; k++) {
			ko_buf_clear(&dv->idtry);
			ko_buf_add(&dv->idtry, p, n);
			ko_buf_addc(&dv->idtry, '#');
			ko_buf_add_dec(&dv->idtry, k);
			if (id_add(dv, dv->idtry.p, dv->idtry.n))
				break;
		}
		p = dv->idtry.p, n = dv->idtry.n;
	}
	ko_json_quote(&m->rec, p, n);
	return 0;
}

void imp_tick(struct imp *m)
{
	ko_tick(&((struct drv *)m->drv)->run);
}

static int stopped(const struct ko_run *run)
{
	return run->stop || ko_writer_error(run->out);
}

/* A file with no name of its own: stdin, or a pipe a shell hands over
 * as /dev/fd/N (process substitution), whose N is the shell's choice, not
 * the data's. */
static int unnamed(const char *file)
{
	return !strcmp(file, "stdin") || !strcmp(file, "/dev/stdin") ||
	       !strncmp(file, "/dev/fd/", 8) || !strncmp(file, "/proc/self/fd/", 14);
}

/* The source name of an operand: --source, "stdin", or its base name. */
static const char *source_of(const struct imp *m, const char *file)
{
	const char *s = strrchr(file, '/');
	return m->opt->source ? m->opt->source : unnamed(file) ? "stdin" : s ? s + 1 : file;
}

static void set_file(struct imp *m, const char *file)
{
	struct drv *dv = m->drv;
	m->file = file;
	m->source = source_of(m, file);
	size_t n = strlen(m->source);
	if (ko_utf8_check(m->source, n) != n) {
		/* A file name in CP949 is no reason for invalid records. */
		ko_buf_clear(&dv->srcfix);
		ko_utf8_repair(&dv->srcfix, m->source, n);
		m->source = dv->srcfix.p;
	}
	ko_buf_clear(&m->srcq);
	ko_json_quotes(&m->srcq, m->source);
	/* Another operand with the same source name (d1/data.csv d2/data.csv,
	 * or any two under --source): SOURCE:N ids name the path as given. */
	m->idsrc = m->source;
	for (int k = 0; k < dv->nfiles; k++) {
		const char *f = dv->files[k];
		if (strcmp(f, file) && !strcmp(source_of(m, f), source_of(m, file))) {
			ko_buf_clear(&dv->idfix);
			if (unnamed(file)) {
				/* two pipes (<(zcat a) <(zcat b)): by their
				 * places, not by the numbers the shell gave them */
				int place = 0;
				for (int i = 0; i < dv->nfiles && strcmp(dv->files[i], file); i++)
					place += unnamed(dv->files[i]);
				ko_buf_addf(&dv->idfix, "%s-%d", m->source, place + 1);
			} else {
				ko_utf8_repair(&dv->idfix, file, strlen(file));
			}
			m->idsrc = dv->idfix.p;
			break;
		}
	}
	ko_buf_clear(&dv->licq);
	const char *lic = dv->license && strcmp(dv->license, "auto") ? dv->license
	                                                            : implied_license(m->layout->name);
	if (dv->license && lic)
		ko_json_quotes(&dv->licq, lic);
}

/* A SQuAD version that names its dataset (KorQuAD_v1.0_dev) rather than
 * only numbering it (v1.1, 2.0): a letter after the first character. */
static int names_dataset(const char *v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if ((v[i] >= 'A' && v[i] <= 'Z') || (v[i] >= 'a' && v[i] <= 'z') ||
		    (unsigned char)v[i] >= 0x80)
			return 1;
	return 0;
}

/* What a SQuAD-layout file's version field tells. Read from stdin with no
 * --source, its records' source is the version when that names the
 * dataset (KorQuAD_v1.0_dev), not "stdin", which traces nothing. Under
 * --license auto it gives the licence: KorQuAD 1.0 and 2.x are published
 * under CC BY-ND 2.0 KR, SQuAD itself under CC BY-SA 4.0. */
static void squad_version(struct imp *m, const struct ko_json *j)
{
	struct drv *dv = m->drv;
	if (strcmp(m->layout->name, "squad"))
		return;
	int v = ko_json_get(j, "version");
	const char *lic = NULL, *why;
	struct ko_buf ver = {0};
	if (v >= 0 && j->tok[v].type == KO_JSON_STRING && ko_json_str(j, v, &ver, &why) == 0) {
		lic = strstr(ver.p ? ver.p : "", "KorQuAD") ? "CC-BY-ND-2.0-KR"
		      : ver.n && ver.p[0] == 'v'        ? "CC-BY-SA-4.0"
		                                          : NULL;
		if (!m->opt->source && unnamed(m->file) && names_dataset(ver.p, ver.n) &&
		    ko_utf8_check(ver.p, ver.n) == ver.n && !memchr(ver.p, 0, ver.n)) {
			ko_buf_clear(&dv->srcfix);
			ko_buf_add(&dv->srcfix, ver.p, ver.n);
			ko_buf_add(&dv->srcfix, "", 1);
			m->source = dv->srcfix.p;
			/* ids by the version too, unless a file operand has it
			 * for its name: its ids would be these */
			int taken = 0;
			for (int k = 0; k < dv->nfiles; k++)
				taken |= !unnamed(dv->files[k]) && !strcmp(source_of(m, dv->files[k]), m->source);
			if (!taken)
				m->idsrc = m->source;
			ko_buf_clear(&m->srcq);
			ko_json_quotes(&m->srcq, m->source);
		}
	}
	ko_buf_free(&ver);
	if (dv->license && strcmp(dv->license, "auto"))
		return;
	if (!dv->license) {
		/* no --license: the records get none, and every generator
		 * and ko-mix --licenses will say so; name the published one */
		if (lic && !dv->license_hinted++)
			ko_warn("%s: no --license: its records carry none; this file's version is "
			        "published under %s (--license auto names it)", m->file, lic);
		return;
	}
	ko_buf_clear(&dv->licq);
	if (lic)
		ko_json_quotes(&dv->licq, lic);
	else
		ko_warn("%s: --license auto: no licence known for this file's version; "
		        "its records get none", m->file);
}

/* Layouts that are one JSON document per file. */
static void doc_loop(struct imp *im, struct ko_run *run)
{
	struct imp_doc d = {0};
	const char *p;
	size_t n;
	int stop = 0;
	while (!stop && ko_next_file(run, &p, &n)) {
		const char *why;
		size_t at;
		set_file(im, ko_input_name(run));
		d.lineat = 0, d.lineno = 1;
		/* an empty file (or white space only) holds no records, as an
		 * empty input of the line tools does; said, since a document
		 * layout's file is never meant to be empty (a failed download) */
		size_t w = 0;
		while (w < n && (p[w] == ' ' || p[w] == '\t' || p[w] == '\n' || p[w] == '\r'))
			w++;
		if (w == n) {
			ko_warn("%s: empty: no records", im->file);
			continue;
		}
		/* A guess at the token count saves most of jsmn's regrowth. */
		if (!d.j.jsmntok || (size_t)d.j.jcap < n / 24) {
			free(d.j.jsmntok);
			d.j.jcap = (int)(n / 24 < 64 ? 64 : n / 24 > (1u << 30) ? (1u << 30) : n / 24);
			d.j.jsmntok = ko_xmalloc((size_t)d.j.jcap * sizeof(struct ko_json_tok));
		}
		if (ko_json_parse_doc(&d.j, p, n, &why, &at) < 0) {
			/* Only the line where parsing stopped goes to rejects. */
			d.j.s = p;
			size_t line = 1;
			for (const char *q = p; (q = memchr(q, '\n', (size_t)(p + (at < n ? at : n) - q)));
			     q++)
				line++;
			const char *a = p + at, *b = p + at;
			while (a > p && a[-1] != '\n' && p + at - a < 512)
				a--;
			while (b < p + n && *b != '\n' && b - (p + at) < 512)
				b++;
			stop = imp_fail(im, line, a, (size_t)(b - a), why);
			continue;
		}
		squad_version(im, &d.j);
		stop = im->layout->doc(im, &d) || stopped(run);
	}
	ko_json_free(&d.j);
}

/* Layouts read a line at a time. */
static void line_loop(struct imp *im, struct ko_run *run)
{
	const char *line;
	size_t len;
	int newfile, started = 0;
	while (ko_next_line(run, &line, &len, &newfile)) {
		if (newfile) {
			if (started && im->layout->end(im))
				return;
			started = 1;
			set_file(im, ko_input_name(run));
		}
		if (im->layout->line(im, line, len, ko_input_lineno(run)) || stopped(run))
			return;
	}
	if (started)
		im->layout->end(im);
}

static const struct ko_tool tool = {
	.name = "ko-import",
	.usage = "FORMAT [--columns LIST] [--no-header] [--delimiter C] [--quote double|none]\n"
	         "                 [--drop-headings] [--keep-html]\n"
	         "                 [--source NAME] [--license ID|auto] [--encoding NAME]\n"
	         "                 [shared options] [FILE...]",
	.help = "Read a known dataset layout and write flat JSONL records with id and source.\n"
	        "\n"
	        "Formats: squad, aihub-summary, aihub-book, aihub-paper, aihub-commonsense,\n"
	        "aihub-ethics, dacon-summary, json, wikiextractor, csv, tsv, kobest-boolq,\n"
	        "kobest-copa, kobest-wic, kobest-hellaswag, kobest-sentineg, text (a plain\n"
	        "text file, one document: fields, keys read and the releases checked: see\n"
	        "ko-import(1)).\n"
	        "\n"
	        "      --columns LIST    csv, tsv: keep these columns, in this order;\n"
	        "                        NAME=NEW renames, a number is a 1-based position\n"
	        "      --no-header       csv, tsv: the first row is data; columns are c1, c2...\n"
	        "      --delimiter C     csv, tsv: fields are separated by C (one ASCII\n"
	        "                        character, or tab) instead of ',' or a tab\n"
	        "      --quote none      csv, tsv: a quote is a plain character (comment TSVs\n"
	        "                        whose text may open with one); default double\n"
	        "      --drop-headings   wikiextractor: headings go to the headings field, not\n"
	        "                        the text (the default; kept for old scripts)\n"
	        "      --keep-html       squad: also raw_html, html_answer_start and\n"
	        "                        html_answer_text (KorQuAD 2.x)\n"
	        "      --source NAME     the source field (default: the file's base name)\n"
	        "      --encoding NAME   the input's encoding, converted to UTF-8 with iconv:\n"
	        "                        cp949 (also EUC-KR), euc-kr, utf-16 (default UTF-8)\n"
	        "      --license ID      set license (an SPDX id) on records without one;\n"
	        "                        auto: the layout's licence as published\n",
	.longopts = longopts,
	.unused = KO_UNUSED_SEED | KO_UNUSED_KIND | KO_UNUSED_FIELD,
};

int main(int argc, char **argv)
{
	struct imp_opts opts = {0};
	struct drv dv = {0};
	struct imp im = {.opt = &opts, .drv = &dv};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&opts, &o, &dv, code, optarg);
	if (o.optind >= argc)
		ko_usage("missing FORMAT");
	const char *format = argv[o.optind++];
	for (size_t k = 0; k < sizeof layouts / sizeof layouts[0]; k++)
		if (!strcmp(format, layouts[k]->name))
			im.layout = layouts[k];
	if (!im.layout)
		ko_usage("unknown format '%s'", format);
	if (opts.columns && !(im.layout->takes & IMP_TAKES_COLUMNS))
		ko_usage("--columns is for csv and tsv");
	if (opts.delimiter && strcmp(im.layout->name, "csv") && strcmp(im.layout->name, "tsv"))
		ko_usage("--delimiter is for csv and tsv");
	if (opts.quote_given && strcmp(im.layout->name, "csv") && strcmp(im.layout->name, "tsv"))
		ko_usage("--quote is for csv and tsv");
	if (opts.keep_html && !(im.layout->takes & IMP_TAKES_HTML))
		ko_usage("--keep-html is for squad (KorQuAD 2.x)");
	if (opts.source && !(im.layout->takes & IMP_TAKES_SOURCE))
		ko_usage("--source is not for %s: its objects are copied as they are",
		         im.layout->name);
	if (dv.license && !strcmp(dv.license, "auto") && strcmp(im.layout->name, "squad") &&
	    !implied_license(im.layout->name))
		ko_usage("--license auto: the %s layout implies no licence; name one",
		         im.layout->name);
	if (!dv.license && strcmp(im.layout->name, "squad") && implied_license(im.layout->name))
		ko_warn("no --license: the records carry none; the %s layout is published under "
		        "%s (--license auto names it)", im.layout->name, implied_license(im.layout->name));
	dv.files = argv + o.optind;
	dv.nfiles = argc - o.optind;
	ko_open(&dv.run, &o);
	im.state = ko_xcalloc(1, im.layout->state_size);
	if (im.layout->doc)
		doc_loop(&im, &dv.run);
	else
		line_loop(&im, &dv.run);
	if (im.layout->free_state)
		im.layout->free_state(&im);
	free(im.state);
	ko_buf_free(&im.rec);
	ko_buf_free(&im.tmp);
	ko_buf_free(&im.srcq);
	ko_buf_free(&dv.licq);
	ko_buf_free(&dv.srcfix);
	ko_buf_free(&dv.out);
	ko_json_free(&dv.j);
	ko_buf_free(&dv.idfix);
	ko_buf_free(&dv.idtry);
	free(dv.ids);
	ko_buf_addf(&dv.run.stats_extra, "\"files_not_read\":%zu,\"lines_not_read\":%zu",
	            dv.files_unread, dv.lines_unread);
	return ko_close(&dv.run);
}
