"""Sizes and rhythms a person notices (round 16's R4 mark-downs), counted over judged rounds:
a whole exam sat in under an hour, a goal said daily whose main session runs under five days a
week, a title saying "on workdays" or "every shift" planned under five times a week, a
one-off request (a discount asked, a pickup date given) repeated.
``python -m evals.sizing_acts [ROUND_DIR ...]``."""

from __future__ import annotations

import re
import sys
from collections import Counter

from assistant.engines.offline.fit_steps import main_session
from assistant.models import Plan
from evals.heldout import dev_plans

# fixed here (not the planner's own pattern), so the count means the same before and after
_WHOLE_EXAM_RE = re.compile(
    r"\bfull(?:-length| length)?\s(?:[a-z]+\s){0,2}(?:exam|test|paper)s?\b(?! drive)"
    r"|\bunder (?:timed|exam|real) conditions\b|\ball \d papers\b",
    re.I,
)
# a request made once (fixed here, as the exam pattern): a discount asked, a date given, a booking
_ONCE_RE = re.compile(
    r"^(?:ask [\w' ]{1,40}? for (?:a|an) (?:discount|refund|payment plan|quote|letter)"
    r"|(?:message|email|text|tell) [\w' ]{1,30}? with (?:a|the) (?:\w+ )?date"
    r"|book (?:a|an|the) (?:service|repair|appointment))\b",
    re.I,
)
_PART_RE = re.compile(r"\b(?:oral|speaking)\b", re.I)
_DAILY_GOAL_RE = re.compile(r"\b(?:a|per|each|every) day\b|\bdaily\b|\bdays? in a row\b", re.I)
_WORKDAYS_RE = re.compile(r"\bon workdays\b|\b(?:each|every) (?:shift|workday|weekday)\b", re.I)


def count_acts(plan: Plan, goal: str, bad: Counter[str]) -> None:
    """Add one to ``bad`` for each such gap in the plan."""
    for task in plan.tasks():
        whole = _WHOLE_EXAM_RE.search(task.title) and not _PART_RE.search(task.title)
        if whole and not task.recurrence and task.estimate_minutes < 60:
            bad["whole exam sat in under an hour"] += 1
        rec = task.recurrence
        if rec and _ONCE_RE.search(task.title):
            bad["one-off request repeated"] += 1
        if rec and _WORKDAYS_RE.search(task.title) and rec.sessions_per_week() < 5:
            bad["'on workdays'/'every shift' under 5 a week"] += 1
    review = [t for t in plan.tasks() if t.title.startswith("Review the week") and t.recurrence]
    practice = [t for t in plan.tasks() if t.recurrence and not t.attacks_constraint]
    if review and len(practice) == len(review):
        bad["weekly review in a plan of one-offs"] += 1
    if _DAILY_GOAL_RE.search(goal) and plan.milestones:
        tasks = [t for m in plan.milestones[1:] or plan.milestones for t in m.tasks]
        title = main_session([t for t in tasks if t.status == "todo"])
        main = next((t for t in tasks if t.title == title and t.recurrence), None)
        if main and main.recurrence and main.recurrence.sessions_per_week() < 5:
            bad["daily goal, main session under 5 a week"] += 1


def main(args: list[str]) -> None:
    """Print the counts over every plan of the rounds given, with ``--gaps`` those of
    ``evals.sizing_gaps`` from the same plans too."""
    from evals.sizing_gaps import count

    bad: Counter[str] = Counter()
    gaps: Counter[str] = Counter()
    plans = 0
    for _, row, answers, plan in dev_plans([a for a in args if a != "--gaps"]):
        plans += 1
        count_acts(plan, row["goal"], bad)
        if "--gaps" in args:
            count(plan, row["goal"], answers, gaps)
    for name, counts in (("sizing acts", bad), ("sizing gaps", gaps)):
        print(f"{name}: plans {plans}; gaps {sum(counts.values())}")
        for gap, n in sorted(counts.items()):
            print(f"  {gap}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
