/*
 * ko.h - the one header every kopipe tool includes (libko).
 *
 * The modules stand on floors, and each uses only the floors below it:
 *
 *   1. msg (messages, exit status), util, utf8, unicode, rand
 *   2. io (reader, writer), json
 *   3. opt (the shared options), rec (records and the run)
 *   4. split, task, templates; the text services beside them: markup,
 *      placeholder, contact (telephone numbers and URLs)
 *
 * Library functions take (pointer, length), return sizes or negative codes
 * and never exit; msg is the one module that prints to stderr or exits.
 * A tool's main owns the loop and every piece of run state:
 *
 *	struct ko_opts o;  ko_opt_init(&o, &tool, argc, argv);
 *	while ((c = ko_opt_next(&o)) != -1) ...the tool's own options...
 *	struct ko_run run; ko_open(&run, &o);
 *	struct ko_rec *r;
 *	while ((r = ko_next(&run))) ...write, pass, drop or fail r...
 *	return ko_close(&run);
 */
#ifndef KO_H
#define KO_H

#include <stddef.h>
#include <sys/types.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <getopt.h>

#include "chars.h"

#define KO_VERSION "0.1.0"

/* ---- msg.c: program name, messages, exit status (the ground floor) ---- */

void ko_msg_init(const char *progname);
const char *ko_progname(void);
/* The command whose --help a usage error points at, where it is not the
 * program's ("ko-filter-ethics train": a subcommand has options and a
 * help of its own). */
void ko_msg_help_cmd(const char *cmd);
/* "ko-x: message" and "ko-x: FILE:LINE: message" on stderr. */
void ko_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void ko_warn_at(const char *file, size_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Remember a failure: the run ends with status 1. */
void ko_fail(void);
/* A temporary file (an -o writer's FILE.tmp.XXXXXX) that an interrupt
 * (SIGINT, SIGTERM, SIGHUP) removes before the process ends by the
 * signal as it would have; ko_keep_on_signal forgets it (the path must
 * live until then). A signal already ignored stays ignored. */
void ko_remove_on_signal(const char *path);
void ko_keep_on_signal(const char *path);
/* A function the interrupt handler calls with the signal (SIGINT,
 * SIGTERM, SIGHUP; not SIGPIPE) and arg before the files are removed; it
 * must be async-signal-safe (rec.c's writes the --stats line of a killed
 * run). NULL forgets it. */
void ko_on_interrupt(void (*fn)(int sig, void *arg), void *arg);
/* The same for a temporary folder (ko-mix's), removed after the files:
 * empty by then, its files being unlinked at once or listed above. */
void ko_remove_dir_on_signal(const char *path);
/* The interrupts (SIGINT, SIGTERM, SIGHUP) held off from here to the end
 * of the process, for a run past its point of no return (ko-mix appending
 * the rejects it held back to a file other shards may append to: cut
 * short, the part could be neither taken back nor told from a whole);
 * one that comes is dropped at exit, and ko_signal_held says so. */
void ko_hold_signals(void);
int ko_signal_held(void);
int ko_status(void);
/* Message, then exit 1 (ko_die), exit code (ko_fatal), or exit 2 with
 * "; try 'ko-x --help'" (ko_usage). */
_Noreturn void ko_die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
_Noreturn void ko_fatal(int code, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));
_Noreturn void ko_usage(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
/* A progress line: rewritten in place on a terminal, else one line each. */
void ko_progress_show(const char *line, int in_place, int last);
/* A line on stderr as it is, without the program name: for lines another
 * program reads, such as Hadoop Streaming's reporter:counter: lines. */
void ko_msg_raw(const char *line);
/* Flush and close stdout; a write error is reported and remembered.
 * Returns the exit status. */
int ko_close_stdout(void);
/* Print text to stdout and exit 0 (or 1 when stdout fails): --help. */
_Noreturn void ko_print_exit(const char *text);

/* ---- util.c: checked allocation and growable byte buffers ---- */

/* Out of memory: message and exit 1 (the x* functions call it). */
_Noreturn void ko_oom(size_t n) __attribute__((noreturn));

void *ko_xmalloc(size_t n);
void *ko_xrealloc(void *p, size_t n);
void *ko_xcalloc(size_t n, size_t m);
char *ko_xstrdup(const char *s);
/* A file an option names (--template, --layout, --model, --lexicon):
 * opened, or "ko-x: PATH: reason" and exit 1, as any named file that
 * cannot be read is an I/O error (DESIGN: exit 2 is for usage alone). */
FILE *ko_xfopen(const char *path, const char *mode);
/* qsort's comparison of two uint64_t, ascending. */
int ko_cmp_u64(const void *a, const void *b);
/* Sort a[0..n) ascending: by insertion when short (a record's line
 * hashes, a question's bigrams), where qsort's calls back through a
 * pointer cost more than the moves. */
void ko_sort_u64(uint64_t *a, size_t n);
/* A bitmap of words 64-bit words, all zero: *p grown (by half again) when
 * *cap is short. For a bit per byte of a text: words = n / 64 + 2. */
uint64_t *ko_bits_zeroed(uint64_t **p, size_t *cap, size_t words);

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
/* v in decimal, as "%llu" would write it, without the printf machinery
 * that costs more than the rest of a short record: ko_put_dec writes it
 * and a NUL at d (21 bytes are enough) and returns its length;
 * ko_buf_add_dec appends it. */
size_t ko_put_dec(char *d, uint64_t v);
void ko_buf_add_dec(struct ko_buf *b, uint64_t v);
/* v with four decimals, as "%.4f" writes it (the exact binary value
 * rounded to the nearest, ties to even), without printf where v >= 0 and
 * below 2^53: a score written for each record cost more than judging a
 * short comment. ko_put_fixed4 writes it and a NUL at d (32 bytes are
 * enough in that range; other values go through snprintf, cut at 32) and
 * returns its length; ko_buf_add_fixed4 appends it, whatever v is. */
size_t ko_put_fixed4(char *d, double v);
void ko_buf_add_fixed4(struct ko_buf *b, double v);
/* Free b if it has grown past 1 MiB (a long record's copy), so that the
 * next long text is not held on top of it; keep a small one for reuse. */
void ko_buf_release_large(struct ko_buf *b);
/* Append p as base64 (RFC 4648, with padding). */
void ko_buf_base64(struct ko_buf *b, const void *p, size_t n);
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
/* Length of the white space character (ko_is_space) at the start of s
 * (n > 0 bytes), or 0 for any other character or an invalid byte. Since
 * no byte of a non-space character starts a space, a scan may step over
 * non-spaces a byte at a time; only the lead bytes of spaces decode. */
static inline __attribute__((always_inline)) size_t ko_space_len(const char *s, size_t n)
{
	unsigned char b = (unsigned char)s[0];
	if (b < 0x80)
		return (size_t)ko_is_space(b);
	/* the lead bytes of U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000 */
	if (b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3)
		return 0;
	uint32_t c;
	int k = ko_utf8_decode(s, n, &c);
	return k > 0 && ko_is_space(c) ? (size_t)k : 0;
}
/* The first offset from i on where white space (ko_space_len) starts, or
 * n; only the bytes that may start one are asked, 16 at a time. */
size_t ko_space_from(const char *p, size_t i, size_t n);
/* Encode cp (must be a scalar value) into out[4]; returns its length. */
int ko_utf8_encode(uint32_t cp, char *out);
/* Length of the prefix of p that is valid UTF-8 and, when json is set,
 * free of '"', '\\' and control characters (the bytes a JSON string may
 * hold as they are). */
size_t ko_utf8_span(const char *p, size_t n, int json);
/* The marks of a line p[0..n) for a JSON reader: bit i of marks (at
 * least n / 64 + 1 words) set where p[i] is '"', '\\' or below 0x20, the
 * bits past n clear. Returns 0, or -1 when p is not valid UTF-8 or the
 * processor lacks the instructions that make this pay (AVX2): then the
 * caller goes string by string with ko_utf8_span. */
int ko_utf8_json_marks(const char *p, size_t n, uint64_t *marks);
/* Nonzero when some byte of the 8 in w is '"', '\\' or below 0x20: a
 * word-at-a-time test for leaving a fast loop (a borrow may report a byte
 * after a real hit, never one when there is none). */
static inline uint64_t ko_json_special8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
	return (((q - ones) & ~q) | ((b - ones) & ~b) | ((w - ones * 0x20) & ~w)) & high;
}
/* Offset of the first invalid byte, or n when all of p is valid UTF-8. */
size_t ko_utf8_check(const char *p, size_t n);
/* Append p to out with every invalid sequence replaced by U+FFFD (each
 * maximal invalid subpart, as Unicode recommends). Returns how many were
 * replaced. */
