"""A deadline read from how long something has lasted: 'I've smoked every night for 6 years'
planned as a goal due in 6 years."""

from __future__ import annotations

import datetime as dt
import re

from assistant.findings import finding
from assistant.language.horizons import find_horizon, resolve_deadline
from assistant.language.text import normalize
from assistant.models import Finding, Plan

# years only: "for 3 months" is as often the goal's own span ("track my spending for 3 months")
_SPAN = re.compile(r"\b(\d+)\s?years?\b")
# words that make a span a past duration ("for 6 years", "after 2 years of", "6 years ago")
_PAST_BEFORE = re.compile(r"\b(?:for|after|since|been|last|past|of)\s(?:the\s)?(?:last\s|past\s)?$")
_PAST_AFTER = re.compile(r"^\s?(?:ago|of|home|now|in a row|straight|running|already)\b")
_FUTURE_BEFORE = re.compile(r"\b(?:in|within|next|over the next|by|than|every)\s(?:the\s)?$")
_TOLERANCE_DAYS = 3


def deadline_from_past(plan: Plan) -> list[Finding]:
    """goal.deadline_from_past: the plan's horizon equals a span the person wrote about the past."""
    if plan.request is None:
        return []
    said = normalize(plan.request.goal_text)
    horizon = (plan.goal.deadline - plan.start_date).days
    for m in _SPAN.finditer(said):
        n = int(m.group(1))
        if n < 2 or abs(horizon - n * 365) > _TOLERANCE_DAYS + n:
            continue
        before, after = said[max(0, m.start() - 24) : m.start()], said[m.end() :]
        if _FUTURE_BEFORE.search(before) or not (
            _PAST_BEFORE.search(before) or _PAST_AFTER.match(after)
        ):
            continue
        return [
            finding(
                "goal.deadline_from_past",
                "goal.deadline",
                f"The deadline ({plan.goal.deadline}) is {n} years away, but the person's "
                f"'{_phrase(said, m)}' says how long "
                "something has lasted, not when the goal is due.",
                "Ask for the deadline, or assume a realistic one for the goal and mark it assumed.",
            )
        ]
    return []


def _phrase(text: str, m: re.Match[str]) -> str:
    """The span with a word either side: 'for 6 years to', 'after 2 years of'."""
    before = text[: m.start()].split()[-1:]
    after = text[m.end() :].split()[:1]
    return " ".join([*before, m.group(0), *after])


# the person's age and the age the goal is due by: "I'm 29 ... gone before 35", "before I turn 40"
_AGE_NOW = re.compile(r"\b(?:i'?m|i am|im|aged?)\s(\d{2})\b(?!\s?(?:%|k\b|lbs?|kg|pounds|min))")
_AGE_BY = re.compile(
    r"\b(?:before|by|until|till)\s(?:i'?m\s|i am\s|i turn\s|turning\s|age\s|the age of\s)?"
    r"(\d{2})\b(?!\s?(?:%|k\b|km|mi|lbs?|kg|pounds|min|hours?|days?|weeks?|months?|am|pm|:|"
    r"st\b|nd\b|rd\b|th\s(?:of\s)?[a-z]{3}|(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)))"
)
_AGE_SLACK = 0.5  # the plan's horizon may be half to one and a half times the years left


def deadline_by_age(plan: Plan) -> list[Finding]:
    """goal.deadline_ignored: the person wants it done by an age ("I'm 29 ... before 35"); the
    plan's deadline is years away from it."""
    if plan.request is None:
        return []
    said = normalize(f"{plan.request.goal_text} {plan.request.answers.get('deadline', '')}")
    now, by = _AGE_NOW.search(said), _AGE_BY.search(said)
    if not now or not by:
        return []
    years = int(by.group(1)) - int(now.group(1))
    if not 1 <= years <= 40:
        return []
    horizon = (plan.goal.deadline - plan.start_date).days / 365
    if abs(horizon - years) <= _AGE_SLACK * years:
        return []
    return [
        finding(
            "goal.deadline_ignored",
            "goal.deadline",
            f"The person is {now.group(1)} and wants it done {by.group(0)}, about {years} years "
            f"away; the plan is due {plan.goal.deadline}, {horizon:.1f} years away.",
            "Set the deadline from the age they gave, and size the steps to it.",
        )
    ]


