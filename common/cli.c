/* cli.c - shared options, messages, exit status and the record loop. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ko.h"

struct ko_options ko_opt = {.seed = 1};
const char *ko_progname = "ko";
struct ko_writer *ko_out;

static struct ko_writer *rejects;
static int status;
static size_t nskipped, nrejected;

enum { OPT_JSONL = 0x1001, OPT_TEXT, OPT_REJECTS, OPT_ON_ERROR, OPT_PROGRESS };

static const struct option shared_long[] = {
	{"field", required_argument, NULL, 'f'},
	{"jsonl", no_argument, NULL, OPT_JSONL},
	{"text", no_argument, NULL, OPT_TEXT},
	{"seed", required_argument, NULL, 's'},
	{"output", required_argument, NULL, 'o'},
	{"gzip", no_argument, NULL, 'z'},
	{"rejects", required_argument, NULL, OPT_REJECTS},
	{"on-error", required_argument, NULL, OPT_ON_ERROR},
	{"progress", no_argument, NULL, OPT_PROGRESS},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
};
#define NSHARED (sizeof shared_long / sizeof shared_long[0])

static const char shared_help[] =
	"Shared options:\n"
	"  -f, --field NAME      text field of JSONL records (default text)\n"
	"      --jsonl, --text   force the input kind (default: a stream whose first\n"
	"                        non-blank byte is '{' is JSONL, else text lines)\n"
	"  -s, --seed N          seed of all randomness (default 1)\n"
	"  -o, --output FILE     write to FILE atomically instead of stdout\n"
	"  -z, --gzip            gzip the output (multi-member)\n"
	"      --rejects FILE    write dropped and bad records there, with reject_reason\n"
	"      --on-error MODE   bad record: fail (stop, exit 1; default) or skip\n"
	"      --progress        records, bytes and rate on stderr\n"
	"  -h, --help            show this help and exit\n"
	"  -V, --version         show the version and exit\n"
	"\n"
	"Input is FILE operands or stdin ('-'); gzip is recognised by its magic bytes.\n"
	"Exit status: 0 success, 1 data or I/O error, 2 usage error.\n";

static void vmsg(const char *pre, const char *fmt, va_list ap)
{
	char buf[4096];
	vsnprintf(buf, sizeof buf, fmt, ap);
	fprintf(stderr, "%s: %s%s\n", ko_progname, pre ? pre : "", buf);
}

void ko_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(NULL, fmt, ap);
	va_end(ap);
}

void ko_rec_warn(const struct ko_rec *r, const char *fmt, ...)
{
	char pre[1024];
	snprintf(pre, sizeof pre, "%s:%zu: ", r->file, r->lineno);
	va_list ap;
	va_start(ap, fmt);
	vmsg(pre, fmt, ap);
	va_end(ap);
}

_Noreturn void ko_die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(NULL, fmt, ap);
	va_end(ap);
	exit(1);
}

void ko_set_failed(void)
{
	status = 1;
}

_Noreturn void ko_usage_error(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s: %s; try '%s --help'\n", ko_progname, buf, ko_progname);
	exit(2);
}

static _Noreturn void finish_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "%s: write error: %s\n", ko_progname, strerror(errno));
		exit(1);
	}
	exit(0);
}

static uint64_t parse_u64(const char *opt, const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *end || *s == '-')
		ko_usage_error("%s: not a non-negative integer: '%s'", opt, s);
	return v;
}

int ko_cli_parse(const struct ko_tool *t, int argc, char **argv)
{
	ko_progname = t->name;
	size_t ntool = 0;
	while (t->longopts && t->longopts[ntool].name)
		ntool++;
	struct option *lo = ko_xcalloc(NSHARED + ntool + 1, sizeof *lo);
	memcpy(lo, shared_long, sizeof shared_long);
	if (ntool)
		memcpy(lo + NSHARED, t->longopts, ntool * sizeof *lo);
	struct ko_buf so = {0};
	ko_buf_adds(&so, ":f:s:o:zhV");
	if (t->shortopts)
		ko_buf_adds(&so, t->shortopts);
	opterr = 0;
	int c, li;
	while ((c = getopt_long(argc, argv, so.p, lo, &li)) != -1) {
		switch (c) {
		case 'f':
			if (ko_opt.nfields == 16)
				ko_usage_error("too many -f options");
			ko_opt.fields[ko_opt.nfields++] = optarg;
			break;
		case OPT_JSONL: ko_opt.mode = 'j'; break;
		case OPT_TEXT: ko_opt.mode = 't'; break;
		case 's': ko_opt.seed = parse_u64("--seed", optarg); break;
		case 'o': ko_opt.output = optarg; break;
		case 'z': ko_opt.gzip = 1; break;
		case OPT_REJECTS: ko_opt.rejects = optarg; break;
		case OPT_ON_ERROR:
			if (!strcmp(optarg, "fail"))
				ko_opt.skip_errors = 0;
			else if (!strcmp(optarg, "skip"))
				ko_opt.skip_errors = 1;
			else
				ko_usage_error("--on-error: expected fail or skip, not '%s'", optarg);
			break;
		case OPT_PROGRESS: ko_opt.progress = 1; break;
		case 'h':
			printf("usage: %s %s\n\n%s%s%s", t->name, t->usage, t->help ? t->help : "",
			       t->help ? "\n" : "", shared_help);
			finish_stdout();
		case 'V':
			printf("%s (kopipe) %s\n", t->name, KO_VERSION);
			finish_stdout();
		case ':':
			if (optopt)
				ko_usage_error("option -%c needs an argument", optopt);
			ko_usage_error("option '%s' needs an argument", argv[optind - 1]);
		case '?':
			if (optopt)
				ko_usage_error("invalid option -%c", optopt);
			ko_usage_error("invalid option '%s'", argv[optind - 1]);
		default:
			if (!t->option)
				ko_usage_error("invalid option '%s'", argv[optind - 1]);
			t->option(c, optarg);
		}
	}
	free(lo);
	ko_buf_free(&so);
	if (ko_opt.gzip && !ko_opt.output && isatty(1))
		ko_usage_error("refusing to write gzip to a terminal");
	return optind;
}

/* ---- the record loop ---- */

