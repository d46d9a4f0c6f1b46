"""Plans out to Markdown, JSON, iCalendar and Todoist CSV, and Markdown back in (pure)."""

from __future__ import annotations

import datetime as dt

from assistant.export.checklist import to_checklist
from assistant.export.ical import to_ics
from assistant.export.markdown import to_markdown
from assistant.export.markdown_import import from_markdown
from assistant.export.todoist import to_todoist_csv
from assistant.models import Finding, Plan
from assistant.schedule import Schedule
from assistant.schedule.days import EVENING

FORMATS = ("md", "json", "ics", "csv")


def to_json(plan: Plan) -> str:
    """The Plan model as JSON; ``Plan.model_validate_json`` returns an equal plan."""
    return plan.model_dump_json(indent=2) + "\n"


def export(
    plan: Plan,
    fmt: str,
    findings: list[Finding] | None = None,
    schedule: Schedule | None = None,
    *,
    at: dt.time = EVENING,
    today: dt.date | None = None,
    roundtrip: bool = False,
) -> str:
    """The plan in one of ``FORMATS``; findings and schedule go where the format shows them,
    calendar sessions start ``at`` that time of day. Markdown is a clean checklist unless
    ``roundtrip`` asks for the hidden markers and plan block that import reads exactly."""
    if fmt == "md":
        if roundtrip:
            return to_markdown(plan, findings, schedule)
        return to_checklist(plan, findings, schedule, today)
    if fmt == "json":
        return to_json(plan)
    if fmt == "ics":
        return to_ics(plan, schedule, at, today)
    if fmt == "csv":
        return to_todoist_csv(plan, schedule)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


__all__ = [
    "FORMATS",
    "export",
    "to_checklist",
    "from_markdown",
    "to_ics",
    "to_json",
    "to_markdown",
    "to_todoist_csv",
]
