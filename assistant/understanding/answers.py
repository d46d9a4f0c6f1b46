"""Reading answers to the constraint questions: capacity, deadlines, amounts, owners.

Each parser returns ``None`` when the text holds nothing usable; ``parse_answers`` turns
that into one ``InputError`` line that says what a good answer looks like.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.errors import InputError
from assistant.language import find_quantities, normalize
from assistant.language.quantities import Quantity, sessions_per_week
from assistant.understanding.answers_corrected import corrected_time
from assistant.understanding.answers_unread import (
    read_unread_capacity,
    read_unread_deadline,
    soft_date,
)
from assistant.understanding.capacity import little, named_days, read_time, time_for_now
from assistant.understanding.capacity_words import LooseCapacity, read_loose_capacity
from assistant.understanding.deadline_anchor import counted_end
from assistant.understanding.deadline_data import goal_and_steps, review_point
from assistant.understanding.deadline_earlier import counted_back, earlier_aim, later_limit
from assistant.understanding.deadline_spans import check_reading, says_length
from assistant.understanding.deadline_words import RELAXED_RE, REST_WORDS
from assistant.understanding.deadlines import fix_month_typos as fix_month_typos  # re-exported
from assistant.understanding.deadlines import (
    fix_period_typos,
    parse_deadline,
    rolled_a_year,
    starts_not_ends,
    well_before,
    window_closing,
)
from assistant.understanding.team_roles import name_in
from assistant.understanding.time_settled import unsettled
from assistant.understanding.words import MONTHS as MONTHS  # re-exported for the answer reader

KNOWN_KEYS = ("metric", "deadline", "capacity", "constraint", "owners", "baseline", "why", "stages")

_DURATION_RE = re.compile(
    r"(\d+(?:\.\d+)?)(?:\s?(?:-|to)\s?(\d+(?:\.\d+)?))?\s?(hours?|hrs?|h|minutes?|mins?|m)\b"
)
_PERIOD_HINT_RE = re.compile(
    r"\b(a|per|each|every|/)\s?(day|week|weekday|workday|weekend|morning|evening|"
    r"night)s?\b|\b(daily|weekly|weekdays|weekends|nightly)\b|\bon (?:weeknights|weekdays)\b"
)
CAPACITY_PHRASE_RE = re.compile(
    r"(?:,\s?|\s)?(?:with\s|i have\s|we have\s|about\s|around\s|roughly\s)?"
    + _DURATION_RE.pattern
    + r"\s?(?:of\s[a-z]+\s)?(?:a|per|each|every|/)\s?"
    + r"(?:day|week|weekday|workday|weekend|morning|evening|night)s?\b"
)
_GROUP_WORDS = frozenset(
    {
        "we",
        "us",
        "team",
        "the team",
        "our team",
        "my team",
        "everyone",
        "everybody",
        "all",
        "all of us",
        "tbd",
        "nobody",
        "none",
        "someone",
        "i",
        "myself",
        "me",
    }
)


def parse_capacity(text: str) -> float | None:
    """Hours a week from '4 hours a week', '30 min a day', 'an hour every weekday' or '4'."""
    hours = _hours_a_week(text)
    return None if hours is None else _clamp(hours)


# time the person spends on something else ("I work 25 hrs a week so maybe 15 hrs of
# studying"): not the time they have for the goal
_OTHER_TIME_RE = re.compile(
    r"\b(?:(?:i|we)\s(?:both\s|all\s)?(?:already\s)?(?:work|works|worked|commute|sleep|drive|"
    r"put in|pull|clock)|(?:i'?m|i am|we'?re|we are)\s(?:on the road|on shift|at work|away))\s"
    r"(?:about\s|like\s|around\s|over\s)?\d+(?:\.\d+)?\+?\s?(?:-\s?\d+\s?)?(?:h|hrs?|hours?)"
    r"(?:\s(?:a|per|each)\s(?:week|wk|day))?"
    # a working day's hours at a place: "im at the shop 12 hours everyday"
    r"|\b(?:i'?m|i am|we'?re|we are)\s(?:at|in)\s(?:the\s|my\s|our\s)?\w+\s(?:for\s)?"
    r"(?:about\s|like\s|around\s)?(?:[89]|1\d|2[0-4])\+?\s?(?:h|hrs?|hours?)\b"
    r"(?:\s?(?:a|per|each|every)\s?day|\s?daily|\s?everyday)?"
)


def _hours_a_week(text: str) -> float | None:
    s = fix_period_typos(normalize(text))
    rest = _OTHER_TIME_RE.sub(" ", s)
    if rest != s and _DURATION_RE.search(rest):
        s = rest
    s = re.sub(r"(\d)\s(?:extra|more|spare|free|solid)\s(?=h\b|hours?|hrs?)", r"\1 ", s)
    s = re.sub(r"\bhalf an hour\b", "30 minutes", s)
    s = re.sub(r"(\d)-(?=min|hour|hr)", r"\1 ", s)  # "5 30-minute sessions"
    s = re.sub(r"\ban hour\b", "1 hour", s)
    s = s.replace("a half hour", "30 minutes").replace("1 hour and a half", "90 minutes")
    s = re.sub(r"\b(?:a )?couple(?: of)? (?=hours|hrs)", "2 ", s)  # "couple hrs a month"
    s = re.sub(r"\b(?:a )?few (?=hours|hrs)", "3 ", s)
    plain = re.sub(
        r"^(?:(?:like|maybe|about|around|roughly|probably|prob|max|tops)\s)+", "", s.strip()
    )
    bare = re.fullmatch(
        r"(\d+(?:\.\d+)?)\s?(?:h|hours?|hrs?)?(?:\s(?:max|tops|maybe))?[?!.\s]*", plain
    )
    if bare:
        return float(bare.group(1))
    m = _DURATION_RE.search(s)
    if not m:
        days = named_days(s)  # "a saturday", "sundays": a free day holds a few hours
        monthly = re.search(r"\bof (?:the|each|every) month\b|\bmonthly\b", s)  # "1st monday"
        return (
            3.0 * days if days and days <= 2 and not re.search(r"\d", s) and not monthly else None
        )
    amount = float(m.group(1))
    if m.group(3).startswith("m") and not m.group(3).startswith("mo"):
        amount /= 60
    s = _part_with(s, m)  # "app every day + 2 hrs on weekends": the 2 hrs are the weekends'
    m = _DURATION_RE.search(s) or m
    own_period = re.match(r"\s?(?:of\s[a-z]+\s)?(?:a|per|each|every|/)\s?(\w+)", s[m.end() :])
    if _PER_MONTH_RE.search(s) and not (own_period and own_period.group(1) in _NOT_MONTH):
        # "4 hrs per month", "couple hrs a month"; not "meet monthly, plus 5 hrs a week"
        return round(amount * 12 / 52, 2)
    per_week = (
        sessions_per_week(s) if _PERIOD_HINT_RE.search(s) or re.search(r"\btimes\b", s) else None
    )
    if re.search(r"\b(each|every)\sweekday\b|\bweekdays\b|\bworkdays?\b|\bweeknights?\b", s) or (
        # "evenings 1 hr" is each evening; "evenings 6-8 hrs" or "3 or 4 hours, evenings" the week
        per_week is None and re.search(r"\bevenings\b", s) and amount <= 2
    ):
        per_week = 5  # "30 min max on weeknights", "evenings 1 hr"
    if per_week is None and named_days(s):  # "sunday prep 1 hr", "an hour on sundays"
        per_week = named_days(s)
    if per_week is None and amount <= 1 and not re.search(r"\bweek|\btotal\b", s):
        per_week = 5  # "30 mins before bed", "45 min": a session most days, not once a week
    return amount * (per_week or 1.0)


_LITTLE_HOURS = 3.0  # a week read from vague-small words ("not a lot") past this was said
_ADDED_RE = re.compile(r"\s?(?:\+|;|\bplus\b)\s?")


def _part_with(said: str, time: re.Match[str]) -> str:
    """The added part ('+', 'plus', ';') of an answer that holds the time it says."""
    starts = [a.end() for a in _ADDED_RE.finditer(said) if a.end() <= time.start()]
    ends = [a.start() for a in _ADDED_RE.finditer(said) if a.start() >= time.end()]
    return said[max(starts, default=0) : min(ends, default=len(said))]


def _timed_part(value: str) -> str:
    """'app every day + 2 hrs on weekends': the one added part that says a time, when the
    whole answer would spread that time over another part's days; else the answer."""
    parts = [p for p in _ADDED_RE.split(value) if p.strip()]
    timed = [p for p in parts if _DURATION_RE.search(normalize(p))]
    if len(parts) < 2 or len(timed) != 1 or re.search(r"\b(?:each|both)\b", timed[0].lower()):
        return value  # "sat + sun 6 hrs each": the time is each part's
    whole, part = read_time(value).hours, read_time(timed[0]).hours
    return timed[0] if whole and part and whole > 1.5 * part else value


