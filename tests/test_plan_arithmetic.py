"""Money and time arithmetic against the person's own numbers: a debt's stated APR dates its
payoff, a date no stated income can meet moves (and says so), hours said for the week stay the
week's, a new mover starts small, a full exam sitting takes the exam's length and one small act
is never hours long. Hand-written phrasings, none from the judged rounds."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.errors import InputError
from assistant.language.act_sizes import exam_minutes, load_act_sizes
from assistant.planner import plan_goal
from assistant.understanding.capacity import read_time
from assistant.understanding.interest import apr_said, months_to_clear, paid_by, payment_to_clear
from assistant.understanding.money_rate import add_months
from assistant.validators.money import _PLANNED, _monthly
from evals.sizing_numbers import count_numbers

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


def _plan(goal: str, **answers: str):
    return plan_goal(ENGINE, goal, answers, SETTINGS, TODAY)


def _gaps(plan) -> Counter[str]:
    bad: Counter[str] = Counter()
    count_numbers(plan, bad, TODAY)
    return +bad


def test_amortisation_matches_the_standard_formula():
    assert months_to_clear(10_000, 400, 0.18) == 32  # 0% would say 25
    assert months_to_clear(10_000, 400, 0.0) == 25
    assert months_to_clear(10_000, 140, 0.18) is None  # 150 a month of interest: never
    assert payment_to_clear(10_000, 32, 0.18) == pytest.approx(396.6, abs=1)
    assert paid_by(10_000, 400, 12, 0.18) == pytest.approx(
        3_260, abs=5
    )  # 400 x 12 less 1,540 interest


@pytest.mark.parametrize(
    ("text", "apr"),
    [
        ("the card charges 21.9% APR", 0.219),
        ("interest rate of 17% on the loan", 0.17),
        ("APR is about 29.99%", 0.2999),
        ("I save 20% of my pay", None),
    ],
)
def test_the_stated_apr_is_read(text, apr):
    assert apr_said(text) == (pytest.approx(apr) if apr else None)


def test_a_debt_with_its_apr_is_dated_by_amortisation_not_by_division():
    result = _plan("clear the $9,000 on my visa, I can pay $350 a month, it's 22% APR")
    plan = result.plan
    months = months_to_clear(9_000, 350, 0.22)
    assert months == 36  # division alone says 26
    assert plan.goal.deadline >= add_months(TODAY, months - 1)
    assert any("22% APR" in a.text for a in plan.assumptions)
    assert not _gaps(plan)


def test_a_date_the_stated_income_cannot_meet_moves_and_says_why():
    result = _plan(
        "save a £6,000 house deposit top-up by february",
        baseline="nothing saved yet, we take home £2,900 a month, rent is £1,100",
    )
    plan = result.plan
    asks = [
        _monthly(m.group(1), m.group(2), m.group(3) or m.group(4) or "month")
        for t in plan.tasks()
        if (m := _PLANNED.search(t.title))
    ]
    assert asks and max(asks) <= 0.5 * (2_900 - 1_100)
    note = next(a.text for a in plan.assumptions if "take-home" in a.text and "needs" in a.text)
    assert re.search(r"reached by \w+ 20\d\d", note)
    assert plan.goal.deadline > dt.date(2027, 3, 1)
    assert not _gaps(plan)


def test_hours_before_named_days_are_the_weeks_not_each_days():
    said = read_time("roughly 3-4 hours? weekday mornings tue thu sat work best")
    assert said.hours is not None and said.hours <= 4
    assert read_time("sat + sun 5 hrs each").hours == 10  # "each" still means each day


def test_a_new_mover_starts_small_and_builds_up():
    plan = _plan(
        "get my cholesterol down by walking more and eating better",
        capacity="an hour a day most days",
        baseline="desk job, I sit all day and haven't exercised in years",
        deadline="in 4 months",
    ).plan
    walks = [
        next(t for t in m.tasks if t.recurrence and "walk" in t.title.lower())
        for m in plan.milestones
        if any(t.recurrence and "walk" in t.title.lower() for t in m.tasks)
    ]
    assert len(walks) >= 3
    assert walks[0].estimate_minutes < walks[-1].estimate_minutes
    assert walks[0].recurrence.sessions_per_week() <= 5
    assert str(walks[0].estimate_minutes) in walks[0].title or "minute" not in walks[0].title


def test_a_full_length_practice_exam_takes_the_exams_length():
    assert exam_minutes("pass the CFA level 1 in august") == 270
    result = _plan(
        "pass the GMAT with a 655 by june",
        capacity="12 hours a week",
        baseline="diagnostic 555",
    )
    sittings = [t for t in result.plan.tasks() if re.search(r"\bfull\b.*\btest|\bexam", t.title)]
    full = [t for t in sittings if "full" in t.title.lower()]
    assert full and all(t.estimate_minutes >= 135 for t in full)
    assert not any(f.code == "task.too_big" for f in result.findings)


def test_a_small_act_is_never_hours_long():
    plan = _plan(
        "clear out the spare room and the loft before my mum moves in at easter",
        capacity="saturdays, 5 hours",
        baseline="boxes everywhere, nothing sorted",
    ).plan
    for task in plan.tasks():
        m = re.match(r"^\w+ (\d+) (drawers?|shelf|shelves|boxes|box)\b", task.title)
        if m:
            each = 15 if m.group(2).startswith(("drawer", "shel")) else 30
            assert task.estimate_minutes <= 3 * each * int(m.group(1))
    assert not _gaps(plan)


def test_a_bad_act_sizes_file_is_one_clear_error():
    with pytest.raises(InputError, match="act sizes file"):
        load_act_sizes("[[exam]]\nname = 'x'\nsigns = '('\nminutes = 60\n")


def test_hours_said_for_the_week_over_named_days_stay_the_weeks_capacity():
    plan = _plan(
        "get back into shape for hiking season",
        capacity="about 4 hrs? weekday evenings mon wed fri suit me",
        baseline="I walk the dog, that's it",
    ).plan
    assert plan.capacity_hours_per_week <= 4.5
