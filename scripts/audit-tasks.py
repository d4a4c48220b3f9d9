#!/usr/bin/env python3
"""audit-tasks.py - read generated tasks as a reviewer would, by rules of its own.

Usage: audit-tasks.py --docs FILE [--docs-format wikiextractor|jsonl]
                      --tasks TASKS.jsonl --freq FILE [--name NAME]
                      [--examples N] [--show N]

The audit shares no code and no word list with the generators: it reads the
source documents as they were before kopipe touched them (the raw
WikiExtractor dump, or the JSON Lines documents) and the task records the
recipe wrote, and counts, per task kind (the record's "task" field), the
share of tasks that break one of these rules:

heading    A unit or answer is a heading of its source document.  Units are
           the items of an order task (sentence-order: its input lines;
           word-order: its answer sentence), the answer and each line of
           the context of a continuation task (last-sentence,
           next-sentence), and for a mask task the passage's line that
           holds the mask, restored.
           A heading is the document's title, or a whole line of its body
           that is at most 40 characters and 6 words, has text, does not
           end in ? ! or an ellipsis, carries no sentence mark inside, has
           no chat marks (ㅋ ㅎ ㅠ ㅜ ^), no symbol or emoji, no "label: "
           colon, and whose last word (a single final '.' dropped, as
           WikiExtractor adds one to section titles) ends in no predicate
           ending: 다, 요 after a verb stem, 까, 죠, 구나, 하자 and the like, the
           note endings 음 임 함 됨, or any syllable closed by ㅁ when the
           line has no final '.'; a line of a multi-line document, followed
           by another line or itself ending in '.'.  A unit is a heading
           when it equals one (spaces and a final '.' aside), or when it
           holds one glued to the start of the line that followed it in
           the source.  (A line cut short where the extractor removed a
           formula or a list, "여기서", "코사인 법칙에 따르면,", has the same
           shape and is counted too: it is no sentence either.)
markup     Any string field (but id, url, source) holds WikiExtractor or
           HTML residue: formula_N / math_N / chem_N placeholders; HTML
           entities (&lt; &gt; &amp; &quot; &nbsp; &#N;); [[ ]] or {{ }};
           an HTML or wiki tag (<ref>, <br>, <onlyinclude>, <!-- ...);
           __MAGICWORD__; a line starting with 분류: / Category: / 파일: /
           File:; empty or comma-led brackets: () ( ) (, ) (; ) [] and
           ( , or , ) or (a, , b) left by removed text; a '''bold''' or ''italic''
           quote run; a table row ({| |- |}); a case particle standing
           alone (를 을 에 의 는 에서 으로 after a space or a line start and
           before white space, but not spaced from a Latin or digit word, a
           closing bracket or quote, or a tag: OS 에, 《책》 에, <URL> 에서),
           left where a word was removed; a list's lead-in (다음과 같다,
           아래와 같이) whose list no task carries.
wo-words   word-order: a word of the input (items separated by " / ",
           " | " or ", ", or listed one per line) is not a substring of the
           answer.  Printed below the table too: the share whose answer is
           not exactly its words joined by spaces, in some order (a gloss of
           several words in brackets is one word).
wo-list    word-order: the answer holds a list of three items or more
           (two neighbouring words that end in a comma: 사과, 배, 감을),
           whose items read as well in any order: the task has several
           right answers.
cont-short last-sentence / next-sentence: the answer is under ten
           characters (spaces aside), has no sentence end (. ? ! … 。 or
           a final predicate syllable, before closing quotes or brackets),
           or begins with a closing quote glued to a quotative particle
           ("고 덧붙였다.): the tail of a quotation cut off from it.
meta       A unit (as for heading) sends the reader elsewhere: it ends in
           참조하라 / 참고하라 (or -하시오, -하십시오, -하세요) or in
           문서를 / 항목을 보라 (a full stop aside): an editor's pointer to
           another article, no sentence to learn.
dangling   A unit (as for heading; for a mask task the whole passage) holds
           what points outside the task: a web address (http://, https://,
           www.), round brackets that do not pair (a ')' before its '(' or
           a '(' left open: a unit cut inside an aside), or a pointer to
           what follows that the extractor removed (아래의 식, 아래 그림,
           다음 식, 다음처럼, 아래처럼, 아래에서 볼).
mask-stop  mask: the answer (end punctuation dropped) is one of the most
           frequent words of real text: the --top (default 100) most
           frequent space-separated words of the --freq file's text,
           counted by this script at run time.
mask-short mask: the passage (the field holding the mask token) is under
           60 characters.
mask-copy  mask: an answer word (end punctuation dropped) stands as a whole
           space-separated word elsewhere in the passage, so the reader
           can copy it rather than infer it.
formula    Printed below the table (no target yet): tasks any string field
           of which (but id, url, source) holds a formula's remnant: a
           variable the extractor left in quotes (one Latin or Greek letter
           between straight quotes, or two of which one is Greek: log"x""n",
           "θ", "aψ"; not "OZ", "EB"), the quotative 라고 opening a sentence
           after a full stop (…이다. 라고 하자.), or a pointer at a figure
           beside or above (오른쪽 그림, 왼쪽 그림, 위 그림 at a sentence's
           start).
yield      Share of source documents with body text (a redirect or empty
           page has none) from which at least one task was made; a task's
           document is its id up to the last '/' and before any '#'.

Targets (issue 9): each share at most 2%, mask-stop and mask-short at most
5%, yield at least 90%; mask-copy (this project's own bar, not the issue's)
at most 25%.  The audit reports; it exits 1 only on bad input.
"""
import argparse, collections, gzip, json, random, re, sys, unicodedata

