"""The Review tab's handler: the weekly review form -> a stored, indexed ``Review``."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from assistant.errors import InputError
from ui.workspace import Workspace


def parse_readings(raw: str) -> list[dict[str, Any]]:
    """``name = value`` (or ``name: value``) lines -> metric readings; one clear error otherwise."""
    readings = []
    for line in (raw or "").splitlines():
        if not line.strip():
            continue
        name, sep, value = line.replace(":", "=", 1).rpartition("=")
        try:
            number = float(value.strip().split()[0].replace(",", ""))
        except (ValueError, IndexError):
            number = None
        if number is not None and not math.isfinite(number):
            raise InputError(f"metric reading {line.strip()!r}: the value must be a finite number")
        if not sep or not name.strip() or number is None:
            raise InputError(
                f"metric reading {line.strip()!r}: write it as 'name = number', e.g. "
                "'longest run km = 8'"
            )
        readings.append({"name": name.strip(), "value": number})
    return readings


def parse_week(raw: str, today: dt.date) -> dt.date:
    from assistant.weeks import monday

    raw = (raw or "").strip()
    if not raw:
        return monday(today)
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise InputError(f"week of {raw!r}: write a date as YYYY-MM-DD") from None


def save_review(
    ws: Workspace,
    plan_id: str | None,
    user: str,
    *,
    week_of: str,
    done: list[str],
    slipped: str | None,
    reason: str,
    changed: str,
    remove: str,
    readings: str,
    confidence: float,
    notes: str,
) -> str:
    """Store the review for the user and index it for "why"; returns a confirmation line."""
    from pydantic import ValidationError

    from assistant.models import Review

    if not plan_id:
        raise InputError("pick a plan first (the Plan picker above the tabs)")
    try:
        review = Review(
            plan_id=plan_id,
            week_of=parse_week(week_of, ws.today()),
            done=list(done or []),
            slipped=[{"task_id": slipped, "reason": reason or ""}] if slipped else [],
            changed=changed or "",
            remove=remove or "",
            metric_readings=parse_readings(readings),
            confidence=int(confidence),
            notes=notes or "",
        )
    except ValidationError as exc:
        raise InputError(f"review: {exc.errors()[0]['msg']}") from None
    from assistant.memory import record_review

    stored, indexed = record_review(ws.store, ws.memory_or_none(), review, user)
    line = (
        f"**✔ Saved** the review of the week of {stored.week_of:%d %b %Y} "
        f"({len(stored.done)} done, "
        f"{len(stored.slipped)} slipped, confidence {stored.confidence}/10)."
    )
    if not indexed:
        line += " **⚠ Warning:** not indexed yet; the next “why” question indexes it."
    return line
