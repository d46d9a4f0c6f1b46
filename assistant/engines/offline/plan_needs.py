"""Does the plan have what a move against an obstacle needs (``plan_parts.toml``)?

A move that books "the session" needs a plan with sessions; printed practice for power cuts
needs something studied; "3 must-have criteria" a choice to make. The writer asks this before it
uses a kind's, a variant's or a shape's moves, and passes over those whose parts are missing.
"""

from __future__ import annotations

import re

from assistant.engines.offline.constraints_fallback import (
    has_sessions,
    missed_words,
    practice_title,
)
from assistant.engines.offline.constraints_family import field_family
from assistant.language import normalize
from assistant.playbooks import Playbook
from assistant.playbooks.obstacle_kinds import ObstacleKind, obstacle_kinds, obstacle_structures
from assistant.playbooks.plan_parts import plan_parts

__all__ = ["has_part", "kind_of_source", "lacking", "needs_met", "session_plan"]


def session_plan(playbook: Playbook) -> bool:
    """Does a plan in this field hold sittings a move can book or shorten by name ("the
    session", "the weekly time together"): a field with sessions whose first practice is a
    sitting, not a daily tick, nor an office's or a budget's "weekly step" no task is called?"""
    one = missed_words(playbook.key, practice_title(playbook))["one"]
    return has_sessions(playbook.key) and one not in _NO_SITTING


_NO_SITTING = frozenset({"the weekly step", "the weekly money step"})


def has_part(key: str, playbook: Playbook, said: str = "") -> bool:
    """Does a plan in ``playbook``'s field, for a goal and obstacle in ``said``, have the part?"""
    part = plan_parts()[key]
    if part.from_plan:
        return session_plan(playbook)
    return (
        playbook.key in part.fields
        or field_family(playbook.key) in part.families
        or bool(part.said and re.search(part.said, normalize(said)))
    )


def needs_met(requires: tuple[str, ...], playbook: Playbook, said: str = "") -> bool:
    """Does the plan have every part in ``requires``?"""
    return all(has_part(key, playbook, said) for key in requires)


def kind_of_source(source: str) -> ObstacleKind | None:
    """The kind or shape a moves' ``source`` ("kind:power_cuts", "structure:...") names."""
    table, _, key = source.partition(":")
    rows = {"kind": obstacle_kinds, "structure": obstacle_structures}.get(table)
    return next((k for k in rows() if k.key == key), None) if rows else None


def lacking(playbook: Playbook, said: str = "") -> frozenset[str]:
    """The parts a plan in ``playbook``'s field, for the goal and obstacle in ``said``, has not
    got (a kind's variant for such plans replaces its moves: a time clash with no session)."""
    return frozenset(key for key in plan_parts() if not has_part(key, playbook, said))
