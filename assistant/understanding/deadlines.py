"""Reading deadline answers: a date from how people say when ("by June", "october, the exam
is the 14th", "spring planting, so april", "12 weeks"), and a start that is not a deadline."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from assistant.language import normalize, resolve_deadline
from assistant.understanding.deadline_anchor import counted_end
from assistant.understanding.deadline_data import named_period, nth_weekday, table
from assistant.understanding.deadline_spans import (
    corrected,
    reading_fits,
    says_length,
    start_and_length,
    year_part,
)
from assistant.understanding.holidays import named_day
from assistant.understanding.month_names import in_english
from assistant.understanding.words import MONTHS

_START_RE = re.compile(
    r"^\W*(?:(?:just|i'?ll|we'?ll|i want to|want to|i'?d like to|like to|gonna|going to|i can|"
    r"i need to|need to|hoping to|hope to)\s)?(?:(?:have|be|get|got|having)\s)?"
    r"(?:start|starting|starts|started|begin|beginning|begins|begun|kick ?off|kicked off|"
    r"kicking off)\b(?!\s(?:date|of)\b)"
)
# a start said with its own limit: "want to have started in 2 months", "get started by march",
# "i'd like to have begun within 6 weeks": when it begins, the finish still open
_STARTED_BY_RE = re.compile(
    r"^\W*(?:(?:i want to|want to|i'?d like to|like to|i need to|need to|hoping to|hope to|"
    r"i'?ll|we'?ll)\s)?(?:have|get|be|having)\s(?:got\s|gotten\s)?(?:it\s|things\s)?(?:started|begun|kicked off)\s"
    r"(?:by|within|in|before|inside)\b(?!.*\b(?:finish\w*|done|complete\w*|paid off|reached|"
    r"all of it|the whole|fully)\b)"
)
_END_WORDS_RE = re.compile(
    r"\b(?:by|before|until|till|finish\w*|done|end|deadline|due|sorted|within)\b"
)
# what comes before the answer's own words: "no real date, start this week", "let's say ..."
_LEAD_RE = re.compile(
    r"^\W*(?:(?:no (?:real |set )?(?:date|deadline|rush|timeline)(?: really)?|not sure|dunno|idk|"
    r"i don'?t know|let'?s say|say|ok|so)\b\W+)+"
)
# a habit kept up once begun: "start of next month and keep it up", "start monday, ongoing"
_KEEP_RE = re.compile(
    r"\b(?:keep (?:it |them |this |that )?(?:up|going)|keep at it|carry on|carrying on|"
    r"from then on|onwards?)\b"
)
_START_WORD_RE = re.compile(r"\b(?:start|starting|starts|begin|beginning)\b")


def starts_not_ends(said: str) -> bool:
    """'starting jan 1', 'just start', 'start in january': a start, not a deadline (but
    'start date is Jan 11' names an event's date, and 'start now, done by June' a deadline)."""
    s = _LEAD_RE.sub("", normalize(said))  # "no real date, start this week": the start
    if says_length(s):  # "starting the 1st, for 3 months": a span, its end the deadline
        return False
    if _START_WORD_RE.search(s) and _KEEP_RE.search(s) and not _END_WORDS_RE.search(s):
        return True  # "let's say start of next month and keep it up": a habit from then
    if _GOOD_START_RE.search(s):  # "january is a good start?": when to begin
        return True
    if _FROM_ON_RE.search(s):  # "from this weekend on": a habit that starts then
        return True
    if _FROM_ONLY_RE.search(s):  # "from next week ideally", "from january": no end said
        return True
    if _STARTED_BY_RE.search(s):  # "want to have started in 2 months": a start, no end said
        return True
    return bool(_START_RE.search(s)) and not _END_WORDS_RE.search(s)


_FROM_ON_RE = re.compile(
    r"^\W*(?:(?:starting |beginning )?from|as of)\s(?!.*\b(?:to|until|till|through)\b)"
    r"[\w' ]{1,30}?\s(?:on|onwards?|forward)\W*$"
)


# an answer that only says when it begins: "from next week ideally", "as of january hopefully"
_FROM_ONLY_RE = re.compile(
    r"^\W*(?:(?:starting|beginning)\s)?(?:from|as of)\s"
    r"(?!.*\b(?:to|until|till|through|thru|by|before|within|done|due|deadline|end|ends|ending|"
    r"finish\w*|latest|over|left|ago|dated|since|after|letter|notice|denial|decision)\b)(?!.*\d\s?(?:days?|weeks?|months?|years?)\b)"
    r"[a-z0-9' ]{2,40}?(?:[,.!]?\s(?:ideally|hopefully|if possible|if i can|i guess|i think|"
    r"probably|please|at the latest|or so|onwards?|forward))*\W*$"
)


_GOOD_START_RE = re.compile(
    r"\b(?:is|as|would be|sounds like|seems like) a (?:good|fine|decent|nice) "
    r"(?:start|place to start|time to start)\b"
)


# "before it snows properly", "before the first frost": before winter
_SNOW_RE = re.compile(
    r"\b(?:it (?:snows|freezes|gets cold)|the (?:first )?(?:snows?|frosts?))"
    r"(?:\s(?:properly|for real|for good))?\b",
    re.I,
)
# "built over summer break 2027": done by the end of that summer
_SUMMER_BREAK_RE = re.compile(
    r"\b(?:over |during |in )?(?:the )?summer (?:break|holidays?|vacation)\b", re.I
)
# "better by the summer holidays": before they begin; "holidays" is the British word (schools
# break up in late July), "break" and "vacation" the American (mid June)
_BY_SUMMER_BREAK_RE = re.compile(
    r"\b(?:by|before|until|till|ahead of)\s(?:the\s)?(?:kids'?\s|school\s)?summer\s"
    r"(holidays?|hols|break|vacation)\b(?:\s((?:19|20)\d\d)\b)?",
    re.I,
)


def _summer_break_begins(text: str, today: dt.date) -> str:
    """The text with 'by the summer holidays' as the day those holidays begin."""
    m = _BY_SUMMER_BREAK_RE.search(text)
    if m is None:
        return text
    month, day = (7, 20) if m.group(1).lower().startswith(("holiday", "hol")) else (6, 15)
    begins = dt.date(int(m.group(2) or today.year), month, day)
    if not m.group(2) and begins <= today + dt.timedelta(days=30):
        begins = begins.replace(year=today.year + 1)
    return text[: m.start()] + f"by {begins:%d %B %Y}" + text[m.end() :]


# months as the size of a sum, not a span of time: "a 3 month emergency fund", "6 months of
# expenses", "three months' rent", "a 3-month buffer"
# what a sum measured in months is: "of expenses", "emergency fund" (also deadline.py's reader)
RESERVE_AFTER = (
    r"(?:'s?|')?[\s-](?:worth\s)?(?:of\s)?"
    r"(?:(?:our|my|the|living|monthly|household|basic|essential)\s){0,2}"
    r"(?:emergency\s(?:fund|savings|cushion|pot)|expenses|costs|spending|bills|rent|salary|pay|"
    r"wages|income|take[- ]home|runway|outgoings|buffer|cushion|mortgage payments?)\b"
)
_MONTHS_OF_MONEY_RE = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|nine|twelve)[\s-]months?" + RESERVE_AFTER,
    re.IGNORECASE,
)


