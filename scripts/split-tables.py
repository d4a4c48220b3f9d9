#!/usr/bin/env python3
"""split-tables.py [common/split_tables.h] - regenerate the word tables of
the sentence splitter from the lists below.

The lists say, for the end of an eojeol, what it tells about a sentence
break (see the K_ and C_ codes in split_tables.h), and which next words continue a
sentence, and the short syllable and jamo lists the scanner tests one code
point against. The script sorts the endings by last syllable (longest
suffix first, conditioned rows before general ones), builds the index of
last syllables and a perfect hash of it, sorts the word lists by their
bytes and the syllable lists by code point, and rewrites the block between
the BEGIN/END generated markers of split_tables.h. Rows
are general Korean grammar; never add one for a single sentence of a test.
"""
import sys

F,W,C,N,L = 'FIN','WEAK','CONT','NONE','LINK'
E = []
def add(cls, cond, *words):
    for w in words: E.append((w, cls, cond))
# -- declarative / formal: 다
# A plain -다 closes a stem or ending with a batchim (한다, 었다, 같다, 없다)
# or one of the few open-syllable stems below; an open syllable otherwise
# is a name (후쿠다, 플로리다), a particle (마다, 보다) or a connective (그러다).
add(N,'ANY','다'); add(F,'PREV_BATCHIM','다')
add(F,'PREV_B','니다'); add(F,'ANY','아니다'); add(N,'WORD','하다','되다')
# X하다 before another word is mostly the connective -다(가) (농구하다 다쳤어,
# 생각하다 보면); plain present verbs end in -ㄴ다, and adjectives in 하다
# usually carry punctuation when they end a sentence
add(W,'NOTWORD','하다')
# bare verb stems + 다 likewise: 밥 먹다 흘렸어, 문 열다 긁었어
add(W,'ANY','먹다','갚다','열다','읽다','걷다','씻다','찍다','입다','벗다','닫다','앉다',
    '웃다','울다','받다','잡다','찾다','만들다','듣다','팔다','살다')
