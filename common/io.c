/* io.c - record reader (files, stdin, gzip) and output writer (atomic -o,
 * multi-member gzip). */
#define _GNU_SOURCE /* F_SETPIPE_SZ */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <strings.h>
#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "ko.h"

#define CHUNK ((size_t)1 << 20)

struct ko_reader {
	char **files;
	char *stdin_only[1]; /* files when there are no operands */
	int nfiles, fi;
	const char *name;
	int fd;
	int opened;       /* a file is current */
	int first_line;   /* next line is the first of its file */
	int unended;      /* the line just returned had no newline */
	int eof;          /* current file has no more bytes to give */
	char *buf;        /* line assembly buffer */
	size_t cap, beg, end, scan;
	/* gzip: the whole compressed file and the current decoded member */
	unsigned char *gz;
	size_t gzn, gzpos;
	char *mem;
	size_t memcap, memn, mempos;
	struct libdeflate_decompressor *dec;
	size_t lineno;
	uint64_t bytes;
	int failed;
	int bom_checked;
	size_t boms;      /* BOMs dropped at the start of a line not a file's first */
	int pending;      /* an error is stored in err and not yet returned */
	char err[600];
	size_t gzmax;
	uint64_t total;   /* sum of the sizes of the plain files, 0 if unknown */
	/* --encoding: input bytes are converted to UTF-8 before lines are cut */
	iconv_t cd;
	const char *enc;
	char *raw;        /* bytes read but not yet converted */
	size_t rawn;
	int rawmode;      /* while looking for the gzip magic: no conversion */
	size_t unit;      /* bytes of a code unit: what a bad sequence skips */
	void *map; /* ko_reader_next_file: the mapped file */
	size_t mapn;
	/* ko_reader_on_move: told before bytes of buf up to end change */
	void (*on_move)(void *);
	void *move_arg;
};

/* The lines returned so far are about to move or be overwritten: whoever
 * keeps pointers into them (a writer's refs: ko_write_line_ref) lets go. */
static void moving(struct ko_reader *r)
{
	if (r->on_move)
		r->on_move(r->move_arg);
}

/* Remember an error for the caller: the next read returns -1 once and the
 * message is ko_reader_error(); reading then goes on with the next file. */
static void rfail(struct ko_reader *r, const char *what, int err)
{
	const char *sep = what && err ? ": " : "";
	snprintf(r->err, sizeof r->err, "%s: %s%s%s", r->name, what ? what : "", sep,
	         err ? strerror(err) : "");
	r->failed = 1;
	r->pending = 1;
}

/* libdeflate decodes whole buffers; past KO_GZIP_MAX refuse rather than
 * exhaust memory, and say how to stream instead. */
static size_t gzip_max(struct ko_reader *r)
{
	return r->gzmax;
}

static void too_big(struct ko_reader *r)
{
	snprintf(r->err, sizeof r->err,
	         "%s: gzip data too large to decode in memory (limit %zu MiB); "
	         "stream it instead: zcat %s | %s", r->name, gzip_max(r) >> 20,
	         strcmp(r->name, "stdin") ? r->name : "FILE", ko_progname());
	r->failed = 1;
	r->pending = 1;
}

/* A pipe between two stages holds a whole CHUNK (Linux; where the system
 * allows it): the 64 KiB default makes each 1 MiB write wake the reader
 * sixteen times. Anything else, or a refusal, is left as it is. */
static void big_pipe(int fd)
{
#ifdef F_SETPIPE_SZ
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode) && fcntl(fd, F_GETPIPE_SZ) < (int)CHUNK)
		(void)fcntl(fd, F_SETPIPE_SZ, (int)CHUNK);
#else
	(void)fd;
#endif
}

struct ko_reader *ko_reader_open(char **files, int nfiles)
{
	struct ko_reader *r = ko_xcalloc(1, sizeof *r);
	r->stdin_only[0] = "-";
	r->files = nfiles ? files : r->stdin_only;
	r->nfiles = nfiles ? nfiles : 1;
	r->fd = -1;
	r->cap = CHUNK;
	r->buf = ko_xmalloc(r->cap);
	const char *e = getenv("KOPIPE_GZIP_MAX_MB");
	long mb = e ? atol(e) : 0;
	r->gzmax = mb > 0 ? (size_t)mb << 20 : KO_GZIP_MAX;
	for (int i = 0; i < r->nfiles; i++) {
		struct stat st;
		if (strcmp(r->files[i], "-") && stat(r->files[i], &st) == 0 && S_ISREG(st.st_mode)) {
			r->total += (uint64_t)st.st_size;
		} else {
			r->total = 0;
			break;
		}
	}
	return r;
}

static void close_current(struct ko_reader *r)
{
	if (r->fd > 0)
		close(r->fd);
	r->fd = -1;
	free(r->gz);
	r->gz = NULL;
	r->gzn = r->gzpos = r->memn = r->mempos = 0;
	r->opened = 0;
}

/* Read up to n bytes from the plain file into p; 0 at end, -1 on error. */
static ssize_t rd(struct ko_reader *r, void *p, size_t n)
{
	for (;;) {
		ssize_t k = read(r->fd, p, n);
		if (k >= 0 || errno != EINTR)
			return k;
	}
}

/* Slurp the rest of a gzip file (its first bytes already in buf) into
 * r->gz. Returns 0, or -1 after reporting. */
