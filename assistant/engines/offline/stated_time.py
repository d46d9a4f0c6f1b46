"""The time a person stated is used as stated: "15 min every morning" stays 15 minutes every
morning, and the week is budgeted to hold it with the plan's other sessions, rather than the
capacity fit's margin shaving it to 12 minutes on five days.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from assistant.engines.offline.fit_steps import main_session
from assistant.models import Assumption, Plan, Task
from assistant.playbooks import fmt_number
from assistant.understanding.facts import Understanding
from assistant.understanding.time_for import act_family
from assistant.understanding.time_settled import said_lengths
from assistant.weeks import task_window, week_starts

_FIT_HEADROOM = 0.97  # the capacity fit stays this far under the line
_MARGIN = 0.15  # the week's sessions in all stay within this share past the time they stated


_SAID_RE = re.compile(r"as you said \((\d+) min a session\)")


def stated_minutes(plan: Plan) -> int:
    """The session length the person stated, as this module wrote it into the plan (0: none),
    so a later refit keeps it too."""
    for assumption in plan.assumptions:
        m = _SAID_RE.search(assumption.text) if assumption.key == "capacity" else None
        if m:
            return int(m.group(1))
    return 0


def stated_week(u: Understanding) -> float | None:
    """Minutes a week the ordinary week's sessions may take: the stated time and its margin."""
    return u.said_hours * (1 + _MARGIN) * 60 if u.said_hours and u.session_minutes else None


_MOST_DAYS = 5  # a stated rhythm of this many days a week or more is a daily act


def stated_daily(plan: Plan, u: Understanding) -> frozenset[str]:
    """The titles of the main practice when the person stated its rhythm in their time answer
    ("20 min a day", "30 min after fajr", "3 mornings a week, 30 min"): the capacity fit never
    takes its sessions away (side habits and one-off steps give way instead), so a daily act is
    never thinned to a few days a week, nor 3 runs a week to 2."""
    said = u.sessions_per_week or 0
    if not (u.session_minutes and said >= 2 and (u.said_hours or u.answered_rhythm)):
        return frozenset()
    return _main_titles(plan, said, u.session_minutes)


_SESSIONS_SAID_RE = re.compile(r"\b(\d+) sessions a week of (\d+(?:\.\d+)?) (min|h)\b")
_HOURS_SAID_RE = re.compile(r"^(\d+(?:\.\d+)?) hours a week of practice as you said")


def said_sessions(plan: Plan) -> frozenset[str]:
    """``stated_daily`` read back from the plan's capacity assumption, so a repair's refit keeps
    the sessions the person said too."""
    for assumption in plan.assumptions:
        if assumption.key != "capacity":
            continue
        m = _SESSIONS_SAID_RE.search(assumption.text)
        if m:
            minutes = float(m.group(2)) * (60 if m.group(3) == "h" else 1)
            return _main_titles(plan, float(m.group(1)), int(minutes))
        hours, minutes = _HOURS_SAID_RE.search(assumption.text), stated_minutes(plan)
        if hours and minutes:
            return _main_titles(plan, round(float(hours.group(1)) * 60 / minutes), minutes)
    return frozenset()


_TINY_DAILY = 5  # minutes: a daily log, check or note (title_rhythm.TINY_MINUTES)


def tiny_daily(plan: Plan) -> frozenset[str]:
    """The titles of tiny daily acts (a food diary, a pouch log): a time answer sizes the
    sessions, never thins a 5-minute daily log to once a week to make room for them."""
    return frozenset(
        t.title
        for t in plan.tasks()
        if t.recurrence
        and t.recurrence.sessions_per_week() >= 7
        and t.estimate_minutes <= _TINY_DAILY
        and not t.attacks_constraint
    )


def _main_titles(plan: Plan, said: float, minutes: int) -> frozenset[str]:
    """Each milestone's main practice running the ``said`` sessions (or most days) a week."""
    if said < 2:
        return frozenset()
    titles = set()
    for milestone in plan.milestones:
        title = main_session(milestone.tasks)
        task = next((t for t in milestone.tasks if t.title == title), None)
        rec = task.recurrence if task else None
        if (
            task
            and rec
            and rec.sessions_per_week() >= min(said, _MOST_DAYS) - 0.01
            and task.estimate_minutes <= minutes
        ):
            titles.add(task.title)
    return frozenset(titles)


