"""Where the moves against a stated obstacle come from: the field's own obstacles, a kind of
obstacle named by the person's words or close in meaning, else moves built from their words.

``_candidates`` yields every way to meet the obstacle, best first; ``constraints`` keeps the
first that neither feeds the obstacle nor comes from another field.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from assistant.engines.offline.constraint_kinds import (
    KIND_SIMILARITY,
    MEANING_SURE,
    by_meaning,
    by_structure,
    by_words,
    meant_instead,
)
from assistant.engines.offline.constraints_fallback import (
    missed_words,
    own_moves,
    practice_title,
)
from assistant.engines.offline.constraints_words import cased, fill_step, fill_text
from assistant.engines.offline.plan_needs import lacking
from assistant.language.slots import agree_after_slot, as_thing
from assistant.playbooks import Obstacle, Playbook, Step
from assistant.playbooks.obstacle_kinds import ObstacleKind, in_sense, obstacle_kinds

__all__ = [
    "MEANING_SURE",
    "OBSTACLE_SIMILARITY",
    "ConstraintMoves",
    "candidates",
    "closest_obstacle",
    "from_kind",
    "from_structure",
    "own_fallback",
]


@dataclass(frozen=True)
class ConstraintMoves:
    """The one bottleneck, how the plan attacks it, the weekly attack and first-week moves."""

    constraint: str
    strategy: str
    attack: Step
    unblock: tuple[Step, ...] = ()
    source: str = ""  # the kind or field obstacle the moves come from
    also: tuple[Step, ...] = ()  # the weekly attacks on the other parts of a two-part obstacle
    from_goal: bool = False  # no answer named it: the goal's own text did, in these words

    def titles(self) -> list[str]:
        return [self.attack.title, *(s.title for s in (*self.also, *self.unblock))]


def candidates(
    playbook: Playbook,
    text: str,
    said: str,
    fill: dict[str, str],
    meaning=True,
    field=True,
    narrow=False,
):
    """Every way to meet the stated obstacle, best first (a generator: meaning is costly).

    A narrow kind named by its words (fear of phoning, a crew that vapes on breaks) comes
    before the field's own obstacles, which a single keyword of theirs could misread. A part
    of the answer (``meaning`` off) is never met by a catch-all kind ("she", "work")."""
    kind = by_words(said, whole=meaning, field=playbook.key)
    instead = meant_instead(kind, said, playbook.key) if kind is not None else None
    doubted = kind if instead is not None else None
    if instead is not None:  # a keyword their meaning does not bear out: the kind surely meant
        yield from_kind(instead, playbook, text, said, fill)
        kind = None
    if kind is not None and kind.narrow:
        yield from_kind(kind, playbook, text, said, fill)
    if narrow:  # half of what a narrow kind met: a broad kind when words and meaning agree
        if kind is not None and not kind.narrow and by_meaning(said, playbook.key)[0] == kind:
            yield from_kind(kind, playbook, text, said, fill)
        return
    sensed = in_sense(said)  # the field's own obstacle read in the sense meant ("eats my evenings")
    known = field and next((o for o in playbook.obstacles if re.search(o.pattern, sensed)), None)
    if known:
        yield _from_obstacle(known, text, fill)
    shape = by_structure(said) if meaning else None
    if kind is not None and not kind.narrow:
        # a kind that could name only the field ("Learn painting and renovation") comes after
        # the shape that names the person's own object ("what's behind the wall")
        if shape is not None and _names_only_field(kind, said) and _names_theirs(shape, said):
            yield from_structure(shape, playbook, text, said, fill)
        yield from_kind(kind, playbook, text, said, fill)
    for other in _other_kinds(
        said, kind, meaning, playbook.key
    ):  # the first kind's moves may not fit
        if other is not doubted:
            yield from_kind(other, playbook, text, said, fill)
    if not meaning:
        return
    obstacle, o_sim = closest_obstacle(playbook, text)
    near, k_sim = by_meaning(said, playbook.key)
    sure = near is not None and k_sim >= MEANING_SURE
    if shape is not None and not sure:  # its shape by words before a loose guess by meaning
        yield from_structure(shape, playbook, text, said, fill)
    by_field = (
        _from_obstacle(obstacle, text, fill)
        if obstacle is not None and o_sim >= OBSTACLE_SIMILARITY
        else None
    )
    by_kind = (
        from_kind(near, playbook, text, said, fill)
        if near is not None and k_sim >= KIND_SIMILARITY
        else None
    )
    closest_first = (by_field, by_kind) if o_sim >= k_sim else (by_kind, by_field)
    yield from (moves for moves in closest_first if moves is not None)
    if shape is not None and sure:
        yield from_structure(shape, playbook, text, said, fill)


def _other_kinds(said: str, first: ObstacleKind | None, whole: bool, field: str = ""):
    """The kinds the words name after the first ("bored watching tv": screens, then boredom),
    for when the first one's moves do not fit the person."""
    for kind in obstacle_kinds():
        if kind is not first and kind.named_in(said, field) and (whole or not kind.whole_only):
            yield kind


