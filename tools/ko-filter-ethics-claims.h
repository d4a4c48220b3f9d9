/* ko-filter-ethics-claims.h - the word classes of the rule of claims about
 * groups of ko-filter-ethics (ko-filter-ethics(1), CLAIMS ABOUT GROUPS).
 * Written for kopipe from general knowledge of Korean (no list was
 * copied); plain data compiled into ko-filter-ethics.
 *
 * Hate need not name a word of contempt. A sentence that takes a whole
 * group of people as its topic or subject (흑인은, 여자들은, 전라도
 * 사람들은, 장애인들) and says of it what all of it is (다, 원래, 모두 +
 * 범죄자다, 머리가 나빠서) or what must be done to it (격리시켜야,
 * 추방해야, 집에만 있어야) is a generic claim about the group; so is a
 * wish of death (X들 다 죽었으면) or of disease (환자가 더 생겨야). A
 * report of a group (이주민은 252만 명이다, 외국인 범죄자가 늘었다) has
 * neither the generalising word with a judging predicate nor a deontic
 * mood, and passes.
 *
 * Every entry starts with a Hangul syllable (judge_init checks): the
 * rule looks for its words where a word of the text starts with the first
 * two syllables of a group, disease or death word, and for the predicates
 * by their first syllable. */

/* Group nouns, a people, region, faith, sex, orientation, disability or
 * age named as a whole. CLAIM_HEAD: only with a person noun after it
 * (중국 사람들은, 대구 놈들): alone it is a country or city.
 * CLAIM_VICTIM: people harmed by a crime or a war, of whom a sentence
 * is hate when it blames them for the harm (claim_blames,
 * claim_conditions); the other rules do not read them (피해자는 가해자와
 * 격리되어야 한다 protects a victim). CLAIM_SEX: a sex, of which a
 * predicate of sexual use (claim_lewd) is a claim only in the plural or
 * with a generaliser (주인공 여자는 … 역할이다 is one woman). */
enum { CLAIM_HEAD = 1, CLAIM_VICTIM = 2, CLAIM_SEX = 4 };

struct claim_group {
	const char *text;
	unsigned char flags;
};

static const struct claim_group claim_groups[] = {
	/* regions */
	{"전라도", 0}, {"경상도", 0}, {"충청도", 0}, {"강원도", 0}, {"갱상도", 0},
	{"전라디언", 0}, {"호남", 0}, {"영남", 0}, {"호남인", 0}, {"영남인", 0},
	{"대구", CLAIM_HEAD}, {"광주", CLAIM_HEAD}, {"부산", CLAIM_HEAD}, {"서울", CLAIM_HEAD},
	{"제주", CLAIM_HEAD}, {"지방", CLAIM_HEAD}, {"시골", CLAIM_HEAD},
	/* peoples and nationalities */
	{"중국인", 0}, {"중국놈", 0}, {"짱깨", 0}, {"조선족", 0}, {"일본인", 0}, {"일본놈", 0}, {"왜놈", 0},
	{"쪽바리", 0}, {"흑인", 0}, {"백인", 0}, {"황인", 0}, {"동남아인", 0}, {"베트남인", 0},
	{"필리핀인", 0}, {"인도인", 0}, {"아랍인", 0}, {"유대인", 0}, {"미국인", 0},
	{"러시아인", 0}, {"북한인", 0}, {"탈북자", 0}, {"탈북민", 0}, {"외국인", 0},
	{"외노자", 0}, {"이주민", 0}, {"이민자", 0}, {"이주노동자", 0}, {"난민", 0},
	{"불법체류자", 0}, {"다문화", 0}, {"혼혈", 0}, {"화교", 0}, {"고려인", 0}, {"집시", 0},
	{"중국", CLAIM_HEAD}, {"일본", CLAIM_HEAD}, {"동남아", CLAIM_HEAD}, {"베트남", CLAIM_HEAD},
	{"필리핀", CLAIM_HEAD}, {"인도", CLAIM_HEAD}, {"아랍", CLAIM_HEAD}, {"북한", CLAIM_HEAD},
	{"아프리카", CLAIM_HEAD}, {"미국", CLAIM_HEAD},
	/* faiths */
	{"무슬림", 0}, {"이슬람", 0}, {"기독교인", 0}, {"개신교인", 0}, {"개독", 0},
	{"천주교인", 0}, {"불교도", 0}, {"불교인", 0}, {"신천지", 0}, {"이단", 0},
	{"목사", 0}, {"교인", 0}, {"신도", 0}, {"신자", 0}, {"스님", 0},
	{"기독교", CLAIM_HEAD}, {"개신교", CLAIM_HEAD}, {"불교", CLAIM_HEAD}, {"천주교", CLAIM_HEAD},
	/* sex and orientation */
	{"여자", CLAIM_SEX}, {"남자", CLAIM_SEX}, {"여성", CLAIM_SEX}, {"남성", CLAIM_SEX},
	{"여편네", CLAIM_SEX}, {"아줌마", CLAIM_SEX}, {"아저씨", CLAIM_SEX}, {"한남", CLAIM_SEX}, {"페미", 0}, {"메갈", 0}, {"동성애자", 0}, {"게이", 0},
	{"레즈", 0}, {"트랜스젠더", 0}, {"성소수자", 0}, {"퀴어", 0},
	/* disability, age, class */
	{"장애인", 0}, {"장애우", 0}, {"자폐아", 0}, {"자폐인", 0}, {"정신장애인", 0},
	{"벙어리", 0}, {"귀머거리", 0}, {"장님", 0}, {"절름발이", 0}, {"불구자", 0},
	{"노인", 0}, {"노인네", 0}, {"늙은이", 0}, {"할배", 0}, {"꼰대", 0}, {"급식충", 0},
	{"잼민이", 0}, {"노숙자", 0}, {"거지", 0},
	/* victims */
	/* 피해 with a person noun (피해 학생이, 피해여성도) */
	{"위안부", CLAIM_VICTIM}, {"피해", CLAIM_VICTIM | CLAIM_HEAD}, {"피해자", CLAIM_VICTIM},
	{"희생자", CLAIM_VICTIM},
	{"유가족", CLAIM_VICTIM}, {"유족", CLAIM_VICTIM}, {"생존자", CLAIM_VICTIM},
};