add(F,'ANY','이다','되다','르다','쁘다','프다','크다','쓰다','싸다','짜다','뜨다','끄다')
add(F,'PREV_B','시다')
# the copula contracted after a noun ending in a vowel (최고다, 문제다, 친구다),
# for noun endings that are neither verb stems (사다, 주다: 사다 먹었다) nor
# common in transliterated names (후쿠다, 와세다)
add(F,'NOTWORD','고다','제다','회다','구다','료다','무다','미다','유다','화다','계다','스다','너다','트다')
add(N,'ANY','놀다','수다','보다','마다','바다','소다','사이다','캐나다','베란다','둘다','셋다','르완다','우간다','아만다','혼다'); add(N,'WORD','린다')
add(C,'ANY','그러다','이러다','저러다','어쩌다')
add(C,'ANY','져다','려다','쳐다','여다','갖다','바라다')
add(F,'ANY','습니다')
# -- polite 요 and its spellings
add(F,'ANY','요'); add(N,'WORD','요'); add(N,'ANY','이봐요')
add(N,'ANY','필요','중요','주요','수요','월요','화요','목요','금요','토요','일요','대중가요','개요','강요','소요','동요','요요','긴요','불필요')
add(F,'ANY','죠','쥬','죵')
# -- questions
add(C,'ANY','까'); add(F,'PREV_L','까'); add(F,'PREV_B','니까')
add(C,'ANY','니까'); add(F,'ANY','다니까','라니까'); add(N,'ANY','아까')
add(C,'ANY','가'); add(F,'ANY','는가','던가','은가','인가','건가','런가')
add(N,'ANY','뭔가','누군가','언젠가','어딘가','무언가','웬가')
add(N,'ANY','냐'); add(F,'PREV_BATCHIM','냐')
add(F,'ANY','하냐','뭐냐','거냐','되냐','오냐','가냐','이냐','니냐','보냐','주냐','래냐','대냐','나냐','까냐')
add(N,'ANY','니'); add(F,'PREV_VERB','니'); add(C,'ANY','하니','으니')
add(N,'ANY','나'); add(F,'PREV_VERB','나'); add(F,'ANY','려나'); add(C,'ANY','으나','러나')
# -- exclamative / observation
add(N,'ANY','네'); add(F,'NOTWORD','넹'); add(F,'PREV_VERB','네')
add(F,'ANY','하네','되네','가네','보네','크네'); add(F,'NOTWORD','나네','르네','프네','쁘네','시네','치네','우네')
# copula 이네 after a noun with a batchim (사람이네), not a name (하이네);
# 오네 after the verbs that take it (비 오네, 나오네), not -치오네
add(F,'PREV_BATCHIM','이네'); add(F,'WORD','오네'); add(F,'ANY','나오네','어오네','아오네')
add(N,'ANY','니네','리네','지네','너네','동네')
add(N,'ANY','누구나','고구려'); add(C,'ANY','구만'); add(F,'PREV_VERB','구만'); add(F,'ANY','는구만','이로군'); add(F,'ANY','구나','구먼','구려','는군','더군','더라','더라고','더라구','다구','라구')
add(N,'ANY','군'); add(F,'PREV_VERB','군')
add(F,'ANY','거든','잖아','잖어')
# -- nominal endings of notes and chat
add(N,'ANY','음'); add(C,'WORD','음'); add(F,'PREV_VERB','음'); add(W,'ANY','아님')
add(N,'ANY','슴'); add(F,'PREV_VERB','슴')
add(W,'ANY','함'); add(F,'WORD','함'); add(F,'ANY','아함','어함','워함'); add(F,'ANY','됨'); add(W,'ANY','임'); add(F,'ANY','것임','거임','뿐임','때문임')
add(N,'ANY','포함','고함','우편함','사물함','수납함','투표함','전함','군함','잠수함','구축함','순양함','모함','호위함','상륙함','기함')
add(N,'WORD','임')
add(N,'ANY','게임','모임','책임','담임','주임','신임','선임','후임','전임','취임','사임',
    '위임','방임','소임','일임','연임','부임','재임','이임','해임','구임','임임')
add(F,'NOTWORD','셈'); add(N,'ANY','덧셈','뺄셈','곱셈','나눗셈')
add(W,'ANY','듯')
# -- commands, proposals, promises
add(N,'ANY','라'); add(C,'ANY','이라','따라','거라')
add(W,'ANY','하라'); add(F,'PREV_BATCHIM','아라'); add(F,'ANY','보아라','해라','어라','너라','마라','봐라','줘라','려라'); add(F,'WORD','와라','가라')
add(N,'ANY','자','후보자','초보자'); add(W,'ANY','가자'); add(F,'WORD','치자'); add(F,'ANY','보자','먹자','놀자','살자','말자','만나자','쉬자'); add(F,'WORD','자자')
add(W,'ANY','하자','되자')
add(C,'ANY','게'); add(W,'PREV_L','게'); add(F,'ANY','할게','줄게','갈게','볼게','올게','될게','을게')
add(F,'PREV_L','께')
add(N,'ANY','래'); add(F,'PREV_L','래'); add(C,'ANY','길래'); add(N,'ANY','몰래','빨래','달래'); add(W,'ANY','그래')
add(N,'ANY','대'); add(F,'PREV_SS','대'); add(F,'PREV_VERB','대'); add(F,'ANY','는대')
add(N,'ANY','소'); add(F,'PREV_VERB','소')
add(N,'ANY','오'); add(F,'ANY','하시오','주시오','보시오','마시오','가시오','오시오','십시오','으시오')
# -- half-speech (banmal): weak without punctuation
add(W,'ANY','어'); add(C,'WORD','어'); add(F,'PREV_SS','어'); add(W,'ANY','있어','없어')
add(W,'ANY','아'); add(C,'WORD','아')
add(W,'ANY','해','봐','줘','워','져'); add(N,'WORD','해')
add(N,'ANY','야'); add(F,'ANY','거야','꺼야','이야','니야','뭐야')
add(C,'ANY','어야','아야','해야','워야','져야','와야','봐야','줘야'); add(W,'ANY','야지')
add(N,'ANY','지'); add(C,'ANY','까지'); add(N,'ANY','가지')
add(F,'ANY','겠지','렇지'); add(F,'PREV_VERB','지'); add(W,'ANY','하지','되지','이지','거지')
# -- internet / dialect spellings of 요 and friends
for end in ('여','염','용'):
    add(N,'ANY',end)
    add(F,'ANY',*[p+end for p in ('해','세','에','예','네','게','까','나','져','워','봐','줘','라','래','죠')])
    # -용 is also the Sino suffix "for" (알테어용, 업무용): ask for a verb before
    add(F,'ANY' if end != '용' else 'PREV_VERB',*[p+end for p in ('어','아')])
