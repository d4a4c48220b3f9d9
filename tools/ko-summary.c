/* ko-summary - summary, title+summary, expansion and title+category tasks
 * from records that carry a document and its summary, title or category.
 * A record whose text, or a field its task uses, carries markup (a tag, an
 * entity, a wiki link: markup.h) is rejected with the kind as the reason;
 * ko-norm --html before it removes what HTML leaves. */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "ko.h"

enum { T_SUMMARY, T_TITLE_SUMMARY, T_EXPAND, T_TITLE_CATEGORY, T_TITLE, NTASK };

static const struct ko_task tasks[NTASK] = {
	{"summary", NULL, "text title summary category", "{text}", "{summary}"},
	{"title-summary", NULL, "text title summary category", "{text}",
	 "제목: {title}\n요약: {summary}"},
	{"expand", NULL, "text title summary category", "제목: {title}\n요약: {summary}", "{text}"},
	{"title-category", NULL, "text title summary category", "제목: {title}\n분류: {category}",
	 "{text}"},
	{"title", NULL, "text title summary category", "{text}", "{title}"},
};

/* Fields each task needs besides the text, as bits of F_*. */
enum { F_TITLE = 1, F_SUMMARY = 2, F_CATEGORY = 4 };
static const int needs[NTASK] = {F_SUMMARY, F_TITLE | F_SUMMARY, F_TITLE | F_SUMMARY,
                                 F_TITLE | F_CATEGORY, F_TITLE};

/* The fields of each task that may hold no word its source hid, as bits
 * 1 << i of the fields read (text, title, summary, category): every field
 * it uses but a text that is only its input. An answer with one teaches a
 * model to write the stars; an input with one, to an answer that names
 * the word, to make up what was hidden (요약: 김** 씨가 ... for a text that
 * names him). A summary of a text with one need not repeat it. */
static const int unhidden[NTASK] = {4, 2 | 4, 1 | 2 | 4, 1 | 2 | 8, 2};

struct conf {
	double weight[NTASK];
	const char *summary_field, *title_field, *category_field;
	struct ko_gen gen;
	/* records that lack a field of every --task: every record read
	 * (none passed on as a task, none bad) is a wrong field name, not
	 * data */
	size_t nofield;
	/* the hash of the last record's fields (text, title, summary,
	 * category), once have_last is set */
	uint64_t last;
	int have_last;
	const char *last_why; /* why it made no task (NULL: it made one) */
	int last_nofield;     /* whether it lacked the fields of every task */
};

enum { OPT_TASK = 0x100, OPT_SUMMARY, OPT_TITLE, OPT_CATEGORY };

static const struct option longopts[] = {
	{"task", required_argument, NULL, OPT_TASK},
	{"summary-field", required_argument, NULL, OPT_SUMMARY},
	{"title-field", required_argument, NULL, OPT_TITLE},
	{"category-field", required_argument, NULL, OPT_CATEGORY},
	KO_TASK_LONGOPTS,
	{0},
};

/* --task NAME[:WEIGHT][,NAME[:WEIGHT]]... */
static void parse_tasks(double *weight, const char *arg)
{
	memset(weight, 0, NTASK * sizeof *weight);
	const char *p = arg;
	while (*p) {
		size_t k = strcspn(p, ",");
		size_t nk = strcspn(p, ":,");
		double w = 1;
		if (nk < k) {
			char *e;
			errno = 0;
			w = strtod(p + nk + 1, &e);
			if (errno || e != p + k || e == p + nk + 1 || !(w > 0 && w < 1e9))
				ko_usage("--task: bad weight in '%s'", arg);
		}
		int t = -1;
		for (int i = 0; i < NTASK; i++)
			if (strlen(tasks[i].name) == nk && !memcmp(tasks[i].name, p, nk))
				t = i;
		if (t >= 0)
			weight[t] += w;
		else
			ko_usage("--task: unknown task '%.*s' (summary, title-summary, "
			         "expand, title-category or title)", (int)nk, p);
		p += k;
		if (*p == ',')
			p++;
	}
	double sum = 0;
	for (int i = 0; i < NTASK; i++)
		sum += weight[i];
	if (sum <= 0)
		ko_usage("--task: no task in '%s'", arg);
}

static void option(struct conf *c, int code, const char *arg)
{
	switch (code) {
	case OPT_TASK: parse_tasks(c->weight, arg); break;
	case OPT_SUMMARY: c->summary_field = arg; break;
	case OPT_TITLE: c->title_field = arg; break;
	case OPT_CATEGORY: c->category_field = arg; break;
	default:
		if (ko_task_option(&c->gen, code, arg) < 0)
			ko_usage("%s", c->gen.err);
	}
}

/* 1 if p holds nothing but white space (ko_is_space: a field of
 * ideographic spaces is as empty as one of blanks). */
static int blank(const char *p, size_t n)
{
	for (size_t i = 0, l; i < n; i += l)
		if (!(l = ko_space_len(p + i, n - i)))
			return 0;
	return 1;
}

/* The kind of the first markup item of p[0..n), 0 if none. A label (a
 * title or a category) may well be 경제:부동산: a namespace prefix is not
 * markup there. */
static int markup(const char *p, size_t n, int label)
{
	size_t at, len, i = 0;
	int k;
	while ((k = ko_markup_find(p + i, n - i, &at, &len)) == KO_MARKUP_NAMESPACE && label)
		i += at + len;
	return k;
}

/* Whether c is a letter or a digit (the title's words are compared by
 * these; brackets, quotation marks and commas around them are not). */
static int alnum(uint32_t c)
{
	int cat = ko_category(c);
	return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
	       cat == UTF8PROC_CATEGORY_ND;
}

/* 1 if the title t shares two letters in a row with the document d (a
 * word of it, or a part of one: 뒷산 in 동네 뒷산 다녀옴), or one letter
 * when it has no two in a row: a title the text never mentions (약속
 * 장소 over 나 지금 도착함) cannot be learnt from it. */
static int grounded(const char *t, size_t nt, const char *d, size_t nd)
{
	size_t i = 0, prev = 0;
	int have = 0, pairs = 0, one = 0; /* have: the character at prev is a letter */
	while (i < nt) {
		uint32_t c;
		int l = ko_utf8_decode(t + i, nt - i, &c);
		if (l < 0)
			l = 1, c = 0xFFFD;
		int letter = alnum(c);
		if (letter && have) {
			pairs = 1;
			if (memmem(d, nd, t + prev, i + (size_t)l - prev))
				return 1;
		}
		/* a title of one-letter words (물, 3 D) is in the text if one
		 * of its letters is */
		if (letter && !one && memmem(d, nd, t + i, (size_t)l))
			one = 1;
		have = letter, prev = i;
		i += (size_t)l;
	}
	return !pairs && one;
}

/* The length of w[0..n) if it is all the copula after a name: 이, or
 * nothing after a vowel, and an ending (한국이다, 한국이며, 서울이었던,
 * 바다였고, 바다라는); 0 if not. Endings that also begin words (고, 자,
 * 나: 한국고, 서울자동차) count only after 이. */
