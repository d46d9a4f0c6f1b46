"""The last word on sizes, after every fit, split and repair: a title's stated minutes are the
minutes booked, and a milestone that counts entries ("14 nights logged", "10 readings") has a
log that runs often enough to reach its count in the milestone's window.

Works on any plan; each pass only ever makes a title and its task agree, or raises a tiny log's
rhythm, so running it twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from assistant.engines.offline.early_practice import practice_from_the_start
from assistant.engines.offline.one_rhythm import one_rhythm
from assistant.engines.offline.plan_texts import rewrite_texts
from assistant.engines.offline.title_sizes import distance_minutes, movement
from assistant.language.act_sizes import per_unit
from assistant.language.slots import one_count
from assistant.language.text import content_stems
from assistant.models import Metric, Milestone, Plan, Recurrence, Task
from assistant.validators.indicator_rhythm import (
    Booked,
    booked_for,
    booked_target,
    off_booking,
    period_weeks,
    supplied_target,
)
from assistant.validators.wording import ARRANGING

# "for 25 minutes", "a 20-minute block", "25 min": one session's stated length
_SAID_RE = re.compile(r"\b(\d{1,3})([- ])(minutes?|mins?|min)\b", re.I)
# the minutes belong to something else: a cap, a slot, a rule, a timer, a gap, intervals
_NOT_LENGTH_RE = re.compile(
    r"^\s?(?:cap|limit|max|maximum|rule|window|timer|slot|time ?slot|before|after|earlier|later|"
    r"early|late|gap|break|rest|intervals?|each|apart|walk (?:away|from)|drive|away|from|of (?:each|every)|"
    r"longer|more|extra|further|shorter|less|fewer)\b",
    re.I,
)
_BEFORE_NOT_LENGTH_RE = re.compile(
    r"(?:\b(?:every|each|per|within|after|x|under|below|than|by|to|from|first|last)|\d\s?x)\s$",
    re.I,
)


SHORT_PART = 10  # "a 2-minute talk", "a 5-minute plank": a part inside the session, not its length


def _close(said: int, booked: int) -> bool:
    """A booked session near enough its title's minutes (warm-up and changing on top), or a
    short part of a longer session."""
    if said < SHORT_PART and booked > said:
        return True
    return said - 5 <= booked <= said + max(20, said // 2)


def said_apart(task: Task) -> re.Match[str] | None:
    """The one session length a title states when it is not the minutes booked, else None."""
    if task.status == "dropped" or ARRANGING.match(task.title.lower()):
        return None
    said = [
        m
        for m in _SAID_RE.finditer(task.title)
        if not _NOT_LENGTH_RE.match(task.title[m.end() :])
        and not _BEFORE_NOT_LENGTH_RE.search(task.title[: m.start()])
    ]
    if len(said) != 1 or _close(int(said[0].group(1)), task.estimate_minutes):
        return None
    return said[0]


def minutes_follow_booking(plan: Plan) -> Plan:
    """A title that states one session length says the minutes the task is booked at ("Study
    for 25 minutes" booked at 50 says 50): the booking is what the week was fitted to."""
    for task in plan.tasks():
        m = said_apart(task)
        if m is None:
            continue
        booked = task.estimate_minutes
        old = m.group(1)
        task.title = f"{task.title[: m.start(1)]}{booked}{task.title[m.end(1) :]}"
        if task.done_when:
            own = re.compile(rf"\b{old}(?=[- ](?:minutes?|mins?|min)\b)")
            task.done_when = own.sub(str(booked), task.done_when, count=1)
    return plan


# "14 nights logged", "14 days of home blood pressure readings", "10 readings taken",
# "21 mornings in the diary": a count of entries a log makes, one entry a day at most
_COUNTED_RE = re.compile(
    r"\b(?P<n>\d{1,3})\s(?P<unit>days?|nights?|mornings?|evenings?|readings?|entries|weigh-ins?|"
    r"logs?)\b(?P<rest>[^.;]{0,60})",
    re.I,
)
_LOGGED_RE = re.compile(
    r"\b(?:logged|recorded|tracked|taken|measured|written|noted|readings?|entries|diary|journal|"
    r"log|weigh-ins?)\b",
    re.I,
)
# the act a log or reading is: a minute or five, whatever a template said
_LOG_ACT_RE = re.compile(
    r"^(?:log|record|measure|take (?:a |your |the |\d )?(?:\w+ )?(?:readings?|measurements?)|"
    r"weigh|track|note|jot|write down|fill in|rate)\b",
    re.I,
)
LOG_MINUTES = 5  # a log line or a home reading, written down


def counted_entries(title: str) -> tuple[int, bool] | None:
    """The entries a milestone counts and whether they are one a day ("14 nights logged":
    (14, True); "10 readings": (10, False)); None when it counts no log's entries."""
    m = _COUNTED_RE.search(title)
    if m is None or not 2 <= int(m["n"]) <= 120:
        return None
    unit = m["unit"].lower()
    daily = unit.rstrip("s") in {"day", "night", "morning", "evening"}
    if daily and not _LOGGED_RE.search(m["rest"]):
        return None  # "30 days" is a span, "10 days in a row" the practice's streak: no log's
    return int(m["n"]), daily


def log_task(milestone: Milestone) -> Task | None:
    """The recurring log or reading in the milestone that makes its entries (sharing its
    words when more than one could)."""
    logs = [
        t
        for t in milestone.tasks
        if t.recurrence and t.status == "todo" and _LOG_ACT_RE.match(t.title)
    ]
    if len(logs) <= 1:
        return logs[0] if logs else None
    words = content_stems(milestone.title)
    return max(logs, key=lambda t: len(content_stems(t.title) & words))


def window_days(plan: Plan, index: int) -> int:
    milestone = plan.milestones[index]
    start = plan.milestones[index - 1].deadline if index else plan.start_date
    return max(1, (milestone.deadline - min(start, milestone.deadline)).days)


def logs_reach_count(plan: Plan) -> Plan:
    """A milestone counting N entries in its window gets a log that runs often enough: "14
    nights logged" in two weeks is a nightly log, never a weekly one; the log stays a few
    minutes, so the week barely grows."""
    for index, milestone in enumerate(plan.milestones):
        counted = counted_entries(milestone.title)
        task = log_task(milestone)
        if counted is None or task is None or task.recurrence is None:
            continue
        wanted, daily = counted
        weeks = window_days(plan, index) / 7
        per_week = min(7, math.ceil(wanted / max(weeks, 1 / 7) - 1e-9))
        if task.recurrence.sessions_per_week() >= per_week - 0.01:
            continue
        task.recurrence = (
            Recurrence(times=1, per="day")
            if per_week >= 6 or (daily and per_week >= 5)
            else Recurrence(times=per_week, per="week")
        )
        task.estimate_minutes = min(task.estimate_minutes, LOG_MINUTES)
    return plan


_ONE_GO_RE = re.compile(
    r",?\s(?:in one (?:sitting|go|session)|at once|start to finish|in full|from start to end)\b",
    re.I,
)


def quantities_sized(plan: Plan) -> Plan:
    """A task whose size is a quantity of material (data/act_sizes.toml ``per_unit``) is sized
    by its count: "Make 5 personal asks" booked at 3 hours comes down to the asks' time; a
    count the booking cannot hold is cut to what it holds, and a unit bigger than the whole
    session names the part of it one session does ("Scan 60 prints from 1 box")."""
    for task in plan.tasks():
        found = per_unit(task.title) if task.status == "todo" else None
        if found is None:
            continue
        unit, m = found
        count = int(m["n"]) if m["n"].isdigit() else 1  # "a", "the next", "one more"
        need, have = count * unit.each, task.estimate_minutes
        if have > 2 * need + 10:
            task.estimate_minutes = max(5, math.ceil(need / 5) * 5)
        elif have < need * 3 // 4:
            held = have // unit.each
            if held >= 1 and task.recurrence and _counted_by(plan, task, unit.nouns):
                continue  # its count feeds a milestone that counts the same things: cutting
                # it would leave the milestone short ("Send 3 applications" toward "20 sent")
            if held < 1 and not unit.part:  # one whole unit is the least: booked at its time
                held, task.estimate_minutes = 1, math.ceil(unit.each / 5) * 5
            if held >= 1:
                noun = _singular(m["noun"], unit.nouns) if held == 1 else m["noun"]
                rest = task.title[m.end("n") : m.start("noun")] + noun + task.title[m.end("noun") :]
                task.title = f"{task.title[: m.start('n')]}{held}{rest}"
                if task.done_when:
                    task.done_when = re.sub(rf"\b{m['n']}\b", str(held), task.done_when, count=1)
            elif unit.part and unit.part_each:
                part = max(5, have // unit.part_each // 5 * 5)
                head, tail = task.title[: m.start("n")], task.title[m.start("n") :]
                task.title = f"{head}{part} {unit.part} {_ONE_GO_RE.sub('', tail)}"
    return plan


def _counted_by(plan: Plan, task: Task, nouns: str) -> bool:
    """Whether the milestone holding ``task`` counts the things it makes (its metric's unit)."""
    for milestone in plan.milestones:
        if any(t.id == task.id for t in milestone.tasks):
            return bool(re.fullmatch(nouns, milestone.metric.unit or "", re.I))
    return False


def _singular(noun: str, nouns: str) -> str:
    """One of a unit the table names ("pages": "page", "pitches": "pitch")."""
    for cut in (noun[:-2], noun[:-1]):
        if noun.endswith("s") and re.fullmatch(nouns, cut, re.I):
            return cut
    return noun


LEVEL_SHARE = 2  # a practice session runs at most twice as long as the milestone's test
LEVEL_FLOOR = 30  # and never needs to be cut below half an hour


def within_level(plan: Plan) -> Plan:
    """A milestone that names a distance to cover ("Run 1 km without stopping") bounds the
    sessions that build toward it: a beginner's long run is no 65 minutes while the test is
    1 km, it grows with the milestones' distances."""
    for milestone in plan.milestones:
        test, way = distance_minutes(milestone.title), movement(milestone.title)
        if test is None or way is None:
            continue
        bound = max(LEVEL_FLOOR, LEVEL_SHARE * test)
        for task in milestone.tasks:
            if (
                task.recurrence
                and task.status == "todo"
                and task.estimate_minutes > bound
                and movement(task.title) == way
            ):
                task.resize(bound // 5 * 5)
    return plan


_WEEKLY_WORDS = re.compile(r"\b(per|a|each|every|this) week\b|\bweekly\b")


def in_months(indicator: Metric, booked: Booked) -> bool:
    """A weekly indicator of a practice booked under once a week says its month instead
    ("work blocks done per month: 1", not "per week: 1" next to a monthly block)."""
    if period_weeks(indicator.name) != 1.0 or booked.most >= 1 - 1e-6:
        return False
    name = _WEEKLY_WORDS.sub(
        lambda m: "monthly" if m.group(0) == "weekly" else f"{m.group(1)} month", indicator.name
    )
    if name == indicator.name:
        return False
    indicator.name = name
    indicator.target = float(max(1, round(booked.most * 52 / 12)))
    return True


def indicators_follow_booking(plan: Plan) -> Plan:
    """An indicator counting a practice's sessions or days ("walks per week") says the rhythm
    the tasks book for it, the nearest end of it when milestones ramp: the field's typical 3
    next to a daily walk reads as a plan that contradicts itself. One counting what sessions
    make asks no more than the booked sessions make."""
    for indicator in plan.leading_indicators:
        booked = booked_for(plan, indicator)
        if booked is not None and off_booking(indicator, booked):
            if not in_months(indicator, booked):  # a monthly practice: "per month: 1"
                indicator.target = booked_target(indicator, booked)
        elif (most := supplied_target(plan, indicator)) is not None:
            indicator.target = most  # "30 messages a week" from 4 twice a week says 8
    return plan


def settle_sizes(plan: Plan, today: dt.date | None = None) -> Plan:
    """Every last size pass, in order: quantities, the milestone's level and counted logs
    first, then titles follow the bookings, the practice runs from the first weeks and keeps
    one rhythm across milestones, and indicators say it; a count sized down to one says its
    noun in the singular ('1 application logged')."""
    plan = minutes_follow_booking(logs_reach_count(within_level(quantities_sized(plan))))
    plan = indicators_follow_booking(one_rhythm(practice_from_the_start(plan, today), today))
    return rewrite_texts(plan, one_count)
