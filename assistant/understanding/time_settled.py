"""A time reading checked against the answer's own words, which settle what the readers left
open: "weekdays, weekends not really" is five sittings, never seven; "an hour a night, 5
nights" five; "one evening a month, 3-4 hrs" is under an hour a week, never four; "20 min in
the evenings" a sitting every evening, never 20 minutes a week. A reading the words do not
settle (a length read that the answer never says) is left for the caller to set aside.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, ClassVar, Protocol, TypeVar

from text_to_num import alpha2digit


class _Said(Protocol):
    """A reading of a time answer (capacity.TimeSaid, which imports this module)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def hours(self) -> float | None: ...
    @property
    def sessions(self) -> float | None: ...
    @property
    def minutes(self) -> int | None: ...
    @property
    def per_day(self) -> bool: ...
    @property
    def days(self) -> tuple[str, ...]: ...


TimeSaid = TypeVar("TimeSaid", bound=_Said)

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
# the person's workdays: the sittings are on those, never on a weekend they did not give
_WORKDAY_RE = re.compile(
    r"\b(?:week ?days?|week ?nights?|work ?days?|school ?nights?|mon(?:day)?s? ?(?:-|to) ?fri(?:day)?s?)\b"
)
_WEEKEND_RE = re.compile(r"\b(?:weekends?|sat(?:urday)?s?|sun(?:day)?s?)\b")
# a weekend that holds time too: "longer on weekends", "and 2 h on sundays", "weekends too"
_WEEKEND_MORE_RE = re.compile(
    r"\b(?:more|longer|extra|plus|and|also|\d+\s?(?:min|mins|minutes|h|hrs?|hours?))\b[^,;.]{0,12}?"
    r"\b(?:weekends?|sat(?:urday)?s?|sun(?:day)?s?)\b|\b(?:weekends?|sat(?:urday)?s?|sun(?:day)?s?)\b"
    r"[^,;.]{0,12}?\b(?:too|as well|more|longer|\d+\s?(?:min|mins|minutes|h|hrs?|hours?))"
)
_WEEKEND_NOT_RE = re.compile(
    r"\b(?:weekends?|sat(?:urday)?s?|sun(?:day)?s?)\b[^,;.\d]{0,12}?\b(?:not|no|never|off|busy|"
    r"nothing|none)\b|\b(?:not|no|never|except)\b[^,;.\d]{0,12}?\b(?:weekends?|sat(?:urday)?s?|"
    r"sun(?:day)?s?)\b"
)
# a count of sittings said beside a rate a day: "an hour a night, 5 nights"
_COUNT_RE = re.compile(
    r"\b([1-6])\s(?:nights|evenings|mornings|afternoons|days|lunchtimes|times|sessions)\b"
    r"(?!\s(?:ago|off|in a row|a month|a day|per day|daily|a night|every|of (?:the|those)))"
)
_MONTH_RE = re.compile(r"\b(?:a|per|each|every) month\b|\bmonthly\b")
# sittings counted a month: "one saturday a month", "2 evenings a month", "a single afternoon
# each month"
_A_MONTH_RE = re.compile(
    r"\b(?P<n>\d|one|a|an|single|a single)\s(?:\w+\s)?(?:mon|tue|wed|thu|fri|sat|sun|week ?end|day|"
    r"evening|morning|afternoon|night|session|sitting|visit|trip)\w*\s(?:a|each|every|per)\smonth\b"
)
_WEEKS_A_MONTH = 52 / 12
_A_WEEK_RE = re.compile(r"\b(?:a|per|each|every) week\b|\bweekly\b|\bin total\b|\btotal\b")
# one sitting's length as said: "20 min", "30-40 mins", "an hour" (never "60+ hours a week")
_LENGTH_RE = re.compile(
    r"(?<![\d+.])(?P<low>\d+(?:\.\d+)?)(?:\s?(?:-|to)\s?(?P<high>\d+(?:\.\d+)?))?\s?"
    r"(?P<unit>min|mins|minutes|h|hrs?|hours?)\b(?!\s?(?:a|per|each|every|/)\s?(?:week|wk|month))"
    r"(?!\s(?:each way|drive|away|commute))"
)
# a moment of every day named with no count: "in the evenings", "mornings", "each night"
_DAILY_SLOT_RE = re.compile(
    r"\b(?:in the (?:evening|morning|afternoon)s?|(?:most|every|each) (?:evening|morning|night|day)s?|"
    r"(?:evenings|mornings|nights)\b(?! a week)|at night|after (?:dinner|work)|before (?:bed|work)|"
    r"(?:on )?(?:week ?nights|week ?days|work ?days))\b"
)


