"""A goal needed in hand before the event it serves (passports before the flight, the weight
a surgeon asked for before the op): planned the table's margin before the event
(data/deadline_words.toml [[ready_before]]), the event kept as the limit; and the goal's own
sharper day kept over an answer naming only its month."""

from __future__ import annotations

import datetime as dt
import re

from assistant.language import Horizon, normalize, resolve_deadline
from assistant.understanding.deadline_data import period_start, ready_day, table
from assistant.understanding.words import MONTHS


def ready_before(
    core: str, typed: dict[str, object], today: dt.date, from_text: dt.date | None
) -> dt.date | None:
    """A goal needed in hand for the event its answer or its own text dates ("passports
    sorted", "flights are 3rd of august"; "under 17 stone before my knee op, pencilled in for
    early March") ends the table's margin before that event, which stays the limit; an answer
    that already says when it must be done ("by june") is its own date. The day planned, or
    None when no margin applies."""
    day, said = typed.get("deadline"), str(typed.get("deadline_answer") or "")
    if not isinstance(day, dt.date):
        day, said = from_text, ""
    if not isinstance(day, dt.date) or typed.get("deadline_limit"):
        return None
    ready = ready_day(core, said, day, today, from_text)
    if ready is None:
        return None
    typed["deadline"], typed["deadline_ready"] = ready[0], ready[1].why
    typed["deadline_limit"] = day
    first = period_start(said or core, day) if ready[1].from_start else day
    if first != day:  # "a trip next summer": it may begin on the season's first day
        typed["deadline_limit"] = first
        typed["deadline_limit_is"] = "the first day of the time you named, the earliest it can be"
    typed["deadline_hard"] = ready[1].hard
    return ready[0]


def sharper(
    answered: object, from_text: dt.date | None, typed: dict[str, object], core: str
) -> bool:
    """Whether the goal text names a sharper day in the month its answer names only by name
    ('op is pencilled in for early March', answered 'March, whenever they give me the date';
    'before my op in May', answered 'may'): the goal's day is the one meant."""
    if not isinstance(answered, dt.date) or from_text is None or typed.get("deadline_limit"):
        return False
    month_end = (answered + dt.timedelta(days=1)).day == 1
    said = normalize(str(typed.get("deadline_answer") or ""))
    month = MONTHS[answered.month - 1]
    return (
        month_end
        and not re.search(r"\d", said)
        and re.search(rf"\b(?:{month}|{month[:3]}|{month[:4]})\b", core) is not None
        and answered.replace(day=1) - dt.timedelta(days=1) <= from_text < answered
    )


_CORRECTS_RE = re.compile(
    r"\b(?:actually|realistically|rather|really|sooner|earlier|later|instead|more like|changed|"
    r"moved|now|new date|pushed|brought forward|at the latest|latest|or)\b"
)
_APART_DAYS = 14  # a goal's own day and an answer's further apart than this disagree


def goal_day_kept(
    horizon: Horizon | None,
    from_text: dt.date | None,
    answered: object,
    typed: dict[str, object],
    today: dt.date,
) -> bool:
    """Whether the goal's own feast stands against an answer naming a later day ('memorise
    it before ramadan', answered 'ramadan, so about 5 months'): a feast the goal must be done
    by is kept unless the answer says it corrects it ('actually', 'moved', 'at the latest');
    the answer's date is noted beside it. An earlier answer is an earlier aim, kept."""
    said = normalize(str(typed.get("deadline_answer") or ""))
    return (
        horizon is not None
        and horizon.kind == "holiday"
        and re.match(r"(?:by|before|until|till|ahead of)\b", horizon.phrase) is not None
        and from_text is not None
        and from_text > today + dt.timedelta(days=7)
        and isinstance(answered, dt.date)
        and (answered - from_text).days > _APART_DAYS
        and (answered.month, answered.day) != (from_text.month, from_text.day)  # its year said
        and bool(said)
        and not typed.get("deadline_limit")
        and not typed.get("deadline_soon")
        and not typed.get("deadline_rolled")  # "by november" said in November: its own note
        and _CORRECTS_RE.search(said) is None
    )


_APART_EVENT_DAYS = 31  # an answered day this near the goal's own event day is that event's


def held_for_event(core: str, answer: str, day: dt.date, today: dt.date) -> bool:
    """Whether ``day`` is the day of an event the goal is for ("back to 64kg for my sister's
    wedding in december", answered "december 10th"; "3 songs for my friend's 40th in june"),
    an event that will not wait (data/deadline_words.toml held_for): the plan keeps to it and
    aims for what is safe by then, never past it. The day is the event's when no answer
    moved it, when the answer names the event, or when it lies before the goal's own date for
    it (or within a month after: "december 10th" for "a wedding in december")."""
    words = table().held_for
    serves = re.search(
        rf"\b(?:for|before|by|in time for|ahead of|at)\s(?:[\w']+\s){{0,3}}?(?:{words})", core
    )
    if serves is None:
        return False
    said = normalize(answer)
    if not said or re.search(words, said) or re.search(table().events, said):
        return True
    own = resolve_deadline(core, today)
    return own is not None and (day - own).days <= _APART_EVENT_DAYS  # never after the event