static struct ko_buf textbuf[4];
static struct ko_buf scratch;

int ko_rec_fail(struct ko_rec *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ko_buf_clear(&scratch);
	int k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	ko_buf_reserve(&scratch, (size_t)k);
	va_start(ap, fmt);
	vsnprintf(scratch.p, (size_t)k + 1, fmt, ap);
	va_end(ap);
	scratch.n = (size_t)k;
	(void)r;
	return KO_REJECT;
}

static void write_reject(const struct ko_rec *r, const char *reason)
{
	if (!rejects)
		return;
	static struct ko_buf out, q;
	ko_buf_clear(&out);
	ko_buf_clear(&q);
	ko_json_quotes(&q, reason);
	if (r->is_json && r->json.ntok > 0) {
		struct ko_field f = {"reject_reason", q.p, q.n};
		ko_json_rewrite(&out, &r->json, &f, 1);
	} else {
		struct ko_buf fixed = {0};
		ko_utf8_repair(&fixed, r->line, r->len);
		ko_buf_adds(&out, r->is_json ? "{\"raw\":" : "{\"text\":");
		ko_json_quote(&out, fixed.p ? fixed.p : "", fixed.n);
		ko_buf_adds(&out, ",\"reject_reason\":");
		ko_buf_add(&out, q.p, q.n);
		ko_buf_adds(&out, ",\"reject_file\":");
		ko_json_quotes(&out, r->file);
		ko_buf_addf(&out, ",\"reject_line\":%zu}", r->lineno);
		ko_buf_free(&fixed);
	}
	ko_write_line(rejects, out.p, out.n);
}

/* Rejects by reason, for the report at the end. */
static struct {
	char *reason;
	size_t n;
} reasons[32];
static int nreasons;

void ko_rec_reject(const struct ko_rec *r, const char *reason)
{
	nrejected++;
	write_reject(r, reason);
	for (int i = 0; i < nreasons; i++)
		if (!strcmp(reasons[i].reason, reason)) {
			reasons[i].n++;
			return;
		}
	if (nreasons < (int)(sizeof reasons / sizeof reasons[0])) {
		reasons[nreasons].reason = ko_xstrdup(reason);
		reasons[nreasons++].n = 1;
	}
}

