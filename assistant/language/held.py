"""What the person already has or has done, by kind ("just opened an FHSA", "using Becker",
"finished the Google UX cert", "my NTS expires Aug 31", "6.0 on my mock"): a field's step or
rung that produces a kind they hold (``gets`` in its data) is not planned again.

The kinds and how people say them live in ``assistant/data/held.toml``."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from pydantic import BaseModel, ConfigDict

HELD = "~held "  # the mark of a held kind among the understanding's done parts


class HeldKind(BaseModel):
    """One kind of thing a person may hold, and the words that say they hold it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    names: tuple[str, ...]
    verbs: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    alone: tuple[str, ...] = ()
    scored: bool = False
    covers: tuple[str, ...] = ()


@functools.cache
def held_kinds() -> tuple[HeldKind, ...]:
    """The kinds of ``held.toml``, validated."""
    source = resources.files("assistant") / "data" / "held.toml"
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return tuple(HeldKind(**row) for row in data["kind"])


def _words(options: tuple[str, ...]) -> str:
    """An alternation of phrases, longest first, each a whole word run."""
    return "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True))


@functools.cache
def _said(kind: HeldKind) -> re.Pattern[str]:
    """How a text says the person holds one of the kind."""
    names = _words(kind.names)
    ways = []
    if kind.verbs:
        ways.append(
            rf"\b(?:{_words(kind.verbs)})\s(?:(?:a|an|the|my|our|one|1|their)\s)?(?:[a-z0-9-]+\s){{0,2}}?"
            rf"(?:{names})\b"
        )
    if kind.after:
        ways.append(  # "exam not booked yet" says the opposite: no "not" between
            rf"\b(?:{names})\s(?:(?!not\b|never\b|yet\b)[a-z0-9-]+\s){{0,3}}?(?:{_words(kind.after)})\b"
        )
    if kind.alone:
        ways.append(rf"\b(?:{_words(kind.alone)})\b")
    if kind.scored:  # "got 6.0 on my mock", "mock: 6.0", "overall 6.0 mock"
        score = r"\d+(?:\.\d+)?%?"
        ways.append(
            rf"\b{score}\s(?:overall\s)?(?:(?:on|in|at)\s(?:my|the|a|an|our|last)\s)?(?:[a-z]+\s)?(?:{names})\b"
        )
        ways.append(rf"\b(?:{names})(?:\sscore|\sband|\sresult)?(?:\swas|\sis|:)?\s(?:a\s)?{score}")
    return re.compile("|".join(ways))


# a wish or a lack, not a holding: "want to open an ISA", "haven't got a course yet"
_NOT_HELD_RE = re.compile(
    r"\b(?:not|no|never|want to|wants to|need to|needs to|plan to|planning to|going to|gonna|will|"
    r"should|thinking (?:of|about)|considering|might|maybe|yet to|waiting (?:for|on)|apply for|"
    r"applying for|looking (?:at|for|into)|before)\s(?:\w+\s){0,2}$|n't\s(?:\w+\s){0,2}$"
)


def held_in(*texts: str) -> list[str]:
    """The kinds the texts say the person holds, each marked (``~held savings account``), with
    the kinds those cover; the first of each."""
    found: list[str] = []
    for kind in held_kinds():
        for text in texts:
            low = text.lower()
            if any(
                not _NOT_HELD_RE.search(low[max(0, m.start() - 30) : m.start()])
                for m in _said(kind).finditer(low)
            ):
                for name in (kind.name, *kind.covers):
                    if HELD + name not in found:
                        found.append(HELD + name)
                break
    return found


def holds(gets: str, parts: list[str]) -> bool:
    """Whether a step or rung that produces ``gets`` is one the person already holds."""
    return bool(gets) and HELD + gets in parts
