/* opt.c - the shared options of every tool, parsed once, each default
 * decided here and nowhere else. */
#include <fcntl.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ko.h"

enum {
	OPT_JSONL = 0x1001, OPT_TEXT, OPT_REJECTS, OPT_ON_ERROR, OPT_PROGRESS, OPT_STATS
};

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
	{"stats", required_argument, NULL, OPT_STATS},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
};
#define NSHARED (sizeof shared_long / sizeof shared_long[0])

/* After the -f line, which help() writes for the tool, these three unless
 * the tool does without them (ko_tool.unused), then the rest. */
static const char help_kind[] =
	"      --jsonl, --text   force the input kind (default: per line, a line whose\n"
	"                        first non-blank byte is '{' is JSON, any other is text)\n";
static const char help_kind_json[] =
	"      --jsonl           every line is a JSON record (the default: this tool\n"
	"                        reads no text lines, and refuses --text)\n";
static const char help_seed[] =
	"  -s, --seed N          seed of all randomness (default 1)\n";
static const char shared_help[] =
	"  -o, --output FILE     write to FILE atomically instead of stdout\n"
	"  -z, --gzip            gzip the output (multi-member)\n"
	"      --rejects FILE    append dropped and bad records there, with reject_reason\n";
/* (--on-error's default is the tool's: ko_tool.skip_by_default) */
static const char help_on_error[] =
	"      --on-error MODE   bad record: fail (stop, exit 1; default) or skip\n";
static const char help_on_error_skip[] =
	"      --on-error MODE   bad record: fail (stop, exit 1) or skip (default)\n";
static const char shared_help_rest[] =
	"      --progress        records, bytes and rate on stderr\n"
	"      --stats FILE      append the run's counts to FILE as one JSON line\n"
	"  -h, --help            show this help and exit\n"
	"  -V, --version         show the version and exit\n";
static const char help_tail[] =
	"\n"
	"Input is FILE operands or stdin ('-'); gzip is recognised by its magic bytes.\n"
	"Exit status: 0 success, 1 data or I/O error, 2 usage error.\n";

uint64_t ko_opt_u64(const char *opt, const char *arg, uint64_t min, uint64_t max)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(arg, &end, 10);
	if (errno || end == arg || *end || *arg == '-' || v < min || v > max) {
		if (max == UINT64_MAX)
			ko_usage("%s: expected a whole number from %llu, not '%s'", opt,
			         (unsigned long long)min, arg);
		ko_usage("%s: expected a whole number from %llu to %llu, not '%s'", opt,
		         (unsigned long long)min, (unsigned long long)max, arg);
	}
	return v;
}

void ko_opt_init(struct ko_opts *o, const struct ko_tool *t, int argc, char **argv)
{
	memset(o, 0, sizeof *o);
	/* A descriptor 0, 1 or 2 closed at start (cron, daemons, >&-) would
	 * be taken by the first file opened, and the records meant for
	 * standard output would go into --rejects or --stats: /dev/null
	 * holds each such place, and ko_open refuses a closed standard
	 * output the run would write to. */
	for (int fd = 0; fd < 3; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
			int nfd = open("/dev/null", fd ? O_WRONLY : O_RDONLY);
			if (nfd >= 0 && nfd != fd)
				close(nfd); /* (cannot be: the lowest free one is fd) */
			o->stdout_closed |= fd == 1;
		}
	o->tool = t;
	o->seed = 1;
	o->skip_errors = t->skip_by_default;
	o->argc = argc;
	o->argv = argv;
	ko_msg_init(t->name);
	size_t ntool = 0;
	while (t->longopts && t->longopts[ntool].name)
		ntool++;
	o->lo = ko_xcalloc(NSHARED + ntool + 1, sizeof *o->lo);
	memcpy(o->lo, shared_long, sizeof shared_long);
	if (ntool)
		memcpy(o->lo + NSHARED, t->longopts, ntool * sizeof *o->lo);
	const char *own = t->shortopts ? t->shortopts : "";
	o->so = ko_xmalloc(strlen(own) + 16);
	strcpy(o->so, ":f:s:o:zhV");
	strcat(o->so, own);
	optind = 1;
	opterr = 0;
}

/* A bad option, named as the user wrote it ("--chunk", "-n"): getopt's
 * optopt holds an internal code for long options, never print that. */
