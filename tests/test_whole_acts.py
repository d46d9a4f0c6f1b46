"""A task's minutes fit its act: a whole document written takes the hour it needs (never 15
minutes), spread over the person's own short sittings; a smaller act of the kind stays small."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.act_time import whole_acts
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.fit_one_offs import MIN_SESSION
from assistant.engines.offline.title_sizes import shortest
from assistant.errors import InputError
from assistant.language.act_sizes import act_least, load_act_sizes
from assistant.models import Goal, Metric, Milestone, Plan, Task
from assistant.planner import plan_goal

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


@pytest.mark.parametrize(
    "title",
    [
        "Write the promotion case: results, scope, next-level behaviours",
        "Draft your CV for the analyst role",
        "Write my cover letter for the museum job",
        "Rewrite the grant application around the new budget",
        "Write the first chapter of the memoir",
        "Build the 10-slide pitch deck for investors",
        "Fill in the visa application form",
        "File your tax return online",
    ],
)
def test_a_whole_act_keeps_at_least_its_time(title):
    least = act_least(title)
    assert least is not None and least >= 45
    assert shortest(title, 120, MIN_SESSION) >= least  # the fit never cuts it to 15 minutes


@pytest.mark.parametrize(
    "title",
    [
        "Write a 5-line call script for the bank",
        "Write a short case study for each past project",
        "Write down the rule for a market drop: keep buying",
        "Write a note to your landlord with the date",
        "Call the council about the bin collection",
        "Write the outline of the essay in bullets",
    ],
)
def test_a_smaller_act_of_the_kind_is_not_sized_as_whole(title):
    assert act_least(title) is None


def _plan_of(*tasks: Task) -> Plan:
    due = TODAY + dt.timedelta(days=30)
    return Plan(
        id="p",
        start_date=TODAY,
        goal=Goal(
            statement="Land a new job by 27 December 2026",
            deadline=due,
            metric=Metric(name="offers", target=1, unit="offers"),
        ),
        constraint="time",
        constraint_strategy="short sittings",
        method="time_blocking_next_actions",
        capacity_hours_per_week=2,
        owners=["me"],
        assumptions=[],
        milestones=[
            Milestone(
                id="m1",
                title="1 offer",
                deadline=due,
                tasks=list(tasks),
                metric=Metric(name="offers", target=1, unit="offers"),
            )
        ],
        leading_indicators=[],
    )


def _task(title: str, minutes: int) -> Task:
    return Task(
        id=title[:5],
        title=title,
        owner="me",
        estimate_minutes=minutes,
        due=TODAY + dt.timedelta(days=7),
        done_when="Saved",
    )


@pytest.mark.parametrize(
    ("sitting", "minutes", "said"),
    [
        (0, 60, None),  # no sitting stated: one hour
        (20, 60, "over 3 sittings of 20 min"),  # "20 min on my lunch break"
        (45, 90, "over 2 sittings of 45 min"),  # "most evenings, maybe 45 min"
        (25, 75, "over 3 sittings of 25 min"),  # "a pomodoro here and there"
    ],
)
def test_a_whole_document_is_spread_over_their_sittings(sitting, minutes, said):
    plan = whole_acts(_plan_of(_task("Write case study 2: brief, process, result", 15)), sitting)
    task = plan.tasks()[0]
    assert task.estimate_minutes == minutes
    assert (said in task.title) if said else "sittings" not in task.title


def test_a_stated_duration_and_a_small_act_keep_their_minutes():
    plan = whole_acts(
        _plan_of(_task("Write the essay plan for 20 minutes", 20), _task("Book a 1:1", 15)), 20
    )
    assert [t.estimate_minutes for t in plan.tasks()] == [20, 15]


@pytest.mark.parametrize(
    "capacity",
    [
        "maybe 2 hours a week",
        "an hour here and there",
        "weekends only, 2ish hours",
        "20 min on my lunch break",
    ],
)
def test_no_answered_plan_writes_a_whole_document_in_a_quarter_hour(capacity):
    for goal in (
        "get promoted to senior analyst at the next review cycle",
        "move from nursing into UX design with a portfolio",
    ):
        plan = plan_goal(ENGINE, goal, {"capacity": capacity}, SETTINGS, TODAY).plan
        whole = [t for t in plan.tasks() if act_least(t.title) and not t.recurrence]
        assert whole, goal
        assert all(t.estimate_minutes >= 60 for t in whole), [
            (t.title, t.estimate_minutes) for t in whole
        ]


def test_a_broken_act_pattern_is_a_clear_error():
    text = '[[act]]\nkind = "x"\nverbs = "write("\nobjects = "cv"\nleast = 60\n'
    with pytest.raises(InputError, match="act sizes file"):
        load_act_sizes(text)
