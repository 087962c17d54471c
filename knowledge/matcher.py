"""Find the topic a free-text question is about: pure functions over a prebuilt index.

Scoring blends three signals, each forgiving of how people type Korean in chat:

* TF-IDF cosine over character features of particle-stripped words (syllable bigrams for
  Korean, word stems and 4-grams for Latin script), against every example question;
* keyword hits on the space-free text (an admin's strongest signal), fuzzy at jamo level so
  one mistyped jamo still counts;
* a rapidfuzz jamo-level ratio against the closest example, which catches typos the n-grams miss.

Off-topic messages (food, weather, games, trivia) are examples too, of the empty topic
`OFF_TOPIC` (`knowledge/data/offtopic.toml`): when one of them is closer than every topic, the
message is about none of the topics.

`match` then decides (issue 14): one topic answered outright when it is sure, else the two or
three likeliest offered as buttons, else nothing (the bot says what it can help with). Rules
make the first choice; `knowledge.confidence`, a small logistic model over the same signals,
then asks back on an answer it doubts and answers a question it is nearly sure of.

`build_index` does the heavy work once at load; `match` is a few dictionary look-ups and a few
rapidfuzz calls, under a millisecond for our knowledge base.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import accumulate, zip_longest
from operator import add, itemgetter, mul
from typing import Literal, cast

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from knowledge.confidence import Evidence, confidence
from knowledge.normalize import PARTICLES, compact, has_hangul, jamo, strip_particle, words

_EN_STOP = frozenset(
    "a an the i me my im i'm is are am was be to of in on for and or it its this that do does "
    "can could would should will how what when where who why which there here with about from "
    "you your please tell know get have has had if so just any some".split()
)


SMALL_TALK: dict[str, frozenset[str]] = {
    "hello": frozenset(
        "안녕 안녕하세요 안녕하세여 안녕하십니까 하이 ㅎㅇ 헬로 hi hello hey heyy hii "
        "좋은아침 굿모닝 굿나잇 잘자 goodmorning goodnight goodevening morning "
        "chào xinchào chàobạn chàobuổisáng 你好 您好 早上好 早安 晚安".split()
    ),
    "thanks": frozenset(
        "감사합니다 감사해요 감사 고마워 고마워요 고맙습니다 고마웡 ㄱㅅ ㄳ 땡큐 ㄱㅅㄱㅅ "
        "thanks thankyou thx ty cảmơn cámơn 谢谢 谢谢你 多谢 네 넵 응 ㅇㅇ ㅇㅋ 알겠어요 "
        "알겠습니다 알겠어 ok okay 오케이".split()
    ),
}


def small_talk(text: str) -> str | None:
    """Return "hello" or "thanks" if the whole message is a greeting or a thank-you."""
    return _small_talk_of(compact(text))


def _small_talk_of(flat: str) -> str | None:
    """`small_talk` of a message already compacted."""
    for kind, phrases in SMALL_TALK.items():
        if flat in phrases:
            return kind
    return None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A topic, its score from 0 to 100, and whether one of its keywords is in the message."""

    topic: str
    score: float
    keyword: bool = False
    rescued: bool = False  # the score comes from the typo rescue alone (jamo likeness)


@dataclass(frozen=True, slots=True)
class Match:
    """The result of matching: best candidates first, and whether the best one is sure."""

    candidates: tuple[Candidate, ...]
    confident: bool

    @property
    def best(self) -> Candidate | None:
        """The top candidate, if any scored at all."""
        return self.candidates[0] if self.candidates else None

    @property
    def answer(self) -> str | None:
        """The topic answered outright, or None when not sure or off every topic."""
        return self.candidates[0].topic if self.confident and self.candidates else None

    @property
    def suggestions(self) -> tuple[str, ...]:
        """Topics offered as buttons when not sure ("혹시 이 중에…"); empty when answered."""
        return () if self.confident else tuple(c.topic for c in self.candidates)


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """Thresholds from `[matcher]`: a confident answer needs `threshold` and a clear margin.

    Below that, topics from `suggest_threshold` up and within `suggest_window` of the best are
    offered as buttons instead (at most three). Chosen on the dev sets (tests/eval/README.md).
    """

    threshold: float = 50.0
    suggest_threshold: float = 20.0
    margin: float = 8.0
    suggest_window: float = 15.0
    confidence: float = 0.65  # an answer `knowledge.confidence` puts below this is asked back
    sure: float = 0.9  # a question's best topic that it puts at this or above is answered


