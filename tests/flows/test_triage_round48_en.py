"""Round 48, en (risk-train115: quiet, indirect English crises): the families it missed, and
the calm lines that fired.

- A passport an employer, partner or in-law has had or is holding, with a threat of being
  reported, deported or owing: `violence.en.r48_holds_my_passport_and_threatens`.
- If she leaves or tells, he will send her family the photos or videos:
  `violence.en.r48_if_i_leave_he_sends_photos`.
- The partner owning up that he pushed or hit her:
  `violence.en.r48_partner_owns_up_to_hurting_her`.
- Someone who did something to her while she was asleep or drunk:
  `violence.en.r48_did_something_to_me_while_asleep`.
- A man writing from new numbers after being blocked, or telling what she wore today:
  `violence.en.r48_sees_me_describes_my_clothes`.
- Bruises or a fall that 'wasn't an accident': `violence.en.r48_bruises_not_an_accident`.
- A partner driving wildly, screaming they would both die:
  `violence.en.r48_drove_fast_so_we_both_die`.
- Formula thinned with water, or sugar water, and the baby now only sleeps:
  `child_safety.en.r48_formula_thinned_baby_only_sleeps`.
- Grip marks on a baby's arms or legs: `child_safety.en.r48_grip_marks_on_the_baby`.
- A secret birth and a baby 'maybe not even alive':
  `child_safety.en.r48_baby_maybe_not_even_alive`.
- A baby living hidden in a drawer, a box or a closet:
  `child_safety.en.r48_baby_lives_in_a_drawer_hidden`.
- Feeds skipped on purpose, the baby losing weight:
  `child_safety.en.r48_skipping_feeds_on_purpose`.
- A newborn left in the hospital nursery while she walked out:
  `child_safety.en.r48_left_baby_at_the_hospital`.
- A mother keeping herself away from her baby before she does something:
  `child_safety.en.r48_keeps_herself_away_from_baby_in_fear`.
- How many pills would be too many, with a stock saved:
  `self_harm.en.r48_how_many_pills_too_many_saved`.
- Whether dying from some means is painful: `self_harm.en.r48_is_it_painful_to_die_from`.
- A car running in a garage, felt as peaceful:
  `self_harm.en.r48_engine_running_in_a_closed_garage`.
- A will updated and a pet given away: `self_harm.en.r48_will_updated_pet_given_away`.
- Whether the baby can be saved if the mother is gone, for a reason not told:
  `self_harm.en.r48_if_the_mom_is_gone_save_baby`.
- A second pack of pills already taken with drink:
  `self_harm.en.r48_pills_with_drink_already_taken`.
- A goodbye, her name told before she goes: `self_harm.en.r48_tell_someone_my_name_before_i_go`.

The calm lines that fired, each guarded on its frame only (a crisis said beside it still fires):
an ex's abuse long over, he in prison or she out and remarried
(`guard.en.r48_ex_abuse_long_over`); 'he'll kill me if I spoil the gender reveal lol'
(`guard.en.r48_kill_me_over_a_spoiler_lol`); a fear of rolling onto the baby in sleep
(`guard.en.r48_fear_of_rolling_onto_baby_in_sleep`); a joking threat to leave the baby on a
doorstep, the chore done (`guard.en.r48_joke_threat_to_leave_baby_chore_done`); a screening
question answered no (`guard.en.r48_screening_question_answered_no`); bluish hands after a bath a
doctor called normal (`guard.en.r48_bluish_after_bath_doctor_said_normal`); disappearing for a
week to sleep (`guard.en.r48_disappear_for_a_week_to_sleep`); a friend who gave birth and all is
well (`guard.en.r48_friend_gave_birth_all_well`); a bottle shaken to mix
(`guard.en.r48_shook_the_bottle`); an arm 'dead' under a sleeping baby
(`guard.en.r48_arm_dead_under_sleeping_baby`); a baby who rolled off a bed, checked and fine
(`guard.en.r48_baby_fell_checked_all_good`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # a baby left asleep in the car (session 25 review: "sleeping" between broke the rule)
    ("i left my son sleeping in the car and ran into the mart", C),
    ("I left the baby asleep in the car, I'm at the pc bang", C),
    ("forgot my daughter napping in the van outside work", C),
    # A passport held, with a threat.
    ("my boss has had my passport since june and says if I quit I'll be deported", V),
    ("the factory owner is still holding my passport, he says I owe him for the room", V),
    ("my mother in law never gave back my passport and says she'll send me home if I tell", V),
    (
        "my passport is locked in the manager's safe and he says I can't leave "
        "till my contract ends",
        V,
    ),
    # Photos sent if she leaves.
    ("if I leave him he says he'll send my parents the photos", V),
    ("he told me if i break up with him he will post the videos online", V),
    ("if I tell anyone he'll show my boss the pictures he has", V),
    ("if i say no again he said he'd send everyone at church the nudes", V),
    # The partner owning up.
    ("I hit her last night, she's 5 months pregnant and I hate myself", V),
    (
        "I shoved my wife against the wall when she said she wanted the baby, "
        "I'm scared of myself",
        V,
    ),
    ("i threw her down on the floor last night, she's pregnant, i need help", V),
    ("I slapped her again today, she's carrying our baby", V),
    # Done while she was asleep.
    (
        "I think my brother in law did something to me while I was asleep, I "
        "woke up feeling wrong",
        V,
    ),
    ("can you tell if someone did stuff to you when you were passed out? I'm 8 weeks", V),
    ("his friend might have done something to me while I was drunk at the party", V),
    ("my roommate did something to me when I was asleep and now I'm pregnant", V),
    # New numbers, what she wore.
    ("my ex keeps texting me from different numbers even though I blocked him", V),
    ("he started calling me from unknown numbers, he says he's watching me", V),
    ("he texted me exactly what I was wearing today, I never told him where I was", V),
    ("a guy I blocked knew what I wore this morning, I'm scared to go out", V),
    # Not an accident.
    ("does a bruise on my belly hurt the baby? it wasn't an accident", V),
    ("I fell down the stairs but it wasn't really an accident, he was behind me", {V, M}),
    ("there are marks on my arms, they weren't an accident. I'm 20 weeks", V),
    ("the fall last week wasn't an accident, can you check if the baby is ok", V),
    # Reckless driving, both die.
    ("he sped down the highway with me in the car yelling that we'd both die", V),
    ("he was driving so fast, screaming we are going to die together, I'm pregnant", V),
    ("my husband swerved on purpose shouting that we would both be dead soon", V),
    ("he said he'll crash the car with me in it if I leave", V),
    # Thinned formula, sugar water.
    (
        "I've been putting extra water in her formula to save money and now "
        "she just sleeps all day",
        C,
    ),
    ("we ran out so I watered down the formula, he barely cries anymore and seems weak", C),
    ("only giving him sugar water since yesterday, now he won't wake up properly", C),
    ("I use half the scoops in each bottle, she lost weight at the checkup", C),
    # Grip marks.
    ("I squeezed her legs too hard when she kicked and now there are bruises", C),
    ("I grabbed his arms so tight when he cried, he has finger marks", C),
    ("my husband grips the baby's arms when she fusses and there are red marks", C),
    ("i held her wrists really hard to stop her scratching and left marks", C),
    # Maybe not even alive.
    (
        "my sister gave birth in secret and says the baby is somewhere, maybe it isn't even alive",
        C,
    ),
    ("she had the baby alone and when I asked she said maybe he's not alive, whatever", {C, M}),
    ("my cousin delivered at home, won't say where the baby is, maybe she's dead", C),
    ("she gave the baby away and said maybe it isn't even breathing anymore, who cares", C),
    # Hidden in a drawer.
    ("he's been living in a drawer under my bed, nobody knows I had him", C),
    ("my baby sleeps in a closet all day, my roommates don't know about her", C),
    ("she's kept in a cardboard box in my room, she's quiet, no one knows", C),
    ("the baby has been staying in the wardrobe for a week, it's a secret", C),
    # Feeds skipped.
    ("I've been skipping his feeds and just letting him cry, I can't stand him", C),
    ("I don't want to feed her, I skipped the morning bottles and she lost weight", C),
    ("ignoring her night feedings on purpose, she's 2 weeks old", C),
    ("I'm skipping some of the feeds so he stays hungry and quiet, my husband doesn't know", C),
    # Left at the hospital.
    ("I left her in the hospital nursery and walked out, nobody has called", C),
    ("snuck out of the clinic without my son this morning and I can't go back", C),
    ("I left the baby at the hospital lobby and ran away, should I go back?", C),
    ("I walked out of the ward without her, I don't want her, I'm sitting in a cafe alone", C),
    # Keeping herself away from the baby.
    ("please take him away from me before I hurt him", C),
    ("tell my husband to keep her away from me before I snap", C),
    ("I lock myself in my room so that I can't touch her when she screams", C),
    ("I shut myself in the bathroom so I can't grab the baby, he's crying outside", C),
    # Pills, too many.
    ("how many of my antidepressants would be lethal? I have 60 saved", S),
    ("how much insulin is too much, I've been collecting it, just curious", S),
    ("I have thirty sleeping pills saved up, how many would be an overdose", S),
    ("how many tylenol would be enough to not wake up? I have a whole bottle", S),
    # Painful to die.
    ("is it painful to die from an overdose of sleeping pills", S),
    ("does it hurt to die from carbon monoxide", S),
    ("would it be quick to die by jumping from the 15th floor", S),
    ("is it peaceful to die of too much insulin", S),
    # Engine running in a garage.
    ("I sat in my car in the garage with the engine running and the door closed, it felt calm", S),
    (
        "last night the engine was running in the closed garage for an hour "
        "and I felt sleepy, next time I won't stop",
        S,
    ),
    ("in the underground parking with the car running, windows up, I'm so tired of everything", S),
    ("parked in the garage, engine on, I think I'll stay here forever", S),
    # Will, pet.
    ("I wrote my will today and gave my dog to my sister, I'm tired of this", S),
    ("finished my will and rehomed my cat, nothing left to do", S),
    ("signed my will last night, gave away my things, goodbye", S),
    ("I updated my will, I won't need my stuff anymore", S),
    # Mom gone, save the baby.
    (
        "if the mom is dead, can they still deliver the baby at 32 weeks? for "
        "a reason I won't say",
        S,
    ),
    ("can doctors save the baby if the mother dies? I've decided something", S),
    ("if I die can they still get the baby out, asking for a specific reason", S),
    ("if I'm gone tonight can the hospital still save the baby", S),
    # Pills with drink.
    ("I've taken a whole box of paracetamol with soju", {S, M}),
    ("on my third strip of sleeping pills and some vodka, I don't care anymore", {S, M}),
    ("I swallowed two packs of painkillers with wine, I'm tired of all of it", {S, M}),
    ("finished a whole bottle of pills and I'm drinking beer now", {S, M}),
    # A goodbye.
    ("I just want someone to know my name before I die. It's Mira.", S),
    ("let you know my name before I go, it's Anna", S),
    ("before I go I want to say, it would have been a girl", S),
    ("telling someone my name before I disappear. Grace. 21.", S),
]

CALM: list[str] = [
    "I left my son sleeping in the car with his dad while I paid for gas",
    "how long can you leave a baby sleeping in the car with the AC on? asking before our trip",
    # A passport kept safe, given back, refused.
    "my school kept my passport for safekeeping during the visa renewal, I got it back today",
    "his parents offered to keep my passport and I said no thanks, they were fine",
    "does the company have the right to hold my passport? asking for a workshop",
    # Photos of the baby, a photoshoot.
    "if I leave early he'll send me the photos of the baby later",
    # Owning up, a swing, a pillow fight.
    "I pushed her on the swing at the park and she loved it, she's 3",
    # Clothes remembered.
    "he told me what I was wearing on our first date, so sweet",
    # Not an accident, sport.
    "the bruise on my leg wasn't an accident, I did kickboxing before I got pregnant",
    # Drove fast to hospital.
    "he drove so fast to the hospital when my water broke I thought we'd both die lol",
    # Formula questions.
    "can I give extra water in formula in hot weather? he sleeps well and is gaining",
    "by mistake I made one bottle with extra water, she drank it and is fine",
    # Marks from the car seat.
    "I grip his arms gently when I bathe him, no marks, is that ok",
    # Plants, kicks.
    "my plant gave birth to babies, maybe it's not even alive anymore lol",
    # Finnish box.
    "she sleeps in a Finnish baby box, is that safe?",
    # Sleep training, a doctor's word.
    "is it ok to skip night feeds at 6 months? the pediatrician said she can drop them",
    # NICU.
    "I had to leave him in the NICU nursery overnight and go home to rest",
    # Keep away, a cold.
    "keep her away from me before I give her my cold, I'm sick",
    # Dose questions.
    "how many tylenol is too many in pregnancy for a headache? my doctor said 2 per day",
    "is it painful to die of old age? my grandma is in hospice",
    # Warming a car.
    "I sat in the car in the garage with the engine running to warm it up before driving",
    # A will with a lawyer.
    "we updated our wills with a lawyer and named a guardian for the baby",
    # A drama.
    "in the drama, if the mom is dead can they save the baby? it was a crazy episode",
    # Name before sleep.
    "let me tell you my name before I go to sleep, it's Jen, thanks for the help",
    # Guards: an ex's abuse long over.
    "my ex used to beat me years ago, he's in prison now and I'm remarried and safe",
    "I was in an abusive relationship back home, I left and divorced, I'm happy now",
    "an ex once kept me locked in his flat, he was arrested and I moved away, now I'm happy",
    # Kill me over a spoiler.
    "my sister will kill me if I spoil the gender reveal at the party haha",
    "he said he'd murder me if I tell anyone the baby name before the shower lol",
    # Rolling over.
    "I'm scared of hurting the baby by sleeping on my back, is that a myth",
    "afraid I'll squish him by rolling over when we co-sleep",
    # Joke threat.
    "told him if he doesn't do the dishes I'll leave the kids with his mom and go to brunch lol",
    # Screening asked.
    "the nurse asked if I ever had thoughts of harming the baby and I said no, is that standard",
    "my OB asked whether I ever felt like hurting myself, I said no which is true",
    # Bluish hands.
    (
        "his feet look purple after the bath, then pink again when he's warm, the pediatrician "
        "said it's normal"
    ),
    # Disappear for a week.
    "I want to disappear for a weekend and just sleep haha, any spa recommendations",
    "I just want to run away for a day, not in a sad way, I need a nap",
    # A friend's birth.
    "my cousin just gave birth, the baby is healthy and she's home, what gift should I bring",
    # Shaken bottle, arm dead, fell and checked.
    "I shake the bottle hard every time and there are bubbles, does it cause colic",
    "she napped on my arm for three hours and now my arm is completely dead lol",
    (
        "he rolled off the couch onto the rug, cried and then was fine, the pediatrician "
        "checked him, all good"
    ),
]
