"""The obstacle a goal names in its own text becomes the plan's constraint, in the person's
words, and a move acts on it (round 19: "bed at like 1am scrolling" met by "evenings stretch
on", "never got past week 4" by "runs get skipped when the day fills up"). Paraphrases our own."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.engines.offline.goal_obstacle import goal_obstacles
from assistant.planner import plan_goal

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        # a trigger moment named
        (
            "Sleep 7 hours a night. Most nights I lie in bed scrolling reels until 2am",
            "scrolling",
        ),
        ("be up at 6 without snoozing, I'm on my phone in bed till midnight", "on my phone"),
        (
            "Stop eating junk in the evenings. It's always after 9pm when the kids are asleep, "
            "chocolate and cheese",
            "when the kids are asleep",
        ),
        # a wall hit before
        (
            "start running again, tried the beginner plan twice and never made it past week 3",
            "week 3",
        ),
        ("learn Italian on the app, I always give up around lesson 10", "lesson 10"),
        ("Finish the online drawing course. I keep stalling at module 2", "module 2"),
        # not knowing how
        ("deadlift 120kg by summer, but no clue how to program the sets", "no clue how"),
        ("put money into index funds, I don't know where to start", "know where to start"),
        ("lower my 10k time to 50 min, no idea how to pace tempo runs", "no idea how"),
    ],
)
def test_the_clause_that_names_the_obstacle_is_read(goal: str, said: str) -> None:
    found = goal_obstacles(goal)
    assert found and said.lower() in found[0].lower(), found


@pytest.mark.parametrize(
    "goal",
    [
        "lose 6 kg by spring, mainly so I can keep up with my grandkids at the park",
        "walk 8000 steps a day, I walk about 3000 now",
        "read 20 books next year, I'd like to get back into fiction",
        "swim 1km by June, I can do 400m now",
        "Save £5,000 because we're getting married in August",
    ],
)
def test_a_reason_a_start_or_a_wish_is_no_obstacle(goal: str) -> None:
    assert goal_obstacles(goal) == []


def _plan(goal: str):
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, {}, settings, TODAY).plan


def _acting(plan) -> list[str]:
    return [t.title.lower() for m in plan.milestones for t in m.tasks if t.attacks_constraint]


@pytest.mark.parametrize(
    ("goal", "kept", "move"),
    [
        (
            "Sleep 7 and a half hours most nights, I'm on 5 now. I end up in bed on my phone "
            "till half 1",
            "on my phone",
            "phone",
        ),
        (
            "I want to be asleep by 11pm on work nights. I lie there scrolling instagram until "
            "well past midnight",
            "scrolling",
            "phone",
        ),
        (
            "get through a beginner running plan this winter, I've quit twice and never got "
            "beyond week 5",
            "week 5",
            "week 5",
        ),
        (
            "Run my first 5k without walking. Started the app three times but never made it "
            "past week 3",
            "week 3",
            "week 3",
        ),
    ],
)
def test_the_goal_s_obstacle_is_the_constraint_and_is_attacked(
    goal: str, kept: str, move: str
) -> None:
    plan = _plan(goal)
    assert kept in plan.constraint.lower(), plan.constraint
    assert any(move in t for t in _acting(plan)), _acting(plan)
    said = next(a for a in plan.assumptions if a.key == "constraint")
    assert said.source == "stated" and "in your goal's words" in said.text, said


def test_an_answered_constraint_still_wins() -> None:
    settings = Settings(_env_file=None, offline=True)
    plan = plan_goal(
        OfflineEngine(settings),
        "Sleep 8 hours a night, I go to bed scrolling my phone at 1am",
        {"constraint": "my baby wakes up twice a night"},
        settings,
        TODAY,
    ).plan
    assert "baby" in plan.constraint.lower(), plan.constraint


@pytest.mark.parametrize(
    "goal",
    [
        "i weigh 96 kg and want to get to 85 by summer, mostly so i can run around with my kids",
        "lose a stone before the holiday so that my family stops worrying about my heart",
        "get down to 70kg by march so I can keep up with the grandchildren on walks",
    ],
)
def test_a_reason_s_words_name_no_field_obstacle(goal: str) -> None:
    """'so I can keep up with my kids' is why, not a family that cooks for them."""
    plan = _plan(goal)
    assert not any(w in plan.constraint.lower() for w in ("family", "kids", "grandchildren"))
