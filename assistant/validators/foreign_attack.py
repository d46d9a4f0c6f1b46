"""An obstacle attack written for another field: a call script 'for the office you need to
reach' against 'I feel guilty so I avoid calling' my mum."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language.text import normalize
from assistant.models import Finding, Plan

# the people and bodies an admin or money template addresses; a family, body or skill goal
# that names none of them has no one of the kind to reach
_BODIES = re.compile(
    r"\b(?:the (?:office|firm|agency|insurer|lender|landlord|council|clerk|court|bank|"
    r"claims? (?:desk|handler)|case ?worker|department)|the law)\b"
)


def foreign_attack(plan: Plan) -> list[Finding]:
    """constraint.foreign_attack: a task marked as attacking the obstacle addresses an office,
    firm, lender or the law that neither the goal, the answers nor the obstacle names."""
    if plan.request is None:
        return []
    said = normalize(" ".join([plan.request.goal_text, *plan.request.answers.values()]))
    for i, m in enumerate(plan.milestones):
        for j, t in enumerate(m.tasks):
            body = _BODIES.search(normalize(t.title)) if t.attacks_constraint else None
            if body and body.group(0).split()[-1] not in said:
                return [
                    finding(
                        "constraint.foreign_attack",
                        f"milestones[{i}].tasks[{j}]",
                        f"'{t.title}' attacks the obstacle through '{body.group(0)}', which "
                        "the person never mentioned: it belongs to another kind of goal.",
                        "Attack the obstacle the person named, with the people and things "
                        "in their own goal.",
                    )
                ]
    return []
