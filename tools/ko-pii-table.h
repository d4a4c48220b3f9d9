/* ko-pii-table.h - the data ko-pii matches against: kinds and their tags,
 * bank account layouts, card number prefixes, and the words that make a
 * weaker pattern count. Plain data, compiled in; the scanner in ko-pii.c
 * reads nothing else (the telephone numbering plan is in
 * common/contact_table.h, shared with ko-quality).
 *
 * Sources (facts only): the account number layouts the banks print on
 * passbooks and their web sites; ISO/IEC 7812 issuer prefixes; the Korean
 * driving licence layout (region code 11-28, then 2-6-2 digits) and the
 * passport layouts (a letter and 8 digits, or since 2021 a letter, 3
 * digits, a letter and 4 digits). */
#ifndef KO_PII_TABLE_H
#define KO_PII_TABLE_H

enum pii_kind {
	K_RRN, K_FRN, K_PHONE, K_EMAIL, K_CARD, K_ACCOUNT, K_IP, K_URL,
	K_PASSPORT, K_DRIVER, K_HANDLE, NKIND
};

/* Name (for --kinds, --tag and the annotation) and default tag. */
static const struct {
	const char *name, *tag;
} pii_kinds[NKIND] = {
	[K_RRN] = {"RRN", "<RRN>"},
	[K_FRN] = {"FRN", "<FRN>"},
	[K_PHONE] = {"PHONE", "<PHONE>"},
	[K_EMAIL] = {"EMAIL", "<EMAIL>"},
	[K_CARD] = {"CARD", "<CARD>"},
	[K_ACCOUNT] = {"ACCOUNT", "<ACCOUNT>"},
	[K_IP] = {"IP", "<IP>"},
	[K_URL] = {"URL", "<URL>"},
	[K_PASSPORT] = {"PASSPORT", "<PASSPORT>"},
	[K_DRIVER] = {"DRIVER", "<DRIVER>"},
	[K_HANDLE] = {"HANDLE", "<HANDLE>"},
};

/* Account layouts: digit group lengths joined by hyphens, 0-ended. A
 * layout here is taken without any bank word nearby; other hyphenated
 * numbers of 10 to 14 digits only after one (account_words). */
static const unsigned char account_layouts[][5] = {
	{6, 2, 6},    /* KB국민, 우체국 */
	{3, 3, 6},    /* 신한, 케이뱅크, 신협 */
	{4, 3, 6},    /* 우리 */
	{3, 6, 5},    /* 하나 */
	{3, 4, 4, 2}, /* NH농협, 부산 */
	{3, 6, 2, 3}, /* IBK기업 */
	{4, 2, 7},    /* 카카오뱅크 */
	{3, 2, 6},    /* SC제일, 수협 */
	{4, 2, 6, 1}, /* 새마을금고 */
	{3, 6, 3},    /* 씨티 */
	{3, 2, 6, 1}, /* 대구 */
	{6, 2, 7},    /* 우체국 (old) */
	{3, 6, 6},    /* 하나 (old) */
};

/* Words that make a number an account when they come shortly before it:
 * banking words (found inside compounds too: 계좌번호, 입금자) ... */
static const char *const account_words[] = {
	"계좌", "은행", "입금", "송금", "이체", "예금주", "뱅크", "account",
	NULL,
};

/* ... and bank names, found only as words: not after a Hangul syllable,
 * and followed by no syllable or by a particle (particle_starts) or one
 * of bank_suffixes, so 토스 is in 토스뱅크 and 토스로 but not in 토스트,
 * 국민 in 국민은행 but not in 국민연금. */
static const char *const bank_names[] = {
	"농협", "국민", "신한", "우리", "하나", "기업", "우체국", "새마을", "수협",
	"신협", "카카오", "토스", "SC제일", "씨티",
	NULL,
};

static const char *const bank_suffixes[] = {
	"은행", "뱅크", "페이", "계좌", "통장", "예금", "저축", "금고", "중앙회", "증권",
	NULL,
};

