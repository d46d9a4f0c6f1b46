"""A session naming timed questions names only as many as its minutes hold: "Answer 40 timed
practice questions" in 25 minutes asks for 12, never 40."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.engines.offline.act_time import sized_acts
from assistant.models import Goal, Metric, Milestone, Plan, Recurrence, Task

END = dt.date(2027, 2, 5)


def _plan(title: str, minutes: int) -> Plan:
    metric = Metric(name="score", target=720, unit="points", kind="lagging")
    task = Task(
        id="t1",
        title=title,
        owner="me",
        estimate_minutes=minutes,
        due=END,
        start=dt.date(2026, 11, 27),
        done_when=title.replace("Answer", "Answered"),
        recurrence=Recurrence(times=5, per="week"),
    )
    milestone = Milestone(id="m1", title="Domains done", metric=metric, deadline=END, tasks=[task])
    return Plan(
        id="p-1",
        start_date=dt.date(2026, 11, 27),
        goal=Goal(statement="Pass the exam", metric=metric, deadline=END),
        constraint="time",
        capacity_hours_per_week=6,
        owners=["me"],
        milestones=[milestone],
    )


@pytest.mark.parametrize(
    ("title", "minutes", "said"),
    [
        ("Answer 40 timed practice questions from the question bank", 25, "Answer 12 timed"),
        ("Work 10 past-paper problems under exam conditions", 30, "Work 5 past-paper"),
    ],
)
def test_a_short_session_names_the_questions_its_minutes_hold(title, minutes, said):
    task = sized_acts(_plan(title, minutes)).milestones[0].tasks[0]
    assert task.title.startswith(said)
    assert task.estimate_minutes == minutes
    assert said.split()[1] in task.done_when


def test_a_session_long_enough_for_its_questions_keeps_their_count():
    title = "Answer 40 timed practice questions from the question bank"
    assert sized_acts(_plan(title, 90)).milestones[0].tasks[0].title == title


def test_a_sum_to_save_whose_goal_says_the_money_a_month_asks_what_gets_in_the_way_instead():
    from assistant.config import Settings
    from assistant.engines.offline.engine import OfflineEngine

    engine = OfflineEngine(Settings(_env_file=None))
    for goal in (
        "put £2,000 aside for a car fund, maybe £150 a month",
        "save $5k for a wedding, I can do about 400 a month",
        "save up €1,200 for a new laptop, 100 a month should work",
    ):
        keys = [q.key for q in engine.questions(goal, {}, dt.date(2026, 11, 27))]
        assert "capacity" not in keys, (goal, keys)  # the pace is said: not asked again
        assert "constraint" in keys, (goal, keys)
    keys = [q.key for q in engine.questions("save £3,000 for a car", {}, dt.date(2026, 11, 27))]
    assert "capacity" in keys  # no money a month said: asked
