"""A time the person stated for one piece holds in the plan: "each mug takes me about 2 hours"
never becomes "Throw 3 mugs" in 45 minutes; a step asks for as many pieces as its time holds
and is given at least one piece's time.
"""

from __future__ import annotations

import math
import re

from assistant.engines.offline.title_sizes import distance_minutes, distance_to_time
from assistant.models import Assumption, Plan, Task

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


_LONG_RE = re.compile(r"\b(?:long|longest|back-to-back|rehearsal|test)\b", re.I)
_MOVING_RE = re.compile(r"\b(?:hike|walk|run|ride|swim|ruck|cycle|jog)\w*", re.I)
_OWN_TIME_RE = re.compile(
    r"\b\d+\s?(?:-\s?)?(?:minutes?|mins?|min|hours?|hrs?|h)\b|\ban? hour\b", re.I
)
_ABOUT_RE = re.compile(r"(?:book|plan|schedule|pick|choose|map|log|write|note|check|set)\b", re.I)
_TWO_DAYS_RE = re.compile(r"\b(?:2|two) long\b|\bback-to-back\b", re.I)


def hold_distance(plan: Plan, limit: int, usable: float) -> Plan:
    """A milestone's distance ("Longest hike 8 miles") holds in its long sessions: the week's
    long hike, the back-to-back days, the dress rehearsal take the minutes that distance needs
    at an easy pace, within one sitting (``limit``) and the week's ``usable`` minutes; when a
    sitting cannot hold it, the plan says how long the distance really takes."""
    short: tuple[int, int, str] | None = None
    for milestone in plan.milestones:
        need = _milestone_distance(milestone.title, plan.goal.metric.name)
        if need is None:
            continue
        week = sum(
            t.recurrence.sessions_per_week() * t.estimate_minutes
            for t in milestone.tasks
            if t.recurrence and t.status == "todo"
        )
        for task in milestone.tasks:
            if not (_LONG_RE.search(task.title) and _MOVING_RE.search(task.title)):
                continue
            if _ABOUT_RE.match(task.title) or task.attacks_constraint:
                continue  # "Book next week's long hike" is a booking, not the hike
            if task.status != "todo" or _OWN_TIME_RE.search(task.title):
                continue
            want = need * (2 if _TWO_DAYS_RE.search(task.title) else 1)
            if task.estimate_minutes >= want * 0.75:
                continue
            grown = min(want, limit)
            if task.recurrence:
                per = task.recurrence.sessions_per_week()
                room = usable - week + per * task.estimate_minutes
                if room / per < grown:  # the long day first: the other sessions give way
                    week -= _give_way(milestone.tasks, task, (grown - room / per) * per)
                    room = usable - week + per * task.estimate_minutes
                grown = min(grown, int(room / per) // 5 * 5)
                week += per * (max(grown, task.estimate_minutes) - task.estimate_minutes)
            else:  # a one-off long day shares its week with the sessions
                grown = min(grown, int(usable - week) // 5 * 5)
            if grown > task.estimate_minutes:
                task.resize(grown)
            if task.estimate_minutes < want * 0.75 and (short is None or want > short[0]):
                short = (want, task.estimate_minutes, milestone.title)
    if short and not any("at an easy pace; one sitting" in a.text for a in plan.assumptions):
        want, have, title = short
        plan.assumptions.append(
            Assumption(
                text=(
                    f"'{title}' takes about {_hours(want)} at an easy pace; one sitting here is "
                    f"{_hours(have)}: the long days are planned as long as a sitting holds, so "
                    "go the full distance on those days when you can"
                ),
                source="stated",  # arithmetic on the distance, not a guess
                key="capacity",
            )
        )
    return distance_to_time(plan, limit, usable)  # 8 km in a 30-minute sitting: 2.5 km


_DISTANCE_SAID_RE = re.compile(r"\b(\d+(?:\.\d+)?)\s?(km|k|kilomet(?:er|re)s?|mi|miles?)\b", re.I)


def _milestone_distance(title: str, metric_name: str) -> int | None:
    """Minutes the distance a milestone names takes ("Training hike of 12 miles done",
    "10 miles done" on a hike's ladder), with the verb from its title or the goal's measure."""
    m = _DISTANCE_SAID_RE.search(title)
    verb = _MOVING_RE.search(title) or _MOVING_RE.search(metric_name)
    if m is None or verb is None:
        return None
    return distance_minutes(f"{verb.group(0)} {m.group(1)} {m.group(2)}")


def _give_way(tasks: list[Task], long: Task, wanted: float) -> float:
    """Shorten the milestone's other practice sessions (to two thirds, never under 20
    minutes) until ``wanted`` minutes a week are free; the minutes a week freed."""
    freed = 0.0
    for task in tasks:
        rec = task.recurrence
        if task is long or not rec or task.attacks_constraint or task.status != "todo":
            continue
        if freed >= wanted or _LONG_RE.search(task.title) or task.estimate_minutes <= 20:
            continue
        least = max(20, math.ceil(task.estimate_minutes * 2 / 3 / 5) * 5)
        cut = min(task.estimate_minutes - least, (wanted - freed) / rec.sessions_per_week())
        cut = math.ceil(cut / 5) * 5
        if cut > 0:
            task.resize(task.estimate_minutes - cut)
            freed += cut * rec.sessions_per_week()
    return freed


def _hours(minutes: int) -> str:
    h, m = divmod(int(minutes), 60)
    return f"{h} h {m:02d}" if h and m else f"{h} h" if h else f"{m} min"
