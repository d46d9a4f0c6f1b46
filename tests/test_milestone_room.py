"""Milestone dates sized from what each milestone holds: a run of N weeks in a row needs N
weeks after the milestone before it; a deadline too short for the ladder is said, not hidden."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.engines.offline.spacing import read_run

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None))


@pytest.mark.parametrize(
    ("title", "count", "unit_days"),
    [
        ("Cooking at home 4 nights a week for 2 weeks in a row", 2, 7),
        ("14 days in a row without a cigarette", 14, 1),
        ("6 weekly calls in a row", 6, 7),
        ("Saving $300 a month for 3 months in a row", 3, 30),
        ("Walking 8,000 steps a day for 1 full week", 1, 7),
        ("Run 5 km without stopping", None, None),
        ("Draft 3 chapters in 2 weeks", None, None),
    ],
)
def test_a_run_held_in_a_row_is_read_from_a_milestone_title(title, count, unit_days):
    run = read_run(title)
    assert (run.count, run.unit_days) == (count, unit_days) if run else count is None


def _windows(plan):
    previous, before = plan.start_date, None
    for milestone in plan.milestones:
        run = read_run(milestone.title)
        yield milestone, run, before, (milestone.deadline - previous).days
        previous, before = milestone.deadline, run


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("cook dinner at home 5 nights a week instead of takeout", {"deadline": "by june"}),
        ("walk 9,000 steps every day", {"deadline": "end of may", "baseline": "about 4,000"}),
        ("go to the gym 3 times a week", {"deadline": "in 6 months"}),
        ("cook dinner at home 5 nights a week instead of takeout", {}),  # a guessed deadline
        ("stick to my grocery budget every week", {}),
    ],
)
def test_every_run_has_its_weeks_after_the_milestone_before_it(goal, answers):
    plan = ENGINE.draft(goal, answers, TODAY)
    runs = 0
    for _, run, before, room in _windows(plan):
        if run is None:
            continue
        runs += 1
        count = run.count - (before.count if before and before.lead == run.lead else 0)
        assert count * run.unit_days <= room
    assert runs >= 2
    assert not [a for a in plan.assumptions if "leaves" in a.text]


def test_a_stated_deadline_too_short_for_the_ladder_is_said_and_no_run_asks_more_than_its_window():
    plan = ENGINE.draft(
        "walk 10,000 steps every day", {"deadline": "in 3 weeks", "baseline": "3,000 a day"}, TODAY
    )
    assert plan.goal.deadline == TODAY + dt.timedelta(weeks=3)  # their date is kept
    said = [a for a in plan.assumptions if "leaves" in a.text]
    assert said and "3 weeks" in said[0].text
    for milestone, run, before, room in _windows(plan):
        if run and run.unit_days >= 7:
            extra = before.count if before and before.lead == run.lead else 0
            assert (run.count - extra) * run.unit_days <= max(room, 7), milestone.title


def test_a_guessed_deadline_moves_later_so_the_runs_fit_and_the_plan_says_the_new_date():
    plan = ENGINE.draft("cook dinner at home 5 nights a week instead of takeout", {}, TODAY)
    when = plan.goal.deadline
    assert f"{when.day} {when:%B %Y}" in plan.goal.statement
    assert any(when.isoformat() in a.text for a in plan.assumptions if a.key == "deadline")
    assert all(t.due <= when for t in plan.tasks())


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("meet new people after moving to a new town", {"deadline": "in 5 weeks"}),
        ("track every expense and keep to a budget", {"deadline": "by the end of december"}),
        ("be able to chat in Italian with my in-laws", {"deadline": "christmas"}),
    ],
)
def test_checkpoints_of_a_short_plan_are_never_a_day_or_two_apart(goal, answers):
    plan = ENGINE.draft(goal, answers, TODAY)
    dates = [plan.start_date, *(m.deadline for m in plan.milestones)]
    span = (plan.goal.deadline - plan.start_date).days
    floor = min(7, span // (len(plan.milestones) + 1))
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    assert min(gaps) >= floor * 0.6, gaps