static int copula_only(const char *w, size_t n)
{
	static const char *const bare[] = {"다", "며", "란", "라는", "라고", "라면", "던"};
	static const char *const after_i[] = {"고", "자", "나", "지만", "므로"};
	static const char *const past[] = {"다", "던", "고", "으며", "지만", "으나", "는데"};
	int i = n >= 3 && !memcmp(w, "이", 3);
	size_t k = i ? 3 : 0;
	const char *const *end = bare;
	size_t nend = sizeof bare / sizeof *bare;
	if (n - k >= 3 && !memcmp(w + k, i ? "었" : "였", 3)) /* 이었, or 였 after a vowel */
		k += 3, end = past, nend = sizeof past / sizeof *past;
	for (size_t j = 0; j < nend; j++)
		if (n - k == strlen(end[j]) && !memcmp(w + k, end[j], n - k))
			return 1;
	if (i && end == bare)
		for (size_t j = 0; j < sizeof after_i / sizeof *after_i; j++)
			if (n - k == strlen(after_i[j]) && !memcmp(w + k, after_i[j], n - k))
				return 1;
	return 0;
}

/* Whether the rest of a word, w[0..n) (up to a blank or punctuation), is
 * particles or the copula after a name (한국은, 한국에서는, 한국이다,
 * 서울이었던) and not more of a longer word (한국어는, 한국인): one
 * particle, then at most one of 는 도 의 만 after it; or the copula. */
static int particles_only(const char *w, size_t n)
{
	static const char *const first[] = {
		"으로부터", "에게서", "으로서", "으로써", "으로", "에서", "에게", "까지", "부터",
		"처럼", "보다", "와", "과", "은", "는", "이", "가", "을", "를", "의", "에", "로",
		"도", "만"};
	static const char *const second[] = {"는", "도", "의", "만", "은"};
	if (copula_only(w, n))
		return 1;
	for (size_t k = 0; k < sizeof first / sizeof *first; k++) {
		size_t l = strlen(first[k]);
		if (l > n || memcmp(w, first[k], l))
			continue;
		if (l == n)
			return 1;
		for (size_t j = 0; j < sizeof second / sizeof *second; j++)
			if (n - l == strlen(second[j]) && !memcmp(w + l, second[j], n - l))
				return 1;
	}
	return 0;
}

/* Whether syllables x and y may be two spellings of one sound in a
 * transcribed name: one part differs, and by a pair that spells alike
 * (하인스/하인즈, 루시아노/루치아노, 제이콥/제이곱: ㅅㅈㅊ, ㄱㅋ, ㄷㅌ, ㅂㅍ;
 * 에런/애런, 휘테커/휘태커, 테테위/테테이: ㅔㅐ, ㅖㅒ, ㅚㅙㅞ, ㅟㅣ;
 * 스티브/스티븐: a final ㄴ). Words of the language differ otherwise
 * (영화/영하, 경제/경주, 한국어/한국인 are not alike). */
static int alike(uint32_t x, uint32_t y)
{
	/* a group number per initial (19) and per vowel (21); 0: alone */
	static const unsigned char lg[19] = {1, 1, 0, 2, 2, 0, 0, 3, 3, 4, 4, 0, 4, 4, 4, 1, 2, 3, 0};
	static const unsigned char vg[21] = {0, 1, 0, 2, 0, 1, 0, 2, 0, 0, 3, 3, 0, 0, 0, 3, 4, 0, 0, 0, 4};
	int lx, vx, tx, ly, vy, ty;
	if (ko_hangul_split(x, &lx, &vx, &tx) < 0 || ko_hangul_split(y, &ly, &vy, &ty) < 0)
		return 0;
	int dl = lx != ly, dv = vx != vy, dt = tx != ty;
	if (dl + dv + dt != 1)
		return 0;
	if (dl)
		return lg[lx] && lg[lx] == lg[ly];
	if (dv)
		return vg[vx] && vg[vx] == vg[vy];
	return (tx == 0 && ty == 4) || (tx == 4 && ty == 0); /* ㄴ */
}

/* The syllables of a word w[0..n) of Hangul alone, at most 16, into s;
 * their number, or 0 when the word has anything else or is longer. */
static size_t syllables(const char *w, size_t n, uint32_t s[16])
{
	size_t k = 0;
	for (size_t i = 0; i < n; i += 3) {
		if (k == 16 || ko_utf8_decode(w + i, n - i, &s[k]) != 3 || !ko_is_hangul_syllable(s[k]))
			return 0;
		k++;
	}
	return k;
}

/* The next place of d[0..nd) from *i where a word of Hangul starts (a
 * syllable after anything else) with room for k syllables, into *start;
 * 0 when there is none. Begin with *i = 0 and *h = 0 (whether the last
 * character read was a syllable). */
static int next_word_start(const char *d, size_t nd, size_t k, size_t *i, int *h, size_t *start)
{
	while (*i + 3 * k <= nd) {
		uint32_t c;
		size_t at = *i;
		int m = ko_utf8_decode(d + at, nd - at, &c);
		*i += m > 0 ? (size_t)m : 1;
		int prev = *h;
		*h = m == 3 && ko_is_hangul_syllable(c);
		if (*h && !prev) {
			*start = at;
			return 1;
		}
	}
	return 0;
}

/* How the k syllables of d from i differ from w[0..k): the sum of
 * cost(syllable, w[j], j, k) over those that differ, up to 2 (2 also
 * when fewer than k syllables follow); *at the last that differs. */
static size_t syllables_diff(const char *d, size_t nd, size_t i, const uint32_t *w, size_t k,
                             size_t (*cost)(uint32_t, uint32_t, size_t, size_t), size_t *at)
{
	size_t diff = 0, j;
	uint32_t c;
	*at = 0;
	for (j = 0; j < k && diff < 2; j++) {
		if (ko_utf8_decode(d + i + 3 * j, nd - i - 3 * j, &c) != 3 || !ko_is_hangul_syllable(c))
			return 2;
		if (c != w[j])
			diff += cost(c, w[j], j, k), *at = j;
	}
	return j < k ? 2 : diff;
}

static size_t alike_cost(uint32_t a, uint32_t b, size_t j, size_t k)
{
	(void)j, (void)k;
	return alike(a, b) ? 1 : 2;
}

/* 1 if a word of the title (Hangul, two syllables or more) is not in the
 * text but a word starting there spells it with one syllable that sounds
 * alike changed (그레고리 하인스 for 하인즈, 에런 for 애런): the title
 * then names the subject otherwise than the text, and a model learns to
 * respell names against its context. */
