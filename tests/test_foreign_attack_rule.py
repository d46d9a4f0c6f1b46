"""constraint.foreign_attack: an obstacle attack that addresses an office, firm or lender the
person never named, written for another kind of goal."""

from __future__ import annotations

import pytest

from assistant.models import Request
from tests.plans import good_plan, rule_findings


def _attacked_by(title: str, goal_text: str, **answers: str):
    plan = good_plan()
    plan.request = Request(goal_text=goal_text, answers=answers)
    task = plan.milestones[0].tasks[0]
    task.title, task.attacks_constraint = title, True
    return plan


@pytest.mark.parametrize(
    ("title", "goal_text", "answers", "fires"),
    [
        (  # a family goal attacked with an admin call script
            "Write a 5-line call script for the office you need to reach",
            "call my mum every sunday",
            {"constraint": "I feel guilty so I avoid calling"},
            True,
        ),
        (  # the person's own office
            "Write a 5-line call script for the office you need to reach",
            "get my tax refund sorted",
            {"constraint": "the tax office never picks up"},
            False,
        ),
        (  # an attack in the person's own terms
            "Put the Sunday call in both calendars with a reminder",
            "call my mum every sunday",
            {"constraint": "I feel guilty so I avoid calling"},
            False,
        ),
        (
            "Ask the lender for a lower rate",
            "run the riverside half marathon",
            {"constraint": "my knee hurts after 5 km"},
            True,
        ),
    ],
)
def test_an_attack_through_a_body_the_person_never_named(title, goal_text, answers, fires):
    found = rule_findings(_attacked_by(title, goal_text, **answers), "constraint.foreign_attack")
    assert bool(found) is fires
