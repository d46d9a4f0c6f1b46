"""Amounts as a person writes them: $5,000, 25%, 10 km, 1 song (not "1 songs", not "5000 USD")."""

from __future__ import annotations

from assistant.language.quantities import MONEY_CODES


def fmt_number(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.1f}"


_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
_CURRENCY |= {"NGN": "₦", "ZAR": "R", "PHP": "₱", "BRL": "R$"}
MONEY_UNITS = frozenset({*_CURRENCY, *MONEY_CODES})  # units that are money


def fmt_value(value: float, unit: str) -> str:
    """A metric value as a person writes it: $5,000, 25%, 10 km, 3 chapters, 1 song."""
    if value == 1 and unit.endswith("s") and not unit.endswith("ss") and unit not in MONEY_UNITS:
        head, _, last = unit.rpartition(" ")  # "pull ups": 1 pull up; "date nights": 1 date night
        last = last[:-2] if last.endswith(("ches", "shes", "sses", "xes")) else last[:-1]
        unit = f"{head} {last}".strip()
    if unit in _CURRENCY:
        return f"{_CURRENCY[unit]}{fmt_number(value)}"
    if unit == "%":
        return f"{fmt_number(value)}%"
    if unit in MONEY_UNITS:
        return f"{fmt_number(value)} {unit}"
    return f"{fmt_number(value)} {unit}".strip()


def fmt_clock(minutes: float) -> str:
    """A finish time as runners write it: 2:00:00, 24:30."""
    seconds = round(minutes * 60)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
