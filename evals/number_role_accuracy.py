"""Every number in its right role: our reading against a hand-labelled set
(`python -m evals.number_role_accuracy [ROUND_DIR ...]`).

``evals/number_roles.jsonl`` lists each number of the goal and the answers of 225 goals
(rounds 18-22), labelled from the text alone with its role and unit: ``target``, ``start``,
``rate`` (an amount per period that is the means, not the goal: a salary, a contribution),
``duration``, ``budget``, ``count`` (of things to do), ``size``, ``part`` (of a total),
``label`` (a level's name, a section, a model, an age) and ``context`` (said, with no place in
the plan). Dates and the time answer are left out: ``due`` and ``cap`` own them.

Each goal is planned with the persona's answers and read as one verdict per check:

- ``target``: the plan's target is a number labelled target (in its unit, or the change a
  ``lose 12kg`` says); a miss is ``<role>_as_target`` when the target is a number labelled
  with another role ("experian says 561" planned up to 561), ``target_unit`` when the value
  is right but the unit is another ("5 km" as 5 miles), else ``target_lost``;
- ``start``: when a start is labelled in the target's measure, the plan's start is it; a miss
  is ``start_ignored`` (no start, or zero), ``<role>_as_start`` or ``start_wrong``;
- ``per``: a target said per day, week or month is planned per that period (``rate_lost``);
- ``kept``: each labelled budget, count, size and part, and each money rate, is named in the
  plan (``<role>_unused``), as ``evals.numbers_kept`` reads a plan's places;
- ``label``: no label's number is a measure of the plan or an owner (``label_as_measure``,
  ``number_as_owner``: "CLB 7" as a person, "section 3" as 3%).

Prints each miss, the share right for each check, and the misses by class.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from evals.numbers_kept import canonical, close, plan_places

if TYPE_CHECKING:
    from assistant.models import Plan

LABELS = Path(__file__).with_name("number_roles.jsonl")
CHECKS = ("target", "start", "per", "kept", "label")
LEVEL_UNITS = frozenset({"CLB", "JLPT", "CEFR", "HSK", "IELTS", "belt", "grade"})
_CHANGE_RE = re.compile(r"\b(?:lost|paid|repaid|cleared|gained|put on|down|dropped)\b")
# the plan's unit words for one family of units (labels use short names)
_FAMILY = {
    "weight": {"kg", "lb", "lbs", "st", "stone", "pounds", "kilograms"},
    "distance": {"km", "m", "mi", "miles", "metres", "meters", "k"},
    "clock": {"clock", "o'clock", "bedtime", "time"},
}
_TO_KG = {"kg": 1.0, "lb": 0.45359237, "lbs": 0.45359237, "st": 6.35029318, "stone": 6.35029318}
_TO_KM = {"km": 1.0, "k": 1.0, "m": 0.001, "mi": 1.609344, "miles": 1.609344}
_TO_MIN = {"min": 1.0, "minutes": 1.0, "h": 60.0, "hours": 60.0, "hrs": 60.0, "s": 1 / 60}
# a label's short unit as plans spell it
_ALIASES = {"l": "litres", "mi": "miles", "h": "hours", "min": "minutes", "s": "seconds"}
_PER_RE = {
    "day": re.compile(r"\b(?:a|per|each|every) day\b|\bdaily\b|/day\b|\bnight", re.I),
    "night": re.compile(r"\b(?:a|per|each|every) (?:night|day)\b|\bnightly\b|\bdaily\b", re.I),
    "week": re.compile(r"\b(?:a|per|each|every) week\b|\bweekly\b|/w(?:ee)?k\b", re.I),
    "month": re.compile(r"\b(?:a|per|each|every) month\b|\bmonthly\b|/mo(?:nth)?\b", re.I),
    "fortnight": re.compile(r"\bfortnight\w*|\b(?:every|per) (?:2|two) weeks\b", re.I),
}


def labelled() -> dict[tuple[str, str], list[dict]]:
    """(round, goal id) -> its labelled numbers."""
    out: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[(row["round"], row["id"])].append(row)
    return out


def values(row: dict) -> list[float]:
    """The numbers a label allows: one, both ends of a range ('4-5'), a reading's first."""
    text = str(row["value"]).split("/")[0].split("x")[0]
    out = []
    for part in re.split(r"(?<=\d)-", text):
        try:
            out.append(float(part))
        except ValueError:
            return []  # a level's name ('A2'): no number to compare
    return out