def _from_obstacle(known: Obstacle, text: str, fill: dict[str, str]) -> ConstraintMoves:
    """The field knows this obstacle: its own moves, the person's words filled in."""
    return ConstraintMoves(
        text,
        known.strategy,
        fill_step(known.attack, fill),
        tuple(fill_step(s, fill) for s in known.unblock),
        f"field:{known.key}",
    )


def from_kind(
    kind: ObstacleKind, playbook: Playbook, text: str, said: str, fill: dict[str, str]
) -> ConstraintMoves:
    """A kind of obstacle met with its moves for this field, naming the person's own object."""
    context = f"{fill.get('goal_words', '')} {said}"
    strategy, attack, unblock = kind.moves(playbook.key, said, lacking(playbook, context))
    fill = {**fill, "field": playbook.label}
    found = kind.object_in(said)
    # their object, named in the goal instead; never for a money kind, whose object is a rival
    # of the goal (a pot for "the house" when the house is what they save for)
    if found == kind.it and fill.get("goal_words") and kind.family != "money":
        found = kind.object_in(fill["goal_words"])
    it = cased(as_thing(fill_text(found, fill)), text)  # "I'm stressed": "being stressed"
    here = {**fill, "it": it}

    def agreed(step: Step) -> Step:  # "before meetings fill the week", never "fills"
        said = agree_after_slot(step.title, it), agree_after_slot(step.done_when, it)
        return fill_step(replace(step, title=said[0], done_when=said[1]), here)

    return ConstraintMoves(
        text,
        fill_text(agree_after_slot(strategy, it), here),
        agreed(attack),
        tuple(agreed(s) for s in unblock),
        f"kind:{kind.key}",
    )


def from_structure(
    shape: ObstacleKind, playbook: Playbook, text: str, said: str, fill: dict[str, str]
) -> ConstraintMoves:
    """An obstacle met by the coach's move for its shape (a time clash, an event, a fear),
    naming the person's own noun phrase; never an object taken from the goal instead, and the
    plan's weekly unit in the field's own words ("the session", "the weekly money step")."""
    here = {k: v for k, v in fill.items() if k != "goal_words"}
    moves = from_kind(
        shape,
        playbook,
        text,
        said,
        {
            **here,
            **missed_words(playbook.key, practice_title(playbook)),
        },
    )
    return replace(moves, source=f"structure:{shape.key}")


def _names_only_field(kind: ObstacleKind, said: str) -> bool:
    """Would this kind's moves name the goal's field, not anything the person said?"""
    return "{field}" in kind.it and kind.object_in(said) == kind.it


def _names_theirs(shape: ObstacleKind, said: str) -> bool:
    """Does a structure's cue find the person's own object in their words?"""
    return shape.object_in(said) != shape.it


def own_fallback(playbook: Playbook, text: str, fill: dict[str, str]) -> ConstraintMoves:
    """No knowledge fits: moves built from the person's words and the plan's session."""
    return ConstraintMoves(text, *own_moves(playbook, text, fill))


OBSTACLE_SIMILARITY = 0.4  # how close in meaning a stated constraint must be to a known one


def closest_obstacle(playbook: Playbook, stated: str) -> tuple[Obstacle | None, float]:
    """The field's known obstacle that means what the person said, when words did not match
    ("my shifts change every week" ~ "no fixed time in the week"), by the shipped embeddings."""
    if not playbook.obstacles:
        return None, 0.0
    from assistant.memory.embedding import load_minilm

    known = _obstacle_vectors(tuple(f"{o.key}: {o.constraint}" for o in playbook.obstacles))
    sims = known @ load_minilm().encode([in_sense(stated)])[0]
    best = int(sims.argmax())
    return playbook.obstacles[best], float(sims[best])


@functools.lru_cache(maxsize=256)
def _obstacle_vectors(texts: tuple[str, ...]):
    """A field's obstacles embedded once per process, not on every plan."""
    from assistant.memory.embedding import load_minilm

    return load_minilm().encode(list(texts))
