"""The generic playbook: a sound plan for any goal no domain claims."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.base import Step as S

GENERIC = Playbook(
    key="generic",
    label="general goal",
    pattern=r"(?!x)x",
    statement="Complete '{subject}': all {target} done",
    metric_name="steps to done completed",
    unit="steps",
    default_target=4,
    default_subject="the goal",
    default_weeks=12,
    weight=0.0,
    rungs=(
        Rung(
            "Quarter-way: {v} done",
            0.25,
            (S("List every step between today and done on 1 page", 45, "Step list saved"),),
        ),
        Rung(
            "Halfway: {v} done",
            0.5,
            (
                S(
                    "Ask 1 person who has done this for advice",
                    30,
                    "3 pieces of advice written down",
                ),
            ),
        ),
        Rung(
            "Three-quarters: {v} done",
            0.75,
            (S("Cut 1 step that no longer moves the goal", 20, "Step crossed off; reason noted"),),
        ),
        Rung(
            "Finish line: {v} done",
            1.0,
            (
                S(
                    "Check the result against the finish line written in week 1",
                    30,
                    "Finish-line check saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Spend a 60-minute focus block on the next step",
            60,
            "Next step ticked off in the plan",
            times=2,
        ),
    ),
    kickoff=(
        S("Write 1 sentence that says what done looks like", 20, "Finish-line sentence saved"),
        S(
            "Pick the first step you can finish in 1 hour",
            15,
            "First step written at the top of the list",
        ),
    ),
    constraint="Other priorities crowd out the goal week after week",
    strategy="Protect focus blocks in the calendar before the week fills up",
    attack=S(
        "Block next week's 2 focus blocks in the calendar",
        15,
        "2 focus blocks visible in the calendar",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("focus blocks done per week", 2, "blocks"),
        ("steps finished per week", 1, "steps"),
    ),
)