add(C,'ANY','하여')
add(N,'ANY','대여','도여','요용')
add(N,'ANY','슈'); add(F,'PREV_VERB','슈'); add(F,'PREV_SS','지용'); add(F,'ANY','하오')
add(N,'ANY','유'); add(F,'ANY','어유','해유','래유','세유','지유','네유','게유','까유')
add(N,'ANY','당'); add(F,'PREV_VERB','당'); add(F,'ANY','니당','프당','쁘당','크당','이당')
add(F,'ANY','니닷')
add(N,'ANY','징'); add(F,'PREV_SS','징'); add(F,'ANY','렇징')
add(N,'ANY','제'); add(F,'PREV_SS','제'); add(F,'ANY','렇제','맞제')
add(N,'ANY','예'); add(F,'ANY','어예','해예','래예','세예','데예')
add(C,'ANY','께','들께'); add(F,'ANY','랑께','당께')
# -- literary and archaic finals (kept for quotations, scripture, poems)
add(F,'ANY','이로다','도다','지어다','자꾸나','고말고','소서')
add(F,'NOTWORD','노라','니라','렴'); add(N,'ANY','폐렴','청렴','수렴'); add(C,'ANY','아니라')
# -- continuation: particles and connective endings
add(C,'ANY','이','은','는','을','를','에','의','도','만','와','과','랑','로','서','며','면',
    '데','러','려','록','든','듯이','처럼','부터','한테','께서')
add(C,'WORD','그럼','또','또한','즉','더구나','그냥','진짜','정말','너무','사실','아마','그게','이게','좀','막','뭐','흠','그','저','근데','아니','및','혹은','또는')
add(N,'WORD','와')
# interjections that open a sentence, even before an ellipsis (아우.. 주말인데)
add(C,'WORD','아우','휴','에휴','어휴','아이고','헐','에이','하아','흐음','으음','글쎄')
add(L,'ANY','고','구')
# -다는/-라는 left hanging before an ellipsis closes the thought (없다는....)
add(L,'ANY','다는','라는'); add(C,'WORD','그리고','물론','네')
add(F,'WORD','마')
add(N,'ANY','타임','라임','프라임','불현듯')
# indirect quotes end in 고 (다고, 라고...): continuation via generic 고.

