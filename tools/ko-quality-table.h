/*
 * ko-quality-table.h - the data of ko-quality: its rules with their
 * defaults, the markers of deleted or placeholder text, the phrases of
 * chat assistants and the bullets of a list (the words of the spam rule
 * are common/spam_table.h). Included by tools/ko-quality.c only.
 *
 * The defaults were measured on Korean prose and comments (the kowiki
 * sample through ko-import wikiextractor, news comments of kocohub); the
 * figures are in ko-quality(1). The phrase lists are written for this
 * project from general knowledge of how such text reads; none is copied
 * from a corpus.
 */

/* What is measured on a text; --annotate writes these names. */
enum {
	M_PLACEHOLDER, /* 1: every line is a marker of deleted or missing text */
	M_MACHINE,     /* 1: a chat assistant's phrase (the phrase is annotated) */
	M_SPAM,        /* 1: a call to action towards an outside place */
	M_LEAD_IN,     /* 1: one or two sentences, the last announcing a list */
	M_FFFD,        /* U+FFFD share of characters */
	M_CHARS,       /* characters, blanks not counted */
	M_WORDS,       /* eojeol (runs of non-blanks) */
	M_WORD_LEN,    /* mean eojeol length in characters */
	M_HANGUL,      /* Hangul share of letters (syllables and jamo) */
	M_JAMO,        /* lone jamo (ㅋ, ㅠ, conjoining) share of Hangul letters */
	M_SYMBOLS,     /* symbol share (Unicode S*: ★ → $ + emoji) of characters */
	M_DIGITS,      /* decimal digit share of characters */
	M_TERMINAL,    /* share of lines ending as a sentence ends */
	M_BULLETS,     /* share of lines starting with a bullet */
	M_ELLIPSIS,    /* share of lines ending in an ellipsis */
	M_DUP_LINES,   /* share of lines that repeat an earlier line */
	M_DUP_LINE_CHARS,
	M_DUP_PARAS,   /* the same for paragraphs (blank-line separated) */
	M_DUP_PARA_CHARS,
	M_TOP_2GRAM,   /* share of eojeol characters in the most frequent */
	M_TOP_3GRAM,   /* repeated 2-, 3-, 4-gram of eojeol (Gopher) */
	M_TOP_4GRAM,
	M_DUP_5GRAM,   /* share of eojeol characters inside repeated 5- to */
	M_DUP_6GRAM,   /* 10-grams of eojeol (Gopher's duplicate n-gram */
	M_DUP_7GRAM,   /* character fraction): a text that repeats itself on */
	M_DUP_8GRAM,   /* one line, which the line and paragraph measures do */
	M_DUP_9GRAM,   /* not see */
	M_DUP_10GRAM,
	M_N
};

static const char *const measure_names[M_N] = {
	"placeholder", "machine", "spam", "lead_in", "fffd", "chars", "words", "word_len", "hangul", "jamo",
	"symbols", "digits", "terminal", "bullets", "ellipsis", "dup_lines",
	"dup_line_chars", "dup_paras", "dup_para_chars", "top_2gram", "top_3gram",
	"top_4gram", "dup_5gram", "dup_6gram", "dup_7gram", "dup_8gram", "dup_9gram", "dup_10gram",
};

/* A rule: the measure, whether the value is a floor or a ceiling, the
 * default (RULE_OFF: off unless set), and the text it applies to. The name
 * is the reject reason. In this order the rules are tried; the first that
 * fails is the reason.
 *
 * The line rules judge texts of LINES lines or more: on a one-line comment
 * a share of lines is 0 or 1, and a comment ending in 도망갈듯 ㅋㅋ or in
 * "..." is how people write, not boilerplate. The n-gram rules judge texts
 * of NGRAM_WORDS eojeol or more (Gopher's own floor for a document): in a
 * two-sentence stub one name said three times (케임브리지 대학교) already
 * covers a fifth of the text. Of a record judged by several fields, each
 * field is such a text (and the line rules judge only a field of
 * NGRAM_WORDS eojeol too: the others are titles, words, short answers). */
#define RULE_OFF (-1.0)
#define LINES 3
#define NGRAM_WORDS 50
/* the n-gram measures, M_TOP_2GRAM to M_DUP_10GRAM, in order */
#define NGRAM_MEASURES (M_DUP_10GRAM - M_TOP_2GRAM + 1)
/* max-ellipsis fails only where this many lines end in an ellipsis */
#define ELLIPSIS_LINES 3
struct rule {
	const char *name;
	int measure;
	int is_min;
	double def;
	int min_lines, min_words;
	const char *help;
};

