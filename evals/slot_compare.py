"""Slot faults before and after a change, from two ``wording_audit --save`` files.

``python -m evals.slot_compare BEFORE.jsonl AFTER.jsonl``: the slot faults of each over the
plans both hold, and how many of those plans a coach would read differently.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from assistant.models import Plan
from evals.slot_faults import FAULTS, slot_faults
from evals.wording_audit import plan_texts


def _rows(path: str) -> dict[str, tuple[str, Plan]]:
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["plan"]] = (row["goal"], Plan.model_validate(row["whole"]))
    return out


def main(args: list[str]) -> None:
    """Print each file's slot faults over the plans both hold, and the plans changed."""
    before, after = _rows(args[0]), _rows(args[1])
    both = [tag for tag in before if tag in after]
    changed = sum(plan_texts(before[t][1]) != plan_texts(after[t][1]) for t in both)
    for name, rows in (("before", before), ("after", after)):
        counts: Counter[str] = Counter()
        for tag in both:
            counts.update(slot_faults(rows[tag][1], rows[tag][0]))
        faults = "; ".join(f"{f} {counts[f]}" for f in FAULTS)
        print(f"{name}: slot faults {sum(counts.values())} ({faults})")
    print(f"plans compared {len(both)}; plans whose texts changed {changed}")


if __name__ == "__main__":
    main(sys.argv[1:])
