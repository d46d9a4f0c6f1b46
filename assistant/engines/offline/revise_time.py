"""Revisions about time: the deadline, hours a week, sessions a week, time of day."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.fit import fit_capacity
from assistant.engines.offline.revise_words import practice_verb, tasks_named
from assistant.engines.offline.title_sizes import quick_routine
from assistant.errors import InputError
from assistant.language.amounts import MONEY_UNITS
from assistant.language.text import content_stems
from assistant.models import Assumption, Plan, Recurrence, Task
from assistant.plan_edits import move_deadline
from assistant.plan_edits.core import is_core
from assistant.plan_edits.diff import hours_per_week
from assistant.understanding.answers import parse_capacity, parse_deadline

_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
_RELATIVE_RE = re.compile(r"\b(\d+|a|an)\s?(?:more\s|extra\s)?(day|week|month)s?\b")
_LATER_RE = re.compile(r"\b(back|later|out|more|extra|extend|postpone|delay|longer)\b")
_EARLIER_RE = re.compile(r"\b(forward|earlier|sooner|up|closer|in)\b")
_DEADLINE_CUE_RE = re.compile(
    r"\b(deadline|due|finish|done|by|until|till|push|move|extend|postpone|delay|shift|change|"
    r"pushed|moved|extended|postponed|delayed|shifted|changed|"
    r"make it|end|bring|pull|give me|need|earlier|later|sooner|actually|race|exam|test|event|"
    r"wedding|trip|interview|(?:is|it'?s) (?:on|now)|(?:days?|weeks?|months?) from|"
    r"(?:i'?m|we'?re|i am|we are|is|are) (?:going|leaving|flying|travell?ing|moving|off))\b"
)
_CAPACITY_CUE_RE = re.compile(
    r"\b(hours?|minutes?|\d+\s?h)\b.*\b(week|day|weekday)s?\b|\b(hours?|minutes?)\b|"
    r"\b(less|more|fewer)\s(free\s)?time\b|\bbusier\b"
)
_RATE_OR_HAVE_RE = re.compile(
    r"\b(a|per|each|every|/)\s?(week|wk|day|weekday|weekend)s?\b|\bweekly\b|\bdaily\b|"
    r"\b(have|has|got|only|can|could|free|spare|available|time|busier)\b"
)
_SESSIONS_RE = re.compile(
    r"\b(fewer|less|more|extra|one more|1 more|one less|1 less)\s"
    r"(sessions?|workouts?|runs?|walks?|practices?|practice sessions|days?|times)\b"
)
_LESS_OF_RE = re.compile(
    r"^(?:a bit\s|much\s)?(less|fewer|not so much|not as much)\s(?:of\s)?(?:the\s|my\s)?"
    r"([a-z]+(?:\s[a-z]+)?)$"
)
# what a session is called: "3 swims", "4 rides", "2 gym sessions", "3 mornings"
_SESSION_NOUNS = (
    r"times?|(?:[a-z]+ )?sessions?|workouts?|runs?|walks?|swims?|rides?|classes|class|lessons?|"
    r"practices?|visits?|goes|days?|mornings?|evenings?|nights?|afternoons?|lunch ?times?"
)
_TIMES_RE = re.compile(
    rf"\b(?:(\d+)\s(?:{_SESSION_NOUNS})|(once|twice))\s(?:a|per|each|every)\s?week\b"
)
# "make it 3 mornings", "I'd rather do 3 sessions of 30 minutes", "4 swims instead": a count
# with no "a week" said, of a plan whose sessions are weekly ("days" alone is a deadline's unit)
_BARE_COUNT_RES = tuple(
    re.compile(pattern.replace("NOUNS", _SESSION_NOUNS))
    for pattern in (
        r"\b(?:make it|do|rather do|prefer|switch to|change (?:it |that )?to|go (?:for|with)|"
        r"up (?:it |that )?to|bump (?:it |that )?(?:up )?to|drop (?:it |that )?to|"
        r"cut (?:it |that )?to|only|just|want|like)\s(?:do\s)?(\d+)\s(?!days?\b)(?:NOUNS)\b",
        r"\b(\d+)\s(?!days?\b)(?:NOUNS)\s(?:instead|then|is better|works better)\b",
        r"\b(\d+)\s(?!days?\b)(?:NOUNS)\sof\s\d+\s?min",  # "3 sessions of 30 minutes"
    )
)


def count_asked(s: str) -> int | None:
    """The sessions a week a request names ("3 swims a week", "twice a week", "make it 3
    mornings", "3 sessions of 30 minutes instead"), or None."""
    m = _TIMES_RE.search(s)
    if m:
        return {"once": 1, "twice": 2}.get(m.group(2) or "", 0) or int(m.group(1) or 1)
    bare = next((m for m in (r.search(s) for r in _BARE_COUNT_RES) if m), None)
    return int(bare.group(1)) if bare else None


_SLOT_RE = re.compile(r"\b(mornings?|evenings?|afternoons?|nights?|lunch ?times?|weekends?)\b")
_SLOT_TEXT_RE = re.compile(
    r",?\s(?:(?:in the|at|on|before|after)\s(?:morning|evening|afternoon|night|lunchtime|weekend)s?|"
    r"(?:before|at) (?:bed|bedtime)|(?:after|before|with) (?:dinner|supper|tea)|after work|"
    r"at lunch|before work|first thing|before breakfast|after breakfast)$"
)


def deadline(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'push it back 2 weeks', 'move the deadline to June', 'by June', 'finish a month earlier'."""
    if not _DEADLINE_CUE_RE.search(s) and not re.match(r"^(by|to|until)\s", s):
        return None
    if re.search(r"\b(?:what|which)\b[^.?!]*\b(?:this|next) week\b", s):
        return None  # "what do i need to chase this week?": the week's tasks, not a deadline
    s = re.sub(r"\bfrom$", "from now", s)  # the request reader drops a closing "now"
    # "april now, not may", "in march instead of june": the old date is no part of the new one
    s = re.sub(
        r",?\s(?:not|instead of|rather than|no longer)\s(?:in\s|on\s|by\s)?[\w ]+?$|"
        r"\s(?:now|instead)\b",
        "",
        s,
    ).strip()
    day = _relative_day(plan, s)
    if day is None:
        text = re.sub(r"\b(the |my |our |this )?(deadline|goal|plan|it)\b", " ", s)
        text = re.sub(r"\b(push|move|extend|postpone|delay|shift|change|make|set)\b", " ", text)
        text = re.sub(r"\b(to|until|till|into|for|at|out to|back to)\b", "by", text)
        text = re.sub(r"\s+", " ", text).strip()
        datelike = re.search(
            r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|next|week|"
            r"month|year|spring|summer|autumn|fall|winter|christmas|easter|q\d",
            text,
        )
        day = parse_deadline(text, today) if datelike else None
    if day is None:
        if re.search(
            r"\b(push|extend|postpone|delay|move|shift|bring)\b.*\bdeadline\b|"
            r"\bdeadline\b.*\b(later|earlier|back|forward)\b|"
            r"^(push|move) (it )?back$",
            s,
        ):
            raise InputError(
                "by how much? say e.g. 'push it back 2 weeks' or 'move the deadline to June'"
            )
        return None
    later = re.search(
        r"\b(?:push|pushed|later|back|extend|extended|postpone|postponed|delay|"
        r"delayed|more time)\b",
        s,
    )
    only_day = not re.search(
        r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}|week|month|year", s
    )
    while later and only_day and day <= plan.goal.deadline:  # "pushed to the 30th": a later 30th
        day = _same_day_next_month(day)
    if day <= today:
        raise InputError(f"{day.isoformat()} is not in the future; give a later deadline")
    if day == plan.goal.deadline:
        raise InputError(f"the deadline is already {day.isoformat()}")
    new = plan.next_version(f"deadline {plan.goal.deadline.isoformat()} -> {day.isoformat()}")
    move_deadline(new, day)
    restate(new, "deadline", f"Deadline {day.isoformat()}")
    return new


def _same_day_next_month(day: dt.date) -> dt.date:
    """The same day of the next month that has it ('the 30th' after 30 January: 30 March)."""
    year, month = day.year, day.month
    while True:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        try:
            return day.replace(year=year, month=month)
        except ValueError:
            continue


def _relative_day(plan: Plan, s: str) -> dt.date | None:
    m = _RELATIVE_RE.search(s)
    later, earlier = _LATER_RE.search(s), _EARLIER_RE.search(s)
    if not m or not (later or earlier) or re.search(r"\b(to|until|till)\s(?!\d)", s):
        return None
    if re.search(r"\b(hours?|minutes?|times|sessions?|workouts?)\b", s):
        return None  # "3 hours a week" is a rate, not a move
    amount = 1 if m.group(1) in {"a", "an"} else int(m.group(1))
    sign = -1 if earlier and not later else 1
    return plan.goal.deadline + dt.timedelta(days=sign * amount * _UNIT_DAYS[m.group(2)])


def capacity(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'I only have 2 hours a week now', '30 min a day', 'less time', 'more time'."""
    if not _CAPACITY_CUE_RE.search(s) or re.search(
        r"\b(deadline|push|pushed|moved|extend|postpone|postponed|t\d+)\b|"
        r"\b(?:date|day)\b.*\b(?:changed|is now|now)\b|\b\d{1,2}(?:st|nd|rd|th)\b",
        s,
    ):
        return None  # "the trip got pushed to october so i have more time": a date, not hours
    if not _RATE_OR_HAVE_RE.search(s):
        return None  # "the fitness check should take 20 minutes" is about one task
    # "60 team hours a week": a team's hours are its time a week
    s = re.sub(
        r"(\d)\s(?:team|person|people|dev|developer|engineering|crew)[- ]hours\b", r"\1 hours", s
    )
    hours = parse_capacity(s)
    if hours is None:
        if not re.search(r"\b(less|more|fewer|busier)\b", s):
            return None
        factor = 0.75 if re.search(r"\b(less|fewer|busier)\b", s) else 1.25
        hours = round(plan.capacity_hours_per_week * factor, 1)
    if hours == plan.capacity_hours_per_week:  # the same hours: fit the plan into them again
        said = any(a.key == "capacity" and a.source == "stated" for a in plan.assumptions)
        if said:
            return plan.next_version(f"fitted into its {hours:g} hours a week")
        new = plan.next_version(  # the hours it guessed are now the person's own
            f"capacity {hours:g} hours a week, as you said (the plan had assumed the same, so "
            "it already fits them)"
        )
        restate(new, "capacity", f"{hours:g} hours a week are free for this goal")
        return new
    new = plan.next_version(f"capacity {plan.capacity_hours_per_week:g} -> {hours:g} hours a week")
    new.capacity_hours_per_week = hours
    restate(new, "capacity", f"{hours:g} hours a week are free for this goal")
    # "we only have 60 team hours now": a limit told, not a wish for more work
    if hours > plan.capacity_hours_per_week and not re.search(r"\bonly\b", s):
        for task in new.tasks():
            if is_core(task) and task.status == "todo" and task.recurrence.per == "week":  # type: ignore[union-attr]
                grown = round(task.recurrence.times * hours / plan.capacity_hours_per_week)  # type: ignore[union-attr]
                task.recurrence = Recurrence(times=min(7, max(task.recurrence.times, grown)))  # type: ignore[union-attr]
    return new


_HARDER_RE = re.compile(
    r"\b(?:(?:make it|a bit|much|way|bit) (?:harder|tougher|more intense|more challenging)|"
    r"too easy|push me(?: more| harder)?|step it up|ramp it up|speed (?:it|things) up|"
    r"more challenging|i can do more)\b"
)


def sessions(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'fewer sessions', 'one more run a week', 'only twice a week', '3 workouts a week';
    'make it harder' is one more session a week."""
    if _HARDER_RE.search(s) and not count_asked(s):
        if re.search(r"\d", s):
            return None  # "change it to 10 songs? 5 feels too easy": a new target, not a session
        s = "one more session a week"
    more_less, exact = _SESSIONS_RE.search(s), count_asked(s)
    other = _LESS_OF_RE.match(s) if not (more_less or exact) else None
    if other:  # "less logging": fewer of the repeating tasks it names, whichever they are
        more_less = other
    if not (more_less or exact) or (
        re.search(r"\b(hours?|minutes?)\b", s) and not any(r.search(s) for r in _BARE_COUNT_RES)
    ):
        return None
    adds = re.match(r"^(?:(?:can|could) (?:you|we) |please |let'?s )?(?:add|include|throw in)\b", s)
    if adds and not more_less:
        return None  # "add yoga twice a week": a new practice, not the main sessions
    noun = more_less.group(2) if more_less else None
    noun = noun or next(
        iter(
            re.findall(r"\b(workouts?|runs?|walks?|swims?|rides?|classes|lessons?|sessions?)\b", s)
        ),
        None,
    )
    pool = [t for t in plan.tasks() if is_core(t) and t.status == "todo"]
    if other:
        named = content_stems(noun or "")
        pool = [
            t
            for t in plan.tasks()
            if t.recurrence and t.status == "todo" and named & content_stems(t.title)
        ]
        if not pool:
            return None
    chosen = pool if other else tasks_named(plan, noun, pool, main_only=True)
    if exact and chosen and noun in {None, "session", "sessions"}:
        # "3 sessions a week" of a running plan counts its easy runs and its long run (the
        # sessions doing the main practice's verb), not the stretching after them
        verb = practice_verb(chosen[0])
        chosen = [t for t in pool if t.recurrence and practice_verb(t) == verb]
    if not chosen:
        raise InputError("this plan has no repeating sessions to change")
    ids = {t.id for t in chosen}
    if exact:
        times = exact
        if not 1 <= times <= 14:
            raise InputError("say between 1 and 14 sessions a week")
        note = f"sessions set to {times} a week"
    else:
        fewer = {"fewer", "less", "one less", "1 less", "not so much", "not as much"}
        step = -1 if more_less is not None and more_less.group(1) in fewer else 1
        note = "fewer sessions a week" if step < 0 else "one more session a week"
    if exact:
        _not_already(plan, chosen, times, noun)
    new = plan.next_version(note)
    wanted: dict[str, int] = {}  # per milestone: "4 runs a week" is easy runs plus the long run
    for milestone in plan.milestones:
        ids_here = {t.id for t in milestone.tasks}
        here = [
            t for t in chosen if t.recurrence and t.recurrence.per == "week" and t.id in ids_here
        ]
        counts: list[int] = [t.recurrence.times for t in here if t.recurrence]
        total = sum(counts) + (0 if exact else step)
        if here and exact:
            wanted.update(_share_out(here, times))
            kept = sum(wanted[t.id] for t in here)
            if kept > times:  # each kind of session stays at least once a week
                new.metadata.revision_note = (
                    f"sessions set to {kept} a week, the fewest that keeps each kind once: "
                    + " and ".join(f"'{t.title}'" for t in here)
                )
        elif len(here) > 1 and total >= len(here):  # one more: of the main kind, not of each
            wanted.update(_share_out(here, total))
    for task in new.tasks():
        if task.id in wanted:
            task.recurrence = Recurrence(times=wanted[task.id], per="week")
        elif task.id in ids and not exact:
            rec = task.recurrence
            if step < 0 and rec.times == 1 and rec.per == "week":  # type: ignore[union-attr]
                task.recurrence = Recurrence(times=2, per="month")  # every other week
            elif rec.per == "day":  # type: ignore[union-attr]
                # a daily habit done less: most days (4 a week), or every day for more of it
                times = 4 if step < 0 else min(14, 7 * rec.times + 7)  # type: ignore[union-attr]
                task.recurrence = Recurrence(times=times, per="week")
            else:
                weekly = rec.per == "week"  # type: ignore[union-attr]
                task.recurrence = Recurrence(
                    times=max(1, min(14, rec.times + step)) if weekly else 1,  # type: ignore[union-attr]
                    per="week",
                )
    wanted_more = [i for i in ids if new.task(i).recurrence.times > plan.task(i).recurrence.times]  # type: ignore[union-attr]
    if wanted_more:
        asked = {i: new.task(i).recurrence for i in wanted_more}
        _require_room(
            plan, fit_capacity(new.model_copy(deep=True), settings, keep_core=True), wanted_more
        )
        room_for_all(new, settings, asked)
    return new


class AlreadyThere(InputError):
    """The count of sessions asked for is the plan's already."""


def with_count(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings, note: str) -> Plan:
    """The next version with ``note``, and with the sessions a week the request also names
    ("3 evenings a week", "3 sessions of 30 minutes"), in one version; a count the plan has
    already changes nothing and is no error beside another change."""
    try:
        counted = sessions(plan, s, raw, today, settings) if count_asked(s) else None
    except AlreadyThere:
        counted = None
    if counted is None:
        return plan.next_version(note)
    counted.metadata.revision_note = f"{counted.metadata.revision_note}, {note}"
    return counted


def _not_already(plan: Plan, chosen: list[Task], times: int, noun: str | None) -> None:
    """InputError saying so when every milestone already holds the sessions asked for ("3 runs
    a week, not 4" to a plan of 2 easy runs and a long run), naming the tasks that make them."""
    ids = {t.id for t in chosen}
    weekly = [
        [t for t in m.tasks if t.id in ids and t.recurrence and t.recurrence.per == "week"]
        for m in plan.milestones
    ]
    weekly = [here for here in weekly if here]
    counts = [sum(t.recurrence.times for t in here if t.recurrence) for here in weekly]
    if not counts or any(n != times for n in counts):
        return
    seen: dict[str, int] = {}
    for t in weekly[0]:
        seen[t.title] = t.recurrence.times  # type: ignore[union-attr]
    parts = [
        f"'{title}' {({1: 'once', 2: 'twice'}).get(n, f'{n} times')}" for title, n in seen.items()
    ]
    what, one = ("runs", "run") if noun and noun.startswith("run") else ("sessions", "session")
    raise AlreadyThere(
        f"the plan already has {times} {one if times == 1 else what} a week ({' and '.join(parts)}), so nothing was "
        f"changed; say 'fewer {what}' or 'one more {one} a week' to change the count"
    )


def room_for_all(new: Plan, settings: Settings, asked: dict[str, Recurrence | None]) -> None:
    """Sessions asked for that the week cannot hold in every milestone (long runs fill the
    last weeks): an assumed weekly time grows to hold them; a stated one stays, and the
    note says where fewer remain."""

    def kept(plan: Plan) -> bool:
        fitted = fit_capacity(plan.model_copy(deep=True), settings, keep_core=True)
        left = {t.id: t.recurrence for t in fitted.tasks()}  # the fit may drop a new one
        return all(i in left and left[i] == rec for i, rec in asked.items())

    if kept(new):
        return
    assumed = not any(a.key == "capacity" and a.source == "stated" for a in new.assumptions)
    start = new.capacity_hours_per_week
    while assumed and new.capacity_hours_per_week < start * 1.5:
        new.capacity_hours_per_week = round(new.capacity_hours_per_week + 0.5, 1)
        if kept(new):
            new.metadata.revision_note = (
                f"{new.metadata.revision_note}; time a week {start:g} -> "
                f"{new.capacity_hours_per_week:g} h to hold them (it was assumed)"
            )
            return
    new.capacity_hours_per_week = start
    new.metadata.revision_note = (
        f"{new.metadata.revision_note} (where the week is full, fewer stay: free more time to "
        "hold them all)"
    )


def _share_out(chosen: list[Task], total: int) -> dict[str, int]:
    """'4 runs a week' across easy runs and a long run: the weekly total is 4, the change
    going to the most frequent kind first (the long run stays once a week)."""
    if len(chosen) == 1:
        return {chosen[0].id: total}
    weekly = {t.id: max(1, round(t.recurrence.sessions_per_week())) for t in chosen}  # type: ignore[union-attr]
    change = total - sum(weekly.values())
    for task in sorted(chosen, key=lambda t: -weekly[t.id]):
        step = max(change, 1 - weekly[task.id])
        weekly[task.id] += step
        change -= step
        if change == 0:
            break
    return weekly


def _require_room(old: Plan, fitted: Plan, ids: list[str]) -> None:
    """More sessions that capacity took straight back are refused, saying why."""
    if not any(fitted.task(i).recurrence.times > old.task(i).recurrence.times for i in ids):  # type: ignore[union-attr]
        raise InputError(
            f"more sessions do not fit {old.capacity_hours_per_week:g} hours a week; free more "
            "time first ('I have 7 hours a week') or ask for fewer of something else"
        )


_NOT_SLOT_RE = re.compile(
    r"\b(?:can'?t|cannot|not|no|never|don'?t|hate|instead of|rather than|from|except)\s"
    r"(?:\w+\s){0,2}?(?:in the\s|at\s|on\s)?(" + _SLOT_RE.pattern[3:-3] + r")\b"
)


# the day's moments people name for a time of day: "before bed", "after dinner", "at lunch"
_SLOT_WORDS = (
    (re.compile(r"\b(?:right |just )?(?:before|at) (?:bed|bedtime)\b|\bbedtime\b"), "at night"),
    (
        re.compile(r"\b(?:after|before|with) (?:dinner|supper|tea)\b|\bafter work\b"),
        "in the evening",
    ),
    (
        re.compile(r"\bat lunch\b|\b(?:during|on) (?:my |the )?lunch(?: break| hour)?\b"),
        "at lunchtime",
    ),
    (
        re.compile(r"\b(?:before work|first thing|before breakfast|after breakfast)\b"),
        "in the morning",
    ),
)


def time_of_day(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'move workouts to mornings', 'evenings only', 'I can't do mornings, evenings only';
    the day's moments too: 'at lunch instead of after dinner', 'I read best before bed'."""
    their_words = {}  # the slot's name in their words: "before bed", not "at night"
    for said, put in _SLOT_WORDS:
        m = said.search(s)
        if m:
            their_words[put.split()[-1]] = re.sub(r"^(?:right|just) ", "", m.group(0))
            s = said.sub(put, s)
    # "did it all in one big weekend", "last weekend": a time gone by, not where sessions go
    asks = re.search(
        r"\b(?:move|switch|change|put|schedule|prefer|rather|instead|only|can|could)\b", s
    )
    slots = [
        m
        for m in _SLOT_RE.finditer(s)
        if not re.search(r"\b(?:one|1|a|that|last|this|whole|all)\s(?:\w+\s)?$", s[: m.start()])
        # "still waking up at 3am every night": how it goes, unless a move is asked
        and (asks or not re.search(r"\b(?:every|each)\s$", s[: m.start()]))
    ]
    verbs = (
        r"\b(move|do|switch|put|schedule|change|have|make|to|in|at|only|instead|prefer|better|"
        r"best|works?|suits?|easier|fine|ok|okay|good)\b"
    )
    if not slots or not re.search(verbs, s):
        return None
    refused = {m.start(1) for m in _NOT_SLOT_RE.finditer(s)}
    wanted = [m for m in slots if m.start() not in refused]
    if not wanted:  # "I can't do mornings": which time works is not said
        raise InputError(
            "which time of day works instead? say e.g. 'evenings only' or 'move runs to lunchtime'"
        )
    slot = re.sub(r"s$", "", wanted[-1].group(1).replace(" ", ""))
    where = their_words.get(slot) or {
        "weekend": "at the weekend",
        "lunchtime": "at lunchtime",
        "night": "at night",
    }.get(slot, f"in the {slot}")
    noun = next(iter(re.findall(r"\b(workouts?|runs?|walks?|sessions?|practices?)\b", s)), None)
    pool = [t for t in plan.tasks() if is_core(t) and t.status == "todo"]
    ids = {t.id for t in tasks_named(plan, noun, pool)}
    if not ids:
        raise InputError("this plan has no repeating sessions to move to another time of day")
    if slot == "weekend":  # a daily log stays daily; the week's sessions fit in two days
        ids -= {
            t.id
            for t in plan.tasks()
            if t.recurrence and (t.recurrence.sessions_per_week() > 4 or quick_routine(t.title))
        }
        if not ids:
            raise InputError("this plan's repeating tasks are daily habits, not weekend sessions")
    note = f"sessions moved to {slot}s" + (f" ({where})" if slot in their_words else "")
    new = with_count(plan, s, raw, today, settings, note)  # "3 evenings a week": one version
    for task in new.tasks():
        if task.id in ids:
            task.title = _SLOT_TEXT_RE.sub("", task.title.rstrip(" .")) + f" {where}"
            rec = task.recurrence
            if slot == "weekend" and rec and rec.per == "week" and rec.times > 2:
                # 3 walks of 30 min become 2 of 45: the same time, on the two days there are
                weekly = rec.times * task.estimate_minutes
                task.recurrence = Recurrence(times=2, per="week")
                task.resize(min(180, round(weekly / 2 / 5) * 5))
    restate(new, "time_of_day", f"Sessions happen {where}")
    return new


def restate(plan: Plan, key: str, text: str) -> None:
    """The plan's assumption about ``key`` replaced by what the person now says."""
    plan.assumptions = [a for a in plan.assumptions if a.key != key]
    plan.assumptions.append(Assumption(text=text, source="stated", key=key))


_LIGHTER_RE = re.compile(
    r"\b(too (?:much|many|hard|big|intense|ambitious|heavy)|overwhelm\w*|lighter|easier|"
    r"scale (?:it |this )?(?:back|down)|tone (?:it |this )?down|less intense|ease (?:off|up)|"
    r"can'?t keep up|burn(?:ing|t|ed)? out)\b"
)


_FIRST_RE = re.compile(
    r"\b(?:for )?(?:the )?first (?:(\d+|two|three|four|few|couple of) )?(week|month|fortnight)s?\b|"
    r"\b(?:at first|to start(?: with)?|to begin with|early on|in the beginning)\b"
)
_SPAN_DAYS = {"week": 7, "fortnight": 14, "month": 30}
_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "few": 3, "couple of": 2}


def lighter(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'this is too much', 'make it lighter': a quarter less planned each week; 'make the first
    month easier': fewer sessions until then, the rest of the plan as it was."""
    if not _LIGHTER_RE.search(s):
        return None
    said = {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", s)}
    if plan.goal.metric.target in said and len(said) > 1:
        return None  # "24 is too much, can we do 12": the goal's number changes, not the week
    first = _FIRST_RE.search(s)
    if first:
        return _lighter_start(plan, first, today)
    planned = hours_per_week(plan) or plan.capacity_hours_per_week
    if planned < 1:  # not the time: cutting it would only drop the few steps the plan has
        money = plan.goal.metric.unit in MONEY_UNITS
        raise InputError(
            f"this plan asks only about {max(5, round(planned * 60 / 5) * 5)} minutes a week, so "
            "less time would only drop steps; if the pace is too much, say 'push the deadline "
            "back 3 months'"
            + (", or what you can put in ('I can save 200 a month')" if money else "")
            + ", or a smaller target ('make it ...')"
        )
    hours = max(0.5, round(planned * 0.75 / 0.8 * 2) / 2)  # the slack rule keeps 20% free
    if hours >= plan.capacity_hours_per_week:
        hours = max(0.5, plan.capacity_hours_per_week - 0.5)
    new = plan.next_version(
        f"lighter: {plan.capacity_hours_per_week:g} -> {hours:g} hours a week (say 'I have N "
        "hours a week' for an exact figure)"
    )
    new.capacity_hours_per_week = hours
    restate(new, "capacity", f"{hours:g} hours a week are free for this goal")
    return new


def _lighter_start(plan: Plan, first: re.Match, today: dt.date) -> Plan:
    """Fewer sessions in the milestones that end within the first weeks (at least the first)."""
    count, unit = first.group(1), first.group(2)
    days = (
        _SPAN_DAYS[unit]
        * (int(count) if count and count.isdigit() else _SMALL_COUNTS.get(count or "", 1))
        if unit
        else 0
    )
    until = max(today, plan.start_date) + dt.timedelta(days=days)
    early = [m for i, m in enumerate(plan.milestones) if i == 0 or m.deadline <= until]
    new = plan.next_version()
    changed = 0
    for milestone in new.milestones[: len(early)]:
        for task in milestone.tasks:
            if task.recurrence and task.recurrence.times > 1 and task.status == "todo":
                task.recurrence.times -= max(1, task.recurrence.times // 3)
                changed += 1
    if not changed:
        raise InputError(
            "the first weeks already have one session of each kind; say "
            "'I have N hours a week' for less time"
        )
    new.metadata.revision_note = (
        f"lighter start: fewer sessions until {early[-1].deadline:%d %b} "
        f"({len(early)} milestone{'s' if len(early) > 1 else ''}), the rest unchanged"
    )
    return new


# "could we make them 45?", "can practice be like 20 min", "the 20 min meditation is too long ...
# 5 min?", "sprint planning should be 30 min not an hour": how long the sessions are
_LENGTH_SAID_RE = re.compile(
    r"\b(?:make|can|could|should|would)\s(?:we\s|you\s)?(?:make\s)?(?:them|it|they|those|these|"
    r"(?:the\s|my\s)?(?P<noun>[a-z]+(?:\s[a-z]+)?))\s(?:be\s)?(?:like\s|about\s|around\s|just\s)?"
    r"(?P<n>\d+)(?:\s?(?:min(?:ute)?s?|m)\b|(?P<bare>(?=\s*(?:\?|$|,|\sbut|\sinstead|\snot\b|\sand\b))))"
    r"|\btoo (?:long|short)\b.*?\b(?:maybe\s|like\s|just\s)?(?P<n2>\d+)\s?(?:min(?:ute)?s?|m)\b"
)
_THING_TOO_RE = re.compile(
    r"\bthe\s(?:\d+\s?min(?:ute)?s?\s|'[^']+'\s)?([a-z][a-z ]{2,30}?)\s(?:is|are|feels?)\s(?:way\s)?"
    r"too (?:long|short)\b"
)
# "sprint planning should be 30 min": the sessions named before the length asked
_THING_SHOULD_RE = re.compile(
    r"^(?:the\s|my\s|our\s)?([a-z][a-z -]{2,30}?)\s(?:should|could|can|needs? to|has to)\s"
    r"(?:be|take|last)\s"
)
_KEEP_WEEK_RE = re.compile(r"\b(?:more often|more times|more sessions|but more|fewer but)\b")
_LONGER_EACH_RE = re.compile(
    r"\b(?:could|can|make)\s(?:it|them|we do)\s(?:be\s)?(\d+)\s(?:but|and)\s(?:a bit\s)?"
    r"(?:longer|shorter)\b"
)


def session_length(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'30 min easy runs feel short, could we make them 45?': the sessions named (or the main
    practice) get that length; 'but more often' keeps the week's time by doing them more often;
    'could it be 3 but a bit longer each time' keeps it by making fewer sessions longer."""
    fewer = _LONGER_EACH_RE.search(s)
    m = None if fewer else _LENGTH_SAID_RE.search(s)
    if m and re.search(r"\btakes?\s\d", s):
        return None  # "the fitness check should take 20 minutes": one task's length, task_edit's
    if m and m.group("bare") is not None and not re.search(r"\d+\s?min", s):
        m = None  # "make it 5000": a bare number is minutes only beside minutes said ("30 min ... 45")
    if not (m or fewer) or re.search(
        r"\d+\s?(?:min\w*|hours?|h)\s(?:a|per|each|every) (?:day|week)\b", s
    ):
        return None  # "20 min a day" is the time a week, capacity's
    pool = [t for t in plan.tasks() if is_core(t) and t.status == "todo" and t.recurrence]
    # the minutes said beside the new length are the sessions' length now ("30 min easy runs")
    target = int(m.group("n") or m.group("n2")) if m else 0
    said_minutes = [int(n) for n in re.findall(r"\b(\d+)\s?min", s) if int(n) != target]
    noun = m.group("noun") if m else None
    # a noun names sessions only when a title shares its words ("tasks_named" falls back to all)
    named = (
        [
            t
            for t in tasks_named(plan, noun, pool, main_only=True)
            if content_stems(noun) & content_stems(t.title)
        ]
        if noun
        else []
    )
    # "30 min easy runs": the sessions of the length they name (in the title or the estimate),
    # else the sessions whose words the message shares most, else the main practice
    sized = [
        t
        for t in pool
        if said_minutes
        and (
            t.estimate_minutes == said_minutes[0]
            or re.search(rf"\b{said_minutes[0]}[- ]min", t.title.lower())
        )
    ]
    words = content_stems(s) - {"min", "minut", "session", "long", "short", "time"}
    overlap = {t.id: len(words & content_stems(t.title)) for t in pool}
    best = max(overlap.values(), default=0)
    shared = [t for t in pool if best and overlap[t.id] == best]
    thing = _THING_TOO_RE.search(s) or _THING_SHOULD_RE.search(s)
    if thing and not (sized or named or shared):  # "the 20 min meditation is too long"
        raise InputError(f"no repeating session in this plan is about {thing.group(1)!r}")
    chosen = sized or named or shared or tasks_named(plan, None, pool, main_only=True)
    if not chosen:
        raise InputError("this plan has no repeating sessions to make longer or shorter")
    if fewer:
        times = int(fewer.group(1))
        if not 1 <= times <= 14:
            raise InputError("say between 1 and 14 sessions a week")
        # "5 days a week is a lot... 3 but longer": the most frequent session
        most = max(t.recurrence.sessions_per_week() for t in pool if t.recurrence)
        chosen = [t for t in pool if t.recurrence and t.recurrence.sessions_per_week() == most]
        if most <= times:
            raise InputError(
                f"'{chosen[0].title}' is {round(most)} a week already; say 'one more session a "
                "week' or how long each should be ('make them 45 minutes')"
            )
        new = plan.next_version(f"sessions set to {times} a week, each longer")
        for task in new.tasks():
            if task.id in {t.id for t in chosen} and task.recurrence:
                week = task.estimate_minutes * task.recurrence.sessions_per_week()
                task.recurrence = Recurrence(times=times, per="week")
                task.resize(min(240, int(round(week / times / 5) * 5)))
        return new
    assert m is not None
    minutes = int(m.group("n") or m.group("n2"))
    if not 5 <= minutes <= 240:
        raise InputError(f"{minutes} minutes is not a session length I can plan; say 5-240")
    if all(t.estimate_minutes == minutes for t in chosen):
        raise InputError(f"those sessions are {minutes} minutes already")
    keep_week = bool(_KEEP_WEEK_RE.search(s))
    new = plan.next_version(
        f"{minutes} min a session" + (", more often to keep the week's time" if keep_week else "")
    )
    for task in new.tasks():
        if task.id in {t.id for t in chosen} and task.recurrence:
            if keep_week and task.recurrence.per == "week":
                week = task.estimate_minutes * task.recurrence.times
                task.recurrence = Recurrence(  # at most daily: two a day is no one's ask
                    times=max(task.recurrence.times, min(7, round(week / minutes))), per="week"
                )
            task.resize(minutes)
    return new