/* The person nouns that follow a group word or a CLAIM_HEAD one
 * (전라도 사람들은, 중국놈들, 경상도것들), written with it or as one of
 * the next three words. */
static const char *const claim_heads[] = {
	"사람", "놈", "년", "애", "새끼", "출신", "것", "족속", "인간", "종자", "충",
	/* a sex or an age with the group (흑인 남자가, 조선족 여자들은,
	 * 위안부 할머니들은, 피해 학생이), and the victims of one
	 * (위안부 피해자는) */
	"남자", "여자", "남성", "여성", "할머니", "할매", "할아버지", "아줌마", "아저씨",
	"학생", "아동", "피해자",
};

/* The particles of a topic or subject after a group word (with 들 or
 * not), or none. An object or place (흑인의, 이주민을, 외국인에게) is
 * not what the sentence is about. */
static const char *const claim_topic_particles[] = {"은", "는", "이", "가", "도", "들", ""};
/* The particles of an object: what a demand is done to. */
static const char *const claim_object_particles[] = {"을", "를"};
/* After the 들 of any plural of people (악플러들, 기자들은). */
static const char *const claim_plural_particles[] = {"은", "는", "이", "도", ""};

/* Words that make a claim about every member: quantifiers and words of
 * nature or descent. Whole words; claim_generaliser_suffixes also inside
 * the group's own word (전라도특징). */
static const char *const claim_generalisers[] = {
	"다", "모두", "전부", "죄다", "싹다", "싹", "몽땅", "모조리", "하나같이", "예외없이",
	"원래", "원래부터", "본래", "옛부터", "옛날부터", "예로부터", "태생이", "태생적으로",
	"본성이", "유전적으로", "대대로", "족족", "특징", "종특", "특성상", "민족성",
};
static const char *const claim_generaliser_suffixes[] = {"특징", "종특", "족속"};

/* Judging predicates: a person noun or a trait said of the whole group.
 * A hit only with a generaliser or a plural topic (X들은). */
static const char *const claim_judging[] = {
	"범죄자", "범죄를 저지", "범죄 저지", "사기꾼", "도둑", "강간범", "성범죄자", "살인자",
	"테러리스트", "테러분자", "거짓말쟁이", "거짓말을 잘", "거짓말만", "정신병", "병자",
	"머리가 나쁘", "머리가 나빠", "머리가나쁘", "머리가나빠", "머리 나쁘", "머리 나빠",
	"지능이 낮", "멍청", "무식", "게으르", "게을러", "더러워", "지저분", "냄새가 나",
	"냄새나", "더럽", "더러운", "이기적", "이기주의", "배신", "사기를 치", "사기치", "납치",
	/* (뒤)통수 치다, to betray; not 뒤통수 alone, the back of the head */
	"통수 치", "통수치", "통수 친", "통수친", "통수 쳐", "통수쳐", "통수를 치", "통수를 친",
	"통수를 쳐", "통수 때리", "통수때리",
	"잡아먹", "기생충", "암적", "민폐", "열등", "미개", "야만", "짐승", "벌레", "쓰레기",
	"운전을 못", "운전 못", "못배운", "못 배운", "믿으면 안", "상종", "위험한 존재",
	"종자", "빨갱이", "매국노", "간첩",
};

