/* rec.c - records and the run: reading records line by line, writing them,
 * rejecting them with a reason, and the counts a run reports. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ko.h"

struct ko_in {
	struct ko_reader *rd;
	int arg0, nargs; /* the files read are args arg0.. of the command */
	int refused; /* the current file was refused as a whole */
	int fresh;   /* no record of the current file returned yet */
	/* A first line that may open a JSON document (document_kind) waits
	 * for the second to say whether the file is one: the first line is
	 * kept in first (the file's name and the line's number with it), the
	 * second held unread (held, its line, length and whether it opens a
	 * file) while the first is taken as any other line. pending_kind is
	 * '{' or '['; pending_whole, that the '[' line closes its array, so
	 * that it is the document when no line follows. */
	const char *pending;
	char pending_kind, pending_whole;
	struct ko_buf first;
	const char *first_file;
	size_t first_lineno;
	int held, held_newfile, replay;
	const char *held_line;
	size_t held_len;
	struct ko_rec rec;
	struct ko_buf fixed; /* a JSON line repaired under repair_utf8 */
};

static void stats_when_killed(struct ko_run *run);

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The reader is about to move the lines it gave: the output lets go of
 * those ko_pass wrote from where they are. */
static void out_unref(void *arg)
{
	struct ko_run *run = arg;
	ko_writer_unref(run->out);
}

struct ko_in *ko_in_open(struct ko_run *run, char **files, int nfiles)
{
	struct ko_in *in = ko_xcalloc(1, sizeof *in);
	in->rd = ko_reader_open(files, nfiles);
	ko_reader_on_move(in->rd, out_unref, run);
	in->rec.run = run;
	/* (said once a run: a tool may read its operands twice) */
	int dashes = 0;
	for (int i = 0; files && i < nfiles; i++)
		dashes += !strcmp(files[i], "-");
	if (dashes > 1 && !run->said_dashes++)
		ko_warn("'-' given %d times: stdin is read once, and is empty after", dashes);
	/* the operands, or files named otherwise (ko-mix --mix) */
	const struct ko_opts *o = run->opt;
	uintptr_t a = (uintptr_t)(o ? o->argv : NULL), f = (uintptr_t)files;
	if (a && files && nfiles > 0 && f >= a && f < a + (size_t)o->argc * sizeof *files) {
		in->arg0 = (int)((f - a) / sizeof *files);
		in->nargs = nfiles;
	}
	return in;
}

void ko_in_close(struct ko_in *in)
{
	if (!in)
		return;
	ko_reader_close(in->rd);
	ko_json_free(&in->rec.json);
	ko_buf_free(&in->fixed);
	ko_buf_free(&in->first);
	free(in);
}

/* An input that the run also appends to (--rejects, --stats, or standard
 * output opened with >>, as a rerun over *.jsonl with the rejects beside
 * the shards gives) would be read back as it grows and the run would fill
 * the disk: refused before anything is read or written. (One opened
 * otherwise fails in the reader: ko_writer_open.) */
void ko_check_inputs(const struct ko_opts *o, char **files, int n)
{
	struct ko_file_id out[3];
	const char *what[3] = {"the --rejects file", "the --stats file", "standard output"};
	ko_file_id(o->rejects && strcmp(o->rejects, "-") ? o->rejects : "/", &out[0]);
	ko_file_id(o->stats && strcmp(o->stats, "-") ? o->stats : "/", &out[1]);
	if (!o->output || !strcmp(o->output, "-"))
		ko_fd_id(1, &out[2]);
	else
		out[2].kind = 0;
	if (!o->rejects || !strcmp(o->rejects, "-"))
		out[0].kind = 0;
	if (!o->stats || !strcmp(o->stats, "-"))
		out[1].kind = 0;
	for (int i = 0; i < (n ? n : 1); i++) {
		const char *in = n ? files[i] : "-";
		struct ko_file_id id;
		if (!strcmp(in, "-"))
			ko_fd_id(0, &id);
		else
			ko_file_id(in, &id);
		for (int k = 0; k < 3; k++)
			if ((k < 2 || id.kind == 1) && ko_file_id_same(&id, &out[k]))
				ko_fatal(2, "%s: is also %s: the run would read its own lines back",
				         strcmp(in, "-") ? in : "stdin", what[k]);
	}
}

void ko_open(struct ko_run *run, const struct ko_opts *o)
{
	memset(run, 0, sizeof *run);
	run->opt = o;
	const char *why;
	if (o->stdout_closed && (!o->output || !strcmp(o->output, "-")))
		ko_die("standard output is closed: give -o FILE, or a place for the output");
	ko_check_inputs(o, o->argv + o->optind, o->argc - o->optind);
	/* Rejects first: a failure there must not leave a temp output behind. */
	if (o->rejects && !(run->rejects = ko_writer_open(o->rejects, KO_W_APPEND, &why)))
		ko_die("%s: %s", o->rejects, why);
	/* The --stats file is written at the end; one that cannot be must
	 * not be found out after the whole run (an append of nothing). */
	if (o->stats) {
		struct ko_writer *w = ko_writer_open(o->stats, KO_W_APPEND, &why);
		if (!w || ko_writer_close(w, 1) < 0) {
			ko_writer_close(run->rejects, 1);
			ko_die("%s: %s", o->stats, w ? strerror(errno) : why);
		}
	}
	if (!(run->out = ko_writer_open(o->output, o->gzip ? KO_W_GZIP : 0, &why))) {
		ko_writer_close(run->rejects, 1);
		ko_die("%s: %s", o->output, why);
	}
	static const char *const provenance[] = {"id", "source", "license", "context_id"};
	for (int i = 0; i < 4; i++)
		ko_run_reads_key(run, provenance[i]);
	run->in = ko_in_open(run, o->argv + o->optind, o->argc - o->optind);
	if (o->encoding && ko_reader_encoding(run->in->rd, o->encoding) < 0) {
		ko_writer_close(run->out, 0);
		ko_writer_close(run->rejects, 1);
		ko_die("--encoding: the C library cannot convert from '%s'", o->encoding);
	}
	run->t0 = run->tlast = now();
	stats_when_killed(run);
	run->tty = isatty(2);
}

/* ---- progress ---- */

static void progress(struct ko_run *run, int last)
{
	struct ko_reader *rd = run->in->rd;
	double dt = now() - run->t0;
	double mb = (double)ko_reader_bytes(rd) / 1e6;
	uint64_t total = ko_reader_size(rd);
	char line[256];
	int k = snprintf(line, sizeof line, "%s: %zu records, %.1f MB, %.1f MB/s",
	                 ko_progname(), run->nin, mb, dt > 0 ? mb / dt : 0.0);
	if (total && k > 0 && (size_t)k < sizeof line) {
		double f = (double)ko_reader_bytes(rd) / (double)total;
		if (f > 1)
			f = 1;
		snprintf(line + k, sizeof line - (size_t)k, ", %.0f%%", 100 * f);
		k += (int)strlen(line + k);
		if (!last && f > 0.001 && (size_t)k < sizeof line)
			snprintf(line + k, sizeof line - (size_t)k, ", %.0f s left",
			         dt * (1 - f) / f);
	}
	ko_progress_show(line, run->tty, last);
}

static void settle_missing(struct ko_run *run);

void ko_tick(struct ko_run *run)
{
	settle_missing(run);
	run->nin++;
	if (!run->opt->progress || (run->nin & 255))
		return;
	/* In place on a terminal; a log file gets a line every ten seconds. */
	double t = now(), every = run->tty ? 0.5 : 10.0;
	if (t - run->tlast >= every) {
		run->tlast = t;
		progress(run, 0);
	}
}

/* ---- rejects ---- */

/* Append s as a JSON string with invalid UTF-8 replaced: a reason may quote
 * the bad input (ko-import's "not 'X'") and a file name may be any bytes,
 * and neither may make a rejects line invalid. */
static void quote_repaired(struct ko_buf *q, const char *s)
{
	size_t n = strlen(s);
	if (ko_utf8_check(s, n) == n) {
		ko_json_quote(q, s, n);
		return;
	}
	struct ko_buf fixed = {0};
	ko_utf8_repair(&fixed, s, n);
	ko_json_quote(q, fixed.p, fixed.n);
	ko_buf_free(&fixed);
}

