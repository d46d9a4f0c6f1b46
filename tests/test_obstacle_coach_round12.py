"""What round 12's coaches caught in the obstacle attacks, planted one cause at a time.

Half of a two-part obstacle left unattacked, a weeknight habit met once a week, moves from
another field or tradition (dhuhr for a Catholic, holiday orders in a sales plan, a makerspace
for someone who works from home), an obstacle the goal names ignored for a stock one, and a
stall diagnosis proposing mornings to someone who works nights.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.engines.offline.constraints import constraint_moves
from assistant.engines.offline.obstacle_checks import foreign_moves
from assistant.engines.offline.obstacle_parts import (
    obstacle_in_goal,
    obstacle_parts,
    said_rhythm,
    slow_attacks,
    uncovered_parts,
)
from assistant.planner import plan_goal
from assistant.playbooks.catalog import all_fields
from assistant.stall_reasons import ReadCause, Said
from assistant.stall_remedies import better_time
from evals.obstacle_attacks import coach_problems, goal_named_ignored
from tests.review_histories import _plan, review

TODAY = dt.date(2026, 11, 27)


def _field(key: str):
    return next(p for p in all_fields() if p.key == key)


def _plan_for(goal: str, **answers: str):
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers, settings, TODAY).plan


def _attacks(plan) -> list:
    return [t for t in plan.tasks() if t.attacks_constraint]


# -- the readers the checks and the planner share ---------------------------------------------


@pytest.mark.parametrize(
    ("said", "parts"),
    [
        (
            "beers after work with the guys, and I eat late when I get home",
            ["beers after work with the guys", "i eat late when i get home"],
        ),
        (
            "shins hurt if I do too much, and its dark when I get off work",
            ["shins hurt if i do too much", "its dark when i get off work"],
        ),
        (
            "bunions, and the Dublin weather this time of year, it's lashing",
            ["bunions", "the dublin weather this time of year, it's lashing"],
        ),
        (
            "Deals stall at procurement and December holidays kill momentum",
            ["deals stall at procurement", "december holidays kill momentum"],
        ),
        ("netflix and youtube", ["netflix and youtube"]),
        (
            "my phone. and honestly that's the only time I get to myself",
            ["my phone, that's the only time i get to myself"],
        ),
    ],
)
def test_an_answer_divides_into_the_obstacles_it_names(said, parts):
    assert obstacle_parts(said) == parts


@pytest.mark.parametrize(
    ("said", "often"),
    [
        ("beers after work with the guys", 5),
        ("cutting the beer on weeknights", 5),
        ("its every single night", 7),
        ("stress at work", 0),
    ],
)
def test_how_often_the_obstacle_happens_is_read_from_their_words(said, often):
    assert said_rhythm(said)[0] == often


@pytest.mark.parametrize(
    ("goal", "named"),
    [
        (
            "I weigh 225 now and want to get down to 195 by September, I think cutting the beer "
            "on weeknights would be half the battle",
            "the beer on weeknights",
        ),
        (
            "Stop snacking after dinner, its every single night and i know its mostly boredom",
            "boredom",
        ),
        ("run a 5k under 28 minutes", ""),
    ],
)
def test_an_obstacle_the_goal_names_is_found(goal, named):
    assert obstacle_in_goal(goal) == named


# -- the counter catches each cause -------------------------------------------------------------


def test_the_counter_catches_half_an_obstacle_left_unattacked_and_a_weekly_swap():
    plan = {
        "constraint": "Beers after work with the guys, and I eat late when I get home",
        "constraint_strategy": "Keep the time together, change what is in it",
        "milestones": [
            {
                "tasks": [
                    {
                        "title": "Keep the ritual each time next week with a swap for the beer",
                        "attacks_constraint": True,
                        "recurrence": {"times": 1, "per": "week"},
                    }
                ]
            }
        ],
    }
    goal = {"goal": "lose 30 lb", "answers": {"constraint": plan["constraint"]}}
    found = coach_problems(goal, plan)
    assert "i eat late" in found["half"]
    assert "beers after work" in found["slow"]


def test_the_counter_catches_moves_from_another_tradition():
    said = "Get back to going to mass every Sunday; I work some sunday mornings at the hospital"
    assert "Islam" in foreign_moves(said, ["Pray dhuhr and asr at work in the slot you found"])
    assert foreign_moves(said, ["Find the Saturday vigil mass times at 2 parishes"]) == ""
    assert foreign_moves(
        "sales Q4, December holidays kill momentum",
        ["Save 2 go-to orders at the 3 places you use most for holiday gatherings"],
    )
    assert foreign_moves(
        "I get so angry on the phone",
        ["Set up a charging spot for the phone outside the room you work or sleep in"],
    )


def test_the_counter_catches_a_goal_named_obstacle_swapped_for_a_stock_one():
    goal = {
        "goal": "lose 30 lb by September, cutting the beer on weeknights would be half the battle"
    }
    assert goal_named_ignored(
        goal, {"constraint": "Evening snacking undoes the day's good choices"}
    )
    assert not goal_named_ignored(goal, {"constraint": "The beer on weeknights"})


# -- the planner attacks each part, at its rhythm, in the person's field ------------------------


def test_both_parts_of_a_two_part_obstacle_get_their_own_attack_early():
    plan = _plan_for(
        "I weigh 225 and want to get down to 195 by September",
        deadline="sept 14",
        capacity="4 hours a week",
        constraint="beers after work with the guys, and I eat late when I get home",
    )
    attacks = _attacks(plan)
    titles = [t.title for t in attacks]
    assert uncovered_parts(plan.constraint, titles) == []
    late = [t for t in attacks if any(w in t.title.lower() for w in ("dinner", "snack", "home"))]
    first_move = [t.due for t in late if not t.recurrence]
    assert first_move and min(first_move) <= TODAY + dt.timedelta(days=21)
    assert any(t.recurrence for t in late), "the late eating is attacked every week, not once"


def test_a_weeknight_habit_is_met_each_weeknight_not_once_a_week():
    plan = _plan_for(
        "I weigh 225 and want to get down to 195 by September",
        deadline="sept 14",
        capacity="4 hours a week",
        constraint="beers after work with the guys",
    )
    beer = [t for t in _attacks(plan) if "beer" in t.title and t.recurrence]
    assert beer and all(t.recurrence.times == 5 and t.recurrence.per == "week" for t in beer)
    assert "weeknight" in beer[0].title
    per_week = [(t.title, t.recurrence.times) for t in beer]
    assert slow_attacks(plan.constraint, per_week) == []


def test_a_goal_that_names_its_obstacle_is_planned_against_it_without_answers():
    plan = _plan_for(
        "I weigh 225 now and want to get down to 195 by my sister's wedding in September, "
        "I think cutting the beer on weeknights would be half the battle"
    )
    assert "beer" in plan.constraint.lower()
    assert any("beer" in t.title for t in _attacks(plan))


@pytest.mark.parametrize(
    ("field", "goal", "said", "never"),
    [
        (
            "faith",
            "Get back to going to mass every Sunday and go to confession before Easter",
            "I work some sunday mornings at the hospital",
            ("dhuhr", "mosque", "asr"),
        ),
        (
            "walking",
            "walk 10,000 steps every day",
            "I work from home and literally don't leave the flat some days",
            ("makerspace", "storage unit", "corner"),
        ),
        (
            "sales",
            "My team needs to hit 1.2M in new sales for Q4",
            "deals stall at procurement and December holidays kill momentum",
            ("holiday gatherings", "go-to orders"),
        ),
        (
            "insurance_appeal",
            "Appeal my insurance company's denial for my MRI",
            "I get so angry on the phone",
            ("charging spot", "blocked hours"),
        ),
    ],
)
def test_attacks_never_come_from_another_field_or_tradition(field, goal, said, never):
    moves = constraint_moves(_field(field), said, goal)
    text = " ".join([moves.strategy, *moves.titles()]).lower()
    assert not [w for w in never if w in text], text


def test_someone_who_works_from_home_is_sent_out_of_the_flat_on_workdays():
    moves = constraint_moves(
        _field("walking"),
        "I work from home and literally don't leave the flat some days",
        "walk 10,000 steps every day",
    )
    assert "commute" in moves.attack.title and moves.attack.times == 5


# -- the stall diagnosis never proposes the hours a night worker sleeps -------------------------


def _evening_cause(plan_id: str) -> ReadCause:
    said = [
        Said(
            dt.date(2026, 12, 7),
            None,
            "Too wiped out at night after the late, skipped it",
            "slip",
            "t3",
        ),
        Said(dt.date(2026, 12, 14), None, "Night again, no energy at all", "slip", "t3"),
    ]
    return ReadCause("wrong_time_of_day", 1.0, said)


def test_a_night_worker_is_not_told_to_move_the_task_to_the_morning():
    plan = _plan("p-nights")
    reviews = [
        review(plan.id, dt.date(2026, 12, 7), notes="On night shifts all week, sleep till 2pm"),
    ]
    worst, better = better_time(_evening_cause(plan.id), reviews, plan)
    assert worst == "night" and better != "morning"
    _, usual = better_time(_evening_cause(plan.id), [], _plan("p-days"))
    assert usual == "morning"  # without night work the other end of the day stays the advice


def test_bunions_and_the_weather_each_get_their_own_weekly_attack():
    moves = constraint_moves(
        _field("hiking"),
        "bunions, and the Dublin weather this time of year, it's lashing",
        "walk the Camino from Sarria to Santiago in May",
    )
    weekly = [moves.attack, *moves.also]
    assert any("bunions" in s.title for s in weekly)
    assert any("weather" in s.title for s in weekly)
    assert any("podiatrist" in s.title for s in moves.unblock)


def test_two_objects_of_one_kind_are_both_attacked():
    moves = constraint_moves(
        _field("sleep"),
        "scrolling tiktok in bed, and gaming with friends in other timezones",
        "be in bed by 11 at least 5 nights a week",
    )
    weekly = " ".join(s.title for s in (moves.attack, *moves.also))
    assert "TikTok" in weekly and "games" in weekly
    firsts = [s.title for s in moves.unblock]
    assert len(firsts) == len(set(firsts)), "the same first move is not planned twice"


def test_a_night_shift_worker_is_not_planned_into_mornings_or_lunchtimes():
    moves = constraint_moves(
        _field("exercise_routine"), "night shifts, I'm a nurse and I'm wrecked after", "get fit"
    )
    text = " ".join([moves.strategy, *moves.titles()]).lower()
    assert "shift" in text
    assert not [w for w in ("morning", "lunch", "before work") if w in text], text
