"""Triage: crisis messages fire the right risk, calm look-alikes stay calm, fast.

The tables are written in wording that differs from the lexicon on purpose: the project is judged
on a held-out set, so they test the skill (particles, spacing, typos, hyperbole), not the rules.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.model import Risk
from flows.triage import PRIORITY, TriageHit, alarm, triage
from knowledge.lexicon import Lexicon, LexiconFile, load_lexicon

LEXICON_PATH = Path(__file__).parents[2] / "knowledge" / "data" / "triage.toml"
SAMPLE_PATH = Path(__file__).parents[3] / "shared" / "eval" / "risk-sample.jsonl"

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY


SHIPPED = load_lexicon(LEXICON_PATH)


@pytest.fixture
def lexicon() -> Lexicon:
    return SHIPPED


def _risk(text: str, lexicon: Lexicon) -> Risk:
    """The risk of the crisis answer `text` gets (a check-in gets none)."""
    hit = alarm(text, lexicon)
    return hit.risk if hit else Risk.NONE


CRISIS = [
    # medical, Korean
    pytest.param("피가 너무 많이 나요 어떡해요", M, id="med-ko-blood-a-lot"),
    pytest.param("하혈이 멈추지 않아요", M, id="med-ko-haemorrhage-not-stopping"),
    pytest.param("생리 양보다 훨씬 많은 피가 나와요", M, id="med-ko-more-than-period"),
    pytest.param("아래로 피가 계속 흘러요", M, id="med-ko-blood-keeps-running"),
    pytest.param("패드가 금방 다 젖을 정도로 피가 나요", M, id="med-ko-pad-soaked"),
    pytest.param("출혈이 넘 심해요ㅠㅠ", M, id="med-ko-bleeding-slang-intensity"),
    pytest.param("생리처럼 피가 나오는데 유산인가요", M, id="med-ko-period-like-bleeding"),
    pytest.param("출혈이 있고 배가 아파요", M, id="med-ko-bleeding-and-pain"),
    pytest.param("출산했는데 피가 멈추질 않아요", M, id="med-ko-postpartum-bleeding"),
    pytest.param("양수가 터진 것 같아요", M, id="med-ko-waters-broke-maybe"),
    pytest.param("양수 터졋어요", M, id="med-ko-waters-typo"),
    pytest.param("갑자기 물 같은 게 주르륵 흘렀어요", M, id="med-ko-fluid-gush"),
    pytest.param("양수가 새는 거 같은데 어떻게 해야 하죠", M, id="med-ko-waters-leaking"),
    pytest.param("진통이 5분 간격으로 와요", M, id="med-ko-contractions-5min"),
    pytest.param("진통이 시작됐어요 혼자예요", M, id="med-ko-labour-started-alone"),
    pytest.param("혼자 집에서 아기를 낳을 것 같아요", M, id="med-ko-birth-alone-home"),
    pytest.param("아기가 나오려고 해요", M, id="med-ko-baby-coming"),
    pytest.param("방금 화장실에서 혼자 아기를 낳았어요", M, id="med-ko-gave-birth-toilet"),
    pytest.param("애기 머리가 보여요", M, id="med-ko-head-visible"),
    pytest.param("태반이 안 나왔어요", M, id="med-ko-placenta"),
    pytest.param("탯줄을 어떻게 잘라야 해요", M, id="med-ko-cord-how"),
    pytest.param("언니가 경련을 해요", M, id="med-ko-seizure-other"),
    pytest.param("갑자기 온몸이 떨리면서 정신을 잃었어요", M, id="med-ko-fit-unconscious"),
    pytest.param("어지러워서 쓰러졌어요", M, id="med-ko-fainted"),
    pytest.param("숨을 쉴 수가 없어요", M, id="med-ko-cannot-breathe"),
    pytest.param("배가 칼로 찌르는 것처럼 아파요", M, id="med-ko-stabbing-pain"),
    pytest.param("아랫배가 너무 아파서 움직일 수가 없어요", M, id="med-ko-pain-cannot-move"),
    pytest.param("34주인데 배가 딱딱해지면서 엄청 아파요", M, id="med-ko-hard-belly-pain"),
    pytest.param("배가 아파 죽겠어요 임신 30주예요", M, id="med-ko-belly-pain-hyperbole-fires"),
    pytest.param("오늘 하루 종일 태동이 안 느껴져요", M, id="med-ko-no-movement-today"),
    pytest.param("아기가 어제부터 움직이지 않아요", M, id="med-ko-baby-still-since-yesterday"),
    pytest.param("태동이 업어요", M, id="med-ko-no-movement-typo"),
    pytest.param("아기가 숨을 안 쉬어요", M, id="med-ko-newborn-not-breathing"),
    pytest.param("신생아가 파랗게 질렸어요", M, id="med-ko-newborn-blue"),
    pytest.param("남편이 때려서 피가 많이 나요", M, id="med-ko-beaten-and-bleeding-medical-first"),
    # medical, English
    pytest.param("I'm bleeding a lot and I'm 30 weeks", M, id="med-en-bleeding"),
    pytest.param("my water just broke and I'm home alone", M, id="med-en-waters"),
    pytest.param("I think I'm in labor", M, id="med-en-in-labor"),
    pytest.param("contractions are 3 minutes apart", M, id="med-en-contractions"),
    pytest.param("she's having a seizure", M, id="med-en-seizure"),
    pytest.param("I fainted in the shower", M, id="med-en-fainted"),
    pytest.param("I haven't felt the baby move since yesterday", M, id="med-en-no-movement"),
    pytest.param("the pain in my stomach is unbearable", M, id="med-en-unbearable-pain"),
    pytest.param("I gave birth alone in my bathroom", M, id="med-en-birth-alone"),
    pytest.param("the baby isn't breathing", M, id="med-en-not-breathing"),
    # self-harm, Korean
    pytest.param("그냥 죽어버리고 싶어요", S, id="sh-ko-die-emphatic"),
    pytest.param("살고 싶지 않아요", S, id="sh-ko-not-want-live"),
    pytest.param("더 이상 버틸 힘이 없어요", S, id="sh-ko-no-strength"),
    pytest.param("다 끝내고 싶어", S, id="sh-ko-end-everything"),
    pytest.param("오늘 밤에 다 끝낼 거예요", S, id="sh-ko-end-tonight"),
    pytest.param("자살하는 방법 알려주세요", S, id="sh-ko-method"),
    pytest.param("수면제를 잔뜩 모아놨어요", S, id="sh-ko-hoarding-pills"),
    pytest.param("약국에서 수면제를 여러 통 샀어요", S, id="sh-ko-bought-pills"),
    pytest.param("약을 한꺼번에 다 먹었어요", S, id="sh-ko-overdose"),
    pytest.param("옥상에 올라왔어요", S, id="sh-ko-rooftop"),
    pytest.param("다리 위에 서 있어요", S, id="sh-ko-on-bridge"),
    pytest.param("손목을 그었어요", S, id="sh-ko-cut-wrist"),
    pytest.param("내가 없어지면 다들 편할 거야", S, id="sh-ko-burden"),
    pytest.param("차라리 태어나지 말았어야 했어", S, id="sh-ko-never-born"),
    pytest.param("죽고싶어요ㅠㅠ", S, id="sh-ko-tears"),
    pytest.param("죽고십다", S, id="sh-ko-typo-sip"),
    pytest.param("주고싶다", S, id="sh-ko-typo-jugo"),
    pytest.param("뒤지고 싶다", S, id="sh-ko-slang"),
    pytest.param("아무도 없는 곳으로 사라지고 싶어", S, id="sh-ko-disappear"),
    pytest.param("살아서 뭐하나 싶어요", S, id="sh-ko-why-live"),
    pytest.param("너무 힘들어서 죽을 것 같아요", S, id="sh-ko-dying-of-pain-of-life"),
    pytest.param("목숨을 끊고 싶어요", S, id="sh-ko-take-life"),
    pytest.param("유서를 써놨어요", S, id="sh-ko-note"),
    pytest.param("자꾸 극단적인 생각이 들어요", S, id="sh-ko-extreme-thoughts"),
    pytest.param("요즘 자꾸 나쁜 생각이 들어요", S, id="sh-ko-bad-thoughts"),
    pytest.param("잠들어서 다시는 안 깼으면 좋겠어요", S, id="sh-ko-not-wake"),
    pytest.param("그만 살고 싶어요", S, id="sh-ko-stop-living"),
    pytest.param("살기 싫어ㅠㅠ", S, id="sh-ko-hate-living"),
    pytest.param("번개탄 피울까 생각 중이에요", S, id="sh-ko-charcoal"),
    pytest.param("맞아서 죽고 싶어요", S, id="sh-ko-over-violence"),
    # self-harm, English
    pytest.param("I want to kill myself", S, id="sh-en-kill-myself"),
    pytest.param("I don't want to be alive anymore", S, id="sh-en-not-alive"),
    pytest.param("I've been thinking about suicide", S, id="sh-en-suicide"),
    pytest.param("I took a whole bottle of pills", S, id="sh-en-bottle"),
    pytest.param("everyone would be better off without me", S, id="sh-en-burden"),
    pytest.param("I just want to disappear forever", S, id="sh-en-disappear"),
    pytest.param("i wanna die", S, id="sh-en-wanna-die"),
    pytest.param("I feel like ending it all", S, id="sh-en-ending-it-all"),
    pytest.param("I've been cutting myself again", S, id="sh-en-cutting"),
    # violence, Korean
    pytest.param("남편이 술만 마시면 때려요", V, id="vio-ko-drunk-hits"),
    pytest.param("남자친구한테 맞았어요", V, id="vio-ko-hit-by-boyfriend"),
    pytest.param("배를 발로 찼어요", V, id="vio-ko-kicked-belly"),
    pytest.param("죽여버린다고 협박해요", V, id="vio-ko-death-threat"),
    pytest.param("방에 가둬놓고 못 나가게 해요", V, id="vio-ko-confined"),
    pytest.param("핸드폰을 뺏어가서 연락을 못해요", V, id="vio-ko-phone-taken"),
    pytest.param("여권을 빼앗겼어요", V, id="vio-ko-passport-taken"),
    pytest.param("강제로 관계를 가졌어요", V, id="vio-ko-forced-sex"),
    pytest.param("성폭행을 당해서 임신했어요", V, id="vio-ko-rape-pregnancy"),
    pytest.param("헤어진 남자친구가 계속 쫓아와요", V, id="vio-ko-stalking"),
    pytest.param("칼을 들고 위협했어요", V, id="vio-ko-knife"),
    pytest.param("동거남이 저를 밀쳐서 넘어졌어요", V, id="vio-ko-pushed"),
    pytest.param("시어머니가 뺨을 때렸어요", V, id="vio-ko-slapped"),
    pytest.param("남편이 물건을 집어던지고 소리 질러요", V, id="vio-ko-throws-things"),
    pytest.param("임신 사실 말하면 사진 유포하겠대요", V, id="vio-ko-image-threat"),
    pytest.param("맞아서 온몸에 멍이 들었어요", V, id="vio-ko-bruised"),
    pytest.param("남편이 저를 죽일 것 같아요", V, id="vio-ko-fear-of-being-killed"),
    pytest.param("남편이 화나면 목을 졸라요", V, id="vio-ko-strangles"),
    pytest.param("남편한테 맞앗어요", V, id="vio-ko-typo"),
    pytest.param("데이트폭력 당하고 있어요", V, id="vio-ko-dating-violence"),
    # violence, English
    pytest.param("my husband hits me", V, id="vio-en-hits"),
    pytest.param("he punched me in the stomach", V, id="vio-en-punched"),
    pytest.param("he locked me in the room", V, id="vio-en-locked-in"),
    pytest.param("I was raped", V, id="vio-en-raped"),
    pytest.param("my ex is stalking me", V, id="vio-en-stalking"),
    pytest.param("he said he would kill me if I keep the baby", V, id="vio-en-threat"),
    pytest.param("my partner choked me last night", V, id="vio-en-choked"),
    # child safety, Korean
    pytest.param("아기를 낳으면 그냥 버리고 싶어요", C, id="cs-ko-abandon-after-birth"),
    pytest.param("애를 어디 갖다 버리고 싶어요", C, id="cs-ko-dump"),
    pytest.param("베이비박스에 두고 오려고요", C, id="cs-ko-baby-box"),
    pytest.param("낳자마자 화장실에 두고 나올 생각이에요", C, id="cs-ko-leave-in-toilet"),
    pytest.param("아기가 너무 미워서 해칠 것 같아요", C, id="cs-ko-harm-thoughts"),
    pytest.param("아기 우는 소리 들으면 던져버리고 싶어요", C, id="cs-ko-throw"),
    pytest.param("아기랑 같이 죽고 싶어요", C, id="cs-ko-die-together"),
    pytest.param("아기를 집에 혼자 두고 나왔어요", C, id="cs-ko-left-alone"),
    pytest.param("신생아를 모르는 사람한테 넘기고 싶어요", C, id="cs-ko-hand-over"),
    pytest.param("아기를 몰래 병원에 두고 도망칠까 해요", C, id="cs-ko-flee-hospital"),
    pytest.param("출산하고 아기 두고 사라지고 싶어요", C, id="cs-ko-vanish"),
    pytest.param("아기를 베개로 눌러버릴까 봐 무서워요", C, id="cs-ko-pillow"),
    pytest.param("자꾸 아기를 떨어뜨리고 싶은 충동이 들어요", C, id="cs-ko-urge-drop"),
    pytest.param("낳아도 키울 자신이 없어서 몰래 두고 오고 싶어요", C, id="cs-ko-leave-secretly"),
    pytest.param("아기 죽이고 싶어요", C, id="cs-ko-kill"),
    # child safety, English
    pytest.param("I'm going to leave the baby at a church", C, id="cs-en-church"),
    pytest.param("I want to abandon my baby after birth", C, id="cs-en-abandon"),
    pytest.param("I'm scared I'll hurt my baby", C, id="cs-en-scared-hurt"),
    pytest.param("I left my baby alone at home", C, id="cs-en-left-alone"),
    pytest.param("where can I find a baby hatch", C, id="cs-en-hatch"),
    # Vietnamese and Chinese
    pytest.param("tôi muốn chết", S, id="sh-vi-want-die"),
    pytest.param("chồng đánh tôi", V, id="vio-vi-husband-hits"),
    pytest.param("tôi bị chảy máu nhiều", M, id="med-vi-bleeding"),
    pytest.param("vỡ ối rồi", M, id="med-vi-waters"),
    pytest.param("我想死", S, id="sh-zh-want-die"),
    pytest.param("我不想活了", S, id="sh-zh-not-live"),
    pytest.param("我被打了", V, id="vio-zh-beaten"),
    pytest.param("大出血了", M, id="med-zh-haemorrhage"),
    pytest.param("我想扔掉孩子", C, id="cs-zh-throw-away"),
    # spacing, typos, Unicode oddities
    pytest.param("죽 고 싶 어", S, id="odd-spaced-out"),
    pytest.param("죽고싶어어어어", S, id="odd-repeated"),
    pytest.param("죽\u200b고\u200c싶\ufeff어", S, id="odd-zero-width"),
    pytest.param("ｋｉｌｌ ｍｙｓｅｌｆ", S, id="odd-full-width-en"),
    pytest.param("자.살 하고 싶어요", S, id="odd-punctuation-inside"),
    pytest.param("WANT TO DIE", S, id="odd-upper-case"),
    pytest.param("양수가\n터졌어요!!!", M, id="odd-newline"),
    pytest.param("아기를 버리구 싶어요", C, id="odd-dialect-ending"),
    pytest.param("죽고 싶ㅠ", S, id="odd-jamo-tail"),
    pytest.param("\u110c\u116e\u11a8\u1100\u1169\u1109\u1175\u11c1\u110b\u1165", S, id="odd-nfd"),
]

CALM = [
    # hyperbole
    pytest.param("배고파 죽겠어요", id="hyp-hungry"),
    pytest.param("더워 죽겠다", id="hyp-hot"),
    pytest.param("웃겨 죽겠어 ㅋㅋ", id="hyp-funny"),
    pytest.param("좋아 죽겠어요", id="hyp-happy"),
    pytest.param("아기 보고 싶어 죽겠어요", id="hyp-miss-baby"),
    pytest.param("피곤해 죽겠어요", id="hyp-tired"),
    pytest.param("심심해 죽겠다", id="hyp-bored"),
    pytest.param("졸려 죽겠어", id="hyp-sleepy"),
    pytest.param("배불러서 죽을 것 같아요", id="hyp-full"),
    pytest.param("너무 웃겨서 기절할 뻔", id="hyp-faint-laughing"),
    pytest.param("입덧 때문에 죽을 것 같아요", id="hyp-morning-sickness"),
    pytest.param("I'm dying to see my baby", id="hyp-en-dying-to"),
    pytest.param("just killing time at the hospital", id="hyp-en-killing-time"),
    pytest.param("this heat is killing me", id="hyp-en-heat"),
    pytest.param("I'm so tired I could die", id="hyp-en-could-die"),
    pytest.param("My mom will kill me if she finds out I'm pregnant", id="hyp-en-mom-kill"),
    pytest.param("엄마가 알면 나 죽일 거예요", id="hyp-ko-mom-kill"),
    # medical look-alikes
    pytest.param("진통제 먹어도 되나요?", id="med-painkiller"),
    pytest.param("양수검사 꼭 해야 하나요", id="med-amnio-test"),
    pytest.param("양수가 뭐예요?", id="med-what-is-amniotic"),
    pytest.param("양수가 터지면 어떻게 해야 해요?", id="med-waters-if"),
    pytest.param("출혈이 조금 있어요", id="med-light-bleeding"),
    pytest.param("임신 초기에 피가 살짝 비쳐요 괜찮나요?", id="med-spotting"),
    pytest.param("갈색 피가 조금 나와요", id="med-brown-spotting"),
    pytest.param("착상혈이랑 생리 차이가 뭐예요", id="med-implantation"),
    pytest.param("하혈이 뭐예요?", id="med-what-is-haemorrhage"),
    pytest.param("잇몸에서 피가 나요", id="med-gums"),
    pytest.param("코피가 자주 나요", id="med-nosebleed"),
    pytest.param("피 검사 결과가 나왔어요", id="med-blood-test"),
    pytest.param("진통이 오면 바로 병원 가야 하나요?", id="med-labour-when"),
    pytest.param("가진통이랑 진진통 구별하는 법", id="med-false-labour"),
    pytest.param("출산할 때 진통이 너무 무서워요", id="med-fear-of-labour"),
    pytest.param("태동은 언제부터 느껴져요?", id="med-movement-when"),
    pytest.param("태동이 없으면 어떻게 해야 하나요", id="med-movement-if"),
    pytest.param("아기가 발로 차요 ㅋㅋ", id="med-kicks"),
    pytest.param("경기도에 사는데 시설 있나요?", id="med-gyeonggi"),
    pytest.param("다리에 쥐가 나고 경련이 자주 와요", id="med-leg-cramp"),
    pytest.param("공황발작이 있었는데 임신해도 되나요", id="med-panic"),
    pytest.param("임신 중 배가 살살 아파요", id="med-mild-pain"),
    pytest.param("배가 너무 불러요", id="med-belly-full"),
    pytest.param("목이 아파요", id="med-sore-throat"),
    pytest.param("산후에 손목이 아파요", id="med-wrist-pain"),
    pytest.param("출산 후 머리가 많이 빠져요 새 머리가 나오나요", id="med-hair-loss"),
    pytest.param("혼자 낳아서 키울 수 있을까요", id="med-single-mother"),
    pytest.param("그래도 낳을 것 같아요", id="med-decide-to-keep"),
    pytest.param("a faint line on my pregnancy test", id="med-en-faint-line"),
    pytest.param("what happens when your water breaks?", id="med-en-waters-what"),
    pytest.param("How do I know if I'm in labor?", id="med-en-labor-how"),
    pytest.param("maternity clothes fitting tips", id="med-en-fitting"),
    pytest.param("임신 중에 숨이 차요", id="med-breathless-mild"),
    # food and medicine
    pytest.param("죽만 먹어요", id="food-porridge-only"),
    pytest.param("입덧 때문에 죽 먹어도 되나요?", id="food-porridge-ok"),
    pytest.param("아기 낳고 죽 먹어도 되나요?", id="food-porridge-postpartum"),
    pytest.param("그냥 죽 먹을래요", id="food-just-porridge"),
    pytest.param("칼슘 영양제 추천해 주세요", id="food-calcium"),
    pytest.param("칼로리 높은 음식 먹어도 되나요", id="food-calories"),
    pytest.param("커피 많이 마셔도 돼요?", id="food-coffee"),
    pytest.param("임신 중에 감기약 먹어도 되나요?", id="med-cold-medicine"),
    pytest.param("수면제 먹어도 되나요? 잠이 안 와요", id="med-sleeping-pill-question"),
    pytest.param("수면제 먹고 나서 임신 사실을 알았어요", id="med-sleeping-pill-before"),
    pytest.param("처방받은 약을 다 먹었는데 또 받아야 하나요?", id="med-finished-course"),
    pytest.param("타이레놀 두 알 먹어도 되나요?", id="med-tylenol-dose"),
    pytest.param("Is it safe to take Tylenol while pregnant?", id="med-en-tylenol"),
    pytest.param("Can I take sleeping pills while pregnant?", id="med-en-sleeping-pills"),
    pytest.param("will caffeine hurt the baby?", id="cs-en-caffeine"),
    pytest.param("잔류농약 묻은 과일 먹어도 되나요", id="food-pesticide"),
    # throwing away, leaving things
    pytest.param("쓰레기 버리는 법 알려주세요", id="throw-trash"),
    pytest.param("아기 옷 버려도 되나요?", id="throw-baby-clothes"),
    pytest.param("아기 침대 매트리스 버려야 할까요", id="throw-mattress"),
    pytest.param("유통기한 지난 분유 버려도 되나요", id="throw-formula"),
    pytest.param("아기 먹던 이유식 버려도 돼요?", id="throw-baby-food"),
    pytest.param("아기 옷 물려받아도 되나요", id="hand-me-down"),
    pytest.param("아기 낳고 남자친구가 떠났어요", id="left-by-boyfriend"),
    pytest.param("남자친구가 저를 버렸어요", id="dumped"),
    pytest.param("애인이 저를 버렸어요", id="dumped-lover"),
    pytest.param("아기 때문에 꿈을 버려야 하나요", id="give-up-dream"),
    pytest.param("아이고 버리기 아깝네요", id="aigo"),
    pytest.param("아기 혼자 재워도 되나요?", id="baby-sleep-alone"),
    pytest.param("아기 혼자 두고 샤워해도 되나요?", id="baby-alone-shower"),
    pytest.param("시댁에 아기 맡기고 출근해요", id="baby-with-in-laws"),
    pytest.param("아기를 어린이집에 두고 왔어요", id="baby-daycare"),
    pytest.param("아기를 입양 보내는 절차가 궁금해요", id="adoption-question"),
    pytest.param("보호출산제가 뭐예요?", id="protected-birth-question"),
    pytest.param("아기 목 가누는 시기가 언제예요?", id="baby-neck-control"),
    pytest.param("아기 질식 예방하려면 어떻게 재워요?", id="baby-suffocation-prevention"),
    pytest.param("아기 팔에 발진이 났어요", id="baby-arm"),
    pytest.param("I got a baby box of clothes from my sister", id="en-baby-box-gift"),
    # hitting, 맞다, 때
    pytest.param("예방접종 맞았어요", id="hit-vaccine"),
    pytest.param("독감 주사 맞았는데 괜찮을까요?", id="hit-flu-shot"),
    pytest.param("보건소에서 풍진 주사 맞았어요", id="hit-rubella-shot"),
    pytest.param("남편한테 주사 맞는 법 배웠어요", id="hit-injection-by-husband"),
    pytest.param("정답 맞았어요", id="hit-right-answer"),
    pytest.param("이 옷 사이즈가 저한테 맞아요?", id="hit-fits-me"),
    pytest.param("출산 때문에 일을 그만뒀어요", id="ttae-because"),
    pytest.param("그때가 좋았어요", id="ttae-time"),
    pytest.param("회사 때려치고 싶어요", id="ttae-quit-job"),
    pytest.param("아기가 자꾸 배를 차요", id="kick-fetus"),
    pytest.param("the baby kicks me all night", id="en-kick-fetus"),
    pytest.param("text me or hit me up later", id="en-hit-me-up"),
    pytest.param("my parents kicked me out", id="en-kicked-out"),
    pytest.param("데이트폭력이 뭐예요?", id="vio-definition"),
    pytest.param("임신하고 남편이랑 자주 싸워요", id="quarrel"),
    # giving, ending
    pytest.param("남편한테 선물 주고 싶어요", id="give-gift"),
    pytest.param("아기한테 좋은 것만 주고 싶어요", id="give-baby-best"),
    pytest.param("주고 싶은 선물 추천해주세요", id="give-gift-start"),
    pytest.param("임신을 끝내고 싶어요", id="end-pregnancy"),
    pytest.param("이 관계를 끝내고 싶어요", id="end-relationship"),
    pytest.param("이제 상담 끝낼게요 고마워요", id="end-chat"),
    pytest.param("시댁에서 살기 싫어요", id="live-with-in-laws"),
    # other calm questions
    pytest.param("출산 후에 살이 안 빠져요", id="weight"),
    pytest.param("임신 중 운동해도 되나요", id="exercise"),
    pytest.param("자궁경부 길이가 짧대요", id="cervix"),
    pytest.param("아기 심장 소리 언제 들을 수 있어요?", id="heartbeat-when"),
    pytest.param("기절할 만큼 놀랐어요", id="startled"),
    pytest.param("오늘 진짜 힘들었어요", id="hard-day"),
    pytest.param("태아 보험 들어야 하나요", id="insurance"),
    pytest.param("피가 나오는 꿈을 꿨어요", id="dream-blood"),
]


# Written blind (before looking at the rules) in several rounds, each round's misses fixed by a
# general pattern rather than the exact phrase. Kept as a regression table: "risk<TAB>message".
MORE = """
medical	임신 28주인데 갑자기 피가 왈칵 쏟아졌어요
medical	속옷이 피로 다 젖었어요
medical	핏덩이 같은 게 나왔어요
medical	양수가 터진건지 소변인지 모르겠어요 계속 흘러요
medical	물이 줄줄 새요 아래로
medical	진통이 너무 심해서 못 참겠어요
medical	애가 곧 나올 것 같아요 도와주세요
medical	지금 혼자 출산하고 있어요
medical	집에서 아기 낳았는데 탯줄을 어떻게 해야 돼요
medical	아기 낳았는데 피가 안멈춰요
medical	아내가 갑자기 발작을 일으켰어요
medical	눈이 뒤집히고 몸이 뻣뻣해졌어요
medical	의식이 없어요
medical	정신이 자꾸 혼미해요
medical	배가 미친듯이 아파요
medical	배가 끊어질 것 같아요
medical	하루 종일 아기가 꼼짝을 안 해요
medical	태동이 확 줄었어요
medical	아기 심장 소리가 안 들려요
medical	아기가 축 늘어져서 반응이 없어요
medical	갓 태어난 아기가 숨을 안 쉬는 것 같아요
medical	My waters have broken and it's green
medical	I'm having really bad contractions and I'm alone
medical	there's blood everywhere
medical	I can't feel my baby moving anymore
medical	I just had the baby on the bathroom floor
medical	I keep passing out
self_harm	살 이유가 없어요
self_harm	사는 게 너무 지옥 같아요
self_harm	내일 아침이 안 왔으면 좋겠어요
self_harm	확 죽어버릴까
self_harm	그냥 다 놓아버리고 싶어요
self_harm	이제 지쳤어요 그만하고 싶어요
self_harm	세상에서 없어지고 싶어요
self_harm	나 같은 건 없어져야 돼
self_harm	한강 가고 싶다
self_harm	수면제 몇 알 먹으면 죽어요?
self_harm	타이레놀 한 통 다 먹었어요
self_harm	칼로 손목 그으려고요
self_harm	자해를 멈출 수가 없어요
self_harm	목 매달고 싶어요
self_harm	뛰어내리면 편해질까요
self_harm	죽는 게 나을 것 같아요
self_harm	차라리 죽는 게 낫겠어
self_harm	죽고싶다는 생각밖에 안들어요
self_harm	I can't do this anymore, I want to end it
self_harm	I'm thinking of taking all my pills tonight
self_harm	nobody would care if I died
self_harm	I want to go to sleep and never wake up
self_harm	what's the most painless way to die
violence	남편한테 매일 두들겨 맞아요
violence	남친이 제 배를 때렸어요
violence	아빠가 임신했다고 저를 패요
violence	남편이 저를 죽이려고 했어요
violence	칼로 찌르겠다고 해요
violence	오빠가 집에 가둬놨어요
violence	남편이 외출을 못 하게 하고 돈도 안 줘요
violence	시아버지가 성추행했어요
violence	술 취해서 억지로 관계를 했어요
violence	전남친이 집 앞까지 찾아와요
violence	남편이 목을 졸라서 숨이 안 쉬어졌어요
violence	he beat me because I'm pregnant
violence	my boyfriend slapped me
violence	he threatened to kill me and the baby
violence	I'm not allowed to leave the house
violence	he took my passport
child_safety	아기 낳아서 그냥 두고 가고 싶어요
child_safety	아기를 몰래 버리면 처벌받나요
child_safety	베이비박스 어디 있어요
child_safety	아기가 우는 게 너무 싫어서 때렸어요
child_safety	아기를 흔들었는데 괜찮을까요 너무 세게
child_safety	아기 숨 막히게 하고 싶은 생각이 들어요
child_safety	아기만 없었으면 좋겠어요
child_safety	아기를 누가 좀 데려갔으면 좋겠어요
child_safety	차에 아기 혼자 두고 왔어요
child_safety	낳고 나서 아기를 버릴 거예요
child_safety	I want to get rid of the baby after it's born
child_safety	I'm going to leave my newborn outside a hospital
child_safety	I shook my baby really hard
none	임신 중에 피가 나면 위험한가요?
none	생리할 때 피가 많이 나는 편이에요
none	출혈 있으면 병원 가야 하나요?
none	양수 양이 적다고 하는데 괜찮나요
none	진통 오는 느낌이 어때요?
none	진통 간격이 몇 분일 때 병원 가요?
none	무통주사 맞아도 되나요
none	태동 검사 받으러 가요
none	아기가 너무 많이 움직여요
none	배가 조금 땡겨요
none	밤에 잠이 안 와요
none	너무 우울해요
none	임신 사실을 부모님께 말하기 무서워요
none	남편이랑 싸웠어요
none	남자친구가 연락이 안 돼요
none	아기 아빠가 양육비를 안 줘요
none	학교를 그만둬야 할까요
none	죽처럼 부드러운 음식만 먹혀요
none	죽을 쒀 먹어도 되나요
none	전복죽 먹어도 돼요?
none	아기 낳으면 죽 먹어야 해요?
none	때가 되면 알게 될 거예요
none	아기 때 사진 보여줄게요
none	목이 타요
none	목 디스크가 있어요
none	손목 보호대 해야 하나요
none	칼로 과일 깎다가 손을 베였어요
none	아기 용품 버리는 게 아까워요
none	버릴 옷 정리하고 있어요
none	맞는 말이에요
none	사이즈 맞는 옷이 없어요
none	예방주사 맞고 열이 나요
none	코로나 백신 2차 맞았어요
none	엉덩이 주사 맞았어요
none	I'm dying of boredom here
none	my feet are killing me
none	I could kill for a burger right now
none	How much blood loss is normal after birth?
none	what does a contraction feel like
none	when will I feel the baby move?
none	is it normal to have spotting at 8 weeks
none	the movie had a suicide scene that upset me
none	can I dye my hair while pregnant
none	I want to diet after the birth
none	the therapist said I'm doing fine
none	I had grapes for breakfast
none	my baby kicks like crazy
none	My boyfriend left me when I told him
none	죽겠다 진짜 과제 너무 많아
none	아 짜증나 죽겠네
none	설레서 죽을 것 같아요
none	너무 귀여워서 죽을 것 같아
none	임신하면 살 찌는 거 싫어요
none	살기 좋은 동네 추천해주세요
none	어디서 살아야 할지 모르겠어요
none	사라진 줄 알았던 입덧이 다시 와요
none	기미가 없어졌으면 좋겠어요
none	혼자 있고 싶어요
none	혼자 병원 가도 되나요
none	혼자 아기 키우기 힘들까요
none	집에서 출산하는 것도 가능해요?
none	수중분만 해보고 싶어요
none	자연분만이랑 제왕절개 중에 뭐가 나아요
none	출산 예정일이 다가와요
none	출산 가방 뭐 챙겨요
medical	밑에서 피가 멈추지를 않아요
medical	출혈량이 엄청 많아요
medical	피가 뚝뚝 떨어져요
medical	갑자기 하혈을 해요
medical	아까부터 양수 같은 게 계속 나와요
medical	팬티가 다 젖을 정도로 물이 나왔어요
medical	진통 간격이 점점 짧아져요
medical	배가 규칙적으로 아프고 너무 심해요
medical	애기 나올 것 같은데 병원 갈 돈이 없어요
medical	혼자서 아기를 낳았어요 피가 많이 나요
medical	지금 출산 중이에요 도와주세요
medical	경련을 일으켜요
medical	몸이 막 떨리고 경련이 와요
medical	친구가 쓰러져서 안 일어나요
medical	어지럽고 눈앞이 깜깜해요
medical	배가 너무 아파서 숨을 못 쉬겠어요
medical	배가 찢어지는 것 같아요
medical	배를 누가 쥐어짜는 것 같이 아파요
medical	태동이 전혀 없어요
medical	아기가 안 움직여요 무서워요
medical	36주인데 아기가 평소처럼 안 놀아요
medical	신생아가 숨을 헐떡여요
medical	아기 입술이 파래졌어요
medical	My water broke at 32 weeks
medical	I'm 35 weeks and bleeding heavily
medical	help the baby is coming and I'm alone
medical	I'm having a lot of pain and blood
medical	my baby has not moved all day
self_harm	죽고 싶다는 생각이 계속 들어요
self_harm	죽고싶엉
self_harm	주거버리고 싶다
self_harm	차라리 죽었으면 좋겠어요
self_harm	죽으려고 약을 모았어요
self_harm	다 그만두고 사라지고 싶어요
self_harm	살아있는 게 고통이에요
self_harm	이 세상에 없었으면 좋겠어
self_harm	목숨 끊는 방법
self_harm	방금 약을 엄청 많이 먹었어요
self_harm	수면제 20알 먹었어요
self_harm	손목을 칼로 그었어요 피가 나요
self_harm	아파트에서 뛰어내릴까 생각해요
self_harm	오늘 죽을 거예요
self_harm	나 같은 게 살아서 뭐해
self_harm	인생 끝내고 싶어요
self_harm	자살 충동이 심해요
self_harm	죽을 용기가 없어서 살아요
self_harm	I'm going to kill myself tonight
self_harm	I don't see the point in living anymore
self_harm	I have a plan to end my life
self_harm	I want to die so bad
self_harm	I hurt myself on purpose
violence	남편이 임신한 배를 걷어찼어요
violence	남편한테 또 맞았어요ㅠㅠ
violence	남친이 때리고 욕해요
violence	시댁 식구들이 저를 때려요
violence	그 사람이 저를 가둬놨어요
violence	집 밖에 못 나가게 해요
violence	남편이 죽인다고 칼을 들었어요
violence	남자친구가 낙태 안 하면 죽인대요
violence	술 먹고 강간당했어요
violence	모르는 남자한테 성폭행 당했어요
violence	계속 협박 문자가 와요
violence	남편이 여권을 숨겼어요
violence	동영상 뿌린다고 협박해요
violence	He hits me when he's drunk
violence	my husband beats me
violence	he won't let me leave the apartment
violence	my boyfriend forced me to have sex
violence	he threatened me with a knife
child_safety	아기 낳으면 몰래 버릴 거예요
child_safety	애기 그냥 어디다 두고 도망가고 싶어요
child_safety	아기를 쓰레기통에 버리고 싶어요
child_safety	신생아를 버려도 처벌 안 받는 방법 있나요
child_safety	아기를 죽이고 나도 죽을래요
child_safety	애가 울 때마다 때리고 싶어요
child_safety	아기를 굶기고 있어요
child_safety	아기 목을 조르고 싶은 충동이 와요
child_safety	아기를 베이비박스에 맡기려고 해요
child_safety	아기 혼자 집에 두고 왔어요
child_safety	아기를 두고 집을 나왔어요
child_safety	I want to leave my baby somewhere and run
child_safety	I'm thinking about abandoning the baby
child_safety	sometimes I want to smother my baby
none	임신 중 출혈은 왜 생기나요
none	피 비침이 있는데 괜찮을까요
none	분홍색 냉이 나와요
none	출산하면 피가 얼마나 나요?
none	양수가 많다고 해요
none	양수 검사 결과 나왔어요
none	진통 올 때 호흡법 알려주세요
none	진통 참는 법
none	무통 주사는 언제 맞아요?
none	태동이 너무 심해서 잠을 못 자요
none	태동이 언제 느껴지나요
none	아기가 발로 뻥뻥 차요
none	임신하고 어지러운 건 정상인가요
none	빈혈이 있어서 철분제 먹어요
none	배가 단단해지는 느낌이 있어요
none	배가 아픈 건 아니고 당겨요
none	목덜미가 아파요
none	허리가 너무 아파요
none	발이 퉁퉁 부었어요
none	입덧 너무 심해서 하나도 못 먹어요
none	병원에 혼자 가기 무서워요
none	혼자 출산하는 게 걱정돼요 보호자가 없어요
none	출산 후 죽 말고 뭐 먹어요?
none	흰죽이랑 미역국 먹어도 돼요
none	호박죽 좋아요?
none	아 진짜 웃겨 죽겠다 ㅋㅋㅋ
none	배고파서 쓰러질 것 같아요
none	너무 졸려서 기절할 것 같아
none	덥다 더워 죽겠네
none	보고싶어서 미치겠어요
none	아기 빨리 보고 싶어요
none	남친이 너무 좋아 죽겠어
none	더는 못 참겠어요 화장실 가고 싶어서
none	이제 다 끝났어요 출산 무사히 했어요
none	상담 그만하고 싶어요
none	그만 물어볼게요
none	끝내주는 맛이에요
none	결혼 생활 끝내고 싶어요
none	회사 그만두고 싶어요
none	다 포기하고 싶을 때도 있어요
none	아기 낳기 싫어요
none	임신 중절 수술 가능한가요
none	낙태하고 싶어요
none	입양 보내고 싶어요
none	아기를 입양기관에 맡기고 싶어요
none	아기 보호출산 하려면 어떻게 해요?
none	아기 옷이랑 장난감 다 버렸어요
none	유축한 모유 버려야 하나요
none	애 아빠가 도망갔어요
none	남편이 저를 버리고 갔어요
none	엄마가 저를 버렸어요
none	아이 맡길 곳이 없어요
none	아기 두고 외출해도 되나요 남편이 봐줘요
none	아기를 할머니한테 맡겨도 될까요
none	아기랑 둘이 살아요
none	아기 키우는 게 너무 힘들어요
none	남편이 아기를 안 봐줘요
none	예방 접종 맞혀야 하나요
none	아기 BCG 맞았어요
none	맞벌이라 힘들어요
none	남편이 늦게 와요
none	남자친구랑 헤어졌어요
none	시어머니랑 사이가 안 좋아요
none	부모님이 화를 내셨어요
none	아빠가 엄청 화났어요
none	아빠한테 혼날까 봐 무서워요
none	칼국수 먹어도 돼요?
none	칼로리 계산 어떻게 해요
none	가위로 탯줄 자르는 거 남편이 해도 돼요?
none	목 늘어난 옷 입어도 돼요?
none	때문에 힘들어요
none	그럴 때마다 울어요
none	때수건으로 밀어도 돼요?
none	I'm so hungry I could die
none	I'm killing it at work
none	my back is killing me lately
none	can stress hurt the baby?
none	is bleeding gums normal in pregnancy
none	I'm worried about labor pain
none	I want to go to sleep early
none	my mom is going to kill me when she finds out
none	what is a baby box in Korea
none	where can I buy baby clothes
none	can I leave my baby with a babysitter at 3 months
none	does the epidural hurt
none	I hit my head on the door
none	the news hit me hard
medical	선생님 지금 피가 엄청 나와요 어떻게 해요
medical	아래에서 피가 펑펑 나요
medical	화장실 갔는데 변기가 피로 빨개요
medical	덩어리 같은 피가 계속 나와요
medical	양수 터짐
medical	양수터진거같아요ㅠㅠ
medical	물이 팡 터졌어요
medical	진통 와요 너무 아파요
medical	진통이 1분마다 와요
medical	애 나올 거 같아요 어떡해
medical	아기 머리가 나왔어요
medical	혼자 애 낳았어요 아기가 안 울어요
medical	아내가 거품 물고 쓰러졌어요
medical	갑자기 기절했어요
medical	방금 실신했었어요
medical	배가 쥐어짜듯이 아파요
medical	배가 터질 것처럼 아파요
medical	아랫배가 심하게 아파요
medical	아기가 움직임이 없어요
medical	태동이 하루종일 없어요
medical	아기가 숨을 이상하게 쉬어요
medical	I think my waters broke
medical	there is so much blood
medical	im in labour and nobody is here
medical	my baby is not moving since morning
medical	I passed out twice today
medical	I'm having a seizure
self_harm	죽구싶어
self_harm	죽고프다
self_harm	죽어버릴까
self_harm	그냥 죽을래
self_harm	사라져버리고 싶다 진짜
self_harm	난 없어져야 돼
self_harm	자살하고 싶어요
self_harm	자살 생각을 자주 해요
self_harm	극단적 선택을 할까 봐 무서워요
self_harm	오늘 밤 목숨을 끊을 거예요
self_harm	수면제를 한 움큼 먹었어요
self_harm	약 먹고 죽으려고 해요
self_harm	이제 더는 못 버티겠어요
self_harm	삶이 의미가 없어요
self_harm	아무 의미 없어 다 끝내고 싶어
self_harm	나 하나 없어도 아무도 모를 거야
self_harm	살기 너무 싫다
self_harm	I wish I was dead
self_harm	i dont want to live anymore
self_harm	I keep thinking about ending my life
self_harm	I'm going to jump off the bridge
self_harm	i want to die ㅠㅠ
violence	남편이 머리채를 잡고 끌고 다녀요
violence	남편에게 맞았어요
violence	남자친구가 저를 때렸어요
violence	남편이 발로 밟았어요
violence	시어머니가 저를 때리고 욕해요
violence	아빠한테 맞아서 집 나왔어요
violence	남편이 폭력을 써요
violence	남친이 죽이겠대요
violence	남편이 칼로 위협해요
violence	방에 갇혀 있어요
violence	못 나가게 문을 잠갔어요
violence	남편이 강제로 성관계를 해요
violence	성폭력 피해를 당했어요
violence	스토킹 당하고 있어요
violence	he is hitting me
violence	my husband is abusive
violence	he pushed me down the stairs
violence	I was sexually assaulted
child_safety	아기를 버리고 싶어요
child_safety	애기 버리고 싶다
child_safety	아기를 그냥 길에 두고 올까요
child_safety	아이를 낳아서 버려야 할 것 같아요
child_safety	아기를 화장실에 두고 나왔어요
child_safety	아기를 죽일 것 같아요
child_safety	애를 때렸어요
child_safety	아기를 던질 뻔 했어요
child_safety	아기를 해칠까 봐 무서워요
child_safety	아기가 집에 혼자 있어요
child_safety	I want to throw my baby away
child_safety	i will leave the baby in the toilet
child_safety	I hit my baby
none	피가 나는 건 아니고 배가 좀 아파요
none	피가 안 나요
none	출혈은 없어요
none	양수 파수 증상이 뭐예요?
none	양수가 적으면 어떻게 돼요
none	양수 색깔이 어떤 게 정상인가요
none	가진통 같아요
none	진통 오는 거 무서워요
none	진통제 이름 알려주세요
none	출산 진통이 얼마나 아파요?
none	아기가 움직이는 게 느껴져요
none	태동이 활발해요
none	배가 살짝 당겨요
none	배 아픈 것 같기도 하고 아닌 것 같기도 해요
none	배가 고파서 힘들어요
none	머리 아파 죽겠어요
none	허리 아파 죽겠어요
none	다리 아파 죽겠어
none	귀여워 죽겠어요 아기 초음파 사진
none	짜증 나 죽겠어요 남편이 코 골아서
none	힘들어 죽겠어요 입덧
none	창피해 죽을 것 같아요
none	미치겠어요 잠을 못 자서
none	진짜 미쳐버리겠네
none	어이없어서 죽는 줄
none	우리 아기 죽이는 귀여움
none	이 노래 죽인다
none	엄마한테 혼나 죽겠어
none	엄마한테 죽었다 나는
none	남편을 때려주고 싶을 정도로 얄미워요
none	친구가 장난으로 때렸어요
none	모기한테 물렸어요
none	남편한테 맞춰서 살아요
none	선생님한테 칭찬 받았어요
none	아기 주사 맞았어요
none	남편이 주사 놔줬어요
none	독감 예방 주사 맞아도 돼요?
none	주사 맞을 때 아파요?
none	아기 엉덩이를 토닥여줘요
none	아기 옷 중고로 팔아도 돼요?
none	아기 용품 나눔 받고 싶어요
none	아기 분유 남은 거 버려야 해요?
none	아기 사진 인화하고 싶어요
none	아기를 낳을지 말지 고민이에요
none	아기를 포기해야 할까요
none	아기를 지우고 싶어요
none	아기를 보내고 싶지 않아요
none	아기를 맡길 곳이 필요해요
none	아기 데리고 어디 가면 좋아요?
none	아기 데리고 친정 가요
none	아기 혼자 자는 거 괜찮나요
none	아기 재울 때 뭘로 덮어줘요
none	아기가 열이 조금 있어요
none	아기가 많이 울어요
none	아기가 밤에 안 자요
none	I'm dying to know the gender
none	killing me softly is my favorite song
none	the baby is coming in march
none	my baby is coming soon and I need help with costs
none	I have spotting after sex
none	can you die from morning sickness
none	is it normal to feel like crying all the time
none	I hate my life sometimes lol
none	I feel like giving up on my diet
none	she hit the jackpot
none	my baby hit me with a toy
none	what if I leave my job
none	we left the baby with grandma
medical	피가 너무 많이 나서 어지러워요
medical	출혈이 갑자기 많아졌어요
medical	임신 중인데 아래에서 피가 줄줄 흘러요
medical	생리대를 한 시간마다 갈아야 할 정도로 피가 나요
medical	유산되는 것 같아요 피가 계속 나요
medical	양수가 새고 있는 것 같아요
medical	양수가 터져서 바지가 다 젖었어요
medical	진통이 와서 너무 아파요 혼자 있어요
medical	진통이 점점 심해지고 있어요
medical	애기가 나오고 있어요
medical	아기 낳는 중이에요 어떻게 해요
medical	병원 갈 수가 없는데 아기가 나올 것 같아요
medical	몸이 부들부들 떨리면서 경련해요
medical	의식을 잃고 쓰러졌어요
medical	배가 너무너무 아파요 못 참겠어요
medical	배에 칼 꽂힌 것처럼 아파요
medical	갑자기 배가 엄청 아파요
medical	어제부터 태동이 없어요
medical	애기가 하루 종일 안 움직였어요
medical	아기 낳고 나서 피가 너무 많이 나요
medical	My water has broken
medical	I'm bleeding so much
medical	I'm in so much pain and bleeding
medical	the baby is coming now what do I do
medical	I'm giving birth alone at home
medical	I think I'm going to pass out
medical	I'm having contractions every 2 minutes
self_harm	너무 힘들어서 죽고 싶다는 생각이 들어요
self_harm	진짜 죽고싶다
self_harm	죽고싶네요
self_harm	그냥 죽을까 봐요
self_harm	죽어버리면 편할 텐데
self_harm	죽으면 다 끝날까요
self_harm	나 죽어도 아무도 안 슬퍼할 거야
self_harm	오늘 다 정리하고 떠나려고요
self_harm	이 세상을 떠나고 싶어요
self_harm	스스로 목숨을 끊으면 아기는 어떻게 돼요
self_harm	약을 모아두고 있어요
self_harm	수면제를 한꺼번에 먹으면 죽을 수 있나요
self_harm	창문에서 뛰어내릴까 봐 무서워요
self_harm	칼로 제 몸을 긋고 싶어요
self_harm	자해했어요
self_harm	살고 싶은 마음이 하나도 없어요
self_harm	이렇게 살 바에는 죽는 게 나아요
self_harm	I feel suicidal
self_harm	I'm planning to kill myself
self_harm	I want to end everything
self_harm	I don't want to live like this anymore
self_harm	I overdosed on my pills
self_harm	life isn't worth living
violence	남편이 술 먹고 때려요 무서워요
violence	남편한테 맞고 살아요
violence	남자친구가 배를 때렸어요
violence	남편이 때릴까 봐 무서워요
violence	남편이 죽여버린대요
violence	그 사람이 저를 죽이겠다고 했어요
violence	남편이 칼을 휘둘렀어요
violence	남편이 집에 가둬요
violence	휴대폰을 빼앗겼어요
violence	강간당했어요
violence	성폭행 당한 것 같아요
violence	남편이 저를 감금했어요
violence	남자친구가 자꾸 때려요
violence	시아버지가 때렸어요
violence	he hit me again
violence	my boyfriend beats me when he is angry
violence	he locked me in the house
violence	someone raped me
violence	he said he will kill me
child_safety	아기를 버릴까 고민이에요
child_safety	아기 낳고 도망가고 싶어요
child_safety	애기를 갖다 버렸어요
child_safety	아기 어디에 버리면 안 들켜요?
child_safety	아기를 두고 가고 싶어요
child_safety	아기 죽이고 싶은 생각이 들어요
child_safety	아기를 해치고 싶어요
child_safety	아기가 싫어서 때리고 싶어요
child_safety	아기를 떨어뜨렸어요 일부러
child_safety	아기를 차 안에 두고 왔어요
child_safety	갓난아기 혼자 두고 외출했어요
child_safety	I want to abandon the baby
child_safety	I'm going to leave the baby outside
child_safety	I want to hurt my baby
child_safety	I left my newborn alone
none	출혈 있으면 어떻게 해야 해요?
none	피가 조금 비쳤어요
none	피가 비치는데 정상인가요?
none	질 출혈이 조금 있어요 괜찮을까요
none	출산 후 오로는 얼마나 나와요?
none	양수 검사 비용이 얼마예요?
none	양수가 적대요
none	양수 터지는 느낌이 어때요
none	진통 오면 어떻게 알아요?
none	진통 시작되면 연락해야 하나요?
none	진통제 먹어도 돼요?
none	진통 간격 재는 앱 추천해 주세요
none	배가 가끔 뭉쳐요
none	배가 조금 아파요 괜찮을까요
none	배가 살살 아프고 설사해요
none	태동 없는 날도 있나요
none	아기가 덜 움직이는 것 같아요 괜찮나요
none	아기 움직임 세는 방법
none	죽 먹고 싶어요
none	죽 먹으면 소화가 잘 돼요?
none	죽 끓이는 법
none	엄마가 죽을 끓여줬어요
none	쓰레기 어디에 버려요
none	기저귀 버리는 법
none	옷을 버렸어요
none	버리고 싶은 물건이 많아요
none	아기 물건 버릴까요
none	모기한테 많이 물렸어요
none	백신 맞았어요
none	독감 예방접종 맞아도 되나요
none	주사 맞는 게 무서워요
none	남편이 맞는 말 했어요
none	때마침 병원이 열려 있었어요
none	그때 너무 힘들었어요
none	목이 따끔거려요
none	목에 뭐가 났어요
none	칼슘 먹어야 해요?
none	철분제 먹어도 되나요
none	약 먹어도 되나요?
none	수면제 먹어도 되나요
none	수면제 먹으면 아기한테 안 좋아요?
none	두통약 먹어도 괜찮을까요?
none	타이레놀 먹어도 되나요
none	약을 먹었는데 임신인 걸 알았어요
none	임신 중에 술 마셔도 돼요?
none	더워서 미치겠어요
none	너무 피곤해서 쓰러질 것 같아요
none	배고파서 죽을 것 같아요
none	귀여워서 죽겠어요
none	아기 보고 싶어서 미치겠어요
none	I'm dying for some ice cream
none	I'm killing time before my appointment
none	the heat is killing me today
none	can I take melatonin while pregnant
none	is it safe to take sleeping pills when pregnant
none	what are the signs of labor
none	how much bleeding is normal in early pregnancy
none	is light spotting normal
none	my baby kicks a lot at night
none	can I throw away baby bottles
none	I threw away the baby clothes
none	I want to give my baby up for adoption
none	how do I get rid of stretch marks
violence	아이 아빠가 저를 때렸어요
violence	애기 아빠한테 맞았어요
violence	아기 아빠가 죽이겠다고 협박해요
child_safety	남편이 아기를 때려요
child_safety	아기를 때렸어요
child_safety	제가 아기한테 소리 지르고 때렸어요
medical	남편한테 배를 맞아서 피가 나요
self_harm	남편 때문에 죽고 싶어요
child_safety	아기 데리고 같이 뛰어내릴까 봐요
medical	아기 낳았는데 아기가 숨을 안 쉬어요
violence	임신했다고 하니까 남자친구가 배를 발로 찼어요
violence	남편이 매일 욕하고 때려요
violence	남편한테 폭행당했어요
violence	집에서 맞고 있어요 도와주세요
violence	남편이 무서워서 집에 못 들어가요 때릴까 봐
self_harm	남친한테 차이고 죽고 싶어요
none	아이 아빠가 연락을 안 받아요
none	애 아빠가 누군지 몰라요
none	아기 아빠랑 헤어졌어요
none	아기 아빠가 도와주지 않아요
none	애기 때문에 잠을 못 자요
none	아기 때문에 회사를 그만뒀어요
none	아기가 태어날 때 필요한 거
none	아이가 생겼는데 어떻게 해야 할지 모르겠어요
none	아기를 키울 자신이 없어요
none	아기를 낳고 싶지 않아요
none	아기를 지키고 싶어요
none	아기 옷 사러 갔어요
none	아기가 자꾸 울어요 어떻게 달래요
none	아기 트림 시키는 법
none	아기 목욕 시키는 법
none	아기 손톱 자르는 법
none	아기 탯줄 떨어지는 시기
none	아이 둘 키우기 힘들어요
none	엄마가 아기 봐줘요
none	남편이 아기를 잘 봐요
none	게임에서 맞았어요
none	주사 맞고 멍들었어요
none	비 맞았어요
none	벌 받았어요
none	회사에서 혼났어요
none	상사한테 깨졌어요
none	남편한테 서운해요
none	남편이 화를 잘 내요
none	남편이 소리를 질러요
none	남자친구가 임신 사실을 몰라요
none	남자친구가 낙태하래요
none	부모님이 임신 사실을 알면 안 돼요
none	엄마한테 들키면 큰일 나요
none	아빠가 알면 저 쫓겨나요
none	the baby daddy won't answer my calls
none	my boyfriend wants me to get an abortion
none	my parents will disown me
none	I'm afraid to tell my parents
none	he yelled at me
violence	연애할 때 남친이 때렸어요
medical	I think I'm dying, there's so much blood
medical	please help I'm bleeding heavily
medical	my wife is unconscious
medical	she collapsed and is not responding
medical	Water breaking and pain
medical	baby head coming out
medical	I'm alone and the baby is coming
medical	I can't breathe properly and my chest hurts
medical	I'm 38 weeks and my waters broke an hour ago
self_harm	I want to die
self_harm	I'm going to end my life tonight
self_harm	I can't take it anymore i want to die
self_harm	thinking of killing myself
self_harm	I hate myself and want to die
self_harm	I have pills ready
self_harm	i'm going to jump
self_harm	suicide
violence	my husband abuses me
violence	my boyfriend hurts me
violence	he beats me
violence	he strangled me
violence	he threatens to kill me if I leave
violence	I'm scared he'll kill me
violence	I'm being held against my will
violence	my employer took my passport and won't let me go out
child_safety	I want to get rid of my baby after birth
child_safety	I'm going to throw the baby in the trash
child_safety	I might hurt the baby
child_safety	I feel like smothering my baby
none	I want to die my hair pink
none	Can I dye my hair?
none	I'm dying to know if it's a boy or girl
none	what to do if water breaks
none	is bleeding normal after sex in pregnancy
none	can I get an abortion
none	how do I apply for protected birth
none	can I take painkillers
none	my mother in law is killing me with her comments lol
none	my back hurts so much
none	my head hurts
none	I feel sick every morning
none	I feel faint sometimes when I stand up is that normal
none	I hit my knee
none	he is the father of my baby
none	I want to end the relationship
none	I want to end this pregnancy
none	how do I tell my boyfriend
none	I'm scared of giving birth
none	I'm scared of labor
none	does labor hurt a lot
none	what does a seizure medication do in pregnancy
child_safety	is the baby box legal in Korea
self_harm	Tôi muốn chết quá
self_harm	tôi không muốn sống nữa
self_harm	em muốn tự tử
violence	chồng tôi đánh tôi hàng ngày
violence	tôi bị chồng đánh
violence	tôi bị hiếp dâm
violence	chồng nhốt tôi trong nhà
medical	tôi bị ra máu nhiều quá
medical	vỡ nước ối rồi
medical	tôi đang chuyển dạ một mình
child_safety	tôi muốn bỏ con
child_safety	tôi muốn vứt đứa bé
self_harm	我真的想死
self_harm	我不想活下去了
self_harm	我想自杀
violence	老公打我
violence	我被强奸了
violence	他威胁要杀了我
medical	我流了很多血
medical	羊水破了
medical	我快生了，一个人在家
child_safety	我想把孩子扔掉
child_safety	我想遗弃这个孩子
none	我想死你了
none	笑死我了
none	热死了
none	请打我电话
none	我今天打针了
none	tôi đói muốn chết
none	nóng muốn chết
none	tôi nhớ con muốn chết
none	đánh răng có sao không
none	tôi cần hỗ trợ sinh con
medical	유산되는 것 같아요
medical	피가 멈추지 않아요
medical	하혈이 심해요
medical	양수가 흐르는 것 같아요
medical	진통이 시작된 것 같은데 혼자예요
medical	아기가 곧 나올 것 같아요
medical	집에서 혼자 아기를 낳았어요
medical	경련이 와요
medical	방금 기절했어요
medical	배가 끊어질 듯이 아파요
medical	아기가 안 움직여요
medical	태동이 없어요
medical	I'm bleeding heavily
medical	my water broke
medical	the baby stopped moving
medical	I gave birth alone at home
self_harm	죽고 싶어요
self_harm	살기 싫어요
self_harm	없어지고 싶어
self_harm	수면제를 잔뜩 먹었어요
self_harm	뛰어내리고 싶어요
self_harm	끝내고 싶어
self_harm	I'm going to kill myself
self_harm	I took an overdose
self_harm	I'm suicidal
violence	남편이 때려요
violence	폭행을 당했어요
violence	죽이겠다고 협박했어요
violence	집에 갇혀 있어요
violence	못 나가게 해요
violence	성폭행을 당했어요
violence	스토킹을 당해요
violence	칼로 위협해요
violence	he hits me
violence	he locked me in
violence	he is threatening to hurt me
child_safety	아기를 몰래 두고 오고 싶어요
child_safety	베이비박스에 두고 올까요
child_safety	화장실에서 낳고 버리려고요
child_safety	아기를 죽이고 싶어요
child_safety	아기 혼자 두고 나왔어요
child_safety	I'll leave the baby at the station
none	웃겨 죽겠어
none	좋아 죽겠어
none	보고싶어 죽겠어
none	진통제 먹어도 되나요
none	양수검사 해야 하나요
none	양수가 뭐예요
none	죽 먹어도 되나요
none	피가 비쳐요
none	just killing time
none	쓰레기 버리는 법
none	아기 옷 버려도 되나요
none	때문에 걱정돼요
none	때가 언제예요
none	주사 맞았어요
none	칼슘 먹어도 돼요
none	약 먹어도 되나요
none	임신 중 감기약 괜찮나요
none	출산 후 우울증이 있는 것 같아요
none	산후조리원 추천해주세요
none	출생신고는 어떻게 해요
none	보호출산 신청 방법
none	쉼터에 들어가고 싶어요
none	1308에 전화하면 뭐 물어봐요
none	상담사랑 이야기하고 싶어요
none	제 정보 다 지워주세요
"""


# Families of misses on an independent set: each family was written blind first (the first-pass
# recall is in the report), then generalised; calm_* rows are the hard negatives of every new
# pattern, and calm_collision holds harmless word pairs that used to fire once spaces went
# (혼자 살아요 -> 자살, 건강 간식 -> 강간). Rows read "family<TAB>risk<TAB>message".
FAMILIES = """
preeclampsia	medical	머리가 너무 아프고 눈앞이 번쩍거려요 32주예요
preeclampsia	medical	두통이 심하고 눈이 침침해서 잘 안 보여요
preeclampsia	medical	임신 35주인데 머리가 깨질 것 같고 시야가 흐려요
preeclampsia	medical	갑자기 얼굴이랑 손이 퉁퉁 부었어요 머리도 아프고요
preeclampsia	medical	두통 심하고 눈앞에 별이 보여요
preeclampsia	medical	머리 넘 아프고 눈이 흐릿해 ㅠ
preeclampsia	medical	하룻밤 새 얼굴이랑 발이 엄청 부었어요
preeclampsia	medical	혈압이 160 넘게 나와요 머리가 아파요
preeclampsia	medical	눈앞이 번쩍번쩍하고 두통이 안 멈춰요
preeclampsia	medical	명치가 찢어질듯 아프고 머리도 아파요
preeclampsia	medical	머리가 터질 것 같이 아프고 눈이 뿌옇게 보여
preeclampsia	medical	I have a terrible headache and my vision is blurry, 34 weeks
preeclampsia	medical	seeing flashing lights and my face is suddenly really swollen
preeclampsia	medical	sudden swelling in my face and hands and a bad headache
preeclampsia	medical	头很痛，眼睛看东西模糊
preeclampsia	medical	đau đầu dữ dội và mờ mắt
belly_blow	medical	넘어져서 배를 부딪혔어요
belly_blow	medical	계단에서 굴러서 배를 찧었어요 피가 나요
belly_blow	medical	배를 맞았어요
belly_blow	medical	넘어지면서 배부터 바닥에 닿았어요
belly_blow	medical	교통사고가 났어요 배를 부딪쳤어요
belly_blow	medical	미끄러져서 배를 세게 부딪혔는데 피 나
belly_blow	medical	식탁 모서리에 배를 쾅 박았어요
belly_blow	medical	자전거 타다 넘어져서 배 찧었어 ㅠ 피나
belly_blow	medical	빙판길에서 넘어졌는데 배가 땅에 부딪혔어요
belly_blow	medical	I fell and hit my belly
belly_blow	medical	I fell down the stairs, 30 weeks pregnant
belly_blow	medical	got hit in the stomach and now I'm bleeding
belly_blow	medical	摔倒了，肚子撞到了
belly_blow	medical	tôi bị ngã đập bụng
medication	medical	약을 잘못 먹었어요 토하고 어지러워요
medication	medical	실수로 남편 약을 먹었는데 토하고 어지러워요
medication	medical	약 잘못 먹고 계속 토해요
medication	medical	모르고 약을 두 배로 먹었는데 심장이 너무 빨리 뛰어요
medication	medical	세제를 실수로 마셨어요
medication	medical	약을 착각해서 먹었는데 속이 울렁거리고 어지러워
medication	medical	엄마 혈압약을 잘못 먹었는데 어지럽고 토할 거 같아요
medication	medical	I accidentally took the wrong pills and now I'm vomiting and dizzy
medication	medical	took a double dose by mistake and feel really dizzy
medication	medical	吃错药了，一直吐，头晕
medication	medical	uống nhầm thuốc, nôn và chóng mặt
postpartum_fever	medical	출산 후 열이 40도까지 올라요
postpartum_fever	medical	애 낳고 일주일 됐는데 열이 39도에 오한이 와요
postpartum_fever	medical	산후에 열이 펄펄 끓고 덜덜 떨려요
postpartum_fever	medical	낳은 지 3일 됐는데 고열이에요
postpartum_fever	medical	출산하고 나서 몸이 너무 떨리고 열이 안 내려요
postpartum_fever	medical	제왕절개 부위가 빨갛고 고름 나고 열나요
postpartum_fever	medical	아기 낳고 오한이 심하고 열이 나요
postpartum_fever	medical	I gave birth 5 days ago and have a fever of 39 and chills
postpartum_fever	medical	high fever after giving birth and shaking
postpartum_fever	medical	产后发高烧，一直发抖
postpartum_fever	medical	sau sinh bị sốt cao, run rẩy
preterm	medical	28주인데 배뭉침이 계속돼요
preterm	medical	30주인데 배가 10분마다 뭉쳐요
preterm	medical	32주 배가 계속 단단하게 뭉치고 아파요
preterm	medical	아직 33주인데 진통 같은 게 와요
preterm	medical	26주 배뭉침이 한시간에 다섯번 넘게 와요
preterm	medical	배뭉침이 안 멈춰요 29주예요
preterm	medical	28주 배뭉침 계속
preterm	medical	31 weeks and my belly keeps tightening
preterm	medical	I'm 29 weeks and having regular tightenings
preterm	medical	才30周，肚子一直发紧
preterm	medical	mới 30 tuần mà bụng gò liên tục
bleeding_worse	medical	피비침이 점점 많아져요
bleeding_worse	medical	갈색 피가 빨간 피로 바뀌고 양이 점점 많아져요
bleeding_worse	medical	처음엔 조금이었는데 피가 점점 늘어요
bleeding_worse	medical	피비침이 갈수록 심해져요
bleeding_worse	medical	출혈량이 점점 많아지고 있어요
bleeding_worse	medical	피비침 점점 많아짐 ㅠㅠ
bleeding_worse	medical	spotting is getting heavier
bleeding_worse	medical	the bleeding is getting worse
bleeding_worse	medical	见红越来越多
bleeding_worse	medical	ra máu ngày càng nhiều
newborn	medical	혼자 낳았는데 아기가 울지 않아요
newborn	medical	아기가 안 울어요 방금 낳았어요
newborn	medical	애기가 울지도 않고 움직이지도 않아
newborn	medical	아기가 축 늘어져 있어요
newborn	medical	아기 몸이 흐물흐물해요 반응이 없어
newborn	medical	아기가 갑자기 축 처졌어요
newborn	medical	낳았는데 애가 소리를 안 내요
newborn	medical	the baby isn't crying after I gave birth
newborn	medical	my baby went limp
newborn	medical	the newborn is floppy and not responding
newborn	medical	宝宝生下来不哭
newborn	medical	宝宝浑身软软的没反应
newborn	medical	em bé không khóc sau khi sinh
newborn	medical	em bé mềm nhũn
self_harm	self_harm	ㅈㅅ하고 싶다
self_harm	self_harm	ㅈㅅㅎㄱㅅㄷ
self_harm	self_harm	ㅈㄱㅅㅇ
self_harm	self_harm	그만할래요 주변 정리 다 했어요
self_harm	self_harm	이제 끝낼래요 유서도 썼어요
self_harm	self_harm	다 정리했어 이제 그만할게
self_harm	self_harm	엄마한테 들키면 죽어버릴 거야
self_harm	self_harm	들키면 그냥 죽어버릴래요
self_harm	self_harm	남친이 알게 되면 확 죽어버릴 거야
self_harm	self_harm	이제 다 내려놓을게요 그동안 고마웠어요
self_harm	self_harm	what's the point of going on
self_harm	self_harm	I just want it all to stop
self_harm	self_harm	nobody would miss me if I was gone
self_harm	self_harm	everyone would be better off without me
self_harm	self_harm	I can't do this anymore
self_harm	self_harm	tôi không muốn sống nữa
self_harm	self_harm	em muốn kết thúc tất cả
self_harm	self_harm	撑不下去了
self_harm	self_harm	我想结束这一切
self_harm	self_harm	活着没意思
self_harm	self_harm	살 이유가 하나도 없어
self_harm	self_harm	나 하나 없어져도 아무도 모를 거야
self_harm	self_harm	그냥 다 놓고 싶다
self_harm	self_harm	내가 사라져도 아무도 신경 안 쓸 거야
self_harm	self_harm	이 세상에 미련 없어요
self_harm	self_harm	신변 정리 하고 있어요
self_harm	self_harm	그동안 고마웠어요 이제 안녕
self_harm	self_harm	살아있는 게 의미가 없어
self_harm	self_harm	죽는 게 답인 것 같아
self_harm	self_harm	I don't want to be here anymore
violence	violence	애 안 지우면 죽여버린대요
violence	violence	아기 안 지우면 죽인다고 했어요
violence	violence	지우지 않으면 배를 차버린대요
violence	violence	남친이 애 지우라고 때리고 협박해요
violence	violence	전남친이 집 앞에 와 있어 무서워
violence	violence	헤어진 남편이 지금 문 앞에 있어요 문 두드려요
violence	violence	그 사람이 우리 집 밖에서 기다리고 있어요
violence	violence	전 남자친구가 계속 문을 두드리면서 열라고 소리쳐요
violence	violence	돈 안 보내면 사진 뿌린대요
violence	violence	영상 유포한대요
violence	violence	돈 안 주면 동영상 인터넷에 올린대요
violence	violence	나체 사진 퍼뜨린다고 해요
violence	violence	그 사람 지금 집에 왔어요 술 먹으면 때려요
violence	violence	남편 지금 술 먹고 들어왔어요 술 마시면 손이 올라가요
violence	violence	he's home now and he hits me when he drinks
violence	violence	my ex is outside my door right now
violence	violence	he's banging on my door and I'm scared
violence	violence	he says he'll post my nudes if I don't pay
violence	violence	he's going to send my photos to everyone
violence	violence	他说不打掉孩子就杀了我
violence	violence	前男友在我家门口
violence	violence	anh ta dọa tung ảnh nóng của tôi
violence	violence	chồng cũ đang đứng trước cửa nhà tôi
violence	violence	애 안지우면 가만 안 둔다고 했어
child_safety	child_safety	애기 얼굴 보기도 싫어 없어졌으면
child_safety	child_safety	애 얼굴도 보기 싫어
child_safety	child_safety	아기 우는 소리 듣기 싫어서 얼굴에 이불 덮었어
child_safety	child_safety	울음 그치게 하려고 베개로 얼굴 덮었어요
child_safety	child_safety	아기 입을 손으로 막았어요
child_safety	child_safety	애기 하루 종일 아무것도 안 먹였어요
child_safety	child_safety	아기 분유를 이틀째 안 줬어
child_safety	medical	몰래 낳은 아기를 상자에 넣어뒀어요
child_safety	medical	아기를 가방에 넣었어요
child_safety	child_safety	교회 앞에 아기 두고 왔어요
child_safety	child_safety	누가 데려가게 병원 앞에 놓고 올까 해요
child_safety	child_safety	역 화장실에 놓고 오면 누가 데려가겠지
child_safety	child_safety	남의 집 문 앞에 두고 오려고요
child_safety	child_safety	아기를 세게 흔들었어
child_safety	child_safety	울음 안 그쳐서 애기를 막 흔들었어요
child_safety	child_safety	I want to shake her until she stops crying
child_safety	child_safety	I shook the baby hard
child_safety	child_safety	I put a pillow over her face to make her stop crying
child_safety	child_safety	I haven't fed the baby since yesterday
child_safety	medical	I put the baby in a box
child_safety	child_safety	I'll leave it in front of the hospital so someone takes it
child_safety	child_safety	我想把孩子扔了
child_safety	child_safety	不要这个孩子了
child_safety	child_safety	把孩子放在医院门口
child_safety	child_safety	tôi muốn bỏ con
child_safety	child_safety	tôi sẽ vứt con đi
child_safety	child_safety	để con trước cửa chùa rồi đi
fetal_kicks	none	아기가 배 속에서 발로 차서 잠을 못 자요 ㅋㅋ
fetal_kicks	none	宝宝一直在肚子里踢我
fetal_kicks	none	애기가 배를 뻥뻥 차요
fetal_kicks	none	뱃속 아기가 갈비뼈를 차서 아파요
fetal_kicks	none	태아가 자꾸 방광을 발로 차요
fetal_kicks	none	the baby keeps kicking me in the ribs
fetal_kicks	none	em bé đạp bụng tôi suốt đêm
fetal_kicks	none	宝宝踢得我睡不着
fetal_kicks	none	애기가 발로 차서 잠을 못 잤어
fetal_kicks	none	아기가 배를 차서 깜짝 놀랐어요 ㅎㅎ
preeclampsia	medical	30주 임산부인데 두통이 너무 심하고 앞이 뿌옇게 보여요
preeclampsia	medical	머리가 지끈지끈하고 눈이 자꾸 침침해요 36주
preeclampsia	medical	얼굴이 갑자기 퉁퉁 붓고 머리가 깨질듯이 아파요
preeclampsia	medical	두통약 먹어도 안 낫고 눈앞에 뭔가 번쩍거려
preeclampsia	medical	머리아프고 시야가 흐림
preeclampsia	medical	손발이 너무 붓고 두통이 계속돼요 혈압도 높대요
preeclampsia	medical	명치가 아프고 두통이 있어요 33주
preeclampsia	medical	my head is pounding and everything looks blurry
preeclampsia	medical	bad headache and I keep seeing spots, 35 weeks pregnant
preeclampsia	medical	头疼得厉害，眼前发黑
belly_blow	medical	계단에서 미끄러졌어요 임신 7개월이에요
belly_blow	medical	넘어졌는데 배가 땅에 쿵 했어요
belly_blow	medical	배를 세게 부딪혔어 어떡해
belly_blow	medical	문에 배를 박았는데 아래에서 피가 나요
belly_blow	medical	교통사고 났는데 배가 아파요 임신중이에요
belly_blow	medical	아이가 뛰어오다가 제 배를 머리로 박았어요 배가 계속 아파요
belly_blow	medical	I slipped in the shower and landed on my stomach
belly_blow	medical	I tripped and fell on my bump
belly_blow	medical	我摔了一跤，肚子先着地
medication	medical	혈압약을 실수로 먹었는데 어지럽고 숨이 차요
medication	medical	약을 헷갈려서 두번 먹었더니 토할것같아요
medication	medical	모르고 남편 수면제를 먹었는데 정신이 몽롱해요
medication	medical	아기가 타이레놀을 삼켰어요
medication	medical	애기가 건전지를 삼킨 것 같아요
medication	medical	락스를 실수로 마셨어요
medication	medical	I took my husband's blood pressure pills by mistake and I feel faint
medication	medical	my toddler swallowed some pills
postpartum_fever	medical	제왕절개 하고 나서 열이 39도까지 올라요
postpartum_fever	medical	출산한지 5일 됐는데 오한이 심해요
postpartum_fever	medical	애기 낳고 나서 열이 안 떨어져요 38.5도예요
postpartum_fever	medical	출산 후 오로에서 악취가 나고 열나요
postpartum_fever	medical	유산하고 나서 열이 계속 나요
postpartum_fever	medical	열이 40도예요 임신 20주예요
postpartum_fever	medical	postpartum and I have a temperature of 39.5
postpartum_fever	medical	I had a c-section last week and now I have chills and fever
preterm	medical	31주인데 배가 계속 딱딱하게 뭉쳐요
preterm	medical	34주 배뭉침이 10분 간격으로 와요
preterm	medical	아직 32주밖에 안됐는데 생리통처럼 아프고 배가 뭉쳐요
preterm	medical	27주 배뭉침 자꾸와요 ㅠ
preterm	medical	7개월인데 배가 자꾸 단단해지고 아파요
preterm	medical	I'm 32 weeks and having contractions
preterm	medical	only 30 weeks and my stomach keeps getting hard every few minutes
bleeding_worse	medical	피비침이 점점 빨개지고 양도 많아져요
bleeding_worse	medical	처음엔 갈색이었는데 지금은 선홍색 피가 나와요
bleeding_worse	medical	피가 아까보다 더 많이 나요
bleeding_worse	medical	출혈이 갈수록 늘어요
bleeding_worse	medical	my spotting turned bright red and it's getting heavier
bleeding_worse	medical	出血越来越多了怎么办
newborn	medical	방금 낳았는데 애기가 숨을 안쉬는거 같아요
newborn	medical	아기가 축 늘어지고 깨워도 안 일어나요
newborn	medical	아기 입술이 파래졌어요
newborn	medical	애기가 반응이 없어요
newborn	medical	아기가 몸이 차갑고 안 움직여요
newborn	medical	the baby is born but not crying or breathing
newborn	medical	my newborn is limp and won't wake up
newborn	medical	宝宝叫不醒
self_harm	self_harm	ㅈㅅ충동이 너무 심해요
self_harm	self_harm	ㅈㅅ 생각밖에 안나
self_harm	self_harm	자ㅅ하고싶어
self_harm	self_harm	죽고싶다 진짜
self_harm	self_harm	ㅈㄱㅅㄷ
self_harm	self_harm	사는 게 의미가 없어요
self_harm	self_harm	이제 그만 살래
self_harm	self_harm	나 없어도 아무도 안 슬퍼할 거야
self_harm	self_harm	살아야 할 이유를 모르겠어요
self_harm	self_harm	다 끝내버리고 싶다
self_harm	self_harm	내일 아침에 눈 안 떴으면 좋겠어
self_harm	self_harm	아빠한테 들키면 그냥 뛰어내릴 거예요
self_harm	self_harm	임신한 거 알려지면 죽어버릴 거예요
self_harm	self_harm	주변 정리 다 했어요 이제 끝낼게요
self_harm	self_harm	유서 써놨어
self_harm	self_harm	I want to go to sleep and never wake up
self_harm	self_harm	I'm done. I can't take it anymore
self_harm	self_harm	there's no point in living anymore
self_harm	self_harm	everyone would be happier if I was dead
self_harm	self_harm	I don't want to exist anymore
self_harm	self_harm	I have nothing left to live for
self_harm	self_harm	tôi muốn chết đi cho xong
self_harm	self_harm	sống không còn ý nghĩa gì nữa
self_harm	self_harm	我真的撑不下去了
self_harm	self_harm	活着太累了，不想活了
self_harm	self_harm	我想离开这个世界
violence	violence	낙태 안 하면 죽인대요
violence	violence	애 낳으면 가만 안 둔다고 협박했어요
violence	violence	아기 지우라고 배를 때렸어요
violence	violence	전남편이 계속 집 앞에서 기다려요
violence	violence	헤어진 남친이 현관문 비밀번호를 누르고 있어요
violence	violence	그놈이 또 찾아왔어요 무서워요
violence	violence	남친이 우리 성관계 영상 유포하겠대요
violence	violence	300만원 안 보내면 동영상 뿌린다고 협박해요
violence	violence	헤어지면 사진 다 올릴거래
violence	violence	남편 술만 먹으면 개가 돼요 때려요
violence	violence	my ex is waiting outside my apartment
violence	violence	he keeps banging on the door, I'm hiding in the bathroom
violence	violence	my ex is threatening to post nude photos of me
violence	violence	he said he'll kill me if I don't get an abortion
violence	violence	前男友一直在我家楼下等我
violence	violence	他威胁我，如果不给钱就把裸照发出去
violence	violence	chồng cũ đang đập cửa nhà tôi
child_safety	child_safety	애기 얼굴만 봐도 화가 나고 없어졌으면 좋겠어
child_safety	child_safety	아기가 울어서 이불로 얼굴을 덮어버렸어요
child_safety	child_safety	애기 입 막았어 너무 울어서
child_safety	child_safety	애기 분유 어제부터 안 줬어요
child_safety	child_safety	아기를 이틀 동안 굶겼어요
child_safety	medical	낳은 아기를 비닐봉지에 넣었어요
child_safety	medical	아기 박스에 넣어서 숨겨놨어
child_safety	child_safety	병원 앞에 애기 두고 갈 거예요
child_safety	child_safety	보육원 앞에 놓고 오려고 해요
child_safety	child_safety	누가 키워주겠지 하고 교회 앞에 두고 왔어요
child_safety	child_safety	아기를 너무 세게 흔들었는데 괜찮을까요
child_safety	child_safety	애가 안 그쳐서 흔들어버렸어
child_safety	child_safety	I covered the baby's face with a blanket so she'd stop crying
child_safety	child_safety	I haven't fed him since yesterday
child_safety	child_safety	I want to leave the baby at the fire station
child_safety	child_safety	I shook my baby because he wouldn't stop crying
child_safety	child_safety	我想把孩子放在医院门口
child_safety	child_safety	孩子生下来我就扔掉
child_safety	child_safety	tôi muốn bỏ con ở trước cửa bệnh viện
child_safety	child_safety	tôi đã để con trước cửa nhà người ta
preeclampsia	medical	머리가 넘 아파서 토할거같고 눈이 잘 안보여
preeclampsia	medical	머리 아프고 눈앞이 깜빡깜빡해요
preeclampsia	medical	얼굴이랑 손이 갑자기 엄청 부었어요
preeclampsia	medical	혈압 170 나왔어요
preeclampsia	medical	I've had a splitting headache all day and now my vision is blurry
belly_blow	medical	배 부딪쳤어요 괜찮을까요 피는 안나요
belly_blow	medical	남편이 실수로 팔꿈치로 배를 쳤어요 배가 아파요
belly_blow	medical	넘어져서 배 쪽으로 떨어졌어요
belly_blow	medical	계단에서 굴렀어
belly_blow	medical	차에 치였어요 임신 중이에요
medication	medical	약을 잘못 먹어서 토하고 있어요
medication	medical	감기약을 두 번 먹었는데 심장이 두근거려요
medication	medical	실수로 락스 탄 물을 마셨어요
postpartum_fever	medical	애 낳고 열이 펄펄 나
postpartum_fever	medical	출산 후 일주일인데 오한이 나고 열이 39도
postpartum_fever	medical	제왕절개 부위에서 고름이 나와요
preterm	medical	29주 배 뭉침 계속 돼요 ㅠ
preterm	medical	25주인데 배가 주기적으로 딱딱해져요
preterm	medical	조기진통이 온 것 같아요
bleeding_worse	medical	피가 점점 많이 나와요
bleeding_worse	medical	피비침이 계속 늘어나요 빨간색이에요
newborn	medical	애기가 숨을 안 쉬는 것 같아
newborn	medical	아기가 축 쳐져서 반응이 없어요
newborn	medical	방금 낳은 아기가 울지를 않아요
self_harm	self_harm	죽고시퍼
self_harm	self_harm	주글래
self_harm	self_harm	살기 싫다 진심
self_harm	self_harm	그냥 다 포기하고 싶어 죽고 싶어
self_harm	self_harm	엄마한테 들키면 진짜 죽어버릴거임
self_harm	self_harm	죽을 거야 들키면
self_harm	self_harm	ㅈㅅ하려고 약 모았어
self_harm	self_harm	세상에 미련이 하나도 없어
self_harm	self_harm	살 이유가 없다
self_harm	self_harm	아무도 나 없어도 모를 거야
self_harm	self_harm	no point in living anymore
self_harm	self_harm	I wish I could just disappear
self_harm	self_harm	I can't go on anymore
self_harm	self_harm	tôi muốn kết thúc cuộc đời mình
self_harm	self_harm	不想活下去了
self_harm	self_harm	活着还有什么意思
violence	violence	남친이 애 지우지 않으면 죽여버리겠대
violence	violence	임신했다니까 죽여버린다고 했어요
violence	violence	전남친이 우리집 찾아와서 문 쾅쾅 두드려
violence	violence	헤어진 남친이 계속 집 밑에서 기다려요
violence	violence	돈 안 주면 내 사진 뿌린대
violence	violence	영상 퍼뜨린다고 협박해
violence	violence	남편이 술 취해서 들어왔는데 무서워요
violence	violence	my boyfriend said he'd hurt me if I keep the baby
violence	violence	he's outside my house right now and won't leave
violence	violence	他说要把我们的视频发到网上
child_safety	child_safety	애기 꼴도 보기 싫어
child_safety	child_safety	아기가 너무 싫어요 없어졌으면 좋겠어요
child_safety	child_safety	애가 울 때마다 베개로 얼굴 눌러버리고 싶어
child_safety	child_safety	애기 밥 이틀째 안 먹였어
child_safety	child_safety	신생아를 종이가방에 넣어서 버렸어요
child_safety	child_safety	성당 앞에 애기 두고 올까
child_safety	child_safety	아기 막 흔들었어 울음 그치라고
child_safety	child_safety	I left my newborn outside a church
child_safety	child_safety	I want to shake the baby so hard
child_safety	child_safety	把宝宝丢在路边了
child_safety	child_safety	tôi muốn vứt bỏ con
calm_preeclampsia	none	임신 중 두통약 먹어도 되나요
calm_preeclampsia	none	머리가 조금 아파요
calm_preeclampsia	none	요즘 눈이 좀 침침해요
calm_preeclampsia	none	다리가 좀 부었어요 정상인가요
calm_preeclampsia	none	발이 부어서 신발이 안 맞아요
calm_preeclampsia	none	두통이 있으면 어떻게 해요?
calm_preeclampsia	none	임신중독증 증상이 뭐예요?
calm_preeclampsia	none	혈압이 조금 높대요
calm_preeclampsia	none	is swelling normal in pregnancy
calm_preeclampsia	none	what are the signs of preeclampsia
calm_preeclampsia	none	I have a mild headache
calm_preeclampsia	none	头有点痛
calm_belly_blow	none	배를 부딪힐까 봐 걱정돼요
calm_belly_blow	none	배에 주사 맞았어요
calm_belly_blow	none	배에 침 맞았어요
calm_belly_blow	none	넘어지면 아기한테 위험한가요?
calm_belly_blow	none	배 맞춤 옷 어디서 사요
calm_belly_blow	none	아이 배에 부딪혀도 괜찮나요 궁금해서요
calm_belly_blow	none	what if I fall while pregnant
calm_belly_blow	none	배에 보습크림 발랐어요
calm_medication	none	입덧 때문에 토하고 어지러워요
calm_medication	none	임신 초기라 토하고 어지러워요
calm_medication	none	약을 잘못 먹은 것 같은데 괜찮을까요
calm_medication	none	약 먹고 토하면 다시 먹어야 하나요
calm_medication	none	I feel dizzy and nauseous in the morning
calm_medication	none	morning sickness is making me vomit
calm_medication	none	어지러운데 철분제 먹어야 하나요
calm_postpartum_fever	none	출산 후 열이 나면 어떻게 해요?
calm_postpartum_fever	none	산후조리 때 몸이 추워요
calm_postpartum_fever	none	열이 조금 있어요 37.5도
calm_postpartum_fever	none	출산 후에 땀이 많이 나요
calm_postpartum_fever	none	what to do about a fever after birth
calm_postpartum_fever	none	낳은 지 한 달인데 몸이 으슬으슬해요
calm_preterm	none	배뭉침이 뭐예요?
calm_preterm	none	가끔 배가 뭉쳐요 정상인가요
calm_preterm	none	배뭉침 있으면 병원 가야 하나요
calm_preterm	none	배가 뭉치면 어떻게 해요
calm_preterm	none	38주인데 배가 가끔 뭉쳐요
calm_preterm	none	Braxton Hicks are normal right?
calm_bleeding_worse	none	피비침이 있다가 멈췄어요
calm_bleeding_worse	none	피비침 있으면 병원 가야 해요?
calm_bleeding_worse	none	갈색 피가 조금 묻어나요
calm_bleeding_worse	none	피비침이 줄어들었어요
calm_bleeding_worse	none	is spotting normal at 8 weeks
calm_newborn	none	아기가 안 울고 잘 자요
calm_newborn	none	아기가 울지 않고 순해요
calm_newborn	none	아기가 밤에 안 울어요
calm_newborn	none	아기 목욕 후에 축 늘어져 자요
calm_newborn	none	my baby is so calm and never cries
calm_newborn	none	아기가 너무 울어요
calm_newborn	none	아기가 잘 안 울어서 걱정이에요 원래 순한 건가요
calm_self_harm	none	ㅈㅅ합니다
calm_self_harm	none	ㅈㅅㅈㅅ 늦었어요
calm_self_harm	none	상담 그만할래요
calm_self_harm	none	이제 그만할게요 고마워요
calm_self_harm	none	짐 정리 다 했어요
calm_self_harm	none	주변 정리 좀 하고 올게요
calm_self_harm	none	엄마한테 들키면 죽을지도 몰라요 ㅋㅋ
calm_self_harm	none	엄마가 알면 나 죽일 거예요
calm_self_harm	none	what's the point of going to the hospital
calm_self_harm	none	I just want the nausea to stop
calm_self_harm	none	I can't do this job anymore
calm_self_harm	none	nobody would notice if I was late
calm_self_harm	none	我想结束这段关系
calm_self_harm	none	tôi muốn kết thúc mối quan hệ này
calm_self_harm	none	撑不下去的时候怎么办
calm_self_harm	none	유서깊은 동네예요
calm_self_harm	none	이제 그만 할래 숙제 너무 많아
calm_violence	none	집 앞에 택배 와 있어요
calm_violence	none	남편 지금 집에 왔어요
calm_violence	none	엄마가 문 앞에 와 있어
calm_violence	none	사진 보내드릴까요
calm_violence	none	애 안 지우면 헤어진대요
calm_violence	none	남친이 지우라고 해요
calm_violence	none	초음파 사진 가족한테 보냈어요
calm_violence	none	he's home now
calm_violence	none	my mom is outside the door
calm_violence	none	can you send me the photos
calm_violence	none	my husband drinks a lot
calm_violence	none	동영상 올려도 돼요?
calm_violence	none	영상 보내줄게
calm_child_safety	none	아기 얼굴 보고 싶어요
calm_child_safety	none	아기 이불 덮어줘도 돼요?
calm_child_safety	none	아기 얼굴에 이불이 덮일까봐 걱정돼요
calm_child_safety	none	아기 재울 때 흔들어줘도 되나요
calm_child_safety	none	아기 분유 하루에 몇 번 줘요
calm_child_safety	none	아기 옷 상자에 넣어 정리했어요
calm_child_safety	none	아기 가방 챙겼어요
calm_child_safety	none	교회 앞에서 만나요
calm_child_safety	none	병원 앞에 주차했어요
calm_child_safety	none	I shake the bottle before feeding
calm_child_safety	none	how often should I feed the baby
calm_child_safety	none	baby sleeping bag recommendations
calm_child_safety	none	我不要这个工作了
calm_child_safety	none	tôi bỏ việc rồi
calm_child_safety	none	아기가 분유를 하루 종일 안 먹어요
calm_child_safety	none	애기가 이틀째 잘 안 먹어요
calm_preeclampsia	none	두통이 있는데 타이레놀 먹어도 되나요
calm_preeclampsia	none	머리가 아파서 눈 좀 붙였어요
calm_preeclampsia	none	요즘 머리가 자주 아파요
calm_preeclampsia	none	눈이 침침한데 임신 때문인가요
calm_preeclampsia	none	발이 부어서 압박스타킹 신어요
calm_preeclampsia	none	자고 일어나니 얼굴이 부었어요
calm_preeclampsia	none	임신중독증 검사는 언제 해요
calm_preeclampsia	none	혈압 재는 법 알려주세요
calm_preeclampsia	none	머리가 아프고 코가 막혀요
calm_preeclampsia	none	I have a headache and a runny nose
calm_preeclampsia	none	my feet are swollen at the end of the day
calm_belly_blow	none	배가 자꾸 가구에 부딪힐까 봐 걱정이에요
calm_belly_blow	none	임신 중에 넘어지면 어떻게 해요
calm_belly_blow	none	계단 오르내리기 힘들어요
calm_belly_blow	none	교통사고 보험 처리 궁금해요
calm_belly_blow	none	작년에 교통사고가 났었어요
calm_belly_blow	none	배에 크림 바르다가 튼살 봤어요
calm_belly_blow	none	배를 타고 여행 가도 되나요
calm_belly_blow	none	배 맞춤 임부복 추천해주세요
calm_belly_blow	none	I fell asleep on my stomach
calm_belly_blow	none	I'm scared of falling down the stairs
calm_belly_blow	none	he fell in love with someone else
calm_medication	none	약 먹고 속이 안 좋아요 입덧인가요
calm_medication	none	철분제 먹으면 변비가 생겨요
calm_medication	none	임신인 줄 모르고 감기약 먹었어요 괜찮을까요
calm_medication	none	약을 잘못 먹은 것 같아요 임신 중에 먹으면 안 되는 약인가요
calm_medication	none	세제 냄새 맡아도 괜찮아요?
calm_medication	none	아기 약 먹이는 법
calm_medication	none	I took my prenatal vitamin twice by mistake, is that ok
calm_postpartum_fever	none	출산 후 열이 나면 병원 가야 해요?
calm_postpartum_fever	none	아기가 열이 37.8도예요
calm_postpartum_fever	none	열심히 운동했어요
calm_postpartum_fever	none	출산 예정일인데 문을 열어놨어요
calm_postpartum_fever	none	출산 후 몸이 떨리는 게 정상인가요
calm_postpartum_fever	none	오늘 날씨가 39도래요 너무 더워요
calm_postpartum_fever	none	산후조리원 열 곳 알아봤어요
calm_postpartum_fever	none	what should I do if I get a fever after birth
calm_preterm	none	배뭉침이 정상인가요
calm_preterm	none	30주인데 배뭉침 있으면 어떻게 해요?
calm_preterm	none	32주 태교 여행 가도 될까요
calm_preterm	none	30주인데 진통이 무서워요
calm_preterm	none	28주 정기검진 다녀왔어요
calm_preterm	none	33주인데 배가 많이 나왔어요
calm_preterm	none	at 30 weeks what do Braxton Hicks feel like
calm_bleeding_worse	none	피비침이 조금 있다가 멈췄어요
calm_bleeding_worse	none	피곤이 점점 심해져요
calm_bleeding_worse	none	피부가 점점 빨개져요 가려워요
calm_bleeding_worse	none	피검사 결과가 점점 좋아져요
calm_bleeding_worse	none	출혈이 많아지면 어떻게 해요
calm_bleeding_worse	none	is it normal if spotting gets heavier
calm_newborn	none	아기가 잘 자고 안 울어요
calm_newborn	none	신생아가 울지 않고 잘 먹어요
calm_newborn	none	아기 낳은 지 백일인데 잘 안 울어요
calm_newborn	none	아기가 놀다가 축 늘어져서 자요
calm_newborn	none	방금 낳았는데 너무 예뻐요
calm_newborn	none	the baby finally stopped crying and is asleep
calm_self_harm	none	ㅈㅅ해요 늦었죠
calm_self_harm	none	ㅈㅅ합니다 제가 착각했어요
calm_self_harm	none	정리 다 했어요 이사 준비 끝
calm_self_harm	none	이제 그만할게요 다음에 또 올게요
calm_self_harm	none	마지막으로 하나만 물어볼게요
calm_self_harm	none	마지막으로 고마웠다고 전하고 싶어요 담당 선생님께
calm_self_harm	none	다 내려놓고 쉬고 싶어요 여행 가고 싶다
calm_self_harm	none	그 사람한테 미련 없어요
calm_self_harm	none	엄마한테 들키면 혼날 거예요
calm_self_harm	none	엄마가 알면 기절할 거예요
calm_self_harm	none	I can't do this pregnancy diet anymore
calm_self_harm	none	what's the point of going to prenatal classes
calm_self_harm	none	no point in going on about it
calm_self_harm	none	我想结束这个话题
calm_self_harm	none	活着真好
calm_self_harm	none	tôi muốn kết thúc cuộc trò chuyện
calm_violence	none	택배가 문 앞에 와 있어요
calm_violence	none	남편이 집 앞에 도착했대요 같이 병원 가요
calm_violence	none	엄마가 집 앞에서 기다리고 있어요
calm_violence	none	아기 사진 인스타에 올려도 될까요
calm_violence	none	초음파 영상 가족 단톡방에 올렸어요
calm_violence	none	헤어진 남친이 아기 소식을 물어봐요
calm_violence	none	전남친 사진을 다 지웠어요
calm_violence	none	남편이 술을 좋아해요
calm_violence	none	my husband is home now, he'll take me to the hospital
calm_violence	none	someone is knocking on the door
calm_violence	none	my ex texted me happy birthday
calm_child_safety	none	아기 얼굴 보면 너무 귀여워요
calm_child_safety	none	아기 재울 때 이불 얼굴까지 덮어도 되나요?
calm_child_safety	none	아기가 분유를 안 먹어요 하루 종일
calm_child_safety	none	아기 옷을 상자에 넣어 보관해요
calm_child_safety	none	아기 용품 가방에 넣었어요
calm_child_safety	none	교회 앞에 차 두고 왔어요
calm_child_safety	none	병원 앞에 우산 두고 왔어요
calm_child_safety	none	아기 흔들의자 추천해 주세요
calm_child_safety	none	아기 목욕 시키다가 흔들었더니 잠들었어요
calm_child_safety	none	I put the baby in her crib
calm_child_safety	none	I'm afraid the blanket will cover her face
calm_child_safety	none	how long can a newborn go without feeding
calm_child_safety	none	我把孩子放在婴儿床里了
calm_child_safety	none	tôi bỏ con vào nôi rồi
calm_mixed	none	머리가 아파서 일찍 잤어요
calm_mixed	none	눈이 부었어요 어제 울어서
calm_mixed	none	혈압 정상이래요 120
calm_mixed	none	배에 주사 맞는 게 무서워요
calm_mixed	none	계단 오르기 운동 해도 되나요
calm_mixed	none	넘어질 뻔했어요 다행히 괜찮아요
calm_mixed	none	약 먹고 토하면 다시 먹어야 해요?
calm_mixed	none	열이 37.2도인데 괜찮나요
calm_mixed	none	조산 위험 있다고 들었는데 예방법 있나요
calm_mixed	none	피비침이 멈췄어요 다행이에요
calm_mixed	none	아기가 잘 안 울고 잘 자요 정상인가요
calm_mixed	none	ㅈㅅ ㅈㅅ 답장 늦었어요
calm_mixed	none	이제 그만 물어볼게요 감사해요
calm_mixed	none	엄마한테 들키면 어떡하죠
calm_mixed	none	나 없어도 남편은 잘 지낼 거예요 출장 가요
calm_mixed	none	no point in worrying about it
calm_mixed	none	I can't go on the trip anymore
calm_mixed	none	他说要把照片发给我
calm_mixed	none	전남친한테 연락이 왔어요
calm_mixed	none	전남편이 양육비를 안 줘요
calm_mixed	none	남편이 문 앞에서 기다려요 같이 병원 가요
calm_mixed	none	아기 얼굴 보고 싶어 죽겠어요
calm_mixed	none	아기 울음소리가 커요
calm_mixed	none	아기 분유를 안 먹어서 걱정돼요
calm_mixed	none	아기 옷 종이가방에 넣어서 보냈어요
calm_mixed	none	성당 앞에서 사진 찍었어요
calm_mixed	none	아기 흔들어 재우면 안 되나요
calm_mixed	none	I love shaking my baby's rattle for her
calm_mixed	none	宝宝在肚子里踢得好厉害
calm_mixed	none	em bé đạp nhiều quá
calm_mixed	none	혼자 살아서 외로워요
calm_mixed	none	건강 간식 뭐가 좋아요
calm_mixed	none	사실 신경이 많이 쓰여요
calm_mixed	none	친구 타고 온 차
calm_mixed	none	재미 행복 다 잃었어요
calm_mixed	none	출산 후 땀이 많이 나요 정상인가요
calm_mixed	none	출산 전에 열이 나면 어떡해요
calm_mixed	none	28주 정기검진 때 배뭉침 얘기 해야겠어요
calm_mixed	none	배뭉침이 있으면 눕는 게 좋나요
calm_collision	none	혼자 살고 있어요
calm_collision	none	원룸에서 혼자 살아서 무서워요
calm_collision	none	여자 살 빼는 법
calm_collision	none	헤어지자 해서 울었어요
calm_collision	none	남친이 같이 키우자 해도 자신이 없어요
calm_collision	none	혼자 해도 되나요
calm_collision	none	과자 살게요
calm_collision	none	사실 신경 쓰여요
calm_collision	none	화장실 신발 어디 있어요
calm_collision	none	임산부 건강 간식 추천
calm_collision	none	한강 간 적 있어요
calm_collision	none	친구 타고 왔어요
calm_collision	none	수학 대회 나갔어요
calm_collision	none	마음 독하게 먹었어요
calm_collision	none	자신감 금방 생겨요
calm_collision	none	과목 졸업 요건
calm_collision	none	주위 협조가 필요해요
calm_collision	none	아기한테 사랑 주고 싶어
calm_collision	none	엄마한테 돈 주고 싶어요
calm_collision	none	줍고 싶은 조개
calm_collision	none	Can a single mom register the birth alone?
fetal_kicks	none	아기가 제 배를 발로 찼어요 ㅋㅋ
fetal_kicks	none	뱃속에서 아기가 주먹질하는 느낌이에요
fetal_kicks	none	태동이 너무 세서 배를 차는 것 같아요
fetal_kicks	violence	남편이 배를 발로 찼어요
fetal_kicks	violence	남편이 아기가 있는 제 배를 발로 찼어요
fetal_kicks	violence	아기가 제 배에 있는데 남편이 발로 찼어요
calm_hit	none	모기 때려잡았어요 ㅋㅋ
calm_hit	none	아기가 제 얼굴을 때려요 ㅋㅋ
calm_hit	violence	남친이 때려요 ㅋㅋ 진짜 무서워
calm_hit	violence	남친이 모기 잡듯이 저를 때려요
calm_hit	child_safety	남편이 아기를 때려요
calm_faint	none	너무 놀라서 기절할 뻔했어요 ㅋㅋ
calm_faint	none	쓰러질 듯이 졸려요 ㅋㅋ
calm_faint	none	코가 막혀서 숨쉬기 힘들어요
calm_faint	medical	기절했다가 깼어요 피가 나요
calm_faint	medical	숨을 못 쉬겠어요 가슴이 조여요
calm_faint	medical	쓰러질 듯이 어지러워요
calm_faint	medical	숨이 막혀요 숨쉬기 힘들어요
calm_bleeding_question	none	출산하면 피가 많이 나나요?
calm_bleeding_question	none	하혈과 생리 구분하는 법
calm_bleeding_question	none	출혈이 많으면 어떻게 해야 하나요? 미리 알아두려고요
calm_bleeding_question	medical	피가 너무 많이 나요
calm_bleeding_question	medical	피가 많이 나는데 정상인가요
calm_bleeding_question	medical	하혈이 계속돼요 생리랑 달라요
calm_child_care	none	아기 울 때 안고 흔들어주면 되나요
calm_child_care	none	아기 혼자 두고 화장실 가도 돼요?
calm_child_care	medical	아기를 세게 흔들었는데 축 처졌어요
calm_child_care	child_safety	아기 울 때 막 흔들어주면 되나요
calm_child_care	child_safety	아기가 안 그쳐서 세게 흔들어줬어요
calm_child_care	child_safety	아기 혼자 두고 나왔어요 며칠째 못 갔어요
"""


def _families() -> list[object]:
    rows = [line.split("\t") for line in FAMILIES.strip().splitlines()]
    return [
        pytest.param(text, Risk(risk), id=f"{family}-{i:03d}")
        for i, (family, risk, text) in enumerate(rows)
    ]


def _more() -> list[object]:
    rows = [line.split("\t") for line in MORE.strip().splitlines()]
    return [
        pytest.param(text, Risk(risk), id=f"more-{i:03d}-{risk}")
        for i, (risk, text) in enumerate(rows)
    ]


@pytest.mark.parametrize(("text", "risk"), CRISIS)
def test_crisis_message_fires_its_risk(text: str, risk: Risk, lexicon: Lexicon) -> None:
    """A crisis message, however it is spelled, fires the risk a counselor would pick."""
    assert _risk(text, lexicon) == risk


@pytest.mark.parametrize("text", CALM)
def test_calm_look_alike_does_not_fire(text: str, lexicon: Lexicon) -> None:
    """Hyperbole and words that merely contain a trigger do not raise an alarm."""
    assert triage(text, lexicon) is None


@pytest.mark.parametrize(("text", "risk"), _more())
def test_more_messages_get_the_expected_risk(text: str, risk: Risk, lexicon: Lexicon) -> None:
    """Crisis messages fire their risk and calm ones (risk none) stay calm."""
    assert _risk(text, lexicon) == risk


@pytest.mark.parametrize(("text", "risk"), _families())
def test_family_messages_get_the_expected_risk(text: str, risk: Risk, lexicon: Lexicon) -> None:
    """Indirect and euphemistic crisis phrasings fire their risk; their look-alikes stay calm."""
    assert _risk(text, lexicon) == risk


def _sample() -> list[tuple[str, list[str]]]:
    if not SAMPLE_PATH.exists():
        return []
    rows = [json.loads(line) for line in SAMPLE_PATH.read_text("utf-8").splitlines() if line]
    return [(row["text"], row["risk"]) for row in rows]


@pytest.mark.skipif(not SAMPLE_PATH.exists(), reason="../shared/eval is not next to the repo")
@pytest.mark.parametrize(("text", "allowed"), _sample())
def test_shared_risk_sample(text: str, allowed: list[str], lexicon: Lexicon) -> None:
    """Every line of the shared risk sample gets one of its allowed labels."""
    assert _risk(text, lexicon).value in allowed


def test_hit_names_the_rule_that_fired(lexicon: Lexicon) -> None:
    """A hit carries the risk and the id of the rule, for the audit log."""
    assert triage("양수가 터졌어요", lexicon) == TriageHit(Risk.MEDICAL, "medical.ko.waters")


def test_priority_puts_the_body_first() -> None:
    """Medical outranks child safety, which outranks self-harm, which outranks violence."""
    assert PRIORITY == (Risk.MEDICAL, Risk.CHILD_SAFETY, Risk.SELF_HARM, Risk.VIOLENCE)


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200b", "?!…", "ㅠㅠ"])
def test_empty_or_symbol_only_text_is_calm(text: str, lexicon: Lexicon) -> None:
    """Text without words triggers nothing."""
    assert triage(text, lexicon) is None


def test_guard_cancels_only_the_match_it_touches(lexicon: Lexicon) -> None:
    """A harmless neighbour far from a second, real trigger does not cancel it."""
    text = "어제 예방접종 맞았어요. 그리고 오늘은 남편한테 맞았어요"
    assert _risk(text, lexicon) == Risk.VIOLENCE


def test_crisis_inside_a_long_message_is_found(lexicon: Lexicon) -> None:
    """A crisis sentence buried in a long message still fires."""
    text = "임신 관련 질문이 많아요. " * 100 + "사실 요즘 죽고 싶어요. " + "감사합니다. " * 100
    assert _risk(text, lexicon) == Risk.SELF_HARM


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_triaged_without_error(text: str) -> None:
    """Any Unicode text, however odd, gives a hit or None, never an exception."""
    hit = triage(text, SHIPPED)
    assert hit is None or hit.risk in PRIORITY


def test_headache_alone_is_calm_but_with_flashing_sight_is_medical(lexicon: Lexicon) -> None:
    """A headache is a crisis only together with a second sign of pre-eclampsia."""
    assert triage("머리가 너무 아파요", lexicon) is None
    hit = triage("머리가 너무 아프고 눈앞이 번쩍거려요", lexicon)
    assert hit == TriageHit(Risk.MEDICAL, "medical.ko.preeclampsia")


def test_a_rule_runs_only_on_text_in_its_script(lexicon: Lexicon) -> None:
    """A Korean rule skips a message without Hangul; English inside Korean text still fires."""
    rule = {"id": "medical.ko.digits", "risk": "medical", "lang": "ko", "regex": ["[0-9]{3}"]}
    digits = LexiconFile.model_validate({"rule": [rule]}).lexicon()
    assert triage("119 119", digits) is None
    assert triage("119 불러주세요", digits) == TriageHit(Risk.MEDICAL, "medical.ko.digits")
    assert _risk("요즘 진짜 i want to die", lexicon) == Risk.SELF_HARM
