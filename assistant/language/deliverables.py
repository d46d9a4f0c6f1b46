"""What a goal names as the thing it makes (a slideshow, an appeal letter, a quilt, a website),
read with data/deliverables.toml, and whether a plan's texts make it."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from assistant.language.negation import says
from assistant.language.text import normalize


@dataclass(frozen=True)
class Deliverable:
    """One kind of made thing: how a goal names it, how a task makes it, the task to add."""

    key: str
    said: re.Pattern[str]
    made: re.Pattern[str]
    step: tuple[str, int, str]  # title, minutes, done when
    before: str = ""  # the start of the title of a step it comes before
    rung: re.Pattern[str] | None = None  # the milestone it belongs to, when the field has one


@functools.cache
def deliverables() -> tuple[Deliverable, ...]:
    """Every row of data/deliverables.toml, its patterns compiled (a bad one fails at load)."""
    source = resources.files("assistant") / "data" / "deliverables.toml"
    rows = tomllib.loads(source.read_text(encoding="utf-8"))["deliverable"]
    return tuple(
        Deliverable(
            row["key"],
            re.compile(row["said"], re.I),
            re.compile(row["made"], re.I),
            (str(row["step"][0]), int(row["step"][1]), str(row["step"][2])),
            str(row.get("before", "")),
            re.compile(row["rung"], re.I) if row.get("rung") else None,
        )
        for row in rows
    )


def named(goal: str) -> list[Deliverable]:
    """The deliverables the goal names as its own (not "without a speech")."""
    said = normalize(goal)
    return [d for d in deliverables() if says(d.said, said)]


def unmade(goal: str, texts: Iterable[str]) -> list[Deliverable]:
    """The deliverables the goal names that none of ``texts`` (task and milestone titles and
    done-whens) makes."""
    planned = " | ".join(texts)
    return [d for d in named(goal) if not d.made.search(planned)]
