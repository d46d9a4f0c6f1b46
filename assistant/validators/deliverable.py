"""The thing the goal makes is made: 'scan the photos so I can make a slideshow' with no task
that puts the slideshow together plans the means and leaves out the end."""

from __future__ import annotations

from assistant.findings import finding
from assistant.language.deliverables import unmade
from assistant.models import Finding, Plan


def deliverable_unmade(plan: Plan) -> list[Finding]:
    """goal.deliverable_missing: the goal names a thing it makes (a slideshow, an appeal
    letter, a quilt, a website); no milestone or task produces it."""
    if plan.request is None:
        return []
    texts = [m.title for m in plan.milestones]
    texts += [f"{t.title} | {t.done_when}" for t in plan.tasks()]
    missing = unmade(plan.request.goal_text, texts)
    if not missing:
        return []
    names = " and the ".join(d.key.replace("_", " ") for d in missing)
    return [
        finding(
            "goal.deliverable_missing",
            "milestones",
            f"The goal names the {names} it makes; no milestone or task produces it.",
            f"Add the task that makes it to the last milestone, e.g. '{missing[0].step[0]}'.",
        )
    ]