/* A syllable of the past or the passive after a judging predicate: with a
 * plural topic and no generaliser, history told of the group (흑인들은
 * 짐승 취급을 받았다, 일본인들이 도공들을 납치해 갔다), not what it is. */
static const char *const claim_past[] = {
	"었", "았", "였", "했", "갔", "왔", "졌", "됐", "렸", "켰", "쳤", "셨", "당하", "당한",
};

/* Coercive predicates: what must be done to the whole group. A hit with a
 * deontic, imperative or wishing mood after it (claim_moods), without a
 * generaliser: a demand about a group is general by itself. */
static const char *const claim_coercive[] = {
	"추방", "격리시", "격리 시", "격리해", "격리 해", "격리돼", "격리되", "사회와 격리",
	"격리 수용", "격리수용", "강제이주", "강제 이주", "쫓아내", "쫓아 내", "내쫓", "몰아내", "몰아 내",
	"돌려보내", "결혼 금지", "결혼을 금지", "결혼금지", "결혼 못하", "결혼을 못하",
	"결혼하지 못", "집에만 있", "집에서만 있", "집에 있어야", "집에서 애나", "애나 봐",
	"애나 키워", "애나 낳", "밥이나 해", "나오지 마", "나오지마", "못 들어오", "못들어오",
	"들어오지 못", "입국 금지", "입국금지", "투표권", "투표 못", "없애야", "없어져야",
	"사라져야", "죽여야", "죽어야", "말살", "학살", "매장", "가둬", "가두어", "수용소",
	"씨를 말려", "씨를말려", "불임", "거세", "발 못 붙", "발도 못", "이민 금지", "받지 말",
	"받으면 안", "채용하지 말", "채용하면 안", "낳지 말", "낳지마",
};

/* Moods of a demand, an order or a wish, read after the predicate. */
static const char *const claim_moods[] = {
	"야 하", "야하", "야 한", "야한", "야 함", "야함", "야 돼", "야돼", "야 되", "야되",
	"야 됨", "야됨", "야지", "야 할", "야할", "야겠", "어라", "아라", "해라", "켜라",
	"봐라", "워라", "셔라", "둬라", "하자", "시키자", "내자", "시켜", "으면 좋", "면 좋겠",
	"었으면", "았으면", "했으면", "길 바", "기를 바", "지 마", "지마", "면 안", "게 해",
	"게 하", "라.", "라!",
};
/* ... unless the demand is a past one (격리되어야 했다: history). */
static const char *const claim_past_moods[] = {"야 했", "야했", "야 하였", "야만 했"};

/* A claim named to be denied or reported (… 있어야 한다는 편견을 깨야,
 * … 추방해야 한다고 주장했다): read after the predicate. */
static const char *const claim_reports[] = {
	"는 편견", "는 고정관념", "는 인식", "는 선입견", "는 차별", "는 혐오", "는 주장은",
	"는 말은", "는 생각은", "는 것은 잘못", "고 주장했", "고 주장하였", "고 말했", "고 밝혔",
	"는 주장이 제기", "는 오해", "는 루머", "는 가짜", "는 글", "는 댓글", "는 사람",
	"고 전해", "고 알려", "고 기록", "는 기록", "는 주장", "고 주장", "는 망언", "는 막말",
	"는 왜곡", "는 발언", "는 2차 가해", "는 2차가해",
};

/* Predicates of sexual use or promiscuity said of people (놀아나는,
 * 몸을 파는): with a group as the topic or subject, a people's men or
 * women or a sex (흑인 남자들이 …, 조선족 여자들은 …), a slur of race
 * and sex together: SEXUAL. As a judging predicate, the past without a
 * generaliser is history or a report. */
