"""The schedule as data: weeks of items against capacity, findings, and verified fixes."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.models import Finding
from assistant.weeks import monday


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScheduleItem(_Model):
    """One task's share of one week: a one-off task, or the sessions of a recurring one."""

    task_id: str
    milestone_id: str
    title: str
    minutes: int
    sessions: int = 1
    recurring: bool = False
    attacks_constraint: bool = False
    due: dt.date
    late: bool = False


class ScheduleWeek(_Model):
    """A Monday-to-Sunday week: what is planned in it against what it holds."""

    week_of: dt.date
    items: list[ScheduleItem]
    planned_minutes: int
    capacity_minutes: int

    @property
    def over_minutes(self) -> int:
        return max(0, self.planned_minutes - self.capacity_minutes)


class Fix(_Model):
    """A verified change that makes the whole plan fit its weekly capacity."""

    kind: Literal["capacity", "deadline", "cut"]
    description: str
    cost_hours: float
    task_ids: list[str] = []
    capacity_hours_per_week: float | None = None  # capacity: the new weekly hours
    milestone_id: str | None = None  # deadline: this milestone moves...
    weeks: int = 0  # ...by this many weeks...
    with_later: bool = False  # ...and the milestones after it too
    new_minutes: dict[str, int] = {}  # cut: task id -> minutes a session; 0 drops the task


class Schedule(_Model):
    """The plan laid out week by week, with findings when it does not fit."""

    plan_id: str
    plan_version: int
    capacity_minutes: int
    weeks: list[ScheduleWeek]
    findings: list[Finding]
    fixes: list[Fix]

    @property
    def fits(self) -> bool:
        return all(w.over_minutes == 0 for w in self.weeks)

    def weeks_of(self, task_id: str) -> list[dt.date]:
        """Mondays of the weeks holding a task (several for a recurring task)."""
        return [w.week_of for w in self.weeks if any(i.task_id == task_id for i in w.items)]

    def week(self, day: dt.date) -> ScheduleWeek | None:
        start = monday(day)
        return next((w for w in self.weeks if w.week_of == start), None)
