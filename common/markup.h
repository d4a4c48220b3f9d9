/*
 * markup.h - what markup looks like: the one rule that says whether a text
 * still carries HTML or wiki syntax, or a leftover of its extraction.
 *
 * The rule is structural: it knows the shapes markup takes, not a list of
 * strings seen in one corpus. Placeholders that kopipe writes (<MASK>,
 * <PHONE>: upper-case ASCII in angle brackets) are never markup, nor are
 * Korean title brackets (<마의 산>, 〈님의 침묵〉).
 *
 *  tag          <ref>, </ref>, <br/>, <span class="x">, <!-- ... -->: '<', an
 *               optional '/', a lower-case ASCII name, then '>' or '/>' or
 *               attributes with '=' (or with a quote glued to a name,
 *               the '=' lost: <br clean"all">); any '</' + letter
 *  entity       &lt; &amp; &nbsp; &#39; &#x2F; (a name of ASCII letters and
 *               digits, or a number, between '&' and ';')
 *  link         [[ or ]] (wiki links, file and category links)
 *  template     {{ }} {| |} (templates and tables)
 *  placeholder  formula_3, codice_1: a lower-case ASCII word joined by '_'
 *               to a number, standing alone (what an extractor leaves for
 *               content it removed)
 *  magic        __목차숨김__, __NOTOC__: a word of letters between double
 *               underscores
 *  emphasis     '' (two ASCII apostrophes: wiki bold or italic)
 *  bracket      title brackets and corner quotes left empty, the title
 *               removed (《》 〈〉 「」 『』); brackets left empty or
 *               broken by removed content: (), ( ),
 *               (, ), (, 1924년 ~ ), (;), ( 또는 ), (數學, , 줄여서 math): an
 *               opening bracket whose content is only blanks and punctuation
 *               (and the words 또는, 혹은, or between them), or
 *               starts or ends with ',' or ';', or has two of them with only
 *               blanks between, or is glued to a word that is not
 *               ASCII (or a quote) and spaced from its content (재단(
 *               줄여서 FSF)은: the aside's first words gone, their blank
 *               kept); empty brackets right after a word that
 *               starts in lower case or holds a dot are a function call
 *               (print(), f(), Console.ReadLine()),
 *               after any other word residue (He(), OpenCL())
 *  namespace    a line that starts with a namespace prefix: a word of
 *               letters, ':' and no space (분류:스포츠, Category:Sports,
 *               [[파일:...]]); only at the start of the text or of a line
 *  particle     a case particle standing alone, what is left when an
 *               extractor removes the word it was attached to (애틀랜타의
 *               에 묻혔다, 를 사용하면, 위키백과가 으로부터): 를 을 은 는 의
 *               과 가 와 에 에서 로 (…있는 로 이사했다) 으로 으로서
 *               으로써, each but 로 maybe with
 *               는 의 부터 (도 too, but not after 에: 에도 is a period), at
 *               the start of a line or after a space, and before white
 *               space; 가 and 와 not before an auxiliary or a verb
 *               가다 and 오다 take (가 보니, 와 있다: the verbs), 와 only
 *               after a word, before 같 (not the exclamation that opens
 *               a sentence) or, before a Hangul word, after a sentence
 *               in the written 다. (유학했다. 와 커티스 음악학교에서:
 *               speech opens with the exclamation, prose does not); each
 *               also right after a '(' that opens a line or a sentence
 *               ((과 사이의 문자는: a tag removed), not after a word
 *               (단군(과 그의 부인)의) nor inside a sentence; not
 *               after a word in Latin letters or digits, a closing
 *               bracket or quote, or a tag, and one space (OS 에,
 *               《책》 에, <URL> 에서), which is
 *               how writers space a name from its particle. These never
 *               begin a word nor stand alone in written Korean but for
 *               the cases left out above; 이 (the determiner) and 에게
 *               (에게 해, 에게 문명) are not taken, nor 은 before a comma
 *               (금, 은, 동). The copula, a particle too in school grammar, at
 *               the start of a line: 이다 이며 이고 이므로 이라고 이라는
 *               이라면 이지만 before white space, '.', ',' or the end
 *               (…경우\n이다., 이며, 마찬가지로: a formula removed
 *               before it); not after a space, where a writer may have
 *               spaced it from a number's counter (5천 명 이고); and
 *               인 and 처럼 alone at the start of a line (…\n인 것이다)
 *               (and, told of a sentence by ko_copula_hole, the copula
 *               alone at its end after a word in a case particle)
 *  number       an emptied number: a bracket right after a currency sign
 *               ($(, US$(, €() or one that opens with a blank and names
 *               a currency (( 미국 달러), ( 달러)), with no digit in it:
 *               the amount a template held is gone; not the bracket
 *               kind, which ko-norm --repair-brackets mends
 *
 * And one leftover a sentence, not a byte span, shows (ko_lead_in; the
 * task generators ask for it with the markup of a sentence):
 *  lead-in      a sentence that announces a list, a table or a formula
 *               (다음과 같다, 다음을 뜻한다, 다음이 성립한다, 아래의 표는,
 *               or ending in a colon): where the extractor dropped it, it
 *               points at nothing
 *  gloss        Hangul glued to a capitalised Latin word (프리바트도첸트Privatdozent,
 *               바이어슈트라스Karl Weierstrass: a syllable, an upper-case
 *               letter, three lower-case ones): a gloss whose brackets an
 *               extractor lost; names written so take capitals or digits
 *               (삼성SDS, LG전자), not a capital and lower case
 *               (ko_glued_gloss; task.c asks it of each sentence)
 *  agreement    a particle that does not fit the syllable before it
 *               (다마은, 공간를: ko_particle_mismatch; task.c asks it
 *               of each sentence): the particle fitted words that are gone
 *  comma first  a sentence that opens with a comma (, 제8006부대는 …): the
 *               name or item before it is gone (task.c)
 * The task generators also leave out, by the same channel, a sentence that
 * opens with a list's number or bullet and one that sends the reader to
 * another article (…문서를 참고하라): both are checked in task.c.
 *
 * Pure functions over (pointer, length), no allocation, no state.
 */