static _Noreturn void bad_option(const struct ko_opts *o, int missing)
{
	const char *arg = optind > 0 && optind <= o->argc ? o->argv[optind - 1] : "";
	int n = (int)strcspn(arg, "=");
	if (arg[0] == '-' && arg[1] == '-') {
		if (missing)
			ko_usage("option '%.*s' needs an argument", n, arg);
		/* getopt takes a prefix of one long option for it (--se for
		 * --seed): a prefix of several is ambiguous, not invalid */
		struct ko_buf b = {0};
		int k = 0;
		for (const struct option *l = o->lo; l && l->name; l++)
			if (n > 2 && !strncmp(l->name, arg + 2, (size_t)n - 2)) {
				ko_buf_addf(&b, " '--%s'", l->name);
				k++;
			}
		if (k > 1)
			ko_usage("option '%.*s' is ambiguous; possibilities:%.*s", n, arg, (int)b.n, b.p);
		ko_buf_free(&b);
		ko_usage("invalid option '%.*s'", n, arg);
	}
	if (optopt > 0 && optopt < 0x80) {
		if (missing)
			ko_usage("option -%c needs an argument", optopt);
		ko_usage("invalid option -%c", optopt);
	}
	ko_usage("invalid option '%.*s'", n, arg);
}

/* The option whose argument getopt has just returned, as the user wrote it:
 * SHORT ("-s") when its element of argv does not start with "--", LONG
 * otherwise ("--seed", also for "--seed=N" and an abbreviation such as
 * "--se"). A message about the value names what was typed. */
static const char *typed(const struct ko_opts *o, const char *shrt, const char *lng)
{
	int i = optind - 1;
	if (i > 0 && i < o->argc && optarg == o->argv[i])
		i--;
	if (i <= 0 || i >= o->argc)
		return lng;
	const char *e = o->argv[i];
	return e[0] == '-' && e[1] == '-' ? lng : shrt;
}

static _Noreturn void help(const struct ko_tool *t)
{
	struct ko_buf b = {0};
	ko_buf_addf(&b, "usage: %s %s\n\n", t->name, t->usage);
	if (t->help)
		ko_buf_addf(&b, "%s\n", t->help);
	ko_buf_adds(&b, "Shared options:\n");
	/* a tool that reads several fields by default says which above */
	if (t->field_help)
		ko_buf_addf(&b, "  -f, --field NAME      %s\n", t->field_help);
	else if (!(t->unused & KO_UNUSED_FIELD))
		ko_buf_addf(&b, "  -f, --field NAME      text field of JSON records (default %s)\n",
		            t->judges_text || t->default_fields ? "as above" : "text");
	if (!(t->unused & KO_UNUSED_KIND))
		ko_buf_adds(&b, t->json_only ? help_kind_json : help_kind);
	if (!(t->unused & KO_UNUSED_SEED))
		ko_buf_adds(&b, help_seed);
	ko_buf_adds(&b, shared_help);
	ko_buf_adds(&b, t->skip_by_default ? help_on_error_skip : help_on_error);
	ko_buf_adds(&b, shared_help_rest);
	/* accepted all the same, so that a script may give every stage the
	 * same options (DESIGN: every program takes the shared ones) */
	if (t->unused) {
		ko_buf_adds(&b, "Accepted for scripts that give every tool the same options, with no\n"
		                "effect here:");
		if (t->unused & KO_UNUSED_FIELD)
			ko_buf_adds(&b, " -f");
		if (t->unused & KO_UNUSED_KIND)
			ko_buf_adds(&b, " --jsonl --text");
		if (t->unused & KO_UNUSED_SEED)
			ko_buf_adds(&b, " -s");
		ko_buf_adds(&b, ".\n");
	}
	ko_buf_adds(&b, help_tail);
	ko_print_exit(b.p);
}

static int is_stdout(const char *path)
{
	return !path || !strcmp(path, "-");
}

/* -o, --rejects and --stats are three files, told apart by what they name,
 * not by their spelling (./x and x, a link): the rejects appended to the
 * output would be lost in its atomic rename, a stats line in it would be
 * a record to the next stage, and rejects among stats lines make a file
 * ko-stats --runs refuses. "-" for --rejects or --stats is standard
 * output, which holds the records unless -o names a file. */