OFF_TOPIC = ""  # the "topic" of off-topic examples (knowledge/data/offtopic.toml)
FUZZY_NEAR = 0.1  # typo rescue compares with examples at least this close by n-grams
FUZZY_MAX = 80  # jamo: typo rescue is for short phrases; long ones have n-grams
LOOSE_MAX = 90  # jamo: partial_ratio grows with length; longer messages have n-grams
LOOSE_GRAM = 4  # jamo: long keywords are looked for where one of their pieces starts
NET_SMOOTHING = 0.3  # added to every feature count of the second opinion
AGREE_FLOOR = 35.0  # from this score, a topic the second opinion agrees with is answered...
AGREE_LEAD = 2.0  # ...when that opinion leads its runner-up by this many nats
FIRM_LEAD = 8.0  # from this lead, an agreeing opinion answers at any offered score
VETO_LEAD = 8.0  # a firm contrary opinion (this lead) turns an answer into a question...
VETO_BELOW = 85.0  # ...unless the blended score is at least this
OFFER_LEAD = 1.0  # when not sure, the second opinion's topic is offered beside others from
OFFER_ALONE = 4.0  # this lead, and as the only button (nothing else near, or off-topic) from this
PART_RESCUE = False  # sentences of a long message get n-grams and exact keywords only
OFF_LEAD = 3.0  # an opinion of "off-topic" this firm turns an answer into a question
NET_SURE = 12.0  # from this lead the second opinion answers on its own (or says off-topic)...
NEAR_COPY = 95.0  # ...unless another topic scores this (a near-copy of one of its examples)
RESCUE_ALONE = True  # a score from the typo rescue alone answers only with the opinion's backing
MORE_SCORE = 0.10  # a question's extra buttons: blended scores from this (0-1)...
MORE_LEAD = 3.0  # ...and second opinions within this many nats of its likeliest class
TOPICAL_LEAD = 4.0  # nothing scored, but the opinion's topic leads off-topic by this: offer
WORRY = 0.6  # two sentences, each this sure of its own topic (0-1)...
WORRY_CROSS = 0.3  # ...and each under this for the other's: two worries, both offered


@dataclass(frozen=True, slots=True)
class Example:
    """One example question (or title) of a topic, as written in a knowledge file."""

    topic: str
    text: str


@dataclass(frozen=True)
class TopicNet:
    """A second opinion: naive Bayes over the same features, learned from examples and keywords.

    The blended scores above rest on the single closest example; this looks at every example
    of a topic at once. When both point to the same topic the bot may answer a little earlier;
    when this one firmly points elsewhere it asks back instead (issue 14).
    """

    classes: tuple[str, ...]
    base: tuple[float, ...]  # per class: log P(unseen feature)
    lift: dict[str, tuple[tuple[int, float], ...]]  # feature -> (class, log-lift over unseen)

    def opinion(self, text: str) -> tuple[str | None, float]:
        """The likeliest class for `text` and its lead (in nats) over the next one."""
        return self.opinion_of(features(text))

    def opinion_of(self, counts: Mapping[str, float]) -> tuple[str | None, float]:
        """`opinion` over features already computed."""
        return _lead(self.totals_of(counts))

    def totals_of(self, counts: Mapping[str, float]) -> dict[str, float]:
        """Each class's log-score for these features; empty when none of them is known."""
        known = [self.lift[f] for f in counts if f in self.lift]
        if not known or len(self.classes) < 2:
            return {}
        totals = [b * len(known) for b in self.base]
        for entries in known:
            for c, v in entries:
                totals[c] += v
        return dict(zip(self.classes, totals, strict=True))


def _lead(totals: Mapping[str, float]) -> tuple[str | None, float]:
    """The likeliest class and its lead over the next one (None, 0.0 without an opinion)."""
    if not totals:
        return None, 0.0
    first, second = sorted(totals, key=totals.__getitem__, reverse=True)[:2]
    return first, totals[first] - totals[second]


def build_net(pairs: Sequence[tuple[str, str]]) -> TopicNet:
    """Learn the second opinion from (topic, text) pairs: examples, titles and keywords."""
    classes = tuple(dict.fromkeys(topic for topic, _ in pairs))
    ids = {c: i for i, c in enumerate(classes)}
    counts: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    totals = [0.0] * len(classes)
    for topic, text in pairs:
        for f in features(text):
            counts[f][ids[topic]] += 1.0
            totals[ids[topic]] += 1.0
    size = len(counts)
    base = tuple(math.log(NET_SMOOTHING) - math.log(t + NET_SMOOTHING * size) for t in totals)
    lift = {
        f: tuple((c, math.log((n + NET_SMOOTHING) / NET_SMOOTHING)) for c, n in per.items())
        for f, per in counts.items()
    }
    return TopicNet(classes, base, lift)


# A keyword as `_exact_keywords` checks it: compact form, topic, weight of a hit, and for Latin
# script the whole-word pattern the spaced message must also match ("rent" is not in "parent").
_Keyword = tuple[str, str, float, re.Pattern[str] | None]


