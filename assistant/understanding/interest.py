"""Interest a debt charges, as the person stated it: months to pay it off at their amount.

The standard amortisation formula (a fixed payment against a monthly rate), so a plan to clear
$14,300 at 24% APR with $600 a month runs about 33 months, not the 24 that ignoring interest
gives.
"""

from __future__ import annotations

import math
import re

from assistant.language import normalize

# "APR is like 24%", "24% APR", "at 19.9% interest", "interest rate of 22%"
_APR_RE = re.compile(
    r"\b(?:apr|interest(?: rate)?)\b(?:\s(?:is|of|at|around|about|like|roughly|~)){0,3}\s?"
    r"(\d{1,2}(?:\.\d+)?)\s?%"
    r"|(\d{1,2}(?:\.\d+)?)\s?%\s?(?:apr|a\.?p\.?r\.?|interest|annual)\b"
)


def apr_said(text: str) -> float | None:
    """The yearly interest rate a debt's text states, as a fraction (0.24); None if none is."""
    m = _APR_RE.search(normalize(text))
    if m is None:
        return None
    rate = float(m.group(1) or m.group(2)) / 100
    return rate if 0 < rate < 1 else None


def months_to_clear(owed: float, per_month: float, apr: float) -> int | None:
    """Whole months ``per_month`` takes to clear ``owed`` at ``apr``; None when the payment
    does not even cover the interest (the debt never shrinks)."""
    if owed <= 0:
        return 0
    r = apr / 12
    if r <= 0:
        return max(1, math.ceil(owed / per_month - 1e-9))
    if per_month <= owed * r:
        return None
    return max(1, math.ceil(-math.log(1 - r * owed / per_month) / math.log(1 + r) - 1e-9))


def payment_to_clear(owed: float, months: float, apr: float) -> float:
    """The fixed payment a month that clears ``owed`` at ``apr`` in ``months``."""
    r = apr / 12
    if r <= 0:
        return owed / max(months, 0.5)
    return owed * r / (1 - (1 + r) ** -max(months, 0.5))


def paid_by(owed: float, per_month: float, months: float, apr: float) -> float:
    """How much of ``owed`` is cleared after ``months`` payments of ``per_month`` at ``apr``."""
    r = apr / 12
    if r <= 0:
        return min(owed, per_month * months)
    grown = (1 + r) ** months
    return max(0.0, min(owed, owed - (owed * grown - per_month * (grown - 1) / r)))