#ifndef KO_MARKUP_H
#define KO_MARKUP_H

#include <stddef.h>
#include <stdint.h>

enum ko_markup_kind {
	KO_MARKUP_NONE,
	KO_MARKUP_TAG,
	KO_MARKUP_ENTITY,
	KO_MARKUP_LINK,
	KO_MARKUP_TEMPLATE,
	KO_MARKUP_PLACEHOLDER,
	KO_MARKUP_MAGIC,
	KO_MARKUP_EMPHASIS,
	KO_MARKUP_BRACKET,
	KO_MARKUP_NAMESPACE,
	KO_MARKUP_PARTICLE,
	KO_MARKUP_LEAD_IN, /* never from ko_markup_at/find: see ko_lead_in */
	KO_MARKUP_LIST_ITEM, /* never from ko_markup_at/find: a sentence that
	                      * opens with a list's number or bullet (task.c) */
	KO_MARKUP_CROSS_REF, /* never from ko_markup_at/find: a sentence that
	                      * sends the reader to another article (task.c) */
	KO_MARKUP_HATNOTE,   /* never from ko_markup_at/find: the page speaking
	                      * of itself (task.c) */
	KO_MARKUP_NUMBER,    /* an emptied number (below) */
	KO_MARKUP_GLOSS,     /* never from ko_markup_at/find: ko_glued_gloss */
	KO_MARKUP_URL,       /* never from ko_markup_at/find: a sentence with a
	                      * web address (task.c) */
	KO_MARKUP_UNBALANCED, /* never from ko_markup_at/find: a sentence whose
	                       * round brackets do not pair (task.c) */
	KO_MARKUP_FORMULA,   /* never from ko_markup_at/find: ko_formula_hole */
	KO_MARKUP_AGREEMENT, /* never from ko_markup_at/find: ko_particle_mismatch */
	KO_MARKUP_COMMA_FIRST, /* never from ko_markup_at/find: a sentence that
	                        * opens with a comma, the item before it gone
	                        * (task.c) */
	KO_MARKUP_EMPTY_SLOT, /* never from ko_markup_at/find: a sentence with
	                       * the slot of a removed link left empty (X의 , Y;
	                       * , ,; ( ,) or a particle left alone after it (task.c) */
	KO_MARKUP_CUT_OPEN,   /* never from ko_markup_at/find: a sentence that
	                       * opens inside another (a closing bracket, a
	                       * quotative or particle tail, 런데) (task.c) */
	KO_MARKUP_NKINDS
};

/* The markup item that starts at byte i of p[0..n): its kind, with its
 * length in *len; KO_MARKUP_NONE (0) if none starts there. A tag's length
 * covers the tag only; a comment's covers it whole. */
int ko_markup_at(const char *p, size_t n, size_t i, size_t *len);
/* The first markup item of p[0..n): its kind, offset *at and length *len,
 * or KO_MARKUP_NONE. Linear in n. */
