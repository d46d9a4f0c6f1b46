"""Does the road of milestones lead from where the person is to the goal? Targets that run the
wrong way or past the goal, a goal set at the person's current level, and results due days apart.
"""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.language import normalize
from assistant.models import Finding, Metric, Plan

# a new result needs at least this many days after the one before it
MIN_DAYS_BETWEEN = 5

# the goal holds a level from above: "below 130 mmHg", "under 2 hours", "down to 180"
_DOWN = re.compile(
    r"\b(?:below|under|down to|less than|fewer than|at most|no more than)\s|"
    r"^(?:cut|reduce|lower|limit|bring down|spend less|drop)\b"  # "Cut takeaway to KSh 900"
)
# where the person is now: "its 148/95", "I'm at 315", "averaging like 5 hours", "currently 72"
_NOW = re.compile(
    r"\b(?:at|currently|right now|now|it'?s|its|was|is|weigh|weighs|averaging|average|avg)\s+"
    r"(?:about\s+|around\s+|like\s+)?(\d[\d,]*(?:\.\d+)?)(?:\s?([a-z]+))?"
)
# a starting-point answer that is only a level: "148", "5 hours", "$1,200"
_BARE = re.compile(r"[^a-z\d]*(\d[\d,]*(?:\.\d+)?)\s?([a-z%]*)\W*")
# a measure of the change itself counts up, whichever way the habit or the weight goes
_COUNTS_CHANGE = re.compile(
    r"\b(?:lost|cut|saved|paid|off|dropped|free|in a row|without|reduction|less)\b"
)
_CUT_BY = re.compile(
    r"\bby\s(?:[$£€¥₹]\s?\d|\d[\d,.]*\s?(?:%|percent|k\b|x\b|times\b))|\bin half\b"
)
_KEEP = re.compile(r"\b(?:keep|stay|maintain|hold|remain|sustain)\b")


def _same_measure(a: Metric, b: Metric) -> bool:
    return normalize(a.unit) == normalize(b.unit) and normalize(a.name) == normalize(b.name)


def going_down(plan: Plan) -> bool:
    goal = plan.goal.metric
    if goal.baseline is not None and goal.baseline != goal.target:
        return goal.target < goal.baseline
    statement = normalize(plan.goal.statement)
    if _COUNTS_CHANGE.search(normalize(goal.name)) or _CUT_BY.search(statement):
        return False  # "kg lost", "days smoke-free", "cut it by 30%": the change rises
    return bool(_DOWN.search(statement))


def off_path(plan: Plan) -> list[Finding]:
    """milestone.off_path: a milestone on the goal's own measure runs past the goal or backwards
    ('below 75 mmHg' before 'below 150 mmHg'; '40 lb' after '60 lb' on the way up)."""
    goal = plan.goal.metric
    if not goal.target:
        return []  # nothing to step towards, or 'down to zero' where no step can pass it
    down = going_down(plan)
    before = goal.baseline
    for i, m in enumerate(plan.milestones[:-1]):
        if not _same_measure(m.metric, goal):
            continue
        value = m.metric.target
        past_goal = value < goal.target if down else value > goal.target
        backwards = before is not None and (value > before if down else value < before)
        if past_goal or backwards:
            why = "beyond the goal's" if past_goal else "back from the step before's"
            return [
                finding(
                    "milestone.off_path",
                    f"milestones[{i}].metric.target",
                    f"'{m.title}' asks for {value:g} {goal.unit}, {why} level; on the way "
                    f"{'down' if down else 'up'} to {goal.target:g} each step should come "
                    "closer to it.",
                    "Step the milestones from the person's starting level towards the goal's "
                    "target, each one closer, none past it.",
                )
            ]
        before = value
    return []


