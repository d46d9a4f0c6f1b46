"""A goal of two actions plans both: the second action another field knows gets that field's
steps and a place in the last milestone, the measure keeps the first action's way, the same
action on a second thing is named with the first, and the statement is one sentence."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.planner import plan_goal
from assistant.understanding.goal import understand
from evals.two_parts import causes
from tests.offline_goals import TODAY


def _plan(goal: str, answers: dict[str, str] | None = None):
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers or {}, settings, TODAY).plan


@pytest.mark.parametrize(
    ("goal", "thing"),
    [
        ("drink 3 litres of water daily and cut back to 2 coffees", "coffee"),
        ("get to 2.5 litres of water a day and cut down to 1 cup of coffee", "coffee"),
        ("drink 8 glasses of water a day and drop to one coffee", "coffee"),
    ],
)
def test_a_second_action_of_another_field_gets_its_steps_and_milestone(goal, thing):
    plan = _plan(goal, {"baseline": "maybe 3 glasses, 4 coffees"})
    assert "also:" not in plan.goal.statement and thing in plan.goal.statement
    assert any(thing in m.title.lower() for m in plan.milestones)
    theirs = [t for m in plan.milestones for t in m.tasks if "caffeine" in t.title.lower()]
    assert theirs and any(t.recurrence for t in theirs)
    assert "no_task" not in causes(goal, plan) and "no_milestone" not in causes(goal, plan)


@pytest.mark.parametrize(
    "goal",
    [
        "drink 2 litres of water a day and cut down to one coffee",
        "drink 3 litres of water daily and cut back to 2 cans of coke",
        "drink 1.5 litres of water a day and cut back to one espresso",
    ],
)
def test_the_measure_keeps_the_first_actions_way(goal):
    assert not understand(goal, {}, TODAY).reducing  # water goes up; the cut is the other part


@pytest.mark.parametrize(
    ("goal", "named"),
    [
        ("repaint the living room and hall", "the living room and hall"),
        ("paint the spare bedroom and landing myself", "the spare bedroom and landing"),
        ("repaint the dining room and stairs", "the dining room and stairs"),
    ],
)
def test_the_same_action_on_a_second_thing_is_named_with_the_first(goal, named):
    statement = _plan(goal).goal.statement
    assert named in statement and "also:" not in statement


@pytest.mark.parametrize(
    ("goal", "part"),
    [
        ("lose 15 lbs and run a 10k by september", "and run a 10k"),
        ("save $2,000 for a holiday and pay off my credit card", "pay off your credit card"),
        ("read 12 books this year and write a short story", "and write a short story"),
    ],
)
def test_the_statement_is_one_sentence(goal, part):
    statement = _plan(goal).goal.statement
    assert part in statement and "; also:" not in statement


@pytest.mark.parametrize(
    "goal",
    [
        "our running club wants to raise 2000 euros for the food bank. last spring we did a bake"
        " sale and made 300",
        "the choir needs to raise £3,000 for new robes. we did a quiz night last year and made £400",
        "I want to raise $1,500 for the animal rescue, i tried a garage sale and raised $200",
    ],
)
def test_a_story_of_what_was_done_before_is_no_second_part(goal):
    statement = _plan(goal).goal.statement
    assert "also:" not in statement and " did " not in statement and "tried" not in statement


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("get my blood pressure under 130, less salt", "with less salt"),
        ("raise £5,000 for the hospice with a sponsored relay in June", "with a sponsored relay"),
        ("lower my blood pressure to 125 and eat less salt", "and eat less salt"),
    ],
)
def test_a_thing_to_have_less_of_or_an_event_joins_with_with(goal, said):
    statement = _plan(goal).goal.statement
    assert said in statement and "also:" not in statement


@pytest.mark.parametrize(
    ("goal", "event"),
    [
        (
            "our walking group wants to raise 40,000 rupees for the animal shelter by running a 5k",
            "5k",
        ),
        ("raise £1,200 for the hospice by doing a half marathon in the spring", "half marathon"),
        ("we need to raise $3,000 for cancer research through a sponsored 10k", "10k"),
    ],
)
def test_a_race_the_money_is_raised_by_is_named_and_given_a_step(goal, event):
    plan = _plan(goal)
    assert event in plan.goal.statement and "also:" not in plan.goal.statement
    assert any(event in t.title for t in plan.tasks())


@pytest.mark.parametrize(
    ("goal", "part"),
    [
        (
            "repaint the kids bedrooms and fix the skirting boards the cat scratched",
            "fix the skirting boards",
        ),
        ("repaint the box room and replace the broken door handle", "replace the broken door"),
        ("paint the garden fence and fix the wobbly gate latch", "fix the wobbly gate latch"),
    ],
)
def test_a_second_action_no_field_knows_gets_a_step_in_their_words(goal, part):
    plan = _plan(goal)
    assert part in plan.goal.statement and "also:" not in plan.goal.statement
    assert any(part in t.title for t in plan.tasks())
