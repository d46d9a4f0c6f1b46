"""Stated conditions that make a field's usual moves harmful, and their safe variants (data).

``assistant/data/cautions.toml`` holds them: a history of disordered eating, type 1 diabetes,
pregnancy, an injury. Code only matches the person's words and swaps the harmful moves.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass

from assistant.errors import InputError
from assistant.playbooks.base import Step

_STRICT = ConfigDict(extra="forbid")


@dataclass(frozen=True, config=_STRICT)
class Caution:
    """One condition: how the person says it, which moves it rules out, and what to do instead."""

    key: str
    label: str
    pattern: str  # over the goal and every answer, normalised
    harmful: str  # over a task's title and done-when
    note: str  # the assumption line the person reads
    clinician: Step  # the first step: who to ask
    instead: tuple[Step, ...]  # safe variants, used in turn for each harmful task
    has_clinician: str = ""  # a task matching this already sends them to the right person
    fields: tuple[str, ...] = ()  # the fields it applies to; empty: every field


@dataclass(frozen=True, config=_STRICT)
class _Cautions:
    cautions: tuple[Caution, ...]


@functools.cache
def all_cautions() -> tuple[Caution, ...]:
    """Every caution, validated; InputError naming the first problem."""
    source = resources.files("assistant") / "data" / "cautions.toml"
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        found = TypeAdapter(_Cautions).validate_python(data).cautions
        for c in found:
            for pattern in (c.pattern, c.harmful, c.has_clinician):
                re.compile(pattern)
    except (tomllib.TOMLDecodeError, ValidationError, re.error) as exc:
        raise InputError(f"cautions.toml is invalid: {exc}") from exc
    return found


def cautions_for(words: str, field: str) -> list[Caution]:
    """The cautions the person's own words (normalised goal and answers) call for in a field."""
    return [
        c
        for c in all_cautions()
        if (not c.fields or field in c.fields) and re.search(c.pattern, words, re.I)
    ]
