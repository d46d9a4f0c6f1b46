"""The Review tab's handlers: the weekly review form -> a stored, indexed ``Review``.

The form follows the week: a week picker (default: the week just ending), that week's sessions and
tasks with the Plan tab's ticks pre-filled, several slipped tasks each with a reason. Saving
ticks (or unticks) what the form shows, so the Plan tab and the review agree.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from assistant.errors import InputError
from ui.safe import text
from ui.workspace import Workspace

SLIP_ROWS = 4  # slipped tasks one review can name
WEEKS_BACK = 8  # weeks offered before the plan's start or last week, whichever is earlier


@dataclass
class ReviewForm:
    """What the form shows for one plan and week (empty when no plan is picked)."""

    weeks: list[tuple[str, str]] = field(default_factory=list)  # (label, ISO Monday)
    week: str | None = None
    items: list[tuple[str, str]] = field(default_factory=list)  # (label, task id or session)
    ticked: list[str] = field(default_factory=list)
    tasks: list[tuple[str, str]] = field(default_factory=list)  # slipped choices
    history: str = "*No reviews yet.*"


def week_choices(plan: Any, today: dt.date) -> list[tuple[str, str]]:
    """Mondays from the plan's start (or a few weeks back) to this week, newest first."""
    from assistant.weeks import monday, week_starts

    this_week = monday(today)
    first = min(monday(plan.start_date), this_week - dt.timedelta(weeks=WEEKS_BACK))
    out = []
    for week in reversed(week_starts(first, this_week)):
        when = {this_week: " (this week)", this_week - dt.timedelta(weeks=1): " (last week)"}
        out.append((f"Week of {week:%d %b %Y}{when.get(week, '')}", week.isoformat()))
    return out


def default_week(plan: Any, today: dt.date) -> dt.date:
    """The week a review is most likely about: this week from Friday on (the plan's review day
    falls at its end) or when last week came before the plan began; otherwise last week."""
    from assistant.weeks import monday

    this_week = monday(today)
    if today.weekday() >= 4 or this_week - dt.timedelta(weeks=1) < monday(plan.start_date):
        return this_week
    return this_week - dt.timedelta(weeks=1)


def week_items(plan: Any, week: dt.date, done_in_week: set[str]) -> tuple[list, list]:
    """(label, value) of what the week holds, and the values already ticked: each session of
    a recurring task on a day of the week, and each one-off task due in it, done in it, or
    still open from before."""
    from assistant.schedule.sessions import sessions

    end = week + dt.timedelta(days=6)
    items, ticked = [], []
    for task in plan.tasks():
        if task.status == "dropped":
            continue
        if task.recurrence is not None:
            for s in sessions(task, plan):
                if week <= s.day <= end:
                    slot = f", session {s.slot}" if s.slot > 1 else ""
                    items.append((f"{task.title} · {s.day:%a %d %b}{slot}", s.ref))
                    if s.done:
                        ticked.append(s.ref)
            continue
        open_before = task.status == "todo" and task.due <= end and (task.start or week) <= end
        if week <= task.due <= end or task.id in done_in_week or open_before:
            items.append((f"{task.title} · due {task.due:%a %d %b}", task.id))
            if task.status == "done":
                ticked.append(task.id)
    return items, ticked


def review_form(
    ws: Workspace, plan: Any, user: str, week: str | None = None, today: dt.date | None = None
) -> ReviewForm:
    """The form for ``week`` (default: ``default_week``) of the user's plan."""

    today = today or ws.today()
    form = ReviewForm(weeks=week_choices(plan, today))
    form.week = week or default_week(plan, today).isoformat()
    monday_of = parse_week(form.week, today)
    form.items, form.ticked = week_items(plan, monday_of, _done_in(ws, plan.id, user, monday_of))
    listed = {v.split("@")[0] for _, v in form.items}
    open_ = [t for t in plan.tasks() if t.status != "dropped"]
    form.tasks = [_slip_choice(t) for t in open_ if t.id in listed] + [
        _slip_choice(t) for t in open_ if t.id not in listed and t.status == "todo"
    ]
    form.history = history_md(ws.store.reviews(plan.id, user), plan)
    return form


def _slip_choice(task: Any) -> tuple[str, str]:
    """A task as a slipped-task choice; the due date tells repeated titles apart."""
    return f"{task.title} (due {task.due:%d %b})", task.id


def _done_in(ws: Workspace, plan_id: str, user: str, week: dt.date) -> set[str]:
    end = week + dt.timedelta(days=7)
    return {
        task_id
        for task_id, status, at in ws.store.task_events(plan_id, user)
        if status == "done" and week <= at.date() < end
    }