static void write_reject(struct ko_rec *r, const char *reason, const struct ko_field *x, int nx)
{
	struct ko_run *run = r->run;
	if (!run->rejects)
		return;
	struct ko_buf *out = &run->rej, *q = &run->tmp;
	ko_buf_clear(out);
	ko_buf_clear(q);
	quote_repaired(q, reason);
	size_t qn = q->n;
	ko_buf_adds(q, ",\"reject_file\":");
	quote_repaired(q, r->file ? r->file : "stdin");
	ko_buf_addf(q, ",\"reject_line\":%zu", r->lineno);
	if (r->is_json && r->parsed) {
		char linebuf[32];
		int ln = snprintf(linebuf, sizeof linebuf, "%zu", r->lineno);
		struct ko_buf file = {0};
		quote_repaired(&file, r->file ? r->file : "stdin");
		struct ko_field f[3 + 8] = {
			{"reject_reason", q->p, qn},
			{"reject_file", file.p, file.n},
			{"reject_line", linebuf, (size_t)ln},
		};
		int nf = 3;
		for (int i = 0; i < nx && i < 8; i++)
			f[nf++] = x[i];
		ko_json_rewrite(out, &r->json, f, nf);
		ko_buf_free(&file);
	} else if (!r->is_json && ko_utf8_check(r->line, r->len) == r->len) {
		ko_buf_addc(out, '{');
		ko_json_quotes(out, run->opt->field ? run->opt->field : "text");
		ko_buf_addc(out, ':');
		ko_json_quote(out, r->line, r->len);
		ko_buf_adds(out, ",\"reject_reason\":");
		ko_buf_add(out, q->p, q->n);
		for (int i = 0; i < nx; i++) {
			ko_buf_addc(out, ',');
			ko_json_quotes(out, x[i].key);
			ko_buf_addc(out, ':');
			ko_buf_add(out, x[i].raw, x[i].rawn);
		}
		ko_buf_addc(out, '}');
	} else {
		/* Not valid JSON or not UTF-8: keep the bytes, not a repair. */
		ko_buf_adds(out, "{\"raw_b64\":\"");
		ko_buf_base64(out, r->line, r->len);
		ko_buf_adds(out, "\",\"reject_reason\":");
		ko_buf_add(out, q->p, q->n);
		ko_buf_addc(out, '}');
	}
	ko_write_line(run->rejects, out->p, out->n);
}

void ko_rec_warn(const struct ko_rec *r, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	ko_warn_at(r->file ? r->file : "stdin", r->lineno, "%s", buf);
}

/* Count one record under reason (bad: a bad record's), in the table that
 * the summary, --stats and the counters read. */
static void count_reason(struct ko_run *run, const char *reason, size_t len, int bad)
{
	for (int i = 0; i < run->nreasons; i++)
		if (run->reasons[i].bad == bad && !strncmp(run->reasons[i].reason, reason, len) &&
		    !run->reasons[i].reason[len]) {
			run->reasons[i].n++;
			return;
		}
	int i = run->nreasons < KO_MAX_REASONS ? run->nreasons++ : KO_MAX_REASONS - 1;
	if (i == KO_MAX_REASONS - 1 && run->reasons[i].reason) {
		/* More distinct reasons than slots: the last one gathers them. */
		if (strcmp(run->reasons[i].reason, "other reasons")) {
			free(run->reasons[i].reason);
			run->reasons[i].reason = ko_xstrdup("other reasons");
		}
		run->reasons[i].n++;
		return;
	}
	run->reasons[i].reason = ko_xmalloc(len + 1);
	memcpy(run->reasons[i].reason, reason, len);
	run->reasons[i].reason[len] = 0;
	run->reasons[i].n = 1;
	run->reasons[i].bad = bad;
}

int ko_rec_fail(struct ko_rec *r, const char *fmt, ...)
{
	struct ko_run *run = r->run;
	size_t place = run->why_place;
	run->why_place = 0;
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	ko_buf_clear(&run->why);
	ko_buf_reserve(&run->why, k > 0 ? (size_t)k : 0);
	va_start(ap, fmt);
	vsnprintf(run->why.p, (size_t)(k > 0 ? k : 0) + 1, fmt, ap);
	va_end(ap);
	run->why.n = k > 0 ? (size_t)k : 0;
	if (!run->opt->skip_errors) {
		ko_rec_warn(r, "%s", run->why.p);
		ko_fail();
		run->stop = 1;
		return KO_REJECT;
	}
	run->nbad++;
	if (run->rejects)
		write_reject(r, run->why.p, NULL, 0);
	else
		ko_rec_warn(r, "%s (skipped)", run->why.p);
	/* counted by the reason the rejects line gives ("truncated JSON"),
	 * less the place in the line, which is the record's alone */
	size_t len = run->why.n, d = len;
	while (d && run->why.p[d - 1] >= '0' && run->why.p[d - 1] <= '9')
		d--;
	if (d < len && d >= 9 && !memcmp(run->why.p + d - 9, " at byte ", 9))
		len = d - 9;
	if (place >= len)
		place = 0;
	count_reason(run, run->why.p + place, len - place, 1);
	return KO_REJECT;
}

int ko_rec_reject(struct ko_rec *r, const char *reason)
{
	return ko_rec_reject_with(r, reason, NULL, 0);
}

int ko_rec_reject_with(struct ko_rec *r, const char *reason, const struct ko_field *x, int nx)
{
	struct ko_run *run = r->run;
	run->ndropped++;
	write_reject(r, reason, x, nx);
	count_reason(run, reason, strlen(reason), 0);
	return 0;
}

int ko_hint_binary(struct ko_run *run, const char *file, const char *p, size_t n)
{
	const char *how, *bin = ko_guess_binary(p, n, &how);
	if (!bin || run->hinted == file)
		return 0;
	run->hinted = file;
	if (how && (!strcmp(file, "stdin") || !strcmp(file, "-")))
		ko_warn("%s: is %s, not text: decompress it first (... | %s | ...)", file, bin, how);
	else if (how)
		ko_warn("%s: is %s, not text: decompress it first ('%s %s | ...')", file, bin, how, file);
	else
		ko_warn("%s: is %s, not a data file", file, bin);
	return 1;
}

/* Once per file, when the record's bytes look like another encoding: the
 * command that converts them. UTF-16 without a byte order mark (one with
 * a mark is refused as a whole file) is little-endian, as Windows writes
 * it; its ASCII is valid UTF-8 with NULs between, so a JSON record in it
 * fails to parse rather than as invalid UTF-8. */
static void hint_encoding(struct ko_rec *r)
{
	struct ko_run *run = r->run;
	const char *enc = ko_guess_encoding(r->line, r->len, r->lineno == 1);
	if (!enc || run->hinted == r->file)
		return;
	run->hinted = r->file;
	const char *unmarked = enc[0] == 'C' ? NULL : "UTF-16LE";
	if (unmarked && r->len >= 2 && (((unsigned char)r->line[0] == 0xFF &&
	                                 (unsigned char)r->line[1] == 0xFE) ||
	                                ((unsigned char)r->line[0] == 0xFE &&
	                                 (unsigned char)r->line[1] == 0xFF)))
		unmarked = NULL;
	if (unmarked)
		enc = unmarked;
	ko_warn("%s: looks like %s, not UTF-8: convert it with 'iconv -f %s -t UTF-8',"
	        " or ko-import --encoding %s for a dataset layout", r->file, enc, enc,
	        enc[0] == 'C' ? "cp949" : unmarked ? "utf-16le" : "utf-16");
}

/* Invalid UTF-8 at byte at of the record: the failure, with a hint once
 * per file when the bytes look like another encoding. */
static int bad_utf8(struct ko_rec *r, size_t at)
{
	struct ko_run *run = r->run;
	run->ftext_bad += !r->is_json && run->ftext;
	if (r->lineno == 1 && ko_hint_binary(run, r->file, r->line, r->len))
		return ko_rec_fail(r, "invalid UTF-8 at byte %zu", at + 1);
	hint_encoding(r);
	return ko_rec_fail(r, "invalid UTF-8 at byte %zu", at + 1);
}

/* ---- reading ---- */

/* The kinds of line the file just read had: a file of JSON records with
 * text lines among them (a log line, a CSV header, a truncated record
 * that does not start with '{') is counted. */
