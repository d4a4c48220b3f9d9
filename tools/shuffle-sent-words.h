/* shuffle-sent-words.h - the word lists of ko-shuffle-sent, as plain data.
 * Included by tools/ko-shuffle-sent.c only. */

/* Last syllables of a sentence-final ending before a full stop, or at the
 * end of an unpunctuated sentence. A line ending in anything else, a noun
 * such as 생애. or 수상 내역., is a heading or a fragment, not a sentence
 * whose place in a text can be argued for.
 *
 * final_formal: 다, 요, 죠 (declarative and polite), 까, 니, 냐 (questions),
 * 네, 군, 듯, and the nominal endings -음, -임, -함, -됨 (했음, 필요함). */
static const char *const final_formal[] = {
	"다", "요", "죠", "까", "니", "냐", "네", "군", "듯", "음", "임", "함", "됨",
};
/* final_informal: the plain speech of chat and blogs (가., 좋아., 뭐야.,
 * 했어., 하자., 그렇지.). Many nouns end in these syllables too (러시아.,
 * 분야., 현대., 미래.), and headings are one to three words, so these
 * count only in a sentence of four words or more. */
static const char *const final_informal[] = {
	"어", "아", "야", "해", "지", "자", "라", "오", "세", "게", "래", "대", "데",
	"걸", "돼", "워", "줘", "봐", "써", "가",
};

/* Words that open a sentence by pointing back at the one before it:
 * connectives (그러나, 따라서), anaphors (이는, 그는, 이러한) and time
 * links (이후, 그 뒤: the bare determiners 이 and 그 cover "그 후", "이
 * 때"). A sentence that starts with one cannot open a text, and its place
 * after another sentence can be argued for. Matched against the whole
 * first word of a sentence, a trailing comma dropped. */
static const char *const link_words[] = {
	"이", "그", "저", "이런", "그런", "이러한", "그러한", "이와", "그와", "이같은",
	"이는", "이를", "이에", "이로", "이로써", "이처럼", "이렇게", "그렇게",
	"이것은", "이것이", "이것을", "이것도", "그것은", "그것이", "그것을", "그것도",
	"이곳은", "이곳에", "이곳에서", "그곳은", "그곳에", "그곳에서",
	"이들은", "이들이", "이들의", "이들을", "그들은", "그들이", "그들의", "그들을",
	"그는", "그가", "그의", "그를", "그도", "그에게", "그녀는", "그녀가", "그녀의",
	"그녀를", "그녀도", "그녀에게",
	"그러나", "하지만", "그런데", "그렇지만", "그래도", "그럼에도", "그래서", "따라서",
	"그러므로", "그리하여", "그러자", "그러면", "그러다", "그러다가", "그리고", "또한",
	"또", "게다가", "더욱이", "더구나", "아울러", "한편", "반면", "반면에", "오히려",
	"즉", "결국", "마침내", "끝내", "드디어", "이윽고", "결과적으로", "다만", "단",
	"특히", "물론", "역시", "대신", "이어", "이어서", "뒤이어", "곧이어", "동시에",
	"이후", "이후에", "이후로", "그후", "그뒤", "이듬해", "당시", "당시에", "이때",
	"그때", "이때부터", "그때부터", "나중에", "훗날", "그중", "이중", "이밖에",
	"이외에도", "그밖에", "그외에",
	"둘째", "셋째", "넷째", "다음으로", "마지막으로", "끝으로",
};

/* Link words that tie a sentence to what came before without saying where:
 * two sentences of a run opening with the same one are parallel facts
 * that trade places (그의 증조부는 ... / 그의 아버지는 ...; 또한 ... /
 * 또한 ...; 이 대회에서 ... / 이 대회에서 ...). A determiner (이, 그, 저,
 * 이러한 ...) counts with the word after it. Connectives of sequence and
 * contrast (이후, 그러나, 즉) are not here: two of them still order their
 * sentences (그러나 ... 몇 주 뒤 / 그러나 ...). Nor are the subjects 그는,
 * 그녀는, 그들은: of eight runs read with two 그는, five kept one order. */
static const char *const parallel_words[] = {
	"이", "그", "저", "이런", "그런", "이러한", "그러한", "이같은",
	"그의", "그녀의", "이들의", "그들의",
	"또한", "또", "게다가", "더욱이", "더구나", "아울러", "특히", "물론", "역시",
	"이밖에", "그밖에", "그외에", "이외에도",
};

/* Words after a determiner of parallel_words that make it a link of
 * sequence or cause, which orders its sentence (그 뒤 ... / 그 뒤 ...;
 * 이러한 이유로 ... / 이러한 이유로 ...). Matched against the whole word. */
static const char *const parallel_not_after[] = {
	"뒤", "뒤에", "뒤로", "후", "후에", "후로", "때", "때에", "때부터", "무렵", "무렵에",
	"이유로", "결과", "결과로", "다음", "다음에", "해", "해에", "날", "달", "당시",
};


/* Word order (order_tier): endings that make an eojeol an adjunct of its
 * predicate, of place, time, means, cause or manner (무주군에서는,
 * 부상으로, 1998년부터, 이용하여, 고려하더라도, 볼 때). Korean lets such a
 * phrase stand before or after the subject, the object or another adjunct
 * of the same verb, so each one more than a clause anchors is an order a
 * reader may give as well as the original. Longest first. */
static const char *const order_adjunct_ends[] = {
	"에서는", "에서도", "으로는", "으로서", "으로써", "에게서", "때에는", "더라도",
	"에서", "에는", "에도", "로는", "로서", "로써", "으로", "부터", "까지", "에게",
	"동안", "때는", "하여", "해서", "통해", "위해", "인해", "의해", "따라", "면서",
	"때", "에", "로",
};

/* Adverbs and adverbial nouns that stand in front of the subject as well
 * as after it (또한 그는 / 그는 또한), matched against the whole word (a
 * comma after it dropped). Phrases of time are read by time_word. */
static const char *const order_adverbs[] = {
	"또한", "특히", "주로", "대개", "이미", "다시", "흔히", "보통", "역시", "함께",
	"직접", "처음", "매년", "매주", "매일", "매월", "항상", "대부분", "결국", "또",
	"다만", "나중에", "이어", "계속", "아직", "여전히", "널리", "자주", "종종", "가끔",
	"모두", "서로", "현재는", "당시에는", "이후에는", "최근에는", "오늘날에는",
	"지금까지", "지금은", "지금", "이제", "이때", "그때", "곧", "먼저", "동시에",
	"실제로", "원래", "본래", "처음으로", "최초로", "새로", "따로", "특별히",
};

/* Last syllables of adjective and verb stems before the adnominal 은
 * (많은, 같은, 받은), so that such a word is read as a modifier of the
 * noun after it and not as a topic (한국은). */
static const char order_eun_stems[] =
	"많같작높좋넓깊짧낮적맑붉검젊늙옳싫찮받얻남찾잃읽먹입앉죽믿묻닫걸들낳놓넣쌓담심감숨었았였겠좁얕굵밝늦";