def room_for_daily(plan: Plan, daily: frozenset[str], slack: float) -> Plan:
    """A plan whose stated daily act kept its days (``daily``) and whose one-off steps still
    tip a week over: the weekly line takes the busiest week, rather than a refit taking the
    daily act down to a day or two a week."""
    from assistant.validators.plan import weekly_load

    if not daily:
        return plan
    worst = max(weekly_load(plan, slack).values(), default=0.0)
    need = math.ceil(worst / 60 / (1 - slack) * 4) / 4
    old = plan.capacity_hours_per_week
    if need <= old:
        return plan
    plan.capacity_hours_per_week = min(need, 168.0)
    for assumption in plan.assumptions:
        if assumption.key == "capacity":
            assumption.text = assumption.text.replace(
                f"weekly line is {old:g} hours", f"weekly line is {need:g} hours"
            )
    return plan


def _setup_hours(plan: Plan, share: float) -> float:
    """Hours a week the one-off steps need beside the sessions: half an hour for week one's
    steps, or their share of every week when the plan is short and they are many."""
    once = [t.estimate_minutes for t in plan.tasks() if not t.recurrence and t.status == "todo"]
    if not once:
        return 0.0
    weeks = max((plan.goal.deadline - plan.start_date).days / 7, 1.0)
    return max(0.5, sum(once) / 60 / weeks / share)


def _busiest_week(plan: Plan) -> float:
    """Minutes of one milestone's recurring sessions in its busiest week (a milestone's
    practice hands over to the next one's, never runs beside it)."""
    most = 0.0
    for milestone in plan.milestones:
        weeks: dict[dt.date, float] = {}
        for task in milestone.tasks:
            if not task.recurrence or task.status != "todo":
                continue
            start, due = task_window(task, plan)
            for week in week_starts(start, due):
                weeks[week] = weeks.get(week, 0.0) + _per_week(task)
        most = max(most, *weeks.values(), 0.0)
    return most


def _per_week(task: Task) -> float:
    return task.recurrence.sessions_per_week() * task.estimate_minutes if task.recurrence else 0.0


def hold_stated_time(plan: Plan, u: Understanding, slack: float) -> Plan:
    """Budget the week so the practice the person stated fits after the margin for real life,
    and say both numbers: their time for the practice, and the week the plan books in all."""
    if not u.said_hours or not u.session_minutes:
        return plan
    # the week's line holds the stated practice after the margin for real life; the sessions
    # beside it fit within a small share past the stated time (the rest gives way in the fit)
    share = (1 - slack) * _FIT_HEADROOM
    setup = _setup_hours(plan, share)
    busiest = _busiest_week(plan) / 60
    need = math.ceil(min(u.said_hours, busiest) / share * 4) / 4  # the practice as planned
    week = busiest / share + setup
    most = u.said_hours * (1 + _MARGIN) / share + setup
    line = min(math.ceil(week * 4) / 4, math.floor(most * 4) / 4)  # quarter hours
    hours = max(need, line, plan.capacity_hours_per_week)
    if hours <= u.said_hours + 0.05:
        return plan
    plan.capacity_hours_per_week = min(hours, 168.0)
    said = fmt_number(round(u.said_hours, 1))
    within = min(u.said_hours * (1 + _MARGIN), hours * share)
    for assumption in plan.assumptions:
        if assumption.key == "capacity":
            assumption.text = (
                f"{said} hours a week of practice as you said ({u.session_minutes} min a "
                f"session); the week's sessions in all stay within about "
                f"{fmt_number(round(within, 1))} hours, and the plan's "
                f"weekly line is {hours:g} hours so a margin for real life is left"
            )
    return plan


_LEFT_SHARE = 0.4  # an ordinary week booking under this share of the stated time says why
_LEFT_HOURS = 2.0  # and only when the hours left are this many or more
_LEFT_NOTE = "; an ordinary week of this plan books about "


def say_time_left(plan: Plan) -> Plan:
    """When the person stated their hours and an ordinary week books far less ("2 of 10 h"),
    the capacity line says so and why, instead of leaving 8 hours unexplained."""
    said = next((a for a in plan.assumptions if a.key == "capacity" and a.source == "stated"), None)
    if said is None:
        return plan
    week = _busiest_week(plan) / 60
    have = plan.capacity_hours_per_week
    said.text = said.text.split(_LEFT_NOTE)[0]
    if week <= 0 or week >= have * _LEFT_SHARE or have - week < _LEFT_HOURS:
        return plan
    said.text += (
        f"{_LEFT_NOTE}{fmt_number(round(week, 1))} h, what its sessions and steps need; the rest "
        "is left free (ask for more or longer sessions to use it)"
    )
    return plan


