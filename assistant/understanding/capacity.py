"""Time a person says they have, as they say it: "an hour most days", "gym 3 days, maybe 4",
"sat + sun 6 hrs each", "not a lot", "I'm retired": hours a week, and the sessions it means.

The hours feed the capacity; the sessions (how many a week, how long each) feed the plan's
main practice, so a stated "30 min a day" is never planned as 45-minute blocks and "3x a week
at the gym" never as one workout a week.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from text_to_num import alpha2digit

from assistant.language.quantities import SESSION_WORDS
from assistant.understanding.time_settled import settled, without_job_days

_DAYS_RE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun)s?\b"
)
_EXTRA_RE = re.compile(r"(\d)\s(?:extra|more|spare|free|solid)\s(?=h\b|hours?|hrs?)")
_PER_DAY_RE = re.compile(
    r"(?:(?P<low>\d+(?:\.\d+)?)(?:\s?(?:-|to)\s?(?P<high>\d+(?:\.\d+)?))?\s?"
    r"(?P<unit>h|hours?|hrs?|min|mins|minutes)|(an|half an) hour)\b[^,;?!]{0,20}?\b(?:(?:a|per|each|every)\s(?P<each>day|night|morning|"
    r"evening|weekday|weeknight|other day)|(?P<most>most|all) (?:days|nights|evenings|mornings|afternoons|weekdays|lunch(?:es| breaks)?)|"
    r"(daily|nightly)|on (?:my )?[\w ]{0,8}breaks?)"
)
_SESSION_NOUNS = (
    r"(?:x|times?|days?|runs?|sessions?|classes|class|lessons?|workouts?|nights?|evenings?|"
    r"mornings?|afternoons?|walks?|swims?|rides?|visits?|trainings?|meetings?)"
)
_SESSIONS_RE = re.compile(
    r"\b(\d+)(?:\s?(?:-|or|to)\s?(\d+))?\s?(?:" + SESSION_WORDS + r"\s){0,2}"
    r"(" + _SESSION_NOUNS + r")\b(?!\s(?:ago|old|in a row|off))"
)
# a count said in words: "a couple evenings a week", "one evening every 2 weeks", "an
# evening a week" (the one only when a period follows: "an evening" alone counts nothing)
_COUPLE_RE = re.compile(r"\b(?:a )?couple(?: of)? (?=(?:\w+ )?" + _SESSION_NOUNS + r"\b)")
_ONE_RE = re.compile(
    r"\b(?:an?|one) (?=(?:\w+ )?" + _SESSION_NOUNS + r"\b[^,;.]{0,20}?\b(?:(?:a|per|each|every)\s"
    r"(?:\d+\s|other\s)?(?:weeks?|fortnight|month)|weekly|fortnightly|monthly)\b)"
)


def _sitting(noun: str, sessions: float) -> int:
    """Minutes one counted sitting holds when no length is said: a session 45; one or two
    evenings an evening's 90, afternoons 120, and one whole day a week a few hours (as a
    named free day is read)."""
    if sessions <= 2 and noun.startswith("evening"):
        return 90
    if sessions <= 2 and noun.startswith("afternoon"):
        return 120
    return 180 if sessions <= 1 and noun.startswith("day") else 45


_UNIT_BEFORE_RE = re.compile(r"(?:\d|\b(?:h|hrs?|hours?|min|mins|minutes|x|times|twice))\s?$")


def _one_counted(m: re.Match[str]) -> str:
    """ "one evening a week" counts 1; "30 min a day" is a rate, its "a" no count."""
    return m.group(0) if _UNIT_BEFORE_RE.search(m.string[: m.start()]) else "1 "


# how often a counted rhythm comes when not weekly: "every 2 weeks", "a month"
_HALF_WEEKS_RE = re.compile(
    r"^[^,;.]{0,25}?\b(?:every (?:2|other) weeks?|(?:a|every|per) fortnight|fortnightly|biweekly)\b"
)
_A_WEEK_RE = re.compile(r"\b(?:a|per|each|every) week\b|\bweekly\b")
_MONTHS_RE = re.compile(r"^[^,;.]{0,25}?\b(?:(?:a|per|each|every) month|monthly)\b")
_EACH_RE = re.compile(
    r"(?:(?:(?P<from>\d+(?:\.\d+)?)\s?(?:-|to)\s?)?(\d+(?:\.\d+)?)\s?(h|hours?|hrs?|min|mins|minutes)|"
    r"(an|half an) hour)\s?(?:each|apiece|"
    r"a (?:session|time|go|workout))?\b"
)
_LITTLE_RE = re.compile(
    r"\b(?:not (?:a lot|a ton|much)|very little|a little|minimal|barely any|hardly any|limited|"
    r"i barely have time|no time|not many|(?:do ?n[o']?t|do not) want to add (?:much|more|a lot))\b"
)
# one length said with no rhythm, only "when it comes": "an hour here and there"
_SPARE_LENGTH_RE = re.compile(
    r"(?:^|[,.;]\s?)\W*(?:(?:like|maybe|about|around|roughly|just|only|an?)\s)*(\d+(?:\.\d+)?)\s?"
    r"(h|hrs?|hours?|min|mins|minutes)\b\s(?:or so\s)?(?:here and there|when i can|whenever i can|"
    r"on and off|if i'?m lucky|at a time, when i can)\W*(?:[,.;].*)?$"
)
# one slot now and then, no length: "an evening here and there", "the odd afternoon"
_SPARE_SLOT_RE = re.compile(
    r"\b(?:an?|one) (evening|afternoon|morning|night)\b[^,;.\d]{0,12}?"
    r"(?:here and there|now and (?:then|again)|when i can|every so often|if i'?m lucky)"
    r"|\bthe (?:odd|occasional) (evening|afternoon|morning|night)\b"
)
_PLENTY_RE = re.compile(r"\b(?:i'?m retired|retired|i have (?:the |plenty of |lots of )?time)\b")
_FEW_SLOTS_RE = re.compile(
    r"\b(most|every|each|all)\s(?:of the\s)?(?:days?|afternoons?|mornings?|evenings?|nights?|weekdays?)\b"
)
_FEW_RE = re.compile(r"\b(?:a )?(couple|few)(?: of)? (?:hours|hrs)\b(?!\s?(?:a|per) (?:day|month))")
_EVERY_THEN_RE = re.compile(  # "every evening for half an hour", "each weekday, 20 min"
    r"\b(?:(?:every|each)\s(?P<each>day|night|morning|evening|weekday|weeknight|other day)|"
    r"(?P<most>most|all) (?:days|nights|evenings|mornings|afternoons|weekdays|lunch(?:es| breaks)?)|"
    r"daily|nightly)\b(?:,\s?)?[^,;]{0,15}?\b(?P<low>\d+(?:\.\d+)?)(?:\s?(?:-|to)\s?(?P<high>\d+(?:\.\d+)?))?"
    r"\s?(?P<unit>h|hours?|hrs?|min|mins|minutes)\b"
)
_WEEKDAY_SLOT_RE = re.compile(
    r"\bweekday (?:mornings?|evenings?|nights?|lunch(?:es)?)\b[^,;]{0,10}?\b(\d+)\s?"
    r"(h|hours?|hrs?|min|mins|minutes)\b"
)
# a lunch break is a workday slot: "I can walk at lunch 30 min", "a walk at lunch, 30-40 min"
_LUNCH_SLOT_RE = re.compile(
    r"\blunch(?: ?breaks?)?\b(?: is)?,?[^,;\d]{0,10}?\b(\d+)(?:\s?(?:-|to)\s?\d+)?\s?"
    r"(h|hours?|hrs?|min|mins|minutes)\b"
    r"(?![^,;]{0,12}\b(?:a|per|each|every) week)"
)
_WEEKENDS_MORE_RE = re.compile(
    r"\b(?:more|longer|extra|double)\b[^,.;]{0,15}\b(?:weekends?|(?:on |at )?(?:the )?"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?s?)\b"
)


def _more_days(s: str) -> tuple[str, ...]:
    """The days a "more on ..." names ("30 min a day, longer on sundays": sun): days that hold
    more than the rest, never the only days."""
    return tuple(d for m in _WEEKENDS_MORE_RE.finditer(s) for d in free_days(m.group(0)))


_SIZED_SESSIONS_RE = re.compile(
    r"\b(\d+)\s(\d+)\s?(min|mins|minutes?|h|hours?|hrs?)\s(?:sessions|workouts|runs|walks|blocks|"
    r"classes|lessons|rides|swims)\b"
)
_ONE_SITTING_RE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s?(h|hrs?|hours?|min|mins|minutes?)\b[^,;.\d]{0,30}?"
    r"\b(?:(?:a|per|each|every) (?:(week)|month)|(week)ly|monthly)\b"
)
_WEEK_HOURS_RE = re.compile(r"\b(\d+(?:\.\d+)?)\s?(?:h|hrs?|hours?)\s(?:a|per|each|every)\sweek\b")
# the week's total said in so many words: "5-6 hours a week total", "about 4 hrs in total"
_WEEK_TOTAL_RE = re.compile(
    r"\b(?:(\d+(?:\.\d+)?)\s?(?:-|to)\s?)?(\d+(?:\.\d+)?)\s?(?:h|hrs?|hours?)\s"
    r"(?:(?:a|per|each|every)\sweek(?:\s(?:in\s)?total)?|(?:in\s)?total)\b"
)
_TOTAL_RE = re.compile(r"\b(?:total|in all|altogether|over the weekend|between them)\b")
_TWICE_RE = re.compile(r"\b(?:twice|2 times|2x) (?:a|per|each) day\b")
_ONLY_DAYS_RE = re.compile(
    r"^\W*(?:only |just |on |mostly |usually )?(?:(?:the )?(?:mon|tue|wed|thu|fri|sat|sun)\w*|"
    r"weekends?|weekdays?)\b"
    r"|\b(?:only|just|free|off)\b"
)
WEEK_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAYS = WEEK_DAYS[:5]
# a moment of the day names a daily slot: "15 min in the morning with coffee", "30 min at
# lunch", "10 minutes before bed" (lunch is a workday's; the others come every day)
_SLOT_RE = re.compile(
    r"\b(?P<low>\d+(?:\.\d+)?)(?:\s?(?:-|to)\s?(?P<high>\d+(?:\.\d+)?))?\s?"
    r"(?P<unit>h|hours?|hrs?|min|mins|minutes)\b[^,;.?!\d]{0,25}?\b(?P<slot>in the (?:morning|evening)s?|"
    r"at (?:lunch|night|bedtime)|before (?:bed|work|school)|after (?:dinner|work|the kids)|"
    r"on (?:my|the) (?:commute|train|bus)|every (?:lunch|night|morning|evening))\b"
    r"|\b(?P<slot2>at lunch|every lunch|(?:my |the )?lunch break|in the (?:morning|evening)s?|before bed)\b"
    r",?[^,;.\d]{0,25}?\b"
    r"(?P<low2>\d+(?:\.\d+)?)(?:\s?(?:-|to)\s?\d+)?\s?(?P<unit2>h|hours?|hrs?|min|mins|minutes)\b"
)
_EVERY_SLOT_RE = re.compile(r"\bevery ?(?:night|evening|morning)\b|\bnightly\b")
_DAILY_SHORT_RE = re.compile(r"\b(?:daily|every day|each day)\b.*\bshort\b|\bshort\b.*\bdaily\b")
_EVERY_DAY_RE = re.compile(r"\b(?:every ?day|daily|each day)\b")


_CLOCK_RE = re.compile(
    r"\b(?:before|after|at|by|until|till|from|around)\s\d{1,2}(?::\d\d)?(?!\.\d\s?(?:h|hrs?|hours?)\b)"
    r"\s?(?:am|pm)?\b"
    r"(?!\s?(?:h|hrs?|hours?|min|mins|minutes)\b|\s?(?:-|to)\s?\d+\s?(?:h|hrs?|hours?|min))"
    r"|\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b"
)


@dataclass(frozen=True)
class TimeSaid:
    """Time as the person said it: hours a week, and sessions if they named them."""

    hours: float | None = None
    sessions: float | None = None  # a week
    minutes: int | None = None  # each session (or the most a day holds)
    per_day: bool = False  # "30 min a day": the most a day holds, not one session's length
    days: tuple[str, ...] = ()  # the only days they named ("only saturdays": ("sat",))
    place: str = ""  # where or when the time comes, as the title says it ("on the train")


def little(text: str) -> bool:
    """Whether a time answer says only that there is little time ("not a lot, I work 6 days",
    "barely any"), no amount: the week read from it is small and assumed, their words quoted."""
    s = without_job_days(text).lower()
    return bool(_LITTLE_RE.search(s) and not _UNIT_RE.search(alpha2digit(s, "en")))


# read from the text alone and frozen, so kept: a goal's reading and its answers' checks read
# the same answer more than once (~0.3 ms a read)
@lru_cache(maxsize=256)
def read_time(text: str) -> TimeSaid:
    """What a capacity answer says about sessions and time; empty when it names neither."""
    text = without_job_days(text)  # "not a lot, I work 6 days": their job's days, no sittings
    read = _two_blocks(text)
    read = read if read is not None else settled(text, _read_one(text))
    sitting = said_sitting(text)
    if sitting and not (read.per_day and read.minutes and read.minutes <= sitting):
        read = replace(read, minutes=sitting)  # "afternoons, about an hour at a time": 60
    return read


# one sitting's length said as the most it holds: "an hour at a time", "20 min here and
# there", "my back limits me to about 30 min", "my hip limits walking to about 20 min"
_SITTING_SAID_RE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s?(h|hrs?|hours?|min|mins|minutes)\b(?: or so)?\s(?:[a-z ]{0,20}?\s)?"
    r"(?:at a time|here and there|in one go|in a go|per sitting)\b"
    r"|\blimits? (?:me|us|\w+ing)?\s?to (?:about |around |maybe |roughly )?(\d+(?:\.\d+)?)\s?"
    r"(h|hrs?|hours?|min|mins|minutes)\b"
)


def said_sitting(text: str) -> int | None:
    """The minutes one sitting may last as the time answer says it ("couple hours at a time":
    120); None when it says no such length."""
    s = re.sub(r"\b(?:a )?couple(?: of)? (?=hours|hrs)", "2 ", _an_hour_in_digits(text.lower()))
    m = _SITTING_SAID_RE.search(s)
    if m is None:
        return None
    amount, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    minutes = float(amount) * (60 if unit.startswith("h") else 1)
    return round(minutes) if 5 <= minutes <= 240 else None


# two blocks of time said side by side: "couple hours at the weekend, 10 min watering in the
# evenings", "an hour on saturday and 15 min most evenings"
_BARE_ON_DAY_RE = re.compile(
    r"^\W*(?:maybe |about |around |like )?(\d+(?:\.\d+)?)\s(?=on\s|at\s|\w+days?\b)"
)
_BLOCKS_SPLIT_RE = re.compile(r",\s*(?:and\s|plus\s|then\s)?|\s(?:and|plus|\+)\s")


def _an_hour_in_digits(s: str) -> str:
    """'half an hour' and 'an hour' as the numbers the readers count."""
    s = re.sub(r"\bhalf an? (?:hour|hr)\b", "30 min", s)
    return re.sub(r"\ban? (?:hour|hr)\b", "1 hour", s)


def _two_blocks(text: str) -> TimeSaid | None:
    """The week of two blocks each said with its own time: their sum, the longer block's
    sessions kept as the sessions; None unless both halves read as time on their own."""
    parts = [p for p in _BLOCKS_SPLIT_RE.split(text) if p.strip()]
    if len(parts) != 2:
        return None
    unit = _UNIT_RE.search(parts[0].lower())
    bare = _BARE_ON_DAY_RE.match(parts[1].lower())
    if unit and bare and free_days(parts[1]) and not _UNIT_RE.search(parts[1].lower()):
        # "2 hrs weekdays, 4 on sat": the 4 is hours too, on saturday
        word = re.sub(r"^\d+(?:\.\d+)?\s?", "", unit.group(0))
        if word.startswith("m") and float(bare.group(1)) <= 4:
            word = "hours"  # "90 mins weeknights, 2 on sundays": 2 minutes is no sitting
        parts[1] = f"{bare.group(1)} {word} {parts[1][bare.end() :]}"
        text = f"{parts[0]}, {parts[1]}"
    read = [_read_one(p) for p in parts]
    if any(r.hours is None for r in read) or _WEEK_HOURS_RE.search(text.lower()):
        return None
    said = [_an_hour_in_digits(p.lower()) for p in parts]
    if not all(_UNIT_RE.search(p) or _FEW_RE.search(p) for p in said):
        return None  # "2 hrs weekdays, 4 on sat": the second half leans on the first
    big = max(read, key=lambda r: r.minutes or (r.hours or 0) * 60 / (r.sessions or 1))
    placed = [r for r in read if r.place and r.sessions]
    if placed and (placed[0].hours or 0) >= max(r.hours or 0 for r in read):
        # "30 min when the baby naps, an hour at weekends": the daily slot carries more of the
        # week than the longer sitting, so its sessions are the practice
        big = placed[0]
    total = round(sum(r.hours or 0 for r in read), 2)
    if all(r.sessions and r.days for r in read) and not set(read[0].days) & set(read[1].days):
        # "2 hrs weekdays, 4 on sat": sittings on both blocks' days, the more frequent's length
        most = max(read, key=lambda r: r.sessions or 0)
        days = tuple(d for d in WEEK_DAYS if d in set(read[0].days) | set(read[1].days))
        sessions = sum(r.sessions or 0 for r in read)
        return TimeSaid(total, sessions, most.minutes, False, days)
    if big.sessions is None:  # "couple hours at the weekend": one sitting of that length
        return TimeSaid(total, 1.0, min(180, round((big.hours or 0) * 60)), False, big.days)
    return TimeSaid(total, big.sessions, big.minutes, big.per_day, big.days, big.place)


# a sitting said as clock times: "5:30-6:30", "6-7am", "7 to 8.30pm"
_CLOCK_SPAN_RE = re.compile(
    r"\b(\d{1,2})(?:[:.](\d\d))?\s?(?:am|pm)?\s?(?:-|to|until|till)\s?(\d{1,2})(?:[:.](\d\d))?"
    r"(?:\s?(am|pm))?\b(?!\s?(?:h|hrs?|hours?|min|mins|minutes|x|times|days|weeks)\b)"
)


def _clock_minutes(s: str) -> str:
    """Clock times of one sitting as its length: "early mornings 5:30-6:30" is 60 min."""

    def length(m: re.Match[str]) -> str:
        start = int(m.group(1)) * 60 + int(m.group(2) or 0)
        end = int(m.group(3)) * 60 + int(m.group(4) or 0)
        if end <= start and end + 12 * 60 > start:
            end += 12 * 60  # "11-1": past noon
        minutes = end - start
        if not (m.group(2) or m.group(4) or m.group(5)) or not 10 <= minutes <= 300:
            return m.group(0)  # "3-4" alone is a count, not a clock
        return f"{minutes} min"

    return _CLOCK_SPAN_RE.sub(length, s)


@cache
def _places() -> tuple[dict[str, str], ...]:
    text = (resources.files("assistant") / "data" / "time_places.toml").read_text("utf-8")
    return tuple(tomllib.loads(text)["place"])


def time_place(text: str) -> tuple[str, str] | None:
    """Where or when the time answer says the time comes (time_places.toml): the words a
    title says it in ("on the train", "when the baby naps") and its days (daily, workdays)."""
    s = text.lower()
    for row in _places():
        m = re.search(row["pattern"], s)
        if m:
            said = re.sub(r"\bmy\b", "your", m.group(0).strip())
            return row["place"].format(said=said, **m.groupdict()), row["days"]
    return None


_BOTH_WAYS_RE = re.compile(r"\b(?:each way|both ways|there and back|to and from work)\b")


def _read_one(text: str) -> TimeSaid:
    """One block of time, with the place or occasion it comes at when the answer names one:
    "40 min each way on the train" is two rides each workday, "30 min when the baby naps"
    a sitting every day."""
    at = time_place(text)
    read = _read_amount(text)
    if at is None:
        return read
    s = _an_hour_in_digits(alpha2digit(text.lower(), "en"))
    if read.sessions and not _BOTH_WAYS_RE.search(s):  # "at lunch, 30-40 min": read as before
        return replace(read, place=at[0])
    rhythm = _SESSIONS_RE.search(s) or _WEEK_HOURS_RE.search(s) or _PER_DAY_RE.search(s)
    each = _EACH_RE.search(s)
    if each and not rhythm and not free_days(s) and len(_EACH_RE.findall(s)) == 1:
        low = float(each.group("from") or each.group(2) or 1)
        high = float(each.group(2) or 1)
        minutes = (low + high) / 2 * (60 if (each.group(3) or "h").startswith("h") else 1)
        if 5 <= minutes <= 120:
            workdays = at[1] == "workdays"
            both = bool(_BOTH_WAYS_RE.search(s))  # two rides a day; else one slot a day
            sessions = (5.0 if workdays else 7.0) * (2 if both else 1)
            week = round(sessions * minutes / 60, 2)
            days = _WEEKDAYS if workdays else ()
            return TimeSaid(week, sessions, round(minutes), not both, days, at[0])
    return replace(read, place=at[0])


# the workdays said as a rhythm: "every working day", "each work day"
_WORKING_DAYS_RE = re.compile(r"\b(?:every|each) (?:working|work) ?day\b|\bevery workday\b")
# a vague few minutes, read small: "a few minutes a day" 10 min, "a couple of minutes" 5
_FEW_MINUTES_RE = re.compile(r"\b(?:a )?(?:few|couple(?: of)?) (?:minutes|mins)\b")
# weekends counted as a span ("2 weekends", "a couple of weekends"): sittings on the weekend
# days, never one sitting a week nor a count of sessions
_WEEKENDS_COUNTED_RE = re.compile(
    r"\b(?:\d|a couple of|a couple|couple of|a few|few) weekends\b"
    r"(?!\s(?:a|per|each|every|in a) (?:month|year))"
)


def _read_amount(text: str) -> TimeSaid:
    """One block of time: sessions, their length and the week's hours."""
    s = _EXTRA_RE.sub(r"\1 ", alpha2digit(_clock_minutes(text.lower()), "en"))
    s = re.sub(r"\btwice\b", "2 times", re.sub(r"\bthrice\b", "3 times", s))  # "twice a week"
    s = re.sub(r"\bonce (?=a|per|every|each)", "1 times ", s)
    s = _CLOCK_RE.sub(" ", s)  # "mornings before 7": a time of day, not an amount
    s = re.sub(r"(\d)-(?=min|hour|hr)", r"\1 ", s)  # "5 30-minute sessions"
    s = _an_hour_in_digits(s)
    s = _FEW_MINUTES_RE.sub(lambda m: "5 min" if "couple" in m.group(0) else "10 min", s)
    s = _WEEKENDS_COUNTED_RE.sub("weekends", s)  # "2 weekends": the weekends, not 2 sittings
    s = re.sub(r"\b(?:every|each) single day\b", "every day", s)  # "every single day"
    s = _WORKING_DAYS_RE.sub("every weekday", s)  # "every working day": the five workdays
    s = _ONE_RE.sub(_one_counted, _COUPLE_RE.sub("2 ", s))
    weekly = _WEEK_HOURS_RE.search(s)
    rest = (s[: weekly.start()] + s[weekly.end() :]) if weekly else ""
    if weekly and _UNIT_RE.search(rest):  # "6 hours a week, 45 min on weekdays": the 6 holds
        inner = _read_one(rest)
        return TimeSaid(
            float(weekly.group(1)), inner.sessions, inner.minutes, inner.per_day, inner.days
        )
    at_lunch = _total_at_lunch(s)
    if at_lunch:
        return at_lunch
    day = _PER_DAY_RE.search(s) or _EVERY_THEN_RE.search(s)
    if day:
        low = float(day.group("low") or 1)
        high = float(day.group("high") or low)
        unit = day.group("unit") or "hour"
        per_day = (low + high) / 2 * (60 if unit.startswith("h") else 1)
        workdays = day.group("most") or day.group("each") in {"weekday", "weeknight"}
        workdays = workdays or "break" in day.group(0)
        sessions = 5.0 if workdays else 7.0  # "most days", "every weekday", "on my breaks"
        if "every other" in day.group(0):
            sessions = 3.5
        named: tuple[str, ...] = free_days(s) if day.group("each") == "day" else ()
        if named and len(named) < 7 and not _WEEKENDS_MORE_RE.search(s):
            sessions = float(len(named))  # "weekends, 3 hours each day": those days, not 7
        if _WEEKENDS_MORE_RE.search(s):
            named = ()  # "30 min a day, longer on sundays": every day, sunday longer
        a_day = per_day * (2 if _TWICE_RE.search(s) else 1)  # "15 min twice a day"
        week = sessions * a_day
        if _WEEKENDS_MORE_RE.search(s):  # "30 min a day, more on weekends": twice that then
            week += len(_more_days(s)) * a_day
        on_named = bool(named) and sessions == len(named)  # sittings on those days
        week_days: tuple[str, ...] = _WEEKDAYS if sessions == 5.0 and day.group("each") else ()
        week_days = named if on_named else week_days
        week_total = _WEEK_TOTAL_RE.search(s)
        if week_total and week_total.start() != day.start():
            # "most mornings, maybe 5-6 hours a week total": the week is the total they said,
            # spread over the sittings the rhythm names
            low, high = (
                float(week_total.group(1) or week_total.group(2)),
                float(week_total.group(2)),
            )
            week = (low + high) / 2 * 60
            per_day = week / sessions
        return TimeSaid(round(week / 60, 2), sessions, round(per_day), not on_named, week_days)
    slot = _SLOT_RE.search(s)
    days_named = free_days(s) and not _WEEKENDS_MORE_RE.search(s)  # "45 min at lunch, m/w/f"
    if slot and not days_named and not re.search(r"\b(?:a|per|each) (?:week|month)\b|weekly", s):
        return _daily_slot(s, slot)
    base = _base_then_more(s)  # "30 min after fajr, more on weekends": each day's, and more
    if base:
        return base
    weekday = _WEEKDAY_SLOT_RE.search(s) or _LUNCH_SLOT_RE.search(
        s
    )  # "weekday mornings 20 min, longer on weekends"
    if weekday:
        per_day = float(weekday.group(1)) * (60 if weekday.group(2).startswith("h") else 1)
        week = 5 * per_day + (4 * per_day if _WEEKENDS_MORE_RE.search(s) else 0)
        return TimeSaid(round(week / 60, 2), 5.0, round(per_day), True)
    once = _ONE_SITTING_RE.search(s)
    if once and len(re.findall(r"\d+(?:\.\d+)?", s)) == 1:
        # "20 min a week to check it", "an hour a month tracking": one sitting that long
        length = float(once.group(1)) * (60 if once.group(2).startswith("h") else 1)
        a_week = bool(once.group(3) or once.group(4))
        one = length <= 30 or bool(re.search(r"\b(?:meeting|call|check-?in|session)\b", s))
        if 5 <= length <= 90 and (one or not a_week):  # "an hour a week" may be calls
            count = 1.0 if a_week else round(12 / 52, 2)
            return TimeSaid(round(count * length / 60, 2), count, round(length), False)
    sized = _SIZED_SESSIONS_RE.search(s)  # "5 30 minute sessions a week"
    if sized:
        count, size = float(sized.group(1)), float(sized.group(2))
        size *= 60 if sized.group(3).startswith("h") else 1
        return TimeSaid(round(count * size / 60, 2), count, round(size), False, free_days(s))
    each = _EACH_RE.search(s)
    minutes: int | None = None
    if each:
        amount = float(each.group(2) or 1)
        minutes = round(amount * (60 if (each.group(3) or "h").startswith("h") else 1))
    counted = _SESSIONS_RE.search(s)
    if counted and _MONTHS_RE.search(s[counted.end() :]) and _A_WEEK_RE.search(s):
        counted = None  # "we meet once a month, plus 3 hours a week": the week's hours hold
    if counted and not re.search(r"\byear\b", s[counted.end() : counted.end() + 12]):
        sessions = float(counted.group(1))
        after = s[counted.end() :]
        if _HALF_WEEKS_RE.search(after):  # "one evening every 2 weeks": half a session a week
            sessions /= 2
        elif _MONTHS_RE.search(after):  # "1 visit a month"
            sessions = round(sessions * 12 / 52, 2)
        if minutes and (_TOTAL_RE.search(s) or minutes >= 240):
            # "physio twice a week plus home work, 6-7 h total", "6-7 hrs, gym 4x a week": no
            # session is that long, so the hours are the week's
            named = free_days(s) if len(free_days(s)) >= sessions else ()
            return TimeSaid(round(minutes / 60, 2), sessions, None, False, named)
        if minutes and re.search(r"\beach way\b", s):  # "there and back" is the round trip
            minutes *= 2  # "3 days a week, like 30 min each way": an hour each of those days
        hours = sessions * (minutes or _sitting(counted.group(3), sessions)) / 60
        if re.search(r"\bweekends?\b", s):  # "weekends for hiking + gym 2x"
            hours += 4
        named = free_days(s) if len(free_days(s)) >= sessions else ()  # "3x a week, mon-fri"
        if sessions < 1 and not minutes:
            # "one evening every other week": the rhythm, but no week's budget of hours (the
            # evening's length is unsaid; a week cut to 45 minutes would thin the evenings)
            return TimeSaid(None, sessions, None, False, named)
        return TimeSaid(round(hours, 2), sessions, minutes, False, named)
    free = free_days(s)
    if free and minutes is not None and len(free) <= 6 and len(_EACH_RE.findall(s)) == 1:
        # "2 hrs every saturday", "sat + sun 6 hrs each", "30 min on weekdays": each day named
        # holds that much; "5 hours in total over the weekend" is the days' sum
        if each:  # "weekends mostly, maybe 3 hours on a saturday": the day the hours are on
            start, end = s.rfind(",", 0, each.start()) + 1, s.find(",", each.end())
            on_days = free_days(s[start : end if end >= 0 else len(s)])
            if on_days and set(on_days) < set(free):
                free = on_days
        n = len(free)
        picked = re.search(r"\b(\d) of (?:those|them|these|the (?:days|sessions|classes))\b", s)
        if picked and 0 < int(picked.group(1)) < n:  # "tue thur sat, I can get to 2 of those"
            n, free = int(picked.group(1)), ()
        said = _clause_of(s, each.start()) if each else s  # "4-5 hrs? gym mon wed fri": a week
        by_name = bool(
            _DAYS_RE.search(said)
            or _LETTER_DAYS_RE.search(said)
            or re.search(r"\b(?:week|work)(?:days?|nights?)\b", said)
        )
        each_word = re.search(r"\b(?:each|every|apiece|a day|per day)\b(?!\s(?:weekend|week)\b)", s)
        each_day = (by_name or each_word) and (
            not _TOTAL_RE.search(s)
        )  # "weekends, maybe 6 hours" is the weekend's 6
        total = minutes * n if each_day else minutes
        if (
            _WEEK_HOURS_RE.search(s)
            and _EVENINGS_TOO_RE.search(s)
            and not set(free) & set(_WEEKDAYS)
        ):  # "8-10 hours a week, evenings and saturday": a few evenings beside the day named,
            # the hours the week's
            n, free, total = n + _EVENINGS, (), minutes
        per_session = min(180, round(total / n))
        return TimeSaid(round(total / 60, 2), float(n), per_session, False, free)
    only_days = bool(_ONLY_DAYS_RE.search(s) or _LETTER_DAYS_RE.search(s))
    days_only = not (  # "i can look at it on sundays": those days, and no amount said
        _DAILY_SLOT_RE.search(_DAY_SLOT_RE.sub(" ", s))
        or _FEW_RE.search(s)
        or _MONTHLY_RE.search(s)
    )
    if free and len(free) <= 6 and not re.search(r"\d", s) and (only_days or days_only):
        read = _free_days_time(s, free)  # "only saturdays", "weekends and wednesdays"
        # a day named in passing says when, not how long: no sitting length is made up
        return read if only_days else replace(read, minutes=None)
    if _DAILY_SHORT_RE.search(s):
        return TimeSaid(1.75, 7.0, 15, True)
    if _LITTLE_RE.search(s) and not _UNIT_RE.search(s):  # "not a lot, 2 kids under 4"
        return TimeSaid(1.5)
    few = _FEW_RE.search(s)
    if few and free and len(free) <= 2 and re.search(r"\b(?:nights?|evenings?|days?)\b", s):
        hours = 2 if few.group(1) == "couple" else 3  # "a couple hours on weekend nights"
        return TimeSaid(float(hours * len(free)), float(len(free)), hours * 60, False, free)
    slot = _FEW_SLOTS_RE.search(s) if few else None
    if few and slot and not re.search(r"\d", s):  # "a few hours most afternoons"
        hours, days = (2 if few.group(1) == "couple" else 3), (7 if slot.group(1) != "most" else 5)
        return TimeSaid(float(hours * days), float(days), hours * 60, True)
    if few and not re.search(r"\d", s):
        return TimeSaid(2.0 if few.group(1) == "couple" else 3.0)
    odd = _SPARE_SLOT_RE.search(s)
    if odd and not re.search(r"\d", s):  # "an evening here and there": one a week, no more
        minutes = _sitting(odd.group(1) or odd.group(2), 1.0)  # the week it holds; the length
        return TimeSaid(round(minutes / 60, 2), 1.0, None, False)  # of a sitting is unsaid
    spare = _SPARE_LENGTH_RE.search(s)
    if spare:  # "an hour here and there": a few sittings of that length, not one a day
        length = float(spare.group(1)) * (60 if spare.group(2).startswith("h") else 1)
        if 10 <= length <= 180:
            return TimeSaid(round(3 * length / 60, 2), 3.0, round(length), False)
    if _PLENTY_RE.search(s) and not re.search(r"\d|\bfull[- ]?time\b", s):
        return TimeSaid(10.0)
    if _EVERY_DAY_RE.search(s) and not re.search(r"\d", s):
        return TimeSaid(3.5, 7.0, 30, True)  # "could walk every day"
    if re.search(r"\bevery weekday\b", s) and not re.search(r"\d", s):
        return TimeSaid(2.5, 5.0, None, False, _WEEKDAYS)  # "every working day": no length said
    if _EVERY_SLOT_RE.search(s) and not re.search(r"\d", s):
        return TimeSaid(sessions=7.0)  # "every night obviously": each night, time not said
    slot = _SLOTS_MINUTES_RE.search(s)
    if slot and len(re.findall(r"\d+", s)) == 1 and 5 <= int(slot.group(1) or slot.group(2)) <= 60:
        minutes = int(slot.group(1) or slot.group(2))  # "evenings, a 15 min wind down": each
        return TimeSaid(round(7 * minutes / 60, 2), 7.0, minutes, True)

    return TimeSaid()