def digits(text: str) -> str:
    s = re.sub(r"\b(?:an|1|one) (?:hour|hr) and a half\b", "90 min", text.lower())
    s = re.sub(r"\b(?:half an|a half) hour\b", "30 min", s)
    return alpha2digit(re.sub(r"\ban hour\b", "1 hour", s), "en")


def length_said(text: str) -> bool:
    """Whether ``text`` says the length of a sitting."""
    return bool(_LENGTH_RE.search(text))


def said_lengths(text: str) -> list[tuple[float, float]]:
    """The lengths of one sitting an answer says, in minutes, each as (low, high)."""
    out = []
    for m in _LENGTH_RE.finditer(digits(text)):
        scale = 60 if m.group("unit").startswith("h") else 1
        low = float(m.group("low")) * scale
        out.append((low, float(m.group("high") or m.group("low")) * scale))
    return out


def _on_workdays(s: str, read: TimeSaid) -> TimeSaid:
    """Sittings a day said for workdays only ("80 min on the train weekdays, weekends not
    really"): five a week on the workdays."""
    sessions = read.sessions or 0.0
    if not _WORKDAY_RE.search(s) or sessions <= 5 or sessions > 7:
        return read
    if _WEEKEND_MORE_RE.search(s) and not _WEEKEND_NOT_RE.search(s):
        return read  # "weekdays 30 min, longer on weekends": every day
    hours = round(5 * read.minutes / 60, 2) if read.minutes else read.hours
    if hours and not read.minutes:
        hours = round(hours * 5 / sessions, 2)
    return replace(read, sessions=5.0, hours=hours, days=_WEEKDAYS)


def _counted(s: str, read: TimeSaid) -> TimeSaid:
    """A rate a day with the days counted ("about an hour a night, 5 nights"): that many."""
    counts = {int(m.group(1)) for m in _COUNT_RE.finditer(s)}
    if len(counts) != 1 or read.sessions not in (5, 7) or not read.minutes:
        return read  # "3 sessions, 45 min each before work": three, never every workday
    if _A_WEEK_RE.search(s) or not read.per_day:
        return read
    n = float(counts.pop())
    days = read.days if len(read.days) <= n else ()  # three of the five workdays: unnamed
    return replace(read, sessions=n, hours=round(n * read.minutes / 60, 2), days=days)


def _monthly(s: str, read: TimeSaid) -> TimeSaid:
    """Sittings a month ("one evening a month, 3-4 hrs"): the week holds their share of one
    sitting, never the sitting's hours every week."""
    if _A_WEEK_RE.search(s) or not _MONTH_RE.search(s):
        return read
    counted = _A_MONTH_RE.search(s)
    if counted and not (read.sessions and read.sessions < 1):
        n = int(counted.group("n")) if counted.group("n").isdigit() else 1
        lengths = said_lengths(s)
        if not lengths or n > 4:
            return read
        sitting = max(high for _, high in lengths)
        sessions = round(n / _WEEKS_A_MONTH, 2)
        return replace(
            read,
            sessions=sessions,
            minutes=round(sitting),
            hours=round(sessions * sitting / 60, 2),
            per_day=False,
        )
    if not (read.sessions and read.sessions < 1 and read.hours):
        return read
    lengths = said_lengths(s)
    sitting = read.minutes or (max(high for _, high in lengths) if lengths else read.hours * 60)
    week = round(read.sessions * sitting / 60, 2)
    return replace(read, hours=week, minutes=round(sitting)) if week < read.hours else read


