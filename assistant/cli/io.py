"""Reading plan files and settings for commands, with one-line errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import InputError
from assistant.reading import parse_json, read_text

__all__ = ["parse_json", "read_plan_file", "read_text_file"]

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.models import Plan

MAX_PLAN_BYTES = 5_000_000


def load_settings() -> Settings:
    from pydantic import ValidationError

    from assistant.config import Settings

    try:
        return Settings()
    except ValidationError as exc:
        err = exc.errors()[0]
        raise InputError(
            f"bad setting {'.'.join(map(str, err['loc'])) or 'environment'}: {err['msg']}"
        ) from None


def describe_validation_error(exc: Exception) -> str:
    """The first pydantic error as 'where: what' on one line."""
    errors = exc.errors()  # type: ignore[attr-defined]
    first = errors[0]
    where = ".".join(str(p) for p in first["loc"]) or "plan"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def read_text_file(path: Path, expected: str, limit: int = MAX_PLAN_BYTES) -> str:
    """A UTF-8 text file, or InputError (exit 2) with one line saying what is wrong with it."""
    return read_text(path, expected, limit)


def read_plan_file(path: Path) -> Plan:
    """A Plan from a JSON file; InputError (exit 2) with one line if it cannot be used."""
    from pydantic import ValidationError

    from assistant.models import Plan

    data = parse_json(read_text_file(path, "a plan JSON file"), path)
    if isinstance(data, dict) and "plan" in data and isinstance(data["plan"], dict):
        data = data["plan"]  # accept the `goalsmith plan --json` envelope too
    try:
        return Plan.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{path}: not a valid plan: {describe_validation_error(exc)}") from None


def parse_day(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    from assistant.bounds import EARLIEST, LATEST_TODAY

    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        day = None
    if day is None or not EARLIEST <= day <= LATEST_TODAY:
        raise InputError(
            f"--today {value!r}: expected a date as YYYY-MM-DD between {EARLIEST} and "
            f"{LATEST_TODAY}"
        )
    return day
