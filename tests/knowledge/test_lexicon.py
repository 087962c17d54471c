"""The triage lexicon file: the shipped one loads, a broken one names the file and the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.triage import triage
from knowledge.errors import KnowledgeFileError
from knowledge.lexicon import RISKS, Lexicon, _uncaptured, fold, forms, load_lexicon

SHIPPED = Path(__file__).parents[2] / "knowledge" / "data" / "triage.toml"

GOOD_RULE = """
[[rule]]
id = "self_harm.ko.want_die"
risk = "self_harm"
lang = "ko"
contains = ["죽고 싶"]
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "triage.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _error(tmp_path: Path, text: str) -> KnowledgeFileError:
    path = _write(tmp_path, text)
    with pytest.raises(KnowledgeFileError) as info:
        load_lexicon(path)
    assert info.value.path == path
    assert str(path) in str(info.value)
    return info.value


def test_shipped_lexicon_loads_with_rules_for_every_risk() -> None:
    """The shipped file loads and has Korean and English rules for each of the four risks."""
    lexicon = load_lexicon(SHIPPED)
    assert isinstance(lexicon, Lexicon)
    for risk in RISKS:
        langs = {rule.lang for rule in lexicon.rules_for(risk)}
        assert {"ko", "en"} <= langs, risk
        assert len(lexicon.rules_for(risk)) >= 2


def test_shipped_rule_ids_name_their_risk_and_language() -> None:
    """Rule ids read `<risk>.<lang>.<name>`, so an audit line says what fired."""
    rules = [rule for risk in RISKS for rule in load_lexicon(SHIPPED).rules_for(risk)]
    assert len(rules) > 1000
    for rule in rules:
        assert rule.id.split(".")[:2] == [rule.risk, rule.lang]


def test_minimal_file_loads(tmp_path: Path) -> None:
    """A file with one rule and one phrase is enough; spaces in phrases are dropped."""
    lexicon = load_lexicon(_write(tmp_path, GOOD_RULE))
    compiled = lexicon.rules_for("self_harm")[0]
    assert compiled.compact is not None
    assert compiled.compact.search("정말죽고싶어요") is not None


def test_a_lexicon_is_read_again_only_when_its_files_change(tmp_path: Path) -> None:
    """Loading the same files again, or a copy of them, returns the lexicon already built (a
    second runtime or a reload after a topic edit does not compile the rules again); an edit is
    read at once, even one that keeps the file's size, and a broken edit still fails the load
    naming its own file."""
    path = _write(tmp_path, GOOD_RULE)
    first = load_lexicon(path)
    assert load_lexicon(path) is first
    (tmp_path / "copy").mkdir()
    assert load_lexicon(_write(tmp_path / "copy", GOOD_RULE)) is first  # the same text elsewhere
    _write(tmp_path, GOOD_RULE.replace("죽고 싶", "살기 싫"))
    edited = load_lexicon(path)
    assert edited is not first
    assert triage("정말 살기 싫어요", edited) is not None
    assert triage("정말 죽고 싶어요", edited) is None
    with pytest.raises(KnowledgeFileError):
        load_lexicon(_write(tmp_path, GOOD_RULE + "regex = ['(죽고']\n"))
    _write(tmp_path, GOOD_RULE)
    assert triage("정말 죽고 싶어요", load_lexicon(path)) is not None


@pytest.mark.parametrize(
    ("written", "compiled"),
    [
        ("(아기|애기)(를)?버려", "(?:아기|애기)(?:를)?버려"),
        (r"\(웃음\)", r"\(웃음\)"),  # an escaped bracket is a letter
        ("[(]아기[)]", "[(]아기[)]"),  # so is one in a class
        ("[]()]x(y)", "[]()]x(?:y)"),  # a `]` first in a class does not close it
        ("(?:a)(?=b)(?<!c)(d)", "(?:a)(?=b)(?<!c)(?:d)"),  # other `(?` forms stay
        (r"(ha)\1", r"(ha)\1"),  # a pattern referring back to a group is left as written
    ],
)
def test_groups_are_compiled_non_capturing(written: str, compiled: str) -> None:
    """Admins write plain groups; triage compiles them as `(?:...)`, which matches the same
    text without recording each group (that made the joined patterns several times slower)."""
    assert _uncaptured(written) == compiled
    text = "아기를버려 (웃음) ]xy (아기) abd haha"
    assert [m.span() for m in re.finditer(written, text)] == [
        m.span() for m in re.finditer(compiled, text)
    ]


