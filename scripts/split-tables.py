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
import os
import re
import sys

F,W,C,N,L,B,T,TI,WB = 'FIN','WEAK','CONT','NONE','LINK','BOUND','TAIL','TITLE','BARE'
# The conditions of a row on the batchim of the syllable before it (the
# C_ codes of split_tables.h, in their order there), each the set of
# batchim it admits: the stems and tense markers that an ending follows,
# told apart from nouns by their last consonant. split.c tests a word
# against the mask ko_split_cond_jong[cond].
JAMO_JONG = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'  # KO_JONG_* 1..27
def jongs(cs): return sum(1 << (JAMO_JONG.index(c) + 1) for c in cs)
COND_ORDER = ['ANY', 'WORD', 'PREV_SS', 'PREV_L', 'PREV_B', 'PREV_VERB', 'NOTWORD',
              'PREV_BATCHIM', 'PREV_HI', 'PREV_LI', 'PREV_GI', 'PREV_STOP', 'PREV_M',
              'PREV_NOTL']
COND_JONG = {
    'PREV_SS': jongs('ㅆ'),            # past and future: 했, 겠
    'PREV_L': jongs('ㄹ'),             # the prospective -ㄹ까, -ㄹ게, -ㄹ래
    'PREV_B': jongs('ㅂ'),             # formal -ㅂ니까 against causal -니까
    # batchim that almost only verb and adjective stems and tense markers carry
    'PREV_VERB': jongs('ㅆㅄㅎㄶㅀㄺㄻㄼㅌㅍㅈㅊ'),
    'PREV_BATCHIM': jongs(JAMO_JONG),
    # the stems that take the passive or causative -히-, -리-, -기-
    'PREV_HI': jongs('ㄱㄷㅂㅈㄺㄼㄵ'),
    'PREV_LI': jongs('ㄹㅀ'),
    # (and ㅇ of the stems whose own last syllable is 기: 생기, 당기, 땡기)
    'PREV_GI': jongs('ㄴㅁㅅㄷㅊㄻㄶㅌㅇ'),
    # the stems in ㄱ ㄷ ㅂ ㅅ (먹, 받, 잡, 웃), which a Gyeongsang -노
    # follows and a transliterated Japanese name in -노 never has (its
    # syllables close in ㄴ or none: 간노, 아사노)
    'PREV_STOP': jongs('ㄱㄷㅂㅅ'),
    # the stems in ㅁ (넘, 남, 담, 품), which the -음 of a note follows:
    # no noun ends in a syllable closed by ㅁ and 음 (넘음, 남음, 담음)
    'PREV_M': jongs('ㅁ'),
    # any batchim but ㄹ: a stem closed so takes -으면, -으러, never -면
    # glued (먹으면, 있으면; 살면), so a 면 after one ends a noun (냉면,
    # 짜장면, 장면, 측면)
    'PREV_NOTL': jongs(JAMO_JONG.replace('ㄹ', '')),
}
TITLE_LONG = ['기록','일기','일지','이야기','얘기','소식','정리']
# the -기 nominal of a task or a project a post is titled by (베란다 텃밭
# 가꾸기, 아침 루틴 만들기, 식물 키우기): as TITLE_LONG, and in text
# without punctuation only, since in prose such a nominal also modifies the
# noun after it (각본 쓰기 프로그램에 등록되어 있던)
TITLE_TASK = ['가꾸기','키우기','만들기','배우기','모으기','줄이기','늘리기','끊기','걷기','읽기',
    '쓰기','그리기','고르기','꾸미기','바꾸기','버리기','비우기','정리하기','도전하기',
    '준비하기','공부하기','운동하기','살림하기']
# ordinals before 날 in a title (제주 여행 셋째 날; see title_count in split.c)
ORDINAL = ['첫', '마지막', '둘째', '셋째', '넷째', '다섯째', '여섯째', '일곱째', '여덟째', '아홉째', '열째']
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
# and after the bound noun 거 (것) and the suffix -째 of spoken prose (갈
# 거다, 내 거다, 석 달째다), and 얘기 (사는 얘기다), none a verb stem
add(F,'ANY','거다','꺼다','째다','얘기다','이야기다')
# and after the nouns in 리 said as a verdict with the copula (비 와서
# 난리다, 그건 무리다, 이게 진리다): 리다 is mostly a verb stem's -다
# (버리다, 내리다, 기다리다, 걸리다, 머뭇거리다), so only the nouns whose
# syllable before 리 begins no such stem
add(F,'ANY','난리다','무리다','진리다','논리다','소리다')
# 보다 and 마다 glued to a word are the particles (생각보다, 날마다):
# the sentence goes on (먹는 게 생각보다 오래 걸린다); alone 보다 is
# also the verb
add(C,'NOTWORD','보다','마다')
add(N,'ANY','놀다','수다','보다','마다','바다','소다','사이다','캐나다','베란다','둘다','셋다','르완다','우간다','아만다','혼다'); add(N,'WORD','린다')
add(C,'ANY','그러다','이러다','저러다','어쩌다')
add(C,'ANY','져다','려다','쳐다','여다','갖다','바라다')
add(F,'ANY','습니다')
# -- polite 요 and its spellings
add(F,'ANY','요'); add(N,'WORD','요'); add(N,'ANY','이봐요')
add(N,'ANY','필요','중요','주요','수요','월요','화요','목요','금요','토요','일요','대중가요','개요','강요','소요','동요','요요','긴요','불필요','민요','속요','노동요')
add(F,'ANY','죠','쥬','죵')
# -- questions
add(C,'ANY','까'); add(F,'PREV_L','까'); add(F,'PREV_B','니까')
add(C,'ANY','니까'); add(F,'ANY','다니까','라니까'); add(N,'ANY','아까')
add(C,'ANY','가'); add(F,'ANY','는가','던가','은가','인가','건가','런가')
add(N,'ANY','뭔가','누군가','언젠가','어딘가','무언가','웬가')
add(N,'ANY','냐'); add(F,'PREV_BATCHIM','냐')
add(F,'ANY','하냐','뭐냐','거냐','되냐','오냐','가냐','이냐','니냐','보냐','주냐','래냐','대냐','나냐','까냐')
# the copula's -냐 and -니 after a question word, which ends in an open
# syllable (누구냐, 어디니, 언제냐): 뭐니 뭐니 해도 goes on by its 해도
add(F,'ANY','누구냐','어디냐','언제냐','얼마냐','누구니','어디니','뭐니','언제니','얼마니')
add(N,'ANY','니'); add(F,'PREV_VERB','니'); add(C,'ANY','하니','으니')
add(N,'ANY','나'); add(F,'PREV_VERB','나'); add(F,'ANY','려나'); add(C,'ANY','으나','러나')
# -- exclamative / observation
add(N,'ANY','네'); add(F,'NOTWORD','넹'); add(F,'PREV_VERB','네')
add(F,'ANY','하네','되네','가네','보네','크네'); add(F,'NOTWORD','나네','르네','프네','쁘네','시네','치네','우네')
# copula 이네 after a noun with a batchim (사람이네), not a name (하이네);
# 오네 after the verbs that take it (비 오네, 나오네), not -치오네
add(F,'PREV_BATCHIM','이네'); add(F,'WORD','오네'); add(F,'ANY','나오네','어오네','아오네')
add(N,'ANY','니네','리네','지네','너네','동네')
add(N,'ANY','누구나','고구려'); add(C,'ANY','구만'); add(F,'PREV_VERB','구만'); add(F,'ANY','는구만','이로군'); add(F,'ANY','구먼','구려','는군','더군','더라','더라고','더라구','다구','라구')
# -구나 follows a stem or tense marker (좋구나, 있구나, 했구나, 반갑구나),
# 는, the copula 이 or 로, or an open stem in ㅡ (크구나, 예쁘구나, 다르구나)
# or 싸; after another syllable it is a noun in 구 with the particle 나
# (친구나 가족, 연구나 조사, 도구나, 입구나 출구)
add(N,'ANY','구나'); add(F,'PREV_VERB','구나'); add(F,'PREV_B','구나'); add(N,'ANY','입구나')
add(F,'ANY','는구나','이구나','로구나','크구나','쁘구나','프구나','르구나','쓰구나','싸구나')
add(N,'ANY','군'); add(F,'PREV_VERB','군')
add(F,'ANY','거든','잖아','잖어')
# -- nominal endings of notes and chat
add(N,'ANY','음'); add(C,'WORD','음'); add(F,'PREV_VERB','음'); add(W,'ANY','아님')
add(F,'PREV_M','음')
add(N,'ANY','슴'); add(F,'PREV_VERB','슴')
# -함 and -임 before a space close a sentence in notes and reviews (가능함,
# 맛집임); inside one, a nominalised adjective is a noun followed by a word
# that takes it in (편리함 때문에, 친절함 그 자체: see CONT), and the nouns
# that end in 임 are listed below as NONE. 함 also ends the names of ships
# (천안함) and boxes (사서함), open classes: only the -하다 words common as
# verdicts in notes and reviews are final, the rest stays weak.
add(WB,'ANY','함'); add(F,'WORD','함'); add(F,'ANY','아함','어함','워함','해함')
add(F,'ANY',*[r+'함' for r in (
    '편','불편','깔끔','꼼꼼','친절','가능','만족','부족','충분','애매','얼얼','달달','심','강','약',
    '급','비슷','추천','강추','비추','실망','후회','감동','인정','완벽','저렴','든든','신기','허전',
    '훌륭','깨끗','조용','따뜻','시원','상큼','고소','담백','촉촉','바삭','쫄깃','느끼','짭짤',
    '밍밍','넉넉','푸짐','적당','무난','평범','특별','익숙','필요','중요','확실','정확','간단',
    '간편','편리','복잡','튼튼','탄탄','허술','엉성','미흡','양호','우수','구매','주문','도착',
    '사용','선택','결정','포기','예약','참고','조심','주의','필수','당황','민망','뿌듯','답답',
    '피곤','심심','귀찮','궁금','행복','감사','죄송','미안','다행','불안','속상','서운','섭섭')])
# the plain -다 of the -하다 adjectives said as a verdict or a feeling
# (오늘 진짜 피곤하다 | 내일 또 보자, 국물이 담백하다 | 면도 쫄깃함):
# an adjective takes no connective -다(가), which 하다 before another
# word mostly is (농구하다 다쳤어: WEAK above); BARE, final in unpunctuated
# text unless a verb follows (깔끔하다 못해)
STATE_HA = ['편','불편','깔끔','꼼꼼','친절','만족','부족','충분','애매','달달','비슷','완벽',
    '저렴','든든','신기','허전','훌륭','깨끗','조용','따뜻','시원','상큼','고소','담백','촉촉',
    '바삭','쫄깃','느끼','짭짤','밍밍','넉넉','푸짐','적당','무난','평범','특별','익숙','간단',
    '간편','편리','복잡','튼튼','허술','엉성','민망','뿌듯','답답','피곤','심심','궁금','행복',
    '다행','불안','속상','서운','섭섭','이상','대단','똑똑','착','급','한가','우울','짜증',
    '솔직','유명','어색','신선']
add(WB,'ANY',*[r+'하다' for r in STATE_HA])
add(F,'ANY','됨'); add(F,'ANY','임')
add(N,'ANY','피임','퇴임','초임','겸임','상임','특임','적임','중임','귀임','회임','노임','운임',
    '네임','프레임','슬라임','크라임','다임','하임','레임','움직임','절임','배임','현임','조임','끼임',
    # given names (윤순임)
    '순임','정임','영임','지임','옥임','분임','숙임','명임','희임','금임','덕임')
# -ㅁ nominals of verbs whose stem leaves no batchim test to tell them from
# nouns: ㅂ-irregular adjectives (아까움, 귀여움), -르- (빠름, 모름), tried
# forms (해봄) and verbs of motion (나옴, 다녀옴), listed below; the
# passive and causative ones are a rule of the stem (PASSIVE_NOMINAL).
# Nouns that end alike are NONE.
# The -ㅁ nominal of a passive or causative verb is told by its stem: the
# suffix -히- follows stems in ㄱ ㄷ ㅂ ㅈ ㄺ ㄼ ㄵ (막힘, 닫힘, 잡힘,
# 꽂힘, 읽힘, 밟힘, 앉힘), -리- stems in ㄹ and ㅀ (들림, 열림, 뚫림), -기-
# stems in ㄴ ㅁ ㅅ ㄷ ㅊ ㄻ ㄶ ㅌ (안김, 감김, 씻김, 뜯김, 쫓김, 옮김, 끊김,
# 맡김; and 생김, 땡김 of the stems in -ㅇ기-): the syllable before the
# nominal must carry one of those batchim,
# whatever the verb (COND_JONG PREV_HI, PREV_LI, PREV_GI). Such a nominal
# also names a state or an act before a noun (쏠림 현상, 열림 상태, 지속적
# 괴롭힘 행위와): BARE, final in unpunctuated text only, where no verb
# follows; the nouns made of one are NONE below (살림, 알림, 괴롭힘). -김
# is rarely such a noun (웃김, 남김, 끊김: FIN).
PASSIVE_NOMINAL = [('힘', 'PREV_HI', WB), ('림', 'PREV_LI', WB), ('김', 'PREV_GI', F)]
for w, cond, cls in PASSIVE_NOMINAL:
    add(cls, cond, w)
add(N,'ANY','살림','알림','울림','괴롭힘')
add(N,'WORD','김'); add(N,'ANY','양념김','조미김','돌김','재래김','파래김','곱창김','구운김','도시락김')
add(F,'ANY','어짐','워짐','쳐짐','져짐','해짐')
add(F,'ANY','아까움','무서움','귀여움','매움','추움','더움','쉬움','싱거움','무거움','가벼움','뜨거움','차가움','아쉬움')
# and more -ㅁ of notes whose last syllable nouns share: 비쌈 (비싸다;
# not 쌈, 보쌈) and the copula after 이상 and 이하 (기대 이상임; not
# 상임, 하임); not 이럼, also 이러면 contracted (이럼 안 되지)
add(F,'ANY','비쌈','이상임','이하임')
add(F,'ANY','빠름','느림','모름','흐림','듦')
# the -ㅁ of the adjectives whose stem ends in an open ㅡ, which drops it
# (예쁘다 예쁨, 바쁘다 바쁨, 나쁘다 나쁨, 아프다 아픔, 고프다 고픔, 크다
# 큼): BARE, final in unpunctuated text unless a verb follows, since some
# are nouns of feeling in prose too (마음의 아픔); 기쁨, 슬픔 and 만큼 are
# nouns or a particle only
add(WB,'ANY','쁨','픔','큼'); add(N,'ANY','기쁨','슬픔','만큼')
add(F,'ANY','해봄','어봄','아봄','가봄','와봄','나옴','녀옴','아옴','어옴','먹음','작음','적음','씀','하심','드심','으심')
add(N,'ANY','말씀','솜씨')
add(N,'ANY','포함','고함','우편함','사물함','수납함','투표함','전함','군함','잠수함','구축함','순양함','모함','호위함','상륙함','기함')
add(N,'WORD','임')
add(N,'ANY','게임','모임','책임','담임','주임','신임','선임','후임','전임','취임','사임',
    '위임','방임','소임','일임','연임','부임','재임','이임','해임','구임','임임')
add(F,'NOTWORD','셈'); add(N,'ANY','덧셈','뺄셈','곱셈','나눗셈')
add(WB,'ANY','듯')
# a bound noun after an adnominal ending closes a sentence the way 이다
# would after it (싱거운 편, 먹는 중, 갈아탈 예정, 좋을 듯): BOUND, which the
# scanner takes for a final ending only after an adnominal ending: -ㄹ for
# those of ko_split_bound_fut (a plan or a guess: 갈 예정, 올 듯; after
# -ㄴ, 신기한 듯 is a simile inside a sentence), 는 for ko_split_bound_prog
# (먹는 중; 그들 중, 20인 중 are partitive), -ㄴ or -ㄹ for the others;
# after a noun (진행 중, 영화 한 편) it is nothing.
add(B,'WORD','듯','중','편','예정','느낌','계획')
# the -ㅁ nominal of an auxiliary verb closes a note the same way after
# the -아/-어 form (구워 주심, 해 줌, 다녀 옴, 사 둠; not 봄, spring); the last syllables
# of these are ko_split_bound_aux
add(B,'WORD','주심','줌','옴','둠','버림','드림')
# -- commands, proposals, promises
add(N,'ANY','라'); add(C,'ANY','이라','따라','거라')
add(W,'ANY','하라'); add(F,'PREV_BATCHIM','아라'); add(F,'ANY','보아라','해라','어라','너라','마라','봐라','줘라','려라'); add(F,'WORD','와라','가라')
add(N,'ANY','자','후보자','초보자'); add(W,'ANY','가자'); add(F,'WORD','치자'); add(F,'ANY','보자','먹자','놀자','살자','말자','만나자','쉬자'); add(F,'WORD','자자')
add(W,'ANY','하자','되자')
# the -자고 of a proposal quoted or repeated (빨리 가자고, 내일 보자고):
# final in text without punctuation unless a verb (of saying) follows
# (가자고 했다); only after the verb stems of the -자 rows and the stems
# whose batchim only verbs carry, since after a noun -자고 is the copula
# (남자고 여자고, 혼자고)
add(WB,'ANY','가자고','보자고','하자고','먹자고','놀자고','살자고','말자고','만나자고','쉬자고',
    '자자고','오자고','마시자고','시키자고','되자고')
add(WB,'PREV_VERB','자고')
# and its contraction -재 (먹재 = 먹자고 해): 가재 is a crayfish, 자재 a
# material
add(F,'ANY','먹재','하재','보재','놀재','만나재','쉬재','마시재','시키재','오재','살재')
add(C,'ANY','게'); add(W,'PREV_L','게'); add(F,'ANY','할게','줄게','갈게','볼게','올게','될게','을게')
add(F,'PREV_L','께')
# the promissive -ㄹ게 of the ㄹ-stems and of the open stems that take it
# glued (사진 보낼게, 기다릴게, 챙길게): -ㄹ게 after ㄹ stays weak above, as
# the adverbs of ㄹ-stems end so (길게, 멀게, 힘들게, 둥글게, 잘게 썰다).
# Of a stem in ㄹ the -게 of -게 되다 and -게 하다 is alike (살게 되었다,
# 놀게 했다: see CONT): BARE, in unpunctuated text only (내가 살게)
add(F,'ANY','낼게','릴게','탈게','쓸게','쏠게','줄께','할께','둘게',
    '챙길게','맡길게','옮길게','넘길게','남길게','시킬게','지킬게','킬게','믿을게')
