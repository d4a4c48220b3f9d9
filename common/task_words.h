/* Words that task.c reads. Plain data, included by task.c (and by the
 * unit tests, which check the order of free_adverbs). */

/* Degree adverbs: right before the predicate they are bound to it (정말
 * 유명하다), elsewhere they move (너무 기분 안 좋던데, 기분 너무 안
 * 좋던데). In byte order, as free_adverbs. */
static const char *const degree_adverbs[] = {
	"그렇게", "너무", "너무나", "되게", "엄청", "완전", "이렇게", "저렇게", "정말", "정말로", "좀", "진짜", "진짜로",
};

/* Adverbs that stand free in a sentence, before or after its subject or
 * object (ko_task_loose_order): 왜 남자가 …/남자가 왜 …, 그는 조금이라도 내
 * 생각을/그는 내 생각을 조금이라도 …: the colloquial ones that comments and
 * chat use most, the sentence adverbs of written text, and interjections
 * (아니, 에휴, 헐). In byte order, for a binary search. */
static const char *const free_adverbs[] = {
	"가끔", "가만히", "같이", "걍", "결국", "결국은", "계속", "곧", "과연", "괜히", "그나마", "그냥", "그때", "그때는", "그저",
	"꼭", "내일", "늘", "다", "다시", "당연히", "대개", "대체", "도대체", "동시에", "드디어", "따로", "또", "또다시", "또한",
	"만약", "만일", "매년", "매일", "맨날", "먼저", "모두", "뭐", "벌써", "보통", "분명히", "빨리", "서로", "성큼", "솔직히",
	"실제로", "아", "아니", "아마", "아마도", "아무리", "아이고", "아직", "아직도", "앞으로", "야", "어제", "어차피", "언제간",
	"언제나", "언젠가", "에혀", "에휴", "여전히", "역시", "오늘", "오히려", "와", "왜", "요새", "요즘", "우선", "원래", "이때",
	"이래서", "이미", "이번에", "이제", "이제는", "일단", "자주", "절대", "절대로", "제발", "조금", "조금이라도", "종종", "주로",
	"지금", "지금은", "직접", "차라리", "특히", "한번", "함께", "항상", "헐", "혹시", "확실히", "흔히",
};

/* The last syllables of a predicate in chat, before a question or
 * exclamation mark, an ellipsis or a chat mark, where the written endings
 * of ko_task_predicate_end do not reach (되나?, 아님?, 거야!, 가자!, 하길!!,
 * 하지마??, and the dialect question of 궁금하노?): ko_task_chat_predicate. */
static const char chat_finals[] =
	"다요죠까니냐네군듯음임함됨님나가야지어아해자라오세게래대데걸돼워줘봐써길마여노";