size_t ko_utf8_repair(struct ko_buf *out, const char *p, size_t n);
/* What a line that is not UTF-8 looks like, for a hint: "UTF-16" (a byte
 * order mark when the line starts its file (start), or NUL bytes),
 * "CP949" (every byte above 0x7F pairs as a CP949 / EUC-KR lead and trail
 * byte), or NULL. FF FE or FE FF anywhere else is no mark: bytes that are
 * not UTF-8, no more. */
const char *ko_guess_encoding(const char *p, size_t n, int start);
/* What the start of a file that is not text is, by its magic bytes: a
 * phrase such as "xz-compressed data", with *how set to the command that
 * decompresses it ("xzcat"; NULL for a program), or NULL. gzip is read as
 * it is and never named. */
const char *ko_guess_binary(const char *p, size_t n, const char **how);
/* Number of code points in valid UTF-8. */
size_t ko_utf8_count(const char *p, size_t n);
/* Byte offset of code point k of valid UTF-8 p[0,n), or n + 1 when p has
 * fewer than k code points (SQuAD's answer_start counts characters). */
size_t ko_utf8_offset(const char *p, size_t n, size_t k);
/* The code point offset of the occurrence of a[0,an) in p[0,n) that starts
 * nearest byte offset near (of two as near, the earlier), or -1 when a is
 * empty or does not occur: where an answer is in a context a tool has
 * rewritten, near being where the old offset went. */
long ko_utf8_find_nearest(const char *p, size_t n, const char *a, size_t an, size_t near);

/* ---- unicode.c: normalisation ---- */

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
/* The simple lowercase mapping of c (c itself when it has none): case
 * folding for keys that compare text, such as ko-dedup's. */
uint32_t ko_tolower(uint32_t c);

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
	void *skel; /* private: ko_json_parse_line's skeleton */
	int clean;  /* private: strings checked before jsmn ran */
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
/* Parse one record line and check it whole: every string valid UTF-8
 * without raw control characters, every escape good and surrogates paired.
 * Returns 0, or -1 (no reason given) when the line is not such a line;
 * ko_json_parse then says why. Accepts no line ko_json_parse refuses. */
int ko_json_parse_line(struct ko_json *j, const char *s, size_t n);
void ko_json_free(struct ko_json *j);
/* Index of the value of key (kn bytes) in the object at token obj, or -1. */
int ko_json_obj_getn(const struct ko_json *j, int obj, const char *key, size_t kn);
/* Index of the value of key in the object at token obj, or -1. */
int ko_json_obj_get(const struct ko_json *j, int obj, const char *key);
/* Index of the value of top-level key, or -1. In line, so that the
 * length of a literal key is known when compiled: each generator asks a
 * few keys of every record. */