static int respelled(const char *t, size_t nt, const char *d, size_t nd)
{
	for (size_t b = 0; b < nt;) {
		size_t e = b;
		while (e < nt && t[e] != ' ')
			e++;
		uint32_t w[16];
		size_t k = syllables(t + b, e - b, w);
		if (k >= 2 && !memmem(d, nd, t + b, e - b)) {
			/* every place in the text where a word of Hangul starts */
			size_t pos = 0, i, at;
			int h = 0;
			while (next_word_start(d, nd, k, &pos, &h, &i)) {
				uint32_t c;
				if (syllables_diff(d, nd, i, w, k, alike_cost, &at) != 1)
					continue;
				/* a name ends there, or particles follow it (애런은), and
				 * what differs is not the particle (미국의, 미국은) nor
				 * an ending (이어져, 이어졌다) */
				size_t r = i + 3 * k, re = r;
				while (re + 3 <= nd && ko_utf8_decode(d + re, nd - re, &c) == 3 &&
				       ko_is_hangul_syllable(c))
					re += 3;
				if ((re == r || (particles_only(d + r, re - r) && memcmp(d + r, "다", 3))) &&
				    !(at == k - 1 && particles_only(t + e - 3, 3)))
					return 1;
			}
		}
		b = e + 1;
	}
	return 0;
}

/* Whether w[0..n) occurs in d[0..nd), Latin letters compared without
 * case (iPhone in a text that says iphone) and a blank of the text passed
 * over (솔바람공원 in 솔바람 공원은, as opens_with does). */
static int occurs(const char *d, size_t nd, const char *w, size_t n)
{
	if (!n)
		return 1;
	unsigned char f = (unsigned char)w[0];
	int fold = (f | 0x20) >= 'a' && (f | 0x20) <= 'z';
	for (size_t i = 0; i < nd; i++) {
		unsigned char a = (unsigned char)d[i];
		if (a != f && !(fold && (a | 0x20) == (f | 0x20)))
			continue;
		size_t j = 1, k = i + 1;
		for (; j < n && k < nd; j++, k++) {
			while (k + 1 < nd && d[k] == ' ' && d[k - 1] != ' ')
				k++;
			unsigned char x = (unsigned char)d[k], y = (unsigned char)w[j];
			if (x != y && !((y | 0x20) >= 'a' && (y | 0x20) <= 'z' && (x | 0x20) == (y | 0x20)))
				break;
		}
		if (j == n)
			return 1;
	}
	return 0;
}

/* 1 if a word of the title t, two letters or digits or more once the
 * punctuation at its ends is left out, is not in the text d: what a reader
 * of the text cannot give (도브로미르 for a text that says 도브르미르,
 * 베가스 for 베이거스, the naming convention 대한민국의 금융위원회 위원장 for
 * a text about 금융위원회 위원장, 한국프로농구 2005-06 for 2005~2006 KCC
 * 프로농구, a first name the section never uses). A word of one syllable
 * (및, 의, 제) may be a particle or a joint a title adds. */
static int unsaid(const char *t, size_t nt, const char *d, size_t nd)
{
	for (size_t b = 0; b < nt;) {
		size_t e = b;
		while (e < nt && t[e] != ' ')
			e++;
		size_t wb = b, we = e, letters = 0;
		uint32_t c;
		int l;
		while (wb < we && (l = ko_utf8_decode(t + wb, we - wb, &c)) > 0 && !alnum(c))
			wb += (size_t)l;
		while (we > wb) {
			size_t i = we - 1;
			while (i > wb && ((unsigned char)t[i] & 0xC0) == 0x80)
				i--;
			if (ko_utf8_decode(t + i, we - i, &c) > 0 && alnum(c))
				break;
			we = i;
		}
		for (size_t i = wb; i < we; i += l > 0 ? (size_t)l : 1)
			if ((l = ko_utf8_decode(t + i, we - i, &c)) > 0 && alnum(c))
				letters++;
		if (letters >= 2 && !occurs(d, nd, t + wb, we - wb))
			return 1;
		b = e + 1;
	}
	return 0;
}

/* The length of title t without a bracketed note at its end after a
 * space: Wikipedia's disambiguation (커널 (컴퓨팅), 부활 (밴드)) or a news
 * desk's tag (… (종합)), which names the page, not what the text is about,
 * and which no reader of the text could give. */
static size_t bare_title(const char *t, size_t n)
{
	if (n < 4 || t[n - 1] != ')')
		return n;
	size_t i = n - 1;
	while (i > 0 && t[i - 1] != '(' && t[i - 1] != ')')
		i--;
	if (i < 3 || t[i - 1] != '(' || t[i - 2] != ' ' || i == n - 1)
		return n;
	size_t e = i - 2;
	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	return e ? e : n;
}

/* The length of the blank or quotation mark at p[0..n) that a comparison
 * of a title with a text passes over (사직공원 and 사직 공원은, 문학소녀
 * 시리즈 and 《"문학소녀" 시리즈》는), or 0. */
static size_t passed_over(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r' || *u == '"' || *u == '\'')
		return 1;
	if (n < 3 || (u[0] != 0xE3 && u[0] != 0xE2) || u[1] != 0x80)
		return 0;
	/* 〈 〉 《 》 「 」 『 』 (E3 80 88..8F); “ ” ‘ ’ (E2 80 98, 99, 9C, 9D) */
	if (u[0] == 0xE3)
		return u[2] >= 0x88 && u[2] <= 0x8F ? 3 : 0;
	return u[2] == 0x98 || u[2] == 0x99 || u[2] == 0x9C || u[2] == 0x9D ? 3 : 0;
}

/* 1 if the text d begins with the title t, blanks and quotation marks
 * passed over in both and Latin letters compared without case (사직 공원은
 * for 사직공원, 《w-inds.》 for W-inds., kbs는 for KBS). A title of one
 * word must be a word there: what follows is the end, a blank,
 * punctuation, or particles (푸른섬은), not more letters of a longer word
 * (한국 in 한국어는, Java in JavaScript); of a title of more words the end
 * of the last may be copied (…축구 여자 in …축구 여자부). */
static int opens_with(const char *d, size_t nd, const char *t, size_t nt)
{
	size_t i = 0, k = 0, l;
	for (;;) {
		while (k < nt && (l = passed_over(t + k, nt - k)))
			k += l;
		if (k == nt)
			break;
		while (i < nd && (l = passed_over(d + i, nd - i)))
			i += l;
		if (i == nd)
			return 0;
		unsigned char a = (unsigned char)d[i], b = (unsigned char)t[k];
		if (a != b && !(a < 0x80 && b < 0x80 && (a | 0x20) == (b | 0x20) && (a | 0x20) >= 'a' &&
		                (a | 0x20) <= 'z'))
			return 0;
		i++, k++;
	}
	if (!k || i == nd || memchr(t, ' ', nt))
		return k > 0;
	/* the rest of the word: up to a blank or a character that is neither
	 * a letter nor a digit */
	size_t e = i;
	while (e < nd) {
		uint32_t c;
		int n = ko_utf8_decode(d + e, nd - e, &c);
		if (n <= 0 || (!ko_is_hangul_syllable(c) && !ko_is_ascii_alnum(c)))
			break;
		e += (size_t)n;
	}
	return e == i || particles_only(d + i, e - i);
}

