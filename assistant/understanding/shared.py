"""A goal read once and shared by the steps that only read it (``once`` keeps the readings)."""

from __future__ import annotations

import datetime as dt

from assistant.understanding import goal as goal_module
from assistant.understanding import once
from assistant.understanding.facts import Understanding


def understood(
    goal: str, answers: dict[str, str], today: dt.date, field_only: bool = False
) -> Understanding:
    """``understand(goal, answers, today)``, computed once per goal, answers and day: the
    caller must not change it. ``field_only`` (the LLM's brief) is also served by a whole
    reading of the same goal and answers (the route's field is the same, tests/test_llm_brief_skip.py)."""
    key = (goal, tuple(answers.items()), today)
    try:
        found = once.READINGS.get((*key, False))
    except TypeError:  # an answer that is no text: read it afresh
        return goal_module.understand(goal, answers, today, field_only=field_only)
    if found is None and field_only:
        found = once.READINGS.get((*key, True))
    if found is not None:
        return found
    return once.READINGS.put(
        (*key, field_only), goal_module.understand(goal, answers, today, field_only=field_only)
    )