static void file_kinds(struct ko_run *run)
{
	if (run->fjson && run->ftext) {
		if (!run->mixed_files++)
			ko_buf_add(&run->first_text, run->file_text.p, run->file_text.n);
		run->mixed_json += run->fjson;
		run->mixed_text += run->ftext;
		run->mixed_text_bad += run->ftext_bad;
	}
	run->fjson = run->ftext = run->ftext_bad = 0;
}

static int is_blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t')
			return 0;
	return 1;
}

/* The first line of a file that may say the file is one JSON document
 * rather than JSON Lines: "[" then "{", "]" or nothing (an array of
 * records, the alpaca_data.json shape), or a lone "{" (pretty-printed). A
 * text line such as "[속보] ..." or "[1] ..." is not one. *kind is its
 * first character; the next line confirms it (document_goes_on), as a
 * shard of JSON Lines (parallel --pipe) may begin with a stray line of
 * that shape. */
static const char *document_kind(const char *p, size_t n, char *kind)
{
	size_t i = 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (i == n)
		return NULL;
	char c = p[i++];
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	*kind = c;
	if (c == '[' && (i == n || p[i] == '{' || p[i] == ']'))
		return "a JSON array";
	if (c == '{' && i == n)
		return "a pretty-printed JSON document";
	return NULL;
}

/* The last character of p[0..n) that is not white space, or 0. */
static char last_char(const char *p, size_t n)
{
	while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
		n--;
	return n ? p[n - 1] : 0;
}


/* Whether the line after the first says the file is one JSON document.
 * After a lone '{': a member ("key": ...) or the close of an empty one.
 * After an array's '[': a lone '{' or an indented item (pretty-printed
 * items), the close ']', or an item that a comma ends (one item a line). A JSON record of
 * its own, a text line or no line at all says the first was one bad line
 * among records (a record cut short, a stray line), as anywhere else in
 * a file; but for a '[' line that closes its array no line is the
 * document on one line. */
static int document_goes_on(char kind, const char *p, size_t n)
{
	size_t i = 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r'))
		i++;
	if (kind == '{')
		return i < n && (p[i] == '"' || p[i] == '}');
	size_t m = n;
	while (m > i && (p[m - 1] == ' ' || p[m - 1] == '\t' || p[m - 1] == '\r'))
		m--;
	return i < m && ((p[i] == '{' && (m == i + 1 || i > 0)) || p[i] == ']' || p[m - 1] == ',');
}


/* Compressed data by its magic at the start of a line inside a stream (a
 * file joined to others with cat, a shard that holds one): what it is,
 * and the command that decompresses it in *how. One test of the first
 * byte for most lines. */
static const char *stream_binary(const char *line, size_t len, const char **how)
{
	if (len < 3)
		return NULL;
	switch ((unsigned char)line[0]) {
	case 0x1F:
		if ((unsigned char)line[1] == 0x8B && line[2] == 8) {
			*how = "zcat";
			return "gzip-compressed data";
		}
		return NULL;
	case 0xFD: case 'B': case 0x28: case 'P': case '7': case 0x7F:
		return ko_guess_binary(line, len, how);
	default:
		return NULL;
	}
}

static int read_line(struct ko_run *run, struct ko_reader *rd, const char **line, size_t *len,
                     int *newfile)
{
	for (;;) {
		int k = ko_reader_next(rd, line, len, newfile);
		if (k >= 0)
			return k;
		ko_warn("%s", ko_reader_error(rd));
		ko_fail();
	}
}

int ko_next_line(struct ko_run *run, const char **line, size_t *len, int *newfile)
{
	if (run->stop || ko_writer_error(run->out))
		return 0;
	return read_line(run, run->in->rd, line, len, newfile);
}

int ko_next_file(struct ko_run *run, const char **p, size_t *n)
{
	if (run->stop || ko_writer_error(run->out))
		return 0;
	for (;;) {
		int k = ko_reader_next_file(run->in->rd, p, n);
		if (k >= 0)
			return k;
		ko_warn("%s", ko_reader_error(run->in->rd));
		ko_fail();
	}
}

const char *ko_input_name(const struct ko_run *run)
{
	return ko_reader_name(run->in->rd);
}

size_t ko_input_lineno(const struct ko_run *run)
{
	return ko_reader_lineno(run->in->rd);
}

void ko_run_reads_key(struct ko_run *run, const char *key)
{
	for (int i = 0; i < run->nkeys; i++)
		if (!strcmp(run->keys[i], key))
			return;
	if (run->nkeys < (int)(sizeof run->keys / sizeof run->keys[0]))
		run->keys[run->nkeys++] = key;
}

/* A key the tool reads, given twice in the record: said as a repeated
 * text field is (rec_text), and 1. */
static int repeated_key(struct ko_rec *r)
{
	struct ko_run *run = r->run;
	/* (keys are only added: a set of as many is the set of them all) */
	if (run->dupkeys.nkeys != run->nkeys || run->dupkeys.keys != run->keys)
		ko_json_keyset(&run->dupkeys, run->keys, run->nkeys);
	int i = ko_json_obj_dupset(&r->json, 0, &run->dupkeys);
	if (i < 0)
		return 0;
	ko_rec_fail(r, "duplicate key \"%s\"", run->keys[i]);
	return 1;
}

