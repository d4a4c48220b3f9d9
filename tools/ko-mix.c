/* ko-mix - assemble a training set: shares by input file or by a field's
 * value, caps, upsampling with a repeat limit, a seeded global shuffle that
 * spills to temporary files beyond a memory budget, and train/val splits
 * by hash that never cut a group.
 *
 * Every decision about a record is a function of the seed and the record
 * (its id, or its bytes when it has none), never of its position: a cap
 * keeps the N records of a value with the smallest hashes; a group drawn
 * at rate r writes each record floor(r) times and the round(frac(r) n) of
 * its n records with the smallest draws (another hash) once more; a split
 * is chosen by a hash of the group value (or of the id); the shuffled
 * order is the order of a hash of each copy. So the same records in any order, in one
 * file or many, give the same output, byte for byte. The rates need the
 * counts of the whole input: records are held (in memory, or in bucket
 * files past --memory) until the input ends.
 *
 * The external shuffle: a record and each of its possible copies get a
 * 64-bit key; while the records held exceed the budget they go to 64
 * bucket files by the key's top six bits; at the end each bucket is read
 * back, sorted by key and written, in key order. A bucket larger than the
 * budget is split again by the next six bits. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ko.h"
#include "ko-trainer-chars.h"

#define FANOUT 64
#define FANBITS 6
#define MAX_SPLITS 8
#define MAX_GROUPS 256
#define MAX_OTHERS 8 /* values not in --ratio named in a message */
/* Of --memory, what the program needs besides the records it holds: its
 * code and libraries (about 3.5 MB resident), the reader's buffer, the
 * buffers of 64 bucket files. */
#define RESERVE ((size_t)6 << 20)

/* What a bucket file holds: n entries, and whether they all share one
 * key and line hash (copies of one line: no split separates them). */
struct tally {
	uint64_t n, key, lh;
	int mixed;
};

/* A held record (or one copy of it). On disk a bucket file is a run of
 * these, each followed by its len bytes. */
struct ent {
	uint64_t key;  /* shuffle order of this copy */
	uint64_t rank; /* the record's hash, for caps and rates */
	uint64_t lh;   /* hash of the line: ties between equal ids */
	uint64_t off;  /* in memory: offset in the arena */
	uint32_t len;
	int32_t g;     /* group (file or --ratio value), -1 none */
	int32_t v;     /* value of the --max-per field (of the fields, with more
	                * than one: their tuple, struct caps), -1 none */
	uint16_t split;
	uint16_t copy;
};

/* Interned strings: group values, cap values, tuples of cap values. */
struct names {
	char **s;
	size_t *n;
	size_t count, cap;
	uint32_t *slot; /* open addressing: index + 1, 0 empty */
	size_t nslot;
};

/* A capped value: the cap smallest (rank, lh) pairs seen, in a max-heap,
 * and the records of the value per group. */
struct capv {
	uint64_t n;
	struct { uint64_t rank, lh; int32_t g; } *h;
	size_t nh;
	uint64_t *per_group; /* records per group (ngroups + 1: last is none) */
};

/* One --max-per FIELD=N. Caps on several fields all apply, each on its
 * own: a record is left out when one of them leaves it out (so a value
 * of one field may keep fewer than N, its other records being over
 * another cap). A record's values of the fields are kept as one interned
 * tuple (ent.v), so a held record costs the same with any number of caps;
 * with one cap, ent.v is its value. */
#define MAX_CAPS 8
struct cap {
	const char *field;
	uint64_t n;
	struct names names;
	struct capv *v;
	uint64_t seen, over; /* records with the field; left out by this cap */
};

/* Diversity of the output (--stats): counts by 64-bit hash, bounded. */
#define DIV_MAX ((size_t)1 << 20)
struct hcount {
	uint64_t *k;
	uint64_t *c;
	size_t n, cap;
	int full; /* a new key was not counted */
};
struct divtask {
	char *name;
	uint64_t n;
	uint64_t *tmpl; /* by template index in ko_templates, + 1 for other */
	struct hcount ins, open;
};

struct conf {
	/* groups: --mix files or --by values */
	const char *by;
	char **files;
	int nfiles;
	struct names groups;
	double share[MAX_GROUPS];
	int ngroups, have_ratio;
	uint64_t total;
	int have_total;
	unsigned max_repeat;
	/* caps */
	struct cap caps[MAX_CAPS];
	int ncaps;
	struct names tuples; /* with more than one cap: int32_t values, -1 none */
	/* splits */
	const char *split_name[MAX_SPLITS];
	double split_to[MAX_SPLITS];
	int nsplits;
	const char *group_by, *group_cut;
	/* records that reached --group-by and --by, and those without the
	 * field */
	uint64_t grouped, no_group, byed, no_by;
	/* --split: the first group's hash and value (cut to 48 bytes), and
	 * whether another group came: one group for all is a split that
	 * cannot part anything (ids whose document part holds a cut
	 * character: URLs, paths) */
	uint64_t group_h0;
	int group_seen, group_many;
	char group0[48];
	size_t group0n;
	/* the first values of --by that --ratio does not name, for the
	 * message when one it names has no record; more: there were others */
	struct names others;
	int others_more;
	const char *pattern; /* -o with {split} */
	/* checks */
	struct ko_license_policy licenses;
	size_t max_chars;
	/* the shuffle */
	int shuffle;
	size_t memory;
	const char *tmpdir;
	/* per-record counts */
	uint64_t in_group[MAX_GROUPS + 1], kept_group[MAX_GROUPS + 1];
	uint64_t refused_group[MAX_GROUPS + 1]; /* --mix files, --ratio values: by --licenses */
	uint64_t lic_refused; /* records --licenses refused under --ratio */
	uint64_t counted_f, no_f; /* --max-chars: records counted by -f, those with none of them */
	uint64_t nocap_group[MAX_GROUPS + 1];
	double want[MAX_GROUPS + 1];
	uint64_t out_group[MAX_GROUPS + 1], out_split[MAX_SPLITS];
	uint64_t over_cap, sampled_out, repeats;
	double rate[MAX_GROUPS + 1];
	/* exact draws: each record of group g is written base[g] times, and
	 * once more when its (draw, lh) is at most thr[g], which the k[g]
	 * smallest are */
	unsigned base[MAX_GROUPS + 1];
	uint64_t k[MAX_GROUPS + 1], thr[MAX_GROUPS + 1][2];
	uint64_t *hist[MAX_GROUPS + 1];
	struct pair { uint64_t w, lh; } *edge[MAX_GROUPS + 1];
	size_t nedge[MAX_GROUPS + 1];
	int edgebin[MAX_GROUPS + 1];
	/* held records */
	/* held records: one block of the budget's size, the bytes growing
	 * up from its start, the entries down from its end */
	char *block;
	size_t blockn, used, nent;
	char *dir;       /* temp directory, once made */
	char *rejpath;   /* the rejects held back there (hold_rejects), or NULL */
	struct ko_writer *rejects; /* --rejects, while they are held back */
	FILE *bucket[FANOUT];
	struct tally bucketn[FANOUT];
	int spilled;
	unsigned copies; /* entries held per record */
	/* output */
	struct ko_writer *w[MAX_SPLITS];
	struct ko_run *run;
	struct ko_buf lic;
	/* diversity */
	int diversity;
	struct divtask *dt;
	size_t ndt;
	struct hcount all_ins, all_open;
	struct ko_json j;
	struct ko_buf s1;
	char err[256];
};

enum {
	OPT_MIX = 0x100, OPT_BY, OPT_RATIO, OPT_TOTAL, OPT_MAX_REPEAT, OPT_MAX_PER, OPT_SPLIT,
	OPT_GROUP_BY, OPT_GROUP_CUT, OPT_NO_SHUFFLE, OPT_MEMORY, OPT_TMPDIR, OPT_LICENSES,
	OPT_MAX_CHARS,
};

static const struct option longopts[] = {
	{"mix", required_argument, NULL, OPT_MIX},
	{"by", required_argument, NULL, OPT_BY},
	{"ratio", required_argument, NULL, OPT_RATIO},
	{"total", required_argument, NULL, OPT_TOTAL},
	{"max-repeat", required_argument, NULL, OPT_MAX_REPEAT},
	{"max-per", required_argument, NULL, OPT_MAX_PER},
	{"split", required_argument, NULL, OPT_SPLIT},
	{"group-by", required_argument, NULL, OPT_GROUP_BY},
	{"group-cut", required_argument, NULL, OPT_GROUP_CUT},
	{"no-shuffle", no_argument, NULL, OPT_NO_SHUFFLE},
	{"memory", required_argument, NULL, OPT_MEMORY},
	{"temp-dir", required_argument, NULL, OPT_TMPDIR},
	{"licenses", required_argument, NULL, OPT_LICENSES},
	{"max-chars", required_argument, NULL, OPT_MAX_CHARS},
	{0},
};

