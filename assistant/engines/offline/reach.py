"""Rhythms that can produce what the milestones count: "36 workouts logged" by its date gets
enough workouts a week to get there, "4 dinners a week" gets four cooked dinners a week, and a
routine done "before each session" is done as often as the session.

Raised only within the hours the person has; what still does not fit is said in the plan.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from assistant.models import Assumption, Milestone, Plan, Task

_COUNT_RE = re.compile(r"(?<![$\d.,])\b(\d[\d,]*)\s([a-z]+s)\b(?P<rest>[^;,]*)", re.I)
# measures and spans, not sessions someone does: "5 hours", "2 weeks in a row", "10 lbs"
_MEASURE_WORDS = (
    "seconds minutes mins hours hrs days nights mornings evenings weeks months years "
    "lbs pounds kgs kilos miles kms steps pages words dollars points reps sets "
    "percent servings calories grams cups glasses ups times people members"
)
_MEASURES = frozenset(_MEASURE_WORDS.split())
_RATE_RE = re.compile(r"^(?:\s[a-z]+){0,3}\s(?:a|per|each|every)\sweek\b", re.I)
_SKIP_RE = re.compile(r"\b(?:in a row|in one|straight|running|set|minutes?|hours?)\b", re.I)
_EACH_RE = re.compile(
    r"\b(?:before|after)\s(?:each|every)\s(?:session|workout|run|ride|practice|class|lift)\b",
    re.I,
)
_OCCASIONS = frozenset({"days", "nights", "mornings", "evenings", "times", "sessions"})
_MAX_PER_WEEK = 7
# a call to one named party ("Make 1 call to the collection agency"): a step, not a weekly chore
_ONE_CALL_RE = re.compile(
    r"^(?:make (?:1|one|a|the) (?:phone )?call to|call|phone|ring|email|write to) the\s", re.I
)
_REPEATED_RE = re.compile(r"\b(?:each|every|weekly|daily|again|another|next)\b", re.I)
_HEADROOM = 0.95  # the capacity fit keeps a little under the line: so does this
_SHORTEST = 20  # a counted session shorter than this is no longer the session


def reach_counts(plan: Plan, usable: float, adjust: bool = True) -> Plan:
    """Raise each counted session's rhythm to what its milestone's count needs (within
    ``usable`` minutes a week), and match "before each session" tasks to the session; with
    ``adjust`` off, only say in the plan which counts its rhythm cannot reach."""
    short: list[str] = []
    for milestone in plan.milestones:
        # a count is reached at the average rhythm since the start (the first win counts half)
        weeks = max((milestone.deadline - plan.start_date).days / 7, 1 / 7)
        for count, noun, rate in _counts(milestone.title):
            task = _session_for(milestone, noun)
            if task is None or task.recurrence is None or task.recurrence.per != "week":
                continue
            have = task.recurrence.times
            want = count if rate else math.ceil((count - 0.5) / weeks)
            want = min(want, _MAX_PER_WEEK)
            if want > have:
                fits = _fits(milestone, task, want, usable) if adjust else have
                task.recurrence.times = fits
                if fits < want and not adjust:
                    every = " a week" if rate else ""  # "5 days a week", not "5 days"
                    day = milestone.deadline
                    short.append(f"{count} {noun}{every} by {day.day} {day:%B}")
        if adjust:
            _match_each_session(milestone, usable)
            _one_off_calls(milestone)
    if short:
        plan.assumptions.append(
            Assumption(
                text=(
                    f"Your hours a week fit fewer sessions than the plan's counts need "
                    f"({'; '.join(short)}): more time a week or a later date would close the gap"
                ),
                source="stated",  # a fact about the hours they have, not a guess
                key="capacity",
            )
        )
    return plan


def _counts(title: str) -> list[tuple[int, str, bool]]:
    """The counts a milestone title asks: (number, plural noun, whether it is a week's rate)."""
    out = []
    for m in _COUNT_RE.finditer(title):
        rest = m.group("rest")
        noun = m.group(2).lower()
        rate = bool(_RATE_RE.match(rest))
        logged = re.match(r"\s(?:logged|tracked|recorded|written)\b", rest)
        if noun in _MEASURES and not ((rate or logged) and noun in _OCCASIONS):
            continue
        if not rate and _SKIP_RE.search(rest.split(" by ")[0][:25]):
            continue
        number = int(m.group(1).replace(",", ""))
        if number < 1 or (rate and number > _MAX_PER_WEEK):
            continue
        out.append((number, noun, rate))
    return out


def _stem(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") else noun


def _session_for(milestone: Milestone, noun: str) -> Task | None:
    """The recurring task that produces the counted noun: the most frequent, then longest."""
    stem = _stem(noun)
    live = [t for t in milestone.tasks if t.recurrence and t.status == "todo"]
    # "5 days a week" counts the session's days, not a task that names "the day's meals"
    matches = (
        [] if noun in _OCCASIONS else [t for t in live if re.search(rf"\b{stem}", t.title.lower())]
    )
    if not matches and noun in _OCCASIONS:  # "4 nights a week": the milestone's own session
        return next((t for t in live if not t.attacks_constraint and not _review(t)), None)
    if not matches:
        return None
    return max(matches, key=lambda t: (t.recurrence.times, t.estimate_minutes))  # type: ignore[union-attr]


def _review(task: Task) -> bool:
    return task.title.startswith("Review the week")


def _weekly(milestone: Milestone) -> float:
    return sum(
        t.recurrence.sessions_per_week() * t.estimate_minutes
        for t in milestone.tasks
        if t.recurrence and t.status == "todo"
    )


def _fits(milestone: Milestone, task: Task, want: int, usable: float) -> int:
    """The largest rhythm up to ``want`` whose week stays within ``usable`` minutes; a long
    session is shortened (never under 20 minutes) so that it can come as often as needed."""
    have = task.recurrence.times if task.recurrence else 1
    usable *= _HEADROOM
    room = usable - _weekly(milestone)
    extra = int(room // max(task.estimate_minutes, 1)) if room > 0 else 0
    if have + extra >= want:
        return want
    others = _weekly(milestone) - have * task.estimate_minutes
    times = min(want, int((usable - others) // _SHORTEST))
    if times <= have + extra:
        return have + extra
    task.resize(min(task.estimate_minutes, int((usable - others) / times // 5 * 5)))
    return times


def _match_each_session(milestone: Milestone, usable: float) -> None:
    """A routine done "before each session" repeats as often as the session it goes with; the
    session gives up the routine's minutes when the week would not hold both."""
    for task in milestone.tasks:
        if not task.recurrence or not _EACH_RE.search(task.title):
            continue
        others = [t for t in milestone.tasks if t.recurrence and t is not task]
        if not others:
            continue
        main = max(others, key=lambda t: t.recurrence.times * t.estimate_minutes)  # type: ignore[union-attr]
        if not main.recurrence or main.recurrence.per != task.recurrence.per:
            continue
        task.recurrence.times = max(task.recurrence.times, main.recurrence.times)
        over = _weekly(milestone) - usable
        if over > 0 and main.estimate_minutes - task.estimate_minutes >= _SHORTEST:
            main.resize(main.estimate_minutes - task.estimate_minutes)


def _one_off_calls(milestone: Milestone) -> None:
    """A call to one named party is made once in a milestone, within two weeks of its start,
    not every week until the deadline."""
    for task in milestone.tasks:
        if not task.recurrence or not _ONE_CALL_RE.match(task.title):
            continue
        if _REPEATED_RE.search(task.title):
            continue
        task.recurrence = None
        if task.start is not None:
            task.due = min(task.due, task.start + dt.timedelta(days=14))
