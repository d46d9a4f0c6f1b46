"""Plans for goals no domain claims, written from the goal's own verb and object.

Four shapes, each a ladder a coach would use:
- measure ("improve marketing"): pick the number and record a baseline first, then climb a
  ladder of % change on that number; the number is an assumption until the person says;
- make ("build a treehouse"): define done and list the parts, finish the riskiest part,
  walk it through end to end, then done against the week-1 sentence;
- learn ("learn to brew beer"): complete attempts start to finish, each with one fix;
- count ("plant 50 trees"): the stated number, climbed in quarters.
Templates use ``<O>`` (the object as titles say it), ``<o>`` (bare), ``<a>`` (one of its kind),
``<pp>``/``<ing>`` (verb forms), ``<V>`` (the verb), ``<m>`` (the metric), ``<one>`` (singular);
``{v}``/``{target}`` stay for the plan builder.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.generic import GENERIC
from assistant.playbooks.generic_fill import filler
from assistant.playbooks.generic_measure import measure_playbook

if TYPE_CHECKING:
    from assistant.engines.understand_generic import GenericGoal


def tailor(goal: GenericGoal) -> Playbook:
    """The generic playbook rewritten for one goal: its object in every title."""
    shapes = {"measure": measure_playbook, "learn": _learn, "count": _count}
    playbook = shapes.get(goal.shape, _make)(goal)
    return replace(playbook, statement=playbook.statement[:1].upper() + playbook.statement[1:])


def _make(goal: GenericGoal) -> Playbook:
    fill, s = filler(goal)
    return replace(
        GENERIC,
        label="a make-or-build goal",
        statement=fill("<V> <a>: all {target} done"),
        metric_name=fill("stages of <O> done"),
        unit="stages",
        rungs=(
            Rung(
                fill("<O> defined: done written down, every part listed"),
                0.25,
                (
                    s(
                        "List every part <O> needs: materials, people, money, skills",
                        45,
                        "Parts list for <O> saved",
                    ),
                ),
            ),
            Rung(
                fill("Riskiest part of <O> finished and checked"),
                0.5,
                (
                    s(
                        "Ask 1 person who has <pp> <a> for their top 3 tips",
                        30,
                        "3 tips on <O> written down",
                    ),
                ),
            ),
            Rung(
                fill("<O> walked through in full; gaps listed"),
                0.75,
                (
                    s(
                        "Walk through <O> with a gap list",
                        45,
                        "Gap list for <O> saved",
                        at_end=True,
                    ),
                ),
            ),
            Rung(
                fill("<O> <pp>: the done sentence from week 1 met"),
                1.0,
                (
                    s(
                        "Check <O> against the done sentence from week 1",
                        30,
                        "Done check for <O> saved",
                        at_end=True,
                    ),
                ),
            ),
        ),
        practice=(
            s(
                "Finish 1 part of <O> in a 60-minute block",
                60,
                "Part ticked off the <o> parts list",
                times=2,
            ),
        ),
        kickoff=(
            s("Sketch <O> on 1 page as it looks when done", 20, "1-page sketch of <O> saved"),
            s(
                "Write 1 sentence that says when <O> counts as <pp>",
                15,
                "Done sentence for <O> saved",
            ),
        ),
        constraint=fill("Other priorities crowd out <O> week after week"),
        strategy=fill("Protect 2 <o> sessions in the calendar before the week fills up"),
        attack=s(
            "Block next week's 2 <o> sessions in the calendar",
            15,
            "2 <o> sessions visible in the calendar",
            times=1,
            attacks=True,
        ),
        indicators=(
            (fill("<o> sessions per week"), 2, "sessions"),
            (fill("parts of <O> finished per week"), 1, "parts"),
        ),
    )


def _learn(goal: GenericGoal) -> Playbook:
    fill, s = filler(goal)
    at = fill("at <ing> <o>")
    return replace(
        GENERIC,
        label="learning a new skill",
        statement=fill("Complete {target} at <ing> <o>, start to finish"),
        metric_name=fill("complete attempts at <ing> <o>"),
        unit="attempts",
        default_target=6,
        rungs=(
            Rung(fill("First attempt at <ing> <o> done start to finish"), 0.25, value=1),
            Rung(
                f"{{v}} {at} done, notes kept",
                0.5,
                (
                    s(
                        "Pick the 1 fix that matters most from your attempt notes",
                        30,
                        "1 fix chosen and written at the top of the notes",
                    ),
                ),
            ),
            Rung(
                f"{{v}} {at}, each with 1 fix from the notes",
                2 / 3,
                (
                    s(
                        "Ask 1 person who has <pp> <o> to judge your latest attempt",
                        30,
                        "Their 3 comments written down",
                    ),
                ),
            ),
            Rung(
                f"{{v}} {at} done; the last one good enough to share",
                1.0,
                (
                    s(
                        "Share your latest <o> with 2 people and note their verdict",
                        30,
                        "2 verdicts on your <o> written down",
                        at_end=True,
                    ),
                ),
            ),
        ),
        practice=(
            s(
                "Practise <ing> <o> for 60 minutes with 1 thing to fix",
                60,
                "Session note saved: what went better",
                times=2,
            ),
        ),
        kickoff=(
            s(
                "Watch 1 start-to-finish guide to <ing> <o> and list its steps",
                30,
                "Step list for <ing> <o> saved",
            ),
            s(
                "Price the kit a first attempt at <ing> <o> needs",
                45,
                "Kit list with prices saved",
            ),
        ),
        constraint=fill("Other priorities crowd out <ing> <o> week after week"),
        strategy=fill("Protect 2 <ing> sessions in the calendar before the week fills up"),
        attack=s(
            "Block next week's 2 <ing> sessions in the calendar",
            15,
            "2 <ing> sessions visible in the calendar",
            times=1,
            attacks=True,
        ),
        indicators=(
            ("practice sessions per week", 2, "sessions"),
            (fill("complete attempts at <ing> <o> per month"), 2, "attempts"),
        ),
    )


def _count(goal: GenericGoal) -> Playbook:
    fill, s = filler(goal)
    return replace(
        GENERIC,
        label="a counted goal",
        statement=fill("<V> {target}"),
        rungs=(
            Rung(
                fill("First {v} <pp>"),
                0.25,
                (
                    s(
                        "List what each of the {target} needs: time, money, people",
                        45,
                        "Needs list for the <o> saved",
                    ),
                ),
            ),
            Rung(
                fill("Halfway: {v} <pp>"),
                0.5,
                (
                    s(
                        "Ask 1 person who has <pp> <o> how they kept the pace",
                        30,
                        "3 pieces of advice written down",
                    ),
                ),
            ),
            Rung(
                fill("{v} <pp>"),
                0.75,
                (
                    s(
                        "Cross off the 1 approach to <o> that stalled",
                        20,
                        "Approach crossed off; reason noted",
                    ),
                ),
            ),
            Rung(
                fill("All {target} <pp>"),
                1.0,
                (
                    s(
                        "Count the tally against the target of {target}",
                        30,
                        "Final <o> count saved",
                        at_end=True,
                    ),
                ),
            ),
        ),
        practice=(
            s(
                "Spend a 60-minute block on the next <one>",
                60,
                "Tally of <o> updated",
                times=2,
            ),
        ),
        kickoff=(
            s("Start a tally sheet with 1 row for each of the {target}", 15, "Tally sheet saved"),
            s("Pick the first <one> with a date in the calendar", 15, "First date in the calendar"),
        ),
        constraint=fill("Other priorities crowd out the <o> goal week after week"),
        strategy=fill("Protect 2 blocks for <o> in the calendar before the week fills up"),
        attack=s(
            "Block next week's 2 blocks for <o> in the calendar",
            15,
            "2 blocks for <o> visible in the calendar",
            times=1,
            attacks=True,
        ),
        indicators=(
            (fill("<o> per week"), 1, goal.obj.split()[-1]),
            (fill("blocks for <o> done per week"), 2, "blocks"),
        ),
    )