# Words that continue the sentence before them even after a sentence-final
# ending or a ? or !. P: a prefix of the next word, W: the whole next word;
# S: only after an ending, not after ? or !; Q: only after a question
# ending without a question mark (-까, -나, -가, -냐, -니, -지).
CONT = [
    # quotative particles written apart (좋다 라고)
    'P 라고', 'P 라며', 'P 라면서', 'P 라는', 'P 라니', 'P 라던', 'P 라구', 'P 라곤',
    'P 이라고', 'P 이라며', 'P 이라는', 'P 이라니', 'P 이란', 'W 란', 'W 고', 'W 며',
    'W 는', 'W 면', 'W 라', 'W 하',
    # 하다 used for quoting (되나? 싶었는데, 좋다 했다); 하지만, 하루, 한편 and
    # the like are deliberately absent: they start sentences
    'P 하고', 'P 하며', 'P 하면서', 'P 하는', 'P 하던', 'P 하니', 'P 하더니', 'P 하더라',
    'P 하여', 'P 하자', 'P 한다', 'P 했다', 'P 했고', 'P 했는데', 'P 했던', 'P 했지만',
    'P 했으나', 'P 했더니', 'P 했다가', 'P 했어', 'P 했음', 'P 했죠', 'P 했습', 'P 해서',
    'P 해도', 'P 하면', 'P 하기', 'P 합니다', 'P 하길래', 'P 할까',
    'P 하겠', 'P 하시자', 'P 하시며', 'P 하시고', 'P 하시는', 'P 하시면', 'P 하시니', 'P 하시더',
    'P 하셨', 'P 하신다', 'P 하였',
    # auxiliaries (먹었나 보다, 할까 싶다, 그렇다 치고)
    'P 싶', 'P 보니', 'P 보면', 'W 봐', 'P 봤', 'P 보인', 'P 보여', 'P 보였', 'P 보이',
    'P 못해', 'P 치고', 'W 쳐', 'P 쳐도',
    # negation after -지 (하지 않는다, 찾지 못했다, 가지 마라)
    'P 않', 'W 못', 'P 못하', 'P 못했', 'P 못한', 'P 못할', 'P 못합', 'P 말고', 'P 마라',
    'P 마세요', 'W 마', 'P 말아', 'P 마십', 'P 마시오', 'P 말자', 'P 말라',
    # the auxiliary 있다 after a connective (밀려나 있다)
    'P 있다', 'P 있었', 'P 있는', 'P 있던', 'P 있습',
    # a doubt about the question before (오려나 모르겠다)
    'P 모르겠',
    # a thought quoted without a particle (되겠다 생각했다)
    'P 생각을', 'P 생각했', 'P 생각하', 'P 생각한', 'P 생각할', 'P 생각해', 'P 생각합',
    'P 생각이 들', 'P 생각된',
    # the motion verb after the connective -다(가): 놀다 오세요, 갔다 올게
    'PS 오세요', 'PS 올게', 'PS 올께', 'PS 왔어', 'PS 와요', 'PS 왔다', 'PS 가세요',
    'PS 갈게', 'PS 갈께', 'PS 갔어', 'PS 가요',
    # a question embedded before what it is about: 할까 말까, 뭐할까 고민이야,
    # 다치지 않았나 걱정이다, 뭘까 궁금하다, 있나 봐요, 나 바보인가 봄
    'P 말까', 'WQ 아닌가', 'WQ 아니냐', 'PQ 아닌지', 'PQ 고민', 'PQ 걱정', 'PQ 궁금', 'P 봐요', 'P 봐야', 'W 봄',
    'PQ 보네', 'PQ 보다', 'PQ 봅니', 'PQ 보구', 'PQ 보군', 'PQ 본데', 'PQ 보던',
    # an intention after a question (아닐까 하네, 올릴까 말까 하다가)
    'PQ 하네', 'PQ 해요', 'PQ 하죠', 'PQ 하지요', 'PQ 해서', 'P 하다가',
    # a resolve or promise quoted without 고 (잊겠다 다짐했는데)
    'PS 다짐', 'PS 결심', 'PS 맹세', 'PS 약속했', 'PS 약속하',
    # the like button (좋아요 눌렀다)
    'P 눌렀', 'P 눌러', 'P 누름', 'P 누르',
    # judgments quoted without 고: 만하다 평가받는, 강하다 표현하는
    'PS 평가', 'PS 판단', 'PS 주장하', 'PS 표현하', 'PS 여겨', 'PS 여긴',
    # a thing to do or have after -ㄹ 게 written together (먹을게 없네)
    'PS 없다', 'PS 없어', 'PS 없네', 'PS 없는', 'PS 없음', 'PS 많다', 'PS 많아',
    'PS 많네', 'PS 많은',
    # the formal negation after -지 (좋지 아니한가)
    'P 아니하', 'P 아니한', 'P 아니했',
    # the other half of an alternative question that no ? closed
    'WS 아님', 'PS 아니면',
    # -음 as a spoken -으면 before the wish it conditions (잘됐음 좋겠다)
    'PS 좋겠', 'PS 좋았을',
]

