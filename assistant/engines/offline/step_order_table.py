"""The table of steps placed by what they do to the practice (data/step_order.toml): what
prepares it (a gauge swatch, a test scan) and what picks from the work done ("Pick your best
5 pieces"), read by the ordering passes."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import InputError
from assistant.language.patterns import Regex


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: Regex

    def names(self, title: str) -> bool:
        return bool(re.search(self.title, title, re.IGNORECASE))


class Prepares(_Rule):
    within_days: int = 7


class Picks(_Rule):
    after: float = 0.75


class StepOrder(BaseModel):
    """The shipped table."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    prepares: Prepares
    picks: Picks


def load_step_order(text: str, source: str = "step_order.toml") -> StepOrder:
    """The table of a TOML text, validated; InputError naming the first problem."""
    try:
        return StepOrder.model_validate(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise InputError(f"step order file {source} is invalid: {exc}") from exc


@functools.cache
def step_order() -> StepOrder:
    source = resources.files("assistant") / "data" / "step_order.toml"
    return load_step_order(source.read_text(encoding="utf-8"))


def picks_from_work(title: str) -> bool:
    """A step that chooses from the work done: never a set-up for the sessions that make it."""
    return step_order().picks.names(title)
