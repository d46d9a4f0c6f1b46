"""Whether an answered plan's week is the week the person said (rubric R4, sizing).

``python -m evals.week_fit ROUND_DIR ... [--plans DIR]`` plans every goal with its persona's
answers (or reads ``DIR/<round>/<id>-b.json``, as ``evals.answered_time`` does) and counts, per plan: a time answer with an amount the reader finds no time in (``time_unread``);
the plan's main practice run fewer times a week than they said (``rhythm_cut``: "3 sessions a
week" planned once or twice, "daily" planned 4x then 2x) or much shorter (``session_cut``);
the capacity line far above the week they said (``line_over``: "15 min a day" shown as an 8 h
week); and the ordinary booked week far under or over it (``week_under``, ``week_over``,
as ``evals.rhythm_fit`` counts them).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

from assistant.models import Plan
from assistant.understanding.capacity import read_time
from evals.answered_time import _plans, their_time
from evals.rhythm_fit import booked_week

_AMOUNT_RE = re.compile(r"\d\s?(?:h|hrs?|hours?|min|mins|minutes)\b|\b(?:an|half an) hour\b", re.I)
_CUT = 0.7  # the main practice below this share of the sessions (or minutes) they said
_LINE_OVER = 1.5  # a capacity line this many times the stated week (and an hour more)
_WEEK_OFF = 0.2


def main_rhythm(plan: Plan) -> tuple[float, int] | None:
    """(sessions a week, minutes) of the most frequent practice, in the median milestone."""
    rows = []
    for milestone in plan.milestones:
        practice = [
            t
            for t in milestone.tasks
            if t.recurrence and t.status == "todo" and not t.attacks_constraint
        ]
        if practice:
            top = max(
                practice, key=lambda t: (t.recurrence.sessions_per_week(), t.estimate_minutes)
            )
            rows.append((top.recurrence.sessions_per_week(), top.estimate_minutes))
    return statistics.median_low(rows) if rows else None


def faults(plan: Plan, said: str) -> list[str]:
    """The week faults of one plan against the capacity answer ``said``."""
    time = read_time(said)
    hours = their_time(said)[0] or time.hours  # the week as the planner reads it
    found = []
    if _AMOUNT_RE.search(said) and not hours and not time.sessions:
        found.append("time_unread")
    rhythm = main_rhythm(plan)
    if rhythm and time.sessions and time.sessions >= 2:
        if rhythm[0] < _CUT * min(time.sessions, 7):
            found.append("rhythm_cut")
        if time.minutes and 10 <= time.minutes <= 120 and rhythm[1] < _CUT * time.minutes:
            found.append("session_cut")
    if hours:
        if plan.capacity_hours_per_week > max(_LINE_OVER * hours, hours + 1):
            found.append("line_over")
        booked = booked_week(plan) / 60
        if booked < (1 - _WEEK_OFF) * hours:
            found.append("week_under")
        elif booked > (1 + _WEEK_OFF) * hours:
            found.append("week_over")
    return found


def main(argv: list[str]) -> int:
    source = argv[argv.index("--plans") + 1] if "--plans" in argv else None
    total: Counter[str] = Counter()
    for folder in (Path(a) for a in argv if a not in ("--plans", source)):
        for goal, answers, plan in _plans(folder, source):
            said = str(answers.get("capacity") or "")
            if not said:
                continue
            found = faults(plan, said)
            total.update(found)
            total["plans"] += 1
            if found:
                print(f"{folder.name} {goal['id']}: {', '.join(found)}  [{said[:60]}]")
    print(json.dumps(dict(total)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
