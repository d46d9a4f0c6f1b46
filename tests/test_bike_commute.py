"""Cycling to work a few days a week is a rhythm of commutes (the days, held for weeks), not
the longest ride: the distance they give is one leg of each day, and the plan gets the route,
the bike and a place at work sorted before the first ride in."""

from __future__ import annotations

import pytest

from tests.plans import offline_plan, task_titles


@pytest.mark.parametrize(
    ("goal", "days"),
    [
        ("start cycling to work 2 days a week, the office is 8 km away", "2 days a week"),
        (
            "I'd like to bike to the office 4 days a week instead of driving, about 6 miles each way",
            "4 days a week",
        ),
        ("commute by bike 3 days a week, it's 11km each way and I'm pretty unfit", "3 days a week"),
    ],
)
def test_the_days_a_week_are_the_goal(goal, days):
    plan = offline_plan(goal)
    assert plan.goal.statement.startswith(f"Cycle to work and back on {days}")
    assert plan.goal.metric.unit == "days"
    titles = task_titles(plan)
    assert "plan the route to work" in titles
    assert "where to lock the bike" in titles
    assert "longest ride" not in titles


def test_a_ride_not_to_work_keeps_the_field_s_own_measure():
    plan = offline_plan("ride 50 km in one go by summer, I cycle 20 km on weekends now")
    assert plan.goal.metric.unit == "km"