static int slurp_gz(struct ko_reader *r)
{
	size_t have = r->end - r->beg, cap = have + CHUNK;
	unsigned char *g = ko_xmalloc(cap);
	memcpy(g, r->buf + r->beg, have);
	r->beg = r->end = r->scan = 0;
	for (;;) {
		if (have == cap) {
			if (cap >= gzip_max(r)) {
				free(g);
				too_big(r);
				return -1;
			}
			cap *= 2;
			g = ko_xrealloc(g, cap);
		}
		ssize_t k = rd(r, g + have, cap - have);
		if (k < 0) {
			free(g);
			rfail(r, "read error", errno);
			return -1;
		}
		if (k == 0)
			break;
		have += (size_t)k;
	}
	r->gz = g;
	r->gzn = have;
	r->gzpos = 0;
	return 0;
}

/* The length of the gzip header at g[0..n) (RFC 1952), or 0 when it is
 * cut short. */
static size_t gz_header(const unsigned char *g, size_t n)
{
	if (n < 10)
		return 0;
	size_t i = 10;
	if (g[3] & 4) { /* FEXTRA */
		if (n < 12)
			return 0;
		i += 2 + (size_t)(g[10] | g[11] << 8);
	}
	for (int bit = 8; bit <= 16; bit *= 2) /* FNAME, FCOMMENT */
		if (g[3] & bit) {
			while (i < n && g[i])
				i++;
			i++;
		}
	if (g[3] & 2) /* FHCRC */
		i += 2;
	return i < n ? i : 0;
}

/* 1 if the start of gzip member g[0..n) is damaged in a way no more data
 * would mend, however short what follows: a method other than deflate or
 * reserved flags in the header, a first block of the reserved type, a
 * stored block whose length and its complement disagree. */
static int gz_damaged(const unsigned char *g, size_t n)
{
	if (n >= 4 && (g[2] != 8 || (g[3] & 0xe0)))
		return 1;
	size_t h = gz_header(g, n);
	if (!h)
		return 0;
	if (((g[h] >> 1) & 3) == 3)
		return 1;
	return ((g[h] >> 1) & 3) == 0 && n - h >= 5 &&
	       (unsigned)(g[h + 1] | g[h + 2] << 8) != (~(unsigned)(g[h + 3] | g[h + 4] << 8) & 0xffff);
}

/* A deflate stream d[0..n) whose first block is compressed with dynamic
 * Huffman codes (RFC 1951, 3.2.7): 1 if the data ends inside that block's
 * code tables (the file was cut there), 0 if the tables are whole or
 * break a rule before the data ends. libdeflate says only that such a
 * stream fails, and it fails before writing a byte whether it was cut or
 * damaged, so the tables are read here. */
static int gz_tables_cut(const unsigned char *d, size_t n)
{
	static const unsigned char order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5,
	                                        11, 4, 12, 3, 13, 2, 14, 1, 15};
	size_t bit = 3, end = n * 8;
#define GZ_BITS(k, v)                                                                     \
	do {                                                                              \
		if (bit + (k) > end)                                                      \
			return 1;                                                         \
		v = 0;                                                                    \
		for (unsigned b_ = 0; b_ < (k); b_++, bit++)                              \
			v |= (unsigned)(d[bit >> 3] >> (bit & 7) & 1) << b_;              \
	} while (0)
	unsigned hlit, hdist, hclen, len[19] = {0}, count[8] = {0}, sym[19];
	GZ_BITS(5, hlit);
	GZ_BITS(5, hdist);
	GZ_BITS(4, hclen);
	if (hlit + 257 > 286 || hdist + 1 > 30)
		return 0;
	for (unsigned i = 0; i < hclen + 4; i++)
		GZ_BITS(3, len[order[i]]);
	for (unsigned i = 0; i < 19; i++)
		count[len[i]]++;
	count[0] = 0;
	unsigned offs[8], k = 0;
	for (unsigned l = 1; l < 8; l++) {
		offs[l] = k;
		k += count[l];
	}
	for (unsigned i = 0; i < 19; i++)
		if (len[i])
			sym[offs[len[i]]++] = i;
	unsigned total = hlit + 257 + hdist + 1, have = 0, prev = 16;
	while (have < total) {
		/* One symbol of the code-length code, a bit at a time. */
		unsigned code = 0, first = 0, index = 0, s = 19, b;
		for (unsigned l = 1; l < 8 && s == 19; l++) {
			GZ_BITS(1, b);
			code |= b;
			if (code - first < count[l])
				s = sym[index + code - first];
			index += count[l];
			first = (first + count[l]) << 1;
			code <<= 1;
		}
		unsigned rep = 1, v;
		if (s == 19)
			return 0; /* no such code: damaged */
		if (s == 16) {
			if (prev == 16)
				return 0;
			GZ_BITS(2, v);
			rep = 3 + v;
		} else if (s == 17) {
			GZ_BITS(3, v);
			rep = 3 + v;
		} else if (s == 18) {
			GZ_BITS(7, v);
			rep = 11 + v;
		}
		if (s < 16)
			prev = s;
		else if (s > 16)
			prev = 0;
		have += rep;
	}
#undef GZ_BITS
	return 0;
}

/* How many bytes the deflate data d[0..n) decodes to before it fails, at
 * most hi (which it is known to fail within): found by halving, since
 * libdeflate decodes whole buffers and tells only whether the output
 * room ran out first. */
