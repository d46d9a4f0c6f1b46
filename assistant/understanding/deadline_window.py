"""A countdown the goal text names ("7 weeks left") beside a far date answered."""

from __future__ import annotations

import datetime as dt
import re

from assistant.language import find_horizon

# a countdown, not a named period: "this quarter" may be a fiscal one, and the answer knows
_WINDOW_RE = re.compile(
    r"\b(?:(?:the )?next \d+ (?:days|weeks)|\d+ (?:days|weeks|months) (?:left|to go|remaining))\b"
)


def nearer_window(
    core: str, text_day: dt.date | None, answered: dt.date, today: dt.date
) -> tuple[dt.date, str] | None:
    """The goal text's own window when the answer's date lies more than twice as far away:
    'this quarter, 7 weeks left' and 'sept 30' cannot both be right, so the nearer holds."""
    if text_day is None or not today < text_day < answered:
        return None
    horizon = find_horizon(core)
    said = next(
        (
            m
            for m in _WINDOW_RE.finditer(core)
            if horizon and horizon.phrase in core[max(0, m.start() - 12) : m.end()]
        ),
        None,
    )
    if said is None:
        return None
    far = (answered - today).days > 2 * (text_day - today).days
    return (text_day, said.group(0)) if far else None