# the slot said first and plural, with the minutes it holds: "evenings, 15 min", "mornings
# before work, 30 mins" (an unqualified plural slot is each of them)
_SLOTS_MINUTES_RE = re.compile(
    r"^(?:in the )?(?:mornings|evenings|nights)\b[^\d]{0,30}?\b(\d+)\s?(?:min|mins|minutes)\b"
    r"|^(\d+)\s?(?:min|mins|minutes)\b[^\d]{0,12}\b(?:mornings|evenings|nights)\b"
)


_LUNCH_WORD_RE = re.compile(r"\b(?:at|on my|over|during|on) lunch(?: ?breaks?)?\b")
_HOURS_ONLY_RE = re.compile(
    r"\b(?:(\d+(?:\.\d+)?)\s?(?:-|to)\s?)?(\d+(?:\.\d+)?)\s?(?:h|hrs?|hours?)\b"
)


def _clause_of(s: str, at: int) -> str:
    """The sentence of ``s`` that holds position ``at`` (split at ? ! . and ;)."""
    start = max(s.rfind(c, 0, at) for c in "?!.;") + 1
    ends = [i for i in (s.find(c, at) for c in "?!;") if i >= 0]
    return s[start : min(ends, default=len(s))]


def _total_at_lunch(s: str) -> TimeSaid | None:
    """ "maybe 4-5 hrs? I can walk at lunch": hours too many for one lunch are the week's,
    spread over the workday lunches (an hour at most each, set-up time left beside them)."""
    if not _LUNCH_WORD_RE.search(s) or re.search(
        r"\b(?:a|per|each|every) (?:day|lunch)\b|\bdaily\b|\bmin", s
    ):
        return None
    m = _HOURS_ONLY_RE.search(s)
    if not m:
        return None
    hours = (float(m.group(1) or m.group(2)) + float(m.group(2))) / 2
    if hours < 2:
        return None
    # the walks fit the week's usable 80% with an hour of set-up beside them
    minutes = max(15, min(60, int((hours * 0.8 - 1) * 60 / 5) // 5 * 5))
    return TimeSaid(hours, 5.0, minutes, False, _WEEKDAYS)


# an amount said first, then more at the weekend: "30 min after fajr, more on weekends",
# "about 1 hr on weekdays, more on weekends" (the amount is each ordinary day's, never the
# weekend's two days split between them)
_BASE_THEN_MORE_RE = re.compile(
    r"^\W*(?:(?:like|maybe|about|around|roughly|usually|probably|prob|at least)\s)*"
    r"(?P<low>\d+(?:\.\d+)?)(?:\s?(?:-|to)\s?(?P<high>\d+(?:\.\d+)?))?\s?"
    r"(?P<unit>h|hrs?|hours?|min|mins|minutes)\b(?P<between>[^,;.\d]{0,30}?)\s?[,;]?\s?"
    r"(?:and |but |plus |then )?(?:a bit |a little |a lot |maybe |some |way |bit )?"
    r"(?:more|longer|extra)\b[^,.;\d]{0,12}\bweekends?\b"
)
_WORKDAYS_RE = re.compile(r"\b(?:week ?days?|week ?nights?|work ?days?|work nights|lunch\w*)\b")


def _base_then_more(s: str) -> TimeSaid | None:
    """ "30 min after fajr, more on weekends": that long every day (each workday when they say
    weekdays), the two weekend days holding more; None for any other answer."""
    m = _BASE_THEN_MORE_RE.search(s)
    if m is None or _DAYS_RE.search(m["between"]) or _LETTER_DAYS_RE.search(m["between"]):
        return None
    low = float(m["low"])
    high = float(m["high"] or low)
    minutes = (low + high) / 2 * (60 if m["unit"].startswith("h") else 1)
    if not 5 <= minutes <= 120:
        return None
    workdays = bool(_WORKDAYS_RE.search(m["between"]))
    days = 5.0 if workdays else 7.0
    week = days * minutes + 2 * minutes * (2 if workdays else 1)
    return TimeSaid(round(week / 60, 2), days, round(minutes), True, _WEEKDAYS if workdays else ())


def _daily_slot(s: str, slot: re.Match[str]) -> TimeSaid:
    """A stated time at a moment of the day, as said: "15 min in the morning" every day,
    "30 min at lunch" each workday; "more on weekends" adds two longer days."""
    low = float(slot.group("low") or slot.group("low2"))
    high = float(slot.group("high") or low)
    unit = slot.group("unit") or slot.group("unit2")
    minutes = (low + high) / 2 * (60 if unit.startswith("h") else 1)
    workdays = "lunch" in (slot.group("slot") or slot.group("slot2")) or "work" in slot.group(0)
    days = 5.0 if workdays else 7.0
    week = days * minutes
    if _WEEKENDS_MORE_RE.search(s):
        week += 2 * minutes * (2 if workdays else 1)
    return TimeSaid(round(week / 60, 2), days, round(minutes), True, _WEEKDAYS if workdays else ())


# a moment that comes every day, unless a day names it ("sunday mornings", "weekday evenings")
_DAILY_SLOT_RE = re.compile(
    r"\b(?:evenings?|mornings?|nights?|afternoons?|lunch\w*|every ?day|daily|most days|"
    r"after (?:work|dinner|school)|before (?:work|bed))\b"
)
_MONTHLY_RE = re.compile(r"\bmonth(?:ly)?\b")
_DAY_SLOT_RE = re.compile(
    r"\b(?:(?:mon|tues?|wednes|thurs?|fri|satur|sun|week|weekend)(?:day|end)?s?|weekends?)\s"
    r"(?:mornings?|evenings?|nights?|afternoons?|lunch\w*)\b"
)


# evenings named beside weekend days, with no weekday named: a few of the week's evenings
_EVENINGS_TOO_RE = re.compile(r"\b(?:evenings|nights|weeknights|after work)\b")
_EVENINGS = 3


def _free_days_time(s: str, free: tuple[str, ...]) -> TimeSaid:
    """Days named with no time: a free weekend day or day off holds a few hours, a named
    weekday an evening's session ("mon wed fri" is a class timetable, 45 min each)."""
    weekdays = [d for d in free if d not in {"sat", "sun"}]
    evening = 0.75 if len(weekdays) >= 3 else 1.5
    off = bool(re.search(r"\b(?:off|free|day off|days off)\b", s))
    weekend = 2.0 if len(free) > 1 else 3.0  # "weekends" is 4 h; "saturdays" alone 3 h
    hours = sum(weekend if d in {"sat", "sun"} else 3.0 if off else evening for d in free)
    if re.search(r"\b(?:one|an|1) evening\b", s):  # "sunday mornings plus one evening"
        hours += 1.5
    minutes = min(120, round(hours * 60 / len(free) / 5) * 5) if len(free) == 1 else None
    return TimeSaid(round(hours, 2), float(len(free)), minutes, False, free)


_LETTER_DAYS_RE = re.compile(  # "M/W/F", "T/Th", "tu/th", "MWF"
    r"\b(?:m|tu?|w|th|f|sa|su)(?:\s?/\s?(?:m|tu?|w|th|f|sa|su)){1,6}\b|\bmwf\b|\btth\b"
)
_LETTER_DAY = {"m": "mon", "t": "tue", "tu": "tue", "w": "wed", "th": "thu", "f": "fri"}
_LETTER_DAY |= {"sa": "sat", "su": "sun"}


def _letter_days(s: str) -> set[str]:
    """The days a run of day letters names: "m/w/f" is mon, wed, fri; "t/th" tue, thu."""
    found: set[str] = set()
    for m in _LETTER_DAYS_RE.finditer(s):
        said = {"mwf": "m/w/f", "tth": "t/th"}.get(m.group(0), m.group(0))
        found |= {_LETTER_DAY[p.strip()] for p in said.split("/")}
    return found


_DAY_RANGE_RE = re.compile(
    rf"{_DAYS_RE.pattern}\s?(?:-|–|to|through|thru|till|until)\s?{_DAYS_RE.pattern}"
)


def _day_ranges(s: str) -> set[str]:
    """The days a range spans: "mon to fri" is all five, "thurs-sat" three."""
    found: set[str] = set()
    for m in _DAY_RANGE_RE.finditer(s):
        first, last = WEEK_DAYS.index(m.group(1)[:3]), WEEK_DAYS.index(m.group(2)[:3])
        found |= {WEEK_DAYS[(first + i) % 7] for i in range((last - first) % 7 + 1)}
    return found


def free_days(text: str) -> tuple[str, ...]:
    """The days of the week a text names, weekends and weekdays spelled out, and the days
    between a range's ends ("mon to fri"), in week order."""
    s = text.lower()
    found = {d[:3] for d in _DAYS_RE.findall(s)} | _letter_days(s) | _day_ranges(s)
    if re.search(r"\bweekends?\b", s):
        found |= {"sat", "sun"}
    if re.search(r"\b(?:weekdays?|weeknights?|workdays?)\b", s):
        found |= set(_WEEKDAYS)
    return tuple(d for d in WEEK_DAYS if d in found)


_SEASON_MONTHS = {
    "summer": (6, 7, 8),
    "winter": (12, 1, 2),
    "spring": (3, 4, 5),
    "fall": (9, 10, 11),
    "autumn": (9, 10, 11),
    "school year": (9, 10, 11, 12, 1, 2, 3, 4, 5),
    "semester": (9, 10, 11, 12, 1, 2, 3, 4, 5),
}
_SEASON_WORDS_RE = re.compile(r"\b(" + "|".join(_SEASON_MONTHS) + r")\b")
_UNIT_RE = re.compile(r"\d\s?(?:h|hrs?|hours?|min|mins|minutes)\b")


def time_for_now(text: str, today: dt.date) -> str:
    """The part of a capacity answer that holds now: "25 h in summer, 5 the rest of the year"
    said in November is 5 (a part naming another season is dropped when another part is left;
    a bare number left over takes the unit the season's part used)."""
    parts = [p.strip() for p in re.split(r"[,;.]|\bbut\b", text.lower()) if p.strip()]
    timed = [p for p in parts if re.search(r"\d|\bfull[- ]?time\b", alpha2digit(p, "en"))]
    month = (today + dt.timedelta(days=14)).month  # the weeks the plan starts in
    away = [
        p
        for p in timed
        if (m := _SEASON_WORDS_RE.search(p)) and month not in _SEASON_MONTHS[m.group(1)]
    ]
    kept = [p for p in timed if p not in away]
    if not away or not kept:
        return text
    said = ", ".join(kept)
    if not _UNIT_RE.search(alpha2digit(said, "en")):
        unit = "hours a week" if re.search(r"\bweek|/w", " ".join(away)) else "hours"
        said = re.sub(r"(\d+(?:\.\d+)?)(?!.*\d)", rf"\1 {unit}", alpha2digit(said, "en"))
    return said


def named_days(text: str) -> int:
    """How many days of the week a text names ("sunday prep": 1, "sat + sun": 2)."""
    return len({d[:3] for d in _DAYS_RE.findall(text.lower())})
