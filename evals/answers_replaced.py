"""The person's target or start replaced by the field's, by kind (what the round-13 coaches
caught): a distance they named lost, a count of another thing taken as the start, 'every day'
planned as the rhythm they keep now, 'N more' not added to the start, a part said done or a
held level planned again, a half-done course picked again, a stated run ignored."""

from __future__ import annotations

import re

from assistant.language import normalize
from assistant.models import Plan
from assistant.playbooks import MONEY_UNITS

_DISTANCE_RE = re.compile(
    r"\b(?:swim|run|walk|cycle|ride|row|hike)\s(?:a\s)?(\d+(?:\.\d+)?)\s?(km|k|m|miles?)\b"
    r"(?!\s(?:a|per|each)\s(?:day|week|month))"
)
_METRES = {"km": 1000.0, "k": 1000.0, "m": 1.0, "mile": 1609.0, "miles": 1609.0}
_UNIT_METRES = {"km": 1000.0, "m": 1.0, "miles": 1609.0, "yards": 0.914, "lengths": 25.0}
_COUNT_RE = re.compile(r"(?<![\d.,:/])(\d+)\s([a-z]{3,}s)\b")
_DAILY_RE = re.compile(r"\b(?:every day|each day|daily|every morning|every night|every evening)\b")
_NOW_RATE_RE = re.compile(
    r"\b(?:now|currently|maybe|about|only)\b[^,.;]{0,20}\b(?:twice|\d) ?(?:times )?a week\b"
)
_MORE_RE = re.compile(r"\b(\d+)\s(?:more|extra|additional)\b")
_AT_RE = re.compile(r"\b(?:we'?re at|we are at|we have|currently|now at|at)\s(\d+)\b")
_ALL_DONE_RE = re.compile(
    r"\ball\s(?:the\s)?(?:\d+\s)?([a-z]+?)s?\s(?:done|pieced|finished|made|sewn)\b"
)
_HALF_COURSE_RE = re.compile(
    r"\b(?:halfway|half way|half done|partway)\b[^,.;]{0,40}\b(?:course|cert|certificate)\b"
    r"|\b(?:course|cert|certificate)\b[^,.;]{0,12}\b(?:halfway|half done|half way)\b"
)
_RAN_RE = re.compile(r"\b(?:ran|did|finished|done)\s(?:a\s|an\s)?(\d+(?:\.\d+)?)\s?(k|km|miles?)\b")
_FIRST_RUN_RE = re.compile(r"^run (\d+(?:\.\d+)?) (km|miles?) without stopping")


def replaced(goal: str, said: dict[str, str], b: Plan) -> list[str]:
    """Each way the with-answers plan ``b`` replaces what the goal and answers said."""
    text, base = normalize(goal), said.get("baseline", "")
    metric = b.goal.metric
    titles = [normalize(m.title) for m in b.milestones]
    tasks = [normalize(t.title) for t in b.tasks()]
    out: list[str] = []
    wanted = _DISTANCE_RE.search(text)
    per = _UNIT_METRES.get(metric.unit.split()[0] if metric.unit else "")
    if wanted and per and not _RAN_RE.search(text[max(0, wanted.start() - 4) : wanted.end()]):
        metres = float(wanted.group(1)) * _METRES[wanted.group(2)]
        if abs(metric.target * per - metres) > 0.05 * metres:
            out.append(
                f"stated distance lost: {wanted.group(0)!r} -> {metric.target:g} {metric.unit}"
            )
    money = metric.unit.upper() in MONEY_UNITS
    if metric.baseline is not None and metric.unit and not money:
        ours = metric.unit.split()[-1].rstrip("s")
        whole = metric.unit.replace(" ", "")
        for m in _COUNT_RE.finditer(f"{text} . {base}"):
            noun = m.group(2).rstrip("s")
            if noun[:4] in whole or any(noun[:4] == w[:4] for w in metric.unit.split()):
                continue  # "2 pullups" for pull ups, "2000 steps" for steps a day
            if (
                float(m.group(1)) == metric.baseline
                and noun[:4] != ours[:4]
                and _counted_other(noun, f"{text} . {base}", metric.baseline, ours)
            ):
                out.append(
                    f"start in another unit: {m.group(0)!r} as {metric.baseline:g} {metric.unit}"
                )
                break
    if _DAILY_RE.search(text) and _NOW_RATE_RE.search(f"{text} . {base}"):
        statement = normalize(b.goal.statement)
        if not (_DAILY_RE.search(statement) or "7 times a week" in statement):
            out.append(f"daily target lost: {statement[:60]!r}")
    more, at = _MORE_RE.search(text), _AT_RE.search(f"{text} . {base}")
    if (
        more
        and at
        and not money
        and metric.target
        not in {
            float(more.group(1)) + float(at.group(1)),
            float(more.group(1)),
        }
    ):
        out.append(f"added count lost: {more.group(0)!r} from {at.group(1)} -> {metric.target:g}")
    done = _ALL_DONE_RE.search(base)
    if done and titles and re.match(rf"^(?:every|all)\s(?:the\s)?{done.group(1)[:5]}", titles[0]):
        out.append(f"done step planned again: {done.group(0)!r} -> {titles[0][:50]!r}")
    if _HALF_COURSE_RE.search(base):
        again = [t for t in tasks if re.match(r"^(?:pick|choose|find|sign up)\b.*\bcourse\b", t)]
        if again:
            out.append(f"half-done course picked again: {again[0][:60]!r}")
    ran = _RAN_RE.search(f"{text} . {base}")
    first = _FIRST_RUN_RE.match(titles[0]) if titles else None
    if ran and first:
        km = float(ran.group(1)) * (1.609 if ran.group(2).startswith("mile") else 1.0)
        planned = float(first.group(1)) * (1.609 if first.group(2).startswith("mile") else 1.0)
        if planned <= km:
            out.append(f"stated run ignored: {ran.group(0)!r} -> {titles[0][:40]!r}")
    return out


_NOT_OTHER = frozenset(["day", "week", "month", "year", "hour", "minute", "time", "thi"])
_PEOPLE = frozenset(["people", "person", "regular", "member", "volunteer", "player", "helper"])
_PEOPLE |= {"participant", "guest", "attendee", "runner", "parent", "famil", "recruit"}


def _counted_other(noun: str, text: str, value: float, ours: str) -> bool:
    """Whether ``value`` is said only as a count of ``noun`` (chords), never of the goal's
    own unit (songs), and the noun is a thing, not a stretch of time or people."""
    if noun in _NOT_OTHER or (noun in _PEOPLE and ours in _PEOPLE):
        return False  # "6 regulars" for volunteers: the same people
    own = re.search(rf"(?<![\d.]){value:g}\s(?:\w+\s)?{ours[:4]}", text)
    return own is None
