/*
 * fuzz_gzip.c - libFuzzer target: the record reader (io.c) on plain and
 * gzip input, read line by line and as whole files.
 *
 * The first byte picks how the rest becomes a file: as it is, or first
 * compressed into one or two gzip members and then cut short, given a
 * flipped byte, or followed by plain text, so that the decoder is reached
 * often and its error paths too. Checks: lines never hold a newline, a
 * plain file's lines are its bytes, and every failure carries a message
 * that names the file.
 */
#include <fcntl.h>
#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ko.h"

static char path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(path, sizeof path, "%s/ko-fuzz-gzip-XXXXXX", tmp && strlen(tmp) < 32 ? tmp : "/tmp");
	int fd = mkstemp(path);
	if (fd < 0)
		abort();
	close(fd);
	return 0;
}

static void put(const void *p, size_t n)
{
	int fd = open(path, O_WRONLY | O_TRUNC);
	if (fd < 0 || (n && write(fd, p, n) != (ssize_t)n) || close(fd) < 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	int how = data[0] % 6, whole = data[0] & 0x80;
	size_t arg = data[1];
	const uint8_t *p = data + 2;
	size_t n = size - 2, plain = how == 0 ? n : 0;
	if (how == 0) {
		put(p, n);
	} else {
		struct libdeflate_compressor *c = libdeflate_alloc_compressor(1);
		size_t cap = 2 * libdeflate_gzip_compress_bound(c, n) + n + 64;
		uint8_t *z = malloc(cap);
		size_t half = how == 4 ? n / 2 : n;
		size_t zn = libdeflate_gzip_compress(c, p, half, z, cap);
		if (how == 4) /* two members */
			zn += libdeflate_gzip_compress(c, p + half, n - half, z + zn, cap - zn);
		switch (how) {
		case 2: /* cut short */
			zn = zn * arg / 256;
			break;
		case 3: /* one byte flipped */
			if (zn)
				z[arg * zn / 256] ^= 0x5A;
			break;
		case 5: /* plain text after the gzip data */
			memcpy(z + zn, p, n);
			zn += n;
			break;
		}
		put(z, zn);
		free(z);
		libdeflate_free_compressor(c);
	}

	char *files[1] = {path};
	struct ko_reader *r = ko_reader_open(files, 1);
	const char *line;
	size_t len, total = 0, lines = 0;
	int newfile, k;
	if (whole) {
		while ((k = ko_reader_next_file(r, &line, &len)) != 0)
			if (k < 0 && !strstr(ko_reader_error(r), path))
				abort();
	} else {
		while ((k = ko_reader_next(r, &line, &len, &newfile)) != 0) {
			if (k < 0) {
				if (!strstr(ko_reader_error(r), path))
					abort();
				continue;
			}
			if (memchr(line, '\n', len))
				abort();
			total += len;
			lines++;
		}
		/* A plain file gives all its bytes but newlines, CRs of CRLF
		 * and a BOM. */
		if (how == 0 && !ko_reader_failed(r) && (total > plain || total + 2 * lines + 3 < plain))
			abort();
	}
	ko_reader_close(r);
	return 0;
}
