/* ko-lastsent - last-sentence (continuation) tasks: the sentences before
 * one sentence of a text are the context, that sentence is the answer.
 *
 * The answer is a full sentence: at least ten characters, a predicate
 * before its stop (not a note such as 통산 8승.), ending in a
 * sentence end. A heading (생애.), a list intro (다음과 같다:) or a
 * fragment left by removed markup is not something a reader can be asked
 * to write, so with the default position the answer is the last sentence
 * that is a full one, and the sentences after it are left out; an answer
 * that goes on with its paragraph comes before one that starts a new one
 * (answerable's para). Nor is it one that brings a number, a Latin word
 * or hanja its context lacks (grounded): with one gold answer, a date or a
 * name nothing before it gives is one a model learns to make up.
 *
 * Markup is never in a task: an answer carries none, and the context starts
 * after the last sentence (or the white space between two sentences) that
 * carries some, so a passage with a formula or a stray tag still gives a
 * task from the clean sentences after it. Nor does a context cross a
 * section break: it starts after the last heading or blank line before the
 * answer.
 *
 * The task is last-sentence only when the answer ends the document: after
 * ko-split --chunk a record is a stretch of one, and unless the chunk says
 * it is the last (chunk_count), its last sentence is said as the next one. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ko.h"

enum { T_LAST, T_NEXT };
static const struct ko_task tasks[] = {
	{"last-sentence", NULL, "text answer", "{text}", "{answer}"},
	{"next-sentence", NULL, "text answer", "{text}", "{answer}"},
};

struct conf {
	size_t min_sentences;
	int min_given; /* --min-sentences was given */
	long position; /* 1-based; negative counts from the end */
	int random_position;
	int allow_specifics; /* --allow-specifics */
	size_t max_chars;    /* --max-chars: of the context, 0 none */
	int thin; /* a sentence of the record was no answer for its informal
	           * context's want of words or a clause (MIN_INFORMAL_WORDS) */
	int ungrounded; /* a sentence of the record was no answer for a
	                 * specific its context lacks (grounded) */
	size_t unheld;  /* the last sentence passed over for a specific its
	                 * section lacks, before its markup was asked, + 1 */
	size_t sec_start, sec_end; /* section_start's: sentences sec_start to
	                            * sec_end - 1 are of one section, the
	                            * first of it sec_start; sec_end 0: none */
	struct ko_gen gen;
	uint32_t *from; /* from[i]: the first sentence of the clean run ending at i
	                 * (32 bits, as ko_span's offsets: 4 bytes a sentence) */
	size_t fromcap;
	size_t nfrom; /* the record's sentences, whose from[] is set up at the
	               * first run_from: a text with no answer candidate never
	               * touches it */
	unsigned char *asked; /* asked[k]: what answerable found of sentence k
	                       * past its paragraph (ASKED_*), 0 if not asked */
	size_t askedcap;
	int informal; /* the record reads as informal (ko_task_informal), -1
	               * until asked: of its text [0, textn) and sentences
	               * [0, nsent) */
	size_t textn, nsent;
};

/* What answerable found of a sentence past the paragraph test, which
 * alone depends on the pass: no, no with c->unheld = k + 1, no with
 * c->ungrounded set, no with c->thin set (informal context), yes. (A
 * text without an answer in a paragraph's flow asks its sentences again,
 * in any paragraph.) */
enum { ASKED_NO = 1, ASKED_UNHELD, ASKED_UNGROUNDED, ASKED_THIN, ASKED_YES };

enum { OPT_MIN = 0x100, OPT_POSITION, OPT_ALLOW_SPECIFICS, OPT_MAX_CHARS };

static const struct option longopts[] = {
	{"min-sentences", required_argument, NULL, OPT_MIN},
	{"position", required_argument, NULL, OPT_POSITION},
	{"allow-specifics", no_argument, NULL, OPT_ALLOW_SPECIFICS},
	{"max-chars", required_argument, NULL, OPT_MAX_CHARS},
	KO_TASK_LONGOPTS,
	KO_TASK_SENT_LONGOPTS,
	{0},
};

