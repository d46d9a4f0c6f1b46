"""Money said back as the person said it: the debts they list with their rates ("Card A $6,200
@26%, store card $1,300 @29.9%") paid highest rate first, each named in its step; a transfer on
payday in their own pay rhythm ("$1,500 a fortnight" moves $1,500 each payday)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.understanding.money_rate import pay_words, per_pay

if TYPE_CHECKING:
    from assistant.models import Plan
    from assistant.understanding.facts import Understanding

# "card a $6,200 @26%", "store card 1,300 at 29.9% apr", "car loan: $8k at 7%"
_DEBT_RE = re.compile(
    r"(?:^|[,;.(]\s?|\band\s)(?P<name>[a-z][a-z0-9' -]{1,30}?):?\s[$£€₹]?\s?(?P<amount>\d[\d,]*(?:\.\d+)?)"
    r"\s?(?P<k>k\b)?\s?(?:@|at|with|on|\()\s?(?P<rate>\d{1,2}(?:\.\d+)?)\s?%",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(["about", "around", "roughly", "total", "i owe", "owe", "is", "of"])


@dataclass(frozen=True)
class Debt:
    """One debt as the person listed it."""

    name: str
    amount: float
    rate: float  # the yearly rate in percent, as they said it

    @property
    def called(self) -> str:
        """The debt's name in a sentence ("the store card", "Card A")."""
        return f"the {self.name}" if self.name[0].islower() else self.name

    @property
    def said(self) -> str:
        """The debt with its balance and rate ("the store card ($1,300 at 29.9%)")."""
        return f"{self.called} ({{amount}} at {self.rate:g}%)"


def debts_said(text: str) -> list[Debt]:
    """The debts the text lists with a balance and a rate each, highest rate first."""
    found: list[Debt] = []
    for m in _DEBT_RE.finditer(" ".join(text.split())):
        name = re.sub(r"^(?:my|the|a|an|and|one|plus)\s", "", m.group("name").strip(), flags=re.I)
        low = name.lower()
        if not name or low in _NOT_NAMES or low.split()[-1] in _NOT_NAMES:
            continue
        amount = float(m.group("amount").replace(",", "")) * (1000 if m.group("k") else 1)
        rate = float(m.group("rate"))
        if amount > 0 and 0 < rate < 100 and low not in {d.name.lower() for d in found}:
            found.append(Debt(name, amount, rate))
    return sorted(found, key=lambda d: -d.rate)


def transfers_per_pay(plan: Plan, u: Understanding) -> Plan:
    """A transfer "on payday" moves what they said a pay ("$1,500 a fortnight" is $1,500 each
    payday), not the month's sum."""
    if not u.money_per_month or u.money_period == "month":
        return plan
    month = u.value(round(u.money_per_month))
    pay = u.value(round(per_pay(u.money_per_month, u.money_period)))
    every = re.sub(r"^a ", "every ", pay_words(u.money_period))
    for milestone in plan.milestones:
        for task in milestone.tasks:
            if (
                f"of {month} on payday" in task.title
                or f"of {month} a month on payday" in task.title
            ):
                task.title = re.sub(
                    rf"of {re.escape(month)}(?: a month)? on payday",
                    f"of {pay} on payday, {every}",
                    task.title,
                )
    return plan


def _named(debt: Debt, u: Understanding) -> str:
    """A debt said back with its balance in the goal's currency."""
    return debt.said.replace("{amount}", u.value(debt.amount))


def debts_in_order(plan: Plan, u: Understanding) -> Plan:
    """Name the listed debts in the steps, highest rate first: the extra money goes to the
    first, a lower rate is asked on it, and its payment rolls onto the next when it is clear."""
    plan = transfers_per_pay(plan, u)
    if not u.playbook.owed_is_target:
        return plan
    debts = debts_said(f"{u.text} . {u.baseline_said}")
    if len(debts) < 2:
        return plan
    first, rest = debts[0], debts[1:]
    then = ", then ".join(f"{d.called} ({d.rate:g}%)" for d in rest)
    extra = f"{u.value(round(u.money_per_month))} a month" if u.money_per_month else "the extra"
    for milestone in plan.milestones:
        for task in milestone.tasks:
            low = task.title.lower()
            if low.startswith("set up an automatic extra payment"):
                task.title = (
                    f"Set up {extra}: the minimum on every debt, all the rest on "
                    f"{_named(first, u)}, the highest rate"
                )
            elif low.startswith("call the lender with the highest rate"):
                task.title = f"Call the lender of {_named(first, u)} to ask for a lower rate"
            elif low.startswith("put the payment of the first debt paid off"):
                task.title = f"When {first.called} is paid off, put its whole payment onto {then}"
            elif low.startswith("list every debt with balance, rate"):
                order = ", ".join(f"{d.name} {d.rate:g}%" for d in debts)
                task.title = f"Write down each debt's minimum payment, in rate order: {order}"
    return plan