static void check_outputs(const struct ko_opts *o)
{
	const char *name[3] = {o->output ? "-o" : "standard output", "--rejects", "--stats"};
	const char *path[3] = {o->output, o->rejects, o->stats};
	for (int i = 1; i < 3; i++)
		if (path[i] && is_stdout(path[i]) && is_stdout(o->output))
			ko_usage("%s -: standard output holds the records: name a file, or give -o",
			         name[i]);
	struct ko_file_id id[3];
	for (int i = 0; i < 3; i++)
		if (path[i] || !i)
			ko_file_id(is_stdout(path[i]) ? "-" : path[i], &id[i]);
	for (int i = 0; i < 3; i++)
		for (int j = i + 1; j < 3; j++) {
			if ((i && !path[i]) || !path[j])
				continue;
			if (!(is_stdout(path[i]) && is_stdout(path[j])) && !ko_file_id_same(&id[i], &id[j]))
				continue;
			const char *a = is_stdout(path[i]) ? "-" : path[i];
			const char *b = is_stdout(path[j]) ? "-" : path[j];
			if (!strcmp(a, b) || (!i && !o->output))
				ko_usage("%s and %s name the same file '%s'", name[i], name[j], b);
			ko_usage("%s and %s name the same file ('%s', '%s')", name[i], name[j], a, b);
		}
}

static void finish(struct ko_opts *o)
{
	const struct ko_tool *t = o->tool;
	o->fields_given = o->nfields > 0;
	if (!o->nfields) {
		static const char *const text[] = {"text", NULL};
		/* The layouts of text a record may hold: plain, Alpaca
		 * tasks (with system and history), OpenAI messages,
		 * ShareGPT conversations, prompt-completion (TRL; what
		 * ko-format writes). */
		static const char *const judged[] = {"text", "instruction", "input", "output", "system", "history",
		                                     "messages", "conversations", "prompt", "completion", NULL};
		const char *const *d = t->judges_text      ? judged
		                       : t->default_fields ? t->default_fields
		                                           : text;
		while (*d && o->nfields < KO_MAX_FIELDS)
			o->fields[o->nfields++] = *d++;
	}
	o->field = o->fields[0];
	/* -o FILE.gz implies -z: plain text under a .gz name is what zcat
	 * and every other reader then fails on */
	size_t on = o->output ? strlen(o->output) : 0;
	if (on > 3 && !strcmp(o->output + on - 3, ".gz"))
		o->gzip = 1;
	if (o->gzip && !o->output && isatty(1))
		ko_usage("refusing to write gzip to a terminal");
	check_outputs(o);
	o->optind = optind;
	free(o->lo);
	free(o->so);
	o->lo = NULL;
	o->so = NULL;
}

int ko_opt_next(struct ko_opts *o)
{
	const struct ko_tool *t = o->tool;
	int maxf = t->max_fields ? t->max_fields : 1;
	int c, li;
	while ((c = getopt_long(o->argc, o->argv, o->so, o->lo, &li)) != -1) {
		switch (c) {
		case 'f':
			if (!*optarg)
				ko_usage("%s: empty field name", typed(o, "-f", "--field"));
			if (o->nfields == maxf) {
				if (maxf == 1)
					ko_usage("-f given twice: %s reads one field", t->name);
				ko_usage("-f given more than %d times", maxf);
			}
			o->fields[o->nfields++] = optarg;
			break;
		case OPT_JSONL: o->mode = 'j'; break;
		case OPT_TEXT:
			/* (every line would be a bad record) */
			if (t->json_only)
				ko_usage("--text: %s reads JSON records only", t->name);
			o->mode = 't';
			break;
		case 's': o->seed = ko_opt_u64(typed(o, "-s", "--seed"), optarg, 0, UINT64_MAX); break;
		case 'o': o->output = optarg; break;
		case 'z': o->gzip = 1; break;
		case OPT_REJECTS: o->rejects = optarg; break;
		case OPT_ON_ERROR:
			if (!strcmp(optarg, "fail"))
				o->skip_errors = 0;
			else if (!strcmp(optarg, "skip"))
				o->skip_errors = 1;
			else
				ko_usage("--on-error: expected fail or skip, not '%s'", optarg);
			break;
		case OPT_PROGRESS: o->progress = 1; break;
		case OPT_STATS: o->stats = optarg; break;
		case 'h': help(t);
		case 'V': {
			char v[256];
			snprintf(v, sizeof v, "%s (kopipe) %s\n", t->name, KO_VERSION);
			ko_print_exit(v);
		}
		case ':': bad_option(o, 1);
		case '?': bad_option(o, 0);
		default: return c;
		}
	}
	finish(o);
	return -1;
}
