"""The time a person answers is kept as they said it (round 17's answered plans): a time that
corrects itself keeps the correction, a session length the goal's rhythm lacked is taken
from the answer, and a week budgeted above their time still says their time."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.planner import plan_goal
from assistant.understanding.answers import parse_answers
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("they say 12 hours a week but realistically I have 8", 8.0),
        ("the course says 10 hrs a week but honestly more like 5 hrs", 5.0),
        ("30 min a day but realistically 15", 1.75),
        ("4 hours a week, but weekends are busy", 4.0),  # no correction: the time as said
    ],
)
def test_a_time_answer_that_corrects_itself_keeps_the_correction(said, hours):
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == pytest.approx(hours)


def _plan(goal: str, answers: dict[str, str]):
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers, settings, TODAY).plan


def test_the_corrected_time_is_the_plans_week():
    plan = _plan(
        "finish the last 3 modules of my degree while working full time",
        {
            "deadline": "next June",
            "capacity": "they say 12 hours a week but realistically I have 8",
        },
    )
    assert plan.capacity_hours_per_week == 8
    assert not any("12 hours" in a.text for a in plan.assumptions)


def test_a_session_length_answered_for_a_rhythm_the_goal_named_is_kept():
    goal = "get our amateur football squad fitter before the season, we only train once a week"
    u = understand(goal, {"capacity": "wednesday training 90 mins"}, TODAY)
    assert u.sessions_per_week == 1 and u.session_minutes == 90
    u = understand(
        "get stronger legs, the physio said exercises twice a week",
        {"capacity": "twice a week like she said, 30-40 minutes"},
        TODAY,
    )
    assert u.sessions_per_week == 2 and u.session_minutes == 40


def test_a_week_budgeted_above_their_time_still_says_their_time():
    plan = _plan(
        "clear out the garage so the car fits in it",
        {"deadline": "mid November", "capacity": "saturday mornings, 2-3 hrs"},
    )
    said = [a for a in plan.assumptions if a.key == "capacity" and a.source == "stated"]
    assert plan.capacity_hours_per_week > 3
    assert said and "saturday mornings, 2-3 hrs" in said[0].text
    assert "1 session a week of 3 h" in said[0].text
    assert not any("are free for this goal" in a.text for a in said)


BP_GOAL = "get my blood pressure under 130/80 before my next checkup"


@pytest.mark.parametrize(
    ("baseline", "buys"),
    [
        ("150/95 average, bought a cuff for home", False),
        ("150/95, I have an Omron at home", False),
        ("150/95 at the doctor, I don't have a cuff yet", True),
        ("150/95 at the pharmacy", True),
    ],
)
def test_a_monitor_they_already_own_is_not_bought_again(baseline, buys):
    plan = _plan(BP_GOAL, {"deadline": "Sept 18", "baseline": baseline})
    bought = any("blood pressure monitor" in t.title.lower() for t in plan.tasks())
    assert bought is buys


def test_the_plan_reaches_the_session_length_they_answered():
    plan = _plan(
        "get our Sunday league squad fitter before the season starts in August, we only train "
        "once a week on Wednesdays",
        {"deadline": "first game 17th Aug", "capacity": "wednesday training 90 mins"},
    )
    sessions = [t for t in plan.tasks() if t.recurrence and not t.attacks_constraint]
    assert sessions and max(t.estimate_minutes for t in sessions) == 90  # the training they have
