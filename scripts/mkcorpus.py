#!/usr/bin/env python3
"""mkcorpus.py SRC.gz OUTDIR MB - bench corpora from WikiExtractor output.

Writes OUTDIR/wiki.jsonl (one record per document: id, title, text with
paragraphs joined by newlines) and OUTDIR/wiki.txt (one paragraph per
line), each repeated until it reaches MB megabytes; repeated copies get
distinct ids so per-record seeding differs."""
import gzip, json, re, sys

src, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
docs = []
head = re.compile(r'<doc id="([^"]*)" url="[^"]*" title="([^"]*)">')
cur = None
with gzip.open(src, "rt", encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        m = head.match(line)
        if m:
            cur = [m.group(1), m.group(2), []]
        elif line == "</doc>":
            if cur:
                paras = [p for p in cur[2] if p.strip()]
                if paras and paras[0] == cur[1]:
                    paras = paras[1:]
                docs.append((cur[0], cur[1], paras))
            cur = None
        elif cur is not None:
            cur[2].append(line)

limit = int(mb * 1e6)
with open(out + "/wiki.jsonl", "w", encoding="utf-8") as j:
    size, rep = 0, 0
    while size < limit:
        for did, title, paras in docs:
            rec = json.dumps({"id": f"{did}-{rep}", "title": title,
                              "text": "\n".join(paras)}, ensure_ascii=False)
            j.write(rec + "\n")
            size += len(rec.encode()) + 1
        rep += 1
with open(out + "/wiki.txt", "w", encoding="utf-8") as t:
    size = 0
    while size < limit:
        for _, _, paras in docs:
            for p in paras:
                t.write(p + "\n")
                size += len(p.encode()) + 1
