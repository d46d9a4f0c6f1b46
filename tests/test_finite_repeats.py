"""A repeated act that uses up what it acts on runs as often as there are things to act on:
3 old debts get a few follow-ups, never one a week for half a year."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.engines.offline.finite_repeats import bound_repeats
from assistant.models import Goal, Metric, Milestone, Plan, Recurrence, Task

TODAY = dt.date(2026, 11, 30)


def _weekly(title: str) -> Task:
    return Task(
        id="t",
        title=title,
        owner="me",
        estimate_minutes=20,
        due=TODAY,
        done_when="Done",
        recurrence=Recurrence(times=1, per="week"),
    )


def _plan(title: str, milestones: int = 4, weeks: int = 6) -> Plan:
    ms = []
    for i in range(milestones):
        due = TODAY + dt.timedelta(weeks=weeks * (i + 1))
        task = _weekly(title).model_copy(update={"id": f"t{i}", "due": due})
        other = Task(
            id=f"o{i}",
            title="Pull the score",
            owner="me",
            estimate_minutes=15,
            due=due,
            done_when="Score noted",
        )
        ms.append(
            Milestone(
                id=f"m{i}",
                title=f"Stage {i}",
                deadline=due,
                tasks=[task, other],
                metric=Metric(name="score", target=1, unit="points"),
            )
        )
    return Plan(
        id="p",
        start_date=TODAY,
        goal=Goal(
            statement="Score 700 by June 2027",
            deadline=ms[-1].deadline,
            metric=Metric(name="score", target=700, unit="points"),
        ),
        constraint="fear",
        constraint_strategy="scripts",
        method="milestones_weekly_sprints",
        capacity_hours_per_week=2,
        owners=["me"],
        assumptions=[],
        milestones=ms,
        leading_indicators=[],
    )


def _sessions(plan: Plan, title_word: str) -> float:
    total = 0.0
    since = plan.start_date
    for m in plan.milestones:
        for t in m.tasks:
            if t.recurrence and title_word in t.title:
                total += t.recurrence.sessions_per_week() * ((t.due - since).days + 1) / 7
        since = m.deadline
    return total


@pytest.mark.parametrize(
    ("title", "said", "most"),
    [
        ("Follow up on 1 open collection by letter", "I have 2 collections on my file", 5),
        ("Chase 1 old invoice with the client", "3 unpaid invoices from last year", 7),
        ("Send 1 written request to the lender, copy kept", "two debts in collections", 5),
        ("Cut or renegotiate 1 cost this week", "", 7),  # no count said: a few, from the data
    ],
)
def test_a_repeated_act_stops_when_its_things_run_out(title, said, most):
    plan = bound_repeats(_plan(title), said)
    word = title.split()[0]
    assert _sessions(plan, word) <= most, [
        (m.id, t.recurrence) for m in plan.milestones for t in m.tasks
    ]
    assert _sessions(plan, word) >= 1  # the act still happens
    assert all(
        "this week" not in t.title or t.recurrence.per == "week"
        for t in plan.tasks()
        if t.recurrence
    )


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Run 1 more km on the long run", "I run 3 km now"),  # practice, not a thing used up
        ("Practise 1 song for 20 minutes", "500 songs on my list"),  # no short list
        ("Log this week's spending", "2 credit cards"),  # acts on no one thing
        ("Do 1 session of the plank routine", "3 sessions a week"),  # a rate, not a stock
        ("Ask 1 parent to help at a match", "get 2 more parents coaching"),  # a target, no stock
    ],
)
def test_practice_and_uncounted_rhythms_keep_every_week(title, said):
    plan = bound_repeats(_plan(title), said)
    assert [t.recurrence for t in plan.tasks() if t.recurrence] == [
        Recurrence(times=1, per="week")
    ] * 4
