"""Which kind of obstacle the person named: by its words first, else by meaning.

The kinds and their moves are data (``assistant/data/obstacles.toml``); this module only
routes. Keywords are support: the first kind in the table whose pattern hits wins (the table
lists narrower kinds first). Without a keyword, the shipped MiniLM embeddings compare what the
person said with each kind's ``about`` phrasings ("the couch is right there" is screens).
"""

from __future__ import annotations

import functools
import re

from assistant.language import normalize
from assistant.playbooks.obstacle_kinds import (
    ObstacleKind,
    in_sense,
    obstacle_kinds,
    obstacle_structures,
)

__all__ = [
    "KIND_SIMILARITY",
    "by_meaning",
    "by_structure",
    "by_words",
    "classify",
    "keyword_doubted",
    "meant_instead",
]

KIND_SIMILARITY = 0.55  # how close in meaning a constraint must be to a kind's phrasings
# A kind this close in meaning is surer than an obstacle's shape read from its words ("my
# manager keeps cutting me off" is being talked over, not a person pulling the other way);
# below it, the shape comes first ("I feel flat and lose whole mornings" is no lost appetite).
MEANING_SURE = 0.6


def by_words(said: str, whole: bool = True, field: str = "") -> ObstacleKind | None:
    """The first kind whose keywords the (normalised) words hit, negative cues respected; for
    one part of an answer (``whole`` off), never a catch-all kind ("she", "work", "skills");
    never one whose words the goal's ``field`` expects (sore fingertips on a guitar)."""
    return next(
        (k for k in obstacle_kinds() if k.named_in(said, field) and (whole or not k.whole_only)),
        None,
    )


def by_structure(said: str) -> ObstacleKind | None:
    """The shape of an obstacle no kind fits, by its (normalised) words: the first structure
    (a time clash, an event, a fear, ...) whose words hit, negative cues respected."""
    return next((k for k in obstacle_structures() if k.named_in(said)), None)


def by_meaning(said: str, field: str = "") -> tuple[ObstacleKind | None, float]:
    """The kind whose phrasings are closest in meaning, and how close (cosine); never a kind
    whose negative cue the words hit ("fasting for Ramadan" is not fast food), nor one whose
    words the goal's ``field`` expects."""
    if not said.strip():
        return None, 0.0
    from assistant.memory.embedding import load_minilm

    said = in_sense(said)  # "marking eats my evenings" is read as time taken, not food
    owners, vectors = _phrasing_vectors()
    sims = vectors @ load_minilm().encode([said])[0]
    kinds = obstacle_kinds()
    for i, owner in enumerate(owners):  # a negative cue rules a kind out by meaning too
        kind = kinds[owner]
        if (
            kind.unless
            and re.search(kind.unless, said)
            or kind.words_only
            or _expected(kind, said, field)
        ):
            sims[i] = -1.0
    best = int(sims.argmax())
    return obstacle_kinds()[owners[best]], float(sims[best])


# A kind a keyword named is doubted when the answer means almost nothing like any of its
# phrasings ("I go to bed late because of gaming and work": "gaming" names screens at 0.20).
# A doubted kind is passed
# over only for the kind the words surely mean (a late bedtime, 0.75); with no sure meaning the
# keyword stands. Short answers are left to their words: a name ("doordash") means little to the encoder.
KEYWORD_UNSUPPORTED = 0.21
_FEWEST_WORDS = 4


def keyword_doubted(kind: ObstacleKind, said: str) -> bool:
    """Is the ``kind`` a keyword of the (normalised) words named unsupported by their meaning?"""
    if len(said.split()) < _FEWEST_WORDS:
        return False
    from assistant.memory.embedding import load_minilm

    owners, vectors = _phrasing_vectors()
    mine = [i for i, owner in enumerate(owners) if obstacle_kinds()[owner] is kind]
    if not mine:
        return False
    sims = vectors[mine] @ load_minilm().encode([in_sense(said)])[0]
    return float(sims.max()) < KEYWORD_UNSUPPORTED


def meant_instead(kind: ObstacleKind, said: str, field: str = "") -> ObstacleKind | None:
    """The kind the (normalised) words surely mean, when the ``kind`` their keyword named is
    doubted; else None."""
    if not keyword_doubted(kind, said):
        return None
    near, sim = by_meaning(said, field)
    return near if near is not None and near is not kind and sim >= MEANING_SURE else None


def classify(constraint: str) -> ObstacleKind | None:
    """The kind of obstacle by its words, else by meaning ("burnt out" is low energy)."""
    said = normalize(constraint)
    found = by_words(said)
    if found is not None:
        return found
    kind, sim = by_meaning(said)
    return kind if sim >= KIND_SIMILARITY else None


def _expected(kind: ObstacleKind, said: str, field: str) -> bool:
    """Does the goal's field expect these words (not this kind of obstacle)?"""
    return any(field in e.in_fields and re.search(e.words, said) for e in kind.expected)


@functools.cache
def _phrasing_vectors():
    """Every kind's phrasings embedded once per process, with the index of their kind."""
    from assistant.memory.embedding import load_minilm

    owners = [i for i, k in enumerate(obstacle_kinds()) for _ in k.about]
    texts = [normalize(a) for k in obstacle_kinds() for a in k.about]
    return owners, load_minilm().encode(texts)
