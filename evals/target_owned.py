"""Plans whose target is not the goal's own (round 26's R1 = 0): a number from a condition
("I need to show the £29,000 income"), a count of who ("our co-op (11 families)"), a label read
as a count ("keep rewriting chapter 1"), a part for the whole ("all 40 albums and 6 shoeboxes",
"an 80k word draft"), a proxy for the stated change ("the backlog from 420 down to under 100"
planned as a response time), a behaviour goal planned as another habit ("a full week without
yelling" as one-on-one times). Read from the goal text alone, so it holds whatever the
planner's readers say; ``target_drift`` counts these beside its own causes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.language import normalize

if TYPE_CHECKING:
    from assistant.models import Plan

CAUSES = (
    "condition_as_target",
    "who_as_target",
    "label_as_count",
    "part_for_whole",
    "proxy_for_stated",
    "behaviour_as_proxy",
)
_NUM = r"[$£€₹]?\s?(\d[\d,]*(?:\.\d+)?)\s?(k\b)?"
_CONDITION_RES = (
    re.compile(rf"\b(?:show|prove|evidence|demonstrate)\s(?:the\s|a\s|an\s|my\s|our\s)?{_NUM}"),
    re.compile(
        rf"\b(?:to qualify|qualifying|minimum|threshold|requirement)\b[^,.;]{{0,30}}?{_NUM}"
    ),
    re.compile(rf"{_NUM}\s?(?:[a-z]+\s)?(?:income|salary) (?:requirement|threshold|rule)"),
    re.compile(rf"{_NUM}[^,.;]{{0,30}}\bto qualify\b"),
)
_WHO_RES = (
    re.compile(r"\((?:about |around |roughly |over )?(\d+)\s(?:[a-z]+\s)?[a-z]+s\)"),
    re.compile(
        r"\b(?:team|group|cooperative|co-op|club|choir|class|crew|band|committee|department|"
        r"family|household|staff|company|firm|office|school)\sof\s(?:about\s|around\s)?(\d+)\b"
    ),
    re.compile(r"\b(\d+)\s(?:of us|people in (?:the|our|my) \w+)\b"),
    re.compile(r"\b(\d+)[- ](?:person|people|member|strong|man|woman)\s(?:team|group|crew|band)\b"),
)
_LABEL_RE = re.compile(
    r"\b(chapter|module|week|level|grade|step|lesson|unit|book|part|stage|round|year)\s(\d{1,2})\b"
    r"(?!\s?(?:of|out of)\s\d)"
)
_WHOLE_RE = re.compile(r"\b(?:whole|all|entire|every|finished|complete|full)\b")
_JOINED_RE = re.compile(
    r"\b(\d+)\s([a-z]+s)\s(?:and|plus|\+|&)\s(?:about\s|around\s)?(\d+)\s([a-z]+s)\b"
)
_WORDY_RE = re.compile(r"\b(\d+)\s?(k\b)?[- ]?(word|page)\s[a-z]+")
_FROM_TO_RE = re.compile(
    r"\bfrom\s(?:about\s|around\s)?(\d[\d,]*)\s(?:[a-z]+\s)?(?:down\s|up\s)?to\s"
    r"(?:under\s|below\s|over\s|above\s|less than\s|more than\s|about\s)?(\d[\d,]*)\b"
)
_WITHOUT_RE = re.compile(
    r"\b(?:a|one|1)\s(?:full\s|whole\s|entire\s)?(?:day|week|month|fortnight)\swithout\s([a-z]+?)(?:ing)?\b"
)


def _value(m: re.Match[str], group: int = 1) -> float:
    value = float(m.group(group).replace(",", ""))
    k = m.group(group + 1) if (m.re.groups or 0) > group else None
    return value * 1000 if k else value


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.011 * max(1.0, abs(b))


def owned_causes(goal: str, plan: Plan) -> list[str]:
    """The ways one plan's target is not the goal's own (empty: the goal's own target)."""
    metric = plan.goal.metric
    if metric is None:
        return []
    text = normalize(goal)
    target, unit = metric.target, (metric.unit or "").lower()
    name = f"{metric.name} {unit} {plan.goal.statement}".lower()
    causes = []
    if any(_close(target, _value(m)) for r in _CONDITION_RES for m in r.finditer(text)):
        causes.append("condition_as_target")
    if any(_close(target, float(m.group(1))) for r in _WHO_RES for m in r.finditer(text)):
        causes.append("who_as_target")
    if any(
        _close(target, float(m.group(2))) and unit.startswith(m.group(1))
        for m in _LABEL_RE.finditer(text)
    ):
        causes.append("label_as_count")
    if _part_for_whole(text, target, unit):
        causes.append("part_for_whole")
    said = _FROM_TO_RE.search(text)
    levels = [said.group(g) for g in (1, 2)] if said else []
    if (
        said
        and not any(_close(target, float(n.replace(",", ""))) for n in levels)
        and not all(n in normalize(plan.goal.statement).replace(",", "") for n in levels)
    ):  # "the backlog from 420 down to under 100": 100, never a response time
        causes.append("proxy_for_stated")
    acts = _WITHOUT_RE.findall(text)
    run = re.search(r"\b(?:[a-z]+-free|without|in a row)\b", f"{metric.name} {unit}".lower())
    if acts and not run and not any(act[:4] in name for act in acts):
        causes.append("behaviour_as_proxy")  # "a full week without yelling": yell-free days
    return causes


def _part_for_whole(text: str, target: float, unit: str) -> bool:
    joined = _JOINED_RE.search(text)
    if (
        joined
        and _WHOLE_RE.search(text[: joined.start()])
        and _close(target, float(joined.group(1)))
    ):
        return True  # "all 40 albums and 6 shoeboxes": 40 albums only
    wordy = _WORDY_RE.search(text)
    if wordy:  # "an 80k word fantasy": the draft's words, never 1 chapter
        whole = float(wordy.group(1)) * (1000 if wordy.group(2) else 1)
        return not _close(target, whole) and not unit.startswith(wordy.group(3)) and target < whole
    return False
