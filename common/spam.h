/*
 * spam.h - ko-quality's spam rule: a text that sends its reader to a
 * place outside it, a pointer (a URL, a domain, a path or an id under a
 * named place, an @handle, a telephone number) with a call to action
 * near it (읽어 보세요, 방문하십시오), or a call to search (검색해
 * 보세요). Its words are data in spam_table.h; the pointers' shapes are
 * contact.h's, so that what ko-pii masks as a telephone number or a URL
 * is one here too. No allocation; safe on any bytes.
 */
#ifndef KO_SPAM_H
#define KO_SPAM_H

#include <stddef.h>
#include <stdint.h>

/* The most endings of a call to action spam_table.h may list. */
#define KO_SPAM_ENDINGS 32

/* What ko_spam_init derives from the tables once, for the scan of each
 * text: the endings' lengths, and the distinct last characters (their
 * UTF-8 bytes) after which an ending is compared at all. */
struct ko_spam {
	size_t cta_len[KO_SPAM_ENDINGS];
	uint32_t cta_last[KO_SPAM_ENDINGS];
	size_t ncta_last;
};

void ko_spam_init(struct ko_spam *s);

/* 1 if the field p[0..n) calls the reader to an outside place: a pointer
 * with a call to action near it, or a call to search (검색해 보세요, X 검색
 * 고고: the search engine is the place), which needs none. The endings are
 * looked for only where there is a pointer or a 검색 (most texts have
 * neither). alnum: 0 when the text holds no digit and no letter but
 * Hangul, so that no pointer but a path (카페/이름/) can be in it and the
 * others are not looked for. */
int ko_spam_field(const struct ko_spam *s, const char *p, size_t n, int alnum);

#endif
