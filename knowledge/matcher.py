"""Find the topic a free-text question is about: pure functions over a prebuilt index.

Scoring blends three signals, each forgiving of how people type Korean in chat:

* TF-IDF cosine over character features of particle-stripped words (syllable bigrams for
  Korean, word stems and 4-grams for Latin script), against every example question;
* keyword hits on the space-free text (an admin's strongest signal), fuzzy at jamo level so
  one mistyped jamo still counts;
* a rapidfuzz jamo-level ratio against the closest example, which catches typos the n-grams miss.

`build_index` does the heavy work once at load; `match` is a few dictionary look-ups and one
rapidfuzz call, well under a millisecond for our knowledge base.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from knowledge.normalize import compact, has_hangul, jamo, strip_particle, words

_EN_STOP = frozenset(
    "a an the i me my im i'm is are am was be to of in on for and or it its this that do does "
    "can could would should will how what when where who why which there here with about from "
    "you your please tell know get have has had if so just any some".split()
)


SMALL_TALK: dict[str, frozenset[str]] = {
    "hello": frozenset(
        "안녕 안녕하세요 안녕하세여 안녕하십니까 하이 ㅎㅇ 헬로 hi hello hey heyy hii "
        "chào xinchào chàobạn 你好 您好".split()
    ),
    "thanks": frozenset(
        "감사합니다 감사해요 감사 고마워 고마워요 고맙습니다 고마웡 ㄱㅅ ㄳ 땡큐 ㄱㅅㄱㅅ "
        "thanks thankyou thx ty cảmơn cámơn 谢谢 谢谢你 多谢 네 넵 응 ㅇㅇ ㅇㅋ 알겠어요 "
        "알겠습니다 알겠어 ok okay 오케이".split()
    ),
}


def small_talk(text: str) -> str | None:
    """Return "hello" or "thanks" if the whole message is a greeting or a thank-you."""
    flat = compact(text)
    for kind, phrases in SMALL_TALK.items():
        if flat in phrases:
            return kind
    return None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A topic and its score from 0 to 100."""

    topic: str
    score: float


@dataclass(frozen=True, slots=True)
class Match:
    """The result of matching: best candidates first, and whether the best one is sure."""

    candidates: tuple[Candidate, ...]
    confident: bool

    @property
    def best(self) -> Candidate | None:
        """The top candidate, if any scored at all."""
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """Thresholds from `[matcher]`: a confident answer needs `threshold` and a clear margin."""

    threshold: float = 50.0
    suggest_threshold: float = 35.0
    margin: float = 8.0


@dataclass(frozen=True, slots=True)
class Example:
    """One example question (or title) of a topic, as written in a knowledge file."""

    topic: str
    text: str


@dataclass(frozen=True)
class MatchIndex:
    """Precomputed features of every example and keyword."""

    topics: tuple[str, ...]
    example_topics: tuple[str, ...]
    example_vectors: tuple[dict[str, float], ...]
    example_jamo: tuple[str, ...]
    postings: dict[str, tuple[tuple[int, float], ...]]
    idf: dict[str, float]
    max_idf: float
    keywords: tuple[tuple[str, str, str], ...]  # (compact keyword, its jamo, topic)
    keyword_starts: dict[str, tuple[tuple[str, str, str], ...]]  # first two letters → keywords
    long_keywords: tuple[tuple[str, str, str], ...]  # long enough for typo rescue, shortest first
    long_lengths: tuple[int, ...]  # jamo length of each long keyword, ascending
    latin_keywords: tuple[tuple[re.Pattern[str], str, str], ...]  # (whole words, compact, topic)


def _is_latin(keyword: str) -> bool:
    """Latin-script keywords match whole words ("rent" must not hit "parent")."""
    return keyword.isascii() or not (has_hangul(keyword) or _is_cjk(keyword))


def _is_cjk(word: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in word)


