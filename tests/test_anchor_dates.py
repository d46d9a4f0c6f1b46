"""Dates the person anchors to something that already happened or that starts a season: a
reply window counted from a letter that came weeks ago, work due before the school year begins."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.planner import plan_goal
from assistant.understanding.deadlines import parse_deadline

TODAY = dt.date(2026, 11, 27)


def test_a_window_from_a_letter_that_came_weeks_ago_ends_that_much_sooner():
    said = "we get 90 days to respond from the notice and it arrived two weeks ago"
    assert parse_deadline(said, TODAY) == TODAY + dt.timedelta(days=90 - 14)


def test_a_window_from_last_week_counts_from_last_week():
    said = "the form says 30 days after the decision letter, which came last week"
    assert parse_deadline(said, TODAY) == TODAY + dt.timedelta(days=30 - 7)


def test_before_the_term_starts_in_the_fall_is_before_the_fall_begins():
    day = parse_deadline("before the kids go back to school in the fall", TODAY)
    assert day is not None and day <= dt.date(2027, 9, 1)


def test_an_appeal_plan_ends_when_the_window_from_the_past_letter_closes():
    settings = Settings(_env_file=None, offline=True)
    plan = plan_goal(
        OfflineEngine(settings),
        "appeal the insurer's refusal to cover my knee surgery",
        {
            "deadline": "I have 180 days from the denial and the letter came a month ago",
            "capacity": "an hour a week",
        },
        settings,
        TODAY,
    ).plan
    assert plan.goal.deadline == TODAY + dt.timedelta(days=180 - 30)
