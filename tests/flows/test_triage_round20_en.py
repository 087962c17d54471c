"""Round 20 (issue 14), English: the families six outside writers' pools still hid.

The round-20 pools (`tests/eval/risk-train25..30.jsonl`) left 42 English crises missed or
answered with the wrong risk. English rules now close their families: the waters said broken or
gone in other words, a household poison drunk from a decanted bottle, a handful of sleeping
tablets taken and now a racing heart, vomiting with nothing kept down and confusion, a newborn
who makes no sound after a birth alone (medical); a baby held over a railing or by an open
window, pictured dropped, sold or handed over for money or with no paperwork, thrown or hit,
not fed on purpose, called a devil, wanted gone, left alone most of the day, marked again and
again, left with strangers, or taken along by a mother who means to go (child safety); pills
kept and counted for tonight, standing on a bridge now, a photo on a platform, a rope asked
for, a lethal dose searched, "this time properly", the last time you'll hear my voice
(self-harm); slaps, "kick it out of me", forced pills to lose the baby, shut in and threatened
with fire, forced into a room, immigration threats, marks on her neck, an ex who keeps showing
up (violence). A blackout after being choked and a blow to the belly from him now answer as
violence; a baby to be put in a box once born as child safety. Every sentence here was written
for these tests. Run by `test_triage_families.py`.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("her waters have gone and she's having pains every few minutes, we're out in the country", M),
    ("my water is broken, i'm alone, 36 weeks, who do i call", M),
    (
        "my sister swallowed some bleach from a cup by mistake and now she's coughing, she's "
        "30 weeks",
        M,
    ),
    (
        "i took about 10 of my boyfriend's sleeping pills an hour ago cos i couldn't sleep "
        "and now my heart is pounding",
        M,
    ),
    ("she can't keep any fluids down since yesterday and now she doesn't know where she is", M),
    (
        "my niece delivered alone in the barn and the baby hasn't made a sound, she's pale "
        "and shaking",
        {M, C},
    ),
    ("caught my wife dangling our son out of the window last night, she says she hears voices", C),
    ("a woman from a forum offered 5 million won for my baby and said no papers needed", C),
    (
        "my girlfriend wants to sell the newborn to a couple she found online, for cash, "
        "next week",
        C,
    ),
    ("my brother threw the baby down onto the sofa because he wouldn't stop crying", C),
    ("she keeps saying the baby is a demon and she won't touch him", C),
    ("the 2 month old is kept on her own all day while her mum goes out drinking", C),
    ("my wife says if she dies she's taking our son with her", C),
    ("i've been hoarding my antidepressants for weeks, tonight i take them all", S),
    ("she texted me she's on a bridge right now and her phone is off", S),
    ("my friend sent a selfie of herself on the train tracks and wrote goodbye", S),
    ("she asked me where the rope in the garage is and said she's a burden", S),
    ("she googled how much paracetamol would be fatal and won't open her door", S),
    ("he slapped me again last night because dinner was late, i'm 7 months", V),
    ("he says he'll beat the baby out of me if i don't get rid of it", V),
    ("my husband tried to make me swallow pills so i'd lose the baby", V),
    ("he keeps me locked in the flat all day and says he'll burn the place down if i leave", V),
    ("my supervisor forced me into the back room and says he'll call immigration on me", V),
    ("her husband left finger mark bruises on her neck and she's 20 weeks", V),
    ("my ex keeps turning up at my work and my mum's, i blocked him everywhere", V),
    ("he choked me until i blacked out, he's in the next room now", V),
    ("my boyfriend punched my stomach when i said i'd keep the baby, 14 weeks", V),
    ("she wants to leave the baby in a bag at the station as soon as it's born", C),
]

CALM: list[str] = [
    "what happens if my waters break when i'm at work?",
    "our water heater is broken and the baby's bath is cold",
    "i almost drank from the bottle with the bleach in it, my husband grabbed it in time",
    "i take two of my prenatal tablets a day, is that ok?",
    "morning sickness all day but i can keep water down, just tired",
    "the baby makes no sound when she's asleep, is that normal?",
    "i held her by the window to show her the snow",
    "my mum offered to pay 200 pounds for the baby's cot, so kind of her",
    "the government pays 2 million won for the baby when it's born, how do i apply?",
    "we're throwing the baby a party for her first birthday",
    "my baby is a little devil at bedtime lol",
    "she's taking our daughter with her to the park",
    "i'm keeping my iron tablets by my toothbrush so i don't forget them tonight",
    "stuck on the bridge right now, traffic is awful, i'll be late for my scan",
    "i failed the glucose test so i'll do it properly this time",
    "the doctor made me drink the glucose drink, it was awful",
    "i want this cough gone before the baby comes",
    "i have bruises all up my arms from the blood tests at the hospital",
    "this rash keeps showing up on my belly every evening",
    "he fell asleep on the sofa after the scan",
    "the midwife made me take them with food so i wouldn't feel sick",
]
