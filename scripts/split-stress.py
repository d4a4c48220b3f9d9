#!/usr/bin/env python3
"""split-stress.py - a random corpus that exercises every path of the
sentence splitter (common/split.c), for scripts/split-equiv.sh.

Usage: split-stress.py SEED MBYTES OUT.txt OUT.jsonl [OUT.bytes]

Tokens are drawn from the splitter's own tables (endings, word lists) and
from the marks its rules look at: end punctuation and its Unicode kin,
quotes and brackets (paired and stray), digits, Latin words and
abbreviations, laughter jamo, emoticons, emoji, tildes, bullets, hashtags,
Unicode spaces, CR, blank lines, and invalid UTF-8. Joined with random
separators (a space, nothing, a newline, a blank line) so that words glue
to marks in every order. Deterministic for a given seed. OUT.bytes, for
the driver (tests/split-driver.c) only: raw bytes, mostly invalid UTF-8,
drawn from the lead and continuation bytes and marks the scanner looks at.
"""
import json
import os
import random
import re
import sys

seed, mbytes, out_txt, out_jsonl = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(seed)
here = os.path.dirname(os.path.abspath(__file__))
tables = open(os.path.join(here, "..", "common", "split_tables.h"), encoding="utf-8").read()
words = sorted(set(re.findall(r'"([^"\\]+)"', tables)))
hangul = [w for w in words if re.match(r"^[\uac00-\ud7a3\u3131-\u318e ]+$", w)]
latin = [w for w in words if re.match(r"^[A-Za-z.]+$", w)]
nouns = ["사람", "학교", "정부", "오늘", "메뉴", "커피", "한국", "서울", "시간", "문제",
         "생각", "영화", "후기", "도전기", "조선", "백악기", "게임", "마음", "처음",
         "진짜", "완전", "대박", "여기", "저기", "그것", "이것", "우리", "너무"]
stems = ["먹", "했", "좋", "있", "없", "가", "오", "하", "되", "보", "주", "알", "모르",
         "싶", "같", "않", "였", "겠", "갔", "왔", "먹었", "좋았", "빠르", "맛있"]
marks = [".", "..", "...", "....", "?", "!", "?!", "!!", "…", "……", "⋯", "‥", "。",
         "．", "？", "！", "‼", "⁇", "⁈", "⁉", ",", ":", ";", ";;", "^^", "^^;", "~", "~~",
         "～", "〜", "〰", "_", "-", "--", "/", "&", "=", "#", "##", "@", "%", "*", "**",
         "ㅋㅋ", "ㅋㅋㅋ", "ㅎㅎ", "ㅠㅠ", "ㅜㅜ", "ㄷㄷ", "ㅉㅉ", "ㅡㅡ", "ㅋ", "ㅎ", "ㅠ",
         "ㄹㅇ", "ㅇㅈ", "ㅇㅇ", "ㅇㅋ", "ㄴㄴ", "ㅈㄴ", "ㆍ", "하하", "하하하", "호호", "크크",
         "히히", "♡", "♥", "★", "☆", "♪", "😀", "😂", "👍🏻", "❤️", "1️⃣", "👨‍👩‍👧", "🙏",
         "※", "▶", "▷", "►", "▸", "■", "□", "▪", "●", "○", "◆", "◇", "•", "☞", "✔", "✓",
         "①", "②", "⑳", "❶", "➓", "(", ")", "[", "]", "{", "}", "<", ">", "\"", "'", "`",
         "‘", "’", "“", "”", "「", "」", "『", "』", "《", "》", "〈", "〉", "【", "】",
         "（", "）", "［", "］", "〔", "〕", "[1]", "[12]", "[1,2]", "[주 3]", "[a]",
         "[메뉴 이름]", "(웃음)", "(Smith 2001)", "(향년 71세)", "(?)", "'공소권 없음'",
         "\"가자. 늦었어.\"", "\"정말?\"", "「좋다.」", "#맛집", "#일상", "é", "ß", "中",
         "日本", "ｶ", "\u200b", "\ufeff", "\u00ad", "ᄒᆞᆫ", "\u1100\u1161"]