def keep_said_sessions(plan: Plan, u: Understanding, limit: int) -> Plan:
    """Sessions a week as the person named them ("saturdays, 3-4 hours") stay that many: a
    session longer than one sitting (``limit``) is cut to a sitting, never split into twice
    as many shorter sessions on days they did not offer; the plan says so once."""
    said_count = u.sessions_per_week
    if not (u.answered_rhythm and said_count and u.session_minutes and u.session_minutes > limit):
        return plan
    said = any(low <= u.session_minutes <= high for low, high in said_lengths(u.said))
    cut = False
    for task in plan.tasks():
        rec = task.recurrence
        if rec and task.estimate_minutes > limit and rec.sessions_per_week() <= said_count:
            task.resize(limit)
            cut = True
    if cut:
        # a length they said is named back; one the planner worked out (6 hours over a weekend
        # read as two 3-hour days) is never put in their mouth: their hours are named instead
        text = (
            f"Your {fmt_number(u.session_minutes / 60)}-hour sessions are planned as "
            f"{limit // 60}-hour sittings on the same days"
            if said
            else f"The {fmt_number(u.capacity)} hours a week you gave are planned as "
            f"{fmt_number(said_count)} sittings of up to {limit // 60} hours on the days you named"
        )
        plan.assumptions.append(
            Assumption(
                text=f"{text}; carry on past that on the day when it is going well",
                source="stated",
                key="capacity",
            )
        )
    return plan


_SLOT_TITLE_RE = re.compile(
    r"\b(?:weekend|saturday|sunday|batch|big|long|one (?:block|sitting)|1 (?:weekend )?session)\b",
    re.I,
)
_SLOT_USED = 0.75  # a session this share of the slot uses it already


def use_day_slot(plan: Plan, u: Understanding, limit: int) -> frozenset[str]:
    """A day's slot the person named beside their other time ("sundays maybe 2 hours to prep,
    weeknights 30 mins") held by one weekly session of that length: the session of the act
    the slot is for (cooking), else one the plan already puts on a weekend or in one block;
    the titles resized, for the fit to keep. None is made up when no session fits the slot."""
    slot = min(u.slot_minutes or 0, limit)
    if not slot:
        return frozenset()
    weekly = [
        t
        for t in plan.tasks()
        if t.recurrence
        and t.status == "todo"
        and t.recurrence.sessions_per_week() <= 1.0
        and not t.title.startswith("Review the week")
    ]
    if any(t.estimate_minutes >= slot * _SLOT_USED for t in weekly):
        return frozenset()
    family = act_family(" ".join(u.time_for)) if u.time_for else ""
    fits = [t for t in weekly if family and act_family(t.title) == family]
    fits = fits or [t for t in weekly if _SLOT_TITLE_RE.search(t.title)]
    if not fits:
        return frozenset()
    stem = fits[0].title
    kept = set()
    for task in weekly:  # the same session in every milestone
        if task.title == stem:
            task.resize(slot)
            kept.add(task.title)
    return frozenset(kept)


_EVERY_WORKDAY_RE = re.compile(
    r"\b(?:every|each) (?:working |work ?|week ?)day\b|\bon (?:working|work) days\b", re.I
)
_EVERY_DAY_RE = re.compile(r"\b(?:every|each) (?:single )?day\b", re.I)
_SMALL_DAILY = 30  # minutes: a step this short said for every day is held to every day


def days_the_title_says(plan: Plan) -> frozenset[str]:
    """A short recurring step whose title says 'every working day' or 'every day' ("Answer
    enquiries in one 20-minute slot between jobs, every working day") booked on that many days
    (5 or 7), never twice a week; the titles, for the fit to keep."""
    kept = set()
    for task in plan.tasks():
        rec = task.recurrence
        if not rec or task.status != "todo" or task.estimate_minutes > _SMALL_DAILY:
            continue
        days = 5 if _EVERY_WORKDAY_RE.search(task.title) else 0
        days = days or (7 if _EVERY_DAY_RE.search(task.title) else 0)
        if days and rec.sessions_per_week() < days:
            task.recurrence = rec.model_copy(update={"times": days, "per": "week"})
            kept.add(task.title)
        elif days:
            kept.add(task.title)
    return frozenset(kept)
