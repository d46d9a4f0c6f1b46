"""A task's rhythm that matches its title: a daily log is done every day at its real tiny cost,
a warm-up "before each session" repeats with the sessions, and a task that stays weekly is
worded for a week, never "daily".

Works on any plan (offline, LLM-written, revised): ``daily_step`` shapes a field's steps before
they are scheduled, ``follow_sessions`` and ``word_for_rhythm`` settle a plan's tasks.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from assistant.engines.offline.workday_rhythm import (
    span_as_titled,
    week_words_fit,
    workdays_as_titled,
)
from assistant.models import Milestone, Plan, Recurrence, Task
from assistant.playbooks import Step

TINY_MINUTES = 5  # what a daily log, check or note really takes
INSTANT_MINUTES = 3  # what drinking a shake, taking a pill or ticking a box takes
_TINY_MOST = 10  # a daily habit planned at up to this many minutes is a tiny one
# "daily" as a description of a thing, not of the task's rhythm: a daily anchor, the daily
# step average, a daily limit
_THING = (
    r"anchor|cues?|reminders?|alarms?|limits?|targets?|average|amount|goal|step|steps|"
    r"calorie|calories|screen|spending|allowance|budget|dose|collection|watering|prayer time"
)
_DAILY_RE = re.compile(
    rf"\bdaily\b(?!\s(?:{_THING})\b)|\bnightly\b"
    r"|\b(?:each|every) (?:day|night|morning|evening)\b(?!'s)"
    r"|\b(?:the|each) day's\b|\btoday's\b|\btonight's\b|\btoday\b(?= (?:sugar|alcohol|smoke|drink|vape)\w*-free)",
    re.I,
)
_WORKDAY_RE = re.compile(r"\b(?:each|every) (?:work|week) ?day\b", re.I)
# a task about planning the week or trying something for one week, not a daily act
_WEEK_TASK_RE = re.compile(
    r"\b(?:next|this|the coming) week\b|\bnext week's\b|\bfor the week\b|\beach (?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.I,
)
_EACH_SESSION_RE = re.compile(
    r"\b(?:before|after) (?:each|every) (?:session|workout|practice|run|ride|swim|class|"
    r"lesson|game|match|training|lift|climb|walk|visit|(?:planned|gym|training|run) day)\b",
    re.I,
)


def says_daily(title: str) -> bool:
    """Whether a title asks for the act every day ("Log the day's meals", "daily shake")."""
    return bool(_DAILY_RE.search(title)) and not _WEEK_TASK_RE.search(title)


def says_workdays(title: str) -> bool:
    """Whether a title asks for the act on each workday."""
    return bool(_WORKDAY_RE.search(title)) and not _WEEK_TASK_RE.search(title)


_TINY_ACT_RE = re.compile(
    r"^(?:log|jot|note|rate|record|tick|weigh|check|count|mark|score|write down|fill in|drink|"
    r"swallow|take (?:the|your|a|an|one) (?:\w+ )?(?:pill|tablet|dose|medication|medicine|"
    r"vitamin|supplement|reading))\b",
    re.I,
)
# a title that names its own length is a session, whatever its verb ("Take a 10-minute walk")
_OWN_LENGTH_RE = re.compile(r"\b\d+[- ]?(?:minutes?|mins?|min|hours?|hrs?)\b|\ban? hour\b", re.I)


_INSTANT_RE = re.compile(r"^(?:drink|take|swallow|tick)\b", re.I)  # nothing to write


def _cost(title: str, minutes: int) -> int:
    """The real minutes of a tiny act: a few for a log line, fewer to drink a shake."""
    return min(minutes, INSTANT_MINUTES if _INSTANT_RE.search(title) else TINY_MINUTES)


def tiny(title: str, minutes: int) -> bool:
    """A quick act a few minutes long: a log line, a check, a tick, a shake (not the practice
    itself: "Read today's chapters" for 10 minutes is a session)."""
    return (
        minutes <= _TINY_MOST
        and bool(_TINY_ACT_RE.search(title))
        and not _OWN_LENGTH_RE.search(title)
    )


def daily_step(step: Step) -> Step:
    """A field's step that asks for a tiny act each day (or workday), or plans one on most
    days, is planned that often at its real tiny cost: "Log the day's meals" every day for 5
    minutes, not 10 minutes 3 days a week."""
    if step.times <= 0 or not tiny(step.title, step.minutes):
        return step
    cost = _cost(step.title, step.minutes)
    if says_daily(step.title):
        return replace(step, times=7, minutes=cost)
    if says_workdays(step.title):
        return replace(step, times=5, minutes=cost)
    if step.times >= 5:  # "Drink the shake between meals", 6 days a week
        return replace(step, minutes=cost)
    return step


def rhythm_of(step: Step) -> Recurrence | None:
    """The recurrence a daily step keeps: once a day, so the fit never thins it to 4 days."""
    if step.times == 7 and tiny_habit(step) and says_daily(step.title):
        return Recurrence(times=1, per="day")
    return None


def per_session(task: Task) -> bool:
    """Whether a task is tied to each session ("Do the warm-up before each session")."""
    return bool(task.recurrence and _EACH_SESSION_RE.search(task.title))


def _main(tasks: list[Task]) -> Task | None:
    return next(
        (
            t
            for t in tasks
            if t.recurrence
            and t.status == "todo"
            and not t.attacks_constraint
            and not per_session(t)
            and not t.title.startswith("Review the week")
        ),
        None,
    )


def follow_sessions(plan: Plan, up: bool = True) -> Plan:
    """A task tied to each session repeats as often as its milestone's main session (with
    ``up`` off it only follows the sessions down, so a fitted week never grows)."""
    for milestone in plan.milestones:
        main = _main(milestone.tasks)
        if main is None or main.recurrence is None:
            continue
        for task in milestone.tasks:
            if not per_session(task) or task.status != "todo" or task.recurrence is None:
                continue
            want, have = main.recurrence.sessions_per_week(), task.recurrence.sessions_per_week()
            if want > have and up or want < have:
                task.recurrence = main.recurrence.model_copy()
    return plan


_DAY_OWN_RE = re.compile(r"\b(?:the|each) day's\b|\btoday's\b", re.I)
_DAILY_ADJ_RE = re.compile(r"\b(an?\s)?daily\s", re.I)
_DAILY_ADV_RE = re.compile(
    r",?\s\b(?:each|every)\s(?:day|night|morning|evening)\b(?!'s)|\s\b(?:daily|nightly)\b(?=$|[,.;:])",
    re.I,
)
_FOR_WORKDAYS_RE = re.compile(r"\bfor (?:each|every) (work|week) ?day\b", re.I)


def word_for_rhythm(plan: Plan) -> Plan:
    """A recurring task planned on fewer than 4 days a week is worded for the week: "Log the
    day's meals" twice a week reads "Log the week's meals", "daily" is dropped."""
    for task in plan.tasks():
        rec = task.recurrence
        if rec is None:
            continue
        week_words_fit(task)
        days = rec.sessions_per_week()
        if days < 4 and says_daily(task.title):  # 4 days a week still log "the day's" meals
            task.title = _weekly_words(task.title)
            task.done_when = _weekly_words(task.done_when)
        elif days < 4 and says_workdays(task.title):
            title = _FOR_WORKDAYS_RE.sub(r"for the week's \1days", task.title)
            task.title = _WORKDAY_RE.sub("on workdays", title)
    return plan


