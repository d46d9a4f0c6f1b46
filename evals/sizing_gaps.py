"""Count sizes and rhythms a coach marks down, and the main session's minutes a week.

Plans every goal of the judged rounds offline, with and without the persona's answers:
``python -m evals.sizing_gaps [ROUND_DIR ...]`` (default: every development round, 3 on). Counts one-offs whose
minutes cannot hold their distance or the stated time per piece, streaks planned over a span
far longer than the streak, daily practice planned below five days a week, and short one-off
first steps due over six weeks out; and the causes of ``evals.sizing_causes`` and ``evals.sizing_numbers``.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import sys
from collections import Counter

from assistant.engines.offline.fit_steps import main_session
from assistant.engines.offline.title_sizes import distance_minutes
from assistant.models import Plan
from evals.heldout import dev_plans
from evals.sizing_causes import count_causes
from evals.sizing_numbers import count_numbers

TODAY = dt.date(2026, 11, 27)
_PIECE_RE = re.compile(
    r"\b(?:each|every|one|a|per)\s(\w+?)s?\s(?:takes?|is)\s(?:me\s)?(?:about\s|around\s)?"
    r"(\d+(?:\.\d+)?)(?:\s?-\s?(\d+(?:\.\d+)?))?\s?(h|hrs?|hours?|min|mins|minutes)\b",
    re.I,
)
_STREAK_RE = re.compile(r"\b(\d+)\s(?:days?|nights?|mornings?)\s(?:in a row|straight)\b", re.I)


_DAILY_SAID_RE = re.compile(
    r"\b(?:a|per|each|every) (?:day|night|morning|evening)\b|\bdaily\b|\bnightly\b"
    r"|\b(?:in|on) the (?:morning|evening)s\b",
    re.I,
)
_MONTHLY_RE = re.compile(
    r"\b(?:twice|once|[1-4] times|two times|three times) (?:a|per|each) month\b", re.I
)


def _piece_short(plan: Plan, said: str) -> int:
    """Steps naming N pieces whose minutes are under half of N times the stated time."""
    m = _PIECE_RE.search(said)
    if not m:
        return 0
    noun, low = m.group(1).lower(), float(m.group(2))
    per = low * (60 if m.group(4).lower().startswith("h") else 1)
    count_re = re.compile(rf"\b(\d+)\s(?:\w+\s)?{re.escape(noun)}s?\b", re.I)
    bad = 0
    for task in plan.tasks():
        c = count_re.search(task.title)
        if c and task.estimate_minutes < int(c.group(1)) * per / 2:
            bad += 1
    return bad


def count(plan: Plan, goal: str, answers: dict[str, str], bad: Counter[str]) -> float | None:
    """Add the plan's gaps to ``bad``; return its first milestone's main minutes a week."""
    plan_text = goal
    count_causes(plan, answers, bad, goal)
    count_numbers(plan, bad, TODAY)
    for task in plan.tasks():
        pace = distance_minutes(task.title)
        if pace and not task.recurrence and task.estimate_minutes < pace * 0.75:
            bad["one-off too short for its distance"] += 1
        elif pace and task.estimate_minutes < pace * 0.75:
            bad["session too short for its distance"] += 1
    bad["one-off under the stated time per piece"] += _piece_short(plan, " ".join(answers.values()))
    first_steps = plan.milestones[0].tasks if plan.milestones else []
    for task in first_steps:  # a 20-minute first step due two months out
        late = task.due and (task.due - plan.start_date).days > 42
        if not task.recurrence and task.estimate_minutes <= 30 and late:
            bad["short first step due over six weeks out"] += 1
    for milestone in plan.milestones:
        m = _STREAK_RE.search(milestone.title)
        span = (milestone.deadline - plan.start_date).days
        if m and span > 2 * int(m.group(1)) + 42:
            bad["streak over a far longer span"] += 1
    first = plan.milestones[0] if plan.milestones else None
    live = [t for t in first.tasks if t.recurrence] if first else []
    core = main_session(live)
    if _DAILY_SAID_RE.search(answers.get("capacity", "")) and core:
        per = max(t.recurrence.sessions_per_week() for t in live if t.title == core)
        if per < 5:
            bad["daily said, fewer than 5 a week planned"] += 1
    if _MONTHLY_RE.search(plan_text) and core:
        words = _MONTHLY_RE.split(plan_text)[0].lower().split()[-2:]
        for task in plan.tasks():
            rec = task.recurrence
            named = rec and words and words[-1].rstrip("s") in task.title.lower()
            if named and rec.sessions_per_week() >= 1:
                bad["a few times a month said, weekly planned"] += 1
    if not core:
        return None
    return sum(
        t.recurrence.sessions_per_week() * t.estimate_minutes for t in live if t.title == core
    )


def main(args: list[str]) -> None:
    """Print the counts over every plan of the rounds given."""
    bad: Counter[str] = Counter()
    mains: list[float] = []
    plans = 0
    for _, goal, answers, plan in dev_plans(args):
        plans += 1
        week = count(plan, goal["goal"], answers, bad)
        if week is not None:
            mains.append(week)
    print(f"plans {plans}; gaps {sum(bad.values())}")
    for name, n in sorted(bad.items()):
        print(f"  {name}: {n}")
    print(
        f"main session, minutes a week (first milestone): mean {statistics.mean(mains):.1f}, "
        f"median {statistics.median(mains):.1f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
