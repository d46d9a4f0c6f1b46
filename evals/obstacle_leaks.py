"""Do the moves against the person's obstacle leak: need what the plan has not got, come from
another field, or read as boilerplate?

Every goal of the rounds named that came with a constraint answer is planned now WITH its
answers (``--stored``: the '-b' plans kept in the round). The moves (the strategy and every task
marked as attacking the constraint) are judged by this audit's own words, not the planner's:

- ``no_need``: a move that needs a part of the plan the plan has not got: "the session" where no
  other task is a session, "the weekly step" or "the step" (no task is ever called that), a
  study template ("printed practice, downloaded audio") where nothing is studied, a decision
  template ("3 must-have criteria") where nothing is being chosen, meals where no food is said,
  a kids' chart where no child is said;
- ``other_field``: a move from another field or a keyword read in another sense
  (``obstacle_fit``'s family, keyword and sense checks);
- ``boilerplate``: a move coaches quoted as a template ("a 10-minute version of the step",
  "find 3 ways round it", "a timed go at what feels too big", "write down the last 3 times",
  "ways round X from someone who has been there", "ask X for 1 specific thing").

The planner's own rules (``constraint.unit_missing``, ``constraint.template_attack``) are
counted beside, on the same plans. Run: ``python -m evals.obstacle_leaks [-v] [--stored]
ROUND_FOLDER ...``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

# (what the move needs, the move's words, the words of the goal, answers or other tasks that
# show the plan has it)
_NEEDS = (
    (
        "study",
        r"\bprinted practice\b|\bdownloaded audio\b|\bstudy spot\b|\bonline tests\b|\bflashcards?\b",
        r"stud(?:y|ying|ies)|exam|revis|course|lesson|learn|class|school|test|practi[cs]e|flashcard"
        r"|language|read(?:ing)?\b|homework|degree|certif",
    ),
    (
        "decision",
        r"\bmust-have criteria\b|\bdecision date\b|\bnarrow the choice\b|\bshort-?list",
        r"decid|decision|choos|choice|which (?:one|to)|make up (?:my|our) mind|torn between|"
        r"options|can'?t pick|undecided|compar",
    ),
    (
        "food",
        r"\bmeals?\b|\bdinners?\b|\bsnacks?\b|\brecipes?\b",
        r"\beat|food|meal|snack|cook|diet|weight|sugar|treat|recipe|dinner|lunch|breakfast|calori|"
        r"carb|hungry|takeout|takeaway|crav|kitchen|fridge|groceries|a1c|cholesterol|ldl|"
        r"vegetable|veg\b|fruit",
    ),
    (
        "children",
        r"\bchore chart\b|\bpicture (?:checklist|chart)\b|\beach picks their own\b|\bkids'? (?:jobs|chart)",
        r"kids?|child|children|sons?\b|daughters?|toddler|\d[- ]?(?:year|yr)[- ]old|teen",
    ),
)
# the plan's weekly unit named where no task is one: "the weekly step" names nothing
_STEP = re.compile(r"\bthe weekly (?:money )?step\b|\bversion of the step\b", re.I)
_TOGETHER = re.compile(r"\bthe weekly time together\b", re.I)
_SESSION = re.compile(r"\b(?:the|next week's|a \d+-minute version of the) sessions?\b", re.I)
_SITTING_MINUTES = 15  # a recurring task this long is a sitting a move can book or shorten


def _sittings(plan: dict) -> bool:
    """Does the plan schedule a recurring sitting of its own (not a move against the obstacle,
    not a 5-minute daily tick)?"""
    return any(
        t.get("recurrence") and (t.get("estimate_minutes") or 0) >= _SITTING_MINUTES
        for t in _tasks(plan)
        if not t.get("attacks_constraint")
    )


# the templates coaches quoted in rounds 20-22, in this audit's own words
_BOILERPLATE = re.compile(
    r"\b\d+-minute version of (?:the|your) (?:session|step|weekly \w+|habit)\b|"
    r"\bfind 3 ways round\b|\bfrom someone who has been there\b|\btimed go at\b|"
    r"\bwhat feels too big\b|\bwrite down the last 3\b|\bfor 1 specific thing\b|"
    r"\bmake 1 change so\b|\btry 1 way round\b",
    re.I,
)


def _tasks(plan: dict) -> list[dict]:
    return [t for m in plan.get("milestones", []) for t in m.get("tasks", [])]


def moves_of(plan: dict) -> list[str]:
    """The strategy and every attacking task's title, each once."""
    titles = [t["title"] for t in _tasks(plan) if t.get("attacks_constraint")]
    return list(dict.fromkeys([plan.get("constraint_strategy") or "", *titles]))


def no_need(goal: dict, plan: dict) -> str:
    """The first move that needs a part of the plan the plan has not got, or ''."""
    said = " ".join([goal["goal"], *goal.get("answers", {}).values()])
    others = [t["title"] for t in _tasks(plan) if not t.get("attacks_constraint")]
    moves = moves_of(plan)
    sittings = _sittings(plan)
    for move in moves:
        if _STEP.search(move):
            return f"names a step no task is: {move}"
        if (_SESSION.search(move) or _TOGETHER.search(move)) and not sittings:
            return f"names a session the plan has not got: {move}"
    has = f"{said} {' '.join(others)}"
    for need, words, licence in _NEEDS:
        hit = next((m for m in moves if re.search(words, m, re.I)), "")
        if hit and not re.search(licence, has, re.I):
            return f"a {need} move with no {need} in the plan: {hit}"
    return ""


def boilerplate(plan: dict) -> str:
    """The first move that is a template coaches quoted, or ''."""
    return next((m for m in moves_of(plan) if _BOILERPLATE.search(m)), "")


def leaks(goal: dict, plan: dict) -> dict[str, str]:
    """Every check of this audit on one '-b' plan, by name ('' checks left out)."""
    from evals.obstacle_fit import fit_problems

    fit = fit_problems(goal, plan)
    found = {
        "no_need": no_need(goal, plan),
        "other_field": next(
            (fit[k] for k in ("family", "keyword", "sense", "no_thing") if k in fit), ""
        ),
        "boilerplate": boilerplate(plan),
    }
    return {k: v for k, v in found.items() if v}


CHECKS = ("no_need", "other_field", "boilerplate")
RULES = ("constraint.unit_missing", "constraint.template_attack")


def rule_codes(plan: dict) -> set[str]:
    """Which of the planner's own rules against these leaks fire on the plan (for comparison
    with this audit's words)."""
    from assistant.models import Plan
    from assistant.validators.attack_leaks import template_attack, unit_missing

    model = Plan.model_validate(plan)
    return {f.code for f in (*unit_missing(model), *template_attack(model))}


def main(argv: list[str]) -> int:
    from evals.obstacle_attacks import argv_plans

    counts: Counter[str] = Counter()
    total = 0
    for goal, plan in argv_plans(argv):
        total += 1
        found = leaks(goal, plan)
        counts.update(found.keys())
        counts["any"] += bool(found)
        counts.update(rule_codes(plan))
        if "-v" in argv and found:
            field = plan.get("metadata", {}).get("field", "")
            why = "; ".join(f"{k}: {v}" for k, v in found.items())
            print(f"{goal['round'][-7:]} {goal['id']:>4} {field} {why[:230]}")
    print(f"-b plans with a constraint answer: {total}")
    for check in (*CHECKS, "any"):
        print(f"  {check:<12} {counts[check]}")
    print("plans the planner's rules flag:")
    for code in RULES:
        print(f"  {code:<28} {counts[code]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
