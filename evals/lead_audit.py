"""Steps too late to produce what they feed, and level tests before the basics, counted over
judged rounds: applications sent days before the offer, a nomination after the packets close, a
comparison of "3 weeks of spending" 9 days after the logging starts, a full mock in the first
weeks of someone starting from zero.
``python -m evals.lead_audit [ROUND_DIR ...]`` (plans made now) or ``--stored`` (the graded plans)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from assistant.models import Plan
from assistant.validators.lead_times import too_close_to_result
from evals.heldout import dev_plans, dev_rounds

# fixed here (not the planner's own patterns), so the count means the same before and after
_TEST_RE = re.compile(
    r"\b(?:full|timed)\b.*\b(?:mock|practice (?:exam|test)|model exam|past paper)\b|\btime trial\b",
    re.I,
)
_ZERO_RE = re.compile(
    r"\b(?:a0|beginner|from (?:scratch|zero)|no experience|never (?:\w+ ){0,2}(?:run|used|"
    r"studied|learn(?:ed|t)|played|swum)|know (?:maybe |only |about )?(?:\d{1,3}|a few) words)\b",
    re.I,
)


def count_leads(plan: Plan, said: str, bad: Counter[str]) -> None:
    """Add one to ``bad`` for each step dated too late for its result, and for each full test
    in the first half of a plan for someone starting from zero."""
    for f in too_close_to_result(plan):
        kind = "sent too close to its answer" if "days before" in f.message else "record too short"
        bad[kind] += 1
    if not _ZERO_RE.search(said):
        return
    half = plan.start_date + (plan.goal.deadline - plan.start_date) / 2
    for task in plan.tasks():
        if not task.recurrence and _TEST_RE.search(task.title) and task.due < half:
            bad["full test in the first half from zero"] += 1


def _stored(args: list[str]):
    for folder in dev_rounds(args):
        goals = {
            json.loads(line)["id"]: json.loads(line)
            for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        for path in sorted((folder / "plans").glob("*.json")):
            row = goals.get(path.stem.rsplit("-", 1)[0].lower())
            if row is None:
                continue
            answers = row.get("answers", {}) if path.stem.endswith("b") else {}
            yield folder, row, answers, Plan.model_validate_json(path.read_text("utf-8"))


def main(args: list[str]) -> None:
    """Print the counts over every plan of the rounds given."""
    stored = "--stored" in args
    rounds = [a for a in args if a != "--stored"]
    bad: Counter[str] = Counter()
    plans = 0
    sources = _stored(rounds) if stored else dev_plans(rounds)
    for _, row, answers, plan in sources:
        plans += 1
        count_leads(plan, " ".join([row["goal"], *answers.values()]), bad)
    print(f"lead times: plans {plans}; problems {sum(bad.values())}")
    for name, n in sorted(bad.items()):
        print(f"  {name}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
