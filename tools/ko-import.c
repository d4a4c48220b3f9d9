/* ko-import - known dataset layouts to flat JSONL records.
 *
 * This file is the driver: options, the input and the record loop. The
 * layouts live in tools/import/, one file per family, and reach the loop
 * only through the imp_* functions defined here (import/import.h). */
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "ko.h"
#include "import/import.h"

enum { OPT_COLUMNS = 0x100, OPT_SOURCE, OPT_NO_HEADER, OPT_DROP_HEADINGS, OPT_ENCODING };

static const struct option longopts[] = {
	{"columns", required_argument, NULL, OPT_COLUMNS},
	{"source", required_argument, NULL, OPT_SOURCE},
	{"no-header", no_argument, NULL, OPT_NO_HEADER},
	{"drop-headings", no_argument, NULL, OPT_DROP_HEADINGS},
	{"encoding", required_argument, NULL, OPT_ENCODING},
	{0},
};

static const struct imp_layout *const layouts[] = {
	&imp_squad, &imp_aihub_summary, &imp_aihub_book, &imp_aihub_paper,
	&imp_aihub_commonsense, &imp_aihub_ethics, &imp_json, &imp_wikiextractor, &imp_csv, &imp_tsv,
	&imp_kobest_boolq, &imp_kobest_copa, &imp_kobest_wic, &imp_kobest_hellaswag,
	&imp_kobest_sentineg,
};

static void option(struct imp_opts *opts, struct ko_opts *o, int c, const char *arg)
{
	switch (c) {
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
	case OPT_DROP_HEADINGS: opts->drop_headings = 1; break;
	}
}

void imp_write(struct imp *m, const char *p, size_t n)
{
	ko_emit(m->drv, p, n);
}

/* Reported like the record loop reports a bad record; the raw bytes go to
 * --rejects as {"raw_b64": ...}. Returns 1 when the run must stop. */
int imp_fail(struct imp *m, size_t line, const char *raw, size_t rawn, const char *why)
{
	struct ko_run *run = m->drv;
	struct ko_rec r = {.line = raw, .len = rawn, .file = m->file, .lineno = line,
	                   .is_json = 1, .run = run};
	ko_rec_fail(&r, "%s", why);
	return run->stop;
}

void imp_reject(struct imp *m, size_t line, const char *p, size_t n, const char *why)
{
	struct ko_run *run = m->drv;
	struct ko_rec r = {.line = p, .len = n, .file = m->file, .lineno = line, .is_json = 1,
	                   .run = run};
	const char *err;
	r.parsed = ko_json_parse(&r.json, p, n, &err) == 0;
	ko_rec_reject(&r, why);
	ko_json_free(&r.json);
}

void imp_tick(struct imp *m)
{
	ko_tick(m->drv);
}

static int stopped(const struct ko_run *run)
{
	return run->stop || ko_writer_error(run->out);
}

static void set_file(struct imp *m, const char *file)
{
	const char *s = strrchr(file, '/');
	m->file = file;
	m->source = m->opt->source ? m->opt->source : s ? s + 1 : file;
	ko_buf_clear(&m->srcq);
	ko_json_quotes(&m->srcq, m->source);
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
		/* A guess at the token count saves most of jsmn's regrowth. */
		if (!d.j.jsmntok || (size_t)d.j.jcap < n / 24) {
			free(d.j.jsmntok);
			d.j.jcap = (int)(n / 24 < 64 ? 64 : n / 24 > (1u << 30) ? (1u << 30) : n / 24);
			d.j.jsmntok = ko_xmalloc((size_t)d.j.jcap * sizeof(struct ko_json_tok));
		}
		if (ko_json_parse_doc(&d.j, p, n, &why, &at) < 0) {
			/* Only the line where parsing stopped goes to rejects. */
			d.j.s = p;
			size_t line = imp_line_of(&d, (int)(at < n ? at : n));
			const char *a = p + at, *b = p + at;
			while (a > p && a[-1] != '\n' && p + at - a < 512)
				a--;
			while (b < p + n && *b != '\n' && b - (p + at) < 512)
				b++;
			stop = imp_fail(im, line, a, (size_t)(b - a), why);
			continue;
		}
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
	.usage = "FORMAT [--columns LIST] [--no-header] [--drop-headings] [--source NAME]\n"
	         "                 [--encoding NAME] [shared options] [FILE...]",
	.help = "Read a known dataset layout and write flat JSONL records with id and source.\n"
	        "\n"
	        "Formats: squad, aihub-summary, aihub-book, aihub-paper, aihub-commonsense,\n"
	        "aihub-ethics, json, wikiextractor, csv, tsv, kobest-boolq, kobest-copa,\n"
	        "kobest-wic, kobest-hellaswag, kobest-sentineg (fields: see ko-import(1)).\n"
	        "\n"
	        "      --columns LIST    csv, tsv: keep these columns, in this order;\n"
	        "                        NAME=NEW renames, a number is a 1-based position\n"
	        "      --no-header       csv, tsv: the first row is data; columns are c1, c2...\n"
	        "      --drop-headings   wikiextractor: headings go to the headings field, not\n"
	        "                        the text (the default; kept for old scripts)\n"
	        "      --source NAME     the source field (default: the file's base name)\n"
	        "      --encoding NAME   the input's encoding, converted to UTF-8 with iconv:\n"
	        "                        cp949 (also EUC-KR), euc-kr, utf-16 (default UTF-8)\n",
	.longopts = longopts,
};

int main(int argc, char **argv)
{
	struct imp_opts opts = {0};
	struct imp im = {.opt = &opts};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&opts, &o, code, optarg);
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
	if (opts.source && !(im.layout->takes & IMP_TAKES_SOURCE))
		ko_usage("--source is not for %s: its objects are copied as they are",
		         im.layout->name);
	struct ko_run run;
	ko_open(&run, &o);
	im.drv = &run;
	im.state = ko_xcalloc(1, im.layout->state_size);
	if (im.layout->doc)
		doc_loop(&im, &run);
	else
		line_loop(&im, &run);
	if (im.layout->free_state)
		im.layout->free_state(&im);
	free(im.state);
	ko_buf_free(&im.rec);
	ko_buf_free(&im.tmp);
	ko_buf_free(&im.srcq);
	return ko_close(&run);
}