/* Words that make a number no account when they are nearer before it
 * than any account word or bank name: a parcel's tracking number and the
 * other numbers an order or a booking is known by. */
static const char *const not_account_words[] = {
	"운송장", "송장", "택배", "배송", "등기번호", "주문번호", "접수번호", "예약번호",
	"조회번호", "고객번호", "회원번호", "사업자", "tracking",
	NULL,
};

/* The first syllables of the particles and endings that may follow a
 * number glued to it (계좌 110-123-456789로, 주소는 175.223.10.21입니다):
 * any other syllable glued on makes the number part of another word (an
 * amount: 1234567890원; a section: 3.2.1.4절). 만 is left out: 1234만 is
 * an amount far more often than "only 1234". */
static const char *const particle_starts[] = {
	"이", "가", "은", "는", "을", "를", "의", "에", "로", "으", "와", "과", "도",
	"까", "부", "인", "입", "라", "란", "랑", "나", "처", "보", "께", "야",
	"요", "며", "면", "씩", "쯤", "서", "뿐", "밖",
	NULL,
};

/* Units that make a number an amount when they follow it after a space
 * (1234567890 원). */
static const char *const amount_units[] = {
	"원", "만원", "억원", "달러", "엔", "위안", "유로",
	NULL,
};

/* Words that make YYMMDD-NNNNNNN something else: corporate registration
 * numbers have the same layout, and their first six digits are often a
 * valid date. */
static const char *const rrn_not_words[] = {
	"법인", "등기",
	NULL,
};

/* Words that make a letter and digits a passport number. */
static const char *const passport_words[] = {
	"여권", "passport", "Passport", "PASSPORT",
	NULL,
};

/* Words that make 2-6-2 digits a driving licence number. */
static const char *const driver_words[] = {
	"면허", "license", "licence", "License", "Licence",
	NULL,
};

/* Region names written before the 2-6-2 digits on older licences. */
static const char *const driver_regions[] = {
	"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북",
	"경남", "제주", "대구", "인천", "광주", "대전", "울산", "세종",
	NULL,
};

/* Words before a dotted quad that make it a version number, not an
 * address. */
static const char *const version_words[] = {
	"버전", "version", "Version", "ver", "Ver", "v", "V",
	NULL,
};

/* Words before a dotted quad (after a space or none) that make it the
 * number of a section, a table or a figure: 표 2.3.1.5, 규격 4.1.2.3. */
static const char *const section_words[] = {
	"표", "그림", "도표", "규격", "절", "항", "조", "장", "단계", "섹션", "부록", "챕터",
	"section", "Section", "Table", "table", "Figure", "figure", "Fig.", "chapter",
	"Chapter", "clause", "Clause", "§",
	NULL,
};

/* Syllables glued to a dotted quad that make it a section number
 * (3.2.1.4절에서, 4.1.2.3항); any other syllable glued on is a particle or
 * an ending (121.134.56.78님, 121.134.56.78한테), the quad still an address. */
static const char *const section_glued[] = {
	"절", "항", "조", "장", "편",
	NULL,
};

/* Words after a dotted quad and a space that make it a section number:
 * 규격 4.1.2.3 항목 (a word of its own, or with a particle). */
static const char *const section_after_words[] = {
	"절", "항", "조", "장", "편", "관", "호", "목", "항목", "단계", "조항", "참조",
	NULL,
};

/* Words near a dotted quad that say it is an address: with one of them
 * even a quad of single digits is taken (without, 3.2.1.4 is a section
 * or a version far more often). */
static const char *const ip_words[] = {
	"IP", "ip", "아이피", "주소", "서버", "접속", "호스트", "DNS", "dns", "게이트웨이",
	"공유기", "라우터", "넷마스크", "서브넷", "address", "host", "server", "ping",
	NULL,
};

