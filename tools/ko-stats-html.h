/* ko-stats-html.h - the --html page of ko-stats: one self-contained file,
 * inline CSS and SVG, no script and no font or image fetched, so it opens
 * the same from a mail attachment, a CI artefact or a laptop offline.
 * Included once, by tools/ko-stats.c, whose structs it draws. */

static const char html_head[] =
	"<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
	"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	"<meta name=\"generator\" content=\"ko-stats (kopipe) " KO_VERSION "\">\n";

static const char html_style[] =
	"<style>\n"
	":root{--ink:#1f2430;--mute:#6b7280;--line:#e5e7eb;--bg:#f6f7fb;--card:#fff;"
	"--a:#4f46e5;--b:#0d9488;--c:#d97706;--d:#2563eb;--ok:#16a34a;--warn:#ea580c;--unk:#9ca3af}\n"
	"*{box-sizing:border-box}\n"
	"body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 \"Noto Sans CJK KR\","
	"\"Noto Sans KR\",\"Apple SD Gothic Neo\",\"Malgun Gothic\",system-ui,sans-serif}\n"
	"main{max-width:1180px;margin:0 auto;padding:28px 24px 48px}\n"
	"h1{font-size:26px;margin:0 0 4px}h2{font-size:16px;margin:0 0 10px}\n"
	".sub{color:var(--mute);margin:0 0 22px;word-break:break-all}\n"
	".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:14px;"
	"margin-bottom:18px}\n"
	".card,.panel{background:var(--card);border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.07),"
	"0 1px 2px rgba(0,0,0,.04);padding:16px 18px}\n"
	".card .k{color:var(--mute);font-size:13px}.card .v{font-size:26px;font-weight:700;"
	"letter-spacing:-.5px}.card .s{color:var(--mute);font-size:13px}\n"
	".card.bad .v{color:var(--warn)}.card.good .v{color:var(--ok)}\n"
	".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px;"
	"margin-bottom:16px}\n"
	".panel{margin-bottom:16px}.grid .panel{margin-bottom:0}\n"
	"svg{display:block;width:100%;height:auto}\n"
	"svg text{font-family:inherit;fill:var(--ink)}\n"
	".chips{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}\n"
	".chip{background:#eef0f6;border-radius:999px;padding:2px 10px;font-size:13px}\n"
	".chip b{font-weight:600}\n"
	".note{color:var(--mute);font-size:13px;margin:8px 0 0}\n"
	"table{border-collapse:collapse;width:100%;font-size:14px}\n"
	"td,th{padding:6px 8px;border-bottom:1px solid var(--line);text-align:right}\n"
	"td:first-child,th:first-child{text-align:left}th{color:var(--mute);font-weight:600}\n"
	"code{font-size:13px;background:#eef0f6;border-radius:4px;padding:1px 5px}\n"
	".legend{display:flex;flex-wrap:wrap;gap:4px 16px;margin-top:10px;font-size:13px}\n"
	".legend i{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:6px;"
	"vertical-align:-1px}\n"
	".big{font-size:30px;font-weight:700}\n"
	"footer{color:var(--mute);font-size:12px;margin-top:24px}\n"
	"</style>\n</head>\n<body>\n<main>\n";

/* Colours of licence segments: permissive ones in greens and blues,
 * restricted ones in oranges, unknown grey. */
static const char *const ok_colours[] = {"#16a34a", "#0d9488", "#2563eb", "#65a30d", "#0891b2",
                                         "#4f46e5"};
static const char *const warn_colours[] = {"#ea580c", "#dc2626", "#d97706", "#db2777"};
/* Colours of reject reasons, one per reason in order. */
static const char *const reason_colours[] = {"#ea580c", "#d97706", "#dc2626", "#db2777",
                                             "#9333ea", "#a16207", "#be123c", "#c2410c"};

