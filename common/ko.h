/*
 * ko.h - the one header every kopipe tool includes (libko).
 *
 * Library functions take (pointer, length), return sizes or negative codes
 * and never exit; the cli module (ko_cli_*, ko_run) is the only part that
 * prints, exits and owns stdin/stdout, and it does so for the tool.
 */
#ifndef KO_H
#define KO_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <getopt.h>

#include "chars.h"
#include "split.h"
#include "task.h"

#define KO_VERSION "0.1.0"

/* ---- util.c: checked allocation and growable byte buffers ---- */

void *ko_xmalloc(size_t n);
void *ko_xrealloc(void *p, size_t n);
void *ko_xcalloc(size_t n, size_t m);
char *ko_xstrdup(const char *s);

/* A growable byte buffer; p is always NUL-terminated after any append so it
 * can be handed to C string functions, but n is the length that counts. */
struct ko_buf {
	char *p;
	size_t n, cap;
};
void ko_buf_reserve(struct ko_buf *b, size_t extra);
void ko_buf_add(struct ko_buf *b, const void *p, size_t n);
void ko_buf_addc(struct ko_buf *b, int c);
void ko_buf_adds(struct ko_buf *b, const char *s);
void ko_buf_addf(struct ko_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void ko_buf_free(struct ko_buf *b);
static inline void ko_buf_clear(struct ko_buf *b) { b->n = 0; if (b->p) b->p[0] = 0; }

/* ---- utf8.c: UTF-8 decoding and validation ---- */

/* Decode one code point at p (n > 0 bytes available). Returns its length
 * (1-4) and sets *cp, or -1 for an invalid sequence (overlong, surrogate,
 * above U+10FFFF, truncated, stray continuation byte). */
int ko_utf8_decode_slow(const char *p, size_t n, uint32_t *cp);
static inline int ko_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	/* ASCII and three-byte sequences (all of Hangul) inline. */
	const unsigned char *p = (const unsigned char *)s;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if ((p[0] & 0xF0) == 0xE0 && n >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
		uint32_t c = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
		             (p[2] & 0x3F);
		if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
			return -1;
		*cp = c;
		return 3;
	}
	return ko_utf8_decode_slow(s, n, cp);
}
/* Encode cp (must be a scalar value) into out[4]; returns its length. */
int ko_utf8_encode(uint32_t cp, char *out);
/* Length of the prefix of p that is valid UTF-8 and, when json is set,
 * free of '"', '\\' and control characters (the bytes a JSON string may
 * hold as they are). */
size_t ko_utf8_span(const char *p, size_t n, int json);
/* Offset of the first invalid byte, or n when all of p is valid UTF-8. */
size_t ko_utf8_check(const char *p, size_t n);
/* Append p to out with every invalid sequence replaced by U+FFFD (each
 * maximal invalid subpart, as Unicode recommends). Returns how many were
 * replaced. */
size_t ko_utf8_repair(struct ko_buf *out, const char *p, size_t n);
/* Number of code points in valid UTF-8. */
size_t ko_utf8_count(const char *p, size_t n);

/* ---- unicode.c: normalisation and Hangul ---- */

enum ko_nf { KO_NFC, KO_NFKC };
/* Append the NFC or NFKC form of valid UTF-8 p to out. Text already in the
 * form (checked with a per-code-point quick test) is copied without calling
 * utf8proc. KO_NFKC keeps Hangul compatibility jamo (ㅋ, ㅠ) as they are:
 * plain NFKC would turn them into conjoining jamo that render and match
 * differently. Returns 0, or -1 if utf8proc fails (out of memory). */
int ko_normalize(struct ko_buf *out, const char *p, size_t n, enum ko_nf nf);
/* The quick test for one code point: 1 if c is a starter that the form
 * leaves alone and that never composes with what precedes it. */
int ko_nf_stable(uint32_t c, enum ko_nf nf);
/* 1 if valid UTF-8 p is certainly already in the form (the quick test). */
int ko_is_normalized(const char *p, size_t n, enum ko_nf nf);

/* Unicode general category of c as utf8proc numbers it (UTF8PROC_CATEGORY_*). */
int ko_category(uint32_t c);

/* ---- json.c: strict JSON records via jsmn ---- */

enum ko_json_type { KO_JSON_OBJECT = 1, KO_JSON_ARRAY, KO_JSON_STRING, KO_JSON_PRIMITIVE };
struct ko_json_tok {
	int type;
	int start, end; /* byte span; strings exclude the quotes */
	int size;       /* children: keys of an object, items of an array */
	int parent;     /* enclosing token, -1 for the top */
};
struct ko_json {
	const char *s;
	size_t n;
	struct ko_json_tok *tok;
	int ntok, cap;
	void *jsmntok; /* private: jsmn's token array */
	int jcap;
};
/* Parse one JSON object (a record line). Returns 0, or a negative code with
 * *why set to a static message: not an object, trailing data, syntax,
 * arrays and objects nested deeper than KO_JSON_MAX_DEPTH. */
