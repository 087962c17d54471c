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
three likeliest offered as buttons, else nothing (the bot says what it can help with).

`build_index` does the heavy work once at load; `match` is a few dictionary look-ups and a few
rapidfuzz calls, under a millisecond for our knowledge base.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
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
    flat = compact(text)
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


OFF_TOPIC = ""  # the "topic" of off-topic examples (knowledge/data/offtopic.toml)
FUZZY_NEAR = 0.1  # typo rescue compares with examples at least this close by n-grams
FUZZY_MAX = 80  # jamo: typo rescue is for short phrases; long ones have n-grams
LOOSE_MAX = 90  # jamo: partial_ratio grows with length; longer messages have n-grams
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
        known = [self.lift[f] for f in counts if f in self.lift]
        if not known or len(self.classes) < 2:
            return None, 0.0
        totals = [b * len(known) for b in self.base]
        for entries in known:
            for c, v in entries:
                totals[c] += v
        first, second = sorted(range(len(totals)), key=totals.__getitem__, reverse=True)[:2]
        return self.classes[first], totals[first] - totals[second]


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
    long_groups: tuple[tuple[int, tuple[tuple[str, str, str], ...], tuple[str, ...]], ...]
    postings_split: dict[str, tuple[tuple[int, ...], tuple[float, ...]]]  # feature -> (ids, w)
    latin_keywords: tuple[tuple[re.Pattern[str], str, str], ...]  # (whole words, compact, topic)
    net: TopicNet  # the second opinion
    latin_starts: dict[str, tuple[tuple[re.Pattern[str], str, str], ...]]  # first two letters


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
    counts: Mapping[str, float], idf: dict[str, float], unseen: float = 0.0
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
    latin_starts: dict[str, list[tuple[re.Pattern[str], str, str]]] = defaultdict(list)
    for pattern in latin:
        latin_starts[pattern[1][:2]].append(pattern)
    long = tuple(sorted((k for k in kws if len(k[1]) >= 12), key=lambda k: len(k[1])))
    groups: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for entry in long:
        groups[len(entry[1])].append(entry)
    return MatchIndex(
        topics=tuple(dict.fromkeys(e.topic for e in examples if e.topic != OFF_TOPIC)),
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
        long_groups=tuple(
            (n, tuple(g), tuple(k[1] for k in g)) for n, g in sorted(groups.items())
        ),
        latin_starts={k: tuple(v) for k, v in latin_starts.items()},
        postings_split={
            f: (tuple(i for i, _ in p), tuple(w for _, w in p)) for f, p in postings.items()
        },
        latin_keywords=latin,
        net=build_net([(e.topic, e.text) for e in examples] + pairs),
    )


def _cosine_by_topic(
    query: dict[str, float], index: MatchIndex
) -> tuple[dict[str, float], dict[int, float]]:
    """Each topic's best cosine over its examples; also every example's (the ones touched)."""
    sims: dict[int, float] = {}
    get = sims.get
    for f, w in query.items():
        posting = index.postings_split.get(f)
        if posting is not None:
            for i, v in zip(*posting, strict=True):
                sims[i] = get(i, 0.0) + w * v
    best: dict[str, float] = {}
    topics = index.example_topics
    for i, s in sims.items():
        topic = topics[i]
        if s > best.get(topic, 0.0):
            best[topic] = s
    return best, sims


def _keyword_hits(text: str, index: MatchIndex, *, rescue: bool = True) -> dict[str, float]:
    flat = compact(text)
    exact = _exact_keywords(flat, " ".join(words(text)), index)
    hits: dict[str, float] = defaultdict(float)
    for kw, topic, weight in exact:
        # A keyword inside a longer keyword of another topic that also matched does not count.
        if any(kw != other and kw in other and t != topic for other, t, _ in exact):
            continue
        hits[topic] = max(hits[topic], weight)
    for topic in _loose_keywords(flat, {kw for kw, _, _ in exact}, index) if rescue else ():
        hits[topic] = max(hits[topic], 0.6)  # a typo in a long keyword still counts, a little
    return hits


def _exact_keywords(flat: str, spaced: str, index: MatchIndex) -> list[tuple[str, str, float]]:
    """Keywords found verbatim; longer keywords are more specific ("anonymous birth")."""
    found: dict[tuple[str, str], float] = {}
    for i in range(len(flat) - 1):
        start = flat[i : i + 2]
        for kw, kw_jamo, topic in index.keyword_starts.get(start, ()):
            if flat.startswith(kw, i):
                found[kw, topic] = min(1.0, 0.55 + 0.035 * len(kw_jamo))
        for pattern, kw, topic in index.latin_starts.get(start, ()):
            if flat.startswith(kw, i) and (kw, topic) not in found and pattern.search(spaced):
                found[kw, topic] = min(1.0, 0.55 + 0.035 * len(kw))
    return [(kw, topic, weight) for (kw, topic), weight in found.items()]


