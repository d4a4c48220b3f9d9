/*
 * split_tables.h - the data behind the sentence splitter (split.c), kept
 * apart from the code so that linguists can edit lists without reading the
 * scanner. Included by split.c only.
 *
 * Everything here is general Korean (and a little English) usage: endings of
 * the language, its particles, verbs of saying, common abbreviations. None
 * of it is fitted to a particular text.
 */

/* What the end of an eojeol (a space-separated word) tells about a break. */
enum {
	K_NONE, /* nothing known: a noun, an adnominal form, a foreign word */
	K_FIN,  /* a sentence-final ending: a break even without punctuation */
	K_WEAK, /* final in half-speech but also common inside a sentence
	           (좋아, 해, 하지): a break only when something else marks it,
	           such as an ellipsis or ㅋㅋ */
	K_LINK, /* the connective -고: inside a sentence, but often left
	           trailing at its end before an ellipsis (같고..) */
	K_CONT  /* a particle, a connective ending or a linking adverb: the
	           sentence goes on even after an ellipsis */
};

/* Condition on the syllable before the matched suffix. Batchim tells verb
 * stems from nouns well: the nominal ending -음 follows 있/없/좋/했...
 * (ㅆ, ㅄ, ㅎ, ㄶ, ㅀ...), while nouns ending in 음 (마음, 처음, 다음) have
 * an open syllable before it. */
enum {
	C_ANY,
	C_WORD,      /* the suffix is the whole word (다 = "all", 네 = "yes") */
	C_PREV_SS,   /* previous syllable ends in ㅆ (past, future: 했, 겠) */
	C_PREV_L,    /* ends in ㄹ: the prospective -ㄹ까, -ㄹ게, -ㄹ래 */
	C_PREV_B,    /* ends in ㅂ: formal -ㅂ니까 against causal -니까 */
	C_PREV_VERB, /* ends in a batchim that only verb and adjective stems
	                and tense markers carry (ㅆ ㅄ ㅎ ㄶ ㅀ ㄺ ㄻ ㄼ ㅌ ㅍ) */
	C_NOTWORD    /* some syllable precedes the suffix */
};

struct ko_split_ending {
	const char *s;      /* UTF-8 suffix of Hangul syllables */
	unsigned char len;  /* bytes */
	unsigned char cls;  /* K_* */
	unsigned char cond; /* C_* */
};
#define E(s, k, c) { s, sizeof(s) - 1, k, c }

/* Eojeol endings. Looked up by the last syllable with a binary search, so
 * the rows are sorted by the code point of the last syllable; among rows
 * with the same last syllable the longest comes first and, at equal length,
 * the conditioned row before the general one. The first row that matches
 * wins. The unit test checks this order. */
