/* spam_table.h - the words of the spam rule (spam.c), as data. */
#ifndef KO_SPAM_TABLE_H
#define KO_SPAM_TABLE_H

/* The spam rule: a call to action, an eojeol that asks the reader to do
 * something (읽어 보세요, 동의해 주세요, 방문하십시오, 참여 바랍니다,
 * 클릭), in one field with a pointer to a place outside the text: a URL or
 * a domain, a path under a named place (네이버 카페/검은 우산/), an id
 * after one (카톡 abc123), an @handle, a telephone number; or a call to
 * search (검색해 보세요: the search engine is the place). Either alone is
 * ordinary: comments tell each other to look (잘 보세요), articles cite
 * their sources, notices give a number; together they send the reader
 * elsewhere, which training text does not need.
 *
 * The endings of a call to action, each with the syllables that may come
 * before it (NULL: any): -세요 of 보다, 오다, 가다, 주다, 하다 (들어와 보세요,
 * 가입하세요) and not of the others (어디 사세요, 마세요: a prohibition
 * sends no one anywhere); the formal -십시오; the slangy -셈 and ㄱㄱ;
 * requests with 바랍니다 and 부탁. A word that ends with one ends there:
 * the next character is no letter or digit. A question (보세요?) asks,
 * it does not send. */
static const struct {
	const char *end;
	const char *before; /* the syllables allowed before it, or NULL */
	int whole;          /* the ending is the whole word (고고, not 최고고) */
} cta_endings[] = {
	{"세요", "보오가주하와", 0},
	{"십시오", NULL, 0},
	{"십시요", NULL, 0},
	{"십쇼", NULL, 0},
	{"셈", "보하주", 0},
	{"바랍니다", NULL, 0},
	{"부탁드립니다", NULL, 0},
	{"부탁드려요", NULL, 0},
	{"부탁합니다", NULL, 0},
	{"부탁해요", NULL, 0},
	{"클릭", NULL, 0},
	{"고고", NULL, 1},
	{"ㄱㄱ", NULL, 0},
};
#define NCTA (sizeof cta_endings / sizeof cta_endings[0])

/* Words that end as a call to action but are greetings and wishes: they
 * ask the reader to go nowhere. */
static const char *const cta_wishes[] = {
	"안녕하세요", "건강하세요", "행복하세요", "수고하세요", "조심하세요", "안녕히 가세요",
	"안녕하십시오", "건강하십시오", "행복하십시오",
};

/* The places outside a text that a path (카페/…) or an id (카톡 abc123,
 * 아이디: abc123) may follow. Not 밴드, which in prose is a band that
 * plays (밴드 Journey): Naver's service goes with 네이버 or a URL. */
static const char *const spam_places[] = {
	"카페", "블로그", "유튜브", "유투브", "카톡", "카카오톡", "오픈채팅", "오픈톡", "텔레그램",
	"인스타", "인스타그램", "트위터", "페이스북", "홈페이지", "사이트", "채널", "아이디",
	"ID", "id",
};

/* Top-level domains that make word.TLD a domain (bit.ly, abc.kr). */
static const char *const spam_tlds[] = {
	"com", "net", "org", "kr", "co", "me", "io", "ly", "gl", "tv", "site", "info", "biz", "xyz",
	"to", "ga", "app", "shop", "link",
};

/* Words that, near a telephone number, ask the reader to call it. */
static const char *const phone_calls[] = {"문의", "상담", "예약", "주문"};

/* The syllables that may follow 검색 in a call to search (검색해, 검색하고,
 * 검색 좀, 검색이나, 검색을, 검색 한번, 검색부탁): not 검색어 (a search
 * term: 검색어 내려 주세요 asks a site to act), 검색창, 검색량, 검색결과. */
static const char search_next[] = "해하좀이을고한부요";

#endif
