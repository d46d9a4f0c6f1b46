"""Where an answered plan's schedule leaves the person's stated time and rhythm (rubric R4).

``python -m evals.rhythm_fit ROUND_DIR ...`` plans every goal with its persona's answers and
counts five faults (and ``evals.answered_time``'s causes, from the same plans): the ordinary booked week (recurring minutes of a milestone, median over the
milestones) under or over the week they said by more than 20%; a task whose title asks for a
daily act planned on fewer than 5 days; a milestone that says how many days a week (or
"every day") whose sessions run fewer; one-off steps due mostly on days the person said they
cannot do ("sundays only"); and a task tied to a time of day other than the one they said.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

from assistant.engines.offline.title_rhythm import says_daily
from assistant.understanding.capacity import free_days, time_place
from assistant.validators.title_rhythm import milestone_rhythm
from evals.answered_time import _plans, causes, their_time

_WEEK_OFF = 0.2
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIMES_OF_DAY = {
    "morning": re.compile(r"\b(?:mornings?|before work|am\b|[5-9](?::\d\d)?\s?am)\b", re.I),
    "evening": re.compile(r"\b(?:evenings?|nights?|after work|after dinner|before bed|pm)\b", re.I),
}


def booked_week(plan) -> float:
    """Minutes a week of the recurring practice in the ordinary week: the median milestone."""
    weeks = [
        sum(
            t.estimate_minutes * t.recurrence.sessions_per_week()
            for t in m.tasks
            if t.recurrence and t.status == "todo"
        )
        for m in plan.milestones
    ]
    return statistics.median(weeks) if weeks else 0.0


def faults(plan, answers: dict) -> list[str]:
    """The faults of one answered plan."""
    said = str(answers.get("capacity") or "")
    found = []
    hours, _ = their_time(said)
    if hours:
        booked = booked_week(plan) / 60
        if booked < (1 - _WEEK_OFF) * hours:
            found.append("week_under")
        elif booked > (1 + _WEEK_OFF) * hours:
            found.append("week_over")
    for task in plan.tasks():
        rec = task.recurrence
        if rec and task.status == "todo" and says_daily(task.title) and rec.sessions_per_week() < 5:
            found.append("daily_title_slow")
            break
    if any(milestone_rhythm(m) for m in plan.milestones):
        found.append("milestone_rhythm_short")
    days = free_days(said)
    place = time_place(said)  # "30 min when the baby naps, weekends an hour": every day too
    if place and place[1] == "daily":
        days = ()
    if days and len(days) < 7 and not re.search(r"\b(?:also|plus|and)\b.*\bevenings?\b", said):
        off = {i for i, d in enumerate(_DAYS) if d not in days}
        dues = [t.due.weekday() for t in plan.tasks() if not t.recurrence and t.status == "todo"]
        if dues and sum(d in off for d in dues) > len(dues) / 2:
            found.append("days_off_due")
    told = [k for k, rx in _TIMES_OF_DAY.items() if rx.search(said)]
    if len(told) == 1:
        other = _TIMES_OF_DAY["evening" if told[0] == "morning" else "morning"]
        if any(other.search(t.title) for t in plan.tasks() if t.recurrence):
            found.append("time_of_day_off")
    return found


def main(argv: list[str]) -> int:
    total: Counter[str] = Counter()
    for folder in (Path(a) for a in argv):
        for goal, answers, plan in _plans(folder, None):
            if not answers:
                continue
            found = faults(plan, answers)
            said = (str(answers.get(k) or "") for k in ("capacity", "constraint"))
            total.update(f"answered_time:{c}" for c in causes(plan, *said))
            total.update(found)
            total["plans"] += 1
            if found:
                print(f"{folder.name} {goal['id']}: {', '.join(found)}")
    print(json.dumps(dict(total)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