# a span the person has lived through ("smoked for 11 years"), not a time to finish in
_LIVED_SPAN = re.compile(r"^(?:for|after|since)\b")
_STARTING = re.compile(r"\b(?:start|starting|starts|begin|beginning|from)\s(?:on\s|in\s)?$")
_KINDS_THAT_BIND = {"date", "quarter", "month", "holiday", "year", "season", "relative"}
_LATE_SLACK = 0.1  # a plan may end a tenth of the horizon after the day asked (rounding to a week)
_TOLD_SLACK_DAYS = 28  # a day moved and said so: at most 4 weeks later, or 3 times the span
_EARLY_SHARE = 0.5  # a plan that ends before half the time asked has rushed it


def stated_deadline(plan: Plan) -> tuple[str, dt.date] | None:
    """The phrase and day the person asked to be done by (deadline answer first, else the goal
    text), when it is a date to come and not a span already lived."""
    assert plan.request is not None
    today = plan.created_at.date()
    answered = _answered_day(plan.request.answers.get("deadline", ""), today)
    if answered is not None:
        return answered if answered[1] > today else None
    for text in (plan.request.answers.get("deadline", ""), plan.request.goal_text):
        horizon = find_horizon(text) if text else None
        if horizon is None or horizon.kind not in _KINDS_THAT_BIND:
            continue
        if horizon.kind == "relative" and _LIVED_SPAN.match(horizon.phrase):
            return None
        if _STARTING.search(normalize(text).split(horizon.phrase)[0][-24:]):
            continue  # "starting jan 1": when they begin, not when they finish
        day = resolve_deadline(text, today)
        if day is not None:
            return (horizon.phrase, day) if day > today else None
    return None


def _answered_day(said: str, today: dt.date) -> tuple[str, dt.date] | None:
    """The day a bare deadline answer names, as the planner reads it ('april, so it can be
    installed over the summer' is 30 April): the person's last word on when, before the goal
    text's looser one ('by spring')."""
    if not said or find_horizon(said) is not None or _BEGINS.match(normalize(said)):
        return None  # the horizon reader below reads it, or it says when they begin
    clause = re.split(r"[,;.!?(\u2014-]", normalize(said))[0].strip()
    asked = f"by {clause}"
    horizon = find_horizon(asked)
    if horizon is None or horizon.kind not in _KINDS_THAT_BIND or horizon.kind == "relative":
        return None
    day = resolve_deadline(asked, today)
    return (clause, day) if day is not None else None


_BEGINS = re.compile(r"^\s*(?:start|starting|starts|begin|beginning|from)\b")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_SOON_DAYS = 62  # a yearless day this close may mean next year's, when the goal spans a year


def _next_years_day(plan: Plan, phrase: str, day: dt.date) -> bool:
    """'Read the whole Bible in a year', deadline 'dec 31' five weeks away: the plan keeps the
    day the person named, a year on, because their own span ('in a year') reaches it."""
    assert plan.request is not None
    start = plan.created_at.date()
    if _YEAR_IN.search(phrase) or (day - start).days > _SOON_DAYS:
        return False
    if plan.goal.deadline != day.replace(year=day.year + 1):
        return False
    span = find_horizon(plan.request.goal_text)
    if span is None or span.kind != "relative" or _LIVED_SPAN.match(span.phrase):
        return False
    reach = resolve_deadline(span.phrase, start)
    return reach is not None and (reach - day).days > _SOON_DAYS


