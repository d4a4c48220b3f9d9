/*
 * split.h - Korean sentence boundaries.
 *
 * An iterator over the sentences of a (pointer, length) text. It never
 * allocates and keeps no state beyond the struct, so any number of texts can
 * be split at once and the memory used does not grow with the input.
 *
 * Every sentence is an exact substring of the input, trimmed of the
 * whitespace around it: nothing is rewritten, so byte offsets (and the
 * character offsets derived from them) stay faithful to the source, and
 * whatever is built from a sentence can be traced back to it.
 *
 * The rules are those of written Korean, with no dictionary beyond the
 * compiled-in tables of split_tables.h:
 *  - . ? ! … and runs of them end a sentence unless what follows shows it
 *    goes on: a digit after a decimal point, a quotative verb after a
 *    question mark (되나? 싶었는데), a lowercase word after an abbreviation;
 *  - a sentence-final ending (-다, -요, -죠, -까, -네, -음/-슴...) before a
 *    space ends a sentence even without punctuation, but a connective
 *    ending (-고, -며, -는데, -지만), a quotative particle or an auxiliary
 *    that follows (먹었나 보다) does not;
 *  - a quotation or bracket is one unit: sentences inside it stay in the
 *    sentence around it when a particle or a verb of saying follows;
 *  - closing quotes and brackets, footnote marks ([3]), ㅋㅋ, ㅠㅠ, ^^,
 *    emoji and tildes after the end belong to the sentence they follow.
 *
 * Time is linear in the input: every look back or ahead is bounded.
 * Input must be valid UTF-8 (callers validate); invalid bytes are not
 * dangerous, only split less well.
 */
#ifndef KO_SPLIT_H
#define KO_SPLIT_H

#include <stddef.h>

/* Iterator state. The fields are private; the struct is public only so that
 * callers can keep it on the stack. */
struct ko_split {
	const char *p;
	size_t n;
	size_t pos; /* where the next sentence is searched from */
	int flags;
	size_t nheadings; /* heading lines skipped so far (KO_SPLIT_HEADINGS) */
	int bare;     /* no end punctuation near the sentence being scanned:
	                 1, 0, or -1 until asked */
	size_t prev;  /* start of the sentence before in the same paragraph,
	                 or (size_t)-1 */
	size_t mark;  /* where the look for end punctuation stopped */
	int mark_kind; /* what it found there: nothing yet, punctuation, a
	                  hard break */
	size_t head_at; /* the line last asked whether it is heading-shaped
	                   (the next line a heading looks at is most often
	                   the next one asked), or (size_t)-1 */
	int head_is;    /* its answer */
	int wrapped;    /* the text is hard-wrapped prose (see hard_wrapped
	                   in split.c): 1, 0, 2 for a short text with too
	                   few lines to tell, or -1 until asked */
};

/* Every '\n' ends a sentence, for line-oriented input where each line is a
 * unit (a title, a list item, a chat message). Without it a single '\n' is
 * read as a space, as in hard-wrapped prose, and only a blank line (a
 * newline, optional blanks, a newline) is a hard break; a blank line is
 * always one, since no sentence runs across paragraphs. */
#define KO_SPLIT_NEWLINE_HARD 1

/* Heading lines are not sentences: ko_split_next skips them and counts
 * them in nheadings (see ko_split_headings), so a caller can tell where a
 * section begins. A heading is a line that ko_split_is_heading accepts and
 * that is followed, after at most three more such lines (nested headings),
 * by a line of prose: a short line before the end of the text, or before a
 * list of more short lines, is a sentence or a list item as before. */
#define KO_SPLIT_HEADINGS 2

/* 1 if the line p[0..n) looks like a heading rather than a sentence: at
 * most 40 characters and 8 words, a letter among them, no sentence
 * punctuation (? ! … 。 or a full stop after a word) but an optional
 * final full stop, which WikiExtractor adds to its headings; ending in a
 * letter, a digit or a closing bracket; and its last word ends in no
 * sentence-final ending, particle or connective the splitter knows (생애,
 * 어린 시절, 대한민국과의 관계, 1980년대 but not 다음과 같다, 그리고 밥을);
 * with the stop, a last word of two syllables that looks like an ending
 * after nouns or a genitive is a noun (표준 모형의 결함., 행적 연구.).
 * Surrounding blanks are ignored. */
int ko_split_is_heading(const char *p, size_t n);

/* 1 if the line p[0..n) ends the way a sentence ends: in . ? ! … 。 (runs
 * of them, then closing quotes and brackets), or in an eojeol whose ending
 * the splitter takes for a sentence end without punctuation (했다, 싫어요,
 * 빌어라, 몰라 ㅋㅋ), by the same rule and tables; since the end of a line
 * is a break, endings final in half-speech count too (뿌듯하다, 절반임).
 * 0 for a line ending in a noun, a particle or a connective (생애, 출신,
 * 그리고), or in a colon or a comma. Surrounding blanks are ignored. */
int ko_split_line_ends(const char *p, size_t n);

/* The number of heading lines the iterator has skipped so far: when it
 * grew across a call of ko_split_next, a new section began before the
 * sentence that call returned. */
