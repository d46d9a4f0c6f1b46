"""Count the titles and Why lines that cut, double or mangle the person's words (R3).

``python -m evals.title_words [ROUND_DIR ...]`` plans every goal of the rounds given (default:
every development round), without and with the persona's answers, and counts per fault:
a statement, milestone or task title ending a phrase on a function word ("HR or by ...",
"people working in HR or"), an amount said twice ("R5,000 ... r5,000"), a lower-case "i",
two voices ("myself ... yourself"), a run-on statement, actions stacked with "and", a part
pasted after "; also:", and a Why that is an obstacle or a
second clause ("so i can't just quit"). ``--saved PATH`` counts the plans an
``evals.wording_audit --save`` run wrote instead of planning again; ``--show`` lists them.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator

from assistant.language.title_faults import title_faults, why_faults
from assistant.playbooks.whole_goal import VERBS

# two or more actions stacked on the goal with "and <verb>": "In bed by 11:30 ... and stop
# doomscrolling in bed and be asleep" reads as a run-on
_STACKED_RE = re.compile(rf"\sand\s(?:{VERBS})\b", re.I)


def plan_faults(whole: dict) -> Counter[str]:
    """The faults of one plan (its JSON form), each counted once per text it is in."""
    found: Counter[str] = Counter()
    goal = whole["goal"]
    found.update(f"statement {f}" for f in title_faults(goal["statement"], statement=True))
    if len(_STACKED_RE.findall(goal["statement"])) >= 2:
        found["statement stacked actions"] += 1
    if "; also:" in goal["statement"]:  # a part pasted after the goal, not said in it
        found["statement 'also:' tail"] += 1
    for milestone in whole["milestones"]:
        found.update(f"title {f}" for f in title_faults(milestone["title"]))
        for task in milestone["tasks"]:
            found.update(f"title {f}" for f in title_faults(task["title"]))
    found.update(why_faults(goal.get("why")))
    return found


def _planned(folders: list[str]) -> Iterator[tuple[str, dict]]:
    from evals.heldout import dev_plans

    for folder, goal, answers, plan in dev_plans(folders):
        yield f"{folder.name} {goal['id']}-{'b' if answers else 'a'}", plan.model_dump(mode="json")


def _saved(path: str) -> Iterator[tuple[str, dict]]:
    with open(path, encoding="utf-8") as rows:
        for line in rows:
            if line.strip():
                row = json.loads(line)
                yield row["plan"], row["whole"]


def main(args: list[str]) -> None:
    show = "--show" in args
    saved = args[args.index("--saved") + 1] if "--saved" in args else None
    folders = [a for a in args if not a.startswith("--") and a != saved]
    total: Counter[str] = Counter()
    plans = faulty = 0
    for tag, whole in _saved(saved) if saved else _planned(folders):
        plans += 1
        found = plan_faults(whole)
        total.update(found)
        faulty += bool(found)
        if show and found:
            print(
                f"{tag} {dict(found)}: {whole['goal']['statement'][:100]} | why: {whole['goal'].get('why')}"
            )
    print(f"plans {plans}; with a title or Why fault {faulty}; faults {sum(total.values())}")
    for label, n in sorted(total.items()):
        print(f"  {label}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
