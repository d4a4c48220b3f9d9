#!/bin/sh
# eval-korquad.sh - ko-import squad | ko-qgroup over the real KorQuAD 1.0
# dev set must keep every question with its answer, in the tasks of the
# paragraph it asks about (every paragraph that has questions has tasks),
# except the ones ko-qgroup drops with a reason (near-duplicate questions,
# markup), which it must count; and no task may hold two questions with the
# same answer, or a question that states another's answer (where a word
# starts), which ko-qgroup puts in separate tasks, nor two whose answer
# spans meet (ko-qgroup drops one); and no borrowed question may be lent
# to two tasks of one passage. Questions and answers
# are compared with their white space folded (ko-qgroup trims it). Skips
# when the shared data is absent.
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${KOPIPE_SHARED:-$top/../shared}
kq=$shared/data/korquad/KorQuAD_v1.0_dev.json
if [ ! -f "$kq" ]; then
	echo "korquad: skipped: $kq not found (the shared data folder is absent)"
	exit 0
fi
PATH=$top/bin:$PATH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A template that lays the task out plainly, so it can be checked.
printf 'qgroup\t{questions}\t{context}\t{answers}\nqgroup-single\t1. {question}\t{context}\t1. {answer}\n' >"$tmp/plain.tpl"
ko-import squad "$kq" >"$tmp/qa.jsonl" || exit 1
ko-qgroup --template "$tmp/plain.tpl" --rejects "$tmp/dropped.jsonl" <"$tmp/qa.jsonl" >"$tmp/tasks.jsonl" || exit 1
touch "$tmp/dropped.jsonl"
ko-qgroup --unanswerable 0.3 --shuffle <"$tmp/qa.jsonl" >"$tmp/neg.jsonl" || exit 1
python3 - "$kq" "$tmp/qa.jsonl" "$tmp/tasks.jsonl" "$tmp/neg.jsonl" "$tmp/dropped.jsonl" <<'PY'
import json, sys, collections
kq, qa, tasks, neg, dropped = sys.argv[1:]
def fold(s):
    return " ".join(s.split())
d = json.load(open(kq, encoding="utf-8"))
want = collections.Counter()
span = {}
paragraphs = with_q = 0
for art in d["data"]:
    for p in art["paragraphs"]:
        paragraphs += 1
        with_q += bool(p["qas"])
        for q in p["qas"]:
            # numbered lists hold one line per item (see ko-qgroup(1))
            want[(p["context"], q["question"].replace("\n", " "),
                  q["answers"][0]["text"].replace("\n", " "))] += 1
            a = q["answers"][0]
            span[(p["context"], fold(q["question"]))] = (a["answer_start"],
                                                         a["answer_start"] + len(a["text"]))
nq = sum(want.values())
imported = [json.loads(l) for l in open(qa, encoding="utf-8")]
got_import = collections.Counter((r["context"], r["question"].replace("\n", " "),
                                  r["answer"].replace("\n", " ")) for r in imported)
def word_start_in(a, q):
    i = q.find(a)
    while a and i >= 0:
        if i == 0 or not q[i - 1].isalnum():
            return True
        i = q.find(a, i + 1)
    return False
gold = collections.defaultdict(set)
for (c, q, a) in want:
    gold[(c, fold(q))].add(fold(a))
def kept_as(c, q, a):
    # ko-qgroup takes a final particle off a gold span (대원군은: 대원군):
    # the task keeps the question, its answer is the gold one but for it
    if a not in gold[(c, q)]:
        for g in gold[(c, q)]:
            rest = g[len(a):]
            if g.startswith(a) and 0 < len(rest) <= 4 and all("가" <= ch <= "힣" for ch in rest):
                return (c, q, g)
    return (c, q, a)