static inline size_t ko_split_headings(const struct ko_split *s)
{
	return s->nheadings;
}

void ko_split_init(struct ko_split *s, const char *p, size_t n, int flags);

/* Next sentence: sets [*b, *e) to a non-empty span of p with no whitespace
 * at either end and returns 1; returns 0 when no sentence remains. Spans
 * come in order and do not overlap; whitespace between them is dropped. */
int ko_split_next(struct ko_split *s, size_t *b, size_t *e);

/* The sentences of a text, carried with it from the split that found them
 * to a tool that needs them again: ko-split --chunk writes them into each
 * chunk's field KO_SPANS_FIELD, and the generators (task.h) take them
 * there instead of splitting the chunk again, when they were found under
 * the newline rule the generator splits by, or the text holds no line
 * break (where the two rules split alike). The value is a string: 'h'
 * (found with KO_SPLIT_NEWLINE_HARD) or 'p' (without), 8 hex digits of a
 * hash of the text, ':', then each sentence's length in bytes, separated
 * by ',' and preceded by "GAP+" when the white space before it is not the
 * usual (one byte between sentences, none before the first):
 * "p3fa0c2d1:45,2+38,61". The hash ties the value to the text: a tool
 * that rewrites the text (ko-norm, ko-pii) leaves a value that no longer
 * matches, and it is ignored. */
#define KO_SPANS_FIELD "sentence_spans"
struct ko_buf;
struct ko_spans { /* a reader; private */
	const char *at, *end, *p;
	size_t n, last, count;
};
/* Write the value for the text p[0..n): ko_spans_head, then ko_spans_add
 * for each sentence [b, e) in order (last is the writer's state). */
void ko_spans_head(struct ko_buf *out, const char *p, size_t n, int flags, size_t *last);
void ko_spans_add(struct ko_buf *out, size_t *last, size_t b, size_t e);
/* 1 if v[0..vn) is a value for the text p[0..n) (its hash matches) found
 * under the newline rule of flags, or under either if p holds no '\n';
 * r then yields its sentences: ko_spans_next returns 1 and sets [*b, *e)
 * for each in turn, 0 at the end, and -1 if the value turns out malformed
 * (cut, past the text's end or short of it, a sentence that starts or
 * ends inside a character or on white space, or text between two): take
 * none of them then, and split the text. 0 if not: split the text. */
int ko_spans_open(struct ko_spans *r, const char *v, size_t vn, const char *p, size_t n, int flags);
static inline int ko_spans_next(struct ko_spans *r, size_t *b, size_t *e);

/* (ko_spans_next is inline: a generator reads every sentence of every
 * chunk it takes through it, and a call of its own for each cost a
 * fifth of it) */
static inline int ko_spans_ws_(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A decimal number at *s (at most 19 digits: no overflow), or -1. (Most
 * are two or three digits: one compare a digit, no count kept.) */
static inline int ko_spans_dec_(const char **s, const char *end, size_t *v)
{
	const unsigned char *q = (const unsigned char *)*s, *e = (const unsigned char *)end;
	unsigned d;
	if (q == e || (d = (unsigned)*q - '0') > 9)
		return -1;
	size_t x = d;
	const unsigned char *lim = e - q > 19 ? q + 19 : e;
	for (q++; q < lim && (d = (unsigned)*q - '0') <= 9; q++)
		x = x * 10 + d;
	if (q < e && (unsigned)*q - '0' <= 9) /* a twentieth digit */
		return -1;
	*s = (const char *)q;
	*v = x;
	return 0;
}

/* The next span from r->at: 1; 0 at the well-formed end of a value whose
 * last sentence ends the text but for white space; -1 if malformed. */
static inline int ko_spans_next(struct ko_spans *r, size_t *b, size_t *e)
{
	const char *s = r->at, *end = r->end;
	const unsigned char *p = (const unsigned char *)r->p;
	size_t a, gap, from, last = r->last, n = r->n;
	if (s == end) {
		if (!r->count)
			return -1;
		for (size_t i = last; i < n; i++)
			if (!ko_spans_ws_(p[i]))
				return -1;
		return 0;
	}
	if (last == (size_t)-1) {
		from = gap = 0;
	} else {
		if (*s++ != ',')
			return -1;
		from = last, gap = 1;
	}
	if (ko_spans_dec_(&s, end, &a))
		return -1;
	if (s < end && *s == '+') {
		s++;
		gap = a;
		if (ko_spans_dec_(&s, end, &a))
			return -1;
	}
	if (!a || gap > n - from || a > n - from - gap)
		return -1;
	size_t sb = from + gap, se = sb + a;
	/* a sentence starts and ends on a character, not on white space, and
	 * only white space lies between two */
	if (ko_spans_ws_(p[sb]) || ko_spans_ws_(p[se - 1]) || (p[sb] & 0xC0) == 0x80 ||
	    (se < n && (p[se] & 0xC0) == 0x80))
		return -1;
	if (last != (size_t)-1)
		for (size_t i = from; i < sb; i++)
			if (!ko_spans_ws_(p[i]))
				return -1;
	*b = sb;
	*e = se;
	r->at = s;
	r->last = se;
	r->count++;
	return 1;
}

#endif
