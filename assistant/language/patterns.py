"""Regexes from the data files, compiled once per process.

The fields' keywords, the obstacle kinds' cues and the other patterns the data holds are more
than the 512 that Python's own ``re`` cache keeps: past that, ``re.search(pattern, text)``
compiled them again on every call, most of an offline plan's CPU (measured 29 Nov: 7,500
compiles in 10 plans). A pattern asked for here is compiled the first time only.
"""

from __future__ import annotations

import functools
import re
from typing import Annotated

from pydantic import AfterValidator

# the data's patterns (a few thousand), never a person's words: those are escaped per call
_KEPT = 8192


@functools.lru_cache(maxsize=_KEPT)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept."""
    return re.compile(pattern, flags)


def _compiles(pattern: str) -> str:
    """``pattern`` if it compiles, else ValueError naming the fault (a pydantic error, so a
    data file with a bad pattern fails to load saying which row)."""
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"pattern is not a valid regex: {exc}") from exc
    return pattern


# a pattern field of a data file's row: checked to compile when the file loads
Regex = Annotated[str, AfterValidator(_compiles)]
