"""The routed field's knowledge and the facts read from the goal, as reference for a model.

Both engines plan from one knowledge base: the LLM's draft prompt carries what the offline
planner knows about the goal's field (ladder, moves with sizes, obstacles) and the facts it
understood, each with its source, so a model keeps the person's numbers too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.playbooks import fmt_number, fmt_value
from assistant.understanding.rhythm import period_words
from assistant.understanding.shared import understood


def field_brief(goal: str, answers: dict[str, str], today: dt.date) -> dict[str, Any]:
    """Template variables: ``field`` (None when no field fits) and ``facts`` (label, value, source)."""
    # the route's field, not its scores; read once for the chat's questions, its understood
    # line and this brief
    u = understood(goal, answers, today, field_only=True)
    source = {True: "stated", False: "assumed"}
    target = fmt_value(u.target, u.unit)
    if u.rate_period:
        target += f" {period_words(u.rate_period)}, kept up week after week (a rhythm, not a total)"
    facts = [
        ("target", target, source["metric" in u.stated]),
        ("deadline", u.deadline.isoformat(), source["deadline" in u.stated]),
        ("weekly capacity", f"{fmt_number(u.capacity)} hours", source["capacity" in u.stated]),
    ]
    if u.levels:
        facts.append(
            (
                "levels",
                f"from {fmt_value(u.levels[0], u.unit)} to {fmt_value(u.levels[1], u.unit)}",
                "stated",
            )
        )
    elif u.baseline is not None:
        facts.append(
            ("starting point", fmt_value(u.baseline, u.unit), source["baseline" in u.stated])
        )
    if u.session_minutes:
        facts.append(("session length", f"{u.session_minutes} minutes", "stated"))
    if u.sessions_per_week:
        facts.append(("sessions a week", fmt_number(u.sessions_per_week), "stated"))
    if u.constraint:
        facts.append(("constraint", u.constraint, "stated"))
    field = u.playbook if u.route is None or u.route.field is not None else None
    return {"field": field, "facts": facts}