_NOT_MONTH = frozenset({"week", "wk", "day", "weekday", "weekend", "evening", "morning", "night"})
_PER_MONTH_RE = re.compile(r"(?:\b(?:a|per|each|every)\s|/\s?)mo(?:nth)?\b|\bmonthly\b")
_PARTS_RE = re.compile(r"\s*(?:\+|;|,|\band\b|\bplus\b)\s*")


def _sum_of_parts(text: str) -> float | None:
    """'evenings 1 hr + 5 hrs Sunday', '2 hrs on saturdays and an hour on wednesdays': each
    part read on its own and added; None unless two or more parts name a time."""
    parts = [p for p in _PARTS_RE.split(normalize(text)) if p.strip()]
    read = [
        _hours_a_week(p) for p in parts if _DURATION_RE.search(re.sub(r"\ban hour\b", "1 hour", p))
    ]
    if len(read) < 2 or any(h is None for h in read):
        return None
    return round(sum(h for h in read if h is not None), 2)


def _clamp(hours: float) -> float | None:
    if hours <= 0:
        return None
    return round(min(hours, 100.0), 2)


def parse_amount(text: str) -> Quantity | None:
    """The first amount in an answer ('10 kg', '$5k', '60,000 words', a bare '12')."""
    found = find_quantities(text)
    if found:
        return found[0]
    m = re.search(r"\b(\d+(?:\.\d+)?)\b", normalize(text))
    if m:
        return Quantity(float(m.group(1)), "", "amount", m.span())
    return None


