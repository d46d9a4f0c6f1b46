"""The rules a coach would apply: each fires on a planted defect and stays silent on good plans."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.models import Metric, Plan, Recurrence, Request, Task
from assistant.validators import CATALOG, validate_plan
from tests.planner_defects import COACH_CODES
from tests.plans import TODAY, good_plan

SETTINGS = Settings(_env_file=None)
NEW_CODES = sorted(COACH_CODES)


def _codes(plan: Plan) -> list[str]:
    return [f.code for f in validate_plan(plan, SETTINGS, TODAY)]


def _task(id: str, title: str, minutes: int = 45, **kw) -> Task:
    return Task(
        id=id,
        title=title,
        owner="Sam",
        estimate_minutes=minutes,
        due=kw.pop("due", dt.date(2027, 1, 10)),
        done_when="Logged in the tracker",
        **kw,
    )


def _applications_plan(per_session: int, times: int) -> Plan:
    """Week 7 milestone of 20 applications, fed by one recurring 'Send N applications' task."""
    plan = good_plan()
    m = plan.milestones[1]
    m.title = "20 applications sent"
    m.metric = Metric(name="applications sent", target=20, unit="applications")
    m.tasks.append(
        _task(
            "a1",
            f"Send {per_session} tailored applications",
            40,
            start=plan.start_date,
            recurrence=Recurrence(times=times, per="week"),
        )
    )
    return plan


def test_every_new_code_is_in_the_catalogue():
    assert set(NEW_CODES) <= set(CATALOG)
    assert CATALOG["plan.capacity_unused"][0] == "info"
    assert CATALOG["text.not_english"][0] == "warning"


def test_the_good_plan_draws_none_of_the_new_rules():
    assert [c for c in _codes(good_plan()) if c in NEW_CODES] == []


def test_a_target_the_schedule_cannot_produce_is_caught():
    # 2 applications a week for 7 weeks make 14, not 20
    finding = next(
        f
        for f in validate_plan(_applications_plan(2, 1), SETTINGS, TODAY)
        if f.code == "milestone.target_unreachable"
    )
    assert finding.path == "milestones[1].metric" and "at most 14" in finding.message
    assert "milestone.target_unreachable" not in _codes(_applications_plan(2, 2))  # 28 >= 20


def test_a_milestone_with_only_setup_tasks_has_no_mover():
    plan = _applications_plan(2, 2)
    m = plan.milestones[1]
    for task in m.tasks:
        if task.id != "t4":  # keep the calendar task that attacks the constraint
            task.status = "dropped"
    m.tasks += [
        _task("s1", "List 10 companies hiring for the role", 30),
        _task("s2", "Update the LinkedIn headline", 30),
    ]
    assert "milestone.no_mover" in _codes(plan)
    assert "milestone.no_mover" not in _codes(_applications_plan(2, 2))


@pytest.mark.parametrize(
    ("title", "minutes", "fires"),
    [
        ("Work a 90-minute block on the draft", 45, True),
        ("Do the 40-minute workout from the program", 20, True),
        ("Walk briskly for 30 minutes", 15, True),
        ("Do the 40-minute workout from the program", 45, False),
        ("Book a 60-minute lesson with a coach", 15, False),  # arranging it, not holding it
        ("Edit the recorded episode with a 1-hour cap", 30, False),  # a limit, not a length
        ("Run a hill session of 8 x 1 minute", 45, False),  # intervals
        ("Go through the 48-hour list and buy at most 1 thing", 15, False),
        ("Install a water tracker app with reminders every 2 hours", 15, False),  # how often
        ("Reply to every lead within 1 hour of the call", 15, False),  # when, not how long
        # agreeing on a slot takes minutes; the slot's length is not the task's
        ("Agree on a 45-minute Sunday planning slot with your flatmate", 15, False),
        ("Arrange a 2-hour study session with the group", 10, False),
        ("Keep a 45-minute Sunday slot free for the budget", 15, False),
        ("Hold the 45-minute Sunday planning session with your flatmate", 15, True),
    ],
)
def test_a_title_that_contradicts_its_estimate(title, minutes, fires):
    plan = good_plan()
    plan.milestones[0].tasks.append(_task("d1", title, minutes, due=dt.date(2026, 12, 10)))
    assert ("task.title_contradicts_estimate" in _codes(plan)) is fires


def test_a_metric_named_one_thing_and_counted_in_another():
    plan = good_plan()
    plan.leading_indicators.append(
        Metric(name="workouts completed", target=3, unit="pushups", kind="leading")
    )
    found = [f for f in validate_plan(plan, SETTINGS, TODAY) if f.code == "metric.unit_mismatch"]
    assert [f.path for f in found] == ["leading_indicators[1]"]
    plan.leading_indicators[1] = Metric(name="finished drawings", target=3, unit="pieces")
    assert "metric.unit_mismatch" not in _codes(plan)


def test_a_stated_rhythm_the_plan_does_not_schedule():
    plan = good_plan()
    plan.goal.statement = "Run 4 times a week and finish the Riverside half marathon (21.1 km)"
    found = [f for f in validate_plan(plan, SETTINGS, TODAY) if f.code == "metric.unit_mismatch"]
    assert found and "4 sessions a week" in found[0].message, found


def test_time_every_day_with_the_practice_twice_a_week():
    plan = good_plan()  # easy runs twice a week
    plan.request = Request(goal_text="run a half marathon", answers={"capacity": "30 min a day"})
    found = [f for f in validate_plan(plan, SETTINGS, TODAY) if f.code == "metric.unit_mismatch"]
    assert found and "'30 min a day'" in found[0].message
    plan.request = Request(goal_text="run a half marathon", answers={"capacity": "3 hours a week"})
    assert "metric.unit_mismatch" not in _codes(plan)


@pytest.mark.parametrize(
    ("title", "said", "fires"),
    [
        ("Walkinged 3 km around the park", "", True),
        ("Write down the weight, which is up from my", "", True),  # cut off
        ("Practise the Kyrie on the harmonium", "", False),
        ("Practise the zylqa drill", "I want to learn the zylqa", False),  # the person's word
        ("Write titles and tags in the words buyers search for", "", False),
    ],
)
def test_a_title_that_is_not_english(title, said, fires):
    plan = good_plan()
    plan.milestones[0].tasks.append(_task("e1", title, 30, due=dt.date(2026, 12, 10)))
    if said:
        plan.request = Request(goal_text=said)
    assert ("text.not_english" in _codes(plan)) is fires


def test_a_week_without_the_core_practice_mid_plan():
    plan = good_plan()
    run = plan.milestones[1].tasks[1]  # the weekly long run from 14 Dec
    run.start = dt.date(2026, 12, 28)  # two weeks of nothing after the easy runs end 13 Dec
    found = [f for f in validate_plan(plan, SETTINGS, TODAY) if f.code == "plan.core_activity_gap"]
    assert found and "2 week(s)" in found[0].message
    plan.request = Request(goal_text="run a half marathon", answers={"notes": "away on a trip"})
    assert "plan.core_activity_gap" not in _codes(plan)  # the break was asked for


def test_a_constraint_task_that_feeds_what_should_shrink():
    plan = good_plan()
    plan.request = Request(goal_text="cut down on takeout and cook at home")
    plan.milestones[0].tasks.append(
        _task("c1", "Order takeout on Friday as a reward", 20, attacks_constraint=True)
    )
    assert "constraint.feeds_behaviour" in _codes(plan)
    plan.milestones[0].tasks[-1].title = "Delete the takeout apps from the phone"
    assert "constraint.feeds_behaviour" not in _codes(plan)


def test_an_indicator_its_tasks_do_not_feed():
    plan = good_plan()
    plan.leading_indicators = [Metric(name="demos booked per week", target=3, unit="demos")]
    plan.milestones[0].tasks.append(
        _task(
            "i1",
            "Run 1 sales demo with a qualified lead",
            60,
            start=plan.start_date,
            due=dt.date(2026, 12, 13),
            recurrence=Recurrence(times=1, per="week"),
        )
    )
    found = [f for f in validate_plan(plan, SETTINGS, TODAY) if f.code == "indicator.mismatch"]
    assert found and "at most 1" in found[0].message
    plan.milestones[0].tasks[-1].recurrence = Recurrence(times=3, per="week")
    assert "indicator.mismatch" not in _codes(plan)


def test_a_deadline_the_person_wrote_that_has_passed_is_surfaced():
    plan = good_plan()
    plan.request = Request(goal_text="run 3 times a week for the rest of 2021")
    found = [
        f for f in validate_plan(plan, SETTINGS, TODAY) if f.code == "goal.deadline_stated_past"
    ]
    assert found and "rest of 2021" in found[0].message
    plan.request = Request(goal_text="I have been running since 2019, half marathon by 2027")
    assert "goal.deadline_stated_past" not in _codes(plan)


def test_capacity_far_beyond_the_plan_is_reported_as_info():
    plan = good_plan()
    plan.capacity_hours_per_week = 40
    plan.request = Request(goal_text="run a half marathon", answers={"capacity": "40 hours"})
    found = [f for f in validate_plan(plan, SETTINGS, TODAY) if f.code == "plan.capacity_unused"]
    assert found and found[0].severity == "info" and "of the 40 h" in found[0].message
    plan.request = Request(goal_text="run a half marathon")  # nobody said 40 h
    assert "plan.capacity_unused" not in _codes(plan)
