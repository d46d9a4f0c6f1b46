"""One report of a plan version: what the rules say, its schedule, and every export format.

The CLI (`goalsmith export`) and the app (the Plan tab and its downloads) both read a plan
through ``report``, so the same plan version on the same day gives the same findings, the
same schedule and byte-identical files everywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from assistant.config import Settings
from assistant.export import export
from assistant.models import Finding, Plan
from assistant.schedule import Schedule, schedule
from assistant.validators import validate_plan


@dataclass
class Report:
    """A plan version as of ``today``: findings and schedule are worked out once, on first use."""

    plan: Plan
    settings: Settings
    today: dt.date

    @cached_property
    def schedule(self) -> Schedule:
        """The week-by-week schedule against the plan's capacity, with its own findings."""
        return schedule(self.plan, self.settings, self.today)

    @cached_property
    def rule_findings(self) -> list[Finding]:
        """What the SMART, task-size and plan rules say about the plan."""
        return validate_plan(self.plan, self.settings, self.today)

    @property
    def findings(self) -> list[Finding]:
        """Every finding: the rules' first, then the schedule's."""
        return self.rule_findings + self.schedule.findings

    def export(self, fmt: str, roundtrip: bool = False) -> str:
        """The plan as ``md``, ``json``, ``ics`` or ``csv``; Markdown carries every finding and
        the schedule, calendar sessions start at the configured time of day."""
        return export(
            self.plan,
            fmt,
            self.findings if fmt == "md" else None,  # only Markdown shows findings
            self.schedule,
            at=self.settings.session_time,
            today=self.today,
            roundtrip=roundtrip,
        )


def report(plan: Plan, settings: Settings, today: dt.date) -> Report:
    """The report of ``plan`` as of ``today`` (nothing is computed until it is asked for)."""
    return Report(plan, settings, today)