def parse_owners(text: str) -> list[str]:
    """Named people from 'Ana, Łukasz and me' in order, without group words."""
    text = re.sub(r"\s*\([^)]{1,40}\)", "", text)  # "Priya (engineers)": roles, read apart
    parts = re.split(r"\s*(?:,|;|/|&|\+|\band\b|\bund\b|\bet\b|\by\b)\s*", text.strip())
    names: list[str] = []
    for part in parts:
        name = name_in(part).strip(" .'\"")  # "Dana (design)": Dana
        low = name.lower()
        if low in {"i", "myself"}:
            name, low = "me", "me"
        if not name or (low in _GROUP_WORDS and low != "me") or len(name) > 80:
            continue
        if low not in {n.lower() for n in names}:
            names.append(name)
    return names


# a year in a deadline answer; group 1 when a date word leads it ("by 2031", "end of 1999")
_YEAR_SAID_RE = re.compile(
    r"(?<![$€£¥₹\d,.])(?:\b(by|in|before|until|till|end of|of|due|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s\d{1,2}(?:st|nd|rd|th)?,?)?)\s)?"
    r"\b(\d{4,})\b"
    r"(?!\s?(?:weeks?|days?|months?|years?|fortnights?|a month|a week|dollars|euros|pounds)\b)"
)


def _out_of_range(key: str, value: str, today: dt.date) -> str | None:
    """Why a capacity or deadline answer cannot be right, instead of rereading it as another."""
    from assistant.bounds import LATEST, MAX_PLAN_YEARS

    s = normalize(value)
    if key == "capacity":
        if re.search(r"(?:^|\s)[-\u2212]\s?\d", s):
            return "time a week cannot be negative"
        if (_hours_a_week(s) or 0) > 100:
            return "more than 100 hours a week is not a capacity one plan can use"
    if key == "deadline":
        iso = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", s)
        if iso:
            try:
                dt.date(*map(int, iso.groups()))
            except ValueError:
                return f"{iso.group(0)} is not a date on the calendar"
        last = min(LATEST.year, today.year + MAX_PLAN_YEARS - 1)
        for said in _YEAR_SAID_RE.finditer(s):
            year = int(said.group(2))
            if said.group(1) is None and not 1900 <= year <= 2199:
                continue  # "hitting $1000 consistently": an amount, not a year
            if said.group(1) is None and year < today.year:
                continue  # "2022 is due by end of next month": the year a thing is for
            if not today.year <= year <= last:
                return f"the year {year} is outside {today.year}-{last}"
    return None


