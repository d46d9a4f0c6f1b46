"""A rhythm the person's goal states that the plan's main task does not keep.

'have a date night twice a month' then a weekly date night; 'visit her once a month' then
one optional visit; 'do my exercises every morning' then a daily task with no morning in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.findings import finding
from assistant.language.text import content_stems, normalize
from assistant.models import Finding, Plan, Task

_TIMES = {"once": "1 times", "twice": "2 times", "thrice": "3 times"}
_ONCE_RE = re.compile(r"\b(once|twice|thrice)\b(?=\s(?:a|per|each|every)\s(?:day|week|month)\b)")
_PER_WEEK = {"day": 7.0, "week": 1.0, "month": 12 / 52}
# the ways people state how often they will do a thing
_COUNTED_RE = re.compile(
    r"\b(\d+)\s(?:times?|x|sessions?|days|nights|mornings|evenings|visits|calls|dates)"
    r"\s(?:a|per|each|every)\s(day|week|month)\b"
)
_EVERY_RE = re.compile(
    r"\b(?:every|each)\s(day|morning|night|evening|week|month|other week|"
    r"sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b"
    # 'publish weekly', not 'the weekly meeting'
    r"|\b(daily|nightly|weekly|monthly)(?=\s*(?:$|[,.;!?]|\b(?:and|so|but|for|from|until)\b))"
)
_EVERY_RATE = {
    "day": 7.0,
    "morning": 7.0,
    "night": 7.0,
    "evening": 7.0,
    "daily": 7.0,
    "nightly": 7.0,
    "week": 1.0,
    "weekly": 1.0,
    "other week": 0.5,
    "month": 12 / 52,
    "monthly": 12 / 52,
}
# a time of day the person tied the activity to, which the task should carry
_ANCHORS = {"morning": ("morning", "breakfast", "wake"), "evening": ("evening", "dinner")}
_ANCHORS["night"] = ("night", "evening", "bed")
# a clause about today's habit or a limit is no rhythm to keep: 'I run twice a week now'
_NOW_RE = re.compile(
    r"\b(?:i (?:currently|usually|only|just)|currently|right now|at the moment|used to|"
    r"down to|at most|no more than|less than|cut|limit|only|max)\b"
)
_CLAUSE_SPLIT = re.compile(r",(?!\d)|[.;:!?()]|\b(?:and|but|so|because|then|while|or)\b")
# words any task shares with a rhythm and so say nothing of which activity it is
_GENERIC = content_stems(
    "week weekly month monthly day daily every each morning evening night times once twice "
    "want need get make keep start actually really try able more least"
)

# words people use for one activity: 'go to the gym 3 times a week' is done by 'Do the workout'
_KIN = (content_stems("exercise workout gym training train lift"), content_stems("visit see"))


@dataclass(frozen=True)
class Stated:
    """One rhythm the person stated: the words, the sessions a week, the activity's stems."""

    said: str
    per_week: float
    activity: frozenset[str]
    anchor: str | None


def stated_rhythms(goal_text: str) -> list[Stated]:
    """Each rhythm in the goal text with the activity named just before it."""
    text = _ONCE_RE.sub(lambda m: _TIMES[m.group(1)], normalize(goal_text))
    out = []
    hits: list[tuple[re.Match[str], float, str | None, bool]] = [
        (m, _PER_WEEK[m.group(2)] * int(m.group(1)), None, True) for m in _COUNTED_RE.finditer(text)
    ]
    for m in _EVERY_RE.finditer(text):
        word = m.group(1) or m.group(2)
        anchor = word if word in _ANCHORS else None
        hits.append((m, _EVERY_RATE.get(word, 1.0), anchor, False))
    for m, per_week, anchor, counted in hits:
        clause = _CLAUSE_SPLIT.split(text[: m.start()])[-1]
        if _NOW_RE.search(clause) or _NOW_RE.search(text[m.end() : m.end() + 12]):
            continue
        if not counted and re.search(r"\d", clause):
            continue  # an amount in a period ('10 new words every week') is no session rhythm
        activity = frozenset(content_stems(clause) - _GENERIC)
        activity = activity.union(*(kin for kin in _KIN if kin & activity))
        if activity and per_week > 0:
            said = re.sub(r"\b1 times?\b", "once", f"{clause.strip()} {m.group(0)}")
            out.append(Stated(said.replace("2 times", "twice"), per_week, activity, anchor))
    return out


def _per_week(task: Task) -> float:
    return task.recurrence.sessions_per_week() if task.recurrence else 0.0


def _names(task: Task, activity: frozenset[str]) -> bool:
    return bool(content_stems(task.title) & activity)


def rhythm_not_kept(plan: Plan) -> list[Finding]:
    """task.rhythm_not_kept: the goal states how often ('twice a month', 'every morning',
    'visit her once a month'); the tasks that do that activity repeat at another rate, never
    repeat, or drop the time of day it was tied to. A plan none of whose tasks names the
    activity is left alone: the rule cannot tell which task does it."""
    if plan.request is None:
        return []
    weeks = max(1.0, (plan.goal.deadline - plan.start_date).days / 7)
    for stated in stated_rhythms(plan.request.goal_text):
        doing = [
            [t for t in m.tasks if t.recurrence and _names(t, stated.activity)]
            for m in plan.milestones
        ]
        rates = [_per_week(t) for ts in doing for t in ts]
        best = max((sum(_per_week(t) for t in ts) for ts in doing), default=0.0)
        once = sum(
            1
            for m in plan.milestones
            for t in m.tasks
            if not t.recurrence and _names(t, stated.activity)
        )
        if best == 0:
            if not once or once >= 0.5 * stated.per_week * weeks:
                continue  # no task names it, or one-off tasks hold it, one per time it is due
            return [_found(stated, "no task repeats it")]
        # the main task alone, or the tasks for it together, keep the rate
        if not any(0.6 <= r / stated.per_week <= 1.6 for r in (best, max(rates))):
            return [_found(stated, f"the task that does it runs {_rate(best)}")]
        words = _ANCHORS.get(stated.anchor or "", ())
        titles = " ".join(t.title.lower() for ts in doing for t in ts)
        if words and not any(w in titles for w in words):
            return [_found(stated, f"no task that does it says when in the day ({stated.anchor})")]
    return []


def _rate(per_week: float) -> str:
    times, per = (per_week, "week") if per_week >= 1 else (per_week * 52 / 12, "month")
    said = {1: "once", 2: "twice"}.get(round(times), f"{times:.0f} times")
    return f"{said} a {per}"


def _found(stated: Stated, what: str) -> Finding:
    return finding(
        "task.rhythm_not_kept",
        "milestones",
        f"The person said '{stated.said}', but {what}.",
        "Schedule the activity at the rhythm the person stated, at the time they tied it to.",
    )
