"""Reading plan files and settings for commands, with one-line errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import InputError

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
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"{path}: {size:,} bytes is too large for {expected} (limit {limit:,})"
            )
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected {expected}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; expected {expected}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def parse_json(raw: str, source: object) -> object:
    """JSON text, or InputError naming the line and column of the first mistake."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None


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
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--today {value!r}: expected a date as YYYY-MM-DD") from None
