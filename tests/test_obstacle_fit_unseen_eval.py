"""The session-16 obstacle audit counts what it says it counts (evals/obstacle_fit_unseen.py)."""

from __future__ import annotations

import pytest

from evals.obstacle_fit_unseen import other_kind, unmet_levers


def _plan(field: str, *titles: str, done: str = "Done") -> dict:
    tasks = [{"title": t, "done_when": done, "attacks_constraint": True} for t in titles]
    return {
        "metadata": {"field": field},
        "constraint_strategy": "",
        "milestones": [{"tasks": tasks}],
    }


@pytest.mark.parametrize(
    "field, goal, met",
    [
        ("sugar", "I have 3 cans of coke a day", "Cut '3 cans of coke' down by 1 this week"),
        ("savings", "the truck keeps needing repairs", "Give the truck its own pot"),
        ("sleep", "in bed by 11, not scrolling my phone", "Put the phone out of reach"),
    ],
)
def test_a_lever_counts_as_met_only_when_a_task_names_it(field, goal, met):
    assert unmet_levers([goal], _plan(field, "Review the week"))[1]
    assert unmet_levers([goal], _plan(field, met)) == (1, [])


def test_a_lever_in_a_field_its_move_does_not_fit_is_not_counted():
    assert unmet_levers(["the car keeps breaking down"], _plan("running", "Run 3 times")) == (0, [])


@pytest.mark.parametrize(
    "said, title, done",
    [
        (
            "the heat in january",
            "Get the gear that makes hot days doable",
            "Warm layers and gloves",
        ),
        ("my teens' football and jobs", "Book next week's sessions", "Sessions in nap time"),
        ("busy at month end at work", "Set next week's cash limit for client meals", "Logged"),
    ],
)
def test_another_kinds_move_for_what_was_said_is_counted(said, title, done):
    goal = {"goal": "x", "answers": {"constraint": said}}
    assert other_kind(goal, _plan("gardening", title, done=done))