static const struct ko_tool tool = {
	.name = "ko-mix",
	.usage = "[--mix FILE:WEIGHT,... | --by FIELD --ratio VALUE:SHARE,...]\n"
	         "              [--total N] [--max-repeat K] [--max-per FIELD=N]...\n"
	         "              [--split NAME:FRACTION,...] [--group-by FIELD [--group-cut CHARS]]\n"
	         "              [--no-shuffle] [--memory SIZE] [--temp-dir DIR]\n"
	         "              [--licenses RULE] [--max-chars N] [shared options] [FILE...]",
	.help = "Assemble a training set from records: shares by input file (--mix) or by a\n"
	        "field's value (--by, --ratio), caps, upsampling with a repeat limit, a seeded\n"
	        "shuffle of any size, and train/validation splits by hash. A record's fate\n"
	        "depends on the seed, its id (or bytes) and its group, never on its position.\n"
	        "\n"
	        "      --mix FILE:WEIGHT,...   read these files; each weight is its share of\n"
	        "                        the output\n"
	        "      --by FIELD        group records by the string value of FIELD\n"
	        "      --ratio VALUE:SHARE,...  the share of each value of --by; records of\n"
	        "                        other values are rejected (reason: not in --ratio)\n"
	        "      --total N         aim at N records (default: the most the shares allow\n"
	        "                        without repeating a record)\n"
	        "      --max-repeat K    a record is written at most K times (default 1)\n"
	        "      --max-per FIELD=N at most N records of each value of FIELD (of each\n"
	        "                        group when FIELD is --group-by's); once a field,\n"
	        "                        caps on several fields all apply\n"
	        "      --split NAME:FRACTION,...  one output per split, chosen by hash;\n"
	        "                        -o names them with {split} (required)\n"
	        "      --group-by FIELD  records with the same FIELD go to the same split\n"
	        "      --group-cut CHARS the group value ends before the first of CHARS\n"
	        "      --no-shuffle      keep the input order\n"
	        "      --memory SIZE     records held in memory before spilling to temporary\n"
	        "                        files (default 256M; K, M, G suffixes)\n"
	        "      --temp-dir DIR    where the spill goes (default $TMPDIR or /tmp)\n"
	        "      --licenses RULE   keep only records whose license the rules allow:\n"
	        "                        commercial, allow:ID,..., deny:ID,...; repeatable\n"
	        "      --max-chars N     reject records whose trainer text is longer than N\n"
	        "                        characters (reason: over --max-chars)\n",
	.longopts = longopts,
	.skips_blank = 1,
	.field_help = "the field that --max-chars counts in a record of no\n"
	              "                        known layout (default text); nothing else reads it",
};

/* ---- small parsers ---- */

static int parse_share(const char *s, size_t n, double *v)
{
	char buf[64], *e;
	if (!n || n >= sizeof buf)
		return -1;
	memcpy(buf, s, n);
	buf[n] = 0;
	errno = 0;
	*v = strtod(buf, &e);
	return errno || *e || !(*v >= 0 && *v < 1e12) ? -1 : 0;
}

static size_t parse_size(const char *arg)
{
	char *e;
	errno = 0;
	unsigned long long v = strtoull(arg, &e, 10);
	unsigned long long m = 1;
	if (*e == 'K' || *e == 'k')
		m = 1024, e++;
	else if (*e == 'M' || *e == 'm')
		m = 1024 * 1024, e++;
	else if (*e == 'G' || *e == 'g')
		m = 1024ULL * 1024 * 1024, e++;
	if (errno || *e || e == arg || *arg == '-' || v > (1ULL << 50) / m || v * m < (16 << 20))
		ko_usage("--memory: expected a size of 16M or more (K, M, G suffixes), not '%s'", arg);
	return (size_t)(v * m);
}

/* ---- interned names ---- */

static uint64_t hash_str(const char *p, size_t n)
{
	return ko_hash64(p, n, 0x6e616d65);
}

static int names_find(struct names *t, const char *p, size_t n, int add)
{
	if (!t->nslot) {
		if (!add)
			return -1;
		t->nslot = 64;
		t->slot = ko_xcalloc(t->nslot, sizeof *t->slot);
	}
	size_t mask = t->nslot - 1, i = (size_t)hash_str(p, n) & mask;
	for (; t->slot[i]; i = (i + 1) & mask) {
		size_t k = t->slot[i] - 1;
		if (t->n[k] == n && !memcmp(t->s[k], p, n))
			return (int)k;
	}
	if (!add)
		return -1;
	if (t->count == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 16;
		t->s = ko_xrealloc(t->s, t->cap * sizeof *t->s);
		t->n = ko_xrealloc(t->n, t->cap * sizeof *t->n);
	}
	t->s[t->count] = ko_xmalloc(n + 1);
	memcpy(t->s[t->count], p, n);
	t->s[t->count][n] = 0;
	t->n[t->count] = n;
	t->slot[i] = (uint32_t)++t->count;
	if (2 * t->count > t->nslot) {
		/* grow and rehash */
		size_t ns = 2 * t->nslot;
		uint32_t *s = ko_xcalloc(ns, sizeof *s);
		for (size_t k = 0; k < t->count; k++) {
			size_t j = (size_t)hash_str(t->s[k], t->n[k]) & (ns - 1);
			while (s[j])
				j = (j + 1) & (ns - 1);
			s[j] = (uint32_t)(k + 1);
		}
		free(t->slot);
		t->slot = s;
		t->nslot = ns;
	}
	return (int)(t->count - 1);
}

static void names_free(struct names *t)
{
	for (size_t i = 0; i < t->count; i++)
		free(t->s[i]);
	free(t->s);
	free(t->n);
	free(t->slot);
}

/* NAME:NUMBER,... into names and numbers; name may hold ':' (the last
 * one counts). */
static void parse_list(struct conf *c, const char *opt, const char *arg, int groups)
{
	const char *p = arg;
	if (!*p)
		ko_usage("%s: expected NAME:NUMBER,..., not an empty list", opt);
	while (*p) {
		size_t k = strcspn(p, ",");
		const char *colon = NULL;
		for (size_t i = 0; i < k; i++)
			if (p[i] == ':')
				colon = p + i;
		double v;
		if (!colon || colon == p ||
		    parse_share(colon + 1, (size_t)(p + k - colon - 1), &v) < 0)
			ko_usage("%s: expected NAME:NUMBER,..., not '%.*s'", opt, (int)k, p);
		size_t nn = (size_t)(colon - p);
		if (groups) {
			if (c->groups.count == MAX_GROUPS)
				ko_usage("%s: more than %d groups", opt, MAX_GROUPS);
			if (names_find(&c->groups, p, nn, 0) >= 0)
				ko_usage("%s: '%.*s' given twice", opt, (int)nn, p);
			int g = names_find(&c->groups, p, nn, 1);
			c->share[g] = v;
		} else {
			if (c->nsplits == MAX_SPLITS)
				ko_usage("%s: more than %d splits", opt, MAX_SPLITS);
			for (int i = 0; i < c->nsplits; i++)
				if (strlen(c->split_name[i]) == nn && !memcmp(c->split_name[i], p, nn))
					ko_usage("%s: '%.*s' given twice", opt, (int)nn, p);
			for (size_t i = 0; i < nn; i++)
				if (p[i] == '/')
					ko_usage("%s: a split name has no '/'", opt);
			char *name = ko_xmalloc(nn + 1);
			memcpy(name, p, nn);
			name[nn] = 0;
			c->split_name[c->nsplits] = name;
			c->split_to[c->nsplits++] = v;
		}
		p += k;
		if (*p == ',')
			p++;
	}
}

static void option(struct conf *c, int code, const char *arg)
{
	const char *eq;
	switch (code) {
	case OPT_MIX:
	case OPT_RATIO:
		if (c->have_ratio)
			ko_usage("give one --mix or --ratio");
		parse_list(c, code == OPT_MIX ? "--mix" : "--ratio", arg, 1);
		c->have_ratio = code == OPT_MIX ? 'm' : 'r';
		break;
	case OPT_BY: c->by = arg; break;
	case OPT_TOTAL:
		c->total = ko_opt_u64("--total", arg, 0, (uint64_t)1 << 48);
		c->have_total = 1;
		break;
	case OPT_MAX_REPEAT:
		c->max_repeat = (unsigned)ko_opt_u64("--max-repeat", arg, 1, 1000);
		break;
	case OPT_MAX_PER: {
		/* one cap a field, all applied; a field given again takes
		 * its last N, as a repeated option does */
		if (!(eq = strchr(arg, '=')) || eq == arg)
			ko_usage("--max-per: expected FIELD=N, not '%s'", arg);
		uint64_t n = ko_opt_u64("--max-per", eq + 1, 1, (uint64_t)1 << 40);
		int k = 0;
		while (k < c->ncaps && (strlen(c->caps[k].field) != (size_t)(eq - arg) ||
		                        memcmp(c->caps[k].field, arg, (size_t)(eq - arg))))
			k++;
		if (k == MAX_CAPS)
			ko_usage("--max-per: at most %d fields", MAX_CAPS);
		if (k == c->ncaps) {
			char *f = ko_xmalloc((size_t)(eq - arg) + 1);
			memcpy(f, arg, (size_t)(eq - arg));
			f[eq - arg] = 0;
			c->caps[c->ncaps++].field = f;
		}
		c->caps[k].n = n;
		break;
	}
	case OPT_SPLIT:
		if (c->nsplits)
			ko_usage("--split given twice");
		parse_list(c, "--split", arg, 0);
		break;
	case OPT_GROUP_BY: c->group_by = arg; break;
	case OPT_GROUP_CUT: c->group_cut = arg; break;
	case OPT_NO_SHUFFLE: c->shuffle = 0; break;
	case OPT_MEMORY: c->memory = parse_size(arg); break;
	case OPT_TMPDIR: c->tmpdir = arg; break;
	case OPT_LICENSES:
		if (ko_license_rule(&c->licenses, arg, c->err, sizeof c->err) < 0)
			ko_usage("%s", c->err);
		break;
	case OPT_MAX_CHARS:
		c->max_chars = (size_t)ko_opt_u64("--max-chars", arg, 1, (uint64_t)1 << 40);
		break;
	}
}

/* The cap on the --group-by field (its values cut as the groups are),
 * or -1. */
static int cap_of_groups(const struct conf *c)
{
	for (int k = 0; c->group_by && k < c->ncaps; k++)
		if (!strcmp(c->caps[k].field, c->group_by))
			return k;
	return -1;
}

