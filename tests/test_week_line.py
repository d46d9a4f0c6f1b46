"""The plan's weekly line quotes back the week the person said: a long sitting they named is
budgeted as the sitting the plan schedules (2 hours), never a 5-hour week they did not give."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.planner import plan_goal
from evals.answered_time import causes, their_time

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


@pytest.mark.parametrize(
    "capacity",
    [
        "sunday afternoons, 3-4 hours",
        "one long saturday, about 3 hrs",
        "saturday mornings 2.5-3 hours",
        "a free friday evening, 3 hours or so",
    ],
)
def test_a_long_sitting_is_not_budgeted_as_a_longer_week(capacity):
    hours, _ = their_time(capacity)
    plan = plan_goal(
        ENGINE,
        "clear out the spare room so it can be a guest room",
        {"capacity": capacity},
        SETTINGS,
        TODAY,
    ).plan
    assert hours and abs(plan.capacity_hours_per_week - hours) <= 0.2 * hours, (
        capacity,
        hours,
        plan.capacity_hours_per_week,
    )
    assert "week_off" not in causes(plan, capacity)
    line = next(a.text for a in plan.assumptions if a.key == "capacity")
    assert not re.search(r"(?<![\d.])5 hours", line), line  # the old invented week