static const struct ko_split_ending ko_split_endings[] = {
	E("누군가", K_NONE, C_ANY),
	E("언젠가", K_NONE, C_ANY),
	E("어딘가", K_NONE, C_ANY),
	E("무언가", K_NONE, C_ANY),
	E("는가", K_FIN, C_ANY),
	E("던가", K_FIN, C_ANY),
	E("은가", K_FIN, C_ANY),
	E("인가", K_FIN, C_ANY),
	E("건가", K_FIN, C_ANY),
	E("런가", K_FIN, C_ANY),
	E("뭔가", K_NONE, C_ANY),
	E("웬가", K_NONE, C_ANY),
	E("가", K_CONT, C_ANY),
	E("그게", K_CONT, C_WORD),
	E("이게", K_CONT, C_WORD),
	E("할게", K_FIN, C_ANY),
	E("줄게", K_FIN, C_ANY),
	E("갈게", K_FIN, C_ANY),
	E("볼게", K_FIN, C_ANY),
	E("올게", K_FIN, C_ANY),
	E("될게", K_FIN, C_ANY),
	E("을게", K_FIN, C_ANY),
	E("게", K_WEAK, C_PREV_L),
	E("게", K_CONT, C_ANY),
	E("그리고", K_CONT, C_WORD),
	E("더라고", K_FIN, C_ANY),
	E("고", K_LINK, C_ANY),
	E("과", K_CONT, C_ANY),
	E("더라구", K_FIN, C_ANY),
	E("다구", K_FIN, C_ANY),
	E("라구", K_FIN, C_ANY),
	E("구", K_LINK, C_ANY),
	E("는군", K_FIN, C_ANY),
	E("로군", K_FIN, C_ANY),
	E("더군", K_FIN, C_ANY),
	E("군", K_FIN, C_PREV_VERB),
	E("군", K_NONE, C_ANY),
	E("그", K_CONT, C_WORD),
	E("다니까", K_FIN, C_ANY),
	E("라니까", K_FIN, C_ANY),
	E("니까", K_FIN, C_PREV_B),
	E("니까", K_CONT, C_ANY),
	E("아까", K_NONE, C_ANY),
	E("까", K_FIN, C_PREV_L),
	E("까", K_CONT, C_ANY),
	E("랑께", K_FIN, C_ANY),
	E("당께", K_FIN, C_ANY),
	E("께", K_FIN, C_PREV_L),
	E("께", K_CONT, C_ANY),
	E("더구나", K_CONT, C_WORD),
	E("으나", K_CONT, C_ANY),
	E("러나", K_CONT, C_ANY),
	E("구나", K_FIN, C_ANY),
	E("나", K_FIN, C_PREV_VERB),
	E("나", K_NONE, C_ANY),
	E("냐", K_FIN, C_ANY),
	E("그냥", K_CONT, C_WORD),
	E("하네", K_FIN, C_ANY),
	E("되네", K_FIN, C_ANY),
	E("오네", K_FIN, C_ANY),
	E("가네", K_FIN, C_ANY),
	E("보네", K_FIN, C_ANY),
	E("나네", K_FIN, C_ANY),
	E("르네", K_FIN, C_ANY),
	E("프네", K_FIN, C_ANY),
	E("쁘네", K_FIN, C_ANY),
	E("크네", K_FIN, C_ANY),
	E("이네", K_FIN, C_ANY),
	E("시네", K_FIN, C_ANY),
	E("치네", K_FIN, C_ANY),
	E("우네", K_FIN, C_ANY),
	E("니네", K_NONE, C_ANY),
	E("리네", K_NONE, C_ANY),
	E("지네", K_NONE, C_ANY),
	E("너네", K_NONE, C_ANY),
	E("동네", K_NONE, C_ANY),
	E("네", K_CONT, C_WORD),
	E("네", K_FIN, C_PREV_VERB),
	E("네", K_NONE, C_ANY),
	E("또는", K_CONT, C_WORD),
	E("는", K_CONT, C_ANY),
	E("아니", K_CONT, C_WORD),
	E("하니", K_CONT, C_ANY),
	E("으니", K_CONT, C_ANY),
	E("니", K_FIN, C_PREV_VERB),
	E("니", K_NONE, C_ANY),
	E("아님", K_FIN, C_ANY),
	E("사이다", K_NONE, C_ANY),
	E("캐나다", K_NONE, C_ANY),
	E("베란다", K_NONE, C_ANY),
	E("바라다", K_CONT, C_ANY),
	E("습니다", K_FIN, C_ANY),
	E("보다", K_NONE, C_ANY),
	E("마다", K_NONE, C_ANY),
	E("바다", K_NONE, C_ANY),
	E("소다", K_NONE, C_ANY),
	E("져다", K_CONT, C_ANY),
	E("려다", K_CONT, C_ANY),
	E("쳐다", K_CONT, C_ANY),
	E("여다", K_CONT, C_ANY),
	E("갖다", K_CONT, C_ANY),
	E("니다", K_FIN, C_ANY),
	E("다", K_NONE, C_WORD),
	E("다", K_FIN, C_ANY),
	E("니닷", K_FIN, C_ANY),
	E("좋당", K_FIN, C_ANY),
	E("니당", K_FIN, C_ANY),
	E("당", K_FIN, C_PREV_SS),
	E("당", K_NONE, C_ANY),
	E("는대", K_FIN, C_ANY),
	E("대", K_FIN, C_PREV_SS),
	E("대", K_NONE, C_ANY),
	E("근데", K_CONT, C_WORD),
	E("데", K_CONT, C_ANY),
	E("도", K_CONT, C_ANY),
	E("됨", K_FIN, C_ANY),
	E("거든", K_FIN, C_ANY),
	E("든", K_CONT, C_ANY),
	E("불현듯", K_NONE, C_ANY),
	E("듯", K_FIN, C_ANY),
	E("또", K_CONT, C_WORD),
	E("더라", K_FIN, C_ANY),
	E("이라", K_CONT, C_ANY),
	E("따라", K_CONT, C_ANY),
	E("거라", K_CONT, C_ANY),
	E("해라", K_FIN, C_ANY),
	E("하라", K_FIN, C_ANY),
	E("어라", K_FIN, C_ANY),
	E("아라", K_FIN, C_ANY),
	E("너라", K_FIN, C_ANY),
	E("마라", K_FIN, C_ANY),
	E("봐라", K_FIN, C_ANY),
	E("줘라", K_FIN, C_ANY),
	E("와라", K_FIN, C_ANY),
	E("려라", K_FIN, C_ANY),
	E("라", K_NONE, C_ANY),
	E("랑", K_CONT, C_ANY),
	E("그래", K_WEAK, C_ANY),
	E("래", K_FIN, C_PREV_L),
	E("래", K_NONE, C_ANY),
	E("러", K_CONT, C_ANY),
	E("그럼", K_CONT, C_WORD),
	E("처럼", K_CONT, C_ANY),
	E("구려", K_FIN, C_ANY),
	E("려", K_CONT, C_ANY),
	E("로", K_CONT, C_ANY),
	E("록", K_CONT, C_ANY),
	E("물론", K_CONT, C_WORD),
	E("를", K_CONT, C_ANY),
	E("아마", K_CONT, C_WORD),
	E("마", K_FIN, C_WORD),
	E("막", K_CONT, C_WORD),
	E("구만", K_FIN, C_ANY),
	E("만", K_CONT, C_ANY),
	E("정말", K_CONT, C_WORD),
	E("구먼", K_FIN, C_ANY),
	E("며", K_CONT, C_ANY),
	E("면", K_CONT, C_ANY),
	E("너무", K_CONT, C_WORD),
	E("뭐", K_CONT, C_WORD),
	E("및", K_CONT, C_WORD),
	E("봐", K_WEAK, C_ANY),
	E("께서", K_CONT, C_ANY),
	E("서", K_CONT, C_ANY),
	E("나눗셈", K_NONE, C_ANY),
	E("덧셈", K_NONE, C_ANY),
	E("뺄셈", K_NONE, C_ANY),
	E("곱셈", K_NONE, C_ANY),
	E("셈", K_FIN, C_NOTWORD),
	E("소", K_FIN, C_PREV_VERB),
	E("소", K_NONE, C_ANY),
	E("슴", K_FIN, C_PREV_VERB),
	E("슴", K_NONE, C_ANY),
	E("사실", K_CONT, C_WORD),
	E("잖아", K_FIN, C_ANY),
	E("아", K_CONT, C_WORD),
	E("아", K_WEAK, C_ANY),
	E("거야", K_FIN, C_ANY),
	E("꺼야", K_FIN, C_ANY),
	E("이야", K_FIN, C_ANY),
	E("니야", K_FIN, C_ANY),
	E("뭐야", K_FIN, C_ANY),
	E("어야", K_CONT, C_ANY),
	E("아야", K_CONT, C_ANY),
	E("해야", K_CONT, C_ANY),
	E("워야", K_CONT, C_ANY),
	E("져야", K_CONT, C_ANY),
	E("와야", K_CONT, C_ANY),
	E("봐야", K_CONT, C_ANY),
	E("줘야", K_CONT, C_ANY),
	E("야", K_NONE, C_ANY),
	E("잖어", K_FIN, C_ANY),
	E("있어", K_WEAK, C_ANY),
	E("없어", K_WEAK, C_ANY),
	E("어", K_CONT, C_WORD),
	E("어", K_FIN, C_PREV_SS),
	E("어", K_WEAK, C_ANY),
	E("에", K_CONT, C_ANY),
	E("어여", K_FIN, C_ANY),
	E("아여", K_FIN, C_ANY),
	E("해여", K_FIN, C_ANY),
	E("세여", K_FIN, C_ANY),
	E("에여", K_FIN, C_ANY),
	E("예여", K_FIN, C_ANY),
	E("네여", K_FIN, C_ANY),
	E("게여", K_FIN, C_ANY),
	E("까여", K_FIN, C_ANY),
	E("나여", K_FIN, C_ANY),
	E("져여", K_FIN, C_ANY),
	E("워여", K_FIN, C_ANY),
	E("봐여", K_FIN, C_ANY),
	E("줘여", K_FIN, C_ANY),
	E("라여", K_FIN, C_ANY),
	E("래여", K_FIN, C_ANY),
	E("죠여", K_FIN, C_ANY),
	E("하여", K_CONT, C_ANY),
	E("대여", K_NONE, C_ANY),
	E("도여", K_NONE, C_ANY),
	E("여", K_NONE, C_ANY),
	E("어염", K_FIN, C_ANY),
	E("아염", K_FIN, C_ANY),
	E("해염", K_FIN, C_ANY),
	E("세염", K_FIN, C_ANY),
	E("에염", K_FIN, C_ANY),
	E("예염", K_FIN, C_ANY),
	E("네염", K_FIN, C_ANY),
	E("게염", K_FIN, C_ANY),
	E("까염", K_FIN, C_ANY),
	E("나염", K_FIN, C_ANY),
	E("져염", K_FIN, C_ANY),
	E("워염", K_FIN, C_ANY),
	E("봐염", K_FIN, C_ANY),
	E("줘염", K_FIN, C_ANY),
	E("라염", K_FIN, C_ANY),
	E("래염", K_FIN, C_ANY),
	E("죠염", K_FIN, C_ANY),
	E("염", K_NONE, C_ANY),
	E("어예", K_FIN, C_ANY),
	E("해예", K_FIN, C_ANY),
	E("래예", K_FIN, C_ANY),
	E("세예", K_FIN, C_ANY),
	E("데예", K_FIN, C_ANY),
	E("예", K_NONE, C_ANY),
	E("시오", K_FIN, C_ANY),
	E("오", K_NONE, C_ANY),
	E("와", K_NONE, C_WORD),
	E("와", K_CONT, C_ANY),
	E("불필요", K_NONE, C_ANY),
	E("필요", K_NONE, C_ANY),
	E("중요", K_NONE, C_ANY),
	E("주요", K_NONE, C_ANY),
	E("수요", K_NONE, C_ANY),
	E("개요", K_NONE, C_ANY),
	E("강요", K_NONE, C_ANY),
	E("소요", K_NONE, C_ANY),
	E("동요", K_NONE, C_ANY),
	E("요요", K_NONE, C_ANY),
	E("긴요", K_NONE, C_ANY),
	E("요", K_NONE, C_WORD),
	E("요", K_FIN, C_ANY),
	E("어용", K_FIN, C_ANY),
	E("아용", K_FIN, C_ANY),
	E("해용", K_FIN, C_ANY),
	E("세용", K_FIN, C_ANY),
	E("에용", K_FIN, C_ANY),
	E("예용", K_FIN, C_ANY),
	E("네용", K_FIN, C_ANY),
	E("게용", K_FIN, C_ANY),
	E("까용", K_FIN, C_ANY),
	E("나용", K_FIN, C_ANY),
	E("져용", K_FIN, C_ANY),
	E("워용", K_FIN, C_ANY),
	E("봐용", K_FIN, C_ANY),
	E("줘용", K_FIN, C_ANY),
	E("라용", K_FIN, C_ANY),
	E("래용", K_FIN, C_ANY),
	E("죠용", K_FIN, C_ANY),
	E("요용", K_NONE, C_ANY),
	E("용", K_NONE, C_ANY),
	E("워", K_WEAK, C_ANY),
	E("어유", K_FIN, C_ANY),
	E("해유", K_FIN, C_ANY),
	E("래유", K_FIN, C_ANY),
	E("세유", K_FIN, C_ANY),
	E("지유", K_FIN, C_ANY),
	E("네유", K_FIN, C_ANY),
	E("게유", K_FIN, C_ANY),
	E("까유", K_FIN, C_ANY),
	E("유", K_NONE, C_ANY),
	E("혹은", K_CONT, C_WORD),
	E("은", K_CONT, C_ANY),
	E("을", K_CONT, C_ANY),
	E("음", K_CONT, C_WORD),
	E("음", K_FIN, C_PREV_VERB),
	E("음", K_NONE, C_ANY),
	E("의", K_CONT, C_ANY),
	E("듯이", K_CONT, C_ANY),
	E("이", K_CONT, C_ANY),
	E("프라임", K_NONE, C_ANY),
	E("게임", K_NONE, C_ANY),
	E("모임", K_NONE, C_ANY),
	E("책임", K_NONE, C_ANY),
	E("담임", K_NONE, C_ANY),
	E("주임", K_NONE, C_ANY),
	E("신임", K_NONE, C_ANY),
	E("선임", K_NONE, C_ANY),
	E("후임", K_NONE, C_ANY),
	E("전임", K_NONE, C_ANY),
	E("취임", K_NONE, C_ANY),
	E("사임", K_NONE, C_ANY),
	E("위임", K_NONE, C_ANY),
	E("방임", K_NONE, C_ANY),
	E("소임", K_NONE, C_ANY),
	E("일임", K_NONE, C_ANY),
	E("연임", K_NONE, C_ANY),
	E("부임", K_NONE, C_ANY),
	E("재임", K_NONE, C_ANY),
	E("이임", K_NONE, C_ANY),
	E("해임", K_NONE, C_ANY),
	E("구임", K_NONE, C_ANY),
	E("임임", K_NONE, C_ANY),
	E("타임", K_NONE, C_ANY),
	E("라임", K_NONE, C_ANY),
	E("임", K_NONE, C_WORD),
	E("임", K_FIN, C_ANY),
	E("만나자", K_FIN, C_ANY),
	E("가자", K_FIN, C_ANY),
	E("보자", K_FIN, C_ANY),
	E("먹자", K_FIN, C_ANY),
	E("놀자", K_FIN, C_ANY),
	E("살자", K_FIN, C_ANY),
	E("말자", K_FIN, C_ANY),
	E("치자", K_FIN, C_ANY),
	E("쉬자", K_FIN, C_ANY),
	E("자자", K_FIN, C_ANY),
	E("하자", K_WEAK, C_ANY),
	E("되자", K_WEAK, C_ANY),
	E("자", K_NONE, C_ANY),
	E("저", K_CONT, C_WORD),
	E("렇제", K_FIN, C_ANY),
	E("맞제", K_FIN, C_ANY),
	E("제", K_FIN, C_PREV_SS),
	E("제", K_NONE, C_ANY),
	E("져", K_WEAK, C_ANY),
	E("좀", K_CONT, C_WORD),
	E("죠", K_FIN, C_ANY),
	E("죵", K_FIN, C_ANY),
	E("줘", K_WEAK, C_ANY),
	E("쥬", K_FIN, C_ANY),
	E("즉", K_CONT, C_WORD),
	E("까지", K_CONT, C_ANY),
	E("가지", K_NONE, C_ANY),
	E("겠지", K_FIN, C_ANY),
	E("렇지", K_FIN, C_ANY),
	E("하지", K_WEAK, C_ANY),
	E("되지", K_WEAK, C_ANY),
	E("이지", K_WEAK, C_ANY),
	E("거지", K_WEAK, C_ANY),
	E("지", K_FIN, C_PREV_VERB),
	E("지", K_NONE, C_ANY),
	E("렇징", K_FIN, C_ANY),
	E("징", K_FIN, C_PREV_SS),
	E("징", K_NONE, C_ANY),
	E("진짜", K_CONT, C_WORD),
	E("부터", K_CONT, C_ANY),
	E("한테", K_CONT, C_ANY),
	E("또한", K_CONT, C_WORD),
	E("우편함", K_NONE, C_ANY),
	E("사물함", K_NONE, C_ANY),
	E("수납함", K_NONE, C_ANY),
	E("투표함", K_NONE, C_ANY),
	E("포함", K_NONE, C_ANY),
	E("고함", K_NONE, C_ANY),
	E("전함", K_NONE, C_ANY),
	E("군함", K_NONE, C_ANY),
	E("미함", K_NONE, C_ANY),
	E("함", K_NONE, C_WORD),
	E("함", K_FIN, C_ANY),
	E("해", K_NONE, C_WORD),
	E("해", K_WEAK, C_ANY),
	E("흠", K_CONT, C_WORD),
};
#undef E