static void h_esc(struct ko_buf *b, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		switch (p[i]) {
		case '&': ko_buf_adds(b, "&amp;"); break;
		case '<': ko_buf_adds(b, "&lt;"); break;
		case '>': ko_buf_adds(b, "&gt;"); break;
		case '"': ko_buf_adds(b, "&quot;"); break;
		case '\'': ko_buf_adds(b, "&#39;"); break;
		default: ko_buf_addc(b, p[i]);
		}
}

static void h_escs(struct ko_buf *b, const char *s)
{
	h_esc(b, s, strlen(s));
}

/* 1234 -> "1.2k", 1234567 -> "1.2M" */
static void add_compact(struct ko_buf *b, uint64_t v)
{
	static const char unit[] = "kMGTPE";
	if (v < 1000) {
		ko_buf_addf(b, "%llu", (unsigned long long)v);
		return;
	}
	double x = (double)v;
	int u = -1;
	while (x >= 1000 && u < 5)
		x /= 1000, u++;
	if (x < 9.95)
		ko_buf_addf(b, "%.1f%c", x, unit[u]);
	else
		ko_buf_addf(b, "%.0f%c", x, unit[u]);
}

/* A label cut to at most max cells, with an ellipsis. */
static void add_cut(struct ko_buf *b, const char *s, size_t max)
{
	struct ko_buf t = {0};
	if (cells(s, strlen(s)) <= max) {
		h_escs(b, s);
		return;
	}
	add_padded(&t, s, max);
	while (t.n && t.p[t.n - 1] == ' ')
		t.n--;
	h_esc(b, t.p, t.n);
	ko_buf_free(&t);
}

static void card(struct ko_buf *b, const char *cls, const char *key, const char *value,
                 const char *sub)
{
	ko_buf_addf(b, "<div class=\"card %s\"><div class=\"k\">", cls);
	h_escs(b, key);
	ko_buf_adds(b, "</div><div class=\"v\">");
	h_escs(b, value);
	ko_buf_adds(b, "</div><div class=\"s\">");
	h_escs(b, sub);
	ko_buf_adds(b, "</div></div>\n");
}

/* A column chart: n columns with labels under their left edges (or
 * centred, when centre is set) and a tooltip each. */
struct column {
	uint64_t n;
	char label[32], tip[96];
};

static void svg_columns(struct ko_buf *b, const struct column *col, int n, const char *colour,
                        int centre, const char *end, const char *aria)
{
	const int W = 560, H = 230, L = 46, R = 18, T = 18, B = 34;
	uint64_t most = 1;
	for (int i = 0; i < n; i++)
		if (col[i].n > most)
			most = col[i].n;
	/* Grid lines every step, a round number (1, 2 or 5 times a power of
	 * ten) that leaves at most five of them. */
	uint64_t step = 1, p = 1;
	for (;;) {
		if ((step = p) * 5 >= most || (step = 2 * p) * 5 >= most || (step = 5 * p) * 5 >= most)
			break;
		p *= 10;
	}
	int lines = (int)((most + step - 1) / step);
	uint64_t top = step * (uint64_t)lines;
	double ph = H - T - B, pw = W - L - R, cw = n ? pw / n : pw;
	if (cw > 64)
		cw = 64; /* a few bins stay columns, not slabs */
	ko_buf_addf(b, "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", W, H);
	h_escs(b, aria);
	ko_buf_adds(b, "\">\n");
	for (int g = 0; g <= lines; g++) {
		double y = T + ph - ph * g / lines;
		ko_buf_addf(b, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>", L,
		            W - R, y, y, g ? "#eceef3" : "#c7cad3");
		ko_buf_addf(b, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
		            "fill=\"#6b7280\">", L - 6, y + 4);
		add_compact(b, step * (uint64_t)g);
		ko_buf_adds(b, "</text>\n");
	}
	for (int i = 0; i < n; i++) {
		double h = ph * (double)col[i].n / (double)top, x = L + i * cw;
		if (col[i].n && h < 1.5)
			h = 1.5;
		ko_buf_addf(b, "<g><title>");
		h_escs(b, col[i].tip);
		ko_buf_addf(b, "</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
		            "rx=\"3\" fill=\"%s\"/>", x + cw * 0.08, T + ph - h, cw * 0.84, h, colour);
		if (col[i].n) {
			ko_buf_addf(b, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">",
			            x + cw / 2, T + ph - h - 4);
			add_compact(b, col[i].n);
			ko_buf_adds(b, "</text>");
		}
		ko_buf_addf(b, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
		            "fill=\"#6b7280\">", centre ? x + cw / 2 : x, H - B + 16);
		h_escs(b, col[i].label);
		ko_buf_adds(b, "</text></g>\n");
	}
	if (end && !centre) {
		ko_buf_addf(b, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
		            "fill=\"#6b7280\">", L + n * cw, H - B + 16);
		h_escs(b, end);
		ko_buf_adds(b, "</text>\n");
	}
	ko_buf_adds(b, "</svg>\n");
}

