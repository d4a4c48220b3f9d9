/* Words that task.c reads. Plain data, included by task.c alone. */

/* Adverbs that stand free in a sentence, before or after its subject or
 * object (ko_task_loose_order): 왜 남자가 …/남자가 왜 …, 그는 조금이라도 내
 * 생각을/그는 내 생각을 조금이라도 …. The colloquial ones that comments and
 * chat use most, the sentence adverbs of written text, and interjections. */
enum { DEGREE_ADVERBS = 10 };
static const char *const free_adverbs[] = {
	/* degree adverbs first (DEGREE_ADVERBS of them): right before the
	 * predicate they are bound to it (정말 유명하다), elsewhere they move
	 * (너무 기분 안 좋던데, 기분 너무 안 좋던데) */
	"정말", "진짜", "너무", "좀", "정말로", "진짜로", "너무나", "완전", "엄청", "되게",
	"왜", "다시", "또", "또다시",
	"이제", "이제는", "다", "그냥", "조금", "조금이라도", "아직", "아직도", "벌써",
	"이미", "항상", "늘", "언제나", "자주", "제발", "요즘", "요새", "지금", "지금은",
	"계속", "같이", "함께", "혹시", "성큼",
	"아마", "아마도", "과연", "도대체", "대체", "꼭", "절대", "절대로", "결국", "드디어",
	"솔직히", "차라리", "오히려", "그저", "역시", "원래", "맨날", "오늘", "어제", "내일",
	"그때", "그때는", "이번에", "한번", "빨리", "먼저", "또한", "특히", "주로",
	"대개", "흔히", "보통", "여전히", "가끔", "종종", "모두", "서로", "실제로", "이때",
	"곧", "동시에", "따로", "직접", "매년", "매일", "결국은", "당연히", "확실히",
	"분명히", "어차피", "괜히", "그나마", "일단", "우선",
	/* interjections, which stand before or after anything */
	"아니", "뭐", "에휴", "에혀", "아", "와", "헐", "야", "아이고",
};