struct ko_rec *ko_in_next(struct ko_run *run, struct ko_in *in)
{
	struct ko_rec *r = &in->rec;
	const char *line;
	size_t len;
	int newfile, mode = run->opt->mode;
	for (;;) {
		if (run->stop || ko_writer_error(run->out)) {
			run->stop = 1;
			return NULL;
		}
		int replay = 0, whole = 0;
		if (in->held) {
			line = in->held_line, len = in->held_len, newfile = in->held_newfile;
			in->held = 0;
		} else if (!read_line(run, in->rd, &line, &len, &newfile)) {
			if (!in->pending)
				return NULL;
			/* the first line was the file's only one */
			whole = in->pending_whole;
			replay = !whole;
		} else if (in->pending) {
			whole = newfile ? in->pending_whole
			                : document_goes_on(in->pending_kind, line, len);
			/* (a line of the document is not read again; the next
			 * file's first line is) */
			if (!whole || newfile)
				in->held = 1, in->held_line = line, in->held_len = len,
				in->held_newfile = newfile;
			replay = !whole;
		}
		if (whole) {
			ko_warn("%s: %s, not JSON Lines: convert it with 'ko-import json %s'",
			        in->first_file, in->pending,
			        strcmp(in->first_file, "stdin") ? in->first_file : "FILE");
			ko_fail();
			in->pending = NULL, in->refused = 1;
			continue;
		}
		if (replay) {
			in->pending = NULL;
			line = in->first.p, len = in->first.n, newfile = 1;
			in->replay = 1;
		}
		if (newfile)
			in->refused = 0, in->fresh = 1;
		if (in->refused)
			continue;
		r->line = line, r->len = len;
		r->seeded = 0;
		r->file = replay ? in->first_file : ko_reader_name(in->rd);
		r->lineno = replay ? in->first_lineno : ko_reader_lineno(in->rd);
		r->parsed = 0;
		r->json.ntok = 0;
		const char *doc;
		if (newfile && len >= 2 &&
		    (((unsigned char)line[0] == 0xFF && (unsigned char)line[1] == 0xFE) ||
		     ((unsigned char)line[0] == 0xFE && (unsigned char)line[1] == 0xFF))) {
			/* A UTF-16 byte order mark: no line of it is text as it is. */
			ko_warn("%s: UTF-16, not UTF-8: convert it with 'iconv -f UTF-16 -t UTF-8',"
			        " or ko-import --encoding utf-16 for a dataset layout", r->file);
			ko_fail();
			in->refused = 1;
			continue;
		}
		/* Compressed data, an archive or a program (by its first
		 * bytes): no line of it is text, and pieces of it that happen
		 * to be valid UTF-8 must not pass on as records under
		 * --on-error skip; refused whole, as UTF-16 is. */
		const char *how, *bin;
		if (newfile && ko_guess_binary(line, len, &how)) {
			if (run->hinted == r->file) /* (said of an earlier file) */
				run->hinted = NULL;
			ko_hint_binary(run, r->file, line, len);
			ko_fail();
			in->refused = 1;
			continue;
		}
		/* The same inside a stream (cat a.jsonl b.gz | ko-x): the rest
		 * of the input is refused, under --on-error skip too. (A shard
		 * cut inside such data, as parallel --pipe may cut it, starts
		 * with no magic to tell.) */
		if (!newfile && (bin = stream_binary(line, len, &how))) {
			ko_warn("%s:%zu: %s inside the stream (files joined with cat?): the rest of "
			        "%s is not read%s%s", r->file, r->lineno, bin, r->file,
			        how ? "; decompress it first with " : ": it is not a data file",
			        how ? how : "");
			ko_fail();
			in->refused = 1;
			continue;
		}
		/* CR LF is read as LF, so a CR left is a lone one: lines that
		 * end in CR alone (classic Mac OS) make the file one line, with
		 * no LF at its end. A CR in a line that ends in LF is a stray
		 * one (white space to the tools), worth no note. */
		if (newfile && ko_reader_unended(in->rd) && memchr(line, '\r', len))
			ko_warn("%s: lines end in a lone CR (classic Mac OS), so the file reads as one "
			        "line: convert it with tr '\\r' '\\n'", r->file);
		char kind;
		if (newfile && mode != 't' && !in->replay && (doc = document_kind(line, len, &kind))) {
			/* the next line decides (a shard of JSON Lines may begin
			 * with a record cut short or a stray line) */
			in->pending = doc;
			in->pending_kind = kind;
			in->pending_whole = kind == '[' && last_char(line, len) == ']';
			/* ([{...}, is an array's first item whatever follows: no
			 * line of JSON Lines ends in a comma) */
			if (kind == '[' && last_char(line, len) == ',') {
				ko_warn("%s: %s, not JSON Lines: convert it with 'ko-import json %s'",
				        r->file, doc, strcmp(r->file, "stdin") ? r->file : "FILE");
				ko_fail();
				in->pending = NULL, in->refused = 1;
				continue;
			}
			ko_buf_clear(&in->first);
			ko_buf_add(&in->first, line, len);
			in->first_file = r->file, in->first_lineno = r->lineno;
			continue;
		}
		in->replay = 0;
		if (run->opt->tool->skips_blank && is_blank(line, len)) {
			run->nblank++;
			continue;
		}
		if (mode == 'j') {
			if (is_blank(line, len)) {
				run->nblank++;
				continue;
			}
			r->is_json = 1;
		} else if (mode == 0 && run->opt->tool->json_only && is_blank(line, len)) {
			run->nblank++;
			continue;
		} else if (mode == 't') {
			r->is_json = 0;
		} else {
			size_t i = 0;
			while (i < len && (line[i] == ' ' || line[i] == '\t'))
				i++;
			r->is_json = i < len && line[i] == '{';
			if (in->fresh)
				file_kinds(run);
			/* (a JSON record is counted once it parses: a broken
			 * line is a bad record, not a JSON record among text) */
			if (!r->is_json && !is_blank(line, len) && !run->ftext++) {
				ko_buf_clear(&run->file_text);
				ko_buf_addf(&run->file_text, "%s:%zu", r->file, r->lineno);
			}
		}
		ko_tick(run);
		r->newfile = in->fresh;
		if (!r->is_json) {
			/* A text line holds no NUL byte (POSIX text has none,
			 * and a tool writing the line back would pass it on):
			 * one is UTF-16 or binary data, or a NUL that JSON must
			 * carry as \u0000. */
			const char *z = memchr(line, 0, len);
			if (z) {
				/* (bytes that are not UTF-8 either say so,
				 * with the hint for a binary or UTF-16 file) */
				size_t bad = ko_utf8_check(line, len);
				if (bad < len) {
					bad_utf8(r, bad);
					continue;
				}
				hint_encoding(r);
				run->ftext_bad += run->ftext != 0;
				ko_rec_fail(r, "NUL byte in a text line at byte %zu", (size_t)(z - line) + 1);
				continue;
			}
			/* The same bad record in every tool of JSON records
			 * only (ko-format, ko-qgroup, ko-summary) */
			if (run->opt->tool->json_only) {
				ko_rec_fail(r, "not a JSON record (%s reads JSON records only)",
				            ko_progname());
				continue;
			}
			in->fresh = 0;
			return r;
		}
		/* Most lines are good: one pass checks them whole. The rest
		 * take the steps below, which say what is wrong. */
		if (ko_json_parse_line(&r->json, line, len) == 0) {
			r->parsed = 1;
			if (repeated_key(r))
				continue;
			in->fresh = 0;
			run->fjson += mode == 0;
			return r;
		}
		const char *why;
		size_t bad = ko_utf8_check(line, len);
		if (bad < len && run->repair_utf8) {
			/* Escapes are ASCII, so repairing the raw bytes is safe. */
			ko_buf_clear(&in->fixed);
			run->repaired += ko_utf8_repair(&in->fixed, line, len);
			r->line = line = in->fixed.p;
			r->len = len = in->fixed.n;
			bad = len;
		}
		if (ko_json_parse(&r->json, line, len, &why) < 0) {
			r->json.ntok = 0;
			/* UTF-16LE: a NUL byte after every ASCII one, the '{' too */
			const char *brace = memchr(line, '{', len);
			if (brace && brace + 1 < line + len && !brace[1])
				hint_encoding(r);
			/* In a run that decides per line, a text line may start
			 * with '{' ({공지} 휴무): one that cannot begin an
			 * object ({" or {}) is said to be text. */
			size_t k = 0;
			while (k < len && line[k] != '{')
				k++;
			for (k++; k < len && (line[k] == ' ' || line[k] == '\t'); k++)
				;
			if (mode == 0 && k < len && line[k] != '"' && line[k] != '}')
				ko_rec_fail(r, "a text line that starts with '{', not JSON "
				               "(use --text for plain text)");
			else
				ko_rec_fail(r, "%s", why);
			continue;
		}
		/* JSON allows only ASCII outside strings, so checking the line
		 * checks every field, the ones the tool never reads included. */
		if (bad < len) {
			bad_utf8(r, bad);
			continue;
		}
		long at = ko_json_check_escapes(line, len);
		if (at >= 0) {
			ko_rec_fail(r, "lone surrogate escape at byte %ld", at + 1);
			continue;
		}
		r->parsed = 1;
		if (repeated_key(r))
			continue;
		in->fresh = 0;
		run->fjson += mode == 0;
		return r;
	}
}

struct ko_rec *ko_next(struct ko_run *run)
{
	return ko_in_next(run, run->in);
}

/* ---- fields ---- */

/* The index of field among the -f fields (or the layouts'), or -1. */
static int text_field(const struct ko_opts *o, const char *field)
{
	for (int i = 0; i < o->nfields; i++)
		if (!strcmp(o->fields[i], field))
			return i;
	return -1;
}

/* Several -f fields: a record is without text only when it has none of
 * them (a task record under -f text -f output has its output worked
 * on), so that is settled once the record is done (settle_missing). */
static int several_fields(const struct ko_run *run)
{
	return run->opt->fields_given && run->opt->nfields > 1;
}

/* A record without the text a tool reads: counted once, for the report. */
static void note_missing(struct ko_run *run, const char *field)
{
	if (field && several_fields(run)) {
		run->lack_at = run->nin;
		return;
	}
	if (run->missing_seen == run->nin)
		return;
	run->missing_seen = run->nin;
	run->nmissing++;
	if (!run->missing_seen_any) {
		run->missing_seen_any = 1;
		run->missing_field = field;
	}
}

/* The record has the text field fi (a string, or a judged array). */
static void had_field(struct ko_run *run, int fi)
{
	run->had_at = run->nin;
	if (run->field_at[fi] != run->nin) {
		run->field_at[fi] = run->nin;
		run->field_had[fi]++;
	}
}

/* Several -f fields: the record just done lacked its text if it lacked
 * one of them and had none; counted as one record lacking the field. */
static void settle_missing(struct ko_run *run)
{
	if (!run->lack_at || run->lack_at != run->nin)
		return;
	const char *type = run->lack_type;
	run->lack_at = 0;
	run->lack_type = NULL;
	if (run->had_at == run->nin || run->missing_seen == run->nin)
		return;
	run->missing_seen = run->nin;
	run->nmissing++;
	if (!run->missing_seen_any) {
		run->missing_seen_any = 1;
		run->missing_field = NULL; /* "any of the fields ..." */
	}
	if (type && !run->nwrong_type++)
		run->wrong_type = type;
}

