"""How likely the matcher's best topic is the right one: a small logistic model (issue 14).

The matcher's rules pick a topic; this estimates, from the same signals, the chance that the
topic is right, so that a weak or contested answer becomes a question ("혹시 이 중에…") and a
question the signals are nearly certain of becomes an answer. Its weights were learned from
the knowledge files themselves: every example matched against an index built without it
(10 folds, as `gyeot knowledge test` does), so they say how the matcher does on wording
nobody wrote down, not on any evaluation set. `scripts/fit_confidence.py` refits them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np

OFF_TOPIC = ""  # as in `knowledge.matcher`

# One weight per feature of `features`, in its order (scripts/fit_confidence.py prints them).
FEATURES = (
    "bias",
    "score",  # the topic's blended score (0-1)
    "other",  # the best other topic's blended score
    "gap",  # the difference of the two
    "net_lead",  # the second opinion's lead for the topic over the best other class (x 1/10)
    "net_lead_plus",  # the same, only when positive
    "net_off",  # the second opinion's lead when it says off-topic (x 1/10)
    "keyword",  # one of the topic's keywords is in the message
    "other_keyword",  # one of the best other topic's keywords is in the message
    "rescued",  # the topic's score comes from the typo rescue alone
    "split",  # the message was also scored sentence by sentence
    "other_strong",  # the best other topic scores 0.6 or more
    "net_agrees",  # the second opinion's likeliest class is the topic
)
WEIGHTS = (
    -1.645,  # bias
    1.244,  # score
    0.862,  # other
    0.382,  # gap
    1.567,  # net_lead
    1.141,  # net_lead_plus
    -0.24,  # net_off
    3.436,  # keyword
    -3.058,  # other_keyword
    0.386,  # rescued
    0.534,  # split
    -0.622,  # other_strong
    -0.357,  # net_agrees
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the matcher found for one message, before it decides."""

    scored: Sequence[tuple[str, float]]  # blended scores (0-1), best first, off-topic left out
    keyed: AbstractSet[str]  # topics one of whose keywords is in the message
    rescued: AbstractSet[str]  # topics scored by the typo rescue alone
    totals: Mapping[str, float]  # the second opinion's log-score per class (empty: no opinion)
    sentences: Sequence[Mapping[str, float]]  # each sentence's own scores, if more than one


def features(evidence: Evidence, topic: str) -> tuple[float, ...]:
    """The features of `topic` being the right answer, in the order of `FEATURES`."""
    score = next((v for t, v in evidence.scored if t == topic), 0.0)
    other, other_score = next(((t, v) for t, v in evidence.scored if t != topic), ("", 0.0))
    totals = evidence.totals
    lead = off = 0.0
    agrees = False
    if totals:
        best = max(totals, key=totals.__getitem__)
        rest = max(v for t, v in totals.items() if t != topic)
        lead = max(-3.0, min(3.0, (totals[topic] - rest) / 10.0)) if topic in totals else -3.0
        if best == OFF_TOPIC:
            off = (totals[best] - max(v for t, v in totals.items() if t != best)) / 10.0
        agrees = best == topic
    return (
        1.0,
        score,
        other_score,
        score - other_score,
        lead,
        max(0.0, lead),
        off,
        float(topic in evidence.keyed),
        float(bool(other) and other in evidence.keyed),
        float(topic in evidence.rescued),
        float(len(evidence.sentences) > 1),
        float(other_score >= 0.6),
        float(agrees),
    )


def confidence(evidence: Evidence, topic: str, weights: Sequence[float] = WEIGHTS) -> float:
    """The estimated chance (0-1) that `topic` is what the message is about."""
    z = math.fsum(w * f for w, f in zip(weights, features(evidence, topic), strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit(
    rows: Sequence[tuple[Sequence[float], bool]], *, l2: float = 1.0, steps: int = 50
) -> tuple[float, ...]:
    """Logistic regression by Newton's method: (features, was it right) → weights."""
    x = np.array([f for f, _ in rows], dtype=np.float64)
    y = np.array([float(right) for _, right in rows])
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + l2 * w
        hess = (x.T * (p * (1.0 - p))) @ x + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return tuple(round(float(v), 3) for v in w)