static inline int ko_json_get(const struct ko_json *j, const char *key)
{
	return ko_json_obj_getn(j, 0, key, strlen(key));
}
/* 1 if key occurs more than once in the object at token obj: readers
 * disagree on which one counts (jq and Python take the last). */
int ko_json_obj_dup(const struct ko_json *j, int obj, const char *key);
/* ko_json_obj_get and ko_json_obj_dup in one walk of the members: the
 * index of the value of the first key, or -1, and *dup set to 1 if the
 * key occurs again (else 0). */
int ko_json_obj_get_dup(const struct ko_json *j, int obj, const char *key, int *dup);
/* The first of keys[0..nkeys) (at most 32) that occurs more than once in
 * the object at token obj, by one walk of its members; -1 if none does. */
int ko_json_obj_dups(const struct ko_json *j, int obj, const char *const *keys, int nkeys);
/* keys[0..nkeys) (at most 32) made ready for ko_json_obj_dupset, once for
 * many records: their lengths, and by first byte which keys may begin a
 * member's key (a key written with an escape is asked of every key). The
 * keys are not copied: they must outlive the set, and not change while
 * it is in use (a skeleton keeps a set's answers by the set's address). */
struct ko_json_keyset {
	const char *const *keys;
	int nkeys;
	uint32_t len[32];
	uint32_t by[64]; /* by first byte & 63: a bit for each key */
	uint32_t all; /* a bit for each key; also asked of a member key
	               * that starts with a backslash or is empty */
};
void ko_json_keyset(struct ko_json_keyset *ks, const char *const *keys, int nkeys);
/* ko_json_obj_dups with a set made by ko_json_keyset: the same answer. */
int ko_json_obj_dupset(const struct ko_json *j, int obj, const struct ko_json_keyset *ks);
/* The index in keys[0..nkeys) of the first of them that occurs in the
 * object at token obj, by one walk of its members that ends when keys[0]
 * is met; -1 if none does. */
int ko_json_obj_first(const struct ko_json *j, int obj, const char *const *keys, int nkeys);
/* Index of the token after the whole value at t (skips its children). */
int ko_json_skip(const struct ko_json *j, int t);
/* The text strings inside the array or object at token t, in order, at
 * any depth: the turns of a conversation ([[user, assistant], ...], or
 * the "content", "value" and "text" members of [{"role", "content"}, ...]
 * and [{"from", "value"}, ...]); keys and the other members (a speaker,
 * a part's type) are left out. Start with *i = t; each call moves *i to
 * the next one and returns 1, or returns 0 after the last. */
int ko_json_next_str(const struct ko_json *j, int t, int *i);
/* The path from the array or object at token t down to token i inside
 * it, appended to path as the items of a JSON array, each after a comma:
 * an array's index, an object's key as written (",1,0", ",2,\"content\""),
 * so that a caller puts a name before it and brackets around it. Found by
 * walking down from t (the siblings before each step are skipped), so a
 * caller that visits every string of a long array pays for its length at
 * each one: meant for the turns of a conversation. */
void ko_json_path(const struct ko_json *j, int t, int i, struct ko_buf *path);
/* The array or object at token t written into out as JSON with each string
 * ko_json_next_str visits replaced: fn gets it unescaped (in tmp) and
 * returns 1 with its new form in *np, *nn, or 0 to keep it; the rest is
 * copied as it is. Returns the number of strings replaced. */
typedef int (*ko_json_str_fn)(void *ctx, const char *p, size_t n, const char **np, size_t *nn);
int ko_json_rewrite_strs(const struct ko_json *j, int t, struct ko_buf *tmp, struct ko_buf *out,
                         ko_json_str_fn fn, void *ctx);
/* Append the unescaped contents of string token t to out. Returns 0, or -1
 * with *why set (not a string, bad escape, lone surrogate, raw control
 * character, invalid UTF-8). */
int ko_json_str(const struct ko_json *j, int t, struct ko_buf *out, const char **why);
/* As ko_json_str, for a string of a record the record loop has already
 * checked whole (UTF-8, control characters, escapes, surrogates): only the
 * escapes are decoded, the runs between them copied. -1 if an escape is
 * bad after all (the record was not checked). */
int ko_json_str_checked(const struct ko_json *j, int t, struct ko_buf *out);
/* As ko_json_str_checked, and where each escape ends noted in esc, for a
 * reader that maps offsets of the text back to the string as written:
 * pairs of uint32_t, the end of the escape's character in what was
 * appended and the end of the escape in the string's body. Made only for
 * a line the record loop's check marked (up to 1 MiB, so the offsets fit)
 * and with at most one escape in 16 bytes of the body (the map then costs
 * at most half the body): returns 1 when made, 0 when not (esc empty),
 * -1 for a bad escape. */
int ko_json_str_checked_esc(const struct ko_json *j, int t, struct ko_buf *out,
                            struct ko_buf *esc);
/* The offset in j->s of the first escape's backslash at or after from
 * (a character's start, not inside an escape) in the string token t of a
 * record the record loop checked, or the string's end: found at the
 * marks the loop's check left where it kept them, else with memchr. For
 * a reader that maps the string's bytes to its unescaped text. */
size_t ko_json_next_escape(const struct ko_json *j, int t, size_t from);
/* Unescape the body of a JSON string (without quotes). Same codes; on
 * error nothing is appended. This, ko_json_requote and ko_json_check_str
 * share one walker: the only place the escape, surrogate and UTF-8 rules
 * of JSON strings are written. */