/* What a record without text lacked, for the notes: the -f field, or,
 * when a tool read the layouts by default (missing_field NULL), their
 * fields. */
static void missing_what(const struct ko_run *run, struct ko_buf *b, const char *article)
{
	const struct ko_opts *o = run->opt;
	if (run->missing_field) {
		ko_buf_addf(b, "%sstring field \"%s\"", article, run->missing_field);
		return;
	}
	ko_buf_adds(b, "text in any of the fields");
	for (int i = 0; i < o->nfields; i++)
		ko_buf_addf(b, "%s%s", i ? ", " : " ", o->fields[i]);
}

int ko_rec_strings(struct ko_rec *r, int t, struct ko_buf *b, int *any)
{
	const struct ko_json *j = &r->json;
	for (int i = t; ko_json_next_str(j, t, &i);) {
		if (*any)
			ko_buf_addc(b, '\n');
		*any = 1;
		const char *why;
		if (r->parsed ? ko_json_str_checked(j, i, b) < 0 : ko_json_str(j, i, b, &why) < 0)
			return -1;
	}
	return 0;
}

/* ko_rec_text, and with esc the map of ko_rec_text_esc. */
static int rec_text(struct ko_rec *r, const char *field, int slot, const char **p, size_t *n,
                    const uint32_t **esc, size_t *nesc)
{
	struct ko_run *run = r->run;
	struct ko_buf *b = &run->text[slot & 3];
	ko_buf_clear(b);
	const char *why;
	if (!r->is_json) {
		size_t ok = ko_utf8_check(r->line, r->len);
		if (ok == r->len) {
			*p = r->line, *n = r->len;
			return 0;
		}
		if (!run->repair_utf8)
			return bad_utf8(r, ok);
		run->repaired += ko_utf8_repair(b, r->line, r->len);
		*p = b->p, *n = b->n;
		return 0;
	}
	/* The tool would read and rewrite the first, a JSON reader downstream
	 * see the last, untouched one. */
	int dup;
	int t = ko_json_obj_get_dup(&r->json, 0, field, &dup);
	if (dup)
		return ko_rec_fail(r, "duplicate key \"%s\"", field);
	if (t >= 0 && run->opt->tool->judges_text && r->json.tok[t].type == KO_JSON_ARRAY) {
		/* the turns of a conversation (history: [[user, assistant],
		 * ...]), one a line; no turns (an empty history) is empty
		 * text, not a missing field */
		int any = 0;
		if (ko_rec_strings(r, t, b, &any) < 0)
			return ko_rec_fail(r, "field \"%s\": bad escape in JSON string", field);
		int fi = text_field(run->opt, field);
		if (fi >= 0)
			had_field(run, fi);
		*p = b->p ? b->p : "";
		*n = b->n;
		return 0;
	}
	int fi = text_field(run->opt, field);
	if (t < 0 || r->json.tok[t].type != KO_JSON_STRING) {
		if (fi < 0)
			return 1;
		const char *type = NULL;
		if (t >= 0) {
			const struct ko_json_tok *k = &r->json.tok[t];
			char c = r->json.s[k->start];
			/* A text field that is there as an object, a number, true
			 * or false (or an array, to a tool that reads no turns)
			 * holds something the tool cannot read: passing it on
			 * as "no text" would let ko-pii and ko-filter-ethics wave
			 * through what they were asked to judge, so it is a bad
			 * record. null is a field without a value, as absent. */
			if (c != 'n')
				return ko_rec_fail(r, "field \"%s\" is %s, not a string", field,
				                   k->type == KO_JSON_OBJECT  ? "an object"
				                   : k->type == KO_JSON_ARRAY ? "an array"
				                   : c == 't' || c == 'f'     ? "true or false"
				                                              : "a number");
			type = "null";
		}
		size_t before = run->nmissing;
		note_missing(run, field);
		if (several_fields(run)) {
			if (type && !run->lack_type)
				run->lack_type = type;
			if (run->field_lack_in[fi] != run->nin) {
				run->field_lack_in[fi] = run->nin;
				run->field_lack[fi]++;
			}
		} else if (type && run->nmissing > before && !run->nwrong_type++) {
			run->wrong_type = type;
		}
		return 1;
	}
	if (fi >= 0)
		had_field(run, fi);
	/* A record the loop read was checked whole: a string without escapes
	 * is its own text, read in place; the others have their escapes
	 * decoded. */
	const struct ko_json_tok *k = &r->json.tok[t];
	const char *body = r->json.s + k->start;
	size_t blen = (size_t)(k->end - k->start);
	if (r->parsed && ko_json_next_escape(&r->json, t, (size_t)k->start) >= (size_t)k->end) {
		*p = body;
		*n = blen;
		return 0;
	}
	int made = 0;
	if (r->parsed && esc)
		made = ko_json_str_checked_esc(&r->json, t, b, &run->esc);
	else if (r->parsed)
		made = ko_json_str_checked(&r->json, t, b);
	else if (ko_json_str(&r->json, t, b, &why) < 0)
		made = -1;
	if (made < 0)
		return ko_rec_fail(r, "field \"%s\": %s", field,
		                   r->parsed ? "bad escape in JSON string" : why);
	if (made > 0) {
		*esc = (const uint32_t *)(const void *)run->esc.p;
		*nesc = run->esc.n / (2 * sizeof(uint32_t));
	}
	*p = b->p ? b->p : "";
	*n = b->n;
	return 0;
}

int ko_rec_text(struct ko_rec *r, const char *field, int slot, const char **p, size_t *n)
{
	return rec_text(r, field, slot, p, n, NULL, NULL);
}

int ko_rec_text_esc(struct ko_rec *r, const char *field, int slot, const char **p, size_t *n,
                    const uint32_t **esc, size_t *nesc)
{
	*esc = NULL;
	*nesc = 0;
	return rec_text(r, field, slot, p, n, esc, nesc);
}

void ko_rec_text_release(struct ko_rec *r, int slot)
{
	ko_buf_release_large(&r->run->text[slot & 3]);
}

int ko_rec_judged(const struct ko_rec *r, int i, const char **name)
{
	const struct ko_opts *o = r->run->opt;
	size_t n;
	if (!o->fields_given && !r->is_json && i > 0)
		return -1;
	int from = i;
	if (!o->fields_given && r->is_json && r->parsed && i < o->nfields) {
		/* the layouts' fields asked in one walk of the members, not
		 * one walk for each (a tenth of the time on short comments) */
		int k = ko_json_obj_first(&r->json, 0, o->fields + i, o->nfields - i);
		if (k >= 0) {
			i += k;
			*name = o->fields[i];
			return i;
		}
		i = o->nfields;
	}
	for (; i < o->nfields; i++)
		if (o->fields_given || !r->is_json || ko_rec_raw(r, o->fields[i], &n)) {
			*name = o->fields[i];
			return i;
		}
	/* none of the layouts' fields: the note names them all */
	if (from == 0 && r->is_json && o->nfields)
		note_missing(r->run, NULL);
	return -1;
}

/* ko_rec_raw of a key of kn bytes. */
static const char *raw_n(const struct ko_rec *r, const char *name, size_t kn, size_t *n)
{
	if (!r->is_json || !r->parsed)
		return NULL;
	int t = ko_json_obj_getn(&r->json, 0, name, kn);
	if (t < 0)
		return NULL;
	const struct ko_json_tok *k = &r->json.tok[t];
	int lo = k->type == KO_JSON_STRING ? k->start - 1 : k->start;
	int hi = k->type == KO_JSON_STRING ? k->end + 1 : k->end;
	*n = (size_t)(hi - lo);
	return r->json.s + lo;
}

const char *ko_rec_raw(const struct ko_rec *r, const char *name, size_t *n)
{
	return raw_n(r, name, strlen(name), n);
}

const char *ko_rec_id_raw(const struct ko_rec *r, size_t *n)
{
	/* An id names a document: a string of at least one character, a
	 * number, or a composite key (an object or array). null (what an
	 * export writes for a missing id), "", true and false name none, and
	 * would make all such records one document to every seeded choice:
	 * the record is taken as having no id. */
	const char *id = raw_n(r, "id", 2, n);
	if (id && (id[0] == '"' ? *n <= 2 : id[0] == 'n' || id[0] == 't' || id[0] == 'f'))
		return NULL;
	return id;
}

