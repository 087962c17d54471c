"""Refit the matcher's confidence model (knowledge/confidence.py WEIGHTS) from the knowledge files.

Every example question, and every off-topic example, is matched against an index built
without its tenth of them (10 folds, titles and keywords always in, as `gyeot knowledge test`
does). Whenever the rules lead with a topic, whether that topic was the example's own is one
training row. No evaluation set is read. Prints the weights to paste into WEIGHTS, and how
often the model, at the default thresholds, would ask back on these held-out examples.

Usage: .venv/bin/python scripts/fit_confidence.py [KNOWLEDGE_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from knowledge import DEFAULT_PATH, MatchSettings, load_knowledge
from knowledge.confidence import FEATURES, confidence, features, fit
from knowledge.loader import load_offtopic
from knowledge.matcher import OFF_TOPIC, Example, build_index, weighed

FOLDS = 10


def main() -> int:
    """Fit, then print the weights and a summary."""
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    kb = load_knowledge(root)
    settings = MatchSettings()
    written = [(t.id, loc) for t in kb.topics.values() for _, loc in t.translations()]
    every = [(topic, text) for topic, loc in written for text in loc.examples]
    every += [(OFF_TOPIC, e.text) for e in load_offtopic(root / "offtopic.toml")]
    titles = [Example(topic, loc.title) for topic, loc in written]
    keywords = [(topic, k) for topic, loc in written for k in loc.keywords]
    rows = []
    for fold in range(FOLDS):
        rest = [Example(t, x) for i, (t, x) in enumerate(every) if i % FOLDS != fold]
        index = build_index([*titles, *rest], keywords)
        for topic, text in every[fold::FOLDS]:
            found = weighed(text, index, settings)
            if found is not None:
                rows.append((found, found[0] == topic))
    weights = fit([(features(evidence, lead), right) for (lead, evidence), right in rows])
    out = sys.stdout
    out.write("WEIGHTS = (\n")
    for name, w in zip(FEATURES, weights, strict=True):
        out.write(f"    {w},  # {name}\n")
    out.write(")\n")
    doubted = [right for (lead, ev), right in rows if confidence(ev, lead, weights) < 0.65]
    out.write(
        f"{len(rows)} held-out examples weighed; {len(doubted)} would be asked back "
        f"({sum(doubted)} of them right, {len(doubted) - sum(doubted)} wrong)\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
