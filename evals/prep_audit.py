"""Steps out of the practice's order, counted over judged rounds: a preparation (a gauge
swatch, a test scan, the size marked in the pattern, an audio version downloaded) due more than
two weeks after the sessions it prepares have started, and a step that picks from the work done
("Pick your best 5 pieces") due before 60% of the way from the first session to the deadline.
``python -m evals.prep_audit [ROUND_DIR ...]`` (plans made now, bare and with answers)."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter

from assistant.engines.offline.order import shared, words
from assistant.models import Plan, Task
from evals.heldout import dev_plans

# fixed here (not the planner's table), so the count means the same before and after
_PREP_RE = re.compile(
    r"\b(?:swatch\w*|test[- ](?:scan|print|bake|batch|stitch|seam|piece)\w*|trial (?:batch|bake)"
    r"|(?:highlight|mark) your size|calibrat\w+)\b|^download\b",
    re.I,
)
_PICK_RE = re.compile(
    r"^(?:pick|choose|select|shortlist|order prints of)\b.*\b(?:your|the) (?:\d+ )?"
    r"(?:best|favou?rite|strongest)\b",
    re.I,
)
_LATE = dt.timedelta(days=14)


def _sessions(plan: Plan) -> list[Task]:
    return [
        t
        for t in plan.tasks()
        if t.recurrence and not t.attacks_constraint and not t.title.startswith("Review the week")
    ]


def count_order(plan: Plan, bad: Counter[str], seen: list[str]) -> None:
    """Add one to ``bad`` for each preparation due long after its sessions began, and each pick
    from the work due before most of the work exists."""
    sessions = _sessions(plan)
    if not sessions:
        return
    begin = min(s.start or plan.start_date for s in sessions)
    end = plan.goal.deadline
    for task in plan.tasks():
        if task.recurrence:
            continue
        if _PREP_RE.search(task.title):
            users = [s for s in sessions if shared(words(s.title), words(task.title))]
            first = min((s.start or plan.start_date for s in users), default=begin)
            if task.due > first + _LATE:
                bad["preparation after its sessions began"] += 1
                seen.append(f"prep {first}<{task.due} {task.title[:70]}")
        elif _PICK_RE.search(task.title) and task.due < begin + (end - begin) * 0.6:
            bad["pick before the work exists"] += 1
            seen.append(f"pick {task.due} (end {end}) {task.title[:70]}")


def main(args: list[str]) -> None:
    """Print the counts over every plan of the rounds given."""
    bad: Counter[str] = Counter()
    seen: list[str] = []
    plans = 0
    for _, row, _answers, plan in dev_plans(args):
        plans += 1
        before = len(seen)
        count_order(plan, bad, seen)
        for line in seen[before:]:
            print(f"  {row['id']}: {line}")
    print(f"practice order: plans {plans}; problems {sum(bad.values())}")
    for name, n in sorted(bad.items()):
        print(f"  {name}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