@dataclass(frozen=True)
class MatchIndex:
    """Precomputed features of every example and keyword."""

    topics: tuple[str, ...]
    example_topics: tuple[str, ...]
    example_jamo: tuple[str, ...]
    example_lengths: tuple[int, ...]  # of each example's jamo
    example_length_array: npt.NDArray[np.intp]  # the same, for numpy
    # feature -> its run in `posting_ids` (examples using it, ascending) and `posting_weights`
    # (their weights of it), summed by `np.bincount`. Two arrays, not two per feature: 11,000
    # features' 22,000 small arrays took 3.6 MiB of the bot's memory (traced).
    postings: dict[str, tuple[int, int]]
    posting_ids: npt.NDArray[np.intp]
    posting_weights: npt.NDArray[np.float64]
    topic_order: npt.NDArray[np.intp]  # the examples grouped by topic id (a stable sort)
    topic_starts: npt.NDArray[np.intp]  # where each topic's group starts in `topic_order`
    topic_names: tuple[str, ...]  # every topic with examples, off-topic ones included
    example_topic_ids: tuple[int, ...]  # the place of each example's topic in `topic_names`
    idf: dict[str, float]
    max_idf: float
    keywords: tuple[tuple[str, str, str], ...]  # (compact keyword, its jamo, topic)
    keyword_starts: dict[str, tuple[_Keyword, ...]]  # first two letters → keywords of all scripts
    long_keywords: tuple[tuple[str, str, str], ...]  # long enough for typo rescue, shortest first
    long_lengths: tuple[int, ...]  # jamo length of each long keyword, ascending
    long_needs: tuple[int, ...]  # common subsequence each needs with a message to be found in it
    long_grams: dict[str, frozenset[int]]  # a piece's first jamo -> long keywords (`_loose_grams`)
    latin_keywords: tuple[tuple[re.Pattern[str], str, str], ...]  # (whole words, compact, topic)
    net: TopicNet  # the second opinion


def _is_latin(keyword: str) -> bool:
    """Latin-script keywords match whole words ("rent" must not hit "parent")."""
    return keyword.isascii() or not (has_hangul(keyword) or _is_cjk(keyword))


def _is_cjk(word: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in word)


# An e-mail address says where to write, not what about ("example" is not an exam).
_ADDRESS = re.compile(r"[\w.+\-]+\s*[@＠]\s*[\w\-]+(?:\.[\w\-]+)+")


def _without_addresses(text: str) -> str:
    """`text` without e-mail addresses (the cheap test first: most messages have none)."""
    return _ADDRESS.sub(" ", text) if "@" in text or "＠" in text else text


_LONE_PARTICLES = frozenset(p for p in PARTICLES if len(p) >= 2)
_HANGUL_OR_CJK = re.compile("[\uac00-\ud7a3\u4e00-\u9fff]")  # `has_hangul` or `_is_cjk`
_CJK = re.compile("[\u4e00-\u9fff]")  # `_is_cjk`
_RUNS = re.compile(r"(.)\1{2,}")  # as in `knowledge.normalize.compact`


def _squeeze(tokens: Sequence[str]) -> str:
    """`compact(text)` from `words(text)`, so a message is split into words once."""
    return _RUNS.sub(r"\1\1", "".join(tokens).replace("_", ""))


def features(text: str) -> dict[str, float]:
    """Return term counts of the character features of `text`.

    Korean and Chinese words give the word and its character bigrams (Chinese also single
    characters, which carry meaning); other scripts give word stems and 4-grams.
    """
    return _features_of(words(text))


def _features_of(tokens: Iterable[str]) -> dict[str, float]:
    """`features` of a message already split into words."""
    counts: dict[str, float] = defaultdict(float)
    for raw in tokens:
        if raw in _LONE_PARTICLES:  # after an address or a number ("…@mail.com 으로"): no word
            continue
        if _HANGUL_OR_CJK.search(raw):
            word = strip_particle(raw)
            counts["w:" + word] += 1.0
            for i in range(len(word) - 1):
                counts["b:" + word[i : i + 2]] += 1.0
            if _CJK.search(word):
                for ch in word:
                    counts["u:" + ch] += 0.5
        elif raw not in _EN_STOP and not raw.isdigit():
            stem = raw[:-1] if len(raw) > 4 and raw.endswith("s") else raw
            counts["e:" + stem] += 1.5
            for i in range(len(stem) - 3):
                counts["g:" + stem[i : i + 4]] += 0.5
    return counts


def _weigh(
    counts: Mapping[str, float], idf: dict[str, float], unseen: float = 0.0
) -> dict[str, float]:
    """TF-IDF weights, L2-normalised; words no example uses weigh `unseen`.

    For a query, unseen words count at full weight: "김치찌개 레시피 알려줘" shares only
    "알려줘" with the knowledge base and must not look like a question about it.
    """
    get, log = idf.get, math.log
    # 1 + log(1) is exactly 1: most features occur once and skip the logarithm.
    vector = {
        f: get(f, unseen) if c == 1.0 else (1.0 + log(c)) * get(f, unseen)
        for f, c in counts.items()
    }
    norm = math.sqrt(sum(map(mul, vector.values(), vector.values()))) or 1.0
    return {f: v / norm for f, v in vector.items() if v > 0}


