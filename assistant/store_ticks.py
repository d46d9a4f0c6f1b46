"""Stored ticks read onto a plan: task status per version, and sessions done per day."""

from __future__ import annotations

import datetime as dt
import sqlite3

from assistant.models import Plan


def session_rows(
    db: sqlite3.Connection, user: str, plan_id: str | None = None
) -> dict[tuple[str, str], dict[dt.date, int]]:
    """(plan id, task id) -> {day: sessions done that day}."""
    where, args = (
        ("user=?", (user,)) if plan_id is None else ("user=? AND plan_id=?", (user, plan_id))
    )
    out: dict[tuple[str, str], dict[dt.date, int]] = {}
    for pid, task_id, day, done in db.execute(
        f"SELECT plan_id, task_id, day, done FROM session_ticks WHERE {where}", args
    ):
        out.setdefault((pid, task_id), {})[dt.date.fromisoformat(day)] = done
    return out


def apply_ticks(
    plan: Plan, ticks: dict[str, str], sessions: dict[tuple[str, str], dict[dt.date, int]]
) -> Plan:
    """The plan with its stored ticks: task status, and sessions done per day (a day's row
    overrides what the plan body says about that day)."""
    for task in plan.tasks():
        task.status = ticks.get(task.id, task.status)  # type: ignore[assignment]
        rows = sessions.get((plan.id, task.id))
        if rows:
            kept = [d for d in task.sessions_done if d not in rows]
            task.sessions_done = sorted(kept + [d for d, n in rows.items() for _ in range(n)])
    return plan