/* Compact lower edge of a 1-2-5 bin: 0 1 2 5 10 20 50 100 200 500 1k 2k ... */
static void edge_label(char *out, size_t n, uint64_t v)
{
	static const char unit[] = "kMGTPE";
	int u = -1;
	while (v >= 1000 && v % 1000 == 0 && u < 5)
		v /= 1000, u++;
	if (u < 0)
		snprintf(out, n, "%llu", (unsigned long long)v);
	else
		snprintf(out, n, "%llu%c", (unsigned long long)v, unit[u]);
}

static void html_hist(struct ko_buf *b, const char *title, const char *unit,
                      const struct hist *h, const char *colour)
{
	ko_buf_adds(b, "<section class=\"panel\"><h2>");
	h_escs(b, title);
	ko_buf_adds(b, "</h2>\n");
	if (!h->n) {
		ko_buf_adds(b, "<p class=\"note\">No record with text.</p></section>\n");
		return;
	}
	int a, z;
	coarse_span(h, &a, &z);
	struct column col[H_COARSE];
	int n = 0;
	for (int i = a; i <= z; i++, n++) {
		col[n].n = h->coarse[i];
		edge_label(col[n].label, sizeof col[n].label, coarse_low(i));
		struct ko_buf t = {0};
		bin_label(&t, i);
		snprintf(col[n].tip, sizeof col[n].tip, "%s %s: %llu records (%.1f%%)", t.p, unit,
		         (unsigned long long)h->coarse[i], pct(h->coarse[i], h->n));
		ko_buf_free(&t);
	}
	char end[32];
	edge_label(end, sizeof end, coarse_low(z + 1));
	svg_columns(b, col, n, colour, 0, end, title);
	ko_buf_adds(b, "<div class=\"chips\"><span class=\"chip\">min <b>");
	add_count(b, h->min);
	ko_buf_adds(b, "</b></span>");
	for (int q = 0; q < NQ; q++) {
		ko_buf_addf(b, "<span class=\"chip\">%s <b>", q == 2 ? "median" : qnames[q]);
		add_count(b, hist_quantile(h, quantiles[q]));
		ko_buf_adds(b, "</b></span>");
	}
	ko_buf_addf(b, "<span class=\"chip\">mean <b>%.1f</b></span><span class=\"chip\">max <b>",
	            (double)h->sum / (double)h->n);
	add_count(b, h->max);
	ko_buf_adds(b, "</b></span></div>\n<p class=\"note\">Columns start at the ");
	ko_buf_addf(b, "number under them (bins 1–2–5 on a log scale); hover for counts.</p>"
	            "</section>\n");
}

