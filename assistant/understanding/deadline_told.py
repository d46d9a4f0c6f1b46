"""What the person told about their date, read before the usual rules: a span said plainly
beside a named date said as a guess ('next test is in 4 months, around Diwali': the span), a
span counted from a start the goal names ('read the bible in a year starting in january': 1
January to 31 December), and a date the goal text gives a step on the way rather than the
goal ('finish my module, TMA02 is due in 3 weeks': a dated step, the module's end left open)."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from assistant.language import resolve_deadline
from assistant.language.feasts import feast_day
from assistant.understanding.deadline_data import table
from assistant.understanding.deadline_spans import span_wins
from assistant.understanding.deadlines import parse_deadline


def plain_span(
    answered: object, typed: dict[str, object], today: dt.date, notes: dict[str, str]
) -> object:
    """The span said beside a named date far from it ('next test is in 4 months, around
    Diwali'): the plainer wins, the span, when the date is only a guess at when it ends
    ('around', 'about' a name, not a day); the named date is said back to confirm."""
    span_day, other = typed.get("deadline_other_day"), str(typed.get("deadline_other") or "")
    if not isinstance(answered, dt.date) or not isinstance(span_day, dt.date) or span_day <= today:
        return answered
    if not span_wins(str(typed.get("deadline_answer") or "")):
        return answered
    notes["deadline_push"] = (
        f"{other}, the span you said; the date you named beside it falls on "
        f"{answered:%d %B %Y}: say if you meant that instead"
    )
    typed.pop("deadline_other", None)
    typed["deadline"] = span_day
    return span_day


_SPAN_FROM_RE = re.compile(
    r"\b(?:in|over|for|within)\s(?:the\s)?(a|an|one|two|three|four|six|\d{1,3})\s?"
    r"(day|week|month|year)s?\s(?:starting|beginning|from)\s(?:from\s)?"
    r"((?:in\s|on\s|the\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"(?:\s\d{1,2}(?:st|nd|rd|th)?)?"
    r"|(?:on\s)?(?:the\s)?\d{1,2}(?:st|nd|rd|th)?(?:\sof)?\s(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]*|(?:in\s)?(?:the\s)?new year)\b"
)
_SPAN_FROM_FEAST_RE = re.compile(
    r"\b(?:in|over|for|within)\s(?:the\s)?(a|an|one|two|three|four|six|\d{1,3})\s?"
    r"(day|week|month|year)s?\s(?:starting|beginning|from)\s(?:in\s|at\s|on\s)?(?:the\s)?"
    r"([a-z'\s]{3,24}?)(?=[,.;!?]|\s(?:and|but|i|i'?ve|we)\b|$)"
)
_SPAN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6}


def span_from(core: str, today: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """A span the goal counts from a start it names ('in a year starting in january', 'a 100
    day challenge from 1 march'): (its first day, its last day, the words); a month alone
    begins on its first day, the next one to come. None when the goal says no such span."""
    m = _SPAN_FROM_RE.search(core)
    feast = _SPAN_FROM_FEAST_RE.search(core) if m is None else None
    first: dt.date | None
    if feast is not None:  # "read the bible in a year starting in lent": from its first day
        first = feast_day(feast.group(3), today)
        if first is None or first <= today:
            return None
        n = _SPAN_COUNTS.get(feast.group(1)) or int(feast.group(1))
        last = first + relativedelta(**{f"{feast.group(2)}s": n}) - dt.timedelta(days=1)
        return first, last, feast.group(0)
    if m is None:
        return None
    said = re.sub(r"^(?:in|on|the)\s", "", m.group(3).strip())
    if re.fullmatch(r"(?:the\s)?new year", said):
        first = dt.date(today.year + 1, 1, 1)
    else:
        first = parse_deadline(f"on {said}", today)
        if first is not None and not re.search(r"\d", said):
            first = first.replace(day=1)
            first = first if first > today else first.replace(year=first.year + 1)
    if first is None or first <= today:
        return None
    n = _SPAN_COUNTS.get(m.group(1)) or int(m.group(1))
    last = first + relativedelta(**{f"{m.group(2)}s": n}) - dt.timedelta(days=1)
    return first, last, m.group(0)


def goal_step(core: str, phrase: str, today: dt.date) -> tuple[str, dt.date] | None:
    """A date the goal text gives a step on the way, not the goal ('finish my open uni module,
    TMA02 is due in 3 weeks', 'get my degree, the essay is due on 10 january'): the clause
    holding the date names a step (the table's words) and the goal's first clause does not
    hold the date. (the clause, its date), or None."""
    at = core.find(phrase)
    clauses = re.split(r"[,;.!?]|\s-\s|\s(?:and|but)\s", core)
    if at < 0 or len(clauses) < 2 or phrase in clauses[0] or re.search(table().steps, clauses[0]):
        return None  # "apply to 5 schools, applications close on 15 january": the goal's day
    clause = next((c for c in clauses[1:] if phrase in c), "")
    before = clause[: clause.find(phrase)]
    if not clause or not re.search(table().steps, before) or re.search(table().events, before):
        return None
    if not re.search(r"\b(?:due|closes?|closing)\b", before):  # "booked for early april": the op
        return None
    day = resolve_deadline(clause, today)
    return (clause.strip(), day) if day is not None and day > today else None
