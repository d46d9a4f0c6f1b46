"""What an answer says is absent, booked, known or under care is never planned as a step:
no looking up a match they said they lack, no booking an exam they booked, no first-lesson
step for someone who states a level."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.models import Plan
from assistant.planner import plan_goal
from assistant.understanding.progress import already_done, done_parts
from assistant.understanding.training import already_training
from evals.answers_contradicted import contradictions

TODAY = dt.date(2026, 11, 27)


def _plan(goal: str, **answers: str) -> Plan:
    s = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(s), goal, answers, s, TODAY).plan


def _titles(plan: Plan) -> list[str]:
    return [t.title.lower() for t in plan.tasks()]


def test_a_match_they_lack_is_never_looked_up_but_the_account_is_still_opened() -> None:
    plan = _plan(
        "put $250 a month into index funds for retirement",
        baseline="nothing saved for retirement yet, no 401(k) match from my employer",
        deadline="start in january",
        capacity="an hour or two on weekends",
    )
    titles = _titles(plan)
    assert not any("401" in t and "match" in t for t in titles), titles
    assert any("ira" in t or "account" in t for t in titles), titles
    assert not contradictions({"baseline": "no 401(k) match from my employer"}, plan)


def test_lacking_a_thing_leaves_steps_that_get_one() -> None:
    parts = done_parts("", "no emergency fund in the bank")
    assert not already_done("Open a high-yield savings account for the emergency fund", parts)
    assert already_done("Check the emergency fund balance", parts)


def test_a_booked_exam_drops_the_booking_and_eligibility_steps_but_keeps_the_study() -> None:
    plan = _plan(
        "Pass the CFA level 1 exam",
        deadline="I'm registered for the 14 May sitting",
        capacity="8 hrs a week",
        baseline="halfway through the curriculum, 58% on a mock",
    )
    titles = _titles(plan)
    assert not any(t.startswith("book the exam") for t in titles), titles
    assert not any("eligibility" in t for t in titles), titles
    assert any("practice" in t or "mock" in t for t in titles), titles


def test_not_booked_keeps_the_booking_step() -> None:
    parts = done_parts("", "haven't booked for the exam yet")
    assert not already_done("Book the exam slot at the test centre", parts)


def test_a_stated_level_is_no_beginner() -> None:
    for said in (
        "I know Am, E and D and can strum a simple pattern",
        "roughly B1, I read news articles slowly",
        "six weeks after my surgery, can jog on flat ground",
    ):
        assert already_training("x", {"baseline": said}, None), said
    for said in (
        "don't know where to begin",
        "I know a few words",
        "never touched a piano",
        "I know I should move more, haven't run in years",
    ):
        assert not already_training("x", {"baseline": said}, None), said


def test_someone_who_knows_chords_gets_no_first_chords_step() -> None:
    plan = _plan(
        "learn 4 songs on the ukulele for my sister's wedding",
        baseline="I know C, Am, F and G already but change slowly",
        capacity="15 minutes most evenings",
        deadline="wedding is in july",
    )
    assert not any("basic chords" in t for t in _titles(plan)), _titles(plan)
    beginner = _plan(
        "learn 4 songs on the ukulele for my sister's wedding",
        baseline="never held one",
        capacity="15 minutes most evenings",
        deadline="wedding is in july",
    )
    assert any("basic chords" in t for t in _titles(beginner)), _titles(beginner)


def test_a_professional_named_in_the_time_answer_is_not_booked_again() -> None:
    plan = _plan(
        "get my shoulder strong enough to swim again after the dislocation",
        capacity="my physiotherapist wants 20 min of band work daily",
        baseline="pain 4/10 reaching overhead",
        deadline="by summer",
    )
    assert not any(t.startswith("book a physio") for t in _titles(plan)), _titles(plan)


def test_the_latest_stated_weight_is_the_start_not_an_older_one() -> None:
    plan = _plan(
        "get down to 170 lb before the reunion",
        baseline="188 this week, I was 205 back in march",
        deadline="reunion is in june",
        capacity="gym 3 times a week",
    )
    metric = plan.goal.metric
    assert "188" in plan.goal.statement and "205" not in plan.goal.statement, plan.goal.statement
    assert metric.target == 18, (metric.target, metric.unit)
    assert plan.milestones[0].metric.target < 18


def test_an_older_level_alone_is_still_read_as_the_start() -> None:
    plan = _plan("get down to 170 lb before the reunion", baseline="I was 205 in march")
    assert plan.goal.metric.target == 35, plan.goal.statement


def test_time_said_past_the_job_is_the_capacity() -> None:
    plan = _plan(
        "Become a staff engineer by leading the payments migration",
        capacity="it's part of my job, though about 4 extra hours a week",
        deadline="next promo round in june",
    )
    assert plan.capacity_hours_per_week == 4


def test_a_date_right_after_the_booking_word_is_a_booking() -> None:
    parts = done_parts("", "theory test scheduled 9 march, car is insured")
    assert already_done("Book the theory test at the nearest centre", parts)
    assert not already_done("Book 2 lessons on roundabouts", parts)