def _every_day(s: str, read: TimeSaid) -> TimeSaid:
    """One length at a moment of every day ("could walk 20 min in the evenings", "in the
    evening 30-40 min, weekends more"): a sitting that long each day (each workday when they
    name workdays), never one sitting a week nor a length they did not say."""
    lengths = said_lengths(s)
    if len(lengths) != 1 or not _DAILY_SLOT_RE.search(s) or _MONTH_RE.search(s):
        return read
    if _SOME_RE.search(s):
        return read  # "some evenings, 20 min", "a couple hours and 10 min at night"
    low, high = lengths[0]
    if high > 90 or re.search(r"\b\d+\s?(?:x|times|days|nights|evenings|mornings|sessions)\b", s):
        return read
    said_right = read.minutes is not None and low <= read.minutes <= high
    if read.minutes and said_right and read.days and len(read.days) > (read.sessions or 0):
        n = float(len(read.days))  # "shop once a week, cook 20 min on weeknights": five
        return replace(read, sessions=n, hours=round(n * read.minutes / 60, 2))
    if read.sessions and read.sessions >= 5 and said_right:
        return read  # read as a sitting a day already
    if read.sessions and said_right:
        return read  # "20 min on weekend mornings": those days
    if _A_WEEK_RE.search(s) and read.hours:
        return read  # "20 min in the evening, 3 hours a week in all": the week they said
    minutes = round((low + high) / 2)
    sessions = 5.0 if _WORKDAY_RE.search(s) else 7.0
    days = _WEEKDAYS if sessions == 5 else ()
    return replace(
        read,
        sessions=sessions,
        minutes=minutes,
        hours=round(sessions * minutes / 60, 2),
        per_day=True,
        days=days,
    )


def settled(text: str, read: TimeSaid) -> TimeSaid:
    """``read`` with what the answer's own words settle put right."""
    s = digits(text)
    for rule in (_every_day, _on_workdays, _counted, _monthly):
        read = rule(s, read)
    return read


_A_DAY_RE = re.compile(
    r"(?<![\d+.])(?P<n>\d+(?:\.\d+)?)\s?(?P<unit>min|mins|minutes|h|hrs?|hours?)\b[^,;.\d]{0,12}?"
    r"\b(?:a day|per day|daily|every day)\b"
)
_WEEK_SAID_RE = re.compile(
    r"(?<![\d+.])(\d+(?:\.\d+)?)\s?(?:[a-z]+\s)?(?:h|hrs?|hours?)\b[^,;.\d]{0,12}?\b(?:a|per) week\b"
)
# a time said for later or another season: "30-45 min a day in june, weekends now"
_LATER_RE = re.compile(
    r"\b(?:in|from|by|until|during) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b"
    r"|\b(?:summer|winter|spring|autumn|holidays?|later|term)\b"
)
_SOME_RE = re.compile(
    r"\b(?:some|a few|few|couple|several|occasional|sometimes|here and there|now and then|"
    r"when i can|if i'?m lucky)\b"
)
_DAY_NAME_RE = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?s?\b|\bweekends?\b"
)
_FULL_TIME_RE = re.compile(r"\bfull[- ]time\b")
_SHARED_RE = re.compile(r"\b(?:we|us|our|team|each|between|everyone|all of)\b")


