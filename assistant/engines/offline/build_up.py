"""Someone who moves little now starts from there: the main session of the first milestones
is a share of the full one and builds up to it, never the full load from week one."""

from __future__ import annotations

import re

from assistant.engines.offline.fit_steps import main_session
from assistant.language import normalize
from assistant.models import Plan

# what a person says when they do little or nothing of it now
_NEW_RE = re.compile(
    r"\b(?:basically nothing|do nothing|don'?t (?:do|exercise|work out|move)|never (?:done|"
    r"exercised?|run|trained|worked out)|sedentary|couch|not (?:very )?active|inactive|"
    r"(?:sit|sitting|sat) (?:all day|at a desk|down all day)|desk (?:job|all day)|out of shape|"
    r"haven'?t (?:really )?(?:worked out|exercised|run|trained|been active|done any)"
    r"|havent (?:really )?(?:worked out|exercised|run|trained))"
)
# a session that moves the body, where load builds up
_MOVING_RE = re.compile(
    r"\b(?:walk|run|jog|swim|cycle|ride|bike|hike|row|gym|workout|work out|train|strength|lift|"
    r"class|dance|exercise|cardio|stretch|yoga)\w*",
    re.I,
)
_SHARES = (0.4, 0.7)  # of the full session: the first milestone, then the second
_LEAST = 15  # the shortest a first session is planned at
_FIRST_DAYS = 5  # a new mover's first weeks keep two rest days


def new_mover(said: str) -> bool:
    """Whether the person's words say they move little or not at all now."""
    return bool(_NEW_RE.search(normalize(said)))


def build_up(plan: Plan, said: str) -> Plan:
    """The first milestones' main moving session at 40% then 70% of the full one (and at most
    five days a week at first), for someone who says they move little now."""
    if not new_mover(said) or len(plan.milestones) < 3:
        return plan
    full = max(
        (t.estimate_minutes for t in plan.milestones[-1].tasks if t.title == _main(plan, -1)),
        default=0,
    )
    if full < 2 * _LEAST:
        return plan
    for milestone, share in zip(plan.milestones, _SHARES, strict=False):
        title = main_session([t for t in milestone.tasks if t.status == "todo"])
        for task in milestone.tasks:
            if task.title != title or not task.recurrence or not _MOVING_RE.search(title or ""):
                continue
            minutes = max(_LEAST, round(full * share / 5) * 5)
            if minutes < task.estimate_minutes:
                task.resize(minutes)
            rec = task.recurrence
            if share == _SHARES[0] and rec.per == "week" and rec.times > _FIRST_DAYS:
                rec.times = _FIRST_DAYS
    return plan


def _main(plan: Plan, index: int) -> str | None:
    return main_session([t for t in plan.milestones[index].tasks if t.status == "todo"])
