"""Round 15's starts kept: stretches a physio already gave are not learnt again, and the eval
counts a sum, budget, size or count said in the answers that the plan never names."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.language.held import HELD, held_in
from assistant.models import Plan
from assistant.planner import plan_goal
from assistant.playbooks import BY_KEY
from assistant.understanding.answers_kept import higher_start
from evals.start_ignored import amounts_unused, ignored

TODAY = dt.date(2026, 11, 27)
_BACK = "fix my lower back pain, I sit at a desk 9+ hours a day and it's getting worse"
_STRETCHES = ". Physio gave me stretches but I never do them"


def _plan(goal: str, **answers: str) -> Plan:
    s = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(s), goal, answers, s, TODAY).plan


@pytest.mark.parametrize(
    ("said", "held"),
    [
        ("Physio gave me stretches but I never do them", True),
        ("I got some exercises from my physio", True),
        ("the doctor prescribed a home program", True),
        ("I need to do stretches", False),
        ("I want to get exercises from a physio", False),
        ("I have to do exercises every day", False),
        ("never got exercises from the physio", False),
    ],
)
def test_exercises_a_physio_gave_are_held(said: str, held: bool) -> None:
    assert (HELD + "home exercises" in held_in(said)) is held


def test_stretches_already_given_are_not_learnt_again() -> None:
    fresh = [t.title for t in _plan(_BACK).tasks()]
    given = [t.title for t in _plan(_BACK + _STRETCHES).tasks()]
    assert "Learn the home exercises at the first physio session" in fresh
    assert not any(t.startswith("Learn the home exercises") for t in given)
    assert "Do the physio's home exercises" in given  # the doing stays


def test_the_counter_sees_stretches_learnt_again() -> None:
    said = _BACK + _STRETCHES
    causes = [c for c, _ in ignored(said, {}, _plan(_BACK))]
    assert causes == ["recognised, step kept"]
    assert ignored(said, {}, _plan(said)) == []


@pytest.mark.parametrize(
    ("answers", "named"),
    [
        ({"baseline": "about 14,000 euros on my Girokonto, nothing invested"}, "14000"),
        ({"capacity": "weekends, maybe £250 on materials"}, "250"),
        ({"baseline": "never grown anything, yard is about 6m x 8m"}, "6 m"),
        ({"baseline": "22 doors, never painted furniture"}, "22 doors"),
    ],
)
def test_the_counter_sees_an_amount_said_and_never_named(
    answers: dict[str, str], named: str
) -> None:
    plan = _plan("Learn to cook 20 new dinners by june")
    assert [c for c, _ in amounts_unused(answers, plan)] == ["stated amount unused"]
    kept = plan.model_copy(deep=True)
    kept.goal.why = f"with the {named} you said"
    assert amounts_unused(answers, kept) == []


def test_a_rate_said_is_no_amount_to_name() -> None:
    plan = _plan("Learn to cook 20 new dinners by june")
    assert amounts_unused({"capacity": "200 euros a month"}, plan) == []


def test_words_already_written_are_where_the_ladder_starts() -> None:
    goal = "Finish my dissertation, it's 12,000 words and I've written about 3,000. Due 30 April"
    plan = _plan(goal)
    assert plan.goal.metric.baseline == 3000
    assert plan.milestones[0].metric.target > 3000
    assert "3,000 words finished" not in plan.milestones[0].title


def test_a_longer_run_said_in_the_goal_is_not_lowered_by_a_race_time_answer() -> None:
    goal = (
        "Run the Melbourne half marathon in October in under 2 hours. My 10k time is about "
        "58 min right now and I've never run further than 12km"
    )
    plan = _plan(goal, baseline="10k in 58:20 a fortnight ago, running about 20km a week")
    assert plan.goal.metric.baseline == 12
    assert plan.milestones[0].metric.target > 12  # no first rung they already run


def test_an_answered_start_stands_when_the_goal_goes_down_or_counts_money() -> None:
    run, money = BY_KEY["running"], BY_KEY["savings"]
    assert higher_start(220, 225, 195, run) == 220  # a loss: the newer, lower level
    assert higher_start(2500, 3000, 10000, money) == 2500  # a balance they just checked
    assert higher_start(10, 12, 21.1, run) == 12
