"""Placing a milestone's tasks in time: the kickoff, one-off stage steps, weekly sessions."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace

from assistant.engines.offline.title_rhythm import daily_step, rhythm_of, tiny_habit, weekly_step
from assistant.language.acts import one_off_act
from assistant.language.slots import for_one_person, one_article
from assistant.models import Plan, Recurrence, Task
from assistant.playbooks import Step
from assistant.understanding.limits import BodyLimit

REVIEW = Step(
    "Review the week with the 4 review questions",
    20,
    "Review note saved: done, slipped, changed, remove",
    times=1,
)


class OwnerCycle:
    """Spreads tasks across named owners in turn; a solo plan always gets its one owner."""

    def __init__(self, owners: list[str]) -> None:
        self.owners = owners
        self.i = 0

    def next(self) -> str:
        owner = self.owners[self.i % len(self.owners)]
        self.i += 1
        return owner


def fill_title(template: str, f: dict[str, str]) -> str:
    text = one_article(template.format(**f).strip())  # "of the {subject}": one "the"
    text = for_one_person(text, f.get("subject", ""))  # a template's "them" for mum: "her"
    return text[:1].upper() + text[1:]


def _task(
    counter,
    step: Step,
    f: dict[str, str],
    due: dt.date,
    start: dt.date | None,
    owner: str,
    recurrence: Recurrence | None = None,
) -> Task:
    return Task(
        id=f"t{next(counter)}",
        title=fill_title(step.title, f),
        owner=owner,
        estimate_minutes=step.minutes,
        due=due,
        start=start,
        done_when=fill_title(step.done_when, f),
        attacks_constraint=step.attacks,
        recurrence=recurrence,
    )


def kickoff_tasks(
    steps: tuple[Step, ...], f, today: dt.date, due: dt.date, counter, owners: OwnerCycle
) -> list[Task]:
    """The quick win tomorrow, then the set-up steps inside the first two weeks."""
    out = []
    for k, step in enumerate(steps):
        day = min(today + dt.timedelta(days=1 + 3 * k), due)
        out.append(_task(counter, step, f, day, today, owners.next()))
    return out


def stage_tasks(
    steps: tuple[Step, ...], f, start: dt.date, due: dt.date, counter, owners: OwnerCycle
) -> list[Task]:
    """One-off steps spread over the milestone window; checkpoints on its deadline, last."""
    out: list[Task] = []
    spread = [s for s in steps if not s.at_end]
    span = (due - start).days
    for k, step in enumerate(spread):
        day = start + dt.timedelta(days=round(span * (k + 1) / (len(spread) + 1)))
        out.append(_task(counter, step, f, day, start, owners.next()))
    before = [t.id for t in out]
    for step in steps:
        if step.at_end:
            task = _task(counter, step, f, due, start, owners.next())
            out.append(task.model_copy(update={"depends_on": before}))
    return out


def _weekly(steps: list[Step]) -> float:
    return sum(s.minutes * s.times for s in steps) / 0.9


def recurring_tasks(
    steps: tuple[Step, ...],
    f,
    start: dt.date,
    due: dt.date,
    counter,
    owners: OwnerCycle,
    lead: str,
    first: bool = True,
) -> list[Task]:
    """Weekly sessions to the window's end; a single act is done once, in the first window."""
    out = []
    for step in steps:
        step = daily_step(step) if step.attacks else step  # practice was shaped when scaled
        owner = lead if step.attacks else owners.next()
        # a field's practice is a session by definition; a single act (book a sitter) that
        # attacks the obstacle is done once, not weekly
        if step.attacks and one_off_act(fill_title(step.title, f), f.get("unit", "")):
            if first:
                day = min(start + dt.timedelta(days=6), due)
                out.append(_task(counter, step, f, day, start, owner))
            continue
        out.append(
            _task(
                counter,
                step,
                f,
                due,
                start,
                owner,
                rhythm_of(step) or _rhythm(step.times),
            )
        )
    return out


