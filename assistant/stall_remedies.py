"""What to say and what to change for a cause the reviews' words point to.

Each change is phrased as an instruction that ``assistant.stall_fixes`` applies by rule, so
what the person is shown is exactly what a new version will hold.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING

from assistant.models import ProposedChange

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.models import Plan, Review, Task
    from assistant.stall_reasons import ReadCause

TIMES = ("morning", "lunchtime", "afternoon", "evening", "night", "weekend")
_TIME_WORDS = {
    "morning": r"morning|early|alarm|before work|6 ?am|7 ?am|sunrise",
    "lunchtime": r"lunch|midday|noon",
    "afternoon": r"afternoon",
    "evening": r"evening|after work|get home|after dinner",
    "night": r"night|bedtime|before bed|late",
    "weekend": r"weekend|saturday|sunday",
}
_OTHER_TIME = {"morning": "evening", "evening": "morning", "night": "morning"}
AT = {
    "morning": "in the morning",
    "lunchtime": "at lunchtime",
    "afternoon": "in the afternoon",
    "evening": "in the evening",
    "night": "at night",
    "weekend": "at the weekend",
}


def target_task(plan: Plan, cause: ReadCause, reviews: list[Review]) -> Task | None:
    """The task the cause is about: the one its reasons name most, else the most slipped."""
    known = {t.id for t in plan.tasks()}
    named = Counter(t for s in cause.said if (t := s.task_id) in known)
    if not named:
        named = Counter(s.task_id for r in reviews for s in r.slipped if s.task_id in known)
    return plan.task(named.most_common(1)[0][0]) if named else None


def times_named(texts: list[str]) -> Counter:
    """How often each time of day is named in ``texts``."""
    counts: Counter = Counter()
    for text in texts:
        for when, pattern in _TIME_WORDS.items():
            counts[when] += bool(re.search(pattern, text.lower()))
    return +counts


# Someone who works nights sleeps in the morning: the other end of their day is the afternoon
# before the shift (a coach caught mornings proposed to a night-shift nurse).
_NIGHT_WORK = re.compile(
    r"\bnight[- ]?shifts?\b|\bnights? (?:at work|on the ward)\b|\bwork(?:ing)? nights\b|"
    r"\bon nights\b|\bgraveyard shift\b|\bovernight shifts?\b|\bnocturnal\b|\bsleep (?:in )?the day\b"
)


def sleep_times(plan: Plan | None, reviews: list[Review]) -> set[str]:
    """The times of day the person sleeps through, from their own words (goal, constraint,
    answers, reviews): mornings for someone who works nights."""
    texts = [r.notes or "" for r in reviews] + [s.reason for r in reviews for s in r.slipped]
    if plan is not None:
        texts += [plan.goal.statement, plan.constraint or "", *(a.text for a in plan.assumptions)]
    said = " ".join(texts).lower()
    return {"morning"} if _NIGHT_WORK.search(said) else set()


def better_time(
    cause: ReadCause, reviews: list[Review], plan: Plan | None = None
) -> tuple[str | None, str]:
    """(the time that fails, the time to try): a time the person names as better, else the
    other end of the day, never one they sleep through (mornings after a night shift)."""
    failing = times_named([s.text for s in cause.said if "better" not in s.text.lower()])
    worst = failing.most_common(1)[0][0] if failing else None
    wished = times_named([s.text for s in cause.said if "better" in s.text.lower()])
    for when, _ in wished.most_common():
        if when != worst:
            return worst, when
    other = _OTHER_TIME.get(worst or "", "lunchtime")
    if other in sleep_times(plan, reviews):
        other = "afternoon" if worst != "afternoon" else "weekend"
    return worst, other


def explain(
    plan: Plan, cause: ReadCause, reviews: list[Review], drop: int, settings: Settings
) -> tuple[str, list[ProposedChange]]:
    """The explanation of a cause read from the reviews, and the change that addresses it."""
    task = target_task(plan, cause, reviews)
    named = f"'{task.title}'" if task else "the work"
    weeks = len(cause.weeks)
    spread = f"{_times(len(cause.said))} in {weeks} week{'s' if weeks != 1 else ''}"
    fell = ""
    if drop >= 2:
        ordered = sorted(reviews, key=lambda r: r.week_of)
        high = max(r.confidence for r in ordered)
        fell = f" Confidence fell from {high} to {ordered[-1].confidence}."
    code = cause.code
    if code == "task_too_big":
        text = f"Your reviews call {named} too big to do in one go ({spread})."
        return text + fell, [_smaller(task, settings, plan)] if task else []
    if code == "wrong_time_of_day":
        worst, better = better_time(cause, reviews, plan)
        at = AT[worst] if worst else "at the time it is planned for"
        text = f"{named[0].upper()}{named[1:]} does not happen {at}: your reviews say so {spread}."
        if not task:
            return text + fell, []
        change = ProposedChange(
            description=f"Do '{task.title}' {AT[better]} instead; its title will say when.",
            instruction=f"move {task.id} to {better}",
            task_id=task.id,
        )
        return text + fell, [change]
    if code == "missing_resource":
        text = f"Something {named} needs is missing: your reviews say so {spread}."
        title = f"Get what '{task.title}' needs" if task else "Get what the plan needs next"
        change = ProposedChange(
            description=f"Add a 30-minute task this week: {title}, before its next session.",
            instruction=f"get what {task.id if task else 'the plan'} needs",
            task_id=task.id if task else None,
        )
        return text + fell, [change]
    if code == "lost_why":
        why = f" You first wrote: '{plan.goal.why.rstrip('.')}'." if plan.goal.why else ""
        text = f"The reason for this goal has faded: your reviews say so {spread}.{why}"
        change = ProposedChange(
            description="Add a 15-minute task this week: write down in two lines why this goal "
            "matters to you now, and keep them where you see them before each session.",
            instruction="write down why",
        )
        return text + fell, [change]
    if code == "constraint_not_attacked":
        text = (
            f"What you named as the constraint ('{plan.constraint}') is what stops the work: "
            f"your reviews say so {spread}."
        )
        return text + fell, [against_constraint(plan)]
    text = f"The weeks are over-full: your reviews say so {spread}."
    return text + fell, [_lighter(plan, task)]


def against_constraint(plan: Plan) -> ProposedChange:
    """The plan's own first move against the constraint, brought into this week when it is
    still undone ('Find a second pool with early lane swims'); else an if-then plan."""
    undone = [
        t
        for t in plan.tasks()
        if t.attacks_constraint and t.status == "todo" and t.recurrence is None
    ]
    if not undone:
        return if_then(plan)
    first = min(undone, key=lambda t: t.due)
    return ProposedChange(
        description=f"Do '{first.title}' this week, before the next session: it is the plan's "
        f"move against '{plan.constraint}', and it is still undone.",
        instruction=f"do {first.id} first",
        task_id=first.id,
    )


def if_then(plan: Plan) -> ProposedChange:
    """An if-then plan for the moment the constraint hits: small, and made by rule."""
    return ProposedChange(
        description="Add a 15-minute task this week: write what you will do when "
        f"'{plan.constraint}' happens (if it happens, then ...), and keep it with your plan.",
        instruction="plan for the constraint",
    )


def _smaller(task: Task, settings: Settings, plan: Plan) -> ProposedChange:
    limit = settings.task_limit_minutes(plan.team)
    if task.recurrence is not None:
        what = (
            f"shorten each session of '{task.title}' to {max(15, task.estimate_minutes // 2)} min"
        )
    else:
        parts = max(2, -(-task.estimate_minutes // limit))
        what = f"split '{task.title}' into {parts} parts, each with its own done-when"
    return ProposedChange(
        description=what[0].upper() + what[1:] + ".",
        instruction="make tasks smaller",
        task_id=task.id,
    )


def _lighter(plan: Plan, task: Task | None) -> ProposedChange:
    if task is not None and task.recurrence is not None and task.recurrence.times > 1:
        r = task.recurrence
        return ProposedChange(
            description=f"Do '{task.title}' {_times(r.times - 1)} a {r.per} instead of "
            f"{_times(r.times)}.",
            instruction=f"fewer sessions of {task.id}",
            task_id=task.id,
        )
    later = plan.goal.deadline + dt.timedelta(weeks=2)
    return ProposedChange(
        description=f"Move the deadline two weeks, to {later:%d %b %Y}, so the weeks hold less.",
        instruction=f"push the deadline to {later.isoformat()}",
    )


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")
