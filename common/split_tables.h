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
	K_CONT, /* a particle, a connective ending or a linking adverb: the
	           sentence goes on even after an ellipsis */
	K_BOUND, /* a bound noun that closes a sentence after an adnominal
	            ending (싱거운 편, 먹는 중, 올 듯), as if 이다 followed it;
	            after anything else it is a noun */
	K_TAIL, /* a sound or cry that comments on the sentence before it
	           (꼬르륵, 츄릅): it ends that sentence, even one in
	           half-speech (배고파 꼬르륵) */
	K_TITLE, /* a noun that ends the title a post opens with (캠핑 후기):
	           final at the start of a paragraph after nouns only */
	K_BARE  /* K_WEAK, but final in text written without punctuation
	           when no verb follows (맛있을듯, 가야지): tail_class reports
	           it as K_WEAK unless asked */
};

/* Condition on the syllable before the matched suffix. Batchim tells verb
 * stems from nouns well: the nominal ending -음 follows 있/없/좋/했...
 * (ㅆ, ㅄ, ㅎ, ㄶ, ㅀ...), while nouns ending in 음 (마음, 처음, 다음) have
 * an open syllable before it. The PREV_ conditions admit a set of batchim
 * each, ko_split_cond_jong[cond] (bit KO_JONG_*), generated from
 * COND_JONG of scripts/split-tables.py, which lists them in this order. */
enum {
	C_ANY,
	C_WORD,      /* the suffix is the whole word (다 = "all", 네 = "yes") */
	C_PREV_SS,   /* previous syllable ends in ㅆ (past, future: 했, 겠) */
	C_PREV_L,    /* ends in ㄹ: the prospective -ㄹ까, -ㄹ게, -ㄹ래 */
	C_PREV_B,    /* ends in ㅂ: formal -ㅂ니까 against causal -니까 */
	C_PREV_VERB, /* ends in a batchim that almost only verb and adjective
	                stems and tense markers carry (ㅆ ㅄ ㅎ ㄶ ㅀ ㄺ ㄻ ㄼ ㅌ
	                ㅍ ㅈ ㅊ) */
	C_NOTWORD,   /* some syllable precedes the suffix */
	C_PREV_BATCHIM, /* previous syllable has any batchim */
	C_PREV_HI,   /* a stem that takes the passive or causative -히- (막, 닫,
	                잡, 꽂, 읽, 밟, 앉): 막힘 */
	C_PREV_LI,   /* one that takes -리- (들, 열, 뚫): 들림 */
	C_PREV_GI,   /* one that takes -기- (안, 감, 씻, 뜯, 쫓, 옮, 끊, 맡): 씻김 */
	C_PREV_STOP, /* ends in ㄱ ㄷ ㅂ ㅅ: stems (먹, 받, 잡, 웃), not the
	                names in -노 (간노, 아사노): 받노 */
	C_PREV_M,    /* ends in ㅁ: the stems in ㅁ before -음 (넘음, 남음) */
	C_PREV_NOTL  /* ends in a batchim other than ㄹ: not a stem before -면
	                (냉면, 장면; but 먹으면, 살면) */
};

struct ko_split_ending {
	char s[13];         /* UTF-8 suffix of Hangul syllables, at most four;
	                       held in the row, so that a scan of the rows
	                       reads no pointer */
	unsigned char len;  /* bytes */
	unsigned char cls;  /* K_* */
	unsigned char cond; /* C_* */
};
#define E(s, k, c) { s, sizeof(s) - 1, k, c }

/* Index of ko_split_endings by last syllable: the row where its entries
 * start and whether any of them may end a sentence. Most eojeols end in a particle
 * that can never end a sentence; the scanner dismisses them with one probe
 * of ko_split_hash, a perfect hash of the last syllables. */
struct ko_split_penset {
	unsigned short pen; /* what a word must end in for a row that may end */
	unsigned char npen; /* a sentence to match it: the syllables before the
	                       last of the longer rows, and before that of rows
	                       of three or more, in ko_split_pen[pen..pen+npen);
	                       for rows of one syllable, the bits of one: */
	unsigned one;       /* bit t for a syllable before it of batchim t
	                       (KO_JONG_*), bit 28 for a word of it alone */
	unsigned long long penbits; /* bit KO_SPLIT_PENBIT(pen) of each
	                               ko_split_pen row: a word whose pen has
	                               no bit there is dismissed without a
	                               look at the list */
};
/* The bit of a syllable c in penbits: the top six bits of a
 * multiplicative hash, which spreads the syllables of a set over the 64
 * bits better than their low six bits (pen % 64) did, so that fewer words
 * search the list in vain. */
#define KO_SPLIT_PENBIT(c) ((unsigned)((c) * 0x9E3779B1u) >> 26)

struct ko_split_last {
	unsigned short cp;
	unsigned short first;
	unsigned char fin; /* 1: some row may end a sentence; 2: a TITLE row;
	                      4: a BOUND row */
	struct ko_split_penset may; /* of the rows with fin 1 */
	struct ko_split_penset fin_punct; /* of those that end a sentence in
	                                     punctuated text too (K_FIN, K_TAIL) */
	unsigned short pk;  /* the rows of more than one syllable by the */
	unsigned char npk;  /* syllable before the last: ko_split_penkeys[pk..
	                       pk+npk), sorted by that syllable */
	unsigned char nmulti; /* rows of more than one syllable: the first
	                         nmulti from first */
};

/* The last syllables of rows that may end a sentence, before their last
 * (see struct ko_split_last): pen, and ante before it, 0 when the row has
 * no third syllable. */
struct ko_split_pen {
	unsigned short pen, ante;
};

/* The rows of one last syllable whose syllable before the last has the
 * UTF-8 bytes key (big-endian, as memcmp orders them):
 * ko_split_penrows[row..row+n), indices of ko_split_endings in table
 * order. */
struct ko_split_penkey {
	unsigned key;
	unsigned short row;
	unsigned char n;
};

/* Words that follow a sentence end and take it in: quotative particles
 * and verbs (좋다 라고, 되나? 싶었는데), auxiliaries, negation; and verbs of
 * saying after a quotation. Rows are sorted by their bytes, so a look-up
 * is a binary search on the first syllable. */
struct ko_split_word {
	char s[14];         /* held in the row, as in ko_split_ending */
	unsigned char len;
	unsigned char whole; /* 1: must be the whole word, not a prefix */
	unsigned char soft;  /* 1: only after an ending, not after ? or !;
	                        2: only after a question ending; 3 (an
	                        opener): only after a question in -가; 4:
	                        only after an -아/-어 form (aux_before) */
};

/* The last syllable of a question ending and what it does there. */
enum {
	Q_PAIR = 1,  /* pairs the halves of an alternative question */
	Q_EMBED = 2, /* the question can be embedded in what follows */
	Q_YO = 4     /* as Q_PAIR, also with 요 after it */
};
struct ko_split_qend {
	unsigned short cp;
	unsigned char flags; /* Q_* */
};

/* The generated block holds, in this order:
 *  - ko_split_endings: eojeol endings, sorted by the code point of the last
 *    syllable; among rows with the same last syllable the longest comes
 *    first and, at equal length, the conditioned row before the general
 *    one. The first row that matches wins.
 *  - ko_split_last: one row per distinct last syllable, sorted, and
 *    ko_split_pen, the syllables before the last its rows refer to
 *    (sorted by pen, then ante, for each last syllable);
 *    ko_split_penkeys and ko_split_penrows, the rows of each last
 *    syllable grouped by the syllable before it.
 *  - ko_split_hash: slot (cp * KO_SPLIT_HASH_MUL mod 2^32) >> (32 -
 *    KO_SPLIT_HASH_BITS) holds 1 + the index in ko_split_last, or 0;
 *    the fin bits of a row there say whether some ending with that last
 *    syllable may end a sentence (see struct ko_split_last).
 *  - ko_split_sylrow: the same index by syllable, a byte for each from
 *    U+AC00, for the scan's look at the last syllable of every word; 255
 *    for a syllable whose row has fin 0; ko_split_quiet, 1 for the
 *    syllables of 0 or 255 there, by code point from U+A000.
 *  - ko_split_cont and ko_split_saying, the word lists, and
 *    ko_split_cont_first, a bit for each syllable that begins a word of
 *    ko_split_cont; ko_split_absorb_first, one for each that may begin
 *    a laugh or a TAIL word after end punctuation.
 *  - ko_split_subject, ko_split_laugh, ko_split_ha, ko_split_negation,
 *    ko_split_emotive: single syllables or jamo, sorted by code point.
 *  - ko_split_qend (question endings with their Q_ uses, sorted) and
 *    ko_split_not_question (syllable pairs, sorted).
 *  - SYL_DA and SYL_YO, the syllables the scanner names.
 * The unit tests check the order and that the three ending tables agree. */
/* BEGIN generated by scripts/split-tables.py: edit the lists there */
static const struct ko_split_ending ko_split_endings[] = {
	E("게다가", K_CONT, C_WORD),
	E("누군가", K_NONE, C_ANY),
	E("언젠가", K_NONE, C_ANY),
	E("어딘가", K_NONE, C_ANY),
	E("무언가", K_NONE, C_ANY),
	E("말이가", K_BARE, C_ANY),
	E("는가", K_FIN, C_ANY),
	E("던가", K_FIN, C_ANY),
	E("은가", K_FIN, C_ANY),
	E("인가", K_FIN, C_ANY),
	E("건가", K_FIN, C_ANY),
	E("런가", K_FIN, C_ANY),
	E("뭔가", K_NONE, C_ANY),
	E("웬가", K_NONE, C_ANY),
	E("당가", K_FIN, C_ANY),
	E("랑가", K_FIN, C_ANY),
	E("능가", K_FIN, C_ANY),
	E("가", K_CONT, C_ANY),
	E("는감", K_FIN, C_ANY),
	E("가성비갑", K_BARE, C_WORD),
	E("걸", K_FIN, C_PREV_L),
	E("챙길게", K_FIN, C_ANY),
	E("맡길게", K_FIN, C_ANY),
	E("옮길게", K_FIN, C_ANY),
	E("넘길게", K_FIN, C_ANY),
	E("남길게", K_FIN, C_ANY),
	E("시킬게", K_FIN, C_ANY),
	E("지킬게", K_FIN, C_ANY),
	E("믿을게", K_FIN, C_ANY),
	E("길게", K_NONE, C_WORD),
	E("잘게", K_NONE, C_WORD),
	E("그게", K_CONT, C_WORD),
	E("이게", K_CONT, C_WORD),
	E("할게", K_FIN, C_ANY),
	E("줄게", K_FIN, C_ANY),
	E("갈게", K_FIN, C_ANY),
	E("볼게", K_FIN, C_ANY),
	E("올게", K_FIN, C_ANY),
	E("될게", K_FIN, C_ANY),
	E("을게", K_FIN, C_ANY),
	E("낼게", K_FIN, C_ANY),
	E("릴게", K_FIN, C_ANY),
	E("탈게", K_FIN, C_ANY),
	E("쓸게", K_FIN, C_ANY),
	E("쏠게", K_FIN, C_ANY),
	E("둘게", K_FIN, C_ANY),
	E("킬게", K_FIN, C_ANY),
	E("살게", K_BARE, C_ANY),
	E("놀게", K_BARE, C_ANY),
	E("팔게", K_BARE, C_ANY),
	E("걸게", K_BARE, C_ANY),
	E("게", K_WEAK, C_PREV_L),
	E("게", K_CONT, C_ANY),
	E("는겨", K_FIN, C_ANY),
	E("은겨", K_FIN, C_ANY),
	E("한겨", K_FIN, C_ANY),
	E("간겨", K_FIN, C_ANY),
	E("된겨", K_FIN, C_ANY),
	E("던겨", K_FIN, C_ANY),
	E("겨", K_FIN, C_WORD),
	E("겨", K_FIN, C_PREV_SS),
	E("발견", K_TITLE, C_WORD),
	E("만나자고", K_BARE, C_ANY),
	E("마시자고", K_BARE, C_ANY),
	E("시키자고", K_BARE, C_ANY),
	E("하드라고", K_FIN, C_ANY),
	E("되드라고", K_FIN, C_ANY),
	E("이드라고", K_FIN, C_ANY),
	E("아이고", K_CONT, C_WORD),
	E("그리고", K_CONT, C_WORD),
	E("드라고", K_FIN, C_PREV_VERB),
	E("드라고", K_FIN, C_PREV_STOP),
	E("더라고", K_FIN, C_ANY),
	E("가자고", K_BARE, C_ANY),
	E("보자고", K_BARE, C_ANY),
	E("하자고", K_BARE, C_ANY),
	E("먹자고", K_BARE, C_ANY),
	E("놀자고", K_BARE, C_ANY),
	E("살자고", K_BARE, C_ANY),
	E("말자고", K_BARE, C_ANY),
	E("쉬자고", K_BARE, C_ANY),
	E("자자고", K_BARE, C_ANY),
	E("오자고", K_BARE, C_ANY),
	E("되자고", K_BARE, C_ANY),
	E("고말고", K_FIN, C_ANY),
	E("얼마고", K_FIN, C_ANY),
	E("어데고", K_FIN, C_ANY),
	E("최고", K_BARE, C_WORD),
	E("자고", K_BARE, C_PREV_VERB),
	E("누고", K_FIN, C_ANY),
	E("고", K_LINK, C_ANY),
	E("과", K_CONT, C_ANY),
	E("능교", K_FIN, C_ANY),
	E("는교", K_FIN, C_ANY),
	E("던교", K_FIN, C_ANY),
	E("하드라구", K_FIN, C_ANY),
	E("되드라구", K_FIN, C_ANY),
	E("이드라구", K_FIN, C_ANY),
	E("드라구", K_FIN, C_PREV_VERB),
	E("드라구", K_FIN, C_PREV_STOP),
	E("더라구", K_FIN, C_ANY),
	E("자구", K_BARE, C_NOTWORD),
	E("다구", K_FIN, C_ANY),
	E("라구", K_FIN, C_ANY),
	E("냐구", K_BARE, C_ANY),
	E("구", K_LINK, C_ANY),
	E("결국", K_CONT, C_WORD),
	E("이로군", K_FIN, C_ANY),
	E("는군", K_FIN, C_ANY),
	E("더군", K_FIN, C_ANY),
	E("군", K_FIN, C_PREV_VERB),
	E("군", K_NONE, C_ANY),
	E("데굴데굴", K_TAIL, C_WORD),
	E("뒹굴뒹굴", K_TAIL, C_WORD),
	E("다궁", K_FIN, C_ANY),
	E("다귱", K_FIN, C_ANY),
	E("그", K_CONT, C_WORD),
	E("두근두근", K_TAIL, C_WORD),
	E("정주행기", K_TITLE, C_WORD),
	E("정리하기", K_TITLE, C_WORD),
	E("도전하기", K_TITLE, C_WORD),
	E("준비하기", K_TITLE, C_WORD),
	E("공부하기", K_TITLE, C_WORD),
	E("운동하기", K_TITLE, C_WORD),
	E("살림하기", K_TITLE, C_WORD),
	E("사용기", K_TITLE, C_WORD),
	E("도전기", K_TITLE, C_WORD),
	E("방문기", K_TITLE, C_WORD),
	E("여행기", K_TITLE, C_WORD),
	E("체험기", K_TITLE, C_WORD),
	E("구매기", K_TITLE, C_WORD),
	E("개봉기", K_TITLE, C_WORD),
	E("이야기", K_TITLE, C_WORD),
	E("가꾸기", K_TITLE, C_WORD),
	E("키우기", K_TITLE, C_WORD),
	E("만들기", K_TITLE, C_WORD),
	E("배우기", K_TITLE, C_WORD),
	E("모으기", K_TITLE, C_WORD),
	E("줄이기", K_TITLE, C_WORD),
	E("늘리기", K_TITLE, C_WORD),
	E("그리기", K_TITLE, C_WORD),
	E("고르기", K_TITLE, C_WORD),
	E("꾸미기", K_TITLE, C_WORD),
	E("바꾸기", K_TITLE, C_WORD),
	E("버리기", K_TITLE, C_WORD),
	E("비우기", K_TITLE, C_WORD),
	E("후기", K_TITLE, C_WORD),
	E("일기", K_TITLE, C_WORD),
	E("얘기", K_TITLE, C_WORD),
	E("끊기", K_TITLE, C_WORD),
	E("걷기", K_TITLE, C_WORD),
	E("읽기", K_TITLE, C_WORD),
	E("쓰기", K_TITLE, C_WORD),
	E("도시락김", K_NONE, C_ANY),
	E("양념김", K_NONE, C_ANY),
	E("조미김", K_NONE, C_ANY),
	E("재래김", K_NONE, C_ANY),
	E("파래김", K_NONE, C_ANY),
	E("곱창김", K_NONE, C_ANY),
	E("구운김", K_NONE, C_ANY),
	E("돌김", K_NONE, C_ANY),
	E("김", K_NONE, C_WORD),
	E("김", K_FIN, C_PREV_GI),
	E("다니까", K_FIN, C_ANY),
	E("라니까", K_FIN, C_ANY),
	E("나이까", K_FIN, C_ANY),
	E("니까", K_FIN, C_PREV_B),
	E("디까", K_FIN, C_PREV_B),
	E("니까", K_CONT, C_ANY),
	E("아까", K_NONE, C_ANY),
	E("까", K_FIN, C_PREV_L),
	E("까", K_CONT, C_ANY),
	E("다니깐", K_FIN, C_ANY),
	E("라니깐", K_FIN, C_ANY),
	E("꺅", K_TAIL, C_WORD),
	E("심니꺼", K_FIN, C_ANY),
	E("습니꺼", K_FIN, C_ANY),
	E("니꺼", K_FIN, C_PREV_B),
	E("꿀꺽", K_TAIL, C_WORD),
	E("껄껄", K_NONE, C_ANY),
	E("껄", K_FIN, C_PREV_L),
	E("그러니께", K_CONT, C_WORD),
	E("그랑께", K_CONT, C_WORD),
	E("다니께", K_FIN, C_ANY),
	E("라니께", K_FIN, C_ANY),
	E("줄께", K_FIN, C_ANY),
	E("할께", K_FIN, C_ANY),
	E("들께", K_CONT, C_ANY),
	E("랑께", K_FIN, C_ANY),
	E("당께", K_FIN, C_ANY),
	E("오께", K_FIN, C_ANY),
	E("주께", K_FIN, C_ANY),
	E("하께", K_FIN, C_ANY),
	E("보께", K_FIN, C_ANY),
	E("리께", K_FIN, C_ANY),
	E("께", K_FIN, C_PREV_L),
	E("께", K_CONT, C_ANY),
	E("우짜꼬", K_FIN, C_ANY),
	E("어짜꼬", K_FIN, C_ANY),
	E("우째꼬", K_FIN, C_ANY),
	E("언제꼬", K_FIN, C_ANY),
	E("얼마꼬", K_FIN, C_ANY),
	E("뭐꼬", K_FIN, C_ANY),
	E("머꼬", K_FIN, C_ANY),
	E("누꼬", K_FIN, C_ANY),
	E("꼬", K_FIN, C_PREV_L),
	E("개꿀", K_BARE, C_WORD),
	E("느낌", K_BOUND, C_WORD),
	E("더구나", K_CONT, C_WORD),
	E("그러나", K_CONT, C_WORD),
	E("누구나", K_NONE, C_ANY),
	E("입구나", K_NONE, C_ANY),
	E("는구나", K_FIN, C_ANY),
	E("이구나", K_FIN, C_ANY),
	E("로구나", K_FIN, C_ANY),
	E("크구나", K_FIN, C_ANY),
	E("쁘구나", K_FIN, C_ANY),
	E("프구나", K_FIN, C_ANY),
	E("르구나", K_FIN, C_ANY),
	E("쓰구나", K_FIN, C_ANY),
	E("싸구나", K_FIN, C_ANY),
	E("자꾸나", K_FIN, C_ANY),
	E("려무나", K_FIN, C_ANY),
	E("가나", K_BARE, C_WORD),
	E("구나", K_FIN, C_PREV_B),
	E("까나", K_FIN, C_PREV_L),
	E("구나", K_FIN, C_PREV_VERB),
	E("려나", K_FIN, C_ANY),
	E("으나", K_CONT, C_ANY),
	E("러나", K_CONT, C_ANY),
	E("구나", K_NONE, C_ANY),
	E("뭇나", K_FIN, C_ANY),
	E("묵나", K_FIN, C_ANY),
	E("온나", K_FIN, C_ANY),
	E("나", K_FIN, C_PREV_VERB),
	E("나", K_NONE, C_ANY),
	E("날", K_TITLE, C_WORD),
	E("남", K_FIN, C_PREV_VERB),
	E("마침내", K_CONT, C_WORD),
	E("뭐라냐", K_BARE, C_WORD),
	E("누구냐", K_FIN, C_ANY),
	E("어디냐", K_FIN, C_ANY),
	E("언제냐", K_FIN, C_ANY),
	E("얼마냐", K_FIN, C_ANY),
	E("한다냐", K_FIN, C_ANY),
	E("뭐다냐", K_FIN, C_ANY),
	E("하냐", K_FIN, C_ANY),
	E("뭐냐", K_FIN, C_ANY),
	E("거냐", K_FIN, C_ANY),
	E("되냐", K_FIN, C_ANY),
	E("오냐", K_FIN, C_ANY),
	E("가냐", K_FIN, C_ANY),
	E("이냐", K_FIN, C_ANY),
	E("니냐", K_FIN, C_ANY),
	E("보냐", K_FIN, C_ANY),
	E("주냐", K_FIN, C_ANY),
	E("래냐", K_FIN, C_ANY),
	E("대냐", K_FIN, C_ANY),
	E("나냐", K_FIN, C_ANY),
	E("까냐", K_FIN, C_ANY),
	E("쏘냐", K_FIN, C_ANY),
	E("허냐", K_FIN, C_ANY),
	E("냐", K_FIN, C_PREV_BATCHIM),
	E("냐", K_NONE, C_ANY),
	E("냠냠", K_TAIL, C_WORD),
	E("그냥", K_CONT, C_WORD),
	E("냥", K_FIN, C_PREV_SS),
	E("나오네", K_FIN, C_ANY),
	E("어오네", K_FIN, C_ANY),
	E("아오네", K_FIN, C_ANY),
	E("오네", K_FIN, C_WORD),
	E("이네", K_FIN, C_PREV_BATCHIM),
	E("나네", K_FIN, C_NOTWORD),
	E("르네", K_FIN, C_NOTWORD),
	E("프네", K_FIN, C_NOTWORD),
	E("쁘네", K_FIN, C_NOTWORD),
	E("시네", K_FIN, C_NOTWORD),
	E("치네", K_FIN, C_NOTWORD),
	E("우네", K_FIN, C_NOTWORD),
	E("하네", K_FIN, C_ANY),
	E("되네", K_FIN, C_ANY),
	E("가네", K_FIN, C_ANY),
	E("보네", K_FIN, C_ANY),
	E("크네", K_FIN, C_ANY),
	E("니네", K_NONE, C_ANY),
	E("리네", K_NONE, C_ANY),
	E("지네", K_NONE, C_ANY),
	E("너네", K_NONE, C_ANY),
	E("동네", K_NONE, C_ANY),
	E("주네", K_FIN, C_ANY),
	E("허네", K_FIN, C_ANY),
	E("네", K_CONT, C_WORD),
	E("네", K_FIN, C_PREV_VERB),
	E("네", K_NONE, C_ANY),
	E("넹", K_FIN, C_NOTWORD),
	E("아녀", K_FIN, C_WORD),
	E("년", K_TITLE, C_ANY),
	E("매국노", K_NONE, C_ANY),
	E("그라노", K_FIN, C_ANY),
	E("라카노", K_FIN, C_ANY),
	E("피아노", K_NONE, C_ANY),
	E("카지노", K_NONE, C_ANY),
	E("도미노", K_NONE, C_ANY),
	E("알비노", K_NONE, C_ANY),
	E("밀라노", K_NONE, C_ANY),
	E("시라노", K_NONE, C_ANY),
	E("하노", K_FIN, C_WORD),
	E("카노", K_FIN, C_WORD),
	E("가노", K_BARE, C_WORD),
	E("격노", K_NONE, C_ANY),
	E("쁘노", K_FIN, C_ANY),
	E("프노", K_FIN, C_ANY),
	E("뭇노", K_FIN, C_ANY),
	E("묵노", K_FIN, C_ANY),
	E("먹노", K_FIN, C_ANY),
	E("드노", K_FIN, C_ANY),
	E("더노", K_FIN, C_ANY),
	E("르노", K_NONE, C_ANY),
	E("노", K_FIN, C_PREV_VERB),
	E("노", K_BARE, C_PREV_STOP),
	E("노", K_NONE, C_ANY),
	E("눠", K_WEAK, C_ANY),
	E("또는", K_CONT, C_WORD),
	E("다는", K_LINK, C_ANY),
	E("라는", K_LINK, C_ANY),
	E("는", K_CONT, C_ANY),
	E("다능", K_FIN, C_ANY),
	E("뭐라니", K_BARE, C_WORD),
	E("누구니", K_FIN, C_ANY),
	E("어디니", K_FIN, C_ANY),
	E("언제니", K_FIN, C_ANY),
	E("얼마니", K_FIN, C_ANY),
	E("아니", K_CONT, C_WORD),
	E("뭐니", K_FIN, C_ANY),
	E("하니", K_CONT, C_ANY),
	E("으니", K_CONT, C_ANY),
	E("니", K_FIN, C_PREV_VERB),
	E("니", K_NONE, C_ANY),
	E("아님", K_WEAK, C_ANY),
	E("이야기다", K_FIN, C_ANY),
	E("불편하다", K_BARE, C_ANY),
	E("깔끔하다", K_BARE, C_ANY),
	E("꼼꼼하다", K_BARE, C_ANY),
	E("친절하다", K_BARE, C_ANY),
	E("만족하다", K_BARE, C_ANY),
	E("부족하다", K_BARE, C_ANY),
	E("충분하다", K_BARE, C_ANY),
	E("애매하다", K_BARE, C_ANY),
	E("달달하다", K_BARE, C_ANY),
	E("비슷하다", K_BARE, C_ANY),
	E("완벽하다", K_BARE, C_ANY),
	E("저렴하다", K_BARE, C_ANY),
	E("든든하다", K_BARE, C_ANY),
	E("신기하다", K_BARE, C_ANY),
	E("허전하다", K_BARE, C_ANY),
	E("훌륭하다", K_BARE, C_ANY),
	E("깨끗하다", K_BARE, C_ANY),
	E("조용하다", K_BARE, C_ANY),
	E("따뜻하다", K_BARE, C_ANY),
	E("시원하다", K_BARE, C_ANY),
	E("상큼하다", K_BARE, C_ANY),
	E("고소하다", K_BARE, C_ANY),
	E("담백하다", K_BARE, C_ANY),
	E("촉촉하다", K_BARE, C_ANY),
	E("바삭하다", K_BARE, C_ANY),
	E("쫄깃하다", K_BARE, C_ANY),
	E("느끼하다", K_BARE, C_ANY),
	E("짭짤하다", K_BARE, C_ANY),
	E("밍밍하다", K_BARE, C_ANY),
	E("넉넉하다", K_BARE, C_ANY),
	E("푸짐하다", K_BARE, C_ANY),
	E("적당하다", K_BARE, C_ANY),
	E("무난하다", K_BARE, C_ANY),
	E("평범하다", K_BARE, C_ANY),
	E("특별하다", K_BARE, C_ANY),
	E("익숙하다", K_BARE, C_ANY),
	E("간단하다", K_BARE, C_ANY),
	E("간편하다", K_BARE, C_ANY),
	E("편리하다", K_BARE, C_ANY),
	E("복잡하다", K_BARE, C_ANY),
	E("튼튼하다", K_BARE, C_ANY),
	E("허술하다", K_BARE, C_ANY),
	E("엉성하다", K_BARE, C_ANY),
	E("민망하다", K_BARE, C_ANY),
	E("뿌듯하다", K_BARE, C_ANY),
	E("답답하다", K_BARE, C_ANY),
	E("피곤하다", K_BARE, C_ANY),
	E("심심하다", K_BARE, C_ANY),
	E("궁금하다", K_BARE, C_ANY),
	E("행복하다", K_BARE, C_ANY),
	E("다행하다", K_BARE, C_ANY),
	E("불안하다", K_BARE, C_ANY),
	E("속상하다", K_BARE, C_ANY),
	E("서운하다", K_BARE, C_ANY),
	E("섭섭하다", K_BARE, C_ANY),
	E("이상하다", K_BARE, C_ANY),
	E("대단하다", K_BARE, C_ANY),
	E("똑똑하다", K_BARE, C_ANY),
	E("한가하다", K_BARE, C_ANY),
	E("우울하다", K_BARE, C_ANY),
	E("짜증하다", K_BARE, C_ANY),
	E("솔직하다", K_BARE, C_ANY),
	E("유명하다", K_BARE, C_ANY),
	E("어색하다", K_BARE, C_ANY),
	E("신선하다", K_BARE, C_ANY),
	E("아니다", K_FIN, C_ANY),
	E("만들다", K_WEAK, C_ANY),
	E("얘기다", K_FIN, C_ANY),
	E("난리다", K_FIN, C_ANY),
	E("무리다", K_FIN, C_ANY),
	E("진리다", K_FIN, C_ANY),
	E("논리다", K_FIN, C_ANY),
	E("소리다", K_FIN, C_ANY),
	E("사이다", K_NONE, C_ANY),
	E("캐나다", K_NONE, C_ANY),
	E("베란다", K_NONE, C_ANY),
	E("르완다", K_NONE, C_ANY),
	E("우간다", K_NONE, C_ANY),
	E("아만다", K_NONE, C_ANY),
	E("그러다", K_CONT, C_ANY),
	E("이러다", K_CONT, C_ANY),
	E("저러다", K_CONT, C_ANY),
	E("어쩌다", K_CONT, C_ANY),
	E("바라다", K_CONT, C_ANY),
	E("습니다", K_FIN, C_ANY),
	E("편하다", K_BARE, C_ANY),
	E("착하다", K_BARE, C_ANY),
	E("급하다", K_BARE, C_ANY),
	E("이로다", K_FIN, C_ANY),
	E("지어다", K_FIN, C_ANY),
	E("하리다", K_FIN, C_ANY),
	E("으리다", K_FIN, C_ANY),
	E("주리다", K_FIN, C_ANY),
	E("나이다", K_FIN, C_ANY),
	E("오리다", K_FIN, C_ANY),
	E("하다", K_NONE, C_WORD),
	E("되다", K_NONE, C_WORD),
	E("린다", K_NONE, C_WORD),
	E("니다", K_FIN, C_PREV_B),
	E("시다", K_FIN, C_PREV_B),
	E("수다", K_FIN, C_PREV_SS),
	E("디다", K_FIN, C_PREV_B),
	E("하다", K_WEAK, C_NOTWORD),
	E("고다", K_FIN, C_NOTWORD),
	E("제다", K_FIN, C_NOTWORD),
	E("회다", K_FIN, C_NOTWORD),
	E("구다", K_FIN, C_NOTWORD),
	E("료다", K_FIN, C_NOTWORD),
	E("무다", K_FIN, C_NOTWORD),
	E("미다", K_FIN, C_NOTWORD),
	E("유다", K_FIN, C_NOTWORD),
	E("화다", K_FIN, C_NOTWORD),
	E("계다", K_FIN, C_NOTWORD),
	E("스다", K_FIN, C_NOTWORD),
	E("너다", K_FIN, C_NOTWORD),
	E("트다", K_FIN, C_NOTWORD),
	E("보다", K_CONT, C_NOTWORD),
	E("마다", K_CONT, C_NOTWORD),
	E("먹다", K_WEAK, C_ANY),
	E("갚다", K_WEAK, C_ANY),
	E("열다", K_WEAK, C_ANY),
	E("읽다", K_WEAK, C_ANY),
	E("걷다", K_WEAK, C_ANY),
	E("씻다", K_WEAK, C_ANY),
	E("찍다", K_WEAK, C_ANY),
	E("입다", K_WEAK, C_ANY),
	E("벗다", K_WEAK, C_ANY),
	E("닫다", K_WEAK, C_ANY),
	E("앉다", K_WEAK, C_ANY),
	E("웃다", K_WEAK, C_ANY),
	E("울다", K_WEAK, C_ANY),
	E("받다", K_WEAK, C_ANY),
	E("잡다", K_WEAK, C_ANY),
	E("찾다", K_WEAK, C_ANY),
	E("듣다", K_WEAK, C_ANY),
	E("팔다", K_WEAK, C_ANY),
	E("살다", K_WEAK, C_ANY),
	E("이다", K_FIN, C_ANY),
	E("되다", K_FIN, C_ANY),
	E("르다", K_FIN, C_ANY),
	E("쁘다", K_FIN, C_ANY),
	E("프다", K_FIN, C_ANY),
	E("크다", K_FIN, C_ANY),
	E("쓰다", K_FIN, C_ANY),
	E("싸다", K_FIN, C_ANY),
	E("짜다", K_FIN, C_ANY),
	E("뜨다", K_FIN, C_ANY),
	E("끄다", K_FIN, C_ANY),
	E("거다", K_FIN, C_ANY),
	E("꺼다", K_FIN, C_ANY),
	E("째다", K_FIN, C_ANY),
	E("놀다", K_NONE, C_ANY),
	E("수다", K_NONE, C_ANY),
	E("보다", K_NONE, C_ANY),
	E("마다", K_NONE, C_ANY),
	E("바다", K_NONE, C_ANY),
	E("소다", K_NONE, C_ANY),
	E("둘다", K_NONE, C_ANY),
	E("셋다", K_NONE, C_ANY),
	E("혼다", K_NONE, C_ANY),
	E("져다", K_CONT, C_ANY),
	E("려다", K_CONT, C_ANY),
	E("쳐다", K_CONT, C_ANY),
	E("여다", K_CONT, C_ANY),
	E("갖다", K_CONT, C_ANY),
	E("도다", K_FIN, C_ANY),
	E("끼다", K_FIN, C_ANY),
	E("다", K_FIN, C_PREV_BATCHIM),
	E("다", K_NONE, C_ANY),
	E("콩닥콩닥", K_TAIL, C_WORD),
	E("후다닥", K_TAIL, C_WORD),
	E("달", K_TITLE, C_ANY),
	E("니닷", K_FIN, C_ANY),
	E("이닷", K_FIN, C_ANY),
	E("닷", K_FIN, C_PREV_BATCHIM),
	E("니당", K_FIN, C_ANY),
	E("프당", K_FIN, C_ANY),
	E("쁘당", K_FIN, C_ANY),
	E("크당", K_FIN, C_ANY),
	E("이당", K_FIN, C_ANY),
	E("엽당", K_FIN, C_ANY),
	E("춥당", K_FIN, C_ANY),
	E("덥당", K_FIN, C_ANY),
	E("맵당", K_FIN, C_ANY),
	E("쉽당", K_FIN, C_ANY),
	E("렵당", K_FIN, C_ANY),
	E("겁당", K_FIN, C_ANY),
	E("볍당", K_FIN, C_ANY),
	E("갑당", K_FIN, C_ANY),
	E("맙당", K_FIN, C_ANY),
	E("럽당", K_FIN, C_ANY),
	E("깝당", K_FIN, C_ANY),
	E("는당", K_FIN, C_ANY),
	E("당", K_FIN, C_PREV_VERB),
	E("당", K_NONE, C_ANY),
	E("시간대", K_NONE, C_ANY),
	E("부산대", K_NONE, C_ANY),
	E("무한대", K_NONE, C_ANY),
	E("아열대", K_NONE, C_ANY),
	E("한대", K_BARE, C_NOTWORD),
	E("는대", K_FIN, C_ANY),
	E("간대", K_BARE, C_ANY),
	E("산대", K_BARE, C_ANY),
	E("온대", K_BARE, C_ANY),
	E("준대", K_BARE, C_ANY),
	E("된대", K_BARE, C_ANY),
	E("탄대", K_BARE, C_ANY),
	E("논대", K_BARE, C_ANY),
	E("낸대", K_BARE, C_ANY),
	E("친대", K_BARE, C_ANY),
	E("대", K_FIN, C_PREV_SS),
	E("대", K_FIN, C_PREV_VERB),
	E("대", K_NONE, C_ANY),
	E("댜", K_FIN, C_ANY),
	E("습니더", K_FIN, C_ANY),
	E("니더", K_FIN, C_PREV_B),
	E("심더", K_FIN, C_ANY),
	E("후덜덜", K_TAIL, C_WORD),
	E("덜덜", K_TAIL, C_WORD),
	E("거덩", K_FIN, C_ANY),
	E("근데", K_CONT, C_WORD),
	E("데", K_CONT, C_ANY),
	E("도", K_CONT, C_ANY),
	E("됨", K_FIN, C_ANY),
	E("둠", K_BOUND, C_WORD),
	E("빈둥빈둥", K_TAIL, C_WORD),
	E("레전드", K_BARE, C_WORD),
	E("거든", K_FIN, C_ANY),
	E("든", K_CONT, C_ANY),
	E("부들부들", K_TAIL, C_WORD),
	E("듦", K_FIN, C_ANY),
	E("불현듯", K_NONE, C_ANY),
	E("뿌듯", K_TAIL, C_WORD),
	E("듯", K_BOUND, C_WORD),
	E("듯", K_BARE, C_ANY),
	E("거등", K_FIN, C_ANY),
	E("라디", K_FIN, C_ANY),
	E("다디", K_FIN, C_ANY),
	E("디", K_FIN, C_PREV_SS),
	E("뚝딱", K_TAIL, C_WORD),
	E("어때", K_FIN, C_ANY),
	E("헐레벌떡", K_TAIL, C_WORD),
	E("또", K_CONT, C_WORD),
	E("구먼이라", K_FIN, C_ANY),
	E("구만이라", K_FIN, C_ANY),
	E("보아라", K_FIN, C_ANY),
	E("가거라", K_FIN, C_ANY),
	E("하거라", K_FIN, C_ANY),
	E("있거라", K_FIN, C_ANY),
	E("오거라", K_FIN, C_ANY),
	E("자거라", K_FIN, C_ANY),
	E("먹거라", K_FIN, C_ANY),
	E("는기라", K_FIN, C_ANY),
	E("은기라", K_FIN, C_ANY),
	E("런기라", K_FIN, C_ANY),
	E("한기라", K_FIN, C_ANY),
	E("된기라", K_FIN, C_ANY),
	E("간기라", K_FIN, C_ANY),
	E("온기라", K_FIN, C_ANY),
	E("할기라", K_FIN, C_ANY),
	E("갈기라", K_FIN, C_ANY),
	E("을기라", K_FIN, C_ANY),
	E("올기라", K_FIN, C_ANY),
	E("될기라", K_FIN, C_ANY),
	E("하지라", K_FIN, C_ANY),
	E("되지라", K_FIN, C_ANY),
	E("겄지라", K_FIN, C_ANY),
	E("아니라", K_CONT, C_ANY),
	E("와라", K_FIN, C_WORD),
	E("가라", K_FIN, C_WORD),
	E("무라", K_FIN, C_WORD),
	E("아라", K_FIN, C_PREV_BATCHIM),
	E("지라", K_FIN, C_PREV_VERB),
	E("노라", K_FIN, C_NOTWORD),
	E("니라", K_FIN, C_NOTWORD),
	E("더라", K_FIN, C_ANY),
	E("이라", K_CONT, C_ANY),
	E("따라", K_CONT, C_ANY),
	E("거라", K_CONT, C_ANY),
	E("하라", K_WEAK, C_ANY),
	E("해라", K_FIN, C_ANY),
	E("어라", K_FIN, C_ANY),
	E("너라", K_FIN, C_ANY),
	E("마라", K_FIN, C_ANY),
	E("봐라", K_FIN, C_ANY),
	E("줘라", K_FIN, C_ANY),
	E("려라", K_FIN, C_ANY),
	E("빨라", K_BARE, C_ANY),
	E("골라", K_BARE, C_ANY),
	E("잘라", K_BARE, C_ANY),
	E("끼라", K_FIN, C_ANY),
	E("게라", K_FIN, C_ANY),
	E("돼라", K_FIN, C_ANY),
	E("여라", K_FIN, C_ANY),
	E("라", K_NONE, C_ANY),
	E("랑", K_CONT, C_ANY),
	E("어오래", K_FIN, C_ANY),
	E("아오래", K_FIN, C_ANY),
	E("나오래", K_FIN, C_ANY),
	E("년이래", K_NONE, C_ANY),
	E("거래", K_BARE, C_WORD),
	E("뭐래", K_BARE, C_WORD),
	E("머래", K_BARE, C_WORD),
	E("이래", K_BARE, C_PREV_BATCHIM),
	E("기래", K_BARE, C_NOTWORD),
	E("사래", K_BARE, C_NOTWORD),
	E("로래", K_BARE, C_NOTWORD),
	E("제래", K_BARE, C_NOTWORD),
	E("회래", K_BARE, C_NOTWORD),
	E("구래", K_BARE, C_NOTWORD),
	E("료래", K_BARE, C_NOTWORD),
	E("화래", K_BARE, C_NOTWORD),
	E("계래", K_BARE, C_NOTWORD),
	E("자래", K_BARE, C_NOTWORD),
	E("길래", K_CONT, C_ANY),
	E("몰래", K_NONE, C_ANY),
	E("빨래", K_NONE, C_ANY),
	E("달래", K_NONE, C_ANY),
	E("그래", K_BARE, C_ANY),
	E("으래", K_FIN, C_ANY),
	E("하래", K_FIN, C_ANY),
	E("보래", K_FIN, C_ANY),
	E("주래", K_FIN, C_ANY),
	E("래", K_FIN, C_PREV_L),
	E("래", K_NONE, C_ANY),
	E("부랴부랴", K_TAIL, C_WORD),
	E("그랴", K_FIN, C_WORD),
	E("쩌랴", K_FIN, C_ANY),
	E("짜랴", K_FIN, C_ANY),
	E("랴", K_BARE, C_PREV_L),
	E("일부러", K_NONE, C_ANY),
	E("부러", K_FIN, C_NOTWORD),
	E("브러", K_FIN, C_NOTWORD),
	E("불러", K_BARE, C_ANY),
	E("흘러", K_BARE, C_ANY),
	E("러", K_CONT, C_ANY),
	E("그럼", K_CONT, C_WORD),
	E("처럼", K_CONT, C_ANY),
	E("드르렁", K_TAIL, C_WORD),
	E("고구려", K_NONE, C_ANY),
	E("구려", K_FIN, C_ANY),
	E("려", K_CONT, C_ANY),
	E("폐렴", K_NONE, C_ANY),
	E("청렴", K_NONE, C_ANY),
	E("수렴", K_NONE, C_ANY),
	E("렴", K_FIN, C_NOTWORD),
	E("로", K_CONT, C_ANY),
	E("기록", K_TITLE, C_WORD),
	E("도록", K_CONT, C_ANY),
	E("수록", K_CONT, C_ANY),
	E("물론", K_CONT, C_WORD),
	E("지롱", K_FIN, C_ANY),
	E("완료", K_TITLE, C_WORD),
	E("구료", K_FIN, C_ANY),
	E("후루룩", K_TAIL, C_WORD),
	E("와르르", K_TAIL, C_WORD),
	E("꼬르륵", K_TAIL, C_WORD),
	E("주르륵", K_TAIL, C_WORD),
	E("를", K_CONT, C_ANY),
	E("빠름", K_FIN, C_ANY),
	E("모름", K_FIN, C_ANY),
	E("츄릅", K_TAIL, C_WORD),
	E("정리", K_TITLE, C_WORD),
	E("휘리릭", K_TAIL, C_WORD),
	E("온대림", K_NONE, C_ANY),
	E("버림", K_BOUND, C_WORD),
	E("드림", K_BOUND, C_WORD),
	E("살림", K_NONE, C_ANY),
	E("알림", K_NONE, C_ANY),
	E("울림", K_NONE, C_ANY),
	E("느림", K_FIN, C_ANY),
	E("흐림", K_FIN, C_ANY),
	E("림", K_BARE, C_PREV_LI),
	E("아마", K_CONT, C_WORD),
	E("마", K_FIN, C_WORD),
	E("막", K_CONT, C_WORD),
	E("하지만", K_CONT, C_WORD),
	E("는구만", K_FIN, C_ANY),
	E("고만", K_FIN, C_PREV_SS),
	E("구만", K_FIN, C_PREV_VERB),
	E("구만", K_CONT, C_ANY),
	E("만", K_CONT, C_ANY),
	E("정말", K_CONT, C_WORD),
	E("존맛", K_BARE, C_WORD),
	E("구먼", K_FIN, C_ANY),
	E("며", K_CONT, C_ANY),
	E("왜냐하면", K_CONT, C_WORD),
	E("라면", K_NONE, C_WORD),
	E("면", K_NONE, C_PREV_NOTL),
	E("면", K_CONT, C_ANY),
	E("너무", K_CONT, C_WORD),
	E("뭐", K_CONT, C_WORD),
	E("및", K_CONT, C_WORD),
	E("꾸벅꾸벅", K_TAIL, C_WORD),
	E("가벼", K_FIN, C_ANY),
	E("나벼", K_FIN, C_ANY),
	E("해봄", K_FIN, C_ANY),
	E("어봄", K_FIN, C_ANY),
	E("아봄", K_FIN, C_ANY),
	E("가봄", K_FIN, C_ANY),
	E("와봄", K_FIN, C_ANY),
	E("까봐", K_NONE, C_ANY),
	E("봐", K_FIN, C_ANY),
	E("리뷰", K_TITLE, C_WORD),
	E("바빠", K_BARE, C_ANY),
	E("나빠", K_BARE, C_ANY),
	E("예뻐", K_BARE, C_ANY),
	E("이뻐", K_BARE, C_ANY),
	E("기뻐", K_BARE, C_ANY),
	E("기쁨", K_NONE, C_ANY),
	E("쁨", K_BARE, C_ANY),
	E("하삼", K_FIN, C_ANY),
	E("주삼", K_FIN, C_ANY),
	E("보삼", K_FIN, C_ANY),
	E("으삼", K_FIN, C_ANY),
	E("삼", K_FIN, C_PREV_SS),
	E("삼", K_NONE, C_ANY),
	E("따라서", K_CONT, C_WORD),
	E("까봐서", K_NONE, C_ANY),
	E("소서", K_FIN, C_ANY),
	E("께서", K_CONT, C_ANY),
	E("서", K_CONT, C_ANY),
	E("하세", K_FIN, C_ANY),
	E("보세", K_FIN, C_ANY),
	E("가세", K_FIN, C_ANY),
	E("먹세", K_FIN, C_ANY),
	E("드세", K_FIN, C_ANY),
	E("일세", K_FIN, C_ANY),
	E("걸세", K_FIN, C_ANY),
	E("나눗셈", K_NONE, C_ANY),
	E("덧셈", K_NONE, C_ANY),
	E("뺄셈", K_NONE, C_ANY),
	E("곱셈", K_NONE, C_ANY),
	E("셈", K_FIN, C_NOTWORD),
	E("주이소", K_FIN, C_ANY),
	E("하이소", K_FIN, C_ANY),
	E("보이소", K_FIN, C_ANY),
	E("오이소", K_FIN, C_ANY),
	E("가이소", K_FIN, C_ANY),
	E("그렇소", K_FIN, C_ANY),
	E("했소", K_FIN, C_ANY),
	E("겠소", K_FIN, C_ANY),
	E("겄소", K_FIN, C_ANY),
	E("았소", K_FIN, C_ANY),
	E("었소", K_FIN, C_ANY),
	E("였소", K_FIN, C_ANY),
	E("좋소", K_FIN, C_ANY),
	E("있소", K_FIN, C_ANY),
	E("없소", K_FIN, C_ANY),
	E("같소", K_FIN, C_ANY),
	E("맞소", K_FIN, C_ANY),
	E("가소", K_FIN, C_ANY),
	E("오소", K_FIN, C_ANY),
	E("보소", K_FIN, C_ANY),
	E("하소", K_FIN, C_ANY),
	E("소", K_FIN, C_PREV_VERB),
	E("소", K_NONE, C_ANY),
	E("합쇼", K_FIN, C_ANY),
	E("으쇼", K_FIN, C_ANY),
	E("보쇼", K_FIN, C_ANY),
	E("가쇼", K_FIN, C_ANY),
	E("하쇼", K_FIN, C_ANY),
	E("오쇼", K_FIN, C_ANY),
	E("주쇼", K_FIN, C_ANY),
	E("허쇼", K_FIN, C_ANY),
	E("수", K_FIN, C_PREV_SS),
	E("가슈", K_FIN, C_ANY),
	E("하슈", K_FIN, C_ANY),
	E("오슈", K_FIN, C_ANY),
	E("보슈", K_FIN, C_ANY),
	E("주슈", K_FIN, C_ANY),
	E("러슈", K_FIN, C_ANY),
	E("겄슈", K_FIN, C_ANY),
	E("겠슈", K_FIN, C_ANY),
	E("었슈", K_FIN, C_ANY),
	E("았슈", K_FIN, C_ANY),
	E("였슈", K_FIN, C_ANY),
	E("했슈", K_FIN, C_ANY),
	E("있슈", K_FIN, C_ANY),
	E("없슈", K_FIN, C_ANY),
	E("좋슈", K_FIN, C_ANY),
	E("슈", K_FIN, C_PREV_VERB),
	E("슈", K_NONE, C_ANY),
	E("슴", K_FIN, C_PREV_VERB),
	E("슴", K_NONE, C_ANY),
	E("소식", K_TITLE, C_WORD),
	E("사실", K_CONT, C_WORD),
	E("주심", K_BOUND, C_WORD),
	E("하심", K_FIN, C_ANY),
	E("드심", K_FIN, C_ANY),
	E("으심", K_FIN, C_ANY),
	E("아싸", K_TAIL, C_WORD),
	E("앗싸", K_TAIL, C_WORD),
	E("비쌈", K_FIN, C_ANY),
	E("쌩쌩", K_TAIL, C_WORD),
	E("털썩", K_TAIL, C_WORD),
	E("글쎄", K_CONT, C_WORD),
	E("말씀", K_NONE, C_ANY),
	E("씀", K_FIN, C_ANY),
	E("솜씨", K_NONE, C_ANY),
	E("미숙아", K_NONE, C_ANY),
	E("조숙아", K_NONE, C_ANY),
	E("하아", K_CONT, C_WORD),
	E("잖아", K_FIN, C_ANY),
	E("육아", K_NONE, C_ANY),
	E("탁아", K_NONE, C_ANY),
	E("살아", K_BARE, C_ANY),
	E("놀아", K_BARE, C_ANY),
	E("알아", K_BARE, C_ANY),
	E("팔아", K_BARE, C_ANY),
	E("아", K_CONT, C_WORD),
	E("아", K_WEAK, C_ANY),
	E("최악", K_BARE, C_WORD),
	E("으악", K_TAIL, C_WORD),
	E("꺄악", K_TAIL, C_WORD),
	E("하암", K_TAIL, C_WORD),
	E("누구야", K_FIN, C_ANY),
	E("언제야", K_FIN, C_ANY),
	E("얼마야", K_FIN, C_ANY),
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
	E("디야", K_FIN, C_ANY),
	E("야", K_NONE, C_ANY),
	E("드디어", K_CONT, C_WORD),
	E("오징어", K_NONE, C_ANY),
	E("고등어", K_NONE, C_ANY),
	E("목적어", K_NONE, C_ANY),
	E("관형어", K_NONE, C_ANY),
	E("부사어", K_NONE, C_ANY),
	E("독립어", K_NONE, C_ANY),
	E("서술어", K_NONE, C_ANY),
	E("잖어", K_FIN, C_ANY),
	E("있어", K_WEAK, C_ANY),
	E("없어", K_WEAK, C_ANY),
	E("복어", K_NONE, C_ANY),
	E("들어", K_BARE, C_ANY),
	E("멀어", K_BARE, C_ANY),
	E("길어", K_BARE, C_ANY),
	E("울어", K_BARE, C_ANY),
	E("열어", K_BARE, C_ANY),
	E("국어", K_NONE, C_ANY),
	E("속어", K_NONE, C_ANY),
	E("숙어", K_NONE, C_ANY),
	E("약어", K_NONE, C_ANY),
	E("독어", K_NONE, C_ANY),
	E("목어", K_NONE, C_ANY),
	E("적어", K_NONE, C_ANY),
	E("광어", K_NONE, C_ANY),
	E("연어", K_NONE, C_ANY),
	E("단어", K_NONE, C_ANY),
	E("언어", K_NONE, C_ANY),
	E("문어", K_NONE, C_ANY),
	E("상어", K_NONE, C_ANY),
	E("영어", K_NONE, C_ANY),
	E("용어", K_NONE, C_ANY),
	E("붕어", K_NONE, C_ANY),
	E("숭어", K_NONE, C_ANY),
	E("잉어", K_NONE, C_ANY),
	E("객어", K_NONE, C_ANY),
	E("술어", K_NONE, C_ANY),
	E("주어", K_NONE, C_ANY),
	E("보어", K_NONE, C_ANY),
	E("어", K_CONT, C_WORD),
	E("어", K_FIN, C_PREV_SS),
	E("어", K_WEAK, C_ANY),
	E("엉엉", K_TAIL, C_WORD),
	E("있엉", K_FIN, C_ANY),
	E("없엉", K_FIN, C_ANY),
	E("엉", K_FIN, C_PREV_SS),
	E("에", K_CONT, C_ANY),
	E("누구여", K_FIN, C_ANY),
	E("어여", K_CONT, C_WORD),
	E("나여", K_FIN, C_WORD),
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
	E("어여", K_FIN, C_ANY),
	E("아여", K_FIN, C_ANY),
	E("하여", K_CONT, C_ANY),
	E("대여", K_NONE, C_ANY),
	E("도여", K_NONE, C_ANY),
	E("잖여", K_FIN, C_ANY),
	E("이여", K_FIN, C_ANY),
	E("거여", K_FIN, C_ANY),
	E("뭐여", K_FIN, C_ANY),
	E("여", K_NONE, C_ANY),
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
	E("어염", K_FIN, C_ANY),
	E("아염", K_FIN, C_ANY),
	E("염", K_NONE, C_ANY),
	E("오예", K_TAIL, C_WORD),
	E("아예", K_FIN, C_NOTWORD),
	E("어예", K_FIN, C_ANY),
	E("해예", K_FIN, C_ANY),
	E("래예", K_FIN, C_ANY),
	E("세예", K_FIN, C_ANY),
	E("데예", K_FIN, C_ANY),
	E("나예", K_FIN, C_ANY),
	E("네예", K_FIN, C_ANY),
	E("라예", K_FIN, C_ANY),
	E("께예", K_FIN, C_ANY),
	E("까예", K_FIN, C_ANY),
	E("이예", K_FIN, C_ANY),
	E("예", K_NONE, C_ANY),
	E("하시오", K_FIN, C_ANY),
	E("주시오", K_FIN, C_ANY),
	E("보시오", K_FIN, C_ANY),
	E("마시오", K_FIN, C_ANY),
	E("가시오", K_FIN, C_ANY),
	E("오시오", K_FIN, C_ANY),
	E("십시오", K_FIN, C_ANY),
	E("으시오", K_FIN, C_ANY),
	E("하오", K_FIN, C_ANY),
	E("오", K_NONE, C_ANY),
	E("나옴", K_FIN, C_ANY),
	E("녀옴", K_FIN, C_ANY),
	E("아옴", K_FIN, C_ANY),
	E("어옴", K_FIN, C_ANY),
	E("옴", K_BOUND, C_WORD),
	E("와", K_NONE, C_WORD),
	E("와", K_CONT, C_ANY),
	E("대중가요", K_NONE, C_ANY),
	E("이봐요", K_NONE, C_ANY),
	E("불필요", K_NONE, C_ANY),
	E("노동요", K_NONE, C_ANY),
	E("가래요", K_FIN, C_ANY),
	E("필요", K_NONE, C_ANY),
	E("중요", K_NONE, C_ANY),
	E("주요", K_NONE, C_ANY),
	E("수요", K_NONE, C_ANY),
	E("월요", K_NONE, C_ANY),
	E("화요", K_NONE, C_ANY),
	E("목요", K_NONE, C_ANY),
	E("금요", K_NONE, C_ANY),
	E("토요", K_NONE, C_ANY),
	E("일요", K_NONE, C_ANY),
	E("개요", K_NONE, C_ANY),
	E("강요", K_NONE, C_ANY),
	E("소요", K_NONE, C_ANY),
	E("동요", K_NONE, C_ANY),
	E("요요", K_NONE, C_ANY),
	E("긴요", K_NONE, C_ANY),
	E("민요", K_NONE, C_ANY),
	E("속요", K_NONE, C_ANY),
	E("허요", K_FIN, C_ANY),
	E("요", K_NONE, C_WORD),
	E("요", K_FIN, C_ANY),
	E("어욤", K_FIN, C_ANY),
	E("해욤", K_FIN, C_ANY),
	E("네욤", K_FIN, C_ANY),
	E("세욤", K_FIN, C_ANY),
	E("지욤", K_FIN, C_ANY),
	E("에욤", K_FIN, C_ANY),
	E("지용", K_FIN, C_PREV_SS),
	E("어용", K_FIN, C_PREV_VERB),
	E("아용", K_FIN, C_PREV_VERB),
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
	E("지라우", K_FIN, C_ANY),
	E("어라우", K_FIN, C_ANY),
	E("아라우", K_FIN, C_ANY),
	E("휴우", K_TAIL, C_WORD),
	E("아우", K_CONT, C_WORD),
	E("아까움", K_FIN, C_ANY),
	E("무서움", K_FIN, C_ANY),
	E("귀여움", K_FIN, C_ANY),
	E("싱거움", K_FIN, C_ANY),
	E("무거움", K_FIN, C_ANY),
	E("가벼움", K_FIN, C_ANY),
	E("뜨거움", K_FIN, C_ANY),
	E("차가움", K_FIN, C_ANY),
	E("아쉬움", K_FIN, C_ANY),
	E("매움", K_FIN, C_ANY),
	E("추움", K_FIN, C_ANY),
	E("더움", K_FIN, C_ANY),
	E("쉬움", K_FIN, C_ANY),
	E("워", K_WEAK, C_ANY),
	E("어유", K_CONT, C_WORD),
	E("아유", K_CONT, C_WORD),
	E("시유", K_FIN, C_PREV_SS),
	E("아유", K_FIN, C_NOTWORD),
	E("어유", K_FIN, C_ANY),
	E("해유", K_FIN, C_ANY),
	E("래유", K_FIN, C_ANY),
	E("세유", K_FIN, C_ANY),
	E("지유", K_FIN, C_ANY),
	E("네유", K_FIN, C_ANY),
	E("게유", K_FIN, C_ANY),
	E("까유", K_FIN, C_ANY),
	E("잖유", K_FIN, C_ANY),
	E("가유", K_FIN, C_ANY),
	E("와유", K_FIN, C_ANY),
	E("봐유", K_FIN, C_ANY),
	E("줘유", K_FIN, C_ANY),
	E("셔유", K_FIN, C_ANY),
	E("려유", K_FIN, C_ANY),
	E("혀유", K_FIN, C_ANY),
	E("돼유", K_FIN, C_ANY),
	E("대유", K_FIN, C_ANY),
	E("데유", K_FIN, C_ANY),
	E("먼유", K_FIN, C_ANY),
	E("녀유", K_FIN, C_ANY),
	E("워유", K_FIN, C_ANY),
	E("러유", K_FIN, C_ANY),
	E("쳐유", K_FIN, C_ANY),
	E("켜유", K_FIN, C_ANY),
	E("펴유", K_FIN, C_ANY),
	E("겨유", K_FIN, C_ANY),
	E("벼유", K_FIN, C_ANY),
	E("유", K_FIN, C_PREV_VERB),
	E("유", K_NONE, C_ANY),
	E("혹은", K_CONT, C_WORD),
	E("은", K_CONT, C_ANY),
	E("을", K_CONT, C_ANY),
	E("흐음", K_CONT, C_WORD),
	E("으음", K_CONT, C_WORD),
	E("먹음", K_FIN, C_ANY),
	E("작음", K_FIN, C_ANY),
	E("적음", K_FIN, C_ANY),
	E("음", K_CONT, C_WORD),
	E("음", K_FIN, C_PREV_M),
	E("음", K_FIN, C_PREV_VERB),
	E("음", K_NONE, C_ANY),
	E("의", K_CONT, C_ANY),
	E("니데이", K_FIN, C_ANY),
	E("한데이", K_FIN, C_ANY),
	E("간데이", K_FIN, C_ANY),
	E("는데이", K_FIN, C_ANY),
	E("온데이", K_FIN, C_ANY),
	E("된데이", K_FIN, C_ANY),
	E("다카이", K_FIN, C_ANY),
	E("카이", K_FIN, C_WORD),
	E("에이", K_CONT, C_WORD),
	E("데이", K_FIN, C_PREV_SS),
	E("데이", K_FIN, C_PREV_B),
	E("데이", K_NONE, C_ANY),
	E("래이", K_FIN, C_ANY),
	E("듯이", K_CONT, C_ANY),
	E("이", K_CONT, C_ANY),
	E("일", K_TITLE, C_ANY),
	E("프레임", K_NONE, C_ANY),
	E("슬라임", K_NONE, C_ANY),
	E("크라임", K_NONE, C_ANY),
	E("움직임", K_NONE, C_ANY),
	E("이상임", K_FIN, C_ANY),
	E("이하임", K_FIN, C_ANY),
	E("프라임", K_NONE, C_ANY),
	E("클라임", K_NONE, C_ANY),
	E("라임", K_NONE, C_WORD),
	E("피임", K_NONE, C_ANY),
	E("퇴임", K_NONE, C_ANY),
	E("초임", K_NONE, C_ANY),
	E("겸임", K_NONE, C_ANY),
	E("상임", K_NONE, C_ANY),
	E("특임", K_NONE, C_ANY),
	E("적임", K_NONE, C_ANY),
	E("중임", K_NONE, C_ANY),
	E("귀임", K_NONE, C_ANY),
	E("회임", K_NONE, C_ANY),
	E("노임", K_NONE, C_ANY),
	E("운임", K_NONE, C_ANY),
	E("네임", K_NONE, C_ANY),
	E("다임", K_NONE, C_ANY),
	E("하임", K_NONE, C_ANY),
	E("레임", K_NONE, C_ANY),
	E("절임", K_NONE, C_ANY),
	E("배임", K_NONE, C_ANY),
	E("현임", K_NONE, C_ANY),
	E("조임", K_NONE, C_ANY),
	E("끼임", K_NONE, C_ANY),
	E("순임", K_NONE, C_ANY),
	E("정임", K_NONE, C_ANY),
	E("영임", K_NONE, C_ANY),
	E("지임", K_NONE, C_ANY),
	E("옥임", K_NONE, C_ANY),
	E("분임", K_NONE, C_ANY),
	E("숙임", K_NONE, C_ANY),
	E("명임", K_NONE, C_ANY),
	E("희임", K_NONE, C_ANY),
	E("금임", K_NONE, C_ANY),
	E("덕임", K_NONE, C_ANY),
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
	E("임", K_NONE, C_WORD),
	E("임", K_FIN, C_ANY),
	E("이다잉", K_FIN, C_ANY),
	E("어라잉", K_FIN, C_ANY),
	E("아라잉", K_FIN, C_ANY),
	E("해라잉", K_FIN, C_ANY),
	E("거라잉", K_FIN, C_ANY),
	E("드로잉", K_NONE, C_ANY),
	E("까잉", K_FIN, C_PREV_L),
	E("다잉", K_FIN, C_PREV_BATCHIM),
	E("지잉", K_FIN, C_PREV_VERB),
	E("네잉", K_FIN, C_ANY),
	E("자잉", K_FIN, C_ANY),
	E("쇼잉", K_FIN, C_ANY),
	E("게잉", K_FIN, C_ANY),
	E("제잉", K_FIN, C_ANY),
	E("요잉", K_FIN, C_ANY),
	E("어잉", K_FIN, C_ANY),
	E("께잉", K_FIN, C_ANY),
	E("야잉", K_FIN, C_ANY),
	E("보잉", K_NONE, C_ANY),
	E("후보자", K_NONE, C_ANY),
	E("초보자", K_NONE, C_ANY),
	E("만나자", K_FIN, C_ANY),
	E("치자", K_FIN, C_WORD),
	E("자자", K_FIN, C_WORD),
	E("혜자", K_BARE, C_WORD),
	E("가자", K_WEAK, C_ANY),
	E("보자", K_FIN, C_ANY),
	E("먹자", K_FIN, C_ANY),
	E("놀자", K_FIN, C_ANY),
	E("살자", K_FIN, C_ANY),
	E("말자", K_FIN, C_ANY),
	E("쉬자", K_FIN, C_ANY),
	E("하자", K_WEAK, C_ANY),
	E("되자", K_WEAK, C_ANY),
	E("자", K_NONE, C_ANY),
	E("짜잔", K_TAIL, C_WORD),
	E("만나재", K_FIN, C_ANY),
	E("마시재", K_FIN, C_ANY),
	E("시키재", K_FIN, C_ANY),
	E("먹재", K_FIN, C_ANY),
	E("하재", K_FIN, C_ANY),
	E("보재", K_FIN, C_ANY),
	E("놀재", K_FIN, C_ANY),
	E("쉬재", K_FIN, C_ANY),
	E("오재", K_FIN, C_ANY),
	E("살재", K_FIN, C_ANY),
	E("재", K_FIN, C_PREV_SS),
	E("꿀잼", K_BARE, C_WORD),
	E("노잼", K_BARE, C_WORD),
	E("쟈", K_FIN, C_NOTWORD),
	E("저", K_CONT, C_WORD),
	E("예정", K_BOUND, C_WORD),
	E("인정", K_BARE, C_WORD),
	E("어야제", K_FIN, C_ANY),
	E("아야제", K_FIN, C_ANY),
	E("그렇제", K_FIN, C_ANY),
	E("렇제", K_FIN, C_ANY),
	E("맞제", K_FIN, C_ANY),
	E("허제", K_FIN, C_ANY),
	E("프제", K_FIN, C_ANY),
	E("깝제", K_FIN, C_ANY),
	E("라제", K_FIN, C_ANY),
	E("하제", K_FIN, C_ANY),
	E("겠제", K_FIN, C_ANY),
	E("겄제", K_FIN, C_ANY),
	E("되제", K_FIN, C_ANY),
	E("알제", K_FIN, C_ANY),
	E("있제", K_FIN, C_ANY),
	E("없제", K_FIN, C_ANY),
	E("좋제", K_FIN, C_ANY),
	E("먹제", K_FIN, C_ANY),
	E("묵제", K_FIN, C_ANY),
	E("봤제", K_FIN, C_ANY),
	E("했제", K_FIN, C_ANY),
	E("제", K_FIN, C_PREV_VERB),
	E("제", K_NONE, C_ANY),
	E("져", K_FIN, C_PREV_SS),
	E("져", K_WEAK, C_ANY),
	E("좀", K_CONT, C_WORD),
	E("죠", K_FIN, C_ANY),
	E("죵", K_FIN, C_ANY),
	E("주", K_TITLE, C_ANY),
	E("줌", K_BOUND, C_WORD),
	E("중", K_BOUND, C_WORD),
	E("줘", K_FIN, C_ANY),
	E("쥐", K_FIN, C_PREV_SS),
	E("쥬", K_FIN, C_ANY),
	E("즉", K_CONT, C_WORD),
	E("어떡하지", K_FIN, C_ANY),
	E("일지", K_TITLE, C_WORD),
	E("다지", K_FIN, C_PREV_SS),
	E("야지", K_BARE, C_ANY),
	E("까지", K_CONT, C_ANY),
	E("가지", K_NONE, C_ANY),
	E("겠지", K_FIN, C_ANY),
	E("렇지", K_FIN, C_ANY),
	E("이지", K_WEAK, C_ANY),
	E("거지", K_WEAK, C_ANY),
	E("하지", K_BARE, C_ANY),
	E("되지", K_BARE, C_ANY),
	E("쁘지", K_BARE, C_ANY),
	E("프지", K_BARE, C_ANY),
	E("지", K_FIN, C_PREV_VERB),
	E("지", K_NONE, C_ANY),
	E("어짐", K_FIN, C_ANY),
	E("워짐", K_FIN, C_ANY),
	E("쳐짐", K_FIN, C_ANY),
	E("져짐", K_FIN, C_ANY),
	E("해짐", K_FIN, C_ANY),
	E("야징", K_FIN, C_ANY),
	E("렇징", K_FIN, C_ANY),
	E("징", K_FIN, C_PREV_SS),
	E("징", K_NONE, C_ANY),
	E("진짜", K_CONT, C_WORD),
	E("짝짝짝", K_TAIL, C_WORD),
	E("폴짝", K_TAIL, C_WORD),
	E("쩌", K_FIN, C_PREV_SS),
	E("훌쩍훌쩍", K_TAIL, C_WORD),
	E("쩝쩝", K_TAIL, C_WORD),
	E("쪄", K_FIN, C_PREV_SS),
	E("주차", K_TITLE, C_ANY),
	E("일차", K_TITLE, C_ANY),
	E("차", K_TITLE, C_WORD),
	E("도착", K_TITLE, C_WORD),
	E("깡총깡총", K_TAIL, C_WORD),
	E("강추", K_BARE, C_WORD),
	E("비추", K_BARE, C_WORD),
	E("커", K_BARE, C_WORD),
	E("벌컥벌컥", K_TAIL, C_WORD),
	E("쿵쾅", K_TAIL, C_WORD),
	E("쿨쿨", K_TAIL, C_WORD),
	E("만큼", K_NONE, C_ANY),
	E("큼", K_BARE, C_ANY),
	E("탄", K_TITLE, C_ANY),
	E("부터", K_CONT, C_ANY),
	E("한테", K_CONT, C_ANY),
	E("텨", K_FIN, C_WORD),
	E("꿀팁", K_BARE, C_WORD),
	E("화이팅", K_TAIL, C_WORD),
	E("파이팅", K_TAIL, C_WORD),
	E("아파", K_BARE, C_ANY),
	E("고파", K_BARE, C_ANY),
	E("슬퍼", K_BARE, C_ANY),
	E("편", K_BOUND, C_WORD),
	E("총평", K_TITLE, C_WORD),
	E("슬픔", K_NONE, C_ANY),
	E("픔", K_BARE, C_ANY),
	E("또한", K_CONT, C_WORD),
	E("불편함", K_FIN, C_ANY),
	E("깔끔함", K_FIN, C_ANY),
	E("꼼꼼함", K_FIN, C_ANY),
	E("친절함", K_FIN, C_ANY),
	E("가능함", K_FIN, C_ANY),
	E("만족함", K_FIN, C_ANY),
	E("부족함", K_FIN, C_ANY),
	E("충분함", K_FIN, C_ANY),
	E("애매함", K_FIN, C_ANY),
	E("얼얼함", K_FIN, C_ANY),
	E("달달함", K_FIN, C_ANY),
	E("비슷함", K_FIN, C_ANY),
	E("추천함", K_FIN, C_ANY),
	E("강추함", K_FIN, C_ANY),
	E("비추함", K_FIN, C_ANY),
	E("실망함", K_FIN, C_ANY),
	E("후회함", K_FIN, C_ANY),
	E("감동함", K_FIN, C_ANY),
	E("인정함", K_FIN, C_ANY),
	E("완벽함", K_FIN, C_ANY),
	E("저렴함", K_FIN, C_ANY),
	E("든든함", K_FIN, C_ANY),
	E("신기함", K_FIN, C_ANY),
	E("허전함", K_FIN, C_ANY),
	E("훌륭함", K_FIN, C_ANY),
	E("깨끗함", K_FIN, C_ANY),
	E("조용함", K_FIN, C_ANY),
	E("따뜻함", K_FIN, C_ANY),
	E("시원함", K_FIN, C_ANY),
	E("상큼함", K_FIN, C_ANY),
	E("고소함", K_FIN, C_ANY),
	E("담백함", K_FIN, C_ANY),
	E("촉촉함", K_FIN, C_ANY),
	E("바삭함", K_FIN, C_ANY),
	E("쫄깃함", K_FIN, C_ANY),
	E("느끼함", K_FIN, C_ANY),
	E("짭짤함", K_FIN, C_ANY),
	E("밍밍함", K_FIN, C_ANY),
	E("넉넉함", K_FIN, C_ANY),
	E("푸짐함", K_FIN, C_ANY),
	E("적당함", K_FIN, C_ANY),
	E("무난함", K_FIN, C_ANY),
	E("평범함", K_FIN, C_ANY),
	E("특별함", K_FIN, C_ANY),
	E("익숙함", K_FIN, C_ANY),
	E("필요함", K_FIN, C_ANY),
	E("중요함", K_FIN, C_ANY),
	E("확실함", K_FIN, C_ANY),
	E("정확함", K_FIN, C_ANY),
	E("간단함", K_FIN, C_ANY),
	E("간편함", K_FIN, C_ANY),
	E("편리함", K_FIN, C_ANY),
	E("복잡함", K_FIN, C_ANY),
	E("튼튼함", K_FIN, C_ANY),
	E("탄탄함", K_FIN, C_ANY),
	E("허술함", K_FIN, C_ANY),
	E("엉성함", K_FIN, C_ANY),
	E("미흡함", K_FIN, C_ANY),
	E("양호함", K_FIN, C_ANY),
	E("우수함", K_FIN, C_ANY),
	E("구매함", K_FIN, C_ANY),
	E("주문함", K_FIN, C_ANY),
	E("도착함", K_FIN, C_ANY),
	E("사용함", K_FIN, C_ANY),
	E("선택함", K_FIN, C_ANY),
	E("결정함", K_FIN, C_ANY),
	E("포기함", K_FIN, C_ANY),
	E("예약함", K_FIN, C_ANY),
	E("참고함", K_FIN, C_ANY),
	E("조심함", K_FIN, C_ANY),
	E("주의함", K_FIN, C_ANY),
	E("필수함", K_FIN, C_ANY),
	E("당황함", K_FIN, C_ANY),
	E("민망함", K_FIN, C_ANY),
	E("뿌듯함", K_FIN, C_ANY),
	E("답답함", K_FIN, C_ANY),
	E("피곤함", K_FIN, C_ANY),
	E("심심함", K_FIN, C_ANY),
	E("귀찮함", K_FIN, C_ANY),
	E("궁금함", K_FIN, C_ANY),
	E("행복함", K_FIN, C_ANY),
	E("감사함", K_FIN, C_ANY),
	E("죄송함", K_FIN, C_ANY),
	E("미안함", K_FIN, C_ANY),
	E("다행함", K_FIN, C_ANY),
	E("불안함", K_FIN, C_ANY),
	E("속상함", K_FIN, C_ANY),
	E("서운함", K_FIN, C_ANY),
	E("섭섭함", K_FIN, C_ANY),
	E("우편함", K_NONE, C_ANY),
	E("사물함", K_NONE, C_ANY),
	E("수납함", K_NONE, C_ANY),
	E("투표함", K_NONE, C_ANY),
	E("잠수함", K_NONE, C_ANY),
	E("구축함", K_NONE, C_ANY),
	E("순양함", K_NONE, C_ANY),
	E("호위함", K_NONE, C_ANY),
	E("상륙함", K_NONE, C_ANY),
	E("아함", K_FIN, C_ANY),
	E("어함", K_FIN, C_ANY),
	E("워함", K_FIN, C_ANY),
	E("해함", K_FIN, C_ANY),
	E("편함", K_FIN, C_ANY),
	E("심함", K_FIN, C_ANY),
	E("강함", K_FIN, C_ANY),
	E("약함", K_FIN, C_ANY),
	E("급함", K_FIN, C_ANY),
	E("포함", K_NONE, C_ANY),
	E("고함", K_NONE, C_ANY),
	E("전함", K_NONE, C_ANY),
	E("군함", K_NONE, C_ANY),
	E("모함", K_NONE, C_ANY),
	E("기함", K_NONE, C_ANY),
	E("함", K_FIN, C_WORD),
	E("함", K_BARE, C_ANY),
	E("지난해", K_NONE, C_ANY),
	E("어떡해", K_FIN, C_ANY),
	E("올해", K_NONE, C_ANY),
	E("새해", K_NONE, C_ANY),
	E("피해", K_NONE, C_ANY),
	E("이해", K_NONE, C_ANY),
	E("방해", K_NONE, C_ANY),
	E("손해", K_NONE, C_ANY),
	E("동해", K_NONE, C_ANY),
	E("서해", K_NONE, C_ANY),
	E("남해", K_NONE, C_ANY),
	E("황해", K_NONE, C_ANY),
	E("재해", K_NONE, C_ANY),
	E("수해", K_NONE, C_ANY),
	E("공해", K_NONE, C_ANY),
	E("한해", K_NONE, C_ANY),
	E("견해", K_NONE, C_ANY),
	E("장해", K_NONE, C_ANY),
	E("살해", K_NONE, C_ANY),
	E("침해", K_NONE, C_ANY),
	E("가해", K_NONE, C_ANY),
	E("난해", K_NONE, C_ANY),
	E("오해", K_NONE, C_ANY),
	E("화해", K_NONE, C_ANY),
	E("훼해", K_NONE, C_ANY),
	E("위해", K_CONT, C_ANY),
	E("통해", K_CONT, C_ANY),
	E("대해", K_CONT, C_ANY),
	E("의해", K_CONT, C_ANY),
	E("인해", K_CONT, C_ANY),
	E("관해", K_CONT, C_ANY),
	E("비해", K_CONT, C_ANY),
	E("반해", K_CONT, C_ANY),
	E("말해", K_CONT, C_ANY),
	E("해", K_NONE, C_WORD),
	E("해", K_WEAK, C_ANY),
	E("헉", K_TAIL, C_WORD),
	E("헐", K_CONT, C_WORD),
	E("극혐", K_BARE, C_WORD),
	E("실화", K_BARE, C_WORD),
	E("근황", K_TITLE, C_WORD),
	E("계획", K_BOUND, C_WORD),
	E("에휴", K_CONT, C_WORD),
	E("어휴", K_CONT, C_WORD),
	E("휴", K_CONT, C_WORD),
	E("흑흑", K_TAIL, C_WORD),
	E("흠", K_CONT, C_WORD),
	E("괴롭힘", K_NONE, C_ANY),
	E("힘", K_BARE, C_PREV_HI),
};

static const struct ko_split_last ko_split_last[] = {
	{ 0xAC00, 0, 1, { 0, 10, 0x00000000, 0x6010080820060804u }, { 10, 9, 0x00000000, 0x6000080820060804u }, 0, 17, 17 }, /* 가 */
	{ 0xAC10, 18, 1, { 19, 1, 0x00000000, 0x0000000000000004u }, { 19, 1, 0x00000000, 0x0000000000000004u }, 17, 1, 1 }, /* 감 */
	{ 0xAC11, 19, 1, { 20, 1, 0x00000000, 0x0000000000001000u }, { 21, 0, 0x00000000, 0x0000000000000000u }, 18, 1, 1 }, /* 갑 */
	{ 0xAC78, 20, 1, { 21, 0, 0x00000100, 0x0000000000000000u }, { 21, 0, 0x00000100, 0x0000000000000000u }, 19, 0, 0 }, /* 걸 */
	{ 0xAC8C, 21, 1, { 21, 23, 0x00000000, 0x00449800EB302262u }, { 44, 19, 0x00000000, 0x00049800C3302242u }, 19, 22, 30 }, /* 게 */
	{ 0xACA8, 53, 1, { 63, 6, 0x10100000, 0x0000880000080806u }, { 63, 6, 0x10100000, 0x0000880000080806u }, 41, 6, 6 }, /* 겨 */
	{ 0xACAC, 61, 2, { 69, 0, 0x00000000, 0x0000000000000000u }, { 69, 0, 0x00000000, 0x0000000000000000u }, 47, 1, 1 }, /* 견 */
	{ 0xACE0, 62, 1, { 69, 8, 0x00000000, 0x0000120000040085u }, { 77, 6, 0x00000000, 0x0000120000040005u }, 48, 9, 28 }, /* 고 */
	{ 0xACFC, 91, 0, { 83, 0, 0x00000000, 0x0000000000000000u }, { 83, 0, 0x00000000, 0x0000000000000000u }, 57, 0, 0 }, /* 과 */
	{ 0xAD50, 92, 1, { 83, 3, 0x00000000, 0x0000000800000804u }, { 83, 3, 0x00000000, 0x0000000800000804u }, 57, 3, 3 }, /* 교 */
	{ 0xAD6C, 95, 1, { 86, 4, 0x00000000, 0x0000100080040080u }, { 90, 2, 0x00000000, 0x0000000080040000u }, 60, 4, 10 }, /* 구 */
	{ 0xAD6D, 106, 0, { 92, 0, 0x00000000, 0x0000000000000000u }, { 92, 0, 0x00000000, 0x0000000000000000u }, 64, 1, 1 }, /* 국 */
	{ 0xAD70, 107, 1, { 92, 3, 0x0ED48E40, 0x0000600000000004u }, { 92, 3, 0x0ED48E40, 0x0000600000000004u }, 65, 3, 3 }, /* 군 */
	{ 0xAD74, 112, 1, { 95, 2, 0x00000000, 0x0000000000200001u }, { 95, 2, 0x00000000, 0x0000000000200001u }, 68, 2, 2 }, /* 굴 */
	{ 0xAD81, 114, 1, { 97, 1, 0x00000000, 0x0000000080000000u }, { 97, 1, 0x00000000, 0x0000000080000000u }, 70, 1, 1 }, /* 궁 */
	{ 0xADF1, 115, 1, { 98, 1, 0x00000000, 0x0000000080000000u }, { 98, 1, 0x00000000, 0x0000000080000000u }, 71, 1, 1 }, /* 귱 */
	{ 0xADF8, 116, 0, { 99, 0, 0x00000000, 0x0000000000000000u }, { 99, 0, 0x00000000, 0x0000000000000000u }, 72, 0, 0 }, /* 그 */
	{ 0xADFC, 117, 1, { 99, 1, 0x00000000, 0x0000000010000000u }, { 99, 1, 0x00000000, 0x0000000010000000u }, 72, 1, 1 }, /* 근 */
	{ 0xAE30, 118, 2, { 100, 0, 0x00000000, 0x0000000000000000u }, { 100, 0, 0x00000000, 0x0000000000000000u }, 73, 24, 35 }, /* 기 */
	{ 0xAE40, 153, 1, { 100, 0, 0x02A904D0, 0x0000000000000000u }, { 100, 0, 0x02A904D0, 0x0000000000000000u }, 97, 7, 8 }, /* 김 */
	{ 0xAE4C, 163, 1, { 100, 3, 0x00000100, 0x0010002000000800u }, { 100, 3, 0x00000100, 0x0010002000000800u }, 104, 4, 7 }, /* 까 */
	{ 0xAE50, 172, 1, { 103, 2, 0x00000000, 0x0000000000000800u }, { 103, 2, 0x00000000, 0x0000000000000800u }, 108, 1, 2 }, /* 깐 */
	{ 0xAE85, 174, 1, { 105, 0, 0x10000000, 0x0000000000000000u }, { 105, 0, 0x10000000, 0x0000000000000000u }, 109, 0, 0 }, /* 꺅 */
	{ 0xAEBC, 175, 1, { 105, 1, 0x00000000, 0x0000000000000800u }, { 105, 1, 0x00000000, 0x0000000000000800u }, 109, 1, 3 }, /* 꺼 */
	{ 0xAEBD, 178, 1, { 106, 1, 0x00000000, 0x0000002000000000u }, { 106, 1, 0x00000000, 0x0000002000000000u }, 110, 1, 1 }, /* 꺽 */
	{ 0xAEC4, 179, 1, { 107, 0, 0x00000100, 0x0000000000000000u }, { 107, 0, 0x00000100, 0x0000000000000000u }, 111, 1, 1 }, /* 껄 */
	{ 0xAED8, 181, 1, { 107, 11, 0x00000100, 0x00000004A2020A22u }, { 107, 11, 0x00000100, 0x00000004A2020A22u }, 112, 11, 14 }, /* 께 */
	{ 0xAF2C, 197, 1, { 118, 8, 0x00000100, 0x2420120200000004u }, { 118, 8, 0x00000100, 0x2420120200000004u }, 123, 7, 8 }, /* 꼬 */
	{ 0xAFC0, 206, 1, { 126, 1, 0x00000000, 0x0000001000000000u }, { 127, 0, 0x00000000, 0x0000000000000000u }, 130, 1, 1 }, /* 꿀 */
	{ 0xB08C, 207, 4, { 127, 0, 0x00000000, 0x0000000000000000u }, { 127, 0, 0x00000000, 0x0000000000000000u }, 131, 1, 1 }, /* 낌 */
	{ 0xB098, 208, 1, { 127, 9, 0x0ED48E40, 0x00000F0002028080u }, { 136, 8, 0x0ED48E40, 0x00000F0002028080u }, 132, 11, 26 }, /* 나 */
	{ 0xB0A0, 236, 2, { 144, 0, 0x00000000, 0x0000000000000000u }, { 144, 0, 0x00000000, 0x0000000000000000u }, 143, 0, 0 }, /* 날 */
	{ 0xB0A8, 237, 1, { 144, 0, 0x0ED48E40, 0x0000000000000000u }, { 144, 0, 0x0ED48E40, 0x0000000000000000u }, 143, 0, 0 }, /* 남 */
	{ 0xB0B4, 238, 0, { 144, 0, 0x00000000, 0x0000000000000000u }, { 144, 0, 0x00000000, 0x0000000000000000u }, 143, 1, 1 }, /* 내 */
	{ 0xB0D0, 239, 1, { 144, 23, 0x0FFFFFFE, 0x20351A6480068A20u }, { 167, 22, 0x0FFFFFFE, 0x20351A6480028A20u }, 144, 22, 23 }, /* 냐 */
	{ 0xB0E0, 264, 1, { 189, 1, 0x00000000, 0x0000002000000000u }, { 189, 1, 0x00000000, 0x0000002000000000u }, 166, 1, 1 }, /* 냠 */
	{ 0xB0E5, 265, 1, { 190, 0, 0x00100000, 0x0000000000000000u }, { 190, 0, 0x00100000, 0x0000000000000000u }, 167, 1, 1 }, /* 냥 */
	{ 0xB124, 267, 1, { 190, 16, 0x0ED48E40, 0x8035090400020223u }, { 190, 16, 0x0ED48E40, 0x8035090400020223u }, 168, 21, 24 }, /* 네 */
	{ 0xB139, 294, 1, { 206, 0, 0x0FFFFFFF, 0x0000000000000000u }, { 206, 0, 0x0FFFFFFF, 0x0000000000000000u }, 189, 0, 0 }, /* 넹 */
	{ 0xB140, 295, 1, { 206, 1, 0x00000000, 0x0000200000000000u }, { 206, 1, 0x00000000, 0x0000200000000000u }, 189, 1, 1 }, /* 녀 */
	{ 0xB144, 296, 2, { 207, 0, 0x00000000, 0x0000000000000000u }, { 207, 0, 0x00000000, 0x0000000000000000u }, 190, 0, 0 }, /* 년 */
	{ 0xB178, 297, 1, { 207, 11, 0x0EDE8EC2, 0xC000210402260000u }, { 218, 10, 0x0ED48E40, 0xC000210402260000u }, 190, 18, 21 }, /* 노 */
	{ 0xB220, 321, 1, { 228, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 228, 0, 0x00000000, 0x0000000000000000u }, 208, 0, 0 }, /* 눠 */
	{ 0xB294, 322, 0, { 228, 0, 0x00000000, 0x0000000000000000u }, { 228, 0, 0x00000000, 0x0000000000000000u }, 208, 3, 3 }, /* 는 */
	{ 0xB2A5, 326, 1, { 228, 1, 0x00000000, 0x0000000080000000u }, { 228, 1, 0x00000000, 0x0000000080000000u }, 211, 1, 1 }, /* 능 */
	{ 0xB2C8, 327, 1, { 229, 6, 0x0ED48E40, 0x2000122000048000u }, { 235, 5, 0x0ED48E40, 0x2000122000008000u }, 212, 9, 9 }, /* 니 */
	{ 0xB2D8, 338, 0, { 240, 0, 0x00000000, 0x0000000000000000u }, { 240, 0, 0x00000000, 0x0000000000000000u }, 221, 1, 1 }, /* 님 */
	{ 0xB2E4, 339, 1, { 0, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 0, 0, 0x1FFFFFFF, 0x0000000000000000u }, 222, 80, 168 }, /* 다 */
	{ 0xB2E5, 509, 1, { 240, 2, 0x00000000, 0x0001000080000000u }, { 240, 2, 0x00000000, 0x0001000080000000u }, 302, 2, 2 }, /* 닥 */
	{ 0xB2EC, 511, 2, { 242, 0, 0x00000000, 0x0000000000000000u }, { 242, 0, 0x00000000, 0x0000000000000000u }, 304, 0, 0 }, /* 달 */
	{ 0xB2F7, 512, 1, { 242, 2, 0x0FFFFFFE, 0x0010000000000800u }, { 242, 2, 0x0FFFFFFE, 0x0010000000000800u }, 304, 2, 2 }, /* 닷 */
	{ 0xB2F9, 515, 1, { 244, 18, 0x0ED48E40, 0x801201010A04380Eu }, { 244, 18, 0x0ED48E40, 0x801201010A04380Eu }, 306, 18, 18 }, /* 당 */
	{ 0xB300, 535, 1, { 262, 11, 0x0ED48E40, 0x8040810881082006u }, { 273, 1, 0x0ED48E40, 0x0000000000000004u }, 324, 12, 15 }, /* 대 */
	{ 0xB31C, 553, 1, { 274, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 274, 0, 0x1FFFFFFF, 0x0000000000000000u }, 336, 0, 0 }, /* 댜 */
	{ 0xB354, 554, 1, { 274, 2, 0x00000000, 0x0200000000000800u }, { 274, 2, 0x00000000, 0x0200000000000800u }, 336, 2, 3 }, /* 더 */
	{ 0xB35C, 557, 1, { 276, 1, 0x00000000, 0x0000020000000000u }, { 276, 1, 0x00000000, 0x0000020000000000u }, 338, 1, 2 }, /* 덜 */
	{ 0xB369, 559, 1, { 277, 1, 0x00000000, 0x0000000080000000u }, { 277, 1, 0x00000000, 0x0000000080000000u }, 339, 1, 1 }, /* 덩 */
	{ 0xB370, 560, 0, { 278, 0, 0x00000000, 0x0000000000000000u }, { 278, 0, 0x00000000, 0x0000000000000000u }, 340, 1, 1 }, /* 데 */
	{ 0xB3C4, 562, 0, { 278, 0, 0x00000000, 0x0000000000000000u }, { 278, 0, 0x00000000, 0x0000000000000000u }, 341, 0, 0 }, /* 도 */
	{ 0xB428, 563, 1, { 278, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 278, 0, 0x1FFFFFFF, 0x0000000000000000u }, 341, 0, 0 }, /* 됨 */
	{ 0xB460, 564, 4, { 278, 0, 0x00000000, 0x0000000000000000u }, { 278, 0, 0x00000000, 0x0000000000000000u }, 341, 0, 0 }, /* 둠 */
	{ 0xB465, 565, 1, { 278, 1, 0x00000000, 0x0000040000000000u }, { 278, 1, 0x00000000, 0x0000040000000000u }, 341, 1, 1 }, /* 둥 */
	{ 0xB4DC, 566, 1, { 279, 1, 0x00000000, 0x0008000000000000u }, { 280, 0, 0x00000000, 0x0000000000000000u }, 342, 1, 1 }, /* 드 */
	{ 0xB4E0, 567, 1, { 280, 1, 0x00000000, 0x0000000080000000u }, { 280, 1, 0x00000000, 0x0000000080000000u }, 343, 1, 1 }, /* 든 */
	{ 0xB4E4, 569, 1, { 281, 1, 0x00000000, 0x0000000000000010u }, { 281, 1, 0x00000000, 0x0000000000000010u }, 344, 1, 1 }, /* 들 */
	{ 0xB4E6, 570, 1, { 282, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 282, 0, 0x1FFFFFFF, 0x0000000000000000u }, 345, 0, 0 }, /* 듦 */
	{ 0xB4EF, 571, 5, { 282, 1, 0x1FFFFFFF, 0x0000000040000000u }, { 282, 1, 0x00000000, 0x0000000040000000u }, 345, 2, 2 }, /* 듯 */
	{ 0xB4F1, 575, 1, { 283, 1, 0x00000000, 0x0000000080000000u }, { 283, 1, 0x00000000, 0x0000000080000000u }, 347, 1, 1 }, /* 등 */
	{ 0xB514, 576, 1, { 284, 2, 0x00100000, 0x0000000080040000u }, { 284, 2, 0x00100000, 0x0000000080040000u }, 348, 2, 2 }, /* 디 */
	{ 0xB531, 579, 1, { 286, 1, 0x00000000, 0x0000000040000000u }, { 286, 1, 0x00000000, 0x0000000040000000u }, 350, 1, 1 }, /* 딱 */
	{ 0xB54C, 580, 1, { 287, 1, 0x00000000, 0x0800000000000000u }, { 287, 1, 0x00000000, 0x0800000000000000u }, 351, 1, 1 }, /* 때 */
	{ 0xB5A1, 581, 1, { 288, 1, 0x00000000, 0x0000000000010000u }, { 288, 1, 0x00000000, 0x0000000000010000u }, 352, 1, 1 }, /* 떡 */
	{ 0xB610, 582, 0, { 289, 0, 0x00000000, 0x0000000000000000u }, { 289, 0, 0x00000000, 0x0000000000000000u }, 353, 0, 0 }, /* 또 */
	{ 0xB77C, 583, 1, { 0, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 0, 0, 0x1FFFFFFF, 0x0000000000000000u }, 353, 27, 51 }, /* 라 */
	{ 0xB791, 635, 0, { 289, 0, 0x00000000, 0x0000000000000000u }, { 289, 0, 0x00000000, 0x0000000000000000u }, 380, 0, 0 }, /* 랑 */
	{ 0xB798, 636, 1, { 289, 22, 0x00000100, 0x361142048484A2A0u }, { 311, 7, 0x00000100, 0x0000000400002220u }, 380, 24, 27 }, /* 래 */
	{ 0xB7B4, 665, 1, { 318, 4, 0x00000100, 0x0001800200000010u }, { 318, 4, 0x00000000, 0x0001800200000010u }, 404, 4, 4 }, /* 랴 */
	{ 0xB7EC, 670, 1, { 322, 4, 0x00000000, 0x4000002000000011u }, { 326, 2, 0x00000000, 0x0000002000000010u }, 408, 4, 5 }, /* 러 */
	{ 0xB7FC, 676, 0, { 328, 0, 0x00000000, 0x0000000000000000u }, { 328, 0, 0x00000000, 0x0000000000000000u }, 412, 2, 2 }, /* 럼 */
	{ 0xB801, 678, 1, { 328, 1, 0x00000000, 0x0004000000000000u }, { 328, 1, 0x00000000, 0x0004000000000000u }, 414, 1, 1 }, /* 렁 */
	{ 0xB824, 679, 1, { 329, 1, 0x00000000, 0x0000000000008000u }, { 329, 1, 0x00000000, 0x0000000000008000u }, 415, 1, 2 }, /* 려 */
	{ 0xB834, 682, 1, { 330, 0, 0x0FFFFFFF, 0x0000000000000000u }, { 330, 0, 0x0FFFFFFF, 0x0000000000000000u }, 416, 3, 3 }, /* 렴 */
	{ 0xB85C, 686, 0, { 330, 0, 0x00000000, 0x0000000000000000u }, { 330, 0, 0x00000000, 0x0000000000000000u }, 419, 0, 0 }, /* 로 */
	{ 0xB85D, 687, 2, { 330, 0, 0x00000000, 0x0000000000000000u }, { 330, 0, 0x00000000, 0x0000000000000000u }, 419, 3, 3 }, /* 록 */
	{ 0xB860, 690, 0, { 330, 0, 0x00000000, 0x0000000000000000u }, { 330, 0, 0x00000000, 0x0000000000000000u }, 422, 1, 1 }, /* 론 */
	{ 0xB871, 691, 1, { 330, 1, 0x00000000, 0x0000000000004000u }, { 330, 1, 0x00000000, 0x0000000000004000u }, 423, 1, 1 }, /* 롱 */
	{ 0xB8CC, 692, 3, { 331, 1, 0x00000000, 0x0000000000008000u }, { 331, 1, 0x00000000, 0x0000000000008000u }, 424, 2, 2 }, /* 료 */
	{ 0xB8E9, 694, 1, { 332, 1, 0x00000000, 0x0000000000010000u }, { 332, 1, 0x00000000, 0x0000000000010000u }, 426, 1, 1 }, /* 룩 */
	{ 0xB974, 695, 1, { 333, 1, 0x00000000, 0x0004000000000000u }, { 333, 1, 0x00000000, 0x0004000000000000u }, 427, 1, 1 }, /* 르 */
	{ 0xB975, 696, 1, { 334, 2, 0x00000000, 0x0004000000000000u }, { 334, 2, 0x00000000, 0x0004000000000000u }, 428, 1, 2 }, /* 륵 */
	{ 0xB97C, 698, 0, { 336, 0, 0x00000000, 0x0000000000000000u }, { 336, 0, 0x00000000, 0x0000000000000000u }, 429, 0, 0 }, /* 를 */
	{ 0xB984, 699, 1, { 336, 2, 0x00000000, 0x0000000100000100u }, { 336, 2, 0x00000000, 0x0000000100000100u }, 429, 2, 2 }, /* 름 */
	{ 0xB985, 701, 1, { 338, 1, 0x00000000, 0x0000000000000080u }, { 338, 1, 0x00000000, 0x0000000000000080u }, 431, 1, 1 }, /* 릅 */
	{ 0xB9AC, 702, 2, { 339, 0, 0x00000000, 0x0000000000000000u }, { 339, 0, 0x00000000, 0x0000000000000000u }, 432, 1, 1 }, /* 리 */
	{ 0xB9AD, 703, 1, { 339, 1, 0x00000000, 0x0000000002000000u }, { 339, 1, 0x00000000, 0x0000000002000000u }, 433, 1, 1 }, /* 릭 */
	{ 0xB9BC, 704, 5, { 340, 2, 0x00008100, 0x0000001000000004u }, { 340, 2, 0x00000000, 0x0000001000000004u }, 434, 8, 8 }, /* 림 */
	{ 0xB9C8, 713, 1, { 342, 0, 0x10000000, 0x0000000000000000u }, { 342, 0, 0x10000000, 0x0000000000000000u }, 442, 1, 1 }, /* 마 */
	{ 0xB9C9, 715, 0, { 342, 0, 0x00000000, 0x0000000000000000u }, { 342, 0, 0x00000000, 0x0000000000000000u }, 443, 0, 0 }, /* 막 */
	{ 0xB9CC, 716, 1, { 342, 2, 0x00000000, 0x0000200000008000u }, { 342, 2, 0x00000000, 0x0000200000008000u }, 443, 3, 5 }, /* 만 */
	{ 0xB9D0, 722, 0, { 344, 0, 0x00000000, 0x0000000000000000u }, { 344, 0, 0x00000000, 0x0000000000000000u }, 446, 1, 1 }, /* 말 */
	{ 0xB9DB, 723, 1, { 344, 1, 0x00000000, 0x0000000000000004u }, { 345, 0, 0x00000000, 0x0000000000000000u }, 447, 1, 1 }, /* 맛 */
	{ 0xBA3C, 724, 1, { 345, 1, 0x00000000, 0x0000000000008000u }, { 345, 1, 0x00000000, 0x0000000000008000u }, 448, 1, 1 }, /* 먼 */
	{ 0xBA70, 725, 0, { 346, 0, 0x00000000, 0x0000000000000000u }, { 346, 0, 0x00000000, 0x0000000000000000u }, 449, 0, 0 }, /* 며 */
	{ 0xBA74, 726, 0, { 346, 0, 0x00000000, 0x0000000000000000u }, { 346, 0, 0x00000000, 0x0000000000000000u }, 449, 2, 2 }, /* 면 */
	{ 0xBB34, 730, 0, { 346, 0, 0x00000000, 0x0000000000000000u }, { 346, 0, 0x00000000, 0x0000000000000000u }, 451, 1, 1 }, /* 무 */
	{ 0xBB50, 731, 0, { 346, 0, 0x00000000, 0x0000000000000000u }, { 346, 0, 0x00000000, 0x0000000000000000u }, 452, 0, 0 }, /* 뭐 */
	{ 0xBC0F, 732, 0, { 346, 0, 0x00000000, 0x0000000000000000u }, { 346, 0, 0x00000000, 0x0000000000000000u }, 452, 0, 0 }, /* 및 */
	{ 0xBC85, 733, 1, { 346, 1, 0x00000000, 0x0000020000000000u }, { 346, 1, 0x00000000, 0x0000020000000000u }, 452, 1, 1 }, /* 벅 */
	{ 0xBCBC, 734, 1, { 347, 2, 0x00000000, 0x0000000000020020u }, { 347, 2, 0x00000000, 0x0000000000020020u }, 453, 2, 2 }, /* 벼 */
	{ 0xBD04, 736, 1, { 349, 5, 0x00000000, 0x0840200020020000u }, { 349, 5, 0x00000000, 0x0840200020020000u }, 455, 5, 5 }, /* 봄 */
	{ 0xBD10, 741, 1, { 354, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 354, 0, 0x1FFFFFFF, 0x0000000000000000u }, 460, 1, 1 }, /* 봐 */
	{ 0xBDF0, 743, 2, { 354, 0, 0x00000000, 0x0000000000000000u }, { 354, 0, 0x00000000, 0x0000000000000000u }, 461, 1, 1 }, /* 뷰 */
	{ 0xBE60, 744, 1, { 354, 2, 0x00000000, 0x0000000000000060u }, { 356, 0, 0x00000000, 0x0000000000000000u }, 462, 2, 2 }, /* 빠 */
	{ 0xBED0, 746, 1, { 356, 3, 0x00000000, 0x0050000000800000u }, { 359, 0, 0x00000000, 0x0000000000000000u }, 464, 3, 3 }, /* 뻐 */
	{ 0xC068, 749, 1, { 359, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 359, 0, 0x00000000, 0x0000000000000000u }, 467, 1, 1 }, /* 쁨 */
	{ 0xC0BC, 751, 1, { 359, 4, 0x00100000, 0x0000000400002020u }, { 359, 4, 0x00100000, 0x0000000400002020u }, 468, 4, 4 }, /* 삼 */
	{ 0xC11C, 757, 1, { 363, 1, 0x00000000, 0x0000000000400000u }, { 363, 1, 0x00000000, 0x0000000000400000u }, 472, 4, 4 }, /* 서 */
	{ 0xC138, 762, 1, { 364, 7, 0x00000000, 0x4001000408020000u }, { 364, 7, 0x00000000, 0x4001000408020000u }, 476, 7, 7 }, /* 세 */
	{ 0xC148, 769, 1, { 371, 0, 0x0FFFFFFF, 0x0000000000000000u }, { 371, 0, 0x0FFFFFFF, 0x0000000000000000u }, 483, 4, 4 }, /* 셈 */
	{ 0xC18C, 774, 1, { 371, 21, 0x0ED48E40, 0x045040040006BE18u }, { 371, 21, 0x0ED48E40, 0x045040040006BE18u }, 487, 17, 21 }, /* 소 */
	{ 0xC1FC, 797, 1, { 392, 8, 0x00000000, 0x0001000400022228u }, { 392, 8, 0x00000000, 0x0001000400022228u }, 504, 8, 8 }, /* 쇼 */
	{ 0xC218, 805, 1, { 400, 0, 0x00100000, 0x0000000000000000u }, { 400, 0, 0x00100000, 0x0000000000000000u }, 512, 0, 0 }, /* 수 */
	{ 0xC288, 806, 1, { 400, 15, 0x0ED48E40, 0x044000050006AE38u }, { 400, 15, 0x0ED48E40, 0x044000050006AE38u }, 512, 15, 15 }, /* 슈 */
	{ 0xC2B4, 823, 1, { 415, 0, 0x0ED48E40, 0x0000000000000000u }, { 415, 0, 0x0ED48E40, 0x0000000000000000u }, 527, 0, 0 }, /* 슴 */
	{ 0xC2DD, 825, 2, { 415, 0, 0x00000000, 0x0000000000000000u }, { 415, 0, 0x00000000, 0x0000000000000000u }, 527, 1, 1 }, /* 식 */
	{ 0xC2E4, 826, 0, { 415, 0, 0x00000000, 0x0000000000000000u }, { 415, 0, 0x00000000, 0x0000000000000000u }, 528, 1, 1 }, /* 실 */
	{ 0xC2EC, 827, 5, { 415, 3, 0x00000000, 0x4000000400002000u }, { 415, 3, 0x00000000, 0x4000000400002000u }, 529, 4, 4 }, /* 심 */
	{ 0xC2F8, 831, 1, { 418, 2, 0x00000000, 0x0000200020000000u }, { 418, 2, 0x00000000, 0x0000200020000000u }, 533, 2, 2 }, /* 싸 */
	{ 0xC308, 833, 1, { 420, 1, 0x00000000, 0x0000000000001000u }, { 420, 1, 0x00000000, 0x0000000000001000u }, 535, 1, 1 }, /* 쌈 */
	{ 0xC329, 834, 1, { 421, 1, 0x00000000, 0x0000004000000000u }, { 421, 1, 0x00000000, 0x0000004000000000u }, 536, 1, 1 }, /* 쌩 */
	{ 0xC369, 835, 1, { 422, 1, 0x00000000, 0x0200000000000000u }, { 422, 1, 0x00000000, 0x0200000000000000u }, 537, 1, 1 }, /* 썩 */
	{ 0xC384, 836, 0, { 423, 0, 0x00000000, 0x0000000000000000u }, { 423, 0, 0x00000000, 0x0000000000000000u }, 538, 1, 1 }, /* 쎄 */
	{ 0xC500, 837, 1, { 423, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 423, 0, 0x1FFFFFFF, 0x0000000000000000u }, 539, 1, 1 }, /* 씀 */
	{ 0xC528, 839, 0, { 423, 0, 0x00000000, 0x0000000000000000u }, { 423, 0, 0x00000000, 0x0000000000000000u }, 540, 1, 1 }, /* 씨 */
	{ 0xC544, 840, 1, { 423, 5, 0x1FFFFFFF, 0x0060040020000020u }, { 428, 1, 0x00000000, 0x0020000000000000u }, 541, 9, 10 }, /* 아 */
	{ 0xC545, 852, 1, { 429, 3, 0x00000000, 0x0000000000042000u }, { 432, 2, 0x00000000, 0x0000000000042000u }, 550, 3, 3 }, /* 악 */
	{ 0xC554, 855, 1, { 434, 1, 0x00000000, 0x0000000400000000u }, { 434, 1, 0x00000000, 0x0000000400000000u }, 553, 1, 1 }, /* 암 */
	{ 0xC57C, 856, 1, { 435, 9, 0x00000000, 0x2210122080008800u }, { 435, 9, 0x00000000, 0x2210122080008800u }, 554, 17, 17 }, /* 야 */
	{ 0xC5B4, 874, 1, { 444, 8, 0x1FFFFFFF, 0x04A0008080100808u }, { 452, 1, 0x00100000, 0x0020000000000000u }, 571, 37, 39 }, /* 어 */
	{ 0xC5C9, 916, 1, { 453, 3, 0x00100000, 0x0400000000000808u }, { 453, 3, 0x00100000, 0x0400000000000808u }, 608, 3, 3 }, /* 엉 */
	{ 0xC5D0, 920, 0, { 456, 0, 0x00000000, 0x0000000000000000u }, { 456, 0, 0x00000000, 0x0000000000000000u }, 611, 0, 0 }, /* 에 */
	{ 0xC5EC, 921, 1, { 456, 22, 0x00000000, 0xB87A284089048020u }, { 456, 22, 0x00000000, 0xB87A284089048020u }, 611, 25, 27 }, /* 여 */
	{ 0xC5FC, 949, 1, { 478, 17, 0x00000000, 0x984A284009048020u }, { 478, 17, 0x00000000, 0x984A284009048020u }, 636, 17, 17 }, /* 염 */
	{ 0xC608, 967, 1, { 495, 13, 0x00000000, 0x0850284008041221u }, { 495, 13, 0x00000000, 0x0850284008041221u }, 653, 13, 13 }, /* 예 */
	{ 0xC624, 981, 1, { 508, 9, 0x00000000, 0x0000000400000001u }, { 508, 9, 0x00000000, 0x0000000400000001u }, 666, 2, 9 }, /* 오 */
	{ 0xC634, 991, 5, { 517, 4, 0x00000000, 0x0C00200000000020u }, { 517, 4, 0x00000000, 0x0C00200000000020u }, 668, 4, 4 }, /* 옴 */
	{ 0xC640, 996, 0, { 521, 0, 0x00000000, 0x0000000000000000u }, { 521, 0, 0x00000000, 0x0000000000000000u }, 672, 0, 0 }, /* 와 */
	{ 0xC694, 998, 1, { 521, 2, 0x1FFFFFFF, 0x0001004000000000u }, { 521, 2, 0x1FFFFFFF, 0x0001004000000000u }, 672, 22, 24 }, /* 요 */
	{ 0xC6A4, 1024, 1, { 523, 6, 0x00000000, 0x084000400800C000u }, { 523, 6, 0x00000000, 0x084000400800C000u }, 694, 6, 6 }, /* 욤 */
	{ 0xC6A9, 1030, 1, { 529, 18, 0x00000000, 0x984A28400904C020u }, { 529, 18, 0x00000000, 0x984A28400904C020u }, 700, 19, 19 }, /* 용 */
	{ 0xC6B0, 1050, 1, { 547, 4, 0x00000000, 0x0000400000040000u }, { 547, 4, 0x00000000, 0x0000400000040000u }, 719, 3, 5 }, /* 우 */
	{ 0xC6C0, 1055, 1, { 551, 12, 0x00000000, 0x0A04280480020101u }, { 551, 12, 0x00000000, 0x0A04280480020101u }, 722, 10, 13 }, /* 움 */
	{ 0xC6CC, 1068, 1, { 563, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 563, 0, 0x00000000, 0x0000000000000000u }, 732, 0, 0 }, /* 워 */
	{ 0xC720, 1069, 1, { 563, 30, 0x0ED48E40, 0xCC6DA845298244C1u }, { 563, 30, 0x0ED48E40, 0xCC6DA845298244C1u }, 732, 30, 32 }, /* 유 */
	{ 0xC740, 1103, 0, { 593, 0, 0x00000000, 0x0000000000000000u }, { 593, 0, 0x00000000, 0x0000000000000000u }, 762, 1, 1 }, /* 은 */
	{ 0xC744, 1105, 0, { 593, 0, 0x00000000, 0x0000000000000000u }, { 593, 0, 0x00000000, 0x0000000000000000u }, 763, 0, 0 }, /* 을 */
	{ 0xC74C, 1106, 1, { 593, 3, 0x0ED58E40, 0x2000800400000000u }, { 593, 3, 0x0ED58E40, 0x2000800400000000u }, 763, 5, 5 }, /* 음 */
	{ 0xC758, 1115, 0, { 596, 0, 0x00000000, 0x0000000000000000u }, { 596, 0, 0x00000000, 0x0000000000000000u }, 768, 0, 0 }, /* 의 */
	{ 0xC774, 1116, 1, { 596, 3, 0x00000000, 0x0000004000200001u }, { 596, 3, 0x00000000, 0x0000004000200001u }, 768, 5, 14 }, /* 이 */
	{ 0xC77C, 1131, 2, { 599, 0, 0x00000000, 0x0000000000000000u }, { 599, 0, 0x00000000, 0x0000000000000000u }, 773, 0, 0 }, /* 일 */
	{ 0xC784, 1132, 1, { 599, 2, 0x1FFFFFFF, 0x0100000400000000u }, { 599, 2, 0x1FFFFFFF, 0x0100000400000000u }, 773, 57, 64 }, /* 임 */
	{ 0xC789, 1198, 1, { 601, 16, 0x00000000, 0x08080A5081145080u }, { 601, 16, 0x00000000, 0x08080A5081145080u }, 830, 15, 19 }, /* 잉 */
	{ 0xC790, 1217, 1, { 617, 10, 0x00000000, 0x00440A04200000A2u }, { 627, 9, 0x00000000, 0x00440204200000A2u }, 845, 13, 15 }, /* 자 */
	{ 0xC794, 1233, 1, { 636, 1, 0x00000000, 0x0000000200000000u }, { 636, 1, 0x00000000, 0x0000000200000000u }, 858, 1, 1 }, /* 잔 */
	{ 0xC7AC, 1234, 1, { 637, 10, 0x00100000, 0x0044000428000221u }, { 637, 10, 0x00100000, 0x0044000428000221u }, 859, 10, 10 }, /* 재 */
	{ 0xC7BC, 1245, 1, { 647, 2, 0x00000000, 0x0000002200000000u }, { 649, 0, 0x00000000, 0x0000000000000000u }, 869, 2, 2 }, /* 잼 */
	{ 0xC7C8, 1247, 1, { 649, 0, 0x0FFFFFFF, 0x0000000000000000u }, { 649, 0, 0x0FFFFFFF, 0x0000000000000000u }, 871, 0, 0 }, /* 쟈 */
	{ 0xC800, 1248, 0, { 649, 0, 0x00000000, 0x0000000000000000u }, { 649, 0, 0x00000000, 0x0000000000000000u }, 871, 0, 0 }, /* 저 */
	{ 0xC815, 1249, 5, { 649, 1, 0x00000000, 0x0000000000040000u }, { 650, 0, 0x00000000, 0x0000000000000000u }, 871, 2, 2 }, /* 정 */
	{ 0xC81C, 1251, 1, { 650, 20, 0x0ED48E40, 0x006105040016BC08u }, { 650, 20, 0x0ED48E40, 0x006105040016BC08u }, 873, 19, 21 }, /* 제 */
	{ 0xC838, 1274, 1, { 670, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 670, 0, 0x00100000, 0x0000000000000000u }, 892, 0, 0 }, /* 져 */
	{ 0xC880, 1276, 0, { 670, 0, 0x00000000, 0x0000000000000000u }, { 670, 0, 0x00000000, 0x0000000000000000u }, 892, 0, 0 }, /* 좀 */
	{ 0xC8E0, 1277, 1, { 670, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 670, 0, 0x1FFFFFFF, 0x0000000000000000u }, 892, 0, 0 }, /* 죠 */
	{ 0xC8F5, 1278, 1, { 670, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 670, 0, 0x1FFFFFFF, 0x0000000000000000u }, 892, 0, 0 }, /* 죵 */
	{ 0xC8FC, 1279, 2, { 670, 0, 0x00000000, 0x0000000000000000u }, { 670, 0, 0x00000000, 0x0000000000000000u }, 892, 0, 0 }, /* 주 */
	{ 0xC90C, 1280, 4, { 670, 0, 0x00000000, 0x0000000000000000u }, { 670, 0, 0x00000000, 0x0000000000000000u }, 892, 0, 0 }, /* 줌 */
	{ 0xC911, 1281, 4, { 670, 0, 0x00000000, 0x0000000000000000u }, { 670, 0, 0x00000000, 0x0000000000000000u }, 892, 0, 0 }, /* 중 */
	{ 0xC918, 1282, 1, { 670, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 670, 0, 0x1FFFFFFF, 0x0000000000000000u }, 892, 0, 0 }, /* 줘 */
	{ 0xC950, 1283, 1, { 670, 0, 0x00100000, 0x0000000000000000u }, { 670, 0, 0x00100000, 0x0000000000000000u }, 892, 0, 0 }, /* 쥐 */
	{ 0xC96C, 1284, 1, { 670, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 670, 0, 0x1FFFFFFF, 0x0000000000000000u }, 892, 0, 0 }, /* 쥬 */
	{ 0xC989, 1285, 0, { 670, 0, 0x00000000, 0x0000000000000000u }, { 670, 0, 0x00000000, 0x0000000000000000u }, 892, 0, 0 }, /* 즉 */
	{ 0xC9C0, 1286, 3, { 670, 8, 0x0ED48E40, 0x8020010480101400u }, { 678, 4, 0x0ED48E40, 0x0000000480001400u }, 892, 13, 14 }, /* 지 */
	{ 0xC9D0, 1302, 1, { 682, 5, 0x00000000, 0x9841000000000000u }, { 682, 5, 0x00000000, 0x9841000000000000u }, 905, 5, 5 }, /* 짐 */
	{ 0xC9D5, 1307, 1, { 687, 2, 0x00100000, 0x0000000000101000u }, { 687, 2, 0x00100000, 0x0000000000101000u }, 910, 2, 2 }, /* 징 */
	{ 0xC9DC, 1311, 0, { 689, 0, 0x00000000, 0x0000000000000000u }, { 689, 0, 0x00000000, 0x0000000000000000u }, 912, 1, 1 }, /* 짜 */
	{ 0xC9DD, 1312, 1, { 689, 2, 0x00000000, 0x0000000200000200u }, { 689, 2, 0x00000000, 0x0000000200000200u }, 913, 2, 2 }, /* 짝 */
	{ 0xCA4C, 1314, 1, { 691, 0, 0x00100000, 0x0000000000000000u }, { 691, 0, 0x00100000, 0x0000000000000000u }, 915, 0, 0 }, /* 쩌 */
	{ 0xCA4D, 1315, 1, { 691, 1, 0x00000000, 0x0000000010000000u }, { 691, 1, 0x00000000, 0x0000000010000000u }, 915, 1, 1 }, /* 쩍 */
	{ 0xCA5D, 1316, 1, { 692, 1, 0x00000000, 0x0000000000010000u }, { 692, 1, 0x00000000, 0x0000000000010000u }, 916, 1, 1 }, /* 쩝 */
	{ 0xCA84, 1317, 1, { 693, 0, 0x00100000, 0x0000000000000000u }, { 693, 0, 0x00100000, 0x0000000000000000u }, 917, 0, 0 }, /* 쪄 */
	{ 0xCC28, 1318, 2, { 693, 0, 0x00000000, 0x0000000000000000u }, { 693, 0, 0x00000000, 0x0000000000000000u }, 917, 2, 2 }, /* 차 */
	{ 0xCC29, 1321, 2, { 693, 0, 0x00000000, 0x0000000000000000u }, { 693, 0, 0x00000000, 0x0000000000000000u }, 919, 1, 1 }, /* 착 */
	{ 0xCD1D, 1322, 1, { 693, 1, 0x00000000, 0x0000020000000000u }, { 693, 1, 0x00000000, 0x0000020000000000u }, 920, 1, 1 }, /* 총 */
	{ 0xCD94, 1323, 1, { 694, 2, 0x00000000, 0x0000000000011000u }, { 696, 0, 0x00000000, 0x0000000000000000u }, 921, 2, 2 }, /* 추 */
	{ 0xCEE4, 1325, 1, { 696, 0, 0x10000000, 0x0000000000000000u }, { 696, 0, 0x00000000, 0x0000000000000000u }, 923, 0, 0 }, /* 커 */
	{ 0xCEE5, 1326, 1, { 696, 1, 0x00000000, 0x0000000000010000u }, { 696, 1, 0x00000000, 0x0000000000010000u }, 923, 1, 1 }, /* 컥 */
	{ 0xCF85, 1327, 1, { 697, 1, 0x00000000, 0x0000000000020000u }, { 697, 1, 0x00000000, 0x0000000000020000u }, 924, 1, 1 }, /* 쾅 */
	{ 0xCFE8, 1328, 1, { 698, 1, 0x00000000, 0x0000000000008000u }, { 698, 1, 0x00000000, 0x0000000000008000u }, 925, 1, 1 }, /* 쿨 */
	{ 0xD07C, 1329, 1, { 699, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 699, 0, 0x00000000, 0x0000000000000000u }, 926, 1, 1 }, /* 큼 */
	{ 0xD0C4, 1331, 2, { 699, 0, 0x00000000, 0x0000000000000000u }, { 699, 0, 0x00000000, 0x0000000000000000u }, 927, 0, 0 }, /* 탄 */
	{ 0xD130, 1332, 0, { 699, 0, 0x00000000, 0x0000000000000000u }, { 699, 0, 0x00000000, 0x0000000000000000u }, 927, 1, 1 }, /* 터 */
	{ 0xD14C, 1333, 0, { 699, 0, 0x00000000, 0x0000000000000000u }, { 699, 0, 0x00000000, 0x0000000000000000u }, 928, 1, 1 }, /* 테 */
	{ 0xD168, 1334, 1, { 699, 0, 0x10000000, 0x0000000000000000u }, { 699, 0, 0x10000000, 0x0000000000000000u }, 929, 0, 0 }, /* 텨 */
	{ 0xD301, 1335, 1, { 699, 1, 0x00000000, 0x0000002000000000u }, { 700, 0, 0x00000000, 0x0000000000000000u }, 929, 1, 1 }, /* 팁 */
	{ 0xD305, 1336, 1, { 700, 2, 0x00000000, 0x0010000000000000u }, { 700, 2, 0x00000000, 0x0010000000000000u }, 930, 1, 2 }, /* 팅 */
	{ 0xD30C, 1338, 1, { 702, 2, 0x00000000, 0x0000200000000000u }, { 704, 0, 0x00000000, 0x0000000000000000u }, 931, 2, 2 }, /* 파 */
	{ 0xD37C, 1340, 1, { 704, 1, 0x00000000, 0x0000000000200000u }, { 705, 0, 0x00000000, 0x0000000000000000u }, 933, 1, 1 }, /* 퍼 */
	{ 0xD3B8, 1341, 4, { 705, 0, 0x00000000, 0x0000000000000000u }, { 705, 0, 0x00000000, 0x0000000000000000u }, 934, 0, 0 }, /* 편 */
	{ 0xD3C9, 1342, 2, { 705, 0, 0x00000000, 0x0000000000000000u }, { 705, 0, 0x00000000, 0x0000000000000000u }, 934, 1, 1 }, /* 평 */
	{ 0xD514, 1343, 1, { 705, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 705, 0, 0x00000000, 0x0000000000000000u }, 935, 1, 1 }, /* 픔 */
	{ 0xD55C, 1345, 0, { 705, 0, 0x00000000, 0x0000000000000000u }, { 705, 0, 0x00000000, 0x0000000000000000u }, 936, 1, 1 }, /* 한 */
	{ 0xD568, 1346, 1, { 0, 0, 0x1FFFFFFF, 0x0000000000000000u }, { 0, 0, 0x1FFFFFFF, 0x0000000000000000u }, 937, 93, 113 }, /* 함 */
	{ 0xD574, 1461, 1, { 705, 1, 0x00000000, 0x0000400000000000u }, { 705, 1, 0x00000000, 0x0000400000000000u }, 1030, 33, 34 }, /* 해 */
	{ 0xD5C9, 1497, 1, { 706, 0, 0x10000000, 0x0000000000000000u }, { 706, 0, 0x10000000, 0x0000000000000000u }, 1063, 0, 0 }, /* 헉 */
	{ 0xD5D0, 1498, 0, { 706, 0, 0x00000000, 0x0000000000000000u }, { 706, 0, 0x00000000, 0x0000000000000000u }, 1063, 0, 0 }, /* 헐 */
	{ 0xD610, 1499, 1, { 706, 1, 0x00000000, 0x0000000001000000u }, { 707, 0, 0x00000000, 0x0000000000000000u }, 1063, 1, 1 }, /* 혐 */
	{ 0xD654, 1500, 1, { 707, 1, 0x00000000, 0x1000000000000000u }, { 708, 0, 0x00000000, 0x0000000000000000u }, 1064, 1, 1 }, /* 화 */
	{ 0xD669, 1501, 2, { 708, 0, 0x00000000, 0x0000000000000000u }, { 708, 0, 0x00000000, 0x0000000000000000u }, 1065, 1, 1 }, /* 황 */
	{ 0xD68D, 1502, 4, { 708, 0, 0x00000000, 0x0000000000000000u }, { 708, 0, 0x00000000, 0x0000000000000000u }, 1066, 1, 1 }, /* 획 */
	{ 0xD734, 1503, 0, { 708, 0, 0x00000000, 0x0000000000000000u }, { 708, 0, 0x00000000, 0x0000000000000000u }, 1067, 2, 2 }, /* 휴 */
	{ 0xD751, 1506, 1, { 708, 1, 0x00000000, 0x0000020000000000u }, { 708, 1, 0x00000000, 0x0000020000000000u }, 1069, 1, 1 }, /* 흑 */
	{ 0xD760, 1507, 0, { 709, 0, 0x00000000, 0x0000000000000000u }, { 709, 0, 0x00000000, 0x0000000000000000u }, 1070, 0, 0 }, /* 흠 */
	{ 0xD798, 1508, 1, { 709, 0, 0x00420AA2, 0x0000000000000000u }, { 709, 0, 0x00000000, 0x0000000000000000u }, 1070, 1, 1 }, /* 힘 */
};

static const struct ko_split_penkey ko_split_penkeys[] = {
	{ 0xEAB1B4, 0, 1 }, /* 건 */
	{ 0xEAB5B0, 1, 1 }, /* 군 */
	{ 0xEB8A94, 2, 1 }, /* 는 */
	{ 0xEB8AA5, 3, 1 }, /* 능 */
	{ 0xEB8BA4, 4, 1 }, /* 다 */
	{ 0xEB8BB9, 5, 1 }, /* 당 */
	{ 0xEB8D98, 6, 1 }, /* 던 */
	{ 0xEB9498, 7, 1 }, /* 딘 */
	{ 0xEB9E91, 8, 1 }, /* 랑 */
	{ 0xEB9FB0, 9, 1 }, /* 런 */
	{ 0xEBAD94, 10, 1 }, /* 뭔 */
	{ 0xEC96B8, 11, 1 }, /* 언 */
	{ 0xEC9BAC, 12, 1 }, /* 웬 */
	{ 0xEC9D80, 13, 1 }, /* 은 */
	{ 0xEC9DB4, 14, 1 }, /* 이 */
	{ 0xEC9DB8, 15, 1 }, /* 인 */
	{ 0xECA0A0, 16, 1 }, /* 젠 */
	{ 0xEB8A94, 17, 1 }, /* 는 */
	{ 0xEBB984, 18, 1 }, /* 비 */
	{ 0xEAB088, 19, 1 }, /* 갈 */
	{ 0xEAB1B8, 20, 1 }, /* 걸 */
	{ 0xEAB7B8, 21, 1 }, /* 그 */
	{ 0xEAB8B8, 22, 6 }, /* 길 */
	{ 0xEB82BC, 28, 1 }, /* 낼 */
	{ 0xEB8680, 29, 1 }, /* 놀 */
	{ 0xEB90A0, 30, 1 }, /* 될 */
	{ 0xEB9198, 31, 1 }, /* 둘 */
	{ 0xEBA6B4, 32, 1 }, /* 릴 */
	{ 0xEBB3BC, 33, 1 }, /* 볼 */
	{ 0xEC82B4, 34, 1 }, /* 살 */
	{ 0xEC8FA0, 35, 1 }, /* 쏠 */
	{ 0xEC93B8, 36, 1 }, /* 쓸 */
	{ 0xEC98AC, 37, 1 }, /* 올 */
	{ 0xEC9D84, 38, 2 }, /* 을 */
	{ 0xEC9DB4, 40, 1 }, /* 이 */
	{ 0xEC9E98, 41, 1 }, /* 잘 */
	{ 0xECA484, 42, 1 }, /* 줄 */
	{ 0xED82AC, 43, 3 }, /* 킬 */
	{ 0xED8388, 46, 1 }, /* 탈 */
	{ 0xED8C94, 47, 1 }, /* 팔 */
	{ 0xED95A0, 48, 1 }, /* 할 */
	{ 0xEAB084, 49, 1 }, /* 간 */
	{ 0xEB8A94, 50, 1 }, /* 는 */
	{ 0xEB8D98, 51, 1 }, /* 던 */
	{ 0xEB909C, 52, 1 }, /* 된 */
	{ 0xEC9D80, 53, 1 }, /* 은 */
	{ 0xED959C, 54, 1 }, /* 한 */
	{ 0xEBB09C, 55, 1 }, /* 발 */
	{ 0xEB8884, 56, 1 }, /* 누 */
	{ 0xEB8DB0, 57, 1 }, /* 데 */
	{ 0xEB9DBC, 58, 6 }, /* 라 */
	{ 0xEBA6AC, 64, 1 }, /* 리 */
	{ 0xEBA788, 65, 1 }, /* 마 */
	{ 0xEBA790, 66, 1 }, /* 말 */
	{ 0xEC9DB4, 67, 1 }, /* 이 */
	{ 0xEC9E90, 68, 15 }, /* 자 */
	{ 0xECB59C, 83, 1 }, /* 최 */
	{ 0xEB8A94, 84, 1 }, /* 는 */
	{ 0xEB8AA5, 85, 1 }, /* 능 */
	{ 0xEB8D98, 86, 1 }, /* 던 */
	{ 0xEB8390, 87, 1 }, /* 냐 */
	{ 0xEB8BA4, 88, 1 }, /* 다 */
	{ 0xEB9DBC, 89, 7 }, /* 라 */
	{ 0xEC9E90, 96, 1 }, /* 자 */
	{ 0xEAB2B0, 97, 1 }, /* 결 */
	{ 0xEB8A94, 98, 1 }, /* 는 */
	{ 0xEB8D94, 99, 1 }, /* 더 */
	{ 0xEBA19C, 100, 1 }, /* 로 */
	{ 0xEB8DB0, 101, 1 }, /* 데 */
	{ 0xEB92B9, 102, 1 }, /* 뒹 */
	{ 0xEB8BA4, 103, 1 }, /* 다 */
	{ 0xEB8BA4, 104, 1 }, /* 다 */
	{ 0xEB9190, 105, 1 }, /* 두 */
	{ 0xEAB1B7, 106, 1 }, /* 걷 */
	{ 0xEABEB8, 107, 2 }, /* 꾸 */
	{ 0xEB818A, 109, 1 }, /* 끊 */
	{ 0xEB93A4, 110, 1 }, /* 들 */
	{ 0xEBA5B4, 111, 1 }, /* 르 */
	{ 0xEBA6AC, 112, 3 }, /* 리 */
	{ 0xEBA7A4, 115, 1 }, /* 매 */
	{ 0xEBACB8, 116, 1 }, /* 문 */
	{ 0xEBAFB8, 117, 1 }, /* 미 */
	{ 0xEBB489, 118, 1 }, /* 봉 */
	{ 0xEC93B0, 119, 1 }, /* 쓰 */
	{ 0xEC95BC, 120, 1 }, /* 야 */
	{ 0xEC9698, 121, 1 }, /* 얘 */
	{ 0xEC9AA9, 122, 1 }, /* 용 */
	{ 0xEC9AB0, 123, 3 }, /* 우 */
	{ 0xEC9CBC, 126, 1 }, /* 으 */
	{ 0xEC9DB4, 127, 1 }, /* 이 */
	{ 0xEC9DBC, 128, 1 }, /* 일 */
	{ 0xEC9DBD, 129, 1 }, /* 읽 */
	{ 0xECA084, 130, 1 }, /* 전 */
	{ 0xED9598, 131, 6 }, /* 하 */
	{ 0xED9689, 137, 2 }, /* 행 */
	{ 0xED9798, 139, 1 }, /* 험 */
	{ 0xED9B84, 140, 1 }, /* 후 */
	{ 0xEB8590, 141, 1 }, /* 념 */
	{ 0xEB8F8C, 142, 1 }, /* 돌 */
	{ 0xEB9DBD, 143, 1 }, /* 락 */
	{ 0xEB9E98, 144, 2 }, /* 래 */
	{ 0xEBAFB8, 146, 1 }, /* 미 */
	{ 0xEC9AB4, 147, 1 }, /* 운 */
	{ 0xECB0BD, 148, 1 }, /* 창 */
	{ 0xEB8B88, 149, 4 }, /* 니 */
	{ 0xEB9494, 153, 1 }, /* 디 */
	{ 0xEC9584, 154, 1 }, /* 아 */
	{ 0xEC9DB4, 155, 1 }, /* 이 */
	{ 0xEB8B88, 156, 2 }, /* 니 */
	{ 0xEB8B88, 158, 3 }, /* 니 */
	{ 0xEABF80, 161, 1 }, /* 꿀 */
	{ 0xEABB84, 162, 1 }, /* 껄 */
	{ 0xEB8B88, 163, 3 }, /* 니 */
	{ 0xEB8BB9, 166, 1 }, /* 당 */
	{ 0xEB93A4, 167, 1 }, /* 들 */
	{ 0xEB9E91, 168, 2 }, /* 랑 */
	{ 0xEBA6AC, 170, 1 }, /* 리 */
	{ 0xEBB3B4, 171, 1 }, /* 보 */
	{ 0xEC98A4, 172, 1 }, /* 오 */
	{ 0xECA3BC, 173, 1 }, /* 주 */
	{ 0xECA484, 174, 1 }, /* 줄 */
	{ 0xED9598, 175, 1 }, /* 하 */
	{ 0xED95A0, 176, 1 }, /* 할 */
	{ 0xEB8884, 177, 1 }, /* 누 */
	{ 0xEBA788, 178, 1 }, /* 마 */
	{ 0xEBA8B8, 179, 1 }, /* 머 */
	{ 0xEBAD90, 180, 1 }, /* 뭐 */
	{ 0xECA09C, 181, 1 }, /* 제 */
	{ 0xECA79C, 182, 2 }, /* 짜 */
	{ 0xECA7B8, 184, 1 }, /* 째 */
	{ 0xEAB09C, 185, 1 }, /* 개 */
	{ 0xEB8A90, 186, 1 }, /* 느 */
	{ 0xEAB080, 187, 1 }, /* 가 */
	{ 0xEAB5AC, 188, 15 }, /* 구 */
	{ 0xEAB98C, 203, 1 }, /* 까 */
	{ 0xEABEB8, 204, 1 }, /* 꾸 */
	{ 0xEB9FAC, 205, 2 }, /* 러 */
	{ 0xEBA0A4, 207, 1 }, /* 려 */
	{ 0xEBACB4, 208, 1 }, /* 무 */
	{ 0xEBACB5, 209, 1 }, /* 묵 */
	{ 0xEBAD87, 210, 1 }, /* 뭇 */
	{ 0xEC98A8, 211, 1 }, /* 온 */
	{ 0xEC9CBC, 212, 1 }, /* 으 */
	{ 0xECB9A8, 213, 1 }, /* 침 */
	{ 0xEAB080, 214, 1 }, /* 가 */
	{ 0xEAB1B0, 215, 1 }, /* 거 */
	{ 0xEAB5AC, 216, 1 }, /* 구 */
	{ 0xEAB98C, 217, 1 }, /* 까 */
	{ 0xEB8298, 218, 1 }, /* 나 */
	{ 0xEB8B88, 219, 1 }, /* 니 */
	{ 0xEB8BA4, 220, 2 }, /* 다 */
	{ 0xEB8C80, 222, 1 }, /* 대 */
	{ 0xEB9098, 223, 1 }, /* 되 */
	{ 0xEB9494, 224, 1 }, /* 디 */
	{ 0xEB9DBC, 225, 1 }, /* 라 */
	{ 0xEB9E98, 226, 1 }, /* 래 */
	{ 0xEBA788, 227, 1 }, /* 마 */
	{ 0xEBAD90, 228, 1 }, /* 뭐 */
	{ 0xEBB3B4, 229, 1 }, /* 보 */
	{ 0xEC8F98, 230, 1 }, /* 쏘 */
	{ 0xEC98A4, 231, 1 }, /* 오 */
	{ 0xEC9DB4, 232, 1 }, /* 이 */
	{ 0xECA09C, 233, 1 }, /* 제 */
	{ 0xECA3BC, 234, 1 }, /* 주 */
	{ 0xED9598, 235, 1 }, /* 하 */
	{ 0xED9788, 236, 1 }, /* 허 */
	{ 0xEB83A0, 237, 1 }, /* 냠 */
	{ 0xEAB7B8, 238, 1 }, /* 그 */
	{ 0xEAB080, 239, 1 }, /* 가 */
	{ 0xEB8298, 240, 1 }, /* 나 */
	{ 0xEB8488, 241, 1 }, /* 너 */
	{ 0xEB8B88, 242, 1 }, /* 니 */
	{ 0xEB8F99, 243, 1 }, /* 동 */
	{ 0xEB9098, 244, 1 }, /* 되 */
	{ 0xEBA5B4, 245, 1 }, /* 르 */
	{ 0xEBA6AC, 246, 1 }, /* 리 */
	{ 0xEBB3B4, 247, 1 }, /* 보 */
	{ 0xEC8198, 248, 1 }, /* 쁘 */
	{ 0xEC8B9C, 249, 1 }, /* 시 */
	{ 0xEC98A4, 250, 4 }, /* 오 */
	{ 0xEC9AB0, 254, 1 }, /* 우 */
	{ 0xEC9DB4, 255, 1 }, /* 이 */
	{ 0xECA3BC, 256, 1 }, /* 주 */
	{ 0xECA780, 257, 1 }, /* 지 */
	{ 0xECB998, 258, 1 }, /* 치 */
	{ 0xED81AC, 259, 1 }, /* 크 */
	{ 0xED9484, 260, 1 }, /* 프 */
	{ 0xED9598, 261, 1 }, /* 하 */
	{ 0xED9788, 262, 1 }, /* 허 */
	{ 0xEC9584, 263, 1 }, /* 아 */
	{ 0xEAB080, 264, 1 }, /* 가 */
	{ 0xEAB2A9, 265, 1 }, /* 격 */
	{ 0xEAB5AD, 266, 1 }, /* 국 */
	{ 0xEB8D94, 267, 1 }, /* 더 */
	{ 0xEB939C, 268, 1 }, /* 드 */
	{ 0xEB9DBC, 269, 3 }, /* 라 */
	{ 0xEBA5B4, 272, 1 }, /* 르 */
	{ 0xEBA8B9, 273, 1 }, /* 먹 */
	{ 0xEBACB5, 274, 1 }, /* 묵 */
	{ 0xEBAD87, 275, 1 }, /* 뭇 */
	{ 0xEBAFB8, 276, 1 }, /* 미 */
	{ 0xEBB984, 277, 1 }, /* 비 */
	{ 0xEC8198, 278, 1 }, /* 쁘 */
	{ 0xEC9584, 279, 1 }, /* 아 */
	{ 0xECA780, 280, 1 }, /* 지 */
	{ 0xECB9B4, 281, 2 }, /* 카 */
	{ 0xED9484, 283, 1 }, /* 프 */
	{ 0xED9598, 284, 1 }, /* 하 */
	{ 0xEB8BA4, 285, 1 }, /* 다 */
	{ 0xEB9890, 286, 1 }, /* 또 */
	{ 0xEB9DBC, 287, 1 }, /* 라 */
	{ 0xEB8BA4, 288, 1 }, /* 다 */
	{ 0xEAB5AC, 289, 1 }, /* 구 */
	{ 0xEB9494, 290, 1 }, /* 디 */
	{ 0xEB9DBC, 291, 1 }, /* 라 */
	{ 0xEBA788, 292, 1 }, /* 마 */
	{ 0xEBAD90, 293, 1 }, /* 뭐 */
	{ 0xEC9584, 294, 1 }, /* 아 */
	{ 0xEC9CBC, 295, 1 }, /* 으 */
	{ 0xECA09C, 296, 1 }, /* 제 */
	{ 0xED9598, 297, 1 }, /* 하 */
	{ 0xEC9584, 298, 1 }, /* 아 */
	{ 0xEAB084, 299, 1 }, /* 간 */
	{ 0xEAB096, 300, 1 }, /* 갖 */
	{ 0xEAB09A, 301, 1 }, /* 갚 */
	{ 0xEAB1B0, 302, 1 }, /* 거 */
	{ 0xEAB1B7, 303, 1 }, /* 걷 */
	{ 0xEAB384, 304, 1 }, /* 계 */
	{ 0xEAB3A0, 305, 1 }, /* 고 */
	{ 0xEAB5AC, 306, 1 }, /* 구 */
	{ 0xEAB8B0, 307, 2 }, /* 기 */
	{ 0xEABABC, 309, 1 }, /* 꺼 */
	{ 0xEB8184, 310, 1 }, /* 끄 */
	{ 0xEB81BC, 311, 1 }, /* 끼 */
	{ 0xEB8298, 312, 1 }, /* 나 */
	{ 0xEB8488, 313, 1 }, /* 너 */
	{ 0xEB8680, 314, 1 }, /* 놀 */
	{ 0xEB8B88, 315, 3 }, /* 니 */
	{ 0xEB8BAB, 318, 1 }, /* 닫 */
	{ 0xEB8F84, 319, 1 }, /* 도 */
	{ 0xEB9098, 320, 2 }, /* 되 */
	{ 0xEB9198, 322, 1 }, /* 둘 */
	{ 0xEB93A3, 323, 1 }, /* 듣 */
	{ 0xEB93A4, 324, 1 }, /* 들 */
	{ 0xEB9494, 325, 1 }, /* 디 */
	{ 0xEB9CA8, 326, 1 }, /* 뜨 */
	{ 0xEB9DBC, 327, 1 }, /* 라 */
	{ 0xEB9E80, 328, 1 }, /* 란 */
	{ 0xEB9FAC, 329, 3 }, /* 러 */
	{ 0xEBA0A4, 332, 1 }, /* 려 */
	{ 0xEBA19C, 333, 1 }, /* 로 */
	{ 0xEBA38C, 334, 1 }, /* 료 */
	{ 0xEBA5B4, 335, 1 }, /* 르 */
	{ 0xEBA6AC, 336, 9 }, /* 리 */
	{ 0xEBA6B0, 345, 1 }, /* 린 */
	{ 0xEBA788, 346, 2 }, /* 마 */
	{ 0xEBA78C, 348, 1 }, /* 만 */
	{ 0xEBA8B9, 349, 1 }, /* 먹 */
	{ 0xEBACB4, 350, 1 }, /* 무 */
	{ 0xEBAFB8, 351, 1 }, /* 미 */
	{ 0xEBB094, 352, 1 }, /* 바 */
	{ 0xEBB09B, 353, 1 }, /* 받 */
	{ 0xEBB297, 354, 1 }, /* 벗 */
	{ 0xEBB3B4, 355, 2 }, /* 보 */
	{ 0xEC8198, 357, 1 }, /* 쁘 */
	{ 0xEC82B4, 358, 1 }, /* 살 */
	{ 0xEC858B, 359, 1 }, /* 셋 */
	{ 0xEC868C, 360, 1 }, /* 소 */
	{ 0xEC8898, 361, 2 }, /* 수 */
	{ 0xEC8AA4, 363, 1 }, /* 스 */
	{ 0xEC8B9C, 364, 1 }, /* 시 */
	{ 0xEC8BB8, 365, 1 }, /* 싸 */
	{ 0xEC93B0, 366, 1 }, /* 쓰 */
	{ 0xEC94BB, 367, 1 }, /* 씻 */
	{ 0xEC9589, 368, 1 }, /* 앉 */
	{ 0xEC96B4, 369, 1 }, /* 어 */
	{ 0xEC97AC, 370, 1 }, /* 여 */
	{ 0xEC97B4, 371, 1 }, /* 열 */
	{ 0xEC9984, 372, 1 }, /* 완 */
	{ 0xEC9AB8, 373, 1 }, /* 울 */
	{ 0xEC9B83, 374, 1 }, /* 웃 */
	{ 0xEC9CA0, 375, 1 }, /* 유 */
	{ 0xEC9DB4, 376, 3 }, /* 이 */
	{ 0xEC9DBD, 379, 1 }, /* 읽 */
	{ 0xEC9E85, 380, 1 }, /* 입 */
	{ 0xEC9EA1, 381, 1 }, /* 잡 */
	{ 0xECA09C, 382, 1 }, /* 제 */
	{ 0xECA0B8, 383, 1 }, /* 져 */
	{ 0xECA79C, 384, 1 }, /* 짜 */
	{ 0xECA7B8, 385, 1 }, /* 째 */
	{ 0xECA98C, 386, 1 }, /* 쩌 */
	{ 0xECB08D, 387, 1 }, /* 찍 */
	{ 0xECB0BE, 388, 1 }, /* 찾 */
	{ 0xECB390, 389, 1 }, /* 쳐 */
	{ 0xED81AC, 390, 1 }, /* 크 */
	{ 0xED8AB8, 391, 1 }, /* 트 */
	{ 0xED8C94, 392, 1 }, /* 팔 */
	{ 0xED9484, 393, 1 }, /* 프 */
	{ 0xED9598, 394, 70 }, /* 하 */
	{ 0xED98BC, 464, 1 }, /* 혼 */
	{ 0xED9994, 465, 1 }, /* 화 */
	{ 0xED9A8C, 466, 1 }, /* 회 */
	{ 0xEB8BA4, 467, 1 }, /* 다 */
	{ 0xECBDA9, 468, 1 }, /* 콩 */
	{ 0xEB8B88, 469, 1 }, /* 니 */
	{ 0xEC9DB4, 470, 1 }, /* 이 */
	{ 0xEAB091, 471, 1 }, /* 갑 */
	{ 0xEAB281, 472, 1 }, /* 겁 */
	{ 0xEAB99D, 473, 1 }, /* 깝 */
	{ 0xEB8A94, 474, 1 }, /* 는 */
	{ 0xEB8B88, 475, 1 }, /* 니 */
	{ 0xEB8DA5, 476, 1 }, /* 덥 */
	{ 0xEB9FBD, 477, 1 }, /* 럽 */
	{ 0xEBA0B5, 478, 1 }, /* 렵 */
	{ 0xEBA799, 479, 1 }, /* 맙 */
	{ 0xEBA7B5, 480, 1 }, /* 맵 */
	{ 0xEBB38D, 481, 1 }, /* 볍 */
	{ 0xEC8198, 482, 1 }, /* 쁘 */
	{ 0xEC89BD, 483, 1 }, /* 쉽 */
	{ 0xEC97BD, 484, 1 }, /* 엽 */
	{ 0xEC9DB4, 485, 1 }, /* 이 */
	{ 0xECB6A5, 486, 1 }, /* 춥 */
	{ 0xED81AC, 487, 1 }, /* 크 */
	{ 0xED9484, 488, 1 }, /* 프 */
	{ 0xEAB084, 489, 2 }, /* 간 */
	{ 0xEB82B8, 491, 1 }, /* 낸 */
	{ 0xEB85BC, 492, 1 }, /* 논 */
	{ 0xEB8A94, 493, 1 }, /* 는 */
	{ 0xEB909C, 494, 1 }, /* 된 */
	{ 0xEC82B0, 495, 2 }, /* 산 */
	{ 0xEC97B4, 497, 1 }, /* 열 */
	{ 0xEC98A8, 498, 1 }, /* 온 */
	{ 0xECA480, 499, 1 }, /* 준 */
	{ 0xECB99C, 500, 1 }, /* 친 */
	{ 0xED8384, 501, 1 }, /* 탄 */
	{ 0xED959C, 502, 2 }, /* 한 */
	{ 0xEB8B88, 504, 2 }, /* 니 */
	{ 0xEC8BAC, 506, 1 }, /* 심 */
	{ 0xEB8D9C, 507, 2 }, /* 덜 */
	{ 0xEAB1B0, 509, 1 }, /* 거 */
	{ 0xEAB7BC, 510, 1 }, /* 근 */
	{ 0xEBB988, 511, 1 }, /* 빈 */
	{ 0xECA084, 512, 1 }, /* 전 */
	{ 0xEAB1B0, 513, 1 }, /* 거 */
	{ 0xEBB680, 514, 1 }, /* 부 */
	{ 0xEBBF8C, 515, 1 }, /* 뿌 */
	{ 0xED9884, 516, 1 }, /* 현 */
	{ 0xEAB1B0, 517, 1 }, /* 거 */
	{ 0xEB8BA4, 518, 1 }, /* 다 */
	{ 0xEB9DBC, 519, 1 }, /* 라 */
	{ 0xEB9A9D, 520, 1 }, /* 뚝 */
	{ 0xEC96B4, 521, 1 }, /* 어 */
	{ 0xEBB28C, 522, 1 }, /* 벌 */
	{ 0xEAB080, 523, 1 }, /* 가 */
	{ 0xEAB1B0, 524, 7 }, /* 거 */
	{ 0xEAB28C, 531, 1 }, /* 게 */
	{ 0xEAB3A8, 532, 1 }, /* 골 */
	{ 0xEAB8B0, 533, 12 }, /* 기 */
	{ 0xEB81BC, 545, 1 }, /* 끼 */
	{ 0xEB8488, 546, 1 }, /* 너 */
	{ 0xEB85B8, 547, 1 }, /* 노 */
	{ 0xEB8B88, 548, 2 }, /* 니 */
	{ 0xEB8D94, 550, 1 }, /* 더 */
	{ 0xEB8FBC, 551, 1 }, /* 돼 */
	{ 0xEB94B0, 552, 1 }, /* 따 */
	{ 0xEBA0A4, 553, 1 }, /* 려 */
	{ 0xEBA788, 554, 1 }, /* 마 */
	{ 0xEBACB4, 555, 1 }, /* 무 */
	{ 0xEBB490, 556, 1 }, /* 봐 */
	{ 0xEBB9A8, 557, 1 }, /* 빨 */
	{ 0xEC9584, 558, 2 }, /* 아 */
	{ 0xEC96B4, 560, 1 }, /* 어 */
	{ 0xEC97AC, 561, 1 }, /* 여 */
	{ 0xEC9980, 562, 1 }, /* 와 */
	{ 0xEC9DB4, 563, 3 }, /* 이 */
	{ 0xEC9E98, 566, 1 }, /* 잘 */
	{ 0xECA498, 567, 1 }, /* 줘 */
	{ 0xECA780, 568, 4 }, /* 지 */
	{ 0xED9598, 572, 1 }, /* 하 */
	{ 0xED95B4, 573, 1 }, /* 해 */
	{ 0xEAB1B0, 574, 1 }, /* 거 */
	{ 0xEAB384, 575, 1 }, /* 계 */
	{ 0xEAB5AC, 576, 1 }, /* 구 */
	{ 0xEAB7B8, 577, 1 }, /* 그 */
	{ 0xEAB8B0, 578, 1 }, /* 기 */
	{ 0xEAB8B8, 579, 1 }, /* 길 */
	{ 0xEB8BAC, 580, 1 }, /* 달 */
	{ 0xEBA19C, 581, 1 }, /* 로 */
	{ 0xEBA38C, 582, 1 }, /* 료 */
	{ 0xEBA8B8, 583, 1 }, /* 머 */
	{ 0xEBAAB0, 584, 1 }, /* 몰 */
	{ 0xEBAD90, 585, 1 }, /* 뭐 */
	{ 0xEBB3B4, 586, 1 }, /* 보 */
	{ 0xEBB9A8, 587, 1 }, /* 빨 */
	{ 0xEC82AC, 588, 1 }, /* 사 */
	{ 0xEC98A4, 589, 3 }, /* 오 */
	{ 0xEC9CBC, 592, 1 }, /* 으 */
	{ 0xEC9DB4, 593, 2 }, /* 이 */
	{ 0xEC9E90, 595, 1 }, /* 자 */
	{ 0xECA09C, 596, 1 }, /* 제 */
	{ 0xECA3BC, 597, 1 }, /* 주 */
	{ 0xED9598, 598, 1 }, /* 하 */
	{ 0xED9994, 599, 1 }, /* 화 */
	{ 0xED9A8C, 600, 1 }, /* 회 */
	{ 0xEAB7B8, 601, 1 }, /* 그 */
	{ 0xEBB680, 602, 1 }, /* 부 */
	{ 0xECA79C, 603, 1 }, /* 짜 */
	{ 0xECA98C, 604, 1 }, /* 쩌 */
	{ 0xEBB680, 605, 2 }, /* 부 */
	{ 0xEBB688, 607, 1 }, /* 불 */
	{ 0xEBB88C, 608, 1 }, /* 브 */
	{ 0xED9D98, 609, 1 }, /* 흘 */
	{ 0xEAB7B8, 610, 1 }, /* 그 */
	{ 0xECB298, 611, 1 }, /* 처 */
	{ 0xEBA5B4, 612, 1 }, /* 르 */
	{ 0xEAB5AC, 613, 2 }, /* 구 */
	{ 0xEC8898, 615, 1 }, /* 수 */
	{ 0xECB2AD, 616, 1 }, /* 청 */
	{ 0xED8F90, 617, 1 }, /* 폐 */
	{ 0xEAB8B0, 618, 1 }, /* 기 */
	{ 0xEB8F84, 619, 1 }, /* 도 */
	{ 0xEC8898, 620, 1 }, /* 수 */
	{ 0xEBACBC, 621, 1 }, /* 물 */
	{ 0xECA780, 622, 1 }, /* 지 */
	{ 0xEAB5AC, 623, 1 }, /* 구 */
	{ 0xEC9984, 624, 1 }, /* 완 */
	{ 0xEBA3A8, 625, 1 }, /* 루 */
	{ 0xEBA5B4, 626, 1 }, /* 르 */
	{ 0xEBA5B4, 627, 2 }, /* 르 */
	{ 0xEBAAA8, 629, 1 }, /* 모 */
	{ 0xEBB9A0, 630, 1 }, /* 빠 */
	{ 0xECB884, 631, 1 }, /* 츄 */
	{ 0xECA095, 632, 1 }, /* 정 */
	{ 0xEBA6AC, 633, 1 }, /* 리 */
	{ 0xEB8A90, 634, 1 }, /* 느 */
	{ 0xEB8C80, 635, 1 }, /* 대 */
	{ 0xEB939C, 636, 1 }, /* 드 */
	{ 0xEBB284, 637, 1 }, /* 버 */
	{ 0xEC82B4, 638, 1 }, /* 살 */
	{ 0xEC958C, 639, 1 }, /* 알 */
	{ 0xEC9AB8, 640, 1 }, /* 울 */
	{ 0xED9D90, 641, 1 }, /* 흐 */
	{ 0xEC9584, 642, 1 }, /* 아 */
	{ 0xEAB3A0, 643, 1 }, /* 고 */
	{ 0xEAB5AC, 644, 3 }, /* 구 */
	{ 0xECA780, 647, 1 }, /* 지 */
	{ 0xECA095, 648, 1 }, /* 정 */
	{ 0xECA1B4, 649, 1 }, /* 존 */
	{ 0xEAB5AC, 650, 1 }, /* 구 */
	{ 0xEB9DBC, 651, 1 }, /* 라 */
	{ 0xED9598, 652, 1 }, /* 하 */
	{ 0xEB8488, 653, 1 }, /* 너 */
	{ 0xEABEB8, 654, 1 }, /* 꾸 */
	{ 0xEAB080, 655, 1 }, /* 가 */
	{ 0xEB8298, 656, 1 }, /* 나 */
	{ 0xEAB080, 657, 1 }, /* 가 */
	{ 0xEC9584, 658, 1 }, /* 아 */
	{ 0xEC96B4, 659, 1 }, /* 어 */
	{ 0xEC9980, 660, 1 }, /* 와 */
	{ 0xED95B4, 661, 1 }, /* 해 */
	{ 0xEAB98C, 662, 1 }, /* 까 */
	{ 0xEBA6AC, 663, 1 }, /* 리 */
	{ 0xEB8298, 664, 1 }, /* 나 */
	{ 0xEBB094, 665, 1 }, /* 바 */
	{ 0xEAB8B0, 666, 1 }, /* 기 */
	{ 0xEC9888, 667, 1 }, /* 예 */
	{ 0xEC9DB4, 668, 1 }, /* 이 */
	{ 0xEAB8B0, 669, 1 }, /* 기 */
	{ 0xEBB3B4, 670, 1 }, /* 보 */
	{ 0xEC9CBC, 671, 1 }, /* 으 */
	{ 0xECA3BC, 672, 1 }, /* 주 */
	{ 0xED9598, 673, 1 }, /* 하 */
	{ 0xEABB98, 674, 1 }, /* 께 */
	{ 0xEB9DBC, 675, 1 }, /* 라 */
	{ 0xEBB490, 676, 1 }, /* 봐 */
	{ 0xEC868C, 677, 1 }, /* 소 */
	{ 0xEAB080, 678, 1 }, /* 가 */
	{ 0xEAB1B8, 679, 1 }, /* 걸 */
	{ 0xEB939C, 680, 1 }, /* 드 */
	{ 0xEBA8B9, 681, 1 }, /* 먹 */
	{ 0xEBB3B4, 682, 1 }, /* 보 */
	{ 0xEC9DBC, 683, 1 }, /* 일 */
	{ 0xED9598, 684, 1 }, /* 하 */
	{ 0xEAB3B1, 685, 1 }, /* 곱 */
	{ 0xEB8897, 686, 1 }, /* 눗 */
	{ 0xEB8DA7, 687, 1 }, /* 덧 */
	{ 0xEBBA84, 688, 1 }, /* 뺄 */
	{ 0xEAB080, 689, 1 }, /* 가 */
	{ 0xEAB099, 690, 1 }, /* 같 */
	{ 0xEAB284, 691, 1 }, /* 겄 */
	{ 0xEAB2A0, 692, 1 }, /* 겠 */
	{ 0xEBA087, 693, 1 }, /* 렇 */
	{ 0xEBA79E, 694, 1 }, /* 맞 */
	{ 0xEBB3B4, 695, 1 }, /* 보 */
	{ 0xEC9598, 696, 1 }, /* 았 */
	{ 0xEC9786, 697, 1 }, /* 없 */
	{ 0xEC9788, 698, 1 }, /* 었 */
	{ 0xEC9880, 699, 1 }, /* 였 */
	{ 0xEC98A4, 700, 1 }, /* 오 */
	{ 0xEC9DB4, 701, 5 }, /* 이 */
	{ 0xEC9E88, 706, 1 }, /* 있 */
	{ 0xECA28B, 707, 1 }, /* 좋 */
	{ 0xED9598, 708, 1 }, /* 하 */
	{ 0xED9688, 709, 1 }, /* 했 */
	{ 0xEAB080, 710, 1 }, /* 가 */
	{ 0xEBB3B4, 711, 1 }, /* 보 */
	{ 0xEC98A4, 712, 1 }, /* 오 */
	{ 0xEC9CBC, 713, 1 }, /* 으 */
	{ 0xECA3BC, 714, 1 }, /* 주 */
	{ 0xED9598, 715, 1 }, /* 하 */
	{ 0xED95A9, 716, 1 }, /* 합 */
	{ 0xED9788, 717, 1 }, /* 허 */
	{ 0xEAB080, 718, 1 }, /* 가 */
	{ 0xEAB284, 719, 1 }, /* 겄 */
	{ 0xEAB2A0, 720, 1 }, /* 겠 */
	{ 0xEB9FAC, 721, 1 }, /* 러 */
	{ 0xEBB3B4, 722, 1 }, /* 보 */
	{ 0xEC9598, 723, 1 }, /* 았 */
	{ 0xEC9786, 724, 1 }, /* 없 */
	{ 0xEC9788, 725, 1 }, /* 었 */
	{ 0xEC9880, 726, 1 }, /* 였 */
	{ 0xEC98A4, 727, 1 }, /* 오 */
	{ 0xEC9E88, 728, 1 }, /* 있 */
	{ 0xECA28B, 729, 1 }, /* 좋 */
	{ 0xECA3BC, 730, 1 }, /* 주 */
	{ 0xED9598, 731, 1 }, /* 하 */
	{ 0xED9688, 732, 1 }, /* 했 */
	{ 0xEC868C, 733, 1 }, /* 소 */
	{ 0xEC82AC, 734, 1 }, /* 사 */
	{ 0xEB939C, 735, 1 }, /* 드 */
	{ 0xEC9CBC, 736, 1 }, /* 으 */
	{ 0xECA3BC, 737, 1 }, /* 주 */
	{ 0xED9598, 738, 1 }, /* 하 */
	{ 0xEC9584, 739, 1 }, /* 아 */
	{ 0xEC9597, 740, 1 }, /* 앗 */
	{ 0xEBB984, 741, 1 }, /* 비 */
	{ 0xEC8CA9, 742, 1 }, /* 쌩 */
	{ 0xED84B8, 743, 1 }, /* 털 */
	{ 0xEAB880, 744, 1 }, /* 글 */
	{ 0xEBA790, 745, 1 }, /* 말 */
	{ 0xEC869C, 746, 1 }, /* 솜 */
	{ 0xEB8680, 747, 1 }, /* 놀 */
	{ 0xEC82B4, 748, 1 }, /* 살 */
	{ 0xEC8899, 749, 2 }, /* 숙 */
	{ 0xEC958C, 751, 1 }, /* 알 */
	{ 0xEC9CA1, 752, 1 }, /* 육 */
	{ 0xEC9E96, 753, 1 }, /* 잖 */
	{ 0xED8381, 754, 1 }, /* 탁 */
	{ 0xED8C94, 755, 1 }, /* 팔 */
	{ 0xED9598, 756, 1 }, /* 하 */
	{ 0xEABA84, 757, 1 }, /* 꺄 */
	{ 0xEC9CBC, 758, 1 }, /* 으 */
	{ 0xECB59C, 759, 1 }, /* 최 */
	{ 0xED9598, 760, 1 }, /* 하 */
	{ 0xEAB1B0, 761, 1 }, /* 거 */
	{ 0xEAB5AC, 762, 1 }, /* 구 */
	{ 0xEABABC, 763, 1 }, /* 꺼 */
	{ 0xEB8B88, 764, 1 }, /* 니 */
	{ 0xEB9494, 765, 1 }, /* 디 */
	{ 0xEBA788, 766, 1 }, /* 마 */
	{ 0xEBAD90, 767, 1 }, /* 뭐 */
	{ 0xEBB490, 768, 1 }, /* 봐 */
	{ 0xEC9584, 769, 1 }, /* 아 */
	{ 0xEC96B4, 770, 1 }, /* 어 */
	{ 0xEC9980, 771, 1 }, /* 와 */
	{ 0xEC9B8C, 772, 1 }, /* 워 */
	{ 0xEC9DB4, 773, 1 }, /* 이 */
	{ 0xECA09C, 774, 1 }, /* 제 */
	{ 0xECA0B8, 775, 1 }, /* 져 */
	{ 0xECA498, 776, 1 }, /* 줘 */
	{ 0xED95B4, 777, 1 }, /* 해 */
	{ 0xEAB09D, 778, 1 }, /* 객 */
	{ 0xEAB491, 779, 1 }, /* 광 */
	{ 0xEAB5AD, 780, 1 }, /* 국 */
	{ 0xEAB8B8, 781, 1 }, /* 길 */
	{ 0xEB8BA8, 782, 1 }, /* 단 */
	{ 0xEB8F85, 783, 1 }, /* 독 */
	{ 0xEB93A4, 784, 1 }, /* 들 */
	{ 0xEB93B1, 785, 1 }, /* 등 */
	{ 0xEB9494, 786, 1 }, /* 디 */
	{ 0xEBA6BD, 787, 1 }, /* 립 */
	{ 0xEBA980, 788, 1 }, /* 멀 */
	{ 0xEBAAA9, 789, 1 }, /* 목 */
	{ 0xEBACB8, 790, 1 }, /* 문 */
	{ 0xEBB3B4, 791, 1 }, /* 보 */
	{ 0xEBB3B5, 792, 1 }, /* 복 */
	{ 0xEBB695, 793, 1 }, /* 붕 */
	{ 0xEC82AC, 794, 1 }, /* 사 */
	{ 0xEC8381, 795, 1 }, /* 상 */
	{ 0xEC868D, 796, 1 }, /* 속 */
	{ 0xEC8899, 797, 1 }, /* 숙 */
	{ 0xEC88A0, 798, 2 }, /* 술 */
	{ 0xEC88AD, 800, 1 }, /* 숭 */
	{ 0xEC95BD, 801, 1 }, /* 약 */
	{ 0xEC96B8, 802, 1 }, /* 언 */
	{ 0xEC9786, 803, 1 }, /* 없 */
	{ 0xEC97B0, 804, 1 }, /* 연 */
	{ 0xEC97B4, 805, 1 }, /* 열 */
	{ 0xEC9881, 806, 1 }, /* 영 */
	{ 0xEC9AA9, 807, 1 }, /* 용 */
	{ 0xEC9AB8, 808, 1 }, /* 울 */
	{ 0xEC9E88, 809, 1 }, /* 있 */
	{ 0xEC9E89, 810, 1 }, /* 잉 */
	{ 0xEC9E96, 811, 1 }, /* 잖 */
	{ 0xECA081, 812, 2 }, /* 적 */
	{ 0xECA3BC, 814, 1 }, /* 주 */
	{ 0xECA795, 815, 1 }, /* 징 */
	{ 0xED9895, 816, 1 }, /* 형 */
	{ 0xEC9786, 817, 1 }, /* 없 */
	{ 0xEC9789, 818, 1 }, /* 엉 */
	{ 0xEC9E88, 819, 1 }, /* 있 */
	{ 0xEAB1B0, 820, 1 }, /* 거 */
	{ 0xEAB28C, 821, 1 }, /* 게 */
	{ 0xEAB5AC, 822, 1 }, /* 구 */
	{ 0xEAB98C, 823, 1 }, /* 까 */
	{ 0xEB8298, 824, 2 }, /* 나 */
	{ 0xEB84A4, 826, 1 }, /* 네 */
	{ 0xEB8C80, 827, 1 }, /* 대 */
	{ 0xEB8F84, 828, 1 }, /* 도 */
	{ 0xEB9DBC, 829, 1 }, /* 라 */
	{ 0xEB9E98, 830, 1 }, /* 래 */
	{ 0xEBAD90, 831, 1 }, /* 뭐 */
	{ 0xEBB490, 832, 1 }, /* 봐 */
	{ 0xEC84B8, 833, 1 }, /* 세 */
	{ 0xEC9584, 834, 1 }, /* 아 */
	{ 0xEC96B4, 835, 2 }, /* 어 */
	{ 0xEC9790, 837, 1 }, /* 에 */
	{ 0xEC9888, 838, 1 }, /* 예 */
	{ 0xEC9B8C, 839, 1 }, /* 워 */
	{ 0xEC9DB4, 840, 1 }, /* 이 */
	{ 0xEC9E96, 841, 1 }, /* 잖 */
	{ 0xECA0B8, 842, 1 }, /* 져 */
	{ 0xECA3A0, 843, 1 }, /* 죠 */
	{ 0xECA498, 844, 1 }, /* 줘 */
	{ 0xED9598, 845, 1 }, /* 하 */
	{ 0xED95B4, 846, 1 }, /* 해 */
	{ 0xEAB28C, 847, 1 }, /* 게 */
	{ 0xEAB98C, 848, 1 }, /* 까 */
	{ 0xEB8298, 849, 1 }, /* 나 */
	{ 0xEB84A4, 850, 1 }, /* 네 */
	{ 0xEB9DBC, 851, 1 }, /* 라 */
	{ 0xEB9E98, 852, 1 }, /* 래 */
	{ 0xEBB490, 853, 1 }, /* 봐 */
	{ 0xEC84B8, 854, 1 }, /* 세 */
	{ 0xEC9584, 855, 1 }, /* 아 */
	{ 0xEC96B4, 856, 1 }, /* 어 */
	{ 0xEC9790, 857, 1 }, /* 에 */
	{ 0xEC9888, 858, 1 }, /* 예 */
	{ 0xEC9B8C, 859, 1 }, /* 워 */
	{ 0xECA0B8, 860, 1 }, /* 져 */
	{ 0xECA3A0, 861, 1 }, /* 죠 */
	{ 0xECA498, 862, 1 }, /* 줘 */
	{ 0xED95B4, 863, 1 }, /* 해 */
	{ 0xEAB98C, 864, 1 }, /* 까 */
	{ 0xEABB98, 865, 1 }, /* 께 */
	{ 0xEB8298, 866, 1 }, /* 나 */
	{ 0xEB84A4, 867, 1 }, /* 네 */
	{ 0xEB8DB0, 868, 1 }, /* 데 */
	{ 0xEB9DBC, 869, 1 }, /* 라 */
	{ 0xEB9E98, 870, 1 }, /* 래 */
	{ 0xEC84B8, 871, 1 }, /* 세 */
	{ 0xEC9584, 872, 1 }, /* 아 */
	{ 0xEC96B4, 873, 1 }, /* 어 */
	{ 0xEC98A4, 874, 1 }, /* 오 */
	{ 0xEC9DB4, 875, 1 }, /* 이 */
	{ 0xED95B4, 876, 1 }, /* 해 */
	{ 0xEC8B9C, 877, 8 }, /* 시 */
	{ 0xED9598, 885, 1 }, /* 하 */
	{ 0xEB8298, 886, 1 }, /* 나 */
	{ 0xEB8580, 887, 1 }, /* 녀 */
	{ 0xEC9584, 888, 1 }, /* 아 */
	{ 0xEC96B4, 889, 1 }, /* 어 */
	{ 0xEAB080, 890, 1 }, /* 가 */
	{ 0xEAB095, 891, 1 }, /* 강 */
	{ 0xEAB09C, 892, 1 }, /* 개 */
	{ 0xEAB888, 893, 1 }, /* 금 */
	{ 0xEAB8B4, 894, 1 }, /* 긴 */
	{ 0xEB8F99, 895, 2 }, /* 동 */
	{ 0xEB9E98, 897, 1 }, /* 래 */
	{ 0xEBAAA9, 898, 1 }, /* 목 */
	{ 0xEBAFBC, 899, 1 }, /* 민 */
	{ 0xEBB490, 900, 1 }, /* 봐 */
	{ 0xEC868C, 901, 1 }, /* 소 */
	{ 0xEC868D, 902, 1 }, /* 속 */
	{ 0xEC8898, 903, 1 }, /* 수 */
	{ 0xEC9A94, 904, 1 }, /* 요 */
	{ 0xEC9B94, 905, 1 }, /* 월 */
	{ 0xEC9DBC, 906, 1 }, /* 일 */
	{ 0xECA3BC, 907, 1 }, /* 주 */
	{ 0xECA491, 908, 1 }, /* 중 */
	{ 0xED86A0, 909, 1 }, /* 토 */
	{ 0xED9584, 910, 2 }, /* 필 */
	{ 0xED9788, 912, 1 }, /* 허 */
	{ 0xED9994, 913, 1 }, /* 화 */
	{ 0xEB84A4, 914, 1 }, /* 네 */
	{ 0xEC84B8, 915, 1 }, /* 세 */
	{ 0xEC96B4, 916, 1 }, /* 어 */
	{ 0xEC9790, 917, 1 }, /* 에 */
	{ 0xECA780, 918, 1 }, /* 지 */
	{ 0xED95B4, 919, 1 }, /* 해 */
	{ 0xEAB28C, 920, 1 }, /* 게 */
	{ 0xEAB98C, 921, 1 }, /* 까 */
	{ 0xEB8298, 922, 1 }, /* 나 */
	{ 0xEB84A4, 923, 1 }, /* 네 */
	{ 0xEB9DBC, 924, 1 }, /* 라 */
	{ 0xEB9E98, 925, 1 }, /* 래 */
	{ 0xEBB490, 926, 1 }, /* 봐 */
	{ 0xEC84B8, 927, 1 }, /* 세 */
	{ 0xEC9584, 928, 1 }, /* 아 */
	{ 0xEC96B4, 929, 1 }, /* 어 */
	{ 0xEC9790, 930, 1 }, /* 에 */
	{ 0xEC9888, 931, 1 }, /* 예 */
	{ 0xEC9A94, 932, 1 }, /* 요 */
	{ 0xEC9B8C, 933, 1 }, /* 워 */
	{ 0xECA0B8, 934, 1 }, /* 져 */
	{ 0xECA3A0, 935, 1 }, /* 죠 */
	{ 0xECA498, 936, 1 }, /* 줘 */
	{ 0xECA780, 937, 1 }, /* 지 */
	{ 0xED95B4, 938, 1 }, /* 해 */
	{ 0xEB9DBC, 939, 3 }, /* 라 */
	{ 0xEC9584, 942, 1 }, /* 아 */
	{ 0xED9CB4, 943, 1 }, /* 휴 */
	{ 0xEAB080, 944, 1 }, /* 가 */
	{ 0xEAB1B0, 945, 3 }, /* 거 */
	{ 0xEAB98C, 948, 1 }, /* 까 */
	{ 0xEB8D94, 949, 1 }, /* 더 */
	{ 0xEBA7A4, 950, 1 }, /* 매 */
	{ 0xEBB2BC, 951, 1 }, /* 벼 */
	{ 0xEC849C, 952, 1 }, /* 서 */
	{ 0xEC89AC, 953, 2 }, /* 쉬 */
	{ 0xEC97AC, 955, 1 }, /* 여 */
	{ 0xECB694, 956, 1 }, /* 추 */
	{ 0xEAB080, 957, 1 }, /* 가 */
	{ 0xEAB28C, 958, 1 }, /* 게 */
	{ 0xEAB2A8, 959, 1 }, /* 겨 */
	{ 0xEAB98C, 960, 1 }, /* 까 */
	{ 0xEB84A4, 961, 1 }, /* 네 */
	{ 0xEB8580, 962, 1 }, /* 녀 */
	{ 0xEB8C80, 963, 1 }, /* 대 */
	{ 0xEB8DB0, 964, 1 }, /* 데 */
	{ 0xEB8FBC, 965, 1 }, /* 돼 */
	{ 0xEB9E98, 966, 1 }, /* 래 */
	{ 0xEB9FAC, 967, 1 }, /* 러 */
	{ 0xEBA0A4, 968, 1 }, /* 려 */
	{ 0xEBA8BC, 969, 1 }, /* 먼 */
	{ 0xEBB2BC, 970, 1 }, /* 벼 */
	{ 0xEBB490, 971, 1 }, /* 봐 */
	{ 0xEC84B8, 972, 1 }, /* 세 */
	{ 0xEC8594, 973, 1 }, /* 셔 */
	{ 0xEC8B9C, 974, 1 }, /* 시 */
	{ 0xEC9584, 975, 2 }, /* 아 */
	{ 0xEC96B4, 977, 2 }, /* 어 */
	{ 0xEC9980, 979, 1 }, /* 와 */
	{ 0xEC9B8C, 980, 1 }, /* 워 */
	{ 0xEC9E96, 981, 1 }, /* 잖 */
	{ 0xECA498, 982, 1 }, /* 줘 */
	{ 0xECA780, 983, 1 }, /* 지 */
	{ 0xECB390, 984, 1 }, /* 쳐 */
	{ 0xECBC9C, 985, 1 }, /* 켜 */
	{ 0xED8EB4, 986, 1 }, /* 펴 */
	{ 0xED95B4, 987, 1 }, /* 해 */
	{ 0xED9880, 988, 1 }, /* 혀 */
	{ 0xED98B9, 989, 1 }, /* 혹 */
	{ 0xEBA8B9, 990, 1 }, /* 먹 */
	{ 0xEC9CBC, 991, 1 }, /* 으 */
	{ 0xEC9E91, 992, 1 }, /* 작 */
	{ 0xECA081, 993, 1 }, /* 적 */
	{ 0xED9D90, 994, 1 }, /* 흐 */
	{ 0xEB8DB0, 995, 9 }, /* 데 */
	{ 0xEB93AF, 1004, 1 }, /* 듯 */
	{ 0xEB9E98, 1005, 1 }, /* 래 */
	{ 0xEC9790, 1006, 1 }, /* 에 */
	{ 0xECB9B4, 1007, 2 }, /* 카 */
	{ 0xEAB28C, 1009, 1 }, /* 게 */
	{ 0xEAB2B8, 1010, 1 }, /* 겸 */
	{ 0xEAB5AC, 1011, 1 }, /* 구 */
	{ 0xEAB780, 1012, 1 }, /* 귀 */
	{ 0xEAB888, 1013, 1 }, /* 금 */
	{ 0xEB81BC, 1014, 1 }, /* 끼 */
	{ 0xEB84A4, 1015, 1 }, /* 네 */
	{ 0xEB85B8, 1016, 1 }, /* 노 */
	{ 0xEB8BA4, 1017, 1 }, /* 다 */
	{ 0xEB8BB4, 1018, 1 }, /* 담 */
	{ 0xEB8D95, 1019, 1 }, /* 덕 */
	{ 0xEB9DBC, 1020, 5 }, /* 라 */
	{ 0xEBA088, 1025, 2 }, /* 레 */
	{ 0xEBAA85, 1027, 1 }, /* 명 */
	{ 0xEBAAA8, 1028, 1 }, /* 모 */
	{ 0xEBB0A9, 1029, 1 }, /* 방 */
	{ 0xEBB0B0, 1030, 1 }, /* 배 */
	{ 0xEBB680, 1031, 1 }, /* 부 */
	{ 0xEBB684, 1032, 1 }, /* 분 */
	{ 0xEC82AC, 1033, 1 }, /* 사 */
	{ 0xEC8381, 1034, 2 }, /* 상 */
	{ 0xEC84A0, 1036, 1 }, /* 선 */
	{ 0xEC868C, 1037, 1 }, /* 소 */
	{ 0xEC8899, 1038, 1 }, /* 숙 */
	{ 0xEC889C, 1039, 1 }, /* 순 */
	{ 0xEC8BA0, 1040, 1 }, /* 신 */
	{ 0xEC97B0, 1041, 1 }, /* 연 */
	{ 0xEC9881, 1042, 1 }, /* 영 */
	{ 0xEC98A5, 1043, 1 }, /* 옥 */
	{ 0xEC9AB4, 1044, 1 }, /* 운 */
	{ 0xEC9C84, 1045, 1 }, /* 위 */
	{ 0xEC9DB4, 1046, 1 }, /* 이 */
	{ 0xEC9DBC, 1047, 1 }, /* 일 */
	{ 0xEC9E84, 1048, 1 }, /* 임 */
	{ 0xEC9EAC, 1049, 1 }, /* 재 */
	{ 0xECA081, 1050, 1 }, /* 적 */
	{ 0xECA084, 1051, 1 }, /* 전 */
	{ 0xECA088, 1052, 1 }, /* 절 */
	{ 0xECA095, 1053, 1 }, /* 정 */
	{ 0xECA1B0, 1054, 1 }, /* 조 */
	{ 0xECA3BC, 1055, 1 }, /* 주 */
	{ 0xECA491, 1056, 1 }, /* 중 */
	{ 0xECA780, 1057, 1 }, /* 지 */
	{ 0xECA781, 1058, 1 }, /* 직 */
	{ 0xECB185, 1059, 1 }, /* 책 */
	{ 0xECB488, 1060, 1 }, /* 초 */
	{ 0xECB7A8, 1061, 1 }, /* 취 */
	{ 0xED8380, 1062, 1 }, /* 타 */
	{ 0xED87B4, 1063, 1 }, /* 퇴 */
	{ 0xED8AB9, 1064, 1 }, /* 특 */
	{ 0xED94BC, 1065, 1 }, /* 피 */
	{ 0xED9598, 1066, 2 }, /* 하 */
	{ 0xED95B4, 1068, 1 }, /* 해 */
	{ 0xED9884, 1069, 1 }, /* 현 */
	{ 0xED9A8C, 1070, 1 }, /* 회 */
	{ 0xED9B84, 1071, 1 }, /* 후 */
	{ 0xED9DAC, 1072, 1 }, /* 희 */
	{ 0xEAB28C, 1073, 1 }, /* 게 */
	{ 0xEAB98C, 1074, 1 }, /* 까 */
	{ 0xEABB98, 1075, 1 }, /* 께 */
	{ 0xEB84A4, 1076, 1 }, /* 네 */
	{ 0xEB8BA4, 1077, 2 }, /* 다 */
	{ 0xEB9DBC, 1079, 4 }, /* 라 */
	{ 0xEBA19C, 1083, 1 }, /* 로 */
	{ 0xEBB3B4, 1084, 1 }, /* 보 */
	{ 0xEC87BC, 1085, 1 }, /* 쇼 */
	{ 0xEC95BC, 1086, 1 }, /* 야 */
	{ 0xEC96B4, 1087, 1 }, /* 어 */
	{ 0xEC9A94, 1088, 1 }, /* 요 */
	{ 0xEC9E90, 1089, 1 }, /* 자 */
	{ 0xECA09C, 1090, 1 }, /* 제 */
	{ 0xECA780, 1091, 1 }, /* 지 */
	{ 0xEAB080, 1092, 1 }, /* 가 */
	{ 0xEB8298, 1093, 1 }, /* 나 */
	{ 0xEB8680, 1094, 1 }, /* 놀 */
	{ 0xEB9098, 1095, 1 }, /* 되 */
	{ 0xEBA790, 1096, 1 }, /* 말 */
	{ 0xEBA8B9, 1097, 1 }, /* 먹 */
	{ 0xEBB3B4, 1098, 3 }, /* 보 */
	{ 0xEC82B4, 1101, 1 }, /* 살 */
	{ 0xEC89AC, 1102, 1 }, /* 쉬 */
	{ 0xEC9E90, 1103, 1 }, /* 자 */
	{ 0xECB998, 1104, 1 }, /* 치 */
	{ 0xED9598, 1105, 1 }, /* 하 */
	{ 0xED989C, 1106, 1 }, /* 혜 */
	{ 0xECA79C, 1107, 1 }, /* 짜 */
	{ 0xEB8298, 1108, 1 }, /* 나 */
	{ 0xEB8680, 1109, 1 }, /* 놀 */
	{ 0xEBA8B9, 1110, 1 }, /* 먹 */
	{ 0xEBB3B4, 1111, 1 }, /* 보 */
	{ 0xEC82B4, 1112, 1 }, /* 살 */
	{ 0xEC89AC, 1113, 1 }, /* 쉬 */
	{ 0xEC8B9C, 1114, 1 }, /* 시 */
	{ 0xEC98A4, 1115, 1 }, /* 오 */
	{ 0xED82A4, 1116, 1 }, /* 키 */
	{ 0xED9598, 1117, 1 }, /* 하 */
	{ 0xEABF80, 1118, 1 }, /* 꿀 */
	{ 0xEB85B8, 1119, 1 }, /* 노 */
	{ 0xEC9888, 1120, 1 }, /* 예 */
	{ 0xEC9DB8, 1121, 1 }, /* 인 */
	{ 0xEAB284, 1122, 1 }, /* 겄 */
	{ 0xEAB2A0, 1123, 1 }, /* 겠 */
	{ 0xEAB99D, 1124, 1 }, /* 깝 */
	{ 0xEB9098, 1125, 1 }, /* 되 */
	{ 0xEB9DBC, 1126, 1 }, /* 라 */
	{ 0xEBA087, 1127, 2 }, /* 렇 */
	{ 0xEBA79E, 1129, 1 }, /* 맞 */
	{ 0xEBA8B9, 1130, 1 }, /* 먹 */
	{ 0xEBACB5, 1131, 1 }, /* 묵 */
	{ 0xEBB4A4, 1132, 1 }, /* 봤 */
	{ 0xEC958C, 1133, 1 }, /* 알 */
	{ 0xEC95BC, 1134, 2 }, /* 야 */
	{ 0xEC9786, 1136, 1 }, /* 없 */
	{ 0xEC9E88, 1137, 1 }, /* 있 */
	{ 0xECA28B, 1138, 1 }, /* 좋 */
	{ 0xED9484, 1139, 1 }, /* 프 */
	{ 0xED9598, 1140, 1 }, /* 하 */
	{ 0xED9688, 1141, 1 }, /* 했 */
	{ 0xED9788, 1142, 1 }, /* 허 */
	{ 0xEAB080, 1143, 1 }, /* 가 */
	{ 0xEAB1B0, 1144, 1 }, /* 거 */
	{ 0xEAB2A0, 1145, 1 }, /* 겠 */
	{ 0xEAB98C, 1146, 1 }, /* 까 */
	{ 0xEB8BA4, 1147, 1 }, /* 다 */
	{ 0xEB9098, 1148, 1 }, /* 되 */
	{ 0xEBA087, 1149, 1 }, /* 렇 */
	{ 0xEC8198, 1150, 1 }, /* 쁘 */
	{ 0xEC95BC, 1151, 1 }, /* 야 */
	{ 0xEC9DB4, 1152, 1 }, /* 이 */
	{ 0xEC9DBC, 1153, 1 }, /* 일 */
	{ 0xED9484, 1154, 1 }, /* 프 */
	{ 0xED9598, 1155, 2 }, /* 하 */
	{ 0xEC96B4, 1157, 1 }, /* 어 */
	{ 0xEC9B8C, 1158, 1 }, /* 워 */
	{ 0xECA0B8, 1159, 1 }, /* 져 */
	{ 0xECB390, 1160, 1 }, /* 쳐 */
	{ 0xED95B4, 1161, 1 }, /* 해 */
	{ 0xEBA087, 1162, 1 }, /* 렇 */
	{ 0xEC95BC, 1163, 1 }, /* 야 */
	{ 0xECA784, 1164, 1 }, /* 진 */
	{ 0xECA79D, 1165, 1 }, /* 짝 */
	{ 0xED8FB4, 1166, 1 }, /* 폴 */
	{ 0xED9B8C, 1167, 1 }, /* 훌 */
	{ 0xECA99D, 1168, 1 }, /* 쩝 */
	{ 0xEC9DBC, 1169, 1 }, /* 일 */
	{ 0xECA3BC, 1170, 1 }, /* 주 */
	{ 0xEB8F84, 1171, 1 }, /* 도 */
	{ 0xEAB9A1, 1172, 1 }, /* 깡 */
	{ 0xEAB095, 1173, 1 }, /* 강 */
	{ 0xEBB984, 1174, 1 }, /* 비 */
	{ 0xEBB28C, 1175, 1 }, /* 벌 */
	{ 0xECBFB5, 1176, 1 }, /* 쿵 */
	{ 0xECBFA8, 1177, 1 }, /* 쿨 */
	{ 0xEBA78C, 1178, 1 }, /* 만 */
	{ 0xEBB680, 1179, 1 }, /* 부 */
	{ 0xED959C, 1180, 1 }, /* 한 */
	{ 0xEABF80, 1181, 1 }, /* 꿀 */
	{ 0xEC9DB4, 1182, 2 }, /* 이 */
	{ 0xEAB3A0, 1184, 1 }, /* 고 */
	{ 0xEC9584, 1185, 1 }, /* 아 */
	{ 0xEC8AAC, 1186, 1 }, /* 슬 */
	{ 0xECB49D, 1187, 1 }, /* 총 */
	{ 0xEC8AAC, 1188, 1 }, /* 슬 */
	{ 0xEB9890, 1189, 1 }, /* 또 */
	{ 0xEAB095, 1190, 1 }, /* 강 */
	{ 0xEAB3A0, 1191, 2 }, /* 고 */
	{ 0xEAB3A4, 1193, 1 }, /* 곤 */
	{ 0xEAB5B0, 1194, 1 }, /* 군 */
	{ 0xEAB888, 1195, 1 }, /* 금 */
	{ 0xEAB889, 1196, 1 }, /* 급 */
	{ 0xEAB8B0, 1197, 3 }, /* 기 */
	{ 0xEAB983, 1200, 1 }, /* 깃 */
	{ 0xEABCBC, 1201, 1 }, /* 꼼 */
	{ 0xEB8194, 1202, 1 }, /* 끔 */
	{ 0xEB8197, 1203, 1 }, /* 끗 */
	{ 0xEB81BC, 1204, 1 }, /* 끼 */
	{ 0xEB829C, 1205, 1 }, /* 난 */
	{ 0xEB82A9, 1206, 1 }, /* 납 */
	{ 0xEB8489, 1207, 1 }, /* 넉 */
	{ 0xEB8AA5, 1208, 1 }, /* 능 */
	{ 0xEB8BA8, 1209, 1 }, /* 단 */
	{ 0xEB8BAC, 1210, 1 }, /* 달 */
	{ 0xEB8BB5, 1211, 1 }, /* 답 */
	{ 0xEB8BB9, 1212, 1 }, /* 당 */
	{ 0xEB8F99, 1213, 1 }, /* 동 */
	{ 0xEB93A0, 1214, 1 }, /* 든 */
	{ 0xEB93AF, 1215, 1 }, /* 듯 */
	{ 0xEB9CBB, 1216, 1 }, /* 뜻 */
	{ 0xEBA0B4, 1217, 1 }, /* 렴 */
	{ 0xEBA599, 1218, 1 }, /* 륙 */
	{ 0xEBA5AD, 1219, 1 }, /* 륭 */
	{ 0xEBA6AC, 1220, 1 }, /* 리 */
	{ 0xEBA79D, 1221, 2 }, /* 망 */
	{ 0xEBA7A4, 1223, 2 }, /* 매 */
	{ 0xEBAAA8, 1225, 1 }, /* 모 */
	{ 0xEBACB8, 1226, 1 }, /* 문 */
	{ 0xEBACBC, 1227, 1 }, /* 물 */
	{ 0xEBB08D, 1228, 1 }, /* 밍 */
	{ 0xEBB0B1, 1229, 1 }, /* 백 */
	{ 0xEBB294, 1230, 1 }, /* 범 */
	{ 0xEBB2BD, 1231, 1 }, /* 벽 */
	{ 0xEBB384, 1232, 1 }, /* 별 */
	{ 0xEBB3B5, 1233, 1 }, /* 복 */
	{ 0xEBB684, 1234, 1 }, /* 분 */
	{ 0xEC82AC, 1235, 1 }, /* 사 */
	{ 0xEC82AD, 1236, 1 }, /* 삭 */
	{ 0xEC8381, 1237, 1 }, /* 상 */
	{ 0xEC84AD, 1238, 1 }, /* 섭 */
	{ 0xEC84B1, 1239, 1 }, /* 성 */
	{ 0xEC868C, 1240, 1 }, /* 소 */
	{ 0xEC86A1, 1241, 1 }, /* 송 */
	{ 0xEC8898, 1242, 3 }, /* 수 */
	{ 0xEC8899, 1245, 1 }, /* 숙 */
	{ 0xEC88A0, 1246, 1 }, /* 술 */
	{ 0xEC8AB7, 1247, 1 }, /* 슷 */
	{ 0xEC8BA4, 1248, 1 }, /* 실 */
	{ 0xEC8BAC, 1249, 3 }, /* 심 */
	{ 0xEC9584, 1252, 1 }, /* 아 */
	{ 0xEC9588, 1253, 2 }, /* 안 */
	{ 0xEC95BD, 1255, 2 }, /* 약 */
	{ 0xEC9691, 1257, 1 }, /* 양 */
	{ 0xEC96B4, 1258, 1 }, /* 어 */
	{ 0xEC96BC, 1259, 1 }, /* 얼 */
	{ 0xEC9A94, 1260, 2 }, /* 요 */
	{ 0xEC9AA9, 1262, 2 }, /* 용 */
	{ 0xEC9AB4, 1264, 1 }, /* 운 */
	{ 0xEC9B8C, 1265, 1 }, /* 워 */
	{ 0xEC9B90, 1266, 1 }, /* 원 */
	{ 0xEC9C84, 1267, 1 }, /* 위 */
	{ 0xEC9D98, 1268, 1 }, /* 의 */
	{ 0xEC9EA1, 1269, 1 }, /* 잡 */
	{ 0xECA084, 1270, 2 }, /* 전 */
	{ 0xECA088, 1272, 1 }, /* 절 */
	{ 0xECA095, 1273, 2 }, /* 정 */
	{ 0xECA1B1, 1275, 2 }, /* 족 */
	{ 0xECA790, 1277, 1 }, /* 짐 */
	{ 0xECA7A4, 1278, 1 }, /* 짤 */
	{ 0xECB0A9, 1279, 1 }, /* 착 */
	{ 0xECB0AE, 1280, 1 }, /* 찮 */
	{ 0xECB29C, 1281, 1 }, /* 천 */
	{ 0xECB489, 1282, 1 }, /* 촉 */
	{ 0xECB694, 1283, 2 }, /* 추 */
	{ 0xECB695, 1285, 1 }, /* 축 */
	{ 0xED81BC, 1286, 1 }, /* 큼 */
	{ 0xED8384, 1287, 1 }, /* 탄 */
	{ 0xED839D, 1288, 1 }, /* 택 */
	{ 0xED8ABC, 1289, 1 }, /* 튼 */
	{ 0xED8EB8, 1290, 4 }, /* 편 */
	{ 0xED8FAC, 1294, 1 }, /* 포 */
	{ 0xED919C, 1295, 1 }, /* 표 */
	{ 0xED95B4, 1296, 1 }, /* 해 */
	{ 0xED9689, 1297, 1 }, /* 행 */
	{ 0xED98B8, 1298, 1 }, /* 호 */
	{ 0xED9995, 1299, 1 }, /* 확 */
	{ 0xED99A9, 1300, 1 }, /* 황 */
	{ 0xED9A8C, 1301, 1 }, /* 회 */
	{ 0xED9DA1, 1302, 1 }, /* 흡 */
	{ 0xEAB080, 1303, 1 }, /* 가 */
	{ 0xEAB2AC, 1304, 1 }, /* 견 */
	{ 0xEAB3B5, 1305, 1 }, /* 공 */
	{ 0xEAB480, 1306, 1 }, /* 관 */
	{ 0xEB829C, 1307, 2 }, /* 난 */
	{ 0xEB82A8, 1309, 1 }, /* 남 */
	{ 0xEB8C80, 1310, 1 }, /* 대 */
	{ 0xEB8F99, 1311, 1 }, /* 동 */
	{ 0xEB96A1, 1312, 1 }, /* 떡 */
	{ 0xEBA790, 1313, 1 }, /* 말 */
	{ 0xEBB098, 1314, 1 }, /* 반 */
	{ 0xEBB0A9, 1315, 1 }, /* 방 */
	{ 0xEBB984, 1316, 1 }, /* 비 */
	{ 0xEC82B4, 1317, 1 }, /* 살 */
	{ 0xEC8388, 1318, 1 }, /* 새 */
	{ 0xEC849C, 1319, 1 }, /* 서 */
	{ 0xEC8690, 1320, 1 }, /* 손 */
	{ 0xEC8898, 1321, 1 }, /* 수 */
	{ 0xEC98A4, 1322, 1 }, /* 오 */
	{ 0xEC98AC, 1323, 1 }, /* 올 */
	{ 0xEC9C84, 1324, 1 }, /* 위 */
	{ 0xEC9D98, 1325, 1 }, /* 의 */
	{ 0xEC9DB4, 1326, 1 }, /* 이 */
	{ 0xEC9DB8, 1327, 1 }, /* 인 */
	{ 0xEC9EA5, 1328, 1 }, /* 장 */
	{ 0xEC9EAC, 1329, 1 }, /* 재 */
	{ 0xECB9A8, 1330, 1 }, /* 침 */
	{ 0xED86B5, 1331, 1 }, /* 통 */
	{ 0xED94BC, 1332, 1 }, /* 피 */
	{ 0xED959C, 1333, 1 }, /* 한 */
	{ 0xED9994, 1334, 1 }, /* 화 */
	{ 0xED99A9, 1335, 1 }, /* 황 */
	{ 0xED9BBC, 1336, 1 }, /* 훼 */
	{ 0xEAB7B9, 1337, 1 }, /* 극 */
	{ 0xEC8BA4, 1338, 1 }, /* 실 */
	{ 0xEAB7BC, 1339, 1 }, /* 근 */
	{ 0xEAB384, 1340, 1 }, /* 계 */
	{ 0xEC96B4, 1341, 1 }, /* 어 */
	{ 0xEC9790, 1342, 1 }, /* 에 */
	{ 0xED9D91, 1343, 1 }, /* 흑 */
	{ 0xEBA1AD, 1344, 1 }, /* 롭 */
};

static const unsigned short ko_split_penrows[] = {
	10, 1, 6, 16, 0, 14, 7, 3, 15, 11, 12, 4,
	13, 8, 5, 9, 2, 18, 19, 35, 50, 31, 21, 22,
	23, 24, 25, 29, 40, 48, 38, 45, 41, 36, 47, 44,
	43, 37, 28, 39, 32, 30, 34, 26, 27, 46, 42, 49,
	33, 56, 53, 58, 57, 54, 55, 61, 89, 86, 65, 66,
	67, 70, 71, 72, 69, 85, 84, 68, 62, 63, 64, 73,
	74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 88, 87,
	93, 92, 94, 104, 102, 95, 96, 97, 98, 99, 100, 103,
	101, 106, 108, 109, 107, 112, 113, 114, 115, 117, 150, 133,
	143, 149, 135, 141, 139, 140, 144, 130, 127, 142, 131, 152,
	132, 148, 125, 134, 136, 145, 137, 138, 147, 151, 126, 119,
	120, 121, 122, 123, 124, 118, 128, 129, 146, 154, 160, 153,
	156, 157, 155, 159, 158, 163, 164, 166, 168, 167, 169, 165,
	172, 173, 175, 176, 177, 178, 179, 181, 183, 184, 189, 187,
	182, 188, 194, 193, 190, 191, 185, 192, 186, 204, 201, 203,
	202, 200, 197, 198, 199, 206, 207, 223, 208, 210, 211, 212,
	213, 214, 215, 216, 217, 218, 219, 220, 224, 226, 230, 225,
	221, 209, 229, 227, 222, 232, 231, 233, 228, 238, 251, 248,
	240, 259, 258, 253, 244, 245, 257, 249, 241, 239, 256, 243,
	247, 254, 260, 250, 252, 242, 255, 246, 261, 264, 265, 281,
	272, 287, 284, 288, 280, 273, 285, 282, 275, 276, 267, 268,
	269, 270, 278, 271, 289, 286, 277, 283, 274, 279, 290, 295,
	308, 309, 297, 316, 315, 298, 304, 305, 317, 314, 313, 312,
	302, 303, 310, 300, 301, 299, 307, 311, 306, 323, 322, 324,
	326, 328, 329, 327, 331, 333, 332, 335, 330, 334, 338, 417,
	504, 459, 488, 462, 452, 443, 446, 339, 407, 489, 487, 506,
	414, 454, 491, 405, 424, 438, 467, 505, 436, 478, 497, 474,
	406, 441, 486, 423, 415, 419, 420, 421, 501, 428, 447, 479,
	408, 409, 410, 411, 412, 430, 431, 432, 434, 437, 457, 494,
	418, 458, 448, 449, 495, 471, 466, 456, 493, 480, 476, 498,
	496, 440, 492, 453, 439, 484, 483, 463, 468, 429, 503, 460,
	416, 470, 469, 450, 413, 433, 477, 461, 465, 472, 444, 500,
	485, 490, 422, 464, 473, 502, 482, 455, 475, 481, 340, 341,
	342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353,
	354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365,
	366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377,
	378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389,
	390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401,
	402, 403, 404, 425, 426, 427, 435, 442, 499, 451, 445, 510,
	509, 512, 513, 528, 526, 531, 532, 515, 522, 530, 525, 529,
	523, 527, 517, 524, 520, 519, 521, 518, 516, 535, 541, 548,
	547, 540, 545, 536, 542, 538, 543, 544, 549, 546, 537, 539,
	554, 555, 556, 557, 558, 559, 560, 565, 566, 567, 569, 572,
	571, 575, 577, 576, 579, 580, 581, 609, 586, 587, 588, 589,
	590, 591, 618, 631, 628, 592, 593, 594, 595, 596, 597, 598,
	599, 600, 601, 602, 603, 630, 622, 613, 607, 614, 615, 632,
	617, 626, 623, 610, 624, 627, 585, 611, 621, 633, 608, 583,
	584, 616, 629, 625, 604, 605, 606, 612, 619, 620, 640, 652,
	649, 658, 644, 654, 657, 646, 650, 642, 655, 641, 661, 656,
	645, 636, 637, 638, 659, 639, 643, 653, 647, 662, 660, 651,
	648, 666, 665, 668, 667, 670, 671, 673, 672, 674, 676, 677,
	678, 679, 680, 684, 683, 682, 687, 688, 689, 690, 691, 693,
	692, 694, 695, 696, 697, 700, 699, 701, 702, 703, 710, 704,
	706, 705, 707, 708, 709, 711, 713, 718, 717, 719, 720, 716,
	722, 723, 724, 727, 726, 730, 733, 734, 735, 739, 738, 737,
	740, 736, 741, 743, 745, 744, 748, 746, 747, 749, 753, 754,
	752, 751, 760, 757, 758, 759, 764, 768, 766, 765, 763, 767,
	762, 772, 769, 770, 771, 791, 789, 782, 781, 779, 790, 793,
	783, 788, 784, 785, 792, 774, 775, 776, 777, 778, 787, 786,
	794, 780, 800, 799, 802, 798, 803, 801, 797, 804, 806, 812,
	813, 811, 809, 815, 819, 814, 816, 808, 818, 820, 810, 807,
	817, 825, 826, 829, 830, 827, 828, 831, 832, 833, 834, 835,
	836, 837, 839, 847, 846, 840, 841, 848, 844, 843, 845, 849,
	842, 854, 853, 852, 855, 859, 856, 860, 862, 872, 858, 863,
	870, 865, 864, 869, 867, 861, 857, 868, 871, 866, 909, 898,
	891, 888, 900, 895, 886, 876, 874, 880, 887, 896, 902, 912,
	885, 906, 879, 903, 892, 893, 881, 910, 907, 894, 901, 884,
	899, 890, 904, 905, 889, 883, 908, 882, 877, 897, 911, 875,
	878, 918, 916, 917, 946, 929, 921, 930, 923, 931, 928, 942,
	943, 936, 937, 947, 934, 925, 940, 922, 939, 926, 927, 933,
	945, 944, 932, 938, 935, 941, 924, 954, 955, 956, 953, 961,
	962, 959, 950, 965, 964, 951, 952, 958, 957, 963, 960, 949,
	978, 977, 974, 975, 973, 976, 971, 972, 968, 969, 967, 979,
	970, 981, 982, 983, 984, 985, 986, 987, 988, 989, 991, 992,
	993, 994, 998, 1014, 1013, 1010, 1018, 1001, 1016, 1002, 1009, 1019,
	999, 1015, 1020, 1006, 1017, 1007, 1012, 1005, 1004, 1011, 1000, 1003,
	1021, 1008, 1026, 1027, 1024, 1029, 1028, 1025, 1038, 1039, 1040, 1037,
	1045, 1046, 1043, 1034, 1032, 1031, 1035, 1036, 1048, 1042, 1041, 1047,
	1044, 1030, 1033, 1050, 1051, 1052, 1054, 1053, 1062, 1058, 1059, 1061,
	1055, 1066, 1064, 1060, 1056, 1063, 1067, 1057, 1065, 1082, 1079, 1099,
	1080, 1078, 1093, 1090, 1091, 1089, 1075, 1095, 1087, 1092, 1100, 1084,
	1076, 1086, 1071, 1070, 1072, 1069, 1073, 1083, 1094, 1081, 1085, 1077,
	1096, 1097, 1098, 1074, 1088, 1103, 1108, 1107, 1109, 1110, 1106, 1116,
	1117, 1118, 1119, 1120, 1121, 1125, 1126, 1127, 1129, 1128, 1124, 1122,
	1123, 1173, 1144, 1193, 1149, 1171, 1161, 1153, 1151, 1154, 1176, 1172,
	1133, 1134, 1138, 1139, 1140, 1132, 1156, 1169, 1174, 1185, 1158, 1189,
	1167, 1183, 1136, 1145, 1179, 1186, 1168, 1162, 1178, 1188, 1164, 1166,
	1152, 1184, 1191, 1187, 1194, 1190, 1147, 1181, 1157, 1163, 1160, 1177,
	1148, 1165, 1135, 1175, 1143, 1182, 1195, 1142, 1146, 1141, 1137, 1155,
	1192, 1159, 1150, 1180, 1170, 1210, 1204, 1214, 1207, 1198, 1205, 1199,
	1200, 1201, 1202, 1203, 1216, 1209, 1215, 1213, 1212, 1208, 1211, 1206,
	1223, 1219, 1226, 1231, 1228, 1225, 1217, 1218, 1224, 1227, 1229, 1221,
	1220, 1230, 1222, 1233, 1234, 1240, 1237, 1239, 1243, 1241, 1235, 1242,
	1236, 1238, 1245, 1246, 1249, 1250, 1262, 1261, 1258, 1263, 1259, 1253,
	1254, 1255, 1268, 1269, 1270, 1264, 1251, 1252, 1266, 1265, 1267, 1257,
	1260, 1271, 1256, 1291, 1295, 1292, 1290, 1288, 1297, 1293, 1298, 1289,
	1294, 1287, 1299, 1286, 1296, 1302, 1303, 1305, 1304, 1306, 1308, 1307,
	1311, 1312, 1313, 1315, 1316, 1319, 1318, 1321, 1322, 1323, 1324, 1326,
	1327, 1328, 1329, 1332, 1333, 1335, 1336, 1337, 1339, 1338, 1340, 1342,
	1343, 1345, 1450, 1414, 1454, 1422, 1456, 1425, 1452, 1368, 1412, 1458,
	1380, 1348, 1347, 1371, 1381, 1387, 1437, 1384, 1350, 1395, 1356, 1421,
	1386, 1363, 1367, 1420, 1373, 1366, 1443, 1370, 1397, 1361, 1419, 1354,
	1406, 1457, 1407, 1436, 1383, 1377, 1388, 1365, 1389, 1426, 1353, 1427,
	1379, 1432, 1434, 1402, 1376, 1428, 1405, 1417, 1439, 1390, 1401, 1357,
	1393, 1415, 1423, 1449, 1444, 1429, 1431, 1413, 1451, 1441, 1445, 1355,
	1391, 1392, 1372, 1409, 1433, 1446, 1374, 1442, 1416, 1398, 1369, 1455,
	1349, 1364, 1411, 1351, 1352, 1385, 1382, 1408, 1424, 1358, 1378, 1359,
	1360, 1440, 1375, 1400, 1410, 1399, 1346, 1396, 1435, 1448, 1453, 1438,
	1447, 1430, 1404, 1394, 1418, 1362, 1403, 1481, 1477, 1475, 1491, 1461,
	1482, 1471, 1488, 1469, 1462, 1494, 1493, 1467, 1492, 1479, 1464, 1470,
	1468, 1474, 1483, 1463, 1486, 1489, 1466, 1490, 1478, 1473, 1480, 1487,
	1465, 1476, 1484, 1472, 1485, 1499, 1500, 1501, 1502, 1504, 1503, 1506,
	1508,
};

static const struct ko_split_pen ko_split_pen[] = {
	{ 0xAC74, 0x0000 }, /* 건 */ { 0xB294, 0x0000 }, /* 는 */ { 0xB2A5, 0x0000 }, /* 능 */
	{ 0xB2F9, 0x0000 }, /* 당 */ { 0xB358, 0x0000 }, /* 던 */ { 0xB791, 0x0000 }, /* 랑 */
	{ 0xB7F0, 0x0000 }, /* 런 */ { 0xC740, 0x0000 }, /* 은 */ { 0xC774, 0xB9D0 }, /* 말이 */
	{ 0xC778, 0x0000 }, /* 인 */ { 0xAC74, 0x0000 }, /* 건 */ { 0xB294, 0x0000 }, /* 는 */
	{ 0xB2A5, 0x0000 }, /* 능 */ { 0xB2F9, 0x0000 }, /* 당 */ { 0xB358, 0x0000 }, /* 던 */
	{ 0xB791, 0x0000 }, /* 랑 */ { 0xB7F0, 0x0000 }, /* 런 */ { 0xC740, 0x0000 }, /* 은 */
	{ 0xC778, 0x0000 }, /* 인 */ { 0xB294, 0x0000 }, /* 는 */ { 0xBE44, 0xC131 }, /* 성비 */
	{ 0xAC08, 0x0000 }, /* 갈 */ { 0xAC78, 0x0000 }, /* 걸 */ { 0xAE38, 0xB0A8 }, /* 남길 */
	{ 0xAE38, 0xB118 }, /* 넘길 */ { 0xAE38, 0xB9E1 }, /* 맡길 */ { 0xAE38, 0xC62E }, /* 옮길 */
	{ 0xAE38, 0xCC59 }, /* 챙길 */ { 0xB0BC, 0x0000 }, /* 낼 */ { 0xB180, 0x0000 }, /* 놀 */
	{ 0xB420, 0x0000 }, /* 될 */ { 0xB458, 0x0000 }, /* 둘 */ { 0xB9B4, 0x0000 }, /* 릴 */
	{ 0xBCFC, 0x0000 }, /* 볼 */ { 0xC0B4, 0x0000 }, /* 살 */ { 0xC3E0, 0x0000 }, /* 쏠 */
	{ 0xC4F8, 0x0000 }, /* 쓸 */ { 0xC62C, 0x0000 }, /* 올 */ { 0xC744, 0x0000 }, /* 을 */
	{ 0xC904, 0x0000 }, /* 줄 */ { 0xD0AC, 0x0000 }, /* 킬 */ { 0xD0C8, 0x0000 }, /* 탈 */
	{ 0xD314, 0x0000 }, /* 팔 */ { 0xD560, 0x0000 }, /* 할 */ { 0xAC08, 0x0000 }, /* 갈 */
	{ 0xAE38, 0xB0A8 }, /* 남길 */ { 0xAE38, 0xB118 }, /* 넘길 */ { 0xAE38, 0xB9E1 }, /* 맡길 */
	{ 0xAE38, 0xC62E }, /* 옮길 */ { 0xAE38, 0xCC59 }, /* 챙길 */ { 0xB0BC, 0x0000 }, /* 낼 */
	{ 0xB420, 0x0000 }, /* 될 */ { 0xB458, 0x0000 }, /* 둘 */ { 0xB9B4, 0x0000 }, /* 릴 */
	{ 0xBCFC, 0x0000 }, /* 볼 */ { 0xC3E0, 0x0000 }, /* 쏠 */ { 0xC4F8, 0x0000 }, /* 쓸 */
	{ 0xC62C, 0x0000 }, /* 올 */ { 0xC744, 0x0000 }, /* 을 */ { 0xC904, 0x0000 }, /* 줄 */
	{ 0xD0AC, 0x0000 }, /* 킬 */ { 0xD0C8, 0x0000 }, /* 탈 */ { 0xD560, 0x0000 }, /* 할 */
	{ 0xAC04, 0x0000 }, /* 간 */ { 0xB294, 0x0000 }, /* 는 */ { 0xB358, 0x0000 }, /* 던 */
	{ 0xB41C, 0x0000 }, /* 된 */ { 0xC740, 0x0000 }, /* 은 */ { 0xD55C, 0x0000 }, /* 한 */
	{ 0xB204, 0x0000 }, /* 누 */ { 0xB370, 0xC5B4 }, /* 어데 */ { 0xB77C, 0xB354 }, /* 더라 */
	{ 0xB77C, 0xB4DC }, /* 드라 */ { 0xB9C8, 0xC5BC }, /* 얼마 */ { 0xB9D0, 0xACE0 }, /* 고말 */
	{ 0xC790, 0x0000 }, /* 자 */ { 0xCD5C, 0x0000 }, /* 최 */ { 0xB204, 0x0000 }, /* 누 */
	{ 0xB370, 0xC5B4 }, /* 어데 */ { 0xB77C, 0xB354 }, /* 더라 */ { 0xB77C, 0xB4DC }, /* 드라 */
	{ 0xB9C8, 0xC5BC }, /* 얼마 */ { 0xB9D0, 0xACE0 }, /* 고말 */ { 0xB294, 0x0000 }, /* 는 */
	{ 0xB2A5, 0x0000 }, /* 능 */ { 0xB358, 0x0000 }, /* 던 */ { 0xB0D0, 0x0000 }, /* 냐 */
	{ 0xB2E4, 0x0000 }, /* 다 */ { 0xB77C, 0x0000 }, /* 라 */ { 0xC790, 0x0000 }, /* 자 */
	{ 0xB2E4, 0x0000 }, /* 다 */ { 0xB77C, 0x0000 }, /* 라 */ { 0xB294, 0x0000 }, /* 는 */
	{ 0xB354, 0x0000 }, /* 더 */ { 0xB85C, 0xC774 }, /* 이로 */ { 0xB370, 0xAD74 }, /* 굴데 */
	{ 0xB4B9, 0xAD74 }, /* 굴뒹 */ { 0xB2E4, 0x0000 }, /* 다 */ { 0xB2E4, 0x0000 }, /* 다 */
	{ 0xB450, 0xADFC }, /* 근두 */ { 0xB2C8, 0x0000 }, /* 니 */ { 0xB514, 0x0000 }, /* 디 */
	{ 0xC774, 0xB098 }, /* 나이 */ { 0xB2C8, 0xB2E4 }, /* 다니 */ { 0xB2C8, 0xB77C }, /* 라니 */
	{ 0xB2C8, 0x0000 }, /* 니 */ { 0xAFC0, 0x0000 }, /* 꿀 */ { 0xB2C8, 0xB2E4 }, /* 다니 */
	{ 0xB2C8, 0xB77C }, /* 라니 */ { 0xB2F9, 0x0000 }, /* 당 */ { 0xB791, 0x0000 }, /* 랑 */
	{ 0xB9AC, 0x0000 }, /* 리 */ { 0xBCF4, 0x0000 }, /* 보 */ { 0xC624, 0x0000 }, /* 오 */
	{ 0xC8FC, 0x0000 }, /* 주 */ { 0xC904, 0x0000 }, /* 줄 */ { 0xD558, 0x0000 }, /* 하 */
	{ 0xD560, 0x0000 }, /* 할 */ { 0xB204, 0x0000 }, /* 누 */ { 0xB9C8, 0xC5BC }, /* 얼마 */
	{ 0xBA38, 0x0000 }, /* 머 */ { 0xBB50, 0x0000 }, /* 뭐 */ { 0xC81C, 0xC5B8 }, /* 언제 */
	{ 0xC9DC, 0xC5B4 }, /* 어짜 */ { 0xC9DC, 0xC6B0 }, /* 우짜 */ { 0xC9F8, 0xC6B0 }, /* 우째 */
	{ 0xAC1C, 0x0000 }, /* 개 */ { 0xAC00, 0x0000 }, /* 가 */ { 0xAD6C, 0x0000 }, /* 구 */
	{ 0xAE4C, 0x0000 }, /* 까 */ { 0xAFB8, 0xC790 }, /* 자꾸 */ { 0xB824, 0x0000 }, /* 려 */
	{ 0xBB34, 0xB824 }, /* 려무 */ { 0xBB35, 0x0000 }, /* 묵 */ { 0xBB47, 0x0000 }, /* 뭇 */
	{ 0xC628, 0x0000 }, /* 온 */ { 0xAD6C, 0x0000 }, /* 구 */ { 0xAE4C, 0x0000 }, /* 까 */
	{ 0xAFB8, 0xC790 }, /* 자꾸 */ { 0xB824, 0x0000 }, /* 려 */ { 0xBB34, 0xB824 }, /* 려무 */
	{ 0xBB35, 0x0000 }, /* 묵 */ { 0xBB47, 0x0000 }, /* 뭇 */ { 0xC628, 0x0000 }, /* 온 */
	{ 0xAC00, 0x0000 }, /* 가 */ { 0xAC70, 0x0000 }, /* 거 */ { 0xAD6C, 0xB204 }, /* 누구 */
	{ 0xAE4C, 0x0000 }, /* 까 */ { 0xB098, 0x0000 }, /* 나 */ { 0xB2C8, 0x0000 }, /* 니 */
	{ 0xB2E4, 0xBB50 }, /* 뭐다 */ { 0xB2E4, 0xD55C }, /* 한다 */ { 0xB300, 0x0000 }, /* 대 */
	{ 0xB418, 0x0000 }, /* 되 */ { 0xB514, 0xC5B4 }, /* 어디 */ { 0xB77C, 0xBB50 }, /* 뭐라 */
	{ 0xB798, 0x0000 }, /* 래 */ { 0xB9C8, 0xC5BC }, /* 얼마 */ { 0xBB50, 0x0000 }, /* 뭐 */
	{ 0xBCF4, 0x0000 }, /* 보 */ { 0xC3D8, 0x0000 }, /* 쏘 */ { 0xC624, 0x0000 }, /* 오 */
	{ 0xC774, 0x0000 }, /* 이 */ { 0xC81C, 0xC5B8 }, /* 언제 */ { 0xC8FC, 0x0000 }, /* 주 */
	{ 0xD558, 0x0000 }, /* 하 */ { 0xD5C8, 0x0000 }, /* 허 */ { 0xAC00, 0x0000 }, /* 가 */
	{ 0xAC70, 0x0000 }, /* 거 */ { 0xAD6C, 0xB204 }, /* 누구 */ { 0xAE4C, 0x0000 }, /* 까 */
	{ 0xB098, 0x0000 }, /* 나 */ { 0xB2C8, 0x0000 }, /* 니 */ { 0xB2E4, 0xBB50 }, /* 뭐다 */
	{ 0xB2E4, 0xD55C }, /* 한다 */ { 0xB300, 0x0000 }, /* 대 */ { 0xB418, 0x0000 }, /* 되 */
	{ 0xB514, 0xC5B4 }, /* 어디 */ { 0xB798, 0x0000 }, /* 래 */ { 0xB9C8, 0xC5BC }, /* 얼마 */
	{ 0xBB50, 0x0000 }, /* 뭐 */ { 0xBCF4, 0x0000 }, /* 보 */ { 0xC3D8, 0x0000 }, /* 쏘 */
	{ 0xC624, 0x0000 }, /* 오 */ { 0xC774, 0x0000 }, /* 이 */ { 0xC81C, 0xC5B8 }, /* 언제 */
	{ 0xC8FC, 0x0000 }, /* 주 */ { 0xD558, 0x0000 }, /* 하 */ { 0xD5C8, 0x0000 }, /* 허 */
	{ 0xB0E0, 0x0000 }, /* 냠 */ { 0xAC00, 0x0000 }, /* 가 */ { 0xB098, 0x0000 }, /* 나 */
	{ 0xB418, 0x0000 }, /* 되 */ { 0xB974, 0x0000 }, /* 르 */ { 0xBCF4, 0x0000 }, /* 보 */
	{ 0xC058, 0x0000 }, /* 쁘 */ { 0xC2DC, 0x0000 }, /* 시 */ { 0xC624, 0x0000 }, /* 오 */
	{ 0xC6B0, 0x0000 }, /* 우 */ { 0xC774, 0x0000 }, /* 이 */ { 0xC8FC, 0x0000 }, /* 주 */
	{ 0xCE58, 0x0000 }, /* 치 */ { 0xD06C, 0x0000 }, /* 크 */ { 0xD504, 0x0000 }, /* 프 */
	{ 0xD558, 0x0000 }, /* 하 */ { 0xD5C8, 0x0000 }, /* 허 */ { 0xC544, 0x0000 }, /* 아 */
	{ 0xAC00, 0x0000 }, /* 가 */ { 0xB354, 0x0000 }, /* 더 */ { 0xB4DC, 0x0000 }, /* 드 */
	{ 0xB77C, 0xADF8 }, /* 그라 */ { 0xBA39, 0x0000 }, /* 먹 */ { 0xBB35, 0x0000 }, /* 묵 */
	{ 0xBB47, 0x0000 }, /* 뭇 */ { 0xC058, 0x0000 }, /* 쁘 */ { 0xCE74, 0x0000 }, /* 카 */
	{ 0xD504, 0x0000 }, /* 프 */ { 0xD558, 0x0000 }, /* 하 */ { 0xB354, 0x0000 }, /* 더 */
	{ 0xB4DC, 0x0000 }, /* 드 */ { 0xB77C, 0xADF8 }, /* 그라 */ { 0xBA39, 0x0000 }, /* 먹 */
	{ 0xBB35, 0x0000 }, /* 묵 */ { 0xBB47, 0x0000 }, /* 뭇 */ { 0xC058, 0x0000 }, /* 쁘 */
	{ 0xCE74, 0x0000 }, /* 카 */ { 0xD504, 0x0000 }, /* 프 */ { 0xD558, 0x0000 }, /* 하 */
	{ 0xB2E4, 0x0000 }, /* 다 */ { 0xAD6C, 0xB204 }, /* 누구 */ { 0xB514, 0xC5B4 }, /* 어디 */
	{ 0xB77C, 0xBB50 }, /* 뭐라 */ { 0xB9C8, 0xC5BC }, /* 얼마 */ { 0xBB50, 0x0000 }, /* 뭐 */
	{ 0xC81C, 0xC5B8 }, /* 언제 */ { 0xAD6C, 0xB204 }, /* 누구 */ { 0xB514, 0xC5B4 }, /* 어디 */
	{ 0xB9C8, 0xC5BC }, /* 얼마 */ { 0xBB50, 0x0000 }, /* 뭐 */ { 0xC81C, 0xC5B8 }, /* 언제 */
	{ 0xB2E4, 0xD6C4 }, /* 후다 */ { 0xCF69, 0xB2E5 }, /* 닥콩 */ { 0xB2C8, 0x0000 }, /* 니 */
	{ 0xC774, 0x0000 }, /* 이 */ { 0xAC11, 0x0000 }, /* 갑 */ { 0xAC81, 0x0000 }, /* 겁 */
	{ 0xAE5D, 0x0000 }, /* 깝 */ { 0xB294, 0x0000 }, /* 는 */ { 0xB2C8, 0x0000 }, /* 니 */
	{ 0xB365, 0x0000 }, /* 덥 */ { 0xB7FD, 0x0000 }, /* 럽 */ { 0xB835, 0x0000 }, /* 렵 */
	{ 0xB9D9, 0x0000 }, /* 맙 */ { 0xB9F5, 0x0000 }, /* 맵 */ { 0xBCCD, 0x0000 }, /* 볍 */
	{ 0xC058, 0x0000 }, /* 쁘 */ { 0xC27D, 0x0000 }, /* 쉽 */ { 0xC5FD, 0x0000 }, /* 엽 */
	{ 0xC774, 0x0000 }, /* 이 */ { 0xCDA5, 0x0000 }, /* 춥 */ { 0xD06C, 0x0000 }, /* 크 */
	{ 0xD504, 0x0000 }, /* 프 */ { 0xAC04, 0x0000 }, /* 간 */ { 0xB0B8, 0x0000 }, /* 낸 */
	{ 0xB17C, 0x0000 }, /* 논 */ { 0xB294, 0x0000 }, /* 는 */ { 0xB41C, 0x0000 }, /* 된 */
	{ 0xC0B0, 0x0000 }, /* 산 */ { 0xC628, 0x0000 }, /* 온 */ { 0xC900, 0x0000 }, /* 준 */
	{ 0xCE5C, 0x0000 }, /* 친 */ { 0xD0C4, 0x0000 }, /* 탄 */ { 0xD55C, 0x0000 }, /* 한 */
	{ 0xB294, 0x0000 }, /* 는 */ { 0xB2C8, 0x0000 }, /* 니 */ { 0xC2EC, 0x0000 }, /* 심 */
	{ 0xB35C, 0x0000 }, /* 덜 */ { 0xAC70, 0x0000 }, /* 거 */ { 0xBE48, 0xB465 }, /* 둥빈 */
	{ 0xC804, 0xB808 }, /* 레전 */ { 0xAC70, 0x0000 }, /* 거 */ { 0xBD80, 0xB4E4 }, /* 들부 */
	{ 0xBFCC, 0x0000 }, /* 뿌 */ { 0xAC70, 0x0000 }, /* 거 */ { 0xB2E4, 0x0000 }, /* 다 */
	{ 0xB77C, 0x0000 }, /* 라 */ { 0xB69D, 0x0000 }, /* 뚝 */ { 0xC5B4, 0x0000 }, /* 어 */
	{ 0xBC8C, 0xB808 }, /* 레벌 */ { 0xAC70, 0x0000 }, /* 거 */ { 0xACC4, 0x0000 }, /* 계 */
	{ 0xAD6C, 0x0000 }, /* 구 */ { 0xADF8, 0x0000 }, /* 그 */ { 0xAE30, 0x0000 }, /* 기 */
	{ 0xB85C, 0x0000 }, /* 로 */ { 0xB8CC, 0x0000 }, /* 료 */ { 0xBA38, 0x0000 }, /* 머 */
	{ 0xBB50, 0x0000 }, /* 뭐 */ { 0xBCF4, 0x0000 }, /* 보 */ { 0xC0AC, 0x0000 }, /* 사 */
	{ 0xC624, 0xB098 }, /* 나오 */ { 0xC624, 0xC544 }, /* 아오 */ { 0xC624, 0xC5B4 }, /* 어오 */
	{ 0xC73C, 0x0000 }, /* 으 */ { 0xC774, 0x0000 }, /* 이 */ { 0xC790, 0x0000 }, /* 자 */
	{ 0xC81C, 0x0000 }, /* 제 */ { 0xC8FC, 0x0000 }, /* 주 */ { 0xD558, 0x0000 }, /* 하 */
	{ 0xD654, 0x0000 }, /* 화 */ { 0xD68C, 0x0000 }, /* 회 */ { 0xBCF4, 0x0000 }, /* 보 */
	{ 0xC624, 0xB098 }, /* 나오 */ { 0xC624, 0xC544 }, /* 아오 */ { 0xC624, 0xC5B4 }, /* 어오 */
	{ 0xC73C, 0x0000 }, /* 으 */ { 0xC8FC, 0x0000 }, /* 주 */ { 0xD558, 0x0000 }, /* 하 */
	{ 0xADF8, 0x0000 }, /* 그 */ { 0xBD80, 0xB7B4 }, /* 랴부 */ { 0xC9DC, 0x0000 }, /* 짜 */
	{ 0xCA4C, 0x0000 }, /* 쩌 */ { 0xBD80, 0x0000 }, /* 부 */ { 0xBD88, 0x0000 }, /* 불 */
	{ 0xBE0C, 0x0000 }, /* 브 */ { 0xD758, 0x0000 }, /* 흘 */ { 0xBD80, 0x0000 }, /* 부 */
	{ 0xBE0C, 0x0000 }, /* 브 */ { 0xB974, 0xB4DC }, /* 드르 */ { 0xAD6C, 0x0000 }, /* 구 */
	{ 0xC9C0, 0x0000 }, /* 지 */ { 0xAD6C, 0x0000 }, /* 구 */ { 0xB8E8, 0xD6C4 }, /* 후루 */
	{ 0xB974, 0xC640 }, /* 와르 */ { 0xB974, 0xAF2C }, /* 꼬르 */ { 0xB974, 0xC8FC }, /* 주르 */
	{ 0xBAA8, 0x0000 }, /* 모 */ { 0xBE60, 0x0000 }, /* 빠 */ { 0xCE04, 0x0000 }, /* 츄 */
	{ 0xB9AC, 0xD718 }, /* 휘리 */ { 0xB290, 0x0000 }, /* 느 */ { 0xD750, 0x0000 }, /* 흐 */
	{ 0xACE0, 0x0000 }, /* 고 */ { 0xAD6C, 0x0000 }, /* 구 */ { 0xC874, 0x0000 }, /* 존 */
	{ 0xAD6C, 0x0000 }, /* 구 */ { 0xAFB8, 0xBC85 }, /* 벅꾸 */ { 0xAC00, 0x0000 }, /* 가 */
	{ 0xB098, 0x0000 }, /* 나 */ { 0xAC00, 0x0000 }, /* 가 */ { 0xC544, 0x0000 }, /* 아 */
	{ 0xC5B4, 0x0000 }, /* 어 */ { 0xC640, 0x0000 }, /* 와 */ { 0xD574, 0x0000 }, /* 해 */
	{ 0xB098, 0x0000 }, /* 나 */ { 0xBC14, 0x0000 }, /* 바 */ { 0xAE30, 0x0000 }, /* 기 */
	{ 0xC608, 0x0000 }, /* 예 */ { 0xC774, 0x0000 }, /* 이 */ { 0xBCF4, 0x0000 }, /* 보 */
	{ 0xC73C, 0x0000 }, /* 으 */ { 0xC8FC, 0x0000 }, /* 주 */ { 0xD558, 0x0000 }, /* 하 */
	{ 0xC18C, 0x0000 }, /* 소 */ { 0xAC00, 0x0000 }, /* 가 */ { 0xAC78, 0x0000 }, /* 걸 */
	{ 0xB4DC, 0x0000 }, /* 드 */ { 0xBA39, 0x0000 }, /* 먹 */ { 0xBCF4, 0x0000 }, /* 보 */
	{ 0xC77C, 0x0000 }, /* 일 */ { 0xD558, 0x0000 }, /* 하 */ { 0xAC00, 0x0000 }, /* 가 */
	{ 0xAC19, 0x0000 }, /* 같 */ { 0xAC84, 0x0000 }, /* 겄 */ { 0xACA0, 0x0000 }, /* 겠 */
	{ 0xB807, 0xADF8 }, /* 그렇 */ { 0xB9DE, 0x0000 }, /* 맞 */ { 0xBCF4, 0x0000 }, /* 보 */
	{ 0xC558, 0x0000 }, /* 았 */ { 0xC5C6, 0x0000 }, /* 없 */ { 0xC5C8, 0x0000 }, /* 었 */
	{ 0xC600, 0x0000 }, /* 였 */ { 0xC624, 0x0000 }, /* 오 */ { 0xC774, 0xAC00 }, /* 가이 */
	{ 0xC774, 0xBCF4 }, /* 보이 */ { 0xC774, 0xC624 }, /* 오이 */ { 0xC774, 0xC8FC }, /* 주이 */
	{ 0xC774, 0xD558 }, /* 하이 */ { 0xC788, 0x0000 }, /* 있 */ { 0xC88B, 0x0000 }, /* 좋 */
	{ 0xD558, 0x0000 }, /* 하 */ { 0xD588, 0x0000 }, /* 했 */ { 0xAC00, 0x0000 }, /* 가 */
	{ 0xBCF4, 0x0000 }, /* 보 */ { 0xC624, 0x0000 }, /* 오 */ { 0xC73C, 0x0000 }, /* 으 */
	{ 0xC8FC, 0x0000 }, /* 주 */ { 0xD558, 0x0000 }, /* 하 */ { 0xD569, 0x0000 }, /* 합 */
	{ 0xD5C8, 0x0000 }, /* 허 */ { 0xAC00, 0x0000 }, /* 가 */ { 0xAC84, 0x0000 }, /* 겄 */
	{ 0xACA0, 0x0000 }, /* 겠 */ { 0xB7EC, 0x0000 }, /* 러 */ { 0xBCF4, 0x0000 }, /* 보 */
	{ 0xC558, 0x0000 }, /* 았 */ { 0xC5C6, 0x0000 }, /* 없 */ { 0xC5C8, 0x0000 }, /* 었 */
	{ 0xC600, 0x0000 }, /* 였 */ { 0xC624, 0x0000 }, /* 오 */ { 0xC788, 0x0000 }, /* 있 */
	{ 0xC88B, 0x0000 }, /* 좋 */ { 0xC8FC, 0x0000 }, /* 주 */ { 0xD558, 0x0000 }, /* 하 */
	{ 0xD588, 0x0000 }, /* 했 */ { 0xB4DC, 0x0000 }, /* 드 */ { 0xC73C, 0x0000 }, /* 으 */
	{ 0xD558, 0x0000 }, /* 하 */ { 0xC544, 0x0000 }, /* 아 */ { 0xC557, 0x0000 }, /* 앗 */
	{ 0xBE44, 0x0000 }, /* 비 */ { 0xC329, 0x0000 }, /* 쌩 */ { 0xD138, 0x0000 }, /* 털 */
	{ 0xB180, 0x0000 }, /* 놀 */ { 0xC0B4, 0x0000 }, /* 살 */ { 0xC54C, 0x0000 }, /* 알 */
	{ 0xC796, 0x0000 }, /* 잖 */ { 0xD314, 0x0000 }, /* 팔 */ { 0xC796, 0x0000 }, /* 잖 */
	{ 0xAE84, 0x0000 }, /* 꺄 */ { 0xC73C, 0x0000 }, /* 으 */ { 0xCD5C, 0x0000 }, /* 최 */
	{ 0xAE84, 0x0000 }, /* 꺄 */ { 0xC73C, 0x0000 }, /* 으 */ { 0xD558, 0x0000 }, /* 하 */
	{ 0xAC70, 0x0000 }, /* 거 */ { 0xAD6C, 0xB204 }, /* 누구 */ { 0xAEBC, 0x0000 }, /* 꺼 */
	{ 0xB2C8, 0x0000 }, /* 니 */ { 0xB514, 0x0000 }, /* 디 */ { 0xB9C8, 0xC5BC }, /* 얼마 */
	{ 0xBB50, 0x0000 }, /* 뭐 */ { 0xC774, 0x0000 }, /* 이 */ { 0xC81C, 0xC5B8 }, /* 언제 */
	{ 0xAE38, 0x0000 }, /* 길 */ { 0xB4E4, 0x0000 }, /* 들 */ { 0xBA40, 0x0000 }, /* 멀 */
	{ 0xC5C6, 0x0000 }, /* 없 */ { 0xC5F4, 0x0000 }, /* 열 */ { 0xC6B8, 0x0000 }, /* 울 */
	{ 0xC788, 0x0000 }, /* 있 */ { 0xC796, 0x0000 }, /* 잖 */ { 0xC796, 0x0000 }, /* 잖 */
	{ 0xC5C6, 0x0000 }, /* 없 */ { 0xC5C9, 0x0000 }, /* 엉 */ { 0xC788, 0x0000 }, /* 있 */
	{ 0xAC70, 0x0000 }, /* 거 */ { 0xAC8C, 0x0000 }, /* 게 */ { 0xAD6C, 0xB204 }, /* 누구 */
	{ 0xAE4C, 0x0000 }, /* 까 */ { 0xB098, 0x0000 }, /* 나 */ { 0xB124, 0x0000 }, /* 네 */
	{ 0xB77C, 0x0000 }, /* 라 */ { 0xB798, 0x0000 }, /* 래 */ { 0xBB50, 0x0000 }, /* 뭐 */
	{ 0xBD10, 0x0000 }, /* 봐 */ { 0xC138, 0x0000 }, /* 세 */ { 0xC544, 0x0000 }, /* 아 */
	{ 0xC5B4, 0x0000 }, /* 어 */ { 0xC5D0, 0x0000 }, /* 에 */ { 0xC608, 0x0000 }, /* 예 */
	{ 0xC6CC, 0x0000 }, /* 워 */ { 0xC774, 0x0000 }, /* 이 */ { 0xC796, 0x0000 }, /* 잖 */
	{ 0xC838, 0x0000 }, /* 져 */ { 0xC8E0, 0x0000 }, /* 죠 */ { 0xC918, 0x0000 }, /* 줘 */
	{ 0xD574, 0x0000 }, /* 해 */ { 0xAC8C, 0x0000 }, /* 게 */ { 0xAE4C, 0x0000 }, /* 까 */
	{ 0xB098, 0x0000 }, /* 나 */ { 0xB124, 0x0000 }, /* 네 */ { 0xB77C, 0x0000 }, /* 라 */
	{ 0xB798, 0x0000 }, /* 래 */ { 0xBD10, 0x0000 }, /* 봐 */ { 0xC138, 0x0000 }, /* 세 */
	{ 0xC544, 0x0000 }, /* 아 */ { 0xC5B4, 0x0000 }, /* 어 */ { 0xC5D0, 0x0000 }, /* 에 */
	{ 0xC608, 0x0000 }, /* 예 */ { 0xC6CC, 0x0000 }, /* 워 */ { 0xC838, 0x0000 }, /* 져 */
	{ 0xC8E0, 0x0000 }, /* 죠 */ { 0xC918, 0x0000 }, /* 줘 */ { 0xD574, 0x0000 }, /* 해 */
	{ 0xAE4C, 0x0000 }, /* 까 */ { 0xAED8, 0x0000 }, /* 께 */ { 0xB098, 0x0000 }, /* 나 */
	{ 0xB124, 0x0000 }, /* 네 */ { 0xB370, 0x0000 }, /* 데 */ { 0xB77C, 0x0000 }, /* 라 */
	{ 0xB798, 0x0000 }, /* 래 */ { 0xC138, 0x0000 }, /* 세 */ { 0xC544, 0x0000 }, /* 아 */
	{ 0xC5B4, 0x0000 }, /* 어 */ { 0xC624, 0x0000 }, /* 오 */ { 0xC774, 0x0000 }, /* 이 */
	{ 0xD574, 0x0000 }, /* 해 */ { 0xC2DC, 0xAC00 }, /* 가시 */ { 0xC2DC, 0xB9C8 }, /* 마시 */
	{ 0xC2DC, 0xBCF4 }, /* 보시 */ { 0xC2DC, 0xC2ED }, /* 십시 */ { 0xC2DC, 0xC624 }, /* 오시 */
	{ 0xC2DC, 0xC73C }, /* 으시 */ { 0xC2DC, 0xC8FC }, /* 주시 */ { 0xC2DC, 0xD558 }, /* 하시 */
	{ 0xD558, 0x0000 }, /* 하 */ { 0xB098, 0x0000 }, /* 나 */ { 0xB140, 0x0000 }, /* 녀 */
	{ 0xC544, 0x0000 }, /* 아 */ { 0xC5B4, 0x0000 }, /* 어 */ { 0xB798, 0xAC00 }, /* 가래 */
	{ 0xD5C8, 0x0000 }, /* 허 */ { 0xB124, 0x0000 }, /* 네 */ { 0xC138, 0x0000 }, /* 세 */
	{ 0xC5B4, 0x0000 }, /* 어 */ { 0xC5D0, 0x0000 }, /* 에 */ { 0xC9C0, 0x0000 }, /* 지 */
	{ 0xD574, 0x0000 }, /* 해 */ { 0xAC8C, 0x0000 }, /* 게 */ { 0xAE4C, 0x0000 }, /* 까 */
	{ 0xB098, 0x0000 }, /* 나 */ { 0xB124, 0x0000 }, /* 네 */ { 0xB77C, 0x0000 }, /* 라 */
	{ 0xB798, 0x0000 }, /* 래 */ { 0xBD10, 0x0000 }, /* 봐 */ { 0xC138, 0x0000 }, /* 세 */
	{ 0xC544, 0x0000 }, /* 아 */ { 0xC5B4, 0x0000 }, /* 어 */ { 0xC5D0, 0x0000 }, /* 에 */
	{ 0xC608, 0x0000 }, /* 예 */ { 0xC6CC, 0x0000 }, /* 워 */ { 0xC838, 0x0000 }, /* 져 */
	{ 0xC8E0, 0x0000 }, /* 죠 */ { 0xC918, 0x0000 }, /* 줘 */ { 0xC9C0, 0x0000 }, /* 지 */
	{ 0xD574, 0x0000 }, /* 해 */ { 0xB77C, 0xC544 }, /* 아라 */ { 0xB77C, 0xC5B4 }, /* 어라 */
	{ 0xB77C, 0xC9C0 }, /* 지라 */ { 0xD734, 0x0000 }, /* 휴 */ { 0xAC00, 0xCC28 }, /* 차가 */
	{ 0xAC70, 0xB728 }, /* 뜨거 */ { 0xAC70, 0xBB34 }, /* 무거 */ { 0xAC70, 0xC2F1 }, /* 싱거 */
	{ 0xAE4C, 0xC544 }, /* 아까 */ { 0xB354, 0x0000 }, /* 더 */ { 0xB9E4, 0x0000 }, /* 매 */
	{ 0xBCBC, 0xAC00 }, /* 가벼 */ { 0xC11C, 0xBB34 }, /* 무서 */ { 0xC26C, 0x0000 }, /* 쉬 */
	{ 0xC5EC, 0xADC0 }, /* 귀여 */ { 0xCD94, 0x0000 }, /* 추 */ { 0xAC00, 0x0000 }, /* 가 */
	{ 0xAC8C, 0x0000 }, /* 게 */ { 0xACA8, 0x0000 }, /* 겨 */ { 0xAE4C, 0x0000 }, /* 까 */
	{ 0xB124, 0x0000 }, /* 네 */ { 0xB140, 0x0000 }, /* 녀 */ { 0xB300, 0x0000 }, /* 대 */
	{ 0xB370, 0x0000 }, /* 데 */ { 0xB3FC, 0x0000 }, /* 돼 */ { 0xB798, 0x0000 }, /* 래 */
	{ 0xB7EC, 0x0000 }, /* 러 */ { 0xB824, 0x0000 }, /* 려 */ { 0xBA3C, 0x0000 }, /* 먼 */
	{ 0xBCBC, 0x0000 }, /* 벼 */ { 0xBD10, 0x0000 }, /* 봐 */ { 0xC138, 0x0000 }, /* 세 */
	{ 0xC154, 0x0000 }, /* 셔 */ { 0xC2DC, 0x0000 }, /* 시 */ { 0xC544, 0x0000 }, /* 아 */
	{ 0xC5B4, 0x0000 }, /* 어 */ { 0xC640, 0x0000 }, /* 와 */ { 0xC6CC, 0x0000 }, /* 워 */
	{ 0xC796, 0x0000 }, /* 잖 */ { 0xC918, 0x0000 }, /* 줘 */ { 0xC9C0, 0x0000 }, /* 지 */
	{ 0xCCD0, 0x0000 }, /* 쳐 */ { 0xCF1C, 0x0000 }, /* 켜 */ { 0xD3B4, 0x0000 }, /* 펴 */
	{ 0xD574, 0x0000 }, /* 해 */ { 0xD600, 0x0000 }, /* 혀 */ { 0xBA39, 0x0000 }, /* 먹 */
	{ 0xC791, 0x0000 }, /* 작 */ { 0xC801, 0x0000 }, /* 적 */ { 0xB370, 0x0000 }, /* 데 */
	{ 0xB798, 0x0000 }, /* 래 */ { 0xCE74, 0x0000 }, /* 카 */ { 0xC0C1, 0xC774 }, /* 이상 */
	{ 0xD558, 0xC774 }, /* 이하 */ { 0xAC8C, 0x0000 }, /* 게 */ { 0xAE4C, 0x0000 }, /* 까 */
	{ 0xAED8, 0x0000 }, /* 께 */ { 0xB124, 0x0000 }, /* 네 */ { 0xB2E4, 0x0000 }, /* 다 */
	{ 0xB77C, 0xAC70 }, /* 거라 */ { 0xB77C, 0xC544 }, /* 아라 */ { 0xB77C, 0xC5B4 }, /* 어라 */
	{ 0xB77C, 0xD574 }, /* 해라 */ { 0xC1FC, 0x0000 }, /* 쇼 */ { 0xC57C, 0x0000 }, /* 야 */
	{ 0xC5B4, 0x0000 }, /* 어 */ { 0xC694, 0x0000 }, /* 요 */ { 0xC790, 0x0000 }, /* 자 */
	{ 0xC81C, 0x0000 }, /* 제 */ { 0xC9C0, 0x0000 }, /* 지 */ { 0xB098, 0xB9CC }, /* 만나 */
	{ 0xB180, 0x0000 }, /* 놀 */ { 0xB9D0, 0x0000 }, /* 말 */ { 0xBA39, 0x0000 }, /* 먹 */
	{ 0xBCF4, 0x0000 }, /* 보 */ { 0xC0B4, 0x0000 }, /* 살 */ { 0xC26C, 0x0000 }, /* 쉬 */
	{ 0xC790, 0x0000 }, /* 자 */ { 0xCE58, 0x0000 }, /* 치 */ { 0xD61C, 0x0000 }, /* 혜 */
	{ 0xB098, 0xB9CC }, /* 만나 */ { 0xB180, 0x0000 }, /* 놀 */ { 0xB9D0, 0x0000 }, /* 말 */
	{ 0xBA39, 0x0000 }, /* 먹 */ { 0xBCF4, 0x0000 }, /* 보 */ { 0xC0B4, 0x0000 }, /* 살 */
	{ 0xC26C, 0x0000 }, /* 쉬 */ { 0xC790, 0x0000 }, /* 자 */ { 0xCE58, 0x0000 }, /* 치 */
	{ 0xC9DC, 0x0000 }, /* 짜 */ { 0xB098, 0xB9CC }, /* 만나 */ { 0xB180, 0x0000 }, /* 놀 */
	{ 0xBA39, 0x0000 }, /* 먹 */ { 0xBCF4, 0x0000 }, /* 보 */ { 0xC0B4, 0x0000 }, /* 살 */
	{ 0xC26C, 0x0000 }, /* 쉬 */ { 0xC2DC, 0xB9C8 }, /* 마시 */ { 0xC624, 0x0000 }, /* 오 */
	{ 0xD0A4, 0xC2DC }, /* 시키 */ { 0xD558, 0x0000 }, /* 하 */ { 0xAFC0, 0x0000 }, /* 꿀 */
	{ 0xB178, 0x0000 }, /* 노 */ { 0xC778, 0x0000 }, /* 인 */ { 0xAC84, 0x0000 }, /* 겄 */
	{ 0xACA0, 0x0000 }, /* 겠 */ { 0xAE5D, 0x0000 }, /* 깝 */ { 0xB418, 0x0000 }, /* 되 */
	{ 0xB77C, 0x0000 }, /* 라 */ { 0xB807, 0x0000 }, /* 렇 */ { 0xB9DE, 0x0000 }, /* 맞 */
	{ 0xBA39, 0x0000 }, /* 먹 */ { 0xBB35, 0x0000 }, /* 묵 */ { 0xBD24, 0x0000 }, /* 봤 */
	{ 0xC54C, 0x0000 }, /* 알 */ { 0xC57C, 0xC544 }, /* 아야 */ { 0xC57C, 0xC5B4 }, /* 어야 */
	{ 0xC5C6, 0x0000 }, /* 없 */ { 0xC788, 0x0000 }, /* 있 */ { 0xC88B, 0x0000 }, /* 좋 */
	{ 0xD504, 0x0000 }, /* 프 */ { 0xD558, 0x0000 }, /* 하 */ { 0xD588, 0x0000 }, /* 했 */
	{ 0xD5C8, 0x0000 }, /* 허 */ { 0xACA0, 0x0000 }, /* 겠 */ { 0xB2E4, 0x0000 }, /* 다 */
	{ 0xB418, 0x0000 }, /* 되 */ { 0xB807, 0x0000 }, /* 렇 */ { 0xC058, 0x0000 }, /* 쁘 */
	{ 0xC57C, 0x0000 }, /* 야 */ { 0xD504, 0x0000 }, /* 프 */ { 0xD558, 0x0000 }, /* 하 */
	{ 0xACA0, 0x0000 }, /* 겠 */ { 0xB2E4, 0x0000 }, /* 다 */ { 0xB807, 0x0000 }, /* 렇 */
	{ 0xD558, 0xB5A1 }, /* 떡하 */ { 0xC5B4, 0x0000 }, /* 어 */ { 0xC6CC, 0x0000 }, /* 워 */
	{ 0xC838, 0x0000 }, /* 져 */ { 0xCCD0, 0x0000 }, /* 쳐 */ { 0xD574, 0x0000 }, /* 해 */
	{ 0xB807, 0x0000 }, /* 렇 */ { 0xC57C, 0x0000 }, /* 야 */ { 0xC9DD, 0xC9DD }, /* 짝짝 */
	{ 0xD3F4, 0x0000 }, /* 폴 */ { 0xD6CC, 0xCA4D }, /* 쩍훌 */ { 0xCA5D, 0x0000 }, /* 쩝 */
	{ 0xAE61, 0xCD1D }, /* 총깡 */ { 0xAC15, 0x0000 }, /* 강 */ { 0xBE44, 0x0000 }, /* 비 */
	{ 0xBC8C, 0xCEE5 }, /* 컥벌 */ { 0xCFF5, 0x0000 }, /* 쿵 */ { 0xCFE8, 0x0000 }, /* 쿨 */
	{ 0xAFC0, 0x0000 }, /* 꿀 */ { 0xC774, 0xD30C }, /* 파이 */ { 0xC774, 0xD654 }, /* 화이 */
	{ 0xACE0, 0x0000 }, /* 고 */ { 0xC544, 0x0000 }, /* 아 */ { 0xC2AC, 0x0000 }, /* 슬 */
	{ 0xB5A1, 0xC5B4 }, /* 어떡 */ { 0xADF9, 0x0000 }, /* 극 */ { 0xC2E4, 0x0000 }, /* 실 */
	{ 0xD751, 0x0000 }, /* 흑 */
};

static const unsigned ko_split_cond_jong[] = {
	0x00000000, /* C_ANY */
	0x00000000, /* C_WORD */
	0x00100000, /* C_PREV_SS */
	0x00000100, /* C_PREV_L */
	0x00020000, /* C_PREV_B */
	0x0ED48E40, /* C_PREV_VERB */
	0x00000000, /* C_NOTWORD */
	0x0FFFFFFE, /* C_PREV_BATCHIM */
	0x00420AA2, /* C_PREV_HI */
	0x00008100, /* C_PREV_LI */
	0x02A904D0, /* C_PREV_GI */
	0x000A0082, /* C_PREV_STOP */
	0x00010000, /* C_PREV_M */
	0x0FFFFEFE, /* C_PREV_NOTL */
};

#define KO_SPLIT_HASH_MUL 0x9E3799F1u
#define KO_SPLIT_HASH_BITS 11
static const unsigned char ko_split_sylrow[11172] = {
	1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,11,255,0,0,13,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,
	0,15,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,0,0,0,0,0,0,255,0,0,0,18,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,19,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	20,0,0,0,0,0,0,0,0,0,0,0,21,0,0,0,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,23,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,24,25,0,0,
	0,0,0,0,26,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,27,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,28,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,30,0,0,0,0,0,0,0,0,0,0,0,31,0,0,0,0,0,0,0,
	32,0,0,0,0,0,0,0,33,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,35,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	36,0,0,0,0,37,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,38,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,39,0,0,0,0,0,0,
	40,0,0,0,41,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,42,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	43,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,45,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,46,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,
	0,0,0,0,48,49,0,0,0,0,0,0,50,0,0,0,0,0,0,0,0,0,0,51,0,52,0,0,0,0,0,0,
	53,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,54,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,55,0,0,0,0,0,0,0,56,0,0,0,
	0,0,0,0,0,0,0,0,0,57,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,60,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	61,0,0,0,0,62,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,63,0,0,0,
	64,0,0,0,65,0,66,0,0,0,0,0,0,0,0,67,0,68,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,69,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,70,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,71,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,72,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,74,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,76,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,77,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,78,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,
	0,80,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,81,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,82,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,84,0,0,
	255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,86,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,87,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,88,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,89,90,0,0,0,0,0,0,255,0,0,0,
	0,0,0,0,92,93,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,94,95,0,0,0,0,0,0,0,0,0,0,0,0,0,0,96,0,0,0,
	0,0,0,0,0,0,0,0,97,255,0,0,99,0,0,0,255,0,0,0,0,0,0,0,0,0,0,101,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,102,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,108,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,109,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,110,0,0,0,0,0,0,0,0,0,0,0,111,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,112,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	113,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,114,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,115,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,116,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,117,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,118,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,119,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,120,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,121,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,122,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,123,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,124,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,125,0,0,
	0,0,0,0,255,0,0,0,0,0,0,0,127,0,0,0,0,0,0,0,0,0,0,0,128,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,129,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,130,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,131,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	133,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,135,136,0,0,0,0,0,0,0,0,0,0,0,0,0,0,137,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,138,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,139,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,140,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,142,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,143,0,0,0,
	0,0,0,0,0,0,0,0,144,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,145,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,146,0,0,0,0,0,0,0,0,0,0,0,
	255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,148,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,149,0,0,0,0,150,0,0,0,0,0,0,151,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	152,0,0,0,0,0,0,0,0,0,0,0,153,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	154,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	255,0,0,0,255,0,0,0,0,0,0,0,157,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,159,0,0,0,0,0,0,0,160,0,0,0,
	0,0,0,0,161,0,0,0,0,162,0,0,0,0,0,0,163,0,0,0,164,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,165,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,166,0,0,0,
	0,0,0,0,0,0,0,0,167,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,169,0,0,0,0,0,0,170,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,171,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	173,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,174,0,0,0,0,0,0,175,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,176,0,0,0,0,177,0,0,0,0,0,0,178,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,179,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,180,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	182,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,183,0,0,0,0,184,0,0,0,0,0,0,255,186,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,187,188,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,189,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,190,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,191,192,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,193,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,194,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,195,196,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,197,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,198,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,199,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,200,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,203,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,204,0,0,0,205,0,0,0,0,0,0,206,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,207,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,208,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,209,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,210,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,
	0,0,0,0,0,0,0,0,212,0,0,0,0,0,0,0,0,0,0,0,213,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,214,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,216,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,217,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,218,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,219,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,221,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,223,0,0,0,0,0,0,0,
	0,0,0,0,
};
#define KO_SPLIT_QUIET_INDEX(c) (((c) - 0xA000u) ^ 0x2000u)
static const unsigned char ko_split_quiet[0x4000] = {
	[0x0000] =
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,2,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,2,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	2,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,0,1,1,1,
	1,1,1,1,0,1,1,1,1,2,1,1,1,1,1,1,2,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,0,1,1,1,1,1,1,1,2,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,2,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	[0x1000] =
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,2,1,1,1,2,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,
	1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	[0x2C00] =
	2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,0,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,0,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,
	1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,1,1,
	1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	[0x3000] =
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,
	0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	2,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,
	2,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,0,2,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,0,1,1,1,1,1,1,
	0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	0,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	2,1,1,1,2,1,0,1,1,1,1,1,1,1,1,0,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,2,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,0,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,
	1,1,1,1,1,1,1,1,0,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
};
#define KO_SPLIT_PAIR_HASH(qp, q) ((unsigned)(((qp) << 14 | (q)) * 0x9E3779B1u) >> 18)
static const unsigned char ko_split_quiet_pair[1 << 11] = {
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x10, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x80, 0x00, 0x48, 0x00, 0x00,
	0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x01, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00,
	0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
	0x10, 0x00, 0x00, 0x08, 0x00, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x10, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x01, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x04, 0x00,
	0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x04, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00,
	0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x40, 0x08, 0x00, 0x00, 0x00, 0x80, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x04, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00,
	0x40, 0x02, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,
	0x00, 0x00, 0x02, 0x00, 0x01, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x80, 0x00, 0x00,
	0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x82, 0x00, 0x00, 0x00, 0x00, 0x04, 0x08, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00,
	0x20, 0x20, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x05,
	0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x40,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x40,
	0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x20,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x80, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00,
	0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00,
	0x04, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x84, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x14, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x01, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x60, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x80, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x02, 0x10, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x50, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x02,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00,
	0x02, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x01, 0x00, 0x00, 0x00, 0x80,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x10, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
	0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00,
	0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x40,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00,
	0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x22, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x04, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00,
	0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00,
	0x00, 0x20, 0x00, 0x00, 0x02, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x20, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x80, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x04,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x04, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x08, 0x00, 0x80,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x80, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00,
	0x40, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,
	0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x10, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x10, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
};
static const unsigned char ko_split_hash[1 << KO_SPLIT_HASH_BITS] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 65, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 140, 59, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 109,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 222, 191, 0, 0, 0, 0, 108,
	0, 0, 0, 0, 139, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 68, 0, 0, 87, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 126, 0, 171, 0, 0, 0, 0, 0, 0, 0, 0, 209, 0, 0, 0,
	0, 0, 33, 0, 0, 0, 106, 0, 201, 0, 0, 0, 0, 0, 0, 0,
	63, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 176, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 153, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 104, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 58, 0, 179, 0, 0, 0, 0, 95, 82,
	0, 9, 107, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 211, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 44, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 146, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 47,
	0, 0, 197, 0, 0, 0, 0, 0, 0, 0, 0, 0, 177, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 31, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 54, 0, 175, 0, 0, 0, 0, 0, 0, 0, 6,
	0, 123, 0, 0, 0, 0, 49, 0, 0, 157, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 183, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 81, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 163,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 117, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 186, 0,
	0, 66, 0, 206, 0, 0, 0, 2, 131, 0, 0, 156, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 145, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 14, 0, 46, 0, 0, 0, 0, 0, 0, 0, 0, 196, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 27, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 85, 0, 0, 0, 129,
	0, 184, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 200, 0, 0,
	0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 182, 0, 18, 0,
	0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 181, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 141, 0, 0, 0, 0, 0, 0, 0, 0, 198, 0,
	0, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 189, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0,
	0, 0, 0, 0, 75, 149, 0, 0, 0, 202, 0, 0, 0, 0, 0, 0,
	0, 216, 0, 0, 0, 0, 0, 0, 96, 0, 0, 218, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 112, 0, 0, 93, 0, 0, 0, 0, 124, 74,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 217, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 180, 0, 0, 0, 0, 98,
	0, 0, 0, 0, 128, 0, 0, 0, 0, 0, 0, 166, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 119, 169, 73, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 138, 0, 0, 0, 0, 61, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 136, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 43,
	0, 0, 168, 0, 0, 0, 84, 0, 0, 0, 0, 120, 0, 0, 0, 0,
	204, 0, 0, 0, 193, 0, 0, 0, 0, 0, 0, 0, 0, 0, 150, 0,
	0, 190, 0, 0, 0, 0, 0, 0, 19, 0, 0, 0, 0, 0, 0, 0,
	0, 188, 0, 0, 0, 0, 207, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 41, 0, 0, 0, 0, 0, 34, 0, 148, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 102, 0, 0, 0, 0, 94, 0, 0, 0,
	0, 0, 0, 0, 0, 214, 0, 0, 178, 0, 0, 0, 0, 90, 79, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 134, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 62, 50, 0, 0, 0, 0, 0, 0, 0, 16, 4, 110, 0, 0, 0,
	165, 0, 0, 0, 0, 0, 0, 0, 0, 118, 0, 0, 0, 0, 101, 0,
	0, 143, 0, 0, 0, 0, 0, 64, 0, 0, 0, 0, 0, 212, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 208, 0,
	172, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 147, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 48, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 70, 0, 0, 0, 0, 113, 0, 0, 0, 0, 25, 0, 0,
	0, 0, 78, 0, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 158, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 103, 0, 0, 0, 0, 0, 0, 0, 0, 219, 210, 0, 185, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 45, 0, 0, 0, 223, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 142, 0, 0, 0, 0, 0, 0, 192, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 195, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 121, 0,
	0, 0, 0, 36, 0, 0, 152, 0, 0, 0, 203, 0, 0, 0, 39, 29,
	0, 69, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	76, 0, 0, 0, 0, 0, 164, 0, 0, 130, 38, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 137, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 125, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0,
	0, 0, 0, 0, 56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 170, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 30, 0, 0, 0, 105, 0, 0, 0, 0, 0, 0, 37, 0, 0, 221,
	0, 0, 0, 0, 0, 0, 0, 92, 0, 21, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 57, 0, 0, 0, 0,
	0, 0, 0, 0, 155, 0, 0, 0, 35, 0, 151, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 133, 0, 97, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 55, 0, 0, 13, 0, 0, 0, 0, 0,
	8, 0, 0, 0, 0, 0, 0, 0, 0, 86, 161, 0, 0, 0, 0, 0,
	0, 67, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	199, 135, 215, 0, 0, 0, 72, 60, 0, 91, 0, 114, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 83, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	167, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 220, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 187,
	0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 174, 160, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 89, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 53, 0, 173, 0, 0, 0, 0, 0, 0, 5, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 116, 162, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 159, 0,
	0, 0, 0, 0, 0, 0, 0, 205, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 132, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 111, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 144, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 213, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 88, 0, 0, 0, 122, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	115, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, 0, 0, 127,
	0, 77, 0, 194, 0, 0, 0, 0, 0, 0, 40, 0, 154, 0, 0, 0,
};

static const struct ko_split_word ko_split_cont[] = {
	{ "가득", 6, 0, 1 },
	{ "가세요", 9, 0, 1 },
	{ "가요", 6, 0, 1 },
	{ "가자", 6, 0, 1 },
	{ "갈게", 6, 0, 1 },
	{ "갈께", 6, 0, 1 },
	{ "갔어", 6, 0, 1 },
	{ "같은 가사", 13, 0, 1 },
	{ "같은 노래", 13, 0, 1 },
	{ "같은 대사", 13, 0, 1 },
	{ "같은 댓글", 13, 0, 1 },
	{ "같은 말", 10, 0, 1 },
	{ "같은 말투", 13, 0, 1 },
	{ "같은 멘트", 13, 0, 1 },
	{ "같은 문구", 13, 0, 1 },
	{ "같은 소리", 13, 0, 1 },
	{ "같은 예능", 13, 0, 1 },
	{ "같은 제목", 13, 0, 1 },
	{ "같은 질문", 13, 0, 1 },
	{ "같은 표현", 13, 0, 1 },
	{ "같은 프로", 13, 0, 1 },
	{ "같은말", 9, 0, 1 },
	{ "같은소리", 12, 0, 1 },
	{ "걱정", 6, 0, 2 },
	{ "겁났", 6, 0, 2 },
	{ "겁먹", 6, 0, 2 },
	{ "겁이", 6, 0, 2 },
	{ "결심", 6, 0, 1 },
	{ "고", 3, 1, 0 },
	{ "고민", 6, 0, 2 },
	{ "궁금", 6, 0, 2 },
	{ "그 자체", 10, 0, 1 },
	{ "그대로", 9, 0, 1 },
	{ "그랬", 6, 0, 1 },
	{ "기대하", 9, 0, 1 },
	{ "기대했", 9, 0, 1 },
	{ "기도하", 9, 0, 1 },
	{ "기도할", 9, 0, 1 },
	{ "기도합", 9, 0, 1 },
	{ "기도해", 9, 0, 1 },
	{ "기원하", 9, 0, 1 },
	{ "기원합", 9, 0, 1 },
	{ "기원해", 9, 0, 1 },
	{ "긴장", 6, 0, 2 },
	{ "내지", 6, 1, 1 },
	{ "노심초사", 12, 0, 2 },
	{ "놓고", 6, 0, 4 },
	{ "놓는", 6, 0, 4 },
	{ "놓았", 6, 0, 4 },
	{ "놓으면", 9, 0, 4 },
	{ "놓은", 6, 0, 4 },
	{ "놓을", 6, 0, 4 },
	{ "놓을게", 9, 0, 4 },
	{ "놓자", 6, 0, 4 },
	{ "놔", 3, 1, 4 },
	{ "놔야", 6, 0, 4 },
	{ "놔요", 6, 0, 4 },
	{ "놨", 3, 0, 4 },
	{ "누르", 6, 0, 0 },
	{ "누름", 6, 0, 0 },
	{ "눌러", 6, 0, 0 },
	{ "눌렀", 6, 0, 0 },
	{ "는", 3, 1, 0 },
	{ "다짐", 6, 0, 1 },
	{ "달라", 6, 0, 4 },
	{ "달란", 6, 0, 4 },
	{ "당하", 6, 0, 1 },
	{ "당한", 6, 1, 1 },
	{ "당할", 6, 1, 1 },
	{ "당함", 6, 1, 1 },
	{ "당해", 6, 0, 1 },
	{ "당했", 6, 0, 1 },
	{ "덕분", 6, 0, 1 },
	{ "덕택", 6, 0, 1 },
	{ "동안", 6, 0, 1 },
	{ "돼", 3, 1, 1 },
	{ "돼서", 6, 0, 1 },
	{ "돼요", 6, 0, 1 },
	{ "됐", 3, 0, 1 },
	{ "되고", 6, 0, 1 },
	{ "되기", 6, 0, 1 },
	{ "되는", 6, 0, 1 },
	{ "되니", 6, 0, 1 },
	{ "되더", 6, 0, 1 },
	{ "되며", 6, 0, 1 },
	{ "되면", 6, 0, 1 },
	{ "되어", 6, 0, 1 },
	{ "되었", 6, 0, 1 },
	{ "되지", 6, 0, 1 },
	{ "된", 3, 1, 1 },
	{ "된다", 6, 0, 1 },
	{ "될", 3, 0, 1 },
	{ "됨", 3, 0, 1 },
	{ "두고", 6, 0, 4 },
	{ "두는", 6, 0, 4 },
	{ "두려", 6, 0, 2 },
	{ "두렵", 6, 0, 2 },
	{ "두면", 6, 0, 4 },
	{ "두세", 6, 0, 4 },
	{ "두었", 6, 0, 4 },
	{ "두자", 6, 0, 4 },
	{ "두지", 6, 0, 4 },
	{ "둔", 3, 1, 4 },
	{ "둘게", 6, 0, 4 },
	{ "둘까", 6, 0, 4 },
	{ "둬", 3, 0, 4 },
	{ "뒀", 3, 0, 4 },
	{ "드려", 6, 0, 4 },
	{ "드렸", 6, 0, 4 },
	{ "드리", 6, 0, 4 },
	{ "드릴", 6, 0, 4 },
	{ "드림", 6, 0, 4 },
	{ "등", 3, 1, 1 },
	{ "등과", 6, 0, 1 },
	{ "등도", 6, 0, 1 },
	{ "등에", 6, 0, 1 },
	{ "등으로", 9, 0, 1 },
	{ "등은", 6, 0, 1 },
	{ "등을", 6, 0, 1 },
	{ "등의", 6, 0, 1 },
	{ "등이", 6, 0, 1 },
	{ "때문", 6, 0, 1 },
	{ "떨려", 6, 0, 2 },
	{ "떨렸", 6, 0, 2 },
	{ "떨리", 6, 0, 2 },
	{ "라", 3, 1, 0 },
	{ "라고", 6, 0, 0 },
	{ "라곤", 6, 0, 0 },
	{ "라구", 6, 0, 0 },
	{ "라는", 6, 0, 0 },
	{ "라니", 6, 0, 0 },
	{ "라던", 6, 0, 0 },
	{ "라며", 6, 0, 0 },
	{ "라면서", 9, 0, 0 },
	{ "란", 3, 1, 0 },
	{ "랑", 3, 1, 0 },
	{ "를", 3, 1, 0 },
	{ "마", 3, 1, 0 },
	{ "마라", 6, 0, 0 },
	{ "마세요", 9, 0, 0 },
	{ "마시오", 9, 0, 0 },
	{ "마십", 6, 0, 0 },
	{ "마음 졸", 10, 0, 2 },
	{ "많네", 6, 0, 1 },
	{ "많다", 6, 0, 1 },
	{ "많아", 6, 0, 1 },
	{ "많은", 6, 0, 1 },
	{ "말 듯", 7, 0, 1 },
	{ "말고", 6, 0, 0 },
	{ "말구", 6, 0, 0 },
	{ "말까", 6, 0, 0 },
	{ "말라", 6, 0, 0 },
	{ "말아", 6, 0, 0 },
	{ "말자", 6, 0, 0 },
	{ "망설", 6, 0, 2 },
	{ "맹세", 6, 0, 1 },
	{ "며", 3, 1, 0 },
	{ "면", 3, 1, 0 },
	{ "모르겠", 9, 0, 0 },
	{ "못", 3, 1, 0 },
	{ "못하", 6, 0, 0 },
	{ "못한", 6, 0, 0 },
	{ "못할", 6, 0, 0 },
	{ "못합", 6, 0, 0 },
	{ "못해", 6, 0, 0 },
	{ "못했", 6, 0, 0 },
	{ "무렵", 6, 0, 1 },
	{ "무서", 6, 0, 2 },
	{ "무섭", 6, 0, 2 },
	{ "묻", 3, 0, 2 },
	{ "물어", 6, 0, 2 },
	{ "물었", 6, 0, 2 },
	{ "물으", 6, 0, 2 },
	{ "미치겠", 9, 0, 4 },
	{ "믿는다", 9, 0, 1 },
	{ "믿었", 6, 0, 1 },
	{ "및", 3, 1, 1 },
	{ "바라", 6, 0, 1 },
	{ "바랍", 6, 0, 1 },
	{ "바래", 6, 0, 1 },
	{ "바랬", 6, 0, 1 },
	{ "버려", 6, 0, 4 },
	{ "버렸", 6, 0, 4 },
	{ "버리", 6, 0, 4 },
	{ "버린", 6, 0, 4 },
	{ "버릴", 6, 0, 4 },
	{ "버림", 6, 0, 4 },
	{ "버립", 6, 0, 4 },
	{ "보구", 6, 0, 2 },
	{ "보군", 6, 0, 2 },
	{ "보네", 6, 0, 2 },
	{ "보니", 6, 0, 0 },
	{ "보다", 6, 0, 2 },
	{ "보던", 6, 0, 2 },
	{ "보면", 6, 0, 0 },
	{ "보여", 6, 0, 0 },
	{ "보였", 6, 0, 0 },
	{ "보이", 6, 0, 0 },
	{ "보인", 6, 0, 0 },
	{ "본다", 6, 0, 4 },
	{ "본데", 6, 0, 2 },
	{ "볼래", 6, 0, 4 },
	{ "봄", 3, 1, 0 },
	{ "봅니", 6, 0, 2 },
	{ "봐", 3, 1, 0 },
	{ "봐서", 6, 0, 2 },
	{ "봐야", 6, 0, 0 },
	{ "봐요", 6, 0, 0 },
	{ "봤", 3, 0, 0 },
	{ "불안", 6, 0, 2 },
	{ "빌어", 6, 0, 1 },
	{ "빕니", 6, 0, 1 },
	{ "뿐", 3, 0, 1 },
	{ "생각 중", 10, 0, 2 },
	{ "생각된", 9, 0, 0 },
	{ "생각을", 9, 0, 0 },
	{ "생각이 들", 13, 0, 0 },
	{ "생각중", 9, 0, 2 },
	{ "생각하", 9, 0, 0 },
	{ "생각한", 9, 0, 0 },
	{ "생각할", 9, 0, 0 },
	{ "생각합", 9, 0, 0 },
	{ "생각해", 9, 0, 0 },
	{ "생각했", 9, 0, 0 },
	{ "속", 3, 1, 1 },
	{ "속에", 6, 0, 1 },
	{ "속으로", 9, 0, 1 },
	{ "속의", 6, 0, 1 },
	{ "신경 써", 10, 0, 2 },
	{ "신경 쓰", 10, 0, 2 },
	{ "신경이 쓰", 13, 0, 2 },
	{ "싶", 3, 0, 0 },
	{ "아니냐", 9, 1, 2 },
	{ "아니면", 9, 0, 1 },
	{ "아니하", 9, 0, 0 },
	{ "아니한", 9, 0, 0 },
	{ "아니했", 9, 0, 0 },
	{ "아닌 듯", 10, 0, 1 },
	{ "아닌가", 9, 1, 2 },
	{ "아닌지", 9, 0, 2 },
	{ "아님", 6, 1, 1 },
	{ "안 하셔", 10, 0, 1 },
	{ "안 하셨", 10, 0, 1 },
	{ "안 하시", 10, 0, 1 },
	{ "안 하신", 10, 0, 1 },
	{ "안 하실", 10, 0, 1 },
	{ "안하셔", 9, 0, 1 },
	{ "안하셨", 9, 0, 1 },
	{ "안하시", 9, 0, 1 },
	{ "안하신", 9, 0, 1 },
	{ "안하실", 9, 0, 1 },
	{ "않", 3, 0, 0 },
	{ "약속하", 9, 0, 1 },
	{ "약속했", 9, 0, 1 },
	{ "없네", 6, 0, 1 },
	{ "없는", 6, 0, 1 },
	{ "없다", 6, 0, 1 },
	{ "없어", 6, 0, 1 },
	{ "없음", 6, 0, 1 },
	{ "없이", 6, 0, 1 },
	{ "에게", 6, 1, 0 },
	{ "에서", 6, 1, 0 },
	{ "여겨", 6, 0, 1 },
	{ "여긴", 6, 0, 1 },
	{ "였다", 6, 1, 0 },
	{ "였어", 6, 1, 0 },
	{ "였음", 6, 1, 0 },
	{ "예상하", 9, 0, 1 },
	{ "예상했", 9, 0, 1 },
	{ "예요", 6, 1, 0 },
	{ "오세요", 9, 0, 1 },
	{ "올게", 6, 0, 1 },
	{ "올께", 6, 0, 1 },
	{ "와요", 6, 0, 1 },
	{ "왔다", 6, 0, 1 },
	{ "왔어", 6, 0, 1 },
	{ "으로", 6, 1, 0 },
	{ "을", 3, 1, 0 },
	{ "이구나", 9, 1, 0 },
	{ "이네", 6, 1, 0 },
	{ "이네요", 9, 1, 0 },
	{ "이니까", 9, 1, 0 },
	{ "이다", 6, 1, 0 },
	{ "이라", 6, 1, 0 },
	{ "이라고", 9, 0, 0 },
	{ "이라네", 9, 1, 0 },
	{ "이라는", 9, 0, 0 },
	{ "이라니", 9, 0, 0 },
	{ "이라며", 9, 0, 0 },
	{ "이라서", 9, 1, 0 },
	{ "이란", 6, 0, 0 },
	{ "이란다", 9, 1, 0 },
	{ "이었다", 9, 1, 0 },
	{ "이었어", 9, 1, 0 },
	{ "이었음", 9, 1, 0 },
	{ "이에요", 9, 1, 0 },
	{ "이잖아", 9, 1, 0 },
	{ "이죠", 6, 1, 0 },
	{ "이지", 6, 1, 0 },
	{ "이지만", 9, 1, 0 },
	{ "인가", 6, 1, 0 },
	{ "인거", 6, 1, 0 },
	{ "인거야", 9, 1, 0 },
	{ "인거임", 9, 1, 0 },
	{ "인걸", 6, 1, 0 },
	{ "인데", 6, 1, 0 },
	{ "인데요", 9, 1, 0 },
	{ "인듯", 6, 1, 0 },
	{ "인듯요", 9, 1, 0 },
	{ "인지", 6, 1, 0 },
	{ "일거", 6, 1, 0 },
	{ "일거야", 9, 1, 0 },
	{ "일거임", 9, 1, 0 },
	{ "일걸", 6, 1, 0 },
	{ "일까", 6, 1, 0 },
	{ "일듯", 6, 1, 0 },
	{ "일듯요", 9, 1, 0 },
	{ "일세", 6, 1, 0 },
	{ "일지도", 9, 1, 0 },
	{ "임", 3, 1, 0 },
	{ "입니", 6, 0, 0 },
	{ "있는", 6, 0, 0 },
	{ "있다", 6, 1, 0 },
	{ "있다고", 9, 0, 0 },
	{ "있다구", 9, 0, 0 },
	{ "있다는", 9, 0, 0 },
	{ "있다니", 9, 0, 0 },
	{ "있다며", 9, 0, 0 },
	{ "있다면", 9, 0, 0 },
	{ "있단", 6, 0, 0 },
	{ "있던", 6, 0, 0 },
	{ "있습", 6, 0, 0 },
	{ "있었", 6, 0, 0 },
	{ "자체", 6, 0, 1 },
	{ "전전긍긍", 12, 0, 2 },
	{ "조마조마", 12, 0, 2 },
	{ "조심", 6, 0, 2 },
	{ "좋겠", 6, 0, 1 },
	{ "좋았을", 9, 0, 1 },
	{ "주고", 6, 0, 4 },
	{ "주는", 6, 0, 4 },
	{ "주면", 6, 0, 4 },
	{ "주세", 6, 0, 4 },
	{ "주셨", 6, 0, 4 },
	{ "주시", 6, 0, 4 },
	{ "주신", 6, 0, 4 },
	{ "주었", 6, 0, 4 },
	{ "주자", 6, 1, 4 },
	{ "주장하", 9, 0, 1 },
	{ "죽겠", 6, 0, 4 },
	{ "죽는", 6, 0, 4 },
	{ "죽을", 6, 0, 4 },
	{ "줄게", 6, 0, 4 },
	{ "줄까", 6, 0, 4 },
	{ "줘", 3, 0, 4 },
	{ "줬", 3, 0, 4 },
	{ "지만", 6, 1, 0 },
	{ "처럼", 6, 0, 0 },
	{ "쳐", 3, 1, 0 },
	{ "쳐도", 6, 0, 0 },
	{ "초조", 6, 0, 2 },
	{ "치고", 6, 0, 0 },
	{ "카나", 6, 1, 1 },
	{ "카대", 6, 0, 1 },
	{ "카더", 6, 0, 1 },
	{ "카시", 6, 0, 1 },
	{ "카이", 6, 1, 1 },
	{ "칸다", 6, 0, 1 },
	{ "캤", 3, 0, 1 },
	{ "판단", 6, 0, 1 },
	{ "평가", 6, 0, 1 },
	{ "표현하", 9, 0, 1 },
	{ "하", 3, 1, 0 },
	{ "하게", 6, 0, 0 },
	{ "하겠", 6, 0, 0 },
	{ "하고", 6, 0, 0 },
	{ "하기", 6, 0, 0 },
	{ "하길래", 9, 0, 0 },
	{ "하네", 6, 0, 2 },
	{ "하는", 6, 0, 0 },
	{ "하니", 6, 0, 0 },
	{ "하다", 6, 0, 1 },
	{ "하다가", 9, 0, 0 },
	{ "하더니", 9, 0, 0 },
	{ "하더라", 9, 0, 0 },
	{ "하던", 6, 0, 0 },
	{ "하며", 6, 0, 0 },
	{ "하면", 6, 0, 0 },
	{ "하면서", 9, 0, 0 },
	{ "하셨", 6, 0, 0 },
	{ "하시고", 9, 0, 0 },
	{ "하시는", 9, 0, 0 },
	{ "하시니", 9, 0, 0 },
	{ "하시더", 9, 0, 0 },
	{ "하시며", 9, 0, 0 },
	{ "하시면", 9, 0, 0 },
	{ "하시자", 9, 0, 0 },
	{ "하신다", 9, 0, 0 },
	{ "하여", 6, 0, 0 },
	{ "하였", 6, 0, 0 },
	{ "하자", 6, 0, 0 },
	{ "하잖", 6, 0, 1 },
	{ "하죠", 6, 0, 2 },
	{ "하지요", 9, 0, 2 },
	{ "한다", 6, 0, 0 },
	{ "한테", 6, 1, 0 },
	{ "할까", 6, 0, 0 },
	{ "합니다", 9, 0, 0 },
	{ "해도", 6, 0, 0 },
	{ "해서", 6, 0, 0 },
	{ "해서", 6, 0, 2 },
	{ "해요", 6, 0, 2 },
	{ "해요", 6, 0, 1 },
	{ "했거든", 9, 0, 1 },
	{ "했고", 6, 0, 0 },
	{ "했냐", 6, 0, 1 },
	{ "했는데", 9, 0, 0 },
	{ "했니", 6, 0, 1 },
	{ "했다", 6, 0, 0 },
	{ "했다가", 9, 0, 0 },
	{ "했대", 6, 0, 1 },
	{ "했더니", 9, 0, 0 },
	{ "했더라", 9, 0, 1 },
	{ "했던", 6, 0, 0 },
	{ "했습", 6, 0, 0 },
	{ "했어", 6, 0, 0 },
	{ "했으나", 9, 0, 0 },
	{ "했으니", 9, 0, 1 },
	{ "했을", 6, 0, 1 },
	{ "했음", 6, 0, 0 },
	{ "했잖", 6, 0, 1 },
	{ "했죠", 6, 0, 0 },
	{ "했지", 6, 0, 1 },
	{ "했지만", 9, 0, 0 },
	{ "확신하", 9, 0, 1 },
	{ "확신했", 9, 0, 1 },
};
static const struct ko_split_word ko_split_cont_dot[] = {
	{ "고", 3, 1, 0 },
	{ "는", 3, 1, 0 },
	{ "라", 3, 1, 0 },
	{ "라고", 6, 0, 0 },
	{ "라곤", 6, 0, 0 },
	{ "라구", 6, 0, 0 },
	{ "라는", 6, 0, 0 },
	{ "라니", 6, 0, 0 },
	{ "라던", 6, 0, 0 },
	{ "라며", 6, 0, 0 },
	{ "라면서", 9, 0, 0 },
	{ "란", 3, 1, 0 },
	{ "랑", 3, 1, 0 },
	{ "를", 3, 1, 0 },
	{ "며", 3, 1, 0 },
	{ "면", 3, 1, 0 },
	{ "싶", 3, 0, 0 },
	{ "않", 3, 0, 0 },
	{ "에게", 6, 1, 0 },
	{ "에서", 6, 1, 0 },
	{ "으로", 6, 1, 0 },
	{ "을", 3, 1, 0 },
	{ "이라고", 9, 0, 0 },
	{ "이라는", 9, 0, 0 },
	{ "이라니", 9, 0, 0 },
	{ "이라며", 9, 0, 0 },
};

static const unsigned char ko_split_cont_first[1397] = {
	1, 1, 16, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0,
	2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	0, 0, 24, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	16, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 16, 0, 2,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 16,
	0, 0, 1, 17, 1, 1, 0, 0, 0, 0, 17, 1, 0, 16, 0, 0,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 2, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16,
	1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 65, 1, 32, 0, 0, 0, 2,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0,
	0, 0, 0, 0, 0, 1, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 16, 24, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 129,
	0, 128, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 17,
	48, 0, 1, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 32, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 64, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 16, 5, 0, 0, 0, 0, 0, 32,
	0, 0, 0, 0, 0, 0, 0, 0, 64, 0, 1, 0, 0, 16, 0, 0,
	1, 1, 0, 0, 16, 16, 0, 0, 1, 0, 16, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 16, 16, 0, 0, 0, 0, 0, 16, 17,
	48, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0,
	0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 48,
	16, 0, 0, 1, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
	0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 16, 1,
	0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 1, 2, 16, 0,
	0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0,
};
static const unsigned char ko_split_cont_dot_first[1397] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16,
	1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 16, 16, 0, 0, 0, 0, 0, 16, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0,
};
static const unsigned char ko_split_reaction_first[1397] = {
	0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 16, 16, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1, 0,
};
static const unsigned char ko_split_number_first[1397] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 3, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 16, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 48, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0,
	0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 16, 0,
	0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 16,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0,
};
static const unsigned char ko_split_absorb_first[1397] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0,
	48, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 1, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 16, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 128, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 16, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 48, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 32, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0,
	0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 1, 0, 16, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 16, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 16, 16, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1, 0, 0, 16, 0, 0, 0, 3, 0, 0, 0, 0, 0,
	0, 1, 0, 0, 0,
};

static const struct ko_split_word ko_split_saying[] = {
	{ "강조했", 9, 0, 0 },
	{ "고함쳤", 9, 0, 0 },
	{ "답했", 6, 0, 0 },
	{ "대답하", 9, 0, 0 },
	{ "대답했", 9, 0, 0 },
	{ "덧붙였", 9, 0, 0 },
	{ "되물었", 9, 0, 0 },
	{ "말씀", 6, 0, 0 },
	{ "말을", 6, 0, 0 },
	{ "말하", 6, 0, 0 },
	{ "말했", 6, 0, 0 },
	{ "묻", 3, 0, 0 },
	{ "물었", 6, 0, 0 },
	{ "밝혔", 6, 0, 0 },
	{ "생각했", 9, 0, 0 },
	{ "설명했", 9, 0, 0 },
	{ "소리질렀", 12, 0, 0 },
	{ "소리쳤", 9, 0, 0 },
	{ "소리치", 9, 0, 0 },
	{ "속삭였", 9, 0, 0 },
	{ "외쳤", 6, 0, 0 },
	{ "외치", 6, 0, 0 },
	{ "전했", 6, 0, 0 },
	{ "주장했", 9, 0, 0 },
	{ "중얼거렸", 12, 0, 0 },
	{ "하였", 6, 0, 0 },
	{ "한다", 6, 0, 0 },
	{ "했다", 6, 0, 0 },
};
static const struct ko_split_word ko_split_pair_close[] = {
	{ "갈팡질팡", 12, 0, 0 },
	{ "그래", 6, 1, 0 },
	{ "그래요", 9, 1, 0 },
	{ "그랬", 6, 0, 0 },
	{ "그러네", 9, 0, 0 },
	{ "그러는", 9, 0, 0 },
	{ "그러더", 9, 0, 0 },
	{ "그러면서", 12, 0, 0 },
	{ "그런다", 9, 0, 0 },
	{ "난리", 6, 0, 0 },
	{ "들락날락", 12, 0, 0 },
	{ "반복", 6, 0, 0 },
	{ "변덕", 6, 0, 0 },
	{ "오락가락", 12, 0, 0 },
	{ "왔다갔다", 12, 0, 0 },
	{ "정신없", 9, 0, 0 },
	{ "정신이 없", 13, 0, 0 },
	{ "종잡을", 9, 0, 0 },
	{ "헷갈", 6, 0, 0 },
};

static const struct ko_split_word ko_split_era[] = {
	{ "가야", 6, 1, 0 },
	{ "고구려", 9, 1, 0 },
	{ "고려", 6, 1, 0 },
	{ "근세", 6, 1, 0 },
	{ "당나라", 9, 1, 0 },
	{ "로마", 6, 1, 0 },
	{ "메이지", 9, 1, 0 },
	{ "명나라", 9, 1, 0 },
	{ "발해", 6, 1, 0 },
	{ "백제", 6, 1, 0 },
	{ "삼국", 6, 1, 0 },
	{ "송나라", 9, 1, 0 },
	{ "신라", 6, 1, 0 },
	{ "에도", 6, 1, 0 },
	{ "왕조", 6, 1, 0 },
	{ "원나라", 9, 1, 0 },
	{ "조선", 6, 1, 0 },
	{ "중세", 6, 1, 0 },
	{ "청나라", 9, 1, 0 },
	{ "헤이안", 9, 1, 0 },
};
static const struct ko_split_word ko_split_bang_name[] = {
	{ "YAHOO", 5, 1, 0 },
	{ "Yahoo", 5, 1, 0 },
	{ "yahoo", 5, 1, 0 },
	{ "야후", 6, 1, 0 },
};
static const struct ko_split_word ko_split_da_next[] = {
	{ "가는", 6, 1, 0 },
	{ "가서", 6, 1, 0 },
	{ "갈", 3, 1, 0 },
	{ "내려가", 9, 0, 0 },
	{ "내려오", 9, 0, 0 },
	{ "내려온", 9, 0, 0 },
	{ "돌아오", 9, 0, 0 },
	{ "돌아온", 9, 0, 0 },
	{ "돌아와", 9, 0, 0 },
	{ "들어가", 9, 0, 0 },
	{ "들어오", 9, 0, 0 },
	{ "들어온", 9, 0, 0 },
	{ "말하", 6, 0, 0 },
	{ "말한", 6, 0, 0 },
	{ "말했", 6, 0, 0 },
	{ "오는", 6, 1, 0 },
	{ "오던", 6, 1, 0 },
	{ "온", 3, 1, 0 },
	{ "올", 3, 1, 0 },
	{ "올라가", 9, 0, 0 },
	{ "올라오", 9, 0, 0 },
	{ "올라온", 9, 0, 0 },
	{ "와서", 6, 1, 0 },
	{ "하더라도", 12, 0, 0 },
	{ "할", 3, 1, 0 },
	{ "할지라도", 12, 0, 0 },
	{ "할지언정", 12, 0, 0 },
};
static const struct ko_split_word ko_split_volunteer[] = {
	{ "나", 3, 1, 0 },
	{ "나나", 6, 1, 0 },
	{ "나도", 6, 1, 0 },
	{ "나두", 6, 1, 0 },
	{ "나요", 6, 1, 0 },
	{ "손", 3, 1, 0 },
	{ "저", 3, 1, 0 },
	{ "저도", 6, 1, 0 },
	{ "저요", 6, 1, 0 },
};
static const struct ko_split_word ko_split_volunteer_not[] = {
	{ "말고", 6, 0, 0 },
	{ "말고는", 9, 0, 0 },
	{ "말곤", 6, 0, 0 },
	{ "밖에", 6, 0, 0 },
	{ "빼고", 6, 0, 0 },
	{ "뿐", 3, 0, 0 },
	{ "없", 3, 0, 0 },
	{ "외에", 6, 0, 0 },
	{ "하나", 6, 0, 0 },
	{ "혼자", 6, 0, 0 },
};
static const struct ko_split_word ko_split_fear_kka[] = {
	{ "걱정할까", 12, 1, 0 },
	{ "걸릴까", 9, 1, 0 },
	{ "고장날까", 12, 1, 0 },
	{ "굶을까", 9, 1, 0 },
	{ "까먹을까", 12, 1, 0 },
	{ "깨질까", 9, 1, 0 },
	{ "깰까", 6, 1, 0 },
	{ "넘어질까", 12, 1, 0 },
	{ "놀랄까", 9, 1, 0 },
	{ "놓칠까", 9, 1, 0 },
	{ "늦을까", 9, 1, 0 },
	{ "다칠까", 9, 1, 0 },
	{ "더울까", 9, 1, 0 },
	{ "데일까", 9, 1, 0 },
	{ "들킬까", 9, 1, 0 },
	{ "떨어질까", 12, 1, 0 },
	{ "막힐까", 9, 1, 0 },
	{ "망칠까", 9, 1, 0 },
	{ "망할까", 9, 1, 0 },
	{ "모자랄까", 12, 1, 0 },
	{ "무너질까", 12, 1, 0 },
	{ "무서울까", 12, 1, 0 },
	{ "물릴까", 9, 1, 0 },
	{ "밀릴까", 9, 1, 0 },
	{ "밟힐까", 9, 1, 0 },
	{ "방해될까", 12, 1, 0 },
	{ "배고플까", 12, 1, 0 },
	{ "부담될까", 12, 1, 0 },
	{ "부족할까", 12, 1, 0 },
	{ "불편할까", 12, 1, 0 },
	{ "비쌀까", 9, 1, 0 },
	{ "빼앗길까", 12, 1, 0 },
	{ "뺏길까", 9, 1, 0 },
	{ "삐질까", 9, 1, 0 },
	{ "상할까", 9, 1, 0 },
	{ "속상할까", 12, 1, 0 },
	{ "식을까", 9, 1, 0 },
	{ "실수할까", 12, 1, 0 },
	{ "싫어할까", 12, 1, 0 },
	{ "심심할까", 12, 1, 0 },
	{ "쏟을까", 9, 1, 0 },
	{ "아쉬울까", 12, 1, 0 },
	{ "아플까", 9, 1, 0 },
	{ "어려울까", 12, 1, 0 },
	{ "오해할까", 12, 1, 0 },
	{ "올까", 6, 1, 0 },
	{ "외로울까", 12, 1, 0 },
	{ "잊을까", 9, 1, 0 },
	{ "잘릴까", 9, 1, 0 },
	{ "잘못될까", 12, 1, 0 },
	{ "잡힐까", 9, 1, 0 },
	{ "젖을까", 9, 1, 0 },
	{ "지각할까", 12, 1, 0 },
	{ "지칠까", 9, 1, 0 },
	{ "찢어질까", 12, 1, 0 },
	{ "체할까", 9, 1, 0 },
	{ "추울까", 9, 1, 0 },
	{ "탈날까", 9, 1, 0 },
	{ "탈락할까", 12, 1, 0 },
	{ "터질까", 9, 1, 0 },
	{ "틀릴까", 9, 1, 0 },
	{ "티날까", 9, 1, 0 },
	{ "헷갈릴까", 12, 1, 0 },
	{ "혼날까", 9, 1, 0 },
	{ "화날까", 9, 1, 0 },
	{ "화낼까", 9, 1, 0 },
	{ "흘릴까", 9, 1, 0 },
	{ "힘들까", 9, 1, 0 },
};
struct ko_split_wh_echo { const char *wh, *part, *ans; unsigned char wlen, plen, alen; };
static const struct ko_split_wh_echo ko_split_wh_echo[] = {
	{"누구", "랑", "랑", 6, 3, 3},
	{"누구", "한테", "한테", 6, 6, 6},
	{"누구", "에게", "에게", 6, 6, 6},
	{"어디", "에서", "에서", 6, 6, 6},
	{"어디", "로", "로", 6, 3, 3},
	{"어디", "에", "에", 6, 3, 3},
	{"어디", "까지", "까지", 6, 6, 6},
	{"어디", "서", "에서", 6, 3, 6},
	{"언제", "까지", "까지", 6, 6, 6},
	{"언제", "부터", "부터", 6, 6, 6},
};
static const struct ko_split_word ko_split_state_noun[] = {
	{ "깔끔", 6, 1, 0 },
	{ "깨끗", 6, 1, 0 },
	{ "넉넉", 6, 1, 0 },
	{ "달달", 6, 1, 0 },
	{ "담백", 6, 1, 0 },
	{ "대만족", 9, 1, 0 },
	{ "든든", 6, 1, 0 },
	{ "만족", 6, 1, 0 },
	{ "무난", 6, 1, 0 },
	{ "미흡", 6, 1, 0 },
	{ "바삭", 6, 1, 0 },
	{ "부족", 6, 1, 0 },
	{ "불만족", 9, 1, 0 },
	{ "불친절", 9, 1, 0 },
	{ "비슷", 6, 1, 0 },
	{ "심플", 6, 1, 0 },
	{ "애매", 6, 1, 0 },
	{ "양호", 6, 1, 0 },
	{ "완벽", 6, 1, 0 },
	{ "저렴", 6, 1, 0 },
	{ "적당", 6, 1, 0 },
	{ "짭짤", 6, 1, 0 },
	{ "쫄깃", 6, 1, 0 },
	{ "촉촉", 6, 1, 0 },
	{ "충분", 6, 1, 0 },
	{ "친절", 6, 1, 0 },
	{ "평범", 6, 1, 0 },
	{ "푸짐", 6, 1, 0 },
	{ "허술", 6, 1, 0 },
	{ "훌륭", 6, 1, 0 },
};
static const struct ko_split_word ko_split_degree[] = {
	{ "그냥", 6, 1, 0 },
	{ "그럭저럭", 12, 1, 0 },
	{ "그저", 6, 1, 0 },
	{ "꽤", 3, 1, 0 },
	{ "나름", 6, 1, 0 },
	{ "나름대로", 12, 1, 0 },
	{ "너무", 6, 1, 0 },
	{ "다", 3, 1, 0 },
	{ "다소", 6, 1, 0 },
	{ "되게", 6, 1, 0 },
	{ "딱", 3, 1, 0 },
	{ "매우", 6, 1, 0 },
	{ "무척", 6, 1, 0 },
	{ "살짝", 6, 1, 0 },
	{ "아주", 6, 1, 0 },
	{ "약간", 6, 1, 0 },
	{ "엄청", 6, 1, 0 },
	{ "완전", 6, 1, 0 },
	{ "정말", 6, 1, 0 },
	{ "제법", 6, 1, 0 },
	{ "조금", 6, 1, 0 },
	{ "좀", 3, 1, 0 },
	{ "진짜", 6, 1, 0 },
};
static const struct ko_split_word ko_split_state_next[] = {
	{ "그", 3, 1, 0 },
	{ "그대로", 9, 0, 0 },
	{ "등", 3, 1, 0 },
	{ "때문", 6, 0, 0 },
	{ "및", 3, 1, 0 },
	{ "상태", 6, 0, 0 },
	{ "수준", 6, 0, 0 },
	{ "여부", 6, 0, 0 },
	{ "요건", 6, 0, 0 },
	{ "이상", 6, 0, 0 },
	{ "이유", 6, 0, 0 },
	{ "이하", 6, 0, 0 },
	{ "자체", 6, 0, 0 },
	{ "정도", 6, 0, 0 },
	{ "조건", 6, 0, 0 },
};
static const struct ko_split_word ko_split_since_next[] = {
	{ "가장", 6, 1, 0 },
	{ "계속", 6, 1, 0 },
	{ "꾸준히", 9, 1, 0 },
	{ "매년", 6, 1, 0 },
	{ "줄곧", 6, 1, 0 },
	{ "처음", 6, 0, 0 },
	{ "첫", 3, 1, 0 },
	{ "최고", 6, 0, 0 },
	{ "최다", 6, 0, 0 },
	{ "최단", 6, 0, 0 },
	{ "최대", 6, 0, 0 },
	{ "최악", 6, 0, 0 },
	{ "최장", 6, 0, 0 },
	{ "최저", 6, 0, 0 },
	{ "최초", 6, 0, 0 },
	{ "해마다", 9, 1, 0 },
};
static const struct ko_split_word ko_split_ge_next[] = {
	{ "많", 3, 0, 0 },
	{ "별로", 6, 1, 0 },
	{ "아녀", 6, 0, 0 },
	{ "아니고", 9, 0, 0 },
	{ "아니니", 9, 0, 0 },
	{ "아니다", 9, 0, 0 },
	{ "아니라", 9, 0, 0 },
	{ "아니야", 9, 0, 0 },
	{ "아니었", 9, 0, 0 },
	{ "아니잖", 9, 0, 0 },
	{ "아니지", 9, 0, 0 },
	{ "아닌", 6, 0, 0 },
	{ "아님", 6, 0, 0 },
	{ "없", 3, 0, 0 },
	{ "있거든", 9, 1, 0 },
	{ "있겠", 6, 0, 0 },
	{ "있고", 6, 1, 0 },
	{ "있나", 6, 1, 0 },
	{ "있냐", 6, 1, 0 },
	{ "있네", 6, 1, 0 },
	{ "있는", 6, 1, 0 },
	{ "있니", 6, 1, 0 },
	{ "있다", 6, 1, 0 },
	{ "있더", 6, 0, 0 },
	{ "있드", 6, 0, 0 },
	{ "있습", 6, 0, 0 },
	{ "있어", 6, 1, 0 },
	{ "있어요", 9, 0, 0 },
	{ "있었", 6, 0, 0 },
	{ "있으", 6, 0, 0 },
	{ "있을까", 9, 1, 0 },
	{ "있음", 6, 1, 0 },
	{ "있잖아", 9, 1, 0 },
	{ "있지", 6, 1, 0 },
	{ "천지", 6, 1, 0 },
	{ "투성이", 9, 1, 0 },
};
static const struct ko_split_word ko_split_da_motion[] = {
	{ "가", 3, 1, 0 },
	{ "가고", 6, 1, 0 },
	{ "가는", 6, 1, 0 },
	{ "가니까", 9, 1, 0 },
	{ "가려고", 9, 1, 0 },
	{ "가면", 6, 1, 0 },
	{ "가서", 6, 1, 0 },
	{ "가요", 6, 1, 0 },
	{ "가자", 6, 1, 0 },
	{ "갈", 3, 1, 0 },
	{ "갈게", 6, 1, 0 },
	{ "갈까", 6, 1, 0 },
	{ "갈께", 6, 1, 0 },
	{ "갈래", 6, 1, 0 },
	{ "감", 3, 1, 0 },
	{ "돌아오", 9, 0, 0 },
	{ "돌아온", 9, 0, 0 },
	{ "돌아올", 9, 0, 0 },
	{ "돌아옴", 9, 0, 0 },
	{ "돌아와", 9, 0, 0 },
	{ "돌아왔", 9, 0, 0 },
	{ "오고", 6, 1, 0 },
	{ "오는", 6, 1, 0 },
	{ "오니까", 9, 1, 0 },
	{ "오던", 6, 1, 0 },
	{ "오려고", 9, 1, 0 },
	{ "오면", 6, 1, 0 },
	{ "오자", 6, 1, 0 },
	{ "온", 3, 1, 0 },
	{ "온다", 6, 1, 0 },
	{ "올", 3, 1, 0 },
	{ "올거야", 9, 1, 0 },
	{ "올게", 6, 1, 0 },
	{ "올까", 6, 1, 0 },
	{ "올께", 6, 1, 0 },
	{ "올래", 6, 1, 0 },
	{ "옴", 3, 1, 0 },
	{ "와도", 6, 1, 0 },
	{ "와라", 6, 1, 0 },
	{ "와서", 6, 1, 0 },
	{ "와야", 6, 1, 0 },
	{ "와요", 6, 1, 0 },
	{ "왔", 3, 0, 0 },
};
static const struct ko_split_word ko_split_eum_next[] = {
	{ "하고", 6, 1, 0 },
	{ "하네", 6, 1, 0 },
	{ "하네요", 9, 1, 0 },
	{ "하는데", 9, 1, 0 },
	{ "하는데요", 12, 1, 0 },
	{ "하죠", 6, 1, 0 },
	{ "하지", 6, 1, 0 },
	{ "하지요", 9, 1, 0 },
	{ "한다", 6, 1, 0 },
	{ "합니다", 9, 1, 0 },
	{ "해요", 6, 1, 0 },
	{ "했는데", 9, 1, 0 },
	{ "했다", 6, 1, 0 },
	{ "했어", 6, 1, 0 },
	{ "했어요", 9, 1, 0 },
	{ "했죠", 6, 1, 0 },
	{ "했지", 6, 1, 0 },
};
static const struct ko_split_word ko_split_if_pron[] = {
	{ "걔", 3, 1, 0 },
	{ "나", 3, 1, 0 },
	{ "나라도", 9, 1, 0 },
	{ "내가", 6, 1, 0 },
	{ "너", 3, 1, 0 },
	{ "너라도", 9, 1, 0 },
	{ "니", 3, 1, 0 },
	{ "니가", 6, 1, 0 },
	{ "당신", 6, 1, 0 },
	{ "얘", 3, 1, 0 },
	{ "우리", 6, 1, 0 },
	{ "쟤", 3, 1, 0 },
	{ "저", 3, 1, 0 },
};
static const struct ko_split_word ko_split_manner_ra[] = {
	{ "싫어라", 9, 1, 0 },
	{ "좋아라", 9, 1, 0 },
};
static const struct ko_split_word ko_split_you[] = {
	{ "너", 3, 1, 0 },
	{ "너네", 6, 1, 0 },
	{ "너네는", 9, 1, 0 },
	{ "너는", 6, 1, 0 },
	{ "너도", 6, 1, 0 },
	{ "너희", 6, 1, 0 },
	{ "너희는", 9, 1, 0 },
	{ "넌", 3, 1, 0 },
	{ "니", 3, 1, 0 },
	{ "니는", 6, 1, 0 },
	{ "니도", 6, 1, 0 },
};
static const struct ko_split_word ko_split_reaction[] = {
	{ "고생했다", 12, 1, 0 },
	{ "고생했어", 12, 1, 0 },
	{ "그렇구나", 12, 1, 0 },
	{ "다행이네", 12, 1, 0 },
	{ "다행이다", 12, 1, 0 },
	{ "대단하네", 12, 1, 1 },
	{ "대단하다", 12, 1, 1 },
	{ "대박", 6, 1, 1 },
	{ "맛있겠다", 12, 1, 0 },
	{ "맛있었겠", 12, 0, 0 },
	{ "멋지다", 9, 1, 0 },
	{ "미쳤네", 9, 1, 1 },
	{ "미쳤다", 9, 1, 1 },
	{ "부러워", 9, 1, 0 },
	{ "부럽네", 9, 1, 0 },
	{ "부럽다", 9, 1, 0 },
	{ "비싸네", 9, 1, 1 },
	{ "비싸다", 9, 1, 1 },
	{ "수고했어", 12, 1, 0 },
	{ "신기하다", 12, 1, 0 },
	{ "싸네", 6, 1, 1 },
	{ "싸다", 6, 1, 1 },
	{ "아깝다", 9, 1, 1 },
	{ "아쉽다", 9, 1, 1 },
	{ "아하", 6, 1, 1 },
	{ "어떡해", 9, 1, 1 },
	{ "오", 3, 1, 1 },
	{ "와", 3, 1, 1 },
	{ "우와", 6, 1, 1 },
	{ "잘됐네", 9, 1, 0 },
	{ "잘됐다", 9, 1, 0 },
	{ "재밌겠다", 12, 1, 0 },
	{ "재밌었겠", 12, 0, 0 },
	{ "좋겠다", 9, 1, 0 },
	{ "좋네", 6, 1, 0 },
	{ "좋았겠다", 12, 1, 0 },
	{ "축하해", 9, 1, 0 },
	{ "큰일이다", 12, 1, 1 },
	{ "헐", 3, 1, 1 },
	{ "힘들겠다", 12, 1, 0 },
	{ "힘들었겠", 12, 0, 0 },
};
static const struct ko_split_word ko_split_item_conj[] = {
	{ "또는", 6, 1, 0 },
	{ "아니면", 9, 1, 0 },
	{ "아님", 6, 1, 0 },
	{ "혹은", 6, 1, 0 },
};
static const struct ko_split_word ko_split_head_adn[] = {
	{ "관한", 6, 1, 0 },
	{ "대한", 6, 1, 0 },
	{ "따른", 6, 1, 0 },
	{ "위한", 6, 1, 0 },
	{ "의한", 6, 1, 0 },
};
static const struct ko_split_word ko_split_head_conj[] = {
	{ "또는", 6, 1, 0 },
	{ "및", 3, 1, 0 },
	{ "혹은", 6, 1, 0 },
};
static const struct ko_split_word ko_split_head_lean[] = {
	{ "가", 3, 1, 0 },
	{ "과", 3, 1, 0 },
	{ "과의", 6, 1, 0 },
	{ "까지", 6, 1, 0 },
	{ "는", 3, 1, 0 },
	{ "대비", 6, 1, 0 },
	{ "등", 3, 1, 0 },
	{ "등과", 6, 1, 0 },
	{ "등에", 6, 1, 0 },
	{ "등은", 6, 1, 0 },
	{ "등을", 6, 1, 0 },
	{ "등의", 6, 1, 0 },
	{ "등이", 6, 1, 0 },
	{ "따위", 6, 1, 0 },
	{ "또한", 6, 1, 0 },
	{ "로", 3, 1, 0 },
	{ "로는", 6, 1, 0 },
	{ "로서", 6, 1, 0 },
	{ "로써", 6, 1, 0 },
	{ "를", 3, 1, 0 },
	{ "만큼", 6, 1, 0 },
	{ "및", 3, 1, 0 },
	{ "보다", 6, 1, 0 },
	{ "부터", 6, 1, 0 },
	{ "에", 3, 1, 0 },
	{ "에게", 6, 1, 0 },
	{ "에는", 6, 1, 0 },
	{ "에도", 6, 1, 0 },
	{ "에서", 6, 1, 0 },
	{ "에서의", 9, 1, 0 },
	{ "역시", 6, 1, 0 },
	{ "였다", 6, 1, 0 },
	{ "와", 3, 1, 0 },
	{ "와의", 6, 1, 0 },
	{ "으로", 6, 1, 0 },
	{ "으로는", 9, 1, 0 },
	{ "으로서", 9, 1, 0 },
	{ "으로써", 9, 1, 0 },
	{ "은", 3, 1, 0 },
	{ "을", 3, 1, 0 },
	{ "의", 3, 1, 0 },
	{ "이고", 6, 1, 0 },
	{ "이나", 6, 1, 0 },
	{ "이다", 6, 1, 0 },
	{ "이라", 6, 1, 0 },
	{ "이라고", 9, 1, 0 },
	{ "이라는", 9, 1, 0 },
	{ "이라면", 9, 1, 0 },
	{ "이란", 6, 1, 0 },
	{ "이며", 6, 1, 0 },
	{ "이면", 6, 1, 0 },
	{ "이므로", 9, 1, 0 },
	{ "이었다", 9, 1, 0 },
	{ "이었으며", 12, 1, 0 },
	{ "이지만", 9, 1, 0 },
	{ "인", 3, 1, 0 },
	{ "처럼", 6, 1, 0 },
};
static const struct ko_split_word ko_split_head_also[] = {
	{ "또한", 6, 1, 0 },
	{ "역시", 6, 1, 0 },
};
static const struct ko_split_word ko_split_head_clause[] = {
	{ "께서", 6, 1, 0 },
	{ "로는", 6, 1, 0 },
	{ "를", 3, 1, 0 },
	{ "에게", 6, 1, 0 },
	{ "에게는", 9, 1, 0 },
	{ "에는", 6, 1, 0 },
	{ "에서", 6, 1, 0 },
	{ "에서는", 9, 1, 0 },
	{ "으로는", 9, 1, 0 },
	{ "을", 3, 1, 0 },
};
static const struct ko_split_word ko_split_title_next[] = {
	{ "결과", 6, 0, 0 },
	{ "공유", 6, 0, 0 },
	{ "과정", 6, 0, 0 },
	{ "남겨", 6, 0, 0 },
	{ "남기", 6, 0, 0 },
	{ "남깁", 6, 0, 0 },
	{ "당시", 6, 0, 0 },
	{ "뒤", 3, 1, 0 },
	{ "뒤에", 6, 0, 0 },
	{ "등", 3, 1, 0 },
	{ "등을", 6, 0, 0 },
	{ "등의", 6, 0, 0 },
	{ "등이", 6, 0, 0 },
	{ "때", 3, 1, 0 },
	{ "때문", 6, 0, 0 },
	{ "때에", 6, 0, 0 },
	{ "때의", 6, 0, 0 },
	{ "모두", 6, 1, 0 },
	{ "및", 3, 1, 0 },
	{ "시", 3, 1, 0 },
	{ "시에", 6, 0, 0 },
	{ "시점", 6, 0, 0 },
	{ "써", 3, 1, 0 },
	{ "써볼", 6, 0, 0 },
	{ "써봅", 6, 0, 0 },
	{ "써봐", 6, 0, 0 },
	{ "써요", 6, 0, 0 },
	{ "씁니", 6, 0, 0 },
	{ "여부", 6, 0, 0 },
	{ "올려", 6, 0, 0 },
	{ "올리", 6, 0, 0 },
	{ "올림", 6, 0, 0 },
	{ "올립", 6, 0, 0 },
	{ "이래", 6, 0, 0 },
	{ "이전", 6, 0, 0 },
	{ "이후", 6, 0, 0 },
	{ "적습", 6, 0, 0 },
	{ "적어", 6, 0, 0 },
	{ "전", 3, 1, 0 },
	{ "전에", 6, 0, 0 },
	{ "전의", 6, 0, 0 },
	{ "중", 3, 1, 0 },
	{ "중에", 6, 0, 0 },
	{ "직전", 6, 0, 0 },
	{ "직후", 6, 0, 0 },
	{ "후", 3, 1, 0 },
	{ "후로", 6, 0, 0 },
	{ "후에", 6, 0, 0 },
	{ "후의", 6, 0, 0 },
};
static const struct ko_split_word ko_split_title_long[] = {
	{ "기록", 6, 1, 0 },
	{ "소식", 6, 1, 0 },
	{ "얘기", 6, 1, 0 },
	{ "이야기", 9, 1, 0 },
	{ "일기", 6, 1, 0 },
	{ "일지", 6, 1, 0 },
	{ "정리", 6, 1, 0 },
};
static const struct ko_split_word ko_split_title_task[] = {
	{ "가꾸기", 9, 1, 0 },
	{ "걷기", 6, 1, 0 },
	{ "고르기", 9, 1, 0 },
	{ "공부하기", 12, 1, 0 },
	{ "그리기", 9, 1, 0 },
	{ "꾸미기", 9, 1, 0 },
	{ "끊기", 6, 1, 0 },
	{ "늘리기", 9, 1, 0 },
	{ "도전하기", 12, 1, 0 },
	{ "만들기", 9, 1, 0 },
	{ "모으기", 9, 1, 0 },
	{ "바꾸기", 9, 1, 0 },
	{ "배우기", 9, 1, 0 },
	{ "버리기", 9, 1, 0 },
	{ "비우기", 9, 1, 0 },
	{ "살림하기", 12, 1, 0 },
	{ "쓰기", 6, 1, 0 },
	{ "운동하기", 12, 1, 0 },
	{ "읽기", 6, 1, 0 },
	{ "정리하기", 12, 1, 0 },
	{ "준비하기", 12, 1, 0 },
	{ "줄이기", 9, 1, 0 },
	{ "키우기", 9, 1, 0 },
};

static const struct ko_split_word ko_split_vocative[] = {
	{ "누나", 6, 1, 0 },
	{ "님들", 6, 1, 0 },
	{ "동생", 6, 1, 0 },
	{ "쌤", 3, 1, 0 },
	{ "아버지", 9, 1, 0 },
	{ "아빠", 6, 1, 0 },
	{ "아재", 6, 1, 0 },
	{ "아저씨", 9, 1, 0 },
	{ "아주머니", 12, 1, 0 },
	{ "아줌마", 9, 1, 0 },
	{ "아지매", 9, 1, 0 },
	{ "아지매들", 12, 1, 0 },
	{ "얘들아", 9, 1, 0 },
	{ "어머니", 9, 1, 0 },
	{ "언니", 6, 1, 0 },
	{ "엄마", 6, 1, 0 },
	{ "여러분", 9, 1, 0 },
	{ "오빠", 6, 1, 0 },
	{ "자기야", 9, 1, 0 },
	{ "친구들", 9, 1, 0 },
	{ "할매", 6, 1, 0 },
	{ "할머니", 9, 1, 0 },
	{ "할배", 6, 1, 0 },
	{ "할아버지", 12, 1, 0 },
	{ "형", 3, 1, 0 },
	{ "형아", 6, 1, 0 },
};
static const struct ko_split_word ko_split_afterthought[] = {
	{ "ㄹㅇ", 6, 1, 0 },
	{ "계속", 6, 1, 0 },
	{ "그냥", 6, 1, 0 },
	{ "너무", 6, 1, 0 },
	{ "또", 3, 1, 0 },
	{ "레알", 6, 1, 0 },
	{ "완전", 6, 1, 0 },
	{ "이제", 6, 1, 0 },
	{ "정말", 6, 1, 0 },
	{ "좀", 3, 1, 0 },
	{ "진심", 6, 1, 0 },
	{ "진짜", 6, 1, 0 },
	{ "참", 3, 1, 0 },
};
static const struct ko_split_word ko_split_tag[] = {
	{ "아니가", 9, 1, 0 },
	{ "아이가", 9, 1, 0 },
	{ "아이요", 9, 1, 0 },
	{ "아입니꺼", 12, 1, 0 },
};

static const struct ko_split_word ko_split_aux[] = {
	{ "가", 3, 1, 0 },
	{ "가고", 6, 0, 0 },
	{ "가는", 6, 0, 0 },
	{ "가려", 6, 0, 0 },
	{ "가면", 6, 0, 0 },
	{ "가서", 6, 0, 0 },
	{ "가요", 6, 0, 0 },
	{ "간", 3, 1, 0 },
	{ "갈", 3, 1, 0 },
	{ "갈게", 6, 0, 0 },
	{ "갈라꼬", 9, 0, 0 },
	{ "갈라카", 9, 0, 0 },
	{ "갔", 3, 0, 0 },
	{ "내고", 6, 0, 0 },
	{ "내는", 6, 0, 0 },
	{ "낸다", 6, 0, 0 },
	{ "냈", 3, 0, 0 },
	{ "놓", 3, 0, 0 },
	{ "놔", 3, 0, 0 },
	{ "놨", 3, 0, 0 },
	{ "두고", 6, 0, 0 },
	{ "두기로", 9, 0, 0 },
	{ "두꼬", 6, 0, 0 },
	{ "두는", 6, 0, 0 },
	{ "두니", 6, 0, 0 },
	{ "두면", 6, 0, 0 },
	{ "두세", 6, 0, 0 },
	{ "두었", 6, 0, 0 },
	{ "두자", 6, 0, 0 },
	{ "둔", 3, 1, 0 },
	{ "둘", 3, 1, 0 },
	{ "둘게", 6, 0, 0 },
	{ "둘까", 6, 0, 0 },
	{ "둬", 3, 1, 0 },
	{ "둬서", 6, 0, 0 },
	{ "둬요", 6, 0, 0 },
	{ "뒀", 3, 0, 0 },
	{ "드려", 6, 0, 0 },
	{ "드렸", 6, 0, 0 },
	{ "드리", 6, 0, 0 },
	{ "드린", 6, 0, 0 },
	{ "드릴", 6, 0, 0 },
	{ "드림", 6, 0, 0 },
	{ "미치겠", 9, 0, 0 },
	{ "버려", 6, 0, 0 },
	{ "버렸", 6, 0, 0 },
	{ "버리", 6, 0, 0 },
	{ "버린", 6, 0, 0 },
	{ "버릴", 6, 0, 0 },
	{ "버림", 6, 0, 0 },
	{ "보고", 6, 0, 0 },
	{ "보기도", 9, 0, 0 },
	{ "보기로", 9, 0, 0 },
	{ "보기만", 9, 0, 0 },
	{ "보꼬", 6, 0, 0 },
	{ "보는", 6, 0, 0 },
	{ "보니", 6, 0, 0 },
	{ "보려", 6, 0, 0 },
	{ "보면", 6, 0, 0 },
	{ "보세", 6, 0, 0 },
	{ "보소", 6, 1, 0 },
	{ "보쇼", 6, 0, 0 },
	{ "보시", 6, 0, 0 },
	{ "보이소", 9, 0, 0 },
	{ "보자", 6, 0, 0 },
	{ "본", 3, 1, 0 },
	{ "볼", 3, 1, 0 },
	{ "볼게", 6, 0, 0 },
	{ "볼까", 6, 0, 0 },
	{ "봄", 3, 1, 0 },
	{ "봐", 3, 1, 0 },
	{ "봐도", 6, 0, 0 },
	{ "봐라", 6, 0, 0 },
	{ "봐야", 6, 0, 0 },
	{ "봐요", 6, 0, 0 },
	{ "봤", 3, 0, 0 },
	{ "부러", 6, 1, 0 },
	{ "부렀", 6, 0, 0 },
	{ "부렸", 6, 0, 0 },
	{ "뿌고", 6, 1, 0 },
	{ "뿌라", 6, 0, 0 },
	{ "뿌랐", 6, 0, 0 },
	{ "뿐다", 6, 1, 0 },
	{ "뿟", 3, 0, 0 },
	{ "삐라", 6, 1, 0 },
	{ "삤", 3, 0, 0 },
	{ "오고", 6, 0, 0 },
	{ "오는", 6, 0, 0 },
	{ "오려", 6, 0, 0 },
	{ "오면", 6, 0, 0 },
	{ "오세", 6, 0, 0 },
	{ "오자", 6, 0, 0 },
	{ "온", 3, 1, 0 },
	{ "올", 3, 1, 0 },
	{ "올게", 6, 0, 0 },
	{ "올라꼬", 9, 0, 0 },
	{ "올라카", 9, 0, 0 },
	{ "옴", 3, 1, 0 },
	{ "와", 3, 1, 0 },
	{ "와서", 6, 0, 0 },
	{ "와요", 6, 0, 0 },
	{ "왔", 3, 0, 0 },
	{ "있", 3, 0, 0 },
	{ "주고", 6, 0, 0 },
	{ "주기로", 9, 0, 0 },
	{ "주꼬", 6, 0, 0 },
	{ "주는", 6, 0, 0 },
	{ "주라", 6, 1, 0 },
	{ "주려", 6, 0, 0 },
	{ "주면", 6, 0, 0 },
	{ "주세", 6, 0, 0 },
	{ "주셔", 6, 0, 0 },
	{ "주쇼", 6, 0, 0 },
	{ "주시", 6, 0, 0 },
	{ "주심", 6, 0, 0 },
	{ "주었", 6, 0, 0 },
	{ "주이소", 9, 0, 0 },
	{ "죽겠", 6, 0, 0 },
	{ "준", 3, 1, 0 },
	{ "줄", 3, 1, 0 },
	{ "줄게", 6, 0, 0 },
	{ "줌", 3, 1, 0 },
	{ "줘", 3, 1, 0 },
	{ "줘라", 6, 0, 0 },
	{ "줘서", 6, 0, 0 },
	{ "줘요", 6, 0, 0 },
	{ "줬", 3, 0, 0 },
	{ "치우", 6, 0, 0 },
	{ "치웠", 6, 0, 0 },
	{ "하네", 6, 0, 0 },
	{ "하는", 6, 0, 0 },
	{ "한다", 6, 1, 0 },
	{ "해", 3, 1, 0 },
	{ "해요", 6, 0, 0 },
	{ "했", 3, 0, 0 },
};
static const struct ko_split_word ko_split_serial[] = {
	{ "갈아", 6, 1, 0 },
	{ "구워", 6, 1, 0 },
	{ "꺼내", 6, 1, 0 },
	{ "끓여", 6, 1, 0 },
	{ "나눠", 6, 1, 0 },
	{ "녹여", 6, 1, 0 },
	{ "담가", 6, 1, 0 },
	{ "덜어", 6, 1, 0 },
	{ "데워", 6, 1, 0 },
	{ "데쳐", 6, 1, 0 },
	{ "따라", 6, 1, 0 },
	{ "말아", 6, 1, 0 },
	{ "무쳐", 6, 1, 0 },
	{ "발라", 6, 1, 0 },
	{ "볶아", 6, 1, 0 },
	{ "부쳐", 6, 1, 0 },
	{ "비벼", 6, 1, 0 },
	{ "사", 3, 1, 0 },
	{ "삶아", 6, 1, 0 },
	{ "섞어", 6, 1, 0 },
	{ "시켜", 6, 1, 0 },
	{ "식혀", 6, 1, 0 },
	{ "싸", 3, 1, 0 },
	{ "얹어", 6, 1, 0 },
	{ "얼려", 6, 1, 0 },
	{ "우려", 6, 1, 0 },
	{ "익혀", 6, 1, 0 },
	{ "잘라", 6, 1, 0 },
	{ "졸여", 6, 1, 0 },
	{ "집어", 6, 1, 0 },
	{ "쪄", 3, 1, 0 },
	{ "찍어", 6, 1, 0 },
	{ "튀겨", 6, 1, 0 },
};
static const struct ko_split_word ko_split_fused_a[] = {
	{ "갈아타", 9, 1, 0 },
	{ "떠나", 6, 1, 0 },
	{ "만나", 6, 1, 0 },
	{ "올라타", 9, 1, 0 },
	{ "일어나", 9, 1, 0 },
};
static const struct ko_split_word ko_split_motion_ga[] = {
	{ "가져가", 9, 1, 0 },
	{ "건너가", 9, 1, 0 },
	{ "걸어가", 9, 1, 0 },
	{ "끌려가", 9, 1, 0 },
	{ "나가", 6, 1, 0 },
	{ "날아가", 9, 1, 0 },
	{ "내려가", 9, 1, 0 },
	{ "넘어가", 9, 1, 0 },
	{ "다가가", 9, 1, 0 },
	{ "다녀가", 9, 1, 0 },
	{ "달려가", 9, 1, 0 },
	{ "데려가", 9, 1, 0 },
	{ "돌아가", 9, 1, 0 },
	{ "되돌아가", 12, 1, 0 },
	{ "들어가", 9, 1, 0 },
	{ "따라가", 9, 1, 0 },
	{ "뛰어가", 9, 1, 0 },
	{ "뛰쳐나가", 12, 1, 0 },
	{ "물러가", 9, 1, 0 },
	{ "빠져나가", 12, 1, 0 },
	{ "살아가", 9, 1, 0 },
	{ "올라가", 9, 1, 0 },
	{ "지나가", 9, 1, 0 },
	{ "쫓겨나가", 12, 1, 0 },
	{ "쫓아가", 9, 1, 0 },
	{ "찾아가", 9, 1, 0 },
};
static const struct ko_split_word ko_split_change_ga[] = {
	{ "꺼져가", 9, 1, 0 },
	{ "끝나가", 9, 1, 0 },
	{ "끝마쳐가", 12, 1, 0 },
	{ "녹아가", 9, 1, 0 },
	{ "늙어가", 9, 1, 0 },
	{ "닳아가", 9, 1, 0 },
	{ "돼가", 6, 1, 0 },
	{ "되어가", 9, 1, 0 },
	{ "떨어져가", 12, 1, 0 },
	{ "망가져가", 12, 1, 0 },
	{ "무너져가", 12, 1, 0 },
	{ "바닥나가", 12, 1, 0 },
	{ "사라져가", 12, 1, 0 },
	{ "시들어가", 12, 1, 0 },
	{ "식어가", 9, 1, 0 },
	{ "익어가", 9, 1, 0 },
	{ "잊혀가", 9, 1, 0 },
	{ "저물어가", 12, 1, 0 },
	{ "죽어가", 9, 1, 0 },
	{ "지쳐가", 9, 1, 0 },
};
static const struct ko_split_word ko_split_geo_next[] = {
	{ "더", 3, 1, 0 },
	{ "또", 3, 1, 0 },
	{ "많이", 6, 1, 0 },
	{ "별로", 6, 1, 0 },
	{ "아무거나", 12, 1, 0 },
	{ "아무것도", 12, 1, 0 },
	{ "엄청나게", 12, 1, 0 },
	{ "제일", 6, 1, 0 },
	{ "하나도", 9, 1, 0 },
};
static const struct ko_split_word ko_split_serial_eat[] = {
	{ "마셔", 6, 0, 0 },
	{ "마셨", 6, 0, 0 },
	{ "마시", 6, 0, 0 },
	{ "먹", 3, 0, 0 },
};

static const struct ko_split_word ko_split_opener[] = {
	{ "ㄴㄴ", 6, 1, 2 },
	{ "ㅇㅇ", 6, 1, 2 },
	{ "ㅇㅇㅇ", 9, 1, 2 },
	{ "ㅇㅋ", 6, 1, 2 },
	{ "게다가", 9, 0, 1 },
	{ "그나저나", 12, 0, 1 },
	{ "그니까", 9, 0, 1 },
	{ "그다음", 9, 0, 1 },
	{ "그다음엔", 12, 0, 1 },
	{ "그래도", 9, 0, 1 },
	{ "그래서", 9, 0, 1 },
	{ "그러나", 9, 0, 1 },
	{ "그러니", 9, 0, 1 },
	{ "그러니까", 12, 0, 1 },
	{ "그러면", 9, 0, 1 },
	{ "그러므로", 12, 0, 1 },
	{ "그런데", 9, 0, 1 },
	{ "그럼", 6, 0, 1 },
	{ "그렇지만", 12, 0, 1 },
	{ "근데", 6, 0, 1 },
	{ "글쎄", 6, 1, 0 },
	{ "내일은", 9, 0, 1 },
	{ "다음엔", 9, 0, 1 },
	{ "더구나", 9, 0, 1 },
	{ "따라서", 9, 0, 1 },
	{ "맙소사", 9, 1, 0 },
	{ "반면에", 9, 0, 1 },
	{ "아", 3, 1, 0 },
	{ "아뇨", 6, 1, 3 },
	{ "아니", 6, 1, 3 },
	{ "아니요", 9, 1, 3 },
	{ "아따", 6, 1, 0 },
	{ "아무래도", 12, 0, 1 },
	{ "아무튼", 9, 0, 1 },
	{ "아이고", 9, 1, 0 },
	{ "아이구", 9, 1, 0 },
	{ "아이참", 9, 1, 0 },
	{ "아하", 6, 1, 0 },
	{ "아휴", 6, 1, 0 },
	{ "암튼", 6, 0, 1 },
	{ "앗", 3, 1, 0 },
	{ "어", 3, 1, 2 },
	{ "어랏", 6, 1, 0 },
	{ "어머", 6, 1, 0 },
	{ "어머나", 9, 1, 0 },
	{ "어이구", 9, 1, 0 },
	{ "어제는", 9, 0, 1 },
	{ "어쨌거나", 12, 0, 1 },
	{ "어쨌든", 9, 0, 1 },
	{ "에고", 6, 1, 0 },
	{ "에구", 6, 1, 0 },
	{ "에이", 6, 1, 0 },
	{ "에휴", 6, 1, 0 },
	{ "엥", 3, 1, 0 },
	{ "여하튼", 9, 0, 1 },
	{ "오", 3, 1, 0 },
	{ "오늘은", 9, 0, 1 },
	{ "오메", 6, 1, 0 },
	{ "오케이", 9, 1, 2 },
	{ "와우", 6, 1, 0 },
	{ "요즘은", 9, 0, 1 },
	{ "웅", 3, 1, 2 },
	{ "워매", 6, 1, 0 },
	{ "워메", 6, 1, 0 },
	{ "으악", 6, 1, 0 },
	{ "음", 3, 1, 0 },
	{ "응", 3, 1, 2 },
	{ "이번엔", 9, 0, 1 },
	{ "저기", 6, 1, 0 },
	{ "지금은", 9, 0, 1 },
	{ "처음에는", 12, 0, 1 },
	{ "처음엔", 9, 0, 1 },
	{ "하여튼", 9, 0, 1 },
	{ "하이고", 9, 1, 0 },
	{ "헉", 3, 1, 0 },
	{ "헐", 3, 1, 0 },
	{ "휴", 3, 1, 0 },
	{ "흠", 3, 1, 0 },
};
static const struct ko_split_word ko_split_turn[] = {
	{ "그나저나", 12, 1, 0 },
	{ "그러면", 9, 1, 0 },
	{ "그런데", 9, 1, 0 },
	{ "그럼", 6, 1, 0 },
	{ "근데", 6, 1, 0 },
	{ "아무튼", 9, 1, 0 },
	{ "암튼", 6, 1, 0 },
	{ "어쨌거나", 12, 1, 0 },
	{ "어쨌든", 9, 1, 0 },
	{ "여하튼", 9, 1, 0 },
	{ "하여튼", 9, 1, 0 },
};
static const struct ko_split_word ko_split_verdict[] = {
	{ "가성비갑", 12, 1, 0 },
	{ "강추", 6, 1, 0 },
	{ "개꿀", 6, 1, 0 },
	{ "극혐", 6, 1, 0 },
	{ "꿀잼", 6, 1, 0 },
	{ "꿀팁", 6, 1, 0 },
	{ "노잼", 6, 1, 0 },
	{ "레전드", 9, 1, 0 },
	{ "비추", 6, 1, 0 },
	{ "실화", 6, 1, 0 },
	{ "인정", 6, 1, 0 },
	{ "존맛", 6, 1, 0 },
	{ "최고", 6, 1, 0 },
	{ "최악", 6, 1, 0 },
	{ "혜자", 6, 1, 0 },
};
static const struct ko_split_word ko_split_emoji_next[] = {
	{ "과", 3, 1, 0 },
	{ "는", 3, 1, 0 },
	{ "랑", 3, 1, 0 },
	{ "로", 3, 1, 0 },
	{ "를", 3, 1, 0 },
	{ "에", 3, 1, 0 },
	{ "에서", 6, 1, 0 },
	{ "예요", 6, 0, 0 },
	{ "와", 3, 1, 0 },
	{ "으로", 6, 1, 0 },
	{ "은", 3, 1, 0 },
	{ "을", 3, 1, 0 },
	{ "의", 3, 1, 0 },
	{ "이다", 6, 1, 0 },
	{ "이다.", 7, 0, 0 },
	{ "이랑", 6, 1, 0 },
	{ "이야", 6, 1, 0 },
	{ "이에요", 9, 0, 0 },
	{ "임", 3, 1, 0 },
	{ "입니다", 9, 0, 0 },
	{ "처럼", 6, 1, 0 },
};

static const struct ko_split_word ko_split_wh[] = {
	{ "누가", 6, 1, 0 },
	{ "누구", 6, 1, 0 },
	{ "누굴", 6, 1, 0 },
	{ "머", 3, 1, 0 },
	{ "몇", 3, 1, 0 },
	{ "무슨", 6, 0, 1 },
	{ "무엇", 6, 1, 0 },
	{ "뭐", 3, 0, 1 },
	{ "뭔", 3, 0, 1 },
	{ "뭘", 3, 1, 0 },
	{ "어느", 6, 1, 0 },
	{ "어데", 6, 1, 0 },
	{ "어디", 6, 1, 0 },
	{ "어디로", 9, 1, 0 },
	{ "어디서", 9, 1, 0 },
	{ "어떤", 6, 1, 0 },
	{ "어떻게", 9, 1, 0 },
	{ "어째서", 9, 1, 0 },
	{ "언제", 6, 1, 0 },
	{ "얼마", 6, 0, 1 },
	{ "얼마나", 9, 1, 0 },
	{ "와이래", 9, 1, 0 },
	{ "왜", 3, 1, 0 },
	{ "우예", 6, 1, 0 },
	{ "우째", 6, 1, 0 },
};
static const struct ko_split_word ko_split_wh_cop[] = {
	{ "누군데", 9, 1, 0 },
	{ "누군디", 9, 1, 0 },
	{ "뭔데", 6, 1, 0 },
	{ "뭔디", 6, 1, 0 },
	{ "어딘데", 9, 1, 0 },
	{ "어딘디", 9, 1, 0 },
	{ "언젠데", 9, 1, 0 },
	{ "언젠디", 9, 1, 0 },
	{ "얼만데", 9, 1, 0 },
	{ "얼만디", 9, 1, 0 },
};
static const struct ko_split_word ko_split_lone_wh[] = {
	{ "누구", 6, 1, 0 },
	{ "뭐", 3, 0, 1 },
	{ "어디", 6, 1, 0 },
	{ "왜", 3, 1, 0 },
};
static const struct ko_split_word ko_split_pron_topic[] = {
	{ "나는", 6, 1, 0 },
	{ "나도", 6, 1, 0 },
	{ "난", 3, 1, 0 },
	{ "너는", 6, 1, 0 },
	{ "너도", 6, 1, 0 },
	{ "넌", 3, 1, 0 },
	{ "니는", 6, 1, 0 },
	{ "니도", 6, 1, 0 },
	{ "우리는", 9, 1, 0 },
	{ "우리도", 9, 1, 0 },
	{ "우린", 6, 1, 0 },
	{ "저는", 6, 1, 0 },
	{ "저도", 6, 1, 0 },
	{ "전", 3, 1, 0 },
};
static const struct ko_split_word ko_split_glued_on[] = {
	{ "가", 3, 0, 0 },
	{ "까지", 6, 0, 0 },
	{ "는", 3, 0, 0 },
	{ "다", 3, 1, 0 },
	{ "도", 3, 0, 0 },
	{ "라", 3, 1, 0 },
	{ "라고", 6, 0, 0 },
	{ "라구", 6, 0, 0 },
	{ "라는", 6, 0, 0 },
	{ "라니", 6, 0, 0 },
	{ "라며", 6, 0, 0 },
	{ "라잖", 6, 0, 0 },
	{ "란", 3, 0, 0 },
	{ "랑", 3, 0, 0 },
	{ "래", 3, 0, 0 },
	{ "로", 3, 0, 0 },
	{ "를", 3, 0, 0 },
	{ "만", 3, 0, 0 },
	{ "밖에", 6, 0, 0 },
	{ "보다", 6, 0, 0 },
	{ "부터", 6, 0, 0 },
	{ "뿐", 3, 0, 0 },
	{ "야", 3, 0, 0 },
	{ "에", 3, 0, 0 },
	{ "여", 3, 0, 0 },
	{ "와", 3, 0, 0 },
	{ "요", 3, 0, 0 },
	{ "용", 3, 0, 0 },
	{ "은", 3, 0, 0 },
	{ "을", 3, 0, 0 },
	{ "의", 3, 0, 0 },
	{ "이", 3, 1, 0 },
	{ "이라", 6, 0, 0 },
	{ "이란", 6, 0, 0 },
	{ "잉", 3, 0, 0 },
	{ "죠", 3, 0, 0 },
	{ "처럼", 6, 0, 0 },
	{ "체", 3, 0, 0 },
	{ "하고", 6, 0, 0 },
};
static const struct ko_split_word ko_split_glued_da_on[] = {
	{ "가", 3, 0, 0 },
	{ "간", 3, 0, 0 },
	{ "거나", 6, 0, 0 },
	{ "고", 3, 0, 0 },
	{ "구", 3, 0, 0 },
	{ "궁", 3, 0, 0 },
	{ "규", 3, 1, 0 },
	{ "기에", 6, 0, 0 },
	{ "기엔", 6, 0, 0 },
	{ "나", 3, 0, 0 },
	{ "냐", 3, 0, 0 },
	{ "네", 3, 0, 0 },
	{ "느니", 6, 0, 0 },
	{ "는", 3, 0, 0 },
	{ "는데", 6, 0, 0 },
	{ "능", 3, 1, 0 },
	{ "니", 3, 0, 0 },
	{ "더", 3, 0, 0 },
	{ "던", 3, 0, 0 },
	{ "도", 3, 0, 0 },
	{ "든", 3, 0, 0 },
	{ "라", 3, 0, 0 },
	{ "랑", 3, 0, 0 },
	{ "로", 3, 0, 0 },
	{ "를", 3, 0, 0 },
	{ "만", 3, 0, 0 },
	{ "말", 3, 0, 0 },
	{ "며", 3, 0, 0 },
	{ "면", 3, 0, 0 },
	{ "보", 3, 0, 0 },
	{ "본", 3, 0, 0 },
	{ "봄", 3, 0, 0 },
	{ "봐", 3, 0, 0 },
	{ "봤", 3, 0, 0 },
	{ "뿐", 3, 0, 0 },
	{ "생각", 6, 0, 0 },
	{ "손", 3, 0, 0 },
	{ "시피", 6, 0, 0 },
	{ "싶", 3, 0, 0 },
	{ "에", 3, 0, 0 },
	{ "여", 3, 0, 0 },
	{ "오", 3, 0, 0 },
	{ "온", 3, 0, 0 },
	{ "올", 3, 0, 0 },
	{ "와", 3, 0, 0 },
	{ "왔", 3, 0, 0 },
	{ "요", 3, 0, 0 },
	{ "용", 3, 0, 0 },
	{ "의", 3, 0, 0 },
	{ "이", 3, 1, 0 },
	{ "이라", 6, 0, 0 },
	{ "잉", 3, 0, 0 },
	{ "잖", 3, 0, 0 },
	{ "죠", 3, 0, 0 },
	{ "지", 3, 0, 0 },
	{ "처럼", 6, 0, 0 },
	{ "쳐", 3, 0, 0 },
	{ "치", 3, 0, 0 },
	{ "하", 3, 0, 0 },
	{ "한", 3, 0, 0 },
	{ "할", 3, 0, 0 },
	{ "해", 3, 0, 0 },
	{ "햇", 3, 0, 0 },
	{ "했", 3, 0, 0 },
};
static const struct ko_split_word ko_split_glued_eum_on[] = {
	{ "과", 3, 0, 0 },
	{ "까지", 6, 0, 0 },
	{ "다", 3, 1, 0 },
	{ "당", 3, 1, 0 },
	{ "도", 3, 0, 0 },
	{ "돼", 3, 0, 0 },
	{ "되", 3, 0, 0 },
	{ "만", 3, 0, 0 },
	{ "뿐", 3, 0, 0 },
	{ "싶", 3, 0, 0 },
	{ "에", 3, 0, 0 },
	{ "요", 3, 1, 0 },
	{ "으로", 6, 0, 0 },
	{ "은", 3, 0, 0 },
	{ "을", 3, 0, 0 },
	{ "의", 3, 0, 0 },
	{ "이", 3, 1, 0 },
	{ "이고", 6, 0, 0 },
	{ "이니", 6, 0, 0 },
	{ "이다", 6, 0, 0 },
	{ "이라", 6, 0, 0 },
	{ "이야", 6, 0, 0 },
	{ "이었", 6, 0, 0 },
	{ "이지", 6, 0, 0 },
	{ "좋", 3, 0, 0 },
	{ "직", 3, 0, 0 },
	{ "처럼", 6, 0, 0 },
	{ "하", 3, 0, 0 },
	{ "한", 3, 0, 0 },
	{ "해", 3, 0, 0 },
	{ "했", 3, 0, 0 },
};
static const struct ko_split_word ko_split_glued_deut_on[] = {
	{ "다", 3, 1, 0 },
	{ "도", 3, 0, 0 },
	{ "만", 3, 0, 0 },
	{ "말", 3, 0, 0 },
	{ "보", 3, 0, 0 },
	{ "싶", 3, 0, 0 },
	{ "여", 3, 0, 0 },
	{ "요", 3, 0, 0 },
	{ "용", 3, 0, 0 },
	{ "이", 3, 0, 0 },
	{ "하", 3, 0, 0 },
	{ "하다", 6, 0, 0 },
	{ "한", 3, 0, 0 },
	{ "할", 3, 0, 0 },
	{ "함", 3, 0, 0 },
	{ "합", 3, 0, 0 },
	{ "해", 3, 0, 0 },
	{ "했", 3, 0, 0 },
};
static const struct ko_split_word ko_split_yo_noun[] = {
	{ "요가", 6, 0, 0 },
	{ "요강", 6, 0, 0 },
	{ "요건", 6, 0, 0 },
	{ "요격", 6, 0, 0 },
	{ "요괴", 6, 0, 0 },
	{ "요구", 6, 0, 0 },
	{ "요금", 6, 0, 0 },
	{ "요기", 6, 0, 0 },
	{ "요란", 6, 0, 0 },
	{ "요람", 6, 0, 0 },
	{ "요령", 6, 0, 0 },
	{ "요리", 6, 0, 0 },
	{ "요망", 6, 0, 0 },
	{ "요물", 6, 0, 0 },
	{ "요미", 6, 0, 0 },
	{ "요법", 6, 0, 0 },
	{ "요새화", 9, 0, 0 },
	{ "요소", 6, 0, 0 },
	{ "요술", 6, 0, 0 },
	{ "요식", 6, 0, 0 },
	{ "요약", 6, 0, 0 },
	{ "요양", 6, 0, 0 },
	{ "요염", 6, 0, 0 },
	{ "요원", 6, 0, 0 },
	{ "요인", 6, 0, 0 },
	{ "요일", 6, 0, 0 },
	{ "요절", 6, 0, 0 },
	{ "요점", 6, 0, 0 },
	{ "요정", 6, 0, 0 },
	{ "요주의", 9, 0, 0 },
	{ "요지", 6, 0, 0 },
	{ "요직", 6, 0, 0 },
	{ "요철", 6, 0, 0 },
	{ "요청", 6, 0, 0 },
	{ "요충", 6, 0, 0 },
	{ "요통", 6, 0, 0 },
	{ "요트", 6, 0, 0 },
	{ "요행", 6, 0, 0 },
};
static const struct ko_split_word ko_split_now[] = {
	{ "계속", 6, 1, 0 },
	{ "아직", 6, 1, 0 },
	{ "아직도", 9, 1, 0 },
	{ "여태", 6, 1, 0 },
	{ "요새", 6, 1, 0 },
	{ "요즘", 6, 1, 0 },
	{ "지금", 6, 1, 0 },
	{ "지금도", 9, 1, 0 },
	{ "한창", 6, 1, 0 },
	{ "현재", 6, 1, 0 },
};
static const struct ko_split_word ko_split_reply_adv[] = {
	{ "반쯤", 6, 1, 0 },
	{ "반쯤요", 9, 1, 0 },
	{ "아직", 6, 1, 0 },
	{ "아직요", 9, 1, 0 },
	{ "절반쯤", 9, 1, 0 },
};
static const struct ko_split_word ko_split_emph_adv[] = {
	{ "가장", 6, 1, 0 },
	{ "굉장히", 9, 1, 0 },
	{ "꼭", 3, 1, 0 },
	{ "꼭꼭", 6, 1, 0 },
	{ "너무", 6, 1, 0 },
	{ "너무나", 9, 1, 0 },
	{ "너무나도", 12, 1, 0 },
	{ "너무너무", 12, 1, 0 },
	{ "늘", 3, 1, 0 },
	{ "더더욱", 9, 1, 0 },
	{ "더욱", 6, 1, 0 },
	{ "되게", 6, 1, 0 },
	{ "매우", 6, 1, 0 },
	{ "몹시", 6, 1, 0 },
	{ "무척", 6, 1, 0 },
	{ "반드시", 9, 1, 0 },
	{ "상당히", 9, 1, 0 },
	{ "아주", 6, 1, 0 },
	{ "언제나", 9, 1, 0 },
	{ "엄청", 6, 1, 0 },
	{ "완전히", 9, 1, 0 },
	{ "절대로", 9, 1, 0 },
	{ "정말로", 9, 1, 0 },
	{ "제일", 6, 1, 0 },
	{ "진짜로", 9, 1, 0 },
	{ "참말로", 9, 1, 0 },
	{ "특히", 6, 1, 0 },
	{ "항상", 6, 1, 0 },
	{ "훨씬", 6, 1, 0 },
};
static const struct ko_split_word ko_split_yes_no[] = {
	{ "ㄴㄴ", 6, 1, 0 },
	{ "ㅇㅇ", 6, 1, 0 },
	{ "네", 3, 1, 0 },
	{ "넵", 3, 1, 0 },
	{ "아뇨", 6, 1, 0 },
	{ "아니", 6, 1, 0 },
	{ "아니요", 9, 1, 0 },
	{ "어", 3, 1, 0 },
	{ "엉", 3, 1, 0 },
	{ "예", 3, 1, 0 },
	{ "웅", 3, 1, 0 },
	{ "응", 3, 1, 0 },
};
static const struct ko_split_word ko_split_na_noun[] = {
	{ "감동", 6, 1, 0 },
	{ "겁", 3, 1, 0 },
	{ "결론", 6, 1, 0 },
	{ "기억", 6, 1, 0 },
	{ "난리", 6, 1, 0 },
	{ "냄새", 6, 1, 0 },
	{ "눈물", 6, 1, 0 },
	{ "땀", 3, 1, 0 },
	{ "멀미", 6, 1, 0 },
	{ "배탈", 6, 1, 0 },
	{ "병", 3, 1, 0 },
	{ "불", 3, 1, 0 },
	{ "사고", 6, 1, 0 },
	{ "샘", 3, 1, 0 },
	{ "생각", 6, 1, 0 },
	{ "소리", 6, 1, 0 },
	{ "소문", 6, 1, 0 },
	{ "신", 3, 1, 0 },
	{ "신경질", 9, 1, 0 },
	{ "싫증", 6, 1, 0 },
	{ "열", 3, 1, 0 },
	{ "욕심", 6, 1, 0 },
	{ "용기", 6, 1, 0 },
	{ "재미", 6, 1, 0 },
	{ "짜증", 6, 1, 0 },
	{ "코피", 6, 1, 0 },
	{ "탈", 3, 1, 0 },
	{ "트림", 6, 1, 0 },
	{ "티", 3, 1, 0 },
	{ "하품", 6, 1, 0 },
	{ "화", 3, 1, 0 },
	{ "흥", 3, 1, 0 },
};
static const struct ko_split_word ko_split_demonstrative[] = {
	{ "걔", 3, 0, 0 },
	{ "그", 3, 1, 0 },
	{ "그거", 6, 0, 0 },
	{ "그걸", 6, 0, 0 },
	{ "그것", 6, 0, 0 },
	{ "그게", 6, 0, 0 },
	{ "얘", 3, 0, 0 },
	{ "이", 3, 1, 0 },
	{ "이거", 6, 0, 0 },
	{ "이걸", 6, 0, 0 },
	{ "이것", 6, 0, 0 },
	{ "이게", 6, 0, 0 },
	{ "쟤", 3, 0, 0 },
	{ "저", 3, 1, 0 },
	{ "저거", 6, 0, 0 },
	{ "저걸", 6, 0, 0 },
	{ "저것", 6, 0, 0 },
	{ "저게", 6, 0, 0 },
};
static const struct ko_split_word ko_split_reply[] = {
	{ "그래", 6, 1, 0 },
	{ "그랴", 6, 1, 0 },
	{ "그러자", 9, 1, 0 },
	{ "그렇지", 9, 1, 0 },
	{ "그려", 6, 1, 0 },
	{ "그치", 6, 1, 0 },
	{ "맞아", 6, 1, 0 },
	{ "알겠다", 9, 1, 0 },
	{ "알겠슈", 9, 1, 0 },
	{ "알겠어", 9, 1, 0 },
	{ "알았다", 9, 1, 0 },
	{ "알았어", 9, 1, 0 },
	{ "알았어유", 12, 1, 0 },
	{ "좋다", 6, 1, 0 },
	{ "좋아", 6, 1, 0 },
	{ "콜", 3, 1, 0 },
};
static const struct ko_split_word ko_split_numeral[] = {
	{ "너덧", 6, 1, 0 },
	{ "넉", 3, 1, 0 },
	{ "네", 3, 1, 0 },
	{ "다섯", 6, 1, 0 },
	{ "대여섯", 9, 1, 0 },
	{ "두", 3, 1, 0 },
	{ "두세", 6, 1, 0 },
	{ "마흔", 6, 1, 0 },
	{ "서너", 6, 1, 0 },
	{ "서른", 6, 1, 0 },
	{ "석", 3, 1, 0 },
	{ "세", 3, 1, 0 },
	{ "쉰", 3, 1, 0 },
	{ "스무", 6, 1, 0 },
	{ "아홉", 6, 1, 0 },
	{ "여덟", 6, 1, 0 },
	{ "여섯", 6, 1, 0 },
	{ "열", 3, 1, 0 },
	{ "열두", 6, 1, 0 },
	{ "열한", 6, 1, 0 },
	{ "일곱", 6, 1, 0 },
	{ "한", 3, 1, 0 },
	{ "한두", 6, 1, 0 },
};
static const struct ko_split_word ko_split_ordinal[] = {
	{ "넷째", 6, 1, 0 },
	{ "다섯째", 9, 1, 0 },
	{ "둘째", 6, 1, 0 },
	{ "마지막", 9, 1, 0 },
	{ "셋째", 6, 1, 0 },
	{ "아홉째", 9, 1, 0 },
	{ "여덟째", 9, 1, 0 },
	{ "여섯째", 9, 1, 0 },
	{ "열째", 6, 1, 0 },
	{ "일곱째", 9, 1, 0 },
	{ "첫", 3, 1, 0 },
};
static const struct ko_split_word ko_split_noun_after[] = {
	{ "덕분", 6, 0, 0 },
	{ "덕택", 6, 0, 0 },
	{ "동안", 6, 0, 0 },
	{ "때문", 6, 0, 0 },
	{ "무렵", 6, 0, 0 },
};
static const struct ko_split_word ko_split_thanks[] = {
	{ "감사해", 9, 1, 0 },
	{ "감사해요", 12, 1, 0 },
	{ "고마워", 9, 1, 0 },
	{ "고마워요", 12, 1, 0 },
	{ "고마워유", 12, 1, 0 },
	{ "고마워잉", 12, 1, 0 },
	{ "고맙다", 9, 1, 0 },
	{ "고맙심더", 12, 1, 0 },
	{ "땡큐", 6, 1, 0 },
};
static const struct ko_split_word ko_split_understood[] = {
	{ "알것어", 9, 1, 0 },
	{ "알겄다", 9, 1, 0 },
	{ "알겄어", 9, 1, 0 },
	{ "알겠다", 9, 1, 0 },
	{ "알겠슈", 9, 1, 0 },
	{ "알겠심더", 12, 1, 0 },
	{ "알겠어", 9, 1, 0 },
	{ "알겠어요", 12, 1, 0 },
	{ "알았다", 9, 1, 0 },
	{ "알았당께", 12, 1, 0 },
	{ "알았데이", 12, 1, 0 },
	{ "알았어", 9, 1, 0 },
	{ "알았어요", 12, 1, 0 },
	{ "알았어유", 12, 1, 0 },
};
static const struct ko_split_word ko_split_counter[] = {
	{ "가지", 6, 1, 0 },
	{ "개", 3, 1, 0 },
	{ "개월", 6, 1, 0 },
	{ "군데", 6, 1, 0 },
	{ "권", 3, 1, 0 },
	{ "그릇", 6, 1, 0 },
	{ "년", 3, 1, 0 },
	{ "달", 3, 1, 0 },
	{ "대", 3, 1, 0 },
	{ "마리", 6, 1, 0 },
	{ "명", 3, 1, 0 },
	{ "바퀴", 6, 1, 0 },
	{ "박", 3, 1, 0 },
	{ "번", 3, 1, 0 },
	{ "벌", 3, 1, 0 },
	{ "병", 3, 1, 0 },
	{ "봉지", 6, 1, 0 },
	{ "분", 3, 1, 0 },
	{ "사람", 6, 1, 0 },
	{ "살", 3, 1, 0 },
	{ "송이", 6, 1, 0 },
	{ "시", 3, 1, 0 },
	{ "시간", 6, 1, 0 },
	{ "원", 3, 1, 0 },
	{ "인분", 6, 1, 0 },
	{ "잔", 3, 1, 0 },
	{ "장", 3, 1, 0 },
	{ "조각", 6, 1, 0 },
	{ "주", 3, 1, 0 },
	{ "줄", 3, 1, 0 },
	{ "층", 3, 1, 0 },
	{ "캔", 3, 1, 0 },
	{ "켤레", 6, 1, 0 },
	{ "판", 3, 1, 0 },
	{ "팩", 3, 1, 0 },
};
static const struct ko_split_word ko_split_counter_next[] = {
	{ "가량", 6, 0, 0 },
	{ "간격", 6, 0, 0 },
	{ "같", 3, 0, 0 },
	{ "까지", 6, 0, 0 },
	{ "남짓", 6, 0, 0 },
	{ "내로", 6, 0, 0 },
	{ "넘", 3, 0, 0 },
	{ "다", 3, 1, 0 },
	{ "단위", 6, 0, 0 },
	{ "더", 3, 0, 0 },
	{ "동안", 6, 0, 0 },
	{ "뒤", 3, 0, 0 },
	{ "또", 3, 0, 0 },
	{ "만", 3, 0, 0 },
	{ "만에", 6, 0, 0 },
	{ "모두", 6, 0, 0 },
	{ "미만", 6, 0, 0 },
	{ "밖에", 6, 0, 0 },
	{ "반", 3, 0, 0 },
	{ "부터", 6, 0, 0 },
	{ "뿐", 3, 0, 0 },
	{ "씩", 3, 0, 0 },
	{ "안에", 6, 0, 0 },
	{ "연속", 6, 0, 0 },
	{ "이내", 6, 0, 0 },
	{ "이상", 6, 0, 0 },
	{ "이전", 6, 0, 0 },
	{ "이하", 6, 0, 0 },
	{ "이후", 6, 0, 0 },
	{ "전", 3, 0, 0 },
	{ "전부", 6, 0, 0 },
	{ "정도", 6, 0, 0 },
	{ "중", 3, 1, 0 },
	{ "중에", 6, 0, 0 },
	{ "짜리", 6, 0, 0 },
	{ "째", 3, 0, 0 },
	{ "쯤", 3, 0, 0 },
	{ "차이", 6, 0, 0 },
	{ "후", 3, 0, 0 },
};
static const struct ko_split_word ko_split_num_unit[] = {
	{ "가지", 6, 0, 0 },
	{ "개", 3, 0, 0 },
	{ "개월", 6, 0, 0 },
	{ "교시", 6, 0, 0 },
	{ "군데", 6, 0, 0 },
	{ "권", 3, 0, 0 },
	{ "그램", 6, 0, 0 },
	{ "그릇", 6, 0, 0 },
	{ "년", 3, 0, 0 },
	{ "달", 3, 0, 0 },
	{ "대", 3, 0, 0 },
	{ "도", 3, 0, 0 },
	{ "등", 3, 0, 0 },
	{ "리터", 6, 0, 0 },
	{ "마리", 6, 0, 0 },
	{ "만", 3, 0, 0 },
	{ "면", 3, 0, 0 },
	{ "명", 3, 0, 0 },
	{ "미터", 6, 0, 0 },
	{ "바퀴", 6, 0, 0 },
	{ "박", 3, 0, 0 },
	{ "배", 3, 0, 0 },
	{ "백", 3, 0, 0 },
	{ "번", 3, 0, 0 },
	{ "벌", 3, 0, 0 },
	{ "병", 3, 0, 0 },
	{ "봉지", 6, 0, 0 },
	{ "분", 3, 0, 0 },
	{ "사람", 6, 0, 0 },
	{ "살", 3, 0, 0 },
	{ "세", 3, 0, 0 },
	{ "센티", 6, 0, 0 },
	{ "송이", 6, 0, 0 },
	{ "시", 3, 0, 0 },
	{ "시간", 6, 0, 0 },
	{ "십", 3, 0, 0 },
	{ "억", 3, 0, 0 },
	{ "원", 3, 0, 0 },
	{ "월", 3, 0, 0 },
	{ "위", 3, 0, 0 },
	{ "인", 3, 0, 0 },
	{ "인분", 6, 0, 0 },
	{ "일", 3, 0, 0 },
	{ "잔", 3, 0, 0 },
	{ "장", 3, 0, 0 },
	{ "점", 3, 0, 0 },
	{ "조각", 6, 0, 0 },
	{ "주", 3, 0, 0 },
	{ "줄", 3, 0, 0 },
	{ "쪽", 3, 0, 0 },
	{ "차", 3, 0, 0 },
	{ "천", 3, 0, 0 },
	{ "초", 3, 0, 0 },
	{ "층", 3, 0, 0 },
	{ "캔", 3, 0, 0 },
	{ "켤레", 6, 0, 0 },
	{ "키로", 6, 0, 0 },
	{ "킬로", 6, 0, 0 },
	{ "판", 3, 0, 0 },
	{ "팩", 3, 0, 0 },
	{ "퍼센트", 9, 0, 0 },
	{ "평", 3, 0, 0 },
	{ "프로", 6, 0, 0 },
	{ "학년", 6, 0, 0 },
	{ "호", 3, 0, 0 },
	{ "회", 3, 0, 0 },
};

static const struct ko_split_word ko_split_noscore[] = {
	{ "아님", 6, 1, 0 },
};
static const char *const ko_split_noscore_end[] = {
	"다",
	"나",
};

static const unsigned short ko_split_state_last[] = {
	0xAE43, /* 깃 */ 0xB054, /* 끔 */ 0xB057, /* 끗 */ 0xB09C, /* 난 */ 0xB109, /* 넉 */
	0xB2EC, /* 달 */ 0xB2F9, /* 당 */ 0xB4E0, /* 든 */ 0xB834, /* 렴 */ 0xB96D, /* 륭 */
	0xB9E4, /* 매 */ 0xBC31, /* 백 */ 0xBC94, /* 범 */ 0xBCBD, /* 벽 */ 0xBD84, /* 분 */
	0xC0AD, /* 삭 */ 0xC220, /* 술 */ 0xC2B7, /* 슷 */ 0xC808, /* 절 */ 0xC871, /* 족 */
	0xC9D0, /* 짐 */ 0xC9E4, /* 짤 */ 0xCD09, /* 촉 */ 0xD50C, /* 플 */ 0xD638, /* 호 */
	0xD761, /* 흡 */
};
static const unsigned short ko_split_subject[] = {
	0xAC00, /* 가 */ 0xB294, /* 는 */ 0xB3C4, /* 도 */ 0xC11C, /* 서 */ 0xC740, /* 은 */
	0xC774, /* 이 */
};
static const unsigned short ko_split_ha[] = {
	0xD558, /* 하 */ 0xD55C, /* 한 */ 0xD560, /* 할 */ 0xD568, /* 함 */ 0xD569, /* 합 */
	0xD574, /* 해 */ 0xD588, /* 했 */
};
static const unsigned short ko_split_motion_ga_pre[] = {
	0xAC00, /* 가 */ 0xB098, /* 나 */ 0xB108, /* 너 */ 0xB140, /* 녀 */ 0xB3FC, /* 돼 */
	0xB77C, /* 라 */ 0xB7EC, /* 러 */ 0xB824, /* 려 */ 0xC544, /* 아 */ 0xC5B4, /* 어 */
	0xC838, /* 져 */ 0xCCD0, /* 쳐 */ 0xD600, /* 혀 */
};
static const unsigned short ko_split_negation[] = {
	0xBABB, /* 못 */ 0xC548, /* 안 */
};
static const unsigned short ko_split_pair_particle[] = {
	0xB294, /* 는 */ 0xB3C4, /* 도 */ 0xB97C, /* 를 */ 0xB9CC, /* 만 */
};
static const unsigned short ko_split_emotive[] = {
	0x3137, /* ㄷ */ 0x3149, /* ㅉ */ 0x314B, /* ㅋ */ 0x314E, /* ㅎ */ 0x315C, /* ㅜ */
	0x3160, /* ㅠ */ 0x3161, /* ㅡ */
};
static const unsigned short ko_split_adn_stem[] = {
	0xAC00, /* 가 */ 0xAC16, /* 갖 */ 0xAC19, /* 같 */ 0xAE30, /* 기 */ 0xAE38, /* 길 */
	0xAE4A, /* 깊 */ 0xAFB8, /* 꾸 */ 0xB098, /* 나 */ 0xB0AE, /* 낮 */ 0xB0B4, /* 내 */
	0xB113, /* 넓 */ 0xB192, /* 높 */ 0xB204, /* 누 */ 0xB299, /* 늙 */ 0xB418, /* 되 */
	0xB450, /* 두 */ 0xB728, /* 뜨 */ 0xB77C, /* 라 */ 0xB7EC, /* 러 */ 0xB824, /* 려 */
	0xB85C, /* 로 */ 0xB974, /* 르 */ 0xB9AC, /* 리 */ 0xB9CE, /* 많 */ 0xBB3D, /* 묽 */
	0xBC1B, /* 받 */ 0xBCF4, /* 보 */ 0xBD80, /* 부 */ 0xC0AC, /* 사 */ 0xC11C, /* 서 */
	0xC2DC, /* 시 */ 0xC4F0, /* 쓰 */ 0xC544, /* 아 */ 0xC54A, /* 않 */ 0xC5B4, /* 어 */
	0xC5C6, /* 없 */ 0xC5EC, /* 여 */ 0xC624, /* 오 */ 0xC640, /* 와 */ 0xC6B0, /* 우 */
	0xC6CC, /* 워 */ 0xC774, /* 이 */ 0xC788, /* 있 */ 0xC791, /* 작 */ 0xC7A6, /* 잦 */
	0xC80A, /* 젊 */ 0xC88B, /* 좋 */ 0xC8FC, /* 주 */ 0xC9C0, /* 지 */ 0xC9E7, /* 짧 */
	0xCD94, /* 추 */ 0xCE58, /* 치 */ 0xD06C, /* 크 */ 0xD0A4, /* 키 */ 0xD2B8, /* 트 */
	0xD478, /* 푸 */ 0xD504, /* 프 */ 0xD53C, /* 피 */ 0xD558, /* 하 */ 0xD788, /* 히 */
};
static const unsigned short ko_split_bound_fut[] = {
	0xB4EF, /* 듯 */ 0xC815, /* 정 */ 0xD68D, /* 획 */
};
static const unsigned short ko_split_pron_whose[] = {
	0xB0B4, /* 내 */ 0xB108, /* 너 */ 0xB204, /* 누 */ 0xB2C8, /* 니 */ 0xC81C, /* 제 */
};
static const unsigned short ko_split_bound_prog[] = {
	0xC911, /* 중 */
};
static const unsigned short ko_split_bound_aux[] = {
	0xB460, /* 둠 */ 0xB9BC, /* 림 */ 0xC2EC, /* 심 */ 0xC634, /* 옴 */ 0xC90C, /* 줌 */
};
static const unsigned short ko_split_inf_any[] = {
	0xAC00, /* 가 */ 0xACA8, /* 겨 */ 0xB098, /* 나 */ 0xB0B4, /* 내 */ 0xB300, /* 대 */
	0xB3FC, /* 돼 */ 0xB824, /* 려 */ 0xBCBC, /* 벼 */ 0xBD10, /* 봐 */ 0xC0AC, /* 사 */
	0xC11C, /* 서 */ 0xC544, /* 아 */ 0xC5B4, /* 어 */ 0xC5EC, /* 여 */ 0xC640, /* 와 */
	0xC6CC, /* 워 */ 0xC838, /* 져 */ 0xC918, /* 줘 */ 0xCCD0, /* 쳐 */ 0xCF1C, /* 켜 */
	0xD0C0, /* 타 */ 0xD3B4, /* 펴 */ 0xD574, /* 해 */ 0xD600, /* 혀 */
};
static const unsigned char ko_split_inf_any_set[1397] = {
	1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,16,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,0,0,0,0,0,0,0,0,
	0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,0,0,0,0,0,0,0,0,0,0,
	0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,16,0,0,0,0,0,0,16,0,0,
	0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
};
static const unsigned short ko_split_inf_wh[] = {
	0xACA8, /* 겨 */ 0xB3FC, /* 돼 */ 0xB824, /* 려 */ 0xBCBC, /* 벼 */ 0xBD10, /* 봐 */
	0xC5EC, /* 여 */ 0xC6CC, /* 워 */ 0xC838, /* 져 */ 0xC918, /* 줘 */ 0xCCD0, /* 쳐 */
	0xCF1C, /* 켜 */ 0xD3B4, /* 펴 */ 0xD574, /* 해 */ 0xD600, /* 혀 */
};
static const unsigned short ko_split_inf_closed[] = {
	0xC544, /* 아 */ 0xC5B4, /* 어 */
};
static const unsigned short ko_split_inf_open[] = {
	0xB220, /* 눠 */ 0xC6CC, /* 워 */ 0xC838, /* 져 */
};
static const unsigned short ko_split_loan_wo[] = {
	0xC0E4, /* 샤 */ 0xD0C0, /* 타 */ 0xD30C, /* 파 */
};
static const unsigned short ko_split_era_last[] = {
	0xAE30, /* 기 */ 0xB300, /* 대 */
};
static const unsigned short ko_split_era_gi[] = {
	0xB3D9, /* 동 */ 0xB77C, /* 라 */ 0xB9D0, /* 말 */ 0xBC18, /* 반 */ 0xBD84, /* 분 */
	0xC11D, /* 석 */ 0xC138, /* 세 */ 0xC2DC, /* 시 */ 0xC545, /* 악 */ 0xC804, /* 전 */
	0xC911, /* 중 */ 0xCCA0, /* 철 */ 0xCD08, /* 초 */ 0xD558, /* 하 */ 0xD559, /* 학 */
};
static const unsigned short ko_split_title_count[] = {
	0xB0A0, /* 날 */ 0xB144, /* 년 */ 0xB2EC, /* 달 */ 0xC77C, /* 일 */ 0xC8FC, /* 주 */
	0xCC28, /* 차 */ 0xD0C4, /* 탄 */ 0xD3B8, /* 편 */
};
static const unsigned short ko_split_topic_after[] = {
	0xB0D0, /* 냐 */ 0xB124, /* 네 */ 0xB4EF, /* 듯 */ 0xB798, /* 래 */ 0xC694, /* 요 */
	0xC790, /* 자 */ 0xC8E0, /* 죠 */ 0xC9C0, /* 지 */
};
static const unsigned short ko_split_det1[] = {
	0xAC01, /* 각 */ 0xACE0, /* 고 */ 0xADF8, /* 그 */ 0xB124, /* 네 */ 0xB450, /* 두 */
	0xB9E4, /* 매 */ 0xBA87, /* 몇 */ 0xC0C8, /* 새 */ 0xC138, /* 세 */ 0xC628, /* 온 */
	0xC694, /* 요 */ 0xC774, /* 이 */ 0xC800, /* 저 */ 0xD55C, /* 한 */
};
static const unsigned short ko_split_adnominal[] = {
	0xB294, /* 는 */ 0xB358, /* 던 */ 0xB41C, /* 된 */ 0xB420, /* 될 */ 0xC6B4, /* 운 */
	0xC740, /* 은 */ 0xC744, /* 을 */ 0xD55C, /* 한 */ 0xD560, /* 할 */
};
static const unsigned short ko_split_glued_yo_pen[] = {
	0xAC70, /* 거 */ 0xAC78, /* 걸 */ 0xAC8C, /* 게 */ 0xACA8, /* 겨 */ 0xACE0, /* 고 */
	0xAD6C, /* 구 */ 0xAD70, /* 군 */ 0xAE4C, /* 까 */ 0xAEBC, /* 꺼 */ 0xAED8, /* 께 */
	0xB098, /* 나 */ 0xB124, /* 네 */ 0xB140, /* 녀 */ 0xB2C8, /* 니 */ 0xB300, /* 대 */
	0xB370, /* 데 */ 0xB3FC, /* 돼 */ 0xB418, /* 되 */ 0xB5A0, /* 떠 */ 0xB77C, /* 라 */
	0xB798, /* 래 */ 0xB824, /* 려 */ 0xB9C8, /* 마 */ 0xBCBC, /* 벼 */ 0xBD10, /* 봐 */
	0xBE60, /* 빠 */ 0xC0AC, /* 사 */ 0xC11C, /* 서 */ 0xC138, /* 세 */ 0xC154, /* 셔 */
	0xC2F8, /* 싸 */ 0xC368, /* 써 */ 0xC544, /* 아 */ 0xC5B4, /* 어 */ 0xC5D0, /* 에 */
	0xC5EC, /* 여 */ 0xC608, /* 예 */ 0xC640, /* 와 */ 0xC6CC, /* 워 */ 0xC790, /* 자 */
	0xC838, /* 져 */ 0xC918, /* 줘 */ 0xC9C0, /* 지 */ 0xCC28, /* 차 */ 0xCCD0, /* 쳐 */
	0xCEE4, /* 커 */ 0xCF1C, /* 켜 */ 0xD0C0, /* 타 */ 0xD30C, /* 파 */ 0xD37C, /* 퍼 */
	0xD3B4, /* 펴 */ 0xD574, /* 해 */ 0xD600, /* 혀 */
};
static const unsigned short ko_split_verb1[] = {
	0xAC00, /* 가 */ 0xAEBC, /* 꺼 */ 0xB3FC, /* 돼 */ 0xB46C, /* 둬 */ 0xB5A0, /* 떠 */
	0xC0AC, /* 사 */ 0xC11C, /* 서 */ 0xC368, /* 써 */ 0xC640, /* 와 */ 0xC790, /* 자 */
	0xCF1C, /* 켜 */ 0xD3B4, /* 펴 */
};
static const unsigned short ko_split_verb1_obj[] = {
	0xD0C0, /* 타 */
};
static const unsigned short ko_split_verb1_neg[] = {
	0xAC00, /* 가 */ 0xAEBC, /* 꺼 */ 0xB098, /* 나 */ 0xB0B4, /* 내 */ 0xB3FC, /* 돼 */
	0xB46C, /* 둬 */ 0xB5A0, /* 떠 */ 0xBD10, /* 봐 */ 0xC0AC, /* 사 */ 0xC11C, /* 서 */
	0xC368, /* 써 */ 0xC640, /* 와 */ 0xC790, /* 자 */ 0xC918, /* 줘 */ 0xCF1C, /* 켜 */
	0xD0C0, /* 타 */ 0xD3B4, /* 펴 */ 0xD574, /* 해 */
};
static const unsigned short ko_split_pron1[] = {
	0xAC54, /* 걔 */ 0xAC58, /* 걘 */ 0xB098, /* 나 */ 0xB09C, /* 난 */ 0xB108, /* 너 */
	0xB10C, /* 넌 */ 0xC598, /* 얘 */ 0xC59C, /* 얜 */ 0xC7E4, /* 쟤 */ 0xC7E8, /* 쟨 */
	0xC800, /* 저 */ 0xC804, /* 전 */
};
static const unsigned short ko_split_pron_ga[] = {
	0xADF8, /* 그 */ 0xB0B4, /* 내 */ 0xB124, /* 네 */ 0xB204, /* 누 */ 0xB2C8, /* 니 */
	0xC81C, /* 제 */
};
static const unsigned short ko_split_bound1[] = {
	0xAC70, /* 거 */ 0xAC74, /* 건 */ 0xAC78, /* 걸 */ 0xAC83, /* 것 */ 0xAC8C, /* 게 */
	0xB4EF, /* 듯 */ 0xC218, /* 수 */ 0xC801, /* 적 */ 0xC904, /* 줄 */ 0xC9C0, /* 지 */
};
static const unsigned short ko_split_sino_num[] = {
	0xAD6C, /* 구 */ 0xB9CC, /* 만 */ 0xBC31, /* 백 */ 0xC0AC, /* 사 */ 0xC0BC, /* 삼 */
	0xC2ED, /* 십 */ 0xC624, /* 오 */ 0xC721, /* 육 */ 0xC774, /* 이 */ 0xC77C, /* 일 */
	0xCC9C, /* 천 */ 0xCE60, /* 칠 */ 0xD314, /* 팔 */
};
static const unsigned short ko_split_sino_big[] = {
	0xB9CC, /* 만 */ 0xBC31, /* 백 */ 0xC2ED, /* 십 */ 0xCC9C, /* 천 */
};
static const unsigned short ko_split_opener_num[] = {
	0xC624, /* 오 */
};
static const unsigned short ko_split_case_np[] = {
	0xAC00, /* 가 */ 0xACFC, /* 과 */ 0xB85C, /* 로 */ 0xB97C, /* 를 */ 0xC5D0, /* 에 */
	0xC744, /* 을 */ 0xC758, /* 의 */ 0xC774, /* 이 */
};
static const unsigned short ko_split_da_present[] = {
	0xAC04, /* 간 */ 0xAE34, /* 긴 */ 0xB09C, /* 난 */ 0xB0B8, /* 낸 */ 0xB294, /* 는 */
	0xB41C, /* 된 */ 0xB454, /* 둔 */ 0xB4E0, /* 든 */ 0xB72C, /* 뜬 */ 0xB780, /* 란 */
	0xB978, /* 른 */ 0xBCF8, /* 본 */ 0xC2E0, /* 신 */ 0xC4F4, /* 쓴 */ 0xC628, /* 온 */
	0xC6B4, /* 운 */ 0xC778, /* 인 */ 0xC900, /* 준 */ 0xC9C4, /* 진 */ 0xCE5C, /* 친 */
	0xD0A8, /* 킨 */ 0xD0C4, /* 탄 */ 0xD2BC, /* 튼 */ 0xD55C, /* 한 */ 0xD78C, /* 힌 */
};

#define KO_SPLIT_OPENER_KEY(a, b) \
	((((a) * 0x9E3779B1u) ^ ((b) * 0x85EBCA6Bu)) >> 20)
static const unsigned long long ko_split_opener_first[64] = {
	0x0000000000000000ULL, 0x0020000000200000ULL, 0x0000000000002000ULL, 0x0000000000000000ULL,
	0x0000000000000000ULL, 0x0000020000000000ULL, 0x0000000000000002ULL, 0x0000000000000080ULL,
	0x0000008000000000ULL, 0x4000000002000000ULL, 0x0000000008000000ULL, 0x0004000000000000ULL,
	0x0080000000000000ULL, 0x0000000000000010ULL, 0x0000000001000010ULL, 0x0000000000000000ULL,
	0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000200400000000ULL, 0x0000006000000000ULL,
	0x0000000000200001ULL, 0x0002000000000000ULL, 0x0000000000000000ULL, 0x4000000020000000ULL,
	0x0081000010000000ULL, 0x0000000002080000ULL, 0x0000000000000000ULL, 0x0000000000800000ULL,
	0x0001004000000020ULL, 0x0000000000800000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL,
	0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000200ULL, 0x0012000001000000ULL,
	0x0000000000000000ULL, 0x0000000000000004ULL, 0x0000000000000000ULL, 0x0000000000200000ULL,
	0x0008000000000000ULL, 0x4000000000000000ULL, 0x0000000000001000ULL, 0x0000000000000000ULL,
	0x1800000000000000ULL, 0x0040000000200000ULL, 0x0040008000000000ULL, 0x1000000400000000ULL,
	0x0000000040000000ULL, 0x0400000020000100ULL, 0x0000000000000000ULL, 0x0000000000000000ULL,
	0x1010000000000000ULL, 0x0000000000000000ULL, 0x0000000000000008ULL, 0x0000000000000000ULL,
	0x0000000000000002ULL, 0x0000000000000000ULL, 0x0000800000000000ULL, 0x0400000000000001ULL,
	0x0000000000000000ULL, 0x0000000000000400ULL, 0x0000001000000000ULL, 0x0000000000000000ULL,
};

static const struct ko_split_qend ko_split_qend[] = {
	{ 0xAC00, Q_PAIR | Q_EMBED | Q_YO }, /* 가 */
	{ 0xAE4C, Q_PAIR | Q_EMBED | Q_YO }, /* 까 */
	{ 0xB098, Q_PAIR | Q_EMBED | Q_YO }, /* 나 */
	{ 0xB0D0, Q_PAIR | Q_EMBED }, /* 냐 */
	{ 0xB2C8, Q_PAIR | Q_EMBED }, /* 니 */
	{ 0xB798, Q_PAIR | Q_YO }, /* 래 */
	{ 0xC9C0, Q_EMBED }, /* 지 */
};

static const unsigned short ko_split_not_question[][2] = {
	{ 0xAD6C, 0xB098 }, /* 구나 */
	{ 0xAFB8, 0xB098 }, /* 꾸나 */
};

static const unsigned short ko_split_chat_tail[][2] = {
	{ 0x3139, 0x3147 }, /* ㄹㅇ */
};

static const unsigned short ko_split_chat_close[][2] = {
	{ 0x3131, 0x3131 }, /* ㄱㄱ */
	{ 0x3133, 0x0000 }, /* ㄳ */
	{ 0x3142, 0x3142 }, /* ㅂㅂ */
	{ 0x3143, 0x3143 }, /* ㅃㅃ */
	{ 0x3143, 0x3147 }, /* ㅃㅇ */
	{ 0x314A, 0x314B }, /* ㅊㅋ */
};

#define KO_SPLIT_EMO_MARKS "^_;:()-*><=.,~"
#define KO_SPLIT_EMO_LETTERS "TXDPpbvoOx"
#define KO_SPLIT_EMO_EYES "^_;:"
static const char *const ko_split_emoticon[] = {
	"TT",
	"TTT",
	"XD",
	"xD",
	"ToT",
	"TOT",
	"><",
	">.<",
	"-.-",
	"OTL",
	"orz",
};

#define SYL_DA 0xB2E4 /* 다 */
#define SYL_YO 0xC694 /* 요 */
#define SYL_REUL 0xB97C /* 를 */
#define SYL_NEUN 0xB294 /* 는 */
#define SYL_HAN 0xD55C /* 한 */
#define SYL_DE 0xB370 /* 데 */
#define SYL_DI 0xB514 /* 디 */
#define SYL_YA 0xC57C /* 야 */
#define SYL_NO 0xB178 /* 노 */
#define SYL_KKO 0xAF2C /* 꼬 */
#define SYL_UI 0xC758 /* 의 */
#define SYL_I 0xC774 /* 이 */
#define SYL_DO 0xB3C4 /* 도 */
#define SYL_SEO 0xC11C /* 서 */
#define SYL_MA 0xB9C8 /* 마 */
#define SYL_JI 0xC9C0 /* 지 */
#define SYL_JOM 0xC880 /* 좀 */
#define SYL_WAE 0xC65C /* 왜 */
#define SYL_KKA 0xAE4C /* 까 */
#define SYL_BWA 0xBD10 /* 봐 */
#define SYL_RAE 0xB798 /* 래 */
#define SYL_SA 0xC0AC /* 사 */
#define SYL_RAM 0xB78C /* 람 */
#define SYL_EUN 0xC740 /* 은 */
#define SYL_JA 0xC790 /* 자 */
#define SYL_NAL 0xB0A0 /* 날 */
#define SYL_CHA 0xCC28 /* 차 */
#define SYL_GI 0xAE30 /* 기 */
#define SYL_DAE 0xB300 /* 대 */
#define SYL_JJAE 0xC9F8 /* 째 */
#define SYL_GE 0xAC8C /* 게 */
#define SYL_KKE 0xAED8 /* 께 */
#define SYL_EUM 0xC74C /* 음 */
#define SYL_TAN 0xD0C4 /* 탄 */
#define SYL_PYEON 0xD3B8 /* 편 */
#define SYL_NI 0xB2C8 /* 니 */
/* END generated */
#undef E

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
	"etc", "Bros",
};

/* Of those, the ones that also close sentences (a list, a company, a time):
 * their period ends one when a capitalised word follows. Not U.S. or Jr.,
 * which open names (U.S. Army, Jr. High). */
static const char *const ko_split_abbrev_end[] = {
	"etc", "Inc", "Ltd", "Corp", "a.m", "p.m",
};
