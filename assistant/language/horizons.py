"""Time horizons as people write them ("by Q4", "in six months", "before my wedding in June").

``find_horizon`` says whether a text is time-bound and how; ``resolve_deadline`` turns the
phrase into a calendar date relative to today. Explicit dates go through ``dateutil``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from assistant.bounds import EARLIEST, LATEST, MAX_PLAN_YEARS
from assistant.language.feasts import feast_day, horizon_names
from assistant.language.quantities import find_frequency
from assistant.language.text import normalize

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
MONTH_WORDS = frozenset(_MONTHS)  # "january", "jan", "sept": every way a month is written
_MONTH = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?(?:-?ish)?"  # "august 10ish"
_YEAR = r"((?:19|20)\d\d)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_UNITS = r"(days?|weeks?|wks?|months?|mos?|years?|yrs?|quarters?|semesters?|fortnights?)"

_VAGUE_RE = re.compile(
    r"\b(some ?day|1 day|eventually|sooner or later|at some point|in the future|in future|soon|"
    r"asap|when i can|when i have time|one of these days|in the long run|before i die|in life)\b"
)

# (kind, pattern) in priority order; the first match wins
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(r"\b" + _YEAR + r"-(\d{1,2})-(\d{1,2})\b")),
    ("date", re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b")),
    ("date", re.compile(r"\b" + _MONTH + r"\s" + _DAY + r"\b(?:,?\s" + _YEAR + r")?")),
    # "5 dec" is a date, "5 decent meals" is not
    (
        "date",
        re.compile(r"\b" + _DAY + r"\s(?:of\s)?" + _MONTH + r"(?![a-z])(?:,?\s" + _YEAR + r")?"),
    ),
    (
        "quarter",
        re.compile(
            r"\b(?:end of\s)?(?:the\s)?(q[1-4]|h[12]|first half|second half)(?:\s(?:of\s)?"
            + _YEAR
            + r")?\b"
        ),
    ),
    (
        "month",
        re.compile(
            r"\b(by|before|in|until|till|end of|the end of|through|for|this|next|until end of)\s(?:the\s)?(?:end of\s)?(?:early\s|mid\s|mid-|late\s)?"
            + _MONTH
            + r"(?:\s"
            + _YEAR
            + r"|\s(?:of\s)?next\syear)?\b"  # "by december next year"
        ),
    ),
    # "the next review cycle (March)", "the March promo cycle": the month an event falls in
    ("month", re.compile(r"\(\s?" + _MONTH + r"(?:\s" + _YEAR + r")?\s?\)")),
    (
        "month",
        re.compile(
            r"\bthe\s" + _MONTH + r"\s(?:promo(?:tion)?\s|review\s|exam\s)?(?:cycle|round|intake|"
            r"sitting|exams?|deadline|review|reviews|window|cohort)\b"
        ),
    ),
    # "in about 4 months, mid june": a part of a named month is the date they mean
    ("month", re.compile(r"\b(?:early|mid|late)[\s-]" + _MONTH + r"(?:\s" + _YEAR + r")?\b")),
    (
        "month",
        re.compile(
            r"\b(?:wedding|birthday|anniversary|holiday|vacation|trip|graduation|race|event)\b[^.]{0,20}\bin\s"
            + _MONTH
            + r"\b"
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(by|before|this|next|until|in|for|end of|the end of)\s(?:the\s)?(spring|summer|fall|autumn|winter)\b"
            r"(?:\s?(?:/|-|\bor\b|\bto\b|\binto\b)\s?(?:early\s|the\s)?(spring|summer|fall|autumn|winter)\b)?"
        ),
    ),
    (
        "holiday",
        re.compile(
            r"\b(by|before|until|for|at|on|during|over)\s(?:next\s|this\s)?"
            rf"((?:{horizon_names()}))"
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(by|before|in|until|during|end of|within)\s(?:the\s)?(?:end of\s)?" + _YEAR + r"\b"
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?:by|before|until|till|in)?\s?(?:the\s)?(end of (?:the|this|next) year|year[- ]end|end of year|eoy|this year|next year|by new year)\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(in|within|over|for|inside|under|after|next|the next|over the next|in the next|by)\s(?:the\s)?(?:next\s)?(\d+(?:\.\d+)?)\s?"
            + _UNITS
            + r"\b"
        ),
    ),
    # "within a year, my visa hits 21 months": the span said as one, before a bare count
    ("relative", re.compile(r"\b(?:in|within)\s(?:a|1)\s(week|month|year|fortnight)\b")),
    # "5 days" is a span, but "5 days a week" is a rhythm
    (
        "relative",
        re.compile(
            # a bare "20 years" is a span lived ("20 years, pack a day"), not a deadline
            r"\b(\d+[- ](?:day|week|month)|[12][- ]year)s?\b(?![- ]old)(?!\s(?:ago|back)\b)"
            r"(?!\s(?:a|per|each|every|in a|/)\s?(?:week|month|year|fortnight)\b)"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:by|before|until|within|in|during)?\s?(?:the\s)?(?:end of\s)?(this|next)\s(week|month|quarter|semester|term)\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:by|before|until)\s(?:the\s)?end of (?:the\s)?(week|month|quarter|semester|term)\b"
        ),
    ),
    (
        "age",
        re.compile(
            r"\b(?:before|by the time|by)\s(?:i|we|he|she)\s(?:turn|am|'m|reach|hit)\s(\d{2,3})\b|\bby (?:age|my (\d{2,3})(?:st|nd|rd|th) birthday)\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:by|before|until|this|next)\s(?:the\s)?(tomorrow|tonight|today|weekend|end of (?:the )?(?:day|week|month|summer|semester|term))\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:by|before|until|on|this|next)\s(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:by|before)\s(?:the\s)?(?:end of\s)?(?:the\s)?(semester|term|school year|academic year|fiscal year)\b"
        ),
    ),
]


@dataclass(frozen=True)
class Horizon:
    """A time horizon found in text: the phrase, its kind and how sure we are it binds time."""

    phrase: str
    kind: (
        str  # date | quarter | month | season | holiday | year | relative | age | recurring | vague
    )
    score: float


_KIND_SCORES = {
    "date": 1.0,
    "quarter": 0.95,
    "month": 0.95,
    "holiday": 0.95,
    "year": 0.85,
    "season": 0.85,
    "relative": 0.95,
    "age": 0.8,
    "recurring": 0.75,
    "vague": 0.15,
}


def find_horizon(text: str) -> Horizon | None:
    """The strongest time horizon in the text, or None when the text names no time at all."""
    s = normalize(text)
    for kind, pattern in _PATTERNS:
        m = _first(kind, pattern, s)
        if m:
            if kind == "date" and not _plausible_date(m):
                continue
            return Horizon(m.group(0).strip(), kind, _KIND_SCORES[kind])
    freq = find_frequency(s)
    if freq:
        return Horizon(freq, "recurring", _KIND_SCORES["recurring"])
    m = _VAGUE_RE.search(s)
    if m:
        return Horizon(m.group(0), "vague", _KIND_SCORES["vague"])
    return None


_PAST_RE = re.compile(
    r"\b(been|started|had|was|were|did|used to|for the (?:last|past)|haven'?t|hasn'?t|"
    r"lost|spent|wasted|gained|earned|missed|paid|worked|lived|studied|played|taught|ran|"
    r"owned|smoked|vaped|drank|trained|volunteered|managed|"
    r"got|went|came|happened|diagnosed|broke|slipped|tore|injured|operated|retired|graduated|"
    r"overdue by|not since)\b([^.,;]{0,40})$"
)
# words of a goal between a past verb and a date: 'gained ... and want to lose it by june'
_AHEAD_RE = re.compile(
    r"\b(?:want|wants|need|needs|hope|hoping|plan|planning|going to|gonna|will|would like|"
    r"i'?d like|by|before|until|till|so i can|aim|aiming|trying)\b|'ll\b"
)
# a span that is an age ('baby is 5 months'), never one still to come ('it's 3 months away')
_AGE_BEFORE_RE = re.compile(
    r"\b(?:is|are|i'?m|we'?re|she'?s|he'?s|they'?re|it'?s|turned|aged?)\s(?:about\s|nearly\s|almost\s|only\s|"
    r"just\s)?$"
)
_STILL_AHEAD_RE = re.compile(r"^\s(?:away|from now|out|off|left|to go|time)\b")
# a span of something ('2 years of on and off pain') or after it ('laid up for 2 days after')
_SPAN_OF_RE = re.compile(r"^\s(?:of|after)\b")
_SET_MONTH_RE = re.compile(r"(?:by|before|until|till|no later than)\b")
_SPAN_UNIT_RE = re.compile(r"\b(?:days?|weeks?|months?|years?)\b")
_AHEAD_START_RE = re.compile(r"^(?:in|within|over|by|before|next|the next|until|till)\b")


_LIVED_AFTER_RE = re.compile(
    r"^\s(?:ago|at|of|in|with|on|working|together|married|clean|sober|off|out)\b"
)


def _about_the_past(m: re.Match[str]) -> bool:
    """'it's been all work for 2 years', 'after 19 years at the same company', '3 weeks ago':
    a span behind the person, not a deadline; and so is an age ('baby is 5 months'), a span
    of something ('2 years of on and off pain') and a month told in the past ('got diagnosed
    in january'), unless the goal's own words come between ('gained it, want it off by june')."""
    past = _PAST_RE.search(m.string[: m.start()])
    if past and not _AHEAD_RE.search(past.group(2)):
        return True
    after = m.string[m.end() : m.end() + 14]
    if not _AHEAD_START_RE.match(m.group(0)) and _SPAN_UNIT_RE.search(m.group(0)):
        if _SPAN_OF_RE.match(after):
            return True
        if _AGE_BEFORE_RE.search(m.string[: m.start()]) and not _STILL_AHEAD_RE.match(after):
            return True
    return after.startswith(" ago") or (
        m.group(0).startswith("after") and bool(_LIVED_AFTER_RE.match(after))
    )


def _first(kind: str, pattern: re.Pattern[str], s: str, this_year: int = 0) -> re.Match[str] | None:
    """The first match that looks ahead: spans about the past are skipped, and so is a year
    already gone ('a car repossessed in 2021' is the story, not the deadline)."""
    return next(
        (
            m
            for m in pattern.finditer(s)
            if (
                kind not in {"relative", "year", "month"}
                or (kind == "month" and _SET_MONTH_RE.match(m.group(0)))  # "paid ... by june"
                or not _about_the_past(m)
            )
            and not _gone(m, this_year)
        ),
        None,
    )


_SET_BY_RE = re.compile(r"\b(?:by|before|until|till|due|deadline|end of|rest of)\b")


def _gone(m: re.Match[str], this_year: int) -> bool:
    """A year before this one named in the story ('in 2021', 'march 2019'); one set as the
    deadline ('by 1 January 2020') stays, so the plan can say it has passed."""
    years = re.findall(r"\b(?:19|20)\d\d\b", m.group(0))
    if not (this_year and years and all(int(y) < this_year for y in years)):
        return False
    return not _SET_BY_RE.search(m.string[max(0, m.start() - 12) : m.start()] + m.group(0))


def _plausible_date(m: re.Match[str]) -> bool:
    nums = [g for g in m.groups() if g and g.isdigit()]
    return all(int(n) <= 31 or len(n) == 4 for n in nums)


_NEXT_NAMED_RE = re.compile(
    r"\bnext\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s\d)"
)


def resolve_deadline(text: str, today: dt.date) -> dt.date | None:
    """The calendar date a horizon phrase means, relative to today (future-preferring)."""
    s = normalize(text)
    for kind, pattern in _PATTERNS:
        m = _first(kind, pattern, s, today.year)
        if not m or (kind == "date" and not _plausible_date(m)):
            continue
        try:
            resolved = _resolve(kind, m, s, today)
        except (OverflowError, ValueError):  # "in 99999999 weeks": no calendar date
            return None
        if resolved is not None and _NEXT_NAMED_RE.search(s) and (resolved - today).days < 62:
            # "next december" said in late November: not the coming one, the one after it
            resolved = resolved + relativedelta(years=1)
        if resolved is not None:
            latest = min(LATEST, today + dt.timedelta(days=365 * MAX_PLAN_YEARS))
            return resolved if EARLIEST <= resolved <= latest else None
    return None


def _future(candidate: dt.date, today: dt.date, years: int = 1) -> dt.date:
    return candidate if candidate > today else candidate + relativedelta(years=years)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _resolve(kind: str, m: re.Match[str], s: str, today: dt.date) -> dt.date | None:  # noqa: C901
    text = re.sub(
        r"(\d)(?:st|nd|rd|th)?-?ish\b", r"\1", m.group(0)
    )  # "august 10ish" is about the 10th
    if kind == "date":
        from dateutil import parser as dateparser

        iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if iso:  # ISO dates are year-month-day whatever dayfirst says
            try:
                return dt.date(*(int(g) for g in iso.groups()))
            except ValueError:
                return None

        try:
            parsed = dateparser.parse(
                text, default=dt.datetime(today.year, today.month, 1), dayfirst=True
            )
        except (ValueError, OverflowError):
            return None
        has_year = bool(re.search(r"(19|20)\d\d|/\d{2}$", text))
        return parsed.date() if has_year else _future(parsed.date(), today)
    if kind == "quarter":
        label = m.group(1)
        year = int(m.group(2)) if m.group(2) else today.year
        end_month = {
            "q1": 3,
            "q2": 6,
            "q3": 9,
            "q4": 12,
            "h1": 6,
            "h2": 12,
            "first half": 6,
            "second half": 12,
        }[label]
        end = _month_end(year, end_month)
        end = end if m.group(2) or end > today else _month_end(year + 1, end_month)
        if re.search(
            r"\b(?:before|ahead of)\s(?:the\s)?$", s[: m.start()]
        ) and "end" not in m.group(0):
            # "set up before Q2": before the quarter begins, the last day of the one before it
            first = end - relativedelta(
                months=6 if label in {"h1", "h2", "first half", "second half"} else 3
            )
            before = _month_end(first.year, first.month)
            return before if before > today else _month_end(first.year + 1, first.month)
        return end
    if kind == "month":
        month_name = next(g for g in reversed(m.groups()) if g and g.rstrip(".") in _MONTHS)
        month = _MONTHS[month_name.rstrip(".")]
        year_match = re.search(_YEAR, text)
        next_year = re.search(r"\bnext\syear\b", text) is not None
        year = int(year_match.group(1)) if year_match else today.year + (1 if next_year else 0)
        lead = m.group(1) if m.re.pattern.startswith(r"\b(by") else "in"
        if re.search(r"\bbefore\b", s[max(0, m.start() - 40) : m.start() + 1]):
            lead = "before"  # "before my wedding in June" means by the end of May
        if lead == "before":
            date = dt.date(year, month, 1) - dt.timedelta(days=1)
        elif "early" in text:
            date = dt.date(year, month, 10)
        elif "mid" in text:
            date = dt.date(year, month, 15)
        else:
            date = _month_end(year, month)
        return date if year_match or next_year else _future(date, today)
    if kind == "season":
        # "by spring/summer", "in spring or early summer": the later of the two seasons
        lead, season = m.group(1), m.group(3) or m.group(2)
        start_month = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[season]
        year = today.year + (1 if lead == "next" else 0)
        if lead in {"by", "before", "until"}:
            date = _future(dt.date(year, start_month, 1) - dt.timedelta(days=1), today)
            if (date - today).days < 21:  # "by winter" said in late November: this winter
                date = _month_end(
                    date.year + 1 if date.month == 11 else date.year, (start_month + 1) % 12 + 1
                )
        else:
            date = _month_end(
                year + (1 if start_month == 12 else 0), (start_month + 2 - 1) % 12 + 1
            )
        return _future(date, today)
    if kind == "holiday":  # the feast's own date: "christmas 2027", "before ramadan"
        return feast_day(s[m.start() :], today)
    if kind == "year":
        year_match = re.search(_YEAR, text)
        if year_match:
            return dt.date(int(year_match.group(1)), 12, 31)
        if "next year" in text:
            return dt.date(today.year + 1, 12, 31)
        return _future(dt.date(today.year, 12, 31), today)
    if kind == "relative":
        return _resolve_relative(m, today)
    return None


def _resolve_relative(m: re.Match[str], today: dt.date) -> dt.date | None:
    text = m.group(0)
    num = re.search(r"(\d+(?:\.\d+)?)\s?[- ]?" + _UNITS, text)
    if num:
        n = float(num.group(1))
        unit = num.group(2)
        if unit.startswith("d"):
            return today + dt.timedelta(days=round(n))
        if unit.startswith(("w", "f")):
            return today + dt.timedelta(weeks=n * (2 if unit.startswith("f") else 1))
        if unit.startswith("mo"):
            return today + relativedelta(months=round(n))
        if unit.startswith("q"):
            return today + relativedelta(months=3 * round(n))
        if unit.startswith("s"):
            return today + relativedelta(months=5 * round(n))
        return today + relativedelta(years=round(n), months=round((n % 1) * 12))
    for i, name in enumerate(_WEEKDAYS):
        if name in text:
            ahead = (i - today.weekday()) % 7 or 7
            return today + dt.timedelta(days=ahead + (7 if "next" in text else 0))
    if re.search(r"\b(a|1) fortnight\b", text):
        return today + dt.timedelta(weeks=2)
    if "tomorrow" in text:
        return today + dt.timedelta(days=1)
    if "today" in text or "tonight" in text or "end of the day" in text or "end of day" in text:
        return today
    if "weekend" in text:
        return today + dt.timedelta(days=(6 - today.weekday()) or 7)
    if re.search(r"\b(week)\b", text):
        end_of_this = today + dt.timedelta(days=6 - today.weekday())
        return (
            end_of_this + dt.timedelta(weeks=1)
            if "next" in text or "a week" in text or "1 week" in text
            else end_of_this
        )
    if re.search(r"\b(month)\b", text):
        base = (
            today + relativedelta(months=1)
            if ("next" in text or "a month" in text or "1 month" in text)
            else today
        )
        return _month_end(base.year, base.month)
    if "quarter" in text:
        q_end = _month_end(today.year, ((today.month - 1) // 3 + 1) * 3)
        return q_end + relativedelta(months=3) if "next" in text else q_end
    if re.search(r"semester|term|school year|academic year", text):
        return (
            _future(dt.date(today.year, 6, 30), today)
            if today.month < 7
            else dt.date(today.year, 12, 20)
        )
    if "fiscal year" in text:
        return _future(dt.date(today.year, 12, 31), today)
    if "year" in text:
        return today + relativedelta(years=1)
    return None