add(WB,'ANY','살게','놀게','팔게','걸게')
add(N,'WORD','길게','잘게')
add(N,'ANY','래'); add(F,'PREV_L','래'); add(C,'ANY','길래'); add(N,'ANY','몰래','빨래','달래'); add(WB,'ANY','그래')
add(N,'ANY','대'); add(F,'PREV_SS','대'); add(F,'PREV_VERB','대'); add(F,'ANY','는대')
# the hearsay -ㄴ대 after an open stem (간대, 산대, 온대, 준대, 된대, 결혼한대):
# BARE, final in unpunctuated text only, as nouns end so too (온대 기후,
# 시간대, 부산대, 무한대)
add(WB,'ANY','간대','산대','온대','준대','된대','탄대','논대','낸대','친대')
add(WB,'NOTWORD','한대')
add(N,'ANY','시간대','부산대','무한대','아열대','온대림')
# the hearsay of a command, -(으)래 (들어오래, 먹으래, 공부하래): 오래
# alone is the adverb (오래 걸려), 가래 a noun
add(F,'ANY','으래','하래','보래','주래','어오래','아오래','나오래','가래요')
# the hearsay of the copula after a noun closed by a batchim (휴강이래,
# 거짓말이래 = 휴강이라고 해): BARE, final in unpunctuated text only, as
# 이래 is also "since" glued to a noun (1980년이래; 건국이래 처음: SINCE_NEXT)
add(WB,'PREV_BATCHIM','이래'); add(N,'ANY','년이래')
# and after a noun ending in a vowel, contracted to -래 (연기래, 퇴사래,
# 그대로래, 문제래, 친구래 = 연기라고 해): BARE likewise, for the noun
# endings that few nouns in 래 share (not 미래, 노래, 유래, 고래, 거래)
add(WB,'NOTWORD','기래','사래','로래','제래','회래','구래','료래','화래','계래','자래')
# and after the bound noun 거 (것) said apart after an adnominal form, the
# hearsay of what one was told (체한 거래 = 체한 것이래, 갈 거래 = 갈
# 것이래): BARE, as 거래 is also the noun "deal" (주식 거래); split.c
# takes it only after an adnominal -ㄴ or -ㄹ of a verb and before no 하다
# or 되다 (공정한 거래 하자, 거래 됐어)
add(WB,'WORD','거래')
# and the question about what someone said, 뭐라고 해 contracted, in one
# word (걔가 뭐래 | 몰라, 선생님이 뭐래 | 숙제 내일까지래): BARE likewise,
# as a question word fused with the copula's -ㄴ데 is (뭔데, WH_COP).
# Collected from grammar references, not from any test line.
add(WB,'WORD','뭐래','머래','뭐라니','뭐라냐')
add(N,'ANY','소'); add(F,'PREV_VERB','소')
add(N,'ANY','오'); add(F,'ANY','하시오','주시오','보시오','마시오','가시오','오시오','십시오','으시오')
# -- half-speech (banmal): weak without punctuation
add(W,'ANY','어'); add(C,'WORD','어'); add(F,'PREV_SS','어'); add(W,'ANY','있어','없어')
add(W,'ANY','아'); add(C,'WORD','아')
# nouns in 아 after a closed syllable, which look like the -아 form (먹아
# is none, but 육아 일기 is a title, not 육 + -아)
add(N,'ANY','육아','탁아','미숙아','조숙아','복어')
# the -아/-어 form of half-speech where ko_split_inf_closed asks a batchim
# the stem has not (ㄹ: 살아, 멀어, 힘들어, 만들어; 단어, 영어 and a
# name's 슬아 have the other ones) or where the stem changed: ㅡ dropped
# (아파, 고파, 슬퍼, 바빠, 예뻐, 커) and 르 doubled into ㄹ라/ㄹ러 (불러,
# 빨라, 골라): BARE, final in unpunctuated text unless a verb follows
# (살아 있다, 들어 봐, 골라 줘); not 걸어, as often a connective (모든 걸
# 걸어 널 사랑하는데). 커 only alone, as loanwords end in it
# (스피커, 해커); 몰라 and 달라 not, as they open a reply (몰라 나도 처음
# 들어) or ask for something (돈 달라 했다).
add(WB,'ANY','살아','놀아','알아','팔아','들어','멀어','길어','울어','열어',
    '아파','고파','슬퍼','바빠','나빠','예뻐','이뻐','기뻐','불러','빨라','골라','잘라','흘러')
add(WB,'WORD','커')
# nouns in 어 after a closed syllable, which look like the -어 form (먹어)
add(N,'ANY','국어','속어','숙어','약어','독어','목어','적어','광어','연어','단어','언어','문어','상어','영어','용어','붕어','숭어','잉어','오징어','고등어','객어','술어','주어','목적어','보어','관형어','부사어','독립어','서술어')
add(W,'ANY','해','워','져','눠'); add(N,'WORD','해')
# nouns in 해, and the -해 forms that serve as postpositions (위해, 통해);
# -해 itself links clauses in news prose (교제를 시작해 약 1년), so it stays
# weak even in unpunctuated text
add(N,'ANY','올해','새해','피해','이해','방해','손해','동해','서해','남해','황해','재해','수해',
    '공해','한해','지난해','견해','장해','살해','침해','가해','난해','오해','화해','훼해')
add(C,'ANY','위해','통해','대해','의해','인해','관해','비해','반해','말해')
add(F,'ANY','어떡해','어떡하지','주네')
add(N,'ANY','야'); add(F,'ANY','거야','꺼야','이야','니야','뭐야','누구야','언제야','얼마야')
add(C,'ANY','어야','아야','해야','워야','져야','와야','봐야','줘야'); add(WB,'ANY','야지')
add(N,'ANY','지'); add(C,'ANY','까지'); add(N,'ANY','가지')
add(F,'ANY','겠지','렇지'); add(F,'PREV_VERB','지'); # (-하지 is BARE: in unpunctuated text split.c ends a statement in it
# before a pronoun topic, an opener or a question word, bare_guard)
add(W,'ANY','이지','거지'); add(WB,'ANY','하지','되지')
# BARE: weak forms that are rarely anything but final, and end a sentence
# in text written without punctuation unless a verb follows (맛있을듯 다음에,
# 가야지 오늘은); the -아/-어 forms join them by a rule of the scanner
# (ko_split_inf_closed). Not -자 and -게, which are also connectives and
# adverbs in plain prose (발생하자 그는, 길게 자란).
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
# the same -당 after the stems of the ㅂ-irregular adjectives, whose ㅂ a
# noun before 당 has too (입당, 식당 in ㄱ): listed (귀엽당, 춥당, 맵당),
# and the -닷 of an exclamation, -다 with ㅅ, after any batchim (끝났닷,
# 간닷, 있닷) or the copula (주말이닷); no word of prose ends in 닷
add(F,'ANY','엽당','춥당','덥당','맵당','쉽당','렵당','겁당','볍당','갑당','맙당','럽당','깝당')
add(F,'PREV_BATCHIM','닷'); add(F,'ANY','이닷')
# more internet spellings of final endings: -삼 (했삼, 하삼), -지롱, -욤,
# -쟈, -냥 (했냥), -거덩, -ㄹ걸 glued (할걸, 그럴걸)
add(N,'ANY','삼'); add(F,'PREV_SS','삼'); add(F,'ANY','하삼','주삼','보삼','지롱','어욤','해욤','네욤','세욤','지욤','에욤','거덩')
add(F,'NOTWORD','쟈'); add(F,'PREV_SS','냥'); add(F,'PREV_L','걸')
# the same play on the endings after a past or present stem in ㅆ, which
# no noun ends in (했엉, 했쪄, 했쥐, 있수, 했수다, 했다지), the spellings of
# -거든, -다구, -다니까 and -ㄹ걸 (했거등, 했다궁, 했다니깐, 할껄) and the
# nerd speech -다능
add(F,'PREV_SS','엉','져','쪄','쩌','쥐','수','수다','다지','고만','겨','시유'); add(F,'ANY','있엉','없엉')
add(F,'ANY','거등','다귱','다궁','다능','다니깐','라니깐'); add(F,'PREV_L','껄'); add(N,'ANY','껄껄')
# the -구 that chat writes for the -고 of a quoted sentence left to end
# one (했다구, 가자구, 왜 그랬냐구): after the final endings -다, -라, -자,
# -냐 it ends a sentence, whatever the verb. -자구 and -냐구 are BARE,
# as a verb of saying may follow them (왜 그랬냐구 물었다); 자구 alone
# is a noun (字句)
add(WB,'ANY','냐구'); add(WB,'NOTWORD','자구')
add(F,'ANY','으삼','는당','야징','합쇼'); add(F,'PREV_L','까나')
# -지 after the stems in 쁘 and 프 (예쁘지, 아프지), as their 다 is final:
# BARE, as 예쁘지 않다 and 아프지 마 go on (CONT)
add(WB,'ANY','쁘지','프지')
add(N,'ANY','징'); add(F,'PREV_SS','징'); add(F,'ANY','렇징')
add(N,'ANY','제'); add(F,'PREV_VERB','제'); add(F,'ANY','렇제','맞제')
add(N,'ANY','예'); add(F,'ANY','어예','해예','래예','세예','데예')
add(C,'ANY','께','들께'); add(F,'ANY','랑께','당께')
# -- literary and archaic finals (kept for quotations, scripture, poems)
add(F,'ANY','이로다','도다','지어다','자꾸나','고말고','소서')
# -- the speech levels of the grammars: 하게체 (하세, 나일세), 하오체
# (하리다, 갑디다, 합디까), the formal -나이다, 해라체 questions and
# commands (할쏘냐, 가거라, 하려무나). Left out as they are also other
# things in prose: -게나 (누구에게나), -로다 (구로다), -느냐 of paired
# questions (하느냐 마느냐), -리라 before a verb of thinking (있으리라
# 기대했다), -는걸 as 는 것을 (걷고 있는걸 발견했다).
add(F,'ANY','하세','보세','가세','먹세','드세','일세','걸세')
add(F,'ANY','하리다','으리다','주리다','나이다'); add(F,'PREV_B','디다','디까')
add(F,'ANY','쏘냐','려무나','오리다','구료','나이까'); add(F,'PREV_L','꼬')
add(F,'ANY','가거라','하거라','있거라','오거라','자거라','먹거라')
# -- regional speech as it is said, without punctuation. Endings that
# published descriptions of the dialects record (the kind found in the
# dialect entries of the Standard Korean Language Dictionary, 표준국어대사전,
# and in the regional-language surveys of the National Institute of Korean
# Language), listed from general knowledge of those descriptions rather
# than copied from one; never taken from a test line. A row that is also
# a name or a common word in standard prose is left out or guarded (see
# the NONE rows and the comments).
# Gyeongsang: the wh-question -노 and -고 (뭐 하노, 얼마고), the yes-no
# question -나 after a bare stem (뭇나), polite -예, the formal -심더/-습니더
# and their questions -ㅂ니꺼, -능교, -데이 and -래이 of assertion and
# request, -께 of promise (하께), 카이 after a statement (아이가 is left
# out: it is also the standard 아이 + 가, a child as subject).
add(N,'ANY','노'); add(F,'PREV_VERB','노')
# and after the stems in ㄱ ㄷ ㅂ ㅅ (받노, 씹노), in unpunctuated text only
# (BARE), since Sino nouns in 奴 and 怒 end so too (매국노, 격노)
add(WB,'PREV_STOP','노'); add(N,'ANY','매국노','격노')
# after any other stem -노 closes a question when a question word stands
# among the two words before it (어데 가노, 왜 안 받노: split.c, as for
# -ㄴ데), not a name (아사노, 기타노)
# (Japanese names end in -노 and -무라 too: 아사노, 후지와라노, 나카무라)
add(F,'ANY','그라노','라카노','쁘노','프노','뭇노','묵노','먹노'); add(F,'WORD','하노','카노')
# the retrospective -드노/-더노 of a past question (어데 갔드노, 뭐 했더노)
add(F,'ANY','드노','더노')
add(N,'ANY','피아노','카지노','도미노','알비노','르노','밀라노','시라노')
add(F,'ANY','얼마고','누고','어데고','뭐꼬','머꼬')
# and -꼬 of those questions after the other question words (니 누꼬,
# 이제 우짜꼬, 언제꼬, 얼마꼬); not 데꼬, the Gyeongsang 데리고 (아 데꼬
# 가라)
add(F,'ANY','누꼬','우짜꼬','어짜꼬','우째꼬','언제꼬','얼마꼬')
# the retrospective question -디 after a tense (어디 갔디, 밥 먹었디) and
# the hearsay questions -라디, -다디 (뭐라디, 괜찮다디), of Gyeongsang,
# Jeolla and colloquial speech (= -더냐); a -디 after other syllables is
# the Jeolla -ㄴ디 (= -ㄴ데) left to the rules of -ㄴ데
add(F,'PREV_SS','디'); add(F,'ANY','라디','다디')
# the -재 (= -지) of Gyeongsang speech after a tense (됐재, 했재); after
# a stem 재 is the -자고 of a proposal passed on (고기 먹재)
add(F,'PREV_SS','재')
# the rhetorical -랴 of 어쩌다 (워쩌랴, 어쩌랴, 우짜랴)
add(F,'ANY','쩌랴','짜랴')
# 허-, the 하- of Jeolla and Chungcheong speech, in its final endings
# (뭣 허냐, 뭐 허네, 그리 허제)
add(F,'ANY','허냐','허네','허제','허요')
# (not 뭐고, as in 집들이고 뭐고 다 귀찮다)
add(F,'ANY','뭇나','묵나')
# the yes-no -나 and the -노 of 가다 said alone (니 학교 가나, 와 안 가노): BARE,
# as 가나 is also Ghana and 가노 a Japanese name
add(WB,'WORD','가나','가노')
# the polite question -나예 and the retrospective -드라고 (했나예, 카드라고
# is a quote: see CONT 카더)
add(F,'ANY','나예')
# the yes-no question of the Gyeongsang copula, -이가 after a closed
# syllable (= -이냐: 니 학생이가, 이기 니 책이가), is the subject particle
# of standard speech after names and nouns in 이 (영숙이가, 고양이가):
# only 말 before it is told, as no noun in 말 takes 이 and then 가
# (참말이가, 정말이가, 거짓말이가, 그런 말이가); BARE, final in unpunctuated
# text unless a verb follows
add(WB,'ANY','말이가')
# -드라고 after a stem: one closed by a batchim only verbs carry or by ㄱ
# ㄷ ㅂ ㅅ (있드라고, 좋드라고, 먹드라고), or 하, 되 and the copula 이;
# after another syllable it is a loanword in 드 and the quoting -라고
# (발라드라고, 카드라고, 사운드라고)
add(F,'PREV_VERB','드라고','드라구'); add(F,'PREV_STOP','드라고','드라구')
add(F,'ANY','하드라고','되드라고','이드라고','하드라구','되드라구','이드라구')
add(F,'ANY','네예','라예','께예','까예','이예')
# and -예 on the -아 form (맞아예, 좋아예); the whole word 아예 is the
# adverb "at all"
add(F,'NOTWORD','아예')
add(F,'ANY','심더','습니더','심니꺼','습니꺼','능교','는교','던교'); add(F,'PREV_B','니더','니꺼')
add(N,'ANY','데이'); add(F,'PREV_SS','데이'); add(F,'PREV_B','데이'); add(F,'ANY','니데이','한데이','간데이','는데이','온데이','된데이')
add(F,'ANY','래이','다카이','온나','끼다','끼라','주이소','하이소','보이소','오이소','가이소'); add(F,'WORD','무라')
add(F,'WORD','카이')
add(F,'ANY','프제','깝제','라제','어야제','아야제','하제','겠제','겄제','되제')
# the -제 (= -지) of Gyeongsang and Jeolla after the stems that no noun
# in 제 shares (니 알제, 거기 있제, 맛 좋제, 그렇제; not 가제, 문제)
add(F,'ANY','알제','있제','없제','좋제','그렇제','먹제','묵제','봤제','했제')
# -ㄴ기라, -ㄹ기라 (= -ㄴ 것이라) of Gyeongsang assertion (그래서 그런기라,
# 다 니 하는기라, 내일 갈기라): after an adnominal -ㄴ or -ㄹ; not 인기라
# (인기 + 라)
add(F,'ANY','는기라','은기라','런기라','한기라','된기라','간기라','온기라','할기라','갈기라',
    '을기라','올기라','될기라')
# the -소 of the hao style and of Gyeongsang and Jeolla speech, a
# statement after a tense or a stem (알았소, 좋소, 없소) and a request
# after an open one (어서 가소, 이리 오소); not a noun in 소 (젖소, 주소)
add(F,'ANY','했소','겠소','겄소','았소','었소','였소','좋소','있소','없소','같소','맞소','그렇소',
    '가소','오소','보소','하소')
add(F,'ANY','오께','주께','하께','보께','리께')
# Jeolla: -잉 after a final ending (춥네잉), -랑께/-당께 (exists above),
# -어라/-지라/-게라/-이라 of polite speech, -쇼 (앉으쇼), -부러 of
# completion (맛있어부러), -당가/-ㄹ랑가/-능가 questions, -다냐.
add(F,'ANY','네잉','자잉','쇼잉','게잉','제잉','요잉','어잉','께잉','야잉')
# -잉 follows any final ending, the plain -다 and the imperative -라 too
# (오랜만이다잉, 쉬어라잉), -지 and -ㄹ까 (그렇지잉, 갈까잉), with the
# conditions of those endings: loanwords in -ing end alike (플라잉,
# 드라잉, 다잉)
add(F,'PREV_BATCHIM','다잉'); add(F,'ANY','이다잉','어라잉','아라잉','해라잉','거라잉')
add(F,'PREV_VERB','지잉'); add(F,'PREV_L','까잉')
add(N,'ANY','보잉','드로잉')
add(F,'ANY','게라','돼라','여라','구먼이라','구만이라','하지라','되지라','겄지라'); add(F,'PREV_VERB','지라')
add(F,'ANY','으쇼','보쇼','가쇼','하쇼','오쇼','주쇼','허쇼')
# the polite -라우 after -지 and -어 (그렇지라우, 했어라우)
add(F,'ANY','지라우','어라우','아라우')
add(F,'NOTWORD','부러','브러'); add(N,'ANY','일부러')
add(F,'ANY','당가','랑가','능가','한다냐','뭐다냐')
# -다니께, -라니께 (= -다니까) of insistence (그렇다니께, 아니라니께),
# where -니께 after a stem is the connective (그러니께, 추우니께)
add(F,'ANY','다니께','라니께')
# Chungcheong: -유 (괜찮유, 가유), -여 and -겨 (참말이여, 하는 겨), -댜
# (그랬댜), questions in -남 and -감 (있남, 되는감).
# -슈 (= -세요, -시오) of Chungcheong requests and statements (조심히
# 가슈, 그러슈, 배고파 죽겄슈): listed, as nouns end in 슈 (이슈, 티슈)
add(F,'ANY','가슈','하슈','오슈','보슈','주슈','러슈','겄슈','겠슈','었슈','았슈','였슈','했슈',
    '있슈','없슈','좋슈')
