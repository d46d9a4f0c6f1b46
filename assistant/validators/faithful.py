"""Is the plan's goal the person's goal? Their stated numbers and rhythm must survive.

Runs on plans that carry the person's words (``plan.request``), whichever engine wrote them:
a number with a unit or money the person stated must appear in the goal statement or its
metric, and a rate ("5 miles each week") must stay a rate, never become a total.
"""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language import find_quantities, normalize
from assistant.language.prices import price_of_one
from assistant.language.quantities import MONEY_CODES, Quantity
from assistant.language.text import says_stones
from assistant.models import Finding, Plan
from assistant.validators.stated_target import bodyweight_multiple

_TIME_UNITS = re.compile(r"^(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|times?)\b")
_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# the deadline's own date: its day and year are not amounts the goal kept ("by 5 February 2027"
# does not keep "5 miles")
_DATE_RE = re.compile(
    r"\b\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{4}\b|"
    r"\b\d{4}-\d\d-\d\d\b",
    re.IGNORECASE,
)
_LEVEL_BEFORE = re.compile(
    r"\b(?:it'?s|its|currently|score is|is at|sits at)\s(?:about\s|around\s)?$"
)
# a bare number the person aims at or weighs: "down to under 6.5", "wants me under 200",
# "I weigh 225 now", "I think 195 by the end of summer"
_BARE_TARGET_BEFORE = re.compile(
    r"\b(?:down to|up to|under|below|weigh|weighs|weighed|from)\s(?:under\s|below\s)?$"
)
_BARE_TARGET_AFTER = re.compile(
    r"^\s(?:by|before)\s(?:the\s)?(?:end|spring|summer|fall|autumn|"
    r"winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
_ASKS_BY = re.compile(r"\b(?:weigh|weight|lbs?|kg|pounds|stone|a1c|score|under|below)\b")
_NAME_BEFORE = re.compile(r"soc|type|level|tier|stage|version|iso|ps|class|grade|step|phase|part")
_HEADCOUNT = re.compile(
    r"^(?:\w+\s)?(?:person|persons|people|staff|engineers?|devs?|developers?|volunteers?|"
    r"members?|employees?|designers?|writers?|reps?|teammates?|students?|kids?|children|of us|"
    r"adults?|agents?|players?|nurses?|teachers?|coaches?|parents?)\b"
    # the accounts a sum is spread over: "6k across two cards"
    r"|^(?:\w+\s)?(?:cards?|credit cards?|accounts?|loans?)$"
)
_RATE_WORDS = re.compile(
    r"\b(a|per|each|every|/)\s?(day|night|morning|week|month|paycheck|payday|year)\b|"
    r"\b(daily|nightly|weekly|monthly|yearly)\b"
)
# a habit done every day is a rate too ("walk the dog every day", "yoga every morning")
_DAILY_HABIT = re.compile(
    r"\b(?:every|each)\s(?:single\s)?(?:day|morning|night|evening)\b|\bdaily\b"
)
_AVERAGE = re.compile(r"\b(?:daily|weekly|monthly) average\b")
_TIME_RATE = re.compile(r"\b(hours?|hrs?|h|minutes?|mins?)\b")  # free time, not the goal's rate
_STATED_RATE = re.compile(
    r"\d[\d,.]*\s?k?\s?(?:[a-z$€£%]+\s){0,3}?(?:a|per|each|every|/)\s?"
    r"(day|night|morning|week|month|paycheck|payday)\b"
)


def _stated(q: Quantity, text: str) -> bool:
    number = f"{q.value:.10g}"
    forms = [re.escape(number), re.escape(f"{q.value:,.10g}")]
    if q.value >= 1000 and _money_said(q, text):  # "$9k", "a 25k budget": 9000, 25000
        forms.append(rf"[$£€]?{re.escape(f'{q.value / 1000:.10g}')}k\b")
    if not re.search(rf"(?<![a-z\d.,])(?:{'|'.join(forms)})", text):
        return False  # part of a name ("B1 German", "PS5"), not an amount the person stated
    if q.kind in {"money", "percent"}:
        return True
    before = text[: q.span[0]].split()[-1:] or [""]
    if _NAME_BEFORE.fullmatch(before[0]) or _HEADCOUNT.match(q.unit):
        return (
            False  # "SOC 2 type 1", "level 3"; "a 3 person team", "2 staff": not the goal's measure
        )
    if not q.unit:  # a bare level the person is at: "it's 588 right now", "currently 142"
        near = text[max(0, q.span[0] - 20) : q.span[0]]
        after = re.sub(r"^[\d,.]+", "", text[q.span[0] :])
        return bool(
            _LEVEL_BEFORE.search(near)
            or _BARE_TARGET_BEFORE.search(near)
            or (_BARE_TARGET_AFTER.match(after) and _ASKS_BY.search(text[: q.span[0]]))
        )
    return not _TIME_UNITS.match(q.unit)


_MONEY_WORDS = re.compile(
    r"^\s?(?:budget|left|saved|savings|debt|owed|loan|income|salary|a year|a month|"
    r"per year|per month|in savings|in debt|down ?payment|deposit|fund)\b"
)
_ACCOUNT = re.compile(r"^(?:401|403|457)k", re.IGNORECASE)  # retirement accounts, not sums


def _money_said(q: Quantity, text: str) -> bool:
    """Was a thousands shorthand ('9k') said as money: a currency sign, or a money word after."""
    said = text[q.span[0] : q.span[1] + 1]
    if _ACCOUNT.match(said.lstrip("$£€ ")):
        return False
    after = re.sub(r"^[^\s]*", "", text[q.span[0] :], count=1)
    return q.kind == "money" or bool(_MONEY_WORDS.match(after))


# a later sentence that only tells the story ("I have a collection and 2 late payments from
# 2021") holds facts about the person, not the measure of their goal
_SENTENCE = re.compile(r".+?(?:[.!?](?=\s|$)|$)", re.DOTALL)
_ASKS = re.compile(
    r"\b(?:want|wants|need|needs|goal|aim|target|hope|plan|trying|try|like to|get|reach|hit|"
    r"under|below|above|over|at least|down to|up to|by|per|a day|a week|a month|every|each)\b"
)


def _story_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences after the first that ask for nothing."""
    spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    return [(a, b) for a, b in spans[1:] if not _ASKS.search(text[a:b])]


def _story_only(q: Quantity, unit: str, story: list[tuple[int, int]]) -> bool:
    """A fact told in a story sentence, in another measure than the goal's: money owed or saved
    and a level in the goal's own unit ('never more than 4 miles') stay the goal's measure."""
    if q.kind == "money" or not any(a <= q.span[0] < b for a, b in story):
        return False
    return normalize(q.unit)[:3] != normalize(unit)[:3]


def _numbers(plan: Plan) -> set[float]:
    statement = _DATE_RE.sub(" ", plan.goal.statement)
    if says_stones(statement):  # "15 st 4 lb" keeps the 214 lb the person's 15st 4 reads as
        statement = f"{statement} {normalize(statement)}"
    found = {float(n.replace(",", "")) for n in _NUMBER_RE.findall(statement)}
    metric = plan.goal.metric
    found |= {v for v in (metric.target, metric.baseline) if v is not None}
    return found


def validate_faithful(plan: Plan) -> list[Finding]:
    if plan.request is None:
        return []
    return [
        *_goal_drift(plan),
        *_clock_drift(plan),
        *_multiple_drift(plan),
        *_time_drift(plan),
        *baseline_ignored(plan),
    ]


# a target stated as months of a monthly amount: "3 months of expenses, about 3200/mo"
_MONTHS_OF = re.compile(
    r"\b(\d{1,2})\s(?:months?|mo)(?:'s|s')?\s(?:of\s|worth of\s)?(?:our\s|my\s)?"
    r"(?:living\s)?(?:expenses|spending|bills|costs|salary|income|rent|pay)\b"
)
_MONTHLY = re.compile(
    r"\$?(\d[\d,]*(?:\.\d+)?)(k)?\s?(?:/\s?mo(?:nth)?\b|a month\b|per month\b|each month\b|"
    r"monthly\b)"
)


def _multiple_drift(plan: Plan) -> list[Finding]:
    """goal.drift: the person sized the goal as months of a monthly amount ('3 months of
    expenses, about 3200/mo'); the plan's goal is not that product ($9,600)."""
    assert plan.request is not None
    said = normalize(f"{plan.request.goal_text} . {plan.request.answers.get('baseline', '')}")
    months, monthly = _MONTHS_OF.search(said), _MONTHLY.search(said)
    if not months or not monthly:
        return []
    amount = float(monthly.group(1).replace(",", "")) * (1000 if monthly.group(2) else 1)
    whole = int(months.group(1)) * amount
    if not amount or any(abs(v - whole) <= 0.05 * whole for v in _numbers(plan)):
        return []
    return [
        finding(
            "goal.drift",
            "goal.metric.target",
            f"The person asked for '{months.group(0)}' at about {amount:,.0f} a month, "
            f"{whole:,.0f} in all; the plan's goal does not hold that amount.",
            "Multiply it out and keep the whole amount as the goal's target.",
        )
    ]


_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d\d))?\s?(am|pm)\b|\b(\d{1,2}):(\d\d)\b")
# where the ask ends and the story begins: "stop napping at 4pm, ..." / "..., I eat at 10pm"
_ASK_END = re.compile(r"[,.;!?()\u2014]|\b(?:because|since|but|so that|and i|i'm|im|i've)\b")


_AT_HOUR = re.compile(r"\b(?:by|at|past|before|after|until|till|til)\s(\d{1,2})\b(?![.,:]?\d)")


def _hours(text: str) -> set[int]:
    """The hours of the clock times in a text, on a 12-hour dial ('11pm', '23:00' -> 11)."""
    return {int(m.group(1) or m.group(4)) % 12 for m in _CLOCK.finditer(normalize(text))}


def _clock_drift(plan: Plan) -> list[Finding]:
    """goal.drift: the ask names a time of day ('asleep by 11pm', 'stop working past 6pm'); the
    plan's goal drops it ('Sleep 7 hours a night')."""
    assert plan.request is not None
    ask = _ASK_END.split(normalize(plan.request.goal_text), maxsplit=1)[0]
    said = _hours(ask)
    statement = _DATE_RE.sub(" ", plan.goal.statement)
    kept = _hours(statement) | {int(n) % 12 for n in _AT_HOUR.findall(normalize(statement))}
    lost = said - kept
    if not lost:
        return []
    return [
        finding(
            "goal.drift",
            "goal.statement",
            f"The person asked for a time of day ('{ask.strip()[:60]}'); the plan's goal "
            "does not keep it.",
            "Keep the person's time in the goal ('asleep by 11pm on 5 weeknights'), measured "
            "as the nights or days it holds.",
        )
    ]


# what money costs or an offer's rate ('29.99% apr', 'a 0% balance transfer', '0% finance')
_INTEREST = re.compile(
    r"%\s?(?:apr|apy|aer|interest|balance transfer|bt|intro|introductory|finance|financing|"
    r"deal|offer|card|loan|mortgage|rate|fixed|variable)\b"
)


_SPENT_BEFORE = re.compile(
    r"\b(?:spend|spends|spending|spent|costs?|costing|paying|blow|blowing|waste|wasting|"
    r"drop|dropping)\b(?:\s(?:like|about|around|maybe|roughly|over|almost))?\s?$"
)


# money a job done themselves avoids: "don't want a garage quote of £600", "instead of paying
# a plumber 300", "the mechanic quoted me $900"
_AVOIDED_BEFORE = re.compile(
    r"\b(?:quotes?|quoted(?: me| us)?|bill|charges?|charged(?: me| us)?|charging|fee|estimate|"
    r"(?:shop|garage|mechanic|plumber|electrician|builder|tradesman|handyman) (?:wants|asks))\b"
    r"(?:\s(?:of|for|is|was|at))?"
    r"(?:\s(?:like|about|around|over|almost))?\s?$"
    r"|\b(?:instead of|rather than)\s(?:paying|pay)\b[^.;!?]{0,25}$"
)


def _spent_now(q: Quantity, text: str, unit: str) -> bool:
    """Money the person spends now, or a price a job done themselves avoids, said as the reason
    for a goal not measured in money."""
    if q.kind != "money" or unit in MONEY_CODES:
        return False
    before = text[max(0, q.span[0] - 40) : q.span[0]]
    return bool(_SPENT_BEFORE.search(before[-30:]) or _AVOIDED_BEFORE.search(before))


# what the person puts toward a total goal, not the goal: "I can put £250 a month at it",
# "we could afford 300 a month", "setting aside $150 every payday"
_MEANS_BEFORE = re.compile(
    r"\b(?:can|could|will|'ll|able to|plan to|going to|want to)\s(?:only\s|probably\s|maybe\s)?"
    r"(?:put|pay|afford|save|set aside|throw|spare|manage|chuck|put away|stick|send)\b[^.;!?]{0,20}$"
    r"|\b(?:setting|putting|paying|throwing|chucking|sending) (?:aside |away )?(?:about |around |like )?$"
)


def _means(at: int, text: str) -> bool:
    """Money said as what they can give toward a total goal ('I can put £250 a month at it')."""
    return bool(_MEANS_BEFORE.search(text[max(0, at - 45) : at].rstrip("$£€¥₹₦")))


def _interest(q: Quantity, text: str) -> bool:
    """An interest rate ('29.99% apr') or an offer's rate ('a 0% balance transfer') is what
    money costs, not a measure of the goal."""
    return q.kind == "percent" and bool(_INTEREST.search(text[q.span[0] : q.span[1] + 22]))


def _goal_drift(plan: Plan) -> list[Finding]:
    assert plan.request is not None
    text = normalize(plan.request.goal_text)
    have = _numbers(plan)
    story = _story_spans(text)
    lifted = bodyweight_multiple(text)
    out: list[Finding] = []
    for q in find_quantities(text):
        if lifted and q.value == lifted[1] and any(abs(v - lifted[0] * q.value) < 1 for v in have):
            continue  # "1.5x my bodyweight (I'm 72kg)" kept as 108 kg
        if _story_only(q, plan.goal.metric.unit, story) or _interest(q, text):
            continue  # "the worst one is at 29.99% apr": what the debt costs, not its measure
        if price_of_one(text, q):
            continue  # "like KSh 900 each time": what one order costs, a reason, not the measure
        if _spent_now(q, text, plan.goal.metric.unit):
            continue  # "cook at home ... we spend like £80 a week on deliveroo": the reason
        if (
            q.kind == "money"
            and _means(q.span[0], text)
            and _RATE_WORDS.search(text[q.span[1] : q.span[1] + 12])
        ):
            continue  # "pay off £3,200, I can put £250 a month at it": the means, not the goal
        if _stated(q, text) and not any(abs(q.value - v) < 1e-6 for v in have):
            if _rounded_start(q.value, plan.goal.metric.baseline):
                continue
            shown = f"{q.value:,.10g}" + (f" {q.unit}" if q.unit and q.kind == "amount" else "")
            out.append(
                finding(
                    "goal.drift",
                    "goal.statement",
                    f"The person said {shown!r}; the plan's goal does not keep it.",
                    "Keep the person's number in the goal statement or its metric "
                    "(target or starting point); sharpen it, never swap it.",
                )
            )
    rates = [
        m
        for m in _STATED_RATE.finditer(text)
        if not _TIME_RATE.search(m.group(0)) and not _means(m.start(), text)
    ]
    rates += list(_DAILY_HABIT.finditer(text))
    # "on the weekly average" smooths a reading; it does not keep a rate
    statement = _AVERAGE.sub(" ", plan.goal.statement.lower())
    if rates and not _RATE_WORDS.search(statement):
        out.append(
            finding(
                "goal.drift",
                "goal.statement",
                "The person stated a rate (per day, week or month); the plan's goal reads as a "
                "total.",
                "Keep the rhythm: '5 miles a week, 4 weeks in a row', not '5 miles by February'.",
            )
        )
    return out


ROUNDED = 0.03  # 588 started at 600: a starting level rounded, not a changed one


def _rounded_start(said: float, baseline: float | None) -> bool:
    """A level of 100 or more the plan starts from, rounded to a round figure (588 -> 600)."""
    return baseline is not None and said >= 100 and abs(said - baseline) <= ROUNDED * said


_LEVEL = re.compile(r"(?<![\w.$])\$?(\d[\d,]*(?:\.\d+)?)(k\b)?")


def _levels(text: str) -> set[float]:
    """The amounts in a text ('310 lbs', '$5k', '4-5 hrs'), without zeros and calendar years."""
    out = set()
    for m in _LEVEL.finditer(normalize(text)):
        value = float(m.group(1).replace(",", "")) * (1000 if m.group(2) else 1)
        if value and not (m.group(2) is None and 1900 <= value <= 2100 and value.is_integer()):
            out.add(value)
    return out


# how long they have been at it, not where they stand: "for 2.5 years", "since 6 months"
_SPAN_LIVED = re.compile(
    r"\b(?:for|since|over|after|in the last|in the past)\s(?:about\s|nearly\s|almost\s|over\s|"
    r"like\s)?\d+(?:\.\d+)?\s?(?:years?|yrs?|months?|mos?)\b"
)


# time since they last did it: the start is zero, whatever the number of months
_GONE = re.compile(r"\b(?:haven'?t|have not|hasn'?t|has not|not since|stopped|gave up|ago)\b")
_SPAN_ANY = re.compile(r"\b\d+(?:\.\d+)?\s?(?:years?|yrs?|months?|mos?|weeks?|wks?)\b")


def baseline_ignored(plan: Plan) -> list[Finding]:
    """goal.baseline_ignored: the person gave their starting point in numbers; the plan starts
    from zero and uses none of them ('310 lbs, use a cane' -> 'Starting point: zero')."""
    if plan.request is None:
        return []
    said = plan.request.answers.get("baseline", "")
    plain = _SPAN_LIVED.sub(" ", normalize(said))  # "mid level for 2.5 years": no level
    if _GONE.search(plain):  # "haven't been since I got pregnant, so about 18 months": zero
        plain = _SPAN_ANY.sub(" ", plain)
    stated = _levels(plain)
    if not stated or plan.goal.metric.baseline:
        return []
    texts = [plan.goal.statement, *(m.title for m in plan.milestones)]
    texts += [f"{t.title} {t.done_when}" for t in plan.tasks()]
    used = set().union(*(_levels(t) for t in texts))
    for metric in [plan.goal.metric, *(m.metric for m in plan.milestones)]:
        used |= {v for v in (metric.target, metric.baseline) if v is not None}
    if stated & used:
        return []
    return [
        finding(
            "goal.baseline_ignored",
            "goal.metric.baseline",
            f"The person gave their starting point ('{said.strip()[:80]}'); the plan starts "
            "from zero and uses none of its numbers.",
            "Start the metric and the first milestone from where the person is, in the goal's "
            "unit; if their measure differs, convert it or ask.",
        )
    ]


_MINUTES_IN = {"minutes?|mins?": 1.0, "hours?|hrs?|h": 60.0}
_TIME_SAID = re.compile(r"(?<![\d.:])(\d+(?:\.\d+)?)\s?(hours?|hrs?|h|minutes?|mins?)\b")
# time the person has, not the goal's measure: "I have 2 hours", "30 min a day free"
_TIME_FREE_BEFORE = re.compile(r"\b(?:have|got|spare|free|only|max|maximum|up to|about)\s$")
_TIME_FREE_AFTER = re.compile(
    r"^\s?(?:a|per|each|every|/)\s?(?:day|week|weekday|weekend|month)\b|^\s?(?:free|spare|"
    r"to spare|max|tops|ago)\b"
)


def _in_minutes(unit: str) -> float | None:
    u = normalize(unit).strip()
    return next((f for k, f in _MINUTES_IN.items() if re.fullmatch(k, u)), None)


def _time_drift(plan: Plan) -> list[Finding]:
    """goal.drift: the goal is measured in time (hours of sleep, minutes of practice) and the
    person asked for an amount of it ('get 7 hours'); the plan's goal holds another one."""
    assert plan.request is not None
    per = _in_minutes(plan.goal.metric.unit)
    if per is None:
        return []
    text = normalize(plan.request.goal_text)
    story = _story_spans(text)
    have = {round(v * per, 3) for v in _numbers(plan)}
    for m in _TIME_SAID.finditer(text):
        if any(a <= m.start() < b for a, b in story):
            continue
        if _TIME_FREE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if _TIME_FREE_AFTER.match(text[m.end() : m.end() + 12]):
            continue
        said = float(m.group(1)) * (_in_minutes(m.group(2)) or 1.0)
        if any(abs(said - v) < 1e-6 for v in have):
            continue
        return [
            finding(
                "goal.drift",
                "goal.metric.target",
                f"The person asked for '{m.group(0)}'; the plan's goal measures "
                f"{plan.goal.metric.unit} but does not keep it "
                f"(target {plan.goal.metric.target:g}).",
                "Keep the person's amount of time as the goal's target; sharpen it, never swap it.",
            )
        ]
    return []
