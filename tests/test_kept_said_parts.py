"""Every number, rate, named thing and method the person states is kept in the plan (round 16's
coaches): a two-number reading target stays both numbers in the goal and every milestone; a
money rate ("save at least 20k a month") is kept in their money; the way they chose to get
there ("stepping down the nicotine strength") gets its own step; a manager's explicit ask
("mentor someone") is a part."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.engines.offline.named_parts import part_rhythm
from assistant.models import Plan
from assistant.planner import plan_goal
from assistant.understanding.goal_parts import named_parts, planned, stated_method
from assistant.understanding.numbers import reading_at
from evals.target_drift import plan_drift
from tests.offline_goals import TODAY

PRESSURE = (
    "Get my blood pressure down. Last reading at the clinic was 148/95 and the doctor wants it "
    "under 130/80 before she decides about adding a second medication. Follow-up appointment "
    "is in 3 months"
)
BUDGET = (
    "Stick to a budget for once. I always overspend on food delivery and Amazon. Want to track "
    "every rupee for 3 months and save at least 20k a month"
)
VAPE = (
    "quit vaping. I've tried cold turkey twice and lasted 4 days both times, this time going to "
    "try stepping down the nicotine strength"
)
PROMO = (
    "Get promoted to senior engineer in the next review cycle (March). My manager said I need "
    "more visible ownership of projects and to mentor someone"
)


def _plan(goal: str, answers: dict[str, str] | None = None) -> Plan:
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers or {}, settings, TODAY).plan


def _tasks(plan: Plan) -> list[str]:
    return [f"{t.title} {t.done_when}" for m in plan.milestones for t in m.tasks]


def test_a_reading_on_the_way_moves_both_numbers_in_step():
    said = "it was 148/95, the doctor wants it under 130/80"
    assert reading_at(said, 130, 130, 148) == "130/80"
    assert reading_at(said, 139, 130, 148) == "139/88"
    assert reading_at("the doctor wants it under 130/80", 139, 130, None) == ""
    assert reading_at("get my blood pressure down to 130", 130, 130, 148) == ""


def test_a_two_number_reading_target_is_kept_as_both_numbers_target_not_start():
    plan = _plan(PRESSURE, {"baseline": "148/95, already on ramipril"})
    statement = plan.goal.statement
    assert "130/80" in statement and "148/95" in statement
    assert statement.index("130/80") < statement.index("148/95")  # the target, then the start
    assert plan.goal.metric is not None and plan.goal.metric.target == 130
    readings = [m.title for m in plan.milestones if "mmHg" in m.title]
    assert readings and all("/" in t for t in readings)  # never "below 139 mmHg" alone
    assert "130/80 mmHg" in plan.milestones[-1].title
    assert "reading_halved" not in plan_drift(PRESSURE, plan)


def test_a_money_rate_is_a_part_kept_in_their_money_every_month():
    assert "save at least 20k a month" in named_parts(BUDGET)
    rhythm = part_rhythm("save at least 20k a month")
    assert rhythm is not None and (rhythm.times, rhythm.per) == (1, "month")
    assert planned("save at least 20k a month", "Set up an auto-debit of ₹20,000 on salary day")
    assert not planned("save at least 20k a month", "Set up an auto-debit of ₹2,000")
    plan = _plan(BUDGET, {"baseline": "salary 85k take home, saving maybe 5k some months"})
    assert "20k a month" in plan.goal.statement
    kept = [t for t in _tasks(plan) if "20,000" in t or "20k" in t]
    assert kept and all("$" not in t for t in kept)  # rupees, never dollars


def test_the_method_they_chose_gets_its_own_step():
    assert stated_method(VAPE) == "step down the nicotine strength"
    assert stated_method("quit vaping by my birthday") == ""
    plan = _plan(VAPE, {"baseline": "20mg salts, probably go through a 2ml pod a day"})
    assert any("step down the nicotine strength" in t.lower() for t in _tasks(plan))
    assert "method_lost" not in plan_drift(VAPE, plan)


def test_an_explicit_ask_from_someone_else_is_a_part_with_a_step():
    assert "mentor someone" in named_parts(PROMO)
    plan = _plan(PROMO)
    assert any("mentor" in t.lower() for t in _tasks(plan))


def test_a_second_wish_a_stated_milestone_and_the_point_of_the_work_are_parts():
    takeaway = (
        "stop getting takeaway so much, it's like 4 or 5 nights a week at the moment and I want "
        "it down to once a week max. Would also like to learn to cook maybe 5 decent meals"
    )
    assert "learn to cook maybe 5 decent meals" in named_parts(takeaway)
    knee = (
        "Do my knee physio exercises every day like I'm supposed to. ACL reconstruction was 6 "
        "weeks ago and I keep skipping them, want to be able to jog again by month 6"
    )
    assert named_parts(knee) == ["Do my knee physio exercises every day", "jog again by month 6"]
    photos = (
        "Scan all of my parents' old photos and slides before their 50th anniversary in "
        "November so we can do a slideshow at the party"
    )
    assert "make a slideshow" in named_parts(photos)


def test_the_last_reading_is_the_start_even_with_no_answers():
    plan = _plan(PRESSURE)
    assert plan.goal.metric is not None
    assert (plan.goal.metric.target, plan.goal.metric.baseline) == (130, 148)
    assert "130/80" in plan.goal.statement and "below 148/95" not in plan.goal.statement


@pytest.mark.parametrize(
    ("goal", "not_a_part"),
    [
        (
            "cut down on sugar, I drink 3 cans of coke a day and eat biscuits at my desk, "
            "want none on weekdays",
            "eat biscuits at my desk",
        ),
        (
            "sleep better, I scroll till 1am and wake up at 6 for work, want 7 hours a night",
            "wake up at 6 for work",
        ),
        (
            "save for a car, we eat out four times a week and buy coffee every morning",
            "buy coffee every morning",
        ),
    ],
)
def test_what_the_person_does_now_is_no_part_of_the_goal(goal, not_a_part):
    assert not any(not_a_part in part for part in named_parts(goal))