int ko_markup_find(const char *p, size_t n, size_t *at, size_t *len);
/* The repair of a bracket item (KO_MARKUP_BRACKET) that ko_markup_at
 * found at p[0..len) of a text that goes on to p[max): appended to
 * out[0..*on), which has room for len + 1 more bytes, *on updated;
 * returns the bytes of p consumed (len, or more: a comma left alone
 * after it). What was left of removed items goes: separators at the
 * content's edges and an empty item between two ((, 1924년 ~ ) ->
 * (1924년 ~), (數學, , math) -> (數學, math)); a bracket with nothing
 * else goes whole with the blanks before it (잠() 또는 -> 잠 또는,
 * 삼각형( 또는 )은 -> 삼각형은), and a comma it leaves alone with it
 * (月, （）, 영어 -> 月, 영어). Title brackets left empty (《》) are
 * copied: the title is gone with nothing to repair it. The caller
 * (ko-import wikiextractor, ko-norm --repair-brackets) owns out. */
size_t ko_markup_repair(char *out, size_t *on, const char *p, size_t len, size_t max);
/* 1 if the sentence p[0..n) announces a list or a table: it holds one of
 * the lead-in phrases (다음과 같, 다음을, ...; 다음 and 아래 written
 * together, blanks elsewhere do not count), or 다음 or 아래 naming a part
 * of the page (다음 조건들이, 아래의 표는, 다음 세 항목을: a noun of the
 * page's parts, whole), or, with colon set, ends in a colon (closing
 * brackets and quotes looked through). */
int ko_lead_in(const char *p, size_t n, int colon);
/* Where markup or a lead-in phrase may start in one text, for a caller
 * that asks about many spans of it (the sentences, the stretches between
 * them, a run of them): the text is read once, and a question about a
 * span looks only at the few places its bit says may start an item. The
 * answers are exactly those of ko_markup_find and ko_lead_in on the span
 * as a text of its own. Read only where the questions reach; the caller
 * owns it (zeroed, then ko_markup_index_set per text, then
 * ko_markup_index_free). */
struct ko_markup_index {
	const char *p;
	size_t n;
	uint64_t *bits; /* bit i: position i, after the span's first, may
	                 * start an item (or a lead-in's 음, 래), or holds a
	                 * byte of the sentence checks (ko_markup_index_word) */
	uint64_t *known; /* bit w: bits[w] is read */
	size_t cap;     /* words of bits allocated */
	int holes;      /* set by the owner (kept by ko_markup_index_set):
	                 * the bits also hold where ko_formula_hole_at may
	                 * find a hole, for a caller that asks about few
	                 * sentences of a text; the others look for one on
	                 * their own and pay nothing for the marks */
};
/* Index p[0..n) from scratch (nothing is read yet). */
void ko_markup_index_set(struct ko_markup_index *x, const char *p, size_t n);
/* ko_markup_find(p + b, e - b, at, len) of the indexed text p. */
int ko_markup_find_in(struct ko_markup_index *x, size_t b, size_t e, size_t *at, size_t *len);
/* What a generator asks of a sentence p[b, e) of the indexed text: the
 * kind of its first markup item, else KO_MARKUP_LEAD_IN if it announces a
 * list (ko_lead_in with colon), else 0; in one visit. */
int ko_markup_sentence_in(struct ko_markup_index *x, size_t b, size_t e);
/* ko_markup_find_in(x, b, e, ...)'s kind, else KO_MARKUP_LEAD_IN if
 * ko_lead_in_in(x, b, e, 0), else 0; in one visit. */
int ko_markup_text_in(struct ko_markup_index *x, size_t b, size_t e);
/* ko_lead_in(p + b, e - b, colon) of the indexed text p. */
int ko_lead_in_in(struct ko_markup_index *x, size_t b, size_t e, int colon);
/* Word w of the index's bits (bit k: position 64 w + k, from 1 on), read
 * now if not yet (and words after it up to word last, which the question
 * asked reaches). Besides the positions that may start an item they hold
 * every ( ) - : w and line break, and with holes set every " and the
 * seams of 라고 and 그림 (ko_formula_hole_at) (a superset: more is harmless), what the
 * sentence checks of task.c start from: one visit of the text serves both,
 * and a sentence without such a byte costs those checks a look at its
 * words of bits. */