def _loose_keywords(flat: str, exact: set[str], index: MatchIndex) -> list[str]:
    """Topics of long keywords found with one slip (jamo-level partial ratio ≥ 92)."""
    flat_jamo = jamo(flat)
    if len(flat_jamo) > LOOSE_MAX:
        return []
    # Only keywords no longer than the message can be found in it. partial_ratio ≥ 92 needs a
    # common subsequence of ≥ 85 % of the keyword (even at the message's edge), and LCS is far
    # cheaper to compute: it rules out most keywords before partial_ratio is scored.
    near: list[tuple[str, str, str]] = []
    for length, group, choices in index.long_groups:
        if length > len(flat_jamo):
            break
        common = process.extract(
            flat_jamo,
            choices,
            scorer=LCSseq.similarity,
            score_cutoff=math.ceil(0.85 * length),
            limit=None,
        )
        near += [group[i] for _, _, i in common]
    if not near:
        return []
    hits = process.extract(
        flat_jamo, [k[1] for k in near], scorer=fuzz.partial_ratio, score_cutoff=92, limit=None
    )
    return [near[i][2] for _, _, i in hits if near[i][0] not in exact]


def _fuzzy_by_topic(text: str, index: MatchIndex, near: Iterable[int]) -> dict[str, float]:
    """Jamo-level likeness to the closest examples among `near` (those sharing a feature)."""
    query = jamo(compact(text))
    best: dict[str, float] = defaultdict(float)
    if not 4 <= len(query) <= FUZZY_MAX:
        return best
    # fuzz.ratio ≥ 60 needs the shorter string at least 3/7 of the longer one.
    low, high = len(query) * 3 / 7, len(query) * 7 / 3
    ids = [i for i in near if low <= len(index.example_jamo[i]) <= high]
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
    return _score_all(text, index, features(text))


def _score_all(text: str, index: MatchIndex, counts: Mapping[str, float]) -> list[Candidate]:
    """`score_topics` with the features of the whole text already computed."""
    if small_talk(text):
        return []
    best, keyed, rescued = _score_once(text, index, counts)
    parts = [p for p in _SENTENCE.split(text) if len(p) >= 6][:MAX_PARTS]
    if len(parts) > 1:
        for part in parts:
            scores, part_keyed, _ = _score_once(part, index, rescue=PART_RESCUE)
            keyed |= part_keyed
            for topic, value in scores.items():
                if value * 0.92 > best.get(topic, 0.0):
                    best[topic] = value * 0.92
                    rescued.discard(topic)
    off = best.pop(OFF_TOPIC, 0.0)
    if best and off >= max(best.values()):  # closest to food, weather, games...: no topic
        return []
    ranked = sorted(best.items(), key=lambda pair: (-pair[1], pair[0]))
    return [
        Candidate(topic, round(min(100.0, value * 100.0), 1), topic in keyed, topic in rescued)
        for topic, value in ranked
    ]


def _score_once(
    text: str, index: MatchIndex, counts: Mapping[str, float] | None = None, *, rescue: bool = True
) -> tuple[dict[str, float], set[str], set[str]]:
    """Blend the three signals per topic.

    Also return the topics a keyword hit, and those whose score only the typo rescue gives.
    """
    query = _weigh(features(text) if counts is None else counts, index.idf, index.max_idf * 0.25)
    cosine, near = _cosine_by_topic(query, index)
    keyword = _keyword_hits(text, index, rescue=rescue)
    close_by = [i for i, sim in near.items() if sim >= FUZZY_NEAR]
    fuzzy = _fuzzy_by_topic(text, index, close_by) if rescue else {}
    scores: dict[str, float] = {}
    rescued: set[str] = set()
    for topic in set(cosine) | set(keyword) | set(fuzzy):
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

    Sure means over `threshold`, not closely followed by a topic one of whose keywords is in
    the message too (two admin keywords close together are a question worth asking back), and
    not firmly contradicted by the second opinion; or backed by it (from `AGREE_FLOOR`, or at
    any offered score when it is firm). When not sure, its topic is offered too.
    """
    if small_talk(text):
        return Match((), confident=False)
    counts = features(text)
    scored = _score_all(text, index, counts)
    ranked = [c for c in scored if c.score >= settings.suggest_threshold]
    opinion, lead = index.net.opinion_of(counts)
    # A near-copy of an example of another topic outweighs even a firm opinion.
    strong = ranked[0].score >= NEAR_COPY and ranked[0].topic != opinion if ranked else False
    if opinion is not None and lead >= NET_SURE and not strong:
        if opinion == OFF_TOPIC:
            return Match((), confident=False)
        chosen = next((c for c in scored if c.topic == opinion), Candidate(opinion, 0.0))
        return Match((chosen, *[c for c in ranked if c.topic != opinion][:2]), confident=True)
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
            return Match(tuple(ranked[:3]), confident=True)
        near = [c for c in ranked[:3] if c.score >= top.score - settings.suggest_window]
    else:
        near = []
    offered = {c.topic for c in near}
    enough = lead >= (OFFER_LEAD if near else OFFER_ALONE)
    if opinion and opinion not in offered and enough and (near or not scored):
        extra = next((c for c in scored if c.topic == opinion), Candidate(opinion, 0.0))
        near = [*near[:2], extra]
    return Match(tuple(near), confident=False)