/* 1 if p,n begins with the word w, alone (a blank or the end after it). */
static int word_is(const char *p, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n >= k && !memcmp(p, w, k) && (n == k || p[k] == ' ' || p[k] == '\n');
}

/* 1 if the text d opens with the title t: at one of the first words of
 * its first line the title begins (opens_with), past a field (기하학에서
 * 코사인 법칙(…)은), a title or rank (사단법인 한국야구위원회 또는 KBO), or
 * a page's opening (이 문서는 …, 다음은 … 목록이다); or the title's words
 * are words there in their order, a middle name between them (레오넬
 * 기예르모 산체스 리네로스(…)는 for 레오넬 산체스); or the last word of a
 * title of more, its head, is a word there (위라리 칠층석탑(…)은 for 화천
 * 위라리 칠층석탑, 기상청(…)은 for 대한민국 기상청): all before the end of
 * the first sentence. The first sentence names its subject there, and
 * asked for the title a reader copies it, or would have to know the
 * naming convention that adds the rest. */
static int opens_near(const char *d, size_t nd, const char *t, size_t nt)
{
	size_t window = 4, tb = 0, te;
	for (size_t k = 0; k < nt; k++)
		window += t[k] == ' ';
	for (te = 0; te < nt && t[te] != ' '; te++)
		;
	size_t last = nt;
	while (last > 0 && t[last - 1] != ' ')
		last--;
	size_t i = 0, w = 0, passed = 0;
	int depth = 0;
	while (w < window && i < nd) {
		/* a bracket before the name: (보카치오)는 */
		size_t o = i + (d[i] == '(' || d[i] == '[');
		if (opens_with(d + o, nd - o, t, nt) ||
		    (last > 0 && opens_with(d + o, nd - o, t + last, nt - last)))
			return 1;
		if (tb < nt && opens_with(d + i, nd - i, t + tb, te - tb)) {
			for (tb = te; tb < nt && t[tb] == ' '; tb++)
				;
			for (te = tb; te < nt && t[te] != ' '; te++)
				;
			if (tb == nt)
				return 1;
		}
		/* Words in brackets (the name in another script or its
		 * dates) and a word that introduces another name (약칭 SF는,
		 * 줄여서 KBO) do not count among the first words; the name
		 * may be the one in brackets (리보핵산(RNA)은). */
		int counts = depth == 0 && !word_is(d + i, nd - i, "약칭") &&
		             !word_is(d + i, nd - i, "줄여서") && !word_is(d + i, nd - i, "일명");
		/* (at most 12 of them: a bracket left open does not make
		 * the rest of the line the first words) */
		if (!counts && ++passed > 12)
			counts = 1;
		size_t b = i;
		while (i < nd && d[i] != ' ' && d[i] != '\n') {
			if (d[i] == '(' || d[i] == '[') {
				depth++;
				if (i > b && opens_with(d + i + 1, nd - i - 1, t, nt))
					return 1;
			} else if ((d[i] == ')' || d[i] == ']') && depth > 0) {
				depth--;
			}
			i++;
		}
		w += counts;
		if (i == nd || d[i] == '\n' ||
		    (depth == 0 && (d[i - 1] == '.' || d[i - 1] == '?' || d[i - 1] == '!')))
			break;
		while (i < nd && d[i] == ' ')
			i++;
	}
	return 0;
}

/* Names are compared folded: blanks, quotation marks and title brackets
 * left out (passed_over), Latin letters in lower case, so that 몽클레어
 * 주립 대학 and 《몽클레어주립대학》 are one name. A name is NAME_CAP
 * bytes at most; fold returns 0 for a longer one, which is then not
 * compared. */
enum { NAME_CAP = 160, NALT = 8 };

static char lower(unsigned char a)
{
	return (char)(a >= 'A' && a <= 'Z' ? a | 0x20 : a);
}

static size_t fold(const char *p, size_t n, char *out)
{
	size_t k = 0, l;
	for (size_t i = 0; i < n;) {
		if ((l = passed_over(p + i, n - i))) {
			i += l;
			continue;
		}
		if (k == NAME_CAP)
			return 0;
		out[k++] = lower((unsigned char)p[i++]);
	}
	return k;
}

/* The end of the folded name f[0..nf) where it starts at d[i] (blanks
 * and quotation marks of the text passed over: 관악필드스톤 FS for
 * 관악필드스톤FS), or 0. */
static size_t match_folded(const char *d, size_t nd, size_t i, const char *f, size_t nf)
{
	size_t k = 0, l;
	while (k < nf) {
		if (i == nd)
			return 0;
		if (k && (l = passed_over(d + i, nd - i))) {
			i += l;
			continue;
		}
		if (lower((unsigned char)d[i]) != f[k])
			return 0;
		i++, k++;
	}
	return i;
}

/* 1 if a name that ends at d[e] ends a word there: the end, a character
 * that is neither a letter nor a digit, or particles or the copula
 * (리마오는, KCOMZ를, 대학이다), not more of a longer word. */
static int name_ends(const char *d, size_t nd, size_t e)
{
	size_t x = e;
	uint32_t c;
	while (x < nd) {
		int l = ko_utf8_decode(d + x, nd - x, &c);
		if (l <= 0 || !alnum(c))
			break;
		if (!ko_is_hangul_syllable(c))
			return 0;
		x += (size_t)l;
	}
	return x == e || particles_only(d + e, x - e);
}

/* How often the folded name f[0..nf) stands in d as a word of its own
 * (at a word's start, and ending one: name_ends); *outside counts those
 * out of round and square brackets. */
static size_t count_name(const char *d, size_t nd, const char *f, size_t nf, size_t *outside)
{
	size_t cnt = 0, i = 0;
	int depth = 0, start = 1; /* start: a word may begin at d[i] */
	*outside = 0;
	if (!nf)
		return 0;
	while (i < nd) {
		unsigned char a = (unsigned char)d[i];
		if (start && lower(a) == f[0]) {
			size_t e = match_folded(d, nd, i, f, nf);
			if (e && name_ends(d, nd, e)) {
				cnt++, *outside += depth == 0;
				i = e, start = 0;
				continue;
			}
		}
		if (a == '(' || a == '[')
			depth++;
		else if ((a == ')' || a == ']') && depth > 0)
			depth--;
		uint32_t c;
		int l = ko_utf8_decode(d + i, nd - i, &c);
		if (l <= 0)
			l = 1, c = 0xFFFD;
		start = !alnum(c);
		i += (size_t)l;
	}
	return cnt;
}

/* The subject of a text's first sentence: the words before its first
 * topic particle (은/는), out of brackets, as the names it gives one
 * thing, folded: parted at a word that brings in another name (또는,
 * 혹은, 일명, 약칭, 줄여서, 이하), and the parts of its brackets (가오
 * 윈치(高雲起, 고운기), 리보핵산(RNA)) after those. alt[0] is the name the
 * text gives first and headn the length of its last word (수왕 리마오:
 * 리마오); self is set when the subject is the page itself (이 문서는,
 * 본 문서는: a hatnote), whose first sentence then names what the page is
 * about; first_end is where the first sentence ends. */