def in_unit(value: float, unit: str, ours: str) -> float | None:
    """``value`` in ``unit`` said in the plan's unit ``ours``, None when the two never meet."""
    low, low_ours = unit.lower(), ours.lower().strip()
    for table in (_TO_KG, _TO_KM, _TO_MIN):
        if low in table and low_ours in table:
            return value * table[low] / table[low_ours]
    if _same_unit(unit, ours):
        return value
    return None


def _stem(word: str) -> str:
    return re.sub(r"(?:es|s)$", "", word.lower())


def _same_unit(unit: str, ours: str) -> bool:
    if not ours or not unit:
        return True  # a bare count: the unit is the plan's measure name
    if unit in ("clock", "score", "%", "/10", "level", "mmhg", "mg/dl", "mmol/mol", "mmol/l"):
        return True  # the plan names these in many ways; the value decides
    unit = _ALIASES.get(unit, unit)
    if unit.isupper() and ours.isupper():  # money: a '$' is the person's dollar
        return canonical(1, unit, "")[1] == canonical(1, ours, "")[1]
    if unit == "money":
        return ours.isupper() and len(ours) == 3  # no currency said: any the plan gives
    unit, ours = unit.lower(), ours.lower()
    words = {_stem(w) for w in re.findall(r"[a-z]+", ours)}
    mine = _stem(unit)
    return mine in words or len(mine) >= 4 and any(w.startswith(mine[:4]) for w in words)


def matches(row: dict, value: float | None, unit: str) -> bool:
    """The plan's ``value`` in ``unit`` is the labelled number (within 2%)."""
    if value is None:
        return False
    for said in values(row):
        mine = in_unit(said, row["unit"], unit)
        if row["unit"] == "clock" and mine is not None:
            if any(abs(value % 24 - h % 24) < 0.26 for h in (said, said + 12)):
                return True
            continue
        if mine is not None and close(mine, value):
            return True
    ends = [in_unit(v, row["unit"], unit) for v in values(row)]
    if len(ends) == 2 and None not in ends and row["unit"] != "clock":
        return min(ends) <= value <= max(ends)  # '3,800-4,500 steps': the middle is theirs
    return False


def _bare_match(row: dict, value: float | None) -> bool:
    return value is not None and any(close(v, value) for v in values(row))