int ko_json_unescape(struct ko_buf *out, const char *p, size_t n, const char **why);
/* Offset of the first \u escape in the JSON text s that is an unpaired
 * surrogate (or malformed), or -1 when there is none. Any byte sequence is
 * scanned; call it on text jsmn accepted. */
long ko_json_check_escapes(const char *s, size_t n);
/* Append the body of a JSON string as a quoted JSON string, in one pass
 * and never longer than body + 2: \uXXXX escapes become UTF-8 (KorQuAD
 * escapes every Hangul letter) and \/ becomes /, except where a character
 * must stay escaped (", \, control characters: kept as written). Same
 * checks and codes as ko_json_unescape; on error nothing is appended. */
int ko_json_requote(struct ko_buf *out, const char *p, size_t n, const char **why);
/* 0 if p is a valid JSON string body (what ko_json_unescape accepts), else
 * -1 with *why set. Nothing is copied: a valid body can be passed on byte
 * for byte. */
int ko_json_check_str(const char *p, size_t n, const char **why);
/* Append p as a quoted JSON string: ", \ and control characters escaped,
 * UTF-8 copied as it is. */
void ko_json_quote(struct ko_buf *out, const char *p, size_t n);
/* As ko_json_quote, without the quotes: a string's contents, appended a
 * piece at a time (each piece whole characters), are quoted alike. */
void ko_json_quote_more(struct ko_buf *out, const char *p, size_t n);
void ko_json_quotes(struct ko_buf *out, const char *s);

/* A field to put into a record: raw is already JSON (a quoted string, a
 * number, an array...); raw == NULL removes the key. */
struct ko_field {
	const char *key;
	const char *raw;
	size_t rawn;
};
/* Append record j to out with the fields set: an existing key keeps its
 * place and gets the new value, a new key is added at the end, later
 * copies of a key set or removed are dropped, everything else is copied
 * byte for byte. */
void ko_json_rewrite(struct ko_buf *out, const struct ko_json *j,
                     const struct ko_field *f, int nf);
/* Where a record is written piece by piece: add(ctx, p, n) for each; or
 * room(ctx, n), n bytes of the output to be filled in place before the
 * next piece (a field's put). */
struct ko_sink {
	void (*add)(void *ctx, const char *p, size_t n);
	void *ctx;
	char *(*room)(void *ctx, size_t n);
};
/* The add and room of a sink that is a struct ko_buf. */
void ko_buf_sink_add(void *buf, const char *p, size_t n);
char *ko_buf_sink_room(void *buf, size_t n);
#define KO_BUF_SINK(b) ((struct ko_sink){ko_buf_sink_add, (b), ko_buf_sink_room})
/* The same into a sink; where bit x of text is set, f[x].raw is text, quoted
 * as it is written (x < 32). */
void ko_json_rewrite_to(const struct ko_sink *k, const struct ko_json *j,
                        const struct ko_field *f, int nf, unsigned text);
/* The value of field x written by fn(ctx, k) into the sink k, piece by
 * piece (k->room for each, so that a long value is never held whole: the
 * output needs room for a piece, not for the value), rawn bytes in all:
 * a long value made for one record goes straight into the output instead
 * of being built apart and copied (f[x].raw is not read). */
struct ko_put {
	int x;
	void (*fn)(void *ctx, const struct ko_sink *k);
	void *ctx;
};
void ko_json_rewrite_put(const struct ko_sink *k, const struct ko_json *j,
                         const struct ko_field *f, int nf, unsigned text,
                         const struct ko_put *put);

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
/* Another 64-bit hash, in four lanes of 8 bytes that do not wait on each
 * other: about twice as fast as ko_hash64 on long texts, for hashes no
 * output depends on but through a count (ko-stats's distinct texts). */
uint64_t ko_hash64_lanes(const void *p, size_t n, uint64_t seed);
void ko_hash128(const void *p, size_t n, uint64_t seed, uint64_t out[2]);
/* The same hash of bytes given piece by piece: begin, add each piece in
 * order, end. */
struct ko_hash128_st {
	uint64_t a, b;
	size_t n;
	unsigned char part[16];
};
void ko_hash128_begin(struct ko_hash128_st *h, uint64_t seed);
void ko_hash128_add(struct ko_hash128_st *h, const void *p, size_t n);
void ko_hash128_end(const struct ko_hash128_st *h, uint64_t out[2]);
/* MurmurHash3's 64-bit finaliser: every input bit moves every output bit.
 * Inline: the hot loops (MinHash, line hashes) call it once a character. */
static inline uint64_t ko_fmix64(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ULL;
	return h ^ (h >> 33);
}
/* Mix two 64-bit values into one, for combining seeds. */
uint64_t ko_mix64(uint64_t a, uint64_t b);


/* ---- io.c: record reader and output writer ---- */

/* Refusal limit for gzip data kept in memory (compressed file, or one
 * decoded member); the environment variable KOPIPE_GZIP_MAX_MB lowers it. */
#define KO_GZIP_MAX ((size_t)4 << 30)

struct ko_reader;
/* Read lines from the named files in order ("-" is stdin; nfiles == 0 means
 * stdin). Gzip is recognised by magic bytes; a BOM at the start of each file
 * is dropped, and so is one at the start of any line (files joined with cat:
 * counted by ko_reader_boms), CRLF becomes LF, a missing final newline is
 * fine. The reader
 * never prints: a file that cannot be opened or read makes the next call
 * return -1 with the message in ko_reader_error(), and reading goes on
 * with the next file at the call after. */
struct ko_reader *ko_reader_open(char **files, int nfiles);
/* Next line without its newline. Returns 1, 0 at the end of all input, or
 * -1 for a file that failed (see above). *newfile is set to 1 for the first
 * line of each file. */
