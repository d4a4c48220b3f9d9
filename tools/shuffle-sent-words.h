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
	"그러므로", "그리하여", "그러자", "그러면", "그러면서", "그러다", "그러다가", "그리고", "또한",
	"또", "게다가", "더욱이", "더구나", "아울러", "한편", "반면", "반면에", "오히려",
	"즉", "결국", "마침내", "끝내", "드디어", "이윽고", "결과적으로", "다만", "단",
	"특히", "물론", "역시", "대신", "이어", "이어서", "뒤이어", "곧이어", "동시에",
	"이후", "이후에", "이후로", "그후", "그뒤", "이듬해", "당시", "당시에", "이때",
	"그때", "이때부터", "그때부터", "나중에", "훗날", "그중", "이중", "이밖에",
	"이외에도", "그밖에", "그외에",
	"둘째", "셋째", "넷째", "다음으로", "마지막으로", "끝으로",
	"왜냐하면", "예를", "예컨대", "요컨대", "심지어", "결과로서",
	/* pointing at a time or a count outside the sentence (그러던 중,
	 * 같은 해, 당시의, 두 번째로) */
	"그러던", "같은", "당시의", "두", "세",
};

/* Link words that tie a sentence to what came before without saying where:
 * two sentences of a run opening with the same one are parallel facts
 * that trade places (그의 증조부는 ... / 그의 아버지는 ...; 또한 ... /
 * 또한 ...; 이 대회에서 ... / 이 대회에서 ...). A determiner (이, 그, 저,
 * 이러한 ...) counts with the word after it. Connectives of sequence and
 * contrast (이후, 그러나, 즉) are not here: two of them still order their
 * sentences (그러나 ... 몇 주 뒤 / 그러나 ...). The subjects 그는, 그녀는
 * and the like are parallel_subjects: with a year they keep one order
 * (of eight runs read with two 그는, five kept one), without one they
 * trade places (review24: 3 of 4 such runs read). */
static const char *const parallel_words[] = {
	"이", "그", "저", "이런", "그런", "이러한", "그러한", "이같은",
	"그의", "그녀의", "이들의", "그들의",
	"또한", "또", "게다가", "더욱이", "더구나", "아울러", "특히", "물론", "역시",
	"이밖에", "그밖에", "그외에", "이외에도",
};

/* Pronoun subjects that tie a sentence to what came before but not to a
 * place in it: two sentences of a run opening with the same one trade
 * places (그는 2017년 인터뷰에서 ... / 그는 "인간은 ..."), unless one of
 * them names a year, which orders them. */
static const char *const parallel_subjects[] = {
	"그는", "그녀는", "그들은", "이들은", "이는", "이것은",
};

/* Pronoun openers that point at one referent in two cases (그는 ... /
 * 그의 아버지는 ...): two sentences of a run opening with a pair of them
 * trade places as two with the same one of parallel_subjects do, unless
 * one of them names a year. */
static const char *const pronoun_pairs[][2] = {
	{"그는", "그의"}, {"그녀는", "그녀의"}, {"그들은", "그들의"}, {"이들은", "이들의"},
};

/* Link words of addition: a sentence that opens with one and a pronoun
 * subject after it (또한 이들은, 또 그는) adds one more fact about what the
 * pronoun points at, and reads as well after any sentence about that
 * (전자기파로 이루어진다. / 또한 이들은 ... 전달된다. / 두 장의 진동은 ...:
 * either order). */
static const char *const additive_words[] = {
	"또한", "또", "게다가", "더욱이", "더구나", "아울러",
};

/* Connectives of contrast, of a turn and of plain addition: they say how
 * their sentence stands to the one before, not what it points at, and a
 * contrast or an aside reads after any sentence of the run it can be set
 * against (A. 한편 B. 하지만 C. 반면 D.: 하지만 C after A as well; two
 * sentences opening with 그러나 either way round). The swap test
 * (run_swaps) ties such a sentence after whichever it follows; a
 * consequence (그래서, 따라서) or an anaphor (이로 인해, 이는) names what
 * it follows and stays tied to it. */
static const char *const free_links[] = {
	"그러나", "하지만", "그런데", "그렇지만", "반면", "반면에", "한편", "다만", "그리고",
};

/* Words after a determiner of parallel_words that make it a link of
 * sequence or cause, which orders its sentence (그 뒤 ... / 그 뒤 ...;
 * 이러한 이유로 ... / 이러한 이유로 ...). Matched against the whole word. */
