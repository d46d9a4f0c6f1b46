"""Where a plan's own arithmetic contradicts itself (rubric R4, round 26's coaches' notes).

``python -m evals.arithmetic_audit [--plans round|DIR] [--dump DIR] [-v] [ROUND_DIR ...]``
plans every goal of the rounds named (default: 22-26) with and without the persona's answers
(or reads ``DIR/<round>/<id>-a|b.json``; ``round``: the round's own stored plans) and counts
the plans showing each kind of contradiction:

- ``indicator``: an indicator counting a practice's sessions or days states another rhythm than
  the tasks book ("walks per week: 3" next to a daily walk);
- ``title_minutes``: a title states one session length, the task is booked at another;
- ``act_short``: a task booked under the least minutes its act takes (data/act_sizes.toml);
- ``drift``: the same recurring practice goes up and down across milestones (6 -> 3 -> 4 a week),
  no ramp;
- ``late_start``: the practice (recurring work, no review, no attack) first runs after the plan's
  first two weeks;
- ``week_hours``: the schedule's median week under half or over 1.5 times the hours they said;
- ``milestone_rhythm``: a milestone states a rhythm its sessions do not run;
- ``unreachable``: a rule finds a milestone or indicator the booked rhythm cannot reach.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import Counter
from pathlib import Path

from assistant.config import Settings
from assistant.engines.offline.said_sizes import said_apart
from assistant.language.act_sizes import act_least
from assistant.language.text import normalize
from assistant.models import Plan
from assistant.validators import validate_plan, weekly_load
from assistant.validators.indicator_rhythm import indicator_off_rhythm
from assistant.validators.title_rhythm import milestone_rhythm
from evals.answered_time import their_time
from evals.heldout import ROUNDS, TODAY, round_number

KINDS = (
    "indicator",
    "title_minutes",
    "act_short",
    "drift",
    "late_start",
    "week_hours",
    "milestone_rhythm",
    "unreachable",
)
_UNREACHABLE = {"milestone.target_unreachable", "indicator.mismatch", "indicator.too_slow"}
_EARLY_DAYS = 14
_SETTINGS = Settings(_env_file=None, offline=True)


def _drifts(plan: Plan) -> bool:
    """A practice whose weekly rhythm rises and falls (or falls and rises) across milestones."""
    rates: dict[str, list[float]] = {}
    for m in plan.milestones:
        seen: dict[str, float] = {}
        for t in m.tasks:
            if t.recurrence and t.status == "todo":
                key = normalize(t.title)
                seen[key] = seen.get(key, 0.0) + t.recurrence.sessions_per_week()
        for key, rate in seen.items():
            rates.setdefault(key, []).append(rate)
    for seq in rates.values():
        steps = [b - a for a, b in zip(seq, seq[1:], strict=False) if abs(b - a) > 1e-6]
        if any(x * y < 0 for x, y in zip(steps, steps[1:], strict=False)):
            return True
    return False


def _late_start(plan: Plan) -> bool:
    """The practice (recurring work that is no review and no attack on the obstacle) first
    runs after the plan's first two weeks."""
    starts = [
        t.start or plan.start_date
        for t in plan.tasks()
        if t.recurrence
        and t.status == "todo"
        and not t.attacks_constraint
        and not t.title.startswith("Review the week")
    ]
    return bool(starts) and (min(starts) - plan.start_date).days > _EARLY_DAYS


def _week_off(plan: Plan, answers: dict) -> bool:
    """The schedule's ordinary week (median planned hours, as the plan's table shows them)
    far from the hours the person said."""
    hours, _ = their_time(str(answers.get("capacity") or "")) if answers else (None, None)
    load = [m for m in weekly_load(plan, _SETTINGS.capacity_slack, TODAY).values() if m > 0]
    if not hours or not load:
        return False
    booked = statistics.median(load) / 60
    return not 0.5 * hours <= booked <= 1.5 * hours


def kinds(plan: Plan, answers: dict) -> list[str]:
    """The contradiction kinds one plan shows."""
    found = []
    if indicator_off_rhythm(plan):
        found.append("indicator")
    tasks = [t for t in plan.tasks() if t.status == "todo"]
    if any(said_apart(t) for t in tasks):
        found.append("title_minutes")
    if any((least := act_least(t.title)) and t.estimate_minutes < least for t in tasks):
        found.append("act_short")
    if _drifts(plan):
        found.append("drift")
    if _late_start(plan):
        found.append("late_start")
    if _week_off(plan, answers):
        found.append("week_hours")
    if any(milestone_rhythm(m) for m in plan.milestones):
        found.append("milestone_rhythm")
    codes = {f.code for f in validate_plan(plan, _SETTINGS, TODAY)}
    if codes & _UNREACHABLE:
        found.append("unreachable")
    return found


def _rounds(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    return sorted(d for d in ROUNDS.iterdir() if d.is_dir() and 22 <= round_number(d) <= 26)


def _plans(folder: Path, stored: str | None):
    """(goal row, answers, plan) for each goal of the round, without then with answers."""
    from assistant.engines.offline import OfflineEngine
    from assistant.errors import InputError
    from assistant.planner import plan_goal

    engine = OfflineEngine(_SETTINGS)
    for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        goal = json.loads(line)
        for tag, answers in (("a", {}), ("b", goal.get("answers", {}))):
            if stored:
                base = folder / "plans" if stored == "round" else Path(stored) / folder.name
                path = base / f"{goal['id']}-{tag}.json"
                if not path.exists():
                    continue
                plan = Plan.model_validate_json(path.read_text(encoding="utf-8"))
            else:
                try:
                    plan = plan_goal(engine, goal["goal"], dict(answers), _SETTINGS, TODAY).plan
                except InputError:
                    continue
            yield f"{goal['id']}-{tag}", answers, plan


def main(argv: list[str]) -> int:
    stored = argv[argv.index("--plans") + 1] if "--plans" in argv else None
    dump = Path(argv[argv.index("--dump") + 1]) if "--dump" in argv else None
    skip = {i + 1 for i, a in enumerate(argv) if a in {"--plans", "--dump"}}
    folders = [a for i, a in enumerate(argv) if i not in skip and not a.startswith("-")]
    total: Counter[str] = Counter()
    for folder in _rounds(folders):
        for name, answers, plan in _plans(folder, stored):
            if dump:
                (dump / folder.name).mkdir(parents=True, exist_ok=True)
                (dump / folder.name / f"{name}.json").write_text(plan.model_dump_json())
            found = kinds(plan, answers)
            tag = name[-1]  # a: no answers, b: the persona's answers
            for key in ("", f"{tag}:"):
                total[f"{key}plans"] += 1
                total[f"{key}plans with any"] += bool(found)
                total.update(f"{key}{k}" for k in found)
            if found and "-v" in argv:
                print(f"{folder.name} {name}: {', '.join(found)}", flush=True)
    for key in ("", "a:", "b:"):
        print(json.dumps({k: total[f"{key}{k}"] for k in ("plans", "plans with any", *KINDS)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