# and -잖여, -잖유 (= -잖아): 그건 아니잖여
add(F,'ANY','잖여','잖유')
add(F,'PREV_VERB','유'); add(F,'ANY','가유','와유','봐유','줘유','셔유','려유','혀유','돼유','대유','데유','먼유','녀유')
# -유 goes on the -아/-어 form of any verb (고마워유, 배불러유, 좋아유,
# 닫혀유, 펴유); not 사유 and 여유, nouns ("reason", "leeway")
add(F,'ANY','워유','러유','쳐유','켜유','펴유','겨유','벼유'); add(F,'NOTWORD','아유')
add(C,'WORD','어유','아유','어여','그랑께','그러니께')
add(F,'ANY','이여','거여','뭐여','누구여'); add(F,'WORD','나여','아녀','그랴')
# the guess -ㄴ가 봐, -나 봐 said -ㄴ가벼, -나벼 (비가 올랑가벼, 밥은
# 먹었나벼, 그런가벼): no word of prose ends so; and -ㄹ랴 (= -ㄹ래: 뭐
# 먹을랴), BARE, as the -(으)랴 of things done by turns ends alike after a
# stem in ㄹ (일하랴 살림 살랴): a verb after it goes on
add(F,'ANY','가벼','나벼'); add(WB,'PREV_L','랴')
add(F,'WORD','겨','텨'); add(F,'ANY','는겨','은겨','한겨','간겨','된겨','던겨')
add(F,'ANY','댜')
add(F,'PREV_VERB','남'); add(F,'ANY','는감')
# -- the nouns that end the title a blog post or a review opens with, a
# noun phrase without particles and without punctuation (에어프라이어 후기,
# 캠핑 첫 도전기, 고양이 두부 근황): TITLE, final only in the first words of
# a paragraph. Elsewhere they are nouns (조선 후기의, 경기 기록을).
# 후기 is also "the late period": after a word in ERA, or one ending in 기
# or 대 (백악기 후기, 조선 시대 후기, 19세기 후기), no title ends (the
# machines in 기 lose: 가습기 후기 stays one with its sentence).
add(TI,'WORD','후기','리뷰','사용기','도전기','근황','총평','방문기','여행기','체험기','구매기','개봉기','정주행기')
# the record and the story of a day that a post is titled (캠핑 셋째 날
# 기록, 오늘의 집밥 일기, 이사 준비 이야기), and the news a short title
# announces with a verbal noun (드디어 이사 완료, 퇴근길 붕어빵 발견);
# not before a word of TITLE_NEXT, which continues the noun phrase
# (상하이 도착 후, 바이러스 발견 직후). Not 성공 and 실패, which compound
# freely (성공 사례, 실패 원인).
# These are common objects of chat with the particle dropped (일기 써야
# 되는데, 책장 정리 좀 해야겠다, 이별 이야기 하나): they end a title of
# three words or more only (TITLE_LONG).
add(TI,'WORD',*TITLE_LONG); add(TI,'WORD',*TITLE_TASK); add(TI,'WORD','완료','발견','도착')
# the counted day, stage or part of a series that a post is titled by
# (제주 여행 셋째 날, 다이어트 2주 차, 제주 여행 2탄, 이사 온 지 한 달,
# 운동 시작한 지 100일): TITLE, ending a title only after its count, which
# title_count in split.c asks for: an ordinal before 날 (ko_split_ordinal),
# a span of days, weeks, months or years before 차 (or glued: 3주차), digits
# glued to 탄, and a span after -ㄴ 지 for the span itself (편 glued to
# digits, 2편, is read as the bound noun 편 before the count is asked;
# a span in 개월 ends none, as 월 ends the dates of prose: 10월).
# Elsewhere they are common nouns and name no title (다음 날 아침에, 차 한
# 잔, 1919년 3월 1일, 석탄); a span of time that goes on (한 달 만에,
# 1년 동안: ko_split_counter_next) or before a verb (한 달 됐어요) neither.
add(TI,'WORD','날','차'); add(TI,'ANY','주차','일차','탄','달','일','주','년')
# -- chat: questions and requests of half-speech that are rarely a
# connective before another word (어디야, 어때, 보내 봐, 보내 줘)
add(F,'ANY','디야','어때','봐','줘')
# -ㄹ까봐(서) glued: "for fear that" joins the clause to what follows
# (옷 벗을까봐 걱정이네요), unlike 봐 alone
add(N,'ANY','까봐','까봐서')
# -- verdict nouns said as a sentence of their own in chat and reviews
# (가성비 최고, 국물 레전드, 인정, 가격 실화): BARE, final in unpunctuated
# text unless a verb follows; a whole word only (최고의, 인정받다 go on)
# They are nouns, no verb: the sentence before one ends as before any
# other word (포장이 부실함 | 비추, 맛있어요 | 강추), where the nominal
# in -함 before a verb would be its object (ko_split_verdict, verb_next).
VERDICT = ['인정','극혐','레전드','실화','최악','강추','비추','꿀잼','노잼','존맛','개꿀','꿀팁',
           '가성비갑','혜자','최고']
add(WB,'WORD',*VERDICT)
# -- sounds and cries that follow a sentence as a comment on it (먹고
# 싶다 츄릅, 배고파 꼬르륵): TAIL, which the scanner attaches to a
# sentence that ends before it, even in half-speech
add(T,'WORD','츄릅','꼬르륵','하암','냠냠','쩝쩝','짝짝짝','흑흑','으악','꺄악','꺅','헉',
    '아싸','앗싸','오예','짜잔','뿌듯','휴우','후덜덜','드르렁',
    # mimetic words said after the sentence they picture (잤다 쿨쿨,
    # 달려왔다 후다닥, 쏟아졌다 꾸벅꾸벅)
    '쿨쿨','후다닥','꾸벅꾸벅','뚝딱','후루룩','꿀꺽','벌컥벌컥','엉엉','훌쩍훌쩍','덜덜',
    '부들부들','두근두근','콩닥콩닥','데굴데굴','뒹굴뒹굴','빈둥빈둥','헐레벌떡','부랴부랴',
    '쌩쌩','휘리릭','주르륵','털썩','폴짝','깡총깡총','쿵쾅','와르르',
    # and the cheers said after a wish or an encouragement (힘내 화이팅,
    # 다들 수고했어요 파이팅)
    '화이팅','파이팅')
add(F,'NOTWORD','노라','니라','렴'); add(N,'ANY','폐렴','청렴','수렴'); add(C,'ANY','아니라')
# -- continuation: particles and connective endings
add(C,'ANY','이','은','는','을','를','에','의','도','만','와','과','랑','로','서','며','면',
    '데','러','려','든','듯이','처럼','부터','한테','께서')
# the connective -도록 and -ㄹ수록 (하도록, 갈수록); 록 after another
# syllable ends a noun (기록, 등록, 목록, 부록), which may end a title
# (동네 도서관 등록 후기 has 등록 in it)
add(C,'ANY','도록','수록')
# the connective -면 follows an open stem, ㄹ or 으 (가면, 살면, 먹으면);
# after another batchim, or as the whole word 라면, 면 ends a noun of
# food or of a face (냉면, 짜장면, 라면, 장면, 측면), which the scorer and
# the answer rules may end a sentence at (점심 뭐 먹을까 | 짜장면)
add(N,'PREV_NOTL','면'); add(N,'WORD','라면')
add(C,'WORD','그럼','또','또한','즉','더구나','그냥','진짜','정말','너무','사실','아마','그게','이게','좀','막','뭐','흠','그','저','근데','아니','및','혹은','또는')
# adverbs and conjunctions that lead into what follows, so that an ellipsis
# after them is a pause (결국... 제작이 중단되었다)
add(C,'WORD','결국','드디어','마침내','그러나','하지만','따라서','게다가','왜냐하면')
add(N,'WORD','와')
# interjections that open a sentence, even before an ellipsis (아우.. 주말인데)
add(C,'WORD','아우','휴','에휴','어휴','아이고','헐','에이','하아','흐음','으음','글쎄')
add(L,'ANY','고','구')
# -다는/-라는 left hanging before an ellipsis closes the thought (없다는....)
add(L,'ANY','다는','라는'); add(C,'WORD','그리고','물론','네')
# the negative imperative 마 after -지 (가지 마); elsewhere 마 is the
# Gyeongsang interjection that opens a sentence (주이소 | 마 만 원만
# 받으이소), which split.c (lone_ma) tells by the word before
add(F,'WORD','마')
add(N,'ANY','타임','프라임','불현듯')
# the lime alone, and the climb (클라임): after a noun in 라 the -임 is the
# copula of a note (살기 좋은 나라임, 여긴 우리 나라임)
add(N,'WORD','라임'); add(N,'ANY','클라임')
# indirect quotes end in 고 (다고, 라고...): continuation via generic 고.

# Words that continue the sentence before them even after a sentence-final
# ending or a ? or !. P: a prefix of the next word, W: the whole next word;
# S: only after an ending, not after ? or !; Q: only after a question
# ending without a question mark (-까, -나, -가, -냐, -니, -지); A: only
# after an -아/-어 form, as an auxiliary verb (먹어 버렸어), not after
# another ending (오래 걸렸다 | 버린 상자만: see aux_before in split.c). D: also
# after a full stop (했다. 라고, 없다. 고 비판하였다, where a quotation
# lost its marks): only the particles and the auxiliaries 않- and 싶-,
# which begin no sentence (되지. 않냐.). Other auxiliaries, negation and
# quoting 하다 are not written after a full stop, and the words that look
# like them begin sentences there (떠났다. 해서와 관북 일대에도, 끝났다.
# 하니가 말했다, 왔다. 못 보던 얼굴이었다).
CONT = [
    # quotative particles written apart (좋다 라고)
    'PD 라고', 'PD 라며', 'PD 라면서', 'PD 라는', 'PD 라니', 'PD 라던', 'PD 라구', 'PD 라곤',
    'PD 이라고', 'PD 이라며', 'PD 이라는', 'PD 이라니', 'P 이란', 'WD 란', 'WD 고', 'WD 며',
    'WD 는', 'WD 면', 'WD 라', 'W 하',
    # 하다 used for quoting (되나? 싶었는데, 좋다 했다); 하지만, 하루, 한편 and
    # the like are deliberately absent: they start sentences
    'P 하고', 'P 하며', 'P 하면서', 'P 하는', 'P 하던', 'P 하니', 'P 하더니', 'P 하더라',
    'P 하여', 'P 하자', 'P 한다', 'P 했다', 'P 했고', 'P 했는데', 'P 했던', 'P 했지만',
    'P 했으나', 'P 했더니', 'P 했다가', 'P 했어', 'P 했음', 'P 했죠', 'P 했습', 'P 해서',
    'P 해도', 'P 하면', 'P 하기', 'P 합니다', 'P 하길래', 'P 할까', 'P 하게',
    'P 하겠', 'P 하시자', 'P 하시며', 'P 하시고', 'P 하시는', 'P 하시면', 'P 하시니', 'P 하시더',
    'P 하셨', 'P 하신다', 'P 하였',
    # and in the forms chat ends a reminder or a report with (간다
    # 했잖아, 온다 하잖아, 늦는다 했지, 못 간다 했대, 안 된다 했냐);
    # after an ending only, since after ? or ! 했지 and 했잖아 also answer
    # (숙제 했어? 했지)
    'PS 했잖', 'PS 하잖', 'PS 했지', 'PS 했대', 'PS 했냐', 'PS 했니', 'PS 했더라',
    'PS 했거든', 'PS 했으니', 'PS 했을',
    # and negated in the honorific, what someone one speaks of will not
    # say (잘못했다 안 하실 거야, 고맙다 안 하셨어); the plain 안 하- also
    # opens a sentence of its own about the deed before (기부하네 | 안
    # 하다가, 해야 하는데 | 안 하고 싶어)
    'PS 안하시', 'PS 안하셨', 'PS 안하신', 'PS 안하실', 'PS 안하셔',
    'PS 안 하시', 'PS 안 하셨', 'PS 안 하신', 'PS 안 하실', 'PS 안 하셔',
    # auxiliaries (먹었나 보다, 할까 싶다, 그렇다 치고)
    'PD 싶', 'P 보니', 'P 보면', 'W 봐', 'P 봤', 'P 보인', 'P 보여', 'P 보였', 'P 보이',
    'P 못해', 'P 치고', 'W 쳐', 'P 쳐도',
    # negation after -지 (하지 않는다, 찾지 못했다, 가지 마라)
    'PD 않', 'W 못', 'P 못하', 'P 못했', 'P 못한', 'P 못할', 'P 못합', 'P 말고', 'P 마라',
    'P 마세요', 'W 마', 'P 말아', 'P 마십', 'P 마시오', 'P 말자', 'P 말라', 'P 말구',
    # the auxiliary 있다 after a connective (밀려나 있다); not 있다가,
    # which after a final ending is the adverb "later" that opens the
    # next sentence (먼저 갈게 | 있다가 봐)
    'W 있다', 'P 있다고', 'P 있다는', 'P 있다며', 'P 있다면', 'P 있다니', 'P 있다구', 'P 있단',
    'P 있었', 'P 있는', 'P 있던', 'P 있습',
    # a doubt about the question before (오려나 모르겠다)
    'P 모르겠',
    # a thought quoted without a particle (되겠다 생각했다)
    'P 생각을', 'P 생각했', 'P 생각하', 'P 생각한', 'P 생각할', 'P 생각해', 'P 생각합',
    'P 생각이 들', 'P 생각된',
    # a belief or a guess quoted the same way (될 거다 믿는다, 오겠지
    # 기대했는데)
    'PS 믿는다', 'PS 믿었',
    'PS 기대하', 'PS 기대했', 'PS 예상하', 'PS 예상했', 'PS 확신하', 'PS 확신했',
    # the motion verb after the connective -다(가): 놀다 오세요, 갔다 올게,
    # 들렀다 가자
    'PS 오세요', 'PS 올게', 'PS 올께', 'PS 왔어', 'PS 와요', 'PS 왔다', 'PS 가세요',
    'PS 갈게', 'PS 갈께', 'PS 갔어', 'PS 가요', 'PS 가자',
    # a question embedded before what it is about: 할까 말까, 뭐할까 고민이야,
    # 다치지 않았나 걱정이다, 뭘까 궁금하다, 있나 봐요, 나 바보인가 봄
    'P 말까', 'WQ 아닌가', 'WQ 아니냐', 'PQ 아닌지', 'PQ 고민', 'PQ 걱정', 'PQ 궁금', 'P 봐요', 'P 봐야', 'W 봄',
    # and the fear or hesitation it is the object of (실수할까 두려워, 갈까
    # 말까 망설였다, 올까 봐서)
    'PQ 두려', 'PQ 두렵', 'PQ 망설', 'PQ 봐서',
    # and the asking of it (왜 결혼 안 하니 묻지 마)
    'PQ 묻', 'PQ 물어', 'PQ 물었', 'PQ 물으',
    # which the -ㄹ까 봐 of a fear, written apart, is before too (화낼까 봐
    # 무서워서, 넘어질까 봐 조마조마했다: kka_bwa in split.c); not 겁나,
    # also the slang "very" (그럴 수도 있지 | 겁나 예민)
    'PQ 무서', 'PQ 무섭', 'PQ 겁이', 'PQ 겁났', 'PQ 겁먹', 'PQ 조마조마',
    'PQ 불안', 'PQ 조심', 'PQ 긴장', 'PQ 떨려', 'PQ 떨리', 'PQ 떨렸', 'PQ 초조',
    'PQ 노심초사', 'PQ 전전긍긍', 'PQ 마음 졸', 'PQ 신경 쓰', 'PQ 신경 써', 'PQ 신경이 쓰',
    # the thought a question is (그만둘까 생각 중이야)
    'PQ 생각 중', 'PQ 생각중',
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
    # a sentence quoted as an example of a kind of saying or of a show,
    # before 같은 and the noun of that kind (힘내 같은 말, 밥은 먹고
    # 다니냐 같은 프로): 같은 opens a sentence as "the same" (같은 여자지만,
    # 같은 해), so only before those nouns; and 처럼, which opens none
    # (사랑해 처럼 들렸어, 예능? 처럼)
    'PS 같은 말', 'PS 같은 소리', 'PS 같은 대사', 'PS 같은 멘트', 'PS 같은 표현', 'PS 같은 제목',
    'PS 같은 댓글', 'PS 같은 질문', 'PS 같은 프로', 'PS 같은 예능', 'PS 같은 노래',
    'PS 같은 말투', 'PS 같은 문구', 'PS 같은 가사', 'PS 같은말', 'PS 같은소리', 'P 처럼',
    # the formal negation after -지 (좋지 아니한가)
    'P 아니하', 'P 아니한', 'P 아니했',
    # the other half of an alternative question that no ? closed
    'WS 아님', 'PS 아니면',
    # -음 as a spoken -으면 before the wish it conditions (잘됐음 좋겠다)
    'PS 좋겠', 'PS 좋았을',
    # what takes a nominal in -ㅁ (or a bound noun) as a noun: 편리함 때문에,
    # 친절함 그 자체, 즐거움 속에서, 불편함 없이, 다양함 등, 할 듯 말 듯
    # (those of NOUN_AFTER not after an -아/-어 form)
    'PS 때문', 'PS 덕분', 'PS 덕택', 'PS 동안', 'PS 무렵', 'WS 속', 'PS 속에', 'PS 속의', 'PS 속으로', 'PS 뿐',
    'PS 없이', 'PS 가득', 'WS 등', 'PS 등은', 'PS 등을', 'PS 등의', 'PS 등이', 'PS 등으로', 'PS 등에', 'PS 등과',
    'PS 등도', 'WS 및', 'WS 내지', 'PS 그 자체', 'PS 자체', 'PS 그대로',
    'PS 아닌 듯', 'PS 말 듯', 'PS 하다', 'PS 해요',
    # auxiliary verbs after the -아/-어 form, which is also a final ending
    # of half-speech (다 먹어 버렸어, 보내 줘 봐, 사 놓았다, 꺼내 두었다,
    # 배고파 죽겠다)
    'PA 버리', 'PA 버렸', 'PA 버려', 'PA 버린', 'PA 버릴', 'PA 버림', 'PA 버립',
    'PA 놓았', 'PA 놓고', 'PA 놓은', 'PA 놓는', 'PA 놓을', 'PA 놨', 'WA 놔', 'PA 놔요', 'PA 놔야',
    'PA 두었', 'PA 뒀', 'PA 둬', 'PA 두고', 'WA 둔', 'PA 두세',
    # and in a proposal, a promise or a question (사 두자, 치워 둘게, 켜 줄까,
    # 열어 놓자, 먹어 볼래; 입어 봐도 is in AUX, as 봐도 봐도 also opens
    # a sentence)
    'PA 두자', 'PA 둘게', 'PA 둘까', 'PA 두면', 'PA 두는', 'PA 두지', 'PA 놓자', 'PA 놓을게',
    'PA 놓으면', 'PA 줄게', 'PA 줄까', 'PA 주면', 'WA 주자', 'PA 볼래', 'PA 본다',
    'PA 드리', 'PA 드려', 'PA 드렸', 'PA 드릴', 'PA 드림',
    'PA 달라', 'PA 달란', 'PA 주세', 'PA 줘', 'PA 줬', 'PA 주었', 'PA 주고', 'PA 주는', 'PA 주신', 'PA 주셨', 'PA 주시',
    'PA 죽겠', 'PA 죽는', 'PA 죽을', 'PA 미치겠',
    # -ㄹ걸 and a quotation closed by 그러다 (살걸 그랬어, 좋다 그랬어)
    'PS 그랬',
    # the wish that a -길 or -기를 clause is the object of (행복하시길
    # 바랍니다, 이루시길 기도할게요), and the copula written apart from its
    # noun (대박 입니다)
    'PS 바라', 'PS 바랍', 'PS 바래', 'PS 바랬', 'PS 빕니', 'PS 빌어', 'PS 기원하', 'PS 기원합',
    'PS 기원해', 'PS 기도하', 'PS 기도합', 'PS 기도해', 'PS 기도할', 'P 입니',
    # Gyeongsang quotative and tag words after a statement (알았다 카이,
    # 비 온다 카더라, 없었다 아이가)
    # the light verb of suffering after a noun of action, which the -ㅁ
    # nominal of a verb also is (괴롭힘 당한, 조리돌림 당하니까)
    'PS 당하', 'WS 당한', 'WS 당할', 'PS 당했', 'PS 당해', 'WS 당함',
    # the -게 of a stem in ㄹ before 되다 (살게 되었다, 알게 된)
    'PS 되었', 'PS 되어', 'PS 되고', 'PS 되는', 'PS 되면', 'PS 되기', 'PS 되며', 'PS 되니',
    'PS 되더', 'PS 되지', 'WS 된', 'PS 된다', 'PS 됐', 'PS 될', 'PS 됨', 'WS 돼', 'PS 돼서', 'PS 돼요',
    'WS 카이', 'PS 카더', 'PS 카대', 'PS 카시', 'WS 카나', 'PS 칸다', 'PS 캤',
    # the copula and the bound endings after it, written apart from their
    # noun or after initials that spell one (ㅎㅌㅊ일듯, ㄱㅇㄷ이다, 노잼
    # 일듯, 뭐야? 인가?): no sentence opens with them, so nothing before
    # them is an end. Not after a full stop, where a stray copula is rare
    # and more rows in 이 would slow every sentence that opens with 이
    # (이는, 이후, 이를).
    'W 이다', 'W 임', 'W 지만', 'W 이지', 'W 이네', 'W 일거', 'W 인거',
    'W 일듯', 'W 인듯', 'W 일듯요', 'W 인듯요', 'W 일걸', 'W 인걸', 'W 일거임', 'W 일거야',
    'W 인거임', 'W 인거야', 'W 였다', 'W 였음', 'W 였어', 'W 인데', 'W 인데요', 'W 예요',
    'W 일지도', 'W 인가', 'W 인지', 'W 일까', 'W 일세',
    'W 이지만', 'W 이었다', 'W 이었음', 'W 이었어', 'W 이라서', 'W 이니까', 'W 이네요',
    'W 이에요', 'W 이잖아', 'W 이구나', 'W 이죠', 'W 이라네', 'W 이란다', 'W 이라',
    # nor with a case particle written apart after a sentence quoted
    # without marks (나 얘랑 잤어 를 말하고 싶던 걸까, 그만하자 에서
    # 끝났어): also after a full stop where it opens no sentence in
    # 을, 를, 에, 으 or 랑 (한테 only elsewhere: 한 opens many)
    'WD 를', 'WD 을', 'WD 에서', 'WD 에게', 'WD 으로', 'WD 랑', 'W 한테',
]

