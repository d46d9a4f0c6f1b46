"""The thing the goal makes gets its making step: 'scan 3,000 prints so I can make a slideshow'
ends with the slideshow put together, an appeal with its letter, a quilt with its quilting."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.language.deliverables import unmade
from assistant.playbooks import Step


def made_steps(
    goal: str, planned: Iterable[str], rung_title: str, later: Sequence[str] = ()
) -> tuple[Step, ...]:
    """A step, for the milestone titled ``rung_title``, for each deliverable the goal names
    that none of the ``planned`` texts (the plan's titles and done-whens) makes: in the
    milestone its row names ("Appeal sent"), else in the last (``later`` empty), from
    data/deliverables.toml."""
    return tuple(
        Step(title=d.step[0], minutes=d.step[1], done_when=d.step[2], before=d.before)
        for d in unmade(goal, planned)
        if _belongs(d.rung, rung_title, later)
    )


def _belongs(rung: re.Pattern[str] | None, title: str, later: Sequence[str]) -> bool:
    return bool(rung and rung.search(title)) or not later
