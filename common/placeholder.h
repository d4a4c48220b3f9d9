/*
 * placeholder.h - markers of deleted, hidden or missing text.
 */
#ifndef KO_PLACEHOLDER_H
#define KO_PLACEHOLDER_H

#include <stddef.h>

/* Compare the phrase q to the text at p[0..n), blanks skipped in both,
 * ASCII letters in any case. Returns the bytes of p matched, or 0. */
size_t ko_loose_match(const char *p, size_t n, const char *q);

/* 1 if the line p[0..n), trimmed of blanks and of punctuation and brackets
 * at its edges, is a marker of deleted or missing text (삭제된 댓글입니다,
 * [deleted], 클린봇이 부적절한 표현을 감지한 댓글입니다), blanks inside and
 * the case of ASCII letters ignored. Lines of more than 64 bytes are none. */
int ko_placeholder_line(const char *p, size_t n);

/* 1 if the text p[0..n) has a line that is not blank and every such line
 * is a marker (ko_placeholder_line): a notice, not text. */
int ko_placeholder_text(const char *p, size_t n);

#endif