static size_t decodes_to(struct ko_reader *r, const unsigned char *d, size_t n, size_t hi)
{
	size_t lo = 0, in, out;
	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2;
		enum libdeflate_result e =
			libdeflate_deflate_decompress_ex(r->dec, d, n, r->mem, mid, &in, &out);
		if (e == LIBDEFLATE_INSUFFICIENT_SPACE || e == LIBDEFLATE_SUCCESS)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* A gzip member g[0..n) (to the end of the file) that failed to decode:
 * 1 if its data ran out (the file was cut short), 0 if it is corrupt. The
 * deflate stream ran out when giving it less input makes it fail sooner;
 * a stream that fails where it is corrupt fails there whatever follows.
 * (Damage in the last few bytes reads as a cut.) */
#define GZ_CUT_PROBE 64
static int gz_truncated(struct ko_reader *r, const unsigned char *g, size_t n)
{
	size_t h = gz_header(g, n), in, out;
	if (!h)
		return !gz_damaged(g, n);
	if (gz_damaged(g, n))
		return 0;
	enum libdeflate_result e =
		libdeflate_deflate_decompress_ex(r->dec, g + h, n - h, r->mem, r->memcap, &in, &out);
	if (e == LIBDEFLATE_SUCCESS) /* the stream ends: its trailer is cut or wrong */
		return n - h - in < 8;
	if (e != LIBDEFLATE_BAD_DATA || n - h <= GZ_CUT_PROBE)
		return e != LIBDEFLATE_INSUFFICIENT_SPACE;
	size_t whole = decodes_to(r, g + h, n - h, r->memcap);
	if (!whole && (g[h] >> 1 & 3) == 2)
		return gz_tables_cut(g + h, n - h);
	return decodes_to(r, g + h, n - h - GZ_CUT_PROBE, whole) < whole;
}

/* A member cut short decodes to nothing here (libdeflate decodes whole
 * members), where zcat writes what precedes the cut: say so. */
static void cut_member(struct ko_reader *r)
{
	snprintf(r->err, sizeof r->err,
	         "%s: unexpected end of gzip data (the file is cut short): nothing of its %s member "
	         "was read (zcat writes out the lines before the cut)",
	         r->name, r->gzpos ? "last" : "only");
	r->failed = 1;
	r->pending = 1;
}

/* Decode the next gzip member into r->mem. 1 ok, 0 no more, -1 error. */
static int next_member(struct ko_reader *r)
{
	if (r->gzpos >= r->gzn)
		return 0;
	if (!r->dec && !(r->dec = libdeflate_alloc_decompressor()))
		ko_oom(sizeof(void *));
	size_t left = r->gzn - r->gzpos;
	if (left >= 2 && left < 18 && r->gz[r->gzpos] == 0x1f && r->gz[r->gzpos + 1] == 0x8b) {
		rfail(r, gz_damaged(r->gz + r->gzpos, left) ? "corrupt gzip data"
		                                            : "unexpected end of gzip data (the file is cut short)",
		      0);
		return -1;
	}
	if (left < 18 || r->gz[r->gzpos] != 0x1f || r->gz[r->gzpos + 1] != 0x8b) {
		/* Zero padding after the last member is common (tape blocks). */
		for (size_t i = r->gzpos; i < r->gzn; i++)
			if (r->gz[i]) {
				rfail(r, "trailing garbage after gzip data", 0);
				return -1;
			}
		return 0;
	}
	size_t want = r->memcap ? r->memcap : left * 4;
	if (want < ((size_t)4 << 20))
		want = (size_t)4 << 20;
	for (;;) {
		if (want > gzip_max(r))
			want = gzip_max(r);
		if (r->memcap < want) {
			r->mem = ko_xrealloc(r->mem, want);
			r->memcap = want;
		}
		size_t in = 0, out = 0;
		enum libdeflate_result e = libdeflate_gzip_decompress_ex(
			r->dec, r->gz + r->gzpos, left, r->mem, r->memcap, &in, &out);
		if (e == LIBDEFLATE_SUCCESS) {
			r->gzpos += in;
			r->memn = out;
			r->mempos = 0;
			return 1;
		}
		if (e != LIBDEFLATE_INSUFFICIENT_SPACE) {
			if (!gz_truncated(r, r->gz + r->gzpos, left))
				rfail(r, "corrupt gzip data", 0);
			else
				cut_member(r);
			return -1;
		}
		if (r->memcap >= gzip_max(r)) {
			too_big(r);
			return -1;
		}
		want = r->memcap * 2;
	}
}

static int fill_raw(struct ko_reader *r);

/* A sequence not valid in the encoding is copied into the line as bytes
 * that are not UTF-8 (itself when it is a byte of 0x80 or more, else 0xFF),
 * one code unit at a time, and conversion goes on after it: the line that
 * holds it is then a bad record like any line of invalid UTF-8 (FILE:LINE,
 * --rejects, --on-error), and the lines around it are read as they are.
 * A unit so copied can never join its neighbours into valid UTF-8: iconv
 * writes whole characters on both sides. */
static void copy_bad(struct ko_reader *r, char **in, size_t *inleft, char **out, size_t *outleft)
{
	size_t k = r->unit < *inleft ? r->unit : *inleft;
	for (size_t i = 0; i < k; i++) {
		unsigned char b = (unsigned char)(*in)[i];
		(*out)[i] = (char)(b >= 0x80 ? b : 0xFF);
	}
	*in += k, *inleft -= k, *out += k, *outleft -= k;
}

/* Convert what raw holds into buf[end..]; a sequence cut at the end of the
 * bytes read so far waits for the next read, and at the end of the file is
 * a bad sequence (copy_bad). 1 converted some (or needs more input), 0
 * nothing left. */
static int convert(struct ko_reader *r, int eof)
{
	if (!r->rawn)
		return 0;
	char *in = r->raw, *out = r->buf + r->end;
	size_t inleft = r->rawn, outleft = r->cap - r->end;
	for (;;) {
		size_t k = iconv(r->cd, &in, &inleft, &out, &outleft);
		if (k != (size_t)-1 || !inleft || outleft < r->unit)
			break;
		if (errno == EILSEQ || (errno == EINVAL && eof))
			copy_bad(r, &in, &inleft, &out, &outleft);
		else
			break;
	}
	r->end = (size_t)(out - r->buf);
	memmove(r->raw, in, inleft);
	r->rawn = inleft;
	return 1;
}

/* Under --encoding: convert raw bytes into buf[end..]. 1 got some, 0 end
 * of file, -1 error (remembered). */
static int fill_converted(struct ko_reader *r)
{
	if (r->beg > 0 && (r->end == r->cap || r->beg > r->cap / 2)) {
		moving(r);
		memmove(r->buf, r->buf + r->beg, r->end - r->beg);
		r->end -= r->beg;
		r->scan -= r->beg;
		r->beg = 0;
	}
	if (r->cap - r->end < 16) {
		moving(r);
		r->cap *= 2;
		r->buf = ko_xrealloc(r->buf, r->cap);
	}
	size_t before = r->end;
	for (;;) {
		int eof = 0;
		if (r->rawn < CHUNK / 2) {
			/* Read more raw bytes through the plain path, into raw. */
			char *keep = r->buf;
			size_t kcap = r->cap, kend = r->end, kbeg = r->beg, kscan = r->scan;
			r->buf = r->raw, r->cap = CHUNK, r->end = r->rawn, r->beg = r->scan = 0;
			int k = fill_raw(r);
			r->rawn = r->end;
			r->raw = r->buf;
			r->buf = keep, r->cap = kcap, r->end = kend, r->beg = kbeg, r->scan = kscan;
			if (k < 0)
				return -1;
			eof = k == 0;
		}
		convert(r, eof);
		if (r->end > before)
			return 1;
		if (eof)
			return 0;
	}
}

/* Append more input bytes to buf[end..], converted to UTF-8 under
 * --encoding. 1 got some, 0 end of file, -1 error (remembered). */
static int fill(struct ko_reader *r)
{
	return !r->cd || r->rawmode ? fill_raw(r) : fill_converted(r);
}

static int fill_raw(struct ko_reader *r)
{
	if (r->beg > 0 && (r->end == r->cap || r->beg > r->cap / 2)) {
		moving(r);
		memmove(r->buf, r->buf + r->beg, r->end - r->beg);
		r->end -= r->beg;
		r->scan -= r->beg;
		r->beg = 0;
	}
	if (r->end == r->cap) {
		moving(r);
		r->cap *= 2;
		r->buf = ko_xrealloc(r->buf, r->cap);
	}
	if (r->gz) {
		while (r->mempos == r->memn) {
			int k = next_member(r);
			if (k <= 0)
				return k;
		}
		size_t n = r->memn - r->mempos;
		if (n > r->cap - r->end)
			n = r->cap - r->end;
		memcpy(r->buf + r->end, r->mem + r->mempos, n);
		r->mempos += n;
		r->end += n;
		return 1;
	}
	ssize_t k = rd(r, r->buf + r->end, r->cap - r->end);
	if (k < 0) {
		rfail(r, "read error", errno);
		return -1;
	}
	r->end += (size_t)k;
	return k > 0;
}

static const char *written_here(int fd);

static int open_next(struct ko_reader *r)
{
	moving(r);
	while (r->fi < r->nfiles) {
		r->name = r->files[r->fi++];
		r->beg = r->end = r->scan = 0;
		r->lineno = 0;
		r->eof = 0;
		r->first_line = 1;
		r->bom_checked = 0;
		if (!strcmp(r->name, "-")) {
			r->fd = 0;
			big_pipe(0);
			r->name = "stdin";
			/* the keyboard as input: a tool that seems to hang (ko-stats
			 * --html FILE with the data file taken as the page) says
			 * what it waits for, where a person reads it */
			if (isatty(0) && isatty(2))
				ko_warn("reading records from the terminal; Ctrl-D ends them");
		} else if ((r->fd = open(r->name, O_RDONLY)) < 0) {
			rfail(r, NULL, errno);
			return 0;
		}
		/* An input that this run appends to (--rejects, --stats, or
		 * standard output opened with >>) would give back the lines
		 * written to it, and the run would never end. */
		const char *out = written_here(r->fd);
		if (out) {
			char what[400];
			snprintf(what, sizeof what, "is also %s: the run would read its own lines back", out);
			rfail(r, what, 0);
			close_current(r);
			return 0;
		}
		r->opened = 1;
		r->rawn = 0;
		if (r->cd)
			iconv(r->cd, NULL, NULL, NULL, NULL);
		/* Look at the first bytes: gzip magic means decode it all. */
		int k = 0;
		r->rawmode = 1;
		while (r->end < 2 && (k = fill(r)) > 0)
			;
		r->rawmode = 0;
		if (k < 0) {
			close_current(r);
			return 0;
		}
		if (r->end >= 2 && (unsigned char)r->buf[0] == 0x1f &&
		    (unsigned char)r->buf[1] == 0x8b) {
			r->total = 0; /* decoded bytes: the size no longer tells */
			if (slurp_gz(r) < 0) {
				close_current(r);
				return 0;
			}
		} else if (r->cd) {
			/* The bytes looked at are the first to convert. */
			memcpy(r->raw, r->buf + r->beg, r->end - r->beg);
			r->rawn = r->end - r->beg;
			r->beg = r->end = r->scan = 0;
		}
		return 1;
	}
	return 0;
}

int ko_reader_next(struct ko_reader *r, const char **line, size_t *len, int *newfile)
{
	for (;;) {
		if (r->pending) {
			r->pending = 0;
			return -1;
		}
		if (!r->opened && !open_next(r))
			return r->pending ? (r->pending = 0, -1) : 0;
		if (!r->bom_checked) {
			while (r->end - r->beg < 3 && !r->eof) {
				int k = fill(r);
				if (k < 0) {
					close_current(r);
					break;
				}
				if (k == 0)
					r->eof = 1;
			}
			if (!r->opened)
				continue;
			r->bom_checked = 1;
			if (r->end - r->beg >= 3 && !memcmp(r->buf + r->beg, "\xEF\xBB\xBF", 3))
				r->beg += 3;
			r->scan = r->beg;
		}
		char *nl;
		while (!(nl = memchr(r->buf + r->scan, '\n', r->end - r->scan))) {
			r->scan = r->end;
			if (r->eof)
				break;
			int k = fill(r);
			if (k < 0) {
				r->eof = 1;
				break;
			}
			if (k == 0)
				r->eof = 1;
		}
		if (r->pending && !nl) {
			/* A read error ends the file: the bytes after its last
			 * newline are not a whole line. */
			close_current(r);
			continue;
		}
		size_t a = r->beg, b;
		if (nl) {
			b = (size_t)(nl - r->buf);
			r->beg = r->scan = b + 1;
		} else if (r->end > r->beg) {
			b = r->end; /* last line without newline */
				r->beg = r->scan = r->end;
		} else {
			close_current(r);
			continue;
		}
		r->bytes += b - a + (nl != NULL);
		if (b > a && r->buf[b - 1] == '\r')
			b--;
		/* A BOM at the start of a later line: files joined with cat,
		 * each with its own. Left, it would make a JSON record a text
		 * line that no JSON parser downstream reads. */
		if (b - a >= 3 && !memcmp(r->buf + a, "\xEF\xBB\xBF", 3)) {
			a += 3;
			r->boms++;
		}
		r->lineno++;
		r->unended = !nl;
		*line = r->buf + a;
		*len = b - a;
		*newfile = r->first_line;
		r->first_line = 0;
		return 1;
	}
}

int ko_reader_unended(const struct ko_reader *r)
{
	return r->unended;
}

size_t ko_reader_boms(const struct ko_reader *r)
{
	return r->boms;
}

int ko_reader_next_file(struct ko_reader *r, const char **p, size_t *n)
{
	if (r->pending) {
		r->pending = 0;
		return -1;
	}
	if (r->opened)
		close_current(r);
	if (r->map)
		munmap(r->map, r->mapn);
	r->map = NULL;
	while (open_next(r)) {
		struct stat st;
		if (!r->gz && !r->cd && fstat(r->fd, &st) == 0 && S_ISREG(st.st_mode) &&
		    st.st_size > 3) {
			/* Map a plain file: no copy, and the pages come in one go. */
			size_t sz = (size_t)st.st_size;
			void *m = mmap(NULL, sz, PROT_READ, MAP_PRIVATE | MAP_POPULATE, r->fd, 0);
			if (m != MAP_FAILED) {
				r->map = m;
				r->mapn = sz;
				const char *a = m;
				if (!memcmp(a, "\xEF\xBB\xBF", 3))
					a += 3;
				r->bytes += sz;
				r->lineno = 1;
				*p = a;
				*n = sz - (size_t)(a - (const char *)m);
				return 1;
			}
		}
		if (!r->gz) {
			size_t want;
			if (fstat(r->fd, &st) == 0 && S_ISREG(st.st_mode) &&
			    (want = (size_t)st.st_size + 1) > r->cap) {
				moving(r);
				r->buf = ko_xrealloc(r->buf, want);
				r->cap = want;
			}
		} else if (r->memn > r->cap) {
			moving(r);
			r->buf = ko_xrealloc(r->buf, r->memn + 1);
			r->cap = r->memn + 1;
		}
		int k;
		while ((k = fill(r)) > 0)
			;
		if (k < 0) {
			close_current(r);
			r->pending = 0;
			return -1;
		}
		size_t a = r->beg;
		if (r->end - a >= 3 && !memcmp(r->buf + a, "\xEF\xBB\xBF", 3))
			a += 3;
		r->bytes += r->end - r->beg;
		r->lineno = 1;
		*p = r->buf + a;
		*n = r->end - a;
		return 1;
	}
	if (r->pending) {
		r->pending = 0;
		return -1;
	}
	return 0;
}

const char *ko_reader_name(const struct ko_reader *r) { return r->name ? r->name : "stdin"; }
size_t ko_reader_lineno(const struct ko_reader *r) { return r->lineno; }
uint64_t ko_reader_bytes(const struct ko_reader *r) { return r->bytes; }
int ko_reader_failed(const struct ko_reader *r) { return r->failed; }
const char *ko_reader_error(const struct ko_reader *r) { return r->err; }

int ko_reader_encoding(struct ko_reader *r, const char *enc)
{
	iconv_t cd = iconv_open("UTF-8", enc);
	if (cd == (iconv_t)-1)
		return -1;
	r->cd = cd;
	r->enc = enc;
	/* UTF-16 and UTF-32 (UCS-2, UCS-4) skip a bad unit whole, so that
	 * what follows stays aligned */
	r->unit = 1;
	if (!strncasecmp(enc, "utf-16", 6) || !strncasecmp(enc, "utf16", 5) ||
	    !strncasecmp(enc, "ucs-2", 5) || !strncasecmp(enc, "ucs2", 4))
		r->unit = 2;
	else if (!strncasecmp(enc, "utf-32", 6) || !strncasecmp(enc, "utf32", 5) ||
	         !strncasecmp(enc, "ucs-4", 5) || !strncasecmp(enc, "ucs4", 4))
		r->unit = 4;
	r->raw = ko_xmalloc(CHUNK);
	r->total = 0; /* converted bytes: the sizes no longer tell */
	return 0;
}
uint64_t ko_reader_size(const struct ko_reader *r) { return r->total; }

void ko_reader_on_move(struct ko_reader *r, void (*fn)(void *), void *arg)
{
	r->on_move = fn;
	r->move_arg = arg;
}

int ko_reader_holds(const struct ko_reader *r, const char *p, size_t n)
{
	uintptr_t a = (uintptr_t)r->buf, x = (uintptr_t)p;
	return x >= a && x - a < r->end && n < r->end - (x - a) && p[n] == '\n';
}

void ko_reader_close(struct ko_reader *r)
{
	if (!r)
		return;
	moving(r);
	close_current(r);
	if (r->map)
		munmap(r->map, r->mapn);
	if (r->dec)
		libdeflate_free_decompressor(r->dec);
	if (r->cd)
		iconv_close(r->cd);
	free(r->raw);
	free(r->mem);
	free(r->buf);
	free(r);
}

/* ---- file identity ---- */

/* Files that this run is writing in place, while a writer is open on
 * them (msg keeps the list: the only module with state): what it appends
 * to and a regular file that is standard output. None may be read. */
static int remember_written(int fd, const char *what)
{
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
		return 0;
	return ko_written_add((uint64_t)st.st_dev, (uint64_t)st.st_ino, what);
}

static void forget_written(int slot)
{
	ko_written_forget(slot);
}

static const char *written_here(int fd)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return NULL;
	return ko_written_find((uint64_t)st.st_dev, (uint64_t)st.st_ino);
}

