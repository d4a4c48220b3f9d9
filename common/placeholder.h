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

/* The first mark in p[0..n) that a source site put in place of a word it
 * hid (a censored word, a masked user id), its offset in *at: its length,
 * or 0 if there is none. Two marks are known: two or more question marks
 * after a blank or the start (or an opening bracket or quote) and glued
 * to a particle (격리거부하는 ??가 있다던데, ??들은, ??님이): the site's word
 * filter left the particle of the word it hid; and stars after the start
 * of an id or a name (sera****, abc12***, 김**): two or more letters or
 * digits then three stars or more, or one syllable at a word's start then
 * two or more. Question marks after a word (뭐??, 진짜??그래서) are a
 * question, and stars around a word (**중요**) are emphasis: neither is a
 * mark. A text with one holds a word no reader can know: no mask task
 * nor answer should be made around it. */
size_t ko_placeholder_hidden(const char *p, size_t n, size_t *at);

#endif
