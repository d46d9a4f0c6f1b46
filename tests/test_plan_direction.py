"""The plan goes the way the person wants, from where they are: a start they state before the
target they name is the start; a cut never climbs; a sum explained by the months it covers is
never multiplied by them; a ladder running the wrong way is a validator finding."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline.engine import OfflineEngine
from assistant.validators.path import off_path
from evals.start_ignored import wrong_way

TODAY = dt.date(2026, 11, 27)
ENGINE = OfflineEngine(Settings(_env_file=None))


def _ladder(plan) -> list[float]:
    metric = plan.goal.metric
    return [
        m.metric.target
        for m in plan.milestones
        if m.metric and m.metric.name == metric.name and m.metric.unit == metric.unit
    ]


START_THEN_TARGET = [
    # (goal, start, target): the first number has no target cue, the later one does
    (
        "My phone shows roughly 5,000 steps on a normal day and the nurse says I should "
        "reach 9,000",
        5000,
        9000,
    ),
    ("I swim 400 metres without stopping, my coach wants me to get to 1500 metres", 400, 1500),
    ("I jog about 3 km twice a week and I'd love to reach 10 km before the autumn", 3, 10),
]


@pytest.mark.parametrize(("goal", "start", "target"), START_THEN_TARGET)
def test_a_start_said_before_the_target_is_the_start(goal, start, target):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert (plan.goal.metric.baseline, plan.goal.metric.target) == (start, target)
    ladder = _ladder(plan)
    assert ladder == sorted(ladder), ladder  # up, never "at most"
    assert all(start < v <= target for v in ladder), ladder
    assert "at most" not in " ".join(m.title for m in plan.milestones)


CUTS = [
    # no start said: the ladder comes down to the cap from above, never climbs up to it
    "stop wasting money on delivery apps and order in less, like 3,000 yen each time",
    "stop wasting cash on uber eats and cook more, like R250 every order",
    "reduce my spending on takeaway, it's about £15 a go",
]


@pytest.mark.parametrize("goal", CUTS)
def test_a_cut_without_a_start_comes_down_to_the_target(goal):
    plan = ENGINE.draft(goal, {}, TODAY)
    target = plan.goal.metric.target
    ladder = _ladder(plan)
    assert len(ladder) >= 3 and ladder[-1] == target, ladder
    assert ladder == sorted(ladder, reverse=True), ladder
    assert ladder[0] > target, ladder


EXPLAINED_SUMS = [
    ("build an emergency fund of $12,000 - 6 months of living expenses - by next winter", 12000),
    ("I'd like a rainy day fund of €9k, which is 3 months of our costs", 9000),
    ("save an emergency fund of CHF 30,000 (6 months of our costs)", 30000),
    ("build an emergency fund of ₹3 lakh, i.e. 6 months of expenses", 300000),
]


@pytest.mark.parametrize(("goal", "total"), EXPLAINED_SUMS)
def test_a_sum_explained_by_its_months_is_not_multiplied(goal, total):
    plan = ENGINE.draft(goal, {}, TODAY)
    assert plan.goal.metric.target == total
    assert _ladder(plan)[-1] == total


def test_months_of_a_monthly_cost_still_multiply():
    plan = ENGINE.draft(
        "build 3 months of expenses as an emergency fund, my expenses are $2,000 a month",
        {},
        TODAY,
    )
    assert plan.goal.metric.target == 6000


def _with_ladder(plan, values):
    milestones = [
        m.model_copy(update={"metric": m.metric.model_copy(update={"target": v})})
        for m, v in zip(plan.milestones, values, strict=True)
    ]
    return plan.model_copy(update={"milestones": milestones})


GOAL_CUT = "cut my online shopping down to 200 euros a month"


def test_a_cut_ladder_climbing_to_its_cap_is_flagged_and_counted():
    plan = ENGINE.draft(GOAL_CUT, {}, TODAY)
    assert not off_path(plan)
    assert not wrong_way(GOAL_CUT, {}, plan)
    climbing = _with_ladder(plan, [50.0, 100.0, 150.0, 200.0])
    assert [f.code for f in off_path(climbing)] == ["milestone.off_path"]
    assert wrong_way(GOAL_CUT, {}, climbing)[0][0] == "ladder the wrong way"


def test_a_walk_up_ladder_planned_down_is_counted():
    goal = "I swim 400 metres without stopping, my coach wants me to get to 1500 metres"
    plan = ENGINE.draft(goal, {}, TODAY)
    assert not wrong_way(goal, {}, plan)
    down = _with_ladder(plan, [1200.0, 900.0, 600.0, 1500.0])
    assert wrong_way(goal, {}, down)


MORE_NOT_LESS = [
    # (goal, target, start): "only" describes where they are or a past result, never a cap
    ("I only cycle about 20 km a week, I'd like to build up to 60 km a week", 60, 20),
    ("our choir only raised €800 last spring, this year we need to raise €3,000", 3000, None),
    ("the club only made $1,200 at last year's bake sale, we'd like to make $2,500", 2500, None),
]


@pytest.mark.parametrize(("goal", "target", "start"), MORE_NOT_LESS)
def test_only_beside_a_wish_for_more_is_no_cut(goal, target, start):
    plan = ENGINE.draft(goal, {}, TODAY)
    metric = plan.goal.metric
    assert (metric.target, metric.baseline) == (target, start)
    ladder = [v for v in _ladder(plan)]
    assert ladder == sorted(ladder) and ladder[-1] == target, ladder
    assert ladder[0] > (start or 0), ladder  # last year's result is no progress made


RANGES = [
    # a start said as a range of thousands is its middle, never "3,402,500"
    ("walk 10,000 steps a day", "usually 5,200-6,000 steps on my watch", 5600),
    ("read 12,000 pages this year", "1,100-1,300 pages so far", 1200),
    ("get to 9,000 steps a day", "roughly 2,500 - 3,500 steps most days", 3000),
]


@pytest.mark.parametrize(("goal", "said", "start"), RANGES)
def test_a_start_said_as_a_range_of_thousands_is_kept(goal, said, start):
    plan = ENGINE.draft(goal, {"baseline": said}, TODAY)
    assert plan.goal.metric.baseline == start
    assert all(v > start for v in _ladder(plan))


STARTS_IN_OTHER_MEASURES = [
    # the goal says where they stand in a measure other than the goal's: kept in their words
    ("I want to give up vaping for good, right now it's about 15 puffs an hour", "15 puffs"),
    ("swim a mile without stopping, at the moment I can swim 3 lengths", "3 lengths"),
    ("finish knitting my nephew's blanket, we've done about 9 of the 30 squares", "9 of the 30"),
]


@pytest.mark.parametrize(("goal", "said"), STARTS_IN_OTHER_MEASURES)
def test_a_start_in_another_measure_is_kept_as_said(goal, said):
    plan = ENGINE.draft(goal, {}, TODAY)
    starts = [a.text for a in plan.assumptions if a.text.startswith("Starting point")]
    assert starts and said in starts[0], starts
    assert "zero" not in starts[0], starts


PAST_PERIODS = [
    # a result of a period gone by is a reference for the new target, never progress on it
    ("raise $10,000 for the animal shelter this year", "we raised $4,000 last year"),
    ("sell 500 units of the new blender in Q1", "320 units in Q4"),
    ("hit £50k in consulting revenue this quarter", "£38k last quarter"),
]


@pytest.mark.parametrize(("goal", "said"), PAST_PERIODS)
def test_a_past_periods_result_is_no_progress(goal, said):
    plan = ENGINE.draft(goal, {"baseline": said}, TODAY)
    assert plan.goal.metric.baseline is None
    starts = [a.text for a in plan.assumptions if a.text.startswith("Starting point")]
    assert starts and said in starts[0], starts


def test_a_start_said_now_beside_a_past_result_is_kept():
    said = {"baseline": "had 800 last year, about $1,200 now"}
    plan = ENGINE.draft("save $5,000 for a used car", said, TODAY)
    assert plan.goal.metric.baseline == 1200


HELD_BESIDE_A_RATE = [
    # a sum already held beside an amount a month: the start, in their words, never zero
    ("put aside €400 a month for our wedding, we have 6k saved already", "6k saved"),
    ("save £250 a month towards a new car, I've got 3,000 put away now", "3,000 put away"),
    ("save 20,000 yen a month for the trip, we already have 150,000 yen", "150,000 yen"),
]


@pytest.mark.parametrize(("goal", "said"), HELD_BESIDE_A_RATE)
def test_a_sum_held_beside_a_monthly_amount_is_the_start(goal, said):
    plan = ENGINE.draft(goal, {}, TODAY)
    starts = [a.text for a in plan.assumptions if a.text.startswith("Starting point")]
    assert starts and said in starts[0] and "zero" not in starts[0], starts


@pytest.mark.parametrize(
    "goal",
    ["save a 3 month emergency fund, about $9,000",
     "get a six-month buffer of about £12k in the bank",
     "build up 3 months' rent as a cushion, roughly €2,700"],
)  # fmt: skip
def test_months_that_size_a_fund_are_no_deadline(goal):
    plan = ENGINE.draft(goal, {}, TODAY)
    deadline = next(a for a in plan.assumptions if a.key == "deadline")
    assert deadline.source == "assumed", deadline.text  # no date was said: the plan's guess
