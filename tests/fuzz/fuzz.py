#!/usr/bin/env python3
"""fuzz.py - optional black-box fuzzing of the ko-* tools (not part of make check).

usage: tests/fuzz/fuzz.py [-n N] [--seed S] [--only REGEX] [--keep DIR] [--bin DIR]

Runs each tool configuration on N generated inputs, with --on-error fail and
with --on-error skip --rejects, under a timeout. Flags: deaths by signal,
timeouts, sanitizer reports, malformed messages, JSONL output lines that are
not JSON, and records neither written, rejected nor reported. Failing inputs
are saved under --keep (default /tmp/kofuzz).
"""
import argparse, glob, gzip, json, os, random, re, subprocess, sys, tempfile, zlib

top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
bindir = os.path.join(top, "bin")

def seeds():
    s = []
    for f in glob.glob(os.path.join(top, "examples/*.jsonl")) + \
             glob.glob(os.path.join(top, "examples/*.json")) + \
             glob.glob(os.path.join(top, "tests/cases/*/*/in")) + \
             glob.glob(os.path.join(top, "tests/cases/*/*/*.csv")) + \
             glob.glob(os.path.join(top, "tests/cases/*/*/*.tsv")) + \
             glob.glob(os.path.join(top, "tests/cases/*/*/wiki_00")):
        with open(f, "rb") as fh:
            d = fh.read()
        if d[:2] == b"\x1f\x8b":
            try: d = gzip.decompress(d)
            except Exception: pass
        s.append(d)
    return s

NASTY = [b"\x00", b"\r", b"\r\n", b"\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
         b"\xe0", b"\xea\xb0", b"\\", b"\\u", b"\\ud800", b"\\udc00", b"\\ud800\\u0041",
         b"\\u0000", b'"', b"{", b"}", b"[", b"]", b",", b":", b"\n", b"\t", b" ",
         b"1e999999", b"-0", b"99999999999999999999999999", b"null", b"true", b"[]", b"{}",
         "다.".encode(), "?".encode(), "…".encode(), "\u200b".encode(), "ᄀ".encode(),
         b"<", b">", b"&amp;", b"&#", b"&#x10FFFF;", b"&#xD800;", b"&#99999999999;",
         b"\xef\xbb\xbf", b"\x1f\x8b", b"</doc>", b'<doc id="1" url="u" title="t">',
         "。".encode(), b"...", b"!!!!", "ㅋ".encode() * 50, b"  \n\n  ", b"\"\"", b"\\n"]

KEYS = ["text", "id", "source", "title", "summary", "category", "context", "question",
        "answer", "answers", "sentences", "words", "instruction", "input", "output", "task"]

def rand_value(r, depth=0):
    k = r.randrange(10)
    if k < 4 or depth > 3:
        return r.choice(["", "가", "다.", "문장이다. 또 문장이다! 세 번째?", "x" * r.randrange(0, 300),
                         "\ud800", "a\u0000b", "한국어 " * r.randrange(1, 100), "\n\n", "ㅋㅋㅋ", "\r"])
    if k == 4: return r.choice([0, -1, 1e308, 10**30, 3.5, True, False, None])
    if k == 5: return [rand_value(r, depth + 1) for _ in range(r.randrange(4))]
    if k == 6: return {r.choice(KEYS): rand_value(r, depth + 1) for _ in range(r.randrange(4))}
    return r.choice(["문장 하나. 문장 둘. 문장 셋.", "제목", "요약이다.", "푸른섬 등대는 하얗다."])

def rand_record(r):
    d = {}
    for _ in range(r.randrange(0, 7)):
        d[r.choice(KEYS)] = rand_value(r)
    s = json.dumps(d, ensure_ascii=r.random() < 0.5)
    if r.random() < 0.1:   # duplicate key
        s = s[:-1] + (", " if len(d) else "") + '"text": "중복."}'
    return s.encode("utf-8", "surrogatepass")

