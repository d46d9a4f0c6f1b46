"""Sizes and rhythms the person stated hold in the plan: a time per piece ("each quilt block
takes me 2 hours") is never squeezed into fewer minutes than its pieces need, a plural moment
of the day ("in the evenings") is a daily slot, and a thing wanted a few times a month is not
planned every week.

Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.piece_time import hold_piece_time, piece_minutes
from assistant.engines.offline.title_rhythm import monthly_rhythm
from assistant.models import Recurrence
from assistant.understanding.capacity import read_time

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


@pytest.mark.parametrize(
    ("said", "sessions", "minutes"),
    [
        ("10-15 min in the evenings once the baby sleeps", 7.0, 12),
        ("in the mornings for about 20 minutes", 7.0, 20),
    ],
)
def test_a_plural_moment_of_the_day_is_a_daily_slot(said, sessions, minutes):
    time = read_time(said)
    assert (time.sessions, time.minutes) == (sessions, minutes)


def test_a_plural_moment_with_a_weekly_count_keeps_the_count():
    assert read_time("30 min in the evenings, 3 times a week").sessions == 3.0


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("every ceramic bowl takes me about 2 hours to throw and trim", ("bowl", 120)),
        ("one painting is like 5-6 hrs of work", ("painting", 300)),
        ("each chapter takes 40 minutes to edit", ("chapter", 40)),
        ("it takes 2 hours a day", None),
    ],
)
def test_a_time_for_one_piece_is_read(text, want):
    assert piece_minutes(text) == want


def _plan(goal: str, answers: dict[str, str]):
    return ENGINE.draft(goal, {"deadline": "by june", **answers}, TODAY)


def test_a_plans_steps_never_ask_for_more_pieces_than_their_minutes_hold():
    plan = _plan(
        "sell 40 hand-thrown mugs at the spring market",
        {
            "capacity": "about 8 hours a week",
            "constraint": "each mug takes me about 1 hour from clay to glaze and I work slowly",
        },
    )
    plan.milestones[0].tasks[0].title = "Throw 4 mugs for the market stall"
    plan.milestones[0].tasks[0].estimate_minutes = 45
    plan.milestones[0].tasks[0].recurrence = None
    hold_piece_time(plan, SETTINGS.task_limit_minutes(False))
    task = plan.milestones[0].tasks[0]
    assert task.title == "Throw 1 mug for the market stall", task.title
    assert task.estimate_minutes >= 60


def test_a_piece_longer_than_a_sitting_is_made_over_several_sittings_each_week():
    plan = _plan(
        "finish commissions for my watercolour pet portraits business",
        {"capacity": "6 hrs a week", "constraint": "a single portrait takes 3 hours, and I'm slow"},
    )
    task = plan.milestones[0].tasks[0]
    task.title, task.estimate_minutes = "Paint 2 portraits for the waiting list", 90
    task.recurrence = Recurrence(times=2, per="week")
    hold_piece_time(plan, SETTINGS.task_limit_minutes(False))
    assert task.title == "Paint 1 portrait for the waiting list over 2 sittings", task.title
    assert task.estimate_minutes <= SETTINGS.task_limit_minutes(False)
    assert task.recurrence.times * task.estimate_minutes <= 180  # the week is not grown
    hold_piece_time(plan, SETTINGS.task_limit_minutes(False))  # a refit does not add it twice
    assert task.title.count("sittings") == 1


def test_a_drafted_shop_plan_gives_each_stated_piece_its_sittings():
    plan = _plan(
        "grow my little etsy shop of hand-carved spoons to 700 dollars a month",
        {"capacity": "about 9 hours a week", "constraint": "each piece takes about 5 hours"},
    )
    making = [t for t in plan.tasks() if "piece" in t.title.lower() and t.recurrence]
    assert making, [t.title for t in plan.tasks()]
    for task in making:  # 5 hours in 2-hour sittings: one piece over 3 sittings
        assert "1 piece" in task.title and "over 3 sittings" in task.title, task.title
        assert task.estimate_minutes >= 100, task


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("see my grandparents twice a month", ("grandparent", 2)),
        ("a proper family hike 3 times a month this year", ("family hike", 3)),
        ("two board game nights a month with friends", ("board game night", 2)),
        ("save 300 a month", None),
    ],
)
def test_a_few_times_a_month_is_read(text, want):
    assert monthly_rhythm(text) == want


def test_a_thing_wanted_twice_a_month_is_not_planned_every_week():
    plan = _plan(
        "I want to get back to a proper board game night twice a month with my old friends",
        {"capacity": "a few hours a week"},
    )
    nights = [t for t in plan.tasks() if t.recurrence and "game night" in t.title.lower()]
    for task in nights:
        assert task.recurrence.sessions_per_week() <= 2 * 12 / 52 + 0.01, task
