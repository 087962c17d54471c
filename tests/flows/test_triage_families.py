"""Every family of wording the triage rounds wrote, run by one pair of tests.

Each round's module keeps its lists and the story of its families: `CRISIS` (a sentence and the
risk, or the risks, a counselor would accept) and `CALM` (look-alikes that must raise no alarm);
round 10 joins its seven parts as `ALL_CRISIS` and `ALL_CALM`. Here every crisis fires an allowed
risk and every look-alike stays calm, whichever round wrote it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from flows import Risk, triage
from knowledge import Knowledge

ROUNDS: tuple[ModuleType, ...] = tuple(
    importlib.import_module(f"tests.flows.test_triage_{name}")
    for name in [f"round{n}" for n in range(2, 12)]
    + ["plea"]
    + [f"round13_{lang}" for lang in ("en", "vi", "zh", "ko")]
)


def _lists(module: ModuleType) -> tuple[list[tuple[str, Risk | set[Risk]]], list[str]]:
    crisis = getattr(module, "ALL_CRISIS", None) or module.CRISIS
    calm = getattr(module, "ALL_CALM", None) or module.CALM
    return list(crisis), list(calm)


def _id(module: ModuleType, index: int) -> str:
    return (
        f"{module.__name__.rsplit('.', 1)[-1].removeprefix('test_triage_')}-{index}"  # round7-12
    )


CRISIS = [
    pytest.param(text, risks if isinstance(risks, set) else {risks}, id=_id(m, i))
    for m in ROUNDS
    for i, (text, risks) in enumerate(_lists(m)[0])
]
CALM = [pytest.param(text, id=_id(m, i)) for m in ROUNDS for i, text in enumerate(_lists(m)[1])]


@pytest.mark.parametrize(("text", "risks"), CRISIS)
def test_each_crisis_of_a_family_fires_an_allowed_risk(
    kb: Knowledge, text: str, risks: set[Risk]
) -> None:
    """A wording of a family fires a risk a counselor would pick, whatever guard is near it."""
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk in risks, hit


@pytest.mark.parametrize("text", CALM)
def test_each_look_alike_of_a_family_stays_calm(kb: Knowledge, text: str) -> None:
    """The same words in a question, a past, a story, a record or a joke raise no alarm."""
    assert triage(text, kb.lexicon) is None


def test_every_round_has_both_lists() -> None:
    """A round's lists are not lost by a rename: each module gives crises and look-alikes."""
    assert all(len(_lists(m)[0]) >= 10 and len(_lists(m)[1]) >= 10 for m in ROUNDS)
