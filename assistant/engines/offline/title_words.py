"""The last pass over a plan's titles: the person's words never left cut or in two voices.

Whatever step assembled them, the statement and every milestone and task title leave here
with "i" written "I", no phrase stopping on "or", "the" or "with" before the date or the
colon, and a statement that says "my" in the plan's voice when it says "your" too.
"""

from __future__ import annotations

from assistant.language.title_faults import mended
from assistant.models import Plan


def in_whole_words(plan: Plan) -> Plan:
    """``plan`` with its statement and titles mended (changed in place and returned)."""
    plan.goal.statement = mended(plan.goal.statement, statement=True)
    for milestone in plan.milestones:
        milestone.title = mended(milestone.title)
        for task in milestone.tasks:
            task.title = mended(task.title)
    return plan
