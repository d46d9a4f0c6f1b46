"""The goal's own size and done-state kept over the field's countable template (rubric R1/R2)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.planner import plan_goal
from assistant.understanding.scope import read_scope
from evals.done_state import causes, done_parts

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def plan():
    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    return lambda goal: plan_goal(engine, goal, {}, settings, TODAY).plan


def _titles(p) -> str:
    return " ".join([m.title for m in p.milestones] + [t.title for t in p.tasks()])


@pytest.mark.parametrize(
    ("goal", "key"),
    [
        ("clear out the entire house before the sale goes through, 20 years of clutter", "whole"),
        ("declutter our 4 bedroom detached, the kids have all left home", "whole"),
        ("clear my parents' house before it goes on the market", "whole"),
        ("tidy out the hall cupboard, it's stuffed", "part"),
        ("sort through my wardrobe and get rid of what doesn't fit", "part"),
        ("declutter the box room so my mother-in-law can stay over at easter", "space"),
        ("get the basement cleared out by spring", "space"),
    ],
)
def test_the_size_a_goal_takes_on_is_read(goal: str, key: str) -> None:
    scope = read_scope(goal, "declutter")
    assert scope is not None and scope.key == key


def test_a_size_only_scales_the_fields_it_is_for() -> None:
    assert read_scope("repaint the whole house this summer", "renovation") is None


@pytest.mark.parametrize(
    "goal",
    [
        "declutter the box room so my mother-in-law can stay over at easter",
        "sort out the spare bedroom, it's become a dumping ground",
        "tidy the cupboard under the stairs",
    ],
)
def test_one_space_is_never_planned_as_every_room(plan, goal: str) -> None:
    titles = _titles(plan(goal))
    assert "every room" not in titles and "first room" not in titles


@pytest.mark.parametrize(
    "goal",
    [
        "clear out the entire house before the sale goes through",
        "declutter our 4 bedroom detached, the kids have all left home",
        "get rid of the clutter in the whole flat, every cupboard is full",
    ],
)
def test_a_whole_home_gets_more_than_the_one_room_default(plan, goal: str) -> None:
    metric = plan(goal).goal.metric
    assert metric.unit == "bags" and metric.target > 20


@pytest.mark.parametrize(
    "goal",
    ["tidy out the hall cupboard, it's stuffed", "declutter the kitchen drawers, nothing closes"],
)
def test_one_cupboard_is_a_few_bags(plan, goal: str) -> None:
    metric = plan(goal).goal.metric
    assert metric.unit == "bags" and metric.target <= 6


@pytest.mark.parametrize(
    "goal",
    [
        "be able to touch my toes without bending my knees",
        "loosen up enough to touch my toes, I'm 52 and stiff as a board",
        "touch my toes by my 60th birthday",
    ],
)
def test_an_outcome_they_can_test_is_measured_by_the_test(plan, goal: str) -> None:
    p = plan(goal)
    assert "session" not in f"{p.goal.metric.name} {p.goal.metric.unit}"
    assert "toes" in p.milestones[-1].title.lower()
    assert causes(goal, p) == []


def test_parts_of_a_done_state_are_read_for_the_audit() -> None:
    assert done_parts(
        "Sort the yard: the shed roof is leaking and I want somewhere the dog can run"
    ) == [
        "roof",
        "run",
    ]
    assert done_parts("our back wall is falling apart, want a spot for the kids to play") == [
        "wall",
        "play",
    ]
    assert done_parts("learn to bake sourdough") == []


@pytest.mark.parametrize(
    ("goal", "words"),
    [
        (
            "Sort the back yard out. The shed door is hanging off and I want somewhere the dog can run",
            ("shed door", "dog"),
        ),
        (
            "get our allotment back, it's overgrown and the greenhouse is broken, maybe some strawberries",
            ("greenhouse", "allotment"),
        ),
        (
            "Fix up the patio area: the trellis is falling apart and we want a spot for the family to eat",
            ("trellis", "family"),
        ),
    ],
)
def test_a_done_state_named_in_parts_is_the_metric(plan, goal: str, words: tuple[str, ...]) -> None:
    p = plan(goal)
    titles = " ".join(m.title for m in p.milestones).lower()
    assert p.goal.metric.unit == "parts" and p.goal.metric.target == len(p.milestones)
    assert all(w in titles for w in words)
    assert causes(goal, p) == []


def test_one_named_trouble_alone_keeps_the_field_measure(plan) -> None:
    p = plan("grow tomatoes and beans this summer, the old fence is falling down behind the beds")
    assert p.goal.metric.unit != "parts"