def deadline_moved(plan: Plan) -> list[Finding]:
    """goal.deadline_ignored: the person named the day ('wear it on christmas day', 'race is
    early April'); the plan is due well after it, or rushes it into less than half the time."""
    if plan.request is None or (asked := stated_deadline(plan)) is None:
        return []
    phrase, day = asked
    start = plan.created_at.date()
    span = (day - start).days
    late = (plan.goal.deadline - day).days
    # a move the plan owns up to is fair when modest; 'end of the month' made 26 weeks is not
    stretched = late > max(_TOLD_SLACK_DAYS, 2 * span) and not _moved_by_their_money(plan)
    if (_said_moved(plan, phrase, day) and not stretched) or _next_years_day(plan, phrase, day):
        return []
    if late > max(7, _LATE_SLACK * span):
        how = f"{late} days after it"
    elif (plan.goal.deadline - start).days < _EARLY_SHARE * span and -late > 14:
        how = f"{-late} days before it, with less than half the time they gave"
    else:
        return []
    return [
        finding(
            "goal.deadline_ignored",
            "goal.deadline",
            f"The person asked for it '{phrase}' ({day}); the plan is due {plan.goal.deadline}, "
            f"{how}.",
            "Use the day the person gave; if it cannot be met, say so in the plan's "
            "assumptions and ask, rather than moving it.",
        )
    ]


def deadline_told(plan: Plan) -> str:
    """What the plan tells the person about its deadline, lower case (the moves it owns up to)."""
    return " ".join(a.text for a in plan.assumptions if a.key == "deadline").lower()


# "at your €600 a month ... 'by june' needs about €2,410 a month": the day their own amount
# reaches, with the sum their day would need, is arithmetic shown, not a stretch
_THEIR_MONEY_MOVE = re.compile(
    r"\bat your [^;]{1,40}\ba (?:month|week|fortnight)\b[^.]*\bneeds about\b"
)


def _moved_by_their_money(plan: Plan) -> bool:
    return bool(_THEIR_MONEY_MOVE.search(deadline_told(plan)))


def _said_moved(plan: Plan, phrase: str, day: dt.date) -> bool:
    """The plan tells the person it moved their day: an assumption about the deadline names
    the day or the words they used ('31 December is 5 weeks away, too short: planned to ...')."""
    told = deadline_told(plan)
    named = {phrase.lower(), f"{day.day} {day:%B}".lower(), f"{day:%B} {day.day}".lower()}
    return any(n in told for n in named)


# the time the person says is left: "we're at $380k with 7 weeks left", "22 months left"
_LEFT = re.compile(r"\b(\d{1,2})\s(days?|weeks?|months?)\s(?:left|to go|remaining)\b")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.4}
_LEFT_SLACK = 1.5  # half again the time left: a date answer written months apart may differ


def time_left_moved(plan: Plan) -> list[Finding]:
    """goal.deadline_ignored: the person says how much time is left ('7 weeks left'); the plan
    runs far past it (44 weeks) without saying so."""
    if plan.request is None or deadline_moved(plan):
        return []  # the day they named is already the finding
    said = normalize(" ".join([plan.request.goal_text, *plan.request.answers.values()]))
    m = _LEFT.search(said)
    if m is None:
        return []
    left = int(m.group(1)) * _UNIT_DAYS[m.group(2).rstrip("s")]
    span = (plan.goal.deadline - plan.created_at.date()).days
    if span <= _LEFT_SLACK * left + 14 or m.group(0) in _told(plan):
        return []
    return [
        finding(
            "goal.deadline_ignored",
            "goal.deadline",
            f"The person has '{m.group(0)}'; the plan is due {plan.goal.deadline}, "
            f"{span} days away.",
            "Plan inside the time left; if it cannot be met, say so in the plan's assumptions.",
        )
    ]


def _told(plan: Plan) -> str:
    return " ".join(a.text for a in plan.assumptions if a.key == "deadline").lower()


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_BY_DATE = re.compile(
    rf"\b(?:by|before|until)\s(?:\d{{1,2}}\s{_MONTH}(?:\s\d{{4}})?|{_MONTH}\s\d{{1,2}}(?:,?\s\d{{4}})?|"
    rf"\d{{4}}-\d\d-\d\d)\b",
    re.IGNORECASE,
)


def two_deadlines(plan: Plan) -> list[Finding]:
    """goal.two_deadlines: the statement names two days to be done by ('... by 12 October 2027,
    after scoring 80% by 1 September 2027'): the person cannot tell which one counts."""
    found = _BY_DATE.findall(plan.goal.statement)
    if len(found) < 2:
        return []
    return [
        finding(
            "goal.two_deadlines",
            "goal.statement",
            f"The goal names two deadlines ({found[0]!r}, {found[1]!r}).",
            "Keep one deadline in the goal; put the earlier step in a milestone.",
        )
    ]
