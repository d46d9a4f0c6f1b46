"""Deadline answers with more than one date: the goal's own day (the exam, the wedding, the
race) told from the steps on the way (entries close, a fitting, a booked fair); named periods
read by the table (terms, semesters); the nth weekday of a month; and a goal needed before
an event (passports for a flight) planned to end weeks before it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.planner import plan_goal
from assistant.understanding.answers import parse_answers
from assistant.understanding.deadline_data import goal_and_steps, named_period, nth_weekday
from assistant.understanding.deadlines import parse_deadline

TODAY = dt.date(2026, 11, 27)  # a Friday
D = dt.date


def _typed(said: str) -> dict[str, object]:
    return parse_answers({"deadline": said}, TODAY, strict=False)


@pytest.mark.parametrize(
    ("said", "goal_day", "step_day"),
    [
        ("exam's the second saturday of may, entries close in february", D(2027, 5, 8), D(2027, 2, 28)),
        ("the race is the 3rd sunday of october, sign-ups end in june", D(2027, 10, 17), D(2027, 6, 30)),
        ("recital is 14 march, booking deadline 10 january", D(2027, 3, 14), D(2027, 1, 10)),
        ("the gig is 22 may, band sign-up closes in april", D(2027, 5, 22), D(2027, 4, 30)),
    ],
)  # fmt: skip
def test_the_goals_own_day_is_the_deadline_and_the_step_a_step(said, goal_day, step_day):
    typed = _typed(said)
    assert typed["deadline"] == goal_day
    assert [d for _, d in typed["deadline_steps"]] == [step_day]


@pytest.mark.parametrize(
    ("said", "goal_day"),
    [
        ("test in december, have to apply by august", D(2027, 12, 31)),
        ("the audition is early january, application closes in march", D(2028, 1, 10)),
        ("concert's the last friday of november, register by june", D(2027, 11, 26)),
    ],
)
def test_a_goal_day_before_its_own_step_is_the_next_one(said, goal_day):
    """Registration in September for an exam 'in December' said in November: next December."""
    assert _typed(said)["deadline"] == goal_day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("the tournament is in march, march 7th", D(2027, 3, 7)),
        ("may exams, they start mid may", D(2027, 5, 15)),
        ("the gig is in june, early june", D(2027, 6, 10)),
    ],
)
def test_one_event_said_twice_takes_the_sharper_day(said, day):
    assert _typed(said)["deadline"] == day


@pytest.mark.parametrize(
    "said",
    [
        "december, wedding is in feb",  # the money by December; the wedding is why
        "christmas, or new year at a push",
        "end of march, the move is april 4",
        "grant closes 31 march, my boss wants a draft by 1 march",  # no event: closes is the day
    ],
)
def test_no_step_named_leaves_the_answer_as_it_was(said):
    assert goal_and_steps(said, TODAY, parse_deadline) is None


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("by the end of summer term", D(2027, 7, 21)),
        ("before the end of autumn term 2027", D(2027, 12, 18)),
        ("by the end of spring semester", D(2027, 5, 15)),
        ("before summer term starts", D(2027, 4, 20)),
        ("by the end of the fall semester", D(2026, 12, 15)),  # the one running now
        ("the start of spring term", D(2027, 1, 5)),
    ],
)
def test_named_periods_are_read_by_the_table(said, day):
    assert named_period(said, TODAY) == day
    assert parse_deadline(said, TODAY) == day


def test_a_period_in_the_answer_with_its_purpose_still_reads_the_period():
    said = "end of the summer term so the builders can do it in the holidays"
    assert parse_deadline(said, TODAY) == D(2027, 7, 21)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("first sunday of december", D(2026, 12, 6)),
        ("the second tuesday in march", D(2027, 3, 9)),
        ("last saturday of june 2027", D(2027, 6, 26)),
    ],
)
def test_the_nth_weekday_of_a_month(said, day):
    assert nth_weekday(said, TODAY) == day


@pytest.mark.parametrize(
    "said", ["end of the school year, july", "the end of the school year, mid july"]
)
def test_a_school_year_with_its_month_named_is_that_month(said):
    assert _typed(said)["deadline"].month == 7
    assert "deadline_limit" not in _typed(said)


def _plan(goal: str, answers: dict[str, str]):
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers, settings, TODAY).plan


@pytest.mark.parametrize(
    ("goal", "when", "event"),
    [
        (
            "renew my passport and get one for my daughter, we're flying to Lisbon",
            "our flight is 14th of june",
            D(2027, 6, 14),
        ),
        ("sort out the visa for my move to Canada", "moving on 1 september", D(2027, 9, 1)),
        (
            "get the kids' passports done before our holiday to Spain",
            "the holiday starts 20 july",
            D(2027, 7, 20),
        ),
    ],
)
def test_a_document_for_a_trip_is_done_weeks_before_it(goal, when, event):
    plan = _plan(goal, {"deadline": when})
    assert plan.goal.deadline <= event - dt.timedelta(weeks=3)
    line = next(a.text for a in plan.assumptions if a.key == "deadline")
    assert f"{event:%d %B %Y}" in line


def test_a_document_answer_that_says_when_it_must_be_done_keeps_that_date():
    plan = _plan("renew my passport, flying to Rome in summer", {"deadline": "done by 1 may"})
    assert plan.goal.deadline == D(2027, 5, 1)


@pytest.mark.parametrize(
    ("goal", "when", "exam", "step"),
    [
        ("pass the level 2 sign language exam", "exam is 2nd saturday of june, enrol by march", "12 June 2027", "31 March 2027"),
        ("pass my driving theory test", "test booked for 20 april, need to book lessons by january", "20 April 2027", "31 January 2027"),
        ("get my grade 5 piano", "the exam's in may, entry closes in february", "May 2027", "28 February 2027"),
    ],
)  # fmt: skip
def test_the_plan_ends_on_the_exam_and_names_the_step(goal, when, exam, step):
    plan = _plan(goal, {"deadline": when})
    line = next(a.text for a in plan.assumptions if a.key == "deadline")
    assert f"{plan.goal.deadline:%B %Y}" in exam
    assert step in line


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("begin in december and carry on for years, check in after a year", D(2027, 11, 27)),
        ("it's ongoing really, let's review in 6 months", D(2027, 5, 27)),
        ("for good this time, take stock after 3 months", D(2027, 2, 27)),
    ],
)
def test_an_ongoing_habit_ends_at_its_review_point_not_a_count(said, day):
    typed = _typed(said)
    assert typed["deadline"] == day
    assert typed["deadline_review"]


def test_the_review_point_is_said_as_one_in_the_plan():
    plan = _plan(
        "put 200 a month into my pension and stick with it",
        {"deadline": "start in january, keep it going, review it after a year"},
    )
    line = next(a.text for a in plan.assumptions if a.key == "deadline")
    assert "review point" in line and "keeps going" in line


@pytest.mark.parametrize(
    ("goal", "when", "step"),
    [
        ("pass the B2 German exam", "exam is the 2nd saturday of june, enrol by march", D(2027, 3, 31)),
        ("run my first half marathon", "race is 10 october, entries close end of july", D(2027, 7, 31)),
        ("get my grade 5 piano", "the exam's in may, entry closes in february", D(2027, 2, 28)),
    ],
)  # fmt: skip
def test_a_step_date_is_a_task_a_week_ahead_of_it(goal, when, step):
    plan = _plan(goal, {"deadline": when})
    dated = [t for t in plan.tasks() if f"{step:%d %B}" in t.title]
    assert len(dated) == 1
    assert step - dt.timedelta(days=14) <= dated[0].due < step
    assert plan.goal.deadline > step
