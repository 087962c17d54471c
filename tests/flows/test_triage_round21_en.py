"""Round 21, English: crises said in ordinary words, by the woman, a relative or a carer.

Outside writers' round-21 pools (risk-train31..35) held 38 English crises that no rule caught
(most of them plain words: the act, the means, the place or the "now", not a crisis keyword).
New rules close their families: a baby shaken, beaten or thrown hard by a carer who has the baby
now (`child_safety.en.r21_baby_harm_now`); a mother meaning to go to heaven together with the
baby or to drive into the river with the child in the car (`r21_heaven_together`); a baby handed
to a stranger from the internet, left with the landlord or a young boy and not fetched
(`r21_baby_to_stranger`); the urge or threat to throw a baby out of a window, drown her or 'deal
with her', almost shaking her (`r21_urge_or_threat`); a baby left in the car for hours or at a
hospital door without telling anyone (`r21_baby_left_hours`); a self-harm plan said plainly
(letters written and a date set, in the bath with a knife, a scarf tied to the ceiling fan, 'I no
want live', 'better if I not exist', banging her head on the wall) (`self_harm.en.r21_plan_said_
plainly`); nudes sent to her friends, black and blue, a knife threat, shut in a room until she
drinks a potion, a pillow over her face, locked outside in the cold (`violence.en.r21_threat_
and_shut_in`); late-pregnancy belly pain doubled over, contractions minutes apart, blurred eyes
with a pounding head, abortion tea then vomiting and bleeding (`medical.en.r21_labour_pain_now`).
Guards moved so the right risk answers: a pregnant woman hit when she cries (violence), "can't
breathe, can't think" with wanting to die (self harm), a woman saying she'd be better off dead
(self harm), a pillow over MY face (violence). Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("my boyfriend shook the baby really hard tonight and he's alone with her now", C),
    ("he kicked our baby in her crib and he's alone with her now", C),
    ("my stepdad has been hitting our 5 week old when i'm at work and she's with him today", C),
    (
        "he tossed him onto the bed so hard, he's only 2 months, and i must leave them together",
        C,
    ),
    ("she keeps saying she will go to heaven with the baby and now she's not picking up", {C, S}),
    ("my sister wants to drive off the bridge with her daughter in the car seat", {C, S}),
    (
        "i handed my son over to a woman from facebook and she stopped answering, 2 days now",
        C,
    ),
    ("my roommate said she's not coming back for the baby, she left him with me and went", C),
    ("sometimes i feel like throwing the baby off the balcony, nobody is home with me", C),
    ("her mother-in-law says she'll poison the baby if the girl is born", {C, V}),
    ("i nearly smothered him when he wouldn't stop crying, i'm scared of what i'll do to him", C),
    ("the baby is still in the car in the parking lot, it's been 3 hours and i can't go out", C),
    ("wrote letters for my husband and my mum and set a date for friday", S),
    ("i'm sitting in the tub with a razor blade right now", S),
    ("there's a scarf tied to the ceiling fan in her room and she told me she's done", S),
    ("i keep banging my head against the wall and i can't stop, i'm 20 weeks", S),
    ("i don't want to live anymore, pregnant and alone here", S),
    ("he's threatening to post my naked photos online unless i come back to him", V),
    ("her husband locked her in the bedroom until she takes the pills to end the pregnancy", V),
    ("my sister arrived at our door black and blue and she is 5 months pregnant", V),
    ("he put a plastic bag over my head last night, i'm pregnant and scared to go home", V),
    ("i'm 34 weeks and doubled over in pain, can't even stand", M),
    ("contractions are about 4 minutes apart and i'm home alone with no car", M),
    ("35 weeks, my eyes are seeing spots and my face is swollen", M),
    ("she took some herbal abortion pills she ordered and now she's bleeding and throwing up", M),
]

CALM: list[str] = [
    "my boyfriend shook the bottle really hard and the formula went everywhere",
    "is it normal that the baby startles and shakes her arms when she sleeps?",
    "we went to heaven and back getting this baby, ivf was so hard",
    "we drove to the river with our son for a picnic, he loved the ducks",
    "i handed the baby to my mum so i could shower",
    "he's coming back for the baby's stroller later, he forgot it",
    "i threw out the baby's old clothes, they didn't fit anymore",
    "the baby is in the car seat, i'm driving to the clinic now",
    "wrote thank you letters for the baby shower and set a date for the christening",
    "my knife set is in the kitchen drawer, the tub needs cleaning",
    "my aunt fixed a ceiling fan in the nursery, it looks lovely",
    "i hit my head on the cupboard door, ouch, it's just a bump",
    "my ex sent my photos from the trip back to me by mistake",
    "my cousin came back from football black and blue, he fell over",
    "my contractions were 3 minutes apart with my first, how fast will this one go?",
    "she says she is not coming back for the baby shower, she has work",
    "doubled over laughing at the baby's face today",
    "is herbal tea safe in pregnancy? i drank some chamomile",
    "i want it all to be perfect for the baby shower",
    "my son kicks the baby when he's jealous, how do i stop it?",
    "the ball hit the baby on the head at the park, is he ok?",
]
