"""Deadline answers that say a start and a length ("3 months starting the 1st"), a part of a
year ("mid 2028"), or a correction ("june, well july really"); and the check that a reading
agrees with its own words before the plan takes it as the person's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from assistant.language import normalize
from assistant.understanding.deadline_anchor import counted_end
from assistant.understanding.deadline_words import REST_WORDS
from assistant.understanding.words import MONTHS

Reader = Callable[[str, dt.date], "dt.date | None"]

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "a couple of": 2}
_COUNT = r"(\d+|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_UNIT = r"(day|week|month|year)s?"
_FROM = r"(?:starting|beginning|commencing|from|as of|after)"
# "3 months starting the 1st", "for 6 weeks from monday", "a year from january"
_LENGTH_FIRST_RE = re.compile(
    rf"\b{_COUNT}\s{_UNIT}\s(?:long\s)?{_FROM}\s(?:on\s)?(?!now\b|today\b|tonight\b)([^,;.]+)"
)
# "starting the 1st, for 3 months", "from january, a year"
_START_FIRST_RE = re.compile(
    rf"^\W*{_FROM}\s(?:on\s)?(?!now\b|today\b)([^,;]+?)[,;]?\s(?:for\s|and\s(?:go|run|last)\s"
    rf"(?:for\s)?)?(?:about\s)?{_COUNT}\s{_UNIT}\W*$"
)


def says_length(s: str) -> bool:
    """Whether the answer gives a length with its start ('starting the 1st, for 3 months')."""
    return bool(_LENGTH_FIRST_RE.search(s) or _START_FIRST_RE.search(s))


def start_and_length(s: str, today: dt.date, read: Reader) -> dt.date | None:
    """The end of a span said with its start: '3 months starting the 1st' runs from 1 December
    to 1 March; a start the reader cannot date (or one in the past) counts from today."""
    span = _start_and_length(s, today, read)
    return span[1] if span else None


def running_window(s: str, today: dt.date, read: Reader) -> dt.date | None:
    """The end of a window counted from a day already past and still open ('I have 180 days
    from the letter dated Oct 3', said in November: 1 April), else None."""
    span = _start_and_length(s, today, read)
    return span[1] if span and span[0] < today else None


def _start_and_length(s: str, today: dt.date, read: Reader) -> tuple[dt.date, dt.date] | None:
    """(start, end) of a span said with its start, else None."""
    m = _LENGTH_FIRST_RE.search(s)
    if m:
        count, unit, anchor = m.group(1), m.group(2), m.group(3)
    elif m := _START_FIRST_RE.search(s):
        anchor, count, unit = m.group(1), m.group(2), m.group(3)
    else:
        return None
    begins = read(anchor.strip(), today)
    if begins is None:
        return None
    n = _COUNTS.get(count) or int(count)
    length = {
        "day": relativedelta(days=n),
        "week": relativedelta(weeks=n),
        "month": relativedelta(months=n),
        "year": relativedelta(years=n),
    }[unit]
    began = _day_past(anchor.strip(), begins, today)
    if (
        began is not None
        and began + length > today
        and (unit in {"day", "week"} or (today - began) * 2 < (began + length) - began)
    ):  # "180 days from oct 3": a time limit still running ("a year from march 1": next March)
        return began, began + length
    if re.fullmatch(r"(?:early |the start of |the beginning of )?[a-z]+", anchor.strip()) and (
        anchor.strip().split()[-1][:3] in {m[:3] for m in MONTHS}
    ):
        begins = begins.replace(day=1)  # "from january": its first day, not its last
    begins = max(begins, today)
    return begins, begins + length


# a day of a month, said without its year: "oct 3", "the 3rd of october", "3 oct"
_MONTH_DAY_RE = re.compile(
    r"^(?:the\s)?(?:(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?([a-z]{3,9})|([a-z]{3,9})\.?\s(\d{1,2})"
    r"(?:st|nd|rd|th)?)\b(?!\s(?:19|20)\d\d)"
)


def _day_past(anchor: str, read: dt.date, today: dt.date) -> dt.date | None:
    """The day a span was counted from when the answer names a day of a month, no year, that
    this year has already passed ('180 days from oct 3', said in November: the window opened
    on 3 October and is running), else None; the reader's year-ahead day is kept otherwise."""
    words = re.sub(r"^(?:the\s)?(?:\w+\s){0,3}?(?:dated|of|on)\s", "", anchor)
    m = _MONTH_DAY_RE.match(words) or _MONTH_DAY_RE.match(anchor)
    if (
        m is None
        or read.year <= today.year
        or (m.group(2) or m.group(3))[:3] not in {name[:3] for name in MONTHS}
    ):
        return None
    try:
        began = read.replace(year=today.year)
    except ValueError:  # 29 February
        return None
    return began if began < today else None


_YEAR_PART_RE = re.compile(
    r"\b(early|start of|beginning of|the start of|the beginning of|mid|middle of|the middle of|"
    r"late|end of|the end of|spring|summer|fall|autumn|winter)[\s-](?:of\s)?((?:19|20)\d\d)\b"
)
_PART_ENDS = {"early": (3, 31), "start of": (1, 31), "beginning of": (1, 31)}
_PART_ENDS |= {"mid": (6, 30), "middle of": (6, 30), "late": (12, 31), "end of": (12, 31)}
_PART_ENDS |= {"spring": (5, 31), "summer": (8, 31), "fall": (11, 30), "autumn": (11, 30)}
_SEASON_BEGINS = {"spring": (2, 28), "summer": (5, 31), "fall": (8, 31), "autumn": (8, 31)}
_SEASON_BEGINS |= {"winter": (11, 30)}


def year_part(s: str, today: dt.date) -> dt.date | None:
    """'mid 2028' is 30 June 2028, 'early 2028' the end of March, 'summer 2028' its end
    ('by summer 2028' the day before it begins); 'winter 2028' the end of February after."""
    m = _YEAR_PART_RE.search(s)
    if m is None:
        return None
    part, year = m.group(1).removeprefix("the "), int(m.group(2))
    if year < today.year:  # "we wanted to buy in summer 2025": a time gone by, no deadline
        return None
    if part in _SEASON_BEGINS and re.search(r"\b(?:by|before)\s(?:the\s)?$", s[: m.start()]):
        month, day = _SEASON_BEGINS[part]  # "by summer 2028": before it begins, as "by summer"
        return dt.date(year, month, day)
    if part == "winter":
        return dt.date(year + 1, 2, 28)
    month, day = _PART_ENDS[part]
    return dt.date(year, month, day) if dt.date(year, month, day) > today else None


_CORRECTED_RE = re.compile(
    r"[,;.]\s*(?:well|actually|or rather|rather|no wait|wait|scratch that|make (?:that|it)|"
    r"i mean|sorry)\b[,\s]*(?:no\b[,\s]*)?(?:more like\s|probably\s|realistically\s)?(.*\S.*)$"
)


_DAY_ONLY_RE = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b")


def corrects(s: str) -> bool:
    """Whether the answer corrects its first date ('june, well july really')."""
    return _CORRECTED_RE.search(s) is not None


def corrected(s: str, today: dt.date, read: Reader) -> dt.date | None:
    """The date a person corrects to: 'june, well july really', 'may, actually no, end of
    june', 'march, make it april': the last one said."""
    m = _CORRECTED_RE.search(s)
    if m is None:
        return None
    day, month = _DAY_ONLY_RE.search(m.group(1)), _MONTH_RE.search(s[: m.start()])
    if day and not _MONTH_RE.search(m.group(1)):  # "march 20th, well the 14th": 14 march
        return read(f"{day.group(1)} {month.group(1)}", today) if month else None
    return read(m.group(1), today)


# --- the check: a reading that disagrees with its own words is not the person's date ---

_YEAR_SAID_RE = re.compile(r"(?<![\d$£€,.])((?:19|20)\d\d)(?![\d,])")
_SPAN_SAID_RE = re.compile(rf"\b{_COUNT}\s{_UNIT}\b(?!\s(?:ago|old|back|a|per|each|every)\b)")
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(MONTHS)} | {
    m[:3]: i + 1 for i, m in enumerate(MONTHS)
}
_MONTH_NUMBER["sept"] = 9
_MONTH_RE = re.compile(
    r"\b(" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + r")\b"
    r"(?!\s(?:be|have|not|take|need|want|get|go|do)\b)"
)
# a window counted from something past ("180 days from the denial", "got it 3 weeks ago")
_PAST_ANCHOR_RE = re.compile(
    r"\b(?:ago|since|dated|came|arrived|received|sent|from|after|was|were|got|limit|window|"
    r"been|said|had|i'?ve)\b"
)
_RATE_BEFORE_RE = re.compile(r"(?:[\d$£€₹]|\bk)\s?$")  # "$500 a month": a rate, no span
_COUNTED_BACK_RE = re.compile(r"\s(?:before|after|prior|earlier|early|ahead|beforehand)\b")
_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}


