"""The word lists of the language rules, read once from ``assistant/data/lexicon.toml``."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def lexicon() -> dict[str, Any]:
    return tomllib.loads(files("assistant").joinpath("data/lexicon.toml").read_text("utf-8"))


def words(name: str) -> tuple[str, ...]:
    """A word list in file order (order matters where phrases overlap)."""
    return tuple(lexicon()[name])