static void option(struct conf *c, int code, const char *arg)
{
	char *end;
	long v;
	switch (code) {
	case OPT_MIN:
		c->min_sentences = ko_opt_u64("--min-sentences", arg, 2, 1000000);
		c->min_given = 1;
		break;
	case OPT_POSITION:
		if (!strcmp(arg, "random")) {
			c->random_position = 1;
			break;
		}
		errno = 0;
		v = strtol(arg, &end, 10);
		if (errno || *end || end == arg || v == 0 || v == 1 || v < -1000000 || v > 1000000)
			ko_usage("--position: expected random, a sentence number from 2, or "
			         "a negative number counting from the end, not '%s'", arg);
		c->position = v;
		c->random_position = 0;
		break;
	case OPT_ALLOW_SPECIFICS:
		c->allow_specifics = 1;
		break;
	case OPT_MAX_CHARS:
		c->max_chars = ko_opt_u64("--max-chars", arg, 0, 100000000);
		break;
	default:
		if (ko_task_option(&c->gen, code, arg) < 0)
			ko_usage("%s", c->gen.err);
	}
}

/* The fewest characters of an answer: shorter sentences are headings,
 * list items and fragments far more often than sentences one can guess. */
#define MIN_ANSWER_CHARS 10

/* 1 if c ends a sentence: full stop, question and exclamation marks and
 * the ellipses, in their ASCII, fullwidth and CJK forms. A colon or a
 * comma leaves the sentence open (a list or a formula followed). */
static int is_sentence_end(uint32_t c)
{
	return c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x2025 ||
	       c == 0x3002 || c == 0xFF0E || c == 0xFF1F || c == 0xFF01;
}


/* The offset of the last character of p[0..n) (n > 0), *c set to it;
 * (size_t)-1 where the bytes there are no UTF-8. */
static size_t last_char(const char *p, size_t n, uint32_t *c)
{
	size_t b = n - 1;
	while (b > 0 && ((unsigned char)p[b] & 0xC0) == 0x80)
		b--;
	return ko_utf8_decode(p + b, n - b, c) <= 0 ? (size_t)-1 : b;
}

/* 1 if [p, p+n) ends in a sentence end but closing quotes and brackets. */
static int full_stop(const char *p, size_t n)
{
	while (n > 0) {
		uint32_t c;
		size_t b = last_char(p, n, &c);
		if (b == (size_t)-1)
			return 0;
		if (is_sentence_end(c))
			return 1;
		if (!ko_task_closer(c))
			return 0;
		n = b;
	}
	return 0;
}

/* The words of p[0..n), up to m: runs between blanks that hold a Hangul
 * syllable or an ASCII letter or digit. */
static int words_upto(const char *p, size_t n, int m)
{
	const unsigned char *u = (const unsigned char *)p;
	int words = 0, in = 0;
	for (size_t i = 0; i < n && words < m; i++) {
		if (u[i] == ' ' || u[i] == '\n' || u[i] == '\t')
			in = 0;
		else if (!in && (ko_is_ascii_alnum(u[i]) || ko_syllable_bytes(u + i, n - i)))
			in = 1, words++;
	}
	return words;
}

static int words_at_least(const char *p, size_t n, int m)
{
	return words_upto(p, n, m) >= m;
}

/* 1 if the sentence p[0..n) ends in a predicate (ko_task_predicate_end,
 * which asks for one before a question or exclamation mark), and where it
 * ends in a chat mark (좋네ㅋㅋ, 됐어요~), in one before it too
 * (ko_task_chat_predicate). */
static int predicate(const char *p, size_t n)
{
	if (!ko_task_predicate_end(p, n))
		return 0;
	int asked;
	size_t e = ko_task_unmarked_end(p, n, &asked);
	return !asked || ko_task_chat_predicate(p, e);
}

/* The last syllables of a connective ending, which chat ends a sentence
 * of a context with as well (일반인도 아니고., 눈치보고...., 간지나니깐.,
 * 보고싶으면..): the sentence goes on in the next. */
static const char connective_finals[] = "고서깐며면";

/* 1 if the last sentence p[0..n) of a context in informal text is one to
 * go on from: three words or more, a question, or a predicate or a
 * connective ending at its end (ko_task_chat_predicate, connective_finals:
 * 한심하다..., 매수했어, 좋네ㅋㅋ, 아니고.); not a noun or a fragment a
 * stray full stop left (일등공신., 돈으로 뭐든., 장원영 옆모습 .). */