def target_verdict(rows: list[dict], plan: Plan) -> tuple[str, str] | None:
    """('ok' or a miss class, detail) for the plan's target; None when no target is said."""
    metric = plan.goal.metric
    targets = [r for r in rows if r["role"] == "target"]
    starts = [r for r in rows if r["role"] == "start"]
    said = f"plan {metric.target:g} {metric.unit} ({metric.name})"
    levels = [r for r in targets if r["unit"] in LEVEL_UNITS]
    if levels and len(levels) == len(targets):  # 'CLB 7', 'N3', 'B2': the level is named
        kept = plan_text(plan)
        name = levels[0]["text"].lower()
        return ("ok", said) if name in kept else ("level_lost", f"'{name}' named nowhere")
    clocks = [r for r in targets if r["unit"] == "clock"]
    if clocks and clocks[0]["text"].lower().removeprefix("by ") in plan_text(plan):
        return "ok", said  # 'asleep by 11:30 on 5 nights a week': the bedtime is the line
    parts = [v for r in rows if r["role"] == "part" for v in values(r)]
    for row in targets:
        if parts and any(close(v + sum(parts), metric.target) for v in values(row)):
            return "part_added", f"{said}: '{row['text']}' and every other debt said"
    for row in targets:
        if matches(row, metric.target, metric.unit) or matches(row, metric.target, metric.name):
            return "ok", said
        for start, a, b in ((s, a, b) for s in starts for a in values(s) for b in values(row)):
            end = in_unit(b, row["unit"], start["unit"])  # 'from 16st 4 to 15 stone': 18 lb lost
            lost = None if end is None else in_unit(abs(a - end), start["unit"], metric.unit)
            if lost is not None and not row.get("change") and close(lost, metric.target):
                return "ok", said
        if row.get("change"):  # 'lose 12kg (92 to 80)': the end level is the target too
            for start, a, d in ((s, a, d) for s in starts for a in values(s) for d in values(row)):
                step = in_unit(d, row["unit"], start["unit"])
                end = None if step is None else in_unit(a - step, start["unit"], metric.unit)
                if end is not None and close(end, metric.target):
                    return "ok", said
    for row in rows:
        if row["role"] != "target" and matches(row, metric.target, metric.unit):
            if row["role"] in ("count", "size", "held"):  # '4 raised beds', '12k to invest'
                return "ok", said
            return f"{row['role']}_as_target", f"{said} from '{row['text']}'"
    if not targets:
        return None
    if any(_bare_match(r, metric.target) for r in targets):
        return "target_unit", f"{said}; said '{targets[0]['text']}' ({targets[0]['unit']})"
    return "target_lost", f"{said}; said '{targets[0]['text']}'"


def start_verdict(rows: list[dict], plan: Plan) -> tuple[str, str] | None:
    """('ok' or a miss class, detail) when a start is said in the target's measure."""
    metric = plan.goal.metric
    starts = [r for r in rows if r["role"] == "start" and values(r)]
    fitting = [
        r
        for r in starts
        if any(in_unit(v, r["unit"], metric.unit) is not None for v in values(r))
        and _fits(r, rows, plan)
    ]
    if not fitting:
        return None
    said = f"plan start {metric.baseline} {metric.unit}; said '{fitting[0]['text']}'"
    if any(matches(r, metric.baseline, metric.unit) for r in fitting):
        return "ok", said
    if metric.baseline is None and any(values(r) == [0.0] for r in fitting):
        return "ok", said  # none yet: the plan starts from nothing
    if _CHANGE_RE.search(metric.name):  # 'weight lost', 'debt paid off': the level is in words
        own, echo = plan_places(plan)
        places = [(v, u) for v, u, _ in own + echo]
        for row, v, (w, u) in ((r, v, p) for r in fitting for v in values(r) for p in places):
            there = in_unit(v, row["unit"], u)
            if there is not None and close(there, w):
                return "ok", said
    if metric.baseline is None or metric.baseline == 0 and not any(0 in values(r) for r in fitting):
        return "start_ignored", said
    for row in rows:
        if row["role"] != "start" and matches(row, metric.baseline, metric.unit):
            return f"{row['role']}_as_start", said
    return "start_wrong", said


def plan_text(plan: Plan) -> str:
    """The plan's statement, metric and milestone titles, lower-cased."""
    texts = [plan.goal.statement, plan.goal.metric.name, *(m.title for m in plan.milestones)]
    return " ".join(texts).lower()


def _fits(start: dict, rows: list[dict], plan: Plan) -> bool:
    """A start in the target's measure: its unit is the matched target's (a step count for a
    step target, not the mailbox walk's minutes)."""
    metric = plan.goal.metric
    targets = [r for r in rows if r["role"] == "target" and matches(r, metric.target, metric.unit)]
    if not targets:
        return False
    return any(
        (t["unit"] == start["unit"] or in_unit(1, t["unit"], start["unit"]) is not None)
        and t.get("per") == start.get("per")
        for t in targets
    )