static void report_rejects(void)
{
	if (!nrejected)
		return;
	struct ko_buf b = {0};
	ko_buf_addf(&b, "%zu record%s rejected", nrejected, nrejected == 1 ? "" : "s");
	for (int i = 0; i < nreasons; i++)
		ko_buf_addf(&b, "%s %zu %s", i ? "," : ":", reasons[i].n, reasons[i].reason);
	ko_warn("%s", b.p);
	ko_buf_free(&b);
}

/* A record failed: stop (returns 1) or skip it into rejects (returns 0). */
int ko_rec_failed(const struct ko_rec *r)
{
	const char *why = scratch.n ? scratch.p : "bad record";
	if (!ko_opt.skip_errors) {
		ko_rec_warn(r, "%s", why);
		status = 1;
		return 1;
	}
	nskipped++;
	if (rejects)
		write_reject(r, why);
	else
		ko_rec_warn(r, "%s (skipped)", why);
	return 0;
}

int ko_rec_text(struct ko_rec *r, const char *field, int slot, const char **p, size_t *n)
{
	struct ko_buf *b = &textbuf[slot & 3];
	ko_buf_clear(b);
	const char *why;
	if (!r->is_json) {
		if (ko_utf8_check(r->line, r->len) == r->len) {
			*p = r->line, *n = r->len;
			return 0;
		}
		if (!ko_opt.repair_utf8)
			return ko_rec_fail(r, "invalid UTF-8 at byte %zu",
			                   ko_utf8_check(r->line, r->len) + 1);
		ko_opt.repaired += ko_utf8_repair(b, r->line, r->len);
		*p = b->p, *n = b->n;
		return 0;
	}
	int t = ko_json_get(&r->json, field);
	/* The tool would read and rewrite the first, a JSON reader downstream
	 * see the last, untouched one. */
	if (t >= 0 && ko_json_obj_dup(&r->json, 0, field))
		return ko_rec_fail(r, "duplicate key \"%s\"", field);
	if (t < 0 || r->json.tok[t].type != KO_JSON_STRING)
		return 1;
	if (ko_json_str(&r->json, t, b, &why) < 0) {
		if (!ko_opt.repair_utf8 || strcmp(why, "invalid UTF-8"))
			return ko_rec_fail(r, "field \"%s\": %s", field, why);
		/* Escapes are ASCII, so repairing the raw bytes first is safe. */
		struct ko_buf fixed = {0};
		const struct ko_json_tok *k = &r->json.tok[t];
		ko_opt.repaired += ko_utf8_repair(&fixed, r->json.s + k->start,
		                                  (size_t)(k->end - k->start));
		ko_buf_clear(b);
		int e = ko_json_unescape(b, fixed.p, fixed.n, &why);
		ko_buf_free(&fixed);
		if (e < 0)
			return ko_rec_fail(r, "field \"%s\": %s", field, why);
	}
	*p = b->p ? b->p : "";
	*n = b->n;
	return 0;
}

const char *ko_rec_id_raw(const struct ko_rec *r, size_t *n)
{
	return ko_rec_raw(r, "id", n);
}

const char *ko_rec_raw(const struct ko_rec *r, const char *name, size_t *n)
{
	if (!r->is_json || r->json.ntok < 1)
		return NULL;
	int t = ko_json_get(&r->json, name);
	if (t < 0)
		return NULL;
	const struct ko_json_tok *k = &r->json.tok[t];
	int lo = k->type == KO_JSON_STRING ? k->start - 1 : k->start;
	int hi = k->type == KO_JSON_STRING ? k->end + 1 : k->end;
	*n = (size_t)(hi - lo);
	return r->json.s + lo;
}

uint64_t ko_rec_seed(const struct ko_rec *r)
{
	size_t n;
	const char *id = ko_rec_id_raw(r, &n);
	if (id)
		return ko_mix64(ko_opt.seed, ko_hash64(id, n, 0x6964));
	return ko_mix64(ko_opt.seed, ko_hash64(r->line, r->len, 0x6c6e));
}

