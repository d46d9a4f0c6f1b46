"""How many plans attack the person's stated obstacle with boilerplate, feed it, or fall back.

Every goal of the judging rounds that came with a stated constraint is planned offline with the
persona's answers; each plan's attack is checked by ``obstacle_checks.plan_attack_problems``, and
plans whose obstacle no known kind fits (the moves built from their words,
``obstacle_checks.fell_to_fallback``) are counted. Run: ``python -m evals.obstacle_attacks [-v]
[--round NAME]`` (``--stored`` checks the '-b' plans kept in the rounds instead, i.e. the code
as it was when they were graded).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from evals.heldout import ROUNDS, TODAY, goals

RECOVERY_FIELDS = {"alcohol"}
_RECOVERY_WORDS = re.compile(r"\b(?:sober|sobriety|recovery|relapse|aa|drinking)\b", re.I)


def _recovery(plan: dict, goal: dict) -> bool:
    said = goal["goal"] + " " + " ".join(goal.get("answers", {}).values())
    return plan["metadata"].get("field") in RECOVERY_FIELDS or bool(_RECOVERY_WORDS.search(said))


def fresh_plans(rounds: tuple[str, ...] = ()):
    """(goal, plan JSON) for every goal with a stated constraint (of ``rounds``), planned now."""
    from assistant.config import Settings
    from assistant.engines.offline.engine import OfflineEngine
    from assistant.errors import GoalsmithError, InputError
    from assistant.planner import plan_goal
    from assistant.understanding.answers import parse_answers

    settings = Settings(offline=True) if "offline" in Settings.model_fields else Settings()
    engine = OfflineEngine(settings)
    for goal in goals():
        answers = dict(goal.get("answers", {}))
        if (rounds and goal["round"] not in rounds) or not answers.get("constraint"):
            continue
        for _ in range(4):
            try:
                parse_answers(answers, TODAY)
                break
            except InputError as exc:
                answers.pop(str(exc).split(" ", 1)[0], None)
        try:
            result = plan_goal(engine, goal["goal"], answers, settings, TODAY)
        except GoalsmithError:
            continue
        yield goal, json.loads(result.plan.model_dump_json())


def stored_plans(rounds: tuple[str, ...] = ()):
    """(goal, plan JSON) of the '-b' plans kept in the rounds, for goals with a constraint."""
    for goal in goals():
        if rounds and goal["round"] not in rounds:
            continue
        path = ROUNDS / goal["round"] / "plans" / f"{goal['id']}-b.json"
        if goal.get("answers", {}).get("constraint") and path.exists():
            yield goal, json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    from assistant.engines.offline.obstacle_checks import fell_to_fallback, plan_attack_problems

    rounds = tuple(argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--round")
    source = stored_plans(rounds) if "--stored" in argv else fresh_plans(rounds)
    kinds: Counter[str] = Counter()
    total = 0
    for goal, plan in source:
        total += 1
        problems = plan_attack_problems(plan, _recovery(plan, goal))
        kinds.update(problems.keys())
        kinds["any"] += bool(problems)
        kinds["fallback"] += fell_to_fallback(plan)
        if "-v" in argv and (problems or fell_to_fallback(plan)):
            said = goal["answers"]["constraint"][:50]
            why = "; ".join(problems.values()) or "no known obstacle fits: moves from their words"
            print(f"{goal['id']:>5} [{said}] {why[:150]}")
    print(f"plans with a stated constraint: {total}")
    print(f"  boilerplate (stock attack or strategy): {kinds['stock']}")
    print(f"  attacks that feed or endanger:          {kinds['feeds']}")
    print(f"  no attack title repeats their words:    {kinds['not_theirs']}")
    print(f"  a title's 'it' or 'them' names nothing: {kinds['no_referent']}")
    print(f"  any of these:                           {kinds['any']}")
    print(f"  no known obstacle fits (the fallback):  {kinds['fallback']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