# "idk", "no deadline", "ongoing": the person does not know, so the plan assumes (and says so)
UNKNOWN_RE = re.compile(
    r"^\s*(?:idk|i don'?t know|dunno|no idea|not sure|n/?a|none|nothing|no deadline(?: really)?|"
    r"no real deadline|no rush|no timeline|no time ?frame|ongoing|from now on|for good|whenever|any ?time|not really|"
    r"starting (?:now|today|monday|tomorrow|next week)|i can give it some time|some time|"
    # "just make it a habit", "it's a lifestyle thing": no end date, it goes on
    r"(?:just )?(?:make it|keep it|it'?s|its) (?:a |an )?(?:habit|ongoing thing|lifestyle|routine)|"
    r"(?:just )?keep (?:it|this|them|things) (?:going|up)|"
    r"(?:idk,? )?(?:it'?s |its )?not (?:really )?(?:a|about) time(?: thing)?)\b"
    r"[\s,.!?]*(?:\w+[\s,.!?]*){0,3}$"
    # "no deadline, just finish it this time": no date at all, said with a few more words
    r"|^\s*(?:no (?:real |hard |set )?deadline|no rush|no hurry)(?: (?:really|at all))?[\s,.!?]+"
    r"(?!(?:\w+[\s,.!?]+){0,3}in\b)(?!.*\b(?:by|before|until|around|within|end of|(?:this|next) (?:week|month|year|"
    r"spring|summer|autumn|fall|winter|term|semester))\b)"
    r"(?!.*\d)(?!.*\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b)"
    r"(?!.*\b(?:spring|summer|autumn|fall|winter|christmas|easter|birthday)\b)"
    r"(?:[\w']+[\s,.!?]*){0,16}$"
)
_APPOINTMENT_RE = re.compile(r"\b(?:appt|appointment|check-?up|consultation|review)\b")
_SOON_RE = re.compile(
    r"^\s*(?:asap|as soon as (?:humanly |reasonably )?possible|soon|right away|idk soon|now|right now|today|"
    r"immediately)\b"
)
_NO_DATE_RE = re.compile(r"^\s*no (?:real )?(?:deadline|date|rush|timeline|time ?frame)\b")
_LOOSE_WORDS_RE = re.compile(
    r"\b(?:i guess|i suppose|maybe|probably|or so|ish|idk|hopefully|ideally|if possible)\b|\?"
)
_TIME_WORD_RE = re.compile(r"\b(?:hours?|hrs?|h|min|mins|minutes?|an hour)\b", re.I)
_HEDGE_RE = re.compile(
    r"^\s*(?:(?:honestly|tbh|um+|hmm+|well|ok|so)[,\s]+)?(?:idk|i don'?t know|dunno|not sure|no idea)\b[\s,.;:-]*"
)
# an age as the deadline: "before I turn 35", "by the time I'm 40", "by his first birthday"
_AGE_RE = re.compile(
    r"\b(?:turn|turning|retire at|retiring at|by the time (?:i'?m|im|i am)|before (?:i'?m|im|i am))"
    r"\s(\d{2})\b"
    r"|\b(?:my|his|her|their) (\d{2})(?:st|nd|rd|th)\b(?!\s(?:of|in)\b)(?![^,;]*\b(?:"
    + "|".join(m[:3] for m in MONTHS)
    + r")[a-z]*\b)"
    r"|\b(first|1st) birthday\b"
)
_MONTHLY_MEETING = 0.46  # hours a week in one 2-hour meeting a month

# time said the way people say it, read as hours a week (an estimate, but theirs)
_LOOSE_TIME: list[tuple[re.Pattern[str], float]] = [
    (re.compile(r"\bfull[- ]?time\b"), 35.0),
    (re.compile(r"\b(?:whatever it takes|as much as (?:needed|it takes|i can))\b"), 10.0),
    (re.compile(r"\bweekends?\b(?! in\b)|\ba weekend\b"), 4.0),
    (re.compile(r"\bevenings?\b|\bnights?\b"), 4.0),
    (
        re.compile(r"\b(?:saturdays?|sundays?)\b|\b(?:one|a) (?:morning|afternoon|evening) off\b"),
        3.0,
    ),
    (re.compile(r"\bmornings?\b|\blunch ?breaks?\b"), 2.5),
    (re.compile(r"\b(?:one|1|an?) afternoon\b"), 3.0),  # "one afternoon of paperwork"
    (re.compile(r"\b(?:a|one|1) day off\b"), 2.0),  # "a day off here and there": one a month
    # "the committee meets 2nd tuesday of the month": one meeting, about 2 hours, a month
    (
        re.compile(r"\bmeets?\b[^.;]*\b(?:of the|a|each|every) month\b|\bmeets? monthly\b"),
        _MONTHLY_MEETING,
    ),
    (re.compile(r"\bpay ?days?\b|\bwhen i get paid\b"), 1.5),  # a sitting each payday
]
_MONEY_ANSWER_RE = re.compile(
    r"[$€£]|\b\d+\s?(?:/\s?mo|a month|/month|a paycheck|per month)\b"
    r"|\b(?:get|got|am|are|is) paid\b|\b(?:bi-?weekly|semi-?monthly) (?:pay|paychecks?)\b"
    r"|\b(?:put away|put aside|set aside|save|invest|paycheck|budget)\b"
)
_BUT_RE = re.compile(r"^[\s,;.-]*(?:but|though|although|yet|plus)\b")  # the time past the job
_JOB_HOURS_RE = re.compile(
    r"\b(?:(?:i|we) (?:both |all )?(?:already |also )?work(?! (?:from|at) home\b)|at work|on the road|on shift|at the office|my job|my shifts?|"
    r"full[- ]time job)\b"
    # a working day's hours at a place: "im at the shop 12 hours everyday"
    r"|\b(?:i'?m|im|i am|we'?re) (?:at|in) (?:the |my |our )?\w+ (?:for )?(?:like |about |around )?"
    r"(?=(?:[89]|1\d|2[0-4])\+?\s?(?:h|hrs?|hours?)\b)"
)
# a part of the answer that names days as taken: "grading eats my weeknights", "no weekdays"
_TAKEN_DAYS_RE = re.compile(
    r"[^,;.]*\b(?:weeknights?|weekdays?|weekends?|mornings?|evenings?|nights?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b[^,;.]*"
)
_TAKEN_WORDS_RE = re.compile(
    r"\b(?:eats?|eaten|takes?|taken|kills?|busy|booked|full|out|gone|no|not|never|"
    r"except|can'?t|cannot)\b"
)
_NOT_TIME_RE = re.compile(
    r"\b(?:isn'?t|is not|ain'?t|not) (?:really )?(?:a|about) time (?:thing|issue|problem)\b|"
    r"\bmore (?:about )?(?:my |the |our )?[a-z]+ than (?:about )?time\b|\bnot (?:really )?(?:a|about) time\b"
)
_SESSION_MINUTES = 45  # one session, when the person counts sessions ("3x a week")