def features(text: str) -> dict[str, float]:
    """Return term counts of the character features of `text`.

    Korean and Chinese words give the word and its character bigrams (Chinese also single
    characters, which carry meaning); other scripts give word stems and 4-grams.
    """
    counts: dict[str, float] = defaultdict(float)
    for raw in words(text):
        if has_hangul(raw) or _is_cjk(raw):
            word = strip_particle(raw)
            counts["w:" + word] += 1.0
            for i in range(len(word) - 1):
                counts["b:" + word[i : i + 2]] += 1.0
            if _is_cjk(word):
                for ch in word:
                    counts["u:" + ch] += 0.5
        elif raw not in _EN_STOP and not raw.isdigit():
            stem = raw[:-1] if len(raw) > 4 and raw.endswith("s") else raw
            counts["e:" + stem] += 1.5
            for i in range(len(stem) - 3):
                counts["g:" + stem[i : i + 4]] += 0.5
    return counts


def _weigh(
    counts: dict[str, float], idf: dict[str, float], unseen: float = 0.0
) -> dict[str, float]:
    """TF-IDF weights, L2-normalised; words no example uses weigh `unseen`.

    For a query, unseen words count at full weight: "김치찌개 레시피 알려줘" shares only
    "알려줘" with the knowledge base and must not look like a question about it.
    """
    vector = {f: (1.0 + math.log(c)) * idf.get(f, unseen) for f, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {f: v / norm for f, v in vector.items() if v > 0}


def build_index(examples: Sequence[Example], keywords: Iterable[tuple[str, str]]) -> MatchIndex:
    """Precompute features, IDF and postings for all examples and keywords."""
    counts = [features(e.text) for e in examples]
    df: dict[str, int] = defaultdict(int)
    for c in counts:
        for f in c:
            df[f] += 1
    n = len(examples) or 1
    idf = {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in df.items()}
    vectors = tuple(_weigh(c, idf) for c in counts)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for f, w in vec.items():
            postings[f].append((i, w))
    pairs = [(topic, k) for topic, k in keywords if len(compact(k)) >= 2]
    kws = tuple((compact(k), jamo(compact(k)), t) for t, k in pairs if not _is_latin(k))
    starts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for entry in kws:
        starts[entry[0][:2]].append(entry)
    latin = tuple(
        (re.compile(r"\b" + r"\s+".join(map(re.escape, words(k)))), compact(k), t)
        for t, k in pairs
        if _is_latin(k)
    )
    long = tuple(sorted((k for k in kws if len(k[1]) >= 12), key=lambda k: len(k[1])))
    return MatchIndex(
        topics=tuple(dict.fromkeys(e.topic for e in examples)),
        example_topics=tuple(e.topic for e in examples),
        example_vectors=vectors,
        example_jamo=tuple(jamo(compact(e.text)) for e in examples),
        postings={f: tuple(p) for f, p in postings.items()},
        idf=idf,
        max_idf=max(idf.values(), default=1.0),
        keywords=kws,
        keyword_starts={k: tuple(v) for k, v in starts.items()},
        long_keywords=long,
        long_lengths=tuple(len(k[1]) for k in long),
        latin_keywords=latin,
    )


def _cosine_by_topic(query: dict[str, float], index: MatchIndex) -> dict[str, float]:
    sims: dict[int, float] = defaultdict(float)
    for f, w in query.items():
        for i, v in index.postings.get(f, ()):
            sims[i] += w * v
    best: dict[str, float] = defaultdict(float)
    for i, s in sims.items():
        topic = index.example_topics[i]
        best[topic] = max(best[topic], s)
    return best


def _keyword_hits(text: str, index: MatchIndex) -> dict[str, float]:
    flat = compact(text)
    exact = _exact_keywords(flat, " ".join(words(text)), index)
    hits: dict[str, float] = defaultdict(float)
    for kw, topic, weight in exact:
        # A keyword inside a longer keyword of another topic that also matched does not count.
        if any(kw != other and kw in other and t != topic for other, t, _ in exact):
            continue
        hits[topic] = max(hits[topic], weight)
    for topic in _loose_keywords(flat, {kw for kw, _, _ in exact}, index):
        hits[topic] = max(hits[topic], 0.6)  # a typo in a long keyword still counts, a little
    return hits


def _exact_keywords(flat: str, spaced: str, index: MatchIndex) -> list[tuple[str, str, float]]:
    """Keywords found verbatim; longer keywords are more specific ("anonymous birth")."""
    found: dict[tuple[str, str], float] = {}
    for i in range(len(flat) - 1):
        for kw, kw_jamo, topic in index.keyword_starts.get(flat[i : i + 2], ()):
            if flat.startswith(kw, i):
                found[kw, topic] = min(1.0, 0.55 + 0.035 * len(kw_jamo))
    for pattern, kw, topic in index.latin_keywords:
        if kw in flat and pattern.search(spaced):
            found[kw, topic] = min(1.0, 0.55 + 0.035 * len(kw))
    return [(kw, topic, weight) for (kw, topic), weight in found.items()]


def _loose_keywords(flat: str, exact: set[str], index: MatchIndex) -> list[str]:
    """Topics of long keywords found with one slip (jamo-level partial ratio ≥ 92)."""
    flat_jamo = jamo(flat)
    if len(flat_jamo) > 150:  # partial_ratio grows with length; long messages have n-grams
        return []
    # Only keywords no longer than the message can be found in it. partial_ratio ≥ 92 needs a
    # common subsequence of ≥ 85 % of the keyword (even at the message's edge), and LCS is far
    # cheaper to compute: it rules out most keywords before partial_ratio is scored.
    fitting = index.long_keywords[: bisect.bisect_right(index.long_lengths, len(flat_jamo))]
    choices = [k[1] for k in fitting]
    common = process.extract(flat_jamo, choices, scorer=LCSseq.similarity, limit=None)
    near = [fitting[i] for _, lcs, i in common if lcs >= 0.85 * len(fitting[i][1])]
    hits = process.extract(
        flat_jamo, [k[1] for k in near], scorer=fuzz.partial_ratio, score_cutoff=92, limit=None
    )
    return [near[i][2] for _, _, i in hits if near[i][0] not in exact]


def _fuzzy_by_topic(text: str, index: MatchIndex) -> dict[str, float]:
    query = jamo(compact(text))
    best: dict[str, float] = defaultdict(float)
    if not 4 <= len(query) <= 80:  # typo rescue is for short phrases; long ones have n-grams
        return best
    for _, score, i in process.extract(
        query, index.example_jamo, scorer=fuzz.ratio, limit=8, score_cutoff=60
    ):
        topic = index.example_topics[i]
        best[topic] = max(best[topic], score / 100.0)
    return best


MAX_PARTS = 12  # a wall of text is scored on its first dozen sentences, in bounded time
_SENTENCE = re.compile(r"(?<=[.?!。？！\n])\s*|(?<=[요다까죠])[.,]?\s+(?=\S{2})")


def score_topics(text: str, index: MatchIndex) -> list[Candidate]:
    """Score every topic with any signal for `text`; best first.

    A long message often sets the scene before it asks; each sentence is also scored on its
    own (slightly discounted) so the question is not drowned by its context.
    """
    if small_talk(text):
        return []
    best = _score_once(text, index)
    parts = [p for p in _SENTENCE.split(text) if len(p) >= 6][:MAX_PARTS]
    if len(parts) > 1:
        for part in parts:
            for topic, value in _score_once(part, index).items():
                best[topic] = max(best.get(topic, 0.0), value * 0.92)
    ranked = sorted(best.items(), key=lambda pair: (-pair[1], pair[0]))
    return [Candidate(topic, round(min(100.0, value * 100.0), 1)) for topic, value in ranked]


def _score_once(text: str, index: MatchIndex) -> dict[str, float]:
    query = _weigh(features(text), index.idf, unseen=index.max_idf * 0.25)
    cosine = _cosine_by_topic(query, index)
    keyword = _keyword_hits(text, index)
    fuzzy = _fuzzy_by_topic(text, index)
    scores: dict[str, float] = {}
    for topic in set(cosine) | set(keyword) | set(fuzzy):
        blended = max(
            cosine.get(topic, 0.0) * 0.75 + keyword.get(topic, 0.0) * 0.45,
            keyword.get(topic, 0.0) * 0.7,
            fuzzy.get(topic, 0.0) * 0.9,
        )
        scores[topic] = blended
    return scores


def match(text: str, index: MatchIndex, settings: MatchSettings) -> Match:
    """Match `text` against the index; confident when over threshold with a clear margin."""
    ranked = [c for c in score_topics(text, index) if c.score >= settings.suggest_threshold]
    if not ranked:
        return Match((), confident=False)
    top = ranked[0].score
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    confident = top >= settings.threshold and top - runner_up >= settings.margin
    return Match(tuple(ranked[:3]), confident=confident)