static const char *const claim_lewd[] = {
	"놀아나", "놀아난", "몸 파", "몸파", "몸을 파", "몸 팔", "몸팔", "몸을 팔", "몸 팜",
	"붙어먹", "붙어 먹", "따먹", "끼고 노", "끼고 놀", "끼고노", "끼고놀", "끼고 다니",
	"끼고다니", "꼬리치", "꼬리 치", "꼬리를 치", "헤프", "헤픈", "걸레", "창녀", "성노리개",
	"노리개", "잠자리 상대", "밝히는 년", "밝히는 여자", "밝히는 남자",
};

/* Blame put on victims (CLAIM_VICTIM) for what was done to them: they
 * asked for it, chose it, lie for money (위안부는 자발적 …, 피해자가
 * 원인을 제공했다, 당해도 싸다). */
static const char *const claim_blames[] = {
	"자업자득", "자초", "원인 제공", "원인제공", "원인을 제공", "빌미를 제공", "빌미 제공",
	"꽃뱀", "매춘", "창녀", "창부", "자발적으로 간", "자발적으로 갔", "자발적으로 따라",
	"스스로 원해", "원해서 간", "원해서 갔",
	"돈 벌러", "돈벌러", "돈 받고 간", "돈받고 간", "돈 뜯", "돈뜯", "돈을 뜯", "우려먹",
	"당할 만", "당할만", "당해도 싸", "당해도싸", "당해도 된", "당해도 할 말", "행실",
	"헤프", "꼬리치", "꼬리 치", "짧은 치마", "야하게 입", "따라간 게", "따라간게", "보상금 노", "보상금 타", "돈 노리",
	"돈을 노리", "합의금 노리", "합의금 뜯", "합의금 받으려", "맞을 짓", "당할 짓",
};

/* A condition contrary to the fact (노력했으면, 조심했더라면: a past
 * syllable, one with ㅆ under it, before 으면, or these) and, after it,
 * an outcome in the past that did not happen (않았을, 안 당했을): said
 * of victims, what they did is why they were harmed. */
static const char *const claim_conditions[] = {"더라면", "었더면", "았더면"};
static const char *const claim_outcomes[] = {
	"않았을", "안 당했", "안당했", "당하지 않", "없었을", "았을까", "었을까", "였을까",
	"했을까",
};

/* Wishes of death or ruin, on a group or on any plural of people (X들)
 * with a generaliser (악플러들 다 죽었으면). */
static const char *const claim_death_wishes[] = {
	"죽었으면", "뒤졌으면", "죽어버렸으면", "죽어 버렸으면", "없어졌으면", "사라졌으면",
	"망했으면", "죽어라", "뒤져라", "죽어야", "뒤져야", "죽여야", "죽여버려", "죽여 버려",
	"총살", "사형시켜", "매몰", "묻어버려", "쓸어버려", "천벌",
};
/* The wishes on a plural not in claim_groups (악플러들 다 죽었으면) are
 * those that start with one of these, of death: 다 사라졌으면 is said of
 * things too (댓글기능들 다 사라졌으면). Such a wish must start a word. */
static const char *const claim_death_roots[] = {"죽", "뒤져", "뒤졌", "총살", "사형"};

/* Sayings that are no wish (죽어야 산다: give up to win), and 죽어라 as an
 * adverb, desperately (죽어라 공부했다, 죽어라 하고 뛰었다). */
static const char *const claim_death_sayings[] = {
	"죽어야 산", "죽어야 사는", "죽어야산", "죽어라 하", "죽어라하", "죽어라고", "죽어라 공부",
	"죽어라공부", "죽어라 노력", "죽어라 연습", "죽어라 일만", "죽어라 일했", "죽어라 일하",
	"죽어라 뛰", "죽어라 달리", "죽어라 달렸", "죽어라 매달", "죽어라 버티", "죽어라 버텼",
};

/* Disease wished on people: a word that starts with a disease and a wish
 * that it spread after it, in one sentence, whoever the people are. */
static const char *const claim_diseases[] = {
	"코로나", "확진자", "환자", "감염자", "바이러스", "우한폐렴", "전염병", "역병", "폐렴",
	"에이즈", "메르스",
};
static const char *const claim_spread_wishes[] = {
	"더 생겨야", "더생겨야", "더 늘어야", "더늘어야", "더 퍼져야", "더퍼져야", "더 나와야",
	"더나와야", "다 걸려", "다걸려", "걸려라", "걸려 죽", "걸려서 죽", "걸리면 애국",
	"걸리면애국", "퍼뜨려야", "퍼트려야", "옮겨라", "다 감염", "감염돼야", "감염되어야",
	"걸렸으면 좋", "걸리길",
};
