"""Kinds of subject a field's step may name (medical bills, bodywork, a young child): a step
that names one is planned only where the person's own words make it theirs."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TypeVar

from assistant.language import normalize
from assistant.language.negation import says

V = TypeVar("V")


@dataclass(frozen=True)
class SubjectKind:
    """One narrower kind: how the person says it, and how a step names it."""

    key: str
    said: re.Pattern[str]
    names: re.Pattern[str]
    excludes: bool = False  # saying it rules the naming steps out (a JLPT: no writing paper)
    # an obstacle's moves that name it unsaid are another life's moves, ruled out as a set (a
    # kind whose twins sit among one obstacle's moves is left to the step-by-step check)
    rules_out_moves: bool = False


@functools.cache
def subject_kinds() -> dict[str, SubjectKind]:
    """Every kind in data/step_subjects.toml, its patterns compiled (a bad one fails at load)."""
    source = resources.files("assistant") / "data" / "step_subjects.toml"
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return {
        key: SubjectKind(
            key,
            re.compile(kind["said"], re.I | re.S),
            re.compile(kind["names"], re.I),
            bool(kind.get("excludes", False)),
            bool(kind.get("rules_out_moves", False)),
        )
        for key, kind in data.items()
    }


def known_kind(key: str) -> str:
    """The key itself when it names a kind (or is empty); ValueError naming the kinds if not."""
    if key and key not in subject_kinds():
        raise ValueError(
            f"unknown subject kind {key!r}; known: {', '.join(sorted(subject_kinds()))}"
        )
    return key


def said_kind(key: str, said: str) -> bool:
    """Whether the person's words (goal and answers) mention this kind, not as a thing they
    deny ("no kids", "without meds", "don't want to end up on metformin")."""
    return says(subject_kinds()[key].said, said)


def theirs(needs: str, unless_said: str, said: str) -> bool:
    """Whether a step with these keys is the person's: its kind said, its twin's kind not."""
    if needs and not said_kind(needs, said):
        return False
    return not (unless_said and said_kind(unless_said, said))


def their_variants(variants: Sequence[V], goal: str, answers: Mapping[str, object]) -> list[V]:
    """The variants (presets, steps) whose presumed facts the person's words do not contradict,
    in order: a variant's ``needs`` said, its ``unless_said`` not."""
    said = normalize(" . ".join([goal, *(str(v) for v in answers.values() if v)]))
    return [
        v for v in variants if theirs(getattr(v, "needs", ""), getattr(v, "unless_said", ""), said)
    ]


def ruled_out(text: str, said: str) -> str:
    """The premise the person said that a step's words contradict ('' when none): a night-shift
    nurse's "morning light" walk, a building-site worker's "quiet room" or "HR"."""
    for kind in subject_kinds().values():
        if kind.excludes and kind.names.search(text) and _said_plainly(kind.said, said):
            return kind.key
    return ""


_DENIED_BEFORE = re.compile(r"\b(?:no|not|never|without|nor|n't|no longer)\s+(?:\w+\s+)?$")


def _said_plainly(pattern: re.Pattern[str], said: str) -> bool:
    """Does ``said`` state the premise, not deny it? Only the word or two right before it
    can deny it ("not on nights any more"): "no prayer space at the building site" still says
    the site."""
    return any(
        not _DENIED_BEFORE.search(said[max(0, m.start() - 25) : m.start()])
        for m in pattern.finditer(said)
    )


def foreign_kinds(text: str, said: str) -> list[str]:
    """The kinds a planned step's words name that are not the person's (the subject audit)."""
    out = []
    for kind in subject_kinds().values():
        if kind.names.search(text) and says(kind.said, said) == kind.excludes:
            out.append(kind.key)
    return out
