"""The measure shape: a vague goal ("improve marketing") gets its number picked first.

The first milestone picks the metric and records a 2-week baseline; the rest climb a ladder of
% change on that metric. The metric is an assumption (the plan says so) until the person names one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.generic import GENERIC
from assistant.playbooks.generic_fill import filler

if TYPE_CHECKING:
    from assistant.engines.understand_generic import GenericGoal

# object words -> (the number that shows it improving, is it a rating)
_METRICS: tuple[tuple[str, str, bool], ...] = (
    (r"code reviews?|pull requests?|\bprs?\b", "hours from pull request to first review", False),
    (r"turnaround|lead time|cycle time|response|wait|delay", "average <o> in hours", False),
    (
        r"marketing|brand|awareness|visibility|leads|pipeline|seo|social media|presence",
        "qualified leads per month",
        False,
    ),
    (r"sales|conversion", "deals closed per month", False),
    (
        r"leader|market share|category|competit",
        "win rate against the top 3 competitors",
        False,
    ),
    (r"cost|spend|expenses|waste|budget", "monthly <o>", False),
    (r"bugs?|errors?|defects?|incidents?|outages?|complaints?", "<o> per week", False),
    (
        r"organi[sz]ed|organi[sz]ation|productiv|focus|procrastinat",
        "days a week ending with the top 3 tasks done",
        False,
    ),
)
_LOWER_OBJECT_RE = re.compile(
    r"turnaround|lead time|cycle time|response|wait|delay|cost|spend|"
    r"expenses|waste|bugs?|errors?|defects?|incidents?|outages?|"
    r"complaints?|code reviews?|pull requests?"
)


def metric_for(goal: GenericGoal) -> tuple[str, bool, bool]:
    """(metric, is a 1-10 rating, lower is better) for a measure goal's object."""
    lower = goal.lower or bool(_LOWER_OBJECT_RE.search(goal.obj))
    for pattern, metric, rating in _METRICS:
        if re.search(pattern, goal.obj):
            return metric.replace("<o>", goal.obj), rating, lower
    return f"{goal.obj} rating (1-10, self-scored weekly)", True, False


def measure_playbook(goal: GenericGoal) -> Playbook:
    metric, rating, lower = metric_for(goal)
    fill, s = filler(goal, metric)
    way, on = ("down", "from") if lower else ("up", "on")
    ladder = fill(f"<m> {way} {{v}} {on} the baseline")
    read = (
        s("Rate <o> from 1 to 10 today, with 1 line on why", 15, "Today's <o> rating saved")
        if rating
        else s("Pull the last 4 weeks of <m> into 1 sheet", 30, "Sheet with 4 weeks of <m> saved")
    )
    return replace(
        GENERIC,
        label="an improvement goal with no number yet",
        statement=fill(f"<m> {way} {{target}} {on} the week-2 baseline"),
        metric_name=fill(f"<m>, % {way} {on} the baseline"),
        unit="%",
        default_target=30,
        integer=True,
        baseline_note=fill("Starting point: <m> as recorded in weeks 1-2 (not known yet)"),
        rungs=(
            Rung(
                fill("<Topic> made measurable: <m> picked, 2-week baseline recorded"),
                0.25,
                (
                    s(
                        "List the 5 things that drive <m>, ranked by effect",
                        45,
                        "Ranked list of 5 drivers of <m> saved",
                    ),
                ),
                metric="baseline weeks recorded",
                unit="weeks",
                value=2,
            ),
            Rung(
                ladder,
                1 / 3,
                (
                    s(
                        "Ask 1 person who <who> which change paid off most",
                        30,
                        "Their top 3 changes written down",
                    ),
                ),
            ),
            Rung(
                ladder,
                2 / 3,
                (
                    s(
                        "Stop the experiment on <topic> that moved <m> least",
                        20,
                        "Experiment stopped; its result noted",
                    ),
                ),
            ),
            Rung(
                ladder,
                1.0,
                (
                    s(
                        "Compare <m> with the baseline in a 1-page note",
                        30,
                        "Before/after note saved with what moved <m>",
                        at_end=True,
                    ),
                ),
            ),
        ),
        practice=(
            s(
                "Run 1 small experiment on <topic>",
                60,
                "Experiment and its effect on <m> logged",
                times=2,
            ),
        ),
        kickoff=(
            read,
            s(
                f"Write the target for <topic> as 1 number: <m> {way} 30%",
                20,
                "1-line target saved",
            ),
        ),
        constraint=fill("Other priorities crowd out work on <topic> week after week"),
        strategy=fill("Protect 2 experiment slots for <topic> before the week fills up"),
        attack=s(
            "Block next week's 2 experiment slots for <topic> in the calendar",
            15,
            "2 slots for <topic> visible in the calendar",
            times=1,
            attacks=True,
        ),
        indicators=(
            (fill("experiments on <topic> run per week"), 2, "experiments"),
            ("metric checks per week", 1, "checks"),
        ),
    )
