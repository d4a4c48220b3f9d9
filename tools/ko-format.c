/* ko-format - task records into the formats trainers read (Alpaca,
 * ShareGPT, OpenAI messages, TRL prompt-completion, one text field in a
 * chat layout), those formats back into task records, and a check of
 * records against a format that names the first problem of a bad one.
 *
 * Every record goes through one model: an optional system text and turns
 * that alternate user, assistant, starting with a user turn and ending
 * with an assistant turn. A reader builds it from the --from format and
 * says what is wrong when it cannot (a missing role, two user turns in a
 * row); a writer renders it in the --to format. A task record is the
 * Alpaca form, and its earlier turns of a conversation are in "history"
 * as [user, assistant] pairs (the layout LLaMA-Factory reads), so a
 * multi-turn conversation survives the trip through task records. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <errno.h>

#include "ko.h"
#include "ko-trainer-chars.h"
#include "ko-format-layout.h"

enum fmt { F_ALPACA, F_SHAREGPT, F_MESSAGES, F_PC, F_TEXT, F_NONE };
static const char *const fmt_names[] = {"alpaca", "sharegpt", "messages", "prompt-completion",
                                        "text"};
enum role { R_SYSTEM, R_USER, R_ASSISTANT };
/* What each list format calls its roles and keys. */
static const char *const sharegpt_roles[] = {"system", "human", "gpt"};
static const char *const messages_roles[] = {"system", "user", "assistant"};

/* Fields a trainer format keeps by default: where the record came from
 * and under which licence (DESIGN: licence travels with the data). */
static const char *const provenance[] = {"id", "task", "source", "license", NULL};

/* A turn: its text is content[off, off+n); a user turn read from a task
 * record also has its input part [inoff, inoff+inn), joined to the
 * instruction by a blank line wherever one text is needed. The content is
 * kept as JSON string bodies, escaped: a field read from a record is
 * copied as it is (the record loop has checked it), and since the
 * escaped form of joined texts is the join of their escaped forms, every
 * writer only copies, never unescapes and quotes again. */
struct turn {
	int role;
	size_t off, n, inoff, inn;
};

struct conv {
	int has_system;
	size_t soff, sn;
	struct turn *t;
	size_t nt, cap;
	struct ko_buf content;
};

/* One piece of the layout: text before and after the content. */
struct piece {
	struct ko_buf pre, post;
	struct ko_buf epre, epost; /* the same, JSON-escaped */
};

struct layout {
	struct piece role[3];
	int has_system;
	struct ko_buf sep, esep;
	/* The markers a reader looks for: pre and post trimmed of blanks. */
	struct ko_buf mark[3], end[3], sepmark;
	/* The markers a turn's content must not hold (see marker_in), as
	 * they are and JSON-escaped. */
	const struct ko_buf *clash[7];
	struct ko_buf eclash[7];
	int nclash;
	int clash_first; /* the first byte of every escaped one, or -1 */
	/* NULL, or why text in the layout cannot be read back. */
	const char *unreadable;
};

/* The role whose turn comes after one of role r. */
static int next_role(int r)
{
	return r == R_USER ? R_ASSISTANT : R_USER;
}

enum { KEEP_PROVENANCE, KEEP_ALL, KEEP_NONE };

struct conf {
	int from, to, check, keep, keep_set, from_set;
	size_t max_chars;
	const char *layout_file;
	const char *textfield;
	struct layout lay;
	struct conv cv;
	struct ko_buf out, s, err;
};

enum { OPT_TO = 0x100, OPT_FROM, OPT_CHECK, OPT_LAYOUT, OPT_MAX, OPT_KEEP, OPT_BARE };

static const struct option longopts[] = {
	{"to", required_argument, NULL, OPT_TO},
	{"from", required_argument, NULL, OPT_FROM},
	{"check", required_argument, NULL, OPT_CHECK},
	{"layout", required_argument, NULL, OPT_LAYOUT},
	{"max-chars", required_argument, NULL, OPT_MAX},
	{"keep-fields", no_argument, NULL, OPT_KEEP},
	{"bare", no_argument, NULL, OPT_BARE},
	{0},
};

static int parse_fmt(const char *opt, const char *arg, int reading)
{
	for (int i = 0; i < F_NONE; i++)
		if (!strcmp(arg, fmt_names[i]))
			return i;
	if (reading && !strcmp(arg, "guanaco"))
		return F_TEXT;
	ko_usage("%s: expected alpaca, sharegpt, messages, prompt-completion or text, not '%s'",
	         opt, arg);
}

static void option(struct conf *c, int code, const char *arg)
{
	switch (code) {
	case OPT_TO: c->to = parse_fmt("--to", arg, 0); break;
	/* the pairs the SYNOPSIS gives as alternatives: the second of a pair
	 * would silently undo the first */
	case OPT_FROM:
	case OPT_CHECK:
		if ((code == OPT_FROM && c->check) || (code == OPT_CHECK && c->from_set))
			ko_usage("--from and --check exclude each other");
		c->from = parse_fmt(code == OPT_FROM ? "--from" : "--check", arg, 1);
		c->from_set = code == OPT_FROM;
		c->check = code == OPT_CHECK;
		break;
	case OPT_LAYOUT: c->layout_file = arg; break;
	case OPT_MAX: c->max_chars = (size_t)ko_opt_u64("--max-chars", arg, 1, (uint64_t)1 << 40); break;
	case OPT_KEEP:
	case OPT_BARE:
		if (c->keep_set && c->keep != (code == OPT_KEEP ? KEEP_ALL : KEEP_NONE))
			ko_usage("--keep-fields and --bare exclude each other");
		c->keep = code == OPT_KEEP ? KEEP_ALL : KEEP_NONE;
		c->keep_set = 1;
		break;
	}
}

/* ---- the layout ---- */

