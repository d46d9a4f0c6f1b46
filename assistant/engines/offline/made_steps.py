"""The thing the goal makes gets its making step: 'scan 3,000 prints so I can make a slideshow'
ends with the slideshow put together, an appeal with its letter, a quilt with its quilting."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.language.deliverables import unmade
from assistant.playbooks import Step


def made_steps(goal: str, planned: Iterable[str]) -> tuple[Step, ...]:
    """A step for each deliverable the goal names that none of the ``planned`` texts (the
    plan's titles and done-whens so far) makes, from data/deliverables.toml."""
    return tuple(
        Step(title=d.step[0], minutes=d.step[1], done_when=d.step[2], before=d.before)
        for d in unmade(goal, planned)
    )
