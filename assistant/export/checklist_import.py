"""Read ticks back from a clean checklist (``checklist.to_checklist``), matching tasks by title.

The checklist carries no ids, so the plan it came from is the base: each task line is
matched by its title, within the milestone heading it sits under first. A ticked one-off
task becomes done, an unticked one todo, a struck one dropped. A recurring task may have
several lines (the Tasks plugin adds one per occurrence): a ticked line marks the session
its 📅 date names (or the open one in that week) done; unticked lines change nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.errors import InputError
from assistant.export.text import escape, unescape
from assistant.models import Plan, Task
from assistant.schedule.sessions import sessions, with_session
from assistant.weeks import monday

_LINE = re.compile(r"^\s*[-*+] \[(?P<box>[ xX])\] (?P<text>.*?)\s*$")
_HEADING = re.compile(r"^###\s+(?:(?P<n>\d+)\.\s+)?(?P<title>.*?)\s*$")
_PLAN_ID = re.compile(r"\*\*Plan:\*\* `(?P<id>[A-Za-z0-9][A-Za-z0-9_.-]{0,63})`")
_EMOJI = "📅🛫⏳✅❌➕🔁⏫🔼🔽⏬🔺🆔⛔"
_DATED = re.compile(r"\s*(?P<sign>[📅🛫⏳✅❌➕])\ufe0f?\s*(?P<day>\d{4}-\d{2}-\d{2})\s*$")
_OTHER = re.compile(rf"\s*(?:🔁[^{_EMOJI}]*|[⏫🔼🔽⏬🔺]\ufe0f?|🆔\s*\S+|⛔\s*\S+)\s*$")
_STRUCK = re.compile(r"^~~(?P<inner>.*)~~$")


def plan_id_of(text: str) -> str | None:
    """The plan id the checklist's header names (``**Plan:** `p-...```), if any."""
    match = _PLAN_ID.search(text)
    return match["id"] if match else None


def apply_checklist(text: str, base: Plan) -> Plan:
    """``base`` with the ticks, strike-throughs and ticked sessions of a clean checklist."""
    plan = base.model_copy(deep=True)
    milestone = None
    seen: set[str] = set()
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if heading := _HEADING.match(line):
            milestone = _milestone_index(plan, heading)
        elif match := _LINE.match(line):
            shown, due = _strip_signifiers(match["text"])
            struck = _STRUCK.match(shown)
            title = unescape(struck["inner"] if struck else shown)
            task = _find(plan, milestone, title, seen, number)
            ticked = match["box"] in "xX"
            if task.recurrence is not None:
                if ticked and due is not None:
                    _tick_session(plan, task, due, number)
                continue
            seen.add(task.id)
            task.status = "done" if ticked else "dropped" if struck else "todo"
    return plan


def _milestone_index(plan: Plan, heading: re.Match) -> int | None:
    titles = [escape(m.title) for m in plan.milestones]
    if heading["title"] in titles:
        return titles.index(heading["title"])
    n = int(heading["n"]) - 1 if heading["n"] else -1
    return n if 0 <= n < len(plan.milestones) else None


def _strip_signifiers(text: str) -> tuple[str, dt.date | None]:
    """The title without the Tasks plugin's trailing signifiers, and its 📅 date."""
    due = None
    while True:
        if dated := _DATED.search(text):
            if dated["sign"] == "📅":
                try:
                    due = dt.date.fromisoformat(dated["day"])
                except ValueError:
                    raise InputError(f"📅 {dated['day']}: not a date (YYYY-MM-DD)") from None
            text = text[: dated.start()]
        elif other := _OTHER.search(text):
            text = text[: other.start()]
        else:
            return text.strip(), due


def _find(plan: Plan, milestone: int | None, title: str, seen: set[str], number: int) -> Task:
    """The first task titled ``title`` under this milestone (else anywhere) not yet matched."""
    scopes = [plan.milestones[milestone].tasks] if milestone is not None else []
    for tasks in [*scopes, plan.tasks()]:
        named = [t for t in tasks if t.title == title]
        fresh = [t for t in named if t.id not in seen or t.recurrence is not None]
        if fresh:
            return fresh[0]
        if named:
            raise InputError(f"line {number}: the task {title!r} appears twice")
    raise InputError(
        f"line {number}: plan {plan.id} has no task titled {title!r}; rename tasks in "
        "Goalsmith, or export with --roundtrip to edit titles in the file"
    )


def _tick_session(plan: Plan, task: Task, day: dt.date, number: int) -> None:
    """Mark the session on ``day`` done, or the open one in that week."""
    mine = sessions(task, plan)
    if not [s for s in mine if monday(s.day) == monday(day)]:
        raise InputError(
            f"line {number}: {task.title!r} is ticked for {day}, a week without a session of it"
        )
    open_days = [s.day for s in mine if not s.done]
    if day not in open_days:
        near = [d for d in open_days if monday(d) == monday(day)]
        if not near:
            return  # that week's sessions are already done
        day = near[0]
    try:
        task.sessions_done = with_session(task, plan, day, True)
    except InputError as exc:
        raise InputError(f"line {number}: {exc}") from None
