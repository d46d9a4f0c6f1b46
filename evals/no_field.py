"""Goals no field knows: how the dev rounds' goals are routed, and how their no-field plans read.

``python -m evals.no_field [round folders]`` (default: rounds 3-24) routes every goal with the
persona's answers (as ``understand`` does) and prints:

- how many are planned in no field (the ``scaffold``), and how many are planned in a field that
  the hand labels of ``evals/routing_labels.jsonl`` (rounds 12-21) do not accept: a borrowed
  template (an adult's resit planned as a teacher's class);
- for the goals planned in no field, each plan's lines (headline, milestones, tasks) that are the
  blank scaffold's boilerplate ("stages you set yourself", "the current stage's next action") or
  quote the whole typed goal, and the share of plans with any.

``--list`` prints every no-field goal with its plan's headline.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from evals.heldout import TODAY, dev_rounds, round_number

LABELS = Path(__file__).with_name("routing_labels.jsonl")
# lines of a no-field plan that say nothing of the goal itself
BOILERPLATE_RE = re.compile(
    r"stages? you set yourself|the current stage|3-5 stages|your stages done|"
    r"stage [1-4] done|all \d+ stages|[\u201c\u201d]|\\[()\[\]]|…"
)


def accepted_fields() -> dict[tuple[str, str], set[str]]:
    """(round key, goal id) -> the fields a coach would plan the goal in."""
    out = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[(row["round"], row["id"])] = {row["field"], *row.get("also", ())}
    return out


def goals(folders: list[Path]) -> Iterator[tuple[str, str, str, dict[str, str]]]:
    """(round key, goal id, goal, answers) of each goal, without and with its answers."""
    for folder in folders:
        key = f"r{round_number(folder)}"
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                answers = {k: str(v) for k, v in (row.get("answers") or {}).items()}
                for said in ({}, answers):
                    yield key, row["id"], row["goal"], said


def plan_lines(plan) -> list[str]:
    """The headline, milestone titles and task titles of a plan."""
    lines = [plan.goal.statement, plan.constraint or "", plan.constraint_strategy or ""]
    for m in plan.milestones:
        lines.append(m.title)
        lines.extend(t.title for t in m.tasks)
    return [x for x in lines if x]


def main(argv: list[str]) -> None:
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.errors import InputError
    from assistant.planner import plan_goal
    from assistant.understanding.goal import understand

    args = [a for a in argv if not a.startswith("--")]
    folders = dev_rounds(args)
    labels = accepted_fields()
    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    total = no_field = labelled = borrowed = plans = boiler = lines_bad = lines_all = 0
    listed = []
    for key, gid, goal, answers in goals(folders):
        total += 1
        field = understand(goal, answers, TODAY).playbook.key
        if (key, gid) in labels and answers:
            labelled += 1
            borrowed += field != "scaffold" and field not in labels[(key, gid)]
        if field != "scaffold":
            continue
        no_field += 1
        try:
            plan = plan_goal(engine, goal, dict(answers), settings, TODAY).plan
        except InputError:
            continue
        plans += 1
        lines = plan_lines(plan)
        bad = [x for x in lines if BOILERPLATE_RE.search(x)]
        boiler += bool(bad)
        lines_bad += len(bad)
        lines_all += len(lines)
        listed.append(f"{key} {gid}{'-b' if answers else '-a'}  {plan.goal.statement[:110]}")
        listed.extend(f"      boilerplate: {x[:100]}" for x in bad)
    print(f"goals planned (no answers and with answers): {total}")
    print(f"no field (scaffold): {no_field} ({no_field / max(total, 1):.1%})")
    print(f"borrowed field on labelled goals (rounds 12-21, with answers): {borrowed} / {labelled}")
    print(
        f"no-field plans with boilerplate: {boiler} / {plans}; "
        f"boilerplate lines {lines_bad} / {lines_all}"
    )
    if "--list" in argv:
        print("\n".join(listed))


if __name__ == "__main__":
    main(sys.argv[1:])