long ko_rec_answer_start(const struct ko_rec *r)
{
	size_t n;
	const char *s = ko_rec_raw(r, "answer_start", &n);
	int a = ko_json_get(&r->json, "answer"), ctx = ko_json_get(&r->json, "context");
	if (!s || !n || n > 15 || a < 0 || ctx < 0 || r->json.tok[a].type != KO_JSON_STRING ||
	    r->json.tok[ctx].type != KO_JSON_STRING)
		return -1;
	long v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int field_at(const struct ko_field *f, int nf, const char *key)
{
	for (int i = 0; i < nf; i++)
		if (!strcmp(f[i].key, key))
			return i;
	return -1;
}

int ko_rec_follow_answer(struct ko_rec *r, struct ko_field *f, int *nf, unsigned *text, long start,
                         size_t near, ko_json_str_fn fn, void *ctx, struct ko_buf buf[3])
{
	const char *c, *a, *np;
	size_t cn, an, nn;
	int k = field_at(f, *nf, "context");
	if (k >= 0) {
		c = f[k].raw, cn = f[k].rawn;
	} else {
		if (ko_rec_text(r, "context", 1, &c, &cn))
			return 0;
		near = ko_utf8_offset(c, cn, (size_t)start);
	}
	if ((k = field_at(f, *nf, "answer")) >= 0) {
		a = f[k].raw, an = f[k].rawn;
	} else {
		if (ko_rec_text(r, "answer", 2, &a, &an))
			return 0;
		if (fn(ctx, a, an, &np, &nn)) {
			ko_buf_clear(&buf[0]);
			ko_buf_add(&buf[0], np, nn);
			a = buf[0].p ? buf[0].p : "", an = buf[0].n;
			f[*nf] = (struct ko_field){"answer", a, an};
			*text |= 1u << (*nf)++;
		}
	}
	int t = ko_json_get(&r->json, "answers");
	if (field_at(f, *nf, "answers") < 0 && t >= 0 && r->json.tok[t].type == KO_JSON_ARRAY) {
		ko_buf_clear(&buf[1]);
		if (ko_json_rewrite_strs(&r->json, t, &buf[2], &buf[1], fn, ctx) > 0)
			f[(*nf)++] = (struct ko_field){"answers", buf[1].p, buf[1].n};
	}
	if (!an)
		return 0;
	long at = ko_utf8_find_nearest(c, cn, a, an, near);
	if (at < 0) {
		ko_rec_reject(r, "answer not in context");
		return KO_REJECT;
	}
	if (at != start) {
		ko_buf_clear(&buf[2]);
		ko_buf_addf(&buf[2], "%ld", at);
		f[(*nf)++] = (struct ko_field){"answer_start", buf[2].p, buf[2].n};
	}
	return 0;
}

int ko_rec_id_with(const struct ko_rec *r, struct ko_buf *out, const char *suffix)
{
	size_t n;
	const char *id = ko_rec_id_raw(r, &n);
	if (!id)
		return 0;
	if (id[0] == '"') {
		/* Still escaped JSON, and checked: the suffix, escaped, goes in
		 * before the closing quote; one that needs no escape (#3, the
		 * usual) as it is, in one reservation. */
		size_t sl = 0;
		while (suffix[sl] && (unsigned char)suffix[sl] >= 0x20 && suffix[sl] != '"' &&
		       suffix[sl] != '\\')
			sl++;
		if (!suffix[sl]) {
			ko_buf_reserve(out, n + sl);
			char *d = out->p + out->n;
			memcpy(d, id, n - 1);
			memcpy(d + n - 1, suffix, sl);
			d[n - 1 + sl] = '"';
			out->n += n + sl;
			out->p[out->n] = 0;
			return 1;
		}
		ko_buf_add(out, id, n - 1);
		size_t at = out->n;
		ko_json_quotes(out, suffix);
		memmove(out->p + at, out->p + at + 1, out->n - at - 1);
		out->n--;
		out->p[out->n] = 0;
		return 1;
	}
	struct ko_buf t = {0};
	ko_buf_add(&t, id, n);
	ko_buf_adds(&t, suffix);
	ko_json_quote(out, t.p, t.n);
	ko_buf_free(&t);
	return 1;
}

uint64_t ko_rec_seed(struct ko_rec *r)
{
	if (r->seeded)
		return r->seed;
	size_t n;
	const char *id = ko_rec_id_raw(r, &n);
	uint64_t seed = r->run ? r->run->opt->seed : 1;
	if (id)
		r->seed = ko_mix64(seed, ko_hash64(id, n, 0x6964));
	else
		r->seed = ko_mix64(seed, ko_hash64(r->line, r->len, 0x6c6e));
	r->seeded = 1;
	return r->seed;
}

/* ---- writing ---- */

void ko_emit(struct ko_run *run, const void *p, size_t n)
{
	ko_write_line(run->out, p, n);
	run->nout++;
}

static void out_add(void *ctx, const char *p, size_t n)
{
	ko_write(ctx, p, n);
}

static char *out_room(void *ctx, size_t n)
{
	return ko_write_room(ctx, n);
}

void ko_emit_rewrite(struct ko_rec *r, const struct ko_field *f, int nf, unsigned text)
{
	ko_emit_rewrite_put(r, f, nf, text, NULL);
}

void ko_emit_rewrite_put(struct ko_rec *r, const struct ko_field *f, int nf, unsigned text,
                         const struct ko_put *put)
{
	struct ko_run *run = r->run;
	if (ko_writer_appends(run->out)) { /* whole lines per write(2) */
		struct ko_sink b = KO_BUF_SINK(&run->tmp);
		ko_buf_clear(&run->tmp);
		ko_json_rewrite_put(&b, &r->json, f, nf, text, put);
		ko_emit(run, run->tmp.p, run->tmp.n);
		return;
	}
	/* Straight into the writer: a long field is not copied again. */
	struct ko_sink k = {out_add, run->out, out_room};
	ko_json_rewrite_put(&k, &r->json, f, nf, text, put);
	ko_write(run->out, "\n", 1);
	run->nout++;
}

void ko_pass(struct ko_rec *r)
{
	if (!r->is_json) {
		size_t ok = ko_utf8_check(r->line, r->len);
		if (ok < r->len) {
			bad_utf8(r, ok);
			return;
		}
	}
	struct ko_run *run = r->run;
	if (run->in && ko_reader_holds(run->in->rd, r->line, r->len)) {
		ko_write_line_ref(run->out, r->line, r->len);
		run->nout++;
		return;
	}
	ko_emit(run, r->line, r->len);
}

/* ---- the end ---- */

static void report(struct ko_run *run)
{
	const struct ko_opts *o = run->opt;
	if (run->ndropped) {
		struct ko_buf b = {0};
		ko_buf_addf(&b, "%zu record%s rejected", run->ndropped, run->ndropped == 1 ? "" : "s");
		int k = 0;
		for (int i = 0; i < run->nreasons; i++)
			if (!run->reasons[i].bad)
				ko_buf_addf(&b, "%s %zu %s", k++ ? "," : ":", run->reasons[i].n,
				            run->reasons[i].reason);
		ko_warn("%s", b.p);
		ko_buf_free(&b);
	}
	/* (each was named as it was skipped, or is in the rejects file) */
	if (run->rejects_failed)
		ko_warn("only %llu of %zu rejected records written into %s before the write error",
		        (unsigned long long)run->rejects_lines, run->nbad + run->ndropped, o->rejects);
	else if (run->nbad)
		ko_warn("%zu bad record%s skipped%s%s", run->nbad, run->nbad == 1 ? "" : "s",
		        o->rejects ? " into " : "", o->rejects ? o->rejects : "");
	if (run->nmissing && run->nmissing < run->nin) {
		struct ko_buf b = {0};
		missing_what(run, &b, "");
		ko_warn("%zu of %zu record%s had no %s", run->nmissing, run->nin,
		        run->nin == 1 ? "" : "s", b.p);
		ko_buf_free(&b);
	}
	/* each of several fields that records lacked; one that no record had
	 * (-f instruction on records of text) fails no run when the others
	 * were worked on: a note too */
	for (int i = 0; several_fields(run) && run->nmissing < run->nin && i < o->nfields; i++)
		if (run->field_lack[i] && !run->field_had[i])
			ko_warn("no record had a string field \"%s\" (%zu read): the other -f fields "
			        "were read", o->fields[i], run->nin);
		else if (run->field_lack[i])
			ko_warn("%zu of %zu record%s had no string field \"%s\"", run->field_lack[i],
			        run->nin, run->nin == 1 ? "" : "s", o->fields[i]);
	if (run->nblank && o->tool->skips_blank)
		ko_warn("%zu blank line%s left out: no record", run->nblank, run->nblank == 1 ? "" : "s");
	file_kinds(run);
	/* a tool of JSON records only (ko-format) has failed such lines */
	if (run->mixed_files)
		ko_warn("%zu text line%s among the %zu JSON records of %zu file%s (the first at %s), "
		        "%s", run->mixed_text, run->mixed_text == 1 ? "" : "s", run->mixed_json,
		        run->mixed_files, run->mixed_files == 1 ? "" : "s", run->first_text.p,
		        o->tool->json_only ? "each a bad record: this tool takes JSON records only"
		        : run->mixed_text_bad == run->mixed_text
		            ? (run->mixed_text == 1 ? "a bad record for its bytes (not UTF-8 text)"
		                                    : "each a bad record for its bytes (not UTF-8 text)")
		        : run->mixed_text_bad ? "read as text but for those that were bad records for their "
		                                "bytes; --jsonl makes such a line an error, --text reads "
		                                "every line as text"
		                              : "read as text; --jsonl makes such a line an error, "
		                                "--text reads every line as text");
	if (run->repaired)
		ko_warn("%zu invalid UTF-8 sequence%s replaced with U+FFFD", run->repaired,
		        run->repaired == 1 ? "" : "s");
	size_t boms = run->in ? ko_reader_boms(run->in->rd) : 0;
	if (boms)
		ko_warn("%zu byte order mark%s dropped at the start of a line inside a file "
		        "(files joined with cat?)", boms, boms == 1 ? "" : "s");
}

static void quote_arg(struct ko_buf *b, const char *s)
{
	struct ko_buf t = {0};
	ko_utf8_repair(&t, s, strlen(s));
	ko_json_quote(b, t.p ? t.p : "", t.n);
	ko_buf_free(&t);
}

/* The count of reason i with every later entry of the same words (a
 * reason both bad and rejected), or 0 when an earlier entry has them. */
static size_t reason_total(const struct ko_run *run, int i)
{
	size_t n = run->reasons[i].n;
	for (int k = 0; k < run->nreasons; k++)
		if (k != i && !strcmp(run->reasons[k].reason, run->reasons[i].reason)) {
			if (k < i)
				return 0;
			n += run->reasons[k].n;
		}
	return n;
}

/* The start of the --stats line, up to and with the seed's member and
 * its comma: what the run is. */
static void stats_head(const struct ko_run *run, struct ko_buf *bp)
{
	const struct ko_opts *o = run->opt;
	struct ko_buf b = *bp;
	ko_buf_adds(&b, "{\"tool\":");
	ko_json_quotes(&b, ko_progname());
	ko_buf_adds(&b, ",\"version\":\"" KO_VERSION "\",\"args\":[");
	for (int i = 1; i < o->argc; i++) {
		if (i > 1)
			ko_buf_addc(&b, ',');
		quote_arg(&b, o->argv[i]);
	}
	/* Which args are the files read (their indices in args): they name
	 * one shard (xaa, xab), not what the stage does, and ko-stats --runs
	 * adds the shards of a stage up without them. */
	ko_buf_adds(&b, "],\"file_args\":[");
	for (int i = 0; run->in && i < run->in->nargs; i++)
		ko_buf_addf(&b, "%s%d", i ? "," : "", run->in->arg0 + i - 1);
	ko_buf_addf(&b, "],\"seed\":%llu,", (unsigned long long)o->seed);
	*bp = b;
}

/* (put_u64 and put_str format in a signal handler, where printf may
 * not be called) */
static char *put_u64(char *p, unsigned long long v)
{
	char d[24];
	int n = 0;
	do
		d[n++] = (char)('0' + v % 10);
	while (v /= 10);
	while (n)
		*p++ = d[--n];
	return p;
}

static char *put_str(char *p, const char *s)
{
	while (*s)
		*p++ = *s++;
	return p;
}

/* The --stats line of a run ended by an interrupt (a Slurm time limit,
 * scancel, a killed parallel job), written by the signal handler with
 * open, write and close alone: the counts so far, no reasons, status
 * 128 + the signal, so that ko-stats --runs counts the run as failed
 * instead of reading the other shards' totals as the whole. */
static void stats_on_signal(int sig, void *arg)
{
	const struct ko_run *run = arg;
	char tail[400], *p = tail;
	p = put_str(p, "\"records_in\":");
	p = put_u64(p, run->nin);
	/* (under -o nothing was written: the file is made whole at the end
	 * or not at all; to stdout, the lines still in the buffer are lost,
	 * so records_out and rejected are of records made, an upper bound) */
	p = put_str(p, ",\"records_out\":");
	p = put_u64(p, run->opt->output ? 0 : run->nout);
	p = put_str(p, ",\"rejected\":");
	p = put_u64(p, run->ndropped + run->nbad);
	p = put_str(p, ",\"reasons\":{},\"missing_field\":");
	p = put_u64(p, run->nmissing);
	p = put_str(p, ",\"bytes_in\":");
	p = put_u64(p, run->in ? ko_reader_bytes(run->in->rd) : 0);
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	double t = (double)ts.tv_sec + ts.tv_nsec / 1e9 - run->t0;
	unsigned long long ms = t > 0 ? (unsigned long long)(t * 1000) : 0;
	p = put_str(p, ",\"seconds\":");
	p = put_u64(p, ms / 1000);
	*p++ = '.';
	*p++ = (char)('0' + ms / 100 % 10);
	*p++ = (char)('0' + ms / 10 % 10);
	*p++ = (char)('0' + ms % 10);
	p = put_str(p, ",\"status\":");
	p = put_u64(p, 128 + (unsigned)sig);
	p = put_str(p, ",\"pid\":");
	p = put_u64(p, (unsigned long long)getpid());
	p = put_str(p, sig == SIGINT ? ",\"killed\":\"SIGINT\"}\n"
	               : sig == SIGHUP ? ",\"killed\":\"SIGHUP\"}\n"
	                               : ",\"killed\":\"SIGTERM\"}\n");
	/* read and write, to look at the last byte (a file that may only be
	 * written is appended to all the same, unrepaired) */
	int fd = open(run->kill_path, O_RDWR | O_APPEND | O_CREAT, 0666);
	if (fd < 0)
		fd = open(run->kill_path, O_WRONLY | O_APPEND | O_CREAT, 0666);
	if (fd < 0)
		return;
	/* As every appending writer does (io.c): under the lock, and after
	 * a newline where the file's last line lacks one (cut by a
	 * SIGKILL), so that this line is not glued to it; one write of the
	 * whole line where it fits, so appends of shards do not interleave. */
	(void)flock(fd, LOCK_EX);
	char line[4096];
	size_t n = 0, tn = (size_t)(p - tail);
	struct stat st;
	char last = '\n';
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n')
		line[n++] = '\n';
	if (n + run->kill_headn + tn <= sizeof line) {
		memcpy(line + n, run->kill_head, run->kill_headn);
		memcpy(line + n + run->kill_headn, tail, tn);
		ssize_t w = write(fd, line, n + run->kill_headn + tn);
		(void)w;
	} else {
		ssize_t w = n ? write(fd, line, n) : 0;
		w = write(fd, run->kill_head, run->kill_headn);
		w = write(fd, tail, tn);
		(void)w;
	}
	(void)flock(fd, LOCK_UN);
	close(fd);
}

static void stats_when_killed(struct ko_run *run)
{
	const struct ko_opts *o = run->opt;
	if (!o->stats || !strcmp(o->stats, "-"))
		return;
	struct ko_buf b = {0};
	stats_head(run, &b);
	run->kill_head = b.p;
	run->kill_headn = b.n;
	run->kill_path = ko_xstrdup(o->stats);
	ko_on_interrupt(stats_on_signal, run);
}

/* One JSON line of counts that add up over shards (ko-stats sums them),
 * to w, opened before standard output was closed (so that --stats
 * /dev/stdout still finds it), or NULL after failing for why. */
static void write_stats(struct ko_run *run, int status, struct ko_writer *w, const char *why)
{
	const struct ko_opts *o = run->opt;
	struct ko_buf b = {0};
	stats_head(run, &b);
	ko_buf_addf(&b, "\"records_in\":%zu,\"records_out\":%zu,\"rejected\":%zu,\"reasons\":{",
	            run->nin, run->nout, run->ndropped + run->nbad);
	/* the reasons of bad records and of rejected ones, by the words
	 * the rejects file gives (a reason of both kinds once, added up) */
	int k = 0;
	for (int i = 0; i < run->nreasons; i++) {
		size_t n = reason_total(run, i);
		if (!n)
			continue;
		if (k++)
			ko_buf_addc(&b, ',');
		quote_repaired(&b, run->reasons[i].reason);
		ko_buf_addf(&b, ":%zu", n);
	}
	/* pid: a shell starts the stages of a pipeline from left to right,
	 * so their process ids tell ko-stats --runs the pipeline's order */
	ko_buf_addf(&b, "},\"missing_field\":%zu,\"bytes_in\":%llu,\"seconds\":%.3f,"
	            "\"status\":%d,\"pid\":%ld", run->nmissing,
	            (unsigned long long)ko_reader_bytes(run->in->rd), now() - run->t0, status,
	            (long)getpid());
	/* lines that are no record here and a text record elsewhere: said,
	 * so that a chain's counts add up */
	if (run->nblank)
		ko_buf_addf(&b, ",\"blank_lines\":%zu", run->nblank);
	/* what --replace-invalid changed: the one count of damaged input,
	 * added up over shards like the others */
	if (run->repaired)
		ko_buf_addf(&b, ",\"replaced_invalid\":%zu", run->repaired);
	if (run->stats_extra.n) {
		ko_buf_addc(&b, ',');
		ko_buf_add(&b, run->stats_extra.p, run->stats_extra.n);
	}
	ko_buf_addc(&b, '}');
	if (!w) {
		ko_warn("%s: %s", o->stats, why);
		ko_fail();
	} else {
		ko_write_line(w, b.p, b.n);
		if (ko_writer_close(w, 1) < 0) {
			ko_warn("%s: %s", o->stats, strerror(errno));
			ko_fail();
		}
	}
	ko_buf_free(&b);
}

/* Hadoop Streaming's counters, reporter:counter:GROUP,COUNTER,AMOUNT on
 * stderr, when KOPIPE_COUNTERS is set (not to 0): the group is the tool,
 * so the engine adds the tasks of one tool up as ko-stats --runs would.
 * A comma ends a field there, so a reason's commas become semicolons. */
static void counters(const struct ko_run *run)
{
	const char *e = getenv("KOPIPE_COUNTERS");
	if (!e || !*e || !strcmp(e, "0"))
		return;
	const char *name[] = {"records_in", "records_out", "rejected", "missing_field", "bytes_in"};
	unsigned long long n[] = {run->nin, run->nout, run->ndropped + run->nbad, run->nmissing,
	                          (unsigned long long)ko_reader_bytes(run->in->rd)};
	struct ko_buf b = {0};
	for (int i = 0; i < 5 + run->nreasons; i++) {
		ko_buf_clear(&b);
		ko_buf_addf(&b, "reporter:counter:%s,", ko_progname());
		if (i < 5) {
			ko_buf_addf(&b, "%s,%llu", name[i], n[i]);
		} else {
			size_t total = reason_total(run, i - 5);
			if (!total)
				continue;
			size_t at = b.n;
			ko_buf_adds(&b, "rejected: ");
			const char *reason = run->reasons[i - 5].reason;
			for (const char *p = reason; *p; p++)
				ko_buf_addc(&b, *p == ',' || *p == '\n' ? ';' : *p);
			/* Hadoop cuts counter names past 64 bytes (its default
			 * mapreduce.job.counters.counter.name.max): a long one is
			 * cut here, at a character, and ends in a hash of the
			 * whole reason, so that two never become one */
			if (b.n - at > 64) {
				size_t cut = at + 56;
				while (((unsigned char)b.p[cut] & 0xC0) == 0x80)
					cut--;
				b.n = cut;
				ko_buf_addf(&b, " #%06llx", (unsigned long long)(ko_hash64(reason, strlen(reason), 0) & 0xFFFFFF));
			}
			ko_buf_addf(&b, ",%zu", total);
		}
		ko_msg_raw(b.p);
	}
	ko_buf_free(&b);
}

int ko_close(struct ko_run *run)
{
	const struct ko_opts *o = run->opt;
	if (o->progress)
		progress(run, 1);
	int write_err = ko_writer_error(run->out);
	if (write_err) {
		ko_warn("%s: write error: %s", o->output ? o->output : "stdout", strerror(write_err));
		ko_fail();
	}
	settle_missing(run);
	/* -f naming a field no record has (a typo, or the wrong kind of
	 * records) did nothing to any record: a data error, not a note.
	 * Records that hold the field with another value ("text":null, a
	 * page whose extraction failed) show that -f is right: a note, so
	 * that a shard of such pages does not fail where the whole file
	 * passes. */
	if (run->nmissing && run->nmissing == run->nin && !run->stop) {
		struct ko_buf b = {0};
		missing_what(run, &b, "a ");
		if (run->nwrong_type == 1)
			ko_warn("no record had %s (%zu read): it holds %s, not a string", b.p, run->nin,
			        run->wrong_type);
		else if (run->nwrong_type)
			ko_warn("no record had %s (%zu read): %zu hold it with another value (the first: "
			        "%s), not a string", b.p, run->nin, run->nwrong_type, run->wrong_type);
		else
			ko_warn("no record had %s (%zu read): check -f", b.p, run->nin);
		ko_buf_free(&b);
		if (!run->nwrong_type)
			ko_fail();
	}
	/* The rejects are written out first: a run whose rejects could not
	 * be written (a full disk) has failed, and must not put its output
	 * in place either. */
	int rej_err = run->rejects ? ko_writer_flush(run->rejects) : 0;
	if (rej_err) {
		ko_warn("%s: %s", o->rejects, strerror(rej_err));
		ko_fail();
	}
	if (run->rejects) {
		run->rejects_failed = rej_err != 0;
		run->rejects_lines = ko_writer_lines(run->rejects);
	}
	/* A failed run (a bad record, an input that could not be read)
	 * leaves no output file behind. (The output writes what it holds
	 * of the input's lines first: the reader no longer tells it.) */
	ko_reader_on_move(run->in->rd, NULL, NULL);
	if (ko_writer_close(run->out, !run->stop && !ko_status()) < 0 && !write_err) {
		ko_warn("%s: %s", o->output ? o->output : "stdout: write error", strerror(errno));
		ko_fail();
		write_err = 1;
	}
	if (run->rejects && ko_writer_close(run->rejects, 1) < 0 && !rej_err) {
		ko_warn("%s: %s", o->rejects, strerror(errno));
		ko_fail();
	}
	/* after a write error the output is lost: counts of what was left
	 * out of it would read as if the rest were there */
	if (!write_err)
		report(run);
	counters(run);
	/* (the run is whole from here: its own line is written below) */
	if (run->kill_path) {
		ko_on_interrupt(NULL, NULL);
		free(run->kill_head);
		free(run->kill_path);
		run->kill_head = run->kill_path = NULL;
	}
	const char *swhy = NULL;
	struct ko_writer *sw = o->stats ? ko_writer_open(o->stats, KO_W_APPEND, &swhy) : NULL;
	if (o->stats && !strcmp(o->stats, "-")) {
		/* --stats - with -o FILE: the line goes to standard output,
		 * before it is closed (its status is the run's so far) */
		fflush(stdout);
		write_stats(run, ko_status(), sw, swhy);
		ko_close_stdout();
	} else {
		int status = ko_close_stdout();
		if (o->stats)
			write_stats(run, status, sw, swhy);
	}
	ko_in_close(run->in);
	for (int i = 0; i < 4; i++)
		ko_buf_free(&run->text[i]);
	ko_buf_free(&run->why);
	ko_buf_free(&run->rej);
	ko_buf_free(&run->tmp);
	ko_buf_free(&run->esc);
	ko_buf_free(&run->stats_extra);
	ko_buf_free(&run->first_text);
	ko_buf_free(&run->file_text);
	for (int i = 0; i < run->nreasons; i++)
		free(run->reasons[i].reason);
	return ko_status();
}