def unsettled(text: str, hours: float | None) -> str:
    """Why the week read from a time answer cannot be planned as theirs ('' when it can): a
    week smaller than the minutes they said for every day (part of the answer read), or more
    hours than one person's week holds beside work and sleep (money or a job read as time)."""
    s = digits(text)
    if hours is None:
        return ""
    day = _A_DAY_RE.search(s)
    a_day = float(day.group("n")) * (60 if day.group("unit").startswith("h") else 1) if day else 0
    # the days the rate a day is for: named before it, or right after it ("45 min a day on
    # tue and sat"), never another activity's day ("and a lesson on sundays")
    near = (
        s[: day.start()] + re.split(r",|;|\band a\b|\bplus\b", s[day.end() : day.end() + 25])[0]
        if day
        else ""
    )
    named = len({m.group(0)[:3] for m in _DAY_NAME_RE.finditer(near)})
    named += near.count("weekend")  # a weekend is two days
    days = named if named and not re.search(r"\b(?:every day|daily)\b", s) else 5
    if a_day and hours * 60 < days * a_day * 0.9 and not _LATER_RE.search(s):
        return "less than the time a day you said"
    weeks = {float(m.group(1)) for m in _WEEK_SAID_RE.finditer(s)}
    explained = hours in weeks or 5 * a_day <= hours * 60 <= 7 * a_day * 1.1
    if hours > 40 and not explained and not _FULL_TIME_RE.search(s) and not _SHARED_RE.search(s):
        return "more hours than a week holds beside work and sleep"
    return ""


# a ceiling said on the time: "an hour a day tops", "no more than 4 h a week", "max 30 min"
_CAP_RE = re.compile(
    r"\b(?:tops|at (?:the )?most|at max|no more than|not more than|never more than|"
    r"max(?:imum)?|absolute max(?:imum)?|(?:can'?t|cannot|won'?t) do more than|"
    r"no longer than|or less|cap(?:ped)? at)\b"
)


def capped(text: str) -> bool:
    """Whether a time answer says its amount as a ceiling ("an hour a day tops", "max 3 hours
    a week"): the booked week stays within it, never a margin past it."""
    s = digits(text)
    return bool(_CAP_RE.search(s) and length_said(s.replace(" a week", "")))


# the days or hours of the person's job, never sittings of the goal: "I work 6 days",
# "work 5 days a week", "6-day weeks", "I do 4 12-hour shifts"
_JOB_DAYS_RE = re.compile(
    r"\b(?:i|we)(?:'m| am)?\s(?:work|working|do)\s(?:like\s|about\s)?\d+(?:\s?(?:-|to)\s?\d+)?\s?"
    r"(?:days?|nights?|shifts?|(?:\d+[- ]?(?:h|hr|hour)\s)?shifts?)(?:\s(?:a|per|each)\sweek)?\b"
    r"|\b\d[- ]day (?:work ?)?weeks?\b"
)


def without_job_days(text: str) -> str:
    """``text`` without the days of the person's job ("not a lot, I work 6 days": "not a
    lot,"), so a reading never books them as sittings; ``text`` itself when it names none."""
    s = digits(text)
    return _JOB_DAYS_RE.sub(" ", s).strip(" ,;.") if _JOB_DAYS_RE.search(s) else text


_ONE_DAY_RE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b"
)
_SLOT_SPLIT_RE = re.compile(r"[,;]|\s(?:and|plus|but|\+)\s")
_PER_PERIOD_RE = re.compile(
    r"\b(?:a|per|each|every) (?:week|day|month)\b|\b(?:weekly|daily|monthly)\b|\beach way\b"
)


def day_slot(text: str) -> int | None:
    """The minutes of one day's slot a time answer names beside its other time ("sundays
    maybe 2 hours to prep, weeknights 30 mins": 120; "I could meal prep sunday 2 hours"):
    a sitting that long on that day, never shared out as short sessions; None when no clause
    names one day with one length of an hour or more."""
    s = digits(text)
    for part in _SLOT_SPLIT_RE.split(s):
        days = {m.group(0)[:3] for m in _ONE_DAY_RE.finditer(part)}
        lengths = said_lengths(part)
        if len(days) != 1 or len(lengths) != 1 or _PER_PERIOD_RE.search(part):
            continue
        low, high = lengths[0]
        if 60 <= high <= 240:
            return round(high)
    return None
