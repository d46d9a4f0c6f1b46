"""A race goal with a finish time to beat and a time done before ("5k under 28:00, ran one in
31:40"): the milestones are a ladder of times over the race distance, not distances to cover."""

from __future__ import annotations

import re

from assistant.models import Metric, Milestone, Plan
from assistant.playbooks import fmt_value
from assistant.understanding.facts import Understanding
from assistant.understanding.finish_time import clock, read_finish_time

_TEST_RUN_RE = re.compile(r"^Run [\d.,]+ (?:km|miles?) as a test run at an easy pace$")
_LONG_RUN_RE = re.compile(r"^Run a long run [\d.]+ (?:km|miles?) further than last week$")
_BEGINNER_RE = re.compile(r"^Run-walk\b")
_EASY_RE = re.compile(r"^Run \d+ minutes at an easy, conversational pace$")
_SHORT_RACE_KM = 10.5  # up to a 10k, goal-pace intervals replace an easy run once a week
_KM = {"km": 1.0, "miles": 1.609}
_OFF_RE = re.compile(
    r"\byears? ago\b|\bback in (?:\d{4}|college|school)\b|\b(?:stopped|been off|mostly off|"
    r"haven'?t run|out of shape|took (?:a|some) time off)\b"
)


def time_ladder(milestones: list[Milestone], u: Understanding) -> None:
    """Rungs from the time they ran to the time they want, on the race distance they already
    cover ("Run 5 km in 30:40", "in 29:30", "in under 28:00"), with timed tests and pace work."""
    if u.unit not in {"km", "miles"} or not milestones:
        return
    time = read_finish_time(u.core, u.baseline_said)
    if time is None:
        return
    final = milestones[-1]
    if time.before is None or not _covers(u):  # distance first; the race still has its time
        if clock(time.target) not in final.title and final.metric.target >= u.target:
            final.title = f"{final.title} in under {clock(time.target)}"
        if clock(time.target) in final.title:  # the race is judged on its time, not its km
            final.metric = Metric(
                name=f"{fmt_value(u.target, u.unit)} finish time",
                target=round(time.target, 2),
                unit="minutes",
                baseline=None,
                kind="progress",
            )
        return
    distance = fmt_value(u.target, u.unit)
    n = len(milestones)
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


def pace_work(milestones: list[Milestone], u: Understanding) -> None:
    """Goal-pace intervals once a week in a short race's time ladder, set once the week's
    sessions are fitted (a renamed session is never the one the fitting drops)."""
    time = read_finish_time(u.core, u.baseline_said) if u.unit in {"km", "miles"} else None
    if time is None or time.before is None or u.target * _KM[u.unit] > _SHORT_RACE_KM:
        return
    if not _covers(u):
        return
    per = "km" if u.unit == "km" else "mile"
    for m in milestones:
        _pace_work(m, per, clock(time.target / u.target))


def _pace_work(m: Milestone, per: str, pace: str) -> None:
    """One run a week at goal pace: one of the easy runs becomes intervals (or else the long
    run that grows each week does), so the week's running time stays what it was."""
    title = f"Run intervals at goal pace: 1 {per} repeats at {pace} per {per}, 2 minutes' easy jog between"
    done_when = "Repeats and their times logged in the app"
    easy = next((t for t in m.tasks if _EASY_RE.match(t.title) and t.recurrence), None)
    if easy is None or easy.recurrence is None or easy.recurrence.times < 2:
        for t in m.tasks:
            if _LONG_RUN_RE.match(t.title):
                t.title, t.done_when = title, done_when
        return
    easy.recurrence = easy.recurrence.model_copy(update={"times": easy.recurrence.times - 1})
    one = easy.recurrence.model_copy(update={"times": 1})
    fast = easy.model_copy(update={"id": f"{easy.id}-pace", "title": title, "recurrence": one})
    fast.done_when = done_when
    m.tasks.insert(m.tasks.index(easy) + 1, fast)


def _covers(u: Understanding) -> bool:
    """Whether they run the race distance now: a longest run shorter than it ("longest lately
    is 8k" for a half) climbs in distance first, whatever time they ran years ago."""
    if _OFF_RE.search(f"{u.core} {u.baseline_said.lower()}"):
        return False  # "ran one in 2:14 two years ago and then stopped": that time is gone
    return u.baseline is None or u.baseline >= u.target


def _rung(before: float, target: float, share: float) -> float:
    """The time a share of the way from the time done to the time wanted, in 10-second steps."""
    return round((before - share * (before - target)) * 6) / 6


def goal_on_time(plan: Plan) -> None:
    """A race judged on its time is measured by its time: the goal's metric is the final
    milestone's finish time (from the time they run now), not the distance they already cover;
    the plan's note on how success is measured says so too."""
    final = plan.milestones[-1].metric if plan.milestones else None
    if final is None or final.unit != "minutes" or not final.name.endswith("finish time"):
        return
    if final.baseline is None:  # distance first (a longest run short of the race): kept
        return
    plan.goal.metric = final.model_copy(update={"kind": "lagging"})
    for assumption in plan.assumptions:
        if assumption.key == "metric":
            assumption.text = (
                f"Success is measured by {final.name}: from {clock(final.baseline)} to under "
                f"{clock(final.target)}"
            )