# a season said with "sometime" after it is in that season, as "sometime in spring" is
_SEASON_SOMETIME_RE = re.compile(
    r"^\W*((?:next |this )?(?:spring|summer|autumn|fall|winter))\s(?:sometime|at some point)\b",
    re.I,
)


def parse_deadline(text: str, today: dt.date) -> dt.date | None:
    """A date from 'by June', '12 weeks', '2027-03-01', 'before my wedding in June', 'by jnue',
    'by tax day', '22 months left', 'on the 30th'."""
    text = _BEFORE_EVENT_AROUND_RE.sub(r"before \1", text)  # "before the harvest, around april"
    event_month = _event_in_month(normalize(in_english(text)), today)
    if event_month is not None:  # "by our holiday in july": it may be on 1 July
        return event_month
    text = _summer_break_begins(in_english(text), today)  # "20 de octubre": 20 october
    text = _MONTH_NEXT_YEAR_RE.sub(lambda m: f"{m.group(1)} {today.year + 1}", text)
    text = _SEASON_NEXT_YEAR_RE.sub(lambda m: f"{m.group(1)} {today.year + 1}", text)
    text = _SNOW_RE.sub("winter", _SUMMER_BREAK_RE.sub("by the end of summer", text))
    text = _MONTHS_OF_MONEY_RE.sub(" ", text)  # "a 3 month emergency fund": a size, no date
    text = _SEASON_SOMETIME_RE.sub(r"sometime in \1", text)  # "spring sometime": in spring
    s = normalize(text)
    counted = counted_end(s, today)  # "60 days from the letter, it was dated the 3rd"
    if counted is not None:
        return max(counted[1], today + dt.timedelta(days=7))
    then = _SO_THEN_RE.search(s)  # "due march 3rd, so mid feb really": the nearer of the two
    if then and _PURPOSE_RE.match(then.group(1)):  # "end of term so the works can happen..."
        return parse_deadline(text[: then.start()], today) if then.start() else None
    if then and (said := parse_deadline(then.group(1), today)) is not None:
        exact = _DAY_MONTH_RE.search(s[: then.start()])  # "12 october, so about 5 months"
        if _COUNTED_RE.match(then.group(1)) and not exact:  # "end of quarter, so 11 weeks"
            return said
        before = parse_deadline(s[: then.start()], today) if then.start() else None
        if before is not None and _HAPPENED_RE.search(s[: then.start()]):
            return said  # "the letter was dated feb 3, so the window runs out in august"
        if exact and before is not None and _COUNTED_RE.match(then.group(1)):
            return before  # the day they named, not their rough count of the months to it
        nearer = min(said, before) if before is not None and before > today else said
        return nearer if reading_fits(s, nearer, today) else said  # "...so march 2028"
    if _REST_OF_YEAR_RE.search(s):  # in late autumn "the rest of the year" means next year too
        year = today.year + (1 if today.month >= 10 else 0)
        return dt.date(year, 12, 31)
    day = _window_to(s, today)  # "jan 1 - jan 31": the goal runs within it, to its end
    named, _, dates = s.rpartition(",")
    if day is None and named and _DAYS_OF_MONTH_RE.match(dates.strip(" .!")):
        day = _window_to(dates.strip(" .!"), today)  # "spring break, march 16-22": its dates
    if day is not None:
        return day
    day = start_and_length(s, today, parse_deadline) or corrected(s, today, parse_deadline)
    if day is not None:  # "3 months starting the 1st"; "june, well july really"
        return day
    day = (
        _next_season(s, today)  # "by next winter", said days before this one begins
        or nth_weekday(s, today)  # "first sunday of december"
        or named_period(s, today)  # "by the end of summer term": the table's usual day
        or _span_then_day(s, today)
        or year_part(s, today)
        or _window_left(s, today)
        or _next_month_day(s, today)
        or _school_starts(s, today)
        or named_day(s, today)
        or _named_month_day(text, today)
        or _before_season_begins(s, today)
    )
    if day is not None:
        return day
    day = _read_deadline(text, today)
    if day is not None and _MONTH_NAMED_RE.search(normalize(text)):
        return _before_next_month(_not_this_month(day, normalize(text), today), s, today)
    return day