/* After the options: check they fit together, normalise the shares. */
static void finish_options(struct conf *c, struct ko_opts *o)
{
	if (c->have_ratio == 'r' && !c->by)
		ko_usage("--ratio needs --by FIELD");
	if (c->by && c->have_ratio != 'r')
		ko_usage("--by needs --ratio VALUE:SHARE,...");
	if (c->have_ratio == 'm' && o->optind < o->argc)
		ko_usage("--mix names the input files; no FILE operands with it");
	if (c->group_by && !c->nsplits && cap_of_groups(c) < 0)
		ko_usage("--group-by needs --split, or --max-per on its field (a cap per group)");
	if (c->group_cut && !c->group_by)
		ko_usage("--group-cut needs --group-by");
	if (c->have_ratio) {
		double sum = 0;
		c->ngroups = (int)c->groups.count;
		for (int g = 0; g < c->ngroups; g++)
			sum += c->share[g];
		if (!(sum > 0))
			ko_usage("%s: the shares add up to 0", c->have_ratio == 'm' ? "--mix" : "--ratio");
		for (int g = 0; g < c->ngroups; g++)
			c->share[g] /= sum;
	}
	if (c->nsplits) {
		double sum = 0;
		for (int i = 0; i < c->nsplits; i++)
			sum += c->split_to[i];
		if (!(sum > 0))
			ko_usage("--split: the fractions add up to 0");
		/* cumulative upper bounds of each split in [0, 1) */
		double acc = 0;
		for (int i = 0; i < c->nsplits; i++) {
			acc += c->split_to[i] / sum;
			c->split_to[i] = acc;
		}
		c->split_to[c->nsplits - 1] = 1.0;
		/* A filter writes files only where it is told to: a default
		 * name would put them in the current folder, over whatever
		 * train.jsonl was there. */
		if (!o->output)
			ko_usage("--split writes one file per split: name them with -o and "
			         "{split}, as in -o data/{split}.jsonl");
		c->pattern = o->output;
		if (!strstr(c->pattern, "{split}"))
			ko_usage("--split: -o must hold {split}, as in -o data/{split}.jsonl");
		if (o->rejects && strstr(o->rejects, "{split}"))
			ko_usage("--rejects names a split output");
		o->output = NULL; /* nothing goes to stdout */
	} else if (o->output && strstr(o->output, "{split}")) {
		ko_usage("-o %s names {split}, but there is no --split", o->output);
	}
	if (c->have_ratio == 'm') {
		c->nfiles = c->ngroups;
		c->files = ko_xcalloc((size_t)c->nfiles + 1, sizeof *c->files);
		for (int g = 0; g < c->nfiles; g++)
			c->files[g] = c->groups.s[g];
	}
	c->copies = c->have_total ? c->max_repeat : 1;
}

/* ---- the record's checks ---- */

/* Characters of the string field name of r, 0 when it is absent or not a
 * string; *has is set when it is a string (empty or not). */
static size_t field_chars(const struct ko_rec *r, const char *name, int *has)
{
	int t = ko_json_get(&r->json, name);
	*has = t >= 0 && r->json.tok[t].type == KO_JSON_STRING;
	if (!*has)
		return 0;
	const struct ko_json_tok *k = &r->json.tok[t];
	return count_escaped(r->json.s + k->start, (size_t)(k->end - k->start));
}

/* Characters a trainer concatenates (as ko-format counts them): system,
 * instruction, the blank line, input, output and history of a task record; the
 * contents of messages or conversations (text parts included); a prompt
 * and completion; else the -f fields. */
static size_t count_chars(struct conf *c, struct ko_rec *r, const struct ko_opts *o)
{
	size_t k = 0;
	int has;
	if (!r->is_json)
		return ko_utf8_count(r->line, r->len);
	const struct ko_json *j = &r->json;
	if (ko_json_get(j, "instruction") >= 0) {
		size_t ins = field_chars(r, "instruction", &has), in = field_chars(r, "input", &has);
		k = field_chars(r, "system", &has) + ins + in + field_chars(r, "output", &has) +
		    history_chars(j);
		return k + (ins && in ? 2 : 0);
	}
	int t = ko_json_get(j, "messages");
	const char *ck = "content";
	if (t < 0)
		t = ko_json_get(j, "conversations"), ck = "value";
	if (t >= 0 && j->tok[t].type == KO_JSON_ARRAY) {
		int i = t + 1;
		for (int m = 0; m < j->tok[t].size; m++) {
			if (j->tok[i].type == KO_JSON_OBJECT && ko_json_obj_dup(j, i, ck))
				return (size_t)-1; /* jq and trainers read the last */
			i = ko_json_skip(j, i);
		}
		/* a content of text parts counts its text */
		return strings_chars(j, t);
	}
	/* TRL prompt-completion: strings, or lists of turns */
	int pt = ko_json_get(j, "prompt"), ct = ko_json_get(j, "completion");
	if (pt >= 0 || ct >= 0)
		return (pt >= 0 ? strings_chars(j, pt) : 0) + (ct >= 0 ? strings_chars(j, ct) : 0);
	/* (a record with none of them is counted, so that a misspelt -f
	 * does not pass every record unmeasured without a word) */
	int any = 0;
	for (int f = 0; f < o->nfields; f++) {
		k += field_chars(r, o->fields[f], &has);
		any |= has;
	}
	c->counted_f++;
	c->no_f += !any;
	return k;
}

static int json_str_field(struct ko_rec *r, const char *name, struct ko_buf *b)
{
	int t = ko_json_get(&r->json, name);
	if (t < 0 || r->json.tok[t].type != KO_JSON_STRING)
		return -1;
	ko_buf_clear(b);
	const char *why;
	return ko_json_str(&r->json, t, b, &why) < 0 ? -1 : 0;
}

/* The string (or raw JSON) value of a top-level field, or NULL. */
static const char *field_value(struct conf *c, struct ko_rec *r, const char *name, size_t *n)
{
	if (!r->is_json)
		return NULL;
	int t = ko_json_get(&r->json, name);
	if (t < 0)
		return NULL;
	if (r->json.tok[t].type == KO_JSON_STRING) {
		if (json_str_field(r, name, &c->lic) < 0)
			return NULL;
		*n = c->lic.n;
		return c->lic.p ? c->lic.p : "";
	}
	return ko_rec_raw(r, name, n);
}

/* ---- holding records ---- */

/* Leave nothing behind: the bucket files are unlinked as soon as they are
 * open, so only the folder needs removing, on every way out. */
static void remove_dir(struct conf *c)
{
	if (c->dir)
		ko_keep_on_signal(c->dir);
	if (c->dir && rmdir(c->dir) < 0 && errno != ENOENT)
		ko_warn("%s: %s", c->dir, strerror(errno));
	free(c->dir);
	c->dir = NULL;
}

_Noreturn static void tmp_fail(struct conf *c, const char *what)
{
	int e = errno;
	char *d = c->dir ? ko_xstrdup(c->dir) : ko_xstrdup("temporary folder");
	remove_dir(c);
	ko_die("%s: %s: %s", d, what, strerror(e));
}

static void make_dir(struct conf *c)
{
	if (c->dir)
		return;
	const char *base = c->tmpdir ? c->tmpdir : getenv("TMPDIR");
	if (!base || !*base)
		base = "/tmp";
	struct ko_buf b = {0};
	ko_buf_addf(&b, "%s/ko-mix.XXXXXX", base);
	if (!mkdtemp(b.p)) {
		int e = errno;
		ko_buf_free(&b);
		ko_die("%s: cannot make a temporary folder: %s", base, strerror(e));
	}
	c->dir = b.p;
	ko_remove_dir_on_signal(c->dir);
}

/* A temporary file, already unlinked. */
static FILE *temp_file(struct conf *c)
{
	make_dir(c);
	char path[4096];
	snprintf(path, sizeof path, "%s/bucket", c->dir);
	FILE *f = fopen(path, "w+");
	if (!f)
		tmp_fail(c, "cannot make a bucket file");
	unlink(path);
	return f;
}

static void put(struct conf *c, FILE *f, struct tally *t, const struct ent *e, const char *p)
{
	if (fwrite(e, sizeof *e, 1, f) != 1 || fwrite(p, 1, e->len, f) != e->len)
		tmp_fail(c, "write error");
	if (!t->n++)
		t->key = e->key, t->lh = e->lh;
	else if (e->key != t->key || e->lh != t->lh)
		t->mixed = 1;
}

/* Top bits of the key at a level of bucketing. */
static int bucket_of(uint64_t key, int level)
{
	return (int)((key >> (64 - FANBITS * (level + 1))) & (FANOUT - 1));
}

/* The held entries: below the block's end, the last held first. */
static struct ent *held_ent(const struct conf *c)
{
	return (struct ent *)(void *)(c->block + c->blockn) - c->nent;
}

/* Move every held entry to the bucket files (one file in input order under
 * --no-shuffle). */
static void spill(struct conf *c)
{
	int nb = c->shuffle ? FANOUT : 1;
	if (!c->spilled)
		for (int i = 0; i < nb; i++)
			c->bucket[i] = temp_file(c);
	c->spilled = 1;
	const struct ent *ent = held_ent(c);
	for (size_t i = c->nent; i-- > 0;) {
		int b = c->shuffle ? bucket_of(ent[i].key, 0) : 0;
		put(c, c->bucket[b], &c->bucketn[b], &ent[i], c->block + ent[i].off);
	}
	c->nent = 0;
	c->used = 0;
}