def target_is_start(plan: Plan) -> list[Finding]:
    """goal.target_is_start: the goal's target is the level the person said they are at now
    ('its 148/95' -> 'below 148 mmHg'; 'sleep like 4-5 hours' -> 'Sleep 5 hours')."""
    if plan.request is None:
        return []
    said = normalize(f"{plan.request.goal_text} ")
    if _KEEP.search(said):
        return []
    unit = normalize(plan.goal.metric.unit)[:2]
    found = [*_NOW.finditer(said)]
    bare = _BARE.fullmatch(normalize(plan.request.answers.get("baseline", "")))
    found += [bare] if bare else []
    now = {
        float(m.group(1).replace(",", ""))
        for m in found
        if m.group(1)[0] != "0" and (not m.group(2) or m.group(2)[:2] == unit)
    }
    target = plan.goal.metric.target
    if target not in now or (plan.goal.metric.baseline not in (None, target)):
        return []
    return [
        finding(
            "goal.target_is_start",
            "goal.metric.target",
            f"The goal's target {target:g} {plan.goal.metric.unit} is where the person says "
            f"they are now ('{plan.request.goal_text.strip()[:80]}').",
            "Set the target at the level the person wants to reach (ask if they gave none); "
            "their current level is the metric's starting point.",
        )
    ]


# how long the person already holds out before a relapse: "I always cave by day 4", "lasted 4
# days both times", "longest I made it was 9 days"
_HELD_OUT = re.compile(
    r"\b(?:cave|caved|crack|cracked|relapse|relapsed|slip|slipped|give in|gave in|fold|folded)\s"
    r"(?:by|on|around|at|after)\s(?:day\s(\d+)|(\d+)\sdays?)\b|"
    r"\b(?:lasted|made it|managed|held out|got to)\s(?:about\s|like\s|only\s|for\s)?"
    r"(\d+)\s?(days?|weeks?)\b"
)


def target_at_relapse(plan: Plan) -> list[Finding]:
    """goal.target_is_start: a streak goal whose target is no longer than the run the person
    already reaches before they relapse ('I always cave by day 4' -> '4 days in a row')."""
    if plan.request is None:
        return []
    unit = normalize(plan.goal.metric.unit)
    if unit not in {"days", "day", "weeks", "week"}:
        return []
    said = normalize(f"{plan.request.goal_text} . {plan.request.answers.get('baseline', '')}")
    for m in _HELD_OUT.finditer(said):
        held = float(m.group(1) or m.group(2) or m.group(3))
        in_weeks = (m.group(4) or "day").startswith("week")
        held *= 7 if in_weeks else 1
        target = plan.goal.metric.target * (7 if unit.startswith("week") else 1)
        if 0 < target <= held:
            return [
                finding(
                    "goal.target_is_start",
                    "goal.metric.target",
                    f"The goal's target, {plan.goal.metric.target:g} {plan.goal.metric.unit}, "
                    f"is no further than the person already gets ('{m.group(0)}').",
                    "Aim past the point where they relapse, and plan for that day.",
                )
            ]
    return []


def crowded(plan: Plan) -> list[Finding]:
    """milestone.crowded: a milestone is due a few days after the one before: no time to make
    a new result (three results in the plan's last week)."""
    for i in range(1, len(plan.milestones)):
        gap = (plan.milestones[i].deadline - plan.milestones[i - 1].deadline).days
        if 0 <= gap < MIN_DAYS_BETWEEN:  # a milestone out of order has its own rule
            m = plan.milestones[i]
            return [
                finding(
                    "milestone.crowded",
                    f"milestones[{i}].deadline",
                    f"'{m.title}' is due {gap} days after the milestone before it: too little "
                    "time to produce a new result.",
                    "Give each milestone at least a week of work, or move the goal's deadline "
                    "to when the steps fit.",
                )
            ]
    return []


