"""A deadline read where the person lives: a season said south of the equator ("by the end of
winter" in Cape Town ends in August) and a feast kept on another day there (Thanksgiving in
Canada is in October). The hemispheres come from data/seasons.toml, the feasts from
data/feasts.toml."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.language.country import country_of, country_table
from assistant.language.feasts import feast_day, feasts, regional_feast
from assistant.language.seasons import calendar

Reader = Callable[[str, dt.date], "dt.date | None"]

_OPPOSITE = {"winter": "summer", "summer": "winter", "spring": "autumn", "autumn": "spring"}
_OPPOSITE["fall"] = "spring"
_SEASON_RE = re.compile(r"\b(winter|summer|spring|autumn|fall)\b")


def southern(country: str | None) -> bool:
    """Whether the person is read to live south of the equator."""
    return country is not None and country in calendar().southern


def _flipped(text: str) -> str:
    """The text with each season named as its northern twin ('end of winter': 'end of summer')."""
    return _SEASON_RE.sub(lambda m: _OPPOSITE[m.group(1)], text)


def regional_day(
    text: str, day: dt.date | None, today: dt.date, country: str | None, read: Reader
) -> tuple[dt.date, str] | None:
    """The day ``text`` means where the person lives, and why, when ``day`` (read from it as
    the north and most places mean it) differs there; None otherwise."""
    if day is None or country is None:
        return None
    s = text.lower()
    here = regional_feast(s, today, country)
    if here is not None and feast_day(s, today) == day:
        return here, f"the day as kept in {_name(country)}"
    season = _SEASON_RE.search(s)
    if not southern(country) or season is None or read(s, today) != day:
        return None
    turned = read(_flipped(s), today)
    if turned is None or turned == day:
        return None
    return turned, f"{season.group(1)} as it falls in {_name(country)} (southern hemisphere)"


def _name(country: str) -> str:
    """The country's name as a plan says it ('South Africa')."""
    found = country_table().get(country)
    return found.name if found else country


def where_they_live(*texts: str) -> str | None:
    """The person's country from their words, a feast's own name set aside: 'thanksgiving'
    marks the US, but a Canadian naming theirs is the one it must be told for."""
    names = "|".join(f"(?:{f.words})" for f in feasts().feast if f.country)
    said = [re.sub(names, " ", t.lower()) for t in texts if t]
    return country_of(said[0], {str(i): t for i, t in enumerate(said[1:])}) if said else None
