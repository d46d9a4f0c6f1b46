"""`make eval` part 2: the held-out goals of every judging round, as a regression set.

Each goal of ``evals/rounds/*/goals.jsonl`` is planned twice (no answers, the persona's
answers) by the configured engine, and checked without a judge: a plan comes back, it keeps
the person's stated numbers and rhythm (no ``goal.drift``), it has no other error finding, and
every word of it is English or the person's own. The coach's grades of the round that wrote
the goals sit beside them (``grades_*.jsonl``); this script does not grade.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.models import Plan

ROUNDS = Path(__file__).with_name("rounds")
TODAY = dt.date(2026, 11, 27)  # the day the rounds were written: deadlines read the same


def round_number(folder: Path) -> int:
    """7 for '2026-11-28-round7'; 0 for a folder that is no numbered round."""
    m = re.search(r"round(\d+)$", folder.name)
    return int(m.group(1)) if m else 0


def dev_rounds(args: list[str] | tuple[str, ...] = ()) -> list[Path]:
    """The round folders named, else every round from 3 on (rounds 1 and 2 had no answers)."""
    if args:
        return [Path(a) for a in args]
    return sorted(d for d in ROUNDS.iterdir() if d.is_dir() and round_number(d) >= 3)


def dev_plans(args: list[str] | tuple[str, ...] = ()) -> Iterator[tuple[Path, dict, dict, Plan]]:
    """(round folder, goal row, answers, offline plan) for every goal of the rounds named (else
    every development round), planned without answers and with the persona's; today = TODAY.
    A goal the planner refuses is left out."""
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.errors import InputError
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    for folder in dev_rounds(args):
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            goal = json.loads(line)
            for answers in ({}, goal.get("answers", {})):
                try:
                    plan = plan_goal(engine, goal["goal"], dict(answers), settings, TODAY).plan
                except InputError:
                    continue
                yield folder, goal, answers, plan


def goals() -> list[dict]:
    out = []
    for path in sorted(ROUNDS.glob("*/goals.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append({**json.loads(line), "round": path.parent.name})
    return out


def check(goal: dict, answers: dict[str, str], engine, settings) -> list[str]:
    """The problems of one plan, as short labels (empty: it passes)."""
    from assistant.errors import GoalsmithError
    from assistant.planner import plan_goal
    from assistant.validators.wording import strange_words
    from tests.test_plan_language import _texts

    try:
        result = plan_goal(engine, goal["goal"], answers, settings, TODAY)
    except GoalsmithError as exc:
        return [f"no plan: {exc}"[:120]]
    codes = {f.code for f in result.findings if f.severity == "error"}
    problems = ["goal.drift"] if "goal.drift" in codes else []
    problems += sorted(f"error {c}" for c in codes - {"goal.drift"})
    allowed = {w.lower() for text in [goal["goal"], *answers.values()] for w in text.split()}
    odd = sorted({w for t in _texts(result.plan) for w in strange_words(t, allowed)})
    if odd:
        problems.append("words: " + ", ".join(odd[:5]))
    return problems


def main() -> int:
    from assistant.config import Settings
    from assistant.engines.select import make_engine
    from assistant.errors import InputError
    from assistant.understanding.answers import parse_answers

    settings = Settings()
    engine = make_engine(settings)
    rows, failed = [], 0
    for goal in goals():
        for mode, answers in (("bare", {}), ("answers", dict(goal.get("answers", {})))):
            for _ in range(4):  # the chat asks again for an unreadable answer; skip it here
                try:
                    parse_answers(answers, TODAY)
                    break
                except InputError as exc:
                    answers.pop(str(exc).split(" ", 1)[0], None)
            problems = check(goal, answers, engine, settings)
            failed += bool(problems)
            rows.append((goal["id"], mode, problems))
            if problems:
                print(f"{goal['id']:>5} {mode:<7} {'; '.join(problems)}")
    print(f"held-out goals: {len(rows) - failed} passed, {failed} failed ({len(rows)} plans)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