static void html_share(struct ko_buf *b, const struct stats *st)
{
	uint64_t n = share_count(st, 0, 1000);
	ko_buf_adds(b, "<section class=\"panel\"><h2>Hangul share of letters</h2>\n");
	if (!n) {
		ko_buf_adds(b, "<p class=\"note\">No record with letters.</p></section>\n");
		return;
	}
	struct column col[10];
	for (int i = 0; i < 10; i++) {
		col[i].n = share_bin(st, i);
		snprintf(col[i].label, sizeof col[i].label, "%d%%", i * 10);
		snprintf(col[i].tip, sizeof col[i].tip, "%d–%d%% Hangul: %llu records (%.1f%%)", i * 10,
		         i * 10 + 10, (unsigned long long)col[i].n, pct(col[i].n, n));
	}
	svg_columns(b, col, 10, "var(--d)", 0, "100%", "Hangul share of letters");
	ko_buf_addf(b, "<div class=\"chips\"><span class=\"chip\">mean <b>%.1f%%</b></span>",
	            (double)st->share_sum / 10.0 / (double)n);
	for (int q = 0; q < NQ; q++)
		ko_buf_addf(b, "<span class=\"chip\">%s <b>%.1f%%</b></span>",
		            q == 2 ? "median" : qnames[q], share_quantile(st, quantiles[q]));
	ko_buf_adds(b, "</div>\n<p class=\"note\">Hangul syllables and jamo among all letters "
	            "(Hanja and Latin letters count as letters; digits, punctuation and spaces do "
	            "not).");
	if (st->no_letters) {
		ko_buf_adds(b, " Records without a letter: ");
		add_count(b, st->no_letters);
		ko_buf_addc(b, '.');
	}
	ko_buf_adds(b, "</p></section>\n");
}

/* Horizontal bars: one row per value, the most frequent first. */
struct hrow {
	const char *label;
	uint64_t n;
	const char *colour;
};

static void svg_hbars(struct ko_buf *b, const struct hrow *row, int n, uint64_t of,
                      const char *aria)
{
	const int W = 560, RH = 26, LW = 190, VW = 110;
	uint64_t most = 1;
	for (int i = 0; i < n; i++)
		if (row[i].n > most)
			most = row[i].n;
	ko_buf_addf(b, "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", W, n * RH + 6);
	h_escs(b, aria);
	ko_buf_adds(b, "\">\n");
	for (int i = 0; i < n; i++) {
		double y = 3 + i * RH, w = (W - LW - VW) * (double)row[i].n / (double)most;
		if (row[i].n && w < 2)
			w = 2;
		ko_buf_adds(b, "<g><title>");
		h_escs(b, row[i].label);
		ko_buf_addf(b, ": %llu (%.1f%%)</title>", (unsigned long long)row[i].n,
		            pct(row[i].n, of));
		ko_buf_addf(b, "<text x=\"%d\" y=\"%.1f\" font-size=\"13\" text-anchor=\"end\">",
		            LW - 8, y + 17);
		add_cut(b, row[i].label, 24);
		ko_buf_addf(b, "</text><rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"18\" rx=\"4\" "
		            "fill=\"%s\"/>", LW, y + 4, w, row[i].colour);
		ko_buf_addf(b, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#6b7280\">",
		            LW + w + 6, y + 17);
		add_count(b, row[i].n);
		ko_buf_addf(b, " · %.1f%%</text></g>\n", pct(row[i].n, of));
	}
	ko_buf_adds(b, "</svg>\n");
}

static void html_tally(struct ko_buf *b, const char *title, const struct tally *t, uint64_t none,
                       const char *none_label, uint64_t of, int top, const char *colour)
{
	struct hrow *row = ko_xcalloc((size_t)top + 2, sizeof *row);
	int n = 0;
	uint64_t rest = t->other;
	for (size_t i = 0; i < t->ne; i++) {
		if (n == top) {
			rest += t->e[i].n;
			continue;
		}
		row[n++] = (struct hrow){t->e[i].key, t->e[i].n, colour};
	}
	if (rest)
		row[n++] = (struct hrow){"(other values)", rest, "#9ca3af"};
	if (none)
		row[n++] = (struct hrow){none_label, none, "#cbd5e1"};
	ko_buf_adds(b, "<section class=\"panel\"><h2>");
	h_escs(b, title);
	ko_buf_adds(b, "</h2>\n");
	svg_hbars(b, row, n, of, title);
	ko_buf_adds(b, "</section>\n");
	free(row);
}

/* One bar across the width, in segments: the licence mix, or what a stage
 * did with its records. */