static const struct rule rules[] = {
	{"placeholder", M_PLACEHOLDER, 0, 0, 0, 0, "a marker of deleted or missing text only (삭제.)"},
	{"machine", M_MACHINE, 0, 0, 0, 0, "a chat assistant's self-reference or refusal"},
	{"spam", M_SPAM, 0, 0, 0, 0, "a call to action towards an outside place (카페/... 읽어 보세요)"},
	{"lead-in", M_LEAD_IN, 0, 0, 0, 0, "only a lead-in whose list is gone (다음 뜻으로 쓰인다.)"},
	{"max-fffd", M_FFFD, 0, 0.001, 0, 0, "share of U+FFFD (broken decoding)"},
	{"min-chars", M_CHARS, 1, 10, 0, 0, "characters, blanks not counted"},
	{"max-chars", M_CHARS, 0, RULE_OFF, 0, 0, "characters, blanks not counted"},
	{"min-words", M_WORDS, 1, 3, 0, 0, "eojeol"},
	{"max-words", M_WORDS, 0, RULE_OFF, 0, 0, "eojeol"},
	{"min-word-len", M_WORD_LEN, 1, 1.5, 0, 0, "mean eojeol length in characters"},
	{"max-word-len", M_WORD_LEN, 0, 12, 0, 0, "mean eojeol length in characters"},
	{"min-hangul", M_HANGUL, 1, 0.25, 0, 0, "Hangul share of letters"},
	{"max-jamo", M_JAMO, 0, 0.3, 0, 0, "lone jamo share of Hangul letters"},
	{"max-symbols", M_SYMBOLS, 0, 0.2, 0, 0, "symbol share of characters"},
	{"max-digits", M_DIGITS, 0, 0.4, 0, 0, "digit share of characters"},
	{"min-terminal", M_TERMINAL, 1, 0.3, LINES, 0, "share of lines ending as sentences"},
	{"max-bullets", M_BULLETS, 0, 0.9, LINES, 0, "share of lines starting with a bullet"},
	{"max-ellipsis", M_ELLIPSIS, 0, 0.3, LINES, 0, "share of lines ending in an ellipsis (3 or more)"},
	{"max-dup-lines", M_DUP_LINES, 0, 0.3, 0, 0, "share of repeated lines"},
	{"max-dup-line-chars", M_DUP_LINE_CHARS, 0, 0.2, 0, 0, "character share of repeated lines"},
	{"max-dup-paras", M_DUP_PARAS, 0, 0.3, 0, 0, "share of repeated paragraphs"},
	{"max-dup-para-chars", M_DUP_PARA_CHARS, 0, 0.2, 0, 0, "character share of repeated paragraphs"},
	{"max-top-2gram", M_TOP_2GRAM, 0, 0.2, 0, NGRAM_WORDS, "character share of the top eojeol 2-gram"},
	{"max-top-3gram", M_TOP_3GRAM, 0, 0.18, 0, NGRAM_WORDS, "character share of the top eojeol 3-gram"},
	{"max-top-4gram", M_TOP_4GRAM, 0, 0.16, 0, NGRAM_WORDS, "character share of the top eojeol 4-gram"},
	/* Gopher's duplicate n-gram fractions (Rae et al. 2021, "Scaling
	 * Language Models", appendix A: thresholds 0.15 for 5-grams down to
	 * 0.10 for 10-grams, of English words). Counted in eojeol, those drop
	 * 0.7% of the Korean Wikipedia sample, articles whose 개요 section
	 * repeats their lead; at 0.5 none is dropped, and a text that says
	 * itself twice (at least 0.5) or more is. Each n-gram's share is at
	 * most the shorter one's, so with one threshold the 5-gram rule
	 * decides; the others are there for --rule (Gopher's own values). */
	{"max-dup-5gram", M_DUP_5GRAM, 0, 0.5, 0, NGRAM_WORDS, "character share of repeated eojeol 5-grams"},
	{"max-dup-6gram", M_DUP_6GRAM, 0, 0.5, 0, NGRAM_WORDS, "character share of repeated eojeol 6-grams"},
	{"max-dup-7gram", M_DUP_7GRAM, 0, 0.5, 0, NGRAM_WORDS, "character share of repeated eojeol 7-grams"},
	{"max-dup-8gram", M_DUP_8GRAM, 0, 0.5, 0, NGRAM_WORDS, "character share of repeated eojeol 8-grams"},
	{"max-dup-9gram", M_DUP_9GRAM, 0, 0.5, 0, NGRAM_WORDS, "character share of repeated eojeol 9-grams"},
	{"max-dup-10gram", M_DUP_10GRAM, 0, 0.5, 0, NGRAM_WORDS, "character share of repeated eojeol 10-grams"},
};
#define NRULES (sizeof rules / sizeof rules[0])