def build_index(examples: Sequence[Example], keywords: Iterable[tuple[str, str]]) -> MatchIndex:
    """Precompute features, IDF and postings for all examples and keywords."""
    pairs = [(topic, k) for topic, k in keywords if len(compact(k)) >= 2]
    # The second opinion first: what it counts is garbage before the examples' features are
    # made (both at once were 4 MiB more at a start's peak).
    net = build_net([(e.topic, e.text) for e in examples] + pairs)
    counts = [features(e.text) for e in examples]
    df: dict[str, int] = defaultdict(int)
    for c in counts:
        for f in c:
            df[f] += 1
    n = len(examples) or 1
    idf = {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in df.items()}
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, c in enumerate(counts):
        for f, w in _weigh(c, idf).items():
            postings[f].append((i, w))
    ends = list(accumulate(map(len, postings.values())))
    flat = [entry for p in postings.values() for entry in p]
    kws = tuple((compact(k), jamo(compact(k)), t) for t, k in pairs if not _is_latin(k))
    latin = tuple(
        (re.compile(r"\b" + r"\s+".join(map(re.escape, words(k)))), compact(k), t)
        for t, k in pairs
        if _is_latin(k)
    )
    # Longer keywords are more specific ("anonymous birth"): a hit weighs more.
    starts: dict[str, list[_Keyword]] = defaultdict(list)
    for kw, kw_jamo, topic in kws:
        starts[kw[:2]].append((kw, topic, min(1.0, 0.55 + 0.035 * len(kw_jamo)), None))
    for pattern, kw, topic in latin:
        starts[kw[:2]].append((kw, topic, min(1.0, 0.55 + 0.035 * len(kw)), pattern))
    long = tuple(sorted((k for k in kws if len(k[1]) >= 12), key=lambda k: len(k[1])))
    example_jamo = tuple(jamo(compact(e.text)) for e in examples)
    names = tuple(dict.fromkeys(e.topic for e in examples))
    number = {name: n for n, name in enumerate(names)}
    topic_ids = np.array([number[e.topic] for e in examples], dtype=np.intp)
    order = np.argsort(topic_ids, kind="stable")
    return MatchIndex(
        topics=tuple(dict.fromkeys(e.topic for e in examples if e.topic != OFF_TOPIC)),
        example_topics=tuple(e.topic for e in examples),
        topic_names=names,
        example_topic_ids=tuple(number[e.topic] for e in examples),
        example_jamo=example_jamo,
        example_lengths=tuple(map(len, example_jamo)),
        example_length_array=np.array([len(j) for j in example_jamo], dtype=np.intp),
        postings={
            f: (end - len(p), end) for (f, p), end in zip(postings.items(), ends, strict=True)
        },
        posting_ids=np.array([i for i, _ in flat], dtype=np.intp),
        posting_weights=np.array([w for _, w in flat], dtype=np.float64),
        topic_order=order,
        topic_starts=np.searchsorted(topic_ids[order], np.arange(len(names))).astype(np.intp),
        idf=idf,
        max_idf=max(idf.values(), default=1.0),
        keywords=kws,
        keyword_starts={k: tuple(v) for k, v in starts.items()},
        long_keywords=long,
        long_lengths=tuple(len(k[1]) for k in long),
        long_needs=tuple(math.ceil(0.85 * len(k[1])) for k in long),
        long_grams=_loose_grams(long),
        latin_keywords=latin,
        net=net,
    )


def _loose_grams(long: Sequence[tuple[str, str, str]]) -> dict[str, frozenset[int]]:
    """Index each long keyword (≥ 12 jamo) by the first `LOOSE_GRAM` jamo of each of its pieces.

    partial_ratio ≥ 92 leaves at most 16 % of its length in jamo insertions and deletions between
    the keyword and a part of the message no longer than it (1 - d / (n + m) ≥ 0.92, m ≤ n). Cut
    into one piece more than that, each slip breaks at most one piece, so one piece is intact in
    the message, and so are its first jamo: a message holding none of a keyword's grams cannot
    hold the keyword. Pieces of a keyword of 12 jamo or more are at least 4 jamo long.
    """
    grams: dict[str, set[int]] = defaultdict(set)
    for n, (_, kw_jamo, _) in enumerate(long):
        size = len(kw_jamo)
        pieces = 16 * size // 100 + 1  # most slips + 1, in integers (0.16 is not exact)
        for j in range(pieces):
            cut = j * size // pieces
            grams[kw_jamo[cut : cut + LOOSE_GRAM]].add(n)
    return {gram: frozenset(ids) for gram, ids in grams.items()}


def _cosine_by_topic(
    query: dict[str, float], index: MatchIndex
) -> tuple[dict[str, float], npt.NDArray[np.float64], npt.NDArray[np.intp]]:
    """Each topic's best cosine over its examples; also every example's, and those touched.

    `np.bincount` adds the products in the order given, from 0.0, as a loop over the query's
    features and their postings would: the same sums to the last bit, in C. Untouched
    examples score 0.0; the examples touched are returned in the order they were first met
    (once for each feature they share with the query), whose order `_fuzzy_by_topic` keeps.
    """
    postings = index.postings
    found = [(w, postings[f]) for f, w in query.items() if f in postings]
    size = len(index.example_topic_ids)
    if not found:
        return {}, np.zeros(size), np.zeros(0, dtype=np.intp)
    ids = np.concatenate([index.posting_ids[a:b] for _, (a, b) in found])
    weights = np.concatenate([index.posting_weights[a:b] for _, (a, b) in found])
    lengths = [b - a for _, (a, b) in found]
    products = np.repeat(np.array([w for w, _ in found]), lengths) * weights
    # With weights, the counts are float64 (numpy's stubs say integers).
    sims = cast(npt.NDArray[np.float64], np.bincount(ids, weights=products, minlength=size))
    best = np.maximum.reduceat(sims[index.topic_order], index.topic_starts).tolist()
    names = index.topic_names
    return {names[t]: s for t, s in enumerate(best) if s > 0.0}, sims, ids


