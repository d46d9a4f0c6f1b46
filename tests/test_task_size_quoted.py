"""Words the person said that are no part of the goal: a whole job in their quoted constraint
("brewing takes a whole Saturday") is no task's scope; the event that sets the date ("before
the MOT") and the price a job done themselves avoids ("a garage quote of £600") are no lost goal."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.models import Request
from assistant.validators import validate_plan
from assistant.validators.task_size import read_title
from tests.plans import TODAY, good_plan

SETTINGS = Settings(_env_file=None)


@pytest.mark.parametrize(
    "title",
    [
        'Note each time "brewing takes a whole Saturday" gets in the way this week',
        'Pick 1 change against "the whole weekend goes on football" to try next week',
        "Write down when \u201cmy entire evening disappears\u201d and what came before",
    ],
)
def test_quoted_words_are_no_scope(title):
    assert not read_title(title).big_scope


@pytest.mark.parametrize(
    "title",
    ["Paint the whole house", "Declutter the entire garage", "Write the whole thesis"],
)
def test_the_task_s_own_words_still_are(title):
    assert read_title(title).big_scope


@pytest.mark.parametrize(
    ("goal", "statement"),
    [
        (
            "fix the rust on my van's sills myself before the MOT in March. "
            "don't want a garage quote of £450 for it",
            "Repair the rust on the sills myself by 31 March 2027",
        ),
        (
            "learn to service my own bike before the TT race in june, the shop charges $120",
            "Service the bike myself by 30 June 2027",
        ),
        (
            "replace the bathroom tap myself ahead of the BBQ, instead of paying a plumber €200",
            "Replace the bathroom tap myself by 28 February 2027",
        ),
    ],
)
def test_the_event_that_sets_the_date_and_the_price_avoided_are_no_lost_goal(goal, statement):
    plan = good_plan()
    plan.request = Request(goal_text=goal, answers={})
    plan.goal.statement = statement
    codes = {f.code for f in validate_plan(plan, SETTINGS, TODAY)}
    assert "goal.drift" not in codes
    assert "goal.name_dropped" not in codes