static char *follow_links(const char *path);

int ko_fd_id(int fd, struct ko_file_id *id)
{
	memset(id, 0, sizeof *id);
	struct stat st;
	if (fstat(fd, &st) < 0 || (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)))
		return 0;
	id->dev = st.st_dev;
	id->ino = st.st_ino;
	return id->kind = 1;
}

int ko_file_id(const char *path, struct ko_file_id *id)
{
	memset(id, 0, sizeof *id);
	struct stat st;
	int ok = !strcmp(path, "-") ? fstat(1, &st) : stat(path, &st);
	if (ok == 0) {
		if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
			return 0; /* a terminal, /dev/null: many may share it */
		id->dev = st.st_dev;
		id->ino = st.st_ino;
		return id->kind = 1;
	}
	if (errno != ENOENT || !strcmp(path, "-"))
		return 0;
	/* Nothing there yet: its folder and its name in it, links followed. */
	char *t = follow_links(path);
	if (!t)
		return 0;
	char *slash = strrchr(t, '/');
	const char *base = slash ? slash + 1 : t;
	if (strlen(base) >= sizeof id->name) {
		free(t);
		return 0;
	}
	strcpy(id->name, base);
	if (slash == t)
		ok = stat("/", &st);
	else if (slash) {
		*slash = 0;
		ok = stat(t, &st);
	} else {
		ok = stat(".", &st);
	}
	free(t);
	if (ok < 0)
		return 0;
	id->dev = st.st_dev;
	id->ino = st.st_ino;
	return id->kind = 2;
}

