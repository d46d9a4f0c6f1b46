"""One song asked for at an occasion ("sing Ave Maria at the funeral") is the plan's goal: the
song learnt part by part, brought to tempo and rehearsed for people, never "Play 4 songs"."""

from __future__ import annotations

import pytest

from tests.plans import offline_plan, task_titles


@pytest.mark.parametrize(
    ("goal", "song"),
    [
        (
            "my sister asked me to sing Ave Maria at my nan's funeral service in january",
            "Ave Maria",
        ),
        ("learn to play perfect by ed sheeran on guitar for our wedding next summer", "perfect"),
        (
            "I want to play Wonderwall at the open mic night in March, I only know a few chords",
            "Wonderwall",
        ),
        (
            "get good enough on the ukulele to play Somewhere Over the Rainbow at my dad's 70th party",
            "Somewhere Over the Rainbow",
        ),
    ],
)
def test_the_named_song_is_the_goal(goal, song):
    plan = offline_plan(goal)
    assert song in plan.goal.statement
    assert plan.goal.metric.unit == "parts"
    assert "songs" not in plan.goal.statement
    titles = task_titles(plan)
    assert f"chords or sheet music of {song.lower()}" in titles
    assert "for 2 friends or family members" in titles  # rehearsed for people before the day
    # the field's hard-part obstacle, not the default: its "bars" are music, not a pub's
    assert plan.constraint.startswith("The hard section is frustrating")


@pytest.mark.parametrize(
    "goal",
    [
        "play guitar at my brother's wedding",  # an instrument, no song named
        "play 3 songs at the school recital in may",  # their own count
        "learn piano well enough to play at church on sundays",
    ],
)
def test_no_song_named_keeps_a_count_of_songs(goal):
    plan = offline_plan(goal)
    assert plan.goal.metric.unit == "songs"