static const char *const parallel_not_after[] = {
	"뒤", "뒤에", "뒤로", "후", "후에", "후로", "때", "때에", "때부터", "무렵", "무렵에",
	"이유로", "결과", "결과로", "다음", "다음에", "해", "해에", "날", "달", "당시",
};


/* A word of the lists of scrambles, with its length in bytes. */
struct oword {
	const char *s;
	size_t n;
};
#define W(w) {w, sizeof w - 1}

/* Word order (scrambles): Korean lets the phrases that hang on one verb,
 * marked by a particle or an ending, stand in more than one order before
 * it (scrambling), while a modifier stays before its noun and a verb
 * before its auxiliary. Which of a verb's phrases trade places naturally
 * is told by their particle, longest first in each list:
 *
 * order_free_ends: adjuncts of time, place and extent, which stand before
 * or after any other phrase of their verb (1998년부터 그는 / 그는 1998년부터,
 * 무대에서 겁나 / 겁나 무대에서), and of likeness (양자장론처럼). */
static const struct oword order_free_ends[] = {
	W("에서는"), W("에서도"), W("에서만"), W("까지도"), W("까지는"), W("까지만"), W("부터는"), W("동안에"), W("에서"), W("에는"), W("에만"),
	W("부터"), W("까지"), W("때는"), W("때에"),
	W("동안"), W("마다"), W("전에"), W("후에"), W("뒤에"), W("중에"), W("처럼"), W("같이"), W("만큼"), W("때"),
};

/* order_comp_ends: complements of a verb, of goal, means, company and
 * comparison (스위스에, 피난처로, 친구와는, 너보다): after the subject or topic, as
 * after the object, so that two of them, or one and an object, trade
 * places (방법을 팔원수에 / 팔원수에 방법을). Nouns that end in 로 (도로, 경로)
 * are read as such complements too. A bare 와 or 과 is read as the
 * joint of two nouns (사과와 배를), bound to the one after it: a task
 * cannot swap them, as the particles stay with their words. */
static const struct oword order_comp_ends[] = {
	W("에게서"), W("으로서"), W("으로써"), W("으로는"), W("하고는"), W("에게"), W("한테"), W("로서"), W("로써"), W("로는"),
	W("으로"), W("와는"), W("과는"), W("이랑"), W("보다"), W("에도"), W("께"), W("로"), W("랑"), W("에"),
};

/* order_sub_ends: the verb of an adverbial clause (이용하여, 옮겨서, 위해,
 * 따라, 때문에): it heads the phrases before it, and the clause is an
 * adjunct of the verb after it, which moves as one (결과를 반영하여 몇 년마다
 * / 몇 년마다 결과를 반영하여). 서 is read after any syllable but 에. */
static const struct oword order_sub_ends[] = {
	W("때문에"), W("불구하고"), W("위하여"), W("통하여"), W("면서"), W("도록"), W("니까"), W("려고"), W("으려고"), W("위해"),
	W("통해"), W("인해"), W("의해"), W("따라"), W("대해"), W("관해"), W("비해"), W("하여"), W("되어"), W("서"),
	/* a clause of concession in -라도 (불법이라도, 늦더라도) and one of
	 * degree in -ㄹ수록 (갈수록, 많을수록) */
	W("라도"), W("수록"),
	/* -자 of "as soon as" after the stems that most take it (끝나자,
	 * 시작되자, 발표하자, 알려지자, 돌아오자), no noun's end */
	W("나자"), W("되자"), W("하자"), W("지자"), W("오자"),
};

/* Last syllables before 면 of a conditional (하면, 되면, 끝나면, 했다면),
 * not of a noun (측면, 표면, 앞면). */
static const char order_if_stems[] = "하되으다라나보가오지리르키치우주이";

/* order_conj_ends: the end of a conjunct (하고, 이며, 했지만, 없으나,
 * 좋은데, 되거나): the phrases before it hang on it, and none crosses it. */
static const struct oword order_conj_ends[] = {
	W("지만"), W("으나"), W("는데"), W("은데"), W("던데"), W("텐데"), W("거나"), W("으며"), W("며"), W("고"),
};

/* Last syllables of the verb of a relative clause (위치한, 공개된, 하던,
 * 새로운, 다른, 할, 될): it heads the phrases before it, and its clause is
 * bound to the noun after it. Nouns end in 간, 인, 준 ... too (시간, 개인,
 * 기준), and are not listed. */