# an event said with no date, then its month: "before the main harvest, around april" is
# before April, not its end
_BEFORE_EVENT_AROUND_RE = re.compile(
    r"^\W*before\s(?!\d)[a-z' ]{2,40}?,\s(?:around|about|roughly|probably|sometime in|in|usually)"
    r"\s((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\W*$",
    re.I,
)
# "by december next year", "march of next year": that month of the coming year
_MONTH_NEXT_YEAR_RE = re.compile(
    r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s(?:of\s)?next\syear\b",
    re.I,
)
# "spring next year when our lease ends": that season of the coming year
_SEASON_NEXT_YEAR_RE = re.compile(
    r"\b(spring|summer|autumn|fall|winter)\s(?:of\s)?next\syear\b", re.I
)
_NEXT_MONTH_DAY_RE = re.compile(r"\b(?:the\s)?(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?next month\b")


def _next_month_day(s: str, today: dt.date) -> dt.date | None:
    """'MOT runs out 28th of next month': that day of the coming month, not its end."""
    m = _NEXT_MONTH_DAY_RE.search(s)
    if m is None:
        return None
    month = today.replace(day=1) + relativedelta(months=1)
    try:
        return month.replace(day=int(m.group(1)))
    except ValueError:
        return None


def _before_next_month(day: dt.date, said: str, today: dt.date) -> dt.date:
    """'visit before December', said on 27 November, is before next December: no one plans
    a visit, a move or a course toward the three days left of this month."""
    if (day - today).days >= 7 or not _before_month(said, today):
        return day
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _before_month(said: str, today: dt.date) -> bool:
    """Whether the answer says 'before' the coming month by name."""
    coming = MONTHS[today.month % 12]
    return bool(
        re.search(rf"\bbefore (?:the (?:start|beginning) of )?(?:{coming}|{coming[:3]})\b", said)
    )