# hours left unnamed after the job's hours: "I work 45 hrs, maybe a few extra", "a couple more"
_FEW_EXTRA_RE = re.compile(
    r"\b(?:(?:a )?(few|couple)(?: of)?|(\d{1,2})) (?:extra|more)\b(?!\s(?:days|evenings|nights))"
)
_AMOUNT_SAID_RE = re.compile(
    r"\d\s?(?:h|hrs?|hours?|min|mins|minutes|x|times)\b|\b(?:an|half an|couple|few)(?: of)? "
    r"(?:hours?|hrs?|min|mins|minutes)\b|\b(?:once|twice)\b"
)


# time waved off, then how long the act itself takes: "n/a it's 10 minutes", "na, only takes
# 5 min", "not a time thing, it takes like 2 minutes"
_ACT_LENGTH_RE = re.compile(
    r"^\W*(?:n/?a|not (?:really )?(?:a |about )?time(?: thing| issue| problem)?)\b[\s,.;:-]*"
    r"(?:it'?s|its|it is|(?:it )?(?:only |just )?takes|only|just)\s(?:only |just |like |about |maybe )?"
    r"(?:\d+|a few|a couple of|ten|five|fifteen|twenty|two)\s?(?:min|mins|minutes)\b"
    r"(?:\s(?:a day|each|every day|daily|tops|max))?\W*$"
)


def _no_time_said(value: str) -> LooseCapacity | None:
    """An answer that says in so many words it gives no hours of its own, and names no
    amount: time is not what this is about ("n/a it's just evenings", "more about my evenings
    than time"), the goal gives time back ("it should save me time"), or the week is full
    ("I can't work more hours"). A slot word it names ("evenings") is no week of hours."""
    if _ACT_LENGTH_RE.search(normalize(value)):
        return LooseCapacity("not_time", value)  # "n/a it's 10 minutes": the act's length
    if _AMOUNT_SAID_RE.search(normalize(value)):
        return None
    loose = read_loose_capacity(value)
    if isinstance(loose, LooseCapacity) and loose.kind in ("not_time", "less_time", "in_work"):
        return loose
    if _NOT_TIME_RE.search(normalize(value)):
        return LooseCapacity("not_time", value)
    return None


def _loose_capacity(value: str) -> float | None:
    """'weekends', '3x a week', 'full time': hours a week; None when it is not about time."""
    s = normalize(value)
    if _MONEY_ANSWER_RE.search(s) and not re.search(r"\b(hours?|hrs?|min)", s):
        return None  # "$600/month" answers a money question, not a time one
    per_week = sessions_per_week(s)
    if per_week and re.search(r"\d\s?(?:x|times|runs|days|sessions|classes|workouts)\b", s):
        return round(per_week * _SESSION_MINUTES / 60, 2)
    share = re.search(r"\b(\d{1,2})\s?%\s(?:of\s)?(?:my|our|the team'?s|their)\s(?:time|week)", s)
    if share:  # "team of 5, maybe 20% of our time": a share of a 40-hour week each
        team = re.search(r"\bteam of (\d+)\b", s)
        return round(40 * int(share.group(1)) / 100 * (int(team.group(1)) if team else 1), 2)
    found = [hours for pattern, hours in _LOOSE_TIME if pattern.search(s)]
    if len(found) >= 2 and re.search(r"\bweekends?\b", s) and re.search(r"\bevenings\b", s):
        return sum(found[:2])  # "evenings and weekends": both
    people = re.search(r"\b(\d{1,2}) of us\b", s)
    if found and found[0] == _MONTHLY_MEETING and people:  # "meets monthly, 7 of us": all 7
        return round(_MONTHLY_MEETING * int(people.group(1)), 2)
    return found[0] if found else None


def _without_taken_days(value: str) -> str:
    """The answer without its parts that name days as taken and no time of their own."""
    parts = [p for p in re.split(r"(?<=[,;.])", value)]
    kept = [
        p
        for p in parts
        if not (
            _TAKEN_DAYS_RE.search(p.lower())
            and _TAKEN_WORDS_RE.search(p.lower())
            and not re.search(r"\d|\b(?:an|half an) hour\b|\bi (?:can|could|have|get)\b", p.lower())
        )
    ]
    said = "".join(kept).strip(" ,;.")
    return said if kept and said else value


