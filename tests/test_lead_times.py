"""Steps dated early enough to produce what they feed, and at the person's level: applications
and a nomination weeks before the answer, a read of "3 weeks of spending" three weeks after the
logging starts, a race entered weeks ahead, and full mocks late for someone starting from zero."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.models import Plan, Task
from assistant.planner import plan_goal
from assistant.validators.lead_times import too_close_to_result, waits_for_answer, weeks_of_record

TODAY = dt.date(2026, 11, 27)


def _plan(goal: str, **answers: str) -> Plan:
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers, settings, TODAY).plan


def _one_off(plan: Plan, start: str) -> Task:
    found = [t for t in plan.tasks() if not t.recurrence and t.title.startswith(start)]
    assert found, f"no one-off starting {start!r} in {[t.title for t in plan.tasks()]}"
    return found[0]


def _weeks_before(plan: Plan, task: Task) -> float:
    return (plan.goal.deadline - task.due).days / 7


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        (
            "Switch careers from accounting into data analysis, with an offer in hand by next "
            "October",
            {"baseline": "no portfolio yet, some Excel"},
        ),
        ("change career from retail management to project coordination by May 2027", {}),
        (
            "I'd like to move out of hospitality into a marketing role, new job by 31 July 2027",
            {"deadline": "I need the offer by the end of July"},
        ),
    ],
)
def test_applications_are_sent_weeks_before_the_offer(goal: str, answers: dict) -> None:
    plan = _plan(goal, **answers)
    sent = _one_off(plan, "Send")
    assert waits_for_answer(sent.title)
    assert _weeks_before(plan, sent) >= 8, (sent.title, sent.due, plan.goal.deadline)
    assert not too_close_to_result(plan)


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        (
            "Get promoted to team lead in the spring review cycle",
            {"deadline": "the review decision is 31 March 2027"},
        ),
        ("I want to be promoted to senior analyst by September 2027", {}),
        ("Earn a promotion to principal designer at the June 2027 round", {}),
    ],
)
def test_the_nomination_comes_weeks_before_the_decision(goal: str, answers: dict) -> None:
    plan = _plan(goal, **answers)
    ask = _one_off(plan, "Ask your manager to put you forward")
    assert _weeks_before(plan, ask) >= 8, (ask.due, plan.goal.deadline)
    confirm = [t for t in plan.tasks() if ask.id in t.depends_on]
    assert all((t.due - ask.due).days >= 14 for t in confirm)


@pytest.mark.parametrize(
    "goal",
    [
        "Make a monthly budget and stick to it for 3 months",
        "I want to know where my money goes: log my spending and build a budget by March",
        "Start budgeting so I stop running out of money before payday",
    ],
)
def test_a_read_of_weeks_of_spending_waits_for_those_weeks(goal: str) -> None:
    plan = _plan(goal)
    compare = _one_off(plan, "Compare 3 weeks")
    by_id = {t.id: t for t in plan.tasks()}
    source = max((by_id[i].due for i in compare.depends_on), default=plan.start_date)
    assert (compare.due - source).days >= 21, (source, compare.due)
    month = _one_off(plan, "Rewrite the budget to match what the last month")
    assert (month.due - plan.start_date).days >= 28  # field data: needs_weeks = 4
    assert not too_close_to_result(plan)


@pytest.mark.parametrize(
    ("goal", "baseline"),
    [
        ("Pass the IELTS with band 7 by May 2027", "beginner, I can't hold a conversation"),
        ("Learn Spanish to B1 and pass the DELE by October 2027", "I know maybe 30 words"),
        ("Pass the DELF B2 French exam in June 2027", "complete beginner, zero French"),
    ],
)
def test_full_mocks_come_late_for_someone_starting_from_zero(goal: str, baseline: str) -> None:
    plan = _plan(goal, baseline=baseline)
    half = plan.start_date + (plan.goal.deadline - plan.start_date) / 2
    full = [
        t
        for t in plan.tasks()
        if not t.recurrence
        and "full" in t.title.lower()
        and any(w in t.title.lower() for w in ("mock", "model exam", "practice exam"))
    ]
    assert full, [t.title for t in plan.tasks()]
    assert all(t.due >= half for t in full), [(t.title, t.due) for t in full]


def test_a_learner_with_a_level_still_sits_the_first_mock_early() -> None:
    plan = _plan("Pass the IELTS with band 7 by May 2027", baseline="band 6 in my last test")
    first = min(
        (t for t in plan.tasks() if not t.recurrence and "full timed mock" in t.title.lower()),
        key=lambda t: t.due,
    )
    assert first.due < plan.start_date + (plan.goal.deadline - plan.start_date) / 2


@pytest.mark.parametrize(
    "goal",
    [
        "Run my first half marathon in May 2027",
        "Run the Cape Town 10k race on 20 April 2027",
        "Complete a marathon in October 2027",
    ],
)
def test_the_race_is_entered_weeks_before_race_day(goal: str) -> None:
    plan = _plan(goal)
    entry = _one_off(plan, "Register for the race")
    assert _weeks_before(plan, entry) >= 8


def test_the_rule_flags_a_step_dated_too_close_to_what_it_feeds() -> None:
    plan = _plan("change career from retail management to project coordination by May 2027")
    sent = _one_off(plan, "Send")
    sent.due = plan.goal.deadline - dt.timedelta(days=5)
    sent.start = min(sent.start or sent.due, sent.due)
    assert [f.code for f in too_close_to_result(plan)] == ["task.too_close_to_result"]
    budget = _plan("Make a monthly budget and stick to it for 3 months")
    compare = _one_off(budget, "Compare 3 weeks")
    source = max(t.due for t in budget.tasks() if t.id in compare.depends_on)
    compare.due = source + dt.timedelta(days=9)
    found = too_close_to_result(budget)
    assert found and "needs 3 weeks" in found[0].message


@pytest.mark.parametrize(
    ("title", "weeks"),
    [
        ("Review 2 weeks of the fasting log: energy, sleep, hunger", 2),
        ("Check the last 4 weeks of evening ticks against the target", 4),
        ("Compare a month of bank statements with the plan", 4),
        ("Count the bad days in the last 4 weeks of the diary", 4),
        ("Plan 2 weeks of meals", 0),  # makes the record, does not read it
        ("Walk 3 weeks of mornings", 0),
        ("Total 1 month of essential costs: rent, bills, food", 0),  # an amount, not a record
        ("Average a week of morning heart rate readings", 1),
    ],
)
def test_a_read_of_a_span_is_read_from_any_title(title: str, weeks: int) -> None:
    assert weeks_of_record(title) == weeks


@pytest.mark.parametrize(
    ("title", "waits"),
    [
        ("Send 3 applications to school districts", True),
        ("Submit the promotion packet to the committee", True),
        ("Ask the director to put you forward for the senior role", True),
        ("Register for the spring 10k race", True),
        ("Send the thank-you note to your mentor", False),
        ("Register the car in your name", False),
        ("Sign up for one well-reviewed question bank for this exam", False),
        ("Enter the club's autumn 5k race", True),
    ],
)
def test_a_step_that_waits_for_an_answer_is_read_from_any_title(title: str, waits: bool) -> None:
    assert waits_for_answer(title) is waits


@pytest.mark.parametrize(
    ("goal", "baseline"),
    [
        ("Run my first 10k in June 2027", "never run, I get out of breath on stairs"),
        ("I want to run a half marathon next autumn", "I jog 5k twice a week"),
        ("Get from the couch to running 5k by April", "complete beginner"),
    ],
)
def test_the_gait_check_comes_before_the_shoes_it_picks(goal: str, baseline: str) -> None:
    plan = _plan(goal, baseline=baseline)
    gait = [t for t in plan.tasks() if "gait check" in t.title.lower()]
    shoes = [t for t in plan.tasks() if t.title.startswith("Buy running shoes")]
    assert gait and shoes, [t.title for t in plan.tasks()]
    assert gait[0].due < shoes[0].due and gait[0].id in shoes[0].depends_on


def test_a_beginner_runner_keeps_each_stage_test_run_in_its_stage() -> None:
    plan = _plan("Run my first 10k in June 2027", baseline="never run, I get out of breath")
    first = plan.milestones[0]
    assert any("2 km as a test run" in t.title for t in first.tasks), [t.title for t in first.tasks]
