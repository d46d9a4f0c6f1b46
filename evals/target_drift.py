"""Plans whose goal carries a neighbouring template's target instead of the person's
(`python -m evals.target_drift [rounds...]`): the start read as the target, a distance in the
wrong unit or the pool's length, a count of people turned into hours, a named piece turned
into a count of songs, a bedtime planned as another measure, an age read as the target, reps
of a lift read as people, a frequency cap turned into money, the person's measure word
swapped ('average' as 'median', 'asleep' as 'in bed'), a finish time measured by distance,
a two-number reading target ("under 130/80") kept as one number, a method the person chose
("stepping down the nicotine strength") planned nowhere, and the goal's own target lost
(``target_owned``: a condition's number, a count of who, a label, a part, a proxy). Counts each
cause, all dev rounds.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import TYPE_CHECKING

from assistant.language import find_quantities, normalize
from assistant.understanding.goal_parts import method_planned, plan_text, stated_method
from evals.target_owned import CAUSES as OWNED_CAUSES
from evals.target_owned import owned_causes

if TYPE_CHECKING:
    from assistant.models import Plan

CAUSES = (
    "start_as_target",
    "unit_mixup",
    "people_as_hours",
    "piece_as_count",
    "bedtime_as_other",
    "age_as_target",
    "reps_as_people",
    "cap_as_money",
    "measure_swapped",
    "time_as_distance",
    "reading_halved",
    "method_lost",
    *OWNED_CAUSES,
)
_AGE_RE = re.compile(
    r"\b(?:at|i'?m|im|i am|aged?|turning|turned)\s([1-9]\d)\b(?!\s?(?:%|kg|lbs?|k\b|km|m\b|miles?|"
    r"pounds|minutes?|mins?|hours?|reps|times|days?|weeks?|wpm|bpm|/))|\b([1-9]\d)\s?(?:years? old|yo)\b"
)
_LIFT_REPS_RE = re.compile(r"\b\d{1,2}\s?reps?\b")
_REP_OWNER_RE = re.compile(r"^reps?\s?\d*$")
_CAP_RE = re.compile(
    r"\b(?:once|twice|\d|one|two|three)\s?(?:times?\s|nights?\s|days?\s)?(?:a|per)\s(?:week|month)"
    r"\s(?:max|at most|tops)\b|\b(?:max|at most|no more than)\s(?:once|twice|\d|one|two)\s?"
    r"(?:times?\s|nights?\s)?(?:a|per)\s(?:week|month)\b"
)
_MONEY_UNITS = {"usd", "gbp", "eur", "inr", "aud", "cad", "nzd", "$", "£", "€"}
_SAID_MONEY_RE = re.compile(r"[$£€₹]\s?\d|\d\s?(?:dollars|pounds|quid|euros|bucks)\b")
_SWAPPED = (
    (re.compile(r"\baverage\b|\bavg\b"), re.compile(r"\bmedian\b")),
    (re.compile(r"\bmedian\b"), re.compile(r"\baverage\b")),
    (re.compile(r"\basleep (?:by|before|at)\b"), re.compile(r"\bin bed\b")),
)
_FINISH_TIME_RE = re.compile(
    r"\b(?:under|sub|below|in less than)[- ]?(?:\d{1,2}:\d\d|\d(?:\.\d)?\s?(?:hours?|hrs?|h)\b|"
    r"\d{2,3}\s?(?:minutes|mins?)\b)"
)
_READING_TARGET_RE = re.compile(
    r"\b(?:under|below|to|at|less than|target(?: is)?|get it to)\s(\d{2,3}/\d{2,3})\b"
)
_RACE_RE = re.compile(r"\b(?:marathon|half|5k|10k|parkrun|race|triathlon|ironman|sportive)\b")

# a number said as where they are: "stuck at 85kg", "from 12 regular volunteers", "I'm 72kg"
_START_RE = re.compile(
    r"\b(?:from|now|currently|stuck at|at|i'?m|im|i am|weigh|can(?: only)? \w+|i do|right now|"
    r"used to \w+|never more than|no more than|(?:ran|did|done|swam|walked|hiked|rode|is|was)(?: a| an)?)"
    r"(?:\s(?:about|around|like|maybe|only|just))?\s$"
)
_RATE_AFTER_RE = re.compile(r"^\s(?:a|per|each|every)\s(?:day|week|month|night)\b")
_METRES = {
    "m": 1.0,
    "meters": 1.0,
    "metres": 1.0,
    "km": 1000.0,
    "k": 1000.0,
    "miles": 1609.0,
    "mile": 1609.0,
    "yards": 0.914,
    "yds": 0.914,
    "lengths": 25.0,
    "laps": 25.0,
}
_DISTANCE_WORDS_RE = re.compile(r"\ba (mile|km|kilometre|kilometer)\b")
_CONTAINER_RE = re.compile(r"^\s?(?:pool|track|lap|loop|lane)\b")
_PEOPLE_RE = re.compile(
    r"\b(\d+)\s(?:(?:more|new|regular|active|reliable|paying)\s){0,2}"
    r"(volunteers?|members|people|customers|clients|students|players|subscribers|followers|"
    r"coaches|helpers|parents|runners|families|donors|attendees|signatures)\b"
)
_TIME_UNITS = {"hours", "hour", "minutes", "mins", "hrs", "volunteer hours"}
_PIECE_RE = re.compile(
    r"\b(?:play|learn)\s(?!\d)(?:[a-z']+\s){0,3}?[a-z']+\s"
    r"(?:all the way through|start to finish|from start to finish|from memory|by heart)\b"
)
_BEDTIME_RE = re.compile(
    r"\b(?:asleep|in bed|sleep|bed|lights out)\s(?:by|before|at)\s(?:\d{1,2}(?::\d\d)?\s?(?:pm|am)?|"
    r"midnight|ten|eleven|twelve)\b"
)


def _metres(value: float, unit: str) -> float | None:
    per = _METRES.get((unit or "").lower().split(" ")[0])
    return value * per if per else None


def plan_drift(goal: str, plan: Plan) -> list[str]:
    """The causes of target drift in one plan's goal (empty: it keeps the person's target)."""
    metric = plan.goal.metric
    if metric is None:
        return []
    causes = drift_causes(goal, plan.goal.statement, metric.target, metric.unit, metric.name)
    if _LIFT_REPS_RE.search(normalize(goal)) and any(
        _REP_OWNER_RE.match(str(o).lower()) for o in plan.owners
    ):
        causes.append("reps_as_people")  # "60kg for 5 reps": five reps, not five team members
    text = normalize(goal)
    timed = [metric.unit] + [m.metric.unit for m in plan.milestones if m.metric]
    if (
        _FINISH_TIME_RE.search(text)
        and _RACE_RE.search(text)
        and not any(_metres(1.0, u) is None for u in timed)
    ):
        causes.append("time_as_distance")  # "half marathon under 2 hours": only km measured
    reading = _READING_TARGET_RE.search(text)
    if reading and reading.group(1) not in plan.goal.statement:
        causes.append("reading_halved")  # "under 130/80" planned as "below 130 mmHg"
    method = stated_method(goal)
    if method and not method_planned(method, plan_text(plan)):
        causes.append("method_lost")  # "stepping down the nicotine strength" never planned
    return causes + owned_causes(goal, plan)


def drift_causes(goal: str, statement: str, target: float, unit: str, metric: str) -> list[str]:
    """The causes of drift between the goal text and the plan's goal target, unit and measure."""
    text = normalize(goal)
    unit = (unit or "").lower()
    name = f"{metric} {unit} {statement}".lower()
    causes = []
    found = find_quantities(text)
    starts = [q for q in found if _START_RE.search(text[max(0, q.span[0] - 22) : q.span[0]])]
    others = [q for q in found if q not in starts and q.kind != "percent"]
    owed = "pay off" in name  # "balance is $41k": what they owe is what the goal clears
    if (
        not owed
        and any(abs(q.value - target) < 1e-6 for q in starts)
        and (others or re.search(r"\d(?:\.\d)?\s?x\b", text))
    ):
        causes.append("start_as_target")
    wanted = [
        _metres(q.value, q.unit)
        for q in found
        if q not in starts
        and not _CONTAINER_RE.search(f"{q.unit} {text[q.span[1] :]}".split(" ", 1)[-1])
        and not _RATE_AFTER_RE.match(text[q.span[1] :])  # "20 miles a week": their volume
    ]
    wanted += [
        _metres(1.0, m.group(1)[:4].replace("kilo", "km"))
        for m in _DISTANCE_WORDS_RE.finditer(text)
    ]
    wanted = [w for w in wanted if w]
    have = _metres(target, unit)
    prep = "training" in name  # "ready for the Camino, with a training hike": a test, not the goal
    if wanted and have and not prep and all(abs(have - w) > 0.25 * w for w in wanted):
        causes.append("unit_mixup")
    people = _PEOPLE_RE.search(text)
    if people and (unit in _TIME_UNITS or "hours" in unit):
        causes.append("people_as_hours")
    if _PIECE_RE.search(text) and target > 1 and re.search(r"\b(?:songs|pieces|tunes)\b", unit):
        causes.append("piece_as_count")
    said = re.search(rf"\b{target:g}\s?{unit[:3]}", text)  # "in bed by 11 and get 7 hours"
    if _BEDTIME_RE.search(text) and not said and not re.search(r"\bbed\b|asleep|lights", name):
        causes.append("bedtime_as_other")
    ages = [float(a or b) for a, b in _AGE_RE.findall(text)]
    if any(abs(a - target) < 1e-6 for a in ages) and not re.search(
        rf"\b{target:g}\s?{re.escape(unit[:2])}", text
    ):
        causes.append("age_as_target")  # "learn to swim properly at 42": not 42 m
    if _CAP_RE.search(text) and unit in _MONEY_UNITS and not _SAID_MONEY_RE.search(text):
        causes.append("cap_as_money")  # "once a week max": a count of nights, not dollars
    if any(
        said.search(text) and not stand_in.search(text) and stand_in.search(name)
        for said, stand_in in _SWAPPED
    ):
        causes.append("measure_swapped")
    return causes


def main(args: list[str]) -> int:
    from evals.heldout import dev_plans

    by_cause: Counter[str] = Counter()
    plans = drifted = 0
    for folder, goal, answers, plan in dev_plans(args):
        plans += 1
        causes = plan_drift(goal["goal"], plan)
        if causes:
            drifted += 1
            by_cause.update(causes)
            mode = "b" if answers else "a"
            print(
                f"{folder.name[-7:]:>8} {goal['id']}-{mode} {','.join(causes)}: {plan.goal.statement[:90]}"
            )
    print(f"target drift: {drifted} of {plans} plans")
    for cause in CAUSES:
        print(f"  {cause}: {by_cause[cause]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