# ---------------------------------------------------------------- sources

def open_text(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")

def read_wikiextractor(path):
    """Yield (id, title, body lines) from a WikiExtractor dump."""
    head = re.compile(r'<doc id="([^"]*)"[^>]*title="([^"]*)"')
    cur = None
    with open_text(path) as f:
        for line in f:
            line = line.rstrip("\n")
            m = head.match(line)
            if m:
                cur = [m.group(1), m.group(2), []]
                first = True
                continue
            if line.startswith("</doc>"):
                if cur:
                    yield cur[0], cur[1], cur[2]
                cur = None
                continue
            if cur is None:
                continue
            if first:  # the title line opens the body
                first = False
                if line.strip() == cur[1].strip():
                    continue
            cur[2].append(line)

def read_jsonl(path):
    with open_text(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            rid = r.get("id", str(n))
            yield str(rid), str(r.get("title", "")), str(r.get("text", "")).split("\n")

# ---------------------------------------------------------------- headings

PRED = re.compile(r"(다|까|죠|구나|음|임|함|됨|[하보가두놓살알]자)$")
POLITE = re.compile(r"[어아해돼에세이예죠게지네나래워와봐줘데걸]요$")
CHAT = re.compile(r"[ㅋㅎㅠㅜ^]")
CLOSERS = "\"'”’」』)]}>〉》"
TEXT = re.compile(r"[가-힣A-Za-z一-鿿]")

def norm(s):
    s = " ".join(s.split())
    if s.endswith("."):
        s = s[:-1].rstrip()
    return s

def heading_line(line, has_next, lines_in_doc):
    s = " ".join(line.split())
    if not s or len(s) > 40 or len(s.split()) > 6 or not TEXT.search(s):
        return False
    if lines_in_doc < 2 or CHAT.search(s) or re.search(r"\S:\s", s):
        return False
    if any(unicodedata.category(ch) == "So" for ch in s):
        return False
    if s[-1] in "?!…" or s.endswith("..."):
        return False
    ends_dot = s.endswith(".")
    core = s[:-1] if ends_dot else s
    if re.search(r"[.?!](\s|$)", core):
        return False
    last = core.split()[-1].rstrip(CLOSERS + ",:;")
    if not last or PRED.search(last) or POLITE.search(last):
        return False
    if not ends_dot and "가" <= last[-1] <= "힣" and (ord(last[-1]) - 0xAC00) % 28 == 16:
        return False  # 다녀옴, 먹음: a -ㅁ ending closes a note-style sentence
    return ends_dot or has_next

def headings_of(title, lines):
    body = [l for l in lines if l.strip()]
    hs, glued = set(), []
    if title.strip():
        hs.add(norm(title))
    for i, l in enumerate(body):
        if heading_line(l, i + 1 < len(body), len(body)):
            h = norm(l)
            hs.add(h)
            if i + 1 < len(body):
                nxt = " ".join(body[i + 1].split())[:12]
                if nxt:
                    glued.append(h + " " + nxt)
    return hs, glued

# ---------------------------------------------------------------- rules

MARKUP = [
    ("placeholder", re.compile(r"\b(formula|math|chem|codice)_\d+")),
    ("entity", re.compile(r"&(lt|gt|amp|quot|nbsp|apos|#\d+|#x[0-9a-fA-F]+);")),
    ("brackets", re.compile(r"\[\[|\]\]|\{\{|\}\}")),
    ("tag", re.compile(r"<!--|</?(ref|references|br|onlyinclude|includeonly|noinclude|"
                       r"nowiki|div|span|small|big|sup|sub|math|center|font|gallery|"
                       r"table|tr|td|th|poem|score|timeline|syntaxhighlight|source|"
                       r"code|pre|blockquote|abbr|b|i|u|s|p|hr)\b[^>]*>", re.I)),
    ("magic", re.compile(r"__[A-Z가-힣]+__")),
    ("category", re.compile(r"(^|\n)\s*(분류|Category|파일|File|그림|Image):", re.I)),
    ("empty-bracket", re.compile(r"\(\s*\)|\[\s*\]|\(\s*[,;]|[,;]\s*\)|\([^()\n]*[,;]\s*[,;][^()\n]*\)")),
    ("quote-run", re.compile(r"'''?[^'\n]+'''?")),
    ("table", re.compile(r"(^|\n)\s*(\{\||\|-|\|\})")),
    ("lead-in", re.compile(r"(다음|아래)(과|와)\s*같")),
    ("particle", re.compile(r"(^|\n|(?<![A-Za-z0-9)\]\"'>’”〉》」』】〕）]) )"
                            r"(를|을|에|의|는|에서|으로)(?=[ \t\n])")),
]
SKIP_FIELDS = {"id", "url", "source"}
MARKUP_SEEN = collections.Counter()
NOT_JOINED = [0]
HEADING_ANSWER = [0]

def markup_in(rec):
    for k, v in rec.items():
        if k in SKIP_FIELDS or not isinstance(v, str):
            continue
        for name, rx in MARKUP:
            if rx.search(v):
                return name
    return None

END = re.compile(r"([.?!…。]|[다요까죠네지군자라오음임함됨])[" + re.escape(CLOSERS) + r"]*$")

def sentence_end(s):
    return bool(END.search(s.strip()))

ENUM = re.compile(r"^\s*(\(?\d+[.)]|[A-Z][.)]|[-*•])\s+")

def order_items(inp):
    lines = [l for l in inp.split("\n") if l.strip()]
    if lines and all(ENUM.match(l) for l in lines):
        lines = [ENUM.sub("", l, count=1) for l in lines]
    return lines

def word_items(inp):
    lines = [l.strip() for l in inp.split("\n") if l.strip()]
    if len(lines) > 1:
        return [ENUM.sub("", l, count=1) for l in lines]
    s = inp.strip()
    for sep in (" / ", " | ", ", "):
        if sep in s:
            return [w for w in s.split(sep) if w]
    return s.split()

def spaced_words(s):
    """The words of s split at spaces outside round and square brackets: a
    gloss of several words (지석묘(統營 鳳坪洞 支石墓)가) is one word."""
    words, cur, depth = [], "", 0
    for ch in s.strip():
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch.isspace() and not depth:
            if cur:
                words.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        words.append(cur)
    return words

def in_instruction(ins):
    """The passage a wording put in the instruction, before or after the
    question (or after it under --context-in instruction): the longest of
    its blank-line-separated parts."""
    parts = ins.split("\n\n")
    return max(parts, key=len) if len(parts) > 1 else ""

def passage(rec, token):
    for k in ("input", "instruction"):
        v = rec.get(k)
        if isinstance(v, str) and token in v:
            if k == "instruction" and "\n\n" in v:
                return in_instruction(v)
            return v
    return ""

def passage_of_cont(rec):
    """The context of a continuation task: its input, or the passage in the
    instruction when the input is empty."""
    inp = rec.get("input")
    if isinstance(inp, str) and inp.strip():
        return inp
    return in_instruction(str(rec.get("instruction", "")))

def doc_of(tid):
    tid = str(tid)
    if "/" in tid:
        tid = tid.rsplit("/", 1)[0]
    return tid.split("#", 1)[0]

WORD_STRIP = "\"'“”‘’「」『』()[]{}<>〈〉《》.,;:!?…·"

def top_words(path, top):
    c = collections.Counter()
    with open_text(path) as f:
        for line in f:
            if line.startswith("<doc") or line.startswith("</doc"):
                continue
            for w in line.split():
                w = w.strip(WORD_STRIP)
                if re.search(r"[가-힣]", w):
                    c[w] += 1
    return {w for w, _ in c.most_common(top)}

# ---------------------------------------------------------------- audit

CHECKS = ["heading", "markup", "meta", "dangling", "wo-words", "wo-list", "cont-short",
          "mask-stop", "mask-short", "mask-copy"]
TARGET = {"heading": 2, "markup": 2, "meta": 2, "dangling": 2, "wo-words": 2, "wo-list": 2,
          "cont-short": 2, "mask-stop": 5, "mask-short": 5, "mask-copy": 25}
WEB = re.compile(r"(?:https?|ftp)://|(?<![A-Za-z])www\.")
POINTER = re.compile(r"아래의?\s?(?:식|그림)|다음\s식|(?:다음|아래)처럼|아래에서\s볼")

LETTER = "A-Za-z\u0391-\u03a9\u03b1-\u03c9"
FORMULA = [
    ("quoted variable", re.compile(r'"(?:[%s]|[A-Za-z][\u0391-\u03a9\u03b1-\u03c9]|[\u0391-\u03a9\u03b1-\u03c9][%s])"'
                                   % (LETTER, LETTER))),
    ("라고 hole", re.compile(r"(?:^|\.\s+)라고(?:\s|$)")),
    ("figure pointer", re.compile(r"(?:^|\s)(?:오른쪽|왼쪽|옆의)\s?그림|(?:^|[.,]\s+)위의?\s?그림")),
]
FORMULA_SEEN = collections.Counter()

def formula_in(rec):
    for k, v in rec.items():
        if k in SKIP_FIELDS or not isinstance(v, str):
            continue
        for name, rx in FORMULA:
            if rx.search(v):
                return name
    return None

def dangling(u):
    if WEB.search(u) or POINTER.search(u):
        return True
    depth = 0
    for ch in u:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return True
    return depth != 0
META = re.compile(r"(?:(?:참조|참고)\s?하(?:라|시오|십시오|세요)|(?:문서|항목)[을를]\s보(?:라|시오|십시오|세요))"
                  r"[.!]?[\s\"')」』”’]*$")
QUOTE_TAIL = re.compile(r"^[\"'”’」』]\s?(?:고|라고|라는|라며|며|는|라|이라고)(?:\s|$)")
CONT = {"last-sentence", "next-sentence"}
ORDER = {"sentence-order"}
WORD = {"word-order"}
MASK = {"mask", "mask-multi"}

def applies(check, kind):
    return {"heading": kind in CONT | ORDER | WORD | MASK,
            "markup": True,
            "meta": kind in CONT | ORDER | WORD | MASK,
            "dangling": kind in CONT | ORDER | WORD | MASK,
            "wo-words": kind in WORD,
            "wo-list": kind in WORD,
            "cont-short": kind in CONT,
            "mask-stop": kind in MASK,
            "mask-short": kind in MASK,
            "mask-copy": kind in MASK}[check]

def audit(rec, heads, stop, token):
    kind = rec.get("task", "?")
    inp, out = str(rec.get("input", "")), str(rec.get("output", ""))
    parts = str(rec.get("instruction", "")).split("\n\n")
    if not inp.strip() and len(parts) > 1:
        # items a wording put in the instruction: words joined by " / ",
        # sentences one per line
        mark = " / " if kind in WORD else "\n" if kind in ORDER else None
        items = [p for p in parts if mark and mark in p]
        inp = items[0] if items else in_instruction(str(rec.get("instruction", "")))
    hs, glued = heads.get(doc_of(rec.get("id", "")), (set(), []))
    bad = {}
    units = []
    if kind in ORDER:
        units = order_items(inp) or [inp]
    elif kind in CONT:
        units = [out] + [l for l in passage_of_cont(rec).split("\n") if l.strip()]
    elif kind in WORD:
        units = [out]
    elif kind in MASK:
        # the line of the passage that holds the mask, restored
        p = passage(rec, token)
        for l in p.split("\n"):
            if token in l:
                units = [l.replace(token, out)]
    for k, u in enumerate(units):
        nu = norm(u)
        if nu in hs or any(g in " ".join(u.split()) for g in glued):
            bad["heading"] = u
            if kind in CONT and k == 0:
                HEADING_ANSWER[0] += 1
            break
    for u in units:
        if META.search(u.strip()):
            bad["meta"] = u
            break
    for u in (units if kind not in MASK else [passage(rec, token)]):
        if dangling(u):
            bad["dangling"] = u
            break
    m = markup_in(rec)
    if m:
        bad["markup"] = m
        MARKUP_SEEN[m] += 1
    if kind in WORD:
        ws = word_items(inp)
        for w in ws:
            if w not in out:
                bad["wo-words"] = w
                break
        if sorted(ws) != sorted(spaced_words(out)):
            NOT_JOINED[0] += 1
        ow = out.split()
        if any(ow[i].endswith(",") and ow[i + 1].endswith(",") for i in range(len(ow) - 1)):
            bad["wo-list"] = out
    if kind in CONT:
        a = out.strip()
        if len("".join(a.split())) < 10 or not sentence_end(a) or QUOTE_TAIL.match(a):
            bad["cont-short"] = a
    if kind in MASK:
        if out.strip().strip(WORD_STRIP) in stop:
            bad["mask-stop"] = out
        p = passage(rec, token)
        if len(p.strip()) < 60:
            bad["mask-short"] = len(p.strip())
        words = {w.strip(WORD_STRIP) for w in p.split()}
        for a in out.split("\n"):
            a = re.sub(r"^[0-9]+\. ", "", a.strip()) if "\n" in out else a.strip()
            if a.strip(WORD_STRIP) in words:
                bad["mask-copy"] = a
                break
    return kind, bad

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", required=True)
    ap.add_argument("--docs-format", choices=["wikiextractor", "jsonl"], default="jsonl")
    ap.add_argument("--tasks", required=True)
    ap.add_argument("--freq", required=True, help="text whose most frequent words are the stop list")
    ap.add_argument("--top", type=int, default=100)
    ap.add_argument("--mask-token", default="<MASK>")
    ap.add_argument("--name", default="")
    ap.add_argument("--examples", type=int, default=0, help="print N flagged tasks per check")
    ap.add_argument("--show", type=int, default=0, help="print N tasks of each kind")
    a = ap.parse_args()

    reader = read_wikiextractor if a.docs_format == "wikiextractor" else read_jsonl
    heads, with_text, total = {}, set(), 0
    for did, title, lines in reader(a.docs):
        total += 1
        heads[did] = headings_of(title, lines)
        if any(TEXT.search(l) for l in lines):
            with_text.add(did)
    stop = top_words(a.freq, a.top)

    n = collections.Counter()
    flagged = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    by_kind = collections.defaultdict(list)
    yielded = set()
    with open(a.tasks, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            kind, bad = audit(rec, heads, stop, a.mask_token)
            f_hit = formula_in(rec)
            if f_hit:
                FORMULA_SEEN[f_hit] += 1
            n[kind] += 1
            by_kind[kind].append(rec)
            yielded.add(doc_of(rec.get("id", "")))
            for c, why in bad.items():
                flagged[kind][c] += 1
                if len(examples[c]) < a.examples:
                    examples[c].append((why, rec))

    title = "audit %s: %d documents (%d with text), %d tasks" % (
        a.name, total, len(with_text), sum(n.values()))
    print(title)
    print("%-16s %6s" % ("kind", "tasks") + "".join("%11s" % c for c in CHECKS))
    missed = []
    rows = sorted(n) + ["all"]
    for kind in rows:
        cnt = sum(n.values()) if kind == "all" else n[kind]
        cells = []
        for c in CHECKS:
            if kind == "all":
                app = sum(n[k] for k in n if applies(c, k))
                bad = sum(flagged[k][c] for k in n if applies(c, k))
            else:
                app = cnt if applies(c, kind) else 0
                bad = flagged[kind][c]
            if app == 0:
                cells.append("%11s" % "-")
                continue
            pct = 100.0 * bad / app
            cells.append("%10.1f%%" % pct)
            if kind != "all" and pct > TARGET[c]:
                missed.append("%s %s %.1f%% > %d%%" % (kind, c, pct, TARGET[c]))
        print("%-16s %6d" % (kind, cnt) + "".join(cells))
    y = len(yielded & with_text)
    share = 100.0 * y / len(with_text) if with_text else 0.0
    print("documents with text yielding a task: %d of %d (%.1f%%)" % (y, len(with_text), share))
    if share < 90:
        missed.append("yield %.1f%% < 90%%" % share)
    nc = sum(n[k] for k in n if k in CONT)
    if nc:
        print("continuation tasks whose answer (not context) is a heading: %d of %d (%.1f%%)"
              % (HEADING_ANSWER[0], nc, 100.0 * HEADING_ANSWER[0] / nc))
    nw = sum(n[k] for k in n if k in WORD)
    if nw:
        print("word-order answers that are not their words joined by spaces: %d of %d (%.1f%%)"
              % (NOT_JOINED[0], nw, 100.0 * NOT_JOINED[0] / nw))
    nf = sum(FORMULA_SEEN.values())
    print("tasks with a formula's remnant: %d of %d (%.1f%%)%s" % (
        nf, sum(n.values()), 100.0 * nf / max(1, sum(n.values())),
        "".join(", %s %d" % kv for kv in FORMULA_SEEN.most_common())))
    if MARKUP_SEEN:
        print("markup residue, first rule hit: " + ", ".join(
            "%s %d" % kv for kv in MARKUP_SEEN.most_common()))
    print("targets: " + ("met" if not missed else "missed: " + "; ".join(missed)))

    for c in CHECKS:
        for why, rec in examples[c]:
            print("  [%s] %s: %s | %s" % (c, rec.get("id"), str(why)[:60],
                  json.dumps(rec, ensure_ascii=False)[:240]))
    if a.show:
        rnd = random.Random(9)
        for kind in sorted(by_kind):
            for rec in rnd.sample(by_kind[kind], min(a.show, len(by_kind[kind]))):
                print("  <%s> %s" % (kind, json.dumps(
                    {k: rec[k] for k in ("instruction", "input", "output", "id") if k in rec},
                    ensure_ascii=False)))
    return 0

if __name__ == "__main__":
    sys.exit(main())