def _keyword_hits(text: str, index: MatchIndex, *, rescue: bool = True) -> dict[str, float]:
    tokens = words(text)
    flat = _squeeze(tokens)
    return _keyword_hits_of(tokens, flat, index, _keywords_in(flat, index), rescue=rescue)


def _keyword_hits_of(
    tokens: Sequence[str],
    flat: str,
    index: MatchIndex,
    within: Iterable[_Keyword],
    *,
    rescue: bool = True,
) -> dict[str, float]:
    """`_keyword_hits` of a message split into words and compacted; `_keywords_in` it given."""
    exact = _exact_keywords(tokens, within)
    hits: dict[str, float] = defaultdict(float)
    for kw, topic, weight in exact:
        # A keyword inside a longer keyword of another topic that also matched does not count.
        if any(kw != other and kw in other and t != topic for other, t, _ in exact):
            continue
        hits[topic] = max(hits[topic], weight)
    for topic in _loose_keywords(flat, {kw for kw, _, _ in exact}, index) if rescue else ():
        hits[topic] = max(hits[topic], 0.6)  # a typo in a long keyword still counts, a little
    return hits


def _keywords_in(flat: str, index: MatchIndex) -> list[_Keyword]:
    """Keywords whose compact form is in `flat` (for Latin ones, whole words still to check).

    Only keywords starting with one of the message's letter pairs can be in it; each of them is
    one substring test.
    """
    starts = index.keyword_starts
    pairs = starts.keys() & set(map(add, flat, flat[1:]))
    return [entry for pair in pairs for entry in starts[pair] if entry[0] in flat]


def _exact_keywords(
    tokens: Sequence[str], within: Iterable[_Keyword]
) -> list[tuple[str, str, float]]:
    """Keywords found verbatim among those `within` the message's compact form (`_keywords_in`).

    Latin ones count as whole words of the spaced message ("rent" is not in "parent").
    """
    found: dict[tuple[str, str], float] = {}
    spaced = None
    for kw, topic, weight, pattern in within:
        if (kw, topic) in found:
            continue
        if pattern is not None:
            if spaced is None:
                spaced = " ".join(tokens)
            if not pattern.search(spaced):
                continue
        found[kw, topic] = weight
    return [(kw, topic, weight) for (kw, topic), weight in found.items()]


def _loose_keywords(flat: str, exact: set[str], index: MatchIndex) -> list[str]:
    """Topics of long keywords found with one slip (jamo-level partial ratio ≥ 92)."""
    flat_jamo = jamo(flat)
    size = len(flat_jamo)
    if size > LOOSE_MAX:
        return []
    # Only keywords no longer than the message, with a piece starting in it (`_loose_grams`),
    # can be found in it. partial_ratio ≥ 92 also needs a common subsequence of ≥ 85 % of the
    # keyword (even at the message's edge), and LCS is far cheaper to compute: it rules out
    # most of those before partial_ratio is scored.
    grams = index.long_grams
    starts = grams.keys() & {flat_jamo[i : i + LOOSE_GRAM] for i in range(size - LOOSE_GRAM + 1)}
    if not starts:
        return []
    ids = sorted(set().union(*map(grams.__getitem__, starts)))
    # Shortest first: those before the first one longer than the message.
    ids = ids[: bisect_left(ids, bisect_right(index.long_lengths, size))]
    if not ids:
        return []
    long = index.long_keywords
    common = process.extract(
        flat_jamo,
        [long[i][1] for i in ids],
        scorer=LCSseq.similarity,
        score_cutoff=index.long_needs[ids[0]],  # the least any of them needs
        limit=None,
    )
    near = [long[ids[k]] for _, lcs, k in common if lcs >= index.long_needs[ids[k]]]
    if not near:
        return []
    hits = process.extract(
        flat_jamo, [k[1] for k in near], scorer=fuzz.partial_ratio, score_cutoff=92, limit=None
    )
    return [near[i][2] for _, _, i in hits if near[i][0] not in exact]


def _fuzzy_by_topic(
    flat: str, index: MatchIndex, sims: npt.NDArray[np.float64], touched: npt.NDArray[np.intp]
) -> dict[str, float]:
    """Jamo-level likeness to the closest examples: those near by n-grams (`FUZZY_NEAR`).

    They are compared in the order the cosine first `touched` them (rapidfuzz keeps the first
    of equal scores).
    """
    query = jamo(flat)
    best: dict[str, float] = defaultdict(float)
    if not 4 <= len(query) <= FUZZY_MAX:
        return best
    # fuzz.ratio ≥ 60 needs the shorter string at least 3/7 of the longer one.
    low, high = len(query) * 3 / 7, len(query) * 7 / 3
    lengths = index.example_length_array
    keep = (sims >= FUZZY_NEAR) & (lengths >= low) & (lengths <= high)
    hits = touched[keep[touched]]
    if not len(hits):
        return best
    found, first = np.unique(hits, return_index=True)
    ids: list[int] = found[np.argsort(first)].tolist()
    choices = [index.example_jamo[i] for i in ids]
    for _, score, k in process.extract(
        query, choices, scorer=fuzz.ratio, limit=8, score_cutoff=60
    ):
        topic = index.example_topics[ids[k]]
        best[topic] = max(best[topic], score / 100.0)
    return best


