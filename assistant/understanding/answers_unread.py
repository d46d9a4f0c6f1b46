"""Deadline and capacity answers the plain readers find no date or hours in, read the way a
coach would: kept as typed readings (``deadline_soon``, ``deadline_ongoing``,
``deadline_said``, ``capacity_said``, ``capacity_share``, ``capacity_team``) that the
planner turns into a date or an assumption which quotes the person's words."""

from __future__ import annotations

import datetime as dt
import re

from assistant.understanding.capacity_words import LooseCapacity, read_loose_capacity, team_hours
from assistant.understanding.deadline_words import read_loose_deadline


def read_unread_deadline(value: str, today: dt.date, typed: dict[str, object]) -> bool:
    """Fill ``typed`` from a deadline answer with no plain date; False when it says nothing."""
    loose = read_loose_deadline(value, today)
    if loose is None:
        return False
    if loose.kind == "span" and loose.day is not None:
        typed["deadline"] = loose.day
        typed["deadline_hedged"] = True  # "few months": their span, our reading of it
    elif loose.kind == "soon" and loose.day is not None:
        typed["deadline"] = loose.day
        typed["deadline_soon"] = value.strip()
    elif loose.kind == "ongoing":
        typed["deadline_ongoing"] = value.strip()
    else:  # an event with no date, or a date already past: kept, flagged, the plan assumes
        typed["deadline_said"] = f"{loose.kind}:{loose.said.strip()}"
    return True


_SOFT_TURN_RE = re.compile(r",|;|\s[-\u2013\u2014]\s|\s(?:but|though|although)\s", re.I)


def soft_date(value: str, today: dt.date, whole: bool = False) -> dt.date | None:
    """The date after 'no rush,' or 'no deadline really,' ("no rush, by next summer i hope",
    "no deadline, maybe 6 months to see progress"), or in all of ``value`` when ``whole``
    (what follows "asap"); None when only the 'no deadline' is said. The date may follow a
    comma, a semicolon, a dash or "but" ("no deadline but ideally by june")."""
    from assistant.understanding.deadlines import parse_deadline

    parts = [value] if whole else _SOFT_TURN_RE.split(value, maxsplit=1)
    rest = parts[-1]
    if len(parts) < 2 and not whole or not re.search(r"[a-z0-9]", rest.lower()):
        return None
    day = parse_deadline(rest, today)
    loose = read_loose_deadline(rest, today) if day is None else None
    day = day if day is not None else (loose.day if loose and loose.kind == "span" else None)
    return day if day is not None and day > today else None


def read_unread_capacity(value: str, typed: dict[str, object]) -> bool:
    """Fill ``typed`` from a capacity answer with no plain hours; False when it says nothing."""
    loose = read_loose_capacity(value)
    if loose is None:
        return False
    if isinstance(loose, float):
        typed["capacity"] = loose
        return True
    if loose.kind == "share" and loose.share is not None and loose.heads:
        typed["capacity"] = team_hours(loose.share, loose.heads)  # "2 devs, half their time"
    elif loose.kind == "share":
        typed["capacity_share"] = loose.share  # "20% of each sprint": times the team's size
    elif loose.kind == "team":
        typed["capacity_team"] = loose
    typed["capacity_said"] = loose
    return True


def unread_note(typed: dict[str, object]) -> str:
    """The plan's note on a capacity answer that gave no hours, in the person's words."""
    said = typed.get("capacity_said")
    return said.note() if isinstance(said, LooseCapacity) else ""