static int is_blank_byte(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static void trim(const char **p, size_t *n)
{
	while (*n && is_blank_byte(**p))
		(*p)++, (*n)--;
	while (*n && is_blank_byte((*p)[*n - 1]))
		(*n)--;
}

/* Set one key of the layout from its value as written (escapes \n \t \\
 * decoded, {content} once in a role, {{ and }} literal braces). 0, or -1
 * with the reason in why. */
static int layout_set(struct layout *l, const char *key, const char *v, size_t vn, int esc,
                      const char **why)
{
	int role = !strcmp(key, "system") ? R_SYSTEM : !strcmp(key, "user") ? R_USER
	         : !strcmp(key, "assistant") ? R_ASSISTANT : -1;
	if (role < 0 && strcmp(key, "separator")) {
		*why = "unknown key (expected system, user, assistant or separator)";
		return -1;
	}
	struct ko_buf *dst = role < 0 ? &l->sep : &l->role[role].pre;
	ko_buf_clear(dst);
	if (role >= 0)
		ko_buf_clear(&l->role[role].post);
	int seen = 0;
	for (size_t i = 0; i < vn; i++) {
		char ch = v[i];
		if (esc && ch == '\\' && i + 1 < vn) {
			char e = v[++i];
			ko_buf_addc(dst, e == 'n' ? '\n' : e == 't' ? '\t' : e);
			if (e != 'n' && e != 't' && e != '\\') {
				*why = "unknown escape (expected \\n, \\t or \\\\)";
				return -1;
			}
			continue;
		}
		if ((ch == '{' || ch == '}') && i + 1 < vn && v[i + 1] == ch) {
			ko_buf_addc(dst, ch);
			i++;
			continue;
		}
		if (ch == '{' && vn - i >= 9 && !memcmp(v + i, "{content}", 9)) {
			if (role < 0 || seen++) {
				*why = role < 0 ? "{content} in the separator" : "{content} twice";
				return -1;
			}
			dst = &l->role[role].post;
			i += 8;
			continue;
		}
		if (ch == '{' || ch == '}') {
			*why = "a brace that is not {content}, {{ or }}";
			return -1;
		}
		ko_buf_addc(dst, ch);
	}
	if (role >= 0 && !seen) {
		*why = "no {content}";
		return -1;
	}
	if (role == R_SYSTEM)
		l->has_system = 1;
	return 0;
}

/* Append p as the body of a JSON string (quoted, then the quotes
 * dropped). */
static void add_escaped(struct ko_buf *b, const char *p, size_t n)
{
	size_t at = b->n;
	ko_json_quote(b, p, n);
	memmove(b->p + at, b->p + at + 1, b->n - at - 2);
	b->n -= 2;
	b->p[b->n] = 0;
}

/* Markers for reading text back (a turn starts at its trimmed prefix),
 * and the escaped pieces for writing. */
static void layout_marks(struct layout *l)
{
	for (int i = 0; i < 3; i++) {
		ko_buf_clear(&l->role[i].epre);
		ko_buf_clear(&l->role[i].epost);
		add_escaped(&l->role[i].epre, l->role[i].pre.p, l->role[i].pre.n);
		add_escaped(&l->role[i].epost, l->role[i].post.p, l->role[i].post.n);
	}
	ko_buf_clear(&l->esep);
	add_escaped(&l->esep, l->sep.p, l->sep.n);
	for (int i = 0; i < 3; i++) {
		const char *p = l->role[i].pre.p ? l->role[i].pre.p : "";
		size_t n = l->role[i].pre.n;
		trim(&p, &n);
		ko_buf_clear(&l->mark[i]);
		ko_buf_add(&l->mark[i], p, n);
		p = l->role[i].post.p ? l->role[i].post.p : "";
		n = l->role[i].post.n;
		trim(&p, &n);
		ko_buf_clear(&l->end[i]);
		ko_buf_add(&l->end[i], p, n);
	}
	const char *p = l->sep.p ? l->sep.p : "";
	size_t n = l->sep.n;
	trim(&p, &n);
	ko_buf_clear(&l->sepmark);
	ko_buf_add(&l->sepmark, p, n);
	/* A reader ends a turn at the next role's marker, or where that has
	 * none (Llama-2's assistant) at the turn's own suffix; with neither
	 * the turns cannot be told apart. A trainer's tokenizer reads every
	 * marker of the layout as one special token wherever it stands
	 * (ChatML's <|im_end|> ends the turn in mid-sentence): so no turn may
	 * hold any role's prefix or suffix, nor the separator, blanks apart. */
	l->nclash = 0;
	const struct ko_buf *all[7] = {&l->mark[0], &l->mark[1], &l->mark[2], &l->end[0],
	                               &l->end[1],  &l->end[2],  &l->sepmark};
	for (int k = 0; k < 7; k++) {
		const struct ko_buf *m = all[k];
		int seen = !m->n;
		for (int i = 0; !seen && i < l->nclash; i++)
			seen = l->clash[i]->n == m->n && !memcmp(l->clash[i]->p, m->p, m->n);
		if (seen)
			continue;
		ko_buf_clear(&l->eclash[l->nclash]);
		add_escaped(&l->eclash[l->nclash], m->p, m->n);
		l->clash[l->nclash++] = m;
	}
	l->clash_first = l->nclash ? (unsigned char)l->eclash[0].p[0] : -1;
	for (int k = 1; k < l->nclash; k++)
		if ((unsigned char)l->eclash[k].p[0] != l->clash_first)
			l->clash_first = -1;
	l->unreadable = NULL;
	if (l->mark[R_USER].n && l->mark[R_USER].n == l->mark[R_ASSISTANT].n &&
	    !memcmp(l->mark[R_USER].p, l->mark[R_ASSISTANT].p, l->mark[R_USER].n))
		l->unreadable = "user and assistant turns start with the same marker";
	else if (!l->mark[R_ASSISTANT].n && !l->end[R_USER].n)
		l->unreadable = "the assistant turn has no prefix and the user turn no suffix";
	else if (!l->mark[R_USER].n && !l->end[R_ASSISTANT].n)
		l->unreadable = "the user turn has no prefix and the assistant turn no suffix";
	else if (l->has_system && !l->mark[R_USER].n && !l->end[R_SYSTEM].n)
		l->unreadable = "the user turn has no prefix and the system turn no suffix";
}

/* Load --layout FILE: KEY<TAB>VALUE lines, blank and '#' lines ignored.
 * A message and exit 1 on any problem of the file (a data or I/O error,
 * as every named file's), before a record is read. */
static void layout_load(struct layout *l, const char *file)
{
	FILE *f = ko_xfopen(file, "r");
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t k;
	int have[4] = {0};
	while ((k = getline(&line, &cap, f)) >= 0) {
		lineno++;
		size_t n = (size_t)k;
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		line[n] = 0;
		if (!n || line[0] == '#')
			continue;
		char *tab = strchr(line, '\t');
		const char *why;
		if (!tab) {
			fclose(f);
			ko_die("%s:%zu: expected KEY<TAB>VALUE", file, lineno);
		}
		*tab = 0;
		if (layout_set(l, line, tab + 1, n - (size_t)(tab + 1 - line), 1, &why) < 0) {
			fclose(f);
			ko_die("%s:%zu: %s: %s", file, lineno, line, why);
		}
		int key = !strcmp(line, "system") ? 0 : !strcmp(line, "user") ? 1
		        : !strcmp(line, "assistant") ? 2 : 3;
		if (have[key]++) {
			fclose(f);
			ko_die("%s:%zu: %s given twice", file, lineno, line);
		}
	}
	free(line);
	if (ferror(f))
		ko_die("%s: %s", file, strerror(errno));
	fclose(f);
	if (!have[1] || !have[2])
		ko_die("%s: the layout needs a user and an assistant line", file);
}

static void layout_init(struct layout *l, const char *file)
{
	const char *why;
	if (file) {
		layout_load(l, file);
	} else {
		for (size_t i = 0; i < sizeof format_default_layout / sizeof format_default_layout[0]; i++) {
			const char *v = format_default_layout[i].value;
			layout_set(l, format_default_layout[i].key, v, strlen(v), 0, &why);
		}
	}
	layout_marks(l);
}

static void layout_free(struct layout *l)
{
	for (int i = 0; i < 3; i++) {
		ko_buf_free(&l->role[i].pre);
		ko_buf_free(&l->role[i].post);
		ko_buf_free(&l->role[i].epre);
		ko_buf_free(&l->role[i].epost);
		ko_buf_free(&l->mark[i]);
		ko_buf_free(&l->end[i]);
	}
	for (int i = 0; i < 7; i++)
		ko_buf_free(&l->eclash[i]);
	ko_buf_free(&l->sep);
	ko_buf_free(&l->esep);
	ko_buf_free(&l->sepmark);
}

/* ---- the conversation model ---- */

static void conv_clear(struct conv *cv)
{
	cv->has_system = 0;
	cv->nt = 0;
	ko_buf_clear(&cv->content);
}

static struct turn *conv_add(struct conv *cv, int role)
{
	if (cv->nt == cv->cap) {
		cv->cap = cv->cap ? cv->cap * 2 : 16;
		cv->t = ko_xrealloc(cv->t, cv->cap * sizeof *cv->t);
	}
	struct turn *t = &cv->t[cv->nt++];
	memset(t, 0, sizeof *t);
	t->role = role;
	t->off = cv->content.n;
	return t;
}

#define CT(cv, off) ((cv)->content.p + (off))

/* A reader's complaint, formatted into c->err; returns -1. */
static int bad(struct conf *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int bad(struct conf *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	ko_buf_clear(&c->err);
	ko_buf_reserve(&c->err, (size_t)(k > 0 ? k : 0) + 1);
	va_start(ap, fmt);
	vsnprintf(c->err.p, (size_t)(k > 0 ? k : 0) + 1, fmt, ap);
	va_end(ap);
	c->err.n = (size_t)(k > 0 ? k : 0);
	return -1;
}

/* The string at token t appended to the content buffer, escaped as it
 * is in the record. */
static void add_str(struct conv *cv, const struct ko_json *j, int t)
{
	ko_buf_add(&cv->content, j->s + j->tok[t].start, (size_t)(j->tok[t].end - j->tok[t].start));
}

static int is_null(const struct ko_json *j, int t)
{
	return j->tok[t].type == KO_JSON_PRIMITIVE && j->s[j->tok[t].start] == 'n';
}

/* The value of key in object obj, checked to be one: -1 absent, -2 bad
 * (the message in c->err). */
static int member(struct conf *c, const struct ko_json *j, int obj, const char *key,
                  const char *where)
{
	int t = ko_json_obj_get(j, obj, key);
	if (t >= 0 && ko_json_obj_dup(j, obj, key))
		return bad(c, "%s%s\"%s\" given twice", where, *where ? ": " : "", key), -2;
	return t;
}

/* The one rule for an empty turn, in every reader and so for writing
 * and checking alike: its escaped content p[0..n) is empty or only white
 * space (ko_is_space: ASCII blanks, U+3000 and every Zs, as written or
 * as an escape). A trainer learns nothing from such a turn, and the text
 * format, which trims blanks, could not read it back. */
static int blank(const char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		uint32_t cp = 0;
		if (p[i] == '\\' && i + 1 < n) {
			char e = p[i + 1];
			if (e == 'u' && i + 5 < n) {
				cp = (uint32_t)strtoul((char[5]){p[i + 2], p[i + 3], p[i + 4], p[i + 5], 0},
				                       NULL, 16);
				i += 6;
			} else {
				cp = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'f' ? '\f' : 'x';
				i += 2;
			}
		} else {
			int k = ko_utf8_decode(p + i, n - i, &cp);
			i += k > 0 ? (size_t)k : 1;
		}
		if (!ko_is_space(cp))
			return 0;
	}
	return 1;
}

static int turn_blank(const struct conv *cv, const struct turn *t)
{
	return blank(cv->content.p + t->off, t->n) && blank(cv->content.p + t->inoff, t->inn);
}

/* The turns must alternate user, assistant, from a user turn to an
 * assistant turn, none empty: what chat templates and trainers need. */
static int check_turns(struct conf *c, const char *list, const char *const *names, int indexed)
{
	struct conv *cv = &c->cv;
	char where[96];
	if (cv->nt == 0)
		return bad(c, "%s: no %s or %s turn", list, names[R_USER], names[R_ASSISTANT]);
	for (size_t i = 0; i < cv->nt; i++) {
		const struct turn *t = &cv->t[i];
		int want = i % 2 ? R_ASSISTANT : R_USER;
		if (indexed)
			snprintf(where, sizeof where, "%s[%zu]", list, i + (size_t)cv->has_system);
		else
			snprintf(where, sizeof where, "%s: turn %zu", list, i + 1);
		if (t->role != want) {
			if (i == 0)
				return bad(c, "%s: the first turn is %s, expected %s", where,
				           names[t->role], names[R_USER]);
			return bad(c, "%s: %s after %s: turns must alternate %s and %s", where,
			           names[t->role], names[cv->t[i - 1].role], names[R_USER],
			           names[R_ASSISTANT]);
		}
		if (turn_blank(cv, t))
			return bad(c, "%s: empty %s turn", where, names[t->role]);
	}
	if (cv->t[cv->nt - 1].role != R_ASSISTANT)
		return bad(c, "%s: ends with a %s turn, no %s answer", list, names[R_USER],
		           names[R_ASSISTANT]);
	return 0;
}

/* ---- readers ---- */

/* A string member: 0 appended, 1 absent or null, -1 bad. */
static int read_str(struct conf *c, const struct ko_json *j, int obj, const char *key,
                    const char *where, int required)
{
	int t = member(c, j, obj, key, where);
	if (t == -2)
		return -1;
	if (t < 0 || is_null(j, t)) {
		if (required)
			return bad(c, "%s%s\"%s\" is %s", where, *where ? ": " : "", key,
			           t < 0 ? "missing" : "null");
		return 1;
	}
	if (j->tok[t].type != KO_JSON_STRING)
		return bad(c, "%s%s\"%s\" is not a string", where, *where ? ": " : "", key);
	add_str(&c->cv, j, t);
	return 0;
}

/* The top-level "system" field: 0 appended at at, 1 absent, -1 bad. An
 * empty or blank one is no system text, as a null one is: a field that
 * every record of a file carries, set or not (LLaMA-Factory reads ""
 * as "the template's default"). A system turn in a list or in a text is
 * a turn, and an empty one is a bad record like any empty turn. */
static int top_system(struct conf *c, const struct ko_json *j, size_t at)
{
	int e = read_str(c, j, 0, "system", "", 0);
	if (e == 0 && blank(c->cv.content.p + at, c->cv.content.n - at)) {
		c->cv.content.n = at;
		return 1;
	}
	return e;
}

/* A messages turn's "content": a string, or (OpenAI's and Hugging
 * Face's newer exports) an array of parts, of which text parts
 * ({"type":"text","text":...}, or the Responses API's "input_text" and
 * "output_text") are read, joined by a line break; a part of
 * another type (an image, audio) is a bad record: its text alone would be
 * another conversation. 0 read, -1 bad. */
static int read_content(struct conf *c, const struct ko_json *j, int obj, const char *where)
{
	int t = member(c, j, obj, "content", where);
	if (t == -2)
		return -1;
	if (t < 0 || j->tok[t].type != KO_JSON_ARRAY)
		return read_str(c, j, obj, "content", where, 1);
	if (j->tok[t].size == 0)
		return bad(c, "%s: \"content\" is an empty array", where);
	char part[96];
	int p = t + 1;
	for (int i = 0; i < j->tok[t].size; i++, p = ko_json_skip(j, p)) {
		snprintf(part, sizeof part, "%s: content[%d]", where, i);
		if (j->tok[p].type != KO_JSON_OBJECT)
			return bad(c, "%s: not an object", part);
		int ty = member(c, j, p, "type", part);
		if (ty == -2)
			return -1;
		if (ty < 0 || j->tok[ty].type != KO_JSON_STRING)
			return bad(c, "%s: \"type\" is %s", part, ty < 0 ? "missing" : "not a string");
		const char *ts = j->s + j->tok[ty].start;
		int tn = j->tok[ty].end - j->tok[ty].start;
		/* the Responses API's input_text and output_text are text parts */
		if (!(tn == 4 && !memcmp(ts, "text", 4)) && !(tn == 10 && !memcmp(ts, "input_text", 10)) &&
		    !(tn == 11 && !memcmp(ts, "output_text", 11)))
			return bad(c, "%s: a part of type '%.*s': only text parts are read", part,
			           tn > 40 ? 40 : tn, ts);
		if (i)
			ko_buf_adds(&c->cv.content, "\\n");
		if (read_str(c, j, p, "text", part, 1) < 0)
			return -1;
	}
	return 0;
}

static int read_alpaca(struct conf *c, const struct ko_json *j)
{
	struct conv *cv = &c->cv;
	int h = member(c, j, 0, "history", "");
	if (h == -2)
		return -1;
	if (h >= 0 && !is_null(j, h)) {
		if (j->tok[h].type != KO_JSON_ARRAY)
			return bad(c, "\"history\" is not an array of [user, assistant] pairs");
		int p = h + 1;
		for (int i = 0; i < j->tok[h].size; i++, p = ko_json_skip(j, p)) {
			if (j->tok[p].type != KO_JSON_ARRAY || j->tok[p].size != 2 ||
			    j->tok[p + 1].type != KO_JSON_STRING ||
			    j->tok[ko_json_skip(j, p + 1)].type != KO_JSON_STRING)
				return bad(c, "history[%d]: not a [user, assistant] pair of strings", i);
			struct turn *t = conv_add(cv, R_USER);
			add_str(cv, j, p + 1);
			t->n = cv->content.n - t->off;
			if (turn_blank(cv, t))
				return bad(c, "history[%d]: empty user turn", i);
			t = conv_add(cv, R_ASSISTANT);
			add_str(cv, j, ko_json_skip(j, p + 1));
			t->n = cv->content.n - t->off;
			if (turn_blank(cv, t))
				return bad(c, "history[%d]: empty assistant turn", i);
		}
	}
	size_t at = cv->content.n;
	int e = top_system(c, j, at);
	if (e < 0)
		return -1;
	if (e == 0) {
		cv->has_system = 1;
		cv->soff = at;
		cv->sn = cv->content.n - at;
	}
	struct turn *t = conv_add(cv, R_USER);
	if (read_str(c, j, 0, "instruction", "", 1) < 0)
		return -1;
	t = &cv->t[cv->nt - 1];
	t->n = cv->content.n - t->off;
	t->inoff = cv->content.n;
	if (read_str(c, j, 0, "input", "", 0) < 0)
		return -1;
	t = &cv->t[cv->nt - 1];
	t->inn = cv->content.n - t->inoff;
	if (turn_blank(cv, t))
		return bad(c, "\"instruction\" is empty");
	t = conv_add(cv, R_ASSISTANT);
	if (read_str(c, j, 0, "output", "", 1) < 0)
		return -1;
	t = &cv->t[cv->nt - 1];
	t->n = cv->content.n - t->off;
	if (turn_blank(cv, t))
		return bad(c, "\"output\" is empty");
	return 0;
}

/* A list of turns: ShareGPT's conversations [{from, value}] or OpenAI's
 * messages [{role, content}]; a system turn only first. */
static int read_list(struct conf *c, const struct ko_json *j, int list, const char *name,
                     const char *rolekey, const char *textkey, const char *const *names,
                     int whole)
{
	struct conv *cv = &c->cv;
	if (j->tok[list].type != KO_JSON_ARRAY)
		return bad(c, "\"%s\" is not an array", name);
	char where[64];
	int p = list + 1;
	for (int i = 0; i < j->tok[list].size; i++, p = ko_json_skip(j, p)) {
		snprintf(where, sizeof where, "%s[%d]", name, i);
		if (j->tok[p].type != KO_JSON_OBJECT)
			return bad(c, "%s: not an object", where);
		int rt = member(c, j, p, rolekey, where);
		if (rt == -2)
			return -1;
		if (rt < 0)
			return bad(c, "%s: \"%s\" is missing", where, rolekey);
		if (j->tok[rt].type != KO_JSON_STRING)
			return bad(c, "%s: \"%s\" is not a string", where, rolekey);
		int role = -1;
		const char *rs = j->s + j->tok[rt].start;
		size_t rn = (size_t)(j->tok[rt].end - j->tok[rt].start);
		for (int k = 0; k < 3; k++)
			if (strlen(names[k]) == rn && !memcmp(rs, names[k], rn))
				role = k;
		/* ShareGPT exports that took the messages roles (from "user",
		 * "assistant"): read as human and gpt with --from, the speakers
		 * being plain; --check sharegpt still refuses them, as
		 * LLaMA-Factory's default sharegpt tags (human, gpt) would
		 * misread them */
		if (role < 0 && names == sharegpt_roles) {
			int alias = rn == 4 && !memcmp(rs, "user", 4) ? 1 : rn == 9 && !memcmp(rs, "assistant", 9) ? 2 : -1;
			if (alias > 0 && !c->check)
				role = alias;
			else if (alias > 0)
				return bad(c, "%s: %s '%.*s' is a messages role: sharegpt says %s (--from sharegpt "
				           "reads it)", where, rolekey, (int)rn, rs, names[alias]);
		}
		/* OpenAI's developer role is the system turn of its newer
		 * models: read as system; --check messages refuses it, as a
		 * trainer's messages template may not know it */
		if (role < 0 && names == messages_roles && rn == 9 && !memcmp(rs, "developer", 9)) {
			if (c->check)
				return bad(c, "%s: %s 'developer': a trainer's messages template may not know it "
				           "(--from messages reads it as system)", where, rolekey);
			role = R_SYSTEM;
		}
		if (role < 0)
			return bad(c, "%s: unknown %s '%.*s' (expected %s, %s or %s%s)", where, rolekey,
			           (int)(rn > 40 ? 40 : rn), rs, names[0], names[1], names[2],
			           names == messages_roles ? "; developer is read as system" : "");
		if (role == R_SYSTEM && i > 0)
			return bad(c, "%s: a %s turn after the first", where, names[R_SYSTEM]);
		size_t at = cv->content.n;
		struct turn *t = role == R_SYSTEM ? NULL : conv_add(cv, role);
		int e = names == messages_roles ? read_content(c, j, p, where)
		                                : read_str(c, j, p, textkey, where, 1);
		if (e < 0)
			return -1;
		if (role == R_SYSTEM) {
			if (blank(cv->content.p + at, cv->content.n - at))
				return bad(c, "%s: empty %s turn", where, names[R_SYSTEM]);
			cv->has_system = 1;
			cv->soff = at;
			cv->sn = cv->content.n - at;
		} else {
			t = &cv->t[cv->nt - 1];
			t->n = cv->content.n - t->off;
		}
	}
	return whole ? check_turns(c, name, names, 1) : 0;
}

/* A top-level "system" beside a list of turns (LLaMA-Factory's sharegpt
 * layout has one): the system text, as a system turn would be. Both at
 * once is a bad record: which one a trainer would use is not known. */
static int read_top_system(struct conf *c, const struct ko_json *j, const char *list)
{
	struct conv *cv = &c->cv;
	int had = cv->has_system;
	size_t at = cv->content.n;
	int e = top_system(c, j, at);
	if (e < 0)
		return -1;
	if (e == 1)
		return 0;
	if (had)
		return bad(c, "a \"system\" field and a system turn in %s", list);
	cv->has_system = 1;
	cv->soff = at;
	cv->sn = cv->content.n - at;
	return 0;
}

/* Where m[0..mn) is in p[from..n), or -1: memchr to each place its first
 * byte is (a marker's first byte is rare in prose), then the rest. */
static int find(const char *p, size_t n, const char *m, size_t mn, size_t from)
{
	if (mn == 0 || n < mn)
		return -1;
	size_t last = n - mn; /* the last place it could start */
	while (from <= last) {
		const char *q = memchr(p + from, m[0], last - from + 1);
		if (!q)
			return -1;
		if (!memcmp(q + 1, m + 1, mn - 1))
			return (int)(q - p);
		from = (size_t)(q - p) + 1;
	}
	return -1;
}

/* Strip a trailing marker (after blanks) from p[0..*n). */
static void strip_end(const char *p, size_t *n, const struct ko_buf *m)
{
	while (*n && is_blank_byte(p[*n - 1]))
		(*n)--;
	if (m->n && *n >= m->n && !memcmp(p + *n - m->n, m->p, m->n))
		*n -= m->n;
	while (*n && is_blank_byte(p[*n - 1]))
		(*n)--;
}

/* Text in the layout: each turn starts at its role's marker (the prefix,
 * blanks trimmed), roles alternate, and a turn's content is what lies
 * before the next marker less the suffix, the separator and blanks. So
 * Guanaco's "Q### Assistant: A" reads as well as the layout ko-format
 * writes. */
static int read_text(struct conf *c, const char *p, size_t n, const char *name)
{
	struct layout *l = &c->lay;
	struct conv *cv = &c->cv;
	size_t i = 0;
	while (i < n && is_blank_byte(p[i]))
		i++;
	int role = R_USER;
	if (l->mark[R_SYSTEM].n && n - i >= l->mark[R_SYSTEM].n &&
	    !memcmp(p + i, l->mark[R_SYSTEM].p, l->mark[R_SYSTEM].n))
		role = R_SYSTEM;
	else if (n - i < l->mark[R_USER].n || memcmp(p + i, l->mark[R_USER].p, l->mark[R_USER].n))
		return bad(c, "%s: does not start with '%s'", name, l->mark[R_USER].p);
	while (i < n) {
		i += l->mark[role].n;
		int next = next_role(role);
		/* The turn ends at the next role's marker; a role without one
		 * (Llama-2's assistant) starts after this turn's suffix. */
		int bysuffix = !l->mark[next].n;
		const struct ko_buf *stop = bysuffix ? &l->end[role] : &l->mark[next];
		int e = find(p, n, stop->p, stop->n, i);
		/* The same role's marker first: two turns of one role in a row. */
		int again = role == R_SYSTEM ? -1 : find(p, n, l->mark[role].p, l->mark[role].n, i);
		if (again >= 0 && (e < 0 || again < e))
			return bad(c, "%s: %s after %s: turns must alternate user and assistant", name,
			           role == R_USER ? "user" : "assistant", role == R_USER ? "user" : "assistant");
		size_t end = e < 0 ? n : (size_t)e;
		size_t cn = end - i;
		if (e >= 0 && !bysuffix)
			strip_end(p + i, &cn, &l->sepmark);
		if (!bysuffix)
			strip_end(p + i, &cn, &l->end[role]);
		while (cn && is_blank_byte(p[i + cn - 1]))
			cn--;
		const char *cp = p + i;
		while (cn && is_blank_byte(*cp))
			cp++, cn--;
		if (bysuffix && e >= 0) {
			/* past the suffix, blanks and the separator */
			end += stop->n;
			while (end < n && is_blank_byte(p[end]))
				end++;
			if (l->sepmark.n && n - end >= l->sepmark.n &&
			    !memcmp(p + end, l->sepmark.p, l->sepmark.n))
				end += l->sepmark.n;
		}
		if (role == R_SYSTEM) {
			cv->has_system = 1;
			cv->soff = cv->content.n;
			add_escaped(&cv->content, cp, cn);
			cv->sn = cv->content.n - cv->soff;
			if (blank(cv->content.p + cv->soff, cv->sn))
				return bad(c, "%s: empty system turn", name);
		} else {
			struct turn *t = conv_add(cv, role);
			add_escaped(&cv->content, cp, cn);
			t->n = cv->content.n - t->off;
		}
		i = end;
		role = next;
	}
	static const char *const roles[] = {"system", "user", "assistant"};
	return check_turns(c, name, roles, 0);
}

static int read_pc(struct conf *c, const struct ko_json *j)
{
	struct conv *cv = &c->cv;
	int pt = member(c, j, 0, "prompt", ""), ct = member(c, j, 0, "completion", "");
	if (pt == -2 || ct == -2)
		return -1;
	if (pt < 0 || ct < 0)
		return bad(c, "\"%s\" is missing", pt < 0 ? "prompt" : "completion");
	int pk = j->tok[pt].type, ck = j->tok[ct].type;
	if (pk == KO_JSON_ARRAY && ck == KO_JSON_ARRAY) {
		/* TRL's conversational form: lists of messages, the completion
		 * one assistant turn. */
		if (read_list(c, j, pt, "prompt", "role", "content", messages_roles, 0) < 0)
			return -1;
		size_t before = cv->nt;
		int sys = cv->has_system;
		if (read_list(c, j, ct, "completion", "role", "content", messages_roles, 0) < 0)
			return -1;
		if (cv->nt != before + 1 || cv->has_system != sys)
			return bad(c, "completion: not one assistant turn");
		return check_turns(c, "prompt", messages_roles, 0);
	}
	if (pk != KO_JSON_STRING || ck != KO_JSON_STRING)
		return bad(c, "\"prompt\" and \"completion\" must both be strings or both lists");
	/* A prompt in the layout is read as the layout; any other prompt is
	 * the instruction as it is. */
	struct ko_buf *s = &c->s;
	ko_buf_clear(s);
	ko_json_str_checked(j, pt, s);
	const char *q = s->p;
	size_t qn = s->n;
	trim(&q, &qn);
	const struct layout *l = &c->lay;
	int layout = (qn >= l->mark[R_USER].n && !memcmp(q, l->mark[R_USER].p, l->mark[R_USER].n)) ||
	             (l->mark[R_SYSTEM].n && qn >= l->mark[R_SYSTEM].n &&
	              !memcmp(q, l->mark[R_SYSTEM].p, l->mark[R_SYSTEM].n));
	if (layout) {
		ko_json_str_checked(j, ct, s);
		return read_text(c, s->p, s->n, "prompt");
	}
	struct turn *t = conv_add(cv, R_USER);
	add_str(cv, j, pt);
	t->n = cv->content.n - t->off;
	t = conv_add(cv, R_ASSISTANT);
	add_str(cv, j, ct);
	t = &cv->t[cv->nt - 1];
	t->n = cv->content.n - t->off;
	static const char *const names[] = {"system", "prompt", "completion"};
	return check_turns(c, "prompt", names, 0);
}

static int read_rec(struct conf *c, struct ko_rec *r)
{
	const struct ko_json *j = &r->json;
	int t;
	switch (c->from) {
	case F_ALPACA: return read_alpaca(c, j);
	case F_SHAREGPT:
	case F_MESSAGES: {
		const char *key = c->from == F_SHAREGPT ? "conversations" : "messages";
		if ((t = member(c, j, 0, key, "")) == -2)
			return -1;
		if (t < 0)
			return bad(c, "\"%s\" is missing", key);
		if (c->from == F_SHAREGPT
		        ? read_list(c, j, t, key, "from", "value", sharegpt_roles, 1) < 0
		        : read_list(c, j, t, key, "role", "content", messages_roles, 1) < 0)
			return -1;
		return read_top_system(c, j, key);
	}
	case F_PC: return read_pc(c, j);
	default:
		if ((t = member(c, j, 0, c->textfield, "")) == -2)
			return -1;
		if (t < 0 || j->tok[t].type != KO_JSON_STRING)
			return bad(c, "\"%s\" is %s", c->textfield, t < 0 ? "missing" : "not a string");
		ko_buf_clear(&c->s);
		ko_json_str_checked(j, t, &c->s);
		return read_text(c, c->s.p, c->s.n, c->textfield);
	}
}

/* ---- writers ---- */

/* A turn's content, escaped; a user turn is the instruction, then a
 * blank line and the input when there is one. */
static void add_content(struct ko_buf *b, const struct conv *cv, const struct turn *t)
{
	ko_buf_add(b, CT(cv, t->off), t->n);
	if (t->inn) {
		if (t->n)
			ko_buf_adds(b, "\\n\\n");
		ko_buf_add(b, CT(cv, t->inoff), t->inn);
	}
}

static void add_quoted(struct ko_buf *b, const struct conv *cv, const struct turn *t)
{
	ko_buf_addc(b, '"');
	add_content(b, cv, t);
	ko_buf_addc(b, '"');
}

/* The conversation in the layout; with upto set, stop after the last
 * assistant's prefix (the prompt of prompt-completion). */
static void render(struct ko_buf *b, const struct layout *l, const struct conv *cv, int upto)
{
	int first = 1;
	if (cv->has_system) {
		ko_buf_add(b, l->role[R_SYSTEM].epre.p, l->role[R_SYSTEM].epre.n);
		ko_buf_add(b, CT(cv, cv->soff), cv->sn);
		ko_buf_add(b, l->role[R_SYSTEM].epost.p, l->role[R_SYSTEM].epost.n);
		first = 0;
	}
	for (size_t i = 0; i < cv->nt; i++) {
		const struct turn *t = &cv->t[i];
		const struct piece *pc = &l->role[t->role];
		if (!first)
			ko_buf_add(b, l->esep.p, l->esep.n);
		first = 0;
		ko_buf_add(b, pc->epre.p, pc->epre.n);
		if (upto && i == cv->nt - 1)
			return;
		add_content(b, cv, t);
		ko_buf_add(b, pc->epost.p, pc->epost.n);
	}
}

static void write_list(struct ko_buf *b, const struct conv *cv, const char *key,
                       const char *rolekey, const char *textkey, const char *const *names)
{
	ko_buf_addf(b, "{\"%s\":[", key);
	if (cv->has_system) {
		ko_buf_addf(b, "{\"%s\":\"%s\",\"%s\":\"", rolekey, names[R_SYSTEM], textkey);
		ko_buf_add(b, CT(cv, cv->soff), cv->sn);
		ko_buf_adds(b, "\"}");
	}
	for (size_t i = 0; i < cv->nt; i++) {
		if (i || cv->has_system)
			ko_buf_addc(b, ',');
		ko_buf_addf(b, "{\"%s\":\"%s\",\"%s\":", rolekey, names[cv->t[i].role], textkey);
		add_quoted(b, cv, &cv->t[i]);
		ko_buf_addc(b, '}');
	}
	ko_buf_adds(b, "]");
}

static void write_alpaca(struct ko_buf *b, const struct conv *cv)
{
	const struct turn *u = &cv->t[cv->nt - 2], *a = &cv->t[cv->nt - 1];
	ko_buf_adds(b, "{\"instruction\":\"");
	ko_buf_add(b, CT(cv, u->off), u->n);
	ko_buf_adds(b, "\",\"input\":\"");
	ko_buf_add(b, CT(cv, u->inoff), u->inn);
	ko_buf_adds(b, "\",\"output\":\"");
	ko_buf_add(b, CT(cv, a->off), a->n);
	ko_buf_addc(b, '"');
	if (cv->has_system) {
		ko_buf_adds(b, ",\"system\":\"");
		ko_buf_add(b, CT(cv, cv->soff), cv->sn);
		ko_buf_addc(b, '"');
	}
	if (cv->nt > 2) {
		ko_buf_adds(b, ",\"history\":[");
		for (size_t i = 0; i + 2 < cv->nt; i += 2) {
			ko_buf_adds(b, i ? ",[" : "[");
			add_quoted(b, cv, &cv->t[i]);
			ko_buf_addc(b, ',');
			add_quoted(b, cv, &cv->t[i + 1]);
			ko_buf_addc(b, ']');
		}
		ko_buf_addc(b, ']');
	}
}

/* The keys a format writes or a reader consumed: never carried over. */
static int consumed(const struct conf *c, const char *k, size_t n)
{
	static const char *const keys[] = {"instruction", "input", "output", "system", "history",
	                                   "conversations", "messages", "prompt", "completion",
	                                   NULL};
	for (int i = 0; keys[i]; i++)
		if (strlen(keys[i]) == n && !memcmp(keys[i], k, n))
			return 1;
	if ((c->from == F_TEXT || c->to == F_TEXT) && strlen(c->textfield) == n &&
	    !memcmp(c->textfield, k, n))
		return 1;
	return 0;
}

/* The record's other fields, raw, in their order: all, or the provenance
 * ones, or none. */
static void carry(struct ko_buf *b, const struct conf *c, const struct ko_json *j)
{
	int keep = c->keep_set ? c->keep : c->to == F_ALPACA ? KEEP_ALL : KEEP_PROVENANCE;
	if (keep == KEEP_NONE)
		return;
	int i = 1;
	for (int m = 0; m < j->tok[0].size; m++) {
		int key = i, val = i + 1;
		i = ko_json_skip(j, val);
		const struct ko_json_tok *kt = &j->tok[key], *vt = &j->tok[val];
		const char *k = j->s + kt->start;
		size_t kn = (size_t)(kt->end - kt->start);
		if (consumed(c, k, kn))
			continue;
		if (keep == KEEP_PROVENANCE) {
			int hit = 0;
			for (int p = 0; provenance[p]; p++)
				hit |= strlen(provenance[p]) == kn && !memcmp(provenance[p], k, kn);
			if (!hit)
				continue;
		}
		int lo = vt->type == KO_JSON_STRING ? vt->start - 1 : vt->start;
		int hi = vt->type == KO_JSON_STRING ? vt->end + 1 : vt->end;
		ko_buf_addc(b, ',');
		ko_buf_add(b, k - 1, kn + 2);
		ko_buf_addc(b, ':');
		ko_buf_add(b, j->s + lo, (size_t)(hi - lo));
	}
}

/* Characters a trainer concatenates: for text and prompt-completion the
 * whole rendered text; for the others every turn's content, the system
 * text, and the blank line between instruction and input. */
static size_t count_chars(struct conf *c, int fmt)
{
	struct conv *cv = &c->cv;
	if (fmt == F_TEXT || fmt == F_PC) {
		ko_buf_clear(&c->s);
		render(&c->s, &c->lay, cv, 0);
		return count_escaped(c->s.p, c->s.n);
	}
	size_t k = cv->has_system ? count_escaped(CT(cv, cv->soff), cv->sn) : 0;
	for (size_t i = 0; i < cv->nt; i++) {
		const struct turn *t = &cv->t[i];
		k += count_escaped(CT(cv, t->off), t->n);
		if (t->inn)
			k += count_escaped(CT(cv, t->inoff), t->inn) + (t->n ? 2 : 0);
	}
	return k;
}

/* The marker a reader of the layout would take in the escaped text
 * p[0..n) for the start or end of a turn, or NULL: the user and assistant
 * markers, and the suffix of a role whose next turn has no marker. Text
 * whose escapes are all of one spelling (no \u, no \/) is searched as it
 * is for the escaped marker, at a place no escape's backslash precedes;
 * other text is unescaped first. */
static const struct ko_buf *marker_in(struct conf *c, const char *p, size_t n)
{
	const struct layout *l = &c->lay;
	const char *why;
	if (!n)
		return NULL;
	int plain = 1;
	for (const char *b = memchr(p, '\\', n); b && plain; b = memchr(b + 2, '\\', (size_t)(p + n - b - 2)))
		plain = b + 1 < p + n && b[1] != 'u' && b[1] != '/' && b + 2 < p + n;
	if (plain && l->clash_first >= 0) {
		/* one pass to each place of the markers' common first byte */
		for (const char *q = memchr(p, l->clash_first, n); q;
		     q = q + 1 < p + n ? memchr(q + 1, l->clash_first, (size_t)(p + n - q - 1)) : NULL) {
			size_t at = (size_t)(q - p), bs = 0;
			while (bs < at && p[at - 1 - bs] == '\\')
				bs++;
			if (bs % 2)
				continue;
			for (int k = 0; k < l->nclash; k++)
				if (l->eclash[k].n <= n - at && !memcmp(q, l->eclash[k].p, l->eclash[k].n))
					return l->clash[k];
		}
		return NULL;
	}
	if (plain) {
		for (int k = 0; k < l->nclash; k++) {
			const struct ko_buf *m = &l->eclash[k];
			for (int at = find(p, n, m->p, m->n, 0); at >= 0;
			     at = find(p, n, m->p, m->n, (size_t)at + 1)) {
				size_t bs = 0;
				while (bs < (size_t)at && p[at - 1 - (int)bs] == '\\')
					bs++;
				if (bs % 2 == 0)
					return l->clash[k];
			}
		}
		return NULL;
	}
	ko_buf_clear(&c->s);
	if (ko_json_unescape(&c->s, p, n, &why) < 0)
		return NULL;
	for (int k = 0; k < l->nclash; k++)
		if (find(c->s.p, c->s.n, l->clash[k]->p, l->clash[k]->n, 0) >= 0)
			return l->clash[k];
	return NULL;
}

/* Text in the layout that a reader would cut elsewhere than where the
 * turns are: rejected with the marker, since what cannot be read back
 * (by ko-format or a trainer's template) would teach the wrong turns. */
static const struct ko_buf *layout_clash(struct conf *c)
{
	const struct conv *cv = &c->cv;
	const struct ko_buf *m = NULL;
	if (cv->has_system)
		m = marker_in(c, CT(cv, cv->soff), cv->sn);
	for (size_t i = 0; !m && i < cv->nt; i++) {
		m = marker_in(c, CT(cv, cv->t[i].off), cv->t[i].n);
		if (!m)
			m = marker_in(c, CT(cv, cv->t[i].inoff), cv->t[i].inn);
	}
	return m;
}

static int format(struct conf *c, struct ko_rec *r)
{
	conv_clear(&c->cv);
	if (read_rec(c, r) < 0)
		return ko_rec_fail(r, "%s", c->err.p);
	if (c->cv.has_system && !c->lay.has_system && (c->to == F_TEXT || c->to == F_PC) && !c->check)
		return ko_rec_fail(r, "a system text, and the layout has no system line");
	if (c->max_chars && count_chars(c, c->check ? c->from : c->to) > c->max_chars)
		return ko_rec_reject(r, "over --max-chars");
	const struct ko_buf *m;
	if ((c->to == F_TEXT || c->to == F_PC) && !c->check && (m = layout_clash(c))) {
		ko_buf_clear(&c->err);
		ko_buf_addf(&c->err, "the layout's marker '%s' in a turn", m->p);
		return ko_rec_reject(r, c->err.p);
	}
	if (c->check) {
		ko_pass(r);
		return 0;
	}
	struct conv *cv = &c->cv;
	struct ko_buf *b = &c->out;
	ko_buf_clear(b);
	switch (c->to) {
	case F_ALPACA:
		if (c->from == F_ALPACA && c->keep != KEEP_NONE) {
			/* A task record stays as it is, unless its input is
			 * not a string (absent, null): then it is "";
			 * --bare leaves its other fields out. */
			int t = ko_json_get(&r->json, "input");
			if (t >= 0 && r->json.tok[t].type == KO_JSON_STRING) {
				ko_pass(r);
				return 0;
			}
		}
		write_alpaca(b, cv);
		break;
	case F_SHAREGPT: write_list(b, cv, "conversations", "from", "value", sharegpt_roles); break;
	case F_MESSAGES: write_list(b, cv, "messages", "role", "content", messages_roles); break;
	case F_PC:
		ko_buf_adds(b, "{\"prompt\":\"");
		render(b, &c->lay, cv, 1);
		ko_buf_adds(b, "\",\"completion\":\"");
		add_content(b, cv, &cv->t[cv->nt - 1]);
		ko_buf_add(b, c->lay.role[R_ASSISTANT].epost.p, c->lay.role[R_ASSISTANT].epost.n);
		ko_buf_addc(b, '"');
		break;
	default:
		ko_buf_addc(b, '{');
		ko_json_quotes(b, c->textfield);
		ko_buf_adds(b, ":\"");
		render(b, &c->lay, cv, 0);
		ko_buf_addc(b, '"');
	}
	carry(b, c, &r->json);
	ko_buf_addc(b, '}');
	ko_emit(r->run, b->p, b->n);
	return 0;
}

static const struct ko_tool tool = {
	.name = "ko-format",
	.usage = "[--to FORMAT] [--from FORMAT | --check FORMAT] [--layout FILE]\n"
	         "                 [--max-chars N] [--keep-fields | --bare] [shared options]\n"
	         "                 [FILE...]",
	.help = "Convert records between task records (alpaca) and the formats trainers read:\n"
	        "sharegpt, messages, prompt-completion, text (a chat layout). --from reads a\n"
	        "format back into task records; --check only checks records against a format\n"
	        "and passes the good ones on, and a bad one is reported with what is wrong\n"
	        "first (a missing role, turns that do not alternate).\n"
	        "\n"
	        "      --to FORMAT       write this format (default alpaca: task records)\n"
	        "      --from FORMAT     read this format (default alpaca); guanaco is text\n"
	        "      --check FORMAT    check records against FORMAT, write them unchanged\n"
	        "      --layout FILE     the chat layout of text and prompt-completion:\n"
	        "                        KEY<TAB>VALUE lines for system, user, assistant\n"
	        "                        ({content} in each) and separator\n"
	        "      --max-chars N     reject records whose trainer text is longer than N\n"
	        "                        characters (reason: over --max-chars)\n"
	        "      --keep-fields     carry every other field onto the output\n"
	        "      --bare            carry no other field (default: id, task, source and\n"
	        "                        license; all of them for --to alpaca)\n",
	.longopts = longopts,
	.json_only = 1,
	.unused = KO_UNUSED_SEED,
	.field_help = "the field of the text format, written by --to text and\n"
	              "                        read by --from text and --check text (default text)",
};

int main(int argc, char **argv)
{
	struct conf c = {.from = F_ALPACA, .to = F_ALPACA};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (c.check && c.to != F_ALPACA)
		ko_usage("--check writes records unchanged: it takes no --to");
	c.textfield = o.field;
	ko_buf_reserve(&c.cv.content, 1);
	layout_init(&c.lay, c.layout_file);
	if ((c.from == F_TEXT || c.from == F_PC) && c.lay.unreadable)
		ko_fatal(2, "%s: the layout is write-only: %s, so text in it cannot be read back "
		         "(--%s %s)", c.layout_file, c.lay.unreadable, c.check ? "check" : "from",
		         fmt_names[c.from]);
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		format(&c, r);
	layout_free(&c.lay);
	free(c.cv.t);
	ko_buf_free(&c.cv.content);
	ko_buf_free(&c.out);
	ko_buf_free(&c.s);
	ko_buf_free(&c.err);
	return ko_close(&run);
}
