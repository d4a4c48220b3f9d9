/* util.c - checked allocation and growable buffers. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ko.h"

_Noreturn void ko_oom(size_t n)
{
	ko_die("out of memory (%zu bytes)", n);
}

void *ko_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		ko_oom(n);
	return p;
}

FILE *ko_xfopen(const char *path, const char *mode)
{
	FILE *f = fopen(path, mode);
	if (!f)
		ko_die("%s: %s", path, strerror(errno));
	return f;
}

void *ko_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		ko_oom(n);
	return p;
}

uint64_t *ko_bits_zeroed(uint64_t **p, size_t *cap, size_t words)
{
	if (words > *cap) {
		*cap = words + words / 2;
		*p = ko_xrealloc(*p, *cap * sizeof **p);
	}
	memset(*p, 0, words * sizeof **p);
	return *p;
}

void *ko_xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);
	if (!p)
		ko_oom(n * m);
	return p;
}

char *ko_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(ko_xmalloc(n), s, n);
}

void ko_buf_reserve(struct ko_buf *b, size_t extra)
{
	size_t need = b->n + extra + 1;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap < ((size_t)1 << 40) ? cap * 2 : need;
	b->p = ko_xrealloc(b->p, cap);
	b->cap = cap;
}

void ko_buf_add(struct ko_buf *b, const void *p, size_t n)
{
	ko_buf_reserve(b, n);
	if (n)
		memcpy(b->p + b->n, p, n);
	b->n += n;
	b->p[b->n] = 0;
}

void ko_buf_addc(struct ko_buf *b, int c)
{
	ko_buf_reserve(b, 1);
	b->p[b->n++] = (char)c;
	b->p[b->n] = 0;
}

void ko_buf_adds(struct ko_buf *b, const char *s)
{
	ko_buf_add(b, s, strlen(s));
}

size_t ko_put_dec(char *d, uint64_t v)
{
	/* Most numbers are offsets and lengths of a few digits (ko-split
	 * --chunk writes two for each sentence): those under 1000 from a
	 * table of digit pairs, without a division loop; the others' digits
	 * counted first, then written in place from the last: no copy. */
	static const char pairs[201] = "00010203040506070809101112131415161718192021222324"
	                               "25262728293031323334353637383940414243444546474849"
	                               "50515253545556575859606162636465666768697071727374"
	                               "75767778798081828384858687888990919293949596979899";
	if (v < 10) {
		d[0] = (char)('0' + v);
		d[1] = 0;
		return 1;
	}
	if (v < 100) {
		memcpy(d, pairs + 2 * v, 2);
		d[2] = 0;
		return 2;
	}
	if (v < 1000) {
		unsigned h = (unsigned)v / 100, r = (unsigned)v % 100;
		d[0] = (char)('0' + h);
		memcpy(d + 1, pairs + 2 * r, 2);
		d[3] = 0;
		return 3;
	}
	size_t len = 1;
	for (uint64_t x = v; x >= 10; x /= 10)
		len++;
	d[len] = 0;
	for (size_t i = len; i-- > 0; v /= 10)
		d[i] = (char)('0' + v % 10);
	return len;
}

void ko_buf_add_dec(struct ko_buf *b, uint64_t v)
{
	ko_buf_reserve(b, 20);
	b->n += ko_put_dec(b->p + b->n, v);
}

size_t ko_put_fixed4(char *d, double v)
{
	if (!(v >= 0 && v < 9007199254740992.0) || signbit(v)) { /* 2^53; NaN, -0 */
		int k = snprintf(d, 32, "%.4f", v);
		return k < 0 ? 0 : k > 31 ? 31 : (size_t)k;
	}
	uint64_t ip = (uint64_t)v, q = 0;
	double f = v - (double)ip; /* exact */
	if (f > 0) {
		/* f = fm / 2^(sh + 4) exactly (f < 1: sh >= 49), so f 10^4 =
		 * fm 625 / 2^sh, and fm 625 < 2^63: rounded on integers */
		uint64_t bits;
		memcpy(&bits, &f, sizeof bits);
		int ex = (int)(bits >> 52 & 0x7FF);
		uint64_t fm = bits & ((UINT64_C(1) << 52) - 1);
		if (ex)
			fm |= UINT64_C(1) << 52;
		else
			ex = 1;
		int sh = 1075 - ex - 4;
		uint64_t x = fm * 625;
		if (sh < 64) { /* else f 10^4 < 1/2: 0 */
			uint64_t r = x & ((UINT64_C(1) << sh) - 1), half = UINT64_C(1) << (sh - 1);
			q = x >> sh;
			if (r > half || (r == half && (q & 1)))
				q++;
		}
		if (q == 10000)
			ip++, q = 0;
	}
	size_t k = ko_put_dec(d, ip);
	d[k] = '.';
	d[k + 1] = (char)('0' + q / 1000);
	d[k + 2] = (char)('0' + q / 100 % 10);
	d[k + 3] = (char)('0' + q / 10 % 10);
	d[k + 4] = (char)('0' + q % 10);
	d[k + 5] = 0;
	return k + 5;
}

void ko_buf_add_fixed4(struct ko_buf *b, double v)
{
	if (!(v >= 0 && v < 9007199254740992.0) || signbit(v)) {
		ko_buf_addf(b, "%.4f", v);
		return;
	}
	ko_buf_reserve(b, 31);
	b->n += ko_put_fixed4(b->p + b->n, v);
}

void ko_buf_addf(struct ko_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (k < 0)
		return;
	ko_buf_reserve(b, (size_t)k);
	va_start(ap, fmt);
	vsnprintf(b->p + b->n, (size_t)k + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)k;
}

void ko_buf_free(struct ko_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
}

void ko_buf_release_large(struct ko_buf *b)
{
	if (b->cap > ((size_t)1 << 20))
		ko_buf_free(b);
}

void ko_buf_base64(struct ko_buf *b, const void *p, size_t n)
{
	static const char al[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *s = p;
	ko_buf_reserve(b, (n + 2) / 3 * 4);
	char *o = b->p + b->n;
	size_t i = 0;
	for (; i + 3 <= n; i += 3) {
		unsigned v = (unsigned)s[i] << 16 | (unsigned)s[i + 1] << 8 | s[i + 2];
		*o++ = al[v >> 18], *o++ = al[(v >> 12) & 63];
		*o++ = al[(v >> 6) & 63], *o++ = al[v & 63];
	}
	if (i < n) {
		unsigned v = (unsigned)s[i] << 16 | (i + 1 < n ? (unsigned)s[i + 1] << 8 : 0);
		*o++ = al[v >> 18], *o++ = al[(v >> 12) & 63];
		*o++ = i + 1 < n ? al[(v >> 6) & 63] : '=';
		*o++ = '=';
	}
	b->n = (size_t)(o - b->p);
	b->p[b->n] = 0;
}

int ko_cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

void ko_sort_u64(uint64_t *a, size_t n)
{
	if (n > 48) {
		qsort(a, n, sizeof *a, ko_cmp_u64);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		uint64_t x = a[i];
		size_t j = i;
		for (; j > 0 && a[j - 1] > x; j--)
			a[j] = a[j - 1];
		a[j] = x;
	}
}
