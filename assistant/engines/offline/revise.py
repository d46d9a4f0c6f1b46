"""Plain-words revisions, understood deterministically; each returns a new plan version.

Understood: time per week, a new deadline, smaller tasks, dropping a milestone, giving tasks
to someone, and "I'm stuck on X". Anything else raises InputError saying what is understood.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.config import Settings
from assistant.engines.offline.constraints import classify, constraint_plan
from assistant.engines.offline.fit import fit_capacity
from assistant.errors import InputError
from assistant.language import normalize
from assistant.language.text import content_stems
from assistant.models import Assumption, Plan, Recurrence, Task
from assistant.playbooks import BY_KEY, pick_playbook
from assistant.understanding.answers import parse_capacity, parse_deadline

HINT = (
    "I understand: time per week ('I only have 4 hours a week'), a new deadline ('push "
    "the deadline to "
    "June'), 'make tasks smaller', 'drop milestone 3', 'give the outreach tasks to Ana', "
    "'I'm stuck on ...'"
)

_STUCK_RE = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|i keep getting|getting)\s(?:really\s)?stuck\s(?:on|with|at)\s"
    r"(.+)|\bstuck\s(?:on|with|at)\s(.+)|\b(?:the )?(?:blocker|bottleneck|problem) is\s(.+)"
)
_DROP_RE = re.compile(
    r"\b(?:drop|remove|delete|cut|skip)\s(?:the\s)?(?:milestone\s#?(\d+)|(\d+)(?:st|nd|rd|th)?\s"
    r"milestone|milestone\s(.+)|(.+?)\smilestone)\b"
)
_OWNER_RE = re.compile(
    r"\b(?:give|assign|hand|move)\s(?:all\s)?(?:of\s)?(?:the\s)?(.+?)\s(?:tasks?\s)?(?:to|"
    r"over to)\s"
    r"(.+)$|^(.+?)\s(?:takes|owns|will take|will own|should own|should take)\s(?:the\s)?(.+?)\s?"
    r"(?:tasks?)?$"
)
_SMALLER_RE = re.compile(
    r"\b(smaller|shorter|too big|too long|bite[- ]sized|break (?:them|tasks|it) down|split)\b"
)
_DEADLINE_RE = re.compile(
    r"\b(deadline|push|move|extend|postpone|delay|finish|done|due|bring forward|pull in)\b"
)
_TIME_RE = re.compile(r"\b(hours?|hrs?|minutes?|mins?)\b|\b(less|more|fewer)\s(time|hours)\b")


def revise_plan(plan: Plan, instruction: str, today: dt.date, settings: Settings) -> Plan:
    s = normalize(instruction).strip(" .!")
    if not s:
        raise InputError("the revision is empty; " + HINT)
    for rule in (_stuck, _drop, _owner, _smaller, _time, _deadline):
        result = rule(plan, s, instruction, today, settings)
        if result is not None:
            return result
    raise InputError(f"can't tell what to change from {instruction.strip()[:80]!r}; {HINT}")


def _stuck(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    m = _STUCK_RE.search(s)
    if not m:
        return None
    thing = next(g for g in m.groups() if g).strip(" .")
    new = plan.next_version(f"stuck on {thing}: made it the constraint, with new attacking tasks")
    # the field the plan was written from; plans from elsewhere by their words
    pb = BY_KEY.get(plan.metadata.field or "") or pick_playbook(normalize(plan.goal.statement))
    constraint, strategy, attack = constraint_plan(pb, f"Stuck on {thing}")
    if classify(thing) is None:
        strategy = f"Break '{thing}' into one small, testable step a week and ask for help early"
    new.constraint, new.constraint_strategy = constraint, strategy
    current = next((m for m in new.milestones if m.deadline >= today), new.milestones[-1])
    owner = new.owners[0]
    ids = _ids(new)
    unblock = Task(
        id=next(ids),
        title=f"List 3 ways around '{thing[:60]}' on 1 page",
        owner=owner,
        estimate_minutes=30,
        due=min(today + dt.timedelta(days=2), current.deadline),
        start=today,
        done_when="Page with 3 options saved; 1 picked",
        attacks_constraint=True,
    )
    ask = Task(
        id=next(ids),
        title=f"Ask 1 person who has solved '{thing[:60]}' for advice",
        owner=owner,
        estimate_minutes=30,
        due=min(today + dt.timedelta(days=5), current.deadline),
        start=today,
        done_when="Question sent; answer saved in notes",
        attacks_constraint=True,
    )
    current.tasks[:0] = [unblock, ask]
    for milestone in new.milestones:
        for task in milestone.tasks:
            if task.attacks_constraint and task.recurrence and task.due >= today:
                task.title, task.done_when = attack.title, attack.done_when
                task.estimate_minutes = attack.minutes
    new.assumptions = [a for a in new.assumptions if a.key != "constraint"]
    new.assumptions.append(
        Assumption(text=f"The main constraint: {constraint}", source="stated", key="constraint")
    )
    return fit_capacity(new, settings)


def _drop(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    m = _DROP_RE.search(s)
    if not m:
        return None
    number = m.group(1) or m.group(2)
    if number:
        index = int(number) - 1
        if not 0 <= index < len(plan.milestones):
            raise InputError(f"there is no milestone {number}; the plan has {len(plan.milestones)}")
    else:
        index = _match_milestone(plan, (m.group(3) or m.group(4) or "").strip())
    if len(plan.milestones) <= 3:
        raise InputError("a plan needs at least 3 milestones; change one instead of dropping it")
    dropped = plan.milestones[index]
    new = plan.next_version(f"dropped milestone {index + 1}: {dropped.title}")
    gone = {t.id for t in new.milestones[index].tasks}
    del new.milestones[index]
    for task in new.tasks():
        task.depends_on = [d for d in task.depends_on if d not in gone]
    if index == len(
        new.milestones
    ):  # the last one went: the new last carries on to the goal's deadline
        last = new.milestones[-1]
        last.deadline = new.goal.deadline
        for task in last.tasks:
            if task.recurrence:
                task.due = last.deadline
    follower = new.milestones[index] if index < len(new.milestones) else new.milestones[-1]
    previous_end = (
        new.milestones[index - 1].deadline + dt.timedelta(days=1) if index > 0 else new.start_date
    )
    for task in follower.tasks:
        if task.recurrence and task.start is not None and task.start > previous_end:
            task.start = min(previous_end, task.due)  # keep every week covered
    return fit_capacity(new, settings)


def _match_milestone(plan: Plan, words: str) -> int:
    def numbers(text: str) -> set[str]:
        return {n.replace(",", "") for n in re.findall(r"\d[\d,.]*\d|\d", text)}

    wanted, wanted_numbers = content_stems(words), numbers(words)
    scores = [
        len(wanted & content_stems(m.title)) + 2 * len(wanted_numbers & numbers(m.title))
        for m in plan.milestones
    ]
    best = max(scores) if scores else 0
    if best == 0:
        raise InputError(
            f"no milestone matches {words!r}; say 'drop milestone 2' or use words from its title"
        )
    return scores.index(best)


def _owner(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    m = _OWNER_RE.search(s)
    if not m:
        return None
    what, who = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    raw_who = _original_case(raw, who.strip(" ."))
    wanted = content_stems(re.sub(r"\b(tasks?|all|every|the)\b", " ", what))
    matched = [
        t
        for t in plan.tasks()
        if t.status == "todo" and (not wanted or wanted & content_stems(t.title))
    ]
    if not matched:
        raise InputError(f"no open task mentions {what!r}; use a word from a task title")
    new = plan.next_version(f"gave {len(matched)} '{what}' tasks to {raw_who}")
    ids = {t.id for t in matched}
    for task in new.tasks():
        if task.id in ids:
            task.owner = raw_who
    if raw_who.lower() not in {o.lower() for o in new.owners}:
        new.owners.append(raw_who)
    return new


def _original_case(raw: str, lowered: str) -> str:
    i = raw.lower().find(lowered)
    return raw[i : i + len(lowered)] if i >= 0 else lowered.title()


def _smaller(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    if not _SMALLER_RE.search(s):
        return None
    new = plan.next_version("made tasks smaller: long tasks split in two, long sessions halved")
    ids = _ids(new)
    for milestone in new.milestones:
        out: list[Task] = []
        for task in milestone.tasks:
            if task.status != "todo" or task.estimate_minutes <= 45:
                out.append(task)
            elif task.recurrence:
                times = min(task.recurrence.times * 2, 14 if task.recurrence.per == "week" else 31)
                task.recurrence = Recurrence(times=times, per=task.recurrence.per)
                task.resize(max(15, task.estimate_minutes // 2))
                out.append(task)
            else:
                out.extend(_split(task, next(ids), new.start_date))
        milestone.tasks = out
    return fit_capacity(new, settings)


def _split(task: Task, new_id: str, start: dt.date) -> list[Task]:
    half = max(15, task.estimate_minutes // 2)
    first_due = max(task.start or start, task.due - dt.timedelta(days=2))
    first = task.model_copy(
        update={
            "id": new_id,
            "title": f"{task.title} (part 1 of 2)",
            "estimate_minutes": half,
            "due": first_due,
            "done_when": f"First half saved as a draft toward: {task.done_when}",
        }
    )
    second = task.model_copy(
        update={
            "title": f"{task.title} (part 2 of 2)",
            "estimate_minutes": half,
            "depends_on": [*task.depends_on, new_id],
        }
    )
    return [first, second]


def _time(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    if not _TIME_RE.search(s) or re.search(r"\b(deadline|push|extend|postpone)\b", s):
        return None
    hours = parse_capacity(s)
    if hours is None:
        factor = 0.75 if re.search(r"\b(less|fewer)\b", s) else 1.25
        hours = round(plan.capacity_hours_per_week * factor, 1)
    new = plan.next_version(f"capacity {plan.capacity_hours_per_week:g} -> {hours:g} hours a week")
    new.capacity_hours_per_week = hours
    new.assumptions = [a for a in new.assumptions if a.key != "capacity"]
    new.assumptions.append(
        Assumption(
            text=f"{hours:g} hours a week are free for this goal", source="stated", key="capacity"
        )
    )
    if hours > plan.capacity_hours_per_week:
        _grow_practice(new, hours / plan.capacity_hours_per_week)
    return fit_capacity(new, settings)


def _grow_practice(plan: Plan, factor: float) -> None:
    for task in plan.tasks():
        if task.recurrence and not task.attacks_constraint and task.status == "todo":
            times = min(7, max(task.recurrence.times, round(task.recurrence.times * factor)))
            task.recurrence = Recurrence(times=times, per=task.recurrence.per)


def _deadline(plan: Plan, s: str, raw: str, today: dt.date, settings: Settings) -> Plan | None:
    if not _DEADLINE_RE.search(s):
        return None
    text = re.sub(r"\b(the |my |our )?deadline\b", "", s)
    day = parse_deadline(re.sub(r"\b(to|until|till|into|for|at)\b", "by", text), today)
    if day is None:
        return None
    if day <= today:
        raise InputError(f"{day.isoformat()} is not in the future; give a later deadline")
    new = plan.next_version(f"deadline {plan.goal.deadline.isoformat()} -> {day.isoformat()}")
    stretch(new, day)
    new.assumptions = [a for a in new.assumptions if a.key != "deadline"]
    new.assumptions.append(
        Assumption(text=f"Deadline {day.isoformat()}", source="stated", key="deadline")
    )
    return fit_capacity(new, settings)


def stretch(plan: Plan, deadline: dt.date) -> None:
    """Re-date milestones and tasks in proportion to a new deadline; week-one tasks stay put."""
    start = plan.start_date
    old_span = max((plan.goal.deadline - start).days, 1)
    new_span = max((deadline - start).days, 1)
    quick = start + dt.timedelta(days=6)

    def move(day: dt.date) -> dt.date:
        if day <= quick and day <= deadline:
            return day
        return start + dt.timedelta(days=round((day - start).days * new_span / old_span))

    plan.goal.deadline = deadline
    for milestone in plan.milestones:
        milestone.deadline = min(move(milestone.deadline), deadline)
        for task in milestone.tasks:
            task.due = min(move(task.due), milestone.deadline)
            if task.start is not None:
                task.start = min(move(task.start), task.due)
    plan.milestones[-1].deadline = deadline
    window_start = start
    for (
        milestone
    ) in plan.milestones:  # recurring work runs through its whole milestone window again
        for task in milestone.tasks:
            if task.recurrence:
                task.due = milestone.deadline
                task.start = min(window_start, task.due)
        window_start = min(milestone.deadline + dt.timedelta(days=1), deadline)


def _ids(plan: Plan):
    used = {t.id for t in plan.tasks()} | {m.id for m in plan.milestones}
    n = 1
    while True:
        candidate = f"t{n}"
        if candidate not in used:
            used.add(candidate)
            yield candidate
        n += 1
