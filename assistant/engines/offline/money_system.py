"""A money plan in the person's own system: their accounts, pensions, tax dates and currency."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import TYPE_CHECKING

from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass

from assistant.engines.offline.plan_texts import rewrite_texts
from assistant.errors import InputError
from assistant.language import normalize
from assistant.language.country import country_table
from assistant.playbooks import MONEY_UNITS
from assistant.understanding.currency import currency_in

if TYPE_CHECKING:
    from assistant.models import Plan
    from assistant.understanding.facts import Understanding


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class MoneySystem:
    """Where a person keeps and grows money: the signs in their words, and their terms."""

    key: str
    currency: str
    signs: str  # regex over what they wrote: "£", "lakh", "ISA"
    monthly: float  # a modest amount a month to assume, in ``currency``, when none is said
    terms: tuple[tuple[str, str], ...] = ()  # (US words as a regex, their words), in order


_ADAPTER = TypeAdapter(list[MoneySystem])


def load_systems(text: str, source: str = "money_systems.toml") -> tuple[MoneySystem, ...]:
    """The systems of a TOML text, validated; InputError naming the first problem."""
    try:
        systems = _ADAPTER.validate_python(tomllib.loads(text).get("systems", []))
        for system in systems:
            for pattern in (system.signs, *(us for us, _ in system.terms)):
                re.compile(pattern)
    except (tomllib.TOMLDecodeError, ValidationError, re.error) as exc:
        raise InputError(f"money systems file {source} is invalid: {exc}") from exc
    if not any(s.key == "us" for s in systems):
        raise InputError(f"money systems file {source} has no default 'us' system")
    return tuple(systems)


@functools.cache
def money_systems() -> tuple[MoneySystem, ...]:
    """The shipped table, in file order."""
    source = resources.files("assistant") / "data" / "money_systems.toml"
    return load_systems(source.read_text(encoding="utf-8"))


def their_system(u: Understanding) -> MoneySystem:
    """The system the person's country, currency or words name; the US one when nothing does."""
    systems = money_systems()
    country = country_table().get(u.country)
    by_country = next((s for s in systems if s.key == u.country and s.key != "us"), None) or next(
        (s for s in systems if country and s.currency == country.currency and s.key != "us"), None
    )
    if by_country:  # "C$" in Calgary: Canada's, not the dollar's
        return by_country
    by_currency = next((s for s in systems if s.currency == u.unit and s.key != "us"), None)
    if by_currency:
        return by_currency
    said = normalize(" ".join((u.text, u.baseline_said, u.constraint or "", u.why or "")))
    code = currency_in(said)  # the same reading of symbols and money words as the goal's
    by_words = next((s for s in systems if s.currency == code and s.key != "us"), None)
    if by_words:
        return by_words
    dollars = "$" in said or re.search(r"\b(?:usd|dollars?|bucks)\b", said)
    for system in systems:
        if system.signs and re.search(system.signs, said) and not dollars:
            return system
    return next(s for s in systems if s.key == "us")


def in_their_currency(u: Understanding) -> MoneySystem | None:
    """The person's system for a money goal (None for the US); a goal counted in dollars only
    by default takes their own currency."""
    if not u.playbook.money:
        return None
    system = their_system(u)
    if system.key == "us":
        return None
    if u.unit == "USD" and system.currency in MONEY_UNITS:
        u.unit = system.currency
        if "metric" not in u.stated:  # an assumed amount is a modest one in their money
            u.target = _two_figures(u.target * system.monthly / _us().monthly)
    return system


def _two_figures(amount: float) -> float:
    """An assumed amount rounded as a person says it: 166,667 is 170,000."""
    return float(f"{amount:.2g}") if amount >= 100 else round(amount)


def _us() -> MoneySystem:
    return next(s for s in money_systems() if s.key == "us")


def in_their_words(plan: Plan, system: MoneySystem | None) -> Plan:
    """Every text of the plan with US accounts and tax words put in the person's system."""
    if system is None or not system.terms:
        return plan

    def local(text: str) -> str:
        for us, theirs in system.terms:
            text = re.sub(us, theirs, text)
        return text

    return rewrite_texts(plan, local)