def reading_fits(said: str, day: dt.date, today: dt.date) -> bool:
    """Whether a date read from an answer agrees with the answer's own words: a year named is
    the date's year (or the span's), a single span counted from today is about that long, and
    a single month named is not overshot ('by june' is never read as August)."""
    s = normalize(said)
    rest = re.search(REST_WORDS, s)
    s = s[rest.start() :] if rest else s  # "dry jan obviously, the rest by spring": spring's
    years = {int(y) for y in _YEAR_SAID_RE.findall(s) if int(y) > today.year}  # "2022 is due"
    if years and not any(y == day.year or (y + 1 == day.year and day.month <= 2) for y in years):
        return False  # "mid 2028" read as November 2029
    spans = [m for m in _SPAN_SAID_RE.finditer(s) if not _RATE_BEFORE_RE.search(s[: m.start()])]
    months = {_MONTH_NUMBER[m.group(1)] for m in _MONTH_RE.finditer(s)}
    counted = len(spans) == 1 and not _COUNTED_BACK_RE.match(s[spans[0].end() :])
    counted = counted and not s[: spans[0].start()].endswith("the ")  # "before the 90 days end"
    if counted and not years and not months and not _PAST_ANCHOR_RE.search(s):
        n = _COUNTS.get(spans[0].group(1)) or int(spans[0].group(1))
        days = n * _DAYS[spans[0].group(2)]
        if not days / 3 <= (day - today).days <= days * 3 + 14:
            return False  # "3 months starting the 1st" read as 4 days
    if len(months) == 1 and not spans and not years and today.month not in months:
        named = months.pop()
        ends = dt.date(today.year + (named < today.month), named, 1) + relativedelta(months=1)
        if day.month not in {named, named - 1 or 12} and day >= ends + dt.timedelta(days=7):
            return False  # "by june" read as some later month
    return True