uint64_t ko_markup_index_word(struct ko_markup_index *x, size_t w, size_t last);
/* The same without a call where word w is read already, as it is for a
 * sentence the markup questions have visited: the sentence checks ask for
 * each of its words. */
static inline uint64_t ko_markup_index_word_read(struct ko_markup_index *x, size_t w, size_t last)
{
	return x->known[w >> 6] >> (w & 63) & 1 ? x->bits[w] : ko_markup_index_word(x, w, last);
}
void ko_markup_index_free(struct ko_markup_index *x);
/* 1 if p[0..n) holds a glued gloss (above). One pass, 16 bytes at a time. */
int ko_glued_gloss(const char *p, size_t n);
/* 1 if the sentence p[0..n) ends in the copula alone after a word in a
 * case particle, where an extractor removed a formula or a name between
 * them (이 엔트로피는 다., 분모는 이다., 번째 자릿수가 이다.): 이다 after
 * 은 는 이 가 을 를, 다 after 은 는 을 를 (not 이 and 가: 이게 다., all
 * there is), at the end before a full stop; or if it holds the copula's
 * connective form so, mid-sentence (분자는 이며, 분모는 ...): 이며 이고
 * 이므로 이지만 after such a word and a space, before a comma, white space
 * or the end (not 이고 after 을 를, the verb of 짐을 이고, nor before a
 * role, 러셀은 이고 역으로, nor 이고 저고). */
int ko_copula_hole(const char *p, size_t n);
/* 1 if a sentence of the text p[0..n) ends so (a full stop, then white
 * space or the end, after a copula hole), or the text holds the
 * connective form so. */
int ko_copula_hole_in(const char *p, size_t n);
/* What the three checks of a sentence's words find in p[0..n), in one
 * pass where the processor allows (the generators ask all three of each
 * sentence): KO_WORDS_COPULA if ko_copula_hole, KO_WORDS_GLOSS if
 * ko_glued_gloss, KO_WORDS_AGREEMENT if ko_particle_mismatch. */
enum { KO_WORDS_COPULA = 1, KO_WORDS_GLOSS = 2, KO_WORDS_AGREEMENT = 4 };
unsigned ko_markup_words(const char *p, size_t n);
/* ko_markup_words of a text of many sentences: KO_WORDS_COPULA if
 * ko_copula_hole_in. */
unsigned ko_markup_words_text(const char *p, size_t n);
/* 1 if p[0..n) shows a formula or a figure the extractor removed: a
 * variable it left in quotes, one Latin or Greek letter ("x", "θ",
 * log"x""n") or two with a Greek one ("aψ"; not "EB", "OZ": names); the
 * quotative 라고 opening a sentence, its formula gone (…때문이다. 라고
 * 하고 라고 하자.); or a pointer at a figure beside or above
 * (오른쪽 그림, 왼쪽 그림, 옆의 그림; 위 그림, 위의 그림 opening a
 * sentence or a clause, not 벽 위 그림). */
int ko_formula_hole(const char *p, size_t n);
/* 1 if a word of p[0..n) ends in a case particle that does not fit the
 * syllable before it (다마은, 총서기은, 영화을, 공간를, 제국와, 황제으로,
 * 생활으로): a writer picks 은 을 과 으로 after a batchim and 는 를 와 로
 * without one (로 after ㄹ too), so a word that breaks this is most often
 * one whose end an extractor removed (the particle fitted what is gone).
 * Only the forms that are seldom a word's own end are read: 은 and 을
 * after no batchim (but 지은, 마을, 가을 and the other words and names
 * that end so), 를 and 와 after one (but the verb 들를), 으로 (and
 * 으로서, 으로부터 ...) after none or ㄹ; 이/가, 는, 과 and 로 end too
 * many nouns and verbs (아이, 작가, 먹는, 결과, 경로). A particle after
 * a digit, a Latin letter, a bracket or a quote (2은, SK를, (주)가) is
 * not judged: it is read aloud. */
int ko_particle_mismatch(const char *p, size_t n);
/* 1 if ko_formula_hole finds its hole at p[i]: a double quote there opens
 * a variable in quotes, or the 라고 or 그림 whose syllables' seam is there
 * (p[i] is the last byte of 라 or 그) is one. ko_formula_hole(p, n) is 1
 * exactly when some i of p[0..n) is so; the index's bits (see
 * ko_markup_index_word) hold every such i when its holes is set. */
int ko_formula_hole_at(const char *p, size_t n, size_t i);
/* The kind's name for messages and reject reasons: "tag", "entity"... */
const char *ko_markup_name(int kind);

#endif