def _rhythm(times: int) -> Recurrence:
    """A step's sessions a week as a rhythm: 35 a week is 5 times a day, kept daily."""
    if times > 14 and times % 7 == 0:
        return Recurrence(times=times // 7, per="day")
    return Recurrence(times=max(1, times), per="week")


def scaled_practice(
    practice: tuple[Step, ...],
    usable: float,
    attack: Step,
    one_offs: list[Task],
    start: dt.date,
    due: dt.date,
    keep_first: bool = False,
) -> tuple[Step, ...]:
    """Practice sessions cut to what the week holds after the attack, review and one-off work;
    ``keep_first`` keeps the rhythm the person stated and cuts only the extras. A tiny daily
    habit ("Log the day's meals") keeps its days at its few minutes when the main session
    still gets what it would without them; else it is one weekly sitting, worded for a week."""
    args = (attack, one_offs, start, due, keep_first)
    first = replace(daily_step(practice[0]), minutes=practice[0].minutes) if practice else None
    shaped = (first, *map(daily_step, practice[1:])) if first else ()  # the main keeps its length
    habits = [s for s in shaped[1:] if tiny_habit(s)]
    if not habits:
        return _scaled(practice, usable, *args)
    others = tuple(s for s in shaped if s not in habits)
    kept = iter(_scaled(others, usable - _weekly(habits), *args))
    daily = tuple(s if s in habits else next(kept) for s in shaped)
    weekly = tuple(
        weekly_step(s) if s in habits else p for s, p in zip(shaped, practice, strict=True)
    )
    plain = _scaled(weekly, usable, *args)
    if daily[0].minutes * daily[0].times >= plain[0].minutes * plain[0].times:
        return daily
    return plain


def _scaled(
    practice: tuple[Step, ...],
    usable: float,
    attack: Step,
    one_offs: list[Task],
    start: dt.date,
    due: dt.date,
    keep_first: bool = False,
) -> tuple[Step, ...]:
    weeks = max(((due - start).days + 1) / 7, 1.0)
    sharp = daily_step(attack)
    once = sum(t.estimate_minutes for t in one_offs) / weeks
    fixed = (sharp.minutes * sharp.times if sharp != attack else attack.minutes) + once
    fixed += REVIEW.minutes
    budget = usable * 0.9 - fixed
    wanted = sum(s.minutes * max(1, s.times) for s in practice)
    if wanted <= budget or not practice:
        return practice
    first, rest = practice[0], practice[1:]
    left = budget - first.minutes * first.times
    # a daily habit ("10 minutes a day") stays daily when the week holds its sessions alone:
    # the supporting habits and the review give way to it, never its days
    daily = first.times >= 7 and first.minutes * first.times <= usable
    if keep_first or daily or left >= sum(s.minutes for s in rest):
        # the main session keeps its rhythm; the supporting habits share what is left
        wanted_rest = sum(s.minutes * max(1, s.times) for s in rest) or 1
        factor = max(left, 0.0) / wanted_rest
        return (first, *(replace(s, times=max(1, math.floor(s.times * factor))) for s in rest))
    # not even that: supporting habits once a week, the main session as often as fits (two
    # a week where it can; the capacity fit shortens sessions before it drops one)
    room = budget - sum(s.minutes for s in rest)
    times = min(first.times, max(2 if first.times >= 2 else 1, math.floor(room / first.minutes)))
    return (replace(first, times=times), *(replace(s, times=1) for s in rest))


_STRAIN_RE = re.compile(
    r"\b(brisk\w*|run|running|jog\w*|sprint\w*|hiit|jump\w*|cardio|workout|hike|hiking|"
    r"walk|walking|strength session|lift weights|swim)\b",
    re.I,
)


def respect_limit(plan: Plan, limit: BodyLimit, today: dt.date) -> None:
    """Sessions that strain the body become the safe kind the person's limit allows (seated,
    low-impact, paced under their crash point), and the plan opens with asking what is safe."""
    changed = False
    for task in plan.tasks():
        if not task.recurrence or not _STRAIN_RE.search(task.title):
            continue
        minutes = min(task.estimate_minutes, limit.session_cap or task.estimate_minutes)
        task.estimate_minutes = minutes
        task.title = limit.session.format(minutes=minutes)
        changed = True
    if not changed or not plan.milestones:
        return
    for milestone in plan.milestones:  # two sessions now alike are one, as often as both were
        _merge_alike(plan, milestone.tasks)
    asked = any(re.search(r"\b(doctor|physio|GP)\b", t.title) for t in plan.tasks())
    steps = limit.first[1:] if asked else limit.first
    first = plan.milestones[0]
    numbers = [int(t.id[1:]) for t in plan.tasks() if t.id[1:].isdigit()]
    added = []
    for k, (title, minutes, done_when) in enumerate(steps):
        day = min(today + dt.timedelta(days=1 + k), first.deadline)
        task = Task(
            id=f"t{max(numbers, default=0) + 1 + k}",
            title=title,
            owner=plan.owners[0] if plan.owners else "me",
            estimate_minutes=minutes,
            due=day,
            start=today,
            done_when=done_when,
        )
        first.tasks.insert(k, task)
        added.append(task.id)
    for task in first.tasks:  # the first sessions wait for what is safe
        if task.recurrence and task.title.startswith(limit.session[:12]):
            task.depends_on = [*task.depends_on, *added]


def _merge_alike(plan: Plan, tasks: list[Task]) -> None:
    seen: dict[str, Task] = {}
    for task in list(tasks):
        if not task.recurrence:
            continue
        kept = seen.setdefault(task.title, task)
        if kept is task or kept.recurrence is None:
            continue
        kept.recurrence.times = min(7, kept.recurrence.times + task.recurrence.times)
        tasks.remove(task)
        for other in plan.tasks():
            if task.id in other.depends_on:
                other.depends_on = [i for i in other.depends_on if i != task.id]


GROW_FROM = 8  # hours a week stated from which the main session grows into the time
GROWN_SHARE = 0.7  # of the usable week the grown main session takes; set-up and habits the rest


def grown_practice(practice: tuple[Step, ...], usable: float) -> tuple[Step, ...]:
    """With many hours a week ("retired, full time", "25 hrs a week"), the main work session
    grows (up to 5 a week, up to 2 hours) until it fills most of the usable time, the rest
    left to the steps beside it ("15 hrs a week" booked as 6 was a coach's zero); a short
    check-in is never stretched."""
    if not practice or practice[0].minutes < 30:
        return practice
    first = practice[0]
    wanted = usable * GROWN_SHARE
    times = max(first.times, min(5, math.ceil(wanted / first.minutes)))
    minutes = max(first.minutes, min(120, int(wanted / times) // 5 * 5))
    title = re.sub(  # the title's own minutes follow ("for 45 minutes" of a 50-minute step)
        r"\b(\d+)(?=[- ]minutes?\b)",
        lambda m: str(minutes) if abs(int(m.group(1)) - first.minutes) <= 10 else m.group(0),
        first.title,
    )
    return (replace(first, times=times, minutes=minutes, title=title), *practice[1:])


def drop_idle_review(plan: Plan) -> Plan:
    """A goal of a few one-off steps (two vaccine appointments) has no weekly review: with no
    practice session to look back on, 20 minutes a week for months is overhead, not help."""
    practice = [
        t
        for t in plan.tasks()
        if t.recurrence and not t.attacks_constraint and t.title != REVIEW.title
    ]
    if practice:
        return plan
    for milestone in plan.milestones:
        milestone.tasks = [
            t for t in milestone.tasks if t.title != REVIEW.title or t.status != "todo"
        ]
    return plan
