"""A starting point the person answered is kept: in the goal's measure, or in their words.

Never "zero" when they said something, never a number in another measure ("15 a day" is not
15 days in a row, "credit 760" is not $760, "2 yr old lab" is not 2 cues).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None))


def start_line(goal: str, said: str) -> str:
    plan = ENGINE.draft(goal, {"baseline": said}, TODAY)
    line = next(a for a in plan.assumptions if a.key == "baseline")
    assert line.source == "stated", line.text
    return line.text


@pytest.mark.parametrize(
    ("goal", "said", "never"),
    [
        ("quit nicotine pouches", "15 a day, 6mg", "15 days"),
        ("stop vaping for good", "like 20 puffs an hour, 3 pods a week", "20 days"),
        ("quit smoking before the baby comes", "10 a day for years", "10 days"),
        ("quit drinking soda", "4 cans a day", "4 days"),
        ("teach my dog to walk on a loose leash", "3 yr old beagle, pulls a lot", "3 cues"),
        ("teach my puppy basic commands", "she's 5 months, knows sit", "5 cues"),
        ("save for a down payment on a house", "45k saved, credit 760", "$760"),
        ("save for a house deposit", "fico 710, about 12k put away", "$710"),
        ("spend more one on one time with my kids", "kids 6, 9 and 12, I work nights", "6 one"),
        ("get back into drawing", "haven't drawn in 8 years", "8 pieces"),
        (
            "read more books this year",
            "finished 2 last year, 3 years since I read a lot",
            "3 books",
        ),
        ("get stronger at the gym", "bench 185 x 5, squat 225", "5 lb"),
    ],
)
def test_a_number_in_another_measure_is_kept_in_the_persons_words(goal, said, never):
    line = start_line(goal, said)
    assert never not in line, line
    assert "zero" not in line, line


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("lose some weight", "heavier than i want to be"),
        ("get fit", "out of shape, can't climb stairs without puffing"),
        ("fix my sleep", "all over the place, I wake up a lot"),
        ("declutter the garage", "packed to the ceiling, can't park"),
        ("learn to invest", "clueless, money sits in checking"),
    ],
)
def test_an_unreadable_starting_point_is_kept_as_words_never_zero(goal, said):
    line = start_line(goal, said)
    assert said in line, line
    assert "zero" not in line and "not in" not in line, line


@pytest.mark.parametrize(
    ("goal", "said", "kept"),
    [
        ("save up an emergency fund", "$1.2k saved so far", "$1,200"),
        ("build an emergency fund", "about 2,500 in savings", "$2,500"),
        ("raise my credit score", "score 590, two late payments", "590"),
        ("lose the baby weight, 20 lbs to go", "165 now want 145", "165 lb"),
        ("lose 15 pounds", "i weigh 212 this morning", "212 lb"),
        ("put on 12 lbs of muscle", "6'0 150 lbs", "150 lb"),
        ("walk 10,000 steps a day", "around 4000ish steps", "4,000 steps"),
        ("bring my blood pressure down", "145/92 most mornings", "145"),
        ("sleep 8 hours a night", "5-6 hrs most nights", "5.5 hours"),
    ],
)
def test_a_starting_point_in_the_goals_measure_is_read(goal, said, kept):
    assert kept in start_line(goal, said)


def test_a_distance_in_miles_plans_in_miles():
    plan = ENGINE.draft("run a half marathon", {"baseline": "I can jog 3 miles"}, TODAY)
    assert "miles" in plan.goal.statement, plan.goal.statement
    assert plan.goal.metric.baseline == 3


@pytest.mark.parametrize(
    ("goal", "said", "count"),
    [
        ("paint every room in the house", "9 rooms, never painted before", 9),
        ("repaint all the rooms upstairs", "6 rooms, walls are in ok shape", 6),
    ],
)
def test_a_count_of_the_whole_job_becomes_the_target(goal, said, count):
    plan = ENGINE.draft(goal, {"baseline": said}, TODAY)
    assert plan.goal.metric.target == count, plan.goal.statement


def test_a_debt_answered_as_the_starting_point_is_the_amount_to_clear():
    plan = ENGINE.draft("get out of credit card debt", {"baseline": "11k on 2 cards"}, TODAY)
    assert plan.goal.metric.target == 11000
    assert "11k on 2 cards" in next(a.text for a in plan.assumptions if a.key == "baseline")