# Auxiliary verbs that follow the -아/-어 form (찍어 둔, 받아 온, 먹어 볼,
# 읽어 주셔서): after that form they show it is a connective, even in
# unpunctuated text. W: the whole word, P: a prefix (a bare syllable such as
# 오 or 주 also starts 오늘 and 주말).
AUX = [
    'W 봐', 'W 볼', 'W 본', 'W 봄', 'P 보고', 'P 보는', 'P 보면', 'P 보니', 'P 보세', 'P 보자',
    'P 보려', 'P 볼게', 'P 볼까', 'P 봐야', 'P 봐요', 'P 봐도', 'P 봤', 'P 보시',
    'W 와', 'W 온', 'W 올', 'W 옴', 'P 와서', 'P 와요', 'P 왔', 'P 오는', 'P 오고', 'P 오면',
    'P 오세', 'P 오자', 'P 올게',
    'P 보기로', 'P 보기도', 'P 보기만', 'P 주기로', 'P 두기로',
    'P 오려', 'P 올라꼬', 'P 올라카', 'P 가려', 'P 갈라꼬', 'P 갈라카', 'P 주려',
    'W 가', 'W 간', 'W 갈', 'P 가는', 'P 가고', 'P 가면', 'P 가서', 'P 가요', 'P 갔', 'P 갈게',
    'W 줘', 'W 준', 'W 줄', 'W 줌', 'P 주는', 'P 주고', 'P 주면', 'P 주셔', 'P 주시', 'P 주세',
    'P 주심', 'P 주었', 'P 줘서', 'P 줘요', 'P 줬', 'P 줄게',
    'W 둬', 'W 둔', 'W 둘', 'P 두는', 'P 두고', 'P 두면', 'P 두었', 'P 둬서', 'P 둬요', 'P 뒀',
    'P 둘게', 'P 놓', 'P 놨', 'P 놔',
    'P 버리', 'P 버렸', 'P 버려', 'P 버린', 'P 버릴', 'P 버림',
    'P 드리', 'P 드려', 'P 드렸', 'P 드린', 'P 드릴', 'P 드림',
    'P 내는', 'P 내고', 'P 냈', 'P 낸다', 'P 치우', 'P 치웠', 'P 있', 'P 죽겠', 'P 미치겠',
    # the 하다 that makes a verb of a feeling (힘들어 해, 좋아 했어,
    # 무서워 하는)
    'W 해', 'P 해요', 'P 했', 'P 하는', 'P 하네', 'W 한다',
    # more forms of 두다, 보다 and 주다 (펴 두니까, 열어 두자, 닫아 둘까;
    # 먹어 봐라; 들어 주라, 줘라), and their imperatives in Gyeongsang and
    # Jeolla speech (입어 보쇼, 먹어 보이소, 들어 주이소, 가져가 주쇼)
    'P 두니', 'P 두자', 'P 두세', 'P 둘까', 'P 봐라', 'P 보쇼', 'P 보이소', 'W 보소',
    'W 주라', 'P 줘라', 'P 주이소', 'P 주쇼',
    # and the Gyeongsang question of 주다 in -ㄹ꼬 (뭐 사 주꼬, 언제 해 주꼬)
    'P 주꼬', 'P 두꼬', 'P 보꼬',
    # 버리다 as Gyeongsang says it, 뿌다 or 삐다 (다 돼 뿟다, 먹어 뿌랐다,
    # 써 삤다, 가 삐라), and as Jeolla says it, 불다 (먹어 부렀어, 가
    # 부러); not 뿌리-, 삐지-, 부러워 (뿌려, 삐졌어, 부러워), other verbs
    'P 뿟', 'P 뿌랐', 'P 뿌라', 'W 뿐다', 'W 뿌고', 'P 삤', 'W 삐라', 'W 부러', 'P 부렀',
    'P 부렸',
]

# The -아/-어 forms of the verbs that make ready what is eaten or drunk
# (구워, 잘라, 데워, 나눠, 사), which go on in a verb of eating or
# drinking after them (SERIAL_EAT: 구워 먹는, 잘라 먹으니까, 사 마시는),
# whatever its ending: the two are one act, not a sentence of half-speech
# and another (serial_eat in split.c). Not 해, 짜, 타 and 떠, which are
# also a question (뭐 해 | 먹을래), a taste (너무 짜 | 먹기 힘들어), a
# ride and an eye opened; nor a form of taste or hunger (배고파 | 먹을 거
# 없어, 맛있어 | 먹어 봐), which is no preparation. Collected from
# grammar references (합성 동사, 본용언 + 본용언), not from any test line.
SERIAL = ['구워', '잘라', '나눠', '끓여', '데워', '볶아', '비벼', '찍어', '말아', '싸', '사',
          '시켜', '쪄', '튀겨', '부쳐', '삶아', '무쳐', '섞어', '덜어', '집어', '꺼내', '발라',
          '얹어', '담가', '익혀', '식혀', '녹여', '데쳐', '졸여', '얼려', '갈아', '따라', '우려',
          ]
SERIAL_EAT = ['P 먹', 'P 마시', 'P 마셔', 'P 마셨']

# Words after which a noun of TITLE ends no title, as they make it part
# of a longer noun phrase: times and bound nouns after a verbal noun
# (도착 후, 발견 직후, 정리 과정에서, 기록 등). W: the whole word, P: a
# prefix.
TITLE_NEXT = ['W 모두', 'W 후', 'P 후에', 'P 후로', 'P 후의', 'W 뒤', 'P 뒤에', 'W 전', 'P 전에',
              'P 전의', 'P 이후', 'P 이전', 'P 직후', 'P 직전', 'P 당시', 'W 때', 'P 때에',
              'P 때의', 'P 때문', 'W 시', 'P 시에', 'W 중', 'P 중에', 'W 등', 'P 등의',
              'P 등을', 'P 등이', 'P 과정', 'P 여부', 'P 결과', 'P 시점', 'P 이래', 'W 및',
              # and the verbs of writing and posting that take a review or
              # a record as their object, its particle dropped (솔직 후기
              # 남깁니다, 육아 일기 써요, 캠핑 리뷰 올려요); other verbs
              # after a title open the post (패딩 후기 | 가볍고 따뜻해요)
              'P 남기', 'P 남겨', 'P 남깁', 'P 올리', 'P 올려', 'P 올립', 'P 올림', 'P 씁니',
              'P 써요', 'P 써봐', 'P 써봅', 'P 써볼', 'W 써', 'P 적어', 'P 적습', 'P 공유']

# Words that join two clauses of a list written on one line (라면 먹기
# 아님 2. 치킨 시키기): before the number of the next item they make the
# items alternatives, each a sentence, not the nouns of one list (1. 사과
# 2. 배를 샀다). See inline_item in split.c.
ITEM_CONJ = ['아님', '아니면', '또는', '혹은']

# Adnominal verbs that join a noun phrase to the noun of a heading (원자핵의
# 구조에 관한 연구., 평화를 위한 노력.): the particle before one of them
# takes no predicate. See noun_phrase_head in split.c.
HEAD_ADN = ['관한', '대한', '따른', '의한', '위한']
# Conjunctions that join the nouns of a heading (사건 및 사고., 원인 또는
# 결과.). See noun_phrase_head in split.c.
HEAD_CONJ = ['및', '또는', '혹은']
# Words that open a line only after the word they lean on: a particle or a
# copula form standing first (a formula the extractor dropped: 법칙\n에
# 극한을 취하면), or a word that takes the noun before it (점유율\n역시,
# 매출\n대비). A short line followed by a line that opens with one is the
# first part of a sentence wrapped there, not a heading (heading_at in
# split.c).
HEAD_LEAN = ['에', '에서', '에게', '을', '를', '은', '는', '가', '의', '와', '과', '로',
             '으로', '까지', '부터', '보다', '처럼', '만큼', '에는', '에도', '으로는', '로는',
             '과의', '와의', '에서의', '으로서', '로서', '으로써', '로써',
             '이다', '이며', '이고', '이므로', '이라', '이라는', '이라고', '이면', '인', '이나',
             '이지만', '이었다', '였다', '이었으며', '이란', '이라면',
             '및', '등', '등의', '등을', '등이', '등은', '등에', '등과', '대비', '따위', '역시', '또한']
# The words of HEAD_LEAN that lean on the noun before them (점유율\n역시
# 크게 늘었다) but also open the first sentence under a heading (주요
# 활동\n또한 그는 ...): they lean unless the word after them is a subject
# or a topic (subject_next in split.c).
HEAD_ALSO = ['역시', '또한']
# Particles that end the word before a short line's last word where a
# sentence, not a heading, goes on: an object, a place or a source needs
# a predicate, and a heading's last word, a noun, is none (고속철도를
# 2004년, 부산에서 세 시간). Of 2,453 kowiki heading lines without their
# stop 9 end so, 5 of them headings (튀니지에서 망명, 슈고다이를 계승) and
# the rest verse or instructions (적분표를 참고하라); of 2,521 prefixes of
# its sentences 151. Not 부터 and 까지, which also make a range before a
# noun (1부터 200까지 핸드링, a caption). The adnominal -을 (먹을 것) is
# told apart by length (head_clause_line in split.c).
HEAD_CLAUSE = ['를', '을', '에서', '에게', '에는', '에서는', '께서', '으로는', '로는', '에게는']

# Words that, after a word in -다 with no full stop in the middle of a
# line of punctuated text, go on with its clause (unmarked_end in split.c):
# 하다 of a quotation or a concession (못한다 할지라도, 이렇다 할 성과),
# a verb of saying after a quotation that lost its 고 (없었다 말한다), and
# the motion verb after the connective -았다(가) (갔다 오는 길에, 떠났다
# 돌아온 유학생들).
DA_NEXT = ['W 할', 'P 할지라도', 'P 할지언정', 'P 하더라도', 'P 말한', 'P 말했', 'P 말하',
           'W 오는', 'W 온', 'W 올', 'W 와서', 'W 오던', 'W 가는', 'W 갈', 'W 가서',
           'P 돌아오', 'P 돌아온', 'P 돌아와', 'P 올라가', 'P 올라오', 'P 올라온',
           'P 내려가', 'P 내려오', 'P 내려온', 'P 들어가', 'P 들어오', 'P 들어온']

# The forms of 오다 and 가다 that, after a past -았다/-었다 in text without
# punctuation, make it the connective -았다(가) of a trip there and back
# (산책 갔다 옴, 편의점 들렀다 와서, 학교 갔다 오는 길, 은행 갔다 가면):
# a final -았다 is followed by a new sentence, which no form of going or
# coming opens but these (see next_binds in split.c). Not 와 or 오 alone,
# the interjections (끝났다 와 진짜), nor 오래 and 오늘. W: the whole word,
# P: a prefix. Collected from grammar references (연결 어미 -다가), not
# from any test line.
DA_MOTION = ['W 옴', 'W 와서', 'W 와야', 'W 와도', 'W 와라', 'W 와요', 'W 오는', 'W 오면',
             'W 오고', 'W 오니까', 'W 오던', 'W 오자', 'W 오려고', 'W 올게', 'W 올께', 'W 올래',
             'W 올까', 'W 온', 'W 온다', 'W 올', 'W 올거야', 'P 왔', 'W 감', 'W 가서', 'W 가는',
             'W 가면', 'W 가고', 'W 가니까', 'W 갈게', 'W 갈께', 'W 갈래', 'W 갈까', 'W 가자',
             'W 가요', 'W 가', 'W 갈', 'W 가려고', 'P 돌아오', 'P 돌아와', 'P 돌아왔', 'P 돌아온',
             'P 돌아올', 'P 돌아옴']

# Words after an -ㄹ게 (or -ㄹ께) that make its 게 the bound noun 것 with
# the subject particle (볼 게 없다, 할 게 아니라, 먹을 게 많다), not the
# promise: being, lacking and abundance. 있다가 is absent, as a promise is
# often followed by it (갈게 있다가 봐). See ge_thing in split.c.
GE_NEXT = ['P 아니라', 'P 아니고', 'P 아니다', 'P 아니야', 'P 아니잖', 'P 아니지', 'P 아닌',
           'P 아님', 'P 아녀', 'P 아니었', 'P 아니니',
           'P 없', 'P 많', 'W 있다', 'W 있어', 'P 있어요', 'W 있네', 'W 있는', 'W 있음',
           'W 있나', 'W 있냐', 'W 있니', 'W 있을까', 'P 있었', 'W 있고', 'P 있으', 'W 있지',
           'P 있더', 'P 있드', 'P 있겠', 'W 있거든', 'P 있습', 'W 있잖아',
           'W 별로', 'W 천지', 'W 투성이']

# Words after a verb in -았음/-었음 (-음 for -으면, 있었음 하네: the wish
# it is the condition of) that take it as that wish. See eum_wish in
# split.c; 좋겠다 is in CONT already.
EUM_NEXT = ['W 하네', 'W 하네요', 'W 해요', 'W 한다', 'W 합니다', 'W 하는데', 'W 하는데요',
            'W 했는데', 'W 했어', 'W 했어요', 'W 했다', 'W 했지', 'W 하지', 'W 하죠', 'W 하지요',
            'W 하고', 'W 했죠']

# Exclamations in -아라/-어라 of an adjective of feeling that dictionaries
# also give as a manner adverb before a verb, with 하다 or another (좋아라
# 하다, 좋아라 웃다, 싫어라 고개를 젓다: "gladly", "reluctantly"): before a
# verb form they tell how it was done and end nothing (좋아라 받더니,
# where 아 좋아라 | 오늘 날씨 최고 is an exclamation). See next_binds in
# split.c. W: the whole word.
MANNER_RA = ['좋아라', '싫어라']

# Pronouns before 같음 that make it 같으면, "if it were": the condition
# of what follows (나 같음 안 산다, 너 같음 어떡할래), where after a
# noun or a bound noun 같음 says what something seems (새 거 같음, 꿈
# 같음) and ends a note. See next_binds in split.c.
IF_PRON = ['나', '너', '저', '우리', '니', '걔', '쟤', '얘', '당신', '내가', '니가', '너라도',
           '나라도']

# The second person as the subject that opens a sentence (너 내일 가니,
# 넌 뭐 먹니): its -니 asks a question, which in text without
# punctuation ends there (너 내일 학교 가니 | 가야지), where with another
# subject -니 also links a cause (비가 오니 길이 막힌다). See
# ni_question in split.c.
YOU = ['너', '넌', '너는', '너도', '니', '니는', '니도', '너희', '너희는', '너네', '너네는']