static void hold(struct conf *c, const struct ent *e, const char *p)
{
	size_t need = e->len + c->copies * sizeof(struct ent);
	if (c->used + c->nent * sizeof(struct ent) + need > c->blockn)
		spill(c);
	struct ent x = *e;
	int direct = need > c->blockn; /* longer than the whole budget */
	if (!direct) {
		x.off = c->used;
		memcpy(c->block + c->used, p, e->len);
		c->used += e->len;
	}
	for (unsigned k = 0; k < c->copies; k++) {
		x.copy = (uint16_t)k;
		x.key = ko_mix64(e->rank ^ e->lh, k + 1);
		if (direct) {
			int b = c->shuffle ? bucket_of(x.key, 0) : 0;
			put(c, c->bucket[b], &c->bucketn[b], &x, p);
		} else {
			c->nent++;
			held_ent(c)[0] = x;
		}
	}
}

/* ---- caps ---- */

static int rank_less(uint64_t r1, uint64_t l1, uint64_t r2, uint64_t l2)
{
	return r1 < r2 || (r1 == r2 && l1 < l2);
}

static void cap_add(struct conf *c, struct cap *cap, int v, const struct ent *e)
{
	struct capv *cv = &cap->v[v];
	int gi = e->g < 0 ? c->ngroups : e->g;
	if (!cv->per_group)
		cv->per_group = ko_xcalloc((size_t)c->ngroups + 1, sizeof *cv->per_group);
	cv->n++;
	cv->per_group[gi]++;
	/* a max-heap of the cap smallest (rank, lh) */
	size_t i;
	if (cv->nh < cap->n) {
		if ((cv->nh & (cv->nh - 1)) == 0)
			cv->h = ko_xrealloc(cv->h, (cv->nh ? 2 * cv->nh : 1) * sizeof *cv->h);
		i = cv->nh++;
		while (i > 0) {
			size_t up = (i - 1) / 2;
			if (!rank_less(cv->h[up].rank, cv->h[up].lh, e->rank, e->lh))
				break;
			cv->h[i] = cv->h[up];
			i = up;
		}
	} else if (rank_less(e->rank, e->lh, cv->h[0].rank, cv->h[0].lh)) {
		i = 0;
		for (;;) {
			size_t l = 2 * i + 1, r = l + 1, m = i;
			uint64_t mr = e->rank, ml = e->lh;
			if (l < cv->nh && rank_less(mr, ml, cv->h[l].rank, cv->h[l].lh))
				m = l, mr = cv->h[l].rank, ml = cv->h[l].lh;
			if (r < cv->nh && rank_less(mr, ml, cv->h[r].rank, cv->h[r].lh))
				m = r;
			if (m == i)
				break;
			cv->h[i] = cv->h[m];
			i = m;
		}
	} else {
		return;
	}
	cv->h[i].rank = e->rank;
	cv->h[i].lh = e->lh;
	cv->h[i].g = gi;
}

/* The value of cap k of the record of e, -1 none. */
static int32_t cap_value(const struct conf *c, const struct ent *e, int k)
{
	if (e->v < 0 || c->ncaps == 1)
		return e->v;
	int32_t v;
	memcpy(&v, c->tuples.s[e->v] + (size_t)k * sizeof v, sizeof v);
	return v;
}

/* 1 if cap k leaves the record of e out. */
static int over_cap(const struct conf *c, const struct ent *e, int k)
{
	int32_t v = cap_value(c, e, k);
	if (v < 0)
		return 0;
	const struct capv *cv = &c->caps[k].v[v];
	return cv->n > c->caps[k].n && rank_less(cv->h[0].rank, cv->h[0].lh, e->rank, e->lh);
}

static int capped_out(const struct conf *c, const struct ent *e)
{
	for (int k = 0; k < c->ncaps && e->v >= 0; k++)
		if (over_cap(c, e, k))
			return 1;
	return 0;
}

static void scan(struct conf *c, void (*fn)(struct conf *, const struct ent *));

static void count_kept(struct conf *c, const struct ent *e)
{
	if (!capped_out(c, e))
		c->kept_group[e->g < 0 ? c->ngroups : e->g]++;
}

/* ---- rates ---- */

static void compute_rates(struct conf *c)
{
	int ng = c->ngroups;
	/* records of each group that the caps leave */
	for (int g = 0; g <= ng; g++)
		c->kept_group[g] = c->in_group[g];
	if (c->ncaps > 1) {
		/* caps that overlap: the records are counted one by one */
		for (int g = 0; g <= ng; g++)
			c->kept_group[g] = 0;
		scan(c, count_kept);
	} else if (c->ncaps) {
		for (int g = 0; g <= ng; g++)
			c->kept_group[g] = c->nocap_group[g];
		for (size_t v = 0; v < c->caps[0].names.count; v++) {
			const struct capv *cv = &c->caps[0].v[v];
			if (cv->n <= c->caps[0].n)
				for (int g = 0; g <= ng; g++)
					c->kept_group[g] += cv->per_group[g];
			else
				for (size_t i = 0; i < cv->nh; i++)
					c->kept_group[cv->h[i].g]++;
		}
	}
	double lim = c->have_total ? c->max_repeat : 1;
	if (c->have_ratio) {
		double t = 0;
		int first = 1;
		if (c->have_total)
			t = (double)c->total;
		else
			for (int g = 0; g < ng; g++)
				if (c->share[g] > 0 && c->kept_group[g]) {
					double x = (double)c->kept_group[g] / c->share[g];
					if (first || x < t)
						t = x, first = 0;
				}
		for (int g = 0; g < ng; g++) {
			double r = c->kept_group[g] ? t * c->share[g] / (double)c->kept_group[g] : 0;
			c->rate[g] = r > lim ? lim : r;
			c->want[g] = t * c->share[g];
		}
		c->rate[ng] = 0;
	} else {
		double r = 1;
		if (c->have_total)
			r = c->kept_group[0] ? (double)c->total / (double)c->kept_group[0] : 0;
		c->rate[0] = r > lim ? lim : r;
		c->want[0] = c->have_total ? (double)c->total : (double)c->kept_group[0];
	}
}

static uint64_t draw_of(const struct ent *e)
{
	return ko_mix64(e->rank, 0x72617465 /* "rate" */);
}

/* How many times the record of e is written. */
static unsigned copies_of(const struct conf *c, const struct ent *e)
{
	if (capped_out(c, e))
		return 0;
	int g = e->g < 0 ? c->ngroups : e->g;
	unsigned n = c->base[g];
	if (c->k[g]) {
		uint64_t w = draw_of(e);
		n += !rank_less(c->thr[g][0], c->thr[g][1], w, e->lh);
	}
	return n;
}

/* Call fn on the first copy of every held record, in memory or in the
 * bucket files (whose bytes are skipped). */
static void scan(struct conf *c, void (*fn)(struct conf *, const struct ent *))
{
	if (!c->spilled) {
		const struct ent *ent = held_ent(c);
		for (size_t i = 0; i < c->nent; i++)
			if (ent[i].copy == 0)
				fn(c, &ent[i]);
		return;
	}
	for (int b = 0; b < (c->shuffle ? FANOUT : 1); b++) {
		FILE *f = c->bucket[b];
		struct ent e;
		if (fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0)
			tmp_fail(c, "seek error");
		while (fread(&e, sizeof e, 1, f) == 1) {
			if (fseek(f, e.len, SEEK_CUR) != 0)
				tmp_fail(c, "seek error");
			if (e.copy == 0)
				fn(c, &e);
		}
		if (ferror(f))
			tmp_fail(c, "read error");
	}
}

#define DRAW_BINS 4096
static void tally_draw(struct conf *c, const struct ent *e)
{
	int g = e->g < 0 ? c->ngroups : e->g;
	if (c->k[g] && !capped_out(c, e))
		c->hist[g][draw_of(e) >> 52]++;
}

static void collect_edge(struct conf *c, const struct ent *e)
{
	int g = e->g < 0 ? c->ngroups : e->g;
	uint64_t w = draw_of(e);
	if (!c->k[g] || (int)(w >> 52) != c->edgebin[g] || capped_out(c, e))
		return;
	if ((c->nedge[g] & (c->nedge[g] - 1)) == 0)
		c->edge[g] = ko_xrealloc(c->edge[g], (c->nedge[g] ? 2 * c->nedge[g] : 1) *
		                                         sizeof *c->edge[g]);
	c->edge[g][c->nedge[g]++] = (struct pair){w, e->lh};
}

static int by_pair(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	return rank_less(x->w, x->lh, y->w, y->lh) ? -1 : rank_less(y->w, y->lh, x->w, x->lh);
}

/* From the rates, how many records of each group get a further copy, and
 * which: the k with the smallest draws, found with a histogram of the
 * draws and the records of the one bin where the k-th falls. */
static void exact_draws(struct conf *c)
{
	int any = 0;
	for (int g = 0; g <= c->ngroups; g++) {
		double r = c->rate[g];
		c->base[g] = (unsigned)r;
		if (c->base[g] >= c->copies) {
			c->base[g] = c->copies;
			continue;
		}
		double x = (r - c->base[g]) * (double)c->kept_group[g] + 0.5;
		c->k[g] = (uint64_t)x;
		if (c->k[g] >= c->kept_group[g] && c->k[g]) {
			c->base[g]++;
			c->k[g] = 0;
		}
		if (c->k[g]) {
			c->hist[g] = ko_xcalloc(DRAW_BINS, sizeof *c->hist[g]);
			any = 1;
		}
	}
	if (!any)
		return;
	scan(c, tally_draw);
	for (int g = 0; g <= c->ngroups; g++) {
		if (!c->k[g])
			continue;
		uint64_t cum = 0;
		int b = 0;
		while (b < DRAW_BINS - 1 && cum + c->hist[g][b] < c->k[g])
			cum += c->hist[g][b++];
		c->edgebin[g] = b;
		c->k[g] -= cum; /* the k-th within the bin */
	}
	scan(c, collect_edge);
	for (int g = 0; g <= c->ngroups; g++) {
		if (!c->k[g])
			continue;
		if (c->k[g] > c->nedge[g]) /* equal records counted apart: take all */
			c->k[g] = c->nedge[g];
		if (c->k[g]) {
			qsort(c->edge[g], c->nedge[g], sizeof *c->edge[g], by_pair);
			c->thr[g][0] = c->edge[g][c->k[g] - 1].w;
			c->thr[g][1] = c->edge[g][c->k[g] - 1].lh;
		}
		free(c->edge[g]);
		free(c->hist[g]);
		c->edge[g] = NULL;
		c->hist[g] = NULL;
	}
}