#define KO_JSON_MAX_DEPTH 1000
int ko_json_parse(struct ko_json *j, const char *s, size_t n, const char **why);
/* Parse a whole JSON document whose top level is an object or an array (a
 * dataset file); otherwise as ko_json_parse. On a syntax error *at is set
 * to the byte offset where jsmn stopped (for FILE:LINE), else to 0. */
int ko_json_parse_doc(struct ko_json *j, const char *s, size_t n, const char **why,
                      size_t *at);
void ko_json_free(struct ko_json *j);
/* Index of the value of top-level key, or -1. */
int ko_json_get(const struct ko_json *j, const char *key);
/* Index of the value of key in the object at token obj, or -1. */
int ko_json_obj_get(const struct ko_json *j, int obj, const char *key);
/* 1 if key occurs more than once in the object at token obj: readers
 * disagree on which one counts (jq and Python take the last). */
int ko_json_obj_dup(const struct ko_json *j, int obj, const char *key);
/* Index of the token after the whole value at t (skips its children). */
int ko_json_skip(const struct ko_json *j, int t);
/* Append the unescaped contents of string token t to out. Returns 0, or -1
 * with *why set (not a string, bad escape, lone surrogate, raw control
 * character, invalid UTF-8). */
int ko_json_str(const struct ko_json *j, int t, struct ko_buf *out, const char **why);
/* Unescape the body of a JSON string (without quotes). Same codes. */
int ko_json_unescape(struct ko_buf *out, const char *p, size_t n, const char **why);
/* Append p as a quoted JSON string: ", \ and control characters escaped,
 * UTF-8 copied as it is. */
void ko_json_quote(struct ko_buf *out, const char *p, size_t n);
void ko_json_quotes(struct ko_buf *out, const char *s);

/* A field to put into a record: raw is already JSON (a quoted string, a
 * number, an array...); raw == NULL removes the key. */
struct ko_field {
	const char *key;
	const char *raw;
	size_t rawn;
};
/* Append record j to out with the fields set: an existing key keeps its
 * place and gets the new value, a new key is added at the end, everything
 * else is copied byte for byte. */
void ko_json_rewrite(struct ko_buf *out, const struct ko_json *j,
                     const struct ko_field *f, int nf);

/* ---- rand.c: seeded PRNG and hashing ---- */

struct ko_rng {
	uint64_t s[4];
};
void ko_rng_seed(struct ko_rng *r, uint64_t seed);
uint64_t ko_rng_next(struct ko_rng *r);
/* Uniform integer in [0, n), without modulo bias; n > 0. */
uint64_t ko_rng_below(struct ko_rng *r, uint64_t n);
/* Uniform double in [0, 1). */
double ko_rng_unit(struct ko_rng *r);
/* Fisher-Yates shuffle of n items of size sz. */
void ko_rng_shuffle(struct ko_rng *r, void *base, size_t n, size_t sz);

uint64_t ko_hash64(const void *p, size_t n, uint64_t seed);
void ko_hash128(const void *p, size_t n, uint64_t seed, uint64_t out[2]);
/* Mix two 64-bit values into one, for combining seeds. */
uint64_t ko_mix64(uint64_t a, uint64_t b);

/* ---- io.c: record reader and output writer ---- */

/* Refusal limit for gzip data kept in memory (compressed file, or one
 * decoded member); the environment variable KOPIPE_GZIP_MAX_MB lowers it. */
#define KO_GZIP_MAX ((size_t)4 << 30)

struct ko_reader;
/* Read lines from the named files in order ("-" is stdin; nfiles == 0 means
 * stdin). Gzip is recognised by magic bytes; a BOM at the start of each file
 * is dropped, CRLF becomes LF, a missing final newline is fine. A file that
 * cannot be opened or read is reported by the reader itself (message
 * printed, status remembered) and reading goes on with the next one. */
struct ko_reader *ko_reader_open(char **files, int nfiles);
/* Next line without its newline. Returns 1, or 0 at the end of all input.
 * *newfile is set to 1 for the first line of each file. */
int ko_reader_next(struct ko_reader *r, const char **line, size_t *len, int *newfile);
/* The whole of the next file as one block, for layouts that are one
 * document per file (JSON datasets): gzip decoded, BOM dropped, other bytes
 * as they are (CRLF kept). Returns 1, or 0 at the end of all input; the
 * block is valid until the next call. Memory: the file's size (plain
 * files are sized with fstat, so no doubling). Do not mix with
 * ko_reader_next on the same reader. */
int ko_reader_next_file(struct ko_reader *r, const char **p, size_t *n);
const char *ko_reader_name(const struct ko_reader *r);
size_t ko_reader_lineno(const struct ko_reader *r);
uint64_t ko_reader_bytes(const struct ko_reader *r);
int ko_reader_failed(const struct ko_reader *r); /* some file failed */
void ko_reader_close(struct ko_reader *r);

struct ko_writer;
/* Write to path atomically (temp file renamed at close; a device or FIFO is
 * written in place), or to stdout when path is NULL or "-". gz: multi-member
 * gzip, one member per ~1 MiB. */
