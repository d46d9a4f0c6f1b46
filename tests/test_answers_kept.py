"""Answers add to the goal and never shrink it: the stated start sets where the ladder begins,
a pace is not a run so far, and kit the person keeps at home is not bought or found again."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.models import Plan
from assistant.planner import plan_goal
from assistant.understanding.goal import understand
from assistant.understanding.progress import kit_at_home

TODAY = dt.date(2026, 11, 27)


def _plan(goal: str, **answers: str) -> Plan:
    s = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(s), goal, answers, s, TODAY).plan


def test_a_level_held_past_the_typical_target_raises_the_target_and_starts_there() -> None:
    plan = _plan(
        "get back into running properly",
        baseline="I can run 8k comfortably at the moment",
        deadline="by june",
    )
    assert plan.goal.metric.unit == "km"
    assert plan.goal.metric.target > 8
    assert plan.goal.metric.baseline == 8
    assert all(m.metric.target >= 8 for m in plan.milestones if m.metric.unit == "km")


def test_a_stated_start_below_a_stated_target_keeps_the_target_and_starts_at_the_start() -> None:
    plan = _plan("run a 10k this spring", baseline="can do 3 km without stopping")
    assert (plan.goal.metric.target, plan.goal.metric.unit) == (10, "km")
    first = plan.milestones[0].metric
    assert first.unit == "km" and first.target >= 3


def test_a_pace_in_days_is_not_a_run_so_far() -> None:
    u = understand(
        "stop chewing nicotine gum for good",
        {"baseline": "I get through a pack in about 5 days", "deadline": "by april"},
        TODAY,
    )
    assert u.baseline is None
    assert u.target > 5  # "for good" is never a 6-day run


@pytest.mark.parametrize(
    ("said", "count"), [("9 members come each month", 9), ("11 regulars at rehearsal", 11)]
)
def test_people_counted_by_another_name_set_the_start(said: str, count: int) -> None:
    plan = _plan("grow our book club", baseline=said, deadline="by september")
    assert plan.goal.metric.baseline == count
    assert all(m.metric.target >= count for m in plan.milestones if m.metric.unit == "people")


def test_kit_at_home_in_the_time_answer_is_not_bought_or_found() -> None:
    plan = _plan(
        "manage my first chin-up",
        capacity="twice a week for 20 min, I've got a home bar",
        deadline="by may",
    )
    fetch = [
        t.title for t in plan.tasks() if t.title.lower().startswith(("find a bar", "buy a bar"))
    ]
    assert fetch == []
    without = _plan("manage my first chin-up", deadline="by may")
    assert any(t.title.lower().startswith("find a bar") for t in without.tasks())


def test_kit_at_home_reads_things_not_places() -> None:
    said = ["I work from home mostly", "stay at home mum", "we have weights at home", "home gym"]
    assert kit_at_home(*said) == ["weights", "gym"]


def test_a_variant_named_only_in_an_answer_never_replaces_the_goals_outcome() -> None:
    u = understand(
        "start investing properly, I have 15k doing nothing in the bank",
        {"baseline": "15k in a current account, also have an old company pension I never check"},
        TODAY,
    )
    assert u.playbook.key == "investing"
    assert u.preset is None or u.preset.unit != "pensions"
    assert u.unit != "pensions"


def test_an_answer_still_names_the_variant_when_the_goal_states_no_amount() -> None:
    u = understand(
        "sort out my retirement money",
        {"baseline": "3 old workplace pensions from past jobs"},
        TODAY,
    )
    assert u.preset is not None and u.preset.unit == "pensions"


def test_an_appointment_they_have_is_not_booked_again_under_another_name() -> None:
    goal = "bring my blood pressure down, the nurse measured 149/92"
    said = {"deadline": "my GP appointment on 12 march", "baseline": "149/92"}
    booked = [t.title for t in _plan(goal, **said).tasks() if t.title.lower().startswith("book")]
    assert not any("doctor" in b.lower() or "gp" in b.lower() for b in booked)
    without = _plan(goal, baseline="149/92", deadline="by 12 march")
    assert any(t.title.lower().startswith("book a check") for t in without.tasks())


def test_money_someone_else_has_is_where_the_plan_starts() -> None:
    plan = _plan(
        "open an investment account for my daughter and teach her about index funds",
        baseline="she has $1,500 saved from babysitting",
    )
    # the $1,500 is kept: the sum to invest (cash held is invested), never a start of zero
    assert 1500 in (plan.goal.metric.baseline, plan.goal.metric.target)
    assert "$1,500" in plan.goal.statement or plan.goal.metric.baseline == 1500


def test_a_count_that_looks_like_a_year_is_still_the_start() -> None:
    plan = _plan("start walking more", baseline="desk job, bus to work, probably 3000 steps")
    assert plan.goal.metric.baseline == 3000
    first = plan.milestones[0].metric
    assert first.target > 3000