/* ---- diversity of what is written (--stats) ---- */

static void hc_add(struct hcount *h, uint64_t k)
{
	k |= 1; /* 0 marks an empty slot */
	if (!h->cap) {
		h->cap = 1024;
		h->k = ko_xcalloc(h->cap, sizeof *h->k);
		h->c = ko_xcalloc(h->cap, sizeof *h->c);
	}
	size_t mask = h->cap - 1, i = (size_t)k & mask;
	for (; h->k[i]; i = (i + 1) & mask)
		if (h->k[i] == k) {
			h->c[i]++;
			return;
		}
	if (h->n >= DIV_MAX) {
		h->full = 1;
		return;
	}
	h->k[i] = k;
	h->c[i] = 1;
	if (2 * ++h->n > h->cap) {
		size_t nc = 2 * h->cap;
		uint64_t *nk = ko_xcalloc(nc, sizeof *nk), *ncnt = ko_xcalloc(nc, sizeof *ncnt);
		for (size_t j = 0; j < h->cap; j++)
			if (h->k[j]) {
				size_t x = (size_t)h->k[j] & (nc - 1);
				while (nk[x])
					x = (x + 1) & (nc - 1);
				nk[x] = h->k[j];
				ncnt[x] = h->c[j];
			}
		free(h->k);
		free(h->c);
		h->k = nk;
		h->c = ncnt;
		h->cap = nc;
	}
}

static uint64_t hc_max(const struct hcount *h)
{
	uint64_t m = 0;
	for (size_t i = 0; i < h->cap; i++)
		if (h->c[i] > m)
			m = h->c[i];
	return m;
}

static void hc_free(struct hcount *h)
{
	free(h->k);
	free(h->c);
}

/* The opening of an instruction: its first two words. */
static size_t opening(const char *p, size_t n)
{
	size_t i = 0;
	for (int w = 0; w < 2; w++) {
		while (i < n && (p[i] == ' ' || p[i] == '\n'))
			i++;
		while (i < n && p[i] != ' ' && p[i] != '\n')
			i++;
	}
	return i;
}

static void diversity(struct conf *c, const char *line, size_t len)
{
	struct ko_json *j = &c->j;
	const char *why;
	if (line[0] != '{' || ko_json_parse(j, line, len, &why) < 0)
		return;
	int ti = ko_json_get(j, "task"), ii = ko_json_get(j, "instruction");
	if (ii < 0 || j->tok[ii].type != KO_JSON_STRING)
		return;
	ko_buf_clear(&c->s1);
	if (ko_json_str(j, ii, &c->s1, &why) < 0)
		return;
	const char *ins = c->s1.p ? c->s1.p : "";
	size_t insn = c->s1.n;
	char task[64] = "";
	if (ti >= 0 && j->tok[ti].type == KO_JSON_STRING) {
		size_t n = (size_t)(j->tok[ti].end - j->tok[ti].start);
		if (n >= sizeof task)
			n = sizeof task - 1;
		memcpy(task, line + j->tok[ti].start, n);
		task[n] = 0;
	}
	struct divtask *d = NULL;
	for (size_t i = 0; i < c->ndt; i++)
		if (!strcmp(c->dt[i].name, task))
			d = &c->dt[i];
	if (!d) {
		if (c->ndt == 256)
			return;
		c->dt = ko_xrealloc(c->dt, (c->ndt + 1) * sizeof *c->dt);
		d = &c->dt[c->ndt++];
		memset(d, 0, sizeof *d);
		d->name = ko_xstrdup(task);
		d->tmpl = ko_xcalloc(ko_ntemplates + 1, sizeof *d->tmpl);
	}
	d->n++;
	long t = ko_template_match(task, ins, insn);
	d->tmpl[t < 0 ? ko_ntemplates : (size_t)t]++;
	uint64_t hi = ko_hash64(ins, insn, 0x696e73), ho = ko_hash64(ins, opening(ins, insn), 0x6f70);
	hc_add(&d->ins, hi);
	hc_add(&d->open, ho);
	hc_add(&c->all_ins, hi);
	hc_add(&c->all_open, ho);
}

/* ---- writing ---- */

static void write_rec(struct conf *c, const struct ent *e, const char *p)
{
	int gi = e->g < 0 ? c->ngroups : e->g;
	c->out_group[gi]++;
	if (c->nsplits) {
		ko_write_line(c->w[e->split], p, e->len);
		c->out_split[e->split]++;
		c->run->nout++;
	} else {
		ko_emit(c->run, p, e->len);
	}
	if (c->diversity)
		diversity(c, p, e->len);
}

/* Count the fate of a record (at its first copy); 1 if this copy is
 * written. */
static int wanted(struct conf *c, const struct ent *e)
{
	unsigned n = copies_of(c, e);
	if (e->copy == 0) {
		for (int k = 0; k < c->ncaps && e->v >= 0; k++)
			c->caps[k].over += over_cap(c, e, k);
		if (capped_out(c, e))
			c->over_cap++;
		else if (!n)
			c->sampled_out++;
		else
			c->repeats += n - 1;
	}
	return e->copy < n;
}

static int by_key(const void *a, const void *b)
{
	const struct ent *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->lh != y->lh)
		return x->lh < y->lh ? -1 : 1;
	return (int)x->copy - (int)y->copy;
}

/* The held entries of base (offsets into it): keep the wanted, sort them
 * when shuffling, write them. */
static void write_held(struct conf *c, struct ent *ent, size_t n, const char *base)
{
	size_t k = 0;
	/* held in reverse order of input */
	for (size_t i = 0; i < n / 2; i++) {
		struct ent t = ent[i];
		ent[i] = ent[n - 1 - i];
		ent[n - 1 - i] = t;
	}
	for (size_t i = 0; i < n; i++)
		if (wanted(c, &ent[i]))
			ent[k++] = ent[i];
	if (c->shuffle)
		qsort(ent, k, sizeof *ent, by_key);
	for (size_t i = 0; i < k; i++)
		write_rec(c, &ent[i], base + ent[i].off);
}

static int get(struct conf *c, FILE *f, struct ent *e, struct ko_buf *b)
{
	size_t k = fread(e, sizeof *e, 1, f);
	if (k != 1) {
		if (ferror(f))
			tmp_fail(c, "read error");
		return 0;
	}
	ko_buf_clear(b);
	ko_buf_reserve(b, e->len + 1);
	if (fread(b->p, 1, e->len, f) != e->len)
		tmp_fail(c, "read error");
	b->n = e->len;
	return 1;
}

/* Write a bucket file of t->n entries: read into the block when it fits,
 * copied through in file order when its entries share one key (the
 * order a sort would give them: copies of one line), else split by the
 * next bits of the key. */
static void write_bucket(struct conf *c, FILE *f, const struct tally *t, int level)
{
	uint64_t n = t->n;
	if (fflush(f) != 0)
		tmp_fail(c, "write error");
	long size = ftell(f);
	if (size < 0 || fseek(f, 0, SEEK_SET) != 0)
		tmp_fail(c, "seek error");
	struct ko_buf b = {0};
	struct ent e;
	/* the file at the start of the block, its entries at the end */
	size_t fits = ((size_t)size + 15) / 16 * 16 + n * sizeof e;
	if (!c->shuffle || (fits > c->blockn && !t->mixed)) {
		while (get(c, f, &e, &b))
			if (wanted(c, &e))
				write_rec(c, &e, b.p);
	} else if (fits <= c->blockn || level + 2 > 64 / FANBITS) {
		/* (at the last level a bucket whose keys differ only in
		 * their last bits, which never happens but by chance: over
		 * the budget, as splitting it further would only copy it
		 * again) */
		size_t room = fits <= c->blockn ? c->blockn : fits;
		char *p = fits <= c->blockn ? c->block : ko_xmalloc(fits);
		struct ent *ent = (struct ent *)(void *)(p + room) - n;
		if (fread(p, 1, (size_t)size, f) != (size_t)size)
			tmp_fail(c, "read error");
		size_t k = 0;
		for (size_t at = 0; at + sizeof e <= (size_t)size && k < n;) {
			memcpy(&e, p + at, sizeof e);
			e.off = at + sizeof e;
			at = e.off + e.len;
			ent[n - 1 - k++] = e; /* reversed, as write_held expects */
		}
		write_held(c, ent, k, p);
		if (p != c->block)
			free(p);
	} else {
		FILE *sub[FANOUT];
		struct tally subn[FANOUT] = {0};
		for (int i = 0; i < FANOUT; i++)
			sub[i] = temp_file(c);
		while (get(c, f, &e, &b)) {
			int k = bucket_of(e.key, level + 1);
			put(c, sub[k], &subn[k], &e, b.p);
		}
		ko_buf_free(&b); /* (not held through the levels below) */
		for (int i = 0; i < FANOUT; i++)
			write_bucket(c, sub[i], &subn[i], level + 1);
	}
	ko_buf_free(&b);
	fclose(f);
}