_COUNTED_RE = re.compile(
    r"(?:about |around |roughly |maybe |like |approx\w* )?\d+(?:\.\d+)?\s(?:day|week|month)s?\W*$"
)
# what the date is for, not another date: "so the works can happen over the holidays"
_PURPOSE_RE = re.compile(
    r"(?:that\s)?(?:the|we|i|it|they|he|she|my|our|there)\b[^,]*\b(?:can|could|will|would|is|are|'?ll)\b"
)
# a day of a named month: "12 october", "october 12th", "the 3rd of march"
_DAY_MONTH_RE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s\d{1,2}(?:st|nd|rd|th)?\b"
)
_REST_OF_YEAR_RE = re.compile(
    r"^\W*(?:for |through |over |during )?(?:the )?rest of (?:the|this) year\W*$"
)
# a date said as when something happened (a letter's date), never a deadline of its own
_HAPPENED_RE = re.compile(
    r"\b(?:dated|came|arrived|received|sent|issued|posted|got (?:it|the \w+)|(?:was|were) on)\b"
)
_SO_THEN_RE = re.compile(r"[,;]?\s\bso\s(?:really\s|probably\s|more like\s|like\s)?(.*\S.*)$")
_WINDOW_RE = re.compile(  # "180 days from the denial", "I have 180 days"
    r"\b(\d+)[\s-](day|week|month)s?\s(?:from|after|since|to appeal|to respond|to file|"
    r"limit|deadline|window|time limit|appeal window)\b"
    r"|\b(?:have|has|gives? (?:me|us)|get|got|within)\s(\d+)\s(day|week|month)s?\b"
)
_AGO_RE = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|a few|few)\s(day|week|month)s?\sago\b"
    r"|\b(yesterday|last week|last month)\b"
)
_CAME_IN_RE = re.compile(
    r"\b(?:came|arrived|got it|got the letter|received|dated|sent|was sent|denied|"
    r"(?:denial|rejection|refusal|decision|letter|notice) (?:was|came|arrived))\b[^,;.]{0,14}?"
    r"\b(?:in\s|on\s)?(?:the\s)?(?:(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s(\d{1,2})(?:st|nd|rd|th)?\b)?"
)
_WORD_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_WORD_COUNTS |= {"a few": 3, "few": 3}
_BACK_DAYS = {"yesterday": 1, "last week": 7, "last month": 30}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def _window_left(s: str, today: dt.date) -> dt.date | None:
    """What is left of a window that began in the past: "180 days from the denial, I got it 3
    weeks ago", "the letter came in may and I have 180 days" (a window already closing is
    planned for the next week, never past its end)."""
    end = _window_end(s, today)
    return None if end is None else max(end, today + dt.timedelta(days=7))


def window_closing(said: str, today: dt.date) -> dt.date | None:
    """The end of a window counted from a past event ("a 180 day limit, the denial was in
    May") when it is already past or days away; None when it has time left or is not one."""
    end = _window_end(normalize(said), today)
    return end if end is not None and end < today + dt.timedelta(days=7) else None


def _window_end(s: str, today: dt.date) -> dt.date | None:
    """The last day of a window counted from when it began, past or not."""
    window = _WINDOW_RE.search(s)
    if window is None:
        return None
    n, unit = (window.group(1), window.group(2)) if window.group(1) else window.group(3, 4)
    ago, came = _AGO_RE.search(s), _CAME_IN_RE.search(s)
    if ago and ago.group(3):
        began = today - dt.timedelta(days=_BACK_DAYS[ago.group(3)])
    elif ago:
        count = _WORD_COUNTS.get(ago.group(1)) or int(ago.group(1))
        began = today - dt.timedelta(days=count * _UNIT_DAYS[ago.group(2)])
    elif came:
        month = [m[:3] for m in MONTHS].index(came.group(2)) + 1  # "dated feb 3", "3rd of march"
        year = today.year if month <= today.month else today.year - 1
        said_day = came.group(1) or came.group(3)
        day = int(said_day) if said_day and int(said_day) <= 28 else 15
        began = dt.date(year, month, day)  # "dated March 3"; the month's middle if no day
    else:
        return None
    return began + dt.timedelta(days=int(n) * _UNIT_DAYS[unit])