int ko_file_id_same(const struct ko_file_id *a, const struct ko_file_id *b)
{
	return a->kind && a->kind == b->kind && a->dev == b->dev && a->ino == b->ino &&
	       (a->kind == 1 || !strcmp(a->name, b->name));
}

/* Pieces of output a writer holds before a writev(2). */
#define W_IOV 256

struct ko_writer {
	int fd;
	char *path, *tmp;
	int gz;
	char *buf;
	size_t n, cap;
	int err;
	struct libdeflate_compressor *c;
	char *z;
	size_t zcap;
	int own_fd; /* fd opened on a device or FIFO, closed at the end */
	int append; /* whole lines per write(2), for files many processes share */
	int written_slot; /* remember_written's, 0 for none */
	uint64_t lines; /* append: whole lines that reached the file */
	/* ko_write_line_ref: the output in order as pieces, buf's bytes from
	 * seg on not yet among them */
	struct iovec iov[W_IOV];
	int niov;
	size_t seg;
};

/* Bytes of p that reached the file: n, or fewer after an error (w->err). */
static size_t write_all(struct ko_writer *w, const void *p, size_t n)
{
	const char *s = p;
	size_t done = 0;
	while (done < n && !w->err) {
		ssize_t k = write(w->fd, s + done, n - done);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			w->err = errno;
			break;
		}
		done += (size_t)k;
	}
	return done;
}

