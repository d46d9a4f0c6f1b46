"""The plan's headline keeps the shape of the goal text: which way it goes (gain, not lose),
its own number at its own scale ("4 lakh", "6 hours a night", not a clock's "by 10"),
a race time's minutes never read as distance, one "by" date and one sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.language import find_quantities
from assistant.planner import plan_goal
from evals.goal_text_losses import shape_losses
from tests.offline_goals import TODAY


def _goal(goal: str, answers: dict[str, str] | None = None):
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers or {}, settings, TODAY).plan.goal


@pytest.mark.parametrize(
    "goal",
    [
        "I'm only 49 kg and my doctor wants me to put on some weight, ideally reach 55 kg",
        "bulk up from 70 kg to 78 kg before the rowing season",
    ],
)
def test_a_weight_gain_is_planned_as_a_gain(goal):
    statement = _goal(goal).statement
    assert statement.startswith("Gain"), statement
    assert not shape_losses(goal, statement)


@pytest.mark.parametrize(
    "goal",
    [
        "I weigh 96 kg and want to get down to 88 kg",
        "I've put on 9 kg since starting my desk job and want to get back to 70 kg",
    ],
)
def test_a_weight_loss_still_loses(goal):
    assert _goal(goal).statement.startswith("Lose"), _goal(goal).statement


def test_lakh_and_crore_are_their_full_amounts():
    (money,) = find_quantities("put aside ₹4 lakh for the new scooter")
    assert (money.value, money.unit) == (400_000, "INR")
    assert find_quantities("a ₹1.5 crore flat")[0].value == 15_000_000
    statement = _goal("Save ₹4 lakh for a scooter by next winter, my salary is ₹50,000").statement
    assert "₹400,000" in statement, statement


def test_a_bedtime_is_not_the_hours_of_sleep():
    goal = "Lights off by 10 on school nights so I finally sleep 8 hours instead of 5"
    statement = _goal(goal).statement
    assert "8 hours" in statement and "10 hours" not in statement, statement


def test_the_minutes_of_a_race_time_are_not_a_distance():
    assert find_quantities("break 3:55 at the valencia marathon, i run 40 km a week")[0].value == 40
    goal = "Racing the Lisbon half in March, I want to go under 1:45. I do about 30 km a week"
    statement = _goal(goal).statement
    assert "1:45:00" in statement and "km a week" not in statement, statement
    assert not shape_losses(goal, statement)


def test_the_headline_says_its_date_once():
    goal = "Stretch every morning so my back stops hurting and I can garden again by may"
    statement = _goal(goal).statement
    assert statement.count(" by ") == 1, statement


def test_the_headline_ends_at_the_goal_s_first_sentence():
    goal = (
        "Dispute the parking fine from the council (£70). The warden said my permit was "
        "expired but it was on the dashboard"
    )
    statement = _goal(goal).statement
    assert "warden" not in statement and "£70" in statement, statement
    assert not shape_losses(goal, statement)


def test_shape_losses_flags_what_the_round_11_headlines_did():
    found = shape_losses(
        "Sell 40 cakes a week this quarter, 5 weeks left",
        "Sell 40 cakes a week. the oven by spring by 30 September 2027",
        dt.date(2027, 9, 30),
    )
    assert {f.split(":")[0] for f in found} >= {"cut clause", "by-date twice", "period misread"}
    assert shape_losses("want to gain 6 kg", "Lose 6 kg of body weight")[0].startswith("direction")


def test_a_near_window_in_the_goal_beats_a_far_date_answered():
    goal = "Our club needs 30 new members signed up, 5 weeks left in the membership drive"
    deadline = _goal(goal, {"deadline": "end of next august"}).deadline
    assert (deadline - TODAY).days <= 5 * 7, deadline
    far_only = _goal("Get 30 new members for our club", {"deadline": "end of next august"})
    assert far_only.deadline.month == 8


def test_the_rooms_named_are_the_rooms_counted():
    goal = _goal("repaint the spare room, the landing and the bathroom this winter")
    assert goal.metric.target == 3 and "3 rooms" in goal.statement, goal.statement


def test_a_monthly_amount_until_a_total_plans_the_total():
    goal = _goal("Save £250 a month into a holiday fund until we've got £3,000")
    assert goal.metric.target == 3000 and "£3,000" in goal.statement, goal.statement
    assert "in a row" not in goal.statement


@pytest.mark.parametrize(
    "text",
    ["pay off my credit cards, about 6k across two cards", "6k spread over 3 cards"],
)
def test_a_preposition_after_an_amount_is_no_unit(text):
    """'6k across two cards' is $6,000 of debt, not 6,000 'across'."""
    amount = find_quantities(text)[0]
    assert (amount.value, amount.unit) == (6000.0, "")