def test_no_shipped_pattern_records_a_group() -> None:
    """Every pattern of the shipped rules and guards is compiled without a capturing group."""
    lexicon = load_lexicon(SHIPPED)
    rules = [r for risk in RISKS for r in lexicon.rules_for(risk)]
    rules += [r.plain for r in rules if r.plain is not None]
    patterns = [
        p
        for r in rules
        for p in (r.compact, r.spaced, r.unless, r.also, r.anywhere, *r.shared)
        if p is not None
    ]
    assert len(patterns) > 1000
    assert [p.pattern[:60] for p in patterns if p.groups] == []


def test_unless_anywhere_keeps_a_rule_quiet_wherever_its_word_is(tmp_path: Path) -> None:
    """`unless_anywhere` cancels the rule when found anywhere, far from the trigger too.

    An `unless` phrase only cancels a trigger it touches; `unless_anywhere_regex` is as
    `unless_anywhere`.
    """
    far = "죽고 싶다는 가사가 나오는 노래를 어제 친구랑 같이 들었어요 그 곡 이름이 뭐였더라"
    plain = load_lexicon(_write(tmp_path, GOOD_RULE + 'unless = ["노래"]\n'))
    assert triage(far, plain) is not None  # too far for `unless`
    for field in ('unless_anywhere = ["노래"]', "unless_anywhere_regex = ['노래|곡이름']"):
        lexicon = load_lexicon(_write(tmp_path, GOOD_RULE + field + "\n"))
        assert triage(far, lexicon) is None, field
        hit = triage("요즘 진짜 죽고 싶어요", lexicon)
        assert hit is not None and hit.rule_id == "self_harm.ko.want_die", field


def test_a_short_guard_does_not_cut_a_longer_one_that_starts_with_it(tmp_path: Path) -> None:
    """Two guards matching at the same place both count: "last year" (listed first) does not
    hide the whole past told as over, which covers the trigger far from its start."""
    text = """
[[rule]]
id = "self_harm.en.wanted_die"
risk = "self_harm"
lang = "en"
contains = ["wanted to die"]

[[guard]]
id = "guard.en.last_year"
lang = "en"
unless = ["last year"]

[[guard]]
id = "guard.en.past_over"
lang = "en"
unless_regex = ['lastyear.{0,60}finenow']
"""
    lexicon = load_lexicon(_write(tmp_path, text))
    past = "Last year, after the doctor said so many things, I wanted to die, but I am fine now"
    assert triage(past, lexicon) is None
    assert triage("Last year was hard. Now I wanted to die again tonight", lexicon) is not None


PAST_TOLD = """
[[rule]]
id = "medical.ko.bleeding"
risk = "medical"
lang = "ko"
contains = ["피가 안 멈", "스토커"]

[[guard]]
id = "guard.ko.past_over"
lang = "ko"
REACH
unless_regex = ['((작년|예전)에.{0,12})?(였|었)는데.{0,4}지금은.{0,6}(괜찮|끊)']
"""


def test_a_guard_kept_to_its_sentence_does_not_reach_back_over_a_sentence_end(
    tmp_path: Path,
) -> None:
    """A past told as over covers the clause it ends, but with `reach = "sentence"` not a sign
    said in a sentence before it (a word ending in 요 between them)."""
    before = "피가 안 멈춰요 작년에 유산했었는데 지금은 괜찮았거든요"
    same_clause = "전 남친이 스토커였는데 지금은 연락 끊겼어요"
    near = load_lexicon(_write(tmp_path, PAST_TOLD.replace("REACH", "")))
    assert triage(before, near) is None and triage(same_clause, near) is None
    kept = load_lexicon(_write(tmp_path, PAST_TOLD.replace("REACH", 'reach = "sentence"')))
    assert triage(before, kept) is not None
    assert triage(same_clause, kept) is None
    assert triage("피가 안 멈춰서 작년에 유산했었는데 지금은 괜찮았거든요", kept) is None


PAST_TOLD_EN = """
[[rule]]
id = "medical.en.bleeding"
risk = "medical"
lang = "en"
contains = ["bleeding a lot"]

[[guard]]
id = "guard.en.past_over"
lang = "en"
REACH
unless_regex = ['lastyear.{0,40}(imfine|finenow)']
"""


