"""Revisions of the goal's number, of who takes part and of how hard the start is, on real
offline plans."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.errors import InputError
from assistant.planner import plan_goal
from assistant.revisions import revise
from assistant.validators import validate_plan

SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def steps_plan():
    plan = plan_goal(
        ENGINE, "walk more, my GP wants me at 6000 steps a day", {}, SETTINGS, TODAY
    ).plan
    assert plan.goal.metric.target == 6000
    return plan


def _revise(plan, text):
    return revise(ENGINE, plan, text, SETTINGS, TODAY, lambda n: plan).plan


@pytest.mark.parametrize(
    "said", ["actually she said 7500", "make the target 7,500", "aim for 7.5k instead"]
)
def test_a_new_target_moves_the_goal_and_every_milestone_on_the_way(steps_plan, said):
    new = _revise(steps_plan, said)
    assert new.goal.metric.target == 7500
    assert "7,500 steps" in new.goal.statement and "6,000" not in new.goal.statement
    assert new.milestones[-1].metric.target == 7500
    targets = [m.metric.target for m in new.milestones]
    assert targets == sorted(targets) and targets[0] > (steps_plan.goal.metric.baseline or 0)
    olds = [m.metric.target for m in steps_plan.milestones]
    assert all(n >= o for n, o in zip(targets, olds, strict=True))  # each keeps its share
    assert not [f for f in validate_plan(new, SETTINGS, TODAY) if f.code == "goal.drift"]
    assert new.request is not None and "7,500" in new.request.goal_text


def test_the_same_target_again_changes_nothing(steps_plan):
    with pytest.raises(InputError, match="already 6,000"):
        _revise(steps_plan, "make the target 6000")


def test_a_number_in_hours_is_no_new_target(steps_plan):
    new = _revise(steps_plan, "make it 3 hours a week")
    assert new.goal.metric.target == 6000 and new.capacity_hours_per_week == 3


def test_someone_joining_on_weekends_joins_one_session_and_nothing_moves(steps_plan):
    new = _revise(steps_plan, "my brother wants to join on weekends")
    joined = [t for t in new.tasks() if t.title.endswith("with my brother")]
    assert joined and len({t.title for t in joined}) == 1
    assert "at the weekend with my brother" in joined[0].title  # no weekend session: said so
    old = {t.id: t for t in steps_plan.tasks()}
    for task in new.tasks():
        assert task.due == old[task.id].due and task.recurrence == old[task.id].recurrence
        if task not in joined:
            assert task.title == old[task.id].title


@pytest.mark.parametrize("said", ["can we make the first month easier", "go easier at first"])
def test_an_easier_start_thins_only_the_first_milestones(steps_plan, said):
    new = _revise(steps_plan, said)
    first = steps_plan.milestones[0]
    fewer = [
        t
        for t, o in zip(new.milestones[0].tasks, first.tasks, strict=True)
        if t.recurrence and o.recurrence and t.recurrence.times < o.recurrence.times
    ]
    assert fewer, "no session got fewer in the first milestone"
    last_old, last_new = steps_plan.milestones[-1], new.milestones[-1]
    assert [t.recurrence for t in last_new.tasks] == [t.recurrence for t in last_old.tasks]
    assert new.capacity_hours_per_week == steps_plan.capacity_hours_per_week


def test_dropping_a_part_of_a_session_keeps_the_session():
    plan = plan_goal(
        ENGINE, "learn to play 2 songs on the ukulele by may", {}, SETTINGS, TODAY
    ).plan
    parted = [t for t in plan.tasks() if t.recurrence and "warm-up" in t.title]
    assert parted, "the field's sessions no longer list a warm-up part"
    new = _revise(plan, "can you drop the warm-up stuff")
    assert len(new.tasks()) == len(plan.tasks())
    for task in parted:
        title = new.task(task.id).title
        assert "warm-up" not in title and title.split(":")[0].split()[0] == task.title.split()[0]


def test_a_new_target_changes_the_goals_count_not_other_numbers_in_titles():
    plan = ENGINE.draft("read 20 books next year", {}, TODAY)
    assert any("20 pages" in t.title for t in plan.tasks())
    new = ENGINE.revise(plan, "actually make it 12 books", TODAY)
    assert "12 books" in new.goal.statement
    assert any("20 pages" in t.title for t in new.tasks())  # a session's pages stay
    assert not any("12 pages" in t.title for t in new.tasks())
