/* ko-lastsent - last-sentence (continuation) tasks: the sentences before
 * one sentence of a text are the context, that sentence is the answer. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ko.h"

enum { T_LAST, T_NEXT };
static const struct ko_task tasks[] = {
	{"last-sentence", NULL, "text answer", "{text}", "{answer}"},
	{"next-sentence", NULL, "text answer", "{text}", "{answer}"},
};

struct conf {
	size_t min_sentences;
	long position; /* 1-based; negative counts from the end */
	int random_position;
	struct ko_gen gen;
};

enum { OPT_MIN = 0x100, OPT_POSITION };

static const struct option longopts[] = {
	{"min-sentences", required_argument, NULL, OPT_MIN},
	{"position", required_argument, NULL, OPT_POSITION},
	KO_TASK_LONGOPTS,
	KO_TASK_SENT_LONGOPTS,
	{0},
};

static void option(struct conf *c, int code, const char *arg)
{
	char *end;
	long v;
	switch (code) {
	case OPT_MIN:
		c->min_sentences = ko_opt_u64("--min-sentences", arg, 2, 1000000);
		break;
	case OPT_POSITION:
		if (!strcmp(arg, "random")) {
			c->random_position = 1;
			break;
		}
		errno = 0;
		v = strtol(arg, &end, 10);
		if (errno || *end || end == arg || v == 0 || v == 1 || v < -1000000 || v > 1000000)
			ko_usage("--position: expected random, a sentence number from 2, or "
			         "a negative number counting from the end, not '%s'", arg);
		c->position = v;
		c->random_position = 0;
		break;
	default:
		if (ko_task_option(&c->gen, code, arg) < 0)
			ko_usage("%s", c->gen.err);
	}
}

/* One record: a task, a pass, a reject or a failure. */
static int lastsent(struct conf *c, struct ko_rec *r)
{
	struct ko_gen *g = &c->gen;
	if (!ko_task_mine(g, r))
		return ko_task_pass(g, r);
	const char *field = r->run->opt->field;
	const char *p;
	size_t n;
	int e = ko_rec_text(r, field, 0, &p, &n);
	if (e == KO_REJECT)
		return e;
	const struct ko_span *s;
	size_t ns = e ? 0 : ko_task_split(g, p, n, &s);
	if (!ko_task_in_range(g, ns))
		return ko_task_pass(g, r);
	if (ns == 0)
		return ko_rec_reject(r, "no text");
	if (ns < c->min_sentences)
		return ko_rec_reject(r, "too few sentences");
	size_t k; /* the answer, 0-based; 1 <= k < ns */
	if (c->random_position) {
		struct ko_rng rng;
		ko_task_rng(r, &rng);
		k = 1 + (size_t)ko_rng_below(&rng, ns - 1);
	} else if (c->position > 0) {
		if ((size_t)c->position > ns)
			return ko_rec_reject(r, "no sentence at --position");
		k = (size_t)c->position - 1;
	} else {
		if ((size_t)-c->position >= ns)
			return ko_rec_reject(r, "no sentence at --position");
		k = ns - (size_t)-c->position;
	}
	/* The context is the source bytes up to the end of sentence k-1, so its
	 * line breaks and spacing are the author's. */
	struct ko_task_val v[2] = {
		{"text", p + s[0].b, s[k - 1].e - s[0].b},
		{"answer", p + s[k].b, s[k].e - s[k].b},
	};
	const char *skip[2] = {field, NULL};
	return ko_task_emit(g, r, &tasks[k == ns - 1 ? T_LAST : T_NEXT], v, 2, skip);
}

static const struct ko_tool tool = {
	.name = "ko-lastsent",
	.usage = "[--min-sentences N] [--position N|random] [task options]\n"
	         "                   [shared options] [FILE...]",
	.help = "Make last-sentence tasks: the sentences of the text (-f, default text) before\n"
	        "the last are the context, the last is the answer. With --position another\n"
	        "sentence is the answer and the task is next-sentence.\n"
	        "\n"
	        "      --min-sentences N texts with fewer sentences are rejected (default 2)\n"
	        "      --position N      answer with sentence N (from 2), or the N-th from the\n"
	        "                        end when negative (default -1, the last); random: any\n"
	        "                        sentence but the first\n"
	        "\n" KO_TASK_HELP KO_TASK_SENT_HELP,
	.longopts = longopts,
};

int main(int argc, char **argv)
{
	struct conf c = {.min_sentences = 2, .position = -1};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (ko_task_init(&c.gen, tasks, 2) < 0)
		ko_fatal(2, "%s", c.gen.err);
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		lastsent(&c, r);
	ko_task_free(&c.gen);
	return ko_close(&run);
}