static const char order_adn_last[] = "한된던운른할될볼갈올줄";

/* Adjectives of quantity or rank, which modify their noun and head no
 * clause (많은 수의, 다양한 종류의, 주된 요소). */
static const struct oword order_quantity[] = {
	W("많은"), W("적은"), W("수많은"), W("다양한"), W("여러"), W("주된"),
	/* and 다른 of "other" (다른 나라의: an adjunct before it is the
	 * sentence's, 최근 다른 나라에서도) */
	W("다른"),
	/* and the determiners of a kind (이러한 관행은: 2008년 12월까지 이러한
	 * 관행은 / 이러한 관행은 2008년 12월까지; an adjunct before it is the
	 * sentence's) */
	W("이러한"), W("그러한"), W("저러한"), W("이같은"),
};

/* Nouns of time after a relative clause or a bare noun, which make it
 * an adjunct (갈등하던 중, 은퇴한 뒤에, 정주영 사후). */
static const struct oword order_time_nouns[] = {
	W("중"), W("중에"), W("가운데"), W("때"), W("때에"), W("후"), W("후에"), W("뒤"), W("뒤에"), W("전"), W("전에"), W("동안"), W("동안에"),
	W("무렵"), W("무렵에"), W("이후"), W("이후에"), W("이래"), W("직후"), W("직전"),
	W("사후"), W("사후에"), W("생전"), W("생전에"), W("직후에"), W("이전"), W("이전에"),
	/* and a day or a year after a relative clause (같은 날, 다음 해에) */
	W("날"), W("날에"), W("해"), W("해에"),
};

/* Personal pronouns as a subject or topic: no word before them modifies
 * them, so bare words before one are a phrase of their own, of time or
 * place, which may as well follow it (군사정권 기간 내내 그는 / 그는 ...
 * 내내). */
static const struct oword order_pronouns[] = {
	W("그는"), W("그가"), W("그녀는"), W("그녀가"), W("그들은"), W("그들이"), W("이들은"), W("이들이"),
	W("나는"), W("내가"), W("저는"), W("제가"), W("우리는"), W("우리가"), W("너는"), W("네가"),
};

/* Last syllables of stems before an adnominal 는 (하는, 되는, 만드는,
 * 부르는); after a consonant (있는, 먹는) 는 is adnominal anyway, as no noun
 * ending in one takes 는. */
static const char order_neun_stems[] = "하되리르키치시";

/* Two-syllable verbs in 는 whose stem is a noun too (가는, 보는): read as
 * adnominal, not as a topic. */
static const struct oword order_neun_verbs[] = {
	W("가는"), W("오는"), W("보는"), W("주는"), W("쓰는"), W("사는"), W("타는"), W("서는"), W("자는"), W("지는"), W("내는"),
	W("두는"), W("파는"), W("끄는"), W("크는"), W("뜨는"),
};

/* First syllables of an auxiliary verb (있다, 싶다, 않다, 말다, 못하다,
 * 버리다, 주다, 보다, 계시다): a verb in 고, 어, 아, 지 or 게 before one is
 * bound to it (보유하고 있는, 재지정되지 못하기도). */
static const char order_aux_first[] = "있싶않말못버주보계";
static const char order_aux_before[] = "고어아여워와해지게";

/* First syllables of the verbs of existence (있다, 없다, 존재하다, 소재하다,
 * 위치하다): their subject and their place stand in either order (시내에
 * 공항이 있다 / 공항이 시내에 있다). */
static const char order_exist_first[] = "있없존소위";

/* Connectives that open a sentence and stay there (그리고, 즉, 하지만):
 * not a phrase that moves. */
static const struct oword order_anchors[] = {
	W("그리고"), W("그러나"), W("하지만"), W("그런데"), W("근데"), W("즉"), W("따라서"), W("그래서"), W("그러므로"), W("한편"),
	W("반면"), W("그러자"), W("게다가"), W("그럼"),
};

/* Connectives of speech that open a sentence of written prose (in
 * order_anchors too) but, in informal text, follow its first phrase as
 * readily (근데 러닝타임은 좀 길었음 / 러닝타임은 근데 좀 길었음; 그래서 난 ... /
 * 난 그래서 ...): the pro-verb 그러다, 그렇다 with the ending of an
 * adverbial clause (-ㄴ데, -서, -도, -면, -니까), which hangs on the whole
 * sentence and moves as such a clause does. Not 그리고, 하지만, 그러나:
 * a conjunction that joins the sentence to the one before stays first. */
