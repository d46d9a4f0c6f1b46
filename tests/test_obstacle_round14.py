"""An obstacle is met by moves a coach of the goal's field would write, in plain English.

Round 14's coaches quoted a fear ladder "for the scary part" for cooking confidence and for a
worry about the wrong ab exercises, "Price 3 ways to cut rent" for "can't rent without being
there", "Plan the weekend's meals" for a support team's weekend gaps, "Call 1 provider to cut a
bill" for money that sits in checking and for going out, and the person's words pasted raw
("Out the late night snacking", "on days feel guilty gets in the way"). Each cause is planted
here in new words, one at a time.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.engines.offline.constraints import constraint_moves
from assistant.engines.offline.constraints_fallback import referent
from assistant.engines.offline.obstacle_parts import obstacle_in_goal
from assistant.planner import plan_goal
from assistant.playbooks.catalog import all_fields
from evals.obstacle_attacks import coach_problems, off_topic, pasted

TODAY = dt.date(2026, 11, 27)


def _moves(field: str, said: str, goal: str = ""):
    moves = constraint_moves(next(p for p in all_fields() if p.key == field), said, goal)
    return " | ".join([moves.strategy, *moves.titles()]).lower()


# (field, what the person said, words the moves must carry, words they must not)
KEYED_BY_WHAT_THEY_SAID = [
    # a keyword from another family: "rent" as a verb is finding a place, not a cost to cut
    (
        "moving",
        "the bank needs a local address to open an account but I can't rent a flat without one",
        ("in writing", "accept"),
        ("cut rent", "saved on rent", "payday"),
    ),
    # a team's weekend cover is a rota, never the weekend's meals
    (
        "support",
        "evening and weekend gaps in cover, so tickets wait until monday morning",
        ("rota", "auto-reply"),
        ("meal", "treat"),
    ),
    # money that sits idle wants an automatic transfer, not a bill cut
    (
        "investing",
        "I keep meaning to move it across and the cash just sits in my current account",
        ("automatic transfer",),
        ("provider", "bill", "fixed cost"),
    ),
    (
        "savings",
        "we can't say no when friends ask us out for drinks",
        ("fun pot", "cheaper ways to say yes"),
        ("provider", "bill"),
    ),
    # not a confident cook is a skill to learn, not a fear to climb
    (
        "cooking",
        "honestly I'm not a very confident cook",
        ("dish",),
        ("fear", "ladder", "scary"),
    ),
    # a worry about the wrong exercises goes to a physio's cleared list, with no pain invented
    (
        "yoga",
        "I'm worried I'll do the wrong stretches and make my neck worse",
        ("physio", "cleared list", "your neck"),
        ("fear ladder", "scary part", "pain"),
    ),
    # a technique the field knows (side breathing) gets the field's drill, not a missed-day fallback
    (
        "swimming",
        "I can't get the breathing right, my head comes up and my legs sink",
        ("breath", "drill"),
        ("sessions you missed", "10-minute version"),
    ),
]


@pytest.mark.parametrize(("field", "said", "wanted", "unwanted"), KEYED_BY_WHAT_THEY_SAID)
def test_the_moves_fit_what_the_person_said(field, said, wanted, unwanted):
    text = _moves(field, said)
    for word in wanted:
        assert word in text, (word, text)
    for word in unwanted:
        assert word not in text, (word, text)


def test_weekend_meals_still_meet_a_food_weekend_and_a_team_never_gets_them():
    assert "weekend's meals" in _moves("weight", "I'm good all week then saturdays ruin it")
    assert "meal" not in _moves("support", "saturday tickets sit in the queue till monday")


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("feel guilty", ""),
        ("lose steam", ""),
        ("skipping days", ""),
        ("soccer season", "soccer season"),
        ("night shifts", "night shifts"),
    ],
)
def test_a_phrase_that_opens_on_a_doing_is_never_set_into_a_title(said, named):
    assert referent(said) == named


def test_a_part_that_opens_on_a_doing_is_not_pasted_into_the_fallback():
    text = _moves("reading", "I miss a couple of days, feel bad about it, then give up")
    assert "days feel bad" not in text and "times feel bad" not in text


def test_cutting_out_names_the_habit_not_the_particle():
    goal = "get to 80kg by spring, I reckon cutting out the evening crisps is the big thing"
    assert obstacle_in_goal(goal) == "the evening crisps"


@pytest.mark.parametrize(
    ("said", "titles", "caught"),
    [
        ("my knees hurt on stairs", ["Do the next rung of your fear ladder for the scary part"], 1),
        ("I'm nervous at the gym", ["Do the next rung of your fear ladder for the gym"], 0),
        ("weekend gaps in the queue", ["Plan the weekend's meals and one activity on Friday"], 1),
        ("I snack at weekends", ["Plan the weekend's meals and one activity on Friday"], 0),
        ("the money sits in checking", ["Call 1 provider to cut or renegotiate a bill"], 1),
        ("can't rent without being there", ["Price 3 ways to cut rent: sharing the space"], 1),
        ("rent went up again", ["Price 3 ways to cut rent: sharing the space"], 0),
    ],
)
def test_the_counter_catches_a_move_no_word_of_theirs_fits(said, titles, caught):
    assert bool(off_topic(said, titles)) == bool(caught)


@pytest.mark.parametrize(
    ("constraint", "title", "caught"),
    [
        ("Out the late night snacking", "Plan next week's snack swaps", 1),
        ("The late night snacking", "Plan next week's snack swaps", 0),
        ("I fall behind", "Do a 10-minute version on days feel guilty gets in the way", 1),
        ("Soccer season", "Write down the last 3 times soccer season got in the way", 0),
    ],
)
def test_the_counter_catches_their_words_pasted_raw(constraint, title, caught):
    plan = {"constraint": constraint, "milestones": [{"tasks": [{"title": title}]}]}
    assert bool(pasted(plan)) == bool(caught)


def test_a_planned_support_goal_with_weekend_gaps_has_no_move_from_another_field():
    settings = Settings(_env_file=None, offline=True)
    goal = "cut our 4 person help desk's first reply time to under 3 hours by june"
    answers = {"constraint": "nobody covers weekends so monday starts with a pile of tickets"}
    plan = plan_goal(OfflineEngine(settings), goal, answers, settings, TODAY).plan
    found = coach_problems({"goal": goal, "answers": answers}, plan.model_dump(mode="json"))
    titles = " ".join(t.title for m in plan.milestones for t in m.tasks if t.attacks_constraint)
    assert "meal" not in titles.lower()
    assert "rota" in titles.lower(), titles
    assert not found.keys() & {"off_topic", "pasted", "family"}, found


# a kind's moves too narrow for the field: a practice's sessions in a budget, a craft's how-to
# for finding clients, a missed session for a cost that comes round
PRACTICE_MOVES_IN_A_BUDGET = [
    ("budgeting", "bored of tracking every coffee", ("sessions", "formats", "meals", "calorie")),
    ("savings", "the kids' school trips and clubs", ("sessions around", "another adult")),
    ("medical", "the travel clinic has a long wait", ("travel days", "travel kit")),
    ("side_income", "no idea how to find customers", ("a shop, a library", "the part you don't")),
]


@pytest.mark.parametrize(("field", "said", "unwanted"), PRACTICE_MOVES_IN_A_BUDGET)
def test_a_kinds_moves_stay_in_the_fields_they_fit(field, said, unwanted):
    text = _moves(field, said)
    for words in unwanted:
        assert words not in text, (words, text)


def test_a_cost_that_comes_round_gets_a_pot_not_a_shorter_session():
    text = _moves("savings", "dentist visits")
    assert "pot" in text and "10-minute version" not in text, text


def test_a_part_already_met_by_a_kind_is_not_met_twice_by_the_fallback():
    moves = constraint_moves(
        next(p for p in all_fields() if p.key == "savings"),
        "each month there's something, the car, christmas",
    )
    titles = [t for t in moves.titles() if "the car" in t.lower()]
    assert len(titles) <= 2, titles