# Reactions to what the other said (부럽다, 다행이다, 좋았겠다), which
# take no word with a particle before them as theirs: after the answer to
# a question with a particle said alone (어디로 | 강릉으로 | 부럽다) they
# are the asker's turn. See echo_answer in split.c. Collected from
# grammar references (감탄, 공감 표현), not from any test line. W: the
# predicates, which say what the speaker feels about the other's news;
# WS: the interjections, which one also says of one's own (재밌었어 ㅋㅋ
# 대박). After a run of laughter the predicates are the other's turn, and
# the laugh opens it (나 내일 쉬어 | ㅋㅋ 부럽다): absorb_tokens.
REACTION = ['W 부럽다', 'W 부러워', 'W 좋겠다', 'W 좋았겠다', 'W 재밌겠다', 'W 맛있겠다',
            'W 다행이다', 'W 다행이네', 'W 신기하다', 'WS 대박', 'WS 헐', 'WS 오', 'WS 와', 'WS 우와',
            'WS 아하', 'W 그렇구나', 'W 멋지다', 'W 좋네', 'W 부럽네',
            # and those said of what the other did or went through (산책
            # 갔다 옴 | 수고했어, 두 시간 줄 섰어 | ㅋㅋ 힘들었겠다); WS, as
            # one says them of one's own too (설정 별로 ㅠㅠ 아쉽다): those
            # said of a price, a time or a deed the other names (만 원 |
            # 싸다, 새벽 네 시 | 미쳤네)
            'W 축하해', 'W 수고했어', 'W 고생했어', 'W 고생했다', 'P 힘들었겠', 'W 힘들겠다',
            'P 맛있었겠', 'P 재밌었겠', 'W 잘됐다', 'W 잘됐네',
            'WS 아깝다', 'WS 아쉽다', 'WS 대단하다', 'WS 대단하네', 'WS 싸다', 'WS 싸네', 'WS 비싸다',
            'WS 비싸네', 'WS 미쳤네', 'WS 미쳤다', 'WS 어떡해', 'WS 큰일이다']

# Words after a noun glued to 이래 that make it "since" rather than the
# hearsay copula (창립이래 처음으로, 관측이래 최고): see since_next in split.c.
SINCE_NEXT = ['P 처음', 'P 최초', 'P 최고', 'P 최대', 'P 최다', 'P 최저', 'P 최악', 'P 최장',
              'P 최단', 'W 가장', 'W 줄곧', 'W 꾸준히', 'W 계속', 'W 매년', 'W 해마다', 'W 첫']

# The roots of -하다 adjectives that a review says as a verdict without
# 하다, a noun predicate after a topic (맛은 평범 | 가격은 비싼 편, 양도
# 충분 | 재구매 의사 있음: see state_noun in split.c). Not the roots that
# also modify a noun (특별 할인, 간편 결제, 유명 맛집) nor adverbs (보통,
# 별로). Collected from the STATE_HA roots, not from any test line.
STATE_NOUN = ['평범', '충분', '무난', '적당', '완벽', '만족', '대만족', '불만족', '애매', '깔끔',
              '친절', '불친절', '저렴', '훌륭', '깨끗', '넉넉', '푸짐', '든든', '담백', '쫄깃',
              '바삭', '촉촉', '달달', '짭짤', '부족', '비슷', '양호', '미흡', '심플', '허술']
# Degree adverbs that may stand between the topic and such a verdict (맛은
# 그냥 평범, 양은 좀 부족)
DEGREE = ['그냥', '그저', '좀', '꽤', '다', '아주', '진짜', '정말', '완전', '너무', '조금', '살짝', '되게',
          '엄청', '무척', '매우', '제법', '나름', '딱', '약간', '다소', '나름대로', '그럭저럭']
# The -아 forms fused with a stem in ㅏ of more than one syllable (만나,
# 일어나, 떠나, 갈아타): after a place or a time in -에 or -에서 they are
# mostly the proposal or the order said last (역 앞에서 만나 | 늦으면, 일곱
# 시에 일어나 | 그래야 안 늦어); after an object they are mostly the
# connective of what follows (여자 만나 결혼할 것 같은데): fused_a in
# split.c. W: the whole word.
FUSED_A = ['만나', '일어나', '떠나', '갈아타', '올라타']
# The -아/-어 forms of the compound verbs of motion in 가다 (들어가, 나가,
# 올라가, 돌아가: the -아/-어 form of a verb, then 가 fused with its
# ending), which end in 가 like a noun with the subject particle (영어가,
# 누나가, 하나가): whole words, so that 누나가 is not 나가. They take the
# same cue as FUSED_A, and another: before a pronoun with the topic
# particle or a word that opens a sentence, no subject follows a verb of
# motion in -아 (먼저 들어가 | 나도 곧 갈게). Collected from grammar
# references on compound verbs, not from any test line. fused_a in
# split.c.
MOTION_GA = ['들어가', '나가', '올라가', '내려가', '돌아가', '되돌아가', '건너가', '따라가', '넘어가',
             '지나가', '다가가', '찾아가', '데려가', '가져가', '걸어가', '뛰어가', '날아가', '쫓아가',
             '달려가', '끌려가', '물러가', '빠져나가', '뛰쳐나가', '쫓겨나가', '다녀가', '살아가']
# 가다 as the auxiliary of a change nearing its end (다 돼가, 거의 끝나가,
# 식어가, 죽어가): a verb of motion in -아 is often the connective of a
# purpose (회사에 돌아가 일해야 돼), but the -어 가 of a change is said
# last, and goes on into a clause only as -어 가서 or -어 가며; so it ends
# a sentence in unpunctuated text unless a verb follows (과제 다 돼가 |
# 조금만 기다려). Whole words, from grammar references on the auxiliary
# 가다; not 말라가 (also Málaga), 해가 (the sun, 올해가) nor 나아가
# (also the adverb "furthermore").
CHANGE_GA = ['돼가', '되어가', '끝나가', '끝마쳐가', '익어가', '식어가', '늙어가', '죽어가', '시들어가',
             '저물어가', '꺼져가', '사라져가', '지쳐가', '잊혀가', '녹아가', '떨어져가', '바닥나가',
             '닳아가', '무너져가', '망가져가']
# 거 alone after -ㄹ is the intention or the guess of chat with the
# copula dropped (영화 볼 거 | 너는, 치킨 먹을 거 | 엄마한테는 비밀):
# final in unpunctuated text as a BARE word is, unless a verb follows
# (먹을 거 없어, 먹을 거 사 왔어), a degree adverb (DEGREE: 할 거 너무
# 많아) or a word of none or all that the verb after it takes (볼 거
# 하나도 없네); after -ㄴ it is the thing done (본 거 재밌었어), no end
# (geo_goes_on in split.c).
GEO_NEXT = ['하나도', '아무것도', '아무거나', '별로', '많이', '더', '또', '제일', '엄청나게']
# Words that go on with such a verdict as a noun (평범 그 자체, 만족 수준)
STATE_NEXT = ['W 그', 'P 이상', 'P 이하', 'P 수준', 'P 정도', 'P 자체', 'P 상태', 'P 그대로',
              'P 여부', 'P 조건', 'P 요건', 'P 이유', 'P 때문', 'W 및', 'W 등']

# Names that end in an exclamation mark (야후! 재팬, 야후! 메일): the mark
# after them ends no sentence.
BANG_NAME = ['야후', 'Yahoo', 'yahoo', 'YAHOO']  # its Latin spellings too

# Words naming an era, before which 후기 and the like are periods, not
# titles (조선 후기)
ERA = ['조선', '고려', '신라', '백제', '고구려', '발해', '가야', '삼국', '로마', '에도', '헤이안',
       '메이지', '중세', '근세', '왕조', '청나라', '명나라', '송나라', '당나라', '원나라']

# Words that open a sentence and never continue a noun phrase: the
# conjunctive adverbs of school grammar (접속부사) but the ones that join
# nouns (그리고, 및, 또는, 혹은) and 하지만, which is also 하다 + -지만
# (잘하긴 하지만, 떴다고들 하지만); interjections (감탄사) that are no other
# word when they stand alone (not 와 "come", 자 "sleep", 네 "your", 오
# "five"); and the reply initials of chat. In text without punctuation a
# noun, an adverb or a half-speech form before one of them ends its
# sentence (그럼 돈가스 | ㅇㅋ 돈가스 콜, 같은 동아리 선배 | 그래서 뭐라고
# 했어). S: an adverb, which chat also drops inside a sentence after its
# first word (오늘 근데 비 온대, 나 그래서 늦었어): it needs two words
# before it. Q: a reply (응, ㅇㅇ), before which an afterthought adverb
# said alone is a question of its own (못 갔어 | 진짜 | 응 감기 걸림). Collected from grammar references, not from any test line.
OPENER = [
    'S 그래서', 'S 그러니까', 'S 그니까', 'S 그러니', 'S 그런데', 'S 근데', 'S 그렇지만',
    'S 그러나', 'S 그래도', 'S 그러면', 'S 그럼', 'S 그러므로', 'S 따라서', 'S 게다가',
    'S 더구나', 'S 아무튼', 'S 어쨌든', 'S 어쨌거나', 'S 암튼', 'S 하여튼', 'S 여하튼',
    'S 그나저나', 'S 아무래도', 'S 반면에',
    # (어 is also the yes of speech, as 응 is, and a reply like it: 진짜 |
    # 어 더는 못 버티겠더라)
    'W 아', 'WQ 어', 'W 헐', 'W 헉', 'W 아이고', 'W 아이구', 'W 어머', 'W 어머나', 'W 으악',
    'W 에이', 'W 앗', 'W 아하', 'W 와우', 'W 흠', 'W 음', 'W 글쎄', 'W 저기', 'WQ 응', 'WQ 웅',
    'WQ 오케이', 'W 에휴', 'W 아휴', 'W 휴', 'WQ ㅇㅇ', 'WQ ㅇㅋ', 'WQ ㄴㄴ', 'WQ ㅇㅇㅇ',
    'W 에고', 'W 에구', 'W 어이구', 'W 아이참', 'W 맙소사', 'W 엥', 'W 어랏',
    # and those of regional speech: Jeolla 아따, 오메, 워메; Gyeongsang
    # 하이고 (아이고)
    'W 아따', 'W 오메', 'W 워메', 'W 워매', 'W 하이고',
    # and 오, the interjection of surprise or interest (캠핑 감 | 오 뭐
    # 먹을 건데), which is also the Sino-Korean five: an opener only
    # where no unit follows it (ko_split_opener_num, NUM_UNIT: 오 분, 오
    # 년, 오 대 영)
    'W 오',
    # and, S too, a time word with the topic particle that sets the new
    # sentence against the one before (예전엔 자주 갔지 | 지금은 아님),
    # but only after a word that closes a clause (topic_close in
    # split.c), and a step after another, after any word (명상 10분 |
    # 그다음 책 읽기): the sentence before has said its time
    'S 오늘은', 'S 내일은', 'S 어제는', 'S 요즘은', 'S 지금은', 'S 처음엔', 'S 처음에는',
    'S 이번엔', 'S 다음엔', 'S 그다음', 'S 그다음엔',
    # N: a denial, which opens a reply only after a yes-no question in -가
    # of Gyeongsang speech (니 가방이가 | 아니 내 꺼 아이다), where the
    # -가 can be no subject particle: a subject is not followed by 아니
    # and more words (elsewhere 아니 corrects a word: 점심 아니 저녁)
    'WN 아니', 'WN 아니요', 'WN 아뇨',
]

# Adverbs that turn to a new point or draw a conclusion from what was just
# said (근데, 그럼, 아무튼): no connective ending runs into one, so after an
# -ㄴ데 or -려고 left hanging in text without punctuation they open the
# next sentence (싫은데 | 그럼 딴 거 보자, 가려고 | 근데 너는), where the
# concessive ones (그래도, 그렇지만) go on with an -ㄴ데 (비싼데 그래도
# 샀어) and 그래서 may follow one in speech. Collected from grammar
# references (접속부사), not from any test line.
# A particle or the copula written apart after an emoji that stands apart
# after a noun: the emoji stands for a word of the sentence (대문자 😀
# 이다., 저녁은 🍕 를 먹었다), which goes on. W: the whole word, P: a
# prefix. Not 이, 가 or 도, which are also a determiner, a verb and an
# adverb that open sentences (😀 이 집 최고).
EMOJI_NEXT = ['W 이다', 'P 이다.', 'P 이에요', 'P 예요', 'P 입니다', 'W 이야', 'W 임', 'W 을',
              'W 를', 'W 은', 'W 는', 'W 의', 'W 에', 'W 에서', 'W 로', 'W 으로', 'W 처럼',
              'W 랑', 'W 이랑', 'W 와', 'W 과']

TURN = ['근데', '그런데', '그럼', '그러면', '그나저나', '아무튼', '암튼', '어쨌든', '어쨌거나',
        '하여튼', '여하튼']

# Words after which the boundary scorer (scripts/split-score.py) never ends
# a sentence, though the text it learnt from often ends with them. W: the
# whole word, which also joins two alternatives in one (라면 먹을까 아님
# 치킨 시킬까, 아님 = 아니면). E: an ending: a -다 that no row above made
# final is the connective -다(가) (농구하다 다쳤어, 밥 먹다 흘렸어) or a
# name (구로다, 에스파냐 are ends elsewhere), as the WEAK and NONE rows of
# 다 say; likewise an unresolved -나 is the particle (남자나 여자나, 옥자나
# 설국열차가) or the connective -(으)나, the final -나 being a row above.
NOSCORE = ['W 아님', 'E 다', 'E 나']

# Question words: an -ㄴ데/-ㄴ디 form, or a noun with the copula -야 (몇
# 시야), closes a question after one of them
# in the same clause (어디 가는데, 누가 그러는디), where without one it
# links two clauses (비가 오는데 우산이 없다). S: also a filler or a
# modifier (뭐 할 말은 없는데, 무슨 사람이 죽어 나가는데), taken only as
# the word right before.
WH = ['W 어디', 'W 어디서', 'W 어디로', 'S 뭐', 'W 뭘', 'S 뭔', 'S 무슨', 'W 무엇', 'W 왜',
      'W 누가', 'W 누구', 'W 누굴', 'W 언제', 'W 몇', 'W 얼마나', 'W 어느', 'W 어떤',
      'W 어떻게', 'W 어째서',
      # and 얼마 right before the verb (얼마 줬는데, 얼마 남았는데), not
      # further back, as in 얼마 안 되는데, 얼마 전에 갔는데
      'S 얼마',
      # and those of Gyeongsang speech, which asks them with -노 (어데
      # 가노, 머 묵노, 우째 하노)
      'W 어데', 'W 머', 'W 우째', 'W 우예', 'W 와이래']

# Replies of assent that open a turn (좋아, 그래, 알았어): said first in a
# sentence that more words follow in text without punctuation, they open
# it, as 응, ㅇㅇ and ㅇㅋ do, rather than make one of their own (알았어
# 너무 늦게 오지 마, 좋아 토요일에 보자). Collected from grammar
# references (응답어, 동의 표현), not from any test line.
REPLY = ['좋아', '좋다', '그래', '그러자', '알았어', '알았다', '알겠어', '알겠다', '그려', '그랴',
         '맞아', '알았어유', '알겠슈', '그치', '그렇지',
         # and 콜 of chat ("call": a bet or an offer taken, 콜 바로 감),
         # which said last takes what was offered (치킨 콜)
         '콜']

# Replies that take what was said as said and done: thanks, and having
# understood, in the standard language and in the speech of Jeolla and
# Chungcheong (알겄어, 알았어유). No clause runs into one, so the -아/-어
# form before it is half-speech that ends its sentence, though it is a
# verb (가져가 | 고마워유, 일찍 와 | 알겄어; answer_next in split.c).
# Collected from grammar references (응답어, 감사 표현), not from any test
# line. W: the whole word.
THANKS = ['고마워', '고마워요', '고마워유', '고마워잉', '고맙다', '고맙심더', '감사해', '감사해요',
          '땡큐']
UNDERSTOOD = ['알았어', '알았어요', '알았다', '알겠어', '알겠어요', '알겠다', '알겄어', '알겄다',
              '알것어', '알았어유', '알겠슈', '알았당께', '알았데이', '알겠심더']

# The nouns of CONT that take a nominal or a bound noun before them
# (편리함 때문에, 할 동안) but no -아/-어 form, which no noun is: after
# one they begin a sentence (고마워 | 덕분에 살았다, 반가워 | 덕택에 힘이
# 났어; break_before_next in split.c). P: a prefix.
NOUN_AFTER = ['P 때문', 'P 덕분', 'P 덕택', 'P 동안', 'P 무렵']

# The question words fused with the copula's -ㄴ데 or -ㄴ디 (뭔데 "what is
# it", 누군데, 어딘디): a question in one word, which ends its sentence in
# unpunctuated text unless a verb follows (이거 봤냐 | 뭔데 | 링크 보내
# 봐), as an -ㄴ데 does after a question word.
WH_COP = ['뭔데', '누군데', '어딘데', '언젠데', '얼만데', '뭔디', '누군디', '어딘디', '언젠디',
          '얼만디']

# Question words said alone as a reply, a question of their own after
# another sentence of the paragraph (늦어 | 왜 | 친구 생일이라, 약속
# 있어 | 누구 | 회사 동기, 밖이야 | 어디 | 학교 앞): see lone_wh in
# split.c. S: also a filler (먹었어 뭐 어제 먹은 거), taken only after a
# sentence that points at something it does not name (DEMONSTRATIVE:
# 이거 들었어 | 뭐 | 시험 범위 바뀐대). Not 언제, which opens a wish (언제
# 밥 한번 먹자).
LONE_WH = ['W 왜', 'W 누구', 'W 어디', 'S 뭐']
# Question words with a particle, said alone as a reply whose answer
# echoes the particle (영화 봤어 | 누구랑 | 회사 동기랑, 이사 가 | 어디로 |
# 학교 근처로): see wh_echo in split.c. Each row is the question word, the
# particle after it and the particle that ends the answer.
# 어디서 is answered with 에서, as a word in 서 alone is mostly the
# connective -아서 (어디서 | 집에서; not 어디서 애 데려와서); 하고, also a
# verb's connective, is left out.
WH_ECHO = [('누구', p, p) for p in ('랑', '한테', '에게')] + \
          [('어디', p, p) for p in ('에서', '로', '에', '까지')] + [('어디', '서', '에서')] + \
          [('언제', p, p) for p in ('까지', '부터')]
# Demonstratives that point at a thing or a person the hearer may not
# know yet (그거 봤어, 이 얘기 들었어, 걔 알아): a lone 뭐 after a sentence
# with one asks what it is. W: the whole word, P: a prefix.
DEMONSTRATIVE = ['W 이', 'W 그', 'W 저', 'P 이거', 'P 그거', 'P 저거', 'P 이것', 'P 그것', 'P 저것',
                 'P 이게', 'P 그게', 'P 저게', 'P 이걸', 'P 그걸', 'P 저걸', 'P 걔', 'P 얘', 'P 쟤']
# Pronouns with the topic or the additive particle (너는, 난, 나도): after
# a noun said as the answer to a question they turn to a new subject or
# ask back (뭐 먹었어 | 그냥 라면 | 너는), and the answer ends before
# them (noun_answer in split.c). W: the whole word.
PRON_TOPIC = ['W 너는', 'W 넌', 'W 너도', 'W 니는', 'W 니도', 'W 나는', 'W 난', 'W 나도',
              'W 저는', 'W 전', 'W 저도', 'W 우리는', 'W 우린', 'W 우리도']