/* How far back (bytes) a context word may be: about ten Hangul syllables. */
#define CONTEXT_BYTES 32

/* Issuer prefixes of payment cards (ISO/IEC 7812): the leading digits and
 * the lengths they are issued in. */
static const struct {
	const char *prefix;
	unsigned char len1, len2;
} card_prefixes[] = {
	{"4", 16, 16},    /* Visa */
	{"51", 16, 16}, {"52", 16, 16}, {"53", 16, 16}, {"54", 16, 16}, {"55", 16, 16},
	{"22", 16, 16}, {"23", 16, 16}, {"24", 16, 16}, {"25", 16, 16}, {"26", 16, 16},
	{"27", 16, 16},   /* Mastercard 2221-2720 */
	{"34", 15, 15}, {"37", 15, 15}, /* American Express */
	{"35", 16, 16},   /* JCB */
	{"36", 14, 14}, {"30", 14, 14}, {"38", 14, 14}, /* Diners */
	{"6011", 16, 16}, {"64", 16, 16}, {"65", 16, 16}, /* Discover */
	{"62", 16, 16},   /* UnionPay */
	{"94", 16, 16},   /* BC and other domestic cards */
	{NULL, 0, 0},
};

/* E-mail providers: "kim07 at naver.com", with a plain " at " for the @
 * (and an ID that is no English word, weak_at_words), is taken only at one of these or with
 * its dots spelt ("naver dot com"), so that English prose ("sign up at
 * gmail.com") is not an address.
 * Compared with the first label of the domain, without case. */
static const char *const mail_providers[] = {
	"naver", "gmail", "daum", "hanmail", "kakao", "nate", "hotmail", "outlook",
	"yahoo", "icloud", "korea", "empas", "dreamwiz", "paran", "hanmir", "chol",
	"live", "msn", "me", "protonmail", "proton",
	NULL,
};

/* Mail providers' names in Hangul, for an address written wholly to slip
 * past a filter (kim07 골뱅이 네이버 닷컴): after a spelt or plain @, the
 * name and a top-level domain spelt (닷컴, 쩜 넷, . com), or the name
 * alone where it can only be the provider (kim07 골뱅이 네이버로): not
 * 다음 (next) or 구글 (the company, its mail is 지메일). */
static const struct {
	const char *name;
	int alone;
} mail_providers_hangul[] = {
	{"네이버", 1}, {"지메일", 1}, {"한메일", 1}, {"네이트", 1}, {"카카오", 1}, {"핫메일", 1},
	{"야후", 1}, {"아웃룩", 1}, {"다음", 0}, {"구글", 0}, {NULL, 0},
};

/* Top-level domains spelt in Hangul after a dot (닷컴, 쩜 넷, 닷 오알지,
 * 닷 케이알; 한국 is itself one, 정부.한국), and the second levels before
 * 케이알 (씨오 닷 케이알 for .co.kr). */
static const char *const tld_hangul[] = {
	"컴", "넷", "오알지", "케이알", "한국", NULL,
};
static const char *const tld_hangul_second[] = {
	"씨오", "오알", "에이씨", "고", "엔이", NULL,
};

/* The shortest ID a provider gives (Naver 5 to 20 characters, Gmail 6 to
 * 30, by their sign-up pages): before a plain " at " a shorter word is no
 * ID there but a service's name or prose ("map at naver.com" for
 * map.naver.com). */
static const struct {
	const char *name;
	size_t min;
} mail_id_min[] = {
	{"naver", 5}, {"gmail", 6}, {NULL, 0},
};

/* English words that an ID of letters alone before a plain " at " is
 * not, even after Korean: English quoted in Korean prose ("영어로는 look
 * at naver.com", "《live at yahoo.com》"). */
static const char *const weak_at_words[] = {
	"me", "us", "him", "her", "them", "you", "it", "up", "in", "on", "out", "here",
	"there", "now", "live", "online", "home", "work", "jobs", "news", "look", "go",
	"see", "visit", "click", "check", "find", "shop", "stay", "meet", "log", "sign",
	NULL,
};