static int clause(const char *p, size_t n)
{
	int asked;
	if (words_at_least(p, n, 3))
		return 1;
	size_t e = ko_task_unmarked_end(p, n, &asked);
	/* a question asks for what comes next (왜? 진짜??) */
	if (asked && memchr(p + e, '?', n - e))
		return 1;
	if (ko_task_chat_predicate(p, e))
		return 1;
	for (const char *t = connective_finals; e >= 3 && *t; t += 3)
		if (!memcmp(t, p + e - 3, 3))
			return 1;
	return 0;
}

/* Words that open a clause in speech (뭐랄까, 그러니까, 근데): an
 * informal sentence that ends in one (얘는 뭐랄까, 근데..) goes on in the
 * next, which finishes it rather than follows it. 아니 only when no
 * single stop follows it (아니... , not 아니., a reply). */
static const char *const fillers[] = {
	"뭐랄까", "뭐라고", "그러니까", "그니까", "그니깐", "그러니깐", "근데", "그런데", "그래서",
	"그리고", "그러면", "그럼", "아무튼", "암튼", "하지만", "왜냐면", "왜냐하면", "솔직히",
	"말하자면", "다시말해", "그게", "아니",
};

/* 1 if the sentence p[0..n) ends in a filler (fillers), its marks cut
 * off. */
static int filler_end(const char *p, size_t n)
{
	/* (none ends in 다, as most sentences of edited text do) */
	if (n >= 4 && p[n - 1] == '.' && !memcmp(p + n - 4, "다", 3))
		return 0;
	int asked;
	size_t e = ko_task_unmarked_end(p, n, &asked);
	while (e > 0 && (p[e - 1] == ',' || p[e - 1] == ' '))
		e--;
	size_t b = e;
	while (b > 0 && p[b - 1] != ' ' && p[b - 1] != '\n')
		b--;
	size_t marks = n - e;
	for (size_t k = 0; k < sizeof fillers / sizeof *fillers; k++)
		if (e - b == strlen(fillers[k]) && !memcmp(p + b, fillers[k], e - b))
			return strcmp(fillers[k], "아니") || !(marks == 1 && (p[e] == '.' || p[e] == '?'));
	return 0;
}

/* The fewest words of a context in informal text: a comment's first
 * words (일없습니다.삐~., ㅊㅋ.합니다., 소신 발언은.관종이지.) say too
 * little of what comes next; a chat line's question does (내일 몇 시에
 * 만나? 세 시 어때?). (On 33,893 news comments, 71 tasks of 1,804 had fewer.) */
#define MIN_INFORMAL_WORDS 5

/* What a sentence cannot start with: an ending or the copula with one,
 * which the splitter leaves at a sentence's start when it cut a word in
 * two (ㅎㅌㅊ|일듯 진짜…, 좋았|는데): the first eojeol's syllables
 * start with one of these. (Not 습-, 인가, 일거: 습관, 인가를 받다,
 * 일거리 are words.) */
static const char *const bound_starts[] = {
	"었", "았", "겠", "였", "셨", "듯", "일듯", "인듯", "일걸", "일거야", "일거임",
	"일거다", "일텐데", "인데", "인지", "지만", "는데", "은데", "던데", "니까",
	"으니", "으면", "으며", "면서", "거든", "잖아", "습니다", "입니다", "이라서",
	"이라고", "이라는", "이었",
};

/* 1 if the sentence p[0..n) starts with a bound ending (bound_starts). */
static int bound_start(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t e = 0;
	while (e < n && ko_syllable_bytes(u + e, n - e))
		e += 3;
	if (!e)
		return 0;
	for (size_t k = 0; k < sizeof bound_starts / sizeof *bound_starts; k++) {
		const char *t = bound_starts[k];
		/* (the first syllable tells most apart) */
		if (t[0] != p[0] || t[1] != p[1] || t[2] != p[2])
			continue;
		size_t m = strlen(t);
		if (m <= e && !memcmp(p, t, m))
			return 1;
	}
	return 0;
}

/* Bound and classifier nouns, which never open a sentence: a number or
 * a modifier stands before them (세 차례, 두 번, 할 수, 그 때문에), and an
 * answer that opens with one lost its first words (차례 반복을 통한 …, a
 * cut in the source). The first count alone before a blank (차례로 is
 * an adverb), the second with a particle as well (것은, 때문에, 뿐만).
 * Classifiers that are nouns of their own too (개 두 마리가, 명나라의 명)
 * are not listed, and 수 counts only before 있다 or 없다 (수 있다, 수도
 * 없이), as 수 십 년 opens a sentence with 數. */
