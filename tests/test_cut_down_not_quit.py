"""Cutting down is not quitting: a goal to drink, smoke, vape, eat sugar or have caffeine LESS
(and no quit said) is planned as a limit or as free days a week, stepped to from where they are,
with moderation moves; a quit goal keeps its quit streak. Paraphrases written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.models import Plan
from assistant.planner import plan_goal
from evals.cut_down import QUIT_TASK_RE, is_streak, says_cut_down

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


def _plan(goal: str, **answers: str) -> Plan:
    return plan_goal(ENGINE, goal, answers, SETTINGS, TODAY).plan


def _titles(plan: Plan) -> list[str]:
    return [t.title for m in plan.milestones for t in m.tasks]


CUT_DOWN = [
    # (goal, field)
    ("want to cut down on the wine, it's most evenings at the moment", "alcohol"),
    ("drinking less beer this winter - maybe just fridays and saturdays", "alcohol"),
    ("Reduce my drinking. Not stopping completely, just not every evening", "alcohol"),
    ("keep the booze to no more than 12 units a week, it's creeping up to 30", "alcohol"),
    ("eat less sugar, the biscuits at work are getting out of hand", "sugar"),
    ("cut back on sweets - I have chocolate every afternoon", "sugar"),
    ("reduce the sugar in my tea, I take 3 spoons in every cup", "sugar"),
    ("smoke fewer cigarettes, I'm on about 20 a day", "smoking"),
    ("cut down my smoking before the kids notice", "smoking"),
    ("vape less, my disposable lasts barely a day", "smoking"),
    ("less coffee please, 6 mugs a day is wrecking my sleep", "caffeine"),
    ("cut back on energy drinks, I have one every shift", "caffeine"),
    ("reduce caffeine to 2 cups a day", "caffeine"),
    ("gamble less, the betting apps take every evening", "quit"),
    ("cut back on the weed, I want a clear head on work nights", "quit"),
    ("limit the online poker to weekends", "quit"),
]


@pytest.mark.parametrize(("goal", "field"), CUT_DOWN)
def test_a_cut_down_goal_is_no_quit_streak_and_has_no_quit_moves(goal: str, field: str) -> None:
    plan = _plan(goal)
    assert plan.metadata.field == field
    assert not is_streak(plan), plan.goal.statement
    assert "in a row without" not in " ".join(m.title for m in plan.milestones)
    quits = [t for t in _titles(plan) if QUIT_TASK_RE.search(t)]
    assert not quits, quits
    assert not plan.goal.statement.lower().startswith("quit")


@pytest.mark.parametrize(
    "goal",
    [
        "drink less, only at the weekend from now on",
        "cut down on sugar, it's in everything I eat",
        "smoke less than I do now",
    ],
)
def test_a_limit_they_did_not_give_is_marked_assumed(goal: str) -> None:
    plan = _plan(goal)
    metric = next(a for a in plan.assumptions if a.key == "metric")
    if "weekend" in goal:  # weekends only is their own limit: 5 alcohol-free days a week
        assert metric.source == "stated"
        assert plan.goal.metric.target == 5
    else:
        assert metric.source == "assumed"


def test_a_stated_weekly_limit_is_the_target_with_moderation_moves() -> None:
    plan = _plan("drink less - no more than 8 units a week, I reckon I'm on 20 now")
    assert plan.goal.metric.target == 8
    assert plan.goal.metric.unit == "units"
    titles = " ".join(_titles(plan)).lower()
    assert "log each drink" in titles
    assert "clear the alcohol out of the house" not in titles
    assert "about the break" not in titles


def test_free_days_are_counted_up_to_the_weekly_number() -> None:
    plan = _plan("cut back on drinking, I have a few beers every night")
    assert plan.goal.metric.unit == "alcohol-free days"
    ladder = [m.metric.target for m in plan.milestones if m.metric]
    assert ladder == sorted(ladder)
    assert ladder[-1] == plan.goal.metric.target


QUIT = [
    ("quit drinking for good", "alcohol"),
    ("stop vaping, quit date next month", "smoking"),
    ("dry january", "alcohol"),
    ("give up sugar completely for lent", "sugar"),
    ("quit smoking, I'm down to 5 a day already", "smoking"),
    ("go caffeine free for a month", "caffeine"),
    ("quit gambling for good, it's wrecking our savings", "quit"),
]


@pytest.mark.parametrize(("goal", "field"), QUIT)
def test_a_quit_goal_keeps_its_quit_plan(goal: str, field: str) -> None:
    plan = _plan(goal)
    assert plan.metadata.field == field
    assert is_streak(plan), plan.goal.statement


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("drink less. not quitting, just fewer nights", True),
        ("only drink at weekends and no more than 10 units a week", True),
        ("cut down on the chai sugar, 2 spoons a cup", True),
        ("quit drinking, 30 days sober", False),
        ("stop vaping for good", False),
        ("dry january this year", False),
        ("run a 10k", False),
    ],
)
def test_the_audit_reads_a_cut_down_goal(text: str, cut: bool) -> None:
    assert says_cut_down(text) is cut


@pytest.mark.parametrize(
    ("goal", "words", "start"),
    [
        ("drink less - I get through 2 bottles of red most nights", "2 bottles of red", None),
        ("eat less sugar: I have 3 sweet coffees and a pastry every day", "3 sweet coffees", None),
        ("smoke fewer, I'm on 18 a day at the moment", "18 a day", 18.0),
    ],
)
def test_the_start_said_beside_a_cut_is_kept(goal: str, words: str, start: float | None) -> None:
    plan = _plan(goal)
    said = next(a for a in plan.assumptions if a.key == "baseline")
    assert said.source == "stated" and words in said.text, said.text
    assert plan.goal.metric.baseline == start
