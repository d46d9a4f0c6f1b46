"""An exam named with only the month of its sitting is planned to the day it sits
(data/exam_days.toml), and a language exam's plan meets the obstacle the person names."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.language.exam_days import exam_day, exam_days
from tests.plans import offline_plan


@pytest.mark.parametrize(
    ("goal", "answers", "day"),
    [
        ("get through the JLPT N2 in december, been studying on and off", {}, dt.date(2026, 12, 6)),
        ("I want to sit the jlpt n4 next july", {}, dt.date(2027, 7, 4)),
        ("pass JLPT N5", {"deadline": "july"}, dt.date(2027, 7, 4)),
        ("pass the bar exam in july, first attempt", {}, dt.date(2027, 7, 27)),
        ("learn japanese to JLPT N4 level by december next year", {}, dt.date(2027, 12, 5)),
        ("pass JLPT N3", {"deadline": "by dec of next year"}, dt.date(2027, 12, 5)),
    ],
)
def test_the_plan_ends_on_the_day_the_exam_sits(goal, answers, day):
    plan = offline_plan(goal, answers)
    assert plan.goal.deadline == day
    assert any(
        "first" in a.text or "last" in a.text for a in plan.assumptions if a.key == "deadline"
    )


def test_a_day_they_name_is_theirs():
    plan = offline_plan("pass the JLPT N3, my test centre has it on 13 december")
    assert plan.goal.deadline == dt.date(2026, 12, 13)


def test_an_exam_day_needs_the_exam_and_its_month():
    assert exam_day("pass jlpt n3", dt.date(2027, 3, 31)) is None  # no sitting in March
    assert exam_day("pass my driving theory test", dt.date(2026, 12, 31)) is None
    assert exam_day("jlpt", dt.date(2026, 12, 20)) is None  # a day was said
    assert {e.name for e in exam_days()} >= {"JLPT", "bar exam"}


@pytest.mark.parametrize(
    ("goal", "move"),
    [
        ("pass JLPT N3 in july, kanji is where I struggle most", "character reviews first"),
        ("HSK 4 by june, the characters are killing me", "character reviews first"),
        ("get my japanese to N2, I've been stuck at N3 for two years", "weakest section"),
    ],
)
def test_a_language_exam_meets_the_obstacle_they_name(goal, move):
    plan = offline_plan(goal)
    attacks = [t.title for t in plan.tasks() if t.attacks_constraint]
    assert any(move in title for title in attacks)
    assert "speaking" not in plan.constraint


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("by december next year", dt.date(2027, 12, 31)),
        ("before june next year", dt.date(2027, 5, 31)),
        ("march of next year, hopefully", dt.date(2027, 3, 31)),
    ],
)
def test_a_month_of_next_year_is_next_years_month(said, day):
    from assistant.understanding.answers import parse_deadline

    assert parse_deadline(said, dt.date(2026, 11, 27)) == day
