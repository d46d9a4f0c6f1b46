"""The person's own currency and money units: '2.5 lakh' is ₹250,000, an ISA saves pounds,
and the money a goal names keeps the currency the person wrote it in."""

from __future__ import annotations

import re

from assistant.language.quantities import SIGN, Quantity, find_quantities

_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₦": "NGN", "₱": "PHP"}
# words and accounts that say which money a person counts in when no symbol does
_CURRENCY_HINTS = (
    ("BRL", re.compile(r"\br\$\s?\d|\breais\b")),
    ("ZAR", re.compile(r"\br\s?\d[\d,.]*\s?(?:k\b|a month|per month|monthly|\b)|\brand\b|\bzar\b")),
    ("NGN", re.compile(r"\bnaira\b|\bngn\b")),
    ("INR", re.compile(r"\b(?:lakhs?|lacs?|crores?|rs\.?\s?\d|rupees?|inr|fd|sip|ppf)\b")),
    ("GBP", re.compile(r"\b(?:l?isa|isas|gbp|quid|sipp|premium bonds)\b|£")),
    ("EUR", re.compile(r"\b(?:euros?|eur)\b|€")),
    ("USD", re.compile(r"\$|\b(?:dollars?|usd|bucks|401\s?\(?k\)?|403\s?\(?b\)?|roth)\b")),
)
_SCALE = {"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7}
_INCOME_RE = re.compile(
    r"\b(?:salary|income|wage|pay(?:check)?|take[- ]home)\s(?:is\s|of\s|was\s)?(?:about\s|around\s|"
    r"only\s|like\s)?" + SIGN + r"\s?$|\b(?:i|we)\s(?:make|earn|take home|bring in|get paid)\s"
    r"(?:about\s|around\s|like\s)?" + SIGN + r"\s?$"
)
_PUT_BY_RE = re.compile(r"\b(?:save|saving|invest|raise|put away|set aside|fund|pay off|clear)\b")


def currency_in(text: str) -> str | None:
    """The currency a text counts money in: its symbol first, else the words and accounts
    it names ("lakh", "ISA", "401k"); None when nothing says."""
    low = text.lower()
    written = next((q.unit for q in find_quantities(text) if q.kind == "money"), None)
    if written:  # "R$500", "KSh 40,000", "NZ$900", "200 cedis": the currency of an amount
        return written
    symbols = [_SYMBOLS[c] for c in text if c in _SYMBOLS]
    if symbols:
        return symbols[0]
    return next((code for code, pattern in _CURRENCY_HINTS if pattern.search(low)), None)


def in_their_money(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'2.5 lakh' and '1 crore' as the money they are (₹250,000, ₹10,000,000)."""
    return [
        Quantity(round(q.value * _SCALE[q.unit.split()[0]], 2), "INR", "money", q.span)
        if q.kind == "amount" and q.unit and q.unit.split()[0] in _SCALE  # "1.1 lakh saved"
        else q
        for q in quantities
    ]


def is_income(core: str, q: Quantity) -> bool:
    """A salary or income said as context ("my salary is 65k a month") in a goal to save,
    invest or pay off a sum: never that goal's target."""
    return bool(_PUT_BY_RE.search(core)) and bool(_INCOME_RE.search(core[: q.span[0]][-40:]))


def their_unit(unit: str, text: str) -> str:
    """A money unit in the currency the person counts in ("ISA", "£3,400 saved": GBP), so a
    typical target is never given in dollars to someone saving pounds or rupees."""
    if unit not in _SYMBOLS.values():
        return unit
    return currency_in(text) or unit
