"""The limits every stored value keeps, so that whatever is stored loads and schedules again.

Dates stay in a range date arithmetic (weeks added, deadlines moved) cannot overflow, a
plan spans at most ``MAX_PLAN_YEARS``, counts fit SQLite's integers, and text holds no lone
surrogates (they cannot be encoded, stored or printed).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import AfterValidator, Field

EARLIEST = dt.date(1970, 1, 1)
LATEST = dt.date(2199, 12, 31)
MAX_PLAN_YEARS = 50
MAX_COUNT = 10**12
LATEST_TODAY = dt.date(LATEST.year - MAX_PLAN_YEARS, 12, 31)  # room for a whole plan after it


def in_range(day: dt.date) -> dt.date:
    """``day`` if it lies between EARLIEST and LATEST, else ValueError saying the range."""
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"date {day.isoformat()} is outside {EARLIEST.year}-{LATEST.year}")
    return day


def in_range_time(moment: dt.datetime) -> dt.datetime:
    in_range(moment.date())
    return moment


def no_surrogates(text: str) -> str:
    """``text`` if it encodes as UTF-8; a lone surrogate cannot be stored or printed."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text holds an invalid character (a lone surrogate)") from None
    return text


def require_span(days: list[dt.date]) -> None:
    """ValueError unless the dates lie within MAX_PLAN_YEARS: scheduling work stays bounded."""
    first, last = min(days), max(days)
    if (last - first).days > MAX_PLAN_YEARS * 366:
        raise ValueError(
            f"the plan's dates run from {first} to {last}; a plan spans at most "
            f"{MAX_PLAN_YEARS} years"
        )


PlanDate = Annotated[dt.date, AfterValidator(in_range)]
PlanTime = Annotated[dt.datetime, AfterValidator(in_range_time)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