/* Phrases of text that a chat assistant wrote: it names itself a language
 * model or an AI, or refuses in the way such systems do. Blanks are
 * ignored in matching (AI 언어모델로서 = AI 언어 모델로서) and ASCII
 * letters compare in any case. WHERE_ANY phrases count anywhere: they are
 * first-person self-references that people do not write about themselves.
 * WHERE_START phrases count only at the start of a field or a line (after
 * blanks and opening quotes), where an assistant opens its answer; inside
 * a sentence they are ordinary Korean (어제는 죄송하지만 저는...). */
enum { WHERE_ANY, WHERE_START };
static const struct {
	const char *s;
	int where;
} machine_phrases[] = {
	{"AI 언어 모델로서", WHERE_ANY},
	{"AI 언어 모델로써", WHERE_ANY},
	{"AI 언어 모델인 저는", WHERE_ANY},
	{"AI 언어 모델이기 때문에", WHERE_ANY},
	{"AI 언어 모델이므로", WHERE_ANY},
	{"인공지능 언어 모델로서", WHERE_ANY},
	{"인공지능 언어 모델로써", WHERE_ANY},
	{"인공지능 언어 모델이기 때문에", WHERE_ANY},
	{"대규모 언어 모델로서", WHERE_ANY},
	{"언어 모델로서 저는", WHERE_ANY},
	{"저는 AI 언어 모델", WHERE_ANY},
	{"저는 인공지능 언어 모델", WHERE_ANY},
	{"저는 언어 모델", WHERE_ANY},
	{"저는 AI 어시스턴트", WHERE_ANY},
	{"저는 인공지능 어시스턴트", WHERE_ANY},
	{"AI 어시스턴트로서", WHERE_ANY},
	{"인공지능 어시스턴트로서", WHERE_ANY},
	{"AI로서 저는", WHERE_ANY},
	{"인공지능으로서 저는", WHERE_ANY},
	{"저는 AI이기 때문에", WHERE_ANY},
	{"저는 AI이므로", WHERE_ANY},
	{"저는 인공지능이기 때문에", WHERE_ANY},
	{"저는 인공지능이므로", WHERE_ANY},
	{"저는 OpenAI", WHERE_ANY},
	{"OpenAI에서 개발한 AI 언어 모델", WHERE_ANY},
	{"OpenAI에서 훈련한", WHERE_ANY},
	{"제 학습 데이터", WHERE_ANY},
	{"제가 학습한 데이터", WHERE_ANY},
	{"제 지식은 20", WHERE_ANY},
	{"제 지식 업데이트", WHERE_ANY},
	{"저는 실시간 정보에 접근할 수 없", WHERE_ANY},
	{"저는 인터넷에 접속할 수 없", WHERE_ANY},
	{"저는 개인적인 의견이나 감정", WHERE_ANY},
	{"저는 감정을 느낄 수 없", WHERE_ANY},
	{"as an AI language model", WHERE_ANY},
	{"as a large language model", WHERE_ANY},
	{"I am an AI language model", WHERE_ANY},
	{"I'm an AI language model", WHERE_ANY},
	{"my knowledge cutoff", WHERE_ANY},
	{"죄송하지만 저는", WHERE_START},
	{"죄송하지만, 저는", WHERE_START},
	{"죄송합니다만 저는", WHERE_START},
	{"죄송합니다만, 저는", WHERE_START},
	{"죄송합니다. 저는 AI", WHERE_START},
	{"죄송합니다. 저는 인공지능", WHERE_START},
	{"죄송하지만 그 요청", WHERE_START},
	{"죄송하지만 해당 요청", WHERE_START},
	{"죄송하지만 요청하신", WHERE_START},
	{"죄송하지만 그러한 요청", WHERE_START},
	{"죄송하지만 그런 요청", WHERE_START},
	{"죄송하지만 이 요청", WHERE_START},
	{"죄송하지만 도와드릴 수 없", WHERE_START},
	{"죄송하지만 답변드릴 수 없", WHERE_START},
	{"죄송하지만 제공할 수 없", WHERE_START},
	{"죄송하지만 그 질문에", WHERE_START},
	{"죄송하지만 그 정보", WHERE_START},
	{"I'm sorry, but I", WHERE_START},
	{"I am sorry, but I", WHERE_START},
	{"I apologize, but I", WHERE_START},
	{"I cannot fulfill", WHERE_START},
};
#define NPHRASES (sizeof machine_phrases / sizeof machine_phrases[0])

/* Bullets that open list items (besides "- ", "* ", "+ " and "·"). */
static const uint32_t bullets[] = {
	0x2022, 0x2023, 0x2043, 0x25CF, 0x25CB, 0x25E6, 0x25AA, 0x25AB, 0x25A0, 0x25A1,
	0x25C6, 0x25C7, 0x25B6, 0x25B7, 0x25BA, 0x25B8, 0x25B9, 0x27A4, 0x2192, 0x261E,
	0x2714, 0x2713, 0x203B, 0x00B7, 0x30FB, 0x2219,
};