def mutate(r, d):
    d = bytearray(d)
    for _ in range(r.randrange(1, 8)):
        op = r.randrange(9)
        pos = r.randrange(len(d) + 1) if d else 0
        if op == 0 and d: del d[pos:pos + r.randrange(1, 20)]
        elif op == 1: d[pos:pos] = r.choice(NASTY)
        elif op == 2 and d: d[min(pos, len(d) - 1)] = r.randrange(256)
        elif op == 3: d = d[:pos]
        elif op == 4 and d:
            a = r.randrange(len(d)); b = min(len(d), a + r.randrange(1, 200))
            d[pos:pos] = d[a:b] * r.randrange(1, 4)
        elif op == 5: d[pos:pos] = bytes(r.randrange(256) for _ in range(r.randrange(1, 10)))
        elif op == 6: d = d.replace(b"\n", b"\r")
        elif op == 7: d[pos:pos] = rand_record(r) + b"\n"
        elif op == 8 and d: d[pos:pos] = b"[" * r.randrange(1, 3000)
    return bytes(d)

def tweak(r, v, depth=0):
    """Replace random parts of a parsed JSON value with wrong or odd ones."""
    if r.random() < 0.08:
        return rand_value(r, 2)
    if isinstance(v, dict):
        items = list(v.items())
        if r.random() < 0.1 and items: del items[r.randrange(len(items))]
        if r.random() < 0.05: items.append((r.choice(KEYS), rand_value(r)))
        return {k: tweak(r, x, depth + 1) for k, x in items}
    if isinstance(v, list):
        v = [tweak(r, x, depth + 1) for x in v]
        if r.random() < 0.1 and v: del v[r.randrange(len(v))]
        if r.random() < 0.05: v = v * r.randrange(2, 5)
        if r.random() < 0.05: v = []
        return v
    if isinstance(v, str) and r.random() < 0.1:
        return r.choice(["", v + v, v[: len(v) // 2], "\ud800", v + "\u0000", 7, None, [v], {"text": v}])
    if isinstance(v, (int, float)) and not isinstance(v, bool) and r.random() < 0.2:
        return r.choice([-1, 0, 2**63, -2**63, 1e300, 0.5, str(v), None, 10**40])
    return v

def structural(r, d):
    try:
        doc = json.loads(d)
        return json.dumps(tweak(r, doc), ensure_ascii=r.random() < 0.5,
                          indent=r.choice([None, 1])).encode("utf-8", "surrogatepass")
    except Exception:
        pass
    out = []
    for l in d.split(b"\n"):
        try:
            out.append(json.dumps(tweak(r, json.loads(l)), ensure_ascii=r.random() < 0.5).encode("utf-8", "surrogatepass"))
        except Exception:
            if b"\t" in l and r.random() < 0.3:
                cells = l.split(b"\t")
                i = r.randrange(len(cells))
                cells[i] = r.choice([b"", b'"', b'"a""b"', b"x" * 5000, cells[i] * 3, b"\t\t"])
                l = b"\t".join(cells)
            out.append(l)
    return b"\n".join(out)

def gen_input(r, seedl):
    k = r.randrange(22)
    if k >= 16:
        d = structural(r, r.choice(seedl))
        return mutate(r, d) if k == 21 else d
    if k == 0: return bytes(r.randrange(256) for _ in range(r.randrange(0, 2000)))
    if k == 1: return b"\n".join(rand_record(r) for _ in range(r.randrange(1, 20))) + b"\n"
    if k == 2:  # very long line
        return ('{"id":"L","text":"' + "긴 문장이다 " * r.randrange(1000, 40000) + '"}\n').encode()
    if k == 3:
        return ('{"text":"' + r.choice(["가", ".", " ", "\\n", "(", "\"", "ㅋ", "1.", "?!"]) * r.randrange(1000, 100000) + '"}\n').encode()
    if k == 4: return b"{" * r.randrange(1, 100000)
    if k == 5:
        d = mutate(r, r.choice(seedl)) if r.random() < 0.7 else r.choice(seedl)
        z = gzip.compress(d)
        m = r.randrange(5)
        if m == 0: z = z[:r.randrange(len(z) + 1)]
        elif m == 1: z = z + z
        elif m == 2: z = gzip.compress(b"")
        elif m == 3:
            z = bytearray(z); i = r.randrange(len(z)); z[i] ^= 1 << r.randrange(8); z = bytes(z)
        elif m == 4: z = z + b"\x00" * r.randrange(1, 20)
        return z
    if k == 6: return b"\x1f\x8b" + bytes(r.randrange(256) for _ in range(r.randrange(0, 40)))
    if k == 7:
        lines = r.choice(seedl).split(b"\n")
        r.shuffle(lines)
        return b"\n".join(mutate(r, l) if r.random() < 0.3 else l for l in lines)
    return mutate(r, r.choice(seedl))

SIG = re.compile(rb"AddressSanitizer|LeakSanitizer|runtime error:|UndefinedBehaviorSanitizer|Assertion|stack-overflow")

def count_lines(b):
    return len([l for l in b.split(b"\n") if l.strip(b" \t\r")])

def input_records(data):
    """Records of a plain (non-gzip) JSONL input, or None if not JSONL."""
    if data[:2] == b"\x1f\x8b": return None
    d = data[3:] if data[:3] == b"\xef\xbb\xbf" else data
    st = d.lstrip(b" \t\n")
    if not st.startswith(b"{"): return None
    return count_lines(d.replace(b"\r\n", b"\n"))

def run(argv, data, tmp, timeout=10):
    try:
        p = subprocess.run(argv, input=data, capture_output=True, timeout=timeout, cwd=tmp)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return 124, b"", b"timeout"

# tool, extra args, per-record (one output or reject line per input record)
CONFIGS = [
    ("ko-norm", [], True), ("ko-norm", ["--nfkc", "--html", "--max-repeat", "1"], True),
    ("ko-norm", ["--join-lines", "--replace-invalid", "-f", "text", "-f", "title"], True),
    ("ko-norm", ["--max-repeat", "0", "--html"], True), ("ko-norm", ["--text", "--html"], False),
    ("ko-split", [], False), ("ko-split", ["-p", "--offsets"], False),
    ("ko-split", ["--explode", "--offsets"], False), ("ko-split", ["--text", "-p", "--offsets"], False),
    ("ko-mask", [], True), ("ko-mask", ["--eojeol", "--count", "3", "--min-len", "1"], True),
    ("ko-mask", ["--count", "1000", "--mask", ""], True), ("ko-mask", ["--min-len", "0", "--lines"], True),
    ("ko-shuffle-sent", [], True), ("ko-shuffle-sent", ["--unit", "word", "--range", "0:0"], True),
    ("ko-shuffle-sent", ["--words-field", "words"], True), ("ko-shuffle-sent", ["--unit", "word", "--range", "1:1000000"], True),
    ("ko-lastsent", [], True), ("ko-lastsent", ["--position", "random", "--min-sentences", "0"], True),
    ("ko-lastsent", ["--position", "-100", "--lines"], True), ("ko-lastsent", ["--position", "2", "--share", "0:0.5", "--others", "drop"], True),
    ("ko-summary", [], True), ("ko-summary", ["--task", "summary:1,title-summary:1,expand:1,title-category:1"], True),
    ("ko-summary", ["--task", "expand:0,title-category:5", "--system", "", "--context-in", "instruction", "--keep-fields"], True),
    ("ko-qgroup", [], False), ("ko-qgroup", ["--window", "3", "--shuffle", "--unanswerable", "1", "--max-questions", "1"], False),
    ("ko-qgroup", ["--single", "--unanswerable", "0.5", "--window", "1000"], False),
    ("ko-qgroup", ["--min-questions", "0", "--max-questions", "0"], False),
] + [("ko-import", [f], False) for f in ["squad", "aihub-summary", "aihub-book", "aihub-paper",
     "aihub-commonsense", "aihub-ethics", "wikiextractor", "csv", "tsv", "kobest-boolq", "kobest-copa",
     "kobest-wic", "kobest-hellaswag", "kobest-sentineg"]] + [
    ("ko-import", ["csv", "--no-header", "--columns", "1,2=x,99"], False),
    ("ko-import", ["tsv", "--columns", "text"], False), ("ko-import", ["wikiextractor", "--drop-headings"], False)]

MSG = re.compile(rb"^ko-[a-z-]+: ")

def check(tool, args, per_record, data, tmp, keep, tag):
    problems = []
    for mode in ("fail", "skip"):
        rej = os.path.join(tmp, "rej")
        if os.path.exists(rej): os.unlink(rej)
        argv = [os.path.join(bindir, tool)] + args + ["--on-error", mode]
        if mode == "skip": argv += ["--rejects", rej]
        st, out, err = run(argv, data, tmp)
        why = []
        if st not in (0, 1, 2): why.append("status %d" % st)
        if SIG.search(err): why.append("sanitizer")
        for l in err.split(b"\n"):
            if l and not MSG.match(l) and not l.startswith(b"\r") and b"Sanitizer" not in l and not SIG.search(l):
                why.append("bad message: %r" % l[:100]); break
        jl = None if "--text" in args else input_records(data)
        if st in (0, 1) and not why:
            for l in out.split(b"\n"):
                if not l: continue
                if jl is not None or tool == "ko-import":
                    try: json.loads(l.decode("utf-8", "surrogateescape"))
                    except Exception: why.append("output not JSON: %r" % l[:100]); break
            rejl = open(rej, "rb").read() if os.path.exists(rej) else b""
            for l in rejl.split(b"\n"):
                if not l: continue
                try: json.loads(l.decode("utf-8", "surrogateescape"))
                except Exception: why.append("reject not JSON: %r" % l[:100]); break
            if per_record and jl is not None and st == 0 and mode == "skip":
                nout = count_lines(out) + count_lines(rejl)
                if nout < jl:
                    why.append("lost records: in %d, out+rej %d" % (jl, nout))
        if why:
            os.makedirs(keep, exist_ok=True)
            name = os.path.join(keep, "%s-%s" % (tool, tag))
            with open(name, "wb") as fh: fh.write(data)
            with open(name + ".cmd", "w") as fh: fh.write(" ".join(argv) + "\n")
            with open(name + ".err", "wb") as fh: fh.write(err[:20000])
            problems.append("%s %s: %s (%s)" % (" ".join([tool] + args + [mode]), name, "; ".join(why), err[:300]))
    return problems

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default=None)
    ap.add_argument("--keep", default="/tmp/kofuzz")
    ap.add_argument("--bin", default=None, help="folder of the ko-* binaries")
    a = ap.parse_args()
    global bindir
    bindir = a.bin or bindir
    seedl = seeds()
    tmp = tempfile.mkdtemp()
    total = 0
    for ci, (tool, args, per_record) in enumerate(CONFIGS):
        if a.only and not re.search(a.only, tool + " " + " ".join(args)): continue
        r = random.Random(a.seed * 1000 + ci)
        nprob = 0
        for i in range(a.n):
            data = gen_input(r, seedl)
            ps = check(tool, args, per_record, data, tmp, a.keep, "%d-%d-%d" % (a.seed, ci, i))
            for p in ps: print(p, flush=True)
            nprob += len(ps)
            total += 1
        print("# %s %s: %d inputs, %d problems" % (tool, " ".join(args), a.n, nprob), flush=True)
    print("# total %d inputs" % total)

main()
