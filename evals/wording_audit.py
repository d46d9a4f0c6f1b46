"""Count the template wording coaches called broken, and the plans left to the stage scaffold.

Plans every goal of the judged rounds offline, with and without the persona's answers:
``python -m evals.wording_audit [ROUND_DIR ...]`` (default: rounds 3 on). Each pattern is a
phrase a coach quoted as broken English in a verdict ("Reach 5 nights on the nights a week
count", "Have 2 times a month alone together", "Do 1 pull ups", "tied to a anchor").
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter

from evals.heldout import dev_plans
from evals.slot_faults import FAULTS, hits, slot_faults
from evals.title_words import plan_faults

TODAY = dt.date(2026, 11, 27)
_SINGULAR_S = (
    "class|glass|bus|plus|minus|series|news|process|business|analysis|basis|thesis|gas|lens|"
    "canvas|status|bonus|campus|virus|focus|dress|pass|boss|loss|cross|fitness|christmas|tennis|"
    "chess|stress|access|success|progress|address|mass|yes|this|us|is|was|has|as|its|always|"
    "across|ss|hours"
)
BROKEN = {
    "stock 'on the X count'": re.compile(r"\bon the [a-z ]+ count\b", re.I),
    "'times' as a thing had": re.compile(
        r"\b(?:have|do|get|make|spend|take|reach)\s\d+\stimes\s(?:a|an|per|each)\s"
        r"(?:day|week|month|year)\b(?!\s*(?:,|:|$|\bfor\b|\bin\b|\bkept\b))",
        re.I,
    ),
    "unit said twice": re.compile(r"\b\d+ ([a-z]+) on the \1\b", re.I),
    "1 with a plural": re.compile(
        r"(?<![-.,\d])\b1 (?:(?:pull|push|sit|chin|step|jump) )?"
        rf"(?!(?:{_SINGULAR_S})\b)[a-z]+[^s\W]s\b"
        r"(?=\s(?:from|in|on|by|of|to|with|a|an|the|after|before|and)\b|[,:;.]|$)",
        re.I,
    ),
    "'a' before a vowel": re.compile(
        r"\ba (?!one\b|once\b|uni|use|usu|usa|eu|ur|u\b)[aeiou][a-z]+", re.I
    ),
    "'N on a day'": re.compile(r"\b\d+ on (?:a|the) (?:day|week)\b|\b\d+ on:", re.I),
    "'N time:' title": re.compile(r"^\d+ times?:", re.I),
    "'minus N and'": re.compile(r"\bminus \d+ (?!hours|minutes)[a-z]+ and\b", re.I),
    # round 13: raw goal text as the statement, and template sentences
    "lower-case I or Im": re.compile(r"(?:^|\s)(?:i|im|Im|ive)\s"),
    "lower-case name or level": re.compile(
        r"\b(?:german|french|spanish|italian|japanese|canada|germany|france|spain|"
        r"[abc][12]|jlpt|cpa)\b"
    ),
    "'house room'": re.compile(r"\b(?:house|home|flat) room\b(?! by)", re.I),
    "'exam for the X exam'": re.compile(r"\bexam for the [A-Za-z ]*\bexam\b", re.I),
    "'out of' with no article": re.compile(
        r"\bout of (?!the\b|my\b|your\b|our\b|a\b|an\b|it\b|bed\b|debt\b|\d)[a-z]+:", re.I
    ),
    "'needs: more time'": re.compile(r"\bneeds: more time\b"),  # an assumption's note
}


def plan_texts(plan) -> list[str]:
    """Every line the planner wrote that a coach reads: goal, milestones, tasks."""
    texts = [plan.goal.statement]
    for m in plan.milestones:
        texts.append(m.title)
        texts += [t.title for t in m.tasks]
    return texts


def problems(plan) -> Counter[str]:
    """How often each broken pattern occurs in one plan."""
    found: Counter[str] = Counter()
    for text in plan_texts(plan):
        for label, pattern in BROKEN.items():
            found[label] += len(pattern.findall(text))
    for said in plan.assumptions:  # the notes a coach reads too, for the sentences made there
        found["'needs: more time'"] += len(BROKEN["'needs: more time'"].findall(said.text))
    return +found


def main(args: list[str]) -> None:
    """Print the counts over every plan of the rounds given, and the scaffold share; with
    ``--slot FAULT`` the texts showing one slot fault; with ``--save PATH`` every plan as JSON
    lines (``evals.slot_compare`` counts the faults and the plans a change touched)."""
    bad: Counter[str] = Counter()
    slots: Counter[str] = Counter()
    words: Counter[str] = Counter()  # titles and Why lines cut, doubled or mangled
    plans = scaffold = 0
    show = "--show" in args
    slot = args[args.index("--slot") + 1] if "--slot" in args else None
    save = open(args[args.index("--save") + 1], "w") if "--save" in args else None  # noqa: SIM115
    folders = [a for i, a in enumerate(args) if not a.startswith("--") and not _is_value(args, i)]
    for folder, goal, answers, plan in dev_plans(folders):
        plans += 1
        scaffold += plan.metadata.field in ("scaffold", "generic", None)
        found = problems(plan)
        bad.update(found)
        slots.update(slot_faults(plan, goal["goal"]))
        words.update(plan_faults(plan.model_dump(mode="json")))
        tag = f"{folder.name} {goal['id']}-{'b' if answers else 'a'}"
        if show and found:
            print(f"{tag} {dict(found)}: {plan.goal.statement[:90]}")
        for text in hits(plan, goal["goal"], slot) if slot else ():
            print(f"{tag}: {text}")
        if save:
            row = {"plan": tag, "goal": goal["goal"], "whole": plan.model_dump(mode="json")}
            save.write(json.dumps(row) + "\n")
            save.flush()
    if save:
        save.close()
    print(f"plans {plans}; scaffold {scaffold}; broken wording {sum(bad.values())} {dict(bad)}")
    print(f"slot faults {sum(slots.values())}: " + "; ".join(f"{f} {slots[f]}" for f in FAULTS))
    print(f"title and Why faults {sum(words.values())}: {dict(sorted(words.items()))}")


def _is_value(args: list[str], i: int) -> bool:
    """True for the word after an option that takes one ("--slot", "--save")."""
    return i > 0 and args[i - 1] in ("--slot", "--save")


if __name__ == "__main__":
    main(sys.argv[1:])
