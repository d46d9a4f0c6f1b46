"""Facts the person states in their answers that the goal depends on, each given a task of its
own (``assistant/data/answer_facts.toml``): a debt beside a savings goal, an overdraft most
months, a lump sum in cash before investing, a partner's pot in a retirement sum, a
qualification before a job change. Round 26's coaches read a plan that never used them as one
that did not listen ("Ignores the £1,100 credit card", "ServSafe cert ignored")."""

from __future__ import annotations

import re

from assistant.engines.offline.goal_levers import fill_slots, load_rows, named_already, named_levers
from assistant.playbooks import Step

__all__ = ["fact_steps", "facts_named"]


def facts_named(text: str) -> list[tuple[str, str, str]]:
    """(kind, the words as typed, the thing named) for each fact ``text`` states."""
    return [(row.kind, words, thing) for row, words, thing in named_levers(text, _rows())]


def _rows():
    return load_rows("answer_facts.toml", "fact")


def fact_steps(field: str, answers: list[str], planned: list[str]) -> tuple[Step, ...]:
    """A task for each fact stated in ``answers`` (the baseline and constraint answers as
    typed) whose move fits ``field`` and that no planned text (``planned``: the steps' titles
    and done-whens) names already."""
    steps: list[Step] = []
    texts = list(planned)
    seen: set[str] = set()
    for text in answers:
        for row, words, thing in named_levers(text or "", _rows()):
            if row.kind in seen or not row.fits(field) or named_already(thing, texts):
                continue
            seen.add(row.kind)
            groups = _groups(row.pattern, words)
            fill = {"said": f"'{words.strip(' ,.;')}'", "thing": thing, **groups}
            title = fill_slots(row.move.title, fill)
            steps.append(
                Step(
                    title,
                    row.move.minutes,
                    fill_slots(row.move.done_when, fill),
                    times=row.move.times,
                    attacks=row.move.attacks,
                )
            )
            texts.append(title)
    return tuple(steps)


def _groups(pattern: re.Pattern[str], words: str) -> dict[str, str]:
    """{"1": ..., "2": ...}: the match's groups, lower-cased, '' where one did not take part."""
    m = pattern.search(words)
    if m is None:
        return {}
    return {str(i): (g or "").lower() for i, g in enumerate(m.groups(), start=1)}
