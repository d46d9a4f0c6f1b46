"""A race goal with a finish time to beat and a time done before ("5k under 28:00, ran one in
31:40"): the milestones are a ladder of times over the race distance, not distances to cover."""

from __future__ import annotations

import re

from assistant.models import Metric, Milestone
from assistant.playbooks import fmt_value
from assistant.understanding.facts import Understanding
from assistant.understanding.finish_time import clock, read_finish_time

_TEST_RUN_RE = re.compile(r"^Run [\d.,]+ (?:km|miles?) as a test run at an easy pace$")
_LONG_RUN_RE = re.compile(r"^Run a long run [\d.]+ (?:km|miles?) further than last week$")
_BEGINNER_RE = re.compile(r"^Run-walk\b")
_SHORT_RACE_KM = 10.5  # up to a 10k, speed work replaces the long run that grows each week


def time_ladder(milestones: list[Milestone], u: Understanding) -> None:
    """Rungs from the time they ran to the time they want, on the race distance they already
    cover ("Run 5 km in 30:40", "in 29:30", "in under 28:00"), with timed tests and pace work."""
    if u.unit not in {"km", "miles"} or not milestones:
        return
    time = read_finish_time(u.core, u.baseline_said)
    if time is None or time.before is None:
        return
    distance = fmt_value(u.target, u.unit)
    n = len(milestones)
    per = "km" if u.unit == "km" else "mile"
    pace = clock(time.target / u.target)
    short = u.target * (1.0 if u.unit == "km" else 1.609) <= _SHORT_RACE_KM
    for i, m in enumerate(milestones):
        m.tasks = [t for t in m.tasks if not _BEGINNER_RE.match(t.title)]  # they run the race
        last = i == n - 1
        goal = time.target if last else _rung(time.before, time.target, (i + 1) / n)
        said = f"under {clock(goal)}" if last else clock(goal)
        if last:
            if clock(goal) not in m.title:
                m.title = f"{m.title} in under {clock(goal)}"
        else:
            m.title = f"Run {distance} in {said}"
        m.metric = Metric(
            name=f"{distance} finish time",
            target=round(goal, 2),
            unit="minutes",
            baseline=round(time.before, 2),
            kind="progress",
        )
        for t in m.tasks:
            if _TEST_RUN_RE.match(t.title):
                t.title = f"Run {distance} as a timed test, aiming at {clock(goal)}"
                t.done_when = f"Time of the {distance} test logged in the app"
            elif short and _LONG_RUN_RE.match(t.title):
                t.title = (
                    f"Run intervals at goal pace: 1 {per} repeats at {pace} per {per}, "
                    "2 minutes' easy jog between"
                )
                t.done_when = "Repeats and their times logged in the app"


def _rung(before: float, target: float, share: float) -> float:
    """The time a share of the way from the time done to the time wanted, in 10-second steps."""
    return round((before - share * (before - target)) * 6) / 6
