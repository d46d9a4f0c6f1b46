"""The person's own target and start survive, by kind of measure: a distance they name is the
target, a count of another thing is no start in the goal's unit, 'every day' is the target and
the rhythm kept now the start, 'N more' adds to the start, a done part or a held level moves
the start past the milestones it covers."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.models import Plan
from assistant.planner import plan_goal
from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)


def _plan(goal: str, **answers: str) -> Plan:
    s = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(s), goal, answers, s, TODAY).plan


def test_a_distance_after_so_i_can_is_the_target_over_the_fields_default() -> None:
    plan = _plan(
        "learn to swim freestyle properly so I can swim 800m without a break",
        baseline="6 lengths of a 25m pool, breaststroke only",
    )
    metric = plan.goal.metric
    assert (metric.target, metric.unit) == (800.0, "m")
    assert metric.baseline == 150.0  # 6 lengths of 25 m
    values = [m.metric.target for m in plan.milestones]
    assert values == sorted(values) and 150 < values[0] < 800 and values[-1] == 800


def test_a_short_distance_in_km_climbs_in_tenths_not_whole_km() -> None:
    u = understand("learn to swim so I can swim 1km nonstop", {}, TODAY)
    assert (u.target, u.unit) == (1.0, "km")
    plan = _plan("learn to swim so I can swim 1km nonstop")
    firsts = [m.metric.target for m in plan.milestones[:-1]]
    assert firsts and all(0 < v < 1 for v in firsts)
    assert len(set(firsts)) == len(firsts)  # never "Up to 1 km" twice on the way


def test_a_count_of_another_thing_is_no_start_in_the_goals_unit() -> None:
    u = understand(
        "play 6 songs on the ukulele for the family barbecue, I know 4 chords", {}, TODAY
    )
    assert (u.target, u.unit) == (6.0, "songs")
    assert u.baseline is None
    assert "4 chords" in u.baseline_words


def test_every_day_is_the_target_and_the_rhythm_kept_now_the_start() -> None:
    u = understand(
        "I want to read my bible every day, right now it's about 3 times a week", {}, TODAY
    )
    assert (u.target, u.rate_period, u.baseline) == (7.0, "week", 3.0)


def test_a_daily_routine_is_planned_as_the_routine_not_the_fields_outcome() -> None:
    plan = _plan(
        "stiff neck from my desk job, I want to do my physio exercises every evening",
        baseline="I do them twice a week at best, neck is 4/10 most days",
    )
    metric = plan.goal.metric
    assert metric.unit == "times" and metric.target == 7 and metric.baseline == 2
    assert "out of 10" not in plan.goal.statement
    assert any("2 times a week" in a.text for a in plan.assumptions if a.key == "baseline")
    # the physio's routine is theirs already: no step books a physio to get one
    assert not any(t.title.lower().startswith("book a physio") for t in plan.tasks())


def test_n_more_adds_to_the_stated_start_and_keeps_their_number() -> None:
    plan = _plan("find 8 more volunteers for our litter picks, we're at 5 people now")
    assert plan.goal.metric.target == 13 and plan.goal.metric.baseline == 5
    assert "8 more" in plan.goal.statement


def test_a_stated_race_result_is_the_start_under_a_longer_race() -> None:
    u = understand("run a marathon next spring, I ran a 20k in 1:55 in october", {}, TODAY)
    assert u.target == 42.2 and u.baseline == 20


def test_every_part_said_done_drops_the_milestone_that_makes_them() -> None:
    plan = _plan(
        "finish the baby quilt for my niece",
        baseline="all 30 blocks pieced, still need borders, quilting and binding",
    )
    titles = [m.title.lower() for m in plan.milestones]
    assert not any(t.startswith("every block pieced") for t in titles)
    assert any("border" in t for t in titles)


def test_a_half_done_course_is_not_picked_again() -> None:
    plan = _plan(
        "move from retail into data analysis within a year",
        baseline="halfway through the Google data analytics certificate, no portfolio",
    )
    tasks = [t.title.lower() for t in plan.tasks()]
    assert not any(t.startswith(("pick 1", "choose 1")) and "course" in t for t in tasks)


def test_a_held_language_level_skips_the_beginner_milestones() -> None:
    plan = _plan(
        "reach B2 in Spanish for work, I passed the B1 exam in spring",
        baseline="B1 certificate, I read fine but my speaking is slow",
    )
    titles = [m.title.lower() for m in plan.milestones]
    assert not any("most common" in t for t in titles)
    assert not any("5-minute conversation" in t for t in titles)
    # an aim alone moves nothing: a beginner keeps the first words
    beginner = _plan("get to A2 in Spanish before my trip")
    assert any("most common" in m.title.lower() for m in beginner.milestones)
