"""The person's stated starting point picks the level of the plan: a time they run now said in
any order, indicators and the first milestone never below what they do, beginner steps left out
for someone who already practises, race steps only when a race is named. All goals written
here, in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.export.markdown import metric_text
from assistant.language.levels import Level, stated_levels
from assistant.planner import plan_goal
from assistant.understanding.finish_time import read_finish_time
from assistant.validators.level import below_start

TODAY = dt.date(2026, 11, 27)
SETTINGS = Settings(_env_file=None, offline=True)
ENGINE = OfflineEngine(SETTINGS)


def _plan(goal: str, answers: dict[str, str] | None = None):
    return plan_goal(ENGINE, goal, dict(answers or {}), SETTINGS, TODAY).plan


@pytest.mark.parametrize(
    ("goal", "baseline", "before"),
    [
        ("a 10k under 50 minutes next spring. i can run about 56:30 these days", "", 56.5),
        ("break 24 minutes at my local parkrun", "26:10 pb from october", 26 + 10 / 60),
        ("half marathon in under 1:55", "usually around 2:05 on a hilly course", 125),
        ("sub-45 10k", "i'm at 49 min at the moment", 49),
        ("get my 5k below 30 min", "33:15 right now, jogging 3 times a week", 33.25),
    ],
)
def test_the_time_run_now_is_read_with_its_cue_before_or_after(goal, baseline, before):
    time = read_finish_time(goal.lower(), baseline)
    assert time is not None and time.before == pytest.approx(before), time


def test_a_time_of_another_distance_is_no_time_run_now():
    time = read_finish_time("sub-25 5k by june, my 10k is 58 min right now", "")
    assert time is not None and time.before is None  # 58 is past twice 25: another race


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("get under 45 minutes for a 10k by may", {"baseline": "51:20 pb, about 30km a week"}),
        ("a sub 22 5k this summer, I can do about 24:40 now", {}),
        ("run a 10k in under 55 mins, usually 61 min on the canal path", {}),
    ],
)
def test_a_time_goal_from_a_time_run_now_is_a_ladder_of_times(goal, answers):
    plan = _plan(goal, answers)
    titles = [m.title for m in plan.milestones]
    assert all(m.metric.unit == "minutes" for m in plan.milestones), titles
    assert not any("without stopping" in t for t in titles), titles
    assert plan.goal.metric.unit == "minutes" and plan.goal.metric.baseline, plan.goal.metric
    assert not any(t.title.lower().startswith("run-walk") for t in plan.tasks())
    assert " to " in metric_text(plan.goal.metric) and ":" in metric_text(plan.goal.metric)
    measured = next(a.text for a in plan.assumptions if a.key == "metric")
    assert "finish time" in measured and "longest" not in measured, measured  # as the metric


@pytest.mark.parametrize(
    ("goal", "baseline", "level"),
    [
        ("walk 12,000 steps a day", "I walk about 7000 steps a day", Level(7000, "steps", "day")),
        ("run a sub-50 10k", "jogging 25 km a week, 52:40 best", Level(25, "km", "week")),
        ("get to 15 push-ups", "i can do 6 push-ups", Level(6, "push-ups", "")),
        (
            "finish the book this term, currently reading 8 pages a night",
            "",
            Level(8, "pages", "day"),
        ),
    ],
)
def test_a_level_held_now_is_read_in_any_order(goal, baseline, level):
    assert level in stated_levels(goal, baseline)


@pytest.mark.parametrize(
    "goal",
    [
        "I want to do 20 push-ups in a row",
        "goal: 10,000 steps a day by march",
        "build up to 40 km a week",
    ],
)
def test_a_number_wanted_is_no_level_held(goal):
    assert stated_levels(goal) == []


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("sub 50 minute 10k by june", {"baseline": "55:30 pb, running around 25km a week"}),
        ("faster 5k, under 27 min", {"baseline": "29:50 right now and about 18 km a week"}),
        ("10k in under 1 hour by spring", {"baseline": "i do roughly 22km a week, 1:04 last time"}),
    ],
)
def test_an_indicator_never_asks_less_than_they_do(goal, answers):
    plan = _plan(goal, answers)
    assert below_start(plan) == [], [f.message for f in below_start(plan)]
    weekly = [i for i in plan.leading_indicators if i.unit == "km"]
    assert weekly and weekly[0].target >= 18
    weekly[0].target = 5  # a field's guess below their week is flagged
    assert any(f.code == "indicator.below_start" for f in below_start(plan))


def test_a_cut_goal_asks_less_than_now_on_purpose():
    plan = _plan("cut down to 3 coffees a day, I drink 6 coffees a day right now")
    assert not any(f.code == "indicator.below_start" for f in below_start(plan))


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("run 5k without stopping by spring", {"baseline": "can jog about 1km then walk"}),
        ("get to 10 km nonstop", {}),
        ("couch to 5k again, I keep giving up at week 3", {}),
        ("jog 4 km without a break", {"capacity": "twice a week after the school run"}),
    ],
)
def test_no_race_steps_without_a_race(goal, answers):
    titles = " | ".join(t.title for t in _plan(goal, answers).tasks()).lower()
    for race in ("register for the race", "race kit", "race-day breakfast", "run the race"):
        assert race not in titles, titles


@pytest.mark.parametrize(
    "goal",
    [
        "run the city half marathon in april",
        "finish my first 10k race in may",
        "do the parkrun 5k without walking by february",
        "run 5 km without stopping for our town fun run, the run is on 14 june",
    ],
)
def test_a_named_race_keeps_its_race_steps(goal):
    titles = " | ".join(t.title for t in _plan(goal).tasks()).lower()
    assert "register for the race" in titles or "race kit" in titles, titles


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("run a 10k by summer", {"baseline": "I run about 15 km a week"}),
        ("get fit enough for a 10 km run", {"baseline": "i'm jogging 12km a week now"}),
        ("a faster 5k, sub 30", {"baseline": "32:30 at the moment"}),
    ],
)
def test_no_beginner_kickoff_for_someone_who_already_runs(goal, answers):
    titles = [t.title.lower() for t in _plan(goal, answers).tasks()]
    assert not any(t.startswith("run-walk") for t in titles), titles


@pytest.mark.parametrize(
    ("baseline", "fires"),
    [("I can run 12 km now", True), ("longest run is 8 km", True),
     ("I run about 10km at the moment", True), ("I can run 3 km", False)],
)  # fmt: skip
def test_a_first_milestone_at_or_below_their_level_is_flagged(baseline, fires):
    from tests.plans import asked_in, rule_findings

    plan = asked_in("run the riverside half marathon", baseline=baseline)  # first milestone 5 km
    assert bool(rule_findings(plan, "milestone.below_start")) is fires
