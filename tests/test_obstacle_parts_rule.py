"""constraint.part_unattacked: the person named two obstacles and the plan attacks one of them
("drinking with friends, and boredom in the car" met only at the pub)."""

from __future__ import annotations

import pytest

from tests.plans import asked_in, rule_findings

GOAL = "run a half marathon in february"


@pytest.mark.parametrize(
    ("obstacle", "fires"),
    [
        # the plan's attack ("Block three run slots in the calendar") meets the full calendar;
        # nothing meets the knee or the kids
        ("my calendar fills up, and my left knee aches on hills", True),
        ("my calendar fills up and my kids need a lift to football", True),
        # one obstacle, told with its consequence: nothing left unattacked
        ("my calendar fills up and then I skip the run", False),
        ("my calendar fills up", False),
        # both parts met: the calendar by the slots, the shoes by the fitted pair
        ("my calendar fills up, and my running shoes are worn out", False),
        # a part met in meaning, not in words: "Register for the Riverside half marathon"
        ("my calendar fills up, and I never signed up for a race", False),
    ],
)
def test_each_part_of_a_two_part_obstacle_needs_its_attack(obstacle, fires):
    plan = asked_in(GOAL, constraint=obstacle)
    found = rule_findings(plan, "constraint.part_unattacked")
    assert bool(found) is fires
    if fires:
        assert found[0].severity == "warning" and found[0].path == "constraint"


def test_a_plan_without_the_persons_obstacle_is_not_checked():
    plan = asked_in(GOAL)
    assert rule_findings(plan, "constraint.part_unattacked") == []


def test_the_finding_names_the_part_left_unattacked():
    plan = asked_in(GOAL, constraint="my calendar fills up, and my left knee aches on hills")
    (found,) = rule_findings(plan, "constraint.part_unattacked")
    assert "touches 'my left knee aches on hills'" in found.message


def test_no_part_met_is_left_to_the_generic_attack_rule():
    plan = asked_in(GOAL, constraint="my left knee aches on hills, and my kids need lifts")
    assert rule_findings(plan, "constraint.part_unattacked") == []


def test_a_part_named_by_one_word_is_too_thin_to_call_unattacked():
    plan = asked_in(GOAL, constraint="my calendar fills up, and hills")
    assert rule_findings(plan, "constraint.part_unattacked") == []


def test_a_part_naming_a_person_is_never_too_thin():
    plan = asked_in(GOAL, constraint="my calendar fills up, and my husband")
    (found,) = rule_findings(plan, "constraint.part_unattacked")
    assert "my husband" in found.message
