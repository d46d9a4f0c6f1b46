"""The practice starts in the first weeks: a plan whose workouts first run in week 11, after
two milestones that say "working out 2 times a week", contradicts its own milestones.

When the goal's main session first appears in a later milestone and the milestones before it
run no practice at all, each of them gets that session from its own start, at the rate the
milestone states (else the session's own), as far as the person's week holds it: no minute
more over their time than the schedule placed before.
"""

from __future__ import annotations

import datetime as dt

from assistant.engines.offline.fit_steps import main_session
from assistant.engines.offline.one_rhythm import minutes_over
from assistant.models import Milestone, Plan, Recurrence, Task
from assistant.plan_edits import fresh_ids
from assistant.validators.title_rhythm import stated_rate

_EARLY = dt.timedelta(days=14)
_PUSH_WEEKS = 12


def _wanted(milestone: Milestone, session: Task) -> int:
    """Sessions a week this milestone asks for: the rhythm its title states, else the session's
    own."""
    said = stated_rate(milestone.title)
    if said and said[1] >= 1:
        return int(min(said[1], 7))
    own = session.recurrence
    return max(1, round(own.sessions_per_week())) if own else 0


def _fits(
    plan: Plan, copy: Task, start: dt.date, wanted: int, over: float, today: dt.date | None
) -> bool:
    """Give the copy the most sessions a week, from the earliest start (weeks full of set-up
    steps push it back), that put no minute more over the person's time."""
    for shift in range(_PUSH_WEEKS + 1):
        copy.start = start + dt.timedelta(weeks=shift)
        if copy.due - copy.start < dt.timedelta(weeks=2):
            return False  # a session squeezed into its milestone's last days is no practice
        for times in range(wanted, 0, -1):
            copy.recurrence = Recurrence(times=times, per="week")
            if minutes_over(plan, today) <= over + 1:
                return True
    return False


def practice_from_the_start(plan: Plan, today: dt.date | None = None) -> Plan:
    """Milestones before the first that runs the goal's main session, running no practice of
    their own, get that session from their start, as often as the week holds it."""
    if len(plan.milestones) < 2:
        return plan
    live = [[t for t in m.tasks if t.status == "todo"] for m in plan.milestones]
    first = next((i for i, tasks in enumerate(live) if main_session(tasks)), None)
    if not first:
        return plan  # none at all, or the first milestone already runs it
    title = main_session(live[first])
    session = next(t for t in live[first] if t.title == title)
    if (session.start or plan.start_date) - plan.start_date <= _EARLY:
        return plan
    ids = fresh_ids(plan)
    due_of = {t.id: t.due for t in plan.tasks()}
    over = minutes_over(plan, today)
    begin = plan.start_date
    for milestone in plan.milestones[:first]:
        start = max([begin, *(due_of[d] for d in session.depends_on if d in due_of)])
        begin = milestone.deadline + dt.timedelta(days=1)
        if start >= milestone.deadline:
            continue
        copy = session.model_copy(
            deep=True, update={"id": next(ids), "start": start, "due": milestone.deadline}
        )
        milestone.tasks.append(copy)
        if not _fits(plan, copy, start, _wanted(milestone, session), over, today):
            milestone.tasks.remove(copy)  # not even once a week fits: the week stays as it was
    return plan
