"""The person's obstacle, met as they said it: each part of a two-part answer, kinds that a
field's boilerplate used to catch (being talked over, searching from afar, neighbours'
complaints, someone else's rent, no-shows, unclear rules, work email at night, hold times,
no owner, being new), and assumed obstacles that never contradict the goal.

Phrasings are hand-written, the way people answer "what usually gets in the way?".
"""

from __future__ import annotations

import re

import pytest

from assistant.engines.offline.constraints import constraint_moves
from assistant.engines.offline.obstacle_checks import contradicts_goal, feeds_obstacle
from assistant.playbooks import BY_KEY


def _text(moves) -> str:
    return " ".join([moves.strategy, *moves.titles()]).lower()


@pytest.mark.parametrize(
    ("field", "said", "must", "must_not"),
    [
        (
            "public_speaking",
            "my manager keeps cutting me off when I talk",
            "let me finish",
            "headphones",
        ),
        (
            "moving",
            "we live out of state and can't get there to look at houses",
            "video viewing",
            "corner",
        ),
        ("pets", "the people downstairs complained about the howling", "text", "distance session"),
        ("investing", "I'm covering my daughter's tuition this year", "your daughter", "roommate"),
        ("side_income", "buyers keep not showing up", "back-up", "10-minute version"),
        (
            "start_business",
            "not sure the zoning rules let me run it from home",
            "zoning",
            "10-minute version",
        ),
        ("family", "my boss emails me late and I feel I must reply", "stop time", "book 3 slots"),
        (
            "insurance_appeal",
            "I sit on hold for ages and can only ring in office hours",
            "in writing",
            "free half-hours",
        ),
        (
            "team_delivery",
            "no clear owner, and Priya is the only one who knows the codebase",
            "owner",
            "characterisation",
        ),
        (
            "faith",
            "everyone already knows each other and I'd feel like an outsider",
            "introduce",
            "new skill",
        ),
        ("crafts", "my old sewing machine needs servicing", "service", "phone"),
        ("volunteer", "a lot of our members are older and won't use an app", "paper", "rate it"),
    ],
)
def test_each_new_kind_meets_the_obstacle_with_its_own_moves(field, said, must, must_not):
    moves = constraint_moves(BY_KEY[field], said, "")
    text = _text(moves)
    assert must in text and must_not not in text, text
    assert not moves.strategy.startswith("Meet it at the moment")


def test_someone_elses_rent_is_not_read_as_the_persons_own():
    moves = constraint_moves(
        BY_KEY["savings"], "I help my brother out with his rent each month", ""
    )
    text = _text(moves)
    assert "your brother" in text
    assert (
        "cheaper place" not in text and "roommate" not in text and "sharing the space" not in text
    )


def test_a_slow_approval_is_chased_in_writing_not_timed_as_slow_work():
    moves = constraint_moves(BY_KEY["gardening"], "the council permit process takes ages", "")
    text = _text(moves)
    assert "in writing" in text and "time one round" not in text


def test_both_parts_of_a_two_part_obstacle_are_attacked():
    said = "a tight budget, and the city permit office takes months to reply"
    moves = constraint_moves(BY_KEY["gardening"], said, "")
    text = _text(moves)
    assert "permit" in text  # the slow office
    assert "price" in text or "put aside" in text or "cost" in text  # the money
    assert moves.constraint.lower() == said


def test_a_two_word_part_is_never_matched_by_meaning_alone():
    """'my back' could be anything: the known part (the machine) carries the attack."""
    moves = constraint_moves(BY_KEY["crafts"], "my eyes, and the machine keeps breaking", "")
    text = _text(moves)
    assert "machine" in text and "phone" not in text


def test_moves_that_offer_what_the_person_finds_dull_are_passed_over():
    said = "the gym is far and workout videos are so boring"
    assert "dull" in feeds_obstacle(said, ["Save 3 home workout videos for busy days"])
    moves = constraint_moves(BY_KEY["yoga"], said, "")
    offered = re.sub(r'"[^"]*"', "", " ".join(moves.titles()))  # their words quoted offer nothing
    assert "video" not in offered.lower()


@pytest.mark.parametrize(
    ("goal", "moves", "why"),
    [
        (
            "get back into swimming, I've paid for a pool membership since March",
            ["The pool costs more than I can afford"],
            "already pays",
        ),
        (
            "lower my cholesterol without starting statins",
            ["Doses of medication get missed"],
            "avoiding",
        ),
        (
            "quit vaping by spring",
            ["Skip or shorten drinking nights for the first month"],
            "drinking",
        ),
        (
            "lose 10 pounds and get my energy back",
            ["Pain limits the exercise that usually helps"],
            "pain",
        ),
        (
            "move across town in June with my dog",
            ["Give each child a box of their own to unpack first"],
            "children",
        ),
    ],
)
def test_an_assumed_obstacle_that_contradicts_or_invents_is_caught(goal, moves, why):
    assert why in contradicts_goal(goal, moves)


@pytest.mark.parametrize(
    ("goal", "moves"),
    [
        ("cut back to 2 beers a night", ["Skip or shorten drinking nights for the first month"]),
        (
            "my knee hurts when I run, I want to run a 10k",
            ["Pain limits the exercise that usually helps"],
        ),
        ("get fit this year", ["Lower the bar instead of skipping: a 10-minute version counts"]),
        ("lose weight", ["Pack a snack bag: fruit, nuts and protein bars"]),
        ("take my blood pressure pills every day", ["Medication doses get missed"]),
    ],
)
def test_an_obstacle_the_goal_supports_is_left_alone(goal, moves):
    assert contradicts_goal(goal, moves) == ""


@pytest.mark.parametrize(
    ("field", "goal", "not_in"),
    [
        (
            "exercise_routine",
            "get back to the gym, I've had a membership for a year and barely go",
            "cost",
        ),
        ("blood_sugar", "bring my A1c down to 5.6 without going on metformin", "dose"),
    ],
)
def test_the_plan_never_assumes_an_obstacle_its_goal_contradicts(field, goal, not_in):
    moves = constraint_moves(BY_KEY[field], None, goal)
    assert not_in not in (moves.constraint + " " + moves.strategy).lower()
