"""Revisions of what the goal is and who takes part: a new target ("actually the doctor said
8000"), and someone joining ("my sister wants to join on weekends")."""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.ladder import round_rung
from assistant.engines.offline.revise_time import restate
from assistant.engines.offline.revise_words import original_case
from assistant.errors import InputError
from assistant.language.amounts import MONEY_UNITS, fmt_number, fmt_value
from assistant.language.text import content_stems
from assistant.models import Assumption, Plan, Task
from assistant.playbooks import BY_KEY

_TARGET_CUE_RE = re.compile(
    r"\b(?:target|goal|aim|said|says|wants?|instead|rather|make it|change it|set it|bump|raise|"
    r"lower|up it|up to|down to)\b"
)
# "10k", "8,000", "6kg", "6 kg": the number, thousands, and a unit written with it
_NUMBER_RE = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:\s?(k)\b)?(?:\s?([a-z%$€£]+))?")
# the number a request aims at when it says others too ("24 is too much, can we do 12")
_AIMED_RE = re.compile(
    r"\b(?:make it|change it to|change (?:the )?(?:target|goal) to|set it to|up it to|bump it to|"
    r"drop it to|lower it to|raise it to|aim for|go for|(?:can|could) (?:we|i) (?:do|go for)|"
    r"maybe|how about|what about)\s(?:like\s|about\s|just\s)?(\d)"
)
_NOT_TARGET_RE = re.compile(
    r"\b(?:hours?|minutes?|mins?|h|sessions?|times|deadline|weeks? (?:later|earlier|more|back)|"
    r"days? (?:later|earlier)|milestones?|t\d+|version)\b"
)
_NOT_UNITS = frozenset(
    [
        "instead",
        "a",
        "an",
        "per",
        "each",
        "every",
        "please",
        "now",
        "then",
        "rather",
        "today",
        "daily",
        "total",
        "in",
        "by",
        "this",
        "that",
        "for",
        "and",
        "or",
        "is",
        "was",
    ]
)
_JOIN_RE = re.compile(
    r"^(?:my |our )?(.+?)\s(?:wants to|would like to|will|can|could|is going to|is gonna|"
    r"might|may|is happy to|offered to)\s(?:join|come along|come|walk|train|go|do it|tag along|"
    # "my son wants to learn too", "my wife wants to start as well"
    r"(?:learn|play|start|practi[cs]e|run|swim|cook|save)(?=\s(?:too|as well|with (?:me|us))\b))"
    r"(?:\s(?:me|us|in))?\b(.*)$"
    # asked: "can my wife join me"
    r"|^(?:can|could|may|should)\s(?:my|our)\s(.+?)\s(?:join|come along|come|tag along)"
    r"(?:\s(?:me|us|in))?\b(.*)$"
)
# said about someone first, then that they join: "my wife is learning too, she'll join"
_JOIN_TOLD_RE = re.compile(
    r"^(?:my|our)\s(\w+)\s(?!and\b)\w+\b.*?[,;.]?\s?"
    r"(?:she|he|they)(?:'ll|'d| will| would| can| could| wants to| want to| is going to)?\s"
    r"(?:like to\s)?(?:join|come along|tag along)(?:\s(?:me|us|in))?\b(.*)$"
    # "my gf ... could we do the vocab flashcards together?", "my partner wants to do the same
    # wind-down routine", "my neighbour wants to walk with me tues and thurs mornings"
    r"|^(?:my|our)\s(\w+)\s(?!and\b)\w+\b.*?\b(?:together|with me|with us|the same)\b(.*)$"
)
_WEEKEND_RE = re.compile(r"\b(?:weekends?|saturdays?|sundays?)\b")