static const struct oword order_speech_openers[] = {
	W("근데"), W("그런데"), W("그래서"), W("그래도"), W("그럼"), W("그러면"), W("그러니까"),
	W("그니까"),
};

/* Last syllables of a verb's connective or adverbial ending (있어, 해야,
 * 빠르게, 보고자, 이자): a word that ends in one is read as a verb, not as a
 * bare noun, though some nouns end in them too (영어, 분야, 가게). */
static const char order_verb_last[] = "어아여해워와야게지서자";

/* Pronouns and determiners that modify the noun after them with no
 * particle (우리 학교, 저희 가게, 모든 사람): bound to it, not a bare phrase
 * whose particle was dropped (scrambles). */
static const struct oword order_determiners[] = {
	W("우리"), W("저희"), W("너희"), W("이런"), W("그런"), W("저런"), W("어떤"), W("무슨"), W("모든"),
	W("각종"), W("온갖"), W("아무"),
};

/* Adverbs and adverbial nouns that stand in front of the subject as well
 * as after it (또한 그는 / 그는 또한), matched against the whole word (a
 * comma after it dropped), and the vocative 여러분. Phrases of time are read
 * by time_word. */
static const char *const order_adverbs[] = {
	"일반적으로", "과거", "과거엔", "과거에는", "한때", "개인적으로", "어떻게", "여러분", "걍",
	"또한", "특히", "주로", "대개", "이미", "다시", "흔히", "보통", "역시", "함께",
	"직접", "처음", "매년", "매주", "매일", "매월", "항상", "대부분", "결국", "또",
	"다만", "나중에", "이어", "계속", "아직", "여전히", "널리", "자주", "종종", "가끔",
	"모두", "서로", "현재는", "당시에는", "이후에는", "최근에는", "오늘날에는",
	"지금까지", "지금은", "지금", "이제", "이때", "그때", "곧", "먼저", "동시에",
	"실제로", "원래", "본래", "처음으로", "최초로", "새로", "따로", "특별히",
	/* and the sentence adverbs of speech (왠지 홍상수가 ... / 홍상수가
	 * 왠지 ...) */
	"왠지", "웬지", "진심", "하여튼", "아무튼", "암튼", "어쨌든", "어쨋든", "그나저나", "아무래도",
	"역시나", "괜히", "어차피", "차라리", "솔직히", "그냥", "드디어", "제발", "혹시", "아마",
};

/* Adverbs of deictic time besides those of order_adverbs, which in
 * informal text take 은, 는 or 도 as adjuncts, not as topics (요즘은,
 * 앞으로도: adverb_topic). */
static const struct oword order_time_adverbs[] = {
	W("요즘"), W("요새"), W("앞으로"), W("오늘"), W("어제"), W("내일"),
};

/* Last syllables of adjective and verb stems before the adnominal 은
 * (많은, 같은, 받은), so that such a word is read as a modifier of the
 * noun after it and not as a topic (한국은). */
static const char order_eun_stems[] =
	"많같작높좋넓깊짧낮낡적맑붉검젊늙옳싫찮받얻남찾잃읽먹입앉죽믿묻닫걸들낳놓넣쌓담심감숨었았였겠좁얕굵밝늦";

/* Particles that a writer of informal text split from their word (정 도
 * 좋아요 for 정도, 나 만): a unit of one of them is a piece of a word no
 * reader could place. (Not 이, 가, 와: a determiner, a verb, an
 * interjection.) */
static const char order_split_particles[] = "도만랑은는을를의에로과";

/* A copula or a particle written as a word of its own (한국사 라고 한다,
 * 3학년 이네요, 그녀 라고): a piece of the word before it, which a reader
 * could join to almost any noun of the sentence. In any text. (Not 이다,
 * 이고, 이며: the verb of 물동이를 이고.) */
static const struct oword order_split_copulas[] = {
	W("이네요"), W("이에요"), W("예요"), W("입니다"), W("이라고"), W("라고"),
	W("이라는"), W("라는"), W("이지만"), W("인데"), W("이었다"), W("였다"),
	W("이죠"), W("이야"), W("이군요"), W("이래요"),
};

/* Joiners of two alternatives (해양 지질학 또는 지질 해양학): the two
 * trade places. */
