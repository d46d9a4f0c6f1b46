"""A bedtime named as the goal ('asleep by 11 on weeknights', 'in bed before 22:30'): nights a week in bed on time,
never hours of sleep or a screen rule in its place."""

from __future__ import annotations

import re

_BEDTIME_RE = re.compile(
    r"\b(?:asleep|in bed|to bed|bed|lights out|sleep|sleeping) (?:by|before) "
    r"(?:(?:(?:[01]?\d|2[0-3]):[0-5]\d|1[0-2]|[1-9])(?:\s?(?:pm|am|p\.m\.))?(?![\d%:])|"
    r"midnight\b|(?:half (?:past )?)?(?:ten|eleven|twelve)\b)"  # "in bed before midnight"
)
_EVERY_NIGHT_RE = re.compile(r"\b(?:every|each) night\b|\bnightly\b|\b7 nights\b|\ball week\b")
_WEEKNIGHTS_RE = re.compile(
    r"\b(?:week ?nights|weekdays|work nights|school nights|mon(?:day)?-fri)"
)


def bedtime_nights(core: str) -> float | None:
    """Nights a week the named bedtime is kept (7 every night, 5 on weeknights), or None
    when the text names no bedtime."""
    if not _BEDTIME_RE.search(core):
        return None
    return 7.0 if _EVERY_NIGHT_RE.search(core) and not _WEEKNIGHTS_RE.search(core) else 5.0
