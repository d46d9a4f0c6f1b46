"""Writing a generic goal's words into plan templates: ``<O>`` the object, ``<pp>`` done, ..."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.playbooks.base import Step

if TYPE_CHECKING:
    from assistant.engines.understand_generic import GenericGoal


def filler(goal: GenericGoal, metric: str = "") -> tuple[Callable[[str], str], Callable[..., Step]]:
    """(fill a text, make a Step) with the goal's words in; braces in them neutralised."""

    def esc(text: str) -> str:
        return text.replace("{", "(").replace("}", ")")

    marks = {
        "<O>": goal.the_obj,
        "<o>": goal.obj,
        "<a>": goal.a_obj,
        "<pp>": goal.done,
        "<ing>": goal.doing,
        "<V>": goal.verb,
        "<m>": metric,
        "<topic>": goal.topic,
        "<who>": goal.who,
        "<one>": goal.one,
        "<Topic>": goal.topic[:1].upper() + goal.topic[1:],
    }

    def fill(text: str) -> str:
        for mark, value in marks.items():
            text = text.replace(mark, esc(value))
        return text

    def step(title: str, minutes: int, done_when: str, **kw) -> Step:
        return Step(fill(title), minutes, fill(done_when), **kw)

    return fill, step
