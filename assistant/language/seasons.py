"""The calendar a plan keeps to (data/seasons.toml): the months an outdoor act makes sense in,
the weeks other people are away, and the jobs done in one sitting of their real length."""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import InputError


class Season(BaseModel):
    """An act done only in some months (northern hemisphere)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str
    title: str
    not_if: str = ""
    months: tuple[int, ...]

    def names(self, title: str) -> bool:
        low = title.lower()
        return bool(re.search(self.title, low)) and not (
            self.not_if and re.search(self.not_if, low)
        )


class Quiet(BaseModel):
    """Weeks when offices, employers and tradespeople are mostly away."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    kind: str
    begins: tuple[int, int] = Field(alias="from")
    ends: tuple[int, int] = Field(alias="to")
    people: str

    def window(self, day: dt.date) -> tuple[dt.date, dt.date] | None:
        """The quiet window that holds ``day``, else None."""
        for year in (day.year - 1, day.year):
            start = dt.date(year, *self.begins)
            end_year = year + 1 if self.ends < self.begins else year
            end = dt.date(end_year, *self.ends)
            if start <= day <= end:
                return start, end
        return None

    def needs_people(self, title: str) -> bool:
        return bool(re.search(self.people, title.lower()))


class Sitting(BaseModel):
    """A whole job done in one go, and the minutes one sitting of it takes."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str
    title: str
    minutes: int = Field(gt=0, le=600)


class First(BaseModel):
    """A choice made before a whole job starts."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str
    choice: str
    job: str


class Calendar(BaseModel):
    """The shipped table."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    southern: tuple[str, ...] = ()
    season: tuple[Season, ...] = ()
    quiet: tuple[Quiet, ...] = ()
    sitting: tuple[Sitting, ...] = ()
    first: tuple[First, ...] = ()


def load_calendar(text: str, source: str = "seasons.toml") -> Calendar:
    """The table of a TOML text, validated; InputError naming the first problem."""
    try:
        cal = Calendar.model_validate(tomllib.loads(text))
        for s in cal.season:
            re.compile(s.title), re.compile(s.not_if)
            if not s.months or any(not 1 <= m <= 12 for m in s.months):
                raise ValueError(f"season {s.kind!r}: months must be 1-12")
        for q in cal.quiet:
            re.compile(q.people)
        for job in cal.sitting:
            re.compile(job.title)
        for f in cal.first:
            re.compile(f.choice), re.compile(f.job)
    except (tomllib.TOMLDecodeError, ValidationError, re.error, ValueError) as exc:
        raise InputError(f"calendar file {source} is invalid: {exc}") from exc
    return cal


@functools.cache
def calendar() -> Calendar:
    """The shipped table."""
    source = resources.files("assistant") / "data" / "seasons.toml"
    return load_calendar(source.read_text(encoding="utf-8"))


def season_of(title: str, country: str | None = None) -> tuple[Season, frozenset[int]] | None:
    """The season a step's title keeps to and its months where the person lives, else None."""
    cal = calendar()
    for s in cal.season:
        if s.names(title):
            shift = 6 if country in cal.southern else 0
            return s, frozenset((m - 1 + shift) % 12 + 1 for m in s.months)
    return None


def first_in_season(months: frozenset[int], start: dt.date, end: dt.date) -> dt.date | None:
    """The first day from ``start`` to ``end`` that falls in ``months``, else None."""
    day = start
    while day <= end:
        if day.month in months:
            return day
        day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return None


def quiet_window(title: str, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The quiet weeks holding ``day`` when a milestone titled so needs other people."""
    for q in calendar().quiet:
        if q.needs_people(title):
            window = q.window(day)
            if window:
                return window
    return None


def sitting_minutes(title: str) -> Sitting | None:
    """The whole job a step's title names, else None."""
    low = title.lower()
    return next((j for j in calendar().sitting if re.search(j.title, low)), None)


def chosen_first(choice: str, job: str) -> bool:
    """The step titled ``choice`` is a choice the step titled ``job`` waits for."""
    c, j = choice.lower(), job.lower()
    return any(re.search(f.choice, c) and re.search(f.job, j) for f in calendar().first)
