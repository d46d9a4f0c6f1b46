"""goal.raw_words: a goal statement that is the person's text pasted in, not written for them."""

from __future__ import annotations

import pytest

from assistant.models import Request
from tests.plans import good_plan, rule_findings


def _stated(statement: str, goal_text: str = "run the riverside half", team: bool = False):
    plan = good_plan()
    plan.goal.statement, plan.team = statement, team
    plan.request = Request(goal_text=goal_text)
    return plan


@pytest.mark.parametrize(
    ("statement", "goal_text", "team", "fires"),
    [
        (  # first person and the person's capitals lower-cased
            "Get to b2 in german so i can apply for nursing jobs by 28 May 2027",
            "get to B2 in German so I can apply for nursing jobs in Germany",
            False,
            True,
        ),
        (  # written for the person, the names kept
            "Pass the Goethe B2 German exam by 28 May 2027",
            "get to B2 in German so I can apply for nursing jobs in Germany",
            False,
            False,
        ),
        ("Renew my passport by 30 April 2027", "renew my passport", False, True),
        ("renew your passport by 30 April 2027", "renew my passport", False, True),
        ("Launch the mvp with 20 paying customers by 3 March 2027", "launch the MVP", False, True),
        (  # title case says nothing of names
            "Get your finances in order by 3 March 2027",
            "Get My Finances In Order",
            False,
            False,
        ),
        ("Ship our release 2.0 by 3 March 2027", "ship our release", True, False),  # a team
        ("Ship our release 2.0 by 3 March 2027", "ship our release", False, True),
    ],
)
def test_a_goal_statement_in_the_persons_raw_words(statement, goal_text, team, fires):
    found = rule_findings(_stated(statement, goal_text, team), "goal.raw_words")
    assert bool(found) is fires


@pytest.mark.parametrize(
    ("statement", "goal_text", "named"),
    [
        (
            "Walk the camino frances by 30 May 2027",
            "walk the Camino Frances with my sister",
            "Camino",
        ),
        ("Pass the b2 german exam by 28 May 2027", "pass the B2 German exam", "B2"),
        ("Visit lisbon and porto by 30 June 2027", "visit Lisbon and Porto with Mum", "Lisbon"),
    ],
)
def test_the_lowered_word_named_is_the_first_written(statement, goal_text, named):
    """The message names the first capital the statement lowers, the same on every run (it
    hung on a set's order, so two runs of one goal could name different words)."""
    found = [f for f in rule_findings(_stated(statement, goal_text), "goal.raw_words")]
    assert found and f"lower-cases '{named}'" in found[0].message
