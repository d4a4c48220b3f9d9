/* rand.c - seeded PRNG (xoshiro256** seeded through splitmix64) and a fast
 * 64/128-bit hash. Both are defined by their bit operations so output is
 * the same on every machine. */
#include <string.h>

#include "ko.h"

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

void ko_rng_seed(struct ko_rng *r, uint64_t seed)
{
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix(&seed);
}

uint64_t ko_rng_next(struct ko_rng *r)
{
	uint64_t *s = r->s;
	uint64_t out = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return out;
}

uint64_t ko_rng_below(struct ko_rng *r, uint64_t n)
{
	/* Reject the top sliver that would make small values likelier. */
	uint64_t lim = -n % n;
	for (;;) {
		uint64_t x = ko_rng_next(r);
		if (x >= lim)
			return x % n;
	}
}

double ko_rng_unit(struct ko_rng *r)
{
	return (double)(ko_rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

void ko_rng_shuffle(struct ko_rng *r, void *base, size_t n, size_t sz)
{
	unsigned char *b = base, tmp[256];
	if (sz > sizeof tmp)
		return;
	for (size_t i = n; i > 1; i--) {
		size_t k = (size_t)ko_rng_below(r, i);
		if (k == i - 1)
			continue;
		memcpy(tmp, b + k * sz, sz);
		memcpy(b + k * sz, b + (i - 1) * sz, sz);
		memcpy(b + (i - 1) * sz, tmp, sz);
	}
}

uint64_t ko_mix64(uint64_t a, uint64_t b)
{
	return ko_fmix64(a ^ rotl(b, 29) ^ 0x9E3779B97F4A7C15ULL) ^
	       ko_fmix64(b + 0x632BE59BD9B4E019ULL);
}

static uint64_t load64(const unsigned char *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

/* Two lanes of multiply-rotate over 16-byte blocks, length folded in, each
 * finished with the murmur3 finaliser. */
static const uint64_t K1 = 0x87C37B91114253D5ULL, K2 = 0x4CF5AD432745937FULL;

static inline void block128(uint64_t *a, uint64_t *b, const unsigned char *p)
{
	*a = rotl((*a ^ load64(p)) * K1, 31) * K2;
	*b = rotl((*b ^ load64(p + 8)) * K2, 33) * K1;
	*a += *b;
	*b += *a;
}

static void end128(uint64_t a, uint64_t b, const unsigned char *p, size_t left, size_t n,
                   uint64_t out[2])
{
	unsigned char tail[16] = {0};
	memcpy(tail, p, left);
	a = rotl((a ^ load64(tail)) * K1, 31) * K2;
	b = rotl((b ^ load64(tail + 8) ^ (uint64_t)n) * K2, 33) * K1;
	a = ko_fmix64(a + b);
	b = ko_fmix64(b + a);
	out[0] = a;
	out[1] = b;
}

void ko_hash128(const void *data, size_t n, uint64_t seed, uint64_t out[2])
{
	const unsigned char *p = data;
	uint64_t a = seed ^ 0x6A09E667F3BCC908ULL, b = ~seed ^ 0xBB67AE8584CAA73BULL;
	size_t i = 0;
	for (; i + 16 <= n; i += 16)
		block128(&a, &b, p + i);
	end128(a, b, p + i, n - i, n, out);
}

void ko_hash128_begin(struct ko_hash128_st *h, uint64_t seed)
{
	h->a = seed ^ 0x6A09E667F3BCC908ULL, h->b = ~seed ^ 0xBB67AE8584CAA73BULL;
	h->n = 0;
}

void ko_hash128_add(struct ko_hash128_st *h, const void *data, size_t n)
{
	const unsigned char *p = data;
	size_t have = h->n % 16;
	h->n += n;
	if (have) {
		size_t take = 16 - have < n ? 16 - have : n;
		memcpy(h->part + have, p, take);
		p += take, n -= take;
		if (have + take < 16)
			return;
		block128(&h->a, &h->b, h->part);
	}
	for (; n >= 16; p += 16, n -= 16)
		block128(&h->a, &h->b, p);
	memcpy(h->part, p, n);
}

void ko_hash128_end(const struct ko_hash128_st *h, uint64_t out[2])
{
	end128(h->a, h->b, h->part, h->n % 16, h->n, out);
}

uint64_t ko_hash64_lanes(const void *data, size_t n, uint64_t seed)
{
	const unsigned char *p = data;
	uint64_t a = seed ^ 0x6A09E667F3BCC908ULL, b = ~seed ^ 0xBB67AE8584CAA73BULL,
	         c = seed ^ 0x3C6EF372FE94F82BULL, d = ~seed ^ 0xA54FF53A5F1D36F1ULL;
	/* The whole blocks, then the last one (maybe of no byte) zero-padded:
	 * the loop tests its bound alone, once a block (this hashes every
	 * chunk's text in ko-split and again in each generator). */
#define LANES(q)                                                  \
	do {                                                      \
		a = rotl((a ^ load64(q)) * K1, 31) * K2;          \
		b = rotl((b ^ load64((q) + 8)) * K2, 33) * K2;    \
		c = rotl((c ^ load64((q) + 16)) * K1, 29) * K2;   \
		d = rotl((d ^ load64((q) + 24)) * K2, 27) * K2;   \
	} while (0)
	const unsigned char *end = p + (n & ~(size_t)31);
	for (; p < end; p += 32)
		LANES(p);
	unsigned char tail[32] = {0};
	memcpy(tail, p, n & 31);
	LANES(tail);
#undef LANES
	return ko_fmix64(ko_fmix64(a ^ (uint64_t)n) + ko_fmix64(b) * 3 + ko_fmix64(c) * 5 +
	                 ko_fmix64(d) * 7);
}

uint64_t ko_hash64(const void *p, size_t n, uint64_t seed)
{
	uint64_t h[2];
	ko_hash128(p, n, seed, h);
	return h[0] ^ h[1];
}