int ko_reader_next(struct ko_reader *r, const char **line, size_t *len, int *newfile);
/* The whole of the next file as one block, for layouts that are one
 * document per file (JSON datasets): gzip decoded, BOM dropped, other bytes
 * as they are (CRLF kept). Returns 1, 0 at the end of all input, or -1 for
 * a file that failed; the block is valid until the next call. Memory: the
 * file's size (plain files are mapped). Do not mix with ko_reader_next on
 * the same reader. */
int ko_reader_next_file(struct ko_reader *r, const char **p, size_t *n);
const char *ko_reader_name(const struct ko_reader *r);
size_t ko_reader_lineno(const struct ko_reader *r);
uint64_t ko_reader_bytes(const struct ko_reader *r); /* decoded bytes so far */
size_t ko_reader_boms(const struct ko_reader *r); /* BOMs dropped inside a file */
int ko_reader_unended(const struct ko_reader *r); /* the last line had no newline */
/* Sum of the input sizes when every input is a plain uncompressed file
 * (for a percentage), else 0. */
uint64_t ko_reader_size(const struct ko_reader *r);
int ko_reader_failed(const struct ko_reader *r); /* some file failed */
const char *ko_reader_error(const struct ko_reader *r); /* "FILE: reason" */
/* Convert every input from the named encoding (as iconv(3) names it:
 * CP949, EUC-KR, UTF-16...) to UTF-8 before lines are cut; call before
 * the first read. A byte sequence that is not valid in it (or cut by the
 * end of the file) is left in the line as bytes that are not UTF-8, so
 * that the one record holding it is bad and the rest are read. -1 if
 * iconv does not know it. */
int ko_reader_encoding(struct ko_reader *r, const char *enc);
/* fn(arg) is called before the bytes of lines already returned move or
 * are overwritten (a later read, the next file, the close), so that one
 * who keeps pointers into them (ko_write_line_ref) can let go in time. */
void ko_reader_on_move(struct ko_reader *r, void (*fn)(void *), void *arg);
/* Whether p[0..n] lies in the reader's bytes with a newline at p[n]: a
 * line it returned as it is in the input, not a copy elsewhere. */
int ko_reader_holds(const struct ko_reader *r, const char *p, size_t n);
void ko_reader_close(struct ko_reader *r);

/* What a name stands for, to tell that two names are one file (./x and
 * x, a link): the device and inode of what is there (kind 1; "-" is
 * standard output), or, when nothing is there yet, of its folder and its
 * last part, links followed (kind 2). Kind 0, never the same as another,
 * for a device (a terminal, /dev/null) and for a name that cannot be
 * looked at. Only regular files and FIFOs have an identity. */
struct ko_file_id {
	dev_t dev;
	ino_t ino;
	int kind;
	char name[256];
};
int ko_file_id(const char *path, struct ko_file_id *id); /* returns kind */
int ko_fd_id(int fd, struct ko_file_id *id); /* of an open file: 0 or 1 */
int ko_file_id_same(const struct ko_file_id *a, const struct ko_file_id *b);

/* msg.c: the files a run is writing in place, by device and inode (io.c
 * keeps them out of its readers): add returns a slot (0 when full), find
 * the label of one still being written. */
int ko_written_add(uint64_t dev, uint64_t ino, const char *what);
void ko_written_forget(int slot);
const char *ko_written_find(uint64_t dev, uint64_t ino);

struct ko_writer;
enum {
	KO_W_GZIP = 1,  /* multi-member gzip, one member per ~1 MiB */
	KO_W_APPEND = 2 /* append, never truncate; each line one write(2) */
};
/* Write to path atomically (temp file renamed at close; a device or FIFO is
 * written in place), or to stdout when path is NULL or "-". With
 * KO_W_APPEND the file is opened for appending instead, and a line never
 * straddles two writes, each taken under flock(LOCK_EX), so processes
 * sharing the file never tear or lose each other's lines. While a writer
 * is open on it, a file appended to, and standard output when it is a
 * regular file, is never read by this process's readers: the file fails
 * as input ("is also ..."). Returns NULL with *why set on failure. */
struct ko_writer *ko_writer_open(const char *path, int flags, const char **why);
void ko_write(struct ko_writer *w, const void *p, size_t n);
/* The next n bytes of the output, to be filled before the next write. */
char *ko_write_room(struct ko_writer *w, size_t n);
void ko_write_line(struct ko_writer *w, const void *p, size_t n); /* adds \n */
/* ko_write_line of a line followed by its newline (p[n] == '\n'), written
 * from where it is, not copied: p[0..n] must stay as it is until
 * ko_writer_unref (a reader's ko_reader_on_move) or the writer's next
 * flush. A record passed on unchanged goes out from the reader's buffer. */
void ko_write_line_ref(struct ko_writer *w, const char *p, size_t n);
/* Write out what ko_write_line_ref holds, so that its bytes may change. */
void ko_writer_unref(struct ko_writer *w);
/* Flush and close; 0, or -1 with errno set on any write error. If keep is 0
 * the output is abandoned (temp file removed). */
int ko_writer_close(struct ko_writer *w, int keep);
int ko_writer_error(const struct ko_writer *w);
/* Write out what is buffered, so that a full disk shows before a step that
 * must follow a written output; the error so far (errno value), or 0. */
int ko_writer_flush(struct ko_writer *w);
/* Opened to append: every line goes out in one write(2). */
int ko_writer_appends(const struct ko_writer *w);
/* Opened to append: the lines that reached the file so far. A write cut
 * short (a full disk) is cut back to its last whole line, so the file
 * never ends inside a line. */
uint64_t ko_writer_lines(const struct ko_writer *w);

