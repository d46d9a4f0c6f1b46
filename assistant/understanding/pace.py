"""A goal's pace (the field's own, else its measure's in data/paces.toml) sets the plan's length
when no date was said ("10 pull-ups from 1" takes months, not the field's usual weeks), and,
when the person's date is too short, keeps their date and says what is realistic by then."""

from __future__ import annotations

import datetime as dt
import math

from assistant.paces import Pace, pace_for
from assistant.understanding.deadline import converted, theirs
from assistant.understanding.facts import Understanding

MIN_WEEKS = 4  # a plan shorter than this has no room for its milestones to settle
SPARE = 1.1  # a date within a tenth of the safe pace is kept as it is


def goal_pace(u: Understanding) -> Pace | None:
    """The pace the goal's measure moves at, or None (a rhythm, a cut, money, an unknown)."""
    if u.reducing or u.playbook.money or u.playbook.lower_is_better:
        return None
    pb = u.playbook
    if pb.pace and not u.rate_period:
        safe = converted(pb.pace, pb, u.unit)
        usual = converted(pb.typical_pace or pb.pace, pb, u.unit)
        return Pace(what=pb.label, unit="", per_week=safe, typical=usual)
    pace = pace_for(u.unit, u.metric_name)
    if pace is None or (u.rate_period and u.rate_period not in pace.rates):
        return None  # "100 push-ups a day" is a day's total, not one set's level
    return pace


def pace_span(u: Understanding) -> None:
    """No date said: the plan lasts what the change needs at the usual pace. A date said that
    the change cannot safely make: the date stays, the ladder tops out at what the safe pace
    reaches by then (``u.reachable``), and the plan says when the rest follows."""
    pace = goal_pace(u)
    start = u.baseline or 0.0
    change = u.target - start
    if pace is None or change <= 0 or u.counts_a_run:
        return
    if pace.growth and u.baseline is None:
        return  # "finish an ultra": a distance that grows on what they run now, not said
    if not theirs(u.stated):
        if not u.playbook.pace:  # a field's own pace already sets its usual span
            weeks = max(MIN_WEEKS, pace.least_weeks, math.ceil(pace.weeks_for(start, change)))
            paced = u.today + dt.timedelta(weeks=weeks)
            # the field's usual span is cut only when it is past twice what the change needs
            # ("3 to 5 pull-ups" is no 12-week plan); a rhythm is held for weeks: never cut
            stretched = not u.rate_period and (u.deadline - u.today).days > 2 * weeks * 7
            u.deadline = paced if stretched else max(u.deadline, paced)
        return
    if u.playbook.pace:
        return  # the field's own pace moves the date, and says why (make_feasible)
    most = pace.reachable(start, u.weeks)
    if change <= SPARE * most:
        return
    whole = u.playbook.integer or u.target >= 10
    reach = start + (math.floor(most) if whole else math.floor(most * 10) / 10)
    if reach <= start:
        return
    u.reachable = reach
    later = u.today + dt.timedelta(weeks=math.ceil(pace.weeks_for(start, change)))
    weeks = max(1, round(u.weeks))
    u.notes["deadline_push"] = (
        f"{weeks} week{'s' * (weeks > 1)} is a short push for this goal: about {u.value(reach)} "
        f"by {u.deadline.day} {u.deadline:%B} is realistic at a safe pace (about "
        f"{u.value(_step(pace.per_week, whole))} a week), so the plan's last step is "
        f"{u.value(reach)}; at the usual pace it takes until about {later:%B %Y} for all "
        f"{u.value(u.target)}"
    )


def _step(amount: float, whole: bool) -> float:
    return max(1.0, round(amount)) if whole and amount >= 1 else round(amount, 1)
