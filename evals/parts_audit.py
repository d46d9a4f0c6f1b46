"""Parts of a goal the person named that no milestone or task plans, with their cause
(`python -m evals.parts_audit [rounds...]`).

Causes: ``splitter`` (the old two-part reader did not see the part), ``no step`` (the part is
the plan's own field, which has no step for it), ``not routed`` (another field knows the part
but its steps were not added), ``no field`` (no field knows the part), ``fit`` (the part was
planned, then repair or fitting took it out). ``unnamed`` counts parts the statement omits.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path


def cause(goal: str, part: str, field: str, answers: dict, today) -> str:
    """Why ``part`` of ``goal`` went unplanned in a plan of ``field``."""
    from assistant.config import Settings
    from assistant.engines.offline.build import build_plan
    from assistant.engines.offline.named_parts import plan_named_parts
    from assistant.playbooks.whole_goal import _parts
    from assistant.understanding.goal import understand
    from assistant.understanding.goal_parts import plan_text, planned

    u = understand(goal, answers, today)
    settings = Settings(_env_file=None, offline=True)
    draft = build_plan(u, settings, today, "audit")
    if planned(part, plan_text(draft)):
        return "fit"
    if planned(part, plan_text(plan_named_parts(draft, goal, u, settings, today, build_plan))):
        return "fit"  # planned from its own part, then taken out by repair or fitting
    seen = any(part.lower() in f"{h} {t}".lower() for h, t in _parts(goal))
    if not seen:
        return "splitter"
    sub = understand(part, {}, today)
    if sub.playbook.key == field:
        return "no step"
    if (
        sub.route is None
        or sub.route.confidence < 0.7
        or sub.playbook.key in {"scaffold", "generic"}
    ):
        return "no field"
    return "not routed"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).parent.parent))
    from assistant.understanding.goal_parts import named_parts, part_words, unplanned_parts
    from evals.heldout import TODAY, dev_plans

    named = lost = unnamed = plans = 0
    causes: Counter[str] = Counter()
    for folder, row, answers, plan in dev_plans(argv):
        plans += 1
        tag = "b" if answers else "a"
        parts = named_parts(row["goal"])
        named += len(parts)
        statement = plan.goal.statement.lower()
        for part in parts:
            if not part_words(part) & part_words(f"x {statement}"):
                unnamed += 1
        for part in unplanned_parts(row["goal"], plan):
            lost += 1
            why = cause(row["goal"], part, plan.metadata.field or "", answers, TODAY)
            causes[why] += 1
            print(f"{folder.name[-7:]} {row['id']}-{tag} [{why}] {part!r} | {plan.goal.statement}")
    print(
        f"plans {plans}; parts named {named}; planned nowhere {lost}; not in the statement "
        f"{unnamed}; causes: " + ", ".join(f"{k} {v}" for k, v in causes.most_common())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