# Words of the present that make a verbal noun with 중 a state said of
# now (지금 운전 중 | 이따 전화할게, 아직 공사 중 | 다음 달에 연대), a
# sentence of its own in text without punctuation; without them N 중 is
# mostly the time of what follows (수업 중 휴대폰 금지, 회의 중 전화가
# 왔다): progress_noun in split.c. W: the whole word.
# Adverbs said alone as the whole answer to a yes-no question about what
# is done (밥 먹었어 | 아직, 다 했어 | 반쯤): "not yet", "half". Not
# 벌써, 방금, 거의, 별로, which mostly open a sentence they modify (벌써
# 세 번째야, 방금 집에 왔어, 별로 맛이 없었어). After such a question, with or without a yes or no
# before it (ko_split_yes_no: 아니 아직), the adverb ends its sentence
# unless a verb, a negation or a degree adverb follows that it modifies
# (아직 안 먹었어, 거의 다 했어): reply_adverb in split.c. Collected from
# grammar references (시간 부사, 정도 부사), not from any test line.
REPLY_ADV = ['아직', '아직요', '반쯤', '절반쯤', '반쯤요']
# Adverbs of degree, certainty and frequency that need the predicate they
# modify (꼭, 너무, 엄청, 반드시): an exclamation mark after one is
# emphasis inside its clause, not an end (나중에 꼭!!후회하세요, 너무!!
# 좋아요). Not the adverbs said alone as an utterance: 진짜, 정말 ("really"),
# 절대 ("never"), 제발 ("please"), 빨리 ("hurry"), 다시, 또, 계속; see
# mark_pause in split.c.
EMPH_ADV = ['꼭', '꼭꼭', '너무', '너무너무', '엄청', '매우', '아주', '되게', '무척', '몹시', '반드시',
            '절대로', '정말로', '진짜로', '참말로', '제일', '가장', '훨씬', '완전히', '항상', '늘', '언제나',
            '더더욱', '더욱', '특히', '굉장히', '상당히', '너무나', '너무나도']
YES_NO = ['아니', '아뇨', '아니요', '응', '어', '엉', '웅', '네', '넵', '예', 'ㅇㅇ', 'ㄴㄴ']
# What may follow a polite or formal final ending (-요, -죠, -ㅂ니다)
# inside one eojeol without ending the sentence: the ending quoted or
# named by a particle (좋아요를 눌러, 안녕하세요는, 해요체, 했습니다만,
# 눈치채 주세요처럼, 좋아요라고) or drawn out (좋아요잉). Any other
# syllable glued after such an ending, in text without end punctuation,
# begins the next sentence (감사해요내일 또 올게요): glued_end in split.c.
# P: a prefix of the rest of the word; W: the whole rest. From grammar
# references of particles, not from any test line.
GLUED_ON = ['P 는', 'P 은', 'P 를', 'P 을', 'P 가', 'W 이', 'P 이라', 'P 이란', 'P 도', 'P 만', 'P 로',
            'P 의', 'P 와', 'P 랑', 'P 라고', 'P 라는', 'P 라며', 'P 라니', 'P 라구', 'P 라잖', 'W 라',
            'P 란', 'P 래', 'P 하고', 'P 처럼', 'P 체', 'P 에', 'P 까지', 'P 보다', 'P 부터',
            'P 뿐', 'P 요', 'P 잉', 'P 용', 'P 여', 'P 야', 'P 죠', 'P 밖에', 'W 다']
# What may follow a plain -다 after a tense (했다, 갔었다, 좋겠다) inside
# one eojeol without ending the sentence: the connectives, quotatives
# and hearsay forms built on -다 (했다가, 했다고, 했다는, 했다니, 했다며,
# 했다면, 했다던, 했다더라, 했다네, 했다나, 했다지, 했다구, 했다만,
# 했다든가, 했다손, 했다시피, 했다요, 했다죠, 했다잖아, 했다랑, 했다냐,
# 했다거나, 했다느니, 했다기엔, 했다간), a particle that names the form
# (했다를), 오다 after the connective -다(가) (갔다오면), 하다, 싶다,
# 보다, 생각하다 and 말 after a quotation that lost its 고 and its space
# (했다하더라도, 했다싶으면, 있었다본다, 드렸다생각하면, 냈다말이지), the
# chat tails of a -다 (재밌다능, 재밌다규, 있다잉, 했다궁, 했다용) and 했
# misspelt 햇. Any
# other syllable glued after such a -다, in text without end
# punctuation, begins the next sentence (끝났다다음주에 또 보자):
# glued_end in split.c. From grammar references of endings, not from
# any test line.
GLUED_DA_ON = ['P 가', 'P 고', 'P 는', 'P 니', 'P 며', 'P 면', 'P 던', 'P 더', 'P 네', 'P 나',
               'P 지', 'P 구', 'P 라', 'P 만', 'P 든', 'P 손', 'P 시피', 'P 요', 'P 죠',
               'P 잖', 'P 랑', 'P 냐', 'P 거나', 'P 를', 'P 의', 'P 에', 'P 하', 'P 한',
               'P 할', 'P 했', 'P 해', 'P 싶', 'P 치', 'P 쳐', 'P 보', 'P 봐', 'P 는데',
               'W 이', 'P 이라', 'P 도', 'P 로', 'P 와', 'P 처럼', 'P 뿐', 'P 느니', 'P 기에',
               'P 기엔', 'P 간', 'P 오', 'P 온', 'P 올', 'P 왔', 'P 본', 'P 봄', 'P 봤',
               'P 생각', 'P 말', 'P 햇', 'W 능', 'W 규', 'P 잉', 'P 궁', 'P 용', 'P 여']
# What may follow the nominal -음 after a tense (했음, 됐음, 이었음) inside
# one eojeol without ending the sentence: a particle (했음에도, 했음을,
# 했음이, 했음으로, 했음만), the copula (했음이다), the chat forms of a
# note (했음요, 했음당, 했음다), and the wish or the condition it
# shortens -으면 into (했음좋겠다, 했음해, 했음싶다, 했음돼). Any other
# syllable glued after it, in text without end punctuation, begins the
# next sentence (성형 엄청했음요즘은): glued_end in split.c. From grammar
# references, not from any test line.
GLUED_EUM_ON = ['P 에', 'P 을', 'P 은', 'W 이', 'P 이다', 'P 이라', 'P 이니', 'P 이야', 'P 이고',
                'P 이었', 'P 이지', 'P 도', 'P 으로', 'P 만', 'P 과', 'P 의', 'P 처럼', 'P 뿐',
                'P 까지', 'W 요', 'W 당', 'W 다', 'P 좋', 'P 하', 'P 한', 'P 해', 'P 했',
                'P 싶', 'P 돼', 'P 되', 'P 직']
# What may follow -듯 after an adnominal (할듯, 한듯, 인듯) inside one
# eojeol without ending the sentence: -듯이, 듯하다 and 듯싶다 in their
# forms (할듯하다, 할듯한, 할듯해요, 할듯싶다), 말듯 of 할듯말듯, a
# particle (할듯도), and the chat forms of a guess (할듯요, 할듯용,
# 할듯여, 할듯다). Any other syllable glued after it, in text without end
# punctuation, begins the next sentence (행복하실듯기생충이 대박): glued_end
# in split.c.
GLUED_DEUT_ON = ['P 이', 'P 하', 'P 한', 'P 할', 'P 해', 'P 했', 'P 함', 'P 합', 'P 싶', 'P 말',
                 'P 요', 'P 용', 'P 여', 'W 다', 'P 도', 'P 만', 'P 보', 'P 하다']
# Nouns that begin with 요 (요원, 요인, 요리): glued after a noun they
# make a compound (비서요원, 외부요인), not a polite -요 and the next
# sentence; glued_end in split.c asks them at the 요. From dictionaries,
# not from any test line. Not 요즘 and 요새, adverbs that begin sentences.
YO_NOUN = ['요원', '요인', '요소', '요리', '요청', '요구', '요금', '요약', '요건', '요령', '요법', '요양',
           '요지', '요충', '요점', '요강', '요란', '요염', '요정', '요트', '요가', '요괴', '요람', '요물',
           '요술', '요일', '요직', '요망', '요통', '요기', '요식', '요절', '요주의', '요괴', '요새화',
           '요격', '요철', '요행', '요원', '요미']
NOW = ['지금', '지금도', '아직', '아직도', '한창', '현재', '계속', '여태', '요즘', '요새']
# Nouns that 나다 makes a verb of (짜증 나, 화 났어, 생각 날 때, 눈물
# 나): before a form of 나다 such a noun is its subject, not a sentence
# the scorer ends because the noun often closes a comment (아 짜증.):
# na_verb_next in split.c. Collected from dictionaries' collocations of
# 나다, not from any test line. W: the whole word.
NA_NOUN = ['짜증', '화', '생각', '열', '눈물', '땀', '소리', '냄새', '겁', '기억', '신경질',
           '싫증', '탈', '배탈', '소문', '샘', '욕심', '용기', '흥', '신', '재미', '티',
           '결론', '병', '사고', '불', '난리', '감동', '하품', '트림', '코피', '멀미']
# The first person who answers a call for company in -ㄹ 사람 (한강 갈
# 사람 | 나, 라면 먹을 사람 | 저요): see volunteer in split.c; and the
# words after the pronoun that keep it inside the call (같이 갈 사람 나
# 말고 또 있어)
VOLUNTEER = ['나', '나요', '저', '저요', '나도', '저도', '나두', '나나', '손']
VOLUNTEER_NOT = ['말고', '빼고', '밖에', '혼자', '하나', '뿐', '없', '말곤', '외에', '말고는']
# The -ㄹ까 forms of what happens to one rather than what one does: an
# adjective, or a verb of mishap, forgetting, loss or another's anger
# (늦을까 봐 택시 탔어, 비 올까 봐 우산 챙겼어, 잊을까 봐 메모해 뒀다,
# 혼날까 봐 말 못 했어). Before 봐 written apart they are the fear of a
# connective, for nobody guesses aloud that they will be late or scolded,
# where 갈까 봐, 잘까 봐, 쉴까 봐 are the guess of an intention that ends
# a sentence (그냥 쉴까 봐 | 너무 피곤해): see kka_fear in split.c, which
# adds the past (늦었을까 봐, 있을까 봐) and 못 before the form (못 갈까
# 봐). Collected from grammar references on -ㄹ까 봐(서), not from any
# test line. W: the whole word, of four syllables at most (a row holds
# twelve bytes), so 잊어버릴까 and 미끄러질까 are not among them.
FEAR_KKA = ['늦을까', '올까', '잊을까', '까먹을까', '혼날까', '다칠까',
            '아플까', '추울까', '더울까', '떨어질까', '넘어질까', '틀릴까', '실수할까',
            '망할까', '망칠까', '놓칠까', '깰까', '들킬까', '막힐까', '밀릴까', '상할까', '식을까',
            '모자랄까', '부족할까', '화낼까', '싫어할까', '오해할까', '비쌀까',
            '어려울까', '헷갈릴까', '불편할까', '지칠까', '체할까', '터질까',
            '잘못될까', '깨질까', '쏟을까', '흘릴까', '젖을까', '잘릴까', '찢어질까', '무너질까',
            '굶을까', '삐질까', '부담될까', '방해될까', '화날까', '티날까', '지각할까', '아쉬울까',
            '무서울까', '힘들까', '심심할까', '외로울까', '배고플까', '걱정할까', '속상할까',
            '놀랄까', '고장날까', '탈날까',
            '걸릴까', '뺏길까', '빼앗길까', '잡힐까', '밟힐까', '물릴까', '데일까', '탈락할까']
# A reply of a number and a counter (두 개, 아홉 시, 오후 5시), which
# chat sends as a sentence of its own after a question: the native
# numerals before a counter (not 몇, which asks), the counters (a word of
# its own, or glued to digits: 5시, 2개), and the words after the counter
# that go on with the phrase (세 시 반에, 두 개 정도, 다섯 명 모두, 한 번
# 더, 열 시 전에). See counter_reply in split.c. Collected from grammar
# references (단위성 의존 명사), not from any test line.
NUMERAL = ['한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열', '열한', '열두',
           '스무', '서른', '마흔', '쉰', '석', '넉', '서너', '두세', '한두', '너덧', '대여섯']
COUNTER = ['시', '시간', '개', '명', '번', '살', '잔', '줄', '장', '권', '마리', '대', '분',
           '층', '병', '그릇', '인분', '달', '개월', '주', '년', '박', '바퀴', '판', '벌',
           '켤레', '송이', '캔', '봉지', '팩', '조각', '군데', '가지', '사람', '원']
COUNTER_NEXT = ['P 반', 'P 전', 'P 후', 'P 뒤', 'P 이상', 'P 이하', 'P 미만', 'P 이내', 'P 넘',
                'P 정도', 'P 쯤', 'P 동안', 'P 만에', 'P 안에', 'P 내로', 'P 가량', 'P 남짓',
                'P 밖에', 'P 뿐', 'P 째', 'P 씩', 'P 모두', 'W 다', 'P 더', 'P 전부', 'P 이후',
                'P 이전', 'P 부터', 'P 까지', 'P 짜리', 'P 차이', 'P 단위', 'P 간격', 'P 연속',
                'P 만', 'P 또', 'P 같', 'W 중', 'P 중에']

# What a Sino-Korean numeral said alone goes on with: the counters above
# and the units and Sino-Korean counters (오 분, 오 년, 오 일, 오 대 영,
# 오 퍼센트), as prefixes, so that a word that merely begins so (오 일찍
# 왔네) is also read as a number: the interjection is then not taken,
# which keeps the sentence whole. Collected from grammar references
# (단위성 의존 명사, 한자어 수사), not from any test line.
NUM_UNIT = ['P ' + w for w in COUNTER] + ['P ' + w for w in [
    '일', '월', '초', '세', '회', '위', '등', '점', '층', '차', '호', '배', '인', '학년', '교시',
    '퍼센트', '프로', '킬로', '키로', '미터', '센티', '리터', '그램', '평', '도', '쪽', '면', '박',
    '십', '백', '천', '만', '억', '대']]

# Verbs of saying: a quotation followed by one of them, directly or after a
# short subject ("..." 그가 말했다), is a single sentence.
# Words of address that close a comment after its last sentence (항상
# 응원합니다 오빠, 감사합니다 기자님): taken into that sentence when the
# text or line ends after them or punctuation follows; any word of two to
# five syllables ending in 님 is one too (split.c).
VOCATIVE = ['오빠', '언니', '누나', '형', '형아', '동생', '엄마', '아빠', '어머니', '아버지',
            '할머니', '할아버지', '여러분', '친구들', '얘들아', '자기야', '쌤', '님들',
            # and those of address to strangers, Gyeongsang ones too
            # (운동하슈 아지매들, 고마 해라 할배)
            '아저씨', '아줌마', '아주머니', '아지매', '아지매들', '아재', '할매', '할배']
# Adverbs said after a sentence as an afterthought (잘 어울린다 진짜,
# 괜찮아 이제, 맛있다 완전): like a word of address, taken into the
# sentence before when the text or line ends after them or punctuation
# follows; before more words they open the next sentence (진짜 누구야).
AFTERTHOUGHT = ['진짜', '정말', '진심', '완전', '너무', '이제', '그냥', '참', '좀', '또', '계속',
                '레알', 'ㄹㅇ']
# Tag questions of regional speech that close the statement before them
# (갔다 아이가 "didn't I", Gyeongsang 아이가 = 아니가, and its polite
# 아입니꺼): taken into a sentence that ended without punctuation, and the
# sentence ends after them, even before more words. As the subject 아이가
# (a child) it follows no final ending in unpunctuated speech.
TAG = ['아이가', '아니가', '아입니꺼', '아이요']
SAYING = [
    '말했', '말하', '말씀', '물었', '묻', '되물었', '외쳤', '외치', '소리쳤', '소리치',
    '소리질렀', '대답했', '대답하', '답했', '중얼거렸', '속삭였', '덧붙였', '밝혔', '전했',
    '설명했', '강조했', '주장했', '생각했', '고함쳤', '말을', '한다', '했다', '하였',
]
# What closes a pair of -다 forms said in turn (왔다 갔다, 추웠다 더웠다,
# 좋았다 나빴다) besides a form of 하다 (ko_split_ha): the pro-verb 그러다
# (아팠다 괜찮았다 그래) and the nouns and adjectives that name the
# coming and going (왔다 갔다 정신없어, 켜졌다 꺼졌다 난리야, 줄었다 늘었다
# 반복해). Collected from grammar references on the -았다 -았다 하다
# construction, not from any test line. paired_clause in split.c.
# W: the whole word, as 그래서 and 그러나 open the next sentence.
PAIR_CLOSE = ['W 그래', 'W 그래요', 'P 그랬', 'P 그러더', 'P 그러네', 'P 그러는', 'P 그러면서',
              'P 그런다', 'P 난리', 'P 정신없', 'P 정신이 없', 'P 반복', 'P 변덕', 'P 오락가락',
              'P 왔다갔다', 'P 들락날락', 'P 헷갈', 'P 종잡을', 'P 갈팡질팡']