static uint64_t count_lines(const char *p, size_t n)
{
	uint64_t k = 0;
	for (const char *e = p + n; (p = memchr(p, '\n', (size_t)(e - p))); p++)
		k++;
	return k;
}

/* An append file holds whole lines only: a write cut short (a full disk)
 * is cut back to the end of its last whole line, so that the file stays
 * JSON Lines and the next append (another shard, a rerun) starts a line.
 * Only when nothing was appended after it: another writer's lines are
 * never cut. */
static void append_lines(struct ko_writer *w, const char *p, size_t n)
{
	if (w->err)
		return;
	/* One write(2) of whole lines at a time among all the processes that
	 * share the file: O_APPEND alone is not atomic on NFS or Lustre, and
	 * the newline repair of ko_writer_open must not see half a line. A
	 * file system without locks (flock fails) is written all the same. */
	(void)flock(w->fd, LOCK_EX);
	size_t done = write_all(w, p, n);
	if (done == n) {
		(void)flock(w->fd, LOCK_UN);
		w->lines += count_lines(p, n);
		return;
	}
	size_t whole = done;
	while (whole > 0 && p[whole - 1] != '\n')
		whole--;
	w->lines += count_lines(p, whole);
	struct stat st;
	off_t end = whole == done ? -1 : lseek(w->fd, 0, SEEK_CUR);
	if (end >= (off_t)done && fstat(w->fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == end)
		(void)ftruncate(w->fd, end - (off_t)(done - whole));
	(void)flock(w->fd, LOCK_UN);
}

/* The pieces out with writev(2), a write cut short taken up where it
 * stopped. */
static void write_pieces(struct ko_writer *w)
{
	if (w->n > w->seg)
		w->iov[w->niov++] = (struct iovec){w->buf + w->seg, w->n - w->seg};
	struct iovec *v = w->iov;
	int c = w->niov;
	while (c > 0 && !w->err) {
		ssize_t k = writev(w->fd, v, c);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			w->err = errno;
			break;
		}
		for (; c > 0 && (size_t)k >= v->iov_len; v++, c--)
			k -= (ssize_t)v->iov_len;
		if (c > 0) {
			v->iov_base = (char *)v->iov_base + k;
			v->iov_len -= (size_t)k;
		}
	}
	w->niov = 0;
	w->seg = 0;
	w->n = 0;
}