_SCHOOL_STARTS_RE = re.compile(
    r"\b(?:before|by|when)\s(?:the\s)?(?:kids?\s|school\s)?(?:school|classes|the school year|term)\s"
    r"(?:starts?|begins?|is back|goes back|opens?)\b"
)


def _school_starts(s: str, today: dt.date) -> dt.date | None:
    """ "before school starts (in the fall)": the coming late August, unless a month is named."""
    if not _SCHOOL_STARTS_RE.search(s) or _MONTH_NAMED_RE.search(s):
        return None
    day = dt.date(today.year, 8, 20)
    return day if day > today + dt.timedelta(days=30) else dt.date(today.year + 1, 8, 20)


_FROM_RE = re.compile(
    r"\b(?:(\d+)|a|an|one)\s(day|week|month|year)s?\s(?:from|after)\s(?!now\b|today\b)(.+)"
)
_NTH_RE = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b")
_STARTS_IN_RE = re.compile(  # an event that begins in the month: the work is done before it
    r"\b(?:list|listing|starts?|begins?|trip|travel\w*|leav\w*|mov\w*|fly|flights?|arriv\w*|"
    r"due|visit\w*|opens?|launch\w*)\b[^,;.]{0,25}?\bin (?:early |mid )?("
    + "|".join(MONTHS)
    + r")\b"
)

# "want to fly by june": gone when June comes, so what must be done before it is done by then
_LEAVE_BY_RE = re.compile(
    r"\b(?:fly|fly out|emigrat\w*|relocat\w*|leav\w*|mov(?:e|ing) (?:out|over|abroad))\s"
    r"by (?:early )?(" + "|".join(MONTHS) + r")\b"
)


def _named_month_day(text: str, today: dt.date) -> dt.date | None:
    """The dates a month name fixes better than the generic reader: "180 days from march 3",
    "october, bloodwork is the 14th", "spring planting, so april" (a month beats a season),
    "realtor wants to list in may" (before the month's start, not its end)."""
    s = fix_month_typos(normalize(text))
    span = _FROM_RE.search(s)
    if span and (_MONTH_NAMED_RE.match(span.group(3)) or re.match(r"\d", span.group(3))):
        anchor = _read_deadline(span.group(3), today)
        if anchor is not None:
            n = int(span.group(1) or 1)
            unit = span.group(2)
            if unit == "year":
                return anchor.replace(year=anchor.year + n)
            days = {"day": 1, "week": 7, "month": 30}[unit] * n
            return anchor + dt.timedelta(days=days)
    month = _MONTH_NAMED_RE.search(s)
    if month is None or re.search(r"\d{4}-\d", s):
        return None
    part = re.search(r"\b(early|mid)[\s-]$", s[: month.start()])  # "summer mocks, mid june"
    first = _read_deadline(f"by {part.group(1) + ' ' if part else ''}{month.group(0)}", today)
    if first is None:
        return None
    nth = _NTH_RE.search(s)
    if nth and not re.search(re.escape(month.group(0)) + r"\s\d", s):
        try:
            day = first.replace(day=int(nth.group(1)))
            return day if day >= today else day.replace(year=day.year + 1)  # passed: next year's
        except ValueError:
            return None
    starts = _STARTS_IN_RE.search(s) or _LEAVE_BY_RE.search(s)
    if starts and starts.group(1)[:3] == month.group(0)[:3]:
        return max(today + dt.timedelta(days=7), first.replace(day=1) - dt.timedelta(days=1))
    season = _SEASON_RE.search(s)
    if season and season.start() < month.start():  # "spring planting, so april"
        return _not_this_month(first, s, today)
    if month.start() == 0 and _FIRST_CLAUSE_RE.match(s):  # "april, flights by january"
        return _not_this_month(first, s, today)
    return None


# a month said first, with a few words on what falls then: "march promo cycle, packets due
# mid february" is the March cycle; the later clause is a step on the way
_FIRST_CLAUSE_RE = re.compile(r"[a-z]+(?:\s(?!by\b|before\b|due\b|or\b)[a-z]+){0,3}\s?[,;]")


_BEFORE_SEASON_RE = re.compile(  # something that begins with the season, not any time in it
    r"\bbefore\b[^,;.]{0,40}?\b(?:starts?|begins?|go(?:es)? back|opens?|returns?)\b"
    r"[^,;.]{0,25}?\bin (?:the )?(spring|summer|fall|autumn|winter)\b"
)