/* Messengers and social sites whose name before an ID makes it a handle
 * (카톡 아이디 kim_0412, 인스타 @kim.dev): found as words only, not after
 * a syllable (온라인 is no 라인). Hangul names with any ID; the names
 * written in ASCII before an @handle only (Instagram @kim), as an English
 * word before a word is no cue. handle_last lists the last syllables of
 * these, of handle_id_words and of the particles handle_cue takes, for a
 * quick test before the lists are compared. */
static const char *const handle_cues[] = {
	"카톡", "카카오톡", "카카오", "텔레그램", "텔레", "인스타그램", "인스타", "트위터",
	"페이스북", "페북", "디스코드", "디코", "위챗", "스냅챗", "틱톡", "유튜브", "라인",
	"배틀넷", "배틀태그", "스팀", "라이엇", "네이버", "네이트", "구글", "롤",
	NULL,
};

/* Of handle_cues, the names that count only with a word for the ID after
 * them (네이버 아이디 kim_0415, 롤 아이디 faker_07) or before an @handle:
 * a production line, a portal's or a game's name before a word is most
 * often no ID's. */
static const char *const handle_word_cues[] = {
	"라인", "네이버", "네이트", "구글", "롤", "스팀", "라이엇",
	NULL,
};

static const char *const handle_ascii_cues[] = {
	"kakaotalk", "kakao", "telegram", "instagram", "insta", "discord", "wechat",
	"twitter", "tiktok", "youtube", "threads",
	NULL,
};

/* Words for the ID itself between the name and it (카톡 아이디는 kim), of
 * two or three syllables. */
static const char *const handle_id_words[] = {
	"아이디", "계정", "채널",
	NULL,
};

/* Words for a nickname before a gamer name in Hangul with its tag
 * (닉네임 홍길동#1234; hangul_tags). */
static const char *const handle_nick_words[] = {
	"닉네임", "닉넴", "닉", "배틀태그", "태그", "친추", NULL,
};

/* Words for "my" before 아이디 or 계정 with no site's name (제 아이디
 * haru_85 비번은, 내계정 kim_07 해킹). */
static const char *const handle_my[] = {
	"제", "내", "나의", "저의", "본인",
	NULL,
};

/* Nouns of an account that may follow an ID after a word for the ID
 * (계정 kim_07 비밀번호, 아이디 kim_07 로그인 기록), matched as the start
 * of a word: the ID is the account's, where another noun (계정 covid19
 * 관련 글) makes it a topic's name. */
static const char *const handle_account_nouns[] = {
	"비밀", "비번", "패스워드", "로그인", "프로필", "해킹", "정지", "차단", "복구", "탈퇴",
	"도용", "인증", "닉네임", "주인",
	NULL,
};

/* What closes the phrase of an ID named without @ or a word for the ID
 * (카톡 kim_0412 추가, 인스타 계정은 minji_07 이에요): a particle or the
 * copula, or a word of adding, following or contacting. An ID that runs
 * on into a noun (페이스북 계정 covid19 관련 글) or takes an object
 * (트위터 api_v2 를 쓰면) is a topic named after the site, not an ID.
 * The particles of one syllable count as a word alone (로그인 is no
 * 로); the others as the start of a word. */
static const char *const handle_close1[] = {
	"로", "은", "는", "이", "가", "도", "요", "임", "랑", "에", "와", "과", "만", "의",
	NULL,
};
static const char *const handle_close[] = {
	"으로", "이에", "에요", "예요", "입니", "이고", "이야", "이다", "이라", "인데", "이며",
	"이니", "이구", "이랑", "추가", "친추", "팔로", "맞팔", "구독", "검색", "연락", "디엠",
	"쪽지", "문의", "에서", "에게", "한테",
	NULL,
};