# Verbs of saying: a quotation followed by one of them, directly or after a
# short subject ("..." 그가 말했다), is a single sentence.
SAYING = [
    '말했', '말하', '말씀', '물었', '묻', '되물었', '외쳤', '외치', '소리쳤', '소리치',
    '소리질렀', '대답했', '대답하', '답했', '중얼거렸', '속삭였', '덧붙였', '밝혔', '전했',
    '설명했', '강조했', '주장했', '생각했', '고함쳤', '말을', '한다', '했다', '하였',
]

# Single syllables and jamo the scanner compares one code point with. Each
# list is a handful of rows, so it is generated sorted and searched in
# order: cheaper than a hash at this size.
LISTS = [
    # the last syllable of a subject particle (이 가 은 는 도, 께서): a
    # short subject between a quotation and its verb of saying
    # ("..." 그가 말했다)
    ('ko_split_subject', '이가은는도서'),
    # laughter written in syllables (하하, 호호, 히히, 크크, 캬캬)
    ('ko_split_laugh', '하호히헤크키흐후푸캬'),
    # first syllables of 하다 in use (하 한 할 함 합 해 했): what closes a
    # repeated action (왔다 갔다 하는)
    ('ko_split_ha', '하한할함합해했'),
    # negation between the halves of a pair (먹었다 안 먹었다 한다)
    ('ko_split_negation', '안못'),
    # jamo that laugh, cry or frown, as opposed to the initials that
    # abbreviate words (ㅈㄴ, ㄹㅇ, ㅇㅋ) or a stutter (어ㄸ...)
    ('ko_split_emotive', 'ㅋㅎㅠㅜㅡㄷㅉ'),
]

# Question endings: the last syllable of a word that asks. P: it pairs
# the two halves of an alternative question in one sentence (썸인가
# 아닌가, 조명이냐 밝은 조명이냐?); Y: it pairs them with 요 after it too
# (할까요 저걸로 할까요?); E: the question can be embedded in what follows
# (할까 고민이다, 다치지 않았나 걱정이다). The two uses differ for 래
# (pairs only) and 지 (embeds only).
QEND = [('까', 'PEY'), ('나', 'PEY'), ('가', 'PEY'), ('래', 'PY'), ('냐', 'PE'),
        ('니', 'PE'), ('지', 'E')]
# Exclamations whose last syllable is a question ending: never a question.
NOT_QUESTION = ['구나', '꾸나']
# Syllables the scanner names: the plain final 다 of X다 Y다 하- pairs
# and the polite 요 after a question ending.
SYLLABLE = [('DA', '다'), ('YO', '요')]

def lastcp(w): return ord(w[-1])
order = {'WORD':0,'PREV_BATCHIM':2,'PREV_SS':1,'PREV_L':1,'PREV_B':1,'PREV_VERB':2,'NOTWORD':3,'ANY':4}
seen = set()
for e in E:
    if (e[0], e[2]) in seen:
        sys.exit('split-tables: duplicate row %s %s' % (e[0], e[2]))
    seen.add((e[0], e[2]))
E.sort(key=lambda e: (lastcp(e[0]), -len(e[0]), order[e[2]]))

idx = []
for k, (w, cls, cond) in enumerate(E):
    c = lastcp(w)
    if not idx or idx[-1][0] != c:
        idx.append([c, k, 0])
    if cls == 'FIN':
        idx[-1][2] = 1

