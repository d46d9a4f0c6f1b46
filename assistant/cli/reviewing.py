"""Building a weekly review from JSON or from questions in the terminal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from assistant.errors import InputError
from assistant.models import Plan, Review
from assistant.weeks import monday


def read_review(raw: str, plan_id: str, today: dt.date, source: str) -> Review:
    """A Review from JSON text; plan_id and week_of default to the command's plan and this week."""
    from pydantic import ValidationError

    from assistant.cli.io import describe_validation_error, parse_json

    if not raw.strip():
        raise InputError(
            f"{source}: empty; expected a review as JSON (see `goalsmith review --help`)"
        )
    data = parse_json(raw, source)
    if not isinstance(data, dict):
        raise InputError(f"{source}: expected a JSON object with done, slipped, confidence, ...")
    if data.get("plan_id", plan_id) != plan_id:
        raise InputError(f"{source}: the review is for plan {data['plan_id']!r}, not {plan_id!r}")
    data = {"plan_id": plan_id, "week_of": monday(today).isoformat(), **data}
    data["slipped"] = [
        {"task_id": s} if isinstance(s, str) else s for s in data.get("slipped") or []
    ]
    try:
        return Review.model_validate(data)
    except ValidationError as exc:
        raise InputError(
            f"{source}: not a valid review: {describe_validation_error(exc)}"
        ) from None


Ask = Callable[..., Any]


def ask_review(plan: Plan, today: dt.date, ask: Ask, say: Callable[[str], Any]) -> Review:
    """The weekly review, question by question (``ask`` behaves like ``typer.prompt``)."""
    open_tasks = [t for t in plan.tasks() if t.status != "dropped"]
    say(f"Weekly review of {plan.goal.statement} [{plan.id}]")
    for t in open_tasks:
        say(f"  {t.id:<8} {t.title}")
    known = {t.id for t in open_tasks}
    week = _ask_until(ask, "Week of (YYYY-MM-DD)", monday(today).isoformat(), dt.date.fromisoformat)
    done = _ask_until(
        ask, "Task ids done this week (comma-separated)", "", lambda s: _ids(s, known)
    )
    slipped_ids = _ask_until(ask, "Task ids that slipped", "", lambda s: _ids(s, known - set(done)))
    slipped = [
        {"task_id": t, "reason": ask(f"Why did {t} slip?", default="", show_default=False)}
        for t in slipped_ids
    ]
    changed = ask("What changed this week?", default="", show_default=False)
    remove = ask("What should be stopped or removed?", default="", show_default=False)
    readings = []
    for metric in [plan.goal.metric, *plan.leading_indicators]:
        value = _ask_until(
            ask,
            f"{metric.name} now ({metric.unit or 'number'}; blank to skip)",
            "",
            lambda s: float(s) if s.strip() else None,
        )
        if value is not None:
            readings.append({"name": metric.name, "value": value})
    confidence = _ask_until(ask, "Confidence you will reach the goal, 1-10", "", _confidence)
    notes = ask("Anything else?", default="", show_default=False)
    return Review.model_validate(
        {
            "plan_id": plan.id,
            "week_of": week,
            "done": done,
            "slipped": slipped,
            "changed": changed,
            "remove": remove,
            "metric_readings": readings,
            "confidence": confidence,
            "notes": notes,
        }
    )


def _ids(text: str, allowed: set[str]) -> list[str]:
    ids = [p.strip() for p in text.replace(" ", ",").split(",") if p.strip()]
    unknown = [i for i in ids if i not in allowed]
    if unknown:
        raise ValueError(f"unknown task id {unknown[0]!r}")
    return list(dict.fromkeys(ids))


def _confidence(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 10:
        raise ValueError("expected a whole number from 1 to 10")
    return value


def _ask_until(ask: Ask, question: str, default: str, parse: Callable[[str], Any]) -> Any:
    """Ask again until the answer parses; a person at a terminal gets to correct a typo."""
    for _ in range(5):
        answer = ask(question, default=default, show_default=bool(default))
        try:
            return parse(str(answer))
        except ValueError as exc:
            print(f"  {exc}; try again")
    raise InputError(f"no usable answer to {question!r} after 5 tries")
