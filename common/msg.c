/* msg.c - the program name, messages and the exit status: the one module
 * of libko that prints to stderr or exits (the ground floor; it uses no
 * other module). */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ko.h"

/* The only mutable state of libko outside the structs a tool owns: what
 * every message needs, and the status a failure anywhere must reach. */
static const char *progname = "ko";
static const char *helpcmd; /* NULL: progname */
static int status;

void ko_msg_init(const char *name)
{
	progname = name;
}

const char *ko_progname(void)
{
	return progname;
}

void ko_msg_help_cmd(const char *cmd)
{
	helpcmd = cmd;
}

static void vmsg(const char *file, size_t line, const char *fmt, va_list ap)
{
	char buf[4096];
	vsnprintf(buf, sizeof buf, fmt, ap);
	if (file)
		fprintf(stderr, "%s: %s:%zu: %s\n", progname, file, line, buf);
	else
		fprintf(stderr, "%s: %s\n", progname, buf);
}

void ko_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(NULL, 0, fmt, ap);
	va_end(ap);
}

void ko_warn_at(const char *file, size_t line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(file, line, fmt, ap);
	va_end(ap);
}

void ko_fail(void)
{
	status = 1;
}

int ko_status(void)
{
	return status;
}

static void remove_live(void);

/* A run that dies leaves no temporary file of an output it had opened
 * (ko-stats --html opened at the start, then a bad --runs line). */
_Noreturn void ko_die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(NULL, 0, fmt, ap);
	va_end(ap);
	remove_live();
	exit(1);
}

_Noreturn void ko_fatal(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(NULL, 0, fmt, ap);
	va_end(ap);
	remove_live();
	exit(code);
}

_Noreturn void ko_usage(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s: %s; try '%s --help'\n", progname, buf, helpcmd ? helpcmd : progname);
	exit(2);
}

void ko_progress_show(const char *line, int in_place, int last)
{
	if (in_place)
		fprintf(stderr, "\r%s\033[K%s", line, last ? "\n" : "");
	else
		fprintf(stderr, "%s\n", line);
}

void ko_msg_raw(const char *line)
{
	fprintf(stderr, "%s\n", line);
}

int ko_close_stdout(void)
{
	/* a closed standard output (>&-) fails fclose with EBADF: what was
	 * written there failed already, and was said, at the flush or by
	 * the writer; nothing more is lost */
	if (fflush(stdout) != 0 || ferror(stdout) || (fclose(stdout) != 0 && errno != EBADF)) {
		ko_warn("stdout: write error: %s", strerror(errno));
		status = 1;
	}
	return status;
}

_Noreturn void ko_print_exit(const char *text)
{
	fputs(text, stdout);
	exit(ko_close_stdout());
}

/* The temporary files and folders to remove on an interrupt. The handler
 * uses only unlink, rmdir, signal and raise (async-signal-safe). */
#define MAX_TMP 16
#define MAX_TMPDIR 4
static const char *volatile live_tmp[MAX_TMP];
static const char *volatile live_dir[MAX_TMPDIR];
static int handlers;

static void remove_live(void)
{
	for (int i = 0; i < MAX_TMP; i++)
		if (live_tmp[i])
			unlink(live_tmp[i]);
	for (int i = 0; i < MAX_TMPDIR; i++)
		if (live_dir[i])
			rmdir(live_dir[i]);
}

static void (*volatile interrupt_fn)(int, void *);
static void *volatile interrupt_arg;

static void on_signal(int sig)
{
	if (interrupt_fn && sig != SIGPIPE)
		interrupt_fn(sig, interrupt_arg);
	remove_live();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void catch_signals(void)
{
	if (handlers)
		return;
	/* SIGPIPE too (| head): the handler removes the files and dies by
	 * the signal all the same, quietly, as DESIGN keeps it */
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
	for (size_t k = 0; k < sizeof sigs / sizeof *sigs; k++) {
		struct sigaction sa, old;
		/* a signal ignored (nohup, a background job) stays so */
		if (sigaction(sigs[k], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on_signal;
		sigemptyset(&sa.sa_mask);
		sigaction(sigs[k], &sa, NULL);
	}
	handlers = 1;
}

void ko_remove_on_signal(const char *path)
{
	catch_signals();
	for (int i = 0; i < MAX_TMP; i++)
		if (!live_tmp[i]) {
			live_tmp[i] = path;
			return;
		}
}

void ko_on_interrupt(void (*fn)(int sig, void *arg), void *arg)
{
	catch_signals();
	interrupt_fn = NULL;
	interrupt_arg = arg;
	interrupt_fn = fn;
}

void ko_remove_dir_on_signal(const char *path)
{
	catch_signals();
	for (int i = 0; i < MAX_TMPDIR; i++)
		if (!live_dir[i]) {
			live_dir[i] = path;
			return;
		}
}

static void interrupts(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGTERM);
	sigaddset(set, SIGHUP);
}

void ko_hold_signals(void)
{
	sigset_t set;
	interrupts(&set);
	sigprocmask(SIG_BLOCK, &set, NULL);
}

int ko_signal_held(void)
{
	sigset_t pending;
	if (sigpending(&pending) != 0)
		return 0;
	return sigismember(&pending, SIGINT) == 1 || sigismember(&pending, SIGTERM) == 1 ||
	       sigismember(&pending, SIGHUP) == 1;
}

void ko_keep_on_signal(const char *path)
{
	for (int i = 0; i < MAX_TMP; i++)
		if (live_tmp[i] == path)
			live_tmp[i] = NULL;
	for (int i = 0; i < MAX_TMPDIR; i++)
		if (live_dir[i] == path)
			live_dir[i] = NULL;
}

/* The files a run is writing in place (io.c: remember_written). */
static struct {
	uint64_t dev, ino;
	int writers; /* 0: a free slot */
	char what[300];
} written[8];

int ko_written_add(uint64_t dev, uint64_t ino, const char *what)
{
	int free_slot = -1, n = (int)(sizeof written / sizeof written[0]);
	for (int i = 0; i < n; i++) {
		if (written[i].writers && written[i].dev == dev && written[i].ino == ino) {
			written[i].writers++;
			return i + 1;
		}
		if (!written[i].writers && free_slot < 0)
			free_slot = i;
	}
	if (free_slot < 0)
		return 0;
	written[free_slot].dev = dev;
	written[free_slot].ino = ino;
	written[free_slot].writers = 1;
	snprintf(written[free_slot].what, sizeof written[free_slot].what, "%s", what);
	return free_slot + 1;
}

void ko_written_forget(int slot)
{
	if (slot > 0 && written[slot - 1].writers)
		written[slot - 1].writers--;
}

const char *ko_written_find(uint64_t dev, uint64_t ino)
{
	for (int i = 0; i < (int)(sizeof written / sizeof written[0]); i++)
		if (written[i].writers && written[i].dev == dev && written[i].ino == ino)
			return written[i].what;
	return NULL;
}