def _weekly_words(title: str) -> str:
    title = re.sub(r"\bfor the day\b", "for the week", title, flags=re.I)
    title = _DAY_OWN_RE.sub("the week's", title)
    title = _DAILY_ADV_RE.sub("", title)
    title = re.sub(r"\btonight's\b", "the week's", title, flags=re.I)
    title = _DAILY_ADJ_RE.sub(lambda m: "a " if m.group(1) else "", title)
    title = re.sub(r"\bTick today (?=\w+-free)", "Tick the days ", title)
    title = re.sub(r"\s{2,}", " ", title).strip()
    return title[:1].upper() + title[1:]


def tiny_habit(step: Step) -> bool:
    """A step planned as a tiny act on (work)days: it keeps its days and its few minutes."""
    return step.times >= 5 and step.minutes <= TINY_MINUTES and tiny(step.title, step.minutes)


def tiny_task(task: Task) -> bool:
    """A scheduled task that is a tiny act every day or workday ("Log the day's meals")."""
    rec = task.recurrence
    return bool(
        rec
        and rec.sessions_per_week() >= 5
        and task.estimate_minutes <= TINY_MINUTES
        and tiny(task.title, task.estimate_minutes)
    )


WEEKLY_LOG_MINUTES = 10  # a week's log written in one sitting


def as_weekly(task: Task) -> bool:
    """A tiny daily act the week has no room for becomes one weekly sitting, worded for the
    week ("Log the week's meals", 10 minutes), so the main sessions keep their time."""
    if not tiny_task(task) or not (says_daily(task.title) or says_workdays(task.title)):
        return False  # "Drink the shake between meals" keeps its days: it costs minutes
    task.recurrence = Recurrence(times=1, per="week")
    task.estimate_minutes = WEEKLY_LOG_MINUTES
    if says_daily(task.title):
        task.title = _weekly_words(task.title)
        task.done_when = _weekly_words(task.done_when)
    else:
        title = _FOR_WORKDAYS_RE.sub(r"for the week's \1days", task.title)
        task.title = _WORKDAY_RE.sub("on workdays", title)
    return True


