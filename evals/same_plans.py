"""Speed work changes no output: every development goal's plan, findings and questions, saved
and compared byte for byte.

``--save DIR`` writes one JSON line per (round, goal, bare/answered) into ``DIR/<round>.jsonl``:
the offline plan's JSON (all but the time it was made), the rule findings left on it, and the
questions the chat would ask.
``--compare DIR`` plans the same goals again and lists every line that differs (exit 1 if any).
Rounds as in ``evals.heldout.dev_rounds`` (3 on), today = ``evals.heldout.TODAY``; string hashes
seeded with 0 (save and compare with the same seed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from evals.heldout import TODAY, dev_rounds


def outputs(rounds: list[Path]) -> Iterator[tuple[str, str, str]]:
    """(round name, key, the output's JSON line) for each goal of ``rounds``, bare and answered."""
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.errors import InputError
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    for folder in rounds:
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            goal = json.loads(line)
            for mode, answers in (("bare", {}), ("answers", goal.get("answers", {}))):
                key = f"{goal['id']} {mode}"
                try:
                    result = plan_goal(engine, goal["goal"], dict(answers), settings, TODAY)
                    asked = engine.questions(goal["goal"], dict(answers), TODAY)
                except InputError as exc:
                    yield folder.name, key, json.dumps({"key": key, "refused": str(exc)})
                    continue
                plan = json.loads(result.plan.model_dump_json())
                plan.pop("created_at", None)  # the clock's, not the planner's
                row = {
                    "key": key,
                    "plan": plan,
                    "findings": [f.model_dump(mode="json") for f in result.findings],
                    "questions": [q.model_dump(mode="json") for q in asked],
                }
                yield folder.name, key, json.dumps(row, ensure_ascii=False, sort_keys=True)


def save(folder: Path, rounds: list[Path]) -> int:
    """Each round's outputs written as soon as it is planned (a long run keeps what it did)."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for one in rounds:
        rows = [text for _, _, text in outputs([one])]
        (folder / f"{one.name}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        total += len(rows)
    print(f"saved {total} outputs of {len(rounds)} rounds to {folder}")
    return 0


def compare(folder: Path, rounds: list[Path]) -> int:
    saved: dict[tuple[str, str], str] = {}
    for path in folder.glob("*.jsonl"):
        for text in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(text)
            if "created_at" in row.get("plan", {}):  # saved before it was left out
                row["plan"].pop("created_at")
                text = json.dumps(row, ensure_ascii=False, sort_keys=True)
            saved[(path.stem, row["key"])] = text
    differ = checked = 0
    for name, key, text in outputs(rounds):
        checked += 1
        if saved.get((name, key)) != text:
            differ += 1
            print(f"DIFFERS {name} {key}")
    print(f"{checked} outputs compared with {folder}: {differ} differ")
    return 1 if differ else 0


def _fixed_hash_seed() -> None:
    """Run again under PYTHONHASHSEED=0 unless a seed is set: a few rules pick the first of a
    set of words (goal.raw_words names one lower-cased word), whose order follows the string
    hash, so two runs differ without one."""
    if os.environ.get("PYTHONHASHSEED") is None:
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        os.execve(sys.executable, [sys.executable, "-m", "evals.same_plans", *sys.argv[1:]], env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, metavar="DIR")
    group.add_argument("--compare", type=Path, metavar="DIR")
    parser.add_argument("rounds", nargs="*", help="round folders (default: every round from 3)")
    args = parser.parse_args(argv)
    rounds = dev_rounds(args.rounds)
    return save(args.save, rounds) if args.save else compare(args.compare, rounds)


if __name__ == "__main__":
    _fixed_hash_seed()
    sys.exit(main())