/* Index of ko_split_endings by last syllable, in the same order: the row
 * where its entries start and whether any of them is K_FIN. Most eojeols
 * end in a particle that can never end a sentence; this lets the scanner
 * dismiss them with one search in a small array. */
struct ko_split_last {
	unsigned short cp;
	unsigned short first;
	unsigned char fin;
};
static const struct ko_split_last ko_split_last[] = {
	{ 0xAC00, 0, 1 }, /* 가 */
	{ 0xAC8C, 13, 1 }, /* 게 */
	{ 0xACE0, 24, 1 }, /* 고 */
	{ 0xACFC, 27, 0 }, /* 과 */
	{ 0xAD6C, 28, 1 }, /* 구 */
	{ 0xAD70, 32, 1 }, /* 군 */
	{ 0xADF8, 37, 0 }, /* 그 */
	{ 0xAE4C, 38, 1 }, /* 까 */
	{ 0xAED8, 45, 1 }, /* 께 */
	{ 0xB098, 49, 1 }, /* 나 */
	{ 0xB0D0, 55, 1 }, /* 냐 */
	{ 0xB0E5, 56, 0 }, /* 냥 */
	{ 0xB124, 57, 1 }, /* 네 */
	{ 0xB294, 79, 0 }, /* 는 */
	{ 0xB2C8, 81, 1 }, /* 니 */
	{ 0xB2D8, 86, 1 }, /* 님 */
	{ 0xB2E4, 87, 1 }, /* 다 */
	{ 0xB2F7, 104, 1 }, /* 닷 */
	{ 0xB2F9, 105, 1 }, /* 당 */
	{ 0xB300, 109, 1 }, /* 대 */
	{ 0xB370, 112, 0 }, /* 데 */
	{ 0xB3C4, 114, 0 }, /* 도 */
	{ 0xB428, 115, 1 }, /* 됨 */
	{ 0xB4E0, 116, 1 }, /* 든 */
	{ 0xB4EF, 118, 1 }, /* 듯 */
	{ 0xB610, 120, 0 }, /* 또 */
	{ 0xB77C, 121, 1 }, /* 라 */
	{ 0xB791, 136, 0 }, /* 랑 */
	{ 0xB798, 137, 1 }, /* 래 */
	{ 0xB7EC, 140, 0 }, /* 러 */
	{ 0xB7FC, 141, 0 }, /* 럼 */
	{ 0xB824, 143, 1 }, /* 려 */
	{ 0xB85C, 145, 0 }, /* 로 */
	{ 0xB85D, 146, 0 }, /* 록 */
	{ 0xB860, 147, 0 }, /* 론 */
	{ 0xB97C, 148, 0 }, /* 를 */
	{ 0xB9C8, 149, 1 }, /* 마 */
	{ 0xB9C9, 151, 0 }, /* 막 */
	{ 0xB9CC, 152, 1 }, /* 만 */
	{ 0xB9D0, 154, 0 }, /* 말 */
	{ 0xBA3C, 155, 1 }, /* 먼 */
	{ 0xBA70, 156, 0 }, /* 며 */
	{ 0xBA74, 157, 0 }, /* 면 */
	{ 0xBB34, 158, 0 }, /* 무 */
	{ 0xBB50, 159, 0 }, /* 뭐 */
	{ 0xBC0F, 160, 0 }, /* 및 */
	{ 0xBD10, 161, 0 }, /* 봐 */
	{ 0xC11C, 162, 0 }, /* 서 */
	{ 0xC148, 164, 1 }, /* 셈 */
	{ 0xC18C, 169, 1 }, /* 소 */
	{ 0xC2B4, 171, 1 }, /* 슴 */
	{ 0xC2E4, 173, 0 }, /* 실 */
	{ 0xC544, 174, 1 }, /* 아 */
	{ 0xC57C, 177, 1 }, /* 야 */
	{ 0xC5B4, 191, 1 }, /* 어 */
	{ 0xC5D0, 197, 0 }, /* 에 */
	{ 0xC5EC, 198, 1 }, /* 여 */
	{ 0xC5FC, 219, 1 }, /* 염 */
	{ 0xC608, 237, 1 }, /* 예 */
	{ 0xC624, 243, 1 }, /* 오 */
	{ 0xC640, 245, 0 }, /* 와 */
	{ 0xC694, 247, 1 }, /* 요 */
	{ 0xC6A9, 260, 1 }, /* 용 */
	{ 0xC6CC, 279, 0 }, /* 워 */
	{ 0xC720, 280, 1 }, /* 유 */
	{ 0xC740, 289, 0 }, /* 은 */
	{ 0xC744, 291, 0 }, /* 을 */
	{ 0xC74C, 292, 1 }, /* 음 */
	{ 0xC758, 295, 0 }, /* 의 */
	{ 0xC774, 296, 0 }, /* 이 */
	{ 0xC784, 298, 1 }, /* 임 */
	{ 0xC790, 325, 1 }, /* 자 */
	{ 0xC800, 338, 0 }, /* 저 */
	{ 0xC81C, 339, 1 }, /* 제 */
	{ 0xC838, 343, 0 }, /* 져 */
	{ 0xC880, 344, 0 }, /* 좀 */
	{ 0xC8E0, 345, 1 }, /* 죠 */
	{ 0xC8F5, 346, 1 }, /* 죵 */
	{ 0xC918, 347, 0 }, /* 줘 */
	{ 0xC96C, 348, 1 }, /* 쥬 */
	{ 0xC989, 349, 0 }, /* 즉 */
	{ 0xC9C0, 350, 1 }, /* 지 */
	{ 0xC9D5, 360, 1 }, /* 징 */
	{ 0xC9DC, 363, 0 }, /* 짜 */
	{ 0xD130, 364, 0 }, /* 터 */
	{ 0xD14C, 365, 0 }, /* 테 */
	{ 0xD55C, 366, 0 }, /* 한 */
	{ 0xD568, 367, 1 }, /* 함 */
	{ 0xD574, 378, 0 }, /* 해 */
	{ 0xD760, 380, 0 }, /* 흠 */
};