# how far the person already is: "course 3 of 8", "module 3/12", "2 chapters left",
# "a third done", "90 days sober"
_PART_OF = re.compile(
    r"\b(?:on|at|finished|done|completed|through)\s+(?:[a-z]+\s+)?(\d+)\s?(?:of|/|out of)\s?(\d+)\b"
)
_LEFT = re.compile(r"\b(\d+)\s([a-z]+)\s(?:left|to go|remaining)\b")
_SHARE_DONE = re.compile(
    r"\b(?:a third|a quarter|half|halfway|two thirds|\d+\s?%)\s(?:done|through|finished|"
    r"complete|of the way)\b|\bhalf[- ](?:done|made|finished|built|written)\b|"
    # "about half the blocks pieced", "most of the boxes packed"
    r"\b(?:half|a third|a quarter|two thirds|most)\s(?:of\s)?(?:the|my|our)\s[a-z]+\s"
    r"(?:[a-z]+ed|done|made|built|written|sewn|read|knit)\b"
)
_SO_FAR = re.compile(
    r"\b(?:i'?m|i am|im|already|been)\s+(\d+)\s([a-z]+)\s(?:sober|clean|free|in)\b"
)


def _progress_said(text: str, unit: str, target: float) -> str | None:
    """The words in which the person says how far they already are, if the goal's target
    does not already count from there."""
    for m in _PART_OF.finditer(text):
        done, whole = int(m.group(1)), int(m.group(2))
        if 0 < done < whole and target not in (whole - done, whole - done + 1):
            return m.group(0)
    for m in _LEFT.finditer(text):
        if m.group(2)[:3] == unit[:3] and target != int(m.group(1)):
            return m.group(0)
    share = _SHARE_DONE.search(text)
    if share:
        return share.group(0)
    for m in _SO_FAR.finditer(text):
        if m.group(2)[:3] == unit[:3]:
            return m.group(0)
    return None


def progress_ignored(plan: Plan) -> list[Finding]:
    """goal.progress_ignored: the person is part-way ('I'm on course 3 of 8', '2 chapters left',
    'a third done', '90 days sober'); the plan starts them from zero."""
    metric = plan.goal.metric
    if plan.request is None or metric.baseline:
        return []
    said = normalize(f"{plan.request.goal_text} . {plan.request.answers.get('baseline', '')}")
    words = _progress_said(said, normalize(metric.unit), metric.target)
    if words is None:
        return []
    return [
        finding(
            "goal.progress_ignored",
            "goal.metric.baseline",
            f"The person is part-way ('{words}'); the plan starts from zero and plans the "
            "whole of it again.",
            "Start the metric from what is already done and plan only what is left.",
        )
    ]


# measures that come in fractions; any other unit counts whole things (days, sessions, books)
_MEASURES = re.compile(
    r"(?:km|kms|mi|miles?|kg|kgs|lb|lbs|pounds?|hours?|hrs?|h|minutes?|mins?|%|percent|usd|eur|"
    r"gbp|\$|mmhg|mmol.*|mg.*|points?|score|gpa|cm|m|meters?|metres?|inches|in|grade|band|"
    r"pace|seconds?|secs?|k|liters?|litres?|l|ml|feet|ft|years?|months?|weeks?|servings?)"
)


def fractional_count(plan: Plan) -> list[Finding]:
    """milestone.fractional_count: '3.5 days in a row', '0.8 key results'."""
    for i, m in enumerate(plan.milestones):
        value = m.metric.target
        if value != int(value) and not _MEASURES.fullmatch(normalize(m.metric.unit).strip()):
            return [
                finding(
                    "milestone.fractional_count",
                    f"milestones[{i}].metric.target",
                    f"'{m.title}' asks for {value:g} {m.metric.unit}: a fraction of something "
                    "counted whole.",
                    "Count whole days, sessions or results; round each step to a whole number.",
                )
            ]
    return []


def validate_path(plan: Plan) -> list[Finding]:
    return [
        *off_path(plan),
        *target_is_start(plan),
        *target_at_relapse(plan),
        *crowded(plan),
        *progress_ignored(plan),
        *fractional_count(plan),
    ]
