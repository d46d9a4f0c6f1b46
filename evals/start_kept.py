"""Whether a plan keeps the start the person said, and builds its ladder and first rung from it.

``python -m evals.start_kept [ROUND_DIR ...]`` plans each round goal without and with the
persona's answers and counts three failures (round 25's coaches: "prediabetic at 6.3% planned
from 8", "11 regular clients, 'reach 3' already met", "£450 raised, first milestone £300", "a
2-minute jogger given 30-minute runs"):

- ``start differs``: the person said where they are (the baseline answer first, then a "now"
  number in the goal) in the plan's own unit, and the plan's start is another number or none;
- ``wrong side``: a milestone of the goal's own measure sits at or behind the start (or past
  the target), or the target itself is at or behind the start the person said (already met);
- ``first dose > 3x``: the person said a per-session amount they manage now (2 minutes of
  running, 1 mile, 4,000 steps, 10 lengths) and a first-milestone session naming that unit asks for
  more than 3 times it.

The start said is read here with a few patterns written from the rounds, not the planner's code.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from assistant.language import normalize
from assistant.models import Plan
from assistant.playbooks import MONEY_UNITS
from evals.heldout import dev_plans

_NUM = r"(\d[\d,]*(?:\.\d+)?)\s?(k\b)?"
# a number said as where they are now, in the goal's own words
_GOAL_NOW_RE = re.compile(
    r"\b(?:i'?m at|we'?re at|i am at|we are at|currently(?: at)?|right now|now at|so far|was|were|"
    r"got|scored|i weigh|weigh|have|has|raised|saved|i run|i can run|can run|can do|can walk|"
    r"can swim|at about|at around|sitting at)\s(?:about\s|around\s|maybe\s|only\s|just\s)?"
    r"(?:[$£€₹]|rs\.?\s?|r\s?)?" + _NUM
)
_NOT_START_RE = re.compile(
    r"^\s?(?:years?|yrs?|y/?o|kids?|children|weeks?|months?|days? (?:ago|left|from)|times?|hours? (?:ago|a)|"
    r"am\b|pm\b|of (?:us|them)|more|new)"
)
_CHANGE_RE = re.compile(r"\b(?:in a row|lost|free|without|streak|cut|less|fewer|off)\b")
_ANY_NUM_RE = re.compile(r"(?:[$£€₹]|rs\.?\s?)?" + _NUM)
_UNIT_WORDS = {
    "min": ("min", "minute"),
    "minutes": ("min", "minute"),
    "miles": ("mile", "mi\\b"),
    "mile": ("mile", "mi\\b"),
    "km": ("km", "kilomet"),
    "steps": ("step", "k\\b", ""),
    "lengths": ("length", "lap"),
    "laps": ("length", "lap"),
    "reps": ("rep", "push", "pull", "squat"),
}
_DOSE_UNITS = (
    ("minutes", r"(\d+)\s?(?:-\s?\d+\s?)?(?:minutes?|mins?)\b"),
    ("miles", r"(\d+(?:\.\d+)?)\s?(?:miles?|mi)\b"),
    ("km", r"(\d+(?:\.\d+)?)\s?(?:km|kilomet\w+)\b"),
    ("lengths", r"(\d+)\s?(?:lengths?|laps?)\b"),
    ("steps", r"(\d[\d,]*)\s?(k\b)?\s?steps\b"),
)
_INTERVALS_RE = re.compile(r"\brun[- ]walk\b|\bintervals?\b|\brepeated\b")
_PRACTICE_RE = re.compile(
    r"\b(?:run|running|jog|jogging|walk|walking|swim|swimming|lengths|laps|steps|push-?ups|"
    r"cycle|cycling|ride|row|rowing)\b"
)


def _value(m: re.Match, group: int = 1) -> float:
    value = float(m.group(group).replace(",", ""))
    return value * 1000 if m.group(group + 1) else value


def said_start(goal: str, answers: dict[str, str], b: Plan) -> float | None:
    """The start the person said in the goal's unit: the baseline answer's number first (the
    one naming the plan's unit when several), else a "now" number in the goal."""
    metric = b.goal.metric
    unit = (metric.unit or "").lower()
    money = metric.unit.upper() in MONEY_UNITS
    answer = normalize(str(answers.get("baseline", "")))
    found: list[float] = []
    if _CHANGE_RE.search(metric.name) or unit in {"days", "weeks"}:
        return None  # kilos lost, days in a row: the measure of the change starts at zero
    for m in _ANY_NUM_RE.finditer(answer):
        tail = answer[m.end() : m.end() + 24]
        if (
            _NOT_START_RE.match(tail)
            or re.match(r"^\s?[:/']|^\s?(?:-|to|or)\s?\d", tail)
            or answer[: m.start()].endswith(("/", "-", ":", "of ", "out of "))
        ):
            continue
        symbol = bool(re.match(r"[$£€₹]|rs", m.group(0)))
        names = unit and re.match(
            rf"^\s?(?:[a-z-]+\s){{0,2}}?{re.escape(unit.split()[0][:4])}", tail
        )
        if money and (symbol or re.match(r"^\s?(?:dollars|pounds|euros|rupees|quid)", tail)):
            return _value(m)
        if names and not money:
            return _value(m)
        found.append(_value(m))
    if found and not money and len(found) == 1 and unit in {"%", "band", "points", ""}:
        return found[0]
    text = normalize(goal)
    for m in _GOAL_NOW_RE.finditer(text):
        if _NOT_START_RE.match(text[m.end() :]):
            continue
        value = _value(m)
        if value > 0:
            return value
    return None


def start_differs(start: float | None, b: Plan, said: list[float]) -> list[tuple[str, str]]:
    metric = b.goal.metric
    if start is None or metric.target is None:
        return []
    if not (metric.target / 30 <= start <= metric.target * 30 or metric.target == 0):
        return []  # another measure said ("weigh 88kg" beside an HbA1c)
    plan = metric.baseline
    close = max(0.15 * abs(start), 1e-6)  # "4-5 hours": 4.5
    if plan is not None and any(abs(plan - v) <= close for v in said):
        return []  # another number they said as now ("kids 2 miles, me 1": from 1)
    if plan is None or abs(plan - start) > close:
        shown = "none" if plan is None else f"{plan:g}"
        return [("start differs", f"said {start:g}, plan starts {shown}")]
    return []


def _way(goal: str, b: Plan, start: float | None) -> int:
    metric = b.goal.metric
    if start is not None and metric.target != start:
        return 1 if metric.target > start else -1
    values = [m.metric.target for m in b.milestones if m.metric.unit == metric.unit]
    if len(values) >= 2 and values[-1] != values[0]:
        return 1 if values[-1] > values[0] else -1
    return 0


def wrong_side(
    goal: str, answers: dict[str, str], start: float | None, b: Plan
) -> list[tuple[str, str]]:
    metric = b.goal.metric
    if (
        start is not None
        and metric.target
        and not metric.target / 30 <= start <= metric.target * 30
    ):
        start = None  # another measure said ("60 days from the letter" beside 4 steps)
    base = metric.baseline if metric.baseline is not None else start
    if base is None or metric.target is None or "in a row" in metric.name:
        return []
    text = normalize(goal)
    down = bool(
        re.search(r"\b(?:lose|cut|reduce|lower|down|under|below|less|fewer|quit|stop)\b", text)
    )
    up = bool(
        re.search(r"\b(?:more|new|raise|increase|grow|reach|up to|save|get to|build)\b", text)
    )
    if start is not None and start != metric.target and up != down:
        asked = 1 if up else -1
        if asked * (metric.target - start) <= 0 and "lost" not in metric.name:
            return [("wrong side", f"target {metric.target:g} already passed from {start:g}")]
    way = (metric.target > base) - (metric.target < base)
    if not way:
        return []
    for ms in b.milestones[:-1]:
        if ms.metric.unit != metric.unit or ms.metric.name != metric.name:
            continue
        v = ms.metric.target
        if way * (v - base) <= 0 or way * (metric.target - v) < 0:
            return [("wrong side", f"milestone {v:g} outside {base:g}..{metric.target:g}")]
    return []


def first_dose(answers: dict[str, str], goal: str, b: Plan) -> list[tuple[str, str]]:
    """A per-session amount they said they manage, and the first session naming its unit."""
    said = normalize(str(answers.get("baseline", ""))) + " . " + normalize(goal)
    if not _PRACTICE_RE.search(said):
        return []
    sessions = [t for t in (b.milestones[0].tasks if b.milestones else []) if t.recurrence]
    for unit, pattern in _DOSE_UNITS:
        m = re.search(pattern, said)
        if not m or not _PRACTICE_RE.search(said[max(0, m.start() - 40) : m.end() + 30]):
            continue
        start = float(m.group(1).replace(",", "")) * (1000 if unit == "steps" and m.group(2) else 1)
        if start <= 0:
            continue
        for task in sessions:
            title = normalize(task.title)
            if not _PRACTICE_RE.search(title) or _INTERVALS_RE.search(title):
                continue  # run-walk intervals are the built-up start
            t = re.search(pattern, title)
            if t:
                dose = float(t.group(1).replace(",", "")) * (
                    1000 if unit == "steps" and t.group(2) else 1
                )
            elif unit == "minutes":
                dose = float(task.estimate_minutes)
            else:
                continue
            if dose > 3 * start:
                return [("first dose > 3x", f"said {start:g} {unit}; first: {task.title[:70]!r}")]
            return []
    return []


def _numbers(goal: str, answers: dict[str, str]) -> list[float]:
    text = normalize(f"{answers.get('baseline', '')} . {goal}")
    return [_value(m) for m in _ANY_NUM_RE.finditer(text)]


def kept(goal: str, answers: dict[str, str], b: Plan) -> list[tuple[str, str]]:
    start = said_start(goal, answers, b)
    return (
        start_differs(start, b, _numbers(goal, answers))
        + wrong_side(goal, answers, start, b)
        + first_dose(answers, goal, b)
    )


def main(args: list[str]) -> int:
    counts = {"a": Counter(), "b": Counter()}
    plans = {"a": 0, "b": 0}
    for folder, row, answers, b in dev_plans(args):
        mode = "b" if answers else "a"
        plans[mode] += 1
        found = kept(row["goal"], answers, b)
        counts[mode].update({cause for cause, _ in found})
        if found:
            print(
                f"{folder.name[-7:]} {row['id']}-{mode}: "
                + "; ".join(f"[{c}] {d}" for c, d in found),
                flush=True,
            )
    for mode, label in (("a", "without answers"), ("b", "with answers")):
        print(f"{label}: {plans[mode]} plans; {dict(sorted(counts[mode].items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