struct subject {
	char alt[NALT][NAME_CAP];
	size_t altn[NALT];
	int nalt, self;
	size_t headn, first_end;
};

/* 1 if the word w[0..n) brings in another name for what comes before. */
static int alias_word(const char *w, size_t n)
{
	static const char *const words[] = {"또는", "혹은", "일명", "약칭", "줄여서", "이하",
	                                    "내지"};
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (n == strlen(words[k]) && !memcmp(w, words[k], n))
			return 1;
	return 0;
}

/* 1 if the word w[0..n) (its brackets left out) ends in the topic
 * particle after a noun: 은 after a closed syllable, 는 after an open one,
 * and not in the adnominal ending of a verb or an adjective (불리는,
 * 하는, 있는, 같은, 많은), which ends no subject. */
static int topic_end(const char *w, size_t n)
{
	static const char *const verbal[] = {"하", "되", "라", "리", "지", "있", "없", "않",
	                                     "같", "많", "작", "높", "좋", "넓", "받", "붙"};
	uint32_t c, prev;
	if (n < 4 || ko_utf8_decode(w + n - 3, 3, &c) != 3 || (c != 0xB294 && c != 0xC740))
		return 0;
	size_t b = n - 4;
	while (b > 0 && ((unsigned char)w[b] & 0xC0) == 0x80)
		b--;
	if (ko_utf8_decode(w + b, n - 3 - b, &prev) <= 0 || !alnum(prev))
		return 0;
	/* (after a letter or digit of another script either may follow:
	 * FS는, 3은) */
	int closed = ko_hangul_jong(prev) > 0;
	if (ko_is_hangul_syllable(prev) &&
	    !((c == 0xB294 /* 는 */ && !closed) || (c == 0xC740 /* 은 */ && closed)))
		return 0;
	for (size_t k = 0; k < sizeof verbal / sizeof *verbal; k++)
		if (n - 3 - b == 3 && !memcmp(w + b, verbal[k], 3))
			return 0;
	/* nor a place or time with 에, 에서 before the 는 (여름에는,
	 * 서울에서는): that topic is no subject */
	return !(n - 3 - b == 3 && (!memcmp(w + b, "에", 3) ||
	                            (b >= 3 && !memcmp(w + b - 3, "에서", 6))));
}

/* 1 if the word w[0..n) is a determiner (이, 그, 이러한, 모든): a
 * subject that opens with one points at a thing rather than names it. */
static int determiner(const char *w, size_t n)
{
	static const char *const words[] = {"이", "그", "저", "이런", "그런", "저런", "이러한",
	                                    "그러한", "어느", "모든", "각", "본"};
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (n == strlen(words[k]) && !memcmp(w, words[k], n))
			return 1;
	return 0;
}

static void add_alt(struct subject *s, const char *p, size_t n)
{
	if (n && s->nalt < NALT)
		memcpy(s->alt[s->nalt], p, n), s->altn[s->nalt++] = n;
}

/* Fill s from the text d; 0 if its first sentence names no subject
 * before its sixteenth word out of brackets. */
static int subject_of(const char *d, size_t nd, struct subject *s)
{
	static const char *const page[] = {"이문서", "본문서", "이글", "본글", "이항목",
	                                   "본항목", "이목록", "본목록"};
	char seg[NAME_CAP], w[NAME_CAP], br[NALT][NAME_CAP];
	size_t segn = 0, wstart = 0, prevw = 0, wn = 0, brl[NALT], bws = 0, words = 0, l;
	int depth = 0, found = 0, nbr = 0, cased = 0, det = 0;
	s->nalt = s->self = 0, s->headn = 0, s->first_end = nd;
	for (size_t i = 0; i < nd; i++) {
		if (d[i] == '(' || d[i] == '[')
			depth++;
		else if ((d[i] == ')' || d[i] == ']') && depth > 0)
			depth--;
		else if ((d[i] == '\n' && i + 1 < nd && d[i + 1] == '\n') ||
		         (depth == 0 && (d[i] == '.' || d[i] == '?' || d[i] == '!') &&
		          (i + 1 == nd || d[i + 1] == ' ' || d[i + 1] == '\n'))) {
			/* (a single line break inside a sentence is a blank, as
			 * the splitter reads it) */
			s->first_end = i;
			break;
		}
	}
	depth = 0;
	for (size_t i = 0; i <= s->first_end && !found && words < 16; i++) {
		unsigned char a = i < s->first_end ? (unsigned char)d[i] : ' ';
		if (a == '(' || a == '[') {
			if (++depth == 1)
				brl[nbr < NALT ? nbr : 0] = 0, bws = 0;
			continue;
		}
		if (depth > 0) {
			size_t *bn = &brl[nbr < NALT ? nbr : 0];
			char *b = br[nbr < NALT ? nbr : 0];
			if (((a == ')' || a == ']') && depth == 1) || (depth == 1 && (a == ',' || a == ';'))) {
				if (*bn && nbr < NALT)
					nbr++;
				if (nbr < NALT)
					brl[nbr] = 0;
				bws = 0;
			} else if (depth == 1 && (a == ' ' || a == '\t')) {
				if (alias_word(b + bws, *bn - bws))
					*bn = bws;
				bws = *bn;
			} else if (depth == 1 && !(l = passed_over(d + i, s->first_end - i))) {
				if (*bn < NAME_CAP)
					b[(*bn)++] = lower(a);
			} else if (depth == 1) {
				i += l - 1;
			}
			if (a == ')' || a == ']')
				depth--;
			continue;
		}
		if (a == ' ' || a == '\t') {
			if (!wn)
				continue;
			words++;
			if (words == 1)
				det = determiner(w, wn);
			if (alias_word(w, wn)) {
				if (!s->nalt)
					s->headn = wstart - prevw;
				add_alt(s, seg, wstart);
				segn = 0;
			} else if (wn == 3 && wstart > 0 && (!memcmp(w, "은", 3) || !memcmp(w, "는", 3))) {
				/* the particle after a blank: 대학(MSU) 은 */
				segn -= 3;
				if (!s->nalt)
					s->headn = segn - prevw;
				add_alt(s, seg, segn);
				found = 1;
			} else if (topic_end(w, wn) && segn >= wstart + 3) {
				/* after a word with a case particle the 는 ends a
				 * clause (명이 다니는 학교), not a subject */
				if (cased)
					break;
				segn -= 3;
				if (!s->nalt)
					s->headn = segn - wstart;
				add_alt(s, seg, segn);
				found = 1;
			}
			cased = wn >= 6 && (!memcmp(w + wn - 3, "이", 3) || !memcmp(w + wn - 3, "가", 3) ||
			                    !memcmp(w + wn - 3, "을", 3) || !memcmp(w + wn - 3, "를", 3));
			prevw = wstart, wstart = segn, wn = 0;
			continue;
		}
		if ((l = passed_over(d + i, s->first_end - i))) {
			i += l - 1;
			continue;
		}
		if (segn < NAME_CAP)
			seg[segn++] = lower(a);
		if (wn < NAME_CAP)
			w[wn++] = (char)a;
	}
	if (!found)
		return 0;
	for (int k = 0; k < nbr; k++)
		add_alt(s, br[k], brl[k]);
	for (size_t k = 0; k < sizeof page / sizeof *page; k++)
		if (s->altn[0] == strlen(page[k]) && !memcmp(s->alt[0], page[k], s->altn[0]))
			s->self = 1;
	/* 이 마을의 옛 이름은 points at a thing; it names none */
	return s->self || !det;
}

