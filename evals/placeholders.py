"""Placeholders kept although the person named the thing: a plan says "the office you need to
reach" when they said they are scared to call the collection agency, "the scary part" when they
never speak in meetings, "the lender with the highest rate" when they owe one card.

Counts, per round, the plans (and their texts) that keep a slot's placeholder of
``assistant/data/named_slots.toml`` although the goal or answers name its filler, and lists
each with what the person named. Plans are the stored ones of each round (``plans/*.json``,
the code of that round) or, with ``--replan``, today's code (``--before``: without the pass
that fills the slots).
Run: ``python -m evals.placeholders [--replan [--before]] [ROUND_FOLDER ...]``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from evals.heldout import dev_plans, dev_rounds


def _texts(plan: dict) -> list[str]:
    """Every text of a stored plan a person reads."""
    out = [plan.get("constraint_strategy") or ""]
    for milestone in plan.get("milestones", []):
        out.append(milestone.get("title", ""))
        out += [t.get(k, "") for t in milestone.get("tasks", []) for k in ("title", "done_when")]
    return out


def stored(rounds: list[str]):
    """(round, goal id, answers, texts) of each stored plan of the rounds."""
    for folder in dev_rounds(rounds):
        rows = {}
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
        for path in sorted((folder / "plans").glob("*.json")):
            gid, _, side = path.stem.rpartition("-")
            if gid not in rows:
                continue
            answers = rows[gid].get("answers", {}) if side == "b" else {}
            plan = json.loads(path.read_text(encoding="utf-8"))
            plan = plan.get("plan", plan)
            yield folder.name, f"{gid}-{side}", rows[gid]["goal"], answers, _texts(plan)


def replanned(rounds: list[str]):
    """(round, goal id, answers, texts) of each plan made with today's code."""
    for folder, goal, answers, plan in dev_plans(rounds):
        side = "b" if answers else "a"
        yield folder.name, f"{goal['id']}-{side}", goal["goal"], answers, _texts(plan.model_dump())


def main(argv: list[str]) -> int:
    from assistant.engines.offline.named_slots import kept_placeholders, slots

    rounds = [a for a in argv if not a.startswith("-")]
    if "--before" in argv:
        import assistant.engines.offline.build as build

        build.named_slots = lambda plan, text, answers: plan  # type: ignore[assignment]
    source = replanned(rounds) if "--replan" in argv else stored(rounds)
    plans: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_slot: Counter[str] = Counter()
    for round_name, gid, text, answers, texts in source:
        plans[round_name] += 1
        said = {
            "constraint": answers.get("constraint", ""),
            "baseline": answers.get("baseline", ""),
        }
        low = " ".join(texts).lower()
        total[round_name] += sum(s.placeholder.lower() in low for s in slots())
        found = kept_placeholders(texts, text, said)
        if found:
            kept[round_name] += 1
            by_slot.update(f.split("' -> ")[0].strip("'") for f in found)
            print(f"{round_name[-7:]}/{gid:<6} {'; '.join(found)}")
    for name in sorted(plans, key=lambda n: int(n.rsplit("round", 1)[-1])):
        print(
            f"{name}: {kept[name]} of {plans[name]} plans keep a named placeholder "
            f"({total[name]} placeholders in all)"
        )
    print(f"all: {sum(kept.values())} of {sum(plans.values())} plans; {dict(by_slot)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