# Single syllables and jamo the scanner compares one code point with. Each
# list is a handful of rows, so it is generated sorted and searched in
# order: cheaper than a hash at this size.
INF_OPEN = '워져눠'
INF_CLOSED = '아어'
LISTS = [
    # last syllables of STATE_NOUN, which state_noun tests first
    ('ko_split_state_last', ''.join(sorted(set(w[-1] for w in STATE_NOUN)))),
    # the last syllable of a subject particle (이 가 은 는 도, 께서): a
    # short subject between a quotation and its verb of saying
    # ("..." 그가 말했다)
    ('ko_split_subject', '이가은는도서'),
    # first syllables of 하다 in use (하 한 할 함 합 해 했): what closes a
    # repeated action (왔다 갔다 하는)
    ('ko_split_ha', '하한할함합해했'),
    # the syllables before the 가 of MOTION_GA (들어가, 나가, 돼가): most
    # words in 가 carry the subject particle after another, and are
    # dismissed by it before the table is searched
    ('ko_split_motion_ga_pre', ''.join(sorted(set(w[-2] for w in MOTION_GA + CHANGE_GA)))),
    # negation between the halves of a pair (먹었다 안 먹었다 한다)
    ('ko_split_negation', '안못'),
    # the particles that take a pair of -다 forms as a noun (섰다 앉았다를
    # 반복했다, 먹었다 굶었다는 식으로)
    ('ko_split_pair_particle', '를는도만'),
    # jamo that laugh, cry or frown, as opposed to the initials that
    # abbreviate words (ㅈㄴ, ㄹㅇ, ㅇㅋ) or a stutter (어ㄸ...)
    ('ko_split_emotive', 'ㅋㅎㅠㅜㅡㄷㅉ'),
    # the syllable before 은 or 는 in an adnominal form, a verb's or an
    # adjective's stem (하는, 되는, 있는, 작은, 젊은, 흐르는, 사는), as
    # opposed to a noun's topic (철도는, 적분식은): head_clause_line in
    # split.c
    ('ko_split_adn_stem', '하되있없가오보주나지르리치기이시우내서받갖않같많작높낮좋넓깊짧길젊늙묽잦사라려러로키피히추두쓰꾸누부푸크트프뜨아어여워와'),
    # last syllables of the BOUND nouns that follow only the prospective
    # -ㄹ (듯, 예정, 계획), and of the one that follows only 는 (중)
    ('ko_split_bound_fut', '듯정획'),
    # a one-syllable pronoun of whose before the Gyeongsang 끼가, 끼고 (누
    # 끼고, 니 끼가: kki_question in split.c)
    ('ko_split_pron_whose', '내니누제너'),
    ('ko_split_bound_prog', '중'),
    ('ko_split_bound_aux', '심줌옴둠림'),
    # last syllables of -아/-어 forms, fused ones included (구워, 다녀,
    # 해, 가, 사, 돼), before those nominals and before an auxiliary where
    # the scorer would end a sentence (로그아웃 돼 있어요)
    ('ko_split_inf_any', '아어워져해봐줘와여려쳐켜혀가사타서나내대펴겨벼돼'),
    # those of them that end no particle and few nouns, which end a
    # question in half-speech after a question word (왜 못해, 어디로
    # 옮겨, 누가 더 못생겨: wh_question in split.c); 가 나 사 서 타 내 대
    # and 와 end particles (어느 조직이나, 환자와) and nouns (이런 기사)
    ('ko_split_inf_wh', '워져해봐줘여려쳐켜혀펴겨벼돼'),
    # the -아/-어 form of half-speech that ends a sentence in unpunctuated
    # text unless a verb follows: 어 and 아 after a stem with a batchim
    # other than ㄴ ㄹ ㅇ (먹어, 좋아, 늦어 but 단어, 영어, 불어, 아시아),
    # and 워, 져, 눠 after an open syllable (고마워, 가져, 나눠) other than those
    # of loanwords (타워, 파워, 샤워)
    ('ko_split_inf_closed', INF_CLOSED),
    ('ko_split_inf_open', INF_OPEN),
    ('ko_split_loan_wo', '타파샤'),
    # last syllables of words naming a period (백악기, 시대): see ERA
    ('ko_split_era_last', '기대'),
    # syllables before the 기 of a period (세기, 쥐라기, 구석기, 청동기,
    # 백악기, 빙하기, 시기, 중기, 말기, 초기, 분기, 학기); a word in 기
    # after any other is no period, and often a machine (가습기 후기,
    # 청소기 후기, 리더기 사용기: a title)
    ('ko_split_era_gi', '세라석동철악하시중말초분반전학'),
    # last syllables of the words of a count that end a title (날, 차,
    # 탄, 편, 달, 일, 년, 주: title_count in split.c)
    ('ko_split_title_count', '날차탄편달일년주'),
    # last syllables of the endings that close a clause of speech before
    # a time word with the topic particle (다녔지 | 지금은, 무섭네 |
    # 처음엔, 두자 | 내일은, 올 듯 | 오늘은): -지, -네,
    # -요, -자, -죠, -래, -냐 and 듯. -다, -아/-어, -야 and -ㅁ are told
    # apart in topic_close (split.c)
    ('ko_split_topic_after', '지네요자죠래냐듯'),
    # determiners and numerals of one syllable, before which a noun of
    # TITLE is part of a sentence, not a title (두 이야기 모두, 그 기록은)
    ('ko_split_det1', '이그저요고한두세네몇각온매새'),
    # last syllables of adnominal forms before a noun of TITLE_LONG, which
    # make it the object or subject of a clause (전하지 못한 이야기)
    ('ko_split_adnominal', '한는은던된운할될을'),
    # the half-speech of a verb whose stem swallowed -아/-어, standing alone
    # after the word before it (택시 타, 빨리 와, 하나 사, 일찍 자, 줄 서,
    # 불 꺼, 내일 시간 돼): final in unpunctuated text unless a verb follows (가 봐, 사
    # 줘), never as a sentence's first word (와 대박, 자 가자), nor before
    # a last word with a particle (bare_space in split.c). Not 해 (한 해,
    # 해 뜨기 전), 타 (타 지역), 내 (내 거) nor 놔 (아 놔, a groan).
    # the syllables before a polite -요 that make it an ending glued to
    # the next word (기다렸어요이렇게, 좋겠어요이미지가, 그래요제 동생은):
    # the -아/-어 forms, the -네/-데/-게/-지/-고/-군/-걸/-까/-나 endings
    # that take -요 (glued_end in split.c); a 요 after any other syllable
    # begins a noun (귀요미, 외부적인요인, 여우요염한). Not 가, whose 가요 is
    # the song of 가요제 and 대학가요 unless an -ㄴ before makes it the
    # question -ㄴ가요 (뭔가요, 인가요: glued_end asks that)
    ('ko_split_glued_yo_pen', '어아여해워와줘봐돼되래대네세에예게께데지고구나까군걸거서셔려져쳐펴켜겨혀녀벼사자타파싸차마빠써꺼떠커퍼니라'),
    ('ko_split_verb1', '와가사자서둬써꺼켜떠펴돼'),
    # such a verb that is also a determiner (타 지역, 他): the verb only
    # after a noun without a particle, its object (택시 타, 버스 타), where
    # the determiner follows a particle or a conjunction (및 타 지역)
    ('ko_split_verb1_obj', '타'),
    # after the negation 안 or 못, a word of its own, the verb is sure:
    # those and 해, 타, 내, 돼, 봐, 줘, 나 too (안 해, 못 타, 화 안 내,
    # 안 돼, 소리가 안 나); not 쳐, which is also the coarse prefix of a
    # verb (못 쳐 배워먹은)
    ('ko_split_verb1_neg', '와가사자서둬써꺼켜떠펴해타내돼봐줘나'),
    # personal pronouns of one syllable, bare or with the topic particle
    # fused (나, 난, 걘): a subject before an OPENER, not a sentence
    # (난 그래서 강남으로만 다님)
    ('ko_split_pron1', '나너저난넌전걔얘쟤걘얜쟨'),
    # first syllables of the pronouns that take the subject particle 가
    # in a word of two (내가, 제가, 누가, 그가): no title holds one
    ('ko_split_pron_ga', '내제니네누그'),
    # bound nouns of one syllable that follow the adnominal 한 of 하다 (한
    # 것, 한 거, 한 적, 한 줄): before other words 한 alone is the numeral
    # or determiner (한 번, 한 그릇; tail_object in split.c)
    ('ko_split_bound1', '것거걸게건적듯줄수지'),
    # the Sino-Korean numerals, of which a word made only of them (삼십,
    # 이십오) is a number: after a counter it goes on with the phrase (세
    # 시 삼십 분; counter_reply in split.c)
    ('ko_split_sino_num', '일이삼사오육칠팔구십백천만'),
    # those of them that, standing alone before a counter, are nothing
    # but a number (만 원, 천 원, 십 분; not 이 분 "this person", 사 개,
    # 오 분, which are also words)
    ('ko_split_sino_big', '십백천만'),
    # the interjections among the OPENER rows that are also Sino-Korean
    # numerals (오 "oh" and "five"): they open a sentence only where no
    # unit (NUM_UNIT) follows (numeral_opener in split.c)
    ('ko_split_opener_num', '오'),
    # the last syllables of the case particles that let a noun go on a
    # noun phrase after a nominal in -음 (털없음 정리에, 자기닮음 성질을:
    # nominal_in_np in split.c; 이 and 을 there only after a batchim)
    ('ko_split_case_np', '에가를의로과이을'),
    # the syllables before the 다 of the present -ㄴ다/-는다 that a word
    # in punctuated text may end a sentence with where no full stop
    # follows (간주된다, 부른다, 재임한다, 보인다: unmarked_end in
    # split.c); not those that transliterated names also end in (멜린다,
    # 완다, 수찐다, 주민다, 겐다, 선다), but 간 (간다 "goes" is far more
    # common than 간다 the place)
    ('ko_split_da_present', '는한된른인진친킨긴힌난란간탄운준둔본온낸든신쓴뜬튼'),
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
# Chat abbreviations in initials that tag the sentence before them rather
# than open the next (맛있다 ㄹㅇ = "for real"); ㅇㅇ, ㅇㅋ and ㅇㅈ
# ("agreed") stay out of it but at the end of a paragraph or before ? or
# ! (된다 ㅇㅈ?): before more words ㅇㅈ answers what was said (맛있지 않음
# | ㅇㅈ 최고임), unless it is the predicate of a topic (예쁜건 ㅇㅈ), so
# it is no OPENER either.
CHAT_TAIL = ['ㄹㅇ']
# Chat abbreviations in initials that are a predicate of their own: thanks
# (ㄳ: 감사), goodbye (ㅂㅂ, ㅃㅃ, ㅃㅇ), congratulations (ㅊㅋ) and go
# (ㄱㄱ). Said once or repeated (ㄳㄳ, ㅊㅋㅊㅋ), they close the sentence
# before them (잘 받았어 ㄳ), and after a word of their own sentence they
# end it whatever that word is (자료 ㄳ | 내일 봐, 방송 복귀 ㄱㄱ | 별일
# 아닌데); first in a sentence they are replies that more words may
# follow (ㅇㅋ ㄱㄱ). None of them spells the initials of a name: a
# doubled consonant, ㄳ, or a pair with ㅋ or ㅃ, which begin almost no
# Korean name. Left out are ㄱㅅ (감사), ㅈㅅ (죄송), ㅅㄱ (수고) and ㅂㅇ,
# as comments write a name's initials so (ㄱㅅ 사건), and ㄱㅊ ("it's
# fine"), mostly a reply that opens a sentence (ㄱㅊ 나도 방금 옴).
# Collected from chat usage guides, not from any test line.
CHAT_CLOSE = ['ㄳ', 'ㅂㅂ', 'ㅃㅃ', 'ㅃㅇ', 'ㅊㅋ', 'ㄱㄱ']
# Emoticons typed with ASCII marks and the jamo of tears (T_T, :), -_-,
# >_<, ^^;, *^^*, ㅜ_ㅜ): a token of its own, of EMO_MARKS, EMO_LETTERS and
# ㅜ ㅠ ㅡ only, holding one of EMO_EYES or those jamo (so that an
# ellipsis, a dash, an arrow, a bracket or a variable is none: ..., --,
# =>, (), (x,), with a letter only beside a mark (:D, ^^b); a token of
# letters or of arrow marks only is one of EMOTICON. After a sentence it belongs to it, as ㅋㅋ and ^^ do
# (재밌었어 T_T | 내일 또 놀자). See emoticon in split.c.
EMO_MARKS = "^_;:()-*><=.,~"
EMO_LETTERS = 'TXDPpbvoOx'
EMO_EYES = "^_;:"
EMOTICON = ['TT', 'TTT', 'XD', 'xD', 'ToT', 'TOT', '><', '>.<', '-.-', 'OTL', 'orz']
# Syllables the scanner names: the plain final 다 of X다 Y다 하- pairs
# and the polite 요 after a question ending; 를, the object particle that
# is no adnominal ending before a bound noun, 는 and 한 that are; 데 and
# 디 of the question in -ㄴ데/-ㄴ디 (어디 가는데, see WH) and 야 of the
# copula in one (몇 시야), 노 and 꼬 of the Gyeongsang one (어데 가노,
# 언제 다 하꼬); 의, 이,
# 왜 that asks a one-word question in reply (늦어 | 왜 | 친구 생일이라:
# lone_wh in split.c); 도 and 서 that a title may hold (opening_title: 오늘의 일기, 고양이 근황,
# 제주도 여행 기록, 주말 독서 기록); 까 and 봐 of the -ㄹ까 봐 of a fear
# (kka_bwa); 은 beside 는, and 자 of the copula's connective -이자, that
# tell a sentence from a heading (topic_predicate); 날, 차, 째, 탄 and 편 of
# the counts that end a title, 기 and 대 of the periods that end none
# (title_count).
SYLLABLE = [('DA', '다'), ('YO', '요'), ('REUL', '를'), ('NEUN', '는'), ('HAN', '한'),
            ('DE', '데'), ('DI', '디'), ('YA', '야'), ('NO', '노'), ('KKO', '꼬'), ('UI', '의'), ('I', '이'),
            ('DO', '도'), ('SEO', '서'), ('MA', '마'), ('JI', '지'), ('JOM', '좀'),
            ('WAE', '왜'), ('KKA', '까'), ('BWA', '봐'), ('RAE', '래'), ('SA', '사'), ('RAM', '람'),
            ('EUN', '은'), ('JA', '자'), ('NAL', '날'), ('CHA', '차'), ('GI', '기'), ('DAE', '대'),
            ('JJAE', '째'), ('GE', '게'), ('KKE', '께'), ('EUM', '음'), ('TAN', '탄'),
            ('PYEON', '편'), ('NI', '니')]

def lastcp(w): return ord(w[-1])
order = {'WORD':0,'PREV_BATCHIM':2,'PREV_SS':1,'PREV_L':1,'PREV_B':1,'PREV_VERB':2,
         'PREV_HI':1,'PREV_LI':1,'PREV_GI':1,'PREV_STOP':2,'PREV_M':1,'PREV_NOTL':2,'NOTWORD':3,'ANY':4}
seen = set()
for e in E:
    if (e[0], e[2]) in seen:
        sys.exit('split-tables: duplicate row %s %s' % (e[0], e[2]))
    seen.add((e[0], e[2]))
E.sort(key=lambda e: (lastcp(e[0]), -len(e[0]), order[e[2]]))

# rows that may end a sentence at a space: final ones, and the weak -아/-어
# forms the scanner ends in unpunctuated text
def may_end(w, cls):
    return cls in ('FIN', 'BARE', 'TAIL') or (cls == 'WEAK' and w[-1] in INF_OPEN + INF_CLOSED)

idx = []
for k, (w, cls, cond) in enumerate(E):
    c = lastcp(w)
    if not idx or idx[-1][0] != c:
        idx.append([c, k, 0])
    # fin: 1 if a row may end a sentence wherever it stands, 2 if one is a
    # TITLE, 4 if one is a BOUND noun (the scanner tests those two only
    # at the start of a paragraph and after a space)
    if may_end(w, cls):
        idx[-1][2] |= 1
    if cls == 'TITLE':
        idx[-1][2] |= 2
    if cls == 'BOUND':
        idx[-1][2] |= 4

# What a word must end in for a row that may end a sentence to match it,
# by the last syllable: the scanner dismisses a word ending in 이 or 고
# (particles, connectives) by its last syllables, or by the batchim of the
# one before, unless they could spell 데이, 얼마고, 더라고 (pen_ok in
# split.c). one: for the rows of one syllable, a bit per batchim (KO_JONG_*
# index) of the syllable before that meets their condition, and bit 28 for
# a word of that syllable alone. PEN: for the longer rows, the syllable
# before the last and, for rows of three syllables or more, the one before
# that (0 for none: any), sorted; penbits, bit KO_SPLIT_PENBIT(pen) of
# each (the top six bits of pen * 0x9E3779B1, as 32 bits). Two such
# sets per last syllable: for all the rows that may end a sentence, and
# for those that end one in punctuated text too (FIN and TAIL: the weak
# -아/-어 forms and BARE rows end only unpunctuated ones).
ONE_ALL = (1 << 28) - 1
def one_bits(cond):
    if cond in COND_JONG:
        return COND_JONG[cond]
    return {'ANY': ONE_ALL | 1 << 28, 'WORD': 1 << 28, 'NOTWORD': ONE_ALL}[cond]
PEN = []
def penset(c, ends, like=None):
    one, pens = 0, set()
    for w, cls, cond in E:
        if lastcp(w) != c or not ends(w, cls):
            continue
        if len(w) == 1:
            one |= one_bits(cond)
        else:
            pens.add((ord(w[-2]), ord(w[-3]) if len(w) > 2 else 0))
    # a row of two syllables takes every word the longer ones take
    pens = sorted(p for p in pens if p[1] == 0 or (p[0], 0) not in pens)
    if len(pens) > 32:
        return (0, 0, ONE_ALL | 1 << 28, 0)
    bits = sum(set(1 << ((p[0] * 0x9E3779B1 & 0xFFFFFFFF) >> 26) for p in pens))  # KO_SPLIT_PENBIT
    if like and like[1] == len(pens) and PEN[like[0]:like[0] + like[1]] == pens:
        return (like[0], len(pens), one, bits)  # the same list: shared
    PEN.extend(pens)
    return (len(PEN) - len(pens), len(pens), one, bits)
for ent in idx:
    may = penset(ent[0], may_end)
    ent += [may, penset(ent[0], lambda w, cls: cls in ('FIN', 'TAIL'), may)]

# The rows of more than one syllable of each last syllable, grouped by the
# syllable before the last (in table order within a group), so that a
# word's ending is looked for only among the rows that can match it:
# PENKEYS (sorted by that syllable within a last syllable) point into
# PENROWS. ent gets the first key, the number of keys and the number of
# rows of more than one syllable, which come before the others.
PENKEYS, PENROWS = [], []
for i, ent in enumerate(idx):
    first = ent[1]
    end = idx[i + 1][1] if i + 1 < len(idx) else len(E)
    multi = [k for k in range(first, end) if len(E[k][0]) > 1]
    if multi != list(range(first, first + len(multi))):
        sys.exit('split-tables: one-syllable rows must come last')
    groups = {}
    for k in multi:
        groups.setdefault(ord(E[k][0][-2]), []).append(k)
    ent += [len(PENKEYS), len(groups), len(multi)]
    for c in sorted(groups):
        PENKEYS.append((c, len(PENROWS), len(groups[c])))
        PENROWS.extend(groups[c])

# A perfect hash of the last syllables: slot = (cp * M mod 2^32) >> 22.
BITS = 11
for M in range(0x9E3779B1, 0x9E3779B1 + 2 * 10**6, 2):
    slots = {}
    for i, (c, k, fin, may, fpen, pk, npk, nmulti) in enumerate(idx):
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
for c, k, fin, may, fpen, pk, npk, nmulti in idx:
    out.append('\t{ 0x%04X, %d, %d, { %d, %d, 0x%08X, 0x%016Xu }, { %d, %d, 0x%08X, 0x%016Xu }, '
               '%d, %d, %d }, /* %s */' % ((c, k, fin) + may + fpen + (pk, npk, nmulti, chr(c))))
out.append('};')
out.append('')
out.append('static const struct ko_split_penkey ko_split_penkeys[] = {')
for c, r, n in PENKEYS:
    out.append('\t{ 0x%06X, %d, %d }, /* %s */' % (int.from_bytes(chr(c).encode(), 'big'), r, n, chr(c)))
out.append('};')
out.append('')
out.append('static const unsigned short ko_split_penrows[] = {')
for r in range(0, len(PENROWS), 12):
    out.append('\t' + ', '.join('%d' % v for v in PENROWS[r:r + 12]) + ',')
out.append('};')
out.append('')
out.append('static const struct ko_split_pen ko_split_pen[] = {')
cells = ['{ 0x%04X, 0x%04X }, /* %s */' % (c, a, (chr(a) if a else '') + chr(c)) for c, a in PEN]
for r in range(0, len(cells), 3):
    out.append('\t' + ' '.join(cells[r:r + 3]))
out.append('};')
out.append('')
out.append('static const unsigned ko_split_cond_jong[] = {')
for c in COND_ORDER:
    out.append('\t0x%08X, /* C_%s */' % (COND_JONG.get(c, 0), c))
out.append('};')
out.append('')
out.append('#define KO_SPLIT_HASH_MUL 0x%08Xu' % M)
out.append('#define KO_SPLIT_HASH_BITS %d' % BITS)
# the same index by syllable, one byte each from U+AC00: the scan looks up
# the last syllable of nearly every word. 255 marks a syllable whose rows
# can end no sentence (fin 0), which is all the scan needs to know of
# most words.
sylrow = [0] * (0xD7A4 - 0xAC00)
for i, ent in enumerate(idx):
    if 0xAC00 <= ent[0] <= 0xD7A3:
        sylrow[ent[0] - 0xAC00] = i + 1 if ent[2] else 255
if len(idx) > 254:
    sys.exit('split-tables: too many last syllables for ko_split_sylrow')
out.append('static const unsigned char ko_split_sylrow[%d] = {' % len(sylrow))
for r in range(0, len(sylrow), 32):
    out.append('\t' + ','.join('%d' % v for v in sylrow[r:r + 32]) + ',')
out.append('};')
# the syllables whose sylrow is 0 or 255 (no row, or none that ends a
# sentence), 1 each, for the code points of the three bytes EA..ED 80..BF
# 80..BF, so that the scan looks up the syllable before a space with no
# test of its range (the other characters are 0). The index is the low
# two bits of the lead byte, then the six of each continuation byte
# (KO_SPLIT_QUIET_INDEX, which the scan computes with one multiplication):
# U+A000 + index XOR 0x2000, so EC and ED come before EA and EB.
# A syllable whose rows that may end a sentence are all of fin 1 and end
# one in punctuated text only after a syllable of their pen list (no
# batchim bit, no word of it alone) is 2: the scan asks
# ko_split_quiet_pair, a bit for each pair of that list's syllable and
# it, hashed, before it looks further.
out.append('#define KO_SPLIT_QUIET_INDEX(c) (((c) - 0xA000u) ^ 0x2000u)')
out.append('static const unsigned char ko_split_quiet[0x4000] = {')
quiet = [0] * 0x4000
pair_bits = [0] * (1 << 14)
def quiet_index(c): return ((c - 0xA000) ^ 0x2000) & 0x3FFF
for k, v in enumerate(sylrow):
    q = quiet_index(0xAC00 + k)
    quiet[q] = int(v in (0, 255))
    if v in (0, 255):
        continue
    c, _, fin, _, fpen = idx[v - 1][:5]
    if fin != 1 or fpen[2] != 0:
        continue
    quiet[q] = 2
    for pen, _ in PEN[fpen[0]:fpen[0] + fpen[1]]:
        h = ((quiet_index(pen) << 14 | q) * 0x9E3779B1 & 0xFFFFFFFF) >> 18  # KO_SPLIT_PAIR_HASH
        pair_bits[h] = 1
for r in range(0, 0x4000, 0x1000): # by lead byte: EC, ED, EA, EB
    rows = [quiet[q:q + 32] for q in range(r, r + 0x1000, 32)]
    if not any(map(any, rows)):
        continue
    while not any(rows[-1]):
        rows.pop()
    while not any(rows[0]):
        rows.pop(0)
        r += 32
    out.append('\t[0x%04X] =' % r)
    for row in rows:
        out.append('\t' + ','.join('%d' % v for v in row) + ',')
out.append('};')
out.append('#define KO_SPLIT_PAIR_HASH(qp, q) ((unsigned)(((qp) << 14 | (q)) * 0x9E3779B1u) >> 18)')
out.append('static const unsigned char ko_split_quiet_pair[1 << 11] = {')
pair_bytes = [sum(pair_bits[8 * b + t] << t for t in range(8)) for b in range(1 << 11)]
for r in range(0, len(pair_bytes), 16):
    out.append('\t' + ', '.join('0x%02X' % v for v in pair_bytes[r:r + 16]) + ',')
out.append('};')
out.append('static const unsigned char ko_split_hash[1 << KO_SPLIT_HASH_BITS] = {')
for r in range(0, len(table), 16):
    out.append('\t' + ', '.join('%d' % v for v in table[r:r + 16]) + ',')
out.append('};')
out.append('')
def wordrows(name, rows):
    rows = sorted(rows, key=lambda r: r[1].encode())
    out.append('static const struct ko_split_word %s[] = {' % name)
    for flags, w in rows:
        if len(w.encode()) > 13:
            sys.exit('split-tables: %s: %s is longer than a row holds (13 bytes)' % (name, w))
        soft = 4 if 'A' in flags else 3 if 'N' in flags else 2 if 'Q' in flags else 1 if 'S' in flags else 0
        out.append('\t{ "%s", %d, %d, %d },' % (w, len(w.encode()), 'W' in flags, soft))
    out.append('};')
wordrows('ko_split_cont', [r.split(' ', 1) for r in CONT])
wordrows('ko_split_cont_dot', [r.split(' ', 1) for r in CONT if 'D' in r.split(' ', 1)[0]])
out.append('')
# the first syllables of ko_split_cont, a bit per syllable from U+AC00: most
# words after a sentence end are dismissed by this one bit; and those of
# ko_split_cont_dot, for the words after a full stop, most of which begin
# with a syllable that some row of ko_split_cont begins with too
def firstbits(name, rows):
    bits = [0] * ((0xD7A4 - 0xAC00 + 7) // 8)
    for r in rows:
        c = ord(r.split(' ', 1)[1][0])
        if not 0xAC00 <= c <= 0xD7A3:
            sys.exit('split-tables: a CONT word must begin with a syllable: %s' % r)
        bits[(c - 0xAC00) >> 3] |= 1 << ((c - 0xAC00) & 7)
    out.append('static const unsigned char %s[%d] = {' % (name, len(bits)))
    for r in range(0, len(bits), 16):
        out.append('\t' + ', '.join('%d' % v for v in bits[r:r + 16]) + ',')
    out.append('};')
firstbits('ko_split_cont_first', CONT)
firstbits('ko_split_cont_dot_first', [r for r in CONT if 'D' in r.split(' ', 1)[0]])
# the first syllables of what an asker says of an answer, of two syllables
# or more (REACTION, THANKS, UNDERSTOOD), and of the numerals an answer with a number begins with
# (NUMERAL and the Sino-Korean digits): reaction_next and number_next in
# split.c test this bit before they search the rows
firstbits('ko_split_reaction_first', [r for r in REACTION if len(r.split(' ', 1)[1]) > 1] +
          ['W ' + w for w in THANKS + UNDERSTOOD])
firstbits('ko_split_number_first', ['W ' + w for w in NUMERAL + list('일이삼사오육칠팔구십백천만')])
# the syllables that may begin a word absorb_after_at takes in after end
# punctuation: laughter (the syllables of ko_laugh_syl in common/chars.h,
# read from there so the two cannot drift) and the TAIL rows, which match
# whole words (C_WORD); a TAIL row with another condition may end a word
# that begins with anything, and then every syllable is one. Most words
# after a sentence begin with none, and are dismissed by this bit alone.
_chars_h = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'common', 'chars.h'),
                encoding='utf-8').read()