_READ_KEYS = ("deadline", "deadline_limit", "deadline_hedged", "deadline_rolled")
_READ_KEYS_SPAN = ("deadline_from", "deadline_other", "deadline_other_day")
_APART_DAYS = 45  # a span and a date said together further apart than this disagree


def _other_span(s: str, day: dt.date, today: dt.date) -> tuple[str, dt.date] | None:
    """('12 months' (about November 2027), its end) when an answer says '12 months, by next
    June' and June is read: the span said beside the date, with where it ends, when the two
    lie far apart; else None."""
    spans = [m for m in _SPAN_SAID_RE.finditer(s) if not _RATE_BEFORE_RE.search(s[: m.start()])]
    if len(spans) != 1 or _PAST_ANCHOR_RE.search(s) or says_length(s) or counted_end(s, today):
        return None
    if _COUNTED_BACK_RE.match(s[spans[0].end() :]) or s[: spans[0].start()].endswith("the "):
        return None  # "2 weeks before", "before the 180 days are up": no span from today
    n = _COUNTS.get(spans[0].group(1)) or int(spans[0].group(1))
    unit = spans[0].group(2)
    ends = today + relativedelta(**{f"{unit}s": n})
    if abs((ends - day).days) <= _APART_DAYS:
        return None
    return f"'{spans[0].group(0)}' (about {ends:%B %Y})", ends


# the named date said as a guess beside a plain span: "in 4 months, around Diwali"
_HEDGED_NAME_RE = re.compile(
    r"\b(?:around|about|roughly|approximately|near|close to|sometime around|ish)\s(?:the\s)?"
    r"(?![\d])[a-z]"
)


def span_wins(said: str) -> bool:
    """Whether the span said beside a named date is the plainer of the two: the date comes
    after 'around' or 'about' (a guess at when the span ends), the span said plainly."""
    s = normalize(said)
    hedged = _HEDGED_NAME_RE.search(s)
    if hedged is None or re.search(r"\bso\b", s[: hedged.start()]):
        return False  # "18 months, so around christmas next year": their own sum, the date
    return not re.search(rf"\b(?:around|about|roughly|maybe)\s{_COUNT}\s{_UNIT}\b", s)


def check_reading(said: str, typed: dict[str, object], today: dt.date, read: Reader) -> None:
    """A deadline reading that disagrees with the answer's words changes nothing: the answer
    is kept as words not read, and the plan falls back to the goal's own date or the usual
    span and says so (urgency and windows already closing are readings of their own). A span
    said with its start keeps that start (``deadline_from``) for the plan to say."""
    day = typed.get("deadline")
    if not isinstance(day, dt.date) or typed.get("deadline_soon") or typed.get("deadline_closing"):
        return
    span = _start_and_length(normalize(said), today, read)
    if span and span[1] == day and span[0] > today:
        typed["deadline_from"] = span[0]  # "3 months starting the 1st": 1 December on
    other = _other_span(normalize(said), day, today)
    if other:  # "12 months, by next June": June planned, the 12 months said beside it
        typed["deadline_other"], typed["deadline_other_day"] = other
    limit = typed.get("deadline_limit")  # "end of june, but way sooner": june is the reading
    if reading_fits(said, limit if isinstance(limit, dt.date) else day, today):
        return
    for key in (*_READ_KEYS, *_READ_KEYS_SPAN):
        typed.pop(key, None)
    typed["deadline_said"] = f"unread:{said.strip()}"