def weekly_step(step: Step) -> Step:
    """A daily step as one weekly sitting worded for the week; a tiny act that does not say
    "daily" stays as the field wrote it (the week's room decides its days)."""
    if not (says_daily(step.title) or says_workdays(step.title)):
        return step
    return replace(
        step,
        title=_weekly_words(_workdays_words(step.title)),
        done_when=_weekly_words(step.done_when),
        minutes=WEEKLY_LOG_MINUTES,
        times=1,
    )


def _workdays_words(title: str) -> str:
    title = _FOR_WORKDAYS_RE.sub(r"for the week's \1days", title)
    return _WORKDAY_RE.sub("on workdays", title)


_WEEKLY_WORDS_RE = re.compile(r"\b(?:this|each|every) week\b(?!'s)", re.I)


def weekly_once(plan: Plan) -> Plan:
    """A tiny note worded for the week ("Note how mood felt this week") that was scheduled
    daily, as a retitled daily log can be, is done once a week."""
    for task in plan.tasks():
        rec = task.recurrence
        if rec is None or rec.sessions_per_week() < 5 or says_daily(task.title):
            continue
        if task.estimate_minutes > TINY_MINUTES or not _TINY_ACT_RE.search(task.title):
            continue  # "Cook dinner from this week's plan" 5 times a week is a session
        if _WEEKLY_WORDS_RE.search(task.title):
            task.recurrence = Recurrence(times=1, per="week")
            task.estimate_minutes = max(task.estimate_minutes, WEEKLY_LOG_MINUTES)
    return plan


_SAID_MINUTES_RE = re.compile(r"\b(\d+)([- ])(minutes?|mins?|min)\b", re.I)
_PATH_RE = re.compile(r"milestones\[(\d+)\]\.tasks\[(\d+)\]")


def minutes_agree(plan: Plan) -> Plan:
    """A title's minutes follow the planned ones when the fit or a swap left them apart ("Move
    for 20 minutes" planned at 5 says 5); a session far longer than its title says is cut."""
    from assistant.validators.wording import title_durations

    for found in title_durations(plan):
        m = _PATH_RE.fullmatch(found.path)
        if m is None:
            continue
        task = plan.milestones[int(m.group(1))].tasks[int(m.group(2))]
        said = _SAID_MINUTES_RE.findall(task.title)
        if len(said) != 1:
            continue
        number = int(said[0][0])
        if task.estimate_minutes < number:
            task.title = _SAID_MINUTES_RE.sub(rf"{task.estimate_minutes}\2\3", task.title)
        else:
            task.estimate_minutes = number + 10  # warm-up and changing, not twice the length
    return plan


_COUNT = {"once": 1, "twice": 2, "one": 1, "two": 2, "three": 3, "four": 4}
# "a real date night twice a month", "call my sister 3 times a month", "2 dinners out a month"
_MONTHLY_RE = re.compile(
    r"\b(?P<thing>[a-z]+(?: [a-z]+)?) (?P<n>once|twice|(?:[1-4]|two|three|four) times) "
    r"(?:a|per|each|every) month\b"
    r"|\b(?P<n2>[1-4]|one|two|three|four) (?P<thing2>[a-z]+(?: [a-z]+){0,2}) (?:a|per|each) month\b"
)
_NOT_THING = frozenset(["it", "this", "that", "them", "times", "time", "days", "weeks", "hours"])


# "I only call her like once a month", "we go out once a month at the moment": where they
# stand, which the goal wants more of, never the rhythm the plan keeps
_NOW_RE = re.compile(
    r"\b(?:only|currently|at the moment|right now|these days|nowadays|used to|barely|at most|"
    r"rarely|now)\b"
)


def _said_as_now(text: str, m: re.Match[str]) -> bool:
    """Whether the monthly phrase ``m`` says how often it happens now (its own clause)."""
    start = max(text.rfind(c, 0, m.start()) for c in ",;.!?") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ",;.!?") if i >= 0]
    return bool(_NOW_RE.search(text[start : min(ends, default=len(text))]))


def monthly_rhythm(text: str) -> tuple[str, int] | None:
    """A thing the goal says happens a few times a month and how often ("a date night twice
    a month": ("date night", 2)), or None."""
    m = _MONTHLY_RE.search(text.lower())
    if not m or _said_as_now(text.lower(), m):
        return None
    thing = (m.group("thing") or m.group("thing2")).split()
    said = (m.group("n") or m.group("n2")).split()[0]
    thing = [w for w in thing if w not in {"a", "an", "the", "my", "our", "real", "proper"}]
    if not thing or thing[-1] in _NOT_THING or len(thing[-1]) < 3:
        return None
    count = int(said) if said.isdigit() else _COUNT[said]
    return " ".join(thing).rstrip("s"), count


