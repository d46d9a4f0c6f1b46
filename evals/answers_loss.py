"""Where the answers lose the goal: each round goal planned without and with its answers.

``python -m evals.answers_loss [ROUND_DIR ...]`` lists the goals whose plan WITH answers drops
what the person wrote (the field, the outcome's words, the target's number or unit) or starts
below the starting point they stated, and prints the counts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.language import find_quantities, normalize
from assistant.models import Plan
from assistant.planner import plan_goal
from assistant.playbooks import MONEY_UNITS
from evals.heldout import dev_rounds

TODAY = dt.date(2026, 11, 27)
_STOP = frozenset(
    [
        "with",
        "that",
        "this",
        "from",
        "have",
        "want",
        "more",
        "less",
        "than",
        "into",
        "about",
        "your",
        "their",
        "them",
        "they",
        "some",
        "will",
        "would",
        "could",
        "should",
        "just",
        "like",
        "also",
        "each",
        "every",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "days",
        "time",
        "back",
        "over",
        "under",
        "make",
        "keep",
        "still",
        "then",
        "what",
        "when",
        "where",
        "which",
        "while",
        "done",
    ]
)


def words(text: str) -> set[str]:
    """Content words (4+ letters, not filler), lowercased, a plural's 's' dropped."""
    out = set()
    for w in re.findall(r"[a-z][a-z'-]{3,}", normalize(text)):
        w = w.strip("'-")
        if w not in _STOP and len(w) >= 4:
            out.add(w[:-1] if w.endswith("s") and not w.endswith("ss") else w)
    return out


def numbers(text: str) -> set[float]:
    """Every number written in the text (commas dropped, 'k' read as thousands)."""
    out = set()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s?(k\b)?", normalize(text)):
        value = float(m.group(1).replace(",", ""))
        out.add(value * 1000 if m.group(2) else value)
    return out


_BY_DATE_RE = re.compile(r"\sby \d{1,2} [A-Z][a-z]+ \d{4}$")
_HAD_RE = re.compile(
    r"\b(?:i have|i've got|i got|have an?|own an?|already (?:have|own|bought|got)(?: an?)?|"
    r"home)\s(?:my\s|own\s)?([a-z]{3,})"
)
_FETCH_RE = re.compile(r"^(?:buy|find|get|order|rent|borrow|set up|join)\b")


def outcome(statement: str) -> str:
    """The statement without its closing date: the date is the deadline answer's to move."""
    return _BY_DATE_RE.sub("", statement)


def planned_again(answers: dict[str, str], b: Plan) -> str:
    """A task that buys or finds what an answer says the person already has ("home bar")."""
    had = {m.group(1).rstrip("s") for v in answers.values() for m in _HAD_RE.finditer(normalize(v))}
    had -= {"been", "time", "kid", "child", "idea", "lot", "job", "few", "couple", "work"}
    for task in b.tasks():
        title = normalize(task.title)
        if _FETCH_RE.match(title) and any(re.search(rf"\b{h}s?\b", title) for h in had):
            return f"planned again: {task.title[:70]!r}"
    return ""


def losses(goal: str, answers: dict[str, str], a: Plan, b: Plan) -> list[str]:
    """What the with-answers plan ``b`` lost of the goal against the plan without ``a``."""
    out: list[str] = []
    ga, gb = a.goal.metric, b.goal.metric
    if a.metadata.field != b.metadata.field:
        out.append(f"field {a.metadata.field} -> {b.metadata.field}")
    said_goal = words(goal)
    lost = (words(outcome(a.goal.statement)) & said_goal) - words(outcome(b.goal.statement))
    if lost:
        out.append(f"outcome words lost {sorted(lost)}")
    in_goal = numbers(goal)
    in_answers = set().union(*(numbers(v) for v in answers.values())) if answers else set()
    if ga.unit == "mmHg":  # the goal's reading is where they are; a target under it is no loss
        pass
    elif ga.target in in_goal and gb.target < ga.target and gb.target not in in_goal:
        out.append(f"target {ga.target:g} {ga.unit} -> {gb.target:g} {gb.unit}")
    elif ga.unit != gb.unit and ga.unit and ga.unit.lower() in normalize(goal):
        out.append(f"unit {ga.unit} -> {gb.unit}")
    stated = [n for n in numbers(outcome(a.goal.statement)) & in_goal if n >= 2]
    kept = numbers(outcome(b.goal.statement)) | in_answers
    # "the last 7k" planned as the "7,020 left" the answer gives: kept, more exactly
    gone = [n for n in stated if not any(abs(n - k) <= 0.01 * n for k in kept)]
    if gone:
        out.append(f"goal numbers lost {gone}")
    below = start_below(answers.get("baseline", ""), b)
    if below:
        out.append(below)
    again = planned_again(answers, b)
    if again:
        out.append(again)
    return out


def start_below(said: str, b: Plan) -> str:
    """The first milestone planned below a level the baseline answer states in the plan's unit."""
    if not said or not b.milestones:
        return ""
    unit = b.goal.metric.unit.lower()
    target, first = b.goal.metric.target, b.milestones[0].metric
    if first.unit.lower() != unit or not unit:
        return ""
    # an amount to lose or a sum to cut to is no level the target must pass
    amount = unit.upper() in MONEY_UNITS or "lost" in b.goal.metric.name
    people = {"people", "members", "regulars", "volunteers", "players", "attendees"}
    for q in find_quantities(said):
        theirs = (q.unit.split() or [""])[0].lower()
        same = theirs in {unit, unit.rstrip("s")} or theirs in people and unit in people
        none_yet = b.goal.metric.baseline is not None  # "12 boxes, nothing scanned": 0 of 12
        if same and q.value >= target and not none_yet and q.value > 0 and not amount:
            return f"target {target:g} {unit} at or below the stated {q.value:g}"
        if same and q.value < target:
            lower_is_better = (b.goal.metric.baseline or 0) > target
            if not lower_is_better and first.target < q.value * 0.999:
                return f"starts at {first.target:g} {unit} below the stated {q.value:g}"
    return ""


def _kind(found: str) -> str:
    """The kind of a loss for the counts: 'target ... at or below' -> 'target at/below start'."""
    if found.startswith("target") and "at or below" in found:
        return "target at or below the stated start"
    for kind in ("field", "outcome words", "target", "unit", "goal numbers", "starts at"):
        if found.startswith(kind):
            return kind
    return "planned again"


def plan(goal: str, answers: dict[str, str]) -> Plan:
    """The offline plan a coach sees, today = 2026-11-27."""
    s = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(s), goal, answers, s, TODAY).plan


def main(args: list[str]) -> int:
    """Print each goal's losses and the counts by kind."""
    dirs = dev_rounds(args)
    kinds: Counter[str] = Counter()
    total = bad = 0
    for d in dirs:
        for line in (d / "goals.jsonl").read_text().splitlines():
            row = json.loads(line)
            if not row.get("answers"):
                continue
            total += 1
            try:
                a, b = plan(row["goal"], {}), plan(row["goal"], row["answers"])
            except Exception as exc:  # a goal the planner refuses is reported, not fatal
                print(f"{d.name} {row['id']}: error {exc}")
                continue
            found = losses(row["goal"], row["answers"], a, b)
            if found:
                bad += 1
                kinds.update(_kind(f) for f in found)
                print(f"{d.name[-7:]} {row['id']}: " + "; ".join(found))
                print(f"    a: {a.goal.statement[:110]}\n    b: {b.goal.statement[:110]}")
    print(f"\n{bad} of {total} answered goals lose something; by kind: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