# "by next winter", "next summer": the season after the one running or about to begin
_NEXT_SEASON_RE = re.compile(
    r"\b(?:(by|before|until|till|ahead of|in time for)\s(?:the\s)?)?next\s(winter|summer|spring|"
    r"autumn|fall)\b(?!\s(?:term|semester|break|holidays?|season)\b)"
)
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_NEAR_DAYS = 14  # a season beginning this soon is this one, not the next


def _next_season(s: str, today: dt.date) -> dt.date | None:
    """'next winter' said on 27 November (this winter begins in 4 days) is the winter after,
    December 2027 to February 2028; 'by next winter' the day before it begins, 'next winter'
    its end (the northern months: a southern reader flips the season before reading)."""
    m = _NEXT_SEASON_RE.search(s)
    if m is None:
        return None
    month = _SEASON_STARTS[m.group(2)]
    begins = dt.date(today.year, month, 1)
    if begins + relativedelta(months=3) <= today:  # this year's is over: the coming one
        begins = begins + relativedelta(years=1)
    if begins <= today + dt.timedelta(days=_SEASON_NEAR_DAYS):  # running, or all but begun
        begins = begins + relativedelta(years=1)
    if m.group(1):
        return begins - dt.timedelta(days=1)
    return begins + relativedelta(months=3) - dt.timedelta(days=1)


_MONTH_WORDS = "|".join(m[:3] + r"[a-z]*" for m in MONTHS)
# "by our summer holiday, tenerife in july", "before the wedding in june": a goal needed by an
# event dated only by its month
_EVENT_IN_MONTH_RE = re.compile(
    rf"^\W*(?:by|before|ahead of|in time for)\s(?:[\w']+\s){{0,4}}?(?:{{events}})\b"
    rf"[^.;]{{0,30}}?\b(?:in|this|next)\s({_MONTH_WORDS})\b(?!\s\d)(?!.*\d)"
)


def _event_in_month(s: str, today: dt.date) -> dt.date | None:
    """'by our holiday in july' is the day before July begins (the holiday may be on its
    first day), not 31 July; None unless the answer dates an event by its month alone."""
    events = table().events.removeprefix("\\b")
    m = re.search(_EVENT_IN_MONTH_RE.pattern.replace("{events}", events), s)
    if m is None:
        return None
    month = [n[:3] for n in MONTHS].index(m.group(1)[:3]) + 1
    year = today.year + (month <= today.month)
    day = dt.date(year, month, 1) - dt.timedelta(days=1)
    return day if day > today + dt.timedelta(days=14) else None  # a month at the door: its end


def _before_season_begins(s: str, today: dt.date) -> dt.date | None:
    """ "before school starts in the fall" is before the fall begins, not by its end."""
    m = _BEFORE_SEASON_RE.search(s)
    return _read_deadline(f"before {m.group(1)}", today) if m else None


def rolled_a_year(said: str, day: dt.date, today: dt.date) -> bool:
    """Whether a month named bare is this month ("by November", "check up is in
    mid-November", said on 27 November) and so was read as next year's."""
    s = normalize(said)
    named = _MONTH_NAMED_RE.search(s)
    if named is None or _YEAR_NAMED_RE.search(s) or day.year != today.year + 1:
        return False
    if day.month == today.month and _before_month(s, today):  # "before December"
        return True
    return day.month == today.month and named.group(0)[:3] == MONTHS[day.month - 1][:3]


_YEAR_NAMED_RE = re.compile(r"\b(?:19|20)\d\d\b|\bnext year\b|\b'\d\d\b")


def _not_this_month(day: dt.date, said: str, today: dt.date) -> dt.date:
    """A month named bare when it is nearly over ("review cycle closes in november", said on
    27 November) is next year's: no one plans a goal toward the three days left."""
    named = _MONTH_NAMED_RE.search(said)
    this = MONTHS[today.month - 1]
    if (
        named
        and named.group(0)[:3] == this[:3]
        and day.month == today.month
        and day.year == today.year
        and (day - today).days < 14
        and not re.search(r"\bthis\b", said)
    ):
        return day.replace(year=day.year + 1)
    return day


