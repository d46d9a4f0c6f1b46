"""task.redoes_done on what the person said is dated or done, not only 'booked' or 'already':
'doctor appt is jan 8' then 'Book a GP appointment'; 'passed the math test' then a goal to
pass it; while a part done, a wish or a placing is no done work."""

from __future__ import annotations

import pytest

from assistant.models import Request
from tests.plans import good_plan, rule_findings


def _with(goal_text: str, title: str, statement: str | None = None, **answers: str):
    plan = good_plan()
    plan.request = Request(goal_text=goal_text, answers=answers)
    task = plan.milestones[0].tasks[0]
    task.title, task.recurrence = title, None
    if statement:
        plan.goal.statement = statement
    return plan


@pytest.mark.parametrize(
    ("goal_text", "answers", "title", "fires"),
    [
        (  # a dated appointment is booked
            "get my blood pressure down",
            {"deadline": "idk. doctor appt is jan 8"},
            "Book a doctor appointment to agree the target",
            True,
        ),
        (
            "get my blood pressure down",
            {"deadline": "I should see a doctor at some point"},
            "Book a doctor appointment to agree the target",
            False,
        ),
        (  # done, said after the thing
            "find a job in UX",
            {"baseline": "google UX cert done, 40 applications"},
            "Start the google UX cert course",
            True,
        ),
        (  # a part done: the rest is still to do
            "finish my dissertation",
            {"baseline": "3 of 5 chapters done"},
            "Finish chapter 4 of the dissertation",
            False,
        ),
        (  # a wish, not done work
            "pass our security audit",
            {"baseline": "we need to get the SOC 2 audit done this year"},
            "Get the SOC 2 audit scheduled",
            False,
        ),
    ],
)
def test_a_task_that_redoes_what_is_dated_or_done(goal_text, answers, title, fires):
    found = rule_findings(_with(goal_text, title, **answers), "task.redoes_done")
    assert bool(found) is fires


@pytest.mark.parametrize(
    ("goal_text", "statement", "fires"),
    [
        (
            "finish my GED, I passed the math test last year but then stopped",
            "Pass the math test with a practice score of 75% by 5 February 2027",
            True,
        ),
        (
            "finish my GED, I passed the math test last year but then stopped",
            "Pass the science test with a practice score of 75% by 5 February 2027",
            False,
        ),
        (  # a placing, not a thing done
            "get our team into the top 3, we finished 7th of 10 last season",
            "Get the team to finish top 3 in the league this season",
            False,
        ),
    ],
)
def test_a_goal_that_redoes_what_the_person_passed(goal_text, statement, fires):
    plan = _with(goal_text, "Buy running shoes fitted at a running store", statement)
    found = rule_findings(plan, "task.redoes_done")
    assert bool(found) is fires
    if fires:
        assert found[0].path == "goal.statement"