/* 1 if a ends with t. */
static int ends_with(const char *a, size_t na, const char *t, size_t nt)
{
	return nt <= na && !memcmp(a + na - nt, t, nt);
}

/* The length of the folded name a[0..n) without a last syllable that
 * says what kind of place or body it names (롱카인시, 대학교, 동나이성),
 * when two syllables stay; n when it has none. A reader names 몽클레어
 * 주립 대학교 as the text's 몽클레어 주립 대학, 롱카인 as its 롱카인시. */
static size_t kind_cut(const char *a, size_t n)
{
	static const char *const kind[] = {"시", "군", "구", "읍", "면", "동", "리", "도",
	                                   "주", "현", "성", "교", "역", "섬", "강", "산"};
	if (n < 9)
		return n;
	for (size_t k = 0; k < sizeof kind / sizeof *kind; k++)
		if (!memcmp(a + n - 3, kind[k], 3))
			return n - 3;
	return n;
}

/* 1 if the folded title t[0..nt) names what the folded name a[0..na)
 * names: the same, its end (its head, or the name glued to the word
 * before it: 불리는항공기관사), or either with a syllable of its kind
 * more (kind_cut). */
static int same_name(const char *a, size_t na, const char *t, size_t nt)
{
	if (nt < 4)
		return na == nt && !memcmp(a, t, nt);
	size_t ca = kind_cut(a, na), ct = kind_cut(t, nt);
	return ends_with(a, na, t, nt) || (ca < na && ends_with(a, ca, t, nt)) ||
	       (ct < nt && ends_with(a, na, t, ct));
}

/* 1 if a word of the title (Hangul alone, three syllables or more) is
 * in the text and so is a word that differs from it in one part (an
 * initial, a vowel or a final) of one syllable but its last (응우꾸옌군
 * four times, 응오꾸옌군 twice): the text spells the name two ways, and
 * either answer is right. The last syllable is left out, where particles
 * and endings differ (한국어, 한국에). */
static size_t one_part_cost(uint32_t a, uint32_t b, size_t j, size_t k)
{
	int lx, vx, tx, ly, vy, ty;
	ko_hangul_split(a, &lx, &vx, &tx);
	ko_hangul_split(b, &ly, &vy, &ty);
	return j < k - 1 && (lx != ly) + (vx != vy) + (tx != ty) == 1 ? 1 : 2;
}

static int two_ways(const char *t, size_t nt, const char *d, size_t nd)
{
	for (size_t b = 0; b < nt;) {
		size_t e = b;
		while (e < nt && t[e] != ' ')
			e++;
		uint32_t w[16];
		size_t k = syllables(t + b, e - b, w);
		if (k >= 3 && memmem(d, nd, t + b, e - b)) {
			size_t pos = 0, i, at;
			int h = 0;
			while (next_word_start(d, nd, k, &pos, &h, &i))
				if (syllables_diff(d, nd, i, w, k, one_part_cost, &at) == 1 &&
				    name_ends(d, nd, i + 3 * k))
					return 1;
		}
		b = e + 1;
	}
	return 0;
}

/* How often the topic said most often in d is said there (out of
 * brackets): a sentence's first word when it ends in the topic particle
 * after a noun (topic_end: 디지털화폐는, 스키플은), its noun two
 * syllables or more and not a pronoun or a word of time (그들은, 이것은,
 * 당시는). A passage is about what its sentences take as their topic: a
 * title it says once beside a topic it says five times is a mention (a
 * paragraph of an article about a person that is about a bus system, a
 * paragraph on digital money from the article on one kind of it). Only
 * the first 64 sentences are looked at. */
static size_t most_topic(const char *d, size_t nd)
{
	static const char *const not_names[] = {"이들", "그들", "이것", "그것", "저것", "이곳",
	                                        "그곳", "이후", "당시", "현재", "이번", "오늘",
	                                        "최근", "처음", "지금", "이제", "여기", "거기"};
	size_t best = 0, sents = 0;
	for (size_t i = 0; i < nd && sents < 64;) {
		/* i starts a sentence: the text's start, or after a stop and
		 * a blank, or after a line break */
		size_t e = i;
		while (e < nd && d[e] != ' ' && d[e] != '\n')
			e++;
		sents++;
		size_t wn = e - i;
		if (wn >= 9 && wn <= 3 * 12 && topic_end(d + i, wn)) {
			size_t k, sn = wn - 3, ok = ko_utf8_count(d + i, sn) >= 2;
			for (k = 0; ok && k < sizeof not_names / sizeof *not_names; k++)
				ok = !(sn == strlen(not_names[k]) && !memcmp(d + i, not_names[k], sn));
			for (k = i; ok && k < i + sn; k++)
				ok = d[k] != '(' && d[k] != '[' && d[k] != ')' && d[k] != ']';
			char f[NAME_CAP];
			size_t nf = ok ? fold(d + i, sn, f) : 0, out = 0;
			if (nf)
				count_name(d, nd, f, nf, &out);
			if (out > best)
				best = out;
		}
		/* the next sentence */
		for (i = e; i < nd; i++) {
			if (d[i] == '\n' ||
			    ((d[i] == '.' || d[i] == '?' || d[i] == '!') && i + 1 < nd && d[i + 1] == ' ')) {
				i++;
				while (i < nd && (d[i] == ' ' || d[i] == '\n'))
					i++;
				break;
			}
		}
	}
	return best;
}

/* Why the title t is not the name a reader of the text d would give,
 * NULL if it is (title tasks; opens_near has refused a title at the
 * text's first words). Compared folded with the subject of the first
 * sentence, a title that is one of its names, or such a name with a
 * kind's syllable more or less, or, under a hatnote, any words of that
 * sentence, is a copy of it. Else the title must be the text's main
 * name: said out of brackets (고운기 only in 가오 윈치(高雲起, 고운기) is
 * an alias), more often than the subject (관악마키니FS once, the
 * 관악필드스톤FS the text is about twice: a former name; 이모 once, 수왕
 * 리마오 and 리마오 more), or as often when the first sentence gives it
 * too (파울리뉴 in 조제 파울루 … 주니오르(…)는 파울리뉴라는 이름으로
 * 알려져 있는, a centre that sentence says a ministry set up; not the
 * ring name the second sentence gives, nor an acronym said once further
 * on); and spelled one way (two_ways). */
