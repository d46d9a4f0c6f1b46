"""Count tasks whose rhythm contradicts their title, and the main session's minutes a week.

Plans every goal of the judged rounds offline, with and without the persona's answers:
``python -m evals.rhythm_titles [ROUND_DIR ...]`` (default: rounds 3-10).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import sys
from collections import Counter

from assistant.engines.offline.fit_steps import main_session
from evals.heldout import dev_plans

TODAY = dt.date(2026, 11, 27)
_DAILY = re.compile(
    r"\b(daily|each day|every day|each (?:work|week)day|every (?:work|week)day|each night|"
    r"every night|each morning|every morning|each evening|every evening|nightly|the day's|"
    r"today's)\b",
    re.I,
)
_WEEK_TASK = re.compile(
    r"\b(?:next|this) week\b|next week's|the week's|\beach (?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.I,
)
_WEEKLY = re.compile(
    r"\bweekly\b(?!\s(?:mileage|distance|volume|total|target|goal|average))|\bonce a week\b", re.I
)
_SPAN = re.compile(r"\bfor the (?:next|coming) (\d) days\b", re.I)
_EACH = re.compile(r"\b(?:before|after) (?:each|every) \w+", re.I)


def main(args: list[str]) -> None:
    """Print the counts over every plan of the rounds given."""
    bad: Counter[str] = Counter()
    mains: list[float] = []
    plans = 0
    for _, _, _, plan in dev_plans(args):
        plans += 1
        for milestone in plan.milestones:
            live = [t for t in milestone.tasks if t.recurrence and t.status == "todo"]
            core = main_session(live)
            core_week = sum(
                t.recurrence.sessions_per_week() * t.estimate_minutes
                for t in live
                if t.title == core and t.recurrence
            )
            if core:
                mains.append(core_week)
            per_core = max(
                (t.recurrence.sessions_per_week() for t in live if t.title == core),
                default=0.0,
            )
            for task in live:
                days = task.recurrence.sessions_per_week() if task.recurrence else 0
                if _WEEKLY.search(task.title) and not _DAILY.search(task.title) and days > 1.01:
                    bad["weekly word, planned more often"] += 1
                elif (
                    re.search(r"\b(?:next|this) week's|\bweekly\b|\blast week\b", task.title, re.I)
                    and days < 0.99
                ):
                    bad["weekly word, planned monthly"] += 1
                span = _SPAN.search(task.title)
                if span and days > 7 / int(span.group(1)) + 1:
                    bad["for the next N days, planned more often"] += 1
                if _WEEK_TASK.search(task.title):
                    continue
                if _DAILY.search(task.title) and days < 5:
                    bad["daily word, planned weekly"] += 1
                elif _EACH.search(task.title) and task.title != core and days < per_core:
                    bad["each session, planned less often"] += 1
    print(f"plans {plans}; rhythm contradicts title: {sum(bad.values())} {dict(bad)}")
    print(
        f"main session, minutes a week per milestone: mean {statistics.mean(mains):.1f}, "
        f"median {statistics.median(mains):.1f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