struct seg {
	const char *label;
	uint64_t n;
	const char *colour;
};

static void svg_stack(struct ko_buf *b, const struct seg *s, int n, uint64_t total,
                      const char *aria)
{
	const int W = 560, H = 34;
	ko_buf_addf(b, "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", W, H);
	h_escs(b, aria);
	ko_buf_addf(b, "\"><rect width=\"%d\" height=\"%d\" rx=\"8\" fill=\"#eef0f6\"/>\n", W, H);
	double x = 0;
	for (int i = 0; i < n; i++) {
		if (!s[i].n || !total)
			continue;
		double w = W * (double)s[i].n / (double)total;
		ko_buf_adds(b, "<g><title>");
		h_escs(b, s[i].label);
		ko_buf_addf(b, ": %llu (%.1f%%)</title><rect x=\"%.2f\" width=\"%.2f\" height=\"%d\" "
		            "fill=\"%s\"/>", (unsigned long long)s[i].n, pct(s[i].n, total), x,
		            w < 1 ? 1 : w, H, s[i].colour);
		if (w > 60) {
			ko_buf_addf(b, "<text x=\"%.1f\" y=\"22\" font-size=\"13\" text-anchor=\"middle\" "
			            "style=\"fill:#fff\">%.0f%%</text>", x + w / 2, pct(s[i].n, total));
		}
		ko_buf_adds(b, "</g>\n");
		x += w;
	}
	ko_buf_adds(b, "</svg>\n<div class=\"legend\">");
	for (int i = 0; i < n; i++) {
		if (!s[i].n)
			continue;
		ko_buf_addf(b, "<span><i style=\"background:%s\"></i>", s[i].colour);
		h_escs(b, s[i].label);
		ko_buf_adds(b, " <b>");
		add_count(b, s[i].n);
		ko_buf_addf(b, "</b> (%.1f%%)</span>", pct(s[i].n, total));
	}
	ko_buf_adds(b, "</div>\n");
}

static void html_licences(struct ko_buf *b, const struct stats *st, int top)
{
	int max = top < 12 ? top : 12;
	struct seg *s = ko_xcalloc((size_t)max + 3, sizeof *s);
	int n = 0, nok = 0, nwarn = 0;
	uint64_t rest_ok = 0, rest_warn = st->license.other;
	for (size_t i = 0; i < st->license.ne; i++) {
		const struct entry *e = &st->license.e[i];
		int bad = ko_license_restricted(e->key, e->len);
		if (n == max) {
			*(bad ? &rest_warn : &rest_ok) += e->n;
			continue;
		}
		s[n++] = (struct seg){e->key, e->n,
		                      bad ? warn_colours[nwarn++ % 4] : ok_colours[nok++ % 6]};
	}
	if (rest_ok)
		s[n++] = (struct seg){"other permissive", rest_ok, "#86efac"};
	if (rest_warn)
		s[n++] = (struct seg){"other restricted", rest_warn, "#fdba74"};
	if (st->no_license)
		s[n++] = (struct seg){"none (unknown)", st->no_license, "#9ca3af"};
	uint64_t bad = restricted_licences(st);
	double usable = pct(st->json - bad, st->json);
	ko_buf_addf(b, "<section class=\"panel\"><h2>Licence mix</h2>\n<p><span class=\"big\" "
	            "style=\"color:var(--%s)\">", usable >= 99.95 ? "ok" : "warn");
	ko_buf_addf(b, "%.1f%%</span> of JSON records carry a licence that allows commercial use "
	            "and derivatives; <b>", usable);
	add_count(b, bad);
	ko_buf_adds(b, "</b> are restricted (NC, ND) or unknown.</p>\n");
	svg_stack(b, s, n, st->json, "Licence mix");
	ko_buf_adds(b, "<p class=\"note\">From the <code>license</code> field (SPDX ids); a record "
	               "without one counts as unknown. Orange: non-commercial, no-derivatives or "
	               "unnamed terms (<code>--licenses commercial</code> refuses them).</p>"
	               "</section>\n");
	free(s);
}

