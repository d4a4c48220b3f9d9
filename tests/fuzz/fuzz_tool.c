/*
 * fuzz_tool.c - libFuzzer target that runs a whole ko-* tool in process, so
 * that each tool's per-record path is fuzzed as the tool runs it.
 *
 * A tool's loop lives in its main (NEWTOOL.md), so the tool is compiled
 * with -Dmain=tool_main and linked with this file; nothing in the tool
 * changes for it. The first input byte picks the mode and the option set;
 * the rest is written to a file and the tool runs on it with -o into a
 * scratch folder, under --on-error skip with --rejects (high bit clear) or
 * --on-error fail. The environment variable KO_FUZZ_ARGS holds the tool's
 * own options: sets of space-separated arguments, separated by '|'
 * (tests/fuzz/targets lists them), where @IN stands for the input file
 * (ko-dedup --against).
 *
 * Checks beyond the sanitizers: every output line is valid UTF-8 (no
 * output line is ever invalid: DESIGN.md, Records), every rejects line is
 * a JSON object, and ko-import's output lines are JSON objects.
 *
 * ko_close closes stdout, as a tool must at its end; the harness opens
 * /dev/null as stdout again after each run (glibc lets stdout be set).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ko.h"

int tool_main(int argc, char **argv);

#define MAXSETS 16
#define MAXARGS 24

static char dir[64], in[96], out[96], rej[96];
static char *sets[MAXSETS][MAXARGS];
static int nsets, nargs[MAXSETS], json_out;
static char argbuf[4096]; /* the sets point into it */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(dir, sizeof dir, "%s/ko-fuzz-XXXXXX", tmp && strlen(tmp) < 32 ? tmp : "/tmp");
	if (!mkdtemp(dir))
		abort();
	snprintf(in, sizeof in, "%s/in", dir);
	snprintf(out, sizeof out, "%s/out", dir);
	snprintf(rej, sizeof rej, "%s/rej", dir);
	const char *env = getenv("KO_FUZZ_ARGS");
	snprintf(argbuf, sizeof argbuf, "%s", env ? env : "");
	char *s = argbuf, *save1 = NULL;
	for (char *set = strtok_r(s, "|", &save1); set && nsets < MAXSETS;
	     set = strtok_r(NULL, "|", &save1)) {
		char *save2 = NULL;
		for (char *a = strtok_r(set, " ", &save2); a && nargs[nsets] < MAXARGS - 12;
		     a = strtok_r(NULL, " ", &save2))
			sets[nsets][nargs[nsets]++] = a;
		nsets++;
	}
	if (!nsets)
		nsets = 1;
	const char *tool = getenv("KO_FUZZ_TOOL");
	json_out = tool && !strcmp(tool, "ko-import");
	return 0;
}

static void check_file(const char *path, int json)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return;
	char *line = NULL;
	size_t cap = 0;
	ssize_t k;
	struct ko_json j = {0};
	const char *why;
	while ((k = getline(&line, &cap, f)) > 0) {
		size_t n = (size_t)k;
		if (line[n - 1] == '\n')
			n--;
		if (ko_utf8_check(line, n) != n)
			abort(); /* an output line that is not UTF-8 */
		if (json && ko_json_parse(&j, line, n, &why) != 0)
			abort(); /* a record that is not JSON */
	}
	free(line);
	ko_json_free(&j);
	fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int set = (data[0] & 0x7F) % nsets, fail = data[0] & 0x80;
	data++;
	size--;
	FILE *f = fopen(in, "wb");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
	char *argv[MAXARGS + 1];
	int argc = 0;
	argv[argc++] = "ko-fuzz";
	for (int i = 0; i < nargs[set]; i++)
		argv[argc++] = strcmp(sets[set][i], "@IN") ? sets[set][i] : in;
	argv[argc++] = "--on-error";
	if (fail) {
		argv[argc++] = "fail";
	} else {
		argv[argc++] = "skip";
		argv[argc++] = "--rejects";
		argv[argc++] = rej;
	}
	argv[argc++] = "-o";
	argv[argc++] = out;
	argv[argc++] = in;
	argv[argc] = NULL;
	tool_main(argc, argv);
	stdout = fopen("/dev/null", "w");
	if (!stdout)
		abort();
	check_file(out, json_out);
	check_file(rej, 1);
	unlink(out);
	unlink(rej);
	return 0;
}