static const uint32_t handle_last[] = {
	0xD1A1, /* 톡 */ 0xC624, /* 오 */ 0xB7A8, /* 램 */ 0xB808, /* 레 */ 0xD0C0, /* 타 */
	0xD130, /* 터 */ 0xBD81, /* 북 */ 0xB4DC, /* 드 */ 0xCF54, /* 코 */ 0xCC57, /* 챗 */
	0xBE0C, /* 브 */ 0xC778, /* 인 */ 0xB514, /* 디 */ 0xC815, /* 정 */ 0xC740, /* 은 */
	0xB294, /* 는 */ 0xB110, /* 널 */ 0xC11C, /* 서 */ 0xC0C9, /* 색 */ 0xB137, /* 넷 */
	0xADF8, /* 그 */
};

/* URLs: a URL is masked only when it carries someone's data (ko-pii(1),
 * URL). Sites where the first part of the path (after an optional m.,
 * www. or mobile. of the host) names a person: a blog, a profile, an open
 * chat room, a payment link. A host matches itself only, not its other
 * subdomains. */
static const char *const url_profile_hosts[] = {
	"blog.naver.com", "blog.daum.net", "story.kakao.com", "open.kakao.com",
	"twitter.com", "x.com", "instagram.com", "facebook.com", "threads.net",
	"tiktok.com", "linkedin.com", "toss.me", "band.us", "pinterest.com",
	"afreecatv.com", "bj.afreecatv.com", "twitch.tv",
	NULL,
};

/* Code hosts where a path of one part is an account's page
 * (github.com/kim) but a longer one is mostly a project's
 * (github.com/org/tool), left as it is. */
static const char *const url_account_hosts[] = {
	"github.com", "gitlab.com", "bitbucket.org",
	NULL,
};

/* Hosts whose subdomains are people's pages (kim.tistory.com). */
static const char *const url_user_domains[] = {
	"tistory.com", "blog.me", "egloos.com", "blogspot.com", "github.io",
	"wordpress.com", "tumblr.com", "neocities.org",
	NULL,
};

/* Query parameters (compared without case) whose value is about a
 * person: an address, a name, a login, a session or an access token.
 * A bare "id" or "sid" is left out: they name articles, pages and news
 * sections far more often. */
static const char *const url_personal_params[] = {
	"email", "e-mail", "mail", "phone", "tel", "mobile", "hp", "cellphone",
	"name", "username", "user", "userid", "user_id", "uid", "memberid", "member_id",
	"memberno", "member_no", "userno", "user_no", "blogid",
	"mem_id", "login", "loginid", "login_id", "nick", "nickname", "birth", "birthday",
	"addr", "address", "ssn", "jumin", "token", "access_token", "auth", "authkey",
	"auth_key", "session", "sessionid", "session_id", "phpsessid", "jsessionid",
	"password", "passwd", "pwd", "pw", "apikey", "api_key", "secret",
	NULL,
};

/* A run of letters and digits at least this long, with two each of upper
 * and lower case letters and digits, is a random token (a shared
 * document, a reset link, a session): a URL holding one is masked. */
#define URL_TOKEN_MIN 16

#endif

/* IP addresses that identify no person, left as they are unless --all-ips:
 * networks that are not on the Internet (RFC 1918 private, loopback, link
 * local, carrier-grade NAT, benchmarking: RFC 6890), the documentation
 * ranges (RFC 5737, RFC 3849), multicast and reserved space, and the
 * public DNS resolvers that manuals and articles quote. A network block
 * written with its prefix length (211.234.0.0/16) is no one's address
 * either. */