static const char *const bound_nouns_alone[] = {
	"차례", "번", "데", "가지", "마리", "군데", "번째",
};
static const char *const bound_nouns[] = {
	"것", "때문", "따름", "뿐", "듯", "척", "뻔", "만큼", "번째",
};

/* The particles a bound noun may carry at a sentence's start. */
static const char *const bound_particles[] = {
	"", "이", "가", "은", "는", "을", "를", "의", "에", "도", "만", "으로", "로", "이다",
	"이었다", "에는", "에도", "만은", "만이",
};

/* 1 if the sentence p[0..n) opens with a bound noun (bound_nouns_alone,
 * bound_nouns) as its whole first word. */
static int bound_noun_start(const char *p, size_t n)
{
	/* the first syllables of them all, asked first: most sentences
	 * open with none */
	static const char firsts[] = "차번데가마군것때따뿐듯척뻔만수";
	const char *t = firsts;
	if (n < 3)
		return 0;
	while (*t && (t[0] != p[0] || t[1] != p[1] || t[2] != p[2]))
		t += 3;
	if (!*t)
		return 0;
	size_t e = 0;
	while (e < n && p[e] != ' ' && p[e] != '\n')
		e++;
	if (e == n)
		return 0;
	for (size_t k = 0; k < sizeof bound_nouns_alone / sizeof *bound_nouns_alone; k++)
		if (e == strlen(bound_nouns_alone[k]) && !memcmp(p, bound_nouns_alone[k], e))
			return 1;
	if (e >= 3 && e <= 6 && !memcmp(p, "수", 3) &&
	    (e == 3 || !memcmp(p + 3, "가", 3) || !memcmp(p + 3, "도", 3) || !memcmp(p + 3, "는", 3)) &&
	    n - e >= 4 && (!memcmp(p + e + 1, "있", 3) || !memcmp(p + e + 1, "없", 3)))
		return 1;
	for (size_t k = 0; k < sizeof bound_nouns / sizeof *bound_nouns; k++) {
		size_t m = strlen(bound_nouns[k]);
		if (m > e || memcmp(p, bound_nouns[k], m))
			continue;
		for (size_t j = 0; j < sizeof bound_particles / sizeof *bound_particles; j++)
			if (e - m == strlen(bound_particles[j]) && !memcmp(p + m, bound_particles[j], e - m))
				return 1;
	}
	return 0;
}

/* 1 if [p, p+n) is a full sentence: MIN_ANSWER_CHARS characters or more,
 * and a sentence end as its last character but closing quotes and
 * brackets; two words or more, a predicate before its end (predicate), no
 * bound ending nor bound noun at its start (bound_start,
 * bound_noun_start), and no word its source hid (ko_placeholder_hidden:
 * ??가, sera****). */
static int full_sentence(const char *p, size_t n)
{
	size_t at;
	return ko_utf8_count(p, n) >= MIN_ANSWER_CHARS && full_stop(p, n) &&
	       !ko_task_placeholder_answer(p, n) && words_at_least(p, n, 2) && predicate(p, n) &&
	       !bound_start(p, n) && !bound_noun_start(p, n) && !ko_placeholder_hidden(p, n, &at);
}

static int is_stop(char c)
{
	return c == '.' || c == '?' || c == '!';
}

/* The first . ? or ! of p[i, n), or n: most of a sentence is none, passed
 * 16 bytes at a time. */
static size_t next_stop(const char *p, size_t n, size_t i)
{
#ifdef __SSE2__
	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		unsigned m = (unsigned)_mm_movemask_epi8(
		    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
		                              _mm_cmpeq_epi8(x, _mm_set1_epi8('?'))),
		                 _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))));
		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	while (i < n && !is_stop(p[i]))
		i++;
	return i;
}

/* 1 if the answer p[0..n) is two sentences the splitter left as one: a
 * syllable, a run of . ? ! and a syllable after it, with or without a
 * blank (거의없다.그주민들은, 어쩌네..내생각엔). A model taught to write one
 * sentence would learn to write two; the answer before is taken. */
static int two_sentences(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 3;
	while ((i = next_stop(p, n, i)) < n) {
		if (!ko_syllable_at(u + i - 3, 3)) { /* (3.5, U.S.) */
			i++;
			continue;
		}
		size_t j = i;
		while (j < n && is_stop(p[j]))
			j++;
		while (j < n && p[j] == ' ')
			j++;
		if (j + 3 <= n && ko_syllable_at(u + j, 3))
			return 1;
		i = j + 1;
	}
	return 0;
}

