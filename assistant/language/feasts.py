"""Days of the year people name as deadlines ("by christmas 2027", "before ramadan", "by
midsommar", "thanksgiving" in Canada): the date they mean, in the coming year unless they say
which. The days are data (data/feasts.toml); this reads them."""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from importlib import resources

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta, weekday
from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import InputError


class Feast(BaseModel):
    """A named day and the rule that dates it in a year (exactly one rule)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    words: str
    on: tuple[int, int] | None = None
    nth: tuple[int, int, int] | None = None
    after: tuple[int, int, int] | None = None
    easter: int | None = None
    dates: tuple[dt.date, ...] = ()
    country: tuple[str, ...] = ()
    horizon: bool = False

    def day(self, year: int) -> dt.date:
        """This feast's day in ``year``."""
        if self.on:
            return dt.date(year, *self.on)
        if self.nth:
            month, wd, n = self.nth
            last = 31 if n < 0 else 1
            return dt.date(year, month, 1) + relativedelta(day=last, weekday=weekday(wd)(n))
        if self.after:
            month, first, wd = self.after
            start = dt.date(year, month, first)
            return start + dt.timedelta(days=(wd - start.weekday()) % 7)
        if self.easter is not None:
            return easter(year) + dt.timedelta(days=self.easter)
        return next((d for d in self.dates if d.year == year), dt.date(year, 12, 31))


class FeastTable(BaseModel):
    """The shipped table."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    feast: tuple[Feast, ...]


def load_feasts(text: str, source: str = "feasts.toml") -> FeastTable:
    """The table of a TOML text, validated; InputError naming the first problem."""
    try:
        table = FeastTable.model_validate(tomllib.loads(text))
        for f in table.feast:
            re.compile(f.words)
            rules = [f.on, f.nth, f.after, f.easter, f.dates or None]
            if sum(r is not None for r in rules) != 1:
                raise ValueError(f"feast {f.words!r}: give exactly one rule")
            f.day(2027)  # a real day
    except (tomllib.TOMLDecodeError, ValidationError, re.error, ValueError) as exc:
        raise InputError(f"feasts file {source} is invalid: {exc}") from exc
    return table


@functools.cache
def feasts() -> FeastTable:
    """The shipped table."""
    source = resources.files("assistant") / "data" / "feasts.toml"
    return load_feasts(source.read_text(encoding="utf-8"))


@functools.cache
def horizon_names() -> str:
    """A regex for the feasts whose name alone marks a deadline in a goal ("before diwali")."""
    return "|".join(f"(?:{f.words})" for f in feasts().feast if f.horizon)


_YEAR_RE = re.compile(r"\b(20[2-4]\d)\b")
_NEXT_ONE_RE = re.compile(r"\bnot this (?:one|year)\b|\bthe one after\b")
_NEXT_RE = re.compile(r"\bnext\s+(?:year'?s\s+)?$")
_SOON = 60  # days: "next christmas" said in late November means the one after this


def feast_day(said: str, today: dt.date, country: str | None = None) -> dt.date | None:
    """The date of the first named day in ``said``: the year given ("christmas 2027"), else
    the next one still ahead, or the one after when they say so ("next christmas, not this
    one", or "next" when this year's is weeks away). A row for the person's ``country``
    wins over the day everyone else means."""
    s = said.lower()
    for feast in feasts().feast:
        if feast.country and country not in feast.country:
            continue
        m = re.search(feast.words, s)
        if not m:
            continue
        year = _YEAR_RE.search(s[m.end() : m.end() + 12])
        if year:
            return feast.day(int(year.group(1)))
        day = feast.day(today.year)
        day = day if day > today else feast.day(today.year + 1)
        later = _NEXT_ONE_RE.search(s) or (
            _NEXT_RE.search(s[: m.start()]) and (day - today).days <= _SOON
        )
        return feast.day(day.year + 1) if later else day
    return None


def regional_feast(said: str, today: dt.date, country: str | None) -> dt.date | None:
    """The day a feast named in ``said`` falls where the person lives, when that differs from
    the day everyone else means (Thanksgiving in Canada); None otherwise."""
    if country is None:
        return None
    here, anywhere = feast_day(said, today, country), feast_day(said, today)
    return here if here != anywhere else None
