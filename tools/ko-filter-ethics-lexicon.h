/* ko-filter-ethics-lexicon.h - the words ko-filter-ethics flags, by
 * category, and the innocent words that contain one. Written for kopipe
 * (no list was copied); plain data compiled into ko-filter-ethics.
 *
 * An entry is matched on the text's matching form (ko-filter-ethics(1),
 * LEXICON): NFKC with compatibility jamo kept, case folded, punctuation,
 * symbols, digits and format characters dropped inside words, runs of
 * loose jamo and of Latin letters typed in the Korean keyboard layout
 * composed into syllables, a mask letter (x, *, ○) beside Hangul standing
 * for any one letter. An entry is found inside a word, or across spaces
 * when it is made of whole words of which all but the last are single
 * letters (씨 발, ㅅ ㅂ, 개 새끼); an entry of syllables also with one
 * of them but the first as its leading consonant (씨ㅂ), and a word also
 * without one loose jamo or Latin letter put between two syllables
 * (씨ㅋ발). So 씨발 also finds ㅆㅣ발, 씨.발, 씨1발, 씨ㅂ, 씨ㅋ발,
 * 씨 발, 씨X and tlqkf; other spellings (시발, 씨빨) are entries of their
 * own, since a general sound rule (ㅆ as ㅅ) would turn 씹 into 십 (ten).
 *
 * Flags: W the entry must be a whole word (after dropping punctuation),
 * S it must start a word. Entries with digits (18놈) match only a whole
 * number: 2018놈 is not 18놈.
 *
 * Keep entries that are offensive wherever they occur; a word that is
 * innocent in most prose (미친 듯이, 꺼져 있다, 홍어, 졸라 the novelist)
 * belongs to the classifier, not here (아가리 is also the mouth of a jar:
 * only 아가리닥, 아가리찢 are entries). */

enum {
	ETH_CENSURE, ETH_HATE, ETH_DISCRIMINATION, ETH_SEXUAL, ETH_ABUSE, ETH_VIOLENCE,
	ETH_CRIME, ETH_NCAT
};

/* The AI-Hub text-ethics category names, in enum order. */
static const char *const eth_category_names[ETH_NCAT] = {
	"CENSURE", "HATE", "DISCRIMINATION", "SEXUAL", "ABUSE", "VIOLENCE", "CRIME",
};

/* ETH_SPACED is set for an entry written with a space (lex_word).
 * ETH_NOMASK: no form with a letter masked (a two-letter entry AB would
 * find Ax at a word end, and 보수x, 먹x are the marks O and X), nor with
 * a syllable written as its leading consonant (AㅂB for ABB).
 * ETH_DISGUISED: a word of prose (성매매), an entry only where it is
 * disguised, a syllable masked or written as its leading consonant or a
 * letter put in (성*매, 성ㅁ매, 성ㅋ매매): what a writer hides from a
 * filter is a charge or a taunt, not a report. */
/* ETH_GROUP, ETH_TRAIT: a people, region, faith or sex named as a whole
 * (전라도, 조선족, 여자들) and a word of contempt (천박한, 미개한, 종특):
 * neither is a hit alone, both in one segment are (전라도는 천박하다).
 * ETH_BACKED: a word whose use is more often neutral than hostile (우한
 * 폐렴, the name most papers gave the disease until it had another): a
 * hit only on a segment the classifier also scores at or above the
 * threshold, where its category names the harm; with the lexicon alone
 * (--policy lexicon) a hit as any entry. */
enum { ETH_WORD = 1, ETH_START = 2, ETH_SPACED = 4, ETH_NOMASK = 8, ETH_DISGUISED = 16,
       ETH_GROUP = 32, ETH_TRAIT = 64, ETH_BACKED = 128, ETH_STORY = 256 };
/* ETH_STORY: a verb of killing or beating, which a comment on a story
 * also uses to tell its plot (eth_story_words). */

struct eth_word {
	const char *text;
	unsigned char category;
	unsigned short flags;
};