static void open_writers(struct conf *c, const struct ko_opts *o)
{
	for (int i = 0; i < c->nsplits; i++) {
		struct ko_buf path = {0};
		const char *at = strstr(c->pattern, "{split}");
		ko_buf_add(&path, c->pattern, (size_t)(at - c->pattern));
		ko_buf_adds(&path, c->split_name[i]);
		ko_buf_adds(&path, at + 7);
		const char *why;
		if (!(c->w[i] = ko_writer_open(path.p, o->gzip ? KO_W_GZIP : 0, &why))) {
			for (int k = 0; k < i; k++)
				ko_writer_close(c->w[k], 0);
			remove_dir(c);
			ko_die("%s: %s", path.p, why);
		}
		ko_buf_free(&path);
	}
}

/* Close the outputs, kept (keep) unless one failed; returns whether they
 * were all kept. */
static int close_writers(struct conf *c, int keep)
{
	for (int i = 0; i < c->nsplits; i++) {
		if (!c->w[i])
			continue;
		if (ko_writer_error(c->w[i]))
			keep = 0;
		if (ko_writer_close(c->w[i], keep) < 0 && keep) {
			ko_warn("split %s: %s", c->split_name[i], strerror(errno));
			ko_fail();
			keep = 0;
		}
	}
	return keep;
}

/* ---- one record ---- */

static int held(const struct conf *c)
{
	return c->shuffle || c->have_ratio || c->have_total || c->ncaps;
}

/* The length of a --group-by value p[0..n) cut before the first of
 * --group-cut's characters: a document's part of a task id. */
static size_t group_cut(const struct conf *c, const char *p, size_t n)
{
	if (c->group_cut)
		for (size_t i = 0; i < n; i++)
			if (strchr(c->group_cut, p[i]))
				return i;
	return n;
}

static uint16_t split_of(struct conf *c, struct ko_rec *r, uint64_t rank, uint64_t seed)
{
	size_t n;
	const char *p = c->group_by ? field_value(c, r, c->group_by, &n) : NULL;
	uint64_t h;
	if (c->group_by) {
		c->grouped++;
		c->no_group += !p;
	}
	if (p) {
		n = group_cut(c, p, n);
		uint64_t g = ko_hash64(p, n, 0x67726f7570 /* "group" */);
		if (!c->group_seen) {
			c->group_seen = 1, c->group_h0 = g;
			c->group0n = n < sizeof c->group0 ? n : sizeof c->group0;
			memcpy(c->group0, p, c->group0n);
		}
		c->group_many |= g != c->group_h0;
		h = ko_mix64(seed, g);
	} else {
		h = ko_mix64(rank, 0x73706c6974 /* "split" */);
	}
	double u = (double)(h >> 11) * (1.0 / 9007199254740992.0);
	int i = 0;
	while (i < c->nsplits - 1 && u >= c->split_to[i])
		i++;
	return (uint16_t)i;
}

/* The --mix group of the file the record came from, or -1. */
static int file_group(struct conf *c, const struct ko_rec *r)
{
	int g = names_find(&c->groups, r->file, strlen(r->file), 0);
	if (g < 0) /* standard input, named - in --mix */
		g = names_find(&c->groups, "-", 1, 0);
	return g;
}

/* Each cap's value of r, added to the cap (its heap); e->v the value or
 * the tuple of values (struct cap), -1 when r has none of the fields. */
static void cap_values(struct conf *c, struct ko_rec *r, struct ent *e)
{
	int32_t vals[MAX_CAPS];
	int any = 0, cut = cap_of_groups(c);
	for (int k = 0; k < c->ncaps; k++) {
		struct cap *cap = &c->caps[k];
		const char *p;
		size_t n;
		vals[k] = -1;
		if (!(p = field_value(c, r, cap->field, &n)))
			continue;
		/* the field of the groups is capped by group: at most N
		 * tasks of one document (--max-per id=N --group-by id
		 * --group-cut '#/') */
		if (k == cut)
			n = group_cut(c, p, n);
		size_t before = cap->names.count;
		vals[k] = names_find(&cap->names, p, n, 1);
		if (cap->names.count > before) {
			cap->v = ko_xrealloc(cap->v, cap->names.count * sizeof *cap->v);
			memset(&cap->v[vals[k]], 0, sizeof *cap->v);
		}
		cap_add(c, cap, vals[k], e);
		cap->seen++;
		any = 1;
	}
	if (c->ncaps == 1)
		e->v = vals[0];
	else if (any)
		e->v = names_find(&c->tuples, (const char *)vals, (size_t)c->ncaps * sizeof *vals, 1);
}

static void take(struct conf *c, struct ko_rec *r, const struct ko_opts *o)
{
	size_t n = 0;
	const char *p;
	if (!r->is_json) {
		/* A text line is checked as every text is (repaired under
		 * --replace-invalid), and held as it came out. */
		if (ko_rec_text(r, o->field, 0, &p, &n) == KO_REJECT)
			return;
		r->line = p;
		r->len = n;
		n = 0;
	}
	if (c->licenses.any) {
		p = field_value(c, r, "license", &n);
		if (p && (r->json.tok[ko_json_get(&r->json, "license")].type != KO_JSON_STRING))
			p = NULL;
		if (!ko_license_ok(&c->licenses, p ? p : "", p ? n : 0)) {
			int g = c->have_ratio == 'm' ? file_group(c, r) : -1;
			if (c->have_ratio == 'r') {
				/* (its --ratio value, so that a value every record of
				 * which the rule refused is said to be that, not
				 * absent) */
				const char *v = field_value(c, r, c->by, &n);
				g = v ? names_find(&c->groups, v, n, 0) : -1;
				c->lic_refused++;
			}
			if (g >= 0)
				c->refused_group[g]++;
			ko_rec_reject(r, "license");
			return;
		}
	}
	if (c->max_chars) {
		size_t k = count_chars(c, r, o);
		if (k == (size_t)-1) {
			ko_rec_fail(r, "a message's key given twice (the characters --max-chars counts)");
			return;
		}
		if (k > c->max_chars) {
			ko_rec_reject(r, "over --max-chars");
			return;
		}
	}
	if (r->len >= UINT32_MAX) {
		ko_rec_fail(r, "record longer than 4 GB");
		return;
	}
	struct ent e = {.g = -1, .v = -1, .len = (uint32_t)r->len};
	if (c->have_ratio == 'm') {
		e.g = file_group(c, r);
	} else if (c->have_ratio == 'r') {
		p = field_value(c, r, c->by, &n);
		c->byed++;
		if (!p) {
			c->no_by++;
			ko_rec_reject(r, "no --by field");
			return;
		}
		if ((e.g = names_find(&c->groups, p, n, 0)) < 0) {
			if (names_find(&c->others, p, n, 0) < 0) {
				if (c->others.count < MAX_OTHERS)
					names_find(&c->others, p, n, 1);
				else
					c->others_more = 1;
			}
			ko_rec_reject(r, "not in --ratio");
			return;
		}
	}
	int gi = e.g < 0 ? c->ngroups : e.g;
	/* the group (the --mix file, the --by value) in the rank too: files
	 * whose ids restart at 0 are drawn each on its own, not the same ids
	 * from all */
	uint64_t by_id = ko_mix64(ko_rec_seed(r), 0x72616e6b /* "rank" */);
	e.rank = ko_mix64(by_id, (uint64_t)(gi + 1));
	e.lh = ko_hash64(r->line, r->len, 0x6c68);
	/* a split by the id alone: the copies of a record in two files go to
	 * one split */
	if (c->nsplits)
		e.split = split_of(c, r, by_id, o->seed);
	c->in_group[gi]++;
	if (c->ncaps)
		cap_values(c, r, &e);
	if (e.v < 0)
		c->nocap_group[gi]++;
	if (held(c))
		hold(c, &e, r->line);
	else
		write_rec(c, &e, r->line);
}

/* ---- rejects held back ---- */

/* A run that fails (a bad record, a --by, --ratio or --group-by field no
 * record has, which fields_missing knows only at the end, a write error)
 * or is interrupted must leave no rejects behind: a rerun into the same
 * file would repeat them, and taking them back is unsafe where shards
 * append to one file. Its rejects wait in a temporary file, removed on a
 * signal, and are appended to --rejects, a line per write as ever, once
 * the output is written. */
static void hold_rejects(struct conf *c, struct ko_run *run)
{
	make_dir(c);
	struct ko_buf path = {0};
	ko_buf_addf(&path, "%s/rejects", c->dir);
	const char *why;
	c->rejects = run->rejects;
	if (!(run->rejects = ko_writer_open(path.p, KO_W_APPEND, &why))) {
		run->rejects = c->rejects;
		ko_buf_free(&path);
		tmp_fail(c, why);
	}
	c->rejpath = path.p;
	ko_remove_on_signal(c->rejpath);
}

/* 0, or exit 1 with the reason when path could not be created or
 * appended to. */