def target(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'actually the doctor said 8000', 'make the target 10k': the goal's number changes and
    every milestone on the way keeps its share of the distance from the start."""
    metric = plan.goal.metric
    s = re.sub(r"\s\(\d{1,2}\)", "", s)  # "my son (13) wants to learn too": an age, no target
    aimed = _AIMED_RE.search(s)
    if not (_TARGET_CUE_RE.search(s) or aimed) or _NOT_TARGET_RE.search(s):
        return None
    numbers = _NUMBER_RE.findall(s)  # "make it 5000 instead? I want 3 months of rent covered"
    if aimed and len(numbers) > 1:
        before = _NUMBER_RE.findall(s[: aimed.start(1)])
        if any(not _about_target(n, metric.unit, metric.target) for n in before):
            return None  # "the 'read 50 pages a day' thing is not happening. maybe 20?"
        numbers = _NUMBER_RE.findall(s[aimed.start(1) :])[:1]
    if len(numbers) != 1:
        return None
    digits, thousands, unit = numbers[0]
    if unit and unit not in _NOT_UNITS and not _same_unit(unit, metric.unit):
        return None
    new_target = float(digits.replace(",", "")) * (1000 if thousands else 1)
    old_target = metric.target
    if new_target == old_target:
        raise InputError(f"the target is already {fmt_number(old_target)} {metric.unit}")
    start = metric.baseline or 0.0
    if (new_target - start) * (old_target - start) <= 0:
        raise InputError(
            f"{fmt_number(new_target)} {metric.unit} is not past where you start "
            f"({fmt_number(start)}); say the goal again in words to plan it afresh"
        )
    new = plan.next_version(
        f"target {fmt_number(old_target)} -> {fmt_number(new_target)} {metric.unit}"
    )
    _retarget(new, old_target, new_target)
    _restep(new, (start, old_target), (start, new_target))
    if new.request is not None:  # what they ask for now: the rules hold the plan to it
        new.request.goal_text = _swap_number(new.request.goal_text, old_target, new_target)
        new.request.answers["metric"] = raw.strip()[:500]
    restate(
        new,
        "metric",
        f"Success is measured by {metric.name}: {fmt_number(new_target)} {metric.unit}",
    )
    return new


def _about_target(number: tuple[str, str, str], unit: str, target: float) -> bool:
    """A number said before the one aimed at is about the goal's target: the target itself
    ("24 is too much, can we do 12") or one in its unit; "50 pages a day" beside a target in
    books is about a task, and so is the number aimed at after it."""
    digits, thousands, said_unit = number
    value = float(digits.replace(",", "")) * (1000 if thousands else 1)
    if value == target:
        return True
    return bool(said_unit) and said_unit not in _NOT_UNITS and _same_unit(said_unit, unit)


def _restep(plan: Plan, was: tuple[float, float], now: tuple[float, float]) -> None:
    """Each milestone of the goal's unit keeps its place on the way from start to target when
    the way changes from ``was`` to ``now`` (both start, target); the last one is the target."""
    metric = plan.goal.metric
    (old_start, old_goal), (start, goal) = was, now
    field = BY_KEY.get(plan.metadata.field or "", BY_KEY["generic"])
    share = (goal - start) / (old_goal - old_start)
    for milestone in plan.milestones:
        old = milestone.metric.target
        if not _same_unit(milestone.metric.unit, metric.unit):
            continue
        value = (
            goal
            if old == old_goal
            else round_rung(
                start + (old - old_start) * share, metric.unit, metric.name, goal, field
            )
        )
        milestone.metric.target = value
        milestone.title = _swap_number(milestone.title, old, value)


# "I already have 1200 saved", "I've saved $800 so far", "I'm already at 3 km", "I already
# lost 4 kg": where the person is now on the goal's own measure, not a task done
_START_SAID_RE = re.compile(r"\b(?:already|so far|to date|right now|at the moment|currently)\b")
_START_VERB_RE = re.compile(
    r"\b(?:have|got|saved|put (?:away|aside)|paid (?:off|back)?|lost|gained|at|up to|down to|"
    r"managed|done|run|ran|walk|walked|swim|swam|read|written|wrote|sold|raised)\b"
)


def start_said(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'I already have 1200 saved': the goal's starting point, in its own unit; milestones at
    or below it are said to be met already."""
    metric = plan.goal.metric
    if not (_START_SAID_RE.search(s) and _START_VERB_RE.search(s)) or _NOT_TARGET_RE.search(s):
        return None
    numbers = _NUMBER_RE.findall(s)
    if len(numbers) > 1:  # "already have 800 in savings, does that count toward the 3000?"
        cue = _START_SAID_RE.search(s)  # found above
        verb = _START_VERB_RE.search(s, cue.start() if cue else 0)
        numbers = _NUMBER_RE.findall(s[verb.end() :])[:1] if verb else []
    if len(numbers) != 1:
        return None
    digits, thousands, unit = numbers[0]
    money = metric.unit in MONEY_UNITS
    said_money = bool(re.search(r"[$€£]\s?\d", s)) or unit in {"saved", "put", "paid"}
    if unit and unit not in _NOT_UNITS | {"saved", "put", "paid", "so", "already"}:
        if not _same_unit(unit, metric.unit):
            return None
    elif not money and said_money:
        return None
    value = float(digits.replace(",", "")) * (1000 if thousands else 1)
    start, goal = metric.baseline or 0.0, metric.target
    if (goal - value) * (goal - start) <= 0:
        raise InputError(
            f"this plan counts {metric.name} from {fmt_value(start, metric.unit)} to "
            f"{fmt_value(goal, metric.unit)}, and {fmt_value(value, metric.unit)} is not on the way: "
            "say where you are on that measure, or a new target ('make it ...')"
        )
    if start == value:
        raise InputError(f"the plan already starts from {fmt_value(value, metric.unit)}")
    amount = fmt_value(value, metric.unit)
    new = plan.next_version(f"starting point {fmt_value(start, metric.unit)} -> {amount}")
    new.goal.metric.baseline = value
    _restep(new, (start, goal), (value, goal))
    restate(new, "baseline", f"Starting point: {amount}, as you said: '{raw.strip()[:120]}'")
    if new.request is not None:  # what they say now: the rules hold the plan to it
        new.request.answers["baseline"] = raw.strip()[:500]
    return new


def joins(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    """'my sister wants to join on weekends': she joins one weekly session, nothing moves."""
    m = _JOIN_RE.match(s)
    named, when_said = (
        (m.group(1), m.group(2)) if m and m.group(1) else (m and m.group(3), m and m.group(4))
    )
    told = _JOIN_TOLD_RE.match(s) if not named or len(named.split()) > 3 else None
    if told:  # "my wife is learning too, she'll join on weekends"
        m, named = told, told.group(1) or told.group(3)
        when_said = told.group(2) if told.group(1) else told.group(4)
    if not m or not named or len(named.split()) > 3:
        return None
    who = re.sub(r"\s?\([^)]*\)", "", original_case(raw, named.strip()))  # "my son (13)"
    sessions = [t for t in plan.tasks() if t.status == "todo" and t.recurrence is not None]
    if not sessions:
        raise InputError("this plan has no repeating sessions for someone to join")
    weekend = bool(_WEEKEND_RE.search(when_said or ""))
    chosen = _joined_session(sessions, weekend, s)
    person = who if re.match(r"(?i)(?:my|our)\b", who) or who[:1].isupper() else f"my {who}"
    when = "; at the weekend" if weekend and not _WEEKEND_RE.search(chosen.title.lower()) else ""
    new = plan.next_version(f"{person} joins '{chosen.title}'")
    for task in new.tasks():
        if task.title == chosen.title and task.recurrence is not None:
            task.title = f"{task.title.rstrip(' .')}{when} with {person}"
    new.assumptions.append(
        Assumption(
            text=f"{person[:1].upper()}{person[1:]} joins {chosen.title.lower()}",
            source="stated",
            key="people",
        )
    )
    return new


def _joined_session(sessions: list[Task], weekend: bool, said: str = "") -> Task:
    """The session the message names ("the vocab flashcards together"), the weekend session
    when the person named the weekend, else the longest weekly one."""
    words = content_stems(said)
    shared = {t.id: len(words & content_stems(t.title)) for t in sessions}
    if max(shared.values(), default=0) > 0:
        return max(sessions, key=lambda t: shared[t.id])
    if weekend:
        named = [t for t in sessions if _WEEKEND_RE.search(t.title.lower())]
        if named:
            return named[0]
    weekly = [t for t in sessions if t.recurrence and t.recurrence.per == "week"] or sessions
    return max(weekly, key=lambda t: (t.estimate_minutes, -weekly.index(t)))


def _same_unit(said: str, unit: str) -> bool:
    said, unit = said.lower().rstrip("s"), unit.lower().rstrip("s")
    return said == unit or unit.startswith(said) or said in unit.split()


def _retarget(plan: Plan, old: float, new: float) -> None:
    plan.goal.metric.target = new
    plan.goal.statement = _swap_number(plan.goal.statement, old, new)
    unit = plan.goal.metric.unit
    for task in plan.tasks():  # "Read 20 pages" stays: only the goal's own "20 books" change
        task.title = _swap_number(task.title, old, new, unit)


def _swap_number(text: str, old: float, new: float, unit: str = "") -> str:
    """'Walk 7,000 steps a day' -> 'Walk 8,000 steps a day' (7000 and 7k read too)."""
    forms = {fmt_number(old), fmt_number(old).replace(",", "")}
    if old >= 1000 and old % 1000 == 0:
        forms.add(f"{fmt_number(old / 1000)}k")
    pattern = (
        r"(?<![\d,.])(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\d,])"
    )
    if unit and unit not in MONEY_UNITS:  # only the goal's own count: "20 books", not "20 pages"
        word = re.escape(unit.lower().rstrip("s"))
        return re.sub(
            pattern + rf"(?=\s?{word})",
            fmt_number(new),
            text,
            flags=re.IGNORECASE,
        )
    return re.sub(pattern, fmt_number(new), text)