def history_md(reviews: list[Any], plan: Any) -> str:
    """Past reviews, newest first, with confidence over time; tasks by title, never by id."""
    if not reviews:
        return "*No reviews yet.*"
    titles = {t.id: t.title for t in plan.tasks()}
    ordered = sorted(reviews, key=lambda r: r.week_of)
    trend = " → ".join(str(r.confidence) for r in ordered)
    lines = [f"**Past reviews** (confidence over time: {trend})", ""]
    for r in reversed(ordered):
        slips = "; ".join(
            text(titles.get(s.task_id, "a removed task"))
            + (f" ({text(s.reason)})" if s.reason else "")
            for s in r.slipped
        )
        lines.append(
            f"- **Week of {r.week_of:%d %b %Y}**: confidence {r.confidence}/10, "
            f"{len(r.done)} done, {len(r.slipped)} slipped" + (f": {slips}" if slips else "")
        )
    return "\n".join(lines)


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


def parse_week(raw: str | None, today: dt.date) -> dt.date:
    """The Monday of the week a date (or ISO Monday from the picker) falls in."""
    from assistant.weeks import monday

    raw = (raw or "").strip()
    if not raw:
        return monday(today)
    try:
        return monday(dt.date.fromisoformat(raw))
    except ValueError:
        raise InputError(f"week of {raw!r}: write a date as YYYY-MM-DD") from None


def save_review(
    ws: Workspace,
    plan_id: str | None,
    user: str,
    *,
    week_of: str | None,
    done: list[str],
    slipped: list[tuple[str | None, str]],
    changed: str,
    remove: str,
    readings: str,
    confidence: float,
    notes: str,
) -> str:
    """Store the review for the user, tick what it says got done, and index it for "why";
    returns a confirmation line."""
    from pydantic import ValidationError

    from assistant.models import Review
    from assistant.weeks import monday
    from ui.ticks import apply_ticks

    if not plan_id:
        raise InputError("pick a plan first (the Plan picker above the tabs)")
    today = ws.today()
    week = parse_week(week_of, today) if week_of else monday(today) - dt.timedelta(weeks=1)
    if week > monday(today):
        raise InputError(
            f"the week of {week:%d %b %Y} has not started yet; review a week once it is under way"
        )
    plan = ws.store.get_plan(plan_id, user)
    items, was_done = week_items(plan, week, _done_in(ws, plan.id, user, week))
    shown = {value for _, value in items}
    ticked = set(done or []) & shown
    slips = _slips(plan, slipped)
    done_ids = []
    for task in plan.tasks():
        if any(v == task.id or v.startswith(task.id + "@") for v in ticked):
            if task.id in slips and task.recurrence is None:
                raise InputError(f"'{task.title}' is ticked done and listed as slipped; pick one")
            if task.id not in slips:
                done_ids.append(task.id)
    readings_ = parse_readings(readings)
    if not (done_ids or slips or ticked or readings_ or any(
        (x or "").strip() for x in (changed, remove, notes)
    )):  # fmt: skip
        raise InputError(
            "nothing to save yet: tick what got done, name what slipped (and why), or write "
            "what changed"
        )
    try:
        review = Review(
            plan_id=plan_id,
            week_of=week,
            done=done_ids,
            slipped=[{"task_id": t, "reason": r} for t, r in slips.items()],
            changed=changed or "",
            remove=remove or "",
            metric_readings=readings_,
            confidence=int(confidence),
            notes=notes or "",
        )
    except ValidationError as exc:
        raise InputError(f"review: {exc.errors()[0]['msg']}") from None
    stored, indexed, _ = ws.review(review, user)
    apply_ticks(ws, plan, items, set(was_done), ticked, user)
    line = (
        f"**✔ Saved** the review of the week of {stored.week_of:%d %b %Y} "
        f"({len(ticked)} ticked done, "
        f"{len(stored.slipped)} slipped, confidence {stored.confidence}/10)."
    )
    if not indexed:
        line += " **⚠ Warning:** not indexed yet; the next “why” question indexes it."
    return line


def _slips(plan: Any, rows: list[tuple[str | None, str]]) -> dict[str, str]:
    """Task id -> reason for each filled slipped row; a reason without a task is an error."""
    out: dict[str, str] = {}
    for number, (task_id, reason) in enumerate(rows or [], start=1):
        reason = (reason or "").strip()
        if not task_id:
            if reason:
                raise InputError(
                    f"slipped task {number} has a reason but no task; pick the task that slipped"
                )
            continue
        title = plan.task(task_id).title
        if task_id in out:
            raise InputError(f"'{title}' is listed as slipped twice; give it one reason")
        out[task_id] = reason
    return out
