"""Which field each judged goal of rounds 3-12 is routed to, next to the coaches' worst verdict.

``python -m evals.route_audit`` prints one row per goal (round, id, field, confidence, the
lowest R1 any coach gave and the goal); ``--wrong`` counts the hand-marked wrong routes of
``evals/route_marks.tsv`` (round, id, the fields a coach would plan in, ``a|b``; ``field:subject``
also asks for the field's variant of that subject) that are still wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from assistant.language import find_quantities
from assistant.playbooks.routing import route
from assistant.understanding.goal import ROUTABLE, core_text, understand

ROUNDS = Path(__file__).parent / "rounds"
MARKS = Path(__file__).parent / "route_marks.tsv"


def judged_goals() -> list[tuple[str, str, str]]:
    """(round, id, goal) of every judged round from round 3 on."""
    rows = []
    for folder in sorted(ROUNDS.iterdir()):
        tail = folder.name.rsplit("-round", 1)
        if len(tail) < 2 or not tail[1].isdigit():
            continue  # an A/B or ablation folder, not a judged round
        number = int(tail[1])
        if number < 3:
            continue
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                rows.append((f"r{number}", item["id"], item["goal"]))
    return rows


def lowest_r1(round_key: str) -> dict[str, int]:
    """Per goal id: the lowest R1 (the right goal, planned) any coach gave its plans."""
    folder = next(f for f in ROUNDS.iterdir() if f.name.endswith(round_key.replace("r", "round")))
    worst: dict[str, int] = {}
    for grades in folder.glob("grades_*.jsonl"):
        for line in grades.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gid = g["file"].rsplit("-", 1)[0]
                worst[gid] = min(worst.get(gid, 2), int(g.get("R1", 2)))
    return worst


def field_of(goal: str) -> tuple[str, float]:
    """The routed field's key (``-`` when none fits) and the confidence, as the planner does."""
    whole = core_text(goal, keep_capacity=True)
    money = any(q.kind == "money" for q in find_quantities(whole))
    found = route(whole, ROUTABLE, money)
    return (found.field.key if found.field else "-"), found.confidence


def variant_of(goal: str) -> str:
    """``field:subject`` of the variant the planner picks (``field:`` for the field's own)."""
    found = understand(goal, {}, dt.date(2026, 11, 27))
    return f"{found.playbook.key}:{found.preset.subject if found.preset else ''}"


def accepted(got: str, want: set[str]) -> bool:
    return any(got == w or (":" not in w and got.split(":")[0] == w) for w in want)


def marks() -> dict[tuple[str, str], set[str]]:
    """Hand marks: (round, id) -> the fields a coach would accept (``a|b``)."""
    out = {}
    for line in MARKS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rnd, gid, want = line.split("\t")[:3]
            out[(rnd, gid)] = set(want.split("|"))
    return out


def main(argv: list[str]) -> None:
    if "--wrong" in argv:
        marked = marks()
        goals = {(r, i): g for r, i, g in judged_goals()}
        wrong = 0
        for key, want in sorted(marked.items()):
            got = variant_of(goals[key])
            if not accepted(got, want):
                wrong += 1
                print(
                    f"WRONG {key[0]} {key[1]} {got} (want {'|'.join(sorted(want))}): {goals[key][:90]}"
                )
        print(f"{wrong} of {len(marked)} marked goals routed wrong")
        return
    worst = {}
    for rnd, gid, goal in judged_goals():
        if rnd not in worst:
            worst[rnd] = lowest_r1(rnd)
        key, conf = field_of(goal)
        print(f"{rnd}\t{gid}\t{key}\t{conf:.2f}\t{worst[rnd].get(gid, '')}\t{goal[:110]}")


if __name__ == "__main__":
    main(sys.argv[1:])