_CLAUSE_RE = re.compile(r"\s*(?:[,;]|\bbut\b|\band\b|\bthen\b)\s*")
_DONE_WORDS_RE = re.compile(
    r"\b(?:done|finished|paid off|paid down|funded|cleared|complete|completed|sorted|over with|all set|"
    r"wrapped up)\b|" + REST_WORDS
)
_UNDERWAY_RE = re.compile(r"\b(?:start\w*|begin\w*|be [a-z]+ing|get going|first step)\b")


def _finish_of_two(value: str, today: dt.date) -> dt.date | None:
    """The finish date of an answer naming two ('refinance in january, paid off in 6 years';
    'within 2 years, but studying by spring'); None unless one of them is plainly the finish."""
    if counted_back(value) or says_length(normalize(value)):  # "2 weeks before"; a span
        return None  # with its start ("starting the 1st, for 3 months") is one reading
    dated = [
        (c.lower(), day)
        for c in _CLAUSE_RE.split(re.sub(r"\b(?:maybe|probably|about|around)\s", "", value))
        if c.strip()
        and (day := parse_deadline(c, today) or parse_deadline(_DONE_WORDS_RE.sub(" ", c), today))
        is not None
    ]
    clauses = [c for c in _CLAUSE_RE.split(value) if c.strip()]
    if len(dated) == 1 and len(clauses) > 1 and re.search(REST_WORDS, dated[0][0]):
        return dated[0][1]  # "dry jan obviously, the rest by spring": the rest's date ends it
    if len(dated) < 2 or len({day for _, day in dated}) < 2:
        return None
    done = [day for c, day in dated if _DONE_WORDS_RE.search(c)]
    if done:
        return done[-1]
    ends = [day for c, day in dated if not _UNDERWAY_RE.search(c)]
    return max(ends) if ends and len(ends) < len(dated) else None


