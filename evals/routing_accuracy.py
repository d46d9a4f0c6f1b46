"""How often the router plans a labelled dev goal in the field a coach would plan it in.

``evals/routing_labels.jsonl`` holds the 675 goals of the judged dev rounds 12-26, each
labelled by hand from its text (not from the router's answer): ``field`` is the field a coach would plan it in
(``none`` when no shipped field fits: the planner should ask for the person's own stages),
``also`` the neighbours a coach would accept too (a language exam is the exam or the
language), ``note`` why a label is not obvious. A goal is routed as the planner routes it
(``understand``: the goal and the person's answers), so a goal planned in the ``scaffold``
(no field) counts as ``none``.

``python -m evals.routing_accuracy`` prints:

- top-1 accuracy (the planned field is the label or one of its ``also``) and the strict figure
  (the planned field is the label itself);
- the confident-wrong count: goals planned in a field no label accepts with the route's
  confidence at least ``CONFIDENT``; these are the damaging routes, where a neighbouring
  field's template replaces the person's goal (an unsure route is asked about or planned in
  the person's own stages instead);
- the confusion pairs (label -> planned field) and every wrong goal (``--wrong``; ``--all``
  lists every goal with its route, confidence and runner-up).

``--plans r22 r23 ...`` counts the plans of those rounds, with and without the persona's answers,
planned in a field no label accepts.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from assistant.language import find_quantities
from assistant.playbooks.routing import route
from assistant.understanding.goal import ROUTABLE, core_text, understand

LABELS = Path(__file__).parent / "routing_labels.jsonl"
ROUNDS = Path(__file__).parent / "rounds"
TODAY = dt.date(2026, 11, 27)
# A route this sure is planned straight from the field's template, no question asked: wrong
# here is the damaging case (the route's confidence is its score, keyword bonus included).
CONFIDENT = 0.7
NONE = "none"


@dataclass(frozen=True)
class Label:
    round: str
    id: str
    goal: str
    field: str
    also: tuple[str, ...]
    note: str = ""

    @property
    def accepted(self) -> set[str]:
        return {self.field, *self.also}


@dataclass(frozen=True)
class Routed:
    label: Label
    got: str  # the planned field's key, ``none`` when no field fits
    confidence: float
    runner_up: str

    @property
    def right(self) -> bool:
        return self.got in self.label.accepted

    @property
    def strict(self) -> bool:
        return self.got == self.label.field

    @property
    def confident_wrong(self) -> bool:
        return not self.right and self.got != NONE and self.confidence >= CONFIDENT


def labels(path: Path = LABELS) -> list[Label]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.append(
                Label(
                    row["round"],
                    row["id"],
                    row["goal"],
                    row["field"],
                    tuple(row.get("also", ())),
                    row.get("note", ""),
                )
            )
    return out


def answers_of(round_key: str, goal_id: str) -> dict[str, str]:
    """The persona's answers to the goal's questions, as the planner had them."""
    number = round_key.lstrip("r")
    for folder in ROUNDS.glob(f"*-round{number}"):
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item["id"] == goal_id:
                    return {k: str(v) for k, v in (item.get("answers") or {}).items()}
    return {}


def routed(label: Label) -> Routed:
    """The field the planner plans the goal in, with the route's confidence and runner-up."""
    found = understand(label.goal, answers_of(label.round, label.id), TODAY)
    key = found.playbook.key
    got = NONE if key == "scaffold" else key
    whole = core_text(label.goal, keep_capacity=True)
    money = any(q.kind == "money" for q in find_quantities(whole))
    sure = route(whole, ROUTABLE, money)
    return Routed(label, got, sure.confidence, sure.runner_up or "")


@dataclass(frozen=True)
class Scores:
    total: int
    right: int
    strict: int
    confident_wrong: int
    confusions: Counter[tuple[str, str]]

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def strict_accuracy(self) -> float:
        return self.strict / self.total if self.total else 0.0


def score(rows: list[Routed]) -> Scores:
    wrong = [r for r in rows if not r.right]
    return Scores(
        len(rows),
        len(rows) - len(wrong),
        sum(r.strict for r in rows),
        sum(r.confident_wrong for r in rows),
        Counter((r.label.field, r.got) for r in wrong),
    )


def wrong_plans(rounds: set[str]) -> list[tuple[Label, str, str]]:
    """(label, a or b, planned field) of every plan of the rounds named whose field no label
    accepts: each goal is planned twice, without answers (a) and with the persona's (b)."""
    out = []
    for lab in labels():
        if lab.round not in rounds:
            continue
        for mark, answers in (("a", {}), ("b", answers_of(lab.round, lab.id))):
            key = understand(lab.goal, answers, TODAY).playbook.key
            got = NONE if key == "scaffold" else key
            if got not in lab.accepted:
                out.append((lab, mark, got))
    return out


def main(argv: list[str]) -> None:
    if "--plans" in argv:  # --plans r22 r23 ...: plans (with and without answers) in a wrong field
        rounds = {a for a in argv if a.startswith("r")}
        wrong = wrong_plans(rounds)
        for lab, mark, got in wrong:
            print(f"{lab.round} {lab.id}-{mark} {got} (want {'|'.join(sorted(lab.accepted))})")
        total = 2 * sum(lab.round in rounds for lab in labels())
        print(f"{len(wrong)} of {total} plans of {' '.join(sorted(rounds))} in a wrong field")
        return
    rows = [routed(lab) for lab in labels()]
    s = score(rows)
    for r in rows:
        if "--all" in argv or ("--wrong" in argv and not r.right):
            mark = "ok " if r.right else ("BAD" if r.confident_wrong else "low")
            want = "|".join([r.label.field, *r.label.also])
            print(
                f"{mark} {r.label.round} {r.label.id} {r.got} {r.confidence:.2f} "
                f"(runner-up {r.runner_up}; want {want}): {r.label.goal[:90]}"
            )
    print("confusions (label -> planned):")
    for (want, got), n in s.confusions.most_common():
        print(f"  {n}  {want} -> {got}")
    print(
        f"top-1 {s.right}/{s.total} = {s.accuracy:.1%} (strict {s.strict_accuracy:.1%}); "
        f"confident-wrong (>= {CONFIDENT}) {s.confident_wrong}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
