"""Can the time a task is given cover the distance it names? Arithmetic on minutes per km."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.models import Finding, Plan

# minutes per km faster than a strong amateur keeps: a 5k in 17 minutes, a brisk 7.5 km/h walk
FASTEST = {"run": 3.5, "walk": 8.0, "ride": 1.5, "swim": 15.0}
_MOVE = re.compile(
    r"^(run|race|jog|walk|hike|ride|cycle|bike|swim)\b(?!\s(?:a|an|the)\s(?:check|clinic|test\b))"
)
_KIND = {
    "run": "run",
    "race": "run",
    "jog": "run",
    "walk": "walk",
    "hike": "walk",
    "ride": "ride",
    "cycle": "ride",
    "bike": "ride",
    "swim": "swim",
}
_DISTANCE = re.compile(r"\b(\d+(?:\.\d+)?)\s?(km|k|mi|miles?|m)\b")
_KM = {"km": 1.0, "k": 1.0, "mi": 1.609, "mile": 1.609, "miles": 1.609, "m": 0.001}
_DISTANCE_UNITS = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "mi": 1.609, "miles": 1.609}


def _km(title: str, milestone_target: float, milestone_unit: str) -> float | None:
    """The distance a title names, or the milestone's own distance for 'Run the race'."""
    if m := _DISTANCE.search(title):
        return float(m.group(1)) * _KM[m.group(2)]
    per = _DISTANCE_UNITS.get(milestone_unit.lower().strip())
    if per and re.search(r"\bthe race\b", title):
        return milestone_target * per
    return None


def impossible_pace(plan: Plan) -> list[Finding]:
    """task.pace_impossible: 'Run the race' (21.1 km) planned at 50 minutes."""
    out: list[Finding] = []
    for mi, m in enumerate(plan.milestones):
        for ti, t in enumerate(m.tasks):
            title = t.title.lower()
            move = _MOVE.match(title)
            km = _km(title, m.metric.target, m.metric.unit) if move else None
            if move is None or not km or km < 1:
                continue
            kind = _KIND[move.group(1)]
            if t.estimate_minutes / km < FASTEST[kind]:
                out.append(
                    finding(
                        "task.pace_impossible",
                        f"milestones[{mi}].tasks[{ti}]",
                        f"'{t.title}' covers {km:,.3g} km in {t.estimate_minutes} minutes: "
                        f"{t.estimate_minutes / km:.1f} min/km, faster than a strong amateur "
                        f"can {kind}.",
                        "Give the task the time its distance takes at the person's pace, or "
                        "shorten the distance.",
                    )
                )
    return out


# a milestone measured by one session's distance: "longest training hike", "furthest swim"
_ONE_SESSION = re.compile(r"\b(?:longest|furthest|farthest|continuous|non-?stop|single|long)\b")
# the event itself: the race is run on the day, not in a training session of the milestone
_EVENT = re.compile(r"\b(?:race|finish line|event|competition|summit)\b")
_MOVES_IN = re.compile(r"\b(run|runs|jog|walk|walks|hike|hikes|ride|rides|cycle|bike|swim|swims)\b")


def _kind_of(text: str) -> str | None:
    m = _MOVES_IN.search(text)
    return _KIND[m.group(1).rstrip("s") if m.group(1) != "runs" else "run"] if m else None


def distance_unfit(plan: Plan) -> list[Finding]:
    """milestone.session_too_short: a milestone asks for one session of a distance ('longest
    training hike: 8 miles') and its longest session of that movement is too short to cover it
    at any pace a strong amateur keeps (65 minutes)."""
    out: list[Finding] = []
    for mi, m in enumerate(plan.milestones):
        per = _DISTANCE_UNITS.get(m.metric.unit.lower().strip())
        name = m.metric.name.lower()
        kind = _kind_of(name) or _kind_of(m.title.lower())
        if not per or not kind or not _ONE_SESSION.search(name) or _EVENT.search(m.title.lower()):
            continue
        km = m.metric.target * per
        sessions = [t for t in m.tasks if _kind_of(t.title.lower()) == kind]
        if not sessions or km < 1:
            continue
        longest = max(sessions, key=lambda t: t.estimate_minutes)
        own = _DISTANCE.search(longest.title.lower())
        if own and float(own.group(1)) * _KM[own.group(2)] >= km / 2:
            continue  # a session naming the distance is task.pace_impossible's to check
        if longest.estimate_minutes / km < FASTEST[kind]:
            out.append(
                finding(
                    "milestone.session_too_short",
                    f"milestones[{mi}]",
                    f"'{m.title}' asks for {m.metric.target:g} {m.metric.unit} in one go, but "
                    f"its longest session ('{longest.title}') is {longest.estimate_minutes} "
                    f"minutes: {longest.estimate_minutes / km:.1f} min/km, faster than a strong "
                    f"amateur can {kind}.",
                    "Give the long session the time its distance takes at the person's pace.",
                )
            )
    return out
