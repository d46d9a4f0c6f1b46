"""Steps whose subject is not the person's, counted over judged rounds: an EOB or a letter of
medical necessity in a burst pipe's claim, filler and paint for an engine fault, "your child"
for an adult with a parent, each lender for one card, a writing paper for the JLPT; and steps
(or the strategy line) whose presumed facts the person's words contradict: a garage's quotes
for a DIY fix, lane sets for a non-swimmer, "build the beds" for beds already there.
``python -m evals.subject_audit [ROUND_DIR ...]`` (plans made now) or ``--stored`` (the graded
plans). The kinds are data/step_subjects.toml, read from the file (not the planner's code), so
the count means the same on any version of the planner."""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

from assistant.models import Plan
from evals.heldout import dev_plans
from evals.lead_audit import _stored

_KINDS = Path(__file__).resolve().parent.parent / "assistant" / "data" / "step_subjects.toml"


def _kinds() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], bool]]:
    data = tomllib.loads(_KINDS.read_text(encoding="utf-8"))
    return {
        key: (
            re.compile(k["said"], re.I | re.S),
            re.compile(k["names"], re.I),
            k.get("excludes", False),
        )
        for key, k in data.items()
    }


def foreign_steps(plan: Plan, said: str, bad: Counter[str], seen: list[str] | None = None) -> None:
    """Add one to ``bad`` (by kind) for each distinct step that names a kind the person's words
    do not make theirs (or, for a kind that excludes, one they did)."""
    titles = {(t.title, t.done_when) for t in plan.tasks()}
    if plan.constraint_strategy:  # the strategy line presumes as much as a step does
        titles.add((f"(strategy) {plan.constraint_strategy}", ""))
    for key, (says, names, excludes) in _kinds().items():
        if bool(says.search(said)) != excludes:
            continue
        for title, done_when in sorted(titles):
            if names.search(f"{title} | {done_when}"):
                bad[key] += 1
                if seen is not None:
                    seen.append(f"{key}: {title}")


def main(args: list[str]) -> None:
    """Print the counts over every plan of the rounds given (``-v``: each step too)."""
    stored = "--stored" in args
    verbose = "-v" in args
    rounds = [a for a in args if a not in {"--stored", "-v"}]
    bad: Counter[str] = Counter()
    plans = with_any = 0
    sources = _stored(rounds) if stored else dev_plans(rounds)
    for _, row, answers, plan in sources:
        plans += 1
        before = sum(bad.values())
        seen: list[str] = []
        said = " . ".join([row["goal"], *(str(v) for v in answers.values() if v)]).lower()
        foreign_steps(plan, said, bad, seen)
        with_any += sum(bad.values()) > before
        if verbose and seen:
            tag = f"{row.get('id', '?')}-{'b' if answers else 'a'}"
            print("\n".join(f"  {tag} {line}" for line in seen))
    print(f"foreign subjects: plans {plans}; plans with any {with_any}; steps {sum(bad.values())}")
    for name, n in sorted(bad.items()):
        print(f"  {name}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
