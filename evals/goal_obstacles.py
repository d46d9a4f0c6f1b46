"""Goals whose own text names what gets in the way: is it the plan's constraint, and attacked?

Round 19's coaches: "bed at like 1am scrolling" got "Evenings stretch on, so bedtime slides
later" and no phone task; "never got past week 4" and "no idea how to do intervals without
blowing up" got "Runs get skipped when the day fills up". Every goal of the rounds named (else
rounds 15-19) whose text names an obstacle (``goal_obstacle.goal_obstacles``) is planned without
answers; the plan counts as ``kept`` when its constraint carries the person's clause (most of
its words), and as ``attacked`` when a task that attacks the constraint (or a first-week move)
names a word of it. Run: ``python -m evals.goal_obstacles [-v] [ROUND_FOLDER ...]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from assistant.language.text import content_stems
from evals.heldout import ROUNDS, TODAY

DEFAULT_ROUNDS = tuple(f"2026-11-28-round{n}" for n in range(15, 20))
# words that say nothing of what the obstacle is about
_EMPTY = set(
    content_stems(
        "i my me it its the a an really just always never keep kept like time times day days "
        "week weeks thing things get got some sometimes every all lot too much know idea"
    )
)


# a cause and the thing a move acting on it names ("scrolling" is met by the phone)
_ACTS_ON = {"scroll": "phone screen", "crisp": "snack", "biscuit": "snack", "binge": "snack"}


_POINT = re.compile(r"\b(?:week|day|level|chapter|lesson|module|stage|unit|month) \d+\b")


def stems(text: str) -> set[str]:
    found = set(content_stems(text)) - _EMPTY
    for cause, things in _ACTS_ON.items():
        if any(s.startswith(cause) for s in found):
            found |= set(content_stems(things))
    return found


def judge(clause: str, plan) -> tuple[bool, bool]:
    """(kept as the constraint, attacked by a task naming it) for one plan."""
    said = stems(clause)
    if not said:
        return False, False
    kept = len(said & stems(plan.constraint)) >= max(1, (len(said) + 1) // 2)
    tasks = [t for m in plan.milestones for t in m.tasks]
    first = plan.milestones[0].tasks if plan.milestones else []
    acting = [t.title for t in tasks if t.attacks_constraint] + [t.title for t in first]
    point = _POINT.search(clause.lower())  # "week 4": the point itself, not the word "week"
    attacked = any(
        said & stems(title) or (point and point.group(0) in title.lower()) for title in acting
    )
    return kept, attacked


def run(folders: list[str], verbose: bool = False) -> dict[str, int]:
    import json

    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.engines.offline.goal_obstacle import goal_obstacles
    from assistant.errors import GoalsmithError
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    counts = {"goals": 0, "kept": 0, "attacked": 0}
    for name in folders or DEFAULT_ROUNDS:
        folder = Path(name) if Path(name).is_dir() else ROUNDS / name
        path = folder / "goals.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            goal = json.loads(line)
            said = goal_obstacles(goal["goal"])
            if not said:
                continue
            try:
                plan = plan_goal(engine, goal["goal"], {}, settings, TODAY).plan
            except GoalsmithError:
                continue
            kept, attacked = judge(said[0], plan)
            counts["goals"] += 1
            counts["kept"] += kept
            counts["attacked"] += attacked
            if verbose and not (kept and attacked):
                mark = ("" if kept else "NOT-KEPT ") + ("" if attacked else "NOT-ATTACKED")
                print(f"{path.parent.name[-7:]} {goal['id']}: {mark}\n  said: {said[0]}")
                print(f"  constraint: {plan.constraint}")
                acts = {t.title for m in plan.milestones for t in m.tasks if t.attacks_constraint}
                print("  attacks: " + " | ".join(sorted(acts)[:4]))
    return counts


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    folders = [a for a in argv if a != "-v"]
    counts = run(folders, verbose)
    n = counts["goals"] or 1
    print(
        f"goals naming an obstacle: {counts['goals']}; kept as the constraint: {counts['kept']} "
        f"({100 * counts['kept'] / n:.0f}%); attacked by a task naming it: {counts['attacked']} "
        f"({100 * counts['attacked'] / n:.0f}%)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
