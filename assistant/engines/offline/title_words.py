"""The last pass over a plan's titles: the person's words never left cut or in two voices.

Whatever step assembled them, the statement and every milestone and task title leave here
with "i" written "I", names, levels and currencies capitalised ("German", "R5,000"), no phrase stopping on "or", "the" or "with" before the date or the
colon, and a statement that says "my" in the plan's voice when it says "your" too.
"""

from __future__ import annotations

import re

from assistant.language.title_faults import mended
from assistant.models import Plan
from assistant.understanding.statement_words import coach_case

# a currency written lower-case where the goal's text was lower-cased: "r5,000", "rs 800"
_SIGN_RE = re.compile(r"(?<![\w.])(r|rs\.?|rm)(?=\s?\d)")
_SIGNS = {"r": "R", "rs": "Rs", "rs.": "Rs.", "rm": "RM"}


def _as_titled(text: str) -> str:
    """A title with names, levels and the currency as a coach writes them ("German", "B2",
    "R5,000"), whatever case the person typed."""
    return coach_case(_SIGN_RE.sub(lambda m: _SIGNS.get(m.group(1), m.group(1)), text))


def in_whole_words(plan: Plan) -> Plan:
    """``plan`` with its statement and titles mended (changed in place and returned)."""
    plan.goal.statement = _as_titled(mended(plan.goal.statement, statement=True))
    for milestone in plan.milestones:
        milestone.title = _as_titled(mended(milestone.title))
        for task in milestone.tasks:
            task.title = _as_titled(mended(task.title))
    return plan