static void html_runs(struct ko_buf *b, const struct runs *rs)
{
	ko_buf_adds(b, "<section class=\"panel\"><h2>Runs</h2>\n<p class=\"note\">");
	add_count(b, rs->lines);
	ko_buf_addf(b, " <code>--stats</code> lines in %d stage%s; shards of one stage (same "
	            "tool and options) are added up.</p>\n<table><tr><th>stage</th><th>runs</th>"
	            "<th>in</th><th>out</th><th>rejected</th><th>bytes</th><th>seconds</th>"
	            "<th>MB/s a run</th></tr>\n", rs->n, rs->n == 1 ? "" : "s");
	for (int i = 0; i < rs->n; i++) {
		const struct stage *s = &rs->s[i];
		ko_buf_adds(b, "<tr><td><code>");
		h_escs(b, s->label);
		ko_buf_adds(b, "</code>");
		if (s->failed)
			ko_buf_addf(b, " <b style=\"color:var(--warn)\">%llu failed</b>",
			            (unsigned long long)s->failed);
		if (s->seeds_differ)
			ko_buf_adds(b, " <span class=\"note\">seeds differ</span>");
		if (s->versions_differ)
			ko_buf_adds(b, " <span class=\"note\">versions differ</span>");
		if (s->left_out || s->repeats) {
			ko_buf_adds(b, "<br><span class=\"note\">left out by the mix ");
			add_count(b, s->left_out);
			ko_buf_addf(b, " (%.1f%%)", pct(s->left_out, s->in));
			if (s->repeats) {
				ko_buf_adds(b, ", repeated copies ");
				add_count(b, s->repeats);
			}
			ko_buf_addf(b, ": in = out%s + rejected + left out</span>",
			            s->repeats ? " − repeated" : "");
		}
		if (s->missing) {
			ko_buf_adds(b, "<br><span class=\"note\">without the text field: ");
			add_count(b, s->missing);
			ko_buf_adds(b, "</span>");
		}
		ko_buf_adds(b, "</td><td>");
		add_count(b, s->runs);
		ko_buf_adds(b, "</td><td>");
		add_count(b, s->in);
		ko_buf_adds(b, "</td><td>");
		add_count(b, s->out);
		ko_buf_adds(b, "</td><td>");
		add_count(b, s->rejected);
		ko_buf_addf(b, " (%.1f%%)</td><td>", pct(s->rejected, s->in));
		add_bytes(b, s->bytes);
		ko_buf_addf(b, "</td><td>%.1f</td><td>", s->seconds);
		if (s->seconds > 0)
			ko_buf_addf(b, "%.1f", (double)s->bytes / 1e6 / s->seconds);
		ko_buf_adds(b, "</td></tr>\n");
	}
	ko_buf_adds(b, "</table>\n");
	for (int i = 0; i < rs->n; i++) {
		const struct stage *s = &rs->s[i];
		if (!s->in)
			continue;
		int max = (int)(sizeof reason_colours / sizeof reason_colours[0]);
		struct seg seg[16];
		int n = 0;
		uint64_t listed = 0, rest = 0;
		seg[n++] = (struct seg){"out", s->out, "#16a34a"};
		for (size_t k = 0; k < s->reasons.ne; k++) {
			if (n > max) {
				rest += s->reasons.e[k].n;
				continue;
			}
			seg[n] = (struct seg){s->reasons.e[k].key, s->reasons.e[k].n, reason_colours[n - 1]};
			listed += s->reasons.e[k].n;
			n++;
		}
		if (rest)
			seg[n++] = (struct seg){"other reasons", rest, "#fdba74"};
		if (s->left_out)
			seg[n++] = (struct seg){"left out by the mix", s->left_out, "#9ca3af"};
		/* Records neither out nor rejected by a reason: passed on as
		 * several records, or made into none (a generator's 0 tasks). */
		uint64_t shown = s->out + listed + rest + s->left_out;
		uint64_t total = s->in > shown ? s->in : shown;
		ko_buf_adds(b, "<h2 style=\"margin-top:18px\"><code>");
		h_escs(b, s->label);
		ko_buf_adds(b, "</code></h2>\n");
		svg_stack(b, seg, n, total, s->label);
	}
	ko_buf_adds(b, "</section>\n");
}

