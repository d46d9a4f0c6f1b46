"""Moves against the obstacle that point at what the plan has not got, or read as templates.

"Book the weekly step in a slot meetings can never take" names a step no task is; "a 10-minute
version of the session" in a plan of daily ticks names a session there is none of (coaches,
rounds 20-22). A template move true of any obstacle ("find 3 ways round it", "a timed go at what
feels too big", ``data/template_moves.toml``) beside a move of the field's own is filler.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from assistant.findings import finding
from assistant.models import Finding, Plan, Task
from assistant.weeks import active_tasks

__all__ = ["template_attack", "unit_missing"]

# the plan's weekly unit by a name no task carries, or its session
_STEP = re.compile(r"\bthe weekly (?:money )?step\b|\bversion of the step\b|\bthe step for\b", re.I)
_SESSION = re.compile(
    r"\b(?:the|next week's|this week's|a \d+-minute version of the) sessions?\b", re.I
)
_SITTING_MINUTES = 15  # a recurring task this long is a sitting a move can book or shorten


def _attacks(plan: Plan) -> list[tuple[int, int, Task]]:
    return [
        (mi, ti, t)
        for mi, m in enumerate(plan.milestones)
        for ti, t in enumerate(m.tasks)
        if t.attacks_constraint and t.status != "dropped"
    ]


def _sittings(plan: Plan) -> bool:
    """Does the plan schedule a recurring sitting of its own (no attack, no 5-minute tick)?"""
    return any(
        t.recurrence is not None and t.estimate_minutes >= _SITTING_MINUTES
        for t in active_tasks(plan)
        if not t.attacks_constraint
    )


def unit_missing(plan: Plan) -> list[Finding]:
    """constraint.unit_missing: an attack (or the strategy) names "the weekly step", which no
    task is, or "the session" in a plan that schedules no recurring sitting."""
    sittings = _sittings(plan)
    places = [("constraint_strategy", plan.constraint_strategy or "")]
    places += [(f"milestones[{mi}].tasks[{ti}]", t.title) for mi, ti, t in _attacks(plan)]
    for path, text in places:
        hit = _STEP.search(text) or (None if sittings else _SESSION.search(text))
        if hit:
            return [
                finding(
                    "constraint.unit_missing",
                    path,
                    f"'{text[:120]}' names '{hit.group(0)}', which no task of the plan is.",
                    "Name the plan's own task the move changes, or attack the obstacle "
                    "without one (a thing to change, a person to ask, a time to book).",
                )
            ]
    return []


@functools.cache
def _templates() -> tuple[re.Pattern[str], ...]:
    source = resources.files("assistant") / "data" / "template_moves.toml"
    rows = tomllib.loads(source.read_text(encoding="utf-8")).get("templates", [])
    return tuple(re.compile(row["pattern"], re.I) for row in rows)


def is_template(title: str) -> bool:
    """Is this move one coaches read as a template, true of any obstacle?"""
    return any(p.search(title) for p in _templates())


def template_attack(plan: Plan) -> list[Finding]:
    """constraint.template_attack: a template move against the obstacle in a plan whose other
    attacks are the field's own (a move that names its means): the template is filler."""
    attacks = _attacks(plan)
    own = [t for *_, t in attacks if not is_template(t.title)]
    if not own:
        return []
    for mi, ti, t in attacks:
        if is_template(t.title):
            return [
                finding(
                    "constraint.template_attack",
                    f"milestones[{mi}].tasks[{ti}]",
                    f"'{t.title}' is a template true of any obstacle, beside moves of the "
                    f"field's own ('{own[0].title}').",
                    "Replace it with the field's own move against this part of the obstacle, "
                    "or drop it.",
                )
            ]
    return []
