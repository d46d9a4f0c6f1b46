"""The money a person says they can put toward a goal each month ("$600 a month", "$200 left
each month after bills"): their amount is the plan's transfer, never replaced by the sum the
target would need; a gap between the two is said, not hidden."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import TYPE_CHECKING

from assistant.language import normalize
from assistant.language.quantities import Quantity
from assistant.understanding.interest import apr_said, months_to_clear, paid_by, payment_to_clear
from assistant.understanding.rhythm import Rhythm, read_rhythm

if TYPE_CHECKING:
    from assistant.understanding.facts import Understanding

_AMOUNT = r"\$?\s?(\d[\d,]*(?:\.\d+)?)(k)?(?:\s?(?:-|to)\s?\$?(\d[\d,]*(?:\.\d+)?)(k)?)?"
_PER = (
    r"\s?(?:dollars\s|bucks\s|usd\s)?(?:extra\s|more\s|left\s|spare\s|free\s|total\s)?"
    r"(?:/\s?mo(?:nth)?\b|(?:a|per|each|every)\s(month|mo|week|wk|paycheck|payday|pay ?check)\b"
    r"|monthly\b|weekly\b|biweekly\b)"
)
_RATE_RE = re.compile(_AMOUNT + _PER)
_PER_MONTH = {"week": 52 / 12, "wk": 52 / 12, "paycheck": 26 / 12, "payday": 26 / 12}
_PER_MONTH |= {"pay check": 26 / 12, "weekly": 52 / 12, "biweekly": 26 / 12}
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
        return round(low * _PER_MONTH.get(period, 1.0), 2)
    return None


def _number(digits: str, k: str | None) -> float:
    value = float(digits.replace(",", ""))
    return value * 1000 if k else value


def _word_period(phrase: str) -> str | None:
    m = re.search(r"\b(biweekly|weekly)\b", phrase)
    return m.group(1) if m else None


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


def fit_to_money(u: Understanding, per_month: float, hedged: bool, event: bool) -> None:
    """Set the plan's money a month to what the person said, and its date to match: an
    assumed or hedged date moves to when their amount gets there; a firm date stays, and the
    gap between their amount and the one it needs is noted. ``event``: the date is a day
    that will not move (a wedding, a closing)."""
    remaining = u.target - (u.baseline or 0)
    if remaining <= 0:
        return
    months_left = max((u.deadline - u.today).days / 30.44, 0.5)
    apr = owed_apr(u)
    needed = payment_to_clear(remaining, months_left, apr) if apr else remaining / months_left
    u.money_per_month = per_month  # their amount, also when it is more than the date needs
    cleared = months_to_clear(remaining, per_month, apr) if apr else None
    months = cleared or months_to_reach(remaining, per_month)
    if apr and cleared is None:  # the payment never passes the interest: no date reaches it
        months = _LONGEST_MONTHS + 1
    reach = add_months(u.today, min(months, _LONGEST_MONTHS))
    if per_month >= needed * 0.97:
        loose = "deadline" not in u.stated or hedged
        if loose and per_month > needed * 1.1 and reach < u.deadline:
            key = "deadline" if "deadline" in u.stated else "deadline_pace"
            sooner = f"your {u.money(per_month)} a month gets there sooner"
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
    if firm or months > _LONGEST_MONTHS:
        u.notes["money"] = (
            f"At your {u.value(per_month)} a month{interest} you reach about {by_then} by "
            f"{u.deadline:%d %B %Y}; {u.value(u.target)} by then needs about "
            f"{u.value(math.ceil(needed / 10) * 10)} a month"
            + (
                f", or until about {reach:%B %Y} at your amount"
                if months <= _LONGEST_MONTHS
                else ""
            )
        )
        return
    if "deadline" in u.stated:
        u.notes["deadline"] = (
            f"At your {u.value(per_month)} a month{interest}, {u.deadline:%d %B %Y} reaches "
            f"about {by_then}"
            + (f"; the interest makes it about {months} months, to {reach:%B %Y}" if apr else "")
        )
        u.stated.discard("deadline")
        u.stated.add("deadline_moved")  # moved to where their own amount gets: kept there
    else:
        u.notes["deadline_pace"] = (
            f"your {u.value(per_month)} a month takes about {months} months{interest}"
        )
    u.deadline = reach


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