struct ko_split_word {
	const char *s;
	unsigned char len;
	unsigned char whole; /* 1: must be the whole word, not a prefix */
};
#define P(s) { s, sizeof(s) - 1, 0 }
#define W(s) { s, sizeof(s) - 1, 1 }

/* Words that continue the sentence before them even after a sentence-final
 * ending or a ? or !: quotative particles written apart (좋다 라고), the
 * verb 하다 used for quoting (되나? 싶었는데, 좋다 했다), auxiliaries
 * (먹었나 보다 -> 보니, 보면), negation after -지 (하지 않는다). 하지만,
 * 하루, 한편 and the like are deliberately absent: they start sentences. */
static const struct ko_split_word ko_split_cont[] = {
	P("라고"), P("라며"), P("라면서"), P("라는"), P("라니"), P("라던"), P("라구"),
	P("라곤"), P("이라고"), P("이라며"), P("이라는"), P("이라니"), P("이란"),
	W("란"), W("고"), W("며"), W("는"), W("면"), W("라"), W("하"),
	P("하고"), P("하며"), P("하면서"), P("하는"), P("하던"), P("하니"),
	P("하더니"), P("하더라"), P("하여"), P("하자"), P("한다"), P("했다"),
	P("했고"), P("했는데"), P("했던"), P("했지만"), P("했으나"), P("했더니"),
	P("했다가"), P("했어"), P("했음"), P("했죠"), P("했습"), P("해서"),
	P("해도"), P("하면"), P("하기"), P("합니다"), P("하길래"), P("할까"),
	P("싶"), P("보니"), P("보면"), W("봐"), P("봤"), P("보인"), P("보여"),
	P("보였"), P("보이"), P("못해"), P("치고"), W("쳐"), P("쳐도"),
	P("않"), P("말고"), P("마라"), P("마세요"), W("마"),
};

