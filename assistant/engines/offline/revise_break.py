"""A break the person asks for ("I'm away 20-27 december", "I hurt my ankle, pause 2 weeks",
"I'm sick this week"): nothing planned inside it; a short break in a long plan keeps the
deadline, a long one (or "push everything back") moves later work by its length."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.errors import InputError
from assistant.models import Assumption, Plan
from assistant.plan_edits.pause import absorb as absorb_break
from assistant.plan_edits.pause import pause as pause_plan
from assistant.understanding.answers import parse_deadline

_BREAK_RE = re.compile(
    r"\b(pause|break|holiday|vacation|away|off|time off|injur\w*|hurt|sick|ill|travel\w*|"
    r"trip|rest|surgery|hospital|covid|flu|unwell|down with|take it easy|lost my job|laid off|"
    r"camping|festival|honeymoon|conference|out of town|abroad|moving house|"
    r"can'?t do anything|skip (?:\w+ing|it|everything|the lot))\b"
)
_PAST_RE = re.compile(r"\blast (?:week|month|year)\b|\bago\b")
# "till monday", "until friday": the break ends the day before that day
_UNTIL_DAY_RE = re.compile(
    r"\b(?:till|til|until|before|up to)\s(?:next\s)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}"  # not "away 20"
_DAY = (
    rf"(?:{_MONTH}\.?\s\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH}|"
    r"\d{4}-\d\d-\d\d)"
)
# "20-27 december": the month said once, for both days
_SHARED_MONTH_RE = re.compile(
    rf"\b(?:the\s)?(\d{{1,2}})(?:st|nd|rd|th)?\s?(?:-|–|to|until|till|through)\s?(?:the\s)?"
    rf"(\d{{1,2}})(?:st|nd|rd|th)?"
    rf"\s(?:of\s)?({_MONTH})\b"
)
_SPAN_RE = re.compile(
    rf"({_DAY})\s?(?:to|until|till|through|thru|-|–)\s?({_DAY}|\d{{1,2}}(?:st|nd|rd|th)?)\b"
)
_LENGTH_RE = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|a couple(?: of)?|couple(?: of)?|a few)\s"
    r"(day|week|month)s?\b"
)
_IN_MONTH_RE = re.compile(
    rf"\b(?:in|during|over|for|at the (?:start|beginning|(end)) of)\s({_MONTH})\b"
)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def _count(said: str) -> int:
    """'a couple of' 2, 'a few' 3, 'two' 2, '5' 5."""
    if "couple" in said:
        return 2
    if "few" in said:
        return 3
    return _COUNT.get(said) or int(said)


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _month_start(month: str, today: dt.date) -> dt.date:
    """The first day of the next ``month`` ('jan', 'january') from ``today`` on."""
    number = dt.datetime.strptime(month[:3], "%b").month
    year = today.year + (1 if number < today.month else 0)
    return dt.date(year, number, 1)


def pause(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'I'm away dec 20 to jan 3', 'I hurt my ankle, need to pause 2 weeks', 'off next week'."""
    said = re.sub(
        r"\b(?:put|putting|set|setting|tuck|tucking|squirrel|stash)\s(?:\w+\s)?away\b", "", s
    )
    if not _BREAK_RE.search(said) or re.search(
        r"\b(?:\d+|one|two|three|a few)\s(?:\w+\s)?(?:a|per|each|every)\s(?:week|day|month)\b|"
        r"\b(?:per|each|every)\s(?:week|day|month)\b",
        s,
    ):
        return None  # "I travel 3 days a week" is about time a week, not a break
    if _PAST_RE.search(s) and not re.search(r"\b(?:next|from|until|till|coming)\b", s):
        return None  # "I was off sick for 5 days last month": a break gone by, not one to plan
    span = _SPAN_RE.search(_SHARED_MONTH_RE.sub(r"\1 \3 to \2 \3", s))
    length = _LENGTH_RE.search(s)
    guessed = ""  # the days, when the person named only a month
    if span:
        first = parse_deadline(span.group(1), today)
        end = span.group(2)
        if first is not None and end.rstrip("stndrh").isdigit():  # "dec 20-27"
            end = f"{first:%b} {end}"
        last = parse_deadline(end, today)
        if first is None or last is None:
            raise InputError(
                f"can't read the dates in {span.group(0)!r}; say e.g. 'away 20 Dec to 3 Jan'"
            )
        if last < first:
            last = last.replace(year=last.year + 1)
    elif until := _UNTIL_DAY_RE.search(s):  # "down with covid, can't do anything till monday"
        weekday = _WEEKDAYS.index(until.group(1))
        first = today
        last = today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7)
    elif length:
        days = _count(length.group(1)) * _UNIT_DAYS[length.group(2)]
        first = today + dt.timedelta(days=(7 - today.weekday()) % 7) if "next week" in s else today
        month = _IN_MONTH_RE.search(s)
        if month:  # "two weeks in January": from the month's first day, until they say the dates
            first = _month_start(month.group(2), today)
            if month.group(1):  # "at the end of March": the days up to the month's last
                after = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
                first = after - dt.timedelta(days=days)
            guessed = f" (assumed from '{month.group(0)}': say the dates to move it)"
        last = first + dt.timedelta(days=days - 1)
    elif in_month := _IN_MONTH_RE.search(s):  # "I'll have to skip saving in march": that month
        first = _month_start(in_month.group(2), today)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    elif "next week" in s:
        first = today + dt.timedelta(days=7 - today.weekday())
        last = first + dt.timedelta(days=6)
    elif re.search(r"\bthis week\b", s):  # "I'm sick this week": the rest of it
        first, last = today, today + dt.timedelta(days=6 - today.weekday())
    else:
        return None
    first = max(first, today)
    if last < first or (last - first).days > 180:
        raise InputError("a break is from one date to a later one, at most six months long")
    days = (last - first).days + 1
    left = (plan.goal.deadline - last).days
    stated = any(a.key == "deadline" and a.source == "stated" for a in plan.assumptions)
    asked_to_move = re.search(r"\b(?:push|move|shift|delay)\b", s)
    if days <= 21 and left > 0 and (left >= 4 * days or stated) and not asked_to_move:
        # a short break in a long plan, or before a date they set: the date (a wedding, a
        # race, a guest arriving) stays, the days after the break absorb it
        rest = f"the {left // 7} weeks after" if left >= 14 else f"the {left} days after"
        new = plan.next_version(
            f"a break from {first:%d %b} to {last:%d %b}{guessed}, as asked; the deadline stays "
            f"{plan.goal.deadline:%d %b %Y}"
            + (", the date you set" if stated else "")
            + f", {rest} the break absorb it (say 'push it back {days} days' to move it instead)"
        )
        absorb_break(new, first, last)
    else:
        new = plan.next_version(
            f"a break from {first:%d %b} to {last:%d %b}{guessed}, as asked; later work moved "
            f"{days} days"
        )
        pause_plan(new, first, last)
    breaks = [a for a in new.assumptions if a.key == "break"]  # every break stays recorded
    new.assumptions = [a for a in new.assumptions if a.key != "break"]
    new.assumptions += [
        *breaks,
        Assumption(
            text=f"A break from {first} to {last}, as you said", source="stated", key="break"
        ),
    ]
    return new
