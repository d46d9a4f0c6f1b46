"""Reading what people hand us: text files under a real byte cap, and JSON with limits.

Every file and JSON text from outside (plan files, review files, Markdown plans, JSONL lines)
goes through here, so one set of limits holds everywhere: a size read in chunks (a device or
``/proc`` file whose size reads as 0 cannot slip past), nesting depth, digits in an integer,
finite numbers only, and no lone surrogates (they cannot be stored or printed).
"""

from __future__ import annotations

import json
import math
import re
import stat
from itertools import accumulate
from pathlib import Path

from assistant.errors import InputError

CHUNK_BYTES = 65_536
MAX_JSON_DEPTH = 64
MAX_INT_DIGITS = 30
_ESCAPE = re.compile(r"\\.", re.S)
_STRING = re.compile(r'"[^"]*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class _Refused(ValueError):
    """A JSON value inside the text that we refuse (raised from the decoder's hooks)."""


def read_text(path: Path, expected: str, limit: int) -> str:
    """A UTF-8 text file (a leading BOM dropped), or InputError with one line saying why not."""
    try:
        with open(path, "rb") as handle:
            if stat.S_ISDIR(Path(path).stat().st_mode):
                raise IsADirectoryError
            data = bytearray()
            while chunk := handle.read(CHUNK_BYTES):
                data += chunk
                if len(data) > limit:
                    raise InputError(
                        f"{path}: more than {limit:,} bytes is too large for {expected}"
                    )
        return data.decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected {expected}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; expected {expected}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


class JsonProblem(ValueError):
    """Why a JSON text was refused; ``line`` is where the first mistake is, when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def parse_json(raw: str, source: object) -> object:
    """JSON text within the limits, or InputError naming the first problem (line, column)."""
    try:
        return load_json(raw)
    except JsonProblem as exc:
        raise InputError(f"{source}: {exc}") from None


def load_json(raw: str) -> object:
    """JSON text within the limits, or JsonProblem saying what is wrong."""
    raw = raw.removeprefix("\ufeff")
    depth = json_depth(raw)
    if depth > MAX_JSON_DEPTH:
        raise JsonProblem(f"JSON nested {depth} deep (limit {MAX_JSON_DEPTH})")
    try:
        value = json.loads(
            raw, parse_constant=_refuse_constant, parse_float=_finite, parse_int=_bounded_int
        )
    except json.JSONDecodeError as exc:
        raise JsonProblem(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", exc.lineno
        ) from None
    except _Refused as exc:
        raise JsonProblem(str(exc)) from None
    except RecursionError:  # the depth scan above makes this unreachable in practice
        raise JsonProblem("JSON nested too deep") from None
    if "\\" in raw and _has_lone_surrogate(value):
        raise JsonProblem("a string holds a lone surrogate (\\ud800-\\udfff), not text")
    return value


def json_depth(raw: str) -> int:
    """How deep brackets nest in JSON text, strings skipped (an upper bound when invalid)."""
    marks = _NOT_BRACKET.sub("", _STRING.sub("", _ESCAPE.sub("", raw)))
    if not marks:
        return 0
    return max(0, *accumulate(1 if c in "[{" else -1 for c in marks))


def _refuse_constant(name: str) -> float:
    raise _Refused(f"{name} is not a number a plan can hold; write a finite number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"number {text[:40]} is out of range")
    return value


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise _Refused(f"a {digits}-digit number is too long (limit {MAX_INT_DIGITS} digits)")
    return int(text)


def _has_lone_surrogate(value: object) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not item.isascii() and has_surrogate(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def has_surrogate(text: str) -> bool:
    """True if ``text`` holds a lone surrogate (cannot be encoded, stored or printed)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