/* Verbs of saying: a quotation followed by one of them, or by a short
 * subject and one of them ("..." 그가 말했다), is a single sentence. */
static const struct ko_split_word ko_split_saying[] = {
	P("말했"), P("말하"), P("말씀"), P("물었"), P("묻"), P("되물었"),
	P("외쳤"), P("외치"), P("소리쳤"), P("소리치"), P("소리질렀"),
	P("대답했"), P("대답하"), P("답했"), P("중얼거렸"), P("속삭였"),
	P("덧붙였"), P("밝혔"), P("전했"), P("설명했"), P("강조했"),
	P("주장했"), P("생각했"), P("고함쳤"), P("말을"), P("한다"),
	P("했다"), P("하였"),
};
#undef P
#undef W

/* Latin abbreviations whose period does not end a sentence. Matched case
 * sensitively against the letters (and inner periods) before the '.'. */
static const char *const ko_split_abbrev[] = {
	"Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "No", "no", "Nos",
	"Vol", "vol", "pp", "Fig", "fig", "cf", "vs", "e.g", "i.e", "a.m",
	"p.m", "U.S", "U.K", "U.N", "Ph.D", "Inc", "Ltd", "Co", "Corp", "Jan",
	"Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
	"Dec", "approx", "ca", "ed", "eds", "al", "Gen", "Gov", "Sen", "Rep",
	"Rev", "Capt", "Lt", "Col", "Sgt", "Mt", "Ave", "Dept", "Univ", "est",
	"Op", "op", "ver", "Ver", "min", "max", "Ch", "ch", "Sec", "sec",
};
