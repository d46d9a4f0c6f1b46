"""Goals round 21's coaches saw planned in a neighbouring field's template (a postnatal core goal
as a home repair list, a baking side business as a pay rise, a tidy family house as a
renovation), routed by meaning to the field a coach would use. Phrasings written for this test,
none the examples the fields carry."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.goal import understand
from tests.plans import offline_plan


@pytest.mark.parametrize(
    ("goal", "field"),
    [("rebuild my core after my c-section, I still can't do a sit-up", "rehab_posture"),
     ("pelvic floor is a mess since my second baby, want to jump on the trampoline with the kids",
      "rehab_posture"),
     ("get my stomach muscles back together after twins, there's still a gap", "rehab_posture"),
     ("bring in an extra 200 a month from my cupcakes alongside my nursing job", "side_income"),
     ("turn the cookies everyone asks me for into a few hundred extra a month", "side_income"),
     ("earn a second income from my sewing while I keep my office job", "side_income"),
     ("stop the house looking like a bomb hit it by wednesday every week, 2 teens and a cat",
      "cleaning"),
     ("keep the place tidy for longer than a weekend, we both do long shifts", "cleaning"),
     ("get the house tidy and keep it that way with a toddler and a puppy", "cleaning")],
)  # fmt: skip
def test_a_goal_goes_to_the_field_a_coach_would_plan_it_in(goal, field):
    assert understand(goal, {}, dt.date(2026, 11, 27)).playbook.key == field


@pytest.mark.parametrize(
    ("goal", "time"),
    [("stop going to bed at 2am. i want to be asleep by 11:30 on work nights", "11:30"),
     ("in bed by 10:30 instead of going to bed at 1", "10:30"),
     ("stop going to bed at 1am and be asleep by 11 on weeknights", "11")],
)  # fmt: skip
def test_the_bedtime_they_want_is_the_target_not_the_one_they_stop(goal, time):
    plan = offline_plan(goal)
    assert f"by {time} on" in plan.goal.statement, plan.goal.statement


@pytest.mark.parametrize(
    ("goal", "count"),
    [("cut back on drinking, want to get to 3 alcohol free days a week", 3),
     ("have 4 alcohol-free days a week", 4),
     ("go alcohol free 4 days a week", 4),
     ("cut down on booze, aiming for 3 dry days a week", 3)],
)  # fmt: skip
def test_alcohol_free_days_are_counted_up_never_read_as_days_with_a_drink(goal, count):
    plan = offline_plan(goal)
    titles = [m.title for m in plan.milestones]
    assert not any("at most" in t.lower() for t in titles), titles
    assert plan.goal.metric.target == count and "days a week" in plan.goal.metric.name
    targets = [m.metric.target for m in plan.milestones]
    assert targets == sorted(targets) and targets[-1] == count, targets  # counted up to theirs
