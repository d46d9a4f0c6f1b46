"""The size of what a goal takes on ("one cupboard", "the garage", "the whole 3-bed house"),
read with the table in ``data/scope.toml``: it scales the field's default target when no amount
was said and replaces template words that presume another size ("every room" only for a whole
home)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from assistant.language import normalize


@dataclass(frozen=True)
class Scope:
    """One size a goal can name, and what it changes in a field's template."""

    key: str
    words: re.Pattern[str]
    scale: float
    fields: frozenset[str]
    titles: tuple[tuple[str, str], ...] = field(default_factory=tuple)


@cache
def _table() -> tuple[Scope, ...]:
    text = (resources.files("assistant") / "data" / "scope.toml").read_text(encoding="utf-8")
    return tuple(
        Scope(
            key=row["key"],
            words=re.compile(row["words"], re.I),
            scale=float(row["scale"]),
            fields=frozenset(row["fields"]),
            titles=tuple(row.get("titles", {}).items()),
        )
        for row in tomllib.loads(text)["scope"]
    )


def read_scope(core: str, field_key: str) -> Scope | None:
    """The first size the goal names that the field is scaled by, or None."""
    said = normalize(core)
    for scope in _table():
        if field_key in scope.fields and scope.words.search(said):
            return scope
    return None


CHECKED_OVER = "Both finished and checked over together"  # the last of two parts' milestones


@cache
def _states() -> tuple[tuple[re.Pattern[str], str], ...]:
    text = (resources.files("assistant") / "data" / "scope.toml").read_text(encoding="utf-8")
    return tuple((re.compile(r["said"], re.I), r["done"]) for r in tomllib.loads(text)["state"])


def done_state_parts(goal: str, subject: str) -> list[str]:
    """The done-state the goal names in parts, each said as done ('the fence is falling down':
    'Fence fixed'; 'somewhere my kids can play': 'Somewhere the kids can play'), in the order
    said; a part about 'it' is about the goal's subject."""
    said = normalize(goal)
    found: list[tuple[int, str]] = []
    for pattern, done in _states():
        for m in pattern.finditer(said):
            words = {k: v for k, v in m.groupdict().items() if v}
            words.setdefault("thing", re.sub(r"^(?:the|your|my|our)\s", "", subject) or "it")
            part = done.format_map(words)
            if all(part != p for _, p in found):
                found.append((m.start(), part))
    return [p[:1].upper() + p[1:] for _, p in sorted(found)]


def scope_of(key: str) -> Scope | None:
    return next((s for s in _table() if s.key == key), None)


def scaled_target(target: float, scope: Scope) -> float:
    """The field's default count for a goal of this size (20 bags: 5 for a cupboard, 50 a house)."""
    return float(max(1, round(target * scope.scale)))


def scoped_words(text: str, scope: Scope | None, subject: str) -> str:
    """A template's words for the goal's own size: 'every room clear' is the whole home's."""
    if scope is None:
        return text
    for old, new in scope.titles:
        if old in text:
            text = text.replace(old, new.format(subject=subject or "it"))
    return re.sub(r"\b(the|your)\s(?:the|your)\s", r"\1 ", text)
