"""Exams held on one known day of the year (data/exam_days.toml): the day an exam named with
only its month ("the JLPT in December") actually sits."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import tomllib
from importlib import resources

from dateutil.relativedelta import relativedelta, weekday
from dateutil.relativedelta import weekdays as _weekdays
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.errors import InputError
from assistant.language.patterns import Regex

_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
_DAY_RE = re.compile(
    rf"^(?:(\d{{1,2}})|({'|'.join(_NTH)}) ({'|'.join(calendar.day_name).lower()}))$"
)


class ExamDay(BaseModel):
    """One exam: the months it sits in and the day of the month it sits on."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    pattern: Regex
    months: tuple[int, ...]
    day: str
    note: str

    @field_validator("day")
    @classmethod
    def _known_day(cls, day: str) -> str:
        if not _DAY_RE.match(day):
            raise ValueError(f"day {day!r} is neither a day of the month nor 'first sunday'")
        return day

    def sits(self, year: int, month: int) -> dt.date:
        """The exam's day in that month."""
        m = _DAY_RE.match(self.day)
        assert m is not None  # checked when the data loaded
        if m.group(1):
            return dt.date(year, month, int(m.group(1)))
        nth = _NTH[m.group(2)]
        day: weekday = _weekdays[list(calendar.day_name).index(m.group(3).capitalize())]
        start = dt.date(year, month, 1 if nth > 0 else calendar.monthrange(year, month)[1])
        return start + relativedelta(weekday=day(nth))


@functools.cache
def exam_days() -> tuple[ExamDay, ...]:
    source = resources.files("assistant") / "data" / "exam_days.toml"
    try:
        rows = tomllib.loads(source.read_text(encoding="utf-8")).get("exam", [])
        return tuple(ExamDay.model_validate(row) for row in rows)
    except (tomllib.TOMLDecodeError, ValidationError) as err:
        raise InputError(f"data/exam_days.toml is invalid: {err}") from err


def exam_day(text: str, day: dt.date) -> tuple[dt.date, str] | None:
    """The day the exam ``text`` names sits in ``day``'s month, with why, when ``day`` is a
    month's last day (only the month was said) in one of the exam's months; else None."""
    if day.day != calendar.monthrange(day.year, day.month)[1]:
        return None  # a day of the month was said: theirs
    low = text.lower()
    for exam in exam_days():
        if day.month in exam.months and re.search(exam.pattern, low):
            return exam.sits(day.year, day.month), exam.note
    return None