/* ---- opt.c: the shared options, parsed once ---- */

#define KO_MAX_FIELDS 16

/* What a tool tells the option parser about itself. */
struct ko_tool {
	const char *name;  /* "ko-norm" */
	const char *usage; /* the SYNOPSIS line(s), without "usage: " */
	const char *help;  /* the rest of --help: the tool's own options */
	const char *shortopts;         /* the tool's own short options */
	const struct option *longopts; /* the tool's own long options, {0} ended */
	/* -f may be given this many times (0 means 1); tools that judge
	 * several fields allow more. */
	int max_fields;
	/* The fields when no -f is given (NULL-ended; NULL means "text"). */
	const char *const *default_fields;
	/* The tool judges text (DESIGN "Records"), or cleans all of it
	 * (ko-norm): with no -f it reads the
	 * text of a text record and, of a JSON record, the fields of the
	 * layouts it holds: text; instruction, input, output, system,
	 * history; messages; conversations; prompt, completion
	 * (ko_rec_judged). Overrides default_fields. */
	int judges_text;
	/* The tool works on JSON records only (ko-qgroup): a blank line is
	 * then no record, as under --jsonl, rather than an empty text. */
	int json_only;
	/* A blank line (spaces and tabs only, or nothing) is no record, of
	 * any kind (ko-mix: what it writes is what a trainer reads, and a
	 * loader of JSON Lines fails on an empty line); counted, and said
	 * at the end. */
	int skips_blank;
	/* Bad records are skipped and counted unless --on-error fail is
	 * given (ko-stats: a report on a dirty file beats a stop at its first
	 * bad line). */
	int skip_by_default;
	/* Shared options the tool takes but has no use for (no randomness:
	 * -s; a layout reader: -f, --jsonl, --text): --help names them
	 * apart, as accepted with no effect. */
	unsigned unused;
	/* What -f means here when the shared line ("text field of JSON
	 * records") would mislead: the rest of the -f line of --help, its
	 * further lines indented to match; NULL for the shared line. */
	const char *field_help;
};
#define KO_UNUSED_SEED 1u
#define KO_UNUSED_KIND 2u
#define KO_UNUSED_FIELD 4u

/* The shared options. A tool's main owns this struct. */
struct ko_opts {
	const struct ko_tool *tool;
	const char *fields[KO_MAX_FIELDS]; /* after parsing never empty */
	int nfields;
	int fields_given;  /* -f was given: fields are exactly those */
	const char *field; /* fields[0]: the text field */
	int mode;          /* 0 per line, 'j' --jsonl, 't' --text */
	uint64_t seed;     /* default 1 */
	const char *output;
	int gzip;
	int stdout_closed; /* fd 1 was closed at start (>&-): /dev/null holds it */
	const char *rejects;
	int skip_errors; /* --on-error skip */
	int progress;
	const char *stats;
	/* Set by a tool that converts its input (ko-import --encoding): the
	 * iconv name of the input's encoding; NULL for UTF-8. */
	const char *encoding;
	int argc;
	char **argv;
	int optind; /* after parsing: the first operand */
	/* private: the merged option tables */
	struct option *lo;
	char *so;
};
/* Start parsing argv for tool t. */
void ko_opt_init(struct ko_opts *o, const struct ko_tool *t, int argc, char **argv);
/* Handle shared options until one of the tool's own comes; return its
 * code (its argument in optarg), or -1 when all options are parsed (the
 * defaults are then set and o->optind is the first operand). Usage errors
 * and --help/--version end the program here (exit 2 / 0). */
int ko_opt_next(struct ko_opts *o);
/* Parse a number for an option, or exit 2 naming the option. */
uint64_t ko_opt_u64(const char *opt, const char *arg, uint64_t min, uint64_t max);

/* ---- rec.c: records and the run ---- */

struct ko_run;
struct ko_in;

/* A record as the tool sees it. */
struct ko_rec {
	const char *line; /* the raw line, without newline */
	size_t len;
	const char *file;
	size_t lineno;
	int is_json;
	int newfile;         /* the first record returned from its file */
	int parsed;          /* json holds the parsed, checked record */
	struct ko_json json; /* parsed when is_json */
	struct ko_run *run;
	/* ko_rec_seed's value once seeded is set: a generator asks for it for
	 * its share, its choices and its template (reset with each record
	 * read; a record built by hand starts zeroed) */
	int seeded;
	uint64_t seed;
};

/* Rejects by reason, for the report and --stats. */
struct ko_reason {
	char *reason;
	size_t n;
	int bad; /* a bad record's (skipped under --on-error skip), by the
	            reason its rejects line gives, less " at byte N" */
};
#define KO_MAX_REASONS 64

/* One run of a tool over its input: owned by main, filled by ko_open, read
 * by the tool for its counts; the rest is the record loop's business. */
