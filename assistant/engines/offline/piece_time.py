"""A time the person stated for one piece holds in the plan: "each mug takes me about 2 hours"
never becomes "Throw 3 mugs" in 45 minutes; a step asks for as many pieces as its time holds
and is given at least one piece's time.
"""

from __future__ import annotations

import math
import re

from assistant.models import Plan

_PIECE_RE = re.compile(
    r"\b(?:each|every|one|a|per|single)\s(?:[a-z]+\s)?(?P<noun>[a-z]+)\s(?:takes?|is|needs?)\s"
    r"(?:me\s|us\s)?(?:about\s|around\s|roughly\s|like\s)?(?P<low>\d+(?:\.\d+)?)"
    r"(?:\s?(?:-|to)\s?(?P<high>\d+(?:\.\d+)?))?\s?(?P<unit>h|hrs?|hours?|min|mins|minutes)\b",
    re.I,
)
_SITTINGS_RE = re.compile(r"\bover \d+ sittings\b")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def piece_minutes(text: str) -> tuple[str, int] | None:
    """The piece and the minutes one takes, as stated ("each piece takes 3-4 hrs": piece, 180),
    or None when the text states no time for one piece."""
    m = _PIECE_RE.search(text)
    if not m or m.group("noun").lower() in {"day", "week", "session", "time", "month"}:
        return None
    minutes = float(m.group("low")) * (60 if m.group("unit").lower().startswith("h") else 1)
    return m.group("noun").lower(), round(minutes)


def _stated_text(plan: Plan) -> str:
    said = [a.text for a in plan.assumptions if a.source == "stated"]
    return " ".join([plan.constraint or "", *said])


def hold_piece_time(plan: Plan, limit: int) -> Plan:
    """Steps that name a number of the stated pieces ask for what one sitting holds (never
    fewer than one) and take at least one piece's time, or, when a piece is longer than one
    sitting (``limit`` minutes), one piece over the sittings it needs; a repeated step meets
    less often so its week stays as long as it was."""
    stated = piece_minutes(_stated_text(plan))
    if stated is None:
        return plan
    noun, each = stated
    sittings = math.ceil(each / limit)  # a 3-hour piece in 2-hour sittings: 2 sittings
    sitting = min(limit, math.ceil(each / sittings / 5) * 5)
    count_re = re.compile(
        rf"\b(\d+|one|two|three|four|five|six)\s((?:[a-z-]+\s)?){re.escape(noun)}(?:e?s)?\b", re.I
    )
    for task in plan.tasks():
        m = count_re.search(task.title)
        rec = task.recurrence
        if not m or len(task.title[: m.start()].split()) > 2 or task.status != "todo":
            continue  # "Note what worked in 1 earlier piece" makes no piece
        if _SITTINGS_RE.search(task.title):
            continue  # already sized over its sittings
        if rec and rec.per == "day":
            continue
        asked = int(m.group(1)) if m.group(1).isdigit() else _WORDS[m.group(1).lower()]
        held = min(asked, max(1, task.estimate_minutes // each))
        if task.estimate_minutes >= held * each and held == asked:
            continue
        week = rec.times * task.estimate_minutes if rec else 0
        task.title = _say_count(task.title, count_re, held, noun)
        task.done_when = _say_count(task.done_when, count_re, held, noun)
        if sittings > 1:  # "Finish 2 pieces" in 90 min -> "Finish 1 piece ... over 2 sittings"
            task.title = _say_count(task.title, count_re, 1, noun) + f" over {sittings} sittings"
            task.done_when = _say_count(task.done_when, count_re, 1, noun)
            task.resize(max(task.estimate_minutes, sitting))
        else:
            task.resize(max(task.estimate_minutes, held * each))
        if rec:  # two 90-minute sittings a week become one 3-hour sitting
            rec.times = max(1, min(rec.times, round(week / task.estimate_minutes)))
    return plan


def _say_count(text: str, count_re: re.Pattern[str], held: int, noun: str) -> str:
    """``text`` with its count of pieces set to ``held`` ("2 pieces" -> "1 piece")."""

    def one(m: re.Match[str]) -> str:
        word = noun if held == 1 else m.group(0).split()[-1]
        return f"{held} {m.group(2)}{word}"

    return count_re.sub(one, text, count=1) if text else text
