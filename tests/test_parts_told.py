"""What happened before ("passed N4 two years ago", "failed it last spring") is no second part
of the goal, and "15lbs" said by the person is the plan's "15 lb", never named twice."""

from __future__ import annotations

import pytest

from tests.plans import offline_plan


@pytest.mark.parametrize(
    ("goal", "told"),
    [
        ("pass the JLPT N3 in december. passed N4 two years ago and kinda stalled", "passed n4"),
        (
            "get my CFA level 2 done in may, failed it last spring and gave up for a bit",
            "failed it",
        ),
        ("run a sub 4 marathon in april, did a 4:20 three years ago and want to beat it", "ago"),
    ],
)
def test_a_story_of_before_is_no_part_of_the_goal(goal, told):
    statement = offline_plan(goal).goal.statement
    assert "also:" not in statement
    assert told not in statement.lower()


@pytest.mark.parametrize(
    ("goal", "once"),
    [
        ("lose 10kg and run a 10k by june", "10kg"),
        ("drop 15lbs and walk 10,000 steps a day", "15lbs"),
        ("lose 6kgs and do 20 push ups in a row by spring", "6kgs"),
    ],
)
def test_a_number_joined_to_its_unit_is_not_named_twice(goal, once):
    statement = offline_plan(goal).goal.statement
    assert once not in statement  # the plan says "10 kg" once, in its own words
