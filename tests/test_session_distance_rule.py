"""milestone.session_too_short: a milestone asks for one session of a distance ('longest
training hike: 8 miles') that its longest session of that movement cannot cover (65 minutes)."""

from __future__ import annotations

import pytest

from tests.plans import good_plan, rule_findings

CODE = "milestone.session_too_short"


def test_the_good_plan_gives_each_long_run_its_time():
    assert rule_findings(good_plan(), CODE) == []


@pytest.mark.parametrize(("minutes", "fires"), [(45, True), (50, True), (60, False), (110, False)])
def test_a_16_km_run_needs_a_long_enough_long_run(minutes, fires):
    plan = good_plan()
    plan.milestones[2].tasks[1].resize(minutes)  # 'Run a long run...' of 'Run 16 km...'
    found = rule_findings(plan, CODE)
    assert bool(found) is fires
    if fires:
        assert found[0].path == "milestones[2]" and "16 km in one go" in found[0].message


def _hike(minutes: int, name: str = "longest training hike"):
    plan = good_plan()
    m = plan.milestones[1]
    m.title, m.metric.name, m.metric.unit, m.metric.target = (
        "Longest hike 8 miles with a loaded pack",
        name,
        "miles",
        8.0,
    )
    m.tasks[1].title = "Go on the week's long training hike"
    m.tasks[1].resize(minutes)
    return plan


def test_an_8_mile_hike_in_65_minutes_cannot_be_walked():
    (found,) = rule_findings(_hike(65), CODE)
    assert "faster than a strong amateur can walk" in found.message


def test_an_8_mile_hike_given_four_hours_fits():
    assert rule_findings(_hike(240), CODE) == []


def test_a_weekly_distance_is_many_sessions_not_one():
    assert rule_findings(_hike(65, name="miles hiked this week"), CODE) == []
