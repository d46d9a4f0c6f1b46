"""Adding a step the person names after the plan is written: their words as its title, due
when they said, in the milestone whose weeks hold that date; a rhythm makes it a practice."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.models import Plan
from tests.test_revise_limits import TODAY, planned


def added(before: Plan, after: Plan) -> list:
    old = {t.id for t in before.tasks()}
    return [t for t in after.tasks() if t.id not in old]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        (
            "add a task to book a physio check for my knee by friday",
            "Book a physio check for my knee",
            dt.date(2026, 12, 4),
        ),
        ("remind me to renew the gym card tomorrow", "Renew the gym card", dt.date(2026, 11, 29)),
        (
            "could you add a step: ring the council about the bins",
            "Ring the council about the bins",
            None,
        ),
        ("put 'sign up for the parkrun' on the list", "Sign up for the parkrun", None),
        (
            "add a to-do to email Priya the photos by 10 december",
            "Email Priya the photos",
            dt.date(2026, 12, 10),
        ),
    ],
)
def test_a_named_step_is_added_once_in_their_words(said, title, due):
    chat = planned("get back into running after my knee op")
    before = chat.plan
    turn = chat.send(said)
    assert turn.state == "revise" and chat.plan is not None and chat.plan.version == 2, turn.message
    new = added(before, chat.plan)
    assert [t.title for t in new] == [title]
    step = new[0]
    assert step.recurrence is None and step.owner == chat.plan.owners[0]
    home = next(m for m in chat.plan.milestones if step in m.tasks)
    assert step.due <= home.deadline
    if due is not None:
        assert step.due == due
    else:  # no date said: soon (a full week moves it to the next free one)
        assert TODAY <= step.due <= TODAY + dt.timedelta(days=21)


def test_a_place_said_with_on_is_part_of_the_step_not_a_date():
    chat = planned("host a better dinner party for my friends")
    before = chat.plan
    chat.send("add a task to set the table on the terrace")
    assert [t.title for t in added(before, chat.plan)] == ["Set the table on the terrace"]


def test_a_step_after_the_plans_deadline_is_refused_and_the_plan_kept():
    chat = planned("save 1000 for a new laptop by february")
    before = chat.plan
    turn = chat.send("add a task to compare laptop prices by 30 june 2027")
    assert chat.plan is before and "deadline" in turn.message


def test_a_step_said_with_a_rhythm_becomes_a_practice_titled_by_its_verb():
    chat = planned("get back into running after my knee op")
    before = chat.plan
    chat.send("add a reminder to stretch every day")
    new = added(before, chat.plan)
    assert new and all(t.recurrence and t.title.startswith("Stretch") for t in new)


def test_adding_a_practice_twice_a_week_leaves_the_main_sessions_alone():
    chat = planned("get back into running after my knee op")
    before = chat.plan
    runs = sorted(t.recurrence.times for t in before.tasks() if t.recurrence)
    turn = chat.send("add yoga twice a week")
    new = added(before, chat.plan)
    assert new and all(t.title.startswith("Do yoga") for t in new)
    kept = sorted(t.recurrence.times for t in chat.plan.tasks() if t.recurrence and t not in new)
    # the yoga stays twice a week as asked: the assumed weekly time grows to hold it, and says so
    # (it used to be cut back to once a week in silence while the note said twice)
    assert {t.recurrence.times for t in new} == {2}
    grew = chat.plan.capacity_hours_per_week > before.capacity_hours_per_week
    assert not grew or "to hold them (it was assumed)" in turn.message
    assert "sessions set to" not in turn.message  # it set every main session to twice a week
    assert max(kept) == max(runs)
