"""Count the plans that speak another country's words than the person's.

Plans every goal of the judged rounds offline, with and without the persona's answers:
``python -m evals.locale_audit [ROUND_DIR ...]`` (default: rounds 3 on). The person's country is
read from what the plan was given (goal, and answers when given) by language.country, and three
things are counted: a US-only institution for someone read abroad (W-2s and "your state" for
Calgary, a 401(k) for Pune), another country's account or office for anyone ('ISA' in Ohio),
and a US-only word in a plan for someone whose country is not said (neutral wording expected:
"your yearly tax forms", not W-2s).
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from evals.heldout import dev_plans


def plan_texts(plan) -> list[str]:
    """Every line of the plan a person reads."""
    texts = [plan.goal.statement, plan.constraint_strategy, *(a.text for a in plan.assumptions)]
    for m in plan.milestones:
        texts.append(m.title)
        texts += [f"{t.title}. {t.done_when}" for t in m.tasks]
    return texts


def audit(plan, said: str) -> tuple[str | None, str | None]:
    """(what is wrong, the word) for one plan; (None, None) when it speaks their country."""
    from assistant.language.country import abroad, country_of, country_table, foreign_term

    key = country_of(said)
    for text in plan_texts(plan):
        if found := foreign_term(text, said, key):
            return ("US word abroad" if abroad(key) else "another country's word"), found
    if key is None:
        table = country_table()
        for text in plan_texts(plan):
            for pattern in (*table.us_only, table.state):
                m = re.search(pattern, text, re.IGNORECASE)
                if m and not re.search(pattern, said, re.IGNORECASE):
                    return "US word, country unknown", m.group(0)
    return None, None


def main(args: list[str]) -> None:
    counts: Counter[str] = Counter()
    plans = 0
    for folder, goal, answers, plan in dev_plans(args):
        plans += 1
        said = " . ".join([goal["goal"], *(str(v) for v in answers.values() if v)])
        kind, word = audit(plan, said)
        if kind:
            counts[kind] += 1
            mode = "b" if answers else "a"
            print(f"{folder.name[-7:]:>7} {goal['id']}-{mode} {kind}: '{word}'")
    print(f"plans: {plans}")
    for kind in ("US word abroad", "another country's word", "US word, country unknown"):
        print(f"{kind}: {counts[kind]}")


if __name__ == "__main__":
    main(sys.argv[1:])