def test_a_guard_kept_to_its_sentence_does_not_reach_back_over_a_full_stop(
    tmp_path: Path,
) -> None:
    """In every language a sentence ends at . ? ! or a line break (`Forms.stops`): a past told
    after it does not cover a sign said before it; a decimal point ends nothing."""
    near = load_lexicon(_write(tmp_path, PAST_TOLD_EN.replace("REACH", "")))
    kept = load_lexicon(_write(tmp_path, PAST_TOLD_EN.replace("REACH", 'reach = "sentence"')))
    for stop in (". ", "? ", "! ", "\n", "... ", "!!"):
        before = f"I'm bleeding a lot{stop}Last year I had a miscarriage but I'm fine now"
        assert triage(before, near) is None
        assert triage(before, kept) is not None, stop
    assert triage("I was bleeding a lot last year but I'm fine now", kept) is None
    assert forms("열이 39.7도예요", plea=True).stops == ()
    assert forms("My water broke. Help", plea=True).stops == (12,)
    assert forms("My water broke. Help").stops == ()  # the net's forms do not look


def test_a_guard_reach_other_than_near_or_sentence_is_named(tmp_path: Path) -> None:
    error = _error(tmp_path, PAST_TOLD.replace("REACH", 'reach = "after"'))
    assert "guard.0.reach: Input should be 'near' or 'sentence'" in str(error)


def test_bad_unless_anywhere_regex_is_named(tmp_path: Path) -> None:
    """A broken or everything-matching `unless_anywhere_regex` names the rule and field."""
    error = _error(tmp_path, GOOD_RULE + "unless_anywhere_regex = ['노래(']\n")
    assert "unless_anywhere_regex[0]: bad regex" in str(error)
    error = _error(tmp_path, GOOD_RULE + "unless_anywhere_regex = ['(노래)?']\n")
    assert "unless_anywhere_regex[0]: matches empty text" in str(error)


def test_unknown_key_names_the_rule_and_key(tmp_path: Path) -> None:
    """A misspelled key is an error naming the rule and the key, not silently ignored."""
    error = _error(tmp_path, GOOD_RULE + 'contain = ["x"]\n')
    assert "rule[0] (id 'self_harm.ko.want_die').contain" in str(error)


def test_bad_regex_names_the_rule_and_field(tmp_path: Path) -> None:
    """A regex that does not compile fails the load with the rule id and the field index."""
    error = _error(tmp_path, GOOD_RULE + "regex = ['(죽고']\n")
    assert "self_harm.ko.want_die" in str(error)
    assert "regex[0]: bad regex" in str(error)


def test_bad_unless_regex_is_caught_too(tmp_path: Path) -> None:
    """Guards are compiled at load as well."""
    error = _error(tmp_path, GOOD_RULE + "unless_regex = ['[ab']\n")
    assert "unless_regex[0]: bad regex" in str(error)


def test_regex_with_a_space_is_refused(tmp_path: Path) -> None:
    """A space in a compact-text regex could never match, so it is an error, not a dead rule."""
    error = _error(tmp_path, GOOD_RULE + "regex = ['죽고 싶']\n")
    assert "regex[0]: spaces never match" in str(error)


def test_regex_matching_empty_text_is_refused(tmp_path: Path) -> None:
    """A pattern that matches nothing-at-all would fire (or cancel) on every message."""
    error = _error(tmp_path, GOOD_RULE + "regex = ['(아기)?']\n")
    assert "regex[0]: matches empty text" in str(error)


def test_the_bad_one_of_several_regexes_is_named(tmp_path: Path) -> None:
    """A rule's patterns are compiled joined; a failure still names the pattern at fault."""
    error = _error(tmp_path, GOOD_RULE + "regex = ['아기', '(아기)*', '버려']\n")
    assert "regex[1]: matches empty text" in str(error)
    error = _error(tmp_path, GOOD_RULE + "unless_regex = ['노래', '드라마[']\n")
    assert "unless_regex[1]: bad regex" in str(error)


def test_regexes_that_only_fail_together_are_refused(tmp_path: Path) -> None:
    """Two patterns naming the same group compile alone but not as one: the rule is named."""
    error = _error(tmp_path, GOOD_RULE + "regex = ['(?P<x>아기)', '(?P<x>버려)']\n")
    assert "self_harm.ko.want_die' patterns do not compile together" in str(error)


def test_bad_risk_names_the_field(tmp_path: Path) -> None:
    """A risk outside the four categories is refused with the field named."""
    error = _error(tmp_path, GOOD_RULE.replace('risk = "self_harm"', 'risk = "suicide"'))
    assert ".risk:" in str(error)


def test_id_must_match_risk_and_language(tmp_path: Path) -> None:
    """An id whose prefix disagrees with risk or lang is refused."""
    error = _error(tmp_path, GOOD_RULE.replace('lang = "ko"', 'lang = "en"'))
    assert "must start with 'self_harm.en.'" in str(error)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    """Two rules with the same id would make the audit log ambiguous."""
    error = _error(tmp_path, GOOD_RULE + GOOD_RULE)
    assert "used twice" in str(error)