got = collections.Counter()
groups = 0
passages = set()
same_answer = given = overlap = 0
for line in open(tasks, encoding="utf-8"):
    t = json.loads(line)
    groups += 1
    passages.add(t["id"].split("#")[0])
    qs = t["instruction"].split("\n")
    ans = t["output"].split("\n")
    assert len(qs) == len(ans), t["id"]
    pairs = []
    for i, (q, a) in enumerate(zip(qs, ans), 1):
        p = "%d. " % i
        assert q.startswith(p) and a.startswith(p), t["id"]
        got[kept_as(t["input"], fold(q[len(p):]), fold(a[len(p):]))] += 1
        pairs.append((fold(q[len(p):]), fold(a[len(p):])))
    for i, (q, a) in enumerate(pairs):
        for j, (q2, a2) in enumerate(pairs):
            same_answer += i < j and a == a2
            given += i != j and word_start_in(a, q2)
            # answer spans that meet ask the same thing (ko-qgroup drops one)
            s1, s2 = span.get((t["input"], q)), span.get((t["input"], q2))
            overlap += i < j and bool(s1 and s2) and s1[0] < s2[1] and s2[0] < s1[1]
drop = collections.Counter()
reasons = collections.Counter()
for line in open(dropped, encoding="utf-8"):
    r = json.loads(line)
    reasons[r.get("reject_reason", "")] += 1
    drop[(r["context"], fold(r["question"]), fold(r["answer"]))] += 1
wantf = collections.Counter()
for (c, q, a), k in want.items():
    wantf[(c, fold(q), fold(a))] += k
negs = bad = stating = 0
lent = collections.Counter()  # (passage, borrowed question): tasks
contexts = sorted({c for (c, q, a) in want}, key=len, reverse=True)
for line in open(neg, encoding="utf-8"):
    t = json.loads(line)
    # a task of one question (qgroup-single) holds no borrowed one
    if t.get("task") != "qgroup":
        continue
    # the passage: the input, or the one the instruction holds
    ctx = t["input"] or next((c for c in contexts if c in t["instruction"]), "")
    known = {(fold(q), fold(a)) for (c, q, a) in want if c == ctx}
    # the numbered questions are the block of the instruction that starts
    # with "1. " (a template may put the passage or its request first)
    block = [b for b in t["instruction"].split("\n\n") if b.startswith("1. ")][-1]
    items = [(q.split(". ", 1)[1], a.split(". ", 1)[1])
             for q, a in zip(block.split("\n"), t["output"].split("\n"))]
    items = [(q, kept_as(ctx, fold(q), fold(a))[2]) for q, a in items]
    real = [a for q, a in items if (fold(q), fold(a)) in known]
    for q, a in items:
        if (fold(q), fold(a)) in known:
            continue
        negs += 1
        lent[(t["id"].split("#")[0], fold(q))] += 1
        # nor may it state an answer of the task's own questions
        stating += any(word_start_in(fold(a2), fold(q)) for a2 in real)
        # the borrowed question's real answer must be absent from the passage
        for (c, q2, a2) in want:
            if fold(q2) == fold(q) and a2.strip() in ctx:
                bad += 1
print("paragraphs %d (%d with questions), questions %d" % (paragraphs, with_q, nq))
print("ko-import squad: %d records, all questions and answers kept: %s"
      % (len(imported), got_import == want))
print("ko-qgroup: %d tasks of %d paragraphs, questions and answers kept or dropped with a"
      " reason: %s (%d kept, %d dropped, of %d)"
      % (groups, len(passages), got + drop == wantf, sum((got & wantf).values()),
         sum(drop.values()), nq))
print("ko-qgroup: pairs of questions in one task with the same answer %d, with one's answer"
      " in the other %d, with answer spans that meet %d" % (same_answer, given, overlap))
print("dropped: " + (", ".join("%s %d" % kv for kv in reasons.most_common()) or "none"))
print("ko-qgroup --unanswerable 0.3: %d borrowed questions, %d whose answer is in the passage,"
      " %d that state an answer of their task, %d lent twice to one passage"
      % (negs, bad, stating, sum(k - 1 for k in lent.values())))
dropped_ids = {json.loads(l)["id"] for l in open(dropped, encoding="utf-8")}
left = len({r["context_id"] for r in imported if r["id"] not in dropped_ids})
if len(passages) != left:
    print("ko-qgroup: tasks of %d paragraphs, but %d paragraphs keep a question"
          % (len(passages), left))
ok = (got_import == want and got + drop == wantf and len(passages) == left and bad == 0
      and same_answer == 0 and given == 0 and stating == 0 and overlap == 0
      and all(k == 1 for k in lent.values()))
print("korquad: %s" % ("pass" if ok else "FAIL"))
sys.exit(0 if ok else 1)
PY
