"""Sizes that agree with the title, the milestone and the material, counted on re-planned rounds.

Per plan: a title whose stated minutes are not the minutes booked (``said``), a milestone
counting log entries its log cannot reach in the window (``log``), a quantity act booked far
from what its count takes (``quantity``: "5 asks" at 3 hours, "1 shoebox" in an hour), a
practice past the level of the milestone it builds to (``level``). ``--before`` plans without
the last size pass (the planner as it was) for a before/after figure.

    python -m evals.size_agree [--before] [ROUND_FOLDER ...]
"""

from __future__ import annotations

import math
import sys
from collections import Counter

from assistant.engines.offline import said_sizes
from assistant.engines.offline.title_sizes import distance_minutes, movement
from assistant.language.act_sizes import per_unit
from assistant.models import Plan


def problems(plan: Plan) -> Counter[str]:
    """The four kinds of disagreement in one plan, counted by task or milestone."""
    found: Counter[str] = Counter()
    for task in plan.tasks():
        if task.status != "todo":
            continue
        if said_sizes.said_apart(task):
            found["said"] += 1
        unit = per_unit(task.title)
        if unit:
            count = int(unit[1]["n"]) if unit[1]["n"].isdigit() else 1
            need = count * unit[0].each
            if task.estimate_minutes > 2 * need + 10 or task.estimate_minutes < need * 3 // 4:
                found["quantity"] += 1
    for index, milestone in enumerate(plan.milestones):
        counted = said_sizes.counted_entries(milestone.title)
        log = said_sizes.log_task(milestone)
        if counted and log and log.recurrence:
            weeks = said_sizes.window_days(plan, index) / 7
            if log.recurrence.sessions_per_week() * weeks < counted[0] - 0.5:
                found["log"] += 1
        test, way = distance_minutes(milestone.title), movement(milestone.title)
        if test is not None and way is not None:
            bound = max(said_sizes.LEVEL_FLOOR, said_sizes.LEVEL_SHARE * test)
            found["level"] += sum(
                1
                for t in milestone.tasks
                if t.recurrence and t.estimate_minutes > bound and movement(t.title) == way
            )
    return +found  # the kinds found, none at zero


def main(argv: list[str]) -> int:
    from evals.heldout import dev_plans

    before = "--before" in argv
    if before:
        from assistant.engines.offline import engine

        engine.settle_sizes = lambda plan, today=None: plan  # type: ignore[assignment]
    folders = [a for a in argv if not a.startswith("--")]
    totals: Counter[str] = Counter()
    plans = with_any = 0
    for folder, goal, answers, plan in dev_plans(folders):
        found = problems(plan)
        plans += 1
        with_any += bool(found)
        totals.update(found)
        if found:
            tag = f"{goal.get('id', '?')}-{'b' if answers else 'a'}"
            print(f"{folder.name} {tag}: {dict(found)}")
    share = math.floor(1000 * with_any / max(plans, 1)) / 10
    print(f"plans {plans}; with a size disagreement {with_any} ({share}%); {dict(totals)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
