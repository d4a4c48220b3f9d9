#!/usr/bin/env python3
"""ethics-data.py SHARED_DATA OUTDIR - labelled JSONL for ko-filter-ethics.

Reads the public sets in SHARED_DATA (../shared/data) and writes, in OUTDIR,
one file per set with {"text", "label", "split", "fold"} lines (label 1 =
unsafe; split "train" or "test", four fifths and one fifth, chosen by a
hash of the text so that the split never depends on order or on other
sets; fold 0 to 4 by another byte of that hash, for validation). Only sets
under CC BY, CC BY-SA or MIT are read (SOURCES.md):

  beep.jsonl   kocohub/korean-hate-speech labeled/ (CC BY-SA 4.0):
               hate and offensive are unsafe, none is clean
  kmhas.jsonl  adlnlp/K-MHaS data/kmhas_valid.txt (CC BY-SA 4.0):
               any class but 8 (not hate) is unsafe
  curse.jsonl  2runo/Curse-detection-data dataset.txt (MIT): 1 is unsafe
  prose.jsonl  clean prose, all label 0: sentences of the Korean Wikipedia
               sample (CC BY-SA), KLUE NLI dev premises (CC BY-SA 4.0),
               KommonGen dev scenes (MIT)
  chat.jsonl   casual clean text, all label 0: the questions and answers
               of songys/Chatbot_data (MIT); without it the model takes
               any casual register for abuse
  everyday.jsonl short everyday sentences, all label 0: KoBEST COPA
               premises and alternatives and WiC dictionary examples
               (CC BY-SA 4.0), KLUE NLI dev hypotheses (CC BY-SA 4.0);
               half of them (by a hash) without their final stop, as
               comments are written; so that a short plain sentence
               (동네 병원에 다녀왔다) is not read as a comment's abuse;
               each weighted 0.4 (a "weight" field), see EVERYDAY_WEIGHT
  reviews.jsonl casual clean text with complaints in it, all label 0:
               KoBEST SentiNeg product reviews (CC BY-SA 4.0); so that a
               bad mood is not read as abuse. Split by file, not by hash,
               because the test file pairs each review with its negation:
               train and dev are "train", test is "test"

  topics.jsonl clean text on the topics of abuse (crime, hate, gender,
               politics...), all label 0: sentences with a topic word of
               the Wikipedia paragraphs above, KoBEST BoolQ passages and
               HellaSwag contexts and endings (CC BY-SA 4.0; these also
               without one), and short phrases cut around the topic word
               (see topics()); and the mention texts: each name or
               topic that the unsafe comments of the train split are
               about, alone (see mention_words()), weighted by how much
               more often it is in unsafe comments than in clean ones

and, for measuring false alarms only (never trained on):

  prose-sts.jsonl   KLUE STS dev sentences (CC BY-SA 4.0)
  prose-wikipara.jsonl  whole Wikipedia paragraphs of the test fifth
  prose-blogs.jsonl kss bench blogs_lee and tweets sentences (BSD-3-Clause)
  unlabelled.jsonl  kocohub's unlabelled news comments (CC BY-SA 4.0), as
               label 0: what share of such comments is flagged

Everything is deterministic: the same files give the same bytes.
"""
import csv
import gzip
import hashlib
import json
import os
import re
import sys


def split_of(text):
    h = hashlib.md5(text.encode("utf-8")).digest()
    return "test" if h[0] % 5 == 0 else "train"


def fold_of(text):
    """0 to 4, independent of the split: fold 0 of what is trained on is
    the validation part that scripts/ethics-fit.sh picks the threshold on."""
    return hashlib.md5(text.encode("utf-8")).digest()[1] % 5


def clean(t):
    return " ".join(t.replace("\ufeff", "").split())


def write(path, rows, weight=None):
    seen = set()
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            text, label = row[0], row[1]
            text = clean(text)
            if not text or (text, label) in seen:
                continue
            seen.add((text, label))
            split = row[2] if len(row) > 2 and row[2] else split_of(text)
            r = {"text": text, "label": label, "split": split, "fold": fold_of(text)}
            w = row[3] if len(row) > 3 else weight
            if w is not None:
                r["weight"] = w
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    sys.stderr.write("%s: %d\n" % (os.path.basename(path), n))