def keep_monthly(plan: Plan, text: str) -> Plan:
    """Sessions of a thing the goal wants a few times a month keep that rhythm: a date night
    twice a month is never planned every week (its childcare step follows it)."""
    said = monthly_rhythm(text)
    if said is None:
        return plan
    thing, count = said
    for task in monthly_tasks(plan, text):
        rec = task.recurrence
        if rec is None or rec.per == "month":
            continue
        if rec.sessions_per_week() > count * 12 / 52 + 0.01:
            task.recurrence = Recurrence(times=count, per="month")
    return plan


def monthly_tasks(plan: Plan, text: str) -> list[Task]:
    """The recurring tasks of the thing the goal wants a few times a month (the date nights)."""
    said = monthly_rhythm(text)
    if said is None:
        return []
    recurring = [t for t in plan.tasks() if t.recurrence]
    before = _things_before(text)  # "a date night with my partner twice a month": the pair
    pairs = [w for w in before if " " in w]  # further back names it, not "partner"
    singles = [w for w in before if " " not in w]
    for thing in [*pairs, said[0], *singles]:
        found = [t for t in recurring if thing in t.title.lower()]
        if found:
            return found
    return []


_SMALL = frozenset(
    ["with", "have", "make", "take", "that", "this", "they", "them", "their", "your", "want"]
)


def _things_before(text: str) -> list[str]:
    """Word pairs, then single words, of the six words before a monthly count, nearest last."""
    m = _MONTHLY_RE.search(text.lower())
    if not m:
        return []
    clause = re.split(r"[,;.]|\band\b|\bthen\b", text.lower()[: m.start()])[-1]  # its own part
    words = re.findall(r"[a-z]+", clause)[-6:]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words) if _word(a) and _word(b)]
    singles = [w for w in words if _word(w)]
    return [*pairs, *singles]


def _word(word: str) -> bool:
    return len(word) > 3 and word not in _SMALL


# "the weekly check-in", "once a week": the act is done once a week, not a total for the week
_WEEKLY_ACT_RE = re.compile(
    r"\bweekly\b(?!\s(?:mileage|distance|volume|total|target|goal|average|limit|budget|"
    r"hours?|minutes|km|miles|kms|spend|spending|allowance|amount|quota)\b)|\bonce a week\b",
    re.I,
)
_FOR_A_WEEK_RE = re.compile(r"\b(?:next|this|the coming) week(?:'s)?\b|\bthan last week\b", re.I)
_LIFT_MOST = 20  # a weekly chore of up to this many minutes is kept weekly however full


def weekly_by_title(plan: Plan, usable: float | None = None) -> Plan:
    """A task whose title says it is weekly is planned once a week: "the 75-minute weekly
    check-in" is never run 5 times a week, "Set next week's alarm" never once a month (a long
    weekly session a full month has no room for loses the word "weekly" instead, and so does
    one the milestone's ordinary week, ``usable`` minutes, has no room for)."""
    for milestone in plan.milestones:
        for task in milestone.tasks:
            span_as_titled(task)
            _weekly_as_titled(task, _room(milestone, usable))
            workdays_as_titled(task, _room(milestone, usable))
    return plan


def _room(milestone: Milestone, usable: float | None) -> float:
    """Minutes left in the milestone's ordinary week (unbounded when no capacity is given)."""
    if usable is None:
        return float("inf")
    load = sum(
        t.recurrence.sessions_per_week() * t.estimate_minutes
        for t in milestone.tasks
        if t.recurrence and t.status == "todo"
    )
    return usable - load


def _weekly_as_titled(task: Task, room: float) -> None:
    """One task's rhythm matched to its weekly title, if the week has ``room`` minutes for it."""
    rec = task.recurrence
    if rec is None or says_daily(task.title) or says_workdays(task.title):
        return
    per_week = rec.sessions_per_week()
    weekly = bool(_WEEKLY_ACT_RE.search(task.title))
    if weekly and per_week > 1.01:
        task.recurrence = Recurrence(times=1, per="week")
    elif per_week < 0.99 and (weekly or _FOR_A_WEEK_RE.search(task.title)):
        extra = (1 - per_week) * task.estimate_minutes
        if task.estimate_minutes <= _LIFT_MOST and extra <= room:
            task.recurrence = Recurrence(times=1, per="week")
        elif weekly:
            task.title = re.sub(r"\s?\bonce a week\b|\bweekly\s", "", task.title, flags=re.I)