# A perfect hash of the last syllables: slot = (cp * M mod 2^32) >> 22.
BITS = 10
for M in range(0x9E3779B1, 0x9E3779B1 + 2 * 10**6, 2):
    slots = {}
    for i, (c, k, fin) in enumerate(idx):
        h = ((c * M) & 0xFFFFFFFF) >> (32 - BITS)
        if h in slots:
            break
        slots[h] = i
    else:
        break
else:
    sys.exit('split-tables: no perfect hash found')
table = [0] * (1 << BITS)
for h, i in slots.items():
    table[h] = i + 1

out = []
out.append('/* BEGIN generated by scripts/split-tables.py: edit the lists there */')
out.append('static const struct ko_split_ending ko_split_endings[] = {')
for w, cls, cond in E:
    out.append('\tE("%s", K_%s, C_%s),' % (w, cls, cond))
out.append('};')
out.append('')
out.append('static const struct ko_split_last ko_split_last[] = {')
for c, k, fin in idx:
    out.append('\t{ 0x%04X, %d, %d }, /* %s */' % (c, k, fin, chr(c)))
out.append('};')
out.append('')
out.append('#define KO_SPLIT_HASH_MUL 0x%08Xu' % M)
out.append('#define KO_SPLIT_HASH_BITS %d' % BITS)
out.append('static const unsigned char ko_split_hash[1 << KO_SPLIT_HASH_BITS] = {')
for r in range(0, len(table), 16):
    out.append('\t' + ', '.join('%d' % v for v in table[r:r + 16]) + ',')
out.append('};')
out.append('')
def wordrows(name, rows):
    rows = sorted(rows, key=lambda r: r[1].encode())
    out.append('static const struct ko_split_word %s[] = {' % name)
    for flags, w in rows:
        soft = 2 if 'Q' in flags else 1 if 'S' in flags else 0
        out.append('\t{ "%s", %d, %d, %d },' % (w, len(w.encode()), 'W' in flags, soft))
    out.append('};')
wordrows('ko_split_cont', [r.split(' ', 1) for r in CONT])
out.append('')
wordrows('ko_split_saying', [('P', w) for w in SAYING])
out.append('')
for name, chars in LISTS:
    if len(set(chars)) != len(chars):
        sys.exit('split-tables: duplicate in %s' % name)
    out.append('static const unsigned short %s[] = {' % name)
    cells = ['0x%04X, /* %s */' % (ord(c), c) for c in sorted(chars)]
    for r in range(0, len(cells), 5):
        out.append('\t' + ' '.join(cells[r:r + 5]))
    out.append('};')
out.append('')
out.append('static const struct ko_split_qend ko_split_qend[] = {')
for w, flags in sorted(QEND, key=lambda r: ord(r[0])):
    f = ' | '.join('Q_' + {'P': 'PAIR', 'E': 'EMBED', 'Y': 'YO'}[x] for x in flags)
    out.append('\t{ 0x%04X, %s }, /* %s */' % (ord(w), f, w))
out.append('};')
out.append('')
out.append('static const unsigned short ko_split_not_question[][2] = {')
for w in sorted(NOT_QUESTION, key=lambda w: [ord(c) for c in w]):
    out.append('\t{ 0x%04X, 0x%04X }, /* %s */' % (ord(w[0]), ord(w[1]), w))
out.append('};')
out.append('')
for name, c in SYLLABLE:
    out.append('#define SYL_%s 0x%04X /* %s */' % (name, ord(c), c))
out.append('/* END generated */')
block = '\n'.join(out) + '\n'

path = sys.argv[1] if len(sys.argv) > 1 else 'common/split_tables.h'
src = open(path, encoding='utf-8').read()
a = src.index('/* BEGIN generated')
b = src.index('/* END generated */') + len('/* END generated */\n')
new = src[:a] + block + src[b:]
if new != src:
    open(path, 'w', encoding='utf-8').write(new)