def per_verdict(rows: list[dict], plan: Plan) -> tuple[str, str] | None:
    """('ok' or 'rate_lost', detail) for a target said per day, week, month or fortnight."""
    metric = plan.goal.metric
    hit = [
        r
        for r in rows
        if r["role"] == "target"
        and r.get("per") in _PER_RE
        and matches(r, metric.target, metric.unit)
    ]
    if not hit:
        return None
    text = " ".join([metric.name, metric.unit, plan.goal.statement])
    per = hit[0]["per"]
    if _PER_RE[per].search(text) or per == "night" and _PER_RE["day"].search(text):
        return "ok", ""
    return "rate_lost", f"'{hit[0]['text']}' planned as '{metric.name}' ({metric.unit})"


def kept_verdicts(rows: list[dict], plan: Plan) -> list[tuple[str, str]]:
    """('ok' or '<role>_unused', detail) for each budget, count, size, part and money rate."""
    own, echo = plan_places(plan)
    out = []
    for row in rows:
        money = row["unit"].isupper()
        if row["role"] not in ("budget", "count", "size", "part", "held") and not (
            row["role"] == "rate" and money
        ):
            continue
        said = values(row)
        unit = canonical(1, row["unit"], "")[1]
        kept = any(close(v, s) and (u == unit or not money) for v, u, _ in own + echo for s in said)
        out.append(("ok" if kept else f"{row['role']}_unused", f"'{row['text']}'"))
    return out


def label_verdicts(rows: list[dict], plan: Plan) -> list[tuple[str, str]]:
    """A label's number (a level, a section, an age, a model) as a measure or an owner."""
    out = []
    measures = [plan.goal.metric, *(m.metric for m in plan.milestones)]
    for row in rows:
        if row["role"] != "label":
            continue
        digits = re.findall(r"\d+", row["text"])
        owner = next((o for o in plan.owners if any(d in o for d in digits)), None)
        if owner:
            out.append(("number_as_owner", f"'{row['text']}' -> owner '{owner}'"))
            continue
        if any(
            _bare_match(row, m.target)
            and row["unit"] in (m.unit.lower(), "section")
            or row["unit"] == "section"
            and _bare_match(row, m.target)
            for m in measures
        ):
            out.append(("label_as_measure", f"'{row['text']}' as a measure"))
            continue
        out.append(("ok", ""))
    return out


def verdicts(rows: list[dict], plan: Plan) -> dict[str, list[tuple[str, str]]]:
    """Each check's verdicts for one goal's labelled numbers and its plan."""
    out: dict[str, list[tuple[str, str]]] = {c: [] for c in CHECKS}
    for check, read in (("target", target_verdict), ("start", start_verdict), ("per", per_verdict)):
        verdict = read(rows, plan)
        if verdict:
            out[check].append(verdict)
    out["kept"] = kept_verdicts(rows, plan)
    out["label"] = label_verdicts(rows, plan)
    return out


def main(argv: list[str]) -> int:
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.errors import InputError
    from assistant.planner import plan_goal
    from evals.heldout import ROUNDS, TODAY

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    wanted = {Path(a).name for a in argv}
    totals: Counter = Counter()
    misses: Counter = Counter()
    for (rnd, gid), rows in sorted(labelled().items()):
        if wanted and rnd not in wanted:
            continue
        for line in (ROUNDS / rnd / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            goal = json.loads(line)
            if goal["id"] == gid:
                break
        try:
            plan = plan_goal(engine, goal["goal"], dict(goal["answers"]), settings, TODAY).plan
        except InputError:
            continue
        for check, found in verdicts(rows, plan).items():
            for verdict, detail in found:
                totals[check] += 1
                totals[f"{check}:ok"] += verdict == "ok"
                if verdict != "ok":
                    misses[verdict] += 1
                    print(f"{rnd[-7:]} {gid} {verdict}: {detail}")
    right = sum(totals[f"{c}:ok"] for c in CHECKS)
    seen = sum(totals[c] for c in CHECKS)
    print(" ".join(f"{c}={totals[f'{c}:ok']}/{totals[c]}" for c in CHECKS), f"all={right}/{seen}")
    print(" ".join(f"{k}={v}" for k, v in misses.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