def _read_deadline(text: str, today: dt.date) -> dt.date | None:
    """The general reader: horizon phrases, a season, the school year, typos in month names."""
    # "ideally by next fall" is by the coming fall, not its end
    text = re.sub(r"\b(by|before|until) next (spring|summer|fall|autumn|winter)\b", r"\1 \2", text)
    if not _MONTH_NAMED_RE.search(normalize(text)):  # "end of junior year, May" says May
        text = _SCHOOL_YEAR_RE.sub("june", text)  # "end of the school year": June
    else:  # "end of the school year, july": the month they named is when it ends
        text = _SCHOOL_YEAR_RE.sub(" ", text).strip(" ,;")
    fixed = fix_month_typos(text)
    for said in dict.fromkeys((text, fixed)):
        for candidate in (said, f"by {said}", f"in {said}"):
            day = resolve_deadline(candidate, today)
            if day is not None:
                return _coming_season(day, said, today)
    said = normalize(fixed)
    month = _MONTH_NAMED_RE.search(said)  # "end of junior year, May"
    if month is None:
        return None
    part = _PART_OF_MONTH_RE.search(said[: month.start()])  # "start of october": its first days
    lead = _PART_OF_MONTH.get(part.group(1), "") if part else ""
    day = resolve_deadline(f"by {lead}{month.group(0)}", today)
    first_days = part is not None and part.group(1) in {"start of", "beginning of"}
    return day.replace(day=1) if day is not None and first_days else day


_PART_OF_MONTH_RE = re.compile(
    r"\b(early|start of|beginning of|mid|middle of|late)\s(?:the\s)?(?:month of\s)?$"
)
_PART_OF_MONTH = {"early": "early ", "start of": "early ", "beginning of": "early "}
_PART_OF_MONTH |= {"mid": "mid ", "middle of": "mid ", "late": ""}


_SCHOOL_YEAR_RE = re.compile(
    r"\b(?:the\s)?end of (?:the\s)?(?:school|academic|junior|senior|sophomore|freshman)\syear\b"
    r"|\b(?:the\s)?(?:school|academic)\syear\b",
    re.I,
)
_SEASON_RE = re.compile(r"\b(spring|summer|fall|autumn|winter)\b", re.I)


def _coming_season(day: dt.date, said: str, today: dt.date) -> dt.date:
    """'before I travel in the fall', said in late November, is next year's fall: a season
    whose end is days away is not the one a person plans toward."""
    if (day - today).days < 30 and _SEASON_RE.search(said) and "this" not in said.lower():
        return day.replace(year=day.year + 1)
    return day


_MONTH_NAMED_RE = re.compile(  # a month by name or its short form; "it may take" is no month
    r"\b(?:"
    + "|".join(m for m in MONTHS if m != "may")
    + "|"
    + "|".join(m[:3] for m in MONTHS if m != "may")
    + r"|sept|may(?!\s(?:be|have|not|take|need|want|get|go|do)))\b(?:\s\d{4})?"
)

_PERIOD_TYPOS_RE = re.compile(r"\b(?:wek|weeek|weke|weak|wk|wks)\b|\b(?:dya|dy)\b")


def fix_period_typos(text: str) -> str:
    """'3 hrs a wek' -> '3 hrs a week', '30 min a dya' -> '30 min a day'."""
    return _PERIOD_TYPOS_RE.sub(lambda m: "day" if m.group(0).startswith("d") else "week", text)