static const char *not_main_name(const char *d, size_t nd, const char *t, size_t nt)
{
	char ft[NAME_CAP];
	size_t nft = fold(t, nt, ft);
	if (!nft)
		return NULL;
	struct subject s;
	int have = subject_of(d, nd, &s);
	if (have && s.self) {
		for (size_t i = 0; i < s.first_end; i++)
			if (match_folded(d, s.first_end, i, ft, nft))
				return "title opens the text";
	} else if (have) {
		for (int k = 0; k < s.nalt; k++)
			if (same_name(s.alt[k], s.altn[k], ft, nft))
				return "title opens the text";
	}
	size_t out, cnt = count_name(d, nd, ft, nft, &out);
	if (cnt && !out)
		return "title only in brackets in the text";
	if (cnt && have && !s.self) {
		size_t so, ho = 0, hl = s.headn;
		count_name(d, nd, s.alt[0], s.altn[0], &so);
		/* the head alone when it is more than a common noun of two
		 * syllables (리마오 of 수왕 리마오, not 대학) */
		if (hl < s.altn[0] && ko_utf8_count(s.alt[0] + s.altn[0] - hl, hl) >= 3)
			count_name(d, nd, s.alt[0] + s.altn[0] - hl, hl, &ho);
		size_t most = so > ho ? so : ho;
		int first = 0;
		for (size_t i = 0; i < s.first_end && !first && out == most; i++)
			first = match_folded(d, s.first_end, i, ft, nft) > 0;
		if (out < most || (out == most && !first))
			return "title named less often than the text's subject";
	}
	if (cnt && out < most_topic(d, nd))
		return "title named less often than a topic of the text";
	if (two_ways(t, nt, d, nd))
		return "title spelled two ways in the text";
	return NULL;
}

/* Which part of its document a record is: WHOLE, or a chunk of ko-split
 * --chunk (chunk_index of chunk_count, more than one): the FIRST, which
 * opens the document and names its subject, or a LATER one. A chunk that
 * does not say how many there are is taken as a part. */
enum { WHOLE, FIRST, LATER };

static int part_of(const struct ko_rec *r)
{
	unsigned long long i, k;
	if (!ko_task_chunk(r, &i, &k) || (k == 1 && i == 0))
		return WHOLE;
	return i == 0 ? FIRST : LATER;
}

/* Why task k cannot be made of the fields p[0..4) of a record that is the
 * given part of its document (NULL: it can). The title, summary and
 * category are the whole document's: a later chunk is about something
 * else (a task per section would give the article's title as the answer
 * to every one of them), and a summary covers more than a first chunk. The
 * two tests are the record's, asked once for all its tasks: ok[0] whether
 * the summary is shorter than the text, ok[1] whether the title is
 * grounded, -1 until asked; hid[i] whether field i has a hidden word. */
static const char *unfit(int k, int part, const char *const p[4], const size_t n[4], int ok[2],
                         int hid[4])
{
	if (part == LATER)
		return "a later chunk of its document";
	if (part == FIRST && (needs[k] & F_SUMMARY))
		return "a chunk, not the whole document the summary is of";
	if (needs[k] & F_SUMMARY) {
		if (ok[0] < 0)
			ok[0] = ko_utf8_count(p[2], n[2]) < ko_utf8_count(p[0], n[0]);
		if (!ok[0])
			return "summary not shorter than the text";
	}
	if (k == T_TITLE || k == T_TITLE_SUMMARY) {
		if (ok[1] < 0)
			ok[1] = !grounded(p[1], n[1], p[0], n[0]) ? 0
			        : respelled(p[1], n[1], p[0], n[0]) ? 2
			        : unsaid(p[1], n[1], p[0], n[0]) ? 3 : 1;
		if (!ok[1])
			return "title not found in the text";
		if (ok[1] == 2)
			return "title spelled otherwise in the text";
	}
	/* Asked for the title alone, a reader gives what the text says: a
	 * word of it the text never has cannot be learnt. A headline with a
	 * summary to write may say more than its story (title-summary). */
	if (k == T_TITLE && ok[1] == 3)
		return "title word not in the text";
	/* An encyclopedia article names its subject first (안나 린드(1957년
	 * ~ 2003년)는 …): asked for the title alone, a reader copies the
	 * text's first words. With a summary to write the task is more. */
	if (k == T_TITLE && opens_near(p[0], n[0], p[1], n[1]))
		return "title opens the text";
	if (k == T_TITLE) {
		const char *w = not_main_name(p[0], n[0], p[1], n[1]);
		if (w)
			return w;
	}
	/* No word its source hid (김** 씨, ??가) where the task may not have
	 * one (unhidden). A text that is only the input may (an article
	 * about ids shows k2****). hid[i] is field i's, -1 until asked. */
	for (int i = 0; i < 4; i++)
		if (unhidden[k] & 1 << i) {
			size_t at;
			if (hid[i] < 0)
				hid[i] = ko_placeholder_hidden(p[i], n[i], &at) > 0;
			if (hid[i])
				return KO_TASK_HIDDEN;
		}
	return NULL;
}

/* One record: a task, a pass, a reject or a failure. */
/* Whether p[0..n) holds a line of code: a line without a Hangul
 * syllable that has a call (a letter glued to '(': Console.Write(),
 * print(x)), or signs of two kinds of these: a statement's ';', a brace,
 * ' = ' or ' == ', '<>' between spaces (x = 1;, if (a == b) {). One sign
 * alone is prose as often: a title on its own line (Love; Actually, Rock
 * & Roll {Live}), a formula (E = mc2). A task over the whole text cannot
 * leave the line out, as a generator leaves out a sentence: a program
 * listing in an article (a BASIC Hello, world) is no prose whose title
 * or summary to learn. */
static int code_line_in(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t b = 0;
	while (b < n) {
		const char *nl = memchr(p + b, '\n', n - b);
		size_t e = nl ? (size_t)(nl - p) : n;
		int hangul = 0, kinds = 0;
		for (size_t i = b; i < e && !hangul; i++) {
			if (u[i] >= 0xEA && u[i] <= 0xED && i + 3 <= e)
				hangul = ko_syllable_bytes(u + i, e - i) > 0;
			else if (u[i] == ';')
				kinds |= 1;
			else if (u[i] == '{' || u[i] == '}')
				kinds |= 2;
			else if (u[i] == '(' && i > b && ((u[i - 1] | 0x20) >= 'a' && (u[i - 1] | 0x20) <= 'z'))
				kinds |= 16;
			else if (i > b && u[i - 1] == ' ' && i + 2 < e && u[i + 2] == ' ' &&
			         ((u[i] == '<' && u[i + 1] == '>') || (u[i] == '=' && u[i + 1] == '=')))
				kinds |= u[i] == '<' ? 8 : 4;
			else if (i > b && u[i - 1] == ' ' && u[i] == '=' && i + 1 < e && u[i + 1] == ' ')
				kinds |= 4;
		}
		if (!hangul && ((kinds & 16) || (kinds & (kinds - 1))))
			return 1;
		b = e + 1;
	}
	return 0;
}