def parse_answers(
    answers: dict[str, str], today: dt.date, strict: bool = True
) -> dict[str, object]:
    """Typed answers by key; a key whose answer cannot be read raises one clear InputError
    (unless ``strict`` is off: then an unreadable deadline or time is kept as said and assumed).

    "idk" or "no deadline" leaves the key unanswered (the plan then assumes and says so);
    "weekends" or "3x a week" is read as hours a week; "asap" as the soonest realistic date."""
    typed: dict[str, object] = {}
    for key, raw in answers.items():
        value = (raw or "").strip()
        if not re.fullmatch(r"[a-z_]+", key):
            raise InputError(
                f"answer key {key!r}: use lower-case keys such as {', '.join(KNOWN_KEYS)}"
            )
        unknown = bool(
            key in {"deadline", "capacity", "baseline"} and UNKNOWN_RE.match(value.lower())
        )
        if key == "deadline" and (hedge := _HEDGE_RE.match(value.lower())):
            rest = value[hedge.end() :]  # "idk, this year" still says this year
            if _APPOINTMENT_RE.search(rest.lower()) and parse_deadline(rest, today):
                typed["appointment"] = rest.strip(" .,")  # "idk. doctor appt is jan 8": a
                continue  # check-in on the way, not the date the goal must be reached by
            if rest.strip() and parse_deadline(rest, today) is not None:
                value, unknown = rest, False
                typed["deadline_hedged"] = True
        if key == "deadline" and RELAXED_RE.search(normalize(value)):
            typed["deadline_relaxed"] = value.strip()  # "no rush, by the end of the year"
        if key == "deadline" and _LOOSE_WORDS_RE.search(value.lower()):
            typed["deadline_hedged"] = True  # "end of the year I guess": not a hard date
        if key == "deadline" and _NO_DATE_RE.match(value.lower()):
            if starts_not_ends(value):  # "no real date, start this week": when it begins
                typed["starts"] = value.strip()
                continue
            soft = soft_date(value, today)  # "no rush, by next summer i hope": a soft date
            if soft is not None:
                typed[key], typed["deadline_hedged"] = soft, True
            continue  # "no deadline, it's more of a habit thing"
        if key == "capacity" and (said_so := _no_time_said(value)) is not None:
            typed["capacity_said"] = said_so  # "n/a it's just evenings", "can't work more hours"
            continue
        if unknown and key == "capacity" and _loose_capacity(value) is not None:
            unknown = False  # "idk, weekends mostly" still says weekends
        if key in {"deadline", "capacity", "baseline"} and _HEDGE_RE.match(value.lower()):
            unknown = not re.search(
                r"\d|\b(?:couple|few)(?: of)? (?:hours|hrs)\b", value.lower()
            )  # "not sure how to measure that"; "idk, 3 hrs"
            if key == "capacity" and unknown and read_time(value).hours is not None:
                unknown = False  # "not sure, an hour here and there": the hour is said
            if key == "capacity" and _loose_capacity(value) is not None:
                unknown = False
        if value and unknown and key == "deadline":
            read_unread_deadline(value, today, typed)  # "ongoing", "starting monday": a habit
        if value and unknown and key == "capacity":
            read_unread_capacity(value, typed)  # "n/a": their words kept beside the assumption
        if not value or unknown:
            continue
        if key == "deadline" and (told := goal_and_steps(value, today, parse_deadline)):
            typed[key], steps = told  # "test is in december, registration closes in september"
            typed["deadline_answer"] = value
            if steps:  # dated steps on the way, never the deadline
                typed["deadline_steps"] = steps
            continue
        if key == "deadline" and (review := review_point(value, today, parse_deadline)):
            typed[key], typed["deadline_review"] = review  # "keep going, check in after a year"
            if starts_not_ends(value):
                typed["deadline_started"] = value  # "start this month": when it begins
            continue
        two = key == "deadline" and not starts_not_ends(value)
        finish = _finish_of_two(value, today) if two else None
        if finish is not None:  # "refinance in january, paid off in 6 years": the finish
            typed[key] = finish
            continue
        if key == "deadline" and starts_not_ends(value):
            typed["starts"] = value  # "starting jan 1": when it begins, not when it is done
            continue
        if key == "deadline" and (soon := _SOON_RE.match(value.lower())):
            said_date = soft_date(value[soon.end() :], today, whole=True)
            if said_date is not None:  # "asap, within 3 months hopefully": their own date
                typed[key], typed["deadline_hedged"] = said_date, True
                continue
            typed[key] = today + dt.timedelta(weeks=6)
            typed["deadline_soon"] = value  # the field decides how soon is realistic
            continue
        if key == "deadline" and parse_deadline(value, today) is None:
            age = _AGE_RE.search(value.lower())
            if age:  # the goal text says how old they are now; the deadline is read there
                typed["deadline_age"] = 1 if age.group(3) else int(age.group(1) or age.group(2))
                continue
        if problem := _out_of_range(key, value, today):
            raise InputError(f"{key} {value!r}: {problem}")
        if key == "capacity":
            value = corrected_time(value)  # "they say 12 h but realistically I have 8": 8
        job = _JOB_HOURS_RE.search(value.lower()) if key == "capacity" else None
        contrast = (
            re.search(r"\b(?:but|though)\b(?!.*\b(?:but|though)\b)(.*)$", value) if job else None
        )
        if (
            job
            and contrast
            and job.start() < contrast.start()
            and parse_capacity(contrast.group(1))
        ):
            value = contrast.group(1)  # "it's my job so 40h, but maybe 3-4 hours for the extra"
        elif job:
            before = value[: job.start()]  # "maybe 4-5 hrs? I work like 50 hr weeks"
            after = _OTHER_TIME_RE.sub(" ", normalize(value))  # "I work 25 hrs so maybe 15"
            if parse_capacity(before) is not None and not _OTHER_TIME_RE.search(normalize(before)):
                value = before
            elif after != normalize(value) and parse_capacity(after) is not None:
                value = after
            elif (
                _BUT_RE.match(value[job.end() :]) and parse_capacity(value[job.end() :]) is not None
            ):
                value = value[job.end() :]  # "it's my job, but maybe 3 extra hours a week": 3
            elif read_time(after).hours is not None:
                value = after  # "I already work 45 hrs, don't want to add much": a little
            elif few := _FEW_EXTRA_RE.search(after):  # "I already work 45 hrs, maybe a few extra"
                value = f"{few.group(2) or (2 if few.group(1) == 'couple' else 3)} hours"
            else:
                continue  # "I already work 50 hrs": their job's hours, not time free for this
        if key == "capacity":
            parts = re.split(r"[,;]", value)
            timed = [p for p in parts if not _MONEY_ANSWER_RE.search(normalize(p))]
            head = ",".join(timed).strip()
            if (
                timed
                and len(timed) < len(parts)
                and (parse_capacity(head) or _loose_capacity(head))
            ):
                value = head  # "weekends, maybe £200 for wood": the time
            if _MONEY_ANSWER_RE.search(normalize(value)) and not _TIME_WORD_RE.search(value):
                continue  # "we get paid every other friday": money where time was asked
            value = _without_taken_days(value)  # "weekends, 5-6 hrs, grading eats my weeknights"
            value = time_for_now(value, today)  # "25 h in summer, 5 the rest of the year"
            said = read_time(_timed_part(value))  # "an hour most days", "sat + sun 6 hrs each"
            hours = said.hours if said.sessions else _sum_of_parts(value) or parse_capacity(value)
            hours = hours if hours is not None else said.hours
            if hours is None and _MONEY_ANSWER_RE.search(normalize(value)):
                continue  # money where time was asked: leave time unanswered (assumed)
            hours = hours if hours is not None else _loose_capacity(value)
            if hours is None and _NOT_TIME_RE.search(normalize(value)):
                typed["capacity_said"] = LooseCapacity("not_time", value)
                continue  # "more money than time": no time said, so the plan assumes it
            if hours is None and read_unread_capacity(value, typed):
                continue  # "n/a it's sleep", "20% of each sprint": read, or assumed and said
            if hours is not None and little(value) and hours <= _LITTLE_HOURS:
                # "not a lot, I work 6 days": a small week, marked assumed in their words
                said_words = str(answers.get(key) or value)
                typed["capacity_said"] = LooseCapacity("little", said_words, hours=hours)
                continue
            if hours is not None and unsettled(value, hours):
                # "30 min a day and a class on saturdays" read as 30 minutes a week: the plan
                # keeps its usual week and quotes them, never a week their words contradict
                typed["capacity_said"] = LooseCapacity("unclear", str(answers.get(key) or value))
                continue
            if hours is None and not strict:
                typed["capacity_said"] = LooseCapacity("unknown", value)
                continue
            if hours is None:
                raise InputError(
                    f"capacity {value!r}: say how much time a week, e.g. '4 hours a week' "
                    "or '30 min a day'"
                )
            typed[key] = hours
        elif key == "deadline":
            day = parse_deadline(value, today)
            if day is None and read_unread_deadline(value, today, typed):
                continue  # "few months", "yesterday lol", "just ongoing", "before baseball season"
            if day is None and not strict:
                typed["deadline_said"] = f"unread:{value}"
                continue
            if day is None:
                raise InputError(
                    f"deadline {value!r}: give a date or span, e.g. 'by June', '2027-03-01', "
                    "'in 12 weeks'"
                )
            typed[key] = day
            typed["deadline_answer"] = value  # the words, for what the goal needs before it
            counted = counted_limit(value, typed, today)  # "60 days from the letter of the 3rd"
            early = None if counted else well_before(value, day, today)
            early = early or (None if counted else earlier_aim(value, day, today))
            if early is not None:  # "but way before that", "want it done 2 weeks before"
                typed[key], typed["deadline_limit"] = early, day
            elif not counted and (limit := later_limit(value, day, today)) is not None:
                typed["deadline_limit"] = limit  # "easter, or end of april at the latest"
            if rolled_a_year(value, day, today):  # "by november" on 27 November: next year's?
                typed["deadline_rolled"] = value.strip()
            if (closing := window_closing(value, today)) is not None:  # "180 days from may"
                typed["deadline_closing"] = closing
        elif key in {"metric", "baseline"}:
            typed[key] = parse_amount(value) or value
        elif key == "owners":
            names = parse_owners(value)
            if not names:
                raise InputError(f"owners {value!r}: name the people, e.g. 'Ana, Łukasz and me'")
            typed[key] = names
        else:
            typed[key] = without_fillers(value) if key in {"constraint", "why"} else value
    check_reading(
        str(answers.get("deadline") or ""), typed, today, parse_deadline
    )  # "mid 2028" never read as Nov 2029
    return typed