static const struct oword order_alternatives[] = {
	W("또는"), W("혹은"), W("내지"), W("내지는"),
};

/* First syllables of a predicate whose two terms are symmetric (A의 크기는
 * B의 크기와 같다 / B의 크기는 A의 크기와 같다): 같다, 동일하다, 일치하다,
 * 비슷하다, 유사하다, 다르다, 동등하다. Read with a word in 와 or 과
 * before it. */
static const struct oword order_symmetric[] = {
	W("같"), W("동일"), W("일치"), W("비슷"), W("유사"), W("다르"), W("다릅"), W("달랐"), W("동등"),
};

/* Nouns in 게 (가게, 무게), not the adverb form of an adjective
 * (이쁘게, 조용하게) that informal text lets stand anywhere. */
static const struct oword order_ge_nouns[] = {
	W("가게"), W("무게"), W("지게"), W("집게"), W("방게"), W("꽃게"),
	/* and the pronouns with 이 worn to 게 (이게, 그게: 이것이) and 내게 */
	W("이게"), W("그게"), W("저게"), W("요게"), W("뭐게"), W("내게"), W("네게"), W("제게"),
};

/* Adverbs of degree, bound to the adverb after them (아주 잼나게, 더
 * 분명하게, 너무 이쁘게): the two move as one. */
static const struct oword order_degree[] = {
	W("아주"), W("너무"), W("넘"), W("정말"), W("진짜"), W("참"), W("매우"), W("더"), W("좀"),
	W("엄청"), W("완전"), W("되게"), W("잘"), W("덜"), W("가장"), W("제일"), W("훨씬"), W("조금"),
	W("많이"), W("꽤"), W("제법"), W("넘나"), W("겁나"), W("개"), W("존나"),
};

/* Intensifiers of speech (order_degree without the comparatives and the
 * adverbs of manner, 더, 가장, 잘 ...): before the verb that ends a clause
 * they go with the whole of it and stand before its object or complement
 * as well (연기를 정말 잘한다 / 정말 연기를 잘한다), so in informal text
 * they move as an adverb does. */
static const struct oword order_intensifiers[] = {
	W("아주"), W("너무"), W("넘"), W("정말"), W("진짜"), W("참"), W("매우"), W("엄청"),
	W("완전"), W("되게"), W("꽤"), W("제법"), W("넘나"), W("겁나"), W("존나"), W("진심"),
};

/* Particles of a second item after a bare word in informal text (송중기
 * 송혜교도, 한상진 진서연같은, 엄마랑): the two items trade places. */
static const struct oword order_item_tails[] = {
	W("도"), W("같은"), W("랑"), W("이랑"), W("하고"), W("처럼"),
};

/* Titles and posts a name stands next to (김영호 ... 교수는): a name
 * before its organisation and title may as well stand after it. */
static const struct oword order_titles[] = {
	W("교수"), W("회장"), W("대통령"), W("장관"), W("의원"), W("감독"), W("대표"),
	W("사장"), W("총리"), W("위원장"), W("기자"), W("선수"), W("총장"), W("원장"),
};

/* Terms of address in informal text, matched at a word's end after a
 * name or a title (보람씨, 보람씨야, 코커님, 작가님아, 영애동무): a
 * vocative, which stands first or last (order_items). */
static const struct oword order_vocatives[] = {
	W("씨"), W("씨야"), W("님"), W("님아"), W("님들"), W("동무"),
};

/* Syllables before 야 that make it a copula or a verb's ending, not the
 * vocative after a name (이거야, 뭐야, 해야, 그래야, 아니야, 최고야). */
static const char order_not_vocative[] = "이거뭐니해래워와여려어아지서고드그저보";
/* Syllables before 아 that make it a verb's ending, not the vocative after
 * a name that ends in a consonant (재현아; 괜찮아, 좋아, 같아, 찾아, 살아). */
static const char order_not_vocative_a[] =
	"찮좋많같앉찾받잡살알놀닮맞낮얇밟넓짧작막깎볶담감남않싫없있봤갔왔났샀했됐졌";

/* Numerals that stand before a classifier (두 개의, 세 명의, 여러 종의):
 * a count in 의 (count_gen). */
static const struct oword order_numerals[] = {
	W("한"), W("두"), W("세"), W("네"), W("다섯"), W("여섯"), W("일곱"), W("여덟"), W("아홉"),
	W("열"), W("몇"), W("여러"), W("수십"), W("수백"), W("수천"),
};
