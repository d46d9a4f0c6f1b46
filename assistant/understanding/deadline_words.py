"""Deadline answers said the loose way a coach still understands: "few months", "yesterday
lol", "just ongoing", "before baseball season", "age 50, so 12 years", "spring 2026" (past).

``read_loose_deadline`` runs when the date reader finds no date; it never guesses wildly:
a vague span becomes the span a person means by it, urgency the soonest realistic date,
an ongoing habit no end date at all (the plan builds it over the field's usual span), and
an event with no date keeps the person's words beside the assumed date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from assistant.language import normalize, resolve_deadline

SOON_WEEKS = 6  # "asap": the soonest a plan of real steps can mean, before the field says more
# "no rush, by the end of the year": a long horizon, whatever date follows
RELAXED_RE = re.compile(
    r"\b(?:no (?:rush|hurry|pressure)|not in (?:a|any) (?:rush|hurry)|(?:there'?s )?no real rush|"
    r"take my time|whenever(?: really)?(?!\s(?:they|the|it|we|he|she|you|i)\b)|in my own time)\b"
)


@dataclass(frozen=True)
class LooseDeadline:
    """One reading of a deadline answer: a span or a date, urgency, an ongoing habit, an
    event with no date, or a date already past; ``day`` only where the answer fixes one."""

    kind: str  # span | soon | ongoing | event | past
    said: str
    day: dt.date | None = None


_COUNT_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "couple": 2,
    "a couple": 2,
    "couple of": 2,
    "a couple of": 2,
    "few": 3,
    "a few": 3,
    "several": 4,
}
_UNIT = r"(day|week|weekend|month|year|yr)s?"
_COUNT = r"(\d+(?:\.\d+)?(?:\s?(?:-|to|or)\s?\d+(?:\.\d+)?)?|(?:a\s)?couple(?:\sof)?|(?:a\s)?few|several|an?|one|two|three|four|five|six)"
# "few months", "next few weekends", "so about 3 years", "12 years", "2-3 years?"
_SPAN_RE = re.compile(
    r"(?<![\w$])(?:in\s|within\s|next\s|the next\s|over the next\s|for\s)?"
    r"(?:about\s|around\s|roughly\s|maybe\s|like\s|another\s)?" + _COUNT + r"\s" + _UNIT + r"\b"
    r"(?!\s(?:ago|old|back)\b)(?!\s(?:a|per|each|every)\s(?:week|month|year)\b)"
)
_RHYTHM_BEFORE_RE = re.compile(
    r"\b(?:once|twice|times?|x|every|each|per|a|an)\s?$"
)  # "once a week"
_SO_RE = re.compile(r"\bso\b|,|\bwhich is\b|\bthat'?s\b")  # "age 50, so 12 years": the arithmetic
_URGENT_RE = re.compile(
    r"\b(?:yesterday|asap|a\.s\.a\.p|as (?:fast|soon|quick(?:ly)?) as (?:humanly |i can|possible)|"
    r"right now|like now|immediately|urgent\w*|the sooner the better|sooner rather than later|"
    r"last (?:week|month|year) lol|(?:way|much|a lot|far|lot) (?:sooner|earlier)|"
    r"sooner (?:please|if (?:possible|i can)|would be better|is better))\b"
)
_ONGOING_RE = re.compile(
    r"\b(?:ongoing|on-going|forever|for good|for life|from now on|indefinite\w*|no end|"
    r"not a race|no rush|no hurry|not in a (?:rush|hurry)|lifestyle|permanent\w*|"
    r"(?:every|each) (?:day|night|morning|evening|week|weekend)|daily|nightly|weekly|"
    r"(?:once|twice|\d+ times?) a (?:day|week|month)|"
    r"starting (?:now|today|tonight|tomorrow|monday|this week|next week)|start (?:now|today))\b"
)
# an event that ends the window but has no date the calendar knows
_EVENT_RE = re.compile(r"^\W*(?:before|by|until|till|ahead of|in time for)\s(?!\d)(.{3,80})$")
# the start of a season people name by its sport or weather
_SEASON_STARTS: list[tuple[re.Pattern[str], tuple[int, int]]] = [
    (re.compile(r"\b(?:baseball|softball|little league|t-?ball)\b"), (3, 20)),
    (re.compile(r"\b(?:soccer|football)\s(?:season|tryouts?|camp)\b"), (8, 1)),
    (
        re.compile(r"\b(?:basketball|hockey|ski|skiing|snowboard\w*)\s(?:season|tryouts?)\b"),
        (11, 1),
    ),
    (
        re.compile(r"\b(?:golf|tennis|pool|swim(?:ming)?|beach|bikini)\s(?:season|weather)\b"),
        (5, 1),
    ),
    (re.compile(r"\b(?:first|big|real)\b[^,;.]{0,10}\b(?:snow\w*|frost|freeze)\b"), (12, 15)),
    (re.compile(r"\b(?:tax|filing) season\b"), (1, 31)),
    (re.compile(r"\b(?:the )?holidays?\b(?! (?:in|at)\b)"), (12, 20)),
]
# the last day of a season of a year ("winter 2026" runs into February 2027)
_SEASON_ENDS = {"spring": (5, 31), "summer": (8, 31), "fall": (11, 30), "autumn": (11, 30)}
_SEASON_ENDS |= {"winter": (2, 28), "early": (4, 30), "mid": (8, 31)}
_YEAR_RE = re.compile(r"\b(20\d\d)\b")
_SEASON_YEAR_RE = re.compile(
    r"\b(spring|summer|fall|autumn|winter|end of|early|mid|late)\s(20\d\d)\b"
)
_WHOLE_YEAR_RE = re.compile(r"\b(?:all|the whole|a whole|whole|the full|a full|full) year\b")
_BARE_SEASON_RE = re.compile(r"\b(spring|summer|fall|autumn|winter)\b")
_END_OF_MONTH_RE = re.compile(r"\b(?:the\s)?end of (?:the|this) month\b")


def read_loose_deadline(said: str, today: dt.date) -> LooseDeadline | None:
    """What a deadline answer the date reader could not read means; None when it says nothing."""
    s = normalize(said)
    if _WHOLE_YEAR_RE.search(s):  # "all year", "the whole year"
        return LooseDeadline("span", said, today + relativedelta(years=1))
    span = _span(s, today)
    if span is not None:
        return LooseDeadline("span", said, span)
    if _URGENT_RE.search(s):
        return LooseDeadline("soon", said, today + dt.timedelta(weeks=SOON_WEEKS))
    if _END_OF_MONTH_RE.search(s):  # "inspection sticker expires end of the month"
        return LooseDeadline("span", said, resolve_deadline("by the end of the month", today))
    starts = _season_start(s, today)
    if starts is not None:
        return LooseDeadline("span", said, starts)
    past = _past_year(s, today)
    if past:
        return LooseDeadline("past", past)
    season = _BARE_SEASON_RE.search(s)
    if season and not _ONGOING_RE.search(s):  # "a fall 5k maybe": by the coming fall
        day = _season_span(s, today) or resolve_deadline(f"by {season.group(1)}", today)
        return LooseDeadline("span", said, day) if day else None
    if _ONGOING_RE.search(s):
        return LooseDeadline("ongoing", said)
    event = _EVENT_RE.match(s)
    if event and re.search(r"[a-z]{3}", event.group(1)):
        return LooseDeadline("event", said.strip())
    return None


_LATE_SEASON_RE = re.compile(
    r"\b(?:late|the end of|end of)\s(?:the\s)?(spring|summer|fall|autumn)\b"
)


def _season_span(s: str, today: dt.date) -> dt.date | None:
    """Two seasons said together ("spring/summer", "spring or summer") reach to the later
    one (by the time it begins), and "late spring" to the season's end: never the start of
    the first, which is months before the work the person had in mind can be done."""
    late = _LATE_SEASON_RE.search(s)
    if late:
        month, day = _SEASON_ENDS[late.group(1)]
        end = dt.date(today.year, month, day)
        return end if end > today else end.replace(year=today.year + 1)
    named = _BARE_SEASON_RE.findall(s)
    if len(set(named)) < 2:
        return None
    days = [resolve_deadline(f"by {name}", today) for name in dict.fromkeys(named)]
    return max((d for d in days if d), default=None)


def _span(s: str, today: dt.date) -> dt.date | None:
    """The span an answer counts from today: the last one after 'so' ("by my son's 16th
    birthday, so about 3 years"), else the only one; a range reads to its far end unless
    the person is in a hurry ("as fast as possible, 2-3 years?": 2 years)."""
    found = [m for m in _SPAN_RE.finditer(s) if not _RHYTHM_BEFORE_RE.search(s[: m.start()])]
    if not found:
        return None
    after_so = [m for m in found if _SO_RE.search(s[: m.start()])]
    m = (after_so or found)[-1]
    count = m.group(1).strip()
    low, high = _range_ends(count)
    n = low if _URGENT_RE.search(s) else high
    unit = m.group(2)
    if unit == "yr":
        unit = "year"
    try:  # "420000 weeks": no calendar holds it; the range check says so later
        if unit in {"week", "weekend"}:
            return today + dt.timedelta(weeks=n)
        if unit == "day":
            return today + dt.timedelta(days=n)
        return today + relativedelta(months=round(n * (12 if unit == "year" else 1)))
    except (OverflowError, ValueError):
        return None


def _range_ends(count: str) -> tuple[float, float]:
    """'2-3' is 2 to 3; 'few' is 3; 'couple' 2; 'a' 1."""
    if count in _COUNT_WORDS:
        return float(_COUNT_WORDS[count]), float(_COUNT_WORDS[count])
    numbers = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", count)]
    return min(numbers), max(numbers)


def _season_start(s: str, today: dt.date) -> dt.date | None:
    """'before baseball season': a day before the season begins, this year's or the next."""
    for pattern, (month, day) in _SEASON_STARTS:
        if pattern.search(s):
            start = dt.date(today.year, month, day)
            if start < today + dt.timedelta(days=14):
                start = dt.date(today.year + 1, month, day)
            return start - dt.timedelta(days=1)
    return None


def _past_year(s: str, today: dt.date) -> str:
    """'spring 2026' said in November 2026: the words of a time already past, else ''."""
    for m in _SEASON_YEAR_RE.finditer(s):
        month, day = _SEASON_ENDS.get(m.group(1), (12, 31))
        if dt.date(int(m.group(2)) + (m.group(1) == "winter"), month, day) < today:
            return m.group(0)
    for m in _YEAR_RE.finditer(s):
        if int(m.group(1)) < today.year:
            return m.group(0)
    return ""


# the last of several parts, whose date ends the goal: "deposit due end of april, rest by june",
# "dry jan obviously, the rest by spring", "the balance by august"
REST_WORDS = (
    r"\b(?:(?:the )?rest(?=\s(?:by|before|in|due|of it|of them|done))|rest of (?:it|them|the \w+)|"
    r"(?:the )?balance|remainder|everything else)\b"
)