struct ko_run {
	const struct ko_opts *opt;
	struct ko_in *in;
	struct ko_writer *out, *rejects;
	/* Top-level keys read besides the text fields (id, source, license,
	 * context_id, and a tool's own, ko_run_reads_key): a record that has
	 * one twice is bad, as with a text field, because kopipe would read
	 * the first and jq or Python the last. */
	const char *keys[32];
	int nkeys;
	struct ko_json_keyset dupkeys; /* keys[0..nkeys), ready for the check */
	int rejects_failed;      /* a write to --rejects failed (ko_close) */
	uint64_t rejects_lines;  /* lines that reached --rejects (ko_close) */
	int stop; /* a record failed under --on-error fail, or output failed */
	size_t nin, nout, nbad, ndropped, nmissing, repaired;
	size_t nblank; /* blank lines skipped (--jsonl, tools of JSON only) */
	/* Set by a tool: invalid UTF-8 in a text is replaced with U+FFFD and
	 * counted in repaired instead of failing the record. */
	int repair_utf8;
	/* the first record's missing field; NULL: none of the layouts' */
	const char *missing_field;
	int missing_seen_any;
	size_t missing_seen;
	/* of those, records where the field is there but no string: how
	 * many, and what the first one held ("a number", "null", ...) */
	size_t nwrong_type;
	const char *wrong_type;
	/* With several -f fields a record lacks its text only when it has
	 * none of them: the record (by nin) that lacked one and the one that
	 * had one, settled when the next is read or the run closes; and per
	 * field, the records that had it (field_at: the last, counted once)
	 * and those that lacked it (lack_in: the last), for the notes. */
	size_t lack_at, had_at;
	const char *lack_type;
	size_t field_had[KO_MAX_FIELDS], field_at[KO_MAX_FIELDS];
	size_t field_lack[KO_MAX_FIELDS], field_lack_in[KO_MAX_FIELDS];
	const char *hinted; /* the file whose encoding was guessed aloud */
	/* Lines of a per-line reading, in the current file: JSON records
	 * and text lines with a character (where the first of those was).
	 * A file that has both is added to mixed_json and mixed_text, said at
	 * the end with where the first such file's first text line was. */
	size_t fjson, ftext, mixed_json, mixed_text, mixed_files;
	/* text lines of ftext, mixed_text that were bad records for their
	 * bytes (not UTF-8, a NUL): not read as text */
	size_t ftext_bad, mixed_text_bad;
	int said_dashes; /* the note on '-' given twice was written */
	struct ko_buf file_text, first_text;
	struct ko_reason reasons[KO_MAX_REASONS];
	int nreasons;
	struct ko_buf text[4], why, rej, tmp;
	/* Bytes at the start of the next ko_rec_fail reason that say where in
	 * the record it lies (a layout's item: data[0].qas[2]): left out of
	 * the count by reason (--stats, counters), as " at byte N" is, so
	 * that a reason of every record does not make a counter of each. */
	size_t why_place;
	struct ko_buf esc; /* ko_rec_text_esc's map */
	double t0, tlast;
	int tty;
	/* Set by a tool: raw JSON members ("\"k\":v,...") that its --stats
	 * line gets after the shared counts (ko-mix's shares). */
	struct ko_buf stats_extra;
	/* The --stats line's start and path, for the line of a run ended by
	 * an interrupt (written by the signal handler: rec.c) */
	char *kill_head, *kill_path;
	size_t kill_headn;
};

/* A file that is not text, told by its first bytes p[0..n) (ko_guess_binary):
 * said once per file with the command that reads it (run->hinted); 1 if
 * said now. */
int ko_hint_binary(struct ko_run *run, const char *file, const char *p, size_t n);

/* Exit 2 when one of files (stdin when n is 0) is also --rejects, --stats
 * or standard output (a regular file): it would be read back as it grows.
 * ko_open checks the operands; a tool that reads other files calls it. */
void ko_check_inputs(const struct ko_opts *o, char **files, int n);
/* Open --rejects (appended to), the output, and the operands as input.
 * When one cannot be opened: a message and exit 1, with nothing left
 * behind (rejects are opened first, so no temporary output exists yet). */
void ko_open(struct ko_run *run, const struct ko_opts *o);
/* The next record, or NULL at the end of the input or when the run must
 * stop. Each line is a record on its own, so a shard reads exactly as the
 * whole does: a line whose first non-blank byte is '{' is a JSON record
 * (parsed, and checked for invalid UTF-8 and unpaired surrogate escapes in
 * any field), any other line a text record (--jsonl and --text force one
 * kind). A bad JSON record is handled here, as by ko_rec_fail. A file that
 * is one JSON array or one pretty-printed document is refused as a whole
 * with a hint ('ko-import json'). The record is valid until the next call. */
struct ko_rec *ko_next(struct ko_run *run);
/* A further input (ko-dedup --against) read by the same rules, with the
 * run's options and counts; its records are valid until its next call. */
struct ko_in *ko_in_open(struct ko_run *run, char **files, int nfiles);
struct ko_rec *ko_in_next(struct ko_run *run, struct ko_in *in);
void ko_in_close(struct ko_in *in);
/* For tools that read lines or whole files in their own way (paragraphs,
 * dataset documents): the next line or file of the run's input, with
 * unreadable files reported. 1, or 0 at the end. ko_tick counts a record
 * read that way. */
int ko_next_line(struct ko_run *run, const char **line, size_t *len, int *newfile);
int ko_next_file(struct ko_run *run, const char **p, size_t *n);
const char *ko_input_name(const struct ko_run *run);
size_t ko_input_lineno(const struct ko_run *run);
void ko_tick(struct ko_run *run);
/* Close everything; report rejects by reason, skipped bad records, records
 * without the field, repairs; append --stats. Returns the exit status. */
int ko_close(struct ko_run *run);

/* Write one output line. */
void ko_emit(struct ko_run *run, const void *p, size_t n);
/* Write the record with the fields set (as ko_json_rewrite_to does),
 * straight to the output: no copy of the record or of a text is made. */
void ko_emit_rewrite(struct ko_rec *r, const struct ko_field *f, int nf, unsigned text);
/* The same with a value put in place (see struct ko_put). */
void ko_emit_rewrite_put(struct ko_rec *r, const struct ko_field *f, int nf, unsigned text,
                         const struct ko_put *put);
