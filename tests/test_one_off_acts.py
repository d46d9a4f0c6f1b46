"""A task that names a single act (book, call, choose...) is planned once, never weekly."""

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.language.acts import one_off_act
from assistant.planner import plan_goal


@pytest.mark.parametrize(
    ("title", "once"),
    [
        ("Book a dog walker for the week of the wedding", True),
        ("Call the gas company to renegotiate the tariff this week", True),
        ("Narrow the shortlist to one option against your criteria", True),
        ("Sign up for the spring 10k", True),
        ("Book midday cover for each office day this week", False),
        ("Call one more venue from the list", False),
        ("Pick next week's room and its box quota", False),
        ("Write 500 words on the next chapter", False),
    ],
)
def test_single_act_titles(title: str, once: bool) -> None:
    assert one_off_act(title) is once


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        (
            "Move from Leeds to Glasgow by September for my new job, and get my two cats there",
            {"constraint": "the cats hate cars and I can't take them on moving day"},
        ),
        (
            "Put away 35k for a house deposit, we have 9k so far and my partner's hours got cut",
            {"deadline": "in 2 years", "constraint": "childcare costs and his hours"},
        ),
        (
            "Start earning $600 a month on the side, either dog walking or selling prints",
            {"constraint": "I can't decide which one so I keep researching"},
        ),
    ],
)
def test_no_single_act_repeats_weekly(goal: str, answers: dict[str, str]) -> None:
    s = Settings(_env_file=None, offline=True)
    result = plan_goal(OfflineEngine(s), goal, answers, s, dt.date(2026, 11, 27))
    tasks = [t for m in result.plan.milestones for t in m.tasks]
    repeated = [t.title for t in tasks if t.recurrence and one_off_act(t.title)]
    assert not repeated
    once = [t.title for t in tasks if one_off_act(t.title)]
    assert len(once) == len(set(once)), once  # each single act planned once, not per milestone
    assert any(t.attacks_constraint for t in tasks)
    assert "plan.constraint_week_uncovered" not in {f.code for f in result.findings}


def test_an_act_the_goal_counts_repeats_every_week():
    assert one_off_act("Call them at the set time")
    assert not one_off_act("Call them at the set time", "weekly calls")
    assert one_off_act("Book a sitter for the evening", "weekly calls")


@pytest.mark.parametrize(
    ("goal", "who"), [("ring my grandpa every sunday, he lives alone", "your grandpa")]
)
def test_a_weekly_call_is_planned_every_week_to_the_person_named(goal, who):
    settings = Settings(_env_file=None)
    plan = OfflineEngine(settings).draft(goal, {}, dt.date(2026, 11, 27))
    assert plan.goal.statement.startswith(f"Call {who} every Sunday")  # the day they named
    calls = [t for t in plan.tasks() if t.title.startswith("Call him")]  # grandpa: "him"
    assert calls and all(t.recurrence and t.recurrence.per == "week" for t in calls)
    assert len(calls) == len(plan.milestones)  # every milestone holds its weekly call


@pytest.mark.parametrize(
    ("goal", "session"),
    [
        ("cut customer churn to 3% a month", "Call 1 customer at risk of cancelling"),
        ("check in on my dad with dementia", "Call your dad for a 15-minute check-in"),
    ],
)
def test_a_practice_that_starts_with_an_act_is_still_a_session(goal, session):
    plan = OfflineEngine(Settings(_env_file=None)).draft(goal, {}, dt.date(2026, 11, 27))
    sessions = [t for t in plan.tasks() if t.title == session]
    assert sessions and all(t.recurrence for t in sessions)