_m = re.search(r'ko_laugh_syl\(uint32_t c\)\s*\{(.*?)\}', _chars_h, re.S)
if not _m:
    sys.exit('split-tables: ko_laugh_syl not found in common/chars.h')
laugh = [chr(int(h, 16)) for h in re.findall(r'0x([0-9A-Fa-f]{4})', _m.group(1))]
if not laugh:
    sys.exit('split-tables: ko_laugh_syl in common/chars.h lists no syllable')
tails = [w for w, cls, cond in E if cls == 'TAIL']
if any(cond != 'WORD' for w, cls, cond in E if cls == 'TAIL'):
    tails = [chr(c) for c in range(0xAC00, 0xD7A4)]
firstbits('ko_split_absorb_first', ['- ' + w for w in sorted(set(w[0] for w in tails + list(laugh)))])
out.append('')
wordrows('ko_split_saying', [('P', w) for w in SAYING])
wordrows('ko_split_pair_close', [r.split(' ', 1) for r in PAIR_CLOSE])
out.append('')
wordrows('ko_split_era', [('W', w) for w in ERA])
wordrows('ko_split_bang_name', [('W', w) for w in BANG_NAME])
wordrows('ko_split_da_next', [r.split(' ', 1) for r in DA_NEXT])
wordrows('ko_split_volunteer', [('W', w) for w in VOLUNTEER])
wordrows('ko_split_volunteer_not', [('P', w) for w in VOLUNTEER_NOT])
wordrows('ko_split_fear_kka', [('W', w) for w in FEAR_KKA])
out.append('struct ko_split_wh_echo { const char *wh, *part, *ans; unsigned char wlen, plen, alen; };')
out.append('static const struct ko_split_wh_echo ko_split_wh_echo[] = {')
for w, p, a in WH_ECHO:
    out.append('\t{"%s", "%s", "%s", %d, %d, %d},' % (w, p, a, len(w.encode()), len(p.encode()),
                                                       len(a.encode())))
out.append('};')
wordrows('ko_split_state_noun', [('W', w) for w in STATE_NOUN])
wordrows('ko_split_degree', [('W', w) for w in DEGREE])
wordrows('ko_split_state_next', [r.split(' ', 1) for r in STATE_NEXT])
wordrows('ko_split_since_next', [r.split(' ', 1) for r in SINCE_NEXT])
wordrows('ko_split_ge_next', [r.split(' ', 1) for r in GE_NEXT])
wordrows('ko_split_da_motion', [r.split(' ', 1) for r in DA_MOTION])
wordrows('ko_split_eum_next', [r.split(' ', 1) for r in EUM_NEXT])
wordrows('ko_split_if_pron', [('W', w) for w in IF_PRON])
wordrows('ko_split_manner_ra', [('W', w) for w in MANNER_RA])
wordrows('ko_split_you', [('W', w) for w in YOU])
wordrows('ko_split_reaction', [r.split(' ', 1) for r in REACTION])
wordrows('ko_split_item_conj', [('W', w) for w in ITEM_CONJ])
wordrows('ko_split_head_adn', [('W', w) for w in HEAD_ADN])
wordrows('ko_split_head_conj', [('W', w) for w in HEAD_CONJ])
wordrows('ko_split_head_lean', [('W', w) for w in HEAD_LEAN])
wordrows('ko_split_head_also', [('W', w) for w in HEAD_ALSO])
wordrows('ko_split_head_clause', [('W', w) for w in HEAD_CLAUSE])
wordrows('ko_split_title_next', [r.split(' ', 1) for r in TITLE_NEXT])
wordrows('ko_split_title_long', [('W', w) for w in TITLE_LONG])
wordrows('ko_split_title_task', [('W', w) for w in TITLE_TASK])
out.append('')
wordrows('ko_split_vocative', [('W', w) for w in VOCATIVE])
wordrows('ko_split_afterthought', [('W', w) for w in AFTERTHOUGHT])
wordrows('ko_split_tag', [('W', w) for w in TAG])
out.append('')
wordrows('ko_split_aux', [r.split(' ', 1) for r in AUX])
wordrows('ko_split_serial', [('W', w) for w in SERIAL])
wordrows('ko_split_fused_a', [('W', w) for w in FUSED_A])
wordrows('ko_split_motion_ga', [('W', w) for w in MOTION_GA])
wordrows('ko_split_change_ga', [('W', w) for w in CHANGE_GA])
wordrows('ko_split_geo_next', [('W', w) for w in GEO_NEXT])
wordrows('ko_split_serial_eat', [r.split(' ', 1) for r in SERIAL_EAT])
out.append('')
wordrows('ko_split_opener', [r.split(' ', 1) for r in OPENER])
wordrows('ko_split_turn', [('W', w) for w in TURN])
wordrows('ko_split_verdict', [('W', w) for w in VERDICT])
wordrows('ko_split_emoji_next', [r.split(' ', 1) for r in EMOJI_NEXT])
out.append('')
wordrows('ko_split_wh', [r.split(' ', 1) for r in WH])
wordrows('ko_split_wh_cop', [('W', w) for w in WH_COP])
wordrows('ko_split_lone_wh', [r.split(' ', 1) for r in LONE_WH])
wordrows('ko_split_pron_topic', [r.split(' ', 1) for r in PRON_TOPIC])
wordrows('ko_split_glued_on', [r.split(' ', 1) for r in GLUED_ON])
wordrows('ko_split_glued_da_on', [r.split(' ', 1) for r in GLUED_DA_ON])
wordrows('ko_split_glued_eum_on', [r.split(' ', 1) for r in GLUED_EUM_ON])
wordrows('ko_split_glued_deut_on', [r.split(' ', 1) for r in GLUED_DEUT_ON])
wordrows('ko_split_yo_noun', [('P', w) for w in sorted(set(YO_NOUN))])
wordrows('ko_split_now', [('W', w) for w in NOW])
wordrows('ko_split_reply_adv', [('W', w) for w in REPLY_ADV])
wordrows('ko_split_emph_adv', [('W', w) for w in EMPH_ADV])
wordrows('ko_split_yes_no', [('W', w) for w in YES_NO])
wordrows('ko_split_na_noun', [('W', w) for w in NA_NOUN])
wordrows('ko_split_demonstrative', [r.split(' ', 1) for r in DEMONSTRATIVE])
wordrows('ko_split_reply', [('W', w) for w in REPLY])
wordrows('ko_split_numeral', [('W', w) for w in NUMERAL])
wordrows('ko_split_ordinal', [('W', w) for w in ORDINAL])
wordrows('ko_split_noun_after', [r.split(' ', 1) for r in NOUN_AFTER])
wordrows('ko_split_thanks', [('W', w) for w in THANKS])
wordrows('ko_split_understood', [('W', w) for w in UNDERSTOOD])
wordrows('ko_split_counter', [('W', w) for w in COUNTER])
wordrows('ko_split_counter_next', [r.split(' ', 1) for r in COUNTER_NEXT])
wordrows('ko_split_num_unit', sorted(set(tuple(r.split(' ', 1)) for r in NUM_UNIT)))
out.append('')
wordrows('ko_split_noscore', [r.split(' ', 1) for r in NOSCORE if r[0] == 'W'])
out.append('static const char *const ko_split_noscore_end[] = {')
for r in NOSCORE:
    if r[0] == 'E':
        out.append('\t"%s",' % r.split(' ', 1)[1])
out.append('};')
out.append('')
for name, chars in LISTS:
    if len(set(chars)) != len(chars):
        sys.exit('split-tables: duplicate in %s' % name)
    out.append('static const unsigned short %s[] = {' % name)
    cells = ['0x%04X, /* %s */' % (ord(c), c) for c in sorted(chars)]
    for r in range(0, len(cells), 5):
        out.append('\t' + ' '.join(cells[r:r + 5]))
    out.append('};')
    # the lists the scanner asks of many words also as a bit per syllable
    # from U+AC00, an exact answer in one probe
    if name in ('ko_split_inf_any',):
        bits = [0] * ((0xD7A4 - 0xAC00 + 7) // 8)
        for c in chars:
            bits[(ord(c) - 0xAC00) >> 3] |= 1 << ((ord(c) - 0xAC00) & 7)
        out.append('static const unsigned char %s_set[%d] = {' % (name, len(bits)))
        for r in range(0, len(bits), 32):
            out.append('\t' + ','.join('%d' % v for v in bits[r:r + 32]) + ',')
        out.append('};')
out.append('')
# A 4096-bit set of a hash of the first two characters of the OPENER rows
# (the second 0 for a word of one): most words are no opener by these
# alone.
def opener_key(w):
    a = ord(w[0]); b = ord(w[1]) if len(w) > 1 else 0
    return (((a * 0x9E3779B1) ^ (b * 0x85EBCA6B)) & 0xFFFFFFFF) >> 20
bits = [0] * 64
for r in OPENER:
    k = opener_key(r.split(' ', 1)[1])
    bits[k >> 6] |= 1 << (k & 63)
out.append('#define KO_SPLIT_OPENER_KEY(a, b) \\')
out.append('\t((((a) * 0x9E3779B1u) ^ ((b) * 0x85EBCA6Bu)) >> 20)')
out.append('static const unsigned long long ko_split_opener_first[64] = {')
for r in range(0, 64, 4):
    out.append('\t' + ', '.join('0x%016XULL' % b for b in bits[r:r + 4]) + ',')
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
out.append('static const unsigned short ko_split_chat_tail[][2] = {')
for w in sorted(CHAT_TAIL, key=lambda w: [ord(c) for c in w]):
    out.append('\t{ 0x%04X, 0x%04X }, /* %s */' % (ord(w[0]), ord(w[1]), w))
out.append('};')
out.append('')
out.append('static const unsigned short ko_split_chat_close[][2] = {')
for w in sorted(CHAT_CLOSE, key=lambda w: [ord(c) for c in w]):
    out.append('\t{ 0x%04X, 0x%04X }, /* %s */' % (ord(w[0]), ord(w[1]) if len(w) > 1 else 0, w))
out.append('};')
out.append('')
def cstr(t): return '"' + t.replace('\\', '\\\\').replace('"', '\\"') + '"'
out.append('#define KO_SPLIT_EMO_MARKS %s' % cstr(EMO_MARKS))
out.append('#define KO_SPLIT_EMO_LETTERS %s' % cstr(EMO_LETTERS))
out.append('#define KO_SPLIT_EMO_EYES %s' % cstr(EMO_EYES))
out.append('static const char *const ko_split_emoticon[] = {')
for w in EMOTICON:
    out.append('\t%s,' % cstr(w))
out.append('};')
out.append('')
for name, c in SYLLABLE:
    out.append('#define SYL_%s 0x%04X /* %s */' % (name, ord(c), c))
out.append('/* END generated */')
block = '\n'.join(out) + '\n'

path = sys.argv[1] if len(sys.argv) > 1 else 'common/split_tables.h'
src = open(path, encoding='utf-8').read()
# the C_ codes of the header, in order, must be COND_ORDER
import re
enum = re.search(r'enum \{\s*(C_ANY.*?)\};', src, re.S).group(1)
if re.findall(r'\bC_([A-Z_]+)', re.sub(r'/\*.*?\*/', '', enum, flags=re.S)) != COND_ORDER:
    sys.exit('split-tables: the C_ codes of %s are not COND_ORDER' % path)
a = src.index('/* BEGIN generated')
b = src.index('/* END generated */') + len('/* END generated */\n')
new = src[:a] + block + src[b:]
if new != src:
    open(path, 'w', encoding='utf-8').write(new)
