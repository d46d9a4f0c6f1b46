"""Parts of a plan that a move against an obstacle can need, as data (``plan_parts.toml``).

A kind's, a variant's or a shape's ``requires`` names these parts; the writer never uses a move
whose part the plan has not got (no session to book in a plan of daily ticks, no study material
for power cuts in a shop). Validated here: unknown keys and bad regexes fail at load.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass

from assistant.errors import InputError
from assistant.language.patterns import Regex

__all__ = ["PlanPart", "load_parts", "plan_parts"]


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class PlanPart:
    """One part a move can need, and how to tell a plan has it."""

    key: str
    about: str
    fields: tuple[str, ...] = ()  # fields whose plans have it by design
    families: tuple[str, ...] = ()  # families of fields whose plans have it
    said: Regex = ""  # words of the goal or the obstacle that say it
    from_plan: bool = False  # read from the plan's own practice (a session), not from words


def load_parts(text: str, source: str = "plan_parts.toml") -> dict[str, PlanPart]:
    """The parts of a TOML text by key, validated; InputError naming the first problem."""
    try:
        parts = TypeAdapter(list[PlanPart]).validate_python(tomllib.loads(text).get("parts", []))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise InputError(f"plan parts file {source} is invalid: {exc}") from exc
    return {p.key: p for p in parts}


@functools.cache
def plan_parts() -> dict[str, PlanPart]:
    """The shipped table of parts, by key."""
    source = resources.files("assistant") / "data" / "plan_parts.toml"
    return load_parts(source.read_text(encoding="utf-8"))
