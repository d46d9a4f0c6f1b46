"""A car that failed its roadworthiness test is planned toward the retest (car_care's retest
variant): the failure sheet is the job list, the retest window the date, each failed item
quoted, fixed and checked against the invoice (round 23 e43: an NCT fail on discs and a
headlight planned as a warning-light diagnosis with an OBD reader). The failed items are no
second goal ("also: your car failed its mot on the a wiper")."""

from __future__ import annotations

import pytest

from assistant.playbooks.whole_goal import second_parts
from tests.plans import offline_plan, task_titles


@pytest.mark.parametrize(
    "goal",
    [
        "get my car through the NCT retest - it failed on the brake discs and a headlight",
        "my car failed its MOT on the tyres and a wiper, need it sorted before the retest in 10 days",
        "the WOF recheck is due in 3 weeks, failed on a cracked windscreen and worn ball joints",
    ],
)
def test_a_failed_test_is_planned_to_its_retest(goal):
    plan = offline_plan(goal)
    titles = task_titles(plan)
    assert "failed item" in titles and "book the retest" in titles
    assert "obd" not in titles and "fault code" not in titles
    assert "also:" not in plan.goal.statement and " the a " not in plan.goal.statement
    assert plan.milestones[-1].title.startswith("Retest passed")


def test_a_remark_after_a_dash_or_a_test_result_is_no_second_goal():
    assert second_parts("pass the retest - it failed on the discs and a headlight") == []
    # two actions still are two
    assert second_parts("lose 10 kg and run a 5k") == ["run a 5k"]