static const struct eth_word eth_lexicon[] = {
	/* ABUSE: profanity and insults */
	{"씨발", ETH_ABUSE, 0},
	{"시발", ETH_ABUSE, 0},
	{"씨빨", ETH_ABUSE, 0},
	{"시빨", ETH_ABUSE, 0},
	{"씌발", ETH_ABUSE, 0},
	{"쒸발", ETH_ABUSE, 0},
	{"싀발", ETH_ABUSE, 0},
	{"슈발", ETH_ABUSE, 0},
	{"쓰발", ETH_ABUSE, 0},
	{"씨바알", ETH_ABUSE, 0},
	{"씨이발", ETH_ABUSE, 0}, /* a vowel put in to get past filters */
	{"시이발", ETH_ABUSE, 0},
	{"씨이빨", ETH_ABUSE, 0},
	{"씨바", ETH_ABUSE, ETH_WORD},
	{"씨팔", ETH_ABUSE, 0},
	{"시펄", ETH_ABUSE, 0},
	{"씨벌", ETH_ABUSE, 0},
	{"씨부랄", ETH_ABUSE, 0},
	{"씨부럴", ETH_ABUSE, 0},
	{"ㅅㅂ", ETH_ABUSE, 0},
	{"ㅆㅂ", ETH_ABUSE, 0},
	{"ㅅ발", ETH_ABUSE, 0},
	{"시bal", ETH_ABUSE, 0},
	{"sibal", ETH_ABUSE, ETH_START},
	{"ssibal", ETH_ABUSE, ETH_START},
	{"shibal", ETH_ABUSE, ETH_START},
	{"18놈", ETH_ABUSE, 0},
	{"18새끼", ETH_ABUSE, 0},
	{"아18", ETH_ABUSE, ETH_START},
	{"개18", ETH_ABUSE, 0},
	{"좆", ETH_ABUSE, ETH_START},
	{"좃", ETH_ABUSE, 0}, /* 좆 misspelt: 좃같네, 좃망 */
	{"졷", ETH_ABUSE, 0},
	{"좆까", ETH_ABUSE, 0},
	{"좆같", ETH_ABUSE, 0},
	{"좆밥", ETH_ABUSE, 0},
	{"존나", ETH_ABUSE, 0},
	{"졵나", ETH_ABUSE, 0},
	{"존니", ETH_ABUSE, ETH_START},
	{"존내", ETH_ABUSE, ETH_START},
	{"ㅈㄴ", ETH_ABUSE, ETH_WORD},
	{"ㅈ같", ETH_ABUSE, 0},
	{"ㅈ까", ETH_ABUSE, 0},
	{"병신", ETH_ABUSE, 0},
	{"븅신", ETH_ABUSE, 0},
	{"빙신", ETH_ABUSE, 0},
	{"병sin", ETH_ABUSE, 0},
	{"ㅂㅅ", ETH_ABUSE, ETH_WORD},
	{"ㅅㄲ", ETH_ABUSE, 0}, /* 새끼 in initials, 이ㅅㄲ, ㅅ.ㄲ */
	{"ㅄ", ETH_ABUSE, 0},
	{"개새끼", ETH_ABUSE, 0},
	{"개색기", ETH_ABUSE, 0},
	{"개색히", ETH_ABUSE, 0},
	{"개섹", ETH_ABUSE, ETH_START},
	{"개새기", ETH_ABUSE, 0},
	{"개세끼", ETH_ABUSE, 0},
	{"개쉐끼", ETH_ABUSE, 0},
	{"개섀끼", ETH_ABUSE, 0},
	{"ㄱㅅㄲ", ETH_ABUSE, 0},
	{"새끼야", ETH_ABUSE, 0},
	{"씹새", ETH_ABUSE, 0},
	{"십새끼", ETH_ABUSE, 0}, /* 씹새끼 spelt with 십 (ten): not found by 씹새 */
	{"십새퀴", ETH_ABUSE, 0},
	{"씹년", ETH_ABUSE, 0},
	{"씹놈", ETH_ABUSE, 0},
	{"씹창", ETH_ABUSE, 0},
	{"씹덕", ETH_ABUSE, 0},
	{"씹할", ETH_ABUSE, 0},
	{"씹선비", ETH_ABUSE, 0},
	{"썅년", ETH_ABUSE, 0},
	{"썅놈", ETH_ABUSE, 0},
	{"쌍년", ETH_ABUSE, 0},
	{"쌍놈의", ETH_ABUSE, 0},
	{"지랄", ETH_ABUSE, 0},
	{"ㅈㄹ", ETH_ABUSE, ETH_WORD},
	{"염병", ETH_ABUSE, ETH_START},
	{"미친놈", ETH_ABUSE, 0},
	{"년놈", ETH_ABUSE, 0},
	{"미친년", ETH_ABUSE, 0},
	{"뇬", ETH_ABUSE, 0}, /* 년 misspelt to pass filters: 미친뇬; no word has it */
	{"미친새끼", ETH_ABUSE, 0},
	{"미친색", ETH_ABUSE, 0},
	{"ㅁㅊ", ETH_ABUSE, ETH_WORD},
	{"또라이", ETH_ABUSE, 0},
	{"나쁜년", ETH_ABUSE, 0},
	{"불륜년", ETH_ABUSE, 0},
	{"닥쳐", ETH_ABUSE, ETH_START},
	{"닥치라", ETH_ABUSE, 0},
	{"아가리닥", ETH_ABUSE, 0},
	{"아가리찢", ETH_ABUSE, 0},
	{"주둥아리", ETH_ABUSE, 0},
	{"니애미", ETH_ABUSE, 0},
	{"느금마", ETH_ABUSE, 0},
	{"느그애미", ETH_ABUSE, 0},
	{"느그엄마", ETH_ABUSE, 0},
	{"니미럴", ETH_ABUSE, 0},
	{"애미뒤", ETH_ABUSE, 0},
	{"애비뒤", ETH_ABUSE, 0},
	/* 에미, 에비: 어미 and 아비 as they are spelt in contempt, insults
	 * as someone's mother or father (니에미, 에미 없는, 에미애비도 없냐);
	 * not alone, which a family says too (에미야 국이 짜다, 에미가 다른
	 * 형제) and which begins 에미나이, a girl in northern speech */
	{"애미 없", ETH_ABUSE, 0},
	{"애비 없", ETH_ABUSE, 0},
	{"에미 없", ETH_ABUSE, 0},
	{"에비 없", ETH_ABUSE, 0},
	{"니에미", ETH_ABUSE, ETH_START},
	{"느그에미", ETH_ABUSE, 0},
	{"너거에미", ETH_ABUSE, 0},
	{"에미뒤", ETH_ABUSE, 0},
	{"에비뒤", ETH_ABUSE, 0},
	{"에미 애비", ETH_ABUSE, 0},
	{"에미 에비", ETH_ABUSE, 0},
	{"애미 애비", ETH_ABUSE, 0},
	{"애비 애미", ETH_ABUSE, 0},
	{"엠창", ETH_ABUSE, 0},
	{"앰창", ETH_ABUSE, 0},
	{"호로새끼", ETH_ABUSE, 0},
	{"후레자식", ETH_ABUSE, 0},
	{"쓰레기새끼", ETH_ABUSE, 0},
	/* a person called waste (not 인간말종, also Nietzsche's last man) */
	{"인간쓰레기", ETH_ABUSE, 0},
	{"인생폐기물", ETH_ABUSE, 0},
	{"인간폐기물", ETH_ABUSE, 0},
	{"개소리", ETH_ABUSE, 0},
	{"개지랄", ETH_ABUSE, 0},
	{"개돼지", ETH_ABUSE, 0},
	{"꺼지라", ETH_ABUSE, ETH_START},
	{"꺼져라", ETH_ABUSE, ETH_START},
	{"닥치고", ETH_ABUSE, ETH_START},
	{"fuck", ETH_ABUSE, ETH_START},
	{"shit", ETH_ABUSE, ETH_WORD},
	{"bitch", ETH_ABUSE, ETH_START},
	/* CENSURE: contempt for a person */
	{"한심한놈", ETH_CENSURE, 0},
	{"한심한새끼", ETH_CENSURE, 0},
	{"찐따", ETH_CENSURE, 0},
	{"찐찌버거", ETH_CENSURE, 0},
	{"관종년", ETH_CENSURE, 0},
	{"븅딱", ETH_CENSURE, 0},
	{"븅", ETH_CENSURE, 0}, /* 븅신, 븅쉰: no word has it */
	{"빡대가리", ETH_CENSURE, 0},
	{"버러지", ETH_CENSURE, 0},
	{"병딱", ETH_CENSURE, 0},
	{"멍청한새끼", ETH_CENSURE, 0},
	{"등신새끼", ETH_CENSURE, 0},
	{"등신같은", ETH_CENSURE, 0},
	{"뇌없는", ETH_CENSURE, 0},
	{"대가리에총", ETH_CENSURE, 0},
	{"기레기", ETH_CENSURE, 0},
	{"문재앙", ETH_CENSURE, 0},
	/* politicians by a slur on their name (文罪人, a hen, a rat) */
	{"문죄인", ETH_CENSURE, 0},
	{"닭근혜", ETH_CENSURE, 0},
	{"닭그네", ETH_CENSURE, 0},
	{"쥐박이", ETH_CENSURE, 0},
	{"빠순이", ETH_CENSURE, 0}, /* a fan, in contempt */
	{"빠돌이", ETH_CENSURE, 0},
	{"빠가", ETH_CENSURE, ETH_WORD},
	{"약쟁이", ETH_CENSURE, 0}, /* a drug user, in contempt: 마약쟁이 */
	/* HATE: slurs for groups of people */
	{"한남충", ETH_HATE, 0},
	{"한남새끼", ETH_HATE, 0},
	{"김치녀", ETH_HATE, 0},
	{"된장녀", ETH_HATE, 0},
	{"보슬아치", ETH_HATE, 0},
	{"메갈년", ETH_HATE, 0},
	{"페미년", ETH_HATE, 0},
	{"꼴페미", ETH_HATE, 0},
	{"맘충", ETH_HATE, 0},
	{"급식충", ETH_HATE, 0},
	{"틀딱", ETH_HATE, 0},
	{"노인충", ETH_HATE, 0},
	/* 홍어 alone is the fish: only its forms as a slur of the Jeolla
	 * people */
	{"홍어새끼", ETH_HATE, 0}, /* spaced, also a young skate */
	{"홍어족", ETH_HATE, 0},
	{"홍어충", ETH_HATE, 0},
	{"홍어년", ETH_HATE, 0},
	{"홍어놈", ETH_HATE, 0},
	{"멍청도", ETH_HATE, 0}, /* 충청도 */
	{"전라디언", ETH_HATE, 0},
	{"개쌍도", ETH_HATE, 0},
	/* a region's name mis-spelt to mock it, as it is said with contempt
	 * (전라도 as 절라도, 경상도 with its consonants tensed): no word
	 * or name is spelt so */
	{"절라도", ETH_HATE, 0},
	{"쩔라도", ETH_HATE, 0},
	{"경싼도", ETH_HATE, 0},
	{"경쌍도", ETH_HATE, 0},
	{"갱쌍도", ETH_HATE, 0},
	{"갱싼도", ETH_HATE, 0},
	{"껑상도", ETH_HATE, 0},
	{"짱깨", ETH_HATE, 0},
	{"짱개", ETH_HATE, 0},
	{"개독", ETH_HATE, ETH_START}, /* Christians: 개독교, 개독들 */
	{"냄져", ETH_HATE, 0},
	{"짱꼴라", ETH_HATE, 0},
	{"쪽바리", ETH_HATE, 0},
	{"쪽발이", ETH_HATE, 0},
	{"깜둥이", ETH_HATE, 0},
	{"흑형", ETH_HATE, ETH_NOMASK}, /* 미국흑형들이; not 암흑형, 흑흑 형 (exceptions) */
	{"조센징", ETH_HATE, 0},
	{"섬숭이", ETH_HATE, 0},
	{"짱께", ETH_HATE, ETH_NOMASK},
	{"착짱죽짱", ETH_HATE, 0},
	{"똥남아", ETH_HATE, 0},
	/* 조선족 alone names a people (옌볜 조선족 자치주); told apart as an
	 * insult only in these forms (see ko-filter-ethics(1)) */
	{"조선족 새끼", ETH_HATE, 0},
	{"조선족년", ETH_HATE, 0},
	{"조선족놈", ETH_HATE, 0},
	/* 왜놈, the Japanese in contempt, is quoted by histories (왜놈의
	 * 침략); as an insult of people today in these forms, and named as a
	 * whole (ETH_GROUP below) with a word of contempt */
	{"왜놈 새끼", ETH_HATE, 0},
	{"왜놈들", ETH_HATE, 0},
	{"왜놈년", ETH_HATE, 0},
	{"왜놈잡종", ETH_HATE, 0},
	{"왜놈 종자", ETH_HATE, 0},
	{"왜놈 앞잡이", ETH_HATE, 0},
	{"게이새끼", ETH_HATE, 0},
	{"호모새끼", ETH_HATE, 0},
	{"똥꼬충", ETH_HATE, 0},
	{"트랜스젠더새끼", ETH_HATE, 0},
	{"일베충", ETH_HATE, 0},
	{"좌빨", ETH_HATE, 0},
	{"빨갱이 새끼", ETH_HATE, 0},
	/* political camps: supporters of a president (달빛 창문, 대가리가
	 * 깨져도 문재인, 문재인 + 이슬람), the right (수구 꼴통), the left
	 * (좌파 좀비), the pro-Japanese (토착 왜구) */
	{"달창", ETH_HATE, ETH_NOMASK}, /* not 배달창고, 전달창구 (exceptions) */
	{"대깨문", ETH_HATE, 0},
	{"대깨들", ETH_HATE, 0},
	{"문슬람", ETH_HATE, 0},
	{"문베충", ETH_HATE, 0},
	{"수꼴", ETH_HATE, ETH_NOMASK},
	{"좌좀", ETH_HATE, ETH_NOMASK},
	{"토착왜구", ETH_HATE, 0},
	/* gender and age */
	{"한남 새끼", ETH_HATE, 0},
	{"한남들", ETH_HATE, ETH_START}, /* not 한남 alone: 한남동, 한남대교 */
	{"한녀", ETH_HATE, ETH_START | ETH_NOMASK},   /* not 한녀석 (exceptions) */
	{"김치년", ETH_HATE, 0},
	{"된장년", ETH_HATE, 0},
	{"스시녀", ETH_HATE, 0},
	{"개저씨", ETH_HATE, 0},
	{"개줌마", ETH_HATE, 0},
	{"페미충", ETH_HATE, 0},
	{"메갈충", ETH_HATE, 0},
	{"틀니딱딱", ETH_HATE, 0},
	/* religion */
	{"개슬람", ETH_HATE, 0},
	{"먹사", ETH_HATE, ETH_START | ETH_NOMASK}, /* a pastor, in contempt */
	/* groups named as a whole (ETH_GROUP: a hit only with a word of
	 * contempt in the same segment) */
	{"전라도", ETH_HATE, ETH_GROUP | ETH_START},
	{"경상도", ETH_HATE, ETH_GROUP | ETH_START},
	{"갱상도", ETH_HATE, ETH_GROUP | ETH_START},
	{"충청도", ETH_HATE, ETH_GROUP | ETH_START},
	{"호남", ETH_HATE, ETH_GROUP | ETH_START | ETH_NOMASK},
	{"조선족", ETH_HATE, ETH_GROUP | ETH_START},
	{"중국인", ETH_HATE, ETH_GROUP | ETH_START},
	{"중국놈", ETH_HATE, ETH_GROUP | ETH_START},
	{"일본인", ETH_HATE, ETH_GROUP | ETH_START},
	{"일본놈", ETH_HATE, ETH_GROUP | ETH_START},
	{"왜놈", ETH_HATE, ETH_GROUP | ETH_START},
	{"흑인", ETH_HATE, ETH_GROUP | ETH_START | ETH_NOMASK},
	{"동남아인", ETH_HATE, ETH_GROUP | ETH_START},
	{"외노자", ETH_HATE, ETH_GROUP | ETH_START},
	{"탈북자", ETH_HATE, ETH_GROUP | ETH_START},
	{"난민들", ETH_HATE, ETH_GROUP | ETH_START},
	{"무슬림", ETH_HATE, ETH_GROUP | ETH_START},
	{"이슬람", ETH_HATE, ETH_GROUP | ETH_START},
	{"동성애자", ETH_HATE, ETH_GROUP | ETH_START},
	{"게이들", ETH_HATE, ETH_GROUP | ETH_START},
	{"여자들", ETH_HATE, ETH_GROUP | ETH_START},
	{"남자들", ETH_HATE, ETH_GROUP | ETH_START},
	{"페미들", ETH_HATE, ETH_GROUP | ETH_START},
	/* words of contempt for a people (ETH_TRAIT), not those a history
	 * tells of one (노예, 추방, 몰살, 범죄자) nor a report (쓰레기 매립,
	 * 벌레 서식) */
	{"종특", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"족속", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"천박", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"미개한", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"미개하", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"미개해", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"미개인", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"열등한", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"열등하", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"저능", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"야비", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"비열", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"위선", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"뒤통수 치", ETH_HATE, ETH_TRAIT | ETH_NOMASK}, /* not the back of a head */
	{"통수의 민족", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"더러운", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"더럽", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"냄새나", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"짐승같", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"짐승들", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"벌레같", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"바퀴벌레", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"쓰레기들", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"쓰레기같", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"암덩어리", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"박멸", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"씨를말려", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"멸종시", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"추방해야", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"추방시켜", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	{"다죽여", ETH_HATE, ETH_TRAIT | ETH_NOMASK},
	/* DISCRIMINATION: insults from disability and status */
	{"애자새끼", ETH_DISCRIMINATION, 0},
	{"장애인새끼", ETH_DISCRIMINATION, 0},
	{"정신병자새끼", ETH_DISCRIMINATION, 0},
	{"벙어리새끼", ETH_DISCRIMINATION, 0},
	{"절름발이새끼", ETH_DISCRIMINATION, 0},
	{"난쟁이새끼", ETH_DISCRIMINATION, 0},
	{"여자는집에서", ETH_DISCRIMINATION, 0},
	{"여자가무슨", ETH_DISCRIMINATION, 0},
	{"거지새끼", ETH_DISCRIMINATION, 0},
	{"이백충", ETH_DISCRIMINATION, 0},
	{"휴거", ETH_DISCRIMINATION, ETH_WORD},
	/* a disease named for a people or a place (the names the WHO's
	 * guidelines of 2015 advise against, which Korea replaced with
	 * 코로나19 in 2020); not 중국 코로나, 대구 코로나, which are also the
	 * cases in China or Daegu. In the comments of early 2020 most uses
	 * name the disease and no more (우한폐렴 때문에 택배가 늦네): a hit
	 * where the classifier backs it (ETH_BACKED); 대구 폐렴 and the 중공
	 * names, coined to blame, are hits alone. */
	{"우한 폐렴", ETH_DISCRIMINATION, ETH_BACKED},
	{"우한 코로나", ETH_DISCRIMINATION, ETH_BACKED},
	{"우한 바이러스", ETH_DISCRIMINATION, ETH_BACKED},
	{"중국 폐렴", ETH_DISCRIMINATION, ETH_BACKED},
	{"중국 바이러스", ETH_DISCRIMINATION, ETH_BACKED},
	{"중공 폐렴", ETH_DISCRIMINATION, 0},
	{"중공 바이러스", ETH_DISCRIMINATION, 0},
	{"대구 폐렴", ETH_DISCRIMINATION, 0},
	/* the claim of 2020 that Koreans of China write the comments of
	 * Korean news sites (not 차이나게이트, also the US scandal of 1996) */
	{"조선족게이트", ETH_DISCRIMINATION, 0},
	/* SEXUAL */
	{"보지털", ETH_SEXUAL, 0},
	{"보지년", ETH_SEXUAL, 0},
	{"보지구멍", ETH_SEXUAL, 0},
	{"보짓물", ETH_SEXUAL, 0},
	{"보빨", ETH_SEXUAL, ETH_START},
	{"자지털", ETH_SEXUAL, 0},
	{"자지를빨", ETH_SEXUAL, 0},
	{"잠지", ETH_SEXUAL, 0},
	{"ㅂㅈ", ETH_SEXUAL, ETH_WORD},
	{"섹스하", ETH_SEXUAL, 0},
	{"섹스해", ETH_SEXUAL, 0},
	{"ㅅㅅ하", ETH_SEXUAL, 0},
	{"떡치", ETH_SEXUAL, ETH_START},
	/* not bare 자위: in prose it is self-defence (땅의 자위), consoling
	 * oneself (스스로의 자위) or the white of the eye (맑은 자위) */
	{"자위질", ETH_SEXUAL, 0},
	{"자위행위", ETH_SEXUAL, 0},
	{"자위용", ETH_SEXUAL, ETH_START},
	{"자위영상", ETH_SEXUAL, 0},
	{"자위기구", ETH_SEXUAL, 0},
	{"자위녀", ETH_SEXUAL, ETH_START},
	{"자위남", ETH_SEXUAL, ETH_START},
	{"자위를하", ETH_SEXUAL, ETH_START},
	{"자위하는", ETH_SEXUAL, ETH_START},
	{"자위하다가", ETH_SEXUAL, ETH_START},
	{"딸딸이", ETH_SEXUAL, 0},
	{"딸치", ETH_SEXUAL, ETH_START},
	{"야동", ETH_SEXUAL, ETH_START},
	{"창녀", ETH_SEXUAL, 0},
	{"걸레년", ETH_SEXUAL, 0},
	{"갈보", ETH_SEXUAL, ETH_WORD},
	{"fuck하", ETH_SEXUAL, 0},
	{"성노리개", ETH_SEXUAL, 0},
	{"빨아줘", ETH_SEXUAL, 0},
	{"대딸", ETH_SEXUAL, 0},
	{"조건만남", ETH_SEXUAL, 0},
	/* VIOLENCE */
	{"죽여버", ETH_VIOLENCE, ETH_STORY},
	{"죽여벌", ETH_VIOLENCE, ETH_STORY},
	{"죽이고싶다", ETH_VIOLENCE, 0},
	{"패버리", ETH_VIOLENCE, ETH_STORY},
	{"패죽", ETH_VIOLENCE, ETH_STORY},
	{"때려죽", ETH_VIOLENCE, ETH_STORY},
	{"찔러죽", ETH_VIOLENCE, ETH_STORY},
	{"쳐죽", ETH_VIOLENCE, ETH_STORY},
	{"담가버", ETH_VIOLENCE, ETH_STORY},
	{"묻어버린다", ETH_VIOLENCE, 0},
	{"뒤져라", ETH_VIOLENCE, 0},
	{"뒤지고싶", ETH_VIOLENCE, 0},
	{"뒤질래", ETH_VIOLENCE, 0},
	{"칼빵", ETH_VIOLENCE, 0},
	{"능지처참", ETH_VIOLENCE, 0},
	/* CRIME: offers and requests of crimes */
	{"대마팝니다", ETH_CRIME, 0},
	{"대마구매", ETH_CRIME, 0},
	{"떨팝니다", ETH_CRIME, 0},
	{"필로폰팝니다", ETH_CRIME, 0},
	{"필로폰구매", ETH_CRIME, 0},
	{"아이스팝니다", ETH_CRIME, 0},
	{"작대기팝니다", ETH_CRIME, 0},
	{"몰카팝니다", ETH_CRIME, 0},
	{"몰카판매", ETH_CRIME, 0},
	{"불법촬영물판매", ETH_CRIME, 0},
	{"대포통장삽니다", ETH_CRIME, 0},
	{"대포통장팝니다", ETH_CRIME, 0},
	{"대포폰팝니다", ETH_CRIME, 0},
	{"신분증위조", ETH_CRIME, ETH_START},
	{"토토사이트추천", ETH_CRIME, 0},
	{"청부살인", ETH_CRIME, 0},
	/* Words of news and prose that comments disguise when they charge
	 * someone with them (a named actor and 성ㅁ매, a crime claimed):
	 * entries only disguised. Two-letter ones only with a letter put in
	 * (강ㅋ간): 강* and 마* are also names masked in the news (강* 씨). */
	{"성매매", ETH_SEXUAL, ETH_DISGUISED},
	{"성매수", ETH_SEXUAL, ETH_DISGUISED},
	{"매춘부", ETH_SEXUAL, ETH_DISGUISED},
	{"원조교제", ETH_SEXUAL, ETH_DISGUISED},
	{"성접대", ETH_SEXUAL, ETH_DISGUISED},
	{"성폭행", ETH_CRIME, ETH_DISGUISED},
	{"성추행", ETH_CRIME, ETH_DISGUISED},
	{"성폭력", ETH_CRIME, ETH_DISGUISED},
	{"강간", ETH_CRIME, ETH_DISGUISED | ETH_NOMASK},
	{"마약", ETH_CRIME, ETH_DISGUISED | ETH_NOMASK},
	{"몰카", ETH_CRIME, ETH_DISGUISED | ETH_NOMASK},
};

/* Innocent words that contain an entry: a hit inside one of these is no
 * hit. Matched on the same form, so 시발점 also covers 씨발점 (sloppy
 * spelling of the innocent word) and 시 발점; words that only differ in
 * what follows the entry (보지 못했다) are written with what follows. */
static const char *const eth_exceptions[] = {
	/* 시발 (始發): first departure */
	"시발점", "시발역", "시발열차", "시발편", "시발택시", "시발버스", "시발차", "시발자동차", "시발승", "시발지",
	"시발표", "의시발",
	/* 슈발: Chevalier */
	"슈발리에",
	/* 18 as a number */
	"18세", "18살", "18년간", "18년도", "18년째", "18년만", "18년생", "18년전",
	/* 보지 (the verb 보다) before 털, 년: bare 보지 and 자지 are no
	 * entries, being the verbs 보다 and 자다 far more often */
	"보지못", "보지않", "보지말", "보지마", "보지도", "보지만", "보지는", "보지요",
	"보지를", "보지그", "보지아니", "보지않", "보지안", "보지몯", "보지좀",
	/* 자위 (自衛): self-defence, and 자위 (自慰) of the self-comforting sense */
	"자위대", "자위권", "자위적", "자위함", "자위책", "자위수단", "자위조치", "자위력",
	"자위단", "자위군", "자위행동", "자위본능", "자위의식", "자위트",
	/* 자지 (pronoun + verb), 야동 (place names) */
	"자지마", "자지않", "자지도", "자지못", "자지말", "야동동", "야동리",
	/* 좆 as a jamo fragment: none known; 존나: 존나다 (a person's name) */
	"존나이",
	/* 닥쳐 as the verb 닥치다 (to come upon), also after what comes upon one */
	"닥쳐올", "닥쳐온", "닥쳐오", "닥쳐왔", "닥치고있",
	"위기가닥치고", "시련이닥치고", "불행이닥치고", "재난이닥치고", "재앙이닥치고",
	"추위가닥치고", "한파가닥치고", "위험이닥치고", "불황이닥치고", "고난이닥치고",
	"어려움이닥치고", "태풍이닥치고", "가뭄이닥치고", "전쟁이닥치고",
	"위기가닥쳐", "시련이닥쳐", "불행이닥쳐", "재난이닥쳐", "재앙이닥쳐", "추위가닥쳐",
	"한파가닥쳐", "위험이닥쳐", "불황이닥쳐", "고난이닥쳐", "어려움이닥쳐", "태풍이닥쳐",
	"가뭄이닥쳐", "전쟁이닥쳐",
	/* 병신년 (丙申年), the year of the sexagenary cycle */
	"병신년새해", "병신년한해", "병신년설", "병신년정월", "병신년생", "병신년丙申",
	/* ... and told by its date (병신년(1956년), which reads 병신년년 once
	 * digits and brackets are dropped) or by another year of the cycle
	 * beside it (을사년과 병신년, 갑오년 병신년) */
	"병신년년", "병신년음력", "병신년양력", "년과병신년", "년병신년", "년부터병신년",
	"년에서병신년", "년이나병신년", "병신년과정유년", "병신년에태어", "병신년에일어난", "병신년에발생",
	/* 호모 in species names (not an entry alone, listed for --lexicon users) */
	"호모사피엔스", "호모에렉투스", "호모하빌리스", "호모에렉투스",
	/* 패죽, 때려죽: none; 떡치: rice-cake pounding */
	"떡치기", "떡치는소리",
	/* 개소리: a dog's bark */
	"개소리가들", "개소리에깨",
	/* slang that is not abuse: 개섹시 (very sexy), 대딸각 (a click) */
	"개섹시", "대딸각",
	/* 병신 inside 징병 신체검사, 질병 신고, 병 신청 */
	"징병신", "병신체", "병신고", "병신청", "병신약", "병신경",
	/* 지랄: 지랄병 is the old word for epilepsy in texts about it */
	"지랄병",
	/* 씹: 씹다 (to chew) */
	"씹할때", "씹할수",
	/* 좌빨: none; 자위 in 자위하다 of consoling oneself is left flagged */
	/* 흑형: darkness, a sob; 달창: 배달 창고, 전달 창구, 조달 창구, ...,
	 * and 달 (a month) before 창단, 창업, ... (이번달창단);
	 * 한녀: 한 녀석, 한 녀자, 한 녀성 */
	"암흑형", "칠흑형", "흑흑형", "배달창", "전달창", "조달창", "발달창", "도달창", "송달창",
	"달창단", "달창업", "달창립", "달창간", "달창설", "달창고",
	"한녀석", "한녀자", "한녀성",
	/* 우한 바이러스 연구소 (the institute), 중국 바이러스학자, 중국 폐렴구균 백신 */
	"우한바이러스연구", "우한바이러스학", "중국바이러스연구", "중국바이러스학", "중국폐렴구균",
	"대구폐렴구균",
};

/* 새끼 is an insult (이 새끼, 저 새끼야) or an animal's young (새끼
 * 고양이, 새끼를 낳다), a finger (새끼손가락) or straw rope (새끼를
 * 꼬다). It is no entry; the classifier, which learnt it from comments,
 * gave 저 새끼 고양이 좀 봐 0.95. It does not read 새끼 when the next
 * word is one of eth_young_of (alone, with 들 or with a particle of
 * eth_young_particles), or when 새끼 with one of eth_young_particles is
 * followed by a word that starts with one of eth_young_verbs (birth,
 * care, rope). Not after an animal: 개 새끼 and 돼지 새끼 are insults; and
 * not 말 or 새, which are also 말 (speech) and 새로 (anew) after an insult. */
static const char *const eth_young_of[] = {
	"고양이", "강아지", "오리", "거위", "닭", "병아리", "참새", "제비", "독수리",
	"부엉이", "펭귄", "곰", "사슴", "노루", "양", "염소", "소", "돼지", "토끼",
	"여우", "늑대", "사자", "호랑이", "표범", "치타", "코끼리", "기린", "하마", "코뿔소",
	"원숭이", "고릴라", "판다", "너구리", "다람쥐", "쥐", "햄스터", "고래", "돌고래",
	"물개", "바다표범", "상어", "거북", "거북이", "악어", "뱀", "물고기", "개구리",
	"캥거루", "코알라", "낙타", "수달", "비버", "손가락", "발가락",
};
static const char *const eth_young_particles[] = {
	"", "들", "이", "가", "을", "를", "은", "는", "의", "도", "에게", "한테", "와", "과",
	"랑", "들이", "들을", "들은", "들의", "들도", "들에게", "들과", "로", "처럼",
};
static const char *const eth_young_verbs[] = {
	"낳", "돌보", "돌봐", "돌본", "키우", "키워", "키운", "기르", "길러", "기른", "품",
	"먹이", "젖", "꼬아", "꼬았", "꼬는", "꼬면", "꼬고", "꼬기", "꼰", "밴", "뱄", "배었",
};

/* Words for malicious comments themselves. A comment that names them
 * mostly talks about them: it pleads against them (악플 좀 그만 달아라)
 * or tells someone not to mind them, and the classifier, which learnt
 * these words from the abuse sets that are full of them, scores it high.
 * Such a text is flagged by the classifier alone only from
 * ETH_META_MIN on (ko-filter-ethics.c, judge_record); a lexicon hit
 * flags it as any text. Matched on the text's bytes as they are. */
static const char *const eth_meta_words[] = {
	"악플", "악성댓글", "악성 댓글",
};

/* Words of a work or of the news: a short comment that names one and
 * scores a little over the threshold, with no word flagged alone, mostly
 * complains of the show, the acting or the article (ETH_WORK_MARGIN in
 * ko-filter-ethics.c). Matched on the text's bytes as they are. */
static const char *const eth_work_words[] = {
	"드라마", "영화", "예능", "방송", "프로그램", "시청률", "연기", "대본", "작가", "감독",
	"캐스팅", "배역", "편집", "노래", "기사",
};

/* Words of a story told: a comment on a drama, film or book that says a
 * character was killed (작가가 구승준을 죽여버렸네) tells the plot. In a
 * segment with one of these, an ETH_STORY entry followed by a past or a
 * connective (죽여버렸, 죽여버리고), not a threat or a wish (죽여버린다,
 * 죽여버릴, 죽여버리고 싶), is a hit only where the classifier backs it
 * (ETH_BACKED). Matched on the segment's text. */
static const char *const eth_story_words[] = {
	"드라마", "영화", "소설", "웹툰", "만화", "작가", "대본", "결말", "엔딩", "스토리",
	"캐릭터", "주인공", "배역", "악역", "극중", "극 중", "시청자", "회차", "전개", "연출",
	"남주", "여주", "서브", "시즌",
};

/* The syllables after a VIOLENCE entry that tell a story (a past, or
 * 고 of a clause that goes on) rather than threaten. */
static const char *const eth_story_after[] = {
	"렸", "였", "었", "았", "했", "쳤", "리고", "이고", "고",
};

/* Words of praise. A short text (ETH_PRAISE_LEN) that has one, that the
 * classifier flags by less than ETH_PRAISE_MARGIN above the threshold,
 * with no lexicon hit and no word that the classifier flags alone, is
 * kept (ko-filter-ethics.c, judge_record): a comment that praises reads to
 * the classifier, which learnt short texts mostly from abusive comments,
 * as abuse by its register (와 아빠가 엄청 이뻐할듯. 인형같다 0.78).
 * Matched on the text's bytes as they are. */
static const char *const eth_praise_words[] = {
	"이쁘", "예쁘", "이뻐", "예뻐", "이쁜", "예쁜", "멋지", "멋있", "멋져", "멋진", "잘생",
	"잘 생", "귀엽", "귀여", "최고", "축하", "응원", "수고", "사랑", "행복", "감동", "훈훈",
	"존경", "고맙", "감사", "잘함", "잘한", "잘하", "잘했", "힘내", "화이팅", "파이팅",
	"재밌", "재미있", "인형", "천사", "♡", "♥",
};