/* A row of the fields' or the roles' table, open for more cells. */
static void html_row(struct ko_buf *b, const char *name, uint64_t n, uint64_t empty,
                     const struct hist *h)
{
	ko_buf_adds(b, "<tr><td><code>");
	h_escs(b, name);
	ko_buf_adds(b, "</code></td><td>");
	add_count(b, n);
	ko_buf_adds(b, "</td><td>");
	add_count(b, empty);
	ko_buf_adds(b, "</td><td>");
	add_count(b, hist_quantile(h, 0.5));
	ko_buf_adds(b, "</td><td>");
	add_count(b, hist_quantile(h, 0.95));
	ko_buf_adds(b, "</td><td>");
	add_count(b, h->max);
	ko_buf_adds(b, "</td>");
}

/* Per field (when there are several) and, for chat records, layouts and
 * turns per role: the rows the text report and the JSON give. */
static void html_fields(struct ko_buf *b, const struct stats *st)
{
	ko_buf_adds(b, "<section class=\"panel\"><h2>Fields and turns</h2>\n");
	if (conversations(st)) {
		ko_buf_adds(b, "<p>Layouts: ");
		struct ko_buf t = {0};
		layouts_line(&t, st);
		h_esc(b, t.p, t.n);
		ko_buf_free(&t);
		ko_buf_adds(b, "</p>\n");
	}
	if (st->nf > 1) {
		ko_buf_adds(b, "<table><tr><th>field</th><th>records</th><th>empty</th>"
		               "<th>chars median</th><th>p95</th><th>max</th></tr>\n");
		for (int i = 0; i < st->nf; i++) {
			html_row(b, st->f[i].name, st->f[i].present, st->f[i].empty, &st->f[i].chars);
			ko_buf_adds(b, "</tr>\n");
		}
		ko_buf_adds(b, "</table>\n");
	}
	if (conversations(st)) {
		ko_buf_adds(b, "<table style=\"margin-top:12px\"><tr><th>role</th><th>turns</th>"
		               "<th>empty</th><th>chars median</th><th>p95</th><th>max</th>"
		               "<th>mean</th></tr>\n");
		for (int i = 0; i < NROLE; i++) {
			const struct rstat *rs = &st->role[i];
			if (rs->turns) {
				html_row(b, role_names[i], rs->turns, rs->empty, &rs->chars);
				ko_buf_addf(b, "<td>%.1f</td></tr>\n", hist_mean(&rs->chars));
			}
		}
		ko_buf_adds(b, "</table>\n<p class=\"note\">Characters of each turn that is not "
		               "empty; the system text of a record is its system turn.</p>\n");
	}
	ko_buf_adds(b, "</section>\n");
}