MAX_PARTS = 12  # a wall of text is scored on its first dozen sentences, in bounded time
_SENTENCE = re.compile(r"(?<=[.?!。？！\n])\s*|(?<=[요다까죠])[.,]?\s+(?=\S{2})")


def score_topics(text: str, index: MatchIndex) -> list[Candidate]:
    """Score every topic with any signal for `text`; best first.

    A long message often sets the scene before it asks; each sentence is also scored on its
    own (slightly discounted) so the question is not drowned by its context.
    """
    text = _without_addresses(text)
    tokens = words(text)
    ranked, keyed, rescued, _ = _rank(text, index, tokens, _squeeze(tokens), _features_of(tokens))
    return [_candidate(topic, value, keyed, rescued) for topic, value in ranked]


def _candidate(
    topic: str, value: float, keyed: AbstractSet[str], rescued: AbstractSet[str]
) -> Candidate:
    return Candidate(topic, round(min(100.0, value * 100.0), 1), topic in keyed, topic in rescued)


def _rank(
    text: str,
    index: MatchIndex,
    tokens: Sequence[str],
    flat: str,
    counts: Mapping[str, float],
) -> tuple[list[tuple[str, float]], set[str], set[str], list[dict[str, float]]]:
    """`score_topics` of a text split into words, compacted and counted, as (topic, score 0-1).

    Also the topics a keyword hit, those only the typo rescue scores (see `Candidate`), and
    each sentence's own scores when the message has more than one.
    """
    sentences: list[dict[str, float]] = []
    if _small_talk_of(flat):
        return [], set(), set(), sentences
    within = _keywords_in(flat, index)
    best, keyed, rescued = _score_once(index, tokens, flat, counts, within)
    parts = [p for p in _SENTENCE.split(text) if len(p) >= 6][:MAX_PARTS]
    if len(parts) > 1:
        for part in parts:
            part_tokens = words(part)
            part_flat = _squeeze(part_tokens)
            scores, part_keyed, _ = _score_once(
                index,
                part_tokens,
                part_flat,
                _features_of(part_tokens),
                # A keyword in a part of the message is in the whole message too.
                [e for e in within if e[0] in part_flat]
                if part_flat in flat
                else _keywords_in(part_flat, index),
                rescue=PART_RESCUE,
            )
            keyed |= part_keyed
            sentences.append(scores)
            for topic, value in scores.items():
                if value * 0.92 > best.get(topic, 0.0):
                    best[topic] = value * 0.92
                    rescued.discard(topic)
    off = best.pop(OFF_TOPIC, 0.0)
    if best and off >= max(best.values()):  # closest to food, weather, games...: no topic
        return [], keyed, rescued, sentences
    # Best first, ties by topic id (a stable sort keeps the order of the first).
    ranked = sorted(sorted(best.items()), key=itemgetter(1), reverse=True)
    return ranked, keyed, rescued, sentences


def _score_once(
    index: MatchIndex,
    tokens: Sequence[str],
    flat: str,
    counts: Mapping[str, float],
    within: Iterable[_Keyword],
    *,
    rescue: bool = True,
) -> tuple[dict[str, float], set[str], set[str]]:
    """Blend the three signals per topic, for a text split into words, compacted and counted.

    Also return the topics a keyword hit, and those whose score only the typo rescue gives.
    """
    query = _weigh(counts, index.idf, index.max_idf * 0.25)
    cosine, sims, touched = _cosine_by_topic(query, index)
    keyword = _keyword_hits_of(tokens, flat, index, within, rescue=rescue)
    fuzzy = _fuzzy_by_topic(flat, index, sims, touched) if rescue else {}
    # A topic with a cosine only scores cosine x 0.75 (the other terms are 0.0).
    scores = {topic: value * 0.75 for topic, value in cosine.items()}
    rescued: set[str] = set()
    for topic in keyword.keys() | fuzzy.keys():
        plain = max(
            cosine.get(topic, 0.0) * 0.75 + keyword.get(topic, 0.0) * 0.45,
            keyword.get(topic, 0.0) * 0.7,
        )
        typo = fuzzy.get(topic, 0.0) * 0.9
        scores[topic] = max(plain, typo)
        if typo > plain:
            rescued.add(topic)
    return scores, set(keyword), rescued


def match(text: str, index: MatchIndex, settings: MatchSettings) -> Match:
    """Match `text` against the index: one sure answer, or the likeliest topics to offer.

    The rules of `_decide` pick an answer or a question; then `confidence` weighs the topic
    they lead with (`_settle`): an answer it doubts becomes a question, a question it is
    nearly sure of becomes an answer, and a question offers up to three topics, but only
    when the message is about some topic (`_grounded`); else the bot says what it can do.
    """
    evidence = _evidence(text, index)
    if evidence is None:
        return Match((), confident=False)
    found, verdict = _decide(evidence, settings)
    if verdict != "final":
        found = _settle(found, verdict, evidence, settings)
    if found.confident or not found.candidates or _grounded(evidence, settings):
        return found
    return Match((), confident=False)  # small talk half-matched: the menu, not buttons


