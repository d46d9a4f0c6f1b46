"""The money a person says they can put toward a goal each month ("$600 a month", "$200 left
each month after bills"): their amount is the plan's transfer, never replaced by the sum the
target would need; a gap between the two is said, not hidden."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import TYPE_CHECKING

from assistant.language import normalize
from assistant.language.feasts import feast_day
from assistant.language.quantities import CURRENCY_AFTER, MONEY_SIGN, SIGN, Quantity
from assistant.playbooks import MONEY_UNITS, fmt_value
from assistant.understanding.currency import currency_in
from assistant.understanding.interest import apr_said, months_to_clear, paid_by, payment_to_clear
from assistant.understanding.rhythm import Rhythm, read_rhythm

if TYPE_CHECKING:
    from assistant.understanding.facts import Understanding

# "$400", "£150", "€200", "₦50,000", "rs 5000": an amount in any currency the person uses
_AMOUNT = (
    r"(?:" + MONEY_SIGN + r")?\s?(\d[\d,]*(?:\.\d+)?)(k)?"
    r"(?:\s?(?:-|to)\s?(?:" + MONEY_SIGN + r")?(\d[\d,]*(?:\.\d+)?)(k)?)?"
)
_PER = (
    r"\s?(?:(?:pounds|" + CURRENCY_AFTER + r")\s?)?"
    r"(?:extra\s|more\s|left\s|spare\s|free\s|total\s|aside\s|away\s|by\s)?"
    r"(?:/\s?mo(?:nth)?\b|(?:a|per|each|every)\s(month|mo|week|wk|fortnight|paycheck|payday|"
    r"pay ?check)\b|monthly\b|weekly\b|biweekly\b|fortnightly\b|every (?:two|2) weeks\b)"
)
_RATE_RE = re.compile(_AMOUNT + _PER)
_PER_MONTH = {"week": 52 / 12, "wk": 52 / 12, "paycheck": 26 / 12, "payday": 26 / 12}
_PER_MONTH |= {"pay check": 26 / 12, "weekly": 52 / 12, "biweekly": 26 / 12}
_PER_MONTH |= {"fortnight": 26 / 12, "fortnightly": 26 / 12, "two weeks": 26 / 12}
# how a pay rhythm is said back to them ("$1,500 a fortnight")
_SAID_PER = {"week": "a week", "wk": "a week", "weekly": "a week", "fortnight": "a fortnight"}
_SAID_PER |= {
    "fortnightly": "a fortnight",
    "two weeks": "every two weeks",
    "biweekly": "every two weeks",
}
_SAID_PER |= {"paycheck": "a paycheck", "pay check": "a paycheck", "payday": "a payday"}
# words that make an amount a cost or an income, not money free for the goal
_NOT_FREE_RE = re.compile(
    r"\b(?:minimums?|rent|mortgage|expenses|costs?|take[- ]?home|income|salary|make|makes|earn|"
    r"earns?|spend|spending|spent|paying|payments?|bills? (?:are|is|come)|was|used to|before)\b"
)
# words that make it money they can give the goal ("I can put", "left after bills", "extra")
_FREE_RE = re.compile(
    r"\b(?:can|could|able|afford|put|putting|save|saving|set aside|stash|left|spare|extra|"
    r"toward|towards|budget for|do|manage|free|throw|throwing|chuck|chucking|at (?:it|them))\b"
)


def monthly_amount(text: str, *, asked: bool = False) -> float | None:
    """Money a month the text says is free for the goal; ``asked`` when the text answers the
    question about what the person can give (then an amount a month needs no "I can")."""
    said = amount_per_pay(text, asked=asked)
    return round(said[0] * _PER_MONTH.get(said[1], 1.0), 2) if said else None


# "idk maybe 200", "about 300?": a bare number, nothing else said about it
_BARE_RE = re.compile(
    r"^(?:(?:idk|i don'?t know|not sure|dunno|maybe|perhaps|about|around|roughly|like|probably|"
    r"prob|approx|~|,|\.|\s)\s?)*"
    + SIGN
    + r"\s?(\d[\d,]*(?:\.\d+)?)\s?(k)?(?:\s?(?:ish|or so|max|tops|\?|\.|!))*$"
)
_BARE_LEAST = 50  # under it a bare number may be hours or sessions, not money


def bare_amount(text: str) -> float | None:
    """The amount in an answer about what they can give a money goal that is only a number
    ("idk maybe 200"): money a month, since the goal counts money and no time unit is said."""
    m = _BARE_RE.match(normalize(text).strip())
    if m is None:
        return None
    value = _number(m.group(1), m.group(2))
    return value if value >= _BARE_LEAST else None


def bare_money(u: Understanding, answers: dict[str, str]) -> float | None:
    """Money a month from a capacity answer that is only a number, for a goal that saves or
    pays off a sum (never for one counted in hours or one kept up at a rate)."""
    pb = u.playbook
    if not pb.money or u.rate_period or u.reducing or pb.lower_is_better:
        return None
    if u.unit not in MONEY_UNITS:
        return None
    return bare_amount(str(answers.get("capacity") or ""))


_MORE_RE = re.compile(
    r"\b(?:maybe|up to|sometimes|or|some months|more like)\s"
    + SIGN
    + r"\s?(\d[\d,]*(?:\.\d+)?)(k)?\b"
)


def upper_amount(text: str, per_month: float, period: str) -> float | None:
    """A higher amount a month the same answer offers ("£150 a month, maybe £200 some
    months"): £200, in money a month; None when none is said."""
    for m in _MORE_RE.finditer(normalize(text)):
        value = _number(m.group(1), m.group(2)) * _PER_MONTH.get(period, 1.0)
        if per_month < value <= per_month * 3:
            return value
    return None


def period_of(text: str, per_month: float) -> str:
    """The pay rhythm ("fortnight") in which ``text`` gave the amount ``per_month`` a month."""
    said = amount_per_pay(text, asked=True)
    if said is None or abs(said[0] * _PER_MONTH.get(said[1], 1.0) - per_month) > 1:
        return "month"
    return said[1]


def pay_words(period: str) -> str:
    """A pay rhythm as it is said back to the person ("a fortnight"); "a month" by default."""
    return _SAID_PER.get(period, "a month")


def per_pay(monthly: float, period: str) -> float:
    """A monthly amount in the person's own pay rhythm (a month's $3,250 is $1,500 a fortnight)."""
    return monthly / _PER_MONTH.get(period, 1.0)


def amount_per_pay(text: str, *, asked: bool = False) -> tuple[float, str] | None:
    """(the amount, its period as said: "month", "fortnight", "week") of money the text says
    is free for the goal; see ``monthly_amount``."""
    s = normalize(text)
    for m in _RATE_RE.finditer(s):
        before = s[max(0, m.start() - 30) : m.start()]
        after = s[m.end() : m.end() + 12]
        near = f"{before} {m.group(0)} {after}"
        free = _FREE_RE.search(near)
        if _NOT_FREE_RE.search(re.split(r"[,;]", before)[-1] + " " + after) and not free:
            continue
        if not (asked or free):
            continue
        low = _number(m.group(1), m.group(2) or m.group(4))
        if low <= 0:
            continue
        period = (m.group(5) or _word_period(m.group(0)) or "month").strip()
        return low, "month" if period == "mo" else period
    return None


def _number(digits: str, k: str | None) -> float:
    value = float(digits.replace(",", ""))
    return value * 1000 if k else value


def _word_period(phrase: str) -> str | None:
    m = re.search(r"\b(biweekly|weekly|fortnightly|(?:two|2) weeks)\b", phrase)
    return ("two weeks" if m.group(1).endswith("weeks") else m.group(1)) if m else None


def months_to_reach(remaining: float, per_month: float) -> int:
    """Whole months the stated amount a month takes to cover ``remaining``."""
    return max(1, math.ceil(remaining / per_month - 1e-9))


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months on (the 31st becomes the month's last day)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    return day


EVENT_RE = re.compile(
    r"\b(?:wedding|trip|flight|closing|closes|move|moving|baby|due|birthday|graduation|"
    r"christmas|holiday|vacation|honeymoon|tuition|semester|surgery)\b"
)
_N_MONTHS_FUND_RE = re.compile(
    r"\b(\d{1,2}|three|four|six|nine|twelve)[- ]months?(?:'s?|')?\s(?:worth\s)?(?:of\s)?"
    r"(?:an?\s)?(?:emergency|rainy[- ]day|cushion|buffer|safety|runway|savings|reserve)"
)
_EXPENSES_RE = re.compile(
    r"\b(?:expenses|costs|bills|spending|spend|outgoings|burn|living costs)\b[^,;\d$]{0,20}?"
    r"\$?(\d[\d,]*(?:\.\d+)?)(k)?\s?(?:a|/|per|each)\s?mo(?:nth)?\b"
)
_SAVED_RE = re.compile(
    r"\$?(\d[\d,]*(?:\.\d+)?)(k)?\s(?:in\s|saved|put away|set aside|in the bank|in savings)"
)
_N_WORDS = {"three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12}


def months_of_expenses(goal: str, said: str) -> tuple[float, float | None] | None:
    """(the fund's target, what is saved) from "a 6 month emergency fund" and "expenses are
    roughly 3.8k a month, about 4k in savings"; None unless both the months and the monthly
    expenses are said."""
    fund = _N_MONTHS_FUND_RE.search(normalize(goal))
    text = normalize(f"{goal} . {said}")
    costs = _EXPENSES_RE.search(text)
    if fund is None or costs is None:
        return None
    n = _N_WORDS.get(fund.group(1)) or int(fund.group(1))
    saved = _SAVED_RE.search(normalize(said))
    have = _number(saved.group(1), saved.group(2)) if saved else None
    return n * _number(costs.group(1), costs.group(2)), have


_LONGEST_MONTHS = 120  # past ten years a monthly amount is no plan: the date stays, the gap is said


def fit_to_money(
    u: Understanding,
    per_month: float,
    hedged: bool,
    event: bool,
    period: str = "month",
    upper: float | None = None,
) -> None:
    """Set the plan's money a month to what the person said, and its date to match: an
    assumed or hedged date moves to when their amount gets there; a firm date stays, and the
    gap between their amount and the one it needs is noted, with the amount that meets it.
    ``event``: the date is a day that will not move (a wedding, a closing); ``period``: their
    pay rhythm ("fortnight"), in which amounts are said back."""
    months_left = max((u.deadline - u.today).days / 30.44, 0.5)
    money = u.unit if u.unit in MONEY_UNITS else currency_in(u.text) or "USD"  # not "checks"
    yours = f"your {fmt_value(round(per_pay(per_month, period)), money)} {pay_words(period)}"
    if "metric" not in u.stated and "deadline" in u.stated and not u.playbook.owed_is_target:
        # no sum named ("save more"): the sum is what their own amount makes by their date
        u.target = (u.baseline or 0) + round(per_month * max(1, round(months_left)))
        u.notes["metric_paced"] = (
            f"Success is measured by {u.metric_name}: {u.value(u.target)}, what {yours} makes "
            f"by {u.deadline:%d %B %Y} (you named no sum)"
        )
    remaining = u.target - (u.baseline or 0)
    if remaining <= 0:
        return
    apr = owed_apr(u)
    needed = payment_to_clear(remaining, months_left, apr) if apr else remaining / months_left
    u.money_per_month = per_month  # their amount, also when it is more than the date needs
    u.money_period = period
    cleared = months_to_clear(remaining, per_month, apr) if apr else None
    months = cleared or months_to_reach(remaining, per_month)
    if apr and cleared is None:  # the payment never passes the interest: no date reaches it
        months = _LONGEST_MONTHS + 1
    reach = add_months(u.today, min(months, _LONGEST_MONTHS))
    if per_month >= needed * 0.97:
        loose = "deadline" not in u.stated or hedged
        if loose and per_month > needed * 1.1 and reach < u.deadline:
            key = "deadline" if "deadline" in u.stated else "deadline_pace"
            sooner = f"{yours} gets there sooner"
            u.notes.setdefault(
                key, sooner if key == "deadline_pace" else sooner[0].upper() + sooner[1:]
            )
            if "deadline" in u.stated:  # their date, moved by their own amount: kept there
                u.stated.add("deadline_moved")
            u.stated.discard("deadline")
            u.deadline = max(reach, u.today + dt.timedelta(weeks=13))
        return
    # a date kept only when it is firm and near their amount, or the day of an event
    firm = "deadline" in u.stated and not hedged and (per_month * 2 >= needed or event)
    paid = paid_by(remaining, per_month, months_left, apr) if apr else per_month * months_left
    by_then = u.value(round((u.baseline or 0) + paid, -2))
    interest = f" at {apr * 100:g}% APR" if apr else ""
    meets = f"{u.money(math.ceil(per_pay(needed, period) / 10) * 10)} {pay_words(period)}"
    again = next_feast(u.text, u.deadline, reach) if months <= _LONGEST_MONTHS else None
    if again is not None and "deadline" in u.stated and per_month * 2 < needed:
        # "by christmas" four weeks away at £200 a month: the feast comes round again
        u.notes["deadline"] = (
            f"At {yours}{interest}, {u.deadline:%d %B %Y} reaches about {by_then}; planned to "
            f"{again:%d %B %Y}, the first one your amount reaches"
        )
        u.stated.discard("deadline")
        u.stated.add("deadline_moved")
        u.deadline = again
        return
    if firm or months > _LONGEST_MONTHS:
        u.notes["money"] = (
            f"At {yours}{interest} you reach about {by_then} by "
            f"{u.deadline:%d %B %Y}; {u.value(u.target)} by then needs about {meets}"
            + (
                f", or until about {reach:%B %Y} at your amount"
                if months <= _LONGEST_MONTHS
                else ""
            )
        )
        return
    if "deadline" in u.stated:
        u.notes["deadline"] = (
            f"At {yours}{interest}, {u.deadline:%d %B %Y} reaches about {by_then}"
            + (f"; the interest makes it about {months} months" if apr else "")
            + f"; {u.value(u.target)} by your date needs about {meets}; at your amount it is "
            f"about {reach:%B %Y}" + _at_upper(u, remaining, upper, period, apr)
        )
        u.stated.discard("deadline")
        u.stated.add("deadline_moved")  # moved to where their own amount gets: kept there
    else:
        u.notes["deadline_pace"] = f"{yours} takes about {months} months{interest}"
    again = next_feast(u.text, u.deadline, reach)
    if again is not None and "deadline" in u.notes:  # "by christmas": the next christmas
        u.notes["deadline"] += f"; planned to {again:%d %B %Y}, the first one your amount reaches"
    named = named_day_again(u.said or u.text, u.deadline, reach) if again is None else None
    if named is not None and "deadline" in u.notes:  # "31 dec": 31 December a year on
        u.notes["deadline"] += f"; planned to {named:%d %B %Y}, your day a year on"
    u.deadline = again or named or reach


NAMED_AGAIN_DAYS = 92  # the day named comes round within a quarter of the amount getting there


def named_day_again(said: str, day: dt.date, reach: dt.date) -> dt.date | None:
    """The day the person named, a year on, when their amount gets there shortly before it
    ('£3,000 by 31 dec' at £250 a month: 31 December 2027, never the November the money
    reaches); None when no month or year's end was named, a year was given, or the day a
    year on lies far past where the money gets."""
    s = said.lower()
    if re.search(r"\b20\d\d\b", s):
        return None
    month = f"{day:%B}".lower()
    year_end = (day.month, day.day) == (12, 31) and re.search(
        r"\b(?:end of (?:the |this )?year|year'?s? end|year-end|new year)\b", s
    )
    if not (re.search(rf"\b{month[:3]}(?:{month[3:]}|\.)?\b", s) or year_end):
        return None
    try:
        again = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        again = day.replace(year=day.year + 1, day=28)
    return again if 0 <= (again - reach).days <= NAMED_AGAIN_DAYS else None


def next_feast(text: str, day: dt.date, reach: dt.date) -> dt.date | None:
    """The next time the feast the goal names comes round on or after ``reach``, when ``day``
    is that feast ('save £3,000 by christmas' at £250 a month: Christmas 2027, never the
    October the money gets there); None when the goal names no feast on that day or gives
    its year."""
    said = text.lower()
    if re.search(r"\b20\d\d\b", said) or feast_day(said, day - dt.timedelta(days=1)) != day:
        return None
    again = feast_day(said, reach - dt.timedelta(days=1))
    return again if again is not None and (again - reach).days < 366 else None


def _at_upper(
    u: Understanding, remaining: float, upper: float | None, period: str, apr: float | None
) -> str:
    """ "; at £200 a month, about December 2027": the higher amount they offered, dated."""
    if not upper:
        return ""
    months = months_to_clear(remaining, upper, apr) if apr else months_to_reach(remaining, upper)
    if months is None or months > _LONGEST_MONTHS:
        return ""
    pay = f"{u.money(round(per_pay(upper, period)))} {pay_words(period)}"
    return f", or about {add_months(u.today, months):%B %Y} at {pay}"


def owed_apr(u: Understanding) -> float | None:
    """The APR a debt goal states ("APR is like 24%"), else None (and None for other goals)."""
    if not u.playbook.owed_is_target:
        return None
    return apr_said(" ".join((u.text, u.baseline_said)))


def pace_beside_total(
    text: str, rhythm: Rhythm, target: Quantity | None, start: Quantity | None
) -> bool:
    """A money total with a much smaller amount a month beside it ("save £6k, I put away £200
    a month now"): the month belongs to the pace, so the total stays a total. ``text`` is the
    goal without its "also ..." parts."""
    return bool(
        rhythm.period
        and target is not None
        and start is not None
        and target.value >= 6 * start.value
        and read_rhythm(text, target).period is None
    )
