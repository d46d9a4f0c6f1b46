"""Goals with two parts, and whether the plan plans both
(`python -m evals.two_parts [rounds...]`); only the goals whose text names a second part are
planned (offline, without and with answers):

- no_task: no task names the second part ("drink 2 L and cut down to one coffee": nothing
  about coffee but an anchor 'after coffee' would still count, so a task is a lenient test);
- no_milestone: no milestone title or metric names it (the plan's results ignore it);
- also_tail: the goal statement carries "; also:" instead of one sentence.
Counts per round and in all.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from assistant.playbooks.whole_goal import NOT_A_PART_RE, second_parts
from assistant.understanding.goal_parts import named_parts, part_words, planned

CAUSES = ("no_task", "no_milestone", "also_tail")


def other_parts(goal: str) -> list[str]:
    """The parts of ``goal`` after its first, in the person's words; [] for a goal of one."""
    parts = named_parts(goal)[1:]
    for tail in second_parts(goal.lower()):
        if not any(part_words(tail) & part_words(p) for p in parts):
            parts.append(tail)
    return [p for p in parts if not NOT_A_PART_RE.search(p)]


def causes(goal: str, plan) -> list[str]:
    """What the plan leaves undone of the goal's second part (an empty list: both planned)."""
    found = []
    tasks = " ".join(f"{t.title} {t.done_when}" for m in plan.milestones for t in m.tasks)
    results = " ".join(f"{m.title} {m.metric.name}" for m in plan.milestones)
    for part in other_parts(goal):
        if not planned(part, tasks):
            found.append("no_task")
        if not planned(part, f"{results} {plan.goal.metric.name}"):
            found.append("no_milestone")
    if "; also:" in plan.goal.statement:
        found.append("also_tail")
    return list(dict.fromkeys(found))


def main(args: list[str]) -> None:
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.errors import InputError
    from assistant.planner import plan_goal
    from evals.heldout import TODAY, dev_rounds

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    total: Counter[str] = Counter()
    plans = 0
    for folder in dev_rounds(args):
        row: Counter[str] = Counter()
        for line in Path(folder, "goals.jsonl").read_text(encoding="utf-8").splitlines():
            goal = json.loads(line) if line.strip() else None
            if not goal or not other_parts(goal["goal"]):
                continue
            for answers in ({}, goal.get("answers", {})):
                try:
                    plan = plan_goal(engine, goal["goal"], dict(answers), settings, TODAY).plan
                except InputError:
                    continue
                plans += 1
                row["plans"] += 1
                for cause in causes(goal["goal"], plan):
                    row[cause] += 1
                    print(
                        f"{folder.name} {goal['id']} {'with' if answers else 'without'}: "
                        f"{cause}: {other_parts(goal['goal'])} | {plan.goal.statement[:140]}"
                    )
        total.update(row)
        print(f"# {folder.name}: " + ", ".join(f"{k} {row[k]}" for k in ("plans", *CAUSES)))
    print(f"# all: plans {plans}, " + ", ".join(f"{k} {total[k]}" for k in CAUSES))


if __name__ == "__main__":
    main(sys.argv[1:])