def _evidence(text: str, index: MatchIndex) -> Evidence | None:
    """Every signal for `text` (None for a greeting or a thank-you: nothing to match)."""
    text = _without_addresses(text)
    tokens = words(text)  # split, compacted and counted once for all three signals
    flat = _squeeze(tokens)
    if _small_talk_of(flat):
        return None
    counts = _features_of(tokens)
    scored, keyed, rescued, sentences = _rank(text, index, tokens, flat, counts)
    return Evidence(scored, keyed, rescued, index.net.totals_of(counts), sentences)


def weighed(text: str, index: MatchIndex, settings: MatchSettings) -> tuple[str, Evidence] | None:
    """The topic the rules lead with for `text` and the evidence `confidence` weighs for it.

    None when there is nothing to weigh (small talk, no topic at all, a firm off-topic).
    `knowledge.check.confidence_rows` learns the confidence model from these.
    """
    evidence = _evidence(text, index)
    if evidence is None:
        return None
    found, verdict = _decide(evidence, settings)
    topic = _leader(found, evidence) if verdict in ("answer", "unsure") else None
    return (topic, evidence) if topic else None


def _leader(found: Match, evidence: Evidence) -> str | None:
    """The topic the rules lead with: the answer, else the best score, else the opinion."""
    if found.confident:
        return found.candidates[0].topic
    return evidence.scored[0][0] if evidence.scored else _lead(evidence.totals)[0]


def _decide(evidence: Evidence, settings: MatchSettings) -> tuple[Match, Verdict]:
    """The rules: one sure answer, or the likeliest topics to offer; and why (`Verdict`).

    Sure means over `threshold`, not closely followed by a topic one of whose keywords is in
    the message too (two admin keywords close together are a question worth asking back), and
    not firmly contradicted by the second opinion; or backed by it (from `AGREE_FLOOR`, or at
    any offered score when it is firm). When not sure, its topic is offered too.
    """
    scored, keyed, rescued = evidence.scored, evidence.keyed, evidence.rescued
    ranked: list[Candidate] = []  # those offered at all; scores only fall down the list
    for topic, value in scored:
        candidate = _candidate(topic, value, keyed, rescued)
        if candidate.score < settings.suggest_threshold:
            break
        ranked.append(candidate)
    opinion, lead = _lead(evidence.totals)
    # A near-copy of an example of another topic outweighs even a firm opinion.
    strong = ranked[0].score >= NEAR_COPY and ranked[0].topic != opinion if ranked else False
    if opinion is not None and lead >= NET_SURE and not strong:
        if opinion == OFF_TOPIC:
            return Match((), confident=False), "final"
        chosen = _candidate_of(opinion, scored, keyed, rescued)
        others = [c for c in ranked if c.topic != opinion][:2]
        return Match((chosen, *others), confident=True), "final"
    if ranked:
        top = ranked[0]
        runner_up = ranked[1] if len(ranked) > 1 else Candidate("", 0.0)
        close = top.score - runner_up.score < settings.margin and runner_up.keyword
        agrees = opinion == top.topic and lead >= AGREE_LEAD
        vetoed = opinion not in (None, top.topic) and lead >= VETO_LEAD and top.score < VETO_BELOW
        alone = RESCUE_ALONE and top.rescued and not agrees
        shunned = opinion == OFF_TOPIC and lead >= OFF_LEAD
        sure = top.score >= settings.threshold and not (close or vetoed or alone or shunned)
        firm = agrees and lead >= FIRM_LEAD  # a firm second opinion needs no score floor
        if sure or firm or (agrees and top.score >= AGREE_FLOOR):
            return Match(tuple(ranked[:3]), confident=True), "answer"
        near = [c for c in ranked[:3] if c.score >= top.score - settings.suggest_window]
        objected = close or vetoed or shunned
    else:
        near = []
        objected = False
    offered = {c.topic for c in near}
    enough = lead >= (OFFER_LEAD if near else OFFER_ALONE)
    if opinion and opinion not in offered and enough and (near or not scored):
        extra = _candidate_of(opinion, scored, keyed, rescued)
        near = [*near[:2], extra]
    return Match(tuple(near), confident=False), "objected" if objected else "unsure"


def _settle(found: Match, verdict: Verdict, evidence: Evidence, settings: MatchSettings) -> Match:
    """Weigh the rules' choice with `confidence` (issue 14: ask back rather than guess).

    The rules' answer below `settings.confidence`, or beside a second worry, is offered
    instead, with the next likeliest topics; the best topic of a question asked for want of a
    score (not for an objection) is answered from `settings.sure`. A question offers up to
    three topics: those the rules chose, then the next of each signal in turn (`_more`), when
    the message is about some topic at all (`_topical`).
    """
    best = _leader(found, evidence)
    if not best:  # about none of the topics: the bot says what it can help with
        return found
    weighed = verdict in ("answer", "unsure")
    sure = confidence(evidence, best) if weighed else 0.0
    other = _second_worry(evidence, best) if found.confident else None
    if found.confident and sure >= settings.confidence and other is None:
        return found
    near = [c.topic for c in found.candidates]
    if verdict == "unsure" and sure >= settings.sure:
        return _offer([best, *[t for t in near if t != best][:2]], evidence, confident=True)
    if not found.confident and not _topical(evidence):  # as the rules asked, or the menu
        return found
    offered = dict.fromkeys(near[:1] if found.confident else near)
    if other is not None:
        offered.setdefault(other)
    for topic in _more(evidence):
        if len(offered) >= 3:
            break
        offered.setdefault(topic)
    return _offer(list(offered), evidence, confident=False)


