"""Knowledge: schema, loader and matcher for the admin-edited files under knowledge/data/."""

from knowledge.errors import KnowledgeError, KnowledgeFileError
from knowledge.loader import DEFAULT_PATH, Knowledge, load_knowledge
from knowledge.matcher import Candidate, Match, MatchSettings, match, score_topics, small_talk
from knowledge.schema import LANGS, TOPIC_IDS, Topic

__all__ = [
    "DEFAULT_PATH",
    "LANGS",
    "TOPIC_IDS",
    "Candidate",
    "Knowledge",
    "KnowledgeError",
    "KnowledgeFileError",
    "Match",
    "MatchSettings",
    "Topic",
    "load_knowledge",
    "match",
    "score_topics",
    "small_talk",
]