static void check_writable(const char *path)
{
	struct stat st;
	if (!strcmp(path, "-"))
		return;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		ko_die("%s: %s", path, strerror(EISDIR));
	if (access(path, W_OK) == 0)
		return;
	if (errno == ENOENT) {
		/* a dangling symbolic link: opening it makes its target, so
		 * the target's folder is the one to write in, not the link's */
		char *file = ko_xstrdup(path);
		struct stat ls;
		for (int hops = 0; hops < 40 && lstat(file, &ls) == 0 && S_ISLNK(ls.st_mode); hops++) {
			char to[4096];
			ssize_t k = readlink(file, to, sizeof to - 1);
			if (k <= 0)
				break;
			to[k] = 0;
			const char *slash = strrchr(file, '/');
			struct ko_buf b = {0};
			if (to[0] != '/' && slash)
				ko_buf_add(&b, file, (size_t)(slash - file) + 1);
			ko_buf_adds(&b, to);
			free(file);
			file = ko_xstrdup(b.p);
			ko_buf_free(&b);
		}
		const char *slash = strrchr(file, '/');
		char *dir = slash ? ko_xstrdup(file) : ko_xstrdup(".");
		if (slash)
			dir[slash == file ? 1 : slash - file] = 0;
		int ok = access(dir, W_OK | X_OK) == 0, e = errno;
		free(dir);
		free(file);
		if (ok)
			return;
		errno = e;
	}
	ko_die("%s: %s", path, strerror(errno));
}

/* The held rejects appended to --rejects (keep), which is opened only
 * now, so that a failed run leaves no file behind; or dropped, and said.
 * The append is the run's point of no return: an interrupt from its
 * start is held off to the end (ko_hold_signals), so that the rejects
 * are appended whole or, before it, not at all: cut short, they could
 * neither be taken back (shards append to one file) nor told from a
 * whole, and a rerun would repeat the part. */
static void release_rejects(struct conf *c, struct ko_run *run, int keep)
{
	if (!c->rejpath)
		return;
	const char *why;
	int bad = ko_writer_close(run->rejects, 1) < 0;
	size_t held = run->ndropped + run->nbad;
	run->rejects = NULL;
	if (keep && !bad)
		ko_hold_signals();
	if (keep && !bad && !(run->rejects = ko_writer_open(run->opt->rejects, KO_W_APPEND, &why))) {
		ko_warn("%s: %s", run->opt->rejects, why);
		ko_fail();
		keep = 0;
	}
	if (!keep && held)
		ko_warn("%zu rejected record%s not written to %s: the run failed", held,
		        held == 1 ? "" : "s", run->opt->rejects);
	FILE *f = keep && !bad ? fopen(c->rejpath, "r") : NULL;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while (f && (n = getline(&line, &cap, f)) > 0)
		ko_write_line(run->rejects, line, (size_t)n - (line[n - 1] == '\n'));
	bad |= f && ferror(f);
	if (f)
		fclose(f);
	free(line);
	unlink(c->rejpath);
	ko_keep_on_signal(c->rejpath);
	free(c->rejpath);
	c->rejpath = NULL;
	if (bad)
		tmp_fail(c, "the rejects held back: read or write error");
	if (keep && ko_signal_held())
		ko_warn("interrupted while the rejects were appended to %s: the run was finished first",
		        run->opt->rejects);
}

/* ---- the report ---- */

static double frac(uint64_t a, uint64_t b)
{
	return b ? (double)a / (double)b : 0;
}

static void stats_diversity(struct conf *c, struct ko_buf *b)
{
	uint64_t total = 0;
	for (size_t i = 0; i < c->ndt; i++)
		total += c->dt[i].n;
	ko_buf_addf(b, ",\"diversity\":{\"task_records\":%llu,\"distinct_instructions\":%zu%s,"
	            "\"top_instruction_share\":%.4f,\"distinct_openings\":%zu%s,"
	            "\"top_opening_share\":%.4f,\"tasks\":{",
	            (unsigned long long)total, c->all_ins.n, c->all_ins.full ? ",\"capped\":true" : "",
	            frac(hc_max(&c->all_ins), total), c->all_open.n,
	            c->all_open.full ? ",\"openings_capped\":true" : "",
	            frac(hc_max(&c->all_open), total));
	for (size_t i = 0; i < c->ndt; i++) {
		const struct divtask *d = &c->dt[i];
		if (i)
			ko_buf_addc(b, ',');
		ko_json_quotes(b, d->name);
		size_t used = 0;
		for (size_t t = 0; t < ko_ntemplates; t++)
			used += d->tmpl[t] > 0;
		ko_buf_addf(b, ":{\"records\":%llu,\"templates_used\":%zu,\"distinct_instructions\":"
		            "%zu,\"top_instruction_share\":%.4f,\"distinct_openings\":%zu,"
		            "\"top_opening_share\":%.4f,\"templates\":{",
		            (unsigned long long)d->n, used, d->ins.n, frac(hc_max(&d->ins), d->n),
		            d->open.n, frac(hc_max(&d->open), d->n));
		int first = 1;
		for (size_t t = 0; t <= ko_ntemplates; t++) {
			if (!d->tmpl[t])
				continue;
			if (!first)
				ko_buf_addc(b, ',');
			first = 0;
			if (t == ko_ntemplates) {
				ko_buf_adds(b, "\"other\"");
			} else {
				/* TASK#k: the k-th wording of its template key */
				size_t k = 1;
				for (size_t u = 0; u < t; u++)
					k += !strcmp(ko_templates[u].task, ko_templates[t].task);
				ko_buf_addf(b, "\"%s#%zu\"", ko_templates[t].task, k);
			}
			ko_buf_addf(b, ":%llu", (unsigned long long)d->tmpl[t]);
		}
		ko_buf_adds(b, "}}");
	}
	ko_buf_adds(b, "}}");
}

/* A --by or --group-by field no record has (a misspelt name, or records
 * of another kind), or a --ratio value no record has (last_sentence for
 * last-sentence) or that --licenses refused in every record: said, and the run fails, since nothing was mixed or
 * grouped as asked (the other values' shares would fill the mix). 1 if
 * so. */
static int fields_missing(const struct conf *c, const struct ko_opts *o)
{
	int bad = 0;
	if (c->counted_f && c->no_f == c->counted_f) {
		struct ko_buf b = {0};
		for (int f = 0; f < o->nfields; f++)
			ko_buf_addf(&b, "%s\"%s\"", f ? (f + 1 == o->nfields ? " or " : ", ") : "", o->fields[f]);
		ko_warn("no record had a string field %s (%llu read): --max-chars counted nothing; "
		        "check -f", b.p, (unsigned long long)c->counted_f);
		ko_buf_free(&b);
		bad = 1;
	}
	if (c->byed && c->no_by == c->byed) {
		ko_warn("no record had the --by field \"%s\" (%llu read)", c->by,
		        (unsigned long long)c->byed);
		bad = 1;
	}
	for (int g = 0; (c->byed || c->lic_refused) && !bad && g < c->ngroups; g++) {
		if (c->share[g] <= 0 || c->in_group[g])
			continue;
		if (c->refused_group[g]) {
			ko_warn("--ratio: every record of %s \"%s\" (%llu of %llu read) was left out "
			        "by --licenses: the mix would lack its share",
			        c->by, c->groups.s[g], (unsigned long long)c->refused_group[g],
			        (unsigned long long)(c->byed + c->lic_refused));
			bad = 1;
			continue;
		}
		struct ko_buf m = {0};
		for (size_t v = 0; v < c->others.count; v++)
			ko_buf_addf(&m, "%s\"%s\"", v ? ", " : "", c->others.s[v]);
		ko_warn("--ratio: no record has %s \"%s\" (%llu read%s%s%s)", c->by, c->groups.s[g],
		        (unsigned long long)(c->byed + c->lic_refused), m.n ? "; other values: " : "",
		        m.n ? m.p : "", c->others_more ? ", ..." : "");
		ko_buf_free(&m);
		bad = 1;
	}
	if (c->grouped && c->no_group == c->grouped) {
		ko_warn("no record had the --group-by field \"%s\" (%llu read): with no group, "
		        "the split could part the records of one document", c->group_by,
		        (unsigned long long)c->grouped);
		bad = 1;
	}
	return bad;
}