/* The number of sentences of f to k - 1 that end in a sentence end, up
 * to want: what the splitter cut at an ending without punctuation (…의존한다"
 * 또는, 옐냐 공세는) is a piece of one sentence to a reader. */
static size_t ended(const char *p, const struct ko_span *s, size_t f, size_t k, size_t want)
{
	size_t m = 0;
	for (size_t i = k; i-- > f && m < want;)
		m += full_stop(p + s[i].b, s[i].e - s[i].b);
	return m;
}

/* 1 if the text is the end of its document: not a chunk of ko-split
 * --chunk, or a chunk whose chunk_index is the last of its chunk_count. A
 * chunk that does not say how many there are is taken as not the last. */
static int ends_document(const struct ko_rec *r)
{
	unsigned long long i, k;
	if (!ko_task_chunk(r, &i, &k))
		return 1;
	return k > 0 && i + 1 == k;
}

/* The markup kind of sentence i, checked when first asked: a generator
 * that answers with the last sentence rarely needs the first ones. */
static int mk(struct conf *c, const char *p, size_t i)
{
	return ko_task_sent_markup(&c->gen, p, i);
}

/* For sentence i, from[i]: the first sentence of the run that ends at i in
 * one section (no heading line nor blank line between: the context would
 * carry the heading) with no markup in its sentences nor in the white
 * space between them; i + 1 when sentence i itself carries markup. Worked
 * out backward from i when first asked and remembered for the whole run,
 * so each sentence and gap is checked at most once. */
#define FROM_UNKNOWN UINT32_MAX
static size_t run_from(struct conf *c, const char *p, const struct ko_span *s, size_t i)
{
	if (c->nfrom) {
		if (c->nfrom > c->fromcap) {
			c->fromcap = c->nfrom + 64;
			c->from = ko_xrealloc(c->from, c->fromcap * sizeof *c->from);
		}
		for (size_t t = 0; t < c->nfrom; t++)
			c->from[t] = FROM_UNKNOWN;
		c->nfrom = 0;
	}
	if (c->from[i] != FROM_UNKNOWN)
		return c->from[i];
	if (mk(c, p, i))
		return c->from[i] = (uint32_t)(i + 1);
	size_t j = i, f;
	for (;;) {
		if (j == 0 || ko_task_markup(p + s[j - 1].e, s[j].b - s[j - 1].e) ||
		    s[j].new_section || mk(c, p, j - 1)) {
			f = j;
			break;
		}
		if (c->from[j - 1] != FROM_UNKNOWN) {
			f = c->from[j - 1];
			break;
		}
		j--;
	}
	for (size_t t = j; t <= i; t++)
		c->from[t] = (uint32_t)f;
	return f;
}

#define NO_ANSWER "no full sentence to answer"
#define THIN_CONTEXT "informal context of too few words or ending in a fragment"

/* Why no sentence could be the answer: the last markup item met going
 * through the text, in a sentence or between two, when there is one. */
static const char *none(struct conf *c, const char *p, const struct ko_span *s, size_t ns)
{
	int kind = 0, m, gap;
	for (size_t i = 0; i < ns; i++)
		if ((m = mk(c, p, i)))
			kind = m;
		else if (i && (gap = ko_task_markup(p + s[i - 1].e, s[i].b - s[i - 1].e)))
			kind = gap;
	return kind ? ko_task_markup_reason(kind) : NO_ANSWER;
}

/* 1 if the answer k brings no number, Latin word or hanja that the text
 * from..to (offsets) lacks (ko_task_new_specific), or --allow-specifics:
 * a continuation adds content, but a date, a figure or a name that
 * nothing before it gives is one a model can only make up. */
#define NEW_SPECIFIC "answer with a number or name not in its context"
static int grounded(struct conf *c, const char *p, const struct ko_span *s, size_t k, size_t from,
                    size_t to)
{
	size_t at;
	return c->allow_specifics ||
	       !ko_task_new_specific(p + s[k].b, s[k].e - s[k].b, p + from, to - from, &at);
}

/* The first sentence of the section of sentence k, where no context of k
 * starts before: remembered for the record (c->sec_start), and found on
 * from what is known when k lies after it, so that sentences asked in
 * either order are each read once. */