struct ko_writer *ko_writer_open(const char *path, int gz, const char **why);
void ko_write(struct ko_writer *w, const void *p, size_t n);
void ko_write_line(struct ko_writer *w, const void *p, size_t n); /* adds \n */
/* Flush and close; 0, or -1 with errno set on any write error. If keep is 0
 * the output is abandoned (temp file removed). */
int ko_writer_close(struct ko_writer *w, int keep);
int ko_writer_error(const struct ko_writer *w);

/* ---- cli.c: shared options, messages, the record loop ---- */

/* A record as the tool sees it. */
struct ko_rec {
	const char *line; /* the raw line, without newline */
	size_t len;
	const char *file;
	size_t lineno;
	int is_json;
	struct ko_json json; /* parsed when is_json */
};

struct ko_tool {
	const char *name;   /* "ko-norm" */
	const char *usage;  /* the SYNOPSIS line(s), without "usage: " */
	const char *help;   /* the rest of --help: tool options */
	const char *shortopts;       /* tool's own short options */
	const struct option *longopts; /* tool's own long options, {0} ended */
	/* Called for each tool option (ko_usage_error() for bad values). */
	void (*option)(int c, const char *arg);
	/* Does the tool's work on one record. Returns 0 when done (written or
	 * deliberately passed), KO_REJECT after ko_rec_fail() set a reason. */
	int (*record)(struct ko_rec *r);
	/* Called once after the last record (may be NULL). */
	void (*finish)(void);
	/* For tools that read whole-file or multi-line layouts (may be NULL):
	 * replaces the line loop of ko_run. It reads rd itself, calls
	 * ko_tick() per record, reports a bad record with ko_rec_fail() and
	 * then ko_rec_failed(), and returns 1 to stop the run. */
	int (*loop)(struct ko_reader *rd);
};
#define KO_REJECT (-1)

/* The shared options, filled by ko_cli_parse. */
struct ko_options {
	const char *fields[16]; /* -f, repeatable for tools that allow it */
	int nfields;
	int mode;      /* 0 auto, 'j' jsonl, 't' text */
	uint64_t seed;
	const char *output;
	int gzip;
	const char *rejects;
	int skip_errors; /* --on-error skip */
	int progress;
	/* Set by a tool: ko_rec_text replaces invalid UTF-8 with U+FFFD and
	 * counts it in repaired instead of failing the record. */
	int repair_utf8;
	size_t repaired;
};
extern struct ko_options ko_opt;
extern const char *ko_progname;
extern struct ko_writer *ko_out; /* the output stream */

/* Parse argv with the shared and the tool's options. Exits 2 on a usage
 * error, 0 after --help/--version. Returns the index of the first operand. */
int ko_cli_parse(const struct ko_tool *t, int argc, char **argv);
/* Open output and rejects, loop over all records of the operands, finish,
 * close everything; returns the exit status for main. */
int ko_run(const struct ko_tool *t, int argc, char **argv, int optind_);
_Noreturn void ko_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Messages: "ko-x: ..." and "ko-x: FILE:LINE: ...". */
void ko_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void ko_rec_warn(const struct ko_rec *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
_Noreturn void ko_die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Remember a failure for the final exit status (1). */
void ko_set_failed(void);

/* Mark the record bad with a reason (printf-style). The caller returns
 * KO_REJECT; ko_run then stops (exit 1) or, under --on-error skip, writes
 * the record to --rejects with reject_reason and counts it. */
int ko_rec_fail(struct ko_rec *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* For custom loops: handle a record after ko_rec_fail() exactly as ko_run
 * does (stop with a message, or skip into --rejects). A record with
 * is_json set and no parsed tokens goes to rejects as {"raw": line, ...}.
 * Returns 1 when the run must stop. */
int ko_rec_failed(const struct ko_rec *r);
/* For custom loops: count one record (--progress). */
void ko_tick(struct ko_reader *rd);
/* Write a record that the tool drops by design (a filter) to --rejects with
 * the reason; not an error. The record loop reports the count by reason
 * on stderr at the end, so nothing is dropped silently. */
void ko_rec_reject(const struct ko_rec *r, const char *reason);

/* Text of the field name (JSONL) or the whole line (text), unescaped,
 * validated UTF-8. Returns 0 with *p,*n pointing into a buffer owned by the
 * record loop (valid until the next call with the same slot), 1 if the
 * field is absent or not a string (nothing set), or KO_REJECT after setting
 * the reason (bad escape, invalid UTF-8). slot: 0-3, for tools that hold
 * several fields at once. */
int ko_rec_text(struct ko_rec *r, const char *field, int slot, const char **p, size_t *n);
/* 64-bit seed of this record: mix of --seed and the record's "id" field
 * when it has one, else a hash of the whole line; never its position. */
uint64_t ko_rec_seed(const struct ko_rec *r);
/* The record's id as raw JSON (e.g. "\"doc-7\"" or "17"), or NULL. */
const char *ko_rec_id_raw(const struct ko_rec *r, size_t *n);
/* A top-level field of a JSONL record as raw JSON, or NULL. */
const char *ko_rec_raw(const struct ko_rec *r, const char *name, size_t *n);

/* Output helpers. */
void ko_emit(const void *p, size_t n); /* one output line */

#endif
