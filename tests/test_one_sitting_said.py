"""One sitting a week offered ("an hour on Sunday") holds the plan's repeated check-ins: a
purchase log is done once a week for the week, never on three weekdays they did not give."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine

TODAY = dt.date(2026, 11, 27)
GOAL = "Stick to a budget for the first time ever, I run out of money a week before payday"


def _draft(capacity: str):
    answers = {"capacity": capacity, "deadline": "in 3 months"}
    return OfflineEngine(Settings(_env_file=None)).draft(GOAL, answers, TODAY)


def test_an_hour_on_sunday_keeps_every_repeated_task_to_once_a_week():
    plan = _draft("I can spend an hour on sunday on it")
    repeated = [t for t in plan.tasks() if t.recurrence and t.status == "todo"]
    assert repeated
    for task in repeated:
        assert task.recurrence.sessions_per_week() <= 1, task.title
        assert "last 2 days" not in task.title


def test_several_evenings_offered_keep_the_log_more_than_weekly():
    plan = _draft("20 minutes most evenings")
    logs = [t for t in plan.tasks() if t.recurrence and t.title.startswith("Log")]
    assert logs and max(t.recurrence.sessions_per_week() for t in logs) > 1