static size_t section_start(struct conf *c, const struct ko_span *s, size_t k)
{
	if (c->sec_end && k >= c->sec_start) {
		if (k < c->sec_end)
			return c->sec_start;
		for (size_t t = c->sec_end; t <= k; t++)
			if (s[t].new_section)
				c->sec_start = t;
	} else {
		c->sec_start = k;
		while (!s[c->sec_start].new_section) /* (the first sentence's is set) */
			c->sec_start--;
	}
	c->sec_end = k + 1;
	return c->sec_start;
}

/* What answerable finds of sentence k past the paragraph test (ASKED_*),
 * asked once a record (c->asked). */
static int answerable_anew(struct conf *c, const char *p, const struct ko_span *s, size_t k)
{
	if (!full_sentence(p + s[k].b, s[k].e - s[k].b))
		return ASKED_NO;
	size_t sec = section_start(c, s, k);
	if (!grounded(c, p, s, k, s[sec].b, s[k - 1].e))
		return ASKED_UNHELD;
	if (mk(c, p, k))
		return ASKED_NO;
	size_t f = run_from(c, p, s, k - 1);
	if (f > k - 1 || k - f + 1 < c->min_sentences ||
	    ended(p, s, f, k, c->min_sentences - 1) < c->min_sentences - 1)
		return ASKED_NO;
	/* informal text: a context of MIN_INFORMAL_WORDS words that ends in
	 * a clause (clause); the register is asked only of a context that
	 * falls short (most do not) */
	int words = 0;
	/* (counted sentence by sentence: chat glues one to the next,
	 * 악플이지..모잘못한거있는애인가..) */
	for (size_t t = f; t < k && words < MIN_INFORMAL_WORDS; t++)
		words += words_upto(p + s[t].b, s[t].e - s[t].b, MIN_INFORMAL_WORDS - words);
	if (!(words >= MIN_INFORMAL_WORDS && clause(p + s[k - 1].b, s[k - 1].e - s[k - 1].b) &&
	      !filler_end(p + s[k - 1].b, s[k - 1].e - s[k - 1].b))) {
		if (c->informal < 0)
			c->informal = ko_task_informal(p, c->textn, s, c->nsent);
		if (c->informal)
			return ASKED_THIN;
	}
	/* a context from the section's start is what was asked above */
	if (f != sec && !grounded(c, p, s, k, s[f].b, s[k - 1].e))
		return ASKED_UNGROUNDED;
	return two_sentences(p + s[k].b, s[k].e - s[k].b) ? ASKED_NO : ASKED_YES;
}

/* 1 if sentence k may be the answer: a full sentence without markup, after
 * a clean context in its own section that holds, with the answer,
 * --min-sentences sentences (one sentence says too little of what comes
 * next); with para, one that goes on with the paragraph of the sentence
 * before it (no line break between them): the first sentence of a new
 * paragraph turns to a topic the context does not announce; whose
 * specifics its context holds (grounded). The markup checks last: they
 * cost the most, and a specific that its section before it lacks is
 * told before them. */
static int answerable(struct conf *c, const char *p, const struct ko_span *s, size_t k, int para)
{
	if (k == 0 || s[k].new_section ||
	    (para && memchr(p + s[k - 1].e, '\n', s[k].b - s[k - 1].e)))
		return 0;
	if (!c->asked[k])
		c->asked[k] = (unsigned char)answerable_anew(c, p, s, k);
	switch (c->asked[k]) {
	case ASKED_UNHELD: c->unheld = k + 1; return 0;
	case ASKED_UNGROUNDED: c->ungrounded = 1; return 0;
	case ASKED_THIN: c->thin = 1; return 0;
	}
	return c->asked[k] == ASKED_YES;
}

/* Why no sentence could be the answer: a specific its context lacks, if
 * a sentence without markup was passed over for one, else none's, or
 * where that finds nothing and a sentence was passed over for its
 * informal context (clause, MIN_INFORMAL_WORDS), THIN_CONTEXT. A
 * record passed on under --unused pass keeps no reason, and none is
 * worked out for it (none reads every sentence for its markup). */
static const char *unanswered(struct conf *c, const char *p, const struct ko_span *s, size_t ns)
{
	if (c->gen.pass_unused)
		return "";
	if (c->ungrounded || (c->unheld && !mk(c, p, c->unheld - 1)))
		return NEW_SPECIFIC;
	const char *why = none(c, p, s, ns);
	return c->thin && !strcmp(why, NO_ANSWER) ? THIN_CONTEXT : why;
}

