"""Count plans whose booked rate cannot reach their counted amount, and finite jobs repeated
past the number of things there are.

``python -m evals.volume_reach [--list] [ROUND_DIR ...]`` (default: every development round, 3
on; ``--list`` names each plan with a fault) plans
every goal offline, with and without the persona's answers, and counts:

- rate short, unsaid: the goal's metric counts things (3,000 prints, 200 pages) and the
  sessions that name a number of them make under 90% of the amount by the deadline, with no
  line in the plan saying so;
- rate short, said: the same, with the gap and what would close it said in the plan;
- amount no session names: a counted amount of 20 or more that no repeated step names;
- finite step past its count: a repeated step on "the next room" or "1 drawer" booked more
  times than there are things (the metric's count, or the count the person said) plus one;
- finite job stretched: the work session of a short count of things (2 rooms, 4 doors) booked
  more than three times a thing.

Session 16 (volume), rounds 22-25 (360 plans), before -> after: rate short, unsaid 2 -> 0
(g42's 3,000 prints now said, with the hours of work and the levers: rate short, said 0 -> 2);
finite step past its count 1 -> 0; finite job stretched 5 -> 2 (the two left are d42's boxes of
prints, a pile the metric misread as 6 boxes); amount no session names 25 -> 25 (untouched:
1,189 chapters, 50 bags, 42 blocks, 20,000 words).
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from assistant.engines.offline.fit_steps import main_session
from assistant.language.act_sizes import act_sizes
from assistant.models import Plan, Task
from assistant.weeks import task_window
from evals.heldout import dev_plans

_NOT_COUNTS = re.compile(
    r"^(?:%|percent|h|hours?|min|minutes?|days?|weeks?|months?|years?|kg|lbs?|pounds?|km|"
    r"miles?|m|metres?|meters?|points?|sessions?|times?|steps?|reps?|bpm|score|level|grade|"
    r"band|[£$€₹]|usd|gbp|eur|dollars?|euros?|rupees?|rands?|r|inches|cm|stone|sec|seconds?)$",
    re.I,
)
_FINITE_UNITS = (
    "room|door|cabinet|box|drawer|closet|cupboard|shelf|shelve|wall|window|bag|letter|"
    "form|album|bed|quilt|appeal|fence|panel|chair|table|car"
)
# "20 prints from the next box" works through part of one box: not one box a session
_ONE_OF_RE = re.compile(
    r"(?<!\bfrom )(?<!\bof )(?<!\bin )(?<!\bthrough )"
    rf"\b(?:the next|your next|the other|each|1|one|a) (?:[a-z]+ )?({_FINITE_UNITS})s?\b",
    re.I,
)
_GAP_SAID_RE = re.compile(r"\beither\b|\bshort\b|\bmake about\b|\bwould need\b|\blater date\b")
_SLACK = 0.9


def _stem(unit: str) -> str:
    unit = unit.lower().split()[-1] if unit.split() else unit.lower()
    return re.sub(r"(?:es|s)$", "", unit) if len(unit) > 3 else unit


def _same_things(unit: str, stem: str) -> str:
    """A pattern for the words counting the unit's things: the act table's row naming it
    ('photos' also counts 'prints'), else the unit itself."""
    rows = act_sizes().per_unit
    row = next((r for r in rows if re.fullmatch(r.nouns, unit.strip(), re.I)), None)
    return row.nouns if row else rf"{re.escape(stem)}(?:e?s)?"


def _sessions(task: Task, plan: Plan) -> float:
    assert task.recurrence is not None
    start, due = task_window(task, plan)
    weeks = max(1.0, ((due - start).days + 1) / 7)
    return task.recurrence.sessions_per_week() * weeks


def _amount(plan: Plan) -> tuple[float, str] | None:
    metric = plan.goal.metric
    unit = (metric.unit or "").strip()
    # a currency code ("ZAR") or a two-word level ("push ups", "calm mornings") is no pile
    if not unit or _NOT_COUNTS.match(unit) or re.fullmatch(r"[A-Z]{3}", unit) or " " in unit:
        return None
    left = metric.target - (metric.baseline or 0.0)
    return (left, _stem(metric.unit)) if left > 0 else None


def count(plan: Plan, said: str, bad: Counter[str]) -> None:
    """Add this plan's volume faults to ``bad``."""
    amount = _amount(plan)
    live = [t for t in plan.tasks() if t.recurrence and t.status == "todo"]
    if amount and amount[0] >= 20:
        left, stem = amount
        nouns = _same_things(plan.goal.metric.unit, stem)
        count_re = re.compile(rf"\b(\d[\d,]*)\s(?:[a-z-]+\s)?(?:{nouns})\b", re.I)
        booked, named = 0.0, False
        for task in live:
            m = count_re.search(task.title)
            if m:
                named = True
                booked += float(m.group(1).replace(",", "")) * _sessions(task, plan)
        if not named:
            bad["amount no session names"] += 1
        elif booked < left * _SLACK:
            said_gap = any(
                stem in a.text.lower() and _GAP_SAID_RE.search(a.text.lower())
                for a in plan.assumptions
            )
            bad["rate short, said" if said_gap else "rate short, unsaid"] += 1
    things: dict[str, float] = {}
    if amount and amount[0] <= 12 and re.fullmatch(_FINITE_UNITS, amount[1]):
        things[amount[1]] = amount[0]
    for m in re.finditer(rf"\b(\d{{1,2}}) (?:[a-z]+ )?({_FINITE_UNITS})s?\b", said.lower()):
        things.setdefault(_stem(m.group(2)), float(m.group(1)))
    per_title: Counter[str] = Counter()
    for task in live:
        m = _ONE_OF_RE.search(task.title)
        near = m and len(task.title[: m.start()].split()) <= 3  # the step's object, not a clause
        if m and near and _stem(m.group(1)) in things:
            per_title[task.title] += _sessions(task, plan)
    for title, n in per_title.items():
        m = _ONE_OF_RE.search(title)
        assert m
        if n > things[_stem(m.group(1))] + 1:
            bad["finite step past its count"] += 1
    if amount and amount[1] in things and amount[0] <= 12:
        core = main_session(live)
        total = sum(_sessions(t, plan) for t in live if t.title == core)
        if core and total > 3 * amount[0]:
            bad["finite job stretched"] += 1


def main(args: list[str]) -> None:
    """Print the counts over every plan of the rounds given."""
    named = "--list" in args
    bad: Counter[str] = Counter()
    plans = 0
    for _, goal, answers, plan in dev_plans([a for a in args if a != "--list"]):
        plans += 1
        mine: Counter[str] = Counter()
        count(plan, " ".join([goal["goal"], *answers.values()]), mine)
        bad.update(mine)
        if named and mine:
            metric = plan.goal.metric
            side = "b" if answers else "a"
            print(f"{goal['id']}-{side} {sorted(mine)} ({metric.target:g} {metric.unit})")
    print(f"plans {plans}; faults {sum(bad.values())}")
    for name, n in sorted(bad.items()):
        print(f"  {name}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
