"""Levers the person names, met with a task of their own (``assistant/data/goal_levers.toml``).

"5 cups of sugared chai", "the vending machine", "on my phone", "the van. always the van": the
thing that feeds the problem, said in the goal or the obstacle answer. Round 25's coaches read a
plan that never planned it as one that did not listen. Each lever row is a cue (its words, a
guard for the same words as a tool or the target) and one move for the fields its move fits;
the move quotes the person's words as typed and is added only when no attacking task names the
lever already.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from assistant.engines.offline.constraints_family import field_family
from assistant.playbooks import Step

__all__ = [
    "Lever",
    "lever_steps",
    "levers",
    "load_rows",
    "named_levers",
    "named_already",
    "fill_slots",
]


@dataclass(frozen=True)
class Lever:
    """One kind of lever: its words, the fields its move fits, and the move."""

    kind: str
    about: str
    pattern: re.Pattern[str]
    thing: str
    move: Step
    families: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    unless: re.Pattern[str] | None = None
    guard: re.Pattern[str] | None = None
    not_fields: tuple[str, ...] = ()

    def fits(self, field: str) -> bool:
        """Does the move fit a plan in ``field``? Never in a field whose whole plan already cuts
        that thing (an alcohol plan needs no extra 'cut 2-3 beers by 1 a day')."""
        if field in self.not_fields:
            return False
        return field in self.fields or field_family(field) in self.families


_KEYS = {
    "kind",
    "about",
    "pattern",
    "thing",
    "move",
    "families",
    "fields",
    "unless",
    "guard",
    "not_fields",
}


@functools.cache
def levers() -> tuple[Lever, ...]:
    """Every lever row, validated: unknown keys or a bad regex fail at load."""
    return load_rows("goal_levers.toml", "lever")


@functools.cache
def load_rows(name: str, table: str) -> tuple[Lever, ...]:
    """The rows of ``table`` in data file ``name``, each a cue and its move (a lever, or a fact
    of an answer: ``answer_facts.toml``), validated: unknown keys or a bad regex fail at load."""
    source = resources.files("assistant") / "data" / name
    rows = tomllib.loads(source.read_text(encoding="utf-8"))[table]
    found = []
    for row in rows:
        unknown = set(row) - _KEYS
        if unknown:
            raise ValueError(f"{name}: unknown keys {sorted(unknown)}")
        found.append(
            Lever(
                kind=row["kind"],
                about=row["about"],
                pattern=re.compile(row["pattern"], re.I),
                thing=row["thing"],
                move=Step(**row["move"]),
                families=tuple(row.get("families", ())),
                fields=tuple(row.get("fields", ())),
                unless=re.compile(row["unless"], re.I) if row.get("unless") else None,
                guard=re.compile(row["guard"], re.I) if row.get("guard") else None,
                not_fields=tuple(row.get("not_fields", ())),
            )
        )
    return tuple(found)


def named_levers(text: str, rows: tuple[Lever, ...] | None = None) -> list[tuple[Lever, str, str]]:
    """(lever, the words as typed, the thing named) for each lever ``text`` names, once each
    (of ``rows``, else of ``goal_levers.toml``)."""
    found: list[tuple[Lever, str, str]] = []
    for lever in levers() if rows is None else rows:
        if lever.guard and lever.guard.search(text):
            continue
        for m in lever.pattern.finditer(text):
            said = m.group(0).strip()
            if lever.unless and lever.unless.search(said):
                continue
            slots = [said, *(g or "" for g in m.groups())]
            thing = _filled(lever.thing, slots)
            found.append((lever, said, thing.lower() if thing != said else thing))
            break
    return found


def _filled(template: str, slots: list[str]) -> str:
    """``template`` with {0}..{n} replaced by the match's words and groups."""
    for i, words in enumerate(slots):
        template = template.replace(f"{{{i}}}", words)
    return template


def _stem(word: str) -> str:
    return word.lower().rstrip("s")[:5]


def named_already(thing: str, texts: list[str]) -> bool:
    """Does any of ``texts`` name the lever's head word ("chai", "van", "phone")?"""
    head = re.findall(r"[a-z]+", thing.lower())
    if not head:
        return True
    stem = _stem(head[-1])
    return any(_stem(w) == stem for t in texts for w in re.findall(r"[a-z]+", t.lower()))


def lever_steps(field: str, said: list[str], moves_text: list[str]) -> tuple[Step, ...]:
    """A task for each lever named in ``said`` (the goal as typed, the obstacle answer) whose
    move fits ``field`` and that no text of the plan's moves (``moves_text``) names already."""
    steps: list[Step] = []
    seen: set[str] = set()
    for text in said:
        for lever, words, thing in named_levers(text or ""):
            if lever.kind in seen or not lever.fits(field):
                continue
            if named_already(thing, moves_text):
                continue
            seen.add(lever.kind)
            fill = {"said": f"'{words}'", "thing": thing}
            step = lever.move
            steps.append(
                Step(
                    fill_slots(step.title, fill),
                    step.minutes,
                    fill_slots(step.done_when, fill),
                    times=step.times,
                    attacks=True,
                )
            )
    return tuple(steps)


def fill_slots(text: str, fill: dict[str, str]) -> str:
    for key, value in fill.items():
        text = text.replace("{" + key + "}", value)
    return text