/* 1 if a line break lies inside one of the sentences s[0, ns) (ns > 0):
 * the text's line breaks visited in one pass, the sentences (in order, and
 * apart) walked along, rather than each sentence read for one. */
static int broken_sentence(const char *p, const struct ko_span *s, size_t ns)
{
	const char *q = p + s[0].b, *end = p + s[ns - 1].e;
	size_t i = 0;
	for (; q < end && (q = memchr(q, '\n', (size_t)(end - q))); q++) {
		size_t at = (size_t)(q - p);
		while (s[i].e <= at) /* (at < s[ns - 1].e) */
			i++;
		if (s[i].b <= at)
			return 1;
	}
	return 0;
}

/* One record: a task, a pass, a reject or a failure. */
static int lastsent(struct conf *c, struct ko_rec *r)
{
	struct ko_gen *g = &c->gen;
	if (!ko_task_mine(g, r))
		return ko_task_pass(g, r);
	const char *field = r->run->opt->field;
	const char *p;
	size_t n;
	int e = ko_task_text(g, r, field, 0, &p, &n);
	if (e == KO_REJECT)
		return e;
	const struct ko_span *s;
	size_t ns = e ? 0 : ko_task_split_lazy(g, p, n, &s);
	if (!ko_task_in_range(g, ns))
		return ko_task_pass(g, r);
	if (!e && ko_placeholder_text(p, n))
		return ko_task_unusable(g, r, KO_TASK_PLACEHOLDER);
	if (ns == 0)
		return ko_task_unusable(g, r, "no text");
	if (ns < c->min_sentences)
		return ko_task_unusable(g, r, "too few sentences");
	c->nfrom = ns;
	c->informal = -1;
	c->textn = n;
	c->nsent = ns;
	if (ns > c->askedcap) {
		c->askedcap = ns + 64;
		c->asked = ko_xrealloc(c->asked, c->askedcap);
	}
	memset(c->asked, 0, ns);
	size_t k; /* the answer, 0-based; 1 <= k < ns */
	/* 1: the answers that go on with their paragraph, if any. A line
	 * break marks a paragraph only in a text that breaks no sentence
	 * across lines: in a wrapped one, a break between two sentences is
	 * where the line was full. Under --lines every line is a unit of
	 * its own (a turn, a verse), no paragraph. */
	int para, paras = !(g->split_flags & KO_SPLIT_NEWLINE_HARD);
	if (paras)
		paras = !broken_sentence(p, s, ns);
	c->ungrounded = c->thin = 0;
	c->unheld = c->sec_end = 0;
	if (c->random_position) {
		/* Any answerable sentence, each as likely. */
		size_t nfull = 0;
		for (para = paras; para >= 0; para--) {
			for (size_t i = 1; i < ns; i++)
				nfull += answerable(c, p, s, i, para);
			if (nfull)
				break;
		}
		if (!nfull)
			return ko_task_unusable(g, r, unanswered(c, p, s, ns));
		struct ko_rng rng;
		ko_task_rng(r, &rng);
		size_t pick = (size_t)ko_rng_below(&rng, nfull);
		for (k = 1;; k++)
			if (answerable(c, p, s, k, para) && pick-- == 0)
				break;
	} else if (c->position == -1) {
		/* (one that brings a specific its context lacks is passed over
		 * for an earlier one: answerable) */
		for (k = 0, para = paras; para >= 0 && !k; para--)
			for (k = ns - 1; k >= 1 && !answerable(c, p, s, k, para); k--)
				;
		if (k == 0)
			return ko_task_unusable(g, r, unanswered(c, p, s, ns));
	} else {
		if (c->position > 0 ? (size_t)c->position > ns : (size_t)-c->position >= ns)
			return ko_task_unusable(g, r, "no sentence at --position");
		k = c->position > 0 ? (size_t)c->position - 1 : ns - (size_t)-c->position;
		if (!full_sentence(p + s[k].b, s[k].e - s[k].b))
			return ko_task_unusable(g, r, "answer not a full sentence");
		if (two_sentences(p + s[k].b, s[k].e - s[k].b))
			return ko_task_unusable(g, r, "answer of two sentences");
		if (!answerable(c, p, s, k, 0))
			return ko_task_unusable(g, r, mk(c, p, k) ? ko_task_markup_reason(mk(c, p, k))
			                      : s[k].new_section
			                      ? "answer starts a section"
			                      : unanswered(c, p, s, ns));
	}
	/* The context is the source bytes from the start of the clean run to
	 * the end of sentence k-1, so its paragraphs and spacing are the
	 * author's; a line break inside a sentence is a space, as the splitter
	 * read it (ko_task_flat). */
	size_t j = run_from(c, p, s, k - 1);
	/* --max-chars: the sentences nearest the answer that fit (a whole
	 * document unchunked would be one context of millions of
	 * characters), at least --min-sentences - 1 of them, and still
	 * holding what the answer names */
	if (c->max_chars && (size_t)(s[k - 1].e - s[j].b) > c->max_chars) {
		size_t j0 = j, chars = ko_utf8_count(p + s[j].b, s[k - 1].e - s[j].b);
		while (chars > c->max_chars && k - j > c->min_sentences - 1) {
			chars -= ko_utf8_count(p + s[j].b, s[j + 1].b - s[j].b);
			j++;
		}
		if (chars > c->max_chars)
			return ko_task_unusable(g, r, "context over --max-chars");
		if (j != j0 && !grounded(c, p, s, k, s[j].b, s[k - 1].e))
			return ko_task_unusable(g, r, NEW_SPECIFIC);
	}
	struct ko_task_val v[2] = {{"text", NULL, 0}, {"answer", NULL, 0}};
	v[0].n = ko_task_flat(g, 0, p, s[j].b, s[k - 1].e, s, ns, &v[0].p);
	v[1].n = ko_task_flat(g, 1, p, s[k].b, s[k].e, s, ns, &v[1].p);
	const char *skip[2] = {field, NULL};
	return ko_task_emit(g, r, &tasks[k == ns - 1 && ends_document(r) ? T_LAST : T_NEXT], v, 2, skip);
}