void ko_emit(const void *p, size_t n)
{
	ko_write_line(ko_out, p, n);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static size_t nrec;
static double t0, tlast;

static void progress(struct ko_reader *rd, int last)
{
	double dt = now() - t0;
	double mb = (double)ko_reader_bytes(rd) / 1e6;
	fprintf(stderr, "\r%s: %zu records, %.1f MB, %.1f MB/s%s", ko_progname, nrec, mb,
	        dt > 0 ? mb / dt : 0.0, last ? "\n" : "");
}

void ko_tick(struct ko_reader *rd)
{
	nrec++;
	if (ko_opt.progress && (nrec & 1023) == 0 && now() - tlast >= 1.0) {
		tlast = now();
		progress(rd, 0);
	}
}

static int is_blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t')
			return 0;
	return 1;
}

/* Run the tool on one record; 1 means stop. */
static int one(const struct ko_tool *t, struct ko_rec *r)
{
	ko_buf_clear(&scratch);
	if (r->is_json) {
		const char *why;
		if (ko_json_parse(&r->json, r->line, r->len, &why) < 0) {
			r->json.ntok = 0;
			ko_rec_fail(r, "%s", why);
			return ko_rec_failed(r);
		}
	}
	if (t->record(r) == KO_REJECT)
		return ko_rec_failed(r);
	return ko_writer_error(ko_out) != 0;
}

int ko_run(const struct ko_tool *t, int argc, char **argv, int first)
{
	const char *why;
	ko_out = ko_writer_open(ko_opt.output, ko_opt.gzip, &why);
	if (!ko_out)
		ko_die("%s: %s", ko_opt.output, why);
	if (ko_opt.rejects && !(rejects = ko_writer_open(ko_opt.rejects, 0, &why)))
		ko_die("%s: %s", ko_opt.rejects, why);
	struct ko_reader *rd = ko_reader_open(argv + first, argc - first);
	struct ko_rec r = {0};
	const char *line;
	size_t len, blanks = 0;
	int newfile, mode = ko_opt.mode, stop = 0;
	t0 = tlast = now();
	if (t->loop)
		stop = t->loop(rd);
	while (!t->loop && !stop && ko_reader_next(rd, &line, &len, &newfile)) {
		if (newfile) {
			mode = ko_opt.mode;
			blanks = 0;
		}
		r.file = ko_reader_name(rd);
		if (!mode) {
			if (is_blank(line, len)) {
				blanks++;
				continue;
			}
			size_t i = 0;
			while (line[i] == ' ' || line[i] == '\t')
				i++;
			mode = line[i] == '{' ? 'j' : 't';
			/* Blank lines before the first text line are text records. */
			for (size_t b = 0; mode == 't' && b < blanks && !stop; b++) {
				r.line = "", r.len = 0, r.is_json = 0;
				r.lineno = ko_reader_lineno(rd) - blanks + b;
				stop = one(t, &r);
			}
			blanks = 0;
		}
		if (stop)
			break;
		r.line = line, r.len = len, r.lineno = ko_reader_lineno(rd);
		r.is_json = mode == 'j';
		if (r.is_json && is_blank(line, len))
			continue;
		stop = one(t, &r);
		ko_tick(rd);
	}
	if (!stop && t->finish)
		t->finish();
	if (ko_opt.progress)
		progress(rd, 1);
	ko_reader_close(rd);
	ko_json_free(&r.json);
	if (ko_writer_error(ko_out)) {
		errno = ko_writer_error(ko_out);
		ko_warn("write error: %s", strerror(errno));
		status = 1;
	}
	if (ko_writer_close(ko_out, status == 0 || !stop) < 0) {
		ko_warn("%s: %s", ko_opt.output ? ko_opt.output : "write error", strerror(errno));
		status = 1;
	}
	if (rejects && ko_writer_close(rejects, 1) < 0) {
		ko_warn("%s: %s", ko_opt.rejects, strerror(errno));
		status = 1;
	}
	report_rejects();
	if (nskipped)
		ko_warn("%zu bad record%s skipped%s%s", nskipped, nskipped == 1 ? "" : "s",
		        ko_opt.rejects ? " into " : "", ko_opt.rejects ? ko_opt.rejects : "");
	if (ko_opt.repaired)
		ko_warn("%zu invalid UTF-8 sequence%s replaced with U+FFFD", ko_opt.repaired,
		        ko_opt.repaired == 1 ? "" : "s");
	if (fclose(stdout) != 0) {
		ko_warn("write error: %s", strerror(errno));
		status = 1;
	}
	return status;
}