static void flush(struct ko_writer *w)
{
	if (w->niov) {
		write_pieces(w);
		return;
	}
	if (!w->n)
		return;
	if (w->gz) {
		if (!w->c && !(w->c = libdeflate_alloc_compressor(6)))
			ko_oom(sizeof(void *));
		size_t bound = libdeflate_gzip_compress_bound(w->c, w->n);
		if (bound > w->zcap) {
			w->z = ko_xrealloc(w->z, bound);
			w->zcap = bound;
		}
		size_t k = libdeflate_gzip_compress(w->c, w->buf, w->n, w->z, w->zcap);
		write_all(w, w->z, k);
	} else if (w->append) {
		append_lines(w, w->buf, w->n);
	} else {
		write_all(w, w->buf, w->n);
	}
	w->n = 0;
}

/* The path that the chain of symbolic links at path ends in, whether a
 * file is there or not, newly allocated (path itself when it is no link);
 * NULL with errno set for a loop (ELOOP, past 40 links, as the kernel
 * counts) or a link that cannot be read. A relative target is taken from
 * the folder of the link that holds it. */
static char *follow_links(const char *path)
{
	char *p = ko_xstrdup(path);
	for (int hops = 0;; hops++) {
		struct stat lst;
		if (lstat(p, &lst) < 0 || !S_ISLNK(lst.st_mode))
			return p; /* the end of the chain, there or not */
		char *to = ko_xmalloc((size_t)lst.st_size + 2);
		ssize_t k;
		if (hops == 40 || (k = readlink(p, to, (size_t)lst.st_size + 1)) < 0) {
			int e = hops == 40 ? ELOOP : errno;
			free(to);
			free(p);
			errno = e;
			return NULL;
		}
		to[k] = 0;
		const char *slash = strrchr(p, '/');
		if (to[0] != '/' && slash) {
			size_t dn = (size_t)(slash - p) + 1;
			char *q = ko_xmalloc(dn + (size_t)k + 1);
			memcpy(q, p, dn);
			memcpy(q + dn, to, (size_t)k + 1);
			free(to);
			to = q;
		}
		free(p);
		p = to;
	}
}

struct ko_writer *ko_writer_open(const char *path, int flags, const char **why)
{
	struct ko_writer *w = ko_xcalloc(1, sizeof *w);
	w->gz = (flags & KO_W_GZIP) != 0;
	w->cap = CHUNK;
	w->buf = ko_xmalloc(w->cap);
	w->fd = 1;
	if (!path || !strcmp(path, "-")) {
		big_pipe(1);
		w->written_slot = remember_written(1, "standard output");
	}
	struct stat st;
	if (path && strcmp(path, "-") && (flags & KO_W_APPEND)) {
		w->fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0666);
		if (w->fd < 0) {
			*why = strerror(errno);
			free(w->buf);
			free(w);
			return NULL;
		}
		w->own_fd = 1;
		w->append = 1;
		w->gz = 0;
		struct ko_buf what = {0};
		ko_buf_addf(&what, "the file appended to as '%s'", path);
		w->written_slot = remember_written(w->fd, what.p);
		ko_buf_free(&what);
		/* A file whose last line lacks its newline (cut by a SIGKILL,
		 * or edited by hand) would have this run's first line glued to
		 * it: it gets its newline first, so the file stays JSON Lines.
		 * Under the lock every appending writer takes (append_lines):
		 * a line another shard is writing is whole before the last
		 * byte is looked at, and is not taken for a cut one. */
		(void)flock(w->fd, LOCK_EX);
		char last = '\n';
		int rfd = fstat(w->fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0
		              ? open(path, O_RDONLY)
		              : -1;
		if (rfd >= 0) {
			if (pread(rfd, &last, 1, st.st_size - 1) != 1)
				last = '\n';
			close(rfd);
		}
		int bad = last != '\n' && write_all(w, "\n", 1) != 1;
		(void)flock(w->fd, LOCK_UN);
		if (bad) {
			forget_written(w->written_slot);
			*why = strerror(w->err);
			close(w->fd);
			free(w->buf);
			free(w);
			return NULL;
		}
	} else if (path && strcmp(path, "-") && stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* A device or a FIFO (-o /dev/stdout, a named pipe) is written
		 * in place: renaming a temp file over it would replace it. */
		w->fd = open(path, O_WRONLY);
		if (w->fd < 0) {
			*why = strerror(errno);
			free(w->buf);
			free(w);
			return NULL;
		}
		w->own_fd = 1;
	} else if (path && strcmp(path, "-")) {
		/* A symbolic link is written through: the file it names is
		 * replaced (beside it, so that the rename stays on its file
		 * system), or made when it is not there (a dangling link, as a
		 * shell's > makes it), never the link; a loop of links is an
		 * error. An existing file keeps its permission bits. (A hard
		 * link is parted from its other names: an atomic rename makes a
		 * new file.) */
		char *target = follow_links(path);
		if (!target) {
			*why = strerror(errno);
			free(w->buf);
			free(w);
			return NULL;
		}
		int exists = stat(target, &st) == 0;
		size_t n = strlen(target);
		w->path = target;
		w->tmp = ko_xmalloc(n + 16);
		memcpy(w->tmp, w->path, n);
		memcpy(w->tmp + n, ".tmp.XXXXXX", 12);
		w->fd = mkstemp(w->tmp);
		if (w->fd < 0) {
			*why = strerror(errno);
			free(w->tmp);
			free(w->path);
			free(w->buf);
			free(w);
			return NULL;
		}
		/* mkstemp makes 0600; give the file what open(2) would, or the
		 * mode of the file it replaces. */
		mode_t um = umask(0);
		umask(um);
		fchmod(w->fd, exists ? st.st_mode & 07777 : 0666 & ~um);
		ko_remove_on_signal(w->tmp);
	}
	return w;
}