static const struct {
	uint32_t net;
	int bits;
} ipv4_not_personal[] = {
	{0x00000000, 8}, /* 0.0.0.0/8 this network */
	{0x0A000000, 8}, /* 10.0.0.0/8 private */
	{0x64400000, 10}, /* 100.64.0.0/10 carrier-grade NAT */
	{0x7F000000, 8}, /* 127.0.0.0/8 loopback */
	{0xA9FE0000, 16}, /* 169.254.0.0/16 link local */
	{0xAC100000, 12}, /* 172.16.0.0/12 private */
	{0xC0000000, 24}, /* 192.0.0.0/24 protocol assignments */
	{0xC0000200, 24}, /* 192.0.2.0/24 documentation */
	{0xC0A80000, 16}, /* 192.168.0.0/16 private */
	{0xC6120000, 15}, /* 198.18.0.0/15 benchmarking */
	{0xC6336400, 24}, /* 198.51.100.0/24 documentation */
	{0xCB007100, 24}, /* 203.0.113.0/24 documentation */
	{0xE0000000, 3}, /* 224.0.0.0/3 multicast, reserved, netmasks, broadcast */
	{0x08080808, 32}, /* 8.8.8.8/32 Google DNS */
	{0x08080404, 32}, /* 8.8.4.4/32 Google DNS */
	{0x01010101, 32}, /* 1.1.1.1/32 Cloudflare DNS */
	{0x01000001, 32}, /* 1.0.0.1/32 Cloudflare DNS */
	{0x09090909, 32}, /* 9.9.9.9/32 Quad9 */
	{0x95707070, 32}, /* 149.112.112.112/32 Quad9 */
	{0xD043DEDE, 32}, /* 208.67.222.222/32 OpenDNS */
	{0xD043DCDC, 32}, /* 208.67.220.220/32 OpenDNS */
	{0xA87E3F01, 32}, /* 168.126.63.1/32 KT DNS */
	{0xA87E3F02, 32}, /* 168.126.63.2/32 KT DNS */
	{0xA47C6502, 32}, /* 164.124.101.2/32 LG U+ DNS */
	{0xA47C6B09, 32}, /* 164.124.107.9/32 LG U+ DNS */
	{0xD2DCA352, 32}, /* 210.220.163.82/32 SK Broadband DNS */
	{0xDBFA2482, 32}, /* 219.250.36.130/32 SK Broadband DNS */
};

/* The same for IPv6, as eight groups and a prefix length (an IPv4 address
 * mapped into IPv6, ::ffff:a.b.c.d, is judged as IPv4). */
static const struct {
	uint16_t g[8];
	int bits;
} ipv6_not_personal[] = {
	{{0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0}, 127}, /* ::/127 unspecified and loopback */
	{{0xFE80, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0}, 10}, /* fe80::/10 link local */
	{{0xFC00, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0}, 7}, /* fc00::/7 unique local */
	{{0x2001, 0xDB8, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0}, 32}, /* 2001:db8::/32 documentation */
	{{0xFF00, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0}, 8}, /* ff00::/8 multicast */
	{{0x2001, 0x4860, 0x4860, 0x0, 0x0, 0x0, 0x0, 0x8888}, 128}, /* 2001:4860:4860::8888/128 Google DNS */
	{{0x2001, 0x4860, 0x4860, 0x0, 0x0, 0x0, 0x0, 0x8844}, 128}, /* 2001:4860:4860::8844/128 Google DNS */
	{{0x2606, 0x4700, 0x4700, 0x0, 0x0, 0x0, 0x0, 0x1111}, 128}, /* 2606:4700:4700::1111/128 Cloudflare DNS */
	{{0x2606, 0x4700, 0x4700, 0x0, 0x0, 0x0, 0x0, 0x1001}, 128}, /* 2606:4700:4700::1001/128 Cloudflare DNS */
	{{0x2620, 0xFE, 0x0, 0x0, 0x0, 0x0, 0x0, 0xFE}, 128}, /* 2620:fe::fe/128 Quad9 */
	{{0x2620, 0xFE, 0x0, 0x0, 0x0, 0x0, 0x0, 0x9}, 128}, /* 2620:fe::9/128 Quad9 */
};
