"""A plan as iCalendar (RFC 5545), built with the ``icalendar`` library.

- Milestones and the goal deadline are all-day VEVENTs on their deadline.
- One-off tasks are VTODOs with DUE (the due date) and DTSTART (the task's start, or the
  week the schedule puts it in, when a schedule is given). RFC 5545 forbids DUE and
  DURATION in one VTODO, so the estimate goes in ESTIMATED-DURATION (RFC 9253's task
  extensions draft, read by some clients) and in the description.
- Recurring tasks are VTODOs with DTSTART (first session), DURATION (the estimate per
  occurrence) and an RRULE with the same days the scheduler uses, until the due date.
- UIDs are ``<plan id>.<kind>.<id>@goalsmith``, stable across versions, and SEQUENCE is
  the plan version minus one, so importing a revised plan updates entries instead of
  duplicating them. Dependencies are RELATED-TO;RELTYPE=DEPENDS-ON (RFC 9253).
"""

from __future__ import annotations

import datetime as dt

from dateutil import rrule
from icalendar import Calendar, Event, Todo, vDuration, vRecur

from assistant.models import Plan, Task
from assistant.schedule import Schedule, recurrence_rule, session_dates

PRODID = "-//Goalsmith//Goalsmith plan export//EN"
_FREQ = {rrule.DAILY: "DAILY", rrule.WEEKLY: "WEEKLY", rrule.MONTHLY: "MONTHLY"}
_STATUS = {"todo": "NEEDS-ACTION", "done": "COMPLETED", "dropped": "CANCELLED"}


def uid(plan: Plan, kind: str, item_id: str) -> str:
    """The stable UID of a plan item: the same for every version of the plan."""
    return f"{plan.id}.{kind}.{item_id}@goalsmith"


def to_ics(plan: Plan, schedule: Schedule | None = None) -> str:
    """The plan as an iCalendar document (CRLF line endings, as RFC 5545 requires)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", plan.goal.statement)
    cal.add_component(
        _all_day(
            plan,
            "goal",
            "deadline",
            f"Goal: {plan.goal.statement}",
            plan.goal.deadline,
            plan.goal.why or "",
        )
    )
    for milestone in plan.milestones:
        metric = milestone.metric
        text = f"Metric: {metric.name} {metric.target:g} {metric.unit}".rstrip()
        cal.add_component(
            _all_day(
                plan,
                "milestone",
                milestone.id,
                f"Milestone: {milestone.title}",
                milestone.deadline,
                text,
            )
        )
        for task in milestone.tasks:
            cal.add_component(_todo(plan, task, milestone.title, schedule))
    return cal.to_ical().decode("utf-8")


def _stamp(component: Event | Todo, plan: Plan, kind: str, item_id: str) -> None:
    component.add("uid", uid(plan, kind, item_id))
    component.add("dtstamp", plan.created_at.astimezone(dt.UTC))
    component.add("sequence", plan.version - 1)


def _all_day(plan: Plan, kind: str, item_id: str, summary: str, day: dt.date, text: str) -> Event:
    event = Event()
    _stamp(event, plan, kind, item_id)
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    if text:
        event.add("description", text)
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
    sessions = session_dates(task, plan) if task.recurrence is not None else []
    if sessions:
        rule, per_occurrence = recurrence_rule(task, plan)
        todo.add("dtstart", sessions[0])
        todo.add("duration", dt.timedelta(minutes=task.estimate_minutes * per_occurrence))
        todo.add("rrule", _rrule(rule, task.due))
        return todo
    start = task.start
    weeks = schedule.weeks_of(task.id) if schedule is not None else []
    if weeks and task.status == "todo":
        start = max(weeks[0], task.start or weeks[0])
    if start is not None and start <= task.due:
        todo.add("dtstart", start)
    todo.add("due", task.due)
    todo.add("estimated-duration", vDuration(dt.timedelta(minutes=task.estimate_minutes)))
    return todo


def _rrule(rule: dict, until: dt.date) -> vRecur:
    recur = vRecur(freq=_FREQ[rule["freq"]], until=until)
    if "byweekday" in rule:
        recur["byday"] = [str(day) for day in rule["byweekday"]]
    if "bymonthday" in rule:
        recur["bymonthday"] = rule["bymonthday"]
    return recur


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