def fix_month_typos(text: str) -> str:
    """Month names one slip away ('jnue', 'aprl', 'marhc') spelled right; other words kept."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0).lower()
        if len(word) < 4 or word in MONTHS:
            return m.group(0)
        for month in MONTHS:
            if sorted(word) == sorted(month) or _one_edit(word, month):
                return month
        return m.group(0)

    return re.sub(r"[A-Za-z]+", fix, text)


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` becomes ``b`` by one inserted, deleted or changed letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


_WELL_BEFORE_RE = re.compile(
    r"\b(?:i|we)?\s?(?:want|'d like|would like|hope|plan|need|aim)\s(?:to\s(?:get|have)\s)?"
    r"(?:it|this|them|mine)?\s?(?:in|done|filed|sent|submitted|finished|over with)?\s?"
    r"(?:way|well|much|long|a lot|a good bit|far)\s(?:before|ahead of|earlier|sooner)\b"
    r"|\bbut\s(?:ideally\s|hopefully\s|preferably\s)?(?:way|much|a lot|far)\s(?:sooner|earlier)\b"
)


def well_before(said: str, limit: dt.date, today: dt.date) -> dt.date | None:
    """The date to aim for when the answer names a limit and wants it done well before it
    ("180 days from feb 2 so end of july, but I want it in way before that"): about halfway
    to the limit, never sooner than two weeks; None when the answer asks nothing earlier."""
    if not _WELL_BEFORE_RE.search(normalize(said)) or limit <= today:
        return None
    halfway = today + (limit - today) / 2
    return max(halfway, today + dt.timedelta(weeks=2)) if halfway < limit else None


_SPAN_THEN_DAY_RE = re.compile(
    r"\b(?:in|within)\s(?:about\s)?(\d+)\s(day|week|month)s?\b[^.;]{0,30}?"
    r"\b(?:on\s)?the\s(\d{1,2})(?:st|nd|rd|th)\b"
)


def _span_then_day(s: str, today: dt.date) -> dt.date | None:
    """'fly out in 8 weeks, on the 22nd': the 22nd nearest to 8 weeks from now, not this
    month's 22nd."""
    m = _SPAN_THEN_DAY_RE.search(s)
    if m is None or not 1 <= int(m.group(3)) <= 28:
        return None
    about = today + dt.timedelta(days=int(m.group(1)) * _UNIT_DAYS[m.group(2)])
    days = [
        (about.replace(day=1) + relativedelta(months=k)).replace(day=int(m.group(3)))
        for k in (-1, 0, 1)
    ]
    return min((d for d in days if d > today), key=lambda d: abs((d - about).days), default=None)


# a window of two dates: "jan 1 - jan 31", "from the 1st to the 31st of march", "march 3 through
# april 20"; the goal is done within it, so the deadline is its last day
_WINDOW_TO_RE = re.compile(
    r"^(?:from\s|between\s)?(?P<start>.*?\d.*?|.*?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?)\s?(?:-|to|until|till|through|thru|and)\s(?P<end>.*\S)$"
)


# days of one month: "june 1-30", "march 3 to 17", "the 1st-14th of may"
_DAYS_OF_MONTH_RE = re.compile(
    r"^(?:from\s|between\s)?(?:(?P<month>[a-z]{3,9})\.?\s(?P<first>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?:the\s)?(?P<first2>\d{1,2})(?:st|nd|rd|th)?)\s?(?:-|–|to|through|thru|until|till|and)"
    r"\s?(?:the\s)?(?P<last>\d{1,2})(?:st|nd|rd|th)?(?:\s(?:of\s)?(?P<month2>[a-z]{3,9}))?$"
)


# "june to october", "from may through september": a window of whole months
_MONTHS_TO_RE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s?(?:-|–|to|through|thru|"
    r"until|till)\s?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s?\d)"
)


def _months_to(s: str, today: dt.date) -> dt.date | None:
    """'this season, june to october': the last day of October after the next June, when no
    day of a month is said; else None."""
    m = _MONTHS_TO_RE.search(s)
    if m is None or re.search(r"\d", s):
        return None
    names = [n[:3] for n in MONTHS]
    first, last = names.index(m.group(1)) + 1, names.index(m.group(2)) + 1
    begins = dt.date(today.year + (first < today.month), first, 1)
    year = begins.year + (last < first)
    return dt.date(year, last, 1) + relativedelta(months=1) - dt.timedelta(days=1)


def _window_to(s: str, today: dt.date) -> dt.date | None:
    """The last day of a window of two dates, when its end is a date after its start."""
    months = _months_to(s, today)
    if months is not None:
        return months
    days = _DAYS_OF_MONTH_RE.match(s.strip(" .!"))
    if days and bool(days.group("month")) != bool(days.group("month2")):
        month = days.group("month") or days.group("month2")
        first = int(days.group("first") or days.group("first2"))
        if int(days.group("last")) > first:  # "june 1-30": the goal runs to the 30th
            return parse_deadline(f"{month} {days.group('last')}", today)
    m = _WINDOW_TO_RE.match(s.strip(" .!"))
    if m is None or not (_DAY_MONTH_RE.search(m.group("end")) or _NTH_RE.search(m.group("end"))):
        return None
    end = parse_deadline(m.group("end"), today)
    if end is None:
        return None
    start = parse_deadline(m.group("start"), today)
    if start is not None and start > end:
        return None  # "dec 20 - jan 5" read the other way round is no window here
    return end