static const struct ko_tool tool = {
	.name = "ko-lastsent",
	.usage = "[--min-sentences N] [--position N|random] [--allow-specifics]\n"
	         "                   [--max-chars N] [task options] [shared options] [FILE...]",
	.help = "Make last-sentence tasks: the sentences of the text (-f, default text) before\n"
	        "the last are the context, the last is the answer. With --position another\n"
	        "sentence is the answer and the task is next-sentence. Answers are full\n"
	        "sentences (10 characters or more, with a sentence end); a chunk of ko-split\n"
	        "--chunk is last-sentence only when it is its document's last (chunk_count).\n"
	        "\n"
	        "      --min-sentences N texts with fewer sentences are rejected (default 3)\n"
	        "      --position N      answer with sentence N (from 2), or the N-th from the\n"
	        "                        end when negative (default -1, the last full one);\n"
	        "                        random: any full sentence but the first\n"
	        "      --allow-specifics an answer may bring numbers, Latin words and hanja\n"
	        "                        its context lacks (by default it may not)\n"
	        "      --max-chars N     a context of at most N characters: the sentences\n"
	        "                        nearest the answer (default 4000; 0: no limit)\n"
	        "\n" KO_TASK_HELP KO_TASK_SENT_HELP,
	.longopts = longopts,
};

int main(int argc, char **argv)
{
	struct conf c = {.min_sentences = 3, .position = -1, .max_chars = 4000};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	/* Sentence N has N - 1 before it: the default minimum yields to a
	 * --position that leaves less context; one given for it is a
	 * contradiction, said now rather than as every record rejected. */
	if (c.position > 0 && (size_t)c.position < c.min_sentences) {
		if (c.min_given)
			ko_usage("--position %ld leaves %ld sentence%s of context; --min-sentences %zu "
			         "asks for %zu", c.position, c.position - 1, c.position == 2 ? "" : "s",
			         c.min_sentences, c.min_sentences - 1);
		c.min_sentences = (size_t)c.position;
	}
	if (ko_task_init(&c.gen, tasks, 2) < 0)
		ko_fatal(c.gen.errcode, "%s", c.gen.err);
	c.gen.mx.holes = 1; /* (few sentences of a text are asked about) */
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		lastsent(&c, r);
	ko_task_notes(&c.gen, &run);
	ko_task_free(&c.gen);
	free(c.from);
	free(c.asked);
	return ko_close(&run);
}
