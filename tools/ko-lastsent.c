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

static size_t min_sentences = 2;
static long position = -1; /* 1-based; negative counts from the end */
static int random_position;

enum { OPT_MIN = 0x100, OPT_POSITION };

static const struct option longopts[] = {
	{"min-sentences", required_argument, NULL, OPT_MIN},
	{"position", required_argument, NULL, OPT_POSITION},
	KO_TASK_LONGOPTS,
	KO_TASK_SENT_LONGOPTS,
	{0},
};

static void option(int c, const char *arg)
{
	char *end;
	long v;
	switch (c) {
	case OPT_MIN:
		errno = 0;
		v = strtol(arg, &end, 10);
		if (errno || *end || end == arg || v < 2 || v > 1000000)
			ko_usage_error("--min-sentences: expected a number from 2, not '%s'", arg);
		min_sentences = (size_t)v;
		break;
	case OPT_POSITION:
		if (!strcmp(arg, "random")) {
			random_position = 1;
			break;
		}
		errno = 0;
		v = strtol(arg, &end, 10);
		if (errno || *end || end == arg || v == 0 || v == 1 || v < -1000000 || v > 1000000)
			ko_usage_error("--position: expected random, a sentence number from 2, or "
			               "a negative number counting from the end, not '%s'", arg);
		position = v;
		random_position = 0;
		break;
	default:
		if (!ko_task_option(c, arg))
			ko_usage_error("invalid option");
	}
}

static int lastsent_record(struct ko_rec *r)
{
	if (!ko_task_mine(r))
		return ko_task_pass(r);
	const char *field = ko_opt.nfields ? ko_opt.fields[0] : "text";
	const char *p;
	size_t n;
	int e = ko_rec_text(r, field, 0, &p, &n);
	if (e == KO_REJECT)
		return e;
	const struct ko_span *s;
	size_t ns = e ? 0 : ko_task_split(p, n, &s);
	if (!ko_task_in_range(ns))
		return ko_task_pass(r);
	if (ns == 0)
		return ko_task_reject(r, "no text");
	if (ns < min_sentences)
		return ko_task_reject(r, "too few sentences");
	size_t k; /* the answer, 0-based; 1 <= k < ns */
	if (random_position) {
		struct ko_rng rng;
		ko_task_rng(r, &rng);
		k = 1 + (size_t)ko_rng_below(&rng, ns - 1);
	} else if (position > 0) {
		if ((size_t)position > ns)
			return ko_task_reject(r, "no sentence at --position");
		k = (size_t)position - 1;
	} else {
		if ((size_t)-position >= ns)
			return ko_task_reject(r, "no sentence at --position");
		k = ns - (size_t)-position;
	}
	/* The context is the source bytes up to the end of sentence k-1, so its
	 * line breaks and spacing are the author's. */
	struct ko_task_val v[2] = {
		{"text", p + s[0].b, s[k - 1].e - s[0].b},
		{"answer", p + s[k].b, s[k].e - s[k].b},
	};
	const char *skip[2] = {field, NULL};
	return ko_task_emit(r, &tasks[k == ns - 1 ? T_LAST : T_NEXT], v, 2, skip);
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
	.option = option,
	.record = lastsent_record,
};

int main(int argc, char **argv)
{
	int first = ko_cli_parse(&tool, argc, argv);
	ko_task_init(tasks, 2);
	return ko_run(&tool, argc, argv, first);
}
