"""A plan as iCalendar (RFC 5545), built with the ``icalendar`` library.

- Every session is a VEVENT people see in Google, Outlook or Apple calendars: each session
  of a recurring task on its date, and each open one-off task on a day of the week the
  schedule put it in, at the preferred time of day (default 18:00, floating local time:
  the calendar's own zone), lasting the estimate; a day's sessions follow each other.
  Done sessions are marked "✓"; a dropped task's sessions stay, STATUS:CANCELLED, so a
  calendar that imported them before takes them away.
- One-off tasks are also VTODOs with DUE (the due date) and DTSTART (the scheduled week).
  RFC 5545 forbids DUE and DURATION in one VTODO, so the estimate goes in
  ESTIMATED-DURATION (RFC 9253's task extensions draft) and in the description.
- Milestones and the goal deadline are all-day, transparent VEVENTs on their deadline.
- Titles follow the current plan: a date the goal's wording names ("by 1 October") is
  replaced by the plan's deadline, so a moved deadline shows.
- UIDs are stable across exports and versions: ``<plan>.session.<task>.<YYYYMMDD>[-n]``
  for a recurring task's session, ``<plan>.session.<task>`` for a one-off's, ``<plan>.task.
  <task>`` for its VTODO; SEQUENCE is the plan version minus one. Importing an updated
  export therefore replaces events instead of duplicating them.
- Work is bounded by the plan's span: sessions stop ten years past its start and the file
  holds at most ``MAX_BOOKINGS`` of them (then X-WR-CALDESC says it was cut).
"""

from __future__ import annotations

import datetime as dt
import re

from icalendar import Calendar, Event, Todo, vDuration

from assistant.models import Plan, Task
from assistant.schedule import Schedule
from assistant.schedule.days import EVENING, MAX_BOOKINGS, Booking, bookings

PRODID = "-//Goalsmith//Goalsmith plan export//EN"
_STATUS = {"todo": "NEEDS-ACTION", "done": "COMPLETED", "dropped": "CANCELLED"}
_MONTHS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december"
)
# a trailing "by 1 October", "before June 2027", "by Q4", "by the end of the year"
_NAMED_DATE = re.compile(
    rf"\s*,?\s+(?:by|before|until|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?"
    rf"(?:[^,;.]*?\b(?:{_MONTHS}|q[1-4]|\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}|year|month|summer|"
    rf"winter|spring|autumn|fall)\b[^,;.]*)$",
    re.IGNORECASE,
)


def uid(plan: Plan, kind: str, item_id: str) -> str:
    """The stable UID of a plan item: the same for every version of the plan."""
    return f"{plan.id}.{kind}.{item_id}@goalsmith"


def goal_title(plan: Plan) -> str:
    """The goal with the plan's current deadline, not a date its wording once named."""
    statement = _NAMED_DATE.sub("", plan.goal.statement).strip() or plan.goal.statement
    deadline = plan.goal.deadline
    return f"{statement} (by {deadline.day} {deadline:%B %Y})"


def to_ics(
    plan: Plan,
    schedule: Schedule | None = None,
    at: dt.time = EVENING,
    today: dt.date | None = None,
) -> str:
    """The plan as an iCalendar document (CRLF line endings, as RFC 5545 requires)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", goal_title(plan))
    booked, cut = bookings(plan, schedule, at, today)
    if cut:
        cal.add("x-wr-caldesc", f"Only the first {MAX_BOOKINGS:,} sessions of this plan.")
    goal = goal_title(plan)
    cal.add_component(
        _all_day(plan, "goal", "deadline", f"Goal due: {goal}", plan.goal.deadline, plan.goal.why)
    )
    for milestone in plan.milestones:
        metric = milestone.metric
        text = f"Metric: {metric.name} {metric.target:.10g} {metric.unit}".rstrip()
        summary = f"Milestone due: {milestone.title}"
        cal.add_component(
            _all_day(plan, "milestone", milestone.id, summary, milestone.deadline, text)
        )
    for booking in booked:
        cal.add_component(_session(plan, booking, goal))
    for milestone in plan.milestones:
        for task in milestone.tasks:
            if task.recurrence is None:
                cal.add_component(_todo(plan, task, milestone.title, schedule))
    return cal.to_ical().decode("utf-8")


def _stamp(component: Event | Todo, plan: Plan, kind: str, item_id: str) -> None:
    component.add("uid", uid(plan, kind, item_id))
    component.add("dtstamp", plan.created_at.astimezone(dt.UTC))
    component.add("sequence", plan.version - 1)


def _all_day(
    plan: Plan, kind: str, item_id: str, summary: str, day: dt.date, text: str | None
) -> Event:
    event = Event()
    _stamp(event, plan, kind, item_id)
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", min(day, dt.date.max - dt.timedelta(days=1)) + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    if text:
        event.add("description", text)
    return event


def _session(plan: Plan, booking: Booking, goal: str) -> Event:
    """One session as a timed event (floating local time) lasting the task's estimate."""
    task = booking.task
    item = task.id
    if booking.recurring:
        item += f".{booking.day:%Y%m%d}" + (f"-{booking.slot}" if booking.slot > 1 else "")
    event = Event()
    _stamp(event, plan, "session", item)
    mark = "Cancelled: " if booking.cancelled else "✓ " if booking.done else ""
    event.add("summary", mark + task.title)
    event.add("dtstart", booking.start)
    event.add("duration", dt.timedelta(minutes=booking.minutes))
    event.add("status", "CANCELLED" if booking.cancelled else "CONFIRMED")
    if booking.cancelled:
        event.add("transp", "TRANSPARENT")
    lines = [_description(task, booking.milestone.title), f"Goal: {goal}"]
    if booking.done:
        lines.insert(0, "Done.")
    event.add("description", "\n".join(lines))
    event.add("categories", ["Goalsmith"])
    return event


def _todo(plan: Plan, task: Task, milestone: str, schedule: Schedule | None) -> Todo:
    todo = Todo()
    _stamp(todo, plan, "task", task.id)
    todo.add("summary", task.title)
    todo.add("description", _description(task, milestone))
    todo.add("status", _STATUS[task.status])
    todo.add("priority", 1 if task.attacks_constraint else 5)
    if task.status == "done":
        todo.add("percent-complete", 100)
    for dep in task.depends_on:
        todo.add("related-to", uid(plan, "task", dep), parameters={"RELTYPE": "DEPENDS-ON"})
    start = task.start
    weeks = schedule.weeks_of(task.id) if schedule is not None else []
    if weeks and task.status == "todo":
        start = max(weeks[0], task.start or weeks[0])
    if start is not None and start <= task.due:
        todo.add("dtstart", start)
    todo.add("due", task.due)
    todo.add("estimated-duration", vDuration(dt.timedelta(minutes=task.estimate_minutes)))
    return todo


def _description(task: Task, milestone: str) -> str:
    lines = [f"Owner: {task.owner}", f"Estimate: {task.estimate_minutes} min"]
    if task.recurrence is not None:
        lines[-1] += f" a session, {task.recurrence.describe()}"
    if task.done_when:
        lines.append(f"Done when: {task.done_when}")
    lines.append(f"Milestone: {milestone}")
    if task.attacks_constraint:
        lines.append("Attacks the constraint")
    return "\n".join(lines)