/* ko_task_unusable, the reason kept for the records after it with the
 * same fields, which make no task for it either. */
static int refuse(struct conf *c, struct ko_rec *r, const char *why)
{
	c->last_why = why;
	return ko_task_unusable(&c->gen, r, why);
}

static int summary(struct conf *c, struct ko_rec *r)
{
	struct ko_gen *g = &c->gen;
	const double *weight = c->weight;
	if (!ko_task_mine(g, r))
		return ko_task_pass(g, r);
	const char *fields[4] = {r->run->opt->field, c->title_field, c->summary_field,
	                         c->category_field};
	const char *p[4] = {"", "", "", ""};
	size_t n[4] = {0, 0, 0, 0};
	int have = 0;
	for (int i = 0; i < 4; i++) {
		int e = ko_task_text(g, r, fields[i], i, &p[i], &n[i]);
		if (e == KO_REJECT)
			return e;
		if (e == 0 && !blank(p[i], n[i]))
			have |= 1 << i;
	}
	if (!(have & 1))
		return ko_task_unusable(g, r, "no text");
	/* One task per text: the records of one passage (the questions of a
	 * KorQuAD paragraph, 4.4 of them on average) would each make the same
	 * task in other words. The record after one with the same fields
	 * makes none; the task is drawn and worded from the fields alone, so
	 * a run of them cut by a shard boundary makes the same task in both
	 * shards (ko-dedup drops the copy), whichever record makes it. */
	uint64_t key = 0x73756d6d;
	for (int i = 0; i < 4; i++)
		key = ko_hash64(p[i], n[i], ko_mix64(key, n[i]));
	if (c->have_last && key == c->last) {
		c->nofield += c->last_nofield;
		return ko_task_unusable(g, r, c->last_why ? c->last_why
		                                          : "same text as the record before");
	}
	c->have_last = 1, c->last = key, c->last_why = NULL;
	ko_task_seed_with(r, key);
	n[1] = bare_title(p[1], n[1]);
	int fbits = have >> 1, fit[NTASK], ok[2] = {-1, -1}, hid[4] = {-1, -1, -1, -1}, part = part_of(r), can = 0;
	const char *why = NULL;
	double sum = 0;
	for (int i = 0; i < NTASK; i++) {
		fit[i] = weight[i] > 0 && (needs[i] & fbits) == needs[i];
		can |= fit[i];
		const char *w = fit[i] ? unfit(i, part, p, n, ok, hid) : NULL;
		if (w) {
			fit[i] = 0;
			if (!why)
				why = w;
		}
		if (fit[i])
			sum += weight[i];
	}
	c->nofield += !can;
	c->last_nofield = !can;
	if (sum <= 0) {
		int miss = 0;
		for (int i = 0; i < NTASK && !miss; i++)
			if (weight[i] > 0)
				miss = needs[i] & ~fbits;
		return refuse(c, r, why ? why : miss & F_SUMMARY ? "no summary"
		                      : miss & F_TITLE ? "no title" : "no category");
	}
	struct ko_rng rng;
	ko_task_rng(r, &rng);
	double u = ko_rng_unit(&rng) * sum;
	int t = -1;
	for (int i = 0; i < NTASK; i++) {
		if (!fit[i])
			continue;
		t = i;
		if (u < weight[i])
			break;
		u -= weight[i];
	}
	/* No task carries markup: the text and every field the task uses are
	 * whole documents and summaries, with no sentence to leave out. */
	for (int i = 0; i < 4; i++)
		if (!i || needs[t] & 1 << (i - 1)) {
			int mk = markup(p[i], n[i], i == 1 || i == 3);
			if (mk)
				return refuse(c, r, ko_task_markup_reason(mk));
		}
	if (code_line_in(p[0], n[0]))
		return refuse(c, r, "text with a line of code");
	/* nor a pointer to what the extractor removed (아래의 식들에서 C는
	 * 적분 상수이다, 다음과 같다 with no list after it): asked for its
	 * title or its summary, a reader would be asked about a text with a
	 * hole in it, as the generators refuse a sentence that has one */
	if (ko_lead_in(p[0], n[0], 1))
		return refuse(c, r, ko_task_markup_reason(KO_MARKUP_LEAD_IN));
	struct ko_task_val v[4] = {
		{"text", p[0], n[0]}, {"title", p[1], n[1]},
		{"summary", p[2], n[2]}, {"category", p[3], n[3]},
	};
	const char *skip[5] = {fields[0], fields[1], fields[2], fields[3], NULL};
	return ko_task_emit(g, r, &tasks[t], v, 4, skip);
}

static const struct ko_tool tool = {
	.name = "ko-summary",
	.json_only = 1,
	.usage = "[--task NAME[:WEIGHT],...] [--summary-field F] [--title-field F]\n"
	         "                  [--category-field F] [task options] [shared options] [FILE...]",
	.help = "Make summary tasks from records with a document (-f, default text) and its\n"
	        "summary, title or category. Tasks: summary (document to summary),\n"
	        "title-summary (document to title and summary), expand (title and summary to\n"
	        "document), title-category (title and category to document), title\n"
	        "(document to its title).\n"
	        "\n"
	        "      --task LIST       tasks with weights, e.g. summary:2,expand:1 (default\n"
	        "                        summary); each record gets one of those its fields allow\n"
	        "      --summary-field F summary field (default summary)\n"
	        "      --title-field F   title field (default title)\n"
	        "      --category-field F  category field (default category)\n"
	        "\n" KO_TASK_HELP,
	.longopts = longopts,
};

int main(int argc, char **argv)
{
	struct conf c = {
		.weight = {1, 0, 0, 0},
		.summary_field = "summary",
		.title_field = "title",
		.category_field = "category",
	};
	struct ko_opts o;
	int code;
	ko_opt_init(&o, &tool, argc, argv);
	while ((code = ko_opt_next(&o)) != -1)
		option(&c, code, optarg);
	if (ko_task_init(&c.gen, tasks, NTASK) < 0)
		ko_fatal(c.gen.errcode, "%s", c.gen.err);
	struct ko_run run;
	ko_open(&run, &o);
	struct ko_rec *r;
	while ((r = ko_next(&run)))
		summary(&c, r);
	ko_task_notes(&c.gen, &run);
	ko_task_free(&c.gen);
	/* as -f naming a field no record has (ko_close): the field options
	 * or --task are wrong for these records */
	if (c.nofield && c.nofield == run.nin) {
		int i = 0;
		while (i < NTASK - 1 && c.weight[i] <= 0)
			i++;
		const char *f = needs[i] & F_SUMMARY ? c.summary_field
		                : needs[i] & F_TITLE ? c.title_field : c.category_field;
		ko_warn("no record had the fields of any --task (%zu read; %s needs \"%s\"): check "
		        "--task, --summary-field, --title-field and --category-field",
		        c.nofield, tasks[i].name, f);
		ko_fail();
	}
	return ko_close(&run);
}