void ko_write(struct ko_writer *w, const void *p, size_t n)
{
	if (w->n + n > w->cap) {
		flush(w);
		if (n > w->cap) {
			if (w->append) {
				append_lines(w, p, n);
				return;
			}
			if (!w->gz) {
				write_all(w, p, n);
				return;
			}
			w->cap = n;
			w->buf = ko_xrealloc(w->buf, w->cap);
		}
	}
	memcpy(w->buf + w->n, p, n);
	w->n += n;
}

char *ko_write_room(struct ko_writer *w, size_t n)
{
	if (w->n + n > w->cap) {
		flush(w);
		if (n > w->cap) {
			w->cap = n;
			w->buf = ko_xrealloc(w->buf, w->cap);
		}
	}
	w->n += n;
	return w->buf + w->n - n;
}

void ko_write_line(struct ko_writer *w, const void *p, size_t n)
{
	if (w->n + n + 1 <= w->cap) {
		memcpy(w->buf + w->n, p, n);
		w->buf[w->n + n] = '\n';
		w->n += n + 1;
		return;
	}
	if (w->append) {
		/* Never let a line straddle two write(2) calls: appends from
		 * other processes could land between them. */
		flush(w);
		if (n + 1 > w->cap) {
			w->cap = n + 1;
			w->buf = ko_xrealloc(w->buf, w->cap);
		}
		memcpy(w->buf, p, n);
		w->buf[n] = '\n';
		w->n = n + 1;
		return;
	}
	ko_write(w, p, n);
	ko_write(w, "\n", 1);
}

void ko_write_line_ref(struct ko_writer *w, const char *p, size_t n)
{
	/* (gzip compresses its buffer whole; an append is one write of whole
	 * lines; a short line costs less to copy than to keep apart) */
	if (w->gz || w->append || n < 128) {
		ko_write_line(w, p, n);
		return;
	}
	if (w->niov && w->seg == w->n &&
	    (const char *)w->iov[w->niov - 1].iov_base + w->iov[w->niov - 1].iov_len == p) {
		w->iov[w->niov - 1].iov_len += n + 1; /* the line after the last one */
		return;
	}
	if (w->niov + 3 > W_IOV) /* (this piece, buf's before it, buf's at the end) */
		flush(w);
	if (w->n > w->seg) {
		w->iov[w->niov++] = (struct iovec){w->buf + w->seg, w->n - w->seg};
		w->seg = w->n;
	}
	w->iov[w->niov++] = (struct iovec){(void *)p, n + 1};
}

void ko_writer_unref(struct ko_writer *w)
{
	if (w && w->niov)
		flush(w);
}

int ko_writer_appends(const struct ko_writer *w)
{
	return w->append;
}

uint64_t ko_writer_lines(const struct ko_writer *w)
{
	return w->lines;
}

int ko_writer_flush(struct ko_writer *w)
{
	flush(w);
	return w->err;
}

int ko_writer_error(const struct ko_writer *w)
{
	return w->err;
}

int ko_writer_close(struct ko_writer *w, int keep)
{
	if (!w)
		return 0;
	/* A stream has already shown what it wrote; only a file is abandoned. */
	if (keep || !w->tmp)
		flush(w);
	int err = w->err;
	if (w->tmp) {
		if (close(w->fd) < 0 && !err)
			err = errno;
		if (keep && !err && rename(w->tmp, w->path) < 0)
			err = errno;
		if (!keep || err)
			unlink(w->tmp);
		ko_keep_on_signal(w->tmp);
	} else if (w->own_fd && close(w->fd) < 0 && !err) {
		err = errno;
	}
	forget_written(w->written_slot);
	if (w->c)
		libdeflate_free_compressor(w->c);
	free(w->z);
	free(w->buf);
	free(w->tmp);
	free(w->path);
	free(w);
	errno = err;
	return err ? -1 : 0;
}