static void report(struct conf *c, struct ko_run *run)
{
	if (c->no_f)
		ko_warn("%llu of %llu records of no task or chat layout had none of the -f fields: "
		        "--max-chars counted 0 characters in them", (unsigned long long)c->no_f,
		        (unsigned long long)c->counted_f);
	if (c->group_seen && !c->group_many && c->grouped - c->no_group > 1)
		ko_warn("all %llu records with a --group-by field \"%s\" fell into one group, "
		        "\"%.*s%s\": the split could not part them%s",
		        (unsigned long long)(c->grouped - c->no_group), c->group_by, (int)c->group0n,
		        c->group0, c->group0n == sizeof c->group0 ? "..." : "",
		        c->group_cut ? "; values that hold a --group-cut character in their document "
		                       "part (a URL, a path) need other characters"
		                     : "");
	if (c->no_group)
		ko_warn("%llu of %llu records had no --group-by field \"%s\": each went to a "
		        "split on its own", (unsigned long long)c->no_group,
		        (unsigned long long)c->grouped, c->group_by);
	for (int k = 0; k < c->ncaps; k++) {
		const struct cap *cap = &c->caps[k];
		int cut = k == cap_of_groups(c);
		if (cap->over)
			ko_warn("%llu record%s over --max-per %s=%llu%s", (unsigned long long)cap->over,
			        cap->over == 1 ? "" : "s", cap->field, (unsigned long long)cap->n,
			        cut && c->group_cut
			            ? " (a value counted up to --group-cut, as the groups are)" : "");
		/* a cap on a field every record has its own value of (the
		 * ids of tasks, ID#k/TASK) caps nothing: what was meant is
		 * most often the document's tasks, its ids cut at '#' */
		if (!cap->over && cap->seen > 1 && cap->names.count == cap->seen && !cut)
			ko_warn("--max-per %s=%llu capped nothing: each of the %llu records has its own "
			        "%s%s", cap->field, (unsigned long long)cap->n,
			        (unsigned long long)cap->seen, cap->field, strcmp(cap->field, "id") ? "" :
			        "; to cap the tasks of one document: add --group-by id --group-cut '#/'");
	}
	if (c->repeats)
		ko_warn("%llu repeated cop%s written (--max-repeat %u)",
		        (unsigned long long)c->repeats, c->repeats == 1 ? "y" : "ies", c->max_repeat);
	uint64_t out = 0;
	for (int g = 0; g <= c->ngroups; g++)
		out += c->out_group[g];
	double lim = c->have_total ? c->max_repeat : 1;
	for (int g = 0; g < c->ngroups; g++)
		if (c->share[g] > 0 && !c->kept_group[g] && c->in_group[g])
			ko_warn("%s: no records left of %llu (all over --max-per)", c->groups.s[g],
			        (unsigned long long)c->in_group[g]);
		else if (c->share[g] > 0 && !c->kept_group[g] && c->refused_group[g])
			ko_warn("%s: no records: all %llu refused by --licenses, so the mix lacks its "
			        "share%s", c->groups.s[g], (unsigned long long)c->refused_group[g],
			        c->have_total && out < c->total ? " (--total not reached)" : "");
		else if (c->share[g] > 0 && !c->kept_group[g])
			ko_warn("%s: no records", c->groups.s[g]);
		else if (c->share[g] > 0 && c->rate[g] >= lim && c->want[g] > lim * c->kept_group[g] + 0.5)
			ko_warn("%s: %llu records of %.0f wanted (--max-repeat %u)", c->groups.s[g],
			        (unsigned long long)c->out_group[g], c->want[g], c->max_repeat);
	if (!c->have_ratio && c->have_total && c->rate[0] >= lim && c->want[0] > lim * c->kept_group[0] + 0.5)
		ko_warn("%llu records of %.0f wanted (--max-repeat %u)", (unsigned long long)out,
		        c->want[0], c->max_repeat);
	/* A split left empty (a small set: 27 documents, 10% asked) is
	 * a file a trainer fails on or evaluates nothing with: said. */
	for (int i = 0; out && i < c->nsplits; i++) {
		double share = c->split_to[i] - (i ? c->split_to[i - 1] : 0);
		if (!c->out_split[i] && share > 0)
			ko_warn("split %s: 0 records of %llu written (%.0f%% asked%s): more data or "
			        "another --seed", c->split_name[i], (unsigned long long)out, 100 * share,
			        c->group_by ? ", by --group-by group" : "");
	}
	/* Every record read is written, rejected or left out by the mix (not
	 * drawn, or over --max-per); repeated copies are written on top:
	 * in = out - repeats + rejected + left_out, said so the counts add up. */
	uint64_t left = c->over_cap + c->sampled_out;
	if (left || c->repeats) {
		struct ko_buf m = {0};
		ko_buf_addf(&m, "%zu read = %llu written", run->nin, (unsigned long long)out);
		if (c->repeats)
			ko_buf_addf(&m, " - %llu repeated", (unsigned long long)c->repeats);
		ko_buf_addf(&m, " + %zu rejected + %llu left out", run->ndropped + run->nbad,
		            (unsigned long long)left);
		if (c->sampled_out && c->over_cap)
			ko_buf_addf(&m, " (%llu not drawn, %llu over --max-per)",
			            (unsigned long long)c->sampled_out, (unsigned long long)c->over_cap);
		else if (left)
			ko_buf_adds(&m, c->over_cap ? " (over --max-per)" : " (not drawn)");
		ko_warn("%s", m.p);
		ko_buf_free(&m);
	}
	if (!run->opt->stats)
		return;
	struct ko_buf *b = &run->stats_extra;
	ko_buf_addf(b, "\"left_out\":%llu,\"repeats\":%llu,", (unsigned long long)left,
	            (unsigned long long)c->repeats);
	ko_buf_addf(b, "\"mix\":{\"out\":%llu,\"over_cap\":%llu,\"sampled_out\":%llu,"
	            "\"repeats\":%llu,\"spilled\":%s,\"memory\":%zu",
	            (unsigned long long)out, (unsigned long long)c->over_cap,
	            (unsigned long long)c->sampled_out, (unsigned long long)c->repeats,
	            c->spilled ? "true" : "false", c->memory);
	if (c->have_ratio) {
		ko_buf_adds(b, ",\"groups\":{");
		for (int g = 0; g < c->ngroups; g++) {
			if (g)
				ko_buf_addc(b, ',');
			ko_json_quotes(b, c->groups.s[g]);
			ko_buf_addf(b, ":{\"in\":%llu,\"after_cap\":%llu,\"rate\":%.4f,\"out\":%llu,"
			            "\"share\":%.4f,\"target\":%.4f}",
			            (unsigned long long)c->in_group[g],
			            (unsigned long long)c->kept_group[g], c->rate[g],
			            (unsigned long long)c->out_group[g], frac(c->out_group[g], out),
			            c->share[g]);
		}
		ko_buf_adds(b, "}");
	}
	if (c->nsplits) {
		ko_buf_adds(b, ",\"splits\":{");
		for (int i = 0; i < c->nsplits; i++) {
			if (i)
				ko_buf_addc(b, ',');
			ko_json_quotes(b, c->split_name[i]);
			ko_buf_addf(b, ":%llu", (unsigned long long)c->out_split[i]);
		}
		ko_buf_adds(b, "}");
	}
	ko_buf_adds(b, "}");
	stats_diversity(c, b);
}

static void conf_free(struct conf *c)
{
	for (int k = 0; k < c->ncaps; k++) {
		for (size_t v = 0; v < c->caps[k].names.count; v++) {
			free(c->caps[k].v[v].h);
			free(c->caps[k].v[v].per_group);
		}
		free(c->caps[k].v);
		names_free(&c->caps[k].names);
		free((char *)c->caps[k].field);
	}
	names_free(&c->tuples);
	names_free(&c->groups);
	names_free(&c->others);
	free(c->files);
	for (int i = 0; i < c->nsplits; i++)
		free((char *)c->split_name[i]);
	for (size_t i = 0; i < c->ndt; i++) {
		free(c->dt[i].name);
		free(c->dt[i].tmpl);
		hc_free(&c->dt[i].ins);
		hc_free(&c->dt[i].open);
	}
	free(c->dt);
	hc_free(&c->all_ins);
	hc_free(&c->all_open);
	ko_json_free(&c->j);
	ko_buf_free(&c->s1);
	free(c->block);
	ko_buf_free(&c->lic);
}

int main(int argc, char **argv)
{
	struct conf c = {.max_repeat = 1, .shuffle = 1, .memory = (size_t)256 << 20};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	finish_options(&c, &o);
	/* held rejects (below): --rejects is opened when the run has
	 * succeeded, so a failed or interrupted run leaves no file, partial
	 * or empty; a path that could not be written is said now, not after
	 * the run */
	if (c.files)
		ko_check_inputs(&o, c.files, c.nfiles);
	const char *rejects = o.rejects;
	int hold = rejects != NULL;
	if (hold) {
		check_writable(rejects);
		o.rejects = NULL;
	}
	struct ko_run run;
	ko_open(&run, &o);
	o.rejects = rejects;
	const char *keys[] = {c.by, c.group_by};
	for (int i = 0; i < 2; i++)
		if (keys[i])
			ko_run_reads_key(&run, keys[i]);
	for (int k = 0; k < c.ncaps; k++)
		ko_run_reads_key(&run, c.caps[k].field);
	/* --max-chars reads these, and a record with one twice is bad: jq,
	 * trainers and ko-format read the last, which the count must not
	 * miss */
	static const char *const counted[] = {"system",  "instruction", "input",        "output",
	                                      "history", "messages",    "conversations"};
	for (size_t i = 0; c.max_chars && i < sizeof counted / sizeof *counted; i++)
		ko_run_reads_key(&run, counted[i]);
	for (int f = 0; c.max_chars && f < o.nfields; f++)
		ko_run_reads_key(&run, o.fields[f]);
	if (c.files) {
		ko_in_close(run.in);
		run.in = ko_in_open(&run, c.files, c.nfiles);
	}
	c.run = &run;
	if (held(&c)) {
		/* what the program needs besides the records it holds */
		c.blockn = (c.memory - RESERVE) / sizeof(struct ent) * sizeof(struct ent);
		c.block = ko_xmalloc(c.blockn);
	}
	c.diversity = o.stats != NULL;
	if (hold)
		hold_rejects(&c, &run);
	struct ko_rec *r;
	if (!held(&c))
		open_writers(&c, &o); /* records go straight out */
	while ((r = ko_next(&run)))
		take(&c, r, &o);
	int missing = !run.stop && fields_missing(&c, &o);
	if (missing)
		ko_fail();
	if (!run.stop && !missing) {
		if (c.spilled)
			spill(&c); /* the rest too: scan and write read the buckets */
		compute_rates(&c);
		exact_draws(&c);
		if (held(&c))
			open_writers(&c, &o);
		if (c.spilled) {
			for (int i = 0; i < (c.shuffle ? FANOUT : 1); i++)
				write_bucket(&c, c.bucket[i], &c.bucketn[i], 0);
		} else {
			write_held(&c, held_ent(&c), c.nent, c.block);
		}
		/* the rejects (those of the draws too) once the output is
		 * written */
		int kept = close_writers(&c, 1);
		/* stdout too: its write error would show only in ko_close */
		kept &= ko_writer_flush(run.out) == 0;
		release_rejects(&c, &run, kept && !run.stop);
		report(&c, &run);
	} else {
		release_rejects(&c, &run, 0);
		close_writers(&c, 0);
	}
	remove_dir(&c);
	conf_free(&c);
	return ko_close(&run);
}