static void html_report(struct conf *c, const struct ko_opts *o, uint64_t invalid)
{
	struct ko_buf *b = &c->out;
	const struct stats *st = &c->st;
	uint64_t all = st->records + invalid;
	char v[64], s[128];
	struct ko_buf t = {0};
	ko_buf_adds(b, html_head);
	ko_buf_adds(b, "<title>ko-stats: ");
	if (o->optind >= o->argc)
		ko_buf_adds(b, c->nrun && o->optind >= o->argc ? "runs" : "stdin");
	for (int i = o->optind; i < o->argc; i++) {
		if (i > o->optind)
			ko_buf_adds(b, ", ");
		h_escs(b, o->argv[i]);
	}
	ko_buf_adds(b, "</title>\n");
	ko_buf_adds(b, html_style);
	ko_buf_adds(b, "<h1>Dataset report</h1>\n<p class=\"sub\">");
	if (o->optind >= o->argc)
		ko_buf_adds(b, c->nrun ? "" : "standard input");
	for (int i = o->optind; i < o->argc; i++) {
		if (i > o->optind)
			ko_buf_adds(b, " · ");
		h_escs(b, o->argv[i]);
	}
	ko_buf_adds(b, " — text from ");
	fields_label(&t, c, o);
	h_esc(b, t.p, t.n);
	ko_buf_clear(&t);
	ko_buf_adds(b, "</p>\n");
	if (all || !c->nrun) {
		ko_buf_adds(b, "<div class=\"cards\">\n");
		add_count(&t, all);
		snprintf(s, sizeof s, "%llu JSON · %llu text lines", (unsigned long long)st->json,
		         (unsigned long long)st->text_lines);
		card(b, "", "Records", t.p, s);
		ko_buf_clear(&t);
		add_bytes(&t, st->bytes);
		ko_buf_clear(&c->tmp);
		add_bytes(&c->tmp, st->text_bytes);
		snprintf(s, sizeof s, "%s of it text", c->tmp.p);
		card(b, "", "Size", t.p, s);
		ko_buf_clear(&t);
		snprintf(v, sizeof v, "%.1f%%", pct(st->with_text, all));
		add_count(&t, st->with_text);
		snprintf(s, sizeof s, "%s records", t.p);
		card(b, st->with_text == all ? "good" : "", "With text", v, s);
		ko_buf_clear(&t);
		double d = hll_estimate(st->hll);
		ko_buf_addc(&t, '~');
		add_count(&t, round_u64(d));
		snprintf(s, sizeof s, "%.1f%% of texts; HyperLogLog ±0.8%%",
		         st->with_text ? 100.0 * (d > (double)st->with_text ? (double)st->with_text : d) /
		                                 (double)st->with_text
		                       : 0.0);
		card(b, "", "Distinct texts", t.p, s);
		ko_buf_clear(&t);
		add_count(&t, st->empty + st->missing + invalid);
		snprintf(s, sizeof s, "%llu empty · %llu no field · %llu invalid",
		         (unsigned long long)st->empty, (unsigned long long)st->missing,
		         (unsigned long long)invalid);
		card(b, st->empty + st->missing + invalid ? "bad" : "good", "Without usable text", t.p, s);
		ko_buf_clear(&t);
		ko_buf_adds(b, "</div>\n<div class=\"grid\">\n");
		html_hist(b, "Characters per record", "characters", &st->chars, "var(--a)");
		html_hist(b, "Eojeol (words) per record", "eojeol", &st->eojeol, "var(--b)");
		html_hist(b, "Sentences per record", "sentences", &st->sentences, "var(--c)");
		html_share(b, st);
		if (conversations(st))
			html_hist(b, "Turns per conversation (system turn aside)", "turns", &st->turns,
			          "var(--d)");
		ko_buf_adds(b, "</div>\n");
		if (st->nf > 1 || conversations(st))
			html_fields(b, st);
		if (st->json)
			html_licences(b, st, c->top);
		ko_buf_adds(b, "<div class=\"grid\">\n");
		if (st->task.ne)
			html_tally(b, "Tasks", &st->task, st->no_task, "(no task)", st->json, c->top,
			           "#4f46e5");
		if (st->source.ne)
			html_tally(b, "Sources", &st->source, st->no_source, "(no source)", st->json,
			           c->top, "#0d9488");
		if (st->keys.ne)
			html_tally(b, "Fields present", &st->keys, 0, "", st->json, 40, "#64748b");
		ko_buf_adds(b, "</div>\n");
	}
	if (c->nrun)
		html_runs(b, &c->runs);
	ko_buf_adds(b, "<footer>Made by ko-stats (kopipe " KO_VERSION ") in one pass. Quantiles "
	               "come from log-linear histograms: exact up to 127, within 0.8% above. "
	               "Distinct texts are a HyperLogLog estimate (2<sup>14</sup> registers). "
	               "Sentences by the kopipe splitter; eojeol are runs of non-space characters."
	               "</footer>\n</main>\n</body>\n</html>\n");
	ko_buf_free(&t);
}