def test_rule_without_patterns_is_refused(tmp_path: Path) -> None:
    """A rule that can never fire is an error."""
    error = _error(tmp_path, GOOD_RULE.replace('contains = ["죽고 싶"]', ""))
    assert "needs contains, regex, words or word_regex" in str(error)


def test_phrase_without_letters_is_refused(tmp_path: Path) -> None:
    """A phrase of punctuation only would match every message after compaction."""
    error = _error(tmp_path, GOOD_RULE.replace('["죽고 싶"]', '["?!"]'))
    assert "contains[0]" in str(error)


def test_empty_file_names_the_missing_field(tmp_path: Path) -> None:
    """A file without rules says `rule` is missing."""
    error = _error(tmp_path, "")
    assert "rule: Field required" in str(error)


def test_invalid_toml_is_reported(tmp_path: Path) -> None:
    """A TOML syntax error is reported with the file."""
    error = _error(tmp_path, "[[rule]\n")
    assert "not valid TOML" in str(error)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    """A missing file is a KnowledgeFileError, not a bare OSError."""
    path = tmp_path / "nope.toml"
    with pytest.raises(KnowledgeFileError, match=r"nope\.toml: cannot read"):
        load_lexicon(path)


def test_fold_merges_common_final_consonant_slips() -> None:
    """터졋 and 터졌, 업어 and 없어 compare equal after folding; other text is untouched."""
    assert fold("터졌어요 없어요") == fold("터졋어요 업어요")
    assert fold("abc 가나다") == "abc 가나다"


def test_forms_are_compact_and_spaced_with_offsets_that_line_up() -> None:
    """The compact and spaced forms hold the same letters; offsets map between them."""
    message = forms("I'm  dying\u200b to   SEE 아기!!")
    assert message.compact == "imdyingtosee아기"
    assert message.spaced == " i m dying to see 아기 "
    see = message.spaced.index("see")
    assert message.to_compact(see) == message.compact.index("see")


def test_also_phrase_must_be_present_for_the_rule_to_fire(tmp_path: Path) -> None:
    """A rule with `also` fires only when one of those phrases is somewhere in the message."""
    rule = GOOD_RULE.replace(
        'contains = ["죽고 싶"]', 'contains = ["두통"]\nalso = ["눈앞이 번쩍"]'
    )
    compiled = load_lexicon(_write(tmp_path, rule)).rules_for("self_harm")[0]
    assert compiled.also is not None
    assert compiled.also.search(forms("두통이 심하고 눈앞이 번쩍거려요").compact) is not None
    assert compiled.also.search(forms("두통이 심해요").compact) is None


def test_also_regex_is_checked_like_the_others(tmp_path: Path) -> None:
    """An `also_regex` with a space or one that matches empty text is refused at load."""
    spaced = _error(tmp_path, GOOD_RULE + "also_regex = ['눈 앞']\n")
    assert "also_regex[0]: spaces never match" in str(spaced)
    empty = _error(tmp_path, GOOD_RULE + "also_regex = ['(눈)?']\n")
    assert "also_regex[0]: matches empty text" in str(empty)


def test_forms_name_the_scripts_a_message_uses() -> None:
    """A message knows which languages' rules can apply: Hangul (also bare jamo), Han, Latin."""
    assert forms("죽고 싶어").langs == frozenset({"ko"})
    assert forms("ㅈㅅ").langs == frozenset({"ko"})
    assert forms("我想死").langs == frozenset({"zh"})
    assert forms("I want to die 죽고싶어").langs == frozenset({"ko", "en", "vi"})
    assert forms("tôi muốn chết").langs == frozenset({"en", "vi"})
    assert forms("!!! 123").langs == frozenset()


def test_a_word_regex_keeps_its_leading_space_and_matches_from_a_word_start(
    tmp_path: Path,
) -> None:
    """The lexicon's models strip strings, but not a word_regex's edge spaces: " (he|she) hit"
    must not match "the cat and hit" (t|he) or "shehit" inside another word."""
    path = _write(
        tmp_path,
        '[[rule]]\nid = "violence.en.he_hit"\nrisk = "violence"\nlang = "en"\n'
        "word_regex = [' (he|she) [a-z ]{0,20}?and hit (me|my head)\\b']\n",
    )
    lexicon = load_lexicon(path)
    assert triage("he came home and hit my head", lexicon) is not None
    assert triage("i tripped over the cat and hit my head", lexicon) is None
