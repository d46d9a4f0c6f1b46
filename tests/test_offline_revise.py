"""Plain-words revisions and rule repairs of the offline engine: new version, old plan untouched."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.errors import InputError
from assistant.validators import errors, validate_plan
from tests.offline_goals import TODAY
from tests.plans import TODAY as PLANTED_TODAY
from tests.plans import planted_bad_plan

SETTINGS = Settings(_env_file=None)
ENGINE = OfflineEngine(SETTINGS)


@pytest.fixture(scope="module")
def base():
    return ENGINE.draft(
        "Reach $20k MRR in 6 months", {"capacity": "8 hours a week", "owners": "Ana, Łukasz"}, TODAY
    )


def _revise(plan, instruction):
    before = plan.model_dump()
    new = ENGINE.revise(plan, instruction, TODAY)
    assert plan.model_dump() == before  # the old version is never mutated
    assert new.version == plan.version + 1 and new.metadata.parent_version == plan.version
    assert new.metadata.revision_note
    assert errors(validate_plan(new, SETTINGS, TODAY)) == []
    return new


def _weekly_minutes(plan):
    return sum(
        t.recurrence.sessions_per_week() * t.estimate_minutes
        for t in plan.milestones[1].tasks
        if t.recurrence
    )


def test_less_time_shrinks_the_weekly_load(base):
    new = _revise(base, "I only have 4 hours a week")
    assert new.capacity_hours_per_week == 4
    assert _weekly_minutes(new) < _weekly_minutes(base)


def test_more_time_adds_practice(base):
    tight = _revise(base, "I only have 3 hours a week")
    roomy = _revise(tight, "actually I have 10 hours a week")
    assert roomy.capacity_hours_per_week == 10 and _weekly_minutes(roomy) > _weekly_minutes(tight)


def test_new_deadline_redates_every_milestone(base):
    new = _revise(base, "push the deadline to December")
    assert new.goal.deadline == dt.date(2026, 12, 31)
    assert new.milestones[-1].deadline == new.goal.deadline
    assert new.milestones[1].deadline > base.milestones[1].deadline


def test_smaller_tasks_split_long_ones(base):
    new = _revise(base, "make tasks smaller")
    assert max(t.estimate_minutes for t in new.tasks()) <= 45
    assert len(new.tasks()) > len(base.tasks())
    # split into equal parts, or into its act's steps (an outline before a document's draft)
    assert any("(part 2 of" in t.title or t.title.startswith("Outline ") for t in new.tasks())


@pytest.mark.parametrize(
    "instruction",
    ["drop milestone 3", "remove the 3rd milestone", "drop the $15,000 MRR milestone"],
)
def test_drop_a_milestone_by_number_or_name(base, instruction):
    new = _revise(base, instruction)
    assert len(new.milestones) == 3
    assert base.milestones[2].title not in [m.title for m in new.milestones]


def test_cannot_drop_below_three_milestones(base):
    three = _revise(base, "drop milestone 2")
    with pytest.raises(InputError, match="at least 3"):
        ENGINE.revise(three, "drop milestone 1", TODAY)


def test_give_tasks_to_someone(base):
    new = _revise(base, "give the outreach tasks to Zoë")
    moved = [t for t in new.tasks() if "outreach" in t.title.lower()]
    assert moved and all(t.owner == "Zoë" for t in moved)
    assert "Zoë" in new.owners
    assert all(t.owner != "Zoë" for t in base.tasks())


def test_stuck_becomes_the_constraint_with_new_attacks(base):
    new = _revise(base, "I'm stuck on finding leads")
    assert new.constraint == "Stuck on finding leads"
    attackers = [t for t in new.tasks() if t.attacks_constraint and not t.recurrence]
    assert any("finding leads" in t.done_when for t in attackers)
    assert not any("finding leads" in t.title for t in new.tasks())  # never pasted into titles
    assert all(t.due <= TODAY + dt.timedelta(days=6) for t in attackers)


def test_unknown_instruction_says_what_is_understood(base):
    with pytest.raises(InputError, match="I understand") as info:
        ENGINE.revise(base, "make it purple", TODAY)
    assert "\n" not in str(info.value)


def test_repair_fixes_the_planted_plan_errors_it_knows():
    plan = planted_bad_plan()
    found = errors(validate_plan(plan, SETTINGS, PLANTED_TODAY))
    fixed = ENGINE.repair(plan, found, PLANTED_TODAY)
    after = {f.code for f in errors(validate_plan(fixed, SETTINGS, PLANTED_TODAY))}
    for code in (
        "task.too_big",
        "task.owner_group",
        "task.owner_multiple",
        "task.no_done_when",
        "task.due_after_milestone",
        "plan.dependency_cycle",
        "plan.dependency_order",
        "plan.milestones_out_of_order",
        "milestone.after_goal",
        "plan.over_capacity",
    ):
        assert code not in after, code
    same = {"created_at"}  # a fresh plan is stamped now: a second may tick between the two
    assert plan.model_dump(exclude=same) == planted_bad_plan().model_dump(exclude=same)
