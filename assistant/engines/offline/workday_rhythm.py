"""Tasks titled for every workday or shift: planned 5 days a week, or titled for the days they
have; a task for the next N days done every N days; a week named only by weekly tasks."""

from __future__ import annotations

import re

from assistant.models import Recurrence, Task

_WEEK_TASK_RE = re.compile(
    r"\b(?:next|this|the coming) week\b|\bnext week's\b|\bfor the week\b", re.I
)
# "on workdays", "at the start of each shift": the act is done every working day
_EVERY_WORKDAY_RE = re.compile(
    r"\bon (?:work|week) ?days\b|\b(?:each|every) (?:work|week) ?day\b"
    r"|\b(?:(?:at )?the (?:start|end) of (?:the|each|every)|each|every) shift\b",
    re.I,
)


def workdays_as_titled(task: Task, room: float) -> None:
    """A task titled for every workday or shift runs 5 days a week when the week has ``room``
    for it ("a fake-commute walk on workdays" is not once a week); else its title names the
    days it has ("on 2 workdays a week")."""
    rec = task.recurrence
    m = _EVERY_WORKDAY_RE.search(task.title)
    if rec is None or m is None or _WEEK_TASK_RE.search(task.title):
        return
    per_week = rec.sessions_per_week()
    if per_week >= 4.99 or rec.per != "week":
        return
    if (5 - per_week) * task.estimate_minutes <= room:
        task.recurrence = Recurrence(times=5, per="week")
    else:
        say_workdays(task)


def say_workdays(task: Task) -> None:
    """A task titled for every workday or shift but planned fewer days names the days it has."""
    rec = task.recurrence
    m = _EVERY_WORKDAY_RE.search(task.title)
    if rec is None or m is None or rec.per != "week" or rec.times >= 5:
        return
    low, n = m[0].lower(), rec.times
    said = f"{n} shift" if "shift" in low else f"{n} workday"
    lead = "at the start of " if "start" in low else "at the end of " if "end" in low else "on "
    said = f"{lead}{said}{'s' if n > 1 else ''} a week"
    task.title = task.title[: m.start()] + said + task.title[m.end() :]


# a task that covers a span of days: "Prep a tub of cut vegetables for the next 3 days"
_SPAN_RE = re.compile(r"\bfor the (?:next|coming) (\d|two|three|four|five|six) days\b", re.I)
_SPAN_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def span_as_titled(task: Task) -> None:
    """A task that covers the next N days is done about every N days: a tub of vegetables
    "for the next 3 days" is prepped twice a week, never 14 times."""
    m = _SPAN_RE.search(task.title)
    rec = task.recurrence
    if m is None or rec is None:
        return
    days = int(m.group(1)) if m.group(1).isdigit() else _SPAN_COUNT[m.group(1).lower()]
    most = max(1, round(7 / days))
    if days >= 2 and rec.sessions_per_week() > most + 0.01:
        task.recurrence = Recurrence(times=most, per="week")


# a week named in a title that is not done every week: "Hold next week's call" once a month
_WEEK_OWN_RE = (
    (re.compile(r"\b(?:next|this|the coming) week's\b", re.I), "the next"),
    (re.compile(r"\bthan last week\b", re.I), "than last time"),
    (re.compile(r"\bfor (?:next|this|the coming) week\b", re.I), "for the next session"),
)


def week_words_fit(task: Task) -> None:
    """A task planned under once a week loses the words that tie it to one week."""
    rec = task.recurrence
    if rec is None or rec.sessions_per_week() >= 0.99:
        return
    for pattern, said in _WEEK_OWN_RE:
        task.title = pattern.sub(said, task.title)