/* Write the record unchanged (a text record must be valid UTF-8). */
void ko_pass(struct ko_rec *r);
#define KO_REJECT (-1)
/* The record is bad (a data error): under --on-error fail print
 * "FILE:LINE: reason" and stop the run (exit 1); under skip write it to
 * --rejects with the reason and count it. Returns KO_REJECT. A record that
 * is not valid JSON or UTF-8 (parsed is 0) goes to --rejects as
 * {"raw_b64": ...}, so its bytes are kept and the file stays valid. */
int ko_rec_fail(struct ko_rec *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A top-level key the tool reads (ko-mix --by): repeated in a record, the
 * record is bad ("duplicate key"). After ko_open; at most 32 in all. */
void ko_run_reads_key(struct ko_run *run, const char *key);
/* The tool drops the record by design (a filter, too few sentences): it
 * goes to --rejects with the reason and is counted by reason; not an
 * error. Returns 0. */
int ko_rec_reject(struct ko_rec *r, const char *reason);
/* As ko_rec_reject, with further fields put into the rejected record
 * (ko-dedup's dup_of and similarity). */
int ko_rec_reject_with(struct ko_rec *r, const char *reason, const struct ko_field *f, int nf);
/* A warning about the record: "ko-x: FILE:LINE: ...". */
void ko_rec_warn(const struct ko_rec *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Text of the field (JSON) or the whole line (text), unescaped, valid
 * UTF-8, not NUL-terminated. Returns 0 with *p,*n pointing into the
 * record's line (a string without escapes) or a buffer of the run (valid
 * until the next call with the same slot, 0-3), 1 if the field is absent
 * or not a string (counted for the report when it is a -f field), or
 * KO_REJECT after ko_rec_fail. For a tool that judges text (.judges_text)
 * an array field with strings in it (history: [[user, assistant], ...])
 * is text too: its string values in order, one a line. */
int ko_rec_text(struct ko_rec *r, const char *field, int slot, const char **p, size_t *n);
/* The text strings of the array or object at token t of r (ko_json_next_str:
 * turns, contents, text parts; not keys), unescaped into b in order, each
 * after a line break but the first; *any is set when there was one.
 * Returns -1 on a bad escape, else 0. */
int ko_rec_strings(struct ko_rec *r, int t, struct ko_buf *b, int *any);
/* As ko_rec_text, and for a JSON string field with escapes, read from a
 * buffer, the map ko_json_str_checked_esc makes: *nesc pairs (the end of
 * an escape's character in the text, the end of the escape in the
 * field's body) at *esc, valid until the next call; *esc is NULL when the
 * text is read in place or no map was made (the caller then finds the
 * escapes itself: ko_json_next_escape). */
int ko_rec_text_esc(struct ko_rec *r, const char *field, int slot, const char **p, size_t *n,
                    const uint32_t **esc, size_t *nesc);
/* Done with the text ko_rec_text gave for slot: a long one's buffer is
 * freed, so the next copy of it does not come on top (the pointer it gave
 * may be gone). */
void ko_rec_text_release(struct ko_rec *r, int slot);
/* The fields a tool that judges text (.judges_text) reads in r: the index
 * into opt->fields of the first one at or after i, with *name set, or -1
 * when none is left. Loop with
 *	for (int f = 0; (f = ko_rec_judged(r, f, &name)) >= 0; f++)
 * With -f: every -f field. Without: a text record's text; of a JSON
 * record, those of the layouts it holds (text; instruction, input,
 * output, system, history; messages; conversations; prompt, completion:
 * any value, ko_rec_text tells a string from the rest); a JSON record with
 * none of them is counted as missing, once, and the note names them. */
int ko_rec_judged(const struct ko_rec *r, int i, const char **name);
/* 64-bit seed of this record: mix of --seed and the record's "id" field
 * when it has one, else a hash of the whole line; never its position.
 * Computed once a record (remembered in it). */
uint64_t ko_rec_seed(struct ko_rec *r);
/* A top-level field of a JSON record as raw JSON ("\"doc-7\"", 17), or NULL. */
const char *ko_rec_raw(const struct ko_rec *r, const char *name, size_t *n);
const char *ko_rec_id_raw(const struct ko_rec *r, size_t *n);
/* Append the record's id, with suffix appended, as a JSON string: a string
 * id is extended as it is ("doc-7" -> "doc-7#0"), any other id (a number,
 * an object) by its JSON text. Returns 0 if there is no id (ko_rec_id_raw:
 * an id of null, "", true or false is none). */
int ko_rec_id_with(const struct ko_rec *r, struct ko_buf *out, const char *suffix);
/* The answer_start of a record in the layout ko-import squad writes
 * (context, answer and answers strings, answer_start in characters), or
 * -1: another layout, or a question without an answer. */
long ko_rec_answer_start(const struct ko_rec *r);
/* A tool that rewrites text with fn (as ko_json_rewrite_strs calls it)
 * changed a SQuAD record's context or answer: f[0, *nf) are its new
 * fields so far (text bit x set where f[x] is text), start is
 * ko_rec_answer_start and near the byte where that start went in the new
 * context. The answer and answers are rewritten with fn too, since they
 * are spans of the context (fields added to f, which must have room for
 * three more), and answer_start is set to the occurrence of the answer
 * nearest near. 0, or KO_REJECT after ko_rec_reject when the new context
 * no longer holds the answer: a stale offset would teach a wrong span.
 * buf[0, 3) hold the new fields until the record is written. */
int ko_rec_follow_answer(struct ko_rec *r, struct ko_field *f, int *nf, unsigned *text, long start,
                         size_t near, ko_json_str_fn fn, void *ctx, struct ko_buf buf[3]);

#include "markup.h"
#include "placeholder.h"
#include "contact.h"
#include "spam.h"
#include "split.h"
#include "license.h"
#include "task.h"

#endif