def beep(d):
    for name in ("kocohub_beep_train.tsv", "kocohub_beep_dev.tsv"):
        with open(os.path.join(d, "hate", name), encoding="utf-8", newline="") as f:
            r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            next(r)
            for row in r:
                if len(row) >= 4:
                    yield row[0], int(row[3] in ("hate", "offensive"))


def kmhas(d):
    with open(os.path.join(d, "hate", "kmhas_valid.txt"), encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t")
        next(r)
        for row in r:
            if len(row) >= 2:
                labels = set(x.strip() for x in row[1].split(","))
                yield row[0], int(labels != {"8"})


def curse(d):
    with open(os.path.join(d, "hate", "curse_detection_dataset.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if "|" not in line:
                continue
            text, lab = line.rsplit("|", 1)
            if lab.strip() in ("0", "1"):
                yield text, int(lab.strip())


SENT = re.compile(r"(?<=[다요죠까][.?!])\s+")


def wiki_paragraphs(d):
    with gzip.open(os.path.join(d, "prose", "kowiki_wikiextractor_sample.txt.gz"), "rt",
                   encoding="utf-8") as f:
        title = False
        for line in f:
            line = line.strip()
            if line.startswith("<doc "):
                title = True
                continue
            if title:
                title = False
                continue
            if line.startswith("</doc") or len(line) < 40:
                continue
            yield line


def unstopped(t):
    """t without its final stop for half of the texts (by a hash): the
    comments of the unsafe sets seldom end in one, and a model must not
    learn the stop as the mark of clean text."""
    if hashlib.md5(t.encode("utf-8")).digest()[2] % 2:
        return t.rstrip(".!?")
    return t


def prose(d):
    for p in wiki_paragraphs(d):
        if split_of(p) == "train":
            for s in SENT.split(p):
                if len(s) >= 10:
                    yield s, 0
    with open(os.path.join(d, "prose", "klue-nli-v1.1_dev.json"), encoding="utf-8") as f:
        for r in json.load(f):
            yield r["premise"], 0
    with open(os.path.join(d, "prose", "kommongen_dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)["scene"], 0


EVERYDAY_WEIGHT = 0.4


def everyday(d):
    kb = os.path.join(d, "kobest")
    for name in ("train", "dev", "test"):
        with open(os.path.join(kb, "kobest_COPA_%s.tsv" % name), encoding="utf-8-sig",
                  newline="") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                for col in ("sentence", "1", "2"):
                    if r.get(col):
                        yield unstopped(r[col]), 0
        with open(os.path.join(kb, "kobest_WiC_%s.tsv" % name), encoding="utf-8-sig",
                  newline="") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                for col in ("SENTENCE1", "SENTENCE2"):
                    if r.get(col):
                        yield unstopped(r[col].replace("[", "").replace("]", "")), 0
    with open(os.path.join(d, "prose", "klue-nli-v1.1_dev.json"), encoding="utf-8") as f:
        for r in json.load(f):
            yield unstopped(r["hypothesis"]), 0


def chat(d):
    with open(os.path.join(d, "instruct", "songys_ChatbotData.csv"), encoding="utf-8-sig",
              newline="") as f:
        for r in csv.DictReader(f):
            yield r["Q"], 0
            yield r["A"], 0


def reviews(d):
    for name, split in (("train", "train"), ("dev", "train"), ("test", "test")):
        path = os.path.join(d, "kobest", "kobest_SentiNeg_%s.tsv" % name)
        with open(path, encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                for col in ("Text", "Text_origin"):
                    if r.get(col):
                        yield r[col], 0, split


# Words of the topics that abuse is about and that clean text discusses
# too (crime, sex crime, hate, discrimination, gender, politics, religion,
# origin, disability, age): a comment about them is what the labelled sets
# hold most, so that the model reads the topic word alone as abuse
# (성폭력 피해자 지원 scored 0.73). Kopipe's own list.
TOPIC_WORDS = re.compile(
    "성폭력|성범죄|성추행|성폭행|성희롱|성매매|성착취|성소수자|성평등|성차별|"
    "피해자|가해자|범죄|범인|혐의|살인|폭력|폭행|학대|마약|테러|자살|사망|"
    "혐오|차별|편견|인권|인종|흑인|난민|이민자|외국인|조선족|다문화|"
    "여성|남성|여자|남자|페미니|동성애|장애인|장애|노인|청소년|"
    "정치|대통령|국회|의원|정당|선거|검찰|경찰|법원|재판|처벌|"
    "종교|기독교|이슬람|불교|교회|지역|전라|경상")
PARTICLE = re.compile("(은|는|이|가|을|를|의|에|에서|으로|로|와|과|도|에게|만)$")


def topic_sentences(d):
    """Sentences of clean prose with a word of TOPIC_WORDS: of the
    Wikipedia paragraphs of the train split, and of KoBEST BoolQ passages
    (Wikipedia, CC BY-SA 4.0; the sentence itself too, True, as it is not
    in prose.jsonl)."""
    for p in wiki_paragraphs(d):
        if split_of(p) == "train":
            for s in SENT.split(p):
                if TOPIC_WORDS.search(s):
                    yield s, False
    kb = os.path.join(d, "kobest")
    for name in ("train", "dev", "test"):
        with open(os.path.join(kb, "kobest_BoolQ_%s.tsv" % name), encoding="utf-8-sig",
                  newline="") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                for s in SENT.split(r.get("Text") or ""):
                    if TOPIC_WORDS.search(s):
                        yield s, True


TOPICS_WEIGHT = float(os.environ.get("ETHICS_TOPICS_WEIGHT", "0.25"))
TOPICS_SENTENCES = os.environ.get("ETHICS_TOPICS_SENTENCES", "1") == "1"
MENTIONS = os.environ.get("ETHICS_MENTIONS", "1") == "1"


def topics(d):
    """Clean text on the topics of abuse, all label 0: the sentences of
    topic_sentences not in prose.jsonl, and from each a phrase of two to
    four words around its first topic word, the particle of the last word
    dropped for half of them (by a hash), as a headline or a short
    comment names a topic (성폭력 피해자 지원)."""
    for s, whole in topic_sentences(d):
        if len(s) < 10:
            continue
        if whole and TOPICS_SENTENCES:
            yield s, 0
        m = TOPIC_WORDS.search(s)
        words = s.split()
        h = hashlib.md5(s.encode("utf-8")).digest()
        at = len(s[:m.start()].split())
        if at >= len(words):
            continue
        n = 2 + h[3] % 3
        b = max(0, min(at - h[4] % 2, len(words) - n))
        phrase = words[b:b + n]
        if h[5] % 2:
            phrase[-1] = PARTICLE.sub("", phrase[-1].rstrip(".,!?\"'")) or phrase[-1]
        t = " ".join(phrase).strip("\"'()[],.")
        if len(t) >= 4:
            yield t, 0
    if MENTIONS:
        yield from mentions(d)


MENTION_PARTICLE = re.compile("(은|는|이|가|을|를|의|에|에서|으로|로|와|과|도|에게|만|이랑|랑|들)$")


def stems(t):
    """The words of t as stems: Hangul only, a final particle (or 들)
    dropped, of two syllables or more."""
    out = set()
    for w in t.split():
        w = MENTION_PARTICLE.sub("", re.sub("[^가-힣]", "", w))
        if len(w) >= 2:
            out.add(w)
    return out


def mention_words(d):
    """The names and topics that the unsafe comments are about, found by
    counting, not listed: stems of at least MENTION_UNSAFE unsafe comments
    of the train split of the labelled sets, six in ten or more of whose
    comments there are unsafe, that also stand in at least MENTION_CLEAN
    clean comments (a word of contempt seldom does: 새끼, 최악) and in at
    least MENTION_PROSE sentences of the clean prose (prose() of the train
    split: the encyclopedia names them too). Alone, such a word is a
    mention: a comment that is nothing but a politician's name scored
    0.94, as the model read the name's letters as the mark of the abuse
    written about him."""
    unsafe, safe, prose_n = {}, {}, {}
    for gen in (beep, kmhas, curse):
        for text, label in gen(d):
            text = clean(text)
            if not text or split_of(text) != "train":
                continue
            for w in stems(text):
                c = unsafe if label else safe
                c[w] = c.get(w, 0) + 1
    for text, _ in prose(d):
        for w in stems(text):
            prose_n[w] = prose_n.get(w, 0) + 1
    casual = {}
    for gen in (everyday, chat, reviews):
        for row in gen(d):
            for w in stems(row[0]):
                if w in unsafe:
                    casual[w] = casual.get(w, 0) + 1
    offensive = lexicon_words()
    out = []
    for w, u in unsafe.items():
        c = safe.get(w, 0)
        if (u >= MENTION_UNSAFE and c >= MENTION_CLEAN and u >= 0.6 * (u + c)
                and prose_n.get(w, 0) >= MENTION_PROSE
                and 2 * casual.get(w, 0) < prose_n[w]
                and not any(e.startswith(w) for e in offensive)):
            out.append((w, u - c))
    return sorted(out)


def lexicon_words():
    """The entries of ko-filter-ethics's lexicon but the groups named as a
    whole (ETH_GROUP), spaces dropped: a stem that begins one (쓰레기 of
    쓰레기들, 보지 of 보지털, 냄새 of 냄새나) is no mention word, as its
    letters are half of a word of abuse."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools",
                        "ko-filter-ethics-lexicon.h")
    src = open(path, encoding="utf-8").read()
    table = src[src.index("eth_lexicon[]"):src.index("eth_exceptions[]")]
    return [m.group(1).replace(" ", "")
            for m in re.finditer(r'\{"([^"]+)", ETH_[A-Z]+, ([^}]*)\}', table)
            if "ETH_GROUP" not in m.group(2)]


MENTION_UNSAFE = 8
MENTION_CLEAN = 3
MENTION_PROSE = 10
MENTION_WEIGHT = float(os.environ.get("ETHICS_MENTION_WEIGHT", "2"))


def mentions(d):
    """Each word of mention_words alone, as clean text (with the topics'
    weight): the word itself is no abuse, what is said of it may be."""
    for w, excess in mention_words(d):
        yield w, 0, "train", round(excess * MENTION_WEIGHT, 3)


def unlabelled(d):
    with gzip.open(os.path.join(d, "hate", "kocohub_unlabeled_comments_5.txt.gz"), "rt",
                   encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield line, 0


def sts(d):
    with open(os.path.join(d, "prose", "klue-sts-v1.1_dev.json"), encoding="utf-8") as f:
        for r in json.load(f):
            yield r["sentence1"], 0
            yield r["sentence2"], 0


def wikipara(d):
    for p in wiki_paragraphs(d):
        if split_of(p) == "test":
            yield p, 0


def blogs(d):
    for name in ("blogs_lee.txt", "tweets.txt"):
        with open(os.path.join(d, "split", name), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield line, 0


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: ethics-data.py SHARED_DATA OUTDIR")
    d, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    # everyday sentences count less than the other clean text: many
    # plain statements at full weight made a question or a chatty line
    # (태풍 경로는 한국인가? 일본인가?) look unsafe by contrast
    weights = {"everyday": EVERYDAY_WEIGHT, "topics": TOPICS_WEIGHT}
    for name, gen in (("beep", beep), ("kmhas", kmhas), ("curse", curse), ("prose", prose),
                      ("everyday", everyday), ("chat", chat),
                      ("reviews", reviews), ("topics", topics),
                      ("prose-sts", sts), ("unlabelled", unlabelled), ("prose-wikipara", wikipara), ("prose-blogs", blogs)):
        write(os.path.join(out, name + ".jsonl"), gen(d), weights.get(name))


if __name__ == "__main__":
    main()
