"""Fitting a plan into real capacity: fewer or shorter practice sessions first, never silently.

Works on any plan (offline, LLM-written, or revised), using the validators' own load
arithmetic so "fits" means exactly what ``plan.over_capacity`` checks.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.counted_rhythm import keep_counted, spread_counted, weekend_once
from assistant.engines.offline.fit_one_offs import (
    SAFETY,
    ease_one_offs,
    push_one_later,
    spread_one_off,
    worst_week,
)
from assistant.engines.offline.fit_steps import (
    MIN_SESSION,
    core_sessions,
    core_stays_without,
    depended_on,
    main_session,
    per_week,
    reduce,
    reduce_core,
    remove,
    space,
    thin_tiny,
)
from assistant.engines.offline.stated_time import say_time_left
from assistant.engines.offline.tasks import drop_idle_review
from assistant.engines.offline.title_rhythm import (
    TINY_MINUTES,
    as_weekly,
    follow_sessions,
    minutes_agree,
    tiny_task,
    weekly_by_title,
    weekly_once,
    word_for_rhythm,
)
from assistant.engines.offline.title_sizes import (
    count_to_time,
    distance_minutes,
    fixed_length,
    set_length,
    shortest,
)
from assistant.engines.offline.workday_rhythm import say_workdays
from assistant.language.act_sizes import act_least
from assistant.models import Plan, Task
from assistant.weeks import (
    task_window,
    total_task_minutes,
    usable_minutes_per_week,
    week_starts,
)

_HEADROOM = 0.97  # stay a little under the line so rounding never tips a week over
_RHYTHM_SHARE = 1.0  # the ordinary week alone must fit; set-up steps then spread into it


def _titled_rhythms(plan: Plan, usable: float, settings: Settings) -> Plan:
    """Weekly titles planned weekly, unless raising a rhythm would overfill a week the fit
    has just made fit (then that task keeps its rhythm and loses the word instead)."""
    before = {t.id: t.recurrence for t in plan.tasks()}
    weekly_by_title(weekend_once(plan), usable)
    counted = keep_counted(plan)  # "on 5 days a week": 5 sessions
    if worst_week(plan, usable, settings.capacity_slack) is None:
        return plan
    for task in plan.tasks():
        old = before.get(task.id)
        if (
            old
            and task.recurrence
            and task.recurrence.sessions_per_week() > old.sessions_per_week()
        ):
            if task.id in counted and spread_counted(task, old, counted[task.id]):
                continue  # the count kept by shorter sessions, the week's minutes the same
            task.recurrence = old  # no room after all: the fit's rhythm stands
            say_workdays(task)  # and "on workdays" names the days it has
    return plan


def fit_capacity(
    plan: Plan,
    settings: Settings,
    keep_core: bool = False,
    keep_minutes: int = 0,
    rhythm_minutes: float | None = None,
    keep_titles: frozenset[str] = frozenset(),
) -> Plan:
    """Shrink load in place until every week, milestone and the goal fit capacity after slack.

    With ``keep_core`` (revisions) a week that holds the goal's core activity keeps it: its
    sessions get shorter, fewer, then every other week, but are never all removed;
    ``rhythm_minutes`` caps the ordinary week's sessions (a stated daily time and its margin);
    tasks titled in ``keep_titles`` (the goal's own "twice a month") are never cut."""
    usable = usable_minutes_per_week(plan, settings.capacity_slack) * _HEADROOM
    drop_idle_review(plan)  # two vaccine appointments need no weekly review for months
    follow_sessions(weekly_once(plan))  # a warm-up "before each session" comes with each one
    _fit_rhythm(plan, min(usable, rhythm_minutes or usable), keep_core, keep_minutes, keep_titles)
    stuck: set[dt.date] = set()  # a week nothing more comes out of (a whole exam sat in it)
    for _ in range(400):
        week = worst_week(plan, usable, settings.capacity_slack, stuck)
        window: tuple[dt.date, dt.date] | None
        if week is not None:
            if ease_one_offs(plan, week, usable, settings.capacity_slack, shorten=False):
                continue
            if spread_one_off(plan, week, usable, settings.capacity_slack):
                continue
            if ease_one_offs(plan, week, usable, settings.capacity_slack, shorten=True):
                continue  # a shorter set-up step before fewer sessions for weeks on end
            window = (week, week + dt.timedelta(days=6))
        else:
            window = _overfull_window(plan, usable)
            if window is None:
                break
        if shrink(plan, window, keep_core, keep_minutes, keep_titles):
            continue
        if week is None:
            break
        if not ease_one_offs(plan, week, usable, settings.capacity_slack, True):
            if not _sits_whole(plan, week):
                break
            stuck.add(week)  # a whole exam's week: the other overfull weeks still get their turn
    settled = word_for_rhythm(_titled_rhythms(follow_sessions(plan, up=False), usable, settings))
    return say_time_left(minutes_agree(settled))


def _fit_rhythm(
    plan: Plan, usable: float, keep_core: bool, keep_minutes: int, kept: frozenset[str]
) -> None:
    """First make each milestone's ordinary week fit: its recurring sessions alone must leave
    room under capacity, so a busy first week of set-up steps is spread out rather than paid
    for by cutting every week's practice."""
    for milestone in plan.milestones:
        for _ in range(60):
            rhythm = [t for t in milestone.tasks if t.recurrence and t.status == "todo"]
            core = main_session(rhythm)  # this milestone's (a shorter one has a new title)
            easy = [t for t in rhythm if t.title not in kept]
            if _ordinary_week(plan, rhythm) <= usable * _RHYTHM_SHARE or not _ease_rhythm(
                plan, easy, core, keep_core, keep_minutes
            ):
                break


def _weekly(tasks: list[Task]) -> float:
    return sum(per_week(t) for t in tasks)


def _ordinary_week(plan: Plan, rhythm: list[Task]) -> float:
    """Minutes a week of the sessions that run at the same time, in the busiest week: a
    practice split around a break runs twice in a milestone, never twice in one week."""
    weeks: dict[dt.date, float] = {}
    for task in rhythm:
        start, due = task_window(task, plan)
        for week in week_starts(start, due):
            weeks[week] = weeks.get(week, 0.0) + per_week(task)
    return max(weeks.values(), default=0.0)


def _ease_rhythm(
    plan: Plan, rhythm: list[Task], core: str | None, keep_core: bool, keep_minutes: int = 0
) -> bool:
    """One step off a milestone's ordinary week: supporting habits, the weekly review, the
    attacks' repeats, then the main session (never below two a week here)."""
    practice = sorted(
        (t for t in rhythm if not t.attacks_constraint and t.title != core),
        key=lambda t: -per_week(t),
    )
    reviews = [t for t in practice if t.title.startswith("Review the week")]
    # a session of a set length (the long run) gives way last: fewer easy runs come first
    habits = sorted(  # a tiny daily act (a log, a shake) is the last habit to go
        (t for t in practice if t not in reviews), key=lambda t: (set_length(t.title), tiny_task(t))
    )
    if any(reduce(t) for t in habits[:1]):
        return True
    if any(as_weekly(t) for t in habits):  # a daily log with no room: one weekly sitting
        return True
    if reviews:
        remove(plan, reviews[0])
        return True
    if any(reduce(t) for t in rhythm if t.attacks_constraint):
        return True
    if habits and not keep_core and not set_length(habits[0].title):
        remove(plan, habits[0])
        return True
    if any(thin_tiny(t) for t in habits):
        return True
    if any(reduce_core(t, keep_minutes) for t in rhythm if t.title == core):
        return True
    if habits and not keep_core:
        remove(plan, habits[0])
        return True
    # a revision keeps every activity alive: the rest goes every other week before any goes
    return any(space(t) for t in [*habits, *(t for t in rhythm if t.attacks_constraint)])


def _overfull_window(plan: Plan, usable: float) -> tuple[dt.date, dt.date] | None:
    """A milestone window (or the whole plan) whose open work exceeds the hours it holds."""
    previous = plan.start_date
    for milestone in plan.milestones:
        weeks = max(((milestone.deadline - previous).days + 1) / 7, 1 / 7)
        needed = sum(total_task_minutes(t, plan) for t in milestone.tasks if t.status == "todo")
        if needed > usable * weeks:
            return previous, milestone.deadline
        previous = max(previous, milestone.deadline)
    weeks = max(((plan.goal.deadline - plan.start_date).days + 1) / 7, 1 / 7)
    needed = sum(total_task_minutes(t, plan) for t in plan.tasks() if t.status == "todo")
    if needed > usable * weeks:
        return plan.start_date, plan.goal.deadline
    return None


def _overlaps(task: Task, plan: Plan, window: tuple[dt.date, dt.date]) -> bool:
    start, due = task_window(task, plan)
    return start <= window[1] and due >= window[0]


def _sits_whole(plan: Plan, week: dt.date) -> bool:
    """True when the week holds a one-off of fixed length (a whole exam sat in it)."""
    return any(
        t.recurrence is None
        and t.status == "todo"
        and fixed_length(t.title)
        and task_window(t, plan)[0] <= week + dt.timedelta(days=6)
        and task_window(t, plan)[1] >= week
        for t in plan.tasks()
    )


def shrink(
    plan: Plan,
    window: tuple[dt.date, dt.date],
    keep_core: bool = False,
    keep_minutes: int = 0,
    kept: frozenset[str] = frozenset(),
) -> bool:
    """Take one step of load out of the window; False when nothing sensible is left to cut."""
    live = [
        t
        for t in plan.tasks()
        if t.status == "todo" and t.title not in kept and _overlaps(t, plan, window)
    ]
    if push_one_later(plan, live, window):
        return True
    practice = sorted(
        (t for t in live if t.recurrence and not t.attacks_constraint),
        key=lambda t: -per_week(t),
    )
    core = core_sessions(plan)
    for task in practice:  # the supporting habits give way before the main session
        if task.title not in core and reduce(task):
            return True
    for task in live:  # a weekly review is worth less than the work itself
        if task.recurrence and task.title.startswith("Review the week"):
            remove(plan, task)
            return True
    for task in (t for t in live if t.recurrence and t.attacks_constraint):
        if task.estimate_minutes <= TINY_MINUTES:  # a swap each weeknight costs minutes: it
            continue  # keeps the obstacle's rhythm ("beers after work"), never once a week
        if reduce(task):
            return True
    for task in sorted(  # a whole exam sat in week 1 tests nothing: it stays near its date
        (t for t in live if not t.recurrence and not fixed_length(t.title)),
        key=lambda t: t.start or plan.start_date,
    ):
        if task.start is None or task.start > plan.start_date:
            task.start = plan.start_date  # may be done any time before it is due: spread the load
            return True
    if any(as_weekly(t) for t in practice if t.title not in core):
        return True  # a daily log with no room: one weekly sitting, before fewer sessions
    main = [t for t in practice if t.title in core]
    if any(t.recurrence and t.recurrence.times > 2 for t in main):
        for task in practice:  # a supporting habit goes before the main rhythm drops
            if task.title not in core and not set_length(task.title):  # not the long run
                remove(plan, task)
                return True
    for task in main:  # set-up week first: the practice starts once its set-up is done
        if _start_after(plan, task, window):
            return True
    if any(thin_tiny(t) for t in practice if t.title not in core):
        return True  # a tiny habit's days give way before the main session's minutes
    for task in main:
        if reduce_core(task, keep_minutes):
            return True
    tests = [t for t in live if not t.recurrence and distance_minutes(t.title)]
    for task in practice if tests else ():  # a test run's weeks: the long run gives way to it
        if set_length(task.title) and task.title not in core and reduce(task, MIN_SESSION):
            return True
    one_offs = [
        t
        for t in live
        if not t.recurrence
        and t.estimate_minutes >= 30
        and not fixed_length(t.title)
        and not set_length(t.title)
        and not distance_minutes(t.title)  # a 21 km test run takes what 21 km takes
        and t.estimate_minutes > shortest(t.title, t.estimate_minutes, MIN_SESSION)
    ]
    if one_offs:  # a shorter session of a set-up step beats dropping it
        task = max(one_offs, key=lambda t: t.estimate_minutes)
        least = shortest(task.title, task.estimate_minutes, MIN_SESSION)
        task.resize(max(least, int(task.estimate_minutes * 0.75) // 5 * 5))
        count_to_time(task)  # "Write 10 reply macros" cut to an hour names 4
        return True
    optional = [
        t
        for t in live
        if not t.recurrence
        and not t.attacks_constraint
        and not depended_on(plan, t)
        and not SAFETY.search(t.title)
        and not distance_minutes(t.title)
        and not act_least(t.title)  # the case study a milestone counts is its product
    ]
    if len(optional) > 1:
        remove(plan, max(optional, key=lambda t: t.estimate_minutes))
        return True
    longest = max(tests, key=lambda t: t.estimate_minutes, default=None)
    # last: a shorter test run; a short one never under half of what its distance takes ("Run
    # 3 km" in 15 minutes), a long one (25 km) gives way before the long runs do
    if longest:
        takes = distance_minutes(longest.title) or 0
        floor = max(MIN_SESSION, -(-takes // 10) * 5) if takes <= 60 else MIN_SESSION
        if longest.estimate_minutes > floor + 5:
            longest.resize(max(floor, int(longest.estimate_minutes * 0.75) // 5 * 5))
            return True
    # a revision spaces sessions before dropping any, and drops the smallest practice first
    if not keep_core and _keep_main(plan, live, practice, core):
        return True
    add_ons = [  # a 5-minute warm-up "before each session" lives only beside the session
        t for t in live if t.recurrence and t.attacks_constraint and t.estimate_minutes <= 10
    ]
    if not keep_core and add_ons and any(t.title in core for t in practice):
        remove(plan, max(add_ons, key=per_week))  # the practice outlives its add-on
        return True
    for task in reversed(practice) if keep_core else practice:
        if task.attacks_constraint or keep_minutes and task.title in core:
            continue
        if keep_core and (reduce(task) or space(task)):
            return True  # fewer, shorter, then every other week: never none
        own = task.title in core and bool(_RHYTHM_GOAL_RE.search(plan.goal.metric.name))
        if (keep_core or own) and not core_stays_without(plan, task):
            continue  # a goal that is the session itself ("call mum every sunday") keeps it
        remove(plan, task)
        return True
    return False


def _keep_main(plan: Plan, live: list[Task], practice: list[Task], core: set[str]) -> bool:
    """Before the main practice goes, every side habit goes, then the main one runs once a
    week, then every other week: never a plan of side tasks (an attack's repeat stays, so every
    week still meets the obstacle)."""
    main = [t for t in practice if t.title in core]
    if not main:
        return False
    side = [t for t in live if t.recurrence and t.title not in core and t not in main]
    habits = [t for t in side if not t.attacks_constraint]
    if habits:
        remove(plan, max(habits, key=per_week))
        return True
    if _RHYTHM_GOAL_RE.search(plan.goal.metric.name):
        return False  # "12 weekly calls in a row": the session is the goal, never spaced out
    for task in main:
        rec = task.recurrence
        if rec and rec.per == "week" and rec.times > 1:
            rec.times -= 1
            return True
    return any(space(t) for t in main)


# a goal measured as the session kept up ("weekly calls in a row"), not an outcome's average
_RHYTHM_GOAL_RE = re.compile(r"\b(?:in a row|per (?:week|month)|a (?:week|month))\b")


def _start_after(plan: Plan, task: Task, window: tuple[dt.date, dt.date]) -> bool:
    """A practice whose first week is the overfull week starts the week after, when it still
    has two weeks or more before it is due (rather than fewer sessions for weeks on end)."""
    start, due = task_window(task, plan)
    if (window[1] - window[0]).days > 6 or not window[0] <= start <= window[1]:
        return False
    later = window[1] + dt.timedelta(days=1)
    if (due - later).days < 13:
        return False
    task.start = later
    return True
