"""The pace of a money goal when the person gave no amount a month: a modest share is assumed
and said, and the date follows from it, instead of a short default date setting the pace."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import TYPE_CHECKING

from assistant.language import normalize
from assistant.models import Plan, Task
from assistant.playbooks import MONEY_UNITS
from assistant.understanding.deadline import theirs
from assistant.understanding.interest import months_to_clear, payment_to_clear
from assistant.understanding.money_rate import add_months, owed_apr

if TYPE_CHECKING:
    from assistant.engines.offline.money_system import MoneySystem
    from assistant.understanding.facts import Understanding

_LONGEST_MONTHS = 48  # past four years the date stays there and the amount it needs is said
_TIGHT_RE = re.compile(
    r"\b(?:paycheck to paycheck|pay ?check to pay ?check|payday to payday|tight|broke|"
    r"nothing left|can'?t afford|barely|struggl\w*|single income|hours (?:got )?cut|overdraft)\b"
)


_LUMP_MONTHS = 6  # cash put to work in six monthly parts: no single day's price decides it
_LUMP_RE = re.compile(
    r"[£$€₹]?\s?(\d[\d,]*(?:\.\d+)?)\s?(k|lakhs?)?\s(?:just\s|already\s)?"
    r"(?:sitting|parked|lying|stuck|saved|doing nothing|in (?:a |my |the |an )?(?:savings|checking|"
    r"current account|bank|cash|easy[- ]access|high[- ]yield|isa|fd))\b"
)
_TIMES = {"k": 1000, "lakh": 100_000, "lakhs": 100_000}


def cash_to_invest(u: Understanding) -> bool:
    """Cash they already hold ("20k sitting in a savings account") and no sum named: that
    cash is the sum to invest, in monthly parts, and is said as assumed."""
    if not u.playbook.invests_cash or "metric" in u.stated or u.rate_period:
        return False
    said = normalize(" ".join((u.text, u.baseline_said)))
    m = _LUMP_RE.search(said)
    if m is None:
        return False
    lump = float(m.group(1).replace(",", "")) * _TIMES.get(m.group(2) or "", 1)
    if lump < 100:
        return False
    u.target, u.baseline = lump, None
    u.money_per_month = math.ceil(lump / _LUMP_MONTHS / 10) * 10
    if not theirs(u.stated):
        u.deadline = add_months(u.today, _LUMP_MONTHS)
    u.notes["money_assumed"] = (
        f"The {u.value(lump)} you hold in cash is what you invest, less any emergency fund you "
        f"keep, in {_LUMP_MONTHS} monthly parts of about {u.value(u.money_per_month)}"
    )
    return True


def assume_money_pace(u: Understanding, system: MoneySystem) -> None:
    """A sum to save, invest or pay off with no amount a month and no date: assume a modest
    amount a month (half of it when money is tight), mark it assumed, and date the goal by it."""
    pb = u.playbook
    if cash_to_invest(u):
        return
    date_an_extra_payment(u)
    if (
        not pb.money
        or pb.rate_builds
        or pb.lower_is_better
        or u.rate_period
        or u.reducing
        or u.money_per_month
        or theirs(u.stated)
        or u.unit not in MONEY_UNITS
        or u.preset is not None
        and u.preset.weeks  # a yearly allowance has its own year
    ):
        return
    remaining = u.target - (u.baseline or 0)
    if remaining <= 0:
        return
    said = normalize(" ".join((u.text, u.baseline_said, u.constraint or "")))
    monthly = system.monthly / 2 if _TIGHT_RE.search(said) else system.monthly
    apr = owed_apr(u)  # a debt's stated APR: the months are amortised, interest and all
    cleared = months_to_clear(remaining, monthly, apr) if apr else None
    months = max(3, cleared or math.ceil(remaining / monthly - 1e-9))
    if apr and cleared is None:  # the assumed amount would not even pay the interest
        months = _LONGEST_MONTHS + 1
    if months > _LONGEST_MONTHS:
        months = _LONGEST_MONTHS
        need = payment_to_clear(remaining, months, apr) if apr else remaining / months
        monthly = math.ceil(need / 10) * 10
    u.money_per_month = monthly
    u.deadline = max(add_months(u.today, months), u.today + dt.timedelta(weeks=13))
    u.notes["money_assumed"] = (
        f"About {u.value(monthly)} a month goes to this goal, so it takes about "
        f"{months} months{f' at {apr * 100:g}% APR' if apr else ''}; tell me what you can "
        "really put aside and the date moves with it"
    )


_RAISE_MONTHS = 3  # a raise they plan ("want to get that up to £500") lands after 3 months
_RAMP_RE = re.compile(
    r"\b(?:up to|raise (?:it |that )?to|increase (?:it |that )?to|get (?:it |that )?(?:up )?to|"
    r"bump (?:it |that )?(?:up )?to|then|rising to|going up to)\s?[£$€₹]?\s?(\d[\d,]*(?:\.\d+)?)(k)?"
    r"(?!\s?(?:%|percent|years?|months?|weeks?|days?))"
)


def keep_the_ramp(u: Understanding) -> float | None:
    """The higher amount a month they mean to reach ("£200 a month now, want £500"): the plan
    starts at their amount, raises it after three months, and is dated by both."""
    if not u.money_per_month or u.rate_period:
        return None
    said = normalize(" ".join((u.text, u.baseline_said)))
    for m in _RAMP_RE.finditer(said):
        higher = float(m.group(1).replace(",", "")) * (1000 if m.group(2) else 1)
        if u.money_per_month < higher <= 10 * u.money_per_month:
            break
    else:
        return None
    remaining = u.target - (u.baseline or 0)
    first = _RAISE_MONTHS * u.money_per_month
    months = (
        math.ceil(remaining / u.money_per_month)
        if remaining <= first
        else _RAISE_MONTHS + math.ceil((remaining - first) / higher - 1e-9)
    )
    reach = add_months(u.today, months)
    if "deadline" not in u.stated or reach <= u.deadline:
        u.deadline = max(reach, u.today + dt.timedelta(weeks=13))
        u.stated.discard("deadline")
    u.notes["deadline"] = (
        f"At {u.value(u.money_per_month)} a month now, rising to {u.value(higher)} after "
        f"{_RAISE_MONTHS} months, {u.value(u.target)} takes about {months} months"
    )
    u.notes.pop("money", None)  # the gap at the first amount alone is no longer the story
    return higher


def add_the_raise(plan: Plan, u: Understanding, higher: float | None) -> None:
    """The dated step that raises the transfer to the higher amount they want."""
    if higher is None:
        return
    due = add_months(u.today, _RAISE_MONTHS)
    milestone = next((m for m in plan.milestones if m.deadline >= due), plan.milestones[-1])
    ids = [t.id for m in plan.milestones for t in m.tasks]
    number = 1 + max((int(i[1:]) for i in ids if i[1:].isdigit()), default=0)
    milestone.tasks.append(
        Task(
            id=f"t{number}",
            title=f"Raise the automatic transfer to {u.value(higher)} a month",
            owner=plan.owners[0] if plan.owners else "me",
            estimate_minutes=15,
            due=min(due, milestone.deadline),
            start=min(due, milestone.deadline) - dt.timedelta(days=7),
            done_when="New standing order amount confirmed in the bank app",
        )
    )


_EXTRA_RE = re.compile(
    r"\b(?:extra|on top|over the minimum|above the minimum|more than the minimum)\b"
)


def date_an_extra_payment(u: Understanding) -> None:
    """An extra payment on top of the regular ones ("an extra $300 a month" on a $41k loan)
    that alone would take past ten years: with no date given, the plan runs four years, the
    regular payments closing the rest, instead of keeping a one-year default it cannot meet."""
    if not (u.playbook.owed_is_target and u.money_per_month) or theirs(u.stated):
        return
    if "money" not in u.notes or not _EXTRA_RE.search(normalize(f"{u.text} {u.baseline_said}")):
        return
    months = math.ceil((u.target - (u.baseline or 0)) / u.money_per_month)
    u.deadline = add_months(u.today, _LONGEST_MONTHS)
    u.notes["money"] = (
        f"Your extra {u.value(u.money_per_month)} a month alone takes about {months} months; "
        f"with the regular payments on top the plan runs {_LONGEST_MONTHS} months, to "
        f"{u.deadline:%B %Y}: check the payoff date on your statement and the plan moves with it"
    )