def counted_limit(value: str, typed: dict[str, object], today: dt.date) -> bool:
    """A time limit counted from a day gone by that the answer dates ('60 days from the
    letter, it was dated the 3rd'): its last day is the deadline, and the plan says where it
    was counted from; a limit already over (or days away) is acted on at once. Whether it
    was read."""
    counted = counted_end(normalize(value), today)
    if counted is None:
        return False
    began, end = counted
    if end < today + dt.timedelta(days=7):
        typed["deadline_closing"] = end
        return True
    typed["deadline"] = end  # the limit's own day, as the labels of such answers have it
    typed["deadline_counted"] = (
        f"counted from {began:%d %B %Y}, your time limit ends {end:%d %B %Y}"
    )
    return True


# chat fillers that are no part of what they said: "motivation honestly", "everything lol"
_FILLERS_RE = re.compile(r"\s*\b(?:lol|lmao|haha+|tbh|ngl|honestly|to be honest)\b", re.I)
# the stop after a filler stays where words go on: "the letters tbh, anxiety" is two things,
# never "the letters anxiety"; a stop doubled or left at the start goes
_STOPS_RE = re.compile(r"\s+([,.!;])|([,.!;])(?:\s*[,.!;])+")


def without_fillers(value: str) -> str:
    """The answer without chat fillers; the answer itself when nothing else is left."""
    plain = _FILLERS_RE.sub(" ", value)
    plain = _STOPS_RE.sub(lambda m: m.group(1) or m.group(2), plain)
    plain = re.sub(r"\s{2,}", " ", plain).strip(" ,.!;")
    return plain if len(plain) >= 3 else value