def _grounded(evidence: Evidence, settings: MatchSettings) -> bool:
    """Whether a question may offer buttons at all: the message is about some topic.

    Either the second opinion puts a topic `TOPICAL_LEAD` nats ahead of off-topic
    (`_topical`), or, when that opinion does not lean to off-topic, one of a topic's keywords
    is in the message or its best score (from `threshold`) comes from the typo rescue, which
    the opinion cannot see. Otherwise it is small talk or an errand ("날씨 알려 주세요") whose
    words half matched some example: the bot says what it can help with (issue 14).
    """
    # No score at all while the opinion knows some of its words: an off-topic example was the
    # closest (`_rank`), so the opinion must be twice as sure.
    if _topical(evidence, TOPICAL_LEAD if evidence.scored else 2 * TOPICAL_LEAD):
        return True
    totals = evidence.totals
    if max(totals, key=totals.__getitem__, default=None) == OFF_TOPIC:
        return False
    top = evidence.scored[0] if evidence.scored else None
    typo = top is not None and top[0] in evidence.rescued and top[1] * 100 >= settings.threshold
    return bool(evidence.keyed) or typo


def _topical(evidence: Evidence, lead: float = TOPICAL_LEAD) -> bool:
    """Whether the second opinion puts a topic `lead` nats ahead of off-topic.

    Only then does a question get more buttons (`_more`) than the rules offered, even when
    they offered none; small talk the scores half-matched gets none (`_grounded`).
    """
    totals = evidence.totals
    best = max(totals, key=totals.__getitem__, default=OFF_TOPIC)
    return best != OFF_TOPIC and totals[best] - totals.get(OFF_TOPIC, -math.inf) >= lead


def _second_worry(evidence: Evidence, topic: str) -> str | None:
    """Another topic a sentence of its own is about, beside `topic` (`WORRY`, `WORRY_CROSS`).

    "병원비가 걱정돼요. 그리고 살 곳도 없어요" is two questions: both are offered.
    """
    bests = []
    for scores in evidence.sentences:
        first, value = max(
            ((t, v) for t, v in scores.items() if t != OFF_TOPIC),
            key=itemgetter(1),
            default=(OFF_TOPIC, 0.0),
        )
        if value >= WORRY and value > scores.get(OFF_TOPIC, 0.0):
            bests.append((value, first, scores))
    mine = [scores for _, first, scores in bests if first == topic]
    others = sorted(
        ((v, t, s) for v, t, s in bests if t != topic), key=itemgetter(0), reverse=True
    )
    for _, first, scores in others if mine else ():
        if scores.get(topic, 0.0) < WORRY_CROSS and all(
            m.get(first, 0.0) < WORRY_CROSS for m in mine
        ):
            return first
    return None


def _offer(topics: Sequence[str], evidence: Evidence, *, confident: bool) -> Match:
    """A match of these topics, in this order, with their candidates' scores."""
    scored, keyed, rescued = evidence.scored, evidence.keyed, evidence.rescued
    return Match(tuple(_candidate_of(t, scored, keyed, rescued) for t in topics), confident)


# Why the rules decided as they did: "final" (the second opinion is firm: its topic answered,
# or off-topic), "answer" (answered by score), "objected" (asked back because a signal objects:
# a close keyword, a contrary or off-topic opinion), "unsure" (asked back for want of a score).
Verdict = Literal["final", "answer", "objected", "unsure"]


def _more(evidence: Evidence) -> list[str]:
    """Topics to offer after the rules' own: the next by each signal in turn.

    Blended scores count from `MORE_SCORE`, the second opinion's classes within `MORE_LEAD`
    nats of its likeliest.
    """
    blended = [t for t, v in evidence.scored if v >= MORE_SCORE][:3]
    totals = evidence.totals
    top = max(totals.values(), default=0.0)
    ranked = sorted(totals, key=totals.__getitem__, reverse=True)
    opinions = [t for t in ranked if t != OFF_TOPIC and totals[t] >= top - MORE_LEAD][:3]
    return [t for pair in zip_longest(blended, opinions) for t in pair if t]


def _candidate_of(
    topic: str,
    scored: Iterable[tuple[str, float]],
    keyed: AbstractSet[str],
    rescued: AbstractSet[str],
) -> Candidate:
    """The candidate of `topic` among those scored, or a zero one if it scored nothing."""
    value = next((v for t, v in scored if t == topic), None)
    return Candidate(topic, 0.0) if value is None else _candidate(topic, value, keyed, rescued)
