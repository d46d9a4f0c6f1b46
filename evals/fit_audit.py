"""Is the plan this goal's plan? Counted over judged rounds: steps whose premise the person
never stated or denied (a pill organiser for someone on no medication, frost dates in Brisbane,
a portfolio for a bookkeeper, a sitter with no kids: data/step_subjects.toml, read with
negation), plans speaking another country's words (evals.locale_audit), and things the goal
names as what it makes (a slideshow, an appeal letter, a quilt: data/deliverables.toml) that
no task makes.
``python -m evals.fit_audit [-v] [--from DIR] ROUND_DIR ...``: plans made now, or the plans
saved in DIR as ``<round tail>_<id>-<a|b>.json`` (a before/after pair from two versions)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from assistant.language.deliverables import unmade
from assistant.models import Plan
from assistant.playbooks.step_subjects import foreign_kinds
from evals.heldout import dev_plans, dev_rounds
from evals.locale_audit import audit as locale_fault


def _saved(folder: Path, rounds: list[str]) -> Iterator[tuple[Path, dict, dict, Plan]]:
    for rnd in dev_rounds(rounds):
        for line in (rnd / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            goal = json.loads(line)
            for answers in ({}, goal.get("answers", {})):
                tag = f"{rnd.name[-7:]}_{goal['id']}-{'b' if answers else 'a'}.json"
                path = folder / tag
                if path.exists():
                    yield rnd, goal, answers, Plan.model_validate_json(path.read_text())


def faults(plan: Plan, goal: str, answers: dict) -> list[str]:
    """Each fault of fit in one plan, as 'kind: text'."""
    said = " . ".join([goal, *(str(v) for v in answers.values() if v)]).lower()
    out = []
    texts = {f"{t.title} | {t.done_when}" for t in plan.tasks()}
    if plan.constraint_strategy:
        texts.add(f"(strategy) {plan.constraint_strategy}")
    for text in sorted(texts):
        out += [f"premise {kind}: {text}" for kind in foreign_kinds(text, said)]
    kind, word = locale_fault(plan, said)
    if kind:
        out.append(f"locale {kind}: {word}")
    planned = [m.title for m in plan.milestones] + sorted(texts)
    out += [f"deliverable {d.key}: no task makes it" for d in unmade(goal, planned)]
    return out


def main(args: list[str]) -> None:
    """Print the counts (``-v``: each fault too)."""
    verbose = "-v" in args
    source = None
    if "--from" in args:
        at = args.index("--from")
        source = Path(args[at + 1])
        args = args[:at] + args[at + 2 :]
    rounds = [a for a in args if a != "-v"]
    plans = with_any = 0
    counts: Counter[str] = Counter()
    rows = _saved(source, rounds) if source else dev_plans(rounds)
    for _, row, answers, plan in rows:
        plans += 1
        found = faults(plan, row["goal"], answers)
        with_any += bool(found)
        for line in found:
            counts[line.split(":")[0].split()[0]] += 1
            counts[line.split(":")[0]] += 1
            if verbose:
                print(f"  {row['id']}-{'b' if answers else 'a'} {line}")
    print(f"fit: plans {plans}; plans with any fault {with_any}")
    for name, n in sorted(counts.items()):
        print(f"  {name}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
