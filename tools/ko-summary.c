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
			/* every place in the text where a word of Hangul starts,
			 * a character at a time */
			int h = 0, prev_h;
			for (size_t i = 0, l = 0; i + 3 * k <= nd; i += l) {
				uint32_t c;
				int m = ko_utf8_decode(d + i, nd - i, &c);
				l = m > 0 ? (size_t)m : 1;
				prev_h = h;
				h = m == 3 && ko_is_hangul_syllable(c);
				if (!h || prev_h)
					continue;
				size_t diff = 0, j, at = 0;
				for (j = 0; j < k && diff < 2; j++) {
					if (ko_utf8_decode(d + i + 3 * j, nd - i - 3 * j, &c) != 3 ||
					    !ko_is_hangul_syllable(c))
						break;
					if (c != w[j])
						diff += alike(c, w[j]) ? 1 : 2, at = j;
				}
				if (j < k || diff != 1)
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
	if (sum <= 0) {
		int miss = 0;
		for (int i = 0; i < NTASK && !miss; i++)
			if (weight[i] > 0)
				miss = needs[i] & ~fbits;
		return ko_task_unusable(g, r, why ? why : miss & F_SUMMARY ? "no summary"
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
				return ko_task_unusable(g, r, ko_task_markup_reason(mk));
		}
	if (code_line_in(p[0], n[0]))
		return ko_task_unusable(g, r, "text with a line of code");
	/* nor a pointer to what the extractor removed (아래의 식들에서 C는
	 * 적분 상수이다, 다음과 같다 with no list after it): asked for its
	 * title or its summary, a reader would be asked about a text with a
	 * hole in it, as the generators refuse a sentence that has one */
	if (ko_lead_in(p[0], n[0], 1))
		return ko_task_unusable(g, r, ko_task_markup_reason(KO_MARKUP_LEAD_IN));
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