spaces = [" ", " ", " ", " ", "  ", "\t", "\u00a0", "\u3000", "\u2003", "\u200a",
          "\u0085", "\u1680", "\u205f", "\r", " \r"]
numbers = ["1", "12", "2019", "3", "1.5", "v2.0", "192.168.0.1", "11:59", "41.33%",
           "2019. 3. 1.", "12.", "1~3개", "8시~ 9시", "1일 ~ 3일", "x^2", "a_b",
           "www.example.com", "네이버.com", "a@b.kr", "file.txt", "II.", "가.", "J. K.",
           "Yahoo!Japan", "https://a.kr/?q=1&x=2", "5\"", "don't", "Inc.의", "etc.",
           "U.S. Army", "대.박.사.건", "남.북.", "했다.그리고", "네.그래서"]
invalid = [b"\x80", b"\xff", b"\xc3", b"\xe3\x85", b"\xed\xa0\x80", b"\xf0\x9f",
           b"\xc0\xaf", b"\xea", b"\xeb\xb0"]


def word():
    r = rng.random()
    if r < 0.35:
        return rng.choice(hangul)
    if r < 0.55:
        return rng.choice(nouns) + (rng.choice(hangul) if rng.random() < 0.5 else "")
    if r < 0.65:
        return rng.choice(stems) + rng.choice(hangul)
    if r < 0.72:
        return rng.choice(latin) + rng.choice(["", ".", "", " "])
    if r < 0.80:
        return rng.choice(numbers)
    return rng.choice(marks)


def sep():
    r = rng.random()
    if r < 0.62:
        return " "
    if r < 0.85:
        return ""
    if r < 0.93:
        return rng.choice(spaces)
    if r < 0.97:
        return "\n"
    return rng.choice(["\n\n", "\n \n", "\r\n", "\n\t\n", "\n\n\n"])


def text(nwords):
    return "".join(word() + sep() for _ in range(nwords))


target = int(mbytes * 1e6)
with open(out_txt, "wb") as t, open(out_jsonl, "wb") as j:
    size = 0
    k = 0
    while size < target:
        # a heading-like short line now and then, then a paragraph
        n = rng.choice([1, 2, 3, 5, 8, 15, 30, 60, 150, 400])
        s = text(n)
        if rng.random() < 0.1:
            s = rng.choice(nouns) + " " + rng.choice(nouns) + rng.choice(["", "."]) + "\n" + s
        b = s.encode("utf-8")
        if rng.random() < 0.03:
            pos = rng.randrange(len(b) + 1)
            b = b[:pos] + rng.choice(invalid) + b[pos:]
        line = b.replace(b"\n", b" ") if rng.random() < 0.5 else b
        t.write(line.rstrip(b"\n") + b"\n")
        rec = {"id": "s%d" % k, "text": s}
        if rng.random() < 0.02:
            rec["text"] = 7
        jb = json.dumps(rec, ensure_ascii=rng.random() < 0.1).encode("utf-8")
        if b != s.encode("utf-8"):
            jb = b'{"id":"s%d","text":"' % k + b.replace(b"\\", b"").replace(b'"', b"") \
                .replace(b"\n", b"\\n").replace(b"\r", b"\\r").replace(b"\t", b"\\t") + b'"}'
            jb = re.sub(rb"[\x00-\x1f]", b" ", jb)
        j.write(jb + b"\n")
        size += len(b)
        k += 1

if len(sys.argv) > 5:
    alphabet = [bytes([b]) for b in list(range(0x80, 0xC0, 7)) + [0xC2, 0xE1, 0xE2, 0xE3, 0xEA,
                0xEB, 0xEC, 0xED, 0xEF, 0xF0, 0xFF]] + \
        [c.encode() for c in ". ? ! ( ) [ ] \" ' ~ ^ ; * # , \n \t \r 1 a Z 다 요 .. … 」 ㅋ".split(" ")] + \
        [b" ", b" ", b"\n\n", b"\xe3\x80", b"\xe2\x80"]
    with open(sys.argv[5], "wb") as o:
        o.write(b"".join(rng.choice(alphabet) for _ in range(target // 10)))
